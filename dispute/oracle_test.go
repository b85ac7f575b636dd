package dispute

import (
	"context"
	"encoding/binary"
	"fmt"
	"math/big"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/rmsnet/rms/contracts/bindings"
	"github.com/rmsnet/rms/merkle"
	"github.com/rmsnet/rms/vm"
)

// TestOracleBlobParts: a step reads a blob key only after the blob's length
// and the words it reads were loaded, each with its proof; then it agrees
// with the Go VM at every kind of offset.
func TestOracleBlobParts(t *testing.T) {
	c := newTestChain(t)
	ctx := context.Background()
	r := rand.New(rand.NewPCG(21, 21))
	blob := make([]byte, 300)
	for i := range blob {
		blob[i] = byte(r.Uint32())
	}
	bp := NewBlobPreimages()
	root := bp.Add(blob)
	key := BlobKey(root)
	read := func(off uint32) *vm.VM {
		s := randomState(r)
		s.Regs[2] = vm.SysPreimageRead
		s.PreimageKey, s.PreimageOffset = key, off
		return stateVMOracle(t, r, s, syscallInsn, bp)
	}
	wantErr := func(off uint32, want string) {
		t.Helper()
		v := read(off)
		w, err := v.StepWitness()
		if err != nil {
			t.Fatal(err)
		}
		_, _, err = c.stepper.Call(ctx, w)
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Fatalf("offset %d: %v, want %s", off, err, want)
		}
	}
	wantErr(0, "PreimageMissing")
	if err := c.oracle.LoadLength(ctx, blob); err != nil {
		t.Fatal(err)
	}
	wantErr(0, "PreimagePartMissing")
	if err := c.oracle.LoadBlobPart(ctx, blob, 1); err != nil {
		t.Fatal(err)
	}
	v := read(4)
	c.check(t, v, "offset 4")
	wantErr(30, "PreimagePartMissing") // straddles words 1 and 2
	if err := c.oracle.LoadBlobPart(ctx, blob, 2); err != nil {
		t.Fatal(err)
	}
	for _, off := range []uint32{0, 28, 30, 31, 60} {
		v := read(off)
		c.check(t, v, "loaded part")
	}
	if err := c.oracle.LoadBlob(ctx, blob); err != nil {
		t.Fatal(err)
	}
	for _, off := range []uint32{92, 250, 286, 296, 297, 299, 300, 4000, 0xfffffffe} {
		v := read(off)
		c.check(t, v, "whole blob")
	}
	if err := c.oracle.LoadBlobPart(ctx, blob, 0); err == nil {
		t.Fatal("part 0 (the length word) accepted")
	}
	if err := c.oracle.LoadBlobPart(ctx, blob, 11); err == nil {
		t.Fatal("part past the blob accepted")
	}
}

