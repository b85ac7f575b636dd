package main

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestBench(t *testing.T) {
	code, out, errOut := runModelCmd(t, "bench", "--model", mnistGGUFPath, "--images", "40", "--merkle-mib", "1",
		"--text-model", "../../testdata/stories260K.gguf", "--text-prompt", "8", "--text-tokens", "4", "--json")
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
	if tx := r.Text; tx == nil || tx.PromptTokens != 8 || tx.GenTokens != 4 || !(tx.PromptPerSec > 0 && tx.GenPerSec > 0 && tx.TraceGenPerSec > 0) ||
		!(tx.CPUmsWithTrace > 0 && tx.CPUmsNoTrace > 0 && tx.GenCPUms > 0) {
		t.Fatalf("text part %+v", r.Text)
	}
	for _, args := range [][]string{{"--text-shape", "gpt-5"}, {"--text-tokens", "0"}, {"--text-prompt", "5000"},
		{"--text-model", "/nonexistent.gguf"}, {"--text-model", mnistGGUFPath}} {
		code, _, errOut := runModelCmd(t, append([]string{"bench", "--model", mnistGGUFPath, "--images", "1", "--merkle-mib", "1"}, args...)...)
		if code == 0 || !strings.Contains(errOut, "rms bench") {
			t.Errorf("bench %v: exit %d %q", args, code, errOut)
		}
	}
	for _, args := range [][]string{{"--images", "0"}, {"--merkle-mib", "99999"}, {"--model", "/nonexistent.gguf"}} {
		code, _, errOut := runModelCmd(t, append([]string{"bench"}, args...)...)
		if code == 0 || !strings.Contains(errOut, "rms bench") {
			t.Errorf("bench %v: exit %d %q", args, code, errOut)
		}
	}
}
