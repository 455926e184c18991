package resume

import (
	"fmt"
	"math/rand"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/resumecheck/resumecheck/internal/corpustest"
)

// The date grammar as the regular expressions it was written as before it was matched
// by hand (dategrammar.go); they are the reference the matchers must agree with.
const (
	refMonth  = `(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?`
	refYear   = `(?:19[5-9]\d|20\d\d)`
	refApos   = `['’‘]\d\d`
	refSeason = `(?:spring|summer|fall|autumn|winter)`
	refStrict = `(?:` +
		refMonth + `\s*\d{1,2}(?:st|nd|rd|th)?,?\s+` + refYear + `\b` +
		`|` + refMonth + `\s*,?\s*(?:` + refYear + `\b|` + refApos + `\b)` +
		`|` + refYear + `\s+` + refMonth +
		`|` + refSeason + `\s*,?\s*(?:` + refYear + `|` + refApos + `)\b` +
		`|q[1-4]\s*,?\s*` + refYear + `\b` +
		`|\d{1,2}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*` + refYear + `\b` +
		`|\d{1,2}\s*[/.\-]\s*` + refYear + `\b` +
		`|` + refYear + `[/.\-]\d{1,2}\b` +
		`|` + refYear + `\b` +
		`)`
	refLoose = `(?:` + refStrict +
		`|` + refMonth + `\s*\d\d\b` +
		`|\d{1,2}/\d\d\b` +
		`|` + refApos + `\b` +
		`)`
	refSep     = `\s*(?:-{1,2}|–|—|‒|―|‑|‐|−|\x{00AD}|~|→|\bto\b|\buntil\b|\btill\b|\bthrough\b|\bthru\b)\s*`
	refCurrent = `(?:present|current(?:ly)?|now|ongoing|today|to\s+date|till\s+date|date)\b`
)

var (
	refRange  = regexp.MustCompile(`(?i)(?:\bfrom\s+)?(` + refLoose + `)` + refSep + `(?:exp(?:ected)?\.?\s*)?(` + refCurrent + `|` + refLoose + `)`)
	refSince  = regexp.MustCompile(`(?i)\b(since|from|starting)\s+(` + refStrict + `)`)
	refSingle = regexp.MustCompile(`(?i)` + refStrict)
	refOpen   = regexp.MustCompile(`(?i)^(` + refStrict + `)` + refSep + `$`)
	refDigits = regexp.MustCompile(`\d+`)
)

// grammarDiff returns how the hand matchers and the reference expressions disagree on
// s, or "".
func grammarDiff(s string) string {
	all := func(p *pattern, groups int) [][]int {
		var out [][]int
		for _, m := range dateMatchAll(p, s) {
			out = append(out, append([]int(nil), m[:2+2*groups]...))
		}
		return out
	}
	one := func(p *pattern, groups int) []int {
		if m, ok := dateMatch(p, s, 0); ok {
			return append([]int(nil), m[:2+2*groups]...)
		}
		return nil
	}
	var diffs []string
	check := func(name string, got, want any) {
		if !reflect.DeepEqual(got, want) {
			diffs = append(diffs, fmt.Sprintf("%s: got %v, regexp %v", name, got, want))
		}
	}
	check("range", all(datePatterns().rangeDate, 2), refRange.FindAllStringSubmatchIndex(s, -1))
	check("since", one(datePatterns().sinceDate, 2), refSince.FindStringSubmatchIndex(s))
	check("single", all(datePatterns().singleDate, 0), refSingle.FindAllStringIndex(s, -1))
	check("open", one(datePatterns().openDate, 1), refOpen.FindStringSubmatchIndex(s))
	check("digits", digitRuns(s), refDigits.FindAllString(s, -1))
	return strings.Join(diffs, "; ")
}

