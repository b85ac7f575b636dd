package mnist

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"sort"

	"github.com/rmsnet/rms/model"
	"github.com/rmsnet/rms/model/gguf"
)

// TrainConfig sets the training run. The zero value of a field takes the
// default noted next to it.
type TrainConfig struct {
	Hidden   int     // hidden units (128)
	Epochs   int     // passes over the 60,000 training images (10)
	Seed     uint64  // seed of the initial weights and of the shuffles (1)
	LR       float32 // initial learning rate, decayed linearly to 0 (0.05)
	Momentum float32 // SGD momentum (0.9)
	Batch    int     // minibatch size (64)
	// Progress, if set, is called after each epoch with the training loss.
	Progress func(epoch int, loss float64)
}

func (c *TrainConfig) defaults() {
	if c.Hidden == 0 {
		c.Hidden = 128
	}
	if c.Epochs == 0 {
		c.Epochs = 10
	}
	if c.Seed == 0 {
		c.Seed = 1
	}
	if c.LR == 0 {
		c.LR = 0.05
	}
	if c.Momentum == 0 {
		c.Momentum = 0.9
	}
	if c.Batch == 0 {
		c.Batch = 64
	}
}

// Float is a trained float32 MLP 784-H-10.
type Float struct {
	Hidden int
	W1     []float32 // [H][784], one row per hidden unit
	B1     []float32 // [H]
	W2     []float32 // [10][H], one row per class
	B2     []float32 // [10]
}

// Train trains a float MLP on set with plain minibatch SGD with momentum and
// softmax cross-entropy. It runs on one goroutine in a fixed order, so the
// same config and data give the same weights on every run (on one
// architecture: other compilers may fuse float operations differently).
func Train(ctx context.Context, set *Set, cfg TrainConfig) (*Float, error) {
	cfg.defaults()
	if cfg.Hidden < 1 || cfg.Hidden > 4096 || cfg.Epochs < 1 || cfg.Batch < 1 {
		return nil, fmt.Errorf("train: hidden %d (1…4096), epochs %d and batch %d (≥ 1) out of range", cfg.Hidden, cfg.Epochs, cfg.Batch)
	}
	if set.Len() == 0 {
		return nil, fmt.Errorf("train: empty training set")
	}
	H := cfg.Hidden
	rng := rand.New(rand.NewPCG(cfg.Seed, cfg.Seed^0x9e3779b97f4a7c15))
	// Training keeps W1 input-major ([784][H]) so that the zero pixels of
	// an image can be skipped in both passes.
	w1 := make([]float32, Pixels*H)
	b1 := make([]float32, H)
	w2 := make([]float32, Classes*H)
	b2 := make([]float32, Classes)
	a1 := float32(math.Sqrt(6.0 / Pixels))
	for i := range w1 {
		w1[i] = (2*rng.Float32() - 1) * a1
	}
	a2 := float32(math.Sqrt(6.0 / float64(H)))
	for i := range w2 {
		w2[i] = (2*rng.Float32() - 1) * a2
	}
	gw1, gb1 := make([]float32, len(w1)), make([]float32, H)
	gw2, gb2 := make([]float32, len(w2)), make([]float32, Classes)
	vw1, vb1 := make([]float32, len(w1)), make([]float32, H)
	vw2, vb2 := make([]float32, len(w2)), make([]float32, Classes)
	h := make([]float32, H)
	dh := make([]float32, H)
	var y, dy [Classes]float32
	x := make([]float32, Pixels)
	nz := make([]int, 0, Pixels)
	order := make([]int, set.Len())
	for i := range order {
		order[i] = i
	}
	steps := cfg.Epochs * ((set.Len() + cfg.Batch - 1) / cfg.Batch)
	step := 0
	for epoch := 0; epoch < cfg.Epochs; epoch++ {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("train: epoch %d: %w", epoch, err)
		}
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		var loss float64
		for start := 0; start < len(order); start += cfg.Batch {
			if err := ctx.Err(); err != nil {
				return nil, fmt.Errorf("train: epoch %d, image %d: %w", epoch, start, err)
			}
			end := min(start+cfg.Batch, len(order))
			clear(gw1)
			clear(gb1)
			clear(gw2)
			clear(gb2)
			for _, idx := range order[start:end] {
				img, label := set.Images[idx], set.Labels[idx]
				nz = nz[:0]
				for j, p := range img {
					if p != 0 {
						nz = append(nz, j)
						x[j] = float32(p) / 255
					}
				}
				copy(h, b1)
				for _, j := range nz {
					xj, row := x[j], w1[j*H:(j+1)*H]
					for k := range h {
						h[k] += float32(xj * row[k])
					}
				}
				for k := range h {
					h[k] = max(h[k], 0)
				}
				m := float32(math.Inf(-1))
				for c := 0; c < Classes; c++ {
					s := b2[c]
					row := w2[c*H : (c+1)*H]
					for k, v := range h {
						s += float32(row[k] * v)
					}
					y[c] = s
					m = max(m, s)
				}
				var sum float32
				for c := range y {
					y[c] = float32(math.Exp(float64(y[c] - m)))
					sum += y[c]
				}
				for c := range y {
					dy[c] = y[c] / sum
				}
				loss -= math.Log(float64(dy[label]) + 1e-12)
				dy[label] -= 1
				clear(dh)
				for c := 0; c < Classes; c++ {
					d := dy[c]
					gb2[c] += d
					row, grow := w2[c*H:(c+1)*H], gw2[c*H:(c+1)*H]
					for k, v := range h {
						grow[k] += float32(d * v)
						dh[k] += float32(d * row[k])
					}
				}
				for k := range dh {
					if h[k] <= 0 {
						dh[k] = 0
					}
					gb1[k] += dh[k]
				}
				for _, j := range nz {
					xj, grow := x[j], gw1[j*H:(j+1)*H]
					for k, d := range dh {
						grow[k] += float32(xj * d)
					}
					x[j] = 0
				}
			}
			lr := cfg.LR * (1 - float32(step)/float32(steps)) / float32(end-start)
			step++
			update := func(w, g, v []float32) {
				for i := range w {
					v[i] = float32(cfg.Momentum*v[i]) - float32(lr*g[i])
					w[i] += v[i]
				}
			}
			update(w1, gw1, vw1)
			update(b1, gb1, vb1)
			update(w2, gw2, vw2)
			update(b2, gb2, vb2)
		}
		if cfg.Progress != nil {
			cfg.Progress(epoch+1, loss/float64(set.Len()))
		}
	}
	f := &Float{Hidden: H, W1: make([]float32, H*Pixels), B1: b1, W2: w2, B2: b2}
	for j := 0; j < Pixels; j++ {
		for k := 0; k < H; k++ {
			f.W1[k*Pixels+j] = w1[j*H+k]
		}
	}
	return f, nil
}

