package llama

import (
	"context"
	"encoding/binary"
	"fmt"
	"math"
	"sync"
	"time"

	"github.com/rmsnet/rms/merkle"
	"github.com/rmsnet/rms/model"
)

// Job is the input of a generation: what the job's input blob holds.
type Job struct {
	Prompt      []int // token ids, BOS included when the tokenizer adds it
	MaxTokens   int
	Seed        uint64
	Temperature float32 // 0: greedy
	TopP        float32 // 0 or 1: no cut
}

const jobMagic = "RMST"

// MaxJobTokens bounds the prompt and the generated tokens of a job.
const MaxJobTokens = 1 << 20

// EncodeJob returns the canonical input blob of j (little-endian):
//
//	"RMST" | version u32 = 1 | max tokens u32 | seed u64 | temperature f32 | top-p f32 | prompt length u32 | prompt u32…
func EncodeJob(j Job) ([]byte, error) {
	if err := j.check(); err != nil {
		return nil, err
	}
	le := binary.LittleEndian
	b := append([]byte(jobMagic), le.AppendUint32(nil, 1)...)
	b = le.AppendUint32(b, uint32(j.MaxTokens))
	b = le.AppendUint64(b, j.Seed)
	b = le.AppendUint32(b, math.Float32bits(j.Temperature))
	b = le.AppendUint32(b, math.Float32bits(j.TopP))
	b = le.AppendUint32(b, uint32(len(j.Prompt)))
	for _, t := range j.Prompt {
		b = le.AppendUint32(b, uint32(t))
	}
	return b, nil
}

func (j Job) check() error {
	switch {
	case len(j.Prompt) == 0:
		return fmt.Errorf("job: empty prompt")
	case len(j.Prompt) > MaxJobTokens || j.MaxTokens < 0 || j.MaxTokens > MaxJobTokens:
		return fmt.Errorf("job: %d prompt tokens and %d new ones, want 1…%d and 0…%d", len(j.Prompt), j.MaxTokens, MaxJobTokens, MaxJobTokens)
	case !(j.Temperature >= 0 && j.Temperature <= 100):
		return fmt.Errorf("job: temperature %v outside [0, 100]", j.Temperature)
	case !(j.TopP >= 0 && j.TopP <= 1):
		return fmt.Errorf("job: top-p %v outside [0, 1]", j.TopP)
	}
	for i, t := range j.Prompt {
		if t < 0 || t > math.MaxInt32 {
			return fmt.Errorf("job: prompt token %d is %d", i, t)
		}
	}
	return nil
}

// DecodeJob parses a job input blob; it accepts exactly the bytes EncodeJob
// writes.
func DecodeJob(b []byte) (Job, error) {
	le := binary.LittleEndian
	if len(b) < 32 || string(b[:4]) != jobMagic {
		return Job{}, fmt.Errorf("decode job: %d bytes without the %q header", len(b), jobMagic)
	}
	if v := le.Uint32(b[4:]); v != 1 {
		return Job{}, fmt.Errorf("decode job: version %d, want 1", v)
	}
	j := Job{MaxTokens: int(le.Uint32(b[8:])), Seed: le.Uint64(b[12:]),
		Temperature: math.Float32frombits(le.Uint32(b[20:])), TopP: math.Float32frombits(le.Uint32(b[24:]))}
	n := uint64(le.Uint32(b[28:]))
	if n > MaxJobTokens || uint64(len(b)) != 32+4*n {
		return Job{}, fmt.Errorf("decode job: prompt of %d tokens in %d bytes", n, len(b))
	}
	j.Prompt = make([]int, n)
	for i := range j.Prompt {
		j.Prompt[i] = int(le.Uint32(b[32+4*i:]))
	}
	if j.MaxTokens > MaxJobTokens {
		return Job{}, fmt.Errorf("decode job: max tokens %d above %d", j.MaxTokens, MaxJobTokens)
	}
	if err := j.check(); err != nil {
		return Job{}, fmt.Errorf("decode %w", err)
	}
	return j, nil
}

