package vm

import (
	"encoding/binary"
	"errors"
	"os"
	"path/filepath"
	"testing"
)

func helloELF(t testing.TB) []byte {
	b, err := os.ReadFile(filepath.Join(buildProgs(t), "hello"))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// phdr returns the offset of program header i.
func phdr(b []byte, i int) int {
	be := binary.BigEndian
	return int(be.Uint32(b[28:])) + i*int(be.Uint16(b[42:]))
}

// firstLoads returns the indexes of the first two PT_LOAD headers.
func firstLoads(b []byte) (int, int) {
	be := binary.BigEndian
	n := int(be.Uint16(b[44:]))
	var idx []int
	for i := 0; i < n; i++ {
		if be.Uint32(b[phdr(b, i):]) == ptLoad {
			idx = append(idx, i)
		}
	}
	return idx[0], idx[1]
}

func TestLoadELFRejects(t *testing.T) {
	good := helloELF(t)
	if _, err := LoadELF(good); err != nil {
		t.Fatalf("real guest rejected: %v", err)
	}
	be := binary.BigEndian
	l0, l1 := firstLoads(good)
	tests := []struct {
		name string
		edit func(b []byte) []byte
		want error
	}{
		{"empty", func(b []byte) []byte { return nil }, ErrNotELF},
		{"magic", func(b []byte) []byte { b[1] = 'X'; return b }, ErrNotELF},
		{"64-bit", func(b []byte) []byte { b[4] = 2; return b }, ErrELFClass},
		{"little-endian", func(b []byte) []byte { b[5] = 1; return b }, ErrELFEndian},
		{"machine", func(b []byte) []byte { be.PutUint16(b[18:], 62); return b }, ErrELFMachine},
		{"shared object", func(b []byte) []byte { be.PutUint16(b[16:], 3); return b }, ErrELFType},
		{"interp", func(b []byte) []byte { be.PutUint32(b[phdr(b, 0):], ptInterp); return b }, ErrELFDynamic},
		{"dynamic", func(b []byte) []byte { be.PutUint32(b[phdr(b, 0):], ptDynamic); return b }, ErrELFDynamic},
		{"truncated headers", func(b []byte) []byte { return b[:60] }, ErrELFTruncated},
		{"truncated segment", func(b []byte) []byte { return b[:len(b)/3] }, ErrELFTruncated},
		{"filesz > memsz", func(b []byte) []byte {
			h := phdr(b, l1)
			be.PutUint32(b[h+20:], be.Uint32(b[h+16:])-1)
			return b
		}, ErrELFOversized},
		{"past program limit", func(b []byte) []byte {
			h := phdr(b, l1)
			be.PutUint32(b[h+20:], 0xf0000000)
			return b
		}, ErrELFOversized},
		{"overlap", func(b []byte) []byte {
			h0, h1 := phdr(b, l0), phdr(b, l1)
			be.PutUint32(b[h1+8:], be.Uint32(b[h0+8:])+8)
			return b
		}, ErrELFOverlap},
		{"entry", func(b []byte) []byte { be.PutUint32(b[24:], 0x100); return b }, ErrELFEntry},
		{"no segments", func(b []byte) []byte { be.PutUint16(b[44:], 0); return b }, ErrELFNoSegments},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := tt.edit(append([]byte(nil), good...))
			_, err := LoadELF(b)
			if !errors.Is(err, tt.want) {
				t.Fatalf("err = %v, want %v", err, tt.want)
			}
		})
	}
}

func FuzzLoadELF(f *testing.F) {
	// A small valid executable: header, one PT_LOAD, one instruction.
	f.Add(tinyELF(0x10000, []byte{0x03, 0xe0, 0x00, 0x08}))
	f.Add([]byte("\x7fELF\x01\x02\x01"))
	f.Fuzz(func(t *testing.T, b []byte) {
		p, err := LoadELF(b)
		if err != nil {
			return
		}
		if len(p.Segments) == 0 {
			t.Fatal("accepted without segments")
		}
		for i, s := range p.Segments {
			if uint64(s.Vaddr)+uint64(s.Memsz) > ProgramLimit || uint32(len(s.Data)) > s.Memsz {
				t.Fatalf("segment %d accepted out of bounds", i)
			}
			if i > 0 && p.Segments[i-1].Vaddr+p.Segments[i-1].Memsz > s.Vaddr {
				t.Fatal("overlap accepted")
			}
		}
		if _, err := New(p, WithoutRuntimePatches()); err != nil {
			t.Fatal(err)
		}
	})
}

// tinyELF builds a static MIPS32 executable with one RX segment at vaddr.
func tinyELF(vaddr uint32, code []byte) []byte {
	be := binary.BigEndian
	b := make([]byte, 52+32)
	copy(b, "\x7fELF\x01\x02\x01")
	be.PutUint16(b[16:], 2)
	be.PutUint16(b[18:], 8)
	be.PutUint32(b[20:], 1)
	be.PutUint32(b[24:], vaddr+84)
	be.PutUint32(b[28:], 52)
	be.PutUint16(b[40:], 52)
	be.PutUint16(b[42:], 32)
	be.PutUint16(b[44:], 1)
	h := b[52:]
	be.PutUint32(h[0:], ptLoad)
	be.PutUint32(h[4:], 0)
	be.PutUint32(h[8:], vaddr)
	be.PutUint32(h[12:], vaddr)
	be.PutUint32(h[16:], uint32(84+len(code)))
	be.PutUint32(h[20:], uint32(84+len(code)))
	be.PutUint32(h[24:], 5)
	return append(b, code...)
}

func TestTinyELF(t *testing.T) {
	// li a0, 7 ; li v0, exit_group ; syscall
	code := []uint32{iType(0x09, 0, 4, 7), iType(0x09, 0, 2, sysExitGroup), 0x0c}
	var b []byte
	for _, c := range code {
		b = binary.BigEndian.AppendUint32(b, c)
	}
	p, err := LoadELF(tinyELF(0x10000, b))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := New(p); !errors.Is(err, ErrNoSymbols) {
		t.Fatalf("runtime patches on a program without symbols: %v", err)
	}
	v, err := New(p, WithoutRuntimePatches())
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 5; i++ {
		_ = v.Step()
	}
	if s := v.State(); s.Status != StatusExited || s.ExitCode != 7 || s.Step != 3 {
		t.Fatalf("status %d code %d steps %d", s.Status, s.ExitCode, s.Step)
	}
}
