package gguf

import (
	"bytes"
	"encoding/binary"
	"math"
	"reflect"
	"strings"
	"testing"
)

func sample() *File {
	return &File{
		KV: []KV{
			{"general.architecture", "rms-mlp"},
			{"general.alignment", uint32(64)},
			{"u8", uint8(7)}, {"i8", int8(-7)}, {"u16", uint16(65535)}, {"i16", int16(-300)},
			{"u32", uint32(1 << 31)}, {"i32", int32(-5)}, {"f32", float32(1.5)}, {"b", true},
			{"u64", uint64(1 << 63)}, {"i64", int64(-1 << 62)}, {"f64", math.Pi},
			{"bytes", []uint8{1, 2, 3}}, {"strs", []string{"a", "", "ccc"}}, {"f32s", []float32{1, -2}},
			{"bools", []bool{true, false}}, {"i64s", []int64{-1}}, {"empty", []int32{}},
			{"nested", []any{[]uint16{1, 2}, []string{"x"}, []any{[]int8{-1}}}},
		},
		Tensors: []Tensor{
			{Name: "w", Dims: []uint64{3, 2}, Type: TensorI8, Data: []byte{1, 2, 3, 4, 5, 6}},
			{Name: "b", Dims: []uint64{2}, Type: TensorI32, Data: []byte{1, 0, 0, 0, 0xff, 0xff, 0xff, 0xff}},
			{Name: "f", Dims: []uint64{1, 1, 1, 1}, Type: TensorF32, Data: []byte{0, 0, 0x80, 0x3f}},
		},
	}
}

func TestRoundTrip(t *testing.T) {
	f := sample()
	b, err := f.Encode()
	if err != nil {
		t.Fatal(err)
	}
	g, err := Parse(b)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(f.KV, g.KV) {
		t.Fatalf("kv changed:\n%#v\n%#v", f.KV, g.KV)
	}
	for i := range f.Tensors {
		a, c := f.Tensors[i], g.Tensors[i]
		if a.Name != c.Name || !reflect.DeepEqual(a.Dims, c.Dims) || a.Type != c.Type || !bytes.Equal(a.Data, c.Data) {
			t.Fatalf("tensor %d changed: %+v vs %+v", i, a, c)
		}
		if c.Offset%64 != 0 {
			t.Fatalf("tensor %d offset %d not aligned to 64", i, c.Offset)
		}
	}
	b2, err := g.Encode()
	if err != nil || !bytes.Equal(b, b2) {
		t.Fatalf("re-encoding differs (err %v)", err)
	}
	if v, ok := g.Get("f64"); !ok || v.(float64) != math.Pi {
		t.Fatal("Get f64")
	}
	if _, ok := g.Tensor("b"); !ok {
		t.Fatal("Tensor b")
	}
}

// TestLayout pins the byte layout of a minimal file against the GGUF spec.
func TestLayout(t *testing.T) {
	f := &File{
		KV:      []KV{{"k", uint32(5)}},
		Tensors: []Tensor{{Name: "t", Dims: []uint64{2}, Type: TensorI16, Data: []byte{1, 0, 2, 0}}},
	}
	b, err := f.Encode()
	if err != nil {
		t.Fatal(err)
	}
	var want bytes.Buffer
	le := binary.LittleEndian
	want.WriteString("GGUF")
	want.Write(le.AppendUint32(nil, 3))
	want.Write(le.AppendUint64(nil, 1)) // tensors
	want.Write(le.AppendUint64(nil, 1)) // kv
	want.Write(le.AppendUint64(nil, 1))
	want.WriteString("k")
	want.Write(le.AppendUint32(nil, 4)) // uint32
	want.Write(le.AppendUint32(nil, 5))
	want.Write(le.AppendUint64(nil, 1))
	want.WriteString("t")
	want.Write(le.AppendUint32(nil, 1))
	want.Write(le.AppendUint64(nil, 2))
	want.Write(le.AppendUint32(nil, 25)) // GGML_TYPE_I16
	want.Write(le.AppendUint64(nil, 0))
	for want.Len()%32 != 0 {
		want.WriteByte(0)
	}
	want.Write([]byte{1, 0, 2, 0})
	for want.Len()%32 != 0 {
		want.WriteByte(0)
	}
	if !bytes.Equal(b, want.Bytes()) {
		t.Fatalf("layout:\n%x\nwant\n%x", b, want.Bytes())
	}
}

