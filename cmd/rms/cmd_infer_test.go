package main

import (
	"bytes"
	"context"
	"encoding/json"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/rmsnet/rms/model/mnist"
)

var mnistGGUFPath = filepath.Join("..", "..", "testdata", "mnist.gguf")

func runModelCmd(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var o, e bytes.Buffer
	code = run(context.Background(), args, &o, &e)
	return code, o.String(), e.String()
}

func TestInferJSON(t *testing.T) {
	code, out, errOut := runModelCmd(t, "infer", "--model", mnistGGUFPath, "--mnist-test", "0", "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var got map[string]any
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("not one JSON object: %v\n%s", err, out)
	}
	for _, k := range []string{"label", "output_root", "ops", "trace_root", "op_roots"} {
		if _, ok := got[k]; !ok {
			t.Fatalf("key %q missing in %s", k, out)
		}
	}
	if got["label"].(float64) != 7 || got["ops"].(float64) != 9 {
		t.Fatalf("label %v ops %v", got["label"], got["ops"])
	}
	roots := got["op_roots"].([]any)
	if len(roots) != 9 || roots[8] != got["output_root"] {
		t.Fatalf("op_roots %v, output_root %v", roots, got["output_root"])
	}
	for _, r := range append(roots, got["trace_root"]) {
		if s := r.(string); len(s) != 66 || !strings.HasPrefix(s, "0x") {
			t.Fatalf("root %q is not 0x-prefixed 32-byte hex", s)
		}
	}
	if got["trace_root"] != "0xc002ac370e630354ab477681cda0f6649d4f46c93cdaad001278884d864e0dff" {
		t.Fatalf("trace root %v changed", got["trace_root"])
	}

	// The same image as a PNG gives the same trace; the text form says so.
	dir, err := mnist.DataDir()
	if err != nil {
		t.Fatal(err)
	}
	test, err := mnist.LoadTest(dir)
	if err != nil {
		t.Fatal(err)
	}
	b, err := mnist.EncodePNG(test.Images[0])
	if err != nil {
		t.Fatal(err)
	}
	pngPath := filepath.Join(t.TempDir(), "seven.png")
	if err := os.WriteFile(pngPath, b, 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut = runModelCmd(t, "infer", "--model", mnistGGUFPath, "--input", pngPath)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{"label       7\n", "ops         9\n", "trace_root  " + got["trace_root"].(string), "output_root " + got["output_root"].(string)} {
		if !strings.Contains(out, want) {
			t.Fatalf("text output lacks %q:\n%s", want, out)
		}
	}
}

func TestInferErrors(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, img image.Image) string {
		var buf bytes.Buffer
		if err := png.Encode(&buf, img); err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	colour := write("rgb.png", image.NewRGBA(image.Rect(0, 0, 28, 28)))
	big := write("big.png", image.NewGray(image.Rect(0, 0, 32, 32)))
	text := filepath.Join(dir, "x.txt")
	os.WriteFile(text, []byte("hello"), 0o644)
	tests := []struct {
		args []string
		code int
		err  string
	}{
		{[]string{"--input", colour}, 1, "colour type 6 (RGBA) is not grayscale"},
		{[]string{"--input", big}, 1, "32×32"},
		{[]string{"--input", text}, 1, "not a PNG"},
		{[]string{"--input", filepath.Join(dir, "missing.png")}, 1, "no such file"},
		{[]string{"--mnist-test", "10000"}, 2, "outside 0…9999"},
		{[]string{"--mnist-test", "-5"}, 2, `invalid value "-5" for flag -mnist-test: want an index, 0 or more`},
		{[]string{}, 2, "exactly one of"},
		{[]string{"--input", colour, "--mnist-test", "1"}, 2, "exactly one of"},
	}
	for _, tc := range tests {
		args := append([]string{"infer", "--model", mnistGGUFPath}, tc.args...)
		code, _, errOut := runModelCmd(t, args...)
		if code != tc.code || !strings.Contains(errOut, tc.err) {
			t.Errorf("%v: exit %d, stderr %q; want exit %d and %q", tc.args, code, errOut, tc.code, tc.err)
		}
	}
	if code, _, errOut := runModelCmd(t, "infer", "--model", text, "--mnist-test", "0"); code != 1 || !strings.Contains(errOut, "magic") {
		t.Errorf("non-GGUF model: exit %d, %q", code, errOut)
	}
}

func TestEval(t *testing.T) {
	code, out, errOut := runModelCmd(t, "eval", "--model", mnistGGUFPath)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if !strings.HasPrefix(out, "accuracy 98.06% (9806/10000)") {
		t.Fatalf("eval printed %q", out)
	}
}

// TestModelMNIST trains a small network for one epoch through the command
// and loads what it wrote.
func TestModelMNIST(t *testing.T) {
	out := filepath.Join(t.TempDir(), "small.gguf")
	code, stdout, errOut := runModelCmd(t, "model", "mnist", "--out", out, "--epochs", "1", "--hidden", "16", "--quiet")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if !strings.Contains(stdout, "quantised accuracy") || !strings.Contains(stdout, "model root") {
		t.Fatalf("output %q", stdout)
	}
	code, stdout, errOut = runModelCmd(t, "eval", "--model", out)
	if code != 0 || !strings.HasPrefix(stdout, "accuracy 9") {
		t.Fatalf("eval of the new model: exit %d %q %q", code, stdout, errOut)
	}
	if code, _, _ := runModelCmd(t, "model", "mnist"); code != 2 {
		t.Fatalf("missing --out: exit %d, want 2", code)
	}
	// An --out that cannot be written is refused before training.
	for _, bad := range []string{filepath.Join(t.TempDir(), "missing", "x.gguf"), t.TempDir()} {
		start := time.Now()
		code, _, errOut := runModelCmd(t, "model", "mnist", "--out", bad, "--quiet")
		if code != 2 || !strings.Contains(errOut, "--out "+bad) || time.Since(start) > 5*time.Second {
			t.Fatalf("--out %s: exit %d after %s: %s", bad, code, time.Since(start), errOut)
		}
	}
}

func TestModelInfo(t *testing.T) {
	code, out, errOut := runModelCmd(t, "model", "info", "--model", mnistGGUFPath)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{
		"architecture rms-mlp",
		"model root   0xe46efb2a8fd60ddf582ce1b9d4fe81b2afd624d4c54e8babd7e069c8d1f9684a",
		"program root 0x5cdd6ad50d378648f208052c898d574cf97157f9f464d7e94780e6e78e6c9370",
		"3: requant [op:2] mult=1173895712 shift=42 zero=0 out=i8",
		"fc1.weight   i8   [128 784]",
		"rms.quant.fc1.requant_shift = 42",
	} {
		if !strings.Contains(out, want) {
			t.Fatalf("model info lacks %q:\n%s", want, out)
		}
	}
}
