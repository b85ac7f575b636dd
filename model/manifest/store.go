package manifest

import (
	"context"
	"crypto/sha256"
	"fmt"
	"runtime"
	"sort"
	"sync"

	"github.com/ipfs/go-cid"
	"github.com/rmsnet/rms/merkle"
	"github.com/rmsnet/rms/model"
	"github.com/rmsnet/rms/model/gguf"
)

// BlockPutter stores raw blocks (p2p.Blocks and p2p.Store are ones).
type BlockPutter interface {
	// PutBlock stores data as one raw block and returns its CIDv1.
	PutBlock(ctx context.Context, data []byte) (cid.Cid, error)
}

// BlockGetter returns raw blocks, from a local store or the network.
type BlockGetter interface {
	GetBlock(ctx context.Context, c cid.Cid) ([]byte, error)
}

// Progress reports bytes done out of a total.
type Progress func(done, total uint64)

// Import stores the GGUF file b as chunks through put and returns its
// manifest (not yet stored; see Encode). The file must parse as GGUF, and
// the bytes between and after tensors must be zero (alignment padding),
// since only the header and the tensors are kept. Chunks are hashed on all
// cores; progress, if not nil, is called with the bytes of the file done.
func Import(ctx context.Context, put BlockPutter, b []byte, progress Progress) (*Manifest, error) {
	m, parts, err := plan(b)
	if err != nil {
		return nil, fmt.Errorf("manifest: import: %w", err)
	}
	var done uint64
	total := uint64(len(b))
	if err := storeParts(ctx, put, parts, &done, total, progress); err != nil {
		return nil, fmt.Errorf("manifest: import: %w", err)
	}
	enc, err := m.encodeIndex()
	if err != nil {
		return nil, fmt.Errorf("manifest: import: %w", err)
	}
	ip := []part{{blob: &m.Index, head: lengthWord(uint64(len(enc))), data: enc}}
	if err := storeParts(ctx, put, ip, &done, total, progress); err != nil {
		return nil, fmt.Errorf("manifest: import: %w", err)
	}
	if _, err := m.Encode(); err != nil {
		return nil, fmt.Errorf("manifest: import: %w", err)
	}
	return m, nil
}

// part is the stream of one blob: head (length word and, for a tensor, its
// header) followed by data, a slice of the file.
type part struct {
	blob *Blob
	head []byte
	data []byte
}

func (p *part) size() uint64 { return uint64(len(p.head) + len(p.data)) }

// chunk returns chunk i of the stream (a copy only where it spans head and
// data).
func (p *part) chunk(i int, cs int) []byte {
	lo := uint64(i) * uint64(cs)
	hi := min(lo+uint64(cs), p.size())
	h := uint64(len(p.head))
	if lo >= h {
		return p.data[lo-h : hi-h]
	}
	out := make([]byte, 0, hi-lo)
	out = append(out, p.head[lo:min(hi, h)]...)
	if hi > h {
		out = append(out, p.data[:hi-h]...)
	}
	return out
}

// plan parses b and lays out the manifest's blobs (without chunks).
func plan(b []byte) (*Manifest, []part, error) {
	f, err := gguf.Parse(b)
	if err != nil {
		return nil, nil, fmt.Errorf("%w: not a valid GGUF file: %w", ErrCorrupt, err)
	}
	arch, _ := f.Get(model.KeyArchitecture)
	archStr, ok := arch.(string)
	if !ok || archStr == "" || len(archStr) > maxStr {
		return nil, nil, fmt.Errorf("%s missing, not a string, or longer than %d bytes", model.KeyArchitecture, maxStr)
	}
	start := dataStart(f, b)
	m := &Manifest{Format: FormatGGUF, Architecture: archStr, FileSize: uint64(len(b))}
	parts := []part{{blob: &m.Header, data: b[:start]}}
	if v, ok := f.Get(model.KeyProgram); ok {
		pb, ok := v.([]uint8)
		if !ok {
			return nil, nil, fmt.Errorf("%s is %T, want an array of uint8", model.KeyProgram, v)
		}
		if _, err := model.DecodeProgram(pb); err != nil {
			return nil, nil, fmt.Errorf("%s: %w", model.KeyProgram, err)
		}
		m.Program = &Blob{}
		parts = append(parts, part{blob: m.Program, data: pb})
	}
	ts := make([]gguf.Tensor, len(f.Tensors))
	copy(ts, f.Tensors)
	sort.Slice(ts, func(i, j int) bool { return ts[i].Name < ts[j].Name })
	m.Tensors = make([]Tensor, len(ts))
	for i, gt := range ts {
		if gt.Name == model.IndexHeader {
			return nil, nil, fmt.Errorf("tensor %q: the name of the header's index entry", gt.Name)
		}
		t := &m.Tensors[i]
		t.Name, t.Type, t.Dims, t.Offset = gt.Name, gt.Type, append([]uint64(nil), gt.Dims...), gt.Offset
		var hdr []byte
		if !t.Raw() {
			if hdr, err = model.EncodeHeader(t.DType(), t.Shape()); err != nil {
				return nil, nil, fmt.Errorf("tensor %q: %w", gt.Name, err)
			}
		}
		head := append(lengthWord(uint64(len(hdr)+len(gt.Data))), hdr...)
		parts = append(parts, part{blob: &t.Blob, head: head, data: gt.Data})
	}
	if err := checkGaps(b, start, ts); err != nil {
		return nil, nil, err
	}
	for i := range parts {
		if parts[i].head == nil {
			parts[i].head = lengthWord(uint64(len(parts[i].data)))
		}
	}
	return m, parts, nil
}

