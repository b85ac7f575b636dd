package gguf

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestReadFileRefusesNonRegular: devices, directories and pipes are refused
// before a byte is read (reading /dev/zero whole used to run out of memory).
func TestReadFileRefusesNonRegular(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "fifo")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{"/dev/zero", "/dev/urandom", dir, fifo} {
		for name, read := range map[string]func(string) error{
			"ReadFile": func(p string) error { _, err := ReadFile(p); return err },
			"Open":     func(p string) error { m, err := Open(p); m.closeIfOpen(); return err },
		} {
			start := time.Now()
			err := read(path)
			if err == nil || !strings.Contains(err.Error(), "not a regular file") {
				t.Errorf("%s(%s): err = %v, want not a regular file", name, path, err)
			}
			if d := time.Since(start); d > 5*time.Second {
				t.Errorf("%s(%s) took %v", name, path, d)
			}
		}
	}
}

func (m *Mapped) closeIfOpen() {
	if m != nil {
		m.Close()
	}
}

// TestReadFileChecksHeaderFirst: a large file with a wrong header is refused
// from its first bytes, and a valid file followed by gigabytes that no
// tensor covers reads only the tensors (the file is sparse: nothing of the
// tail is on disk, and reading it whole would take gigabytes of memory).
func TestReadFileChecksHeaderFirst(t *testing.T) {
	dir := t.TempDir()
	const huge = 4 << 30
	bad := filepath.Join(dir, "bad.gguf")
	if err := os.WriteFile(bad, []byte("GGML"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(bad, huge); err != nil {
		t.Fatal(err)
	}
	for name, read := range map[string]func(string) error{
		"ReadFile": func(p string) error { _, err := ReadFile(p); return err },
		"Open":     func(p string) error { m, err := Open(p); m.closeIfOpen(); return err },
	} {
		if err := read(bad); err == nil || !strings.Contains(err.Error(), `magic: "GGML"`) {
			t.Errorf("%s: err = %v, want a magic error", name, err)
		}
	}

	good, err := sample().Encode()
	if err != nil {
		t.Fatal(err)
	}
	tail := filepath.Join(dir, "tail.gguf")
	if err := os.WriteFile(tail, good, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(tail, huge); err != nil {
		t.Fatal(err)
	}
	f, err := ReadFile(tail)
	if err != nil {
		t.Fatal(err)
	}
	m, err := Open(tail)
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	want := sample()
	for i, w := range want.Tensors {
		if !bytes.Equal(f.Tensors[i].Data, w.Data) || !bytes.Equal(m.Tensors[i].Data, w.Data) {
			t.Fatalf("tensor %q: read %x, mapped %x, want %x", w.Name, f.Tensors[i].Data, m.Tensors[i].Data, w.Data)
		}
	}

	// A file cut inside its tensor data is refused by both, naming the tensor.
	cut := filepath.Join(dir, "cut.gguf")
	if err := os.WriteFile(cut, good[:len(good)-62], 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := ReadFile(cut); err == nil || !strings.Contains(err.Error(), "outside") {
		t.Errorf("cut file: err = %v", err)
	}
	if _, err := Open(cut); err == nil || !strings.Contains(err.Error(), "outside") {
		t.Errorf("cut file: Open err = %v", err)
	}
	if _, err := ReadFile(filepath.Join(dir, "missing.gguf")); err == nil {
		t.Error("missing file: no error")
	}
}
