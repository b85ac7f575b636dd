package mnist

import (
	"bytes"
	"context"
	"errors"
	"image"
	"image/color"
	"image/png"
	"math"
	"path/filepath"
	"runtime"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/rmsnet/rms/merkle"
	"github.com/rmsnet/rms/model"
)

var committed = filepath.Join("..", "..", "testdata", "mnist.gguf")

var (
	dataOnce        sync.Once
	trainSet, tests *Set
	dataErr         error
)

func data(t testing.TB) (*Set, *Set) {
	t.Helper()
	dataOnce.Do(func() {
		dir, err := DataDir()
		if err != nil {
			dataErr = err
			return
		}
		trainSet, tests, dataErr = Load(dir)
	})
	if dataErr != nil {
		t.Fatal(dataErr)
	}
	return trainSet, tests
}

// TestCommittedModelAccuracy requires the committed quantised model to
// classify at least 97.0 % of the 10,000 test images correctly.
func TestCommittedModelAccuracy(t *testing.T) {
	_, test := data(t)
	m, err := model.Load(committed)
	if err != nil {
		t.Fatal(err)
	}
	correct, err := Evaluate(context.Background(), m, test, 1000)
	if err != nil {
		t.Fatal(err)
	}
	acc := float64(correct) / float64(test.Len())
	t.Logf("accuracy %.2f%% (%d/%d)", 100*acc, correct, test.Len())
	if test.Len() != 10000 || acc < 0.97 {
		t.Fatalf("accuracy %.4f on %d images, want ≥ 0.97 on 10000", acc, test.Len())
	}
}

// TestCommittedModelTrace pins the trace of test image 0 (the README's
// first command) and requires identical traces under GOMAXPROCS 1 and 2,
// one image at a time and as a batch.
func TestCommittedModelTrace(t *testing.T) {
	_, test := data(t)
	m, err := model.Load(committed)
	if err != nil {
		t.Fatal(err)
	}
	in0, _ := Input(test.Images[0])
	res, err := m.Run(context.Background(), in0)
	if err != nil {
		t.Fatal(err)
	}
	const pinned = "0xc002ac370e630354ab477681cda0f6649d4f46c93cdaad001278884d864e0dff"
	if res.Output.I32[0] != 7 || res.N != 9 || res.TraceRoot.Hex() != pinned {
		t.Fatalf("image 0: label %d, %d ops, trace %s; want 7, 9, %s", res.Output.I32[0], res.N, res.TraceRoot, pinned)
	}
	prev := runtime.GOMAXPROCS(0)
	defer runtime.GOMAXPROCS(prev)
	traces := func() []merkle.Hash {
		var out []merkle.Hash
		for i := 0; i < 20; i++ {
			in, _ := Input(test.Images[i])
			r, err := m.Run(context.Background(), in)
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, r.TraceRoot)
		}
		in, _ := Input(test.Images[:200]...)
		r, err := m.Run(context.Background(), in)
		if err != nil {
			t.Fatal(err)
		}
		return append(out, r.TraceRoot)
	}
	runtime.GOMAXPROCS(1)
	one := traces()
	runtime.GOMAXPROCS(2)
	two := traces()
	if !slices.Equal(one, two) {
		t.Fatal("traces differ between GOMAXPROCS 1 and 2")
	}
}

func TestTrainDeterministic(t *testing.T) {
	train, _ := data(t)
	small := &Set{Images: train.Images[:3000], Labels: train.Labels[:3000]}
	cfg := TrainConfig{Hidden: 16, Epochs: 1, Seed: 7}
	a, err := Train(context.Background(), small, cfg)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := Train(context.Background(), small, cfg)
	cfg.Seed = 8
	c, _ := Train(context.Background(), small, cfg)
	bits := func(f *Float) []uint32 {
		var out []uint32
		for _, s := range [][]float32{f.W1, f.B1, f.W2, f.B2} {
			for _, v := range s {
				out = append(out, math.Float32bits(v))
			}
		}
		return out
	}
	if !slices.Equal(bits(a), bits(b)) {
		t.Fatal("same config, different weights")
	}
	if slices.Equal(bits(a), bits(c)) {
		t.Fatal("different seeds, same weights")
	}
	m, q, err := Quantize(a, small)
	if err != nil {
		t.Fatal(err)
	}
	if q.Mult1 < 1<<30 || q.Mult1 >= 1<<31 {
		t.Fatalf("multiplier %d not normalised", q.Mult1)
	}
	if got := m.Tensors[NameW1].Shape; got[0] != 16 || got[1] != Pixels {
		t.Fatalf("fc1.weight shape %v", got)
	}
	// Even one epoch on 3000 images with 16 units learns something.
	correct, err := Evaluate(context.Background(), m, small, 500)
	if err != nil {
		t.Fatal(err)
	}
	if correct < 2400 {
		t.Fatalf("quantised tiny model: %d/3000 on its training data", correct)
	}
	if _, err := Train(context.Background(), small, TrainConfig{Hidden: -1}); err == nil {
		t.Fatal("negative hidden size: no error")
	}
}

