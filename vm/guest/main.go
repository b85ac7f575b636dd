// Command guest is the program that the fraud-proof VM runs in a dispute
// (DESIGN §6.3). It is built for GOOS=linux GOARCH=mips GOMIPS=softfloat and
// reads its dispute-local inputs through the VM's preimage syscalls
// (vm.LocalKey(k)):
//
//	0: op index i (8 bytes, big-endian); all ones = run the whole program
//	1: A_{i-1}, the accumulator root before op i (32 bytes)
//	2: program root, 3: model root (tensor index), 4: job input root
//
// It maps every blob it needs by root (vm.SysMap), learning each blob's
// length from the length key of its root, computes out_i with
// model.ExecOp, proves slot i of A_{i-1} empty by reading the node
// preimages (node keys) on its path, appends out_i to the accumulator and
// commits A_i with
// vm.SysCommit, then exits 0. In whole-program mode it runs every op and
// commits A_N. Past the program's last op (up to the trace capacity) it
// commits A_{i-1} unchanged. Anything malformed makes it exit non-zero
// without a commit.
package main

import (
	"encoding/binary"
	"fmt"
	"os"
	"syscall"
	"unsafe"

	"github.com/rmsnet/rms/merkle"
	"github.com/rmsnet/rms/model"
	"github.com/rmsnet/rms/model/gguf"
	"github.com/rmsnet/rms/model/llama"
)

// VM syscalls (see package vm).
const (
	sysMap          = 6001
	sysPreimageKey  = 6002
	sysPreimageRead = 6003
	sysCommit       = 6004
)

// AllOps as op index selects whole-program mode.
const AllOps = ^uint64(0)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "guest:", err)
		os.Exit(1)
	}
}

// word returns a 32-byte aligned copy of h.
func word(h merkle.Hash) *merkle.Hash {
	b := make([]byte, 64)
	off := (32 - int(uintptr(unsafe.Pointer(&b[0]))&31)) & 31
	w := (*merkle.Hash)(unsafe.Pointer(&b[off]))
	*w = h
	return w
}

// preimage reads the preimage of key, 4 bytes per syscall.
func preimage(key merkle.Hash) ([]byte, error) {
	k := word(key)
	if _, _, e := syscall.RawSyscall(sysPreimageKey, uintptr(unsafe.Pointer(k)), 0, 0); e != 0 {
		return nil, fmt.Errorf("preimage key %s: %v", key, e)
	}
	var out []byte
	for {
		w, n, e := syscall.RawSyscall(sysPreimageRead, 0, 0, 0)
		if e != 0 {
			return nil, fmt.Errorf("preimage read %s: %v", key, e)
		}
		if n > 1<<30 {
			return nil, fmt.Errorf("preimage %s: length %d", key, n)
		}
		var b [4]byte
		binary.BigEndian.PutUint32(b[:], uint32(w))
		out = append(out, b[:]...)
		if len(out) >= int(n) {
			return out[:n], nil
		}
	}
}

func localKey(k uint32) merkle.Hash {
	var h merkle.Hash
	h[0] = 1
	binary.BigEndian.PutUint32(h[28:], k)
	return h
}

func localWord(k uint32) (merkle.Hash, error) {
	b, err := preimage(localKey(k))
	if err != nil {
		return merkle.Hash{}, err
	}
	if len(b) != 32 {
		return merkle.Hash{}, fmt.Errorf("local input %d: %d bytes, want 32", k, len(b))
	}
	return merkle.Hash(b), nil
}

// The map window is where the guest maps blobs: the upper half of the
// address space, which neither the Go runtime (its heap grows up from
// vm.HeapStart, its stack down from vm.StackTop) nor the VM's mmap ever hands
// out. A map there takes no heap, only the pages read are ever filled, and
// one blob may be as large as the window (2^31 bytes), so an op's memory is
// bounded by what it reads, never by the size of the model (docs/VM.md).
const (
	mapWindowStart = 0x8000_0000
	mapWindowEnd   = 1 << 32
)

// mapNext is the lowest free address of the map window.
var mapNext uint64 = mapWindowStart

