package llama

import (
	"fmt"
	"math/bits"

	"github.com/rmsnet/rms/model/gguf"
)

// MaxOpStepsLog2 is log2 of the VM steps any one op may take (the step
// bound of a text class): the schedule splits large ops so that none
// exceeds it.
const MaxOpStepsLog2 = 30

// DefaultOpStepsLog2 is log2 of the estimated steps above which the
// schedule splits an op: half of 2^MaxOpStepsLog2, the other half being the
// margin of the estimate (TestOpStepEstimate checks the estimate against
// real VM runs).
const DefaultOpStepsLog2 = MaxOpStepsLog2 - 1

// Per-op costs in VM steps of the guest (GOARCH=mips, software floats),
// measured on small shapes and rounded up (docs/MODEL.md). They are part of
// the schedule: changing one changes the op list of large models.
const (
	stepsBase      = 1 << 24 // map and parse the GGUF header, load the model, hash the output
	stepsPerToken  = 2_000   // per vocabulary entry: its metadata (token text, score, type)
	stepsPerInput  = 64      // per input value read (decode and copy)
	stepsFloatMAC  = 1_200   // one float32 multiply-add in attention (software floats)
	stepsRopePair  = 16_000  // cos and sin of one RoPE pair (float64 series)
	stepsSiLU      = 4_000   // one SiLU and product (the project's Exp)
	stepsSample    = 12_000  // per vocabulary entry of a sampled draw (Exp, sort)
	stepsQuantized = 8_000   // per weight of an F32 or F16 matrix quantised to Q8_0 when used
)

// StepsTraceLevel is the VM steps the guest spends per level of the
// accumulator to prove slot i of A_{i-1} empty: it reads one node
// preimage per level on its walk from the root down to slot i, then
// AppendWithProof hashes the path twice (measured: TestLateOpCostsAsEarly,
// docs/VM.md). The proof costs StepsTraceProof(height), whatever i is.
const StepsTraceLevel = 64_000

// StepsTraceProof is the VM steps of the empty-slot proof in an
// accumulator of the given height: an op's steps are its estimate
// (EstimateSteps) plus this, a constant of the class, not of the op's
// index in the trace.
func StepsTraceProof(height int) int64 { return int64(height) * StepsTraceLevel }

// stepsPerWeight is the estimated VM steps of one multiply-add with a
// weight of the matrix's stored type (the activation being Q8_0).
func stepsPerWeight(m *Matrix) int64 {
	if m.src != nil {
		return stepsQuantized
	}
	switch m.Type {
	case gguf.TensorQ4_0:
		return 120
	case gguf.TensorQ4_K:
		return 240
	case gguf.TensorQ6_K:
		return 160
	}
	return 170 // Q8_0
}

// Part is the range [Lo, Hi) of an op's output values that one op of the
// trace computes: a large matrix product (or attention, by heads) is cut
// into parts so that no op's VM run is above the step bound, each part
// being its own op with its own output.
type Part struct{ Lo, Hi int }

// WithOpSteps sets log2 of the estimated VM steps above which an op is
// split (default DefaultOpStepsLog2; 0 keeps the default). It is part of a
// text program (Program.OpStepsLog2), so the guest splits the same way.
func WithOpSteps(log2 int) Option {
	return func(m *Model) {
		if log2 != 0 {
			m.stepsLog2 = log2
		}
	}
}

// MinOpStepsLog2 is the smallest split bound a model accepts.
const MinOpStepsLog2 = 16

func checkStepsLog2(n int) error {
	if n < MinOpStepsLog2 || n > MaxOpStepsLog2 {
		return fmt.Errorf("op step bound 2^%d outside 2^%d…2^%d", n, MinOpStepsLog2, MaxOpStepsLog2)
	}
	return nil
}

// OpStepsLog2 returns log2 of the model's split bound.
func (m *Model) OpStepsLog2() int { return m.stepsLog2 }

