package vm

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// calls returns the names of the functions that fn calls with jal.
func calls(p *Program, fn string) map[string]bool {
	s := p.Symbols[fn]
	byAddr := map[uint32]string{}
	for n, sy := range p.Symbols {
		byAddr[sy.Addr] = n
	}
	out := map[string]bool{}
	for _, seg := range p.Segments {
		if s.Addr < seg.Vaddr || s.Addr+s.Size > seg.Vaddr+uint32(len(seg.Data)) {
			continue
		}
		for a := s.Addr; a < s.Addr+s.Size; a += 4 {
			insn := binary.BigEndian.Uint32(seg.Data[a-seg.Vaddr:])
			if insn>>26 == 0x03 {
				out[byAddr[(a+4)&0xf0000000|(insn&0x03ffffff)<<2]] = true
			}
		}
	}
	return out
}

// TestRuntimePatchesPinned checks, on a real guest of the pinned toolchain,
// that each patched function is the one patch.go describes, and that the
// patches are what keeps the runtime on one thread.
func TestRuntimePatchesPinned(t *testing.T) {
	p := loadProg(t, "gc") // calls runtime.GC, so the linker keeps it
	want := map[string][]string{
		"runtime.main.func1": {"runtime.newm"},                         // newm(sysmon, nil, -1)
		"runtime.gcenable":   {"runtime.newproc", "runtime.chanrecv1"}, // go bgsweep(c); <-c
		"runtime.GC":         {"runtime.gcStart", "runtime.gcWaitOnMark"},
	}
	all := append(append([]string(nil), RuntimePatches...), OptionalRuntimePatches...)
	if len(want) != len(all) {
		t.Fatalf("patches %v, test knows %d", all, len(want))
	}
	if _, ok := loadProg(t, "hello").Symbols["runtime.GC"]; ok {
		t.Error("hello has runtime.GC: OptionalRuntimePatches could be required ones")
	}
	for _, name := range all {
		if _, ok := p.Symbols[name]; !ok {
			t.Fatalf("%s missing", name)
		}
		c := calls(p, name)
		for _, callee := range want[name] {
			if !c[callee] {
				t.Errorf("%s does not call %s (calls %v): the patch list no longer matches the runtime", name, callee, c)
			}
		}
	}
	// Without the patches the runtime wants a second thread.
	v, err := New(p, WithoutRuntimePatches())
	if err != nil {
		t.Fatal(err)
	}
	_ = v.Run(context.Background(), 1e8)
	if s := v.State(); s.Status != StatusFault || s.ExitCode != FaultSyscall || s.Regs[2] != 4120 {
		t.Fatalf("unpatched runtime: status %d code %d v0 %d, want the clone fault", s.Status, s.ExitCode, s.Regs[2])
	}
}

// TestRefusesOtherGoVersions: a program whose build information names
// another Go version is refused, with both versions in the error, even
// though it has both patched symbols (go1.22 has them too).
func TestRefusesOtherGoVersions(t *testing.T) {
	b, err := os.ReadFile(filepath.Join(buildProgs(t), "hello"))
	if err != nil {
		t.Fatal(err)
	}
	for _, other := range []string{"go1.22.0", "go1.26.9", "go1.26.7"} {
		if len(other) != len(PinnedGo) {
			t.Fatalf("%s and %s differ in length", other, PinnedGo)
		}
		p, err := LoadELF(bytes.ReplaceAll(b, []byte(PinnedGo), []byte(other)))
		if err != nil {
			t.Fatal(err)
		}
		if p.GoVersion != other {
			t.Fatalf("build info says %q, want %q", p.GoVersion, other)
		}
		_, err = New(p)
		if !errors.Is(err, ErrGoVersion) || !strings.Contains(err.Error(), other) || !strings.Contains(err.Error(), PinnedGo) {
			t.Fatalf("%s: New = %v, want ErrGoVersion naming %s and %s", other, err, other, PinnedGo)
		}
	}
	p, err := LoadELF(b)
	if err != nil || p.GoVersion != PinnedGo {
		t.Fatalf("pinned build: version %q, %v", p.GoVersion, err)
	}
	if _, err := New(p); err != nil {
		t.Fatal(err)
	}
}
