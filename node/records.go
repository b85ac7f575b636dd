package node

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/cockroachdb/pebble/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/rmsnet/rms/dispute"
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
	StateSettled  = "settled"  // user: disputed, and the games left one output standing
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
	Role    string      `json:"role"` // "user" or "provider"
	JobHash common.Hash `json:"jobHash"`
	Job     market.Job  `json:"job"`
	// SignedJob is the job's wire form with the user's signature (user:
	// what opens a game).
	SignedJob []byte        `json:"signed_job,omitempty"`
	State     string        `json:"state"`
	Claims    []ClaimRecord `json:"claims,omitempty"`
	Errors    []string      `json:"errors,omitempty"` // user: providers that failed, and why
	Output    []byte        `json:"output,omitempty"` // user: the output that stands
	Label     *int32        `json:"label,omitempty"`  // user: the output as a class label, when it is one
	Trace     []merkle.Hash `json:"trace,omitempty"`  // provider: A_1 … A_C, kept for disputes
	Input     []byte        `json:"input,omitempty"`  // provider: the job's input blob, kept for disputes
	Games     []common.Hash `json:"games,omitempty"`  // the dispute games about this job (GameRecord ids)
	Events    []Event       `json:"events,omitempty"` // user: the job's progress, as Submit and the games reported it
	Created   time.Time     `json:"created"`
	Updated   time.Time     `json:"updated"`
}

func (s *Store) putJob(r *JobRecord) error { return s.setJSON(key(prefixJob, r.JobHash[:]), r) }

// addGame lists game id in the job record of h, once.
func (s *Store) addGame(h, id common.Hash) (*JobRecord, error) {
	s.jobMu.Lock()
	defer s.jobMu.Unlock()
	r, ok, err := s.Job(h)
	if err != nil || !ok {
		return nil, errors.Join(err, fmt.Errorf("store: no job %s", h.Hex()))
	}
	if !slices.Contains(r.Games, id) {
		r.Games = append(r.Games, id)
		r.Updated = time.Now().UTC()
		if err := s.putJob(r); err != nil {
			return nil, err
		}
	}
	return r, nil
}

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

// Game record states.
const (
	GameOpening  = "opening"  // user: the opening transaction is on its way
	GameOpen     = "open"     // on chain, not resolved
	GameResolved = "resolved" // the chain resolved it
	GameFailed   = "failed"   // it could not be opened or played (Error says why)
)

// GameParty is one side of a game.
type GameParty struct {
	Provider common.Address   `json:"provider"`
	Claim    common.Hash      `json:"claim"`
	Output   merkle.Hash      `json:"output"`
	Service  market.ServiceID `json:"service,omitzero"`
	Lost     bool             `json:"lost"`
}

// GameRecord is what a node keeps of a dispute game it opened (a user) or
// played (a provider): read-only in the local API (GET /v1/games). The
// JSON is stable; docs/NODE.md documents it.
type GameRecord struct {
	ID       common.Hash     `json:"id"`
	Job      common.Hash     `json:"job"`
	Role     string          `json:"role"`           // "user": opened and followed it; "provider": played a side
	Side     *uint8          `json:"side,omitempty"` // provider: its side (0 or 1)
	State    string          `json:"state"`          // opening, open, resolved, failed
	Parties  [2]GameParty    `json:"parties"`        // side 0 is the claim with the smaller hash
	Op       *uint64         `json:"op,omitempty"`   // the op the traces diverge at
	Rounds   []dispute.Round `json:"rounds"`         // the step range the contract chose in each round
	Step     *uint64         `json:"final_step,omitempty"`
	End      string          `json:"end,omitempty"`   // step, timeout or self-contradiction
	Winner   common.Address  `json:"winner,omitzero"` // the one undefeated side's provider
	Slashed  string          `json:"slashed_wei"`     // taken from the losers' stakes, decimal wei
	Gas      uint64          `json:"gas"`             // this node's gas for the game (opening, moves)
	Moves    int             `json:"moves"`           // this node's transactions for the game
	Error    string          `json:"error,omitempty"`
	Opened   time.Time       `json:"opened"`            // block time of the opening
	Resolved time.Time       `json:"resolved,omitzero"` // block time of the resolution
	Updated  time.Time       `json:"updated"`
}

func (s *Store) putGame(r *GameRecord) error {
	r.Updated = time.Now().UTC()
	return s.setJSON(key(prefixGame, r.ID[:]), r)
}

// Game reads a stored game record; ok is false when there is none.
func (s *Store) Game(id common.Hash) (*GameRecord, bool, error) {
	var r GameRecord
	ok, err := s.getJSON(key(prefixGame, id[:]), &r)
	if err != nil || !ok {
		return nil, ok, err
	}
	return &r, true, nil
}

// Games lists the stored game records (in id order).
func (s *Store) Games() ([]*GameRecord, error) {
	it, err := s.db.NewIter(&pebble.IterOptions{LowerBound: []byte(prefixGame), UpperBound: prefixEnd(prefixGame)})
	if err != nil {
		return nil, fmt.Errorf("store: games: %w", err)
	}
	defer it.Close()
	out := []*GameRecord{}
	for it.First(); it.Valid(); it.Next() {
		var r GameRecord
		if err := json.Unmarshal(it.Value(), &r); err != nil {
			return nil, fmt.Errorf("%w: %x: %v", ErrCorruptRecord, it.Key(), err)
		}
		out = append(out, &r)
	}
	return out, nil
}
