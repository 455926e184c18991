package advise

import (
	"reflect"
	"testing"

	"github.com/resumecheck/resumecheck/internal/rules"
	"github.com/resumecheck/resumecheck/internal/signals"
)

// TestExamplesCached: every role advice example, filled, is kept per engine; what the
// cache gives equals a fresh analysis, and each caller gets evidence of its own.
func TestExamplesCached(t *testing.T) {
	sa, err := signals.Default()
	if err != nil {
		t.Fatal(err)
	}
	pack, err := rules.LoadBuiltin()
	if err != nil {
		t.Fatal(err)
	}
	eng := rules.NewEngine(pack, sa)
	texts := exampleTexts()
	if len(texts) < 4 {
		t.Fatalf("only %d examples", len(texts))
	}
	WarmExamples(sa)
	withEvidence := 0
	for _, text := range texts {
		e := example(signalAnalyzer(eng), text)
		if e == nil {
			t.Fatalf("%q: no cache entry", text)
		}
		ran := false
		e.once.Do(func() { ran = true })
		if ran {
			t.Fatalf("%q: not analysed by WarmExamples", text)
		}
		want := eng.AnalyzeBullet(text).Signals
		got := e.get(sa, text)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%q: cached signals %+v, fresh %+v", text, got, want)
		}
		for k := range got.Evidence {
			withEvidence++
			got.Evidence[k] = nil
			if again := e.get(sa, text); again.Evidence[k] == nil {
				t.Errorf("%q: a caller's change to the evidence reached the cache", text)
			}
			break
		}
	}
	if withEvidence == 0 {
		t.Error("no example has evidence: the copy is not tested")
	}
	if example(sa, "Led a team that nobody wrote as an example") != nil {
		t.Error("a text that is no example is cached")
	}
	if signalAnalyzer(fixedAnalyzer{}) != nil {
		t.Error("an analyser that is not a rule engine has a signal analyser")
	}
}

type fixedAnalyzer struct{ s []string } // not comparable: must never be a map key

func (fixedAnalyzer) AnalyzeBullet(text string) rules.BulletAnalysis {
	return rules.BulletAnalysis{Text: text}
}
