// Package lexicon loads the named word lists (verbs, functions, technologies, ...)
// that signals and rules share, and finds their terms in text.
package lexicon

import (
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path"
	"regexp"
	"regexp/syntax"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/resumecheck/resumecheck/internal/yamlx"
	"github.com/resumecheck/resumecheck/rules"
)

// Lexicon is one named list. Terms match whole words, case-insensitively; a term may
// hold several words ("other teams") and may end in "*" to match any word that starts
// with it ("mentor*" finds mentored, mentoring, mentorship). Patterns are regular
// expressions (RE2, matched case-insensitively) for what a list cannot say.
//
// Lists and Phrases are read by the signals analyser, not matched by Find: Lists are
// named sets of lower-case words it looks for around a match (the words that make
// "onboarding" user onboarding, say), and Phrases are word sequences it finds token
// by token (their syntax is described in internal/signals/phrases.go). List names are
// shared by all the analyser's lexicons, so a phrase of one may use a list of another.
type Lexicon struct {
	Name        string              `yaml:"name"`
	Description string              `yaml:"description"`
	Terms       []string            `yaml:"terms"`
	Patterns    []string            `yaml:"patterns"`
	Lists       map[string][]string `yaml:"lists"`
	Phrases     []string            `yaml:"phrases"`

	// File is where the lexicon was loaded from, for messages.
	File string `yaml:"-"`

	pats []*pattern
	// ix is the *termIndex of Terms, built at the first search (index) or by
	// PrepareIndexes: a fresh process needs the lexicons' lists and phrases (the
	// analyser) before their terms, so loading them leaves the index out of that
	// wait. Built once and read-only after, so a copy of a Lexicon shares it.
	ix unsafe.Pointer
}

// termIndex finds a lexicon's terms in text.
type termIndex struct {
	terms []term
	// byStart1 (terms of one byte; nil when there is none) and the keys2 index (terms
	// by their first two bytes) index the terms that start with a letter or digit, so
	// Find looks only at the terms that can start at each word; anywhere holds the
	// others (".net", "#"), searched for everywhere. keys2 are the distinct two-byte
	// keys, sorted; the terms of keys2[i] are at2[from2[i]:from2[i+1]], in term order
	// (built with one sort at load, where a map grown one key at a time was most of
	// the lexicons' start-up).
	byStart1 *[256][]int
	keys2    []uint16
	from2    []int32
	at2      []int
	// has2 has the bit of every keys2 key, hashed to 4,096 bits (pairBit), or is nil
	// when no term is in keys2: most positions of a text start no term, and a bit
	// answers them faster than the binary search. (A bit per key, 8 KB a lexicon, was a
	// sixth of the memory the lexicons took at start-up, every page of it fresh.)
	has2     *[64]uint64
	anywhere []int
}

type term struct {
	text   string // lower-cased, without the trailing "*"
	prefix bool
	// whether the first and last runes are word runes; a boundary is only needed
	// next to those ("C++" may be followed by a letter-less "+" run).
	wordStart, wordEnd bool
}

// Set is a collection of lexicons by name.
type Set struct {
	byName map[string]*Lexicon
}

// isName reports whether s is a lexicon or list name: a lower-case letter, then
// lower-case letters, digits and _ (the expression `^[a-z][a-z0-9_]*$`, which
// TestIsName holds it to). Read by hand: matching the expression for every list name
// of the built-in lexicons was 4% of a worker's start-up.
func isName(s string) bool {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return false
	}
	for i := 1; i < len(s); i++ {
		if c := s[i]; (c < 'a' || c > 'z') && (c < '0' || c > '9') && c != '_' {
			return false
		}
	}
	return true
}

// Load reads every *.yaml file in dir of fsys, one lexicon per file. Errors name the
// file, line and column: unknown keys, a missing name, empty terms, a "*" that is not
// at the end of a term, bad regular expressions, and a name used twice.
func Load(fsys fs.FS, dir string) (*Set, error) {
	return load(fsys, dir, dir, false)
}

// LoadDir reads the lexicons of a directory on disk (a user's --rules DIR/lexicons).
func LoadDir(dir string) (*Set, error) {
	return load(os.DirFS(dir), ".", dir, false)
}

