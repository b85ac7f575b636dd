package merkle

import (
	"runtime"
	"testing"
)

// TestParallelRootAnyProcs: the parallel root of a stream of 2^14 words (the
// smallest that is split) equals the textbook root over x/crypto's keccak for
// any GOMAXPROCS, also more than 4096, where 4·GOMAXPROCS parts would be
// more than the stream's 2^14 words: the split must stop at subtrees of
// height parallelMinHeight-2 however many goroutines there are.
func TestParallelRootAnyProcs(t *testing.T) {
	data := randBytes(WordSize<<14, 33)
	want := naiveRoot(data, 14)
	prev := runtime.GOMAXPROCS(0)
	defer runtime.GOMAXPROCS(prev)
	for _, procs := range []int{3, 4097} {
		runtime.GOMAXPROCS(procs)
		if got := Root(data); got != want {
			t.Errorf("GOMAXPROCS %d: Root(2^14 words) = %s, want %s", procs, got, want)
		}
	}
}
