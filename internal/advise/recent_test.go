package advise_test

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/resumecheck/resumecheck/internal/report"
	"github.com/resumecheck/resumecheck/internal/score"
	"github.com/resumecheck/resumecheck/internal/score/scoretest"
)

// render writes one report in a format, as the CLI does.
func render(t *testing.T, rep *report.Report, format string) string {
	t.Helper()
	w, err := report.New(format, report.Options{Width: 100})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := w.Write(&buf, report.Single(rep)); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

// One definition of the current role and of the two most recent roles: the rules,
// the scorer, the scope reading and the advice all skip an entry that is no
// engineering work, and every format says which entry was skipped.
func TestOneCurrentRole(t *testing.T) {
	doc := scoretest.MakeDoc(
		scoretest.Role{Title: "Private", Org: "Field Army", Start: 2023, Bullets: []string{
			"Planned field exercises with the medical and logistics teams",
			"Drove supply trucks across the region"}},
		scoretest.Role{Title: "Software Engineer", Org: "Contoso", Start: 2020, End: 2023, Bullets: []string{
			"Built the billing service in Go and PostgreSQL",
			"Migrated the reporting jobs to Kubernetes"}},
		scoretest.Role{Title: "Software Engineer", Org: "Initech", Start: 2016, End: 2020, Bullets: []string{
			"Wrote the payment gateway's retry logic in Java",
			"Added integration tests for the REST API"}},
	)
	eng := realEngine(t)
	a := eng.Analyze(doc)
	rep := full("army.md", a, eng)

	const want = "Current role: Software Engineer at Contoso (skipped: Private at Field Army, 2023–present – not engineering work)"
	if rep.CurrentRole != want {
		t.Errorf("current role sentence:\n got %q\nwant %q", rep.CurrentRole, want)
	}
	// The cross-team rule's two recent roles are the scorer's: the finding and the fact
	// say the same thing.
	finding := false
	for _, f := range rep.Findings {
		finding = finding || strings.Contains(f.Message, "two most recent roles") && f.Area == score.AreaCrossTeam
	}
	fact := false
	for _, ad := range rep.AreaDetails {
		if ad.Name == score.AreaCrossTeam {
			for _, f := range ad.Facts {
				fact = fact || f == "none in your two most recent roles"
			}
		}
	}
	if !finding || !fact {
		t.Errorf("cross-team in the two most recent roles: finding %v, fact %v; want both (the army entry is skipped by both)", finding, fact)
	}
	// The level and the role questions are the engineering role's, never the army's.
	if rep.Level == nil || strings.Contains(rep.Level.Reason, "Private") {
		t.Errorf("level read from the skipped entry: %+v", rep.Level)
	}
	for _, s := range rep.RoleSuggestions {
		if strings.Contains(s.Message, "Private") && !strings.Contains(s.Message, "left out") {
			t.Errorf("role advice about the skipped entry: %s", s.Message)
		}
	}
	// Every format says it.
	for _, format := range []string{"text", "markdown", "html"} {
		out := render(t, rep, format)
		if !strings.Contains(strings.Join(strings.Fields(out), " "), want) {
			t.Errorf("%s output does not say %q", format, want)
		}
	}
	var j struct {
		CurrentRole string `json:"current_role"`
	}
	if err := json.Unmarshal([]byte(render(t, rep, "json")), &j); err != nil || j.CurrentRole != want {
		t.Errorf("json current_role %q (%v)", j.CurrentRole, err)
	}
}
