package llama

import (
	"context"
	"fmt"
	"math"

	"github.com/rmsnet/rms/model"
)

// OpKind names one op of a token's forward pass; the op trace of a
// generation lists these in the order Step runs them (see Ops).
type OpKind uint8

// The ops of one position, in order: OpEmbed, then per layer OpAttnNorm …
// OpFFNDown, then OpOutNorm and OpLogits; OpSample where a token is drawn.
const (
	OpEmbed     OpKind = iota + 1 // x = token_embd[token]
	OpAttnNorm                    // xb = RMSNorm(x)·attn_norm
	OpQ                           // q = RoPE(Wq·xb)
	OpK                           // k = RoPE(Wk·xb), appended to the K cache
	OpV                           // v = Wv·xb, appended to the V cache
	OpAttn                        // softmax(q·Kᵀ/√d)·V per head, over positions 0…pos
	OpAttnOut                     // x = x + Wo·attn
	OpFFNNorm                     // xb = RMSNorm(x)·ffn_norm
	OpFFNGateUp                   // h = SiLU(Wg·xb) ⊙ (Wu·xb)
	OpFFNDown                     // x = x + Wd·h
	OpOutNorm                     // xb = RMSNorm(x)·output_norm
	OpLogits                      // logits = Wout·xb
	OpSample                      // the next token
)

var opNames = [...]string{"", "embed", "attn_norm", "q", "k", "v", "attn", "attn_out", "ffn_norm", "ffn_gate_up", "ffn_down", "out_norm", "logits", "sample"}

func (k OpKind) String() string {
	if int(k) < len(opNames) && k != 0 {
		return opNames[k]
	}
	return fmt.Sprintf("op(%d)", uint8(k))
}

// Tracer receives every op's output as Step computes it: the position, the
// layer (−1 outside the blocks), the op and its output (valid only during
// the call).
type Tracer func(pos, layer int, op OpKind, out []float32)

// State is one sequence being decoded: its KV cache and scratch buffers.
type State struct {
	m      *Model
	maxCtx int
	pos    int
	k, v   [][]float32 // per layer, maxCtx·KVHeads·HeadDim
	bufs   []posBuf    // per position of a batch
	scores []float32   // Heads·maxCtx
	logits []float32
	trace  Tracer
	xs     []*QVec // scratch of the batched products
	ys     [][]float32
	yss    [3][][]float32 // outputs of the products of one MulSet
	mats   [3]*Matrix
}

// posBuf is the scratch of one position of a batch, with the op outputs
// it traced (held until the whole batch has run, then passed to the
// Tracer in position order).
type posBuf struct {
	x, xb, q, att, g, u []float32
	cos, sin            []float32 // the RoPE angles of the position (ropeAngles)
	xq                  QVec
	held                []heldOp
}

type heldOp struct {
	layer int
	op    OpKind
	out   []float32
}

// MaxBatch is the number of positions StepBatch runs per pass over the
// weights; longer batches are run in slices of MaxBatch.
const MaxBatch = 16

// NewState returns an empty sequence of at most maxCtx positions (at most
// the model's context length).
func (m *Model) NewState(maxCtx int, trace Tracer) (*State, error) {
	c := m.Config
	if maxCtx <= 0 || maxCtx > c.Context {
		return nil, fmt.Errorf("llama: context of %d positions, want 1…%d", maxCtx, c.Context)
	}
	if err := m.ensureAll(); err != nil { // a model loaded WithTensorData
		return nil, err
	}
	kvd := c.KVHeads * c.HeadDim
	s := &State{m: m, maxCtx: maxCtx, trace: trace,
		k: make([][]float32, c.Layers), v: make([][]float32, c.Layers),
		scores: make([]float32, c.Heads*maxCtx), logits: make([]float32, c.Vocab)}
	for l := range s.k {
		s.k[l] = make([]float32, maxCtx*kvd)
		s.v[l] = make([]float32, maxCtx*kvd)
	}
	s.grow(1)
	return s, nil
}

// grow makes sure the state has scratch for n positions.
func (s *State) grow(n int) {
	c := s.m.Config
	for len(s.bufs) < n {
		s.bufs = append(s.bufs, posBuf{x: make([]float32, c.Dim), xb: make([]float32, c.Dim),
			q: make([]float32, c.Heads*c.HeadDim), att: make([]float32, c.Heads*c.HeadDim),
			g: make([]float32, c.FFN), u: make([]float32, c.FFN),
			cos: make([]float32, c.RopeDims/2), sin: make([]float32, c.RopeDims/2)})
	}
}

// Pos returns the number of positions decoded so far.
func (s *State) Pos() int { return s.pos }

