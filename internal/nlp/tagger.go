package nlp

import (
	"encoding/binary"
	"errors"
	"math"
	"regexp"
	"strconv"
	"strings"
	"unicode"

	"github.com/mingrammer/commonregex"
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
	tagMap  map[string]uint8
	ranges  [nFeatureTypes][2]int // first feature index and count per type
	offsets []byte                // uint32 per feature, into records
	records []byte
}

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
	nw := int(le.Uint32(r))
	r = r[4:]
	p.tagMap = make(map[string]uint8, nw)
	for range nw {
		w := str8()
		p.tagMap[w] = r[0]
		r = r[1:]
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
	p.records = r[4*nf:]
	last := p.ranges[nFeatureTypes-1]
	if last[0]+last[1] != nf || nf > 0 && int(le.Uint32(p.offsets[4*(nf-1):])) >= len(p.records) {
		return nil, errBadTagger
	}
	return p, nil
}

// weights calls fn for each (class, weight) of the feature (typ, value), if present.
func (p *perceptron) weights(typ int, value string, fn func(class int, w float64)) {
	lo, n := p.ranges[typ][0], p.ranges[typ][1]
	hi := lo + n
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		off := int(binary.LittleEndian.Uint32(p.offsets[4*mid:]))
		l := int(binary.LittleEndian.Uint16(p.records[off:]))
		v := p.records[off+2 : off+2+l]
		switch c := compare(v, value); {
		case c < 0:
			lo = mid + 1
		case c > 0:
			hi = mid
		default:
			rec := p.records[off+2+l:]
			k := int(rec[0])
			for i := range k {
				e := rec[1+9*i:]
				fn(int(e[0]), math.Float64frombits(binary.LittleEndian.Uint64(e[1:])))
			}
			return
		}
	}
}

var (
	// traces and empty elements of the Penn Treebank, tagged -NONE- as prose does
	traceRe = regexp.MustCompile(`^(?:0|\*|\*[\w?]\*|\*-\d{1,3}|\*[A-Z]+\*-\d{1,3})$`)
	// bracket codes such as -LRB- keep themselves as their tag
	bracketRe = regexp.MustCompile(`^-[A-Z]{3}-$`)
)

// tag assigns a Penn Treebank tag to each token text.
func (p *perceptron) tag(words []string) []string {
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
		case traceRe.MatchString(w):
			tag = "-NONE-"
		case bracketRe.MatchString(w):
			tag = w
		default:
			if c, ok := p.tagMap[w]; ok {
				tag = p.classes[c]
			} else {
				tag = p.predict(i+2, ctx, w, p1, p2, scores, seen)
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
	clear(scores)
	clear(seen)
	add := func(c int, wt float64) {
		scores[c] += wt
		seen[c] = true
	}
	suffix := func(s string) string { return s[len(s)-min(len(s), 3):] }
	p.weights(fBias, "", add)
	p.weights(fSuffix, suffix(w), add)
	p.weights(fPref1, w[:1], add)
	p.weights(fPrevTag, p1, add)
	p.weights(fPrev2Tag, p2, add)
	p.weights(fTagPair, p1+" "+p2, add)
	p.weights(fWord, ctx[i], add)
	p.weights(fPrevTagWord, p1+" "+ctx[i], add)
	p.weights(fPrevWord, ctx[i-1], add)
	p.weights(fPrevSuffix, suffix(ctx[i-1]), add)
	p.weights(fPrev2Word, ctx[i-2], add)
	p.weights(fNextWord, ctx[i+1], add)
	p.weights(fNextSuffix, suffix(ctx[i+1]), add)
	p.weights(fNext2Word, ctx[i+2], add)
	best, bestScore := "", math.Inf(-1)
	for c, s := range scores {
		if seen[c] && s > bestScore {
			best, bestScore = p.classes[c], s
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
	if _, err := strconv.Atoi(w); err == nil && len(w) == 4 {
		return "!YEAR"
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
