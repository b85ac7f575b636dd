package node

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/rmsnet/rms/market"
	"github.com/rmsnet/rms/market/simchain"
	"github.com/rmsnet/rms/p2p"
)

// DevnetConfig configures an in-process network on loopback.
type DevnetConfig struct {
	Providers int      // N (default 3)
	Cheaters  int      // M of the N claim wrong outputs
	K         int      // providers asked per job (default N)
	Users     int      // users sending the jobs in turn (default 1)
	Service   *Service // the model all providers serve
	Dir       string   // data dirs of every node go under it (required)
	Log       *slog.Logger
	Progress  func(Event)
	Price     *big.Int // wei per job (default 1 gwei)
	Stake     *big.Int // per provider (default 1 ETH)
	Deposit   *big.Int // the user's escrow top-up per provider (default 1000 × price)
	// AnswerRequests makes the providers answer oracle-mode requests by
	// themselves (ProviderConfig.AnswerRequests).
	AnswerRequests bool
	// GamePoll is how often game players, followers and transaction
	// managers read the chain (default 10 ms: a few games at once; many
	// games at once want more, since each poll of each game is a few calls).
	GamePoll time.Duration
	// Chain, when set, is used instead of a new simulated chain, with Keys
	// funded on it (deployer, user, one per provider, then the other users).
	Chain market.Backend
	Keys  []*ecdsa.PrivateKey
}

// Devnet is a running network: a chain with the contracts, a seeder (the
// bootstrap peer), N providers and a user.
type Devnet struct {
	cfg        DevnetConfig
	Sim        *simchain.Chain // nil when the chain was given
	Chain      market.Backend
	Deployment *market.Deployment
	Keys       []*ecdsa.PrivateKey // deployer, user, providers
	Seeder     *p2p.Node
	Providers  []*Provider
	User       *User   // the first user
	Users      []*User // every user: User, then the others
	providerP  []Parts
	userP      Parts
	usersP     []Parts
	closers    []func() error          // the chain and the seeder, in start order
	nodes      map[string]func() error // each node's p2p node and store
}

// devnetPoll is how often the devnet's game players, followers and
// transaction managers read the simulated chain by default.
const devnetPoll = 10 * time.Millisecond

// devnetP2P are the p2p options of every devnet node: loopback TCP only,
// fast heartbeats.
func devnetP2P(log *slog.Logger, extra ...p2p.Option) []p2p.Option {
	return append([]p2p.Option{
		p2p.WithListenAddrs("/ip4/127.0.0.1/tcp/0"),
		p2p.WithLogger(log),
		p2p.WithHeartbeat(100 * time.Millisecond),
		p2p.WithProviderSearchDelay(50 * time.Millisecond),
		p2p.WithOpTimeout(30 * time.Second),
		p2p.WithConnWatermarks(200, 400),
	}, extra...)
}

