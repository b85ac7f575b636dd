package main

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/rmsnet/rms/contracts/gethdev"
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

// TestDevnetTextCommand: `rms devnet --model stories260K.gguf` serves text
// jobs; with --cheaters 0 every job agrees, no game is opened and the first
// prompt's answer is llama.cpp's greedy text; with the default cheater the
// job goes to a game the cheater loses, and the honest text stands.
func TestDevnetTextCommand(t *testing.T) {
	for _, tc := range []struct {
		name     string
		args     []string
		agreed   int
		disputed int
	}{
		{"no cheater", []string{"--jobs", "2", "--cheaters", "0"}, 2, 0},
		{"one cheater", []string{"--jobs", "1"}, 0, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			args := append([]string{"devnet", "--model", "../../testdata/stories260K.gguf", "--max-tokens", "16", "--json"}, tc.args...)
			code, stdout, stderr := runModelCmd(t, args...)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			var out devnetOutput
			if err := json.Unmarshal([]byte(stdout), &out); err != nil {
				t.Fatal(err)
			}
			s := out.Summary
			if out.Cheaters != tc.disputed || s.Jobs != tc.agreed+tc.disputed || s.Agreed != tc.agreed || s.Disputed != tc.disputed ||
				s.Slashed != tc.disputed || s.Failed != 0 {
				t.Fatalf("summary %+v", s)
			}
			// llama.cpp's first 16 greedy tokens of "Once upon a time".
			if got := s.Results[0].Text; got != ", there was a little girl named Lily. She loved to play" {
				t.Fatalf("text %q", got)
			}
			for _, r := range s.Results {
				if r.Text == "" || r.Label != nil || len(r.Games) != tc.disputed {
					t.Fatalf("job %+v", r)
				}
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
}

// TestDevnetGeth: `rms devnet --geth` runs the same flow against a geth
// --dev it starts: the cheater's claim goes to a game on geth, the cheater
// is slashed and the honest label stands.
func TestDevnetGeth(t *testing.T) {
	if _, err := gethdev.FindGeth("."); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal(err)
		}
		t.Skip(err)
	}
	code, stdout, stderr := runModelCmd(t, "devnet", "--geth", "--model", "../../testdata/mnist.gguf", "--jobs", "1", "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var out devnetOutput
	if err := json.Unmarshal([]byte(stdout), &out); err != nil {
		t.Fatal(err)
	}
	s := out.Summary
	if s.Jobs != 1 || s.Disputed != 1 || s.Slashed != 1 || s.Failed != 0 || s.Results[0].Label == nil || *s.Results[0].Label != 7 {
		t.Fatalf("summary %+v", s)
	}
	if !strings.Contains(out.Timeline[0].Detail, "geth --dev") {
		t.Fatalf("first event %+v", out.Timeline[0])
	}
}
