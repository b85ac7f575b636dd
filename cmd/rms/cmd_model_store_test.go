package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/rmsnet/rms/model"
	"github.com/rmsnet/rms/model/gguf"
	"github.com/rmsnet/rms/p2p"
)

// subprocessEnv makes the test binary run the rms command line (main) with
// its arguments instead of the tests, so tests can run rms in a separate
// process and kill it.
const subprocessEnv = "RMS_TEST_RUN_MAIN"

func init() {
	if os.Getenv(subprocessEnv) == "1" {
		main()
	}
}

// rmsProcess starts rms args in a separate process.
func rmsProcess(t testing.TB, args ...string) (*exec.Cmd, *bytes.Buffer) {
	t.Helper()
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), subprocessEnv+"=1")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	return cmd, &stderr
}

func modelJSON(t testing.TB, out string) modelOutput {
	t.Helper()
	var o modelOutput
	if err := json.Unmarshal([]byte(out), &o); err != nil {
		t.Fatalf("not one JSON object: %v\n%s", err, out)
	}
	return o
}

func TestModelStoreCommands(t *testing.T) {
	dir := t.TempDir()
	code, out, errOut := runModelCmd(t, "model", "add", mnistGGUFPath, "--data-dir", dir, "--json")
	if code != 0 {
		t.Fatalf("add: exit %d: %s", code, errOut)
	}
	added := modelJSON(t, out)
	if added.ModelRoot.Hex() != "0xe46efb2a8fd60ddf582ce1b9d4fe81b2afd624d4c54e8babd7e069c8d1f9684a" ||
		added.ProgramRoot.Hex() != "0x5cdd6ad50d378648f208052c898d574cf97157f9f464d7e94780e6e78e6c9370" ||
		added.Size != 103456 || !strings.HasPrefix(added.CID, "bafkrei") {
		t.Fatalf("add printed %+v", added)
	}
	// RMS_DATA_DIR is the default data dir.
	t.Setenv("RMS_DATA_DIR", dir)
	code, out, errOut = runModelCmd(t, "model", "ls", "--json")
	var list []modelOutput
	if code != 0 || json.Unmarshal([]byte(out), &list) != nil || len(list) != 1 || list[0].CID != added.CID || list[0].Name != "mnist.gguf" {
		t.Fatalf("ls: exit %d %s %s", code, out, errOut)
	}
	if code, out, errOut = runModelCmd(t, "model", "verify", added.CID); code != 0 || !strings.HasPrefix(out, "ok: 8 blocks") {
		t.Fatalf("verify: exit %d %s %s", code, out, errOut)
	}
	got := filepath.Join(t.TempDir(), "got.gguf")
	if code, _, errOut = runModelCmd(t, "model", "get", added.CID, "--out", got); code != 0 {
		t.Fatalf("get: exit %d %s", code, errOut)
	}
	want, _ := os.ReadFile(mnistGGUFPath)
	if b, _ := os.ReadFile(got); !bytes.Equal(b, want) {
		t.Fatal("get wrote other bytes than add read")
	}

	trunc := filepath.Join(t.TempDir(), "trunc.gguf")
	os.WriteFile(trunc, want[:5000], 0o644)
	other := t.TempDir()
	for _, tc := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"model", "add"}, 2, "the GGUF file is required"},
		{[]string{"model", "add", trunc}, 1, "not a valid GGUF"},
		{[]string{"model", "add", "/nonexistent.gguf"}, 1, "no such file"},
		{[]string{"model", "get", added.CID}, 2, "--out is required"},
		{[]string{"model", "get", "notacid", "--out", got}, 2, "not a CID"},
		{[]string{"model", "get", added.CID, "--out", filepath.Join(other, "x"), "--data-dir", other}, 1, "give --peer"},
		{[]string{"model", "get", added.CID, "--out", got, "--peer", "/ip4/127.0.0.1/tcp/1"}, 2, "/p2p/"},
		{[]string{"model", "verify", "bafk!"}, 2, "not a CID"},
		{[]string{"model", "verify", added.CID, "--data-dir", other}, 1, "not in the local store"},
	} {
		code, _, errOut := runModelCmd(t, tc.args...)
		if code != tc.code || !strings.Contains(errOut, tc.want) {
			t.Errorf("%v: exit %d, %q; want %d and %q", tc.args, code, errOut, tc.code, tc.want)
		}
	}
	if _, err := os.Stat(filepath.Join(other, "x")); !os.IsNotExist(err) {
		t.Error("a failed get created --out")
	}
}