// StartDevnet starts the chain (unless given), deploys the contracts and
// starts a seeder, the providers and the user.
func StartDevnet(ctx context.Context, cfg DevnetConfig) (*Devnet, error) {
	if cfg.Providers <= 0 {
		cfg.Providers = 3
	}
	if cfg.Cheaters < 0 || cfg.Cheaters > cfg.Providers {
		return nil, fmt.Errorf("devnet: %d cheaters among %d providers", cfg.Cheaters, cfg.Providers)
	}
	if cfg.K <= 0 || cfg.K > cfg.Providers {
		cfg.K = cfg.Providers
	}
	if cfg.Service == nil || cfg.Dir == "" {
		return nil, errors.New("devnet: a service and a directory are required")
	}
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	if cfg.Price == nil {
		cfg.Price = big.NewInt(1_000_000_000)
	}
	if cfg.Stake == nil {
		cfg.Stake = new(big.Int).Set(simchain.Ether)
	}
	if cfg.Deposit == nil {
		cfg.Deposit = new(big.Int).Mul(cfg.Price, big.NewInt(1000))
	}
	d := &Devnet{cfg: cfg, nodes: map[string]func() error{}}
	ok := false
	defer func() {
		if !ok {
			d.Close(context.Background())
		}
	}()
	if cfg.Users <= 0 {
		cfg.Users = 1
	}
	nkeys := 2 + cfg.Providers + cfg.Users - 1
	if cfg.Chain != nil {
		if len(cfg.Keys) < nkeys {
			return nil, fmt.Errorf("devnet: %d keys given, %d needed", len(cfg.Keys), nkeys)
		}
		d.Chain, d.Keys = cfg.Chain, cfg.Keys[:nkeys]
	} else {
		sim, keys, err := simchain.NewFunded(nkeys, new(big.Int).Mul(simchain.Ether, big.NewInt(1000)))
		if err != nil {
			return nil, err
		}
		d.Sim, d.Chain, d.Keys = sim, sim.Client(), keys
		d.closers = append(d.closers, sim.Close)
	}
	dc := market.DefaultDeployConfig()
	dep, err := market.Deploy(ctx, d.Chain, d.Keys[0], dc)
	if err != nil {
		return nil, err
	}
	d.Deployment = dep

	seeder, err := p2p.New(ctx, filepath.Join(cfg.Dir, "seeder"), devnetP2P(cfg.Log)...)
	if err != nil {
		return nil, fmt.Errorf("devnet: seeder: %w", err)
	}
	d.closers = append(d.closers, seeder.Close)
	d.Seeder = seeder

	for i := 0; i < cfg.Providers; i++ {
		parts, err := d.parts(ctx, fmt.Sprintf("provider%d", i), d.Keys[2+i], p2p.DHTServer)
		if err != nil {
			return nil, err
		}
		var opts []ProviderOption
		if i >= cfg.Providers-cfg.Cheaters {
			opts = append(opts, withCheating())
		}
		prov, err := NewProvider(ctx, parts, ProviderConfig{Service: cfg.Service, Price: cfg.Price, Stake: cfg.Stake,
			AnswerRequests: cfg.AnswerRequests}, opts...)
		if err != nil {
			return nil, fmt.Errorf("devnet: provider %d: %w", i, err)
		}
		d.providerP = append(d.providerP, parts)
		d.Providers = append(d.Providers, prov)
	}
	for i := range cfg.Users {
		name, key := "user", d.Keys[1]
		if i > 0 {
			name, key = fmt.Sprintf("user%d", i), d.Keys[2+cfg.Providers+i-1]
		}
		up, err := d.parts(ctx, name, key, p2p.DHTClient)
		if err != nil {
			return nil, err
		}
		u, err := NewUser(up, UserConfig{Providers: cfg.K, Deposit: cfg.Deposit, Progress: cfg.Progress})
		if err != nil {
			return nil, err
		}
		u.AddTextService(cfg.Service)
		d.Users, d.usersP = append(d.Users, u), append(d.usersP, up)
	}
	d.User, d.userP = d.Users[0], d.usersP[0]
	ok = true
	return d, nil
}

