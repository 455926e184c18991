package pdf

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf16"
)

// Our own content-stream tokenizer. The walker used to run on the library's
// (lpdf.Interpret), which decoded every stream a second time after admit had read it
// through the limits, and whose byte-at-a-time buffer and interface-typed tokens were
// half the extraction time of some files. This one reads the bytes admit already
// decoded. It reads what the library's reads, the same way, errors included, so
// that a page reads the same: an error in an operand discards that operand and reading
// goes on after it; an error between operands ends the page's content (the walker
// reports the page as partly readable); PostScript's dict, begin, end, def, pop and
// currentdict keep their meaning, as they do for the library.

// operand is one operand of a content-stream operator.
type operand struct {
	num  float64 // opInt, opReal
	str  string  // opString (bytes as written, escapes resolved), opName (without the slash)
	arr  []operand
	dict map[string]operand
	kind opKind
	b    bool
}

type opKind uint8

const (
	opNull opKind = iota
	opBool
	opInt
	opReal
	opString
	opName
	opArray
	opDict
)

// float is the operand as a number: 0 unless it is one.
func (o operand) float() float64 {
	if o.kind == opInt || o.kind == opReal {
		return o.num
	}
	return 0
}

// int64 is an integer operand's value, 0 for any other operand (as the library's Int64).
func (o operand) int64() int64 {
	if o.kind == opInt {
		return int64(o.num)
	}
	return 0
}

// name is the operand's name, or "".
func (o operand) name() string {
	if o.kind == opName {
		return o.str
	}
	return ""
}

// raw is the operand's string bytes, or "".
func (o operand) raw() string {
	if o.kind == opString {
		return o.str
	}
	return ""
}

// key is the value of a dictionary operand under k (opNull when absent).
func (o operand) key(k string) operand {
	if o.kind != opDict {
		return operand{}
	}
	return o.dict[k]
}

// text is a string operand read as a PDF text string (PDFDocEncoding, or UTF-16BE
// after a byte order mark).
func (o operand) text() string {
	if o.kind != opString {
		return ""
	}
	return textString(o.str)
}

func textString(s string) string {
	utf16BOM := len(s) >= 2 && s[0] == 0xfe && s[1] == 0xff && len(s)%2 == 0
	if !utf16BOM {
		doc := true
		for i := 0; i < len(s) && doc; i++ {
			doc = pdfDocRune(s[i]) >= 0
		}
		if doc {
			ascii := true
			for i := 0; i < len(s) && ascii; i++ {
				ascii = s[i] < 0x80 && pdfDocRune(s[i]) == rune(s[i])
			}
			if ascii {
				return s
			}
			r := make([]rune, len(s))
			for i := 0; i < len(s); i++ {
				r[i] = pdfDocRune(s[i])
			}
			return string(r)
		}
		return s
	}
	u := make([]uint16, 0, len(s)/2-1)
	for i := 2; i+1 < len(s); i += 2 {
		u = append(u, uint16(s[i])<<8|uint16(s[i+1]))
	}
	return string(utf16.Decode(u))
}

// pdfDocHigh holds PDFDocEncoding's characters at 0x18-0x1F and 0x80-0x9E (PDF 32000-1,
// Annex D); -1 is a code with no character.
var (
	pdfDocLow  = []rune("˘ˇˆ˙˝˛˚˜")
	pdfDocHigh = []rune("•†‡…—–ƒ⁄‹›−‰„“”‘’‚™ﬁﬂŁŒŠŸŽıłœšž")
)

// pdfDocRune is the character of byte c in PDFDocEncoding, or -1.
func pdfDocRune(c byte) rune {
	switch {
	case c == '\t' || c == '\n' || c == '\r':
		return rune(c)
	case c < 0x18:
		return -1
	case c < 0x20:
		return pdfDocLow[c-0x18]
	case c < 0x7f:
		return rune(c)
	case c == 0x7f || c == 0x9f || c == 0xad:
		return -1
	case c < 0x9f:
		return pdfDocHigh[c-0x80]
	case c == 0xa0:
		return '€'
	}
	return rune(c)
}

// contentError is an error in the syntax of a content stream.
type contentError struct{ err error }

