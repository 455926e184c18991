// Package scoretest is test support for the scorer and the advice planner: a small
// keyword analyser (FakeAnalyzer) that sets every signal without the NLP stage, and
// three résumés written for the tests (a manager, a senior IC, a junior).
package scoretest

import (
	"github.com/resumecheck/resumecheck/internal/rewrite"
	"regexp"
	"strings"

	"github.com/resumecheck/resumecheck/internal/resume"
	"github.com/resumecheck/resumecheck/internal/rules"
	"github.com/resumecheck/resumecheck/internal/signals"
)

// FakeAnalyzer is a small keyword analyser for unit tests: it knows enough words to set
// every signal, so scoring logic can be tested without the NLP stage. The calibration
// test runs the real pipeline.
type FakeAnalyzer struct{}

var fakeLex = map[string]*regexp.Regexp{
	signals.Quantified:    regexp.MustCompile(`\d+(\.\d+)?\s*(%|x\b|k\b|ms\b|engineers|customers|users|services|hours)|\$\d|\b(team of|dozens?|two|three|four|five)\b`),
	signals.FirstPerson:   regexp.MustCompile(`(?i)\b(i|me|my|myself)\b`),
	signals.TeamFraming:   regexp.MustCompile(`(?i)\b(we|our team|team of|led|grew|hired|mentored|coached|enabled the team)\b`),
	signals.CrossTeam:     regexp.MustCompile(`(?i)\b(product|design|sales|marketing|finance|legal|support|operations|executives|stakeholders|customers|partners|cross-functional)\b`),
	signals.Technical:     regexp.MustCompile(`(?i)\b(go|python|kafka|kubernetes|postgresql|api|service|services|pipeline|ci/cd|latency|aws|terraform|redis|react|database|architecture)\b`),
	signals.People:        regexp.MustCompile(`(?i)\b(hired|hiring|mentored|mentoring|coached|coaching|managed|1:1s|performance reviews|onboarded|onboarding|promoted)\b`),
	signals.PM:            regexp.MustCompile(`(?i)\b(roadmap|planned|planning|prioriti[sz]ed|scope|deadline|budget|delivered|launch|launched|scrum)\b`),
	signals.Communication: regexp.MustCompile(`(?i)\b(presented|wrote|documented|reported to|explained|persuaded)\b`),
	signals.WeakOpener:    regexp.MustCompile(`(?i)^(responsible for|helped|assisted|worked on|participated in|involved in|tasked with|in charge of|i was|my role)`),
	signals.Passive:       regexp.MustCompile(`(?i)\b(was|were)\s+\w+ed\b`),
}

var fakeVerbRE = regexp.MustCompile(`^(?i)(led|built|migrated|designed|hired|mentored|planned|presented|reduced|cut|launched|delivered|maintained|owned|partnered|enabled|grew|wrote|shipped|automated|improved|rebuilt|coached|ran|contributed|supported|drove|created)\b`)

// FakeSignals sets the signals of a text by keyword.
func FakeSignals(text string) signals.Signals {
	s := signals.Signals{Evidence: map[string][]signals.Span{}}
	for _, name := range signals.Names {
		re := fakeLex[name]
		for _, m := range re.FindAllStringIndex(text, -1) {
			st := len([]rune(text[:m[0]]))
			en := len([]rune(text[:m[1]]))
			s.Evidence[name] = append(s.Evidence[name], signals.Span{Start: st, End: en})
		}
	}
	s.SetFromEvidence()
	if m := fakeVerbRE.FindString(text); m != "" {
		s.ActionVerb = strings.ToLower(m)
	}
	s.Words = len(strings.Fields(text))
	return s
}

// AnalyzeBullet reads one bullet.
func (FakeAnalyzer) AnalyzeBullet(text string) rules.BulletAnalysis {
	return rules.BulletAnalysis{Ref: resume.Ref{Section: -1, Role: -1, Bullet: -1}, Text: text, Signals: FakeSignals(text)}
}

