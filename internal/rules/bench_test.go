package rules

import (
	"fmt"
	"testing"

	"github.com/resumecheck/resumecheck/internal/resume"
	rulepack "github.com/resumecheck/resumecheck/rules"
)

// benchBullets are varied bullets, strong and weak, reused to fill a 40-bullet résumé.
var benchBullets = []string{
	"Led a team of 8 engineers that rebuilt the checkout service, cutting p99 latency from 900 ms to 180 ms.",
	"Responsible for maintaining the internal admin tools and their on-call rotation.",
	"Hired 6 engineers and ran weekly 1:1s and quarterly career conversations.",
	"Planned the quarterly roadmap with the product manager and the design lead.",
	"The legacy monolith was migrated to Kubernetes over two quarters.",
	"I improved the performance of the reporting pipeline.",
	"Presented the reliability review to the CTO and the executive team every quarter.",
	"Worked with sales and support on the enterprise onboarding plan, cutting time-to-first-payment from 21 to 6 days.",
	"Leveraged cutting-edge tooling to successfully deliver world-class developer experience.",
	"Wrote unit tests.",
}

// benchDoc is an eight-role, 40-bullet résumé.
func benchDoc() *resume.Document {
	doc := &resume.Document{Contact: resume.Contact{Name: "Bench Mark", Emails: []string{"b@example.com"}}}
	sec := resume.Section{Heading: "Experience", Kind: resume.KindExperience}
	n := 0
	for r := 0; r < 8; r++ {
		role := resume.Role{
			Title: "Engineer", Organisation: fmt.Sprintf("Company %d", r),
			Start: &resume.Date{Year: 2024 - 2*r - 2, Month: 1}, End: &resume.Date{Year: 2024 - 2*r, Month: 1},
		}
		for b := 0; b < 5; b++ {
			role.Bullets = append(role.Bullets, resume.Bullet{Text: benchBullets[n%len(benchBullets)], Pos: resume.Pos{Line: n + 1}})
			n++
		}
		sec.Roles = append(sec.Roles, role)
	}
	doc.Sections = []resume.Section{sec, {Heading: "Education", Kind: resume.KindEducation}}
	doc.Experience = resume.ComputeExperience(doc.Sections, resume.Date{Year: 2026, Month: 11})
	return doc
}

// BenchmarkAnalyze measures one 40-bullet résumé through signals and every built-in
// rule; building the model and loading the pack happen before the timer starts.
func BenchmarkAnalyze(b *testing.B) {
	p, err := LoadBuiltin()
	if err != nil {
		b.Fatal(err)
	}
	e := NewEngine(p, realAnalyzer(b))
	doc := benchDoc()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if a := e.Analyze(doc); len(a.Bullets) != 40 {
			b.Fatalf("%d bullets", len(a.Bullets))
		}
	}
}

// BenchmarkRulesOnly measures the rules alone: the bullets are analysed once, with
// the real analyser, before the timer starts.
func BenchmarkRulesOnly(b *testing.B) {
	p, err := LoadBuiltin()
	if err != nil {
		b.Fatal(err)
	}
	e := NewEngine(p, realAnalyzer(b))
	ctx := e.context(benchDoc(), nil)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, r := range p.Rules {
			e.run(r, ctx, false)
		}
	}
}

// BenchmarkParseBuiltin measures parsing and compiling the embedded pack, which the
// first LoadBuiltin of a process pays.
func BenchmarkParseBuiltin(b *testing.B) {
	lex, err := builtinLexicons()
	if err != nil {
		b.Fatal(err)
	}
	for i := 0; i < b.N; i++ {
		if _, err := load(rulepack.Pack, ".", "rules", lex, true); err != nil {
			b.Fatal(err)
		}
	}
}
