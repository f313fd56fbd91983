package hostnet

import (
	"os"
	"strings"
	"testing"

	"github.com/wqnode/wqnode/host/binding"
	"github.com/wqnode/wqnode/wasm"
)

// The JS layer of the binding, in a bare VM: a stand-in for Buffer (the
// layer only calls Buffer.from and Buffer.alloc) and the binding as
// `binding`. The script returns a log of what the callbacks saw.
const httpParserScript = `
const { HTTPParser, ConnectionsList, methods, allMethods } = binding;
const log = [];
const text = (u) => String.fromCharCode(...u);
function mk(type, list) {
  const p = new HTTPParser();
  p.initialize(type, {}, 0, 0, list);
  p[HTTPParser.kOnMessageBegin] = function () { log.push('begin ' + (this === p)); };
  p[HTTPParser.kOnHeaders] = (h, url) => log.push('headers ' + h.length + ' ' + url);
  p[HTTPParser.kOnHeadersComplete] = (maj, min, h, m, url, st, msg, up, ka) => {
    log.push(['hc', maj, min, h && h.join('|'), allMethods[m], url, st, msg, up, ka].join(' '));
    return p.ret;
  };
  p[HTTPParser.kOnBody] = (b) => log.push('body ' + text(b));
  p[HTTPParser.kOnMessageComplete] = () => log.push('mc');
  return p;
}
const enc = (s) => { const u = new Uint8Array(s.length); for (let i = 0; i < s.length; i++) u[i] = s.charCodeAt(i); return u; };
const list = new ConnectionsList();
const p = mk(HTTPParser.REQUEST, list);
log.push('idle ' + list.idle().length + ' active ' + list.active().length);
log.push('n ' + p.execute(enc('POST /x HTTP/1.1\r\nContent-Length: 3\r\n\r\nab')));
log.push('hc? ' + p.headersCompleted() + ' all ' + list.all().length);
log.push('n ' + p.execute(enc('cGET /y HTTP/1.1\r\n\r\n')));
log.push('idle ' + list.idle().length + ' duration ' + p.duration());
const e = p.execute(enc('GET / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n'));
log.push([e.message, e.code, e.reason, typeof e.bytesParsed].join(' '));
const r = mk(HTTPParser.RESPONSE);
r.ret = 1;
log.push('n ' + r.execute(enc('HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nHTTP/1.0 404 Nope\r\n\r\nrest')));
log.push('finish ' + r.finish());
const u = mk(HTTPParser.REQUEST);
log.push('n ' + u.execute(enc('GET / HTTP/1.1\r\nConnection: upgrade\r\nUpgrade: ws\r\n\r\nFRAME')));
const q = mk(HTTPParser.REQUEST);
q[HTTPParser.kOnHeadersComplete] = () => { q.pause(); };
log.push('n ' + q.execute(enc('GET / HTTP/1.1\r\n\r\n')));
const pe = q.execute(enc('GET / HTTP/1.1\r\n\r\n'));
log.push(pe.code + ' ' + text(q.getCurrentBuffer()).length);
q.resume();
const t = mk(HTTPParser.REQUEST);
t[HTTPParser.kOnHeadersComplete] = () => { throw new Error('boom'); };
try { t.execute(enc('GET / HTTP/1.1\r\n\r\n')); } catch (err) { log.push('threw ' + err.message); }
log.push(t.execute(enc('x')).code);
p.free();
log.push('all ' + list.all().length + ' methods ' + methods.length + ' ' + allMethods.length + ' ' + HTTPParser.kLenientAll);
log.join('\n');
`

// httpParserWant is what node printed for httpParserScript (the binding
// from require('internal/test/binding') under --expose-internals).
const httpParserWant = `idle 0 active 1
begin true
hc 1 1 Content-Length|3 POST /x   false true
body ab
n 41
hc? true all 1
body c
mc
begin true
hc 1 1  GET /y   false true
mc
n 20
idle 1 duration 0
begin true
Parse Error HPE_UNEXPECTED_CONTENT_LENGTH Duplicate Content-Length number
begin true
hc 1 1 Content-Length|5   200 OK false true
mc
begin true
hc 1 0    404 Nope false false
mc
n Error: Parse Error
finish undefined
begin true
hc 1 1 Connection|upgrade|Upgrade|ws GET /   true true
mc
n 52
begin true
mc
n 18
HPE_PAUSED 0
begin true
threw boom
HPE_CB_HEADERS_COMPLETE
all 1 methods 35 47 1023`