// parts opens a node's store and p2p node under the devnet directory.
func (d *Devnet) parts(ctx context.Context, name string, key *ecdsa.PrivateKey, mode p2p.DHTMode) (Parts, error) {
	dir := filepath.Join(d.cfg.Dir, name)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return Parts{}, err
	}
	st, err := OpenStore(dir)
	if err != nil {
		return Parts{}, err
	}
	parts := Parts{Store: st, Chain: d.Chain, Deployment: d.Deployment, Key: key, Log: d.cfg.Log.With("node", name)}
	poll := d.cfg.GamePoll
	if poll <= 0 {
		poll = devnetPoll
	}
	parts.Tx = NewTxManager(d.Chain, d.Deployment, key, poll, parts.Log)
	games, err := NewGameClient(d.Chain, d.Deployment, parts.Tx, poll)
	if err != nil {
		st.Close()
		return Parts{}, err
	}
	parts.Games = games
	if err := parts.ConnectChain(ctx); err != nil {
		st.Close()
		return Parts{}, err
	}
	opts := devnetP2P(parts.Log, p2p.WithDatastore(st.Datastore()), p2p.WithDHTMode(mode), p2p.WithBootstrapPeers(d.Seeder.AddrInfo()))
	if mode == p2p.DHTClient {
		opts = append(opts, p2p.WithStakeCheck(StakeCheck(&parts)))
	}
	n, err := p2p.New(ctx, dir, opts...)
	if err != nil {
		st.Close()
		return Parts{}, fmt.Errorf("devnet: %s: %w", name, err)
	}
	parts.P2P = n
	parts.Metrics = NewMetrics(func() float64 { return float64(len(n.Host.Network().Peers())) })
	// p2p first, then the store it writes to.
	d.nodes[name] = func() error { return errors.Join(n.Close(), st.Close()) }
	if name == "user" {
		// The user's games end before its store closes.
		d.nodes[name] = func() error {
			if d.User != nil {
				d.User.Close()
			}
			return errors.Join(n.Close(), st.Close())
		}
	}
	if mode == p2p.DHTServer {
		wctx, cancel := context.WithTimeout(ctx, 10*time.Second)
		defer cancel()
		_ = n.Discovery.WaitRoutable(wctx, 1)
	}
	return parts, nil
}

// RestartProvider stops provider i (its p2p node and store) and starts it
// again from its data dir, as after a crash: same keys, same store.
func (d *Devnet) RestartProvider(ctx context.Context, i int) error {
	name := fmt.Sprintf("provider%d", i)
	p := d.Providers[i]
	p.Close(ctx)
	if err := d.nodes[name](); err != nil {
		return err
	}
	parts, err := d.parts(ctx, name, d.Keys[2+i], p2p.DHTServer)
	if err != nil {
		return err
	}
	var opts []ProviderOption
	if p.cheat {
		opts = append(opts, withCheating())
	}
	np, err := NewProvider(ctx, parts, p.cfg, opts...)
	if err != nil {
		return err
	}
	d.providerP[i], d.Providers[i] = parts, np
	return nil
}

// Addresses are every account and contract whose balance the devnet moves.
func (d *Devnet) Addresses() []common.Address {
	out := []common.Address{d.Deployment.Registry, d.Deployment.Escrow}
	for _, k := range d.Keys {
		out = append(out, crypto.PubkeyToAddress(k.PublicKey))
	}
	return out
}

// Close redeems nothing; it stops every node and the chain it started.
func (d *Devnet) Close(ctx context.Context) error {
	var errs []error
	for _, p := range d.Providers {
		errs = append(errs, p.Close(ctx))
	}
	for _, u := range d.Users {
		u.Close()
	}
	for name, c := range d.nodes {
		errs = append(errs, c())
		delete(d.nodes, name)
	}
	for i := len(d.closers) - 1; i >= 0; i-- {
		errs = append(errs, d.closers[i]())
	}
	d.closers = nil
	return errors.Join(errs...)
}

// DevnetReport is the summary of a devnet run.
type DevnetReport struct {
	Jobs     int           `json:"jobs"`
	Agreed   int           `json:"agreed"`
	Disputed int           `json:"disputed"`
	Failed   int           `json:"failed"`
	Slashed  int           `json:"slashed"`
	Gas      uint64        `json:"gas"`
	Redeemed *big.Int      `json:"redeemed_wei"`
	Results  []*Result     `json:"results"`
	Wall     time.Duration `json:"wall_ns"`
	// Latency from submit to the answer that stands, over the jobs.
	P50 time.Duration `json:"p50_ns"`
	P99 time.Duration `json:"p99_ns"`
	// JobsPerSecond is jobs over the wall time of submitting them.
	JobsPerSecond float64 `json:"jobs_per_second"`
}

