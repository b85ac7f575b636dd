package node

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/rmsnet/rms/dispute"
	"github.com/rmsnet/rms/market"
	"github.com/rmsnet/rms/merkle"
	"github.com/rmsnet/rms/vm"
	"github.com/rmsnet/rms/vm/guestimage"
)

// GameClient is the chain side of dispute games for one key: the Games
// contract, the preimage oracle, and the key's one transaction manager
// (Parts.Tx), which sends every transaction of the key, games' and
// Registry's and Escrow's alike (DESIGN §6: moves must land).
// The user opens and follows games through it, the provider defends them.
type GameClient struct {
	Games  *dispute.Games
	Oracle *dispute.Oracle
	Tx     *market.TxManager
	Poll   time.Duration // how often games are read (default 500 ms)

	b       market.Backend
	bondMu  sync.Mutex
	bond    *big.Int
	headers sync.Map // block number → time.Time
}

// DefaultGamePoll is how often a node reads the games it takes part in.
const DefaultGamePoll = 500 * time.Millisecond

// NewGameClient connects to the deployment's Games contract; its
// transactions go through tx, the key's one manager (NewTxManager).
func NewGameClient(b market.Backend, dep *market.Deployment, tx *market.TxManager, poll time.Duration) (*GameClient, error) {
	if dep.Games == (common.Address{}) {
		return nil, errors.New("node: the deployment has no Games contract")
	}
	if tx == nil {
		return nil, errors.New("node: a game client needs the key's transaction manager")
	}
	if poll <= 0 {
		poll = DefaultGamePoll
	}
	return &GameClient{Games: dispute.NewGames(b, dep.Games).ScanFrom(dep.Block), Oracle: dispute.NewOracle(b, dep.Oracle, nil),
		Tx: tx, Poll: poll, b: b}, nil
}

// NewTxManager is the manager of key's transactions on the deployment's
// chain, polling receipts every poll (at most 50 ms) and logging to log.
func NewTxManager(b market.Backend, dep *market.Deployment, key *ecdsa.PrivateKey, poll time.Duration, log *slog.Logger) *market.TxManager {
	if poll <= 0 {
		poll = DefaultGamePoll
	}
	if log == nil {
		log = slog.Default()
	}
	return market.NewTxManager(b, key, new(big.Int).SetUint64(dep.ChainID), market.WithTxLogger(log), market.WithTxPoll(min(poll, 50*time.Millisecond)))
}

// Bond is the stake each party reserves per game, and each loser has slashed.
func (gc *GameClient) Bond(ctx context.Context) (*big.Int, error) {
	gc.bondMu.Lock()
	defer gc.bondMu.Unlock()
	if gc.bond != nil {
		return gc.bond, nil
	}
	b, err := gc.Games.Bond(ctx)
	if err != nil {
		return nil, fmt.Errorf("game bond: %w", err)
	}
	gc.bond = b
	return b, nil
}

func (gc *GameClient) blockTime(ctx context.Context, n uint64) time.Time {
	if t, ok := gc.headers.Load(n); ok {
		return t.(time.Time)
	}
	h, err := gc.b.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
	if err != nil {
		return time.Time{}
	}
	t := time.Unix(int64(h.Time), 0).UTC()
	gc.headers.Store(n, t)
	return t
}

// fill brings r up to date with the game's state and events.
func (gc *GameClient) fill(ctx context.Context, r *GameRecord, st *dispute.State, evs []dispute.Event) {
	g := &st.Game
	for s := range 2 {
		r.Parties[s] = GameParty{Provider: g.Provider[s], Claim: g.Claim[s], Output: g.OutputRoot[s], Service: g.Service[s],
			Lost: g.Phase == dispute.PhaseDone && g.Losers&(1<<s) != 0}
	}
	sum := dispute.Summarize(st.ID, evs)
	r.Job = common.Hash(g.JobHash)
	r.Op, r.Rounds, r.Step, r.End = sum.Op, sum.Rounds, sum.Step, sum.End
	if r.Opened.IsZero() && sum.Opened != 0 {
		r.Opened = gc.blockTime(ctx, sum.Opened)
	}
	if r.State == GameOpening || r.State == "" {
		r.State = GameOpen
	}
	if r.Slashed == "" {
		r.Slashed = "0"
	}
	if g.Phase != dispute.PhaseDone {
		return
	}
	r.State = GameResolved
	r.Resolved = gc.blockTime(ctx, sum.Resolved)
	losers := 0
	for s := range 2 {
		if r.Parties[s].Lost {
			losers++
		} else {
			r.Winner = r.Parties[s].Provider
		}
	}
	if losers != 1 {
		r.Winner = common.Address{}
	}
	if bond, err := gc.Bond(ctx); err == nil {
		r.Slashed = new(big.Int).Mul(bond, big.NewInt(int64(losers))).String()
	}
}

