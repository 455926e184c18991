package advise

import (
	"github.com/resumecheck/resumecheck/internal/corpustest"
	"math/rand"
	"regexp"
	"strings"
	"testing"
)

// refBracketed is the regular expression replaceBracketed replaced.
var refBracketed = regexp.MustCompile(`\[([^\[\]]*)\]`)

func bracketedDiff(s string) string {
	mark := func(m string) string { return "<" + strings.ToUpper(m) + ">" }
	if got, want := replaceBracketed(s, mark), refBracketed.ReplaceAllStringFunc(s, mark); got != want {
		return "replaceBracketed(`" + s + "`) = `" + got + "`, regexp `" + want + "`"
	}
	return ""
}

var bracketedSeeds = []string{"", "[", "]", "[]", "[x]", "a [X%] b [N] c", "[[x]]", "[a[b]c]", "]x[", "[x", "x]",
	"[a]]", "[[a]", "[\n]", "[\xff]", "[é] [", "[a][b]", "[a] [b [c] d]"}

// TestReplaceBracketedMatchesRegexp: replaceBracketed replaces what the expression it
// replaced matched, on edge cases and generated text.
func TestReplaceBracketedMatchesRegexp(t *testing.T) {
	for _, s := range bracketedSeeds {
		if d := bracketedDiff(s); d != "" {
			t.Error(d)
		}
	}
	rng := rand.New(rand.NewSource(15))
	pieces := []string{"[", "]", "x", "N", "%", " ", "\n", "é", "\xff", "/"}
	yes := 0
	for i := 0; i < 50000; i++ {
		s := corpustest.Pieces(rng, pieces, 10)
		if d := bracketedDiff(s); d != "" {
			t.Error(d)
		}
		if refBracketed.MatchString(s) {
			yes++
		}
	}
	if yes < 5000 {
		t.Errorf("only %d of 50000 generated texts hold a placeholder: the generator misses the grammar", yes)
	}
}

// FuzzReplaceBracketed: on any input replaceBracketed agrees with the regular
// expression (go test -fuzz FuzzReplaceBracketed -fuzztime 30s).
func FuzzReplaceBracketed(f *testing.F) {
	for _, s := range bracketedSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if d := bracketedDiff(s); d != "" {
			t.Fatal(d)
		}
	})
}
