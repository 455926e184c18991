package rules

import (
	"context"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/resumecheck/resumecheck/internal/extract"
	"github.com/resumecheck/resumecheck/internal/resume"
	"github.com/resumecheck/resumecheck/internal/signals"
)

var (
	analyzerOnce sync.Once
	analyzer     *signals.Analyzer
	analyzerErr  error
)

// realAnalyzer is the signals analyser with the built-in lexicons and the shared model,
// built once for the package's tests.
func realAnalyzer(tb testing.TB) *signals.Analyzer {
	tb.Helper()
	analyzerOnce.Do(func() { analyzer, analyzerErr = signals.Default() })
	if analyzerErr != nil {
		tb.Fatal(analyzerErr)
	}
	return analyzer
}

// parseExample reads a Markdown example résumé the way the tool reads any .md file.
// "Present" is pinned so examples do not change with the date.
func parseExample(md string) (*resume.Document, error) {
	return extract.Bytes(context.Background(), "example.md", []byte(md), extract.Options{Now: exampleNow})
}

var exampleNow = time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)

// TestBuiltinExamples runs every example of every built-in rule with the real
// analyser: each "match" example must trigger its rule and each "no_match" must not.
func TestBuiltinExamples(t *testing.T) {
	p, err := LoadBuiltin()
	if err != nil {
		t.Fatal(err)
	}
	res := RunExamples(p, realAnalyzer(t), parseExample)
	if len(res) < 2*len(p.Rules) {
		t.Fatalf("%d example results for %d rules", len(res), len(p.Rules))
	}
	for _, r := range res {
		if r.Passed() {
			continue
		}
		switch {
		case r.Error != "":
			t.Errorf("%s (%s): example could not be read: %s\n%s", r.RuleID, r.File, r.Error, r.Example)
		case r.Want:
			t.Errorf("%s (%s): should fire on:\n%s", r.RuleID, r.File, r.Example)
		default:
			t.Errorf("%s (%s): should not fire on:\n%s", r.RuleID, r.File, r.Example)
		}
	}
}

// TestPackOnTestdataResumes runs the built-in pack over the team's Markdown résumés and
// checks what a reader would expect: the engineering manager's résumé draws nothing in
// the EM areas, while the junior, the IC and the badly written ones draw the findings
// their weaknesses call for.
func TestPackOnTestdataResumes(t *testing.T) {
	p, err := LoadBuiltin()
	if err != nil {
		t.Fatal(err)
	}
	e := NewEngine(p, realAnalyzer(t))
	fired := func(file string) map[string]bool {
		t.Helper()
		data, err := os.ReadFile(filepath.Join("..", "..", "testdata", "resumes", file))
		if err != nil {
			t.Fatal(err)
		}
		doc, err := parseExample(string(data))
		if err != nil {
			t.Fatal(err)
		}
		out := map[string]bool{}
		for _, f := range e.Analyze(doc).Findings {
			out[f.RuleID] = true
			out["area:"+f.Area] = true
		}
		return out
	}
	em := fired("eng-manager.md")
	for _, area := range []string{"impact", "team", "cross_team", "balance", "leadership", "pm", "communication"} {
		if em["area:"+area] {
			t.Errorf("eng-manager.md: unexpected %s finding", area)
		}
	}
	expect := map[string][]string{
		"junior-ic.md":      {"experience.total-years", "team.first-person", "style.weak-opener", "impact.quantified-share"},
		"badly-written.md":  {"impact.quantified-share", "style.weak-opener", "style.passive", "style.buzzword", "style.filler"},
		"mid-ic.md":         {"leadership.current-role", "balance.role-mixed", "team.impact-share"},
		"career-changer.md": {"experience.gap"},
	}
	for file, ids := range expect {
		got := fired(file)
		for _, id := range ids {
			if !got[id] {
				t.Errorf("%s: %s did not fire", file, id)
			}
		}
	}
}
