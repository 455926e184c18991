package scope

import (
	"strings"
	"testing"

	"github.com/resumecheck/resumecheck/internal/resume"
)

func vocab(t *testing.T) *Vocab {
	t.Helper()
	v, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func ladderT(t *testing.T) *Ladder {
	t.Helper()
	l, err := BuiltinLadder()
	if err != nil {
		t.Fatal(err)
	}
	return l
}

// TestCardValues: exact values on sentences we wrote, including the hard ones.
func TestCardValues(t *testing.T) {
	v := vocab(t)
	cases := []struct {
		text string
		want map[string]int64 // dimension -> value; -1 means shown without a number
		not  []string         // dimensions that must stay unread
	}{
		{"Grew the team from 3 to 25 engineers over two years", map[string]int64{DimTeamSize: 25}, []string{DimHired}},
		{"grew the team from 3 to 25", map[string]int64{DimTeamSize: 25}, nil},
		{"Led two teams of five across payments and risk", map[string]int64{DimTeams: 2, DimTeamSize: 10}, []string{DimReports}},
		{"Hired 12 engineers in 2021", map[string]int64{DimHired: 12}, []string{DimTeamSize}},
		{"Owned a $2M budget for cloud and tooling", map[string]int64{DimBudget: 2000000}, nil},
		{"Held weekly one-to-ones with my 6 reports", map[string]int64{DimReports: 6}, nil},
		{"Managed 3 engineering managers and 25 engineers", map[string]int64{DimManagers: 3, DimTeamSize: 25}, nil},
		{"Managing and mentoring two agile teams (10+ engineers)", map[string]int64{DimTeams: 2, DimTeamSize: 10}, nil},
		{"Promoted 3 engineers to senior and grew two of them into tech leads", map[string]int64{DimPromoted: 3}, nil},
		{"Led a team of 8 developers", map[string]int64{DimTeamSize: 8}, nil},
		{"Managed a budget of €1.5 million", map[string]int64{DimBudget: 1500000}, nil},
		{"Cut cycle time from 9 days to 2 and led the incident review for a sev1 outage", map[string]int64{DimDelivery: -1, DimIncidents: -1}, []string{DimTeamSize}},
		{"Presented the platform roadmap to the board every quarter", map[string]int64{DimRoadmap: -1}, nil},
		{"Kept regretted attrition at zero for two years", map[string]int64{DimRetention: -1}, nil},
		{"Headcount of 14 across two sites", map[string]int64{DimHeadcount: 14}, nil},
		{"Six engineers reported to me", map[string]int64{DimReports: 6, DimTeamSize: 6}, nil},
		// not scope
		{"Built a tool used by 200 engineers", nil, []string{DimTeamSize, DimReports}},
		{"Managed onboarding for 40 engineers joining the platform", nil, []string{DimTeamSize}},
		{"Improved latency by 40% for 2,000 customers", nil, []string{DimTeamSize}},
		{"Wrote 6 reports on query performance", nil, []string{DimReports}},
		{"Was promoted to senior engineer in 2019", nil, []string{DimPromoted}},
		{"Interviewed 50 candidates for the platform team", map[string]int64{DimHired: -1}, nil},
		{"Hired and trained the mobile development teams", map[string]int64{DimHired: -1}, []string{DimTeams}},
		{"Was hired as the first engineer", nil, []string{DimHired}},
		{"Reduced cloud spend by $200k", nil, []string{DimBudget, DimTeamSize}},
	}
	for _, c := range cases {
		card := v.ReadText(c.text)
		for dim, want := range c.want {
			got := card.Get(dim)
			switch {
			case got == nil:
				t.Errorf("%q: %s not read", c.text, dim)
			case want == -1 && got.Value != 0:
				t.Errorf("%q: %s = %d, want shown without a number", c.text, dim, got.Value)
			case want >= 0 && got.Value != want:
				t.Errorf("%q: %s = %d, want %d", c.text, dim, got.Value, want)
			case len(got.Evidence) == 0:
				t.Errorf("%q: %s has no evidence", c.text, dim)
			}
		}
		for _, dim := range c.not {
			if got := card.Get(dim); got != nil {
				t.Errorf("%q: %s read as %d from %q, want nothing", c.text, dim, got.Value, got.Evidence[0].Text)
			}
		}
	}
}

// TestEvidenceSpans: evidence spans are rune offsets that cut the evidence text out of
// the line, accents included.
func TestEvidenceSpans(t *testing.T) {
	v := vocab(t)
	text := "Équipe: grew the team from 3 to 25 and owned a £300k budget"
	c := v.ReadText(text)
	rs := []rune(text)
	for _, dim := range []string{DimTeamSize, DimBudget} {
		x := c.Get(dim)
		if x == nil {
			t.Fatalf("%s not read", dim)
		}
		e := x.Evidence[0]
		if got := string(rs[e.Start:e.End]); got != e.Text {
			t.Errorf("%s: span %d-%d cuts %q, evidence says %q", dim, e.Start, e.End, got, e.Text)
		}
	}
	if got := c.Get(DimBudget).Evidence[0].Text; got != "£300k budget" {
		t.Errorf("budget evidence %q", got)
	}
}

func TestStakeholderAndPartners(t *testing.T) {
	v := vocab(t)
	c := v.ReadText("Partnered with product managers and designers; presented to directors and briefed the CTO")
	if c.Stakeholder == nil || c.Stakeholder.Name != "vp-c-level" {
		t.Errorf("stakeholder %+v, want vp-c-level (the highest named)", c.Stakeholder)
	}
	var names []string
	for _, p := range c.Partners {
		names = append(names, p.Name)
	}
	if strings.Join(names, ",") != "design,product" {
		t.Errorf("partners %v, want design,product", names)
	}
}

func role(title, org string, start, end int, bullets ...string) resume.Role {
	r := resume.Role{Title: title, Organisation: org}
	if start > 0 {
		r.Start = &resume.Date{Year: start, Month: 1}
	}
	if end > 0 {
		r.End = &resume.Date{Year: end, Month: 1}
	} else if start > 0 {
		r.Current = true
	}
	for _, b := range bullets {
		r.Bullets = append(r.Bullets, resume.Bullet{Text: b})
	}
	return r
}

func doc(roles ...resume.Role) *resume.Document {
	return &resume.Document{
		Source:   resume.SourceInfo{Saved: &resume.Date{Year: 2025, Month: 6}},
		Sections: []resume.Section{{Heading: "Experience", Kind: resume.KindExperience, Roles: roles}},
	}
}

// people marks every bullet of the document as people work (what the analyser would say
// of bullets about hiring and one-to-ones).
func people(d *resume.Document, tech bool) map[resume.Ref]BulletSignals {
	m := map[resume.Ref]BulletSignals{}
	for si, s := range d.Sections {
		for ri, r := range s.Roles {
			for bi := range r.Bullets {
				m[resume.Ref{Section: si, Role: ri, Bullet: bi}] = BulletSignals{People: true, Technical: tech}
			}
		}
	}
	return m
}

func TestLevelsAndTrack(t *testing.T) {
	v, l := vocab(t), ladderT(t)
	cases := []struct {
		name         string
		d            *resume.Document
		sig          bool
		level, track string
	}{
		{"manager with reports", doc(
			role("Engineering Manager", "Acme", 2021, 0, "Managed 7 engineers across web and mobile", "Hired 4 engineers"),
			role("Software Engineer", "Beta", 2017, 2021, "Built the billing service")), true, LevelManager, TrackEMReady},
		{"manager of managers", doc(
			role("Director of Engineering", "Acme", 2020, 0, "Led 2 engineering managers and 20 engineers")), true, LevelSeniorManager, TrackEMReady},
		{"director scope", doc(
			role("VP Engineering", "Acme", 2019, 0, "Oversaw 120 engineers in 14 teams")), true, LevelDirector, TrackEMReady},
		{"lead without people work", doc(
			role("Tech Lead", "Acme", 2021, 0, "Designed the event pipeline"),
			role("Software Engineer", "Beta", 2017, 2021, "Built the billing service")), false, LevelTechLead, TrackTechLead},
		{"engineer", doc(
			role("Software Engineer", "Acme", 2020, 0, "Built the billing service")), false, LevelIC, TrackIC},
		{"student", doc(
			role("Software Engineering Intern", "Acme", 2024, 2025, "Built a dashboard")), false, LevelStudent, TrackIC},
		{"founder with only hands-on work", doc(
			role("CEO/President", "Tiny", 2022, 2024, "Wrote a compression algorithm", "Tuned the decoder")), false, LevelIC, TrackIC},
		{"engineer leading initiatives", doc(
			role("Senior Software Engineer", "Acme", 2021, 0, "Kubernetes: Led the migration of 40 services", "Led the on-call rotation redesign"),
			role("Software Engineer", "Beta", 2017, 2021, "Built the billing service")), false, LevelIC, TrackTechLead},
		{"one initiative is not leading", doc(
			role("Senior Software Engineer", "Acme", 2021, 0, "Led the migration of 40 services", "Built the billing service")), false, LevelIC, TrackIC},
		{"managing outside engineering", doc(
			role("Data Analyst", "Acme", 2022, 0, "Built dashboards"),
			role("Store Director", "Shop", 2015, 2022, "Managed a team of 40 staff", "Hired 10 people")), false, LevelIC, TrackIC},
	}
	for _, c := range cases {
		var sig map[resume.Ref]BulletSignals
		if c.sig {
			sig = people(c.d, true)
		}
		rd := ReadDocument(c.d, v, l, sig)
		if rd.Level.Current != c.level || rd.Track != c.track {
			t.Errorf("%s: level %s track %s (%s | %s), want %s %s", c.name, rd.Level.Current, rd.Track, rd.Level.Reason, rd.Reason, c.level, c.track)
		}
		if rd.Reason == "" || rd.Level.Reason == "" {
			t.Errorf("%s: no reason", c.name)
		}
	}
}

// TestChecksAndQuestions: contradictions are flagged, and what the page never shows
// becomes a question, never a number.
func TestChecksAndQuestions(t *testing.T) {
	v, l := vocab(t), ladderT(t)
	d := doc(
		role("Tech Lead", "Acme", 2022, 0, "Led a team of 4", "Mentored my 6 reports"),
		role("Team Lead", "Beta", 2021, 2021, "Hired 5 engineers"),
	)
	d.Sections[0].Roles[1].Start = &resume.Date{Year: 2021, Month: 3}
	d.Sections[0].Roles[1].End = &resume.Date{Year: 2021, Month: 4}
	rd := ReadDocument(d, v, l, nil)
	if got := strings.Join(rd.Roles[0].Checks, "; "); !strings.Contains(got, "6 direct reports but a team of 4") {
		t.Errorf("checks %q, want reports larger than the team", got)
	}
	if got := strings.Join(rd.Roles[1].Checks, "; "); !strings.Contains(got, "hired claimed for a role of 2 month") {
		t.Errorf("checks %q, want a short role flagged", got)
	}
	// Reports make Acme a manager's role: the questions cover the manager's and the
	// senior manager's dimensions the page never shows; reports and hiring are shown.
	if rd.Level.Current != LevelManager {
		t.Fatalf("level %s (%s)", rd.Level.Current, rd.Level.Reason)
	}
	qs := strings.Join(rd.Level.Questions, "\n")
	if strings.Contains(qs, "people reported to you") || strings.Contains(qs, "did you hire") {
		t.Errorf("questions ask about what the page shows:\n%s", qs)
	}
	if !strings.Contains(qs, "Who did you grow or promote at Acme") || !strings.Contains(qs, "managers or leads reported to you at Acme") {
		t.Errorf("questions lack growth or managers at Acme:\n%s", qs)
	}
	for _, q := range rd.Level.Questions {
		for _, r := range q {
			if r >= '0' && r <= '9' {
				t.Errorf("question invents a number: %q", q)
			}
		}
	}

	// A clear IC role is not asked about reports, hiring or promoting people; the
	// partner and delivery questions still name it, asked as an IC's (no team of theirs).
	e := doc(role("Software Engineer", "Acme", 2020, 0, "Built the billing service"))
	rd = ReadDocument(e, v, l, nil)
	qs = strings.Join(rd.Level.Questions, "\n")
	if strings.Contains(qs, "reported to you") || strings.Contains(qs, "did you hire") || strings.Contains(qs, "grow or promote") {
		t.Errorf("an IC role is asked about people working for them:\n%s", qs)
	}
	if !strings.Contains(qs, "did you work with at Acme, and on what?") || strings.Contains(qs, "your team's delivery") {
		t.Errorf("questions %q lack the IC's partner question at Acme, or ask about a team", rd.Level.Questions)
	}
	if rd.Level.Next != LevelTechLead || len(rd.Level.Missing) == 0 {
		t.Errorf("next %q missing %v", rd.Level.Next, rd.Level.Missing)
	}
}

func TestVocabErrors(t *testing.T) {
	for _, c := range []struct{ yaml, want string }{
		{"patterns:\n  - match: \"{nope} of {n}\"\n    set: {team_size: n1}\n", "unknown class"},
		{"patterns:\n  - match: \"team of {n}\"\n    set: {team_size: n2}\n", "has 1 number"},
		{"patterns:\n  - match: \"team\"\n    set: {size: yes}\n", "unknown dimension"},
		{"patterns:\n  - match: \"board\"\n    set: {stakeholder: mayor}\n", "not one of"},
		{"patterns:\n  - match: \"board\"\n", "sets nothing"},
	} {
		_, err := ParseVocab("x.yaml", []byte(c.yaml))
		if err == nil || !strings.Contains(err.Error(), c.want) || !strings.HasPrefix(err.Error(), "x.yaml") {
			t.Errorf("%q: error %v, want %q naming the file", c.yaml, err, c.want)
		}
	}
}

func TestLadderOverride(t *testing.T) {
	l := ladderT(t)
	o, err := ParseLadderOverride("cfg.yaml", []byte("thresholds:\n  senior_min_org: 50\nlevels:\n  - name: manager\n    summary: runs a team\n"))
	if err != nil {
		t.Fatal(err)
	}
	m, err := l.Override(o, "cfg.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if m.Thresholds.SeniorMinOrg != 50 || m.Thresholds.DirectorMinOrg != l.Thresholds.DirectorMinOrg || m.Def(LevelManager).Summary != "runs a team" {
		t.Errorf("override: %+v %q", m.Thresholds, m.Def(LevelManager).Summary)
	}
	if l.Thresholds.SeniorMinOrg == 50 {
		t.Error("override changed the built-in ladder")
	}
	o2, _ := ParseLadderOverride("cfg.yaml", []byte("levels:\n  - name: vp\n    summary: x\n"))
	if _, err := l.Override(o2, "cfg.yaml"); err == nil || !strings.Contains(err.Error(), "unknown level") {
		t.Errorf("unknown level: %v", err)
	}
}

// An unfinished degree makes a page with little work a student's; years of work do not
// turn into a student's page because of an evening degree.
func TestStudying(t *testing.T) {
	v, l := vocab(t), ladderT(t)
	edu := resume.Section{Heading: "Education", Kind: resume.KindEducation, Text: []resume.Line{{Text: "BSc Computer Science, expected May 2026"}}}
	d := doc(role("Data Engineer", "Acme", 2025, 0, "Built a pipeline"))
	d.Sections = append(d.Sections, edu)
	d.Experience.Years = 0.5
	if rd := ReadDocument(d, v, l, nil); rd.Level.Current != LevelStudent || rd.Track != TrackIC {
		t.Errorf("half a year of work while studying: %s %s (%s)", rd.Level.Current, rd.Track, rd.Level.Reason)
	}
	d.Experience.Years = 8
	if rd := ReadDocument(d, v, l, nil); rd.Level.Current != LevelIC {
		t.Errorf("eight years of work and an evening degree: %s (%s)", rd.Level.Current, rd.Level.Reason)
	}
}

// A summary that says an engineering manager grows people is evidence for the current
// manager's role when the role itself has no bullets.
func TestSummaryEvidence(t *testing.T) {
	v, l := vocab(t), ladderT(t)
	d := doc(role("Engineering Manager", "Acme", 2022, 0))
	if rd := ReadDocument(d, v, l, nil); rd.Track != TrackTechLead || rd.Level.Current != LevelManager {
		t.Errorf("title only: %s %s (%s)", rd.Level.Current, rd.Track, rd.Reason)
	}
	d.Sections = append([]resume.Section{{Heading: "Summary", Kind: resume.KindSummary, Text: []resume.Line{{Text: "Engineering manager focused on people growth and delivery."}}}}, d.Sections...)
	if rd := ReadDocument(d, v, l, nil); rd.Track != TrackEMReady {
		t.Errorf("with a summary about people growth: %s (%s)", rd.Track, rd.Reason)
	}
}

// A current role's length needs the day the file was saved: without it the length is
// unknown, never the month since the previous role ended.
func TestCurrentRoleLength(t *testing.T) {
	v, l := vocab(t), ladderT(t)
	d := doc(role("Team Lead", "Acme", 2021, 0, "Led a team of 4 engineers", "Hired 2 engineers"),
		role("Engineer", "Beta", 2017, 2021, "Built the billing service"))
	d.Source.Saved = nil
	rd := ReadDocument(d, v, l, nil)
	if rd.Roles[0].Months != 0 || len(rd.Roles[0].Checks) != 0 || rd.Level.Current != LevelTechLead {
		t.Errorf("no saved date: %d months, checks %v, level %s", rd.Roles[0].Months, rd.Roles[0].Checks, rd.Level.Current)
	}
	d.Source.Saved = &resume.Date{Year: 2023, Month: 1}
	if rd := ReadDocument(d, v, l, nil); rd.Roles[0].Months != 25 {
		t.Errorf("saved Jan 2023, started Jan 2021: %d months", rd.Roles[0].Months)
	}
}

// Coach questions name a role that is one: people questions go to the most recent role
// read at tech lead or above (not a later IC or intern role), and a month or a heading
// read as a role is never named.
func TestQuestionsNameARealRole(t *testing.T) {
	v, l := vocab(t), ladderT(t)
	d := doc(
		role("Software Engineer Intern", "Globex", 2025, 0, "Built the billing service in Go"),
		role("Tech Lead", "Initech", 2019, 2025, "Led the payments team's migration to Kubernetes"),
	)
	qs := strings.Join(ReadDocument(d, v, l, nil).Level.Questions, "\n")
	if strings.Contains(qs, "Globex") && (strings.Contains(qs, "reported to you at Globex") || strings.Contains(qs, "hire at Globex") || strings.Contains(qs, "promote at Globex")) {
		t.Errorf("an intern role is asked about people:\n%s", qs)
	}
	if !strings.Contains(qs, "reported to you at Initech") {
		t.Errorf("the lead role is not asked about reports:\n%s", qs)
	}
	// A sentence read as a title, without organisation or dates, is no role to ask about.
	sentence := doc(role("Software Engineer", "Initech", 2022, 0, "Built the billing service in Go"))
	sentence.Sections[0].Roles = append(sentence.Sections[0].Roles, resume.Role{Title: "Plan and lead rehearsals."})
	for _, q := range ReadDocument(sentence, v, l, nil).Level.Questions {
		if strings.Contains(q, "reported to you") || strings.Contains(q, "did you hire") {
			t.Errorf("a sentence read as a lead role is asked about people: %q", q)
		}
	}
	for _, bad := range []*resume.Document{
		doc(role("Tech Lead", "November", 2022, 0, "Led the payments team's migration to Kubernetes")),
		doc(role("Top Skills", "Initech", 2022, 0, "Led the payments team's migration to Kubernetes")),
	} {
		r := bad.Sections[0].Roles[0]
		for _, q := range ReadDocument(bad, v, l, nil).Level.Questions {
			if strings.Contains(q, " at "+r.Organisation) {
				t.Errorf("%q (%s, %s) names a role that is none", q, r.Title, r.Organisation)
			}
		}
	}
}

// Coach questions fit the kind of role they name, from the ladder's by_kind: a founder
// is asked about the functions they ran, a self-employed role about clients (never "at
// Self-Employed"), and a question the page answers (a team's size stated) is not asked.
func TestQuestionsFitTheRole(t *testing.T) {
	v, l := vocab(t), ladderT(t)
	ask := func(d *resume.Document) string {
		return strings.Join(ReadDocument(d, v, l, nil).Level.Questions, "\n")
	}
	founder := ask(doc(role("Co-Founder & CEO", "Initech", 2020, 0, "Built the billing product in Go")))
	if strings.Contains(founder, "partner functions") || strings.Contains(founder, "your team's delivery") {
		t.Errorf("a founder is asked an employee's questions:\n%s", founder)
	}
	if !strings.Contains(founder, "did you build or run at Initech") {
		t.Errorf("a founder is not asked about the functions they ran:\n%s", founder)
	}
	solo := ask(doc(role("Web Developer", "Self-Employed", 2020, 0, "Built shop websites in PHP")))
	if strings.Contains(solo, "Self-Employed") || strings.Contains(solo, "your team") || !strings.Contains(solo, "clients") {
		t.Errorf("a self-employed role is asked about a team or named as an employer:\n%s", solo)
	}
	empty := ask(doc(role("Software Engineer", "Acme", 2025, 0), role("Engineer", "Initech", 2019, 2025, "Built the billing service in Go")))
	if !strings.Contains(empty, "What did you work on at Acme") || strings.Contains(empty, "did you work with at Acme") || strings.Contains(empty, "delivered at Acme") {
		t.Errorf("a role with nothing under it is asked about partners or delivery, not what it was:\n%s", empty)
	}
	sized := ask(doc(role("Engineering Manager", "Acme", 2020, 0, "Managed a 5-person development team building the billing service")))
	if strings.Contains(sized, "How many teams did you run") || strings.Contains(sized, "How many people reported to you") {
		t.Errorf("asks what the page answers (a team of 5):\n%s", sized)
	}
}

// The delivery question is not asked of a role whose bullets already give measured
// results, and a role with no technical work is not asked about release cadence or
// product and design partners (an investment club, a choir).
func TestQuestionsFitNonTechnicalAndMeasuredRoles(t *testing.T) {
	v, l := vocab(t), ladderT(t)
	signalled := func(d *resume.Document, s BulletSignals) map[resume.Ref]BulletSignals {
		m := map[resume.Ref]BulletSignals{}
		for si, sec := range d.Sections {
			for ri, r := range sec.Roles {
				for bi := range r.Bullets {
					m[resume.Ref{Section: si, Role: ri, Bullet: bi}] = s
				}
			}
		}
		return m
	}
	ask := func(d *resume.Document, s BulletSignals) string {
		return strings.Join(ReadDocument(d, v, l, signalled(d, s)).Level.Questions, "\n")
	}
	club := doc(role("Treasurer", "Riverside Investment Club", 2020, 0, "Picked stocks for the club's shared portfolio"))
	got := ask(club, BulletSignals{})
	if strings.Contains(got, "release cadence") || strings.Contains(got, "product, design") {
		t.Errorf("a role with no technical work is asked a software team's questions:\n%s", got)
	}
	if !strings.Contains(got, "Riverside Investment Club") {
		t.Errorf("the role is not asked about at all:\n%s", got)
	}
	eng := doc(role("Software Engineer", "Acme", 2020, 0, "Built the billing service in Go"))
	if got := ask(eng, BulletSignals{Technical: true}); !strings.Contains(got, "release cadence") {
		t.Errorf("an engineer is not asked how the delivery was measured:\n%s", got)
	}
	if got := ask(eng, BulletSignals{Technical: true, Quantified: true}); strings.Contains(got, "measure") {
		t.Errorf("a role whose bullets give measured results is asked how it measured its delivery:\n%s", got)
	}
}
