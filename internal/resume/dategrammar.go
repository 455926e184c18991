package resume

import (
	"sync"
	"unicode"
	"unicode/utf8"
)

// The date grammar, matched by hand. It used to be four regular expressions built
// from one grammar; compiling them (the range expression alone took 1.6 ms) was a
// fixed cost of every process, paid before the first line of any résumé. These
// matchers are built from Go values at their first use for a few microseconds and
// match exactly what those expressions matched, offsets and groups included, which
// TestDateGrammarMatchesRegexp checks against the expressions themselves on the
// corpus, the fixtures and generated lines (FuzzDateGrammarMatchesRegexp).
//
// The semantics are those of the expressions: leftmost match, and among the matches
// starting there the one a backtracking search finds first (alternatives in order,
// quantifiers greedy), which is what Go's regexp returns; the whole grammar is
// case-insensitive with Unicode simple folding (so "ſ" is an "s"); \s is ASCII
// white space, \d an ASCII digit and \b an ASCII word boundary.
//
// Each term is one point in time; a range is term, separator, term or an open-end
// word. Terms marked loose (two-digit years without an apostrophe, mm/yy) are
// accepted only as part of a range, where the separator makes the reading safe:
// alone, "Jan 19" may be a day and "3/18" a fraction.
//
//	month   = (jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?
//	          |sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\b\.?
//	year    = 19[5-9]\d|20\d\d
//	apos    = ['’‘]\d\d
//	season  = spring|summer|fall|autumn|winter
//	strict  = month\s*\d{1,2}(st|nd|rd|th)?,?\s+year\b      January 5, 2019
//	        | month\s*,?\s*(year\b|apos\b)                    Jan 2019, Sept. '19
//	        | year\s+month                                    2021 November
//	        | season\s*,?\s*(year|apos)\b                     Summer 2019
//	        | q[1-4]\s*,?\s*year\b                            Q3 2020
//	        | \d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*year\b      01.07.2019
//	        | \d{1,2}\s*[/.-]\s*year\b                        03/2018
//	        | year[/.-]\d{1,2}\b                              2018-03
//	        | year\b
//	loose   = strict | month\s*\d\d\b | \d{1,2}/\d\d\b | apos\b
//	sep     = \s*(-{1,2}|–|—|‒|―|‑|‐|−|U+00AD|~|→|\bto\b|\buntil\b|\btill\b|\bthrough\b|\bthru\b)\s*
//	current = (present|current(ly)?|now|ongoing|today|to\s+date|till\s+date|date)\b
//
//	range   = (\bfrom\s+)?(loose) sep (exp(ected)?\.?\s*)?(current|loose)
//	since   = \b(since|from|starting)\s+(strict)
//	open    = ^(strict) sep $      a start date and a dash left alone by a line break

// dateNode is one piece of the grammar. match calls k with each end the piece can
// reach from i, in the order a backtracking search tries them, and stops at the
// first k that reports true.
type dateNode interface {
	match(st *dateState, i int, k func(int) bool) bool
}

// fixedNode is a piece with at most one way to match from a position (a literal, a
// character, a word boundary): end returns it, or -1.
type fixedNode interface {
	dateNode
	end(s string, i int) int
}

type dateState struct {
	s    string
	caps [4]int // the two groups' start and end
}

// lit is a literal, case-insensitive for ASCII letters (with their Unicode folds).
type lit string

func (l lit) end(s string, i int) int {
	for j := 0; j < len(l); j++ {
		c := l[j]
		if i < len(s) && (s[i] == c || 'a' <= c && c <= 'z' && s[i] == c-'a'+'A') {
			i++
			continue
		}
		if 'a' <= c && c <= 'z' && i < len(s) && s[i] >= utf8.RuneSelf {
			if f := foldOf[c-'a']; f != "" && len(s)-i >= len(f) && s[i:i+len(f)] == f {
				i += len(f)
				continue
			}
		}
		return -1
	}
	return i
}

func (l lit) match(st *dateState, i int, k func(int) bool) bool { return fixedMatch(l, st, i, k) }

// foldOf holds, for each ASCII lower-case letter, the UTF-8 of the one rune outside
// ASCII in its Unicode simple fold orbit, if any ("ſ" for s, the Kelvin sign for k).
var foldOf = func() (f [26]string) {
	for c := 'a'; c <= 'z'; c++ {
		for r := unicode.SimpleFold(c); r != c; r = unicode.SimpleFold(r) {
			if r >= utf8.RuneSelf {
				f[c-'a'] = string(r)
			}
		}
	}
	return f
}()

// class is one ASCII byte of a set.
type class func(byte) bool

