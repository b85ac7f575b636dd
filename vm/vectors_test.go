package vm

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"flag"
	"os"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/rmsnet/rms/merkle"
)

var (
	updateVectors = flag.Bool("update-vectors", false, "rewrite testdata/step_vectors.json")
	acceptVectors = flag.String("accept-vectors", "", "comma-separated vector names whose post-state -update-vectors may change or whose vectors it may drop")
)

// StepVector is one witnessed step for testing another implementation of
// the step (the on-chain one) against this one.
type StepVector struct {
	Name      string      `json:"name"`
	Witness   string      `json:"witness"`    // Witness.Encode(), hex
	PreHash   merkle.Hash `json:"pre_hash"`   // keccak of the pre-state
	PostState string      `json:"post_state"` // packed post-state, hex
	PostHash  merkle.Hash `json:"post_hash"`
}

func vectorOf(name string, w *Witness) StepVector {
	return StepVector{
		Name:      name,
		Witness:   "0x" + hex.EncodeToString(w.Encode()),
		PreHash:   StateHash(w.State),
		PostState: "0x" + hex.EncodeToString(w.PostState),
		PostHash:  StateHash(w.PostState),
	}
}

// makeVectors witnesses the start of a real Go program (keeping the first
// two steps of every instruction and syscall kind), the VM syscalls in a
// small hand-written program, and faults.
func makeVectors(t *testing.T) []StepVector {
	var out []StepVector
	seen := map[string]int{}
	v, err := New(loadProg(t, "goroutines"))
	if err != nil {
		t.Fatal(err)
	}
	for !v.Halted() && v.Steps() < 400_000 {
		insn, _ := v.mem.Load32(v.s.PC)
		name := strings.Fields(Disasm(insn) + " ?")[0]
		if name == "syscall" {
			name += "_" + strconv.Itoa(int(v.s.Regs[2]))
		}
		if seen[name] >= 2 {
			v.step()
			continue
		}
		seen[name]++
		w, err := v.StepWitness()
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, vectorOf(name, w))
	}
	// Every instruction kind the program did not reach, from a bare state.
	var missing []string
	for n := range allInsns() {
		if seen[n] == 0 {
			missing = append(missing, n)
		}
	}
	sort.Strings(missing)
	for _, n := range missing {
		b := bareVM(t, allInsns()[n])
		b.s.Regs[1], b.s.Regs[2], b.s.Regs[3] = 0x2000, 0x80000001, 5
		b.s.Hi, b.s.Lo = 7, 9
		w, err := b.StepWitness()
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, vectorOf(n, w))
	}
	// VM syscalls: map, a read inside the mapped blob, preimage key/read, commit.
	src := NewMemSource()
	data := make([]byte, 9000)
	for i := range data {
		data[i] = byte(i)
	}
	root, height := src.Add(data)
	code := []uint32{
		iType(0x09, 0, 2, SysMap), 0x0c,
		iType(0x23, 8, 9, 0),
		iType(0x09, 0, 4, 0x3040), iType(0x09, 0, 2, SysPreimageKey), 0x0c,
		iType(0x09, 0, 2, SysPreimageRead), 0x0c,
		iType(0x09, 0, 4, 0x3000), iType(0x09, 0, 2, SysCommit), 0x0c,
		iType(0x09, 0, 2, 4263), iType(0x09, 0, 5, 0x201c), 0x0c, // clock_gettime across two leaves
		0x11 << 26, // cop1: unknown instruction
	}
	b := bareVM(t, code...)
	b.mem.source = src
	b.cfg.oracle = LocalInputs{[]byte("dispute-local input zero")}
	key := LocalKey(0)
	_ = b.mem.WriteBytes(0x3000, root[:])
	_ = b.mem.WriteBytes(0x3040, key[:])
	b.s.Regs[4], b.s.Regs[5], b.s.Regs[6], b.s.Regs[7] = 0x20000000, 16, 0x3000, uint32(height)
	b.s.Regs[8] = 0x20000000 + 8000
	names := []string{"li", "sys_map", "lw_mapped", "li", "li", "sys_preimage_key", "li", "sys_preimage_read",
		"li", "li", "sys_commit", "li", "li", "clock_gettime_two_leaves", "fault_cop1", "halted"}
	for _, n := range names {
		w, err := b.StepWitness()
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, vectorOf(n, w))
	}
	// A write over MaxWrite returns the short count MaxWrite.
	wr := bareVM(t, iType(0x0f, 0, 6, 0x20), iType(0x09, 0, 2, 4004), 0x0c) // a2 = 2 MiB
	wr.s.Regs[4], wr.s.Regs[5] = 1, 0x3000
	for _, n := range []string{"lui", "li", "sys_write_over_1mib"} {
		w, err := wr.StepWitness()
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, vectorOf(n, w))
	}
	if got := wr.s.Regs[2]; got != MaxWrite {
		t.Fatalf("write of 2 MiB returned %d, want %d", got, MaxWrite)
	}
	// A map and a read in the guest's map window, above the stack.
	hw := bareVM(t, iType(0x09, 0, 2, SysMap), 0x0c, iType(0x23, 8, 9, 0))
	hw.mem.source = src
	_ = hw.mem.WriteBytes(0x3000, root[:])
	hw.s.Regs[4], hw.s.Regs[5], hw.s.Regs[6], hw.s.Regs[7] = 0xc0000000, 16, 0x3000, uint32(height)
	hw.s.Regs[8] = 0xc0000000 + 8000
	for _, n := range []string{"li", "sys_map_window", "lw_window"} {
		w, err := hw.StepWitness()
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, vectorOf(n, w))
	}
	// A node key (the guest's walk down the accumulator): the key of the
	// zero subtree Z[5], whose children Z[4] ‖ Z[4] anyone can load, read
	// at offsets 0 and 4.
	nv := bareVM(t, iType(0x09, 0, 2, SysPreimageKey), 0x0c,
		iType(0x09, 0, 2, SysPreimageRead), 0x0c, iType(0x09, 0, 2, SysPreimageRead), 0x0c)
	nv.cfg.oracle = NewMemSource()
	nk := NodeKey(merkle.Zero(5))
	_ = nv.mem.WriteBytes(0x3040, nk[:])
	nv.s.Regs[4] = 0x3040
	for _, n := range []string{"li", "sys_preimage_key_node", "li", "sys_preimage_read_node", "li", "sys_preimage_read_node"} {
		w, err := nv.StepWitness()
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, vectorOf(n, w))
	}
	return out
}

