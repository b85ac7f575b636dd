package p2p

import (
	"context"
	"testing"
	"time"
)

// TestAdvertiseKeepsRecordFresh: an advertised service is announced again
// every reprovide interval, so a server that joins later receives the
// record; after stop it is no longer announced.
func TestAdvertiseKeepsRecordFresh(t *testing.T) {
	nodes := testMesh(t, 4, 1)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	adv := newTestNode(t, WithBootstrapPeers(nodes[0].AddrInfo()), WithReprovideInterval(300*time.Millisecond))
	if err := adv.Discovery.WaitRoutable(ctx, 1); err != nil {
		t.Fatal(err)
	}
	id := svc(0x88)
	key := ServiceKey(id)
	stop, err := adv.Discovery.Advertise(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	holds := func(n *Node) bool {
		provs, err := n.Discovery.DHT().ProviderStore().GetProviders(ctx, key.Hash())
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range provs {
			if p.ID == adv.ID() {
				return true
			}
		}
		return false
	}
	// PUT_PROVIDER is fire-and-forget: the servers store it shortly after.
	waitHolds := func(n *Node, what string) {
		t.Helper()
		deadline := time.Now().Add(20 * time.Second)
		for !holds(n) {
			if time.Now().After(deadline) {
				t.Fatal(what)
			}
			time.Sleep(20 * time.Millisecond)
		}
	}
	for _, n := range nodes {
		waitHolds(n, "first announcement did not reach every server")
	}
	late := newTestNode(t, WithBootstrapPeers(nodes[0].AddrInfo()))
	if err := late.Discovery.WaitRoutable(ctx, 1); err != nil {
		t.Fatal(err)
	}
	waitHolds(late, "the record never reached a server that joined later")

	stop()
	stop()                      // idempotent
	time.Sleep(2 * time.Second) // let a re-announcement in flight finish, even on a loaded machine
	later := newTestNode(t, WithBootstrapPeers(nodes[0].AddrInfo()))
	if err := later.Discovery.WaitRoutable(ctx, 1); err != nil {
		t.Fatal(err)
	}
	time.Sleep(1500 * time.Millisecond) // five intervals
	if holds(later) {
		t.Fatal("the record is still announced after stop")
	}
}
