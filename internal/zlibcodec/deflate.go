package zlibcodec

import (
	"bytes"
	"compress/flate"
	"encoding/binary"
	"hash"
	"hash/adler32"
	"hash/crc32"
)

// ---- compression ----

type deflater struct {
	cfg     zconfig
	buf     bytes.Buffer
	fw      *flate.Writer
	started bool
	ended   bool
	sum     hash.Hash32
	size    uint32
	window  []byte // the last 32 KiB of input, to carry over on params()
	level   int
	strat   int
	flushed bool
}

func newDeflater(c zconfig) *deflater {
	d := &deflater{cfg: c, level: c.level, strat: c.strategy}
	switch c.mode {
	case zDeflate:
		d.sum = adler32.New()
	case zGzip:
		d.sum = crc32.NewIEEE()
	}
	return d
}

func goLevel(level, strategy int) int {
	if strategy == 2 { // Z_HUFFMAN_ONLY
		return flate.HuffmanOnly
	}
	if level < 0 || level > 9 {
		return flate.DefaultCompression
	}
	return level
}

func (d *deflater) newWriter(dict []byte) {
	var err error
	if dict != nil {
		d.fw, err = flate.NewWriterDict(&d.buf, goLevel(d.level, d.strat), dict)
	} else {
		d.fw, err = flate.NewWriter(&d.buf, goLevel(d.level, d.strat))
	}
	if err != nil {
		d.fw, _ = flate.NewWriter(&d.buf, flate.DefaultCompression)
	}
}

func (d *deflater) start() {
	d.started = true
	lvl := d.level
	if lvl < 0 {
		lvl = 6
	}
	switch d.cfg.mode {
	case zDeflate:
		cmf := byte(0x78)
		var fl byte
		switch {
		case d.strat >= 2 || lvl < 2:
			fl = 0
		case lvl < 6:
			fl = 1
		case lvl == 6:
			fl = 2
		default:
			fl = 3
		}
		flg := fl << 6
		if d.cfg.dict != nil {
			flg |= 0x20
		}
		flg += byte(31 - (int(cmf)*256+int(flg))%31)
		d.buf.Write([]byte{cmf, flg})
		if d.cfg.dict != nil {
			binary.Write(&d.buf, binary.BigEndian, adler32.Checksum(d.cfg.dict))
		}
		d.newWriter(d.cfg.dict)
	case zGzip:
		xfl := byte(0)
		if lvl == 9 {
			xfl = 2
		} else if d.strat >= 2 || lvl < 2 {
			xfl = 4
		}
		d.buf.Write([]byte{0x1f, 0x8b, 8, 0, 0, 0, 0, 0, xfl, 3})
		d.newWriter(nil)
	default:
		d.newWriter(d.cfg.dict)
	}
}

func (d *deflater) process(in []byte, flush, _, _ int) ([]byte, *zerr, bool, bool) {
	if d.ended {
		return nil, nil, true, false
	}
	if !d.started {
		d.start()
	}
	if len(in) > 0 {
		d.fw.Write(in)
		if d.sum != nil {
			d.sum.Write(in)
		}
		d.size += uint32(len(in))
		d.remember(in)
	}
	switch flush {
	case 0:
	case zFinish:
		if d.size == 0 && !d.flushed {
			// zlib's encoding of no data: one empty final fixed block.
			d.buf.Write([]byte{0x03, 0x00})
		} else {
			d.fw.Close()
		}
		switch d.cfg.mode {
		case zDeflate:
			binary.Write(&d.buf, binary.BigEndian, d.sum.Sum32())
		case zGzip:
			binary.Write(&d.buf, binary.LittleEndian, d.sum.Sum32())
			binary.Write(&d.buf, binary.LittleEndian, d.size)
		}
		d.ended = true
	default:
		d.fw.Flush()
		d.flushed = true
	}
	out := append([]byte(nil), d.buf.Bytes()...)
	d.buf.Reset()
	return out, nil, d.ended, false
}

func (d *deflater) remember(in []byte) {
	const w = 32 << 10
	if len(in) >= w {
		d.window = append(d.window[:0], in[len(in)-w:]...)
		return
	}
	d.window = append(d.window, in...)
	if len(d.window) > 2*w {
		d.window = append(d.window[:0], d.window[len(d.window)-w:]...)
	}
}

// params flushes what is pending and continues with a new level and
// strategy (the output stays one valid stream; the window carries over).
func (d *deflater) params(level, strategy int) *zerr {
	if level == d.level && strategy == d.strat {
		return nil
	}
	d.level, d.strat = level, strategy
	if !d.started || d.ended {
		return nil
	}
	d.fw.Flush()
	win := d.window
	if len(win) > 32<<10 {
		win = win[len(win)-32<<10:]
	}
	d.newWriter(append([]byte{}, win...))
	return nil
}

func (d *deflater) close() {}
