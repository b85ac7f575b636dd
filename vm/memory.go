package vm

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/rmsnet/rms/merkle"
)

// Memory geometry: the 4 GiB address space is a word tree of depth 27 with
// 32-byte leaves. Pages of 4 KiB are subtrees of height 7; above them the
// tree has 20 levels over 2^20 pages.
const (
	PageShift   = 12
	PageSize    = 1 << PageShift
	pageMask    = PageSize - 1
	numPages    = 1 << (32 - PageShift)
	MemDepth    = 27 // height of the memory word tree
	pageHeight  = PageShift - 5
	upperLevels = MemDepth - pageHeight // 20
	noPage      = ^uint32(0)
)

// ErrDataSource marks a failure of the BlockSource behind a mapped region:
// the page could not be fetched or did not hash to the mapped root. It stops
// the VM with an error; the bad data is never used.
var ErrDataSource = errors.New("data source")

// ErrMemoryLimit stops a guest that touches more memory than the VM was
// allowed to hold (WithMaxMemory). It is a limit of the host, not a state.
var ErrMemoryLimit = errors.New("memory limit")

type page struct {
	data   [PageSize]byte
	root   merkle.Hash
	rootOK bool         // root matches data
	tree   *merkle.Tree // leaf tree of the page, valid while treeOK
	treeOK bool
	frozen bool // shared with a snapshot: copy before writing (own)
}

// own returns page p ready for writing: a frozen page (shared with a
// snapshot) is replaced by a private copy first.
func (m *Memory) own(p uint32, pg *page) *page {
	if !pg.frozen {
		return pg
	}
	cp := &page{data: pg.data, root: pg.root, rootOK: pg.rootOK}
	m.pages.set(p, cp)
	m.flushCaches() // the caches may point at the frozen page
	return cp
}

type nodeEntry struct {
	h  merkle.Hash
	ok bool
}

// region is a mapped blob (DESIGN §4): the subtree of upper level level at
// index idx holds the blob tree of height blobHeight with root root, padded
// with zeros to the region's height.
type region struct {
	level      int    // upper level (region height in words = level + 7)
	idx        uint32 // index at that level
	root       merkle.Hash
	blobHeight int
}

func (r *region) firstPage() uint32 { return r.idx << r.level }
func (r *region) contains(p uint32) bool {
	return p>>r.level == r.idx
}

// Memory is the paged, lazily hashed memory of the VM.
type Memory struct {
	pages pageTable
	// nodes[l] holds the upper-tree nodes at level l (0 = pages) that may be
	// non-zero. Absent entry at l >= 1: all-zero subtree. At level 0 an entry
	// is the known root of a page that is not materialised (lazy region).
	nodes   [upperLevels + 1]map[uint32]nodeEntry
	dirty   []uint32 // pages whose root is stale
	regions []region
	source  BlockSource
	ctx     context.Context
	err     error // first data-source error; the step in progress is abandoned

	// one-entry caches: page index and page for fetch, load and store. A
	// store is only cached for a page that is already marked dirty.
	fKey, rKey, wKey uint32
	fPage, rPage     *page
	wPage            *page

	rec *recorder // non-nil while a witness is recorded

	maxPages int // 0: no limit
}

func newMemory() *Memory {
	m := &Memory{ctx: context.Background()}
	for l := range m.nodes {
		m.nodes[l] = map[uint32]nodeEntry{}
	}
	m.flushCaches()
	return m
}

func (m *Memory) flushCaches() {
	m.fKey, m.rKey, m.wKey = noPage, noPage, noPage
	m.fPage, m.rPage, m.wPage = nil, nil, nil
}

// invalidateUp marks the ancestors of page p (levels 1..20) as stale.
func (m *Memory) invalidateUp(p uint32) {
	for l := 1; l <= upperLevels; l++ {
		p >>= 1
		e, ok := m.nodes[l][p]
		if ok && !e.ok {
			// Its ancestors are stale already.
			return
		}
		m.nodes[l][p] = nodeEntry{}
	}
}

