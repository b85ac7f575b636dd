package node

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/holiman/uint256"

	"github.com/rmsnet/rms/market"
	"github.com/rmsnet/rms/merkle"
	"github.com/rmsnet/rms/p2p"
)

// TestProviderRefusals sends hand-built job requests to a provider: a fee
// cap below the price, vouchers for another provider, signed by another
// key or for too little (also too little once the jobs already served are
// counted), a wrong class and an input that is not the job's. Each is
// refused naming the problem, and none costs the user a nonce or credit:
// the same nonces are served afterwards with honest requests, and the
// provider redeems exactly the price of the jobs it served.
func TestProviderRefusals(t *testing.T) {
	d := startDevnet(t, 1, 0)
	svc, inputs, _ := mnistService(t, 1)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	u := d.User
	providers, err := u.find(ctx, svc.ClassID)
	if err != nil {
		t.Fatal(err)
	}
	s := providers[0]
	price, _ := uint256.FromBig(s.Price)
	// The user's first voucher funds the channel and names its epoch.
	first, err := u.voucher(ctx, s)
	if err != nil {
		t.Fatal(err)
	}
	userAddr := d.userP.Address()
	job := func(nonce uint64, feeCap *uint256.Int, class market.ClassID) *market.SignedJob {
		j := market.Job{Class: class, InputRoot: merkle.BlobRoot(inputs[0]), User: userAddr, Nonce: nonce,
			Deadline: uint64(time.Now().Add(10 * time.Minute).Unix())}
		j.FeeCap = *feeCap
		sj, err := market.SignJob(j, d.Deployment.RegistryDomain(), d.userP.Key)
		if err != nil {
			t.Fatal(err)
		}
		return &sj
	}
	times := func(n uint64) *uint256.Int { return new(uint256.Int).Mul(price, uint256.NewInt(n)) }
	voucher := func(amount *uint256.Int, mut func(*market.Voucher)) market.SignedVoucher {
		v := market.Voucher{User: userAddr, Provider: s.Provider, Epoch: first.Epoch, Amount: *amount}
		key := d.userP.Key
		if mut != nil {
			mut(&v)
		}
		if v.User != userAddr {
			key = d.providerP[0].Key // a voucher the provider signs to itself
		}
		sv, err := market.SignVoucher(v, u.parts.Escrow.Domain(), key)
		if err != nil {
			t.Fatal(err)
		}
		return sv
	}
	send := func(j *market.SignedJob, v market.SignedVoucher, input []byte) error {
		raw, err := (&JobRequest{Job: *j, Voucher: v, Input: input}).MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		b, err := u.parts.P2P.Jobs.Request(ctx, s.PeerID, raw)
		if err != nil {
			return err
		}
		_, err = DecodeJobResponse(b)
		return err
	}
	refused := func(name string, err error, want error) {
		t.Helper()
		var re *p2p.RemoteError
		if !errors.As(err, &re) || !strings.Contains(re.Message, want.Error()) {
			t.Fatalf("%s: %v, want a refusal naming %q", name, err, want)
		}
	}
	otherInput := append([]byte(nil), inputs[0]...)
	otherInput[len(otherInput)-1] ^= 1
	// A voucher whose signature is altered.
	forged := voucher(price, nil)
	forged.Sig[5] ^= 1
	for _, tc := range []struct {
		name  string
		job   *market.SignedJob
		v     market.SignedVoucher
		input []byte
		want  error
	}{
		{"fee cap below the price", job(1, new(uint256.Int).Sub(price, uint256.NewInt(1)), svc.ClassID), voucher(price, nil), inputs[0], ErrFeeTooLow},
		{"voucher for another provider", job(1, price, svc.ClassID), voucher(price, func(v *market.Voucher) { v.Provider = userAddr }), inputs[0], ErrBadVoucher},
		{"voucher of another user", job(1, price, svc.ClassID), voucher(price, func(v *market.Voucher) { v.User = s.Provider }), inputs[0], ErrBadVoucher},
		{"forged voucher signature", job(1, price, svc.ClassID), forged, inputs[0], ErrBadVoucher},
		{"voucher below the price", job(1, price, svc.ClassID), voucher(new(uint256.Int).Sub(price, uint256.NewInt(1)), nil), inputs[0], ErrUnpaid},
		{"another class", job(1, price, market.ClassID{7}), voucher(price, nil), inputs[0], ErrWrongClass},
		{"input not the job's", job(1, price, svc.ClassID), voucher(price, nil), otherInput, ErrBadInput},
	} {
		refused(tc.name, send(tc.job, tc.v, tc.input), tc.want)
	}
	// Nonce 1, refused above for every reason, is served now.
	if err := send(job(1, price, svc.ClassID), voucher(price, nil), inputs[0]); err != nil {
		t.Fatalf("nonce 1 after the refusals: %v", err)
	}
	// The second job must be paid on top of the first: a voucher for one
	// price in all is refused, one for two prices is served.
	refused("second job paid as the first", send(job(2, price, svc.ClassID), voucher(price, nil), inputs[0]), ErrUnpaid)
	if err := send(job(2, price, svc.ClassID), voucher(times(2), nil), inputs[0]); err != nil {
		t.Fatalf("second job: %v", err)
	}
	paid, err := d.Providers[0].Redeem(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if want := new(big.Int).Mul(s.Price, big.NewInt(2)); paid.Cmp(want) != 0 {
		t.Fatalf("paid %s, want %s", paid, want)
	}
}
