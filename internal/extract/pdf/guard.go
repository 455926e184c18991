package pdf

import (
	"bytes"
	"fmt"
	"strconv"
)

// The PDF library trusts the numbers in a file's cross-reference data: it sizes its
// object table by an xref subsection's first object number or an xref stream's /Size
// and /Index, a row buffer by /W, and a PNG-predictor buffer by /Columns. A damaged or
// hostile file that claims six billion objects makes it allocate hundreds of gigabytes,
// which ends the process with a fatal error that no recover can catch. It also follows
// /Prev links without remembering where it has been, so two sections that point at each
// other make it loop for ever. checkStructure reads those numbers first, with a small
// tokenizer of its own, and refuses the file before the library sees it.

// maxObjectNumber is the largest object number PDF readers must support (ISO 32000-1,
// annex C); no real file comes near it.
const maxObjectNumber = 8_388_607

// objectLimit bounds object numbers by the file's size too: every object costs bytes
// (a table entry alone is 20), so a 60 KB résumé cannot hold a million of them.
func objectLimit(size int) int64 {
	return min(int64(size)/4+1024, maxObjectNumber)
}

// Bounds of the other sizes the library allocates by: a row of an xref stream holds
// three numbers of at most 8 bytes each; a predictor row is an image or table row.
const (
	maxXrefFieldWidth = 8
	maxColumns        = 1 << 20
	maxXrefSections   = 1024
)

// structureError is a refusal by checkStructure.
type structureError struct{ why string }

func (e *structureError) Error() string { return e.why }

func refuse(format string, args ...any) error {
	return &structureError{why: fmt.Sprintf(format, args...)}
}

// checkStructure returns an error when data's cross-reference data holds numbers the
// library would allocate by beyond what the file could hold, or a /Prev loop.
func checkStructure(data []byte) error {
	limit := objectLimit(len(data))
	if err := checkNames(data, limit); err != nil {
		return err
	}
	if err := checkXrefTables(data, limit); err != nil {
		return err
	}
	if err := checkExtends(data); err != nil {
		return err
	}
	return checkPrevChain(data)
}

// checkNames looks at the value after every /Size, /Index, /N and /Columns in the file
// (names may be written with #xx escapes, values after comments). /W is checked on the
// xref streams only (checkPrevChain): fonts have /W arrays of glyph widths.
func checkNames(data []byte, limit int64) error {
	for i := 0; i < len(data); i++ {
		j := bytes.IndexByte(data[i:], '/')
		if j < 0 {
			return nil
		}
		i += j
		// Only names that start like the four (or with an escape) are read.
		if i+1 >= len(data) || !bytes.ContainsRune([]byte("SICN#"), rune(data[i+1])) {
			continue
		}
		l := &lexer{b: data, i: i}
		name, ok := l.name()
		if !ok {
			continue
		}
		switch name {
		case "Size":
			if n, ok := l.integer(); ok && n > limit {
				return refuse("its cross-reference stream claims %d objects", n)
			}
		case "N":
			// an object stream's count of objects: the library loops that many times
			if n, ok := l.integer(); ok && n > limit {
				return refuse("an object stream claims %d objects", n)
			}
		case "Columns":
			if n, ok := l.integer(); ok && n > maxColumns {
				return refuse("a stream claims rows of %d columns", n)
			}
		case "Index":
			ns := l.intArray()
			for k := 0; k+1 < len(ns); k += 2 {
				if ns[k] < 0 || ns[k+1] < 0 || ns[k] > limit || ns[k+1] > limit || ns[k]+ns[k+1] > limit {
					return refuse("its cross-reference stream claims objects %d to %d", ns[k], ns[k]+ns[k+1])
				}
			}
		}
		i = l.i - 1
	}
	return nil
}

// checkExtends refuses object streams whose /Extends links come back round: looking for
// an object that is in none of them, the library would follow the ring for ever.
func checkExtends(data []byte) error {
	next := map[int64]int64{}
	for off := 0; ; {
		j := bytes.Index(data[off:], []byte("obj"))
		if j < 0 {
			break
		}
		at := off + j
		off = at + 3
		num, ok := objectNumberBefore(data, at)
		if !ok {
			continue
		}
		l := &lexer{b: data, i: at + 3}
		if to, ok := l.dictRef("Extends"); ok {
			next[num] = to
		}
	}
	// Each chain is followed once: a link already known to end (done) is not walked
	// again, so a chain of 300,000 links costs 300,000 steps, not their square.
	done := map[int64]bool{}
	for start := range next {
		onPath := map[int64]bool{}
		at, ok := start, true
		for ; ok && !done[at]; at, ok = next[at] {
			if onPath[at] {
				return refuse("its object streams extend each other in a ring")
			}
			onPath[at] = true
		}
		for k := range onPath {
			done[k] = true
		}
	}
	return nil
}

