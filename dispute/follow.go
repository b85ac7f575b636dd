package dispute

import (
	"context"
	"fmt"
	"log/slog"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/rmsnet/rms/contracts/bindings"
	"github.com/rmsnet/rms/market"
)

// Round is one dissection round of a game as the chain recorded it: the
// step range the contract chose from the two lists of that round.
type Round struct {
	Round uint8  `json:"round"`
	Lo    uint64 `json:"lo"`
	Hi    uint64 `json:"hi"`
	Block uint64 `json:"block"`
}

// How a game ended.
const (
	EndStep          = "step"               // the last disputed instruction was executed on chain
	EndTimeout       = "timeout"            // a side ran out of time
	EndContradiction = "self-contradiction" // a claim contradicted itself
)

// Summary is what a game's events say, for records and displays: the op
// the traces diverge at, each round's chosen range, the step executed and
// how it ended. It is computed from the events alone (Summarize).
type Summary struct {
	ID        common.Hash       `json:"id"`
	Job       common.Hash       `json:"job"`
	Claims    [2]common.Hash    `json:"claims"`
	Providers [2]common.Address `json:"providers"`
	Op        *uint64           `json:"op,omitempty"` // the op the game is about (none: decided at opening)
	Rounds    []Round           `json:"rounds"`
	Step      *uint64           `json:"final_step,omitempty"` // the step executed on chain
	Done      bool              `json:"done"`
	Losers    uint8             `json:"losers"` // bit s: side s lost
	End       string            `json:"end,omitempty"`
	Opened    uint64            `json:"opened_block"`
	Resolved  uint64            `json:"resolved_block,omitempty"`
}

// Summarize reads a game's events (Games.Events, oldest first) into a
// Summary.
func Summarize(id common.Hash, evs []Event) Summary {
	s := Summary{ID: id, Rounds: []Round{}}
	for _, e := range evs {
		switch e.Kind {
		case EventOpened:
			if v, ok := e.Raw.(*bindings.GamesGameOpened); ok {
				s.Job, s.Claims, s.Providers = v.JobHash, [2]common.Hash{v.Claim0, v.Claim1}, [2]common.Address{v.Provider0, v.Provider1}
			}
			s.Opened = e.Block
		case EventDivergence:
			op := e.Op
			s.Op = &op
		case EventSegment:
			s.Rounds = append(s.Rounds, Round{Round: e.Round, Lo: e.Lo, Hi: e.Hi, Block: e.Block})
		case EventStep:
			st := e.Lo
			s.Step, s.End = &st, EndStep
		case EventContradiction:
			s.End = EndContradiction
		case EventTimedOut:
			s.End = EndTimeout
		case EventResolved:
			s.Done, s.Losers, s.Resolved = true, e.Losers, e.Block
		}
	}
	return s
}

// Opened is a GameOpened event: a game and its two parties.
type Opened struct {
	ID        common.Hash
	Job       common.Hash
	Claims    [2]common.Hash
	Providers [2]common.Address
	Block     uint64
}

// OpenedSince lists the games opened at or after block from in which addr
// is a party (the zero address: every game), oldest first, and the head
// block it read up to.
func (g *Games) OpenedSince(ctx context.Context, from uint64, addr common.Address) ([]Opened, uint64, error) {
	head, err := g.b.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, 0, fmt.Errorf("games opened: head: %w", err)
	}
	to := head.Number.Uint64()
	if from > to {
		return nil, to, nil
	}
	// In windows: endpoints limit the range of one query.
	logs, err := market.FilterLogs(ctx, g.b, ethereum.FilterQuery{Addresses: []common.Address{g.addr}}, from, &to)
	if err != nil {
		return nil, 0, fmt.Errorf("games opened: %w", err)
	}
	var out []Opened
	for i := range logs {
		l := &logs[i]
		if l.Removed {
			continue
		}
		v, err := g.abi.UnpackGameOpenedEvent(l)
		if err != nil {
			continue
		}
		o := Opened{ID: v.Id, Job: v.JobHash, Claims: [2]common.Hash{v.Claim0, v.Claim1},
			Providers: [2]common.Address{v.Provider0, v.Provider1}, Block: l.BlockNumber}
		if addr == (common.Address{}) || o.Providers[0] == addr || o.Providers[1] == addr {
			out = append(out, o)
		}
	}
	return out, to, nil
}

// Bond is the stake each party of a game reserves, and each loser has
// slashed.
func (g *Games) Bond(ctx context.Context) (*big.Int, error) {
	return bind.Call(g.inst, &bind.CallOpts{Context: ctx}, g.abi.PackBond(), g.abi.UnpackBond)
}

// Follower follows a game it need not be a party of (the user that opened
// it, say) until it is resolved. With a market.TxManager it also ends the game
// when a side that owes a move has run out of time, as anyone may.
type Follower struct {
	Games *Games
	Tx    *market.TxManager // optional: sends timeouts
	Poll  time.Duration     // how often the game is read (default 100 ms)
	// Changed, when set, is called with the state and the events each time
	// the events or the phase change (so last with the resolved game).
	Changed func(st *State, evs []Event)
	Log     *slog.Logger // default slog.Default()
}

// Follow reads game id until it is resolved and returns its last state and
// events.
func (f *Follower) Follow(ctx context.Context, id common.Hash) (*State, []Event, error) {
	poll := f.Poll
	if poll == 0 {
		poll = 100 * time.Millisecond
	}
	log := f.Log
	if log == nil {
		log = slog.Default()
	}
	seen, phase := -1, uint8(0)
	for {
		st, err := f.Games.State(ctx, id)
		if err != nil {
			return nil, nil, err
		}
		evs, err := f.Games.Events(ctx, id)
		if err != nil {
			return nil, nil, err
		}
		if len(evs) != seen || st.Game.Phase != phase {
			seen, phase = len(evs), st.Game.Phase
			if f.Changed != nil {
				f.Changed(st, evs)
			}
		}
		if st.Game.Phase == PhaseDone {
			return st, evs, nil
		}
		if f.Tx != nil && Expired(st) {
			if _, err := f.Tx.Send(ctx, "timeout", f.Games.addr, f.Games.PackTimeout(id)); err != nil && ctx.Err() == nil {
				log.Warn("timeout refused", "game", id.Hex(), "err", err)
			}
		}
		select {
		case <-ctx.Done():
			return st, evs, ctx.Err()
		case <-time.After(poll):
		}
	}
}

// Expired reports whether a side that owes a move in st has run out of
// time, so that anyone may end the game.
func Expired(st *State) bool {
	return timeoutMove(st, 0) != nil || timeoutMove(st, 1) != nil
}
