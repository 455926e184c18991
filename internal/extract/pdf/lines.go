package pdf

import (
	"math"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
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

	bullet  bool
	textX   float64 // x where the text starts (after a bullet marker)
	markerX float64
	chars   int
}

// pageLines turns one page's glyphs into lines in reading order; shapes are the
// page's small painted shapes, which mark list items where a producer draws bullets
// as vector dots instead of characters.
func pageLines(gs []glyph, shapes []rect, page int) []pline {
	var flat []glyph
	for _, g := range gs {
		if g.rot || g.size <= 0.5 {
			continue
		}
		flat = append(flat, g)
	}
	runs := makeRuns(flat)
	for _, r := range runs {
		trimRunExtent(r)
	}
	var out []pline
	for ri, region := range splitColumns(runs, 0) {
		for _, ln := range regionLines(region) {
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

// markShapeBullet marks ln as a list item when a small dot sits just left of its
// first glyph, at x-height.
func markShapeBullet(ln *pline, shapes []rect) {
	em := math.Max(ln.size, 1)
	for _, s := range shapes {
		cy := (s.y0 + s.y1) / 2
		if s.y1-s.y0 > 0.6*em || cy < ln.y-0.1*em || cy > ln.y+0.7*em {
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

// regionLines groups a region's runs by baseline, top to bottom.
func regionLines(runs []*run) []pline {
	byY := append([]*run(nil), runs...)
	sort.SliceStable(byY, func(i, j int) bool { return byY[i].y > byY[j].y })
	var out []pline
	for i := 0; i < len(byY); {
		j := i + 1
		ref := byY[i]
		for j < len(byY) {
			tol := 0.45 * math.Max(ref.size, byY[j].size)
			if ref.y-byY[j].y > tol {
				break
			}
			j++
		}
		var gs []glyph
		for _, r := range byY[i:j] {
			gs = append(gs, r.gs...)
		}
		if ln, ok := buildLine(gs); ok {
			out = append(out, ln)
		}
		i = j
	}
	return out
}

// buildLine orders a baseline's glyphs left to right and writes its text: a space
// where the gap says so, a tab where the gap is wide enough to separate parts.
func buildLine(gs []glyph) (pline, bool) {
	sort.SliceStable(gs, func(i, j int) bool { return gs[i].x < gs[j].x })
	// Drop overprinted duplicates (fake bold, shadow text): same text, nearly same place.
	kept := gs[:0]
	for _, g := range gs {
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

	var b strings.Builder
	var ln pline
	sizeCount := map[float64]int{}
	boldN, italN, n := 0, 0, 0
	lastEnd := math.NaN()
	var lastSize float64
	pendingSpace := false
	first := true
	for _, g := range gs {
		t := expandLigatures(g.text)
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
			case pendingSpace || gap > spaceGap*em:
				b.WriteByte(' ')
			}
		}
		pendingSpace = false
		b.WriteString(t)
		lastEnd = g.x + g.w
		lastSize = g.size
		ln.x1 = lastEnd
		c := utf8.RuneCountInString(t)
		n += c
		sizeCount[math.Round(g.size*2)/2] += c
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
	ln.text = b.String()
	ln.chars = n
	ln.size = modeSize(sizeCount)
	ln.bold = boldN*2 > n
	ln.italic = italN*2 > n
	ln.textX = ln.x0
	ln.markerX = ln.x0

	// Bullet marker: the first visible glyph, then a gap or space before the text.
	if m, rest, ok := splitBullet(ln.text); ok {
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
		_ = m
	}
	return ln, true
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

var ligatures = strings.NewReplacer(
	"\uFB00", "ff", "\uFB01", "fi", "\uFB02", "fl", "\uFB03", "ffi", "\uFB04", "ffl",
	"\uFB05", "st", "\uFB06", "st",
)

func expandLigatures(s string) string {
	for _, r := range s {
		if r >= 0xFB00 && r <= 0xFB06 {
			return ligatures.Replace(s)
		}
	}
	return s
}

// bulletMarkers need no following space to count; dashMarkers do ("-5%" is no bullet).
const (
	bulletMarkers = "•●▪◦∙‣➢✓■□○◆◇►▸▹✔❖⁃⋄♦➤➔❯›◼▫◾⚬"
	dashMarkers   = "–—-*·→"
)

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
		if !spaced {
			return "", "", false
		}
	case strings.ContainsRune(dashMarkers, r):
		if !spaced {
			return "", "", false
		}
	default:
		return "", "", false
	}
	return string(r), trimmed, true
}
