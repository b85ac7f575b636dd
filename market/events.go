package market

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// ServiceEvent kinds.
const (
	EventRegistered   = "registered"
	EventPriceUpdated = "price"
	EventStakeAdded   = "stake"
	EventDeregistered = "deregistered"
	EventWithdrawn    = "withdrawn"
	EventSlashed      = "slashed"
	EventReserved     = "reserved" // a game opened: a bond reserved
	EventReleased     = "released" // a game ended: its bond released
)

// ServiceEvent is one change to a service, as the Registry logged it.
type ServiceEvent struct {
	Kind      string
	Service   ServiceID
	Block     uint64
	BlockHash common.Hash
	TxHash    common.Hash
	Index     uint // log index in the block
	// Removed marks an event a ServiceFollower returned before, whose block
	// a reorg took away: undo it.
	Removed bool

	Provider      common.Address // registered, withdrawn
	Price         *big.Int       // registered, price
	Stake         *big.Int       // registered: initial stake; stake: the new total
	Amount        *big.Int       // stake: added; withdrawn: paid; slashed: taken; reserved, released: the bond
	OpenGames     uint32         // reserved, released: open games after the change
	UnbondingEnds uint64         // deregistered
	Beneficiary   common.Address // slashed
	// Registered only: the registration, and whether its peer binding is
	// valid (BindingErr nil). A light peer ignores services with a bad binding.
	Registration *Service
	BindingErr   error
}

// ServiceEvents reads the registry's service events in blocks [from, to]
// (to nil: up to the head), oldest first, in windows of at most LogWindow
// blocks. Start at the deployment's block (Deployment.Block), not at 0: the
// blocks before it hold no registry logs. It reads the canonical chain once;
// a peer that keeps up with the registry uses Follow, which also undoes
// what a reorg removed.
func (r *Registry) ServiceEvents(ctx context.Context, from uint64, to *uint64) ([]ServiceEvent, error) {
	logs, err := FilterLogs(ctx, r.c.backend, ethereum.FilterQuery{Addresses: []common.Address{r.c.addr}}, from, to)
	if err != nil {
		return nil, fmt.Errorf("registry: %w", err)
	}
	return r.decodeEvents(logs)
}

func (r *Registry) decodeEvents(logs []types.Log) ([]ServiceEvent, error) {
	var out []ServiceEvent
	for i := range logs {
		l := &logs[i]
		if l.Removed || len(l.Topics) == 0 {
			continue
		}
		ev, ok, err := r.decodeEvent(l)
		if err != nil {
			return nil, fmt.Errorf("registry: log %d of block %d: %w", l.Index, l.BlockNumber, err)
		}
		if ok {
			out = append(out, ev)
		}
	}
	return out, nil
}

// FollowDepth is how many blocks back a ServiceFollower can undo a reorg:
// far beyond Ethereum's finality (two epochs, 64 blocks).
const FollowDepth = 128

// ServiceFollower reads the registry's service events as the chain grows
// and undoes the events of blocks that a reorg took away.
type ServiceFollower struct {
	r     *Registry
	start uint64 // first block followed
	next  uint64 // first block not yet read
	tip   *types.Header
	// recent are the events returned from the last FollowDepth blocks,
	// oldest first, with the hash of the block each came from.
	recent []ServiceEvent
}

// Follow returns a follower of the registry's service events from block
// from on (the deployment's block, or the block after the last one a peer
// has stored).
func (r *Registry) Follow(from uint64) *ServiceFollower {
	return &ServiceFollower{r: r, start: from, next: from}
}

// Next returns what changed since the last call. When a reorg replaced
// blocks it had read, it first returns the events of those blocks again,
// newest first, with Removed set: the caller undoes each. Then come the new
// events up to the head, oldest first (the replacement blocks' among them).
// A reorg deeper than FollowDepth blocks is not undone.
func (f *ServiceFollower) Next(ctx context.Context) ([]ServiceEvent, error) {
	b := f.r.c.backend
	var out []ServiceEvent
	if f.tip != nil {
		h, err := b.HeaderByNumber(ctx, f.tip.Number)
		if err != nil && !errors.Is(err, ethereum.NotFound) {
			return nil, fmt.Errorf("registry follow: block %d: %w", f.tip.Number, err)
		}
		if h == nil || h.Hash() != f.tip.Hash() {
			removed, err := f.unwind(ctx)
			if err != nil {
				return nil, err
			}
			out = removed
		}
	}
	head, err := b.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("registry follow: head block: %w", err)
	}
	last := head.Number.Uint64()
	if last < f.next {
		return out, nil
	}
	logs, err := FilterLogs(ctx, b, ethereum.FilterQuery{Addresses: []common.Address{f.r.c.addr}}, f.next, &last)
	if err != nil {
		return nil, fmt.Errorf("registry follow: %w", err)
	}
	evs, err := f.r.decodeEvents(logs)
	if err != nil {
		return nil, err
	}
	out = append(out, evs...)
	f.recent = append(f.recent, evs...)
	f.tip, f.next = head, last+1
	keep := 0
	for keep < len(f.recent) && f.recent[keep].Block+FollowDepth <= last {
		keep++
	}
	f.recent = append([]ServiceEvent(nil), f.recent[keep:]...)
	return out, nil
}