// loser is the provider of the side that lost alone (zero if none or both).
func (r *GameRecord) loser() common.Address {
	if r.Winner == (common.Address{}) {
		return common.Address{}
	}
	for _, p := range r.Parties {
		if p.Lost {
			return p.Provider
		}
	}
	return common.Address{}
}

var (
	guestOnce sync.Once
	guest     *vm.Program
	guestErr  error
)

// guestProgram is the committed guest, loaded once: the prestate of every game.
func guestProgram() (*vm.Program, error) {
	guestOnce.Do(func() { guest, guestErr = guestimage.Program() })
	return guest, guestErr
}

// prover is the honest prover of a job the provider ran, from its record.
func (p *Provider) prover(ctx context.Context, rec *JobRecord) (*dispute.VMProver, error) {
	g, err := guestProgram()
	if err != nil {
		return nil, err
	}
	j, err := p.cfg.Service.OpJob(ctx, rec.Input)
	if err != nil {
		return nil, fmt.Errorf("the input kept for job %s: %w", rec.JobHash.Hex(), err)
	}
	return dispute.NewVMProver(g, j)
}

// watchGames finds the games opened against this provider's claims and
// defends each; games recorded in the store and not resolved are resumed
// first (a restart), then the chain is read from where the last run
// stopped.
func (p *Provider) watchGames(ctx context.Context) {
	gc := p.parts.Games
	me := p.parts.Address()
	if recs, err := p.parts.Store.Games(); err == nil {
		for _, r := range recs {
			if r.Role == "provider" && r.State != GameResolved && r.State != GameFailed {
				p.defend(ctx, r.ID)
			}
		}
	} else {
		p.parts.Log.Error("games: read the store", "err", err)
	}
	from, err := p.parts.Store.getUint(keyGameScan) // set by NewProvider before the first job
	if err != nil {
		p.parts.Log.Error("games: read the scan checkpoint", "err", err)
	}
	for {
		opened, head, err := gc.Games.OpenedSince(ctx, from, me)
		if err != nil {
			if ctx.Err() != nil {
				return
			}
			p.parts.Log.Warn("games: look for games against my claims", "err", err)
		} else {
			ok := true
			for _, o := range opened {
				if err := p.startDefence(ctx, o); err != nil {
					p.parts.Log.Error("games: record a game", "game", o.ID.Hex(), "err", err)
					ok = false
				}
			}
			// Every game up to head is recorded before the checkpoint moves
			// past it, so a crash in between finds them again.
			if ok {
				from = head + 1
				if err := p.parts.Store.setUint(keyGameScan, from); err != nil {
					p.parts.Log.Error("games: store the scan checkpoint", "err", err)
				}
			}
		}
		select {
		case <-ctx.Done():
			return
		case <-time.After(gc.Poll):
		}
	}
}

// initGameScan starts the scan for games at the head on a provider's first
// start: no claim of its own can be in a game opened before.
func (p *Provider) initGameScan(ctx context.Context) error {
	if _, ok, err := p.parts.Store.get([]byte(keyGameScan)); err != nil || ok {
		return err
	}
	head, err := p.parts.Chain.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("node: chain head: %w", err)
	}
	return p.parts.Store.setUint(keyGameScan, head.Number.Uint64())
}

// startDefence records a game found on chain and defends it, unless it is
// already being defended or over.
func (p *Provider) startDefence(ctx context.Context, o dispute.Opened) error {
	r, ok, err := p.parts.Store.Game(o.ID)
	if err != nil {
		return err
	}
	if ok && (r.State == GameResolved || r.State == GameFailed) {
		return nil
	}
	if !ok {
		side := uint8(0)
		if o.Providers[1] == p.parts.Address() {
			side = 1
		}
		r = &GameRecord{ID: o.ID, Job: o.Job, Role: "provider", Side: &side, State: GameOpen, Slashed: "0", Rounds: []dispute.Round{}}
		if err := p.parts.Store.putGame(r); err != nil {
			return err
		}
	}
	p.defend(ctx, o.ID)
	return nil
}

