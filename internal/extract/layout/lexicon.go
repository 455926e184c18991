package layout

import (
	"strings"
	"unicode"

	"github.com/resumecheck/resumecheck/internal/resume"
)

// The words layout recognises are read from rules/layout/lexicon.yaml (embedded) when
// the package loads: section headings, job titles, organisation names, places, page
// furniture. They are structural cues, not content judgements (those live in the rule
// pack's lexicons).

// sectionKeywords maps a heading word to the kind of section it names. A heading is
// recognised when all its words are keywords or sectionModifiers and at least one is
// a keyword; when several kinds appear, kindPriority decides ("Volunteer Experience"
// is volunteering, "Skills Summary" is skills, "Career Summary" is a summary).
var sectionKeywords map[string]resume.SectionKind

// kindPriority orders kinds when a heading names several.
var kindPriority []resume.SectionKind

// sectionModifiers may appear in a heading next to a keyword without changing it.
var sectionModifiers map[string]bool

// headingWords splits a candidate heading into lower-case words, dropping punctuation
// ("Honors/Awards", "Skills & Tools:", "E X P E R I E N C E" is not handled here).
func headingWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '\''
	})
}

// sectionKind says whether text reads as a section heading and of which kind. It does
// not look at typography: the caller decides whether a line is short and standalone.
func sectionKind(text string) (resume.SectionKind, bool) {
	words := headingWords(text)
	if len(words) == 0 || len(words) > 5 {
		return "", false
	}
	found := map[resume.SectionKind]bool{}
	for _, w := range words {
		if k, ok := sectionKeywords[w]; ok {
			found[k] = true
			continue
		}
		if !sectionModifiers[w] {
			return "", false
		}
	}
	// "Work" or "Research" alone is a heading too; but "Career Highlights"-style pairs
	// resolve by priority below.
	for _, k := range kindPriority {
		if found[k] {
			return k, true
		}
	}
	return "", false
}

// titleWords mark a job title (matched as whole lower-case words).
var titleWords map[string]int

// orgWords mark an organisation name.
var orgWords map[string]int

// wordScore sums the lexicon weights of the words in s.
func wordScore(s string, lex map[string]int) int {
	n := 0
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '-' && r != '/'
	}) {
		w = strings.Trim(w, "-/")
		n += lex[w]
		// "Co-Founder", "Software-Engineer": score the parts too.
		if strings.ContainsAny(w, "-/") && lex[w] == 0 {
			for _, p := range strings.FieldsFunc(w, func(r rune) bool { return r == '-' || r == '/' }) {
				n += lex[p]
			}
		}
	}
	return n
}

// usStates are two-letter codes that end a "City, ST" location.
var usStates map[string]bool

// placeWords are countries and other words that end a location ("Seoul, Korea",
// "London, UK", "Remote").
var placeWords map[string]bool

// titleJoiners are the small words a capitalised position name keeps in lower case.
var titleJoiners map[string]bool

// danglingWords cannot end a header line; a line ending in one was wrapped mid-sentence.
var danglingWords map[string]bool

// markerRunes start a list item when an extractor left the marker in the text.
var markerRunes = map[rune]bool{
	'•': true, '●': true, '∗': true, '▪': true, '■': true, '◦': true, '‣': true, '➢': true,
	'➤': true, '►': true, '▶': true, '✓': true, '✔': true, '❖': true, '○': true, '◆': true,
	'*': true, '⁃': true, '∙': true,
}
