package guestimage

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/rmsnet/rms/vm"
)

// TestCommittedImageIsFresh rebuilds the guest twice: the builds must be
// byte-identical (reproducible) and equal to the committed guest.elf, like
// every other generated file.
func TestCommittedImageIsFresh(t *testing.T) {
	if runtime.Version() != vm.PinnedGo {
		t.Skipf("toolchain %s, the image is pinned to %s", runtime.Version(), vm.PinnedGo)
	}
	dir := t.TempDir()
	var builds [][]byte
	for i := 0; i < 2; i++ {
		out := filepath.Join(dir, "guest.elf")
		if err := vm.BuildGuest(context.Background(), "../guest", out); err != nil {
			t.Fatal(err)
		}
		b, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		builds = append(builds, b)
		os.Remove(out)
	}
	if !bytes.Equal(builds[0], builds[1]) {
		t.Fatal("two builds of the guest differ: the build is not reproducible")
	}
	if !bytes.Equal(builds[0], ELF()) {
		t.Fatal("guest.elf is stale: run `go generate ./vm/guestimage` and commit it")
	}
}

func TestRoot(t *testing.T) {
	img, mem, err := Root()
	if err != nil {
		t.Fatal(err)
	}
	img2, mem2, _ := Root()
	if img != img2 || mem != mem2 || img.IsZero() || mem.IsZero() {
		t.Fatal("image root is not deterministic")
	}
}