// objectNumberBefore reads "12 0 " backwards from the "obj" keyword at i.
func objectNumberBefore(data []byte, i int) (int64, bool) {
	if i+3 < len(data) && !isSpace(data[i+3]) && !isDelim(data[i+3]) {
		return 0, false // "object", "objects"
	}
	digitsBack := func(end int) int {
		k := end
		for k > 0 && data[k-1] >= '0' && data[k-1] <= '9' && end-k < 11 {
			k--
		}
		return k
	}
	spacesBack := func(end int) int {
		k := end
		for k > 0 && isSpace(data[k-1]) {
			k--
		}
		return k
	}
	e := spacesBack(i)
	if e == i {
		return 0, false
	}
	g := digitsBack(e) // generation
	if g == e {
		return 0, false
	}
	e = spacesBack(g)
	if e == g {
		return 0, false
	}
	k := digitsBack(e)
	if k == e || k > 0 && !isSpace(data[k-1]) && !isDelim(data[k-1]) {
		return 0, false
	}
	n, err := strconv.ParseInt(string(data[k:e]), 10, 64)
	return n, err == nil
}

// checkXrefTables reads the subsection headers of every xref table in the file.
func checkXrefTables(data []byte, limit int64) error {
	for off := 0; ; {
		j := bytes.Index(data[off:], []byte("xref"))
		if j < 0 {
			return nil
		}
		at := off + j
		off = at + 4
		if bytes.HasSuffix(data[:at], []byte("start")) {
			continue // "startxref" is followed by an offset, not a table
		}
		l := &lexer{b: data, i: at + 4}
		for entries := int64(0); ; {
			start, ok1 := l.integer()
			count, ok2 := l.integer()
			if !ok1 || !ok2 {
				break
			}
			if start < 0 || count < 0 || start > limit || count > limit || start+count > limit {
				return refuse("its cross-reference table claims objects %d to %d", start, start+count)
			}
			// Skip the entries (offset, generation, f or n); a malformed one ends the
			// table, as it does for the library.
			for k := int64(0); k < count; k++ {
				if _, ok := l.integer(); !ok {
					break
				}
				if _, ok := l.integer(); !ok {
					break
				}
				if w := l.word(); w != "f" && w != "n" {
					break
				}
			}
			entries += count
			if entries > limit {
				return refuse("its cross-reference table lists more objects than the file could hold")
			}
		}
	}
}

// checkPrevChain follows the cross-reference sections from the last startxref through
// their /Prev links, as the library does, and refuses a chain that comes back to a
// section it has read.
func checkPrevChain(data []byte) error {
	tail := data[max(0, len(data)-100):]
	k := bytes.LastIndex(tail, []byte("startxref"))
	if k < 0 {
		return nil
	}
	l := &lexer{b: data, i: len(data) - len(tail) + k + len("startxref")}
	off, ok := l.integer()
	seen := map[int64]bool{}
	for hops := 0; ok; hops++ {
		if off < 0 || off >= int64(len(data)) {
			return nil // the library reports a bad offset itself
		}
		if seen[off] || hops > maxXrefSections {
			return refuse("its cross-reference sections point back at each other")
		}
		seen[off] = true
		var widths []int64
		off, ok, widths = prevOf(data, int(off))
		for _, n := range widths {
			if n < 0 || n > maxXrefFieldWidth {
				return refuse("its cross-reference stream claims fields of %d bytes", n)
			}
		}
	}
	return nil
}

// prevOf reads the cross-reference section at off (a table and its trailer, or an xref
// stream object) and returns its /Prev and, for a stream, its /W field widths.
func prevOf(data []byte, off int) (prev int64, ok bool, widths []int64) {
	l := &lexer{b: data, i: off}
	switch w := l.word(); {
	case w == "xref":
		for l.i < len(data) {
			if t := l.word(); t == "trailer" {
				prev, ok = l.dictInt("Prev")
				return prev, ok, nil
			} else if t == "" {
				return 0, false, nil
			}
		}
	case isNumber(w):
		if _, ok := l.integer(); !ok { // generation
			return 0, false, nil
		}
		if l.word() != "obj" {
			return 0, false, nil
		}
		at := l.i
		prev, ok = l.dictInt("Prev")
		l.i = at
		widths = l.dictIntArray("W")
		return prev, ok, widths
	}
	return 0, false, nil
}

// ---- a small PDF tokenizer ----

type lexer struct {
	b []byte
	i int
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0
}

func isDelim(c byte) bool {
	switch c {
	case '(', ')', '<', '>', '[', ']', '{', '}', '/', '%':
		return true
	}
	return false
}

func isNumber(s string) bool {
	_, err := strconv.ParseInt(s, 10, 64)
	return err == nil
}

// skip passes white space and comments.
func (l *lexer) skip() {
	for l.i < len(l.b) {
		switch c := l.b[l.i]; {
		case isSpace(c):
			l.i++
		case c == '%':
			for l.i < len(l.b) && l.b[l.i] != '\n' && l.b[l.i] != '\r' {
				l.i++
			}
		default:
			return
		}
	}
}