// bareVM is a VM with a binding Env and a stand-in for Buffer.
func bareVM(t *testing.T) (*wasm.VM, *binding.Env) {
	t.Helper()
	eng, err := wasm.NewEngine(wasm.EngineConfig{})
	if err != nil {
		t.Fatal(err)
	}
	vm, err := eng.NewVM(wasm.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(vm.Close)
	e := &binding.Env{VM: vm, MaxBuffer: 1 << 30}
	vm.Data = e
	shim, err := vm.Eval(`globalThis.Buffer = { from: (x) => new Uint8Array(x instanceof ArrayBuffer ? x : x.slice()), alloc: (n) => new Uint8Array(n) }`, "shim", 0)
	if err != nil {
		t.Fatal(err)
	}
	vm.Free(shim)
	return vm, e
}

func TestHTTPParserJSLayer(t *testing.T) {
	vm, e := bareVM(t)
	obj := HTTPParser.Install(e)
	g := vm.Global()
	vm.Set(g, "binding", obj)
	vm.Free(g)
	v, err := vm.Eval(httpParserScript, "test.js", 0)
	if err != nil {
		t.Fatal(err)
	}
	defer vm.Free(v)
	if got := vm.String(v); got != httpParserWant {
		t.Errorf("got\n%s\nwant\n%s", got, httpParserWant)
	}
}

// consume takes only a stream handle of the table: anything else is
// refused (false), and the parser reads through execute as before.
func TestHTTPParserConsumeRefused(t *testing.T) {
	vm, e := bareVM(t)
	obj := HTTPParser.Install(e)
	g := vm.Global()
	vm.Set(g, "binding", obj)
	vm.Free(g)
	v, err := vm.Eval(`const p = new binding.HTTPParser(); p.initialize(1, {}, 0, 0);
[p.consume({}), p.consume({ _id: 12345 }), p.consume(null), new binding.HTTPParser().consume({ _id: 1 })].join(' ')`, "t.js", 0)
	if err != nil {
		t.Fatal(err)
	}
	defer vm.Free(v)
	if got := vm.String(v); got != "false false false false" {
		t.Error(got)
	}
}

// TestHTTPParserMatchesNode runs testdata/http_parser_cases.js (smuggling
// shapes, versions, methods, framing, upgrades) and compares with what node
// printed for it, recorded with:
//
//	(echo "const binding = require('internal/test/binding').internalBinding('http_parser'); console.log((()=>{";
//	 sed '$d' testdata/http_parser_cases.js; echo "return out.join('\n')})())") > /tmp/c.js &&
//	node --expose-internals --no-warnings /tmp/c.js > testdata/http_parser_cases.out
func TestHTTPParserMatchesNode(t *testing.T) {
	src, err := os.ReadFile("testdata/http_parser_cases.js")
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("testdata/http_parser_cases.out")
	if err != nil {
		t.Fatal(err)
	}
	vm, e := bareVM(t)
	obj := HTTPParser.Install(e)
	g := vm.Global()
	vm.Set(g, "binding", obj)
	vm.Free(g)
	v, err := vm.Eval(string(src), "http_parser_cases.js", 0)
	if err != nil {
		t.Fatal(err)
	}
	defer vm.Free(v)
	got := strings.Split(vm.String(v), "\n")
	for i, w := range strings.Split(strings.TrimSuffix(string(want), "\n"), "\n") {
		if i >= len(got) || got[i] != w {
			g := "(missing)"
			if i < len(got) {
				g = got[i]
			}
			t.Errorf("case %d:\n got %s\nwant %s", i, g, w)
		}
	}
}

// Through the JS layer too, pipelined requests split at every byte
// boundary give the same callbacks (bodies joined) as the whole input.
func TestHTTPParserJSSplits(t *testing.T) {
	vm, e := bareVM(t)
	obj := HTTPParser.Install(e)
	g := vm.Global()
	vm.Set(g, "binding", obj)
	vm.Free(g)
	v, err := vm.Eval(`
const { HTTPParser } = binding;
const input = `+"`"+pipelinedJS+"`"+`;
const enc = (s) => { const u = new Uint8Array(s.length); for (let i = 0; i < s.length; i++) u[i] = s.charCodeAt(i); return u; };
function run(parts) {
  const log = [];
  let body = '';
  const p = new HTTPParser();
  p.initialize(HTTPParser.REQUEST, {}, 0, 0);
  const flush = () => { if (body) { log.push('body ' + body); body = ''; } };
  p[0] = () => { flush(); log.push('begin'); };
  p[1] = (h, u) => { flush(); log.push('headers ' + h.join() + ' ' + u); };
  p[2] = (a, b, h, m, u) => { log.push('hc ' + h.join() + ' ' + m + ' ' + u); };
  p[3] = (b) => { body += String.fromCharCode(...b); };
  p[4] = () => { flush(); log.push('mc'); };
  let n = 0;
  for (const part of parts) n += p.execute(enc(part));
  return log.join('|') + ' all consumed ' + (n === input.length);
}
const whole = run([input]);
let bad = '';
for (let i = 0; i <= input.length && !bad; i++) {
  const got = run([input.slice(0, i), input.slice(i)]);
  if (got !== whole) bad = 'split at ' + i + ': ' + got;
}
bad || whole`, "splits.js", 0)
	if err != nil {
		t.Fatal(err)
	}
	defer vm.Free(v)
	want := "begin|hc Content-Length,4 3 /1|body body|mc|begin|hc Transfer-Encoding,chunked 3 /2|body ab|headers T,1 /2|mc|begin|hc Host,h 1 /3|mc all consumed true"
	if got := vm.String(v); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

var pipelinedJS = strings.NewReplacer("\r", `\r`, "\n", `\n`).Replace(pipelined)
