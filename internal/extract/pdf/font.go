package pdf

import (
	"github.com/resumecheck/resumecheck/internal/extract/limit"
	"strings"
	"unicode/utf16"

	lpdf "github.com/ledongthuc/pdf"
)

// font is what the content walk needs from one font dictionary, parsed once per
// document: how to split a string into codes, what each code decodes to, and how wide
// it is. The library re-parses a font's encoding at every Tf operator; keeping this
// per document is most of our speed-up.
type font struct {
	name   string // BaseFont without the subset prefix
	bold   bool
	italic bool
	multi  bool // Type0: codes are split by the CMap's code space (default 2 bytes)

	toUni *cmap     // ToUnicode, if any
	enc   [256]rune // simple fonts: code → rune from /Encoding (0 = unknown)
	hasEn bool

	// widths in text-space units (glyph space / 1000 already applied)
	first    int
	widths   []float64
	missing  float64
	cidW     map[int]float64
	dw       float64
	hasWidth bool
	type3    bool

	// decoded caches one decoded string per code, since the same codes repeat.
	decoded map[int]string

	// err is a limit the font's widths or ToUnicode CMap went past.
	err error
}

// newFont reads a font dictionary; toUni is its ToUnicode CMap's decoded bytes, if it
// has one (admitted by the walker).
func newFont(v lpdf.Value, toUni []byte) *font {
	f := &font{decoded: make(map[int]string)}
	subtype := v.Key("Subtype").Name()
	base := v.Key("BaseFont").Name()
	if i := strings.IndexByte(base, '+'); i >= 0 && i <= 7 {
		base = base[i+1:]
	}
	f.name = base
	f.bold, f.italic = styleFromName(base)
	if fd := fontDescriptor(v, subtype); fd.Kind() == lpdf.Dict {
		flags := fd.Key("Flags").Int64()
		if flags&(1<<18) != 0 { // ForceBold
			f.bold = true
		}
		if fw := fd.Key("FontWeight").Float64(); fw >= 600 {
			f.bold = true
		}
		if fd.Key("ItalicAngle").Float64() != 0 {
			f.italic = true
		}
		f.missing = fd.Key("MissingWidth").Float64() / 1000
	}
	if tu := v.Key("ToUnicode"); tu.Kind() == lpdf.Stream {
		f.toUni = parseCMap(toUni)
		if f.toUni.err != nil {
			f.err = f.toUni.err
			return f
		}
	}
	switch subtype {
	case "Type0":
		f.multi = true
		desc := v.Key("DescendantFonts").Index(0)
		f.dw = 1
		if dw := desc.Key("DW"); dw.Kind() == lpdf.Integer || dw.Kind() == lpdf.Real {
			f.dw = dw.Float64() / 1000
		}
		f.cidW, f.err = parseCIDWidths(desc.Key("W"))
		f.hasWidth = len(f.cidW) > 0 || desc.Key("DW").Kind() != lpdf.Null
	default:
		scale := 1.0 / 1000
		if subtype == "Type3" {
			f.type3 = true
			// Type 3 glyph units are whatever FontMatrix says (pdfTeX bitmap fonts use
			// about 1/120), while one text-space unit is still one em.
			if m := v.Key("FontMatrix"); m.Len() == 6 {
				scale = m.Index(0).Float64()
			}
		}
		f.first = int(v.Key("FirstChar").Int64())
		w := v.Key("Widths")
		for i := 0; i < w.Len() && i < 256; i++ {
			f.widths = append(f.widths, w.Index(i).Float64()*scale)
		}
		f.hasWidth = len(f.widths) > 0
		if v.Key("Encoding").Kind() != lpdf.Null || f.toUni == nil {
			lf := lpdf.Font{V: v}
			if e := lf.Encoder(); e != nil {
				for c := 0; c < 256; c++ {
					for _, r := range e.Decode(string([]byte{byte(c)})) {
						f.enc[c] = r
						break
					}
				}
				f.hasEn = true
			}
		}
	}
	return f
}

func fontDescriptor(v lpdf.Value, subtype string) lpdf.Value {
	if subtype == "Type0" {
		return v.Key("DescendantFonts").Index(0).Key("FontDescriptor")
	}
	return v.Key("FontDescriptor")
}

