package mnist

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
)

// MaxImages bounds the images of one IDX file (MNIST has 60,000 training
// and 10,000 test images): a header claiming more is refused before
// anything is allocated.
const MaxImages = 1 << 17

// ErrBadIDX is returned (wrapped) for a file that is not an MNIST IDX file
// of the expected kind, size or contents.
var ErrBadIDX = errors.New("not an MNIST IDX file")

const (
	idxLabels = 0x00000801 // unsigned bytes, one dimension
	idxImages = 0x00000803 // unsigned bytes, three dimensions
)

// readIDXFile reads a gzipped IDX file of images (labels false) or labels.
func readIDXFile(path string, labels bool) ([]byte, int, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, 0, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(bufio.NewReader(f))
	if err != nil {
		return nil, 0, fmt.Errorf("%s: %w: %v", path, ErrBadIDX, err)
	}
	defer zr.Close()
	data, n, err := decodeIDX(zr, labels)
	if err != nil {
		return nil, 0, fmt.Errorf("%s: %w", path, err)
	}
	return data, n, nil
}

// decodeIDX reads an uncompressed IDX stream: the header first (magic,
// count, and for images 28 rows and 28 columns), then exactly count items
// and nothing after them. It returns the items' bytes and their number.
// Labels must be digits 0…9.
func decodeIDX(r io.Reader, labels bool) ([]byte, int, error) {
	what, magic, dims := "images", uint32(idxImages), 3
	if labels {
		what, magic, dims = "labels", idxLabels, 1
	}
	hdr := make([]byte, 4+4*dims)
	if _, err := io.ReadFull(r, hdr); err != nil {
		return nil, 0, fmt.Errorf("%w: %s header: %v", ErrBadIDX, what, err)
	}
	if m := binary.BigEndian.Uint32(hdr); m != magic {
		return nil, 0, fmt.Errorf("%w: magic %#08x, want %#08x (%s)", ErrBadIDX, m, magic, what)
	}
	n := binary.BigEndian.Uint32(hdr[4:])
	if n == 0 || n > MaxImages {
		return nil, 0, fmt.Errorf("%w: header claims %d %s, want 1…%d", ErrBadIDX, n, what, MaxImages)
	}
	size := 1
	if !labels {
		rows, cols := binary.BigEndian.Uint32(hdr[8:]), binary.BigEndian.Uint32(hdr[12:])
		if rows != 28 || cols != 28 {
			return nil, 0, fmt.Errorf("%w: images are %d×%d, want 28×28", ErrBadIDX, rows, cols)
		}
		size = Pixels
	}
	data := make([]byte, int(n)*size)
	if got, err := io.ReadFull(r, data); err != nil {
		return nil, 0, fmt.Errorf("%w: header claims %d %s, the file holds %d bytes of the %d they need: %v",
			ErrBadIDX, n, what, got, len(data), err)
	}
	var extra [1]byte
	if k, err := io.ReadFull(r, extra[:]); k != 0 || !errors.Is(err, io.EOF) {
		if k != 0 {
			return nil, 0, fmt.Errorf("%w: bytes after the %d %s the header claims", ErrBadIDX, n, what)
		}
		return nil, 0, fmt.Errorf("%w: after the %s: %v", ErrBadIDX, what, err)
	}
	if labels {
		for i, l := range data {
			if l >= Classes {
				return nil, 0, fmt.Errorf("%w: label %d of item %d is not a digit 0…9", ErrBadIDX, l, i)
			}
		}
	}
	return data, int(n), nil
}

// readSet reads an images file and its labels file.
func readSet(imagesPath, labelsPath string) (*Set, error) {
	pix, n, err := readIDXFile(imagesPath, false)
	if err != nil {
		return nil, err
	}
	lab, m, err := readIDXFile(labelsPath, true)
	if err != nil {
		return nil, err
	}
	if n != m {
		return nil, fmt.Errorf("%w: %d images in %s but %d labels in %s", ErrBadIDX, n, imagesPath, m, labelsPath)
	}
	s := &Set{Images: make([][]byte, n), Labels: make([]int, n)}
	for i := range n {
		s.Images[i] = pix[i*Pixels : (i+1)*Pixels : (i+1)*Pixels]
		s.Labels[i] = int(lab[i])
	}
	return s, nil
}
