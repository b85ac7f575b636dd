package node

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"sync"

	"github.com/cockroachdb/pebble/v2"
	"github.com/holiman/uint256"
	ds "github.com/ipfs/go-datastore"
	pebbleds "github.com/ipfs/go-ds-pebble"

	"github.com/rmsnet/rms/market"
	"github.com/rmsnet/rms/p2p"
)

// The node's one embedded store is p2p's store in the data dir (pebble,
// under p2p.StoreDir; large blocks as files under p2p.BlockDir): blocks,
// stored models and DHT records under /p2p,
// and the node's own records under the "n/" prefix.

// Key prefixes of the node's records.
const (
	prefixSeen      = "n/seen/"   // provider: user ‖ class ‖ nonce → deadline
	prefixJob       = "n/job/"    // job hash → JobRecord (JSON)
	prefixVoucherIn = "n/vin/"    // provider: user ‖ epoch → best voucher (wire form)
	prefixCredit    = "n/credit/" // provider: user ‖ epoch → total price of jobs served (32 bytes)
	prefixRedeemed  = "n/redeem/" // provider: user ‖ epoch → amount of the last redeemed voucher
	prefixSigned    = "n/vout/"   // user: provider ‖ epoch → cumulative amount signed (32 bytes)
	prefixGame      = "n/game/"   // game id → GameRecord (JSON)
	keyGameScan     = "n/gscan"   // provider: the next block to look for games opened against it
	keyOracleScan   = "n/oscan"   // provider: the next block to look for oracle requests of its class
	prefixOracle    = "n/oreq/"   // provider: request id (8 bytes) → OracleRecord (JSON), until final
	keyNonce        = "n/nonce"   // user: next job nonce
)

// ErrCorruptRecord is returned (wrapped) when a stored record does not
// decode: the store was written by something else or damaged.
var ErrCorruptRecord = errors.New("corrupt store record")

// Store is the node's embedded store. Writes of records that protect money
// or replay (seen nonces, vouchers, credits, nonces) are synced before they
// return, so they survive kill -9.
type Store struct {
	Blocks *p2p.Store
	db     *pebble.DB
	// seenMu makes a replay check and its write one step; nonceMu does the
	// same for the user's nonce counter.
	seenMu, nonceMu sync.Mutex
	// jobMu serialises read-modify-write updates of job records.
	jobMu sync.Mutex
}

// OpenStore opens (or creates) the store under dataDir.
func OpenStore(dataDir string) (*Store, error) {
	bs, err := p2p.OpenStore(dataDir)
	if err != nil {
		return nil, err
	}
	pd, ok := bs.Datastore().(*pebbleds.Datastore)
	if !ok {
		bs.Close()
		return nil, fmt.Errorf("store: p2p store is a %T, not pebble", bs.Datastore())
	}
	return &Store{Blocks: bs, db: pd.DB}, nil
}

// Datastore is the store as a go-datastore, for p2p.WithDatastore.
func (s *Store) Datastore() ds.Batching { return s.Blocks.Datastore() }

// Close flushes and closes the store.
func (s *Store) Close() error { return s.Blocks.Close() }

func (s *Store) get(key []byte) ([]byte, bool, error) {
	v, closer, err := s.db.Get(key)
	if errors.Is(err, pebble.ErrNotFound) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, fmt.Errorf("store: get: %w", err)
	}
	defer closer.Close()
	return append([]byte(nil), v...), true, nil
}

func (s *Store) set(key, val []byte) error {
	if err := s.db.Set(key, val, pebble.Sync); err != nil {
		return fmt.Errorf("store: set: %w", err)
	}
	return nil
}

func (s *Store) delete(key []byte) error {
	if err := s.db.Delete(key, pebble.Sync); err != nil {
		return fmt.Errorf("store: delete: %w", err)
	}
	return nil
}

func key(prefix string, parts ...[]byte) []byte {
	k := []byte(prefix)
	for _, p := range parts {
		k = append(k, p...)
	}
	return k
}

// Seen is the store as a persistent market.SeenSet: a job accepted once is
// refused after a restart too. Keys are dropped by Prune after their deadline.
type Seen struct{ s *Store }

