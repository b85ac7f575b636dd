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
	class := fs.String("service", "", "class id of the service (0x + 64 hex digits; `rms service list` shows it)")
	input := fs.String("input", "", "28×28 grayscale PNG")
	testIdx := fs.Int("mnist-test", -1, "index of an MNIST test image to use as input")
	prompt := fs.String("prompt", "", "text prompt (text models)")
	data := fs.String("data", "", "directory of the MNIST .gz files for --mnist-test")
	asJSON := fs.Bool("json", false, "print one JSON object")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *class == "" {
		return fmt.Errorf("%w: --service is required", errUsage)
	}
	classID, err := market.ParseClassID(*class)
	if err != nil {
		return fmt.Errorf("%w: --service: %v", errUsage, err)
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
	if *prompt != "" {
		return fmt.Errorf("%w: --prompt: text models are not served by the node yet", errUsage)
	}
	var pixels []byte
	if *input != "" {
		f, err := os.Open(*input)
		if err != nil {
			return fmt.Errorf("input: %w", err)
		}
		pixels, err = mnist.DecodePNG(f)
		f.Close()
		if err != nil {
			return fmt.Errorf("input %s: %w", *input, err)
		}
	} else {
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
	in, err := mnist.Input(pixels)
	if err != nil {
		return err
	}
	blob, err := in.Encode()
	if err != nil {
		return err
	}
	cfg, err := nf.load()
	if err != nil {
		return err
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
	if *asJSON {
		return json.NewEncoder(stdout).Encode(res)
	}
	fmt.Fprintf(stdout, "job    %s\nstate  %s\nclaims %d\n", res.JobHash.Hex(), res.State, len(res.Claims))
	if res.Label != nil {
		fmt.Fprintf(stdout, "label  %d\n", *res.Label)
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
