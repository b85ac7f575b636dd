package dispute

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"sync"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/rmsnet/rms/contracts/bindings"
	"github.com/rmsnet/rms/market"
	"github.com/rmsnet/rms/merkle"
)

// Phases of a game (Games.Phase).
const (
	PhaseNone   = 0
	PhaseBisect = 1
	PhaseStep   = 2
	PhaseDone   = 3
)

// PhaseName names a phase.
func PhaseName(p uint8) string {
	switch p {
	case PhaseNone:
		return "none"
	case PhaseBisect:
		return "dissection"
	case PhaseStep:
		return "one step"
	case PhaseDone:
		return "done"
	}
	return fmt.Sprintf("phase %d", p)
}

// Games is a client of the Games contract. It keeps each game's events
// it has read (Events), so a poll reads only the blocks that are new.
type Games struct {
	b    Backend
	addr common.Address
	abi  *bindings.Games
	inst *bind.BoundContract
	from uint64 // the first block a scan reads (ScanFrom)

	logMu sync.Mutex
	logs  map[common.Hash]*gameLog
}

// gameLog is what Events has read of one game: its events in blocks
// [g.from, next), and the hash of block next-1, which must still be the
// chain's for the events to stand (a reorg past it: read again).
type gameLog struct {
	mu   sync.Mutex
	next uint64
	last common.Hash
	evs  []Event
	done bool // resolved
}

// maxGameLogs bounds the games whose events a client keeps; past it the
// logs of resolved games are dropped (read again in full if asked).
const maxGameLogs = 4096

// NewGames returns a client of the Games contract at addr.
func NewGames(b Backend, addr common.Address) *Games {
	g := bindings.NewGames()
	return &Games{b: b, addr: addr, abi: g, inst: g.Instance(b, addr), logs: map[common.Hash]*gameLog{}}
}

// ScanFrom sets the first block any scan of events reads (the contract's
// deployment block; default 0) and returns g.
func (g *Games) ScanFrom(block uint64) *Games {
	g.from = block
	return g
}

// Address is the contract's address.
func (g *Games) Address() common.Address { return g.addr }

// ClaimWithTrace is a signed claim, the service whose stake backs it and
// the trace behind it.
type ClaimWithTrace struct {
	Claim   market.SignedClaim
	Service market.ServiceID
	Trace   *Trace
}

func (c *ClaimWithTrace) signed() bindings.GamesSignedClaim {
	return bindings.GamesSignedClaim{Claim: bindings.MessagesClaim{JobHash: c.Claim.JobHash, OutputRoot: c.Claim.OutputRoot,
		TraceRoot: c.Claim.TraceRoot, Provider: c.Claim.Provider}, Sig: c.Claim.Sig[:], Service: c.Service}
}

// ClaimHash is the claim's EIP-712 digest in domain d: what the game keys claims by.
func ClaimHash(d market.Domain, c *market.SignedClaim) common.Hash { return c.Hash(d) }

// GameID is the id of the game between two claims (either order).
func GameID(claimA, claimB common.Hash) common.Hash {
	if claimB.Cmp(claimA) < 0 {
		claimA, claimB = claimB, claimA
	}
	return common.Hash(merkle.Keccak(claimA[:], claimB[:]))
}

func jobBinding(j *market.Job) bindings.MessagesJob {
	return bindings.MessagesJob{ClassId: j.Class, InputRoot: j.InputRoot, InputCid: append([]byte{}, j.InputCID...), User: j.User,
		Nonce: j.Nonce, FeeCap: j.FeeCap.ToBig(), Deadline: j.Deadline}
}

