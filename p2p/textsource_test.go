package p2p

import (
	"context"
	"os"
	"testing"
	"time"

	"github.com/ipfs/go-cid"
	"github.com/rmsnet/rms/model/llama"
	"github.com/rmsnet/rms/vm"
	"github.com/rmsnet/rms/vm/guestimage"
)

// TestModelSourceText: a text model added to a seeder is served to the
// guest through bitswap: the manifest's model root is the one the text job
// uses (the tensor index with the GGUF header), and an op run in the VM
// fetches the manifest, the index, the header and the blocks of the op's
// own tensors (Model.OpTensors) only, and gives the native A_i.
func TestModelSourceText(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	const path = "../testdata/stories260K.gguf"
	_, seed, info := seeder(t, path)
	party := newTestNode(t)
	if err := party.Connect(ctx, seed.AddrInfo()); err != nil {
		t.Fatal(err)
	}
	guest, err := guestimage.Program()
	if err != nil {
		t.Fatal(err)
	}
	file, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	job := llama.Job{Prompt: []int{1, 403, 407}, MaxTokens: 1}
	j, err := vm.NewTextJob(ctx, file, llama.Program{EOS: 2, TraceHeight: 12}, job) // a class height above the job's own
	if err != nil {
		t.Fatal(err)
	}
	s := j.Model.Schedule(len(job.Prompt), job.MaxTokens)
	op := s.Index(2, 1, llama.OpFFNGateUp)
	cf := &countingFetcher{BlockFetcher: party.Blocks, seen: map[cid.Cid]bool{}}
	src, err := NewModelSource(ctx, cf, info.CID, 4)
	if err != nil {
		t.Fatal(err)
	}
	m := src.Manifest
	if m.ModelRoot() != j.Inputs(0).Model {
		t.Fatalf("manifest model root %s, the text job's %s", m.ModelRoot(), j.Inputs(0).Model)
	}
	inputs := j.Inputs(uint64(op))
	v, err := vm.New(guest, vm.WithBlockSource(modelFirst{src, j.Source}), vm.WithOracle(vm.Oracles{inputs.Local(), src, j.Source}))
	if err != nil {
		t.Fatal(err)
	}
	if err := v.Run(ctx, 1<<30); err != nil {
		t.Fatal(err)
	}
	if st := v.State(); st.Status != vm.StatusExited || st.ExitCode != 0 {
		t.Fatalf("op %d: status %d code %d", op, st.Status, st.ExitCode)
	}
	if got, want := v.Output(), j.Acc(op+1); got != want {
		t.Fatalf("op %d: A_i %s in the VM, %s natively", op, got, want)
	}
	want := map[cid.Cid]bool{info.CID: true}
	for _, c := range append(m.Index.CIDs(), m.Header.CIDs()...) {
		want[c] = true
	}
	names := j.Model.OpTensors(s.Ops[op])
	for _, n := range names {
		mt, ok := m.Tensor(n)
		if !ok {
			t.Fatalf("tensor %s not in the manifest", n)
		}
		for _, c := range mt.Blob.CIDs() {
			want[c] = true
		}
	}
	if len(cf.seen) != len(want) {
		t.Errorf("op %d (tensors %v): fetched %d blocks, want %d", op, names, len(cf.seen), len(want))
	}
	for c := range cf.seen {
		if !want[c] {
			t.Errorf("op %d fetched block %s it does not need", op, c)
		}
	}
	t.Logf("op %d (%v): %d blocks of the model's %d fetched, %d steps", op, names, len(cf.seen), len(m.Blobs()), v.Steps())
}
