package gethdev

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"
)

func TestFindGeth(t *testing.T) {
	t.Setenv("PATH", "")
	dir := t.TempDir()
	if _, err := FindGeth(dir); !errors.Is(err, ErrNoGeth) {
		t.Fatalf("FindGeth in an empty tree: %v, want ErrNoGeth", err)
	}
	// .bin/geth at the module root is found from a subfolder.
	os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module x\n"), 0o644)
	os.MkdirAll(filepath.Join(dir, ".bin"), 0o755)
	os.MkdirAll(filepath.Join(dir, "a", "b"), 0o755)
	bin := filepath.Join(dir, ".bin", "geth")
	os.WriteFile(bin, []byte("#!/bin/sh\n"), 0o755)
	got, err := FindGeth(filepath.Join(dir, "a", "b"))
	if err != nil || got != bin {
		t.Fatalf("FindGeth = %q, %v; want %q", got, err, bin)
	}
}

func TestStartFailsClearly(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
	defer cancel()
	if _, err := Start(ctx, filepath.Join(t.TempDir(), "missing-geth"), t.TempDir()); err == nil {
		t.Fatal("Start with a missing binary succeeded")
	}
	// A binary that never answers is given up on when ctx ends.
	fake := filepath.Join(t.TempDir(), "geth")
	os.WriteFile(fake, []byte("#!/bin/sh\nsleep 30\n"), 0o755)
	short, cancelShort := context.WithTimeout(context.Background(), 1*time.Second)
	defer cancelShort()
	if _, err := Start(short, fake, t.TempDir()); err == nil {
		t.Fatal("Start of a node that never answers succeeded")
	}
}

func TestStartForTest(t *testing.T) {
	g := StartForTest(t)
	if g.URL == "" {
		t.Fatal("no endpoint")
	}
}
