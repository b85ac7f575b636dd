package main

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/rmsnet/rms/contracts/gethdev"

	"github.com/rmsnet/rms/market"
	"github.com/rmsnet/rms/model/mnist"
	"github.com/rmsnet/rms/node"
	"github.com/rmsnet/rms/node/web"
)

func init() {
	register(command{
		Name:    "devnet",
		Summary: "run a whole network in one process: chain, contracts, seeder, providers (some cheating), a user and its jobs",
		Run:     runDevnet,
	})
}

// devnetOutput is the --json form of rms devnet.
type devnetOutput struct {
	Providers int                `json:"providers"`
	Cheaters  int                `json:"cheaters"`
	Class     market.ClassID     `json:"class"`
	Summary   *node.DevnetReport `json:"summary"`
	Timeline  []node.Event       `json:"timeline"`
}

func runDevnet(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("devnet", stderr)
	providers := fs.Int("providers", 3, "number of providers")
	cheaters := fs.Int("cheaters", 1, "how many of the providers claim wrong outputs")
	k := fs.Int("k", 0, "providers asked per job (default: all)")
	modelPath := fs.String("model", "testdata/mnist.gguf", "GGUF model every provider serves")
	jobs := fs.Int("jobs", 3, "number of jobs (MNIST test images 0, 1, …; for a text model, prompts)")
	prompt := fs.String("prompt", "", "text model: the prompt of every job (default: a few story openings in turn)")
	maxTokens := fs.Int("max-tokens", 32, "text model: tokens to generate per job")
	parallel := fs.Int("parallel", 1, "jobs in flight at once")
	data := fs.String("data", "", "directory of the MNIST .gz files (default: the GoMNIST module in the Go module cache)")
	dir := fs.String("dir", "", "directory for the nodes' data dirs (default: a temporary one, removed at the end)")
	asJSON := fs.Bool("json", false, "print one JSON object")
	verbose := fs.Bool("v", false, "log every node's messages to stderr")
	ui := fs.String("ui", "", "serve the web view of the whole devnet on this address (a port alone, :8080, means 127.0.0.1) and keep running until interrupted")
	linger := fs.Bool("linger", false, "keep the devnet running after the jobs until interrupted")
	useGeth := fs.Bool("geth", false, "run against a `geth --dev` it starts (./.bin/geth from `make geth`, or geth on PATH) instead of the embedded chain")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	switch {
	case *providers < 1 || *providers > 64:
		return fmt.Errorf("%w: --providers must be 1 … 64", errUsage)
	case *cheaters < 0 || *cheaters > *providers:
		return fmt.Errorf("%w: --cheaters must be 0 … --providers", errUsage)
	case *jobs < 0 || *jobs > 10000:
		return fmt.Errorf("%w: --jobs must be 0 … 10000", errUsage)
	case *k < 0 || *k > *providers:
		return fmt.Errorf("%w: --k must be 0 … --providers", errUsage)
	case *parallel < 1:
		return fmt.Errorf("%w: --parallel must be at least 1", errUsage)
	}
	svc, err := node.LoadService(*modelPath)
	if err != nil {
		return err
	}
	var inputs [][]byte
	if svc.Text != nil {
		if inputs, err = textInputs(svc.Text, *prompt, *maxTokens, *jobs); err != nil {
			return err
		}
	} else if inputs, err = mnistInputs(*data, *jobs); err != nil {
		return err
	}
	if *dir == "" {
		tmp, err := os.MkdirTemp("", "rms-devnet-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(tmp)
		*dir = tmp
	}
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	if *verbose {
		log = slog.New(slog.NewTextHandler(stderr, nil))
	}

	t0 := time.Now()
	var mu sync.Mutex
	var timeline []node.Event
	jobNo := map[string]int{}
	say := func(e node.Event) {
		mu.Lock()
		defer mu.Unlock()
		timeline = append(timeline, e)
		if *asJSON || e.Kind == "sent" {
			return
		}
		tag := ""
		if e.Job != ([32]byte{}) {
			n, ok := jobNo[e.Job.Hex()]
			if !ok {
				n = len(jobNo) + 1
				jobNo[e.Job.Hex()] = n
			}
			tag = fmt.Sprintf("job %d ", n)
		}
		fmt.Fprintf(stdout, "%7.3fs  %s%-8s %s\n", e.Time.Sub(t0).Seconds(), tag, e.Kind, e.Detail)
	}
	cfg := node.DevnetConfig{Providers: *providers, Cheaters: *cheaters, K: *k, Service: svc, Dir: *dir, Log: log, Progress: say}
	if *useGeth {
		chain, keys, stop, err := startGethChain(ctx, *dir, 2+*providers)
		if err != nil {
			return err
		}
		defer stop()
		cfg.Chain, cfg.Keys = chain, keys
		say(node.Event{Time: time.Now(), Kind: "chain", Detail: "geth --dev on loopback, keys funded; deploying the contracts"})
	} else {
		say(node.Event{Time: time.Now(), Kind: "chain", Detail: "embedded chain (go-ethereum simulated backend), deploying the contracts"})
	}
	d, err := node.StartDevnet(ctx, cfg)
	if err != nil {
		return err
	}
	defer d.Close(context.Background())
	if *ui != "" {
		srv, err := d.WebServer(web.WithPoll(250*time.Millisecond), web.WithModels(map[common.Hash]string{common.Hash(svc.ClassID): filepath.Base(*modelPath)}))
		if err != nil {
			return err
		}
		addr, stop, err := srv.Serve(ctx, node.WebAddr(*ui))
		if err != nil {
			return err
		}
		defer stop()
		fmt.Fprintf(stderr, "web view on http://%s/ (interrupt to stop)\n", addr)
	}
	say(node.Event{Time: time.Now(), Kind: "nodes", Detail: fmt.Sprintf("seeder, %d providers (%d cheating) registered and advertising class %s, user on loopback",
		*providers, *cheaters, svc.ClassID.Hex())})
	rep, err := d.RunJobs(ctx, inputs, *parallel)
	if err != nil {
		return err
	}
	out := devnetOutput{Providers: *providers, Cheaters: *cheaters, Class: svc.ClassID, Summary: rep, Timeline: timeline}
	if *asJSON {
		if err := json.NewEncoder(stdout).Encode(out); err != nil {
			return err
		}
		lingerUntilDone(ctx, *ui != "" || *linger, stderr)
		return nil
	}
	fmt.Fprintf(stdout, "\njobs %d  agreed %d  disputed %d  failed %d  slashed %d  gas %d  redeemed %s  wall %s\n",
		rep.Jobs, rep.Agreed, rep.Disputed, rep.Failed, rep.Slashed, rep.Gas, market.FormatAmount(rep.Redeemed), rep.Wall.Round(time.Millisecond))
	fmt.Fprintf(stdout, "latency p50 %s  p99 %s  (%.1f jobs/s)\n", rep.P50.Round(time.Microsecond), rep.P99.Round(time.Microsecond), rep.JobsPerSecond)
	for i, r := range rep.Results {
		if *jobs > 20 {
			break
		}
		if svc.Text != nil && r.State != node.StateFailed {
			fmt.Fprintf(stdout, "job %d: %s, text %q\n", i+1, r.State, r.Text)
		} else if r.Label != nil {
			fmt.Fprintf(stdout, "job %d: %s, label %d\n", i+1, r.State, *r.Label)
		} else {
			fmt.Fprintf(stdout, "job %d: %s\n", i+1, r.State)
		}
	}
	lingerUntilDone(ctx, *ui != "" || *linger, stderr)
	if rep.Failed > 0 {
		return fmt.Errorf("%d of %d jobs failed", rep.Failed, rep.Jobs)
	}
	return nil
}

// storyPrompts are the devnet's default prompts for a text model.
var storyPrompts = []string{"Once upon a time", "One day, a little dog", "Lily and Ben went to the park", "The sun was shining"}

// textInputs encodes n text jobs: prompt, or the story prompts in turn.
func textInputs(tm *node.TextModel, prompt string, maxTokens, n int) ([][]byte, error) {
	inputs := make([][]byte, n)
	for i := range inputs {
		p := prompt
		if p == "" {
			p = storyPrompts[i%len(storyPrompts)]
		}
		b, _, err := tm.NewTextJob(p, maxTokens, 0, 1, 0)
		if err != nil {
			return nil, fmt.Errorf("%w: %v", errUsage, err)
		}
		inputs[i] = b
	}
	return inputs, nil
}

// mnistInputs encodes MNIST test images 0 … n-1 as job inputs.
func mnistInputs(data string, n int) ([][]byte, error) {
	ddir, err := dataDir(data)
	if err != nil {
		return nil, err
	}
	test, err := mnist.LoadTest(ddir)
	if err != nil {
		return nil, err
	}
	if n > test.Len() {
		return nil, fmt.Errorf("%w: --jobs %d is more than the %d test images", errUsage, n, test.Len())
	}
	inputs := make([][]byte, n)
	for i := range inputs {
		in, err := mnist.Input(test.Images[i])
		if err != nil {
			return nil, err
		}
		if inputs[i], err = in.Encode(); err != nil {
			return nil, err
		}
	}
	return inputs, nil
}

// lingerUntilDone keeps the devnet up until ctx ends when asked to.
func lingerUntilDone(ctx context.Context, linger bool, stderr io.Writer) {
	if linger {
		fmt.Fprintln(stderr, "devnet running; interrupt to stop")
		<-ctx.Done()
	}
}

// startGethChain starts geth --dev with its data under dir and funds n new
// keys from its developer account; stop ends geth.
func startGethChain(ctx context.Context, dir string, n int) (*ethclient.Client, []*ecdsa.PrivateKey, func(), error) {
	bin, err := gethdev.FindGeth(".")
	if err != nil {
		return nil, nil, nil, err
	}
	gdir := filepath.Join(dir, "geth")
	if err := os.MkdirAll(gdir, 0o700); err != nil {
		return nil, nil, nil, err
	}
	sctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	g, err := gethdev.Start(sctx, bin, gdir)
	if err != nil {
		return nil, nil, nil, err
	}
	c, err := ethclient.DialContext(sctx, g.URL)
	if err != nil {
		g.Close()
		return nil, nil, nil, err
	}
	stop := func() { c.Close(); g.Close() }
	dev, err := crypto.HexToECDSA(gethdev.DevKey)
	if err != nil {
		stop()
		return nil, nil, nil, err
	}
	keys, err := node.FundedKeys(sctx, c, dev, n, new(big.Int).Mul(big.NewInt(100), big.NewInt(1e18)))
	if err != nil {
		stop()
		return nil, nil, nil, err
	}
	return c, keys, stop, nil
}
