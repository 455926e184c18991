package score

import (
	"github.com/resumecheck/resumecheck/internal/rewrite"
	"regexp"
	"strings"

	"github.com/resumecheck/resumecheck/internal/resume"
	"github.com/resumecheck/resumecheck/internal/rules"
	"github.com/resumecheck/resumecheck/internal/signals"
)

// fakeAnalyzer is a small keyword analyser for unit tests: it knows enough words to set
// every signal, so scoring logic can be tested without the NLP stage. The calibration
// test runs the real pipeline.
type fakeAnalyzer struct{}

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

func fakeSignals(text string) signals.Signals {
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

func (fakeAnalyzer) AnalyzeBullet(text string) rules.BulletAnalysis {
	return rules.BulletAnalysis{Ref: resume.Ref{Section: -1, Role: -1, Bullet: -1}, Text: text, Signals: fakeSignals(text)}
}

// Analyze reads every bullet and raises a few findings shaped like the built-in pack's.
func (f fakeAnalyzer) Analyze(doc *resume.Document) *rules.Analysis {
	a := &rules.Analysis{Doc: doc, Findings: []rules.Finding{}}
	add := func(ref resume.Ref, pos resume.Pos, text string) {
		s := fakeSignals(text)
		a.Bullets = append(a.Bullets, rules.BulletAnalysis{Ref: ref, Pos: pos, Text: text, Signals: s})
		fd := func(id, area string, fix *rules.Fix) {
			a.Findings = append(a.Findings, rules.Finding{RuleID: id, Area: area, Level: rules.LevelWarning, Scope: rules.ScopeBullet, Ref: ref, Pos: pos, Fix: fix})
		}
		if s.WeakOpener {
			fd("weak-opener", AreaStyle, &rules.Fix{Action: rewrite.ActionDropWeakOpener})
		}
		if s.FirstPerson {
			fd("first-person", AreaTeam, &rules.Fix{Action: rewrite.ActionDropPronoun})
		}
		if s.Passive {
			fd("passive", AreaStyle, &rules.Fix{Action: rewrite.ActionActiveVoice})
		}
		if !s.Quantified {
			fd("unquantified", AreaImpact, nil)
		}
		if strings.Contains(strings.ToLower(text), "synergy") {
			fd("buzzword", AreaStyle, &rules.Fix{Action: rewrite.ActionReplaceWord, Params: map[string]string{"from": "synergy", "to": "cooperation"}})
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

type fakeRole struct {
	title, org string
	start, end int // years; end 0 = current
	bullets    []string
}

// makeDoc builds a document with one experience section of the given roles, latest
// first, and an experience summary computed from their years.
func makeDoc(roles ...fakeRole) *resume.Document {
	doc := &resume.Document{Source: resume.SourceInfo{File: "test.md", Format: resume.FormatMarkdown}}
	sec := resume.Section{Heading: "Experience", Kind: resume.KindExperience}
	months, lead := 0, 0
	line := 1
	for _, fr := range roles {
		r := resume.Role{Title: fr.title, Organisation: fr.org, Start: &resume.Date{Year: fr.start, Month: 1}}
		end := fr.end
		if end == 0 {
			r.Current = true
			end = 2026
		} else {
			r.End = &resume.Date{Year: fr.end, Month: 1}
		}
		m := (end - fr.start) * 12
		months += m
		if strings.Contains(strings.ToLower(fr.title), "lead") || strings.Contains(strings.ToLower(fr.title), "manager") {
			lead += m
		}
		for _, b := range fr.bullets {
			line++
			r.Bullets = append(r.Bullets, resume.Bullet{Text: b, Pos: resume.Pos{Line: line}})
		}
		sec.Roles = append(sec.Roles, r)
	}
	doc.Sections = append(doc.Sections, sec)
	doc.Experience = resume.Experience{Months: months, LeadMonths: lead, Years: float64(months) / 12, LeadYears: float64(lead) / 12}
	return doc
}

// Three kinds of résumé written for these tests.
func managerDoc() *resume.Document {
	return makeDoc(
		fakeRole{"Engineering Manager", "Northwind", 2022, 0, []string{
			"Hired and mentored 6 engineers, two of whom were promoted to senior",
			"Planned the payments roadmap with product and design, delivering three launches on schedule",
			"Presented quarterly reliability reports to executives, securing budget for a database upgrade",
			"Led a team of 8 engineers migrating 40 services to Kubernetes, cutting deploy time by 60%",
			"Ran weekly 1:1s and performance reviews, keeping attrition at zero for two years",
		}},
		fakeRole{"Tech Lead", "Contoso", 2018, 2022, []string{
			"Led the redesign of the order API in Go, reducing p99 latency by 45%",
			"Coached four engineers through on-call and incident reviews",
			"Partnered with sales and support to prioritise the integrations backlog",
		}},
		fakeRole{"Software Engineer", "Fabrikam", 2014, 2018, []string{
			"Built the Kafka ingestion pipeline handling 2k events per second",
			"Wrote the service style guide adopted by five teams",
		}},
	)
}

func seniorICDoc() *resume.Document {
	return makeDoc(
		fakeRole{"Senior Software Engineer", "Northwind", 2020, 0, []string{
			"Rebuilt the search service in Go, cutting p99 latency by 35%",
			"Designed the event schema for the Kafka pipeline",
			"Mentored two junior engineers on code review",
			"Migrated the billing database to PostgreSQL with zero downtime",
		}},
		fakeRole{"Software Engineer", "Contoso", 2016, 2020, []string{
			"Responsible for maintaining the Python ETL jobs",
			"Automated Terraform deploys for 12 AWS accounts",
			"Worked on the React dashboard for support agents",
		}},
	)
}

func juniorDoc() *resume.Document {
	return makeDoc(
		fakeRole{"Software Engineer", "Northwind", 2024, 0, []string{
			"Responsible for fixing bugs in the React app",
			"I helped migrate the API tests to the CI/CD pipeline",
			"Worked on the Python data pipeline",
		}},
	)
}
