package vm

// Snapshot is a copy of a VM at one step: registers, memory pages, the
// cached hashes and the mapped regions. Pages are shared copy-on-write with
// the VM (and other snapshots): taking a snapshot costs a pointer per page,
// and a page is copied only when it is written after.
type Snapshot struct {
	s       State
	outN    uint64
	pages   map[uint32]*page
	nodes   [upperLevels + 1]map[uint32]nodeEntry
	regions []region
}

// Step returns the step at which the snapshot was taken.
func (sn *Snapshot) Step() uint64 { return sn.s.Step }

// Snapshot copies the VM's state.
func (v *VM) Snapshot() *Snapshot {
	m := v.mem
	m.settle()
	sn := &Snapshot{s: v.s, outN: v.outN, pages: make(map[uint32]*page, m.pages.n), regions: append([]region(nil), m.regions...)}
	m.pages.each(func(p uint32, pg *page) {
		if !pg.frozen { // a frozen page may be shared with VMs in other goroutines
			pg.frozen = true
		}
		sn.pages[p] = pg
	})
	m.flushCaches() // the write cache must not bypass the copy
	for l := range m.nodes {
		sn.nodes[l] = make(map[uint32]nodeEntry, len(m.nodes[l]))
		for k, e := range m.nodes[l] {
			sn.nodes[l][k] = e
		}
	}
	return sn
}

// Restore puts the VM back into the state of sn. Output written after the
// snapshot is not taken back from the writers.
func (v *VM) Restore(sn *Snapshot) {
	m := v.mem
	m.pages.reset()
	for p, pg := range sn.pages {
		m.pages.set(p, pg)
	}
	for l := range m.nodes {
		m.nodes[l] = make(map[uint32]nodeEntry, len(sn.nodes[l]))
		for k, e := range sn.nodes[l] {
			m.nodes[l][k] = e
		}
	}
	m.regions = append([]region(nil), sn.regions...)
	m.dirty = m.dirty[:0]
	m.pages.each(func(p uint32, pg *page) {
		if !pg.rootOK {
			m.dirty = append(m.dirty, p)
		}
	})
	m.err = nil
	m.flushCaches()
	v.s = sn.s
	v.outN = sn.outN
}
