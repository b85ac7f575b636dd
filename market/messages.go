package market

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/rmsnet/rms/merkle"
)

// ServiceID names a registered service; the Registry assigns it.
type ServiceID [32]byte

// Hex returns the 0x-prefixed hex form.
func (id ServiceID) Hex() string { return common.Hash(id).Hex() }

// String returns the 0x-prefixed hex form.
func (id ServiceID) String() string { return id.Hex() }

// ParseServiceID parses a 0x-prefixed 32-byte hex service id.
func ParseServiceID(s string) (ServiceID, error) {
	h, err := parseHash32(s)
	if err != nil {
		return ServiceID{}, fmt.Errorf("service id %q: %w", s, err)
	}
	return ServiceID(h), nil
}

// MarshalText implements encoding.TextMarshaler.
func (id ServiceID) MarshalText() ([]byte, error) { return []byte(id.Hex()), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (id *ServiceID) UnmarshalText(b []byte) error {
	v, err := ParseServiceID(string(b))
	if err != nil {
		return err
	}
	*id = v
	return nil
}

func parseHash32(s string) ([32]byte, error) {
	var h [32]byte
	if len(s) != 66 || (s[:2] != "0x" && s[:2] != "0X") {
		return h, errors.New("want 0x and 64 hex digits")
	}
	b, err := decodeHex(s[2:])
	if err != nil {
		return h, err
	}
	copy(h[:], b)
	return h, nil
}

// ClassID names a service class: keccak256 of the ABI encoding of its
// model, program and image roots, trace height and step bound (Class.ID).
type ClassID [32]byte

// Hex returns the 0x-prefixed hex form.
func (id ClassID) Hex() string { return common.Hash(id).Hex() }

// String returns the 0x-prefixed hex form.
func (id ClassID) String() string { return id.Hex() }

// ParseClassID parses a 0x-prefixed 32-byte hex class id.
func ParseClassID(s string) (ClassID, error) {
	h, err := parseHash32(s)
	if err != nil {
		return ClassID{}, fmt.Errorf("class id %q: %w", s, err)
	}
	return ClassID(h), nil
}

// MarshalText implements encoding.TextMarshaler.
func (id ClassID) MarshalText() ([]byte, error) { return []byte(id.Hex()), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (id *ClassID) UnmarshalText(b []byte) error {
	v, err := ParseClassID(string(b))
	if err != nil {
		return err
	}
	*id = v
	return nil
}

// Limits of a class, as the Registry checks them.
const (
	MaxClassTraceHeight = 32
	MaxClassStepsLog2   = 48
)

// Class is what the answers of a job must agree on (DESIGN §5): the model
// root, the program root and the guest image root (the VM prestate of every
// game about the class), plus the two numbers a game needs that the roots do
// not show on chain: the program's trace height and the step bound of one
// op (no op of the program takes more than 2^StepsLog2 VM steps; the
// dissection range of every game about the class).
type Class struct {
	ModelRoot   merkle.Hash `json:"modelRoot"`
	ProgramRoot merkle.Hash `json:"programRoot"`
	ImageRoot   merkle.Hash `json:"imageRoot"`
	TraceHeight uint8       `json:"traceHeight"`
	StepsLog2   uint8       `json:"stepsLog2"`
}

// ID is the class id, as Registry.classId computes it.
func (c *Class) ID() ClassID {
	return ClassID(crypto.Keccak256Hash(c.ModelRoot[:], c.ProgramRoot[:], c.ImageRoot[:],
		uint64Word(uint64(c.TraceHeight)), uint64Word(uint64(c.StepsLog2))))
}

// Validate checks the class's numbers against the Registry's limits.
func (c *Class) Validate() error {
	if c.TraceHeight > MaxClassTraceHeight {
		return fmt.Errorf("class: trace height %d is over %d", c.TraceHeight, MaxClassTraceHeight)
	}
	if c.StepsLog2 == 0 || c.StepsLog2 > MaxClassStepsLog2 {
		return fmt.Errorf("class: step bound 2^%d is outside 2^1 … 2^%d", c.StepsLog2, MaxClassStepsLog2)
	}
	return nil
}

// MaxCIDBytes bounds the binary CID of a job's input.
const MaxCIDBytes = 128

// Job is the request a user signs (EIP-712, Registry domain). It names a
// service class, not a provider, so the same signed job goes to every
// provider the user asks and their claims are about one job hash. Its
// EIP-712 digest is the job hash that claims refer to.
type Job struct {
	Class     ClassID
	InputRoot merkle.Hash // word-tree root of the input blob
	InputCID  []byte      // binary CID of the input's root block
	User      common.Address
	Nonce     uint64      // per user and class; a repeated nonce is a replay
	FeeCap    uint256.Int // most the user pays for the job, in wei
	Deadline  uint64      // unix seconds; the job is void from then on
}

// StructHash is the EIP-712 hashStruct of the job.
func (j *Job) StructHash() common.Hash {
	return crypto.Keccak256Hash(
		jobTypeHash[:], j.Class[:], j.InputRoot[:], crypto.Keccak256(j.InputCID),
		addressWord(j.User), uint64Word(j.Nonce), u256Word(&j.FeeCap), uint64Word(j.Deadline),
	)
}

// Hash is the job hash: the EIP-712 digest in the registry domain d.
func (j *Job) Hash(d Domain) common.Hash { return typedDigest(d, j.StructHash()) }

// Claim is what a provider signs about a job's result (EIP-712, Registry domain).
type Claim struct {
	JobHash    common.Hash
	OutputRoot merkle.Hash
	TraceRoot  merkle.Hash // word-tree root of (A_1 … A_C)
	Provider   common.Address
}

// StructHash is the EIP-712 hashStruct of the claim.
func (c *Claim) StructHash() common.Hash {
	return crypto.Keccak256Hash(claimTypeHash[:], c.JobHash[:], c.OutputRoot[:], c.TraceRoot[:], addressWord(c.Provider))
}

// Hash is the EIP-712 digest of the claim in the registry domain d.
func (c *Claim) Hash(d Domain) common.Hash { return typedDigest(d, c.StructHash()) }

// Voucher is a user's promise to pay a provider Amount wei in total
// (cumulative over all jobs so far in the channel's epoch Epoch); EIP-712,
// Escrow domain. Each completed refund starts a new epoch, in which amounts
// count from zero again and the vouchers of earlier epochs are void.
type Voucher struct {
	User     common.Address
	Provider common.Address
	Epoch    uint32
	Amount   uint256.Int
}

// StructHash is the EIP-712 hashStruct of the voucher.
func (v *Voucher) StructHash() common.Hash {
	return crypto.Keccak256Hash(voucherTypeHash[:], addressWord(v.User), addressWord(v.Provider),
		uint64Word(uint64(v.Epoch)), u256Word(&v.Amount))
}

// Hash is the EIP-712 digest of the voucher in the escrow domain d.
func (v *Voucher) Hash(d Domain) common.Hash { return typedDigest(d, v.StructHash()) }

func u256Word(v *uint256.Int) []byte {
	b := v.Bytes32()
	return b[:]
}

// Signature is a 65-byte secp256k1 signature r || s || v with v in {27, 28}
// and s in the lower half of the curve order, as the contracts accept it.
type Signature [65]byte

var secp256k1HalfN = new(big.Int).Rsh(crypto.S256().Params().N, 1)

// ErrBadSignature is returned (wrapped) when a signature is malformed or was
// not made by the signer the message names.
var ErrBadSignature = errors.New("bad signature")

// check rejects malformed and malleable signatures.
func (s *Signature) check() error {
	if s[64] != 27 && s[64] != 28 {
		return fmt.Errorf("%w: v is %d, want 27 or 28", ErrBadSignature, s[64])
	}
	r := new(big.Int).SetBytes(s[:32])
	sv := new(big.Int).SetBytes(s[32:64])
	if r.Sign() == 0 || sv.Sign() == 0 {
		return fmt.Errorf("%w: zero r or s", ErrBadSignature)
	}
	if sv.Cmp(secp256k1HalfN) > 0 {
		return fmt.Errorf("%w: s is in the upper half of the curve order", ErrBadSignature)
	}
	return nil
}

// sign signs a digest and returns it in contract form.
func sign(digest common.Hash, key *ecdsa.PrivateKey) (Signature, error) {
	var s Signature
	if key == nil {
		return s, errors.New("sign: no key")
	}
	raw, err := crypto.Sign(digest[:], key)
	if err != nil {
		return s, fmt.Errorf("sign: %w", err)
	}
	copy(s[:], raw)
	s[64] += 27
	return s, nil
}

// Recover returns the address that signed digest.
func (s *Signature) Recover(digest common.Hash) (common.Address, error) {
	if err := s.check(); err != nil {
		return common.Address{}, err
	}
	raw := *s
	raw[64] -= 27
	pub, err := crypto.SigToPub(digest[:], raw[:])
	if err != nil {
		return common.Address{}, fmt.Errorf("%w: %v", ErrBadSignature, err)
	}
	return crypto.PubkeyToAddress(*pub), nil
}

func verify(what string, digest common.Hash, sig *Signature, want common.Address) error {
	got, err := sig.Recover(digest)
	if err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	if got != want {
		return fmt.Errorf("%s: %w: signed by %s, not by %s (wrong key, chain id or contract?)", what, ErrBadSignature, got.Hex(), want.Hex())
	}
	return nil
}

// SignedJob is a job with the user's signature.
type SignedJob struct {
	Job
	Sig Signature
}

// SignJob signs a job with the user's key. The key must be the job's User.
func SignJob(j Job, d Domain, key *ecdsa.PrivateKey) (SignedJob, error) {
	if err := checkSigner("job user", j.User, key); err != nil {
		return SignedJob{}, err
	}
	if len(j.InputCID) > MaxCIDBytes {
		return SignedJob{}, fmt.Errorf("job: input CID has %d bytes, at most %d", len(j.InputCID), MaxCIDBytes)
	}
	sig, err := sign(j.Hash(d), key)
	return SignedJob{Job: j, Sig: sig}, err
}

// Verify checks that the job's User signed it in domain d.
func (s *SignedJob) Verify(d Domain) error { return verify("job", s.Hash(d), &s.Sig, s.User) }

// SignedClaim is a claim with the provider's signature.
type SignedClaim struct {
	Claim
	Sig Signature
}

// SignClaim signs a claim with the provider's key. The key must be the claim's Provider.
func SignClaim(c Claim, d Domain, key *ecdsa.PrivateKey) (SignedClaim, error) {
	if err := checkSigner("claim provider", c.Provider, key); err != nil {
		return SignedClaim{}, err
	}
	sig, err := sign(c.Hash(d), key)
	return SignedClaim{Claim: c, Sig: sig}, err
}

// Verify checks that the claim's Provider signed it in domain d.
func (s *SignedClaim) Verify(d Domain) error { return verify("claim", s.Hash(d), &s.Sig, s.Provider) }

// SignedVoucher is a voucher with the user's signature.
type SignedVoucher struct {
	Voucher
	Sig Signature
}

// SignVoucher signs a voucher with the user's key. The key must be the voucher's User.
func SignVoucher(v Voucher, d Domain, key *ecdsa.PrivateKey) (SignedVoucher, error) {
	if err := checkSigner("voucher user", v.User, key); err != nil {
		return SignedVoucher{}, err
	}
	sig, err := sign(v.Hash(d), key)
	return SignedVoucher{Voucher: v, Sig: sig}, err
}

// Verify checks that the voucher's User signed it in domain d.
func (s *SignedVoucher) Verify(d Domain) error { return verify("voucher", s.Hash(d), &s.Sig, s.User) }

func checkSigner(role string, want common.Address, key *ecdsa.PrivateKey) error {
	if key == nil {
		return fmt.Errorf("sign: no key for %s", role)
	}
	if got := crypto.PubkeyToAddress(key.PublicKey); got != want {
		return fmt.Errorf("sign: key is %s but the %s is %s", got.Hex(), role, want.Hex())
	}
	return nil
}

// ErrWrongJob is returned (wrapped) when a claim names another job.
var ErrWrongJob = errors.New("claim is for another job")

// VerifyFor checks that the claim answers job j (its JobHash is j's hash in
// domain d) and that its Provider signed it in d.
func (s *SignedClaim) VerifyFor(d Domain, j *Job) error {
	if want := j.Hash(d); s.JobHash != want {
		return fmt.Errorf("%w: claim names job %s, not %s", ErrWrongJob, s.JobHash.Hex(), want.Hex())
	}
	return s.Verify(d)
}

// Conflict reports whether two claims are grounds for a dispute: the same
// job, different output roots, different providers. Signatures are not
// checked here; verify each claim first.
func Conflict(a, b *SignedClaim) bool {
	return a.JobHash == b.JobHash && a.OutputRoot != b.OutputRoot && a.Provider != b.Provider
}
