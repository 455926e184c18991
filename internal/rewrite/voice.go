package rewrite

import (
	"strings"
	"sync"
	"unicode"

	"github.com/resumecheck/resumecheck/internal/lazyregexp"
	"github.com/resumecheck/resumecheck/internal/lexicon"
)

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
		if start == 0 && (v.base == "" || dative()[v.base]) {
			// With no subject the writer is the one acted on: "Was offered a
			// full-time role" must not become "Offered a full-time role". Only verbs
			// of the lexicon whose object is not a receiver are trusted here.
			return s, false
		}
		if otherAgent(ws[j+1:]) {
			// "The tracker is used daily by the whole company": someone else did it, so the
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
	if len(parts) == 1 && punct == "" && next < len(ws) && particles()[strings.ToLower(strings.TrimRightFunc(ws[next], unicode.IsPunct))] {
		// A particle is part of the verb when no object follows it.
		p := strings.TrimRightFunc(ws[next], unicode.IsPunct)
		after := ""
		if next+1 < len(ws) {
			after = strings.ToLower(trimPunct(ws[next+1]))
		}
		if p != ws[next] || after == "" || clauseWords()[after] {
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
	if determiners()[strings.ToLower(w)] {
		return join(strings.ToLower(w), r)
	}
	if w != "" && w[1:] == strings.ToLower(w[1:]) && nouns().isCommon(trimPunct(w)) {
		return join(strings.ToLower(w), r)
	}
	return np
}

var basisRE = lazyregexp.New(`(?i)\bon an? (hourly|daily|nightly|weekly|monthly|quarterly|yearly) basis\b`)

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

var agentRE = lazyregexp.New(`(?i)\bby (me|myself|us|(?:my|our|the) team)\b`)

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
			if x == "" || timeWords()[lx] || strings.HasSuffix(lx, "ing") || strings.IndexFunc(x, unicode.IsDigit) >= 0 || strings.HasPrefix(ws[k], "[") {
				break
			}
			if r := []rune(x)[0]; unicode.IsUpper(r) || peopleNouns()[lx] {
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
	if determiners()[strings.ToLower(w)] {
		return join(strings.ToLower(w), r)
	}
	return np
}