// contentLexer reads tokens from decoded content.
type contentLexer struct {
	data   []byte
	pos    int
	eof    bool
	depth  int
	unread []contentToken
	tmp    []byte
	// elems holds the elements of the arrays being read, innermost last: an array is
	// copied out at its end at its exact size (a TJ array of a TeX page has hundreds of
	// kerns and strings, which growing element by element copied over and over).
	elems []operand
}

// contentToken is one token: an operand or a keyword (an operator or a delimiter).
type contentToken struct {
	kw  string // a keyword ("" for an operand)
	op  operand
	end bool // the end of the content
}

func (l *contentLexer) fail(format string, args ...any) {
	panic(contentError{fmt.Errorf(format, args...)})
}

// readByte returns the next byte; past the end, a newline (and eof set).
func (l *contentLexer) readByte() byte {
	if l.pos >= len(l.data) {
		l.eof = true
		return '\n'
	}
	c := l.data[l.pos]
	l.pos++
	return c
}

func (l *contentLexer) unreadByte() {
	if l.pos > 0 && !l.eof {
		l.pos--
	}
}

func (l *contentLexer) next() contentToken {
	if n := len(l.unread); n > 0 {
		t := l.unread[n-1]
		l.unread = l.unread[:n-1]
		return t
	}
	c := l.readByte()
	for {
		if isSpace(c) {
			if l.eof {
				return contentToken{end: true}
			}
			c = l.readByte()
		} else if c == '%' {
			for c != '\r' && c != '\n' {
				c = l.readByte()
			}
		} else {
			break
		}
	}
	switch c {
	case '<':
		if l.readByte() == '<' {
			return contentToken{kw: "<<"}
		}
		l.unreadByte()
		return l.hexString()
	case '(':
		return l.literalString()
	case '[', ']', '{', '}':
		return contentToken{kw: string(c)}
	case '/':
		return l.name()
	case '>':
		if l.readByte() == '>' {
			return contentToken{kw: ">>"}
		}
		l.unreadByte()
	}
	if isDelim(c) {
		l.fail("unexpected delimiter %#q", rune(c))
	}
	l.unreadByte()
	return l.keyword()
}

func (l *contentLexer) hexString() contentToken {
	tmp := l.tmp[:0]
	for {
		c := l.readByte()
		for isSpace(c) && !l.eof {
			c = l.readByte()
		}
		if c == '>' || l.eof {
			// The library reads an unterminated hex string forever; it ends here.
			break
		}
		c2 := l.readByte()
		for isSpace(c2) && !l.eof {
			c2 = l.readByte()
		}
		x := unhex(c)<<4 | unhex(c2)
		if x < 0 {
			l.fail("malformed hex string %c %c", c, c2)
		}
		tmp = append(tmp, byte(x))
	}
	l.tmp = tmp
	return contentToken{op: operand{kind: opString, str: string(tmp)}}
}

func unhex(b byte) int {
	switch {
	case '0' <= b && b <= '9':
		return int(b) - '0'
	case 'a' <= b && b <= 'f':
		return int(b) - 'a' + 10
	case 'A' <= b && b <= 'F':
		return int(b) - 'A' + 10
	}
	return -1
}

func (l *contentLexer) literalString() contentToken {
	tmp := l.tmp[:0]
	depth := 1
loop:
	for !l.eof {
		c := l.readByte()
		switch c {
		default:
			tmp = append(tmp, c)
		case '(':
			depth++
			tmp = append(tmp, c)
		case ')':
			if depth--; depth == 0 {
				break loop
			}
			tmp = append(tmp, c)
		case '\\':
			switch c = l.readByte(); c {
			default:
				l.fail("invalid escape sequence \\%c", c)
			case 'n':
				tmp = append(tmp, '\n')
			case 'r':
				tmp = append(tmp, '\r')
			case 'b':
				tmp = append(tmp, '\b')
			case 't':
				tmp = append(tmp, '\t')
			case 'f':
				tmp = append(tmp, '\f')
			case '(', ')', '\\':
				tmp = append(tmp, c)
			case '\r':
				if l.readByte() != '\n' {
					l.unreadByte()
				}
			case '\n':
			case '0', '1', '2', '3', '4', '5', '6', '7':
				x := int(c - '0')
				for i := 0; i < 2; i++ {
					c = l.readByte()
					if c < '0' || c > '7' {
						l.unreadByte()
						break
					}
					x = x*8 + int(c-'0')
				}
				if x > 255 {
					l.fail("invalid octal escape \\%03o", x)
				}
				tmp = append(tmp, byte(x))
			}
		}
	}
	l.tmp = tmp
	return contentToken{op: operand{kind: opString, str: string(tmp)}}
}

