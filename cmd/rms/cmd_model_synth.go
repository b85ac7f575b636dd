package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/rmsnet/rms/model/gguf"
	"github.com/rmsnet/rms/model/llama"
)

func init() {
	register(command{
		Name:    "model synth",
		Summary: "write a LLaMA GGUF file of a known shape with seeded random weights (Q8_0 by default)",
		Run:     runModelSynth,
	})
}

var synthTypes = map[string]gguf.TensorType{
	"F32": gguf.TensorF32, "F16": gguf.TensorF16, "Q8_0": gguf.TensorQ8_0, "Q4_0": gguf.TensorQ4_0,
	"Q4_K": gguf.TensorQ4_K, "Q6_K": gguf.TensorQ6_K,
}

func runModelSynth(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("model synth", stderr)
	shape := fs.String("shape", "", "model shape: "+strings.Join(llama.ShapeNames(), ", ")+" (required)")
	out := fs.String("out", "", "GGUF file to write (required)")
	typ := fs.String("type", "Q8_0", "weight type: F32, F16, Q8_0, Q4_0, Q4_K, Q6_K")
	seed := fs.Uint64("seed", 1, "seed of the random weights")
	layers := fs.Int("layers", 0, "number of blocks instead of the shape's (a scaled-down model of the same widths)")
	asJSON := fs.Bool("json", false, "print one JSON object")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	s, ok := llama.Shapes[*shape]
	switch {
	case *shape == "":
		return fmt.Errorf("%w: --shape is required (%s)", errUsage, strings.Join(llama.ShapeNames(), ", "))
	case !ok:
		return fmt.Errorf("%w: --shape %q unknown (%s)", errUsage, *shape, strings.Join(llama.ShapeNames(), ", "))
	case *out == "":
		return fmt.Errorf("%w: --out is required", errUsage)
	case *layers < 0 || *layers > 1024:
		return fmt.Errorf("%w: --layers %d outside 1…1024 (0: the shape's)", errUsage, *layers)
	}
	if *layers > 0 {
		s.Layers = *layers
	}
	t, ok := synthTypes[*typ]
	if !ok {
		return fmt.Errorf("%w: --type %q unknown (F32, F16, Q8_0, Q4_0, Q4_K, Q6_K)", errUsage, *typ)
	}
	f, err := os.Create(*out)
	if err != nil {
		return err
	}
	if err := llama.Synth(f, s, t, *seed); err != nil {
		f.Close()
		os.Remove(*out)
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	st, err := os.Stat(*out)
	if err != nil {
		return err
	}
	if *asJSON {
		return json.NewEncoder(stdout).Encode(map[string]any{"out": *out, "shape": *shape, "type": *typ, "bytes": st.Size()})
	}
	fmt.Fprintf(stdout, "wrote %s: %s, %s, %d bytes\n", *out, *shape, *typ, st.Size())
	return nil
}
