package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"

	"time"

	"github.com/rmsnet/rms/market"
	"github.com/rmsnet/rms/model/mnist"
	"github.com/rmsnet/rms/node"
)

func init() {
	register(command{Name: "job submit", Summary: "send a job to K staked providers of a class and print the answer their claims back", Run: runJobSubmit})
}

func runJobSubmit(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("job submit", stderr)
	nf := addNodeFlags(fs)
	class := fs.String("service", "", "class id of the service (0x + 64 hex digits; `rms service list` shows it; with --prompt, default: --model's class)")
	input := fs.String("input", "", "28×28 grayscale PNG")
	testIdx := fs.Int("mnist-test", -1, "index of an MNIST test image to use as input")
	prompt := fs.String("prompt", "", "text prompt (text models: --model names the GGUF whose tokenizer encodes it)")
	maxTokens := fs.Int("max-tokens", 64, "with --prompt: tokens to generate at most")
	temp := fs.Float64("temperature", 0, "with --prompt: sampling temperature; 0 is greedy")
	seed := fs.Uint64("sample-seed", 0, "with --prompt: seed of the sampler (part of the job)")
	data := fs.String("data", "", "directory of the MNIST .gz files for --mnist-test")
	asJSON := fs.Bool("json", false, "print one JSON object")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	given := 0
	for _, g := range []bool{*input != "", *testIdx >= 0, *prompt != ""} {
		if g {
			given++
		}
	}
	if given != 1 {
		return fmt.Errorf("%w: give exactly one of --input, --mnist-test and --prompt", errUsage)
	}
	cfg, err := nf.load()
	if err != nil {
		return err
	}
	var (
		blob    []byte
		text    *node.Service
		classID market.ClassID
	)
	if *prompt != "" {
		if cfg.Model == "" {
			return fmt.Errorf("%w: --prompt needs --model, the text model's GGUF (its tokenizer encodes the prompt)", errUsage)
		}
		if text, err = node.LoadService(cfg.Model); err != nil {
			return err
		}
		if text.Text == nil {
			return fmt.Errorf("%w: --model %s is no text model", errUsage, cfg.Model)
		}
		if !(*temp >= 0 && *temp <= 100) {
			return fmt.Errorf("%w: --temperature %v outside [0, 100]", errUsage, *temp)
		}
		if blob, _, err = text.Text.NewTextJob(*prompt, *maxTokens, float32(*temp), 1, *seed); err != nil {
			return fmt.Errorf("%w: %v", errUsage, err)
		}
		classID = text.ClassID
	}
	if *class != "" {
		if classID, err = market.ParseClassID(*class); err != nil {
			return fmt.Errorf("%w: --service: %v", errUsage, err)
		}
		if text != nil && classID != text.ClassID {
			return fmt.Errorf("%w: --service %s is not the class of --model (%s)", errUsage, classID.Hex(), text.ClassID.Hex())
		}
	} else if text == nil {
		return fmt.Errorf("%w: --service is required", errUsage)
	}
	var pixels []byte
	switch {
	case *prompt != "":
		// blob is the text job.
	case *input != "":
		f, err := os.Open(*input)
		if err != nil {
			return fmt.Errorf("input: %w", err)
		}
		pixels, err = mnist.DecodePNG(f)
		f.Close()
		if err != nil {
			return fmt.Errorf("input %s: %w", *input, err)
		}
	default:
		dir, err := dataDir(*data)
		if err != nil {
			return err
		}
		test, err := mnist.LoadTest(dir)
		if err != nil {
			return err
		}
		if *testIdx >= test.Len() {
			return fmt.Errorf("%w: --mnist-test %d outside 0…%d", errUsage, *testIdx, test.Len()-1)
		}
		pixels = test.Images[*testIdx]
	}
	if blob == nil {
		in, err := mnist.Input(pixels)
		if err != nil {
			return err
		}
		if blob, err = in.Encode(); err != nil {
			return err
		}
	}

	var res node.Result
	if c, err := node.NewAPIClient(cfg.DataDir); err == nil {
		// A node runs in this data dir: it owns the store; ask it.
		if err := c.Do(ctx, "POST", "/v1/jobs", map[string]any{"class": classID, "input": blob}, &res); err != nil {
			return err
		}
	} else {
		// No node: run a light user node in process until the job ends.
		cfg.Provider, cfg.Seed, cfg.Watch, cfg.User = false, false, false, true
		if text == nil {
			cfg.Model = ""
		}
		cfg.APIAddr = "127.0.0.1:0"
		if !flagGiven(nf, "listen") {
			cfg.Listen = []string{"/ip4/127.0.0.1/tcp/0"}
		}
		log := node.NewLogger(io.Discard, "text", "error")
		if err := cfg.Validate(); err != nil {
			return fmt.Errorf("%w: %v", errUsage, err)
		}
		n, err := node.Open(ctx, cfg, log)
		if err != nil {
			return err
		}
		defer n.Close(context.Background())
		t0 := time.Now()
		if !*asJSON {
			n.User.OnProgress(func(e node.Event) {
				if e.Kind != "sent" {
					fmt.Fprintf(stderr, "%7.3fs  %-8s %s\n", e.Time.Sub(t0).Seconds(), e.Kind, e.Detail)
				}
			})
		}
		r, err := n.User.Submit(ctx, classID, blob)
		if r == nil {
			return err
		}
		res = *r
	}
	if text != nil && res.Text == "" && res.Output != nil {
		// The node that ran it may not know the text model: decode here.
		res.Label = nil
		if res.Tokens, err = text.Text.Tokens(res.Output); err != nil {
			return err
		}
		res.Text = text.Text.Text(res.Tokens)
	}
	if *asJSON {
		return json.NewEncoder(stdout).Encode(res)
	}
	fmt.Fprintf(stdout, "job    %s\nstate  %s\nclaims %d\n", res.JobHash.Hex(), res.State, len(res.Claims))
	if res.Label != nil {
		fmt.Fprintf(stdout, "label  %d\n", *res.Label)
	}
	if text != nil && res.Output != nil {
		fmt.Fprintf(stdout, "text   %s\n", res.Text)
	}
	for _, e := range res.Errors {
		fmt.Fprintf(stdout, "error  %s\n", e)
	}
	if res.State == node.StateFailed {
		return fmt.Errorf("job %s failed", res.JobHash.Hex())
	}
	return nil
}

func flagGiven(nf *nodeFlags, name string) bool {
	given := false
	nf.fs.Visit(func(f *flag.Flag) { given = given || f.Name == name })
	return given
}