func (l *contentLexer) name() contentToken {
	tmp := l.tmp[:0]
	for {
		c := l.readByte()
		if isDelim(c) || isSpace(c) {
			l.unreadByte()
			break
		}
		if c == '#' {
			x := unhex(l.readByte())<<4 | unhex(l.readByte())
			if x < 0 {
				l.fail("malformed name")
			}
			tmp = append(tmp, byte(x))
			continue
		}
		tmp = append(tmp, c)
	}
	l.tmp = tmp
	return contentToken{op: operand{kind: opName, str: string(tmp)}}
}

func (l *contentLexer) keyword() contentToken {
	start := l.pos
	for {
		c := l.readByte()
		if isDelim(c) || isSpace(c) {
			l.unreadByte()
			break
		}
	}
	b := l.data[start:min(l.pos, len(l.data))]
	if op, ok := operators[string(b)]; ok {
		return contentToken{kw: op}
	}
	if x, ok := fastNumber(b); ok {
		return contentToken{op: x}
	}
	switch s := string(b); {
	case s == "true" || s == "false":
		return contentToken{op: operand{kind: opBool, b: s == "true"}}
	case isInteger(b):
		x, err := strconv.ParseInt(s, 10, 64)
		if err != nil {
			l.fail("invalid integer %s", s)
		}
		return contentToken{op: operand{kind: opInt, num: float64(x)}}
	case isReal(b):
		x, err := strconv.ParseFloat(s, 64)
		if err != nil {
			l.fail("invalid real %s", s)
		}
		return contentToken{op: operand{kind: opReal, num: x}}
	default:
		return contentToken{kw: s}
	}
}

// operators are the content-stream operators (PDF 32000-1, Annex A), so that reading
// one takes no allocation.
var operators = func() map[string]string {
	m := map[string]string{}
	for _, op := range strings.Fields(`b B b* B* BDC BI BMC BT BX c cm CS cs d d0 d1 Do DP EI
		EMC ET EX f F f* G g gs h i ID j J K k l m M MP n q Q re RG rg ri s S SC sc SCN scn
		sh T* Tc Td TD Tf Tj TJ TL Tm Tr Ts Tw Tz v w W W* y ' "`) {
		m[op] = op
	}
	return m
}()

// exactPow10 are the powers of ten a float64 holds exactly.
var exactPow10 = [...]float64{1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15}

// fastNumber reads the integers and reals of content streams, which have a few digits,
// without strconv's allocation: with at most 15 digits the digits are exact in a
// float64 and so is the power of ten, and IEEE division rounds their quotient
// correctly, which is what strconv.ParseFloat returns (an integer converts exactly, as
// ParseInt's value did). ok is false for anything else (the slow path decides).
func fastNumber(b []byte) (o operand, ok bool) {
	neg := false
	if len(b) > 0 && (b[0] == '+' || b[0] == '-') {
		neg = b[0] == '-'
		b = b[1:]
	}
	var mant int64
	digits, frac, dots := 0, 0, 0
	for _, c := range b {
		switch {
		case c == '.':
			dots++
		case '0' <= c && c <= '9':
			mant = mant*10 + int64(c-'0')
			digits++
			if dots > 0 {
				frac++
			}
		default:
			return operand{}, false
		}
	}
	if digits == 0 || digits > 15 || dots > 1 {
		return operand{}, false
	}
	if dots == 0 {
		if neg {
			mant = -mant
		}
		return operand{kind: opInt, num: float64(mant)}, true
	}
	x := float64(mant) / exactPow10[frac]
	if neg {
		x = -x
	}
	return operand{kind: opReal, num: x}, true
}

func isInteger(s []byte) bool {
	if len(s) > 0 && (s[0] == '+' || s[0] == '-') {
		s = s[1:]
	}
	if len(s) == 0 {
		return false
	}
	for _, c := range s {
		if c < '0' || '9' < c {
			return false
		}
	}
	return true
}

