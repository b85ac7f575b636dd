package p2p

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/ipfs/boxo/blockstore"
	dshelp "github.com/ipfs/boxo/datastore/dshelp"
	blocks "github.com/ipfs/go-block-format"
	"github.com/ipfs/go-cid"
	ds "github.com/ipfs/go-datastore"
	ipld "github.com/ipfs/go-ipld-format"
)

// BlockDir is the directory under the data dir that holds the blocks of
// at least FileBlockMin bytes, one file per block, in the layout of kubo's
// flatfs (next-to-last/2 sharding): <BlockDir>/<shard>/<key>.data, where key
// is the base32 of the block's multihash (the key the blockstore gives it)
// and shard its two characters before the last.
const BlockDir = "blocks"

// FileBlockMin is the size from which a block is kept as a file in
// BlockDir instead of in the store's pebble database: large blocks
// (model chunks, file leaves) are written once, where pebble would write
// them to its log, to a table at flush and again at each compaction.
const FileBlockMin = 64 << 10

// maxFileBlock bounds the size of a block file that is read back (bitswap
// moves blocks of at most 4 MiB); a larger file is corrupt.
const maxFileBlock = 4 << 20

// tempPrefix starts the name of a block file being written; a file with it
// is never read as a block and is removed when the directory is opened.
const tempPrefix = ".temp-"

// blockFiles is the BlockDir of one data dir. Every blockstore of the
// process over that data dir shares one (openBlockFiles), so that Sync
// makes durable the files any of them wrote.
//
// A block file is written to a temporary file in its shard (mode 0600) and
// renamed into place, so a killed process leaves each block whole or
// absent. Files are not synced one by one: Sync syncs every file written
// since the last Sync, marks each synced file read-only (mode 0400) and
// syncs the directories holding them (the store calls it before it records
// a model as complete). Only a file written and not yet synced can be torn
// (by a power loss), so a read checks the hash of every writable file, and
// one that fails is removed and reported as corrupt, never served; a
// read-only file was synced whole before it was marked and is read without
// hashing it again (CheckBlocks and the model checks hash every block).
type blockFiles struct {
	dir  string
	refs int // under openBlockFiles' lock

	mu    sync.Mutex
	dirty map[string]bool // files renamed into place since the last Sync
	dirs  map[string]bool // and their shard directories
}

var openDirs struct {
	sync.Mutex
	m map[string]*blockFiles
}

// openBlockFiles returns the blockFiles of dataDir, creating BlockDir and
// removing temporary files left by a killed process on its first open in
// this process. Call release when done.
func openBlockFiles(dataDir string) (*blockFiles, error) {
	dir, err := filepath.Abs(filepath.Join(dataDir, BlockDir))
	if err != nil {
		return nil, fmt.Errorf("p2p: block dir: %w", err)
	}
	openDirs.Lock()
	defer openDirs.Unlock()
	if f := openDirs.m[dir]; f != nil {
		f.refs++
		return f, nil
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("p2p: block dir: %w", err)
	}
	f := &blockFiles{dir: dir, refs: 1, dirty: map[string]bool{}, dirs: map[string]bool{}}
	if err := f.sweep(); err != nil {
		return nil, err
	}
	if openDirs.m == nil {
		openDirs.m = map[string]*blockFiles{}
	}
	openDirs.m[dir] = f
	return f, nil
}

// release drops one reference; the last one forgets the directory (files
// written and not synced stay as the page cache has them).
func (f *blockFiles) release() {
	openDirs.Lock()
	defer openDirs.Unlock()
	if f.refs--; f.refs == 0 {
		delete(openDirs.m, f.dir)
	}
}

