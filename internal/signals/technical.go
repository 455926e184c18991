package signals

// Technical content.

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/resumecheck/resumecheck/internal/lazyregexp"
)

func (a *Analyzer) technical(b *bullet, people []Span) []Span {
	var out []Span
	for _, sp := range merge(a.find("technical", b), b.phr[phTech]) {
		w := b.span(sp)
		lw := strings.ToLower(w)
		if b.v.capitalOnly.has(lw) {
			if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
				continue
			}
			if sp.End < len(b.runes) && (b.runes[sp.End] == '-' || b.runes[sp.End] == '&') {
				continue // "go-to-market", "C-suite", "R&D"
			}
			if lw == "go" && sp.Start == openerStart(b) && b.tokenAt(sp.Start)+1 < len(b.toks) && b.toks[b.tokenAt(sp.Start)+1].Text != "," {
				continue // "Go live with…"
			}
		}
		if inside(sp, people) && !b.v.personWord(b.word(b.tokenAt(sp.End-1)+1)) {
			continue // "performance reviews", but "mentored junior backend engineers" names backend work
		}
		if lw == "build" && buyRe.MatchString(string(b.runes[sp.End:])) {
			continue // "build-versus-buy": a sourcing decision
		}
		if (lw == "model" || lw == "models") && b.v.businessModels.has(b.word(b.tokenAt(sp.Start)-1)) {
			continue // "the pricing model", "our operating model"
		}
		if strings.HasPrefix(lw, "pipeline") && b.v.nonTechPipeline.has(b.word(b.tokenAt(sp.Start)-1)) {
			continue // "hiring pipeline", "sales pipeline"
		}
		if (lw == "service" || lw == "services") && b.v.businessServices.has(b.word(b.tokenAt(sp.Start)-1)) {
			continue // "consulting services", "customer service": work for clients
		}
		if b.v.domainTerms.has(lw) && b.v.domainHeads.has(b.word(b.tokenAt(sp.End-1)+1)) {
			continue // "the hardware team", "a hardware budget": a function or a purchase
		}
		if (lw == "spring" || lw == "fall") && isYear(b.word(b.tokenAt(sp.End-1)+1)) {
			continue // "Spring 2021"
		}
		if lw == "testers" || lw == "tester" {
			continue // "beta testers": people who try a product, not testing work
		}
		if strings.HasPrefix(lw, "backup") && b.v.plannedBackups.has(b.word(b.tokenAt(sp.End-1)+1)) {
			continue // "a backup plan", "the backup on-call owner": a fallback, not a copy of data
		}
		if (strings.HasPrefix(lw, "spin") || strings.HasPrefix(lw, "spun")) && groupWithin(b, b.tokenAt(sp.End-1)+1, 3) {
			continue // "spun up a new squad": a team formed, not machines started
		}
		if lw == "technical" && sp.Start >= 4 && strings.EqualFold(string(b.runes[sp.Start-4:sp.Start]), "non-") {
			continue
		}
		out = append(out, sp)
	}
	return out
}

// groupWithin reports a word naming a group of people among the n tokens from k on.
func groupWithin(b *bullet, k, n int) bool {
	for m := k; m < len(b.low) && m < k+n; m++ {
		if b.v.groupNouns.has(b.low[m]) || b.v.peopleNouns.has(b.low[m]) {
			return true
		}
	}
	return false
}

// buyRe follows "build" in a sourcing decision: "build-versus-buy".
var buyRe = lazyregexp.New(`(?i)^[-\s]+(versus|vs\.?|or)[-\s]+buy\b`)

// builtSoftware finds a software verb whose object is a software artefact: "Designed
// the checkout features", "Developed a portal for teachers", "Implemented the
// timetable UI". The object is read from the verb through determiners, adjectives,
// numbers, nouns, "and" and commas; the artefact must be the head noun (the last
// noun before anything else), so "developed product strategy" is not one.
func (a *Analyzer) builtSoftware(b *bullet) []Span {
	var out []Span
	for i := 0; i < len(b.low); i++ {
		if !b.v.softwareVerbs.has(b.low[i]) || !strings.HasPrefix(b.toks[i].Tag, "VB") && i != b.first {
			continue
		}
		if b.word(i+1) == "by" {
			continue
		}
		for k := i + 1; k < len(b.low) && k <= i+7; k++ {
			w, tag := b.low[k], b.toks[k].Tag
			if b.v.softwareArtifacts.has(w) {
				if k+1 < len(b.toks) && strings.HasPrefix(b.toks[k+1].Tag, "NN") && !b.v.clauseBreaks.has(b.low[k+1]) {
					continue // not the head: "app store", "tool budget"
				}
				out = append(out, Span{b.toks[i].Start, b.toks[k].End})
				break
			}
			if b.v.softwareVerbs.has(w) || b.v.determiners.has(w) || w == "and" || w == "," || w == "-" || isNumberish(w) ||
				tag == "JJ" || tag == "CD" || strings.HasPrefix(tag, "NN") || tag == "PRP$" || tag == "VBN" && k > i+1 {
				continue
			}
			break
		}
	}
	return out
}

