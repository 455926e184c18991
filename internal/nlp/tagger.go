package nlp

import (
	"encoding/binary"
	"errors"
	"hash/maphash"
	"math"
	"strconv"
	"strings"
	"sync"
	"unicode"

	"github.com/mingrammer/commonregex"

	"github.com/resumecheck/resumecheck/internal/lazyregexp"
)

// Feature types, in the order buildTable writes them (see featureTypes).
const (
	fBias = iota
	fSuffix
	fPref1
	fPrevTag
	fPrev2Tag
	fTagPair
	fWord
	fPrevTagWord
	fPrevWord
	fPrevSuffix
	fPrev2Word
	fNextWord
	fNextSuffix
	fNext2Word
	nFeatureTypes
)

// perceptron tags tokens the way prose's tagger does, with the same features and
// weights, reading them from a table built by buildTable without decoding it.
type perceptron struct {
	classes []string
	// tagOffsets (u32 each) index tagWords, a sorted run of (str8 word, u8 class):
	// the words prose tags from its dictionary, searched in place in the table.
	tagOffsets []byte
	tagWords   []byte
	ranges     [nFeatureTypes][2]int // first feature index and count per type
	offsets    []byte                // uint32 per feature, into records
	records    []byte
	// index is the table's hash index of the features (u32 slots, see buildTable),
	// mask its slot count less one.
	index []byte
	mask  uint64

	// windows caches predict's answer (a class index) by everything it reads: the
	// word, the context forms of the two words either side and the two tags before
	// it, hashed. Scoring tags every rewrite candidate of a bullet whole, and a
	// candidate differs from its bullet in a few words: every other word's window is
	// one already seen, so the unchanged span is looked up, not scored again. Keys
	// and values hold no pointers, so the collector never scans the map (a map of the
	// strings themselves cost more in marking than it saved). Two windows share a
	// 64-bit hash with odds of about 1 in 10^10 in a full map. Cleared when full.
	windowsMu sync.RWMutex
	windows   map[uint64]int16
}

// windowSeed keys the window hashes of the process.
var windowSeed = maphash.MakeSeed()

// windowHash hashes what predict reads for the word at ctx[i] (ctx[i] is
// normalize(w), so w stands for both). 0xff, never in UTF-8, ends each part.
func windowHash(w string, ctx []string, i int, p1, p2 string) uint64 {
	var h maphash.Hash
	h.SetSeed(windowSeed)
	for _, s := range [...]string{w, ctx[i-2], ctx[i-1], ctx[i+1], ctx[i+2], p1, p2} {
		h.WriteString(s)
		h.WriteByte(0xff)
	}
	return h.Sum64()
}

// maxWindows bounds windows (about 10 bytes an entry) over a long batch: a résumé
// meets a few thousand.
const maxWindows = 1 << 16

var errBadTagger = errors.New("nlp: tagger table is corrupt")

func loadPerceptron(data []byte) (p *perceptron, err error) {
	defer func() {
		if recover() != nil {
			p, err = nil, errBadTagger
		}
	}()
	if !strings.HasPrefix(string(data[:len(tableFormat)]), tableFormat) {
		return nil, errBadTagger
	}
	r := data[len(tableFormat):]
	le := binary.LittleEndian
	str8 := func() string {
		n := int(r[0])
		s := string(r[1 : 1+n])
		r = r[1+n:]
		return s
	}
	p = &perceptron{}
	nc := int(r[0])
	r = r[1:]
	for range nc {
		p.classes = append(p.classes, str8())
	}
	nw, size := int(le.Uint32(r)), int(le.Uint32(r[4:]))
	r = r[8:]
	p.tagOffsets = r[:4*nw]
	p.tagWords = r[4*nw : 4*nw+size]
	r = r[4*nw+size:]
	if nw > 0 && int(le.Uint32(p.tagOffsets[4*(nw-1):]))+2 > size {
		return nil, errBadTagger
	}
	if int(r[0]) != nFeatureTypes {
		return nil, errBadTagger
	}
	r = r[1:]
	for t := range nFeatureTypes {
		if str8() != featureTypes[t] {
			return nil, errBadTagger
		}
		p.ranges[t] = [2]int{int(le.Uint32(r)), int(le.Uint32(r[4:]))}
		r = r[8:]
	}
	nf := int(le.Uint32(r))
	r = r[4:]
	p.offsets = r[:4*nf]
	r = r[4*nf:]
	slots := int(le.Uint32(r))
	if slots != indexSlots(nf) {
		return nil, errBadTagger
	}
	p.index = r[4 : 4+4*slots]
	p.mask = uint64(slots - 1)
	p.records = r[4+4*slots:]
	last := p.ranges[nFeatureTypes-1]
	if last[0]+last[1] != nf || nf > 0 && int(le.Uint32(p.offsets[4*(nf-1):])) >= len(p.records) {
		return nil, errBadTagger
	}
	for _, rg := range p.ranges {
		if rg[0] < 0 || rg[1] < 0 || rg[0]+rg[1] > nf {
			return nil, errBadTagger
		}
	}
	return p, nil
}

