package text

import (
	"fmt"
	"math/rand"
	"regexp"
	"testing"

	"github.com/resumecheck/resumecheck/internal/corpustest"
)

// The regular expressions shapes.go replaced: the reference its matchers must agree with.
var (
	refFence     = regexp.MustCompile("^ {0,3}(```|~~~)")
	refUnderline = regexp.MustCompile(`^ {0,3}(=+|-+)[ \t]*$`)
	refRule      = regexp.MustCompile(`^[ \t]*([-=_*~#+.•·—–])([ \t]*([-=_*~#+.•·—–])){2,}[ \t]*$`)
	refRefDef    = regexp.MustCompile(`^ {0,3}\[[^\]]+\]:\s*\S+`)
	refATX       = regexp.MustCompile(`^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$`)
	refBullet    = regexp.MustCompile(`^([-*+–—](?:[ \t]+|$)|[•●▪◦‣∙➢➤✓✔·■►▸○◆❖][ \t]*|\d{1,2}[.)](?:[ \t]+|$))`)
)

// shapeDiff returns the first matcher that disagrees with its expression on s, or "".
func shapeDiff(s string) string {
	for _, c := range []struct {
		name string
		got  func(string) bool
		ref  *regexp.Regexp
	}{{"isFence", isFence, refFence}, {"isUnderline", isUnderline, refUnderline}, {"isRule", isRule, refRule}, {"isRefDef", isRefDef, refRefDef}} {
		if got, want := c.got(s), c.ref.MatchString(s); got != want {
			return c.name + "(`" + s + "`) disagrees with the regexp"
		}
	}
	if got, want := fmt.Sprint(atxHeading(s)), fmt.Sprint(refATX.FindStringSubmatchIndex(s)); got != want {
		return "atxHeading(`" + s + "`) = " + got + ", regexp " + want
	}
	if got, want := bulletPrefix(s), refBullet.FindString(s); got != want {
		return "bulletPrefix(`" + s + "`) = `" + got + "`, regexp `" + want + "`"
	}
	return ""
}

// shapeSeeds are edge cases: indents, mixed marks, blanks, labels, invalid UTF-8.
var shapeSeeds = []string{
	"", " ", "```", "   ```go", "    ```", "~~~", " ~~", "\t```", "``", "===", "---", "   -", "    -", "-=", "--- ",
	"---\t \t", "--- x", "=", " = ", "- - -", "***", "* * *", "_ _", "•••", "· · ·", "—–—", "-\xff-", "...", "..",
	"#", "###", "+ + +", "~ ~ ~x", "\t-\t-\t-\t", "[a]: b", "[]: b", "[a]:", "[a]:  ", "[a]:\n b", "   [a]: b",
	"    [a]: b", "[a] : b", "[a\nb]: c", "[[a]]: b", "[a]]: b", "[a]:\xff", "[a]:\v", "[a]:\fb", "\u00a0---", "--\u00a0-",
	"# Title", "#Title", "####### x", "###### x", "   # x", "    # x", "# x #", "# x ##  ", "# x#", "#  ##  ", "#", "# ", "#\t\t",
	"# a\nb", "## a # b #", "# \xff #", "# é", "- x", "-x", "-", "- ", "–\tx", "• x", "•x", "1. x", "1.", "12) x", "123. x",
	"1.x", "•", "\xff x", "* ", "+\t",
}

// TestShapesMatchRegexp: the line matchers answer what the regular expressions they
// replace answered, on edge cases, generated lines, every fixture line and, when
// ../shared is present, every line of the corpus's reference texts.
func TestShapesMatchRegexp(t *testing.T) {
	for _, s := range shapeSeeds {
		if d := shapeDiff(s); d != "" {
			t.Error(d)
		}
	}
	rng := rand.New(rand.NewSource(15))
	pieces := []string{" ", "  ", "\t", "\n", "\f", "\r", "\v", "-", "=", "_", "*", "~", "#", "+", ".", "•", "·", "—",
		"–", "`", "```", "~~~", "[", "]", "]:", ":", "a", "x y", "\xff", "é", "\u00a0", "#", "##", "# ", "1", "12", ")", "•", "✓"}
	yes := 0
	for i := 0; i < 50000; i++ {
		s := corpustest.Pieces(rng, pieces, 8)
		if d := shapeDiff(s); d != "" {
			t.Error(d)
		}
		if refFence.MatchString(s) || refUnderline.MatchString(s) || refRule.MatchString(s) || refRefDef.MatchString(s) ||
			refATX.MatchString(s) || refBullet.MatchString(s) {
			yes++
		}
	}
	if yes < 2000 {
		t.Errorf("only %d of 50000 generated lines match a shape: the generator misses the grammar", yes)
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
