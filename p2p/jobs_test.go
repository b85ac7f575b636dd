package p2p

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"
)

// jobPair starts two connected nodes; the second serves fn.
func jobPair(t *testing.T, fn RequestHandler, opts ...Option) (user, provider *Node) {
	t.Helper()
	user = newTestNode(t, opts...)
	provider = newTestNode(t, opts...)
	provider.Jobs.Handle(fn)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := user.Connect(ctx, provider.AddrInfo()); err != nil {
		t.Fatal(err)
	}
	return user, provider
}

func TestJobStreamRoundTrip(t *testing.T) {
	var mu sync.Mutex
	seen := map[peer.ID]int{}
	user, provider := jobPair(t, func(ctx context.Context, from peer.ID, req []byte) ([]byte, error) {
		mu.Lock()
		seen[from]++
		mu.Unlock()
		switch {
		case bytes.HasPrefix(req, []byte("fail")):
			return nil, errors.New("no such service 0x12")
		case bytes.HasPrefix(req, []byte("panic")):
			panic("handler bug")
		case bytes.HasPrefix(req, []byte("big")):
			return make([]byte, 2<<20), nil
		}
		return append([]byte("echo:"), req...), nil
	}, WithJobLimits(1<<20, 1<<20))
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()

	tests := []struct {
		name    string
		req     []byte
		want    []byte
		wantErr string
		remote  bool
	}{
		{name: "echo", req: []byte("hello"), want: []byte("echo:hello")},
		{name: "empty", req: nil, want: []byte("echo:")},
		{name: "large", req: bytes.Repeat([]byte{7}, 1<<20-5), want: append([]byte("echo:"), bytes.Repeat([]byte{7}, 1<<20-5)...)},
		{name: "refused", req: []byte("fail"), wantErr: "no such service 0x12", remote: true},
		{name: "panic", req: []byte("panic"), wantErr: "internal error", remote: true},
		{name: "response over limit", req: []byte("big"), wantErr: "over the limit", remote: true},
		{name: "request over limit", req: make([]byte, 1<<20+1), wantErr: "over the limit"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := user.Jobs.Request(ctx, provider.ID(), tc.req)
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("err = %v, want %q", err, tc.wantErr)
				}
				var re *RemoteError
				if errors.As(err, &re) != tc.remote {
					t.Fatalf("remote = %v, want %v (%v)", !tc.remote, tc.remote, err)
				}
				if tc.remote && re.Peer != provider.ID() {
					t.Fatalf("remote error names %s, not the provider", re.Peer)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, tc.want) {
				t.Fatalf("got %d bytes, want %d", len(got), len(tc.want))
			}
		})
	}
	mu.Lock()
	defer mu.Unlock()
	if len(seen) != 1 || seen[user.ID()] != 6 {
		t.Fatalf("handler saw %v, want 6 requests from the user only", seen)
	}
}

func TestJobStreamDeadlineAndBusy(t *testing.T) {
	release := make(chan struct{})
	started := make(chan struct{}, 4)
	finished := make(chan error, 4)
	user, provider := jobPair(t, func(ctx context.Context, from peer.ID, req []byte) ([]byte, error) {
		started <- struct{}{}
		select {
		case <-release:
			finished <- nil
			return []byte("done"), nil
		case <-ctx.Done():
			finished <- ctx.Err()
			return nil, ctx.Err()
		}
	}, WithJobConcurrency(1))

	// A requester's deadline ends a request the handler never answers, and
	// the handler's context ends with it (the requester went away).
	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	t0 := time.Now()
	_, err := user.Jobs.Request(ctx, provider.ID(), []byte("slow"))
	cancel()
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("err = %v, want the deadline", err)
	}
	if d := time.Since(t0); d > 5*time.Second {
		t.Fatalf("request took %s after its 300 ms deadline", d)
	}
	<-started
	select {
	case err := <-finished:
		if err == nil {
			t.Fatal("abandoned handler was released")
		}
	case <-time.After(10 * time.Second):
		t.Fatal("handler of an abandoned request still runs")
	}

	// One request in flight: a second one is refused as busy.
	ctx, cancel = context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	done := make(chan error, 1)
	go func() {
		_, err := user.Jobs.Request(ctx, provider.ID(), []byte("first"))
		done <- err
	}()
	<-started
	if _, err = user.Jobs.Request(ctx, provider.ID(), []byte("second")); err == nil || !strings.Contains(err.Error(), ErrBusy.Error()) {
		t.Fatalf("second request while the slot is taken: %v, want busy", err)
	}
	close(release)
	if err := <-done; err != nil {
		t.Fatalf("first request: %v", err)
	}
}

func TestJobStreamMalformedFrames(t *testing.T) {
	user, provider := jobPair(t, func(ctx context.Context, from peer.ID, req []byte) ([]byte, error) {
		return req, nil
	}, WithJobLimits(1024, 1024))
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	for _, raw := range [][]byte{
		{0xff, 0xff, 0xff, 0xff}, // announces 4 GiB
		{0, 0, 4, 1},             // 1025 bytes: one over the limit
		append([]byte{0, 0, 4, 1}, make([]byte, 1025)...), // 1025 bytes sent: one over the limit
		{0, 0, 0, 10, 1, 2, 3},                            // truncated
		{},                                                // nothing at all
	} {
		s, err := user.Host.NewStream(ctx, provider.ID(), JobProtocol)
		if err != nil {
			t.Fatal(err)
		}
		s.Write(raw)
		s.CloseWrite()
		_, err = readResponse(s, 1024, nil)
		s.Close()
		var re *RemoteError
		if !errors.As(err, &re) || !strings.Contains(re.Message, ErrJobFrame.Error()) {
			t.Fatalf("frame % x: err = %v, want a refusal naming the frame", raw, err)
		}
	}
	// The service still works afterwards.
	if got, err := user.Jobs.Request(ctx, provider.ID(), []byte("ok")); err != nil || string(got) != "ok" {
		t.Fatalf("after bad frames: %q, %v", got, err)
	}
}

