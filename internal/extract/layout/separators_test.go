package layout

import (
	"fmt"
	"math/rand"
	"regexp"
	"slices"
	"testing"

	"github.com/resumecheck/resumecheck/internal/corpustest"
)

// The regular expressions separators.go replaced.
var (
	refSegSep   = regexp.MustCompile(`\s*[|·•]\s*|\s+@\s+`)
	refDashSep  = regexp.MustCompile(`\s+[–—]\s+|\s+-\s+`)
	refParenURL = regexp.MustCompile(`\s*\((https?://[^()\s]+)\)`)
	refZip      = regexp.MustCompile(`\s+\d{5}(-\d{4})?$`)
)

func sepsDiff(s string) string {
	for _, c := range []struct {
		name string
		seps func(string) [][2]int
		ref  *regexp.Regexp
	}{{"segmentSeps", segmentSeps, refSegSep}, {"dashSeps", dashSeps, refDashSep}} {
		var want [][2]int
		for _, m := range c.ref.FindAllStringIndex(s, -1) {
			want = append(want, [2]int{m[0], m[1]})
		}
		got := c.seps(s)
		if fmt.Sprint(got) != fmt.Sprint(want) {
			return fmt.Sprintf("%s(%q) = %v, regexp %v", c.name, s, got, want)
		}
		if g, w := splitAtSeps(s, got), c.ref.Split(s, -1); !slices.Equal(g, w) {
			return fmt.Sprintf("splitAtSeps(%q) by %s = %q, regexp %q", s, c.name, g, w)
		}
	}
	if got, want := fmt.Sprint(parenURL(s)), fmt.Sprint(refParenURL.FindStringSubmatchIndex(s)); got != want {
		return fmt.Sprintf("parenURL(%q) = %s, regexp %s", s, got, want)
	}
	if got, want := trimZip(s), refZip.ReplaceAllString(s, ""); got != want {
		return fmt.Sprintf("trimZip(%q) = %q, regexp %q", s, got, want)
	}
	return ""
}

var sepsSeeds = []string{"", " ", "a | b", "a|b", "a  |  b", "|", " |", "| ", "a · b", "a•b", "a @ b", "a@b", "a @b", "a  @  b",
	" @ ", "@ ", "a - b", "a-b", "a -b", "a – b", "a—b", "a  —\tb", " - ", "-", "a -", "a - ", "a\n-\nb", "a \xff b", "a\u00a0|b",
	"a | b - c @ d", "x ·· y", "a  b | c", "a @ @ b", "a - - b", "x (http://a)", "x(https://a/b)", " (http://)", "(http://a b)",
	"x (http://a(b)", "x (ftp://a)", "x (x) (http://a)", "x\t(https://é)", "NV 89074", "NV  89074-1234", "89074", " 89074",
	"x 890745", "x 8907", "x 89074-123", "x 89074 -1234", "x 12345 67890", "x\n12345", "x-12345-6789", "x 12345-6789"}

// TestSeparatorsMatchRegexp: the separator finders find what the expressions they
// replaced matched, and cut as their Split did, on edge cases, generated lines and
// every fixture and corpus reference line.
func TestSeparatorsMatchRegexp(t *testing.T) {
	for _, s := range sepsSeeds {
		if d := sepsDiff(s); d != "" {
			t.Error(d)
		}
	}
	rng := rand.New(rand.NewSource(15))
	pieces := []string{" ", "  ", "\t", "\n", "|", "·", "•", "@", "-", "–", "—", "a", "Bc", "é", "\xff", "\u00a0",
		"(", ")", "(http://", "https://", "x.io", "12345", "1234", "6", "-6789"}
	yes, other := 0, 0
	for i := 0; i < 50000; i++ {
		s := corpustest.Pieces(rng, pieces, 10)
		if d := sepsDiff(s); d != "" {
			t.Error(d)
		}
		if refSegSep.MatchString(s) || refDashSep.MatchString(s) {
			yes++
		}
		if refParenURL.MatchString(s) || refZip.MatchString(s) {
			other++
		}
	}
	if yes < 10000 {
		t.Errorf("only %d of 50000 generated lines hold a separator: the generator misses the grammar", yes)
	}
	if other < 500 {
		t.Errorf("only %d of 50000 generated lines hold a bracketed link or end in a postal code", other)
	}
	corpustest.EachTextLine(t, func(file, line string) {
		if d := sepsDiff(line); d != "" {
			t.Errorf("%s: %s", file, d)
		}
	})
}

// FuzzSeparators: on any input the separator finders agree with the regular
// expressions (go test -fuzz FuzzSeparators -fuzztime 30s).
func FuzzSeparators(f *testing.F) {
	for _, s := range sepsSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if d := sepsDiff(s); d != "" {
			t.Fatal(d)
		}
	})
}
