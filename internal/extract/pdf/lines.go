package pdf

import (
	"bytes"
	"compress/zlib"
	"io"
	"math"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/resumecheck/resumecheck/internal/lazyregexp"
)

// Word spacing thresholds, in ems of the larger of the two glyphs' sizes. TeX writes
// word spaces as positioning offsets of about 0.33 em and kerns within ±0.05 em;
// letter-spaced capitals stay under 0.15 em.
const (
	spaceGap = 0.1
	tabGap   = 2.0
)

// pline is a line rebuilt from glyphs, before the document-level passes (headers,
// hyphenation, bullets) turn it into a layout.Line.
type pline struct {
	page   int
	region int
	text   string
	x0, x1 float64
	y      float64
	size   float64
	bold   bool
	italic bool

	bullet   bool
	numbered bool
	textX    float64 // x where the text starts (after a bullet marker)
	markerX  float64
	chars    int

	// soft are word gaps too narrow for a tab (1 to 2 em) that may still be a column
	// boundary: a narrow left rail of organisation names beside the main column.
	soft []softGap
}

// softGap is a word gap of 1 to 2 em: after is the line's text from the word after
// the gap on (a suffix of text however much of its start is later stripped), x where
// that word starts.
type softGap struct {
	after string
	x     float64
}

// softTabGap is the narrowest gap, in ems, that can be a column boundary.
const softTabGap = 1.0

// pageLines turns one page's glyphs into lines in reading order; shapes are the
// page's small painted shapes, which mark list items where a producer draws bullets
// as vector dots instead of characters.
func pageLines(gs []glyph, shapes []rect, page int) []pline {
	return new(glyphBufs).pageLines(gs, shapes, page)
}

// glyphBufs are the glyph buffers of a document's reading, reused from page to page
// and, through spareBufs, from document to document: a page's glyphs, the page's
// glyphs that make lines, one baseline's glyphs. (Made anew for every page and every
// line, they were a fifth of the bytes a PDF's reading allocated, most of them copied
// again as they grew.) Nothing read from them keeps them: lines keep their text only.
type glyphBufs struct {
	page, flat, line []glyph
	zr               io.ReadCloser // the zlib reader streams are inflated with (see walker.open)
}

// spareBufs keeps the buffers of the last document read for the next one: a batch's
// worker reads one document after another. (A sync.Pool lost them at every
// collection, which in a batch comes every few files.) Buffers grown past
// maxSpareGlyphs are not kept.
var spareBufs struct {
	sync.Mutex
	b *glyphBufs
}

const maxSpareGlyphs = 1 << 14

// getBufs returns the spare buffers, or new ones.
func getBufs() *glyphBufs {
	spareBufs.Lock()
	b := spareBufs.b
	spareBufs.b = nil
	spareBufs.Unlock()
	if b == nil {
		b = new(glyphBufs)
	}
	return b
}

// release clears the buffers (they point at a document's fonts and strings) and keeps
// them as the spare ones, unless they grew too large.
func (b *glyphBufs) release() {
	if max(cap(b.page), cap(b.flat), cap(b.line)) > maxSpareGlyphs {
		return
	}
	clear(b.page[:cap(b.page)])
	clear(b.flat[:cap(b.flat)])
	clear(b.line[:cap(b.line)])
	if b.zr != nil {
		// let go of the document's bytes (the reset fails on no bytes, and is meant to)
		_ = b.zr.(zlib.Resetter).Reset(bytes.NewReader(nil), nil)
	}
	b.page, b.flat, b.line = b.page[:0], b.flat[:0], b.line[:0]
	spareBufs.Lock()
	spareBufs.b = b
	spareBufs.Unlock()
}

