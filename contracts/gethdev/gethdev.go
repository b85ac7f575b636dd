package gethdev

import (
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"
)

// DevKey is the key of the account that `geth --dev` funds when its
// keystore is empty.
const DevKey = "b71c71a67e1177ad4e901695e1b4b9ee17ae16c6668d313eac2f96dbcda3f291"

// ErrNoGeth is returned by FindGeth when no geth binary is installed.
var ErrNoGeth = errors.New("geth not found in .bin/ or on PATH (run `make geth`)")

// FindGeth returns the geth binary: .bin/geth at the root of the module that
// holds dir (installed by `make geth`), else geth on PATH.
func FindGeth(dir string) (string, error) {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return "", fmt.Errorf("find geth: %w", err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			p := filepath.Join(dir, ".bin", "geth")
			if st, err := os.Stat(p); err == nil && !st.IsDir() && st.Mode()&0o111 != 0 {
				return p, nil
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
		return p, nil
	}
	return "", ErrNoGeth
}

// Node is a `geth --dev` process listening on loopback only, with its own
// data directory; blocks are mined as transactions arrive.
type Node struct {
	// URL is the HTTP JSON-RPC endpoint.
	URL string
	// LogPath is the file that holds geth's output.
	LogPath string

	cmd *exec.Cmd
	log *os.File
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// Start starts geth (the binary at path geth) in dev mode with its data
// in dir and waits, under ctx, until its RPC endpoint answers.
func Start(ctx context.Context, geth, dir string) (*Node, error) {
	var ports [3]int
	for i := range ports {
		p, err := freePort()
		if err != nil {
			return nil, fmt.Errorf("start geth --dev: free port: %w", err)
		}
		ports[i] = p
	}
	logPath := filepath.Join(dir, "geth.log")
	logf, err := os.Create(logPath)
	if err != nil {
		return nil, fmt.Errorf("start geth --dev: %w", err)
	}
	cmd := exec.Command(geth, "--dev", "--dev.period", "0", "--datadir", filepath.Join(dir, "data"),
		"--http", "--http.addr", "127.0.0.1", "--http.port", fmt.Sprint(ports[0]), "--http.api", "eth,net,web3",
		"--port", fmt.Sprint(ports[1]), "--authrpc.addr", "127.0.0.1", "--authrpc.port", fmt.Sprint(ports[2]),
		"--ipcdisable", "--nodiscover", "--maxpeers", "0", "--nat", "none", "--verbosity", "2",
		"--rpc.gascap", "0", "--miner.gaslimit", "60000000")
	cmd.Stdout, cmd.Stderr = logf, logf
	if err := cmd.Start(); err != nil {
		logf.Close()
		return nil, fmt.Errorf("start geth --dev: %w", err)
	}
	g := &Node{URL: fmt.Sprintf("http://127.0.0.1:%d", ports[0]), LogPath: logPath, cmd: cmd, log: logf}
	for {
		cctx, cancel := context.WithTimeout(ctx, 2*time.Second)
		c, err := ethclient.DialContext(cctx, g.URL)
		if err == nil {
			_, err = c.ChainID(cctx)
			c.Close()
		}
		cancel()
		if err == nil {
			return g, nil
		}
		select {
		case <-ctx.Done():
			g.Close()
			return nil, fmt.Errorf("geth --dev did not answer on %s: %w (last error: %v)", g.URL, ctx.Err(), err)
		case <-time.After(200 * time.Millisecond):
		}
	}
}

// Close stops geth and waits for it to exit.
func (g *Node) Close() error {
	_ = g.cmd.Process.Kill()
	_ = g.cmd.Wait()
	return g.log.Close()
}

// StartForTest starts geth --dev for a test, stopped when the test
// ends (with geth's log printed if the test failed). Without a geth binary
// the test is skipped, or fails when $CI is set.
func StartForTest(t testing.TB) *Node {
	t.Helper()
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	geth, err := FindGeth(wd)
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal(err)
		}
		t.Skip(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	g, err := Start(ctx, geth, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		g.Close()
		if t.Failed() {
			if b, err := os.ReadFile(g.LogPath); err == nil {
				t.Logf("geth log:\n%s", b)
			}
		}
	})
	return g
}