func TestFixedPoint(t *testing.T) {
	for _, r := range []float64{1e-5, 0.000123, 0.5, 0.75, 1, 1.5, 3.999} {
		m, s := fixedPoint(r)
		if m < 1<<29 || m >= 1<<31 || s < 0 || s > model.MaxShift {
			t.Fatalf("fixedPoint(%g) = %d >> %d", r, m, s)
		}
		got := float64(m) / math.Pow(2, float64(s))
		if math.Abs(got-r)/r > 1e-8 {
			t.Fatalf("fixedPoint(%g) = %g", r, got)
		}
	}
}

func TestPNG(t *testing.T) {
	pix := make([]byte, Pixels)
	for i := range pix {
		pix[i] = byte(i * 3)
	}
	b, err := EncodePNG(pix)
	if err != nil {
		t.Fatal(err)
	}
	got, err := DecodePNG(bytes.NewReader(b))
	if err != nil || !bytes.Equal(got, pix) {
		t.Fatalf("gray round trip: %v", err)
	}
	enc := func(img image.Image) []byte {
		var buf bytes.Buffer
		if err := png.Encode(&buf, img); err != nil {
			t.Fatal(err)
		}
		return buf.Bytes()
	}
	g16 := image.NewGray16(image.Rect(0, 0, 28, 28))
	g16.SetGray16(3, 0, color.Gray16{Y: 0xabcd})
	got, err = DecodePNG(bytes.NewReader(enc(g16)))
	if err != nil || got[3] != 0xab || got[0] != 0 {
		t.Fatalf("gray16: %v", err)
	}
	pal := image.NewPaletted(image.Rect(0, 0, 28, 28), color.Palette{color.Gray{Y: 0}, color.Gray{Y: 200}})
	pal.SetColorIndex(5, 6, 1)
	got, err = DecodePNG(bytes.NewReader(enc(pal)))
	if err != nil || got[6*28+5] != 200 || got[0] != 0 {
		t.Fatalf("gray palette: %v", err)
	}
	redPal := image.NewPaletted(image.Rect(0, 0, 28, 28), color.Palette{color.Gray{Y: 0}, color.RGBA{R: 255, A: 255}})
	rgb := image.NewRGBA(image.Rect(0, 0, 28, 28))
	rgb.Set(1, 1, color.RGBA{R: 255, A: 255})
	bad := []struct {
		name string
		b    []byte
	}{
		{"colour", enc(rgb)},
		{"colour palette", enc(redPal)},
		{"size", enc(image.NewGray(image.Rect(0, 0, 28, 27)))},
		{"not png", []byte("GIF89a....")},
		{"empty", nil},
		{"truncated", b[:len(b)/2]},
	}
	for _, tc := range bad {
		if _, err := DecodePNG(bytes.NewReader(tc.b)); err == nil {
			t.Errorf("%s: no error", tc.name)
		} else if tc.name != "truncated" && !errors.Is(err, ErrNotGray28) {
			t.Errorf("%s: %v does not say what is wanted", tc.name, err)
		}
	}
	if _, err := Input(make([]byte, 783)); err == nil {
		t.Fatal("short image: no error")
	}
}

func FuzzDecodePNG(f *testing.F) {
	pix := make([]byte, Pixels)
	for i := range pix {
		pix[i] = byte(i)
	}
	b, _ := EncodePNG(pix)
	f.Add(b)
	f.Fuzz(func(t *testing.T, b []byte) {
		got, err := DecodePNG(bytes.NewReader(b))
		if err == nil && len(got) != Pixels {
			t.Fatalf("decoded %d pixels", len(got))
		}
	})
}

// TestTrainStopsOnCancel: training (20 s for the full run) returns soon
// after its context ends, inside an epoch.
func TestTrainStopsOnCancel(t *testing.T) {
	train, _ := data(t)
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	start := time.Now()
	_, err := Train(ctx, train, TrainConfig{Hidden: 128, Epochs: 10, Seed: 1})
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("Train = %v, want the context's deadline", err)
	}
	if d := time.Since(start); d > time.Second {
		t.Fatalf("Train returned %s after the start, long after its 100 ms deadline", d)
	}
}
