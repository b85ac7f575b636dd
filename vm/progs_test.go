package vm

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"
)

var (
	progsOnce sync.Once
	progsDir  string
	progsErr  error
)

// progNames lists the guest programs of testdata/progs.
func progNames(t testing.TB) []string {
	ents, err := os.ReadDir("testdata/progs")
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range ents {
		if e.IsDir() {
			names = append(names, e.Name())
		}
	}
	sort.Strings(names)
	return names
}

// progBuildFlags are the flags the test programs are built with.
var progBuildFlags = []string{"-trimpath"}

// buildProgs builds every program of testdata/progs for GOARCH=mips with
// the pinned toolchain, once per source version (cached in the temp dir).
func buildProgs(t testing.TB) string {
	t.Helper()
	RequirePinnedGo(t)
	progsOnce.Do(func() {
		h := sha256.New()
		h.Write([]byte(runtime.Version()))
		// The flags and the environment are part of the key, and GOFLAGS
		// is cleared (GuestBuildEnv): a build under another GOFLAGS (the
		// mutation runner adds -ldflags=-w) is another binary, and the
		// step vectors were recorded from this one.
		h.Write([]byte(strings.Join(append(progBuildFlags, GuestBuildEnv...), " ")))
		_ = filepath.WalkDir("testdata/progs", func(p string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				b, _ := os.ReadFile(p)
				h.Write([]byte(p))
				h.Write(b)
			}
			return nil
		})
		dir := filepath.Join(os.TempDir(), "rms-vm-progs-"+hex.EncodeToString(h.Sum(nil))[:16])
		if _, err := os.Stat(filepath.Join(dir, "done")); err == nil {
			progsDir = dir
			return
		}
		if err := os.MkdirAll(dir, 0o755); err != nil {
			progsErr = err
			return
		}
		args := append(append([]string{"build"}, progBuildFlags...), "-o", dir+"/")
		for _, n := range progNames(t) {
			args = append(args, "./testdata/progs/"+n)
		}
		cmd := exec.Command(filepath.Join(runtime.GOROOT(), "bin", "go"), args...)
		cmd.Env = append(os.Environ(), GuestBuildEnv...)
		if out, err := cmd.CombinedOutput(); err != nil {
			progsErr = errors.New("build guests: " + err.Error() + "\n" + string(out))
			return
		}
		progsErr = os.WriteFile(filepath.Join(dir, "done"), nil, 0o644)
		progsDir = dir
	})
	if progsErr != nil {
		t.Fatal(progsErr)
	}
	return progsDir
}

func loadProg(t testing.TB, name string) *Program {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(buildProgs(t), name))
	if err != nil {
		t.Fatal(err)
	}
	p, err := LoadELF(b)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

type runResult struct {
	stdout, stderr string
	code           int
	steps          uint64
}

func runVM(t testing.TB, name string, opts ...Option) (runResult, *VM) {
	t.Helper()
	var out, errb bytes.Buffer
	v, err := New(loadProg(t, name), append([]Option{WithStdout(&out), WithStderr(&errb)}, opts...)...)
	if err != nil {
		t.Fatal(err)
	}
	if err := v.Run(context.Background(), 4e9); err != nil {
		t.Fatal(err)
	}
	s := v.State()
	if s.Status != StatusExited {
		t.Fatalf("%s: status %d (%s) at pc %#x after %d steps; stderr:\n%s", name, s.Status, FaultName(s.ExitCode), s.PC, s.Step, errb.String())
	}
	return runResult{out.String(), errb.String(), int(s.ExitCode), s.Step}, v
}

// shown is s, or its length and hash when it is too long to print.
func shown(s string) string {
	if len(s) <= 4096 {
		return s
	}
	return fmt.Sprintf("(%d bytes, sha256 %x)", len(s), sha256.Sum256([]byte(s)))
}

func qemuPath(t *testing.T) string {
	p, err := exec.LookPath("qemu-mips")
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("qemu-mips is missing (apt-get install qemu-user); CI needs it")
		}
		t.Skip("qemu-mips missing")
	}
	return p
}

// TestProgsMatchQemu runs every program of testdata/progs under qemu-mips
// and in the VM and compares stdout, stderr and the exit status.
func TestProgsMatchQemu(t *testing.T) {
	qemu := qemuPath(t)
	dir := buildProgs(t)
	names := progNames(t)
	if len(names) < 10 {
		t.Fatalf("only %d guest programs", len(names))
	}
	for _, name := range names {
		t.Run(name, func(t *testing.T) {
			var qo, qe bytes.Buffer
			ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
			defer cancel()
			cmd := exec.CommandContext(ctx, qemu, filepath.Join(dir, name))
			cmd.Stdout, cmd.Stderr = &qo, &qe
			code := 0
			if err := cmd.Run(); err != nil {
				var ee *exec.ExitError
				if !errors.As(err, &ee) {
					t.Fatal(err)
				}
				code = ee.ExitCode()
			}
			got, _ := runVM(t, name)
			if got.stdout != qo.String() {
				t.Errorf("stdout differs\nqemu:\n%s\nvm:\n%s", shown(qo.String()), shown(got.stdout))
			}
			if got.stderr != qe.String() {
				t.Errorf("stderr differs\nqemu:\n%s\nvm:\n%s", shown(qe.String()), shown(got.stderr))
			}
			if got.code != code {
				t.Errorf("exit status: qemu %d, vm %d", code, got.code)
			}
			if strings.TrimSpace(got.stdout) == "" {
				t.Errorf("no output")
			}
			t.Logf("%d steps", got.steps)
		})
	}
}
