package rules

import (
	"io/fs"

	"github.com/resumecheck/resumecheck/internal/nlp"
	"github.com/resumecheck/resumecheck/internal/rules/signals"
)

// bulletAnalyzer is what the engine needs from the signals analyser.
type bulletAnalyzer interface {
	AnalyzeTokens(text string) (signals.Signals, []nlp.Token)
}

// finder finds the phrases of one lexicon in a text, as half-open rune spans.
type finder interface {
	Find(text string) [][2]int
}

// lexicons names the lexicons a pack's rules may refer to.
type lexicons map[string]finder

func (l lexicons) find(name string) (finder, bool) {
	f, ok := l[name]
	return f, ok
}

func mergeLexicons(a, b lexicons) lexicons {
	out := lexicons{}
	for k, v := range a {
		out[k] = v
	}
	for k, v := range b {
		out[k] = v
	}
	return out
}

// builtinLexicons and loadLexicons bind to the lexicon package.
func builtinLexicons() (lexicons, error) { return lexicons{}, nil }

func loadLexicons(fsys fs.FS, dir string) (lexicons, error) { return lexicons{}, nil }