// styleFromName reads bold and italic from the PostScript name, which is the only
// reliable hint in most résumé PDFs (flags are often unset). TeX fonts use short
// suffixes: CMBX (bold extended), LMRoman10-Bold, SFRM (no), cmti (italic).
func styleFromName(name string) (bold, italic bool) {
	n := strings.ToLower(name)
	for _, s := range []string{"bold", "black", "heavy", "semibold", "demi", "-bd", "-sb"} {
		if strings.Contains(n, s) {
			bold = true
		}
	}
	for _, s := range []string{"italic", "oblique", "-it", "slanted"} {
		if strings.Contains(n, s) {
			italic = true
		}
	}
	// TeX Computer Modern / Latin Modern short names: cmbx10, cmb10, lmbx, cmti10, cmsl.
	for _, p := range []string{"cmbx", "cmb1", "lmbx", "sfbx", "ptmb", "phvb"} {
		if strings.HasPrefix(n, p) {
			bold = true
		}
	}
	for _, p := range []string{"cmti", "cmsl", "lmti", "ptmri", "phvro"} {
		if strings.HasPrefix(n, p) {
			italic = true
		}
	}
	if strings.HasSuffix(n, "bx") || strings.Contains(n, "bx1") {
		bold = true
	}
	return bold, italic
}

// codes splits a shown string into character codes.
func (f *font) codes(raw string, fn func(code, n int)) {
	if !f.multi {
		for i := 0; i < len(raw); i++ {
			fn(int(raw[i]), 1)
		}
		return
	}
	for len(raw) > 0 {
		n := 2
		if f.toUni != nil {
			if m := f.toUni.codeLen(raw); m > 0 {
				n = m
			}
		}
		if n > len(raw) {
			n = len(raw)
		}
		c := 0
		for i := 0; i < n; i++ {
			c = c<<8 | int(raw[i])
		}
		fn(c, n)
		raw = raw[n:]
	}
}

// decode returns the text one code stands for, "" when unknown.
func (f *font) decode(code, n int) string {
	s, _ := f.decodeFresh(code, n)
	return s
}

// decodeFresh is decode, and whether the string was just decoded (and cached).
func (f *font) decodeFresh(code, n int) (string, bool) {
	key := code<<3 | n
	if s, ok := f.decoded[key]; ok {
		return s, false
	}
	s := ""
	if f.toUni != nil {
		s = f.toUni.lookup(code, n)
	}
	if s == "" && !f.multi && f.hasEn && code < 256 {
		if r := f.enc[code]; r != 0 && r != 0xFFFD {
			s = string(r)
		}
	}
	f.decoded[key] = s
	return s, true
}

// width returns the advance of a code in text-space units per point of font size;
// ok is false when the font does not say, so the caller estimates.
func (f *font) width(code int) (float64, bool) {
	if f.multi {
		if w, ok := f.cidW[code]; ok {
			return w, true
		}
		return f.dw, f.hasWidth
	}
	i := code - f.first
	if i >= 0 && i < len(f.widths) {
		if w := f.widths[i]; w > 0 || f.type3 {
			return w, true
		}
	}
	if f.missing > 0 {
		return f.missing, true
	}
	return 0, false
}

// parseCIDWidths reads a CIDFont /W array: "c [w1 w2 ...]" or "cfirst clast w".
// More than maxFontWidths widths in all is refused.
func parseCIDWidths(w lpdf.Value) (map[int]float64, error) {
	out := make(map[int]float64)
	tooMany := limit.Exceeded("has more than %d glyph widths in one font, which no résumé needs", maxFontWidths)
	n := w.Len()
	for i := 0; i < n; {
		first := w.Index(i)
		if i+1 >= n {
			break
		}
		next := w.Index(i + 1)
		if next.Kind() == lpdf.Array {
			c := int(first.Int64())
			if len(out)+next.Len() > maxFontWidths {
				return nil, tooMany
			}
			for j := 0; j < next.Len(); j++ {
				out[c+j] = next.Index(j).Float64() / 1000
			}
			i += 2
			continue
		}
		if i+2 >= n {
			break
		}
		lo, hi := int(first.Int64()), int(next.Int64())
		wv := w.Index(i+2).Float64() / 1000
		if hi >= lo {
			if hi-lo >= maxFontWidths || len(out)+hi-lo+1 > maxFontWidths {
				return nil, tooMany
			}
			for c := lo; c <= hi; c++ {
				out[c] = wv
			}
		}
		i += 3
	}
	return out, nil
}

// cmap is a parsed ToUnicode CMap: code space ranges (to split multi-byte strings)
// and the code → text mappings.
type cmap struct {
	space  [4][][2]string // per code length: inclusive [lo, hi] byte strings
	chars  map[int]string // key: code<<3 | length
	ranges []cmapRange
	err    error // a limit the CMap went past; reading stopped there
}

type cmapRange struct {
	lo, hi int
	n      int
	dst    string   // UTF-16BE start value, incremented through the range
	arr    []string // or one destination per code
}

