package p2p

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/ipfs/boxo/blockstore"
	blocks "github.com/ipfs/go-block-format"
	"github.com/ipfs/go-cid"
	ds "github.com/ipfs/go-datastore"
	"github.com/ipfs/go-datastore/namespace"
	"github.com/ipfs/go-datastore/query"
	pebbleds "github.com/ipfs/go-ds-pebble"
	ipld "github.com/ipfs/go-ipld-format"
	"github.com/rmsnet/rms/merkle"
	"github.com/rmsnet/rms/model/manifest"
)

// Store is a node's persistent block store opened without a network: the
// pebble store in <dataDir>/store (StoreDir) that a Node uses, with the same
// key layout, so blocks and models added here are what the node serves. Run
// a Node on it with WithDatastore(s.Datastore()); a program that already
// holds the node's datastore wraps it with NewStore. One process at a time
// can open a data dir.
//
// Blocks of at least FileBlockMin bytes are files under <dataDir>/BlockDir
// (written once, to a temporary file renamed into place); smaller ones and
// all records are in pebble.
//
// Crash safety: a block file is renamed into place whole and pebble writes
// each small block as one checksummed log record, so a process killed at
// any moment leaves every block either whole (hashing to its CID) or
// absent; temporary files of a killed write are removed at the next open.
// A model is recorded only after its manifest and every chunk are stored
// and the block files written since the last record are synced, so a
// recorded model is complete and durable.
type Store struct {
	db     ds.Batching // the whole datastore
	own    *pebbleds.Datastore
	ns     ds.Batching // the /p2p namespace: blocks under /p2p/blocks
	files  *blockFiles // nil: every block in db
	bstore blockstore.Blockstore
}

// modelKeys is the prefix, under /p2p, of the records of stored models.
const modelKeys = "/models"

// OpenStore opens (or creates) the store in dataDir.
func OpenStore(dataDir string) (*Store, error) {
	if err := os.MkdirAll(dataDir, 0o700); err != nil {
		return nil, fmt.Errorf("p2p: data dir: %w", err)
	}
	dir := filepath.Join(dataDir, StoreDir)
	db, err := pebbleds.NewDatastore(dir, pebbleds.WithPebbleOpts(blockStoreOptions()))
	if err != nil {
		if strings.Contains(err.Error(), "lock") {
			return nil, fmt.Errorf("p2p: open block store %s: in use by another process (a running node?): %w", dir, err)
		}
		return nil, fmt.Errorf("p2p: open block store %s: %w", dir, err)
	}
	s, err := NewStore(db, dataDir)
	if err != nil {
		db.Close()
		return nil, err
	}
	s.own = db
	return s, nil
}

// NewStore is a Store over a datastore the caller already holds (the one a
// Node runs on) and the block files of dataDir (the data dir the Node was
// started on; "" keeps every block in d). Close does not close d.
func NewStore(d ds.Batching, dataDir string) (*Store, error) {
	ns := namespace.Wrap(d, ds.NewKey("/p2p"))
	s := &Store{db: d, ns: ns}
	if dataDir != "" {
		f, err := openBlockFiles(dataDir)
		if err != nil {
			return nil, err
		}
		s.files = f
	}
	s.bstore = newBlockstore(ns, s.files)
	return s, nil
}

// Datastore is the underlying datastore, to build a Node on
// (WithDatastore).
func (s *Store) Datastore() ds.Batching { return s.db }

// Close closes the store's datastore if OpenStore opened it.
func (s *Store) Close() error {
	if s.files != nil {
		s.files.release()
		s.files = nil
	}
	if s.own == nil {
		return nil
	}
	return s.own.Close()
}

