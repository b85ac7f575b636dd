package p2p

import (
	"context"
	"fmt"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"
)

func acceptAll(context.Context, peer.ID, []byte) ValidationResult { return Accept }

func TestTopicName(t *testing.T) {
	id := svc(0xab)
	name := TopicName(id)
	if name != "/rms/1/svc/"+strings.Repeat("ab", 32) {
		t.Fatalf("topic name %q", name)
	}
	if MessageID("a", []byte("bc")) == MessageID("ab", []byte("c")) {
		t.Fatal("message ids of different (topic, data) pairs collide")
	}
	if MessageID("t", []byte("x")) != MessageID("t", []byte("x")) {
		t.Fatal("message id is not a function of the content")
	}
	if ServiceKey(svc(1)) == ServiceKey(svc(2)) || ServiceKey(svc(1)) != ServiceKey(svc(1)) {
		t.Fatal("service keys are not one per service")
	}
	if ServiceKey(svc(1)).Version() != 1 {
		t.Fatal("service key is not a CIDv1")
	}
}

// TestRateLimit: a peer that publishes faster than the per-peer limit has
// the excess ignored and its score pushed below zero (after which the victim
// prunes it from its mesh and the flooder can no longer publish to it).
func TestRateLimit(t *testing.T) {
	const burst, perSec = 3, 1
	flooder := newTestNode(t)
	// A slow heartbeat on the victim leaves the flooder time to flood
	// before the victim prunes it.
	victim := newTestNode(t, WithRateLimit(perSec, burst), WithBootstrapPeers(flooder.AddrInfo()), WithHeartbeat(time.Second))
	id := svc(0x44)
	ft, err := flooder.Gossip.JoinTopic(id, acceptAll)
	if err != nil {
		t.Fatal(err)
	}
	vt, err := victim.Gossip.JoinTopic(id, acceptAll)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	var got atomic.Int64
	go func() {
		for {
			if _, err := vt.Next(ctx); err != nil {
				return
			}
			got.Add(1)
		}
	}()
	// Wait for the subscription first: the 2-second bound of each publish
	// below is for the flood, not for a loaded machine's first exchange.
	if err := ft.WaitForPeers(ctx, 1); err != nil {
		t.Fatal(err)
	}
	sent := 0
	start := time.Now()
	for i := range 40 {
		pctx, c := context.WithTimeout(ctx, 2*time.Second)
		err := ft.Publish(pctx, fmt.Appendf(nil, "msg %d", i))
		c()
		if err != nil {
			break // pruned by the victim
		}
		sent++
	}
	elapsed := time.Since(start)
	if sent < 10 {
		t.Fatalf("only %d messages published", sent)
	}
	time.Sleep(500 * time.Millisecond)
	limit := int64(burst + perSec*(elapsed+time.Second).Seconds())
	if n := got.Load(); n == 0 || n > limit || n >= int64(sent) {
		t.Fatalf("victim delivered %d of %d messages sent in %s, want 1..%d", n, sent, elapsed, limit)
	}
	deadline := time.Now().Add(10 * time.Second)
	for victim.Gossip.PeerScore(flooder.ID()) >= 0 {
		if time.Now().After(deadline) {
			t.Fatalf("flooder scored %.2f, want < 0", victim.Gossip.PeerScore(flooder.ID()))
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// TestTopicCloseAndRejoin: a closed topic returns an error from Next, and
// the service can be joined again.
func TestTopicCloseAndRejoin(t *testing.T) {
	a := newTestNode(t)
	b := newTestNode(t, WithBootstrapPeers(a.AddrInfo()))
	id := svc(0x55)
	ta, err := a.Gossip.JoinTopic(id, acceptAll)
	if err != nil {
		t.Fatal(err)
	}
	tb, err := b.Gossip.JoinTopic(id, acceptAll)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	if err := ta.WaitForPeers(ctx, 1); err != nil {
		t.Fatal(err)
	}
	if err := tb.Close(); err != nil {
		t.Fatal(err)
	}
	if err := tb.Close(); err != nil {
		t.Fatalf("second close: %v", err)
	}
	if _, err := tb.Next(ctx); err == nil {
		t.Fatal("Next on a closed topic succeeded")
	}
	// With its only peer gone (once a has learnt of the unsubscription),
	// publishing waits for peers until the deadline.
	for len(ta.Peers()) > 0 {
		if ctx.Err() != nil {
			t.Fatalf("a still lists %v on the topic b left", ta.Peers())
		}
		time.Sleep(20 * time.Millisecond)
	}
	short, c2 := context.WithTimeout(ctx, 500*time.Millisecond)
	defer c2()
	if err := ta.Publish(short, []byte("nobody listens")); err == nil {
		t.Fatal("publish without peers succeeded")
	}
	tb2, err := b.Gossip.JoinTopic(id, acceptAll)
	if err != nil {
		t.Fatalf("rejoin: %v", err)
	}
	if err := ta.Publish(ctx, []byte("hello again")); err != nil {
		t.Fatal(err)
	}
	m, err := tb2.Next(ctx)
	if err != nil || string(m.Data) != "hello again" || m.From != a.ID() {
		t.Fatalf("after rejoin: %v %v", m, err)
	}
	// A validator rejecting the local message makes Publish fail.
	id2 := svc(0x56)
	rej, err := a.Gossip.JoinTopic(id2, func(context.Context, peer.ID, []byte) ValidationResult { return Reject })
	if err != nil {
		t.Fatal(err)
	}
	if _, err := b.Gossip.JoinTopic(id2, acceptAll); err != nil {
		t.Fatal(err)
	}
	if err := rej.Publish(ctx, []byte("bad")); err == nil {
		t.Fatal("locally rejected message was published")
	}
	if _, err := a.Gossip.JoinTopic(svc(0x57), nil); err == nil {
		t.Fatal("nil validator accepted")
	}
}

// TestSizeLimit: a peer configured with a larger limit cannot push a message
// over this node's limit to its handlers.
func TestSizeLimit(t *testing.T) {
	big := newTestNode(t, WithMaxMessageSize(1<<20))
	small := newTestNode(t, WithBootstrapPeers(big.AddrInfo()))
	id := svc(0x58)
	bt, err := big.Gossip.JoinTopic(id, acceptAll)
	if err != nil {
		t.Fatal(err)
	}
	st, err := small.Gossip.JoinTopic(id, acceptAll)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	// A message within the limit is delivered.
	if err := bt.Publish(ctx, []byte("small enough")); err != nil {
		t.Fatal(err)
	}
	m, err := st.Next(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if string(m.Data) != "small enough" {
		t.Fatalf("handler got a message of %d bytes", len(m.Data))
	}
	// Just over the payload limit but within the wire limit: the size check
	// rejects it and the sender's score drops. (Sent last: once the receiver
	// scores the sender below zero it prunes it, and the sender's mesh for
	// the topic is empty.)
	if err := bt.Publish(ctx, make([]byte, DefaultMaxMessageSize+1)); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(20 * time.Second)
	for small.Gossip.PeerScore(big.ID()) >= 0 {
		if time.Now().After(deadline) {
			t.Fatalf("sender of an oversized message scored %.2f, want < 0", small.Gossip.PeerScore(big.ID()))
		}
		time.Sleep(50 * time.Millisecond)
	}
	// The oversized message never reaches the handler.
	short, cancelShort := context.WithTimeout(ctx, 500*time.Millisecond)
	defer cancelShort()
	if m, err := st.Next(short); err == nil {
		t.Fatalf("handler got a message of %d bytes after the oversized one", len(m.Data))
	}
}

// TestScoreProfiles: both scoring profiles are accepted by gossipsub (it
// validates mesh degrees and score parameters when the router starts and
// when a topic's parameters are set), deliver messages, and push a peer
// that sends invalid messages below zero.
func TestScoreProfiles(t *testing.T) {
	for _, tc := range []struct {
		name    string
		profile ScoreProfile
	}{{"small mesh", SmallMesh}, {"large mesh", LargeMesh}} {
		profile := tc.profile
		t.Run(tc.name, func(t *testing.T) {
			a := newTestNode(t, WithScoreProfile(profile))
			b := newTestNode(t, WithScoreProfile(profile), WithBootstrapPeers(a.AddrInfo()))
			id := svc(0x59)
			ta, err := a.Gossip.JoinTopic(id, acceptAll)
			if err != nil {
				t.Fatal(err)
			}
			tb, err := b.Gossip.JoinTopic(id, func(_ context.Context, _ peer.ID, data []byte) ValidationResult {
				if strings.HasPrefix(string(data), "bad") {
					return Reject
				}
				return Accept
			})
			if err != nil {
				t.Fatal(err)
			}
			ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
			defer cancel()
			for _, m := range []string{"bad 1", "bad 2", "good"} {
				if err := ta.Publish(ctx, []byte(m)); err != nil {
					t.Fatal(err)
				}
			}
			m, err := tb.Next(ctx)
			if err != nil || string(m.Data) != "good" {
				t.Fatalf("got %v, %v; want the good message only", m, err)
			}
			for b.Gossip.PeerScore(a.ID()) >= 0 {
				if ctx.Err() != nil {
					t.Fatalf("sender of invalid messages scored %.2f, want < 0", b.Gossip.PeerScore(a.ID()))
				}
				time.Sleep(50 * time.Millisecond)
			}
		})
	}
}
