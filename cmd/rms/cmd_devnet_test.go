package main

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestDevnetCommand(t *testing.T) {
	for _, tc := range []struct {
		name     string
		args     []string
		agreed   int
		disputed int
	}{
		{"one cheater", []string{"--jobs", "2"}, 0, 2},
		{"no cheater", []string{"--jobs", "2", "--cheaters", "0"}, 2, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			args := append([]string{"devnet", "--model", "../../testdata/mnist.gguf", "--json"}, tc.args...)
			code, stdout, stderr := runModelCmd(t, args...)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			var out devnetOutput
			if err := json.Unmarshal([]byte(stdout), &out); err != nil {
				t.Fatal(err)
			}
			s := out.Summary
			if s.Jobs != 2 || s.Agreed != tc.agreed || s.Disputed != tc.disputed || s.Failed != 0 {
				t.Fatalf("summary %+v", s)
			}
			// MNIST test images 0 and 1 are a 7 and a 2.
			for i, want := range []int32{7, 2} {
				if l := s.Results[i].Label; l == nil || *l != want {
					t.Fatalf("job %d: label %v, want %d", i, l, want)
				}
			}
			// Every dispute is decided by a game the cheater loses.
			if s.Slashed != tc.disputed {
				t.Fatalf("slashed %d with %d disputes", s.Slashed, tc.disputed)
			}
			games := 0
			for _, e := range out.Timeline {
				if e.Kind == "resolved" && strings.Contains(e.Detail, "slashed") {
					games++
				}
			}
			if games != tc.disputed {
				t.Fatalf("%d games resolved in the timeline, want %d", games, tc.disputed)
			}
		})
	}
	code, _, stderr := runModelCmd(t, "devnet", "--cheaters", "4")
	if code != 2 || !strings.Contains(stderr, "--cheaters") {
		t.Fatalf("bad --cheaters: exit %d, %s", code, stderr)
	}
}
