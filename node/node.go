package node

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/rmsnet/rms/market"
	"github.com/rmsnet/rms/p2p"
)

// Node is a running `rms node`: the parts, the roles the configuration
// names, the local API and the metrics endpoint.
type Node struct {
	Parts    Parts
	Provider *Provider
	User     *User
	Watcher  *Watcher
	APIAddr  string
	cfg      Config
	started  time.Time
	service  *Service
	closers  []func() error
}

// NewLogger makes the slog logger a configuration asks for.
func NewLogger(w io.Writer, format, level string) *slog.Logger {
	var l slog.Level
	_ = l.UnmarshalText([]byte(level))
	opts := &slog.HandlerOptions{Level: l}
	if format == "json" {
		return slog.New(slog.NewJSONHandler(w, opts))
	}
	return slog.New(slog.NewTextHandler(w, opts))
}

// Open starts a node from cfg: store, p2p node, chain clients, the roles,
// the API (and metrics when configured). Close stops it.
func Open(ctx context.Context, cfg Config, log *slog.Logger) (n *Node, err error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	n = &Node{cfg: cfg, started: time.Now().UTC()}
	opened := n // a failing return sets n to nil before this runs
	defer func() {
		if err != nil {
			opened.Close(context.Background())
			n = nil
		}
	}()
	if err := os.MkdirAll(cfg.DataDir, 0o700); err != nil {
		return nil, fmt.Errorf("node: data dir: %w", err)
	}
	p := &n.Parts
	p.Log = log
	if p.Store, err = OpenStore(cfg.DataDir); err != nil {
		return nil, err
	}
	n.closers = append(n.closers, p.Store.Close)
	if p.Key, err = market.LoadKey(cfg.Key, cfg.PasswordFile); err != nil {
		return nil, err
	}
	if p.Deployment, err = market.LoadDeployment(cfg.Deployment); err != nil {
		return nil, err
	}
	client, err := ethclient.DialContext(ctx, cfg.RPC)
	if err != nil {
		return nil, fmt.Errorf("node: chain endpoint %s: %w", cfg.RPC, err)
	}
	n.closers = append(n.closers, func() error { client.Close(); return nil })
	p.Chain = client
	if p.Trust, err = cfg.HeaderTrust(); err != nil {
		return nil, err
	}
	if err := p.ConnectChain(ctx); err != nil {
		return nil, err
	}
	mode := p2p.DHTServer
	if cfg.User && !cfg.Provider && !cfg.Seed {
		mode = p2p.DHTClient
	}
	opts := []p2p.Option{p2p.WithListenAddrs(cfg.Listen...), p2p.WithBootstrapAddrs(cfg.Bootstrap...), p2p.WithDHTMode(mode),
		p2p.WithDatastore(p.Store.Datastore()), p2p.WithLogger(log), p2p.WithStakeCheck(StakeCheck(p))}
	if p.P2P, err = p2p.New(ctx, cfg.DataDir, opts...); err != nil {
		return nil, err
	}
	n.closers = append(n.closers, p.P2P.Close)
	p.Metrics = NewMetrics(func() float64 { return float64(len(p.P2P.Host.Network().Peers())) })

	if (cfg.Provider || cfg.Watch) && n.service == nil {
		if n.service, err = LoadService(cfg.Model); err != nil {
			return nil, err
		}
	}
	if cfg.Provider {
		price, err := market.ParseAmount(cfg.Price)
		if err != nil {
			return nil, fmt.Errorf("config: price: %w", err)
		}
		stake, err := market.ParseAmount(cfg.Stake)
		if err != nil {
			return nil, fmt.Errorf("config: stake: %w", err)
		}
		var opts []ProviderOption
		if cfg.TestOnlyCheat {
			log.Warn("TEST ONLY: this provider lies about its outputs and will be slashed (test_only_cheat)")
			opts = append(opts, withCheating())
		}
		if n.Provider, err = NewProvider(ctx, *p, ProviderConfig{Service: n.service, Price: price, Stake: stake,
			MaxJobLifetime: cfg.MaxJobLifetime.Duration, RedeemEvery: cfg.RedeemEvery, RedeemOnClose: true, AnswerRequests: cfg.AnswerRequests}, opts...); err != nil {
			return nil, err
		}
	}
	if cfg.User {
		uc := UserConfig{Providers: cfg.Providers, Timeout: cfg.JobTimeout.Duration,
			Progress: func(e Event) { log.Info("job "+e.Kind, "job", e.Job, "peer", e.Peer, "detail", e.Detail) }}
		if cfg.Deposit != "" {
			if uc.Deposit, err = market.ParseAmount(cfg.Deposit); err != nil {
				return nil, fmt.Errorf("config: deposit: %w", err)
			}
		}
		if n.User, err = NewUser(*p, uc); err != nil {
			return nil, err
		}
		// A user node given a text model decodes its answers and serves it
		// on the OpenAI-style endpoints.
		if cfg.Model != "" {
			svc := n.service
			if svc == nil {
				if svc, err = LoadService(cfg.Model); err != nil {
					return nil, err
				}
			}
			n.User.AddTextService(svc)
		}
	}

	if cfg.Watch {
		price, err := market.ParseAmount(cfg.Price)
		if err != nil {
			return nil, fmt.Errorf("config: price: %w", err)
		}
		stake, err := market.ParseAmount(cfg.Stake)
		if err != nil {
			return nil, fmt.Errorf("config: stake: %w", err)
		}
		if n.Watcher, err = NewWatcher(ctx, *p, WatcherConfig{Services: []*Service{n.service}, Price: price, Stake: stake}); err != nil {
			return nil, err
		}
		wctx, stop := context.WithCancel(context.Background())
		done := make(chan error, 1)
		go func() { done <- n.Watcher.Run(wctx) }()
		n.closers = append(n.closers, func() error { stop(); return <-done })
		log.Info("watching", "class", n.service.ClassID.Hex(), "requests", p.Deployment.Requests.Hex())
	}

	token, err := LoadOrCreateToken(cfg.DataDir)
	if err != nil {
		return nil, err
	}
	addr, stop, err := serveHTTP(ctx, cfg.APIAddr, apiHandler(token, n.Status, p.Store, n.User))
	if err != nil {
		return nil, fmt.Errorf("node: API: %w", err)
	}
	n.APIAddr = addr
	n.closers = append(n.closers, stop)
	if err := os.WriteFile(filepath.Join(cfg.DataDir, APIAddrFile), []byte(addr+"\n"), 0o600); err != nil {
		return nil, err
	}
	if cfg.MetricsAddr != "" {
		maddr, stop, err := serveHTTP(ctx, cfg.MetricsAddr, promhttp.HandlerFor(p.Metrics.Registry, promhttp.HandlerOpts{}))
		if err != nil {
			return nil, fmt.Errorf("node: metrics: %w", err)
		}
		n.closers = append(n.closers, stop)
		log.Info("metrics", "addr", "http://"+maddr+"/metrics")
	}
	if cfg.HTTPAddr != "" {
		waddr, stop, err := n.serveWeb(ctx, WebAddr(cfg.HTTPAddr))
		if err != nil {
			return nil, fmt.Errorf("node: web view: %w", err)
		}
		n.closers = append(n.closers, stop)
		log.Info("web view", "addr", "http://"+waddr+"/")
	}
	log.Info("node started", "peer", p.P2P.ID(), "addrs", p2p.P2PAddrs(p.P2P.Host), "address", p.Address().Hex(), "api", addr, "roles", n.roles())
	return n, nil
}

