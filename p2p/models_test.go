package p2p

import (
	"bytes"
	"context"
	"errors"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	dshelp "github.com/ipfs/boxo/datastore/dshelp"
	"github.com/ipfs/go-cid"
	ds "github.com/ipfs/go-datastore"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/rmsnet/rms/merkle"
	"github.com/rmsnet/rms/model"
	"github.com/rmsnet/rms/model/gguf"
	"github.com/rmsnet/rms/model/manifest"
	"github.com/rmsnet/rms/vm"
	"github.com/rmsnet/rms/vm/guestimage"
)

const mnistPath = "../testdata/mnist.gguf"

// bigModelFile writes a GGUF file with a tensor of n bytes (several 1 MiB
// chunks) and a small one, and returns its path.
func bigModelFile(t testing.TB, n int) string {
	t.Helper()
	big := make([]byte, n)
	rand.NewChaCha8([32]byte{byte(n)}).Read(big)
	f := &gguf.File{
		KV: []gguf.KV{{Key: model.KeyArchitecture, Value: "synth"}},
		Tensors: []gguf.Tensor{
			{Name: "w", Dims: []uint64{uint64(n / 4)}, Type: gguf.TensorF32, Data: big},
			{Name: "b", Dims: []uint64{5}, Type: gguf.TensorI8, Data: []byte{1, 2, 3, 4, 5}},
		},
	}
	path := filepath.Join(t.TempDir(), "synth.gguf")
	if err := gguf.WriteFile(path, f); err != nil {
		t.Fatal(err)
	}
	return path
}

// blockFile is the file of block c in the data dir dir.
func blockFile(dir string, c cid.Cid) string {
	_, p := (&blockFiles{dir: filepath.Join(dir, BlockDir)}).path(c)
	return p
}

