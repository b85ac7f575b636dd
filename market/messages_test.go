package market

import (
	"bytes"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
	"github.com/holiman/uint256"
)

func mustKey(t testing.TB) *ecdsa.PrivateKey {
	t.Helper()
	k, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func addr(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }

func randBytes(r *rand.Rand, n int) []byte {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(r.Uint32())
	}
	return b
}

func randJob(r *rand.Rand, user common.Address) Job {
	var j Job
	copy(j.Class[:], randBytes(r, 32))
	copy(j.InputRoot[:], randBytes(r, 32))
	j.InputCID = randBytes(r, r.IntN(MaxCIDBytes+1))
	j.User = user
	j.Nonce = r.Uint64()
	j.FeeCap.SetBytes(randBytes(r, 1+r.IntN(32)))
	j.Deadline = r.Uint64()
	return j
}

func randClaim(r *rand.Rand, provider common.Address) Claim {
	var c Claim
	copy(c.JobHash[:], randBytes(r, 32))
	copy(c.OutputRoot[:], randBytes(r, 32))
	copy(c.TraceRoot[:], randBytes(r, 32))
	c.Provider = provider
	return c
}

// typedData builds the apitypes description of a message: go-ethereum's
// generic EIP-712 encoder is an independent implementation to compare with.
func typedData(d Domain, primary string, msg apitypes.TypedDataMessage) apitypes.TypedData {
	types := apitypes.Types{
		"EIP712Domain": {
			{Name: "name", Type: "string"}, {Name: "version", Type: "string"},
			{Name: "chainId", Type: "uint256"}, {Name: "verifyingContract", Type: "address"},
		},
		"Job": {
			{Name: "classId", Type: "bytes32"}, {Name: "inputRoot", Type: "bytes32"}, {Name: "inputCid", Type: "bytes"},
			{Name: "user", Type: "address"}, {Name: "nonce", Type: "uint64"}, {Name: "feeCap", Type: "uint256"},
			{Name: "deadline", Type: "uint64"},
		},
		"Claim": {
			{Name: "jobHash", Type: "bytes32"}, {Name: "outputRoot", Type: "bytes32"},
			{Name: "traceRoot", Type: "bytes32"}, {Name: "provider", Type: "address"},
		},
		"Voucher": {
			{Name: "user", Type: "address"}, {Name: "provider", Type: "address"}, {Name: "epoch", Type: "uint32"},
			{Name: "amount", Type: "uint256"},
		},
	}
	return apitypes.TypedData{
		Types:       types,
		PrimaryType: primary,
		Domain: apitypes.TypedDataDomain{
			Name: d.Name, Version: d.Version, ChainId: (*math.HexOrDecimal256)(d.ChainID),
			VerifyingContract: d.VerifyingContract.Hex(),
		},
		Message: msg,
	}
}

func apitypesHash(t *testing.T, td apitypes.TypedData) common.Hash {
	t.Helper()
	// Keep only the types the primary type needs, as signers do.
	keep := apitypes.Types{"EIP712Domain": td.Types["EIP712Domain"], td.PrimaryType: td.Types[td.PrimaryType]}
	td.Types = keep
	h, _, err := apitypes.TypedDataAndHash(td)
	if err != nil {
		t.Fatalf("apitypes: %v", err)
	}
	return common.BytesToHash(h)
}

func TestEIP712MatchesGoEthereumEncoder(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for i := range 50 {
		d := Domain{Name: DomainName, Version: DomainVersion, ChainID: new(big.Int).SetUint64(r.Uint64()),
			VerifyingContract: common.BytesToAddress(randBytes(r, 20))}
		user := common.BytesToAddress(randBytes(r, 20))
		j := randJob(r, user)
		got := j.Hash(d)
		want := apitypesHash(t, typedData(d, "Job", apitypes.TypedDataMessage{
			"classId": j.Class[:], "inputRoot": j.InputRoot[:], "inputCid": hexutil.Bytes(j.InputCID),
			"user": j.User.Hex(), "nonce": new(big.Int).SetUint64(j.Nonce).String(),
			"feeCap": j.FeeCap.ToBig().String(), "deadline": new(big.Int).SetUint64(j.Deadline).String(),
		}))
		if got != want {
			t.Fatalf("case %d: job hash %s, go-ethereum's encoder says %s", i, got.Hex(), want.Hex())
		}
		c := randClaim(r, user)
		if got, want := c.Hash(d), apitypesHash(t, typedData(d, "Claim", apitypes.TypedDataMessage{
			"jobHash": c.JobHash[:], "outputRoot": c.OutputRoot[:], "traceRoot": c.TraceRoot[:], "provider": c.Provider.Hex(),
		})); got != want {
			t.Fatalf("case %d: claim hash %s, want %s", i, got.Hex(), want.Hex())
		}
		var v Voucher
		v.User, v.Provider, v.Epoch = user, common.BytesToAddress(randBytes(r, 20)), r.Uint32()
		v.Amount.SetBytes(randBytes(r, 32))
		if got, want := v.Hash(d), apitypesHash(t, typedData(d, "Voucher", apitypes.TypedDataMessage{
			"user": v.User.Hex(), "provider": v.Provider.Hex(), "epoch": new(big.Int).SetUint64(uint64(v.Epoch)).String(),
			"amount": v.Amount.ToBig().String(),
		})); got != want {
			t.Fatalf("case %d: voucher hash %s, want %s", i, got.Hex(), want.Hex())
		}
	}
}

