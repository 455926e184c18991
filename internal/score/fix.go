package score

import (
	"regexp"
	"sort"
	"strings"
	"sync"
	"unicode"

	"github.com/resumecheck/resumecheck/internal/lexicon"
	"github.com/resumecheck/resumecheck/internal/rules"
)

// Fix action names understood by Rewrite. Rules carry them as data (rules.Fix).
const (
	ActionDropPronoun    = "drop_pronoun"
	ActionDropWeakOpener = "drop_weak_opener"
	ActionActiveVoice    = "active_voice"
	ActionReplaceWord    = "replace_word"
	ActionAddPlaceholder = "add_placeholder"
	ActionAddTeam        = "add_team_context"
	ActionAddCrossTeam   = "add_cross_team"
	// Actions the scorer applies from a bullet's own signals (no rule needs to ask):
	// a gerund or present-tense opener put in the past, and a long multi-sentence
	// bullet split into one bullet per sentence.
	ActionPastTense      = "past_tense"
	ActionSplitSentences = "split_sentences"
)

// fixer rewrites text; ok is false when it had nothing it could safely change.
type fixer func(text string, params map[string]string) (out string, ok bool)

// actionOrder is the order fixers run in whatever order the fixes come: first clear the
// opening (pronoun, then duty phrase), then voice and wording, then what to add.
var actionOrder = []string{
	ActionDropPronoun, ActionDropWeakOpener, ActionPastTense, ActionActiveVoice, ActionReplaceWord,
	ActionAddPlaceholder, ActionAddTeam, ActionAddCrossTeam, ActionSplitSentences,
}

var fixers = map[string]fixer{
	ActionDropPronoun:    dropPronoun,
	ActionDropWeakOpener: dropWeakOpener,
	ActionActiveVoice:    activeVoice,
	ActionReplaceWord:    replaceWord,
	ActionAddPlaceholder: addPlaceholder,
	ActionAddTeam:        addTeamContext,
	ActionAddCrossTeam:   addCrossTeam,
	ActionPastTense:      pastTense,
	ActionSplitSentences: splitSentences,
}

// KnownAction reports whether Rewrite has a fixer for the action (rule loaders can use
// it to reject typos).
func KnownAction(action string) bool { _, ok := fixers[action]; return ok }

// Rewrite applies the fixes to one bullet and returns the rewritten text and the actions
// that changed it, in the order applied. The result is the same whatever the order of
// fixes. A fix is skipped when its fixer does not apply or when its result would break a
// promise of the tool: no digit outside brackets that the original lacks, and no word of
// the original lost other than pronouns, duty phrases and auxiliaries (so every
// technical term survives).
func Rewrite(text string, fixes []rules.Fix) (after string, actions []string) {
	// A fixer bug on odd text must cost a suggestion, never the report.
	defer func() {
		if r := recover(); r != nil {
			after, actions = strings.TrimSpace(text), nil
		}
	}()
	orig := strings.TrimSpace(collapseSpace(text))
	cur := orig
	if orig == "" {
		return "", nil
	}
	seen := map[string]bool{}
	for _, f := range sortedFixes(fixes) {
		key := fixKey(f)
		if seen[key] {
			continue
		}
		seen[key] = true
		fx, ok := fixers[f.Action]
		if !ok {
			continue
		}
		next, ok := fx(cur, f.Params)
		next = strings.TrimSpace(collapseSpace(next))
		if !ok || next == cur || next == "" {
			continue
		}
		var allowed []string
		if f.Action == ActionReplaceWord {
			allowed = words(f.Params["from"])
		}
		if !safeRewrite(orig, next, allowed) {
			continue
		}
		cur = next
		actions = append(actions, f.Action)
	}
	// A duty opener can uncover a pronoun ("My duties included leading my team"):
	// a requested pronoun fix gets a second look at the end.
	if seen[fixKey(rules.Fix{Action: ActionDropPronoun})] {
		if next, ok := dropPronoun(cur, nil); ok && safeRewrite(orig, next, nil) {
			if !hasString(actions, ActionDropPronoun) {
				actions = append(actions, ActionDropPronoun)
			}
			cur = strings.TrimSpace(collapseSpace(next))
		}
	}
	return cur, actions
}

