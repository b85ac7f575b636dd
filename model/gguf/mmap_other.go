//go:build !unix

package gguf

import (
	"fmt"
	"math"
	"os"
)

// mapFile reads size bytes of fh where no mmap is available.
func mapFile(fh *os.File, size uint64) ([]byte, func() error, error) {
	if size > math.MaxInt {
		return nil, nil, fmt.Errorf("read: %d bytes do not fit in memory", size)
	}
	b := make([]byte, size)
	if _, err := fh.ReadAt(b, 0); err != nil {
		return nil, nil, fmt.Errorf("read: %w", err)
	}
	return b, func() error { return nil }, nil
}
