package web

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"math/big"
	"net"
	"net/http"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/rmsnet/rms/market"
	"github.com/rmsnet/rms/market/simchain"
	"github.com/rmsnet/rms/merkle"
)

// testChain deploys the contracts on a simulated chain.
func testChain(t testing.TB) (*simchain.Chain, Chain) {
	t.Helper()
	sim, keys, err := simchain.NewFunded(2, new(big.Int).Mul(simchain.Ether, big.NewInt(10)))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { sim.Close() })
	ctx := context.Background()
	dep, err := market.Deploy(ctx, sim.Client(), keys[0], market.DefaultDeployConfig())
	if err != nil {
		t.Fatal(err)
	}
	reg, err := market.NewRegistry(ctx, sim.Client(), dep.Registry)
	if err != nil {
		t.Fatal(err)
	}
	esc, err := market.NewEscrow(ctx, sim.Client(), dep.Escrow)
	if err != nil {
		t.Fatal(err)
	}
	return sim, Chain{Backend: sim.Client(), Deployment: dep, Registry: reg, Escrow: esc}
}

// oneNode is a node that knows one agreed job.
func oneNode(ctx context.Context) (Local, error) {
	seven := int32(7)
	root := merkle.Hash{1}
	return Local{
		Node: NodeView{Name: "n1", Roles: []string{"user"}, PeerID: "12D3KooWtest", Address: common.Address{9}},
		Jobs: []JobView{{Hash: common.Hash{2}, Role: "user", State: "agreed", User: common.Address{9}, Created: time.Unix(100, 0),
			Claims: []ClaimView{{Provider: common.Address{3}, OutputRoot: root, Label: &seven}, {Provider: common.Address{4}, OutputRoot: root, Label: &seven}}}},
	}, nil
}

// serve starts a server of the view on loopback.
func serve(t testing.TB, c Chain, opts ...Option) (*Server, string) {
	t.Helper()
	s, err := New(c, []Source{oneNode}, opts...)
	if err != nil {
		t.Fatal(err)
	}
	addr, stop, err := s.Serve(context.Background(), "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { stop() })
	return s, "http://" + addr
}

func TestSnapshotOfAChain(t *testing.T) {
	_, c := testChain(t)
	s, base := serve(t, c)
	snap := s.Snapshot()
	if len(snap.Errors) != 0 {
		t.Fatalf("errors: %v", snap.Errors)
	}
	if snap.Version == 0 || snap.Chain.Registry != c.Deployment.Registry || snap.Chain.Head == 0 {
		t.Fatalf("snapshot %+v", snap.Chain)
	}
	if len(snap.Jobs) != 1 || snap.Jobs[0].Standing == nil || *snap.Jobs[0].Label != 7 || snap.Jobs[0].Claims[0].Verdict != "agreed" {
		t.Fatalf("jobs %+v", snap.Jobs)
	}
	if len(snap.Games) != 0 || len(snap.Services) != 0 {
		t.Fatalf("%d games and %d services on a fresh chain", len(snap.Games), len(snap.Services))
	}
	// The node's account and the channel of its job's claims are read.
	var acct *AccountView
	for i := range snap.Balances.Accounts {
		if snap.Balances.Accounts[i].Name == "n1" {
			acct = &snap.Balances.Accounts[i]
		}
	}
	if acct == nil || acct.Balance == nil || acct.Balance.Wei != "0" || len(snap.Balances.Channels) != 2 {
		t.Fatalf("balances %+v", snap.Balances)
	}
	var got Snapshot
	getJSON(t, base+"/api/snapshot", &got)
	if got.Version != snap.Version || len(got.Jobs) != 1 {
		t.Fatalf("GET /api/snapshot: version %d, %d jobs", got.Version, len(got.Jobs))
	}
	var job JobView
	getJSON(t, base+"/api/jobs/"+common.Hash{2}.Hex(), &job)
	if job.Hash != (common.Hash{2}) {
		t.Fatalf("GET /api/jobs/{id}: %+v", job)
	}
}

func getJSON(t testing.TB, url string, out any) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Fatalf("GET %s: %s", url, resp.Status)
	}
	if err := json.NewDecoder(resp.Body).Decode(out); err != nil {
		t.Fatalf("GET %s: %v", url, err)
	}
}

// rawRequest sends req as written (path and headers untouched) and returns
// the status code.
func rawRequest(t *testing.T, addr, req string) int {
	t.Helper()
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	conn.SetDeadline(time.Now().Add(10 * time.Second))
	go func() { io.WriteString(conn, req) }()
	resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err != nil {
		t.Fatalf("%q: %v", clip(req), err)
	}
	resp.Body.Close()
	return resp.StatusCode
}