// defend plays this provider's side of game id in the background (once).
func (p *Provider) defend(ctx context.Context, id common.Hash) {
	p.gameMu.Lock()
	defer p.gameMu.Unlock()
	if p.playing[id] {
		return
	}
	p.playing[id] = true
	p.games.Add(1)
	go func() {
		defer p.games.Done()
		err := p.play(ctx, id)
		p.gameMu.Lock()
		delete(p.playing, id)
		p.gameMu.Unlock()
		if err != nil && ctx.Err() == nil {
			p.parts.Log.Error("game", "game", id.Hex(), "err", err)
		}
	}()
}

// play plays one game to its end with the trace and input the provider
// kept, recording it as it goes.
func (p *Provider) play(ctx context.Context, id common.Hash) error {
	gc := p.parts.Games
	r, ok, err := p.parts.Store.Game(id)
	if err != nil || !ok {
		return errors.Join(err, fmt.Errorf("no record of game %s", id.Hex()))
	}
	fail := func(err error) error {
		r.State, r.Error = GameFailed, err.Error()
		return errors.Join(err, p.parts.Store.putGame(r))
	}
	st, err := gc.Games.State(ctx, id)
	if err != nil {
		return err
	}
	refresh := func() {
		st, err := gc.Games.State(ctx, id)
		if err != nil {
			return
		}
		evs, err := gc.Games.Events(ctx, id)
		if err != nil {
			return
		}
		gc.fill(ctx, r, st, evs)
		if err := p.parts.Store.putGame(r); err != nil {
			p.parts.Log.Error("game record", "game", id.Hex(), "err", err)
		}
	}
	refresh()
	if st.Game.Phase == dispute.PhaseDone {
		return nil
	}
	job, ok, err := p.parts.Store.Job(common.Hash(st.Game.JobHash))
	if err != nil {
		return err
	}
	if !ok || job.Role != "provider" || len(job.Input) == 0 || len(job.Claims) == 0 {
		return fail(fmt.Errorf("game %s is about job %s, which this provider kept no record of", id.Hex(), common.Hash(st.Game.JobHash).Hex()))
	}
	if _, err := p.parts.Store.addGame(job.JobHash, id); err != nil {
		return err
	}
	prover, err := p.prover(ctx, job)
	if err != nil {
		return fail(err)
	}
	var strategy dispute.Strategy = dispute.Honest{Prover: prover}
	if p.cheat {
		// Test-only liar: the VM states it posts are true, its final state
		// holds the accumulator of the trace it signed.
		tr, err := dispute.NewTrace(p.cfg.Service.TraceHeight(), job.Claims[0].Ops)
		if err != nil {
			return fail(err)
		}
		strategy = dispute.Honest{Prover: &dispute.Liar{Honest: prover, From: 1 << 62, Acc: tr.Acc(st.Game.OpIndex + 1), Salt: 1}}
	}
	p.parts.Metrics.Disputes.WithLabelValues(GameOpen).Inc()
	defer p.parts.Metrics.Disputes.WithLabelValues(GameOpen).Dec()
	pl := &dispute.Player{Games: gc.Games, Tx: gc.Tx, Oracle: gc.Oracle, Strategy: strategy, Poll: gc.Poll, Log: p.parts.Log,
		Gas: func(_ dispute.MoveKind, g uint64) {
			r.Gas += g
			p.parts.Metrics.GasSpent.Add(float64(g))
		},
		Progress: func(dispute.Progress) { r.Moves++; refresh() }}
	p.parts.Log.Info("defending a game", "game", id.Hex(), "job", job.JobHash.Hex(), "op", st.Game.OpIndex)
	out, err := pl.Play(ctx, id)
	if err != nil {
		refresh()
		return err
	}
	refresh()
	p.parts.Metrics.Disputes.WithLabelValues(GameResolved).Inc()
	p.parts.Log.Info("game over", "game", id.Hex(), "won", out.Won, "moves", r.Moves, "gas", r.Gas)
	return nil
}

