package node

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/rmsnet/rms/dispute"
	"github.com/rmsnet/rms/market"
	"github.com/rmsnet/rms/merkle"
)

// Oracle mode on the provider's side (DESIGN §6): a request on the
// InferenceRequests contract is a job (dispute.Requests.Job); the provider
// runs its input, signs a claim as for a job on a stream, keeps the record
// (so it serves the claim's trace to watchers) and posts the claim. With
// ProviderConfig.AnswerRequests it does so by itself: it follows the
// contract's Requested events for its class from a checkpoint in its
// store, answers each request it can, and finalizes the requests it
// answered once their windows are over, unless its claim was defeated.

// maxPostedOutput is the most output bytes posted with an answer
// (InferenceRequests.MAX_OUTPUT); larger outputs are posted as roots only.
const maxPostedOutput = 4096

// maxAnswers is the most claims a request takes (InferenceRequests.MAX_ANSWERS).
const maxAnswers = 8

// maxFinalizeBackoff is the longest wait between two attempts to finalize
// a request that the chain refuses to finalize yet (a game still open,
// claims that disagree, a block not yet past the window).
const maxFinalizeBackoff = 30 * time.Second

// errNotAnswered marks a request the provider leaves alone for good (it is
// not retried): its window is over, its input is by CID only or is not
// an input of the class, its fee is below the price, it has all its answers.
var errNotAnswered = errors.New("request not answered")

// AnswerRequest answers oracle-mode request id, whose input bytes are
// input (the Requested event's): it runs the job, signs and stores the
// claim and posts it with the output when the output is small. It returns
// the claim. A request whose fee is below the provider's price is refused
// (ErrFeeTooLow).
func (p *Provider) AnswerRequest(ctx context.Context, id uint64, input []byte) (*market.SignedClaim, error) {
	reqs := p.requestsClient()
	job, err := reqs.Job(ctx, id)
	if err != nil {
		return nil, err
	}
	if job.Class != p.cfg.Service.ClassID {
		return nil, fmt.Errorf("%w: request %d is for class %s", ErrWrongClass, id, job.Class.Hex())
	}
	if price, _ := uint256.FromBig(p.cfg.Price); job.FeeCap.Lt(price) {
		return nil, fmt.Errorf("%w: request %d pays %s wei, the price is %s wei", ErrFeeTooLow, id, job.FeeCap.Dec(), price.Dec())
	}
	if got := merkle.BlobRoot(input); got != job.InputRoot {
		return nil, fmt.Errorf("%w: input root %s, request %d names %s", ErrBadInput, got.Hex(), id, job.InputRoot.Hex())
	}
	if err := p.cfg.Service.CheckInput(input); err != nil {
		return nil, fmt.Errorf("%w: request %d: %v", ErrBadInput, id, err)
	}
	resp, err := p.claim(ctx, &job.Job, input)
	if err != nil {
		return nil, err
	}
	if p.parts.Games == nil {
		return nil, fmt.Errorf("answer request %d: the deployment has no Games contract", id)
	}
	tx := p.parts.Games.Tx
	out := resp.Output
	if len(out) > maxPostedOutput {
		out = nil
	}
	rcpt, err := reqs.Answer(ctx, tx, id, &dispute.ClaimWithTrace{Claim: resp.Claim, Service: p.id}, out)
	if rcpt != nil {
		p.parts.Metrics.GasSpent.Add(float64(rcpt.GasUsed))
	}
	if err != nil {
		return nil, fmt.Errorf("answer request %d: %w", id, err)
	}
	return &resp.Claim, nil
}

// requestsClient is the client of the deployment's InferenceRequests.
func (p *Provider) requestsClient() *dispute.Requests {
	if p.requests != nil {
		return p.requests
	}
	return dispute.NewRequests(p.parts.Chain, p.parts.Deployment.Requests)
}

// OracleRecord is a request the provider answered and has not seen final
// yet (stored under n/oreq/ until then).
type OracleRecord struct {
	Request    uint64      `json:"request"`
	Claim      common.Hash `json:"claim"`
	FinalAfter uint64      `json:"final_after"` // unix seconds: finalize succeeds in a later block
}

