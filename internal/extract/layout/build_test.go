package layout

import (
	"fmt"
	"strings"
	"testing"

	"github.com/resumecheck/resumecheck/internal/resume"
)

// pdf builds PDF-shaped lines: page 1, numbered lines, body size 10; a leading "#"
// marks a larger bold heading line, "• " a bullet, "  " a wrapped continuation, "*"
// a bold line.
func pdf(lines ...string) []Line {
	var out []Line
	for i, s := range lines {
		l := Line{Pos: resume.Pos{Page: 1, Line: i + 1}, Size: 10, BodySize: 10}
		switch {
		case strings.HasPrefix(s, "# "):
			l.Heading, l.Bold, l.Size, s = true, true, 12, s[2:]
		case strings.HasPrefix(s, "• "):
			l.Bullet, s = true, s[len("• "):]
		case strings.HasPrefix(s, "◦ "):
			l.Bullet, l.ListLevel, s = true, 1, s[len("◦ "):]
		case strings.HasPrefix(s, "  "):
			l.Continuation, s = true, s[2:]
		case strings.HasPrefix(s, "*"):
			l.Bold, l.Heading, s = true, true, s[1:]
		}
		l.Text = s
		out = append(out, l)
	}
	return out
}

// docx builds DOCX-shaped paragraphs: "H1 " is a Heading 1 paragraph, "H2 " Heading 2,
// "T " the Title style, "• " a List Bullet paragraph.
func docx(lines ...string) []Line {
	var out []Line
	for i, s := range lines {
		l := Line{Pos: resume.Pos{Paragraph: i + 1}}
		switch {
		case strings.HasPrefix(s, "T "):
			l.Heading, l.HeadingLevel, l.Style, s = true, 1, "Title", s[2:]
		case strings.HasPrefix(s, "H1 "):
			l.Heading, l.HeadingLevel, l.Style, s = true, 1, "Heading1", s[3:]
		case strings.HasPrefix(s, "H2 "):
			l.Heading, l.HeadingLevel, l.Style, s = true, 2, "Heading2", s[3:]
		case strings.HasPrefix(s, "• "):
			l.Bullet, l.Style, s = true, "ListBullet", s[len("• "):]
		}
		l.Text = s
		out = append(out, l)
	}
	return out
}

// md builds Markdown-shaped lines: "#"-headings with their level, "- " bullets,
// "  " continuation lines, line numbers from 1.
func md(lines ...string) []Line {
	var out []Line
	for i, s := range lines {
		l := Line{Pos: resume.Pos{Line: i + 1, Column: 1}}
		switch {
		case strings.HasPrefix(s, "### "):
			l.Heading, l.HeadingLevel, s = true, 3, s[4:]
		case strings.HasPrefix(s, "## "):
			l.Heading, l.HeadingLevel, s = true, 2, s[3:]
		case strings.HasPrefix(s, "# "):
			l.Heading, l.HeadingLevel, s = true, 1, s[2:]
		case strings.HasPrefix(s, "- "):
			l.Bullet, l.Pos.Column, s = true, 3, s[2:]
		case strings.HasPrefix(s, "  "):
			l.Continuation, l.Pos.Column, s = true, 3, s[2:]
		}
		l.Text = s
		out = append(out, l)
	}
	return out
}

// roleLine prints a role compactly for comparison.
func roleLine(r resume.Role) string {
	return fmt.Sprintf("%s | %s | %s | %s | %d", r.Title, r.Organisation, r.Location, r.Dates(), len(r.Bullets))
}

var now = resume.Date{Year: 2026, Month: 3}