// page returns page p, materialising it (zero, or fetched from a mapped
// region) if absent. It returns nil after a data-source error.
func (m *Memory) page(p uint32) *page {
	if pg := m.pages.get(p); pg != nil {
		return pg
	}
	if m.err != nil {
		return nil
	}
	if m.maxPages > 0 && m.pages.n >= m.maxPages {
		m.err = fmt.Errorf("%w: page %#x would be page %d of at most %d", ErrMemoryLimit, p, m.pages.n+1, m.maxPages)
		return nil
	}
	for i := range m.regions {
		if m.regions[i].contains(p) {
			pg, err := m.fetch(&m.regions[i], p)
			if err != nil {
				m.err = err
				return nil
			}
			return pg
		}
	}
	pg := &page{}
	m.pages.set(p, pg)
	m.dirty = append(m.dirty, p)
	return pg
}

// markDirty lists page p as stale. A page is listed exactly when its root is
// stale (fresh pages are created stale and listed).
func (m *Memory) markDirty(p uint32, pg *page) {
	if pg.rootOK {
		m.dirty = append(m.dirty, p)
	}
	pg.rootOK = false
	pg.treeOK = false
}

// --- fast accessors (used by the interpreter) ---

func (m *Memory) fetchPage(addr uint32) *page {
	if k := addr >> PageShift; k == m.fKey {
		return m.fPage
	}
	return m.fetchSlow(addr)
}

func (m *Memory) fetchSlow(addr uint32) *page {
	pg := m.readable(addr)
	if pg != nil && m.rec == nil {
		m.fKey, m.fPage = addr>>PageShift, pg
	}
	return pg
}

// readable returns the page holding addr for an instruction fetch or a load
// (nil for page 0 or a page that does not exist), recording the access when a
// witness is being taken. Fetches and loads keep separate one-page caches.
func (m *Memory) readable(addr uint32) *page {
	if addr < PageSize {
		return nil
	}
	if m.rec != nil {
		m.rec.access(m, addr, false)
	}
	return m.page(addr >> PageShift)
}

func (m *Memory) readPage(addr uint32) *page {
	if k := addr >> PageShift; k == m.rKey {
		return m.rPage
	}
	return m.readSlow(addr)
}

func (m *Memory) readSlow(addr uint32) *page {
	pg := m.readable(addr)
	if pg != nil && m.rec == nil {
		m.rKey, m.rPage = addr>>PageShift, pg
	}
	return pg
}

func (m *Memory) writePage(addr uint32) *page {
	if k := addr >> PageShift; k == m.wKey {
		return m.wPage
	}
	return m.writeSlow(addr)
}

func (m *Memory) writeSlow(addr uint32) *page {
	if addr < PageSize {
		return nil
	}
	if m.rec != nil {
		m.rec.access(m, addr, true)
	}
	p := addr >> PageShift
	pg := m.page(p)
	if pg == nil {
		return nil
	}
	pg = m.own(p, pg)
	if m.rec == nil {
		if pg.rootOK {
			m.markDirty(p, pg)
		}
		m.wKey, m.wPage = p, pg
	}
	return pg
}

// Pages returns the number of pages materialised so far (the VM's
// memory in use is Pages()·PageSize).
func (m *Memory) Pages() int { return m.pages.n }

// Load32 reads the aligned big-endian word at addr (addr&3 must be 0).
func (m *Memory) Load32(addr uint32) (uint32, error) {
	pg := m.page(addr >> PageShift)
	if pg == nil {
		return 0, m.err
	}
	return binary.BigEndian.Uint32(pg.data[addr&pageMask&^3:]), nil
}

// Store32 writes an aligned big-endian word outside the interpreter (loader,
// tests); it keeps the hash caches consistent.
func (m *Memory) Store32(addr uint32, v uint32) error {
	pg := m.page(addr >> PageShift)
	if pg == nil {
		return m.err
	}
	pg = m.own(addr>>PageShift, pg)
	binary.BigEndian.PutUint32(pg.data[addr&pageMask&^3:], v)
	if pg.rootOK {
		m.markDirty(addr>>PageShift, pg)
	}
	pg.treeOK = false
	m.flushCaches()
	return nil
}

// ReadBytes copies len(dst) bytes from addr on.
func (m *Memory) ReadBytes(addr uint32, dst []byte) error {
	for len(dst) > 0 {
		pg := m.page(addr >> PageShift)
		if pg == nil {
			return m.err
		}
		n := copy(dst, pg.data[addr&pageMask:])
		dst = dst[n:]
		addr += uint32(n)
	}
	return nil
}

