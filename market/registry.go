package market

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	p2pcrypto "github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/rmsnet/rms/contracts/bindings"
)

// ErrUnknownService is returned (wrapped) for a service id the registry does not hold.
var ErrUnknownService = errors.New("unknown service")

// Registry is a client of a deployed Registry contract.
type Registry struct {
	c   *contract
	reg *bindings.Registry
}

// NewRegistry connects to the Registry at addr; it fails when no contract is there.
func NewRegistry(ctx context.Context, b Backend, addr common.Address) (*Registry, error) {
	c, err := newContract(ctx, "registry", registryABI, b, addr)
	if err != nil {
		return nil, err
	}
	return &Registry{c: c, reg: bindings.NewRegistry()}, nil
}

// Address is the contract's address.
func (r *Registry) Address() common.Address { return r.c.addr }

// UseTxManager sends every later transaction of m's key through m (the
// key's one nonce source; without it the client makes its own manager per
// key).
func (r *Registry) UseTxManager(m *TxManager) { r.c.useTxManager(m) }

// ChainID is the chain's id.
func (r *Registry) ChainID() *big.Int { return new(big.Int).Set(r.c.chainID) }

// Domain is the EIP-712 domain of jobs and claims.
func (r *Registry) Domain() Domain { return RegistryDomain(r.c.chainID, r.c.addr) }

// ErrUnknownClass is returned (wrapped) for a class id the registry does not hold.
var ErrUnknownClass = errors.New("unknown class")

// ServiceSpec is what a provider registers.
type ServiceSpec struct {
	// The service's class: Class, which Register defines on chain first when
	// it is new, or the id ClassID of a class already defined.
	Class   *Class
	ClassID ClassID
	Price   *big.Int // wei per job
	Stake   *big.Int // wei sent with the registration
	// PeerKey is the provider's libp2p key; Register signs the binding with it.
	PeerKey p2pcrypto.PrivKey
	// Without PeerKey, PeerID and PeerSig are registered as given (a binding
	// signed elsewhere). They are checked before sending.
	PeerID  peer.ID
	PeerSig []byte
}

// Service is a registered service as the chain holds it, with its peer
// binding verified.
type Service struct {
	ID            ServiceID
	Provider      common.Address
	Class         ClassID
	Price         *big.Int
	Stake         *big.Int
	Reserved      *big.Int // bonds of the open games it is a party of
	OpenGames     uint32   // while non-zero the stake cannot be withdrawn
	PeerID        peer.ID
	PeerSig       []byte
	UnbondingEnds uint64 // 0 while active; else unix seconds
	Active        bool   // registered, not deregistering, stake >= minimum
}

// DefineClass records a class on chain (anyone may; a known class is left
// as it is) and returns its id.
func (r *Registry) DefineClass(ctx context.Context, key *ecdsa.PrivateKey, c Class) (ClassID, *types.Receipt, error) {
	if err := c.Validate(); err != nil {
		return ClassID{}, nil, fmt.Errorf("define class: %w", err)
	}
	rcpt, err := r.c.transact(ctx, "defineClass", key, nil, r.reg.PackDefineClass(c.binding()))
	return c.ID(), rcpt, err
}

func (c *Class) binding() bindings.RegistryClass {
	return bindings.RegistryClass{ModelRoot: c.ModelRoot, ProgramRoot: c.ProgramRoot, ImageRoot: c.ImageRoot,
		TraceHeight: c.TraceHeight, StepsLog2: c.StepsLog2}
}

// Class reads a defined class; ErrUnknownClass when it was never defined.
func (r *Registry) Class(ctx context.Context, id ClassID) (*Class, error) {
	raw, err := callAs(ctx, r.c, "class", r.reg.PackClass(id), r.reg.UnpackClass)
	if err != nil {
		return nil, err
	}
	if raw.StepsLog2 == 0 {
		return nil, fmt.Errorf("%w: %s", ErrUnknownClass, id.Hex())
	}
	return &Class{ModelRoot: raw.ModelRoot, ProgramRoot: raw.ProgramRoot, ImageRoot: raw.ImageRoot,
		TraceHeight: raw.TraceHeight, StepsLog2: raw.StepsLog2}, nil
}

