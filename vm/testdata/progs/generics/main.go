// Command generics exercises generics, interfaces, type switches,
// reflection and closures.
package main

import (
	"fmt"
	"reflect"
	"runtime"
	"strings"
)

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(x T) { s.items = append(s.items, x) }
func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	x := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return x, true
}

type Shape interface{ Area() float64 }
type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64   { return r.W * r.H }
func (c Circle) Area() float64 { return 3 * c.R * c.R }

func describe(x any) string {
	switch v := x.(type) {
	case int:
		return fmt.Sprint("int ", v)
	case string:
		return "string " + strings.ToUpper(v)
	case Shape:
		return fmt.Sprintf("shape %.2f", v.Area())
	default:
		return "other " + reflect.TypeOf(v).String()
	}
}

func main() {
	fmt.Println(Sum(1, 2, 3), Sum(1.5, 2.25), Sum[int64](1<<40, 1<<41))
	var st Stack[string]
	for _, w := range []string{"a", "b", "c"} {
		st.Push(w)
	}
	for {
		x, ok := st.Pop()
		if !ok {
			break
		}
		fmt.Print(x)
	}
	fmt.Println()
	for _, x := range []any{7, "go", Rect{2, 3}, Circle{1}, 2.5, []int{1}} {
		fmt.Println(describe(x))
	}
	counters := make([]func() int, 3)
	for i := range counters {
		n := i * 10
		counters[i] = func() int { n++; return n }
	}
	fmt.Println(counters[0](), counters[0](), counters[2]())
	type T struct {
		A int    `json:"a"`
		B string `json:"b,omitempty"`
	}
	rt := reflect.TypeOf(T{})
	for i := 0; i < rt.NumField(); i++ {
		f := rt.Field(i)
		fmt.Println(f.Name, f.Type, f.Tag.Get("json"))
	}
	rv := reflect.ValueOf(&T{A: 1}).Elem()
	rv.Field(1).SetString("set by reflect")
	fmt.Printf("%+v\n", rv.Interface())
	pc, _, line, ok := runtime.Caller(0)
	fmt.Println(runtime.FuncForPC(pc).Name(), line > 0, ok)
	for i := 0; i < 3; i++ {
		defer fmt.Println("defer", i)
	}
}