// mapTree maps the word tree with root root and the given height at the
// next aligned free region of the map window and returns its 2^height words
// as bytes.
func mapTree(root merkle.Hash, height int) ([]byte, error) {
	sizeLog2 := max(height+5, 12)
	if sizeLog2 > 31 {
		return nil, fmt.Errorf("map %s: tree of height %d too large", root, height)
	}
	size := uint64(1) << sizeLog2
	addr := (mapNext + size - 1) &^ (size - 1)
	if addr+size > mapWindowEnd {
		return nil, fmt.Errorf("map %s: 2^%d bytes do not fit in the map window (%d bytes free)", root, sizeLog2, mapWindowEnd-mapNext)
	}
	mapNext = addr + size
	r := word(root)
	if _, _, e := syscall.RawSyscall6(sysMap, uintptr(addr), uintptr(sizeLog2), uintptr(unsafe.Pointer(r)), uintptr(height), 0, 0); e != 0 {
		return nil, fmt.Errorf("map %s: %v", root, e)
	}
	a := uintptr(addr)
	p := *(*unsafe.Pointer)(unsafe.Pointer(&a)) // the window is outside Go's heap; the GC is off
	return unsafe.Slice((*byte)(p), 32<<height), nil
}

// mapBlob maps the blob with root root and returns its bytes (without the
// length word).
func mapBlob(root merkle.Hash) ([]byte, error) {
	lb, err := preimage(lengthKey(root))
	if err != nil {
		return nil, err
	}
	if len(lb) != 8 {
		return nil, fmt.Errorf("length of %s: %d bytes", root, len(lb))
	}
	n := binary.BigEndian.Uint64(lb)
	if n > 1<<30 {
		return nil, fmt.Errorf("blob %s: length %d too large", root, n)
	}
	tr, err := mapTree(root, merkle.BlobHeight(n))
	if err != nil {
		return nil, err
	}
	if merkle.Hash(tr[:32]) != merkle.LengthWord(n) {
		return nil, fmt.Errorf("blob %s: length word does not say %d", root, n)
	}
	return tr[32 : 32+n], nil
}

// nodeKey is vm.NodeKey: the key of the children l ‖ r of node n.
func nodeKey(n merkle.Hash) merkle.Hash {
	n[0] = 4
	return n
}

// nodeChildren reads the children of node n as the preimage of its node
// key. The VM serves only a preimage that hashes to the key (and the
// oracle contract holds no other), and AppendWithProof checks the path
// against the root all the same.
func nodeChildren(n merkle.Hash, level int) (l, r merkle.Hash, err error) {
	b, err := preimage(nodeKey(n))
	if err != nil {
		return l, r, err
	}
	if len(b) != 64 {
		return l, r, fmt.Errorf("node preimage of %s: %d bytes, want 64", n, len(b))
	}
	return merkle.Hash(b[:32]), merkle.Hash(b[32:]), nil
}

// emptySlotProof returns the sibling path of slot i of the accumulator
// with root acc and the given height, read as node preimages from the root
// down (one per level, none below a zero subtree), and checks that the
// slot is empty. Its cost depends on the height, never on i.
func emptySlotProof(acc merkle.Hash, height int, i uint64) ([]merkle.Hash, error) {
	leaf, proof, err := merkle.Path(acc, height, i, nodeChildren)
	if err != nil {
		return nil, fmt.Errorf("accumulator %s: %w", acc, err)
	}
	if !leaf.IsZero() {
		return nil, fmt.Errorf("accumulator %s: slot %d is not empty (%s)", acc, i, leaf)
	}
	return proof, nil
}

func lengthKey(root merkle.Hash) merkle.Hash {
	root[0] = 3
	return root
}

func commit(h merkle.Hash) error {
	w := word(h)
	if _, _, e := syscall.RawSyscall(sysCommit, uintptr(unsafe.Pointer(w)), 0, 0); e != 0 {
		return fmt.Errorf("commit: %v", e)
	}
	return nil
}

type job struct {
	prog    *model.Program
	index   []model.IndexEntry
	input   []byte
	acc     []byte // mapped accumulator leaves (2^TraceHeight words)
	outs    map[int][]byte
	prevAcc merkle.Hash
}

