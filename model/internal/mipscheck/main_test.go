package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/rmsnet/rms/model/mnist"
)

// TestQEMUMatchesNative builds this program for GOOS=linux GOARCH=mips
// GOMIPS=softfloat, runs it under qemu-mips on 100 MNIST test images and
// requires every op root of every trace to equal the native run's. Without
// qemu-mips the test is skipped, unless $CI is set: then it fails.
func TestQEMUMatchesNative(t *testing.T) {
	qemu, err := exec.LookPath("qemu-mips")
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("qemu-mips not found and CI is set: install qemu-user (make test does): %v", err)
		}
		t.Skip("qemu-mips not installed (apt-get install qemu-user)")
	}
	goBin, err := exec.LookPath("go")
	if err != nil {
		goBin = filepath.Join(runtime.GOROOT(), "bin", "go")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "mipscheck")
	build := exec.Command(goBin, "build", "-o", bin, ".")
	build.Env = append(os.Environ(), "GOOS=linux", "GOARCH=mips", "GOMIPS=softfloat", "CGO_ENABLED=0")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("build for mips: %v\n%s", err, out)
	}
	dataDir, err := mnist.DataDir()
	if err != nil {
		t.Fatal(err)
	}
	test, err := mnist.LoadTest(dataDir)
	if err != nil {
		t.Fatal(err)
	}
	const n = 100
	var raw []byte
	for _, img := range test.Images[:n] {
		raw = append(raw, img...)
	}
	images := filepath.Join(dir, "images")
	if err := os.WriteFile(images, raw, 0o644); err != nil {
		t.Fatal(err)
	}
	modelPath := filepath.Join("..", "..", "..", "testdata", "mnist.gguf")

	var native bytes.Buffer
	if err := run(&native, modelPath, images); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(qemu, bin, modelPath, images)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	emulated, err := cmd.Output()
	if err != nil {
		t.Fatalf("qemu-mips: %v\n%s", err, stderr.String())
	}
	nl := strings.Split(strings.TrimSpace(native.String()), "\n")
	el := strings.Split(strings.TrimSpace(string(emulated)), "\n")
	if len(nl) != n+3 {
		t.Fatalf("native run printed %d lines, want %d", len(nl), n+3)
	}
	if len(el) != len(nl) {
		t.Fatalf("mips run printed %d lines, native %d\n%s", len(el), len(nl), stderr.String())
	}
	for i := range nl {
		if nl[i] != el[i] {
			t.Fatalf("line %d differs:\nnative: %s\nmips:   %s", i, nl[i], el[i])
		}
	}
	// Every image line holds 9 op roots.
	if f := strings.Fields(nl[0]); len(f) != 7+9 {
		t.Fatalf("line 0 has %d fields: %s", len(f), nl[0])
	}
}
