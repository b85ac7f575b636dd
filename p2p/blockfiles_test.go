package p2p

import (
	"bytes"
	"context"
	"errors"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ipfs/boxo/blockstore"
	"github.com/ipfs/go-cid"
	"github.com/rmsnet/rms/model/manifest"
)

// TestBlockFiles: blocks from FileBlockMin bytes are files in the flatfs
// layout, smaller ones are not; Sync marks the files it synced read-only.
// What a crash can leave behind is never served: a temporary file of a
// killed write is removed at the next open, and a file not yet synced that
// a power loss tore (short, or other bytes) is reported as corrupt,
// removed, and can be stored again. A synced file altered behind the
// store's back is read as it is and found by CheckBlocks.
func TestBlockFiles(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	s := openTestStore(t, dir)
	rng := rand.NewChaCha8([32]byte{7})
	sizes := []int{0, 1, FileBlockMin - 1, FileBlockMin, MaxBlockSize}
	var cids []cid.Cid
	datas := map[cid.Cid][]byte{}
	for _, n := range sizes {
		d := make([]byte, n)
		rng.Read(d)
		c, err := s.PutBlock(ctx, d)
		if err != nil {
			t.Fatal(err)
		}
		cids = append(cids, c)
		datas[c] = d
		_, err = os.Stat(blockFile(dir, c))
		if isFile := err == nil; isFile != (n >= FileBlockMin) {
			t.Fatalf("block of %d bytes: file %v (threshold %d)", n, isFile, FileBlockMin)
		}
		if got, err := s.GetBlock(ctx, c); err != nil || !bytes.Equal(got, d) {
			t.Fatalf("get block of %d bytes: %v", n, err)
		}
		if sz, err := s.bstore.GetSize(ctx, c); err != nil || sz != n {
			t.Fatalf("size of block of %d bytes: %d, %v", n, sz, err)
		}
	}
	// The flatfs layout: <BlockDir>/<2 characters before the last>/<key>.data.
	big := cids[len(cids)-1]
	key := strings.TrimSuffix(filepath.Base(blockFile(dir, big)), ".data")
	if want := filepath.Join(dir, BlockDir, key[len(key)-3:len(key)-1], key+".data"); blockFile(dir, big) != want {
		t.Fatalf("block file %s, want %s", blockFile(dir, big), want)
	}
	if n, err := s.CheckBlocks(ctx); err != nil || n != len(sizes) {
		t.Fatalf("check blocks: %d, %v", n, err)
	}
	mode := func(c cid.Cid) os.FileMode {
		t.Helper()
		st, err := os.Stat(blockFile(dir, c))
		if err != nil {
			t.Fatal(err)
		}
		return st.Mode().Perm()
	}
	if m := mode(big); m != 0o600 {
		t.Fatalf("unsynced block file has mode %o", m)
	}
	if err := s.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	if m := mode(big); m != syncedMode {
		t.Fatalf("synced block file has mode %o", m)
	}
	s.Close()

	// What a crash leaves: a partial write in a shard, and files written
	// but not synced (writable) that a power loss cut short or filled with
	// other bytes.
	shard := filepath.Dir(blockFile(dir, big))
	tmp := filepath.Join(shard, tempPrefix+"123")
	if err := os.WriteFile(tmp, datas[big][:1000], 0o600); err != nil {
		t.Fatal(err)
	}
	short, other := cids[3], cids[4]
	for _, c := range []cid.Cid{short, other} {
		if err := os.Chmod(blockFile(dir, c), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Truncate(blockFile(dir, short), FileBlockMin/2); err != nil {
		t.Fatal(err)
	}
	flipped := append([]byte(nil), datas[other]...)
	flipped[len(flipped)/2] ^= 1
	if err := os.WriteFile(blockFile(dir, other), flipped, 0o600); err != nil {
		t.Fatal(err)
	}

	s = openTestStore(t, dir)
	if _, err := os.Stat(tmp); !os.IsNotExist(err) {
		t.Fatalf("open kept the partial write: %v", err)
	}
	for _, c := range []cid.Cid{short, other} {
		_, err := s.GetBlock(ctx, c)
		if !errors.Is(err, manifest.ErrCorrupt) || !errors.Is(err, blockstore.ErrHashMismatch) {
			t.Fatalf("torn block file: %v", err)
		}
		if ok, err := s.Has(ctx, c); err != nil || ok {
			t.Fatalf("torn block still present: %v %v", ok, err)
		}
		if _, err := s.GetBlock(ctx, c); !errors.Is(err, ErrNotLocal) {
			t.Fatalf("torn block after removal: %v", err)
		}
		if _, err := s.PutBlock(ctx, datas[c]); err != nil {
			t.Fatal(err)
		}
		if got, err := s.GetBlock(ctx, c); err != nil || !bytes.Equal(got, datas[c]) {
			t.Fatalf("block stored again: %v", err)
		}
	}
	if n, err := s.CheckBlocks(ctx); err != nil || n != len(sizes) {
		t.Fatalf("check blocks after repair: %d, %v", n, err)
	}
	// A synced file altered in place: read as it is, found by CheckBlocks.
	if err := s.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	p := blockFile(dir, other)
	if err := os.Chmod(p, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, flipped, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(p, syncedMode); err != nil {
		t.Fatal(err)
	}
	if got, err := s.GetBlock(ctx, other); err != nil || !bytes.Equal(got, flipped) {
		t.Fatalf("synced file read: %v", err)
	}
	if _, err := s.CheckBlocks(ctx); !errors.Is(err, manifest.ErrCorrupt) {
		t.Fatalf("check blocks with an altered synced file: %v", err)
	}
	if err := os.Remove(p); err != nil {
		t.Fatal(err)
	}
	if _, err := s.PutBlock(ctx, datas[other]); err != nil {
		t.Fatal(err)
	}
	// A file too large to be a block is refused without reading it all.
	if err := os.Truncate(blockFile(dir, big), maxFileBlock+1); err != nil {
		t.Fatal(err)
	}
	if _, err := s.GetBlock(ctx, big); !errors.Is(err, manifest.ErrCorrupt) || !strings.Contains(err.Error(), "more than a block") {
		t.Fatalf("oversized block file: %v", err)
	}
	// Deleting a block removes its file.
	c := cids[3]
	if err := s.bstore.DeleteBlock(ctx, c); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(blockFile(dir, c)); !os.IsNotExist(err) {
		t.Fatalf("deleted block's file: %v", err)
	}
}

// TestBlockFilesShared: a Store and a Node on the same data dir share the
// block files, and the Store's Sync covers what the Node fetched.
func TestBlockFilesShared(t *testing.T) {
	dir := t.TempDir()
	s := openTestStore(t, dir)
	n := newTestNodeIn(t, dir, WithDatastore(s.Datastore()))
	if s.files != n.files || s.files.refs != 2 {
		t.Fatalf("store and node hold different block files (refs %d)", s.files.refs)
	}
	d := make([]byte, FileBlockMin)
	c, err := n.Blocks.PutBlock(context.Background(), d)
	if err != nil {
		t.Fatal(err)
	}
	if !s.files.dirty[blockFile(dir, c)] {
		t.Fatal("the node's block file is not pending a sync")
	}
	if err := s.Sync(context.Background()); err != nil {
		t.Fatal(err)
	}
	if len(s.files.dirty) != 0 {
		t.Fatalf("%d files pending after a sync", len(s.files.dirty))
	}
	n.Close()
	if s.files.refs != 1 {
		t.Fatalf("refs %d after the node closed", s.files.refs)
	}
}

// FuzzBlockFileName: any file name in a shard gives a CID whose file has
// exactly that name, or none (keys and CheckBlocks list only such files),
// never a panic.
func FuzzBlockFileName(f *testing.F) {
	c := RawCID([]byte("a block"))
	good := filepath.Base(blockFile("/d", c))
	for _, s := range []string{good, tempPrefix + "123", good[:len(good)-5], "x.data", ".data", "CIQ.data", strings.ToLower(good)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, name string) {
		c, ok := blockFileCID(name)
		if !ok {
			return
		}
		if got := filepath.Base(blockFile("/d", c)); got != name {
			t.Fatalf("name %q gives CID %s whose file is %q", name, c, got)
		}
	})
}
