package main

import (
	"encoding/json"
	"math/big"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/rmsnet/rms/contracts/gethdev"
	"github.com/rmsnet/rms/market"
)

// TestOracleAgainstGethDev runs the README's oracle-mode quick start on a
// real geth --dev (short windows): a seeder, a provider that answers
// requests by itself and a watcher as `rms node`; `rms oracle consumer`
// deploys the example consumer, `rms oracle request --consumer` asks it
// for MNIST test image 0, the provider answers (label 7) and, after the
// windows, finalizes by itself: `rms oracle show --consumer` shows the
// request final, the fee paid to the provider and label 7 stored by the
// consumer's callback. `rms oracle finalize` refunds a request nobody
// answered and refuses one already final; bad arguments are named.
func TestOracleAgainstGethDev(t *testing.T) {
	url := startGethDev(t)
	dir := t.TempDir()
	devKey := filepath.Join(dir, "dev.key")
	os.WriteFile(devKey, []byte(gethdev.DevKey+"\n"), 0o600)
	keys := map[string]common.Address{}
	for _, name := range []string{"provider", "watcher", "user"} {
		k, _ := crypto.GenerateKey()
		market.WriteHexKey(filepath.Join(dir, name+".key"), k)
		keys[name] = crypto.PubkeyToAddress(k.PublicKey)
	}
	fund(t, url, new(big.Int).Mul(big.NewInt(10), big.NewInt(1e18)), keys["provider"], keys["watcher"], keys["user"])
	dep := filepath.Join(dir, "deployment.json")
	rms(t, false, "chain", "deploy", "--rpc", url, "--key", devKey, "--out", dep, "--challenge-window", "10s", "--dispute-window", "5s")
	chain := []string{"--rpc", url, "--deployment", dep}
	user := append([]string{"--key", filepath.Join(dir, "user.key")}, chain...)

	seed, _ := startNode(t, filepath.Join(dir, "seed"), append([]string{"--seed", "--key", devKey}, chain...)...)
	model, _ := filepath.Abs("../../testdata/mnist.gguf")
	p, _ := startNode(t, filepath.Join(dir, "provider"), append([]string{"--provider", "--model", model, "--price", "1gwei", "--stake", "0.1eth",
		"--key", filepath.Join(dir, "provider.key"), "--bootstrap", seed.Addrs[0]}, chain...)...)
	startNode(t, filepath.Join(dir, "watcher"), append([]string{"--watch", "--model", model, "--stake", "0.1eth",
		"--key", filepath.Join(dir, "watcher.key"), "--bootstrap", seed.Addrs[0]}, chain...)...)

	out, _ := rms(t, false, append([]string{"oracle", "consumer", "--service", p.Class, "--json"}, user...)...)
	var dc struct{ Consumer common.Address }
	if err := json.Unmarshal([]byte(out), &dc); err != nil || dc.Consumer == (common.Address{}) {
		t.Fatalf("oracle consumer: %v: %s", err, out)
	}
	consumer := dc.Consumer.Hex()
	out, _ = rms(t, false, append([]string{"oracle", "request", "--service", p.Class, "--mnist-test", "0", "--consumer", consumer,
		"--fee", "1gwei", "--json"}, user...)...)
	var req struct {
		Request    uint64
		Requester  common.Address
		Callback   common.Address
		FinalAfter uint64 `json:"final_after"`
	}
	if err := json.Unmarshal([]byte(out), &req); err != nil || req.Requester != dc.Consumer || req.Callback != dc.Consumer {
		t.Fatalf("oracle request: %v: %s", err, out)
	}
	id := strconv.FormatUint(req.Request, 10)
	// A request of a class nobody serves: no answer, its fee comes back.
	other := "0x" + strings.Repeat("00", 31) + "01"
	out, _ = rms(t, false, append([]string{"oracle", "request", "--service", other, "--mnist-test", "0", "--fee", "1gwei", "--json"}, user...)...)
	var lone struct {
		Request    uint64
		FinalAfter uint64 `json:"final_after"`
	}
	if err := json.Unmarshal([]byte(out), &lone); err != nil || lone.Request != req.Request+1 {
		t.Fatalf("oracle request: %v: %s", err, out)
	}

	show := func() oracleView {
		t.Helper()
		out, _ := rms(t, false, append([]string{"oracle", "show", id, "--consumer", consumer, "--json"}, chain...)...)
		var v oracleView
		if err := json.Unmarshal([]byte(out), &v); err != nil {
			t.Fatalf("oracle show: %v: %s", err, out)
		}
		return v
	}
	deadline := time.Now().Add(time.Minute)
	v := show()
	for len(v.Answers) == 0 && time.Now().Before(deadline) {
		time.Sleep(200 * time.Millisecond)
		v = show()
	}
	if len(v.Answers) != 1 || v.Answers[0].Provider != keys["provider"] || v.Answers[0].Label == nil || *v.Answers[0].Label != 7 ||
		v.Answers[0].Defeated || v.State != "answering" || v.Stored == nil || v.Stored.Done {
		t.Fatalf("before the window ends: %+v", v)
	}
	// A finalize before the windows are over is refused with the time.
	if _, errOut := rms(t, true, append([]string{"oracle", "finalize", id}, user...)...); !strings.Contains(errOut, "final only after") {
		t.Fatalf("early finalize: %s", errOut)
	}

	// geth --dev mines only on transactions: after the windows, one more
	// block moves the chain's clock past them.
	time.Sleep(time.Until(time.Unix(int64(max(req.FinalAfter, lone.FinalAfter))+1, 0)))
	k, _ := crypto.GenerateKey()
	fund(t, url, big.NewInt(1), crypto.PubkeyToAddress(k.PublicKey))

	out, _ = rms(t, false, append([]string{"oracle", "finalize", strconv.FormatUint(lone.Request, 10), "--json"}, user...)...)
	var fin struct {
		Paid       common.Address
		OutputRoot common.Hash `json:"output_root"`
		Fee        string
	}
	if err := json.Unmarshal([]byte(out), &fin); err != nil || fin.Paid != keys["user"] || fin.OutputRoot != (common.Hash{}) || fin.Fee != "1000000000" {
		t.Fatalf("finalize of the unanswered request: %v: %s", err, out)
	}
	// The provider finalizes the request it answered by itself.
	deadline = time.Now().Add(time.Minute)
	for v = show(); v.State != "final" && time.Now().Before(deadline); v = show() {
		time.Sleep(200 * time.Millisecond)
	}
	if v.State != "final" || v.Result == nil || v.Result.Paid != keys["provider"] || !v.Result.CallbackOK || v.Result.Label == nil || *v.Result.Label != 7 ||
		!v.Stored.Done || v.Stored.Label == nil || *v.Stored.Label != 7 || common.Hash(v.Stored.OutputRoot) != v.Result.OutputRoot {
		t.Fatalf("after the windows: %+v, result %+v, consumer %+v", v, v.Result, v.Stored)
	}
	out, _ = rms(t, false, append([]string{"oracle", "show", id, "--consumer", consumer}, chain...)...)
	if !strings.Contains(out, "(final)") || !strings.Contains(out, "label 7") {
		t.Fatalf("oracle show: %s", out)
	}
	if _, errOut := rms(t, true, append([]string{"oracle", "finalize", id}, user...)...); !strings.Contains(errOut, "already final") {
		t.Fatalf("second finalize: %s", errOut)
	}

	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"oracle", "show"}, "give the request id"},
		{[]string{"oracle", "show", "x1"}, "want a number"},
		{[]string{"oracle", "finalize", "1", "2"}, "unexpected argument"},
		{[]string{"oracle", "request", "--service", p.Class}, "exactly one of"},
		{[]string{"oracle", "request", "--service", p.Class, "--mnist-test", "0", "--callback", consumer, "--consumer", consumer}, "not both"},
		{[]string{"oracle", "request", "--service", p.Class, "--mnist-test", "0", "--fee", "lots"}, "--fee"},
		{[]string{"oracle", "request", "--service", other, "--mnist-test", "0", "--consumer", consumer, "--key", filepath.Join(dir, "user.key"),
			"--rpc", url, "--deployment", dep}, "asks for class"},
		{[]string{"oracle", "consumer"}, "--service is required"},
	} {
		if _, errOut := rms(t, true, tc.args...); !strings.Contains(errOut, tc.want) {
			t.Errorf("rms %s: stderr %q, want %q", strings.Join(tc.args, " "), errOut, tc.want)
		}
	}
}
