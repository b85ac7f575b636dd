package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"

	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ipfs/go-cid"

	"github.com/rmsnet/rms/market"
	"github.com/rmsnet/rms/merkle"
	"github.com/rmsnet/rms/model/mnist"
	"github.com/rmsnet/rms/node"
)

func init() {
	register(command{Name: "job submit", Summary: "send a job to K staked providers of a class, settle a dispute by games, print the answer that stands", Run: runJobSubmit})
	register(command{Name: "job show", Summary: "show a job the node in the data dir knows: state, claims, games (--wait: until they are over)", Run: runJobShow})
}

func runJobSubmit(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("job submit", stderr)
	nf := addNodeFlags(fs)
	var inf inputFlags
	inf.add(fs)
	asJSON := fs.Bool("json", false, "print one JSON object")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if err := inf.check(); err != nil {
		return err
	}
	byCID, err := inf.cid()
	if err != nil {
		return err
	}
	cfg, err := nf.load()
	if err != nil {
		return err
	}
	blob, classID, text, err := inf.blob(cfg.Model, byCID.Defined())
	if err != nil {
		return err
	}

	t0 := time.Now()
	say := func(e node.Event) {
		if !*asJSON && e.Kind != "sent" {
			fmt.Fprintf(stderr, "%7.3fs  %-8s %s\n", e.Time.Sub(t0).Seconds(), e.Kind, e.Detail)
		}
	}
	var res *node.Result
	if c, err := node.NewAPIClient(cfg.DataDir); err == nil {
		// A node runs in this data dir: it owns the store; ask it, and
		// follow the job's record while its games go on.
		res = &node.Result{}
		req := map[string]any{"class": classID, "input": blob}
		if byCID.Defined() {
			req = map[string]any{"class": classID, "input_cid": byCID.String()}
		}
		if err := c.Do(ctx, "POST", "/v1/jobs", req, res); err != nil {
			return err
		}
		for _, e := range res.Events {
			say(e)
		}
		if res, err = followJob(ctx, c, res, len(res.Events), say); err != nil {
			return err
		}
	} else {
		// No node: run a light user node in process until the job ends,
		// games included.
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
		n.User.OnProgress(say)
		var r *node.Result
		if byCID.Defined() {
			r, err = n.User.SubmitCID(ctx, classID, byCID)
		} else {
			r, err = n.User.Submit(ctx, classID, blob)
		}
		if r == nil {
			return err
		}
		if res = r; r.State == node.StateDisputed {
			if res, err = n.User.Wait(ctx, r.JobHash); err != nil {
				return err
			}
		}
	}
	if text != nil && res.Text == "" && res.Output != nil {
		// The node that ran it may not know the text model: decode here.
		res.Label = nil
		if res.Tokens, err = text.Text.Tokens(res.Output); err != nil {
			return err
		}
		res.Text = text.Text.Text(res.Tokens)
	}
	return printJob(stdout, res, *asJSON)
}

// inputFlags give a job's input: a PNG, an MNIST test image or a text
// prompt, and its service class.
type inputFlags struct {
	class, input, inputCID, prompt, data *string
	testIdx, maxTokens                   *int
	temp                                 *float64
	seed                                 *uint64
}

func (f *inputFlags) add(fs *flag.FlagSet) {
	f.class = fs.String("service", "", "class id of the service (0x + 64 hex digits; `rms service list` shows it; with --prompt, default: --model's class)")
	f.input = fs.String("input", "", "28×28 grayscale PNG")
	f.inputCID = fs.String("input-cid", "", "CID of the input blob (an encoded tensor or text job) in the content store or on a seeder: the job names it, each provider fetches it over bitswap")
	f.testIdx = fs.Int("mnist-test", -1, "index of an MNIST test image to use as input")
	f.prompt = fs.String("prompt", "", "text prompt (text models: --model names the GGUF whose tokenizer encodes it)")
	f.maxTokens = fs.Int("max-tokens", 64, "with --prompt: tokens to generate at most")
	f.temp = fs.Float64("temperature", 0, "with --prompt: sampling temperature; 0 is greedy")
	f.seed = fs.Uint64("sample-seed", 0, "with --prompt: seed of the sampler (part of the job)")
	f.data = fs.String("data", "", "directory of the MNIST .gz files for --mnist-test")
}

