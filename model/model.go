package model

import (
	"context"
	"encoding/binary"
	"fmt"
	"runtime"
	"sort"
	"sync"

	"github.com/rmsnet/rms/merkle"
)

// Model is a program together with the named tensors it reads.
type Model struct {
	Program Program
	Tensors map[string]Tensor
}

// Check validates the program, every tensor, and that every tensor the
// program names exists.
func (m *Model) Check() error {
	if err := m.Program.Validate(); err != nil {
		return fmt.Errorf("model: %w", err)
	}
	for name, t := range m.Tensors {
		if len(name) == 0 || len(name) > MaxNameLen {
			return fmt.Errorf("model: tensor name %q of %d bytes, want 1…%d", name, len(name), MaxNameLen)
		}
		if err := t.Check(); err != nil {
			return fmt.Errorf("model: tensor %q: %w", name, err)
		}
	}
	for i, op := range m.Program.Ops {
		for _, r := range op.Inputs {
			if r.Kind == RefTensor {
				if _, ok := m.Tensors[r.Name]; !ok {
					return fmt.Errorf("model: op %d (%s) reads tensor %q, which the model lacks", i, op.Kind, r.Name)
				}
			}
		}
	}
	return nil
}

// IndexEntry is one line of a model's tensor index.
type IndexEntry struct {
	Name string
	Root merkle.Hash // merkle.BlobRoot of the tensor's canonical encoding
}

const indexMagic = "RMSI"

// IndexHeader is the index entry of a GGUF file's header blob (the bytes
// before its data section) in the index of a model without a program of
// its own, such as a text model: its metadata (shape, tensor types and
// dims) is then part of what the model root commits to. No tensor may have
// this name.
const IndexHeader = "gguf:header"

// Index returns the tensor index of m: its tensors' names and roots, sorted
// by name.
func (m *Model) Index() ([]IndexEntry, error) {
	names := make([]string, 0, len(m.Tensors))
	for n := range m.Tensors {
		names = append(names, n)
	}
	sort.Strings(names)
	out := make([]IndexEntry, len(names))
	for i, n := range names {
		r, err := m.Tensors[n].Root()
		if err != nil {
			return nil, fmt.Errorf("tensor %q: %w", n, err)
		}
		out[i] = IndexEntry{Name: n, Root: r}
	}
	return out, nil
}

// EncodeIndex returns the canonical encoding of a tensor index (entries
// sorted by name, names unique, 1…255 bytes):
//
//	"RMSI" | count u32 LE | per entry: name length u32 LE | name | root (32 bytes)
//
// Its merkle.BlobRoot is the model's tensor root (Model.Root).
func EncodeIndex(entries []IndexEntry) ([]byte, error) {
	b := append([]byte(indexMagic), binary.LittleEndian.AppendUint32(nil, uint32(len(entries)))...)
	for i, e := range entries {
		if len(e.Name) == 0 || len(e.Name) > MaxNameLen {
			return nil, fmt.Errorf("index entry %d: name of %d bytes", i, len(e.Name))
		}
		if i > 0 && entries[i-1].Name >= e.Name {
			return nil, fmt.Errorf("index entry %d: %q not after %q", i, e.Name, entries[i-1].Name)
		}
		b = binary.LittleEndian.AppendUint32(b, uint32(len(e.Name)))
		b = append(b, e.Name...)
		b = append(b, e.Root[:]...)
	}
	return b, nil
}

// DecodeIndex parses the canonical encoding of a tensor index.
func DecodeIndex(b []byte) ([]IndexEntry, error) {
	if len(b) < 8 || string(b[:4]) != indexMagic {
		return nil, fmt.Errorf("decode index: magic is not %q", indexMagic)
	}
	d := decoder{b: b, off: 4}
	n := d.u32("count")
	// Each entry takes at least 37 bytes.
	if uint64(n)*37 > uint64(len(b)) {
		return nil, fmt.Errorf("decode index: count %d impossible for %d bytes", n, len(b))
	}
	out := make([]IndexEntry, 0, n)
	for i := uint32(0); i < n; i++ {
		l := d.u32("name length")
		if d.err == nil && (l == 0 || l > MaxNameLen) {
			return nil, fmt.Errorf("decode index: entry %d: name length %d, want 1…%d", i, l, MaxNameLen)
		}
		e := IndexEntry{Name: string(d.bytes(int(l), "name"))}
		copy(e.Root[:], d.bytes(32, "root"))
		if d.err != nil {
			return nil, fmt.Errorf("decode index: entry %d: %w", i, d.err)
		}
		if len(out) > 0 && out[len(out)-1].Name >= e.Name {
			return nil, fmt.Errorf("decode index: entry %d: %q not after %q", i, e.Name, out[len(out)-1].Name)
		}
		out = append(out, e)
	}
	if d.off != len(b) {
		return nil, fmt.Errorf("decode index: %d trailing bytes", len(b)-d.off)
	}
	return out, nil
}

// Root returns the model's tensor root: merkle.BlobRoot(EncodeIndex(Index)).
func (m *Model) Root() (merkle.Hash, error) {
	idx, err := m.Index()
	if err != nil {
		return merkle.Hash{}, fmt.Errorf("model root: %w", err)
	}
	b, err := EncodeIndex(idx)
	if err != nil {
		return merkle.Hash{}, fmt.Errorf("model root: %w", err)
	}
	return merkle.BlobRoot(b), nil
}

// asyncHashMin is the output size in bytes from which Run hashes an op
// output on its own goroutine.
const asyncHashMin = 1 << 15

