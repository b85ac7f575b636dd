package p2p

import (
	"context"
	"errors"
	"fmt"
	"io"
	"sync"

	"github.com/ipfs/boxo/bitswap"
	"github.com/ipfs/boxo/bitswap/network/bsnet"
	"github.com/ipfs/boxo/blockservice"
	"github.com/ipfs/boxo/blockstore"
	chunk "github.com/ipfs/boxo/chunker"
	"github.com/ipfs/boxo/exchange"
	"github.com/ipfs/boxo/ipld/merkledag"
	ft "github.com/ipfs/boxo/ipld/unixfs"
	"github.com/ipfs/boxo/ipld/unixfs/importer/balanced"
	"github.com/ipfs/boxo/ipld/unixfs/importer/helpers"
	uio "github.com/ipfs/boxo/ipld/unixfs/io"
	blocks "github.com/ipfs/go-block-format"
	"github.com/ipfs/go-cid"
	ds "github.com/ipfs/go-datastore"
	ipld "github.com/ipfs/go-ipld-format"
	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/peer"
	mh "github.com/multiformats/go-multihash"
)

// ContentRouter announces and finds providers of CIDs (Discovery is one).
type ContentRouter interface {
	Provide(ctx context.Context, key cid.Cid) (stop func(), err error)
	FindProvidersAsync(ctx context.Context, key cid.Cid, count int) <-chan peer.AddrInfo
}

var _ ContentRouter = (*Discovery)(nil)

// BlockFetcher is what domain code (model loading, the VM's lazy pages)
// needs from block exchange.
type BlockFetcher interface {
	// GetBlock returns the bytes of one block, from the local store or
	// the network, verified against c.
	GetBlock(ctx context.Context, c cid.Cid) ([]byte, error)
	// Fetch makes every block of the DAG under root local.
	Fetch(ctx context.Context, root cid.Cid, opts ...FetchOption) error
}

var _ BlockFetcher = (*Blocks)(nil)

// Progress reports a running Fetch.
type Progress struct {
	Blocks     int    // blocks of the DAG now local
	Bytes      int64  // their total size in bytes (encoded blocks)
	TotalBytes uint64 // file size from the UnixFS root, 0 when unknown
}

// FetchOption configures one Fetch.
type FetchOption func(*fetchConfig)

type fetchConfig struct {
	progress func(Progress)
	maxBytes int64
}

// WithMaxBytes makes Fetch fail as soon as the DAG's blocks exceed n bytes
// in total (a guard against roots that expand to far more than expected).
func WithMaxBytes(n int64) FetchOption {
	return func(c *fetchConfig) { c.maxBytes = n }
}

// WithProgress calls fn after each block of the DAG becomes local (from one
// goroutine at a time).
func WithProgress(fn func(Progress)) FetchOption {
	return func(c *fetchConfig) { c.progress = fn }
}

// Blocks exchanges content-addressed blocks with bitswap and keeps them in a
// persistent blockstore.
type Blocks struct {
	h       host.Host
	bs      *bitswap.Bitswap
	bstore  blockstore.Blockstore
	bserv   blockservice.BlockService
	dag     ipld.DAGService
	offline ipld.DAGService
	router  ContentRouter
	cfg     *config
	close   sync.Once
}

// NewBlocks starts bitswap on h over a blockstore kept in store (every
// block, large ones too; a Node keeps large blocks as files). router
// finds providers of blocks no connected peer has and announces roots
// (Provide); it may be nil for a node that only talks to peers it is
// connected to.
func NewBlocks(h host.Host, store ds.Batching, router ContentRouter, opts ...Option) (*Blocks, error) {
	cfg, err := applyOptions(opts)
	if err != nil {
		return nil, err
	}
	return newBlocks(h, store, nil, router, cfg)
}

// newBlocks is NewBlocks over store and, when files is not nil, the block
// files of the node's data dir.
func newBlocks(h host.Host, store ds.Batching, files *blockFiles, router ContentRouter, cfg *config) (*Blocks, error) {
	if store == nil {
		return nil, errors.New("p2p: blocks: nil datastore")
	}
	bstore := newBlockstore(store, files)
	var finder interface {
		FindProvidersAsync(context.Context, cid.Cid, int) <-chan peer.AddrInfo
	}
	if router != nil {
		finder = router
	}
	bs := bitswap.New(context.Background(), bsnet.NewFromIpfsHost(h), finder, bstore,
		bitswap.ProviderSearchDelay(cfg.provSearch),
		bitswap.SetSendDontHaves(true),
		bitswap.MaxOutstandingBytesPerPeer(cfg.bsOutstand),
	)
	bserv := blockservice.New(bstore, bs)
	b := &Blocks{
		h: h, bs: bs, bstore: bstore, bserv: bserv,
		dag:     merkledag.NewDAGService(bserv),
		offline: merkledag.NewDAGService(blockservice.New(bstore, nil)),
		router:  router, cfg: cfg,
	}
	return b, nil
}

