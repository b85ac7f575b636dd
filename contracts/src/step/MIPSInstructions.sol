// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {MIPSMemory as M} from "./MIPSMemory.sol";

/// @title MIPSInstructions
/// @notice Executes one decoded MIPS32 instruction on the state held by
/// MIPSMemory, exactly as vm.step does (vm/step.go): arithmetic, logic,
/// shifts, multiply/divide, branches and jumps, loads and stores with their
/// memory proofs. Syscalls are left to MIPSSyscalls.
library MIPSInstructions {
    uint256 internal constant FAULT_INSTRUCTION = 1;
    uint256 internal constant FAULT_UNALIGNED = 2;
    uint256 internal constant FAULT_SYSCALL = 3;
    uint256 internal constant FAULT_TRAP = 4;
    uint256 internal constant FAULT_OVERFLOW = 5;
    uint256 internal constant FAULT_DEADLOCK = 6;
    uint256 internal constant FAULT_ARGUMENT = 7;
    uint256 internal constant FAULT_NULL = 8;
    /// @notice Result of execute for a syscall instruction.
    uint256 internal constant SYSCALL = 0x100;

    uint256 internal constant PAGE_SIZE = 4096;

    /// @notice Executes insn at pc. Returns 0 and the next-next pc when the
    /// step advances, a fault code (1..8), or SYSCALL.
    function execute(uint32 insn, uint32 pc) internal pure returns (uint256 res, uint32 next) {
        unchecked {
            uint256 op = insn >> 26;
            uint256 rs = (insn >> 21) & 31;
            uint256 rt = (insn >> 16) & 31;
            uint32 imm = uint32(uint256(int256(int16(uint16(insn)))));
            next = M.get32(M.NPC) + 4;
            if (op == 0) return special(insn, pc, rs, rt, next);
            if (op >= 0x20) return loadStore(op, rs, rt, imm, next);
            if (op == 0x01) {
                int32 a = int32(M.reg(rs));
                bool taken;
                if (rt == 0x00) {
                    taken = a < 0;
                } else if (rt == 0x01) {
                    taken = a >= 0;
                } else if (rt == 0x10) {
                    taken = a < 0;
                    M.setReg(31, pc + 8);
                } else if (rt == 0x11) {
                    taken = a >= 0;
                    M.setReg(31, pc + 8);
                } else {
                    return (FAULT_INSTRUCTION, next);
                }
                if (taken) next = pc + 4 + (imm << 2);
                return (0, next);
            }
            if (op == 0x02 || op == 0x03) {
                if (op == 0x03) M.setReg(31, pc + 8);
                return (0, ((pc + 4) & 0xf0000000) | ((insn & 0x03ffffff) << 2));
            }
            if (op <= 0x07) {
                uint32 a = M.reg(rs);
                bool taken;
                if (op == 0x04) taken = a == M.reg(rt);
                else if (op == 0x05) taken = a != M.reg(rt);
                else if (op == 0x06) taken = int32(a) <= 0;
                else taken = int32(a) > 0;
                if (taken) next = pc + 4 + (imm << 2);
                return (0, next);
            }
            if (op <= 0x0f) {
                uint32 a = M.reg(rs);
                uint32 r;
                if (op == 0x08) {
                    r = a + imm;
                    if ((a ^ r) & (imm ^ r) & 0x80000000 != 0) return (FAULT_OVERFLOW, next);
                } else if (op == 0x09) {
                    r = a + imm;
                } else if (op == 0x0a) {
                    r = int32(a) < int32(imm) ? 1 : 0;
                } else if (op == 0x0b) {
                    r = a < imm ? 1 : 0;
                } else if (op == 0x0c) {
                    r = a & (insn & 0xffff);
                } else if (op == 0x0d) {
                    r = a | (insn & 0xffff);
                } else if (op == 0x0e) {
                    r = a ^ (insn & 0xffff);
                } else {
                    r = insn << 16;
                }
                M.setReg(rt, r);
                return (0, next);
            }
            if (op == 0x1c) return special2(insn, rs, rt, next);
            return (FAULT_INSTRUCTION, next);
        }
    }

    function special(uint32 insn, uint32 pc, uint256 rs, uint256 rt, uint32 next)
        private
        pure
        returns (uint256, uint32)
    {
        unchecked {
            uint256 fn = insn & 0x3f;
            uint256 rd = (insn >> 11) & 31;
            uint32 a = M.reg(rs);
            uint32 b = M.reg(rt);
            if (fn < 0x08) {
                uint32 sa = (insn >> 6) & 31;
                uint32 r;
                if (fn == 0x00) r = b << sa;
                else if (fn == 0x02) r = b >> sa;
                else if (fn == 0x03) r = uint32(int32(b) >> sa);
                else if (fn == 0x04) r = b << (a & 31);
                else if (fn == 0x06) r = b >> (a & 31);
                else if (fn == 0x07) r = uint32(int32(b) >> (a & 31));
                else return (FAULT_INSTRUCTION, next);
                M.setReg(rd, r);
                return (0, next);
            }
            if (fn == 0x21) {
                M.setReg(rd, a + b);
            } else if (fn == 0x08) {
                next = a;
            } else if (fn == 0x09) {
                M.setReg(rd, pc + 8);
                next = a;
            } else if (fn == 0x0a) {
                if (b == 0) M.setReg(rd, a);
            } else if (fn == 0x0b) {
                if (b != 0) M.setReg(rd, a);
            } else if (fn == 0x0c) {
                return (SYSCALL, next);
            } else if (fn == 0x0d) {
                return (FAULT_TRAP, next);
            } else if (fn == 0x0f) {
                // sync
            } else if (fn == 0x10) {
                M.setReg(rd, M.get32(M.HI));
            } else if (fn == 0x11) {
                M.set32(M.HI, a);
            } else if (fn == 0x12) {
                M.setReg(rd, M.get32(M.LO));
            } else if (fn == 0x13) {
                M.set32(M.LO, a);
            } else if (fn == 0x18) {
                uint64 p = uint64(int64(int32(a)) * int64(int32(b)));
                M.set32(M.HI, uint32(p >> 32));
                M.set32(M.LO, uint32(p));
            } else if (fn == 0x19) {
                uint64 p = uint64(a) * uint64(b);
                M.set32(M.HI, uint32(p >> 32));
                M.set32(M.LO, uint32(p));
            } else if (fn == 0x1a) {
                if (b == 0) {
                    M.set32(M.LO, 0xffffffff);
                    M.set32(M.HI, a);
                } else if (a == 0x80000000 && b == 0xffffffff) {
                    M.set32(M.LO, a);
                    M.set32(M.HI, 0);
                } else {
                    M.set32(M.LO, uint32(int32(a) / int32(b)));
                    M.set32(M.HI, uint32(int32(a) % int32(b)));
                }
            } else if (fn == 0x1b) {
                if (b == 0) {
                    M.set32(M.LO, 0xffffffff);
                    M.set32(M.HI, a);
                } else {
                    M.set32(M.LO, a / b);
                    M.set32(M.HI, a % b);
                }
            } else if (fn == 0x20) {
                uint32 s = a + b;
                if ((a ^ s) & (b ^ s) & 0x80000000 != 0) return (FAULT_OVERFLOW, next);
                M.setReg(rd, s);
            } else if (fn == 0x22) {
                uint32 d = a - b;
                if ((a ^ b) & (a ^ d) & 0x80000000 != 0) return (FAULT_OVERFLOW, next);
                M.setReg(rd, d);
            } else if (fn == 0x23) {
                M.setReg(rd, a - b);
            } else if (fn == 0x24) {
                M.setReg(rd, a & b);
            } else if (fn == 0x25) {
                M.setReg(rd, a | b);
            } else if (fn == 0x26) {
                M.setReg(rd, a ^ b);
            } else if (fn == 0x27) {
                M.setReg(rd, ~(a | b));
            } else if (fn == 0x2a) {
                M.setReg(rd, int32(a) < int32(b) ? 1 : 0);
            } else if (fn == 0x2b) {
                M.setReg(rd, a < b ? 1 : 0);
            } else if (fn >= 0x30 && fn <= 0x36 && fn != 0x35) {
                bool trap;
                if (fn == 0x30) trap = int32(a) >= int32(b);
                else if (fn == 0x31) trap = a >= b;
                else if (fn == 0x32) trap = int32(a) < int32(b);
                else if (fn == 0x33) trap = a < b;
                else if (fn == 0x34) trap = a == b;
                else trap = a != b;
                if (trap) return (FAULT_TRAP, next);
            } else {
                return (FAULT_INSTRUCTION, next);
            }
            return (0, next);
        }
    }

    function special2(uint32 insn, uint256 rs, uint256 rt, uint32 next) private pure returns (uint256, uint32) {
        unchecked {
            uint256 fn = insn & 0x3f;
            uint256 rd = (insn >> 11) & 31;
            uint32 a = M.reg(rs);
            uint32 b = M.reg(rt);
            if (fn == 0x02) {
                M.setReg(rd, uint32(int32(a) * int32(b)));
            } else if (fn == 0x20 || fn == 0x21) {
                uint256 x = fn == 0x20 ? a : ~a;
                uint256 n;
                assembly {
                    n := sub(clz(and(x, 0xffffffff)), 224)
                }
                M.setReg(rd, uint32(n));
            } else if (fn <= 0x05 && fn != 0x03) {
                uint64 acc = (uint64(M.get32(M.HI)) << 32) | uint64(M.get32(M.LO));
                if (fn == 0x00) acc = uint64(int64(acc) + int64(int32(a)) * int64(int32(b)));
                else if (fn == 0x01) acc = acc + uint64(a) * uint64(b);
                else if (fn == 0x04) acc = uint64(int64(acc) - int64(int32(a)) * int64(int32(b)));
                else acc = acc - uint64(a) * uint64(b);
                M.set32(M.HI, uint32(acc >> 32));
                M.set32(M.LO, uint32(acc));
            } else {
                return (FAULT_INSTRUCTION, next);
            }
            return (0, next);
        }
    }

    function loadStore(uint256 op, uint256 rs, uint256 rt, uint32 imm, uint32 next)
        private
        pure
        returns (uint256, uint32)
    {
        unchecked {
            uint32 addr = M.reg(rs) + imm;
            uint256 align; // alignment mask checked before the access
            if (op == 0x21 || op == 0x25 || op == 0x29) align = 1;
            else if (op == 0x23 || op == 0x30 || op == 0x2b || op == 0x38) align = 3;
            else if (op != 0x20 && op != 0x24 && op != 0x22 && op != 0x26 && op != 0x28 && op != 0x2a && op != 0x2e) {
                if (op == 0x33) return (0, next); // pref
                return (FAULT_INSTRUCTION, next);
            }
            if (addr & align != 0) return (FAULT_UNALIGNED, next);
            if (addr < PAGE_SIZE) return (FAULT_NULL, next);
            if (op < 0x28 || op == 0x30) load(op, rt, addr);
            else store(op, rt, addr);
            return (0, next);
        }
    }

    function load(uint256 op, uint256 rt, uint32 addr) private pure {
        unchecked {
            uint256 lf = uint256(M.leaf(addr));
            uint256 bsh = (31 - (addr & 31)) << 3; // shift of the byte at addr
            uint32 w = uint32(lf >> (224 - ((addr & 28) << 3))); // the word holding addr
            if (op == 0x20) {
                M.setReg(rt, uint32(uint256(int256(int8(uint8(lf >> bsh))))));
            } else if (op == 0x24) {
                M.setReg(rt, uint32(uint8(lf >> bsh)));
            } else if (op == 0x21) {
                M.setReg(rt, uint32(uint256(int256(int16(uint16(lf >> (bsh - 8)))))));
            } else if (op == 0x25) {
                M.setReg(rt, uint32(uint16(lf >> (bsh - 8))));
            } else if (op == 0x23 || op == 0x30) {
                M.setReg(rt, w);
            } else if (op == 0x22) {
                uint32 sh = (addr & 3) << 3;
                M.setReg(rt, (M.reg(rt) & ((uint32(1) << sh) - 1)) | (w << sh));
            } else {
                uint32 sh = (3 - (addr & 3)) << 3;
                M.setReg(rt, (M.reg(rt) & ~(uint32(0xffffffff) >> sh)) | (w >> sh));
            }
        }
    }

    function store(uint256 op, uint256 rt, uint32 addr) private pure {
        unchecked {
            uint256 idx = addr >> 5;
            uint256 lf = uint256(M.peek(idx, 0));
            uint256 bsh = (31 - (addr & 31)) << 3;
            uint256 wsh = 224 - ((addr & 28) << 3);
            uint32 w = uint32(lf >> wsh);
            uint32 v = M.reg(rt);
            if (op == 0x28) {
                lf = (lf & ~(uint256(0xff) << bsh)) | (uint256(uint8(v)) << bsh);
            } else if (op == 0x29) {
                lf = (lf & ~(uint256(0xffff) << (bsh - 8))) | (uint256(uint16(v)) << (bsh - 8));
            } else {
                if (op == 0x2b || op == 0x38) {
                    w = v;
                    if (op == 0x38) M.setReg(rt, 1);
                } else if (op == 0x2a) {
                    uint32 sh = (addr & 3) << 3;
                    w = (w & ~(uint32(0xffffffff) >> sh)) | (v >> sh);
                } else {
                    uint32 sh = (3 - (addr & 3)) << 3;
                    w = (w & ((uint32(1) << sh) - 1)) | (v << sh);
                }
                lf = (lf & ~(uint256(0xffffffff) << wsh)) | (uint256(w) << wsh);
            }
            M.proveWrite(idx, 0, bytes32(lf));
        }
    }
}
