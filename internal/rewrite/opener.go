package rewrite

import (
	"sort"
	"strings"
	"sync"
	"unicode"
)

// ---- drop_weak_opener ----

type openerKind int

const (
	ownKind     openerKind = iota // gerund -> past, else "Owned <noun>"
	toVerbKind                    // "My role was to build" -> "Built"
	contribKind                   // a shared-work hedge ("Worked on"): never rewritten
	helpKind                      // "Helped build" -> "Partnered with [team] to build"
)

type opener struct {
	words string
	kind  openerKind
}

// openers, longest first so "was responsible for" wins over "responsible for"; sorted
// at their first use, not at package init (which every process of the CLI runs).
var openers = sync.OnceValue(func() []opener {
	o := []opener{
		{"responsible for", ownKind}, {"was responsible for", ownKind}, {"am responsible for", ownKind},
		{"primarily responsible for", ownKind}, {"solely responsible for", ownKind},
		{"in charge of", ownKind}, {"was in charge of", ownKind},
		{"tasked with", ownKind}, {"was tasked with", ownKind}, {"charged with", ownKind},
		{"duties included", ownKind}, {"duties include", ownKind}, {"my duties included", ownKind},
		{"responsibilities included", ownKind}, {"responsibilities include", ownKind},
		{"my responsibilities included", ownKind}, {"my responsibilities include", ownKind},
		{"primary responsibilities included", ownKind}, {"general responsibilities included", ownKind},
		{"main responsibilities included", ownKind}, {"key responsibilities included", ownKind},
		{"primary responsibilities include", ownKind}, {"key responsibilities include", ownKind},
		{"daily responsibilities included", ownKind}, {"main duties included", ownKind},
		{"my role was to", toVerbKind}, {"role was to", toVerbKind}, {"my job was to", toVerbKind},
		{"my task was to", toVerbKind}, {"was asked to", toVerbKind}, {"my role is to", toVerbKind},
		{"worked on", contribKind}, {"participated in", contribKind}, {"involved in", contribKind},
		{"was involved in", contribKind}, {"took part in", contribKind}, {"participate in", contribKind},
		{"helped to", helpKind}, {"helped", helpKind}, {"helping", helpKind}, {"assisted in", helpKind},
		{"assisted with", helpKind}, {"assisted", helpKind}, {"aided in", helpKind}, {"helped with", helpKind},
		{"assisting", helpKind}, {"assisting with", helpKind}, {"assisting in", helpKind},
	}
	// Counted without strings.Fields: splitting both sides of each comparison was
	// most of the package's start-up when this ran at init.
	sort.SliceStable(o, func(i, j int) bool {
		return wordCount(o[i].words) > wordCount(o[j].words)
	})
	return o
})

// wordCount is len(strings.Fields(s)) for ASCII s, without allocating.
func wordCount(s string) int {
	n, in := 0, false
	for i := 0; i < len(s); i++ {
		space := s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\v' || s[i] == '\f' || s[i] == '\r'
		if !space && !in {
			n++
		}
		in = !space
	}
	return n
}

func isOpener(s string) bool {
	for _, o := range openers() {
		if _, ok := hasPrefixWords(s, o.words); ok {
			return true
		}
	}
	return false
}

func dropWeakOpener(text string, m map[string]string) (string, bool) {
	s := strings.TrimSpace(text)
	// A short label before a colon is kept and what follows it rewritten: "Security:
	// Responsible for IAM" -> "Security: Owned IAM".
	if label, rest, ok := strings.Cut(s, ": "); ok && label != "" && wordCount(label) <= 5 && !strings.ContainsAny(label, ".;") {
		if out, ok := dropWeakOpener(rest, m); ok {
			return label + ": " + out, true
		}
	}
	for _, o := range openers() {
		rest, ok := hasPrefixWords(s, o.words)
		if !ok || rest == "" {
			continue
		}
		if o.kind == helpKind {
			// "Helped out with hiring": the particle belongs to "helped" and goes with it.
			if r, ok := hasPrefixWords(rest, "out"); ok && r != "" {
				rest = r
				if r, ok := hasPrefixWords(rest, "with"); ok && r != "" {
					rest = r
				}
			}
		}
		if out, ok := rewriteOpener(o.kind, rest); ok {
			return tidyBasis(out), true
		}
		return s, false
	}
	return s, false
}

