package vm

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"

	"github.com/rmsnet/rms/merkle"
)

// PreimageOracle answers SysPreimageKey/SysPreimageRead: the bytes of the
// preimage with a given key.
type PreimageOracle interface {
	Preimage(key merkle.Hash) ([]byte, error)
}

// BlockSource yields the pages of mapped blobs. Page returns page p (at most
// PageSize bytes; shorter means zero-padded) of the byte stream of the blob
// whose word tree has root root and height height, with the sibling path
// (bottom-up, height-7 hashes; none when height <= 7) from that page's
// subtree to root. The VM checks both against root and rejects anything that
// does not match.
type BlockSource interface {
	Page(ctx context.Context, root merkle.Hash, height int, p uint64) ([]byte, []merkle.Hash, error)
}

type config struct {
	stdout, stderr io.Writer
	source         BlockSource
	oracle         PreimageOracle
	args, env      []string
	patch          bool
	snapEvery      uint64
	maxMemory      uint64
}

// Option configures a VM.
type Option func(*config)

// WithStdout captures what the guest writes to fd 1.
func WithStdout(w io.Writer) Option { return func(c *config) { c.stdout = w } }

// WithStderr captures what the guest writes to fd 2.
func WithStderr(w io.Writer) Option { return func(c *config) { c.stderr = w } }

// WithBlockSource sets where the pages of mapped blobs come from.
func WithBlockSource(s BlockSource) Option { return func(c *config) { c.source = s } }

// WithOracle sets the preimage oracle.
func WithOracle(o PreimageOracle) Option { return func(c *config) { c.oracle = o } }

// WithArgs sets argv (default: a single "guest").
func WithArgs(args ...string) Option { return func(c *config) { c.args = args } }

// WithEnv sets the environment strings.
func WithEnv(env ...string) Option { return func(c *config) { c.env = env } }

// WithoutRuntimePatches loads the program as is (for programs that are not
// Go executables).
func WithoutRuntimePatches() Option { return func(c *config) { c.patch = false } }

// WithSnapshotEvery makes Run keep a snapshot every k steps (0: none), so
// that RunTo can reach an earlier step without starting over.
func WithSnapshotEvery(k uint64) Option { return func(c *config) { c.snapEvery = k } }

// WithMaxMemory bounds the memory the VM may materialise (default
// DefaultMaxMemory; 0: no limit). Touching more stops Run with
// ErrMemoryLimit.
func WithMaxMemory(bytes uint64) Option { return func(c *config) { c.maxMemory = bytes } }

// DefaultMaxMemory is the default WithMaxMemory.
const DefaultMaxMemory = 2 << 30

// VM is one MIPS32 machine.
type VM struct {
	s    State
	mem  *Memory
	cfg  config
	out  [3]io.Writer
	outN uint64 // bytes written to fd 1 and 2 (restored with snapshots)

	snaps []*Snapshot
}

// New loads prog into a fresh VM: segments, runtime patches, the initial
// stack (argc, argv, envp, auxv) and the registers.
func New(prog *Program, opts ...Option) (*VM, error) {
	cfg := config{args: []string{"guest"}, patch: true, maxMemory: DefaultMaxMemory}
	for _, o := range opts {
		o(&cfg)
	}
	v := &VM{mem: newMemory(), cfg: cfg}
	v.out[1], v.out[2] = cfg.stdout, cfg.stderr
	v.mem.source = cfg.source
	v.mem.maxPages = int(cfg.maxMemory / PageSize)
	for _, seg := range prog.Segments {
		if err := v.mem.WriteBytes(seg.Vaddr, seg.Data); err != nil {
			return nil, fmt.Errorf("new vm: load segment %#x: %w", seg.Vaddr, err)
		}
		// The zero part (bss) needs no pages: absent memory is zero.
	}
	if cfg.patch {
		if err := PatchRuntime(prog, v.mem); err != nil {
			return nil, fmt.Errorf("new vm: %w", err)
		}
	}
	sp, err := v.initStack(cfg.args, cfg.env)
	if err != nil {
		return nil, fmt.Errorf("new vm: %w", err)
	}
	v.s.PC = prog.Entry
	v.s.NextPC = prog.Entry + 4
	v.s.Heap = HeapStart
	v.s.Regs[29] = sp
	v.mem.flushCaches()
	return v, nil
}

// initStack writes argc, argv, envp and auxv below StackTop and returns sp.
func (v *VM) initStack(args, env []string) (uint32, error) {
	var strs []byte
	base := uint32(StackTop - 0x1000)
	var argp, envp []uint32
	add := func(s string) uint32 {
		a := base + uint32(len(strs))
		strs = append(strs, s...)
		strs = append(strs, 0)
		return a
	}
	for _, a := range args {
		argp = append(argp, add(a))
	}
	for _, e := range env {
		envp = append(envp, add(e))
	}
	randAddr := base + uint32(len(strs))
	strs = append(strs, []byte("rms-vm-random-16")...)
	if len(strs) > 0x1000-16 {
		return 0, errors.New("init stack: arguments and environment exceed 4 KiB")
	}
	var words []uint32
	words = append(words, uint32(len(argp)))
	words = append(words, argp...)
	words = append(words, 0)
	words = append(words, envp...)
	words = append(words, 0)
	words = append(words, 6, PageSize, 25, randAddr, 0, 0) // AT_PAGESZ, AT_RANDOM, AT_NULL
	sp := (base - uint32(4*len(words)) - 64) &^ 15
	buf := make([]byte, 4*len(words))
	for i, w := range words {
		binary.BigEndian.PutUint32(buf[4*i:], w)
	}
	if err := v.mem.WriteBytes(sp, buf); err != nil {
		return 0, err
	}
	if err := v.mem.WriteBytes(base, strs); err != nil {
		return 0, err
	}
	return sp, nil
}

