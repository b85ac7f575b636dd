package node

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/rmsnet/rms/market"
	"github.com/rmsnet/rms/model/llama"
)

// llama.cpp's greedy continuation of "Once upon a time" on stories260K, 32
// tokens (model/llama's reference, ../shared/models/README.md).
const (
	refPrompt = "Once upon a time"
	refText32 = ", there was a little girl named Lily. She loved to play outside in the park. One day, she saw"
)

var (
	textOnce sync.Once
	textSvc  *Service
	textErr  error
)

func storiesService(t *testing.T) *Service {
	t.Helper()
	textOnce.Do(func() { textSvc, textErr = LoadService("../testdata/stories260K.gguf") })
	if textErr != nil {
		t.Fatal(textErr)
	}
	return textSvc
}

func startTextDevnet(t *testing.T, providers int, cheaters ...int) *Devnet {
	t.Helper()
	svc := storiesService(t)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	d, err := StartDevnet(ctx, DevnetConfig{Providers: providers, Cheaters: sum(cheaters), Service: svc, Dir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { d.Close(context.Background()) })
	return d
}

func TestTextService(t *testing.T) {
	svc := storiesService(t)
	tm := svc.Text
	if tm == nil || svc.Model != nil || svc.Name != "stories260K" {
		t.Fatalf("service %q: text %v, graph %v", svc.Name, tm != nil, svc.Model != nil)
	}
	// The class fixes one accumulator height for every job: the longest
	// trace the context allows fits it.
	longest := max(tm.Model.TraceLength(tm.Model.Config.Context, 0), tm.Model.TraceLength(1, tm.Model.Config.Context-1))
	if h := svc.TraceHeight(); 1<<h < longest || 1<<(h-1) >= longest {
		t.Fatalf("trace height %d for a longest trace of %d", h, longest)
	}
	for _, tc := range []struct {
		name, prompt string
		max          int
		want         string
	}{
		{"no new tokens", refPrompt, 0, "max tokens 0"},
		{"past the context", refPrompt, tm.Model.Config.Context, "exceed the model's context"},
	} {
		if _, _, err := tm.NewTextJob(tc.prompt, tc.max, 0, 1, 0); !errors.Is(err, ErrBadPrompt) || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: %v, want %q", tc.name, err, tc.want)
		}
	}
	in, _, err := tm.NewTextJob(refPrompt, 32, 0, 1, 0)
	if err != nil {
		t.Fatal(err)
	}
	out, res, err := svc.Run(context.Background(), in)
	if err != nil {
		t.Fatal(err)
	}
	ids, err := tm.Tokens(out)
	if err != nil {
		t.Fatal(err)
	}
	if got := tm.Text(ids); got != refText32 {
		t.Fatalf("text %q, llama.cpp %q", got, refText32)
	}
	if got := strings.Join(tm.Pieces(ids), ""); got != refText32 {
		t.Fatalf("pieces join to %q", got)
	}
	if tm.FinishReason(ids) != "length" {
		t.Fatal("32 tokens without EOS end by length")
	}
	// The trace is committed at the class's height, over the ops that ran;
	// the last (a sample of every token drawn) is the claim's output.
	nat, err := tm.Model.Run(context.Background(), llama.Job{Prompt: tm.Tokenizer.Encode(refPrompt, true, false), MaxTokens: 32}, llama.RunOptions{EOS: tm.Program.EOS})
	if err != nil {
		t.Fatal(err)
	}
	_, root, err := traceAt(svc.TraceHeight(), nat.OpRoots)
	if err != nil || root != res.TraceRoot || len(res.Acc) != res.N || res.N != len(nat.OpRoots) || res.OpRoots[res.N-1] != res.OutputRoot {
		t.Fatalf("trace root %s, want %s (%v)", res.TraceRoot, root, err)
	}
	// An input that is no text job, or a job past the context, is refused.
	for _, bad := range [][]byte{[]byte("not a job"), mustEncodeJob(t, llama.Job{Prompt: []int{1}, MaxTokens: tm.Model.Config.Context})} {
		if err := svc.CheckInput(bad); err == nil {
			t.Fatalf("input %q accepted", bad[:min(8, len(bad))])
		}
	}
}

