package p2p

import (
	"bytes"
	"context"
	"errors"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/ipfs/boxo/ipld/merkledag"
	"github.com/ipfs/go-cid"
)

// checkRawLeaves walks the local DAG under root and checks the transport
// names of DESIGN §4: CIDv1 everywhere, raw sha2-256 leaves of at most
// MaxBlockSize bytes, dag-pb inner nodes.
func checkRawLeaves(t *testing.T, b *Blocks, root cid.Cid) {
	t.Helper()
	ctx := context.Background()
	level := []cid.Cid{root}
	for len(level) > 0 {
		var next []cid.Cid
		for _, c := range level {
			if c.Version() != 1 || c.Prefix().MhType != 0x12 {
				t.Fatalf("block %s is not CIDv1 sha2-256", c)
			}
			data, err := b.GetBlock(ctx, c)
			if err != nil {
				t.Fatal(err)
			}
			if len(data) > MaxBlockSize {
				t.Fatalf("block %s has %d bytes", c, len(data))
			}
			switch c.Type() {
			case cid.Raw:
			case cid.DagProtobuf:
				nd, err := merkledag.DecodeProtobuf(data)
				if err != nil {
					t.Fatal(err)
				}
				for _, l := range nd.Links() {
					next = append(next, l.Cid)
				}
			default:
				t.Fatalf("block %s has codec %x", c, c.Type())
			}
		}
		level = next
	}
}

func TestAddFileLayout(t *testing.T) {
	n := newTestNode(t)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	rng := rand.NewChaCha8([32]byte{2})
	tests := []struct {
		name string
		size int
		raw  bool // the root is the single raw leaf
	}{
		{"empty", 0, true},
		{"one byte", 1, true},
		{"exactly one block", MaxBlockSize, true},
		{"one block and a byte", MaxBlockSize + 1, false},
		{"five and a half blocks", 5*MaxBlockSize + MaxBlockSize/2, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := make([]byte, tt.size)
			rng.Read(data)
			root, err := n.Blocks.AddFile(ctx, bytes.NewReader(data))
			if err != nil {
				t.Fatal(err)
			}
			if (root.Type() == cid.Raw) != tt.raw {
				t.Fatalf("root %s codec %x", root, root.Type())
			}
			if tt.raw && root != RawCID(data) {
				t.Fatalf("single-block file: root %s, want the raw CID %s", root, RawCID(data))
			}
			checkRawLeaves(t, n.Blocks, root)
			// The same bytes always give the same root.
			again, err := n.Blocks.AddFile(ctx, bytes.NewReader(data))
			if err != nil || again != root {
				t.Fatalf("re-adding gave %s, %v; want %s", again, err, root)
			}
			var out bytes.Buffer
			if _, err := n.Blocks.WriteFile(ctx, root, &out); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(out.Bytes(), data) {
				t.Fatal("read back different bytes")
			}
		})
	}
}

func TestBlocksPersistAcrossRestart(t *testing.T) {
	dir := t.TempDir()
	n := newTestNodeIn(t, dir)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	c, err := n.Blocks.PutBlock(ctx, []byte("persistent page"))
	if err != nil {
		t.Fatal(err)
	}
	if c != RawCID([]byte("persistent page")) {
		t.Fatal("PutBlock CID differs from RawCID")
	}
	n.Close()
	n2 := newTestNodeIn(t, dir)
	ok, err := n2.Blocks.Has(ctx, c)
	if err != nil || !ok {
		t.Fatalf("block lost across restart: %v %v", ok, err)
	}
	data, err := n2.Blocks.GetBlock(ctx, c)
	if err != nil || string(data) != "persistent page" {
		t.Fatalf("GetBlock after restart: %q %v", data, err)
	}
}

func TestBlockErrors(t *testing.T) {
	n := newTestNode(t)
	ctx := context.Background()
	if _, err := n.Blocks.PutBlock(ctx, make([]byte, MaxBlockSize+1)); err == nil {
		t.Fatal("oversized block accepted")
	}
	if _, err := n.Blocks.GetBlock(ctx, cid.Undef); err == nil {
		t.Fatal("undefined CID accepted")
	}
	// A block nobody has: the fetch ends at the deadline with an error.
	missing := RawCID([]byte("nobody has this"))
	short, cancel := context.WithTimeout(ctx, 300*time.Millisecond)
	defer cancel()
	start := time.Now()
	_, err := n.Blocks.GetBlock(short, missing)
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("missing block: %v, want deadline exceeded", err)
	}
	if time.Since(start) > 5*time.Second {
		t.Fatal("deadline not honoured")
	}
	short2, cancel2 := context.WithTimeout(ctx, 300*time.Millisecond)
	defer cancel2()
	if err := n.Blocks.Fetch(short2, missing); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("missing DAG: %v, want deadline exceeded", err)
	}
	if _, err := n.Blocks.Provide(ctx, missing); err == nil {
		t.Fatal("providing a block we do not have succeeded")
	}
	// A DAG larger than the caller's limit is refused.
	big := make([]byte, 3*MaxBlockSize)
	rand.NewChaCha8([32]byte{5}).Read(big) // distinct leaves (equal ones are one block)
	root, err := n.Blocks.AddFile(ctx, bytes.NewReader(big))
	if err != nil {
		t.Fatal(err)
	}
	if err := n.Blocks.Fetch(ctx, root, WithMaxBytes(2*MaxBlockSize)); err == nil || !strings.Contains(err.Error(), "exceeds the limit") {
		t.Fatalf("size limit: %v", err)
	}
	if err := n.Blocks.Fetch(ctx, root, WithMaxBytes(4*MaxBlockSize)); err != nil {
		t.Fatal(err)
	}
}
