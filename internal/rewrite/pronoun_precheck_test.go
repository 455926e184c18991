package rewrite

import (
	"math/rand"
	"regexp"
	"strings"
	"testing"

	"github.com/resumecheck/resumecheck/internal/corpustest"
)

// precheckDiff returns the first expression of drop_pronoun that matches s while its
// pre-check says it cannot, or "".
func precheckDiff(s string) string {
	for _, c := range []struct {
		name  string
		check func(string) bool
		re    *regexp.Regexp
	}{{"byMe", mayMatchByMe, byMeRE.Regexp()}, {"andI", mayMatchAndI, andIRE.Regexp()},
		{"midMy", mayMatchMidMy, midMyRE.Regexp()}, {"myself", mayMatchMyself, myselfRE.Regexp()}} {
		if !c.check(s) && c.re.MatchString(s) {
			return c.name + "'s pre-check is false on `" + s + "`, which its expression matches"
		}
	}
	return ""
}

var precheckSeeds = []string{"", "built it by me", "built it BY Myself", "by myſelf", " bY ME", "and I led", "but I ", "And I led",
	"my team", "My teams", "my group", "my squads", "mY team", "myself", "MYSELF", "myſelf", "Myſelf,", "by me.", "I", " I "}

// TestPronounPrechecks: wherever an expression of drop_pronoun matches, its pre-check
// is true: on edge cases, generated text, every fixture line and corpus reference line.
func TestPronounPrechecks(t *testing.T) {
	for _, s := range precheckSeeds {
		if d := precheckDiff(s); d != "" {
			t.Error(d)
		}
	}
	rng := rand.New(rand.NewSource(15))
	pieces := []string{" ", "by", "BY", "bY", "me", "ME", "myself", "MySelf", "ſ", "my", "My", "mY", "I", "i", "and", "but",
		"team", "teams", "group", "squad", "y", ",", ".", "x", "é", "\xff", "\t"}
	yes := 0
	for i := 0; i < 50000; i++ {
		s := corpustest.Pieces(rng, pieces, 8)
		if d := precheckDiff(s); d != "" {
			t.Error(d)
		}
		if byMeRE.MatchString(s) || andIRE.MatchString(s) || midMyRE.MatchString(s) || myselfRE.MatchString(s) {
			yes++
		}
	}
	if yes < 2000 {
		t.Errorf("only %d of 50000 generated texts match an expression: the generator misses the grammar", yes)
	}
	corpustest.EachTextLine(t, func(file, line string) {
		if d := precheckDiff(line); d != "" {
			t.Errorf("%s: %s", file, d)
		}
	})
}

// FuzzPronounPrechecks: on any input, where an expression matches its pre-check is
// true (go test -fuzz FuzzPronounPrechecks -fuzztime 30s).
func FuzzPronounPrechecks(f *testing.F) {
	for _, s := range precheckSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if d := precheckDiff(s); d != "" {
			t.Fatal(d)
		}
	})
}

// TestTeamSizePrecheck: StatesTeamSize's pre-check (a digit or "team") is true wherever
// the size expression matches, on the vocabulary's own size nouns with every number
// form, generated text and every fixture and corpus reference line.
func TestTeamSizePrecheck(t *testing.T) {
	re := measures().sizeRE
	matched := 0
	check := func(s string) {
		t.Helper()
		if re.MatchString(s) {
			matched++
		}
		pre := strings.ContainsAny(s, "0123456789") || hasASCIIFold(s, "team")
		if !pre && re.MatchString(s) {
			t.Errorf("the pre-check is false on `%s`, which the size expression matches", s)
		}
	}
	pieces := append([]string{" ", " ", "-", "–", "+", "of", "teams", "TEAM", "person", "two", "twelve", "ſ", "x", "12", "3"}, measures().Team.SizeNouns...)
	rng := rand.New(rand.NewSource(15))
	for i := 0; i < 50000; i++ {
		check(corpustest.Pieces(rng, pieces, 6))
	}
	if matched < 500 {
		t.Errorf("only %d of 50000 generated texts state a team size: the generator misses the grammar", matched)
	}
	corpustest.EachTextLine(t, func(_, line string) { check(line) })
}