// Buffer returns scratch space for Predict (Pixels + Hidden floats).
func (f *Float) Buffer() []float32 { return make([]float32, Pixels+f.Hidden) }

// hidden computes the hidden activations (after ReLU) of one image into
// buf[Pixels:], using buf[:Pixels] for the scaled pixels.
func (f *Float) hidden(img []byte, buf []float32) []float32 {
	x, h := buf[:Pixels], buf[Pixels:Pixels+f.Hidden]
	for j, p := range img {
		x[j] = float32(p) / 255
	}
	for k := range h {
		row := f.W1[k*Pixels : (k+1)*Pixels]
		s := f.B1[k]
		for j, v := range x {
			s += float32(row[j] * v)
		}
		h[k] = max(s, 0)
	}
	return h
}

// Predict runs the float network on one image and returns the most likely
// digit; buf comes from Buffer. It is the plain float32 baseline of the
// benchmarks: dense loops, no quantisation, no trace.
func (f *Float) Predict(img []byte, buf []float32) int {
	h := f.hidden(img, buf)
	best, bestV := 0, float32(math.Inf(-1))
	for c := 0; c < Classes; c++ {
		row := f.W2[c*f.Hidden : (c+1)*f.Hidden]
		s := f.B2[c]
		for k, v := range h {
			s += float32(row[k] * v)
		}
		if s > bestV {
			best, bestV = c, s
		}
	}
	return best
}

// Accuracy returns the fraction of set that the float network classifies
// correctly.
func (f *Float) Accuracy(set *Set) float64 {
	buf := f.Buffer()
	ok := 0
	for i, img := range set.Images {
		if f.Predict(img, buf) == set.Labels[i] {
			ok++
		}
	}
	return float64(ok) / float64(set.Len())
}

