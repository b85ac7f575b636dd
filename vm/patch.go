package vm

import (
	"errors"
	"fmt"
)

// RuntimePatches are the Go runtime functions (pinned to Go 1.26.8) that the
// loader replaces with an immediate return, so that the runtime stays on one
// thread:
//
//   - runtime.main.func1 is the closure in runtime.main that starts sysmon on
//     a new OS thread (newm(sysmon, nil, -1)).
//   - runtime.gcenable starts the background sweeper and scavenger and waits
//     for them on a channel while runtime.main holds the main goroutine
//     locked to its thread; parking a locked goroutine hands the P to a new
//     thread. Without it the garbage collector never runs: the heap only
//     grows, which a run of one op or one inference affords.
//
// With the first two gone no clone happens: the VM reports a single CPU, so
// GOMAXPROCS is 1 and the scheduler never finds an idle P to start another
// thread for.
//
// TestRuntimePatchesPinned checks that each patched function is the one
// described here in the pinned toolchain's output.
var RuntimePatches = []string{
	"runtime.main.func1",
	"runtime.gcenable",
}

// OptionalRuntimePatches are patched like RuntimePatches when the program
// has them (the linker leaves out the ones a program never calls):
//
//   - runtime.GC would start a collection (gcStart does nothing while the
//     GC is not enabled) and then wait for a mark phase that never comes:
//     "all goroutines are asleep". Patched, an explicit runtime.GC (and
//     debug.FreeOSMemory, which calls it before returning free pages)
//     returns at once without collecting.
var OptionalRuntimePatches = []string{
	"runtime.GC",
}

// ErrGoVersion means the program was built by another Go toolchain than the
// one the runtime patches are pinned to (PinnedGo): its runtime may need
// other patches, or other syscalls, and nothing tests it.
var ErrGoVersion = errors.New("program built with another Go version")

// ErrNoSymbols means the executable has no symbol table, so the runtime
// functions to patch cannot be found (do not build guests with -ldflags=-s).
var ErrNoSymbols = errors.New("executable has no symbol table")

// retInsns is "jr $ra; nop".
var retInsns = []byte{0x03, 0xe0, 0x00, 0x08, 0, 0, 0, 0}

// PatchRuntime writes an immediate return over each function of
// RuntimePatches and OptionalRuntimePatches in mem.
func PatchRuntime(prog *Program, mem *Memory) error {
	if len(prog.Symbols) == 0 {
		return fmt.Errorf("patch runtime: %w", ErrNoSymbols)
	}
	if prog.GoVersion != PinnedGo {
		v := prog.GoVersion
		if v == "" {
			v = "no Go build information"
		}
		return fmt.Errorf("patch runtime: %w: the program says %s, the VM runs %s (rebuild it with GOTOOLCHAIN=%s)",
			ErrGoVersion, v, PinnedGo, PinnedGo)
	}
	for i, name := range append(append([]string(nil), RuntimePatches...), OptionalRuntimePatches...) {
		s, ok := prog.Symbols[name]
		if !ok && i >= len(RuntimePatches) {
			continue
		}
		if !ok {
			return fmt.Errorf("patch runtime: symbol %s not found (built with a Go version other than 1.26.8?)", name)
		}
		if s.Size < uint32(len(retInsns)) {
			return fmt.Errorf("patch runtime: symbol %s is %d bytes, too small to patch", name, s.Size)
		}
		if err := mem.WriteBytes(s.Addr, retInsns); err != nil {
			return fmt.Errorf("patch runtime: %s: %w", name, err)
		}
	}
	return nil
}