func oracleKey(id uint64) []byte { return key(prefixOracle, binary.BigEndian.AppendUint64(nil, id)) }

func (s *Store) putOracle(r *OracleRecord) error { return s.setJSON(oracleKey(r.Request), r) }

func (s *Store) deleteOracle(id uint64) error { return s.delete(oracleKey(id)) }

// OracleRecords lists the answered requests not yet seen final, by id.
func (s *Store) OracleRecords() ([]*OracleRecord, error) {
	keys, err := s.keysUnder(prefixOracle)
	if err != nil {
		return nil, err
	}
	out := make([]*OracleRecord, 0, len(keys))
	for _, k := range keys {
		r := new(OracleRecord)
		if _, err := s.getJSON(key(prefixOracle, k), r); err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, nil
}

// initOracle prepares answering requests: on the first start the scan
// begins at the head (requests made before the provider existed are not
// its to answer).
func (p *Provider) initOracle(ctx context.Context) error {
	if p.parts.Games == nil || p.parts.Deployment.Requests == (common.Address{}) {
		p.parts.Log.Info("oracle: the deployment has no InferenceRequests or Games contract: requests are not answered")
		return nil
	}
	p.requests = dispute.NewRequests(p.parts.Chain, p.parts.Deployment.Requests)
	p.finalizeAt = map[uint64]finalizeRetry{}
	if _, ok, err := p.parts.Store.get([]byte(keyOracleScan)); err != nil || ok {
		return err
	}
	head, err := p.parts.Chain.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("node: chain head: %w", err)
	}
	return p.parts.Store.setUint(keyOracleScan, head.Number.Uint64())
}

// followRequests answers and finalizes requests until ctx ends.
func (p *Provider) followRequests(ctx context.Context) {
	for {
		if err := p.pollRequests(ctx); err != nil && ctx.Err() == nil {
			p.parts.Log.Warn("oracle", "err", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-time.After(p.parts.Games.Poll):
		}
	}
}

// pollRequests reads the blocks since the checkpoint, answers the requests
// of the provider's class among them and moves the checkpoint past them;
// a request that failed for a reason that may pass (the chain, a
// transaction) keeps the checkpoint at its block, so the next poll tries it
// again. Then it finalizes what is due.
func (p *Provider) pollRequests(ctx context.Context) error {
	h, err := p.parts.Chain.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("head: %w", err)
	}
	head := h.Number.Uint64()
	from, err := p.parts.Store.getUint(keyOracleScan)
	if err != nil {
		return err
	}
	var errs []error
	if from <= head {
		evs, err := p.requests.Events(ctx, from, head)
		if err != nil {
			return err
		}
		next := head + 1
		for _, e := range evs {
			if !e.Requested || e.Class != p.cfg.Service.ClassID {
				continue
			}
			err := p.answerEvent(ctx, e, h.Time)
			switch {
			case err == nil:
			case errors.Is(err, errNotAnswered):
				p.parts.Log.Info("oracle: request not answered", "request", e.ID, "why", err)
			default:
				errs = append(errs, fmt.Errorf("request %d: %w", e.ID, err))
				next = min(next, e.Block)
			}
		}
		if err := p.parts.Store.setUint(keyOracleScan, next); err != nil {
			return errors.Join(append(errs, err)...)
		}
	}
	errs = append(errs, p.finalizeDue(ctx, max(h.Time, uint64(time.Now().Unix()))))
	return errors.Join(errs...)
}

