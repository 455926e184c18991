package pdf

import (
	"bytes"
	"compress/zlib"
	"context"
	"errors"
	"fmt"
	"github.com/resumecheck/resumecheck/internal/extract/limit"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"

	lpdf "github.com/ledongthuc/pdf"
)

// glyph is one decoded character code placed on the page, in user space.
type glyph struct {
	text string
	x, y float64 // origin on the baseline
	w    float64 // advance along the baseline (0 when unknown and not estimable)
	size float64 // effective font size in points
	font *font
	rot  bool // not left-to-right horizontal text
	alt  bool // replacement text from /ActualText: no typography of its own
}

// matrix is a PDF transformation [a b c d e f], applied to row vectors [x y 1].
type matrix [6]float64

var identity = matrix{1, 0, 0, 1, 0, 0}

func (m matrix) mul(n matrix) matrix {
	return matrix{
		m[0]*n[0] + m[1]*n[2],
		m[0]*n[1] + m[1]*n[3],
		m[2]*n[0] + m[3]*n[2],
		m[2]*n[1] + m[3]*n[3],
		m[4]*n[0] + m[5]*n[2] + n[4],
		m[4]*n[1] + m[5]*n[3] + n[5],
	}
}

type gstate struct {
	ctm                     matrix
	tc, tw, th, tl, tfs, ts float64
	font                    *font
}

// abort carries a context error out of the tokenizer's callback.
type abort struct{ err error }

// walker runs our own content-stream interpreter on our own tokenizer (content.go)
// so that fonts are parsed once per document instead of at every Tf,
// CID fonts get their real widths from /W, and text inside form XObjects is not lost.
type walker struct {
	ctx     context.Context
	fonts   map[string]*font // by the font dictionary's printed form: one parse per document
	bufs    *glyphBufs
	glyphs  []glyph // the page's, in bufs.page
	file    []byte  // the bytes the library reads, when its streams are not encrypted (see open)
	shapes  []rect  // small painted shapes: list bullets drawn as vector dots (Chromium)
	ops     int     // operators run so far in the document
	forms   int     // form XObjects entered so far in the document
	decoded int64   // bytes of streams decoded so far in the document
	shown   int     // characters shown so far in the document
	cached  int     // bytes of decoded strings cached by the document's fonts
}

// decode is f.decode, counting the bytes the fonts cache against maxDecodedBytes.
func (w *walker) decode(f *font, code, n int) string {
	s, fresh := f.decodeFresh(code, n)
	if fresh {
		if w.cached += len(s); w.cached > maxCachedText {
			panic(abort{limit.Exceeded("decodes to more than %d MB of distinct text, which no résumé needs", maxCachedText>>20)})
		}
	}
	return s
}

// Budgets against content built to never end (forms drawing themselves many times
// over): a real résumé runs tens of thousands of operators and a handful of forms.
const (
	maxOps   = 20_000_000
	maxForms = 10_000
)

var errTooComplex = errors.New("page content too complex to read (over 20 million drawing operations)")

// Budgets against decompression bombs: a few hundred kilobytes of Flate data can inflate
// to gigabytes, and the library's tokenizer holds a string it reads whole in memory (a
// 500 KB file took 3 GB before this check). A résumé's content streams are tens of
// kilobytes.
const (
	maxStreamBytes  = 16 << 20 // one decoded stream
	maxDecodedBytes = 64 << 20 // every stream decoded for a document, forms each time drawn
)

var errTooLarge = errors.New("its content inflates to more than 16 MB in one stream or 64 MB in all, which no résumé needs")

