package reading

import (
	"fmt"
	"io/fs"
	"regexp"
	"regexp/syntax"
	"strings"
	"sync"

	rulefiles "github.com/resumecheck/resumecheck/rules"

	"github.com/resumecheck/resumecheck/internal/yamlx"
)

// Vocabulary is what Assess judges with: the thresholds and job words of
// rules/reading/reading.yaml and the template signs of rules/reading/templates.yaml.
type Vocabulary struct {
	UnreadUnplaced float64  `yaml:"unread_unplaced"`
	LowUnplaced    float64  `yaml:"low_unplaced"`
	LowUndated     float64  `yaml:"low_undated"`
	JobLineWords   int      `yaml:"job_line_max_words"`
	JobLinesUnread int      `yaml:"job_lines_unread"`
	JobWords       []string `yaml:"job_words"`

	jobWords map[string]bool
	template templates
}

type templates struct {
	MinWeight int    `yaml:"min_weight"`
	Signs     []sign `yaml:"signs"`
}

// sign is one kind of template evidence.
type sign struct {
	Kind     string   `yaml:"kind"`
	Why      string   `yaml:"why"`
	Weight   int      `yaml:"weight"`
	Cap      int      `yaml:"cap"`
	Where    string   `yaml:"where"` // any, role, name, bullet
	Patterns []string `yaml:"patterns"`
	// Needles, when set, are words one of which a text must hold before the patterns
	// run on it: most lines hold none, and the patterns are costly to try.
	Needles []string `yaml:"needles"`

	re *lazyRE
}

var wheres = map[string]bool{"any": true, "role": true, "name": true, "bullet": true}

var (
	defaultOnce  sync.Once
	defaultVocab *Vocabulary
	defaultErr   error
)

// Default returns the built-in vocabulary, loaded once.
func Default() (*Vocabulary, error) {
	// The built-in patterns are not parsed here to check them: TestBuiltinPatternsParse
	// does, on the same embedded files (parsing them was a third of this load, which
	// every worker pays before its first file).
	defaultOnce.Do(func() { defaultVocab, defaultErr = load(rulefiles.Reading, false) })
	return defaultVocab, defaultErr
}

// Load reads reading/reading.yaml and reading/templates.yaml from fsys.
func Load(fsys fs.FS) (*Vocabulary, error) { return load(fsys, true) }

// load is Load; checkPatterns parses every pattern to report a bad one by name.
func load(fsys fs.FS, checkPatterns bool) (*Vocabulary, error) {
	v := &Vocabulary{}
	if err := decode(fsys, "reading/reading.yaml", v); err != nil {
		return nil, err
	}
	if err := decode(fsys, "reading/templates.yaml", &v.template); err != nil {
		return nil, err
	}
	const file = "rules/reading/reading.yaml"
	switch {
	case v.UnreadUnplaced <= 0 || v.UnreadUnplaced > 1, v.LowUnplaced <= 0 || v.LowUnplaced > 1, v.LowUndated <= 0 || v.LowUndated > 1:
		return nil, fmt.Errorf("%s: unread_unplaced, low_unplaced and low_undated must be shares between 0 and 1", file)
	case v.JobLineWords <= 0 || v.JobLinesUnread <= 0:
		return nil, fmt.Errorf("%s: job_line_max_words and job_lines_unread must be positive", file)
	case len(v.JobWords) == 0:
		return nil, fmt.Errorf("%s: job_words is empty", file)
	}
	v.jobWords = map[string]bool{}
	for _, w := range v.JobWords {
		v.jobWords[strings.ToLower(w)] = true
	}
	const tfile = "rules/reading/templates.yaml"
	if v.template.MinWeight <= 0 {
		return nil, fmt.Errorf("%s: min_weight must be positive", tfile)
	}
	for i := range v.template.Signs {
		s := &v.template.Signs[i]
		if s.Kind == "" || s.Why == "" || s.Weight <= 0 || s.Cap <= 0 || !wheres[s.Where] || len(s.Patterns) == 0 {
			return nil, fmt.Errorf("%s: sign %d needs kind, why, a positive weight and cap, where (any, role, name or bullet) and patterns", tfile, i+1)
		}
		for _, p := range s.Patterns {
			// Text is lower-cased before matching (a case-insensitive pattern is
			// several times slower); patterns are written in lower case.
			if p != strings.ToLower(p) {
				return nil, fmt.Errorf("%s: sign %s: pattern %q: write patterns in lower case (text is lower-cased before matching)", tfile, s.Kind, p)
			}
			// Parsed, not compiled: what regexp.Compile refuses, syntax.Parse refuses.
			if !checkPatterns {
				continue
			}
			if _, err := syntax.Parse(p, syntax.Perl); err != nil {
				return nil, fmt.Errorf("%s: sign %s: pattern %q: %v", tfile, s.Kind, p, err)
			}
		}
		// One pass over a line per sign: its patterns as one alternation. A sign with
		// needles compiles it when a text first holds one (most documents never do);
		// one without is tried on every document, so it is compiled now, while a
		// worker waits for its first file.
		alt := "(?:" + strings.Join(s.Patterns, ")|(?:") + ")"
		if checkPatterns {
			if _, err := syntax.Parse(alt, syntax.Perl); err != nil {
				return nil, fmt.Errorf("%s: sign %s: patterns %q: %v", tfile, s.Kind, s.Patterns, err)
			}
		}
		s.re = &lazyRE{src: alt}
		if len(s.Needles) == 0 {
			s.re.get()
		}
	}
	return v, nil
}

// lazyRE is a sign's alternation, compiled at its first use.
type lazyRE struct {
	src  string
	once sync.Once
	re   *regexp.Regexp
}

func (l *lazyRE) get() *regexp.Regexp {
	l.once.Do(func() { l.re = regexp.MustCompile(l.src) })
	return l.re
}

func (l *lazyRE) MatchString(s string) bool { return l.get().MatchString(s) }

func decode(fsys fs.FS, name string, v any) error {
	data, err := yamlx.ReadFile(fsys, name)
	if err != nil {
		return fmt.Errorf("rules/%s: %v", name, err)
	}
	return yamlx.Decode("rules/"+name, data, v)
}
