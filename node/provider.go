package node

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/rmsnet/rms/dispute"
	"github.com/rmsnet/rms/market"
	"github.com/rmsnet/rms/merkle"
	"github.com/rmsnet/rms/model"
)

// Refusals a provider sends back (wrapped, as text on the stream).
var (
	ErrWrongClass = errors.New("class not served here")
	ErrFeeTooLow  = errors.New("fee cap below the price")
	ErrBadVoucher = errors.New("bad voucher")
	ErrUnpaid     = errors.New("voucher does not cover the jobs served")
	ErrBadInput   = errors.New("input does not match the job")
)

// DefaultMaxJobLifetime is the furthest ahead a job's deadline may be
// (market.JobChecker refuses later ones with market.ErrDeadlineTooFar).
const DefaultMaxJobLifetime = time.Hour

// ProviderConfig configures a provider.
type ProviderConfig struct {
	Service *Service
	Price   *big.Int // wei per job
	Stake   *big.Int // wei staked when the service is registered
	// MaxJobLifetime refuses jobs whose deadline is further ahead (default 1 h).
	MaxJobLifetime time.Duration
	// RedeemEvery redeems a user's latest voucher once that many of its jobs
	// are unredeemed (0: only by Redeem and on Close).
	RedeemEvery int
	// RedeemOnClose redeems every unredeemed voucher when the provider closes.
	RedeemOnClose bool
	// AnswerRequests makes the provider answer the oracle-mode requests of
	// its class on the deployment's InferenceRequests by itself, and
	// finalize them after their windows (node/oracle.go).
	AnswerRequests bool
}

// ProviderOption changes a provider beyond its configuration.
type ProviderOption func(*Provider)

// withCheating makes the provider claim a wrong output (the label plus one),
// with a trace consistent with it: a liar for devnets and tests.
func withCheating() ProviderOption { return func(p *Provider) { p.cheat = true } }

// Provider serves one service class on direct job streams.
type Provider struct {
	parts   Parts
	cfg     ProviderConfig
	id      market.ServiceID
	checker *market.JobChecker
	cheat   bool
	// inconsistent (tests only) sends claims whose op roots or output root
	// do not match the claim: "ops" or "output".
	inconsistent string

	mu         sync.Mutex // voucher accounting
	unredeemed map[chanKey]int
	channels   map[common.Address]channelView // last known escrow channel per user
	stopAd     func()

	// Games against its claims, defended in the background.
	gameMu    sync.Mutex
	playing   map[common.Hash]bool
	games     sync.WaitGroup
	stopGames context.CancelFunc

	// Oracle mode (AnswerRequests): the contract's client, and when a
	// request the chain refused to finalize is tried again.
	requests   *dispute.Requests
	finalizeAt map[uint64]finalizeRetry
}

// NewProvider registers the service (unless this key and peer already
// registered it for the class), starts serving jobs and advertises the
// class on the DHT.
func NewProvider(ctx context.Context, parts Parts, cfg ProviderConfig, opts ...ProviderOption) (*Provider, error) {
	if err := parts.check("provider"); err != nil {
		return nil, err
	}
	if cfg.Service == nil || cfg.Price == nil || cfg.Price.Sign() < 0 {
		return nil, errors.New("node: provider needs a service and a price")
	}
	if cfg.MaxJobLifetime <= 0 {
		cfg.MaxJobLifetime = DefaultMaxJobLifetime
	}
	p := &Provider{parts: parts, cfg: cfg, unredeemed: map[chanKey]int{}, channels: map[common.Address]channelView{}, playing: map[common.Hash]bool{}}
	for _, o := range opts {
		o(p)
	}
	p.checker = &market.JobChecker{Domain: parts.Deployment.RegistryDomain(), Seen: parts.Store.Seen(), MaxLifetime: cfg.MaxJobLifetime}
	if err := p.register(ctx); err != nil {
		return nil, err
	}
	if parts.Games != nil {
		if err := p.initGameScan(ctx); err != nil {
			return nil, err
		}
	}
	if cfg.AnswerRequests {
		if err := p.initOracle(ctx); err != nil {
			return nil, err
		}
	}
	parts.P2P.Jobs.Handle(p.handle)
	stop, err := parts.P2P.Discovery.Advertise(ctx, cfg.Service.ClassID)
	if err != nil {
		parts.P2P.Jobs.Handle(refuseAll)
		return nil, fmt.Errorf("node: advertise class %s: %w", cfg.Service.ClassID.Hex(), err)
	}
	p.stopAd = stop
	if parts.Games != nil {
		// Defend every game against its claims, also those opened while
		// it was down (the scan resumes from the store's checkpoint), and
		// answer oracle requests (likewise).
		gctx, cancel := context.WithCancel(context.Background())
		p.stopGames = cancel
		p.games.Add(1)
		go func() {
			defer p.games.Done()
			p.watchGames(gctx)
		}()
		if p.requests != nil {
			p.games.Add(1)
			go func() {
				defer p.games.Done()
				p.followRequests(gctx)
			}()
		}
	}
	parts.Log.Info("provider ready", "class", cfg.Service.ClassID.Hex(), "service", p.id.Hex(), "peer", parts.P2P.ID(), "cheating", p.cheat)
	return p, nil
}

