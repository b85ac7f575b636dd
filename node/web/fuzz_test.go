package web

import (
	"context"
	"encoding/hex"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// FuzzParseHash: an id parses exactly when it is 0x and 64 hex digits, and
// then it reads back as the same hex.
func FuzzParseHash(f *testing.F) {
	f.Add("0x" + strings.Repeat("ab", 32))
	f.Add("0X" + strings.Repeat("0", 64))
	f.Add("0x12")
	f.Add("")
	f.Fuzz(func(t *testing.T, s string) {
		h, err := ParseHash(s)
		valid := len(s) == 66 && (s[:2] == "0x" || s[:2] == "0X")
		if valid {
			_, herr := hex.DecodeString(s[2:])
			valid = herr == nil
		}
		if valid != (err == nil) {
			t.Fatalf("ParseHash(%q): %v, valid %v", s, err, valid)
		}
		if err == nil && !strings.EqualFold(h.Hex(), s) {
			t.Fatalf("ParseHash(%q) = %s", s, h.Hex())
		}
		if err != nil && len(err.Error()) > 200 {
			t.Fatalf("error of %d bytes", len(err.Error()))
		}
	})
}

// FuzzHandler: any method, path and body gets an answer below 500, and a
// 200 only for GET or HEAD of a page, an asset or the JSON.
func FuzzHandler(f *testing.F) {
	_, c := testChain(f)
	s, err := New(c, []Source{oneNode})
	if err != nil {
		f.Fatal(err)
	}
	s.Refresh(context.Background())
	h := s.Handler()
	ctx, cancel := context.WithCancel(context.Background())
	cancel() // the event stream answers its first snapshot and returns
	for _, seed := range []struct{ m, p, b string }{
		{"GET", "/", ""}, {"GET", "/api/snapshot", ""}, {"GET", "/api/games/0x12", ""}, {"POST", "/api/jobs", "{}"},
		{"GET", "/assets/app.js", ""}, {"GET", "/api/events", ""}, {"DELETE", "/api/games/0x" + strings.Repeat("a", 64), ""},
		{"GET", "/assets/../../etc/passwd", ""}, {"GET", "/api/jobs/0x" + strings.Repeat("0", 64), ""},
	} {
		f.Add(seed.m, seed.p, seed.b)
	}
	f.Fuzz(func(t *testing.T, method, path, body string) {
		req := httptest.NewRequest("GET", "/", strings.NewReader(body)).WithContext(ctx)
		req.Method, req.URL.Path, req.Host = method, path, "127.0.0.1"
		req.ContentLength = int64(len(body))
		w := httptest.NewRecorder()
		h.ServeHTTP(w, req)
		if w.Code < 200 || w.Code >= 500 {
			t.Fatalf("%q %q (%d bytes): %d", method, path, len(body), w.Code)
		}
		if w.Code == http.StatusOK && (body != "" || (method != "GET" && method != "HEAD")) {
			t.Fatalf("%q %q with %d bytes of body answered 200", method, path, len(body))
		}
		if w.Header().Get("Content-Security-Policy") != csp {
			t.Fatalf("%q %q: no CSP", method, path)
		}
	})
}
