package binding

import (
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"
)

type fakeHandle struct{ closed *int }

func (f fakeHandle) Close() error { *f.closed++; return nil }

func TestHandlesLowestFreeAndLimit(t *testing.T) {
	var closed int
	h := &Handles{Limit: 6}
	for i := 0; i < 3; i++ {
		h.Set(i, &Stdio{Fd: i})
	}
	a, _ := h.Add(fakeHandle{&closed})
	b, _ := h.Add(fakeHandle{&closed})
	c, _ := h.Add(fakeHandle{&closed})
	if a != 3 || b != 4 || c != 5 {
		t.Fatalf("indexes %d %d %d, want 3 4 5", a, b, c)
	}
	if _, err := h.Add(fakeHandle{&closed}); err != syscall.EMFILE {
		t.Fatalf("past the limit: %v, want EMFILE", err)
	}
	h.Remove(4)
	if d, _ := h.Add(fakeHandle{&closed}); d != 4 {
		t.Fatalf("reused %d, want 4", d)
	}
	if h.Remove(1) == nil || h.Get(1) != nil {
		t.Fatal("stdio slot not removable")
	}
	if e, _ := h.Remove(5), 0; e == nil {
		t.Fatal("remove 5")
	}
	if x, _ := h.Add(fakeHandle{&closed}); x != 5 {
		t.Fatalf("a new handle took %d; stdio slots are never reused by Add", x)
	}
	if _, ok := Lookup[*Stdio](h, 3); ok {
		t.Fatal("Lookup returned the wrong type")
	}
	h.CloseAll()
	if closed != 3 || h.Len() != 0 {
		t.Fatalf("CloseAll closed %d, %d left", closed, h.Len())
	}
	for _, i := range []int{-1, 0, 1 << 20} {
		if h.Get(i) != nil || h.Remove(i) != nil {
			t.Fatalf("index %d", i)
		}
	}
}

func TestPoolIsBounded(t *testing.T) {
	p := NewPool(3, 3)
	var running, peak atomic.Int32
	var wg sync.WaitGroup
	release := make(chan struct{})
	for i := 0; i < 50; i++ {
		wg.Add(1)
		p.Submit(i%2, func() {
			defer wg.Done()
			n := running.Add(1)
			for {
				m := peak.Load()
				if n <= m || peak.CompareAndSwap(m, n) {
					break
				}
			}
			<-release
			running.Add(-1)
		})
	}
	time.Sleep(20 * time.Millisecond)
	close(release)
	wg.Wait()
	if peak.Load() != 3 {
		t.Fatalf("peak concurrency %d, want 3", peak.Load())
	}
}

// One group's work that blocks takes at most its share of the pool: the
// work of another group runs meanwhile; everything queued runs, and the
// pool is left empty.
func TestPoolIsFair(t *testing.T) {
	p := NewPool(2, 3)
	block := make(chan struct{})
	var wg sync.WaitGroup
	var mu sync.Mutex
	var order []string
	for i := 0; i < 6; i++ {
		wg.Add(1)
		p.Submit("a", func() {
			defer wg.Done()
			<-block
			mu.Lock()
			order = append(order, "a")
			mu.Unlock()
		})
	}
	ran := make(chan struct{})
	p.Submit("b", func() { close(ran) })
	select {
	case <-ran:
	case <-time.After(5 * time.Second):
		t.Fatal("another group's work waited for the blocked group")
	}
	close(block)
	wg.Wait()
	if len(order) != 6 {
		t.Fatalf("ran %v", order)
	}
	// A long queue drains; no goroutine is left.
	var seq []int
	done := make(chan struct{})
	for i := 0; i < 20; i++ {
		p.Submit("c", func() {
			mu.Lock()
			seq = append(seq, i)
			n := len(seq)
			mu.Unlock()
			if n == 20 {
				close(done)
			}
		})
	}
	<-done
	time.Sleep(10 * time.Millisecond)
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.running != 0 || len(p.groups) != 0 || len(p.ready) != 0 {
		t.Fatalf("left: running %d, groups %d, ready %d", p.running, len(p.groups), len(p.ready))
	}
}

// All tables together hold at most ProcessHandleLimit handles: past it,
// Add fails with EMFILE in every table, and a removal makes room.
func TestProcessHandleLimit(t *testing.T) {
	old := ProcessHandleLimit
	ProcessHandleLimit = processHandles.Load() + 4
	defer func() { ProcessHandleLimit = old }()
	a, b := &Handles{}, &Handles{}
	for i := 0; i < 3; i++ { // stdio: not counted
		a.Set(i, nopHandle{})
		b.Set(i, nopHandle{})
	}
	for i := 0; i < 3; i++ {
		if _, err := a.Add(nopHandle{}); err != nil {
			t.Fatal(err)
		}
	}
	j, err := b.Add(nopHandle{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := b.Add(nopHandle{}); err != syscall.EMFILE {
		t.Fatalf("past the process limit: %v", err)
	}
	if _, err := a.Add(nopHandle{}); err != syscall.EMFILE {
		t.Fatalf("past the process limit, other table: %v", err)
	}
	b.Remove(j)
	if _, err := a.Add(nopHandle{}); err != nil {
		t.Fatalf("after a removal: %v", err)
	}
	a.CloseAll()
	b.CloseAll()
}

type nopHandle struct{}

func (nopHandle) Close() error { return nil }
