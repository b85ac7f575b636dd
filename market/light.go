package market

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm/runtime"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/rmsnet/rms/merkle"
)

// Errors of verified reads; a *LightError wraps one of them.
var (
	// ErrHeaderNotTrusted: the endpoint's header is not the trusted one
	// (its hash differs) or does not link to the trusted checkpoint.
	ErrHeaderNotTrusted = errors.New("header not trusted")
	// ErrHeaderTooOld: the trusted header is older than the configured age.
	ErrHeaderTooOld = errors.New("header too old")
	// ErrBadProof: a proof does not verify against the header's state root,
	// or the endpoint's claimed value disagrees with what it proves.
	ErrBadProof = errors.New("proof does not verify")
	// ErrProofMissing: the endpoint left out the proof of an account or slot.
	ErrProofMissing = errors.New("proof missing")
)

// LightError is a refused verified read: which service (zero for a read of
// the registry itself), at which block, and what failed.
type LightError struct {
	Service ServiceID
	Block   uint64
	Hash    common.Hash
	What    string
	Err     error
}

func (e *LightError) Error() string {
	s := "verified read"
	if e.Service != (ServiceID{}) {
		s += " of service " + e.Service.Hex()
	}
	if e.Hash != (common.Hash{}) {
		s += fmt.Sprintf(" at block %d (%s)", e.Block, e.Hash.Hex())
	}
	return s + ": " + e.What + ": " + e.Err.Error()
}

func (e *LightError) Unwrap() error { return e.Err }

// RPCCaller is the one method verified reads need from a JSON-RPC endpoint
// (*rpc.Client has it); the endpoint is not trusted.
type RPCCaller interface {
	CallContext(ctx context.Context, result any, method string, args ...any) error
}

// HeaderTrust says which header reads are proven against.
type HeaderTrust interface {
	// TrustedHeader returns a header the user trusts, fetched through ep
	// where needed and checked against what the user already knows.
	TrustedHeader(ctx context.Context, ep RPCCaller) (*types.Header, error)
}

// TrustedHash trusts the block with this hash, given by the user: reads are
// proven at that block only. After the merge a header carries no seal, so
// no chain of headers built on a checkpoint proves anything; and a default
// geth answers eth_getProof for recent blocks only, so this suits devnets
// and fresh hashes.
type TrustedHash common.Hash

// TrustedHeader fetches the header and checks that it hashes to h.
func (h TrustedHash) TrustedHeader(ctx context.Context, ep RPCCaller) (*types.Header, error) {
	return headerByHash(ctx, ep, common.Hash(h))
}

// TrustedAncestor trusts the ancestor Depth blocks below the block with hash
// Checkpoint: each parent is fetched and checked to hash to the parent hash
// of its child, so the ancestor is as trusted as the checkpoint.
type TrustedAncestor struct {
	Checkpoint common.Hash
	Depth      uint64
}

// MaxAncestorDepth bounds TrustedAncestor.Depth (one request per block).
const MaxAncestorDepth = 1024

// TrustedHeader walks the parent links from the checkpoint.
func (a TrustedAncestor) TrustedHeader(ctx context.Context, ep RPCCaller) (*types.Header, error) {
	if a.Depth > MaxAncestorDepth {
		return nil, fmt.Errorf("%w: ancestor depth %d exceeds %d", ErrHeaderNotTrusted, a.Depth, MaxAncestorDepth)
	}
	h, err := headerByHash(ctx, ep, a.Checkpoint)
	if err != nil {
		return nil, err
	}
	for i := uint64(0); i < a.Depth; i++ {
		if h.Number.Sign() == 0 {
			return nil, fmt.Errorf("%w: checkpoint %s has no ancestor %d below it", ErrHeaderNotTrusted, a.Checkpoint.Hex(), a.Depth)
		}
		if h, err = headerByHash(ctx, ep, h.ParentHash); err != nil {
			return nil, err
		}
	}
	return h, nil
}

// TrustedHead trusts the head of a chain running in this process (the
// embedded devnet, market/simchain): the process holds its state itself.
type TrustedHead struct {
	Chain interface {
		HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	}
}

// TrustedHeader returns the in-process chain's head.
func (t TrustedHead) TrustedHeader(ctx context.Context, _ RPCCaller) (*types.Header, error) {
	if t.Chain == nil {
		return nil, fmt.Errorf("%w: no in-process chain", ErrHeaderNotTrusted)
	}
	h, err := t.Chain.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("in-process head: %w", err)
	}
	return h, nil
}