func (c class) end(s string, i int) int {
	if i < len(s) && c(s[i]) {
		return i + 1
	}
	return -1
}

func (c class) match(st *dateState, i int, k func(int) bool) bool { return fixedMatch(c, st, i, k) }

func fixedMatch(n fixedNode, st *dateState, i int, k func(int) bool) bool {
	if e := n.end(st.s, i); e >= 0 {
		return k(e)
	}
	return false
}

func isSpace(b byte) bool  { return b == ' ' || b == '\t' || b == '\n' || b == '\f' || b == '\r' }
func isDigitB(b byte) bool { return '0' <= b && b <= '9' }

// isWordB is \b's word character: ASCII letters, digits and underscore. The bytes
// of a rune outside ASCII are all non-word, as the rune is.
func isWordB(b byte) bool {
	return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || '0' <= b && b <= '9' || b == '_'
}

type assert int

const (
	wordBoundary assert = iota
	textStart
	textEnd
)

func (a assert) end(s string, i int) int {
	ok := false
	switch a {
	case wordBoundary:
		ok = (i > 0 && isWordB(s[i-1])) != (i < len(s) && isWordB(s[i]))
	case textStart:
		ok = i == 0
	case textEnd:
		ok = i == len(s)
	}
	if ok {
		return i
	}
	return -1
}

func (a assert) match(st *dateState, i int, k func(int) bool) bool { return fixedMatch(a, st, i, k) }

// rep is a greedy repetition of a one-byte class, min to max times (max < 0: no limit).
type rep struct {
	c        class
	min, max int
}

func (r rep) match(st *dateState, i int, k func(int) bool) bool {
	n := 0
	for i+n < len(st.s) && (r.max < 0 || n < r.max) && r.c(st.s[i+n]) {
		n++
	}
	for ; n >= r.min; n-- {
		if k(i + n) {
			return true
		}
	}
	return false
}

// spaceCommaSpace is \s*,?\s*, with the ends a backtracking search would try again
// left out (they fail again): otherwise a long run of spaces costs its square.
type spaceCommaSpace struct{}

func (spaceCommaSpace) match(st *dateState, i int, k func(int) bool) bool {
	s := st.s
	w := i
	for w < len(s) && isSpace(s[w]) {
		w++
	}
	if w < len(s) && s[w] == ',' {
		e := w + 1
		for e < len(s) && isSpace(s[e]) {
			e++
		}
		for ; e > w; e-- {
			if k(e) {
				return true
			}
		}
	}
	for e := w; e >= i; e-- {
		if k(e) {
			return true
		}
	}
	return false
}

type opt struct{ n dateNode }

func (o opt) match(st *dateState, i int, k func(int) bool) bool {
	return o.n.match(st, i, k) || k(i)
}

type alt []dateNode

func (a alt) match(st *dateState, i int, k func(int) bool) bool {
	for _, n := range a {
		if n.match(st, i, k) {
			return true
		}
	}
	return false
}

// byteSet is a set of bytes: those a piece of the grammar may begin with.
type byteSet [4]uint64

func (b *byteSet) add(c byte)      { b[c>>6] |= 1 << (c & 63) }
func (b *byteSet) has(c byte) bool { return b[c>>6]&(1<<(c&63)) != 0 }
func (b *byteSet) union(o byteSet) {
	b[0], b[1], b[2], b[3] = b[0]|o[0], b[1]|o[1], b[2]|o[2], b[3]|o[3]
}
func (b *byteSet) addClass(c func(byte) bool) {
	for i := 0; i < 256; i++ {
		if c(byte(i)) {
			b.add(byte(i))
		}
	}
}

// firstBytes returns the bytes a match of n may begin with and whether n may match
// the empty string.
func firstBytes(n dateNode) (set byteSet, nullable bool) {
	switch n := n.(type) {
	case lit:
		if len(n) == 0 {
			return set, true
		}
		c := n[0]
		set.add(c)
		if 'a' <= c && c <= 'z' {
			set.add(c - 'a' + 'A')
			if f := foldOf[c-'a']; f != "" {
				set.add(f[0])
			}
		}
		return set, false
	case class:
		set.addClass(n)
		return set, false
	case rep:
		set.addClass(n.c)
		return set, n.min == 0
	case assert:
		return set, true
	case spaceCommaSpace:
		set.addClass(isSpace)
		set.add(',')
		return set, true
	case opt:
		set, _ = firstBytes(n.n)
		return set, true
	case group:
		return firstBytes(n.p)
	case *altNode:
		for i := range n.ns {
			set.union(n.first[i])
			nullable = nullable || n.nullable[i]
		}
		return set, nullable
	case alt:
		for _, c := range n {
			f, null := firstBytes(c)
			set.union(f)
			nullable = nullable || null
		}
		return set, nullable
	case seq:
		for _, c := range n {
			f, null := firstBytes(c)
			set.union(f)
			if !null {
				return set, false
			}
		}
		return set, true
	}
	panic("resume: unknown date grammar node")
}

