package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

var storiesPath = filepath.Join("..", "..", "testdata", "stories260K.gguf")

func TestGenerateJSON(t *testing.T) {
	code, out, errOut := runModelCmd(t, "generate", "--model", storiesPath, "--prompt", "Once upon a time", "--max-tokens", "8", "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var got map[string]any
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("not one JSON object: %v\n%s", err, out)
	}
	for _, k := range []string{"text", "tokens", "output_root", "ops", "trace_root"} {
		if _, ok := got[k]; !ok {
			t.Fatalf("key %q missing in %s", k, out)
		}
	}
	// llama.cpp's first 8 greedy tokens (../shared/models/README.md).
	if toks := strings.Trim(jsonList(got["tokens"]), "[]"); toks != "432 383 286 261 376 298 315 421" {
		t.Fatalf("tokens %s", toks)
	}
	if text, _ := got["text"].(string); len(text) < 20 || !strings.HasPrefix(", there was a little girl named Lily", text) {
		t.Fatalf("text %q", got["text"])
	}
	for _, k := range []string{"output_root", "trace_root"} {
		if s, _ := got[k].(string); len(s) != 66 || !strings.HasPrefix(s, "0x") {
			t.Fatalf("%s %v is not 0x-prefixed 32-byte hex", k, got[k])
		}
	}
	// The text form streams the same text, then the rates and roots.
	code, text, errOut := runModelCmd(t, "generate", "--model", storiesPath, "--prompt", "Once upon a time", "--max-tokens", "8")
	if code != 0 || !strings.HasPrefix(text, got["text"].(string)+"\n") || !strings.Contains(text, "tok/s") || !strings.Contains(text, "context     2048 positions allowed of the model's 2048") || !strings.Contains(text, got["trace_root"].(string)) {
		t.Fatalf("exit %d: %s%s", code, text, errOut)
	}
}

func jsonList(v any) string {
	b, _ := json.Marshal(v)
	return strings.ReplaceAll(string(b), ",", " ")
}

func TestGenerateErrors(t *testing.T) {
	tests := []struct {
		args []string
		code int
		err  string
	}{
		{[]string{"generate", "--prompt", "x"}, 2, "--model is required"},
		{[]string{"generate", "--model", storiesPath}, 2, "--prompt is required"},
		{[]string{"generate", "--model", storiesPath, "--prompt", "x", "--max-tokens", "-1"}, 2, "--max-tokens -1"},
		{[]string{"generate", "--model", storiesPath, "--prompt", "x", "--top-p", "0"}, 2, "--top-p 0"},
		{[]string{"generate", "--model", storiesPath, "--prompt", "x", "--max-tokens", "5000"}, 2, "exceed the model's context of 2048"},
		{[]string{"generate", "--model", mnistGGUFPath, "--prompt", "x"}, 1, `general.architecture is rms-mlp, want "llama"`},
		{[]string{"generate", "--model", "/dev/zero", "--prompt", "x"}, 1, "not a regular file"},
		{[]string{"infer", "--model", "/dev/zero", "--mnist-test", "0"}, 1, "not a regular file"},
		{[]string{"model", "synth", "--shape", "gpt5", "--out", "x"}, 2, `--shape "gpt5" unknown`},
		{[]string{"vm", "check", "--prompt", "x"}, 2, "--model is required"},
		{[]string{"vm", "check", "--model", storiesPath, "--prompt", "x", "--max-tokens", "-2"}, 2, "--max-tokens -2"},
		{[]string{"model", "synth", "--shape", "stories15M", "--out", "x", "--type", "Q5_K"}, 2, `--type "Q5_K" unknown`},
	}
	for _, tc := range tests {
		start := time.Now()
		code, _, errOut := runModelCmd(t, tc.args...)
		if code != tc.code || !strings.Contains(errOut, tc.err) {
			t.Errorf("%v: exit %d, %q; want exit %d and %q", tc.args, code, errOut, tc.code, tc.err)
		}
		if d := time.Since(start); d > 10*time.Second {
			t.Errorf("%v took %v", tc.args, d)
		}
	}
}
