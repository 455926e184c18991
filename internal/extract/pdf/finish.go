package pdf

import (
	"math"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/resumecheck/resumecheck/internal/extract/layout"
	"github.com/resumecheck/resumecheck/internal/lazyregexp"
	"github.com/resumecheck/resumecheck/internal/resume"
)

// finish runs the document-level passes over all pages' lines (in reading order) and
// returns layout lines: repeated headers/footers and page numbers dropped, words
// hyphenated across lines joined, bullets' wrapped lines marked, headings marked.
func finish(lines []pline, boxes []pageBox, autoHyphen bool) []layout.Line {
	lines = dropRunningHeads(lines, boxes)
	lines = joinHyphenated(lines, autoHyphen)
	body := bodySize(lines)

	out := make([]layout.Line, 0, len(lines))
	lineNo, page := 0, 0
	var bulletTextX float64
	inBullet := false
	var prev *pline
	for i := range lines {
		ln := &lines[i]
		if ln.page != page {
			page, lineNo = ln.page, 0
			prev, inBullet = nil, false
		}
		lineNo++
		l := layout.Line{
			Text:     ln.text,
			Pos:      resume.Pos{Page: ln.page, Line: lineNo},
			Size:     ln.size,
			BodySize: body,
			Bold:     ln.bold,
			Italic:   ln.italic,
			Bullet:   ln.bullet,
			Numbered: ln.numbered,
		}
		l.PageStart = lineNo == 1 && ln.page > 1
		if isHeading(ln, body) {
			l.Heading = true
			l.HeadingLevel = 2
			if ln.size >= 1.5*body {
				l.HeadingLevel = 1
			}
		}
		switch {
		case ln.bullet:
			inBullet, bulletTextX = true, ln.textX
		case inBullet && prev != nil && continues(prev, ln, bulletTextX) && !l.Heading:
			l.Continuation = true
		default:
			inBullet = false
		}
		out = append(out, l)
		prev = ln
	}
	setListLevels(lines, out)
	return out
}

// setListLevels numbers nesting within each run of list lines (bullets and their
// wrapped lines, uninterrupted, on one page and in one region): the items whose
// markers sit furthest left are level 0, the next indent level 1, and so on.
func setListLevels(lines []pline, out []layout.Line) {
	for i := 0; i < len(out); {
		j := i
		for j < len(out) && (out[j].Bullet || out[j].Continuation) &&
			lines[j].page == lines[i].page && lines[j].region == lines[i].region {
			j++
		}
		if j == i {
			i++
			continue
		}
		var indents []float64 // distinct marker positions, ascending
		for k := i; k < j; k++ {
			if out[k].Bullet {
				indents = append(indents, lines[k].markerX)
			}
		}
		sort.Float64s(indents)
		distinct := indents[:0]
		for _, x := range indents {
			if len(distinct) == 0 || x-distinct[len(distinct)-1] > 3 {
				distinct = append(distinct, x)
			}
		}
		level := 0
		for k := i; k < j; k++ {
			if out[k].Bullet {
				level = 0
				for level+1 < len(distinct) && lines[k].markerX > distinct[level+1]-3 {
					level++
				}
			}
			out[k].ListLevel = level
		}
		i = j
	}
}

// continues tells whether ln is a wrapped line of the bullet whose text starts at textX
// (prev is the line just before it, the bullet or an earlier wrapped line).
func continues(prev, ln *pline, textX float64) bool {
	if prev.region != ln.region {
		return false
	}
	em := math.Max(ln.size, 1)
	if math.Abs(ln.x0-textX) > math.Max(2, 0.5*em) {
		return false
	}
	// A wrapped line keeps the font; an italic subtitle under a bold item does not.
	if math.Abs(ln.size-prev.size) >= 0.5 || ln.bold != prev.bold || ln.italic != prev.italic {
		return false
	}
	gap := prev.y - ln.y
	return gap > 0 && gap <= 1.8*em
}

func bodySize(lines []pline) float64 {
	count := map[float64]int{}
	for _, l := range lines {
		count[l.size] += l.chars
	}
	return modeSize(count)
}