// dictTag is the class prose's tag dictionary gives w, if it has w.
func (p *perceptron) dictTag(w string) (uint8, bool) {
	lo, hi := 0, len(p.tagOffsets)/4
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		off := int(binary.LittleEndian.Uint32(p.tagOffsets[4*mid:]))
		n := int(p.tagWords[off])
		k := string(p.tagWords[off+1 : off+1+n]) // no allocation: compared only
		switch {
		case k == w:
			return p.tagWords[off+1+n], true
		case k < w:
			lo = mid + 1
		default:
			hi = mid
		}
	}
	return 0, false
}

// weights returns the weights of the feature (typ, value), value being a, or a, a
// space and b when pair: a count n, then n × (u8 class, f64 weight), sorted by class
// name; nil when the table has no such feature. The pair is never joined into a new
// string: a lookup allocates nothing.
func (p *perceptron) weights(typ int, a, b string, pair bool) []byte {
	h := uint64(14695981039346656037) // featureHash, over the parts
	h ^= uint64(byte(typ))
	h *= 1099511628211
	for i := 0; i < len(a); i++ {
		h ^= uint64(a[i])
		h *= 1099511628211
	}
	n := len(a)
	if pair {
		h ^= ' '
		h *= 1099511628211
		for i := 0; i < len(b); i++ {
			h ^= uint64(b[i])
			h *= 1099511628211
		}
		n += 1 + len(b)
	}
	for j, probes := h&p.mask, uint64(0); probes <= p.mask; j, probes = (j+1)&p.mask, probes+1 {
		v := int(binary.LittleEndian.Uint32(p.index[4*j:]))
		if v == 0 {
			return nil
		}
		off := v - 1
		// the record: u8 type, u16 length, the value, then its weights
		if int(p.records[off]) != typ {
			continue
		}
		l := int(binary.LittleEndian.Uint16(p.records[off+1:]))
		if l != n {
			continue
		}
		val := p.records[off+3 : off+3+l]
		if string(val[:len(a)]) != a || pair && (val[len(a)] != ' ' || string(val[len(a)+1:]) != b) {
			continue
		}
		rec := p.records[off+3+l:]
		return rec[:1+9*int(rec[0])]
	}
	return nil
}

var (
	// traces and empty elements of the Penn Treebank, tagged -NONE- as prose does
	traceRe = lazyregexp.New(`^(?:0|\*|\*[\w?]\*|\*-\d{1,3}|\*[A-Z]+\*-\d{1,3})$`)
	// bracket codes such as -LRB- keep themselves as their tag
	bracketRe = lazyregexp.New(`^-[A-Z]{3}-$`)
)

// tag assigns a Penn Treebank tag to each token text.
func (p *perceptron) tag(words []string) []string { return p.tagWith(words, true) }

// tagWith is tag, looking predictions up in p.windows when cached (tests compare the
// two).
func (p *perceptron) tagWith(words []string, cached bool) []string {
	ctx := make([]string, len(words)+4)
	ctx[0], ctx[1] = "-START-", "-START2-"
	for i, w := range words {
		ctx[i+2] = normalize(w)
	}
	ctx[len(ctx)-2], ctx[len(ctx)-1] = "-END-", "-END2-"
	tags := make([]string, len(words))
	p1, p2 := "-START-", "-START2-"
	scores := make([]float64, len(p.classes))
	seen := make([]bool, len(p.classes))
	for i, w := range words {
		var tag string
		switch {
		case w == "-":
			tag = "-"
		case isEmoticon(w):
			tag = "SYM"
		// both patterns need a literal "." or "@": test those first, the regexes are slow
		case strings.Contains(w, ".") && commonregex.LinkRegex.MatchString(w) ||
			strings.Contains(w, "@") && commonregex.EmailRegex.MatchString(w) || strings.HasPrefix(w, "@"):
			tag = "NN"
		// every trace starts with "0" or "*", every bracket code with "-": the
		// regexes run only then
		case w != "" && (w[0] == '0' || w[0] == '*') && traceRe.MatchString(w):
			tag = "-NONE-"
		case w != "" && w[0] == '-' && bracketRe.MatchString(w):
			tag = w
		default:
			if c, ok := p.dictTag(w); ok {
				tag = p.classes[c]
			} else if !cached {
				tag = p.predict(i+2, ctx, w, p1, p2, scores, seen)
			} else {
				k := windowHash(w, ctx, i+2, p1, p2)
				p.windowsMu.RLock()
				c, ok := p.windows[k]
				p.windowsMu.RUnlock()
				if !ok {
					c = int16(p.predictClass(i+2, ctx, w, p1, p2, scores, seen))
					p.windowsMu.Lock()
					if p.windows == nil || len(p.windows) >= maxWindows {
						p.windows = make(map[uint64]int16)
					}
					p.windows[k] = c
					p.windowsMu.Unlock()
				}
				if c >= 0 {
					tag = p.classes[c]
				}
			}
		}
		tags[i] = tag
		p2, p1 = p1, tag
	}
	return tags
}