func (b *glyphBufs) pageLines(gs []glyph, shapes []rect, page int) []pline {
	flat := b.flat[:0]
	if cap(flat) < len(gs) {
		flat = make([]glyph, 0, len(gs))
	}
	for _, g := range gs {
		if g.rot || g.size <= 0.5 {
			continue
		}
		flat = append(flat, g)
	}
	b.flat = flat
	runs := makeRuns(flat)
	for _, r := range runs {
		trimRunExtent(r)
	}
	var out []pline
	for ri, region := range splitColumns(runs, 0) {
		lines := b.regionLines(region)
		softTabs(lines)
		for _, ln := range lines {
			ln.page = page
			ln.region = ri
			if !ln.bullet {
				markShapeBullet(&ln, shapes)
			}
			out = append(out, ln)
		}
	}
	return out
}

// softTabs turns a soft gap into a tab where the word after it starts at a left edge
// that three or more lines of the region start at (the main column beside a narrow
// rail: "ThoughtWorks  Lead Developer" with bullets below starting under "Lead"). A
// gap that lines up with nothing stays a space.
func softTabs(lines []pline) {
	var edges []float64
	for _, ln := range lines {
		edges = append(edges, ln.x0)
	}
	sort.Float64s(edges)
	isEdge := func(x float64) bool {
		lo := sort.SearchFloat64s(edges, x-1)
		n := 0
		for i := lo; i < len(edges) && edges[i] <= x+1; i++ {
			n++
		}
		return n >= 3
	}
	for i := range lines {
		ln := &lines[i]
		for _, g := range ln.soft {
			at := len(ln.text) - len(g.after)
			if at < 1 || at > len(ln.text) || ln.text[at:] != g.after || ln.text[at-1] != ' ' ||
				g.x-ln.x0 < softTabGap*ln.size || !isEdge(g.x) {
				continue
			}
			ln.text = ln.text[:at-1] + "\t" + ln.text[at:]
		}
		ln.soft = nil
	}
}

// markShapeBullet marks ln as a list item when a small dot sits just left of its
// first glyph, at x-height.
func markShapeBullet(ln *pline, shapes []rect) {
	em := math.Max(ln.size, 1)
	for _, s := range shapes {
		cy := (s.y0 + s.y1) / 2
		// Bullet dots are about a third of an em; icons drawn as paths are bigger.
		if s.y1-s.y0 > 0.5*em || s.x1-s.x0 > 0.5*em || cy < ln.y-0.1*em || cy > ln.y+0.7*em {
			continue
		}
		if gap := ln.x0 - s.x1; gap < 0.1*em || gap > 1.6*em {
			continue
		}
		ln.bullet = true
		ln.markerX = s.x0
		ln.textX = ln.x0
		return
	}
}

// regionLines groups a region's runs by baseline, top to bottom. A run joins a line
// whose baseline is within tolerance only if it does not overlap the line's runs
// horizontally: a big name and the small headline tucked under it have close
// baselines but are two lines, and merging them would interleave their letters.
func (b *glyphBufs) regionLines(runs []*run) []pline {
	byY := append([]*run(nil), runs...)
	sort.SliceStable(byY, func(i, j int) bool { return byY[i].y > byY[j].y })
	type group struct {
		y, size float64
		runs    []*run
	}
	var groups []*group
	for _, r := range byY {
		var home *group
		for k := len(groups) - 1; k >= 0; k-- {
			g := groups[k]
			if g.y-r.y > 0.45*math.Max(g.size, r.size) {
				break // older groups are higher still
			}
			if !overlapsAny(g.runs, r) {
				home = g
				break
			}
		}
		if home == nil {
			home = &group{y: r.y, size: r.size}
			groups = append(groups, home)
		}
		home.runs = append(home.runs, r)
		home.size = math.Max(home.size, r.size)
	}
	var out []pline
	for _, g := range groups {
		n := 0
		for _, r := range g.runs {
			n += len(r.gs)
		}
		gs := b.line[:0]
		if cap(gs) < n {
			gs = make([]glyph, 0, n)
		}
		for _, r := range g.runs {
			gs = append(gs, r.gs...)
		}
		b.line = gs
		out = append(out, buildLines(gs)...)
	}
	return out
}

