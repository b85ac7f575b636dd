package vm

import (
	"context"
	"fmt"
	"sync"

	"github.com/rmsnet/rms/merkle"
	"github.com/rmsnet/rms/model"
	"github.com/rmsnet/rms/model/gguf"
	"github.com/rmsnet/rms/model/llama"
	"github.com/rmsnet/rms/model/manifest"
)

// TextJob holds everything the guest may map for one text generation: the
// text program, the model as the blobs of its tensor index (the index, the
// GGUF header and one blob per tensor, manifest.Lay: the guest maps only the
// tensors an op reads), the job input, and from a native run every op
// output and the roots of the accumulators A_0 … A_N (the word tree of
// A_{i−1} is stored when op i's inputs are first asked for).
type TextJob struct {
	Model  *llama.Model
	Source *MemSource
	Result *llama.Result
	Height int
	roots  OpInputs
	accs   []merkle.Hash // A_0 … A_N
	blobs  [][]byte      // every blob added to Source

	mu     sync.Mutex
	stored []bool // the word tree of A_i is in Source
}

// Blobs returns every blob the job stored (program, model index, header
// and tensors, input, op outputs): what a dispute may have to load the
// length of.
func (j *TextJob) Blobs() ([][]byte, error) { return j.blobs, nil }

func (j *TextJob) add(b []byte) (merkle.Hash, int) {
	j.blobs = append(j.blobs, b)
	return j.Source.Add(b)
}

// NewTextJob runs job natively on the GGUF file file (its bytes) with the
// text program prog and stores every blob the guest may map. The model root
// is the file's manifest model root (manifest.ModelRoot).
func NewTextJob(ctx context.Context, file []byte, prog llama.Program, job llama.Job) (*TextJob, error) {
	f, err := gguf.Parse(file)
	if err != nil {
		return nil, fmt.Errorf("new text job: %w", err)
	}
	m, err := llama.Load(f, prog.Options()...)
	if err != nil {
		return nil, fmt.Errorf("new text job: %w", err)
	}
	src := NewMemSource()
	j := &TextJob{Model: m, Source: src}
	var outs []model.Tensor
	o := prog.RunOptions()
	o.Hook = func(t llama.Trace) { outs = append(outs, t.Out) }
	res, err := m.Run(ctx, job, o)
	if err != nil {
		return nil, fmt.Errorf("new text job: %w", err)
	}
	j.Result, j.Height = res, res.Height
	j.roots.Program, _ = j.add(prog.Encode())
	l, err := manifest.Lay(file)
	if err != nil {
		return nil, fmt.Errorf("new text job: %w", err)
	}
	j.roots.Model, _ = j.add(l.Index)
	for _, b := range l.Blobs {
		j.add(b)
	}
	in, err := llama.EncodeJob(job)
	if err != nil {
		return nil, fmt.Errorf("new text job: %w", err)
	}
	j.roots.Input, _ = j.add(in)
	for i, t := range outs {
		b, err := t.Encode()
		if err != nil {
			return nil, fmt.Errorf("new text job: output %d: %w", i, err)
		}
		j.add(b)
	}
	// The roots A_0 … A_N come from one accumulator; the word tree of an
	// A_i goes into Source only when op i+1's inputs are first asked for
	// (Inputs, NewVM), so the job holds the trees of the ops actually run,
	// not N trees of up to N entries each.
	acc, err := merkle.NewAccumulator(res.Height)
	if err != nil {
		return nil, fmt.Errorf("new text job: %w", err)
	}
	all, err := acc.AppendAll(res.OpRoots[:res.N])
	if err != nil {
		return nil, fmt.Errorf("new text job: accumulators: %w", err)
	}
	j.accs = append([]merkle.Hash{merkle.Zero(res.Height)}, all...)
	j.stored = make([]bool, len(j.accs))
	return j, nil
}

// Inputs returns the dispute-local inputs of op i and makes sure Source
// holds the word tree of A_{i−1} they name.
func (j *TextJob) Inputs(op uint64) OpInputs {
	in := j.roots
	in.Op = op
	prev := int(min(op, uint64(len(j.accs)-1)))
	in.PrevAcc = j.Acc(prev)
	j.storeAcc(prev)
	return in
}

// storeAcc adds the word tree of A_i (its i entries) to Source once.
func (j *TextJob) storeAcc(i int) {
	j.mu.Lock()
	defer j.mu.Unlock()
	if j.stored[i] {
		return
	}
	// The roots were computed from the same entries at the same height,
	// so AddTree cannot fail here; its root is A_i.
	if _, err := j.Source.AddTree(j.Result.OpRoots[:i], j.Height); err == nil {
		j.stored[i] = true
	}
}

// Acc returns the native A_i (past the last real op the accumulator stays A_N).
func (j *TextJob) Acc(i int) merkle.Hash { return j.accs[min(i, len(j.accs)-1)] }

// NewVM loads the guest image and sets it up to run op i of the job.
func (j *TextJob) NewVM(guest *Program, op uint64, opts ...Option) (*VM, error) {
	o := append([]Option{
		WithBlockSource(j.Source),
		WithOracle(Oracles{j.Inputs(op).Local(), j.Source}),
	}, opts...)
	return New(guest, o...)
}
