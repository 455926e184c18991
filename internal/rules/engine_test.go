package rules

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/resumecheck/resumecheck/internal/resume"
)

// enginePack is a small pack with one rule of each kind, run with the fake analyser.
const enginePack = `id: team.first-person
kind: signal
area: team
level: warning
when: first_person
message: 'First person: "{{.Evidence}}"'
why: w
fix: {action: drop_pronoun}
---
id: impact.outcome
kind: pattern
area: impact
level: warning
words: [improved, reduced]
when: not quantified
message: 'Outcome without a number: "{{.Evidence}}"'
why: w
---
id: style.present-tense
kind: sequence
area: style
level: suggestion
anchor: start
roles: past
sequence: [{tag: VBZ}]
message: 'Present tense: "{{.Evidence}}"'
why: w
---
id: impact.share
kind: ratio
area: impact
level: warning
per: document
of: quantified
min_share: 0.5
message: '{{.Percent}}% of bullets quantified ({{.Count}} of {{.Total}})'
why: w
---
id: impact.role-share
kind: ratio
area: impact
level: suggestion
per: role
of: quantified
min_share: 0.5
min_bullets: 2
weighting: none
message: '{{.Role}}: {{.Count}} of {{.Total}} quantified'
why: w
---
id: leadership.current-people
kind: presence
area: leadership
level: warning
per: role
roles: current
any: people or team_framing
message: 'No people bullet in {{.Role}}'
why: w
---
id: structure.education
kind: presence
area: structure
level: suggestion
section: education
message: 'No {{.Evidence}} section'
why: w
---
id: structure.few-bullets
kind: structure
area: structure
level: suggestion
check: bullets_per_role
min: 3
message: '{{.Role}} has {{.Count}} bullets'
why: w
---
id: structure.contact
kind: structure
area: structure
level: warning
check: contact
fields: [email, phone]
message: 'Missing {{.Evidence}}'
why: w
---
id: experience.years
kind: experience
area: experience
level: warning
check: total_years
min: 5
message: '{{.Value}} years'
why: w
---
id: cross-team.functions
kind: metric
area: cross_team
level: suggestion
metric: distinct_evidence
signal: cross_team
per: document
min: 2
message: 'Functions named: {{.Evidence}}'
why: w
`

const engineDoc = `# Dana Example
dana@example.com

## Experience

### Engineer — Acme
*Jan 2023 – Present*

- I improved the service latency.
- Built the database layer with product for 40 customers.
- Reduced API errors by 30%.

### Junior Engineer — Beta
*Jan 2022 – Dec 2022*

- Maintains the billing service.
`

