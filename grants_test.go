package wqnode_test

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	"github.com/wqnode/wqnode"
)

// A name resolution is network access: without a Net grant that names
// the host, dns.lookup, dns.promises.lookup, lookupService and a connect
// by name are refused with ERR_ACCESS_DENIED before any query leaves (a
// query for secret.example.com reaches whatever resolves example.com);
// "localhost" names resolve, and a grant by name lets its host resolve
// (.invalid: the answer, not found or no resolver, does not matter).
func TestNetLookupNeedsGrant(t *testing.T) {
	rt := wqnode.NewRuntime(wqnode.RuntimeConfig{})
	defer rt.Close()
	src := `
		const dns = require('dns');
		const out = [];
		const done = () => new Promise((r) => setTimeout(r, 50));
		(async () => {
			await new Promise((r) => dns.lookup('secret.example.com', (e) => { out.push('lookup ' + (e && e.code)); r(); }));
			await dns.promises.lookup('secret.example.com').then(() => out.push('promises resolved'), (e) => out.push('promises ' + e.code));
			await new Promise((r) => dns.lookupService('127.0.0.1', 22, (e) => { out.push('service ' + (e && e.code)); r(); }));
			await new Promise((r) => require('net').connect(80, 'secret.example.com').on('error', (e) => { out.push('connect ' + e.code); r(); }));
			await new Promise((r) => dns.lookup('localhost', (e, a) => { out.push('localhost ' + (e ? e.code : 'ok')); r(); }));
			await new Promise((r) => dns.lookup('granted.invalid', (e) => { out.push('granted ' + (e && e.code === 'ERR_ACCESS_DENIED' ? 'denied' : 'asked')); r(); }));
			console.log(out.join('\n'));
		})();
	`
	var buf bytes.Buffer
	iso, err := rt.NewIsolate(wqnode.Config{Stdout: &buf, Stderr: &buf, Grants: wqnode.Grants{Net: []string{"granted.invalid:443"}}})
	if err != nil {
		t.Fatal(err)
	}
	defer iso.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	if _, err := iso.Eval(ctx, src); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(15 * time.Second)
	for !strings.Contains(buf.String(), "granted") && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	want := "lookup ERR_ACCESS_DENIED\npromises ERR_ACCESS_DENIED\nservice ERR_ACCESS_DENIED\nconnect ERR_ACCESS_DENIED\nlocalhost ok\ngranted asked\n"
	if got := buf.String(); got != want {
		t.Fatalf("got\n%s\nwant\n%s", got, want)
	}
}
