package pdf

import (
	"bytes"
	"fmt"
	"math"
	"math/rand"
	"strconv"
	"strings"
	"testing"

	lpdf "github.com/ledongthuc/pdf"
)

// libraryOps runs the library's tokenizer (lpdf.Interpret) over content in a one-page
// PDF and lists each operator with its operands, then the error that stopped it, if any.
func libraryOps(t *testing.T, content string) (ops []string, failed bool) {
	t.Helper()
	data := buildPDF(
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
		"stream:<< >>\n"+content,
	)
	r, err := lpdf.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	strm := r.Page(1).V.Key("Contents")
	defer func() {
		if recover() != nil {
			failed = true
		}
	}()
	lpdf.Interpret(strm, func(stk *lpdf.Stack, op string) {
		args := make([]string, stk.Len())
		for i := len(args) - 1; i >= 0; i-- {
			args[i] = libraryValue(stk.Pop())
		}
		ops = append(ops, op+"("+strings.Join(args, " ")+")")
	})
	return ops, false
}

func libraryValue(v lpdf.Value) string {
	switch v.Kind() {
	case lpdf.Bool:
		return fmt.Sprint(v.Bool())
	case lpdf.Integer, lpdf.Real:
		return fmt.Sprintf("%g", v.Float64())
	case lpdf.String:
		return fmt.Sprintf("%q=%q", v.RawString(), v.Text())
	case lpdf.Name:
		return "/" + v.Name()
	case lpdf.Array:
		var parts []string
		for i := 0; i < v.Len(); i++ {
			parts = append(parts, libraryValue(v.Index(i)))
		}
		return "[" + strings.Join(parts, " ") + "]"
	case lpdf.Dict:
		var parts []string
		for _, k := range v.Keys() {
			parts = append(parts, "/"+k+" "+libraryValue(v.Key(k)))
		}
		return "<<" + strings.Join(parts, " ") + ">>"
	}
	return "null"
}

// ourOps is libraryOps with our tokenizer.
func ourOps(content string) (ops []string, failed bool) {
	defer func() {
		if r := recover(); r != nil {
			if _, ok := r.(contentError); !ok {
				panic(r)
			}
			failed = true
		}
	}()
	interpret([]byte(content), func(stk *[]operand, op string) {
		args := make([]string, len(*stk))
		for i, o := range *stk {
			args[i] = ourValue(o)
		}
		*stk = (*stk)[:0]
		ops = append(ops, op+"("+strings.Join(args, " ")+")")
	})
	return ops, false
}

func ourValue(o operand) string {
	switch o.kind {
	case opBool:
		return fmt.Sprint(o.b)
	case opInt, opReal:
		return fmt.Sprintf("%g", o.float())
	case opString:
		return fmt.Sprintf("%q=%q", o.raw(), o.text())
	case opName:
		return "/" + o.name()
	case opArray:
		var parts []string
		for _, x := range o.arr {
			parts = append(parts, ourValue(x))
		}
		return "[" + strings.Join(parts, " ") + "]"
	case opDict:
		keys := make([]string, 0, len(o.dict))
		for k := range o.dict {
			keys = append(keys, k)
		}
		sortStrings(keys)
		var parts []string
		for _, k := range keys {
			parts = append(parts, "/"+k+" "+ourValue(o.dict[k]))
		}
		return "<<" + strings.Join(parts, " ") + ">>"
	}
	return "null"
}

