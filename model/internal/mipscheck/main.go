package main

import (
	"context"
	"fmt"
	"io"
	"math"
	"os"

	"github.com/rmsnet/rms/merkle"
	"github.com/rmsnet/rms/model"
	"github.com/rmsnet/rms/model/mnist"
)

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: mipscheck MODEL.gguf IMAGES | mipscheck text|text-only LLAMA.gguf")
		os.Exit(2)
	}
	run := run
	if os.Args[1] == "text" || os.Args[1] == "text-only" {
		synth := os.Args[1] == "text"
		run = func(w io.Writer, _, path string) error { return runText(w, path, synth) }
	}
	if err := run(os.Stdout, os.Args[1], os.Args[2]); err != nil {
		fmt.Fprintln(os.Stderr, "mipscheck:", err)
		os.Exit(1)
	}
}

func run(w io.Writer, modelPath, imagesPath string) error {
	m, err := model.Load(modelPath)
	if err != nil {
		return err
	}
	raw, err := os.ReadFile(imagesPath)
	if err != nil {
		return err
	}
	if len(raw)%mnist.Pixels != 0 {
		return fmt.Errorf("%s: %d bytes is not a whole number of images", imagesPath, len(raw))
	}
	var imgs [][]byte
	for off := 0; off < len(raw); off += mnist.Pixels {
		imgs = append(imgs, raw[off:off+mnist.Pixels])
	}
	line := func(name string, res *model.Result) {
		fmt.Fprintf(w, "%s label %v trace %s ops", name, res.Output.I32, res.TraceRoot)
		for _, r := range res.OpRoots {
			fmt.Fprintf(w, " %s", r)
		}
		fmt.Fprintln(w)
	}
	for i, img := range imgs {
		in, err := mnist.Input(img)
		if err != nil {
			return err
		}
		res, err := m.Run(context.Background(), in)
		if err != nil {
			return fmt.Errorf("image %d: %w", i, err)
		}
		line(fmt.Sprintf("img %d", i), res)
	}
	in, err := mnist.Input(imgs...)
	if err != nil {
		return err
	}
	res, err := m.Run(context.Background(), in)
	if err != nil {
		return fmt.Errorf("batch: %w", err)
	}
	line("batch", res)
	var buf []byte
	for x := float32(-90); x <= 90; x += 0.0625 {
		v := math.Float32bits(model.Exp(x))
		buf = append(buf, byte(v), byte(v>>8), byte(v>>16), byte(v>>24))
	}
	fmt.Fprintf(w, "exp %s\n", merkle.Keccak(buf))
	kh, err := kernelSweep()
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "kernels %s\n", kh)
	return nil
}

// kernelSweep runs the float and requant kernels on edge values (large
// int32s that float32 must round, infinities, NaN, subnormal results, −0,
// saturation) and returns the hash of every output's canonical encoding.
func kernelSweep() (merkle.Hash, error) {
	var ints []int32
	for i := int32(0); i < 512; i++ {
		v := int32(uint32(i)*2654435761) ^ (i << 7)
		ints = append(ints, v, -v, v>>7, 1<<24+i, -(1<<25)-i)
	}
	ints = append(ints, math.MaxInt32, math.MinInt32, 0, 1, -1)
	floats := []float32{0, float32(math.Copysign(0, -1)), 1, -1, 88.7, -87.3, -104, 1e-40, -1e-40,
		float32(math.Inf(1)), float32(math.Inf(-1)), float32(math.NaN()), math.MaxFloat32, math.SmallestNonzeroFloat32}
	for i := 0; i < 600; i++ {
		floats = append(floats, float32(i-300)*0.37)
	}
	xi, err := model.FromI32(ints, len(ints)/5, 5)
	if err != nil {
		return merkle.Hash{}, err
	}
	xf, err := model.FromF32(floats, len(floats)/2, 2)
	if err != nil {
		return merkle.Hash{}, err
	}
	wide, err := model.FromF32(floats, 1, len(floats))
	if err != nil {
		return merkle.Hash{}, err
	}
	var all []byte
	add := func(t model.Tensor, err error) error {
		if err != nil {
			return err
		}
		b, err := t.Encode()
		all = append(all, b...)
		return err
	}
	for _, s := range []float32{1, 0.001, 3.7e-5, 1e30, 1e-30} {
		if err := add(model.Dequant(xi, s)); err != nil {
			return merkle.Hash{}, err
		}
	}
	for _, p := range [][3]int64{{1, 0, 0}, {1 << 30, 40, 3}, {math.MaxInt32, 31, -5}, {12345, 20, 0}} {
		if err := add(model.Requant(xi, p[0], int(p[1]), p[2], model.I8)); err != nil {
			return merkle.Hash{}, err
		}
		if err := add(model.Requant(xi, p[0], int(p[1]), p[2], model.I16)); err != nil {
			return merkle.Hash{}, err
		}
	}
	for _, x := range []model.Tensor{xf, wide} {
		if err := add(model.Softmax(x)); err != nil {
			return merkle.Hash{}, err
		}
		if err := add(model.Argmax(x)); err != nil {
			return merkle.Hash{}, err
		}
		if err := add(model.ReLU(x)); err != nil {
			return merkle.Hash{}, err
		}
	}
	return merkle.Keccak(all), nil
}