// TestOracleRejects: bad length proofs, bad part proofs and rewritten or
// malformed local inputs are refused.
func TestOracleRejects(t *testing.T) {
	c := newTestChain(t)
	ctx := context.Background()
	blob := []byte(strings.Repeat("rms ", 100))
	root := merkle.BlobRoot(blob)
	proof, err := merkle.BlobProof(blob, 0, 0)
	if err != nil {
		t.Fatal(err)
	}
	if err := c.oracle.LoadLengthProof(ctx, root, uint64(len(blob))+1, proof); err == nil {
		t.Fatal("wrong length accepted")
	}
	if err := c.oracle.LoadLengthProof(ctx, root, uint64(len(blob)), proof[:len(proof)-1]); err == nil {
		t.Fatal("short proof accepted")
	}
	bad := append([]merkle.Hash(nil), proof...)
	bad[0][5] ^= 1
	if err := c.oracle.LoadLengthProof(ctx, root, uint64(len(blob)), bad); err == nil {
		t.Fatal("bad sibling accepted")
	}
	// An inner node posing as the length word: a proof one level shorter.
	if err := c.oracle.LoadLengthProof(ctx, root, 1<<40, proof[1:]); err == nil {
		t.Fatal("length over 2^32 accepted")
	}
	if ok, _ := c.oracle.Has(ctx, vm.LengthKey(root), c.opts.From, testLocal); ok {
		t.Fatal("length stored after refusals")
	}
	// A part before the length.
	o := bindings.NewPreimageOracle()
	p, _ := merkle.BlobProof(blob, 1, 0)
	pp := make([][32]byte, len(p))
	for i := range p {
		pp[i] = p[i]
	}
	var w [32]byte
	copy(w[:], blob)
	if err := c.oracle.send(ctx, "part", o.PackLoadBlobPart(root, bigOne(), w, pp)); err == nil || !strings.Contains(err.Error(), "BlobLengthUnknown") {
		t.Fatalf("part before length: %v", err)
	}
	if err := c.oracle.LoadLength(ctx, blob); err != nil {
		t.Fatal(err)
	}
	if ok, _ := c.oracle.Has(ctx, vm.LengthKey(root), c.opts.From, testLocal); !ok {
		t.Fatal("length not stored")
	}
	w[3] ^= 1
	if err := c.oracle.send(ctx, "part", o.PackLoadBlobPart(root, bigOne(), w, pp)); err == nil || !strings.Contains(err.Error(), "BadPartProof") {
		t.Fatalf("bad part: %v", err)
	}
	key := vm.LocalKey(1)
	if err := c.oracle.LoadLocal(ctx, testLocal, key, []byte("first")); err != nil {
		t.Fatal(err)
	}
	if err := c.oracle.LoadLocal(ctx, testLocal, key, []byte("second")); err == nil || !strings.Contains(err.Error(), "LocalAlreadyLoaded") {
		t.Fatalf("rewritten local input: %v", err)
	}
	if err := c.oracle.LoadLocal(ctx, testLocal, vm.LengthKey(root), []byte("x")); err == nil {
		t.Fatal("non-local key accepted as local")
	}
	if err := c.oracle.LoadLocal(ctx, testLocal, vm.LocalKey(2), make([]byte, 1025)); err == nil {
		t.Fatal("1025-byte local input accepted")
	}
	// Local inputs are per sender and context.
	if ok, _ := c.oracle.Has(ctx, key, c.opts.From, merkle.Hash{31: 9}); ok {
		t.Fatal("local input visible under another context")
	}
	if ok, _ := c.oracle.Has(ctx, key, c.c.Step, testLocal); ok {
		t.Fatal("local input visible for another caller")
	}
}

func bigOne() *big.Int { return big.NewInt(1) }

