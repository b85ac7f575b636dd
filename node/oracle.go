package node

import (
	"context"
	"fmt"

	"github.com/rmsnet/rms/dispute"
	"github.com/rmsnet/rms/market"
	"github.com/rmsnet/rms/merkle"
)

// Oracle mode on the provider's side (DESIGN §6): a request on the
// InferenceRequests contract is a job (dispute.Requests.Job); the provider
// runs its input, signs a claim as for a job on a stream, keeps the record
// (so it serves the claim's trace to watchers) and posts the claim.

// maxPostedOutput is the most output bytes posted with an answer
// (InferenceRequests.MAX_OUTPUT); larger outputs are posted as roots only.
const maxPostedOutput = 4096

// AnswerRequest answers oracle-mode request id, whose input bytes are
// input (the Requested event's): it runs the job, signs and stores the
// claim and posts it with the output when the output is small. It returns
// the claim.
func (p *Provider) AnswerRequest(ctx context.Context, id uint64, input []byte) (*market.SignedClaim, error) {
	reqs := dispute.NewRequests(p.parts.Chain, p.parts.Deployment.Requests)
	job, err := reqs.Job(ctx, id)
	if err != nil {
		return nil, err
	}
	if job.Class != p.cfg.Service.ClassID {
		return nil, fmt.Errorf("%w: request %d is for class %s", ErrWrongClass, id, job.Class.Hex())
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
