// Command sorting sorts with sort and slices.
package main

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
)

type rec struct {
	name string
	v    int
}

func main() {
	x := uint32(12345)
	next := func() int { x = x*1103515245 + 12345; return int(x >> 8 % 100000) }
	a := make([]int, 20000)
	for i := range a {
		a[i] = next()
	}
	b := slices.Clone(a)
	sort.Ints(a)
	slices.Sort(b)
	fmt.Println(a[0], a[len(a)/2], a[len(a)-1], slices.Equal(a, b), sort.IntsAreSorted(a))
	rs := make([]rec, 500)
	for i := range rs {
		rs[i] = rec{fmt.Sprint("n", next()%50), next()}
	}
	sort.SliceStable(rs, func(i, j int) bool { return rs[i].name < rs[j].name })
	slices.SortStableFunc(rs, func(p, q rec) int { return cmp.Compare(p.v%7, q.v%7) })
	fmt.Println(rs[0], rs[250], rs[499])
	i, found := slices.BinarySearch(a, a[777])
	fmt.Println(i <= 777, found, slices.Max(a), slices.Min(b))
	fs := []float64{3.5, -1, 2.25, 1e10, -7e-3}
	sort.Float64s(fs)
	fmt.Println(fs)
}