// buildLines builds one baseline's line, or two when a part after a wide gap starts
// with a list marker: a label or date cell on the left of a table row ("2018" then
// "• Built …") is not part of the item.
func buildLines(gs []glyph) []pline {
	sort.SliceStable(gs, func(i, j int) bool { return gs[i].x < gs[j].x })
	lastEnd, lastSize := math.NaN(), 0.0
	for i, g := range gs {
		if isSpaceText(g.text) {
			continue
		}
		em := math.Max(g.size, lastSize)
		if !math.IsNaN(lastEnd) && g.x-lastEnd > tabGap*em {
			if rest, ok := buildLine(append([]glyph(nil), gs[i:]...)); ok && rest.bullet {
				if head, ok := buildLine(append([]glyph(nil), gs[:i]...)); ok {
					return []pline{head, rest}
				}
			}
		}
		lastEnd, lastSize = g.x+g.w, g.size
	}
	if ln, ok := buildLine(gs); ok {
		return []pline{ln}
	}
	return nil
}

// overlapsAny tells whether r overlaps any of runs horizontally by more than a
// sliver (kerning and italic overhang make neighbours touch).
func overlapsAny(runs []*run, r *run) bool {
	for _, o := range runs {
		ov := math.Min(o.x1, r.x1) - math.Max(o.x0, r.x0)
		if ov > 0.3*math.Min(o.size, r.size) && ov > 0.2*math.Min(o.x1-o.x0, r.x1-r.x0) {
			return true
		}
	}
	return false
}

// buildLine orders a baseline's glyphs left to right and writes its text: a space
// where the gap says so, a tab where the gap is wide enough to separate parts.
func buildLine(gs []glyph) (pline, bool) {
	sort.SliceStable(gs, func(i, j int) bool { return gs[i].x < gs[j].x })
	// Drop overprinted duplicates (fake bold, shadow text): same text, nearly same place.
	kept := gs[:0]
	for _, g := range gs {
		g.text = expandLigatures(g.text)
		dup := false
		for k := len(kept) - 1; k >= 0 && k >= len(kept)-4; k-- {
			p := kept[k]
			if p.text == g.text && math.Abs(p.x-g.x) < 0.15*g.size && math.Abs(p.y-g.y) < 0.15*g.size {
				dup = true
				break
			}
		}
		if !dup {
			kept = append(kept, g)
		}
	}
	gs = kept

	threshold := letterSpacing(gs) + spaceGap

	var b strings.Builder
	var ln pline
	var sizeCount sizeCounts
	boldN, italN, n := 0, 0, 0
	lastEnd := math.NaN()
	var lastSize float64
	pendingSpace := false
	first := true
	type softAt struct {
		at int
		x  float64
	}
	var soft []softAt
	for _, g := range gs {
		t := cleanGlyphText(g.text)
		if isSpaceText(t) {
			pendingSpace = true
			continue
		}
		if t == "\uFFFD" {
			// An undecodable code: keep a marker so garbage detection can count it; it is
			// removed later for documents that read fine.
			t = "\uFFFD"
		}
		if first {
			ln.x0 = g.x
			ln.y = g.y
			first = false
		} else {
			em := math.Max(g.size, lastSize)
			gap := g.x - lastEnd
			switch {
			case gap > tabGap*em:
				b.WriteByte('\t')
			case pendingSpace || gap > threshold*em:
				if gap > softTabGap*em {
					soft = append(soft, softAt{b.Len() + 1, g.x})
				}
				b.WriteByte(' ')
			}
		}
		pendingSpace = false
		b.WriteString(t)
		lastEnd = g.x + g.w
		lastSize = g.size
		ln.x1 = lastEnd
		c := utf8.RuneCountInString(t)
		if g.alt {
			// An icon's replacement text ("mailto:…") says nothing about the line's style.
			c = 1
		}
		n += c
		sizeCount.add(math.Round(g.size*2)/2, c)
		if g.font != nil && g.font.bold {
			boldN += c
		}
		if g.font != nil && g.font.italic {
			italN += c
		}
	}
	if first {
		return pline{}, false
	}
	raw := b.String()
	ln.text = tidy(raw)
	for _, sa := range soft {
		// the words after the gap, as tidy writes them
		if after := tidy(raw[sa.at:]); after != "" && strings.HasSuffix(ln.text, after) {
			ln.soft = append(ln.soft, softGap{after: after, x: sa.x})
		}
	}
	ln.chars = n
	ln.size = sizeCount.mode()
	ln.bold = boldN*2 > n
	ln.italic = italN*2 > n
	ln.textX = ln.x0
	ln.markerX = ln.x0

	// Bullet marker: the first visible glyph, then a gap or space before the text; or
	// a number ("1.", "2)") for an ordered list.
	_, rest, ok := splitBullet(ln.text)
	if !ok {
		rest, ok = splitNumbered(ln.text)
		ln.numbered = ok
	}
	if ok {
		ln.bullet = true
		ln.text = rest
		for i, g := range gs {
			if isSpaceText(g.text) || i == 0 {
				continue
			}
			if strings.HasPrefix(rest, strings.TrimSpace(expandLigatures(g.text))) && g.x > ln.x0 {
				ln.textX = g.x
				break
			}
		}
	}
	return ln, true
}

