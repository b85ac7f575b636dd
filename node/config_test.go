package node

import (
	"context"
	"encoding/json"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestConfigSources(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "config.toml")
	os.WriteFile(file, []byte("provider = true\nmodel = \"m.gguf\"\nrpc = \"http://file\"\nproviders = 5\nlisten = [\"/ip4/127.0.0.1/tcp/1\"]\nmax_job_lifetime = \"10m\"\n"), 0o600)
	cfg := DefaultConfig()
	if err := cfg.LoadConfigFile(file); err != nil {
		t.Fatal(err)
	}
	if err := cfg.LoadEnv([]string{"RMS_RPC=http://env", "RMS_PROVIDERS=7", "RMS_BOOTSTRAP=/a,/b", "RMS_KEY_PASSWORD=x", "OTHER=1"}); err != nil {
		t.Fatal(err)
	}
	if err := cfg.Set("rpc", "http://flag"); err != nil {
		t.Fatal(err)
	}
	if cfg.RPC != "http://flag" || cfg.Providers != 7 || !cfg.Provider || cfg.Model != "m.gguf" ||
		len(cfg.Bootstrap) != 2 || cfg.Listen[0] != "/ip4/127.0.0.1/tcp/1" || cfg.MaxJobLifetime.Duration != 10*time.Minute {
		t.Fatalf("config %+v", cfg)
	}
	if err := cfg.Validate(); err != nil {
		t.Fatal(err)
	}
	// The printed form reads back to the same configuration.
	s, err := cfg.TOML()
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(file, []byte(s), 0o600)
	again := DefaultConfig()
	if err := again.LoadConfigFile(file); err != nil {
		t.Fatal(err)
	}
	a, _ := json.Marshal(again)
	b, _ := json.Marshal(cfg)
	if string(a) != string(b) {
		t.Fatalf("printed config reads back as\n%s\nnot\n%s", a, b)
	}

	for _, tc := range []struct{ file, want string }{
		{"provder = true\n", "unknown keys provder"},
		{"providers = \"x\"\n", "providers"},
		{"rpc = \n", "config"},
	} {
		os.WriteFile(file, []byte(tc.file), 0o600)
		c := DefaultConfig()
		if err := c.LoadConfigFile(file); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%q: %v, want %q", tc.file, err, tc.want)
		}
	}
	for env, want := range map[string]string{"RMS_PROVIDERS=many": "RMS_PROVIDERS", "RMS_USER=maybe": "RMS_USER", "RMS_JOB_TIMEOUT=soon": "RMS_JOB_TIMEOUT"} {
		c := DefaultConfig()
		if err := c.LoadEnv([]string{env}); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: %v", env, err)
		}
	}
	for name, mod := range map[string]func(*Config){
		"no role":        func(c *Config) {},
		"provider model": func(c *Config) { c.Provider = true },
		"log format":     func(c *Config) { c.User = true; c.LogFormat = "xml" },
		"providers":      func(c *Config) { c.User = true; c.Providers = 0 },
	} {
		c := DefaultConfig()
		mod(&c)
		if err := c.Validate(); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

func TestAPIGuard(t *testing.T) {
	dir := t.TempDir()
	tok, err := LoadOrCreateToken(dir)
	if err != nil {
		t.Fatal(err)
	}
	if st, _ := os.Stat(filepath.Join(dir, TokenFile)); st.Mode().Perm() != 0o600 {
		t.Fatalf("token file mode %v", st.Mode())
	}
	if again, _ := LoadOrCreateToken(dir); again != tok {
		t.Fatal("token changed on reload")
	}
	store, err := OpenStore(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	ctx := context.Background()
	addr, stop, err := serveHTTP(ctx, "127.0.0.1:0", apiHandler(tok, func() Status { return Status{PeerID: "me"} }, store, nil))
	if err != nil {
		t.Fatal(err)
	}
	defer stop()
	for _, tc := range []struct {
		name, method, path, token, origin string
		code                              int
	}{
		{"status", "GET", "/v1/status", tok, "", 200},
		{"no token", "GET", "/v1/status", "", "", 401},
		{"wrong token", "GET", "/v1/status", tok[:len(tok)-1] + "x", "", 401},
		{"cross origin", "GET", "/v1/status", tok, "http://evil.example", 403},
		{"unknown job", "GET", "/v1/jobs/0x" + strings.Repeat("ab", 32), tok, "", 404},
		{"bad job id", "GET", "/v1/jobs/12", tok, "", 400},
		{"games", "GET", "/v1/games", tok, "", 200},
		{"unknown game", "GET", "/v1/games/0x" + strings.Repeat("cd", 32), tok, "", 404},
		{"bad game id", "GET", "/v1/games/0x12", tok, "", 400},
		{"games without token", "GET", "/v1/games", "", "", 401},
		{"submit without user role", "POST", "/v1/jobs", tok, "", 501},
	} {
		req, _ := http.NewRequest(tc.method, "http://"+addr+tc.path, strings.NewReader("{}"))
		if tc.token != "" {
			req.Header.Set("Authorization", "Bearer "+tc.token)
		}
		if tc.origin != "" {
			req.Header.Set("Origin", tc.origin)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != tc.code {
			t.Errorf("%s: status %d, want %d", tc.name, resp.StatusCode, tc.code)
		}
	}
	// A browser's request without Origin (a navigation, say) still names
	// where it comes from in Sec-Fetch-Site: only "none" (typed by the user)
	// is served, with the token.
	for site, code := range map[string]int{"cross-site": 403, "same-site": 403, "same-origin": 403, "none": 200} {
		req, _ := http.NewRequest("GET", "http://"+addr+"/v1/status", nil)
		req.Header.Set("Authorization", "Bearer "+tok)
		req.Header.Set("Sec-Fetch-Site", site)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != code {
			t.Errorf("Sec-Fetch-Site %s: status %d, want %d", site, resp.StatusCode, code)
		}
	}
	c := &APIClient{Addr: addr, Token: tok, HTTP: http.DefaultClient}
	var st Status
	if err := c.Do(ctx, "GET", "/v1/status", nil, &st); err != nil || st.PeerID != "me" {
		t.Fatalf("client: %+v, %v", st, err)
	}
}

// TestUserAPI submits a job through the user's local API and reads it back.
func TestUserAPI(t *testing.T) {
	d := startDevnet(t, 2, 0)
	svc, inputs, labels := mnistService(t, 1)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	addr, stop, err := serveHTTP(ctx, "127.0.0.1:0", apiHandler("t0ken-t0ken-t0ken-t0ken-t0ken-t0ken", func() Status { return Status{} }, d.userP.Store, d.User))
	if err != nil {
		t.Fatal(err)
	}
	defer stop()
	c := &APIClient{Addr: addr, Token: "t0ken-t0ken-t0ken-t0ken-t0ken-t0ken", HTTP: http.DefaultClient}
	var res Result
	if err := c.Do(ctx, "POST", "/v1/jobs", map[string]any{"class": svc.ClassID, "input": inputs[0]}, &res); err != nil {
		t.Fatal(err)
	}
	if res.State != StateAgreed || res.Label == nil || *res.Label != labels[0] || len(res.Claims) != 2 {
		t.Fatalf("result %+v", res)
	}
	var rec JobRecord
	if err := c.Do(ctx, "GET", "/v1/jobs/"+res.JobHash.Hex(), nil, &rec); err != nil {
		t.Fatal(err)
	}
	if rec.State != StateAgreed || len(rec.Claims) != 2 || rec.Claims[0].Claim.JobHash != res.JobHash {
		t.Fatalf("record %+v", rec)
	}
	if err := c.Do(ctx, "POST", "/v1/jobs", map[string]any{"class": svc.ClassID, "input": inputs[0], "extra": 1}, &res); err == nil {
		t.Fatal("unknown field accepted")
	}
}

// TestUserAPIGames: a disputed job through the API comes back disputed at
// once; its record then lists the game, which GET /v1/games and
// /v1/games/{id} show with the documented keys until it is settled.
func TestUserAPIGames(t *testing.T) {
	d := startDevnet(t, 2, 1)
	svc, inputs, labels := mnistService(t, 1)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	tok := "t0ken-t0ken-t0ken-t0ken-t0ken-t0ken"
	addr, stop, err := serveHTTP(ctx, "127.0.0.1:0", apiHandler(tok, func() Status { return Status{} }, d.userP.Store, d.User))
	if err != nil {
		t.Fatal(err)
	}
	defer stop()
	c := &APIClient{Addr: addr, Token: tok, HTTP: http.DefaultClient}
	var res Result
	if err := c.Do(ctx, "POST", "/v1/jobs", map[string]any{"class": svc.ClassID, "input": inputs[0]}, &res); err != nil {
		t.Fatal(err)
	}
	if res.State != StateDisputed || len(res.Claims) != 2 || len(res.Events) == 0 {
		t.Fatalf("result %+v", res)
	}
	var rec JobRecord
	for rec.State != StateSettled {
		if err := c.Do(ctx, "GET", "/v1/jobs/"+res.JobHash.Hex(), nil, &rec); err != nil {
			t.Fatal(err)
		}
		if rec.State != StateDisputed && rec.State != StateSettled {
			t.Fatalf("job state %s", rec.State)
		}
		time.Sleep(20 * time.Millisecond)
	}
	if rec.Label == nil || *rec.Label != labels[0] || len(rec.Games) != 1 {
		t.Fatalf("settled record: label %v, games %v", rec.Label, rec.Games)
	}
	kinds := map[string]bool{}
	for _, e := range rec.Events {
		kinds[e.Kind] = true
	}
	for _, k := range []string{"found", "claim", "disputed", "game", "round", "resolved", "settled"} {
		if !kinds[k] {
			t.Fatalf("no %q event in %+v", k, rec.Events)
		}
	}
	var list []map[string]any
	if err := c.Do(ctx, "GET", "/v1/games", nil, &list); err != nil {
		t.Fatal(err)
	}
	if len(list) != 1 {
		t.Fatalf("%d games listed", len(list))
	}
	for _, k := range []string{"id", "job", "role", "state", "parties", "op", "rounds", "final_step", "end", "winner", "slashed_wei", "gas",
		"moves", "opened", "resolved", "updated"} {
		if _, ok := list[0][k]; !ok {
			t.Fatalf("game JSON has no %q: %v", k, list[0])
		}
	}
	var g GameRecord
	if err := c.Do(ctx, "GET", "/v1/games/"+rec.Games[0].Hex(), nil, &g); err != nil {
		t.Fatal(err)
	}
	if g.ID != rec.Games[0] || g.Job != res.JobHash || g.State != GameResolved || g.Role != "user" || g.Winner != d.providerP[0].Address() {
		t.Fatalf("game %+v", g)
	}
}