func run() error {
	ib, err := preimage(localKey(0))
	if err != nil {
		return err
	}
	if len(ib) != 8 {
		return fmt.Errorf("op index: %d bytes, want 8", len(ib))
	}
	opIndex := binary.BigEndian.Uint64(ib)
	var roots [5]merkle.Hash
	for k := uint32(1); k < 5; k++ {
		if roots[k], err = localWord(k); err != nil {
			return err
		}
	}
	pb, err := mapBlob(roots[2])
	if err != nil {
		return fmt.Errorf("program: %w", err)
	}
	if llama.IsProgram(pb) {
		return runText(opIndex, roots, pb)
	}
	prog, err := model.DecodeProgram(pb)
	if err != nil {
		return err
	}
	xb, err := mapBlob(roots[3])
	if err != nil {
		return fmt.Errorf("model index: %w", err)
	}
	index, err := model.DecodeIndex(xb)
	if err != nil {
		return err
	}
	input, err := mapBlob(roots[4])
	if err != nil {
		return fmt.Errorf("job input: %w", err)
	}
	j := &job{prog: prog, index: index, input: input, outs: map[int][]byte{}, prevAcc: roots[1]}
	if opIndex == AllOps {
		acc := merkle.Zero(prog.TraceHeight)
		for i := range prog.Ops {
			out, err := j.exec(i)
			if err != nil {
				return err
			}
			if acc, err = appendAcc(acc, uint64(i), out, j.proofLocal(i)); err != nil {
				return err
			}
		}
		fmt.Printf("ops %d acc %s\n", len(prog.Ops), acc)
		return commit(acc)
	}
	if opIndex >= uint64(len(prog.Ops)) {
		// Past the last op the trace stays as it is (DESIGN §5): A_i = A_{i-1}.
		if opIndex >= uint64(1)<<prog.TraceHeight {
			return fmt.Errorf("op %d outside the trace capacity 2^%d", opIndex, prog.TraceHeight)
		}
		return commit(roots[1])
	}
	i := int(opIndex)
	if j.acc, err = mapTree(roots[1], prog.TraceHeight); err != nil {
		return fmt.Errorf("accumulator: %w", err)
	}
	out, err := j.exec(i)
	if err != nil {
		return err
	}
	proof, err := emptySlotProof(roots[1], prog.TraceHeight, uint64(i))
	if err != nil {
		return err
	}
	next, err := appendAcc(roots[1], uint64(i), out, proof)
	if err != nil {
		return err
	}
	return commit(next)
}

func appendAcc(prev merkle.Hash, i uint64, out merkle.Hash, proof []merkle.Hash) (merkle.Hash, error) {
	return merkle.AppendWithProof(prev, i, out, proof)
}

// proofLocal is the empty-slot proof of entry i in whole-program mode, from
// the outputs computed so far.
func (j *job) proofLocal(i int) []merkle.Hash {
	leaves := make([]byte, 32*i)
	for k := 0; k < i; k++ {
		r := merkle.BlobRoot(j.outs[k])
		copy(leaves[32*k:], r[:])
	}
	p, _ := merkle.Proof(leaves, j.prog.TraceHeight, uint64(i), 0)
	return p
}

// exec computes op i from its mapped inputs and returns out_i.
func (j *job) exec(i int) (merkle.Hash, error) {
	refs, err := j.prog.Needs(i)
	if err != nil {
		return merkle.Hash{}, err
	}
	blobs := make([][]byte, len(refs))
	for k, r := range refs {
		switch r.Kind {
		case model.RefInput:
			blobs[k] = j.input
		case model.RefTensor:
			root, ok := model.LookupIndex(j.index, r.Name)
			if !ok {
				return merkle.Hash{}, fmt.Errorf("op %d: tensor %q not in the model", i, r.Name)
			}
			if blobs[k], err = mapBlob(root); err != nil {
				return merkle.Hash{}, fmt.Errorf("op %d: tensor %q: %w", i, r.Name, err)
			}
		case model.RefOp:
			if b, ok := j.outs[r.Op]; ok {
				blobs[k] = b
				break
			}
			if j.acc == nil || r.Op >= i {
				return merkle.Hash{}, fmt.Errorf("op %d reads op %d, which is not available", i, r.Op)
			}
			root := merkle.Hash(j.acc[32*r.Op : 32*r.Op+32])
			if blobs[k], err = mapBlob(root); err != nil {
				return merkle.Hash{}, fmt.Errorf("op %d: output of op %d: %w", i, r.Op, err)
			}
		default:
			return merkle.Hash{}, fmt.Errorf("op %d: unknown reference %s", i, r)
		}
	}
	outBlob, out, err := model.ExecOp(j.prog, i, blobs)
	if err != nil {
		return merkle.Hash{}, err
	}
	j.outs[i] = outBlob
	return out, nil
}

