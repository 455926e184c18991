package rules

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/resumecheck/resumecheck/internal/nlp"
	"github.com/resumecheck/resumecheck/internal/signals"
)

// checker is a compiled rule kind.
type checker interface {
	scope() Scope
}

// bulletCheck looks at one bullet at a time.
type bulletCheck interface {
	checker
	roles() roleSel
	bullet(b *bulletCtx) (hit, bool)
}

// docCheck looks at roles or the whole document.
type docCheck interface {
	checker
	doc(c *docCtx) []hit
}

// roleSel picks roles: all (the default), current (the current role), recent (the two
// most recent roles), past (roles that have ended). Current and recent are
// internal/recency's: roles without engineering work are skipped.
type roleSel string

func (s roleSel) valid() bool {
	switch s {
	case "", "all", "current", "recent", "past":
		return true
	}
	return false
}

// checkRoles is the error for a rule's roles key, or nil when it is valid.
func (src *source) checkRoles(r roleSel) error {
	if r.valid() {
		return nil
	}
	return src.errAt("$.roles", "roles must be one of all, current, recent, past")
}

func (s roleSel) admitsRole(r *roleInfo) bool {
	switch s {
	case "current":
		return r.current
	case "recent":
		return r.recent
	case "past":
		return r.past
	}
	return true
}

// admits reports whether a bullet rule with this selector looks at b. Bullets outside
// experience roles are seen only by rules that take all roles.
func (s roleSel) admits(b *bulletCtx) bool {
	if s == "" || s == "all" {
		return true
	}
	return b.role != nil && s.admitsRole(b.role)
}

func (s roleSel) pick(roles []*roleInfo) []*roleInfo {
	var out []*roleInfo
	for _, r := range roles {
		if s.admitsRole(r) {
			out = append(out, r)
		}
	}
	return out
}

// --- pattern -------------------------------------------------------------------

// patternSpec fires on bullets containing a regular expression, a listed word or
// phrase, or a phrase of a named lexicon; `when` narrows it by signals
// ("not quantified").
type patternSpec struct {
	Rule     `yaml:",inline"`
	Patterns []string `yaml:"patterns"`
	Words    []string `yaml:"words"`
	Lexicon  string   `yaml:"lexicon"`
	When     string   `yaml:"when"`
	Roles    roleSel  `yaml:"roles"`

	res     []*regexp.Regexp
	finders []finder // the words, then the lexicon
	cond    cond
}

func (p *patternSpec) compile(src *source) (checker, error) {
	if len(p.Patterns) == 0 && len(p.Words) == 0 && p.Lexicon == "" {
		return nil, src.errAt("$.kind", "a pattern rule needs patterns, words or lexicon")
	}
	for i, s := range p.Patterns {
		re, err := regexp.Compile(s)
		if err != nil {
			return nil, src.errAt(fmt.Sprintf("$.patterns[%d]", i), "bad regular expression: %v", trimRegexpErr(err))
		}
		p.res = append(p.res, re)
	}
	if len(p.Words) > 0 {
		wf := &wordFinder{}
		for _, w := range p.Words {
			if strings.TrimSpace(w) == "" {
				return nil, src.errAt("$.words", "words must not be empty")
			}
			wf.words = append(wf.words, strings.ToLower(strings.TrimSpace(w)))
		}
		p.finders = append(p.finders, wf)
	}
	if p.Lexicon != "" {
		f, ok := src.lex.find(p.Lexicon)
		if !ok {
			return nil, src.errAt("$.lexicon", "unknown lexicon %q%s", p.Lexicon, src.lexHint())
		}
		p.finders = append(p.finders, f)
	}
	var err error
	if p.cond, err = src.cond("$.when", p.When, false); err != nil {
		return nil, err
	}
	if err := src.checkRoles(p.Roles); err != nil {
		return nil, err
	}
	return p, nil
}

func (p *patternSpec) scope() Scope   { return ScopeBullet }
func (p *patternSpec) roles() roleSel { return p.Roles }

