package node

import (
	"context"
	"encoding/json"
	"net/http"
	"testing"
	"time"

	"github.com/rmsnet/rms/node/web"
)

// TestNodeWebView serves a node's own view (what http_addr turns on) for
// the user of a devnet after one agreed job: the view names the node with
// its roles and address, lists the job with both claims agreeing on the
// label the model gives natively, and the registered services.
func TestNodeWebView(t *testing.T) {
	d := startDevnet(t, 2, 0)
	_, inputs, labels := mnistService(t, 1)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if _, err := d.RunJobs(ctx, inputs, 1); err != nil {
		t.Fatal(err)
	}
	n := &Node{Parts: d.userP, User: d.User, cfg: Config{User: true}, started: time.Now().UTC()}
	addr, stop, err := n.serveWeb(ctx, WebAddr(":0"))
	if err != nil {
		t.Fatal(err)
	}
	defer stop()
	resp, err := http.Get("http://" + addr + "/api/snapshot")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var snap web.Snapshot
	if err := json.NewDecoder(resp.Body).Decode(&snap); err != nil {
		t.Fatal(err)
	}
	if len(snap.Errors) > 0 {
		t.Fatalf("errors: %v", snap.Errors)
	}
	if len(snap.Nodes) != 1 || snap.Nodes[0].Name != "this node" || len(snap.Nodes[0].Roles) != 1 || snap.Nodes[0].Roles[0] != "user" ||
		snap.Nodes[0].Address != d.userP.Address() || snap.Nodes[0].PeerID != d.userP.P2P.ID().String() || len(snap.Nodes[0].Peers) == 0 {
		t.Fatalf("nodes %+v", snap.Nodes)
	}
	if len(snap.Jobs) != 1 || snap.Jobs[0].State != StateAgreed || len(snap.Jobs[0].Claims) != 2 || snap.Jobs[0].Label == nil || *snap.Jobs[0].Label != labels[0] {
		t.Fatalf("jobs %+v", snap.Jobs)
	}
	for _, c := range snap.Jobs[0].Claims {
		if c.Verdict != "agreed" {
			t.Fatalf("claim %+v", c)
		}
	}
	if len(snap.Services) != 2 || len(snap.Games) != 0 {
		t.Fatalf("%d services, %d games", len(snap.Services), len(snap.Games))
	}
	if !(snap.Chain.Head > 0 && snap.Chain.Games == d.Deployment.Games) {
		t.Fatalf("chain %+v", snap.Chain)
	}
}

func TestWebAddr(t *testing.T) {
	for in, want := range map[string]string{":8080": "127.0.0.1:8080", "0.0.0.0:80": "0.0.0.0:80", "[::1]:9": "[::1]:9", "bad": "bad"} {
		if got := WebAddr(in); got != want {
			t.Errorf("WebAddr(%q) = %q, want %q", in, got, want)
		}
	}
	c := DefaultConfig()
	c.User, c.HTTPAddr = true, "8080"
	if err := c.Validate(); err == nil {
		t.Error("http_addr 8080 (no colon) accepted")
	}
	c.HTTPAddr = ":8080"
	if err := c.Validate(); err != nil {
		t.Error(err)
	}
}
