package node

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/rmsnet/rms/dispute"
	"github.com/rmsnet/rms/market"
	"github.com/rmsnet/rms/vm"
	"github.com/rmsnet/rms/vm/guestimage"
)

// WatcherConfig configures a watcher.
type WatcherConfig struct {
	// Services are the classes watched (op-graph or text models); the
	// watcher re-executes their requests natively.
	Services []*Service
	// Price and Stake register the watcher's own service for each class
	// (unless this key and peer have one): a counter-claim must be signed
	// by a provider staked for the class, whose stake backs the game's bond.
	Price, Stake *big.Int
	// Poll is how often the chain is read (default 1 s).
	Poll time.Duration
	// From is the first block read (0: the head when the watcher starts).
	From uint64
	// Progress receives every event (watch, challenge, game); it must not block.
	Progress func(Event)
}

// Watcher follows the InferenceRequests contract (oracle mode): it
// re-executes every claim posted for the classes it watches and challenges
// a wrong one within the window: it posts its own claim, fetches the wrong
// claim's trace from its provider (TraceRequest), opens the game with the
// op-level proof and plays it to the end with the VM.
type Watcher struct {
	parts    Parts
	cfg      WatcherConfig
	requests *dispute.Requests
	games    *GameClient
	svcIDs   map[market.ClassID]market.ServiceID
	classes  map[market.ClassID]*Service
	next     uint64

	mu      sync.Mutex
	watched map[uint64]*watchedRequest
	results []*WatchResult
	wg      sync.WaitGroup
	guest   *vm.Program
}

// watchedRequest is what the watcher holds of one request.
type watchedRequest struct {
	svc   *Service
	input []byte
	job   *market.SignedJob
	mine  *dispute.ClaimWithTrace // the watcher's own claim, once computed
	out   []byte
	seen  map[common.Hash]bool // answers checked
	ended bool                 // own claim posted
}

// WatchResult is what the watcher did about one posted claim.
type WatchResult struct {
	Request   uint64         `json:"request"`
	ClaimHash common.Hash    `json:"claim"`
	Provider  common.Address `json:"provider"`
	Wrong     bool           `json:"wrong"`
	Game      common.Hash    `json:"game,omitzero"`
	Won       bool           `json:"won"`
	Err       string         `json:"error,omitempty"`
}

// NewWatcher registers the watcher's services and returns it; Run follows
// the chain.
func NewWatcher(ctx context.Context, parts Parts, cfg WatcherConfig) (*Watcher, error) {
	if err := parts.check("watcher"); err != nil {
		return nil, err
	}
	if len(cfg.Services) == 0 {
		return nil, errors.New("node: a watcher needs the services it watches")
	}
	if parts.Deployment.Requests == (common.Address{}) || parts.Games == nil {
		return nil, errors.New("node: the deployment has no InferenceRequests or Games contract to watch")
	}
	if cfg.Poll <= 0 {
		cfg.Poll = time.Second
	}
	w := &Watcher{parts: parts, cfg: cfg, requests: dispute.NewRequests(parts.Chain, parts.Deployment.Requests),
		games:  parts.Games,
		svcIDs: map[market.ClassID]market.ServiceID{}, classes: map[market.ClassID]*Service{}, watched: map[uint64]*watchedRequest{}}
	for _, s := range cfg.Services {
		if s == nil {
			return nil, errors.New("node: a watcher's service is nil")
		}
		if (s.Model == nil) == (s.Text == nil) {
			// The watcher re-executes and proves jobs of an op graph or of
			// a text model (Service.Run and OpJob); nothing else.
			return nil, fmt.Errorf("node: watching %s: the service has %s, want exactly one of an op-graph model and a text model",
				s.Name, map[bool]string{true: "neither", false: "both"}[s.Model == nil])
		}
		id, err := ensureService(ctx, &parts, s, cfg.Price, cfg.Stake)
		if err != nil {
			return nil, err
		}
		w.svcIDs[s.ClassID], w.classes[s.ClassID] = id, s
	}
	w.next = cfg.From
	if w.next == 0 {
		h, err := parts.Chain.HeaderByNumber(ctx, nil)
		if err != nil {
			return nil, fmt.Errorf("node: watcher: head: %w", err)
		}
		w.next = h.Number.Uint64()
	}
	return w, nil
}

func (w *Watcher) emit(e Event) {
	e.Time = time.Now()
	w.parts.Log.Info("watch "+e.Kind, "detail", e.Detail)
	if w.cfg.Progress != nil {
		w.cfg.Progress(e)
	}
}

// Run follows the chain until ctx ends, then waits for the games it plays.
func (w *Watcher) Run(ctx context.Context) error {
	t := time.NewTicker(w.cfg.Poll)
	defer t.Stop()
	defer w.wg.Wait()
	for {
		if err := w.Poll(ctx); err != nil && ctx.Err() == nil {
			w.parts.Log.Warn("watch", "err", err)
		}
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
	}
}