// PackOpen builds the transaction that opens a game between a and b for job
// (in domain d): with the op-level proof when the traces diverge, or
// against the claim that contradicts itself. It checks both claims off
// chain first.
func (g *Games) PackOpen(d market.Domain, job *market.SignedJob, a, b *ClaimWithTrace) (id common.Hash, data []byte, err error) {
	for i, c := range []*ClaimWithTrace{a, b} {
		if err := c.Claim.VerifyFor(d, &job.Job); err != nil {
			return id, nil, fmt.Errorf("open: claim %d: %w", i, err)
		}
		if c.Trace == nil || c.Trace.Root() != c.Claim.TraceRoot {
			return id, nil, fmt.Errorf("open: claim %d: its trace does not have the claim's trace root", i)
		}
	}
	if a.Claim.OutputRoot == b.Claim.OutputRoot {
		return id, nil, errors.New("open: the claims have the same output root; there is nothing to dispute")
	}
	ha, hb := a.Claim.Hash(d), b.Claim.Hash(d)
	id = GameID(ha, hb)
	c0, c1 := a, b
	if hb.Cmp(ha) < 0 {
		c0, c1 = b, a
	}
	for s, c := range []*ClaimWithTrace{c0, c1} {
		if c.Trace.Contradicts(c.Claim.OutputRoot) {
			proof, err := ContradictionProof(c.Trace, Side(s), c.Claim.OutputRoot)
			if err != nil {
				return id, nil, err
			}
			data, err = g.abi.TryPackOpenContradicted(jobBinding(&job.Job), a.signed(), b.signed(), proof)
			return id, data, err
		}
	}
	div, err := DivergenceProof(c0.Trace, c1.Trace)
	if err != nil {
		return id, nil, fmt.Errorf("open: %w", err)
	}
	data, err = g.abi.TryPackOpen(jobBinding(&job.Job), a.signed(), b.signed(), div)
	return id, data, err
}

// Open opens a game between a and b for job through tx and returns its id.
func (g *Games) Open(ctx context.Context, tx *market.TxManager, d market.Domain, job *market.SignedJob, a, b *ClaimWithTrace) (common.Hash, *types.Receipt, error) {
	id, data, err := g.PackOpen(d, job, a, b)
	if err != nil {
		return id, nil, err
	}
	rcpt, err := tx.Send(ctx, "open game", g.addr, data)
	return id, rcpt, err
}

// State is a game as the chain holds it now, with what a player needs to
// choose its move: the lists posted in the current round, the clocks and
// the chain's time.
type State struct {
	ID     common.Hash
	Game   bindings.GamesGame // with a pending choice already made (see Prev)
	Pieces uint64             // of the current range
	Clocks [2]uint64          // seconds left, counting the running clocks
	Lists  [2][]merkle.Hash   // the lists posted in the current round
	// Prev holds both lists of the last complete round while the contract
	// has not made its choice yet (Game.Pending); the next move resends
	// them. Game's range is then already the one the contract will choose.
	Prev [2][]merkle.Hash
	Now  uint64 // the head's timestamp
}

// Phase is the game's phase.
func (s *State) Phase() uint8 { return s.Game.Phase }

// SideOf is the side of addr in the game.
func (s *State) SideOf(addr common.Address) (Side, bool) {
	for i, p := range s.Game.Provider {
		if p == addr {
			return Side(i), true
		}
	}
	return 0, false
}

// Owes reports whether side s must move now (its clock runs).
func (s *State) Owes(side Side) bool {
	switch s.Game.Phase {
	case PhaseBisect:
		return s.Game.Posted&(1<<side) == 0
	case PhaseStep:
		return true
	}
	return false
}

// Points are the inner points of the current range, where each side posts
// its state hashes.
func (s *State) Points() []uint64 {
	if s.Pieces == 0 {
		return nil
	}
	step := (s.Game.Hi - s.Game.Lo) / s.Pieces
	out := make([]uint64, 0, s.Pieces-1)
	for j := uint64(1); j < s.Pieces; j++ {
		out = append(out, s.Game.Lo+j*step)
	}
	return out
}

// ErrNoGame is returned (wrapped) for an id no game was opened under.
var ErrNoGame = errors.New("no such game")

// State reads the game id.
func (g *Games) State(ctx context.Context, id common.Hash) (*State, error) {
	opts := &bind.CallOpts{Context: ctx}
	gm, err := bind.Call(g.inst, opts, g.abi.PackGame(id), g.abi.UnpackGame)
	if err != nil {
		return nil, fmt.Errorf("game %s: %w", id.Hex(), err)
	}
	if gm.Phase == PhaseNone {
		return nil, fmt.Errorf("%w: %s", ErrNoGame, id.Hex())
	}
	st := &State{ID: id, Game: gm}
	arity, err := bind.Call(g.inst, opts, g.abi.PackArity(), g.abi.UnpackArity)
	if err != nil {
		return nil, fmt.Errorf("game %s: arity: %w", id.Hex(), err)
	}
	if st.Clocks, err = bind.Call(g.inst, opts, g.abi.PackClocks(id), g.abi.UnpackClocks); err != nil {
		return nil, fmt.Errorf("game %s: clocks: %w", id.Hex(), err)
	}
	head, err := g.b.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("game %s: head: %w", id.Hex(), err)
	}
	st.Now = head.Time
	if gm.Posted != 0 || gm.Pending {
		evs, err := g.Events(ctx, id)
		if err != nil {
			return nil, err
		}
		for _, e := range evs {
			if e.Kind != EventPosted {
				continue
			}
			if e.Round == gm.Round && gm.Posted != 0 {
				st.Lists[e.Side] = e.Hashes
			}
			if gm.Pending && e.Round+1 == gm.Round {
				st.Prev[e.Side] = e.Hashes
			}
		}
		if gm.Pending {
			if st.Prev[0] == nil || st.Prev[1] == nil {
				return nil, fmt.Errorf("game %s: the lists of round %d are not in the logs", id.Hex(), gm.Round-1)
			}
			if err := choose(&st.Game, uint64(arity), st.Prev[0], st.Prev[1]); err != nil {
				return nil, fmt.Errorf("game %s: %w", id.Hex(), err)
			}
		}
	}
	if gm.Phase == PhaseBisect || gm.Phase == PhaseStep {
		st.Pieces = min(st.Game.Hi-st.Game.Lo, uint64(arity))
	}
	return st, nil
}