func refuseAll(context.Context, peer.ID, []byte) ([]byte, error) {
	return nil, errors.New("not serving")
}

// ServiceID is the provider's registered service.
func (p *Provider) ServiceID() market.ServiceID { return p.id }

func (p *Provider) register(ctx context.Context) error {
	id, err := ensureService(ctx, &p.parts, p.cfg.Service, p.cfg.Price, p.cfg.Stake)
	p.id = id
	return err
}

// ensureService returns the active service of svc's class that this key
// and peer registered, registering one with price and stake (defining the
// class if new) when there is none.
func ensureService(ctx context.Context, parts *Parts, svc *Service, price, stake *big.Int) (market.ServiceID, error) {
	me := parts.Address()
	svcs, _, err := parts.Registry.Services(ctx, 0, &me)
	if err != nil {
		return market.ServiceID{}, fmt.Errorf("node: read my services: %w", err)
	}
	for _, s := range svcs {
		if s.Active && s.PeerID == parts.P2P.ID() && s.Class == svc.ClassID {
			return s.ID, nil
		}
	}
	if stake == nil || price == nil {
		return market.ServiceID{}, errors.New("node: the service is not registered and no stake and price are configured")
	}
	id, rcpt, err := parts.Registry.Register(ctx, parts.Key, market.ServiceSpec{
		Class: &svc.Class, Price: price, Stake: stake, PeerKey: parts.P2P.PrivKey(),
	})
	if err != nil {
		return market.ServiceID{}, fmt.Errorf("node: register service: %w", err)
	}
	parts.Metrics.GasSpent.Add(float64(rcpt.GasUsed))
	return id, nil
}

func (p *Provider) handle(ctx context.Context, from peer.ID, raw []byte) ([]byte, error) {
	resp, err := p.serve(ctx, raw)
	if err != nil {
		p.parts.Metrics.JobsServed.WithLabelValues("refused").Inc()
		p.parts.Log.Debug("job refused", "peer", from, "err", err)
		return nil, err
	}
	p.parts.Metrics.JobsServed.WithLabelValues("claimed").Inc()
	return resp, nil
}

