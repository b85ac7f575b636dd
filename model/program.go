package model

import (
	"encoding/binary"
	"fmt"
	"math"

	"github.com/rmsnet/rms/merkle"
)

// OpKind names what an op computes. The numeric values are part of the
// canonical program encoding and must never change.
type OpKind uint32

// The op kinds, with their inputs and params (see Op):
const (
	// OpMatMul: inputs (a [..., K] i8|i16, w [N, K] i8) → i32 [..., N]. No params.
	OpMatMul OpKind = 1
	// OpAddBias: inputs (x [..., N], b [N]), both i32 or both f32. No params.
	OpAddBias OpKind = 2
	// OpReLU: input (x) of any type → same type. No params.
	OpReLU OpKind = 3
	// OpRequant: input (x i32) → i8|i16. Params (mult, shift, zero, out dtype).
	OpRequant OpKind = 4
	// OpDequant: input (x i8|i16|i32) → f32. Params (float32 bits of scale).
	OpDequant OpKind = 5
	// OpSoftmax: input (x f32 [..., N]) → f32 [..., N]. No params.
	OpSoftmax OpKind = 6
	// OpArgmax: input (x [..., N]) → i32 [...]. No params.
	OpArgmax OpKind = 7
)

type opSpec struct {
	name    string
	inputs  int
	params  int
	workers bool
}

var opSpecs = map[OpKind]opSpec{
	OpMatMul:  {"matmul", 2, 0, true},
	OpAddBias: {"add_bias", 2, 0, false},
	OpReLU:    {"relu", 1, 0, false},
	OpRequant: {"requant", 1, 4, false},
	OpDequant: {"dequant", 1, 1, false},
	OpSoftmax: {"softmax", 1, 0, false},
	OpArgmax:  {"argmax", 1, 0, false},
}

// String returns the op's name ("matmul", …).
func (k OpKind) String() string {
	if s, ok := opSpecs[k]; ok {
		return s.name
	}
	return fmt.Sprintf("op(%d)", uint32(k))
}

// RefKind says where an op input comes from.
type RefKind uint32

// The sources of an op input.
const (
	RefInput  RefKind = 0 // the job input tensor
	RefTensor RefKind = 1 // a model tensor, by Name
	RefOp     RefKind = 2 // the output of an earlier op, by 0-based index Op
)

// Ref names one input of an op.
type Ref struct {
	Kind RefKind
	Name string // model tensor name when Kind is RefTensor
	Op   int    // 0-based index of an earlier op when Kind is RefOp
}

// String returns "input", "tensor:NAME" or "op:I".
func (r Ref) String() string {
	switch r.Kind {
	case RefInput:
		return "input"
	case RefTensor:
		return "tensor:" + r.Name
	case RefOp:
		return fmt.Sprintf("op:%d", r.Op)
	}
	return fmt.Sprintf("ref(%d)", uint32(r.Kind))
}

// Op is one step of a program: a kernel, the tensors it reads and its
// integer params (floats are stored as their float32 bits).
type Op struct {
	Kind   OpKind
	Inputs []Ref
	Params []int64
}

// Program is the op graph of a model: ops run in order, op i reading the job
// input, model tensors and outputs of ops before i. The output of the last
// op is the job's output. TraceHeight fixes the capacity 2^TraceHeight of
// the accumulator and of the trace list.
type Program struct {
	TraceHeight int
	Ops         []Op
}

// Limits of a program.
const (
	MaxTraceHeight = 32
	MaxOps         = 1 << 20
	MaxNameLen     = 255
	maxOpInputs    = 8
	maxOpParams    = 8
)

// programMagic starts the canonical program encoding.
const programMagic = "RMSP"

// ProgramVersion is the version of the canonical program encoding.
const ProgramVersion = 1

