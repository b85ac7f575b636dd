package vm

import (
	"bytes"
	"debug/buildinfo"
	"debug/elf"
	"encoding/binary"
	"errors"
	"fmt"
	"sort"
)

// Errors of the ELF loader; each rejection wraps one of them.
var (
	ErrNotELF        = errors.New("not an ELF file")
	ErrELFClass      = errors.New("not a 32-bit ELF file")
	ErrELFEndian     = errors.New("not a big-endian ELF file")
	ErrELFMachine    = errors.New("not a MIPS executable")
	ErrELFType       = errors.New("not a static executable (ET_EXEC)")
	ErrELFDynamic    = errors.New("dynamically linked executable")
	ErrELFTruncated  = errors.New("range outside the file")
	ErrELFOverlap    = errors.New("overlapping segments")
	ErrELFOversized  = errors.New("oversized segment")
	ErrELFEntry      = errors.New("entry point outside executable segments")
	ErrELFHeader     = errors.New("malformed ELF header")
	ErrELFNoSegments = errors.New("no loadable segment")
)

// Address-space layout of the VM.
const (
	// ProgramLimit is the end of the area that ELF segments may occupy.
	ProgramLimit = 0x3000_0000
	// HeapStart is where the mmap bump allocator starts.
	HeapStart = 0x4000_0000
	// StackTop is the initial top of the stack (it grows down).
	StackTop = 0x7fff_f000
	// MaxImageBytes bounds the memory size of all loaded segments.
	MaxImageBytes = 256 << 20
)

// Segment is one PT_LOAD segment.
type Segment struct {
	Vaddr uint32
	Data  []byte // file bytes; the rest up to Memsz is zero
	Memsz uint32
	Exec  bool
}

// Program is a validated static MIPS32 executable.
type Program struct {
	Entry    uint32
	Segments []Segment
	// Symbols maps function names to addresses and sizes (from .symtab when
	// present), for runtime patches and diagnostics.
	Symbols map[string]Symbol
	End     uint32 // end of the highest segment
	// GoVersion is the Go toolchain that built the program, from its build
	// information ("go1.26.8"), or "" when it has none.
	GoVersion string
}

// Symbol is an ELF symbol.
type Symbol struct {
	Addr, Size uint32
}

const (
	ptLoad    = 1
	ptDynamic = 2
	ptInterp  = 3
	pfX       = 1
)

