package rules

import (
	"errors"
	"io/fs"
	"path"
	"sync"

	"github.com/resumecheck/resumecheck/internal/lexicon"
	"github.com/resumecheck/resumecheck/internal/nlp"
	"github.com/resumecheck/resumecheck/internal/signals"
)

// BulletAnalyzer is what the engine needs from the signals analyser: the
// *signals.Analyzer built by signals.Default or signals.NewAnalyzer (tests pass a
// fixed-word fake).
type BulletAnalyzer interface {
	AnalyzeTokens(text string) (signals.Signals, []nlp.Token)
}

var _ BulletAnalyzer = (*signals.Analyzer)(nil)

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

func fromSet(s *lexicon.Set) lexicons {
	out := lexicons{}
	for _, n := range s.Names() {
		if l, ok := s.Get(n); ok {
			out[n] = l
		}
	}
	return out
}

var (
	builtinLexOnce sync.Once
	builtinLex     lexicons
	builtinLexErr  error
)

// builtinLexicons are the lexicons embedded with the rules (rules/lexicons), loaded
// once per process: they are only read after loading.
func builtinLexicons() (lexicons, error) {
	builtinLexOnce.Do(func() {
		s, err := lexicon.Builtin()
		if err != nil {
			builtinLexErr = err
			return
		}
		builtinLex = fromSet(s)
	})
	return builtinLex, builtinLexErr
}

// loadLexicons reads dir/*.yaml of fsys as lexicons; a missing dir is no lexicons.
func loadLexicons(fsys fs.FS, dir string) (lexicons, error) {
	if _, err := fs.Stat(fsys, path.Clean(dir)); errors.Is(err, fs.ErrNotExist) {
		return lexicons{}, nil
	}
	s, err := lexicon.Load(fsys, dir)
	if err != nil {
		return nil, err
	}
	return fromSet(s), nil
}
