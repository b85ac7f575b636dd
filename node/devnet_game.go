package node

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/rmsnet/rms/dispute"
	"github.com/rmsnet/rms/market"
	"github.com/rmsnet/rms/merkle"
	"github.com/rmsnet/rms/model"
	"github.com/rmsnet/rms/vm"
	"github.com/rmsnet/rms/vm/guestimage"
)

// GameResult is how the dispute game of a disputed job ended.
type GameResult struct {
	ID      common.Hash    `json:"id"`
	Op      uint64         `json:"op"` // the first op the two traces disagree on
	Rounds  int            `json:"rounds"`
	Winner  common.Address `json:"winner"`
	Loser   common.Address `json:"loser"`
	Slashed *big.Int       `json:"slashed_wei"` // taken from the loser's stake
	Wall    time.Duration  `json:"wall_ns"`
}

// devnetPoll is how often the devnet's game players and transaction
// managers read the simulated chain.
const devnetPoll = 2 * time.Millisecond

// txManager is the one transaction manager of key i of the devnet.
func (d *Devnet) txManager(ctx context.Context, i int) (*dispute.TxManager, error) {
	d.gameMu.Lock()
	defer d.gameMu.Unlock()
	if d.txs == nil {
		d.txs = map[int]*dispute.TxManager{}
	}
	if tx := d.txs[i]; tx != nil {
		return tx, nil
	}
	id, err := d.Chain.ChainID(ctx)
	if err != nil {
		return nil, err
	}
	d.txs[i] = dispute.NewTxManager(d.Chain, d.Keys[i], id, dispute.WithTxPoll(devnetPoll))
	return d.txs[i], nil
}