// OpsAt returns the number of ops of position pos without output: embed,
// then per layer the parts of its nine kinds (Parts).
func (m *Model) OpsAt(pos int) int {
	n := 0
	for k := OpAttnNorm; k <= OpFFNDown; k++ {
		n += len(m.Parts(k, pos))
	}
	return len(m.Parts(OpEmbed, pos)) + m.Config.Layers*n
}

// outOps is the number of output ops (norm, logits parts, sample) at pos.
func (m *Model) outOps(pos int) int {
	return len(m.Parts(OpOutNorm, pos)) + len(m.Parts(OpLogits, pos)) + len(m.Parts(OpSample, pos))
}

// TraceLength returns C, the fixed length of the op trace of a job with
// prompt tokens and max new tokens: every prompt position, the output ops
// (norm, logits, sample) for each drawn token, and the positions of the
// drawn tokens fed back (all but the last); len(Schedule(…).Ops).
func (m *Model) TraceLength(prompt, maxTokens int) int {
	c := 0
	for p := 0; p < prompt; p++ {
		c += m.OpsAt(p)
	}
	if maxTokens > 0 {
		c += m.outOps(prompt - 1)
		for g := 1; g < maxTokens; g++ {
			c += m.OpsAt(prompt-1+g) + m.outOps(prompt-1+g)
		}
	}
	return c
}

// Result is a generation with its op trace (DESIGN §5).
type Result struct {
	Tokens     []int         // generated tokens (EOS included when drawn)
	OutputRoot merkle.Hash   // root of the I32 tensor of Tokens
	InputRoot  merkle.Hash   // merkle.BlobRoot of the job's encoding
	OpRoots    []merkle.Hash // out_1 … out_N
	N, C       int           // ops that ran; the trace length
	TraceRoot  merkle.Hash   // merkle.FilledRoot(A_1 … A_C, Height)
	Height     int           // trace height: capacity 2^Height ≥ C (RunOptions.TraceHeight, or the job's own)
	Prompt     time.Duration // time to the end of the prompt
	Generation time.Duration // time from there to the last token
	Hashing    time.Duration // time spent hashing op outputs (summed over the hashing goroutines)
}

// RunOptions adjusts Run.
type RunOptions struct {
	EOS         int         // token that ends the text (−1: none)
	TraceHeight int         // accumulator height (0: the job's own, TraceHeight(C)); see Program.TraceHeight
	OnToken     func(int)   // called as each token is drawn
	NoTrace     bool        // skip hashing op outputs (Result has no roots)
	Hook        func(Trace) // called with each op's output in order (before hashing)
}

// Trace is one op's output as Run records it.
type Trace struct {
	Pos, Layer int
	Op         OpKind
	Out        model.Tensor // F32 [n], or I32 [draws] for OpSample (every token drawn so far)
}