// Bitswap exposes the bitswap instance (statistics, tests).
func (b *Blocks) Bitswap() *bitswap.Bitswap { return b.bs }

// RawCID is the CIDv1 (raw codec, sha2-256) of data: the name of a block
// holding exactly these bytes.
func RawCID(data []byte) cid.Cid {
	h, err := mh.Sum(data, mh.SHA2_256, -1)
	if err != nil {
		panic(fmt.Sprintf("sha2-256 multihash: %v", err)) // cannot happen
	}
	return cid.NewCidV1(cid.Raw, h)
}

// PutBlock stores data as one raw block (at most MaxBlockSize bytes) and
// returns its CIDv1.
func (b *Blocks) PutBlock(ctx context.Context, data []byte) (cid.Cid, error) {
	if len(data) > MaxBlockSize {
		return cid.Undef, fmt.Errorf("p2p: block of %d bytes exceeds the %d-byte limit", len(data), MaxBlockSize)
	}
	c := RawCID(data)
	blk, err := blocks.NewBlockWithCid(data, c)
	if err != nil {
		return cid.Undef, fmt.Errorf("p2p: put block: %w", err)
	}
	if err := b.bserv.AddBlock(ctx, blk); err != nil {
		return cid.Undef, fmt.Errorf("p2p: put block %s: %w", c, err)
	}
	return c, nil
}

// Has reports whether the block c is in the local store.
func (b *Blocks) Has(ctx context.Context, c cid.Cid) (bool, error) {
	ok, err := b.bstore.Has(ctx, c)
	if err != nil {
		return false, fmt.Errorf("p2p: blockstore has %s: %w", c, err)
	}
	return ok, nil
}

// FileProfile is how AddFile lays out a file: the IPFS "unixfs-v1-2025"
// profile of IPIP-499 (CIDv1, sha2-256, raw leaves, 1 MiB chunks, balanced
// DAG of at most 1024 links per node), so a file has the CID that kubo
// gives it with that profile.
var FileProfile = uio.UnixFS_v1_2025

// AddFile chunks r into raw leaves of MaxBlockSize bytes (CIDv1, sha2-256)
// under a balanced UnixFS DAG of CIDv1 dag-pb nodes of up to 1024 links
// (FileProfile), stores every block and returns the root, which any IPFS
// implementation can read. It does not announce the root; call Provide.
func (b *Blocks) AddFile(ctx context.Context, r io.Reader) (cid.Cid, error) {
	params := helpers.DagBuilderParams{
		Dagserv:    &ctxDAG{DAGService: b.dag, ctx: ctx},
		Maxlinks:   FileProfile.FileDAGWidth,
		RawLeaves:  FileProfile.RawLeaves,
		CidBuilder: FileProfile.CidBuilder(),
	}
	db, err := params.New(chunk.NewSizeSplitter(&ctxReader{r: r, ctx: ctx}, FileProfile.ChunkSize))
	if err != nil {
		return cid.Undef, fmt.Errorf("p2p: add file: %w", err)
	}
	nd, err := balanced.Layout(db)
	if err != nil {
		return cid.Undef, fmt.Errorf("p2p: add file: %w", err)
	}
	return nd.Cid(), nil
}

// ctxDAG makes the importer's writes honour the caller's context (the
// importer itself uses context.TODO).
type ctxDAG struct {
	ipld.DAGService
	ctx context.Context
}

func (d *ctxDAG) Add(_ context.Context, n ipld.Node) error { return d.DAGService.Add(d.ctx, n) }
func (d *ctxDAG) AddMany(_ context.Context, ns []ipld.Node) error {
	return d.DAGService.AddMany(d.ctx, ns)
}

type ctxReader struct {
	r   io.Reader
	ctx context.Context
}

func (c *ctxReader) Read(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	return c.r.Read(p)
}

// Provide announces this node on the DHT as a provider of root and keeps
// the record fresh until stop is called. Bitswap does not announce anything
// itself: seeders call Provide for the roots they serve.
func (b *Blocks) Provide(ctx context.Context, root cid.Cid) (func(), error) {
	if b.router == nil {
		return nil, errors.New("p2p: provide: no content router")
	}
	if ok, err := b.Has(ctx, root); err != nil {
		return nil, err
	} else if !ok {
		return nil, fmt.Errorf("p2p: provide %s: block not in the local store", root)
	}
	return b.router.Provide(ctx, root)
}

