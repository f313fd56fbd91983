package host

import (
	"sort"
	"sync"

	"github.com/wqnode/wqnode/host/binding"
	"github.com/wqnode/wqnode/loop"
	"github.com/wqnode/wqnode/wasm"
)

// The 'messaging' binding: MessagePorts and BroadcastChannels whose
// messages cross isolates. A message is the bytes of
// internal/worker/serialize plus the ports it transfers; posting one
// queues it on the receiving port, and the receiving isolate's loop
// delivers it (a completion posted to that loop), so no JS ever runs on
// another isolate's goroutine. A port lives in its isolate's handle table;
// a transferred port leaves the sender's table and joins the receiver's
// when the message is delivered. A port keeps its loop alive only while
// JS asks (started, ref'd, with listeners): setRef.
//
// JS contract:
//
//	setHandlers(onMessage(id, arrayBuffer, portIds, arrayBuffers, sabs), onClose(id))
//	    (each list undefined when empty; post takes them so too)
//	createChannel() -> [id1, id2]
//	post(id, uint8array, portIds, views, sabs)  transfers portIds out of this
//	    isolate; views are ArrayBuffers' bytes sent out of band; sabs are
//	    SharedArrayBuffers, shared (the receiver's sabs are the same memory)
//	start(id), stop(id), setRef(id, bool), close(id)
//	receive(id) -> [arrayBuffer, portIds, arrayBuffers, sabs] | undefined   (receiveMessageOnPort; lists as onMessage's)
//	broadcastJoin(name) -> id; broadcastPost(id, uint8array, sabs)
var messagingBinding = &binding.Module{Name: "messaging", Funcs: []binding.Func{
	{Name: "setHandlers", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		h := portHandlersOf(e)
		vm := e.VM
		h.free(vm)
		h.onMessage = vm.Dup(binding.Arg(args, 0))
		h.onClose = vm.Dup(binding.Arg(args, 1))
		return wasm.Undefined
	}},
	{Name: "createChannel", Fn: func(e *binding.Env, _ wasm.Value, _ []wasm.Value) wasm.Value {
		a, b := &msgPort{}, &msgPort{}
		a.peer, b.peer = b, a
		ia, err := adoptPort(e, a)
		if err != nil {
			return e.Throw(err, "MessageChannel", "", "")
		}
		ib, err := adoptPort(e, b)
		if err != nil {
			closePort(e, a)
			return e.Throw(err, "MessageChannel", "", "")
		}
		return intArray(e.VM, []int{ia, ib})
	}},
	{Name: "post", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		p, ok := portArg(e, args)
		if !ok {
			return wasm.Undefined
		}
		sabs, err := sharedRefs(e.VM, binding.Arg(args, 4))
		if err != nil {
			return e.VM.ThrowError("Error", err.Error())
		}
		data, _ := e.VM.ViewBytes(binding.Arg(args, 1))
		if err := postMessage(e, p, data, portIDs(e, binding.Arg(args, 2)), viewList(e.VM, binding.Arg(args, 3)), sabs); err != nil {
			releaseRefs(sabs)
			return e.Throw(err, "postMessage", "", "")
		}
		return wasm.Undefined
	}},
	{Name: "start", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		if p, ok := portArg(e, args); ok {
			portsMu.Lock()
			p.started = true
			p.scheduleLocked()
			portsMu.Unlock()
		}
		return wasm.Undefined
	}},
	{Name: "stop", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		if p, ok := portArg(e, args); ok {
			portsMu.Lock()
			p.started = false
			portsMu.Unlock()
		}
		return wasm.Undefined
	}},
	{Name: "setRef", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		if p, ok := portArg(e, args); ok {
			p.hold.Set(e.Loop, binding.Arg(args, 1).IsObject() || e.VM.Bool(binding.Arg(args, 1)))
		}
		return wasm.Undefined
	}},
	{Name: "close", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		if p, ok := portArg(e, args); ok {
			closePort(e, p)
		}
		return wasm.Undefined
	}},
	{Name: "receive", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		p, ok := portArg(e, args)
		if !ok {
			return wasm.Undefined
		}
		portsMu.Lock()
		if len(p.queue) == 0 || p.closed {
			portsMu.Unlock()
			return wasm.Undefined
		}
		m := p.queue[0]
		p.queue = p.queue[1:]
		portsMu.Unlock()
		ab, ids, bufs, sabs := messageValues(e, m)
		arr := e.VM.NewArray()
		e.VM.SetIndex(arr, 0, ab)
		e.VM.SetIndex(arr, 1, ids)
		e.VM.SetIndex(arr, 2, bufs)
		e.VM.SetIndex(arr, 3, sabs)
		return arr
	}},
	{Name: "broadcastJoin", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		name := e.VM.String(binding.Arg(args, 0))
		p := &msgPort{}
		id, err := adoptPort(e, p)
		if err != nil {
			return e.Throw(err, "BroadcastChannel", "", "")
		}
		key := bcKey{isoOf(e).cfg.tree, name}
		portsMu.Lock()
		g := broadcastGroups[key]
		if g == nil {
			g = &bcGroup{key: key, members: map[*msgPort]struct{}{}}
			broadcastGroups[key] = g
		}
		g.members[p] = struct{}{}
		p.group = g
		portsMu.Unlock()
		return wasm.MakeInt(int32(id))
	}},
	{Name: "broadcastPost", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		p, ok := portArg(e, args)
		if !ok {
			return wasm.Undefined
		}
		sabs, err := sharedRefs(e.VM, binding.Arg(args, 2))
		if err != nil {
			return e.VM.ThrowError("Error", err.Error())
		}
		defer releaseRefs(sabs)
		data, _ := e.VM.ViewBytes(binding.Arg(args, 1))
		if err := broadcast(e, p, data, sabs); err != nil {
			return e.Throw(err, "postMessage", "", "")
		}
		return wasm.Undefined
	}},
}}

