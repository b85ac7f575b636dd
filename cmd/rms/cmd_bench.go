package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"github.com/rmsnet/rms/merkle"
	"github.com/rmsnet/rms/model"
	"github.com/rmsnet/rms/model/gguf"
	"github.com/rmsnet/rms/model/llama"
	"github.com/rmsnet/rms/model/mnist"
	"github.com/rmsnet/rms/vm"
	"github.com/rmsnet/rms/vm/guestimage"
)

func init() {
	register(command{Name: "bench", Summary: "measure the word tree, native MNIST against float32, MNIST in the VM and native text generation on this machine", Run: runBench})
}

// benchReport is what rms bench measures; rates are per second of wall time.
type benchReport struct {
	CPUs               int        `json:"cpus"`
	MerkleBytes        int        `json:"merkle_bytes"`
	MerkleMBps         float64    `json:"merkle_mb_per_s"`
	Images             int        `json:"images"`
	SingleImagesPerSec float64    `json:"native_single_images_per_s"`
	BatchImagesPerSec  float64    `json:"native_batch_images_per_s"`
	FloatImagesPerSec  float64    `json:"float32_images_per_s"`
	SingleVsFloat      float64    `json:"single_vs_float32"`
	BatchVsFloat       float64    `json:"batch_vs_float32"`
	VMSteps            uint64     `json:"vm_mnist_steps"`
	VMSeconds          float64    `json:"vm_mnist_seconds"`
	VMStepsPerSec      float64    `json:"vm_steps_per_s"`
	VMMatchesNative    bool       `json:"vm_matches_native"`
	Text               *textBench `json:"text,omitempty"`
}

// textBench is the text part of rms bench: one generation without the op
// trace and one with it. CPU times are user + system of the whole process.
type textBench struct {
	Model           string  `json:"model"`
	PromptTokens    int     `json:"prompt_tokens"`
	GenTokens       int     `json:"gen_tokens"`
	PromptCPUms     float64 `json:"prompt_cpu_ms_per_token"`
	GenCPUms        float64 `json:"gen_cpu_ms_per_token"`
	PromptPerSec    float64 `json:"prompt_tokens_per_s"`
	GenPerSec       float64 `json:"gen_tokens_per_s"`
	TraceGenCPUms   float64 `json:"trace_gen_cpu_ms_per_token"`
	TraceGenPerSec  float64 `json:"trace_gen_tokens_per_s"`
	TraceCPUShare   float64 `json:"trace_cpu_share"` // extra CPU of the traced run over the CPU of the run without
	CPUmsNoTrace    float64 `json:"run_cpu_ms"`
	CPUmsWithTrace  float64 `json:"trace_run_cpu_ms"`
	SynthesizedFrom string  `json:"shape,omitempty"`
}

