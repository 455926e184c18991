package lexicon

import (
	"strings"
	"testing"
)

// lowerSlow is lower without its ASCII fast path: the reference it must agree with.
func lowerSlow(s string) string {
	var b strings.Builder
	for _, r := range s {
		b.WriteRune(fold(r))
	}
	return b.String()
}

func TestLowerAndSingleSpacedFastPaths(t *testing.T) {
	cases := []string{"", "a", "A", "led a team", "Led A Team", "tab\there", "line\nbreak\r", "C++ & .NET",
		"café", "CAFÉ", "don’t", "e\u2013commerce", "non\u00a0breaking", "bad \xff byte", "\xc3", "  two  spaces ",
		" lead", "trail ", "x\vy", "x\fy", "ＡＢＣ", "İstanbul", "123-456"}
	for _, c := range cases {
		if got, want := lower(c), lowerSlow(c); got != want {
			t.Errorf("lower(%q) = %q, want %q", c, got, want)
		}
		if got, want := singleSpaced(c), strings.Join(strings.Fields(c), " ") == c; got && !want {
			t.Errorf("singleSpaced(%q) = true, but Fields and Join change it", c)
		}
	}
	// Every built-in term goes through both.
	set, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range set.byName {
		for _, term := range l.Terms {
			if got, want := lower(term), lowerSlow(term); got != want {
				t.Errorf("%s: lower(%q) = %q, want %q", l.Name, term, got, want)
			}
			if singleSpaced(term) && strings.Join(strings.Fields(term), " ") != term {
				t.Errorf("%s: singleSpaced(%q), but Fields and Join change it", l.Name, term)
			}
		}
	}
}
