package advise

import (
	"maps"
	"slices"
	"sync"

	"github.com/resumecheck/resumecheck/internal/nlp"
	"github.com/resumecheck/resumecheck/internal/rules"
	"github.com/resumecheck/resumecheck/internal/signals"
)

// The role advice's examples (advice.yaml), filled as every rewrite is
// (fillPlaceholders), are the same few texts for every file that lacks their area, and
// re-scoring one needs its signals: they are kept for the whole process, per signal
// analyser (the one a rule engine gives its bullets to), so a batch analyses each
// once, and the worker of a one-file run analyses them while it builds its rule
// engine and reads its file (WarmExamples).
// A rewrite's signals depend on its text alone, so the plans are the same either way.

type exampleSignals struct {
	once sync.Once
	s    signals.Signals
}

type exampleKey struct {
	an   *signals.Analyzer
	text string
}

var (
	exampleMu    sync.Mutex
	exampleCache = map[exampleKey]*exampleSignals{}
	// exampleTexts are the filled examples, in the order of advice.yaml.
	exampleTexts = sync.OnceValue(func() []string {
		var out []string
		for _, ra := range embedded().advice.RoleAdvice {
			if ra.Example != "" {
				if t := fillPlaceholders(ra.Example); !slices.Contains(out, t) {
					out = append(out, t)
				}
			}
		}
		return out
	})
)

// example returns the process's entry for the filled text of an example analysed by
// an, or nil when text is no example or an is not a signal analyser.
func example(an *signals.Analyzer, text string) *exampleSignals {
	if an == nil || !slices.Contains(exampleTexts(), text) {
		return nil
	}
	exampleMu.Lock()
	defer exampleMu.Unlock()
	k := exampleKey{an, text}
	e := exampleCache[k]
	if e == nil {
		e = &exampleSignals{}
		exampleCache[k] = e
	}
	return e
}

// get returns the example's signals, analysing it with an at the first call (a caller
// that comes while another analyses it waits for that). Each caller gets its own copy
// of the evidence.
func (e *exampleSignals) get(an *signals.Analyzer, text string) signals.Signals {
	e.once.Do(func() { e.s, _ = an.AnalyzeTokens(text) })
	s := e.s
	if s.Evidence != nil {
		s.Evidence = maps.Clone(s.Evidence)
		for k, v := range s.Evidence {
			s.Evidence[k] = slices.Clone(v)
		}
	}
	return s
}

// WarmExamples analyses every example with an now, unless that was done already: for
// a process that checks one file, on a goroutine of its own while the rest of its
// checker is built and the file is read, so that its plan finds them ready. With the
// built-in analyser (signals.Default) it reads them from the cache of this build's
// earlier runs when there is one, and writes that cache when there is none.
func WarmExamples(an *signals.Analyzer) {
	texts := exampleTexts()
	dir, build := exampleCacheFor(an)
	if build != "" {
		if m, ok := loadExampleCache(dir, build, texts); ok {
			for _, t := range texts {
				if e := example(an, t); e != nil {
					s := m[t]
					e.once.Do(func() { e.s = s })
				}
			}
			return
		}
	}
	m := map[string]signals.Signals{}
	for _, t := range texts {
		if e := example(an, t); e != nil {
			m[t] = e.get(an, t)
		}
	}
	if build != "" {
		saveExampleCache(dir, build, m)
	}
}

// WarmExamplesAsync runs WarmExamples on a goroutine of its own; WaitExampleCache waits
// for it.
func WarmExamplesAsync(an *signals.Analyzer) {
	exampleWrites.Add(1)
	go func() {
		defer exampleWrites.Done()
		WarmExamples(an)
	}()
}

// exampleCacheFor returns the cache directory and this binary's build ID when the
// examples analysed by an may be kept on disk: an is the built-in analyser, the cache
// is on and the build ID could be read. build is "" otherwise.
func exampleCacheFor(an *signals.Analyzer) (dir, build string) {
	if d, err := signals.Default(); err != nil || d != an {
		return "", ""
	}
	dir, on := nlp.CacheDir()
	if !on {
		return "", ""
	}
	return dir, exampleBuild()
}

// signalAnalyzer is the signal analyser behind an, when an is a rule engine that has
// one.
func signalAnalyzer(an Analyzer) *signals.Analyzer {
	if eng, ok := an.(*rules.Engine); ok && eng != nil {
		sa, _ := eng.BulletAnalyzer().(*signals.Analyzer)
		return sa
	}
	return nil
}

// analyze returns the signals of a filled rewrite: an example's from the process's
// cache of them, any other text analysed now.
func (p *planner) analyze(filled string) signals.Signals {
	if sa := signalAnalyzer(p.an); sa != nil {
		if e := example(sa, filled); e != nil {
			return e.get(sa, filled)
		}
	}
	return p.an.AnalyzeBullet(filled).Signals
}