// settle has the dispute game decide a disputed job: the user opens a game
// between a claim of the output most providers claimed and a dissenting
// one, from the claims' op roots; each provider plays its own side (an
// honest one with the Honest strategy, a cheating one as a Liar about its
// last op) until the game is resolved. The output that stands is the
// winner's.
func (d *Devnet) settle(ctx context.Context, r *Result, input []byte) error {
	var best merkle.Hash
	for root, ps := range r.Outputs {
		if len(ps) > len(r.Outputs[best]) {
			best = root
		}
	}
	var claims [2]*ClaimRecord
	for i := range r.Claims {
		c := &r.Claims[i]
		switch {
		case c.Claim.OutputRoot == best && claims[0] == nil:
			claims[0] = c
		case c.Claim.OutputRoot != best && claims[1] == nil:
			claims[1] = c
		}
	}
	if claims[0] == nil || claims[1] == nil {
		return errors.New("dispute: no two claims that disagree")
	}
	height := d.cfg.Service.Model.Program.TraceHeight
	domain := d.Deployment.RegistryDomain()
	var (
		cw     [2]*dispute.ClaimWithTrace
		traces [2]*dispute.Trace
		who    [2]int // provider index
	)
	for s, c := range claims {
		tr, err := dispute.NewTrace(height, c.Ops)
		if err != nil {
			return fmt.Errorf("dispute: claim of %s: %w", c.Claim.Provider.Hex(), err)
		}
		if tr.Root() != c.Claim.TraceRoot || tr.Output() != c.Claim.OutputRoot {
			return fmt.Errorf("dispute: the op roots of %s's claim are not its trace", c.Claim.Provider.Hex())
		}
		traces[s] = tr
		cw[s] = &dispute.ClaimWithTrace{Claim: c.Claim, Service: c.Service, Trace: tr}
		who[s] = -1
		for i, p := range d.providerP {
			if p.Address() == c.Claim.Provider {
				who[s] = i
			}
		}
		if who[s] < 0 {
			return fmt.Errorf("dispute: %s is no devnet provider", c.Claim.Provider.Hex())
		}
	}
	k, _ := dispute.FirstDivergence(traces[0], traces[1])

	d.gameMu.Lock()
	if d.guest == nil {
		g, err := guestimage.Program()
		if err != nil {
			d.gameMu.Unlock()
			return err
		}
		d.guest = g
	}
	guest := d.guest
	d.gameMu.Unlock()
	in, err := model.DecodeTensor(input)
	if err != nil {
		return err
	}

	t0 := time.Now()
	userTx, err := d.txManager(ctx, 1)
	if err != nil {
		return err
	}
	games := dispute.NewGames(d.Chain, d.Deployment.Games)
	oracle := dispute.NewOracle(d.Chain, d.Deployment.Oracle, nil)
	id, _, err := games.Open(ctx, userTx, domain, &r.Job, cw[0], cw[1])
	if err != nil {
		return fmt.Errorf("dispute: open: %w", err)
	}
	// The op the game is about, as the opening found it on chain.
	evs, err := games.Events(ctx, id)
	if err != nil {
		return err
	}
	for _, e := range evs {
		if e.Kind == dispute.EventDivergence {
			k = e.Op
		}
	}
	d.User.emit(Event{Job: r.JobHash, Kind: "game", Detail: fmt.Sprintf("opened %s: provider %s (output %s) against %s (output %s), op %d found",
		short(id.Hex()), short(claims[0].Claim.Provider.Hex()), short(claims[0].Claim.OutputRoot.Hex()),
		short(claims[1].Claim.Provider.Hex()), short(claims[1].Claim.OutputRoot.Hex()), k)})

	stakes := [2]*big.Int{}
	for s, c := range claims {
		svc, err := d.userP.Registry.Service(ctx, c.Service)
		if err != nil {
			return err
		}
		stakes[s] = svc.Stake
	}

	outcomes := make([]*dispute.Outcome, 2)
	errs := make([]error, 2)
	done := make(chan int, 2)
	for s := range 2 {
		go func() {
			defer func() { done <- s }()
			job, err := vm.NewJob(ctx, d.cfg.Service.Model, in)
			if err != nil {
				errs[s] = err
				return
			}
			prover, err := dispute.NewVMProver(guest, job)
			if err != nil {
				errs[s] = err
				return
			}
			var strategy dispute.Strategy = dispute.Honest{Prover: prover}
			if d.Providers[who[s]].cheat {
				// It lies only about its last output: the VM states it
				// posts are true, its final state holds its own trace.
				strategy = dispute.Honest{Prover: &dispute.Liar{Honest: prover, From: 1 << 62, Acc: traces[s].Acc(k + 1), Salt: byte(s + 1)}}
			}
			tx, err := d.txManager(ctx, 2+who[s])
			if err != nil {
				errs[s] = err
				return
			}
			p := &dispute.Player{Games: games, Tx: tx, Oracle: oracle, Strategy: strategy, Poll: devnetPoll, Log: d.cfg.Log}
			outcomes[s], errs[s] = p.Play(ctx, id)
		}()
	}
	<-done
	<-done
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("dispute: game %s: %w", id.Hex(), err)
	}
	g := &GameResult{ID: id, Op: k, Wall: time.Since(t0), Slashed: new(big.Int)}
	if evs, err = games.Events(ctx, id); err != nil {
		return err
	}
	for _, e := range evs {
		if e.Kind == dispute.EventSegment {
			g.Rounds++
		}
	}
	win := -1
	for s, o := range outcomes {
		if o.Won && !outcomes[1-s].Won {
			win = s
		}
	}
	if win < 0 {
		d.User.emit(Event{Job: r.JobHash, Kind: "game", Detail: fmt.Sprintf("resolved %s after %d rounds with no single winner", short(id.Hex()), g.Rounds)})
		r.Game = g
		return nil
	}
	lose := 1 - win
	g.Winner, g.Loser = claims[win].Claim.Provider, claims[lose].Claim.Provider
	svc, err := d.userP.Registry.Service(ctx, claims[lose].Service)
	if err != nil {
		return err
	}
	g.Slashed.Sub(stakes[lose], svc.Stake)
	r.Game = g
	r.Output = claims[win].Output
	r.Label = label(r.Output)
	d.User.emit(Event{Job: r.JobHash, Kind: "game", Detail: fmt.Sprintf("resolved %s after %d rounds in %s: provider %s wins%s, provider %s slashed %s",
		short(id.Hex()), g.Rounds, g.Wall.Round(time.Millisecond), short(g.Winner.Hex()), labelText(r.Output),
		short(g.Loser.Hex()), market.FormatAmount(g.Slashed))})
	return nil
}
