package hostnet

import (
	"encoding/binary"
	"math/rand"
	"testing"
)

// A session from JS is hostile input: bytes that are not one of ours, or a
// truncated or lying ticket length, are ignored, never a panic.
func TestDecodeSessionGarbage(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	inputs := [][]byte{nil, []byte(sessionMagic), []byte(sessionNone + "TLSv1.3")}
	lying := binary.BigEndian.AppendUint32([]byte(sessionMagic), 1<<31)
	inputs = append(inputs, lying, append(binary.BigEndian.AppendUint32([]byte(sessionMagic), 2), 1, 2, 3))
	for i := 0; i < 200; i++ {
		b := make([]byte, r.Intn(300))
		r.Read(b)
		if i%2 == 0 && len(b) >= 8 {
			copy(b, sessionMagic)
		}
		inputs = append(inputs, b)
	}
	for _, b := range inputs {
		if cs := decodeSession(b); cs != nil {
			t.Fatalf("garbage %x decoded to a session", b)
		}
		sessionTicket(b)
	}
}