func TestParseErrors(t *testing.T) {
	good, err := sample().Encode()
	if err != nil {
		t.Fatal(err)
	}
	le := binary.LittleEndian
	// header builds a file prefix with the given counts.
	header := func(ver uint32, nt, nkv uint64) []byte {
		b := []byte("GGUF")
		b = le.AppendUint32(b, ver)
		b = le.AppendUint64(b, nt)
		return le.AppendUint64(b, nkv)
	}
	str := func(b []byte, s string) []byte { return append(le.AppendUint64(b, uint64(len(s))), s...) }
	kv := func(key string, typ uint32, val ...byte) []byte {
		b := str(nil, key)
		b = le.AppendUint32(b, typ)
		return append(b, val...)
	}
	tinfo := func(name string, dims []uint64, typ uint32, off uint64) []byte {
		b := str(nil, name)
		b = le.AppendUint32(b, uint32(len(dims)))
		for _, d := range dims {
			b = le.AppendUint64(b, d)
		}
		b = le.AppendUint32(b, typ)
		return le.AppendUint64(b, off)
	}
	cat := func(parts ...[]byte) []byte { return bytes.Join(parts, nil) }
	pad := func(b []byte, n int) []byte { return append(b, make([]byte, n)...) }
	tests := []struct {
		name string
		b    []byte
		err  string
	}{
		{"empty", nil, "magic"},
		{"bad magic", append([]byte("GGML"), good[4:]...), "magic"},
		{"version 2", cat(header(2, 0, 0)), "version: 2"},
		{"truncated counts", good[:12], "tensor count"},
		{"huge kv count", pad(header(3, 0, 1<<40), 64), "metadata kv count"},
		{"huge tensor count", pad(header(3, 1<<40, 0), 64), "tensor count"},
		{"key too long", cat(header(3, 0, 1), le.AppendUint64(nil, 1<<40), make([]byte, 20)), "kv 0 key: length"},
		{"empty key", cat(header(3, 0, 1), kv("", 4, 1, 0, 0, 0)), "key: empty"},
		{"duplicate key", cat(header(3, 0, 2), kv("a", 0, 1), kv("a", 0, 2)), "appears twice"},
		{"unknown value type", cat(header(3, 0, 1), kv("a", 13, 0, 0, 0, 0)), "unknown value type 13"},
		{"bad bool", cat(header(3, 0, 1), kv("a", 7, 2)), "bool byte 2"},
		{"string past end", cat(header(3, 0, 1), kv("a", 8), le.AppendUint64(nil, 100), []byte("xx")), `kv "a" value`},
		{"array too long", cat(header(3, 0, 1), kv("a", 9), le.AppendUint32(nil, 5), le.AppendUint64(nil, 1<<62)), "array length"},
		{"string array too long", cat(header(3, 0, 1), kv("a", 9), le.AppendUint32(nil, 8), le.AppendUint64(nil, 1<<50)), "strings impossible"},
		{"nested too deep", cat(header(3, 0, 1), kv("a", 9), bytes.Repeat(cat(le.AppendUint32(nil, 9), le.AppendUint64(nil, 1)), 6), make([]byte, 40)), "nested deeper"},
		{"alignment type", cat(header(3, 0, 1), kv("general.alignment", 10, make([]byte, 8)...)), "want uint32"},
		{"alignment not power of two", cat(header(3, 0, 1), kv("general.alignment", 4, 48, 0, 0, 0)), "power of two"},
		{"alignment zero", cat(header(3, 0, 1), kv("general.alignment", 4, 0, 0, 0, 0)), "power of two"},
		{"zero dims", pad(cat(header(3, 1, 0), tinfo("t", nil, 24, 0)), 40), "dimension count: 0"},
		{"five dims", pad(cat(header(3, 1, 0), tinfo("t", []uint64{1, 1, 1, 1, 1}, 24, 0)), 40), "dimension count: 5"},
		{"zero dim", pad(cat(header(3, 1, 0), tinfo("t", []uint64{4, 0}, 24, 0)), 40), "dimension 1 is 0"},
		{"overflow", pad(cat(header(3, 1, 0), tinfo("t", []uint64{1 << 32, 1 << 32}, 24, 0)), 40), "overflows"},
		{"size overflow", pad(cat(header(3, 1, 0), tinfo("t", []uint64{1 << 61}, 28, 0)), 40), "overflows"},
		{"quantised type", pad(cat(header(3, 1, 0), tinfo("t", []uint64{32}, 3, 0)), 40), "ggml type 3 (Q4_1) not supported"},
		{"partial block", pad(cat(header(3, 1, 0), tinfo("t", []uint64{33, 2}, 8, 0)), 200), "not a multiple of the Q8_0 block of 32"},
		{"unaligned offset", pad(cat(header(3, 1, 0), tinfo("t", []uint64{1}, 24, 3)), 40), "not a multiple"},
		{"data out of bounds", pad(cat(header(3, 1, 0), tinfo("t", []uint64{100}, 24, 0)), 40), "outside"},
		{"offset past end", pad(cat(header(3, 1, 0), tinfo("t", []uint64{1}, 24, 1<<63)), 40), "outside"},
		{"duplicate tensor", pad(cat(header(3, 2, 0), tinfo("t", []uint64{1}, 24, 0), tinfo("t", []uint64{1}, 24, 32)), 100), "appears twice"},
		{"overlap", pad(cat(header(3, 2, 0), tinfo("t", []uint64{64}, 24, 0), tinfo("u", []uint64{1}, 24, 32)), 200), "overlaps"},
		{"empty tensor name", pad(cat(header(3, 1, 0), tinfo("", []uint64{1}, 24, 0)), 40), "name: empty"},
		{"truncated", good[:len(good)-62], "outside"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse(tc.b)
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Fatalf("err = %v, want %q", err, tc.err)
			}
		})
	}
	for cut := 0; cut < len(good)-60; cut += 7 {
		if _, err := Parse(good[:cut]); err == nil {
			t.Fatalf("truncated to %d bytes: no error", cut)
		}
	}
}