// letterSpacing estimates, in ems, the extra space a line puts between all its
// letters (tracked capitals, "D O C K E R" badges): the median gap between adjacent
// glyphs with no space character between them. Word gaps are judged on top of it.
func letterSpacing(gs []glyph) float64 {
	var buf [128]float64 // a line's gaps, without an allocation for most lines
	gaps := buf[:0]
	for i := 1; i < len(gs); i++ {
		p, g := gs[i-1], gs[i]
		if isSpaceText(p.text) || isSpaceText(g.text) {
			continue
		}
		em := math.Max(math.Max(p.size, g.size), 1)
		gap := (g.x - (p.x + p.w)) / em
		if gap > tabGap {
			continue
		}
		gaps = append(gaps, gap)
	}
	if len(gaps) < 6 {
		return 0
	}
	slices.Sort(gaps)
	m := gaps[len(gaps)/2]
	if m < 0.06 {
		return 0
	}
	return m
}

// cleanGlyphText undoes ligatures and turns the white space and control characters
// some ToUnicode maps and ActualText strings carry into plain spaces.
func cleanGlyphText(s string) string {
	s = expandLigatures(s)
	if len(s) == 1 && s[0] > ' ' && s[0] < 0x7f {
		return s
	}
	return strings.Map(func(r rune) rune {
		switch {
		case unicode.IsSpace(r):
			return ' '
		case unicode.IsControl(r):
			return -1
		}
		return r
	}, s)
}

// tidy trims each tab-separated part and collapses runs of spaces.
func tidy(s string) string {
	parts := strings.Split(s, "\t")
	kept := parts[:0]
	for _, p := range parts {
		if p = strings.Join(strings.Fields(p), " "); p != "" {
			kept = append(kept, p)
		}
	}
	return strings.Join(kept, "\t")
}

// sizeCounts counts characters by font size for one line (a line has one to a few
// sizes: a slice, where a map cost more than the rest of the line's building).
type sizeCounts []struct {
	size float64
	n    int
}

// add counts n characters of size s; sizes are keys as in a map (a NaN is never
// equal to another).
func (c *sizeCounts) add(s float64, n int) {
	for i := range *c {
		if (*c)[i].size == s {
			(*c)[i].n += n
			return
		}
	}
	*c = append(*c, struct {
		size float64
		n    int
	}{s, n})
}

// mode is modeSize of the counts: the most frequent size, the larger on a tie.
func (c sizeCounts) mode() float64 {
	best, bestN := 0.0, -1
	for _, e := range c {
		if e.n > bestN || e.n == bestN && e.size > best {
			best, bestN = e.size, e.n
		}
	}
	return best
}

func modeSize(count map[float64]int) float64 {
	best, bestN := 0.0, -1
	for s, c := range count {
		if c > bestN || c == bestN && s > best {
			best, bestN = s, c
		}
	}
	return best
}

func isSpaceText(s string) bool {
	if s == "" {
		return true
	}
	for _, r := range s {
		if !unicode.IsSpace(r) && r != 0 {
			return false
		}
	}
	return true
}