func (n *Node) roles() []string {
	var r []string
	for _, x := range []struct {
		on   bool
		name string
	}{{n.cfg.Provider, "provider"}, {n.cfg.Seed, "seed"}, {n.cfg.Watch, "watch"}, {n.cfg.User, "user"}} {
		if x.on {
			r = append(r, x.name)
		}
	}
	return r
}

// Status is the node's state as the API reports it.
func (n *Node) Status() Status {
	p := &n.Parts
	s := Status{PeerID: p.P2P.ID().String(), Addrs: p2p.P2PAddrs(p.P2P.Host), Address: p.Address(), Roles: n.roles(),
		Peers: len(p.P2P.Host.Network().Peers()), StartedAt: n.started}
	if n.service != nil {
		s.Class = n.service.ClassID.Hex()
	}
	if n.Provider != nil {
		s.Service = n.Provider.ServiceID().Hex()
	}
	if jobs, err := p.Store.Jobs(0); err == nil {
		s.Jobs = len(jobs)
	}
	return s
}

// Close stops the roles (a provider redeems what it is owed first), the
// API, the p2p node and the store, in that order.
func (n *Node) Close(ctx context.Context) error {
	var errs []error
	if n.Provider != nil {
		errs = append(errs, n.Provider.Close(ctx))
	}
	if n.User != nil {
		n.User.Close()
	}
	if n.cfg.DataDir != "" {
		os.Remove(filepath.Join(n.cfg.DataDir, APIAddrFile))
	}
	for i := len(n.closers) - 1; i >= 0; i-- {
		errs = append(errs, n.closers[i]())
	}
	n.closers = nil
	return errors.Join(errs...)
}
