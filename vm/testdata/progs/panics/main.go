// Command panics recovers from runtime and user panics. (A nil dereference
// is a VM fault, not a signal, so it is not among them.)
package main

import (
	"errors"
	"fmt"
)

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "recovered:", r)
		}
	}()
	f()
	fmt.Println(name, "no panic")
}

type myErr struct{ code int }

func (e *myErr) Error() string { return fmt.Sprint("code ", e.code) }

func main() {
	var s []int
	var m map[string]int
	zero := 0
	try("index", func() { _ = s[5] })
	try("nilmap", func() { m["x"] = 1 })
	try("div", func() { fmt.Println(10 / zero) })
	try("user", func() { panic(&myErr{42}) })
	try("conv", func() { var i any = "s"; _ = i.(int) })
	try("ok", func() {})
	try("nested", func() {
		defer func() { recover(); panic("second") }()
		panic("first")
	})
	err := fmt.Errorf("wrap: %w", &myErr{7})
	var me *myErr
	fmt.Println(errors.As(err, &me), me.code, err)
	defer fmt.Println("deferred runs before exit")
	func() {
		defer func() { fmt.Println("recover in main:", recover()) }()
		var arr [4]int
		i := 4
		arr[i%len(arr)+zero*i] = 1
		panic(fmt.Sprint("arr ", arr))
	}()
}
