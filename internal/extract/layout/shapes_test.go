package layout

import (
	"math/rand"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/resumecheck/resumecheck/internal/corpustest"
)

// The regular expressions shapes.go replaced: the reference its matchers must agree with.
var (
	refLabelLine    = regexp.MustCompile(`^[\p{Lu}][\p{L}\d /&+.#-]{0,30}:\s`)
	refPhone        = regexp.MustCompile(`^\+?[\d\s().\-–/+]{7,}\d(\s*\((?i:cell|mobile|home|work|m|c)\))?$`)
	refContactLabel = regexp.MustCompile(`(?i)^(e-?mail|mail|mailto|mailaddress|xtwitter|tel|phone|mobile|cell|ph|homepage|home|website|web|site|url|github|gitlab|linkedin|twitter|x|portfolio|blog|address|location|facebook|fb|youtube|quora|stackoverflow|medium)\s*:\s*/*\s*`)
	refRoleLabel    = regexp.MustCompile(`(?i)^(date|dates|period|location|place|company|employer|title|position|role)\s*:\s*`)
	refDuration     = regexp.MustCompile(`(?i)^\(?(less than )?\d+\+?\s*(years?|yrs?|months?|mos?)(,?\s*(and\s*)?\d+\s*(months?|mos?))?\)?$`)
	refURL          = regexp.MustCompile(`(?i)^(https?://\S+|www\.\S+|[a-z0-9\-]+(\.[a-z0-9\-]+)*\.(com|org|net|io|dev|me|co|ai|app|xyz|tech|info|page|site|sh|us|uk|de|in|fr|nl|ca|blog|codes|cc|tv|so|gg)(/\S*)?)$`)
)

// shapeDiff checks s and the pieces a header line is cut into (fields, "|" and "·"
// items, what follows ": ") and returns the first disagreement, or "".
func shapeDiff(s string) string {
	pieces := []string{s, strings.TrimSpace(s)}
	pieces = append(pieces, strings.Fields(s)...)
	pieces = append(pieces, strings.FieldsFunc(s, func(r rune) bool { return r == '|' || r == '·' || r == '•' || r == ',' })...)
	if i := strings.LastIndex(s, ": "); i >= 0 {
		pieces = append(pieces, s[i+2:], strings.TrimSpace(s[i+2:]))
	}
	for _, p := range pieces {
		if got, want := labelLinePrefix(p), refLabelLine.FindString(p); got != want {
			return "labelLinePrefix(" + strconvQuote(p) + ") = " + strconvQuote(got) + ", regexp " + strconvQuote(want)
		}
		if got, want := isPhone(p), refPhone.MatchString(p); got != want {
			return "isPhone(" + strconvQuote(p) + ") disagrees with the regexp"
		}
		if got, want := durationShape(p), refDuration.MatchString(p); got != want {
			return "durationShape(" + strconvQuote(p) + ") disagrees with the regexp"
		}
		if got, want := isURL(p), refURL.MatchString(p); got != want {
			return "isURL(" + strconvQuote(p) + ") disagrees with the regexp"
		}
		for _, l := range []struct {
			ref     *regexp.Regexp
			words   []string
			slashes bool
		}{{refContactLabel, contactLabels, true}, {refRoleLabel, roleLabels, false}} {
			var got []string
			if w, n, ok := labelAt(p, l.words, l.slashes); ok {
				got = []string{p[:n], w}
			}
			if want := l.ref.FindStringSubmatch(p); !slices.Equal(got, want) {
				return "labelAt(" + strconvQuote(p) + ") = " + strings.Join(got, "|") + ", regexp " + strings.Join(want, "|")
			}
		}
	}
	return ""
}

func strconvQuote(s string) string { return "`" + s + "`" }

