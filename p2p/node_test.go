package p2p

import (
	"bytes"
	"context"
	"math/rand/v2"
	"runtime"
	"testing"
	"time"
)

// TestCloseStopsGoroutines: nodes that gossiped, advertised, looked up
// providers and exchanged a file leave no goroutine behind once closed.
func TestCloseStopsGoroutines(t *testing.T) {
	data := make([]byte, 3*MaxBlockSize)
	rand.NewChaCha8([32]byte{8}).Read(data)
	round := func() {
		a := newTestNode(t)
		b := newTestNode(t, WithBootstrapPeers(a.AddrInfo()))
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		ta, err := a.Gossip.JoinTopic(svc(0x71), acceptAll)
		if err != nil {
			t.Fatal(err)
		}
		tb, err := b.Gossip.JoinTopic(svc(0x71), acceptAll)
		if err != nil {
			t.Fatal(err)
		}
		// A message published before a knows b is on the topic is not
		// sent to b: wait for each side to see the other first.
		if err := ta.WaitForPeers(ctx, 1); err != nil {
			t.Fatal(err)
		}
		if err := tb.WaitForPeers(ctx, 1); err != nil {
			t.Fatal(err)
		}
		if err := ta.Publish(ctx, []byte("job")); err != nil {
			t.Fatal(err)
		}
		if _, err := tb.Next(ctx); err != nil {
			t.Fatal(err)
		}
		stop, err := a.Discovery.Advertise(ctx, svc(0x72))
		if err != nil {
			t.Fatal(err)
		}
		defer stop()
		found, err := b.Discovery.FindProviders(ctx, svc(0x72), 1)
		if err != nil {
			t.Fatal(err)
		}
		for range found {
		}
		root, err := a.Blocks.AddFile(ctx, bytes.NewReader(data))
		if err != nil {
			t.Fatal(err)
		}
		if err := b.Blocks.Fetch(ctx, root); err != nil {
			t.Fatal(err)
		}
		// A lookup abandoned by its reader ends with the node.
		if _, err := b.Discovery.FindProviders(ctx, svc(0x73), 0); err != nil {
			t.Fatal(err)
		}
		if err := a.Close(); err != nil {
			t.Fatal(err)
		}
		if err := b.Close(); err != nil {
			t.Fatal(err)
		}
	}
	// The first round starts whatever the libraries keep for the process.
	round()
	settle := func(limit int) int {
		n := runtime.NumGoroutine()
		for deadline := time.Now().Add(15 * time.Second); n > limit && time.Now().Before(deadline); n = runtime.NumGoroutine() {
			time.Sleep(100 * time.Millisecond)
		}
		return n
	}
	// The baseline: the count once it has stopped falling for half a second.
	base := runtime.NumGoroutine()
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); {
		time.Sleep(500 * time.Millisecond)
		n := runtime.NumGoroutine()
		if n >= base {
			break
		}
		base = n
	}
	for range 3 {
		round()
	}
	if n := settle(base); n > base {
		buf := make([]byte, 1<<20)
		buf = buf[:runtime.Stack(buf, true)]
		t.Fatalf("%d goroutines before three node lifetimes, %d after:\n%s", base, n, buf)
	}
}