// StakedFor reports whether service id belongs to signer, serves class and
// can still be drawn into a game (registered and not past its unbonding):
// what the Games contract checks for each claim of a game.
func (r *Registry) StakedFor(ctx context.Context, id ServiceID, signer common.Address, class ClassID) (bool, error) {
	return callAs(ctx, r.c, "stakedFor", r.reg.PackStakedFor(id, signer, class), r.reg.UnpackStakedFor)
}

// Register stakes and registers a service from key's address and returns
// its id. With spec.Class set, the class is defined first when the chain
// does not know it yet (one more transaction).
func (r *Registry) Register(ctx context.Context, key *ecdsa.PrivateKey, s ServiceSpec) (ServiceID, *types.Receipt, error) {
	if key == nil {
		return ServiceID{}, nil, errors.New("register: no key")
	}
	class := s.ClassID
	if s.Class != nil {
		if class != (ClassID{}) && class != s.Class.ID() {
			return ServiceID{}, nil, fmt.Errorf("register: class id %s is not the id %s of the class given", class.Hex(), s.Class.ID().Hex())
		}
		class = s.Class.ID()
		if _, err := r.Class(ctx, class); errors.Is(err, ErrUnknownClass) {
			if _, _, err := r.DefineClass(ctx, key, *s.Class); err != nil {
				return ServiceID{}, nil, fmt.Errorf("register: %w", err)
			}
		} else if err != nil {
			return ServiceID{}, nil, fmt.Errorf("register: %w", err)
		}
	} else if _, err := r.Class(ctx, class); err != nil {
		return ServiceID{}, nil, fmt.Errorf("register: %w", err)
	}
	provider := crypto.PubkeyToAddress(key.PublicKey)
	id, sig := s.PeerID, s.PeerSig
	if s.PeerKey != nil {
		var err error
		if id, sig, err = SignPeerBinding(s.PeerKey, r.c.chainID, r.c.addr, provider); err != nil {
			return ServiceID{}, nil, fmt.Errorf("register: %w", err)
		}
	}
	if _, err := VerifyPeerBinding(r.c.chainID, r.c.addr, provider, []byte(id), sig); err != nil {
		return ServiceID{}, nil, fmt.Errorf("register: %w", err)
	}
	return r.RegisterUnchecked(ctx, key, class, s.Price, s.Stake, []byte(id), sig)
}

// RegisterUnchecked sends a registration without checking the peer binding
// (readers will reject a forged one); tests use it to forge bindings.
func (r *Registry) RegisterUnchecked(ctx context.Context, key *ecdsa.PrivateKey, class ClassID, price, stake *big.Int,
	peerID, peerSig []byte) (ServiceID, *types.Receipt, error) {
	if price == nil || price.Sign() < 0 || stake == nil || stake.Sign() < 0 {
		return ServiceID{}, nil, errors.New("register: price and stake must be set and not negative")
	}
	rcpt, err := r.c.transact(ctx, "register", key, stake, r.reg.PackRegister(class, price, peerID, peerSig))
	if err != nil {
		return ServiceID{}, rcpt, err
	}
	for _, l := range rcpt.Logs {
		if ev, err := r.reg.UnpackServiceRegisteredEvent(l); err == nil && l.Address == r.c.addr {
			return ServiceID(ev.Id), rcpt, nil
		}
	}
	return ServiceID{}, rcpt, errors.New("register: no ServiceRegistered event in the receipt")
}

// UpdatePrice sets a new price per job.
func (r *Registry) UpdatePrice(ctx context.Context, key *ecdsa.PrivateKey, id ServiceID, price *big.Int) (*types.Receipt, error) {
	if price == nil || price.Sign() < 0 {
		return nil, errors.New("update price: price must be set and not negative")
	}
	return r.c.transact(ctx, "updatePrice", key, nil, r.reg.PackUpdatePrice(id, price))
}

// AddStake adds amount to the service's stake.
func (r *Registry) AddStake(ctx context.Context, key *ecdsa.PrivateKey, id ServiceID, amount *big.Int) (*types.Receipt, error) {
	return r.c.transact(ctx, "addStake", key, amount, r.reg.PackAddStake(id))
}