func runBench(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("bench", stderr)
	path := fs.String("model", "testdata/mnist.gguf", "MNIST model (GGUF)")
	images := fs.Int("images", 2000, "test images for the native and float32 runs")
	mib := fs.Int("merkle-mib", 64, "MiB hashed for the word-tree rate")
	data := fs.String("data", "", "MNIST data directory (default: the GoMNIST module)")
	textPath := fs.String("text-model", "testdata/stories260K.gguf", "LLaMA GGUF model for the text part (\"\": no text part)")
	textShape := fs.String("text-shape", "", "synthesise a Q8_0 model of this shape for the text part instead, removed afterwards ("+strings.Join(llama.ShapeNames(), ", ")+")")
	textPrompt := fs.Int("text-prompt", 32, "prompt tokens of the text part")
	textTokens := fs.Int("text-tokens", 16, "tokens generated in the text part")
	asJSON := fs.Bool("json", false, "print one JSON object")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *textPrompt < 1 || *textTokens < 1 || *textPrompt+*textTokens > 4096 {
		return fmt.Errorf("%w: --text-prompt %d and --text-tokens %d: want at least 1 each, 4096 in all", errUsage, *textPrompt, *textTokens)
	}
	if _, ok := llama.Shapes[*textShape]; *textShape != "" && !ok {
		return fmt.Errorf("%w: --text-shape %q: want one of %s", errUsage, *textShape, strings.Join(llama.ShapeNames(), ", "))
	}
	if *images < 1 || *images > 10000 {
		return fmt.Errorf("%w: --images %d outside 1…10000", errUsage, *images)
	}
	if *mib < 1 || *mib > 4096 {
		return fmt.Errorf("%w: --merkle-mib %d outside 1…4096", errUsage, *mib)
	}
	f, err := gguf.ReadFile(*path)
	if err != nil {
		return err
	}
	m, _, err := model.FromGGUF(f)
	if err != nil {
		return fmt.Errorf("model %s: %w", *path, err)
	}
	fl, err := mnist.Dequantize(m, f)
	if err != nil {
		return fmt.Errorf("float32 baseline of %s: %w", *path, err)
	}
	dir, err := dataDir(*data)
	if err != nil {
		return err
	}
	test, err := mnist.LoadTest(dir)
	if err != nil {
		return err
	}
	imgs := test.Images[:min(*images, test.Len())]
	r := benchReport{CPUs: runtime.GOMAXPROCS(0), Images: len(imgs), MerkleBytes: *mib << 20}

	// Word tree over deterministic, non-zero bytes.
	buf := make([]byte, r.MerkleBytes)
	for i := range buf {
		buf[i] = byte(i*131 + i>>9)
	}
	t0 := time.Now()
	merkle.Root(buf)
	r.MerkleMBps = float64(len(buf)) / 1e6 / time.Since(t0).Seconds()
	buf = nil

	// Native: one image per run (full trace each), then batches of 256.
	t0 = time.Now()
	for _, img := range imgs {
		if err := ctx.Err(); err != nil {
			return err
		}
		in, err := mnist.Input(img)
		if err != nil {
			return err
		}
		if _, err := m.Run(ctx, in); err != nil {
			return err
		}
	}
	r.SingleImagesPerSec = float64(len(imgs)) / time.Since(t0).Seconds()
	t0 = time.Now()
	for i := 0; i < len(imgs); i += 256 {
		in, err := mnist.Input(imgs[i:min(i+256, len(imgs))]...)
		if err != nil {
			return err
		}
		if _, err := m.Run(ctx, in); err != nil {
			return err
		}
	}
	r.BatchImagesPerSec = float64(len(imgs)) / time.Since(t0).Seconds()

	// The same network in plain float32, one image at a time.
	fbuf := fl.Buffer()
	t0 = time.Now()
	for _, img := range imgs {
		fl.Predict(img, fbuf)
	}
	r.FloatImagesPerSec = float64(len(imgs)) / time.Since(t0).Seconds()
	r.SingleVsFloat = r.SingleImagesPerSec / r.FloatImagesPerSec
	r.BatchVsFloat = r.BatchImagesPerSec / r.FloatImagesPerSec

	// The whole inference of test image 0 inside the VM (single-phase mode).
	in, err := mnist.Input(imgs[0])
	if err != nil {
		return err
	}
	j, err := vm.NewJob(ctx, m, in)
	if err != nil {
		return err
	}
	g, err := guestimage.Program()
	if err != nil {
		return err
	}
	out, err := runGuestOp(ctx, g, j, vm.AllOps, 0, stderr)
	if err != nil {
		return err
	}
	r.VMSteps, r.VMSeconds, r.VMStepsPerSec, r.VMMatchesNative = out.Steps, out.WallSeconds, out.StepsPerSec, out.Match

	if *textShape != "" || *textPath != "" {
		if r.Text, err = benchText(ctx, *textPath, *textShape, *textPrompt, *textTokens); err != nil {
			return err
		}
	}

	if *asJSON {
		enc := json.NewEncoder(stdout)
		return enc.Encode(r)
	}
	fmt.Fprintf(stdout, "cpus                 %d\n", r.CPUs)
	fmt.Fprintf(stdout, "word tree            %.1f MB/s (%d MiB)\n", r.MerkleMBps, *mib)
	fmt.Fprintf(stdout, "native, one image    %.0f images/s (%.2f× float32)\n", r.SingleImagesPerSec, r.SingleVsFloat)
	fmt.Fprintf(stdout, "native, batch of 256 %.0f images/s (%.2f× float32)\n", r.BatchImagesPerSec, r.BatchVsFloat)
	fmt.Fprintf(stdout, "float32 baseline     %.0f images/s (%d images)\n", r.FloatImagesPerSec, r.Images)
	fmt.Fprintf(stdout, "VM, whole inference  %d steps in %.3f s, %.1f M steps/s, matches native: %v\n",
		r.VMSteps, r.VMSeconds, r.VMStepsPerSec/1e6, r.VMMatchesNative)
	if t := r.Text; t != nil {
		fmt.Fprintf(stdout, "text model           %s (%d prompt tokens, %d generated)\n", t.Model, t.PromptTokens, t.GenTokens)
		fmt.Fprintf(stdout, "text, prompt         %.0f tokens/s, %.2f CPU-ms/token\n", t.PromptPerSec, t.PromptCPUms)
		fmt.Fprintf(stdout, "text, generation     %.1f tokens/s, %.2f CPU-ms/token (with the trace: %.1f tokens/s, %.2f CPU-ms/token)\n",
			t.GenPerSec, t.GenCPUms, t.TraceGenPerSec, t.TraceGenCPUms)
		fmt.Fprintf(stdout, "text, trace          +%.0f %% CPU over the run without it\n", 100*t.TraceCPUShare)
	}
	if !r.VMMatchesNative {
		return fmt.Errorf("the VM's result differs from native execution (%s)", out.Status)
	}
	return nil
}