// admit decodes strm (a stream or an array of them) through a limit, stops the walk
// when it or the document's running total is over budget, and returns the decoded
// content for the tokenizer (the parts one after the other, as the library joined
// them). A part that cannot be read ends the content where it starts: readErr says why.
func (w *walker) admit(strm lpdf.Value) (content []byte, readErr error) {
	parts := []lpdf.Value{strm}
	if strm.Kind() == lpdf.Array {
		parts = parts[:0]
		for i := 0; i < strm.Len(); i++ {
			parts = append(parts, strm.Index(i))
		}
	}
	// The size limits come first: a stream refused for a long string or too many
	// operands may also be a decompression bomb.
	var first error
	for _, p := range parts {
		if p.Kind() != lpdf.Stream {
			if readErr == nil {
				readErr = errors.New("stream not present")
			}
			continue
		}
		rc := w.open(p)
		data, err := io.ReadAll(io.LimitReader(rc, maxStreamBytes+1))
		rc.Close()
		n, serr := scanOperands(data)
		w.decoded += n
		if n > maxStreamBytes || w.decoded > maxDecodedBytes {
			panic(abort{errTooLarge})
		}
		if first == nil {
			first = serr
		}
		// Content refused already is not kept (the walk stops after the loop).
		if first != nil {
			content = nil
		} else if readErr == nil {
			if content == nil {
				content = data // one stream: no copy
			} else {
				content = append(content, data...)
			}
			if err != nil {
				readErr = err
			}
		}
	}
	if first != nil {
		panic(abort{first})
	}
	if readErr != nil {
		readErr = fmt.Errorf("malformed PDF: reading at offset %d: %v", len(content), readErr)
	}
	return content, readErr
}

// open returns the decoded data of stream v as the library's v.Reader() does. A
// FlateDecode stream without a predictor is inflated from the file's bytes by one
// zlib reader reset for every stream (the library makes a new one for every stream:
// a 32 KB window and its tables, a tenth of the bytes a PDF's reading allocated).
// Anything else, and a stream whose zlib header cannot be read, is left to the
// library, which fails on it as it always did.
func (w *walker) open(v lpdf.Value) io.ReadCloser {
	if raw, ok := w.flateBody(v); ok {
		src := bytes.NewReader(raw)
		if w.bufs.zr == nil {
			if zr, err := zlib.NewReader(src); err == nil {
				w.bufs.zr = zr
				return io.NopCloser(zr)
			}
		} else if err := w.bufs.zr.(zlib.Resetter).Reset(src, nil); err == nil {
			return io.NopCloser(w.bufs.zr)
		}
	}
	return v.Reader()
}

// flateBody returns the raw bytes of a stream the library would inflate with no
// predictor: the Length bytes at the stream's offset (cut at the end of the file, as
// the library's section reader is). The library does not export the offset; the
// stream's printed form ends with it ("<<...>>@offset").
func (w *walker) flateBody(v lpdf.Value) ([]byte, bool) {
	if w.file == nil || v.Kind() != lpdf.Stream {
		return nil, false
	}
	if f := v.Key("Filter"); f.Kind() != lpdf.Name || f.Name() != "FlateDecode" ||
		v.Key("DecodeParms").Key("Predictor").Kind() != lpdf.Null {
		return nil, false
	}
	n := v.Key("Length").Int64()
	if n <= 0 {
		return nil, false
	}
	s := v.String()
	at := strings.LastIndexByte(s, '@')
	if at < 0 {
		return nil, false
	}
	off, err := strconv.ParseInt(s[at+1:], 10, 64)
	if err != nil || off < 0 || off > int64(len(w.file)) {
		return nil, false
	}
	return w.file[off:min(off+n, int64(len(w.file)))], true
}

// plainFile tells whether the library reads r's streams as they are in the file (no
// encryption).
func plainFile(r *lpdf.Reader) (yes bool) {
	defer func() {
		if recover() != nil {
			yes = false
		}
	}()
	return r.Trailer().Key("Encrypt").IsNull()
}

// hypotMemo is math.Hypot that returns its last result again for the same arguments.
type hypotMemo struct {
	a, b, h float64
	ok      bool
}

func (m *hypotMemo) of(a, b float64) float64 {
	// Hypot ignores the signs, so 0 and -0 (equal here) give the same result; a NaN is
	// never equal, so it is computed anew.
	if m.ok && a == m.a && b == m.b {
		return m.h
	}
	m.a, m.b, m.h, m.ok = a, b, math.Hypot(a, b), true
	return m.h
}

// rect is an axis-aligned box in user space.
type rect struct{ x0, y0, x1, y1 float64 }