func (p *patternSpec) bullet(b *bulletCtx) (hit, bool) {
	if p.cond != nil && !p.cond.eval(&b.ba.Signals) {
		return hit{}, false
	}
	text := b.ba.Text
	var spans []signals.Span
	for _, re := range p.res {
		for _, m := range re.FindAllStringIndex(text, -1) {
			if m[0] == m[1] {
				continue
			}
			spans = append(spans, signals.Span{Start: utf8.RuneCountInString(text[:m[0]]), End: utf8.RuneCountInString(text[:m[1]])})
		}
	}
	for _, f := range p.finders {
		for _, m := range f.Find(text) {
			spans = append(spans, signals.Span{Start: m[0], End: m[1]})
		}
	}
	if len(spans) == 0 {
		return hit{}, false
	}
	return spanHit(text, spans), true
}

// wordFinder finds whole words and phrases case-insensitively. It is a plain search
// rather than one big regular expression: Go's backtracking matcher made an
// alternation of 30 phrases the slowest part of the rules.
type wordFinder struct {
	words []string // lower-cased
}

// Find returns the rune spans of the words in text, longest first where two overlap.
func (w *wordFinder) Find(text string) [][2]int {
	low := strings.ToLower(text) // maps rune by rune, so rune offsets carry over
	var out [][2]int
	taken := map[int]bool{}
	for _, word := range w.words {
		for from := 0; from < len(low); {
			i := strings.Index(low[from:], word)
			if i < 0 {
				break
			}
			i += from
			j := i + len(word)
			from = i + 1
			if !boundary(low, i, j) || taken[i] {
				continue
			}
			st := utf8.RuneCountInString(low[:i])
			out = append(out, [2]int{st, st + utf8.RuneCountInString(word)})
			taken[i] = true
		}
	}
	sort.Slice(out, func(a, b int) bool {
		if out[a][0] != out[b][0] {
			return out[a][0] < out[b][0]
		}
		return out[a][1] > out[b][1]
	})
	// Drop matches inside an earlier, longer one: with "a number of" and "number" both
	// listed, "a number of" is reported once.
	kept := out[:0]
	end := -1
	for _, m := range out {
		if m[0] < end {
			continue
		}
		kept = append(kept, m)
		end = m[1]
	}
	return kept
}