// techNames finds technologies the lexicon does not list, by their shape and place:
//   - a name with a capital inside it after a small letter ("WebSocket", "SmartThings",
//     "macOS"): the way products and technologies are written, unlike ordinary words
//     (not_tech_names lists the exceptions, like degrees: "PhD"), unless it names an
//     organisation: possessive ("OpenAI's lab") or after one of org_cues ("at eBay",
//     "founded BrightLoop");
//   - a capitalised name after one of tool_preps ("using Canvas", "via Zapier"): a tool
//     the work was done with, unless it is a method (pm lexicon: "using Agile");
//   - a capitalised name after "in" that follows a software verb or noun in the same
//     clause ("Rewrote the presentation layer in Jetpack Compose", "implement a
//     transform in Verilog"): the language or framework something was built in. (Not
//     after "with": "developed it with Dr. Smith" names a person as often.)
func (a *Analyzer) techNames(b *bullet) []Span {
	var out []Span
	verb := false // a software verb seen in this clause
	for k, t := range b.toks {
		w := b.low[k]
		if b.v.clauseBreaks.has(w) {
			verb = false
		}
		if b.v.softwareVerbs.has(w) || b.v.softwareNouns.has(w) {
			verb = true
		}
		if nameShape(t.Text) && !b.v.notTechNames.has(w) && !possessive(b.word(k+1)) && !b.v.orgCues.has(b.word(k-1)) {
			out = append(out, Span{t.Start, t.End})
			continue
		}
		if k+1 >= len(b.toks) {
			continue
		}
		n, nt := strings.TrimRight(b.low[k+1], "."), b.toks[k+1].Text
		if !capitalised(nt) || b.v.notTechNames.has(n) || a.lex["functions"].Has(n) || a.lex["pm"].Has(n) || possessive(b.word(k+2)) ||
			b.v.peopleGroups.has(b.word(k+2)) || b.v.groupNouns.has(b.word(k+2)) {
			continue // "with the UX team", "in OpenAI's lab", "in May"
		}
		if b.v.toolPreps.has(w) && strings.ToUpper(nt) != nt || verb && w == "in" && strings.HasPrefix(b.toks[k+1].Tag, "NNP") && lettersOnly(n) {
			// ("using RICE scoring": an acronym after "using" is as often a method; the
			// lexicon lists the technical ones)
			out = append(out, Span{b.toks[k+1].Start, b.toks[k+1].End})
		}
	}
	return out
}

// nameShape reports a word of letters (and digits) with a capital after a small letter
// ("WebSocket", "iOS"), or with digits between letters and a small letter in it
// ("Neo4j", "Log4j-core", "K8s", "i18n"; "B2B" and "Q3" are business labels).
func nameShape(w string) bool {
	if strings.Contains(w, "-") {
		// each part on its own: "Log4j-core" is a name, "Self-Service" is two words
		for part := range strings.SplitSeq(w, "-") {
			if nameShape(part) {
				return true
			}
		}
		return false
	}
	small, letter, digitAfterLetter := false, false, false
	camel, inner := false, false
	for _, r := range w {
		switch {
		case unicode.IsLower(r):
			small = true
			inner = inner || digitAfterLetter
			letter = true
		case unicode.IsUpper(r):
			camel = camel || small
			inner = inner || digitAfterLetter
			letter = true
		case unicode.IsDigit(r):
			digitAfterLetter = digitAfterLetter || letter
		default:
			return false
		}
	}
	return camel || inner && small
}

// capitalised reports a word that starts with a capital letter.
func capitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

func possessive(w string) bool { return w == "'s" || w == "’s" || w == "'" || w == "’" }

func lettersOnly(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return w != ""
}