// Validate checks that p is well formed: known op kinds with the right
// number of inputs and params, params in range, references only to earlier
// ops, tensor names of 1…255 bytes, and at most 2^TraceHeight ops.
func (p *Program) Validate() error {
	if p.TraceHeight < 0 || p.TraceHeight > MaxTraceHeight {
		return fmt.Errorf("program: trace height %d outside [0, %d]", p.TraceHeight, MaxTraceHeight)
	}
	if len(p.Ops) == 0 {
		return fmt.Errorf("program: no ops")
	}
	if len(p.Ops) > MaxOps || uint64(len(p.Ops)) > uint64(1)<<p.TraceHeight {
		return fmt.Errorf("program: %d ops exceed the capacity 2^%d (or %d)", len(p.Ops), p.TraceHeight, MaxOps)
	}
	for i, op := range p.Ops {
		if err := op.validate(i); err != nil {
			return fmt.Errorf("program: op %d (%s): %w", i, op.Kind, err)
		}
	}
	return nil
}

func (op *Op) validate(i int) error {
	spec, ok := opSpecs[op.Kind]
	if !ok {
		return fmt.Errorf("unknown op kind %d", uint32(op.Kind))
	}
	if len(op.Inputs) != spec.inputs {
		return fmt.Errorf("%d inputs, want %d", len(op.Inputs), spec.inputs)
	}
	if len(op.Params) != spec.params {
		return fmt.Errorf("%d params, want %d", len(op.Params), spec.params)
	}
	for j, r := range op.Inputs {
		switch r.Kind {
		case RefInput:
			if r.Name != "" || r.Op != 0 {
				return fmt.Errorf("input %d: job input reference with a name or op index", j)
			}
		case RefTensor:
			if len(r.Name) == 0 || len(r.Name) > MaxNameLen {
				return fmt.Errorf("input %d: tensor name of %d bytes, want 1…%d", j, len(r.Name), MaxNameLen)
			}
			if r.Op != 0 {
				return fmt.Errorf("input %d: tensor reference with an op index", j)
			}
		case RefOp:
			if r.Op < 0 || r.Op >= i {
				return fmt.Errorf("input %d: reference to op %d, want an earlier op", j, r.Op)
			}
			if r.Name != "" {
				return fmt.Errorf("input %d: op reference with a name", j)
			}
		default:
			return fmt.Errorf("input %d: unknown reference kind %d", j, uint32(r.Kind))
		}
	}
	switch op.Kind {
	case OpRequant:
		if _, _, _, _, err := requantParams(op.Params); err != nil {
			return err
		}
	case OpDequant:
		if op.Params[0] < 0 || op.Params[0] > math.MaxUint32 {
			return fmt.Errorf("dequant scale bits %d outside uint32", op.Params[0])
		}
	}
	return nil
}

func requantParams(p []int64) (mult int64, shift int, zero int64, out DType, err error) {
	mult, zero = p[0], p[2]
	if p[1] < 0 || p[1] > MaxShift {
		return 0, 0, 0, 0, fmt.Errorf("requant shift %d outside [0, %d]", p[1], MaxShift)
	}
	if mult < 0 || mult > math.MaxInt32 {
		return 0, 0, 0, 0, fmt.Errorf("requant multiplier %d outside [0, 2^31)", mult)
	}
	if p[3] != int64(I8) && p[3] != int64(I16) {
		return 0, 0, 0, 0, fmt.Errorf("requant output dtype %d, want %d (i8) or %d (i16)", p[3], I8, I16)
	}
	out = DType(p[3])
	lo, hi := int64(math.MinInt8), int64(math.MaxInt8)
	if out == I16 {
		lo, hi = math.MinInt16, math.MaxInt16
	}
	if zero < lo || zero > hi {
		return 0, 0, 0, 0, fmt.Errorf("requant zero point %d outside the %s range", zero, out)
	}
	return mult, int(p[1]), zero, out, nil
}

// RequantOp returns the op that requantises the output of op `from`.
func RequantOp(from int, mult int64, shift int, zero int64, out DType) Op {
	return Op{Kind: OpRequant, Inputs: []Ref{OpRef(from)}, Params: []int64{mult, int64(shift), zero, int64(out)}}
}

// DequantOp returns the op that dequantises the output of op `from`.
func DequantOp(from int, scale float32) Op {
	return Op{Kind: OpDequant, Inputs: []Ref{OpRef(from)}, Params: []int64{int64(math.Float32bits(scale))}}
}

