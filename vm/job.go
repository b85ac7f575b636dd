package vm

import (
	"context"
	"encoding/binary"
	"fmt"

	"github.com/rmsnet/rms/merkle"
	"github.com/rmsnet/rms/model"
)

// AllOps as the op index makes the guest run the whole program
// (single-phase mode).
const AllOps = ^uint64(0)

// OpInputs are the dispute-local inputs of the guest (DESIGN §6.3), read by
// the guest as preimages of LocalKey(0…4).
type OpInputs struct {
	Op      uint64      // op index i (0-based), or AllOps
	PrevAcc merkle.Hash // A_{i-1} (A_0 = merkle.Zero(TraceHeight))
	Program merkle.Hash // program root
	Model   merkle.Hash // model root (tensor index)
	Input   merkle.Hash // job input root
}

// Local returns the inputs as a LocalInputs oracle: key 0 holds the op
// index as 8 bytes big-endian, keys 1–4 the four roots.
func (in OpInputs) Local() LocalInputs {
	return LocalInputs{
		binary.BigEndian.AppendUint64(nil, in.Op),
		in.PrevAcc[:], in.Program[:], in.Model[:], in.Input[:],
	}
}

// OpJob is a job whose ops the guest can run one at a time: what a dispute
// prover needs (Job for op-graph programs, TextJob for text generations).
type OpJob interface {
	// NewVM loads the guest image and sets it up to run op i.
	NewVM(guest *Program, op uint64, opts ...Option) (*VM, error)
	// Blobs returns every blob the guest may map.
	Blobs() ([][]byte, error)
}

var (
	_ OpJob = (*Job)(nil)
	_ OpJob = (*TextJob)(nil)
)

// Job holds everything the guest may map for one inference: the program,
// the tensor index, every tensor, the job input, and (from a native run)
// every op output and every accumulator A_0 … A_{N-1}.
type Job struct {
	Model  *model.Model
	Source *MemSource
	Result *model.Result // native run (with outputs)
	roots  OpInputs      // program, model and input roots
	accs   []merkle.Hash // A_0 … A_N
	blobs  [][]byte      // every blob added to Source
}

// Blobs returns every blob the job stored (program, tensor index, tensors,
// input, op outputs): what a dispute may have to load the length of.
func (j *Job) Blobs() ([][]byte, error) { return j.blobs, nil }

func (j *Job) add(b []byte) (merkle.Hash, int) {
	j.blobs = append(j.blobs, b)
	return j.Source.Add(b)
}

// NewJob runs m natively on input and stores every blob the guest may map.
func NewJob(ctx context.Context, m *model.Model, input model.Tensor) (*Job, error) {
	res, err := m.Run(ctx, input, model.WithOutputs())
	if err != nil {
		return nil, fmt.Errorf("new job: %w", err)
	}
	src := NewMemSource()
	j := &Job{Model: m, Source: src, Result: res}
	pb, err := m.Program.Encode()
	if err != nil {
		return nil, fmt.Errorf("new job: %w", err)
	}
	j.roots.Program, _ = j.add(pb)
	idx, err := m.Index()
	if err != nil {
		return nil, fmt.Errorf("new job: %w", err)
	}
	ib, err := model.EncodeIndex(idx)
	if err != nil {
		return nil, fmt.Errorf("new job: %w", err)
	}
	j.roots.Model, _ = j.add(ib)
	for name, t := range m.Tensors {
		b, err := t.Encode()
		if err != nil {
			return nil, fmt.Errorf("new job: tensor %q: %w", name, err)
		}
		j.add(b)
	}
	inb, err := input.Encode()
	if err != nil {
		return nil, fmt.Errorf("new job: input: %w", err)
	}
	j.roots.Input, _ = j.add(inb)
	for i, out := range res.Outputs {
		b, err := out.Encode()
		if err != nil {
			return nil, fmt.Errorf("new job: output %d: %w", i, err)
		}
		j.add(b)
	}
	h := m.Program.TraceHeight
	for i := 0; i <= len(res.OpRoots); i++ {
		a, err := src.AddTree(res.OpRoots[:i], h)
		if err != nil {
			return nil, fmt.Errorf("new job: accumulator %d: %w", i, err)
		}
		j.accs = append(j.accs, a)
	}
	return j, nil
}

// Inputs returns the dispute-local inputs of op i (or AllOps).
func (j *Job) Inputs(op uint64) OpInputs {
	in := j.roots
	in.Op = op
	in.PrevAcc = merkle.Zero(j.Model.Program.TraceHeight)
	if op != AllOps {
		in.PrevAcc = j.Acc(int(min(op, uint64(len(j.accs)-1))))
	}
	return in
}

// Acc returns the native A_i (A_0 is the empty accumulator; past the last op
// the accumulator stays A_N).
func (j *Job) Acc(i int) merkle.Hash { return j.accs[min(i, len(j.accs)-1)] }

// NewVM loads the guest image and sets it up to run op (or AllOps) of the
// job.
func (j *Job) NewVM(guest *Program, op uint64, opts ...Option) (*VM, error) {
	o := append([]Option{
		WithBlockSource(j.Source),
		WithOracle(Oracles{j.Inputs(op).Local(), j.Source}),
	}, opts...)
	return New(guest, o...)
}
