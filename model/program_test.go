package model

import (
	"bytes"
	"context"
	"runtime"
	"strings"
	"testing"

	"github.com/rmsnet/rms/merkle"
)

// tinyModel is a 4-3-2 MLP in the shape of the MNIST program.
func tinyModel() *Model {
	return &Model{
		Program: Program{TraceHeight: 4, Ops: []Op{
			{Kind: OpMatMul, Inputs: []Ref{InputRef(), TensorRef("w1")}},
			{Kind: OpAddBias, Inputs: []Ref{OpRef(0), TensorRef("b1")}},
			{Kind: OpReLU, Inputs: []Ref{OpRef(1)}},
			RequantOp(2, 3, 4, 0, I8),
			{Kind: OpMatMul, Inputs: []Ref{OpRef(3), TensorRef("w2")}},
			{Kind: OpAddBias, Inputs: []Ref{OpRef(4), TensorRef("b2")}},
			DequantOp(5, 0.125),
			{Kind: OpSoftmax, Inputs: []Ref{OpRef(6)}},
			{Kind: OpArgmax, Inputs: []Ref{OpRef(7)}},
		}},
		Tensors: map[string]Tensor{
			"w1": {DType: I8, Shape: []int{3, 4}, I8: []int8{1, -2, 3, 4, 5, 6, -7, 8, 9, 10, 11, -12}},
			"b1": {DType: I32, Shape: []int{3}, I32: []int32{10, -1000, 0}},
			"w2": {DType: I8, Shape: []int{2, 3}, I8: []int8{3, -1, 2, -3, 1, 1}},
			"b2": {DType: I32, Shape: []int{2}, I32: []int32{5, -5}},
		},
	}
}

func TestProgramEncoding(t *testing.T) {
	m := tinyModel()
	b, err := m.Program.Encode()
	if err != nil {
		t.Fatal(err)
	}
	p, err := DecodeProgram(b)
	if err != nil {
		t.Fatal(err)
	}
	b2, err := p.Encode()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b, b2) {
		t.Fatal("decode/encode changed the program bytes")
	}
	r1, _ := m.Program.Root()
	if r1 != merkle.BlobRoot(b) {
		t.Fatal("program root is not the blob root of its encoding")
	}
	for cut := 0; cut < len(b); cut++ {
		if _, err := DecodeProgram(b[:cut]); err == nil {
			t.Fatalf("truncated to %d bytes: no error", cut)
		}
	}
	if _, err := DecodeProgram(append(b, 0)); err == nil || !strings.Contains(err.Error(), "trailing") {
		t.Fatalf("trailing byte: err = %v", err)
	}
}

func TestProgramValidate(t *testing.T) {
	tests := []struct {
		name string
		edit func(p *Program)
		err  string
	}{
		{"forward reference", func(p *Program) { p.Ops[1].Inputs[0] = OpRef(1) }, "earlier op"},
		{"unknown kind", func(p *Program) { p.Ops[2].Kind = 99 }, "unknown op kind"},
		{"too many inputs", func(p *Program) { p.Ops[2].Inputs = append(p.Ops[2].Inputs, InputRef()) }, "2 inputs, want 1"},
		{"empty tensor name", func(p *Program) { p.Ops[0].Inputs[1] = TensorRef("") }, "tensor name"},
		{"requant shift", func(p *Program) { p.Ops[3].Params[1] = 63 }, "shift"},
		{"requant dtype", func(p *Program) { p.Ops[3].Params[3] = int64(F32) }, "output dtype"},
		{"dequant bits", func(p *Program) { p.Ops[6].Params[0] = -1 }, "scale bits"},
		{"capacity", func(p *Program) { p.TraceHeight = 3 }, "capacity"},
		{"trace height", func(p *Program) { p.TraceHeight = 33 }, "trace height"},
		{"no ops", func(p *Program) { p.Ops = nil }, "no ops"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m := tinyModel()
			tc.edit(&m.Program)
			err := m.Program.Validate()
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Fatalf("err = %v, want %q", err, tc.err)
			}
			if _, err := m.Program.Encode(); err == nil {
				t.Fatal("encode of an invalid program: no error")
			}
		})
	}
	m := tinyModel()
	delete(m.Tensors, "w2")
	if err := m.Check(); err == nil || !strings.Contains(err.Error(), `"w2"`) {
		t.Fatalf("missing tensor: err = %v", err)
	}
}

