package vm

import (
	"encoding/binary"

	"github.com/rmsnet/rms/merkle"
)

// Linux o32 syscall numbers the VM answers.
const (
	sysExit          = 4001
	sysRead          = 4003
	sysWrite         = 4004
	sysOpen          = 4005
	sysClose         = 4006
	sysGetpid        = 4020
	sysKill          = 4037
	sysBrk           = 4045
	sysIoctl         = 4054
	sysFcntl         = 4055
	sysMmap2         = 4210
	sysMmap          = 4090
	sysMunmap        = 4091
	sysUname         = 4122
	sysMprotect      = 4125
	sysSchedYield    = 4162
	sysNanosleep     = 4166
	sysPrctl         = 4192
	sysRtSigaction   = 4194
	sysRtSigprocmask = 4195
	sysPread64       = 4200
	sysSigaltstack   = 4206
	sysMadvise       = 4218
	sysGettid        = 4222
	sysFutex         = 4238
	sysSchedGetaff   = 4240
	sysExitGroup     = 4246
	sysClockGettime  = 4263
	sysTgkill        = 4266
	sysOpenat        = 4288
	sysPrlimit64     = 4338
	sysFutexTime64   = 4422
)

// VM syscalls (outside the Linux range).
const (
	// SysMap(addr, sizeLog2, rootPtr, blobHeight) places the blob whose
	// word-tree root is the 32-byte word at rootPtr (32-byte aligned) at the
	// aligned region [addr, addr+2^sizeLog2). Returns 0.
	SysMap = 6001
	// SysPreimageKey(keyPtr) sets the preimage key to the 32-byte word at
	// keyPtr (32-byte aligned) and the preimage offset to 0.
	SysPreimageKey = 6002
	// SysPreimageRead() returns in v0 the 4 bytes of the current preimage at
	// the preimage offset (zero past its end), in v1 the preimage length,
	// and advances the offset by 4.
	SysPreimageRead = 6003
	// SysCommit(ptr) copies the 32-byte word at ptr (32-byte aligned) to
	// OutputAddr, where one memory proof shows it. Returns 0.
	SysCommit = 6004
)

// OutputAddr is where SysCommit puts the guest's result word (A_i).
const OutputAddr = 0x3000_0000

// Linux errno values on MIPS.
const (
	eNOENT    = 2
	eBADF     = 9
	eAGAIN    = 11
	eNOMEM    = 12
	eINVAL    = 22
	eNOSYS    = 89
	eTIMEDOUT = 145
)

const (
	mapFixed     = 0x10
	mapAnonymous = 0x800
	futexWait    = 0
	futexWake    = 1
	futexPrivate = 128
	// BrkAddress is the constant program break that brk reports.
	BrkAddress = 0x3800_0000
	// StepNanos is the guest time that one step takes.
	StepNanos = 1
)