// opCost returns, for op kind k at position pos, the estimated fixed steps,
// the steps per output unit, the unit (values per indivisible piece: a RoPE
// pair for q and k, a head for attention, else one value) and the output
// length.
func (m *Model) opCost(k OpKind, pos int) (fixed, perUnit int64, unit, n int) {
	c := m.Config
	l := &m.Layers[0]
	fixed = stepsBase + stepsPerToken*int64(c.Vocab)
	dim, qd, kvd, ffn := int64(c.Dim), int64(c.Heads*c.HeadDim), int64(c.KVHeads*c.HeadDim), int64(c.FFN)
	rope := stepsRopePair * int64(c.RopeDims/2)
	hd := int64(c.HeadDim)
	switch k {
	case OpQ:
		return fixed + stepsPerInput*dim + rope, 2 * dim * stepsPerWeight(l.Q), 2, int(qd)
	case OpK: // cut by kvParts
		return fixed + stepsPerInput*dim + rope, 2 * dim * stepsPerWeight(l.K), 2, int(kvd)
	case OpV:
		return fixed + stepsPerInput*dim, dim * stepsPerWeight(l.V), 1, int(kvd)
	case OpAttn: // a part reads, per position, the k and v of its KV head group
		np := int64(pos + 1)
		return fixed + stepsPerInput*(qd+2*np*int64(m.kvGroupMax())), 2 * np * hd * stepsFloatMAC, c.HeadDim, int(qd)
	case OpAttnOut:
		return fixed + stepsPerInput*(dim+qd), qd * stepsPerWeight(l.O), 1, c.Dim
	case OpFFNGateUp:
		return fixed + stepsPerInput*dim, dim*(stepsPerWeight(l.Gate)+stepsPerWeight(l.Up)) + stepsSiLU, 1, c.FFN
	case OpFFNDown:
		return fixed + stepsPerInput*(dim+ffn), ffn * stepsPerWeight(l.Down), 1, c.Dim
	case OpLogits:
		return fixed + stepsPerInput*dim, dim * stepsPerWeight(m.Output), 1, c.Vocab
	case OpSample: // softmax with Exp and a stable sort when sampling
		return fixed + stepsSample*int64(c.Vocab), 0, 1, 1
	}
	return fixed + 2*stepsPerInput*dim, 0, 1, c.Dim // embed, norms
}

// EstimateSteps returns the estimated VM steps of one op of kind k at
// position pos computing the output values of part p.
func (m *Model) EstimateSteps(k OpKind, pos int, p Part) int64 {
	fixed, per, unit, _ := m.opCost(k, pos)
	return fixed + per*int64((p.Hi-p.Lo+unit-1)/unit)
}

// Parts returns how the op of kind k at position pos is split: one part
// covering its whole output unless its estimated steps are above the
// model's bound, else the fewest parts of whole units (RoPE pairs for q,
// heads for attention, single rows otherwise) that are each under it, as
// equal as units allow. k and v are cut alike along KV heads (kvParts), and
// attention first into their KV head groups, so that a part of attention
// reads, per position, only the k and v of its heads' group.
func (m *Model) Parts(k OpKind, pos int) []Part {
	switch k {
	case OpK, OpV:
		return m.kvParts()
	case OpAttn:
		var out []Part
		g := m.Config.Heads / m.Config.KVHeads
		for _, kv := range m.kvGroups() {
			for _, p := range m.cut(k, pos, (kv.Hi-kv.Lo)*g) {
				out = append(out, Part{kv.Lo*g + p.Lo, kv.Lo*g + p.Hi})
			}
		}
		return out
	}
	_, _, _, n := m.opCost(k, pos)
	return m.cut(k, pos, n)
}

// cut splits n output values of op kind k at position pos into the fewest
// parts of whole units each estimated under the bound (one part when the
// whole is), as equal as units allow.
func (m *Model) cut(k OpKind, pos, n int) []Part {
	fixed, per, unit, _ := m.opCost(k, pos)
	units := (n + unit - 1) / unit
	budget := int64(1) << m.stepsLog2
	if per == 0 || fixed+per*int64(units) <= budget {
		return []Part{{0, n}}
	}
	most := int64(1)
	if budget > fixed {
		most = max(1, (budget-fixed)/per)
	}
	return equalParts(units, int((int64(units)+most-1)/most), unit, n)
}

