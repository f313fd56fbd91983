package wasm

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"testing"

	"github.com/wqnode/wqnode/wasm/internal/wasmpatch"
)

// A patched-module file round-trips, and one that is corrupt, truncated,
// extended or for another key is refused (the engine then patches anew).
func TestModuleFileRefusesDamage(t *testing.T) {
	patched, layout, err := wasmpatch.Patch(stockWasm, DefaultStackSize, SharedRegionSize)
	if err != nil {
		t.Fatal(err)
	}
	hash := sha256.Sum256(patched)
	key := modKey(DefaultStackSize, SharedRegionSize)
	b := encodeModuleFile(patched, layout, hash, key)
	m, l, h, err := decodeModuleFile(b, key)
	if err != nil || !bytes.Equal(m, patched) || h != hash || l.StackTop != layout.StackTop ||
		l.SharedBase != layout.SharedBase || l.SharedSize != layout.SharedSize || len(l.Data) != len(layout.Data) {
		t.Fatalf("round trip: %v", err)
	}
	for i := range l.Data {
		if l.Data[i].Offset != layout.Data[i].Offset || !bytes.Equal(l.Data[i].Bytes, layout.Data[i].Bytes) {
			t.Fatalf("segment %d differs", i)
		}
	}
	other := modKey(DefaultStackSize*2, SharedRegionSize)
	if other == key {
		t.Fatal("the key ignores the stack size")
	}
	bad := map[string][]byte{
		"truncated": b[:len(b)-1],
		"extended":  append(bytes.Clone(b), 0),
		"short":     b[:10],
		"empty":     nil,
	}
	for _, at := range []int{0, 20, 60, 100, 200, len(b) / 2, len(b) - 1} {
		c := bytes.Clone(b)
		c[at] ^= 0x40
		bad[fmt.Sprint("flipped at ", at)] = c
	}
	for name, c := range bad {
		if _, _, _, err := decodeModuleFile(c, key); err == nil {
			t.Errorf("%s file accepted", name)
		}
	}
	if _, _, _, err := decodeModuleFile(b, other); err == nil {
		t.Error("file for another key accepted")
	}
}