// boundary reports whether s[i:j] stands as whole words: no letter or digit touches it.
func boundary(s string, i, j int) bool {
	if i > 0 {
		r, _ := utf8.DecodeLastRuneInString(s[:i])
		if isWordRune(r) {
			return false
		}
	}
	if j < len(s) {
		r, _ := utf8.DecodeRuneInString(s[j:])
		if isWordRune(r) {
			return false
		}
	}
	return true
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// spanHit makes a hit whose evidence is the distinct texts of spans, in order.
func spanHit(text string, spans []signals.Span) hit {
	sort.SliceStable(spans, func(i, j int) bool { return spans[i].Start < spans[j].Start })
	var words []string
	seen := map[string]bool{}
	for _, sp := range spans {
		w := spanText(text, sp)
		k := strings.ToLower(w)
		if w == "" || seen[k] {
			continue
		}
		seen[k] = true
		words = append(words, w)
	}
	first := spans[0]
	return hit{span: &first, data: MessageData{Evidence: strings.Join(words, ", "), Count: len(spans)}}
}

func trimRegexpErr(err error) string {
	s := err.Error()
	return strings.TrimPrefix(s, "error parsing regexp: ")
}

// --- signal --------------------------------------------------------------------

// signalSpec fires on bullets whose signals satisfy a condition.
type signalSpec struct {
	Rule  `yaml:",inline"`
	When  string  `yaml:"when"`
	Roles roleSel `yaml:"roles"`

	cond cond
	pos  []string
}

func (p *signalSpec) compile(src *source) (checker, error) {
	var err error
	if p.cond, err = src.cond("$.when", p.When, true); err != nil {
		return nil, err
	}
	p.pos = p.cond.positive(nil)
	if err := src.checkRoles(p.Roles); err != nil {
		return nil, err
	}
	return p, nil
}

func (p *signalSpec) scope() Scope   { return ScopeBullet }
func (p *signalSpec) roles() roleSel { return p.Roles }

func (p *signalSpec) bullet(b *bulletCtx) (hit, bool) {
	s := &b.ba.Signals
	if !p.cond.eval(s) {
		return hit{}, false
	}
	// The evidence is that of the first signal the condition asks for.
	for _, name := range p.pos {
		if spans := s.Evidence[name]; len(spans) > 0 {
			return spanHit(b.ba.Text, append([]signals.Span(nil), spans...)), true
		}
	}
	if s.ActionVerb != "" {
		return hit{data: MessageData{Evidence: s.ActionVerb}}, true
	}
	return hit{}, true
}

// --- sequence ------------------------------------------------------------------

// seqStep matches one token: its part-of-speech tag and/or its text, both regular
// expressions matched against the whole tag or word (words case-insensitively).
type seqStep struct {
	Tag      string `yaml:"tag"`
	Word     string `yaml:"word"`
	Optional bool   `yaml:"optional"`

	tag, word *regexp.Regexp
}

// sequenceSpec fires on bullets whose tokens contain a run matching the steps in order,
// at the start of the bullet (anchor: start) or anywhere.
type sequenceSpec struct {
	Rule     `yaml:",inline"`
	Sequence []seqStep `yaml:"sequence"`
	Anchor   string    `yaml:"anchor"`
	When     string    `yaml:"when"`
	Roles    roleSel   `yaml:"roles"`

	cond cond
}

func (p *sequenceSpec) compile(src *source) (checker, error) {
	if len(p.Sequence) == 0 {
		return nil, src.errAt("$.kind", "a sequence rule needs a sequence of steps ({tag: VBD}, {word: was})")
	}
	for i := range p.Sequence {
		st := &p.Sequence[i]
		if st.Tag == "" && st.Word == "" {
			return nil, src.errAt(fmt.Sprintf("$.sequence[%d]", i), "a step needs a tag or a word")
		}
		var err error
		if st.Tag != "" {
			if st.tag, err = regexp.Compile(`^(?:` + st.Tag + `)$`); err != nil {
				return nil, src.errAt(fmt.Sprintf("$.sequence[%d].tag", i), "bad regular expression: %v", trimRegexpErr(err))
			}
		}
		if st.Word != "" {
			if st.word, err = regexp.Compile(`(?i)^(?:` + st.Word + `)$`); err != nil {
				return nil, src.errAt(fmt.Sprintf("$.sequence[%d].word", i), "bad regular expression: %v", trimRegexpErr(err))
			}
		}
	}
	switch p.Anchor {
	case "", "any", "start":
	default:
		return nil, src.errAt("$.anchor", "anchor must be start or any")
	}
	var err error
	if p.cond, err = src.cond("$.when", p.When, false); err != nil {
		return nil, err
	}
	if err := src.checkRoles(p.Roles); err != nil {
		return nil, err
	}
	return p, nil
}

func (p *sequenceSpec) scope() Scope   { return ScopeBullet }
func (p *sequenceSpec) roles() roleSel { return p.Roles }

func (p *sequenceSpec) bullet(b *bulletCtx) (hit, bool) {
	if p.cond != nil && !p.cond.eval(&b.ba.Signals) {
		return hit{}, false
	}
	toks := b.ba.Tokens
	last := len(toks) - 1
	if p.Anchor == "start" {
		last = 0
	}
	for i := 0; i <= last && i < len(toks); i++ {
		if end, ok := p.match(toks, i, 0); ok && end > i {
			sp := signals.Span{Start: toks[i].Start, End: toks[end-1].End}
			return hit{span: &sp, data: MessageData{Evidence: spanText(b.ba.Text, sp), Count: 1}}, true
		}
	}
	return hit{}, false
}

// match tries steps[k:] from token i and returns the index after the last token used.
func (p *sequenceSpec) match(toks []nlp.Token, i, k int) (int, bool) {
	if k == len(p.Sequence) {
		return i, true
	}
	st := &p.Sequence[k]
	if i < len(toks) && st.matches(toks[i]) {
		if end, ok := p.match(toks, i+1, k+1); ok {
			return end, true
		}
	}
	if st.Optional {
		return p.match(toks, i, k+1)
	}
	return 0, false
}

func (st *seqStep) matches(t nlp.Token) bool {
	if st.tag != nil && !st.tag.MatchString(t.Tag) {
		return false
	}
	if st.word != nil && !st.word.MatchString(t.Text) {
		return false
	}
	return true
}
