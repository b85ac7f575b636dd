package web

import (
	"bytes"
	"context"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"path"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

//go:embed assets
var assets embed.FS

// Security headers of every answer: the page loads nothing but its own
// script and style, may not be framed, and keeps no referrer.
const csp = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; " +
	"font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

// Server serves the view. New builds it, Run keeps its snapshot fresh.
type Server struct {
	col        *collector
	log        *slog.Logger
	poll       time.Duration
	maxStreams int
	hosts      func(string) bool

	mu      sync.Mutex
	snap    *Snapshot
	raw     []byte // snap as JSON
	subs    map[chan struct{}]bool
	changed []byte // the last snapshot's JSON without version and time
	stop    chan struct{}
}

// Option configures a Server.
type Option func(*Server)

// WithPoll sets how often the chain and the nodes are read (default 1 s).
func WithPoll(d time.Duration) Option { return func(s *Server) { s.poll = d } }

// WithLogger sets the logger.
func WithLogger(l *slog.Logger) Option { return func(s *Server) { s.log = l } }

// WithMaxStreams bounds the event streams open at once (default 64); more
// are refused with 503.
func WithMaxStreams(n int) Option { return func(s *Server) { s.maxStreams = n } }

// WithAccounts names accounts that are not nodes of the view (the devnet's
// deployer, say); their balances are shown too.
func WithAccounts(names map[common.Address]string) Option {
	return func(s *Server) {
		for a, n := range names {
			s.col.accounts[a] = n
		}
	}
}

// WithModels names the models of classes (class id → name) for the
// services table.
func WithModels(names map[common.Hash]string) Option {
	return func(s *Server) {
		for c, n := range names {
			s.col.models[c] = n
		}
	}
}

// WithHosts sets which Host headers are answered (default: IP literals and
// localhost, so that a DNS name rebound to the node cannot read it).
func WithHosts(ok func(host string) bool) Option { return func(s *Server) { s.hosts = ok } }

// New builds a server of the view of sources on chain.
func New(chain Chain, sources []Source, opts ...Option) (*Server, error) {
	if chain.Backend == nil || chain.Deployment == nil || chain.Registry == nil || chain.Escrow == nil {
		return nil, errors.New("web: the chain endpoint, the deployment and its registry and escrow clients are required")
	}
	s := &Server{col: newCollector(chain, sources, map[common.Address]string{}), poll: time.Second, maxStreams: 64,
		hosts: defaultHosts, subs: map[chan struct{}]bool{}, stop: make(chan struct{})}
	for _, o := range opts {
		o(s)
	}
	if s.log == nil {
		s.log = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	s.snap = &Snapshot{Nodes: []NodeView{}, Services: []ServiceView{}, Jobs: []JobView{}, Games: []GameView{}}
	s.raw, _ = json.Marshal(s.snap)
	return s, nil
}

func defaultHosts(h string) bool {
	if host, _, err := net.SplitHostPort(h); err == nil {
		h = host
	}
	h = strings.TrimSuffix(strings.TrimPrefix(h, "["), "]")
	return h == "localhost" || net.ParseIP(h) != nil
}

// Refresh reads the chain and the nodes once and publishes the snapshot
// when anything changed.
func (s *Server) Refresh(ctx context.Context) {
	snap := s.col.build(ctx)
	for _, e := range snap.Errors {
		s.log.Debug("web view", "error", e)
	}
	// What changed, leaving out the version and the time of the build.
	body, _ := json.Marshal(snap)
	s.mu.Lock()
	defer s.mu.Unlock()
	if bytes.Equal(body, s.changed) {
		return
	}
	snap.Version, snap.Time = s.snap.Version+1, time.Now().UTC()
	raw, err := json.Marshal(snap)
	if err != nil {
		s.log.Warn("web view", "error", err)
		return
	}
	s.snap, s.raw, s.changed = snap, raw, body
	for ch := range s.subs {
		select {
		case ch <- struct{}{}:
		default:
		}
	}
}

// Run refreshes the snapshot every poll interval until ctx ends.
func (s *Server) Run(ctx context.Context) {
	t := time.NewTicker(s.poll)
	defer t.Stop()
	for {
		s.Refresh(ctx)
		select {
		case <-ctx.Done():
			return
		case <-s.stop:
			return
		case <-t.C:
		}
	}
}

// Snapshot is the latest snapshot (do not modify it).
func (s *Server) Snapshot() *Snapshot {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.snap
}

func (s *Server) current() (*Snapshot, []byte) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.snap, s.raw
}

// Handler serves the page, its assets, the JSON and the event stream.
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", s.asset("index.html"))
	mux.HandleFunc("GET /assets/{name}", func(w http.ResponseWriter, r *http.Request) { s.asset(r.PathValue("name"))(w, r) })
	mux.HandleFunc("GET /api/snapshot", func(w http.ResponseWriter, r *http.Request) {
		_, raw := s.current()
		writeRaw(w, http.StatusOK, raw)
	})
	part := func(pick func(*Snapshot) any) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			snap, _ := s.current()
			writeJSON(w, http.StatusOK, pick(snap))
		}
	}
	mux.HandleFunc("GET /api/nodes", part(func(x *Snapshot) any { return x.Nodes }))
	mux.HandleFunc("GET /api/services", part(func(x *Snapshot) any { return x.Services }))
	mux.HandleFunc("GET /api/jobs", part(func(x *Snapshot) any { return x.Jobs }))
	mux.HandleFunc("GET /api/games", part(func(x *Snapshot) any { return x.Games }))
	mux.HandleFunc("GET /api/balances", part(func(x *Snapshot) any { return x.Balances }))
	mux.HandleFunc("GET /api/jobs/{id}", s.byID(func(x *Snapshot, id common.Hash) any {
		for i := range x.Jobs {
			if x.Jobs[i].Hash == id {
				return &x.Jobs[i]
			}
		}
		return nil
	}))
	mux.HandleFunc("GET /api/games/{id}", s.byID(func(x *Snapshot, id common.Hash) any {
		for i := range x.Games {
			if x.Games[i].ID == id {
				return &x.Games[i]
			}
		}
		return nil
	}))
	mux.HandleFunc("GET /api/events", s.events)
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusNotFound, fmt.Errorf("no page %q", clip(r.URL.Path)))
	})
	return s.guard(mux)
}