// predict scores the classes over the features of word w at ctx[i]. Like prose it
// takes the best among classes that some feature weighs; ties go to the class that
// sorts first (prose breaks them by map order, at random).
func (p *perceptron) predict(i int, ctx []string, w, p1, p2 string, scores []float64, seen []bool) string {
	if c := p.predictClass(i, ctx, w, p1, p2, scores, seen); c >= 0 {
		return p.classes[c]
	}
	return ""
}

// predictClass is predict's class index, -1 when no feature weighs any class.
func (p *perceptron) predictClass(i int, ctx []string, w, p1, p2 string, scores []float64, seen []bool) int {
	clear(scores)
	clear(seen)
	add := func(rec []byte) {
		for k := range int(rec[0]) {
			e := rec[1+9*k:]
			c := e[0]
			scores[c] += math.Float64frombits(binary.LittleEndian.Uint64(e[1:]))
			seen[c] = true
		}
	}
	// the features are added in prose's order, each one's classes in the table's
	// order: float sums depend on it
	suffix := func(s string) string { return s[len(s)-min(len(s), 3):] }
	for _, f := range [...]struct {
		typ  int
		a, b string
		pair bool
	}{
		{fBias, "", "", false},
		{fSuffix, suffix(w), "", false},
		{fPref1, w[:1], "", false},
		{fPrevTag, p1, "", false},
		{fPrev2Tag, p2, "", false},
		{fTagPair, p1, p2, true},
		{fWord, ctx[i], "", false},
		{fPrevTagWord, p1, ctx[i], true},
		{fPrevWord, ctx[i-1], "", false},
		{fPrevSuffix, suffix(ctx[i-1]), "", false},
		{fPrev2Word, ctx[i-2], "", false},
		{fNextWord, ctx[i+1], "", false},
		{fNextSuffix, suffix(ctx[i+1]), "", false},
		{fNext2Word, ctx[i+2], "", false},
	} {
		if rec := p.weights(f.typ, f.a, f.b, f.pair); rec != nil {
			add(rec)
		}
	}
	best, bestScore := -1, math.Inf(-1)
	for c, s := range scores {
		if seen[c] && s > bestScore {
			best, bestScore = c, s
		}
	}
	return best
}

// normalize maps a word to the form the tagger's context features use: hyphenated
// words, four-digit numbers and numbers each share one form; the rest is lower-cased.
func normalize(w string) string {
	switch {
	case w == "":
		return w
	case strings.Contains(w, "-") && w[0] != '-':
		return "!HYPHEN"
	}
	// the length first: Atoi allocates its error for every word that is not a number
	if len(w) == 4 {
		if _, err := strconv.Atoi(w); err == nil {
			return "!YEAR"
		}
	}
	if w[0] >= '0' && w[0] <= '9' {
		return "!DIGITS"
	}
	return strings.ToLower(w)
}

// isEmoticon approximates prose's emoticon list: two or more symbols, no letters or
// digits except an 8 or o for eyes, with a colon, semicolon or equals sign.
func isEmoticon(w string) bool {
	if len(w) < 2 || !strings.ContainsAny(w, ":;=") {
		return false
	}
	for _, r := range w {
		if unicode.IsLetter(r) && r != 'o' && r != 'D' && r != 'P' && r != 'p' || unicode.IsDigit(r) && r != '8' {
			return false
		}
	}
	return true
}

// compare is strings.Compare for a byte slice and a string, without converting.
func compare(a []byte, b string) int {
	n := min(len(a), len(b))
	for i := 0; i < n; i++ {
		if a[i] != b[i] {
			if a[i] < b[i] {
				return -1
			}
			return 1
		}
	}
	switch {
	case len(a) < len(b):
		return -1
	case len(a) > len(b):
		return 1
	}
	return 0
}