// shapeSeeds are edge cases: folds, limits, invalid UTF-8, kinds of phone, hosts.
var shapeSeeds = []string{
	"", "Skills: Go, Rust", "S: x", "Skills:x", "É: a", "Ünd 2 /&+.#-: y", "A" + strings.Repeat("b", 30) + ": x",
	"A" + strings.Repeat("b", 31) + ": x", "a: b", "Tel:\tx", "Phone: +1 (555) 123-4567", "+1 555 123 4567",
	"555-1234", "5551234", "55512345", "+5551234", "(555) 123–4567 (cell)", "555 123 4567  (Mobile)",
	"555 123 4567(worK)", "555 123 4567 (work)x", "555 123 4567 ()", "555 123 4567 (m) (c)", "1234567 8",
	"++++++++1", "\xff5551234567", "http://x", "https://", "HTTPſ://a.b", "www.", "www.x y", "WWW.example.com",
	"example.com", "ex-ample.co.uk", "example.com/path x", "example.com/", "a.b.c.io/x/y", "ſite.ſite",
	"Kelvin.dev", "example..com", ".com", "example.com.", "example.comx", "github.com/someone", "x.gg\xff",
	"x.gg/\xff", "mailto:a@b.c", "localhost", "10.0.0.1", "ex_ample.com", "E-mail : x", "email:mailto://a@b.c",
	"mailto: x", "MAILTO:", "home page: x", "homepage:x", "LinKedIn: x", "ſite: x", "x:", "xtwitter :  // @a",
	"3 years", "(2 yrs 4 mos)", "less than 1 year", "LeSS than 1 month)", "less  than 1 year", "5+ years, and 2 months", "(2 yrs 4+mos)",
	"5+years,2mos", "1 year and", "1 year 2", "1 year, 2 years", "1 yearſ", "(1 mo", "1 month s", "((1 year)", "1 year))",
	"1 yr, and\t3 mo", "+1 year", "1 ye", "Dates: 2019", "dates : 2019", "Title:", "location:\tBerlin", "role-: x", "company name: x",
}

// TestShapesMatchRegexp: labelLinePrefix, isPhone and isURL answer what the regular
// expressions they replace answered, on edge cases, generated lines, every fixture
// line and, when ../shared is present, every line of the corpus's reference texts.
func TestShapesMatchRegexp(t *testing.T) {
	for _, s := range shapeSeeds {
		if d := shapeDiff(s); d != "" {
			t.Error(d)
		}
	}
	rng := rand.New(rand.NewSource(15))
	pieces := []string{"+", "1", "55", "(", ")", " ", "\t", "-", "–", ".", "/", "cell", "Work", "m", "C", "x",
		"http", "s", "ſ", "://", "www", "com", "io", "example", "K", "Skills", ":", ": ", "é", "É", "\xff", "_", "#",
		"e-mail", "Mailto", "linKedin", "date", "Dates", "role", "//", "place",
		"less than ", "LESS THAN ", "year", "Yrs", "months", "mo", "and", "5+", ", ", "ſ", "yearſ"}
	yes := 0
	for i := 0; i < 20000; i++ {
		s := corpustest.Pieces(rng, pieces, 12)
		if d := shapeDiff(s); d != "" {
			t.Error(d)
		}
		if refPhone.MatchString(s) || refURL.MatchString(s) || refLabelLine.MatchString(s) ||
			refContactLabel.MatchString(s) || refRoleLabel.MatchString(s) || refDuration.MatchString(s) {
			yes++
		}
	}
	if yes < 250 {
		t.Errorf("only %d of 20000 generated lines match a shape: the generator misses the grammar", yes)
	}
	corpustest.EachTextLine(t, func(file, line string) {
		if d := shapeDiff(line); d != "" {
			t.Errorf("%s: %s", file, d)
		}
	})
}

// FuzzShapesMatchRegexp: on any input the matchers agree with the regular expressions
// (go test -fuzz FuzzShapesMatchRegexp -fuzztime 30s).
func FuzzShapesMatchRegexp(f *testing.F) {
	for _, s := range shapeSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if d := shapeDiff(s); d != "" {
			t.Fatal(d)
		}
	})
}
