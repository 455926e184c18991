package signals

import (
	"math"
	"strings"
	"unicode"
)

// feature is one binary feature of a bullet and the words that raised it.
type feature struct {
	key  uint64
	val  float32
	span Span
}

// Feature keys are 64-bit FNV-1a hashes of a kind byte and a string. Named features
// (rule decisions, lexicon hits, part-of-speech patterns) are written to the weights
// file by name; word features only by their hash, so the file holds no bullet text.
const (
	kindNamed  = 'n'
	kindWord   = 'u'
	kindBigram = 'b'
	kindFirst  = 'f'
)

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func hashKey(kind byte, parts ...string) uint64 {
	h := uint64(fnvOffset)
	h ^= uint64(kind)
	h *= fnvPrime
	for i, p := range parts {
		if i > 0 {
			h ^= 0x1f // separator
			h *= fnvPrime
		}
		for j := 0; j < len(p); j++ {
			h ^= uint64(p[j])
			h *= fnvPrime
		}
	}
	return h
}

// namedKey is the key of a named feature.
func namedKey(name string) uint64 { return hashKey(kindNamed, name) }

// Named features. Their names are the only feature text the weights file holds.
var (
	keyBias      = namedKey("bias")
	ruleKeys     = map[string]uint64{}
	lexKeys      = map[string]uint64{}
	firstTagKeys = map[string]uint64{}
	namedFeature = map[uint64]string{}
)

func init() {
	add := func(name string) uint64 {
		k := namedKey(name)
		namedFeature[k] = name
		return k
	}
	add("bias")
	for _, n := range Names {
		ruleKeys[n] = add("rule:" + n)
	}
	for _, n := range Lexicons {
		lexKeys[n] = add("lex:" + n)
	}
	for _, t := range pennTags {
		firstTagKeys[t] = add("first_tag:" + t)
	}
}

// pennTags are the Penn Treebank tags prose emits.
var pennTags = []string{
	"CC", "CD", "DT", "EX", "FW", "IN", "JJ", "JJR", "JJS", "LS", "MD", "NN", "NNS", "NNP",
	"NNPS", "PDT", "POS", "PRP", "PRP$", "RB", "RBR", "RBS", "RP", "SYM", "TO", "UH", "VB",
	"VBD", "VBG", "VBN", "VBP", "VBZ", "WDT", "WP", "WP$", "WRB",
}

// features lists the features of a bullet: the rules' decisions (with their
// evidence), every lexicon that matches, the opening word's tag, and hashed stems of
// its words, word pairs and first word. A feature appears once, with its first span.
func (a *Analyzer) features(b *bullet, rs Signals) []feature {
	out := make([]feature, 0, 2*len(b.toks)+16)
	// A bullet has a few dozen features: a scan of those kept finds a repeat at less
	// cost than a map; a long run-on switches to one.
	var seen map[uint64]bool
	add := func(k uint64, sp Span) {
		if seen == nil {
			for _, f := range out {
				if f.key == k {
					return
				}
			}
			if len(out) >= 64 {
				seen = make(map[uint64]bool, 2*len(out))
				for _, f := range out {
					seen[f.key] = true
				}
			}
		} else if seen[k] {
			return
		}
		if seen != nil {
			seen[k] = true
		}
		out = append(out, feature{k, 1, sp})
	}
	add(keyBias, Span{})
	for _, n := range Names {
		if unreadRules[n] {
			continue
		}
		if ev := rs.Evidence[n]; len(ev) > 0 {
			add(ruleKeys[n], ev[0])
		}
	}
	for _, n := range Lexicons {
		if unreadLexicons[n] {
			continue
		}
		if sp := a.findText(b, n); len(sp) > 0 {
			add(lexKeys[n], Span{sp[0][0], sp[0][1]})
		}
	}
	if b.first >= 0 {
		if k, ok := firstTagKeys[b.toks[b.first].Tag]; ok {
			add(k, b.tokSpan(b.first))
		}
	}
	named := len(out)
	prev, prevAt := "", -1
	firstDone := false
	for i := range b.toks {
		w := norm(b.low[i])
		if w == "" {
			prev, prevAt = "", -1
			continue
		}
		sp := b.tokSpan(i)
		if !firstDone {
			firstDone = true
			add(hashKey(kindFirst, w), sp)
		}
		add(hashKey(kindWord, w), sp)
		if prev != "" {
			add(hashKey(kindBigram, prev, w), Span{b.toks[prevAt].Start, sp.End})
		}
		prev, prevAt = w, i
	}
	// Word features share one unit of weight, so a long bullet's many words do not
	// outvote its rule and lexicon features.
	if n := len(out) - named; n > 0 {
		v := float32(wordScale / math.Sqrt(float64(n)))
		for i := named; i < len(out); i++ {
			out[i].val = v
		}
	}
	return out
}

// unread are the rule decisions and lexicons the model does not read: those of the
// signals the rules decide that say nothing about people work (cross-team work,
// planning, communication). The model decides people only; reading them made its
// cross-validated F1 swing by two bullets whenever their vocabulary changed.
var (
	unreadRules    = map[string]bool{CrossTeam: true, PM: true, Communication: true}
	unreadLexicons = map[string]bool{"functions": true, "pm": true, "communication": true}
)

// wordScale is the total weight of a bullet's word features (see features).
const wordScale = 2.0

func (b *bullet) tokSpan(i int) Span { return Span{b.toks[i].Start, b.toks[i].End} }

// norm maps a lower-case token to the form word features use: numbers to their shape
// (so "40%" and "12%" are one feature), words to a crude stem, punctuation to "".
func norm(w string) string {
	hasLetter, hasDigit := false, false
	for _, r := range w {
		switch {
		case unicode.IsLetter(r):
			hasLetter = true
		case unicode.IsDigit(r):
			hasDigit = true
		}
	}
	switch {
	case hasDigit:
		switch {
		case strings.ContainsAny(w, "%"):
			return "<pct>"
		case strings.ContainsAny(w, "$€£"):
			return "<money>"
		case hasLetter:
			return "<numword>"
		}
		return "<num>"
	case !hasLetter:
		if w == "$" || w == "€" || w == "£" {
			return "<money>"
		}
		return ""
	}
	return stem(w)
}

// stem strips the commonest English inflections, enough that "managed", "manages"
// and "managing" share a feature.
func stem(w string) string {
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	if len(w) > 5 {
		for _, suf := range []string{"ing", "ed", "es", "s", "e"} {
			if strings.HasSuffix(w, suf) && !strings.HasSuffix(w, "ss") {
				return w[:len(w)-len(suf)]
			}
		}
	} else if len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
		return w[:len(w)-1]
	}
	return w
}