func rewriteOpener(kind openerKind, rest string) (string, bool) {
	l := verbs()
	w, r := firstWord(rest)
	lw := strings.ToLower(trimPunct(w))
	tail := func(r string) string { return pastCoordinated(r) }
	if kind == contribKind {
		// "Worked on", "Took part in", "Involved in" say the work was shared: "Developed
		// X" would claim it whole, and "Contributed to X" only rewords the hedge. Neither
		// is worth handing over; the finding stands and the candidate says what their
		// part was.
		return rest, false
	}
	if v, ok := l.byPast[lw]; ok && kind != helpKind && lw != "set" && lw != "cut" {
		// "Responsible for led the team" (a verb already in the past): just drop the opener.
		return tail(join(capitalise(v.past)+suffixPunct(w), r)), true
	}
	switch kind {
	case ownKind:
		if v, ok := l.byGerund[lw]; ok {
			return fillNounConjunct(tail(join(capitalise(v.past)+suffixPunct(w), r)), "owned"), true
		}
		if out, ok := nominalToVerb(rest); ok {
			return out, true
		}
		return "Owned " + rest, true
	case toVerbKind:
		if v, ok := l.byBase[lw]; ok {
			return tail(join(capitalise(v.past)+suffixPunct(w), r)), true
		}
		return rest, false
	case helpKind:
		if v, ok := l.byBase[lw]; ok {
			return "Partnered with [team] to " + v.base + suffixPunct(w) + " " + r, true
		}
		if v, ok := l.byGerund[lw]; ok {
			if gerundWithoutObject(w, r) {
				// "Helped with hiring when required": a gerund without an object is
				// the thing helped with, a noun; "Supported hiring" only rewords it.
				return rest, false
			}
			return baseCoordinated("Partnered with [team] to " + v.base + suffixPunct(w) + " " + r), true
		}
		// "Helped the team ship X" -> "Enabled the team to ship X", when the object is
		// people (otherwise "the React upgrade" would become a verb).
		ws := strings.Fields(rest)
		for i := 1; i < len(ws) && i <= 4; i++ {
			if strings.ContainsAny(ws[i-1], ",;.") || !peopleNoun(ws[:i]) {
				continue
			}
			if _, ok := l.byBase[strings.ToLower(ws[i])]; ok {
				if strings.EqualFold(ws[i-1], "to") {
					return "Enabled " + strings.Join(ws, " "), true
				}
				return "Enabled " + strings.Join(ws[:i], " ") + " to " + strings.Join(ws[i:], " "), true
			}
		}
		// "Helped customers finding X" -> "Supported customers finding X" changes a
		// word and leaves the bullet as weak as it was: no rewrite.
		return rest, false
	}
	return rest, false
}

// clauseWords can follow a verb that has no object of its own: prepositions, clause
// openers and conjunctions ("Helped with testing when needed", "were set up for staff").
var clauseWords = setOf(`when as for during across in on at where if and or while with to from
throughout within after before by via under over into onto through until because since per`)

// gerundWithoutObject reports whether gerund w, followed by rest, stands alone: nothing
// follows it, it ends a clause, or a preposition or conjunction comes next.
func gerundWithoutObject(w, rest string) bool {
	if rest == "" || strings.ContainsAny(suffixPunct(w), ".;:") {
		return true
	}
	n, _ := firstWord(rest)
	return clauseWords()[strings.ToLower(trimPunct(n))]
}

// nominalToVerb turns an action noun after a duty opener into its verb in the past:
// "the development of X" -> "Developed X", "the design and implementation of X" ->
// "Designed and implemented X". Only lexicon nouns followed by "of" and an object are
// rewritten, so "the release process" stays a noun.
func nominalToVerb(rest string) (string, bool) {
	ws := strings.Fields(rest)
	i := 0
	if i < len(ws) && (strings.EqualFold(ws[i], "the") || strings.EqualFold(ws[i], "a") || strings.EqualFold(ws[i], "an")) {
		i++
	}
	nl := nouns()
	var vs []string
	for i < len(ws) {
		w := ws[i]
		core := strings.TrimSuffix(w, ",")
		v, ok := nl.nominal[strings.ToLower(core)]
		if !ok {
			// "the maintaining of web servers" is a gerund used as an action noun.
			v, ok = verbs().byGerund[strings.ToLower(core)]
		}
		if !ok || core != strings.ToLower(core) {
			return rest, false
		}
		vs = append(vs, v.past)
		i++
		if core != w { // "design, development and testing of"
			continue
		}
		if i < len(ws) && (ws[i] == "and" || ws[i] == "or") {
			vs = append(vs, ws[i])
			i++
			continue
		}
		break
	}
	if len(vs) == 0 || i+1 >= len(ws) || ws[i] != "of" {
		return rest, false
	}
	// A list ends with its conjunction: "design, development and testing".
	if len(vs) > 1 && vs[len(vs)-2] != "and" && vs[len(vs)-2] != "or" {
		return rest, false
	}
	var b strings.Builder
	for k, v := range vs {
		switch {
		case k == 0:
			b.WriteString(capitalise(v))
		case v == "and" || v == "or":
			b.WriteString(" " + v)
		case vs[k-1] == "and" || vs[k-1] == "or":
			b.WriteString(" " + v)
		default:
			b.WriteString(", " + v)
		}
	}
	return join(b.String(), strings.Join(ws[i+1:], " ")), true
}