// Deregister stops the service and starts its unbonding delay.
func (r *Registry) Deregister(ctx context.Context, key *ecdsa.PrivateKey, id ServiceID) (*types.Receipt, error) {
	return r.c.transact(ctx, "deregister", key, nil, r.reg.PackDeregister(id))
}

// Withdraw pays the stake back after the unbonding delay.
func (r *Registry) Withdraw(ctx context.Context, key *ecdsa.PrivateKey, id ServiceID) (*types.Receipt, error) {
	return r.c.transact(ctx, "withdraw", key, nil, r.reg.PackWithdraw(id))
}

// Slash takes up to amount of the service's stake; only the dispute
// contract's address may do it (any other sender is refused on chain).
func (r *Registry) Slash(ctx context.Context, key *ecdsa.PrivateKey, id ServiceID, amount *big.Int, beneficiary common.Address) (*types.Receipt, error) {
	return r.c.transact(ctx, "slash", key, nil, r.reg.PackSlash(id, amount, beneficiary))
}

// Reserve and Release move a game's bond and the open-game counter; only
// the dispute contract's address may (tests call them to check that).
func (r *Registry) Reserve(ctx context.Context, key *ecdsa.PrivateKey, id ServiceID, bond *big.Int) (*types.Receipt, error) {
	return r.c.transact(ctx, "reserve", key, nil, r.reg.PackReserve(id, bond))
}

// Release ends a reservation made by Reserve (dispute contract only).
func (r *Registry) Release(ctx context.Context, key *ecdsa.PrivateKey, id ServiceID, bond *big.Int) (*types.Receipt, error) {
	return r.c.transact(ctx, "release", key, nil, r.reg.PackRelease(id, bond))
}

// ClaimCredit pays key's address its slash rewards.
func (r *Registry) ClaimCredit(ctx context.Context, key *ecdsa.PrivateKey) (*types.Receipt, error) {
	return r.c.transact(ctx, "claimCredit", key, nil, r.reg.PackClaimCredit())
}

// SetDispute sets the dispute contract once (deployer only, when not set at deployment).
func (r *Registry) SetDispute(ctx context.Context, key *ecdsa.PrivateKey, dispute common.Address) (*types.Receipt, error) {
	return r.c.transact(ctx, "setDispute", key, nil, r.reg.PackSetDispute(dispute))
}

// RegistryParams are the registry's deployment-time settings and totals.
type RegistryParams struct {
	MinStake       *big.Int
	UnbondingDelay time.Duration
	SlashRewardBps uint16
	Dispute        common.Address
	TotalBurnt     *big.Int
}

// Params reads the registry's settings.
func (r *Registry) Params(ctx context.Context) (RegistryParams, error) {
	var p RegistryParams
	var err error
	if p.MinStake, err = callAs(ctx, r.c, "minStake", r.reg.PackMinStake(), r.reg.UnpackMinStake); err != nil {
		return p, err
	}
	d, err := callAs(ctx, r.c, "unbondingDelay", r.reg.PackUnbondingDelay(), r.reg.UnpackUnbondingDelay)
	if err != nil {
		return p, err
	}
	p.UnbondingDelay = time.Duration(min(d, uint64(1<<62)/uint64(time.Second))) * time.Second
	if p.SlashRewardBps, err = callAs(ctx, r.c, "slashRewardBps", r.reg.PackSlashRewardBps(), r.reg.UnpackSlashRewardBps); err != nil {
		return p, err
	}
	if p.Dispute, err = callAs(ctx, r.c, "dispute", r.reg.PackDispute(), r.reg.UnpackDispute); err != nil {
		return p, err
	}
	p.TotalBurnt, err = callAs(ctx, r.c, "totalBurnt", r.reg.PackTotalBurnt(), r.reg.UnpackTotalBurnt)
	return p, err
}

// Credit is the slash reward owed to addr.
func (r *Registry) Credit(ctx context.Context, addr common.Address) (*big.Int, error) {
	return callAs(ctx, r.c, "credit", r.reg.PackCredit(addr), r.reg.UnpackCredit)
}

