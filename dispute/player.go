package dispute

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/rmsnet/rms/market"
	"github.com/rmsnet/rms/merkle"
	"github.com/rmsnet/rms/vm"
)

// MoveKind says what a move does.
type MoveKind int

// Kinds of move.
const (
	MoveWait    MoveKind = iota // nothing to do now
	MovePost                    // post state hashes (and in round 0 the final state)
	MoveStep                    // execute the last disputed step
	MoveTimeout                 // end the game: the other side ran out of time
)

func (k MoveKind) String() string {
	return [...]string{"wait", "post", "step", "timeout"}[k]
}

// Load is a preimage the step reads that must be on chain before it runs:
// one of Length and Node is set.
type Load struct {
	Length []byte // the blob whose length (vm.LengthKey of its root) the step reads
	Node   []byte // the children l ‖ r (64 bytes) of the node whose vm.NodeKey the step reads
}

// Move is what a player does next in a game.
type Move struct {
	Kind     MoveKind
	Final    []byte           // round 0: the packed final state
	OutProof []merkle.Hash    // round 0: the memory proof of the word at vm.OutputAddr
	Hashes   []merkle.Hash    // the side's state hashes at State.Points()
	Prev     [2][]merkle.Hash // State.Prev: the last round's lists while its choice is pending
	Witness  []byte           // MoveStep: the step calldata
	Loads    []Load           // MoveStep: preimages to load first
}

// Prover answers what a side needs to know about its own run of the
// disputed op: the honest one from the VM, adversaries with lies.
type Prover interface {
	// StateHash is the hash of the packed state after t steps of op's run.
	StateHash(ctx context.Context, op, t uint64) (merkle.Hash, error)
	// Final is the packed final (halted) state of op's run and the memory
	// proof of the word at vm.OutputAddr.
	Final(ctx context.Context, op uint64) ([]byte, []merkle.Hash, error)
	// Step is the calldata of step t of op's run and the preimages it reads.
	Step(ctx context.Context, op, t uint64) ([]byte, []Load, error)
}

// ErrNoStep is what a Prover returns from Step when it cannot give the
// step (an adversary that would only prove itself wrong); the side then
// waits for the other to step or for its clock.
var ErrNoStep = errors.New("no step to give")

// Strategy decides a side's next move from the game alone: the state the
// chain holds in, the move out. It keeps nothing between calls, so a player
// restarted from the chain picks up where it stands.
type Strategy interface {
	Move(ctx context.Context, st *State, me Side) (*Move, error)
}

// Honest plays by the truth its Prover tells.
type Honest struct{ Prover Prover }

// Move implements Strategy.
func (h Honest) Move(ctx context.Context, st *State, me Side) (*Move, error) {
	if mv := timeoutMove(st, me); mv != nil {
		return mv, nil
	}
	switch st.Game.Phase {
	case PhaseBisect:
		if !st.Owes(me) {
			return &Move{Kind: MoveWait}, nil
		}
		return postMove(ctx, h.Prover, st, me)
	case PhaseStep:
		w, loads, err := h.Prover.Step(ctx, st.Game.OpIndex, st.Game.Lo)
		if errors.Is(err, ErrNoStep) {
			return &Move{Kind: MoveWait}, nil
		}
		if err != nil {
			return nil, err
		}
		return &Move{Kind: MoveStep, Witness: w, Loads: loads, Prev: st.Prev}, nil
	}
	return &Move{Kind: MoveWait}, nil
}

// timeoutMove ends the game when the other side owes a move and its clock
// is out.
func timeoutMove(st *State, me Side) *Move {
	o := me.Other()
	if (st.Game.Phase == PhaseBisect || st.Game.Phase == PhaseStep) && st.Owes(o) &&
		st.Now > st.Game.TurnStart+st.Game.Remaining[o] {
		return &Move{Kind: MoveTimeout}
	}
	return nil
}

// postMove is a truthful post from p.
func postMove(ctx context.Context, p Prover, st *State, me Side) (*Move, error) {
	mv := &Move{Kind: MovePost, Prev: st.Prev}
	op := st.Game.OpIndex
	for _, t := range st.Points() {
		h, err := p.StateHash(ctx, op, t)
		if err != nil {
			return nil, err
		}
		mv.Hashes = append(mv.Hashes, h)
	}
	if st.Game.Round == 0 {
		var err error
		if mv.Final, mv.OutProof, err = p.Final(ctx, op); err != nil {
			return nil, err
		}
	} else {
		mv.Final, mv.OutProof = []byte{}, []merkle.Hash{}
	}
	return mv, nil
}

// Progress is one thing a player did or saw, for logs and progress displays.
type Progress struct {
	Game  common.Hash
	Phase uint8
	Round uint8
	Move  MoveKind
	Gas   uint64
	Tx    common.Hash
	Note  string
}

