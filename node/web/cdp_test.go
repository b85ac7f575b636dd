package web_test

import (
	"bufio"
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/gorilla/websocket"
)

// chromiumPath finds Debian's chromium. Missing, the test is skipped, but
// under CI=true it fails: the browser test must run there.
func chromiumPath(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("chromium is not installed (make tools installs it with apt-get)")
	}
	t.Skip("chromium is not installed (make tools installs it)")
	return ""
}

// browser is headless chromium driven over the DevTools protocol: one page,
// one websocket, commands answered by id.
type browser struct {
	t    *testing.T
	cmd  *exec.Cmd
	dir  string // the profile, removed by close
	conn *websocket.Conn

	mu      sync.Mutex
	next    int
	pending map[int]chan cdpReply
	done    chan struct{}
}

type cdpReply struct {
	Result json.RawMessage `json:"result"`
	Error  *struct {
		Code    int    `json:"code"`
		Message string `json:"message"`
	} `json:"error"`
}

// startBrowser starts chromium with a fresh profile, reaching nothing but
// loopback, and attaches to its first page.
func startBrowser(t *testing.T, path string) *browser {
	t.Helper()
	// The profile is removed by close, after the whole process group is
	// gone: chromium's helper processes may still write to it for a moment
	// after the browser process itself has exited.
	dir, err := os.MkdirTemp("", "rms-chromium-")
	if err != nil {
		t.Fatal(err)
	}
	args := []string{"--headless", "--disable-gpu", "--remote-debugging-port=0", "--remote-debugging-address=127.0.0.1",
		"--user-data-dir=" + dir, "--no-first-run", "--no-default-browser-check", "--disable-background-networking",
		"--disable-component-update", "--disable-sync", "--disable-extensions", "--disable-default-apps", "--disable-dev-shm-usage",
		"--metrics-recording-only", "--mute-audio", "--hide-scrollbars", "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
		"about:blank"}
	if os.Geteuid() == 0 {
		args = append([]string{"--no-sandbox"}, args...)
	}
	cmd := exec.Command(path, args...)
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if err := cmd.Start(); err != nil {
		os.RemoveAll(dir)
		t.Fatalf("start chromium: %v", err)
	}
	b := &browser{t: t, cmd: cmd, dir: dir, pending: map[int]chan cdpReply{}, done: make(chan struct{})}
	t.Cleanup(b.close)
	// Chromium writes the port it chose to DevToolsActivePort in the profile.
	var port string
	deadline := time.Now().Add(60 * time.Second)
	for port == "" {
		if time.Now().After(deadline) {
			t.Fatal("chromium did not open its DevTools port within 60 s")
		}
		if f, err := os.Open(filepath.Join(dir, "DevToolsActivePort")); err == nil {
			sc := bufio.NewScanner(f)
			if sc.Scan() {
				port = strings.TrimSpace(sc.Text())
			}
			f.Close()
		}
		time.Sleep(50 * time.Millisecond)
	}
	var targets []struct {
		Type string `json:"type"`
		WS   string `json:"webSocketDebuggerUrl"`
	}
	for deadline := time.Now().Add(30 * time.Second); ; time.Sleep(100 * time.Millisecond) {
		resp, err := http.Get("http://127.0.0.1:" + port + "/json/list")
		if err == nil {
			err = json.NewDecoder(resp.Body).Decode(&targets)
			resp.Body.Close()
		}
		if err == nil && len(targets) > 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("chromium lists no page: %v", err)
		}
	}
	ws := ""
	for _, tg := range targets {
		if tg.Type == "page" {
			ws = tg.WS
		}
	}
	if ws == "" {
		t.Fatal("chromium has no page target")
	}
	conn, _, err := websocket.DefaultDialer.Dial(ws, nil)
	if err != nil {
		t.Fatalf("DevTools websocket: %v", err)
	}
	conn.SetReadLimit(64 << 20)
	b.conn = conn
	go b.read()
	return b
}

func (b *browser) read() {
	defer close(b.done)
	for {
		var m struct {
			ID int `json:"id"`
			cdpReply
		}
		if err := b.conn.ReadJSON(&m); err != nil {
			return
		}
		if m.ID == 0 {
			continue // an event
		}
		b.mu.Lock()
		ch := b.pending[m.ID]
		delete(b.pending, m.ID)
		b.mu.Unlock()
		if ch != nil {
			ch <- m.cdpReply
		}
	}
}

