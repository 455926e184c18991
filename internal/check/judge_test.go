package check

import (
	"encoding/json"
	"reflect"
	"testing"

	"github.com/resumecheck/resumecheck/internal/config"
	"github.com/resumecheck/resumecheck/internal/report"
	"github.com/resumecheck/resumecheck/internal/rules"
)

// Thresholds fail as data: the CLI counts and prints them without parsing text, and
// they cross the worker boundary as JSON unchanged.
func TestJudgeTypedFailures(t *testing.T) {
	min := 70
	c := &Checker{opts: Options{MinScore: -1, FailOn: "warning"}}
	rep := &report.Report{OverallScore: 60, Areas: map[string]int{"impact": 20, "team": 80},
		Findings: []rules.Finding{{Level: rules.LevelWarning}, {Level: rules.LevelSuggestion}, {Level: rules.LevelError}}}
	got := c.judge(rep, config.Settings{MinScore: &min, AreaMinimums: map[string]int{"impact": 50, "team": 50}})
	want := []Failure{
		{Kind: FailOverall, Got: 60, Want: 70},
		{Kind: FailArea, Area: "impact", Got: 20, Want: 50},
		{Kind: FailFindings, Got: 2, Level: "warning"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("got %+v\nwant %+v", got, want)
	}
	for i, s := range []string{"overall score 60 is below 70", "impact score 20 is below 50", "2 findings at level warning or above"} {
		if got[i].String() != s {
			t.Errorf("%d: %q, want %q", i, got[i].String(), s)
		}
	}
	raw, err := json.Marshal(got)
	if err != nil {
		t.Fatal(err)
	}
	var back []Failure
	if err := json.Unmarshal(raw, &back); err != nil || !reflect.DeepEqual(back, got) {
		t.Fatalf("JSON round trip: %v %+v", err, back)
	}
}
