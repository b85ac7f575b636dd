package market

import (
	"testing"

	bparams "github.com/ethereum/go-ethereum/beacon/params"
	"github.com/ethereum/go-ethereum/common"
)

// fuzzBeaconConfig has the forks of the simulated beacon chain of the tests
// (Electra from genesis): the proofs of the seeds are checked at its indices.
var fuzzBeaconConfig = (&bparams.ChainConfig{GenesisValidatorsRoot: common.Hash{0x9e}}).
	AddFork("GENESIS", 0, []byte{0x10, 0, 0, 0}).
	AddFork("ELECTRA", 0, []byte{0x60, 0, 0, 0})

// FuzzBeaconAnswers feeds any bytes to the decoders of the three beacon
// light client answers and checks the proofs of whatever decodes: refused or
// verified, never a panic. The seeds (testdata/fuzz/FuzzBeaconAnswers, from
// TestBeaconSeeds) are honest answers whose proofs verify.
func FuzzBeaconAnswers(f *testing.F) {
	f.Add([]byte(`{"version":"electra","data":{}}`))
	f.Add([]byte(`[{"version":"electra","data":{"signature_slot":"1"}}]`))
	f.Fuzz(func(t *testing.T, raw []byte) {
		if bs, err := decodeBeaconBootstrap(raw); err == nil {
			_ = bs.Validate(fuzzBeaconConfig)
			_ = bs.Header.Hash()
		}
		if ups, err := decodeBeaconUpdates(raw); err == nil {
			for _, u := range ups {
				_ = u.update.Validate(fuzzBeaconConfig)
				_ = u.update.Score()
			}
		}
		if fu, err := decodeBeaconFinality(raw); err == nil {
			_ = fu.Validate(fuzzBeaconConfig)
			_ = fu.Finalized.BlockHash()
			_ = fu.Signature.SignerCount()
		}
	})
}

// TestBeaconSeedsVerify: the committed seeds decode and their proofs verify,
// so the fuzzer starts from answers that reach the deepest checks.
func TestBeaconSeedsVerify(t *testing.T) {
	read := func(name string) []byte {
		t.Helper()
		return readSeedFile(t, "FuzzBeaconAnswers", name)
	}
	bs, err := decodeBeaconBootstrap(read("seed-bootstrap"))
	if err != nil || bs.Validate(fuzzBeaconConfig) != nil {
		t.Fatalf("bootstrap seed: %v, %v", err, bs.Validate(fuzzBeaconConfig))
	}
	ups, err := decodeBeaconUpdates(read("seed-updates"))
	if err != nil || len(ups) != 1 || ups[0].update.Validate(fuzzBeaconConfig) != nil {
		t.Fatalf("updates seed: %d, %v", len(ups), err)
	}
	fu, err := decodeBeaconFinality(read("seed-finality"))
	if err != nil {
		t.Fatal(err)
	}
	if err := fu.Validate(fuzzBeaconConfig); err != nil {
		t.Fatalf("finality seed: %v", err)
	}
}