func sortStrings(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

// Our tokenizer reads content as the library's does: the same operators with the same
// operands, and an error where it stops, on written cases and on random mixtures of
// tokens and bytes (the binary data of inline images, which both read as tokens).
func TestContentTokenizerAsLibrary(t *testing.T) {
	cases := []string{
		"BT /F1 10 Tf 72 700 Td (hello) Tj ET",
		"[(A) -120 (B) 3.5 (C)] TJ 0 -12 TD (x) ' 1 2 (y) \"",
		"/Span << /ActualText (\\376\\377\\000e\\000m) /MCID 3 >> BDC (e) Tj EMC",
		"/Span << /ActualText (caf\\351 \\225 \\237) >> BDC EMC /P /MC0 BDC EMC",
		"(a\\(b\\)c \\n\\r\\t\\b\\f \\\\ \\101\\7\\0123 x\\\ny) Tj (nested (paren) ok) Tj",
		"<48 65 6c6c 6F> Tj <4> Tj",
		"/Name#20with#2Fhex Do /A/B/C 1 2 re",
		"% a comment\n1 0 0 1 0 0 cm % another\rq Q",
		"null true false 1.2.3 -.5 +5 5. - + . x",
		"<< /A >> << /A /B >> [1 [2 [3]] <<>>] op",
		"/d 1 dict begin /x 42 def x currentdict end pop pop",
		"[1 2 Tj 3] TJ",
		"<< 1 2 >> op after",
		"(unterminated",
		"[1 2",
		"<< /K",
		") after",
		"> after",
		"(bad escape \\q) Tj after",
		"99999999999999999999 Tz",
		"end",
		"begin",
		"currentdict",
		"/x#zz Tj",
		"BT\n/F1 1 Tf\nET",
		"",
	}
	// Every byte in a text string: PDFDocEncoding, byte by byte.
	for b := 0; b < 256; b++ {
		cases = append(cases, fmt.Sprintf("(a\\%03o) Tj", b))
	}
	rng := rand.New(rand.NewSource(15))
	pieces := []string{"BT", "ET", "Tj", "TJ", " ", "\n", "(", ")", "<", ">", "<<", ">>", "[", "]", "{", "}",
		"/N", "1", "-2.5", ".", "\\", "%", "#", "null", "def", "begin", "end", "pop", "dict", "BI", "ID", "EI"}
	for i := 0; i < 400; i++ {
		var sb strings.Builder
		for j := rng.Intn(30); j > 0; j-- {
			if rng.Intn(3) == 0 {
				sb.WriteByte(byte(rng.Intn(256)))
			} else {
				sb.WriteString(pieces[rng.Intn(len(pieces))])
			}
		}
		// The library reads a hex string left open at the end forever: close it.
		sb.WriteString(">")
		cases = append(cases, sb.String())
	}
	for _, c := range cases {
		want, wantFailed := libraryOps(t, c)
		got, gotFailed := ourOps(c)
		if strings.Join(got, "\n") != strings.Join(want, "\n") || gotFailed != wantFailed {
			t.Errorf("%q:\nours    %q (stopped: %v)\nlibrary %q (stopped: %v)", c, got, gotFailed, want, wantFailed)
		}
	}
}

// A hex string left open at the end of the content ends there (the library never
// returns from it).
func TestContentOpenHexStringEnds(t *testing.T) {
	ops, failed := ourOps("(a) Tj <4142")
	if failed || len(ops) != 1 {
		t.Errorf("ops %q, stopped %v", ops, failed)
	}
}

// TestFastNumber holds the allocation-free number reader to strconv, which the
// tokenizer used for every number before: the same kind and the same bits (negative
// zero included) for short numbers, and no answer where strconv must decide.
func TestFastNumber(t *testing.T) {
	rng := rand.New(rand.NewSource(15))
	cases := []string{"0", "-0", "+0", "0.0", "-0.0", "-.0", ".5", "5.", "-5.", "+.25", "123456789012345",
		"1234567890123456", "0.000000000000001", "999999999999999.", "-7.5e3", ".", "-", "+", "1.2.3", "--1", "1-", ""}
	const chars = "0123456789.-+"
	for i := 0; i < 200000; i++ {
		b := make([]byte, 1+rng.Intn(18))
		for k := range b {
			if rng.Intn(4) == 0 {
				b[k] = chars[rng.Intn(len(chars))]
			} else {
				b[k] = chars[rng.Intn(10)]
			}
		}
		cases = append(cases, string(b))
	}
	answered := 0
	for _, s := range cases {
		o, ok := fastNumber([]byte(s))
		if !ok {
			if isInteger([]byte(s)) && len(strings.TrimLeft(s, "+-")) <= 15 || isReal([]byte(s)) && len(strings.TrimLeft(s, "+-")) <= 16 && strings.ContainsAny(s, "0123456789") {
				t.Errorf("%q: no fast answer for a short number", s)
			}
			continue
		}
		answered++
		switch {
		case isInteger([]byte(s)):
			x, err := strconv.ParseInt(s, 10, 64)
			if err != nil || o.kind != opInt || math.Float64bits(o.num) != math.Float64bits(float64(x)) {
				t.Errorf("%q: fast %v %v, strconv %v %v", s, o.kind, o.num, x, err)
			}
		case isReal([]byte(s)):
			x, err := strconv.ParseFloat(s, 64)
			if err != nil || o.kind != opReal || math.Float64bits(o.num) != math.Float64bits(x) {
				t.Errorf("%q: fast %v %v, strconv %v %v", s, o.kind, o.num, x, err)
			}
		default:
			t.Errorf("%q: fast answer %v for what is not a number", s, o.num)
		}
	}
	if answered < 50000 {
		t.Errorf("only %d of %d strings answered fast", answered, len(cases))
	}
}
