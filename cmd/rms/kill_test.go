package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/rmsnet/rms/contracts/gethdev"
	"github.com/rmsnet/rms/dispute"
	"github.com/rmsnet/rms/market"
	"github.com/rmsnet/rms/node"
)

// asRMS, set in the environment, makes the test binary run as the rms
// command (TestMain), so the multi-process test starts real `rms node`
// processes without building another binary.
const asRMS = "RMS_TEST_BINARY_IS_RMS"

func TestMain(m *testing.M) {
	if os.Getenv(asRMS) == "1" {
		main()
	}
	os.Exit(m.Run())
}

// proc is one `rms node` process of the multi-process test.
type proc struct {
	t    *testing.T
	name string
	dir  string
	args []string
	cmd  *exec.Cmd
	log  *os.File
	done chan error
}

func startProc(t *testing.T, name, dir string, args ...string) *proc {
	t.Helper()
	p := &proc{t: t, name: name, dir: dir, args: args}
	p.start()
	t.Cleanup(func() {
		p.kill()
		if t.Failed() {
			b, _ := os.ReadFile(filepath.Join(p.dir, "node.log"))
			t.Logf("%s's log:\n%s", p.name, b)
		}
	})
	return p
}

func (p *proc) start() {
	p.t.Helper()
	if err := os.MkdirAll(p.dir, 0o700); err != nil {
		p.t.Fatal(err)
	}
	os.Remove(filepath.Join(p.dir, node.APIAddrFile)) // a killed node leaves it behind
	log, err := os.OpenFile(filepath.Join(p.dir, "node.log"), os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o600)
	if err != nil {
		p.t.Fatal(err)
	}
	args := append([]string{"node", "--data-dir", p.dir, "--listen", "/ip4/127.0.0.1/tcp/0", "--api", "127.0.0.1:0",
		"--log-level", "info"}, p.args...)
	p.cmd = exec.Command(os.Args[0], args...)
	p.cmd.Env = append(os.Environ(), asRMS+"=1")
	p.cmd.Stdout, p.cmd.Stderr = log, log
	if err := p.cmd.Start(); err != nil {
		log.Close()
		p.t.Fatal(err)
	}
	p.log, p.done = log, make(chan error, 1)
	go func() { p.done <- p.cmd.Wait() }()
}

