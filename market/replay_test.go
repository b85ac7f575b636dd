package market

import (
	"cmp"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

func TestJobChecker(t *testing.T) {
	user, other := mustKey(t), mustKey(t)
	d := RegistryDomain(big.NewInt(1337), common.HexToAddress("0x1000000000000000000000000000000000000001"))
	now := time.Unix(1_800_000_000, 0)
	seen := NewMemorySeen()
	c := &JobChecker{Domain: d, Seen: seen, Now: func() time.Time { return now }}
	job := func(svc byte, nonce uint64, deadline time.Time, key *ecdsa.PrivateKey) SignedJob {
		j := Job{Class: ClassID{svc}, User: addr(key), Nonce: nonce, Deadline: uint64(deadline.Unix())}
		s, err := SignJob(j, d, key)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	u, o := user, other
	later := now.Add(time.Minute)
	steps := []struct {
		name string
		job  SignedJob
		want error
	}{
		{"fresh", job(1, 1, later, u), nil},
		{"same user service nonce", job(1, 1, later.Add(time.Hour), u), ErrReplay},
		{"next nonce", job(1, 2, later, u), nil},
		{"same nonce other service", job(2, 1, later, u), nil},
		{"same nonce other user", job(1, 1, later, o), nil},
		{"deadline now", job(1, 3, now, u), ErrExpired},
		{"deadline past", job(1, 4, now.Add(-time.Second), u), ErrExpired},
		{"bad signature", func() SignedJob { s := job(1, 5, later, u); s.Sig[5] ^= 1; return s }(), ErrBadSignature},
		{"nonce 5 still unused after the bad signature", job(1, 5, later, u), nil},
	}
	for _, s := range steps {
		err := c.Check(&s.job)
		if (s.want == nil && err != nil) || (s.want != nil && !errors.Is(err, s.want)) {
			t.Fatalf("%s: Check = %v, want %v", s.name, err, s.want)
		}
	}
	if seen.Len() != 5 {
		t.Fatalf("seen-set holds %d keys, want 5", seen.Len())
	}
	seen.Prune(uint64(later.Unix()))
	if seen.Len() != 0 {
		t.Fatalf("after pruning at the deadline %d keys remain", seen.Len())
	}
}

// TestJobCheckerBoundsTheWindow: a job whose deadline lies beyond the
// maximum job lifetime is refused and not recorded, so every recorded key
// is pruned at most that long after it was accepted.
func TestJobCheckerBoundsTheWindow(t *testing.T) {
	d := RegistryDomain(big.NewInt(1337), common.HexToAddress("0x1000000000000000000000000000000000000001"))
	now := time.Unix(1_800_000_000, 0)
	for _, tc := range []struct {
		name     string
		lifetime time.Duration // 0: DefaultMaxJobLifetime
		deadline time.Time
		want     error
	}{
		{"at the default lifetime", 0, now.Add(DefaultMaxJobLifetime), nil},
		{"a second beyond the default", 0, now.Add(DefaultMaxJobLifetime + time.Second), ErrDeadlineTooFar},
		{"far future", 0, time.Unix(1<<40, 0), ErrDeadlineTooFar},
		{"largest deadline", 0, time.Unix(1<<62, 0), ErrDeadlineTooFar},
		{"within a shorter lifetime", time.Minute, now.Add(time.Minute), nil},
		{"beyond a shorter lifetime", time.Minute, now.Add(time.Minute + time.Second), ErrDeadlineTooFar},
	} {
		t.Run(tc.name, func(t *testing.T) {
			seen := NewMemorySeen()
			c := &JobChecker{Domain: d, Seen: seen, MaxLifetime: tc.lifetime, Now: func() time.Time { return now }}
			key := mustKey(t)
			j, err := SignJob(Job{Class: ClassID{1}, User: addr(key), Nonce: 1, Deadline: uint64(tc.deadline.Unix())}, d, key)
			if err != nil {
				t.Fatal(err)
			}
			err = c.Check(&j)
			if (tc.want == nil && err != nil) || (tc.want != nil && !errors.Is(err, tc.want)) {
				t.Fatalf("Check = %v, want %v", err, tc.want)
			}
			lifetime := cmp.Or(tc.lifetime, DefaultMaxJobLifetime)
			seen.Prune(uint64(now.Add(lifetime).Unix()))
			if seen.Len() != 0 {
				t.Fatalf("%d keys left a lifetime after they were accepted", seen.Len())
			}
		})
	}
}
