package main

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestBench(t *testing.T) {
	code, out, errOut := runModelCmd(t, "bench", "--model", mnistGGUFPath, "--images", "40", "--merkle-mib", "1", "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var r benchReport
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("not one JSON object: %v\n%s", err, out)
	}
	if r.Images != 40 || r.MerkleBytes != 1<<20 || !r.VMMatchesNative {
		t.Fatalf("report %+v", r)
	}
	for name, v := range map[string]float64{"merkle": r.MerkleMBps, "single": r.SingleImagesPerSec,
		"batch": r.BatchImagesPerSec, "float": r.FloatImagesPerSec, "vm": r.VMStepsPerSec} {
		if !(v > 0) {
			t.Errorf("%s rate %v", name, v)
		}
	}
	if r.VMSteps < 1_000_000 {
		t.Errorf("whole MNIST inference in %d steps", r.VMSteps)
	}
	for _, args := range [][]string{{"--images", "0"}, {"--merkle-mib", "99999"}, {"--model", "/nonexistent.gguf"}} {
		code, _, errOut := runModelCmd(t, append([]string{"bench"}, args...)...)
		if code == 0 || !strings.Contains(errOut, "rms bench") {
			t.Errorf("bench %v: exit %d %q", args, code, errOut)
		}
	}
}
