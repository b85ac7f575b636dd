package main

import (
	"context"
	"fmt"
	"io"

	"github.com/rmsnet/rms/model"
	"github.com/rmsnet/rms/model/mnist"
)

func init() {
	register(command{
		Name:    "eval",
		Summary: "print a model's accuracy on the 10,000 MNIST test images",
		Run:     runEval,
	})
}

func runEval(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("eval", stderr)
	path := fs.String("model", "", "GGUF model file (required)")
	data := fs.String("data", "", "directory of the MNIST .gz files (default: the GoMNIST module in the Go module cache)")
	batch := fs.Int("batch", 500, "images per executor run")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *path == "" {
		return fmt.Errorf("%w: --model is required", errUsage)
	}
	if *batch < 1 {
		return fmt.Errorf("%w: --batch must be ≥ 1", errUsage)
	}
	m, err := model.Load(*path)
	if err != nil {
		return err
	}
	dir, err := dataDir(*data)
	if err != nil {
		return err
	}
	test, err := mnist.LoadTest(dir)
	if err != nil {
		return err
	}
	correct, err := mnist.Evaluate(ctx, m, test, *batch)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "accuracy %.2f%% (%d/%d)\n", 100*float64(correct)/float64(test.Len()), correct, test.Len())
	return nil
}
