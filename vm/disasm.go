package vm

import "fmt"

var special = map[uint32]string{
	0x00: "sll", 0x02: "srl", 0x03: "sra", 0x04: "sllv", 0x06: "srlv", 0x07: "srav",
	0x08: "jr", 0x09: "jalr", 0x0a: "movz", 0x0b: "movn", 0x0c: "syscall", 0x0d: "break",
	0x0f: "sync", 0x10: "mfhi", 0x11: "mthi", 0x12: "mflo", 0x13: "mtlo",
	0x18: "mult", 0x19: "multu", 0x1a: "div", 0x1b: "divu",
	0x20: "add", 0x21: "addu", 0x22: "sub", 0x23: "subu", 0x24: "and", 0x25: "or",
	0x26: "xor", 0x27: "nor", 0x2a: "slt", 0x2b: "sltu",
	0x30: "tge", 0x31: "tgeu", 0x32: "tlt", 0x33: "tltu", 0x34: "teq", 0x36: "tne",
}

var special2 = map[uint32]string{
	0x00: "madd", 0x01: "maddu", 0x02: "mul", 0x04: "msub", 0x05: "msubu", 0x20: "clz", 0x21: "clo",
}

var regimm = map[uint32]string{0x00: "bltz", 0x01: "bgez", 0x10: "bltzal", 0x11: "bgezal"}

var opcodes = map[uint32]string{
	0x02: "j", 0x03: "jal", 0x04: "beq", 0x05: "bne", 0x06: "blez", 0x07: "bgtz",
	0x08: "addi", 0x09: "addiu", 0x0a: "slti", 0x0b: "sltiu", 0x0c: "andi", 0x0d: "ori",
	0x0e: "xori", 0x0f: "lui",
	0x20: "lb", 0x21: "lh", 0x22: "lwl", 0x23: "lw", 0x24: "lbu", 0x25: "lhu", 0x26: "lwr",
	0x28: "sb", 0x29: "sh", 0x2a: "swl", 0x2b: "sw", 0x2e: "swr", 0x30: "ll", 0x33: "pref", 0x38: "sc",
}

// Disasm returns the instruction as assembly text (raw register numbers), or
// "" when the VM does not support it (executing it is FaultInstruction).
// It names the disputed instruction in traces and reports; the semantics
// live in exec alone.
func Disasm(insn uint32) string {
	op := insn >> 26
	rs, rt, rd := (insn>>21)&31, (insn>>16)&31, (insn>>11)&31
	sa := (insn >> 6) & 31
	imm := int32(int16(insn))
	switch op {
	case 0x00:
		name, ok := special[insn&0x3f]
		if !ok {
			return ""
		}
		switch insn & 0x3f {
		case 0x00, 0x02, 0x03:
			if insn == 0 {
				return "nop"
			}
			return fmt.Sprintf("%s $%d, $%d, %d", name, rd, rt, sa)
		case 0x08:
			return fmt.Sprintf("jr $%d", rs)
		case 0x0c, 0x0d, 0x0f:
			return name
		case 0x10, 0x12:
			return fmt.Sprintf("%s $%d", name, rd)
		case 0x11, 0x13:
			return fmt.Sprintf("%s $%d", name, rs)
		case 0x18, 0x19, 0x1a, 0x1b, 0x30, 0x31, 0x32, 0x33, 0x34, 0x36:
			return fmt.Sprintf("%s $%d, $%d", name, rs, rt)
		}
		return fmt.Sprintf("%s $%d, $%d, $%d", name, rd, rs, rt)
	case 0x01:
		name, ok := regimm[rt]
		if !ok {
			return ""
		}
		return fmt.Sprintf("%s $%d, %d", name, rs, imm<<2)
	case 0x1c:
		name, ok := special2[insn&0x3f]
		if !ok {
			return ""
		}
		if insn&0x3f >= 0x20 || insn&0x3f == 0x02 {
			return fmt.Sprintf("%s $%d, $%d, $%d", name, rd, rs, rt)
		}
		return fmt.Sprintf("%s $%d, $%d", name, rs, rt)
	}
	name, ok := opcodes[op]
	if !ok {
		return ""
	}
	switch {
	case op == 0x02 || op == 0x03:
		return fmt.Sprintf("%s %#x", name, (insn&0x03ffffff)<<2)
	case op >= 0x04 && op <= 0x07:
		return fmt.Sprintf("%s $%d, $%d, %d", name, rs, rt, imm<<2)
	case op == 0x0f:
		return fmt.Sprintf("lui $%d, %#x", rt, insn&0xffff)
	case op >= 0x0c && op <= 0x0e:
		return fmt.Sprintf("%s $%d, $%d, %#x", name, rt, rs, insn&0xffff)
	case op >= 0x08:
		if op >= 0x20 {
			return fmt.Sprintf("%s $%d, %d($%d)", name, rt, imm, rs)
		}
		return fmt.Sprintf("%s $%d, $%d, %d", name, rt, rs, imm)
	}
	return name
}