// Run generates for job j and returns the tokens with the op trace: op i's
// output is the F32 tensor of its values (I32 [1] for a sampled token),
// out_i its tensor root, A_i the accumulator of (out_1 … out_i) of
// capacity 2^Height, and after the end of text (EOS drawn) the remaining
// ops of the fixed length C are no-ops that leave A as it is.
func (m *Model) Run(ctx context.Context, j Job, o RunOptions) (*Result, error) {
	if err := j.check(); err != nil {
		return nil, fmt.Errorf("llama: %w", err)
	}
	for i, t := range j.Prompt {
		if t >= m.Config.Vocab {
			return nil, fmt.Errorf("llama: prompt token %d is %d, outside the vocabulary of %d", i, t, m.Config.Vocab)
		}
	}
	if err := m.CheckContext(len(j.Prompt), j.MaxTokens); err != nil {
		return nil, fmt.Errorf("llama: %w", err)
	}
	enc, err := EncodeJob(j)
	if err != nil {
		return nil, fmt.Errorf("llama: %w", err)
	}
	res := &Result{InputRoot: merkle.BlobRoot(enc), C: m.TraceLength(len(j.Prompt), j.MaxTokens)}
	if res.Height, err = (Program{TraceHeight: o.TraceHeight}).Height(res.C); err != nil {
		return nil, fmt.Errorf("llama: %w", err)
	}
	// Op outputs are hashed by a pool of goroutines while later ops run;
	// each root lands at its op's index, so the order is fixed.
	type item struct {
		i int
		t model.Tensor
	}
	var (
		items   chan item
		wg      sync.WaitGroup
		mu      sync.Mutex
		hashErr error
		nOps    int
	)
	res.OpRoots = make([]merkle.Hash, res.C)
	if !o.NoTrace {
		items = make(chan item, 1024)
		for w := 0; w < max(1, m.workers); w++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				var spent time.Duration
				for it := range items {
					start := time.Now()
					r, e := it.t.Root()
					spent += time.Since(start)
					if e != nil {
						mu.Lock()
						hashErr = e
						mu.Unlock()
					}
					res.OpRoots[it.i] = r
				}
				mu.Lock()
				res.Hashing += spent
				mu.Unlock()
			}()
		}
	}
	record := func(pos, layer int, op OpKind, out []float32) {
		var t model.Tensor
		if op == OpSample {
			toks := make([]int32, len(out))
			for i, v := range out {
				toks[i] = int32(v)
			}
			t, _ = model.FromI32(toks, len(toks))
		} else {
			t, _ = model.FromF32(append([]float32(nil), out...), len(out))
		}
		if o.Hook != nil {
			o.Hook(Trace{Pos: pos, Layer: layer, Op: op, Out: t})
		}
		if items != nil {
			if nOps < res.C {
				items <- item{nOps, t}
			}
			nOps++
		}
	}
	var tracer Tracer
	if items != nil || o.Hook != nil { // without either, op outputs are not copied at all
		tracer = record
	}
	start := time.Now()
	var promptEnd time.Time
	toks, err := m.Generate(ctx, j.Prompt, GenerateOptions{
		MaxTokens: j.MaxTokens,
		Sampler:   Sampler{Temperature: j.Temperature, TopP: j.TopP, Seed: j.Seed},
		EOS:       o.EOS,
		OnToken:   o.OnToken,
		Trace:     tracer,
		OnPrompt:  func(int) { promptEnd = time.Now() },
	})
	res.Prompt = promptEnd.Sub(start)
	res.Generation = time.Since(promptEnd)
	if items != nil {
		close(items)
		wg.Wait()
		if hashErr != nil && err == nil {
			err = fmt.Errorf("llama: op output: %w", hashErr)
		}
		if nOps > res.C && err == nil {
			err = fmt.Errorf("llama: %d ops ran, the trace has %d", nOps, res.C)
		}
	}
	if err != nil {
		return nil, err
	}
	res.Tokens = toks
	out := make([]int32, len(toks))
	for i, t := range toks {
		out[i] = int32(t)
	}
	ot, err := model.FromI32(out, len(out))
	if err != nil {
		return nil, fmt.Errorf("llama: output: %w", err)
	}
	if res.OutputRoot, err = ot.Root(); err != nil {
		return nil, fmt.Errorf("llama: output: %w", err)
	}
	if o.NoTrace {
		res.OpRoots = nil
		return res, nil
	}
	res.N = nOps
	res.OpRoots = res.OpRoots[:nOps]
	acc, err := merkle.NewAccumulator(res.Height)
	if err != nil {
		return nil, fmt.Errorf("llama: %w", err)
	}
	list, err := acc.AppendAll(res.OpRoots)
	if err != nil {
		return nil, fmt.Errorf("llama: %w", err)
	}
	a := acc.Root()
	for len(list) < res.C {
		list = append(list, a) // no-ops after the end of text
	}
	// Past C up to 2^Height the trace keeps A_C, as the guest commits for
	// op indices past the last (DESIGN §5); zero padding would let a liar
	// diverge at index C.
	if res.TraceRoot, err = merkle.FilledRoot(list, res.Height); err != nil {
		return nil, fmt.Errorf("llama: trace root: %w", err)
	}
	return res, nil
}

// Program is the registered program of a text service: the template from
// which a job's op list follows (Model.Schedule of the job's prompt length
// and max tokens, with the model loaded WithOpSteps(OpStepsLog2)), with the
// token that ends the text and the height at which every job's trace is
// committed.
type Program struct {
	EOS         int // −1: none
	OpStepsLog2 int // split bound of ops (log2 of estimated VM steps); 0: DefaultOpStepsLog2
	// TraceHeight is the accumulator height of the trace of every job of
	// the program (capacity 2^TraceHeight ops), the same for jobs of every
	// length: the class's trace height, which the Games contract checks
	// entries at (Model.MaxTraceHeight for a service). 0: each job's own
	// height, TraceHeight(C), for a single job outside a class.
	TraceHeight int
}