func join(a, b string) string {
	if b == "" {
		return a
	}
	return a + " " + b
}

// suffixPunct returns the trailing punctuation of w (for "maintaining," -> "Maintained,").
func suffixPunct(w string) string {
	t := strings.TrimRightFunc(w, unicode.IsPunct)
	return w[len(t):]
}

// peopleNouns are objects that can be helped to do something.
var peopleNouns = setOf(`team teams engineers developers colleagues customers clients users company org
organisation organization group groups them us staff students interns hires members peers partners sales
product design support marketing leadership managers`)

func peopleNoun(ws []string) bool {
	for _, w := range ws {
		if peopleNouns()[strings.ToLower(trimPunct(w))] {
			return true
		}
	}
	return false
}

// baseCoordinated is pastCoordinated for an infinitive: "to design, building and
// operating X" -> "to design, build and operate X".
func baseCoordinated(s string) string {
	return coordinated(s, func(v *verb) string { return v.base })
}

// pastCoordinated turns gerunds coordinated with the first one into the past too:
// "designing, building and operating X" -> "designed, built and operated X". It only
// looks at the opening clause (up to 12 words) and only at lexicon gerunds that follow a
// comma, "and" or "or".
func pastCoordinated(s string) string {
	return coordinated(s, func(v *verb) string { return v.past })
}

// coordinated rewrites the gerunds of a list in the opening clause with form. A gerund
// after a comma belongs to the list only if an "and"/"or" gerund closes it later, so
// "Built X, cutting Y by 30%" keeps its participle clause.
func coordinated(s string, form func(*verb) string) string {
	ws := strings.Split(s, " ")
	l := verbs()
	type cand struct {
		i     int
		comma bool
	}
	var cands []cand
	for i := 1; i < len(ws) && i < 14; i++ {
		prev := ws[i-1]
		lp := strings.ToLower(prev)
		comma := strings.HasSuffix(prev, ",")
		if !(comma || lp == "and" || lp == "or") {
			continue
		}
		core := strings.TrimRightFunc(ws[i], unicode.IsPunct)
		if _, ok := l.byGerund[strings.ToLower(core)]; ok {
			cands = append(cands, cand{i, comma})
		}
	}
	for k, c := range cands {
		if c.comma {
			closed := false
			for _, d := range cands[k+1:] {
				if !d.comma {
					closed = true
				}
			}
			// An Oxford ", and" later in the clause closes the list too, whatever
			// its last item is ("testing X, writing Y, and the on-call rotation").
			for m := c.i + 1; m+1 < len(ws) && !closed; m++ {
				if strings.ContainsAny(ws[m-1], ".;:") {
					break
				}
				if strings.HasSuffix(ws[m-1], ",") && (ws[m] == "and" || ws[m] == "or") {
					closed = true
				}
			}
			if !closed {
				continue
			}
		}
		core := strings.TrimRightFunc(ws[c.i], unicode.IsPunct)
		v := l.byGerund[strings.ToLower(core)]
		ws[c.i] = form(v) + ws[c.i][len(core):]
	}
	return strings.Join(ws, " ")
}

// fillNounConjunct gives a verb to the noun phrase that closes a list of verb phrases:
// "Designed pages, wrote documentation, and photo optimization" -> "..., and owned
// photo optimization". It only acts when the list holds a verb after a comma (so a
// list of nouns, "Maintained servers, databases, and backups", is left alone) and the
// last item does not already start with a verb.
func fillNounConjunct(s, fill string) string {
	ws := strings.Split(s, " ")
	l := verbs()
	verbItem := false
	for i := 1; i+1 < len(ws) && i < 24; i++ {
		prev := ws[i-1]
		if strings.ContainsAny(prev, ".;:") {
			break // the first clause ended
		}
		if !strings.HasSuffix(prev, ",") {
			continue
		}
		lw := strings.ToLower(trimPunct(ws[i]))
		if _, ok := l.byPast[lw]; ok {
			verbItem = true
			continue
		}
		if lw != "and" || !verbItem {
			continue
		}
		nx := strings.ToLower(trimPunct(ws[i+1]))
		if _, ok := l.byPast[nx]; ok || strings.HasSuffix(nx, "ing") || strings.HasSuffix(nx, "ed") {
			return s
		}
		head := strings.Join(ws[:i+1], " ")
		if v, ok := nominalToVerb(strings.Join(ws[i+1:], " ")); ok {
			// "..., and the maintenance of web servers" -> "..., and maintained web servers".
			return head + " " + lowerFirstVerb(v)
		}
		return head + " " + fill + " " + strings.Join(ws[i+1:], " ")
	}
	return s
}