func TestBuildRoles(t *testing.T) {
	tests := []struct {
		name   string
		lines  []Line
		format resume.Format
		// sections as "kind:heading"; roles of the first role-bearing section.
		sections []string
		roles    []string
		bullets  []string // bullets of the first role
	}{
		{
			name:   "PDF, organisation and place then title and dates, tab-separated",
			format: resume.FormatPDF,
			lines: pdf(
				"Jane Q. Example",
				"jane@example.com | +1 (555) 010-2345 | github.com/janeq",
				"# Experience",
				"*Acme Corp\tSan Francisco, CA",
				"Staff Engineer\tJan 2019 – Present",
				"• Led the migration of 40 services to Kubernetes, cutting deploy time from",
				"  two hours to ten minutes",
				"• Mentored four engineers",
				"*Initech, Austin, TX",
				"Software Engineer\t03/2015 - 12/2018",
				"• Built the billing pipeline",
				"# Education",
				"State University\t2011 – 2015",
				"BSc Computer Science",
			),
			sections: []string{"experience:Experience", "education:Education"},
			roles: []string{
				"Staff Engineer | Acme Corp | San Francisco, CA | 2019-01 – present | 2",
				"Software Engineer | Initech | Austin, TX | 2015-03 – 2018-12 | 1",
			},
			bullets: []string{
				"Led the migration of 40 services to Kubernetes, cutting deploy time from two hours to ten minutes",
				"Mentored four engineers",
			},
		},
		{
			name:   "PDF, dot-separated header with a comma in the title; names starting in lower case",
			format: resume.FormatPDF,
			lines: pdf(
				"Ana Ruiz",
				"# EXPERIENCE",
				"Team Lead, Mobile · Ferncastle Bank · Dublin\tApr 2023 – Present",
				"• Lead a team of 4 mobile engineers.",
				"iOS Developer · Puffin Apps Ltd · Cork\tSep 2016 – Jan 2020",
				"• Built 7 client apps for retail customers; two were featured",
				"on the App Store",
				"# PROJECTS",
				"*contrast-lint (open source)",
				"2021",
				"• A CLI that checks colour tokens",
			),
			sections: []string{"experience:EXPERIENCE", "projects:PROJECTS"},
			roles: []string{
				"Team Lead, Mobile | Ferncastle Bank | Dublin | 2023-04 – present | 1",
				"iOS Developer | Puffin Apps Ltd | Cork | 2016-09 – 2020-01 | 1",
			},
			bullets: []string{"Lead a team of 4 mobile engineers."},
		},
		{
			// A role row (title and organisation, a tab, dates) is never the wrapped rest
			// of the bullet above it, even when the extractor marked it a continuation
			// (a soft line break); dates that end before they start are kept as written.
			name:   "DOCX, role row after a bullet; an end before the start",
			format: resume.FormatDOCX,
			lines: func() []Line {
				l := docx(
					"T Ana Ruiz",
					"H1 EXPERIENCE",
					"Team Lead, Mobile · Ferncastle Bank · Dublin\tMar 2022 – Jan 2020",
					"• Lead a team of 4 mobile engineers and run sprint planning for",
					"iOS Developer · Puffin Apps Ltd · Cork\tSep 2016 – Jan 2020",
					"• Built 7 client apps for retail customers.",
				)
				l[4].Continuation = true
				return l
			}(),
			sections: []string{"experience:EXPERIENCE"},
			roles: []string{
				"Team Lead, Mobile | Ferncastle Bank | Dublin | 2022-03 – 2020-01 | 1",
				"iOS Developer | Puffin Apps Ltd | Cork | 2016-09 – 2020-01 | 1",
			},
			bullets: []string{"Lead a team of 4 mobile engineers and run sprint planning for"},
		},
		{
			// a narrow left rail of organisation and dates beside the title: the rail
			// wraps the organisation onto the line of the dates, and a place does not join it
			name:   "PDF, left rail wrapping the organisation onto the dates' line",
			format: resume.FormatPDF,
			lines: pdf(
				"Sam Rao",
				"# Experience",
				"ThoughtWorks\tLead Developer on Mingle",
				"Products 2011",
				"- 2015",
				"• Led the search work for the installed version",
				"Acme\tStaff Engineer",
				"Berlin 2009",
				"- 2011",
				"• Built the billing pipeline",
			),
			sections: []string{"experience:Experience"},
			roles: []string{
				"Lead Developer on Mingle | ThoughtWorks Products |  | 2011 – 2015 | 1",
				"Staff Engineer | Acme | Berlin | 2009 – 2011 | 1",
			},
			bullets: []string{"Led the search work for the installed version"},
		},
		{
			name:   "PDF, abbreviations in the organisation, an expected end date",
			format: resume.FormatPDF,
			lines: pdf(
				"Kim Lee",
				"# Experience",
				"*Vision Lab (Prof. Ada Byron), Univ. of Somewhere\tPohang, S.Korea",
				"Researcher\tMar. 2016 - Exp. Jun. 2017",
				"• Researched classification algorithms to improve accuracy.",
			),
			sections: []string{"experience:Experience"},
			roles:    []string{"Researcher | Vision Lab (Prof. Ada Byron), Univ. of Somewhere | Pohang, S.Korea | 2016-03 – 2017-06 | 1"},
			bullets:  []string{"Researched classification algorithms to improve accuracy."},
		},
		{
			name:   "PDF set all in bold: bold says nothing",
			format: resume.FormatPDF,
			lines: pdf(
				"*Lee Kim",
				"*SUMMARY",
				"*Data engineer who likes boring, reliable pipelines and cheap warehouses that run",
				"*themselves without anyone watching over them at night.",
				"*EXPERIENCE",
				"*Data Engineer, Northwind\t2019 – 2023",
				"*Built the nightly pipeline that feeds every report",
				"*Cut warehouse cost by a third",
				"*Moved batch jobs to streaming",
			),
			sections: []string{"summary:SUMMARY", "experience:EXPERIENCE"},
			roles:    []string{"Data Engineer | Northwind |  | 2019 – 2023 | 3"},
			bullets: []string{
				"Built the nightly pipeline that feeds every report",
				"Cut warehouse cost by a third",
				"Moved batch jobs to streaming",
			},
		},
		{
			name:   "PDF, one header line: title, organisation — dates",
			format: resume.FormatPDF,
			lines: pdf(
				"Sam Rivera",
				"# WORK EXPERIENCE",
				"Senior Engineer, Globex — 2019–Present",
				"• Owned the search service",
				"Engineer, Hooli — 2016–2019",
				"• Shipped the mobile app",
				"# SKILLS",
				"Go, Python, Kubernetes",
			),
			sections: []string{"experience:WORK EXPERIENCE", "skills:SKILLS"},
			roles: []string{
				"Senior Engineer | Globex |  | 2019 – present | 1",
				"Engineer | Hooli |  | 2016 – 2019 | 1",
			},
			bullets: []string{"Owned the search service"},
		},
		{
			name:   "PDF, dates in a right rail beside the first bullet, durations dropped",
			format: resume.FormatPDF,
			lines: pdf(
				"Alex Doe",
				"# Experience",
				"Nexus Labs, Co-Founder & CTO\tBerlin, Germany",
				"• Scaled the engineering team from 3 to 28 people across three\tJune 2023 – present",
				"  product groups\t2 years 10 months",
				"• Raised a seed round",
			),
			sections: []string{"experience:Experience"},
			roles:    []string{"Co-Founder & CTO | Nexus Labs | Berlin, Germany | 2023-06 – present | 2"},
			bullets: []string{
				"Scaled the engineering team from 3 to 28 people across three product groups",
				"Raised a seed round",
			},
		},
		{
			name:   "PDF, employers as outer bullets, achievements nested",
			format: resume.FormatPDF,
			lines: pdf(
				"Pat Lee",
				"# Experience",
				"• Umbrella Inc\tBoston, MA",
				"Senior Software Engineer\tOct 2016 – Present",
				"◦ Payments: rebuilt the ledger service",
				"◦ Search: ranking improvements",
				"• Cyberdyne Systems\tAtlanta, GA",
				"Data Scientist\tSummer 2012",
				"◦ Forecasting: built demand models",
			),
			sections: []string{"experience:Experience"},
			roles: []string{
				"Senior Software Engineer | Umbrella Inc | Boston, MA | 2016-10 – present | 2",
				"Data Scientist | Cyberdyne Systems | Atlanta, GA | 2012-06 – 2012-08 | 1",
			},
			bullets: []string{"Payments: rebuilt the ledger service", "Search: ranking improvements"},
		},
		{
			name:   "PDF, positions nested under one employer, markers left in the text, unflagged wraps",
			format: resume.FormatPDF,
			lines: pdf(
				"Kai Tan",
				"# Experience",
				"Associate Manager\t2021 – Present",
				"Contoso\tSingapore",
				"• Platform Engineer - Travel (2024 - Present)",
				"∗ Deployed serverless apps on AWS (Lambda, AppSync, CDK,",
				"DynamoDB) at client sites",
				"∗ Collaborated with stakeholders",
				"• Site Reliability Engineer - Public Services (2022 - 2024)",
				"∗ Built a chatbot",
				"Software Engineer\t2019 – 2021",
				"Fabrikam\tSingapore",
				"• Wrote the billing service",
			),
			sections: []string{"experience:Experience"},
			// the umbrella title over dated positions is not a role of its own (as the
			// corpus's structure table counts them)
			roles: []string{
				"Platform Engineer - Travel | Contoso | Singapore | 2024 – present | 2",
				"Site Reliability Engineer - Public Services | Contoso | Singapore | 2022 – 2024 | 1",
				"Software Engineer | Fabrikam | Singapore | 2019 – 2021 | 1",
			},
			bullets: []string{
				"Deployed serverless apps on AWS (Lambda, AppSync, CDK, DynamoDB) at client sites",
				"Collaborated with stakeholders",
			},
		},
		{
			name:   "PDF, narrow date column: open range ends on the next line, organisation hyphenated",
			format: resume.FormatPDF,
			lines: pdf(
				"Ravi Rao",
				"# Experience",
				"*Globex 2020\tDelivery Lead",
				"• Present",
				"• Building a platform",
				"*Initech Soft-\tEngineering Manager",
				"*ware 2016",
				"• 2020\t• Hired the mobile team",
				"• Ran planning",
			),
			sections: []string{"experience:Experience"},
			roles: []string{
				"Delivery Lead | Globex |  | 2020 – present | 1",
				"Engineering Manager | Initech Software |  | 2016 – 2020 | 2",
			},
			bullets: []string{"Building a platform"},
		},
		{
			name:   "PDF without bullet markers: sentences under a header become bullets",
			format: resume.FormatPDF,
			lines: pdf(
				"Kim Park",
				"# Experience",
				"*Northwind\tPortland, OR",
				"*Staff Cloud Engineer\tMay 2021 – Present",
				"Automation: Worked with the platform team to automate cluster",
				"lifecycle with Cluster API and in-house Go tooling.",
				"Observability: Maintained Grafana, Prometheus and Loki for all teams.",
				"On-Call: Took part in the incident rotation for Kubernetes and",
				"Linux systems.",
			),
			sections: []string{"experience:Experience"},
			roles:    []string{"Staff Cloud Engineer | Northwind | Portland, OR | 2021-05 – present | 3"},
			bullets: []string{
				"Automation: Worked with the platform team to automate cluster lifecycle with Cluster API and in-house Go tooling.",
				"Observability: Maintained Grafana, Prometheus and Loki for all teams.",
				"On-Call: Took part in the incident rotation for Kubernetes and Linux systems.",
			},
		},
		{
			name:   "DOCX: Title style name, Heading 1 sections, organisation with dates then title",
			format: resume.FormatDOCX,
			lines: docx(
				"T Robin Smith",
				"robin@example.org",
				"H1 Professional Summary",
				"Engineering leader with ten years of experience.",
				"H1 Employment History",
				"H2 Contoso 2020 - Present",
				"Engineering Manager",
				"• Grew the team from 4 to 12 engineers",
				"• Introduced quarterly planning",
				"H2 Fabrikam (2017–2020)",
				"Tech Lead",
				"• Led the rewrite of the checkout flow",
				"H1 Volunteering",
				"Mentor, Code Club\tSep '19 – Mar '21",
				"• Taught Python to teenagers",
			),
			sections: []string{"summary:Professional Summary", "experience:Employment History", "leadership:Volunteering"},
			roles: []string{
				"Engineering Manager | Contoso |  | 2020 – present | 2",
				"Tech Lead | Fabrikam |  | 2017 – 2020 | 1",
			},
			bullets: []string{"Grew the team from 4 to 12 engineers", "Introduced quarterly planning"},
		},
		{
			name:   "Markdown: pipe-separated header, wrapped bullets",
			format: resume.FormatMarkdown,
			lines: md(
				"# Casey Jones",
				"casey@example.com · linkedin.com/in/caseyj · Toronto, ON",
				"## Experience",
				"### Platform Lead | Tyrell Corp | 2018 - now",
				"- Ran a team of six SREs and cut paging volume by",
				"  half in one year",
				"- Wrote the on-call hand-",
				"  book used by every team",
				"### Developer | Wayne Enterprises | 2014–2018",
				"- Built internal tools",
				"## Projects",
				"### resumecheck (2024)",
				"- A résumé linter",
			),
			sections: []string{"experience:Experience", "projects:Projects"},
			roles: []string{
				"Platform Lead | Tyrell Corp |  | 2018 – present | 2",
				"Developer | Wayne Enterprises |  | 2014 – 2018 | 1",
			},
			bullets: []string{
				"Ran a team of six SREs and cut paging volume by half in one year",
				"Wrote the on-call handbook used by every team",
			},
		},
		{
			name:   "plain text: dates on their own line, title at organisation",
			format: resume.FormatText,
			lines: md(
				"Morgan Lake",
				"W O R K   E X P E R I E N C E",
				"Software Engineer at Stark Industries",
				"2019 – 2022",
				"- Kept the lights on",
				"Intern at Oscorp",
				"Summer 2018",
				"- Wrote tests",
			),
			sections: []string{"experience:WORK EXPERIENCE"},
			roles: []string{
				"Software Engineer | Stark Industries |  | 2019 – 2022 | 1",
				"Intern | Oscorp |  | 2018-06 – 2018-08 | 1",
			},
			bullets: []string{"Kept the lights on"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := Build(tt.lines, Options{Source: resume.SourceInfo{Format: tt.format}, Now: now})
			var secs []string
			var roles []resume.Role
			for _, s := range doc.Sections {
				secs = append(secs, string(s.Kind)+":"+s.Heading)
				if s.Kind.RoleBearing() && roles == nil {
					roles = s.Roles
				}
			}
			if strings.Join(secs, "\n") != strings.Join(tt.sections, "\n") {
				t.Errorf("sections:\n%s\nwant:\n%s", strings.Join(secs, "\n"), strings.Join(tt.sections, "\n"))
			}
			var got []string
			for _, r := range roles {
				got = append(got, roleLine(r))
			}
			if strings.Join(got, "\n") != strings.Join(tt.roles, "\n") {
				t.Errorf("roles:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.roles, "\n"))
			}
			if len(roles) > 0 {
				var bs []string
				for _, b := range roles[0].Bullets {
					bs = append(bs, b.Text)
				}
				if strings.Join(bs, "\n") != strings.Join(tt.bullets, "\n") {
					t.Errorf("bullets:\n%s\nwant:\n%s", strings.Join(bs, "\n"), strings.Join(tt.bullets, "\n"))
				}
			}
		})
	}
}

// TestBuildExperience: Build fills Experience from the experience sections only, with
// overlapping roles merged and lead titles counted, "Present" meaning opts.Now.
func TestBuildExperience(t *testing.T) {
	lines := md(
		"# Lee Park",
		"## Experience",
		"### Engineering Manager | Acme | Jan 2024 – Present", // 27 months to Mar 2026, lead
		"- Grew the team",
		"### Senior Engineer | Acme | Jan 2020 – Jun 2024", // 54 months, 6 overlapping
		"- Built things",
		"### Engineer | Initech | 2016 – 2019", // 36 months; "2019" may be December: no gap
		"- Fixed things",
		"## Volunteering",
		"### Director | Code Club | 2000 – 2010",
		"- Taught",
	)
	doc := Build(lines, Options{Source: resume.SourceInfo{Format: resume.FormatMarkdown}, Now: now})
	e := doc.Experience
	if e.Months != 27+54-6+36 || e.LeadMonths != 27 || len(e.Gaps) != 0 || e.Undated != 0 {
		t.Errorf("experience = %+v; want 111 months, 27 lead, no gap", e)
	}
}

// TestBuildPresentIsSaved: "Present" ends when the file says it was saved, if that
// month is after every role's dates and not after today; otherwise it ends today.
func TestBuildPresentIsSaved(t *testing.T) {
	lines := md(
		"# Lee Park",
		"## Experience",
		"### Engineering Manager | Acme | Jan 2014 – Present",
		"- Grew the team",
		"### Engineer | Initech | 2010 – 2013",
		"- Fixed things",
	)
	for _, tt := range []struct {
		name   string
		saved  *resume.Date
		months int
	}{
		{"no saved date", nil, 36 + 147},                               // Jan 2014 – Mar 2026
		{"saved in 2015", &resume.Date{Year: 2015, Month: 6}, 36 + 18}, // Jan 2014 – Jun 2015
		{"saved in the future", &resume.Date{Year: 2027, Month: 1}, 36 + 147},
		{"saved before a start", &resume.Date{Year: 2012, Month: 5}, 36 + 147},
		{"year only", &resume.Date{Year: 2015}, 36 + 147},
	} {
		t.Run(tt.name, func(t *testing.T) {
			src := resume.SourceInfo{Format: resume.FormatMarkdown, Saved: tt.saved}
			doc := Build(lines, Options{Source: src, Now: now})
			if doc.Experience.Months != tt.months {
				t.Errorf("months = %d; want %d", doc.Experience.Months, tt.months)
			}
		})
	}
}

// TestRoleTrailingTown: a town after the organisation's last comma is the location, even
// when the place lexicon does not list it; a title's comma part is left alone.
func TestRoleTrailingTown(t *testing.T) {
	for _, tt := range []struct{ header, title, org, loc string }{
		{"### Engineering Manager, Payments — Tulipwave Commerce, Rotterdam — Jan 2022 – Present", "Engineering Manager, Payments", "Tulipwave Commerce", "Rotterdam"},
		{"### Data Engineer | Saltmarsh Digital, Leeds | 2019 – 2021", "Data Engineer", "Saltmarsh Digital", "Leeds"},
		{"### Staff Engineer | Brightline, Inc. | 2019 – 2021", "Staff Engineer", "Brightline, Inc.", ""},
	} {
		doc := Build(md("# Lee Park", "## Experience", tt.header, "- Built things"), Options{Source: resume.SourceInfo{Format: resume.FormatMarkdown}, Now: now})
		if len(doc.Sections) == 0 || len(doc.Sections[0].Roles) == 0 {
			t.Fatalf("%q: no role", tt.header)
		}
		r := doc.Sections[0].Roles[0]
		if r.Title != tt.title || r.Organisation != tt.org || r.Location != tt.loc {
			t.Errorf("%q: title %q org %q location %q; want %q %q %q", tt.header, r.Title, r.Organisation, r.Location, tt.title, tt.org, tt.loc)
		}
	}
}

// TestDatedListOfEmployers: one-line roles listed as bullets, each with its own
// organisation and dates, are roles side by side, not positions nested under the
// first (whose organisation they would otherwise inherit).
func TestDatedListOfEmployers(t *testing.T) {
	doc := Build(md("# Lee Park",
		"## Previous Employers",
		"- Quillfeather Labs – Software Developer – 2008-2009",
		"- Harbourline Systems – Software Developer – 2004-2007",
		"- Marrowgate Media – Web Developer – 1999-2004",
	), Options{Source: resume.SourceInfo{Format: resume.FormatMarkdown}, Now: now})
	var got []string
	for _, s := range doc.Sections {
		for _, r := range s.Roles {
			got = append(got, r.Title+" @ "+r.Organisation)
		}
	}
	want := []string{"Software Developer @ Quillfeather Labs", "Software Developer @ Harbourline Systems", "Web Developer @ Marrowgate Media"}
	if strings.Join(got, "; ") != strings.Join(want, "; ") {
		t.Errorf("roles = %q; want %q", got, want)
	}
}

// TestDatedAchievementStaysBullet: an achievement that opens with its year, among other
// achievements of the same list, is a bullet, not a role header (a list of bullets is
// how the signals are measured from outside, and such a bullet vanished from it).
func TestDatedAchievementStaysBullet(t *testing.T) {
	doc := Build(md("# Lee Park",
		"## Experience",
		"- Built the billing API for the payments team",
		"- 2019: migrated 30 services to Kubernetes",
		"- 2021: Launched the partner portal with the sales team",
		"- Led the on-call rota",
	), Options{Source: resume.SourceInfo{Format: resume.FormatMarkdown}, Now: now})
	roles, bullets := 0, 0
	for _, s := range doc.Sections {
		roles += len(s.Roles)
		bullets += len(s.Bullets)
		for _, r := range s.Roles {
			bullets += len(r.Bullets)
		}
	}
	if roles != 0 || bullets != 4 {
		t.Errorf("%d roles and %d bullets; want 0 roles and the 4 bullets", roles, bullets)
	}
}

// TestRailDurationKept: a tenure printed in the column beside the body stays with
// the role's dates text instead of being dropped or joined to a bullet.
func TestRailDurationKept(t *testing.T) {
	doc := Build([]Line{
		{Text: "Lee Park", Heading: true, HeadingLevel: 1},
		{Text: "Experience", Heading: true, HeadingLevel: 2},
		{Text: "Tidewater Analytics, Platform Engineer"},
		{Text: "Rebuilt the deploy pipeline in Go\tMar 2021 – present", Bullet: true},
		{Text: "Cut build times from 20 to 6 minutes\t3 years 2 months", Bullet: true},
	}, Options{Source: resume.SourceInfo{Format: resume.FormatPDF}, Now: now})
	var roles []resume.Role
	for _, s := range doc.Sections {
		roles = append(roles, s.Roles...)
	}
	if len(roles) != 1 {
		t.Fatalf("sections %+v", doc.Sections)
	}
	r := roles[0]
	if r.DatesText != "Mar 2021 – present (3 years 2 months)" {
		t.Errorf("dates text %q", r.DatesText)
	}
	for _, b := range r.Bullets {
		if strings.Contains(b.Text, "months") {
			t.Errorf("bullet holds the tenure: %q", b.Text)
		}
	}
}