const programMagic = "RMSL"

// Encode returns the canonical program blob (little-endian):
//
//	"RMSL" | version u32 = 3 | eos i32 | op steps log2 u32 | trace height u32
//
// where a zero OpStepsLog2 is written as DefaultOpStepsLog2.
func (p Program) Encode() []byte {
	le := binary.LittleEndian
	b := append([]byte(programMagic), le.AppendUint32(nil, 3)...)
	b = le.AppendUint32(b, uint32(int32(p.EOS)))
	b = le.AppendUint32(b, uint32(p.stepsLog2()))
	return le.AppendUint32(b, uint32(p.TraceHeight))
}

func (p Program) stepsLog2() int {
	if p.OpStepsLog2 == 0 {
		return DefaultOpStepsLog2
	}
	return p.OpStepsLog2
}

// Options returns the Load options that make a model split its ops as the
// program says.
func (p Program) Options() []Option { return []Option{WithOpSteps(p.stepsLog2())} }

// RunOptions returns the options that make Run end the text and commit the
// trace as the program says.
func (p Program) RunOptions() RunOptions { return RunOptions{EOS: p.EOS, TraceHeight: p.TraceHeight} }

// Height returns the accumulator height of the trace of a job with c ops
// under p, natively and in the guest alike; an error when the trace does
// not fit the program's capacity.
func (p Program) Height(c int) (int, error) {
	h := p.TraceHeight
	if h == 0 {
		h = TraceHeight(c)
	}
	if h < 0 || h > model.MaxTraceHeight || uint64(c) > uint64(1)<<h {
		return 0, fmt.Errorf("a trace of %d ops does not fit the program's trace height %d", c, h)
	}
	return h, nil
}

// IsProgram reports whether b starts like a text program blob.
func IsProgram(b []byte) bool { return len(b) >= 4 && string(b[:4]) == programMagic }

// DecodeProgram parses a text program blob; it accepts exactly what Encode
// writes (the default split bound comes back as OpStepsLog2 0).
func DecodeProgram(b []byte) (Program, error) {
	le := binary.LittleEndian
	if len(b) != 20 || !IsProgram(b) || le.Uint32(b[4:]) != 3 {
		return Program{}, fmt.Errorf("decode text program: %d bytes, want %q, version 3, eos, op steps, trace height", len(b), programMagic)
	}
	eos := int32(le.Uint32(b[8:]))
	if eos < -1 {
		return Program{}, fmt.Errorf("decode text program: eos %d", eos)
	}
	n := le.Uint32(b[12:])
	if n > MaxOpStepsLog2 {
		return Program{}, fmt.Errorf("decode text program: op step bound 2^%d above 2^%d", n, MaxOpStepsLog2)
	}
	if err := checkStepsLog2(int(n)); err != nil {
		return Program{}, fmt.Errorf("decode text program: %w", err)
	}
	h := le.Uint32(b[16:])
	if h > model.MaxTraceHeight {
		return Program{}, fmt.Errorf("decode text program: trace height %d above %d", h, model.MaxTraceHeight)
	}
	p := Program{EOS: int(eos), TraceHeight: int(h)}
	if n != DefaultOpStepsLog2 {
		p.OpStepsLog2 = int(n)
	}
	return p, nil
}

// MaxTraceHeight returns the height of the longest trace a job may have on
// m: prompt and new tokens together fill the allowed context
// (AllowedContext; a prompt of one token and the rest drawn, or the whole
// context as prompt). It is the trace height of a text class on m: every
// job's trace fits it.
func (m *Model) MaxTraceHeight() int {
	if r := m.allowed(m.Config.Context); r.positions > 0 {
		return r.height
	}
	return TraceHeight(m.TraceLength(1, 0))
}

// TraceHeight returns the accumulator height of a trace of length c.
func TraceHeight(c int) int { return merkle.Height(uint64(max(c, 1)) * merkle.WordSize) }
