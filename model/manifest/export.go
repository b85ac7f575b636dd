package manifest

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"runtime"
	"sort"

	"github.com/rmsnet/rms/merkle"
	"github.com/rmsnet/rms/model"
	"github.com/rmsnet/rms/model/gguf"
)

// ReadBlob returns the bytes of blob b, fetching every chunk with get and
// checking it (CheckChunk). Use it for small blobs (header, program, index).
func ReadBlob(ctx context.Context, get BlockGetter, b *Blob) ([]byte, error) {
	var out bytes.Buffer
	if err := streamBlob(ctx, get, b, 0, func(p []byte) error { out.Write(p); return nil }); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

// streamBlob passes the bytes of b after the first skip bytes of its
// stream (the length word is always skipped), chunk by chunk in order, to
// emit. Chunks are fetched and checked (CheckChunk: sha2-256 and word-tree
// root) on up to GOMAXPROCS goroutines, at most 2 × GOMAXPROCS chunks
// ahead of emit.
func streamBlob(ctx context.Context, get BlockGetter, b *Blob, skip int, emit func([]byte) error) error {
	skip += merkle.WordSize
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	type result struct {
		data []byte
		err  error
	}
	n := len(b.Chunks)
	results := make([]chan result, n)
	for i := range results {
		results[i] = make(chan result, 1)
	}
	workers := max(runtime.GOMAXPROCS(0), 1)
	ahead := make(chan struct{}, 2*workers)
	busy := make(chan struct{}, workers)
	go func() {
		for i := range n {
			select {
			case ahead <- struct{}{}:
			case <-ctx.Done():
				return
			}
			go func() {
				busy <- struct{}{}
				defer func() { <-busy }()
				data, err := get.GetBlock(ctx, b.Chunks[i].CID())
				if err != nil {
					err = fmt.Errorf("chunk %d: %w", i, err)
				} else {
					err = b.CheckChunk(i, data)
				}
				results[i] <- result{data, err}
			}()
		}
	}()
	for i := range n {
		var r result
		select {
		case r = <-results[i]:
		case <-ctx.Done():
			return ctx.Err()
		}
		<-ahead
		if r.err != nil {
			return r.err
		}
		data := r.data
		if i == 0 {
			if len(data) < skip {
				return fmt.Errorf("%w: chunk 0 shorter than the %d bytes before the data", ErrCorrupt, skip)
			}
			data = data[skip:]
		}
		if err := emit(data); err != nil {
			return err
		}
	}
	return nil
}

// Write writes the original file to w: the header, each tensor's element
// bytes at its offset, zero padding between them. Every chunk of every blob
// (program and index too, so that a node that wrote a model can serve all
// of it) is fetched with get and checked against the manifest, and every
// tensor's encoded header against its type and shape. progress, if not nil,
// is called with the file bytes written.
func Write(ctx context.Context, get BlockGetter, m *Manifest, w io.Writer, progress Progress) error {
	if err := write(ctx, get, m, w, progress); err != nil {
		return fmt.Errorf("manifest: write: %w", err)
	}
	return nil
}

// Verify fetches and checks every chunk as Write does, without writing.
func Verify(ctx context.Context, get BlockGetter, m *Manifest, progress Progress) error {
	if err := write(ctx, get, m, io.Discard, progress); err != nil {
		return fmt.Errorf("manifest: verify: %w", err)
	}
	return nil
}

type countWriter struct {
	w        io.Writer
	n, total uint64
	progress Progress
}

func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += uint64(n)
	if c.progress != nil {
		c.progress(c.n, c.total)
	}
	return n, err
}

func (c *countWriter) zeros(n uint64) error {
	var z [32 << 10]byte
	for n > 0 {
		k := min(n, uint64(len(z)))
		if _, err := c.Write(z[:k]); err != nil {
			return err
		}
		n -= k
	}
	return nil
}

func write(ctx context.Context, get BlockGetter, m *Manifest, w io.Writer, progress Progress) error {
	if m.Program != nil {
		p, err := ReadBlob(ctx, get, m.Program)
		if err != nil {
			return fmt.Errorf("program: %w", err)
		}
		if _, err := model.DecodeProgram(p); err != nil {
			return fmt.Errorf("program: %w", err)
		}
	}
	if _, err := ReadBlob(ctx, get, &m.Index); err != nil {
		return fmt.Errorf("index: %w", err)
	}
	cw := &countWriter{w: w, total: m.FileSize, progress: progress}
	if err := streamBlob(ctx, get, &m.Header, 0, func(p []byte) error { _, err := cw.Write(p); return err }); err != nil {
		return fmt.Errorf("header: %w", err)
	}
	order := make([]*Tensor, len(m.Tensors))
	for i := range m.Tensors {
		order[i] = &m.Tensors[i]
	}
	sort.Slice(order, func(i, j int) bool { return order[i].Offset < order[j].Offset })
	for _, t := range order {
		if err := cw.zeros(m.Header.Length + t.Offset - cw.n); err != nil {
			return err
		}
		var hdr []byte
		if !t.Raw() {
			var err error
			if hdr, err = model.EncodeHeader(t.DType(), t.Shape()); err != nil {
				return fmt.Errorf("tensor %q: %w", t.Name, err)
			}
		}
		first := len(hdr) > 0
		err := streamBlob(ctx, get, &t.Blob, 0, func(p []byte) error {
			if first {
				first = false
				if len(p) < len(hdr) || !bytes.Equal(p[:len(hdr)], hdr) {
					return fmt.Errorf("%w: encoded header does not match %s %v", ErrCorrupt, t.DType(), t.Shape())
				}
				p = p[len(hdr):]
			}
			_, err := cw.Write(p)
			return err
		})
		if err != nil {
			return fmt.Errorf("tensor %q: %w", t.Name, err)
		}
	}
	if err := cw.zeros(m.FileSize - cw.n); err != nil {
		return err
	}
	return nil
}

// CheckGGUF checks that b, a whole GGUF file, is what m describes: it
// parses, its data section starts where the header blob ends, and its
// tensors have the names, types, dimensions and offsets of the manifest.
// With Write it shows that a file written from a manifest holds the tensors
// the model root commits to (the header blob is opaque to the manifest).
func (m *Manifest) CheckGGUF(b []byte) error {
	f, err := gguf.Parse(b)
	if err != nil {
		return fmt.Errorf("manifest: file: %w", err)
	}
	if uint64(len(b)) != m.FileSize {
		return fmt.Errorf("manifest: file has %d bytes, manifest says %d", len(b), m.FileSize)
	}
	if len(f.Tensors) != len(m.Tensors) {
		return fmt.Errorf("manifest: file has %d tensors, manifest %d", len(f.Tensors), len(m.Tensors))
	}
	if len(f.Tensors) > 0 && f.DataOffset() != m.Header.Length {
		return fmt.Errorf("manifest: file's data section starts at %d, the header blob has %d bytes", f.DataOffset(), m.Header.Length)
	}
	for _, gt := range f.Tensors {
		t, ok := m.Tensor(gt.Name)
		if !ok {
			return fmt.Errorf("manifest: file's tensor %q is not in the manifest", gt.Name)
		}
		if t.Type != gt.Type || t.Offset != gt.Offset || fmt.Sprint(t.Dims) != fmt.Sprint(gt.Dims) {
			return fmt.Errorf("manifest: tensor %q: file has type %d dims %v offset %d, manifest type %d dims %v offset %d",
				gt.Name, gt.Type, gt.Dims, gt.Offset, t.Type, t.Dims, t.Offset)
		}
	}
	return nil
}
