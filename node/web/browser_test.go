package web_test

import (
	"context"
	"encoding/hex"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/rmsnet/rms/market"
	"github.com/rmsnet/rms/model/mnist"
	"github.com/rmsnet/rms/node"
	"github.com/rmsnet/rms/node/web"
)

// TestDevnetPageShowsSlash starts a devnet with one cheater, opens its web
// view in headless chromium before the job is sent, and waits on the page
// (live, over the event stream) until the game is decided; the game view
// must then show the honest output (root and label as the model computes
// them natively), the cheater slashed by the amount the registry took, and
// the dissection drawn. With RMS_LONG=1 it writes screenshots of the node
// view and of the game at 1280×800 and 390×844 to $RMS_ARTIFACTS/web
// (default: artifacts/web at the top of the checkout).
func TestDevnetPageShowsSlash(t *testing.T) {
	chrome := chromiumPath(t)
	svc, err := node.LoadService("../../testdata/mnist.gguf")
	if err != nil {
		t.Fatal(err)
	}
	dir, err := mnist.DataDir()
	if err != nil {
		t.Fatal(err)
	}
	test, err := mnist.LoadTest(dir)
	if err != nil {
		t.Fatal(err)
	}
	in, err := mnist.Input(test.Images[0])
	if err != nil {
		t.Fatal(err)
	}
	input, err := in.Encode()
	if err != nil {
		t.Fatal(err)
	}
	// The reference: the model run natively on the same input.
	native, err := svc.Model.Run(context.Background(), in)
	if err != nil {
		t.Fatal(err)
	}
	wantLabel := native.Output.I32[0]
	_, res, err := svc.Run(context.Background(), input)
	if err != nil {
		t.Fatal(err)
	}
	wantRoot := res.OutputRoot.Hex()

	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	d, err := node.StartDevnet(ctx, node.DevnetConfig{Providers: 3, Cheaters: 1, Service: svc, Dir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close(context.Background())
	srv, err := d.WebServer(web.WithPoll(100 * time.Millisecond))
	if err != nil {
		t.Fatal(err)
	}
	addr, stop, err := srv.Serve(ctx, "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer stop()
	base := "http://" + addr + "/"

	b := startBrowser(t, chrome)
	b.viewport(ctx, 1280, 800, false)
	b.navigate(ctx, base)
	b.waitText(ctx, "the node view", `document.querySelector("#nodes").innerText`, func(s string) bool {
		return strings.Contains(s, "provider2") && strings.Contains(s, "cheater") && strings.Contains(s, "user")
	})

	type ran struct {
		rep *node.DevnetReport
		err error
	}
	done := make(chan ran, 1)
	go func() {
		rep, err := d.RunJobs(ctx, [][]byte{input}, 1)
		done <- ran{rep, err}
	}()

	// The game shows up on the page while it is played, and is decided there.
	b.waitText(ctx, "a game on the page", `(document.querySelector('#games a[href^="#game/"]') || {}).textContent || ""`,
		func(s string) bool { return strings.HasPrefix(s, "Game ") })
	var href string
	if err := b.eval(ctx, `document.querySelector('#games a[href^="#game/"]').getAttribute("href")`, &href); err != nil {
		t.Fatal(err)
	}
	gameID := strings.TrimPrefix(href, "#game/")
	if _, err := web.ParseHash(gameID); err != nil {
		t.Fatalf("the page links the game as %q: %v", href, err)
	}
	if err := b.eval(ctx, `(location.hash = "`+href+`", true)`, new(bool)); err != nil {
		t.Fatal(err)
	}
	page := b.waitText(ctx, "the decided game", `(document.querySelector("#game") || {}).innerText || ""`, func(s string) bool {
		return strings.Contains(s, "won: the honest output") && strings.Contains(s, "Slashed:")
	})

	r := <-done
	if r.err != nil {
		t.Fatal(r.err)
	}
	if len(r.rep.Results[0].Games) != 1 || r.rep.Slashed != 1 {
		t.Fatalf("the devnet reports %d slashed, %d games", r.rep.Slashed, len(r.rep.Results[0].Games))
	}
	g := r.rep.Results[0].Games[0]
	if g.ID.Hex() != gameID || g.Op == nil {
		t.Fatalf("the page shows game %s, the devnet played %s (op %v)", gameID, g.ID.Hex(), g.Op)
	}
	slashed, ok := new(big.Int).SetString(g.Slashed, 10)
	if !ok || slashed.Sign() <= 0 {
		t.Fatalf("the devnet's game slashed %q", g.Slashed)
	}
	for _, want := range []string{
		"won: the honest output " + wantRoot + " (label " + fmt.Sprint(wantLabel) + ") stands",
		"provider2 lost " + market.FormatAmount(slashed) + " of its stake",
		fmt.Sprintf("op %d", *g.Op),
		"Divergence proven",
		"One step: the contract executed step",
		"Resolved:",
	} {
		if !strings.Contains(page, want) {
			t.Errorf("the game view lacks %q; it shows:\n%s", want, page)
		}
	}
	var rounds, svgRows int
	if err := b.eval(ctx, `document.querySelectorAll("#game ol.rounds li").length`, &rounds); err != nil {
		t.Fatal(err)
	}
	if err := b.eval(ctx, `document.querySelectorAll("#game svg.narrow rect.chosen").length`, &svgRows); err != nil {
		t.Fatal(err)
	}
	if rounds != len(g.Rounds) || svgRows != len(g.Rounds) {
		t.Errorf("the page lists %d rounds and draws %d; the game had %d", rounds, svgRows, len(g.Rounds))
	}
	// The side that lost is marked in words, not only in colour.
	var sides string
	if err := b.eval(ctx, `document.querySelector("#game table").innerText`, &sides); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(sides, "slashed") || !strings.Contains(sides, "winner") {
		t.Errorf("the sides table does not say who won and who was slashed:\n%s", sides)
	}

	noSecrets(t, base, d, r.rep)
	t0 := time.Now()
	srv.Refresh(ctx)
	t.Logf("one refresh of the devnet's view (5 nodes, 1 game): %s", time.Since(t0).Round(time.Microsecond))

	if os.Getenv("RMS_LONG") == "" {
		return
	}
	out := os.Getenv("RMS_ARTIFACTS")
	if out == "" {
		out = "../../artifacts"
	}
	out = filepath.Join(out, "web")
	for _, vp := range []struct {
		name   string
		w, h   int
		mobile bool
	}{{"desktop-1280x800", 1280, 800, false}, {"phone-390x844", 390, 844, true}} {
		b.viewport(ctx, vp.w, vp.h, vp.mobile)
		for _, view := range []struct{ name, hash, wait string }{{"node", "", "#jobs"}, {"game", href, "#game"}} {
			if err := b.eval(ctx, `(location.hash = "`+view.hash+`", true)`, new(bool)); err != nil {
				t.Fatal(err)
			}
			b.waitText(ctx, view.name+" view", `(document.querySelector("`+view.wait+`") || {}).innerText || ""`, func(s string) bool { return s != "" })
			time.Sleep(300 * time.Millisecond)
			b.screenshot(ctx, filepath.Join(out, view.name+"-"+vp.name+".png"))
		}
	}
	t.Logf("screenshots in %s", out)
}

// noSecrets reads every page, asset and JSON answer of the view and looks
// for the devnet's private keys, the job's and the claims' signatures and
// the user's API token file name.
func noSecrets(t *testing.T, base string, d *node.Devnet, rep *node.DevnetReport) {
	t.Helper()
	var secrets []string
	for _, k := range d.Keys {
		secrets = append(secrets, hex.EncodeToString(crypto.FromECDSA(k)))
	}
	for _, res := range rep.Results {
		secrets = append(secrets, hex.EncodeToString(res.Job.Sig[:]))
		for _, c := range res.Claims {
			secrets = append(secrets, hex.EncodeToString(c.Claim.Sig[:]))
		}
	}
	var all strings.Builder
	for _, p := range []string{"", "assets/app.js", "assets/app.css", "assets/icon.svg", "api/snapshot", "api/nodes", "api/services",
		"api/jobs", "api/games", "api/balances", "api/jobs/" + rep.Results[0].JobHash.Hex(), "api/games/" + rep.Results[0].Games[0].ID.Hex()} {
		resp, err := http.Get(base + p)
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(resp.Body)
		resp.Body.Close()
		if err != nil || resp.StatusCode != 200 {
			t.Fatalf("GET /%s: %s %v", p, resp.Status, err)
		}
		all.Write(b)
	}
	text := strings.ToLower(all.String())
	for _, sec := range secrets {
		if strings.Contains(text, sec[:40]) {
			t.Errorf("the view shows a secret (%s…)", sec[:8])
		}
	}
	if strings.Contains(text, "api.token") || strings.Contains(text, "bearer") {
		t.Error("the view names the API token")
	}
}
