package p2p

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ipfs/go-cid"
)

// kuboBinary is the kubo (ipfs) binary named by $RMS_KUBO, for the
// cross-checks against the reference IPFS implementation. Build it with
// `go install github.com/ipfs/kubo/cmd/ipfs@v0.42.0` (or go build in its
// module directory).
func kuboBinary(t testing.TB) string {
	t.Helper()
	k := os.Getenv("RMS_KUBO")
	if k == "" {
		t.Skip("RMS_KUBO is not set: no kubo binary to compare with")
	}
	return k
}

// kubo runs one kubo command on the repo dir.
func kubo(t testing.TB, bin, repo string, stdin []byte, args ...string) string {
	t.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Env = append(os.Environ(), "IPFS_PATH="+repo)
	if stdin != nil {
		cmd.Stdin = bytes.NewReader(stdin)
	}
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		t.Fatalf("ipfs %s: %v: %s", strings.Join(args, " "), err, errb.String())
	}
	return strings.TrimSpace(out.String())
}

// kuboAddArgs are the flags that give the unixfs-v1-2025 layout on any
// kubo configuration (docs/P2P.md).
var kuboAddArgs = []string{"add", "-Q", "--pin=false", "--cid-version=1", "--raw-leaves", "--hash=sha2-256", "--chunker=size-1048576", "--max-file-links=1024"}

// TestAddFileMatchesKubo: AddFile gives the CID kubo gives with the
// unixfs-v1-2025 flags, for files around the chunk and link boundaries.
func TestAddFileMatchesKubo(t *testing.T) {
	bin := kuboBinary(t)
	repo := t.TempDir()
	kubo(t, bin, repo, nil, "init", "--empty-repo", "--profile=test")
	n := newTestNode(t)
	ctx := context.Background()
	for _, size := range []int{0, 1, MaxBlockSize, MaxBlockSize + 1, 1030*MaxBlockSize + 5} {
		data := make([]byte, size)
		rand.NewChaCha8([32]byte{byte(size)}).Read(data)
		root, err := n.Blocks.AddFile(ctx, bytes.NewReader(data))
		if err != nil {
			t.Fatal(err)
		}
		want := kubo(t, bin, repo, data, append(kuboAddArgs, "--only-hash")...)
		if root.String() != want {
			t.Errorf("%d bytes: AddFile %s, kubo %s", size, root, want)
		}
		t.Logf("%d bytes: %s", size, root)
	}
}

func freePort(t testing.TB) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// kuboDaemon starts a kubo node on loopback only (no bootstrap peers, no
// DHT) and returns its repo, its /p2p address and its process id.
func kuboDaemon(t testing.TB, bin string) (string, string, int) {
	t.Helper()
	repo := t.TempDir()
	kubo(t, bin, repo, nil, "init", "--empty-repo", "--profile=test")
	swarm := freePort(t)
	for _, kv := range [][2]string{
		{"Addresses.Swarm", fmt.Sprintf(`["/ip4/127.0.0.1/tcp/%d"]`, swarm)},
		{"Addresses.API", fmt.Sprintf(`"/ip4/127.0.0.1/tcp/%d"`, freePort(t))},
		{"Addresses.Gateway", `""`},
		{"Bootstrap", `[]`},
		{"Routing.Type", `"none"`},
	} {
		kubo(t, bin, repo, nil, "config", "--json", kv[0], kv[1])
	}
	cmd := exec.Command(bin, "daemon")
	cmd.Env = append(os.Environ(), "IPFS_PATH="+repo)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	ready := make(chan bool, 1)
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			if strings.Contains(sc.Text(), "Daemon is ready") {
				ready <- true
				io.Copy(io.Discard, stdout)
				return
			}
		}
		ready <- false
	}()
	select {
	case ok := <-ready:
		if !ok {
			t.Fatal("kubo daemon exited before it was ready")
		}
	case <-time.After(60 * time.Second):
		t.Fatal("kubo daemon not ready in 60 s")
	}
	id := kubo(t, bin, repo, nil, "id", "-f", "<id>")
	return repo, fmt.Sprintf("/ip4/127.0.0.1/tcp/%d/p2p/%s", swarm, id), cmd.Process.Pid
}

// procCPU is the CPU time (user and system) process pid has used, from
// /proc/<pid>/stat (clock ticks of 10 ms).
func procCPU(t testing.TB, pid int) time.Duration {
	t.Helper()
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		t.Fatal(err)
	}
	// Fields after the command name in parentheses: state is field 3,
	// utime 14, stime 15.
	f := strings.Fields(string(b[bytes.LastIndexByte(b, ')')+1:]))
	var ticks int64
	for _, s := range f[11:13] {
		var n int64
		if _, err := fmt.Sscan(s, &n); err != nil {
			t.Fatalf("/proc/%d/stat: %v", pid, err)
		}
		ticks += n
	}
	return time.Duration(ticks) * 10 * time.Millisecond
}

// BenchmarkKuboTransfer moves the 256 MiB of BenchmarkModelGet's tensor
// data (1 GiB with RMS_LONG=1) between two kubo daemons on loopback TCP:
// `ipfs add` with the unixfs-v1-2025 flags on one, `ipfs pin add` of the
// root (fetch and store every block) on the other. kubo-get-cpu-ms/MiB is
// the CPU time both daemons spent in the get, per MiB.
func BenchmarkKuboTransfer(b *testing.B) {
	bin := kuboBinary(b)
	size := 256 << 20
	if os.Getenv("RMS_LONG") == "1" {
		size = 1 << 30
	}
	data := make([]byte, size)
	rand.NewChaCha8([32]byte{byte(size)}).Read(data)
	path := filepath.Join(b.TempDir(), "data")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		b.Fatal(err)
	}
	mib := float64(size) / (1 << 20)
	var addT, getT, getCPU time.Duration
	for i := 0; i < b.N; i++ {
		r1, _, p1 := kuboDaemon(b, bin)
		r2, a2, p2 := kuboDaemon(b, bin)
		t0 := time.Now()
		args := append([]string{"add", "-Q", "--pin=true"}, kuboAddArgs[3:]...)
		root := kubo(b, bin, r1, nil, append(args, path)...)
		addT += time.Since(t0)
		if _, err := cid.Decode(root); err != nil {
			b.Fatalf("kubo add printed %q", root)
		}
		kubo(b, bin, r1, nil, "swarm", "connect", a2)
		c0 := procCPU(b, p1) + procCPU(b, p2)
		t0 = time.Now()
		kubo(b, bin, r2, nil, "pin", "add", "--progress=false", root)
		getT += time.Since(t0)
		getCPU += procCPU(b, p1) + procCPU(b, p2) - c0
		var st struct{ NumObjects int }
		if err := json.Unmarshal([]byte(kubo(b, bin, r2, nil, "repo", "stat", "--enc=json")), &st); err != nil || st.NumObjects < size>>20 {
			b.Fatalf("fetching node holds %d objects (%v)", st.NumObjects, err)
		}
	}
	n := float64(b.N)
	b.ReportMetric(mib*n/addT.Seconds(), "kubo-add-MiB/s")
	b.ReportMetric(mib*n/getT.Seconds(), "kubo-get-MiB/s")
	b.ReportMetric(float64(getCPU.Milliseconds())/(mib*n), "kubo-get-cpu-ms/MiB")
}
