package score

import (
	"bytes"
	"encoding/json"
	"fmt"
	"github.com/resumecheck/resumecheck/internal/rewrite"
	"reflect"
	"strings"
	"testing"

	"github.com/resumecheck/resumecheck/internal/report"
	"github.com/resumecheck/resumecheck/internal/resume"
)

func scoreDoc(doc *resume.Document) *report.Report {
	an := fakeAnalyzer{}
	return Score("test.md", an.Analyze(doc), an, Options{Tool: report.Tool{Name: "resumecheck", Version: "test"}})
}

func TestEmbeddedData(t *testing.T) {
	d, err := loadData()
	if err != nil {
		t.Fatal(err)
	}
	if len(d.areas) != len(areaNames) {
		t.Fatalf("areas.yaml has %d areas, code scores %d", len(d.areas), len(areaNames))
	}
	for _, a := range d.areas {
		if !isArea(a.Name) || a.Title == "" {
			t.Errorf("area %q: unknown or untitled", a.Name)
		}
	}
	// Every example in the advice must survive the tool's own promise: no digits.
	for _, ra := range d.advice.RoleAdvice {
		if len(rewrite.NewDigits("", ra.Example)) > 0 {
			t.Errorf("advice example %q has a digit outside brackets", ra.Example)
		}
	}
}

func TestParseWeightsErrors(t *testing.T) {
	_, err := ParseWeights("w.yaml", []byte("impact: 2\nleadershp: 1\n"))
	if err == nil || !strings.Contains(err.Error(), "w.yaml:2:") || !strings.Contains(err.Error(), "leadershp") {
		t.Fatalf("want a placed error naming the unknown area, got %v", err)
	}
	if _, err := ParseWeights("w.yaml", []byte("impact: -1\n")); err == nil {
		t.Fatal("negative weight accepted")
	}
	w, err := ParseWeights("w.yaml", []byte("style: 0\n"))
	if err != nil {
		t.Fatal(err)
	}
	m := Merge(w)
	if m[AreaStyle] != 0 || m[AreaImpact] != DefaultWeights()[AreaImpact] {
		t.Fatalf("merge: %v", m)
	}
}