// load reads the lexicons of dir; builtin lets the files' plain layout be read
// without the YAML library (see decodePlain), which TestDecodePlain holds to the
// library's reading of every built-in file.
func load(fsys fs.FS, dir, shown string, builtin bool) (*Set, error) {
	entries, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return nil, fmt.Errorf("%s: cannot read lexicons (%v); check that the directory exists", shown, err)
	}
	type parsed struct {
		file string
		data []byte
		l    *Lexicon
		err  error
	}
	// The files are parsed at the same time (YAML decoding is the whole cost, and a
	// fresh process pays it before reading its first résumé); results and errors are
	// then taken in name order, so what Load returns does not depend on the timing.
	var files, todo []*parsed
	for _, e := range entries { // ReadDir sorts by name, so loading is deterministic
		if e.IsDir() || !(strings.HasSuffix(e.Name(), ".yaml") || strings.HasSuffix(e.Name(), ".yml")) {
			continue
		}
		f := &parsed{file: path.Join(shown, e.Name())}
		files = append(files, f)
		f.data, f.err = yamlx.ReadFile(fsys, path.Join(dir, e.Name()))
		if f.err != nil {
			f.err = fmt.Errorf("%s: cannot read (%v)", f.file, f.err)
			continue
		}
		todo = append(todo, f)
	}
	// One goroutine per processor takes the files in turn: a goroutine per file grew
	// a fresh stack, copy by copy, for each of them.
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(todo)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := next.Add(1) - 1; i < int64(len(todo)); i = next.Add(1) - 1 {
				f := todo[i]
				func() {
					defer func() { // a panic here would end the process: no caller can recover it
						if r := recover(); r != nil {
							f.l, f.err = nil, fmt.Errorf("%s: cannot load lexicon (internal error: %v); please report this file", f.file, r)
						}
					}()
					f.l, f.err = parse(f.file, f.data, builtin)
				}()
			}
		}()
	}
	wg.Wait()
	s := &Set{byName: map[string]*Lexicon{}}
	for _, f := range files {
		if f.err != nil {
			return nil, f.err
		}
		l := f.l
		if prev, ok := s.byName[l.Name]; ok {
			return nil, yamlx.At(f.file, f.data, "$.name", "lexicon %q is already defined in %s; rename one of them", l.Name, prev.File)
		}
		s.byName[l.Name] = l
	}
	return s, nil
}

// Parse decodes and checks one lexicon file.
func Parse(file string, data []byte) (*Lexicon, error) {
	return parse(file, data, false)
}

func parse(file string, data []byte, plain bool) (*Lexicon, error) {
	var l Lexicon
	decoded, checked := false, false
	var sum yamlx.Fingerprint
	if plain {
		// A built-in file is Go data made at build time (lexicon_table_gen.go),
		// found by its fingerprint; a file edited since is read the plain way. The
		// generated data passed check when it was made (its generator checks every
		// file, TestLexiconTableCurrent makes it again), so it is not checked again:
		// checking every list word was a tenth of the lexicons' start-up.
		sum = yamlx.FingerprintOf(data)
		if g := generatedFor(sum); g != nil {
			l, decoded, checked = g.lexicon(), true, true
		} else {
			l, decoded = decodePlain(data)
		}
	}
	if !decoded {
		l = Lexicon{}
		if err := yamlx.Decode(file, data, &l); err != nil {
			return nil, err
		}
	}
	l.File = file
	if !checked {
		if err := l.check(file, data); err != nil {
			return nil, err
		}
	}
	l.pats = l.pats[:0]
	for i, p := range l.Patterns {
		if plain {
			// A built-in pattern is compiled when a text first passes its literal
			// pre-check (TestBuiltinPatternsCompile holds them valid): most runs
			// never need most of them.
			l.pats = append(l.pats, &pattern{src: p})
			continue
		}
		re, err := regexp.Compile("(?i)" + p)
		if err != nil {
			return nil, yamlx.At(file, data, fmt.Sprintf("$.patterns[%d]", i), "bad regular expression %q: %v", p, err)
		}
		pat := &pattern{src: p}
		pat.compiled.Do(func() { pat.re = re })
		l.pats = append(l.pats, pat) // compiled once: compile keeps them
	}
	if plain && len(l.Terms) > 0 {
		l.useBuiltinIndex(sum)
	}
	return &l, nil
}

