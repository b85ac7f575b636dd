package node

import (
	"context"
	"crypto/rand"
	"crypto/subtle"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ipfs/go-cid"

	"github.com/rmsnet/rms/market"
)

// TokenFile is the file under the data dir that holds the local API's
// bearer token (mode 0600). Whoever can read it can spend the user's escrow.
const TokenFile = "api.token"

// APIAddrFile records where the running node's API listens, for
// `rms node status` and `rms job submit`.
const APIAddrFile = "api.addr"

// LoadOrCreateToken returns the API token in dataDir, creating it once.
func LoadOrCreateToken(dataDir string) (string, error) {
	path := filepath.Join(dataDir, TokenFile)
	b, err := os.ReadFile(path)
	if err == nil {
		tok := strings.TrimSpace(string(b))
		if len(tok) < 32 {
			return "", fmt.Errorf("api token %s is too short (%d characters)", path, len(tok))
		}
		return tok, nil
	}
	if !errors.Is(err, os.ErrNotExist) {
		return "", fmt.Errorf("api token: %w", err)
	}
	var raw [32]byte
	if _, err := rand.Read(raw[:]); err != nil {
		return "", err
	}
	tok := hex.EncodeToString(raw[:])
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return "", fmt.Errorf("api token: %w", err)
	}
	if _, err := f.WriteString(tok + "\n"); err != nil {
		f.Close()
		return "", fmt.Errorf("api token: %w", err)
	}
	return tok, f.Close()
}

// Status is what GET /v1/status returns.
type Status struct {
	PeerID    string         `json:"peer_id"`
	Addrs     []string       `json:"addrs"`
	Address   common.Address `json:"address"`
	Roles     []string       `json:"roles"`
	Peers     int            `json:"peers"`
	Class     string         `json:"class,omitempty"`
	Service   string         `json:"service,omitempty"`
	Jobs      int            `json:"jobs"`
	StartedAt time.Time      `json:"started_at"`
}

// submitRequest is the body of POST /v1/jobs.
type submitRequest struct {
	Class    market.ClassID `json:"class"`
	Input    []byte         `json:"input"`               // base64 in JSON: the input blob (an encoded tensor)
	InputCID string         `json:"input_cid,omitempty"` // or the CID of the blob, which the providers fetch
}

// apiHandler serves the local API: bearer token required, cross-origin
// browser requests refused (a web page must not spend the user's escrow).
func apiHandler(token string, status func() Status, store *Store, user *User) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /v1/status", func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, http.StatusOK, status())
	})
	mux.HandleFunc("GET /v1/jobs/{id}", func(w http.ResponseWriter, r *http.Request) {
		h := r.PathValue("id")
		if len(h) != 66 || !strings.HasPrefix(h, "0x") {
			writeError(w, http.StatusBadRequest, fmt.Errorf("job id %q: want 0x and 64 hex digits", h))
			return
		}
		rec, ok, err := store.Job(common.HexToHash(h))
		switch {
		case err != nil:
			writeError(w, http.StatusInternalServerError, err)
		case !ok:
			writeError(w, http.StatusNotFound, fmt.Errorf("no job %s", h))
		default:
			writeJSON(w, http.StatusOK, rec)
		}
	})
	mux.HandleFunc("GET /v1/games", func(w http.ResponseWriter, r *http.Request) {
		games, err := store.Games()
		if err != nil {
			writeError(w, http.StatusInternalServerError, err)
			return
		}
		writeJSON(w, http.StatusOK, games)
	})
	mux.HandleFunc("GET /v1/games/{id}", func(w http.ResponseWriter, r *http.Request) {
		h := r.PathValue("id")
		if len(h) != 66 || !strings.HasPrefix(h, "0x") {
			writeError(w, http.StatusBadRequest, fmt.Errorf("game id %q: want 0x and 64 hex digits", h))
			return
		}
		g, ok, err := store.Game(common.HexToHash(h))
		switch {
		case err != nil:
			writeError(w, http.StatusInternalServerError, err)
		case !ok:
			writeError(w, http.StatusNotFound, fmt.Errorf("no game %s", h))
		default:
			writeJSON(w, http.StatusOK, g)
		}
	})
	mux.HandleFunc("POST /v1/jobs", func(w http.ResponseWriter, r *http.Request) {
		if user == nil {
			writeError(w, http.StatusNotImplemented, errors.New("this node does not run the user role (rms node --user)"))
			return
		}
		var req submitRequest
		dec := json.NewDecoder(io.LimitReader(r.Body, 2*MaxInputSize))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&req); err != nil {
			writeError(w, http.StatusBadRequest, fmt.Errorf("request body: %w", err))
			return
		}
		if (len(req.Input) == 0) == (req.InputCID == "") || req.Class == (market.ClassID{}) {
			writeError(w, http.StatusBadRequest, errors.New("request body: class and one of input and input_cid are required"))
			return
		}
		var res *Result
		var err error
		if req.InputCID != "" {
			c, cerr := cid.Decode(req.InputCID)
			if cerr != nil {
				writeError(w, http.StatusBadRequest, fmt.Errorf("request body: input_cid: %w", cerr))
				return
			}
			res, err = user.SubmitCID(r.Context(), req.Class, c)
		} else {
			res, err = user.Submit(r.Context(), req.Class, req.Input)
		}
		if err != nil && res == nil {
			writeError(w, http.StatusBadGateway, err)
			return
		}
		writeJSON(w, http.StatusOK, res)
	})
	openAIRoutes(mux, user)
	return guard(token, mux)
}