// choose makes the contract's pending choice on g (Games.choose): the first
// piece whose end the two lists disagree on.
func choose(g *bindings.GamesGame, arity uint64, h0, h1 []merkle.Hash) error {
	n := min(g.Hi-g.Lo, arity)
	if uint64(len(h0)) != n-1 || uint64(len(h1)) != n-1 {
		return fmt.Errorf("round %d: lists of %d and %d hashes, want %d", g.Round-1, len(h0), len(h1), n-1)
	}
	step := (g.Hi - g.Lo) / n
	j := uint64(1)
	for j < n && h0[j-1] == h1[j-1] {
		j++
	}
	if j > 1 {
		g.Start = h0[j-2]
	}
	if j < n {
		g.End = [2][32]byte{h0[j-1], h1[j-1]}
	}
	g.Lo += (j - 1) * step
	g.Hi = g.Lo + step
	return nil
}

// Event kinds of a game.
const (
	EventOpened        = "opened"
	EventDivergence    = "divergence"
	EventFinalState    = "final-state"
	EventPosted        = "posted"
	EventSegment       = "segment"
	EventStep          = "step"
	EventContradiction = "self-contradiction"
	EventTimedOut      = "timed-out"
	EventDefeated      = "claim-defeated"
	EventResolved      = "resolved"
)

// Event is one thing that happened in a game, as the contract logged it.
type Event struct {
	Kind   string
	Block  uint64
	TxHash common.Hash
	Time   uint64 `json:",omitempty"` // the block's timestamp, when known
	Side   Side
	Round  uint8
	Op     uint64        `json:",omitempty"`
	Lo, Hi uint64        `json:",omitempty"`
	Hashes []merkle.Hash `json:",omitempty"`
	Hash   merkle.Hash   `json:",omitempty"` // final state, post-state, defeated claim
	Losers uint8         `json:",omitempty"`
	Raw    any           `json:"-"`
}

// Events reads every event of game id, oldest first. The first call for
// a game reads the contract's logs from ScanFrom's block; later calls read
// only the blocks after the last one read, as long as that block is still
// the chain's (after a reorg that replaced it, the game is read again).
func (g *Games) Events(ctx context.Context, id common.Hash) ([]Event, error) {
	gl := g.gameLog(id)
	gl.mu.Lock()
	defer gl.mu.Unlock()
	head, err := g.b.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("game %s: head: %w", id.Hex(), err)
	}
	to := head.Number.Uint64()
	if gl.next > g.from {
		h, err := g.b.HeaderByNumber(ctx, new(big.Int).SetUint64(gl.next-1))
		if err != nil {
			return nil, fmt.Errorf("game %s: block %d: %w", id.Hex(), gl.next-1, err)
		}
		if h.Hash() != gl.last {
			gl.next, gl.evs, gl.done = g.from, nil, false // reorged: read it again
		}
	}
	if gl.next == 0 || gl.next < g.from {
		gl.next = g.from
	}
	if gl.next <= to {
		q := ethereum.FilterQuery{Addresses: []common.Address{g.addr}}
		logs, err := market.FilterLogs(ctx, g.b, q, gl.next, &to)
		if err != nil {
			return nil, fmt.Errorf("game %s: logs: %w", id.Hex(), err)
		}
		for i := range logs {
			l := &logs[i]
			if l.Removed || len(l.Topics) < 2 {
				continue
			}
			if e, ok := g.decode(l, id); ok {
				gl.evs = append(gl.evs, e)
				gl.done = gl.done || e.Kind == EventResolved
			}
		}
		gl.next, gl.last = to+1, head.Hash()
	}
	return slices.Clone(gl.evs), nil
}