// altNode is an alt that skips the alternatives that cannot begin with the next
// byte, which spares most of the search at positions where no date starts.
type altNode struct {
	ns       []dateNode
	first    []byteSet
	nullable []bool
}

func (a *altNode) match(st *dateState, i int, k func(int) bool) bool {
	for j, n := range a.ns {
		if !a.nullable[j] && (i >= len(st.s) || !a.first[j].has(st.s[i])) {
			continue
		}
		if n.match(st, i, k) {
			return true
		}
	}
	return false
}

// prepareShared returns n with every alt turned into an altNode, reusing the altNode
// of an alt already prepared (by the address of its first element): the patterns share their pieces (the strict date in
// four of them, the month in several), and preparing each copy again, class by class
// over all 256 bytes, was most of this package's init.
func prepareShared(n dateNode, done map[*dateNode]*altNode) dateNode {
	switch n := n.(type) {
	case alt:
		if len(n) > 0 {
			if a, ok := done[&n[0]]; ok && len(a.ns) == len(n) {
				return a
			}
		}
		a := &altNode{}
		for _, c := range n {
			c = prepareShared(c, done)
			f, null := firstBytes(c)
			a.ns, a.first, a.nullable = append(a.ns, c), append(a.first, f), append(a.nullable, null)
		}
		if len(n) > 0 {
			done[&n[0]] = a
		}
		return a
	case seq:
		out := make(seq, len(n))
		for i, c := range n {
			out[i] = prepareShared(c, done)
		}
		return out
	case opt:
		return opt{prepareShared(n.n, done)}
	case group:
		return group{n.n, prepareShared(n.p, done)}
	}
	return n
}

// pattern is a prepared grammar and the bytes its matches may begin with.
type pattern struct {
	root  dateNode
	first byteSet
}

// prepared holds the alts prepared for every pattern of the package, which share
// pieces (written only by datePatterns).
var prepared = map[*dateNode]*altNode{}

func newPattern(n dateNode) *pattern {
	p := &pattern{root: prepareShared(n, prepared)}
	p.first, _ = firstBytes(p.root)
	return p
}

type seq []dateNode

func (q seq) match(st *dateState, i int, k func(int) bool) bool { return q.from(0, st, i, k) }

func (q seq) from(j int, st *dateState, i int, k func(int) bool) bool {
	for ; j < len(q); j++ {
		f, ok := q[j].(fixedNode)
		if !ok {
			break
		}
		if i = f.end(st.s, i); i < 0 {
			return false
		}
	}
	if j == len(q) {
		return k(i)
	}
	return q[j].match(st, i, func(e int) bool { return q.from(j+1, st, e, k) })
}

// group records where its piece matched as capture n (1 or 2).
type group struct {
	n int
	p dateNode
}

func (g group) match(st *dateState, i int, k func(int) bool) bool {
	return g.p.match(st, i, func(e int) bool {
		st.caps[2*g.n-2], st.caps[2*g.n-1] = i, e
		return k(e)
	})
}

