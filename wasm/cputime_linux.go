package wasm

import (
	"time"

	"golang.org/x/sys/unix"
)

// threadCPU is the CPU time the calling OS thread has used. The caller
// keeps its goroutine on one thread (runtime.LockOSThread) between two
// readings it subtracts.
func threadCPU() time.Duration {
	var ts unix.Timespec
	if unix.ClockGettime(unix.CLOCK_THREAD_CPUTIME_ID, &ts) != nil {
		return monotonic()
	}
	return time.Duration(ts.Nano())
}