func (p *Provider) serve(ctx context.Context, raw []byte) ([]byte, error) {
	if len(raw) > 1 && raw[1] == kindTrace {
		return p.serveTrace(raw)
	}
	req, err := DecodeJobRequest(raw)
	if err != nil {
		return nil, err
	}
	job := &req.Job
	if c := job.Class; c != p.cfg.Service.ClassID {
		return nil, fmt.Errorf("%w: job names class %s, this provider serves %s", ErrWrongClass, c.Hex(), p.cfg.Service.ClassID.Hex())
	}
	price, _ := uint256.FromBig(p.cfg.Price)
	if job.FeeCap.Lt(price) {
		return nil, fmt.Errorf("%w: fee cap %s wei, price %s wei", ErrFeeTooLow, job.FeeCap.Dec(), price.Dec())
	}
	v := &req.Voucher
	if v.User != job.User || v.Provider != p.parts.Address() {
		return nil, fmt.Errorf("%w: voucher from %s to %s, job from %s to %s", ErrBadVoucher, v.User.Hex(), v.Provider.Hex(), job.User.Hex(), p.parts.Address().Hex())
	}
	if err := v.Verify(p.parts.Escrow.Domain()); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrBadVoucher, err)
	}
	input, err := jobInput(ctx, p.parts.P2P, &job.Job, req.Input)
	if err != nil {
		return nil, err
	}
	if got := merkle.BlobRoot(input); got != job.InputRoot {
		return nil, fmt.Errorf("%w: input root %s, the job names %s", ErrBadInput, got.Hex(), job.InputRoot.Hex())
	}
	if err := p.cfg.Service.CheckInput(input); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrBadInput, err)
	}

	// Payment, then replay: both under one lock, so that concurrent jobs of
	// one user are counted once each.
	ck := chanKey{user: job.User, epoch: v.Epoch}
	p.mu.Lock()
	if err := p.channelEpoch(ctx, job.User, v.Epoch); err != nil {
		p.mu.Unlock()
		return nil, err
	}
	credit, err := p.parts.Store.getAmount(prefixCredit, ck.bytes())
	if err != nil {
		p.mu.Unlock()
		return nil, err
	}
	best, err := p.bestVoucher(ck)
	if err != nil {
		p.mu.Unlock()
		return nil, err
	}
	if best == nil || best.Amount.Lt(&v.Amount) {
		best = v
	}
	need := new(uint256.Int).Add(credit, price)
	if best.Amount.Lt(need) {
		p.mu.Unlock()
		return nil, fmt.Errorf("%w: the best voucher is for %s wei, the jobs served so far and this one cost %s wei", ErrUnpaid, best.Amount.Dec(), need.Dec())
	}
	if err := p.covered(ctx, job.User, best.Amount.ToBig()); err != nil {
		p.mu.Unlock()
		return nil, err
	}
	if err := p.checker.Check(job); err != nil {
		p.mu.Unlock()
		return nil, err
	}
	wire, _ := best.MarshalBinary()
	err = errors.Join(p.parts.Store.set(key(prefixVoucherIn, ck.bytes()), wire), p.parts.Store.setAmount(prefixCredit, ck.bytes(), need))
	p.unredeemed[ck]++
	redeemNow := p.cfg.RedeemEvery > 0 && p.unredeemed[ck] >= p.cfg.RedeemEvery
	p.mu.Unlock()
	if err != nil {
		return nil, err
	}
	if redeemNow {
		go func() {
			rctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
			defer cancel()
			if _, err := p.redeem(rctx, ck); err != nil {
				p.parts.Log.Warn("redeem", "user", job.User.Hex(), "err", err)
			}
		}()
	}

	resp, err := p.claim(ctx, &job.Job, input)
	if err != nil {
		return nil, err
	}
	return resp.MarshalBinary()
}

// claim runs a job natively, signs the claim (a cheating provider's is a
// lie) and stores the job with its claim, output, op roots and trace.
func (p *Provider) claim(ctx context.Context, job *market.Job, input []byte) (*JobResponse, error) {
	t0 := time.Now()
	out, res, err := p.cfg.Service.Run(ctx, input)
	if err != nil {
		return nil, fmt.Errorf("run: %w", err)
	}
	p.parts.Metrics.ProviderTime.Observe(time.Since(t0).Seconds())
	outRoot, traceRoot, ops, accs := res.OutputRoot, res.TraceRoot, res.OpRoots, res.Acc
	if p.cheat {
		if out, ops, accs, traceRoot, err = lie(res, p.cfg.Service.TraceHeight()); err != nil {
			return nil, err
		}
		outRoot = ops[len(ops)-1]
	}
	switch p.inconsistent {
	case "ops":
		ops = append([]merkle.Hash(nil), ops...)
		ops[0][0] ^= 1
	case "output":
		out = []byte("not the trace's output")
		outRoot = merkle.BlobRoot(out)
	}
	jobHash := job.Hash(p.checker.Domain)
	claim, err := market.SignClaim(market.Claim{JobHash: jobHash, OutputRoot: outRoot, TraceRoot: traceRoot, Provider: p.parts.Address()},
		p.checker.Domain, p.parts.Key)
	if err != nil {
		return nil, err
	}
	rec := &JobRecord{Role: "provider", Job: *job, JobHash: jobHash,
		Claims: []ClaimRecord{{Claim: claim, Peer: p.parts.P2P.ID().String(), Output: out, Ops: ops, Service: p.id}},
		Trace:  accs, Input: input, State: StateClaimed, Created: time.Now().UTC()}
	rec.Updated = rec.Created
	if err := p.parts.Store.putJob(rec); err != nil {
		return nil, err
	}
	return &JobResponse{Claim: claim, Output: out, Ops: ops}, nil
}

