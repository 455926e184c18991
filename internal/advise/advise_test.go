package advise

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/resumecheck/resumecheck/internal/report"
	"github.com/resumecheck/resumecheck/internal/resume"
	"github.com/resumecheck/resumecheck/internal/rewrite"
	"github.com/resumecheck/resumecheck/internal/score"
)

// scoreDoc scores a test résumé and plans its advice, with the keyword analyser.
func scoreDoc(doc *resume.Document) *report.Report {
	an := fakeAnalyzer{}
	a := an.Analyze(doc)
	r, m := score.Score("test.md", a, score.Options{Tool: report.Tool{Name: "resumecheck", Version: "test"}})
	Plan(r, a, m, an)
	return r
}

func TestEmbeddedData(t *testing.T) {
	d, err := loadData()
	if err != nil {
		t.Fatal(err)
	}
	if len(d.advice.RoleAdvice) == 0 || len(d.interview) == 0 {
		t.Fatal("no advice or no interview questions")
	}
	// Every example in the advice must survive the tool's own promise: no digits.
	for _, ra := range d.advice.RoleAdvice {
		if len(rewrite.NewDigits("", ra.Example)) > 0 {
			t.Errorf("advice example %q has a digit outside brackets", ra.Example)
		}
	}
}

// Every bullet is listed; a suggestion is a rewrite or a question; top changes are
// ranked by gain; role advice and interview questions are planned.
func TestAdviceIsComplete(t *testing.T) {
	r := scoreDoc(seniorICDoc())
	n := 0
	for _, s := range r.Document.Sections {
		for _, ro := range s.Roles {
			n += len(ro.Bullets)
		}
	}
	if len(r.Bullets) != n {
		t.Fatalf("%d bullets in report, %d in document", len(r.Bullets), n)
	}
	sugg := 0
	for _, b := range r.Bullets {
		if b.Suggestion != nil {
			sugg++
			// A suggestion is a rewrite that changes the bullet, or a question.
			rewritten := b.Suggestion.After != "" && b.Suggestion.After != b.Text && len(b.Suggestion.Actions) > 0
			if !rewritten && b.Suggestion.Question == "" {
				t.Errorf("empty suggestion %+v", b.Suggestion)
			}
		}
	}
	if sugg == 0 || len(r.TopChanges) == 0 || len(r.Interview) == 0 || len(r.RoleSuggestions) == 0 {
		t.Fatalf("suggestions %d, top %d, interview %d, role %d", sugg, len(r.TopChanges), len(r.Interview), len(r.RoleSuggestions))
	}
	for i, c := range r.TopChanges {
		if c.Rank != i+1 || c.Gain < 1 || c.Description == "" || c.After == "" && (c.Question == "" || c.Before == "") {
			t.Errorf("change %+v", c)
		}
		if i > 0 && c.Gain > r.TopChanges[i-1].Gain {
			t.Errorf("changes not ordered by gain: %d after %d", c.Gain, r.TopChanges[i-1].Gain)
		}
	}
}

func TestDeterministic(t *testing.T) {
	enc := func() []byte {
		var buf bytes.Buffer
		if err := json.NewEncoder(&buf).Encode(scoreDoc(managerDoc())); err != nil {
			t.Fatal(err)
		}
		return buf.Bytes()
	}
	first := enc()
	for i := 0; i < 5; i++ {
		if !bytes.Equal(first, enc()) {
			t.Fatal("two runs on the same input differ")
		}
	}
}

// BenchmarkPlanOwn measures the planner's own work (rewrites, re-scoring) with the
// keyword analyser of the tests, so the NLP cost of re-analysis is left out.
func BenchmarkPlanOwn(b *testing.B) {
	doc := makeDoc(
		fakeRole{"Engineering Manager", "A", 2022, 0, texts(managerDoc().Sections[0].Roles[0])},
		fakeRole{"Senior Engineer", "B", 2018, 2022, texts(seniorICDoc().Sections[0].Roles[0])},
		fakeRole{"Engineer", "C", 2014, 2018, texts(seniorICDoc().Sections[0].Roles[1])},
		fakeRole{"Engineer", "D", 2012, 2014, texts(juniorDoc().Sections[0].Roles[0])},
	)
	an := fakeAnalyzer{}
	a := an.Analyze(doc)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		r, m := score.Score("bench.md", a, score.Options{})
		Plan(r, a, m, an)
	}
}

