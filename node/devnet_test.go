package node

import (
	"context"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/peer"
	"math/big"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/rmsnet/rms/dispute"
	"github.com/rmsnet/rms/market"
	"github.com/rmsnet/rms/merkle"
	"github.com/rmsnet/rms/model/mnist"
)

var (
	serviceOnce sync.Once
	testService *Service
	testInputs  [][]byte
	testLabels  []int32 // native labels of testInputs
	serviceErr  error
)

// mnistService loads testdata/mnist.gguf and the first MNIST test images,
// with the labels the model gives them natively.
func mnistService(t *testing.T, n int) (*Service, [][]byte, []int32) {
	t.Helper()
	serviceOnce.Do(func() {
		testService, serviceErr = LoadService("../testdata/mnist.gguf")
		if serviceErr != nil {
			return
		}
		dir, err := mnist.DataDir()
		if err != nil {
			serviceErr = err
			return
		}
		test, err := mnist.LoadTest(dir)
		if err != nil {
			serviceErr = err
			return
		}
		for i := 0; i < 16; i++ {
			in, err := mnist.Input(test.Images[i])
			if err != nil {
				serviceErr = err
				return
			}
			b, _ := in.Encode()
			res, err := testService.Model.Run(context.Background(), in)
			if err != nil {
				serviceErr = err
				return
			}
			testInputs = append(testInputs, b)
			testLabels = append(testLabels, res.Output.I32[0])
		}
	})
	if serviceErr != nil {
		t.Fatal(serviceErr)
	}
	return testService, testInputs[:n], testLabels[:n]
}

