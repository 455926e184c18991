package pdf

import (
	"strings"
	"sync"
	"unicode"

	"github.com/resumecheck/resumecheck/internal/extract/layout"
)

// commonWords are frequent English words and words almost every résumé has. A real
// text layer of an English résumé has many of them; fonts that decode to garbage
// (Type 3 fonts without a usable ToUnicode map, broken encodings) have almost none.
// Made at their first use, not at package init (which every process of the CLI runs).
var commonWords = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`the and of to in for with on at by from as is an or be are was were
		that this our their its it we i my me you your all new more over into across per via up out
		team teams work worked working experience education skills project projects engineer engineering
		software university college school data led lead leading developed development managed management
		manager built build using used years year design designed system systems product products company
		web service services customer customers users user business technical technology performance
		senior developer application applications code support time first about summary present com
		email phone github linkedin languages tools cloud platform program research science computer
		bachelor master degree intern internship improved created implemented increased reduced delivered`) {
		m[w] = true
	}
	return m
})

// unreadable says whether a result's text is too poor to trust, and why.
func unreadable(res *Result) (string, bool) {
	var b strings.Builder
	for _, l := range res.Lines {
		b.WriteString(l.Text)
		b.WriteByte('\n')
	}
	return unreadableText(b.String())
}

func unreadableText(text string) (string, bool) {
	good, bad := 0, 0
	for _, r := range text {
		switch {
		case r == '\uFFFD' || r >= 0xE000 && r <= 0xF8FF || unicode.IsControl(r) && r != '\n' && r != '\t':
			bad++
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			good++
		}
	}
	if float64(bad) > 0.15*float64(good+bad) && bad >= 10 {
		return "the fonts do not say which characters their glyphs are", true
	}
	if good == 0 {
		return "the pages look like images: a scan?", true
	}
	if good < 40 {
		return "almost no text in the text layer", true
	}
	words, plausible, common := 0, 0, 0
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if len([]rune(w)) < 2 {
			continue
		}
		words++
		lw := strings.ToLower(w)
		if commonWords()[lw] {
			common++
		}
		if plausibleWord(w) {
			plausible++
		}
	}
	if words < 10 {
		return "too few words in the text layer", true
	}
	p := float64(plausible) / float64(words)
	c := float64(common) / float64(words)
	if p < 0.6 || c < 0.02 && p < 0.85 {
		return "the text layer decodes to unreadable words", true
	}
	return "", false
}

// plausibleWord accepts letter strings that could be a word in a Latin-script language
// (a vowel, no long consonant clusters, no case flips inside) and any word in another
// script, which this check cannot judge.
func plausibleWord(w string) bool {
	vowels, cons, maxCons, flips := 0, 0, 0, 0
	prevUpper := false
	for i, r := range w {
		if r > unicode.MaxLatin1 && !unicode.In(r, unicode.Latin) {
			return true
		}
		lr := unicode.ToLower(r)
		if strings.ContainsRune("aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüý", lr) {
			vowels++
			cons = 0
		} else {
			cons++
			maxCons = max(maxCons, cons)
		}
		up := unicode.IsUpper(r)
		if i > 0 && up && !prevUpper {
			flips++
		}
		prevUpper = up
	}
	return vowels > 0 && maxCons <= 5 && flips <= 1
}

// cleanReplacement removes the replacement characters kept for the garbage check from
// a document that reads fine (an odd undecodable symbol or icon).
func cleanReplacement(res *Result) {
	kept := res.Lines[:0]
	for _, l := range res.Lines {
		if strings.ContainsRune(l.Text, '\uFFFD') {
			var parts []string
			for _, part := range strings.Split(l.Text, "\t") {
				part = strings.Join(strings.Fields(strings.ReplaceAll(part, "\uFFFD", "")), " ")
				if part != "" {
					parts = append(parts, part)
				}
			}
			l.Text = strings.Join(parts, "\t")
		}
		if strings.TrimSpace(l.Text) == "" {
			continue
		}
		kept = append(kept, l)
	}
	res.Lines = kept
	renumber(res.Lines)
}

// renumber makes Pos.Line consecutive within each page again after lines were dropped.
func renumber(lines []layout.Line) {
	page, n := 0, 0
	for i := range lines {
		if lines[i].Pos.Page != page {
			page, n = lines[i].Pos.Page, 0
		}
		n++
		lines[i].Pos.Line = n
		lines[i].PageStart = n == 1 && page > 1
	}
}
