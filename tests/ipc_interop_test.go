package tests

import (
	"context"
	"os/exec"
	"testing"
	"time"
)

// A parent forking a child over the IPC channel, with messages both ways
// and a server and a socket passed between them, gives node's transcript
// for every pairing of node and wqnode as parent and child, in both of the
// channel's serializations ('advanced' is V8's serializer format).
func TestIPCInterop(t *testing.T) {
	nodeBin, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node is not installed")
	}
	for _, mode := range []string{"json", "advanced"} {
		t.Run(mode, func(t *testing.T) {
			run := func(parent, child string) string {
				ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
				defer cancel()
				out, err := exec.CommandContext(ctx, parent, "e2e/ipc/interop.js", child, mode).CombinedOutput()
				if err != nil {
					t.Errorf("%s -> %s: %v\n%s", parent, child, err, out)
				}
				return string(out)
			}
			want := run(nodeBin, nodeBin)
			for _, pair := range [][2]string{{nodeBin, wqnodeBin}, {wqnodeBin, nodeBin}, {wqnodeBin, wqnodeBin}} {
				if got := run(pair[0], pair[1]); got != want {
					t.Errorf("%s -> %s:\n%s\nwant (node -> node):\n%s", pair[0], pair[1], got, want)
				}
			}
		})
	}
}