// startSettle has the tournament of a disputed job's claims played in the
// background (once per job); Wait waits for it.
func (u *User) startSettle(h common.Hash) {
	u.mu.Lock()
	defer u.mu.Unlock()
	if _, ok := u.settling[h]; ok || u.bg.Err() != nil {
		return // being settled, or the user is closed (a restart resumes it)
	}
	done := make(chan struct{})
	u.settling[h] = done
	u.wg.Add(1)
	go func() {
		defer u.wg.Done()
		defer close(done)
		if err := u.settle(u.bg, h); err != nil && u.bg.Err() == nil {
			u.parts.Log.Error("settle a disputed job", "job", h.Hex(), "err", err)
		}
		u.mu.Lock()
		delete(u.settling, h)
		u.mu.Unlock()
	}()
}

// resume settles every disputed job in the store (after a restart).
func (u *User) resume() error {
	jobs, err := u.parts.Store.Jobs(0)
	if err != nil {
		return err
	}
	for _, r := range jobs {
		if r.Role == "user" && r.State == StateDisputed {
			u.startSettle(r.JobHash)
		}
	}
	return nil
}

// Wait waits until the job h is no longer being settled and returns its
// result as the store holds it.
func (u *User) Wait(ctx context.Context, h common.Hash) (*Result, error) {
	u.mu.Lock()
	done := u.settling[h]
	u.mu.Unlock()
	if done != nil {
		select {
		case <-done:
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
	rec, ok, err := u.parts.Store.Job(h)
	if err != nil || !ok {
		return nil, errors.Join(err, fmt.Errorf("no job %s", h.Hex()))
	}
	return u.resultOf(rec)
}

// resultOf is a stored job as a Result, with its game records.
func (u *User) resultOf(rec *JobRecord) (*Result, error) {
	res := &Result{JobHash: rec.JobHash, State: rec.State, Output: rec.Output, Label: rec.Label, Claims: rec.Claims, Errors: rec.Errors,
		Outputs: map[merkle.Hash][]common.Address{}, Wall: rec.Updated.Sub(rec.Created), Events: rec.Events}
	for _, c := range rec.Claims {
		res.Outputs[c.Claim.OutputRoot] = append(res.Outputs[c.Claim.OutputRoot], c.Claim.Provider)
	}
	for _, id := range rec.Games {
		g, ok, err := u.parts.Store.Game(id)
		if err != nil {
			return res, err
		}
		if ok {
			res.Games = append(res.Games, g)
		}
	}
	if len(rec.SignedJob) > 0 {
		if j, err := market.DecodeJob(rec.SignedJob); err == nil {
			res.Job = j
		}
	}
	return res, u.decodeText(rec.Job.Class, res)
}

// settle plays the tournament of a disputed job's claims (DESIGN §6): while
// undefeated claims disagree, it opens a game between a claim of the
// output most of them back and a dissenting one and follows it to the
// end; then the output left standing is the job's. Everything is read
// from the chain and the store, so a restarted user resumes where it was.
func (u *User) settle(ctx context.Context, h common.Hash) error {
	gc := u.parts.Games
	rec, ok, err := u.parts.Store.Job(h)
	if err != nil || !ok {
		return errors.Join(err, fmt.Errorf("no job %s", h.Hex()))
	}
	sj, err := market.DecodeJob(rec.SignedJob)
	if err != nil {
		return fmt.Errorf("job %s: the signed job in the store: %w", h.Hex(), err)
	}
	height, err := u.traceHeight(ctx, rec.Job.Class)
	if err != nil {
		return err
	}
	u.evMu.Lock()
	if len(u.events[h]) == 0 {
		u.events[h] = slices.Clone(rec.Events) // a restart: go on from what the record holds
	}
	u.evMu.Unlock()
	domain := u.parts.Deployment.RegistryDomain()
	hashes := make([]common.Hash, len(rec.Claims))
	claims := make([]*dispute.ClaimWithTrace, len(rec.Claims))
	for i := range rec.Claims {
		c := &rec.Claims[i]
		tr, err := dispute.CheckClaim(height, &c.Claim, c.Ops)
		if err != nil {
			return err
		}
		hashes[i] = c.Claim.Hash(domain)
		claims[i] = &dispute.ClaimWithTrace{Claim: c.Claim, Service: c.Service, Trace: tr}
	}
	failed := map[[2]int]int{}
	for {
		cs := make([]dispute.Contender, len(claims))
		for i, c := range claims {
			d, err := gc.Games.Defeated(ctx, hashes[i])
			if err != nil {
				return fmt.Errorf("job %s: read claim %s: %w", h.Hex(), hashes[i].Hex(), err)
			}
			cs[i] = dispute.Contender{Claim: hashes[i], Output: c.Claim.OutputRoot, Defeated: d}
		}
		if out, ok := dispute.Standing(cs); ok {
			return u.finish(h, true, func(r *JobRecord) {
				r.State = StateSettled
				for _, c := range r.Claims {
					if c.Claim.OutputRoot == out {
						r.Output = c.Output
						break
					}
				}
				r.Label = label(r.Output)
				u.parts.Metrics.Disputes.WithLabelValues(StateSettled).Inc()
				u.emit(Event{Job: h, Kind: "settled", Detail: fmt.Sprintf("output %s stands%s", short(out.Hex()), labelText(r.Output))})
			})
		}
		pairs, ok := dispute.RoundPairs(cs, func(a, b int) bool { return failed[[2]int{a, b}] >= maxGameTries })
		if !ok {
			return u.finish(h, true, func(r *JobRecord) {
				all := true
				for _, c := range cs {
					all = all && c.Defeated
				}
				if all {
					r.State, r.Output, r.Label = StateFailed, nil, nil
					r.Errors = append(r.Errors, "every claim lost a game")
				} else {
					r.Errors = append(r.Errors, "no game can decide between the claims left")
				}
				u.emit(Event{Job: h, Kind: "failed", Detail: r.Errors[len(r.Errors)-1]})
			})
		}
		// The round's games at once, each with its own bonds; a game that
		// could not be played is tried again in a later round (its bond may
		// have been taken by another game), up to maxGameTries times.
		errs := make([]error, len(pairs))
		var wg sync.WaitGroup
		for i, p := range pairs {
			wg.Add(1)
			go func() {
				defer wg.Done()
				id := dispute.GameID(hashes[p[0]], hashes[p[1]])
				if err := u.game(ctx, h, &sj, id, claims[p[0]], claims[p[1]]); err != nil {
					errs[i] = fmt.Errorf("game %s: %w", id.Hex(), err)
				}
			}()
		}
		wg.Wait()
		if ctx.Err() != nil {
			return ctx.Err()
		}
		for i, err := range errs {
			if err != nil {
				u.parts.Log.Warn("game could not be played", "job", h.Hex(), "err", err)
				failed[pairs[i]]++
			}
		}
	}
}

// maxGameTries is how many times the user tries a game of a job's
// tournament before it leaves the pair out.
const maxGameTries = 3

// finish updates the job record of h with fn and the events so far, and
// stores it; final: the job is decided.
func (u *User) finish(h common.Hash, final bool, fn func(*JobRecord)) error {
	st := u.parts.Store
	st.jobMu.Lock()
	defer st.jobMu.Unlock()
	r, ok, err := st.Job(h)
	if err != nil || !ok {
		return errors.Join(err, fmt.Errorf("no job %s", h.Hex()))
	}
	fn(r)
	r.Events = u.jobEvents(h, final)
	r.Updated = time.Now().UTC()
	return st.putJob(r)
}

// game opens game id between a and b unless it is open already, and
// follows it to its end, recording it as it goes.
func (u *User) game(ctx context.Context, h common.Hash, job *market.SignedJob, id common.Hash, a, b *dispute.ClaimWithTrace) error {
	gc := u.parts.Games
	st := u.parts.Store
	r, ok, err := st.Game(id)
	if err != nil {
		return err
	}
	if !ok {
		r = &GameRecord{ID: id, Job: h, Role: "user", State: GameOpening, Slashed: "0", Rounds: []dispute.Round{}}
		if err := st.putGame(r); err != nil {
			return err
		}
	}
	if r.State == GameFailed {
		if _, err := gc.Games.State(ctx, id); !errors.Is(err, dispute.ErrNoGame) {
			return errors.New(r.Error)
		}
		r.State, r.Error = GameOpening, "" // it was never opened: try again
	}
	if _, err := st.addGame(h, id); err != nil {
		return err
	}
	if _, err := gc.Games.State(ctx, id); errors.Is(err, dispute.ErrNoGame) {
		rcpt, err := u.open(ctx, job, a, b)
		if err != nil {
			r.State, r.Error = GameFailed, err.Error()
			return errors.Join(err, st.putGame(r))
		}
		r.Gas += rcpt.GasUsed
		r.Moves++
		u.parts.Metrics.GasSpent.Add(float64(rcpt.GasUsed))
	} else if err != nil {
		return err
	}
	emitted := len(r.Rounds)
	opened := r.State != GameOpening
	u.parts.Metrics.Disputes.WithLabelValues(GameOpen).Inc()
	defer u.parts.Metrics.Disputes.WithLabelValues(GameOpen).Dec()
	f := &dispute.Follower{Games: gc.Games, Tx: gc.Tx, Poll: gc.Poll, Log: u.parts.Log, Changed: func(s *dispute.State, evs []dispute.Event) {
		gc.fill(ctx, r, s, evs)
		if err := st.putGame(r); err != nil {
			u.parts.Log.Error("game record", "game", id.Hex(), "err", err)
		}
		if !opened {
			opened = true
			op := "decided at opening"
			if r.Op != nil {
				op = fmt.Sprintf("op %d found", *r.Op)
			}
			u.emit(Event{Job: h, Kind: "game", Detail: fmt.Sprintf("opened %s: provider %s (output %s) against %s (output %s), %s",
				short(id.Hex()), short(r.Parties[0].Provider.Hex()), short(r.Parties[0].Output.Hex()),
				short(r.Parties[1].Provider.Hex()), short(r.Parties[1].Output.Hex()), op)})
		}
		for ; emitted < len(r.Rounds); emitted++ {
			rd := r.Rounds[emitted]
			u.emit(Event{Job: h, Kind: "round", Detail: fmt.Sprintf("game %s round %d: steps %d … %d", short(id.Hex()), rd.Round, rd.Lo, rd.Hi)})
		}
		if err := u.finish(h, false, func(*JobRecord) {}); err != nil {
			u.parts.Log.Error("job record", "job", h.Hex(), "err", err)
		}
	}}
	if _, _, err := f.Follow(ctx, id); err != nil {
		return err
	}
	who := "no single winner"
	if r.Winner != (common.Address{}) {
		who = fmt.Sprintf("provider %s wins, provider %s slashed %s wei", short(r.Winner.Hex()), short(r.loser().Hex()), r.Slashed)
	}
	how := r.End
	if r.Step != nil {
		how = fmt.Sprintf("step %d", *r.Step)
	}
	u.emit(Event{Job: h, Kind: "resolved", Detail: fmt.Sprintf("game %s after %d rounds (%s): %s", short(id.Hex()), len(r.Rounds), how, who)})
	return u.finish(h, false, func(*JobRecord) {})
}

// open sends the opening transaction, trying again when the key's nonce
// moved under the transaction manager (another sender of the same key).
func (u *User) open(ctx context.Context, job *market.SignedJob, a, b *dispute.ClaimWithTrace) (rcpt *types.Receipt, err error) {
	gc := u.parts.Games
	for try := 0; try < 3; try++ {
		_, rcpt, err = gc.Games.Open(ctx, gc.Tx, u.parts.Deployment.RegistryDomain(), job, a, b)
		var re *market.RevertError
		if err == nil || errors.As(err, &re) || ctx.Err() != nil {
			return rcpt, err
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(gc.Poll):
		}
	}
	return rcpt, err
}

// traceHeight is the trace height of class (from the registry, cached).
func (u *User) traceHeight(ctx context.Context, class market.ClassID) (int, error) {
	u.mu.Lock()
	h, ok := u.heights[class]
	u.mu.Unlock()
	if ok {
		return h, nil
	}
	c, err := u.parts.Registry.Class(ctx, class)
	if err != nil {
		return 0, fmt.Errorf("class %s: %w", class.Hex(), err)
	}
	u.mu.Lock()
	u.heights[class] = int(c.TraceHeight)
	u.mu.Unlock()
	return int(c.TraceHeight), nil
}