// Result is what Run returns: the output of the last op and the op trace of
// DESIGN §5.
type Result struct {
	Output     Tensor        // output of the last op
	OutputRoot merkle.Hash   // out_N, the root of Output's canonical encoding
	OpRoots    []merkle.Hash // out_1 … out_N (OpRoots[i] belongs to op i)
	Acc        []merkle.Hash // A_1 … A_N: roots of the accumulator after each op
	N          int           // number of ops that ran
	C          int           // ops in the trace (here C = N: the program fixes every op)
	// TraceRoot is merkle.FilledRoot(Acc, TraceHeight): the list A_1 … A_N
	// followed by A_N up to 2^TraceHeight entries, since past the last op the
	// accumulator stays as it is (DESIGN §5), which is what the guest commits
	// for an op index past the last.
	TraceRoot merkle.Hash
	Outputs   []Tensor // every op's output, only with WithOutputs
}

type runConfig struct {
	workers int
	outputs bool
}

// RunOption adjusts Run.
type RunOption func(*runConfig)

// WithWorkers sets how many goroutines integer kernels may use (default
// runtime.GOMAXPROCS(0)). The result never depends on it.
func WithWorkers(n int) RunOption { return func(c *runConfig) { c.workers = n } }

// WithOutputs keeps every op's output tensor in Result.Outputs.
func WithOutputs() RunOption { return func(c *runConfig) { c.outputs = true } }

// OpInputs gathers the inputs of op i in the order of its references: the
// job input, model tensors by name, and earlier outputs from outputs
// (outputs[j] is op j's output; only j < i are read).
func (m *Model) OpInputs(i int, input Tensor, outputs []Tensor) ([]Tensor, error) {
	if i < 0 || i >= len(m.Program.Ops) {
		return nil, fmt.Errorf("op %d outside the program's %d ops", i, len(m.Program.Ops))
	}
	op := m.Program.Ops[i]
	in := make([]Tensor, len(op.Inputs))
	for j, r := range op.Inputs {
		switch r.Kind {
		case RefInput:
			in[j] = input
		case RefTensor:
			t, ok := m.Tensors[r.Name]
			if !ok {
				return nil, fmt.Errorf("op %d reads tensor %q, which the model lacks", i, r.Name)
			}
			in[j] = t
		case RefOp:
			if r.Op < 0 || r.Op >= i || r.Op >= len(outputs) {
				return nil, fmt.Errorf("op %d reads op %d, which has not run", i, r.Op)
			}
			in[j] = outputs[r.Op]
		default:
			return nil, fmt.Errorf("op %d: unknown reference kind %d", i, uint32(r.Kind))
		}
	}
	return in, nil
}

// Run executes every op of m's program on input natively and returns the
// output with its op trace. ctx is checked between ops.
func (m *Model) Run(ctx context.Context, input Tensor, opts ...RunOption) (*Result, error) {
	cfg := runConfig{workers: runtime.GOMAXPROCS(0)}
	for _, o := range opts {
		o(&cfg)
	}
	if err := m.Check(); err != nil {
		return nil, fmt.Errorf("run: %w", err)
	}
	if err := input.Check(); err != nil {
		return nil, fmt.Errorf("run: job input: %w", err)
	}
	acc, err := merkle.NewAccumulator(m.Program.TraceHeight)
	if err != nil {
		return nil, fmt.Errorf("run: %w", err)
	}
	n := len(m.Program.Ops)
	res := &Result{OpRoots: make([]merkle.Hash, n), Acc: make([]merkle.Hash, 0, n)}
	outputs := make([]Tensor, 0, n)
	// Output roots are pure functions of finished outputs. Large outputs
	// (batches) are hashed on other goroutines while later ops run; small
	// ones inline, where a goroutine would cost more than it saves.
	rootErrs := make([]error, n)
	var wg sync.WaitGroup
	for i, op := range m.Program.Ops {
		if err := ctx.Err(); err != nil {
			wg.Wait()
			return nil, fmt.Errorf("run: before op %d: %w", i, err)
		}
		in, err := m.OpInputs(i, input, outputs)
		if err != nil {
			wg.Wait()
			return nil, fmt.Errorf("run: %w", err)
		}
		out, err := RunOpWorkers(op, in, cfg.workers)
		if err != nil {
			wg.Wait()
			return nil, fmt.Errorf("run: op %d: %w", i, err)
		}
		outputs = append(outputs, out)
		if cfg.workers > 1 && out.Len()*out.DType.Size() >= asyncHashMin {
			wg.Add(1)
			go func() {
				defer wg.Done()
				res.OpRoots[i], rootErrs[i] = out.Root()
			}()
		} else {
			res.OpRoots[i], rootErrs[i] = out.Root()
		}
	}
	wg.Wait()
	for i, root := range res.OpRoots {
		if rootErrs[i] != nil {
			return nil, fmt.Errorf("run: op %d output: %w", i, rootErrs[i])
		}
		a, err := acc.Append(root)
		if err != nil {
			return nil, fmt.Errorf("run: op %d: %w", i, err)
		}
		res.Acc = append(res.Acc, a)
	}
	res.N, res.C = n, n
	res.Output = outputs[n-1]
	res.OutputRoot = res.OpRoots[n-1]
	if res.TraceRoot, err = merkle.FilledRoot(res.Acc, m.Program.TraceHeight); err != nil {
		return nil, fmt.Errorf("run: trace root: %w", err)
	}
	if cfg.outputs {
		res.Outputs = outputs
	}
	return res, nil
}
