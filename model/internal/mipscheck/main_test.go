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

// TestQEMUTextMatchesNative: every op root of text generations (the
// stories260K F32 file, its Q8_0 form when ../shared/models is there, and
// synthetic F16, Q4_0, Q4_K and Q6_K models, the F32 file split at 2^25
// and the Q4_K model split to single rows) is the same natively and under
// qemu-mips.
func TestQEMUTextMatchesNative(t *testing.T) {
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
	bin := filepath.Join(t.TempDir(), "mipscheck")
	build := exec.Command(goBin, "build", "-o", bin, ".")
	build.Env = append(os.Environ(), "GOOS=linux", "GOARCH=mips", "GOMIPS=softfloat", "CGO_ENABLED=0")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("build for mips: %v\n%s", err, out)
	}
	paths := []string{filepath.Join("..", "..", "..", "testdata", "stories260K.gguf")}
	q8 := filepath.Join("..", "..", "..", "..", "shared", "models", "stories260K-Q8_0.gguf")
	if _, err := os.Stat(q8); err == nil {
		paths = append(paths, q8)
	} else if os.Getenv("CI") == "true" {
		t.Fatalf("%s missing under CI: %v", q8, err)
	} else {
		t.Logf("%s absent: checking the F32 file only", q8)
	}
	for i, path := range paths {
		// The synthetic models do not depend on the file: check them once.
		mode, lines := "text", 9
		if i > 0 {
			mode, lines = "text-only", 2
		}
		var native bytes.Buffer
		if err := runText(&native, path, i == 0); err != nil {
			t.Fatal(err)
		}
		cmd := exec.Command(qemu, bin, mode, path)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		emulated, err := cmd.Output()
		if err != nil {
			t.Fatalf("qemu-mips: %v\n%s", err, stderr.String())
		}
		nl := strings.Split(strings.TrimSpace(native.String()), "\n")
		el := strings.Split(strings.TrimSpace(string(emulated)), "\n")
		if len(nl) != lines || len(el) != len(nl) {
			t.Fatalf("%s: native printed %d lines, mips %d\n%s", path, len(nl), len(el), stderr.String())
		}
		for j := range nl {
			if nl[j] != el[j] {
				t.Fatalf("%s line %d differs:\nnative: %.300s\nmips:   %.300s", path, j, nl[j], el[j])
			}
		}
		if !strings.HasPrefix(nl[0], "text file max 16 tokens [432 383 286 261 376 298 315 421 395 317 426 338 401 396 267 337] ") {
			t.Fatalf("greedy tokens differ from llama.cpp's: %.200s", nl[0])
		}
	}
}