func loadEnginePack(t *testing.T) *Pack {
	t.Helper()
	p, err := LoadFS(fstest.MapFS{"p.yaml": {Data: []byte(enginePack)}}, ".")
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestAnalyzeFindings(t *testing.T) {
	p := loadEnginePack(t)
	doc, _ := parseMarkdown(engineDoc)
	a := NewEngine(p, fakeAnalyzer{}).Analyze(doc)
	if len(a.Bullets) != 4 {
		t.Fatalf("got %d bullets, want 4", len(a.Bullets))
	}
	var got []string
	for _, f := range a.Findings {
		got = append(got, f.RuleID+"@"+refString(f)+": "+f.Message)
	}
	want := []string{
		"cross-team.functions@-1/-1/-1: Functions named: product",
		"experience.years@-1/-1/-1: 4.9 years",
		"structure.contact@-1/-1/-1: Missing phone",
		"structure.education@-1/-1/-1: No education section",
		"leadership.current-people@0/0/-1: No people bullet in Engineer, Acme",
		"impact.outcome@0/0/0: Outcome without a number: \"improved\"",
		"team.first-person@0/0/0: First person: \"I\"",
		"structure.few-bullets@0/1/-1: Junior Engineer, Beta has 1 bullets",
		"style.present-tense@0/1/0: Present tense: \"Maintains\"",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("findings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	for _, f := range a.Findings {
		if f.RuleID == "team.first-person" {
			if f.Span == nil || f.Span.Start != 0 || f.Span.End != 1 || f.Fix == nil || f.Fix.Action != "drop_pronoun" || f.Pos.Line != 9 {
				t.Errorf("first-person finding: span %v fix %v pos %+v", f.Span, f.Fix, f.Pos)
			}
		}
	}
}

func refString(f Finding) string {
	return fmt.Sprintf("%d/%d/%d", f.Ref.Section, f.Ref.Role, f.Ref.Bullet)
}

// The document ratio weighs recent roles more: the same bullets fire or not depending
// on which role holds the unquantified ones.
func TestRatioRecencyWeighting(t *testing.T) {
	p := loadEnginePack(t)
	e := NewEngine(p, fakeAnalyzer{})
	mk := func(recent, old []string) string {
		s := "# X\nx@example.com\n\n## Experience\n\n### A — New\n*Jan 2024 – Present*\n\n"
		for _, b := range recent {
			s += "- " + b + "\n"
		}
		s += "\n### B — Old\n*Jan 2015 – Dec 2023*\n\n"
		for _, b := range old {
			s += "- " + b + "\n"
		}
		return s
	}
	q := []string{"Cut costs by 30%", "Served 20 teams", "Shipped 3 services"}
	n := []string{"Cut costs", "Served teams", "Shipped services"}
	fired := func(md string) bool {
		doc, _ := parseMarkdown(md)
		for _, f := range e.Analyze(doc).Findings {
			if f.RuleID == "impact.share" {
				return true
			}
		}
		return false
	}
	if fired(mk(q, n)) {
		t.Error("quantified recent role, unquantified old role: should pass (weighted share 60%)")
	}
	if !fired(mk(n, q)) {
		t.Error("unquantified recent role, quantified old role: should fire (weighted share 40%)")
	}
}

func TestAnalyzeDeterministic(t *testing.T) {
	p := loadEnginePack(t)
	e := NewEngine(p, fakeAnalyzer{})
	doc, _ := parseMarkdown(engineDoc)
	first := e.Analyze(doc).Findings
	for i := 0; i < 5; i++ {
		if again := e.Analyze(doc).Findings; !reflect.DeepEqual(first, again) {
			t.Fatal("findings differ between runs")
		}
	}
}

func TestAnalyzeContext(t *testing.T) {
	e := NewEngine(loadEnginePack(t), fakeAnalyzer{})
	doc, _ := parseMarkdown(engineDoc)
	a, err := e.AnalyzeContext(context.Background(), doc)
	if err != nil || !reflect.DeepEqual(a.Findings, e.Analyze(doc).Findings) {
		t.Fatalf("live context: err %v, or findings differ from Analyze", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if a, err := e.AnalyzeContext(ctx, doc); !errors.Is(err, context.Canceled) || a != nil {
		t.Fatalf("cancelled context: got %v, %v", a, err)
	}
}

func TestDisabledRuleDoesNotRun(t *testing.T) {
	p := loadEnginePack(t)
	if err := p.Configure([]string{"team.first-person"}, nil); err != nil {
		t.Fatal(err)
	}
	doc, _ := parseMarkdown(engineDoc)
	for _, f := range NewEngine(p, fakeAnalyzer{}).Analyze(doc).Findings {
		if f.RuleID == "team.first-person" {
			t.Fatal("disabled rule ran")
		}
	}
}

func TestRunExamplesReportsFailures(t *testing.T) {
	src := strings.Replace(okRule, `no_match: ["Built the service"]`, `no_match: ["Built the service", "I lied"]`, 1)
	p, err := LoadFS(fstest.MapFS{"p.yaml": {Data: []byte(src)}}, ".")
	if err != nil {
		t.Fatal(err)
	}
	res := RunExamples(p, fakeAnalyzer{}, parseMarkdown)
	if len(res) != 3 {
		t.Fatalf("got %d results, want 3", len(res))
	}
	var failed []string
	for _, r := range res {
		if !r.Passed() {
			failed = append(failed, r.Example)
		}
	}
	if !reflect.DeepEqual(failed, []string{"I lied"}) {
		t.Errorf("failed examples %q, want [\"I lied\"]", failed)
	}
}

func TestCondParse(t *testing.T) {
	s := fakeSignals("I hired 3 people for the service")
	tests := []struct {
		src  string
		want bool
	}{
		{"technical and people", true},
		{"technical and not people", false},
		{"not (quantified or passive)", false},
		{"passive or first_person and people", true},
		{"words >= 7 and words < 8", true},
		{"words != 7", false},
	}
	for _, tt := range tests {
		c, err := parseCond(tt.src)
		if err != nil {
			t.Fatalf("%s: %v", tt.src, err)
		}
		if got := c.eval(&s); got != tt.want {
			t.Errorf("%s = %v, want %v", tt.src, got, tt.want)
		}
	}
	for _, bad := range []string{"", "technical and", "words < x", "technical = people", "nope", "(technical"} {
		if _, err := parseCond(bad); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
}

// A role described in a paragraph rather than bullets is not told it has 0 bullets.
func TestFewBulletsSkipsProseRoles(t *testing.T) {
	p := loadEnginePack(t)
	doc := &resume.Document{Sections: []resume.Section{{Kind: resume.KindExperience, Roles: []resume.Role{
		{Title: "Prose", Text: []resume.Line{{Text: "Rebuilt the checkout service with a team of four."}}},
		{Title: "Bare"},
		{Title: "Short", Bullets: []resume.Bullet{{Text: "Built the service"}}},
	}}}}
	var got []string
	for _, f := range NewEngine(p, fakeAnalyzer{}).Analyze(doc).Findings {
		if f.RuleID == "structure.few-bullets" {
			got = append(got, f.Message)
		}
	}
	want := []string{"Bare has 0 bullets", "Short has 1 bullets"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestNormPhrase(t *testing.T) {
	groups := [][]string{
		{"Product", "product managers", "the product team", "PMs", "product management"},
		{"design", "Designers", "design team"},
		{"sales", "Sales team"},
		{"data science", "data scientists", "data science team"},
		{"customer success"},
		{"stakeholders"},
	}
	seen := map[string]int{}
	for gi, g := range groups {
		for _, p := range g {
			n := normPhrase(p)
			if prev, ok := seen[n]; ok && prev != gi {
				t.Errorf("%q folds to %q, shared with another function", p, n)
			}
			seen[n] = gi
			if first := normPhrase(g[0]); n != first {
				t.Errorf("%q folds to %q, want %q", p, n, first)
			}
		}
	}
}

// One engine serves a batch from several goroutines (run with -race).
func TestAnalyzeConcurrent(t *testing.T) {
	p, err := LoadBuiltin()
	if err != nil {
		t.Fatal(err)
	}
	e := NewEngine(p, realAnalyzer(t))
	doc := benchDoc()
	want := e.Analyze(doc).Findings
	done := make(chan []Finding)
	for i := 0; i < 4; i++ {
		go func() { done <- e.Analyze(doc).Findings }()
	}
	for i := 0; i < 4; i++ {
		if got := <-done; !reflect.DeepEqual(got, want) {
			t.Error("concurrent analysis gave different findings")
		}
	}
}
