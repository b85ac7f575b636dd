package market

import (
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"

	"github.com/holiman/uint256"
)

// Wire format. Every message starts with the format version and its kind;
// integers are big-endian and fixed-width; the one variable field (a job's
// input CID) has a 2-byte length. Each value has exactly one encoding and
// decoding rejects anything else: unknown version or kind, short or trailing
// bytes, an oversized CID, a malformed or malleable signature.
//
//	job:     1 | 1 | service 32 | inputRoot 32 | cidLen 2 | cid | user 20 | nonce 8 | feeCap 32 | deadline 8 | sig 65
//	claim:   1 | 2 | jobHash 32 | outputRoot 32 | traceRoot 32 | provider 20 | sig 65
//	voucher: 1 | 3 | user 20 | provider 20 | epoch 4 | amount 32 | sig 65
const (
	WireVersion = 1

	kindJob     = 1
	kindClaim   = 2
	kindVoucher = 3

	jobFixedLen  = 2 + 32 + 32 + 2 + 20 + 8 + 32 + 8 + 65
	claimWireLen = 2 + 32 + 32 + 32 + 20 + 65
	voucherLen   = 2 + 20 + 20 + 4 + 32 + 65
)

// ErrMalformed is returned (wrapped) for bytes that are not a canonical encoding.
var ErrMalformed = errors.New("malformed message")

// MarshalBinary encodes the signed job canonically.
func (s *SignedJob) MarshalBinary() ([]byte, error) {
	if len(s.InputCID) > MaxCIDBytes {
		return nil, fmt.Errorf("encode job: input CID has %d bytes, at most %d", len(s.InputCID), MaxCIDBytes)
	}
	b := make([]byte, 0, jobFixedLen+len(s.InputCID))
	b = append(b, WireVersion, kindJob)
	b = append(b, s.Class[:]...)
	b = append(b, s.InputRoot[:]...)
	b = binary.BigEndian.AppendUint16(b, uint16(len(s.InputCID)))
	b = append(b, s.InputCID...)
	b = append(b, s.User[:]...)
	b = binary.BigEndian.AppendUint64(b, s.Nonce)
	b = append(b, u256Word(&s.FeeCap)...)
	b = binary.BigEndian.AppendUint64(b, s.Deadline)
	b = append(b, s.Sig[:]...)
	return b, nil
}

// UnmarshalBinary decodes a canonical signed job. It does not verify the
// signature against a domain; call Verify for that.
func (s *SignedJob) UnmarshalBinary(b []byte) error {
	r := reader{b: b}
	if err := r.header(kindJob, "job"); err != nil {
		return err
	}
	var j SignedJob
	r.read(j.Class[:])
	r.read(j.InputRoot[:])
	n := int(r.uint16())
	if n > MaxCIDBytes {
		return fmt.Errorf("%w: job input CID has %d bytes, at most %d", ErrMalformed, n, MaxCIDBytes)
	}
	if n > 0 {
		j.InputCID = make([]byte, n)
		r.read(j.InputCID)
	}
	r.read(j.User[:])
	j.Nonce = r.uint64()
	r.u256(&j.FeeCap)
	j.Deadline = r.uint64()
	r.read(j.Sig[:])
	if err := r.done("job"); err != nil {
		return err
	}
	if err := j.Sig.check(); err != nil {
		return fmt.Errorf("%w: job: %v", ErrMalformed, err)
	}
	*s = j
	return nil
}

// MarshalBinary encodes the signed claim canonically.
func (s *SignedClaim) MarshalBinary() ([]byte, error) {
	b := make([]byte, 0, claimWireLen)
	b = append(b, WireVersion, kindClaim)
	b = append(b, s.JobHash[:]...)
	b = append(b, s.OutputRoot[:]...)
	b = append(b, s.TraceRoot[:]...)
	b = append(b, s.Provider[:]...)
	b = append(b, s.Sig[:]...)
	return b, nil
}

// UnmarshalBinary decodes a canonical signed claim (signature not verified).
func (s *SignedClaim) UnmarshalBinary(b []byte) error {
	r := reader{b: b}
	if err := r.header(kindClaim, "claim"); err != nil {
		return err
	}
	var c SignedClaim
	r.read(c.JobHash[:])
	r.read(c.OutputRoot[:])
	r.read(c.TraceRoot[:])
	r.read(c.Provider[:])
	r.read(c.Sig[:])
	if err := r.done("claim"); err != nil {
		return err
	}
	if err := c.Sig.check(); err != nil {
		return fmt.Errorf("%w: claim: %v", ErrMalformed, err)
	}
	*s = c
	return nil
}