// Player plays one side of games through one key's market.TxManager.
type Player struct {
	Games    *Games
	Tx       *market.TxManager
	Oracle   *Oracle // for loading preimages before a step (sent through Tx)
	Strategy Strategy
	Poll     time.Duration                 // how often the game is read (default 100 ms)
	Progress func(Progress)                // optional
	Log      *slog.Logger                  // default slog.Default()
	Gas      func(kind MoveKind, g uint64) // optional: gas of each move sent
}

// Outcome is how a game ended for a player.
type Outcome struct {
	Losers uint8 // bit s: side s lost
	Me     Side
	Won    bool
	Moves  int
	Gas    uint64
}

// Play plays game id until it is resolved (or ctx ends) and returns the
// outcome. It reads everything from the chain each time, so a Player
// started on a game in progress resumes it.
func (p *Player) Play(ctx context.Context, id common.Hash) (*Outcome, error) {
	poll := p.Poll
	if poll == 0 {
		poll = 100 * time.Millisecond
	}
	log := p.Log
	if log == nil {
		log = slog.Default()
	}
	out := &Outcome{}
	for {
		st, err := p.Games.State(ctx, id)
		if err != nil {
			return out, err
		}
		me, ok := st.SideOf(p.Tx.From())
		if !ok {
			return out, fmt.Errorf("game %s: %s is not a party", id.Hex(), p.Tx.From().Hex())
		}
		out.Me = me
		if st.Game.Phase == PhaseDone {
			out.Losers = st.Game.Losers
			out.Won = st.Game.Losers&(1<<me) == 0
			return out, nil
		}
		mv, err := p.Strategy.Move(ctx, st, me)
		if err != nil {
			return out, fmt.Errorf("game %s: decide: %w", id.Hex(), err)
		}
		if mv == nil || mv.Kind == MoveWait {
			select {
			case <-ctx.Done():
				return out, ctx.Err()
			case <-time.After(poll):
			}
			continue
		}
		rcpt, err := p.send(ctx, id, mv)
		if err != nil {
			// The chain may have moved on (the other side timed us out, a
			// race with its post); read it again unless ctx ended.
			if ctx.Err() != nil {
				return out, ctx.Err()
			}
			log.Warn("move refused", "game", id.Hex(), "move", mv.Kind.String(), "err", err)
			select {
			case <-ctx.Done():
				return out, ctx.Err()
			case <-time.After(poll):
			}
			continue
		}
		out.Moves++
		out.Gas += rcpt.GasUsed
		if p.Gas != nil {
			p.Gas(mv.Kind, rcpt.GasUsed)
		}
		if p.Progress != nil {
			p.Progress(Progress{Game: id, Phase: st.Game.Phase, Round: st.Game.Round, Move: mv.Kind, Gas: rcpt.GasUsed, Tx: rcpt.TxHash})
		}
	}
}

func (p *Player) send(ctx context.Context, id common.Hash, mv *Move) (*types.Receipt, error) {
	switch mv.Kind {
	case MovePost:
		data, err := p.Games.PackPost(id, mv)
		if err != nil {
			return nil, err
		}
		return p.Tx.Send(ctx, "post", p.Games.addr, data)
	case MoveStep:
		var gas uint64
		for _, l := range mv.Loads {
			if p.Oracle == nil {
				return nil, errors.New("step: a preimage must be loaded and the player has no oracle")
			}
			var r *types.Receipt
			var err error
			if l.Node != nil {
				r, err = p.Oracle.loadNodeVia(ctx, p.Tx, l.Node)
			} else {
				r, err = p.Oracle.loadLengthVia(ctx, p.Tx, l.Length)
			}
			if err != nil {
				return nil, err
			}
			if r != nil {
				gas += r.GasUsed
				if p.Gas != nil {
					p.Gas(MoveStep, r.GasUsed)
				}
			}
		}
		data, err := p.Games.PackStep(id, mv)
		if err != nil {
			return nil, err
		}
		return p.Tx.Send(ctx, "step", p.Games.addr, data)
	case MoveTimeout:
		return p.Tx.Send(ctx, "timeout", p.Games.addr, p.Games.PackTimeout(id))
	}
	return nil, fmt.Errorf("unknown move %v", mv.Kind)
}

// VMProver is the honest Prover: it runs the disputed op in the VM from the
// guest image with the job's inputs, keeping snapshots so any step can be
// reached again quickly.
type VMProver struct {
	Guest *vm.Program
	Job   vm.OpJob
	// SnapshotEvery sets the snapshot interval (default 1<<16 steps).
	SnapshotEvery uint64
	mu            sync.Mutex // one VM per op, used by one caller at a time
	runs          map[uint64]*opRun
	executed      uint64                 // VM steps run so far
	lengths       map[merkle.Hash][]byte // vm.LengthKey(root) → blob
}

