package loop

import (
	"sync"
	"testing"
)

func TestRequestCompletesOnce(t *testing.T) {
	l := New(Phases{Timers: func() {}})
	runs := 0
	r := l.Reserve()
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() { defer wg.Done(); r.Complete(func() { runs++ }) }()
	}
	wg.Wait()
	if r.Complete(func() { runs++ }) {
		t.Fatal("second Complete took effect")
	}
	l.Run()
	if runs != 1 {
		t.Fatalf("completion ran %d times", runs)
	}
	if l.alive() {
		t.Fatal("loop still alive after the request completed")
	}
}

func TestRequestKeepsLoopAlive(t *testing.T) {
	l := New(Phases{Timers: func() {}})
	r := l.Reserve()
	done := false
	go r.Complete(func() { done = true })
	l.Run()
	if !done {
		t.Fatal("Run returned before the reservation completed")
	}
	c := l.Reserve()
	c.Cancel()
	if c.Complete(func() { t.Fatal("ran after Cancel") }) {
		t.Fatal("Complete after Cancel took effect")
	}
	l.Run()
}
