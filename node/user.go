package node

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
	"github.com/ipfs/go-cid"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/rmsnet/rms/dispute"
	"github.com/rmsnet/rms/market"
	"github.com/rmsnet/rms/merkle"
	"github.com/rmsnet/rms/model"
	"github.com/rmsnet/rms/p2p"
)

// Event is one step of a job as the user sees it (the progress a command
// prints and the devnet's timeline).
type Event struct {
	Time   time.Time   `json:"time"`
	Job    common.Hash `json:"job,omitzero"`
	Kind   string      `json:"kind"` // found, sent, claim, refused, agreed, disputed, failed, game, round, resolved, settled
	Peer   string      `json:"peer,omitempty"`
	Detail string      `json:"detail"`
}

// UserConfig configures a user.
type UserConfig struct {
	// Providers is K, how many providers each job goes to (default 3).
	Providers int
	// Timeout bounds one job from submit to the last claim (default 1 min).
	Timeout time.Duration
	// Deposit, when set, tops up the escrow channel with a provider by this
	// much whenever a voucher would exceed what the channel holds.
	Deposit *big.Int
	// Progress receives every event; it must not block.
	Progress func(Event)
}

// User submits jobs to providers found on the DHT and compares their claims.
type User struct {
	parts Parts
	cfg   UserConfig

	mu       sync.Mutex // vouchers: one signer of cumulative amounts
	services map[peer.ID]*market.Service
	funds    map[common.Address]userChannel // what the user last read of each channel
	// spare counts, per provider, jobs it refused after receiving their
	// voucher: an honest provider keeps no refused voucher, so the next job
	// reuses the amount instead of adding the price again.
	spare map[common.Address]int
	// found caches the staked providers of each class for providerTTL, so
	// that a burst of jobs does not repeat the DHT lookup for each one.
	found   map[market.ClassID]foundProviders
	heights map[market.ClassID]int // trace height of each class
	// texts are the text services the user knows, in the order added:
	// their outputs are decoded to text.
	texts []*Service

	// Disputed jobs being settled in the background, until Close.
	settling map[common.Hash]chan struct{}
	events   map[common.Hash][]Event // of jobs not final yet, kept in their records
	evMu     sync.Mutex
	bg       context.Context
	stop     context.CancelFunc
	wg       sync.WaitGroup
}

type foundProviders struct {
	at    time.Time
	peers []peer.AddrInfo
}

// providerTTL is how long a DHT lookup's answer is reused.
const providerTTL = 30 * time.Second

// NewUser builds the user role on parts. With games (parts.Games) it
// settles every disputed job of its store that is not settled yet, in the
// background, as it does each new one; Close stops that.
func NewUser(parts Parts, cfg UserConfig) (*User, error) {
	if err := parts.check("user"); err != nil {
		return nil, err
	}
	if cfg.Providers <= 0 {
		cfg.Providers = 3
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = time.Minute
	}
	u := &User{parts: parts, cfg: cfg, services: map[peer.ID]*market.Service{}, funds: map[common.Address]userChannel{}, spare: map[common.Address]int{},
		found: map[market.ClassID]foundProviders{}, heights: map[market.ClassID]int{}, settling: map[common.Hash]chan struct{}{},
		events: map[common.Hash][]Event{}}
	u.bg, u.stop = context.WithCancel(context.Background())
	if parts.Games != nil {
		if err := u.resume(); err != nil {
			u.stop()
			return nil, err
		}
	}
	return u, nil
}

// Close stops settling disputed jobs (a restarted user resumes them) and
// waits for the games being followed to let go.
func (u *User) Close() {
	u.mu.Lock()
	u.stop()
	u.mu.Unlock()
	u.wg.Wait()
}

func (u *User) emit(e Event) {
	e.Time = time.Now()
	if e.Job != (common.Hash{}) {
		u.evMu.Lock()
		u.events[e.Job] = append(u.events[e.Job], e)
		u.evMu.Unlock()
	}
	if u.cfg.Progress != nil {
		u.cfg.Progress(e)
	}
}

