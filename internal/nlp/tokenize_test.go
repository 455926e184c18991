package nlp

import (
	"math/rand"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	prose "github.com/jdkato/prose/v2"

	"github.com/resumecheck/resumecheck/internal/corpustest"
)

// proseTokenize is what tokenize replaces: prose's tokens of the whole text; ok is
// false when prose panics on it.
func proseTokenize(text string) (out []string, ok bool) {
	defer func() {
		if recover() != nil {
			out, ok = nil, false
		}
	}()
	doc, err := prose.NewDocument(text, prose.WithSegmentation(false), prose.WithExtraction(false), prose.WithTagging(false))
	if err != nil {
		return nil, true
	}
	for _, t := range doc.Tokens() {
		if t.Text != "" {
			out = append(out, t.Text)
		}
	}
	return out, true
}

// tokenizeSeeds are pieces at the edges of the hand-peeled path: marks on both sides,
// abbreviations, words of one rune, apostrophes, emoticon-like pieces, inner marks at
// the ends of a word, curly quotes and odd spaces.
var tokenizeSeeds = []string{
	"", " ", "Led 3 engineers (2 seniors), shipping v2.1 on time.",
	"e.g. U.S., Inc., Mr. and Dr.; i.e.: (U.S.), \"Mr.\" [e.g.]", "A. B.C. a.b.c.d. Ab. ABc. Abcd.",
	"(a) (ab) a) (a $5 $5.5M $ ( [ \" ) ] , . ! ? : ; ' ''", "don't we'll it's they're I'm teams' “quoted” ‘single’ &rsquo;s",
	"8-D 8-) (o: :o) xD xD. (xD) O.o O.o, :-) =D :P (-8 -__- o_O ^_^ @_@ [-: (:",
	"C++ C# .NET Node.js node.js, CI/CD; R&D: 24/7 99.9% -- - -x x- x-y 10:30 a@b.c.d @handle #tag",
	"p99\u00a0latency\tfrom\n450\u2009ms to 38 ms", "Zürich, São Paulo; Kraków. 東京 (2019)",
	"\xff\xfe bad utf8 \xe2\x80", "((word)) [[x]] \"\"x\"\" word.... word?!", "U.S.A.) e.g.,) i.e.;",
	"x. x, (x) 1. 12. (12) $12, 3x. 10x, 2.5x)", "end.\" said \"(yes)\" [n=3]: ok", "a.b. a.b.c",
	// prose finds contractions in a lower-cased copy and cuts the piece where it found
	// them: a letter whose lower case is longer ("İ") makes it cut in the wrong place,
	// and bytes that are not UTF-8 (each lower-cased to three) make it panic.
	"İstanbul's office", "x \x99\xae\xae\xae\xae&'ll\u201c\xe2o\x99 y",
}

// tokenizeDiff says how tokenize differs from prose on text. Where prose panics there
// is nothing to match: tokenize must only not panic (it keeps such a piece whole).
func tokenizeDiff(text string) string {
	got := tokenize(text)
	want, ok := proseTokenize(text)
	if !ok {
		return ""
	}
	if slices.Equal(got, want) {
		return ""
	}
	return "got " + strings.Join(quoteAll(got), " ") + ", prose " + strings.Join(quoteAll(want), " ")
}

func quoteAll(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = "«" + s + "»"
	}
	return out
}

// TestTokenizeMatchesProse holds the hand-peeled tokenizer to prose's tokens: on the
// seeds, on generated lines of words, marks and emoticon-like pieces, on every line of
// the fixtures and the corpus's reference texts, and on the labelled real bullets.
func TestTokenizeMatchesProse(t *testing.T) {
	for _, s := range tokenizeSeeds {
		if d := tokenizeDiff(s); d != "" {
			t.Errorf("%q: %s", s, d)
		}
	}
	parts := []string{"word", "Ab", "e", "x", "8", "12", "2.5", "U", "S", ".", ",", "(", ")", "[", "]", "\"",
		"$", "!", "?", ":", ";", "'", "-", "_", "/", "&", "+", "%", "#", "@", "=", "D", "o", "O", "ü", "’", "“", " ", " ", " "}
	rng := rand.New(rand.NewSource(1))
	for range 20000 {
		var b strings.Builder
		for range 1 + rng.Intn(12) {
			b.WriteString(parts[rng.Intn(len(parts))])
		}
		if d := tokenizeDiff(b.String()); d != "" {
			t.Errorf("%q: %s", b.String(), d)
		}
	}
	lines := 0
	check := func(file, line string) {
		lines++
		if d := tokenizeDiff(line); d != "" {
			t.Errorf("%s: %q: %s", file, line, d)
		}
	}
	if corpus, ok := corpustest.Path(); ok {
		bullets := filepath.Join(filepath.Dir(corpus), "bullets")
		if _, err := os.Stat(bullets); err == nil {
			corpustest.EachLine(t, bullets, check, ".tsv")
		}
	}
	corpustest.EachTextLine(t, check)
	t.Logf("%d lines of fixtures, corpus and real bullets", lines)
}

func FuzzTokenize(f *testing.F) {
	for _, s := range tokenizeSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if d := tokenizeDiff(s); d != "" {
			t.Errorf("%q: %s", s, d)
		}
	})
}