func TestRoleSuggestionForMissingPeople(t *testing.T) {
	r := scoreDoc(juniorDoc())
	found := false
	for _, s := range r.RoleSuggestions {
		if s.Area == score.AreaLeadership {
			found = true
			if !strings.Contains(s.Message, "current role") || !strings.Contains(s.Example, "[N]") {
				t.Errorf("leadership advice: %+v", s)
			}
		}
	}
	if !found {
		t.Fatalf("no leadership advice for a role without people bullets: %+v", r.RoleSuggestions)
	}
	for _, s := range scoreDoc(managerDoc()).RoleSuggestions {
		if s.Area == score.AreaLeadership {
			t.Errorf("manager résumé told it lacks people bullets: %+v", s)
		}
	}
}

func TestInterviewTargetsWeakestAreas(t *testing.T) {
	r := scoreDoc(juniorDoc())
	weakest := map[string]bool{}
	for _, q := range r.Interview {
		weakest[q.Area] = true
	}
	if len(weakest) == 0 || len(weakest) > interviewAreas {
		t.Fatalf("interview areas %v", weakest)
	}
	min := 101
	for a := range weakest {
		if r.Areas[a] < min {
			min = r.Areas[a]
		}
	}
	for a, s := range r.Areas {
		if len(embedded().interview[a]) > 0 && !weakest[a] && s < min {
			t.Errorf("area %s (%d) is weaker than the ones asked about %v", a, s, weakest)
		}
	}
}

func TestFillPlaceholders(t *testing.T) {
	got := fillPlaceholders("Cut deploy time by [X%] for [N] customers, partnering with [product/design]")
	want := "Cut deploy time by 20% for 5 customers, partnering with product and design"
	if got != want {
		t.Fatalf("got %q", got)
	}
}

// A CV of hundreds of bullets has more rewrites than are re-scored; the shortlist must
// still find the changes that matter most, in the current role, not drop them.
func TestTopChangesOnLongResume(t *testing.T) {
	// Oldest first, as some CVs are written: the current role's bullets come last, so
	// taking the first rewrites in document order would miss them.
	var roles []fakeRole
	for i := 0; i < 60; i++ {
		y := 2004 + i/3
		roles = append(roles, fakeRole{"Engineer", fmt.Sprintf("Old %d", i), y, y + 1, []string{
			fmt.Sprintf("Responsible for billing service %d", i), fmt.Sprintf("I wrote Terraform module %d", i),
			fmt.Sprintf("Worked on database %d", i), fmt.Sprintf("Helped with Redis cache %d", i)}})
	}
	roles = append(roles, fakeRole{"Engineer", "Now", 2024, 0, []string{
		"Responsible for the Go API", "I maintained the Kafka pipeline", "Worked on the React dashboard"}})
	current := len(roles) - 1
	doc := makeDoc(roles...)
	r := scoreDoc(doc)
	if len(r.Bullets) <= maxRescored {
		t.Fatalf("only %d bullets: the test needs more rewrites than maxRescored (%d)", len(r.Bullets), maxRescored)
	}
	if len(r.TopChanges) == 0 {
		t.Fatal("no top changes")
	}
	for _, c := range r.TopChanges {
		if c.Ref != nil && c.Ref.Bullet >= 0 && c.Ref.Role != current {
			t.Errorf("change %d rewrites a bullet of an old role (%d) ahead of the current role's: %s", c.Rank, c.Ref.Role, c.Description)
		}
	}
	if again := scoreDoc(doc); !reflect.DeepEqual(again.TopChanges, r.TopChanges) {
		t.Error("top changes differ between runs")
	}
}

