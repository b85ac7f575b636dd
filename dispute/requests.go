package dispute

import (
	"context"
	"fmt"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"

	"github.com/rmsnet/rms/contracts/bindings"
	"github.com/rmsnet/rms/market"
	"github.com/rmsnet/rms/merkle"
)

// Requests is a client of the InferenceRequests contract (oracle mode): a
// contract asks for inference for a class, providers post signed claims,
// anyone challenges a wrong one with a conflicting claim and a game, and
// the result becomes final after the window.
type Requests struct {
	b    Backend
	addr common.Address
	abi  *bindings.InferenceRequests
	inst *bind.BoundContract

	mu     sync.Mutex
	window uint64 // the games' dispute window in seconds, once read
	read   bool
}

// NewRequests returns a client of the InferenceRequests contract at addr.
func NewRequests(b Backend, addr common.Address) *Requests {
	r := bindings.NewInferenceRequests()
	return &Requests{b: b, addr: addr, abi: r, inst: r.Instance(b, addr)}
}

// MaxRequestInput is the most input bytes a request carries
// (InferenceRequests.MAX_INPUT).
const MaxRequestInput = 4096

// Request asks for inference of class on input (at most 4 KiB; its root is
// computed on chain) with fee wei and a callback contract (zero for none),
// and returns the request id.
func (r *Requests) Request(ctx context.Context, tx *market.TxManager, class market.ClassID, input []byte, fee *big.Int, callback common.Address) (uint64, *types.Receipt, error) {
	data, err := r.abi.TryPackRequest(class, input, [32]byte{}, []byte{}, callback)
	if err != nil {
		return 0, nil, err
	}
	return r.send(ctx, tx, data, fee)
}

// RequestCID is Request for an input given by CID: the request names the
// input's root and the CID of a file that serves it (DESIGN §6: the
// requester seeds it), and watchers and providers fetch it.
func (r *Requests) RequestCID(ctx context.Context, tx *market.TxManager, class market.ClassID, inputRoot merkle.Hash, cid []byte, fee *big.Int, callback common.Address) (uint64, *types.Receipt, error) {
	data, err := r.abi.TryPackRequest(class, []byte{}, inputRoot, cid, callback)
	if err != nil {
		return 0, nil, err
	}
	return r.send(ctx, tx, data, fee)
}

func (r *Requests) send(ctx context.Context, tx *market.TxManager, data []byte, fee *big.Int) (uint64, *types.Receipt, error) {
	rcpt, err := tx.SendValue(ctx, "request inference", r.addr, data, fee)
	if err != nil {
		return 0, rcpt, err
	}
	for _, l := range rcpt.Logs {
		if ev, err := r.abi.UnpackRequestedEvent(l); err == nil && l.Address == r.addr {
			return ev.Id.Uint64(), rcpt, nil
		}
	}
	return 0, rcpt, fmt.Errorf("request inference: no Requested event")
}

// Job is the job of request id, which claims about it sign (its signature
// is not used: the request on chain stands for it).
func (r *Requests) Job(ctx context.Context, id uint64) (*market.SignedJob, error) {
	j, err := bind.Call(r.inst, &bind.CallOpts{Context: ctx}, r.abi.PackJobOf(new(big.Int).SetUint64(id)), r.abi.UnpackJobOf)
	if err != nil {
		return nil, fmt.Errorf("request %d: %w", id, err)
	}
	fee, overflow := uint256.FromBig(j.FeeCap)
	if overflow {
		return nil, fmt.Errorf("request %d: fee too large", id)
	}
	return &market.SignedJob{Job: market.Job{Class: j.ClassId, InputRoot: merkle.Hash(j.InputRoot), InputCID: j.InputCid, User: j.User,
		Nonce: j.Nonce, FeeCap: *fee, Deadline: j.Deadline}}, nil
}

// Answer posts a signed claim about request id, with the output bytes for
// small outputs (nil for none).
func (r *Requests) Answer(ctx context.Context, tx *market.TxManager, id uint64, c *ClaimWithTrace, output []byte) (*types.Receipt, error) {
	if output == nil {
		output = []byte{}
	}
	data, err := r.abi.TryPackAnswer(new(big.Int).SetUint64(id), c.signed(), output)
	if err != nil {
		return nil, err
	}
	return tx.Send(ctx, "answer request", r.addr, data)
}

// Finalize makes the result of request id final, pays the fee and calls back.
func (r *Requests) Finalize(ctx context.Context, tx *market.TxManager, id uint64) (*bindings.InferenceRequestsFinalized, *types.Receipt, error) {
	rcpt, err := tx.Send(ctx, "finalize request", r.addr, r.abi.PackFinalize(new(big.Int).SetUint64(id)))
	if err != nil {
		return nil, rcpt, err
	}
	for _, l := range rcpt.Logs {
		if ev, err := r.abi.UnpackFinalizedEvent(l); err == nil && l.Address == r.addr {
			return ev, rcpt, nil
		}
	}
	return nil, rcpt, fmt.Errorf("finalize: no Finalized event")
}

// Address is the contract's address.
func (r *Requests) Address() common.Address { return r.addr }

// RequestInfo is what the chain holds of a request.
type RequestInfo struct {
	ID        uint64         `json:"id"`
	Class     market.ClassID `json:"class"`
	InputRoot merkle.Hash    `json:"input_root"`
	CID       []byte         `json:"cid,omitempty"`
	Requester common.Address `json:"requester"`
	Callback  common.Address `json:"callback"`
	Fee       *big.Int       `json:"fee"`
	// WindowEnds is the end of the challenge window (unix seconds): claims
	// are posted until then. FinalAfter adds the games' dispute window:
	// finalize succeeds only in a block after it.
	WindowEnds uint64 `json:"window_ends"`
	FinalAfter uint64 `json:"final_after"`
	Finalized  bool   `json:"finalized"`
}