// serveTrace answers a TraceRequest from the stored job record.
func (p *Provider) serveTrace(raw []byte) ([]byte, error) {
	req, err := DecodeTraceRequest(raw)
	if err != nil {
		return nil, err
	}
	rec, ok, err := p.parts.Store.Job(req.JobHash)
	if err != nil {
		return nil, err
	}
	if !ok || rec.Role != "provider" || len(rec.Claims) == 0 {
		return nil, fmt.Errorf("no claim of this provider about job %s", req.JobHash.Hex())
	}
	c := rec.Claims[0]
	return (&JobResponse{Claim: c.Claim, Output: c.Output, Ops: c.Ops}).MarshalBinary()
}

// lie replaces the output with a wrong one (label + 1; for text, the
// first token + 1) and rebuilds the trace so that it is consistent with
// the lie at the last op; it returns the output, the op roots, the
// accumulators and the trace root.
func lie(res *model.Result, height int) ([]byte, []merkle.Hash, []merkle.Hash, merkle.Hash, error) {
	o := res.Output
	if o.DType == model.I32 && len(o.I32) == 1 {
		o.I32 = []int32{(o.I32[0] + 1) % 10}
	} else if o.DType == model.I32 && len(o.I32) > 1 {
		o.I32 = append([]int32(nil), o.I32...)
		if o.I32[0]--; o.I32[0] < 0 {
			o.I32[0] = 1
		}
	}
	out, err := o.Encode()
	if err != nil {
		return nil, nil, nil, merkle.Hash{}, err
	}
	roots := append([]merkle.Hash(nil), res.OpRoots...)
	roots[len(roots)-1] = merkle.BlobRoot(out)
	acc, err := merkle.NewAccumulator(height)
	if err != nil {
		return nil, nil, nil, merkle.Hash{}, err
	}
	list := make([]merkle.Hash, len(roots))
	for i, r := range roots {
		if list[i], err = acc.Append(r); err != nil {
			return nil, nil, nil, merkle.Hash{}, err
		}
	}
	trace, err := merkle.FilledRoot(list, height)
	return out, roots, list, trace, err
}

// chanKey names an escrow channel's epoch: vouchers and credit are counted
// per user and epoch (a completed refund starts a new epoch).
type chanKey struct {
	user  common.Address
	epoch uint32
}

func (k chanKey) bytes() []byte { return binary.BigEndian.AppendUint32(k.user.Bytes(), k.epoch) }

func parseChanKey(b []byte) (chanKey, bool) {
	if len(b) != 24 {
		return chanKey{}, false
	}
	return chanKey{user: common.BytesToAddress(b[:20]), epoch: binary.BigEndian.Uint32(b[20:])}, true
}

// channelView is what the provider last read of a channel.
type channelView struct {
	cover *big.Int // funds left plus redeemed: the most a voucher of this epoch can pay
	epoch uint32
}

func (p *Provider) readChannel(ctx context.Context, user common.Address) (channelView, error) {
	ch, err := p.parts.Escrow.Channel(ctx, user, p.parts.Address())
	if err != nil {
		return channelView{}, fmt.Errorf("read escrow channel: %w", err)
	}
	if ch.RefundAt != 0 {
		return channelView{}, fmt.Errorf("%w: the user requested a refund of the channel", ErrUnpaid)
	}
	c := channelView{cover: new(big.Int).Add(ch.Funds, ch.Redeemed), epoch: ch.Epoch}
	p.channels[user] = c
	return c, nil
}

