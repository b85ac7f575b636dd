package llama

import (
	"runtime"
	"sync"
	"sync/atomic"
	"time"
)

// parallelMin is the work (multiply-adds) below which kernels stay on one
// goroutine.
const parallelMin = 1 << 16

// parallel calls f on disjoint ranges covering [0, n), on up to w
// goroutines when work is large enough: the first range on the calling
// goroutine, the others queued for the workers of a pool that lives as long
// as the process, so a product costs no goroutine start. Results never
// depend on the split or on who runs a range.
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
	g.wait()
	g.f = nil
	groups.Put(g)
}

// group is one call of parallel: the ranges still running and where the
// caller waits for them.
type group struct {
	f    func(lo, hi int)
	left atomic.Int32  // ranges not yet done, the caller's included
	done chan struct{} // sent once by the last range to end when it is not the caller's
}

var groups = sync.Pool{New: func() any { return &group{done: make(chan struct{}, 1)} }}

// spinFor is how long a goroutine polls before it sleeps: the caller of
// parallel waiting for the other ranges, a worker waiting for the next
// range. The ranges of one product end within microseconds of each other
// and a token's products follow each other within microseconds, while
// waking a sleeping goroutine on a busy machine takes tens of them; a
// goroutine that polls keeps its thread, so handing it work needs no
// wake-up at all.
const spinFor = 50 * time.Microsecond

// wait counts the caller's range done and returns when every range is.
// While it waits the caller runs queued ranges itself (its own, or those of
// a nested or concurrent call), so a range a worker has not taken yet
// costs no wake-up, and a range that calls parallel itself cannot wait for
// a worker forever.
func (g *group) wait() {
	if g.left.Add(-1) == 0 {
		return // the caller's range was the last: nothing was sent
	}
	var start time.Time
	for i := 0; ; i++ {
		select {
		case <-g.done:
			return
		case t := <-workers.ch:
			t.run()
			continue
		default:
		}
		if i%16 == 0 {
			if i == 0 {
				start = time.Now()
			} else if time.Since(start) > spinFor {
				break
			}
		}
		runtime.Gosched()
	}
	for {
		select {
		case <-g.done:
			return
		case t := <-workers.ch:
			t.run()
		}
	}
}

// task is one range of a group.
type task struct {
	g      *group
	lo, hi int
}

// run runs the range and counts it done; the last range to end, when the
// caller is waiting for it, tells the caller.
func (t task) run() {
	t.g.f(t.lo, t.hi)
	if t.g.left.Add(-1) == 0 {
		t.g.done <- struct{}{}
	}
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

// work runs ranges as they come, for the life of the process: after each
// it polls the queue for spinFor before it sleeps on it.
func (p *pool) work() {
	for {
		p.poll()
		(<-p.ch).run()
	}
}

// poll runs the ranges queued within spinFor of each other and returns
// when none came for that long.
func (p *pool) poll() {
	start := time.Now()
	for i := 1; ; i++ {
		select {
		case t := <-p.ch:
			t.run()
			start, i = time.Now(), 0
			continue
		default:
		}
		if i%16 == 0 && time.Since(start) > spinFor {
			return
		}
		runtime.Gosched()
	}
}
