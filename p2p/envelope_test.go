package p2p

import (
	"context"
	"encoding/binary"
	"io"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/libp2p/go-libp2p"
	pubsub "github.com/libp2p/go-libp2p-pubsub"
	pb "github.com/libp2p/go-libp2p-pubsub/pb"
	"github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	"google.golang.org/protobuf/proto"
)

// TestEnvelopeSignatures: a gossip envelope that is unsigned, carries a
// signature over other content, a garbage signature, or claims an author
// whose key did not sign it never reaches the validator or the subscriber,
// and costs its sender score; a correctly signed envelope sent the same way
// is delivered with its author. Each envelope is written by hand on a raw
// gossipsub stream (a router would sign it properly), from a fresh sender,
// together with a good envelope from the same sender.
func TestEnvelopeSignatures(t *testing.T) {
	receiver := newTestNode(t)
	other := newTestNode(t)
	id := svc(0x5a)
	validated := make(chan string, 16)
	rt, err := receiver.Gossip.JoinTopic(id, func(_ context.Context, _ peer.ID, data []byte) ValidationResult {
		validated <- string(data)
		return Accept
	})
	if err != nil {
		t.Fatal(err)
	}
	topic := TopicName(id)
	sign := func(key crypto.PrivKey, m *pb.Message) {
		b, err := proto.Marshal(m)
		if err != nil {
			t.Fatal(err)
		}
		if m.Signature, err = key.Sign(append([]byte(pubsub.SignPrefix), b...)); err != nil {
			t.Fatal(err)
		}
	}
	for i, tc := range []struct {
		name   string
		forge  func(key crypto.PrivKey, m *pb.Message)
		reject bool
		scored bool // the rejection costs score (a missing signature is refused before scoring)
	}{
		{"unsigned", func(crypto.PrivKey, *pb.Message) {}, true, false},
		{"signature over other data", func(key crypto.PrivKey, m *pb.Message) {
			data := m.Data
			m.Data = []byte("what was signed")
			sign(key, m)
			m.Data = data
		}, true, true},
		{"garbage signature", func(_ crypto.PrivKey, m *pb.Message) { m.Signature = make([]byte, 64) }, true, true},
		{"another author", func(key crypto.PrivKey, m *pb.Message) {
			m.From = []byte(other.ID())
			sign(key, m)
		}, true, true},
		{"signed (control)", func(key crypto.PrivKey, m *pb.Message) {
			sign(key, m)
		}, false, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			// A bare host speaks gossipsub by hand: it subscribes, then
			// publishes the envelopes, on one stream (the receiver's stream
			// to it is read and dropped).
			sender, err := libp2p.New(libp2p.ListenAddrStrings("/ip4/127.0.0.1/tcp/0"))
			if err != nil {
				t.Fatal(err)
			}
			defer sender.Close()
			sender.SetStreamHandler(pubsub.GossipSubID_v11, func(s network.Stream) { io.Copy(io.Discard, s) })
			ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
			defer cancel()
			if err := sender.Connect(ctx, receiver.AddrInfo()); err != nil {
				t.Fatal(err)
			}
			s, err := sender.NewStream(ctx, receiver.ID(), pubsub.GossipSubID_v11)
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			send := func(rpc *pb.RPC) {
				b, err := proto.Marshal(rpc)
				if err != nil {
					t.Fatal(err)
				}
				if _, err := s.Write(append(binary.AppendUvarint(nil, uint64(len(b))), b...)); err != nil {
					t.Fatal(err)
				}
			}
			subscribe := true
			send(&pb.RPC{Subscriptions: []*pb.RPC_SubOpts{{Subscribe: &subscribe, Topicid: &topic}}})
			for !slices.Contains(rt.Peers(), sender.ID()) {
				if ctx.Err() != nil {
					t.Fatal("the sender's subscription never reached the receiver")
				}
				time.Sleep(20 * time.Millisecond)
			}
			envelope := func(data string, seq uint64) *pb.Message {
				return &pb.Message{From: []byte(sender.ID()), Data: []byte(data), Topic: &topic,
					Seqno: binary.BigEndian.AppendUint64(nil, seq)}
			}
			bad := envelope(tc.name+" "+string(rune('a'+i)), 1)
			key := sender.Peerstore().PrivKey(sender.ID())
			tc.forge(key, bad)
			good := envelope("good after "+tc.name, 2)
			sign(key, good)
			send(&pb.RPC{Publish: []*pb.Message{bad, good}})
			// Validation runs concurrently: the envelopes may arrive in
			// either order.
			want := map[string]bool{string(good.Data): true}
			if !tc.reject {
				want[string(bad.Data)] = true
			}
			for len(want) > 0 {
				m, err := rt.Next(ctx)
				if err != nil {
					t.Fatalf("waiting for %v: %v", want, err)
				}
				if !want[string(m.Data)] || m.From != sender.ID() {
					t.Fatalf("delivered %q from %s, want one of %v from %s", m.Data, m.From, want, sender.ID())
				}
				delete(want, string(m.Data))
			}
			if !tc.reject {
				return
			}
			// A refused signature is scored: once the sender's score is below
			// zero the bad envelope has been through the pipeline. A missing
			// one is refused as it arrives, before the good envelope behind it.
			deadline := time.Now().Add(20 * time.Second)
			for tc.scored && receiver.Gossip.PeerScore(sender.ID()) >= 0 {
				if time.Now().After(deadline) {
					t.Fatalf("sender of an envelope with a bad signature scored %.2f, want < 0", receiver.Gossip.PeerScore(sender.ID()))
				}
				time.Sleep(50 * time.Millisecond)
			}
			short, cancelShort := context.WithTimeout(ctx, 300*time.Millisecond)
			defer cancelShort()
			if m, err := rt.Next(short); err == nil {
				t.Fatalf("envelope %q delivered", m.Data)
			}
		})
	}
	close(validated)
	for d := range validated {
		if !strings.HasPrefix(d, "good after ") && !strings.HasPrefix(d, "signed (control) ") {
			t.Errorf("the validator saw the refused envelope %q", d)
		}
	}
}
