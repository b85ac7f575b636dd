// Command bigwrite writes 1 MiB and 4,099 bytes to stdout in one Write
// call; the VM returns a short count for writes over 1 MiB and the Go
// runtime writes the rest, so every byte arrives, as under qemu.
package main

import (
	"fmt"
	"os"
)

func main() {
	buf := make([]byte, 1<<20+4099)
	for i := range buf {
		buf[i] = 'a' + byte(i&15)
		if i&63 == 63 {
			buf[i] = '\n'
		}
	}
	n, err := os.Stdout.Write(buf)
	fmt.Fprintf(os.Stderr, "wrote %d bytes, err %v\n", n, err)
}
