package main

import (
	"crypto/sha256"
	"fmt"
	"sort"
)

func main() {
	m := map[string]int{}
	for i := 0; i < 100; i++ {
		m[fmt.Sprint(i)] = i * i
	}
	s := []int{5, 3, 9, 1}
	sort.Ints(s)
	ch := make(chan int)
	go func() {
		for i := 0; i < 10; i++ {
			ch <- i
		}
		close(ch)
	}()
	t := 0
	for v := range ch {
		t += v
	}
	fmt.Println("hello", len(m), s, t, sha256.Sum256([]byte("x")), 1.5*float64(t))
}
