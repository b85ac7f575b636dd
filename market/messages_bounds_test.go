package market

import (
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

// TestSignatureBounds checks the signature format at its limits: s equal
// to half the curve order is the largest accepted (go-ethereum's and the
// contracts' low-s rule), one more is refused; r and s of 1 are accepted,
// 0 refused; v is 27 or 28 only.
func TestSignatureBounds(t *testing.T) {
	half := new(big.Int).Set(secp256k1HalfN)
	one := big.NewInt(1)
	sig := func(r, s *big.Int, v byte) *Signature {
		var g Signature
		r.FillBytes(g[:32])
		s.FillBytes(g[32:64])
		g[64] = v
		return &g
	}
	for _, tc := range []struct {
		name string
		sig  *Signature
		want string // "" = accepted
	}{
		{"s at half the order", sig(one, half, 27), ""},
		{"s one past half the order", sig(one, new(big.Int).Add(half, one), 27), "upper half"},
		{"r and s of 1, v 28", sig(one, one, 28), ""},
		{"s of 0", sig(one, new(big.Int), 27), "zero r or s"},
		{"r of 0", sig(new(big.Int), one, 27), "zero r or s"},
		{"v 26", sig(one, one, 26), "v is 26"},
		{"v 29", sig(one, one, 29), "v is 29"},
	} {
		err := tc.sig.check()
		switch {
		case tc.want == "" && err != nil:
			t.Errorf("%s: refused: %v", tc.name, err)
		case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
			t.Errorf("%s: check = %v, want an error with %q", tc.name, err, tc.want)
		}
	}
}

// TestJobInputCIDLimit: a job whose input CID has MaxCIDBytes bytes is
// signed and verifies; one byte more is refused by SignJob.
func TestJobInputCIDLimit(t *testing.T) {
	key := mustKey(t)
	d := RegistryDomain(big.NewInt(1337), common.HexToAddress("0x1000000000000000000000000000000000000001"))
	j := Job{User: addr(key), InputCID: make([]byte, MaxCIDBytes)}
	s, err := SignJob(j, d, key)
	if err != nil {
		t.Fatalf("a CID of %d bytes refused: %v", MaxCIDBytes, err)
	}
	if err := s.Verify(d); err != nil {
		t.Fatalf("signed job with a %d-byte CID does not verify: %v", MaxCIDBytes, err)
	}
	j.InputCID = make([]byte, MaxCIDBytes+1)
	if _, err := SignJob(j, d, key); err == nil || !strings.Contains(err.Error(), "input CID") {
		t.Fatalf("a CID of %d bytes: SignJob = %v, want an error naming the input CID", MaxCIDBytes+1, err)
	}
}
