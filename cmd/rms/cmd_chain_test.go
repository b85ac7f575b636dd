package main

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/json"
	"math/big"
	"os"
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

	"github.com/rmsnet/rms/contracts/gethdev"
	"github.com/rmsnet/rms/market"
)

// startGethDev runs `geth --dev` on loopback for the test and returns its
// HTTP endpoint.
func startGethDev(t *testing.T) string { return gethdev.StartForTest(t).URL }

// fund sends wei from the dev account to each address.
func fund(t *testing.T, url string, wei *big.Int, to ...common.Address) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	c, err := ethclient.DialContext(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	key, _ := crypto.HexToECDSA(gethdev.DevKey)
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
	os.WriteFile(devKey, []byte(gethdev.DevKey+"\n"), 0o600)
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
		"--program", "0x"+strings.Repeat("22", 32), "--image", "0x"+strings.Repeat("33", 32), "--trace-height", "4", "--steps-log2", "24",
		"--price", "1gwei", "--stake", "0.05eth", "--peer-key", peerKey)...)
	if !strings.Contains(stderr, "StakeTooLow") {
		t.Fatalf("registration below the minimum stake: stderr %q, want StakeTooLow", stderr)
	}
	out, _ := rms(t, false, with("service", "register", "--key", providerKey, "--model", "0x"+strings.Repeat("11", 32),
		"--program", "0x"+strings.Repeat("22", 32), "--image", "0x"+strings.Repeat("33", 32), "--trace-height", "4", "--steps-log2", "24",
		"--price", "1gwei", "--stake", "0.1eth", "--peer-key", peerKey)...)
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
	out, _ = rms(t, false, with("escrow", "balance", "--user", user.Hex(), "--provider", provider.Hex(), "--json")...)
	var ch struct {
		Epoch           uint32
		Funds, Redeemed string
	}
	if err := json.Unmarshal([]byte(out), &ch); err != nil || ch.Epoch != 0 || ch.Funds != "9999995000000000" || ch.Redeemed != "5000000000" {
		t.Fatalf("balance --json: %+v, %v\n%s", ch, err, out)
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
	os.WriteFile(key, []byte(gethdev.DevKey), 0o600)
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"chain", "deploy"}, "--key is required"},
		{[]string{"chain", "deploy", "--key", key, "--min-stake", "lots"}, "--min-stake"},
		{[]string{"chain", "deploy", "--key", key, "--slash-reward-bps", "10001"}, "over 10000"},
		{[]string{"chain", "deploy", "--key", key, "--dispute", "0x12"}, "not an address"},
		{[]string{"chain", "deploy", "--key", key, "--unbonding", "0s"}, "unbonding delay is 0s"},
		{[]string{"chain", "deploy", "--key", key, "--unbonding", "500ms"}, "not a whole number of seconds"},
		{[]string{"chain", "deploy", "--key", key, "--min-stake", "0"}, "minimum stake must be above zero"},
		{[]string{"chain", "deploy", "--key", key, "--unbonding", "1h"}, "shorter than the job lifetime"},
		{[]string{"service", "register", "--class", "0x" + strings.Repeat("1", 64), "--model", "0x" + strings.Repeat("1", 64)}, "not both"},
		{[]string{"service", "register", "--model", "0x" + strings.Repeat("1", 64), "--program", "0x" + strings.Repeat("1", 64),
			"--image", "0x" + strings.Repeat("1", 64)}, "--steps-log2 must be"},
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
