package market

import (
	"context"
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
	Kind    string
	Service ServiceID
	Block   uint64
	TxHash  common.Hash
	Index   uint // log index in the block

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
// (to nil: up to the head), oldest first. A light peer follows the registry
// by calling it with from = the last block it saw + 1.
func (r *Registry) ServiceEvents(ctx context.Context, from uint64, to *uint64) ([]ServiceEvent, error) {
	q := ethereum.FilterQuery{Addresses: []common.Address{r.c.addr}, FromBlock: new(big.Int).SetUint64(from)}
	if to != nil {
		q.ToBlock = new(big.Int).SetUint64(*to)
	}
	logs, err := r.c.backend.FilterLogs(ctx, q)
	if err != nil {
		return nil, fmt.Errorf("registry: filter logs: %w", err)
	}
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

func (r *Registry) decodeEvent(l *types.Log) (ServiceEvent, bool, error) {
	ev := ServiceEvent{Block: l.BlockNumber, TxHash: l.TxHash, Index: l.Index}
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
