// Command strs exercises strings, bytes, slices and unicode.
package main

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

func main() {
	var b strings.Builder
	for i := 0; i < 200; i++ {
		b.WriteString(strconv.Itoa(i * i))
		b.WriteByte(',')
	}
	s := b.String()
	fmt.Println(len(s), strings.Count(s, "1"), strings.Index(s, "9801"), strings.LastIndex(s, ",4"))
	fields := strings.Split(s, ",")
	fmt.Println(len(fields), fields[10], strings.Join(fields[20:25], "|"))
	u := "héllo, wörld ✓ 世界"
	fmt.Println(utf8.RuneCountInString(u), strings.ToUpper(u), []rune(u)[13], strings.Fields(" a b  c "))
	bs := bytes.Repeat([]byte("ab"), 1000)
	bs = append(bs[:3], bs[1000:1010]...)
	fmt.Println(string(bs), bytes.Equal(bs, []byte("abaababababab")))
	sl := make([]int, 0)
	for i := 0; i < 1000; i++ {
		sl = append(sl, i)
	}
	copy(sl[1:], sl[:500])
	fmt.Println(sl[:5], sl[499:503], cap(sl) >= 1000, strings.Repeat("xy", 5), strings.TrimSpace("  t  "))
	fmt.Printf("%q %v %08b %x %X\n", "q\"", []string{"a"}, 5, "hi", 3054)
}