// Analyze reads every bullet and raises a few findings shaped like the built-in pack's.
func (f FakeAnalyzer) Analyze(doc *resume.Document) *rules.Analysis {
	a := &rules.Analysis{Doc: doc, Findings: []rules.Finding{}}
	add := func(ref resume.Ref, pos resume.Pos, text string) {
		s := FakeSignals(text)
		a.Bullets = append(a.Bullets, rules.BulletAnalysis{Ref: ref, Pos: pos, Text: text, Signals: s})
		fd := func(id, area string, fix *rules.Fix) {
			a.Findings = append(a.Findings, rules.Finding{RuleID: id, Area: area, Level: rules.LevelWarning, Scope: rules.ScopeBullet, Ref: ref, Pos: pos, Fix: fix})
		}
		if s.WeakOpener {
			fd("weak-opener", "style", &rules.Fix{Action: rewrite.ActionDropWeakOpener})
		}
		if s.FirstPerson {
			fd("first-person", "team", &rules.Fix{Action: rewrite.ActionDropPronoun})
		}
		if s.Passive {
			fd("passive", "style", &rules.Fix{Action: rewrite.ActionActiveVoice})
		}
		if !s.Quantified {
			fd("unquantified", "impact", nil)
		}
		if strings.Contains(strings.ToLower(text), "synergy") {
			fd("buzzword", "style", &rules.Fix{Action: rewrite.ActionReplaceWord, Params: map[string]string{"from": "synergy", "to": "cooperation"}})
		}
	}
	for si, sec := range doc.Sections {
		for bi, b := range sec.Bullets {
			add(resume.Ref{Section: si, Role: -1, Bullet: bi}, b.Pos, b.Text)
		}
		for ri, r := range sec.Roles {
			for bi, b := range r.Bullets {
				add(resume.Ref{Section: si, Role: ri, Bullet: bi}, b.Pos, b.Text)
			}
		}
	}
	return a
}

// Role is one role of a test résumé.
type Role struct {
	Title, Org string
	Start, End int // years; End 0 = current
	Bullets    []string
}

// MakeDoc builds a document with one experience section of the given roles, latest
// first, and an experience summary computed from their years.
func MakeDoc(roles ...Role) *resume.Document {
	doc := &resume.Document{Source: resume.SourceInfo{File: "test.md", Format: resume.FormatMarkdown}}
	sec := resume.Section{Heading: "Experience", Kind: resume.KindExperience}
	months, lead := 0, 0
	line := 1
	for _, fr := range roles {
		r := resume.Role{Title: fr.Title, Organisation: fr.Org, Start: &resume.Date{Year: fr.Start, Month: 1}}
		end := fr.End
		if end == 0 {
			r.Current = true
			end = 2026
		} else {
			r.End = &resume.Date{Year: fr.End, Month: 1}
		}
		m := (end - fr.Start) * 12
		months += m
		if strings.Contains(strings.ToLower(fr.Title), "lead") || strings.Contains(strings.ToLower(fr.Title), "manager") {
			lead += m
		}
		for _, b := range fr.Bullets {
			line++
			r.Bullets = append(r.Bullets, resume.Bullet{Text: b, Pos: resume.Pos{Line: line}})
		}
		sec.Roles = append(sec.Roles, r)
	}
	doc.Sections = append(doc.Sections, sec)
	doc.Experience = resume.Experience{Months: months, LeadMonths: lead, Years: float64(months) / 12, LeadYears: float64(lead) / 12}
	return doc
}

// ManagerDoc is an engineering manager's résumé.
func ManagerDoc() *resume.Document {
	return MakeDoc(
		Role{"Engineering Manager", "Northwind", 2022, 0, []string{
			"Hired and mentored 6 engineers, two of whom were promoted to senior",
			"Planned the payments roadmap with product and design, delivering three launches on schedule",
			"Presented quarterly reliability reports to executives, securing budget for a database upgrade",
			"Led a team of 8 engineers migrating 40 services to Kubernetes, cutting deploy time by 60%",
			"Ran weekly 1:1s and performance reviews, keeping attrition at zero for two years",
		}},
		Role{"Tech Lead", "Contoso", 2018, 2022, []string{
			"Led the redesign of the order API in Go, reducing p99 latency by 45%",
			"Coached four engineers through on-call and incident reviews",
			"Partnered with sales and support to prioritise the integrations backlog",
		}},
		Role{"Software Engineer", "Fabrikam", 2014, 2018, []string{
			"Built the Kafka ingestion pipeline handling 2k events per second",
			"Wrote the service style guide adopted by five teams",
		}},
	)
}

// SeniorICDoc is a senior engineer's résumé.
func SeniorICDoc() *resume.Document {
	return MakeDoc(
		Role{"Senior Software Engineer", "Northwind", 2020, 0, []string{
			"Rebuilt the search service in Go, cutting p99 latency by 35%",
			"Designed the event schema for the Kafka pipeline",
			"Mentored two junior engineers on code review",
			"Migrated the billing database to PostgreSQL with zero downtime",
		}},
		Role{"Software Engineer", "Contoso", 2016, 2020, []string{
			"Responsible for maintaining the Python ETL jobs",
			"Automated Terraform deploys for 12 AWS accounts",
			"Worked on the React dashboard for support agents",
		}},
	)
}

// JuniorDoc is a junior engineer's résumé.
func JuniorDoc() *resume.Document {
	return MakeDoc(
		Role{"Software Engineer", "Northwind", 2024, 0, []string{
			"Responsible for fixing bugs in the React app",
			"I helped migrate the API tests to the CI/CD pipeline",
			"Worked on the Python data pipeline",
		}},
	)
}

// Texts are the bullet texts of a role.
func Texts(r resume.Role) []string {
	var out []string
	for _, b := range r.Bullets {
		out = append(out, b.Text)
	}
	return out
}
