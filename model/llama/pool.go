package llama

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// parallelMin is the work (multiply-adds) below which kernels stay on one
// goroutine.
const parallelMin = 1 << 16

// parallel calls f on disjoint ranges covering [0, n), on up to w
// goroutines when work is large enough: the first range on the calling
// goroutine, the others on the workers of a pool that lives as long as the
// process, so a product costs no goroutine start. Results never depend on
// the split.
func parallel(w, n, work int, f func(lo, hi int)) {
	if w > n {
		w = n
	}
	if w <= 1 || work < parallelMin {
		f(0, n)
		return
	}
	g := groups.Get().(*group)
	g.f = f
	g.left.Store(int32(w))
	workers.ensure(w - 1)
	for i := 1; i < w; i++ {
		t := task{g: g, lo: n * i / w, hi: n * (i + 1) / w}
		select {
		case workers.ch <- t:
		default: // the queue is full (nested calls): run it here
			t.run()
		}
	}
	f(0, n/w)
	g.finish(true)
	g.f = nil
	groups.Put(g)
}

// group is one call of parallel: the ranges still running and where the
// caller waits for them.
type group struct {
	f    func(lo, hi int)
	left atomic.Int32
	done chan struct{} // the last worker to finish signals a waiting caller
}

var groups = sync.Pool{New: func() any { return &group{done: make(chan struct{}, 1)} }}

// spinWait is the number of polls the caller makes of the ranges left
// before it sleeps until the last one ends: the other ranges usually end
// within microseconds of the caller's, and a poll costs far less than
// waking a sleeping goroutine.
const spinWait = 2000

// finish counts one range as done; the caller (caller set) then waits for
// the others. The last range to end, when it is not the caller's, wakes
// the caller if it went to sleep.
func (g *group) finish(caller bool) {
	if !caller {
		if g.left.Add(-1) == 0 {
			g.done <- struct{}{}
		}
		return
	}
	if g.left.Add(-1) == 0 {
		return
	}
	for i := 0; i < spinWait; i++ {
		if g.left.Load() == 0 {
			break
		}
		if i%64 == 63 {
			runtime.Gosched()
		}
	}
	// The last worker sends done whether the caller spun or not; while it
	// waits the caller runs queued ranges, its own or a nested call's, so a
	// range that calls parallel itself cannot wait for a worker forever.
	for {
		select {
		case <-g.done:
			return
		case t := <-workers.ch:
			t.run()
		}
	}
}

// run runs the range and counts it done.
func (t task) run() {
	t.g.f(t.lo, t.hi)
	t.g.finish(false)
}

// task is one range of a group, run by a pool worker.
type task struct {
	g      *group
	lo, hi int
}

// pool is the set of worker goroutines that run the ranges of parallel
// beyond the caller's; it grows to the largest number a call has needed.
type pool struct {
	mu sync.Mutex
	n  atomic.Int32
	ch chan task
}

var workers = pool{ch: make(chan task, 64)}

// ensure starts workers until there are at least n.
func (p *pool) ensure(n int) {
	if int(p.n.Load()) >= n {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	for int(p.n.Load()) < n {
		p.n.Add(1)
		go p.work()
	}
}

// work runs tasks as they come, for the life of the process.
func (p *pool) work() {
	for t := range p.ch {
		t.run()
	}
}