func TestBadRequests(t *testing.T) {
	_, c := testChain(t)
	_, base := serve(t, c)
	addr := strings.TrimPrefix(base, "http://")
	unknown := common.Hash{0xaa}.Hex()
	huge := strings.Repeat("x", 8<<20)
	for _, tc := range []struct {
		name, method, path, body string
		want                     int
	}{
		{"unknown page", "GET", "/nope", "", 404},
		{"unknown api", "GET", "/api/nope", "", 404},
		{"unknown asset", "GET", "/assets/nope.js", "", 404},
		{"asset of an unserved type", "GET", "/assets/nope.exe", "", 404},
		{"escaping asset path", "GET", "/assets/..%2fserver.go", "", 404},
		{"short id", "GET", "/api/games/0x12", "", 400},
		{"id without 0x", "GET", "/api/games/" + strings.Repeat("a", 66), "", 400},
		{"id not hex", "GET", "/api/jobs/0x" + strings.Repeat("g", 64), "", 400},
		{"long id", "GET", "/api/jobs/0x" + strings.Repeat("a", 4000), "", 400},
		{"unknown game", "GET", "/api/games/" + unknown, "", 404},
		{"unknown job", "GET", "/api/jobs/" + unknown, "", 404},
		{"POST snapshot", "POST", "/api/snapshot", "", 405},
		{"DELETE page", "DELETE", "/", "", 405},
		{"PUT asset", "PUT", "/assets/app.js", "", 405},
		{"POST game", "POST", "/api/games/" + unknown, "", 405},
		{"small body", "GET", "/", "x", 413},
		{"huge body", "POST", "/api/jobs", huge, 413},
	} {
		t.Run(tc.name, func(t *testing.T) {
			req, err := http.NewRequest(tc.method, base+tc.path, strings.NewReader(tc.body))
			if err != nil {
				t.Fatal(err)
			}
			if tc.body == "" {
				req.Body = nil
			}
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			b, _ := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
			resp.Body.Close()
			if resp.StatusCode != tc.want {
				t.Fatalf("%s %s: %s %s, want %d", tc.method, clip(tc.path), resp.Status, b, tc.want)
			}
			checkHeaders(t, resp.Header)
			var e struct{ Error string }
			if json.Unmarshal(b, &e) != nil || e.Error == "" {
				t.Fatalf("%s %s: the answer %q names no error", tc.method, clip(tc.path), b)
			}
		})
	}
	for _, tc := range []struct {
		name, req string
		want      int
	}{
		{"foreign host", "GET / HTTP/1.1\r\nHost: rebound.example\r\n\r\n", 421},
		{"huge header", "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + strings.Repeat("a", 1<<20) + "\r\n\r\n", 431},
		{"chunked body", "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n", 413},
		{"localhost", "GET / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n", 200},
		{"ipv6 literal", "GET / HTTP/1.1\r\nHost: [::1]:80\r\nConnection: close\r\n\r\n", 200},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := rawRequest(t, addr, tc.req); got != tc.want {
				t.Fatalf("%s: %d, want %d", tc.name, got, tc.want)
			}
		})
	}
	// Still serving.
	resp, err := http.Get(base + "/")
	if err != nil || resp.StatusCode != 200 {
		t.Fatalf("after the bad requests: %v %v", resp, err)
	}
	resp.Body.Close()
}

func checkHeaders(t *testing.T, h http.Header) {
	t.Helper()
	csp := h.Get("Content-Security-Policy")
	for _, want := range []string{"default-src 'self'", "script-src 'self'", "style-src 'self'", "frame-ancestors 'none'", "object-src 'none'"} {
		if !strings.Contains(csp, want) {
			t.Errorf("Content-Security-Policy %q lacks %q", csp, want)
		}
	}
	if strings.Contains(csp, "unsafe") || strings.Contains(csp, "*") {
		t.Errorf("Content-Security-Policy %q allows too much", csp)
	}
	if h.Get("X-Content-Type-Options") != "nosniff" || h.Get("X-Frame-Options") != "DENY" || h.Get("Referrer-Policy") != "no-referrer" {
		t.Errorf("headers %v", h)
	}
}

