package mnist

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"hash/crc32"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// idxBytes is an IDX file: magic, the header's dimensions, then body.
func idxBytes(magic uint32, dims []uint32, body []byte) []byte {
	b := binary.BigEndian.AppendUint32(nil, magic)
	for _, d := range dims {
		b = binary.BigEndian.AppendUint32(b, d)
	}
	return append(b, body...)
}

func images(n int) []byte {
	return idxBytes(idxImages, []uint32{uint32(n), 28, 28}, make([]byte, n*Pixels))
}
func labelsOf(l ...byte) []byte { return idxBytes(idxLabels, []uint32{uint32(len(l))}, l) }

func writeGz(t *testing.T, path string, b []byte) {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write(b)
	zw.Close()
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestLoadTestRefusesBadFiles: LoadTest checks the IDX headers before it
// allocates, and refuses wrong counts, sizes and labels with a message
// naming the problem.
func TestLoadTestRefusesBadFiles(t *testing.T) {
	cases := []struct {
		name           string
		images, labels []byte
		want           string // in the error; "" means accepted
	}{
		{"valid", images(3), labelsOf(0, 9, 4), ""},
		{"label 200", images(2), labelsOf(1, 200), "label 200 of item 1"},
		{"zero images", images(0), labelsOf(), "header claims 0 images"},
		{"2^31-1 images claimed", idxBytes(idxImages, []uint32{1<<31 - 1, 28, 28}, make([]byte, 100)), labelsOf(1), "header claims 2147483647 images"},
		{"more claimed than held", idxBytes(idxImages, []uint32{3, 28, 28}, make([]byte, 2*Pixels)), labelsOf(1, 2, 3), "holds 1568 bytes of the 2352"},
		{"labels claimed beyond the limit", images(1), idxBytes(idxLabels, []uint32{1 << 30}, []byte{1}), "header claims 1073741824 labels"},
		{"trailing bytes", append(images(1), 7), labelsOf(1), "bytes after the 1 images"},
		{"32x32 images", idxBytes(idxImages, []uint32{1, 32, 32}, make([]byte, 1024)), labelsOf(1), "images are 32×32"},
		{"labels as images", labelsOf(1, 2, 3, 4, 5, 6, 7, 8), labelsOf(1), "magic 0x00000801, want 0x00000803"},
		{"short header", []byte{0, 0, 8}, labelsOf(1), "images header"},
		{"counts differ", images(2), labelsOf(1, 2, 3), "2 images"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			writeGz(t, filepath.Join(dir, "t10k-images-idx3-ubyte.gz"), tc.images)
			writeGz(t, filepath.Join(dir, "t10k-labels-idx1-ubyte.gz"), tc.labels)
			s, err := LoadTest(dir)
			if tc.want == "" {
				if err != nil || s.Len() != 3 || s.Labels[1] != 9 {
					t.Fatalf("LoadTest = %v, %v", s, err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("LoadTest error %v, want one containing %q", err, tc.want)
			}
		})
	}
}

// FuzzDecodeIDX: any input is refused with an error or decoded into
// exactly the items its header claims, never a panic or an allocation
// beyond MaxImages images.
func FuzzDecodeIDX(f *testing.F) {
	f.Add(images(1), false)
	f.Add(labelsOf(3, 1, 4), true)
	f.Add(labelsOf(200), true)
	f.Add(idxBytes(idxImages, []uint32{1<<31 - 1, 28, 28}, nil), false)
	f.Add([]byte{}, true)
	f.Fuzz(func(t *testing.T, in []byte, labels bool) {
		data, n, err := decodeIDX(bytes.NewReader(in), labels)
		if err != nil {
			if data != nil {
				t.Fatal("data returned with an error")
			}
			return
		}
		size := Pixels
		if labels {
			size = 1
		}
		if n < 1 || n > MaxImages || len(data) != n*size || len(in) != len(data)+4+4*(1+2*btoi(!labels)) {
			t.Fatalf("decoded %d items of %d bytes from %d input bytes", n, len(data), len(in))
		}
	})
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

type recordTB struct{ skipped, failed bool }

func (r *recordTB) Helper()               {}
func (r *recordTB) Skipf(string, ...any)  { r.skipped = true }
func (r *recordTB) Fatalf(string, ...any) { r.failed = true }

// TestRequireDataFailsUnderCI: without the data a test is skipped, or
// failed when $CI is set.
func TestRequireDataFailsUnderCI(t *testing.T) {
	empty := t.TempDir()
	t.Setenv("GOMODCACHE", empty)
	t.Setenv("GOPATH", empty)
	t.Setenv("HOME", empty)
	for _, ci := range []string{"", "true"} {
		t.Setenv("CI", ci)
		var r recordTB
		RequireData(&r)
		if r.failed != (ci != "") || r.skipped != (ci == "") {
			t.Fatalf("CI=%q: skipped %v, failed %v", ci, r.skipped, r.failed)
		}
	}
}

// withChunk inserts a PNG chunk after IHDR (which ends at byte 33).
func withChunk(b []byte, typ string, data []byte) []byte {
	c := binary.BigEndian.AppendUint32(nil, uint32(len(data)))
	c = append(c, typ...)
	c = append(c, data...)
	c = binary.BigEndian.AppendUint32(c, crc32.ChecksumIEEE(append([]byte(typ), data...)))
	return append(append(append([]byte(nil), b[:33]...), c...), b[33:]...)
}

// TestPNGMessages: each refusal names its real cause.
func TestPNGMessages(t *testing.T) {
	b, err := EncodePNG(make([]byte, Pixels))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := DecodePNG(bytes.NewReader(withChunk(b, "tEXt", []byte("Comment\x00small")))); err != nil {
		t.Fatalf("a PNG with a small text chunk: %v", err)
	}
	for _, tc := range []struct {
		name string
		b    []byte
		want string
	}{
		{"gray with tRNS", withChunk(b, "tRNS", []byte{0, 0}), "transparency (tRNS)"},
		{"valid PNG over 1 MiB", withChunk(b, "tEXt", append([]byte("Comment\x00"), make([]byte, 1<<20)...)), "larger than 1 MiB"},
	} {
		_, err := DecodePNG(bytes.NewReader(tc.b))
		if err == nil || !strings.Contains(err.Error(), tc.want) || strings.Contains(err.Error(), "is not grayscale") {
			t.Errorf("%s: %v, want an error saying %q", tc.name, err, tc.want)
		}
	}
}