// guard sets the security headers and refuses what the view never takes:
// request bodies, foreign Host names.
func (s *Server) guard(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", csp)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("Cross-Origin-Opener-Policy", "same-origin")
		h.Set("Cross-Origin-Resource-Policy", "same-origin")
		switch {
		case !s.hosts(r.Host):
			writeError(w, http.StatusMisdirectedRequest, fmt.Errorf("host %q is not served here", clip(r.Host)))
		case r.ContentLength != 0:
			// The view is read-only: no request has a body.
			w.Header().Set("Connection", "close")
			writeError(w, http.StatusRequestEntityTooLarge, errors.New("request bodies are not accepted"))
		case r.Method != http.MethodGet && r.Method != http.MethodHead:
			// The view is read-only: nothing but GET (and HEAD) is served.
			h.Set("Allow", "GET, HEAD")
			writeError(w, http.StatusMethodNotAllowed, fmt.Errorf("method %s: the view is read-only (GET only)", clip(r.Method)))
		default:
			next.ServeHTTP(w, r)
		}
	})
}

func (s *Server) byID(find func(*Snapshot, common.Hash) any) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id, err := ParseHash(r.PathValue("id"))
		if err != nil {
			writeError(w, http.StatusBadRequest, err)
			return
		}
		snap, _ := s.current()
		v := find(snap, id)
		if v == nil {
			writeError(w, http.StatusNotFound, fmt.Errorf("no %s %s in the view", strings.TrimSuffix(strings.Split(r.URL.Path, "/")[2], "s"), id.Hex()))
			return
		}
		writeJSON(w, http.StatusOK, v)
	}
}

