//go:build amd64 && !purego

package merkle

import "golang.org/x/sys/cpu"

//go:generate go run keccak_gen.go

// vectorWays is how many nodes one pass of the vector path hashes: 8 with
// AVX-512 (keccak256x8AVX512), 4 with AVX2 (keccak256x4AVX2), 0 without
// either (the portable path only). Tests set it to compare the paths.
var vectorWays = defaultWays()

func defaultWays() int {
	switch {
	case cpu.X86.HasAVX512F:
		return 8
	case cpu.X86.HasAVX2:
		return 4
	}
	return 0
}

// supportedWays lists the settings of vectorWays this processor can run.
func supportedWays() []int {
	w := []int{0}
	if cpu.X86.HasAVX2 {
		w = append(w, 4)
	}
	if cpu.X86.HasAVX512F {
		w = append(w, 8)
	}
	return w
}

// keccak256x8AVX512 sets dst[k] to keccak256 of src[64k:64k+64], k < 8: one
// keccak-f[1600] pass over eight states, lane k of each register being
// state k's word. It reads all of src before it writes dst.
//
//go:noescape
func keccak256x8AVX512(dst *[8]Hash, src *[512]byte)

// keccak256x4AVX2 is keccak256x8AVX512 for four inputs with AVX2.
//
//go:noescape
func keccak256x4AVX2(dst *[4]Hash, src *[256]byte)

// hashVector hashes the leading 64-byte inputs of src into dst with the
// vector path and returns how many it did (a multiple of vectorWays, plus a
// padded last pass when at least minPadded inputs are left); the caller
// hashes the rest. Input i is read before any dst[j] with j ≥ i/2 is
// written, so dst may be src's own front half.
func hashVector(dst []Hash, src []byte) int {
	n := len(dst)
	switch vectorWays {
	case 8:
		i := 0
		for ; i+8 <= n; i += 8 {
			keccak256x8AVX512((*[8]Hash)(dst[i:i+8]), (*[512]byte)(src[64*i:64*i+512]))
		}
		if r := n - i; r >= minPadded8 {
			var in [512]byte
			var out [8]Hash
			copy(in[:], src[64*i:64*n])
			keccak256x8AVX512(&out, &in)
			copy(dst[i:n], out[:r])
			i = n
		}
		return i
	case 4:
		i := 0
		for ; i+4 <= n; i += 4 {
			keccak256x4AVX2((*[4]Hash)(dst[i:i+4]), (*[256]byte)(src[64*i:64*i+256]))
		}
		if r := n - i; r >= minPadded4 {
			var in [256]byte
			var out [4]Hash
			copy(in[:], src[64*i:64*n])
			keccak256x4AVX2(&out, &in)
			copy(dst[i:n], out[:r])
			i = n
		}
		return i
	}
	return 0
}

// minPadded8 and minPadded4 are the fewest inputs left over for which one
// padded vector pass is cheaper than hashing them one by one
// (BenchmarkNode64).
const (
	minPadded8 = 2
	minPadded4 = 2
)