// MarshalBinary encodes the signed voucher canonically.
func (s *SignedVoucher) MarshalBinary() ([]byte, error) {
	b := make([]byte, 0, voucherLen)
	b = append(b, WireVersion, kindVoucher)
	b = append(b, s.User[:]...)
	b = append(b, s.Provider[:]...)
	b = binary.BigEndian.AppendUint32(b, s.Epoch)
	b = append(b, u256Word(&s.Amount)...)
	b = append(b, s.Sig[:]...)
	return b, nil
}

// UnmarshalBinary decodes a canonical signed voucher (signature not verified).
func (s *SignedVoucher) UnmarshalBinary(b []byte) error {
	r := reader{b: b}
	if err := r.header(kindVoucher, "voucher"); err != nil {
		return err
	}
	var v SignedVoucher
	r.read(v.User[:])
	r.read(v.Provider[:])
	v.Epoch = r.uint32()
	r.u256(&v.Amount)
	r.read(v.Sig[:])
	if err := r.done("voucher"); err != nil {
		return err
	}
	if err := v.Sig.check(); err != nil {
		return fmt.Errorf("%w: voucher: %v", ErrMalformed, err)
	}
	*s = v
	return nil
}

// DecodeJob, DecodeClaim and DecodeVoucher are UnmarshalBinary as functions.
func DecodeJob(b []byte) (SignedJob, error) {
	var s SignedJob
	return s, s.UnmarshalBinary(b)
}

// DecodeClaim decodes a canonical signed claim.
func DecodeClaim(b []byte) (SignedClaim, error) {
	var s SignedClaim
	return s, s.UnmarshalBinary(b)
}

// DecodeVoucher decodes a canonical signed voucher.
func DecodeVoucher(b []byte) (SignedVoucher, error) {
	var s SignedVoucher
	return s, s.UnmarshalBinary(b)
}

// reader consumes b front to back; a short read sets short and yields zeros.
type reader struct {
	b     []byte
	off   int
	short bool
}

func (r *reader) header(kind byte, what string) error {
	if len(r.b) < 2 {
		return fmt.Errorf("%w: %s: %d bytes, too short for a header", ErrMalformed, what, len(r.b))
	}
	if r.b[0] != WireVersion {
		return fmt.Errorf("%w: %s: wire version %d, want %d", ErrMalformed, what, r.b[0], WireVersion)
	}
	if r.b[1] != kind {
		return fmt.Errorf("%w: %s: message kind %d, want %d", ErrMalformed, what, r.b[1], kind)
	}
	r.off = 2
	return nil
}

func (r *reader) read(dst []byte) {
	if r.short || len(r.b)-r.off < len(dst) {
		r.short = true
		return
	}
	copy(dst, r.b[r.off:])
	r.off += len(dst)
}

func (r *reader) uint16() uint16 {
	var w [2]byte
	r.read(w[:])
	return binary.BigEndian.Uint16(w[:])
}

func (r *reader) uint32() uint32 {
	var w [4]byte
	r.read(w[:])
	return binary.BigEndian.Uint32(w[:])
}

func (r *reader) uint64() uint64 {
	var w [8]byte
	r.read(w[:])
	return binary.BigEndian.Uint64(w[:])
}

func (r *reader) u256(dst *uint256.Int) {
	var w [32]byte
	r.read(w[:])
	dst.SetBytes32(w[:])
}

func (r *reader) done(what string) error {
	if r.short {
		return fmt.Errorf("%w: %s: truncated at %d bytes", ErrMalformed, what, len(r.b))
	}
	if r.off != len(r.b) {
		return fmt.Errorf("%w: %s: %d trailing bytes", ErrMalformed, what, len(r.b)-r.off)
	}
	return nil
}

func decodeHex(s string) ([]byte, error) {
	b, err := hex.DecodeString(strings.TrimSpace(s))
	if err != nil {
		return nil, fmt.Errorf("bad hex: %w", err)
	}
	return b, nil
}
