package wasm

import "time"

var processStart = time.Now()

// monotonic is elapsed wall time, the fallback where thread CPU time
// cannot be read.
func monotonic() time.Duration { return time.Since(processStart) }
