// Command softfloat prints float32/float64 results computed in software.
package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	s := 0.0
	var f float32 = 1
	for i := 1; i <= 500; i++ {
		s += 1 / float64(i*i)
		f = f*1.0001 + float32(i)/7
	}
	fmt.Println(s, math.Sqrt(s*6), f)
	fmt.Println(strconv.FormatFloat(math.Pi*1e10, 'e', 17, 64), math.Floor(-2.5), math.Trunc(3.99))
	fmt.Println(math.Inf(1), -math.Inf(1), math.NaN() == math.NaN(), math.MaxFloat32, math.SmallestNonzeroFloat64)
	fmt.Println(float32(1)/3, float64(float32(0.1)), int64(-1e18*1.5), uint32(float32(4e9)))
	fmt.Println(math.Sin(1), math.Exp(2), math.Log(10), math.Pow(2, 0.5), math.Atan2(1, 2))
	v, _ := strconv.ParseFloat("6.02214076e23", 64)
	fmt.Printf("%.6g %x %v\n", v, math.Float64bits(v), math.Nextafter(1, 2))
}
