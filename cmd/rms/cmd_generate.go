package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"runtime"
	"time"

	"github.com/rmsnet/rms/merkle"
	"github.com/rmsnet/rms/model/gguf"
	"github.com/rmsnet/rms/model/llama"
	"github.com/rmsnet/rms/model/tokenizer"
)

func init() {
	register(command{
		Name:    "generate",
		Summary: "generate text with a LLaMA-architecture GGUF model; print the text, its output root and op trace root",
		Run:     runGenerate,
	})
}

// generateOutput is the --json form of rms generate.
type generateOutput struct {
	Text            string      `json:"text"`
	Tokens          []int       `json:"tokens"`
	PromptTokens    []int       `json:"prompt_tokens"`
	OutputRoot      merkle.Hash `json:"output_root"`
	InputRoot       merkle.Hash `json:"input_root"`
	Ops             int         `json:"ops"`
	TraceLength     int         `json:"trace_length"`
	TraceRoot       merkle.Hash `json:"trace_root"`
	PromptTokPerS   float64     `json:"prompt_tokens_per_s"`
	GenerateTokPerS float64     `json:"generation_tokens_per_s"`
	HashingSeconds  float64     `json:"hashing_s"`
}

// textModel is a LLaMA model with its tokenizer, read from a mapped GGUF.
type textModel struct {
	file *gguf.Mapped
	m    *llama.Model
	tok  *tokenizer.Tokenizer
}

func openTextModel(path string, workers int) (*textModel, error) {
	f, err := gguf.Open(path)
	if err != nil {
		return nil, err
	}
	m, err := llama.Load(f.File, llama.WithWorkers(workers))
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	tok, err := tokenizer.FromGGUF(f.File)
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return &textModel{file: f, m: m, tok: tok}, nil
}

func (t *textModel) Close() error { return t.file.Close() }

// isTerminal reports whether w is a terminal (progress is shown only there).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

func runGenerate(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("generate", stderr)
	path := fs.String("model", "", "GGUF model file of architecture llama (required)")
	prompt := fs.String("prompt", "", "prompt text (required)")
	maxTokens := fs.Int("max-tokens", 64, "tokens to generate at most")
	temp := fs.Float64("temperature", 0, "sampling temperature; 0 is greedy")
	topP := fs.Float64("top-p", 1, "nucleus sampling: keep the most likely tokens up to this mass, in (0, 1]")
	seed := fs.Uint64("seed", 0, "seed of the sampler (the job carries it)")
	stopEOS := fs.Bool("stop", true, "stop at the end-of-text token")
	special := fs.Bool("special", false, "recognise control tokens such as <s> in the prompt text")
	threads := fs.Int("threads", 0, "goroutines for the kernels (default: all cores)")
	trace := fs.Bool("trace", true, "hash every op output into the trace (false: tokens and output root only, to measure the trace's cost)")
	asJSON := fs.Bool("json", false, "print one JSON object instead of streaming the text")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	switch {
	case *path == "":
		return fmt.Errorf("%w: --model is required", errUsage)
	case *prompt == "":
		return fmt.Errorf("%w: --prompt is required", errUsage)
	case *maxTokens < 0 || *maxTokens > llama.MaxJobTokens:
		return fmt.Errorf("%w: --max-tokens %d outside 0…%d", errUsage, *maxTokens, llama.MaxJobTokens)
	case !(*temp >= 0 && *temp <= 100):
		return fmt.Errorf("%w: --temperature %v outside [0, 100]", errUsage, *temp)
	case !(*topP > 0 && *topP <= 1):
		return fmt.Errorf("%w: --top-p %v outside (0, 1]", errUsage, *topP)
	case *threads < 0:
		return fmt.Errorf("%w: --threads %d is negative", errUsage, *threads)
	}
	workers := *threads
	if workers == 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	tm, err := openTextModel(*path, workers)
	if err != nil {
		return err
	}
	defer tm.Close()
	ids := tm.tok.Encode(*prompt, true, *special)
	if len(ids) == 0 {
		return fmt.Errorf("%w: --prompt %q has no tokens", errUsage, *prompt)
	}
	if n := len(ids) + *maxTokens; n > tm.m.Config.Context {
		return fmt.Errorf("%w: %d prompt tokens and --max-tokens %d exceed the model's context of %d", errUsage, len(ids), *maxTokens, tm.m.Config.Context)
	}
	if err := tm.m.CheckContext(len(ids), *maxTokens); err != nil {
		return fmt.Errorf("%w: --max-tokens %d: %v", errUsage, *maxTokens, err)
	}
	job := llama.Job{Prompt: ids, MaxTokens: *maxTokens, Seed: *seed, Temperature: float32(*temp), TopP: float32(*topP)}
	eos := -1
	if *stopEOS {
		eos = tm.tok.EOS
	}
	opts := llama.RunOptions{EOS: eos, NoTrace: !*trace}
	if !*asJSON {
		opts.OnToken = func(id int) {
			stdout.Write(tm.tok.Piece(id))
			if f, ok := stdout.(interface{ Sync() error }); ok && isTerminal(stdout) {
				f.Sync()
			}
		}
	}
	res, err := tm.m.Run(ctx, job, opts)
	if err != nil {
		return err
	}
	rate := func(n int, d time.Duration) float64 {
		if d <= 0 {
			return 0
		}
		return float64(n) / d.Seconds()
	}
	out := generateOutput{
		Text: string(tm.tok.Decode(res.Tokens)), Tokens: res.Tokens, PromptTokens: ids,
		OutputRoot: res.OutputRoot, InputRoot: res.InputRoot, Ops: res.N, TraceLength: res.C, TraceRoot: res.TraceRoot,
		PromptTokPerS: rate(len(ids), res.Prompt), GenerateTokPerS: rate(len(res.Tokens), res.Generation),
		HashingSeconds: res.Hashing.Seconds(),
	}
	if out.Tokens == nil {
		out.Tokens = []int{}
	}
	if *asJSON {
		return json.NewEncoder(stdout).Encode(out)
	}
	fmt.Fprintf(stdout, "\n\nprompt      %d tokens, %.1f tok/s\n", len(ids), out.PromptTokPerS)
	fmt.Fprintf(stdout, "generation  %d tokens, %.1f tok/s\n", len(res.Tokens), out.GenerateTokPerS)
	fmt.Fprintf(stdout, "output_root %s\n", out.OutputRoot)
	fmt.Fprintf(stdout, "ops         %d of %d\n", out.Ops, out.TraceLength)
	fmt.Fprintf(stdout, "trace_root  %s\n", out.TraceRoot)
	fmt.Fprintf(stdout, "context     %d positions allowed of the model's %d (VM bound 2^%d per op)\n", tm.m.AllowedContext(), tm.m.Config.Context, llama.MaxOpStepsLog2)
	return nil
}