// portsMu guards every port's fields (peer, queue, home, flags) and every
// broadcast group: a post touches two ports, possibly of two isolates.
var portsMu sync.Mutex

// broadcastGroups are the live BroadcastChannels by tree and name: a
// channel reaches the isolates of its own tree only (another tenant's
// channel of the same name is another channel).
var broadcastGroups = map[bcKey]*bcGroup{}

type bcKey struct {
	tree *isolateTree
	name string
}

type bcGroup struct {
	key     bcKey
	members map[*msgPort]struct{}
}

// portMsg is one message in flight: the serialized value, the ports it
// carries (out of every table until delivered) and the release of the
// sender's charge for its bytes.
type portMsg struct {
	data    []byte
	bufs    [][]byte // ArrayBuffers sent out of band (large ones): one copy each
	ports   []*msgPort
	sabs    []*wasm.SharedRef // references to the SharedArrayBuffers it carries
	release func()
}

// drop discards a message that will not be delivered: the ports it
// carries are closed (their peers see 'close').
func (m portMsg) dropLocked() {
	if m.release != nil {
		m.release()
	}
	releaseRefs(m.sabs)
	for _, p := range m.ports {
		p.closeLocked()
	}
}

// msgPort is one end of a MessageChannel, or one BroadcastChannel.
type msgPort struct {
	peer     *msgPort     // entangled end; nil once either end closed
	group    *bcGroup     // for a BroadcastChannel
	home     *binding.Env // the isolate it lives in; nil while in a message
	id       int          // its index in home.Handles
	gen      int          // bumped when it moves: drains queued before are stale
	seq      uint64       // creation order
	sched    *portSched   // home's scheduler
	queue    []portMsg
	started  bool // JS listens: deliver
	posted   bool // a drain is queued on home's loop
	closed   bool
	peerGone bool      // the peer closed: close once the queue is delivered
	hold     loop.Hold // home's loop only
}

// ActiveResource: a port with listeners, ref'd.
func (p *msgPort) ActiveResource() (string, bool) { return "MessagePort", p.hold.Held() }

// Close releases the port when its isolate closes (the handle table's
// teardown, on the isolate's goroutine): its peer sees 'close'.
func (p *msgPort) Close() error {
	portsMu.Lock()
	env := p.home
	p.closeLocked()
	portsMu.Unlock()
	if env != nil {
		p.hold.Set(env.Loop, false)
	}
	return nil
}

