package dispute

import (
	"encoding/binary"
	"testing"

	"github.com/rmsnet/rms/vm"
)

const textBase = 0x00400000

func words(ws ...uint32) []byte {
	b := make([]byte, 4*len(ws))
	for i, w := range ws {
		binary.BigEndian.PutUint32(b[4*i:], w)
	}
	return b
}

func TestStepSmoke(t *testing.T) {
	c := newTestChain(t)
	var s vm.State
	s.PC, s.NextPC = textBase, textBase+4
	s.Regs[1], s.Regs[2] = 5, 7
	// addu $3, $1, $2 ; sw $3, 0($29)
	s.Regs[29] = 0x7fff0000
	v, err := vm.NewFromState(s, []vm.Segment{{Vaddr: textBase, Data: words(1<<21|2<<16|3<<11|0x21, 0x2b<<26|29<<21|3<<16)}})
	if err != nil {
		t.Fatal(err)
	}
	c.check(t, v, "addu")
	c.check(t, v, "sw")
}
