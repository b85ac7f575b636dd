package node

import (
	"bytes"
	"errors"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/rmsnet/rms/market"
	"github.com/rmsnet/rms/merkle"
)

func testMessages(t testing.TB) (*JobRequest, *JobResponse) {
	key, _ := crypto.ToECDSA(bytes.Repeat([]byte{1}, 32))
	user := crypto.PubkeyToAddress(key.PublicKey)
	d := market.RegistryDomain(crypto.S256().Params().N, user)
	job, err := market.SignJob(market.Job{InputRoot: merkle.BlobRoot([]byte("in")), User: user, Nonce: 3, Deadline: 9}, d, key)
	if err != nil {
		t.Fatal(err)
	}
	v, err := market.SignVoucher(market.Voucher{User: user, Provider: user, Epoch: 1}, d, key)
	if err != nil {
		t.Fatal(err)
	}
	c, err := market.SignClaim(market.Claim{JobHash: job.Hash(d), Provider: user}, d, key)
	if err != nil {
		t.Fatal(err)
	}
	return &JobRequest{Job: job, Voucher: v, Input: []byte("in")}, &JobResponse{Claim: c, Output: []byte("out"),
		Ops: []merkle.Hash{{1}, {2}}}
}

func TestWireRoundTripAndRefusals(t *testing.T) {
	req, resp := testMessages(t)
	rb, err := req.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	got, err := DecodeJobRequest(rb)
	if err != nil || got.Job.Hash(market.Domain{}) != req.Job.Hash(market.Domain{}) || !bytes.Equal(got.Input, req.Input) || got.Voucher.Sig != req.Voucher.Sig {
		t.Fatalf("request round trip: %v", err)
	}
	pb, err := resp.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	if r, err := DecodeJobResponse(pb); err != nil || r.Claim != resp.Claim || !bytes.Equal(r.Output, resp.Output) || !slices.Equal(r.Ops, resp.Ops) {
		t.Fatalf("response round trip: %v", err)
	}
	for name, b := range map[string][]byte{
		"empty":         nil,
		"version":       append([]byte{2}, rb[1:]...),
		"kind":          pb,
		"truncated":     rb[:len(rb)-1],
		"trailing":      append(append([]byte{}, rb...), 0),
		"huge length":   {1, 1, 0xff, 0xff, 0xff, 0xff},
		"bad job bytes": append([]byte{1, 1, 0, 0, 0, 1, 9}, rb[7:]...),
	} {
		if _, err := DecodeJobRequest(b); !errors.Is(err, ErrMalformed) {
			t.Errorf("%s: err = %v, want ErrMalformed", name, err)
		}
	}
	if _, err := (&JobRequest{Job: req.Job, Voucher: req.Voucher, Input: make([]byte, MaxInputSize+1)}).MarshalBinary(); err == nil {
		t.Error("oversized input encoded")
	}
	// Op roots are whole hashes.
	odd := append([]byte{}, pb...)
	odd = append(odd[:len(odd)-64-4], 0, 0, 0, 63)
	odd = append(odd, make([]byte, 63)...)
	if _, err := DecodeJobResponse(odd); !errors.Is(err, ErrMalformed) {
		t.Errorf("op roots of 63 bytes: err = %v, want ErrMalformed", err)
	}
}

// FuzzDecodeJobRequest and FuzzDecodeJobResponse: any input decodes to a
// message that re-encodes to the same bytes, or fails with ErrMalformed.
func FuzzDecodeJobRequest(f *testing.F) {
	req, _ := testMessages(f)
	b, _ := req.MarshalBinary()
	f.Add(b)
	f.Fuzz(func(t *testing.T, b []byte) {
		r, err := DecodeJobRequest(b)
		if err != nil {
			if !errors.Is(err, ErrMalformed) {
				t.Fatalf("error %v is not ErrMalformed", err)
			}
			return
		}
		again, err := r.MarshalBinary()
		if err != nil || !bytes.Equal(again, b) {
			t.Fatalf("re-encoding differs: %v", err)
		}
	})
}

func FuzzDecodeJobResponse(f *testing.F) {
	_, resp := testMessages(f)
	b, _ := resp.MarshalBinary()
	f.Add(b)
	f.Fuzz(func(t *testing.T, b []byte) {
		r, err := DecodeJobResponse(b)
		if err != nil {
			if !errors.Is(err, ErrMalformed) {
				t.Fatalf("error %v is not ErrMalformed", err)
			}
			return
		}
		again, err := r.MarshalBinary()
		if err != nil || !bytes.Equal(again, b) {
			t.Fatalf("re-encoding differs: %v", err)
		}
	})
}
