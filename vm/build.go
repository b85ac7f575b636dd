package vm

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
)

// PinnedGo is the toolchain whose output the VM is pinned to (runtime
// patches, supported instructions, the guest image).
const PinnedGo = "go1.26.8"

// TB is the part of testing.TB that RequirePinnedGo uses.
type TB interface {
	Helper()
	Skipf(format string, args ...any)
	Fatalf(format string, args ...any)
}

// RequirePinnedGo is called first by every test that compares against the
// pinned toolchain's output (qemu comparisons, guest traces, the image
// freshness check). Under another toolchain it skips tb, or fails it when
// $CI is set: CI must not report green while checking less. The Makefile
// exports GOTOOLCHAIN=PinnedGo, which fetches the pinned toolchain through
// the module proxy when another Go is installed.
func RequirePinnedGo(tb TB) {
	tb.Helper()
	requireToolchain(tb, runtime.Version(), os.Getenv("CI") != "")
}

func requireToolchain(tb TB, v string, ci bool) {
	tb.Helper()
	if v != PinnedGo {
		if ci {
			tb.Fatalf("toolchain %s, the VM is pinned to %s and CI is set: run under GOTOOLCHAIN=%s (make test does)", v, PinnedGo, PinnedGo)
			return
		}
		tb.Skipf("toolchain %s, the VM is pinned to %s (GOTOOLCHAIN=%s runs it)", v, PinnedGo, PinnedGo)
	}
}

// GuestBuildFlags are the reproducible build flags of guest programs.
var GuestBuildFlags = []string{"-trimpath", "-buildvcs=false", "-ldflags=-buildid="}

// GuestBuildEnv is the target environment of guest programs.
var GuestBuildEnv = []string{"GOOS=linux", "GOARCH=mips", "GOMIPS=softfloat", "CGO_ENABLED=0", "GOFLAGS="}

// BuildGuest builds the Go main package pkg (a path the go command accepts,
// relative to the current directory) into out with the pinned, reproducible
// flags, using the go command of the running toolchain.
func BuildGuest(ctx context.Context, pkg, out string) error {
	goBin := filepath.Join(runtime.GOROOT(), "bin", "go")
	args := append([]string{"build"}, GuestBuildFlags...)
	args = append(args, "-o", out, pkg)
	cmd := exec.CommandContext(ctx, goBin, args...)
	cmd.Env = append(os.Environ(), GuestBuildEnv...)
	if b, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("build guest %s: %w\n%s", pkg, err, b)
	}
	return nil
}
