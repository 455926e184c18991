package scope

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode"
)

// token kinds.
type tkind int

const (
	tWord  tkind = iota
	tNum         // a count
	tMoney       // an amount of money (value already scaled)
	tOther       // a number that is not a count (a year, a percentage, "3x")
	tComma       // a comma: skips do not cross it
	tBreak       // a sentence end: nothing crosses it
)

type token struct {
	w          string // lower case
	start, end int    // rune offsets, half-open
	kind       tkind
	num        float64
}

var numberWords = map[string]float64{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
	"fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
	"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
	"ninety": 90, "hundred": 100, "dozen": 12,
}

var scaleWords = map[string]float64{
	"k": 1e3, "thousand": 1e3, "m": 1e6, "mm": 1e6, "mn": 1e6, "million": 1e6, "b": 1e9, "bn": 1e9,
	"billion": 1e9,
}

var currencyWords = map[string]bool{"usd": true, "eur": true, "gbp": true, "dollars": true, "euros": true, "pounds": true}

func isCurrency(r rune) bool { return r == '$' || r == '€' || r == '£' || r == '¥' || r == '₹' }

// tokenize splits text into words, numbers and breaks with rune offsets.
func tokenize(text string) []token {
	rs := []rune(text)
	var out []token
	currency := false // a currency sign was just seen
	cstart := 0       // where it was
	for i := 0; i < len(rs); {
		r := rs[i]
		switch {
		case isCurrency(r):
			currency = true
			cstart = i
			i++
		case unicode.IsDigit(r):
			j := i
			for j < len(rs) && (unicode.IsDigit(rs[j]) || ((rs[j] == ',' || rs[j] == '.') && j+1 < len(rs) && unicode.IsDigit(rs[j+1]))) {
				j++
			}
			raw := string(rs[i:j])
			plus := j < len(rs) && rs[j] == '+'
			// a unit glued on: 2M, 500k, 3x
			k := j
			for k < len(rs) && unicode.IsLetter(rs[k]) {
				k++
			}
			suffix := strings.ToLower(string(rs[j:k]))
			v := parseNum(raw)
			t := token{w: raw, start: i, end: j, kind: tNum, num: v}
			if suffix != "" {
				if sc, ok := scaleWords[suffix]; ok {
					t.num = v * sc
					t.end = k
					if currency {
						t.kind = tMoney
					} else {
						t.kind = tOther
					}
				} else {
					t.kind = tOther
					t.end = k
				}
			} else if currency {
				t.kind = tMoney
			}
			if t.kind == tMoney {
				t.start = cstart
			}
			if plus {
				t.end = j + 1
				if suffix != "" {
					t.end = k
				}
			}
			if t.kind == tNum && !plus && v >= 1900 && v <= 2100 && !strings.ContainsAny(raw, ",.") {
				t.kind = tOther // a year
			}
			if t.kind == tNum && strings.Contains(raw, ".") {
				t.kind = tOther // counts are whole
			}
			currency = false
			out = append(out, t)
			i = t.end
			if plus && i < len(rs) && rs[i] == '+' {
				i++
			}
		case unicode.IsLetter(r):
			j := i
			for j < len(rs) && (unicode.IsLetter(rs[j]) || unicode.IsDigit(rs[j]) ||
				((rs[j] == '-' || rs[j] == '&' || rs[j] == '/' || rs[j] == '\'' || rs[j] == '’') && j+1 < len(rs) && unicode.IsLetter(rs[j+1]))) {
				j++
			}
			w := strings.ToLower(string(rs[i:j]))
			if v, ok := numberWords[w]; ok {
				out = append(out, token{w: w, start: i, end: j, kind: tNum, num: v})
			} else {
				out = append(out, token{w: w, start: i, end: j, kind: tWord})
			}
			currency = false
			i = j
		case r == '%':
			if n := len(out); n > 0 && out[n-1].kind == tNum {
				out[n-1].kind = tOther
			}
			i++
		case r == ',':
			out = append(out, token{w: ",", start: i, end: i + 1, kind: tComma})
			i++
		case r == '.' || r == ';' || r == '!' || r == '?' || r == ':' || r == '|' || r == '•' || r == '\n':
			out = append(out, token{w: string(r), start: i, end: i + 1, kind: tBreak})
			i++
		default:
			i++
		}
	}
	// Second pass: "1.5 million" and "$2 million" scale the number; "2 million dollars"
	// and "500k USD" are money; "percent" after a number makes it a percentage.
	for i := 0; i+1 < len(out); i++ {
		if out[i].kind != tNum && out[i].kind != tMoney && out[i].kind != tOther {
			continue
		}
		next := out[i+1].w
		if sc, ok := scaleWords[next]; ok && out[i+1].kind == tWord && len(next) > 2 {
			out[i].num *= sc
			out[i].end = out[i+1].end
			if out[i].kind == tNum {
				out[i].kind = tOther
			}
			out = append(out[:i+1], out[i+2:]...)
			if i+1 < len(out) && currencyWords[out[i+1].w] {
				out[i].kind = tMoney
			}
			continue
		}
		if currencyWords[next] {
			out[i].kind = tMoney
		}
		if next == "percent" || next == "pct" {
			out[i].kind = tOther
		}
	}
	// "a dozen" is a count of twelve; "a hundred" a hundred.
	return out
}

