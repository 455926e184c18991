package layout

import (
	"fmt"
	"math/rand"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/resumecheck/resumecheck/internal/corpustest"
)

// The regular expressions separators.go replaced.
var (
	refSegSep  = regexp.MustCompile(`\s*[|·•]\s*|\s+@\s+`)
	refDashSep = regexp.MustCompile(`\s+[–—]\s+|\s+-\s+`)
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
	return ""
}

var sepsSeeds = []string{"", " ", "a | b", "a|b", "a  |  b", "|", " |", "| ", "a · b", "a•b", "a @ b", "a@b", "a @b", "a  @  b",
	" @ ", "@ ", "a - b", "a-b", "a -b", "a – b", "a—b", "a  —\tb", " - ", "-", "a -", "a - ", "a\n-\nb", "a \xff b", "a\u00a0|b",
	"a | b - c @ d", "x ·· y", "a  b | c", "a @ @ b", "a - - b"}

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
	pieces := []string{" ", "  ", "\t", "\n", "|", "·", "•", "@", "-", "–", "—", "a", "Bc", "é", "\xff", "\u00a0"}
	yes := 0
	for i := 0; i < 50000; i++ {
		var b strings.Builder
		for n := 1 + rng.Intn(10); n > 0; n-- {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		s := b.String()
		if d := sepsDiff(s); d != "" {
			t.Error(d)
		}
		if refSegSep.MatchString(s) || refDashSep.MatchString(s) {
			yes++
		}
	}
	if yes < 10000 {
		t.Errorf("only %d of 50000 generated lines hold a separator: the generator misses the grammar", yes)
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
