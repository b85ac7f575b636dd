// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {MIPSMemory as M} from "./MIPSMemory.sol";
import {IPreimageOracle} from "./IPreimageOracle.sol";

/// @title MIPSSyscalls
/// @notice The deterministic syscalls of the VM (vm/syscall.go): Linux o32
/// calls answered with constants, mmap/brk bump allocation, time from the
/// step count, futex on a single thread, and the VM's own calls: map a blob
/// by root (one subtree update), preimage key and read (through the
/// preimage oracle), commit.
library MIPSSyscalls {
    uint256 internal constant FAULT_SYSCALL = 3;
    uint256 internal constant FAULT_DEADLOCK = 6;
    uint256 internal constant FAULT_ARGUMENT = 7;
    uint256 internal constant FAULT_NULL = 8;
    /// @notice Result of run for exit/exit_group (the state is halted).
    uint256 internal constant EXITED = 0x200;

    uint256 internal constant PAGE_SIZE = 4096;
    uint32 internal constant BRK_ADDRESS = 0x38000000;
    uint64 internal constant HEAP_LIMIT = 0x7bfff000; // StackTop - 64 MiB
    uint32 internal constant OUTPUT_ADDR = 0x30000000;

    /// @notice Executes the syscall in v0. Returns 0 when the step advances,
    /// a fault code, or EXITED.
    function run(IPreimageOracle oracle, address caller, bytes32 localContext) internal view returns (uint256) {
        unchecked {
            uint32 a0 = M.reg(4);
            uint32 a1 = M.reg(5);
            uint32 a2 = M.reg(6);
            uint32 a3 = M.reg(7);
            uint32 ret;
            uint32 errno;
            uint32 nr = M.reg(2);
            if (nr == 4246 || nr == 4001) {
                // exit_group, exit
                M.halt(1, uint8(a0));
                return EXITED;
            } else if (nr == 4004) {
                // write: the bytes leave the VM; at most vm.MaxWrite (1 MiB)
                // per call, a longer write returns that short count
                if (a0 == 1 || a0 == 2) ret = a2 < 0x100000 ? a2 : 0x100000;
                else errno = 9;
            } else if (nr == 4003 || nr == 4200) {
                // read, pread64
                if (!(a0 == 0 && nr == 4003)) errno = 9;
            } else if (nr == 4005 || nr == 4288) {
                errno = 2; // open, openat
            } else if (nr == 4006 || nr == 4055) {
                if (a0 > 2) errno = 9; // close, fcntl
            } else if (nr == 4090 || nr == 4210) {
                // mmap, mmap2
                if (a3 & 0x800 == 0) {
                    errno = 22;
                } else if (a3 & 0x10 != 0) {
                    ret = a0;
                } else {
                    uint32 size = (a1 + 4095) & ~uint32(4095);
                    uint32 heap = M.get32(M.HEAP);
                    if (size == 0 || uint64(heap) + uint64(size) > HEAP_LIMIT) {
                        errno = 12;
                    } else {
                        ret = heap;
                        M.set32(M.HEAP, heap + size);
                    }
                }
            } else if (nr == 4045) {
                ret = BRK_ADDRESS;
            } else if (
                nr == 4091 || nr == 4218 || nr == 4125 || nr == 4194 || nr == 4195 || nr == 4206 || nr == 4162
                    || nr == 4166 || nr == 4266 || nr == 4037
            ) {
                // munmap, madvise, mprotect, rt_sigaction, rt_sigprocmask,
                // sigaltstack, sched_yield, nanosleep, tgkill, kill
            } else if (nr == 4020 || nr == 4222) {
                ret = 1; // getpid, gettid
            } else if (nr == 4122 || nr == 4192 || nr == 4338 || nr == 4054) {
                errno = 22; // uname, prctl, prlimit64, ioctl
            } else if (nr == 4240) {
                // sched_getaffinity: one CPU
                if (a2 < PAGE_SIZE) return FAULT_NULL;
                uint256 lf = uint256(M.peek(a2 >> 5, 0));
                uint256 sh = (31 - (a2 & 31)) << 3;
                M.proveWrite(a2 >> 5, 0, bytes32((lf & ~(uint256(0xff) << sh)) | (uint256(1) << sh)));
                ret = 4;
            } else if (nr == 4263) {
                // clock_gettime
                uint64 t = M.step();
                if (a1 & 3 != 0) {
                    errno = 22;
                } else {
                    if (a1 < PAGE_SIZE) return FAULT_NULL;
                    M.store32(a1, uint32(t / 1e9));
                    uint32 b = a1 + 4;
                    if (b < PAGE_SIZE) return FAULT_NULL;
                    M.store32(b, uint32(t % 1e9));
                }
            } else if (nr == 4238 || nr == 4422) {
                // futex
                uint32 cmd = a1 & ~uint32(128);
                if (cmd == 0) {
                    if (a0 & 3 != 0) {
                        errno = 22;
                    } else {
                        if (a0 < PAGE_SIZE) return FAULT_NULL;
                        if (M.load32(a0) != a2) errno = 11;
                        else if (a3 == 0) return FAULT_DEADLOCK;
                        else errno = 145;
                    }
                } else if (cmd != 1) {
                    errno = 22;
                }
            } else if (nr == 6001) {
                return map(a0, a1, a2, a3);
            } else if (nr == 6002) {
                // preimage key
                if (a0 & 31 != 0) return FAULT_ARGUMENT;
                if (a0 < PAGE_SIZE) return FAULT_NULL;
                bytes32 key = M.leaf(a0);
                assembly {
                    mstore(0xa0, key) // MIPSMemory.PKEY
                }
                M.set32(M.POFF, 0);
            } else if (nr == 6003) {
                // preimage read
                ret = preimageRead(oracle, caller, localContext);
            } else if (nr == 6004) {
                // commit
                if (a0 & 31 != 0) return FAULT_ARGUMENT;
                if (a0 < PAGE_SIZE) return FAULT_NULL;
                bytes32 w = M.leaf(a0);
                M.proveWrite(OUTPUT_ADDR >> 5, 0, w);
            } else {
                return FAULT_SYSCALL;
            }
            if (errno != 0) {
                M.setReg(2, errno);
                M.setReg(7, 1);
            } else {
                M.setReg(2, ret);
                M.setReg(7, 0);
            }
            return 0;
        }
    }

    /// @notice SysPreimageRead: returns the word, sets v1 to the length and
    /// advances the offset.
    function preimageRead(IPreimageOracle oracle, address caller, bytes32 localContext)
        private
        view
        returns (uint32)
    {
        unchecked {
            bytes32 key;
            assembly {
                key := mload(0xa0) // MIPSMemory.PKEY
            }
            uint32 off = M.get32(M.POFF);
            (uint32 word, uint32 length) = oracle.readWord(key, off, caller, localContext);
            M.setReg(3, length);
            M.set32(M.POFF, off + 4);
            return word;
        }
    }

    /// @notice SysMap(addr, sizeLog2, rootPtr, blobHeight): the region's
    /// subtree takes the blob root, padded with zero subtrees to its height.
    function map(uint32 addr, uint32 sizeLog2, uint32 rootPtr, uint32 blobHeight) private pure returns (uint256) {
        unchecked {
            if (
                rootPtr & 31 != 0 || sizeLog2 < 12 || sizeLog2 > 31 || addr & ((uint32(1) << sizeLog2) - 1) != 0
                    || blobHeight > sizeLog2 - 5 || (rootPtr >> sizeLog2) == (addr >> sizeLog2)
            ) return FAULT_ARGUMENT;
            if (rootPtr < PAGE_SIZE) return FAULT_NULL;
            bytes32 root = M.leaf(rootPtr);
            uint256 h = sizeLog2 - 5;
            for (uint256 l = blobHeight; l < h; l++) {
                root = keccak256(abi.encodePacked(root, M.zero(l)));
            }
            M.proveWrite(uint256(addr) >> sizeLog2, h, root);
            M.setReg(2, 0);
            M.setReg(7, 0);
            return 0;
        }
    }
}
