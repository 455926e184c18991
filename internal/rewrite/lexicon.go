package rewrite

import (
	"fmt"
	"sort"
	"strings"
	"sync"

	"github.com/resumecheck/resumecheck/internal/yamlx"
	rulepack "github.com/resumecheck/resumecheck/rules"
)

// verb holds the forms of one lexicon verb.
type verb struct {
	base, past, participle, gerund, third string
}

// verbLexicon maps every known form (lower-case) to its verb.
type verbLexicon struct {
	byBase       map[string]*verb
	byGerund     map[string]*verb
	byPast       map[string]*verb
	byParticiple map[string]*verb
	byThird      map[string]*verb
}

// verbs returns the embedded verb lexicon.
var verbs = loadVocab("verbs.yaml", parseVerbs)

func parseVerbs(file string, data []byte) (*verbLexicon, error) {
	var raw map[string]string
	if err := yamlx.Decode(file, data, &raw); err != nil {
		return nil, err
	}
	n := len(raw) // every verb has one form of each kind: the maps are sized once
	l := &verbLexicon{
		byBase: make(map[string]*verb, n), byGerund: make(map[string]*verb, n), byPast: make(map[string]*verb, n),
		byParticiple: make(map[string]*verb, n), byThird: make(map[string]*verb, n),
	}
	bases := make([]string, 0, len(raw))
	for b := range raw {
		bases = append(bases, b)
	}
	sort.Strings(bases)
	for _, b := range bases {
		if b != strings.ToLower(b) || strings.ContainsAny(b, " \t") || b == "" {
			return nil, fmt.Errorf("%s: verb %q must be one lower-case word", file, b)
		}
		v := &verb{base: b}
		spec := raw[b]
		if spec == "" {
			v.past = regularPast(b)
			v.participle = v.past
		} else {
			parts := strings.Split(spec, "|")
			if len(parts) > 3 {
				return nil, fmt.Errorf("%s: verb %q: want past[|participle[|gerund]]", file, b)
			}
			v.past, v.participle = parts[0], parts[0]
			if len(parts) > 1 {
				v.participle = parts[1]
			}
			if len(parts) > 2 {
				v.gerund = parts[2]
			}
		}
		if v.gerund == "" {
			v.gerund = gerund(b, v.past)
		}
		v.third = third(b)
		l.byBase[b] = v
		l.byGerund[v.gerund] = v
		l.byPast[v.past] = v
		l.byParticiple[v.participle] = v
		l.byThird[v.third] = v
	}
	return l, nil
}

func isVowel(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }

func regularPast(b string) string {
	n := len(b)
	switch {
	case strings.HasSuffix(b, "e"):
		return b + "d"
	case n > 1 && b[n-1] == 'y' && !isVowel(b[n-2]):
		return b[:n-1] + "ied"
	}
	return b + "ed"
}

// gerund derives the -ing form; a doubled consonant in the past ("shipped") is doubled
// in the gerund too ("shipping").
func gerund(b, past string) string {
	n := len(b)
	if past == b+b[n-1:]+"ed" {
		return b + b[n-1:] + "ing"
	}
	switch {
	case strings.HasSuffix(b, "ie"):
		return b[:n-2] + "ying"
	case strings.HasSuffix(b, "ee") || strings.HasSuffix(b, "ye") || strings.HasSuffix(b, "oe"):
		return b + "ing"
	case strings.HasSuffix(b, "e"):
		return b[:n-1] + "ing"
	}
	return b + "ing"
}

func third(b string) string {
	n := len(b)
	switch {
	case strings.HasSuffix(b, "s") || strings.HasSuffix(b, "sh") || strings.HasSuffix(b, "ch") ||
		strings.HasSuffix(b, "x") || strings.HasSuffix(b, "z") || strings.HasSuffix(b, "o"):
		return b + "es"
	case n > 1 && b[n-1] == 'y' && !isVowel(b[n-2]):
		return b[:n-1] + "ies"
	}
	return b + "s"
}

// baseOf returns the base form of any known form of a lexicon verb, or "".
func (l *verbLexicon) baseOf(word string) string {
	w := strings.ToLower(word)
	for _, m := range []map[string]*verb{l.byBase, l.byPast, l.byParticiple, l.byGerund, l.byThird} {
		if v, ok := m[w]; ok {
			return v.base
		}
	}
	return ""
}

