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

// The literal each expression above needs, tested first: most bullets hold none, and
// each expression was compiled for every document with a first-person bullet
// (TestPronounPrechecks: where an expression matches, its pre-check is true).

// mayMatchByMe: s holds " by " in any case, as byMeRE needs.
func mayMatchByMe(s string) bool { return hasASCIIFold(s, " by ") }

// mayMatchAndI: s holds " I ", as andIRE needs.
func mayMatchAndI(s string) bool { return strings.Contains(s, " I ") }

// mayMatchMidMy: s holds "y team", "y group" or "y squad", as midMyRE needs.
func mayMatchMidMy(s string) bool {
	return strings.Contains(s, "y team") || strings.Contains(s, "y group") || strings.Contains(s, "y squad")
}

// mayMatchMyself: s holds "myself" in any case (an "s" may be written "ſ"), as
// myselfRE needs.
func mayMatchMyself(s string) bool { return hasASCIIFold(s, "myself") || strings.ContainsRune(s, 'ſ') }

// hasASCIIFold reports whether s holds lit (lower-case ASCII letters and spaces) in
// any ASCII case.
func hasASCIIFold(s, lit string) bool {
	for i := 0; i+len(lit) <= len(s); i++ {
		j := 0
		for j < len(lit) && (s[i+j] == lit[j] || s[i+j]|0x20 == lit[j] && lit[j] >= 'a' && lit[j] <= 'z') {
			j++
		}
		if j == len(lit) {
			return true
		}
	}
	return false
}

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
	if mayMatchByMe(s) {
		s = byMeRE.ReplaceAllString(s, "")
	}
	if mayMatchAndI(s) {
		s = andIRE.ReplaceAllString(s, "$1 ")
	}
	if w, _ := firstWord(s); !strings.EqualFold(w, "my") && mayMatchMidMy(s) {
		s = midMyRE.ReplaceAllStringFunc(s, func(m string) string {
			if m[0] == 'M' {
				return "The" + m[2:]
			}
			return "the" + m[2:]
		})
	}
	// "myself" goes only where it is an aside ("built it myself"); in "educate myself
	// and others" it is an object, and dropping it breaks the sentence.
	s = dropAsideMyself(s)
	if s == in {
		return in, false
	}
	return capitalise(s), true
}

// dropAsideMyself removes "myself" where it only stresses who did it: at the end of a
// clause ("designed the schema myself.") but not as an object joined to another
// ("myself and others", "others and myself").
func dropAsideMyself(s string) string {
	if !mayMatchMyself(s) {
		return s
	}
	locs := myselfRE.FindAllStringIndex(s, -1)
	for k := len(locs) - 1; k >= 0; k-- {
		a, b := locs[k][0], locs[k][1]
		next, _ := firstWord(s[b:])
		prev := strings.Fields(s[:a])
		ln := strings.ToLower(trimPunct(next))
		if ln == "and" || ln == "or" || len(prev) > 0 && (strings.EqualFold(prev[len(prev)-1], "and") || strings.EqualFold(prev[len(prev)-1], "or")) {
			continue
		}
		if next != "" && !strings.ContainsAny(string(s[b]), ".,;:") && trimPunct(next) == next {
			// "taught myself Go": an object with more to come.
			continue
		}
		s = s[:a] + s[b:]
	}
	return strings.TrimSpace(s)
}

// FirstPersonLeft reports whether text still speaks in the first person ("I", "my",
// "me", "myself" as words): a rewrite that removed only some of them reads worse than
// the original.
func FirstPersonLeft(text string) bool {
	for _, w := range strings.Fields(text) {
		switch strings.ToLower(trimPunct(w)) {
		case "i", "my", "me", "myself", "i'm", "i’m", "i've", "i’ve":
			return true
		}
	}
	return false
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
	if _, past := l.byPast[strings.ToLower(w)]; !past {
		if _, ok := l.byBase[strings.ToLower(w)]; ok {
			// "I lead study sessions": without the pronoun "Lead" reads as the present
			// whatever the role's dates; the tense is not this fixer's to guess.
			return "I " + rest
		}
		if _, ok := l.byThird[strings.ToLower(w)]; ok {
			return "I " + rest
		}
	}
	return capitalise(rest)
}
