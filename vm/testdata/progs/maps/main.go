// Command maps exercises maps of several key types.
package main

import (
	"fmt"
	"sort"
)

type key struct {
	a int
	b string
}

func main() {
	m := map[int]int{}
	for i := 0; i < 5000; i++ {
		m[i*7919%10007] += i
	}
	for i := 0; i < 5000; i += 3 {
		delete(m, i)
	}
	sum := 0
	for k, v := range m {
		sum += k ^ v
	}
	fmt.Println(len(m), sum)
	sm := map[string][]int{}
	for i := 0; i < 300; i++ {
		k := fmt.Sprintf("k%d", i%37)
		sm[k] = append(sm[k], i)
	}
	keys := make([]string, 0, len(sm))
	for k := range sm {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys[:5] {
		fmt.Println(k, sm[k])
	}
	sk := map[key]float64{{1, "a"}: 1.5, {2, "b"}: 2.5}
	sk[key{1, "a"}] *= 3
	fmt.Println(sk[key{1, "a"}], sk[key{3, "c"}], len(sk))
}