func mustEncodeJob(t *testing.T, j llama.Job) []byte {
	b, err := llama.EncodeJob(j)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestTextJobs: a prompt through the devnet's providers comes back as
// llama.cpp's greedy text, with agreeing claims at the class's trace height;
// an MNIST input to the text class is refused by every provider.
func TestTextJobs(t *testing.T) {
	d := startTextDevnet(t, 2)
	svc := storiesService(t)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	in, _, err := svc.Text.NewTextJob(refPrompt, 32, 0, 1, 0)
	if err != nil {
		t.Fatal(err)
	}
	res, err := d.User.Submit(ctx, svc.ClassID, in)
	if err != nil {
		t.Fatal(err)
	}
	if res.State != StateAgreed || len(res.Claims) != 2 || res.Text != refText32 || res.Label != nil || len(res.Tokens) != 32 {
		t.Fatalf("state %s, %d claims, text %q, label %v", res.State, len(res.Claims), res.Text, res.Label)
	}
	for _, c := range res.Claims {
		_, root, err := traceAt(svc.TraceHeight(), c.Ops)
		if err != nil || root != c.Claim.TraceRoot {
			t.Fatalf("claim of %s: trace root %s, its ops give %s", c.Claim.Provider.Hex(), c.Claim.TraceRoot, root)
		}
	}
	_, mnistIn, _ := mnistService(t, 1)
	res, err = d.User.Submit(ctx, svc.ClassID, mnistIn[0])
	if err == nil || res == nil || res.State != StateFailed || len(res.Errors) != 2 || !strings.Contains(res.Errors[0], ErrBadInput.Error()) {
		t.Fatalf("MNIST input to a text class: %v, %+v", err, res)
	}
}

func sum(xs []int) int {
	n := 0
	for _, x := range xs {
		n += x
	}
	return n
}

// TestTextGameDevnet: three providers answer a stories260K prompt, one of
// them lying about the text (its first token, with a trace consistent with
// the lie at the last op). The user opens a game, which narrows the
// disagreement to the last op (the sample of every token drawn) and then to
// one instruction of the guest running it at the class's trace height; the
// honest providers' text stands (llama.cpp's greedy tokens), the liar's bond
// is slashed, every provider is paid once and no wei appears or vanishes
// but the base fees burnt.
func TestTextGameDevnet(t *testing.T) {
	d := startTextDevnet(t, 3, 1)
	svc := storiesService(t)
	const maxTokens = 8
	in, job, err := svc.Text.NewTextJob(refPrompt, maxTokens, 0, 1, 0)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	h0 := head(t, d)
	before := balances(t, d, new(big.Int).SetUint64(h0))
	t0 := time.Now()
	rep, err := d.RunJobs(ctx, [][]byte{in}, 1)
	if err != nil {
		t.Fatal(err)
	}
	wall := time.Since(t0)
	h1 := head(t, d)
	after := balances(t, d, new(big.Int).SetUint64(h1))
	r := rep.Results[0]
	if rep.Disputed != 1 || rep.Slashed != 1 || r.State != StateSettled || len(r.Claims) != 3 || len(r.Outputs) != 2 {
		t.Fatalf("report %+v; job state %s, %d claims, %d outputs", rep, r.State, len(r.Claims), len(r.Outputs))
	}
	// llama.cpp's first 8 greedy tokens, not the liar's text.
	if want := ", there was a little girl"; r.Text != want || len(r.Tokens) != maxTokens {
		t.Fatalf("text %q (%d tokens), want %q", r.Text, len(r.Tokens), want)
	}
	liar := d.providerP[2].Address()
	if !d.Providers[2].cheat || d.Providers[0].cheat {
		t.Fatal("the devnet's cheater is not its last provider")
	}
	n := svc.Text.Model.TraceLength(len(job.Prompt), maxTokens)
	bond := market.DefaultDeployConfig().GameBond
	if len(r.Games) != 1 {
		t.Fatalf("%d games, want 1", len(r.Games))
	}
	g := r.Games[0]
	if g.State != GameResolved || g.loser() != liar || g.Winner == liar || g.Winner == (common.Address{}) || g.Slashed != bond.String() ||
		g.End != "step" || g.Op == nil || *g.Op != uint64(n-1) || g.Step == nil || len(g.Rounds) == 0 || g.Gas == 0 {
		t.Fatalf("game %+v; want the liar %s slashed %s at a step of the last op %d", g, liar.Hex(), bond, n-1)
	}
	// Both parties defended from their own stores.
	for i, p := range d.providerP {
		pg, ok, err := p.Store.Game(g.ID)
		if err != nil {
			t.Fatal(err)
		}
		if party := p.Address() == g.Winner || p.Address() == liar; party != ok {
			t.Fatalf("provider %d: party %v, has a record %v", i, party, ok)
		}
		if ok && (pg.State != GameResolved || pg.Winner != g.Winner || pg.Moves == 0 || pg.Gas == 0) {
			t.Fatalf("provider %d's record %+v", i, pg)
		}
	}
	if want := new(big.Int).Mul(d.cfg.Price, big.NewInt(3)); rep.Redeemed.Cmp(want) != 0 {
		t.Fatalf("redeemed %s wei, want %s", rep.Redeemed, want)
	}
	if diff, b := new(big.Int).Sub(before, after), burnt(t, d, h0, h1); diff.Cmp(b) != 0 {
		t.Fatalf("balances fell by %s wei, base fees burnt %s", diff, b)
	}
	var userMoves int
	var userGas uint64
	for _, p := range d.providerP {
		if pg, ok, _ := p.Store.Game(g.ID); ok {
			userMoves += pg.Moves
			userGas += pg.Gas
		}
	}
	t.Logf("text game on op %d of %d (sample), %d rounds, step %d: job to settled %s; providers' moves %d and gas %d, the game's gas %d (with the opening), chain gas %d",
		*g.Op, n, len(g.Rounds), *g.Step, wall.Round(time.Millisecond), userMoves, userGas, g.Gas, rep.Gas)
}