// check reports the first problem of a decoded lexicon: its name, an empty lexicon,
// list names and words, empty phrases and terms, a "*" inside a term.
func (l *Lexicon) check(file string, data []byte) error {
	if l.Name == "" {
		return yamlx.At(file, data, "$", "a lexicon needs a name")
	}
	if !isName(l.Name) {
		return yamlx.At(file, data, "$.name", "lexicon name %q must be lower-case letters, digits and _", l.Name)
	}
	if len(l.Terms) == 0 && len(l.Patterns) == 0 && len(l.Lists) == 0 && len(l.Phrases) == 0 {
		return yamlx.At(file, data, "$", "lexicon %q has no terms, patterns, lists or phrases", l.Name)
	}
	for _, name := range slices.Sorted(maps.Keys(l.Lists)) {
		at := "$.lists." + name
		if !isName(name) {
			return yamlx.At(file, data, at, "list name %q must be lower-case letters, digits and _", name)
		}
		if len(l.Lists[name]) == 0 {
			return yamlx.At(file, data, at, "list %q is empty", name)
		}
		for i, w := range l.Lists[name] {
			if w == "" || !isLower(w) {
				return yamlx.At(file, data, fmt.Sprintf("%s[%d]", at, i), "list %q: word %q must be lower-case and not empty", name, w)
			}
		}
	}
	for i, p := range l.Phrases {
		if strings.TrimSpace(p) == "" {
			return yamlx.At(file, data, fmt.Sprintf("$.phrases[%d]", i), "empty phrase")
		}
	}
	for i, t := range l.Terms {
		switch {
		case strings.TrimSpace(t) == "" || t == "*":
			return yamlx.At(file, data, fmt.Sprintf("$.terms[%d]", i), "empty term")
		case strings.Contains(strings.TrimSuffix(t, "*"), "*"):
			return yamlx.At(file, data, fmt.Sprintf("$.terms[%d]", i), "term %q: \"*\" is only allowed at the end", t)
		}
	}
	return nil
}

// pattern is one of a lexicon's Patterns, prepared at its first use.
type pattern struct {
	src string
	// need lists groups of literals: for the pattern to match, every group must have
	// one of its literals in the (lower-cased) text. Checking them first skips most
	// regex runs, which are the costliest part of FindText, and most compilations.
	prepared sync.Once
	need     [][]string
	compiled sync.Once
	re       *regexp.Regexp
}

// PrepareIndexes builds every lexicon's term index and works out every pattern's literal
// prefilter now (once per process, as at their first use): the analyser matches every
// lexicon against every bullet, so the first bullet would prepare them all anyway. A
// worker process does it while it builds the rest of its checker (check.Preload).
func (s *Set) PrepareIndexes() {
	if s == nil {
		return
	}
	for _, l := range s.byName {
		l.index()
		for _, p := range l.pats {
			p.prepared.Do(func() { p.need = literalsFor(p.src) })
		}
	}
}

func (p *pattern) mayMatch(t *Text) bool {
	p.prepared.Do(func() { p.need = literalsFor(p.src) })
	if len(p.need) == 0 || t.longS {
		return true
	}
	for _, g := range p.need {
		if !t.containsAny(g) {
			return false
		}
	}
	return true
}

func (p *pattern) regexp() *regexp.Regexp {
	p.compiled.Do(func() { p.re = regexp.MustCompile("(?i)" + p.src) })
	return p.re
}

// index returns the term index, built at the first call (two goroutines that race
// build the same one; one of them is kept).
func (l *Lexicon) index() *termIndex {
	if p := atomic.LoadPointer(&l.ix); p != nil {
		return (*termIndex)(p)
	}
	ix := newTermIndex(l.Terms)
	if atomic.CompareAndSwapPointer(&l.ix, nil, unsafe.Pointer(ix)) {
		return ix
	}
	return (*termIndex)(atomic.LoadPointer(&l.ix))
}