// MaxWrite is the most one write syscall writes: a longer write returns
// this short count, as a pipe may, and the guest writes the rest (Go's
// os.File.Write does), so every byte is captured while a guest cannot make
// the host allocate without limit. The on-chain step returns the same
// count.
const MaxWrite = 1 << 20

// captureWrite copies the n ≤ MaxWrite bytes of a write to fd 1 or 2 out of
// the VM. It never stops the step: what is captured is not part of the
// state.
func (v *VM) captureWrite(fd, addr, n uint32) {
	w := v.out[fd]
	if w == nil || n == 0 {
		return
	}
	if addr < PageSize || uint64(addr)+uint64(n) > 1<<32 {
		// A buffer in page 0 or past the end of memory: nothing to capture.
		return
	}
	buf := make([]byte, n)
	if err := v.mem.ReadBytes(addr, buf); err != nil {
		// The bytes are outside the state and the on-chain step never
		// reads them: a buffer that cannot be read (a mapped page the
		// source cannot provide, the memory limit) is not captured, and the
		// step goes on as it does on chain. Reading changed nothing.
		v.mem.err = nil
		return
	}
	v.outN += uint64(n)
	_, _ = w.Write(buf)
}

func (v *VM) preimage(key merkle.Hash) ([]byte, error) {
	if v.cfg.oracle == nil {
		return nil, fmt.Errorf("%w: preimage %s: no oracle", ErrDataSource, key)
	}
	b, err := v.cfg.oracle.Preimage(key)
	if err != nil {
		return nil, fmt.Errorf("%w: preimage %s: %v", ErrDataSource, key, err)
	}
	// A node preimage must hash to its key, as the oracle contract stores
	// it; anything else would make the Go step and the chain's differ.
	if key[0] == nodeKeyType {
		if err := CheckNodePreimage(key, b); err != nil {
			return nil, fmt.Errorf("%w: %v", ErrDataSource, err)
		}
	}
	return b, nil
}

// Preimage returns the preimage of key as the step reads it: the answer
// of the VM's oracle, a node key's checked as the step checks it. A player
// uses it to learn what a disputed step reads, so it can be loaded on chain.
func (v *VM) Preimage(key merkle.Hash) ([]byte, error) { return v.preimage(key) }

// Output returns the word that the guest committed with SysCommit.
func (v *VM) Output() merkle.Hash {
	var h merkle.Hash
	_ = v.mem.ReadBytes(OutputAddr, h[:])
	return h
}

// State returns the architectural state (without memory).
func (v *VM) State() State { return v.s }

// Memory returns the VM's memory.
func (v *VM) Memory() *Memory { return v.mem }

// Halted reports whether the VM exited or faulted.
func (v *VM) Halted() bool { return v.s.Status != StatusRunning }

// Steps returns the number of steps executed.
func (v *VM) Steps() uint64 { return v.s.Step }

// EncodeState returns the packed state with the current memory root.
func (v *VM) EncodeState() []byte { return v.s.Encode(v.mem.Root()) }

// StateHash returns keccak256 of EncodeState.
func (v *VM) StateHash() merkle.Hash { return StateHash(v.EncodeState()) }

// Step executes one instruction.
func (v *VM) Step() error {
	v.step()
	if err := v.mem.err; err != nil {
		v.mem.err = nil
		return err
	}
	return nil
}

const runChunk = 1 << 20

// Run executes until the VM halts or has executed maxSteps steps in total
// (0: no limit). It checks ctx between chunks of steps.
func (v *VM) Run(ctx context.Context, maxSteps uint64) error {
	v.mem.ctx = ctx
	defer func() { v.mem.ctx = context.Background() }()
	for v.s.Status == StatusRunning && (maxSteps == 0 || v.s.Step < maxSteps) {
		if err := ctx.Err(); err != nil {
			return err
		}
		n := uint64(runChunk)
		if maxSteps != 0 && maxSteps-v.s.Step < n {
			n = maxSteps - v.s.Step
		}
		if k := v.cfg.snapEvery; k != 0 {
			if v.s.Step%k == 0 && (len(v.snaps) == 0 || v.snaps[len(v.snaps)-1].s.Step < v.s.Step) {
				v.snaps = append(v.snaps, v.Snapshot())
			}
			if d := k - v.s.Step%k; d < n {
				n = d
			}
		}
		v.runN(n)
		if err := v.mem.err; err != nil {
			v.mem.err = nil
			return fmt.Errorf("step %d: %w", v.s.Step, err)
		}
	}
	return nil
}

// runN executes up to n steps (fewer if the VM halts or a page fetch fails).
func (v *VM) runN(n uint64) {
	v.exec(n)
}

// RunTo brings the VM to step t: from the latest snapshot at or before t
// when t lies behind the current step, then forward. Unlike Run, t = 0
// means step 0, not "until it halts". It stops early when the VM halts.
func (v *VM) RunTo(ctx context.Context, t uint64) error {
	if t < v.s.Step {
		var best *Snapshot
		for _, sn := range v.snaps {
			if sn.s.Step <= t && (best == nil || sn.s.Step > best.s.Step) {
				best = sn
			}
		}
		if best == nil {
			return fmt.Errorf("run to %d: no snapshot at or before it (now at %d)", t, v.s.Step)
		}
		v.Restore(best)
	}
	if t == v.s.Step {
		return nil // Run(ctx, 0) would run to the end
	}
	return v.Run(ctx, t)
}

// Snapshots returns the steps of the snapshots kept.
func (v *VM) Snapshots() []uint64 {
	out := make([]uint64, len(v.snaps))
	for i, s := range v.snaps {
		out[i] = s.s.Step
	}
	return out
}