// Results are what the watcher did about every claim it checked so far.
func (w *Watcher) Results() []WatchResult {
	w.mu.Lock()
	defer w.mu.Unlock()
	out := make([]WatchResult, len(w.results))
	for i, r := range w.results {
		out[i] = *r
	}
	return out
}

// Wait waits for the games the watcher plays to end.
func (w *Watcher) Wait() { w.wg.Wait() }

// Poll reads the blocks since the last poll and handles their events: it
// keeps requests of watched classes and checks every answer to them.
func (w *Watcher) Poll(ctx context.Context) error {
	h, err := w.parts.Chain.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("head: %w", err)
	}
	head := h.Number.Uint64()
	if head < w.next {
		return nil
	}
	evs, err := w.requests.Events(ctx, w.next, head)
	if err != nil {
		return err
	}
	w.next = head + 1
	var errs []error
	for _, e := range evs {
		if e.Requested {
			if svc := w.classes[e.Class]; svc != nil {
				input := e.Input
				if len(input) == 0 {
					// Given by CID: fetched over bitswap and checked
					// against the request's input root.
					in, err := jobInput(ctx, w.parts.P2P, &market.Job{InputRoot: e.InputRoot, InputCID: e.CID}, nil)
					if err != nil {
						w.emit(Event{Kind: "watch", Detail: fmt.Sprintf("request %d gives its input by CID: %v; not checked", e.ID, err)})
						errs = append(errs, fmt.Errorf("request %d: %w", e.ID, err))
						continue
					}
					input = in
				}
				w.watched[e.ID] = &watchedRequest{svc: svc, input: input, seen: map[common.Hash]bool{}}
			}
			continue
		}
		r := w.watched[e.ID]
		if r == nil || r.seen[e.ClaimHash] {
			continue
		}
		r.seen[e.ClaimHash] = true
		if err := w.check(ctx, e, r); err != nil {
			errs = append(errs, fmt.Errorf("request %d, claim %s: %w", e.ID, e.ClaimHash.Hex(), err))
		}
	}
	return errors.Join(errs...)
}

// check re-executes an answered request (once) and challenges a claim whose
// output differs from the watcher's.
func (w *Watcher) check(ctx context.Context, e dispute.RequestEvent, r *watchedRequest) error {
	if r.mine == nil {
		if err := w.compute(ctx, e.ID, r); err != nil {
			return err
		}
	}
	domain := w.parts.Deployment.RegistryDomain()
	if e.ClaimHash == r.mine.Claim.Hash(domain) {
		return nil // its own
	}
	res := &WatchResult{Request: e.ID, ClaimHash: e.ClaimHash, Provider: e.Provider, Wrong: e.OutputRoot != r.mine.Claim.OutputRoot}
	w.mu.Lock()
	w.results = append(w.results, res)
	w.mu.Unlock()
	if !res.Wrong {
		w.emit(Event{Job: r.job.Hash(domain), Kind: "watch", Detail: fmt.Sprintf("request %d: the claim of %s has the output the watcher computed",
			e.ID, short(e.Provider.Hex()))})
		return nil
	}
	w.emit(Event{Job: r.job.Hash(domain), Kind: "challenge", Detail: fmt.Sprintf("request %d: the claim of %s has output %s, the watcher computed %s",
		e.ID, short(e.Provider.Hex()), short(e.OutputRoot.Hex()), short(r.mine.Claim.OutputRoot.Hex()))})
	fail := func(err error) error {
		w.mu.Lock()
		res.Err = err.Error()
		w.mu.Unlock()
		return err
	}
	tx := w.games.Tx
	// The watcher's own claim goes on chain too, so the honest output is
	// the one that becomes final.
	if !r.ended {
		out := r.out
		if len(out) > maxPostedOutput {
			out = nil
		}
		if _, err := w.requests.Answer(ctx, tx, e.ID, r.mine, out); err != nil {
			return fail(fmt.Errorf("post the watcher's claim: %w", err))
		}
		r.ended = true
	}
	theirs, err := w.fetchClaim(ctx, e, r)
	if err != nil {
		return fail(err)
	}
	id, _, err := w.games.Games.Open(ctx, tx, domain, r.job, r.mine, theirs)
	if err != nil {
		return fail(fmt.Errorf("open the game: %w", err))
	}
	w.mu.Lock()
	res.Game = id
	w.mu.Unlock()
	w.emit(Event{Job: r.job.Hash(domain), Kind: "game", Detail: fmt.Sprintf("opened %s against the claim of %s", short(id.Hex()), short(e.Provider.Hex()))})
	prover, err := w.prover(ctx, r)
	if err != nil {
		return fail(err)
	}
	w.wg.Add(1)
	go func() {
		defer w.wg.Done()
		p := &dispute.Player{Games: w.games.Games, Tx: tx, Oracle: w.games.Oracle, Strategy: dispute.Honest{Prover: prover}, Poll: w.games.Poll, Log: w.parts.Log}
		o, err := p.Play(ctx, id)
		w.mu.Lock()
		if err != nil {
			res.Err = err.Error()
		} else {
			res.Won = o.Won
		}
		w.mu.Unlock()
		if err != nil {
			w.emit(Event{Job: r.job.Hash(domain), Kind: "game", Detail: fmt.Sprintf("game %s: %v", short(id.Hex()), err)})
			return
		}
		w.emit(Event{Job: r.job.Hash(domain), Kind: "game", Detail: fmt.Sprintf("resolved %s: the watcher %s", short(id.Hex()), map[bool]string{true: "wins", false: "loses"}[o.Won])})
	}()
	return nil
}