// sweep removes the temporary files of writes a killed process left.
func (f *blockFiles) sweep() error {
	shards, err := os.ReadDir(f.dir)
	if err != nil {
		return fmt.Errorf("p2p: block dir: %w", err)
	}
	for _, s := range shards {
		if !s.IsDir() {
			continue
		}
		ents, err := os.ReadDir(filepath.Join(f.dir, s.Name()))
		if err != nil {
			return fmt.Errorf("p2p: block dir: %w", err)
		}
		for _, e := range ents {
			if strings.HasPrefix(e.Name(), tempPrefix) {
				if err := os.Remove(filepath.Join(f.dir, s.Name(), e.Name())); err != nil && !errors.Is(err, fs.ErrNotExist) {
					return fmt.Errorf("p2p: block dir: remove a partial write: %w", err)
				}
			}
		}
	}
	return nil
}

// path returns the shard directory and the file of block c.
func (f *blockFiles) path(c cid.Cid) (string, string) {
	key := dshelp.MultihashToDsKey(c.Hash()).String()[1:]
	s := "__" + key
	shard := filepath.Join(f.dir, s[len(s)-3:len(s)-1])
	return shard, filepath.Join(shard, key+".data")
}

// errCorruptFile marks a block file that does not hash to its CID.
var errCorruptFile = fmt.Errorf("%w (block file)", blockstore.ErrHashMismatch)

// get reads block c; ok is false when there is no file for it. A file
// that does not hash to c is removed and reported as corrupt.
func (f *blockFiles) get(c cid.Cid) (data []byte, ok bool, err error) {
	_, p := f.path(c)
	fh, err := os.Open(p)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, fmt.Errorf("p2p: block file %s: %w", c, err)
	}
	defer fh.Close()
	st, err := fh.Stat()
	if err != nil {
		return nil, false, fmt.Errorf("p2p: block file %s: %w", c, err)
	}
	if st.Size() > maxFileBlock {
		return nil, false, f.corrupt(c, p, fmt.Sprintf("%d bytes, more than a block", st.Size()))
	}
	data = make([]byte, st.Size())
	if _, err := readFull(fh, data); err != nil {
		return nil, false, fmt.Errorf("p2p: block file %s: %w", c, err)
	}
	if st.Mode().Perm()&0o200 == 0 {
		return data, true, nil // synced whole (see blockFiles)
	}
	got, err := c.Prefix().Sum(data)
	if err != nil {
		return nil, false, fmt.Errorf("p2p: block file %s: %w", c, err)
	}
	if !bytes.Equal(got.Hash(), c.Hash()) {
		return nil, false, f.corrupt(c, p, fmt.Sprintf("%d bytes that do not hash to its CID", len(data)))
	}
	return data, true, nil
}

func readFull(fh *os.File, b []byte) (int, error) {
	n := 0
	for n < len(b) {
		m, err := fh.Read(b[n:])
		n += m
		if err != nil {
			return n, fmt.Errorf("read %d of %d bytes: %w", n, len(b), err)
		}
	}
	return n, nil
}

// corrupt removes the bad file p of block c (so that the block can be
// fetched or added again) and returns the error to report.
func (f *blockFiles) corrupt(c cid.Cid, p, what string) error {
	rm := os.Remove(p)
	if rm != nil && !errors.Is(rm, fs.ErrNotExist) {
		return fmt.Errorf("p2p: block %s: file %s holds %s: %w (and could not be removed: %v)", c, p, what, errCorruptFile, rm)
	}
	return fmt.Errorf("p2p: block %s: file %s held %s (removed): %w", c, p, what, errCorruptFile)
}

// size returns the size of the file of block c; ok is false when there is
// none.
func (f *blockFiles) size(c cid.Cid) (n int, ok bool, err error) {
	_, p := f.path(c)
	st, err := os.Stat(p)
	if errors.Is(err, fs.ErrNotExist) {
		return 0, false, nil
	}
	if err != nil {
		return 0, false, fmt.Errorf("p2p: block file %s: %w", c, err)
	}
	return int(st.Size()), true, nil
}

