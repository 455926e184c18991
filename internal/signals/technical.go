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
		if b.v.capitalOnly[lw] {
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
		if (lw == "model" || lw == "models") && b.v.businessModels[b.word(b.tokenAt(sp.Start)-1)] {
			continue // "the pricing model", "our operating model"
		}
		if strings.HasPrefix(lw, "pipeline") && b.v.nonTechPipeline[b.word(b.tokenAt(sp.Start)-1)] {
			continue // "hiring pipeline", "sales pipeline"
		}
		if (lw == "spring" || lw == "fall") && isYear(b.word(b.tokenAt(sp.End-1)+1)) {
			continue // "Spring 2021"
		}
		if lw == "testers" || lw == "tester" {
			continue // "beta testers": people who try a product, not testing work
		}
		if strings.HasPrefix(lw, "backup") && b.v.plannedBackups[b.word(b.tokenAt(sp.End-1)+1)] {
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
		if b.v.groupNouns[b.low[m]] || b.v.peopleNouns[b.low[m]] {
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
		if !b.v.softwareVerbs[b.low[i]] || !strings.HasPrefix(b.toks[i].Tag, "VB") && i != b.first {
			continue
		}
		if b.word(i+1) == "by" {
			continue
		}
		for k := i + 1; k < len(b.low) && k <= i+7; k++ {
			w, tag := b.low[k], b.toks[k].Tag
			if b.v.softwareArtifacts[w] {
				if k+1 < len(b.toks) && strings.HasPrefix(b.toks[k+1].Tag, "NN") && !b.v.clauseBreaks[b.low[k+1]] {
					continue // not the head: "app store", "tool budget"
				}
				out = append(out, Span{b.toks[i].Start, b.toks[k].End})
				break
			}
			if b.v.softwareVerbs[w] || b.v.determiners[w] || w == "and" || w == "," || w == "-" || isNumberish(w) ||
				tag == "JJ" || tag == "CD" || strings.HasPrefix(tag, "NN") || tag == "PRP$" || tag == "VBN" && k > i+1 {
				continue
			}
			break
		}
	}
	return out
}