func newWalker(ctx context.Context) *walker {
	bufs := getBufs()
	if bufs.page == nil {
		bufs.page = make([]glyph, 0, initialPageGlyphs)
	}
	return &walker{ctx: ctx, fonts: make(map[string]*font), bufs: bufs, glyphs: bufs.page[:0]}
}

// initialPageGlyphs is the capacity a document's page buffer starts with (64 KB).
// Not more: a large buffer mostly unwritten would cost no faults itself, but it would
// take heap the worker has had backed ahead (package prefault) from the allocations
// after it.
const initialPageGlyphs = 1 << 10

// growGlyphs returns gs with twice its capacity. The page buffer grows only until
// the document's densest page fits (it is reused from page to page); append grows a
// slice this large by about a quarter at a time, which for a page of 4,000 glyphs
// allocated and copied 0.9 MB of fresh memory on the way, against 0.4 MB doubling.
func growGlyphs(gs []glyph) []glyph {
	out := make([]glyph, len(gs), max(2*cap(gs), 256))
	copy(out, gs)
	return out
}

// pageLines is pageLines on the walker's buffers.
func (w *walker) pageLines(gs []glyph, page int) []pline {
	return w.bufs.pageLines(gs, w.shapes, page)
}

// release hands the walker's buffers back for another document: the glyphs of its
// last page are not to be used after.
func (w *walker) release() {
	w.bufs.page = w.glyphs[:0]
	w.glyphs = nil
	w.bufs.release()
	w.bufs = nil
}

// page returns the glyphs of one page, in the walker's own buffer: they are valid until
// the next call. A panic inside the library while reading the page's content is
// returned as an error; the glyphs read so far are kept.
func (w *walker) page(p lpdf.Page) (gs []glyph, err error) {
	w.glyphs = w.glyphs[:0]
	w.shapes = w.shapes[:0]
	defer func() {
		if r := recover(); r != nil {
			if a, ok := r.(abort); ok {
				err = a.err
			} else if ce, ok := r.(contentError); ok {
				err = ce.err
			} else {
				err = fmt.Errorf("%v", r)
			}
		}
		gs = w.glyphs
	}()
	contents := p.V.Key("Contents")
	if contents.Kind() == lpdf.Null {
		return nil, nil
	}
	w.run(contents, inherited(p, "Resources"), identity, 0)
	return nil, nil
}

func (w *walker) fontFor(res lpdf.Value, name string, local map[string]*font) *font {
	if f, ok := local[name]; ok {
		return f
	}
	fv := res.Key("Font").Key(name)
	var f *font
	if fv.Kind() == lpdf.Dict {
		key := fv.String()
		if f = w.fonts[key]; f == nil {
			var toUni []byte
			if tu := fv.Key("ToUnicode"); tu.Kind() == lpdf.Stream {
				// Decoded once, through the limits; the font reads the CMap from these
				// bytes (up to a part that could not be read).
				toUni, _ = w.admit(tu)
			}
			f = newFont(fv, toUni)
			if f.err != nil {
				panic(abort{f.err})
			}
			w.fonts[key] = f
		}
	}
	local[name] = f
	return f
}

