package llama

import (
	"fmt"
	"math"
)

// OpRef names one op of a generation's trace: its position, layer (−1
// outside the blocks) and kind; Draw is the index of the generated token a
// sample op draws, or that an embed op past the prompt reads (−1 otherwise);
// Part is the range of the kind's output values the op computes (the whole
// output unless the product is split, Model.Parts).
type OpRef struct {
	Pos, Layer int
	Kind       OpKind
	Draw       int
	Part       Part
}

type opKey struct {
	pos, layer int
	kind       OpKind
}

// opSpan is the first op index of a kind at a position and layer, and its
// number of parts.
type opSpan struct{ first, n int }

// Schedule is the op list of a generation: a deterministic function of the
// model's shape and split bound, the prompt length and the max tokens (the
// program template of DESIGN §5), the same order as Run's trace.
type Schedule struct {
	Ops     []OpRef
	Prompt  int
	layers  int
	heads   int // query heads, KV heads and head size (attention's k/v range)
	kvHeads int
	headDim int
	index   map[opKey]opSpan
	samples []int // op index of each draw's sample op
	err     error // the job is past the allowed context (CheckContext)
}

// Schedule returns the op list of a job with prompt tokens and max new
// tokens; len(Ops) == TraceLength(prompt, maxTokens). A job past the
// allowed context still has its list, but Err says why it may not run and
// ExecOp refuses its ops.
func (m *Model) Schedule(prompt, maxTokens int) *Schedule {
	c := m.Config
	s := &Schedule{Prompt: prompt, layers: c.Layers, heads: c.Heads, kvHeads: c.KVHeads, headDim: c.HeadDim, index: map[opKey]opSpan{}}
	s.err = m.CheckContext(prompt, maxTokens)
	add := func(pos, layer int, k OpKind, draw int, parts []Part) {
		s.index[opKey{pos, layer, k}] = opSpan{len(s.Ops), len(parts)}
		if k == OpSample {
			s.samples = append(s.samples, len(s.Ops))
		}
		for _, p := range parts {
			s.Ops = append(s.Ops, OpRef{Pos: pos, Layer: layer, Kind: k, Draw: draw, Part: p})
		}
	}
	position := func(pos, draw int, out bool) {
		add(pos, -1, OpEmbed, draw, m.Parts(OpEmbed, pos))
		var parts [OpSample + 1][]Part
		for k := OpAttnNorm; k <= OpFFNDown; k++ {
			parts[k] = m.Parts(k, pos)
		}
		for l := 0; l < m.Config.Layers; l++ {
			for k := OpAttnNorm; k <= OpFFNDown; k++ {
				add(pos, l, k, -1, parts[k])
			}
		}
		if out {
			add(pos, -1, OpOutNorm, -1, m.Parts(OpOutNorm, pos))
			add(pos, -1, OpLogits, -1, m.Parts(OpLogits, pos))
			add(pos, -1, OpSample, len(s.samples), m.Parts(OpSample, pos))
		}
	}
	for p := 0; p < prompt; p++ {
		position(p, -1, p == prompt-1 && maxTokens > 0)
	}
	for g := 1; g < maxTokens; g++ {
		position(prompt-1+g, g-1, true)
	}
	return s
}

// Err returns why the job of s may not run (CheckContext), or nil.
func (s *Schedule) Err() error { return s.err }

// Index returns the index of the op (pos, layer, kind) (its first part),
// or −1.
func (s *Schedule) Index(pos, layer int, k OpKind) int {
	if sp, ok := s.index[opKey{pos, layer, k}]; ok {
		return sp.first
	}
	return -1
}

// all returns the indices of every part of the op (pos, layer, kind).
func (s *Schedule) all(pos, layer int, k OpKind) []int {
	sp, ok := s.index[opKey{pos, layer, k}]
	if !ok {
		return []int{-1}
	}
	out := make([]int, sp.n)
	for i := range out {
		out[i] = sp.first + i
	}
	return out
}

