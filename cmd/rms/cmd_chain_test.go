package main

import (
	"bytes"
	"context"
	"crypto/rand"
	"fmt"
	"math/big"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	p2pcrypto "github.com/libp2p/go-libp2p/core/crypto"

	"github.com/rmsnet/rms/market"
)

// gethDevKey is the fixed key of the pre-funded account of `geth --dev`
// when its keystore is empty.
const gethDevKey = "b71c71a67e1177ad4e901695e1b4b9ee17ae16c6668d313eac2f96dbcda3f291"

// findGeth looks for ./.bin/geth at the repository root (installed by
// `make geth`), then on PATH.
func findGeth(t *testing.T) string {
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			if p := filepath.Join(dir, ".bin", "geth"); fileExecutable(p) {
				return p
			}
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			break
		}
		dir = parent
	}
	if p, err := exec.LookPath("geth"); err == nil {
		return p
	}
	if os.Getenv("CI") != "" {
		t.Fatal("geth not found in .bin/ or on PATH (run `make geth`)")
	}
	t.Skip("geth not found in .bin/ or on PATH; run `make geth`")
	return ""
}

func fileExecutable(p string) bool {
	st, err := os.Stat(p)
	return err == nil && !st.IsDir() && st.Mode()&0o111 != 0
}

func freePort(t *testing.T) int {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// startGethDev runs `geth --dev` on loopback with its own data dir and
// returns its HTTP endpoint; the process is killed when the test ends.
func startGethDev(t *testing.T) string {
	geth := findGeth(t)
	dir := t.TempDir()
	httpPort := freePort(t)
	logf, err := os.Create(filepath.Join(dir, "geth.log"))
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(geth, "--dev", "--dev.period", "0", "--datadir", filepath.Join(dir, "data"),
		"--http", "--http.addr", "127.0.0.1", "--http.port", fmt.Sprint(httpPort), "--http.api", "eth,net,web3",
		"--port", fmt.Sprint(freePort(t)), "--authrpc.addr", "127.0.0.1", "--authrpc.port", fmt.Sprint(freePort(t)),
		"--ipcdisable", "--nodiscover", "--maxpeers", "0", "--nat", "none", "--verbosity", "2")
	cmd.Stdout, cmd.Stderr = logf, logf
	if err := cmd.Start(); err != nil {
		t.Fatalf("start geth: %v", err)
	}
	t.Cleanup(func() {
		cmd.Process.Kill()
		cmd.Wait()
		logf.Close()
		if t.Failed() {
			if b, err := os.ReadFile(logf.Name()); err == nil {
				t.Logf("geth log:\n%s", b)
			}
		}
	})
	url := fmt.Sprintf("http://127.0.0.1:%d", httpPort)
	deadline := time.Now().Add(60 * time.Second)
	for {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		c, err := ethclient.DialContext(ctx, url)
		if err == nil {
			_, err = c.ChainID(ctx)
			c.Close()
		}
		cancel()
		if err == nil {
			return url
		}
		if time.Now().After(deadline) {
			t.Fatalf("geth --dev did not answer on %s: %v", url, err)
		}
		time.Sleep(200 * time.Millisecond)
	}
}

// fund sends wei from the dev account to each address.
func fund(t *testing.T, url string, wei *big.Int, to ...common.Address) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	c, err := ethclient.DialContext(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	key, _ := crypto.HexToECDSA(gethDevKey)
	from := crypto.PubkeyToAddress(key.PublicKey)
	chainID, err := c.ChainID(ctx)
	if err != nil {
		t.Fatal(err)
	}
	nonce, err := c.PendingNonceAt(ctx, from)
	if err != nil {
		t.Fatal(err)
	}
	tip, err := c.SuggestGasTipCap(ctx)
	if err != nil {
		t.Fatal(err)
	}
	head, err := c.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	feeCap := new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2)))
	signer := types.LatestSignerForChainID(chainID)
	for i, a := range to {
		tx := types.MustSignNewTx(key, signer, &types.DynamicFeeTx{ChainID: chainID, Nonce: nonce + uint64(i),
			GasTipCap: tip, GasFeeCap: feeCap, Gas: 21000, To: &a, Value: wei})
		if err := c.SendTransaction(ctx, tx); err != nil {
			t.Fatal(err)
		}
	}
	for _, a := range to {
		for {
			b, err := c.BalanceAt(ctx, a, nil)
			if err != nil {
				t.Fatal(err)
			}
			if b.Sign() > 0 {
				break
			}
			if ctx.Err() != nil {
				t.Fatal("funding transactions were not mined")
			}
			time.Sleep(100 * time.Millisecond)
		}
	}
}

