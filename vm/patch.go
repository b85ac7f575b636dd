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
// With these two gone no clone happens: the VM reports a single CPU, so
// GOMAXPROCS is 1 and the scheduler never finds an idle P to start another
// thread for.
//
// TestRuntimePatchesPinned checks that each patched function is the one
// described here in the pinned toolchain's output.
var RuntimePatches = []string{
	"runtime.main.func1",
	"runtime.gcenable",
}

// ErrNoSymbols means the executable has no symbol table, so the runtime
// functions to patch cannot be found (do not build guests with -ldflags=-s).
var ErrNoSymbols = errors.New("executable has no symbol table")

// retInsns is "jr $ra; nop".
var retInsns = []byte{0x03, 0xe0, 0x00, 0x08, 0, 0, 0, 0}

// PatchRuntime writes an immediate return over each function of
// RuntimePatches in mem.
func PatchRuntime(prog *Program, mem *Memory) error {
	if len(prog.Symbols) == 0 {
		return fmt.Errorf("patch runtime: %w", ErrNoSymbols)
	}
	for _, name := range RuntimePatches {
		s, ok := prog.Symbols[name]
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
