package rewrite

import (
	"math/rand"
	"strings"
	"testing"
)

// The checks ShapeOf makes before its expressions never turn away a text an
// expression matches: on written texts and random mixtures of the characters the
// expressions look for.
func TestShapePrefilters(t *testing.T) {
	texts := []string{
		"Contact me at jane@example.com", "See https://example.org", "WWW.EXAMPLE.COM", "www.x.io",
		"Skills: Go, Rust", "TECH STACK : Go", "Built the pipeline.", "a@b.c", "ftp://host",
		"Wrote the www. notes", "Tools:Kubernetes",
	}
	rng := rand.New(rand.NewSource(15))
	alphabet := []string{"w", "W", ".", "@", ":", "/", "h", "t", "p", "s", "x", " ", "skills", "Stack", "tools", "ſ", "é", "a", "com", "http", "www"}
	for n := 0; n < 20000; n++ {
		var sb strings.Builder
		for k := rng.Intn(12); k >= 0; k-- {
			sb.WriteString(alphabet[rng.Intn(len(alphabet))])
		}
		texts = append(texts, sb.String())
	}
	links, labels := 0, 0
	for _, s := range texts {
		if emailRE.MatchString(s) || urlRE.MatchString(s) {
			links++
			if !mayHoldEmailOrURL(s) {
				t.Errorf("%q holds an email or a link but mayHoldEmailOrURL turns it away", s)
			}
		}
		if skillLabelRE.MatchString(s) {
			labels++
			if strings.IndexByte(s, ':') < 0 {
				t.Errorf("%q matches the skills label without a colon", s)
			}
		}
	}
	if links < 100 || labels < 20 {
		t.Fatalf("%d links and %d labels in %d texts: the test reads too little", links, labels, len(texts))
	}
}

// opensWithWords over a text's words says what comparing the phrases word by word says.
func TestOpensWithWords(t *testing.T) {
	phrases := []string{"promoted to", "tech stack", "skills", "Promoted"}
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Promoted to Senior Engineer in 2020", true},
		{"Tech-stack: Go", false},
		{"tech stack: Go, Rust", true},
		{"Skills", true},
		{"Built skills", false},
		{"", false},
	} {
		if got := opensWithPhrase(tc.text, phrases); got != tc.want {
			t.Errorf("opensWithPhrase(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