// put writes block c unless its file exists: to a temporary file in its
// shard, renamed into place.
func (f *blockFiles) put(c cid.Cid, data []byte) error {
	shard, p := f.path(c)
	if _, err := os.Stat(p); err == nil {
		return nil
	}
	tmp, err := os.CreateTemp(shard, tempPrefix+"*")
	if errors.Is(err, fs.ErrNotExist) {
		if err = os.MkdirAll(shard, 0o700); err == nil {
			tmp, err = os.CreateTemp(shard, tempPrefix+"*")
		}
	}
	if err != nil {
		return fmt.Errorf("p2p: write block %s: %w", c, err)
	}
	_, err = tmp.Write(data)
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), p)
	}
	if err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("p2p: write block %s: %w", c, err)
	}
	f.mu.Lock()
	f.dirty[p] = true
	f.dirs[shard] = true
	f.mu.Unlock()
	return nil
}

// remove deletes the file of block c, if any.
func (f *blockFiles) remove(c cid.Cid) error {
	_, p := f.path(c)
	if err := os.Remove(p); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("p2p: delete block %s: %w", c, err)
	}
	return nil
}

// syncWorkers is how many files Sync syncs at a time (the disk's queue
// takes several; one at a time would wait a round trip per file).
const syncWorkers = 16

// Sync makes every block file written since the last Sync durable: the
// files, then their shard directories and BlockDir (the renames).
func (f *blockFiles) Sync(ctx context.Context) error {
	f.mu.Lock()
	files, dirs := f.dirty, f.dirs
	f.dirty, f.dirs = map[string]bool{}, map[string]bool{}
	f.mu.Unlock()
	if len(files) == 0 {
		return nil
	}
	dirs[f.dir] = true
	var (
		wg   sync.WaitGroup
		mu   sync.Mutex
		errs []error
	)
	work := make(chan string)
	for range syncWorkers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for p := range work {
				if err := syncPath(p); err != nil {
					mu.Lock()
					errs = append(errs, err)
					mu.Unlock()
				}
			}
		}()
	}
	for p := range files {
		if ctx.Err() != nil {
			break
		}
		work <- p
	}
	close(work)
	wg.Wait()
	for d := range dirs {
		if err := syncPath(d); err != nil {
			errs = append(errs, err)
		}
	}
	if err := errors.Join(append(errs, ctx.Err())...); err != nil {
		// Keep them for the next Sync.
		f.mu.Lock()
		for p := range files {
			f.dirty[p] = true
		}
		for d := range dirs {
			f.dirs[d] = true
		}
		f.mu.Unlock()
		return fmt.Errorf("p2p: sync block files: %w", err)
	}
	return nil
}

// syncPath fsyncs a file or directory, and then marks a file read-only
// (synced, see blockFiles); a file removed since (a corrupt one, a deleted
// block) needs nothing.
func syncPath(p string) error {
	fh, err := os.Open(p)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	err = fh.Sync()
	if err == nil {
		var st os.FileInfo
		if st, err = fh.Stat(); err == nil && !st.IsDir() {
			err = fh.Chmod(syncedMode)
		}
	}
	if cerr := fh.Close(); err == nil {
		err = cerr
	}
	return err
}

// syncedMode marks a block file whose bytes were synced.
const syncedMode = 0o400

// keys sends the CIDs (raw codec) of every block file to out until ctx
// ends.
func (f *blockFiles) keys(ctx context.Context, out chan<- cid.Cid) error {
	shards, err := os.ReadDir(f.dir)
	if err != nil {
		return fmt.Errorf("p2p: block dir: %w", err)
	}
	for _, s := range shards {
		if !s.IsDir() {
			continue
		}
		ents, err := os.ReadDir(filepath.Join(f.dir, s.Name()))
		if err != nil {
			return fmt.Errorf("p2p: block dir: %w", err)
		}
		for _, e := range ents {
			c, ok := blockFileCID(e.Name())
			if !ok {
				continue // not a block file
			}
			select {
			case out <- c:
			case <-ctx.Done():
				return ctx.Err()
			}
		}
	}
	return nil
}

