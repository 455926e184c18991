// Package nlp holds the one prose/v2 model a process shares and turns a bullet into
// part-of-speech-tagged tokens with rune offsets into the bullet.
package nlp

import (
	"strings"
	"sync"
	"unicode/utf8"

	prose "github.com/jdkato/prose/v2"
)

// Token is one word or punctuation mark of the input, with its Penn Treebank tag.
// Start and End are rune offsets into the tagged text, half-open.
type Token struct {
	Text  string
	Tag   string
	Start int
	End   int
}

// Model tags tokens with prose's part-of-speech model. It is safe for concurrent use:
// tagging only reads it.
//
// prose.ModelFromData decodes ~5 MB of gob (tagger and named-entity weights) on every
// call, about 365 ms on a 2-core machine, which dwarfs the rest of a single run. The
// model here lays the same tagger weights out once as a table with a hash index
// that it reads in place (table.go), keeps that table in the user's cache directory so a
// later process only reads a file (cache.go), and skips the named-entity
// classifier, which we do not use. When no table can be had, it falls back to
// prose's own model.
type Model struct {
	p  *perceptron
	pm *prose.Model
}

var (
	sharedOnce  sync.Once
	sharedModel *Model
)

// Shared returns the process-wide model, building it on first use.
func Shared() *Model {
	sharedOnce.Do(func() { sharedModel = New() })
	return sharedModel
}

// New builds a fresh model, reading the tagger table from the disk cache when it
// holds one for this build (see cacheDir) and building and caching it otherwise.
// Prefer Shared; New exists for benchmarks and tests.
func New() *Model {
	dir, ok := cacheDir()
	if !ok {
		dir = ""
	}
	if p, _, err := loadTagger(dir); err == nil {
		return &Model{p: p}
	}
	return newProse()
}

// newProse is prose's own model, the fallback and the reference the tests compare
// the table-driven tagger against.
func newProse() *Model {
	return &Model{pm: prose.ModelFromData("en")}
}

// Tag splits text into tokens and tags them. Sentence segmentation and named-entity
// extraction are off: callers pass one bullet at a time, and prose's segmenter is
// rebuilt on every call (about 8 ms).
func (m *Model) Tag(text string) []Token {
	if strings.TrimSpace(text) == "" {
		return nil
	}
	var words, tags []string
	if m.pm != nil {
		doc, err := prose.NewDocument(text, prose.WithSegmentation(false), prose.WithExtraction(false), prose.UsingModel(m.pm))
		if err != nil {
			return nil
		}
		for _, t := range doc.Tokens() {
			if t.Text != "" {
				words = append(words, t.Text)
				tags = append(tags, t.Tag)
			}
		}
	} else {
		words = tokenize(text)
		if m.p != nil {
			tags = m.p.tag(words)
		}
	}
	out := make([]Token, 0, len(words))
	// Align each token with the input to recover offsets: the tokenizer returns text
	// only. Tokens come in order, so search forward from the end of the previous one.
	byteAt, runeAt := 0, 0
	for k, w := range words {
		tok := Token{Text: w}
		if tags != nil {
			tok.Tag = tags[k]
		}
		if i := strings.Index(text[byteAt:], w); i >= 0 {
			runeAt += utf8.RuneCountInString(text[byteAt : byteAt+i])
			byteAt += i
			tok.Start = runeAt
			runeAt += utf8.RuneCountInString(w)
			byteAt += len(w)
			tok.End = runeAt
		} else {
			// the token was rewritten (a curly quote straightened); give it an empty
			// span where we are.
			tok.Start, tok.End = runeAt, runeAt
		}
		out = append(out, tok)
	}
	return out
}
