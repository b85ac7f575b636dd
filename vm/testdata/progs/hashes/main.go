// Command hashes hashes a MiB with several hash functions.
package main

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"fmt"
	"hash/crc32"
)

func main() {
	data := make([]byte, 1<<20)
	for i := range data {
		data[i] = byte(i*131 + i>>8)
	}
	fmt.Printf("sha256 %x\n", sha256.Sum256(data))
	fmt.Printf("sha512 %x\n", sha512.Sum512(data[:100000]))
	fmt.Printf("sha1 %x\n", sha1.Sum(data[:65536]))
	fmt.Printf("md5 %x\n", md5.Sum(data[:1234]))
	fmt.Printf("crc32 %08x\n", crc32.ChecksumIEEE(data))
}
