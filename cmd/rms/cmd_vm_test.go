package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rmsnet/rms/model/mnist"
)

// TestVMCheckMNIST runs every op of 20 MNIST test images in the VM and
// compares each A_i with native execution.
func TestVMCheckMNIST(t *testing.T) {
	if _, err := mnist.DataDir(); err != nil {
		t.Skipf("MNIST data: %v", err)
	}
	n := 20
	if testing.Short() {
		n = 2
	}
	for i := 0; i < n; i++ {
		code, out, errOut := runModelCmd(t, "vm", "check", "--model", mnistGGUFPath, "--mnist-test", fmt.Sprint(i*499))
		if code != 0 || !strings.Contains(out, "all 9 ops equal") {
			t.Fatalf("image %d: exit %d\n%s\n%s", i*499, code, out, errOut)
		}
	}
}

func TestVMRunJSON(t *testing.T) {
	if _, err := mnist.DataDir(); err != nil {
		t.Skipf("MNIST data: %v", err)
	}
	code, out, errOut := runModelCmd(t, "vm", "run", "--model", mnistGGUFPath, "--mnist-test", "0", "--op", "3", "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var got map[string]any
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	if got["match"] != true || got["op"] != "3" || got["steps"].(float64) < 1000 {
		t.Fatalf("unexpected output %s", out)
	}
}

func TestVMUsage(t *testing.T) {
	for _, tc := range []struct {
		args []string
		code int
		msg  string
	}{
		{[]string{"vm", "run", "--mnist-test", "0"}, 2, "--model is required"},
		{[]string{"vm", "run", "--model", mnistGGUFPath}, 2, "exactly one of"},
		{[]string{"vm", "run", "--model", mnistGGUFPath, "--mnist-test", "0", "--op", "9"}, 2, "outside"},
		{[]string{"vm", "run", "--model", mnistGGUFPath, "--mnist-test", "0", "--op", "-2"}, 2, "outside"},
		{[]string{"vm", "check", "--model", "nonexistent.gguf", "--mnist-test", "0"}, 1, "nonexistent"},
	} {
		code, _, errOut := runModelCmd(t, tc.args...)
		if code != tc.code || !strings.Contains(errOut, tc.msg) {
			t.Errorf("%v: exit %d, stderr %q; want %d and %q", tc.args, code, errOut, tc.code, tc.msg)
		}
	}
	code, out, _ := runModelCmd(t, "vm", "image")
	if code != 0 || !strings.Contains(out, "image_root  0x") {
		t.Fatalf("vm image: exit %d\n%s", code, out)
	}
}

func TestVMWitness(t *testing.T) {
	if _, err := mnist.DataDir(); err != nil {
		t.Skipf("MNIST data: %v", err)
	}
	code, out, errOut := runModelCmd(t, "vm", "witness", "--model", mnistGGUFPath, "--mnist-test", "0", "--op", "1", "--step", "1000000")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var got struct {
		Step     uint64 `json:"step"`
		PreHash  string `json:"pre_hash"`
		PostHash string `json:"post_hash"`
		Witness  string `json:"witness"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	if got.Step != 1000000 || got.PreHash == got.PostHash || len(got.Witness) < 2*(226+2) {
		t.Fatalf("unexpected witness %s", out)
	}
	// Step 0 is the first step of the op, not a run to its end.
	code, out, errOut = runModelCmd(t, "vm", "witness", "--model", mnistGGUFPath, "--mnist-test", "0", "--op", "1", "--step", "0")
	if code != 0 {
		t.Fatalf("step 0: exit %d: %s", code, errOut)
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil || got.Step != 0 || got.PreHash == got.PostHash {
		t.Fatalf("step 0: %v %s", err, out)
	}
	if code, _, errOut := runModelCmd(t, "vm", "witness", "--model", mnistGGUFPath, "--mnist-test", "0", "--op", "1", "--step", "999999999"); code != 2 || !strings.Contains(errOut, "halts at step") {
		t.Fatalf("past the end: exit %d %s", code, errOut)
	}
}

func TestVMRunPNG(t *testing.T) {
	dir, err := mnist.DataDir()
	if err != nil {
		t.Skipf("MNIST data: %v", err)
	}
	set, err := mnist.LoadTest(dir)
	if err != nil {
		t.Fatal(err)
	}
	b, err := mnist.EncodePNG(set.Images[5])
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "digit.png")
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runModelCmd(t, "vm", "run", "--model", mnistGGUFPath, "--input", path)
	if code != 0 || !strings.Contains(out, "match       true") {
		t.Fatalf("exit %d\n%s\n%s", code, out, errOut)
	}
}