func startDevnet(t *testing.T, providers, cheaters int) *Devnet {
	t.Helper()
	svc, _, _ := mnistService(t, 1)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	d, err := StartDevnet(ctx, DevnetConfig{Providers: providers, Cheaters: cheaters, Service: svc, Dir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { d.Close(context.Background()) })
	return d
}

// balances sums the balance of every address the devnet moves, plus the
// block producer's (priority fees), at block n.
func balances(t *testing.T, d *Devnet, n *big.Int) *big.Int {
	t.Helper()
	ctx := context.Background()
	h, err := d.Chain.HeaderByNumber(ctx, n)
	if err != nil {
		t.Fatal(err)
	}
	total := new(big.Int)
	for _, a := range append(d.Addresses(), h.Coinbase) {
		b, err := d.Sim.Client().BalanceAt(ctx, a, h.Number)
		if err != nil {
			t.Fatal(err)
		}
		total.Add(total, b)
	}
	return total
}

// burnt sums base fee × gas of blocks (from, to].
func burnt(t *testing.T, d *Devnet, from, to uint64) *big.Int {
	t.Helper()
	total := new(big.Int)
	for n := from + 1; n <= to; n++ {
		h, err := d.Chain.HeaderByNumber(context.Background(), new(big.Int).SetUint64(n))
		if err != nil {
			t.Fatal(err)
		}
		total.Add(total, new(big.Int).Mul(h.BaseFee, new(big.Int).SetUint64(h.GasUsed)))
	}
	return total
}

func head(t *testing.T, d *Devnet) uint64 {
	h, err := d.Chain.HeaderByNumber(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	return h.Number.Uint64()
}

func TestDevnet(t *testing.T) {
	for _, tc := range []struct {
		name      string
		providers int
		cheaters  int
		jobs      int
	}{
		{"honest", 3, 0, 4},
		{"one cheater", 3, 1, 2},
		{"cheating majority", 3, 2, 1},
		{"two cheaters of five", 5, 2, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := startDevnet(t, tc.providers, tc.cheaters)
			_, inputs, labels := mnistService(t, tc.jobs)
			ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
			defer cancel()
			h0 := head(t, d)
			before := balances(t, d, new(big.Int).SetUint64(h0))
			rep, err := d.RunJobs(ctx, inputs, 2)
			if err != nil {
				t.Fatal(err)
			}
			h1 := head(t, d)
			after := balances(t, d, new(big.Int).SetUint64(h1))

			// Every job answered; with a cheater each is a dispute whose
			// standing output is the honest label.
			wantAgreed, wantDisputed := tc.jobs, 0
			if tc.cheaters > 0 {
				wantAgreed, wantDisputed = 0, tc.jobs
			}
			if rep.Agreed != wantAgreed || rep.Disputed != wantDisputed || rep.Failed != 0 {
				t.Fatalf("agreed %d disputed %d failed %d, want %d %d 0", rep.Agreed, rep.Disputed, rep.Failed, wantAgreed, wantDisputed)
			}
			for i, r := range rep.Results {
				if r.Label == nil || *r.Label != labels[i] {
					t.Fatalf("job %d: label %v, native %d", i, r.Label, labels[i])
				}
				if len(r.Claims) != tc.providers {
					t.Fatalf("job %d: %d claims", i, len(r.Claims))
				}
				if wantDisputed > 0 && len(r.Outputs) != 2 {
					t.Fatalf("job %d: %d outputs, want 2", i, len(r.Outputs))
				}
			}

			// Every dispute went to a game: the honest provider won and the
			// cheater's bond was slashed.
			bond := market.DefaultDeployConfig().GameBond
			cheaters := map[common.Address]bool{}
			for i, p := range d.Providers {
				if p.cheat {
					cheaters[d.providerP[i].Address()] = true
				}
			}
			slashed := new(big.Int)
			for i, r := range rep.Results {
				if wantDisputed == 0 {
					if len(r.Games) != 0 || r.State != StateAgreed {
						t.Fatalf("job %d: state %s, %d games without a dispute", i, r.State, len(r.Games))
					}
					continue
				}
				// One game per cheater: the tournament goes on while an
				// undefeated cheating claim is left, even when the liars
				// are the majority. With an honest majority the games of
				// the cheaters are played at once (dispute.RoundPairs).
				if r.State != StateSettled || len(r.Games) != tc.cheaters {
					t.Fatalf("job %d: state %s with %d games, want settled by %d", i, r.State, len(r.Games), tc.cheaters)
				}
				for a, ga := range r.Games {
					for _, gb := range r.Games[a+1:] {
						overlap := len(ga.Rounds) > 0 && len(gb.Rounds) > 0 && ga.Rounds[0].Block < gb.Rounds[len(gb.Rounds)-1].Block &&
							gb.Rounds[0].Block < ga.Rounds[len(ga.Rounds)-1].Block
						if honestMajority := 2*tc.cheaters < tc.providers; overlap != honestMajority {
							t.Fatalf("job %d: games %s and %s overlap %v, want %v: rounds %v and %v", i, ga.ID.Hex(), gb.ID.Hex(), overlap, honestMajority, ga.Rounds, gb.Rounds)
						}
					}
				}
				for _, g := range r.Games {
					loser := g.loser()
					if g.State != GameResolved || cheaters[g.Winner] || !cheaters[loser] || g.Slashed != bond.String() || len(g.Rounds) == 0 ||
						g.Op == nil || g.End != "step" || g.Step == nil || g.Job != r.JobHash || g.Gas == 0 {
						t.Fatalf("job %d: game %+v, want the cheater slashed %s after a step", i, g, bond)
					}
					// The game as the winner recorded it in its own store.
					for pi, p := range d.providerP {
						pg, ok, err := p.Store.Game(g.ID)
						if err != nil {
							t.Fatal(err)
						}
						if party := p.Address() == g.Winner || p.Address() == loser; party != ok {
							t.Fatalf("job %d: provider %d: party %v, has a record %v", i, pi, party, ok)
						}
						if !ok {
							continue
						}
						if pg.State != GameResolved || pg.Winner != g.Winner || pg.Role != "provider" || pg.Moves == 0 || pg.Gas == 0 ||
							pg.Side == nil || pg.Parties[*pg.Side].Provider != p.Address() || len(pg.Rounds) != len(g.Rounds) {
							t.Fatalf("job %d: provider %d's record %+v", i, pi, pg)
						}
					}
					b, _ := new(big.Int).SetString(g.Slashed, 10)
					slashed.Add(slashed, b)
				}
			}
			if rep.Slashed != wantDisputed {
				t.Fatalf("slashed %d, want %d", rep.Slashed, wantDisputed)
			}
			// The slashed stake stays in the Registry, split as it says:
			// the reward share credited to the winners, the rest burnt
			// (counted, not sent anywhere).
			params, err := d.userP.Registry.Params(ctx)
			if err != nil {
				t.Fatal(err)
			}
			credit := new(big.Int)
			for _, a := range d.Addresses() {
				c, err := d.userP.Registry.Credit(ctx, a)
				if err != nil {
					t.Fatal(err)
				}
				credit.Add(credit, c)
			}
			wantCredit := new(big.Int).Div(new(big.Int).Mul(slashed, big.NewInt(int64(market.DefaultDeployConfig().SlashRewardBps))), big.NewInt(10_000))
			if credit.Cmp(wantCredit) != 0 || new(big.Int).Add(credit, params.TotalBurnt).Cmp(slashed) != 0 {
				t.Fatalf("credit %s and burnt %s of %s slashed, want credit %s", credit, params.TotalBurnt, slashed, wantCredit)
			}

			// Money: every provider (pre-charged) was paid once per job,
			// the escrow paid what the user signed, and no wei appeared or
			// vanished except the base fees burnt (the slashed stake did
			// not leave the Registry).
			price := d.cfg.Price
			want := new(big.Int).Mul(price, big.NewInt(int64(tc.jobs*tc.providers)))
			if rep.Redeemed.Cmp(want) != 0 {
				t.Fatalf("redeemed %s wei, want %s", rep.Redeemed, want)
			}
			user := d.userP.Address()
			for i, p := range d.providerP {
				ch, err := d.userP.Escrow.Channel(ctx, user, p.Address())
				if err != nil {
					t.Fatal(err)
				}
				signed, err := d.userP.Store.getAmount(prefixSigned, chanKey{user: p.Address(), epoch: ch.Epoch}.bytes())
				if err != nil {
					t.Fatal(err)
				}
				perJob := new(big.Int).Mul(price, big.NewInt(int64(tc.jobs)))
				if ch.Redeemed.Cmp(perJob) != 0 || signed.ToBig().Cmp(perJob) != 0 {
					t.Fatalf("provider %d: redeemed %s, user signed %s, want %s", i, ch.Redeemed, signed, perJob)
				}
			}
			diff := new(big.Int).Sub(before, after)
			if b := burnt(t, d, h0, h1); diff.Cmp(b) != 0 {
				t.Fatalf("balances fell by %s wei, base fees burnt %s", diff, b)
			}
		})
	}
}

// TestReplayServedOnce sends one signed job twice to a provider, and again
// after the provider restarts from its data dir: it is served once.
func TestReplayServedOnce(t *testing.T) {
	d := startDevnet(t, 1, 0)
	svc, inputs, _ := mnistService(t, 1)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	u := d.User
	providers, err := u.find(ctx, svc.ClassID)
	if err != nil {
		t.Fatal(err)
	}
	s := providers[0]
	job := market.Job{Class: svc.ClassID, InputRoot: merkle.BlobRoot(inputs[0]), User: d.userP.Address(), Nonce: 7,
		Deadline: uint64(time.Now().Add(10 * time.Minute).Unix())}
	job.FeeCap.SetFromBig(s.Price)
	signed, err := market.SignJob(job, d.Deployment.RegistryDomain(), d.userP.Key)
	if err != nil {
		t.Fatal(err)
	}
	send := func() error {
		_, err := u.ask(ctx, s, &signed, inputs[0])
		return err
	}
	// A deadline beyond the provider's maximum job lifetime is refused.
	far := job
	far.Nonce, far.Deadline = 8, uint64(time.Now().Add(DefaultMaxJobLifetime+time.Hour).Unix())
	farSigned, err := market.SignJob(far, d.Deployment.RegistryDomain(), d.userP.Key)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := u.ask(ctx, s, &farSigned, inputs[0]); err == nil || !strings.Contains(err.Error(), market.ErrDeadlineTooFar.Error()) {
		t.Fatalf("far deadline: %v, want a refusal", err)
	}
	if err := send(); err != nil {
		t.Fatal(err)
	}
	if err := send(); err == nil || !strings.Contains(err.Error(), market.ErrReplay.Error()) {
		t.Fatalf("second send: %v, want a replay refusal", err)
	}
	if err := d.RestartProvider(ctx, 0); err != nil {
		t.Fatal(err)
	}
	// The restarted provider listens on a new port; the DHT has it (a
	// failed request would also drop the cached lookup). Its old address
	// is forgotten and the new one dialled, so a DHT record of the old
	// incarnation found first on a loaded machine cannot fail the send.
	ph := d.providerP[0].P2P.Host
	u.parts.P2P.Host.Peerstore().ClearAddrs(ph.ID())
	if err := u.parts.P2P.Host.Connect(ctx, peer.AddrInfo{ID: ph.ID(), Addrs: ph.Addrs()}); err != nil {
		t.Fatalf("connect to the restarted provider: %v", err)
	}
	u.mu.Lock()
	delete(u.found, svc.ClassID)
	u.mu.Unlock()
	if providers, err = u.find(ctx, svc.ClassID); err != nil || providers[0].PeerID != s.PeerID {
		t.Fatalf("find after restart: %v", err)
	}
	if err := send(); err == nil || !strings.Contains(err.Error(), market.ErrReplay.Error()) {
		t.Fatalf("send after restart: %v, want a replay refusal", err)
	}
	// A fresh nonce is served after the restart, and the provider is paid
	// for the two jobs it served, not for the refused ones.
	if _, err := u.Submit(ctx, svc.ClassID, inputs[0]); err != nil {
		t.Fatal(err)
	}
	paid, err := d.Providers[0].Redeem(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if want := new(big.Int).Mul(d.cfg.Price, big.NewInt(2)); paid.Cmp(want) != 0 {
		t.Fatalf("paid %s, want %s", paid, want)
	}
}

// TestUserRefusesInconsistentClaims: a claim whose op roots do not hash to
// its trace root, or whose output is not its trace's last output, is
// refused with an error naming the problem, before any comparison.
func TestUserRefusesInconsistentClaims(t *testing.T) {
	d := startDevnet(t, 1, 0)
	svc, inputs, _ := mnistService(t, 1)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	for _, tc := range []struct {
		how  string
		want error
	}{{"ops", dispute.ErrTraceMismatch}, {"output", dispute.ErrOutputNotLast}} {
		d.Providers[0].inconsistent = tc.how
		res, err := d.User.Submit(ctx, svc.ClassID, inputs[0])
		if err == nil || res == nil || res.State != StateFailed || len(res.Errors) != 1 || !strings.Contains(res.Errors[0], tc.want.Error()) {
			t.Fatalf("%s: %+v, %v; want a refusal naming %q", tc.how, res, err, tc.want)
		}
	}
	d.Providers[0].inconsistent = ""
	if res, err := d.User.Submit(ctx, svc.ClassID, inputs[0]); err != nil || res.State != StateAgreed {
		t.Fatalf("consistent claim: %+v, %v", res, err)
	}
}