func TestRunTrace(t *testing.T) {
	m := tinyModel()
	in := Tensor{DType: I16, Shape: []int{2, 4}, I16: []int16{1, 2, 3, 4, 255, 0, 17, -3}}
	res, err := m.Run(context.Background(), in, WithOutputs())
	if err != nil {
		t.Fatal(err)
	}
	if res.N != 9 || res.C != 9 || len(res.OpRoots) != 9 || len(res.Acc) != 9 {
		t.Fatalf("N=%d C=%d roots %d acc %d", res.N, res.C, len(res.OpRoots), len(res.Acc))
	}
	// Recompute the trace by hand: each op through RunOp, A_i by a fresh
	// accumulator, the trace root by ListRoot.
	acc, _ := merkle.NewAccumulator(4)
	var outs []Tensor
	for i, op := range m.Program.Ops {
		ins, err := m.OpInputs(i, in, outs)
		if err != nil {
			t.Fatal(err)
		}
		out, err := RunOp(op, ins)
		if err != nil {
			t.Fatal(err)
		}
		if !out.Equal(res.Outputs[i]) {
			t.Fatalf("op %d output differs", i)
		}
		r, _ := out.Root()
		if r != res.OpRoots[i] {
			t.Fatalf("op %d root differs", i)
		}
		a, _ := acc.Append(r)
		if a != res.Acc[i] {
			t.Fatalf("A_%d differs", i+1)
		}
		outs = append(outs, out)
	}
	full := append([]merkle.Hash(nil), res.Acc...)
	for len(full) < 16 {
		full = append(full, res.Acc[len(res.Acc)-1]) // past the last op the trace stays A_N
	}
	tr, _ := merkle.ListRoot(full, 4)
	if tr != res.TraceRoot || res.OutputRoot != res.OpRoots[8] {
		t.Fatal("trace root or output root wrong")
	}
	// Hand-computed first layer of row 0: w1·x + b1 = (1-4+9+16+10, 5+12-21+32-1000, 9+20+33-48) = (32, -972, 14).
	h := res.Outputs[1].I32
	if h[0] != 32 || h[1] != -972 || h[2] != 14 {
		t.Fatalf("layer 1 row 0 = %v", h[:3])
	}
	if got := res.Output; len(got.Shape) != 1 || got.Shape[0] != 2 {
		t.Fatalf("output shape %v", got.Shape)
	}
	// A bad input names the op that failed.
	if _, err := m.Run(context.Background(), Tensor{DType: I16, Shape: []int{5}, I16: make([]int16, 5)}); err == nil || !strings.Contains(err.Error(), "op 0") {
		t.Fatalf("bad input: err = %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := m.Run(ctx, in); err == nil {
		t.Fatal("cancelled context: no error")
	}
}

// TestRunGOMAXPROCS runs the same job with GOMAXPROCS 1 and 2 and any worker
// count and wants identical traces.
func TestRunGOMAXPROCS(t *testing.T) {
	m := tinyModel()
	// Widen the first layer so that the matmul really splits (the
	// check below keeps it so).
	const k, n = 512, 96
	w1 := Tensor{DType: I8, Shape: []int{n, k}, I8: make([]int8, n*k)}
	for i := range w1.I8 {
		w1.I8[i] = int8(i*7919 + i>>3)
	}
	m.Tensors["w1"] = w1
	m.Tensors["b1"] = Tensor{DType: I32, Shape: []int{n}, I32: make([]int32, n)}
	w2 := Tensor{DType: I8, Shape: []int{2, n}, I8: make([]int8, 2*n)}
	for i := range w2.I8 {
		w2.I8[i] = int8(i*31 - 50)
	}
	m.Tensors["w2"] = w2
	const rows = 8
	if rows*n*k < parallelMinWork {
		t.Fatal("the first matmul is too small to be split across workers")
	}
	in := Tensor{DType: I16, Shape: []int{rows, k}, I16: make([]int16, rows*k)}
	for i := range in.I16 {
		in.I16[i] = int16(i % 256)
	}
	prev := runtime.GOMAXPROCS(0)
	defer runtime.GOMAXPROCS(prev)
	var roots []merkle.Hash
	for _, procs := range []int{1, 2} {
		runtime.GOMAXPROCS(procs)
		for _, opt := range [][]RunOption{nil, {WithWorkers(1)}, {WithWorkers(5)}} {
			res, err := m.Run(context.Background(), in, opt...)
			if err != nil {
				t.Fatal(err)
			}
			roots = append(roots, res.TraceRoot)
		}
	}
	for i, r := range roots {
		if r != roots[0] {
			t.Fatalf("run %d: trace root %s, run 0: %s", i, r, roots[0])
		}
	}
}

func TestIndex(t *testing.T) {
	m := tinyModel()
	idx, err := m.Index()
	if err != nil {
		t.Fatal(err)
	}
	if len(idx) != 4 || idx[0].Name != "b1" || idx[3].Name != "w2" {
		t.Fatalf("index %v", idx)
	}
	b, err := EncodeIndex(idx)
	if err != nil {
		t.Fatal(err)
	}
	back, err := DecodeIndex(b)
	if err != nil {
		t.Fatal(err)
	}
	for i := range idx {
		if back[i] != idx[i] {
			t.Fatalf("entry %d changed", i)
		}
	}
	root, _ := m.Root()
	if root != merkle.BlobRoot(b) {
		t.Fatal("model root is not the blob root of the index")
	}
	if _, err := EncodeIndex([]IndexEntry{idx[1], idx[0]}); err == nil {
		t.Fatal("unsorted index: no error")
	}
	if _, err := DecodeIndex(b[:len(b)-1]); err == nil {
		t.Fatal("truncated index: no error")
	}
}

func FuzzDecodeProgram(f *testing.F) {
	b, _ := tinyModel().Program.Encode()
	f.Add(b)
	f.Add([]byte("RMSP"))
	f.Fuzz(func(t *testing.T, b []byte) {
		p, err := DecodeProgram(b)
		if err != nil {
			return
		}
		again, err := p.Encode()
		if err != nil || !bytes.Equal(again, b) {
			t.Fatalf("accepted non-canonical bytes (err %v)", err)
		}
	})
}

func FuzzDecodeTensor(f *testing.F) {
	for _, tt := range []Tensor{
		{DType: I8, Shape: []int{2}, I8: []int8{1, -1}},
		{DType: F32, Shape: []int{1, 1}, F32: []float32{3}},
	} {
		b, _ := tt.Encode()
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		tt, err := DecodeTensor(b)
		if err != nil {
			return
		}
		again, err := tt.Encode()
		if err != nil || !bytes.Equal(again, b) {
			t.Fatalf("accepted non-canonical bytes (err %v)", err)
		}
	})
}

func FuzzDecodeIndex(f *testing.F) {
	idx, _ := tinyModel().Index()
	b, _ := EncodeIndex(idx)
	f.Add(b)
	f.Fuzz(func(t *testing.T, b []byte) {
		e, err := DecodeIndex(b)
		if err != nil {
			return
		}
		again, err := EncodeIndex(e)
		if err != nil || !bytes.Equal(again, b) {
			t.Fatalf("accepted non-canonical bytes (err %v)", err)
		}
	})
}