func TestEncodeErrors(t *testing.T) {
	tests := []struct {
		name string
		f    File
		err  string
	}{
		{"bad data length", File{Tensors: []Tensor{{Name: "t", Dims: []uint64{2}, Type: TensorF32, Data: []byte{1}}}}, "data bytes"},
		{"repeated key", File{KV: []KV{{"a", true}, {"a", false}}}, "repeated"},
		{"unknown go type", File{KV: []KV{{"a", struct{}{}}}}, "no GGUF type"},
		{"bad alignment", File{KV: []KV{{"general.alignment", uint32(3)}}}, "power of two"},
		{"repeated tensor", File{Tensors: []Tensor{{Name: "t", Dims: []uint64{1}, Type: TensorI8, Data: []byte{1}}, {Name: "t", Dims: []uint64{1}, Type: TensorI8, Data: []byte{1}}}}, "repeated"},
	}
	for _, tc := range tests {
		if _, err := tc.f.Encode(); err == nil || !strings.Contains(err.Error(), tc.err) {
			t.Errorf("%s: err = %v, want %q", tc.name, err, tc.err)
		}
	}
}

func FuzzReadGGUF(f *testing.F) {
	b, _ := sample().Encode()
	f.Add(b)
	f.Fuzz(func(t *testing.T, b []byte) {
		g, err := Parse(b)
		if err != nil {
			return
		}
		// Whatever parses must encode, and the encoding must parse to the
		// same content.
		e, err := g.Encode()
		if err != nil {
			t.Fatalf("parsed file does not encode: %v", err)
		}
		h, err := Parse(e)
		if err != nil {
			t.Fatalf("re-encoded file does not parse: %v", err)
		}
		if !reflect.DeepEqual(g.KV, h.KV) && !hasNaN(g.KV) {
			t.Fatal("metadata changed on re-encoding")
		}
		if len(g.Tensors) != len(h.Tensors) {
			t.Fatal("tensor count changed on re-encoding")
		}
		for i := range g.Tensors {
			if !bytes.Equal(g.Tensors[i].Data, h.Tensors[i].Data) {
				t.Fatalf("tensor %d data changed on re-encoding", i)
			}
		}
	})
}