// TestOracleUnknownKeyTypes: the oracle serves only the four key types the
// VM knows, and the storage key of a local input is no key of its own, for
// any caller or context (it used to read as the local input's preimage).
func TestOracleUnknownKeyTypes(t *testing.T) {
	c := newTestChain(t)
	ctx := context.Background()
	local := []byte("a local input of one account")
	if err := c.oracle.LoadLocal(ctx, testLocal, vm.LocalKey(1), local); err != nil {
		t.Fatal(err)
	}
	slot := localSlot(vm.LocalKey(1), c.opts.From, testLocal)
	or := bindings.NewPreimageOracle()
	to := c.c.Oracle
	// read returns the call's error with the oracle's custom error decoded,
	// or, when the call succeeds, an error showing what it read.
	read := func(key merkle.Hash, caller common.Address, lc merkle.Hash) error {
		in, err := or.TryPackReadWord(key, big.NewInt(0), caller, lc)
		if err != nil {
			t.Fatal(err)
		}
		out, err := c.b.CallContract(ctx, ethereum.CallMsg{To: &to, Data: in}, nil)
		if err != nil {
			if e, ok := c.oracle.unpackRevert(err); ok {
				return fmt.Errorf("%w: %s", err, e)
			}
			return err
		}
		res, err := or.UnpackReadWord(out)
		if err != nil {
			t.Fatal(err)
		}
		return fmt.Errorf("read word %#08x, length %d", res.Word, res.Length)
	}
	if err := read(vm.LocalKey(1), c.opts.From, testLocal); !strings.Contains(err.Error(), fmt.Sprintf("length %d", len(local))) {
		t.Fatalf("the local input itself: %v", err)
	}
	want := "UnknownKeyType"
	if slot[0] >= 2 && slot[0] <= 4 {
		want = "PreimageMissing"
	}
	for _, caller := range []common.Address{c.opts.From, c.c.Step, {}} {
		for _, lc := range []merkle.Hash{testLocal, {}} {
			if err := read(slot, caller, lc); !strings.Contains(err.Error(), want) {
				t.Errorf("storage key %s read by %s in context %s: %v, want %s", slot, caller, lc, err, want)
			}
		}
	}
	for _, typ := range []byte{0, 5, 6, 0x7f, 0x80, 0xff} {
		key := vm.LocalKey(1)
		key[0] = typ
		if err := read(key, c.opts.From, testLocal); !strings.Contains(err.Error(), "UnknownKeyType") {
			t.Errorf("key type %d: %v, want UnknownKeyType", typ, err)
		}
		if ok, err := c.oracle.Has(ctx, key, c.opts.From, testLocal); err != nil || ok {
			t.Errorf("key type %d: has %v, %v", typ, ok, err)
		}
	}
	if ok, err := c.oracle.Has(ctx, slot, c.opts.From, testLocal); err != nil || ok {
		t.Errorf("storage key of a local input: has %v, %v", ok, err)
	}
}

// TestOracleZeroPastEnd: a word tree whose leaf 0 is a valid length word
// but whose last data word holds non-zero bytes past that length (not a
// canonical blob, yet every proof holds) still reads as zero past the end,
// as the Go VM's oracle answers "zero past its end".
func TestOracleZeroPastEnd(t *testing.T) {
	c := newTestChain(t)
	ctx := context.Background()
	const length = 37 // data words 1 and 2; word 2 holds bytes 32..36
	leaves := make([]merkle.Hash, 4)
	leaves[0] = merkle.LengthWord(length)
	for i := range leaves[1] {
		leaves[1][i] = byte(0x10 + i)
		leaves[2][i] = byte(0xa0 + i) // bytes 5..31 are past the end
	}
	tr, err := merkle.NewTreeFromLeaves(leaves, 2)
	if err != nil {
		t.Fatal(err)
	}
	root := tr.Root()
	proof := func(i uint64) [][32]byte {
		p, err := tr.Proof(0, i)
		if err != nil {
			t.Fatal(err)
		}
		out := make([][32]byte, len(p))
		for j := range p {
			out[j] = p[j]
		}
		return out
	}
	if h := merkle.BlobHeight(length); h != 2 {
		t.Fatalf("height %d", h)
	}
	p0, _ := tr.Proof(0, 0)
	if err := c.oracle.LoadLengthProof(ctx, root, length, p0); err != nil {
		t.Fatal(err)
	}
	for _, i := range []uint64{1, 2} {
		d, err := c.oracle.abi.TryPackLoadBlobPart(root, new(big.Int).SetUint64(i), leaves[i], proof(i))
		if err != nil {
			t.Fatal(err)
		}
		if err := c.oracle.send(ctx, "part", d); err != nil {
			t.Fatal(err)
		}
	}
	or := bindings.NewPreimageOracle()
	key := BlobKey(root)
	for _, tc := range []struct {
		off  uint32
		want uint32
	}{
		{28, 0x2c2d2e2f}, {32, 0xa0a1a2a3}, {33, 0xa1a2a3a4}, {34, 0xa2a3a400}, {35, 0xa3a40000},
		{36, 0xa4000000}, {37, 0}, {30, 0x2e2fa0a1},
	} {
		in, err := or.TryPackReadWord(key, new(big.Int).SetUint64(uint64(tc.off)), c.opts.From, testLocal)
		if err != nil {
			t.Fatal(err)
		}
		to := c.c.Oracle
		out, err := c.b.CallContract(ctx, ethereum.CallMsg{To: &to, Data: in}, nil)
		if err != nil {
			t.Fatal(err)
		}
		res, err := or.UnpackReadWord(out)
		if err != nil {
			t.Fatal(err)
		}
		if res.Word != tc.want || res.Length != length {
			t.Errorf("offset %d: word %#08x length %d, want %#08x %d", tc.off, res.Word, res.Length, tc.want, length)
		}
	}
}