func newTermIndex(terms []string) *termIndex {
	l := &termIndex{terms: make([]term, 0, len(terms))}
	var by2 []keyed
	for _, t := range terms {
		if !singleSpaced(t) {
			t = strings.Join(strings.Fields(t), " ")
		}
		tm := term{prefix: strings.HasSuffix(t, "*")}
		tm.text = lower(strings.TrimSuffix(t, "*"))
		r, _ := utf8.DecodeRuneInString(tm.text)
		tm.wordStart = isWord(r)
		r, _ = utf8.DecodeLastRuneInString(tm.text)
		tm.wordEnd = isWord(r)
		if tm.text == "" {
			continue
		}
		switch {
		case tm.wordStart && len(tm.text) == 1:
			if l.byStart1 == nil {
				l.byStart1 = new([256][]int)
			}
			l.byStart1[tm.text[0]] = append(l.byStart1[tm.text[0]], len(l.terms))
		case tm.wordStart:
			if by2 == nil {
				by2 = make([]keyed, 0, len(terms))
			}
			if l.has2 == nil {
				l.has2 = new([64]uint64)
			}
			k := key2(tm.text, 0)
			by2 = append(by2, keyed{k, len(l.terms)})
			h := pairBit(tm.text[0], tm.text[1])
			l.has2[h>>6] |= 1 << (h & 63)
		default:
			l.anywhere = append(l.anywhere, len(l.terms))
		}
		l.terms = append(l.terms, tm)
	}
	by2 = sortKeyed(by2)
	l.keys2, l.from2, l.at2 = nil, nil, make([]int, len(by2))
	for j, e := range by2 {
		if j == 0 || e.k != by2[j-1].k {
			l.keys2 = append(l.keys2, e.k)
			l.from2 = append(l.from2, int32(j))
		}
		l.at2[j] = e.i
	}
	l.from2 = append(l.from2, int32(len(by2)))
	return l
}

// Has reports whether word (any case) is one of the lexicon's terms, or starts with
// one of its "*" terms. Patterns are not consulted.
//
// A term that matches word is a prefix of it (or word itself), so it is found among
// the terms FindText would try at the start of word: those of word's first two bytes
// (keys2), of its first byte (byStart1), and the terms that start with no word rune
// (anywhere). There is no set of the terms: building one per lexicon was a tenth of
// the lexicons' start-up, for the few lexicons Has is asked.
func (l *Lexicon) Has(word string) bool {
	ix := l.index()
	w := lower(word)
	if w == "" {
		return false
	}
	if len(w) >= 2 && ix.hasAmong(w, ix.starting2(key2(w, 0))) {
		return true
	}
	if ix.byStart1 != nil && ix.hasAmong(w, ix.byStart1[w[0]]) {
		return true
	}
	return ix.hasAmong(w, ix.anywhere)
}

// hasAmong reports whether one of the terms at is word w, or a "*" term w starts
// with, followed by no space.
func (l *termIndex) hasAmong(w string, at []int) bool {
	for _, i := range at {
		t := l.terms[i]
		if t.prefix {
			if strings.HasPrefix(w, t.text) && !strings.ContainsRune(w[len(t.text):], ' ') {
				return true
			}
		} else if t.text == w {
			return true
		}
	}
	return false
}

// Text is a text prepared once for matching against many lexicons.
type Text struct {
	low    string
	runeAt []int
	// starts holds the byte offsets in low where a word starts, found once for every
	// lexicon that is matched against the text.
	starts []int
	// pairs holds the pairs of adjacent bytes of low, hashed to 4,096 bits: a literal
	// whose first two bytes are not a pair of low is not in it, known without searching
	// (most of the literals the patterns need are not in a given text).
	pairs [64]uint64
	// longS: low holds a long s (see mayMatch).
	longS bool
}

func pairBit(a, b byte) uint { return (uint(a)<<6 ^ uint(b)) & 4095 }