// EndpointHead takes the endpoint's latest header as it is. Every value is
// still proven against that header's state root, so an endpoint that lies
// about a value (a stake in eth_call, a slot in a proof) is caught; but an
// endpoint that forges a whole state and a header over it is not. It suits
// an endpoint the user runs itself; otherwise give a TrustedHash or a
// BeaconTrust.
type EndpointHead struct{}

// TrustedHeader fetches the endpoint's latest header.
func (EndpointHead) TrustedHeader(ctx context.Context, ep RPCCaller) (*types.Header, error) {
	var raw json.RawMessage
	if err := ep.CallContext(ctx, &raw, "eth_getBlockByNumber", "latest", false); err != nil {
		return nil, fmt.Errorf("latest header: %w", err)
	}
	h, err := decodeHeader(raw)
	if err != nil {
		return nil, fmt.Errorf("%w: latest header: %v", ErrHeaderNotTrusted, err)
	}
	return h, nil
}

// headerByHash fetches a header and refuses one that does not hash to want.
func headerByHash(ctx context.Context, ep RPCCaller, want common.Hash) (*types.Header, error) {
	var raw json.RawMessage
	if err := ep.CallContext(ctx, &raw, "eth_getBlockByHash", want, false); err != nil {
		return nil, fmt.Errorf("header %s: %w", want.Hex(), err)
	}
	h, err := decodeHeader(raw)
	if err != nil {
		return nil, fmt.Errorf("%w: header %s: %v", ErrHeaderNotTrusted, want.Hex(), err)
	}
	if got := h.Hash(); got != want {
		return nil, fmt.Errorf("%w: the endpoint's header of block %d hashes to %s, not the trusted %s",
			ErrHeaderNotTrusted, h.Number, got.Hex(), want.Hex())
	}
	return h, nil
}

func decodeHeader(raw []byte) (*types.Header, error) {
	if len(raw) == 0 || string(raw) == "null" {
		return nil, errors.New("the endpoint does not know the block")
	}
	var h types.Header
	if err := json.Unmarshal(raw, &h); err != nil {
		return nil, err
	}
	if h.Number == nil || h.Number.Sign() < 0 || !h.Number.IsUint64() {
		return nil, errors.New("no block number")
	}
	return &h, nil
}

// LightRegistry reads the Registry through an untrusted JSON-RPC endpoint,
// proving every value it returns: the Registry account and the storage slots
// of each service (eth_getProof) are verified with go-ethereum's trie proof
// verification against the state root of a trusted header. Nothing the
// endpoint says without a proof is used.
type LightRegistry struct {
	ep      RPCCaller
	chainID *big.Int
	addr    common.Address
	trust   HeaderTrust
	maxAge  time.Duration
	now     func() time.Time
}

// LightOption configures a LightRegistry.
type LightOption func(*LightRegistry)

// WithMaxHeaderAge refuses a trusted header older than d (0: any age).
func WithMaxHeaderAge(d time.Duration) LightOption { return func(l *LightRegistry) { l.maxAge = d } }

// WithLightClock sets the clock the header age is measured with.
func WithLightClock(now func() time.Time) LightOption { return func(l *LightRegistry) { l.now = now } }

// NewLightRegistry reads the Registry at addr on chain chainID (both from
// the user's deployment record, not from the endpoint) through ep.
func NewLightRegistry(ep RPCCaller, chainID *big.Int, addr common.Address, trust HeaderTrust, opts ...LightOption) (*LightRegistry, error) {
	if c, ok := ep.(*rpc.Client); ok && c == nil {
		ep = nil
	}
	if ep == nil || trust == nil || chainID == nil || chainID.Sign() <= 0 {
		return nil, errors.New("light registry: endpoint, trust and chain id must be set")
	}
	l := &LightRegistry{ep: ep, chainID: new(big.Int).Set(chainID), addr: addr, trust: trust, now: time.Now}
	for _, o := range opts {
		o(l)
	}
	return l, nil
}

// LightView is the Registry's state at one trusted block.
type LightView struct {
	l        *LightRegistry
	header   *types.Header
	minStake *big.Int
	account  proofAccount
	// Bytes counts the proof and code bytes the endpoint sent for this view.
	Bytes int
}

