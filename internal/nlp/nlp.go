// Package nlp holds the one prose/v2 model a process shares and turns a bullet into
// part-of-speech-tagged tokens with rune offsets into the bullet.
package nlp

import (
	"bytes"
	"encoding/gob"
	"os"
	"path/filepath"
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

// Model wraps a prose model built with tagging only. It is safe for concurrent use:
// prose only reads the model while tagging.
type Model struct {
	m *prose.Model
}

var (
	sharedOnce  sync.Once
	sharedModel *Model
)

// Shared returns the process-wide model, building it on first use. Building costs
// most of a single run's time, so callers that know they will tag may call Warm early
// to overlap the build with other work (reading the file).
func Shared() *Model {
	sharedOnce.Do(func() { sharedModel = New() })
	return sharedModel
}

// Warm starts building the shared model in the background and returns at once.
func Warm() {
	go Shared()
}

// New builds a fresh model. Prefer Shared; New exists for benchmarks and tests.
func New() *Model {
	if m := taggerOnly(); m != nil {
		return &Model{m: m}
	}
	return &Model{m: prose.ModelFromData("en")}
}

// taggerOnly builds a prose model without its named-entity classifier. prose has no
// option for that: ModelFromData always decodes the NER weights (about a third of the
// build time), which we never use because NER is wrong on résumés. ModelFromDisk
// builds the tagger from the embedded data and reads the classifier from a directory,
// so we hand it a directory holding an empty classifier. It returns nil when the
// temporary directory cannot be written (read-only systems); the caller then falls
// back to the full model.
func taggerOnly() (m *prose.Model) {
	defer func() {
		// prose panics on unreadable model files; the full model is the fallback.
		if r := recover(); r != nil {
			m = nil
		}
	}()
	dir, err := os.MkdirTemp("", "resumecheck-nlp-")
	if err != nil {
		return nil
	}
	defer os.RemoveAll(dir)
	model := filepath.Join(dir, "en")
	maxent := filepath.Join(model, "Maxent")
	if err := os.MkdirAll(maxent, 0o700); err != nil {
		return nil
	}
	parts := map[string]any{
		"mapping.gob": map[string]int{},
		"weights.gob": []float64{},
		"labels.gob":  []string{},
	}
	for name, v := range parts {
		var buf bytes.Buffer
		if err := gob.NewEncoder(&buf).Encode(v); err != nil {
			return nil
		}
		if err := os.WriteFile(filepath.Join(maxent, name), buf.Bytes(), 0o600); err != nil {
			return nil
		}
	}
	return prose.ModelFromDisk(model)
}

// Tag splits text into tokens and tags them. Sentence segmentation and named-entity
// extraction are off: callers pass one bullet at a time, and prose's segmenter is
// rebuilt on every call (about 8 ms).
func (m *Model) Tag(text string) []Token {
	if strings.TrimSpace(text) == "" {
		return nil
	}
	doc, err := prose.NewDocument(text,
		prose.UsingModel(m.m),
		prose.WithSegmentation(false),
		prose.WithExtraction(false))
	if err != nil {
		return nil
	}
	ptoks := doc.Tokens()
	out := make([]Token, 0, len(ptoks))
	// Align each token with the input to recover offsets: prose returns text only.
	// Tokens come in order, so search forward from the end of the previous one.
	byteAt, runeAt := 0, 0
	for _, pt := range ptoks {
		if pt.Text == "" {
			continue
		}
		tok := Token{Text: pt.Text, Tag: pt.Tag}
		if i := strings.Index(text[byteAt:], pt.Text); i >= 0 {
			runeAt += utf8.RuneCountInString(text[byteAt : byteAt+i])
			byteAt += i
			tok.Start = runeAt
			runeAt += utf8.RuneCountInString(pt.Text)
			byteAt += len(pt.Text)
			tok.End = runeAt
		} else {
			// prose rewrote the token (rare); give it an empty span where we are.
			tok.Start, tok.End = runeAt, runeAt
		}
		out = append(out, tok)
	}
	return out
}