// jobEvents are the events of job h so far; final forgets them (the
// record keeps them).
func (u *User) jobEvents(h common.Hash, final bool) []Event {
	u.evMu.Lock()
	defer u.evMu.Unlock()
	evs := slices.Clone(u.events[h])
	if final {
		delete(u.events, h)
	}
	return evs
}

// StakeCheck is the registry check the user's p2p node gives the DHT: p
// has an active, correctly bound service of class, as verified reads prove
// (Parts.Light).
func StakeCheck(parts *Parts) p2p.StakeCheck {
	var mu sync.Mutex
	var at time.Time
	var svcs []*market.Service
	return func(ctx context.Context, class p2p.ServiceID, p peer.ID) bool {
		mu.Lock()
		defer mu.Unlock()
		if svcs == nil || time.Since(at) > stakeTTL {
			s, err := parts.activeServices(ctx)
			if err != nil {
				return false
			}
			svcs, at = s, time.Now()
		}
		for _, s := range svcs {
			if s.Active && s.PeerID == p && s.Class == market.ClassID(class) {
				return true
			}
		}
		// Not in the snapshot: a service registered since then is found on
		// the next read.
		at = time.Time{}
		return false
	}
}

// stakeTTL is how long StakeCheck trusts its snapshot of the registry.
const stakeTTL = 10 * time.Second

// service finds the registered service of class that peer p offers.
func (u *User) service(ctx context.Context, class market.ClassID, p peer.ID) (*market.Service, error) {
	u.mu.Lock()
	s := u.services[p]
	u.mu.Unlock()
	if s != nil {
		return s, nil
	}
	svcs, err := u.parts.activeServices(ctx)
	if err != nil {
		return nil, err
	}
	for _, s := range svcs {
		if s.Active && s.PeerID == p && s.Class == class {
			u.mu.Lock()
			u.services[p] = s
			u.mu.Unlock()
			return s, nil
		}
	}
	return nil, fmt.Errorf("peer %s has no active service of class %s", p, class.Hex())
}

// Result is the outcome of one job.
type Result struct {
	JobHash common.Hash `json:"job"`
	State   string      `json:"state"`
	Output  []byte      `json:"output,omitempty"`
	Label   *int32      `json:"label,omitempty"`
	// Text is the output decoded as text, for a class whose text model the
	// user knows (AddTextService), and Tokens the generated token ids.
	Text   string        `json:"text,omitempty"`
	Tokens []int         `json:"tokens,omitempty"`
	Claims []ClaimRecord `json:"claims"`
	Errors []string      `json:"errors,omitempty"`
	// Outputs maps each claimed output root to the providers that claimed it
	// (more than one entry: a dispute).
	Outputs map[merkle.Hash][]common.Address `json:"outputs"`
	Wall    time.Duration                    `json:"wall_ns"`
	// Games are the dispute games about the job (a disputed job), in the
	// order they were opened.
	Games []*GameRecord `json:"games,omitempty"`
	// Events are the job's progress: found, sent, claim, refused, agreed or
	// disputed, then game, round, resolved and settled (or failed).
	Events []Event `json:"events,omitempty"`
	// Job is the signed job (what opens a game).
	Job market.SignedJob `json:"-"`
}

// Submit sends one job with input (an encoded tensor) to K providers of the
// service's class and waits for their claims. A disputed job (claims with
// different outputs) is settled by dispute games in the background when
// the user has games (parts.Games): Wait returns its result once the games
// left one output standing.
func (u *User) Submit(ctx context.Context, class market.ClassID, input []byte) (*Result, error) {
	return u.submit(ctx, class, input, cid.Undef)
}

// SubmitCID is Submit for an input named by CID: a file in the content
// store (AddInput) or on any peer the DHT names. The user reads it (from
// its store, or over bitswap) to sign its input root, and the job carries
// the CID instead of the bytes: each provider fetches the input over
// bitswap, from the user or a seeder, and checks it against the root
// before it runs anything.
func (u *User) SubmitCID(ctx context.Context, class market.ClassID, c cid.Cid) (*Result, error) {
	input, err := FetchInput(ctx, u.parts.P2P, c)
	if err != nil {
		return nil, err
	}
	return u.submit(ctx, class, input, c)
}

