// Package loop is one event loop per isolate, after libuv's: phases per
// turn (timers → pending → poll → check → close), ref-counted handles that
// keep it alive, and a completion queue that other goroutines post to.
//
// The loop itself knows nothing of JavaScript: the isolate supplies the
// phase callbacks (which call into JS) and the loop decides when to run
// them. Only the goroutine running Run may call anything but Post and Ref.
package loop

import (
	"sync"
	"time"
)

// Phases are the isolate's callbacks for one turn of the loop.
type Phases struct {
	// Timers runs due timers; the loop calls it when the timer set with
	// SetTimer is due.
	Timers func()
	// Check runs setImmediate callbacks; called each turn while
	// ImmediatePending is set.
	Check func()
	// Close runs close callbacks queued with QueueClose.
	// BeforeExit is called when the loop has nothing left to do; it may
	// schedule more work (the loop then goes on).
	BeforeExit func()
}

// Loop is a single-threaded event loop.
type Loop struct {
	phases Phases
	start  time.Time

	mu    sync.Mutex
	queue []func()
	wake  chan struct{}
	refs  int // ref'd handles and requests, possibly held by other goroutines

	timerSet bool
	timerRef bool
	timerAt  time.Duration // loop time at which the timer is due

	immediates   bool // immediate callbacks are queued
	immediateRef bool // ... and at least one is ref'd

	closing []func()
	stopped bool
	now     time.Duration // cached loop time, updated once per turn
}

// New returns a loop that will drive phases.
func New(phases Phases) *Loop {
	l := &Loop{phases: phases, start: time.Now(), wake: make(chan struct{}, 1)}
	l.UpdateTime()
	return l
}

// Now is the loop's cached time since start (libuv's uv_now).
func (l *Loop) Now() time.Duration { return l.now }

// UpdateTime refreshes the cached loop time.
func (l *Loop) UpdateTime() time.Duration {
	l.now = time.Since(l.start)
	return l.now
}

// Post queues fn to run on the loop goroutine. Safe from any goroutine.
func (l *Loop) Post(fn func()) {
	l.mu.Lock()
	l.queue = append(l.queue, fn)
	l.mu.Unlock()
	l.wakeup()
}

func (l *Loop) wakeup() {
	select {
	case l.wake <- struct{}{}:
	default:
	}
}

// Ref marks one more outstanding handle or request that keeps the loop
// alive; Unref releases it. Safe from any goroutine.
func (l *Loop) Ref() { l.mu.Lock(); l.refs++; l.mu.Unlock() }

// Unref releases a reference taken with Ref.
func (l *Loop) Unref() {
	l.mu.Lock()
	l.refs--
	l.mu.Unlock()
	l.wakeup()
}

// SetTimer arranges for the Timers phase to run after d (loop time from
// now); ref says whether the timer keeps the loop alive.
func (l *Loop) SetTimer(d time.Duration, ref bool) {
	if d < 1 {
		d = 1
	}
	l.timerSet, l.timerRef, l.timerAt = true, ref, l.UpdateTime()+d
}

// SetTimerRef changes whether the pending timer keeps the loop alive.
func (l *Loop) SetTimerRef(ref bool) { l.timerRef = ref }

// ClearTimer cancels the pending timer wakeup.
func (l *Loop) ClearTimer() { l.timerSet = false }

// SetImmediates tells the loop whether immediates are queued and whether
// one of them is ref'd.
func (l *Loop) SetImmediates(pending, ref bool) { l.immediates, l.immediateRef = pending, ref }

// QueueClose schedules fn for the close phase of this turn.
func (l *Loop) QueueClose(fn func()) { l.closing = append(l.closing, fn) }

// Stop makes Run return after the current callback.
func (l *Loop) Stop() { l.stopped = true }

// Stopped reports whether Stop was called.
func (l *Loop) Stopped() bool { return l.stopped }

// Idle reports whether the loop holds nothing at all: no references, no
// queued completions, no timer (ref'd or not), no immediates, no close
// callbacks (what a snapshot of its isolate requires).
func (l *Loop) Idle() bool {
	l.mu.Lock()
	n, q := l.refs, len(l.queue)
	l.mu.Unlock()
	return n == 0 && q == 0 && !l.timerSet && !l.immediates && len(l.closing) == 0
}

func (l *Loop) alive() bool {
	l.mu.Lock()
	n, q := l.refs, len(l.queue)
	l.mu.Unlock()
	return n > 0 || q > 0 || (l.timerSet && l.timerRef) || (l.immediates && l.immediateRef) || len(l.closing) > 0
}

// Run turns the loop until nothing keeps it alive (after BeforeExit had its
// chance to add work) or Stop is called.
func (l *Loop) Run() {
	for !l.stopped {
		for !l.stopped && l.alive() {
			l.turn()
		}
		if l.stopped || l.phases.BeforeExit == nil {
			return
		}
		l.phases.BeforeExit()
		if !l.alive() {
			return
		}
	}
}

func (l *Loop) turn() {
	l.UpdateTime()
	// timers
	if l.timerSet && l.now >= l.timerAt {
		l.timerSet = false
		l.phases.Timers()
		if l.stopped {
			return
		}
	}
	// pending + poll: completions from other goroutines; block only when
	// nothing else is due this turn.
	l.poll()
	if l.stopped {
		return
	}
	// check
	if l.immediates && l.phases.Check != nil {
		l.phases.Check()
		if l.stopped {
			return
		}
	}
	// close
	for len(l.closing) > 0 && !l.stopped {
		fns := l.closing
		l.closing = nil
		for _, fn := range fns {
			fn()
		}
	}
}

func (l *Loop) poll() {
	for {
		l.mu.Lock()
		q := l.queue
		l.queue = nil
		refs := l.refs
		l.mu.Unlock()
		if len(q) > 0 {
			for i, fn := range q {
				fn()
				if l.stopped {
					l.requeue(q[i+1:])
					return
				}
			}
			// completions may have made timers due or queued immediates:
			// leave the poll phase as libuv does after handling events.
			return
		}
		if l.immediates || len(l.closing) > 0 {
			return
		}
		// Block only while something keeps the loop alive (libuv polls
		// with a zero timeout otherwise).
		if refs == 0 && !(l.timerSet && l.timerRef) {
			return
		}
		var timer *time.Timer
		var timeout <-chan time.Time
		if l.timerSet {
			d := l.timerAt - l.UpdateTime()
			if d <= 0 {
				return
			}
			timer = time.NewTimer(d)
			timeout = timer.C
		}
		select {
		case <-l.wake:
			if timer != nil {
				timer.Stop()
			}
			l.UpdateTime()
			continue
		case <-timeout:
			l.UpdateTime()
			return
		}
	}
}

func (l *Loop) requeue(fns []func()) {
	if len(fns) == 0 {
		return
	}
	l.mu.Lock()
	l.queue = append(fns, l.queue...)
	l.mu.Unlock()
}

// Hold is one handle's share of the loop's refs. Set takes a ref when want
// becomes true and gives it back when want becomes false, so a handle holds
// at most one and never gives back one it did not take.
type Hold struct{ held bool }

// Held reports whether the hold keeps its loop alive now.
func (h *Hold) Held() bool { return h.held }

// Set makes the hold want on l; only the loop's goroutine calls it.
func (h *Hold) Set(l *Loop, want bool) {
	if want == h.held {
		return
	}
	h.held = want
	if want {
		l.Ref()
	} else {
		l.Unref()
	}
}