func hasString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func sortedFixes(fixes []rules.Fix) []rules.Fix {
	rank := map[string]int{}
	for i, a := range actionOrder {
		rank[a] = i
	}
	out := append([]rules.Fix(nil), fixes...)
	sort.SliceStable(out, func(i, j int) bool {
		ri, ok := rank[out[i].Action]
		if !ok {
			ri = len(actionOrder)
		}
		rj, ok := rank[out[j].Action]
		if !ok {
			rj = len(actionOrder)
		}
		if ri != rj {
			return ri < rj
		}
		return fixKey(out[i]) < fixKey(out[j])
	})
	return out
}

func fixKey(f rules.Fix) string {
	keys := make([]string, 0, len(f.Params))
	for k := range f.Params {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	b.WriteString(f.Action)
	for _, k := range keys {
		b.WriteString("\x00" + k + "=" + f.Params[k])
	}
	return b.String()
}

func isHSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'
}

// collapseSpace turns every run of horizontal white space into one space (newlines
// stay). It runs on every fixer's output, so text that needs no change is returned as
// it is, without allocating.
func collapseSpace(s string) string {
	i := 0
	for ; i < len(s); i++ {
		if c := s[i]; c != ' ' && isHSpace(c) || c == ' ' && i+1 < len(s) && isHSpace(s[i+1]) {
			break
		}
	}
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	for i < len(s) {
		if !isHSpace(s[i]) {
			b.WriteByte(s[i])
			i++
			continue
		}
		b.WriteByte(' ')
		for i < len(s) && isHSpace(s[i]) {
			i++
		}
	}
	return b.String()
}

// ---- safety ----

// removable are the words a fixer may take out: pronouns, duty phrases, auxiliaries,
// and the small words they come with.
var removable = setOf(`primary general main key daily i me my myself i'm i've was were is am are be been being has have had
responsible for in charge of tasked charged with duties duty included include includes role
roles responsibilities job task asked to involved participated worked work working on helped
help helps helping assisted assist assisting aided took part by the a an which that it them also
got and of out basis`)