// equalParts cuts units units of unit values (n in all) into parts as
// equal as units allow.
func equalParts(units, parts, unit, n int) []Part {
	out := make([]Part, parts)
	for i := range out {
		lo := int(int64(units) * int64(i) / int64(parts))
		hi := int(int64(units) * int64(i+1) / int64(parts))
		out[i] = Part{min(lo*unit, n), min(hi*unit, n)}
	}
	return out
}

// KVGroupHeads is the most KV heads one part of k or v holds in a model
// whose attention would otherwise be too large at the end of its context
// (kvParts): a part of attention
// reads, per position, the k and v of its heads' group (stepsPerInput per
// value), which then costs at most a quarter of its multiply-adds
// (stepsFloatMAC per value pair and query head).
const KVGroupHeads = stepsFloatMAC / (4 * stepsPerInput)

// kvParts returns the parts of k and v, cut alike along KV heads: the
// fewest parts of whole heads under the bound for k's product, and at most
// KVGroupHeads heads each when one head of attention at the last position
// of the context, reading every k and v, would be above the VM's bound
// 2^MaxOpStepsLog2; or, when one head's rows are above the split bound
// alone, each head cut into RoPE pairs.
func (m *Model) kvParts() []Part {
	c := m.Config
	hd, kvd := c.HeadDim, c.KVHeads*c.HeadDim
	fixed, perPair, _, _ := m.opCost(OpK, 0)
	budget := int64(1) << m.stepsLog2
	head := perPair * int64(hd/2)
	if fixed+head > budget { // a head alone is above the bound
		var out []Part
		for h := 0; h < c.KVHeads; h++ {
			for _, p := range m.cut(OpK, 0, hd) {
				out = append(out, Part{h*hd + p.Lo, h*hd + p.Hi})
			}
		}
		return out
	}
	n := 1
	if fixed+head*int64(c.KVHeads) > budget {
		most := (budget - fixed) / head
		n = int((int64(c.KVHeads) + most - 1) / most)
	}
	// One head of attention at the last position, reading every k and v.
	base := stepsBase + stepsPerToken*int64(c.Vocab)
	np, qd := int64(c.Context), int64(c.Heads*hd)
	if base+stepsPerInput*(qd+2*np*int64(kvd))+2*np*int64(hd)*stepsFloatMAC > int64(1)<<MaxOpStepsLog2 {
		n = max(n, (c.KVHeads+KVGroupHeads-1)/KVGroupHeads)
	}
	return equalParts(c.KVHeads, n, hd, kvd)
}

// kvGroups returns the KV head groups that attention is cut into first:
// the parts of k and v when they are whole heads, else single heads.
func (m *Model) kvGroups() []Part {
	hd := m.Config.HeadDim
	ps := m.kvParts()
	if len(ps) > 0 && (ps[0].Hi-ps[0].Lo)%hd != 0 {
		ps = equalParts(m.Config.KVHeads, m.Config.KVHeads, hd, m.Config.KVHeads*hd)
	}
	return ps
}

// kvGroupMax is the number of k (and v) values of the largest KV head group.
func (m *Model) kvGroupMax() int {
	n := 0
	for _, p := range m.kvGroups() {
		n = max(n, p.Hi-p.Lo)
	}
	return n
}

// vmBound is the VM step bound an op of m may not exceed, its estimate and
// the proof of its accumulator slot together: 2^MaxOpStepsLog2 (tests
// lower it, vmStepsLog2, to reach the limit on a small model).
func (m *Model) vmBound() int64 {
	if m.vmStepsLog2 != 0 {
		return int64(1) << m.vmStepsLog2
	}
	return int64(1) << MaxOpStepsLog2
}

// contextLimit is what allowed finds: the positions allowed, the trace
// height of the longest job of that many positions (the class's) and,
// when fewer positions than asked are allowed, the op that is above the
// VM bound from there on.
type contextLimit struct {
	positions int
	height    int
	over      OpKind // the largest op, at position at, estimated steps (trace proof included)
	at        int
	steps     int64
}

