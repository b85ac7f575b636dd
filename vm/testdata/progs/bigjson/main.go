// Command bigjson exercises math/big, encoding/json and encoding/binary.
package main

import (
	"encoding/binary"
	"encoding/json"
	"fmt"
	"math/big"
)

type doc struct {
	Name  string            `json:"name"`
	Vals  []float64         `json:"vals"`
	Tags  map[string]string `json:"tags"`
	Inner *doc              `json:"inner,omitempty"`
}

func main() {
	f := new(big.Int).MulRange(1, 60)
	r := new(big.Int).Exp(big.NewInt(3), big.NewInt(200), big.NewInt(1000000007))
	q, m := new(big.Int).QuoRem(f, big.NewInt(987654321), new(big.Int))
	fmt.Println(f, r, q.BitLen(), m)
	rat := new(big.Rat).SetFrac64(355, 113)
	fmt.Println(rat.FloatString(20))
	d := doc{Name: "x", Vals: []float64{1.5, -2, 3e-7}, Tags: map[string]string{"b": "2", "a": "1"}, Inner: &doc{Name: "in"}}
	b, err := json.Marshal(d)
	fmt.Println(string(b), err)
	var back doc
	err = json.Unmarshal(b, &back)
	fmt.Println(back.Name, back.Vals, back.Tags, back.Inner.Name, err)
	buf := make([]byte, 21)
	binary.BigEndian.PutUint64(buf[1:], 0x0102030405060708)
	binary.LittleEndian.PutUint32(buf[13:], 0xdeadbeef)
	fmt.Println(binary.BigEndian.Uint64(buf[1:]), binary.LittleEndian.Uint32(buf[13:]), buf)
	n := binary.PutUvarint(buf[3:], 300000)
	v, _ := binary.Uvarint(buf[3:])
	fmt.Println(n, v)
}