func setOf(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// words splits text into lower-case words with surrounding punctuation trimmed.
func words(s string) []string {
	var out []string
	for _, f := range strings.Fields(s) {
		w := strings.ToLower(trimPunct(f))
		if w != "" {
			out = append(out, w)
		}
	}
	return out
}

func trimPunct(w string) string {
	return strings.TrimFunc(w, func(r rune) bool {
		return unicode.IsPunct(r) && r != '%' && r != '#' && r != '+' && r != '$' || unicode.IsSymbol(r) && r != '$' && r != '+'
	})
}

// outsideBrackets returns s without its [bracketed] placeholders.
func outsideBrackets(s string) string {
	var b strings.Builder
	depth := 0
	for _, r := range s {
		switch {
		case r == '[':
			depth++
		case r == ']' && depth > 0:
			depth--
		case depth == 0:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func digitCounts(s string) map[rune]int {
	m := map[rune]int{}
	for _, r := range s {
		if unicode.IsDigit(r) {
			m[r]++
		}
	}
	return m
}

// NewDigits returns the digits that after has outside brackets beyond those of before.
func NewDigits(before, after string) []rune {
	b := digitCounts(before)
	var out []rune
	a := digitCounts(outsideBrackets(after))
	keys := make([]rune, 0, len(a))
	for r := range a {
		keys = append(keys, r)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	for _, r := range keys {
		if a[r] > b[r] {
			out = append(out, r)
		}
	}
	return out
}

// LostWords returns the words of before that after no longer has in any form, ignoring
// the words fixers are allowed to remove.
func LostWords(before, after string) []string {
	return lostWords(before, after, nil)
}

func lostWords(before, after string, allowed []string) []string {
	have := map[string]bool{}
	l := verbs()
	for _, w := range words(after) {
		have[w] = true
		if b := l.baseOf(w); b != "" {
			have["\x00"+b] = true
		}
	}
	ok := map[string]bool{}
	for _, w := range allowed {
		ok[w] = true
	}
	var lost []string
	for _, w := range words(before) {
		if have[w] || removable[w] || ok[w] {
			continue
		}
		if b := l.baseOf(w); b != "" && have["\x00"+b] {
			continue
		}
		// An action noun turned into its verb ("the development of X" -> "Developed
		// X") keeps the word's meaning: it is not lost.
		if v, ok := nouns().nominal[w]; ok && have["\x00"+v.base] {
			continue
		}
		lost = append(lost, w)
	}
	return lost
}

func safeRewrite(orig, next string, allowed []string) bool {
	return len(NewDigits(orig, next)) == 0 && len(lostWords(orig, next, allowed)) == 0
}

// ---- helpers on word sequences ----

// firstWord splits s into its first word and the rest.
func firstWord(s string) (string, string) {
	s = strings.TrimLeft(s, " ")
	i := strings.IndexByte(s, ' ')
	if i < 0 {
		return s, ""
	}
	return s[:i], strings.TrimLeft(s[i+1:], " ")
}

// hasPrefixWords reports whether s starts with the words of p (case-insensitive) and
// returns the rest.
func hasPrefixWords(s, p string) (string, bool) {
	rest := s
	for _, want := range strings.Fields(p) {
		w, r := firstWord(rest)
		if !strings.EqualFold(w, want) {
			return s, false
		}
		rest = r
	}
	return rest, true
}

// ---- drop_pronoun ----

var (
	midMyRE = regexp.MustCompile(`\b([Mm])y\b`)
	// "and I led" -> "and led"; after "where", "so" or "because" the clause needs its
	// subject ("where I contributed"), so those keep it.
	andIRE   = regexp.MustCompile(`\b(and|but) I\b `)
	byMeRE   = regexp.MustCompile(`(?i) by (me|myself)\b`)
	myselfRE = regexp.MustCompile(`(?i),? ?\bmyself\b`)
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
				return "The"
			}
			return "the"
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

// ---- drop_weak_opener ----

type openerKind int

const (
	ownKind     openerKind = iota // gerund -> past, else "Owned <noun>"
	toVerbKind                    // "My role was to build" -> "Built"
	contribKind                   // gerund -> past, else "Contributed to <noun>"
	helpKind                      // "Helped build" -> "Partnered with [team] to build"
)

type opener struct {
	words string
	kind  openerKind
}

// openers, longest first so "was responsible for" wins over "responsible for".
var openers = func() []opener {
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
	sort.SliceStable(o, func(i, j int) bool {
		return len(strings.Fields(o[i].words)) > len(strings.Fields(o[j].words))
	})
	return o
}()

func isOpener(s string) bool {
	for _, o := range openers {
		if _, ok := hasPrefixWords(s, o.words); ok {
			return true
		}
	}
	return false
}

func dropWeakOpener(text string, _ map[string]string) (string, bool) {
	s := strings.TrimSpace(text)
	for _, o := range openers {
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
	fill := "owned"
	if kind == contribKind {
		fill = "contributed to"
	}
	if v, ok := l.byPast[lw]; ok && kind != helpKind && lw != "set" && lw != "cut" {
		// "Responsible for led the team" (a verb already in the past): just drop the opener.
		return tail(join(capitalise(v.past)+suffixPunct(w), r)), true
	}
	switch kind {
	case ownKind, contribKind:
		if v, ok := l.byGerund[lw]; ok {
			return fillNounConjunct(tail(join(capitalise(v.past)+suffixPunct(w), r)), fill), true
		}
		if kind == ownKind {
			if out, ok := nominalToVerb(rest); ok {
				return out, true
			}
			return "Owned " + rest, true
		}
		return "Contributed to " + rest, true
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
				// the thing helped with, a noun; "Supported hiring" keeps it one.
				return "Supported " + rest, true
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
		if r2, ok := hasPrefixWords(rest, "with"); ok && r2 != "" {
			rest = r2
		}
		return "Supported " + rest, true
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
	return clauseWords[strings.ToLower(trimPunct(n))]
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
		if peopleNouns[strings.ToLower(trimPunct(w))] {
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

// ---- active_voice ----

var auxWords = map[string]bool{"was": true, "were": true, "is": true, "are": true, "got": true, "been": true}

// determiners are lower-cased when a subject moves behind the verb; anything else keeps
// its case (a product or technology name).
var determiners = setOf(`the a an our this these those all several multiple many some each every its their`)

func activeVoice(text string, _ map[string]string) (string, bool) {
	s := strings.TrimSpace(text)
	ws := strings.Split(s, " ")
	for k := 0; k < len(ws) && k <= 12; k++ {
		aux := strings.ToLower(ws[k])
		if !auxWords[aux] {
			continue
		}
		j := k + 1
		if j < len(ws) && strings.HasSuffix(strings.ToLower(ws[j]), "ly") {
			j++ // "was successfully migrated"
		}
		if j >= len(ws) {
			break
		}
		core := strings.TrimRightFunc(ws[j], unicode.IsPunct)
		v, ok := participle(core)
		if !ok {
			continue
		}
		adverb := ""
		if j == k+2 {
			adverb = ws[k+1]
		}
		start := k
		if k > 0 {
			switch strings.ToLower(ws[k-1]) {
			case "has", "have", "had":
				if aux == "been" {
					start = k - 1
				}
			}
		}
		if start == 0 && (v.base == "" || dative[v.base]) {
			// With no subject the writer is the one acted on: "Was offered a
			// full-time role" must not become "Offered a full-time role". Only verbs
			// of the lexicon whose object is not a receiver are trusted here.
			return s, false
		}
		if otherAgent(ws[j+1:]) {
			// "Phabricator is used daily by Facebook": someone else did it, so the
			// writer cannot become the subject.
			return s, false
		}
		vp, next, punct := verbPhrase(ws, j, v)
		rest := strings.Join(ws[next:], " ")
		rest, agent := stripAgent(rest)
		if start == 0 {
			// "Was promoted to lead" -> "Promoted to lead".
			out := join(capitalise(vp)+punct, rest)
			return withAgent(prefixAdverb(adverb, out), agent), true
		}
		subj := ws[:start]
		if len(subj) <= 6 && noClauseBreak(subj) {
			np := lowerSubject(strings.Join(subj, " "))
			out := capitalise(vp) + " " + np + punct
			out = join(out, rest)
			return withAgent(prefixAdverb(adverb, out), agent), true
		}
		if v.gerund == "" {
			return s, false
		}
		// The clause rewrite below keeps one participle and no particle.
		punct = ws[j][len(core):]
		rest, agent = stripAgent(strings.Join(ws[j+1:], " "))
		// "..., downtime was reduced by 40%" -> "..., reducing downtime by 40%".
		for b := start - 1; b >= 0 && start-b <= 4; b-- {
			w := ws[b]
			lw := strings.ToLower(w)
			if strings.HasSuffix(w, ",") || strings.HasSuffix(w, ";") || lw == "and" {
				head := strings.Join(ws[:b+1], " ")
				if lw == "and" {
					// "X, and latency was reduced" -> "X, reducing latency".
					head = strings.TrimRight(strings.Join(ws[:b], " "), ",;") + ","
				}
				np := ws[b+1 : start]
				if len(np) == 0 || !noClauseBreak(np) {
					break
				}
				if lw == "which" || lw == "that" {
					break
				}
				if len(np) == 1 && (strings.EqualFold(np[0], "which") || strings.EqualFold(np[0], "that")) {
					obj := "it"
					if aux == "were" || aux == "are" {
						obj = "them"
					}
					return withAgent(join(head+" "+v.gerund+" "+obj+punct, rest), agent), true
				}
				return withAgent(join(head+" "+v.gerund+" "+lowerDeterminer(strings.Join(np, " "))+punct, rest), agent), true
			}
		}
		return s, false
	}
	return s, false
}

// participle returns the verb whose passive participle w is: a verb of the lexicon,
// or else any lower-case word in "-ed" that is not a state ("was involved in", "is
// based in", from the rules' adjectival_participles lexicon). A regular participle is
// also its past, so the active rewrite keeps the word as written; such a verb has no
// gerund and the clause rewrite ("..., reducing X") does not use it.
func participle(w string) (*verb, bool) {
	lw := strings.ToLower(w)
	if v, ok := verbs().byParticiple[lw]; ok {
		return v, true
	}
	if len(lw) < 5 || !strings.HasSuffix(lw, "ed") || w != lw || strings.IndexFunc(lw, func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 {
		return nil, false
	}
	if adjectival().Has(lw) {
		return nil, false
	}
	return &verb{past: lw, participle: lw}, true
}

var (
	adjOnce sync.Once
	adjLex  *lexicon.Lexicon
)

// adjectival is the built-in lexicon of participles that describe a state; without it
// (a broken build) no unknown participle is trusted.
func adjectival() *lexicon.Lexicon {
	adjOnce.Do(func() {
		adjLex = &lexicon.Lexicon{}
		if set, err := lexicon.Builtin(); err == nil {
			if l, ok := set.Get("adjectival_participles"); ok {
				adjLex = l
			}
		}
	})
	return adjLex
}

// dative verbs take the receiver as the passive subject ("was given", "was taught"):
// dropping an absent subject would turn the writer from receiver into giver.
var dative = setOf(`give send teach offer award grant show tell pay assign ask bring`)

// particles complete a phrasal verb ("set up", "rolled out", "shut down").
var particles = setOf(`up out down off back`)

// verbPhrase reads the passive participles from ws[j] on and returns them in the past
// for the active rewrite: coordinated participles come along ("written and tested" ->
// "wrote and tested", "designed, built and deployed"), and so does a particle that has
// no object of its own ("set up for new staff" -> "set up"). next is the index of the
// first word after the phrase; punct is the punctuation that ended it.
func verbPhrase(ws []string, j int, v *verb) (vp string, next int, punct string) {
	core := strings.TrimRightFunc(ws[j], unicode.IsPunct)
	parts := []string{v.past}
	punct = ws[j][len(core):]
	next = j + 1
	// Coordination: "written and tested", "designed, built and deployed".
	k := j
	var list []string
	for {
		w := ws[k]
		sep := ""
		n := k + 1
		if strings.HasSuffix(w, ",") {
			sep = ","
		} else if n < len(ws) && (ws[n] == "and" || ws[n] == "or") && !strings.ContainsAny(w, ".;:") {
			sep = ws[n]
			n++
		} else {
			break
		}
		if n >= len(ws) {
			break
		}
		c := strings.TrimRightFunc(ws[n], unicode.IsPunct)
		pv, ok := participle(c)
		if !ok || c != strings.ToLower(c) {
			break
		}
		list = append(list, sep, pv.past)
		k = n
		if sep != "," {
			// "and"/"or" closes the list.
			punct = ws[n][len(c):]
			next = n + 1
			parts = append(parts, list...)
			list = nil
			break
		}
	}
	if len(parts) == 1 && punct == "" && next < len(ws) && particles[strings.ToLower(strings.TrimRightFunc(ws[next], unicode.IsPunct))] {
		// A particle is part of the verb when no object follows it.
		p := strings.TrimRightFunc(ws[next], unicode.IsPunct)
		after := ""
		if next+1 < len(ws) {
			after = strings.ToLower(trimPunct(ws[next+1]))
		}
		if p != ws[next] || after == "" || clauseWords[after] {
			parts = append(parts, strings.ToLower(p))
			punct = ws[next][len(p):]
			next++
		}
	}
	var b strings.Builder
	for i, p := range parts {
		switch {
		case i == 0:
			b.WriteString(p)
		case p == ",":
			b.WriteString(",")
		default:
			b.WriteString(" " + p)
		}
	}
	return b.String(), next, punct
}

// lowerSubject writes a subject moved behind the verb in lower case where its capital
// came only from opening the sentence: a determiner ("The API" -> "the API") or a
// listed common noun ("Code", "Computers"). Names keep their capitals.
func lowerSubject(np string) string {
	w, r := firstWord(np)
	if determiners[strings.ToLower(w)] {
		return join(strings.ToLower(w), r)
	}
	if w != "" && w[1:] == strings.ToLower(w[1:]) && nouns().isCommon(trimPunct(w)) {
		return join(strings.ToLower(w), r)
	}
	return np
}

var basisRE = regexp.MustCompile(`(?i)\bon an? (hourly|daily|nightly|weekly|monthly|quarterly|yearly) basis\b`)

// tidyBasis shortens "on a weekly basis" to "weekly" in a sentence a fixer has
// rewritten anyway; the frequency word stays.
func tidyBasis(s string) string {
	return basisRE.ReplaceAllStringFunc(s, func(m string) string {
		return strings.ToLower(basisRE.FindStringSubmatch(m)[1])
	})
}

func withAgent(s, agent string) string {
	s = tidyBasis(s)
	if agent == "" {
		return s
	}
	return appendPhrase(s, agent)
}

func prefixAdverb(adverb, s string) string {
	if adverb == "" {
		return s
	}
	return capitalise(strings.ToLower(adverb)) + " " + lowerFirstVerb(s)
}

func lowerFirstVerb(s string) string {
	w, r := firstWord(s)
	return join(strings.ToLower(w), r)
}

var agentRE = regexp.MustCompile(`(?i)\bby (me|myself|us|(?:my|our|the) team)\b`)

// timeWords after "by" name a deadline, not a doer ("shipped by Friday").
var timeWords = setOf(`january february march april may june july august september october november
december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday
saturday sunday q1 q2 q3 q4 end launch year quarter month week day deadline`)

// otherAgent reports whether the clause after a passive participle names a doer other
// than the writer or the writer's team: "by" followed, within three words, by a name
// (a capitalised word that is not a month or quarter) or a people noun ("by users",
// "by the sales team"). "by 40%", "by automating X" and "by the end of Q3" are a
// measure, a means and a deadline.
func otherAgent(ws []string) bool {
	for i, w := range ws {
		if strings.ContainsAny(w, ".;") && i < len(ws)-1 {
			return false // the clause ended
		}
		if !strings.EqualFold(w, "by") || i+1 >= len(ws) {
			continue
		}
		if agentRE.MatchString(strings.Join(ws[i:min(i+3, len(ws))], " ")) {
			return false
		}
		for k := i + 1; k < len(ws) && k <= i+3; k++ {
			x := trimPunct(ws[k])
			lx := strings.ToLower(x)
			if x == "" || timeWords[lx] || strings.HasSuffix(lx, "ing") || strings.IndexFunc(x, unicode.IsDigit) >= 0 || strings.HasPrefix(ws[k], "[") {
				break
			}
			if r := []rune(x)[0]; unicode.IsUpper(r) || peopleNouns[lx] {
				return true
			}
		}
	}
	return false
}

// stripAgent removes "by me" and turns "by my team" into " with the team" (returned as a
// suffix to add at the end, before the final full stop).
func stripAgent(rest string) (string, string) {
	m := agentRE.FindStringSubmatchIndex(rest)
	if m == nil {
		return rest, ""
	}
	who := strings.ToLower(rest[m[2]:m[3]])
	out := strings.TrimSpace(collapseSpace(rest[:m[0]] + rest[m[1]:]))
	if who == "me" || who == "myself" {
		return out, ""
	}
	return out, " with the team"
}

func noClauseBreak(ws []string) bool {
	l := verbs()
	for i, w := range ws {
		if i < len(ws)-1 && strings.ContainsAny(w, ",;:.") {
			return false
		}
		lw := strings.ToLower(trimPunct(w))
		if lw == "and" && i == 0 {
			return false
		}
		if _, ok := l.byPast[lw]; ok {
			return false
		}
	}
	return true
}

func lowerDeterminer(np string) string {
	w, r := firstWord(np)
	if determiners[strings.ToLower(w)] {
		return join(strings.ToLower(w), r)
	}
	return np
}

// ---- replace_word ----

// dropReplacements are what a filler phrase becomes when a rule asks to drop it but the
// sentence still needs a word in its place.
var dropReplacements = map[string]string{
	"in order to": "to", "utilized": "used", "utilize": "use", "utilizing": "using",
	"utilised": "used", "utilise": "use", "utilising": "using",
}

func replaceWord(text string, p map[string]string) (string, bool) {
	from, to := p["from"], p["to"]
	if strings.TrimSpace(from) == "" || looksTechnical(from) {
		return text, false
	}
	if to == "" {
		to = dropReplacements[strings.ToLower(strings.TrimSpace(from))]
	}
	re, err := regexp.Compile(`(?i)\b` + regexp.QuoteMeta(from) + `\b`)
	if err != nil {
		return text, false
	}
	out := re.ReplaceAllStringFunc(text, func(m string) string { return matchCase(to, m) })
	out = strings.TrimSpace(collapseSpace(out))
	out = strings.ReplaceAll(out, " ,", ",")
	out = strings.TrimLeft(out, ", ")
	if t := strings.TrimSpace(text); t != "" && unicode.IsUpper([]rune(t)[0]) {
		out = capitalise(out)
	}
	return out, out != "" && out != strings.TrimSpace(text)
}

// looksTechnical is true for words a fixer must never replace: names with inner capitals,
// digits or symbols (Node.js, C++, gRPC, S3).
func looksTechnical(w string) bool {
	for i, r := range w {
		if unicode.IsDigit(r) || strings.ContainsRune(".+#/_", r) || i > 0 && unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// ---- additions ----

// appendPhrase adds phrase before the bullet's final full stop. A phrase that starts
// with a comma or semicolon is glued on; otherwise it follows a space.
func appendPhrase(text, phrase string) string {
	s := strings.TrimSpace(text)
	// In a bullet of several sentences the phrase belongs to the sentence that holds
	// the action: the first that opens with a verb ("TensorFlow: an open source
	// library. Worked on its APIs." extends the second), else the first.
	if locs := sentenceEndRE.FindAllStringIndex(s, -1); locs != nil && !strings.Contains(s, "\n") {
		cut := locs[0][0] + 1
		if !opensWithAction(s) {
			for _, loc := range locs {
				next := s[loc[0]+1:]
				if opensWithAction(strings.TrimSpace(next)) {
					end := len(s)
					if rest := sentenceEndRE.FindStringIndex(next); rest != nil {
						end = loc[0] + 1 + rest[0] + 1
					}
					return s[:loc[0]+1] + " " + appendPhrase(strings.TrimSpace(s[loc[0]+1:end]), phrase) + s[end:]
				}
			}
		}
		return appendPhrase(s[:cut], phrase) + s[cut:]
	}
	end := ""
	if strings.HasSuffix(s, ".") && !strings.HasSuffix(s, "...") {
		s, end = strings.TrimSuffix(s, "."), "."
	}
	s = strings.TrimRight(s, " ;,")
	phrase = strings.TrimSpace(phrase)
	if strings.HasSuffix(s, ")") {
		// "... alignment (incl. spacing and colours)": the phrase goes before the aside.
		if i := strings.LastIndex(s, " ("); i > 0 && !strings.Contains(s[i:], "[") {
			return appendPhrase(s[:i], phrase) + s[i:] + end
		}
	}
	if strings.HasPrefix(phrase, ",") || strings.HasPrefix(phrase, ";") {
		return s + phrase + end
	}
	if w, _ := firstWord(phrase); strings.HasSuffix(strings.ToLower(w), "ing") {
		// A participle clause ("leading a team of [N]") follows a comma.
		return s + ", " + phrase + end
	}
	return s + " " + phrase + end
}

// opensWithAction reports whether a sentence opens with a verb: a known one, a duty
// opener ("Worked on"), or a capitalised past form ("Refactored").
func opensWithAction(s string) bool {
	s = afterLabel(s)
	w, _ := firstWord(s)
	w = trimPunct(w)
	if verbs().baseOf(w) != "" || isOpener(s) {
		return true
	}
	lw := strings.ToLower(w)
	return len(lw) > 4 && strings.HasSuffix(lw, "ed") && strings.IndexFunc(lw, func(r rune) bool { return r < 'a' || r > 'z' }) < 0
}

// afterLabel drops a short label that opens a bullet ("Content Discovery: Improved
// search" -> "Improved search"); other text comes back unchanged.
func afterLabel(s string) string {
	i := strings.Index(s, ": ")
	if i <= 0 || len(strings.Fields(s[:i])) > 4 || strings.ContainsAny(s[:i], ".,;([") {
		return s
	}
	return strings.TrimSpace(s[i+2:])
}

func containsFold(s, sub string) bool {
	return strings.Contains(strings.ToLower(s), strings.ToLower(strings.TrimLeft(sub, ",; ")))
}

func addPlaceholder(text string, p map[string]string) (string, bool) {
	phrase := p["text"]
	if strings.TrimSpace(phrase) == "" || containsFold(text, phrase) {
		return text, false
	}
	if p["where"] == "start" {
		s := strings.TrimSpace(text)
		w, r := firstWord(s)
		if verbs().baseOf(trimPunct(w)) != "" {
			s = join(strings.ToLower(w), r)
		}
		return capitalise(strings.TrimSpace(phrase)) + " " + s, true
	}
	return appendPhrase(text, phrase), true
}

func addTeamContext(text string, p map[string]string) (string, bool) {
	phrase := p["text"]
	if phrase == "" {
		phrase = "with a team of [N] engineers"
	}
	lt := strings.ToLower(text)
	if containsFold(text, phrase) || strings.Contains(lt, "team of") {
		return text, false
	}
	return appendPhrase(text, phrase), true
}

func addCrossTeam(text string, p map[string]string) (string, bool) {
	phrase := p["text"]
	if phrase == "" {
		phrase = ", partnering with [product/design]"
	}
	lt := strings.ToLower(text)
	if containsFold(text, phrase) || strings.Contains(lt, "partnering with") || strings.Contains(lt, "partnered with") {
		return text, false
	}
	if r, ok := hasPrefixWords(phrase, "with"); ok && len(strings.Fields(text)) > 10 {
		// At the end of a long bullet a bare "with [...]" would attach to the last noun.
		phrase = ", partnering with " + r
	}
	return appendPhrase(text, phrase), true
}

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

var parenRE = regexp.MustCompile(`\([^()]*\)`)

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

// ---- split_sentences ----

var sentenceEndRE = regexp.MustCompile(`([.!?])\s+(\p{Lu})`)

// splitSentences turns a bullet of several sentences into one line per sentence, each a
// bullet of its own; every word is kept. Pieces shorter than three words are not split.
func splitSentences(text string, _ map[string]string) (string, bool) {
	s := strings.TrimSpace(text)
	marked := sentenceEndRE.ReplaceAllString(s, "$1\n$2")
	parts := strings.Split(marked, "\n")
	if len(parts) < 2 {
		return s, false
	}
	for _, p := range parts {
		if len(strings.Fields(p)) < 3 {
			return s, false
		}
	}
	return strings.Join(parts, "\n"), true
}