// Info reads request id.
func (r *Requests) Info(ctx context.Context, id uint64) (*RequestInfo, error) {
	q, err := bind.Call(r.inst, &bind.CallOpts{Context: ctx}, r.abi.PackRequestInfo(new(big.Int).SetUint64(id)), r.abi.UnpackRequestInfo)
	if err != nil {
		return nil, fmt.Errorf("request %d: %w", id, err)
	}
	w, err := r.disputeWindow(ctx)
	if err != nil {
		return nil, err
	}
	return &RequestInfo{ID: id, Class: q.ClassId, InputRoot: q.InputRoot, CID: q.Cid, Requester: q.Requester, Callback: q.Callback,
		Fee: q.Fee, WindowEnds: q.WindowEnds, FinalAfter: q.WindowEnds + w, Finalized: q.Finalized}, nil
}

// disputeWindow reads the dispute window of the contract's games (once).
func (r *Requests) disputeWindow(ctx context.Context) (uint64, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.read {
		return r.window, nil
	}
	opts := &bind.CallOpts{Context: ctx}
	ga, err := bind.Call(r.inst, opts, r.abi.PackGames(), r.abi.UnpackGames)
	if err != nil {
		return 0, fmt.Errorf("the requests' games contract: %w", err)
	}
	g := bindings.NewGames()
	w, err := bind.Call(g.Instance(r.b, ga), opts, g.PackDisputeWindow(), g.UnpackDisputeWindow)
	if err != nil {
		return 0, fmt.Errorf("the games' dispute window: %w", err)
	}
	r.window, r.read = w, true
	return w, nil
}

// Finalized reads the Finalized event of request id (nil when it is not
// final), scanning the blocks from from on.
func (r *Requests) Finalized(ctx context.Context, from, id uint64) (*bindings.InferenceRequestsFinalized, error) {
	ev, ok := r.abi.GetABI().Events[bindings.InferenceRequestsFinalizedEventName]
	if !ok {
		return nil, fmt.Errorf("the InferenceRequests ABI has no Finalized event")
	}
	q := ethereum.FilterQuery{Addresses: []common.Address{r.addr},
		Topics: [][]common.Hash{{ev.ID}, {common.BigToHash(new(big.Int).SetUint64(id))}}}
	logs, err := market.FilterLogs(ctx, r.b, q, from, nil)
	if err != nil {
		return nil, fmt.Errorf("the final result of request %d: %w", id, err)
	}
	for i := range logs {
		if f, err := r.abi.UnpackFinalizedEvent(&logs[i]); err == nil {
			return f, nil
		}
	}
	return nil, nil
}

// Answer is a claim posted about a request.
type Answer struct {
	ClaimHash  common.Hash    `json:"claim"`
	OutputRoot merkle.Hash    `json:"output_root"`
	Provider   common.Address `json:"provider"`
	Output     []byte         `json:"output,omitempty"` // when posted with the claim
}

// Answers reads the claims posted about request id, in posting order.
func (r *Requests) Answers(ctx context.Context, id uint64) ([]Answer, error) {
	as, err := bind.Call(r.inst, &bind.CallOpts{Context: ctx}, r.abi.PackAnswers(new(big.Int).SetUint64(id)), r.abi.UnpackAnswers)
	if err != nil {
		return nil, fmt.Errorf("answers of request %d: %w", id, err)
	}
	out := make([]Answer, len(as))
	for i, a := range as {
		out[i] = Answer{ClaimHash: a.ClaimHash, OutputRoot: a.OutputRoot, Provider: a.Provider, Output: a.Output}
	}
	return out, nil
}

// RequestEvent is a Requested or an Answered event of the InferenceRequests
// contract, as a watcher follows them.
type RequestEvent struct {
	Block uint64
	ID    uint64
	// Requested: the class, the input (empty when it is given by CID), the
	// input root and the end of the challenge window.
	Requested  bool
	Class      market.ClassID
	Input      []byte
	InputRoot  merkle.Hash
	Fee        *big.Int
	CID        []byte // the input's CID, when the request gives one
	WindowEnds uint64
	// Answered: the claim posted, its output root and provider, and the
	// output bytes when they were posted.
	Answered   bool
	ClaimHash  common.Hash
	OutputRoot merkle.Hash
	Provider   common.Address
	Output     []byte
}

// Events returns the Requested and Answered events of blocks from … to, in
// chain order.
func (r *Requests) Events(ctx context.Context, from, to uint64) ([]RequestEvent, error) {
	logs, err := market.FilterLogs(ctx, r.b, ethereum.FilterQuery{Addresses: []common.Address{r.addr}}, from, &to)
	if err != nil {
		return nil, fmt.Errorf("request events of blocks %d…%d: %w", from, to, err)
	}
	var out []RequestEvent
	for i := range logs {
		l := &logs[i]
		if ev, err := r.abi.UnpackRequestedEvent(l); err == nil {
			out = append(out, RequestEvent{Block: l.BlockNumber, ID: ev.Id.Uint64(), Requested: true, Class: ev.ClassId,
				Input: ev.Input, InputRoot: ev.InputRoot, Fee: ev.Fee, CID: ev.Cid, WindowEnds: ev.WindowEnds})
		} else if ev, err := r.abi.UnpackAnsweredEvent(l); err == nil {
			out = append(out, RequestEvent{Block: l.BlockNumber, ID: ev.Id.Uint64(), Answered: true, ClaimHash: ev.ClaimHash,
				OutputRoot: ev.OutputRoot, Provider: ev.Provider, Output: ev.Output})
		}
	}
	return out, nil
}