// word reads a run of regular characters ("xref", "12", "n"), or one delimiter token
// ("<<", ">>", "[", "]", "/Name" as "/Name"); "" at the end.
func (l *lexer) word() string {
	l.skip()
	if l.i >= len(l.b) {
		return ""
	}
	start := l.i
	switch c := l.b[l.i]; {
	case c == '/':
		n, _ := l.name()
		return "/" + n
	case (c == '<' || c == '>') && l.i+1 < len(l.b) && l.b[l.i+1] == c:
		l.i += 2
	case c == '(':
		l.literal()
	case c == '<':
		for l.i < len(l.b) && l.b[l.i] != '>' {
			l.i++
		}
		l.i++
	case isDelim(c):
		l.i++
	default:
		for l.i < len(l.b) && !isSpace(l.b[l.i]) && !isDelim(l.b[l.i]) {
			l.i++
		}
	}
	return string(l.b[start:min(l.i, len(l.b))])
}

// name reads "/Name" at l.i (after white space), decoding #xx escapes.
func (l *lexer) name() (string, bool) {
	l.skip()
	if l.i >= len(l.b) || l.b[l.i] != '/' {
		return "", false
	}
	l.i++
	var out []byte
	for l.i < len(l.b) && !isSpace(l.b[l.i]) && !isDelim(l.b[l.i]) {
		c := l.b[l.i]
		if c == '#' && l.i+2 < len(l.b) {
			if v, err := strconv.ParseUint(string(l.b[l.i+1:l.i+3]), 16, 8); err == nil {
				out = append(out, byte(v))
				l.i += 3
				continue
			}
		}
		out = append(out, c)
		l.i++
	}
	return string(out), true
}

// literal passes a (string) with nested parentheses and backslash escapes.
func (l *lexer) literal() {
	depth := 0
	for l.i < len(l.b) {
		switch l.b[l.i] {
		case '\\':
			l.i++
		case '(':
			depth++
		case ')':
			depth--
			if depth == 0 {
				l.i++
				return
			}
		}
		l.i++
	}
}

// integer reads an integer token; a token that is not one is left unread.
func (l *lexer) integer() (int64, bool) {
	// Only a token that starts like a number is read: a string after /N, say, is not
	// scanned (a million unterminated "/N(" made that quadratic).
	l.skip()
	if l.i >= len(l.b) || !(l.b[l.i] >= '0' && l.b[l.i] <= '9' || l.b[l.i] == '+' || l.b[l.i] == '-') {
		return 0, false
	}
	save := l.i
	w := l.word()
	n, err := strconv.ParseInt(w, 10, 64)
	if err != nil {
		if len(w) > 0 && (w[0] >= '0' && w[0] <= '9' || w[0] == '+' || w[0] == '-') && allDigits(w) {
			return 1 << 62, true // too long for int64: larger than any limit
		}
		l.i = save
		return 0, false
	}
	return n, true
}

func allDigits(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; (c < '0' || c > '9') && !(i == 0 && (c == '+' || c == '-')) {
			return false
		}
	}
	return true
}

// intArray reads "[ 1 2 3 ]" and returns its integers (it stops at anything else).
func (l *lexer) intArray() []int64 {
	save := l.i
	if l.word() != "[" {
		l.i = save
		return nil
	}
	var out []int64
	for len(out) < 1<<16 {
		n, ok := l.integer()
		if !ok {
			break
		}
		out = append(out, n)
	}
	return out
}

// dictInt reads the dictionary at l.i and returns the direct integer under key at its
// top level.
func (l *lexer) dictInt(key string) (n int64, ok bool) {
	l.dictValue(key, func() {
		if n, ok = l.integer(); ok {
			// "12 0 R" is a reference, which the library does not follow for /Prev.
			if _, ok2 := l.integer(); ok2 && l.word() == "R" {
				n, ok = 0, false
			}
		}
	})
	return n, ok
}

// dictIntArray returns the integers of the array under key at the top level of the
// dictionary at l.i.
func (l *lexer) dictIntArray(key string) (ns []int64) {
	l.dictValue(key, func() { ns = l.intArray() })
	return ns
}

// dictRef returns the object number of the reference ("12 0 R") under key at the top
// level of the dictionary at l.i.
func (l *lexer) dictRef(key string) (num int64, ok bool) {
	l.dictValue(key, func() {
		n, ok1 := l.integer()
		_, ok2 := l.integer()
		if ok1 && ok2 && l.word() == "R" {
			num, ok = n, true
		}
	})
	return num, ok
}

// dictValue reads the dictionary at l.i and calls read at each value of key at its
// top level.
func (l *lexer) dictValue(key string, read func()) {
	if l.word() != "<<" {
		return
	}
	for depth := 1; depth > 0 && l.i < len(l.b); {
		switch w := l.word(); {
		case w == "":
			return
		case w == "<<":
			depth++
		case w == ">>":
			depth--
		case depth == 1 && w == "/"+key:
			read() // a key written twice: the last one counts, as in the library's map
		}
	}
}