// allInsns returns one word of every supported instruction kind (rs=1,
// rt=2, rd=3, sa=4, offset 8).
func allInsns() map[string]uint32 {
	out := map[string]uint32{}
	for fn, n := range special {
		out[n] = rType(fn, 1, 2, 3, 4)
	}
	for fn, n := range special2 {
		out[n] = sp2(fn, 1, 2, 3)
	}
	for rt, n := range regimm {
		out[n] = iType(0x01, 1, rt, 2)
	}
	for op, n := range opcodes {
		out[n] = iType(op, 1, 2, 8)
	}
	return out
}

// TestStepVectors keeps testdata/step_vectors.json (witnessed steps for the
// on-chain step's tests) reproducible and checks that each vector replays
// with VerifyStep. Regenerate with go test ./vm -run TestStepVectors
// -update-vectors.
func TestStepVectors(t *testing.T) {
	vecs := makeVectors(t)
	for _, vec := range vecs {
		wb, _ := hex.DecodeString(vec.Witness[2:])
		w, err := DecodeWitness(wb)
		if err != nil {
			t.Fatal(err)
		}
		post, err := VerifyStep(w)
		if err != nil {
			t.Fatalf("%s: %v", vec.Name, err)
		}
		if StateHash(post) != vec.PostHash {
			t.Fatalf("%s: replay gives another post-state", vec.Name)
		}
	}
	b, err := json.MarshalIndent(vecs, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	b = append(b, '\n')
	const path = "testdata/step_vectors.json"
	if *updateVectors {
		if old, err := os.ReadFile(path); err == nil {
			var prev []StepVector
			if err := json.Unmarshal(old, &prev); err != nil {
				t.Fatalf("%s: %v", path, err)
			}
			accept := map[string]bool{}
			for _, n := range strings.Split(*acceptVectors, ",") {
				accept[strings.TrimSpace(n)] = true
			}
			if changed := unreviewedVectors(prev, vecs, accept); len(changed) > 0 {
				t.Fatalf("%s not rewritten: the post-state of existing vectors changed (or they are gone): %s\n"+
					"review the change of each, then name them: -update-vectors -accept-vectors=%s",
					path, strings.Join(changed, " "), strings.Join(changed, ","))
			}
		}
		if err := os.WriteFile(path, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	old, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(old, b) {
		t.Fatalf("%s is stale: regenerate with -update-vectors", path)
	}
	t.Logf("%d vectors", len(vecs))
	_ = context.Background
}

// unreviewedVectors returns the names (sorted, once each) of the vectors of
// prev whose post-state differs in next, or that next no longer has, and
// that accept does not name. A vector is identified by its name and its
// occurrence among the vectors of that name; vectors new in next need no
// review.
func unreviewedVectors(prev, next []StepVector, accept map[string]bool) []string {
	key := func(vs []StepVector) map[string]merkle.Hash {
		m := map[string]merkle.Hash{}
		n := map[string]int{}
		for _, v := range vs {
			m[v.Name+"#"+strconv.Itoa(n[v.Name])] = v.PostHash
			n[v.Name]++
		}
		return m
	}
	now := key(next)
	bad := map[string]bool{}
	for k, h := range key(prev) {
		name := k[:strings.LastIndexByte(k, '#')]
		if got, ok := now[k]; (!ok || got != h) && !accept[name] {
			bad[name] = true
		}
	}
	out := make([]string, 0, len(bad))
	for n := range bad {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// TestUnreviewedVectors: regenerating the vectors names every vector whose
// post-state changed or that is gone, unless accepted by name.
func TestUnreviewedVectors(t *testing.T) {
	v := func(name string, post byte) StepVector { return StepVector{Name: name, PostHash: merkle.Hash{post}} }
	prev := []StepVector{v("addu", 1), v("addu", 2), v("srlv", 3), v("sys_map", 4), v("li", 5)}
	for _, tc := range []struct {
		name   string
		next   []StepVector
		accept string
		want   string
	}{
		{"unchanged, one new", append(append([]StepVector(nil), prev...), v("sub", 9)), "", ""},
		{"second addu changed", []StepVector{v("addu", 1), v("addu", 7), v("srlv", 3), v("sys_map", 4), v("li", 5)}, "", "addu"},
		{"changed and accepted", []StepVector{v("addu", 1), v("addu", 7), v("srlv", 3), v("sys_map", 4), v("li", 5)}, "addu", ""},
		{"gone", []StepVector{v("addu", 1), v("addu", 2), v("sys_map", 4), v("li", 5)}, "", "srlv"},
		{"two changed, one accepted", []StepVector{v("addu", 1), v("addu", 2), v("srlv", 8), v("sys_map", 9), v("li", 5)}, "srlv", "sys_map"},
		{"reordered", []StepVector{v("addu", 2), v("addu", 1), v("srlv", 3), v("sys_map", 4), v("li", 5)}, "", "addu"},
	} {
		accept := map[string]bool{}
		for _, n := range strings.Split(tc.accept, ",") {
			accept[n] = true
		}
		if got := strings.Join(unreviewedVectors(prev, tc.next, accept), ","); got != tc.want {
			t.Errorf("%s: unreviewed %q, want %q", tc.name, got, tc.want)
		}
	}
}
