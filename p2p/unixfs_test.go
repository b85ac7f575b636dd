package p2p

import (
	"bytes"
	"context"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/ipfs/boxo/ipld/merkledag"
	ft "github.com/ipfs/boxo/ipld/unixfs"
	"github.com/ipfs/go-cid"
	ds "github.com/ipfs/go-datastore"
	dssync "github.com/ipfs/go-datastore/sync"
)

// TestAddFileProfile: a file of 200 chunks and a byte is one dag-pb root
// over 201 raw leaves (unixfs-v1-2025 allows 1024 links per node; the
// older 174-link layout would need two levels), in order, with the UnixFS
// block sizes and file size of the content.
func TestAddFileProfile(t *testing.T) {
	n := newTestNode(t, WithDatastore(dssync.MutexWrap(ds.NewMapDatastore())))
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	data := make([]byte, 200*MaxBlockSize+1)
	rand.NewChaCha8([32]byte{5}).Read(data)
	root, err := n.Blocks.AddFile(ctx, bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	if root.Version() != 1 || root.Type() != cid.DagProtobuf || root.Prefix().MhType != 0x12 {
		t.Fatalf("root %s is not CIDv1 dag-pb sha2-256", root)
	}
	raw, err := n.Blocks.GetBlock(ctx, root)
	if err != nil {
		t.Fatal(err)
	}
	nd, err := merkledag.DecodeProtobuf(raw)
	if err != nil {
		t.Fatal(err)
	}
	if len(nd.Links()) != 201 {
		t.Fatalf("root has %d links, want 201", len(nd.Links()))
	}
	for i, l := range nd.Links() {
		chunk := data[i*MaxBlockSize : min((i+1)*MaxBlockSize, len(data))]
		if l.Cid != RawCID(chunk) {
			t.Fatalf("link %d is %s, want the raw leaf %s", i, l.Cid, RawCID(chunk))
		}
	}
	fs, err := ft.FSNodeFromBytes(nd.Data())
	if err != nil {
		t.Fatal(err)
	}
	if fs.FileSize() != uint64(len(data)) || fs.NumChildren() != 201 || fs.BlockSize(200) != 1 {
		t.Fatalf("unixfs root: size %d, %d children", fs.FileSize(), fs.NumChildren())
	}
}