// Tensor names of the MNIST model.
const (
	NameW1 = "fc1.weight"
	NameB1 = "fc1.bias"
	NameW2 = "fc2.weight"
	NameB2 = "fc2.bias"
)

// TraceHeight is the accumulator capacity height of the MNIST program.
const TraceHeight = 4

// Quant holds the quantisation parameters chosen by Quantize.
type Quant struct {
	W1Scale, ActScale, W2Scale float64 // real value = scale × integer
	Mult1                      int64   // requant multiplier of layer 1
	Shift1                     int     // requant shift of layer 1
	OutScale                   float32 // dequant scale of the logits
}

// Quantize turns f into an RMS model with int8 weights. Inputs are pixels
// 0…255 (i16), so layer 1 computes Σ w1q·p in int32 with real value
// W1Scale/255 per unit; its ReLU output is requantised to int8 with scale
// ActScale, chosen as the 99.99th percentile of the hidden activations of
// calib divided by 127; layer 2 accumulates int8×int8 in int32 and is
// dequantised with OutScale = W2Scale·ActScale before softmax and argmax.
func Quantize(f *Float, calib *Set) (*model.Model, Quant, error) {
	H := f.Hidden
	var q Quant
	absMax := func(w []float32) float64 {
		m := 0.0
		for _, v := range w {
			m = max(m, math.Abs(float64(v)))
		}
		return m
	}
	q.W1Scale = absMax(f.W1) / 127
	q.W2Scale = absMax(f.W2) / 127
	if q.W1Scale == 0 || q.W2Scale == 0 {
		return nil, q, fmt.Errorf("quantize: all-zero weights")
	}
	// Calibrate the activation scale on the float network.
	var acts []float32
	buf := f.Buffer()
	for i := 0; i < min(calib.Len(), 5000); i++ {
		for _, v := range f.hidden(calib.Images[i], buf) {
			if v > 0 {
				acts = append(acts, v)
			}
		}
	}
	if len(acts) == 0 {
		return nil, q, fmt.Errorf("quantize: no positive activation in the calibration set")
	}
	sort.Slice(acts, func(i, j int) bool { return acts[i] < acts[j] })
	q.ActScale = float64(acts[len(acts)*9999/10000]) / 127
	r := q.W1Scale / 255 / q.ActScale
	q.Mult1, q.Shift1 = fixedPoint(r)
	q.OutScale = float32(q.W2Scale * q.ActScale)

	quant := func(w []float32, s float64) []int8 {
		out := make([]int8, len(w))
		for i, v := range w {
			out[i] = int8(max(-127, min(127, math.Round(float64(v)/s))))
		}
		return out
	}
	bias := func(b []float32, s float64) []int32 {
		out := make([]int32, len(b))
		for i, v := range b {
			out[i] = int32(max(math.MinInt32, min(math.MaxInt32, math.Round(float64(v)/s))))
		}
		return out
	}
	w1, err := model.FromI8(quant(f.W1, q.W1Scale), H, Pixels)
	if err != nil {
		return nil, q, err
	}
	b1, err := model.FromI32(bias(f.B1, q.W1Scale/255), H)
	if err != nil {
		return nil, q, err
	}
	w2, err := model.FromI8(quant(f.W2, q.W2Scale), Classes, H)
	if err != nil {
		return nil, q, err
	}
	b2, err := model.FromI32(bias(f.B2, q.W2Scale*q.ActScale), Classes)
	if err != nil {
		return nil, q, err
	}
	m := &model.Model{
		Program: Program(q.Mult1, q.Shift1, q.OutScale),
		Tensors: map[string]model.Tensor{NameW1: w1, NameB1: b1, NameW2: w2, NameB2: b2},
	}
	if err := m.Check(); err != nil {
		return nil, q, fmt.Errorf("quantize: %w", err)
	}
	return m, q, nil
}