// emit traces op's output at position pos, as one call per part when the
// op is split; in a batch of several positions it is held in b until
// flush.
func (s *State) emit(b *posBuf, batch bool, pos, layer int, op OpKind, out []float32) {
	if s.trace == nil {
		return
	}
	if batch {
		b.held = append(b.held, heldOp{layer, op, append([]float32(nil), out...)})
		return
	}
	for _, p := range s.m.Parts(op, pos) {
		s.trace(pos, layer, op, out[p.Lo:p.Hi])
	}
}

// flush passes the outputs the batch held to the Tracer, position by
// position, in the order Step would have traced them.
func (s *State) flush(pos0 int, bufs []posBuf) {
	for t := range bufs {
		b := &bufs[t]
		for _, h := range b.held {
			for _, p := range s.m.Parts(h.op, pos0+t) {
				s.trace(pos0+t, h.layer, h.op, h.out[p.Lo:p.Hi])
			}
		}
		b.held = b.held[:0]
	}
}

// Step runs token tok at the next position and returns the logits (valid
// until the next Step) when logits is set; without it the output ops are
// skipped (prompt positions before the last).
func (s *State) Step(ctx context.Context, tok int, logits bool) ([]float32, error) {
	return s.StepBatch(ctx, []int{tok}, logits)
}

// StepBatch runs the tokens toks at the next len(toks) positions, the
// positions of at most MaxBatch at a time going through the layers
// together: each weight matrix is multiplied by all their activations in
// one pass (MulVecs), and attention of each position reads the keys and
// values of the positions before it, batch included. Values, tokens and the
// trace (held per batch, then passed on in position order) are exactly
// those of Step on each token in turn. With logits set the output ops run
// for the last position and its logits are returned.
func (s *State) StepBatch(ctx context.Context, toks []int, logits bool) ([]float32, error) {
	for len(toks) > MaxBatch {
		if _, err := s.batch(ctx, toks[:MaxBatch], false); err != nil {
			return nil, err
		}
		toks = toks[MaxBatch:]
	}
	if len(toks) == 0 {
		return nil, fmt.Errorf("llama: no tokens to run")
	}
	return s.batch(ctx, toks, logits)
}

// mul sets out(t) = mat·xq of buffer t for every buffer, in one pass over
// mat's rows.
func (s *State) mul(mat *Matrix, bufs []posBuf, out func(t int) []float32) {
	s.xs, s.ys = s.xs[:0], s.ys[:0]
	for t := range bufs {
		s.xs = append(s.xs, &bufs[t].xq)
		s.ys = append(s.ys, out(t))
	}
	mat.MulVecs(s.ys, s.xs, s.m.workers)
}

// mulSet is mul of every matrix of mats (at most len(s.yss)) with its own
// outputs outs[i], in one hand-off to the workers (MulSet).
func (s *State) mulSet(bufs []posBuf, mats []*Matrix, outs ...func(t int) []float32) {
	s.xs = s.xs[:0]
	for t := range bufs {
		s.xs = append(s.xs, &bufs[t].xq)
	}
	yss := s.yss[:len(mats)]
	for i, out := range outs {
		yss[i] = yss[i][:0]
		for t := range bufs {
			yss[i] = append(yss[i], out(t))
		}
	}
	MulSet(yss, mats, s.xs, s.m.workers)
}

