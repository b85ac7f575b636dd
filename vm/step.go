package vm

import "encoding/binary"

// step executes one instruction.
func (v *VM) step() { v.exec(1) }

// exec executes up to n instructions: the whole MIPS32 semantics of the VM
// in one function, which the on-chain step mirrors (one iteration of the
// loop is one step). A halted VM (exited or faulted) does not change. When a
// mapped page cannot be fetched the step is abandoned before it changes
// anything, mem.err holds the cause and exec returns.
func (v *VM) exec(n uint64) {
	s := &v.s
	m := v.mem
	r := &s.Regs
	for ; n > 0; n-- {
		if s.Status != StatusRunning {
			return
		}
		pc := s.PC
		if pc&3 != 0 {
			v.fault(FaultUnaligned)
			return
		}
		fp := m.fetchPage(pc)
		if fp == nil {
			v.memFault()
			return
		}
		insn := binary.BigEndian.Uint32(fp.data[pc&pageMask:])
		rs := (insn >> 21) & 31
		rt := (insn >> 16) & 31
		imm := uint32(int32(int16(insn))) // sign-extended immediate
		next := s.NextPC + 4

		switch insn >> 26 {
		case 0x00: // SPECIAL
			rd := (insn >> 11) & 31
			sa := (insn >> 6) & 31
			a, b := r[rs], r[rt]
			switch insn & 0x3f {
			case 0x00: // sll (nop when insn == 0)
				r[rd] = b << sa
			case 0x02: // srl
				r[rd] = b >> sa
			case 0x03: // sra
				r[rd] = uint32(int32(b) >> sa)
			case 0x04: // sllv
				r[rd] = b << (a & 31)
			case 0x06: // srlv
				r[rd] = b >> (a & 31)
			case 0x07: // srav
				r[rd] = uint32(int32(b) >> (a & 31))
			case 0x08: // jr
				next = a
			case 0x09: // jalr
				r[rd] = pc + 8
				next = a
			case 0x0a: // movz
				if b == 0 {
					r[rd] = a
				}
			case 0x0b: // movn
				if b != 0 {
					r[rd] = a
				}
			case 0x0c: // syscall
				if !v.syscall() {
					return
				}
			case 0x0d: // break
				v.fault(FaultTrap)
				return
			case 0x0f: // sync: one thread, nothing to order
			case 0x10: // mfhi
				r[rd] = s.Hi
			case 0x11: // mthi
				s.Hi = a
			case 0x12: // mflo
				r[rd] = s.Lo
			case 0x13: // mtlo
				s.Lo = a
			case 0x18: // mult
				p := int64(int32(a)) * int64(int32(b))
				s.Hi, s.Lo = uint32(uint64(p)>>32), uint32(p)
			case 0x19: // multu
				p := uint64(a) * uint64(b)
				s.Hi, s.Lo = uint32(p>>32), uint32(p)
			case 0x1a: // div: by zero gives lo = -1, hi = dividend
				if b == 0 {
					s.Lo, s.Hi = 0xffffffff, a
				} else if int32(a) == -1<<31 && int32(b) == -1 {
					s.Lo, s.Hi = a, 0
				} else {
					s.Lo, s.Hi = uint32(int32(a)/int32(b)), uint32(int32(a)%int32(b))
				}
			case 0x1b: // divu: by zero gives lo = 0xffffffff, hi = dividend
				if b == 0 {
					s.Lo, s.Hi = 0xffffffff, a
				} else {
					s.Lo, s.Hi = a/b, a%b
				}
			case 0x20: // add (traps on overflow)
				sum := a + b
				if (a^sum)&(b^sum)&0x80000000 != 0 {
					v.fault(FaultOverflow)
					return
				}
				r[rd] = sum
			case 0x21: // addu
				r[rd] = a + b
			case 0x22: // sub (traps on overflow)
				d := a - b
				if (a^b)&(a^d)&0x80000000 != 0 {
					v.fault(FaultOverflow)
					return
				}
				r[rd] = d
			case 0x23: // subu
				r[rd] = a - b
			case 0x24: // and
				r[rd] = a & b
			case 0x25: // or
				r[rd] = a | b
			case 0x26: // xor
				r[rd] = a ^ b
			case 0x27: // nor
				r[rd] = ^(a | b)
			case 0x2a: // slt
				r[rd] = b2u(int32(a) < int32(b))
			case 0x2b: // sltu
				r[rd] = b2u(a < b)
			case 0x30: // tge
				if int32(a) >= int32(b) {
					v.fault(FaultTrap)
					return
				}
			case 0x31: // tgeu
				if a >= b {
					v.fault(FaultTrap)
					return
				}
			case 0x32: // tlt
				if int32(a) < int32(b) {
					v.fault(FaultTrap)
					return
				}
			case 0x33: // tltu
				if a < b {
					v.fault(FaultTrap)
					return
				}
			case 0x34: // teq
				if a == b {
					v.fault(FaultTrap)
					return
				}
			case 0x36: // tne
				if a != b {
					v.fault(FaultTrap)
					return
				}
			default:
				v.fault(FaultInstruction)
				return
			}
		case 0x01: // REGIMM
			a := int32(r[rs])
			var taken bool
			switch rt {
			case 0x00: // bltz
				taken = a < 0
			case 0x01: // bgez
				taken = a >= 0
			case 0x10: // bltzal
				taken = a < 0
				r[31] = pc + 8
			case 0x11: // bgezal (bal)
				taken = a >= 0
				r[31] = pc + 8
			default:
				v.fault(FaultInstruction)
				return
			}
			if taken {
				next = pc + 4 + imm<<2
			}
		case 0x02: // j
			next = (pc+4)&0xf0000000 | (insn&0x03ffffff)<<2
		case 0x03: // jal
			r[31] = pc + 8
			next = (pc+4)&0xf0000000 | (insn&0x03ffffff)<<2
		case 0x04: // beq
			if r[rs] == r[rt] {
				next = pc + 4 + imm<<2
			}
		case 0x05: // bne
			if r[rs] != r[rt] {
				next = pc + 4 + imm<<2
			}
		case 0x06: // blez
			if int32(r[rs]) <= 0 {
				next = pc + 4 + imm<<2
			}
		case 0x07: // bgtz
			if int32(r[rs]) > 0 {
				next = pc + 4 + imm<<2
			}
		case 0x08: // addi (traps on overflow)
			a := r[rs]
			sum := a + imm
			if (a^sum)&(imm^sum)&0x80000000 != 0 {
				v.fault(FaultOverflow)
				return
			}
			r[rt] = sum
		case 0x09: // addiu
			r[rt] = r[rs] + imm
		case 0x0a: // slti
			r[rt] = b2u(int32(r[rs]) < int32(imm))
		case 0x0b: // sltiu
			r[rt] = b2u(r[rs] < imm)
		case 0x0c: // andi
			r[rt] = r[rs] & (insn & 0xffff)
		case 0x0d: // ori
			r[rt] = r[rs] | (insn & 0xffff)
		case 0x0e: // xori
			r[rt] = r[rs] ^ (insn & 0xffff)
		case 0x0f: // lui
			r[rt] = insn << 16
		case 0x1c: // SPECIAL2
			rd := (insn >> 11) & 31
			a, b := r[rs], r[rt]
			switch insn & 0x3f {
			case 0x00: // madd
				acc := int64(uint64(s.Hi)<<32|uint64(s.Lo)) + int64(int32(a))*int64(int32(b))
				s.Hi, s.Lo = uint32(uint64(acc)>>32), uint32(acc)
			case 0x01: // maddu
				acc := (uint64(s.Hi)<<32 | uint64(s.Lo)) + uint64(a)*uint64(b)
				s.Hi, s.Lo = uint32(acc>>32), uint32(acc)
			case 0x02: // mul
				r[rd] = uint32(int32(a) * int32(b))
			case 0x04: // msub
				acc := int64(uint64(s.Hi)<<32|uint64(s.Lo)) - int64(int32(a))*int64(int32(b))
				s.Hi, s.Lo = uint32(uint64(acc)>>32), uint32(acc)
			case 0x05: // msubu
				acc := (uint64(s.Hi)<<32 | uint64(s.Lo)) - uint64(a)*uint64(b)
				s.Hi, s.Lo = uint32(acc>>32), uint32(acc)
			case 0x20: // clz
				r[rd] = clz(a)
			case 0x21: // clo
				r[rd] = clz(^a)
			default:
				v.fault(FaultInstruction)
				return
			}
		case 0x20: // lb
			addr := r[rs] + imm
			pg := m.readPage(addr)
			if pg == nil {
				v.memFault()
				return
			}
			r[rt] = uint32(int32(int8(pg.data[addr&pageMask])))
		case 0x24: // lbu
			addr := r[rs] + imm
			pg := m.readPage(addr)
			if pg == nil {
				v.memFault()
				return
			}
			r[rt] = uint32(pg.data[addr&pageMask])
		case 0x21, 0x25: // lh, lhu
			addr := r[rs] + imm
			if addr&1 != 0 {
				v.fault(FaultUnaligned)
				return
			}
			pg := m.readPage(addr)
			if pg == nil {
				v.memFault()
				return
			}
			h := binary.BigEndian.Uint16(pg.data[addr&pageMask:])
			if insn>>26 == 0x21 {
				r[rt] = uint32(int32(int16(h)))
			} else {
				r[rt] = uint32(h)
			}
		case 0x23, 0x30: // lw, ll
			addr := r[rs] + imm
			if addr&3 != 0 {
				v.fault(FaultUnaligned)
				return
			}
			pg := m.readPage(addr)
			if pg == nil {
				v.memFault()
				return
			}
			r[rt] = binary.BigEndian.Uint32(pg.data[addr&pageMask:])
		case 0x22: // lwl
			addr := r[rs] + imm
			pg := m.readPage(addr)
			if pg == nil {
				v.memFault()
				return
			}
			w := binary.BigEndian.Uint32(pg.data[addr&pageMask&^3:])
			sh := (addr & 3) * 8
			r[rt] = r[rt]&(1<<sh-1) | w<<sh
		case 0x26: // lwr
			addr := r[rs] + imm
			pg := m.readPage(addr)
			if pg == nil {
				v.memFault()
				return
			}
			w := binary.BigEndian.Uint32(pg.data[addr&pageMask&^3:])
			sh := (3 - addr&3) * 8
			r[rt] = r[rt]&^(0xffffffff>>sh) | w>>sh
		case 0x28: // sb
			addr := r[rs] + imm
			pg := m.writePage(addr)
			if pg == nil {
				v.memFault()
				return
			}
			pg.data[addr&pageMask] = byte(r[rt])
		case 0x29: // sh
			addr := r[rs] + imm
			if addr&1 != 0 {
				v.fault(FaultUnaligned)
				return
			}
			pg := m.writePage(addr)
			if pg == nil {
				v.memFault()
				return
			}
			binary.BigEndian.PutUint16(pg.data[addr&pageMask:], uint16(r[rt]))
		case 0x2b: // sw
			addr := r[rs] + imm
			if addr&3 != 0 {
				v.fault(FaultUnaligned)
				return
			}
			pg := m.writePage(addr)
			if pg == nil {
				v.memFault()
				return
			}
			binary.BigEndian.PutUint32(pg.data[addr&pageMask:], r[rt])
		case 0x38: // sc: a single thread always succeeds
			addr := r[rs] + imm
			if addr&3 != 0 {
				v.fault(FaultUnaligned)
				return
			}
			pg := m.writePage(addr)
			if pg == nil {
				v.memFault()
				return
			}
			binary.BigEndian.PutUint32(pg.data[addr&pageMask:], r[rt])
			r[rt] = 1
		case 0x2a: // swl
			addr := r[rs] + imm
			pg := m.writePage(addr)
			if pg == nil {
				v.memFault()
				return
			}
			o := addr & pageMask &^ 3
			w := binary.BigEndian.Uint32(pg.data[o:])
			sh := (addr & 3) * 8
			binary.BigEndian.PutUint32(pg.data[o:], w&^(0xffffffff>>sh)|r[rt]>>sh)
		case 0x2e: // swr
			addr := r[rs] + imm
			pg := m.writePage(addr)
			if pg == nil {
				v.memFault()
				return
			}
			o := addr & pageMask &^ 3
			w := binary.BigEndian.Uint32(pg.data[o:])
			sh := (3 - addr&3) * 8
			binary.BigEndian.PutUint32(pg.data[o:], w&(1<<sh-1)|r[rt]<<sh)
		case 0x33: // pref: no effect
		default:
			v.fault(FaultInstruction)
			return
		}
		r[0] = 0
		s.PC = s.NextPC
		s.NextPC = next
		s.Step++
	}
}

// fault stops the VM in the defined fault state: pc stays at the faulting
// instruction and the step counts.
func (v *VM) fault(code uint8) {
	v.s.Status = StatusFault
	v.s.ExitCode = code
	v.s.Regs[0] = 0
	v.s.Step++
}

// memFault ends a step whose memory access failed: a data-source error
// leaves the state untouched, an access to page 0 is FaultNull.
func (v *VM) memFault() {
	if v.mem.err == nil {
		v.fault(FaultNull)
	}
}

func b2u(b bool) uint32 {
	if b {
		return 1
	}
	return 0
}

func clz(x uint32) uint32 {
	n := uint32(0)
	for x&0x80000000 == 0 && n < 32 {
		x <<= 1
		n++
	}
	return n
}
