package signals

import (
	_ "embed"
	"strings"
	"sync"

	"github.com/resumecheck/resumecheck/internal/nlp"
)

// The learned layer. The phrase rules of analyze.go are precise on the clean bullets
// the team writes and miss the terse, run-on and non-native ways real résumés say the
// same things. A small logistic model per signal reads the rules' own decisions, the
// lexicon hits, the opening word's part of speech and hashed word stems of the bullet,
// and decides the signals whose definitions are fuzzy. Signals with a crisp definition
// (first_person: a pronoun; passive: be + participle) stay with the rules, which force
// them. The weights are trained by `go generate` (trainmodel/) on labelled bullets and
// committed in model_weights.txt; the binary reads only that file.

//go:generate go run ./trainmodel -out model_weights.txt
//go:generate go run ./modelgen -o model_table_gen.go

//go:embed model_weights.txt
var modelWeights string

var (
	builtinOnce  sync.Once
	builtinModel *Model
	builtinErr   error
)

// builtin returns the committed model, parsed once per process. A model that fails
// to parse is a build defect; TestBuiltinModel catches it.
func builtin() (*Model, error) {
	builtinOnce.Do(func() {
		if !hasWeights(modelWeights) {
			return // no trained model committed: the rules decide alone
		}
		if m, ok := fromTable(modelTable, modelWeights); ok {
			builtinModel = m
			return
		}
		builtinModel, builtinErr = ParseModel(modelWeights)
	})
	return builtinModel, builtinErr
}

// AnalyzeTokens returns the signals of one bullet and its tagged tokens, for rules
// that look at part-of-speech sequences.
func (a *Analyzer) AnalyzeTokens(text string) (Signals, []nlp.Token) {
	s, b := a.analyzeRules(text)
	a.applyDefinitions(b, &s)
	if m, err := builtin(); err == nil && m != nil {
		m.apply(&s, a.features(b, s))
		a.forceDefinitions(b, &s)
	}
	if numberedPlaceholder(b) {
		s = Signals{Words: s.Words}
	}
	return s, b.toks
}

// AnalyzeWith is Analyze with a given model (nil: the rules alone), for trainmodel's
// evaluation of weights that are not (yet) committed.
func (a *Analyzer) AnalyzeWith(m *Model, text string) Signals { return a.analyzeWith(m, text) }

// analyzeWith is Analyze with a given model (nil: the rules alone), for
// cross-validation.
func (a *Analyzer) analyzeWith(m *Model, text string) Signals {
	s, b := a.analyzeRules(text)
	a.applyDefinitions(b, &s)
	if m != nil {
		m.apply(&s, a.features(b, s))
		a.forceDefinitions(b, &s)
	}
	if numberedPlaceholder(b) {
		s = Signals{Words: s.Words}
	}
	return s
}

// numberedPlaceholder reports a template's numbered filler left in place of a bullet
// ("Job description 1", "Achievement 2"): at most three words, no verb, the last a
// number. It says nothing about the person, so every signal is false.
func numberedPlaceholder(b *bullet) bool {
	if len(b.toks) == 0 || len(b.toks) > 3 || b.toks[len(b.toks)-1].Tag != "CD" {
		return false
	}
	for _, t := range b.toks {
		if strings.HasPrefix(t.Tag, "VB") {
			return false
		}
	}
	return true
}

// hasWeights reports whether a weights file holds anything but comments.
func hasWeights(src string) bool {
	// Line by line without splitting the whole file: the first weight is a few lines
	// in, and the file is 100 KB.
	for line := range strings.Lines(src) {
		if l := strings.TrimSpace(line); l != "" && !strings.HasPrefix(l, "#") {
			return true
		}
	}
	return false
}