// RunJobs submits every input (encoded tensors) as a job, up to parallel at
// once, waits for the games of every disputed job (the user opens and
// follows them, the providers defend their claims, as real nodes do), then
// has every provider redeem its vouchers.
func (d *Devnet) RunJobs(ctx context.Context, inputs [][]byte, parallel int) (*DevnetReport, error) {
	t0 := time.Now()
	if parallel <= 0 {
		parallel = 1
	}
	rep := &DevnetReport{Jobs: len(inputs), Results: make([]*Result, len(inputs)), Redeemed: new(big.Int)}
	sem := make(chan struct{}, parallel)
	var wg sync.WaitGroup
	errs := make([]error, len(inputs))
	for i, in := range inputs {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			u := d.Users[i%len(d.Users)]
			r, err := u.Submit(ctx, d.cfg.Service.ClassID, in)
			if err == nil && r.State == StateDisputed {
				t := time.Now()
				wall := r.Wall
				if r, err = u.Wait(ctx, r.JobHash); err == nil {
					r.Wall = wall + time.Since(t)
				}
			}
			rep.Results[i], errs[i] = r, err
		}()
	}
	wg.Wait()
	submitted := time.Since(t0)
	var lat []time.Duration
	for _, r := range rep.Results {
		if r != nil {
			lat = append(lat, r.Wall)
		}
	}
	if len(lat) > 0 {
		slices.Sort(lat)
		rep.P50, rep.P99 = lat[len(lat)/2], lat[min(len(lat)-1, len(lat)*99/100)]
		rep.JobsPerSecond = float64(len(inputs)) / submitted.Seconds()
	}
	for i, r := range rep.Results {
		switch {
		case r == nil || r.State == StateFailed:
			rep.Failed++
		case r.State == StateAgreed:
			rep.Agreed++
		case r.State == StateDisputed || r.State == StateSettled:
			rep.Disputed++
		}
		if r != nil {
			for _, g := range r.Games {
				if g.Slashed != "0" && g.Slashed != "" {
					rep.Slashed++
					break
				}
			}
		}
		if errs[i] != nil && r == nil {
			rep.Results[i] = &Result{State: StateFailed, Errors: []string{errs[i].Error()}}
		}
	}
	for _, p := range d.Providers {
		paid, err := p.Redeem(ctx)
		if err != nil {
			return rep, err
		}
		rep.Redeemed.Add(rep.Redeemed, paid)
	}
	gas, err := d.gasUsed(ctx)
	if err != nil {
		return rep, err
	}
	rep.Gas = gas
	rep.Wall = time.Since(t0)
	return rep, nil
}

// gasUsed sums the gas of every block of the chain.
func (d *Devnet) gasUsed(ctx context.Context) (uint64, error) {
	head, err := d.Chain.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, err
	}
	var total uint64
	for n := int64(0); n <= head.Number.Int64(); n++ {
		h, err := d.Chain.HeaderByNumber(ctx, big.NewInt(n))
		if err != nil {
			return 0, err
		}
		total += h.GasUsed
	}
	return total, nil
}

// FundedKeys makes n new keys and sends each wei from the funded key from,
// through one transaction manager: the keys a devnet on a real chain (such
// as `geth --dev`, whose developer account is funded) needs.
func FundedKeys(ctx context.Context, chain market.Backend, from *ecdsa.PrivateKey, n int, wei *big.Int) ([]*ecdsa.PrivateKey, error) {
	id, err := chain.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("devnet: chain id: %w", err)
	}
	tx := market.NewTxManager(chain, from, id)
	keys := make([]*ecdsa.PrivateKey, n)
	for i := range keys {
		if keys[i], err = crypto.GenerateKey(); err != nil {
			return nil, err
		}
		if _, err := tx.SendValue(ctx, "fund a devnet key", crypto.PubkeyToAddress(keys[i].PublicKey), nil, wei); err != nil {
			return nil, fmt.Errorf("devnet: fund key %d: %w", i, err)
		}
	}
	return keys, nil
}