// blockFileCID is the CID (raw codec) of the block whose file is named
// name, and false when name is not a block file's name (a temporary file,
// anything else).
func blockFileCID(name string) (cid.Cid, bool) {
	key, ok := strings.CutSuffix(name, ".data")
	if !ok || strings.HasPrefix(key, tempPrefix) || key == "" || strings.ContainsAny(key, "/\\") {
		return cid.Undef, false
	}
	h, err := dshelp.DsKeyToMultihash(ds.RawKey("/" + key))
	if err != nil {
		return cid.Undef, false
	}
	c := cid.NewCidV1(cid.Raw, h)
	if dshelp.MultihashToDsKey(c.Hash()).String()[1:] != key {
		return cid.Undef, false // another spelling of the multihash
	}
	return c, true
}

// splitBlockstore keeps blocks of at least FileBlockMin bytes as files
// (blockFiles) and smaller ones in a datastore-backed blockstore.
type splitBlockstore struct {
	small blockstore.Blockstore
	files *blockFiles
}

var _ blockstore.Blockstore = (*splitBlockstore)(nil)

// newBlockstore is the blockstore over d (blocks under /blocks) and, when
// files is not nil, its block files.
func newBlockstore(d ds.Batching, files *blockFiles) blockstore.Blockstore {
	small := blockstore.NewBlockstore(d)
	if files == nil {
		return small
	}
	return &splitBlockstore{small: small, files: files}
}

func (s *splitBlockstore) DeleteBlock(ctx context.Context, c cid.Cid) error {
	if err := s.files.remove(c); err != nil {
		return err
	}
	return s.small.DeleteBlock(ctx, c)
}

func (s *splitBlockstore) Has(ctx context.Context, c cid.Cid) (bool, error) {
	if _, ok, err := s.files.size(c); ok || err != nil {
		return ok, err
	}
	return s.small.Has(ctx, c)
}

func (s *splitBlockstore) Get(ctx context.Context, c cid.Cid) (blocks.Block, error) {
	if !c.Defined() {
		return nil, ipld.ErrNotFound{Cid: c}
	}
	data, ok, err := s.files.get(c)
	if err != nil {
		return nil, err
	}
	if !ok {
		return s.small.Get(ctx, c)
	}
	return blocks.NewBlockWithCid(data, c)
}

func (s *splitBlockstore) GetSize(ctx context.Context, c cid.Cid) (int, error) {
	if n, ok, err := s.files.size(c); ok || err != nil {
		return n, err
	}
	return s.small.GetSize(ctx, c)
}

func (s *splitBlockstore) Put(ctx context.Context, b blocks.Block) error {
	if len(b.RawData()) < FileBlockMin {
		return s.small.Put(ctx, b)
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	return s.files.put(b.Cid(), b.RawData())
}

func (s *splitBlockstore) PutMany(ctx context.Context, bs []blocks.Block) error {
	var small []blocks.Block
	for _, b := range bs {
		if len(b.RawData()) < FileBlockMin {
			small = append(small, b)
			continue
		}
		if err := s.Put(ctx, b); err != nil {
			return err
		}
	}
	if len(small) == 0 {
		return nil
	}
	return s.small.PutMany(ctx, small)
}

func (s *splitBlockstore) AllKeysChan(ctx context.Context) (<-chan cid.Cid, error) {
	small, err := s.small.AllKeysChan(ctx)
	if err != nil {
		return nil, err
	}
	out := make(chan cid.Cid, 64)
	go func() {
		defer close(out)
		for c := range small {
			select {
			case out <- c:
			case <-ctx.Done():
				return
			}
		}
		_ = s.files.keys(ctx, out)
	}()
	return out, nil
}
