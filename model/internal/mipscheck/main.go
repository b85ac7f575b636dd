// Command mipscheck runs the MNIST model on raw images and prints every op
// root of every trace, so that a build for GOOS=linux GOARCH=mips
// GOMIPS=softfloat run under qemu-mips can be compared line by line with the
// native build (see the test in this directory).
//
// Usage: mipscheck MODEL.gguf IMAGES
//
// IMAGES holds 784-byte images back to back. Output: one line per image
// ("img I label L trace T ops R1 … RN"), then one line for all images as one
// batch, then one line with the hash of the bits of model.Exp over a sweep.
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
		fmt.Fprintln(os.Stderr, "usage: mipscheck MODEL.gguf IMAGES")
		os.Exit(2)
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
	return nil
}