// Inputs returns the indices of the earlier ops whose outputs op i reads,
// in the order ExecOp uses them: embed past the prompt reads the sample op
// of the token it embeds (which holds every token drawn so far); a sample
// op reads the logits and the sample op before it; attention reads its q
// and the k and v of every position up to its own. A split op's output is
// read as all its parts in order.
func (s *Schedule) Inputs(i int) []int {
	var out []int
	for _, g := range s.groups(i) {
		out = append(out, g...)
	}
	return out
}

// kvRange returns the k and v values [lo, hi) that the heads of attention
// op reads (the KV heads of its query heads).
func (s *Schedule) kvRange(op OpRef) (lo, hi int) {
	hd, g := s.headDim, s.heads/s.kvHeads
	return op.Part.Lo / hd / g * hd, ((op.Part.Hi/hd-1)/g + 1) * hd
}

// overlapping returns the parts of op (pos, layer, kind) whose values
// overlap [lo, hi), in order.
func (s *Schedule) overlapping(pos, layer int, k OpKind, lo, hi int) []int {
	var out []int
	for _, j := range s.all(pos, layer, k) {
		if j < 0 {
			return []int{-1}
		}
		if p := s.Ops[j].Part; p.Lo < hi && p.Hi > lo {
			out = append(out, j)
		}
	}
	return out
}

// groups returns Inputs(i) grouped by the vector each part belongs to.
func (s *Schedule) groups(i int) [][]int {
	op := s.Ops[i]
	p, l := op.Pos, op.Layer
	resid := func() []int { // the residual stream entering layer l
		if l == 0 {
			return s.all(p, -1, OpEmbed)
		}
		return s.all(p, l-1, OpFFNDown)
	}
	switch op.Kind {
	case OpEmbed:
		if op.Draw >= 0 {
			return [][]int{{s.samples[op.Draw]}}
		}
		return nil
	case OpAttnNorm:
		return [][]int{resid()}
	case OpQ, OpK, OpV:
		return [][]int{s.all(p, l, OpAttnNorm)}
	case OpAttn:
		in := [][]int{s.all(p, l, OpQ)}
		lo, hi := s.kvRange(op)
		for t := 0; t <= p; t++ {
			in = append(in, s.overlapping(t, l, OpK, lo, hi), s.overlapping(t, l, OpV, lo, hi))
		}
		return in
	case OpAttnOut:
		return [][]int{resid(), s.all(p, l, OpAttn)}
	case OpFFNNorm:
		return [][]int{s.all(p, l, OpAttnOut)}
	case OpFFNGateUp:
		return [][]int{s.all(p, l, OpFFNNorm)}
	case OpFFNDown:
		return [][]int{s.all(p, l, OpAttnOut), s.all(p, l, OpFFNGateUp)}
	case OpOutNorm:
		return [][]int{s.all(p, s.layers-1, OpFFNDown)}
	case OpLogits:
		return [][]int{s.all(p, -1, OpOutNorm)}
	case OpSample:
		if op.Draw > 0 {
			return [][]int{s.all(p, -1, OpLogits), {s.samples[op.Draw-1]}}
		}
		return [][]int{s.all(p, -1, OpLogits)}
	}
	return nil
}