func (u *User) submit(ctx context.Context, class market.ClassID, input []byte, inputCID cid.Cid) (*Result, error) {
	t0 := time.Now()
	ctx, cancel := context.WithTimeout(ctx, u.cfg.Timeout)
	defer cancel()
	providers, err := u.find(ctx, class)
	if err != nil {
		return nil, err
	}
	nonce, err := u.parts.Store.nextNonce()
	if err != nil {
		return nil, err
	}
	job := market.Job{InputRoot: merkle.BlobRoot(input), User: u.parts.Address(), Nonce: nonce,
		Deadline: uint64(time.Now().Add(u.cfg.Timeout + time.Minute).Unix())}
	inline := input
	if inputCID.Defined() {
		job.InputCID, inline = inputCID.Bytes(), nil
	}
	job.Class = class
	fee := new(big.Int)
	for _, s := range providers {
		if s.Price.Cmp(fee) > 0 {
			fee.Set(s.Price)
		}
	}
	fc, _ := uint256.FromBig(fee)
	job.FeeCap = *fc
	domain := u.parts.Deployment.RegistryDomain()
	signed, err := market.SignJob(job, domain, u.parts.Key)
	if err != nil {
		return nil, err
	}
	jobHash := job.Hash(domain)
	wire, err := signed.MarshalBinary()
	if err != nil {
		return nil, err
	}
	height, err := u.traceHeight(ctx, class)
	if err != nil {
		return nil, err
	}
	rec := &JobRecord{Role: "user", Job: job, JobHash: jobHash, SignedJob: wire, State: StatePending, Created: time.Now().UTC()}
	u.emit(Event{Job: jobHash, Kind: "found", Detail: fmt.Sprintf("staked providers of class %s found, asking %d", short(class.Hex()), len(providers))})
	rec.Updated = rec.Created
	if err := u.parts.Store.putJob(rec); err != nil {
		return nil, err
	}

	type answer struct {
		svc  *market.Service
		resp *JobResponse
		err  error
	}
	answers := make(chan answer, len(providers))
	for _, s := range providers {
		go func() {
			resp, err := u.ask(ctx, s, &signed, inline)
			answers <- answer{s, resp, err}
		}()
	}
	res := &Result{JobHash: jobHash, Outputs: map[merkle.Hash][]common.Address{}, Job: signed}
	outputs := map[merkle.Hash][]byte{}
	for range providers {
		a := <-answers
		if a.err != nil {
			res.Errors = append(res.Errors, fmt.Sprintf("%s: %v", a.svc.PeerID, a.err))
			u.emit(Event{Job: jobHash, Kind: "refused", Peer: a.svc.PeerID.String(), Detail: a.err.Error()})
			continue
		}
		if err := u.checkClaim(&a.resp.Claim, a.svc, &job, a.resp.Output, height, a.resp.Ops); err != nil {
			res.Errors = append(res.Errors, fmt.Sprintf("%s: %v", a.svc.PeerID, err))
			u.emit(Event{Job: jobHash, Kind: "refused", Peer: a.svc.PeerID.String(), Detail: "bad claim: " + err.Error()})
			continue
		}
		u.parts.Metrics.Claims.Inc()
		c := a.resp.Claim
		res.Claims = append(res.Claims, ClaimRecord{Claim: c, Peer: a.svc.PeerID.String(), Output: a.resp.Output,
			Ops: a.resp.Ops, Service: a.svc.ID})
		res.Outputs[c.OutputRoot] = append(res.Outputs[c.OutputRoot], c.Provider)
		outputs[c.OutputRoot] = a.resp.Output
		u.emit(Event{Job: jobHash, Kind: "claim", Peer: a.svc.PeerID.String(),
			Detail: fmt.Sprintf("provider %s output %s%s", short(c.Provider.Hex()), short(c.OutputRoot.Hex()), labelText(a.resp.Output))})
	}
	switch {
	case len(res.Outputs) == 1 && len(res.Claims) == len(providers):
		res.State = StateAgreed
		for r := range res.Outputs {
			res.Output = outputs[r]
		}
		u.emit(Event{Job: jobHash, Kind: "agreed", Detail: fmt.Sprintf("%d claims agree%s", len(res.Claims), labelText(res.Output))})
	case len(res.Outputs) > 1:
		res.State = StateDisputed
		// Until the dispute game decides, the output that stands is the one
		// most providers claimed; the conflict is reported as it is.
		var best merkle.Hash
		for r, ps := range res.Outputs {
			if len(ps) > len(res.Outputs[best]) {
				best = r
			}
		}
		res.Output = outputs[best]
		u.emit(Event{Job: jobHash, Kind: "disputed", Detail: fmt.Sprintf("%d different outputs among %d claims", len(res.Outputs), len(res.Claims))})
		u.parts.Metrics.Disputes.WithLabelValues(StateDisputed).Inc()
	case len(res.Claims) > 0:
		res.State = StateAgreed
		for r := range res.Outputs {
			res.Output = outputs[r]
		}
		u.emit(Event{Job: jobHash, Kind: "agreed", Detail: fmt.Sprintf("%d of %d claims, all agree%s", len(res.Claims), len(providers), labelText(res.Output))})
	default:
		res.State = StateFailed
		u.emit(Event{Job: jobHash, Kind: "failed", Detail: "no valid claim"})
	}
	res.Label = label(res.Output)
	if err := u.decodeText(class, res); err != nil {
		res.Errors = append(res.Errors, err.Error())
	}
	res.Wall = time.Since(t0)
	rec.State, rec.Claims, rec.Errors, rec.Output, rec.Label, rec.Updated = res.State, res.Claims, res.Errors, res.Output, res.Label, time.Now().UTC()
	disputed := res.State == StateDisputed && u.parts.Games != nil
	rec.Events = u.jobEvents(jobHash, !disputed)
	res.Events = rec.Events
	if err := u.parts.Store.putJob(rec); err != nil {
		return res, err
	}
	if disputed {
		u.startSettle(jobHash)
	}
	u.parts.Metrics.JobsAsked.WithLabelValues(res.State).Inc()
	u.parts.Metrics.JobLatency.Observe(res.Wall.Seconds())
	if res.State == StateFailed {
		return res, fmt.Errorf("job %s: no valid claim: %v", jobHash.Hex(), res.Errors)
	}
	return res, nil
}