// channelEpoch checks that a voucher names the channel's current epoch.
func (p *Provider) channelEpoch(ctx context.Context, user common.Address, epoch uint32) error {
	c, ok := p.channels[user]
	if !ok || c.epoch != epoch {
		var err error
		if c, err = p.readChannel(ctx, user); err != nil {
			return err
		}
	}
	if c.epoch != epoch {
		return fmt.Errorf("%w: voucher names epoch %d, the channel is in epoch %d", ErrBadVoucher, epoch, c.epoch)
	}
	return nil
}

func (p *Provider) bestVoucher(k chanKey) (*market.SignedVoucher, error) {
	b, ok, err := p.parts.Store.get(key(prefixVoucherIn, k.bytes()))
	if err != nil || !ok {
		return nil, err
	}
	v, err := market.DecodeVoucher(b)
	if err != nil {
		return nil, fmt.Errorf("%w: voucher of %s: %v", ErrCorruptRecord, k.user.Hex(), err)
	}
	return &v, nil
}

// covered checks that the escrow channel can pay amount (what is left plus
// what was redeemed), reading the chain only when the cached figure is short.
func (p *Provider) covered(ctx context.Context, user common.Address, amount *big.Int) error {
	if c, ok := p.channels[user]; ok && c.cover.Cmp(amount) >= 0 {
		return nil
	}
	c, err := p.readChannel(ctx, user)
	if err != nil {
		return err
	}
	if c.cover.Cmp(amount) < 0 {
		return fmt.Errorf("%w: the escrow channel holds %s wei in all, the voucher is for %s wei", ErrUnpaid, c.cover, amount)
	}
	return nil
}

// redeem redeems the best voucher of a channel epoch if it adds anything;
// it returns the wei paid.
func (p *Provider) redeem(ctx context.Context, k chanKey) (*big.Int, error) {
	p.mu.Lock()
	v, err := p.bestVoucher(k)
	if err != nil || v == nil {
		p.mu.Unlock()
		return new(big.Int), err
	}
	done, err := p.parts.Store.getAmount(prefixRedeemed, k.bytes())
	p.unredeemed[k] = 0
	p.mu.Unlock()
	if err != nil {
		return nil, err
	}
	if !done.Lt(&v.Amount) {
		return new(big.Int), nil
	}
	rcpt, err := p.parts.Escrow.Redeem(ctx, p.parts.Key, *v)
	if rcpt != nil {
		p.parts.Metrics.GasSpent.Add(float64(rcpt.GasUsed))
	}
	if err != nil {
		return nil, fmt.Errorf("redeem voucher of %s for %s wei: %w", k.user.Hex(), v.Amount.Dec(), err)
	}
	paid := new(big.Int).Sub(v.Amount.ToBig(), done.ToBig())
	p.parts.Metrics.Redeemed.Add(float64(paid.Int64()))
	p.mu.Lock()
	defer p.mu.Unlock()
	if cur, err := p.parts.Store.getAmount(prefixRedeemed, k.bytes()); err == nil && cur.Lt(&v.Amount) {
		return paid, p.parts.Store.setAmount(prefixRedeemed, k.bytes(), &v.Amount)
	}
	return paid, nil
}

// Redeem redeems every channel's best voucher that adds to what was
// redeemed, one transaction per channel, and returns the total paid.
func (p *Provider) Redeem(ctx context.Context) (*big.Int, error) {
	keys, err := p.parts.Store.keysUnder(prefixVoucherIn)
	if err != nil {
		return nil, err
	}
	total := new(big.Int)
	var errs []error
	for _, b := range keys {
		k, ok := parseChanKey(b)
		if !ok {
			errs = append(errs, fmt.Errorf("%w: voucher key %x", ErrCorruptRecord, b))
			continue
		}
		paid, err := p.redeem(ctx, k)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		total.Add(total, paid)
	}
	return total, errors.Join(errs...)
}

// Close stops advertising, serving and playing games (a restarted provider
// resumes them); with RedeemOnClose it redeems what is owed first.
func (p *Provider) Close(ctx context.Context) error {
	if p.stopAd != nil {
		p.stopAd()
	}
	p.parts.P2P.Jobs.Handle(refuseAll)
	if p.stopGames != nil {
		p.stopGames()
		p.games.Wait()
	}
	if p.cfg.RedeemOnClose {
		_, err := p.Redeem(ctx)
		return err
	}
	return nil
}
