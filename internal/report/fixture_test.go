package report

import (
	"fmt"
	"github.com/resumecheck/resumecheck/internal/scope"
	"strings"
	"unicode/utf8"

	"github.com/resumecheck/resumecheck/internal/resume"
	"github.com/resumecheck/resumecheck/internal/rules"
	"github.com/resumecheck/resumecheck/internal/signals"
)

// The writers are tested on reports written by hand here, not on the analyser's output:
// the report is the only thing a writer may depend on.

// at returns the rune span of the n-th (0-based) occurrence of sub in text; it panics
// when sub is absent so a typo in a fixture cannot pass silently.
func at(text, sub string, n int) signals.Span {
	off := 0
	for i := 0; ; i++ {
		j := strings.Index(text[off:], sub)
		if j < 0 {
			panic(fmt.Sprintf("fixture: %q not in %q", sub, text))
		}
		if i == n {
			start := utf8.RuneCountInString(text[:off+j])
			return signals.Span{Start: start, End: start + utf8.RuneCountInString(sub)}
		}
		off += j + len(sub)
	}
}

// ev builds an evidence map from signal name → substrings of text. Substrings missing
// from the text are skipped so the payload résumé can reuse the same bullets' signals;
// TestFixtureEvidence checks that the normal fixture misses none.
func ev(text string, pairs ...string) map[string][]signals.Span {
	m := map[string][]signals.Span{}
	for i := 0; i+1 < len(pairs); i += 2 {
		if !strings.Contains(text, pairs[i+1]) {
			continue
		}
		m[pairs[i]] = append(m[pairs[i]], at(text, pairs[i+1], 0))
	}
	return m
}

// bulletSignals sets each named signal true with its evidence.
func bulletSignals(text, verb string, pairs ...string) signals.Signals {
	s := signals.Signals{ActionVerb: verb, Words: len(strings.Fields(text)), Evidence: ev(text, pairs...)}
	for name := range s.Evidence {
		switch name {
		case signals.Quantified:
			s.Quantified = true
		case signals.FirstPerson:
			s.FirstPerson = true
		case signals.TeamFraming:
			s.TeamFraming = true
		case signals.CrossTeam:
			s.CrossTeam = true
		case signals.Technical:
			s.Technical = true
		case signals.People:
			s.People = true
		case signals.PM:
			s.PM = true
		case signals.Communication:
			s.Communication = true
		case signals.WeakOpener:
			s.WeakOpener = true
		case signals.Passive:
			s.Passive = true
		}
	}
	return s
}

type fixtureText struct {
	name, email, phone, link, address string
	b                                 [6]string // bullets
	fact, change, question, example   string
}

var normalText = fixtureText{
	name:    "Priya Natarajan",
	email:   "priya.natarajan@example.org",
	phone:   "+1 (415) 555-0142",
	link:    "https://linkedin.com/in/priya-natarajan-example",
	address: "742 Evergreen Terrace, Springfield",
	b: [6]string{
		"Responsible for the payments API used by 40 internal services",
		"Led a team of 6 engineers through the move from a monolith to 14 services, cutting p99 latency by 38%",
		"I rewrote the ledger reconciliation job in Go; it now finishes in 9 minutes instead of 2 hours",
		"We partnered with Finance and Legal to ship PSD2 strong customer authentication 3 weeks early",
		"Mentored 3 engineers, two of whom were promoted to senior within a year",
		"Wrote the on-call handbook; questions to priya.natarajan@example.org dropped by half",
	},
	fact:     "2 of 6 bullets name the size of a team or a group of people",
	change:   "Replace \"Responsible for\" with what you did and its result",
	question: "Tell me about a time you had to say no to a stakeholder.",
	example:  "Hired and onboarded 4 engineers in 6 months; all passed probation",
}

