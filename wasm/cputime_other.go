//go:build !linux

package wasm

import "time"

// threadCPU falls back to wall time where the thread CPU clock is not read.
func threadCPU() time.Duration { return monotonic() }