// TestDateGrammarMatchesRegexp: the hand matchers find exactly what the regular
// expressions they replace found (every match, its offsets and its groups) on
// generated lines, on every line of the fixtures and, when ../shared is present, on
// every line of the corpus's reference texts.
func TestDateGrammarMatchesRegexp(t *testing.T) {
	for _, s := range dateGrammarSeeds {
		if d := grammarDiff(s); d != "" {
			t.Errorf("%q: %s", s, d)
		}
	}
	rng := rand.New(rand.NewSource(15))
	found := 0
	for i := 0; i < 10000; i++ {
		s := generatedDateLine(rng)
		if d := grammarDiff(s); d != "" {
			t.Errorf("%q: %s", s, d)
		}
		if len(refRange.FindStringIndex(s)) > 0 {
			found++
		}
	}
	// the generator must reach the interesting part of the grammar, not just misses.
	if found < 2000 {
		t.Errorf("only %d of 10000 generated lines hold a range", found)
	}
	corpustest.EachTextLine(t, func(file, line string) {
		if d := grammarDiff(line); d != "" {
			t.Errorf("%s: %q: %s", file, line, d)
		}
	})
}

// dateGrammarSeeds are lines at the edges of the grammar: folds, boundaries, spaces
// and commas to backtrack over, anchors, glued numbers.
var dateGrammarSeeds = []string{
	"", "Jan 2019 – Present", "January 5, 2019 - March 3rd 2020", "Sept. '19 – Mar '21",
	"from 03/18 to 06/21", "Since 2020", "since  Summer, 2019", "Q3 2020 – Q1 2021",
	"01.07.2019 - 31.12.2020", "2018-03 – 2019-11", "2021 November - 2023 September",
	"ſep 2019 – ſummer 2020", "SEPT 2019 TO DATE", "Jan 19 - Mar 18", "10 - 12", "2020 -",
	"2020 –  ", "(909) 555-2019", "v2.2019", "1.2018.3", "x2019y", "Jan      ,   2019",
	"Jan         x", "spring ,2019–fall, '20", "2019 – exp. 2021", "2019 - expected Jun 2022",
	"June 2019 — till  date", "may 2019 ‑ now", "1949-1950", "1950 2049 2050", "3/18",
	"2019\u00ad2020", "2019→2020", "2019~present", "Dec.2019--Jan.2020", "K 2019 \u212a",
	"starting 2019 until 2020", "from from 2019 - 2020", "Jan 5 2019", "Jan 52019",
	"12/2019 thru 01/2020", "2019 through currently", "ＪＡＮ 2019", "jan\u00a02019",
	"Jan 2019 – Present\n2020", "\xff2019\xfe-\xe2\x80", "'19–’20", "‘19 - now",
}

// generatedDateLine joins random pieces of dates, separators and noise.
func generatedDateLine(rng *rand.Rand) string {
	pieces := []string{
		"Jan", "january", "Sept.", "sEp", "ſep", "ſpring", "Feb", "June", "jul", "July", "Dec.", "may",
		"2019", "1949", "1950", "2099", "'19", "’21", "‘05", "19", "03", "3", "12", "31", "123",
		"/", "-", "--", "–", "—", "~", "→", "\u00ad", ".", ",", ", ", " ", "  ", "\t", "",
		"to", "until", "till", "through", "thru", "present", "Currently", "now", "to date", "till  date", "date",
		"from", "since", "starting", "exp.", "expected", "Q3", "q5", "spring", "Fall", "winter",
		"1st", "22nd", "3rd", "th", "x", "a", "(", ")", "+", "%", "_", "\u212a", "é", "\xff",
	}
	terms := []string{
		"Jan 2019", "Sept. '19", "03/2018", "2018-03", "Summer 2019", "Q3 2020", "01.07.2019",
		"January 5, 2019", "2021 November", "Jan 19", "3/18", "'19", "2020", "ſep 2019",
	}
	seps := []string{" - ", "–", " — ", " to ", "--", " until ", " thru ", "~", " → "}
	var b strings.Builder
	for n := 1 + rng.Intn(5); n > 0; n-- {
		switch rng.Intn(4) {
		case 0: // a range made of whole terms, as most résumés write one
			b.WriteString(terms[rng.Intn(len(terms))] + seps[rng.Intn(len(seps))] + terms[rng.Intn(len(terms))])
		case 1:
			b.WriteString(terms[rng.Intn(len(terms))])
		default:
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		if rng.Intn(3) == 0 {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// FuzzDateGrammarMatchesRegexp: on any input the hand matchers agree with the
// regular expressions (go test -fuzz FuzzDateGrammarMatchesRegexp -fuzztime 30s).
func FuzzDateGrammarMatchesRegexp(f *testing.F) {
	for _, s := range dateGrammarSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if d := grammarDiff(s); d != "" {
			t.Fatalf("%q: %s", s, d)
		}
	})
}
