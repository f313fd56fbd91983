package host

import (
	"encoding/binary"
	"hash/crc32"
	"strconv"

	"github.com/wqnode/wqnode/host/binding"
	"github.com/wqnode/wqnode/internal/zlibcodec"
	"github.com/wqnode/wqnode/wasm"
)

// The 'zlib' binding: streams of package zlibcodec, each a handle in the
// isolate's table. Contract (modules/zlib.js):
//
//	create(mode, level, strategy, windowBits, dictionary?) -> handle index
//	  mode: 1 DEFLATE 2 INFLATE 3 GZIP 4 GUNZIP 5 DEFLATERAW 6 INFLATERAW
//	  7 UNZIP 8 BROTLI_DECODE 9 BROTLI_ENCODE. windowBits 0 means "from
//	  the header" (inflate). create(mode, 0, 0, 0, undefined, params) for
//	  brotli: params an Int32Array by BROTLI_PARAM_* index, -1 unset; -1
//	  when brotli refuses them. The engine's host memory is charged to the
//	  isolate until close.
//	process(h, flush, chunk?, limit, cb?) -> result; with cb the work runs
//	  on the pool and cb(err) or cb(null, result) is called from the loop.
//	  result = [output ArrayBuffer, error message or null, errno, ended,
//	  paused]. An asynchronous call returns (paused) once its output
//	  reaches zlibPause bytes: the caller calls again with no chunk for
//	  the rest, so a stream inflates any ratio in bounded pieces.
//	  Output is bounded by limit (when > 0) and always by the isolate's
//	  memory: past it the call fails with ERR_BUFFER_TOO_LARGE.
//	params(h, level, strategy) -> undefined or an error message
//	reset(h), close(h)
//	crc32(bytes, value) -> uint32
var zlibBinding = &binding.Module{Name: "zlib", Funcs: []binding.Func{
	{Name: "create", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		vm := e.VM
		c := zlibcodec.Config{
			Mode:       int(binding.Arg(args, 0).Number()),
			Level:      int(binding.Arg(args, 1).Number()),
			Strategy:   int(binding.Arg(args, 2).Number()),
			WindowBits: int(binding.Arg(args, 3).Number()),
		}
		if b, ok := vm.ViewBytes(binding.Arg(args, 4)); ok {
			c.Dictionary = b
		}
		if b, ok := vm.ViewBytes(binding.Arg(args, 5)); ok {
			for i := 0; i+4 <= len(b) && i < 64*4; i += 4 {
				c.BrotliParams = append(c.BrotliParams, int(int32(binary.LittleEndian.Uint32(b[i:]))))
			}
		}
		if c.Validate() != nil {
			return wasm.MakeInt(-1)
		}
		release, err := e.Charge(c.HostMemory())
		if err != nil {
			return e.Throw(err, "zlib", "", "")
		}
		s := zlibcodec.New(c)
		s.Release = release
		slot, err := e.Handles.Add(s)
		if err != nil {
			s.Close()
			return e.Throw(err, "zlib", "", "")
		}
		return wasm.MakeInt(int32(slot))
	}},
	{Name: "process", Fn: zlibProcess},
	{Name: "params", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		s := zlibStream(e, binding.Arg(args, 0))
		if s == nil {
			return wasm.Undefined
		}
		if err := s.Params(int(binding.Arg(args, 1).Number()), int(binding.Arg(args, 2).Number())); err != nil {
			return e.VM.NewString(err.Message)
		}
		return wasm.Undefined
	}},
	{Name: "reset", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		if s := zlibStream(e, binding.Arg(args, 0)); s != nil {
			s.Reset()
		}
		return wasm.Undefined
	}},
	{Name: "close", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		slot := int(binding.Arg(args, 0).Number())
		if s := zlibStream(e, binding.Arg(args, 0)); s != nil {
			e.Handles.Remove(slot)
			// A pending asynchronous process holds the stream: close
			// after it, off the loop.
			e.Pool.Submit(e.PoolGroup(), func() { s.Close() })
		}
		return wasm.Undefined
	}},
	{Name: "crc32", Fn: func(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
		b, _ := e.VM.ViewBytes(binding.Arg(args, 0))
		v := uint32(int64(binding.Arg(args, 1).Number()))
		return wasm.MakeFloat(float64(crc32.Update(v, crc32.IEEETable, b)))
	}},
}}