// View fetches the trusted header, refuses it when too old, proves the
// Registry account and its code, and reads minStake (an immutable, held in
// the code) by running the proven code.
func (l *LightRegistry) View(ctx context.Context) (*LightView, error) {
	h, err := l.trust.TrustedHeader(ctx, l.ep)
	if err != nil {
		return nil, &LightError{What: "trusted header", Err: err}
	}
	v := &LightView{l: l, header: h}
	if l.maxAge > 0 {
		age := l.now().Sub(time.Unix(int64(min(h.Time, 1<<62)), 0))
		if age > l.maxAge {
			return nil, v.fail(ServiceID{}, "header age", fmt.Errorf("%w: %s old, at most %s", ErrHeaderTooOld, age.Round(time.Second), l.maxAge))
		}
	}
	res, n, err := l.getProof(ctx, h.Hash(), nil)
	v.Bytes += n
	if err != nil {
		return nil, v.fail(ServiceID{}, "registry account", err)
	}
	if v.account, _, err = verifyProof(h.Root, l.addr, nil, res); err != nil {
		return nil, v.fail(ServiceID{}, "registry account", err)
	}
	if v.account.codeHash == types.EmptyCodeHash || !v.account.exists {
		return nil, v.fail(ServiceID{}, "registry account", fmt.Errorf("%w: no contract at %s", ErrBadProof, l.addr.Hex()))
	}
	var code hexutil.Bytes
	if err := l.ep.CallContext(ctx, &code, "eth_getCode", l.addr, rpc.BlockNumberOrHashWithHash(h.Hash(), false)); err != nil {
		return nil, v.fail(ServiceID{}, "registry code", err)
	}
	v.Bytes += len(code)
	if got := crypto.Keccak256Hash(code); got != v.account.codeHash {
		return nil, v.fail(ServiceID{}, "registry code", fmt.Errorf("%w: the code hashes to %s, the proven code hash is %s", ErrBadProof, got.Hex(), v.account.codeHash.Hex()))
	}
	if v.minStake, err = immutableCall(code, registryABI.Methods["minStake"].ID); err != nil {
		return nil, v.fail(ServiceID{}, "registry minStake", err)
	}
	return v, nil
}

// immutableCall runs a getter that reads only the code (an immutable) and
// returns its uint256 result.
func immutableCall(code, input []byte) (*big.Int, error) {
	out, _, err := runtime.Execute(code, input, &runtime.Config{GasLimit: 1_000_000})
	if err != nil {
		return nil, fmt.Errorf("run the proven code: %w", err)
	}
	if len(out) != 32 {
		return nil, fmt.Errorf("the proven code returned %d bytes, want 32", len(out))
	}
	return new(big.Int).SetBytes(out), nil
}

// Header is the trusted header of the view.
func (v *LightView) Header() *types.Header { return v.header }

// MinStake is the Registry's minimum stake, read from its proven code.
func (v *LightView) MinStake() *big.Int { return new(big.Int).Set(v.minStake) }

func (v *LightView) fail(id ServiceID, what string, err error) *LightError {
	return &LightError{Service: id, Block: v.header.Number.Uint64(), Hash: v.header.Hash(), What: what, Err: err}
}

// Service proves and decodes a service at the view's block. An id never
// registered (or withdrawn) fails with ErrUnknownService, a forged peer
// binding with ErrBadPeerBinding, anything the endpoint got wrong with
// ErrBadProof or ErrProofMissing; every error is a *LightError naming the
// service and the block.
func (v *LightView) Service(ctx context.Context, id ServiceID) (*Service, error) {
	s, err := v.service(ctx, id)
	if err != nil {
		var le *LightError
		if errors.As(err, &le) {
			return nil, err
		}
		return nil, v.fail(id, "service", err)
	}
	return s, nil
}