func TestJobStreamClose(t *testing.T) {
	entered := make(chan struct{})
	user, provider := jobPair(t, func(ctx context.Context, from peer.ID, req []byte) ([]byte, error) {
		close(entered)
		<-ctx.Done()
		return nil, fmt.Errorf("closing: %w", ctx.Err())
	})
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	errc := make(chan error, 1)
	go func() {
		_, err := user.Jobs.Request(ctx, provider.ID(), []byte("x"))
		errc <- err
	}()
	<-entered
	if err := provider.Jobs.Close(); err != nil {
		t.Fatal(err)
	}
	if err := <-errc; err == nil {
		t.Fatal("request answered by a closed service")
	}
	if _, err := user.Jobs.Request(ctx, provider.ID(), []byte("y")); err == nil {
		t.Fatal("closed service still serves")
	}
}

func TestJobStreamBadOptions(t *testing.T) {
	for _, o := range []Option{WithJobLimits(0, 1), WithJobLimits(1, 2<<30), WithJobTimeout(0), WithJobConcurrency(-1)} {
		if _, err := applyOptions([]Option{o}); err == nil {
			t.Fatal("bad job option accepted")
		}
	}
}

// FuzzReadResponse: any bytes give a payload within the limit, a refusal
// within its limit, or ErrJobFrame; never a panic or a large allocation.
func FuzzReadResponse(f *testing.F) {
	var ok, bad bytes.Buffer
	writeResponse(&ok, []byte("payload"), nil)
	writeResponse(&bad, nil, errors.New("refused"))
	f.Add(ok.Bytes())
	f.Add(bad.Bytes())
	f.Add([]byte{0, 0xff, 0xff, 0xff, 0xff})
	f.Add([]byte{2})
	f.Add([]byte{2, 0, 0, 0, 4, 0, 0, 1, 3, 0, 0, 0, 0, 1, 'z'}) // a token as progress, then the payload
	f.Fuzz(func(t *testing.T, b []byte) {
		resp, err := readResponse(bytes.NewReader(b), 64, nil)
		var re *RemoteError
		switch {
		case err == nil:
			if len(resp) > 64 {
				t.Fatalf("payload of %d bytes over the limit", len(resp))
			}
			var again bytes.Buffer
			writeResponse(&again, resp, nil)
			if !bytes.HasPrefix(b, again.Bytes()) {
				t.Fatal("payload does not re-encode to its input")
			}
		case errors.As(err, &re):
			if len(re.Message) > MaxJobErrorSize {
				t.Fatal("refusal over its limit")
			}
		case !errors.Is(err, ErrJobFrame):
			t.Fatalf("unexpected error %v", err)
		}
		// With progress taken: each frame within its limit, and an answer
		// re-encodes, with its progress frames, to a prefix of the input.
		var frames [][]byte
		resp, err = readResponse(bytes.NewReader(b), 64, func(p []byte) { frames = append(frames, p) })
		var again bytes.Buffer
		for _, p := range frames {
			if len(p) > MaxJobProgressSize {
				t.Fatalf("progress of %d bytes over the limit", len(p))
			}
			again.WriteByte(jobStatusProgress)
			writeFrame(&again, p)
		}
		if err == nil {
			writeResponse(&again, resp, nil)
			if !bytes.HasPrefix(b, again.Bytes()) {
				t.Fatal("progress and payload do not re-encode to their input")
			}
		} else if !errors.As(err, &re) && !errors.Is(err, ErrJobFrame) {
			t.Fatalf("unexpected error %v", err)
		}
	})
}

// TestJobStreamProgress: a handler's progress frames reach a requester that
// asked for them (RequestProgress), in order and before the response; a
// plain request gets the response alone (SendProgress says ErrNoProgress),
// and a frame over the limit is refused by the sender.
func TestJobStreamProgress(t *testing.T) {
	sendErrs := make(chan error, 8)
	user, provider := jobPair(t, func(ctx context.Context, from peer.ID, req []byte) ([]byte, error) {
		for i := range 3 {
			sendErrs <- SendProgress(ctx, []byte{byte('a' + i)})
		}
		sendErrs <- SendProgress(ctx, make([]byte, MaxJobProgressSize+1))
		return append([]byte("done:"), req...), nil
	})
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	var got []string
	resp, err := user.Jobs.RequestProgress(ctx, provider.ID(), []byte("x"), func(b []byte) { got = append(got, string(b)) })
	if err != nil || string(resp) != "done:x" || strings.Join(got, ",") != "a,b,c" {
		t.Fatalf("response %q, %v; progress %q", resp, err, got)
	}
	for i := range 4 {
		err := <-sendErrs
		if (i < 3) != (err == nil) || (i == 3 && !strings.Contains(err.Error(), "over the limit")) {
			t.Fatalf("send %d: %v", i, err)
		}
	}
	resp, err = user.Jobs.Request(ctx, provider.ID(), []byte("y"))
	if err != nil || string(resp) != "done:y" {
		t.Fatalf("plain request: %q, %v", resp, err)
	}
	for range 3 {
		if err := <-sendErrs; !errors.Is(err, ErrNoProgress) {
			t.Fatalf("progress to a plain request: %v", err)
		}
	}
	<-sendErrs
}