func isHeading(ln *pline, body float64) bool {
	if body > 0 && ln.size >= 1.15*body {
		return true
	}
	if !ln.bold || ln.bullet {
		return false
	}
	letters, upper := 0, 0
	for _, r := range ln.text {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
	}
	return letters >= 3 && upper == letters && utf8.RuneCountInString(ln.text) <= 40 &&
		len(strings.Fields(ln.text)) <= 5 && !strings.Contains(ln.text, "\t")
}

var pageNumber = lazyregexp.New(`(?i)^[-–—\s]*(page\s*)?\d{1,3}(\s*(of|/)\s*\d{1,3})?[-–—\s]*$`)

// mayBePageNumber is false for a line pageNumber cannot match: one with no digit, or
// with a character that none of its parts holds. Most lines at a page's edge are
// text, and the expression costs more to compile than the test (TestPageNumberPrecheck).
func mayBePageNumber(s string) bool {
	digit := false
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			digit = true
		case strings.ContainsRune("-–—\t\n\f\r /pPaAgGeEoOfF", r):
		default:
			return false
		}
	}
	return digit
}

// dropRunningHeads removes lines near the top or bottom edge of a page that repeat
// (digits aside) on most pages, and bare page numbers there.
func dropRunningHeads(lines []pline, boxes []pageBox) []pline {
	pages := len(boxes)
	inZone := func(l *pline) bool {
		if l.page < 1 || l.page > pages {
			return false
		}
		b := boxes[l.page-1]
		h := b.top - b.bottom
		if h <= 0 {
			return false
		}
		return l.y > b.top-0.09*h || l.y < b.bottom+0.09*h
	}
	seen := map[string]map[int]bool{}
	for i := range lines {
		l := &lines[i]
		if !inZone(l) {
			continue
		}
		k := headKey(l.text)
		if seen[k] == nil {
			seen[k] = map[int]bool{}
		}
		seen[k][l.page] = true
	}
	need := max(2, (pages+1)/2)
	kept := lines[:0]
	for i := range lines {
		l := lines[i]
		if inZone(&l) {
			if t := strings.TrimSpace(l.text); mayBePageNumber(t) && pageNumber.MatchString(t) {
				continue
			}
			if pages >= 2 && len(seen[headKey(l.text)]) >= need {
				continue
			}
		}
		kept = append(kept, l)
	}
	return kept
}

func headKey(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		switch {
		case unicode.IsDigit(r):
			b.WriteByte('#')
		case unicode.IsSpace(r):
			b.WriteByte(' ')
		default:
			b.WriteRune(r)
		}
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// joinHyphenated moves the rest of a word hyphenated across a line end back onto the
// first line ("experi-" + "ence led" → "experience" + "led"). The hyphen is dropped
// only when the producer hyphenates by itself; otherwise it is part of the word
// ("on-" + "call" → "on-call").
func joinHyphenated(lines []pline, autoHyphen bool) []pline {
	for i := 0; i+1 < len(lines); i++ {
		a, b := &lines[i], &lines[i+1]
		if a.page != b.page || a.region != b.region || b.bullet {
			continue
		}
		// The hyphenated word may end the line's first part, with a date rail or other
		// right-hand part after a tab ("… done pri-\t1 year").
		cut := strings.IndexByte(a.text, '\t')
		if cut < 0 {
			cut = len(a.text)
		}
		head, tail := a.text[:cut], a.text[cut:]
		if !endsHyphenated(head) {
			continue
		}
		r, _ := utf8.DecodeRuneInString(b.text)
		if !unicode.IsLower(r) {
			continue
		}
		end := strings.IndexAny(b.text, " \t")
		word, rest := b.text, ""
		if end >= 0 {
			word, rest = b.text[:end], strings.TrimLeft(b.text[end:], " \t")
		}
		if autoHyphen {
			head = head[:len(head)-1]
		}
		a.text = head + word + tail
		b.text = rest
	}
	kept := lines[:0]
	for _, l := range lines {
		if strings.TrimSpace(l.text) != "" {
			kept = append(kept, l)
		}
	}
	return kept
}

func endsHyphenated(s string) bool {
	if !strings.HasSuffix(s, "-") || len(s) < 3 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s[:len(s)-1])
	return unicode.IsLetter(r) && unicode.IsLower(r)
}