// OpRef refers to the output of op i; TensorRef to a model tensor; InputRef
// to the job input.
func OpRef(i int) Ref { return Ref{Kind: RefOp, Op: i} }

// TensorRef refers to the model tensor name.
func TensorRef(name string) Ref { return Ref{Kind: RefTensor, Name: name} }

// InputRef refers to the job input.
func InputRef() Ref { return Ref{Kind: RefInput} }

// Encode returns the canonical encoding of p (all integers little-endian):
//
//	"RMSP" | version u32 (1) | trace height u32 | op count u32 | ops
//	op:  kind u32 | input count u32 | refs | param count u32 | params i64
//	ref: kind u32, then for a tensor: name length u32 | name bytes,
//	     for an op: index u32, for the job input: nothing
//
// Its merkle.BlobRoot is the program root (see Root).
func (p *Program) Encode() ([]byte, error) {
	if err := p.Validate(); err != nil {
		return nil, err
	}
	b := []byte(programMagic)
	u32 := func(v uint32) { b = binary.LittleEndian.AppendUint32(b, v) }
	u32(ProgramVersion)
	u32(uint32(p.TraceHeight))
	u32(uint32(len(p.Ops)))
	for _, op := range p.Ops {
		u32(uint32(op.Kind))
		u32(uint32(len(op.Inputs)))
		for _, r := range op.Inputs {
			u32(uint32(r.Kind))
			switch r.Kind {
			case RefTensor:
				u32(uint32(len(r.Name)))
				b = append(b, r.Name...)
			case RefOp:
				u32(uint32(r.Op))
			}
		}
		u32(uint32(len(op.Params)))
		for _, v := range op.Params {
			b = binary.LittleEndian.AppendUint64(b, uint64(v))
		}
	}
	return b, nil
}

// Root returns the program root: merkle.BlobRoot of Encode.
func (p *Program) Root() (merkle.Hash, error) {
	b, err := p.Encode()
	if err != nil {
		return merkle.Hash{}, err
	}
	return merkle.BlobRoot(b), nil
}

// DecodeProgram parses a canonical program encoding and validates it. Only
// the exact bytes Encode produces are accepted (no trailing data).
func DecodeProgram(b []byte) (*Program, error) {
	d := decoder{b: b}
	if len(b) < 4 || string(b[:4]) != programMagic {
		return nil, fmt.Errorf("decode program: magic is not %q", programMagic)
	}
	d.off = 4
	if v := d.u32("version"); d.err == nil && v != ProgramVersion {
		return nil, fmt.Errorf("decode program: version %d, want %d", v, ProgramVersion)
	}
	th := d.u32("trace height")
	n := d.u32("op count")
	if d.err != nil {
		return nil, fmt.Errorf("decode program: %w", d.err)
	}
	if th > MaxTraceHeight {
		return nil, fmt.Errorf("decode program: trace height %d above %d", th, MaxTraceHeight)
	}
	// Each op takes at least 12 bytes; this bounds the allocation.
	if n == 0 || n > MaxOps || uint64(n)*12 > uint64(len(b)) {
		return nil, fmt.Errorf("decode program: op count %d impossible for %d bytes", n, len(b))
	}
	p := &Program{TraceHeight: int(th), Ops: make([]Op, n)}
	for i := range p.Ops {
		op := &p.Ops[i]
		op.Kind = OpKind(d.u32("op kind"))
		ni := d.u32("input count")
		if d.err == nil && ni > maxOpInputs {
			return nil, fmt.Errorf("decode program: op %d: %d inputs, above %d", i, ni, maxOpInputs)
		}
		for j := uint32(0); j < ni && d.err == nil; j++ {
			r := Ref{Kind: RefKind(d.u32("ref kind"))}
			switch r.Kind {
			case RefTensor:
				l := d.u32("name length")
				if d.err == nil && l > MaxNameLen {
					return nil, fmt.Errorf("decode program: op %d input %d: name length %d above %d", i, j, l, MaxNameLen)
				}
				r.Name = string(d.bytes(int(l), "name"))
			case RefOp:
				r.Op = int(d.u32("op index"))
			}
			op.Inputs = append(op.Inputs, r)
		}
		np := d.u32("param count")
		if d.err == nil && np > maxOpParams {
			return nil, fmt.Errorf("decode program: op %d: %d params, above %d", i, np, maxOpParams)
		}
		for j := uint32(0); j < np && d.err == nil; j++ {
			op.Params = append(op.Params, int64(d.u64("param")))
		}
		if d.err != nil {
			return nil, fmt.Errorf("decode program: op %d: %w", i, d.err)
		}
	}
	if d.off != len(b) {
		return nil, fmt.Errorf("decode program: %d trailing bytes", len(b)-d.off)
	}
	if err := p.Validate(); err != nil {
		return nil, fmt.Errorf("decode program: %w", err)
	}
	return p, nil
}

