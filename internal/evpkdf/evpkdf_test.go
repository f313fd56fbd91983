package evpkdf

import (
	"crypto/md5"
	"encoding/hex"
	"testing"
)

// The key and IV openssl enc -aes-256-cbc -nosalt -md md5 -pass pass:password -P prints.
func TestBytesToKey(t *testing.T) {
	key, iv := BytesToKey(md5.New, []byte("password"), nil, 1, 32, 16)
	if got := hex.EncodeToString(key); got != "5f4dcc3b5aa765d61d8327deb882cf992b95990a9151374abd8ff8c5a7a0fe08" {
		t.Errorf("key %s", got)
	}
	if got := hex.EncodeToString(iv); got != "b7b4372cdfbcb3d16a2631b59b509e94" {
		t.Errorf("iv %s", got)
	}
}
