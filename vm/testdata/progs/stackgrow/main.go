// Command stackgrow recurses deeply (goroutine stacks grow and are copied)
// and allocates many small objects with the garbage collector off.
package main

import (
	"fmt"
	"strconv"
)

type node struct {
	left, right *node
	v           int
}

func build(d int) *node {
	if d == 0 {
		return &node{v: 1}
	}
	return &node{build(d - 1), build(d - 1), d}
}

func (n *node) sum() int {
	if n == nil {
		return 0
	}
	return n.v + n.left.sum() + n.right.sum()
}

func depth(n int, buf [64]byte) int {
	if n == 0 {
		return int(buf[0])
	}
	buf[n%64]++
	return depth(n-1, buf) + 1
}

func main() {
	fmt.Println(depth(10000, [64]byte{}))
	fmt.Println(build(14).sum())
	done := make(chan int)
	for g := 0; g < 4; g++ {
		go func(g int) { done <- depth(2000*(g+1), [64]byte{}) }(g)
	}
	t := 0
	for g := 0; g < 4; g++ {
		t += <-done
	}
	fmt.Println(t)
	s := ""
	for i := 0; i < 500; i++ {
		s = strconv.Itoa(i) + s[:min(len(s), 50)]
	}
	fmt.Println(s)
}
