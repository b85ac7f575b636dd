package dispute

import (
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/rmsnet/rms/vm"
)

// gethDevKey is the fixed key of the pre-funded account of `geth --dev`.
const gethDevKey = "b71c71a67e1177ad4e901695e1b4b9ee17ae16c6668d313eac2f96dbcda3f291"

// findGeth returns ./.bin/geth of the repository (`make geth`). Without it
// the test is skipped, unless $CI is set.
func findGeth(t *testing.T) string {
	p, _ := filepath.Abs("../.bin/geth")
	if st, err := os.Stat(p); err == nil && st.Mode()&0o111 != 0 {
		return p
	}
	if os.Getenv("CI") != "" {
		t.Fatal("geth not found in .bin/ (run `make geth`)")
	}
	t.Skip("geth not found in .bin/; run `make geth`")
	return ""
}

func freePort(t *testing.T) int {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// startGeth runs `geth --dev` on loopback with a temporary data dir and
// returns a client; the process is killed when the test ends.
func startGeth(t *testing.T) *ethclient.Client {
	geth := findGeth(t)
	dir := t.TempDir()
	port := freePort(t)
	logf, err := os.Create(filepath.Join(dir, "geth.log"))
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(geth, "--dev", "--dev.period", "0", "--datadir", filepath.Join(dir, "data"),
		"--http", "--http.addr", "127.0.0.1", "--http.port", fmt.Sprint(port), "--http.api", "eth,net,web3",
		"--port", fmt.Sprint(freePort(t)), "--authrpc.addr", "127.0.0.1", "--authrpc.port", fmt.Sprint(freePort(t)),
		"--ipcdisable", "--nodiscover", "--maxpeers", "0", "--nat", "none", "--verbosity", "2",
		"--rpc.gascap", "0", "--miner.gaslimit", "60000000")
	cmd.Stdout, cmd.Stderr = logf, logf
	if err := cmd.Start(); err != nil {
		t.Fatalf("start geth: %v", err)
	}
	t.Cleanup(func() {
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
		logf.Close()
		if t.Failed() {
			if b, err := os.ReadFile(logf.Name()); err == nil {
				t.Logf("geth log:\n%s", b)
			}
		}
	})
	url := fmt.Sprintf("http://127.0.0.1:%d", port)
	deadline := time.Now().Add(60 * time.Second)
	for {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		c, err := ethclient.DialContext(ctx, url)
		if err == nil {
			if _, err = c.ChainID(ctx); err == nil {
				cancel()
				t.Cleanup(c.Close)
				return c
			}
			c.Close()
		}
		cancel()
		if time.Now().After(deadline) {
			t.Fatalf("geth --dev did not answer on %s: %v", url, err)
		}
		time.Sleep(200 * time.Millisecond)
	}
}

// TestStepGethDev deploys the step contracts to a real `geth --dev` and
// verifies a few hundred steps there: random instructions and syscalls,
// and steps sampled from a test program and from the MNIST guest (with its
// map and preimage steps), a few of them as transactions.
func TestStepGethDev(t *testing.T) {
	if testing.Short() {
		t.Skip("starts geth")
	}
	client := startGeth(t)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	key, _ := crypto.HexToECDSA(gethDevKey)
	chainID, err := client.ChainID(ctx)
	if err != nil {
		t.Fatal(err)
	}
	opts := bind.NewKeyedTransactor(key, chainID)
	cs, err := Deploy(ctx, client, opts)
	if err != nil {
		t.Fatal(err)
	}
	c := &testChain{b: client, key: key, opts: opts, c: cs,
		stepper: NewStepper(client, cs.Step, WithTransactor(opts), WithLocalContext(testLocal), WithPoll(20*time.Millisecond)),
		oracle:  NewOracle(client, cs.Oracle, opts),
	}
	n := 0
	r := rand.New(rand.NewPCG(42, 42))
	for ci, cl := range insnClasses() {
		for i := 0; i < 6; i++ {
			s := randomState(r)
			insn := cl.gen(r, &s)
			c.check(t, stateVM(t, r, s, insn), fmt.Sprintf("%s %d %d", cl.name, ci, i))
			n++
		}
	}
	p := loadPreimages(t, c)
	for _, tc := range sysCases(p) {
		if tc.wantErr != "" {
			continue
		}
		s := randomState(r)
		s.Regs[2] = tc.nr
		copy(s.Regs[4:8], tc.a[:])
		if tc.key != nil {
			s.PreimageKey = *tc.key
		}
		s.PreimageOffset, s.Step = tc.offset, tc.step
		if tc.heap != 0 {
			s.Heap = tc.heap
		}
		w := c.check(t, stateVMOracle(t, r, s, syscallInsn, p.oracle(), tc.mem...), tc.name)
		n++
		if tc.nr == vm.SysMap || tc.nr == vm.SysPreimageRead && n%3 == 0 {
			post, gas, err := c.stepper.Step(ctx, w)
			if err != nil {
				t.Fatalf("%s: transaction: %v", tc.name, err)
			}
			if post != vm.StateHash(w.PostState) {
				t.Fatalf("%s: transaction post-state %s, want %s", tc.name, post, vm.StateHash(w.PostState))
			}
			t.Logf("%s: %d gas", tc.name, gas)
		}
	}
	sp := &sampler{c: c, classes: map[string]int{}, gas: map[string][]stepGas{}, gasEach: 1 << 30}
	if _, err := os.Stat("../vm/testdata/progs/hashes"); err == nil {
		prog := guest(t, "../vm/testdata/progs/hashes")
		sp.run(t, trace{name: "hashes", stepper: c.stepper,
			newVM: func() (*vm.VM, error) { return vm.New(prog, vm.WithStdout(io.Discard), vm.WithStderr(io.Discard)) },
		}, 100, 0, 1)
	}
	for _, tr := range mnistTraces(t, c, nil, []int{0}) {
		tr.stepper = NewStepper(client, cs.Step, WithTransactor(opts), WithLocalContext(tr.stepper.local))
		sp.run(t, tr, 100, 40, 2)
	}
	n += sp.checked
	t.Logf("%d steps verified on geth --dev: %v", n, sp.classes)
	if n < 300 {
		t.Fatalf("%d steps, want a few hundred", n)
	}
}