// GetBlock returns the block c from the local store or, failing that, from
// the network through bitswap, under ctx (bounded by the fetch timeout when
// ctx has no deadline). Bitswap checks the bytes against c.
func (b *Blocks) GetBlock(ctx context.Context, c cid.Cid) ([]byte, error) {
	if !c.Defined() {
		return nil, errors.New("p2p: get block: undefined CID")
	}
	ctx, cancel := withDefaultDeadline(ctx, b.cfg.fetchTimeout)
	defer cancel()
	blk, err := b.bserv.GetBlock(ctx, c)
	if err != nil {
		return nil, fmt.Errorf("p2p: get block %s: %w", c, err)
	}
	return blk.RawData(), nil
}

// fetchBatch bounds how many CIDs one level of a DAG asks bitswap for at
// once.
const fetchBatch = 1024

// Fetch makes every block of the DAG under root local: it walks the DAG
// level by level and asks for all blocks of a level at once in one bitswap
// session, so leaves arrive in parallel from every peer that has them. It
// works under ctx, bounded by the fetch timeout when ctx has no deadline.
// Raw and dag-pb blocks are understood; any other codec is an error.
func (b *Blocks) Fetch(ctx context.Context, root cid.Cid, opts ...FetchOption) error {
	_, err := b.fetch(ctx, root, opts)
	return err
}

func (b *Blocks) fetch(ctx context.Context, root cid.Cid, opts []FetchOption) (Progress, error) {
	var fc fetchConfig
	for _, o := range opts {
		o(&fc)
	}
	var prog Progress
	if !root.Defined() {
		return prog, errors.New("p2p: fetch: undefined CID")
	}
	ctx, cancel := withDefaultDeadline(ctx, b.cfg.fetchTimeout)
	defer cancel()
	ses := b.bs.NewSession(ctx)

	level := []cid.Cid{root}
	seen := map[cid.Cid]bool{root: true}
	first := true
	for len(level) > 0 {
		var next []cid.Cid
		for start := 0; start < len(level); start += fetchBatch {
			batch := level[start:min(start+fetchBatch, len(level))]
			want := make(map[cid.Cid]bool, len(batch))
			for _, c := range batch {
				want[c] = true
			}
			err := b.getBlocks(ctx, ses, batch, func(blk blocks.Block) error {
				if !want[blk.Cid()] {
					return nil
				}
				delete(want, blk.Cid())
				links, err := blockLinks(blk)
				if err != nil {
					return err
				}
				if first {
					prog.TotalBytes = unixfsSize(blk)
					first = false
				}
				for _, l := range links {
					if !seen[l] {
						seen[l] = true
						next = append(next, l)
					}
				}
				prog.Blocks++
				prog.Bytes += int64(len(blk.RawData()))
				if fc.maxBytes > 0 && prog.Bytes > fc.maxBytes {
					return fmt.Errorf("DAG exceeds the limit of %d bytes", fc.maxBytes)
				}
				if fc.progress != nil {
					fc.progress(prog)
				}
				return nil
			})
			if err != nil {
				return prog, fmt.Errorf("p2p: fetch %s: %w", root, err)
			}
			if len(want) > 0 {
				err := ctx.Err()
				if err == nil {
					err = errors.New("block source closed")
				}
				return prog, fmt.Errorf("p2p: fetch %s: %d of %d blocks of a level missing (%d blocks local so far): %w", root, len(want), len(batch), prog.Blocks, err)
			}
		}
		level = next
	}
	return prog, nil
}

// storeWorkers is how many received blocks a fetch writes to the store at
// once while more arrive: the receiving goroutine only hands blocks on, so
// the transfer does not wait for each block's write.
const storeWorkers = 4

