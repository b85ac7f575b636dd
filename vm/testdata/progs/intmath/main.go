// Command intmath prints integer arithmetic results, including 64-bit
// operations that mips32 lowers to runtime calls.
package main

import (
	"fmt"
	"math/bits"
)

func main() {
	x := uint32(0x9e3779b9)
	var acc uint64
	for i := 0; i < 2000; i++ {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		a, b := int32(x), int32(x>>7|1)
		q, r := a/b, a%b
		acc += uint64(q)*31 + uint64(uint32(r))
		acc ^= uint64(bits.LeadingZeros32(x)) << 40
		acc += uint64(int64(a) * int64(b))
		acc = bits.RotateLeft64(acc, int(x&63))
		u := uint64(x)<<32 | uint64(x*2654435761)
		if d := uint64(b) | 1; d != 0 {
			acc += u / d
			acc += u % d
		}
		s := int64(u)
		acc += uint64(s / -3)
		acc += uint64(s >> (x & 31))
	}
	fmt.Println("acc", acc)
	fmt.Println(bits.OnesCount32(0xf0f0f0f0), bits.TrailingZeros64(1<<40), bits.Reverse32(1))
	var mn int32 = -1 << 31
	neg := int32(-1)
	fmt.Println(mn/neg, mn%neg, uint8(x)+uint8(100), int8(-128)/int8(neg))
	hi, lo := bits.Mul64(0xffffffffffffffff, 0x123456789)
	fmt.Println(hi, lo)
	q, r := bits.Div64(1, 0, 0x987654321)
	fmt.Println(q, r)
}
