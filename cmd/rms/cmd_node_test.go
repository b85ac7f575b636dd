package main

import (
	"bytes"
	"context"
	"encoding/json"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/rmsnet/rms/contracts/gethdev"
	"github.com/rmsnet/rms/market"
	"github.com/rmsnet/rms/node"
)

// startNode runs `rms node` in process until the test ends and waits for
// its API; it returns the node's status and a function that stops it (and
// fails the test on a non-zero exit).
func startNode(t *testing.T, dataDir string, args ...string) (node.Status, func()) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan int, 1)
	var errOut bytes.Buffer
	go func() {
		done <- run(ctx, append([]string{"node", "--data-dir", dataDir, "--listen", "/ip4/127.0.0.1/tcp/0", "--api", "127.0.0.1:0",
			"--log-level", "warn"}, args...), &bytes.Buffer{}, &errOut)
	}()
	var once sync.Once
	stop := func() {
		once.Do(func() {
			cancel()
			if code := <-done; code != 0 {
				t.Errorf("rms node %s: exit %d: %s", dataDir, code, errOut.String())
			}
		})
	}
	t.Cleanup(stop)
	deadline := time.Now().Add(time.Minute)
	for {
		select {
		case code := <-done:
			done <- code
			t.Fatalf("rms node exited %d: %s", code, errOut.String())
		default:
		}
		if c, err := node.NewAPIClient(dataDir); err == nil {
			var st node.Status
			if err := c.Do(ctx, "GET", "/v1/status", nil, &st); err == nil {
				return st, stop
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("node in %s did not start: %s", dataDir, errOut.String())
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// TestNodeAgainstGethDev runs a seeder and two providers as `rms node` on
// loopback against geth --dev, submits a job with `rms job submit`, and
// checks the answer, the status command and the payment redeemed at shutdown.
func TestNodeAgainstGethDev(t *testing.T) {
	url := startGethDev(t)
	dir := t.TempDir()
	devKey := filepath.Join(dir, "dev.key")
	os.WriteFile(devKey, []byte(gethdev.DevKey+"\n"), 0o600)
	keys := map[string]common.Address{}
	for _, name := range []string{"p0", "p1", "user"} {
		k, _ := crypto.GenerateKey()
		market.WriteHexKey(filepath.Join(dir, name+".key"), k)
		keys[name] = crypto.PubkeyToAddress(k.PublicKey)
	}
	fund(t, url, new(big.Int).Mul(big.NewInt(10), big.NewInt(1e18)), keys["p0"], keys["p1"], keys["user"])
	dep := filepath.Join(dir, "deployment.json")
	rms(t, false, "chain", "deploy", "--rpc", url, "--key", devKey, "--out", dep, "--min-stake", "0.1eth")
	common := []string{"--rpc", url, "--deployment", dep}

	seed, _ := startNode(t, filepath.Join(dir, "seed"), append([]string{"--seed", "--key", devKey}, common...)...)
	boot := seed.Addrs[0]
	model, _ := filepath.Abs("../../testdata/mnist.gguf")
	var class string
	var stops []func()
	for _, p := range []string{"p0", "p1"} {
		st, stop := startNode(t, filepath.Join(dir, p), append([]string{"--provider", "--model", model, "--price", "2gwei", "--stake", "0.1eth",
			"--key", filepath.Join(dir, p+".key"), "--bootstrap", boot}, common...)...)
		if st.Class == "" || st.Service == "" || (class != "" && st.Class != class) {
			t.Fatalf("provider %s status %+v", p, st)
		}
		class = st.Class
		stops = append(stops, stop)
	}
	out, _ := rms(t, false, "node", "status", "--data-dir", filepath.Join(dir, "p0"))
	if !strings.Contains(out, "roles    provider") || !strings.Contains(out, class) {
		t.Fatalf("status: %s", out)
	}

	out, errOut := rms(t, false, append([]string{"job", "submit", "--service", class, "--mnist-test", "0", "--providers", "2", "--json",
		"--data-dir", filepath.Join(dir, "user"), "--key", filepath.Join(dir, "user.key"), "--bootstrap", boot, "--deposit", "0.001eth"}, common...)...)
	var res node.Result
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("%v: %s %s", err, out, errOut)
	}
	if res.State != node.StateAgreed || res.Label == nil || *res.Label != 7 || len(res.Claims) != 2 {
		t.Fatalf("result %s", out)
	}

	// Bad arguments name the problem.
	for _, tc := range []struct{ args []string }{
		{[]string{"job", "submit", "--mnist-test", "0"}},
		{[]string{"job", "submit", "--service", class}},
		{[]string{"job", "submit", "--service", "0x12", "--mnist-test", "0"}},
		{[]string{"job", "submit", "--service", class, "--prompt", "hi"}},
	} {
		rms(t, true, tc.args...)
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	c, err := ethclient.DialContext(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	d, _ := market.LoadDeployment(dep)
	esc, err := market.NewEscrow(ctx, c, d.Escrow)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{"p0", "p1"} {
		ch, err := esc.Channel(ctx, keys["user"], keys[p])
		if err != nil {
			t.Fatal(err)
		}
		if ch.Funds.Cmp(big.NewInt(1e15)) != 0 || ch.Redeemed.Sign() != 0 {
			t.Fatalf("channel with %s holds %s, redeemed %s before shutdown", p, ch.Funds, ch.Redeemed)
		}
	}
	// Providers redeem what they are owed when they shut down.
	for _, stop := range stops {
		stop()
	}
	for _, p := range []string{"p0", "p1"} {
		ch, err := esc.Channel(ctx, keys["user"], keys[p])
		if err != nil {
			t.Fatal(err)
		}
		if ch.Redeemed.Cmp(big.NewInt(2e9)) != 0 {
			t.Fatalf("provider %s redeemed %s at shutdown, want 2 gwei", p, ch.Redeemed)
		}
	}
}
