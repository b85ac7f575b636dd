// Command gc asks for explicit collections, which the VM's runtime (its
// background GC patched off) must return from, as qemu does.
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

var keep [][]byte

func main() {
	for i := 0; i < 64; i++ {
		keep = append(keep, make([]byte, 64<<10))
		if i%16 == 0 {
			keep = keep[:0]
		}
	}
	runtime.GC()
	fmt.Println("runtime.GC returned")
	debug.FreeOSMemory()
	fmt.Println("debug.FreeOSMemory returned")
	runtime.GC()
	fmt.Println("and again", len(keep))
}
