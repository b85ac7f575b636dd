package gguf

import "fmt"

// Mapped is a GGUF file whose tensor data lies in a read-only memory map of
// the file (on platforms without mmap, in memory read by offset). Tensor
// Data slices are valid until Close.
type Mapped struct {
	*File
	close func() error
}

// Open parses the GGUF file at path like ReadFile (a regular file, header
// checked first) but maps the file instead of reading its tensors, so a
// model of any size costs only the pages a computation touches.
func Open(path string) (*Mapped, error) {
	fh, size, err := openRegular(path)
	if err != nil {
		return nil, err
	}
	defer fh.Close()
	f, start, err := parseHeader(fh, size, false)
	if err != nil {
		return nil, fmt.Errorf("open gguf %s: %w", path, err)
	}
	data, unmap, err := mapFile(fh, size)
	if err != nil {
		return nil, fmt.Errorf("open gguf %s: %w", path, err)
	}
	for i := range f.Tensors {
		t := &f.Tensors[i]
		_, n, _ := elements(t)
		t.Data = data[start+t.Offset : start+t.Offset+n : start+t.Offset+n]
	}
	return &Mapped{File: f, close: unmap}, nil
}

// Close releases the mapping; the tensors' Data must not be used after it.
func (m *Mapped) Close() error {
	if m.close == nil {
		return nil
	}
	err := m.close()
	m.close = nil
	for i := range m.Tensors {
		m.Tensors[i].Data = nil
	}
	return err
}
