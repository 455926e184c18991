package signals

// Phrases: word sequences found token by token, shared by several signals.

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A phrase is a sequence of slots, each taking some tokens. Phrases are indexed by
// the words their first slot takes (vocabTable.startingWith), so finding them costs
// one lookup per token: the same sequences as regular expressions cost a tenth of the
// whole analysis.
type phrase []slot

type slot struct {
	// sets are the sets of the vocabTable the slot takes words from: the words
	// written in it (one set, shared by the slots that write the same words) and
	// the named lists it names.
	sets     []uint16
	any      bool // "_": any token with a letter or digit
	modifier bool // "~": any such token but a preposition or conjunction
	count    bool // "#": a number, in digits or words
	stop     bool // "$": matches without taking a token at the end or before punctuation
	min, max int
}

// phrases are phrases of one kind with a table of their own (compilePhrases), for
// tests of the matcher.
type phrases struct{ t *vocabTable }

// compilePhrases reads specs: slots separated by spaces, each a "|"-separated list
// of words, @set (a list of named), "_" (any word), "~" (any word but a preposition
// or conjunction), "#" (a number) or "$", optionally followed by "?" (may be absent)
// or "{m,n}" (m to n tokens). The first slot must take words.
func compilePhrases(named map[string][]string, specs ...string) (*phrases, error) {
	var all [phKinds][]string
	all[0] = specs
	t, _, err := buildVocabTable(named, all)
	if err != nil {
		return nil, err
	}
	return &phrases{t}, nil
}

// parsePhrase reads one spec of compilePhrases into slots whose sets are b's.
func (b *tableBuilder) parsePhrase(spec string) ([]slot, error) {
	var p []slot
	for _, el := range strings.Fields(spec) {
		s := slot{min: 1, max: 1}
		if strings.HasSuffix(el, "?") {
			s.min, el = 0, strings.TrimSuffix(el, "?")
		} else if k := strings.LastIndexByte(el, '{'); k > 0 && strings.HasSuffix(el, "}") {
			var ok bool
			if s.min, s.max, ok = plainCount(el[k:]); !ok {
				if _, err := fmt.Sscanf(el[k:], "{%d,%d}", &s.min, &s.max); err != nil {
					return nil, fmt.Errorf("phrase %q: bad count %s; write {m,n}", spec, el[k:])
				}
			}
			el = el[:k]
		}
		var words []string
		for _, alt := range strings.Split(el, "|") {
			switch {
			case alt == "_":
				s.any = true
			case alt == "~":
				s.modifier = true
			case alt == "#":
				s.count = true
			case alt == "$":
				s.stop = true
			case strings.HasPrefix(alt, "@"):
				id, ok := b.named[alt[1:]]
				if !ok {
					return nil, fmt.Errorf("phrase %q: no list %s; add it under lists: in one of the lexicons", spec, alt[1:])
				}
				s.sets = append(s.sets, id)
			default:
				words = append(words, alt)
			}
		}
		if len(words) > 0 {
			id, err := b.ownSet(words)
			if err != nil {
				return nil, fmt.Errorf("phrase %q: %v", spec, err)
			}
			s.sets = append([]uint16{id}, s.sets...)
		}
		p = append(p, s)
	}
	if len(p) == 0 || p[0].min == 0 || p[0].any || p[0].modifier || p[0].count || p[0].stop {
		return nil, fmt.Errorf("phrase %q: must start with words", spec)
	}
	return p, nil
}

// plainCount reads "{m,n}" written with digits only, as fmt.Sscanf(c, "{%d,%d}")
// reads it; ok is false for anything else, which is left to Sscanf.
func plainCount(c string) (m, n int, ok bool) {
	inner, found := strings.CutPrefix(c, "{")
	if inner, found = strings.CutSuffix(inner, "}"); !found {
		return 0, 0, false
	}
	a, b, found := strings.Cut(inner, ",")
	if !found || len(a) == 0 || len(b) == 0 || len(a) > 4 || len(b) > 4 {
		return 0, 0, false
	}
	for _, part := range []struct {
		s string
		v *int
	}{{a, &m}, {b, &n}} {
		for i := 0; i < len(part.s); i++ {
			c := part.s[i]
			if c < '0' || c > '9' {
				return 0, 0, false
			}
			*part.v = *part.v*10 + int(c-'0')
		}
	}
	return m, n, true
}

// find returns the spans of the phrases in the bullet, the shortest match at each start.
func (ps *phrases) find(b *bullet) []Span {
	var out []Span
	for i := range b.low {
		id := b.idIn(ps.t, i)
		if id < 0 {
			continue
		}
		for _, p := range ps.t.startingWith(id) {
			tp := ps.t.phrases[p]
			if end := phrase(ps.t.slotsOf[tp.from:tp.to]).match(ps.t, b, 1, i+1); end > i {
				out = append(out, Span{b.toks[i].Start, b.toks[end-1].End})
				break
			}
		}
	}
	return out
}

// The kinds of phrases, and one index over all of them: a bullet's tokens are looked
// up once, not once per kind.
const (
	phPeople = iota
	phTeam
	phTech
	phComm
	phKinds
)

// findAllPhrases finds every kind of phrase in the bullet, like phrases.find.
func findAllPhrases(b *bullet) [phKinds][]Span {
	var out [phKinds][]Span
	t := b.v.t
	for i := range b.low {
		id := b.wordID(i)
		if id < 0 {
			continue
		}
		var done [phKinds]bool
		for _, p := range t.startingWith(id) {
			tp := t.phrases[p]
			if done[tp.kind] {
				continue
			}
			if end := phrase(t.slotsOf[tp.from:tp.to]).match(t, b, 1, i+1); end > i {
				out[tp.kind] = append(out[tp.kind], Span{b.toks[i].Start, b.toks[end-1].End})
				done[tp.kind] = true
			}
		}
	}
	return out
}

// match returns the end of a match of slots s... from token i, or -1.
func (p phrase) match(t *vocabTable, b *bullet, s, i int) int {
	if s == len(p) {
		return i
	}
	sl := &p[s]
	if sl.stop && (i >= len(b.low) || !hasWordRune(b.low[i])) {
		if e := p.match(t, b, s+1, i); e >= 0 {
			return e
		}
	}
	for n := 0; ; n++ {
		if n >= sl.min {
			if e := p.match(t, b, s+1, i+n); e >= 0 {
				return e
			}
		}
		if n == sl.max || i+n >= len(b.low) || !sl.takes(t, b, i+n) {
			return -1
		}
	}
}

// takes reports whether the slot takes token i of b.
func (sl *slot) takes(t *vocabTable, b *bullet, i int) bool {
	w := b.low[i]
	if id := b.idIn(t, i); id >= 0 && t.inAny(id, sl.sets) {
		return true
	}
	return sl.any && hasWordRune(w) || sl.modifier && hasWordRune(w) && !b.v.joiners.has(w) || sl.count && b.v.countToken(w)
}

// countToken reports a token that is a number: "14", "1,200", "30+", "six", "dozens".
func (v *vocab) countToken(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsDigit(r) || v.quantityWord(w) || v.numberWords.has(w)
}
