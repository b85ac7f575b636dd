// Command gen rebuilds guest.elf from vm/guest with the pinned, reproducible
// flags (run by go generate in vm/guestimage).
package main

import (
	"context"
	"fmt"
	"os"

	"github.com/rmsnet/rms/vm"
)

func main() {
	if err := vm.BuildGuest(context.Background(), "../guest", "guest.elf"); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
