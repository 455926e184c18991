package rewrite

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/resumecheck/resumecheck/internal/lazyregexp"
	"github.com/resumecheck/resumecheck/internal/resume"
	"github.com/resumecheck/resumecheck/internal/signals"
	"github.com/resumecheck/resumecheck/internal/yamlx"
)

// Shape is what kind of line a bullet is, as far as a rewrite is concerned.
type Shape int

// Shapes.
const (
	// Sentence opens with a verb and can be reworded or extended.
	Sentence Shape = iota
	// Fragment is a phrase without an opening verb ("automated itinerary generation,
	// dynamic"), or one that does not start like a sentence: it can be asked about.
	Fragment
	// Label is a heading-like line ("Job description 1", "Human Languages:") or a line
	// that is no piece of work at all (a company note, a contact line, a skill
	// statement, a promotion, the stack of the bullet above): nothing is suggested.
	Label
	// List is a list of items such as a skills line ("Python, C++, Qt, UDP").
	List
)

// editsFile is rules/vocabulary/edits.yaml: what a rewrite may drop, and which lines
// are not work.
type editsFile struct {
	Fillers struct {
		Keep        []string `yaml:"keep"`
		Determiners []string `yaml:"determiners"`
		After       []string `yaml:"after"`
		Adverbs     []string `yaml:"adverbs"`
	} `yaml:"fillers"`
	NotWork struct {
		StackOpeners []string `yaml:"stack_openers"`
		SkillOpeners []string `yaml:"skill_openers"`
		Progression  []string `yaml:"progression"`
		Context      []string `yaml:"context_openers"`
		LabelWords   int      `yaml:"label_words"`
	} `yaml:"not_work"`
}

var edits = loadVocab("edits.yaml", parseEdits)

func parseEdits(file string, raw []byte) (*editsFile, error) {
	var e editsFile
	if err := yamlx.Decode(file, raw, &e); err != nil {
		return nil, err
	}
	lists := map[string][]string{
		"$.fillers.keep": e.Fillers.Keep, "$.fillers.determiners": e.Fillers.Determiners,
		"$.fillers.after": e.Fillers.After, "$.fillers.adverbs": e.Fillers.Adverbs,
		"$.not_work.stack_openers": e.NotWork.StackOpeners, "$.not_work.skill_openers": e.NotWork.SkillOpeners,
		"$.not_work.progression": e.NotWork.Progression,
	}
	for path, l := range lists {
		if len(l) == 0 {
			return nil, yamlx.At(file, raw, path, "must not be empty")
		}
		for _, w := range l {
			if w != strings.ToLower(w) || strings.TrimSpace(w) == "" {
				return nil, yamlx.At(file, raw, path, "entries are lower-case words or phrases")
			}
		}
	}
	if e.NotWork.LabelWords < 3 {
		return nil, yamlx.At(file, raw, "$.not_work.label_words", "must be at least 3")
	}
	return &e, nil
}

// opensWithPhrase reports whether text (case-insensitive) opens with one of the
// phrases, on word boundaries.
func opensWithPhrase(text string, phrases []string) bool {
	return opensWithWords(wordsOf(text), phrases)
}

// opensWithWords is opensWithPhrase over the text's words (wordsOf).
func opensWithWords(ws []string, phrases []string) bool {
	for _, p := range phrases {
		pw := phraseWords(p)
		if len(pw) == 0 || len(pw) > len(ws) {
			continue
		}
		match := true
		for i := range pw {
			if ws[i] != pw[i] {
				match = false
				break
			}
		}
		if match {
			return true
		}
	}
	return false
}

// phraseWordsCache holds wordsOf of the vocabulary's phrases, which every bullet's
// shape compares its opening with.
var phraseWordsCache sync.Map // string -> []string

func phraseWords(p string) []string {
	if v, ok := phraseWordsCache.Load(p); ok {
		return v.([]string)
	}
	pw := wordsOf(p)
	phraseWordsCache.Store(p, pw)
	return pw
}

// mayHoldEmailOrURL is false for a text neither emailRE nor urlRE can match, checked
// without them: an email needs an @, a link "://" or "www." (in any case).
func mayHoldEmailOrURL(t string) bool {
	if strings.IndexByte(t, '@') >= 0 || strings.Contains(t, "://") {
		return true
	}
	for i := 3; i < len(t); i++ {
		if t[i] == '.' && t[i-1]|0x20 == 'w' && t[i-2]|0x20 == 'w' && t[i-3]|0x20 == 'w' {
			return true
		}
	}
	return false
}

var (
	emailRE = lazyregexp.New(`\S@\S+\.\S`)
	urlRE   = lazyregexp.New(`(?i)\bhttps?://|\bwww\.`)
)