// dataStart is where the header blob of the GGUF file b (parsed as f) ends:
// the start of its data section, or the end of the file when it has no
// tensors (then every byte is the header's).
func dataStart(f *gguf.File, b []byte) uint64 {
	if len(f.Tensors) == 0 {
		return uint64(len(b))
	}
	return f.DataOffset()
}

// checkGaps refuses files with nonzero bytes outside the header and the
// tensors (only those two are stored).
func checkGaps(b []byte, start uint64, ts []gguf.Tensor) error {
	type span struct{ lo, hi uint64 }
	spans := make([]span, len(ts))
	for i, t := range ts {
		spans[i] = span{start + t.Offset, start + t.Offset + uint64(len(t.Data))}
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i].lo < spans[j].lo })
	pos := start
	check := func(lo, hi uint64) error {
		for o := lo; o < hi; o++ {
			if b[o] != 0 {
				return fmt.Errorf("byte %d (between tensors) is %d, not padding: only the header and the tensors are stored", o, b[o])
			}
		}
		return nil
	}
	for _, s := range spans {
		if err := check(pos, s.lo); err != nil {
			return err
		}
		pos = s.hi
	}
	return check(pos, uint64(len(b)))
}

// storeParts cuts every part into chunks, hashes them on all cores, stores
// them and sets each part's blob.
func storeParts(ctx context.Context, put BlockPutter, parts []part, done *uint64, total uint64, progress Progress) error {
	type job struct {
		p *part
		i int
	}
	for i := range parts {
		p := &parts[i]
		n := int((p.size() + ChunkSize - 1) / ChunkSize)
		*p.blob = Blob{Length: p.size() - merkle.WordSize, ChunkSize: ChunkSize, Chunks: make([]Chunk, n)}
	}
	jobs := make(chan job)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var (
		wg    sync.WaitGroup
		mu    sync.Mutex
		first error
	)
	fail := func(err error) {
		mu.Lock()
		if first == nil {
			first = err
		}
		mu.Unlock()
		cancel()
	}
	for range max(runtime.GOMAXPROCS(0), 1) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				b := j.p.blob
				data := j.p.chunk(j.i, ChunkSize)
				r, err := merkle.RootAt(data, b.ChunkHeight())
				if err != nil {
					fail(err)
					continue
				}
				ch := Chunk{Digest: sha256.Sum256(data), Root: r}
				if b.Height() <= b.ChunkHeight() {
					// The only chunk is the whole stream.
					if b.Root, err = merkle.RootAt(data, b.Height()); err != nil {
						fail(err)
						continue
					}
				}
				c, err := put.PutBlock(ctx, data)
				if err != nil {
					fail(err)
					continue
				}
				if c != ch.CID() {
					fail(fmt.Errorf("store returned CID %s for a block named %s", c, ch.CID()))
					continue
				}
				b.Chunks[j.i] = ch
				if progress != nil {
					mu.Lock()
					*done += uint64(len(data))
					progress(min(*done, total), total)
					mu.Unlock()
				}
			}
		}()
	}
feed:
	for i := range parts {
		for c := range parts[i].blob.Chunks {
			select {
			case jobs <- job{&parts[i], c}:
			case <-ctx.Done():
				break feed
			}
		}
	}
	close(jobs)
	wg.Wait()
	if first != nil {
		return first
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	for i := range parts {
		if b := parts[i].blob; b.Height() > b.ChunkHeight() {
			b.Root = upperRoot(b)
		}
	}
	return nil
}

// upperRoot is the root of a blob of more than one chunk from its chunk
// roots: the tree of height Height whose subtrees of chunk height are the
// chunks, zero subtrees past the last one.
func upperRoot(b *Blob) merkle.Hash {
	level := make([]merkle.Hash, len(b.Chunks))
	for i, c := range b.Chunks {
		level[i] = c.Root
	}
	for l := b.ChunkHeight(); l < b.Height(); l++ {
		next := make([]merkle.Hash, (len(level)+1)/2)
		for i := range next {
			right := merkle.Zero(l)
			if 2*i+1 < len(level) {
				right = level[2*i+1]
			}
			next[i] = merkle.Node(level[2*i], right)
		}
		level = next
	}
	return level[0]
}