// gameLog is the kept log of game id (a new one the first time).
func (g *Games) gameLog(id common.Hash) *gameLog {
	g.logMu.Lock()
	defer g.logMu.Unlock()
	if gl, ok := g.logs[id]; ok {
		return gl
	}
	if len(g.logs) >= maxGameLogs {
		for k, gl := range g.logs {
			if gl.mu.TryLock() {
				if gl.done {
					delete(g.logs, k)
				}
				gl.mu.Unlock()
			}
		}
	}
	gl := &gameLog{}
	g.logs[id] = gl
	return gl
}

func (g *Games) decode(l *types.Log, id common.Hash) (Event, bool) {
	e := Event{Block: l.BlockNumber, TxHash: l.TxHash}
	a := g.abi
	if v, err := a.UnpackClaimDefeatedEvent(l); err == nil {
		if v.Id != id {
			return e, false
		}
		e.Kind, e.Hash, e.Raw = EventDefeated, v.Claim, v
		return e, true
	}
	if l.Topics[1] != id {
		return e, false
	}
	switch {
	case try(a.UnpackGameOpenedEvent, l, &e, EventOpened):
	case try(a.UnpackDivergenceProvenEvent, l, &e, EventDivergence):
		e.Op = e.Raw.(*bindings.GamesDivergenceProven).Op
	case try(a.UnpackFinalStateCommittedEvent, l, &e, EventFinalState):
		v := e.Raw.(*bindings.GamesFinalStateCommitted)
		e.Side, e.Hash = Side(v.Side), v.StateHash
	case try(a.UnpackPostedEvent, l, &e, EventPosted):
		v := e.Raw.(*bindings.GamesPosted)
		e.Side, e.Round = Side(v.Side), v.Round
		for _, h := range v.Hashes {
			e.Hashes = append(e.Hashes, h)
		}
	case try(a.UnpackSegmentChosenEvent, l, &e, EventSegment):
		v := e.Raw.(*bindings.GamesSegmentChosen)
		e.Round, e.Lo, e.Hi = v.Round, v.Lo, v.Hi
	case try(a.UnpackStepExecutedEvent, l, &e, EventStep):
		v := e.Raw.(*bindings.GamesStepExecuted)
		e.Lo, e.Hash = v.AtStep, v.Post
	case try(a.UnpackSelfContradictionEvent, l, &e, EventContradiction):
		e.Side = Side(e.Raw.(*bindings.GamesSelfContradiction).Side)
	case try(a.UnpackTimedOutEvent, l, &e, EventTimedOut):
		e.Losers = e.Raw.(*bindings.GamesTimedOut).Losers
	case try(a.UnpackResolvedEvent, l, &e, EventResolved):
		e.Losers = e.Raw.(*bindings.GamesResolved).Losers
	default:
		return e, false
	}
	return e, true
}

func try[T any](unpack func(*types.Log) (T, error), l *types.Log, e *Event, kind string) bool {
	v, err := unpack(l)
	if err != nil {
		return false
	}
	e.Kind, e.Raw = kind, v
	return true
}

// PackPost builds a post move.
func (g *Games) PackPost(id common.Hash, m *Move) ([]byte, error) {
	return g.abi.TryPackPost(id, m.Final, hashWords(m.OutProof), hashWords(m.Hashes), hashWords(m.Prev[0]), hashWords(m.Prev[1]))
}

// PackStep builds the final step of game id.
func (g *Games) PackStep(id common.Hash, m *Move) ([]byte, error) {
	return g.abi.TryPackStepAt(id, hashWords(m.Prev[0]), hashWords(m.Prev[1]), m.Witness)
}

// PackTimeout builds a timeout call.
func (g *Games) PackTimeout(id common.Hash) []byte { return g.abi.PackTimeout(id) }

// Defeated reports whether the claim with hash c lost a game.
func (g *Games) Defeated(ctx context.Context, c common.Hash) (bool, error) {
	return bind.Call(g.inst, &bind.CallOpts{Context: ctx}, g.abi.PackDefeated(c), g.abi.UnpackDefeated)
}

func hashWords(h []merkle.Hash) [][32]byte {
	out := make([][32]byte, len(h))
	for i := range h {
		out[i] = h[i]
	}
	return out
}