// bigModel writes a GGUF model with n bytes of random tensor data.
func bigModel(t testing.TB, n int) string {
	t.Helper()
	data := make([]byte, n)
	rand.NewChaCha8([32]byte{7}).Read(data)
	f := &gguf.File{
		KV:      []gguf.KV{{Key: model.KeyArchitecture, Value: "synth"}},
		Tensors: []gguf.Tensor{{Name: "w", Dims: []uint64{uint64(n)}, Type: gguf.TensorI8, Data: data}},
	}
	path := filepath.Join(t.TempDir(), "big.gguf")
	if err := gguf.WriteFile(path, f); err != nil {
		t.Fatal(err)
	}
	return path
}

// serve starts `rms model serve` on dir in a separate process and returns
// its first address.
func serve(t testing.TB, dir string) string {
	t.Helper()
	cmd, stderr := rmsProcess(t, "model", "serve", "--data-dir", dir, "--listen", "/ip4/127.0.0.1/tcp/0")
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		cmd.Process.Signal(syscall.SIGTERM)
		cmd.Wait()
	})
	line := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stdout)
		if sc.Scan() {
			line <- sc.Text()
		}
		close(line)
	}()
	select {
	case l, ok := <-line:
		if !ok {
			t.Fatalf("serve printed no address: %s", stderr)
		}
		return l
	case <-time.After(30 * time.Second):
		t.Fatalf("serve printed no address in 30 s: %s", stderr)
	}
	return ""
}