// ShapeOf classifies a bullet. Only a Sentence is ever rewritten; a Fragment can be
// asked about; a Label or a List gets nothing.
func ShapeOf(text string, s signals.Signals) Shape {
	t := strings.TrimSpace(text)
	if t == "" {
		return Label
	}
	ws := strings.Fields(t)
	if strings.HasSuffix(t, ":") || len(ws) <= 3 {
		return Label
	}
	if isList(t) {
		return List
	}
	nw := edits().NotWork
	body := afterLabel(t)
	if bw := wordsOf(body); opensWithWords(bw, nw.Progression) || opensWithWords(bw, nw.StackOpeners) || opensWithWords(bw, nw.SkillOpeners) || opensWithWords(bw, nw.Context) {
		return Label
	}
	first := []rune(t)[0]
	verbLed := VerbLed(s, t)
	if !verbLed {
		switch {
		case first == '(' || first == '[':
			// "(Part of X, formerly Y)": a note on the organisation.
			return Label
		case unicode.IsLower(first):
			// The tail of a sentence cut off above it ("as SaaS on cloud.").
			return Label
		case mayHoldEmailOrURL(t) && (emailRE.MatchString(t) || urlRE.MatchString(t)) || strings.Contains(t, " | "):
			// A contact line, a link, or "Company | City".
			return Label
		case len(ws) <= nw.LabelWords || opensWithDate(ws):
			// A short label, or a role line read as a bullet ("Aug 2012 - Developer").
			return Label
		}
		return Fragment
	}
	if unicode.IsLower(first) {
		// A bullet cut out of its sentence, or a wrapped line read as a bullet.
		return Fragment
	}
	return Sentence
}

// SplitHead reports whether a bullet is the head of a sentence a line break cut in two
// ("Utilize publishing and audio" above "software to create and transmit sheet music."):
// it has no closing punctuation and the next bullet of its role is a tail, opening in
// lower case without a verb. Neither half is a bullet to rewrite or ask about.
func SplitHead(text, next string, nextSig signals.Signals) bool {
	t, n := strings.TrimSpace(text), strings.TrimSpace(next)
	if t == "" || n == "" || strings.ContainsRune(".!?;:", []rune(t)[len([]rune(t))-1]) {
		return false
	}
	return unicode.IsLower([]rune(n)[0]) && !VerbLed(nextSig, n)
}

// opensWithDate reports whether the words open with a date ("Aug 2012", "2019").
func opensWithDate(ws []string) bool {
	for n := 2; n >= 1; n-- {
		if len(ws) >= n {
			if _, ok := resume.ParseDate(strings.TrimRight(strings.Join(ws[:n], " "), ",;:")); ok {
				return true
			}
		}
	}
	return false
}

// skillLabelRE finds a label that introduces a list of skills or tools: the definition
// of hasSkillLabel, which reads ASCII text by hand and other text through it.
var skillLabelRE = lazyregexp.New(`(?i)\b(skills|technologies|tools|tech stack|stack|languages|frameworks|environment)\s*:`)

// skillLabels are skillLabelRE's labels.
var skillLabels = []string{"skills", "technologies", "tools", "tech stack", "stack", "languages", "frameworks", "environment"}

// hasSkillLabel reports whether skillLabelRE matches t. In ASCII text it looks back
// from each colon, past the spaces before it (\s), for a label ending there that
// starts a word: the expression, tried at every position of a long line with a colon,
// was a fiftieth of the worker's instructions on a corpus PDF. Text with other runes
// goes through the expression ((?i) matches "k" to the Kelvin sign and "s" to the long
// s, of other lengths in bytes). TestHasSkillLabelMatchesRegexp holds it to the
// expression.
func hasSkillLabel(t string) bool {
	if strings.IndexByte(t, ':') < 0 {
		return false
	}
	for i := 0; i < len(t); i++ {
		if t[i] >= utf8.RuneSelf {
			return skillLabelRE.MatchString(t)
		}
	}
	for j := strings.IndexByte(t, ':'); j >= 0; {
		k := j
		for k > 0 && isRESpace(t[k-1]) {
			k--
		}
		for _, l := range skillLabels {
			if s := k - len(l); s >= 0 && strings.EqualFold(t[s:k], l) && (s == 0 || !isREWordByte(t[s-1])) {
				return true
			}
		}
		next := strings.IndexByte(t[j+1:], ':')
		if next < 0 {
			break
		}
		j += 1 + next
	}
	return false
}

// isRESpace reports whether c is in \s of Go's regular expressions.
func isRESpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// isREWordByte reports whether c is an ASCII word character (\w, which \b reads).
func isREWordByte(c byte) bool {
	return c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// isList reports whether text is a list of short items rather than a sentence: a
// skills label, or three or more comma-separated items of at most two words each making
// up most of the line.
func isList(t string) bool {
	if hasSkillLabel(t) {
		return true
	}
	parts := strings.FieldsFunc(t, func(r rune) bool { return r == ',' || r == ';' || r == '|' || r == '•' || r == '·' })
	if len(parts) < 4 {
		return false
	}
	short := 0
	for _, p := range parts {
		if n := len(strings.Fields(p)); n > 0 && n <= 2 {
			short++
		}
	}
	return short*4 >= len(parts)*3
}
