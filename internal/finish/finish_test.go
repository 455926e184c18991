package finish

import (
	"bytes"
	"reflect"
	"strings"
	"testing"

	"github.com/resumecheck/resumecheck/internal/report"
	"github.com/resumecheck/resumecheck/internal/resume"
	"github.com/resumecheck/resumecheck/internal/rules"
)

func ref(s, r, b int) resume.Ref { return resume.Ref{Section: s, Role: r, Bullet: b} }

// Order puts errors first, then warnings, then suggestions (an unknown level counts as
// a suggestion); within a level one rule's findings stay together, in document order.
func TestOrderMostSeriousFirst(t *testing.T) {
	r := &report.Report{Findings: []rules.Finding{
		{RuleID: "b", Level: rules.LevelSuggestion, Ref: ref(0, 0, 1)},
		{RuleID: "z", Level: "", Ref: ref(0, 0, 0)},
		{RuleID: "b", Level: rules.LevelWarning, Ref: ref(0, 1, 0)},
		{RuleID: "a", Level: rules.LevelError, Ref: ref(1, 0, 0)},
		{RuleID: "b", Level: rules.LevelWarning, Ref: ref(0, 0, 2)},
		{RuleID: "a", Level: rules.LevelSuggestion, Ref: ref(2, 0, 0)},
	}}
	Order(r)
	var got []string
	for _, f := range r.Findings {
		got = append(got, string(f.Level)+"/"+f.RuleID+"/"+string(rune('0'+f.Ref.Section))+string(rune('0'+f.Ref.Role))+string(rune('0'+f.Ref.Bullet)))
	}
	want := []string{"error/a/100", "warning/b/002", "warning/b/010", "suggestion/a/200", "suggestion/b/001", "/z/000"}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("got  %v\nwant %v", got, want)
	}
}

// Judge gives failures as data in a fixed order; no threshold, no failure.
func TestJudge(t *testing.T) {
	r := &report.Report{OverallScore: 60, Areas: map[string]int{"impact": 20, "team": 80, "pm": 10},
		Findings: []rules.Finding{{Level: rules.LevelWarning}, {Level: rules.LevelSuggestion}, {Level: rules.LevelError}}}
	got := Judge(r, Thresholds{MinScore: 70, Areas: map[string]int{"team": 50, "pm": 40, "impact": 50}, FailOn: rules.LevelWarning})
	want := []Failure{
		{Kind: FailOverall, Got: 60, Want: 70},
		{Kind: FailArea, Area: "impact", Got: 20, Want: 50},
		{Kind: FailArea, Area: "pm", Got: 10, Want: 40},
		{Kind: FailFindings, Got: 2, Level: "warning"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("got  %+v\nwant %+v", got, want)
	}
	if f := Judge(r, Thresholds{MinScore: -1}); len(f) != 0 {
		t.Errorf("no thresholds, yet %+v", f)
	}
	if f := Judge(r, Thresholds{MinScore: -1, FailOn: rules.LevelError}); len(f) != 1 || f[0].Got != 1 {
		t.Errorf("fail on error: %+v", f)
	}
}

// Writers only format: every writer lists the findings in the order the report holds
// them, which Order made most serious first. JUnit is the exception by its shape: one
// test case per rule (passing rules too) in rule-id order.
func TestWritersKeepTheOrder(t *testing.T) {
	doc := &resume.Document{Sections: []resume.Section{{Heading: "Experience", Kind: resume.KindExperience,
		Roles: []resume.Role{{Title: "Engineer", Organisation: "Initech", Bullets: []resume.Bullet{{Text: "Built the billing service"}}}}}}}
	r := &report.Report{SchemaVersion: report.SchemaVersion, File: "cv.md", Document: doc, Areas: map[string]int{"impact": 10},
		Bullets: []report.Bullet{{Ref: ref(0, 0, 0), Text: "Built the billing service"}},
		Findings: []rules.Finding{
			{RuleID: "style.zeta", Level: rules.LevelSuggestion, Scope: rules.ScopeDocument, Ref: ref(-1, -1, -1), Message: "zeta-suggestion"},
			{RuleID: "impact.alpha", Level: rules.LevelError, Scope: rules.ScopeDocument, Ref: ref(-1, -1, -1), Message: "alpha-error"},
			{RuleID: "team.mid", Level: rules.LevelWarning, Scope: rules.ScopeDocument, Ref: ref(-1, -1, -1), Message: "mid-warning"},
		}}
	Order(r)
	for _, format := range report.Formats() {
		if format == "junit" {
			continue
		}
		w, err := report.New(format, report.Options{})
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if err := w.Write(&buf, report.Single(r)); err != nil {
			t.Fatalf("%s: %v", format, err)
		}
		out := buf.String()
		e, m, s := strings.Index(out, "alpha-error"), strings.Index(out, "mid-warning"), strings.Index(out, "zeta-suggestion")
		if e < 0 || m < 0 || s < 0 {
			t.Errorf("%s: a finding is missing", format)
			continue
		}
		if !(e < m && m < s) {
			t.Errorf("%s: findings not most serious first (error at %d, warning at %d, suggestion at %d)", format, e, m, s)
		}
	}
}
