package vm

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/rmsnet/rms/model"
	"github.com/rmsnet/rms/model/mnist"
)

var (
	guestOnce sync.Once
	guestELF  []byte
	guestErr  error
)

// guestProgram builds vm/guest with the reproducible flags (cached by the
// go build cache).
func guestProgram(t testing.TB) *Program {
	t.Helper()
	RequirePinnedGo(t)
	guestOnce.Do(func() {
		out := filepath.Join(t.TempDir(), "guest.elf")
		guestErr = BuildGuest(context.Background(), "./guest", out)
		if guestErr == nil {
			guestELF, guestErr = os.ReadFile(out)
		}
	})
	if guestErr != nil {
		t.Fatal(guestErr)
	}
	p, err := LoadELF(guestELF)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func mnistJob(t testing.TB, n int) *Job {
	t.Helper()
	m, err := model.Load("../testdata/mnist.gguf")
	if err != nil {
		t.Fatal(err)
	}
	dir := mnist.RequireData(t)
	set, err := mnist.LoadTest(dir)
	if err != nil {
		t.Fatal(err)
	}
	in, err := mnist.Input(set.Images[n])
	if err != nil {
		t.Fatal(err)
	}
	j, err := NewJob(context.Background(), m, in)
	if err != nil {
		t.Fatal(err)
	}
	return j
}

func TestGuestOps(t *testing.T) {
	g := guestProgram(t)
	j := mnistJob(t, 0)
	// Every op, and one past the last (the trace stays as it is).
	for i := 0; i <= len(j.Model.Program.Ops); i++ {
		var stderr bytes.Buffer
		v, err := j.NewVM(g, uint64(i), WithStderr(&stderr))
		if err != nil {
			t.Fatal(err)
		}
		t0 := time.Now()
		if err := v.Run(context.Background(), 2e9); err != nil {
			t.Fatal(err)
		}
		s := v.State()
		if s.Status != StatusExited || s.ExitCode != 0 {
			t.Fatalf("op %d: status %d code %d: %s", i, s.Status, s.ExitCode, stderr.String())
		}
		if got, want := v.Output(), j.Acc(i+1); got != want {
			t.Fatalf("op %d: A_i %s in the VM, %s natively", i, got, want)
		}
		t.Logf("op %d: %d steps, %v", i, s.Step, time.Since(t0))
	}
}

func TestGuestWholeInference(t *testing.T) {
	g := guestProgram(t)
	j := mnistJob(t, 1)
	var stdout bytes.Buffer
	v, err := j.NewVM(g, AllOps, WithStdout(&stdout))
	if err != nil {
		t.Fatal(err)
	}
	t0 := time.Now()
	if err := v.Run(context.Background(), 4e9); err != nil {
		t.Fatal(err)
	}
	if s := v.State(); s.Status != StatusExited || s.ExitCode != 0 {
		t.Fatalf("status %d code %d", s.Status, s.ExitCode)
	}
	n := len(j.Model.Program.Ops)
	if got, want := v.Output(), j.Acc(n); got != want {
		t.Fatalf("A_N %s in the VM, %s natively", got, want)
	}
	t.Logf("whole inference: %d steps in %v; %s", v.Steps(), time.Since(t0), stdout.String())
}

// fakeTB records what RequirePinnedGo asks of a test.
type fakeTB struct{ skipped, failed bool }

func (f *fakeTB) Helper()               {}
func (f *fakeTB) Skipf(string, ...any)  { f.skipped = true }
func (f *fakeTB) Fatalf(string, ...any) { f.failed = true }

// TestRequirePinnedGo: another toolchain skips the pinned tests, and fails
// them under CI; the pinned one runs them.
func TestRequirePinnedGo(t *testing.T) {
	for _, tc := range []struct {
		version      string
		ci           bool
		skip, failed bool
	}{
		{PinnedGo, false, false, false},
		{PinnedGo, true, false, false},
		{"go1.26.7", false, true, false},
		{"go1.27.0", true, false, true},
	} {
		var f fakeTB
		requireToolchain(&f, tc.version, tc.ci)
		if f.skipped != tc.skip || f.failed != tc.failed {
			t.Errorf("%s ci=%v: skipped %v failed %v, want %v %v", tc.version, tc.ci, f.skipped, f.failed, tc.skip, tc.failed)
		}
	}
}
