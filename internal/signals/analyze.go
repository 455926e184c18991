package signals

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode"

	"github.com/resumecheck/resumecheck/internal/lexicon"
	"github.com/resumecheck/resumecheck/internal/nlp"
)

// Lexicons the analyzer reads, by name. A user's lexicon set may override any of
// them but must not drop one.
var Lexicons = []string{
	"adjectival_participles", "be_forms", "communication", "first_person", "functions", "grammar",
	"irregular_participles", "lead_verbs", "metric_nouns", "people", "pm",
	"quantity_words", "strong_verbs", "team_framing", "technical", "units", "weak_openers",
}

// Analyzer computes Signals for bullets. It is safe for concurrent use.
type Analyzer struct {
	model *nlp.Model
	lex   map[string]*lexicon.Lexicon
	v     *vocab
}

// NewAnalyzer checks that lex holds every lexicon the analyzer reads.
func NewAnalyzer(lex *lexicon.Set, m *nlp.Model) (*Analyzer, error) {
	if m == nil {
		return nil, fmt.Errorf("signals: no language model")
	}
	a := &Analyzer{model: m, lex: map[string]*lexicon.Lexicon{}}
	for _, name := range Lexicons {
		l, ok := lex.Get(name)
		if !ok {
			return nil, fmt.Errorf("signals: lexicon %q is missing; keep a file with name: %s among the lexicons", name, name)
		}
		a.lex[name] = l
	}
	v, err := newVocab(a.lex)
	if err != nil {
		return nil, err
	}
	a.v = v
	return a, nil
}

var (
	defaultOnce     sync.Once
	defaultAnalyzer *Analyzer
	defaultErr      error
)

// Default returns the analyzer built from the built-in lexicons and the shared
// model, built once per process.
func Default() (*Analyzer, error) {
	defaultOnce.Do(func() {
		// The model loads while the lexicons parse: a fresh process waits for both
		// before its first résumé, and they share nothing.
		model := make(chan *nlp.Model, 1)
		go func() { model <- nlp.Shared() }()
		// The learned layer every analysis applies parses meanwhile too; its own
		// Once makes the first analysis wait for it if it is not done.
		go func() { _, _ = builtin() }()
		set, err := lexicon.Builtin()
		m := <-model
		if err != nil {
			defaultErr = err
			return
		}
		defaultAnalyzer, defaultErr = NewAnalyzer(set, m)
	})
	return defaultAnalyzer, defaultErr
}

// Analyze returns the signals of one bullet.
func (a *Analyzer) Analyze(text string) Signals {
	s, _ := a.AnalyzeTokens(text)
	return s
}

// bullet is one bullet under analysis: its runes, tokens and a lower-case copy of
// each token's text.
type bullet struct {
	text  string
	runes []rune
	toks  []nlp.Token
	low   []string
	first int // index of the first token that holds a letter or digit, or -1
	v     *vocab
	prep  *lexicon.Text
	// ids are the vocabulary's ids of low's words (-1 for a word it does not name),
	// looked up at the first wordID
	ids []int32
	// phrases found in the bullet, by kind (phPeople, ...), in one pass over its tokens
	phr [phKinds][]Span
	// found caches each lexicon's matches (by its index in Lexicons): the rules and
	// the model's features both read them.
	found     [maxLexicons][][2]int
	foundDone [maxLexicons]bool
}

// maxLexicons bounds len(Lexicons); lexIndex numbers them.
const maxLexicons = 20

var lexIndex = func() map[string]int {
	if len(Lexicons) > maxLexicons {
		panic("signals: more lexicons than maxLexicons")
	}
	m := make(map[string]int, len(Lexicons))
	for i, n := range Lexicons {
		m[n] = i
	}
	return m
}()

// findText returns the matches of lexicon name in the bullet, found once per bullet.
func (a *Analyzer) findText(b *bullet, name string) [][2]int {
	i, ok := lexIndex[name]
	if !ok {
		return a.lex[name].FindText(b.prep)
	}
	if !b.foundDone[i] {
		b.found[i] = a.lex[name].FindText(b.prep)
		b.foundDone[i] = true
	}
	return b.found[i]
}

