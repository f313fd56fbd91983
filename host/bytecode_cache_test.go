package host

import (
	"bytes"
	"fmt"
	"testing"
)

// A cached bytecode file round-trips; one that is corrupt, truncated,
// extended or unsealed (an older format) is refused, never given to the
// engine's reader.
func TestBytecodeCacheRefusesDamage(t *testing.T) {
	bc := bytes.Repeat([]byte("bytecode"), 100)
	b := sealBytecode(bc)
	if got, ok := openBytecode(b); !ok || !bytes.Equal(got, bc) {
		t.Fatal("round trip failed")
	}
	bad := map[string][]byte{"truncated": b[:len(b)-1], "extended": append(bytes.Clone(b), 0),
		"short": b[:5], "empty": nil, "unsealed": bc}
	for _, at := range []int{0, 9, 13, 20, len(b) - 1} {
		c := bytes.Clone(b)
		c[at] ^= 1
		bad[fmt.Sprint("flipped at ", at)] = c
	}
	for name, c := range bad {
		if _, ok := openBytecode(c); ok {
			t.Errorf("%s file accepted", name)
		}
	}
}