// containsAny is containsAny(t.low, subs), skipping the search for a literal whose
// first two bytes are no pair of the text.
func (t *Text) containsAny(subs []string) bool {
	for _, sub := range subs {
		if len(sub) >= 2 {
			if h := pairBit(sub[0], sub[1]); t.pairs[h>>6]&(1<<(h&63)) == 0 {
				continue
			}
		}
		if strings.Contains(t.low, sub) {
			return true
		}
	}
	return false
}

// Prepare lower-cases text for FindText.
func Prepare(text string) *Text {
	low, runeAt := prepare(text)
	t := &Text{low: low, runeAt: runeAt, longS: strings.ContainsRune(low, 'ſ')}
	for i := 0; i+1 < len(low); i++ {
		h := pairBit(low[i], low[i+1])
		t.pairs[h>>6] |= 1 << (h & 63)
	}
	prevWord := false
	for pos, r := range low {
		w := isWord(r)
		if w && !prevWord {
			t.starts = append(t.starts, pos)
		}
		prevWord = w
	}
	return t
}

// Find returns the rune spans [start, end) of the lexicon's matches in text, sorted,
// without overlaps (the longest match wins where two start together).
func (l *Lexicon) Find(text string) [][2]int {
	return l.FindText(Prepare(text))
}

// FindText is Find over a prepared text, for callers that match one text against
// many lexicons.
func (l *Lexicon) FindText(t *Text) [][2]int {
	ix := l.index()
	low, runeAt := t.low, t.runeAt
	var spans [][2]int
	for _, i := range ix.anywhere {
		spans = ix.findEverywhere(low, runeAt, ix.terms[i], spans)
	}
	for _, pos := range t.starts {
		if ix.byStart1 != nil {
			for _, i := range ix.byStart1[low[pos]] {
				spans = ix.matchAt(low, runeAt, ix.terms[i], pos, spans)
			}
		}
		if pos+2 <= len(low) {
			if ix.has2 == nil {
				continue
			}
			if h := pairBit(low[pos], low[pos+1]); ix.has2[h>>6]&(1<<(h&63)) == 0 {
				continue
			}
			for _, i := range ix.starting2(key2(low, pos)) {
				spans = ix.matchAt(low, runeAt, ix.terms[i], pos, spans)
			}
		}
	}
	for _, p := range l.pats {
		if !p.mayMatch(t) {
			continue
		}
		for _, m := range p.regexp().FindAllStringIndex(low, -1) {
			if m[1] > m[0] {
				spans = append(spans, [2]int{runeAt[m[0]], runeAt[m[1]]})
			}
		}
	}
	return dedupe(spans)
}

// mayMatch reports whether every group of need has one of its literals in low. A
// text holding a long s (ſ), which (?i) folds to "s" but lower-casing keeps, is always
// run through the pattern.
func mayMatch(low string, need [][]string) bool {
	if len(need) == 0 || strings.ContainsRune(low, 'ſ') {
		return true
	}
	for _, g := range need {
		if !containsAny(low, g) {
			return false
		}
	}
	return true
}

// keyed is a term (its index) and its two-byte key.
type keyed struct {
	k uint16
	i int
}

// sortKeyed sorts ks by key, keeping the order of equal keys: a radix sort, one pass
// per byte (a comparison sort of a large lexicon's terms cost as much as the rest of
// its loading).
func sortKeyed(ks []keyed) []keyed {
	if len(ks) < 2 {
		return ks
	}
	tmp := make([]keyed, len(ks))
	for shift := 0; shift < 16; shift += 8 {
		var count [257]int
		for _, e := range ks {
			count[int(e.k>>shift&0xff)+1]++
		}
		for b := 1; b < len(count); b++ {
			count[b] += count[b-1]
		}
		for _, e := range ks {
			b := int(e.k >> shift & 0xff)
			tmp[count[b]] = e
			count[b]++
		}
		ks, tmp = tmp, ks
	}
	return ks
}

// starting2 returns the terms (indexes) whose first two bytes are key k.
func (l *termIndex) starting2(k uint16) []int {
	i, ok := slices.BinarySearch(l.keys2, k)
	if !ok {
		return nil
	}
	return l.at2[l.from2[i]:l.from2[i+1]]
}