// checkStore opens dir and checks that every block hashes to its CID and
// that the block files hold nothing but blocks (a write cut short by the
// kill is swept at the open); it returns the recorded models.
func checkStore(t *testing.T, dir string) []p2p.ModelInfo {
	t.Helper()
	partial := func() (n int) {
		filepath.WalkDir(filepath.Join(dir, p2p.BlockDir), func(p string, d os.DirEntry, err error) error {
			if err == nil && !d.IsDir() && !strings.HasSuffix(p, ".data") {
				n++
			}
			return nil
		})
		return n
	}
	before := partial()
	st, err := p2p.OpenStore(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if n := partial(); n != 0 {
		t.Fatalf("%d files in %s that are not blocks after the open", n, p2p.BlockDir)
	}
	n, err := st.CheckBlocks(context.Background())
	if err != nil {
		t.Fatalf("store after kill: %v", err)
	}
	models, err := st.Models(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("store %s: %d blocks, %d models, %d partial block files swept", filepath.Base(dir), n, len(models), before)
	return models
}

// killDuring starts cmd, waits until dir holds more than minBytes and
// kills it with SIGKILL. It reports whether the kill came before the end.
func killDuring(t *testing.T, cmd *exec.Cmd, dir string, minBytes int64) bool {
	t.Helper()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	deadline := time.Now().Add(60 * time.Second)
	for time.Now().Before(deadline) {
		select {
		case err := <-done:
			t.Logf("process ended before the kill: %v", err)
			return false
		default:
		}
		if dirSize(dir) > minBytes {
			cmd.Process.Signal(syscall.SIGKILL)
			err := <-done
			if ee, ok := err.(*exec.ExitError); ok && ee.Sys().(syscall.WaitStatus).Signaled() {
				return true
			}
			t.Logf("process ended with %v at the kill", err)
			return false
		}
		time.Sleep(5 * time.Millisecond)
	}
	cmd.Process.Kill()
	t.Fatal("process wrote nothing in 60 s")
	return false
}

func dirSize(dir string) int64 {
	var n int64
	filepath.Walk(dir, func(_ string, fi os.FileInfo, err error) error {
		if err == nil && !fi.IsDir() {
			n += fi.Size()
		}
		return nil
	})
	return n
}

// TestModelKilled: rms model add and rms model get, killed with SIGKILL
// half-way, leave a store whose every block hashes to its CID and no model
// recorded (add) or no --out (get); the same command then completes.
func TestModelKilled(t *testing.T) {
	const size = 64 << 20
	path := bigModel(t, size)
	want, _ := os.ReadFile(path)

	a := t.TempDir()
	cmd, _ := rmsProcess(t, "model", "add", path, "--data-dir", a, "--json")
	killed := killDuring(t, cmd, a, 16<<20)
	if models := checkStore(t, a); killed && len(models) != 0 {
		t.Fatalf("a killed add recorded %d models", len(models))
	}
	code, out, errOut := runModelCmd(t, "model", "add", path, "--data-dir", a, "--json")
	if code != 0 {
		t.Fatalf("add after kill: exit %d %s", code, errOut)
	}
	added := modelJSON(t, out)
	if code, _, errOut := runModelCmd(t, "model", "verify", added.CID, "--data-dir", a); code != 0 {
		t.Fatalf("verify after kill: %s", errOut)
	}

	addr := serve(t, a)
	b := t.TempDir()
	outFile := filepath.Join(t.TempDir(), "got.gguf")
	cmd, _ = rmsProcess(t, "model", "get", added.CID, "--out", outFile, "--data-dir", b, "--peer", addr)
	killed = killDuring(t, cmd, b, 16<<20)
	if models := checkStore(t, b); killed && len(models) != 0 {
		t.Fatalf("a killed get recorded %d models", len(models))
	}
	if _, err := os.Stat(outFile); killed && !os.IsNotExist(err) {
		t.Fatalf("a killed get left --out: %v", err)
	}
	code, out, errOut = runModelCmd(t, "model", "get", added.CID, "--out", outFile, "--data-dir", b, "--peer", addr, "--json")
	if code != 0 {
		t.Fatalf("get after kill: exit %d %s", code, errOut)
	}
	if got, _ := os.ReadFile(outFile); !bytes.Equal(got, want) {
		t.Fatal("get after kill wrote other bytes")
	}
	if _, err := os.Stat(p2p.PartialPath(outFile)); !os.IsNotExist(err) {
		t.Fatal("partial file left after a completed get")
	}
	t.Logf("get after kill: %s", strings.TrimSpace(out))
}

// BenchmarkModelCommands measures the commands as a user runs them, each
// node in its own process: `rms model add` of a GGUF model with 256 MiB of
// random tensor data (1 GiB with RMS_LONG=1), then `rms model get` from a
// `rms model serve` of that store over loopback TCP into a fresh data dir.
// add-MiB/s is the whole add (read, hash, store, sync); fetch-MiB/s the
// get's network fetch (fetch_seconds), get-MiB/s the whole get (fetch,
// then every chunk checked and the file written and checked); and
// get-cpu-ms/MiB the get process's CPU time per MiB (the seeder's is not
// counted).
func BenchmarkModelCommands(b *testing.B) {
	size := 256 << 20
	if os.Getenv("RMS_LONG") == "1" {
		size = 1 << 30
	}
	path := bigModel(b, size)
	mib := float64(size) / (1 << 20)
	var addS, fetchS, getS, getCPU float64
	for i := 0; i < b.N; i++ {
		a := b.TempDir()
		cmd, stderr := rmsProcess(b, "model", "add", path, "--data-dir", a, "--json")
		out, err := cmd.Output()
		if err != nil {
			b.Fatalf("add: %v: %s", err, stderr)
		}
		added := modelJSON(b, string(out))
		addS += added.Seconds
		addr := serve(b, a)
		got := filepath.Join(b.TempDir(), "got.gguf")
		cmd, stderr = rmsProcess(b, "model", "get", added.CID, "--out", got, "--data-dir", b.TempDir(), "--peer", addr, "--json")
		out, err = cmd.Output()
		if err != nil {
			b.Fatalf("get: %v: %s", err, stderr)
		}
		o := modelJSON(b, string(out))
		fetchS += o.FetchSeconds
		getS += o.Seconds
		getCPU += (cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()).Seconds()
		if st, err := os.Stat(got); err != nil || st.Size() != int64(added.Size) {
			b.Fatalf("get wrote %v, %v", st, err)
		}
	}
	n := float64(b.N)
	b.ReportMetric(mib*n/addS, "add-MiB/s")
	b.ReportMetric(mib*n/fetchS, "fetch-MiB/s")
	b.ReportMetric(mib*n/getS, "get-MiB/s")
	b.ReportMetric(getCPU*1000/(mib*n), "get-cpu-ms/MiB")
}