// find looks up K staked providers of the class on the DHT, at random among
// those found.
func (u *User) find(ctx context.Context, class market.ClassID) ([]*market.Service, error) {
	u.mu.Lock()
	f, ok := u.found[class]
	u.mu.Unlock()
	var found []peer.AddrInfo
	if ok && time.Since(f.at) < providerTTL && len(f.peers) >= u.cfg.Providers {
		found = slices.Clone(f.peers)
	} else {
		ch, err := u.parts.P2P.Discovery.FindProviders(ctx, class, 0)
		if err != nil {
			return nil, fmt.Errorf("find providers: %w", err)
		}
		for ai := range ch {
			found = append(found, ai)
		}
		u.mu.Lock()
		u.found[class] = foundProviders{at: time.Now(), peers: slices.Clone(found)}
		u.mu.Unlock()
	}
	if len(found) < u.cfg.Providers {
		return nil, fmt.Errorf("found %d staked providers of class %s, want %d", len(found), class.Hex(), u.cfg.Providers)
	}
	rand.Shuffle(len(found), func(i, j int) { found[i], found[j] = found[j], found[i] })
	found = found[:u.cfg.Providers]
	out := make([]*market.Service, 0, len(found))
	for _, ai := range found {
		s, err := u.service(ctx, class, ai.ID)
		if err != nil {
			return nil, err
		}
		u.parts.P2P.Host.Peerstore().AddAddrs(ai.ID, ai.Addrs, time.Hour)
		out = append(out, s)
	}
	return out, nil
}