var (
	spaces  = rep{isSpace, 0, -1}
	spaces1 = rep{isSpace, 1, -1}
	digit   = class(isDigitB)
	digits2 = rep{isDigitB, 1, 2} // \d{1,2}
	dateSep = class(func(b byte) bool { return b == '/' || b == '.' || b == '-' })
	comma   = opt{lit(",")}

	gMonth = seq{alt{
		seq{lit("jan"), opt{lit("uary")}},
		seq{lit("feb"), opt{lit("ruary")}},
		seq{lit("mar"), opt{lit("ch")}},
		seq{lit("apr"), opt{lit("il")}},
		lit("may"),
		seq{lit("jun"), opt{lit("e")}},
		seq{lit("jul"), opt{lit("y")}},
		seq{lit("aug"), opt{lit("ust")}},
		seq{lit("sep"), opt{seq{lit("t"), opt{lit("ember")}}}},
		seq{lit("oct"), opt{lit("ober")}},
		seq{lit("nov"), opt{lit("ember")}},
		seq{lit("dec"), opt{lit("ember")}},
	}, wordBoundary, opt{lit(".")}}
	gYear = alt{
		seq{lit("19"), class(func(b byte) bool { return '5' <= b && b <= '9' }), digit},
		seq{lit("20"), digit, digit},
	}
	gApos   = seq{alt{lit("'"), lit("’"), lit("‘")}, digit, digit}
	gSeason = alt{lit("spring"), lit("summer"), lit("fall"), lit("autumn"), lit("winter")}

	gStrict = alt{
		seq{gMonth, spaces, digits2, opt{alt{lit("st"), lit("nd"), lit("rd"), lit("th")}}, comma, spaces1, gYear, wordBoundary},
		seq{gMonth, spaceCommaSpace{}, alt{seq{gYear, wordBoundary}, seq{gApos, wordBoundary}}},
		seq{gYear, spaces1, gMonth},
		seq{gSeason, spaceCommaSpace{}, alt{gYear, gApos}, wordBoundary},
		seq{lit("q"), class(func(b byte) bool { return '1' <= b && b <= '4' }), spaceCommaSpace{}, gYear, wordBoundary},
		seq{digits2, spaces, dateSep, spaces, digits2, spaces, dateSep, spaces, gYear, wordBoundary},
		seq{digits2, spaces, dateSep, spaces, gYear, wordBoundary},
		seq{gYear, dateSep, digits2, wordBoundary},
		seq{gYear, wordBoundary},
	}
	gLoose = alt{
		gStrict,
		seq{gMonth, spaces, digit, digit, wordBoundary},
		seq{digits2, lit("/"), digit, digit, wordBoundary},
		seq{gApos, wordBoundary},
	}
	gSep = seq{spaces, alt{
		rep{func(b byte) bool { return b == '-' }, 1, 2},
		lit("–"), lit("—"), lit("‒"), lit("―"), lit("‑"), lit("‐"), lit("−"), lit("\u00AD"), lit("~"), lit("→"),
		seq{wordBoundary, lit("to"), wordBoundary},
		seq{wordBoundary, lit("until"), wordBoundary},
		seq{wordBoundary, lit("till"), wordBoundary},
		seq{wordBoundary, lit("through"), wordBoundary},
		seq{wordBoundary, lit("thru"), wordBoundary},
	}, spaces}
	gCurrent = seq{alt{
		lit("present"),
		seq{lit("current"), opt{lit("ly")}},
		lit("now"), lit("ongoing"), lit("today"),
		seq{lit("to"), spaces1, lit("date")},
		seq{lit("till"), spaces1, lit("date")},
		lit("date"),
	}, wordBoundary}
)

// datePatterns are the package's date grammars, prepared at their first use rather
// than at package init: every process of the CLI runs every package's init, and the
// parent, which reads no dates, spent a two-hundredth of a one-file run's CPU here.
var datePatterns = sync.OnceValue(func() (d struct{ rangeDate, sinceDate, singleDate, openDate *pattern }) {
	d.rangeDate = newPattern(seq{
		opt{seq{wordBoundary, lit("from"), spaces1}},
		group{1, gLoose},
		gSep,
		opt{seq{lit("exp"), opt{lit("ected")}, opt{lit(".")}, spaces}},
		group{2, alt{gCurrent, gLoose}},
	})
	d.sinceDate = newPattern(seq{wordBoundary, group{1, alt{lit("since"), lit("from"), lit("starting")}}, spaces1, group{2, gStrict}})
	d.singleDate = newPattern(gStrict)
	d.openDate = newPattern(seq{textStart, group{1, gStrict}, gSep, textEnd})
	return d
})

// dateMatch finds the leftmost match of p in s at or after from and returns its
// bounds and the groups' bounds (-1 when a group did not take part), or ok false.
func dateMatch(p *pattern, s string, from int) (m [6]int, ok bool) {
	st := &dateState{s: s}
	end := -1
	accept := func(e int) bool { end = e; return true }
	for i := from; i < len(s); i++ {
		if !p.first.has(s[i]) {
			continue
		}
		st.caps = [4]int{-1, -1, -1, -1}
		if p.root.match(st, i, accept) {
			return [6]int{i, end, st.caps[0], st.caps[1], st.caps[2], st.caps[3]}, true
		}
	}
	return m, false
}

// dateMatchAll is every successive, non-overlapping match of p in s (the grammar
// matches nothing empty).
func dateMatchAll(p *pattern, s string) [][6]int {
	var out [][6]int
	for from := 0; from < len(s); {
		m, ok := dateMatch(p, s, from)
		if !ok {
			break
		}
		out = append(out, m)
		from = m[1]
	}
	return out
}

// digitRuns is every run of ASCII digits in s, in order.
func digitRuns(s string) []string {
	var out []string
	for i := 0; i < len(s); {
		if !isDigitB(s[i]) {
			i++
			continue
		}
		j := i + 1
		for j < len(s) && isDigitB(s[j]) {
			j++
		}
		out = append(out, s[i:j])
		i = j
	}
	return out
}
