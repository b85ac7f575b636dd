package market

import (
	"bytes"
	"errors"
	"math/big"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

func signedSamples(t testing.TB) (SignedJob, SignedClaim, SignedVoucher) {
	t.Helper()
	user, provider := mustKey(t), mustKey(t)
	d := RegistryDomain(big.NewInt(1337), common.HexToAddress("0x1000000000000000000000000000000000000001"))
	r := rand.New(rand.NewPCG(7, 8))
	j, err := SignJob(randJob(r, addr(user)), d, user)
	if err != nil {
		t.Fatal(err)
	}
	c, err := SignClaim(randClaim(r, addr(provider)), d, provider)
	if err != nil {
		t.Fatal(err)
	}
	v, err := SignVoucher(Voucher{User: addr(user), Provider: addr(provider), Epoch: 0x01020304, Amount: *uint256.NewInt(1e15)}, d, user)
	if err != nil {
		t.Fatal(err)
	}
	return j, c, v
}

func TestWireRoundTrip(t *testing.T) {
	j, c, v := signedSamples(t)
	d := RegistryDomain(big.NewInt(1337), common.HexToAddress("0x1000000000000000000000000000000000000001"))
	jb, _ := j.MarshalBinary()
	j2, err := DecodeJob(jb)
	if err != nil {
		t.Fatal(err)
	}
	if err := j2.Verify(d); err != nil {
		t.Fatalf("decoded job does not verify: %v", err)
	}
	if jb2, _ := j2.MarshalBinary(); !bytes.Equal(jb, jb2) {
		t.Fatal("job re-encodes differently")
	}
	cb, _ := c.MarshalBinary()
	c2, err := DecodeClaim(cb)
	if err != nil || c2 != c {
		t.Fatalf("claim round trip: %v", err)
	}
	vb, _ := v.MarshalBinary()
	v2, err := DecodeVoucher(vb)
	if err != nil || v2 != v {
		t.Fatalf("voucher round trip: %v", err)
	}
	if len(cb) != claimWireLen || len(vb) != voucherLen || len(jb) != jobFixedLen+len(j.InputCID) {
		t.Fatalf("lengths %d %d %d", len(jb), len(cb), len(vb))
	}
}

func TestWireRejects(t *testing.T) {
	j, _, v := signedSamples(t)
	jb, _ := j.MarshalBinary()
	vb, _ := v.MarshalBinary()
	edit := func(b []byte, f func([]byte) []byte) []byte { return f(bytes.Clone(b)) }
	tests := []struct {
		name   string
		decode func([]byte) error
		in     []byte
	}{
		{"empty job", decodeJobErr, nil},
		{"job truncated", decodeJobErr, jb[:len(jb)-1]},
		{"job trailing byte", decodeJobErr, append(bytes.Clone(jb), 0)},
		{"job wire version", decodeJobErr, edit(jb, func(b []byte) []byte { b[0] = 2; return b })},
		{"voucher as job", decodeJobErr, vb},
		{"job CID length past end", decodeJobErr, edit(jb, func(b []byte) []byte { b[66], b[67] = 0, 200; return b })},
		{"job CID over limit", decodeJobErr, edit(jb, func(b []byte) []byte { b[66], b[67] = 0xff, 0xff; return b })},
		{"job bad v", decodeJobErr, edit(jb, func(b []byte) []byte { b[len(b)-1] = 0; return b })},
		{"job high s", decodeJobErr, edit(jb, func(b []byte) []byte { b[len(b)-33] = 0xff; return b })},
		{"voucher truncated", decodeVoucherErr, vb[:40]},
		{"voucher trailing", decodeVoucherErr, append(bytes.Clone(vb), 1, 2)},
		{"claim from voucher", decodeClaimErr, vb},
		{"claim one byte", decodeClaimErr, []byte{1}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if err := tc.decode(tc.in); !errors.Is(err, ErrMalformed) {
				t.Fatalf("decode = %v, want ErrMalformed", err)
			}
		})
	}
}

func decodeJobErr(b []byte) error     { _, err := DecodeJob(b); return err }
func decodeClaimErr(b []byte) error   { _, err := DecodeClaim(b); return err }
func decodeVoucherErr(b []byte) error { _, err := DecodeVoucher(b); return err }

// The seed corpus under testdata/fuzz is written by TestWriteFuzzCorpus when
// RMS_WRITE_CORPUS is set.
func FuzzDecodeJob(f *testing.F) {
	j, _, _ := signedSamples(f)
	b, _ := j.MarshalBinary()
	f.Add(b)
	f.Fuzz(func(t *testing.T, in []byte) {
		s, err := DecodeJob(in)
		if err != nil {
			return
		}
		out, err := s.MarshalBinary()
		if err != nil || !bytes.Equal(in, out) {
			t.Fatalf("accepted input is not canonical: %x re-encodes to %x (%v)", in, out, err)
		}
	})
}

func FuzzDecodeClaim(f *testing.F) {
	_, c, _ := signedSamples(f)
	b, _ := c.MarshalBinary()
	f.Add(b)
	f.Fuzz(func(t *testing.T, in []byte) {
		s, err := DecodeClaim(in)
		if err != nil {
			return
		}
		if out, _ := s.MarshalBinary(); !bytes.Equal(in, out) {
			t.Fatalf("accepted input is not canonical: %x", in)
		}
	})
}

func FuzzDecodeVoucher(f *testing.F) {
	_, _, v := signedSamples(f)
	b, _ := v.MarshalBinary()
	f.Add(b)
	f.Fuzz(func(t *testing.T, in []byte) {
		s, err := DecodeVoucher(in)
		if err != nil {
			return
		}
		if out, _ := s.MarshalBinary(); !bytes.Equal(in, out) {
			t.Fatalf("accepted input is not canonical: %x", in)
		}
	})
}

// TestWriteFuzzCorpus refreshes the committed seed corpus (valid messages and
// near misses) when RMS_WRITE_CORPUS is set.
func TestWriteFuzzCorpus(t *testing.T) {
	if os.Getenv("RMS_WRITE_CORPUS") == "" {
		t.Skip("set RMS_WRITE_CORPUS=1 to rewrite testdata/fuzz")
	}
	j, c, v := signedSamples(t)
	jb, _ := j.MarshalBinary()
	cb, _ := c.MarshalBinary()
	vb, _ := v.MarshalBinary()
	write := func(target string, seeds map[string][]byte) {
		dir := filepath.Join("testdata", "fuzz", target)
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		for name, b := range seeds {
			content := "go test fuzz v1\n[]byte(" + quoteBytes(b) + ")\n"
			if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	write("FuzzDecodeJob", map[string][]byte{"valid": jb, "truncated": jb[:len(jb)-7], "trailing": append(bytes.Clone(jb), 0), "empty": {}})
	write("FuzzDecodeClaim", map[string][]byte{"valid": cb, "truncated": cb[:50], "voucher": vb})
	write("FuzzDecodeVoucher", map[string][]byte{"valid": vb, "truncated": vb[:3], "claim": cb})
}

func quoteBytes(b []byte) string {
	var s bytes.Buffer
	s.WriteByte('"')
	for _, c := range b {
		s.WriteString("\\x")
		s.WriteByte("0123456789abcdef"[c>>4])
		s.WriteByte("0123456789abcdef"[c&15])
	}
	s.WriteByte('"')
	return s.String()
}
