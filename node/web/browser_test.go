package web_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

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
	g := r.rep.Results[0].Game
	if g == nil || r.rep.Slashed != 1 {
		t.Fatalf("the devnet reports %d slashed, game %v", r.rep.Slashed, g)
	}
	if g.ID.Hex() != gameID {
		t.Fatalf("the page shows game %s, the devnet played %s", gameID, g.ID.Hex())
	}
	for _, want := range []string{
		"won: the honest output " + wantRoot + " (label " + fmt.Sprint(wantLabel) + ") stands",
		"provider2 lost " + market.FormatAmount(g.Slashed) + " of its stake",
		fmt.Sprintf("op %d", g.Op),
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
	if rounds != g.Rounds || svgRows != g.Rounds {
		t.Errorf("the page lists %d rounds and draws %d; the game had %d", rounds, svgRows, g.Rounds)
	}
	// The side that lost is marked in words, not only in colour.
	var sides string
	if err := b.eval(ctx, `document.querySelector("#game table").innerText`, &sides); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(sides, "slashed") || !strings.Contains(sides, "winner") {
		t.Errorf("the sides table does not say who won and who was slashed:\n%s", sides)
	}

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
