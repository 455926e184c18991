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
	if p["form"] == "present" {
		return baseCoordinated(join(matchCase(v.base, core)+w[len(core):], r)), true
	}
	return pastCoordinated(join(matchCase(v.past, core)+w[len(core):], r)), true
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