// benchText measures a generation of tokens new tokens after prompt
// synthetic prompt tokens, without and with the op trace, on the model at
// path or, given a shape, on a synthetic Q8_0 model of that shape written
// to a temporary file.
func benchText(ctx context.Context, path, shape string, prompt, tokens int) (*textBench, error) {
	tb := &textBench{Model: path, PromptTokens: prompt, GenTokens: tokens}
	if shape != "" {
		dir, err := os.MkdirTemp("", "rms-bench-")
		if err != nil {
			return nil, err
		}
		defer os.RemoveAll(dir)
		path = filepath.Join(dir, shape+".gguf")
		f, err := os.Create(path)
		if err != nil {
			return nil, err
		}
		err = llama.Synth(f, llama.Shapes[shape], gguf.TensorQ8_0, 1)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return nil, fmt.Errorf("text part: %w", err)
		}
		tb.Model, tb.SynthesizedFrom = shape+" (synthetic Q8_0)", shape
	}
	tm, err := openTextModel(path, runtime.GOMAXPROCS(0))
	if err != nil {
		return nil, fmt.Errorf("text part: %w", err)
	}
	defer tm.Close()
	c := tm.m.Config
	if prompt+tokens > c.Context {
		return nil, fmt.Errorf("%w: --text-prompt %d and --text-tokens %d exceed the context of %d of %s", errUsage, prompt, tokens, c.Context, tb.Model)
	}
	job := llama.Job{Prompt: make([]int, prompt), MaxTokens: tokens}
	for i := range job.Prompt {
		job.Prompt[i] = (3 + 7*i) % c.Vocab
	}
	// One position first, so that the measured runs do not pay for the
	// first touch of the mapped weights.
	if _, err := tm.m.Measure(ctx, llama.Job{Prompt: job.Prompt[:1], MaxTokens: 1}, true); err != nil {
		return nil, fmt.Errorf("text part: %w", err)
	}
	plain, err := tm.m.Measure(ctx, job, true)
	if err != nil {
		return nil, fmt.Errorf("text part: %w", err)
	}
	traced, err := tm.m.Measure(ctx, job, false)
	if err != nil {
		return nil, fmt.Errorf("text part: %w", err)
	}
	tb.PromptCPUms, tb.GenCPUms = plain.PerToken()
	tb.PromptPerSec, tb.GenPerSec = plain.Rates()
	_, tb.TraceGenCPUms = traced.PerToken()
	_, tb.TraceGenPerSec = traced.Rates()
	tb.CPUmsNoTrace = float64(plain.TotalCPU.Microseconds()) / 1e3
	tb.CPUmsWithTrace = float64(traced.TotalCPU.Microseconds()) / 1e3
	if plain.TotalCPU > 0 {
		tb.TraceCPUShare = max(0, float64(traced.TotalCPU-plain.TotalCPU)/float64(plain.TotalCPU))
	}
	return tb, nil
}
