package p2p

import (
	"bytes"
	"context"
	"encoding/binary"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"
)

const benchMesh = 20

func percentile(sorted []time.Duration, p float64) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	i := int(p * float64(len(sorted)-1))
	return sorted[i]
}

// BenchmarkGossipLatency publishes one message at a time on a 20-host mesh
// and measures the time from Publish to delivery at each of the 19 other
// subscribers (p50 and p99 over all deliveries). The rate limit is lifted
// so that the benchmark measures propagation, not the limiter.
func BenchmarkGossipLatency(b *testing.B) {
	nodes := testMesh(b, benchMesh, 3, WithRateLimit(1e6, 1e6))
	id := svc(0x66)
	topics := make([]*ServiceTopic, len(nodes))
	for i, nd := range nodes {
		tp, err := nd.Gossip.JoinTopic(id, acceptAll)
		if err != nil {
			b.Fatal(err)
		}
		topics[i] = tp
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	for _, tp := range topics {
		if err := tp.WaitForPeers(ctx, 3); err != nil {
			b.Fatal(err)
		}
	}
	time.Sleep(time.Second) // let meshes settle (20 heartbeats)
	var (
		mu   sync.Mutex
		lats []time.Duration
		sent = map[uint64]time.Time{}
		got  = make(chan struct{}, 1<<16)
	)
	// The publisher is an ordinary node (not the bootstrap node, which is
	// connected to everyone), so most deliveries take several hops.
	pubIdx := len(nodes) / 2
	for i := range nodes {
		if i == pubIdx {
			continue
		}
		go func(tp *ServiceTopic) {
			for {
				m, err := tp.Next(ctx)
				if err != nil {
					return
				}
				now := time.Now()
				seq := binary.BigEndian.Uint64(m.Data)
				mu.Lock()
				lats = append(lats, now.Sub(sent[seq]))
				mu.Unlock()
				got <- struct{}{}
			}
		}(topics[i])
	}
	pub := topics[pubIdx]
	b.Logf("publisher connected to %d of %d peers", len(nodes[pubIdx].Host.Network().Peers()), len(nodes)-1)
	payload := make([]byte, 1024)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		binary.BigEndian.PutUint64(payload, uint64(i))
		mu.Lock()
		sent[uint64(i)] = time.Now()
		mu.Unlock()
		if err := pub.Publish(ctx, payload); err != nil {
			b.Fatal(err)
		}
		for range len(nodes) - 1 {
			select {
			case <-got:
			case <-time.After(10 * time.Second):
				b.Fatalf("message %d not delivered everywhere", i)
			}
		}
	}
	b.StopTimer()
	mu.Lock()
	slices.Sort(lats)
	b.ReportMetric(float64(percentile(lats, 0.5).Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(percentile(lats, 0.99).Microseconds())/1000, "p99-ms")
	b.ReportMetric(float64(lats[len(lats)-1].Microseconds())/1000, "max-ms")
	mu.Unlock()
}

// BenchmarkBitswapThroughput adds a 256 MiB file on one host and fetches it
// (into the persistent blockstore) on a second host over loopback, then
// copies the same bytes over a plain loopback TCP connection in the same
// run. Reported: both rates and their ratio.
func BenchmarkBitswapThroughput(b *testing.B) {
	size := 256 << 20
	for _, tr := range []struct{ name, addr string }{
		{"tcp", "/ip4/127.0.0.1/tcp/0"},
		{"quic", "/ip4/127.0.0.1/udp/0/quic-v1"},
	} {
		b.Run(tr.name, func(b *testing.B) {
			data := make([]byte, size)
			rand.NewChaCha8([32]byte{3}).Read(data)
			seeder := newTestNode(b, WithListenAddrs(tr.addr))
			ctx := context.Background()
			addStart := time.Now()
			root, err := seeder.Blocks.AddFile(ctx, bytes.NewReader(data))
			if err != nil {
				b.Fatal(err)
			}
			addRate := float64(size) / (1 << 20) / time.Since(addStart).Seconds()
			var bsTime, tcpTime time.Duration
			b.SetBytes(int64(size))
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				b.StopTimer()
				fetcher := newTestNode(b, WithListenAddrs(tr.addr), WithBootstrapPeers(seeder.AddrInfo()))
				b.StartTimer()
				start := time.Now()
				if err := fetcher.Blocks.Fetch(ctx, root); err != nil {
					b.Fatal(err)
				}
				bsTime += time.Since(start)
				b.StopTimer()
				fetcher.Close()
				d, err := tcpCopy(data)
				if err != nil {
					b.Fatal(err)
				}
				tcpTime += d
				b.StartTimer()
			}
			b.StopTimer()
			mb := float64(size) * float64(b.N) / (1 << 20)
			b.ReportMetric(mb/bsTime.Seconds(), "bitswap-MiB/s")
			b.ReportMetric(mb/tcpTime.Seconds(), "plainTCP-MiB/s")
			b.ReportMetric(tcpTime.Seconds()/bsTime.Seconds(), "ratio")
			b.ReportMetric(addRate, "localAdd-MiB/s")
		})
	}
}

// tcpCopy sends data over a fresh loopback TCP connection and returns how
// long the receiver took to read all of it.
func tcpCopy(data []byte) (time.Duration, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer ln.Close()
	errc := make(chan error, 1)
	go func() {
		c, err := ln.Accept()
		if err != nil {
			errc <- err
			return
		}
		defer c.Close()
		_, err = c.Write(data)
		errc <- err
	}()
	start := time.Now()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		return 0, err
	}
	defer c.Close()
	n, err := io.Copy(io.Discard, io.LimitReader(c, int64(len(data))))
	d := time.Since(start)
	if err != nil {
		return 0, err
	}
	if n != int64(len(data)) {
		return 0, fmt.Errorf("tcp copy: read %d of %d bytes", n, len(data))
	}
	return d, <-errc
}

// BenchmarkFindProviders measures a DHT provider lookup on a 20-host mesh
// from a client-mode peer that knows only the bootstrap node: the time to
// the first provider, to all three, and for the whole lookup to end.
func BenchmarkFindProviders(b *testing.B) {
	nodes := testMesh(b, benchMesh, 2)
	ctx := context.Background()
	id := svc(0x77)
	for _, i := range []int{4, 11, 17} {
		stop, err := nodes[i].Discovery.Advertise(ctx, id)
		if err != nil {
			b.Fatal(err)
		}
		defer stop()
	}
	client := newTestNode(b, WithDHTMode(DHTClient), WithBootstrapPeers(nodes[0].AddrInfo()))
	var first, three, full time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		start := time.Now()
		ch, err := client.Discovery.FindProviders(ctx, id, 0)
		if err != nil {
			b.Fatal(err)
		}
		var got []peer.AddrInfo
		for pi := range ch {
			got = append(got, pi)
			switch len(got) {
			case 1:
				first += time.Since(start)
			case 3:
				three += time.Since(start)
			}
		}
		full += time.Since(start)
		if len(got) != 3 {
			b.Fatalf("found %d providers, want 3", len(got))
		}
	}
	b.StopTimer()
	n := float64(b.N)
	b.ReportMetric(first.Seconds()*1000/n, "first-ms")
	b.ReportMetric(three.Seconds()*1000/n, "all3-ms")
	b.ReportMetric(full.Seconds()*1000/n, "lookup-ms")
}
