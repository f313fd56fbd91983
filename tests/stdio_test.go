package tests

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"io"
	"math/rand"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"time"
)

// 100 MiB through stdin → Transform → stdout between two processes,
// byte-exact.
func TestStdinTransformStdout(t *testing.T) {
	const size = 100 << 20
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, wqnodeBin, "e2e/passthrough.js")
	stdin, _ := cmd.StdinPipe()
	stdout, _ := cmd.StdoutPipe()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	in := sha256.New()
	go func() {
		r := rand.New(rand.NewSource(1))
		buf := make([]byte, 1<<20)
		for sent := 0; sent < size; sent += len(buf) {
			r.Read(buf)
			in.Write(buf)
			if _, err := stdin.Write(buf); err != nil {
				return
			}
		}
		stdin.Close()
	}()
	out := sha256.New()
	n, err := io.Copy(out, stdout)
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Wait(); err != nil {
		t.Fatalf("wqnode: %v", err)
	}
	if n != size || !bytes.Equal(in.Sum(nil), out.Sum(nil)) {
		t.Fatalf("got %d bytes, checksum match %v", n, bytes.Equal(in.Sum(nil), out.Sum(nil)))
	}
}

// A slow reader of a large output loses nothing, even with process.exit()
// right after the writes.
func TestSlowReaderLosesNothing(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, wqnodeBin, "e2e/big_output.js")
	stdout, _ := cmd.StdoutPipe()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(stdout)
	sc.Buffer(make([]byte, 4096), 4096)
	want := 0
	for sc.Scan() {
		if want%2048 == 0 {
			time.Sleep(2 * time.Millisecond)
		}
		num, _, _ := strings.Cut(sc.Text(), " ")
		if num != strconv.Itoa(want) {
			t.Fatalf("line %d: got %q", want, num)
		}
		want++
	}
	if err := cmd.Wait(); err != nil {
		t.Fatal(err)
	}
	if want != 20*1024 {
		t.Fatalf("got %d lines, want %d", want, 20*1024)
	}
}