// Program returns the MNIST op graph with the given layer-1 requant
// parameters and logit scale:
//
//	0 matmul(input, fc1.weight)   i16×i8 → i32 [B, H]
//	1 add_bias(op0, fc1.bias)     i32
//	2 relu(op1)                   i32
//	3 requant(op2)                → i8 [B, H]
//	4 matmul(op3, fc2.weight)     i8×i8 → i32 [B, 10]
//	5 add_bias(op4, fc2.bias)     i32
//	6 dequant(op5)                → f32 logits
//	7 softmax(op6)                f32 probabilities
//	8 argmax(op7)                 → i32 [B] labels
func Program(mult1 int64, shift1 int, outScale float32) model.Program {
	return model.Program{TraceHeight: TraceHeight, Ops: []model.Op{
		{Kind: model.OpMatMul, Inputs: []model.Ref{model.InputRef(), model.TensorRef(NameW1)}},
		{Kind: model.OpAddBias, Inputs: []model.Ref{model.OpRef(0), model.TensorRef(NameB1)}},
		{Kind: model.OpReLU, Inputs: []model.Ref{model.OpRef(1)}},
		model.RequantOp(2, mult1, shift1, 0, model.I8),
		{Kind: model.OpMatMul, Inputs: []model.Ref{model.OpRef(3), model.TensorRef(NameW2)}},
		{Kind: model.OpAddBias, Inputs: []model.Ref{model.OpRef(4), model.TensorRef(NameB2)}},
		model.DequantOp(5, outScale),
		{Kind: model.OpSoftmax, Inputs: []model.Ref{model.OpRef(6)}},
		{Kind: model.OpArgmax, Inputs: []model.Ref{model.OpRef(7)}},
	}}
}

// fixedPoint writes r > 0 as mult/2^shift with mult in [2^30, 2^31).
func fixedPoint(r float64) (mult int64, shift int) {
	frac, exp := math.Frexp(r) // r = frac·2^exp, frac in [0.5, 1)
	mult = int64(math.Round(frac * (1 << 31)))
	shift = 31 - exp
	if mult == 1<<31 {
		mult >>= 1
		shift--
	}
	for shift > model.MaxShift {
		mult >>= 1
		shift--
	}
	return mult, shift
}

// Metadata returns the GGUF metadata that describes a trained model: the
// training settings, the float accuracy and the quantisation parameters (the
// program in rms.program stays authoritative for the latter).
func Metadata(cfg TrainConfig, q Quant, floatAcc float64) []gguf.KV {
	cfg.defaults()
	return []gguf.KV{
		{Key: "general.name", Value: "mnist-mlp"},
		{Key: "rms-mlp.hidden_size", Value: uint32(cfg.Hidden)},
		{Key: "rms-mlp.input_size", Value: uint32(Pixels)},
		{Key: "rms-mlp.output_size", Value: uint32(Classes)},
		{Key: "rms.train.epochs", Value: uint32(cfg.Epochs)},
		{Key: "rms.train.seed", Value: cfg.Seed},
		{Key: "rms.train.learning_rate", Value: cfg.LR},
		{Key: "rms.train.momentum", Value: cfg.Momentum},
		{Key: "rms.train.batch", Value: uint32(cfg.Batch)},
		{Key: "rms.train.float_test_accuracy", Value: float32(floatAcc)},
		{Key: "rms.quant.input_scale", Value: float32(1.0 / 255)},
		{Key: "rms.quant.fc1.weight_scale", Value: float32(q.W1Scale)},
		{Key: "rms.quant.fc1.act_scale", Value: float32(q.ActScale)},
		{Key: "rms.quant.fc1.requant_multiplier", Value: int32(q.Mult1)},
		{Key: "rms.quant.fc1.requant_shift", Value: uint32(q.Shift1)},
		{Key: "rms.quant.fc2.weight_scale", Value: float32(q.W2Scale)},
		{Key: "rms.quant.fc2.output_scale", Value: q.OutScale},
	}
}

// Evaluate runs m natively on the whole set in batches and returns the
// number of correct labels.
func Evaluate(ctx context.Context, m *model.Model, set *Set, batch int) (int, error) {
	if batch < 1 {
		batch = 1
	}
	correct := 0
	for start := 0; start < set.Len(); start += batch {
		end := min(start+batch, set.Len())
		in, err := Input(set.Images[start:end]...)
		if err != nil {
			return 0, err
		}
		res, err := m.Run(ctx, in)
		if err != nil {
			return 0, fmt.Errorf("evaluate images %d…%d: %w", start, end-1, err)
		}
		if res.Output.DType != model.I32 || len(res.Output.I32) != end-start {
			return 0, fmt.Errorf("evaluate: output %s %v is not one label per image", res.Output.DType, res.Output.Shape)
		}
		for i, l := range res.Output.I32 {
			if int(l) == set.Labels[start+i] {
				correct++
			}
		}
	}
	return correct, nil
}
