package p2p

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/p2p/protocol/ping"
	ma "github.com/multiformats/go-multiaddr"
)

// TestTransports: a node is reachable over TCP and over QUIC separately;
// TCP connections use Noise and yamux; identify tells each side the other's
// protocols (a DHT server advertises /rms/kad); ping answers.
func TestTransports(t *testing.T) {
	a := newTestNode(t)
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	pick := func(proto int) peer.AddrInfo {
		var addrs []ma.Multiaddr
		for _, x := range a.Host.Addrs() {
			if _, err := x.ValueForProtocol(proto); err == nil {
				addrs = append(addrs, x)
			}
		}
		if len(addrs) == 0 {
			t.Fatalf("no address with protocol %d in %v", proto, a.Host.Addrs())
		}
		return peer.AddrInfo{ID: a.ID(), Addrs: addrs}
	}
	tests := []struct {
		name     string
		proto    int
		security string
		muxer    string
	}{
		{"tcp", ma.P_TCP, "/noise", "/yamux/1.0.0"},
		{"quic", ma.P_QUIC_V1, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := newTestNode(t)
			if err := b.Connect(ctx, pick(tt.proto)); err != nil {
				t.Fatal(err)
			}
			conns := b.Host.Network().ConnsToPeer(a.ID())
			if len(conns) != 1 {
				t.Fatalf("%d connections", len(conns))
			}
			c := conns[0]
			if _, err := c.RemoteMultiaddr().ValueForProtocol(tt.proto); err != nil {
				t.Fatalf("connected over %s", c.RemoteMultiaddr())
			}
			st := c.ConnState()
			if tt.security != "" && string(st.Security) != tt.security {
				t.Fatalf("security %q, want %q", st.Security, tt.security)
			}
			if tt.muxer != "" && string(st.StreamMultiplexer) != tt.muxer {
				t.Fatalf("muxer %q, want %q", st.StreamMultiplexer, tt.muxer)
			}
			res := <-ping.Ping(ctx, b.Host, a.ID())
			if res.Error != nil || res.RTT <= 0 {
				t.Fatalf("ping: %v %v", res.RTT, res.Error)
			}
			// identify: b learns that a serves the /rms DHT.
			deadline := time.Now().Add(5 * time.Second)
			for {
				protos, _ := b.Host.Peerstore().GetProtocols(a.ID())
				found := false
				for _, p := range protos {
					if strings.HasPrefix(string(p), ProtocolPrefix+"/kad/") {
						found = true
					}
				}
				if found {
					break
				}
				if time.Now().After(deadline) {
					t.Fatalf("identify did not report the DHT protocol: %v", protos)
				}
				time.Sleep(20 * time.Millisecond)
			}
			b.Close()
		})
	}
}

// TestConnWatermarks: above the high watermark the connection manager trims
// down to the low one. The spokes are light (DHT-client) peers: mesh peers
// in the first buckets of the routing table are protected by the DHT.
func TestConnWatermarks(t *testing.T) {
	hub := newTestNode(t, WithConnWatermarks(2, 4), WithConnGracePeriod(0))
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	for range 7 {
		n := newTestNode(t, WithDHTMode(DHTClient))
		if err := n.Connect(ctx, hub.AddrInfo()); err != nil {
			t.Fatal(err)
		}
	}
	if got := len(hub.Host.Network().Peers()); got < 5 {
		t.Fatalf("hub has %d peers before trimming", got)
	}
	hub.Host.ConnManager().TrimOpenConns(ctx)
	deadline := time.Now().Add(5 * time.Second)
	for len(hub.Host.Network().Peers()) > 2 {
		if time.Now().After(deadline) {
			t.Fatalf("hub still has %d peers after trimming to the low watermark 2", len(hub.Host.Network().Peers()))
		}
		time.Sleep(20 * time.Millisecond)
	}
	if hub.Host.Network().Connectedness(hub.ID()) == network.Connected {
		t.Fatal("connected to itself")
	}
}

func TestBadOptions(t *testing.T) {
	tests := []struct {
		name string
		opt  Option
	}{
		{"no listen address", WithListenAddrs()},
		{"watermarks inverted", WithConnWatermarks(10, 5)},
		{"tiny resource limits", WithResourceLimits(1<<20, 8)},
		{"unknown DHT mode", WithDHTMode(DHTMode(7))},
		{"heartbeat too short", WithHeartbeat(time.Millisecond)},
		{"message limit too big", WithMaxMessageSize(64 << 20)},
		{"zero rate", WithRateLimit(0, 1)},
		{"bad bootstrap address", WithBootstrapAddrs("/ip4/127.0.0.1/tcp/1")},
		{"outstanding below a block", WithOutstandingBytes(1000)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// Loopback first: should an option stop being refused, the node
			// must not listen on every interface at the default port.
			n, err := New(context.Background(), t.TempDir(), WithListenAddrs("/ip4/127.0.0.1/tcp/0"), tt.opt)
			if err == nil {
				n.Close()
				t.Fatal("accepted")
			}
		})
	}
	if _, err := New(context.Background(), t.TempDir(), WithListenAddrs("not a multiaddr")); err == nil || !strings.Contains(err.Error(), "not a multiaddr") {
		t.Fatalf("bad listen address: %v", err)
	}
}