// payloadText is a résumé written to attack the reports: markup, scripts, handlers,
// links, template syntax and remote resources in every field a writer prints.
var payloadText = fixtureText{
	name:    `<script>window.__pwned="name";document.title="PWNED"</script>Mallory {{.Name}}`,
	email:   `mallory@example.org"><img src=x onerror=window.__pwned="email">`,
	phone:   `+1 555 0100 <svg onload=window.__pwned="phone">`,
	link:    `javascript:window.__pwned="link"`,
	address: `<iframe src="http://127.0.0.1:9/iframe"></iframe>`,
	b: [6]string{
		`<img src="http://127.0.0.1:9/img.png" onerror="window.__pwned='bullet';alert(1)"> cut costs by 40%`,
		`Led <a href="javascript:window.__pwned='a'">click me</a> a team of 6 {{template "x"}} {{.Secret}}`,
		`I shipped <style>@import url("http://127.0.0.1:9/css");body{background:url(http://127.0.0.1:9/bg)}</style> the thing`,
		`We <link rel="stylesheet" href="http://127.0.0.1:9/link.css"> worked with Sales & "Legal" <b onmouseover=alert(2)>x</b>`,
		`Mentored 3 <object data="http://127.0.0.1:9/obj"></object><embed src="http://127.0.0.1:9/embed"> engineers`,
		`Wrote docs ]]><!-- --></textarea></title><script>alert(document.domain)</script><meta http-equiv="refresh" content="0;url=http://127.0.0.1:9/meta">`,
	},
	fact:     `<script>window.__pwned="fact"</script>`,
	change:   `<img src=x onerror=window.__pwned="change"> {{printf "%s" "tmpl"}}`,
	question: `"><svg/onload=window.__pwned="question">`,
	example:  `<a href="data:text/html,<script>alert(1)</script>">data</a>`,
}