func parseNum(raw string) float64 {
	s := strings.ReplaceAll(raw, ",", "")
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsInf(v, 0) || math.IsNaN(v) {
		return 0
	}
	return v
}

// element kinds of a pattern.
type ekind int

const (
	eLit ekind = iota
	eNum
	eMoney
	eSkip
	eClass
)

type element struct {
	kind ekind
	// one is the element's word when it takes exactly one (most do: every word of a
	// phrase list), without a map to build for it; exact holds the words otherwise.
	one      string
	exact    wordSet
	prefixes []string
	optional bool
	max      int // skip
}

func (e *element) matchWord(w string) bool {
	if e.one != "" && w == e.one || e.exact.has(w) {
		return true
	}
	for _, p := range e.prefixes {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// pattern is one compiled pattern: one or more token sequences (a phrase list gives many).
type pattern struct {
	seqs   [][]element
	set    []dimExpr // sorted by dimension
	before wordSet
	start  bool // only at the start of a sentence ("Kubernetes: Led the adoption")
	src    string
	// others are the sequences Vocab.first does not index (those that start with a
	// number, an optional word or a prefix), in order.
	others []int
}

// hit is one match of a pattern in a text.
type hit struct {
	p          *pattern
	nums       []float64
	start, end int // rune offsets
}

func alts(spec string) element {
	e := element{kind: eLit}
	if !strings.Contains(spec, "|") {
		if a := strings.ToLower(strings.TrimSpace(spec)); strings.HasSuffix(a, "*") {
			e.prefixes = append(e.prefixes, strings.TrimSuffix(a, "*"))
		} else if a != "" {
			e.one = a
		}
		return e
	}
	for _, a := range strings.Split(spec, "|") {
		e.addAlt(a)
	}
	e.exact = e.exact.sealed()
	return e
}

// addAlt adds one alternative of a spec: a prefix when it ends in "*", else an exact
// word; blank ones are skipped.
func (e *element) addAlt(a string) {
	a = strings.ToLower(strings.TrimSpace(a))
	switch {
	case a == "":
	case strings.HasSuffix(a, "*"):
		e.prefixes = append(e.prefixes, strings.TrimSuffix(a, "*"))
	default:
		e.exact = append(e.exact, a)
	}
}

// altsOf is alts(strings.Join(words, "|")), without joining the words to split
// them again.
func altsOf(words []string) element {
	if len(words) < 2 {
		return alts(strings.Join(words, "|"))
	}
	e := element{kind: eLit, exact: make(wordSet, 0, len(words))}
	for _, w := range words {
		for _, a := range strings.Split(w, "|") {
			e.addAlt(a)
		}
	}
	e.exact = e.exact.sealed()
	return e
}

// words yields the words e takes exactly.
func (e *element) words(yield func(string) bool) {
	if e.one != "" && !yield(e.one) {
		return
	}
	for _, w := range e.exact {
		if !yield(w) {
			return
		}
	}
}

// compile reads a pattern string (see rules/scope/scope.yaml for the language).
func compile(src string, classes map[string]*element) ([][]element, error) {
	if !strings.ContainsAny(src, "{?") {
		// a list of phrases
		var seqs [][]element
		for _, ph := range strings.Split(src, "|") {
			words := strings.Fields(ph)
			seq := make([]element, 0, len(words))
			for _, w := range words {
				seq = append(seq, alts(w))
			}
			if len(seq) == 0 {
				return nil, fmt.Errorf("empty phrase in %q", src)
			}
			seqs = append(seqs, seq)
		}
		return seqs, nil
	}
	var seq []element
	for _, f := range strings.Fields(src) {
		switch {
		case f == "{n}":
			seq = append(seq, element{kind: eNum})
		case f == "{money}":
			seq = append(seq, element{kind: eMoney})
		case f == "{...}":
			seq = append(seq, element{kind: eSkip, max: 4})
		case f == "{..}":
			seq = append(seq, element{kind: eSkip, max: 2})
		case strings.HasPrefix(f, "{") && strings.HasSuffix(f, "}"):
			c, ok := classes[f[1:len(f)-1]]
			if !ok {
				return nil, fmt.Errorf("unknown class %s in %q", f, src)
			}
			e := *c
			e.kind = eClass
			seq = append(seq, e)
		case strings.HasPrefix(f, "?"):
			e := alts(f[1:])
			e.optional = true
			seq = append(seq, e)
		default:
			seq = append(seq, alts(f))
		}
	}
	return [][]element{seq}, nil
}

// find returns every match of p in toks (the longest at each start).
func (p *pattern) find(toks []token, stop wordSet) []hit {
	var out []hit
	for s := range toks {
		if p.start && s > 0 && toks[s-1].kind != tBreak {
			continue
		}
		if len(p.before) > 0 && (s == 0 || toks[s-1].kind != tWord || !p.before.has(toks[s-1].w)) {
			continue
		}
		for _, seq := range p.seqs {
			var nums []float64
			if end, ok := matchSeq(seq, toks, s, &nums, stop); ok && end > s {
				out = append(out, hit{p: p, nums: append([]float64(nil), nums...), start: toks[s].start, end: toks[end-1].end})
				break
			}
		}
	}
	return out
}

// spot is a token at which a pattern has indexed sequences: starts[s][lo:hi] of
// findIndexed.
type spot struct{ s, lo, hi int32 }

// spotsOf lists, for each of npat patterns, the tokens at which it has indexed
// sequences (starts[s] lists them by pattern, as Vocab.first does): pattern pi's are
// spots[from[pi]:from[pi+1]], in token order.
func spotsOf(starts [][]seqRef, npat int) (spots []spot, from []int32) {
	from = make([]int32, npat+1)
	for _, c := range starts {
		for k := 0; k < len(c); {
			pi := c[k].pat
			for k < len(c) && c[k].pat == pi {
				k++
			}
			from[pi+1]++
		}
	}
	for i := 1; i <= npat; i++ {
		from[i] += from[i-1]
	}
	spots = make([]spot, from[npat])
	next := make([]int32, npat)
	copy(next, from)
	for s, c := range starts {
		for k := 0; k < len(c); {
			pi, lo := c[k].pat, k
			for k < len(c) && c[k].pat == pi {
				k++
			}
			spots[next[pi]] = spot{int32(s), int32(lo), int32(k)}
			next[pi]++
		}
	}
	return spots, from
}

// findIndexed is find for a pattern of a Vocab: at each token it tries only the
// sequences that can start there, in the order find tries them, so it finds what find
// finds. starts[s] are the indexed sequences token s can start (Vocab.first of its
// word) and spots the tokens at which this pattern has some (spotsOf): a pattern all
// of whose sequences are indexed is tried at those tokens only.
func (p *pattern) findIndexed(toks []token, stop wordSet, starts [][]seqRef, spots []spot) []hit {
	var out []hit
	var nums []float64
	if len(p.others) == 0 {
		for _, sp := range spots {
			s := int(sp.s)
			if h, ok := p.matchAt(toks, s, starts[s][sp.lo:sp.hi], stop, &nums); ok {
				out = append(out, h)
			}
		}
		return out
	}
	k := 0
	for s := range toks {
		var mine []seqRef
		if k < len(spots) && int(spots[k].s) == s {
			mine = starts[s][spots[k].lo:spots[k].hi]
			k++
		}
		if h, ok := p.matchAt(toks, s, mine, stop, &nums); ok {
			out = append(out, h)
		}
	}
	return out
}

// matchAt is the match of p at token s, if any: mine are its indexed sequences that
// can start there, tried with its other sequences in sequence order.
func (p *pattern) matchAt(toks []token, s int, mine []seqRef, stop wordSet, nums *[]float64) (hit, bool) {
	if p.start && s > 0 && toks[s-1].kind != tBreak {
		return hit{}, false
	}
	if len(p.before) > 0 && (s == 0 || toks[s-1].kind != tWord || !p.before.has(toks[s-1].w)) {
		return hit{}, false
	}
	// Both lists are in sequence order: merge them.
	i, j := 0, 0
	for i < len(mine) || j < len(p.others) {
		var si int
		if j == len(p.others) || i < len(mine) && int(mine[i].seq) < p.others[j] {
			si = int(mine[i].seq)
			i++
		} else {
			si = p.others[j]
			j++
		}
		*nums = (*nums)[:0]
		if end, ok := matchSeq(p.seqs[si], toks, s, nums, stop); ok && end > s {
			return hit{p: p, nums: append([]float64(nil), *nums...), start: toks[s].start, end: toks[end-1].end}, true
		}
	}
	return hit{}, false
}

// matchSeq matches seq against toks from ti; it returns the token index after the match.
func matchSeq(seq []element, toks []token, ti int, nums *[]float64, stop wordSet) (int, bool) {
	if len(seq) == 0 {
		return ti, true
	}
	e := &seq[0]
	rest := seq[1:]
	switch e.kind {
	case eSkip:
		for k := 0; k <= e.max; k++ {
			if k > 0 {
				idx := ti + k - 1
				if idx >= len(toks) || toks[idx].kind != tWord || stop.has(toks[idx].w) {
					break
				}
			}
			n := len(*nums)
			if end, ok := matchSeq(rest, toks, ti+k, nums, stop); ok {
				return end, true
			}
			*nums = (*nums)[:n]
		}
		return 0, false
	}
	if e.optional {
		n := len(*nums)
		if ti < len(toks) && toks[ti].kind == tWord && e.matchWord(toks[ti].w) {
			if end, ok := matchSeq(rest, toks, ti+1, nums, stop); ok {
				return end, true
			}
			*nums = (*nums)[:n]
		}
		return matchSeq(rest, toks, ti, nums, stop)
	}
	if ti >= len(toks) {
		return 0, false
	}
	t := toks[ti]
	switch e.kind {
	case eNum:
		if t.kind != tNum {
			return 0, false
		}
		*nums = append(*nums, t.num)
	case eMoney:
		if t.kind != tMoney {
			return 0, false
		}
		*nums = append(*nums, t.num)
	default:
		if t.kind != tWord || !e.matchWord(t.w) {
			return 0, false
		}
	}
	return matchSeq(rest, toks, ti+1, nums, stop)
}