// WriteBytes copies src to memory at addr.
func (m *Memory) WriteBytes(addr uint32, src []byte) error {
	for len(src) > 0 {
		p := addr >> PageShift
		pg := m.page(p)
		if pg == nil {
			return m.err
		}
		pg = m.own(p, pg)
		n := copy(pg.data[addr&pageMask:], src)
		if pg.rootOK {
			m.markDirty(p, pg)
		}
		pg.treeOK = false
		src = src[n:]
		addr += uint32(n)
	}
	m.flushCaches()
	return nil
}

// --- hashing ---

func (pg *page) computeRoot() merkle.Hash {
	if !pg.rootOK {
		if pg.treeOK {
			pg.root = pg.tree.Root()
		} else {
			r, _ := merkle.RootAt(pg.data[:], pageHeight)
			pg.root = r
		}
		pg.rootOK = true
	}
	return pg.root
}

func (pg *page) leafTree() *merkle.Tree {
	if !pg.treeOK {
		t, _ := merkle.NewTreeFromBytes(pg.data[:], pageHeight)
		pg.tree = t
		pg.treeOK = true
		pg.root = t.Root()
		pg.rootOK = true
	}
	return pg.tree
}

// settle recomputes the roots of dirty pages and invalidates their ancestors.
func (m *Memory) settle() {
	if len(m.dirty) >= parallelPages {
		m.hashPagesParallel()
	}
	for _, p := range m.dirty {
		pg := m.pages.get(p)
		if pg == nil || pg.rootOK {
			continue
		}
		pg.computeRoot()
		m.invalidateUp(p)
	}
	m.dirty = m.dirty[:0]
	// Stores after this point must mark their page dirty again.
	m.wKey, m.wPage = noPage, nil
}

// parallelPages is the number of dirty pages from which settle hashes pages
// on all CPUs.
const parallelPages = 32

// hashPagesParallel computes the roots of the dirty pages on GOMAXPROCS
// goroutines (pages are independent; the tree above is updated after).
func (m *Memory) hashPagesParallel() {
	procs := runtime.GOMAXPROCS(0)
	if procs < 2 {
		return
	}
	var wg sync.WaitGroup
	var next atomic.Int64
	for w := 0; w < procs; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1)) - 1
				if i >= len(m.dirty) {
					return
				}
				if pg := m.pages.get(m.dirty[i]); pg != nil && !pg.rootOK {
					pg.root, _ = merkle.RootAt(pg.data[:], pageHeight)
				}
			}
		}()
	}
	wg.Wait()
	// Mark them after the workers are done; settle invalidates ancestors.
	for _, p := range m.dirty {
		if pg := m.pages.get(p); pg != nil && !pg.rootOK {
			pg.rootOK = true
			m.invalidateUp(p)
		}
	}
}

// node returns the hash of upper node (l, i), computing stale nodes.
func (m *Memory) node(l int, i uint32) merkle.Hash {
	if l == 0 {
		if pg := m.pages.get(i); pg != nil {
			return pg.computeRoot()
		}
		if e, ok := m.nodes[0][i]; ok {
			return e.h
		}
		return merkle.Zero(pageHeight)
	}
	e, ok := m.nodes[l][i]
	if !ok {
		return merkle.Zero(pageHeight + l)
	}
	if e.ok {
		return e.h
	}
	a, b := m.node(l-1, 2*i), m.node(l-1, 2*i+1)
	h := merkle.Node(a, b)
	m.nodes[l][i] = nodeEntry{h: h, ok: true}
	return h
}

// Root returns the memory root. Its cost is proportional to the pages
// written since the last call.
func (m *Memory) Root() merkle.Hash {
	m.settle()
	return m.node(upperLevels, 0)
}

// Proof returns the leaf holding addr (the 32-byte word at addr&^31) and its
// 27 siblings, bottom-up, against Root().
func (m *Memory) Proof(addr uint32) (merkle.Hash, []merkle.Hash, error) {
	m.settle()
	p := addr >> PageShift
	pg := m.page(p)
	if pg == nil {
		return merkle.Hash{}, nil, m.err
	}
	m.settle() // a fresh page is dirty
	if pg.frozen {
		// A page shared with a snapshot (and maybe with other VMs running
		// in parallel) is never written, not even its cached leaf tree:
		// the proof comes from a private copy.
		pg = m.own(p, pg)
	}
	leafIdx := uint64(addr&pageMask) >> 5
	t := pg.leafTree()
	inner, err := t.Proof(0, leafIdx)
	if err != nil {
		return merkle.Hash{}, nil, err
	}
	proof := make([]merkle.Hash, 0, MemDepth)
	proof = append(proof, inner...)
	m.node(upperLevels, 0)
	for l := 0; l < upperLevels; l++ {
		proof = append(proof, m.node(l, (p>>l)^1))
	}
	return t.Leaf(leafIdx), proof, nil
}