func (w *walker) run(strm, res lpdf.Value, ctm matrix, depth int) {
	g := gstate{ctm: ctm, th: 1}
	var stack []gstate
	var tm, tlm matrix
	local := make(map[string]*font)
	// Marked-content spans; those with /ActualText replace their glyphs by that text,
	// as icon fonts in some templates do ("email:" for an envelope glyph).
	type span struct {
		actual string
		has    bool
		start  int
	}
	var spans []span
	// The bounding box of the path under construction, in user space.
	path := rect{math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)}
	point := func(x, y float64) {
		m := g.ctm
		px, py := x*m[0]+y*m[2]+m[4], x*m[1]+y*m[3]+m[5]
		path.x0, path.y0 = math.Min(path.x0, px), math.Min(path.y0, py)
		path.x1, path.y1 = math.Max(path.x1, px), math.Max(path.y1, py)
	}
	endPath := func(painted bool) {
		wd, ht := path.x1-path.x0, path.y1-path.y0
		if painted && wd >= 1 && ht >= 1 && wd <= 9 && ht <= 9 && wd <= 2*ht && ht <= 2*wd && len(w.shapes) < 4096 {
			w.shapes = append(w.shapes, path)
		}
		path = rect{math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)}
	}

	// A string's glyphs move along the baseline only: their size and scale repeat.
	var sizeHyp, extHyp hypotMemo
	show := func(raw string) {
		f := g.font
		if f == nil {
			return
		}
		if len(raw) > maxShowBytes {
			panic(abort{limit.Exceeded("has a string of more than %d bytes in one text operation, which no résumé needs", maxShowBytes)})
		}
		f.codes(raw, func(code, n int) {
			if len(w.glyphs) >= maxPageGlyphs {
				panic(abort{limit.Exceeded("has more than %d characters on one page, which no résumé needs", maxPageGlyphs)})
			}
			if w.shown++; w.shown > maxDocGlyphs {
				panic(abort{limit.Exceeded("has more than %d characters, which no résumé needs", maxDocGlyphs)})
			}
			s := w.decode(f, code, n)
			wx, ok := f.width(code)
			if !ok {
				wx = estimateWidth(s)
			}
			trm := matrix{g.tfs * g.th, 0, 0, g.tfs, 0, g.ts}.mul(tm).mul(g.ctm)
			adv := wx*g.tfs + g.tc
			if n == 1 && code == 32 {
				adv += g.tw
			}
			adv *= g.th
			size := sizeHyp.of(trm[2], trm[3])
			full := tm.mul(g.ctm)
			ext := (wx*g.tfs + math.Max(g.tc, 0)) * g.th * extHyp.of(full[0], full[1])
			if s == "" {
				s = "\uFFFD"
			}
			if len(w.glyphs) == cap(w.glyphs) {
				w.glyphs = growGlyphs(w.glyphs)
			}
			w.glyphs = append(w.glyphs, glyph{
				text: s, x: trm[4], y: trm[5], w: ext, size: size, font: f,
				rot: trm[0] <= 0 || math.Abs(trm[1]) > 0.05*math.Abs(trm[0]),
			})
			tm = matrix{1, 0, 0, 1, adv, 0}.mul(tm)
		})
	}
	num := func(v operand) float64 { return v.float() }
	mat := func(args []operand) matrix {
		var m matrix
		for i := 0; i < 6; i++ {
			m[i] = num(args[i])
		}
		return m
	}

	content, readErr := w.admit(strm)
	interpret(content, func(stk *[]operand, op string) {
		w.ops++
		if w.ops&4095 == 0 {
			if err := w.ctx.Err(); err != nil {
				panic(abort{err})
			}
			if w.ops > maxOps {
				panic(abort{errTooComplex})
			}
		}
		// The operator takes every operand before it (used only until it returns).
		args := *stk
		*stk = args[:0]
		n := len(args)
		switch op {
		case "m", "l":
			if n == 2 {
				point(num(args[0]), num(args[1]))
			}
		case "c", "v", "y":
			for i := 0; i+1 < n; i += 2 {
				point(num(args[i]), num(args[i+1]))
			}
		case "re":
			if n == 4 {
				x, y, wd, ht := num(args[0]), num(args[1]), num(args[2]), num(args[3])
				point(x, y)
				point(x+wd, y+ht)
			}
		case "f", "F", "f*", "B", "B*", "b", "b*", "S", "s":
			endPath(true)
		case "n":
			endPath(false)
		case "q":
			if len(stack) < 256 {
				stack = append(stack, g)
			}
		case "Q":
			if k := len(stack); k > 0 {
				g = stack[k-1]
				stack = stack[:k-1]
			}
		case "cm":
			if n == 6 {
				g.ctm = mat(args).mul(g.ctm)
			}
		case "BT":
			tm, tlm = identity, identity
		case "Tm":
			if n == 6 {
				tm = mat(args)
				tlm = tm
			}
		case "Td", "TD":
			if n == 2 {
				if op == "TD" {
					g.tl = -num(args[1])
				}
				tlm = matrix{1, 0, 0, 1, num(args[0]), num(args[1])}.mul(tlm)
				tm = tlm
			}
		case "T*":
			tlm = matrix{1, 0, 0, 1, 0, -g.tl}.mul(tlm)
			tm = tlm
		case "TL":
			if n == 1 {
				g.tl = num(args[0])
			}
		case "Tc":
			if n == 1 {
				g.tc = num(args[0])
			}
		case "Tw":
			if n == 1 {
				g.tw = num(args[0])
			}
		case "Tz":
			if n == 1 {
				g.th = num(args[0]) / 100
			}
		case "Ts":
			if n == 1 {
				g.ts = num(args[0])
			}
		case "Tf":
			if n == 2 {
				g.font = w.fontFor(res, args[0].name(), local)
				g.tfs = num(args[1])
			}
		case "Tj":
			if n == 1 {
				show(args[0].raw())
			}
		case "'", "\"":
			if n >= 1 {
				if op == "\"" && n == 3 {
					g.tw, g.tc = num(args[0]), num(args[1])
				}
				tlm = matrix{1, 0, 0, 1, 0, -g.tl}.mul(tlm)
				tm = tlm
				show(args[n-1].raw())
			}
		case "TJ":
			if n != 1 {
				return
			}
			for _, x := range args[0].arr {
				if x.kind == opString {
					show(x.str)
					continue
				}
				tx := -x.float() / 1000 * g.tfs * g.th
				tm = matrix{1, 0, 0, 1, tx, 0}.mul(tm)
			}
		case "BMC":
			spans = append(spans, span{})
		case "BDC":
			sp := span{start: len(w.glyphs)}
			if n == 2 {
				if props := args[1]; props.kind == opName {
					if at := res.Key("Properties").Key(props.str).Key("ActualText"); at.Kind() == lpdf.String {
						sp.actual, sp.has = at.Text(), true
					}
				} else if at := props.key("ActualText"); at.kind == opString {
					sp.actual, sp.has = at.text(), true
				}
			}
			if len(spans) < 64 {
				spans = append(spans, sp)
			}
		case "EMC":
			k := len(spans)
			if k == 0 {
				return
			}
			sp := spans[k-1]
			spans = spans[:k-1]
			if !sp.has || sp.start > len(w.glyphs) {
				return
			}
			var rep glyph
			if sp.start < len(w.glyphs) {
				first, last := w.glyphs[sp.start], w.glyphs[len(w.glyphs)-1]
				rep = first
				rep.w = math.Max(last.x+last.w-first.x, first.w)
				// The span often holds an icon and then text: its typical glyph, not the
				// icon in front, gives the size.
				sizes := make([]float64, 0, len(w.glyphs)-sp.start)
				for _, g := range w.glyphs[sp.start:] {
					sizes = append(sizes, g.size)
				}
				sort.Float64s(sizes)
				rep.size = sizes[len(sizes)/2]
			} else {
				full := tm.mul(g.ctm)
				rep = glyph{x: full[4], y: full[5], size: g.tfs * math.Hypot(full[2], full[3]), font: g.font}
			}
			rep.text = sp.actual
			rep.alt = true
			w.glyphs = append(w.glyphs[:sp.start], rep)
			if strings.TrimSpace(sp.actual) == "" || rep.size <= 0 {
				w.glyphs = w.glyphs[:sp.start]
			}
		case "Do":
			if n != 1 || depth >= 8 || w.forms >= maxForms {
				return
			}
			w.forms++
			xo := res.Key("XObject").Key(args[0].name())
			if xo.Key("Subtype").Name() != "Form" {
				return
			}
			m := identity
			if mv := xo.Key("Matrix"); mv.Len() == 6 {
				for i := 0; i < 6; i++ {
					m[i] = mv.Index(i).Float64()
				}
			}
			r := xo.Key("Resources")
			if r.Kind() != lpdf.Dict {
				r = res
			}
			w.run(xo, r, m.mul(g.ctm), depth+1)
		}
	})
	if readErr != nil {
		panic(contentError{readErr})
	}
}