// unwind finds the newest block it read events from that is still
// canonical (every block below it is then unchanged too), returns the
// events after it as removed, newest first, and rewinds to read again from
// the block after it.
func (f *ServiceFollower) unwind(ctx context.Context) ([]ServiceEvent, error) {
	keep := 0
	for i := len(f.recent) - 1; i >= 0; i-- {
		ev := f.recent[i]
		h, err := f.r.c.backend.HeaderByNumber(ctx, new(big.Int).SetUint64(ev.Block))
		if err != nil && !errors.Is(err, ethereum.NotFound) {
			return nil, fmt.Errorf("registry follow: block %d: %w", ev.Block, err)
		}
		if h != nil && h.Hash() == ev.BlockHash {
			keep = i + 1
			break
		}
	}
	from := f.start
	if tip := f.tip.Number.Uint64(); tip+1 > FollowDepth {
		from = max(from, tip+1-FollowDepth)
	}
	if keep > 0 {
		from = f.recent[keep-1].Block + 1
	}
	var removed []ServiceEvent
	for i := len(f.recent) - 1; i >= keep; i-- {
		ev := f.recent[i]
		ev.Removed = true
		removed = append(removed, ev)
	}
	f.recent = f.recent[:keep]
	f.next = from
	f.tip = nil
	return removed, nil
}

func (r *Registry) decodeEvent(l *types.Log) (ServiceEvent, bool, error) {
	ev := ServiceEvent{Block: l.BlockNumber, BlockHash: l.BlockHash, TxHash: l.TxHash, Index: l.Index}
	events := registryABI.Events
	switch l.Topics[0] {
	case events["ServiceRegistered"].ID:
		e, err := r.reg.UnpackServiceRegisteredEvent(l)
		if err != nil {
			return ev, false, err
		}
		ev.Kind, ev.Service, ev.Provider, ev.Price, ev.Stake = EventRegistered, e.Id, e.Provider, e.Price, e.Stake
		s := &Service{ID: e.Id, Provider: e.Provider, Class: e.ClassId,
			Price: e.Price, Stake: e.Stake, Reserved: new(big.Int), PeerSig: e.PeerSig}
		s.PeerID, ev.BindingErr = VerifyPeerBinding(r.c.chainID, r.c.addr, e.Provider, e.PeerId, e.PeerSig)
		ev.Registration = s
	case events["PriceUpdated"].ID:
		e, err := r.reg.UnpackPriceUpdatedEvent(l)
		if err != nil {
			return ev, false, err
		}
		ev.Kind, ev.Service, ev.Price = EventPriceUpdated, e.Id, e.Price
	case events["StakeAdded"].ID:
		e, err := r.reg.UnpackStakeAddedEvent(l)
		if err != nil {
			return ev, false, err
		}
		ev.Kind, ev.Service, ev.Amount, ev.Stake = EventStakeAdded, e.Id, e.Amount, e.Stake
	case events["Deregistered"].ID:
		e, err := r.reg.UnpackDeregisteredEvent(l)
		if err != nil {
			return ev, false, err
		}
		ev.Kind, ev.Service, ev.UnbondingEnds = EventDeregistered, e.Id, e.UnbondingEnds
	case events["Withdrawn"].ID:
		e, err := r.reg.UnpackWithdrawnEvent(l)
		if err != nil {
			return ev, false, err
		}
		ev.Kind, ev.Service, ev.Provider, ev.Amount = EventWithdrawn, e.Id, e.Provider, e.Amount
	case events["Slashed"].ID:
		e, err := r.reg.UnpackSlashedEvent(l)
		if err != nil {
			return ev, false, err
		}
		ev.Kind, ev.Service, ev.Amount, ev.Beneficiary = EventSlashed, e.Id, e.Amount, e.Beneficiary
	case events["StakeReserved"].ID:
		e, err := r.reg.UnpackStakeReservedEvent(l)
		if err != nil {
			return ev, false, err
		}
		ev.Kind, ev.Service, ev.Amount, ev.OpenGames = EventReserved, e.Id, e.Bond, e.OpenGames
	case events["StakeReleased"].ID:
		e, err := r.reg.UnpackStakeReleasedEvent(l)
		if err != nil {
			return ev, false, err
		}
		ev.Kind, ev.Service, ev.Amount, ev.OpenGames = EventReleased, e.Id, e.Bond, e.OpenGames
	default:
		return ev, false, nil // not about a service (DisputeSet, ClassDefined, CreditClaimed)
	}
	return ev, true, nil
}