// NodeProof returns the root of the aligned subtree of word height h holding
// addr and its 27-h siblings (h >= 7: a page or larger).
func (m *Memory) NodeProof(addr uint32, h int) (merkle.Hash, []merkle.Hash) {
	m.settle()
	l := h - pageHeight
	idx := addr >> (PageShift + l)
	sub := m.node(l, idx)
	proof := make([]merkle.Hash, 0, MemDepth-h)
	m.node(upperLevels, 0)
	for ; l < upperLevels; l++ {
		proof = append(proof, m.node(l, idx^1))
		idx >>= 1
	}
	return sub, proof
}

// updateLeafPath rewrites the hash path of the leaf at addr after a store in
// witness mode: 7 hashes inside the page and 20 above it.
func (m *Memory) updateLeafPath(addr uint32) {
	p := addr >> PageShift
	pg := m.pages.get(p)
	t := pg.leafTree()
	var w merkle.Hash
	off := addr & pageMask &^ 31
	copy(w[:], pg.data[off:off+32])
	_ = t.SetLeaf(uint64(off>>5), w)
	pg.root = t.Root()
	pg.rootOK = true
	i := p
	for l := 1; l <= upperLevels; l++ {
		i >>= 1
		h := merkle.Node(m.node(l-1, 2*i), m.node(l-1, 2*i+1))
		m.nodes[l][i] = nodeEntry{h: h, ok: true}
	}
}

// --- mapped regions ---

// padRoot lifts the root of a tree of height from to a tree of height to by
// adding zero right siblings.
func padRoot(r merkle.Hash, from, to int) merkle.Hash {
	for h := from; h < to; h++ {
		r = merkle.Node(r, merkle.Zero(h))
	}
	return r
}

// mapRegion places the blob with root root and tree height blobHeight at the
// aligned region [addr, addr+2^sizeLog2). Pages are fetched when touched.
func (m *Memory) mapRegion(addr uint32, sizeLog2 int, root merkle.Hash, blobHeight int) error {
	if sizeLog2 < PageShift || sizeLog2 > 31 {
		return fmt.Errorf("map: region size 2^%d outside [2^%d, 2^31]", sizeLog2, PageShift)
	}
	if addr&(1<<sizeLog2-1) != 0 {
		return fmt.Errorf("map: address %#x not aligned to 2^%d", addr, sizeLog2)
	}
	H := sizeLog2 - 5
	if blobHeight < 0 || blobHeight > H {
		return fmt.Errorf("map: blob height %d outside [0,%d]", blobHeight, H)
	}
	if err := m.prepareMap(addr, sizeLog2); err != nil {
		return err
	}
	m.settle()
	L := H - pageHeight
	idx := addr >> sizeLog2
	first := idx << L
	n := uint32(1) << L
	for p := first; p < first+n; p++ {
		m.pages.set(p, nil)
	}
	for l := 0; l < L; l++ {
		lo, hi := idx<<(L-l), (idx+1)<<(L-l)
		for k := range m.nodes[l] {
			if k >= lo && k < hi {
				delete(m.nodes[l], k)
			}
		}
	}
	// Drop regions that the new one covers.
	kept := m.regions[:0]
	for _, r := range m.regions {
		if r.level <= L && r.idx>>(L-r.level) == idx {
			continue
		}
		// A region that encloses the new one stays: the new one, listed
		// first, shadows the part it covers.
		kept = append(kept, r)
	}
	// New region first so that it wins lookups over an enclosing one.
	m.regions = append([]region{{level: L, idx: idx, root: root, blobHeight: blobHeight}}, kept...)
	m.nodes[L][idx] = nodeEntry{h: padRoot(root, blobHeight, H), ok: true}
	if L == 0 {
		m.invalidateUp(idx)
	} else {
		i := idx
		for l := L + 1; l <= upperLevels; l++ {
			i >>= 1
			m.nodes[l][i] = nodeEntry{}
		}
	}
	m.flushCaches()
	return nil
}