func isReal(s []byte) bool {
	if len(s) > 0 && (s[0] == '+' || s[0] == '-') {
		s = s[1:]
	}
	if len(s) == 0 {
		return false
	}
	dots := 0
	for _, c := range s {
		if c == '.' {
			dots++
		} else if c < '0' || '9' < c {
			return false
		}
	}
	return dots == 1
}

// maxOperandDepth bounds arrays and dictionaries nested in one operand.
const maxOperandDepth = 1000

// object reads one operand; a keyword where an operand must be is an error.
func (l *contentLexer) object() operand {
	l.depth++
	defer func() { l.depth-- }()
	if l.depth > maxOperandDepth {
		l.fail("object nesting exceeds maximum depth %d", maxOperandDepth)
	}
	t := l.next()
	if t.end {
		return operand{}
	}
	switch t.kw {
	case "":
		return t.op
	case "null", ">>", "]":
		return operand{}
	case "<<":
		d := make(map[string]operand)
		for {
			t := l.next()
			if t.end || t.kw == ">>" {
				return operand{kind: opDict, dict: d}
			}
			if t.kw != "" || t.op.kind != opName {
				l.fail("unexpected non-name key parsing dictionary")
			}
			d[t.op.str] = l.object()
		}
	case "[":
		start := len(l.elems)
		for {
			t := l.next()
			if t.end || t.kw == "]" {
				var a []operand
				if len(l.elems) > start {
					a = make([]operand, len(l.elems)-start)
					copy(a, l.elems[start:])
				}
				clear(l.elems[start:])
				l.elems = l.elems[:start]
				return operand{kind: opArray, arr: a}
			}
			l.unread = append(l.unread, t)
			o := l.object()
			l.elems = append(l.elems, o)
		}
	}
	l.fail("unexpected keyword %q parsing object", t.kw)
	return operand{}
}

// objectOrNothing is object, false when the operand was malformed (it is dropped and
// reading goes on where the error left the contentLexer).
func (l *contentLexer) objectOrNothing() (o operand, ok bool) {
	defer func() {
		if r := recover(); r != nil {
			if _, syntax := r.(contentError); !syntax {
				panic(r)
			}
			l.depth = 0
			clear(l.elems)
			l.elems = l.elems[:0]
			o, ok = operand{}, false
		}
	}()
	return l.object(), true
}

// interpret runs do for every operator of data with the operands before it on stk
// (do may pop them). A syntax error between operands panics with a contentError.
func interpret(data []byte, do func(stk *[]operand, op string)) {
	l := &contentLexer{data: data}
	var stk []operand
	var dicts []map[string]operand
	pop := func() operand {
		n := len(stk)
		if n == 0 {
			return operand{}
		}
		o := stk[n-1]
		stk = stk[:n-1]
		return o
	}
reading:
	for {
		t := l.next()
		if t.end {
			return
		}
		switch t.kw {
		case "", "null", "[", "]", "<<", ">>":
		case "dict":
			pop()
			stk = append(stk, operand{kind: opDict, dict: make(map[string]operand)})
			continue
		case "currentdict":
			if len(dicts) == 0 {
				panic(contentError{fmt.Errorf("no current dictionary")})
			}
			stk = append(stk, operand{kind: opDict, dict: dicts[len(dicts)-1]})
			continue
		case "begin":
			d := pop()
			if d.kind != opDict {
				panic(contentError{fmt.Errorf("cannot begin non-dict")})
			}
			dicts = append(dicts, d.dict)
			continue
		case "end":
			if len(dicts) == 0 {
				panic(contentError{fmt.Errorf("mismatched begin/end")})
			}
			dicts = dicts[:len(dicts)-1]
			continue
		case "def":
			val := pop()
			if len(dicts) == 0 {
				continue
			}
			key := pop()
			if key.kind != opName {
				continue
			}
			dicts[len(dicts)-1][key.str] = val
			continue
		case "pop":
			pop()
			continue
		default:
			for i := len(dicts) - 1; i >= 0; i-- {
				if v, ok := dicts[i][t.kw]; ok {
					stk = append(stk, v)
					continue reading
				}
			}
			do(&stk, t.kw)
			continue
		}
		l.unread = append(l.unread, t)
		if o, ok := l.objectOrNothing(); ok {
			stk = append(stk, o)
		}
	}
}