// closeLocked closes p and drops what it queued; its peer is told.
func (p *msgPort) closeLocked() {
	if p.closed {
		return
	}
	p.closed = true
	q := p.queue
	p.queue = nil
	for _, m := range q {
		m.dropLocked()
	}
	if g := p.group; g != nil {
		delete(g.members, p)
		if len(g.members) == 0 && broadcastGroups[g.key] == g {
			delete(broadcastGroups, g.key)
		}
	}
	if peer := p.peer; peer != nil {
		p.peer = nil
		peer.peer = nil
		peer.peerGone = true
		peer.scheduleLocked()
	}
}

// scheduleLocked marks p pending on its isolate's scheduler when p has
// something to do.
func (p *msgPort) scheduleLocked() {
	if p.home == nil || p.closed || p.posted || p.sched == nil {
		return
	}
	if !p.peerGone && !(p.started && len(p.queue) > 0) {
		return
	}
	p.posted = true
	p.sched.addLocked(p)
}

// portSched is one isolate's set of ports with work pending. Ports are
// served in the order they were created, as libuv serves its async
// handles: with three BroadcastChannels, the first drains all it got
// before the second. It is fixed to the isolate when the port is adopted,
// so other isolates' goroutines reach it without the isolate's state.
type portSched struct {
	env     *binding.Env
	pending []*msgPort
	posted  bool
}

type portSchedKey struct{}

func schedOf(env *binding.Env) *portSched {
	return binding.State(env, portSchedKey{}, func() *portSched { return &portSched{env: env} })
}

// portSeq numbers ports in creation order (guarded by portsMu).
var portSeq uint64

func (s *portSched) addLocked(p *msgPort) {
	s.pending = append(s.pending, p)
	if !s.posted {
		s.posted = true
		s.env.Loop.Post(s.run)
	}
}

// run drains every pending port, oldest port first, on the isolate's loop.
func (s *portSched) run() {
	portsMu.Lock()
	ps := s.pending
	s.pending = nil
	s.posted = false
	type item struct {
		p   *msgPort
		gen int
	}
	items := make([]item, len(ps))
	for i, p := range ps {
		items[i] = item{p, p.gen}
	}
	portsMu.Unlock()
	sort.SliceStable(items, func(i, j int) bool { return items[i].p.seq < items[j].p.seq })
	for _, it := range items {
		drainPort(s.env, it.p, it.gen)
	}
}

// maxDrain bounds the messages one drain delivers before it lets the
// loop's other phases run (Node's per-wakeup limit).
const maxDrain = 1000

// drainPort delivers p's queued messages on env's loop, then its close if
// the peer closed.
func drainPort(env *binding.Env, p *msgPort, gen int) {
	for n := 0; ; n++ {
		portsMu.Lock()
		if p.home != env || p.gen != gen || p.closed {
			portsMu.Unlock()
			return
		}
		if n == maxDrain {
			p.posted = false
			p.scheduleLocked()
			portsMu.Unlock()
			return
		}
		if p.started && len(p.queue) > 0 {
			m := p.queue[0]
			p.queue = p.queue[1:]
			portsMu.Unlock()
			deliver(env, p, m)
			continue
		}
		if !p.peerGone {
			p.posted = false
			portsMu.Unlock()
			return
		}
		// Closed: 'close' comes in the loop's close phase, after this
		// turn's messages (as libuv's close callbacks); p stays posted so
		// nothing schedules it again.
		portsMu.Unlock()
		env.Loop.QueueClose(func() { finishClose(env, p, gen) })
		return
	}
}

// finishClose closes p on its loop and tells JS.
func finishClose(env *binding.Env, p *msgPort, gen int) {
	portsMu.Lock()
	if p.home != env || p.gen != gen || p.closed {
		portsMu.Unlock()
		return
	}
	id := p.id
	p.closeLocked()
	env.Handles.Remove(id)
	portsMu.Unlock()
	p.hold.Set(env.Loop, false)
	if h := portHandlersOf(env); h.onClose != 0 {
		env.Callback(h.onClose, wasm.MakeInt(int32(id)))
	}
}

// deliver hands one message to JS: onMessage(id, bytes, portIds).
func deliver(env *binding.Env, p *msgPort, m portMsg) {
	ab, ids, bufs, sabs := messageValues(env, m)
	h := portHandlersOf(env)
	if h.onMessage == 0 {
		env.VM.Free(ab)
		env.VM.Free(ids)
		env.VM.Free(bufs)
		env.VM.Free(sabs)
		return
	}
	env.Callback(h.onMessage, wasm.MakeInt(int32(p.id)), ab, ids, bufs, sabs)
}