func fixtureReport(t fixtureText) *Report {
	b := t.b
	doc := &resume.Document{
		Source: resume.SourceInfo{File: "cv/priya-natarajan.pdf", Format: resume.FormatPDF, Pages: 2, Producer: "LibreOffice 7.4", Engine: "builtin"},
		Contact: resume.Contact{
			Name:     t.name,
			Emails:   []string{t.email},
			Phones:   []string{t.phone},
			Links:    []string{t.link},
			Location: "Springfield, OR",
			Lines:    []string{"Engineering lead · payments and platform", t.address},
		},
		Sections: []resume.Section{
			{Heading: "Summary", Kind: resume.KindSummary, Pos: resume.Pos{Page: 1, Line: 4},
				Text: []resume.Line{{Text: "Engineer and team lead; reach me at " + t.email, Pos: resume.Pos{Page: 1, Line: 5}}}},
			{Heading: "Experience", Kind: resume.KindExperience, Pos: resume.Pos{Page: 1, Line: 7}, Roles: []resume.Role{
				{Title: "Engineering Lead", Organisation: "Harbor Pay", Location: "Remote", Start: &resume.Date{Year: 2021, Month: 3}, Current: true,
					DatesText: "Mar 2021 – present", Pos: resume.Pos{Page: 1, Line: 8}, Bullets: []resume.Bullet{
						{Text: b[0], Pos: resume.Pos{Page: 1, Line: 9}},
						{Text: b[1], Pos: resume.Pos{Page: 1, Line: 10}},
						{Text: b[2], Pos: resume.Pos{Page: 1, Line: 12}},
					}},
				{Title: "Senior Software Engineer", Organisation: "Ledgerly", Start: &resume.Date{Year: 2017, Month: 6}, End: &resume.Date{Year: 2021, Month: 2},
					Pos: resume.Pos{Page: 1, Line: 14}, Bullets: []resume.Bullet{
						{Text: b[3], Pos: resume.Pos{Page: 1, Line: 15}},
						{Text: b[4], Pos: resume.Pos{Page: 1, Line: 17}},
					}},
			}},
			{Heading: "Leadership & volunteering", Kind: resume.KindLeadership, Pos: resume.Pos{Page: 2, Line: 1},
				Bullets: []resume.Bullet{{Text: b[5], Pos: resume.Pos{Page: 2, Line: 2}}}},
			{Heading: "Education", Kind: resume.KindEducation, Pos: resume.Pos{Page: 2, Line: 4},
				Text: []resume.Line{{Text: "BSc Computer Science, 2016", Pos: resume.Pos{Page: 2, Line: 5}}}},
		},
		Experience: resume.Experience{Months: 116, LeadMonths: 57, Years: 9.7, LeadYears: 4.8},
		Warnings:   []string{"page 2: footer repeated on every page was removed"},
	}
	ref := func(s, r, i int) resume.Ref { return resume.Ref{Section: s, Role: r, Bullet: i} }
	bullets := []Bullet{
		{Ref: ref(1, 0, 0), Pos: resume.Pos{Page: 1, Line: 9}, Text: b[0], Signals: bulletSignals(b[0], "",
			signals.WeakOpener, "Responsible for", signals.Quantified, "40", signals.Technical, "API"),
			Findings:   []string{"quantify-outcome", "weak-opener"},
			Suggestion: &Suggestion{Before: b[0], After: "Owned the payments API used by 40 internal services and [cut its error rate by X%]", Actions: []string{"replace_opener", "add_placeholder"}, Rules: []string{"quantify-outcome", "weak-opener"}}},
		{Ref: ref(1, 0, 1), Pos: resume.Pos{Page: 1, Line: 10}, Text: b[1], Signals: bulletSignals(b[1], "led",
			signals.Quantified, "38%", signals.People, "a team of 6 engineers", signals.Technical, "p99 latency")},
		{Ref: ref(1, 0, 2), Pos: resume.Pos{Page: 1, Line: 12}, Text: b[2], Signals: bulletSignals(b[2], "",
			signals.FirstPerson, "I", signals.Quantified, "9 minutes", signals.Technical, "Go"),
			Findings:   []string{"first-person"},
			Suggestion: &Suggestion{Before: b[2], After: "Rewrote" + strings.TrimPrefix(b[2], "I rewrote"), Actions: []string{"drop_pronoun"}, Rules: []string{"first-person"}}},
		{Ref: ref(1, 1, 0), Pos: resume.Pos{Page: 1, Line: 15}, Text: b[3], Signals: bulletSignals(b[3], "partnered",
			signals.TeamFraming, "We", signals.CrossTeam, "Finance and Legal", signals.Quantified, "3 weeks", signals.PM, "early")},
		{Ref: ref(1, 1, 1), Pos: resume.Pos{Page: 1, Line: 17}, Text: b[4], Signals: bulletSignals(b[4], "mentored",
			signals.People, "Mentored 3 engineers", signals.Quantified, "3")},
		{Ref: ref(2, -1, 0), Pos: resume.Pos{Page: 2, Line: 2}, Text: b[5], Signals: bulletSignals(b[5], "wrote",
			signals.Communication, "on-call handbook", signals.Quantified, "half"),
			Findings: []string{"contact-in-bullet"}},
	}
	// Two signals over the same words: "3" inside "Mentored 3 engineers".
	span := func(i int, sub string) *signals.Span {
		if !strings.Contains(bullets[i].Text, sub) {
			return nil
		}
		s := at(bullets[i].Text, sub, 0)
		return &s
	}
	findings := []rules.Finding{
		{RuleID: "weak-opener", Area: "impact", Level: rules.LevelWarning, Scope: rules.ScopeBullet, Message: `Starts with "Responsible for", which names a duty, not a result`,
			Why: "Hiring managers for EM roles read for outcomes you drove.", Ref: ref(1, 0, 0), Pos: resume.Pos{Page: 1, Line: 9}, Span: span(0, "Responsible for"), Fix: &rules.Fix{Action: "replace_opener", Params: map[string]string{"with": "Owned"}}},
		{RuleID: "quantify-outcome", Area: "impact", Level: rules.LevelSuggestion, Scope: rules.ScopeBullet, Message: "Says what you owned but not what changed; add a number for the result",
			Ref: ref(1, 0, 0), Pos: resume.Pos{Page: 1, Line: 9}},
		{RuleID: "first-person", Area: "communication", Level: rules.LevelWarning, Scope: rules.ScopeBullet, Message: `Uses "I"; résumé bullets read better without pronouns`,
			Ref: ref(1, 0, 2), Pos: resume.Pos{Page: 1, Line: 12}, Span: span(2, "I")},
		{RuleID: "contact-in-bullet", Area: "communication", Level: rules.LevelError, Scope: rules.ScopeBullet, Message: "Contains an email address (" + t.email + "); keep contact details in the header",
			Ref: ref(2, -1, 0), Pos: resume.Pos{Page: 2, Line: 2}, Span: span(5, t.email)},
		{RuleID: "no-hiring", Area: "people", Level: rules.LevelSuggestion, Scope: rules.ScopeRole, Message: "No bullet about hiring or growing people in your most recent lead role",
			Ref: ref(1, 0, -1), Pos: resume.Pos{Page: 1, Line: 8}},
		{RuleID: "summary-no-scope", Area: "people", Level: rules.LevelWarning, Scope: rules.ScopeDocument, Message: "The summary does not say how many people you lead",
			Ref: ref(0, -1, -1), Pos: resume.Pos{Page: 1, Line: 4}},
	}
	areas := []Area{
		{Name: "impact", Title: "Impact", Score: 74, Weight: 0.25, Facts: []string{"5 of 6 bullets carry a number", "1 bullet opens with a duty, not a result"}},
		{Name: "people", Title: "People leadership", Score: 48, Weight: 0.25, Facts: []string{t.fact, "no hiring or performance bullets"}},
		{Name: "delivery", Title: "Delivery & planning", Score: 61, Weight: 0.15, Facts: []string{"1 bullet about a deadline met early"}},
		{Name: "cross_team", Title: "Cross-team work", Score: 66, Weight: 0.15, Facts: []string{"Finance and Legal named as partners"}},
		{Name: "communication", Title: "Communication", Score: 55, Weight: 0.1, Facts: []string{"1 bullet in the first person"}},
		{Name: "technical", Title: "Technical depth", Score: 82, Weight: 0.1},
	}
	areaMap := map[string]int{}
	for _, a := range areas {
		areaMap[a.Name] = a.Score
	}
	return &Report{
		SchemaVersion: SchemaVersion,
		Tool:          Tool{Name: "resumecheck", Version: "0.1.0-test"},
		File:          "cv/priya-natarajan.pdf",
		Date:          "2026-11-23",
		Document:      doc,
		Bullets:       bullets,
		Findings:      findings,
		OverallScore:  64,
		Areas:         areaMap,
		AreaDetails:   areas,
		Track:         "tech-lead",
		TrackReason:   "4.8 years in lead roles and a team of 6, but little evidence of hiring or growing people",
		Roles: []scope.RoleCard{
			{Ref: resume.Ref{Section: 1, Role: 0, Bullet: -1}, Title: "Engineering Lead", Organisation: "Harbor Pay", Current: true, Months: 68,
				Scope: scope.Card{
					TeamSize: &scope.Count{Value: 6, Evidence: []scope.Evidence{{Ref: resume.Ref{Section: 1, Role: 0, Bullet: 0}, Source: "bullet", Start: 0, End: 14, Text: "Led a team of 6"}}},
					Reports:  &scope.Count{Value: 8, Evidence: []scope.Evidence{{Ref: resume.Ref{Section: 1, Role: 0, Bullet: 1}, Source: "bullet", Start: 0, End: 12, Text: "my 8 reports"}}},
					Budget:   &scope.Count{Value: 2000000, Evidence: []scope.Evidence{{Ref: resume.Ref{Section: 1, Role: 0, Bullet: 2}, Source: "bullet", Start: 2, End: 13, Text: "$2M budget"}}},
					Partners: []scope.Named{{Name: "product", Evidence: []scope.Evidence{{Ref: resume.Ref{Section: 1, Role: 0, Bullet: 2}, Source: "bullet", Start: 20, End: 27, Text: "product"}}}},
				},
				Level: "manager", LevelReason: "people report to them", PeopleBullets: 1,
				Checks: []string{"8 direct reports but a team of 6: which is it?"}},
			{Ref: resume.Ref{Section: 1, Role: 1, Bullet: -1}, Title: "Senior Software Engineer", Organisation: "Ledgerly", Months: 45,
				Level: "ic", LevelReason: "no lead or manager title and no people reporting"},
		},
		Level: &scope.Level{Current: "manager", Next: "senior-manager", Reason: "the most recent role, Engineering Lead at Harbor Pay, reads manager: people report to them",
			Missing:   []string{"the managers or leads reporting to you", "how many teams you ran"},
			Questions: []string{"How many people did you hire at Harbor Pay, and what did your hiring process look like?"}},
		TopChanges: []Change{
			{Rank: 2, Area: "impact", Description: t.change, Gain: 4, Ref: &bullets[0].Ref, Before: b[0], After: bullets[0].Suggestion.After},
			{Rank: 1, Area: "people", Description: "Add a bullet about hiring or growing someone in your Harbor Pay role", Gain: 7},
			{Rank: 3, Area: "communication", Description: "Drop the first person from 1 bullet", Gain: 2, Ref: &bullets[2].Ref, Before: b[2], After: bullets[2].Suggestion.After},
			{Rank: 4, Area: "people", Description: "Say how many people you lead in the summary", Gain: 2},
			{Rank: 5, Area: "communication", Description: "Move the email address out of the Leadership section", Gain: 1},
			{Rank: 6, Area: "delivery", Description: "Name a plan you made and how it went (this sixth change must not be printed)", Gain: 1},
		},
		RoleSuggestions: []RoleSuggestion{
			{Ref: ref(1, 0, -1), Area: "people", Message: "Show someone you hired or grew at Harbor Pay", Example: t.example},
			{Ref: resume.Ref{Section: -1, Role: -1, Bullet: -1}, Area: "people", Message: "Nowhere does the résumé mention giving feedback or running 1:1s"},
		},
		Interview: []Question{
			{Area: "people", Question: t.question, Hint: "Pick the payments API migration: what did you trade off?"},
			{Area: "people", Question: "How did the two engineers you mentored get promoted? What did you do?"},
			{Area: "delivery", Question: "Walk me through how you planned the PSD2 project.", Hint: "Dates, risks, who you told."},
		},
	}
}