var contentTypes = map[string]string{
	".html": "text/html; charset=utf-8",
	".css":  "text/css; charset=utf-8",
	".js":   "text/javascript; charset=utf-8",
	".svg":  "image/svg+xml",
}

func (s *Server) asset(name string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		ct, ok := contentTypes[path.Ext(name)]
		b, err := fs.ReadFile(assets, "assets/"+name)
		if !ok || err != nil || strings.Contains(name, "/") {
			writeError(w, http.StatusNotFound, fmt.Errorf("no asset %q", clip(name)))
			return
		}
		w.Header().Set("Content-Type", ct)
		w.Header().Set("Cache-Control", "no-cache")
		w.WriteHeader(http.StatusOK)
		w.Write(b)
	}
}

// events streams each new snapshot as a server-sent event "snapshot".
func (s *Server) events(w http.ResponseWriter, r *http.Request) {
	fl, ok := w.(http.Flusher)
	if !ok {
		writeError(w, http.StatusInternalServerError, errors.New("streaming is not supported"))
		return
	}
	ch := make(chan struct{}, 1)
	s.mu.Lock()
	if len(s.subs) >= s.maxStreams {
		s.mu.Unlock()
		writeError(w, http.StatusServiceUnavailable, fmt.Errorf("%d event streams are open; try again later", s.maxStreams))
		return
	}
	s.subs[ch] = true
	s.mu.Unlock()
	defer func() {
		s.mu.Lock()
		delete(s.subs, ch)
		s.mu.Unlock()
	}()
	h := w.Header()
	h.Set("Content-Type", "text/event-stream")
	h.Set("Cache-Control", "no-store")
	w.WriteHeader(http.StatusOK)
	ping := time.NewTicker(15 * time.Second)
	defer ping.Stop()
	var sent uint64
	send := func() error {
		snap, raw := s.current()
		if snap.Version == sent && sent != 0 {
			return nil
		}
		sent = snap.Version
		if _, err := fmt.Fprintf(w, "retry: 2000\nevent: snapshot\ndata: %s\n\n", raw); err != nil {
			return err
		}
		fl.Flush()
		return nil
	}
	if send() != nil {
		return
	}
	for {
		select {
		case <-r.Context().Done():
			return
		case <-s.stop:
			return
		case <-ch:
			if send() != nil {
				return
			}
		case <-ping.C:
			if _, err := io.WriteString(w, ": ping\n\n"); err != nil {
				return
			}
			fl.Flush()
		}
	}
}

func writeRaw(w http.ResponseWriter, code int, b []byte) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(code)
	w.Write(b)
	w.Write([]byte("\n"))
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		code, b = http.StatusInternalServerError, []byte(`{"error":"encoding the answer failed"}`)
	}
	writeRaw(w, code, b)
}

func writeError(w http.ResponseWriter, code int, err error) {
	writeJSON(w, code, map[string]string{"error": err.Error()})
}

// Serve listens on addr, refreshes the view and serves it until ctx ends
// or stop is called; it returns the address it listens on.
func (s *Server) Serve(ctx context.Context, addr string) (string, func() error, error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return "", nil, fmt.Errorf("web: listen %s: %w", addr, err)
	}
	s.Refresh(ctx)
	rctx, cancel := context.WithCancel(ctx)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() { defer wg.Done(); s.Run(rctx) }()
	srv := &http.Server{Handler: s.Handler(), ReadHeaderTimeout: 10 * time.Second, ReadTimeout: 30 * time.Second,
		IdleTimeout: 2 * time.Minute, MaxHeaderBytes: 64 << 10}
	go srv.Serve(ln)
	var once sync.Once
	stop := func() error {
		var err error
		once.Do(func() {
			close(s.stop)
			cancel()
			sctx, c := context.WithTimeout(context.Background(), 5*time.Second)
			defer c()
			err = srv.Shutdown(sctx)
			wg.Wait()
		})
		return err
	}
	return ln.Addr().String(), stop, nil
}
