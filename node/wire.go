package node

import (
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/rmsnet/rms/market"
	"github.com/rmsnet/rms/merkle"
)

// Messages on direct job streams (p2p.JobProtocol). A request carries the
// signed job, the voucher that pays for it (pre-charge) and the job's input
// blob; the input's word-tree root is the job's InputRoot, so the provider
// checks the bytes before it runs anything. A response carries the signed
// claim, the output blob whose root the claim names and the op output roots
// whose trace the claim commits to (what anyone holding two claims needs to
// open a game).
//
// Encoding: version byte 1, kind byte (1 request, 2 response), then each
// part as a 4-byte big-endian length and its bytes; nothing may follow.

const (
	wireVersion  = 1
	kindRequest  = 1
	kindResponse = 2
	kindTrace    = 3 // a request for a provider's claim about a job, with its trace
	// MaxInputSize bounds the input blob a request carries inline.
	MaxInputSize = 1 << 20
	// MaxOutputSize bounds the output blob a response carries.
	MaxOutputSize = 1 << 20
	// MaxOps bounds the op output roots a response carries.
	MaxOps = 1 << 16
)

// ErrMalformed is returned (wrapped) for a request or response that does
// not decode.
var ErrMalformed = errors.New("malformed job message")

// JobRequest is what a user sends to each provider it chose.
type JobRequest struct {
	Job     market.SignedJob
	Voucher market.SignedVoucher
	Input   []byte // the input blob (its merkle.BlobRoot is Job.InputRoot)
}

// JobResponse is a provider's answer.
type JobResponse struct {
	Claim  market.SignedClaim
	Output []byte // the output blob (its merkle.BlobRoot is Claim.OutputRoot)
	// Ops are the op output roots, in order: the last is Claim.OutputRoot
	// and their trace's root is Claim.TraceRoot.
	Ops []merkle.Hash
}

// MarshalBinary encodes the request.
func (r *JobRequest) MarshalBinary() ([]byte, error) {
	if len(r.Input) > MaxInputSize {
		return nil, fmt.Errorf("job request: input of %d bytes is over %d", len(r.Input), MaxInputSize)
	}
	j, err := r.Job.MarshalBinary()
	if err != nil {
		return nil, err
	}
	v, err := r.Voucher.MarshalBinary()
	if err != nil {
		return nil, err
	}
	return encodeParts(kindRequest, j, v, r.Input), nil
}

// DecodeJobRequest decodes a request strictly; signatures are not checked.
func DecodeJobRequest(b []byte) (*JobRequest, error) {
	parts, err := decodeParts(b, kindRequest, 3, []int{1024, 1024, MaxInputSize})
	if err != nil {
		return nil, fmt.Errorf("job request: %w", err)
	}
	r := &JobRequest{Input: parts[2]}
	j, err := market.DecodeJob(parts[0])
	if err != nil {
		return nil, fmt.Errorf("job request: %w: job: %v", ErrMalformed, err)
	}
	v, err := market.DecodeVoucher(parts[1])
	if err != nil {
		return nil, fmt.Errorf("job request: %w: voucher: %v", ErrMalformed, err)
	}
	r.Job, r.Voucher = j, v
	return r, nil
}

// MarshalBinary encodes the response.
func (r *JobResponse) MarshalBinary() ([]byte, error) {
	if len(r.Output) > MaxOutputSize {
		return nil, fmt.Errorf("job response: output of %d bytes is over %d", len(r.Output), MaxOutputSize)
	}
	c, err := r.Claim.MarshalBinary()
	if err != nil {
		return nil, err
	}
	if len(r.Ops) > MaxOps {
		return nil, fmt.Errorf("job response: %d op roots are over %d", len(r.Ops), MaxOps)
	}
	ops := make([]byte, 0, 32*len(r.Ops))
	for _, h := range r.Ops {
		ops = append(ops, h[:]...)
	}
	return encodeParts(kindResponse, c, r.Output, ops), nil
}

// DecodeJobResponse decodes a response strictly; the signature is not checked.
func DecodeJobResponse(b []byte) (*JobResponse, error) {
	parts, err := decodeParts(b, kindResponse, 3, []int{1024, MaxOutputSize, 32 * MaxOps})
	if err != nil {
		return nil, fmt.Errorf("job response: %w", err)
	}
	c, err := market.DecodeClaim(parts[0])
	if err != nil {
		return nil, fmt.Errorf("job response: %w: claim: %v", ErrMalformed, err)
	}
	if len(parts[2])%32 != 0 {
		return nil, fmt.Errorf("job response: %w: op roots of %d bytes", ErrMalformed, len(parts[2]))
	}
	r := &JobResponse{Claim: c, Output: parts[1]}
	for i := 0; i < len(parts[2]); i += 32 {
		r.Ops = append(r.Ops, merkle.Hash(parts[2][i:i+32]))
	}
	return r, nil
}

// TraceRequest asks a provider for the claim it made about a job, with the
// output and the op output roots (a JobResponse): what a watcher needs to
// open a game against an oracle-mode claim posted on chain, which carries
// only the trace root. The answer proves itself: the claim's hash is the
// one posted and the op roots' trace root is the claim's.
type TraceRequest struct {
	JobHash common.Hash
}

// MarshalBinary encodes the request.
func (r *TraceRequest) MarshalBinary() ([]byte, error) {
	return encodeParts(kindTrace, r.JobHash[:]), nil
}

// DecodeTraceRequest decodes a trace request strictly.
func DecodeTraceRequest(b []byte) (*TraceRequest, error) {
	parts, err := decodeParts(b, kindTrace, 1, []int{32})
	if err != nil {
		return nil, fmt.Errorf("trace request: %w", err)
	}
	if len(parts[0]) != 32 {
		return nil, fmt.Errorf("trace request: %w: job hash of %d bytes", ErrMalformed, len(parts[0]))
	}
	return &TraceRequest{JobHash: common.Hash(parts[0])}, nil
}

func encodeParts(kind byte, parts ...[]byte) []byte {
	n := 2
	for _, p := range parts {
		n += 4 + len(p)
	}
	b := make([]byte, 0, n)
	b = append(b, wireVersion, kind)
	for _, p := range parts {
		b = binary.BigEndian.AppendUint32(b, uint32(len(p)))
		b = append(b, p...)
	}
	return b
}

func decodeParts(b []byte, kind byte, n int, limits []int) ([][]byte, error) {
	if len(b) < 2 {
		return nil, fmt.Errorf("%w: %d bytes", ErrMalformed, len(b))
	}
	if b[0] != wireVersion {
		return nil, fmt.Errorf("%w: version %d, want %d", ErrMalformed, b[0], wireVersion)
	}
	if b[1] != kind {
		return nil, fmt.Errorf("%w: kind %d, want %d", ErrMalformed, b[1], kind)
	}
	b = b[2:]
	parts := make([][]byte, n)
	for i := range parts {
		if len(b) < 4 {
			return nil, fmt.Errorf("%w: part %d: truncated length", ErrMalformed, i)
		}
		l := binary.BigEndian.Uint32(b)
		b = b[4:]
		if uint64(l) > uint64(limits[i]) || uint64(l) > uint64(len(b)) {
			return nil, fmt.Errorf("%w: part %d: %d bytes (limit %d, %d left)", ErrMalformed, i, l, limits[i], len(b))
		}
		parts[i] = append([]byte{}, b[:l]...)
		b = b[l:]
	}
	if len(b) > 0 {
		return nil, fmt.Errorf("%w: %d trailing bytes", ErrMalformed, len(b))
	}
	return parts, nil
}
