package wqnode

import (
	"errors"
	"fmt"
	"io"
	"sync/atomic"

	"github.com/wqnode/wqnode/host/binding"
)

// outputLimit counts the bytes an isolate wrote to stdout and stderr.
type outputLimit struct {
	n   atomic.Int64
	max int64 // 0: no limit
}

var errOutputLimit = errors.New("wqnode: output limit exceeded")

// limitedWriter writes to w until the isolate's output limit, then ends
// the isolate.
type limitedWriter struct {
	w   io.Writer
	l   *outputLimit
	iso *Isolate
}

func (w *limitedWriter) Write(p []byte) (int, error) {
	if w.l.max <= 0 {
		return w.write(p)
	}
	total := w.l.n.Add(int64(len(p)))
	if total <= w.l.max {
		return w.write(p)
	}
	allowed := max(0, int64(len(p))-(total-w.l.max))
	n := 0
	if allowed > 0 {
		n, _ = w.write(p[:allowed])
	}
	if h := w.iso.h; h != nil {
		h.StopWith(&LimitError{Limit: "output", Value: fmt.Sprintf("%d bytes", w.l.max)})
	}
	return n, errOutputLimit
}

// write hands p to the embedder's writer, which may block for good: the
// isolate gives up waiting when it is closed (the write, on a copy of p,
// finishes unseen), so Close is never stuck behind a writer.
func (w *limitedWriter) write(p []byte) (int, error) {
	h := w.iso.h
	if h == nil {
		return w.w.Write(p)
	}
	buf := append([]byte(nil), p...)
	return binding.UntilDone(h.Stopping(), func() (int, error) { return w.w.Write(buf) })
}