// ask signs the voucher for s (the cumulative amount signed so far plus its
// price, persisted before it leaves) and sends the job.
func (u *User) ask(ctx context.Context, s *market.Service, job *market.SignedJob, input []byte) (*JobResponse, error) {
	v, err := u.voucher(ctx, s)
	if err != nil {
		return nil, err
	}
	raw, err := (&JobRequest{Job: *job, Voucher: v, Input: input}).MarshalBinary()
	if err != nil {
		return nil, err
	}
	u.emit(Event{Job: job.Hash(u.parts.Deployment.RegistryDomain()), Kind: "sent", Peer: s.PeerID.String(),
		Detail: fmt.Sprintf("job to provider %s with a voucher for %s wei in all", short(s.Provider.Hex()), v.Amount.Dec())})
	b, err := u.parts.P2P.Jobs.Request(ctx, s.PeerID, raw)
	var refused *p2p.RemoteError
	u.mu.Lock()
	if errors.As(err, &refused) {
		u.spare[s.Provider]++
	} else if err != nil {
		// Unreachable (moved, restarted, gone): look the class up afresh.
		delete(u.found, job.Class)
	}
	u.mu.Unlock()
	if err != nil {
		return nil, err
	}
	return DecodeJobResponse(b)
}

type userChannel struct {
	have  *big.Int // funds left plus redeemed in this epoch
	epoch uint32
}

func (u *User) voucher(ctx context.Context, s *market.Service) (market.SignedVoucher, error) {
	u.mu.Lock()
	defer u.mu.Unlock()
	ch, err := u.channel(ctx, s.Provider, false)
	if err != nil {
		return market.SignedVoucher{}, err
	}
	ck := chanKey{user: s.Provider, epoch: ch.epoch}
	signed, err := u.parts.Store.getAmount(prefixSigned, ck.bytes())
	if err != nil {
		return market.SignedVoucher{}, err
	}
	price, _ := uint256.FromBig(s.Price)
	if u.spare[s.Provider] > 0 {
		u.spare[s.Provider]--
		price = new(uint256.Int)
	}
	amount := new(uint256.Int).Add(signed, price)
	if err := u.fund(ctx, s.Provider, amount.ToBig()); err != nil {
		return market.SignedVoucher{}, err
	}
	v, err := market.SignVoucher(market.Voucher{User: u.parts.Address(), Provider: s.Provider, Epoch: ch.epoch, Amount: *amount},
		u.parts.Escrow.Domain(), u.parts.Key)
	if err != nil {
		return v, err
	}
	// Persisted before the voucher leaves: a restarted user never signs a
	// lower cumulative amount than one a provider holds.
	return v, u.parts.Store.setAmount(prefixSigned, ck.bytes(), amount)
}

func (u *User) channel(ctx context.Context, provider common.Address, fresh bool) (userChannel, error) {
	if c, ok := u.funds[provider]; ok && !fresh {
		return c, nil
	}
	ch, err := u.parts.Escrow.Channel(ctx, u.parts.Address(), provider)
	if err != nil {
		return userChannel{}, err
	}
	c := userChannel{have: new(big.Int).Add(ch.Funds, ch.Redeemed), epoch: ch.Epoch}
	u.funds[provider] = c
	return c, nil
}

// fund makes sure the channel with provider can pay amount in all, topping
// it up by the configured deposit when it cannot.
func (u *User) fund(ctx context.Context, provider common.Address, amount *big.Int) error {
	if c := u.funds[provider]; c.have != nil && c.have.Cmp(amount) >= 0 {
		return nil
	}
	c, err := u.channel(ctx, provider, true)
	if err != nil {
		return err
	}
	if c.have.Cmp(amount) >= 0 {
		return nil
	}
	if u.cfg.Deposit == nil || u.cfg.Deposit.Sign() <= 0 {
		return fmt.Errorf("the escrow channel with %s holds %s wei in all, the voucher needs %s: deposit more (rms escrow deposit)",
			provider.Hex(), c.have, amount)
	}
	top := new(big.Int).Set(u.cfg.Deposit)
	if short := new(big.Int).Sub(amount, c.have); short.Cmp(top) > 0 {
		top = short
	}
	rcpt, err := u.parts.Escrow.Deposit(ctx, u.parts.Key, provider, top)
	if rcpt != nil {
		u.parts.Metrics.GasSpent.Add(float64(rcpt.GasUsed))
	}
	if err != nil {
		return fmt.Errorf("deposit for %s: %w", provider.Hex(), err)
	}
	c.have = new(big.Int).Add(c.have, top)
	u.funds[provider] = c
	return nil
}