// key2 is the two-byte key (keys2) of the bytes of s at pos.
func key2(s string, pos int) uint16 { return uint16(s[pos])<<8 | uint16(s[pos+1]) }

func containsAny(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

// requiredLiterals returns groups of literals such that every match of pattern
// contains, for each group, one of its literals: one group per part of the pattern's
// top-level sequence that must match a word from a list ("\b(managed|grew)\s+
// (\S+\s+)?(team|org)\b" gives {manage, grew} and {team, org}). Groups whose
// shortest literal is a single character are dropped: nearly every text has it. It
// returns nil when it cannot tell, and the pattern is then always run.
func requiredLiterals(pattern string) [][]string {
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		return nil
	}
	for re.Op == syntax.OpCapture {
		re = re.Sub[0]
	}
	parts := []*syntax.Regexp{re}
	if re.Op == syntax.OpConcat {
		parts = re.Sub
	}
	var groups [][]string
	for _, p := range parts {
		if g := literalsOf(p); g != nil && shortest(g) >= 2 {
			groups = append(groups, g)
		}
	}
	return groups
}

// literalsOf returns literals one of which every match of re contains, or nil.
func literalsOf(re *syntax.Regexp) []string {
	switch re.Op {
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			return nil
		}
		return []string{lower(string(re.Rune))}
	case syntax.OpCapture, syntax.OpPlus:
		return literalsOf(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return literalsOf(re.Sub[0])
		}
	case syntax.OpAlternate:
		var all []string
		for _, sub := range re.Sub {
			g := literalsOf(sub)
			if g == nil {
				return nil
			}
			all = append(all, g...)
		}
		return all
	case syntax.OpConcat:
		// the part whose literals are longest is the most selective
		var best []string
		for _, sub := range re.Sub {
			if g := literalsOf(sub); g != nil && (best == nil || shortest(g) > shortest(best)) {
				best = g
			}
		}
		return best
	}
	return nil
}

func shortest(lits []string) int {
	n := -1
	for _, l := range lits {
		if n < 0 || len(l) < n {
			n = len(l)
		}
	}
	return n
}

// matchAt appends the span of term t if it occurs at byte pos of low, where a word
// starts.
func (l *termIndex) matchAt(low string, runeAt []int, t term, pos int, spans [][2]int) [][2]int {
	if !strings.HasPrefix(low[pos:], t.text) {
		return spans
	}
	end := pos + len(t.text)
	if t.prefix {
		for end < len(low) {
			r, n := utf8.DecodeRuneInString(low[end:])
			if !isWord(r) {
				break
			}
			end += n
		}
	} else if t.wordEnd && end < len(low) {
		if r, _ := utf8.DecodeRuneInString(low[end:]); isWord(r) {
			return spans
		}
	}
	return append(spans, [2]int{runeAt[pos], runeAt[end]})
}

// findEverywhere appends the spans of term t at any position of low.
func (l *termIndex) findEverywhere(low string, runeAt []int, t term, spans [][2]int) [][2]int {
	for from := 0; from < len(low); {
		i := strings.Index(low[from:], t.text)
		if i < 0 {
			break
		}
		start := from + i
		from = start + 1
		if t.wordStart && start > 0 {
			if r, _ := utf8.DecodeLastRuneInString(low[:start]); isWord(r) {
				continue
			}
		}
		spans = l.matchAt(low, runeAt, t, start, spans)
	}
	return spans
}

// dedupe sorts spans and drops those overlapping an earlier, longer one.
func dedupe(spans [][2]int) [][2]int {
	if len(spans) < 2 {
		return spans
	}
	slices.SortFunc(spans, func(a, b [2]int) int {
		if a[0] != b[0] {
			return a[0] - b[0]
		}
		return b[1] - a[1]
	})
	out := spans[:1]
	for _, s := range spans[1:] {
		if s[0] < out[len(out)-1][1] {
			continue
		}
		out = append(out, s)
	}
	return out
}

