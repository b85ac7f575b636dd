// Command dot computes int8 dot products over two 4 MiB vectors, a few
// times (the compute-bound benchmark guest).
package main

import "fmt"

func main() {
	const n = 4 << 20
	a := make([]int8, n)
	b := make([]int8, n)
	x := uint32(7)
	for i := range a {
		x = x*1664525 + 1013904223
		a[i] = int8(x >> 24)
		b[i] = int8(x >> 16)
	}
	var total int64
	for r := 0; r < 3; r++ {
		var s int32
		for i := range a {
			s += int32(a[i]) * int32(b[i])
		}
		total += int64(s)
		b[r] ^= 1
	}
	fmt.Println("dot", total)
}