// PutBlock stores data as one raw block (at most MaxBlockSize bytes) and
// returns its CIDv1.
func (s *Store) PutBlock(ctx context.Context, data []byte) (cid.Cid, error) {
	if len(data) > MaxBlockSize {
		return cid.Undef, fmt.Errorf("p2p: block of %d bytes exceeds the %d-byte limit", len(data), MaxBlockSize)
	}
	c := RawCID(data)
	blk, err := blocks.NewBlockWithCid(data, c)
	if err != nil {
		return cid.Undef, fmt.Errorf("p2p: put block: %w", err)
	}
	if err := s.bstore.Put(ctx, blk); err != nil {
		return cid.Undef, fmt.Errorf("p2p: put block %s: %w", c, err)
	}
	return c, nil
}

// GetBlock returns the local block c. It does not check the bytes against
// c (manifest.Write and bitswap's receivers do).
func (s *Store) GetBlock(ctx context.Context, c cid.Cid) ([]byte, error) {
	blk, err := s.bstore.Get(ctx, c)
	if err != nil {
		if ipld.IsNotFound(err) {
			return nil, fmt.Errorf("p2p: block %s: %w", c, ErrNotLocal)
		}
		if errors.Is(err, blockstore.ErrHashMismatch) {
			return nil, fmt.Errorf("p2p: get block: %w: %w", manifest.ErrCorrupt, err)
		}
		return nil, fmt.Errorf("p2p: get block %s: %w", c, err)
	}
	return blk.RawData(), nil
}

// Sync makes every block file written in this data dir since the last
// Sync durable (by this Store or by a Node on the same data dir). Small
// blocks and records are pebble's: the datastore's Sync covers them.
func (s *Store) Sync(ctx context.Context) error {
	if s.files == nil {
		return nil
	}
	return s.files.Sync(ctx)
}

// ErrNotLocal is returned for a block the local store does not hold.
var ErrNotLocal = errors.New("not in the local store")

// Has reports whether the block c is local.
func (s *Store) Has(ctx context.Context, c cid.Cid) (bool, error) {
	ok, err := s.bstore.Has(ctx, c)
	if err != nil {
		return false, fmt.Errorf("p2p: blockstore has %s: %w", c, err)
	}
	return ok, nil
}

// ModelInfo describes a stored model.
type ModelInfo struct {
	CID          cid.Cid     `json:"cid"` // of the manifest
	Name         string      `json:"name,omitempty"`
	Architecture string      `json:"architecture"`
	ModelRoot    merkle.Hash `json:"model_root"`
	ProgramRoot  merkle.Hash `json:"program_root"`
	FileSize     uint64      `json:"size"`
	StoredBytes  uint64      `json:"stored_bytes"`
	Tensors      int         `json:"tensors"`
	Blocks       int         `json:"blocks"`
}

// Info describes the model of manifest m stored under c.
func Info(c cid.Cid, m *manifest.Manifest) ModelInfo {
	n := 0
	for _, b := range m.Blobs() {
		n += len(b.Chunks)
	}
	return ModelInfo{
		CID: c, Architecture: m.Architecture, ModelRoot: m.ModelRoot(), ProgramRoot: m.ProgramRoot(),
		FileSize: m.FileSize, StoredBytes: m.StoredBytes(), Tensors: len(m.Tensors), Blocks: n + 1,
	}
}

type modelRecord struct {
	Name string `json:"name"`
}

// AddModel imports the GGUF file at path (manifest.Import), stores its
// manifest as one block and records the model (named after the file). It
// returns the model's description and manifest.
func (s *Store) AddModel(ctx context.Context, path string, progress manifest.Progress) (ModelInfo, *manifest.Manifest, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return ModelInfo{}, nil, fmt.Errorf("p2p: add model: %w", err)
	}
	m, err := manifest.Import(ctx, s, b, progress)
	if err != nil {
		return ModelInfo{}, nil, fmt.Errorf("p2p: add model %s: %w", path, err)
	}
	c, err := s.putManifest(ctx, m, filepath.Base(path))
	if err != nil {
		return ModelInfo{}, nil, err
	}
	info := Info(c, m)
	info.Name = filepath.Base(path)
	return info, m, nil
}

