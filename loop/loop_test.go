package loop

import (
	"strings"
	"testing"
	"time"
)

func TestPhaseOrderAndExit(t *testing.T) {
	var log []string
	var l *Loop
	checks := 0
	l = New(Phases{
		Timers: func() { log = append(log, "timers") },
		Check: func() {
			checks++
			log = append(log, "check")
			l.SetImmediates(false, false)
		},
		BeforeExit: func() { log = append(log, "beforeExit") },
	})
	l.SetImmediates(true, true)
	l.SetTimer(300*time.Millisecond, true) // far beyond the completion, even on a loaded machine
	l.Ref()
	go func() {
		time.Sleep(time.Millisecond)
		l.Post(func() { log = append(log, "completion"); l.Unref() })
	}()
	l.Run()
	got := strings.Join(log, ",")
	if got != "check,completion,timers,beforeExit" {
		t.Fatalf("order: %s", got)
	}
}

func TestUnrefTimerDoesNotKeepAlive(t *testing.T) {
	fired := false
	l := New(Phases{Timers: func() { fired = true }})
	l.SetTimer(time.Hour, false)
	start := time.Now()
	l.Run()
	if fired || time.Since(start) > time.Second {
		t.Fatal("an unref'd timer kept the loop alive")
	}
}

func TestBeforeExitRevives(t *testing.T) {
	n := 0
	var l *Loop
	l = New(Phases{
		Timers: func() { n++ },
		BeforeExit: func() {
			if n < 3 {
				l.SetTimer(time.Millisecond, true)
			}
		},
	})
	l.Run()
	if n != 3 {
		t.Fatalf("timers ran %d times, want 3", n)
	}
}

func TestStop(t *testing.T) {
	var l *Loop
	l = New(Phases{Timers: func() { l.Stop() }, BeforeExit: func() { t.Fatal("beforeExit after Stop") }})
	l.SetTimer(time.Millisecond, true)
	l.Ref()
	l.Run()
	if !l.Stopped() {
		t.Fatal("not stopped")
	}
}
