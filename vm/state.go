package vm

import (
	"encoding/binary"
	"fmt"

	"github.com/rmsnet/rms/merkle"
)

// Status of a VM.
const (
	StatusRunning = 0
	StatusExited  = 1 // exit_group; ExitCode holds the status
	StatusFault   = 2 // defined fault; ExitCode holds the Fault code
)

// Fault codes (ExitCode when Status == StatusFault).
const (
	FaultInstruction = 1 // unknown or unsupported instruction
	FaultUnaligned   = 2 // unaligned word or halfword access
	FaultSyscall     = 3 // unknown syscall
	FaultTrap        = 4 // break, or a trap instruction whose condition held
	FaultOverflow    = 5 // add, addi or sub overflowed
	FaultDeadlock    = 6 // futex wait that no other thread can end
	FaultArgument    = 7 // bad argument to a VM syscall (map, preimage)
	FaultNull        = 8 // access to page 0 (addresses below 4096): a nil dereference
)

// FaultName names a fault code.
func FaultName(code uint8) string {
	switch code {
	case FaultInstruction:
		return "unknown instruction"
	case FaultUnaligned:
		return "unaligned access"
	case FaultSyscall:
		return "unknown syscall"
	case FaultTrap:
		return "trap"
	case FaultOverflow:
		return "arithmetic overflow"
	case FaultDeadlock:
		return "deadlock"
	case FaultArgument:
		return "bad syscall argument"
	case FaultNull:
		return "nil dereference (page 0)"
	}
	return fmt.Sprintf("fault %d", code)
}

// State is the architectural state of the VM apart from memory. Its packed
// encoding (with the memory root) is what the contracts hash.
type State struct {
	Regs           [32]uint32
	PC, NextPC     uint32
	Hi, Lo         uint32
	Heap           uint32 // next address of the mmap bump allocator
	PreimageKey    merkle.Hash
	PreimageOffset uint32
	Status         uint8
	ExitCode       uint8
	Step           uint64
}

// StateSize is the length of the packed state encoding.
const StateSize = 226

// Offsets of the fields in the packed state encoding (all big-endian).
const (
	OffMemRoot        = 0   // bytes32
	OffPreimageKey    = 32  // bytes32
	OffPreimageOffset = 64  // uint32
	OffPC             = 68  // uint32
	OffNextPC         = 72  // uint32
	OffLo             = 76  // uint32
	OffHi             = 80  // uint32
	OffHeap           = 84  // uint32
	OffExitCode       = 88  // uint8
	OffStatus         = 89  // uint8
	OffStep           = 90  // uint64
	OffRegs           = 98  // 32 x uint32
	offEnd            = 226 // == StateSize
)

// Encode returns the packed encoding of s with memory root root.
func (s *State) Encode(root merkle.Hash) []byte {
	b := make([]byte, StateSize)
	be := binary.BigEndian
	copy(b[OffMemRoot:], root[:])
	copy(b[OffPreimageKey:], s.PreimageKey[:])
	be.PutUint32(b[OffPreimageOffset:], s.PreimageOffset)
	be.PutUint32(b[OffPC:], s.PC)
	be.PutUint32(b[OffNextPC:], s.NextPC)
	be.PutUint32(b[OffLo:], s.Lo)
	be.PutUint32(b[OffHi:], s.Hi)
	be.PutUint32(b[OffHeap:], s.Heap)
	b[OffExitCode] = s.ExitCode
	b[OffStatus] = s.Status
	be.PutUint64(b[OffStep:], s.Step)
	for i, r := range s.Regs {
		be.PutUint32(b[OffRegs+4*i:], r)
	}
	return b
}

// DecodeState parses a packed state encoding.
func DecodeState(b []byte) (State, merkle.Hash, error) {
	var s State
	var root merkle.Hash
	if len(b) != StateSize {
		return s, root, fmt.Errorf("decode state: %d bytes, want %d", len(b), StateSize)
	}
	be := binary.BigEndian
	copy(root[:], b[OffMemRoot:])
	copy(s.PreimageKey[:], b[OffPreimageKey:])
	s.PreimageOffset = be.Uint32(b[OffPreimageOffset:])
	s.PC = be.Uint32(b[OffPC:])
	s.NextPC = be.Uint32(b[OffNextPC:])
	s.Lo = be.Uint32(b[OffLo:])
	s.Hi = be.Uint32(b[OffHi:])
	s.Heap = be.Uint32(b[OffHeap:])
	s.ExitCode = b[OffExitCode]
	s.Status = b[OffStatus]
	if s.Status > StatusFault {
		return s, root, fmt.Errorf("decode state: status %d unknown", s.Status)
	}
	s.Step = be.Uint64(b[OffStep:])
	for i := range s.Regs {
		s.Regs[i] = be.Uint32(b[OffRegs+4*i:])
	}
	if s.Regs[0] != 0 {
		return s, root, fmt.Errorf("decode state: register 0 is %#x, must be 0", s.Regs[0])
	}
	return s, root, nil
}

// StateHash is keccak256 of the packed encoding.
func StateHash(encoded []byte) merkle.Hash { return merkle.Keccak(encoded) }