// Seen returns the persistent replay set.
func (s *Store) Seen() *Seen { return &Seen{s} }

// Add implements market.SeenSet. A store failure counts as "not fresh", so
// a job is never served twice because the disk failed.
func (p *Seen) Add(k market.JobKey, expires uint64) bool {
	var n [8]byte
	binary.BigEndian.PutUint64(n[:], k.Nonce)
	kk := key(prefixSeen, k.User[:], k.Class[:], n[:])
	// One writer at a time: the check and the write must not interleave.
	p.s.seenMu.Lock()
	defer p.s.seenMu.Unlock()
	if _, ok, err := p.s.get(kk); ok || err != nil {
		return false
	}
	var e [8]byte
	binary.BigEndian.PutUint64(e[:], expires)
	return p.s.set(kk, e[:]) == nil
}

// Prune deletes the replay keys whose deadline is at or before now (unix
// seconds) and returns how many it deleted.
func (p *Seen) Prune(now uint64) (int, error) {
	it, err := p.s.db.NewIter(&pebble.IterOptions{LowerBound: []byte(prefixSeen), UpperBound: prefixEnd(prefixSeen)})
	if err != nil {
		return 0, fmt.Errorf("store: prune: %w", err)
	}
	b := p.s.db.NewBatch()
	n := 0
	for it.First(); it.Valid(); it.Next() {
		v := it.Value()
		if len(v) != 8 || binary.BigEndian.Uint64(v) <= now {
			b.Delete(append([]byte(nil), it.Key()...), nil)
			n++
		}
	}
	if err := errors.Join(it.Close(), b.Commit(pebble.Sync)); err != nil {
		return 0, fmt.Errorf("store: prune: %w", err)
	}
	return n, nil
}

func prefixEnd(p string) []byte {
	b := []byte(p)
	b[len(b)-1]++
	return b
}

func (s *Store) getAmount(prefix string, id []byte) (*uint256.Int, error) {
	v, ok, err := s.get(key(prefix, id))
	if err != nil || !ok {
		return new(uint256.Int), err
	}
	if len(v) != 32 {
		return nil, fmt.Errorf("%w: amount %s%x has %d bytes", ErrCorruptRecord, prefix, id, len(v))
	}
	return new(uint256.Int).SetBytes(v), nil
}

func (s *Store) setAmount(prefix string, id []byte, a *uint256.Int) error {
	b := a.Bytes32()
	return s.set(key(prefix, id), b[:])
}

func (s *Store) getJSON(k []byte, v any) (bool, error) {
	b, ok, err := s.get(k)
	if err != nil || !ok {
		return ok, err
	}
	if err := json.Unmarshal(b, v); err != nil {
		return true, fmt.Errorf("%w: %s: %v", ErrCorruptRecord, k, err)
	}
	return true, nil
}

func (s *Store) setJSON(k []byte, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("store: encode %s: %w", k, err)
	}
	return s.set(k, b)
}

// nextNonce returns a nonce never returned before by this store.
func (s *Store) nextNonce() (uint64, error) {
	s.nonceMu.Lock()
	defer s.nonceMu.Unlock()
	v, ok, err := s.get([]byte(keyNonce))
	if err != nil {
		return 0, err
	}
	var n uint64
	if ok {
		if len(v) != 8 {
			return 0, fmt.Errorf("%w: nonce has %d bytes", ErrCorruptRecord, len(v))
		}
		n = binary.BigEndian.Uint64(v)
	}
	var b [8]byte
	binary.BigEndian.PutUint64(b[:], n+1)
	return n, s.set([]byte(keyNonce), b[:])
}

func (s *Store) getUint(k string) (uint64, error) {
	v, ok, err := s.get([]byte(k))
	if err != nil || !ok {
		return 0, err
	}
	if len(v) != 8 {
		return 0, fmt.Errorf("%w: %s has %d bytes", ErrCorruptRecord, k, len(v))
	}
	return binary.BigEndian.Uint64(v), nil
}

func (s *Store) setUint(k string, n uint64) error {
	var b [8]byte
	binary.BigEndian.PutUint64(b[:], n)
	return s.set([]byte(k), b[:])
}