func (s *State) batch(ctx context.Context, toks []int, logits bool) ([]float32, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if s.pos+len(toks) > s.maxCtx {
		return nil, fmt.Errorf("llama: context of %d positions is full", s.maxCtx)
	}
	m, c, w := s.m, s.m.Config, s.m.workers
	s.grow(len(toks))
	bufs := s.bufs[:len(toks)]
	held := len(toks) > 1
	pos0 := s.pos
	for t, tok := range toks {
		if err := m.Embed(tok, bufs[t].x); err != nil {
			return nil, fmt.Errorf("llama: %w", err)
		}
		s.emit(&bufs[t], held, pos0+t, -1, OpEmbed, bufs[t].x)
		bufs[t].cos, bufs[t].sin = m.ropeAngles(bufs[t].cos, bufs[t].sin, pos0+t)
	}
	kvd := c.KVHeads * c.HeadDim
	for li := range m.Layers {
		l := &m.Layers[li]
		for t := range bufs {
			b := &bufs[t]
			RMSNorm(b.xb, b.x, l.AttnNorm, c.Eps)
			s.emit(b, held, pos0+t, li, OpAttnNorm, b.xb)
			b.xq.Quantize(b.xb)
		}
		qts := func(t int) []float32 { return bufs[t].q }
		kts := func(t int) []float32 { return s.k[li][(pos0+t)*kvd : (pos0+t+1)*kvd] }
		vts := func(t int) []float32 { return s.v[li][(pos0+t)*kvd : (pos0+t+1)*kvd] }
		s.mats = [3]*Matrix{l.Q, l.K, l.V}
		s.mulSet(bufs, s.mats[:], qts, kts, vts)
		for t := range bufs {
			b, p := &bufs[t], pos0+t
			m.ropeApply(b.q, 0, b.cos, b.sin)
			s.emit(b, held, p, li, OpQ, b.q)
			kt := kts(t)
			m.ropeApply(kt, 0, b.cos, b.sin)
			s.emit(b, held, p, li, OpK, kt)
			s.emit(b, held, p, li, OpV, vts(t))
		}
		for t := range bufs {
			b, p := &bufs[t], pos0+t
			m.Attention(b.att, b.q, s.k[li][:(p+1)*kvd], s.v[li][:(p+1)*kvd], s.scores)
			s.emit(b, held, p, li, OpAttn, b.att)
			b.xq.Quantize(b.att)
		}
		s.mul(l.O, bufs, func(t int) []float32 { return bufs[t].xb })
		for t := range bufs {
			b := &bufs[t]
			Add(b.x, b.xb)
			s.emit(b, held, pos0+t, li, OpAttnOut, b.x)
			RMSNorm(b.xb, b.x, l.FFNNorm, c.Eps)
			s.emit(b, held, pos0+t, li, OpFFNNorm, b.xb)
			b.xq.Quantize(b.xb)
		}
		s.mats = [3]*Matrix{l.Gate, l.Up}
		s.mulSet(bufs, s.mats[:2], func(t int) []float32 { return bufs[t].g }, func(t int) []float32 { return bufs[t].u })
		for t := range bufs {
			b := &bufs[t]
			SwiGLU(b.g, b.g, b.u)
			s.emit(b, held, pos0+t, li, OpFFNGateUp, b.g)
			b.xq.Quantize(b.g)
		}
		s.mul(l.Down, bufs, func(t int) []float32 { return bufs[t].xb })
		for t := range bufs {
			b := &bufs[t]
			Add(b.x, b.xb)
			s.emit(b, held, pos0+t, li, OpFFNDown, b.x)
		}
	}
	s.pos += len(toks)
	if !logits {
		s.flush(pos0, bufs)
		return nil, nil
	}
	last := &bufs[len(bufs)-1]
	p := s.pos - 1
	RMSNorm(last.xb, last.x, m.OutNorm, c.Eps)
	s.emit(last, held, p, -1, OpOutNorm, last.xb)
	last.xq.Quantize(last.xb)
	m.Output.MulVec(s.logits, &last.xq, w)
	s.emit(last, held, p, -1, OpLogits, s.logits)
	s.flush(pos0, bufs)
	return s.logits, nil
}

// RMSNorm sets y = x/√(mean(x²)+eps)·w: the squares rounded to float32 and
// summed left to right in float64, the mean and the scale in float32, then
// one rounded product per factor (llama.cpp's rms_norm followed by mul).
func RMSNorm(y, x, w []float32, eps float32) {
	var sum float64
	for _, v := range x {
		sum += float64(float32(v * v))
	}
	mean := float32(sum / float64(len(x)))
	scale := 1 / float32(math.Sqrt(float64(mean+eps)))
	for i, v := range x {
		y[i] = canon(float32(float32(v*scale) * w[i]))
	}
}

// Add sets x += y element-wise.
func Add(x, y []float32) {
	for i := range x {
		x[i] = canon(x[i] + y[i])
	}
}

// SiLU returns x/(1+e^−x) with the project's Exp.
func SiLU(x float32) float32 { return x / (1 + model.Exp(-x)) }

// SwiGLU sets h = SiLU(g)·u element-wise, made canonical: eight values at
// a time by the vector kernel where there is one (the same operations per
// lane, so the same bits), the rest here.
func SwiGLU(h, g, u []float32) {
	for i := swigluVec(h, g, u); i < len(h); i++ {
		h[i] = canon(float32(SiLU(g[i]) * u[i]))
	}
}

// expShift sets x[i] = model.Exp(x[i]−sub): eight values at a time by the
// vector kernel where there is one, the rest here.
func expShift(x []float32, sub float32) {
	for i := expShiftVec(x, sub); i < len(x); i++ {
		x[i] = model.Exp(x[i] - sub)
	}
}

// Rope rotates the first RopeDims values of each head of x (len a multiple
// of HeadDim) by position pos, adjacent pairs (llama.cpp's normal mode):
// pair i turns by pos·θ^i with θ = base^(−2/RopeDims), the angle built by
// repeated float32 multiplication as ggml does, its cosine and sine from
// the project's own float64 series rounded to float32.
func (m *Model) Rope(x []float32, pos int) { m.rope(x, pos, 0) }