// parseCMap reads a ToUnicode CMap from its decoded bytes with the content tokenizer
// (interpret reads as the library's Interpret does; the bytes are the ones admit
// already decoded for the limits). The CMap's PostScript prologue ("/CIDInit /ProcSet
// findresource begin") gets a dictionary of its own. A malformed CMap yields what was
// read before the fault.
func parseCMap(data []byte) (m *cmap) {
	m = &cmap{chars: make(map[int]string)}
	defer func() {
		if r := recover(); r != nil {
			_ = r // keep the mappings read so far
		}
	}()
	count := 0
	mappings := 0
	stop := func(err error) {
		m.err = err
		panic(err)
	}
	// add counts one mapping and checks its destination.
	add := func(dstLen int) {
		if mappings++; mappings > maxCMapMappings {
			stop(limit.Exceeded("has more than %d mappings in one ToUnicode CMap, which no résumé needs", maxCMapMappings))
		}
		if dstLen > maxCMapDestination {
			stop(limit.Exceeded("has a ToUnicode CMap that maps one code to more than %d bytes of text, which no résumé needs", maxCMapDestination))
		}
	}
	interpret(data, func(stk *[]operand, op string) {
		pop := func() operand {
			n := len(*stk)
			if n == 0 {
				return operand{}
			}
			o := (*stk)[n-1]
			*stk = (*stk)[:n-1]
			return o
		}
		switch op {
		case "findresource":
			pop()
			pop()
			*stk = append(*stk, operand{kind: opDict, dict: map[string]operand{}})
		case "defineresource":
			pop()
			v := pop()
			pop()
			*stk = append(*stk, v)
		case "begincodespacerange", "beginbfchar", "beginbfrange":
			count = int(pop().int64())
		case "endcodespacerange":
			for i := 0; i < count && len(*stk) >= 2; i++ {
				hi, lo := pop().raw(), pop().raw()
				if len(lo) >= 1 && len(lo) <= 4 && len(lo) == len(hi) {
					m.space[len(lo)-1] = append(m.space[len(lo)-1], [2]string{lo, hi})
				}
			}
			count = 0
		case "endbfchar":
			for i := 0; i < count && len(*stk) >= 2; i++ {
				dst, src := pop().raw(), pop().raw()
				add(len(dst))
				if len(src) >= 1 && len(src) <= 4 {
					m.chars[codeOf(src)<<3|len(src)] = utf16BE(dst)
				}
			}
			count = 0
		case "endbfrange":
			for i := 0; i < count && len(*stk) >= 3; i++ {
				dst, hi, lo := pop(), pop().raw(), pop().raw()
				if len(lo) < 1 || len(lo) > 4 || len(lo) != len(hi) {
					continue
				}
				r := cmapRange{lo: codeOf(lo), hi: codeOf(hi), n: len(lo)}
				if dst.kind == opArray {
					for _, e := range dst.arr {
						d := e.raw()
						add(len(d))
						r.arr = append(r.arr, utf16BE(d))
					}
				} else {
					r.dst = dst.raw()
					add(len(r.dst))
				}
				m.ranges = append(m.ranges, r)
			}
			count = 0
		}
	})
	return m
}

func codeOf(s string) int {
	c := 0
	for i := 0; i < len(s); i++ {
		c = c<<8 | int(s[i])
	}
	return c
}

// codeLen returns how many bytes the next code in raw takes, 0 when no range matches.
func (m *cmap) codeLen(raw string) int {
	for n := 1; n <= 4 && n <= len(raw); n++ {
		for _, r := range m.space[n-1] {
			if inRange(raw[:n], r[0], r[1]) {
				return n
			}
		}
	}
	return 0
}

// inRange checks each byte against its own bounds, as code space ranges are defined.
func inRange(s, lo, hi string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < lo[i] || s[i] > hi[i] {
			return false
		}
	}
	return true
}

func (m *cmap) lookup(code, n int) string {
	if s, ok := m.chars[code<<3|n]; ok {
		return s
	}
	for _, r := range m.ranges {
		if r.n != n || code < r.lo || code > r.hi {
			continue
		}
		off := code - r.lo
		if r.arr != nil {
			if off < len(r.arr) {
				return r.arr[off]
			}
			return ""
		}
		u := []uint16{}
		for i := 0; i+1 < len(r.dst); i += 2 {
			u = append(u, uint16(r.dst[i])<<8|uint16(r.dst[i+1]))
		}
		if len(u) == 0 {
			return ""
		}
		u[len(u)-1] += uint16(off)
		return string(utf16.Decode(u))
	}
	return ""
}

func utf16BE(s string) string {
	u := make([]uint16, 0, len(s)/2)
	for i := 0; i+1 < len(s); i += 2 {
		u = append(u, uint16(s[i])<<8|uint16(s[i+1]))
	}
	if len(s)%2 == 1 { // some producers write single bytes; take them as Latin-1
		return string(rune(s[len(s)-1]))
	}
	return string(utf16.Decode(u))
}