// ExecOp computes op i of job j's schedule alone from the outputs of the
// ops it reads (ins, in the order of Inputs; a sample output is the tokens
// drawn so far as float32s; nil for an op that was a no-op) and the model's weights,
// with the same kernels as Run. It returns noop when the text ended before
// op i (an embed whose draws include eos, or any op reading a no-op): the
// trace then keeps its accumulator.
func (m *Model) ExecOp(j Job, s *Schedule, i int, ins [][]float32, eos int) (out []float32, noop bool, err error) {
	if i < 0 || i >= len(s.Ops) {
		return nil, false, fmt.Errorf("llama: op %d outside the trace of %d", i, len(s.Ops))
	}
	if s.err != nil {
		return nil, false, fmt.Errorf("llama: op %d: %w", i, s.err)
	}
	want := s.Inputs(i)
	if len(ins) != len(want) {
		return nil, false, fmt.Errorf("llama: op %d reads %d outputs, got %d", i, len(want), len(ins))
	}
	op := s.Ops[i]
	c := m.Config
	// After the end of text every op is a no-op: an embed past the prompt
	// whose draws include eos, and every op that reads a no-op (nil).
	for _, in := range ins {
		if in == nil {
			return nil, true, nil
		}
	}
	// The parts of a split op's output are read as one vector.
	if gs := s.groups(i); len(gs) != len(ins) {
		var joined [][]float32
		k := 0
		for _, g := range gs {
			if len(g) == 1 {
				joined = append(joined, ins[k])
			} else {
				var v []float32
				for _, in := range ins[k : k+len(g)] {
					v = append(v, in...)
				}
				joined = append(joined, v)
			}
			k += len(g)
		}
		ins = joined
	}
	lo, hi := op.Part.Lo, op.Part.Hi
	if _, _, _, n := m.opCost(op.Kind, op.Pos); lo < 0 || lo >= hi || hi > n {
		return nil, false, fmt.Errorf("llama: op %d: part [%d, %d) of an output of %d values", i, lo, hi, n)
	}
	if err := m.ensure(m.OpTensors(op)); err != nil { // only this op's weights (WithTensorData)
		return nil, false, fmt.Errorf("llama: op %d: %w", i, err)
	}
	vec := func(k, n int) ([]float32, error) {
		if len(ins[k]) != n {
			return nil, fmt.Errorf("llama: op %d input %d has %d values, want %d", i, k, len(ins[k]), n)
		}
		return ins[k], nil
	}
	var xq QVec
	w := m.workers
	switch op.Kind {
	case OpEmbed:
		tok := 0
		if op.Draw < 0 {
			if op.Pos >= len(j.Prompt) {
				return nil, false, fmt.Errorf("llama: op %d embeds position %d of a %d-token prompt", i, op.Pos, len(j.Prompt))
			}
			tok = j.Prompt[op.Pos]
		} else {
			// The sample op of this draw holds every token drawn so far;
			// an earlier EOS would have made it a no-op.
			v, err := vec(0, op.Draw+1)
			if err != nil {
				return nil, false, err
			}
			if tok = int(v[op.Draw]); tok == eos {
				return nil, true, nil
			}
		}
		out = make([]float32, c.Dim)
		if err := m.Embed(tok, out); err != nil {
			return nil, false, fmt.Errorf("llama: op %d: %w", i, err)
		}
		return out, false, nil
	case OpSample:
		v, err := vec(0, c.Vocab)
		if err != nil {
			return nil, false, err
		}
		if op.Draw > 0 {
			prev, err := vec(1, op.Draw)
			if err != nil {
				return nil, false, err
			}
			out = append(out, prev...)
		}
		sm := Sampler{Temperature: j.Temperature, TopP: j.TopP, Seed: j.Seed}
		return append(out, float32(sm.Sample(v, op.Draw))), false, nil
	}
	var l *Layer
	if op.Layer >= 0 {
		if op.Layer >= len(m.Layers) {
			return nil, false, fmt.Errorf("llama: op %d: layer %d of %d", i, op.Layer, len(m.Layers))
		}
		l = &m.Layers[op.Layer]
	}
	switch op.Kind {
	case OpAttnNorm, OpFFNNorm, OpOutNorm:
		x, err := vec(0, c.Dim)
		if err != nil {
			return nil, false, err
		}
		wt := m.OutNorm
		if op.Kind == OpAttnNorm {
			wt = l.AttnNorm
		} else if op.Kind == OpFFNNorm {
			wt = l.FFNNorm
		}
		out = make([]float32, c.Dim)
		RMSNorm(out, x, wt, c.Eps)
	case OpQ, OpK, OpV:
		x, err := vec(0, c.Dim)
		if err != nil {
			return nil, false, err
		}
		mat := map[OpKind]*Matrix{OpQ: l.Q, OpK: l.K, OpV: l.V}[op.Kind]
		xq.Quantize(x)
		out = make([]float32, hi-lo)
		mat.MulRows(out, &xq, lo, hi, w)
		if op.Kind != OpV {
			m.rope(out, op.Pos, lo) // parts of q and k are whole RoPE pairs
		}
	case OpAttn:
		q, err := vec(0, c.Heads*c.HeadDim)
		if err != nil {
			return nil, false, err
		}
		// The k and v parts read hold the whole KV heads [kh0, kh1): run
		// attention as a model of those heads and their query heads only
		// (the same arithmetic per head).
		var kvLo, kvHi int
		klo, khi := s.kvRange(op)
		if ks := s.overlapping(op.Pos, op.Layer, OpK, klo, khi); len(ks) > 0 && ks[0] >= 0 {
			kvLo, kvHi = s.Ops[ks[0]].Part.Lo, s.Ops[ks[len(ks)-1]].Part.Hi
		}
		hd, g := c.HeadDim, c.Heads/c.KVHeads
		kh0, kh1 := kvLo/hd, kvHi/hd
		if kvLo%hd != 0 || kvHi%hd != 0 || kh0 >= kh1 || lo < kh0*g*hd || hi > kh1*g*hd {
			return nil, false, fmt.Errorf("llama: op %d: k/v parts [%d, %d) do not hold the KV heads of heads [%d, %d)", i, kvLo, kvHi, lo/hd, hi/hd)
		}
		sub := *m
		sub.Config.KVHeads, sub.Config.Heads = kh1-kh0, (kh1-kh0)*g
		n, sd := op.Pos+1, kvHi-kvLo
		keys, vals := make([]float32, 0, n*sd), make([]float32, 0, n*sd)
		for t := 0; t < n; t++ {
			kt, err := vec(1+2*t, sd)
			if err != nil {
				return nil, false, err
			}
			vt, err := vec(2+2*t, sd)
			if err != nil {
				return nil, false, err
			}
			keys, vals = append(keys, kt...), append(vals, vt...)
		}
		out = make([]float32, hi-lo)
		q0 := kh0 * g * hd
		sub.attention(out, q[q0:kh1*g*hd], keys, vals, make([]float32, sub.Config.Heads*n), (lo-q0)/hd, (hi-q0)/hd)
	case OpAttnOut, OpFFNDown:
		x, err := vec(0, c.Dim)
		if err != nil {
			return nil, false, err
		}
		mat, n := l.O, c.Heads*c.HeadDim
		if op.Kind == OpFFNDown {
			mat, n = l.Down, c.FFN
		}
		a, err := vec(1, n)
		if err != nil {
			return nil, false, err
		}
		xq.Quantize(a)
		out = make([]float32, hi-lo)
		mat.MulRows(out, &xq, lo, hi, w)
		y := out
		out = append([]float32(nil), x[lo:hi]...)
		Add(out, y)
	case OpFFNGateUp:
		x, err := vec(0, c.Dim)
		if err != nil {
			return nil, false, err
		}
		xq.Quantize(x)
		g, u := make([]float32, hi-lo), make([]float32, hi-lo)
		l.Gate.MulRows(g, &xq, lo, hi, w)
		l.Up.MulRows(u, &xq, lo, hi, w)
		SwiGLU(g, g, u)
		out = g
	case OpLogits:
		x, err := vec(0, c.Dim)
		if err != nil {
			return nil, false, err
		}
		xq.Quantize(x)
		out = make([]float32, hi-lo)
		m.Output.MulRows(out, &xq, lo, hi, w)
	default:
		return nil, false, fmt.Errorf("llama: op %d: unknown kind %d", i, op.Kind)
	}
	for _, v := range out {
		if v != v && math.Float32bits(v) != math.Float32bits(canonicalNaN) {
			return nil, false, fmt.Errorf("llama: op %d: non-canonical NaN", i)
		}
	}
	return out, false, nil
}