// A label line or a template leftover has no action to extend: it gets neither a
// rewrite nor a question. A prize or a paper gets an addition that fits it, not a
// percentage; a bullet whose topic the tool cannot tell gets a question, never a tail.
func TestAdditionsFitTheBullet(t *testing.T) {
	doc := makeDoc(fakeRole{"Engineer", "A", 2021, 0, []string{
		"Human Languages:", "Job description 1", "Won the university hackathon", "Published a paper on Kafka consumer lag",
		"Built the billing service in Go"}})
	r := scoreDoc(doc)
	sugg := map[string]*report.Suggestion{}
	for _, b := range r.Bullets {
		sugg[b.Text] = b.Suggestion
	}
	for _, label := range []string{"Human Languages:", "Job description 1"} {
		if s := sugg[label]; s != nil {
			t.Errorf("%q got a suggestion: %+v", label, s)
		}
	}
	for text, want := range map[string]string{
		"Won the university hackathon":            "out of [N] entries",
		"Published a paper on Kafka consumer lag": "cited [N] times",
	} {
		if s := sugg[text]; s == nil || !strings.Contains(s.After, want) {
			t.Errorf("%q: got %+v, want the rewrite to contain %q", text, s, want)
		}
	}
	if s := sugg["Built the billing service in Go"]; s == nil || s.Question == "" || strings.Contains(s.After, "[") {
		t.Errorf("a bullet without a topic should get a question, not a placeholder: %+v", s)
	}
}

// The current role of the advice is the most recent engineering role: a later entry
// that is neither engineering by title nor by its bullets (military service, retail,
// teaching) is skipped, and the advice says so.
func TestCurrentRoleSkipsNonEngineeringWork(t *testing.T) {
	doc := makeDoc(
		fakeRole{"Private", "Field Army", 2023, 0, []string{"Trained with a unit of soldiers on field logistics", "Drove supply convoys across the region"}},
		fakeRole{"Software Engineer", "Contoso", 2018, 2023, []string{"Built the billing service in Go", "Migrated the reporting jobs to Kubernetes"}},
	)
	r := scoreDoc(doc)
	found := false
	for _, s := range r.RoleSuggestions {
		if s.Ref.Role < 0 {
			continue
		}
		found = true
		if s.Ref.Role != 1 {
			t.Errorf("advice aims at role %d (the army entry), want the engineering role: %s", s.Ref.Role, s.Message)
		}
		if !strings.Contains(s.Message, "Software Engineer") || !strings.Contains(s.Message, "left out") {
			t.Errorf("advice should name the engineering role and say the other was left out: %s", s.Message)
		}
	}
	if !found {
		t.Fatal("no role advice")
	}
	// With only engineering roles nothing is left out.
	r = scoreDoc(seniorICDoc())
	for _, s := range r.RoleSuggestions {
		if strings.Contains(s.Message, "left out") {
			t.Errorf("nothing to leave out: %s", s.Message)
		}
	}
}

// Fragments, labels and skills lines are never rewritten, whatever their findings: a
// fragment may get a question, a skills line gets nothing.
func TestNoRewriteOfFragmentsAndSkillsLines(t *testing.T) {
	doc := makeDoc(fakeRole{"Software Engineer", "Contoso", 2021, 0, []string{
		"Skills: Python, C++, C, Qt, UDP",
		"Python, Go, Kubernetes, Terraform, PostgreSQL, Redis",
		"automated itinerary generation, dynamic pricing for travel agents",
		"responsible for the billing service and its on-call rotation",
		"Built the billing service in Go and Kafka for the payments team",
	}})
	r := scoreDoc(doc)
	for _, b := range r.Bullets {
		if b.Text == "Built the billing service in Go and Kafka for the payments team" {
			continue
		}
		if b.Suggestion != nil && b.Suggestion.After != "" {
			t.Errorf("%q was rewritten: %q", b.Text, b.Suggestion.After)
		}
		if strings.HasPrefix(b.Text, "Skills") || strings.HasPrefix(b.Text, "Python") {
			if b.Suggestion != nil {
				t.Errorf("a skills line got a suggestion: %+v", b.Suggestion)
			}
		}
	}
}
