package market

import (
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// ErrReplay, ErrExpired and ErrDeadlineTooFar are returned (wrapped) by
// JobChecker.Check.
var (
	ErrReplay         = errors.New("job replayed")
	ErrExpired        = errors.New("job deadline passed")
	ErrDeadlineTooFar = errors.New("job deadline beyond the maximum job lifetime")
)

// DefaultMaxJobLifetime is how far in the future a job's deadline may lie
// when JobChecker.MaxLifetime is zero.
const DefaultMaxJobLifetime = 24 * time.Hour

// JobKey identifies a job for replay protection: a user may use each nonce
// once per service class.
type JobKey struct {
	User  common.Address
	Class ClassID
	Nonce uint64
}

// SeenSet remembers the jobs already accepted. Add records key and reports
// whether it was new; expires (unix seconds, the job's deadline) tells the set
// when it may forget the key, since an expired job is refused anyway.
// Implementations must be safe for concurrent use; a persistent store can
// implement it to keep replay protection across restarts.
type SeenSet interface {
	Add(key JobKey, expires uint64) (fresh bool)
}

// MemorySeen is an in-memory SeenSet that drops keys after their deadline.
type MemorySeen struct {
	mu   sync.Mutex
	keys map[JobKey]uint64
}

// NewMemorySeen returns an empty in-memory seen-set.
func NewMemorySeen() *MemorySeen { return &MemorySeen{keys: map[JobKey]uint64{}} }

// Add implements SeenSet.
func (m *MemorySeen) Add(key JobKey, expires uint64) bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	if _, ok := m.keys[key]; ok {
		return false
	}
	m.keys[key] = expires
	return true
}

// Prune forgets keys whose deadline is at or before now (unix seconds).
func (m *MemorySeen) Prune(now uint64) {
	m.mu.Lock()
	defer m.mu.Unlock()
	for k, exp := range m.keys {
		if exp <= now {
			delete(m.keys, k)
		}
	}
}

// Len is the number of keys held.
func (m *MemorySeen) Len() int {
	m.mu.Lock()
	defer m.mu.Unlock()
	return len(m.keys)
}

// JobChecker accepts a signed job once: valid signature in its domain,
// deadline not passed, and (user, service, nonce) never accepted before.
type JobChecker struct {
	Domain Domain
	Seen   SeenSet
	// MaxLifetime bounds how far after now a job's deadline may lie (0:
	// DefaultMaxJobLifetime). Later deadlines are refused, so a key in Seen
	// can be pruned at most MaxLifetime after it was recorded: the set holds
	// at most the jobs accepted in the last MaxLifetime.
	MaxLifetime time.Duration
	// Now returns the current time; nil means time.Now.
	Now func() time.Time
}

// Check verifies the job and records it as seen. Jobs with a bad signature,
// a past deadline or a deadline beyond MaxLifetime are not recorded.
func (c *JobChecker) Check(j *SignedJob) error {
	if err := j.Verify(c.Domain); err != nil {
		return err
	}
	now := time.Now
	if c.Now != nil {
		now = c.Now
	}
	at := now()
	t := max(at.Unix(), 0)
	if j.Deadline <= uint64(t) {
		return fmt.Errorf("%w: deadline %s, now %s", ErrExpired, unixRFC3339(j.Deadline), at.UTC().Format(time.RFC3339))
	}
	life := c.MaxLifetime
	if life <= 0 {
		life = DefaultMaxJobLifetime
	}
	if limit := uint64(t) + uint64(life/time.Second); j.Deadline > limit {
		return fmt.Errorf("%w: deadline %s is more than %s after now (%s)", ErrDeadlineTooFar,
			unixRFC3339(j.Deadline), life, at.UTC().Format(time.RFC3339))
	}
	if c.Seen == nil {
		return errors.New("job checker: no seen-set")
	}
	if !c.Seen.Add(JobKey{User: j.User, Class: j.Class, Nonce: j.Nonce}, j.Deadline) {
		return fmt.Errorf("%w: user %s already used nonce %d for class %s", ErrReplay, j.User.Hex(), j.Nonce, j.Class.Hex())
	}
	return nil
}

func unixRFC3339(t uint64) string {
	return time.Unix(int64(min(t, 1<<62)), 0).UTC().Format(time.RFC3339)
}