func (b *browser) close() {
	if b.conn != nil {
		b.conn.Close()
	}
	if b.cmd.Process != nil {
		syscall.Kill(-b.cmd.Process.Pid, syscall.SIGKILL) // the browser and its helpers
		b.cmd.Wait()
	}
	var err error
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(100 * time.Millisecond) {
		if err = os.RemoveAll(b.dir); err == nil || time.Now().After(deadline) {
			break
		}
	}
	if err != nil {
		b.t.Errorf("remove chromium's profile: %v", err)
	}
}

// call sends one command and decodes its result into out (when not nil).
func (b *browser) call(ctx context.Context, method string, params any, out any) error {
	b.mu.Lock()
	b.next++
	id := b.next
	ch := make(chan cdpReply, 1)
	b.pending[id] = ch
	err := b.conn.WriteJSON(map[string]any{"id": id, "method": method, "params": params})
	b.mu.Unlock()
	if err != nil {
		return fmt.Errorf("%s: %w", method, err)
	}
	select {
	case r := <-ch:
		if r.Error != nil {
			return fmt.Errorf("%s: %s (%d)", method, r.Error.Message, r.Error.Code)
		}
		if out != nil {
			return json.Unmarshal(r.Result, out)
		}
		return nil
	case <-b.done:
		return fmt.Errorf("%s: the DevTools connection closed", method)
	case <-ctx.Done():
		return fmt.Errorf("%s: %w", method, ctx.Err())
	}
}

// viewport sets the page's size in CSS pixels (mobile: a phone's touch
// viewport).
func (b *browser) viewport(ctx context.Context, w, h int, mobile bool) {
	b.t.Helper()
	if err := b.call(ctx, "Emulation.setDeviceMetricsOverride", map[string]any{"width": w, "height": h, "deviceScaleFactor": 1, "mobile": mobile}, nil); err != nil {
		b.t.Fatal(err)
	}
}

func (b *browser) navigate(ctx context.Context, url string) {
	b.t.Helper()
	var r struct {
		ErrorText string `json:"errorText"`
	}
	if err := b.call(ctx, "Page.navigate", map[string]any{"url": url}, &r); err != nil {
		b.t.Fatal(err)
	}
	if r.ErrorText != "" {
		b.t.Fatalf("navigate %s: %s", url, r.ErrorText)
	}
}

// eval runs a JavaScript expression in the page and decodes its value.
func (b *browser) eval(ctx context.Context, expr string, out any) error {
	var r struct {
		Result struct {
			Value json.RawMessage `json:"value"`
		} `json:"result"`
		Exception *struct {
			Text string `json:"text"`
		} `json:"exceptionDetails"`
	}
	if err := b.call(ctx, "Runtime.evaluate", map[string]any{"expression": expr, "returnByValue": true}, &r); err != nil {
		return err
	}
	if r.Exception != nil {
		return fmt.Errorf("evaluate %q: %s", expr, r.Exception.Text)
	}
	if len(r.Result.Value) == 0 {
		return errors.New("evaluate: no value")
	}
	return json.Unmarshal(r.Result.Value, out)
}

// waitText polls expr (a string expression) until ok accepts it.
func (b *browser) waitText(ctx context.Context, what, expr string, ok func(string) bool) string {
	b.t.Helper()
	var last string
	for {
		var s string
		if err := b.eval(ctx, expr, &s); err == nil {
			last = s
			if ok(s) {
				return s
			}
		}
		select {
		case <-ctx.Done():
			b.t.Fatalf("waiting for %s: %v; the page shows:\n%s", what, ctx.Err(), last)
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// screenshot writes a PNG of the whole page at the current viewport width.
func (b *browser) screenshot(ctx context.Context, path string) {
	b.t.Helper()
	var r struct {
		Data string `json:"data"`
	}
	if err := b.call(ctx, "Page.captureScreenshot", map[string]any{"format": "png", "captureBeyondViewport": false}, &r); err != nil {
		b.t.Fatal(err)
	}
	png, err := base64.StdEncoding.DecodeString(r.Data)
	if err != nil {
		b.t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		b.t.Fatal(err)
	}
	if err := os.WriteFile(path, png, 0o644); err != nil {
		b.t.Fatal(err)
	}
}
