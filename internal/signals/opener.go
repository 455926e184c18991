package signals

// First person, weak openers, the opening action verb and passive voice.

import (
	"strings"
	"unicode"
)

func (a *Analyzer) firstPerson(b *bullet) []Span {
	var out []Span
	for _, sp := range a.find("first_person", b) {
		if isIO(b, sp) || sp.Start > 0 && b.runes[sp.Start-1] == '-' || sp.End < len(b.runes) && b.runes[sp.End] == '-' {
			continue // "I/O", "ask-me-anything"
		}
		if i := b.tokenAt(sp.Start); b.span(sp) == "I" && b.v.numeralBefore.has(b.word(i-1)) {
			continue // "phase I trials": a Roman numeral
		}
		if listNumeral(b, sp) {
			continue // "(i) a billing API and (ii) ...", "i. payments ii. search"
		}
		out = append(out, sp)
	}
	return out
}

// listNumeral reports an "i" that numbers a list item: in parentheses ("(i)", "i)"),
// or followed by a full stop when the bullet also has a "ii" item.
func listNumeral(b *bullet, sp Span) bool {
	if w := strings.ToLower(b.span(sp)); w != "i" {
		return false
	}
	before, after := rune(0), rune(0)
	if sp.Start > 0 {
		before = b.runes[sp.Start-1]
	}
	if sp.End < len(b.runes) {
		after = b.runes[sp.End]
	}
	if before == '(' || after == ')' {
		return true
	}
	if after == '.' || after == ':' {
		for _, w := range b.low {
			if w == "ii" {
				return true
			}
		}
	}
	return false
}

// isIO reports a span that is the "I" of "I/O".
func isIO(b *bullet, sp Span) bool {
	return sp.End < len(b.runes) && b.runes[sp.End] == '/' ||
		sp.Start > 0 && b.runes[sp.Start-1] == '/'
}

// openerStart is the rune offset of the bullet's first letter or digit.
func openerStart(b *bullet) int {
	for i, r := range b.runes {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return i
		}
	}
	return -1
}

// labelledStart is the rune offset of the first word after a short label that opens the
// bullet and ends in a colon ("On-call: Participated in the rota", "Security: Responsible
// for IAM"): the bullet's real opener. It is -1 when there is no such label (at most
// five words, none of them a verb in the past tense).
func labelledStart(b *bullet) int {
	if b.first < 0 {
		return -1
	}
	for k := b.first + 1; k < len(b.toks) && k <= b.first+5; k++ {
		if b.low[k] == ":" {
			if k+1 < len(b.toks) {
				return b.toks[k+1].Start
			}
			return -1
		}
		if b.toks[k].Tag == "VBD" {
			return -1
		}
	}
	return -1
}

func (a *Analyzer) weakOpener(b *bullet) []Span {
	start, afterLabel := openerStart(b), labelledStart(b)
	for _, sp := range a.find("weak_openers", b) {
		if sp.Start != start && sp.Start != afterLabel {
			continue
		}
		w := b.span(sp)
		if isIO(b, sp) || w == "US" {
			return nil
		}
		return []Span{sp}
	}
	return a.looseWeakOpener(b)
}

// looseWeakOpener finds a duty-style opener with fillers before or inside it:
// "Successfully helped", "Worked actively in", "Active involvement in". Fillers are
// the opener_fillers words and adverbs in -ly; up to four other words are read.
func (a *Analyzer) looseWeakOpener(b *bullet) []Span {
	if b.first < 0 {
		return nil
	}
	// most bullets have no filler among their first words: they cost no allocation
	filler := -1
	for k := b.first; k < len(b.toks) && k < b.first+4 && filler < 0; k++ {
		if w := b.low[k]; b.v.openerFillers.has(w) || strings.HasSuffix(w, "ly") && strings.HasPrefix(b.toks[k].Tag, "RB") {
			filler = k
		}
	}
	if filler < 0 {
		return nil
	}
	var words []string
	var ends []int
	skipped := false
	for k := b.first; k < len(b.toks) && len(words) < 4; k++ {
		w := b.low[k]
		if !hasWordRune(w) {
			break
		}
		if b.v.openerFillers.has(w) || strings.HasSuffix(w, "ly") && strings.HasPrefix(b.toks[k].Tag, "RB") {
			skipped = true
			continue
		}
		words = append(words, w)
		ends = append(ends, b.toks[k].End)
	}
	if !skipped {
		return nil // the plain opener was already looked up
	}
	weak := a.lex["weak_openers"]
	for n := len(words); n > 0; n-- {
		if p := strings.Join(words[:n], " "); weak.Has(p) && !a.lex["first_person"].Has(p) {
			return []Span{{b.toks[b.first].Start, ends[n-1]}}
		}
	}
	return nil
}

var verbTags = set("VB", "VBD", "VBN", "VBP", "VBZ")

func (a *Analyzer) actionVerb(b *bullet) string {
	if b.first < 0 {
		return ""
	}
	t := b.toks[b.first]
	w := b.low[b.first]
	if a.lex["strong_verbs"].Has(w) {
		return w
	}
	if b.v.notActions.has(w) || a.lex["weak_openers"].Has(w) {
		return ""
	}
	if verbTags[t.Tag] && (t.Tag != "VBN" && t.Tag != "VBD" || strings.HasSuffix(w, "ed")) {
		return w
	}
	return ""
}

// ---- passive voice

func (a *Analyzer) passive(b *bullet) []Span {
	be := a.lex["be_forms"]
	var out []Span
	for i := 0; i < len(b.toks); i++ {
		if !be.Has(b.low[i]) || b.toks[i].Tag == "POS" {
			continue // "the sector's segregated network": a possessive
		}
		j := i + 1
		for j < len(b.toks) && (b.v.skipAfterBe.has(b.low[j]) || strings.HasPrefix(b.toks[j].Tag, "RB")) {
			j++
		}
		if j >= len(b.toks) {
			break
		}
		w, tag := b.low[j], b.toks[j].Tag
		state := b.v.passiveStates.has(w) // "was involved in": a state, but passive by definition
		if !state && a.lex["adjectival_participles"].Has(w) || b.v.notParticiples.has(w) {
			continue
		}
		if k := strings.LastIndexByte(w, '-'); k >= 0 && (a.lex["adjectival_participles"].Has(w[k+1:]) || b.v.compoundAdjectives.has(w[k+1:])) {
			continue // "cloud-based", "data-driven"
		}
		if w == "used" && b.word(j+1) == "to" {
			continue
		}
		isPart := tag == "VBN" ||
			(len(w) > 3 && strings.HasSuffix(w, "ed") && (tag == "VBD" || tag == "JJ" || tag == "VBN" || strings.HasPrefix(tag, "NN"))) ||
			a.lex["irregular_participles"].Has(w) || state
		if !isPart {
			continue
		}
		out = append(out, Span{b.toks[i].Start, b.toks[j].End})
		i = j
	}
	return out
}