func openTestStore(t testing.TB, dir string) *Store {
	t.Helper()
	s, err := OpenStore(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func TestModelStoreLocal(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	s := openTestStore(t, dir)
	info, m, err := s.AddModel(ctx, mnistPath, nil)
	if err != nil {
		t.Fatal(err)
	}
	if info.ModelRoot.Hex() != "0xe46efb2a8fd60ddf582ce1b9d4fe81b2afd624d4c54e8babd7e069c8d1f9684a" || info.Name != "mnist.gguf" {
		t.Fatalf("info %+v", info)
	}
	// Adding again gives the same CID and one record.
	again, _, err := s.AddModel(ctx, mnistPath, nil)
	if err != nil || again.CID != info.CID {
		t.Fatalf("re-add: %v, %s vs %s", err, again.CID, info.CID)
	}
	list, err := s.Models(ctx)
	if err != nil || len(list) != 1 || list[0].CID != info.CID || list[0].Tensors != 4 {
		t.Fatalf("models %+v, %v", list, err)
	}
	if _, err := s.VerifyModel(ctx, info.CID, nil); err != nil {
		t.Fatal(err)
	}
	// A Store over the same datastore (as a node holding it makes one)
	// sees the same model.
	ns, err := NewStore(s.Datastore(), dir)
	if err != nil {
		t.Fatal(err)
	}
	if list, err := ns.Models(ctx); err != nil || len(list) != 1 || list[0].CID != info.CID {
		t.Fatalf("NewStore models %+v, %v", list, err)
	}
	ns.Close()
	out := filepath.Join(t.TempDir(), "out.gguf")
	if _, err := s.WriteModel(ctx, info.CID, out, nil); err != nil {
		t.Fatal(err)
	}
	want, _ := os.ReadFile(mnistPath)
	if got, _ := os.ReadFile(out); !bytes.Equal(got, want) {
		t.Fatal("written model differs from the added file")
	}

	if n, err := s.CheckBlocks(ctx); err != nil || n != info.Blocks {
		t.Fatalf("check blocks: %d, %v; model has %d", n, err, info.Blocks)
	}
	// A block whose bytes no longer hash to its CID (its file replaced
	// behind the store's back by one not synced, as a power loss can
	// leave): check, verify and write report it (verify naming the
	// tensor), write leaves --out as it was, and the bad file is removed
	// at each read, so the block is missing, never served.
	fc1, _ := m.Tensor("fc1.weight")
	c := fc1.Blob.Chunks[0].CID()
	file := blockFile(dir, c)
	orig, err := os.ReadFile(file)
	if err != nil {
		t.Fatalf("fc1.weight (%d bytes) is not a block file: %v", fc1.Blob.Length, err)
	}
	bad := append([]byte(nil), orig...)
	bad[5000] ^= 0x40
	corrupt := func() {
		t.Helper()
		os.Remove(file)
		if err := os.WriteFile(file, bad, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	corrupt()
	if _, err := s.CheckBlocks(ctx); !errors.Is(err, manifest.ErrCorrupt) {
		t.Fatalf("check blocks: %v", err)
	}
	if _, err := os.Stat(file); !os.IsNotExist(err) {
		t.Fatalf("the corrupt block file is still there: %v", err)
	}
	corrupt()
	if _, err := s.VerifyModel(ctx, info.CID, nil); !errors.Is(err, manifest.ErrCorrupt) || !strings.Contains(err.Error(), "fc1.weight") {
		t.Fatalf("verify of a corrupt block: %v", err)
	}
	corrupt()
	if err := os.WriteFile(out, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := s.WriteModel(ctx, info.CID, out, nil); err == nil {
		t.Fatal("write of a corrupt model passed")
	}
	if got, _ := os.ReadFile(out); string(got) != "old" {
		t.Fatal("failed write changed --out")
	}
	if ents, _ := os.ReadDir(filepath.Dir(out)); len(ents) != 1 { // the partial file is removed
		t.Fatalf("failed write left %d files", len(ents))
	}
	// The block is now missing; adding the file again restores it.
	if _, err := s.VerifyModel(ctx, info.CID, nil); !errors.Is(err, ErrNotLocal) {
		t.Fatalf("verify with a missing block: %v", err)
	}
	if _, _, err := s.AddModel(ctx, mnistPath, nil); err != nil {
		t.Fatal(err)
	}
	if _, err := s.VerifyModel(ctx, info.CID, nil); err != nil {
		t.Fatal(err)
	}
	// A small block (in pebble) altered under its key is found too.
	small := m.Tensors[len(m.Tensors)-1].Blob.Chunks[0].CID()
	key := ds.NewKey("/p2p/blocks").Child(dshelp.MultihashToDsKey(small.Hash()))
	sorig, err := s.db.Get(ctx, key)
	if err != nil {
		t.Fatalf("the last tensor's chunk is not a pebble block: %v", err)
	}
	sbad := append([]byte(nil), sorig...)
	sbad[len(sbad)-1] ^= 1
	if err := s.db.Put(ctx, key, sbad); err != nil {
		t.Fatal(err)
	}
	if _, err := s.CheckBlocks(ctx); !errors.Is(err, manifest.ErrCorrupt) {
		t.Fatalf("check blocks with a corrupt small block: %v", err)
	}
	if err := s.db.Put(ctx, key, sorig); err != nil {
		t.Fatal(err)
	}

	// A manifest whose tensor root does not match its chunks (stored as a
	// block by hand: Encode refuses to write one) is refused by name.
	enc, err := m.Encode()
	if err != nil {
		t.Fatal(err)
	}
	i := bytes.Index(enc, fc1.Blob.Root[:])
	forged := append([]byte(nil), enc...)
	forged[i] ^= 1
	fc, err := s.PutBlock(ctx, forged)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.VerifyModel(ctx, fc, nil); err == nil || !strings.Contains(err.Error(), `tensor "fc1.weight" blob`) {
		t.Fatalf("forged manifest: %v", err)
	}
	if _, err := s.WriteModel(ctx, fc, out, nil); err == nil {
		t.Fatal("wrote a forged manifest's model")
	}

	// Bad files leave no record.
	trunc := filepath.Join(t.TempDir(), "t.gguf")
	os.WriteFile(trunc, want[:len(want)-7], 0o644)
	if _, _, err := s.AddModel(ctx, trunc, nil); err == nil || !strings.Contains(err.Error(), "not a valid GGUF") {
		t.Fatalf("truncated: %v", err)
	}
	if list, _ := s.Models(ctx); len(list) != 1 {
		t.Fatalf("%d models after a failed add", len(list))
	}
	if _, err := OpenStore(dir); err == nil || !strings.Contains(err.Error(), "in use") {
		t.Fatalf("second open: %v", err)
	}
}

// seeder opens a store in a new data dir, adds path and starts a node on
// the store.
func seeder(t *testing.T, path string, opts ...Option) (*Store, *Node, ModelInfo) {
	t.Helper()
	dir := t.TempDir()
	s := openTestStore(t, dir)
	var info ModelInfo
	if path != "" {
		var err error
		if info, _, err = s.AddModel(context.Background(), path, nil); err != nil {
			t.Fatal(err)
		}
	}
	n := newTestNodeIn(t, dir, append([]Option{WithDatastore(s.Datastore())}, opts...)...)
	return s, n, info
}

func TestModelFetchBetweenNodes(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	path := bigModelFile(t, 24<<20+4)
	want, _ := os.ReadFile(path)
	_, a, info := seeder(t, path)
	sb, b, _ := seeder(t, "")
	if err := b.Connect(ctx, a.AddrInfo()); err != nil {
		t.Fatal(err)
	}
	var last Progress
	if _, err := FetchModel(ctx, b.Blocks, sb, info.CID, WithProgress(func(p Progress) { last = p })); err != nil {
		t.Fatal(err)
	}
	if uint64(last.Bytes) != info.StoredBytes || last.TotalBytes != info.StoredBytes || last.Blocks != info.Blocks-1 {
		t.Fatalf("progress %+v, model %+v", last, info)
	}
	out := filepath.Join(t.TempDir(), "b.gguf")
	if _, err := sb.WriteModel(ctx, info.CID, out, nil); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(out); !bytes.Equal(got, want) {
		t.Fatal("B's copy differs")
	}
	if ok, err := sb.HasModel(ctx, info.CID); !ok || err != nil {
		t.Fatalf("B has the model: %v, %v", ok, err)
	}
	if list, _ := sb.Models(ctx); len(list) != 1 || list[0].CID != info.CID {
		t.Fatalf("B's models %+v", list)
	}

	// C fetches from A and B at once.
	sc, c, _ := seeder(t, "")
	if ok, err := sc.HasModel(ctx, info.CID); ok || err != nil {
		t.Fatalf("C has the model before fetching: %v, %v", ok, err)
	}
	for _, p := range []*Node{a, b} {
		if err := c.Connect(ctx, p.AddrInfo()); err != nil {
			t.Fatal(err)
		}
	}
	a0, _ := a.Blocks.Stat()
	b0, _ := b.Blocks.Stat()
	if _, err := FetchModel(ctx, c.Blocks, sc, info.CID); err != nil {
		t.Fatal(err)
	}
	a1, _ := a.Blocks.Stat()
	b1, _ := b.Blocks.Stat()
	fromA, fromB := a1.DataSent-a0.DataSent, b1.DataSent-b0.DataSent
	t.Logf("C received %d bytes from A, %d from B", fromA, fromB)
	if fromA == 0 || fromB == 0 || fromA+fromB < info.StoredBytes {
		t.Fatalf("C got %d bytes from A and %d from B, model has %d", fromA, fromB, info.StoredBytes)
	}
	out = filepath.Join(t.TempDir(), "c.gguf")
	if _, err := sc.WriteModel(ctx, info.CID, out, nil); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(out); !bytes.Equal(got, want) {
		t.Fatal("C's copy differs")
	}
}

// countingFetcher records the distinct blocks asked for.
type countingFetcher struct {
	BlockFetcher
	mu   sync.Mutex
	seen map[cid.Cid]bool
}

func (f *countingFetcher) GetBlock(ctx context.Context, c cid.Cid) ([]byte, error) {
	f.mu.Lock()
	f.seen[c] = true
	f.mu.Unlock()
	return f.BlockFetcher.GetBlock(ctx, c)
}

func TestModelSourceFetchesOnlyOpBlocks(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	_, seed, info := seeder(t, mnistPath)
	party := newTestNode(t)
	if err := party.Connect(ctx, seed.AddrInfo()); err != nil {
		t.Fatal(err)
	}
	guest, err := guestimage.Program()
	if err != nil {
		t.Fatal(err)
	}
	ref, err := model.Load(mnistPath)
	if err != nil {
		t.Fatal(err)
	}
	px := make([]int16, 784)
	for i := range px {
		px[i] = int16(i * 7 % 256)
	}
	in, err := model.FromI16(px, 1, 784)
	if err != nil {
		t.Fatal(err)
	}
	job, err := vm.NewJob(ctx, ref, in)
	if err != nil {
		t.Fatal(err)
	}
	for _, op := range []int{0, 4} {
		t0 := time.Now()
		cf := &countingFetcher{BlockFetcher: party.Blocks, seen: map[cid.Cid]bool{}}
		before, _ := party.Blocks.Stat()
		src, err := NewModelSource(ctx, cf, info.CID, 4)
		if err != nil {
			t.Fatal(err)
		}
		m := src.Manifest
		if m.ModelRoot() != job.Inputs(0).Model || m.ProgramRoot() != job.Inputs(0).Program {
			t.Fatal("manifest roots differ from the job's")
		}
		inputs := job.Inputs(uint64(op))
		v, err := vm.New(guest,
			vm.WithBlockSource(modelFirst{src, job.Source}),
			vm.WithOracle(vm.Oracles{inputs.Local(), src, job.Source}))
		if err != nil {
			t.Fatal(err)
		}
		if err := v.Run(ctx, 2e9); err != nil {
			t.Fatal(err)
		}
		if s := v.State(); s.Status != vm.StatusExited || s.ExitCode != 0 {
			t.Fatalf("op %d: status %d code %d", op, s.Status, s.ExitCode)
		}
		if got, want := v.Output(), job.Acc(op+1); got != want {
			t.Fatalf("op %d: A_i %s in the VM, %s natively", op, got, want)
		}
		// The blocks it fetched: the manifest, the program, the index and
		// the chunks of the op's tensors; nothing else.
		wantSet := map[cid.Cid]bool{info.CID: true}
		for _, c := range m.Program.CIDs() {
			wantSet[c] = true
		}
		for _, c := range m.Index.CIDs() {
			wantSet[c] = true
		}
		refs, _ := ref.Program.Needs(op)
		var names []string
		for _, r := range refs {
			if r.Kind == model.RefTensor {
				mt, _ := m.Tensor(r.Name)
				names = append(names, r.Name)
				for _, c := range mt.Blob.CIDs() {
					wantSet[c] = true
				}
			}
		}
		if len(cf.seen) != len(wantSet) {
			t.Errorf("op %d (tensors %v): fetched %d blocks, want %d", op, names, len(cf.seen), len(wantSet))
		}
		for c := range cf.seen {
			if !wantSet[c] {
				t.Errorf("op %d fetched block %s it does not need", op, c)
			}
		}
		after, _ := party.Blocks.Stat()
		t.Logf("op %d (tensors %v): %d blocks fetched, %d over bitswap, %d steps, %v from the manifest CID to A_i", op, names, len(cf.seen), after.BlocksReceived-before.BlocksReceived, v.Steps(), time.Since(t0))
	}
}

// modelFirst serves a root from the model source when it is one of the
// model's blobs, else from the local source.
type modelFirst struct {
	model *ModelSource
	local vm.BlockSource
}

func (s modelFirst) Page(ctx context.Context, root merkle.Hash, height int, p uint64) ([]byte, []merkle.Hash, error) {
	if s.model.Has(root) {
		return s.model.Page(ctx, root, height, p)
	}
	return s.local.Page(ctx, root, height, p)
}

// TestModelFetchFromUnknownSeeder: a seeder announces a model's manifest
// CID on the mesh DHT; a DHT-client peer that knows only the bootstrap node
// (which does not have the model) finds the seeder through the DHT, fetches
// every chunk and writes the file back.
func TestModelFetchFromUnknownSeeder(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	boot := newTestNode(t)
	path := bigModelFile(t, 3<<20)
	_, seed, info := seeder(t, path, WithBootstrapPeers(boot.AddrInfo()))
	if err := seed.Discovery.WaitRoutable(ctx, 1); err != nil {
		t.Fatal(err)
	}
	stop, err := seed.Blocks.Provide(ctx, info.CID)
	if err != nil {
		t.Fatal(err)
	}
	defer stop()
	sc, c, _ := seeder(t, "", WithDHTMode(DHTClient), WithBootstrapPeers(boot.AddrInfo()))
	// The fetcher's DHT bootstrap may already have dialled the seeder (it
	// is in the bootstrap node's table): drop that connection, so the fetch
	// has to find the seeder by its provider record.
	if c.Host.Network().Connectedness(seed.ID()) == network.Connected {
		if err := c.Host.Network().ClosePeer(seed.ID()); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := FetchModel(ctx, c.Blocks, sc, info.CID); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "m.gguf")
	if _, err := sc.WriteModel(ctx, info.CID, out, nil); err != nil {
		t.Fatal(err)
	}
	want, _ := os.ReadFile(path)
	if got, _ := os.ReadFile(out); !bytes.Equal(got, want) {
		t.Fatal("fetched model differs")
	}
}