// analyzeRules returns the signals the phrase rules find in one bullet, and the
// bullet (tokens, phrases) for the learned layer of model.go.
func (a *Analyzer) analyzeRules(text string) (Signals, *bullet) {
	b := &bullet{text: text, runes: []rune(text), toks: a.model.Tag(text), first: -1, prep: lexicon.Prepare(text), v: a.v}
	b.low = make([]string, len(b.toks))
	for i, t := range b.toks {
		b.low[i] = strings.ToLower(t.Text)
		if b.first < 0 && hasWordRune(t.Text) {
			b.first = i
		}
	}
	b.phr = findAllPhrases(b)
	s := Signals{Evidence: map[string][]Span{}}
	set := func(name string, spans []Span) bool {
		if len(spans) == 0 {
			return false
		}
		s.Evidence[name] = spans
		return true
	}
	s.Words = countWords(text)
	s.Quantified = set(Quantified, a.quantified(b))
	s.FirstPerson = set(FirstPerson, a.firstPerson(b))
	people := a.people(b)
	s.People = set(People, people)
	s.TeamFraming = set(TeamFraming, merge(a.teamFraming(b, people), people))
	s.CrossTeam = set(CrossTeam, merge(a.crossTeam(b), a.outsideParties(b)))
	s.Technical = set(Technical, merge(merge(a.technical(b, people), a.builtSoftware(b)), a.techNames(b)))
	s.PM = set(PM, a.pm(b))
	s.Communication = set(Communication, a.communication(b))
	weak := a.weakOpener(b)
	s.WeakOpener = set(WeakOpener, weak)
	s.Passive = set(Passive, a.passive(b))
	if len(weak) == 0 {
		s.ActionVerb = a.actionVerb(b)
	}
	if len(s.Evidence) == 0 {
		s.Evidence = nil
	}
	return s, b
}

func countWords(text string) int {
	n := 0
	for f := range strings.FieldsSeq(text) {
		if hasWordRune(f) {
			n++
		}
	}
	return n
}

func hasWordRune(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// find returns the spans of a lexicon in the bullet.
func (a *Analyzer) find(name string, b *bullet) []Span {
	var out []Span
	for _, sp := range a.findText(b, name) {
		out = append(out, Span{sp[0], sp[1]})
	}
	return out
}

// tokenAt returns the index of the first token that ends after rune offset r, or
// len(toks).
func (b *bullet) tokenAt(r int) int {
	for i, t := range b.toks {
		if t.End > r {
			return i
		}
	}
	return len(b.toks)
}

// word returns the lower-case token i, or "" out of range.
func (b *bullet) word(i int) string {
	if i < 0 || i >= len(b.low) {
		return ""
	}
	return b.low[i]
}

func (b *bullet) span(sp Span) string { return string(b.runes[sp.Start:sp.End]) }

// near reports whether any of words occurs among the n tokens before token i (back)
// or after token j (ahead).
// wordID returns the id of token i's lower-cased word in the vocabulary, or -1.
func (b *bullet) wordID(i int) int {
	if b.ids == nil {
		b.ids = make([]int32, len(b.low))
		for k, w := range b.low {
			b.ids[k] = int32(b.v.t.lookup(w))
		}
	}
	return int(b.ids[i])
}

// idIn returns the id of token i's lower-cased word in table t, or -1.
func (b *bullet) idIn(t *vocabTable, i int) int {
	if t == b.v.t {
		return b.wordID(i)
	}
	return t.lookup(b.low[i])
}

func (b *bullet) near(i, j, back, ahead int, words wordSet) bool {
	for k := i - back; k < i; k++ {
		if words.has(b.word(k)) {
			return true
		}
	}
	for k := j + 1; k <= j+ahead; k++ {
		if words.has(b.word(k)) {
			return true
		}
	}
	return false
}

func merge(a, b []Span) []Span {
	out := append(slices.Clone(a), b...)
	slices.SortFunc(out, func(x, y Span) int {
		if x.Start != y.Start {
			return x.Start - y.Start
		}
		return x.End - y.End
	})
	return slices.Compact(out)
}

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

func overlaps(sp Span, spans []Span) bool {
	for _, o := range spans {
		if o.Start < sp.End && sp.Start < o.End {
			return true
		}
	}
	return false
}

func inside(sp Span, spans []Span) bool {
	for _, o := range spans {
		if o.Start <= sp.Start && sp.End <= o.End {
			return true
		}
	}
	return false
}