// answerEvent answers one Requested event unless this provider already
// answered it (before a restart: the chain is the record) or leaves it
// alone (errNotAnswered), and keeps it to finalize.
func (p *Provider) answerEvent(ctx context.Context, e dispute.RequestEvent, now uint64) error {
	as, err := p.requests.Answers(ctx, e.ID)
	if err != nil {
		return err
	}
	me := p.parts.Address()
	for _, a := range as {
		if a.Provider == me {
			return p.trackAnswer(ctx, e.ID, a.ClaimHash)
		}
	}
	switch {
	case now > e.WindowEnds:
		return fmt.Errorf("%w: its window ended at %d", errNotAnswered, e.WindowEnds)
	case len(e.Input) == 0:
		return fmt.Errorf("%w: it gives its input by CID only", errNotAnswered)
	case len(as) >= maxAnswers:
		return fmt.Errorf("%w: it has %d answers, the most it takes", errNotAnswered, len(as))
	}
	c, err := p.AnswerRequest(ctx, e.ID, e.Input)
	if errors.Is(err, ErrFeeTooLow) || errors.Is(err, ErrBadInput) || errors.Is(err, ErrWrongClass) {
		return fmt.Errorf("%w: %v", errNotAnswered, err)
	}
	if err != nil {
		return err
	}
	h := c.Hash(p.parts.Deployment.RegistryDomain())
	p.parts.Log.Info("oracle: request answered", "request", e.ID, "claim", h.Hex(), "output", c.OutputRoot.Hex())
	return p.trackAnswer(ctx, e.ID, h)
}

// trackAnswer stores request id, answered with claim h, to finalize.
func (p *Provider) trackAnswer(ctx context.Context, id uint64, h common.Hash) error {
	if _, ok, err := p.parts.Store.get(oracleKey(id)); err != nil || ok {
		return err
	}
	info, err := p.requests.Info(ctx, id)
	if err != nil {
		return err
	}
	if info.Finalized {
		return nil
	}
	return p.parts.Store.putOracle(&OracleRecord{Request: id, Claim: h, FinalAfter: info.FinalAfter})
}

// finalizeRetry is when a request the chain refused to finalize is tried
// again.
type finalizeRetry struct {
	at   time.Time
	wait time.Duration
}

// finalizeDue finalizes every stored request whose window and dispute
// window are over at now (unix seconds).
func (p *Provider) finalizeDue(ctx context.Context, now uint64) error {
	recs, err := p.parts.Store.OracleRecords()
	if err != nil {
		return err
	}
	var errs []error
	for _, r := range recs {
		if now <= r.FinalAfter {
			continue
		}
		if rt, ok := p.finalizeAt[r.Request]; ok && time.Now().Before(rt.at) {
			continue
		}
		if err := p.finalize(ctx, r); err != nil {
			rt := p.finalizeAt[r.Request]
			rt.wait = min(max(2*rt.wait, p.parts.Games.Poll), maxFinalizeBackoff)
			rt.at = time.Now().Add(rt.wait)
			p.finalizeAt[r.Request] = rt
			errs = append(errs, fmt.Errorf("finalize request %d: %w", r.Request, err))
			continue
		}
		delete(p.finalizeAt, r.Request)
	}
	return errors.Join(errs...)
}

// finalize makes request r final unless it already is or the provider's
// claim was defeated (then the fee is not its, and anyone may finalize);
// either way the record is dropped. The fee goes to the first undefeated
// claim's provider, which may be another.
func (p *Provider) finalize(ctx context.Context, r *OracleRecord) error {
	info, err := p.requests.Info(ctx, r.Request)
	if err != nil {
		return err
	}
	if info.Finalized {
		p.parts.Log.Info("oracle: request already final", "request", r.Request)
		return p.parts.Store.deleteOracle(r.Request)
	}
	def, err := p.parts.Games.Games.Defeated(ctx, r.Claim)
	if err != nil {
		return err
	}
	if def {
		p.parts.Log.Warn("oracle: my claim about the request was defeated: not finalizing it", "request", r.Request, "claim", r.Claim.Hex())
		return p.parts.Store.deleteOracle(r.Request)
	}
	ev, rcpt, err := p.requests.Finalize(ctx, p.parts.Games.Tx, r.Request)
	if rcpt != nil {
		p.parts.Metrics.GasSpent.Add(float64(rcpt.GasUsed))
	}
	if market.IsRevert(err, "InferenceRequestsAlreadyFinal") {
		return p.parts.Store.deleteOracle(r.Request)
	}
	if err != nil {
		return err
	}
	p.parts.Log.Info("oracle: request final", "request", r.Request, "output", common.Hash(ev.OutputRoot).Hex(), "paid", ev.Provider.Hex(),
		"fee", ev.Fee, "callback_ok", ev.CallbackOk)
	return p.parts.Store.deleteOracle(r.Request)
}