// TestOracleNodes: loadNode stores a pair under the node key of its own
// hash (computed here with go-ethereum's keccak) and nowhere else: the key
// of the pair swapped, or of a node it does not hash to, stays missing, so
// a node preimage whose l ‖ r does not hash to the key can never be read;
// the step then reads the pair word by word, in Go and on the contract
// alike; a zero subtree's node is loaded like any other.
func TestOracleNodes(t *testing.T) {
	c := newTestChain(t)
	ctx := context.Background()
	r := rand.New(rand.NewPCG(31, 31))
	var l, rr merkle.Hash
	for i := range l {
		l[i], rr[i] = byte(r.Uint32()), byte(r.Uint32())
	}
	node := merkle.Hash(crypto.Keccak256Hash(l[:], rr[:]))
	if err := c.oracle.LoadNode(ctx, l, rr); err != nil {
		t.Fatal(err)
	}
	has := func(key merkle.Hash) bool {
		ok, err := c.oracle.Has(ctx, key, common.Address{}, merkle.Hash{})
		if err != nil {
			t.Fatal(err)
		}
		return ok
	}
	if !has(vm.NodeKey(node)) {
		t.Fatal("the loaded pair is not under the node key of its hash")
	}
	swapped := merkle.Hash(crypto.Keccak256Hash(rr[:], l[:]))
	for _, k := range []merkle.Hash{vm.NodeKey(swapped), vm.NodeKey(l), vm.NodeKey(rr), vm.LengthKey(node), BlobKey(node)} {
		if has(k) {
			t.Fatalf("key %s holds a preimage after loading the node %s only", k, node)
		}
	}
	z := merkle.Zero(11)
	if err := c.oracle.LoadNode(ctx, z, z); err != nil {
		t.Fatal(err)
	}
	if !has(vm.NodeKey(merkle.Zero(12))) {
		t.Fatal("the node of the zero subtree of height 12 is not loaded")
	}
	src := vm.NewMemSource()
	if _, err := src.AddTree([]merkle.Hash{l, rr}, 1); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		key  merkle.Hash
		off  uint32
		want []byte
	}{
		{vm.NodeKey(node), 0, l[:4]}, {vm.NodeKey(node), 28, l[28:]}, {vm.NodeKey(node), 31, []byte{l[31], rr[0], rr[1], rr[2]}},
		{vm.NodeKey(node), 32, rr[:4]}, {vm.NodeKey(node), 61, append(rr[29:], 0)}, {vm.NodeKey(node), 64, []byte{0, 0, 0, 0}},
		{vm.NodeKey(merkle.Zero(12)), 40, z[8:12]},
	} {
		s := randomState(r)
		s.Regs[2] = vm.SysPreimageRead
		s.PreimageKey, s.PreimageOffset = tc.key, tc.off
		v := stateVMOracle(t, r, s, syscallInsn, src)
		w := c.check(t, v, fmt.Sprintf("node read at %d", tc.off))
		post, _, err := vm.DecodeState(w.PostState)
		if err != nil {
			t.Fatal(err)
		}
		if post.Regs[2] != binary.BigEndian.Uint32(tc.want) || post.Regs[3] != 64 {
			t.Fatalf("key %s offset %d: v0 %#x v1 %d, want %x and 64", tc.key, tc.off, post.Regs[2], post.Regs[3], tc.want)
		}
	}
}