// TestPageHasNoInlineCode checks what the CSP relies on: the page has no
// inline script, style or handler, the script builds the page from text
// nodes only, and no asset names another origin.
func TestPageHasNoInlineCode(t *testing.T) {
	index, err := fs.ReadFile(assets, "assets/index.html")
	if err != nil {
		t.Fatal(err)
	}
	html := string(index)
	for _, re := range []string{`<script[^>]*>\s*[^<\s]`, `<style`, `\sstyle=`, `\son[a-z]+=`, `javascript:`} {
		if m := regexp.MustCompile(re).FindString(html); m != "" {
			t.Errorf("index.html has %q", m)
		}
	}
	for _, m := range regexp.MustCompile(`<script[^>]*>`).FindAllString(html, -1) {
		if !strings.Contains(m, ` src="/assets/`) {
			t.Errorf("index.html: %s has no src under /assets/", m)
		}
	}
	js, err := fs.ReadFile(assets, "assets/app.js")
	if err != nil {
		t.Fatal(err)
	}
	for _, bad := range []string{"innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function", ".style."} {
		if strings.Contains(string(js), bad) {
			t.Errorf("app.js uses %s", bad)
		}
	}
	err = fs.WalkDir(assets, "assets", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, _ := fs.ReadFile(assets, p)
		for _, u := range regexp.MustCompile(`(?i)(?:https?:)?//[a-z0-9.-]+\.[a-z]{2,}[^\s"')]*`).FindAllString(string(b), -1) {
			if u != "http://www.w3.org/2000/svg" && u != "//www.w3.org/2000/svg" {
				t.Errorf("%s names another origin: %s", p, u)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestEventStream reads the first snapshot from the stream, then the next
// one after the chain grows; a stream over the limit is refused.
func TestEventStream(t *testing.T) {
	sim, c := testChain(t)
	s, base := serve(t, c, WithPoll(20*time.Millisecond), WithMaxStreams(1))
	resp, err := http.Get(base + "/api/events")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if ct := resp.Header.Get("Content-Type"); ct != "text/event-stream" {
		t.Fatalf("Content-Type %q", ct)
	}
	rd := bufio.NewReader(resp.Body)
	next := func() Snapshot {
		t.Helper()
		var ev, data string
		for {
			line, err := rd.ReadString('\n')
			if err != nil {
				t.Fatal(err)
			}
			line = strings.TrimRight(line, "\n")
			switch {
			case strings.HasPrefix(line, "event: "):
				ev = line[7:]
			case strings.HasPrefix(line, "data: "):
				data = line[6:]
			case line == "" && data != "":
				if ev != "snapshot" {
					t.Fatalf("event %q", ev)
				}
				var snap Snapshot
				if err := json.Unmarshal([]byte(data), &snap); err != nil {
					t.Fatal(err)
				}
				return snap
			}
		}
	}
	first := next()
	if first.Version == 0 || first.Chain.Head != s.Snapshot().Chain.Head {
		t.Fatalf("first event: version %d head %d", first.Version, first.Chain.Head)
	}
	second, err := http.Get(base + "/api/events")
	if err != nil {
		t.Fatal(err)
	}
	second.Body.Close()
	if second.StatusCode != http.StatusServiceUnavailable {
		t.Fatalf("a second stream over the limit of one: %s", second.Status)
	}
	sim.Commit()
	got := next()
	if got.Version <= first.Version || got.Chain.Head != first.Chain.Head+1 {
		t.Fatalf("after a block: version %d head %d, before %d and %d", got.Version, got.Chain.Head, first.Version, first.Chain.Head)
	}
}

// TestConcurrentPageLoads loads the page with its assets and its JSON
// 1,000 times at once over loopback: every request must succeed.
func TestConcurrentPageLoads(t *testing.T) {
	_, c := testChain(t)
	_, base := serve(t, c)
	const loads = 1000
	tr := &http.Transport{MaxIdleConnsPerHost: loads, MaxConnsPerHost: 0, DisableCompression: true}
	defer tr.CloseIdleConnections()
	cl := &http.Client{Transport: tr, Timeout: 2 * time.Minute}
	paths := []string{"/", "/assets/app.css", "/assets/app.js", "/assets/icon.svg", "/api/snapshot"}
	var wg sync.WaitGroup
	errs := make(chan error, loads)
	start := make(chan struct{})
	t0 := time.Now()
	for range loads {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			for _, p := range paths {
				resp, err := cl.Get(base + p)
				if err != nil {
					errs <- err
					return
				}
				n, err := io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				if err != nil || resp.StatusCode != 200 || n == 0 {
					errs <- fmt.Errorf("GET %s: %s, %d bytes, %v", p, resp.Status, n, err)
					return
				}
			}
		}()
	}
	close(start)
	wg.Wait()
	close(errs)
	failed := 0
	for err := range errs {
		if failed < 5 {
			t.Error(err)
		}
		failed++
	}
	if failed > 0 {
		t.Fatalf("%d of %d page loads failed", failed, loads)
	}
	t.Logf("%d concurrent page loads (%d requests each) in %s", loads, len(paths), time.Since(t0).Round(time.Millisecond))
}

// BenchmarkPageLoad is one page load (the page, its three assets and the
// snapshot) over loopback, run in parallel.
func BenchmarkPageLoad(b *testing.B) {
	_, c := testChain(b)
	_, base := serve(b, c)
	tr := &http.Transport{MaxIdleConnsPerHost: 256}
	defer tr.CloseIdleConnections()
	cl := &http.Client{Transport: tr}
	paths := []string{"/", "/assets/app.css", "/assets/app.js", "/assets/icon.svg", "/api/snapshot"}
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			for _, p := range paths {
				resp, err := cl.Get(base + p)
				if err != nil {
					b.Fatal(err)
				}
				io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
			}
		}
	})
}

// BenchmarkRefresh is one snapshot build of a chain with no game.
func BenchmarkRefresh(b *testing.B) {
	_, c := testChain(b)
	s, err := New(c, []Source{oneNode})
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		s.Refresh(context.Background())
	}
}