// secondReport is a smaller résumé for batch output: an IC with no findings.
func secondReport() *Report {
	text := "Built the search indexer that serves 2 million queries a day"
	return &Report{
		SchemaVersion: SchemaVersion,
		Tool:          Tool{Name: "resumecheck", Version: "0.1.0-test"},
		File:          "cv/alex-kim.md",
		Document: &resume.Document{
			Source:  resume.SourceInfo{File: "cv/alex-kim.md", Format: resume.FormatMarkdown},
			Contact: resume.Contact{Name: "Alex Kim", Emails: []string{"alex.kim@example.net"}},
			Sections: []resume.Section{{Heading: "Work", Kind: resume.KindExperience, Pos: resume.Pos{Line: 5, Column: 1}, Roles: []resume.Role{
				{Title: "Software Engineer", Organisation: "Findly", Start: &resume.Date{Year: 2022}, Pos: resume.Pos{Line: 7, Column: 1},
					Bullets: []resume.Bullet{{Text: text, Pos: resume.Pos{Line: 8, Column: 3}}}},
			}}},
			Experience: resume.Experience{Months: 40, Years: 3.3},
		},
		Bullets: []Bullet{{Ref: resume.Ref{Section: 0, Role: 0, Bullet: 0}, Pos: resume.Pos{Line: 8, Column: 3}, Text: text,
			Signals: bulletSignals(text, "built", signals.Quantified, "2 million", signals.Technical, "search indexer")}},
		Findings:     []rules.Finding{},
		OverallScore: 41,
		Areas:        map[string]int{"impact": 70, "people": 10, "technical": 77},
		AreaDetails: []Area{
			{Name: "impact", Title: "Impact", Score: 70, Weight: 0.4, Facts: []string{"1 of 1 bullets carries a number"}},
			{Name: "people", Title: "People leadership", Score: 10, Weight: 0.4, Facts: []string{"no bullet mentions other people"}},
			{Name: "technical", Title: "Technical depth", Score: 77, Weight: 0.2, Facts: []string{}},
		},
		Track:       "ic",
		TrackReason: "3.3 years, no lead titles and no bullets about other people",
		TopChanges:  []Change{{Rank: 1, Area: "people", Description: "Add a bullet about someone you helped", Gain: 12}},
	}
}

func fixtureBatch() *Batch {
	return &Batch{
		SchemaVersion: SchemaVersion,
		Tool:          Tool{Name: "resumecheck", Version: "0.1.0-test"},
		Reports:       []*Report{fixtureReport(normalText), secondReport()},
		Errors:        []FileError{{File: "cv/scan.pdf", Error: "cv/scan.pdf: no text layer (scanned image?); export the PDF from the original document or pass a DOCX"}},
	}
}
