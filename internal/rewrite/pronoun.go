package rewrite

import (
	"strings"

	"github.com/resumecheck/resumecheck/internal/lazyregexp"
)

// ---- drop_pronoun ----

var (
	// "my team" -> "the team"; elsewhere "my" stays ("during my senior year" would change
	// meaning as "the senior year").
	midMyRE = lazyregexp.New(`\b([Mm])y\b(?: (?:team|teams|group|squad)\b)`)
	// "and I led" -> "and led"; after "where", "so" or "because" the clause needs its
	// subject ("where I contributed"), so those keep it.
	andIRE   = lazyregexp.New(`\b(and|but) I\b `)
	byMeRE   = lazyregexp.New(`(?i) by (me|myself)\b`)
	myselfRE = lazyregexp.New(`(?i),? ?\bmyself\b`)
)

func dropPronoun(text string, _ map[string]string) (string, bool) {
	in := strings.TrimSpace(text)
	s := in
	w, rest := firstWord(s)
	switch strings.ToLower(trimPunct(w)) {
	case "i":
		s = afterI(rest)
	case "i'm", "i’m":
		s = afterI("am " + rest)
	case "i've", "i’ve":
		s = afterI("have " + rest)
	case "my":
		// "My role was to ..." is a duty opener: leave it to drop_weak_opener.
		nw, _ := firstWord(rest)
		switch strings.ToLower(trimPunct(nw)) {
		case "role", "responsibilities", "duties", "job", "task":
		default:
			s = "The " + rest
		}
	}
	s = byMeRE.ReplaceAllString(s, "")
	s = andIRE.ReplaceAllString(s, "$1 ")
	if w, _ := firstWord(s); !strings.EqualFold(w, "my") {
		s = midMyRE.ReplaceAllStringFunc(s, func(m string) string {
			if m[0] == 'M' {
				return "The" + m[2:]
			}
			return "the" + m[2:]
		})
	}
	s = strings.TrimSpace(myselfRE.ReplaceAllString(s, ""))
	if s == in {
		return in, false
	}
	return capitalise(s), true
}

// afterI rewrites what follows a leading "I": "have led" -> "Led", "was responsible for"
// -> "Responsible for" (for drop_weak_opener), "was promoted" -> "Promoted", else the
// verb as written ("led" -> "Led").
func afterI(rest string) string {
	w, r := firstWord(rest)
	l := verbs()
	switch strings.ToLower(w) {
	case "have", "had":
		p, r2 := firstWord(r)
		if v, ok := l.byParticiple[strings.ToLower(p)]; ok {
			return capitalise(v.past) + " " + r2
		}
		return "I " + rest
	case "was", "am", "were":
		if isOpener(r) {
			return capitalise(r)
		}
		p, _ := firstWord(r)
		if _, ok := l.byParticiple[strings.ToLower(trimPunct(p))]; ok {
			return capitalise(r)
		}
		return "I " + rest
	case "also", "personally":
		return capitalise(r)
	}
	return capitalise(rest)
}
