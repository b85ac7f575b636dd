package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// unrolledFile holds the memory-proof functions whose 27 levels are
// written out one block per level (a loop costs about 100 gas more per
// level). The blocks between the BEGIN and END GENERATED lines of each
// function come from the templates below, so a change to the proof layout
// is made once, here, and `make generate` rewrites all 81 blocks.
const unrolledFile = "src/step/MIPSMemory.sol"

// treeLevels is the number of levels of a memory proof (vm.MemProof): a
// 32-byte leaf of a 4 GiB memory.
const treeLevels = 27

// Memory layout of MIPSMemory.sol (its ZEROS_AT, SIB and PATH constants).
const (
	zerosAt = 0x1a0 // zero-subtree hashes, one word per level
	sibAt   = 0x500 // the siblings of the current proof
	pathAt  = 0x860 // the nodes of the current path, leaf first
)

// levelTemplates are the block of one level of each unrolled function.
// Placeholders: {l} the level, {zeros}, {sib}, {path} its addresses, {mask}
// its bit of the proof's sibling mask, {bit} the expression that moves bit
// l of idx to bit 5 (so that and(…, 32) is 0 or 32).
var levelTemplates = map[string]string{
	// The step's first proof: every sibling from the witness or the zero
	// hashes.
	"proveFirst": `            // level {l}
            s := mload({zeros})
            if iszero(and(mask, {mask})) {
                s := calldataload(cur)
                cur := add(cur, 32)
            }
            mstore({sib}, s)
            pos := and({bit}, 32)
            mstore(pos, node)
            mstore(xor(pos, 32), s)
            node := keccak256(0, 64)
            mstore({path}, node)
`,
	// A later read: below the meeting level d the siblings are new, from
	// d up the previous proof's.
	"proveLeaf": `            // level {l}
            s := mload({sib})
            if gt(d, {l}) {
                s := mload({zeros})
                if iszero(and(mask, {mask})) {
                    s := calldataload(cur)
                    cur := add(cur, 32)
                }
                mstore({sib}, s)
            }
            pos := and({bit}, 32)
            mstore(xor(pos, 32), s)
            mstore(pos, node)
            node := keccak256(0, 64)
            mstore({path}, node)
`,
	// A write: the old path is checked and the new one computed at once.
	"proveWriteLeaf": `            // level {l}
            s := mload({sib})
            if gt(d, {l}) {
                s := mload({zeros})
                if iszero(and(mask, {mask})) {
                    s := calldataload(cur)
                    cur := add(cur, 32)
                }
                mstore({sib}, s)
            }
            pos := and({bit}, 32)
            mstore(xor(pos, 32), s)
            mstore(pos, node)
            node := keccak256(0, 64)
            mstore(pos, nnode)
            nnode := keccak256(0, 64)
            mstore({path}, nnode)
`,
}

// unrolledLevels returns the 27 blocks of function fn.
func unrolledLevels(fn string) string {
	var b strings.Builder
	for l := range treeLevels {
		bit := "idx"
		switch {
		case l < 5:
			bit = fmt.Sprintf("shl(%d, idx)", 5-l)
		case l > 5:
			bit = fmt.Sprintf("shr(%d, idx)", l-5)
		}
		b.WriteString(strings.NewReplacer(
			"{l}", fmt.Sprint(l),
			"{zeros}", fmt.Sprintf("%#x", zerosAt+32*l),
			"{sib}", fmt.Sprintf("%#x", sibAt+32*l),
			"{path}", fmt.Sprintf("%#x", pathAt+32*(l+1)),
			"{mask}", fmt.Sprintf("%#x", 1<<l),
			"{bit}", bit,
		).Replace(levelTemplates[fn]))
	}
	return b.String()
}

// unroll returns src with the generated region of every function of
// levelTemplates rewritten. Each function must have exactly one region.
func unroll(src []byte) ([]byte, error) {
	out := src
	for _, fn := range []string{"proveFirst", "proveLeaf", "proveWriteLeaf"} {
		begin := []byte("// BEGIN GENERATED " + fn + " levels")
		end := []byte("            // END GENERATED " + fn + " levels\n")
		if bytes.Count(out, begin) != 1 || bytes.Count(out, end) != 1 {
			return nil, fmt.Errorf("%s: want one BEGIN and one END GENERATED line for %s", unrolledFile, fn)
		}
		i := bytes.Index(out, begin)
		i += bytes.IndexByte(out[i:], '\n') + 1
		j := bytes.Index(out, end)
		if j < i {
			return nil, fmt.Errorf("%s: END GENERATED before BEGIN for %s", unrolledFile, fn)
		}
		next := append([]byte(nil), out[:i]...)
		next = append(next, unrolledLevels(fn)...)
		out = append(next, out[j:]...)
	}
	return out, nil
}

// unrolledSource reads the unrolled file of dir and returns it regenerated.
func unrolledSource(dir string) ([]byte, error) {
	src, err := os.ReadFile(filepath.Join(dir, unrolledFile))
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", unrolledFile, err)
	}
	return unroll(src)
}