// ligatures also maps the hyphen variants to "-": LuaTeX maps its hyphen glyph to the
// soft hyphen U+00AD, and Word (via Quartz) draws U+2010/U+2011; all are visible
// hyphens, and as one character they let overprinted copies be dropped and line-end
// hyphenation be seen.
var ligatures = strings.NewReplacer(
	"\uFB00", "ff", "\uFB01", "fi", "\uFB02", "fl", "\uFB03", "ffi", "\uFB04", "ffl",
	"\uFB05", "st", "\uFB06", "st", "\u00AD", "-", "\u2010", "-", "\u2011", "-",
)

func expandLigatures(s string) string {
	for _, r := range s {
		if r >= 0xFB00 && r <= 0xFB06 || r == 0xAD || r == 0x2010 || r == 0x2011 {
			s = ligatures.Replace(s)
			// Word maps its hyphen glyph to all its variants at once ("-\u00ad\u2010").
			if strings.Trim(s, "-") == "" {
				return "-"
			}
			return s
		}
	}
	return s
}

// bulletMarkers need no following space to count; dashMarkers do ("-5%" is no bullet).
const (
	bulletMarkers = "•●▪◦∙‣➢✓■□○◆◇►▸▹✔❖⁃⋄♦➤➔❯›◼▫◾⚬"
	dashMarkers   = "–—-*·→"
)

var dateTail = lazyregexp.New(`(?i)^(\d{4}|present|current|now|today|ongoing|(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{4})\b`)

// splitNumbered reports whether text starts an ordered-list item ("1. Led …",
// "(2) Built …") and returns the text after the number: an optional "(", one or two
// digits, "." or ")", white space, then a letter, and no line break after it. Matched
// by hand: it replaced `^\(?\d{1,2}[.)]\s+(\pL.*)$`, whose letter class cost more to
// compile than a page's lines take to build (TestSplitNumberedMatchesRegexp holds it
// to the expression).
func splitNumbered(text string) (string, bool) {
	i := 0
	if strings.HasPrefix(text, "(") {
		i++
	}
	d := i
	for d < len(text) && d-i < 2 && text[d] >= '0' && text[d] <= '9' {
		d++
	}
	if d == i || d == len(text) || text[d] != '.' && text[d] != ')' {
		return "", false
	}
	j := d + 1
	for j < len(text) && isSpaceByte(text[j]) {
		j++
	}
	if j == d+1 || j == len(text) {
		return "", false
	}
	if r, _ := utf8.DecodeRuneInString(text[j:]); !unicode.Is(unicode.L, r) || strings.IndexByte(text[j:], '\n') >= 0 {
		return "", false
	}
	return text[j:], true
}

// isSpaceByte: the white space of a regular expression's \s.
func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// splitBullet reports whether text starts with a list marker and returns the marker and
// the text after it.
func splitBullet(text string) (marker, rest string, ok bool) {
	r, size := utf8.DecodeRuneInString(text)
	if r == utf8.RuneError {
		return "", "", false
	}
	after := text[size:]
	spaced := strings.HasPrefix(after, " ") || strings.HasPrefix(after, "\t")
	trimmed := strings.TrimLeft(after, " \t")
	if trimmed == "" {
		return "", "", false
	}
	switch {
	case strings.ContainsRune(bulletMarkers, r):
	case r >= 0xE000 && r <= 0xF8FF: // private-use icon glyphs (Font Awesome, Wingdings via Symbol)
		// A contact line puts an icon before each of its parts; a list item has one.
		if !spaced || strings.ContainsFunc(trimmed, func(r rune) bool { return r >= 0xE000 && r <= 0xF8FF }) {
			return "", "", false
		}
	case strings.ContainsRune(dashMarkers, r):
		// "– Present" and "– 2017" are the end of a date range that wrapped.
		if !spaced || dateTail.MatchString(trimmed) {
			return "", "", false
		}
	default:
		return "", "", false
	}
	return string(r), trimmed, true
}
