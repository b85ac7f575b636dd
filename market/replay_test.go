package market

import (
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
