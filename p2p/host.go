package p2p

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/libp2p/go-libp2p"
	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/p2p/host/resource-manager"
	"github.com/libp2p/go-libp2p/p2p/muxer/yamux"
	"github.com/libp2p/go-libp2p/p2p/net/connmgr"
	"github.com/libp2p/go-libp2p/p2p/security/noise"
	quic "github.com/libp2p/go-libp2p/p2p/transport/quic"
	"github.com/libp2p/go-libp2p/p2p/transport/tcp"
	ma "github.com/multiformats/go-multiaddr"
)

// NewHost builds a libp2p host: TCP and QUIC transports on the configured
// listen addresses, Noise security, yamux multiplexing, identify and ping,
// a resource manager sized by WithResourceLimits (1 GiB and 1024 file
// descriptors by default, right for a 2-core node), a connection manager
// with the configured watermarks, and the identity key persisted in
// dataDir. It does not dial bootstrap peers; see Bootstrap.
func NewHost(dataDir string, opts ...Option) (host.Host, error) {
	cfg, err := applyOptions(opts)
	if err != nil {
		return nil, err
	}
	return newHost(dataDir, cfg)
}

func newHost(dataDir string, cfg *config) (host.Host, error) {
	sk, err := LoadOrCreateKey(dataDir)
	if err != nil {
		return nil, err
	}
	listen := make([]ma.Multiaddr, 0, len(cfg.listen))
	for _, s := range cfg.listen {
		a, err := ma.NewMultiaddr(s)
		if err != nil {
			return nil, fmt.Errorf("p2p: listen address %q: %w", s, err)
		}
		listen = append(listen, a)
	}

	limits := rcmgr.DefaultLimits
	libp2p.SetDefaultServiceLimits(&limits)
	limiter := rcmgr.NewFixedLimiter(limits.Scale(cfg.rcMemory, cfg.rcFDs))
	rm, err := rcmgr.NewResourceManager(limiter)
	if err != nil {
		return nil, fmt.Errorf("p2p: resource manager: %w", err)
	}
	cm, err := connmgr.NewConnManager(cfg.connLow, cfg.connHigh, connmgr.WithGracePeriod(cfg.connGrace))
	if err != nil {
		rm.Close()
		return nil, fmt.Errorf("p2p: connection manager: %w", err)
	}

	lopts := []libp2p.Option{
		libp2p.Identity(sk),
		libp2p.ListenAddrs(listen...),
		libp2p.Transport(tcp.NewTCPTransport),
		libp2p.Transport(quic.NewTransport),
		libp2p.Security(noise.ID, noise.New),
		libp2p.Muxer(yamux.ID, yamux.DefaultTransport),
		libp2p.ResourceManager(rm),
		libp2p.ConnectionManager(cm),
		libp2p.Ping(true),
		libp2p.UserAgent(cfg.userAgent),
		libp2p.DisableRelay(),
	}
	if cfg.registerer != nil {
		lopts = append(lopts, libp2p.PrometheusRegisterer(cfg.registerer))
	} else {
		lopts = append(lopts, libp2p.DisableMetrics())
	}
	h, err := libp2p.New(lopts...)
	if err != nil {
		rm.Close()
		cm.Close()
		return nil, fmt.Errorf("p2p: start host (listen %s): %w", strings.Join(cfg.listen, ", "), err)
	}
	return h, nil
}

// Bootstrap dials every peer in peers in parallel, each under ctx (bounded by
// timeout when ctx has none), and returns how many connected. It returns an
// error only when peers is not empty and none could be reached.
func Bootstrap(ctx context.Context, h host.Host, peers []peer.AddrInfo, timeout time.Duration) (int, error) {
	if len(peers) == 0 {
		return 0, nil
	}
	ctx, cancel := withDefaultDeadline(ctx, timeout)
	defer cancel()
	var (
		wg   sync.WaitGroup
		mu   sync.Mutex
		ok   int
		errs []string
	)
	for _, pi := range peers {
		if pi.ID == h.ID() {
			continue
		}
		wg.Add(1)
		go func(pi peer.AddrInfo) {
			defer wg.Done()
			err := h.Connect(ctx, pi)
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				errs = append(errs, fmt.Sprintf("%s: %v", pi.ID, err))
				return
			}
			ok++
		}(pi)
	}
	wg.Wait()
	if ok == 0 && len(errs) > 0 {
		return 0, fmt.Errorf("p2p: no bootstrap peer reachable: %s", strings.Join(errs, "; "))
	}
	return ok, nil
}

// ParseAddrInfos parses multiaddrs ending in /p2p/<peer id>, merging
// addresses of the same peer.
func ParseAddrInfos(addrs []string) ([]peer.AddrInfo, error) {
	mas := make([]ma.Multiaddr, 0, len(addrs))
	for _, s := range addrs {
		a, err := ma.NewMultiaddr(strings.TrimSpace(s))
		if err != nil {
			return nil, fmt.Errorf("p2p: bootstrap address %q: %w", s, err)
		}
		mas = append(mas, a)
	}
	infos, err := peer.AddrInfosFromP2pAddrs(mas...)
	if err != nil {
		return nil, fmt.Errorf("p2p: bootstrap addresses: %w (each must end in /p2p/<peer id>)", err)
	}
	return infos, nil
}

// AddrInfo returns h's peer id with its listen addresses.
func AddrInfo(h host.Host) peer.AddrInfo {
	return peer.AddrInfo{ID: h.ID(), Addrs: h.Addrs()}
}

// P2PAddrs returns h's addresses with /p2p/<id> appended, as strings for
// configuration files.
func P2PAddrs(h host.Host) []string {
	mas, err := peer.AddrInfoToP2pAddrs(&peer.AddrInfo{ID: h.ID(), Addrs: h.Addrs()})
	if err != nil {
		return nil
	}
	out := make([]string, len(mas))
	for i, a := range mas {
		out[i] = a.String()
	}
	return out
}

// withDefaultDeadline returns ctx unchanged (with a no-op cancel wrapper)
// when it already has a deadline, and otherwise ctx bounded by d.
func withDefaultDeadline(ctx context.Context, d time.Duration) (context.Context, context.CancelFunc) {
	if _, ok := ctx.Deadline(); ok {
		return context.WithCancel(ctx)
	}
	return context.WithTimeout(ctx, d)
}