// decoder reads little-endian fields and remembers the first error.
type decoder struct {
	b   []byte
	off int
	err error
}

func (d *decoder) bytes(n int, field string) []byte {
	if d.err != nil {
		return nil
	}
	if n < 0 || n > len(d.b)-d.off {
		d.err = fmt.Errorf("%s: %d bytes needed at offset %d, %d left", field, n, d.off, len(d.b)-d.off)
		return nil
	}
	out := d.b[d.off : d.off+n]
	d.off += n
	return out
}

func (d *decoder) u32(field string) uint32 {
	b := d.bytes(4, field)
	if b == nil {
		return 0
	}
	return binary.LittleEndian.Uint32(b)
}

func (d *decoder) u64(field string) uint64 {
	b := d.bytes(8, field)
	if b == nil {
		return 0
	}
	return binary.LittleEndian.Uint64(b)
}

// String returns a one-line-per-op listing of p.
func (p *Program) String() string {
	s := fmt.Sprintf("program (trace height %d, %d ops)\n", p.TraceHeight, len(p.Ops))
	for i, op := range p.Ops {
		params := fmt.Sprint(op.Params)
		switch {
		case op.Kind == OpRequant && len(op.Params) == 4:
			params = fmt.Sprintf("mult=%d shift=%d zero=%d out=%s", op.Params[0], op.Params[1], op.Params[2], DType(op.Params[3]))
		case op.Kind == OpDequant && len(op.Params) == 1:
			params = fmt.Sprintf("scale=%g", math.Float32frombits(uint32(op.Params[0])))
		case len(op.Params) == 0:
			params = ""
		}
		line := fmt.Sprintf("  %d: %s %v", i, op.Kind, op.Inputs)
		if params != "" {
			line += " " + params
		}
		s += line + "\n"
	}
	return s
}

// RunOp computes one op from its inputs, given in the order of op.Inputs. It
// is the pure function that both the native executor and the VM guest run;
// its output bytes are the same on every platform.
func RunOp(op Op, inputs []Tensor) (Tensor, error) { return RunOpWorkers(op, inputs, 1) }

// RunOpWorkers is RunOp with integer kernels allowed to use up to workers
// goroutines. The result does not depend on workers.
func RunOpWorkers(op Op, inputs []Tensor, workers int) (Tensor, error) {
	if err := op.validate(MaxOps); err != nil {
		return Tensor{}, fmt.Errorf("run %s: %w", op.Kind, err)
	}
	if len(inputs) != len(op.Inputs) {
		return Tensor{}, fmt.Errorf("run %s: %d inputs given, op reads %d", op.Kind, len(inputs), len(op.Inputs))
	}
	switch op.Kind {
	case OpMatMul:
		return MatMul(inputs[0], inputs[1], workers)
	case OpAddBias:
		return AddBias(inputs[0], inputs[1])
	case OpReLU:
		return ReLU(inputs[0])
	case OpRequant:
		mult, shift, zero, out, _ := requantParams(op.Params)
		return Requant(inputs[0], mult, shift, zero, out)
	case OpDequant:
		return Dequant(inputs[0], math.Float32frombits(uint32(op.Params[0])))
	case OpSoftmax:
		return Softmax(inputs[0])
	case OpArgmax:
		return Argmax(inputs[0])
	}
	return Tensor{}, fmt.Errorf("run: unknown op kind %d", uint32(op.Kind))
}