// matchCase gives out the capitalisation of like: "Built" for ("built", "Building").
func matchCase(out, like string) string {
	if like == "" || out == "" {
		return out
	}
	if like == strings.ToUpper(like) && len(like) > 1 {
		return strings.ToUpper(out)
	}
	if c := like[0]; c >= 'A' && c <= 'Z' {
		return capitalise(out)
	}
	return out
}

// capitalise upper-cases the first letter of s.
// Capitalise upper-cases the first letter of s.
func Capitalise(s string) string { return capitalise(s) }

func capitalise(s string) string {
	if s == "" {
		return s
	}
	r := []rune(s)
	r[0] = []rune(strings.ToUpper(string(r[0])))[0]
	return string(r)
}

// nounLexicon holds the nouns of nouns.yaml: action nouns with their verbs, and the
// common nouns a moved subject is lower-cased for.
type nounLexicon struct {
	nominal map[string]*verb // "development" -> develop
	common  map[string]bool
}

var (
	nounOnce sync.Once
	nounLex  *nounLexicon
)

// nouns returns the embedded noun lexicon; like verbs, a broken embedded file panics.
func nouns() *nounLexicon {
	nounOnce.Do(func() {
		file, raw := vocabFile("nouns.yaml")
		l, err := parseNouns(file, raw, verbs())
		if err != nil {
			panic(err)
		}
		nounLex = l
	})
	return nounLex
}

func parseNouns(file string, data []byte, vl *verbLexicon) (*nounLexicon, error) {
	var raw struct {
		Nominalisations map[string]string `yaml:"nominalisations"`
		CommonNouns     []string          `yaml:"common_nouns"`
	}
	if err := yamlx.Decode(file, data, &raw); err != nil {
		return nil, err
	}
	l := &nounLexicon{nominal: map[string]*verb{}, common: map[string]bool{}}
	for n, b := range raw.Nominalisations {
		if n != strings.ToLower(n) || strings.ContainsAny(n, " \t") || n == "" {
			return nil, fmt.Errorf("%s: nominalisation %q must be one lower-case word", file, n)
		}
		v, ok := vl.byBase[b]
		if !ok {
			return nil, fmt.Errorf("%s: nominalisation %q: verb %q is not in verbs.yaml; add it there", file, n, b)
		}
		l.nominal[n] = v
	}
	for _, n := range raw.CommonNouns {
		if n != strings.ToLower(n) || strings.ContainsAny(n, " \t") || n == "" {
			return nil, fmt.Errorf("%s: common noun %q must be one lower-case word", file, n)
		}
		l.common[n] = true
	}
	return l, nil
}

// isCommon reports whether w (any case) is a listed common noun or its plural.
func (l *nounLexicon) isCommon(w string) bool {
	lw := strings.ToLower(w)
	if l.common[lw] {
		return true
	}
	if s, ok := strings.CutSuffix(lw, "s"); ok && l.common[s] {
		return true
	}
	if s, ok := strings.CutSuffix(lw, "es"); ok && l.common[s] {
		return true
	}
	if s, ok := strings.CutSuffix(lw, "ies"); ok && l.common[s+"y"] {
		return true
	}
	return false
}

// vocabFile reads one embedded vocabulary file (rules/vocabulary); a missing file is a
// build mistake and panics.
// loadVocab returns a function that parses the embedded vocabulary file name with parse
// at its first call and returns the same value after. A broken embedded file is a build
// mistake, so it panics (the test suite loads every file).
func loadVocab[T any](name string, parse func(file string, raw []byte) (T, error)) func() T {
	return sync.OnceValue(func() T {
		v, err := parse(vocabFile(name))
		if err != nil {
			panic(err)
		}
		return v
	})
}

func vocabFile(name string) (string, []byte) {
	raw, err := rulepack.Vocabulary.ReadFile("vocabulary/" + name)
	if err != nil {
		panic(err)
	}
	return "rules/vocabulary/" + name, raw
}

// Preload parses the vocabulary files and sorts the openers now, once per process,
// rather than at the first rewrite: a worker process calls it while it builds its
// checker, so that its first file does not wait for them.
func Preload() {
	verbs()
	measures()
	edits()
	openers()
}
