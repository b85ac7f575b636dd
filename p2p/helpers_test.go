package p2p

import (
	"context"
	"io"
	"log/slog"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"
)

// testOptions make meshes settle fast on loopback.
func testOptions() []Option {
	return []Option{
		WithListenAddrs("/ip4/127.0.0.1/tcp/0", "/ip4/127.0.0.1/udp/0/quic-v1"),
		WithLogger(slog.New(slog.NewTextHandler(io.Discard, nil))),
		WithHeartbeat(50 * time.Millisecond),
		WithProviderSearchDelay(50 * time.Millisecond),
		WithOpTimeout(30 * time.Second),
		WithConnWatermarks(200, 400),
	}
}

func newTestNode(t testing.TB, opts ...Option) *Node {
	t.Helper()
	return newTestNodeIn(t, t.TempDir(), opts...)
}

func newTestNodeIn(t testing.TB, dir string, opts ...Option) *Node {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	n, err := New(ctx, dir, append(testOptions(), opts...)...)
	if err != nil {
		t.Fatalf("new node: %v", err)
	}
	t.Cleanup(func() { n.Close() })
	return n
}

// testMesh starts n DHT-server nodes: node 0 is the bootstrap node, every
// other node dials it and `extra` random earlier nodes. It waits until every
// routing table is populated.
func testMesh(t testing.TB, n, extra int, opts ...Option) []*Node {
	t.Helper()
	nodes := make([]*Node, n)
	nodes[0] = newTestNode(t, opts...)
	boot := nodes[0].AddrInfo()
	rng := rand.New(rand.NewPCG(1, 2))
	for i := 1; i < n; i++ {
		nodes[i] = newTestNode(t, append([]Option{WithBootstrapPeers(boot)}, opts...)...)
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		for j := 0; j < extra && i > 1; j++ {
			k := 1 + rng.IntN(i-1)
			if err := nodes[i].Connect(ctx, nodes[k].AddrInfo()); err != nil {
				t.Fatalf("connect %d -> %d: %v", i, k, err)
			}
		}
		cancel()
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	for i, nd := range nodes {
		if err := nd.Discovery.WaitRoutable(ctx, 1); err != nil {
			t.Fatalf("node %d: %v", i, err)
		}
	}
	// One refresh round spreads knowledge of every server beyond the
	// bootstrap node.
	for i, nd := range nodes {
		if err := nd.Discovery.Refresh(ctx); err != nil {
			t.Logf("node %d: %v", i, err)
		}
	}
	return nodes
}

func ids(infos []peer.AddrInfo) map[peer.ID]bool {
	m := make(map[peer.ID]bool, len(infos))
	for _, pi := range infos {
		m[pi.ID] = true
	}
	return m
}

// waitMeshes waits until every node's topic lists all the peers the node is
// connected to (all of them subscribe in the mesh tests), then lets a few
// heartbeats pass so that meshes form on these subscriptions. A message
// published earlier may reach a node whose subscription arrives late only
// through gossip, whose window (3 heartbeats) a loaded machine can outlast.
func waitMeshes(ctx context.Context, t testing.TB, nodes []*Node, topics []*ServiceTopic) {
	t.Helper()
	for i, nd := range nodes {
		if err := topics[i].WaitForPeers(ctx, len(nd.Host.Network().Peers())); err != nil {
			t.Fatalf("node %d: %v", i, err)
		}
	}
	time.Sleep(6 * nodes[0].Gossip.cfg.heartbeat)
}