// status waits for the node's API and returns its status.
func (p *proc) status() node.Status {
	p.t.Helper()
	deadline := time.Now().Add(2 * time.Minute)
	for {
		select {
		case err := <-p.done:
			p.done <- err
			b, _ := os.ReadFile(filepath.Join(p.dir, "node.log"))
			p.t.Fatalf("%s exited (%v):\n%s", p.name, err, b)
		default:
		}
		if c, err := node.NewAPIClient(p.dir); err == nil {
			var st node.Status
			ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			err := c.Do(ctx, "GET", "/v1/status", nil, &st)
			cancel()
			if err == nil {
				return st
			}
		}
		if time.Now().After(deadline) {
			p.t.Fatalf("%s did not start", p.name)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// kill sends SIGKILL and waits for the process to be gone.
func (p *proc) kill() {
	if p.cmd == nil || p.cmd.Process == nil {
		return
	}
	_ = p.cmd.Process.Signal(syscall.SIGKILL)
	select {
	case <-p.done:
	case <-time.After(30 * time.Second):
		p.t.Errorf("%s did not die", p.name)
	}
	p.log.Close()
	p.cmd = nil
}

// stop sends SIGTERM and waits for a clean exit.
func (p *proc) stop() {
	p.t.Helper()
	_ = p.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case err := <-p.done:
		if err != nil {
			p.t.Errorf("%s: exit after SIGTERM: %v", p.name, err)
		}
	case <-time.After(time.Minute):
		p.t.Errorf("%s did not stop after SIGTERM", p.name)
		_ = p.cmd.Process.Kill()
		<-p.done
	}
	p.log.Close()
	p.cmd = nil
}

// TestKillDuringGame runs separate `rms node` processes against geth
// --dev on loopback: a seeder, three providers (one cheating through the
// test-only knob) and a user node. A job is disputed; once the game is in
// its rounds the honest provider in it is killed with SIGKILL, and so is
// the user node; both restart from their data dirs. The honest provider
// still wins, the cheater is slashed, and the restarted user node reports
// the job as settled with the honest label.
func TestKillDuringGame(t *testing.T) {
	url := startGethDev(t)
	dir := t.TempDir()
	devKey := filepath.Join(dir, "dev.key")
	os.WriteFile(devKey, []byte(gethdev.DevKey+"\n"), 0o600)
	names := []string{"p0", "p1", "p2", "user"}
	addrs := map[string]common.Address{}
	for _, n := range names {
		k, _ := crypto.GenerateKey()
		if err := market.WriteHexKey(filepath.Join(dir, n+".key"), k); err != nil {
			t.Fatal(err)
		}
		addrs[n] = crypto.PubkeyToAddress(k.PublicKey)
	}
	fund(t, url, new(big.Int).Mul(big.NewInt(10), big.NewInt(1e18)), addrs["p0"], addrs["p1"], addrs["p2"], addrs["user"])
	dep := filepath.Join(dir, "deployment.json")
	rms(t, false, "chain", "deploy", "--rpc", url, "--key", devKey, "--out", dep, "--min-stake", "0.1eth")
	chain := []string{"--rpc", url, "--deployment", dep}

	seed := startProc(t, "seeder", filepath.Join(dir, "seed"), append([]string{"--seed", "--key", devKey}, chain...)...)
	boot := seed.status().Addrs[0]
	model, _ := filepath.Abs("../../testdata/mnist.gguf")
	provs := map[string]*proc{}
	var class string
	for _, n := range []string{"p0", "p1", "p2"} {
		args := append([]string{"--provider", "--model", model, "--price", "1gwei", "--stake", "0.2eth",
			"--key", filepath.Join(dir, n+".key"), "--bootstrap", boot}, chain...)
		if n == "p2" {
			args = append(args, "--test-only-cheat") // the liar
		}
		provs[n] = startProc(t, n, filepath.Join(dir, n), args...)
	}
	for _, n := range []string{"p0", "p1", "p2"} {
		st := provs[n].status()
		if st.Class == "" || (class != "" && st.Class != class) {
			t.Fatalf("%s: status %+v", n, st)
		}
		class = st.Class
	}
	userDir := filepath.Join(dir, "user")
	user := startProc(t, "user", userDir, append([]string{"--user", "--providers", "3", "--deposit", "0.001eth",
		"--key", filepath.Join(dir, "user.key"), "--bootstrap", boot}, chain...)...)
	user.status()

	// The job, through the user node's API; the command follows the game
	// until the user node is killed under it.
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	api, err := node.NewAPIClient(userDir)
	if err != nil {
		t.Fatal(err)
	}
	submitted := make(chan string, 1)
	go func() {
		var out, errOut bytes.Buffer
		code := run(ctx, []string{"job", "submit", "--data-dir", userDir, "--service", class, "--mnist-test", "0", "--json"}, &out, &errOut)
		submitted <- fmt.Sprintf("exit %d: %s %s", code, out.String(), errOut.String())
	}()

	// Wait for the game to be in its rounds.
	var game node.GameRecord
	for {
		var games []node.GameRecord
		if err := api.Do(ctx, "GET", "/v1/games", nil, &games); err != nil {
			t.Fatal(err)
		}
		if len(games) > 0 && games[0].State == node.GameResolved {
			t.Fatalf("the game ended before it could be interrupted: %+v", games[0])
		}
		if len(games) > 0 && len(games[0].Rounds) > 0 {
			game = games[0]
			break
		}
		select {
		case s := <-submitted:
			t.Fatalf("job submit ended before a game: %s", s)
		case <-ctx.Done():
			t.Fatal("no game")
		case <-time.After(50 * time.Millisecond):
		}
	}
	honest := ""
	for _, party := range game.Parties {
		for n, a := range addrs {
			if a == party.Provider && n != "p2" {
				honest = n
			}
		}
	}
	if honest == "" || (game.Parties[0].Provider != addrs["p2"] && game.Parties[1].Provider != addrs["p2"]) {
		t.Fatalf("game %s is not between an honest provider and the cheater: %+v", game.ID.Hex(), game.Parties)
	}
	t.Logf("game %s in round %d: SIGKILL %s and the user node", game.ID.Hex(), len(game.Rounds), honest)
	provs[honest].kill()
	user.kill()
	if s := <-submitted; !strings.Contains(s, "exit 1") {
		t.Fatalf("job submit went on without its node: %s", s)
	}
	// While they are down the game stands still on the honest side.
	c, err := ethclient.DialContext(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	d, err := market.LoadDeployment(dep)
	if err != nil {
		t.Fatal(err)
	}
	games := dispute.NewGames(c, d.Games)
	if st, err := games.State(ctx, game.ID); err != nil || st.Game.Phase == dispute.PhaseDone {
		t.Fatalf("game after the kills: %v, %v", st, err)
	}
	provs[honest].start()
	provs[honest].status()
	user.start()
	user.status()

	// The game can only end if the restarted provider plays on, and the
	// job is settled only if the restarted user node follows it again.
	var out, errOut bytes.Buffer
	if code := run(ctx, []string{"job", "show", "--data-dir", userDir, "--wait", "--json", game.Job.Hex()}, &out, &errOut); code != 0 {
		t.Fatalf("job show: exit %d: %s %s", code, out.String(), errOut.String())
	}
	var res node.Result
	if err := json.Unmarshal(out.Bytes(), &res); err != nil {
		t.Fatalf("%v: %s %s", err, out.String(), errOut.String())
	}
	if len(res.Games) == 1 && len(res.Games[0].Rounds) <= len(game.Rounds) {
		t.Fatalf("no round after the restart: %d then %d", len(game.Rounds), len(res.Games[0].Rounds))
	}
	if res.State != node.StateSettled || res.Label == nil || *res.Label != 7 || len(res.Claims) != 3 || len(res.Games) != 1 {
		t.Fatalf("job after the restarts: %s", out.String())
	}
	g := res.Games[0]
	bond := market.DefaultDeployConfig().GameBond
	if g.State != node.GameResolved || g.Winner != addrs[honest] || g.Slashed != bond.String() || g.End != dispute.EndStep {
		t.Fatalf("game %+v: want %s the winner, %s slashed", g, honest, bond)
	}
	// The restarted provider's own record: it played and won.
	pc, err := node.NewAPIClient(provs[honest].dir)
	if err != nil {
		t.Fatal(err)
	}
	var pg node.GameRecord
	if err := pc.Do(ctx, "GET", "/v1/games/"+g.ID.Hex(), nil, &pg); err != nil {
		t.Fatal(err)
	}
	if pg.State != node.GameResolved || pg.Winner != addrs[honest] || pg.Role != "provider" || pg.Moves == 0 {
		t.Fatalf("the honest provider's record %+v", pg)
	}
	// On chain: the cheater's claim is defeated and its bond gone.
	for s, party := range g.Parties {
		defeated, err := games.Defeated(ctx, party.Claim)
		if err != nil || defeated != (party.Provider == addrs["p2"]) {
			t.Fatalf("side %d (%s): defeated %v, %v", s, party.Provider.Hex(), defeated, err)
		}
	}
	reg, err := market.NewRegistry(ctx, c, d.Registry)
	if err != nil {
		t.Fatal(err)
	}
	for _, party := range g.Parties {
		svc, err := reg.Service(ctx, party.Service)
		if err != nil {
			t.Fatal(err)
		}
		want := big.NewInt(2e17)
		if party.Provider == addrs["p2"] {
			want.Sub(want, bond)
		}
		if svc.Stake.Cmp(want) != 0 || svc.OpenGames != 0 {
			t.Fatalf("%s: stake %s with %d open games, want %s", party.Provider.Hex(), svc.Stake, svc.OpenGames, want)
		}
	}
	for _, p := range []*proc{user, provs["p0"], provs["p1"], provs["p2"], seed} {
		p.stop()
	}
}