// compute runs a request natively and signs the watcher's claim about it.
func (w *Watcher) compute(ctx context.Context, id uint64, r *watchedRequest) error {
	job, err := w.requests.Job(ctx, id)
	if err != nil {
		return err
	}
	out, res, err := r.svc.Run(ctx, r.input)
	if err != nil {
		return fmt.Errorf("re-execute: %w", err)
	}
	tr, err := dispute.NewTrace(r.svc.TraceHeight(), res.OpRoots)
	if err != nil {
		return err
	}
	domain := w.parts.Deployment.RegistryDomain()
	c, err := market.SignClaim(market.Claim{JobHash: job.Hash(domain), OutputRoot: res.OutputRoot, TraceRoot: tr.Root(), Provider: w.parts.Address()},
		domain, w.parts.Key)
	if err != nil {
		return err
	}
	r.job, r.out = job, out
	r.mine = &dispute.ClaimWithTrace{Claim: c, Service: w.svcIDs[r.svc.ClassID], Trace: tr}
	return nil
}

// fetchClaim asks the provider of a posted claim for the claim and its
// trace (the chain holds only the claim's hash) and checks both.
func (w *Watcher) fetchClaim(ctx context.Context, e dispute.RequestEvent, r *watchedRequest) (*dispute.ClaimWithTrace, error) {
	svcs, _, err := w.parts.Registry.Services(ctx, 0, &e.Provider)
	if err != nil {
		return nil, err
	}
	var svc *market.Service
	for _, s := range svcs {
		if s.Class == r.svc.ClassID && (svc == nil || s.Active) {
			svc = s
		}
	}
	if svc == nil {
		return nil, fmt.Errorf("%s has no service of class %s", e.Provider.Hex(), r.svc.ClassID.Hex())
	}
	if err := w.dial(ctx, r.svc.ClassID, svc.PeerID); err != nil {
		return nil, err
	}
	domain := w.parts.Deployment.RegistryDomain()
	raw, _ := (&TraceRequest{JobHash: r.job.Hash(domain)}).MarshalBinary()
	b, err := w.parts.P2P.Jobs.Request(ctx, svc.PeerID, raw)
	if err != nil {
		return nil, fmt.Errorf("the trace of the claim of %s: %w", e.Provider.Hex(), err)
	}
	resp, err := DecodeJobResponse(b)
	if err != nil {
		return nil, err
	}
	if h := resp.Claim.Hash(domain); h != e.ClaimHash {
		return nil, fmt.Errorf("%s sent claim %s, the posted one is %s", e.Provider.Hex(), h.Hex(), e.ClaimHash.Hex())
	}
	tr, err := dispute.NewTrace(r.svc.TraceHeight(), resp.Ops)
	if err != nil {
		return nil, err
	}
	if tr.Root() != resp.Claim.TraceRoot {
		return nil, fmt.Errorf("the op roots %s sent do not have its claim's trace root", e.Provider.Hex())
	}
	return &dispute.ClaimWithTrace{Claim: resp.Claim, Service: svc.ID, Trace: tr}, nil
}

// dial makes sure the watcher can reach peer p: connected, or found among
// the class's providers on the DHT.
func (w *Watcher) dial(ctx context.Context, class market.ClassID, p peer.ID) error {
	h := w.parts.P2P.Host
	if len(h.Network().ConnsToPeer(p)) > 0 {
		return nil
	}
	ch, err := w.parts.P2P.Discovery.FindProviders(ctx, class, 0)
	if err != nil {
		return fmt.Errorf("find providers: %w", err)
	}
	for ai := range ch {
		if ai.ID == p {
			h.Peerstore().AddAddrs(ai.ID, ai.Addrs, time.Hour)
			return nil
		}
	}
	if len(h.Peerstore().Addrs(p)) > 0 {
		return nil
	}
	return fmt.Errorf("peer %s is not reachable: not found among the providers of class %s", p, class.Hex())
}

// prover is the VM prover of a request's job.
func (w *Watcher) prover(ctx context.Context, r *watchedRequest) (dispute.Prover, error) {
	w.mu.Lock()
	if w.guest == nil {
		g, err := guestimage.Program()
		if err != nil {
			w.mu.Unlock()
			return nil, err
		}
		w.guest = g
	}
	guest := w.guest
	w.mu.Unlock()
	job, err := r.svc.OpJob(ctx, r.input)
	if err != nil {
		return nil, err
	}
	return dispute.NewVMProver(guest, job)
}
