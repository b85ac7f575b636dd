package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"

	"github.com/rmsnet/rms/merkle"
	"github.com/rmsnet/rms/model"
	"github.com/rmsnet/rms/model/mnist"
)

func init() {
	register(command{
		Name:    "infer",
		Summary: "classify one MNIST image and print its output root and op trace root",
		Run:     runInfer,
	})
}

// inferOutput is the --json form of rms infer.
type inferOutput struct {
	Label      int32         `json:"label"`
	OutputRoot merkle.Hash   `json:"output_root"`
	Ops        int           `json:"ops"`
	TraceRoot  merkle.Hash   `json:"trace_root"`
	OpRoots    []merkle.Hash `json:"op_roots"`
}

// jobFlags are the model and input flags that infer and the vm commands share.
type jobFlags struct {
	path, input, data *string
	testIdx           indexFlag
}

// indexFlag is a flag holding an index ≥ 0, and whether it was given.
type indexFlag struct {
	n   int
	set bool
}

func (f *indexFlag) String() string {
	if f == nil || !f.set {
		return ""
	}
	return strconv.Itoa(f.n)
}

func (f *indexFlag) Set(s string) error {
	n, err := strconv.Atoi(s)
	if err != nil || n < 0 {
		return fmt.Errorf("want an index, 0 or more")
	}
	f.n, f.set = n, true
	return nil
}

func (jf *jobFlags) add(fs *flag.FlagSet) {
	jf.path = fs.String("model", "", "GGUF model file (required)")
	jf.input = fs.String("input", "", "28×28 grayscale PNG (0 background, 255 ink, as in MNIST)")
	fs.Var(&jf.testIdx, "mnist-test", "index 0…9999 of an MNIST test image to use as input")
	jf.data = fs.String("data", "", "directory of the MNIST .gz files for --mnist-test (default: the GoMNIST module in the Go module cache)")
}

// load returns the model and the input tensor the flags name.
func (jf *jobFlags) load() (*model.Model, model.Tensor, error) {
	if *jf.path == "" {
		return nil, model.Tensor{}, fmt.Errorf("%w: --model is required", errUsage)
	}
	if (*jf.input == "") == !jf.testIdx.set {
		return nil, model.Tensor{}, fmt.Errorf("%w: give exactly one of --input and --mnist-test", errUsage)
	}
	m, err := model.Load(*jf.path)
	if err != nil {
		return nil, model.Tensor{}, err
	}
	var pixels []byte
	if *jf.input != "" {
		f, err := os.Open(*jf.input)
		if err != nil {
			return nil, model.Tensor{}, fmt.Errorf("input: %w", err)
		}
		pixels, err = mnist.DecodePNG(f)
		f.Close()
		if err != nil {
			return nil, model.Tensor{}, fmt.Errorf("input %s: %w", *jf.input, err)
		}
	} else {
		dir, err := dataDir(*jf.data)
		if err != nil {
			return nil, model.Tensor{}, err
		}
		test, err := mnist.LoadTest(dir)
		if err != nil {
			return nil, model.Tensor{}, err
		}
		if jf.testIdx.n >= test.Len() {
			return nil, model.Tensor{}, fmt.Errorf("%w: --mnist-test %d outside 0…%d", errUsage, jf.testIdx.n, test.Len()-1)
		}
		pixels = test.Images[jf.testIdx.n]
	}
	in, err := mnist.Input(pixels)
	if err != nil {
		return nil, model.Tensor{}, err
	}
	return m, in, nil
}

func runInfer(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("infer", stderr)
	var jf jobFlags
	jf.add(fs)
	asJSON := fs.Bool("json", false, "print one JSON object")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	m, in, err := jf.load()
	if err != nil {
		return err
	}
	res, err := m.Run(ctx, in)
	if err != nil {
		return err
	}
	if res.Output.DType != model.I32 || len(res.Output.I32) != 1 {
		return fmt.Errorf("model output %s %v is not one label", res.Output.DType, res.Output.Shape)
	}
	out := inferOutput{
		Label:      res.Output.I32[0],
		OutputRoot: res.OutputRoot,
		Ops:        res.N,
		TraceRoot:  res.TraceRoot,
		OpRoots:    res.OpRoots,
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		return enc.Encode(out)
	}
	fmt.Fprintf(stdout, "label       %d\n", out.Label)
	fmt.Fprintf(stdout, "output_root %s\n", out.OutputRoot)
	fmt.Fprintf(stdout, "ops         %d\n", out.Ops)
	fmt.Fprintf(stdout, "trace_root  %s\n", out.TraceRoot)
	return nil
}