func hasNaN(kvs []KV) bool {
	for _, kv := range kvs {
		switch v := kv.Value.(type) {
		case float32, float64, []float32, []float64, []any:
			_ = v
			return true
		}
	}
	return false
}

// TestParseHeader: the bytes before the data section parse as the file's
// header (tensor infos, no data); a header with bytes after its data start
// or a truncated one is refused.
func TestParseHeader(t *testing.T) {
	b, err := sample().Encode()
	if err != nil {
		t.Fatal(err)
	}
	full, err := Parse(b)
	if err != nil {
		t.Fatal(err)
	}
	h, err := ParseHeader(b[:full.DataOffset()])
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(h.KV, full.KV) && !hasNaN(full.KV) || len(h.Tensors) != len(full.Tensors) || h.DataOffset() != full.DataOffset() {
		t.Fatalf("header: %d kv, %d tensors, data at %d; file: %d, %d, %d", len(h.KV), len(h.Tensors), h.DataOffset(), len(full.KV), len(full.Tensors), full.DataOffset())
	}
	for i, ht := range h.Tensors {
		ft := full.Tensors[i]
		if ht.Name != ft.Name || ht.Type != ft.Type || !reflect.DeepEqual(ht.Dims, ft.Dims) || ht.Offset != ft.Offset || ht.Data != nil {
			t.Fatalf("tensor %d: %+v, file has %s %s %v at %d", i, ht, ft.Name, ft.Type, ft.Dims, ft.Offset)
		}
	}
	for _, tc := range []struct {
		name string
		b    []byte
		want string
	}{
		{"with data", b, "not at the end of the"},
		{"truncated", b[:full.DataOffset()-40], "left"},
	} {
		if _, err := ParseHeader(tc.b); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: %v, want an error with %q", tc.name, err, tc.want)
		}
	}
}

// FuzzParseHeader: ParseHeader never panics, and a header it accepts is
// the header of a file Parse accepts once the data section is appended.
func FuzzParseHeader(f *testing.F) {
	b, _ := sample().Encode()
	full, _ := Parse(b)
	f.Add(b[:full.DataOffset()])
	f.Add(b)
	f.Fuzz(func(t *testing.T, b []byte) {
		h, err := ParseHeader(b)
		if err != nil {
			return
		}
		var end uint64
		for _, ht := range h.Tensors {
			_, n, err := ht.Elements()
			if err != nil {
				t.Fatalf("tensor %q accepted: %v", ht.Name, err)
			}
			end = max(end, ht.Offset+n)
		}
		if end > 1<<24 {
			return // too large to build the file
		}
		file := append(append([]byte(nil), b...), make([]byte, end)...)
		if _, err := Parse(file); err != nil {
			t.Fatalf("header accepted, file with its data refused: %v", err)
		}
	})
}
