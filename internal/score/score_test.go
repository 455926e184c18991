package score

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/resumecheck/resumecheck/internal/report"
	"github.com/resumecheck/resumecheck/internal/resume"
)

func scoreDoc(doc *resume.Document) *report.Report {
	r, _ := Score("test.md", fakeAnalyzer{}.Analyze(doc), Options{Tool: report.Tool{Name: "resumecheck", Version: "test"}})
	return r
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
	if len(r.Bullets) != 0 || len(r.TopChanges) != 0 || r.RoleSuggestions != nil || r.Interview != nil {
		t.Error("the scorer planned advice: that is internal/advise's job")
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

func TestEmptyAnalysis(t *testing.T) {
	r, _ := Score("x", nil, Options{})
	if r.OverallScore != 0 || r.Track != TrackIC || len(r.Areas) != len(areaNames) {
		t.Fatalf("%+v", r)
	}
}

// BenchmarkScoreOwn measures Score's own work (areas, facts, level and track) on
// the keyword analyser's analysis of a four-role résumé.
func BenchmarkScoreOwn(b *testing.B) {
	doc := makeDoc(
		fakeRole{"Engineering Manager", "A", 2022, 0, texts(managerDoc().Sections[0].Roles[0])},
		fakeRole{"Senior Engineer", "B", 2018, 2022, texts(seniorICDoc().Sections[0].Roles[0])},
		fakeRole{"Engineer", "C", 2014, 2018, texts(seniorICDoc().Sections[0].Roles[1])},
		fakeRole{"Engineer", "D", 2012, 2014, texts(juniorDoc().Sections[0].Roles[0])},
	)
	a := fakeAnalyzer{}.Analyze(doc)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Score("bench.md", a, Options{})
	}
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