// allowed returns the most positions p ≤ limit (limit ≤ Config.Context)
// such that every part of every op at positions 0 … p−1, estimated
// (EstimateSteps) and with the proof of its accumulator slot at the height
// of the longest job of p positions (StepsTraceProof), is within the VM
// bound. Both the largest estimate and the height only grow with p, so the
// first p that fails ends the scan. The longest job of p positions is the
// prompt of p tokens (TraceLength(p, 0)) or one token and p−1 drawn
// (TraceLength(1, p−1)), as in MaxTraceHeight; both are summed here a
// position at a time. Only attention's cost and parts depend on the
// position (opCost), so the other kinds are counted and estimated once
// (TestOnlyAttentionGrows; TestAllowedContextHeight checks the sums
// against TraceLength).
func (m *Model) allowed(limit int) contextLimit {
	bound := m.vmBound()
	var (
		r         contextLimit
		worst     int64
		worstKind OpKind
		worstPos  int
	)
	largest := func(k OpKind, pos int, parts []Part) {
		for _, part := range parts {
			if e := m.EstimateSteps(k, pos, part); e > worst {
				worst, worstKind, worstPos = e, k, pos
			}
		}
	}
	for k := OpEmbed; k <= OpSample; k++ {
		if k != OpAttn {
			largest(k, 0, m.Parts(k, 0))
		}
	}
	ops0, out0, attn0 := m.OpsAt(0), m.outOps(0), len(m.Parts(OpAttn, 0))
	promptOps, drawOps := 0, 0 // TraceLength(p, 0); Σ over positions < p of OpsAt and outOps
	for p := 1; p <= limit; p++ {
		pos := p - 1
		attn := m.Parts(OpAttn, pos)
		largest(OpAttn, pos, attn)
		at := ops0 + m.Config.Layers*(len(attn)-attn0) // OpsAt(pos)
		promptOps += at
		longest := promptOps
		if p >= 2 { // TraceLength(1, p−1): positions < p−1 with their output ops
			longest = max(longest, drawOps)
		}
		drawOps += at + out0
		h := TraceHeight(longest)
		if e := worst + StepsTraceProof(h); e > bound {
			r.over, r.at, r.steps = worstKind, worstPos, e
			return r
		}
		r.positions, r.height = p, h
	}
	return r
}

// AllowedContext returns the context a text program on m allows: the most
// positions (prompt and new tokens together) a job may have. It is the
// model's Config.Context clamped to the first position at which some part
// of some op (Parts, at the program's split bound OpStepsLog2), estimated
// (EstimateSteps) and with the proof of its accumulator slot at the class's
// trace height (StepsTraceProof(MaxTraceHeight())), would be above the VM
// bound 2^MaxOpStepsLog2. A deterministic function of the shape, the
// weight types and the split bound, so the guest refuses what Run refuses;
// only attention grows with the position (a head cannot be split), so it
// is attention of long contexts that sets the limit (docs/MODEL.md).
func (m *Model) AllowedContext() int { return m.allowed(m.Config.Context).positions }

// CheckContext returns nil when a job of prompt tokens and maxTokens new
// ones is within the model's context and the allowed context
// (AllowedContext), else an error naming both and, for the latter, the op
// above the VM bound.
func (m *Model) CheckContext(prompt, maxTokens int) error {
	n := prompt + maxTokens
	if n > m.Config.Context || prompt < 0 || maxTokens < 0 {
		return fmt.Errorf("prompt of %d tokens and %d new ones exceed the context of %d", prompt, maxTokens, m.Config.Context)
	}
	if r := m.allowed(n); r.positions < n {
		a := m.allowed(m.Config.Context)
		return fmt.Errorf("prompt of %d tokens and %d new ones exceed the context of %d positions allowed by the VM bound 2^%d, the model has %d (the %s op at position %d is estimated at %d steps with the trace proof)",
			prompt, maxTokens, a.positions, bits.Len64(uint64(m.vmBound()))-1, m.Config.Context, a.over, a.at, a.steps)
	}
	return nil
}