// putManifest stores m's block and records it; every chunk must already be
// stored.
func (s *Store) putManifest(ctx context.Context, m *manifest.Manifest, name string) (cid.Cid, error) {
	enc, err := m.Encode()
	if err != nil {
		return cid.Undef, fmt.Errorf("p2p: store manifest: %w", err)
	}
	c, err := s.PutBlock(ctx, enc)
	if err != nil {
		return cid.Undef, fmt.Errorf("p2p: store manifest: %w", err)
	}
	key := ds.NewKey(modelKeys).ChildString(c.String())
	if ok, err := s.ns.Has(ctx, key); err != nil {
		return cid.Undef, fmt.Errorf("p2p: record model %s: %w", c, err)
	} else if ok {
		return c, nil
	}
	rec, _ := json.Marshal(modelRecord{Name: name})
	if err := s.ns.Put(ctx, key, rec); err != nil {
		return cid.Undef, fmt.Errorf("p2p: record model %s: %w", c, err)
	}
	// One sync per model, so a power loss does not lose a model the
	// command reported as added (a killed process loses nothing anyway):
	// the block files, then pebble's log with the record.
	if err := s.Sync(ctx); err != nil {
		return cid.Undef, err
	}
	if err := s.db.Sync(ctx, ds.NewKey("/")); err != nil {
		return cid.Undef, fmt.Errorf("p2p: sync store: %w", err)
	}
	return c, nil
}

// Manifest returns the manifest stored as block c (fetched with f when f is
// not nil and the block is not local), decoded and checked.
func (s *Store) Manifest(ctx context.Context, c cid.Cid, f BlockFetcher) (*manifest.Manifest, error) {
	var (
		b   []byte
		err error
	)
	if f != nil {
		b, err = f.GetBlock(ctx, c)
	} else {
		b, err = s.GetBlock(ctx, c)
	}
	if err != nil {
		return nil, fmt.Errorf("p2p: manifest %s: %w", c, err)
	}
	if RawCID(b) != c {
		return nil, fmt.Errorf("p2p: manifest %s: %w: block does not hash to its CID", c, manifest.ErrCorrupt)
	}
	m, err := manifest.Decode(b)
	if err != nil {
		return nil, fmt.Errorf("p2p: manifest %s: %w", c, err)
	}
	return m, nil
}

// Models lists the recorded models, sorted by name then CID.
func (s *Store) Models(ctx context.Context) ([]ModelInfo, error) {
	res, err := s.ns.Query(ctx, query.Query{Prefix: modelKeys})
	if err != nil {
		return nil, fmt.Errorf("p2p: list models: %w", err)
	}
	defer res.Close()
	var out []ModelInfo
	for e := range res.Next() {
		if e.Error != nil {
			return nil, fmt.Errorf("p2p: list models: %w", e.Error)
		}
		c, err := cid.Decode(ds.RawKey(e.Key).BaseNamespace())
		if err != nil {
			return nil, fmt.Errorf("p2p: model record %s: %w", e.Key, err)
		}
		var rec modelRecord
		if err := json.Unmarshal(e.Value, &rec); err != nil {
			return nil, fmt.Errorf("p2p: model record %s: %w", e.Key, err)
		}
		m, err := s.Manifest(ctx, c, nil)
		if err != nil {
			return nil, err
		}
		info := Info(c, m)
		info.Name = rec.Name
		out = append(out, info)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Name != out[j].Name {
			return out[i].Name < out[j].Name
		}
		return out[i].CID.String() < out[j].CID.String()
	})
	return out, nil
}

// VerifyModel reads every block of the model c from the local store and
// checks it against the manifest (manifest.Verify).
func (s *Store) VerifyModel(ctx context.Context, c cid.Cid, progress manifest.Progress) (*manifest.Manifest, error) {
	m, err := s.Manifest(ctx, c, nil)
	if err != nil {
		return nil, err
	}
	if err := manifest.Verify(ctx, s, m, progress); err != nil {
		return nil, fmt.Errorf("p2p: verify model %s: %w", c, err)
	}
	return m, nil
}