func guard(token string, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// Browsers send Origin on cross-origin requests (and Sec-Fetch-Site);
		// the API has no browser clients, so any such request is refused.
		if r.Header.Get("Origin") != "" || (r.Header.Get("Sec-Fetch-Site") != "" && r.Header.Get("Sec-Fetch-Site") != "none") {
			writeError(w, http.StatusForbidden, errors.New("cross-origin requests are refused"))
			return
		}
		got, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
		if !ok || subtle.ConstantTimeCompare([]byte(got), []byte(token)) != 1 {
			writeError(w, http.StatusUnauthorized, fmt.Errorf("missing or wrong bearer token (see %s in the data dir)", TokenFile))
			return
		}
		next.ServeHTTP(w, r)
	})
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	json.NewEncoder(w).Encode(v)
}

func writeError(w http.ResponseWriter, code int, err error) {
	writeJSON(w, code, map[string]string{"error": err.Error()})
}

// serveHTTP listens on addr and serves h until ctx ends; it returns the
// address it listens on.
func serveHTTP(ctx context.Context, addr string, h http.Handler) (string, func() error, error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return "", nil, fmt.Errorf("listen %s: %w", addr, err)
	}
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second}
	go srv.Serve(ln)
	stop := func() error {
		sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		return srv.Shutdown(sctx)
	}
	return ln.Addr().String(), stop, nil
}

// APIClient calls a node's local API.
type APIClient struct {
	Addr  string // host:port
	Token string
	HTTP  *http.Client
}

// NewAPIClient reads the API address and token that the node running in
// dataDir wrote.
func NewAPIClient(dataDir string) (*APIClient, error) {
	addr, err := os.ReadFile(filepath.Join(dataDir, APIAddrFile))
	if err != nil {
		return nil, fmt.Errorf("no running node in %s (%w)", dataDir, err)
	}
	tok, err := os.ReadFile(filepath.Join(dataDir, TokenFile))
	if err != nil {
		return nil, fmt.Errorf("api token: %w", err)
	}
	return &APIClient{Addr: strings.TrimSpace(string(addr)), Token: strings.TrimSpace(string(tok)), HTTP: &http.Client{Timeout: 10 * time.Minute}}, nil
}

// Do sends a request and decodes a JSON answer into out.
func (c *APIClient) Do(ctx context.Context, method, path string, body any, out any) error {
	var rd io.Reader
	if body != nil {
		b, err := json.Marshal(body)
		if err != nil {
			return err
		}
		rd = strings.NewReader(string(b))
	}
	req, err := http.NewRequestWithContext(ctx, method, "http://"+c.Addr+path, rd)
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+c.Token)
	resp, err := c.HTTP.Do(req)
	if err != nil {
		return fmt.Errorf("node API: %w", err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(io.LimitReader(resp.Body, 64<<20))
	if err != nil {
		return fmt.Errorf("node API: %w", err)
	}
	if resp.StatusCode != http.StatusOK {
		var e struct{ Error string }
		if json.Unmarshal(b, &e) == nil && e.Error != "" {
			return fmt.Errorf("node API: %s: %s", resp.Status, e.Error)
		}
		return fmt.Errorf("node API: %s", resp.Status)
	}
	return json.Unmarshal(b, out)
}
