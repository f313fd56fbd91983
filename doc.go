// Package wqnode runs Node.js programs and untrusted plugins inside a Go
// program: each Isolate is one QuickJS engine (compiled to WebAssembly and
// run by wazero) with its own event loop, handles and limits, sharing the
// compiled engine with every other isolate of its Runtime.
//
// An Isolate is deny-by-default: it sees no host file, environment
// variable, network address, child process or signal unless its Config
// grants it, and every limit it breaches ends it alone with a
// *LimitError, leaving the Runtime and every other Isolate running.
//
//	rt := wqnode.NewRuntime(wqnode.RuntimeConfig{})
//	defer rt.Close()
//	iso, _ := rt.NewIsolate(wqnode.Config{Stdout: os.Stdout,
//		Limits: wqnode.Limits{Memory: 64 << 20, CPUTime: time.Second}})
//	defer iso.Close()
//	v, err := iso.Eval(ctx, "[1, 2, 3].map((x) => x * 2)")
//
// # Notes
//
//   - An Isolate runs on a goroutine of its own: JS values never cross
//     goroutines, and every method of Isolate is safe from any goroutine.
//   - Values cross between Go and JS as JSON does: nil, bool, float64,
//     string, []any and map[string]any. A promise returned to Go is
//     awaited.
//   - Stopping is cooperative for JS (the engine polls for interrupts at
//     function entry and backward jumps); a single long built-in that does
//     not poll, such as sorting a huge typed array, runs to its end first.
//   - The memory limit bounds the engine's whole heap; host memory held
//     for the isolate (file reads, socket write queues, KDF work) is
//     bounded by the same figure.
//   - What belongs to the whole host process is out of an isolate's
//     reach: process.kill and os.setPriority reach only the isolate and
//     its own children, process.on('SIG...') sees only Isolate.Signal,
//     process.umask is the isolate's own (it masks what the isolate
//     creates, over the host's umask), and os.hostname, os.userInfo and
//     os.networkInterfaces describe a neutral host ("localhost", the
//     isolate's own USER and HOME, loopback only). Its children lead a
//     process group each, killed with them on Close.
//   - Stdin and Stdout may block for good: Close gives up a blocked read
//     or write (which then finishes unseen, on a copy of its bytes).
//   - This is the embedding API; the binding packages under host/ are
//     internals whose interfaces change without notice.
package wqnode