// PartialPath is where WriteModel writes out before renaming it: a hidden
// file beside it.
func PartialPath(out string) string {
	return filepath.Join(filepath.Dir(out), "."+filepath.Base(out)+".partial")
}

// WriteModel writes the model c from the local store to the file out: to a
// temporary file beside it (PartialPath), checked block by block and parsed back as GGUF
// against the manifest, then renamed, so out is either the whole model or
// untouched. It records the model in the store (a fetched model becomes a
// stored one).
func (s *Store) WriteModel(ctx context.Context, c cid.Cid, out string, progress manifest.Progress) (ModelInfo, error) {
	m, err := s.Manifest(ctx, c, nil)
	if err != nil {
		return ModelInfo{}, err
	}
	// A fixed name beside out: a run killed half-way leaves it, and the
	// next run overwrites it.
	tmp, err := os.OpenFile(PartialPath(out), os.O_RDWR|os.O_CREATE|os.O_TRUNC, 0o644)
	if err != nil {
		return ModelInfo{}, fmt.Errorf("p2p: write model: %w", err)
	}
	defer os.Remove(tmp.Name())
	fail := func(err error) (ModelInfo, error) {
		tmp.Close()
		return ModelInfo{}, fmt.Errorf("p2p: write model %s to %s: %w", c, out, err)
	}
	if err := manifest.Write(ctx, s, m, tmp, progress); err != nil {
		return fail(err)
	}
	if err := tmp.Sync(); err != nil {
		return fail(err)
	}
	if err := tmp.Close(); err != nil {
		return fail(err)
	}
	b, err := os.ReadFile(tmp.Name())
	if err != nil {
		return fail(err)
	}
	if err := m.CheckGGUF(b); err != nil {
		return fail(err)
	}
	if _, err := s.putManifest(ctx, m, filepath.Base(out)); err != nil {
		return fail(err)
	}
	if err := os.Rename(tmp.Name(), out); err != nil {
		return fail(err)
	}
	info := Info(c, m)
	info.Name = filepath.Base(out)
	return info, nil
}

// CheckBlocks reads every block in the store and checks that it hashes to
// its name (the multihash its key holds). It returns the number of blocks
// and the first that does not, as an error.
func (s *Store) CheckBlocks(ctx context.Context) (int, error) {
	keys, err := s.bstore.AllKeysChan(ctx)
	if err != nil {
		return 0, fmt.Errorf("p2p: check blocks: %w", err)
	}
	n := 0
	for c := range keys {
		blk, err := s.bstore.Get(ctx, c)
		if errors.Is(err, blockstore.ErrHashMismatch) {
			return n, fmt.Errorf("p2p: check blocks: %w: %w", manifest.ErrCorrupt, err)
		}
		if err != nil {
			return n, fmt.Errorf("p2p: check blocks: %s: %w", c, err)
		}
		got, err := c.Prefix().Sum(blk.RawData())
		if err != nil {
			return n, fmt.Errorf("p2p: check blocks: %s: %w", c, err)
		}
		if !got.Equals(c) {
			return n, fmt.Errorf("p2p: check blocks: %w: block %s does not hash to its name", manifest.ErrCorrupt, c)
		}
		n++
	}
	return n, ctx.Err()
}

// HasModel reports whether the manifest c and every chunk it lists are in
// the local store (their bytes are checked by VerifyModel and WriteModel).
func (s *Store) HasModel(ctx context.Context, c cid.Cid) (bool, error) {
	m, err := s.Manifest(ctx, c, nil)
	if errors.Is(err, ErrNotLocal) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	for _, b := range m.Blobs() {
		for _, ch := range b.Chunks {
			if ok, err := s.Has(ctx, ch.CID()); err != nil || !ok {
				return false, err
			}
		}
	}
	return true, nil
}