// Service reads a service and verifies its peer binding. It fails with
// ErrUnknownService for an id never registered (or withdrawn) and with
// ErrBadPeerBinding when the libp2p signature does not bind the peer id to
// the provider.
func (r *Registry) Service(ctx context.Context, id ServiceID) (*Service, error) {
	raw, err := callAs(ctx, r.c, "service", r.reg.PackService(id), r.reg.UnpackService)
	if err != nil {
		return nil, err
	}
	if raw.Provider == (common.Address{}) {
		return nil, fmt.Errorf("%w: %s", ErrUnknownService, id.Hex())
	}
	pid, err := VerifyPeerBinding(r.c.chainID, r.c.addr, raw.Provider, raw.PeerId, raw.PeerSig)
	if err != nil {
		return nil, fmt.Errorf("service %s: %w", id.Hex(), err)
	}
	active, err := callAs(ctx, r.c, "isActive", r.reg.PackIsActive(id), r.reg.UnpackIsActive)
	if err != nil {
		return nil, err
	}
	return &Service{
		ID: id, Provider: raw.Provider, Class: raw.ClassId, Price: raw.Price, Stake: raw.Stake,
		Reserved: raw.Reserved, OpenGames: raw.OpenGames, PeerID: pid, PeerSig: raw.PeerSig,
		UnbondingEnds: raw.UnbondingEnds, Active: active,
	}, nil
}

// IsStaked reports whether service id is active and registered to peer p
// with a valid binding: what a light peer checks before trusting an advertiser.
func (r *Registry) IsStaked(ctx context.Context, id ServiceID, p peer.ID) (bool, error) {
	s, err := r.Service(ctx, id)
	if errors.Is(err, ErrUnknownService) || errors.Is(err, ErrBadPeerBinding) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	return s.Active && s.PeerID == p, nil
}

// ServiceIDs lists the ids of all ServiceRegistered events from block
// `from` on (optionally only those of provider), oldest first, read in
// windows of at most LogWindow blocks (start at Deployment.Block).
func (r *Registry) ServiceIDs(ctx context.Context, from uint64, provider *common.Address) ([]ServiceID, error) {
	ev := registryABI.Events["ServiceRegistered"]
	q := ethereum.FilterQuery{Addresses: []common.Address{r.c.addr}, Topics: [][]common.Hash{{ev.ID}}}
	if provider != nil {
		for _, in := range ev.Inputs {
			if !in.Indexed {
				continue
			}
			if in.Name != "provider" {
				q.Topics = append(q.Topics, nil)
				continue
			}
			q.Topics = append(q.Topics, []common.Hash{common.BytesToHash(provider[:])})
			break
		}
	}
	logs, err := FilterLogs(ctx, r.c.backend, q, from, nil)
	if err != nil {
		return nil, fmt.Errorf("registry: ServiceRegistered: %w", err)
	}
	ids := make([]ServiceID, 0, len(logs))
	for i := range logs {
		e, err := r.reg.UnpackServiceRegisteredEvent(&logs[i])
		if err != nil {
			return nil, fmt.Errorf("registry: ServiceRegistered in block %d: %w", logs[i].BlockNumber, err)
		}
		ids = append(ids, ServiceID(e.Id))
	}
	return ids, nil
}

// Services reads every service registered from block `from` on that still
// holds stake (registered or unbonding) and whose peer binding is valid.
// Forged bindings are left out and reported in skipped.
func (r *Registry) Services(ctx context.Context, from uint64, provider *common.Address) (services []*Service, skipped []error, err error) {
	ids, err := r.ServiceIDs(ctx, from, provider)
	if err != nil {
		return nil, nil, err
	}
	for _, id := range ids {
		s, err := r.Service(ctx, id)
		switch {
		case errors.Is(err, ErrUnknownService):
			continue // withdrawn
		case errors.Is(err, ErrBadPeerBinding):
			skipped = append(skipped, err)
		case err != nil:
			return nil, nil, err
		default:
			services = append(services, s)
		}
	}
	return services, skipped, nil
}
