package node

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/ipfs/go-cid"

	"github.com/rmsnet/rms/market"
	"github.com/rmsnet/rms/merkle"
	"github.com/rmsnet/rms/p2p"
)

// TestJobInputByCID: jobs that name their input by CID over real bitswap
// on loopback. An input in the user's store and one only the seeder holds
// are fetched by both providers, checked against the job's input root and
// run: agreed claims with the native labels, the providers' records keep
// the fetched bytes. A CID of another file than the job's input root, and
// bytes that are no CID, are refused naming the problem.
func TestJobInputByCID(t *testing.T) {
	d := startDevnet(t, 2, 0)
	svc, inputs, labels := mnistService(t, 3)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()

	fromUser, err := AddInput(ctx, d.userP.P2P, inputs[0])
	if err != nil {
		t.Fatal(err)
	}
	fromSeeder, err := AddInput(ctx, d.Seeder, inputs[1])
	if err != nil {
		t.Fatal(err)
	}
	if has, err := d.userP.P2P.Blocks.Has(ctx, fromSeeder); err != nil || has {
		t.Fatalf("the user holds the seeder's input before the job (%v)", err)
	}
	for i, c := range []struct {
		name string
		in   []byte
		cid  cid.Cid
	}{{"in the user's store", inputs[0], fromUser}, {"on the seeder only", inputs[1], fromSeeder}} {
		res, err := d.User.SubmitCID(ctx, svc.ClassID, c.cid)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if res.State != StateAgreed || len(res.Claims) != 2 || res.Label == nil || *res.Label != labels[i] {
			t.Fatalf("%s: state %s, %d claims, label %v; want agreed by 2 with the native %d (errors %v)", c.name, res.State, len(res.Claims), res.Label, labels[i], res.Errors)
		}
		if !bytes.Equal(res.Job.Job.InputCID, c.cid.Bytes()) || res.Job.Job.InputRoot != merkle.BlobRoot(c.in) {
			t.Fatalf("%s: the job names CID %x and root %s", c.name, res.Job.Job.InputCID, res.Job.Job.InputRoot.Hex())
		}
		for pi, p := range d.providerP {
			rec, ok, err := p.Store.Job(res.JobHash)
			if err != nil || !ok || !bytes.Equal(rec.Input, c.in) {
				t.Fatalf("%s: provider %d's record (%v, %v) does not hold the fetched input", c.name, pi, ok, err)
			}
		}
	}

	// Hand-made jobs whose CID is not their input.
	providers, err := d.User.find(ctx, svc.ClassID)
	if err != nil {
		t.Fatal(err)
	}
	s := providers[0]
	v, err := d.User.voucher(ctx, s)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		cid  []byte
		want string
	}{
		{"another file's CID", fromUser.Bytes(), "has root"},
		{"not a CID", []byte{1, 2, 3}, "input CID"},
	} {
		j := market.Job{Class: svc.ClassID, InputRoot: merkle.BlobRoot(inputs[2]), InputCID: tc.cid, User: d.userP.Address(), Nonce: 1 << 40,
			Deadline: uint64(time.Now().Add(10 * time.Minute).Unix())}
		j.FeeCap.SetFromBig(s.Price)
		sj, err := market.SignJob(j, d.Deployment.RegistryDomain(), d.userP.Key)
		if err != nil {
			t.Fatal(err)
		}
		raw, err := (&JobRequest{Job: sj, Voucher: v}).MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		_, err = d.userP.P2P.Jobs.Request(ctx, s.PeerID, raw)
		var re *p2p.RemoteError
		if !errors.As(err, &re) || !strings.Contains(re.Message, ErrBadInput.Error()) || !strings.Contains(re.Message, tc.want) {
			t.Fatalf("%s: %v, want a refusal naming %q and %q", tc.name, err, ErrBadInput, tc.want)
		}
	}
}