// check refuses anything but exactly one input.
func (f *inputFlags) check() error {
	given := 0
	for _, g := range []bool{*f.input != "", *f.inputCID != "", *f.testIdx >= 0, *f.prompt != ""} {
		if g {
			given++
		}
	}
	if given != 1 {
		return fmt.Errorf("%w: give exactly one of --input, --input-cid, --mnist-test and --prompt", errUsage)
	}
	return nil
}

// cid returns the --input-cid the flags give, undefined when none.
func (f *inputFlags) cid() (cid.Cid, error) {
	if *f.inputCID == "" {
		return cid.Undef, nil
	}
	c, err := cid.Decode(*f.inputCID)
	if err != nil {
		return cid.Undef, fmt.Errorf("%w: --input-cid: %v", errUsage, err)
	}
	return c, nil
}

// blob returns the input blob the flags give and its class; for a prompt
// also the text service of modelPath, whose tokenizer encodes it. With
// byCID the providers fetch the input, and blob is nil.
func (f *inputFlags) blob(modelPath string, byCID bool) (blob []byte, classID market.ClassID, text *node.Service, err error) {
	if *f.prompt != "" {
		if modelPath == "" {
			return nil, classID, nil, fmt.Errorf("%w: --prompt needs --model, the text model's GGUF (its tokenizer encodes the prompt)", errUsage)
		}
		if text, err = node.LoadService(modelPath); err != nil {
			return nil, classID, nil, err
		}
		if text.Text == nil {
			return nil, classID, nil, fmt.Errorf("%w: --model %s is no text model", errUsage, modelPath)
		}
		if !(*f.temp >= 0 && *f.temp <= 100) {
			return nil, classID, nil, fmt.Errorf("%w: --temperature %v outside [0, 100]", errUsage, *f.temp)
		}
		if blob, _, err = text.Text.NewTextJob(*f.prompt, *f.maxTokens, float32(*f.temp), 1, *f.seed); err != nil {
			return nil, classID, nil, fmt.Errorf("%w: %v", errUsage, err)
		}
		classID = text.ClassID
	}
	if *f.class != "" {
		if classID, err = market.ParseClassID(*f.class); err != nil {
			return nil, classID, nil, fmt.Errorf("%w: --service: %v", errUsage, err)
		}
		if text != nil && classID != text.ClassID {
			return nil, classID, nil, fmt.Errorf("%w: --service %s is not the class of --model (%s)", errUsage, classID.Hex(), text.ClassID.Hex())
		}
	} else if text == nil {
		return nil, classID, nil, fmt.Errorf("%w: --service is required", errUsage)
	}
	if blob != nil || byCID {
		return blob, classID, text, nil
	}
	var pixels []byte
	if *f.input != "" {
		r, err := os.Open(*f.input)
		if err != nil {
			return nil, classID, nil, fmt.Errorf("input: %w", err)
		}
		pixels, err = mnist.DecodePNG(r)
		r.Close()
		if err != nil {
			return nil, classID, nil, fmt.Errorf("input %s: %w", *f.input, err)
		}
	} else {
		dir, err := dataDir(*f.data)
		if err != nil {
			return nil, classID, nil, err
		}
		test, err := mnist.LoadTest(dir)
		if err != nil {
			return nil, classID, nil, err
		}
		if *f.testIdx >= test.Len() {
			return nil, classID, nil, fmt.Errorf("%w: --mnist-test %d outside 0…%d", errUsage, *f.testIdx, test.Len()-1)
		}
		pixels = test.Images[*f.testIdx]
	}
	in, err := mnist.Input(pixels)
	if err != nil {
		return nil, classID, nil, err
	}
	blob, err = in.Encode()
	return blob, classID, nil, err
}

