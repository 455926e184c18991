package report

import (
	"strings"
	"testing"

	"github.com/resumecheck/resumecheck/internal/resume"
	"github.com/resumecheck/resumecheck/internal/rules"
)

func diffFixture(file string, score int, bullets map[string][]string, order []string) *Report {
	r := &Report{File: file, OverallScore: score, Track: "ic", Areas: map[string]int{"impact": score}, AreaDetails: []Area{{Name: "impact", Score: score}}}
	for i, text := range order {
		ref := resume.Ref{Section: 0, Role: 0, Bullet: i}
		r.Bullets = append(r.Bullets, Bullet{Ref: ref, Text: text, Findings: bullets[text]})
		for _, id := range bullets[text] {
			r.Findings = append(r.Findings, rules.Finding{RuleID: id, Ref: ref, Message: id + " on " + text})
		}
	}
	return r
}

func TestCompare(t *testing.T) {
	old := diffFixture("v1.md", 40, map[string][]string{
		"Responsible for the billing service migration": {"style.weak-opener", "impact.no-number"},
		"Wrote the on-call runbook":                     {"impact.no-number"},
		"Gave talks":                                    {"style.too-short"},
	}, []string{"Responsible for the billing service migration", "Wrote the on-call runbook", "Gave talks"})
	new := diffFixture("v2.md", 55, map[string][]string{
		"Migrated the billing service migration to Go, cutting costs by 30%": nil,
		"Wrote the on-call runbook": {"impact.no-number", "style.passive"},
		"Hired 4 engineers":         nil,
	}, []string{"Migrated the billing service migration to Go, cutting costs by 30%", "Wrote the on-call runbook", "Hired 4 engineers"})
	// Make the first bullets similar enough to pair: same words mostly.
	new.Bullets[0].Text = "Responsible for the billing service migration, cutting costs by 30%"
	new.Findings = nil
	for _, b := range new.Bullets {
		for _, id := range b.Findings {
			new.Findings = append(new.Findings, rules.Finding{RuleID: id, Ref: b.Ref, Message: id})
		}
	}
	d := Compare(old, new)
	if d.Delta != 15 || d.Areas[0].Delta != 15 {
		t.Errorf("deltas: overall %d, impact %d", d.Delta, d.Areas[0].Delta)
	}
	if len(d.Improved) != 1 || !strings.HasPrefix(d.Improved[0].After, "Responsible for the billing") || len(d.Improved[0].Fixed) != 2 {
		t.Errorf("improved: %+v", d.Improved)
	}
	if len(d.Worse) != 1 || d.Worse[0].Introduced[0] != "style.passive" {
		t.Errorf("worse: %+v", d.Worse)
	}
	if len(d.Added) != 1 || d.Added[0] != "Hired 4 engineers" || len(d.Removed) != 1 || d.Removed[0] != "Gave talks" {
		t.Errorf("added %v removed %v", d.Added, d.Removed)
	}
	var fixed, introduced []string
	for _, f := range d.Fixed {
		fixed = append(fixed, f.Rule)
	}
	for _, f := range d.Introduced {
		introduced = append(introduced, f.Rule)
	}
	if strings.Join(fixed, ",") != "impact.no-number,style.too-short,style.weak-opener" {
		t.Errorf("fixed: %v", fixed)
	}
	if strings.Join(introduced, ",") != "style.passive" {
		t.Errorf("introduced: %v", introduced)
	}
	for _, format := range []string{"text", "markdown", "json"} {
		var b strings.Builder
		if err := WriteDiff(&b, d, format); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(b.String(), "55") {
			t.Errorf("%s diff lacks the new score:\n%s", format, b.String())
		}
	}
}