func TestReportIsComplete(t *testing.T) {
	r := scoreDoc(seniorICDoc())
	if r.SchemaVersion == "" || r.Tool.Name == "" || r.File == "" || r.Document == nil {
		t.Fatalf("header not filled: %+v", r)
	}
	if len(r.Areas) != len(areaNames) || len(r.AreaDetails) != len(areaNames) {
		t.Fatalf("areas: %v", r.Areas)
	}
	for _, a := range r.AreaDetails {
		if len(a.Facts) < 1 || a.Title == "" || r.Areas[a.Name] != a.Score {
			t.Errorf("area %s: %+v", a.Name, a)
		}
	}
	if r.Track == "" || r.TrackReason == "" {
		t.Error("no track")
	}
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

func TestOrdering(t *testing.T) {
	m, s, j := scoreDoc(managerDoc()), scoreDoc(seniorICDoc()), scoreDoc(juniorDoc())
	t.Logf("manager %d %s | senior %d %s | junior %d %s", m.OverallScore, m.Track, s.OverallScore, s.Track, j.OverallScore, j.Track)
	if !(m.OverallScore > s.OverallScore && s.OverallScore > j.OverallScore) {
		t.Fatalf("want manager > senior > junior, got %d, %d, %d", m.OverallScore, s.OverallScore, j.OverallScore)
	}
	if m.Track != TrackEMReady {
		t.Errorf("manager track %s: %s", m.Track, m.TrackReason)
	}
	if j.Track != TrackIC {
		t.Errorf("junior track %s: %s", j.Track, j.TrackReason)
	}
}

// duplicate returns doc with every bullet of every role repeated.
func duplicate(doc *resume.Document) *resume.Document {
	c := *doc
	c.Sections = nil
	for _, s := range doc.Sections {
		s2 := s
		s2.Roles = nil
		for _, r := range s.Roles {
			r2 := r
			r2.Bullets = append(append([]resume.Bullet(nil), r.Bullets...), r.Bullets...)
			s2.Roles = append(s2.Roles, r2)
		}
		s2.Bullets = append(append([]resume.Bullet(nil), s.Bullets...), s.Bullets...)
		c.Sections = append(c.Sections, s2)
	}
	return &c
}

func TestDuplicationDoesNotRaiseScore(t *testing.T) {
	for name, doc := range map[string]*resume.Document{"manager": managerDoc(), "senior": seniorICDoc(), "junior": juniorDoc()} {
		t.Run(name, func(t *testing.T) {
			a, b := scoreDoc(doc), scoreDoc(duplicate(doc))
			if b.OverallScore > a.OverallScore {
				t.Errorf("duplicated bullets raised the score: %d -> %d", a.OverallScore, b.OverallScore)
			}
			for k, v := range a.Areas {
				if b.Areas[k] > v {
					t.Errorf("area %s rose %d -> %d", k, v, b.Areas[k])
				}
			}
		})
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

func TestRecentRolesWeighMore(t *testing.T) {
	strong := "Led a team of 8 engineers migrating 40 services to Kubernetes, cutting deploy time by 60%"
	weak := "Maintained the build scripts for the mobile apps"
	recent := makeDoc(fakeRole{"Engineer", "A", 2022, 0, []string{strong, weak}}, fakeRole{"Engineer", "B", 2018, 2022, []string{weak + " and web", weak + " and desktop"}})
	old := makeDoc(fakeRole{"Engineer", "A", 2022, 0, []string{weak + " and web", weak + " and desktop"}}, fakeRole{"Engineer", "B", 2018, 2022, []string{strong, weak}})
	a, b := scoreDoc(recent), scoreDoc(old)
	if a.Areas[AreaImpact] <= b.Areas[AreaImpact] {
		t.Fatalf("a number in the current role should count more: %d vs %d", a.Areas[AreaImpact], b.Areas[AreaImpact])
	}
}

func TestRoleSuggestionForMissingPeople(t *testing.T) {
	r := scoreDoc(juniorDoc())
	found := false
	for _, s := range r.RoleSuggestions {
		if s.Area == AreaLeadership {
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
		if s.Area == AreaLeadership {
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

func TestEmptyAnalysis(t *testing.T) {
	r := Score("x", nil, nil, Options{})
	if r.OverallScore != 0 || r.Track != TrackIC || len(r.Areas) != len(areaNames) {
		t.Fatalf("%+v", r)
	}
}

// BenchmarkScoreOwn measures Score's own work (areas, rewrites, re-scoring) with the
// keyword analyser of the tests, so the NLP cost of re-analysis is left out.
func BenchmarkScoreOwn(b *testing.B) {
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
		Score("bench.md", a, an, Options{})
	}
}

func texts(r resume.Role) []string {
	var out []string
	for _, b := range r.Bullets {
		out = append(out, b.Text)
	}
	return out
}

// TestTrackNeedsTrackRecord: the same strong manager bullets over two years read as a
// tech lead at most, over one year as an IC; undated résumés are judged on wording alone.
// The track reads scope, not tenure: a manager with reports and people work reads
// em-ready with two years or ten (the old years gate disagreed with coaches on founders
// who grew a team quickly), and the reason names the evidence.
func TestTrackReadsScopeNotTenure(t *testing.T) {
	full := managerDoc()
	short := managerDoc()
	short.Experience.Months, short.Experience.Years = 24, 2
	for name, d := range map[string]*resume.Document{"full": full, "short": short} {
		r := scoreDoc(d)
		if r.Track != TrackEMReady || !strings.Contains(r.TrackReason, "Already managing") {
			t.Errorf("%s: %s (%s)", name, r.Track, r.TrackReason)
		}
	}
}

// Belonging to a team ("we", "our team") is team framing, not leading anyone: it must
// not raise leadership or make an IC read as a tech lead, while "mentored" and "led"
// must.
func TestMembershipIsNotLeadership(t *testing.T) {
	tech := []string{"Migrated 40 services to Kubernetes with Terraform, cutting deploy time by 60%", "Built a Kafka pipeline in Go for 3 services"}
	member := makeDoc(fakeRole{"Software Engineer", "A", 2021, 0, append([]string{"We moved our team's API to PostgreSQL", "Our team shipped the React dashboard for 5 customers"}, tech...)})
	leader := makeDoc(fakeRole{"Software Engineer", "A", 2021, 0, append([]string{"Mentored two engineers on the Go API", "Led the PostgreSQL move for our team of 4"}, tech...)})
	m, l := scoreDoc(member), scoreDoc(leader)
	if m.Areas[AreaTeam] == 0 {
		t.Fatalf("membership should still count as team framing: team %d", m.Areas[AreaTeam])
	}
	if m.Areas[AreaLeadership] >= 20 {
		t.Errorf("membership alone gives leadership %d (want < 20)", m.Areas[AreaLeadership])
	}
	if l.Areas[AreaLeadership] < m.Areas[AreaLeadership]+30 {
		t.Errorf("mentoring and leading should raise leadership well above membership: %d vs %d", l.Areas[AreaLeadership], m.Areas[AreaLeadership])
	}
	if m.Track != TrackIC {
		t.Errorf("membership-only résumé reads %s: %s", m.Track, m.TrackReason)
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
		"Won the university hackathon":            "chosen from [N] entries",
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