func (v *LightView) service(ctx context.Context, id ServiceID) (*Service, error) {
	base := serviceSlot(id)
	// The fixed fields, and the first two data words of the peer id and the
	// signature (an Ed25519 peer id is 38 bytes, its signature 64): one
	// request in the usual case.
	keys := make([]common.Hash, 0, 11)
	for i := range uint64(serviceSlots) {
		keys = append(keys, slotAdd(base, i))
	}
	peerData := bytesDataSlot(slotAdd(base, serviceOffPeerID))
	sigData := bytesDataSlot(slotAdd(base, serviceOffPeerSig))
	keys = append(keys, peerData, slotAdd(peerData, 1), sigData, slotAdd(sigData, 1))
	vals, err := v.storage(ctx, keys)
	if err != nil {
		return nil, err
	}
	w0 := vals[base]
	provider := common.BytesToAddress(w0[12:32])
	if provider == (common.Address{}) {
		return nil, fmt.Errorf("%w: %s", ErrUnknownService, id.Hex())
	}
	pid, err := v.bytesField(ctx, vals, slotAdd(base, serviceOffPeerID), MaxPeerIDBytes)
	if err != nil {
		return nil, fmt.Errorf("peer id: %w", err)
	}
	sig, err := v.bytesField(ctx, vals, slotAdd(base, serviceOffPeerSig), MaxPeerSigBytes)
	if err != nil {
		return nil, fmt.Errorf("peer signature: %w", err)
	}
	s := &Service{
		ID:            id,
		Provider:      provider,
		UnbondingEnds: new(big.Int).SetBytes(w0[4:12]).Uint64(),
		OpenGames:     uint32(new(big.Int).SetBytes(w0[0:4]).Uint64()),
		Class:         ClassID(vals[slotAdd(base, serviceOffClass)]),
		Price:         vals[slotAdd(base, serviceOffPrice)].Big(),
		Stake:         vals[slotAdd(base, serviceOffStake)].Big(),
		Reserved:      vals[slotAdd(base, serviceOffReserved)].Big(),
		PeerSig:       sig,
	}
	s.Active = s.UnbondingEnds == 0 && s.Stake.Cmp(v.minStake) >= 0
	if s.PeerID, err = VerifyPeerBinding(v.l.chainID, v.l.addr, provider, pid, sig); err != nil {
		return nil, err
	}
	return s, nil
}

// Services proves each of ids and returns the services that verified and
// are active; every other id is in refused with the reason (a *LightError).
func (v *LightView) Services(ctx context.Context, ids []ServiceID) (active []*Service, refused []error) {
	for _, id := range ids {
		s, err := v.Service(ctx, id)
		switch {
		case err != nil:
			refused = append(refused, err)
		case !s.Active:
			refused = append(refused, v.fail(id, "service", errors.New("not active (unbonding or stake below minimum)")))
		default:
			active = append(active, s)
		}
	}
	return active, refused
}

// bytesField decodes a Solidity `bytes` at slot from proven words, fetching
// (and proving) further data words when the value is longer than prefetched.
func (v *LightView) bytesField(ctx context.Context, vals map[common.Hash]common.Hash, slot common.Hash, limit int) ([]byte, error) {
	w := vals[slot]
	n, long, err := bytesLength(w)
	if err != nil {
		return nil, err
	}
	if n > limit {
		return nil, fmt.Errorf("length %d exceeds %d", n, limit)
	}
	if !long {
		return append([]byte(nil), w[:n]...), nil
	}
	data := bytesDataSlot(slot)
	words := (n + 31) / 32
	var more []common.Hash
	for i := range uint64(words) {
		if _, ok := vals[slotAdd(data, i)]; !ok {
			more = append(more, slotAdd(data, i))
		}
	}
	if len(more) > 0 {
		got, err := v.storage(ctx, more)
		if err != nil {
			return nil, err
		}
		for k, x := range got {
			vals[k] = x
		}
	}
	out := make([]byte, 0, words*32)
	for i := range uint64(words) {
		x := vals[slotAdd(data, i)]
		out = append(out, x[:]...)
	}
	return out[:n], nil
}

// bytesLength decodes the length word of a Solidity `bytes` in storage:
// short values (< 32 bytes) hold the data in the high bytes and 2·len in
// the lowest; long ones hold 2·len+1, with the data at keccak256(slot).
func bytesLength(w common.Hash) (n int, long bool, err error) {
	if w[31]&1 == 0 {
		n = int(w[31] / 2)
		if n > 31 {
			return 0, false, fmt.Errorf("short bytes length %d over 31", n)
		}
		for _, b := range w[n:31] {
			if b != 0 {
				return 0, false, errors.New("short bytes with data after its length")
			}
		}
		return n, false, nil
	}
	x := new(big.Int).SetBytes(w[:])
	x.Rsh(x, 1)
	if !x.IsUint64() || x.Uint64() > 1<<20 {
		return 0, false, fmt.Errorf("long bytes length %s out of range", x)
	}
	if x.Uint64() < 32 {
		return 0, false, fmt.Errorf("long bytes form with length %d under 32", x.Uint64())
	}
	return int(x.Uint64()), true, nil
}