// zlibPause is the output of one asynchronous process call, at most (as
// Node's chunks are bounded by the stream's chunkSize).
const zlibPause = 1 << 20

// zlibStream is the stream at handle index v, or nil.
func zlibStream(e *binding.Env, v wasm.Value) *zlibcodec.Stream {
	s, _ := binding.Lookup[*zlibcodec.Stream](e.Handles, int(v.Number()))
	return s
}

func zlibProcess(e *binding.Env, _ wasm.Value, args []wasm.Value) wasm.Value {
	vm := e.VM
	cb := binding.Arg(args, 4)
	s := zlibStream(e, binding.Arg(args, 0))
	if s == nil {
		return e.Fail(cb, &zlibcodec.Error{Message: "zlib binding closed", Errno: -2}, zlibError)
	}
	flush := int(binding.Arg(args, 1).Number())
	var in []byte
	if b, ok := vm.ViewBytes(binding.Arg(args, 2)); ok {
		in = append([]byte(nil), b...)
	}
	limit := int64(binding.Arg(args, 3).Number())
	if limit <= 0 || limit > e.MaxBuffer {
		limit = e.MaxBuffer
	}
	pause := 0
	if binding.IsFunc(cb) {
		pause = zlibPause
	}
	return e.Do(cb, func() (binding.Result, error) {
		r := s.Process(in, flush, int(limit), pause)
		out, zerr, ended := r.Out, r.Err, r.Ended
		if zerr != nil && zerr.TooLarge {
			return nil, &binding.CodedError{Class: "RangeError", Code: "ERR_BUFFER_TOO_LARGE",
				Message: "Cannot create a Buffer larger than " + strconv.FormatInt(limit, 10) + " bytes"}
		}
		return func(e *binding.Env) wasm.Value {
			vm := e.VM
			arr := vm.NewArray()
			vm.SetIndex(arr, 0, vm.NewArrayBuffer(out))
			if zerr != nil {
				vm.SetIndex(arr, 1, vm.NewString(zerr.Message))
				vm.SetIndex(arr, 2, wasm.MakeInt(int32(zerr.Errno)))
			} else {
				vm.SetIndex(arr, 1, wasm.Null)
				vm.SetIndex(arr, 2, wasm.MakeInt(0))
			}
			vm.SetIndex(arr, 3, wasm.MakeBool(ended))
			vm.SetIndex(arr, 4, wasm.MakeBool(r.Paused))
			return arr
		}, nil
	}, zlibError)
}

// zlibError is the JS error of a failed process call: a coded error as
// Node's, or zlib's error with its errno and code.
func zlibError(e *binding.Env, err error) wasm.Value {
	if ze, ok := err.(*zlibcodec.Error); ok {
		vm := e.VM
		v := vm.NewError("Error", ze.Message)
		vm.Set(v, "errno", wasm.MakeInt(int32(ze.Errno)))
		vm.Set(v, "code", vm.NewString(zlibCodes[ze.Errno]))
		return v
	}
	return e.ErrorValue(err, "zlib", "", "")
}

// zlibCodes names zlib's return codes as zlib.codes does.
var zlibCodes = map[int]string{0: "Z_OK", 1: "Z_STREAM_END", 2: "Z_NEED_DICT", -1: "Z_ERRNO",
	-2: "Z_STREAM_ERROR", -3: "Z_DATA_ERROR", -4: "Z_MEM_ERROR", -5: "Z_BUF_ERROR", -6: "Z_VERSION_ERROR"}