// followJob polls a node's record of a disputed job until its games are
// over, printing the events after the first seen; it returns the result
// with the games.
func followJob(ctx context.Context, c *node.APIClient, res *node.Result, seen int, say func(node.Event)) (*node.Result, error) {
	for res.State == node.StateDisputed {
		select {
		case <-ctx.Done():
			return res, ctx.Err()
		case <-time.After(300 * time.Millisecond):
		}
		var rec node.JobRecord
		if err := c.Do(ctx, "GET", "/v1/jobs/"+res.JobHash.Hex(), nil, &rec); err != nil {
			return res, err
		}
		for ; seen < len(rec.Events); seen++ {
			say(rec.Events[seen])
		}
		res.State, res.Output, res.Label, res.Errors, res.Events = rec.State, rec.Output, rec.Label, rec.Errors, rec.Events
		var err error
		if res.Games, err = loadGames(ctx, c, rec.Games); err != nil {
			return res, err
		}
	}
	return res, nil
}

// loadGames reads the node's records of games.
func loadGames(ctx context.Context, c *node.APIClient, ids []common.Hash) ([]*node.GameRecord, error) {
	var out []*node.GameRecord
	for _, id := range ids {
		var g node.GameRecord
		if err := c.Do(ctx, "GET", "/v1/games/"+id.Hex(), nil, &g); err != nil {
			return out, err
		}
		out = append(out, &g)
	}
	return out, nil
}

// printJob prints a job's result: one JSON object, or a few lines.
func printJob(stdout io.Writer, res *node.Result, asJSON bool) error {
	if asJSON {
		if err := json.NewEncoder(stdout).Encode(res); err != nil {
			return err
		}
	} else {
		fmt.Fprintf(stdout, "job    %s\nstate  %s\nclaims %d\n", res.JobHash.Hex(), res.State, len(res.Claims))
		for _, g := range res.Games {
			line := fmt.Sprintf("game   %s %s, %d rounds", g.ID.Hex(), g.State, len(g.Rounds))
			if g.Winner != (common.Address{}) {
				line += fmt.Sprintf(", winner %s, slashed %s wei", g.Winner.Hex(), g.Slashed)
			}
			fmt.Fprintln(stdout, line)
		}
		if res.Label != nil {
			fmt.Fprintf(stdout, "label  %d\n", *res.Label)
		}
		if res.Text != "" {
			fmt.Fprintf(stdout, "text   %s\n", res.Text)
		}
		for _, e := range res.Errors {
			fmt.Fprintf(stdout, "error  %s\n", e)
		}
	}
	if res.State == node.StateFailed {
		return fmt.Errorf("job %s failed", res.JobHash.Hex())
	}
	return nil
}

// runJobShow prints a job the node in the data dir knows, waiting for its
// games with --wait.
func runJobShow(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("job show", stderr)
	dir := fs.String("data-dir", defaultDataDir(), "data directory of the node")
	wait := fs.Bool("wait", false, "wait until a disputed job's games are over")
	asJSON := fs.Bool("json", false, "print one JSON object")
	if err := fs.Parse(args); err != nil {
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	if fs.NArg() != 1 {
		return fmt.Errorf("%w: give the job hash (after the flags)", errUsage)
	}
	h, err := merkle.ParseHash(fs.Arg(0))
	if err != nil {
		return fmt.Errorf("%w: job hash: %v", errUsage, err)
	}
	c, err := node.NewAPIClient(*dir)
	if err != nil {
		return err
	}
	var rec node.JobRecord
	if err := c.Do(ctx, "GET", "/v1/jobs/"+common.Hash(h).Hex(), nil, &rec); err != nil {
		return err
	}
	res := &node.Result{JobHash: rec.JobHash, State: rec.State, Output: rec.Output, Label: rec.Label, Claims: rec.Claims,
		Errors: rec.Errors, Events: rec.Events}
	t0 := time.Now()
	say := func(e node.Event) {
		if !*asJSON && e.Kind != "sent" {
			fmt.Fprintf(stderr, "%7.3fs  %-8s %s\n", time.Since(t0).Seconds(), e.Kind, e.Detail)
		}
	}
	if *wait {
		if res, err = followJob(ctx, c, res, len(rec.Events), say); err != nil {
			return err
		}
	}
	if res.Games == nil {
		if res.Games, err = loadGames(ctx, c, rec.Games); err != nil {
			return err
		}
	}
	return printJob(stdout, res, *asJSON)
}

func flagGiven(nf *nodeFlags, name string) bool {
	given := false
	nf.fs.Visit(func(f *flag.Flag) { given = given || f.Name == name })
	return given
}
