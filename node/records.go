package node

import (
	"encoding/json"
	"fmt"
	"time"

	"github.com/cockroachdb/pebble/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/rmsnet/rms/market"
	"github.com/rmsnet/rms/merkle"
)

// Job states.
const (
	StatePending  = "pending"  // user: sent, waiting for claims
	StateClaimed  = "claimed"  // provider: answered with a signed claim
	StateAgreed   = "agreed"   // user: K claims with one output
	StateDisputed = "disputed" // user: claims with different outputs
	StateFailed   = "failed"   // user: fewer claims than asked for, none agreeing
)

// ClaimRecord is a claim with the peer that sent it and its output blob.
type ClaimRecord struct {
	Claim  market.SignedClaim `json:"claim"`
	Peer   string             `json:"peer"`
	Output []byte             `json:"output,omitempty"`
	Ops    []merkle.Hash      `json:"ops,omitempty"` // the op output roots of the claim's trace
	// Service is the registry service backing the claim.
	Service market.ServiceID `json:"service,omitzero"`
}

// JobRecord is what the store keeps of a job, on either side.
type JobRecord struct {
	Role    string        `json:"role"` // "user" or "provider"
	JobHash common.Hash   `json:"jobHash"`
	Job     market.Job    `json:"job"`
	State   string        `json:"state"`
	Claims  []ClaimRecord `json:"claims,omitempty"`
	Errors  []string      `json:"errors,omitempty"` // user: providers that failed, and why
	Output  []byte        `json:"output,omitempty"` // user: the output that stands
	Label   *int32        `json:"label,omitempty"`  // user: the output as a class label, when it is one
	Trace   []merkle.Hash `json:"trace,omitempty"`  // provider: A_1 … A_C, kept for disputes
	Created time.Time     `json:"created"`
	Updated time.Time     `json:"updated"`
}

func (s *Store) putJob(r *JobRecord) error { return s.setJSON(key(prefixJob, r.JobHash[:]), r) }

// Job reads a stored job record; ok is false when there is none.
func (s *Store) Job(h common.Hash) (*JobRecord, bool, error) {
	var r JobRecord
	ok, err := s.getJSON(key(prefixJob, h[:]), &r)
	if err != nil || !ok {
		return nil, ok, err
	}
	return &r, true, nil
}

// Jobs lists the stored job records (in job-hash order), at most limit (0: all).
func (s *Store) Jobs(limit int) ([]*JobRecord, error) {
	it, err := s.db.NewIter(&pebble.IterOptions{LowerBound: []byte(prefixJob), UpperBound: prefixEnd(prefixJob)})
	if err != nil {
		return nil, fmt.Errorf("store: jobs: %w", err)
	}
	defer it.Close()
	var out []*JobRecord
	for it.First(); it.Valid() && (limit <= 0 || len(out) < limit); it.Next() {
		var r JobRecord
		if err := json.Unmarshal(it.Value(), &r); err != nil {
			return nil, fmt.Errorf("%w: %x: %v", ErrCorruptRecord, it.Key(), err)
		}
		out = append(out, &r)
	}
	return out, nil
}

// keysUnder lists the key suffixes under prefix.
func (s *Store) keysUnder(prefix string) ([][]byte, error) {
	it, err := s.db.NewIter(&pebble.IterOptions{LowerBound: []byte(prefix), UpperBound: prefixEnd(prefix)})
	if err != nil {
		return nil, fmt.Errorf("store: list %s: %w", prefix, err)
	}
	defer it.Close()
	var out [][]byte
	for it.First(); it.Valid(); it.Next() {
		out = append(out, append([]byte(nil), it.Key()[len(prefix):]...))
	}
	return out, nil
}
