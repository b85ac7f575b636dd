// Package guestimage holds the committed build of vm/guest, the program
// that the fraud-proof VM runs in disputes, and its image root: the hash of
// the VM state right after loading it, the fixed prestate of every step-level
// game. Regenerate guest.elf with `go generate ./vm/guestimage` after any
// change to vm/guest, model or merkle; TestCommittedImageIsFresh fails while
// it is stale.
package guestimage

//go:generate go run ./gen

import (
	_ "embed"
	"fmt"

	"github.com/rmsnet/rms/merkle"
	"github.com/rmsnet/rms/vm"
)

//go:embed guest.elf
var elf []byte

// ELF returns the committed guest executable.
func ELF() []byte { return elf }

// Program returns the loaded guest executable.
func Program() (*vm.Program, error) {
	p, err := vm.LoadELF(elf)
	if err != nil {
		return nil, fmt.Errorf("guest image: %w", err)
	}
	return p, nil
}

// Root returns the image root (vm state hash after loading) and the memory
// root of that state.
func Root() (image, memory merkle.Hash, err error) {
	p, err := Program()
	if err != nil {
		return image, memory, err
	}
	v, err := vm.New(p)
	if err != nil {
		return image, memory, fmt.Errorf("guest image: %w", err)
	}
	return v.StateHash(), v.Memory().Root(), nil
}