// getBlocks makes the blocks cids local through the bitswap session ses:
// those the store holds are read from it (block files are checked on
// read; one that fails is fetched again), the others are fetched and
// written by storeWorkers writers. got is called with every block, local
// or fetched, one call at a time and after the block is stored; an error
// from it ends the fetch. Blocks that do not arrive before ctx ends are
// simply not passed to got.
func (b *Blocks) getBlocks(ctx context.Context, ses exchange.Fetcher, cids []cid.Cid, got func(blocks.Block) error) error {
	var misses []cid.Cid
	for _, c := range cids {
		blk, err := b.bstore.Get(ctx, c)
		if err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			misses = append(misses, c)
			continue
		}
		if err := got(blk); err != nil {
			return err
		}
	}
	if len(misses) == 0 {
		return nil
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	in, err := ses.GetBlocks(ctx, misses)
	if err != nil {
		return err
	}
	var (
		wg    sync.WaitGroup
		mu    sync.Mutex
		first error
	)
	work := make(chan blocks.Block, storeWorkers)
	for range storeWorkers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for blk := range work {
				err := b.bstore.Put(ctx, blk)
				if err == nil {
					// Tell bitswap's server, so peers that want the block
					// get it from this node too.
					err = b.bs.NotifyNewBlocks(ctx, blk)
				}
				mu.Lock()
				if err == nil && first == nil {
					err = got(blk)
				}
				if err != nil && first == nil {
					first = err
					cancel()
				}
				mu.Unlock()
			}
		}()
	}
	for blk := range in {
		select {
		case work <- blk:
		case <-ctx.Done():
		}
	}
	close(work)
	wg.Wait()
	return first
}

// blockLinks decodes the links of a raw or dag-pb block.
func blockLinks(blk blocks.Block) ([]cid.Cid, error) {
	switch blk.Cid().Type() {
	case cid.Raw:
		return nil, nil
	case cid.DagProtobuf:
		nd, err := merkledag.DecodeProtobuf(blk.RawData())
		if err != nil {
			return nil, fmt.Errorf("decode dag-pb block %s: %w", blk.Cid(), err)
		}
		out := make([]cid.Cid, len(nd.Links()))
		for i, l := range nd.Links() {
			out[i] = l.Cid
		}
		return out, nil
	default:
		return nil, fmt.Errorf("block %s: unsupported codec 0x%x (want raw or dag-pb)", blk.Cid(), blk.Cid().Type())
	}
}

// unixfsSize is the file size recorded in a UnixFS root, or the size of a
// raw block, or 0.
func unixfsSize(blk blocks.Block) uint64 {
	switch blk.Cid().Type() {
	case cid.Raw:
		return uint64(len(blk.RawData()))
	case cid.DagProtobuf:
		nd, err := merkledag.DecodeProtobuf(blk.RawData())
		if err != nil {
			return 0
		}
		fs, err := ft.FSNodeFromBytes(nd.Data())
		if err != nil {
			return 0
		}
		return fs.FileSize()
	}
	return 0
}

// WriteFile fetches the file DAG under root (as Fetch) and writes its
// content to w, returning the number of bytes written.
func (b *Blocks) WriteFile(ctx context.Context, root cid.Cid, w io.Writer, opts ...FetchOption) (int64, error) {
	ctx, cancel := withDefaultDeadline(ctx, b.cfg.fetchTimeout)
	defer cancel()
	if _, err := b.fetch(ctx, root, opts); err != nil {
		return 0, err
	}
	rd, err := b.open(ctx, root)
	if err != nil {
		return 0, err
	}
	defer rd.Close()
	n, err := io.Copy(w, rd)
	if err != nil {
		return n, fmt.Errorf("p2p: read file %s: %w", root, err)
	}
	return n, nil
}

// Open reads a local file DAG (use Fetch first to make it local).
func (b *Blocks) Open(ctx context.Context, root cid.Cid) (io.ReadSeekCloser, error) {
	return b.open(ctx, root)
}

func (b *Blocks) open(ctx context.Context, root cid.Cid) (uio.DagReader, error) {
	nd, err := b.offline.Get(ctx, root)
	if err != nil {
		return nil, fmt.Errorf("p2p: open %s: %w", root, err)
	}
	rd, err := uio.NewDagReader(ctx, nd, b.offline)
	if err != nil {
		return nil, fmt.Errorf("p2p: open %s: %w", root, err)
	}
	return rd, nil
}

// Stat returns bitswap's counters (blocks and bytes received and sent).
func (b *Blocks) Stat() (BlockStats, error) {
	s, err := b.bs.Stat()
	if err != nil {
		return BlockStats{}, fmt.Errorf("p2p: bitswap stat: %w", err)
	}
	return BlockStats{
		BlocksReceived: s.BlocksReceived, DataReceived: s.DataReceived,
		DupBlocksReceived: s.DupBlksReceived, BlocksSent: s.BlocksSent, DataSent: s.DataSent,
	}, nil
}

// BlockStats are bitswap counters.
type BlockStats struct {
	BlocksReceived, DataReceived, DupBlocksReceived, BlocksSent, DataSent uint64
}

// Close stops bitswap. It does not close the datastore or the host.
func (b *Blocks) Close() error {
	var err error
	b.close.Do(func() { err = b.bs.Close() })
	return err
}
