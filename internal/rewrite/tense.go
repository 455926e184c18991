package rewrite

import (
	"strings"
	"unicode"

	"github.com/resumecheck/resumecheck/internal/lazyregexp"
)

// ---- past_tense ----

// pastTense puts an opening gerund ("Managing delivery schedules") in the past, and with
// params {"present": "yes"} an opening third-person verb too ("Manages" in a role that
// has ended); with {"form": "present"} a gerund becomes the plain present ("Manage") for
// a current role. Bare base forms are left alone: "Lead engineer on X" is not a verb.
func pastTense(text string, p map[string]string) (string, bool) {
	s := strings.TrimSpace(text)
	w, r := firstWord(s)
	core := strings.TrimRightFunc(w, unicode.IsPunct)
	lw := strings.ToLower(core)
	l := verbs()
	v, ok := l.byGerund[lw]
	if !ok && p["present"] == "yes" {
		v, ok = l.byThird[lw]
	}
	if !ok || gerundIsNoun(s) {
		return s, false
	}
	if p["present"] == "yes" && lw == v.third && nounBeforeAnd(r) {
		// "Architects and DB designs": a plural noun opening a list, not a verb.
		return s, false
	}
	if p["form"] == "present" {
		return clauseGerunds(baseCoordinated(join(matchCase(v.base, core)+w[len(core):], r)), func(v *verb) string { return v.base }), true
	}
	return clauseGerunds(pastCoordinated(join(matchCase(v.past, core)+w[len(core):], r)), func(v *verb) string { return v.past }), true
}

// nounBeforeAnd reports whether what follows an opening "-s" word makes it a noun: a
// conjunction and then no verb ("Architects and DB designs").
func nounBeforeAnd(rest string) bool {
	n, r := firstWord(rest)
	switch strings.ToLower(trimPunct(n)) {
	case "and", "or", "&":
		m, _ := firstWord(r)
		_, ok := verbs().byThird[strings.ToLower(trimPunct(m))]
		return !ok
	case "":
		return true
	}
	return false
}

// clauseGerunds puts a gerund that opens a later clause of the bullet ("Developing X;
// exploring Y", "... . Leading Z") in the same form as the first verb, so the bullet
// does not mix tenses.
func clauseGerunds(s string, form func(*verb) string) string {
	ws := strings.Split(s, " ")
	for i := 1; i < len(ws); i++ {
		prev := ws[i-1]
		if !strings.HasSuffix(prev, ";") && !strings.HasSuffix(prev, ".") {
			continue
		}
		core := strings.TrimRightFunc(ws[i], unicode.IsPunct)
		v, ok := verbs().byGerund[strings.ToLower(core)]
		if !ok || gerundIsNoun(strings.Join(ws[i:], " ")) {
			continue
		}
		ws[i] = matchCase(form(v), core) + ws[i][len(core):]
		ws[i] = coordinated(strings.Join(ws[i:], " "), form)
		ws = ws[:i+1]
		return clauseGerunds(strings.Join(ws, " "), form)
	}
	return s
}

var parenRE = lazyregexp.New(`\([^()]*\)`)

// gerundIsNoun reports whether the opening gerund of s names a thing rather than an
// action: the subject of a verb "to be" in the first clause ("Testing (unit,
// functional) is important"), or the first word of a title before a colon or dash
// ("Teaching Assistant – Computational Investing: ...").
func gerundIsNoun(s string) bool {
	ws := strings.Fields(parenRE.ReplaceAllString(s, ""))
	for i := 1; i < len(ws) && i <= 8; i++ {
		w := ws[i]
		lw := strings.ToLower(trimPunct(w))
		if lw == "that" || lw == "which" || lw == "who" || lw == "to" {
			break // a relative or infinitive clause has verbs of its own
		}
		if w == "–" || w == "—" || w == "-" || strings.HasSuffix(w, ":") {
			// A title: every word up to the mark is capitalised.
			title := true
			for _, t := range ws[:i+1] {
				if r := []rune(t)[0]; !unicode.IsUpper(r) && !strings.ContainsAny(t, "–—-") {
					title = false
				}
			}
			if title {
				return true
			}
			break
		}
		switch lw {
		case "is", "are", "was", "were", "has", "have":
			return true
		}
		if strings.ContainsAny(w, ",;.") {
			break
		}
	}
	return false
}