// messageValues adopts m's ports into env and returns the message's
// bytes, port ids, out-of-band ArrayBuffers and SharedArrayBuffers as JS
// values (owned); each list is undefined when the message has none.
func messageValues(env *binding.Env, m portMsg) (ab, ids, bufs, sabs wasm.Value) {
	if m.release != nil {
		m.release()
	}
	vm := env.VM
	ids, bufs, sabs = wasm.Undefined, wasm.Undefined, wasm.Undefined
	if len(m.ports) > 0 {
		ids = vm.NewArray()
		for i, q := range m.ports {
			id, err := adoptPort(env, q)
			if err != nil {
				portsMu.Lock()
				q.closeLocked()
				portsMu.Unlock()
				id = -1
			}
			vm.SetIndex(ids, uint32(i), wasm.MakeInt(int32(id)))
		}
	}
	if len(m.bufs) > 0 {
		bufs = vm.NewArray()
		for i, b := range m.bufs {
			vm.SetIndex(bufs, uint32(i), vm.NewArrayBuffer(b))
		}
	}
	if len(m.sabs) > 0 {
		sabs = sharedValues(vm, m.sabs)
	}
	return vm.NewArrayBuffer(m.data), ids, bufs, sabs
}

// sharedRefs takes a reference to each SharedArrayBuffer of the array arr.
func sharedRefs(vm *wasm.VM, arr wasm.Value) ([]*wasm.SharedRef, error) {
	n, ok := binding.ListLen(vm, arr)
	if !ok {
		return nil, nil
	}
	out := make([]*wasm.SharedRef, 0, n)
	for i := 0; i < n; i++ {
		v := vm.ArrayElem(arr, uint32(i))
		r, err := vm.ShareSAB(v)
		vm.Free(v)
		if err != nil {
			releaseRefs(out)
			return nil, err
		}
		out = append(out, r)
	}
	return out, nil
}

// sharedValues makes the SharedArrayBuffers of refs in vm (an array,
// owned; undefined for one that cannot be made) and releases refs.
func sharedValues(vm *wasm.VM, refs []*wasm.SharedRef) wasm.Value {
	arr := vm.NewArray()
	for i, r := range refs {
		v, err := vm.NewSharedArrayBuffer(r)
		r.Release()
		if err != nil {
			v = wasm.Undefined
		}
		vm.SetIndex(arr, uint32(i), v)
	}
	return arr
}

func releaseRefs(refs []*wasm.SharedRef) {
	for _, r := range refs {
		r.Release()
	}
}

func cloneRefs(refs []*wasm.SharedRef) []*wasm.SharedRef {
	if len(refs) == 0 {
		return nil
	}
	out := make([]*wasm.SharedRef, len(refs))
	for i, r := range refs {
		out[i] = r.Clone()
	}
	return out
}

// viewList is the bytes of an array of typed arrays, in place (valid
// during the host call only).
func viewList(vm *wasm.VM, arr wasm.Value) [][]byte {
	n, ok := binding.ListLen(vm, arr)
	if !ok {
		return nil
	}
	out := make([][]byte, 0, n)
	for i := 0; i < n; i++ {
		v := vm.ArrayElem(arr, uint32(i))
		b, _ := vm.ViewBytes(v)
		out = append(out, b)
		vm.Free(v)
	}
	return out
}

// adoptPort puts p in env's handle table; a drain for what it already
// queued is scheduled once JS starts it.
func adoptPort(env *binding.Env, p *msgPort) (int, error) {
	id, err := env.Handles.Add(p)
	if err != nil {
		return -1, err
	}
	sched := schedOf(env)
	portsMu.Lock()
	if p.seq == 0 {
		portSeq++
		p.seq = portSeq
	}
	p.home, p.id, p.started, p.posted, p.sched = env, id, false, false, sched
	p.gen++
	p.scheduleLocked() // a peer that closed meanwhile
	portsMu.Unlock()
	return id, nil
}