// prepare lower-cases text rune by rune (so rune counts do not change), folds
// typographic apostrophes and hyphens to ASCII, and returns for each byte offset of
// the result (and one past the end) the rune offset in text.
func prepare(text string) (string, []int) {
	var b strings.Builder
	b.Grow(len(text))
	runeAt := make([]int, 0, len(text)+1)
	n := 0
	for _, r := range text {
		r = fold(r)
		size := utf8.RuneLen(r)
		if size < 0 {
			r, size = utf8.RuneError, utf8.RuneLen(utf8.RuneError)
		}
		for range size {
			runeAt = append(runeAt, n)
		}
		b.WriteRune(r)
		n++
	}
	runeAt = append(runeAt, n)
	return b.String(), runeAt
}

func fold(r rune) rune {
	switch r {
	case '\u2019', '\u2018', '\u02bc':
		return '\''
	case '\u2010', '\u2011', '\u2012', '\u2013':
		return '-'
	case '\u00a0', '\t', '\n', '\r':
		return ' '
	}
	return unicode.ToLower(r)
}

func lower(s string) string {
	// ASCII, the common case, folds byte by byte, and text already folded (every
	// built-in term) is returned as it is, without a copy.
	ascii, folded := true, true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			ascii = false
			break
		}
		if 'A' <= c && c <= 'Z' || c == '\t' || c == '\n' || c == '\r' {
			folded = false
		}
	}
	if ascii {
		if folded {
			return s
		}
		b := []byte(s)
		for i, c := range b {
			switch {
			case 'A' <= c && c <= 'Z':
				b[i] = c + 'a' - 'A'
			case c == '\t' || c == '\n' || c == '\r':
				b[i] = ' '
			}
		}
		return string(b)
	}
	var b strings.Builder
	for _, r := range s {
		b.WriteRune(fold(r))
	}
	return b.String()
}

// isLower reports whether w == strings.ToLower(w), without calling it for ASCII
// words (the lexicons' thousands of list words are checked at every start).
func isLower(w string) bool {
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= utf8.RuneSelf:
			return w == strings.ToLower(w)
		case 'A' <= c && c <= 'Z':
			return false
		}
	}
	return true
}

// singleSpaced reports whether strings.Join(strings.Fields(t), " ") is t: ASCII
// words with one space between them and none at either end (every built-in term).
func singleSpaced(t string) bool {
	for i := 0; i < len(t); i++ {
		switch c := t[i]; {
		case c >= utf8.RuneSelf || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r':
			return false
		case c == ' ' && (i == 0 || i == len(t)-1 || t[i+1] == ' '):
			return false
		}
	}
	return true
}

func isWord(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

var (
	builtinOnce sync.Once
	builtinSet  *Set
	builtinErr  error
)

// Builtin returns the lexicons embedded in the binary (rules/lexicons). They are
// parsed once per process (the YAML costs ~10 ms); each call returns its own Set, so
// one caller's Merge does not change another's.
func Builtin() (*Set, error) {
	builtinOnce.Do(func() {
		builtinSet, builtinErr = load(rules.Lexicons, "lexicons", "rules/lexicons", true)
	})
	if builtinErr != nil {
		return nil, builtinErr
	}
	return builtinSet.clone(), nil
}

func (s *Set) clone() *Set {
	c := &Set{byName: make(map[string]*Lexicon, len(s.byName))}
	for n, l := range s.byName {
		c.byName[n] = l
	}
	return c
}

// Get returns the lexicon of that name.
func (s *Set) Get(name string) (*Lexicon, bool) {
	if s == nil {
		return nil, false
	}
	l, ok := s.byName[name]
	return l, ok
}

// Names returns the lexicon names, sorted.
func (s *Set) Names() []string {
	if s == nil {
		return nil
	}
	names := make([]string, 0, len(s.byName))
	for n := range s.byName {
		names = append(names, n)
	}
	slices.Sort(names)
	return names
}

// Merge adds o's lexicons to s; a lexicon of o replaces one of s with the same name,
// which is how a user's lexicons override the built-in ones.
func (s *Set) Merge(o *Set) {
	if o == nil {
		return
	}
	if s.byName == nil {
		s.byName = map[string]*Lexicon{}
	}
	for n, l := range o.byName {
		s.byName[n] = l
	}
}