// LoadELF validates a static big-endian MIPS32 executable and returns its
// segments. It never panics on malformed input.
func LoadELF(b []byte) (*Program, error) {
	if len(b) < 52 || !bytes.Equal(b[:4], []byte{0x7f, 'E', 'L', 'F'}) {
		return nil, fmt.Errorf("load elf: %w", ErrNotELF)
	}
	if b[4] != 1 {
		return nil, fmt.Errorf("load elf: %w (class %d)", ErrELFClass, b[4])
	}
	if b[5] != 2 {
		return nil, fmt.Errorf("load elf: %w (data encoding %d)", ErrELFEndian, b[5])
	}
	be := binary.BigEndian
	etype := be.Uint16(b[16:])
	machine := be.Uint16(b[18:])
	if machine != 8 { // EM_MIPS
		return nil, fmt.Errorf("load elf: %w (machine %d)", ErrELFMachine, machine)
	}
	if etype != 2 {
		return nil, fmt.Errorf("load elf: %w (type %d)", ErrELFType, etype)
	}
	entry := be.Uint32(b[24:])
	phoff := uint64(be.Uint32(b[28:]))
	phentsize := uint64(be.Uint16(b[42:]))
	phnum := uint64(be.Uint16(b[44:]))
	if phnum == 0 {
		return nil, fmt.Errorf("load elf: %w", ErrELFNoSegments)
	}
	if phentsize < 32 {
		return nil, fmt.Errorf("load elf: %w: program header entry size %d", ErrELFHeader, phentsize)
	}
	if phoff+phentsize*phnum > uint64(len(b)) {
		return nil, fmt.Errorf("load elf: %w: program headers at %d+%d*%d, file has %d bytes", ErrELFTruncated, phoff, phnum, phentsize, len(b))
	}
	prog := &Program{Entry: entry}
	var total uint64
	for i := uint64(0); i < phnum; i++ {
		h := b[phoff+i*phentsize:]
		typ := be.Uint32(h[0:])
		off := uint64(be.Uint32(h[4:]))
		vaddr := uint64(be.Uint32(h[8:]))
		filesz := uint64(be.Uint32(h[16:]))
		memsz := uint64(be.Uint32(h[20:]))
		flags := be.Uint32(h[24:])
		switch typ {
		case ptInterp:
			return nil, fmt.Errorf("load elf: %w (PT_INTERP)", ErrELFDynamic)
		case ptDynamic:
			return nil, fmt.Errorf("load elf: %w (PT_DYNAMIC)", ErrELFDynamic)
		case ptLoad:
		default:
			continue
		}
		if off+filesz > uint64(len(b)) {
			return nil, fmt.Errorf("load elf: segment %d: %w: file bytes [%d,%d) of %d", i, ErrELFTruncated, off, off+filesz, len(b))
		}
		if filesz > memsz {
			return nil, fmt.Errorf("load elf: segment %d: %w: file size %d > memory size %d", i, ErrELFOversized, filesz, memsz)
		}
		if vaddr+memsz > ProgramLimit {
			return nil, fmt.Errorf("load elf: segment %d: %w: [%#x,%#x) ends past %#x", i, ErrELFOversized, vaddr, vaddr+memsz, ProgramLimit)
		}
		total += memsz
		if total > MaxImageBytes {
			return nil, fmt.Errorf("load elf: %w: segments need %d bytes, limit %d", ErrELFOversized, total, MaxImageBytes)
		}
		if memsz == 0 {
			continue
		}
		prog.Segments = append(prog.Segments, Segment{
			Vaddr: uint32(vaddr),
			Data:  b[off : off+filesz],
			Memsz: uint32(memsz),
			Exec:  flags&pfX != 0,
		})
	}
	if len(prog.Segments) == 0 {
		return nil, fmt.Errorf("load elf: %w", ErrELFNoSegments)
	}
	sort.Slice(prog.Segments, func(i, j int) bool { return prog.Segments[i].Vaddr < prog.Segments[j].Vaddr })
	okEntry := false
	for i, s := range prog.Segments {
		end := s.Vaddr + s.Memsz
		if i+1 < len(prog.Segments) && end > prog.Segments[i+1].Vaddr {
			return nil, fmt.Errorf("load elf: %w: [%#x,%#x) and [%#x,...)", ErrELFOverlap, s.Vaddr, end, prog.Segments[i+1].Vaddr)
		}
		if s.Exec && entry >= s.Vaddr && entry < end && entry&3 == 0 {
			okEntry = true
		}
		if end > prog.End {
			prog.End = end
		}
	}
	if !okEntry {
		return nil, fmt.Errorf("load elf: %w (%#x)", ErrELFEntry, entry)
	}
	prog.Symbols = readSymbols(b)
	if bi, err := buildinfo.Read(bytes.NewReader(b)); err == nil {
		prog.GoVersion = bi.GoVersion
	}
	return prog, nil
}

// readSymbols returns the function symbols of the file, or nil when there is
// no readable symbol table (symbols are optional).
func readSymbols(b []byte) (syms map[string]Symbol) {
	defer func() {
		if recover() != nil {
			syms = nil
		}
	}()
	f, err := elf.NewFile(bytes.NewReader(b))
	if err != nil {
		return nil
	}
	list, err := f.Symbols()
	if err != nil {
		return nil
	}
	syms = make(map[string]Symbol, len(list))
	for _, s := range list {
		if elf.ST_TYPE(s.Info) != elf.STT_FUNC {
			continue
		}
		syms[s.Name] = Symbol{Addr: uint32(s.Value), Size: uint32(s.Size)}
	}
	return syms
}
