package signals

// Phrases: word sequences found token by token, shared by several signals.

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A phrase is a sequence of slots, each taking some tokens. Phrases are indexed by
// the words their first slot takes, so finding them costs one map lookup per token:
// the same sequences as regular expressions cost a tenth of the whole analysis.
type phrase []slot

type slot struct {
	words map[string]bool
	// sets are named lists the slot takes besides words, read where they are (a
	// slot after the first only: the index iterates the first slot's words, which
	// must be one set). Copying them into words was most of the phrases' start-up.
	sets     []map[string]bool
	any      bool // "_": any token with a letter or digit
	modifier bool // "~": any such token but a preposition or conjunction
	count    bool // "#": a number, in digits or words
	stop     bool // "$": matches without taking a token at the end or before punctuation
	min, max int
}

type phrases struct{ byFirst map[string][]phrase }

// compilePhrases reads specs: slots separated by spaces, each a "|"-separated list
// of words, @set (a set of named), "_" (any word), "~" (any word but a preposition
// or conjunction), "#" (a number) or "$", optionally followed by "?" (may be absent)
// or "{m,n}" (m to n tokens). The first slot must be a list of words.
func compilePhrases(named map[string]map[string]bool, specs ...string) (*phrases, error) {
	ps := &phrases{byFirst: map[string][]phrase{}}
	for _, spec := range specs {
		p, err := parsePhrase(named, spec)
		if err != nil {
			return nil, err
		}
		for w := range p[0].words { // each word's list keeps the specs' order
			ps.byFirst[w] = append(ps.byFirst[w], p)
		}
	}
	return ps, nil
}

// parsePhrase reads one spec of compilePhrases.
func parsePhrase(named map[string]map[string]bool, spec string) (phrase, error) {
	var p phrase
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
		if set, ok := named[strings.TrimPrefix(el, "@")]; ok && strings.HasPrefix(el, "@") && !strings.Contains(el, "|") {
			// A slot that is one named list reads that list's set (nothing writes
			// to either): copying it into a set of the slot's own, slot after slot,
			// was most of the analyser's start-up.
			s.words = set
			p = append(p, s)
			continue
		}
		s.words = map[string]bool{}
		first := len(p) == 0
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
				set, ok := named[alt[1:]]
				if !ok {
					return nil, fmt.Errorf("phrase %q: no list %s; add it under lists: in one of the lexicons", spec, alt[1:])
				}
				if !first {
					s.sets = append(s.sets, set)
					continue
				}
				for w := range set {
					s.words[w] = true
				}
			default:
				s.words[alt] = true
			}
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
	for i, w := range b.low {
		for _, p := range ps.byFirst[w] {
			if end := p.match(b, 1, i+1); end > i {
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

type kindPhrase struct {
	kind int
	p    phrase
}

// indexPhrases reads the phrase specs of every kind into one index by the words
// their first slot takes: each word's list holds its phrases kind by kind, each kind's
// in the order of its specs. The error names the spec's kind (by its index).
func indexPhrases(named map[string]map[string]bool, specs [phKinds][]string) (map[string][]kindPhrase, int, error) {
	// The phrases are read first, so that the index is made at its size (at most one
	// entry per first-slot word) rather than grown and rehashed entry by entry.
	var all []kindPhrase
	size := 0
	for kind, ks := range specs {
		for _, spec := range ks {
			p, err := parsePhrase(named, spec)
			if err != nil {
				return nil, kind, err
			}
			all = append(all, kindPhrase{kind, p})
			size += len(p[0].words)
		}
	}
	idx := make(map[string][]kindPhrase, size)
	for _, kp := range all {
		for w := range kp.p[0].words {
			idx[w] = append(idx[w], kp)
		}
	}
	return idx, 0, nil
}

// findAllPhrases finds every kind of phrase in the bullet, like phrases.find.
func findAllPhrases(b *bullet) [phKinds][]Span {
	var out [phKinds][]Span
	for i, w := range b.low {
		var done [phKinds]bool
		for _, kp := range b.v.phrases[w] {
			if done[kp.kind] {
				continue
			}
			if end := kp.p.match(b, 1, i+1); end > i {
				out[kp.kind] = append(out[kp.kind], Span{b.toks[i].Start, b.toks[end-1].End})
				done[kp.kind] = true
			}
		}
	}
	return out
}

// match returns the end of a match of slots s... from token i, or -1.
func (p phrase) match(b *bullet, s, i int) int {
	if s == len(p) {
		return i
	}
	sl := p[s]
	if sl.stop && (i >= len(b.low) || !hasWordRune(b.low[i])) {
		if e := p.match(b, s+1, i); e >= 0 {
			return e
		}
	}
	for n := 0; ; n++ {
		if n >= sl.min {
			if e := p.match(b, s+1, i+n); e >= 0 {
				return e
			}
		}
		if n == sl.max || i+n >= len(b.low) || !sl.takes(b.v, b.low[i+n]) {
			return -1
		}
	}
}

func (sl slot) inSets(w string) bool {
	for _, s := range sl.sets {
		if s[w] {
			return true
		}
	}
	return false
}

func (sl slot) takes(v *vocab, w string) bool {
	return sl.words[w] || sl.inSets(w) || sl.any && hasWordRune(w) || sl.modifier && hasWordRune(w) && !v.joiners[w] || sl.count && v.countToken(w)
}

// countToken reports a token that is a number: "14", "1,200", "30+", "six", "dozens".
func (v *vocab) countToken(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsDigit(r) || v.quantityWord(w) || v.numberWords[w]
}
