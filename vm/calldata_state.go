package vm

import "fmt"

// NewFromState returns a VM in state s whose memory holds the given
// segments (Memsz is ignored; zero elsewhere). It is how differential tests
// of the on-chain step build arbitrary states, without a program loader or
// runtime patches.
func NewFromState(s State, segments []Segment, opts ...Option) (*VM, error) {
	if s.Regs[0] != 0 {
		return nil, fmt.Errorf("new vm from state: register 0 is %#x, must be 0", s.Regs[0])
	}
	if s.Status > StatusFault {
		return nil, fmt.Errorf("new vm from state: status %d unknown", s.Status)
	}
	cfg := config{args: []string{"guest"}}
	for _, o := range opts {
		o(&cfg)
	}
	v := &VM{mem: newMemory(), cfg: cfg, s: s}
	v.out[1], v.out[2] = cfg.stdout, cfg.stderr
	v.mem.source = cfg.source
	for _, seg := range segments {
		if err := v.mem.WriteBytes(seg.Vaddr, seg.Data); err != nil {
			return nil, fmt.Errorf("new vm from state: segment %#x: %w", seg.Vaddr, err)
		}
	}
	v.mem.flushCaches()
	return v, nil
}