// runText runs op opIndex of a text generation: the program is a text
// program, the model root the GGUF file's blob, the job input a text job.
// The accumulator's height is the program's (the class's), as natively.
// The op's inputs are earlier outputs, mapped through A_{i-1}; a zero entry
// is an op that was a no-op (after the end of text).
func runText(opIndex uint64, roots [5]merkle.Hash, pb []byte) error {
	tp, err := llama.DecodeProgram(pb)
	if err != nil {
		return err
	}
	m, err := loadText(roots[3], tp)
	if err != nil {
		return err
	}
	ib, err := mapBlob(roots[4])
	if err != nil {
		return fmt.Errorf("job input: %w", err)
	}
	job, err := llama.DecodeJob(ib)
	if err != nil {
		return err
	}
	s := m.Schedule(len(job.Prompt), job.MaxTokens)
	height, err := tp.Height(len(s.Ops))
	if err != nil {
		return err
	}
	if opIndex >= uint64(len(s.Ops)) {
		if opIndex >= uint64(1)<<height {
			return fmt.Errorf("op %d outside the trace capacity 2^%d", opIndex, height)
		}
		return commit(roots[1])
	}
	i := int(opIndex)
	acc, err := mapTree(roots[1], height)
	if err != nil {
		return fmt.Errorf("accumulator: %w", err)
	}
	var ins [][]float32
	for _, k := range s.Inputs(i) {
		root := merkle.Hash(acc[32*k : 32*k+32])
		if root.IsZero() {
			ins = append(ins, nil)
			continue
		}
		b, err := mapBlob(root)
		if err != nil {
			return fmt.Errorf("op %d: output of op %d: %w", i, k, err)
		}
		t, err := model.DecodeTensor(b)
		if err != nil {
			return fmt.Errorf("op %d: output of op %d: %w", i, k, err)
		}
		switch {
		case t.DType == model.F32:
			ins = append(ins, t.F32)
		case t.DType == model.I32: // tokens drawn so far (below 2^24: exact as float32)
			v := make([]float32, len(t.I32))
			for k, x := range t.I32 {
				v[k] = float32(x)
			}
			ins = append(ins, v)
		default:
			return fmt.Errorf("op %d: output of op %d is %s %v", i, k, t.DType, t.Shape)
		}
	}
	out, noop, err := m.ExecOp(job, s, i, ins, tp.EOS)
	if err != nil {
		return err
	}
	if noop {
		return commit(roots[1])
	}
	var t model.Tensor
	if s.Ops[i].Kind == llama.OpSample {
		toks := make([]int32, len(out))
		for k, v := range out {
			toks[k] = int32(v)
		}
		t, err = model.FromI32(toks, len(toks))
	} else {
		t, err = model.FromF32(out, len(out))
	}
	if err != nil {
		return err
	}
	root, err := t.Root()
	if err != nil {
		return err
	}
	proof, err := emptySlotProof(roots[1], height, uint64(i))
	if err != nil {
		return err
	}
	next, err := merkle.AppendWithProof(roots[1], uint64(i), root, proof)
	if err != nil {
		return err
	}
	return commit(next)
}

// loadText loads the text model with model root root: the tensor index,
// the GGUF header it names (model.IndexHeader) and, only when an op reads
// one, a tensor's blob (llama.WithTensorData).
func loadText(root merkle.Hash, tp llama.Program) (*llama.Model, error) {
	xb, err := mapBlob(root)
	if err != nil {
		return nil, fmt.Errorf("model index: %w", err)
	}
	index, err := model.DecodeIndex(xb)
	if err != nil {
		return nil, fmt.Errorf("model: %w", err)
	}
	hr, ok := model.LookupIndex(index, model.IndexHeader)
	if !ok {
		return nil, fmt.Errorf("model: the index has no %q entry", model.IndexHeader)
	}
	hb, err := mapBlob(hr)
	if err != nil {
		return nil, fmt.Errorf("model header: %w", err)
	}
	h, err := gguf.ParseHeader(hb)
	if err != nil {
		return nil, fmt.Errorf("model header: %w", err)
	}
	fetch := func(name string) ([]byte, error) {
		t, ok := h.Tensor(name)
		if !ok {
			return nil, fmt.Errorf("not in the header")
		}
		r, ok := model.LookupIndex(index, name)
		if !ok {
			return nil, fmt.Errorf("not in the model index")
		}
		b, err := mapBlob(r)
		if err != nil {
			return nil, err
		}
		dt, ok := model.DTypeOfGGML(t.Type)
		if !ok { // a raw tensor: its bytes as the GGUF holds them
			return b, nil
		}
		shape := make([]int, len(t.Dims))
		for k, d := range t.Dims {
			shape[len(shape)-1-k] = int(d)
		}
		want, err := model.EncodeHeader(dt, shape)
		if err != nil {
			return nil, err
		}
		if len(b) < model.HeaderSize || string(b[:model.HeaderSize]) != string(want) {
			return nil, fmt.Errorf("blob header is not that of %s %v", dt, shape)
		}
		return b[model.HeaderSize:], nil
	}
	return llama.Load(h, append(tp.Options(), llama.WithWorkers(1), llama.WithTensorData(fetch))...)
}