type opRun struct {
	v     *vm.VM
	halt  uint64
	final []byte
	proof []merkle.Hash
}

// NewVMProver returns the honest prover of job's ops.
func NewVMProver(guest *vm.Program, job vm.OpJob) (*VMProver, error) {
	p := &VMProver{Guest: guest, Job: job, runs: map[uint64]*opRun{}, lengths: map[merkle.Hash][]byte{}}
	blobs, err := job.Blobs()
	if err != nil {
		return nil, err
	}
	for _, b := range blobs {
		k := vm.LengthKey(merkle.BlobRoot(b))
		if _, ok := p.lengths[k]; !ok {
			p.lengths[k] = b
		}
	}
	return p, nil
}

func (p *VMProver) run(ctx context.Context, op uint64) (*opRun, error) {
	if r, ok := p.runs[op]; ok {
		return r, nil
	}
	every := p.SnapshotEvery
	if every == 0 {
		every = 1 << 16
	}
	v, err := p.Job.NewVM(p.Guest, op, vm.WithSnapshotEvery(every))
	if err != nil {
		return nil, err
	}
	if err := v.Run(ctx, 0); err != nil {
		return nil, fmt.Errorf("op %d: %w", op, err)
	}
	p.executed += v.Steps()
	r := &opRun{v: v, halt: v.Steps(), final: v.EncodeState()}
	leaf, proof, err := v.Memory().Proof(vm.OutputAddr)
	if err != nil {
		return nil, err
	}
	_ = leaf
	r.proof = proof
	p.runs[op] = r
	return r, nil
}

// Steps is the number of steps op's run takes until it halts.
func (p *VMProver) Steps(ctx context.Context, op uint64) (uint64, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	r, err := p.run(ctx, op)
	if err != nil {
		return 0, err
	}
	return r.halt, nil
}

// StateHash implements Prover.
func (p *VMProver) StateHash(ctx context.Context, op, t uint64) (merkle.Hash, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	r, err := p.run(ctx, op)
	if err != nil {
		return merkle.Hash{}, err
	}
	if t >= r.halt {
		return vm.StateHash(r.final), nil
	}
	if err := p.runTo(ctx, r, t); err != nil {
		return merkle.Hash{}, err
	}
	return r.v.StateHash(), nil
}

// runTo brings op's VM to step t and counts the steps it runs.
func (p *VMProver) runTo(ctx context.Context, r *opRun, t uint64) error {
	from := r.v.Steps()
	if t < from {
		from = 0
		for _, s := range r.v.Snapshots() {
			if s <= t {
				from = max(from, s)
			}
		}
	}
	if err := r.v.RunTo(ctx, t); err != nil {
		return err
	}
	p.executed += t - from
	return nil
}

// Executed is the number of VM steps the prover has run.
func (p *VMProver) Executed() uint64 {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.executed
}

// Final implements Prover.
func (p *VMProver) Final(ctx context.Context, op uint64) ([]byte, []merkle.Hash, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	r, err := p.run(ctx, op)
	if err != nil {
		return nil, nil, err
	}
	return r.final, r.proof, nil
}

// Step implements Prover.
func (p *VMProver) Step(ctx context.Context, op, t uint64) ([]byte, []Load, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	r, err := p.run(ctx, op)
	if err != nil {
		return nil, nil, err
	}
	if err := p.runTo(ctx, r, min(t, r.halt)); err != nil {
		return nil, nil, err
	}
	p.executed++
	w, err := r.v.StepWitness()
	if err != nil {
		return nil, nil, err
	}
	data, err := w.Calldata()
	if err != nil {
		return nil, nil, err
	}
	var loads []Load
	if w.Preimage != nil {
		st, _, err := vm.DecodeState(w.State)
		if err != nil {
			return nil, nil, err
		}
		switch st.PreimageKey[0] {
		case 3:
			b, ok := p.lengths[st.PreimageKey]
			if !ok {
				return nil, nil, fmt.Errorf("step %d reads the length of an unknown blob (key %s)", t, st.PreimageKey)
			}
			loads = append(loads, Load{Length: b})
		case 4:
			// A node of the accumulator (or a zero subtree) on the
			// guest's walk: the VM's oracle holds it, checked.
			b, err := r.v.Preimage(st.PreimageKey)
			if err != nil {
				return nil, nil, fmt.Errorf("step %d reads node key %s: %w", t, st.PreimageKey, err)
			}
			loads = append(loads, Load{Node: b})
		}
	}
	return data, loads, nil
}