func TestSignatureRefusals(t *testing.T) {
	user, other := mustKey(t), mustKey(t)
	d := RegistryDomain(big.NewInt(1337), common.HexToAddress("0x1000000000000000000000000000000000000001"))
	r := rand.New(rand.NewPCG(3, 4))
	job := randJob(r, addr(user))
	good, err := SignJob(job, d, user)
	if err != nil {
		t.Fatal(err)
	}
	if err := good.Verify(d); err != nil {
		t.Fatalf("valid job refused: %v", err)
	}
	if _, err := SignJob(job, d, other); err == nil {
		t.Fatal("signed a job with a key that is not its user's")
	}
	// s -> n - s with v flipped is the same signature in malleable form.
	malleable := good
	s := new(big.Int).SetBytes(good.Sig[32:64])
	new(big.Int).Sub(crypto.S256().Params().N, s).FillBytes(malleable.Sig[32:64])
	malleable.Sig[64] ^= 1
	tests := []struct {
		name   string
		mutate func(j *SignedJob) Domain
	}{
		{"flipped signature bit", func(j *SignedJob) Domain { j.Sig[10] ^= 1; return d }},
		{"signed by another key", func(j *SignedJob) Domain {
			o, _ := SignJob(Job{User: addr(other)}, d, other)
			j.Sig = o.Sig
			return d
		}},
		{"wrong chain id", func(j *SignedJob) Domain { return RegistryDomain(big.NewInt(1), d.VerifyingContract) }},
		{"wrong verifying contract", func(j *SignedJob) Domain {
			return RegistryDomain(d.ChainID, common.HexToAddress("0x2000000000000000000000000000000000000002"))
		}},
		{"field changed after signing", func(j *SignedJob) Domain { j.Nonce++; return d }},
		{"v not 27 or 28", func(j *SignedJob) Domain { j.Sig[64] = 1; return d }},
		{"high s", func(j *SignedJob) Domain { *j = malleable; return d }},
		{"zero signature", func(j *SignedJob) Domain { j.Sig = Signature{}; return d }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			j := good
			j.InputCID = bytes.Clone(good.InputCID)
			dom := tc.mutate(&j)
			if err := j.Verify(dom); !errors.Is(err, ErrBadSignature) {
				t.Fatalf("Verify = %v, want ErrBadSignature", err)
			}
		})
	}
}

func TestClaimAndVoucherSignatures(t *testing.T) {
	provider, user := mustKey(t), mustKey(t)
	d := EscrowDomain(big.NewInt(1337), common.HexToAddress("0x3000000000000000000000000000000000000003"))
	r := rand.New(rand.NewPCG(5, 6))
	c, err := SignClaim(randClaim(r, addr(provider)), d, provider)
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Verify(d); err != nil {
		t.Fatal(err)
	}
	c.OutputRoot[0] ^= 1
	if err := c.Verify(d); !errors.Is(err, ErrBadSignature) {
		t.Fatalf("changed claim verified: %v", err)
	}
	v, err := SignVoucher(Voucher{User: addr(user), Provider: addr(provider), Amount: *uint256.NewInt(7)}, d, user)
	if err != nil {
		t.Fatal(err)
	}
	if err := v.Verify(d); err != nil {
		t.Fatal(err)
	}
	v.Amount.SetUint64(8)
	if err := v.Verify(d); !errors.Is(err, ErrBadSignature) {
		t.Fatalf("raised voucher verified: %v", err)
	}
	v.Amount.SetUint64(7)
	v.Epoch++
	if err := v.Verify(d); !errors.Is(err, ErrBadSignature) {
		t.Fatalf("voucher moved to another epoch verified: %v", err)
	}
	if _, err := SignVoucher(Voucher{User: addr(user)}, d, provider); err == nil {
		t.Fatal("provider signed a voucher in the user's name")
	}
}

func TestClaimForJobAndConflict(t *testing.T) {
	user, p1, p2 := mustKey(t), mustKey(t), mustKey(t)
	d := RegistryDomain(big.NewInt(1337), common.HexToAddress("0x1000000000000000000000000000000000000001"))
	r := rand.New(rand.NewPCG(11, 12))
	job := randJob(r, addr(user))
	other := randJob(r, addr(user))
	claim := func(k *ecdsa.PrivateKey, j *Job, out byte) SignedClaim {
		c, err := SignClaim(Claim{JobHash: j.Hash(d), OutputRoot: [32]byte{out}, Provider: addr(k)}, d, k)
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	a, b, same, elsewhere := claim(p1, &job, 1), claim(p2, &job, 2), claim(p2, &job, 1), claim(p2, &other, 2)
	if err := a.VerifyFor(d, &job); err != nil {
		t.Fatal(err)
	}
	if err := elsewhere.VerifyFor(d, &job); !errors.Is(err, ErrWrongJob) {
		t.Fatalf("claim for another job: %v", err)
	}
	self := claim(p1, &job, 2)
	for _, tc := range []struct {
		name string
		x, y SignedClaim
		want bool
	}{
		{"different outputs", a, b, true},
		{"same output", a, same, false},
		{"different jobs", a, elsewhere, false},
		{"same provider", a, self, false},
	} {
		if got := Conflict(&tc.x, &tc.y); got != tc.want {
			t.Errorf("%s: Conflict = %v, want %v", tc.name, got, tc.want)
		}
	}
}