// closePort closes p from JS (port.close()): both ends close. What p
// already received is still delivered (if it is started), then p closes
// on its loop and JS hears 'close' through onClose.
// A BroadcastChannel closes at once: what it queued is dropped.
func closePort(env *binding.Env, p *msgPort) {
	portsMu.Lock()
	if p.group != nil {
		if p.home == env {
			env.Handles.Remove(p.id)
		}
		p.closeLocked()
		portsMu.Unlock()
		p.hold.Set(env.Loop, false)
		return
	}
	if peer := p.peer; peer != nil {
		p.peer = nil
		peer.peer = nil
		peer.peerGone = true
		peer.scheduleLocked()
	}
	p.peerGone = true
	p.scheduleLocked()
	portsMu.Unlock()
	p.hold.Set(env.Loop, false)
}

// postMessage queues data (and the ports named by ids, which leave env)
// on p's peer. A closed or unentangled port drops the message, as Node.
func postMessage(env *binding.Env, p *msgPort, data []byte, ids []int, bufs [][]byte, sabs []*wasm.SharedRef) error {
	size := len(data)
	for _, b := range bufs {
		size += len(b)
	}
	release, err := env.Charge(size)
	if err != nil {
		return err
	}
	m := portMsg{data: append([]byte(nil), data...), sabs: sabs}
	for _, b := range bufs {
		m.bufs = append(m.bufs, append([]byte(nil), b...))
	}
	m.release = release
	for _, id := range ids {
		q, ok := binding.Lookup[*msgPort](env.Handles, id)
		if !ok || q == p {
			continue
		}
		env.Handles.Remove(id)
		q.hold.Set(env.Loop, false)
		portsMu.Lock()
		q.home, q.started, q.posted, q.sched = nil, false, false, nil
		q.gen++
		portsMu.Unlock()
		m.ports = append(m.ports, q)
	}
	portsMu.Lock()
	defer portsMu.Unlock()
	peer := p.peer
	if p.closed || peer == nil || peer.closed {
		m.dropLocked()
		return nil
	}
	peer.queue = append(peer.queue, m)
	peer.scheduleLocked()
	return nil
}

// broadcast queues data on every other member of p's group.
func broadcast(env *binding.Env, p *msgPort, data []byte, sabs []*wasm.SharedRef) error {
	portsMu.Lock()
	g := p.group
	var to []*msgPort
	if g != nil && !p.closed {
		for q := range g.members {
			if q != p && !q.closed {
				to = append(to, q)
			}
		}
	}
	portsMu.Unlock()
	if len(to) == 0 {
		return nil
	}
	shared := append([]byte(nil), data...)
	msgs := make([]portMsg, len(to))
	for i := range to {
		release, err := env.Charge(len(data))
		if err != nil {
			for _, m := range msgs[:i] {
				m.release()
				releaseRefs(m.sabs)
			}
			return err
		}
		msgs[i] = portMsg{data: shared, release: release, sabs: cloneRefs(sabs)}
	}
	portsMu.Lock()
	defer portsMu.Unlock()
	for i, q := range to {
		if q.closed {
			msgs[i].dropLocked()
			continue
		}
		q.queue = append(q.queue, msgs[i])
		q.scheduleLocked()
	}
	return nil
}

// portHandlers are an isolate's JS callbacks for port events (owned).
type portHandlers struct{ onMessage, onClose wasm.Value }

type portHandlersKey struct{}

func portHandlersOf(e *binding.Env) *portHandlers {
	return binding.State(e, portHandlersKey{}, func() *portHandlers { return &portHandlers{} })
}

func (h *portHandlers) free(vm *wasm.VM) {
	if h.onMessage != 0 {
		vm.Free(h.onMessage)
	}
	if h.onClose != 0 {
		vm.Free(h.onClose)
	}
	h.onMessage, h.onClose = 0, 0
}

// portArg is the port named by args[0] in e's table.
func portArg(e *binding.Env, args []wasm.Value) (*msgPort, bool) {
	return binding.Lookup[*msgPort](e.Handles, int(binding.Arg(args, 0).Number()))
}

// portIDs reads an array of port ids.
func portIDs(e *binding.Env, arr wasm.Value) []int {
	vm := e.VM
	n, ok := binding.ListLen(vm, arr)
	if !ok {
		return nil
	}
	ids := make([]int, 0, n)
	for i := 0; i < n; i++ {
		v := vm.ArrayElem(arr, uint32(i))
		ids = append(ids, int(v.Number()))
		vm.Free(v)
	}
	return ids
}