// rope is Rope of the values off… of a vector of whole heads (off even):
// one part of a split q or k.
func (m *Model) rope(x []float32, pos, off int) {
	var cs, sn [256]float32
	cosv, sinv := cs[:], sn[:]
	if half := m.Config.RopeDims / 2; half > len(cs) {
		cosv, sinv = make([]float32, half), make([]float32, half)
	}
	cosv, sinv = m.ropeAngles(cosv, sinv, pos)
	m.ropeApply(x, off, cosv, sinv)
}

// ropeAngles sets cosv[i] and sinv[i] (cap at least RopeDims/2) to the
// cosine and sine of pair i's angle at position pos and returns them cut
// to RopeDims/2: what Rope turns by, so that a position's q and k of every
// layer can share one computation.
func (m *Model) ropeAngles(cosv, sinv []float32, pos int) ([]float32, []float32) {
	half := m.Config.RopeDims / 2
	cosv, sinv = cosv[:half], sinv[:half]
	theta := float32(pos)
	for i := 0; i < half; i++ {
		t := theta
		if m.RopeFreqs != nil {
			t = t / m.RopeFreqs[i]
		}
		s, co := sincos64(float64(t))
		cosv[i], sinv[i] = float32(co), float32(s)
		theta = float32(theta * m.ropeScale)
	}
	return cosv, sinv
}

// ropeApply rotates the pairs of x, the values off… of a vector of whole
// heads, by the angles of ropeAngles.
func (m *Model) ropeApply(x []float32, off int, cosv, sinv []float32) {
	hd, half := m.Config.HeadDim, len(cosv)
	for g := off; g+1 < off+len(x); g += 2 {
		i := g % hd / 2 // the pair within its head
		if i >= half {
			continue
		}
		x0, x1 := x[g-off], x[g-off+1]
		x[g-off] = canon(float32(x0*cosv[i]) - float32(x1*sinv[i]))
		x[g-off+1] = canon(float32(x0*sinv[i]) + float32(x1*cosv[i]))
	}
}

// Attention computes, for every head h (KV head h/(Heads/KVHeads)), the
// scores q·k_t/√HeadDim over the cached positions t, their softmax (max
// subtracted, Exp, sum left to right in float64, then scaled by 1/sum) and
// the weighted sum of v_t left to right. keys and vals hold the cached
// positions, KVHeads·HeadDim values each; scores is scratch of at least
// Heads·positions.
func (m *Model) Attention(out, q, keys, vals, scores []float32) {
	m.attention(out, q, keys, vals, scores, 0, m.Config.Heads)
}

// attention is Attention for the heads h0 ≤ h < h1 only (one part of a
// split attention op); out holds those heads.
func (m *Model) attention(out, q, keys, vals, scores []float32, h0, h1 int) {
	c := m.Config
	hd, kvd := c.HeadDim, c.KVHeads*c.HeadDim
	n := len(keys) / kvd
	group := c.Heads / c.KVHeads
	scale := 1 / float32(math.Sqrt(float64(hd)))
	parallel(m.workers, h1-h0, (h1-h0)*n*hd*8, func(lo, hi int) {
		for h := h0 + lo; h < h0+hi; h++ {
			qh := q[h*hd : (h+1)*hd]
			kvo := (h / group) * hd
			sc := scores[h*n : (h+1)*n]
			attnScores(sc, qh, keys[kvo:], kvd)
			mx := float32(math.Inf(-1))
			for t, d := range sc {
				d = float32(d * scale)
				sc[t] = d
				if d > mx {
					mx = d
				}
			}
			expShift(sc, mx)
			var sum float64
			for _, e := range sc {
				sum += float64(e)
			}
			inv := float32(1 / sum)
			for t := range sc {
				sc[t] = float32(sc[t] * inv)
			}
			o := out[(h-h0)*hd : (h-h0+1)*hd]
			attnSum(o, sc, vals[kvo:], kvd)
			for i := range o {
				o[i] = canon(o[i])
			}
		}
	})
}

// attnScoresGo is the portable reference of attnScores: sc[t] = Σ_i
// q[i]·keys[t·stride+i], each product rounded, added left to right.
func attnScoresGo(sc, q, keys []float32, stride int) {
	for t := range sc {
		kt := keys[t*stride : t*stride+len(q)]
		var d float32
		for i, a := range q {
			d += float32(a * kt[i])
		}
		sc[t] = d
	}
}

// attnSumGo is the portable reference of attnSum: o[i] = Σ_t
// p[t]·vals[t·stride+i], each product rounded, added in order of t from 0.
func attnSumGo(o, p, vals []float32, stride int) {
	for i := range o {
		o[i] = 0
	}
	for t, pt := range p {
		vt := vals[t*stride : t*stride+len(o)]
		for i := range o {
			o[i] += float32(pt * vt[i])
		}
	}
}
