package node

import (
	"context"
	"math/big"
	"os"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// TestLoad (RMS_LONG=1): 1,000 MNIST jobs (RMS_LOAD_JOBS) from three users
// to five providers on loopback, K = 3, honest, and 100 jobs
// (RMS_LOAD_CHEATER_JOBS) with one cheater among the five. Every job ends with the native label, none is lost, and no
// provider is paid twice for a job: each channel redeemed exactly what its
// user signed, which is the price times the claims that provider sent that
// user. The jobs/s and latency percentiles go to the log (docs/BENCHMARKS.md).
// loadGamePoll is how often the load run's games are read.
const loadGamePoll = 100 * time.Millisecond

func TestLoad(t *testing.T) {
	if os.Getenv("RMS_LONG") == "" {
		t.Skip("RMS_LONG=1 runs the load test")
	}
	jobs := 1000
	if n, err := strconv.Atoi(os.Getenv("RMS_LOAD_JOBS")); err == nil && n > 0 {
		jobs = n
	}
	cheated := 100
	if n, err := strconv.Atoi(os.Getenv("RMS_LOAD_CHEATER_JOBS")); err == nil && n > 0 {
		cheated = n
	}
	svc, inputs, labels := mnistService(t, 16)
	for _, tc := range []struct {
		name     string
		cheaters int
		jobs     int
		poll     time.Duration
	}{{"honest", 0, jobs, 0}, {"one cheater", 1, cheated, loadGamePoll}} {
		// With a cheater about 3 jobs in 5 go to a game (the cheater is
		// among the 3 asked): dozens of games at once, each read by its
		// two players and the user, so games are polled less often than
		// in a small devnet. The cheater's 1 ETH stake covers 100 bonds.
		jobs := tc.jobs
		t.Run(tc.name, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), 30*time.Minute)
			defer cancel()
			d, err := StartDevnet(ctx, DevnetConfig{Providers: 5, Cheaters: tc.cheaters, K: 3, Users: 3, Service: svc, Dir: t.TempDir(), GamePoll: tc.poll})
			if err != nil {
				t.Fatal(err)
			}
			defer d.Close(context.Background())
			in := make([][]byte, jobs)
			for i := range in {
				in[i] = inputs[i%len(inputs)]
			}
			rep, err := d.RunJobs(ctx, in, 32)
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("%d jobs, 3 users, 5 providers (%d cheating), K 3: %.1f jobs/s, p50 %s, p99 %s, agreed %d, disputed %d, slashed %d, wall %s",
				jobs, tc.cheaters, rep.JobsPerSecond, rep.P50.Round(time.Millisecond), rep.P99.Round(time.Millisecond),
				rep.Agreed, rep.Disputed, rep.Slashed, rep.Wall.Round(time.Millisecond))
			if rep.Failed != 0 || rep.Agreed+rep.Disputed != jobs {
				t.Fatalf("failed %d, agreed %d, disputed %d of %d", rep.Failed, rep.Agreed, rep.Disputed, jobs)
			}
			if tc.cheaters == 0 && rep.Disputed != 0 {
				t.Fatalf("%d disputes without a cheater", rep.Disputed)
			}
			seen := map[common.Hash]bool{}
			served := map[[2]common.Address]int64{} // user, provider → claims
			var disputed []time.Duration
			games := 0
			for i, r := range rep.Results {
				if r.Label == nil || *r.Label != labels[i%len(labels)] || seen[r.JobHash] {
					t.Fatalf("job %d: label %v, native %d (or a repeated job hash)", i, r.Label, labels[i%len(labels)])
				}
				seen[r.JobHash] = true
				if len(r.Claims) != 3 {
					t.Fatalf("job %d: %d claims", i, len(r.Claims))
				}
				if len(r.Games) > 0 {
					disputed = append(disputed, r.Wall)
					games += len(r.Games)
				}
				user := d.usersP[i%len(d.usersP)].Address()
				for _, c := range r.Claims {
					served[[2]common.Address{user, c.Claim.Provider}]++
				}
			}
			if len(disputed) > 0 {
				var sum time.Duration
				for _, w := range disputed {
					sum += w
				}
				slices.Sort(disputed)
				t.Logf("disputed jobs: %d in %d games, latency to the final answer: mean %s, p50 %s, p99 %s", len(disputed), games,
					(sum / time.Duration(len(disputed))).Round(time.Millisecond), disputed[len(disputed)/2].Round(time.Millisecond),
					disputed[(len(disputed)*99)/100].Round(time.Millisecond))
			}
			price := d.cfg.Price
			total := new(big.Int)
			for _, up := range d.usersP {
				for _, pp := range d.providerP {
					ch, err := up.Escrow.Channel(ctx, up.Address(), pp.Address())
					if err != nil {
						t.Fatal(err)
					}
					signed, err := up.Store.getAmount(prefixSigned, chanKey{user: pp.Address(), epoch: ch.Epoch}.bytes())
					if err != nil {
						t.Fatal(err)
					}
					want := new(big.Int).Mul(price, big.NewInt(served[[2]common.Address{up.Address(), pp.Address()}]))
					if ch.Redeemed.Cmp(want) != 0 || signed.ToBig().Cmp(want) != 0 {
						t.Fatalf("user %s, provider %s: redeemed %s, signed %s, served %s", up.Address().Hex(), pp.Address().Hex(), ch.Redeemed, signed, want)
					}
					total.Add(total, want)
				}
			}
			if rep.Redeemed.Cmp(total) != 0 || total.Cmp(new(big.Int).Mul(price, big.NewInt(int64(3*jobs)))) != 0 {
				t.Fatalf("redeemed %s in all, want %s", rep.Redeemed, total)
			}
		})
	}
}