// checkClaim checks a claim before it is compared: signed by the provider
// the registry names for that peer, about this job, with the output blob it
// names, and consistent with its own trace (the op roots hash to its trace
// root, whose last output is its output root).
func (u *User) checkClaim(c *market.SignedClaim, s *market.Service, job *market.Job, output []byte, height int, ops []merkle.Hash) error {
	if c.Provider != s.Provider {
		return fmt.Errorf("claim names provider %s, the peer's service is %s's", c.Provider.Hex(), s.Provider.Hex())
	}
	if err := c.VerifyFor(u.parts.Deployment.RegistryDomain(), job); err != nil {
		return err
	}
	if got := merkle.BlobRoot(output); got != c.OutputRoot {
		return fmt.Errorf("output blob has root %s, the claim names %s", got.Hex(), c.OutputRoot.Hex())
	}
	_, err := dispute.CheckClaim(height, c, ops)
	return err
}

// label reads an output blob as a class label when it is one int32.
func label(output []byte) *int32 {
	t, err := model.DecodeTensor(output)
	if err != nil || t.DType != model.I32 || len(t.I32) != 1 {
		return nil
	}
	l := t.I32[0]
	return &l
}

func labelText(output []byte) string {
	if l := label(output); l != nil {
		return fmt.Sprintf(" (label %d)", *l)
	}
	return ""
}

func short(hex string) string {
	if len(hex) <= 12 {
		return hex
	}
	return hex[:10] + "…"
}

// AddTextService makes the user decode the outputs of s's class as text
// (s must be a text service).
func (u *User) AddTextService(s *Service) {
	if s == nil || s.Text == nil {
		return
	}
	u.mu.Lock()
	defer u.mu.Unlock()
	for _, t := range u.texts {
		if t.ClassID == s.ClassID {
			return
		}
	}
	u.texts = append(u.texts, s)
}

// TextServices are the text services the user knows.
func (u *User) TextServices() []*Service {
	u.mu.Lock()
	defer u.mu.Unlock()
	return slices.Clone(u.texts)
}

// TextModel is the text model of class that the user knows, or nil.
func (u *User) TextModel(class market.ClassID) *TextModel {
	for _, s := range u.TextServices() {
		if s.ClassID == class {
			return s.Text
		}
	}
	return nil
}

// textService finds a known text service by name or class id; an empty
// name is the first one.
func (u *User) textService(name string) (*Service, error) {
	svcs := u.TextServices()
	if len(svcs) == 0 {
		return nil, errors.New("this user node knows no text model (rms node --user --model FILE.gguf)")
	}
	if name == "" {
		return svcs[0], nil
	}
	var names []string
	for _, s := range svcs {
		if s.Name == name || strings.EqualFold(s.ClassID.Hex(), name) {
			return s, nil
		}
		names = append(names, s.Name)
	}
	return nil, fmt.Errorf("the model %q does not exist here: this node knows %s", name, strings.Join(names, ", "))
}

// decodeText fills res.Text and res.Tokens for a class with a known text
// model (a text output is no class label).
func (u *User) decodeText(class market.ClassID, res *Result) error {
	tm := u.TextModel(class)
	if tm == nil || res.Output == nil {
		return nil
	}
	res.Label = nil
	ids, err := tm.Tokens(res.Output)
	if err != nil {
		return err
	}
	res.Tokens, res.Text = ids, tm.Text(ids)
	return nil
}

// OnProgress replaces the progress callback.
func (u *User) OnProgress(fn func(Event)) { u.cfg.Progress = fn }