// prepareMap makes sure that the hashes around the region [addr,
// addr+2^sizeLog2) are known before it is replaced: when the region lies
// inside a lazily mapped one, the first page of the region is fetched, which
// records the sibling hashes on its path up to the enclosing region's root.
// A failure is a data-source error.
func (m *Memory) prepareMap(addr uint32, sizeLog2 int) error {
	p := addr >> PageShift
	if m.pages.get(p) != nil {
		return nil
	}
	L := sizeLog2 - PageShift
	for i := range m.regions {
		r := &m.regions[i]
		if r.level > L && r.contains(p) {
			if m.page(p) == nil {
				return m.err
			}
			return nil
		}
	}
	return nil
}

// fetch materialises page p of region r from the block source and checks it
// against the region's root.
func (m *Memory) fetch(r *region, p uint32) (*page, error) {
	q := p - r.firstPage()
	h := r.blobHeight
	blobPages := uint32(1)
	if h > pageHeight {
		blobPages = 1 << (h - pageHeight)
	}
	pg := &page{}
	var proof []merkle.Hash
	if q < blobPages {
		if m.source == nil {
			return nil, fmt.Errorf("%w: page %d of blob %s: no block source", ErrDataSource, q, r.root)
		}
		data, pr, err := m.source.Page(m.ctx, r.root, h, uint64(q))
		if err != nil {
			return nil, fmt.Errorf("%w: page %d of blob %s: %v", ErrDataSource, q, r.root, err)
		}
		if len(data) > PageSize {
			return nil, fmt.Errorf("%w: page %d of blob %s: %d bytes", ErrDataSource, q, r.root, len(data))
		}
		copy(pg.data[:], data)
		got := pg.computeRoot()
		if h >= pageHeight {
			if len(pr) != h-pageHeight || !merkle.Verify(r.root, got, uint64(q), pr) {
				return nil, fmt.Errorf("%w: page %d does not hash to blob root %s", ErrDataSource, q, r.root)
			}
		} else if got != padRoot(r.root, h, pageHeight) {
			return nil, fmt.Errorf("%w: page 0 does not hash to blob root %s", ErrDataSource, r.root)
		}
		proof = pr
	} else {
		pg.computeRoot()
	}
	// Record the siblings along the path inside the region, so that the
	// region root can be recomputed from materialised pages.
	for l := 0; l < r.level; l++ {
		sib := (q >> l) ^ 1
		var v merkle.Hash
		switch {
		case h-pageHeight > l:
			if q < blobPages {
				v = proof[l]
			} else {
				v = merkle.Zero(pageHeight + l)
			}
		case sib == 0:
			v = padRoot(r.root, h, pageHeight+l)
		default:
			v = merkle.Zero(pageHeight + l)
		}
		gi := (p >> l) ^ 1
		if l == 0 && m.pages.get(gi) != nil {
			continue
		}
		if _, ok := m.nodes[l][gi]; ok {
			continue
		}
		m.nodes[l][gi] = nodeEntry{h: v, ok: true}
	}
	m.pages.set(p, pg)
	delete(m.nodes[0], p)
	m.invalidateUp(p)
	return pg, nil
}

// pageTable maps page numbers to pages in two levels of 1024 entries.
type pageTable struct {
	dir [1024]*[1024]*page
	n   int
}

func (t *pageTable) get(p uint32) *page {
	if d := t.dir[p>>10]; d != nil {
		return d[p&1023]
	}
	return nil
}

func (t *pageTable) set(p uint32, pg *page) {
	d := t.dir[p>>10]
	if d == nil {
		if pg == nil {
			return
		}
		d = new([1024]*page)
		t.dir[p>>10] = d
	}
	if (d[p&1023] == nil) != (pg == nil) {
		if pg == nil {
			t.n--
		} else {
			t.n++
		}
	}
	d[p&1023] = pg
}

// each calls f for every present page in increasing order.
func (t *pageTable) each(f func(p uint32, pg *page)) {
	for i, d := range t.dir {
		if d == nil {
			continue
		}
		for j, pg := range d {
			if pg != nil {
				f(uint32(i)<<10|uint32(j), pg)
			}
		}
	}
}

func (t *pageTable) reset() { *t = pageTable{} }
