package market_test

import (
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/rmsnet/rms/market"
)

func newBeaconTrust(t testing.TB, s *simBeacon, checkpoint common.Hash) *market.BeaconTrust {
	t.Helper()
	b, err := market.NewBeaconTrust(s.srv.URL, market.BeaconConfig{Chain: s.cfg, Checkpoint: checkpoint})
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func headOf(t testing.TB, e *env) *types.Header {
	t.Helper()
	h, err := e.chain.Client().HeaderByNumber(e.ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	return h
}

// TestBeaconTrustFollowsCommittees: from the checkpoint, the light client
// verifies the committee updates of periods 0 and 1 and the finality update
// of period 2, and verified registry reads at the execution block it names
// equal the getters at that block; a later period's update and finality
// update move it to a later block.
func TestBeaconTrustFollowsCommittees(t *testing.T) {
	e := newEnv(t)
	id := e.register(t, e.provider, minStake)
	before := headOf(t, e)
	if _, err := e.reg.AddStake(e.ctx, e.provider, id, ether); err != nil {
		t.Fatal(err)
	}
	after := headOf(t, e)

	s := newSimBeacon(t, 3)
	s.setUpdate(0, updateForge{})
	s.setUpdate(1, updateForge{})
	s.setFinality(2, finalityForge{execBlock: before})
	b := newBeaconTrust(t, s, s.checkpoint)
	l, err := market.NewLightRegistry(e.chain.Client().RPC(), e.reg.ChainID(), e.reg.Address(), b)
	if err != nil {
		t.Fatal(err)
	}
	v, err := l.View(e.ctx)
	if err != nil {
		t.Fatal(err)
	}
	if v.Header().Hash() != before.Hash() || b.CommitteeUpdates() != 2 {
		t.Fatalf("trusted block %d (%s) after %d updates, want block %d", v.Header().Number, v.Header().Hash().Hex(), b.CommitteeUpdates(), before.Number)
	}
	got, err := v.Service(e.ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	want, err := e.reg.Service(e.ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	want.Stake = minStake // the getter at the head sees the added stake; the finalized block does not
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("verified read at the finalized block\n%+v\nwant\n%+v", got, want)
	}

	// The chain moves on: period 2's update proves committee 3, which signs
	// the block with the added stake.
	s.setUpdate(2, updateForge{})
	s.setFinality(3, finalityForge{execBlock: after})
	if v, err = l.View(e.ctx); err != nil {
		t.Fatal(err)
	}
	if v.Header().Hash() != after.Hash() || b.CommitteeUpdates() != 3 {
		t.Fatalf("after period 3: block %d, %d updates", v.Header().Number, b.CommitteeUpdates())
	}
	if got, err = v.Service(e.ctx, id); err != nil || got.Stake.Cmp(new(big.Int).Add(minStake, ether)) != 0 {
		t.Fatalf("stake at the new finalized block: %v, %v", got, err)
	}
	if n := s.requests["bootstrap/"+s.checkpoint.Hex()]; n != 1 {
		t.Fatalf("bootstrap fetched %d times, want once", n)
	}
}

// TestBeaconTrustRefusesForgeries: each forged answer of the beacon API is
// refused with ErrHeaderNotTrusted naming what failed, and no read is made.
func TestBeaconTrustRefusesForgeries(t *testing.T) {
	e := newEnv(t)
	head := headOf(t, e)
	committees := simCommitteesFor(t)
	foreign := committees[len(committees)-1]
	for _, tc := range []struct {
		name       string
		setup      func(s *simBeacon)
		checkpoint common.Hash // zero: the served one
		want       string
	}{
		{"wrong signature", func(s *simBeacon) {
			s.setFinality(2, finalityForge{execBlock: head, badSig: true})
		}, common.Hash{}, "invalid header signature"},
		{"too few signers on the finalized header", func(s *simBeacon) {
			s.setFinality(2, finalityForge{execBlock: head, signers: 300})
		}, common.Hash{}, "300 of 512 committee members signed, at least 342"},
		{"too few signers on a committee update", func(s *simBeacon) {
			s.setUpdate(1, updateForge{signers: 100})
		}, common.Hash{}, "committee update of period 1: 100 of 512"},
		{"finalized header signed by a committee the checkpoint does not lead to", func(s *simBeacon) {
			s.setFinality(2, finalityForge{execBlock: head, signedBy: foreign})
		}, common.Hash{}, "invalid header signature"},
		{"committee chain not linked to the checkpoint", func(s *simBeacon) {
			s.setUpdate(0, updateForge{signedBy: foreign})
		}, common.Hash{}, "committee update of period 0: invalid committee update"},
		{"another committee proven than the next period's", func(s *simBeacon) {
			s.setUpdate(1, updateForge{next: foreign}) // committee 2 signs the finality update
		}, common.Hash{}, "invalid header signature"},
		{"execution block not proven by the finalized body", func(s *simBeacon) {
			s.setFinality(2, finalityForge{execBlock: head, unproven: common.Hash{0xba, 0xd}})
		}, common.Hash{}, "finality update signed at slot 16481 (finalized slot 16416): proofs"},
		{"signed in a slot that has not begun", func(s *simBeacon) {
			s.setFinality(4, finalityForge{execBlock: head})
		}, common.Hash{}, "signed in a slot that has not begun"},
		{"checkpoint the endpoint does not serve", nil, common.Hash{0xc0}, "bootstrap of checkpoint 0xc0"},
		// The endpoint answers for the requested checkpoint with the
		// bootstrap of another header (whose committee proof holds).
		{"bootstrap of another header than the checkpoint", func(s *simBeacon) {
			s.checkpoint = common.Hash{0xc1}
		}, common.Hash{}, "the served header (slot 64) hashes to"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := newSimBeacon(t, 3)
			s.setUpdate(0, updateForge{})
			s.setUpdate(1, updateForge{})
			s.setFinality(2, finalityForge{execBlock: head})
			if tc.setup != nil {
				tc.setup(s)
			}
			cp := s.checkpoint
			if tc.checkpoint != (common.Hash{}) {
				cp = tc.checkpoint
			}
			l, err := market.NewLightRegistry(e.chain.Client().RPC(), e.reg.ChainID(), e.reg.Address(), newBeaconTrust(t, s, cp))
			if err != nil {
				t.Fatal(err)
			}
			_, err = l.View(e.ctx)
			if !errors.Is(err, market.ErrHeaderNotTrusted) || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("got %v, want ErrHeaderNotTrusted with %q", err, tc.want)
			}
		})
	}
}

// TestBeaconSeeds writes the fuzz seeds of FuzzBeaconAnswers (honest
// answers of the simulated beacon API) when RMS_WRITE_SEEDS=1.
func TestBeaconSeeds(t *testing.T) {
	if os.Getenv("RMS_WRITE_SEEDS") != "1" {
		t.Skip("RMS_WRITE_SEEDS=1 writes the seeds")
	}
	e := newEnv(t)
	s := newSimBeacon(t, 3)
	s.setUpdate(0, updateForge{})
	s.setFinality(2, finalityForge{execBlock: headOf(t, e)})
	dir := filepath.Join("testdata", "fuzz", "FuzzBeaconAnswers")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for name, b := range map[string][]byte{"bootstrap": s.bootstrap, "updates": append(append([]byte("["), s.updates[0]...), ']'), "finality": s.finality} {
		seed := "go test fuzz v1\n[]byte(" + strconv.Quote(string(b)) + ")\n"
		if err := os.WriteFile(filepath.Join(dir, "seed-"+name), []byte(seed), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
