package node

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

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

func startTextDevnet(t *testing.T, providers int) *Devnet {
	t.Helper()
	svc := storiesService(t)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	d, err := StartDevnet(ctx, DevnetConfig{Providers: providers, Service: svc, Dir: t.TempDir()})
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