// storage proves the values of keys in the Registry's storage at the view's block.
func (v *LightView) storage(ctx context.Context, keys []common.Hash) (map[common.Hash]common.Hash, error) {
	res, n, err := v.l.getProof(ctx, v.header.Hash(), keys)
	v.Bytes += n
	if err != nil {
		return nil, err
	}
	acct, vals, err := verifyProof(v.header.Root, v.l.addr, keys, res)
	if err != nil {
		return nil, err
	}
	if acct != v.account {
		return nil, fmt.Errorf("%w: the registry account differs between two proofs at one block", ErrBadProof)
	}
	return vals, nil
}

// getProof asks the endpoint for the proofs at the block with hash h and
// returns the raw answer and its size.
func (l *LightRegistry) getProof(ctx context.Context, h common.Hash, keys []common.Hash) (*proofResult, int, error) {
	return getProofOf(ctx, l.ep, l.addr, h, keys)
}

func getProofOf(ctx context.Context, ep RPCCaller, addr common.Address, h common.Hash, keys []common.Hash) (*proofResult, int, error) {
	hex := make([]string, len(keys))
	for i, k := range keys {
		hex[i] = k.Hex()
	}
	var raw json.RawMessage
	if err := ep.CallContext(ctx, &raw, "eth_getProof", addr, hex, rpc.BlockNumberOrHashWithHash(h, false)); err != nil {
		return nil, 0, fmt.Errorf("eth_getProof: %w", err)
	}
	res, err := decodeProof(raw)
	return res, len(raw), err
}

// Class proves and decodes a service class at the view's block;
// ErrUnknownClass when it was never defined.
func (v *LightView) Class(ctx context.Context, id ClassID) (*Class, error) {
	base := mappingSlot(id, registrySlotClasses)
	keys := []common.Hash{base, slotAdd(base, 1), slotAdd(base, 2), slotAdd(base, 3)}
	vals, err := v.storage(ctx, keys)
	if err != nil {
		return nil, &LightError{Block: v.header.Number.Uint64(), Hash: v.header.Hash(), What: "class " + id.Hex(), Err: err}
	}
	w := vals[keys[3]]
	c := &Class{ModelRoot: merkle.Hash(vals[keys[0]]), ProgramRoot: merkle.Hash(vals[keys[1]]), ImageRoot: merkle.Hash(vals[keys[2]]),
		TraceHeight: w[31], StepsLog2: w[30]}
	if c.StepsLog2 == 0 {
		return nil, fmt.Errorf("%w: %s at block %d", ErrUnknownClass, id.Hex(), v.header.Number)
	}
	if c.ID() != id {
		return nil, &LightError{Block: v.header.Number.Uint64(), Hash: v.header.Hash(), What: "class " + id.Hex(),
			Err: fmt.Errorf("%w: the proven class hashes to %s", ErrBadProof, c.ID().Hex())}
	}
	return c, nil
}

// Channel proves the escrow channel of user with provider at the view's
// block, in the Escrow contract at escrow (an address from the user's
// deployment record, like the Registry's).
func (v *LightView) Channel(ctx context.Context, escrow, user, provider common.Address) (Channel, error) {
	fail := func(err error) (Channel, error) {
		return Channel{}, &LightError{Block: v.header.Number.Uint64(), Hash: v.header.Hash(),
			What: fmt.Sprintf("escrow channel of %s with %s", user.Hex(), provider.Hex()), Err: err}
	}
	key := channelSlot(user, provider)
	vals, err := v.contractStorage(ctx, escrow, []common.Hash{key})
	if err != nil {
		return fail(err)
	}
	return decodeChannel(vals[key]), nil
}

// Services lists the candidate ids from reg's ServiceRegistered logs from
// block `from` on (the endpoint can hide a service there but not forge one:
// each candidate is proven) and proves each at one trusted block: the
// verified counterpart of Registry.Services, for the user's decision whom
// to trust. refused holds the reason for every candidate left out,
// withdrawn ones included.
func (l *LightRegistry) Services(ctx context.Context, reg *Registry, from uint64) (active []*Service, refused []error, err error) {
	if reg == nil || reg.Address() != l.addr {
		return nil, nil, errors.New("light registry: the log reader is not of the same registry")
	}
	ids, err := reg.ServiceIDs(ctx, from, nil)
	if err != nil {
		return nil, nil, err
	}
	v, err := l.View(ctx)
	if err != nil {
		return nil, nil, err
	}
	active, refused = v.Services(ctx, ids)
	return active, refused, nil
}
