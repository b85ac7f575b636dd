package main

import (
	"context"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"

	"github.com/rmsnet/rms/contracts/bindings"
	"github.com/rmsnet/rms/dispute"
	"github.com/rmsnet/rms/market/simchain"
	"github.com/rmsnet/rms/merkle"
	"github.com/rmsnet/rms/model/mnist"
	"github.com/rmsnet/rms/vm"
)

// TestVMCheckMNIST runs every op of 20 MNIST test images in the VM and
// compares each A_i with native execution.
func TestVMCheckMNIST(t *testing.T) {
	mnist.RequireData(t)
	n := 20
	if testing.Short() {
		n = 2
	}
	for i := 0; i < n; i++ {
		code, out, errOut := runModelCmd(t, "vm", "check", "--model", mnistGGUFPath, "--mnist-test", fmt.Sprint(i*499))
		if code != 0 || !strings.Contains(out, "all 9 ops equal") {
			t.Fatalf("image %d: exit %d\n%s\n%s", i*499, code, out, errOut)
		}
	}
}

func TestVMRunJSON(t *testing.T) {
	mnist.RequireData(t)
	code, out, errOut := runModelCmd(t, "vm", "run", "--model", mnistGGUFPath, "--mnist-test", "0", "--op", "3", "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var got map[string]any
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	if got["match"] != true || got["op"] != "3" || got["steps"].(float64) < 1000 {
		t.Fatalf("unexpected output %s", out)
	}
}

// TestVMRunStepLimit: with --step-limit the run stops there, says so and
// fails.
func TestVMRunStepLimit(t *testing.T) {
	mnist.RequireData(t)
	code, out, errOut := runModelCmd(t, "vm", "run", "--model", mnistGGUFPath, "--mnist-test", "0", "--step-limit", "5000", "--json")
	if code != 1 || !strings.Contains(out, "stopped at the step limit (5000 steps)") || !strings.Contains(errOut, "step limit") {
		t.Fatalf("exit %d\n%s\n%s", code, out, errOut)
	}
}

func TestVMUsage(t *testing.T) {
	for _, tc := range []struct {
		args []string
		code int
		msg  string
	}{
		{[]string{"vm", "run", "--mnist-test", "0"}, 2, "--model is required"},
		{[]string{"vm", "run", "--model", mnistGGUFPath}, 2, "exactly one of"},
		{[]string{"vm", "run", "--model", mnistGGUFPath, "--mnist-test", "0", "--op", "9"}, 2, "outside"},
		{[]string{"vm", "run", "--model", mnistGGUFPath, "--mnist-test", "0", "--op", "-2"}, 2, "outside"},
		{[]string{"vm", "check", "--model", "nonexistent.gguf", "--mnist-test", "0"}, 1, "nonexistent"},
	} {
		code, _, errOut := runModelCmd(t, tc.args...)
		if code != tc.code || !strings.Contains(errOut, tc.msg) {
			t.Errorf("%v: exit %d, stderr %q; want %d and %q", tc.args, code, errOut, tc.code, tc.msg)
		}
	}
	code, out, _ := runModelCmd(t, "vm", "image")
	if code != 0 || !strings.Contains(out, "image_root  0x") {
		t.Fatalf("vm image: exit %d\n%s", code, out)
	}
}

// vmWitnessOut is what `rms vm witness` prints.
type vmWitnessOut struct {
	Step        uint64      `json:"step"`
	Instruction string      `json:"instruction"`
	PreHash     merkle.Hash `json:"pre_hash"`
	PostHash    merkle.Hash `json:"post_hash"`
	Proofs      int         `json:"proofs"`
	Witness     string      `json:"witness"`
	Calldata    string      `json:"calldata"`
}

// TestVMWitness decodes what `rms vm witness` prints and checks it
// independently of the command: the witness replays with vm.VerifyStep to
// the printed post-state, the printed calldata executes on the step contract
// (simulated chain) to the same pre- and post-state hashes, and the post-state
// of step N is the pre-state of step N+1.
func TestVMWitness(t *testing.T) {
	mnist.RequireData(t)
	witness := func(step uint64) vmWitnessOut {
		t.Helper()
		code, out, errOut := runModelCmd(t, "vm", "witness", "--model", mnistGGUFPath, "--mnist-test", "0", "--op", "1", "--step", fmt.Sprint(step))
		if code != 0 {
			t.Fatalf("step %d: exit %d: %s", step, code, errOut)
		}
		var got vmWitnessOut
		if err := json.Unmarshal([]byte(out), &got); err != nil {
			t.Fatalf("step %d: %v\n%s", step, err, out)
		}
		return got
	}
	chain, keys, err := simchain.NewFunded(1, new(big.Int).Mul(big.NewInt(1000), simchain.Ether), simchain.MainnetRules())
	if err != nil {
		t.Fatal(err)
	}
	defer chain.Close()
	ctx := context.Background()
	opts := bind.NewKeyedTransactor(keys[0], big.NewInt(1337))
	contracts, err := dispute.Deploy(ctx, chain.Client(), opts)
	if err != nil {
		t.Fatal(err)
	}
	stepABI := bindings.NewMIPSStep()
	check := func(got vmWitnessOut) {
		t.Helper()
		raw, err := hex.DecodeString(strings.TrimPrefix(got.Witness, "0x"))
		if err != nil {
			t.Fatalf("step %d: witness not hex: %v", got.Step, err)
		}
		w, err := vm.DecodeWitness(raw)
		if err != nil {
			t.Fatalf("step %d: %v", got.Step, err)
		}
		if w.Step != got.Step || len(w.Proofs) != got.Proofs || vm.StateHash(w.State) != got.PreHash {
			t.Fatalf("step %d: decoded witness (step %d, %d proofs, pre %s) differs from the printed fields %+v", got.Step, w.Step, len(w.Proofs), vm.StateHash(w.State), got)
		}
		st, _, _ := vm.DecodeState(w.State)
		if !strings.Contains(got.Instruction, vm.Disasm(mustLoadInsn(t, w, st.PC))) {
			t.Fatalf("step %d: instruction %q", got.Step, got.Instruction)
		}
		post, err := vm.VerifyStep(w)
		if err != nil {
			t.Fatalf("step %d: verify: %v", got.Step, err)
		}
		if vm.StateHash(post) != got.PostHash || got.PreHash == got.PostHash {
			t.Fatalf("step %d: VerifyStep post-state %s, printed %s", got.Step, vm.StateHash(post), got.PostHash)
		}
		cd, err := hex.DecodeString(strings.TrimPrefix(got.Calldata, "0x"))
		if err != nil {
			t.Fatalf("step %d: calldata not hex: %v", got.Step, err)
		}
		in, err := stepABI.TryPackExecuteStep(cd, merkle.Hash{})
		if err != nil {
			t.Fatal(err)
		}
		to := contracts.Step
		out, err := chain.Client().CallContract(ctx, ethereum.CallMsg{From: opts.From, To: &to, Data: in}, nil)
		if err != nil {
			t.Fatalf("step %d: the contract refuses the printed calldata: %v", got.Step, err)
		}
		res, err := stepABI.UnpackExecuteStep(out)
		if err != nil {
			t.Fatal(err)
		}
		if res.Pre != got.PreHash || res.Post != got.PostHash {
			t.Fatalf("step %d: contract pre %x post %x, printed %s %s", got.Step, res.Pre, res.Post, got.PreHash, got.PostHash)
		}
	}
	a, b := witness(1000000), witness(1000001)
	if a.Step != 1000000 || b.Step != 1000001 {
		t.Fatalf("steps %d, %d", a.Step, b.Step)
	}
	check(a)
	check(b)
	if a.PostHash != b.PreHash {
		t.Fatalf("post-state of step %d %s is not the pre-state of the next %s", a.Step, a.PostHash, b.PreHash)
	}
	// Step 0 is the first step of the op, not a run to its end.
	z := witness(0)
	if z.Step != 0 {
		t.Fatalf("step 0: %+v", z)
	}
	check(z)
	if code, _, errOut := runModelCmd(t, "vm", "witness", "--model", mnistGGUFPath, "--mnist-test", "0", "--op", "1", "--step", "999999999"); code != 2 || !strings.Contains(errOut, "halts at step") {
		t.Fatalf("past the end: exit %d %s", code, errOut)
	}
}

// mustLoadInsn returns the instruction word at pc from the witness's
// proofs (the first proof of a step is its instruction fetch).
func mustLoadInsn(t *testing.T, w *vm.Witness, pc uint32) uint32 {
	t.Helper()
	if len(w.Proofs) == 0 || w.Proofs[0].Height != 0 || w.Proofs[0].Addr>>5 != pc>>5 {
		t.Fatalf("step %d: first proof is not the fetch of pc %#x", w.Step, pc)
	}
	return binary.BigEndian.Uint32(w.Proofs[0].Value[pc&31:])
}

func TestVMRunPNG(t *testing.T) {
	dir := mnist.RequireData(t)
	set, err := mnist.LoadTest(dir)
	if err != nil {
		t.Fatal(err)
	}
	b, err := mnist.EncodePNG(set.Images[5])
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "digit.png")
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runModelCmd(t, "vm", "run", "--model", mnistGGUFPath, "--input", path)
	if code != 0 || !strings.Contains(out, "match       true") {
		t.Fatalf("exit %d\n%s\n%s", code, out, errOut)
	}
}