// syscall executes the syscall in v0 with arguments a0..a3. It returns false
// when the step must not advance (fault, or a data-source error with the
// state untouched).
func (v *VM) syscall() bool {
	s := &v.s
	r := &s.Regs
	a0, a1, a2, a3 := r[4], r[5], r[6], r[7]
	ret, errno := uint32(0), uint32(0)
	switch r[2] {
	case sysExitGroup, sysExit:
		s.Status = StatusExited
		s.ExitCode = uint8(a0)
		s.Step++
		return false
	case sysWrite:
		// The bytes leave the VM; the state only sees the count, at most
		// MaxWrite (a short write).
		switch a0 {
		case 1, 2:
			ret = min(a2, MaxWrite)
			v.captureWrite(a0, a1, ret)
		default:
			errno = eBADF
		}
	case sysRead, sysPread64:
		if a0 == 0 && r[2] == sysRead {
			ret = 0 // end of input
		} else {
			errno = eBADF
		}
	case sysOpen, sysOpenat:
		errno = eNOENT
	case sysClose, sysFcntl:
		if a0 <= 2 {
			ret = 0
		} else {
			errno = eBADF
		}
	case sysMmap, sysMmap2:
		if a3&mapAnonymous == 0 {
			errno = eINVAL
			break
		}
		if a3&mapFixed != 0 {
			ret = a0
			break
		}
		size := (a1 + pageMask) &^ pageMask
		if size == 0 || uint64(s.Heap)+uint64(size) > StackTop-64<<20 {
			errno = eNOMEM
			break
		}
		ret = s.Heap
		s.Heap += size
	case sysBrk:
		ret = BrkAddress
	case sysMunmap, sysMadvise, sysMprotect, sysRtSigaction, sysRtSigprocmask,
		sysSigaltstack, sysSchedYield, sysNanosleep, sysTgkill, sysKill:
		ret = 0
	case sysGetpid, sysGettid:
		ret = 1
	case sysUname, sysPrctl, sysPrlimit64, sysIoctl:
		errno = eINVAL
	case sysSchedGetaff:
		// One CPU: set bit 0 of the mask (byte 0).
		pg := v.mem.writePage(a2)
		if pg == nil {
			v.memFault()
			return false
		}
		pg.data[a2&pageMask] = 1
		ret = 4
	case sysClockGettime:
		t := s.Step * StepNanos
		sec, nsec := uint32(t/1e9), uint32(t%1e9)
		if a1&3 != 0 {
			errno = eINVAL
			break
		}
		pg := v.mem.writePage(a1)
		if pg == nil {
			v.memFault()
			return false
		}
		binary.BigEndian.PutUint32(pg.data[a1&pageMask:], sec)
		pg = v.mem.writePage(a1 + 4)
		if pg == nil {
			v.memFault()
			return false
		}
		binary.BigEndian.PutUint32(pg.data[(a1+4)&pageMask:], nsec)
	case sysFutex, sysFutexTime64:
		switch a1 &^ futexPrivate {
		case futexWait:
			if a0&3 != 0 {
				errno = eINVAL
				break
			}
			pg := v.mem.readPage(a0)
			if pg == nil {
				v.memFault()
				return false
			}
			if binary.BigEndian.Uint32(pg.data[a0&pageMask:]) != a2 {
				errno = eAGAIN
			} else if a3 == 0 {
				// Nobody else can wake the only thread.
				v.fault(FaultDeadlock)
				return false
			} else {
				errno = eTIMEDOUT
			}
		case futexWake:
			ret = 0
		default:
			errno = eINVAL
		}
	case SysMap:
		return v.sysMap(a0, a1, a2, a3)
	case SysPreimageKey:
		w, ok := v.wordArg(a0)
		if !ok {
			return false
		}
		s.PreimageKey = w
		s.PreimageOffset = 0
	case SysCommit:
		w, ok := v.wordArg(a0)
		if !ok {
			return false
		}
		pg := v.mem.writePage(OutputAddr)
		if pg == nil {
			v.memFault()
			return false
		}
		copy(pg.data[OutputAddr&pageMask:], w[:])
	case SysPreimageRead:
		w, n, err := v.preimageWord()
		if err != nil {
			v.mem.err = err
			return false
		}
		ret = binary.BigEndian.Uint32(w[:])
		r[3] = n
		s.PreimageOffset += 4
	default:
		v.fault(FaultSyscall)
		return false
	}
	if errno != 0 {
		r[2], r[7] = errno, 1
	} else {
		r[2], r[7] = ret, 0
	}
	return true
}

// wordArg reads the 32-byte word at addr, a syscall argument that must be
// aligned to 32 bytes; on an unaligned or unreadable address the VM faults
// and ok is false.
func (v *VM) wordArg(addr uint32) (w merkle.Hash, ok bool) {
	if addr&31 != 0 {
		v.fault(FaultArgument)
		return w, false
	}
	pg := v.mem.readPage(addr)
	if pg == nil {
		v.memFault()
		return w, false
	}
	copy(w[:], pg.data[addr&pageMask:])
	return w, true
}

// sysMap implements SysMap.
func (v *VM) sysMap(addr, sizeLog2, rootPtr, blobHeight uint32) bool {
	if rootPtr&31 != 0 || sizeLog2 < PageShift || sizeLog2 > 31 || addr&(1<<sizeLog2-1) != 0 ||
		blobHeight > sizeLog2-5 || (rootPtr>>sizeLog2) == (addr>>sizeLog2) {
		v.fault(FaultArgument)
		return false
	}
	root, ok := v.wordArg(rootPtr)
	if !ok {
		return false
	}
	H := int(sizeLog2) - 5
	if rec := v.mem.rec; rec == nil || !rec.verify {
		// Inside a lazily mapped region the hashes around the new one
		// must be known first (before a witness proves the region).
		if err := v.mem.prepareMap(addr, int(sizeLog2)); err != nil {
			return false
		}
	}
	if rec := v.mem.rec; rec != nil {
		if !rec.region(v.mem, addr, H, padRoot(root, int(blobHeight), H)) {
			return false
		}
		if rec.verify {
			r := &v.s.Regs
			r[2], r[7] = 0, 0
			return true
		}
	}
	if err := v.mem.mapRegion(addr, int(sizeLog2), root, int(blobHeight)); err != nil {
		v.fault(FaultArgument)
		return false
	}
	r := &v.s.Regs
	r[2], r[7] = 0, 0
	return true
}