// rms runs the CLI in process and returns its stdout; it fails the test on a
// non-zero exit unless wantFail.
func rms(t *testing.T, wantFail bool, args ...string) (string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(context.Background(), args, &out, &errOut)
	if (code != 0) != wantFail {
		t.Fatalf("rms %s: exit %d\nstdout: %s\nstderr: %s", strings.Join(args, " "), code, out.String(), errOut.String())
	}
	return out.String(), errOut.String()
}

// TestMarketAgainstGethDev deploys, registers a service, deposits and
// redeems through the CLI against a real `geth --dev`.
func TestMarketAgainstGethDev(t *testing.T) {
	url := startGethDev(t)
	dir := t.TempDir()
	writeKey := func(name string) (string, common.Address) {
		k, err := crypto.GenerateKey()
		if err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(dir, name)
		if err := market.WriteHexKey(p, k); err != nil {
			t.Fatal(err)
		}
		return p, crypto.PubkeyToAddress(k.PublicKey)
	}
	devKey := filepath.Join(dir, "dev.key")
	os.WriteFile(devKey, []byte(gethDevKey+"\n"), 0o600)
	providerKey, provider := writeKey("provider.key")
	userKey, user := writeKey("user.key")
	fund(t, url, new(big.Int).Mul(big.NewInt(10), big.NewInt(1e18)), provider, user)
	pk, _, err := p2pcrypto.GenerateEd25519Key(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	pkBytes, _ := p2pcrypto.MarshalPrivateKey(pk)
	peerKey := filepath.Join(dir, "peer.key")
	os.WriteFile(peerKey, pkBytes, 0o600)
	dep := filepath.Join(dir, "deployment.json")

	rms(t, false, "chain", "deploy", "--rpc", url, "--key", devKey, "--out", dep, "--min-stake", "0.1eth", "--refund-delay", "1h")
	d, err := market.LoadDeployment(dep)
	if err != nil {
		t.Fatal(err)
	}
	if d.ChainID != 1337 {
		t.Fatalf("deployed on chain %d", d.ChainID)
	}
	chain := []string{"--rpc", url, "--deployment", dep}
	with := func(args ...string) []string { return append(args, chain...) }

	_, stderr := rms(t, true, with("service", "register", "--key", providerKey, "--model", "0x"+strings.Repeat("11", 32),
		"--program", "0x"+strings.Repeat("22", 32), "--price", "1gwei", "--stake", "0.05eth", "--peer-key", peerKey)...)
	if !strings.Contains(stderr, "StakeTooLow") {
		t.Fatalf("registration below the minimum stake: stderr %q, want StakeTooLow", stderr)
	}
	out, _ := rms(t, false, with("service", "register", "--key", providerKey, "--model", "0x"+strings.Repeat("11", 32),
		"--program", "0x"+strings.Repeat("22", 32), "--price", "1gwei", "--stake", "0.1eth", "--peer-key", peerKey)...)
	m := regexp.MustCompile(`service (0x[0-9a-f]{64})`).FindStringSubmatch(out)
	if m == nil {
		t.Fatalf("no service id in %q", out)
	}
	out, _ = rms(t, false, with("service", "list")...)
	if !strings.Contains(out, m[1]) || !strings.Contains(out, "active") {
		t.Fatalf("service list does not show %s as active:\n%s", m[1], out)
	}

	rms(t, false, with("escrow", "deposit", "--key", userKey, "--provider", provider.Hex(), "--amount", "0.01eth")...)
	voucher := filepath.Join(dir, "voucher.hex")
	rms(t, false, with("escrow", "voucher", "--key", userKey, "--provider", provider.Hex(), "--amount", "5gwei", "--out", voucher)...)
	out, _ = rms(t, false, with("escrow", "redeem", "--key", providerKey, "--voucher", voucher)...)
	if !strings.Contains(out, "redeemed 0.000000005 ETH") {
		t.Fatalf("redeem output: %q", out)
	}
	_, stderr = rms(t, true, with("escrow", "redeem", "--key", providerKey, "--voucher", voucher)...)
	if !strings.Contains(stderr, "VoucherNotNewer") {
		t.Fatalf("double redeem: stderr %q, want VoucherNotNewer", stderr)
	}
	out, _ = rms(t, false, with("escrow", "balance", "--user", user.Hex(), "--provider", provider.Hex())...)
	if !strings.Contains(out, "redeemed 0.000000005 ETH (5000000000 wei)") || !strings.Contains(out, "funds    0.009999995 ETH (9999995000000000 wei)") {
		t.Fatalf("balance after redeem:\n%s", out)
	}
	out, _ = rms(t, false, with("escrow", "refund", "--key", userKey, "--provider", provider.Hex())...)
	if !strings.Contains(out, "refund requested") {
		t.Fatalf("refund: %q", out)
	}
}

// TestMarketCommandUsage checks that bad arguments are refused with exit
// status 2 and a message naming the problem, before any chain is contacted.
func TestMarketCommandUsage(t *testing.T) {
	dir := t.TempDir()
	key := filepath.Join(dir, "k")
	os.WriteFile(key, []byte(gethDevKey), 0o600)
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"chain", "deploy"}, "--key is required"},
		{[]string{"chain", "deploy", "--key", key, "--min-stake", "lots"}, "--min-stake"},
		{[]string{"chain", "deploy", "--key", key, "--slash-reward-bps", "10001"}, "over 10000"},
		{[]string{"chain", "deploy", "--key", key, "--dispute", "0x12"}, "not an address"},
		{[]string{"service", "register", "--model", "0x12"}, "--model"},
		{[]string{"service", "register", "--model", "0x" + strings.Repeat("1", 64)}, "--program is required"},
		{[]string{"service", "update", "--id", "0x12", "--price", "1"}, "--id"},
		{[]string{"service", "update", "--id", "0x" + strings.Repeat("1", 64)}, "--price is required"},
		{[]string{"service", "list", "--provider", "nobody"}, "not an address"},
		{[]string{"escrow", "deposit", "--provider", "0x" + strings.Repeat("1", 40), "--amount", "1.5"}, "whole number of wei"},
		{[]string{"escrow", "voucher", "--provider", "x"}, "not an address"},
		{[]string{"escrow", "redeem"}, "--voucher is required"},
		{[]string{"escrow", "redeem", "--voucher", "zz"}, "neither a file nor hex"},
		{[]string{"escrow", "balance", "--provider", "0x" + strings.Repeat("1", 40)}, "give --user or --key"},
		{[]string{"escrow", "refund", "--provider", "0x" + strings.Repeat("1", 40), "extra"}, "unexpected argument"},
	}
	for _, tc := range tests {
		var out, errOut bytes.Buffer
		code := run(context.Background(), tc.args, &out, &errOut)
		if code != 2 || !strings.Contains(errOut.String(), tc.want) {
			t.Errorf("rms %s: exit %d, stderr %q; want exit 2 and %q", strings.Join(tc.args, " "), code, errOut.String(), tc.want)
		}
	}
}
