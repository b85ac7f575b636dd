package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/rmsnet/rms/model"
	"github.com/rmsnet/rms/model/gguf"
	"github.com/rmsnet/rms/model/mnist"
)

func init() {
	register(command{
		Name:    "model mnist",
		Summary: "train the MNIST MLP, quantise it to int8 and write it as GGUF",
		Run:     runModelMNIST,
	})
	register(command{
		Name:    "model info",
		Summary: "print a GGUF model's roots, program, tensors and metadata",
		Run:     runModelInfo,
	})
}

func runModelInfo(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("model info", stderr)
	path := fs.String("model", "", "GGUF model file (required)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *path == "" {
		return fmt.Errorf("%w: --model is required", errUsage)
	}
	f, err := gguf.ReadFile(*path)
	if err != nil {
		return err
	}
	m, arch, err := model.FromGGUF(f)
	if err != nil {
		return fmt.Errorf("%s: %w", *path, err)
	}
	root, err := m.Root()
	if err != nil {
		return err
	}
	proot, err := m.Program.Root()
	if err != nil {
		return err
	}
	idx, err := m.Index()
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "architecture %s\nmodel root   %s\nprogram root %s\n\n%s\ntensors\n", arch, root, proot, m.Program.String())
	for _, e := range idx {
		t := m.Tensors[e.Name]
		fmt.Fprintf(stdout, "  %-12s %-4s %-12s %s\n", e.Name, t.DType, fmt.Sprint(t.Shape), e.Root)
	}
	fmt.Fprintln(stdout, "\nmetadata")
	for _, kv := range f.KV {
		if kv.Key == model.KeyProgram {
			fmt.Fprintf(stdout, "  %s = (%d bytes, listed above)\n", kv.Key, len(kv.Value.([]uint8)))
			continue
		}
		fmt.Fprintf(stdout, "  %s = %v\n", kv.Key, kv.Value)
	}
	return nil
}

func runModelMNIST(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("model mnist", stderr)
	out := fs.String("out", "", "GGUF file to write (required)")
	epochs := fs.Int("epochs", 10, "training epochs")
	seed := fs.Uint64("seed", 1, "seed of the initial weights and of the shuffles")
	hidden := fs.Int("hidden", 128, "hidden units")
	data := fs.String("data", "", "directory of the MNIST .gz files (default: the GoMNIST module in the Go module cache)")
	quiet := fs.Bool("quiet", false, "do not print training progress")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *out == "" {
		return fmt.Errorf("%w: --out is required", errUsage)
	}
	if *epochs < 1 || *hidden < 1 || *hidden > 4096 || *seed == 0 {
		return fmt.Errorf("%w: --epochs must be ≥ 1, --hidden in 1…4096, --seed nonzero", errUsage)
	}
	// Before training, which takes a while: the file must be writable.
	if err := checkWritable("out", *out); err != nil {
		return err
	}
	dir, err := dataDir(*data)
	if err != nil {
		return err
	}
	train, test, err := mnist.Load(dir)
	if err != nil {
		return err
	}
	start := time.Now()
	cfg := mnist.TrainConfig{Hidden: *hidden, Epochs: *epochs, Seed: *seed}
	if !*quiet {
		cfg.Progress = func(epoch int, loss float64) {
			fmt.Fprintf(stderr, "epoch %d/%d  loss %.4f  %s\n", epoch, *epochs, loss, time.Since(start).Round(time.Millisecond))
		}
	}
	f, err := mnist.Train(ctx, train, cfg)
	if err != nil {
		return err
	}
	floatAcc := f.Accuracy(test)
	m, q, err := mnist.Quantize(f, train)
	if err != nil {
		return err
	}
	correct, err := mnist.Evaluate(ctx, m, test, 500)
	if err != nil {
		return err
	}
	if err := model.Save(*out, m, model.ArchMLP, mnist.Metadata(cfg, q, floatAcc)); err != nil {
		return err
	}
	root, err := m.Root()
	if err != nil {
		return err
	}
	proot, err := m.Program.Root()
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "wrote %s\n", *out)
	fmt.Fprintf(stdout, "float accuracy     %.2f%%\n", 100*floatAcc)
	fmt.Fprintf(stdout, "quantised accuracy %.2f%% (%d/%d)\n", 100*float64(correct)/float64(test.Len()), correct, test.Len())
	fmt.Fprintf(stdout, "model root         %s\n", root)
	fmt.Fprintf(stdout, "program root       %s\n", proot)
	return nil
}

// checkWritable fails unless a file can be written at path, the value of
// flag --name: path is not a directory and its directory takes a new file.
func checkWritable(name, path string) error {
	if fi, err := os.Stat(path); err == nil && fi.IsDir() {
		return fmt.Errorf("%w: --%s %s is a directory", errUsage, name, path)
	}
	f, err := os.CreateTemp(filepath.Dir(path), ".rms-write-check-*")
	if err != nil {
		return fmt.Errorf("%w: --%s %s cannot be written: %v", errUsage, name, path, err)
	}
	f.Close()
	return os.Remove(f.Name())
}

// dataDir returns flagDir, or the GoMNIST data directory of the module cache.
func dataDir(flagDir string) (string, error) {
	if flagDir != "" {
		return flagDir, nil
	}
	return mnist.DataDir()
}
