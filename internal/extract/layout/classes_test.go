package layout

import (
	"strings"
	"testing"

	"github.com/resumecheck/resumecheck/internal/resume"
)

// Miss classes of issue 10, each in a résumé written for the test: the roles layout
// must read from them, and the roles it must not invent.
func TestRoleClasses(t *testing.T) {
	tests := []struct {
		name  string
		lines []Line
		roles []string // roles of every section, as roleLine prints them
	}{
		{
			name: "a date column wrapped a range over two lines, the end starting the description",
			lines: pdf(
				"Pat Example",
				"# Work Experience",
				"Mar 2016 - Data Engineer, Harbourline Analytics, Norway.",
				"Present Built the nightly ingestion of sensor data for three plants and the",
				"reports the operators read each morning.",
				"Jun 2014 - Junior Developer, Tidewater Labs, Norway.",
				"Feb 2016 Maintained the billing service and its test suite.",
				"# Education",
				"2010 - 2014 BSc Computing, Example University",
			),
			roles: []string{
				"Data Engineer | Harbourline Analytics | Norway. | 2016-03 – present | 1",
				"Junior Developer | Tidewater Labs | Norway. | 2014-06 – 2016-02 | 1",
			},
		},
		{
			name: "two open starts in a row are two dates, not one range",
			lines: pdf(
				"Pat Example",
				"# Volunteering",
				"2021 - Mentor, Codebridge Foundation",
				"2019 - Organiser, Riverside Meetup",
			),
			roles: []string{
				"Mentor | Codebridge Foundation |  | 2021 – 2021 | 0",
				"Organiser | Riverside Meetup |  | 2019 – 2019 | 0",
			},
		},
		{
			name: "a community list under an awards heading lists distinctions, not positions",
			lines: func() []Line {
				ls := pdf(
					"Pat Example",
					"# Experience",
					"Platform Engineer, Quayside Systems\t2019 – 2024",
					"• Ran the build farm for 60 engineers",
					"# Honors & Awards",
					"Conference Awards",
					"2021 Finalist, Example Capture-the-Flag Final\tOnline",
					"Community",
					"2022 Cloud Community Builder, Example Cloud",
					"2018 Organiser of the Example User Group, Example Cloud",
				)
				for i := range ls {
					if t := ls[i].Text; t == "Conference Awards" || t == "Community" {
						ls[i].Heading, ls[i].HeadingLevel, ls[i].Size = true, 2, 11
					}
					if ls[i].Heading && ls[i].HeadingLevel == 0 {
						ls[i].HeadingLevel = 1
					}
				}
				return ls
			}(),
			roles: []string{"Platform Engineer | Quayside Systems |  | 2019 – 2024 | 1"},
		},
		{
			name: "title and dates, then organisation and town; a one-line description before the next title",
			lines: pdf(
				"Pat Example",
				"# Experience",
				"Principal\t2015 - Present",
				"Quill Harbor Advisory\tPortland, Oregon",
				"Provide data platform design / review / migration services",
				"Lead Developer\t2012 - 2015",
				"Bramblewood\tSalem, Oregon",
				"• Led four engineers on the ordering system",
			),
			roles: []string{
				"Principal | Quill Harbor Advisory | Portland, Oregon | 2015 – present | 1",
				"Lead Developer | Bramblewood | Salem, Oregon | 2012 – 2015 | 1",
			},
		},
		{
			name: "an organisation ending in abbreviations is a header line, not two sentences",
			lines: func() []Line {
				ls := pdf(
					"Pat Example",
					"# Experience",
					"Software Engineer",
					"eLedger Services Phils. Inc. | Quezon City, Philippines",
					"Jan 2022 – Present",
					"• Built the reconciliation service",
				)
				for i := range ls[2:5] {
					ls[2+i].Bold = true
				}
				return ls
			}(),
			roles: []string{"Software Engineer | eLedger Services Phils. Inc. | Quezon City, Philippines | 2022-01 – present | 1"},
		},
		{
			name: "no job-title word: the order of the other roles tells title from organisation",
			lines: docx(
				"T Pat Example",
				"H1 Experience",
				"H2 Northgate College",
				"Lab Technician",
				"June 2019 – May 2021",
				"• Kept the teaching labs running",
				"H2 Pinecrest Outfitters",
				"Stock Person (Part-time)",
				"March 2017 – May 2019",
				"• Restocked shelves",
				"H2 Hillside Diner",
				"Line Cook",
				"2015 – 2017",
				"• Cooked breakfast",
			),
			roles: []string{
				"Lab Technician | Northgate College |  | 2019-06 – 2021-05 | 1",
				"Stock Person (Part-time) | Pinecrest Outfitters |  | 2017-03 – 2019-05 | 1",
				"Line Cook | Hillside Diner |  | 2015 – 2017 | 1",
			},
		},
		{
			name: "a sidebar's heading and words read into the experience section",
			lines: func() []Line {
				ls := pdf(
					"Pat Example",
					"# Experience",
					"# Top Skills",
					"Kotlin\tLumenwave",
					"Terraform\t2 years 3 months",
					"Redis",
					"Senior Software Engineer",
					"March 2023 - Present (2 years 3 months)",
					"Software Engineer",
					"January 2022 - March 2023 (1 year 3 months)",
					"Copperfield Systems",
					"Software Developer",
					"June 2018 - January 2022 (3 years 8 months)",
					"# Education",
					"Example State University",
				)
				return ls
			}(),
			roles: []string{
				"Senior Software Engineer | Lumenwave |  | 2023-03 – present | 0",
				"Software Engineer | Lumenwave |  | 2022-01 – 2023-03 | 0",
				"Software Developer | Copperfield Systems |  | 2018-06 – 2022-01 | 0",
			},
		},
		{
			name: "a town and a region written as an abbreviation after the organisation",
			lines: docx(
				"T Pat Example",
				"H1 Work Experience",
				"H2 Software Developer",
				"Kestrel Fabrication, St. Charles, Mo. | 2019- Present",
				"• Moved the order system to a hosted shop",
				"H2 Shift Lead",
				"Kestrel Fabrication, St. Charles, Mo. | 2012- 2019",
				"• Planned the line workers' shifts",
			),
			roles: []string{
				"Software Developer | Kestrel Fabrication | St. Charles, Mo. | 2019 – present | 1",
				"Shift Lead | Kestrel Fabrication | St. Charles, Mo. | 2012 – 2019 | 1",
			},
		},
		{
			name: "a wrapped bullet that ends its sentence does not open the next role",
			lines: pdf(
				"Pat Example",
				"# Experience",
				"Fernhill Labs\tLisbon, Portugal",
				"Platform Engineer\tJan. 2020 - June 2021",
				"• Kubernetes, Terraform, Postgres: design and rollout of a new multi-region storage platform for the",
				"Fernhill (FHL) internal service.",
				"Quayline\tPorto, Portugal",
				"Backend Engineer\tAug. 2017 - Dec. 2019",
				"• Built the payments ledger",
			),
			roles: []string{
				"Platform Engineer | Fernhill Labs | Lisbon, Portugal | 2020-01 – 2021-06 | 1",
				"Backend Engineer | Quayline | Porto, Portugal | 2017-08 – 2019-12 | 1",
			},
		},
		{
			name: "an employer in larger type after a description line starts the next role",
			lines: func() []Line {
				ls := pdf(
					"Pat Example",
					"# Experience",
					"Mobile Application Developer",
					"September 2012 - August 2014 (2 years)",
					"Designer and developer of phone and tablet applications for retail clients",
					"Brightpath Tutoring",
					"Instructor",
					"June 2011 - September 2011 (4 months)",
					"Remote",
				)
				ls[5].Size = 12
				ls[2].Size, ls[6].Size = 11.5, 11.5
				return ls
			}(),
			roles: []string{
				"Mobile Application Developer |  |  | 2012-09 – 2014-08 | 1",
				"Instructor | Brightpath Tutoring | Remote | 2011-06 – 2011-09 | 0",
			},
		},
		{
			name: "a template's placeholder start before an open end",
			lines: pdf(
				"Your Name",
				"# Experience",
				"*Job Title A",
				"Company A",
				"Date: Month 20XX – Ongoing\tLocation: Location",
				"• Job description 1",
			),
			roles: []string{"Job Title A | Company A | Location | Month 20XX – Ongoing | 1"},
		},
		{
			name: "a dashed title line under the employer of the role above",
			lines: func() []Line {
				ls := pdf(
					"Pat Example",
					"# Experience",
					"Northwind Bank",
					"4 years 2 months",
					"Engineering Manager - Payments Platform",
					"May 2023 - Present (1 year 6 months)",
					"Sydney, Australia",
					"I lead two teams that run the card payments platform for the bank.",
					"Data Engineer - Streaming & Analytics - Fraud Technology",
					"December 2020 - May 2023 (2 years 6 months)",
					"Sydney, Australia",
					"Built the fraud-scoring pipelines and their monitoring for the retail bank.",
				)
				for _, i := range []int{2, 4, 8} {
					ls[i].Size = 11.5
				}
				return ls
			}(),
			roles: []string{
				"Engineering Manager - Payments Platform | Northwind Bank | Sydney, Australia | 2023-05 – present | 1",
				"Data Engineer - Streaming & Analytics - Fraud Technology | Northwind Bank | Sydney, Australia | 2020-12 – 2023-05 | 1",
			},
		},
		{
			name: "dates first, lower-case 'since', and labelled skill lists under the bullets",
			lines: md(
				"# Pat Example",
				"## Work Experience",
				"since 05.2020\tLead Engineer",
				"Brightwater Systems AG, Lucerne",
				"- Lead four developers on the ticketing platform.",
				"Stack: Go, Postgres, Kafka",
				"03.2016 – 04.2020\tDeveloper",
				"Talmatt Logistik GmbH, Thun",
				"- Built the route planner.",
				"Skills: Java, Spring, Oracle",
				"## Education",
				"09.2012 – 08.2016\tBSc Computing, Example University",
			),
			roles: []string{
				"Lead Engineer | Brightwater Systems AG | Lucerne | 2020-05 – present | 1",
				"Developer | Talmatt Logistik GmbH | Thun | 2016-03 – 2020-04 | 1",
			},
		},
		{
			name: "positions with their own dates under one employer's title: the positions are the roles",
			lines: pdf(
				"Pat Example",
				"# Experience",
				"*Consulting Engineering Manager\t2021 – Present",
				"Brightlane Consulting\tSingapore",
				"• Platform Engineer - Retail Services (2023 - Present)",
				"◦ Ran the checkout platform for two retail clients",
				"• Support Engineer - Public Services (2021 - 2023)",
				"◦ Cut ticket handling time by a third",
				"*Junior Developer\t2018 – 2020",
				"Harbour Games\tSingapore",
				"• Built the scoring service",
			),
			roles: []string{
				"Platform Engineer - Retail Services | Brightlane Consulting | Singapore | 2023 – present | 1",
				"Support Engineer - Public Services | Brightlane Consulting | Singapore | 2021 – 2023 | 1",
				"Junior Developer | Harbour Games | Singapore | 2018 – 2020 | 1",
			},
		},
		{
			name: "several dates for one role read as the whole span",
			lines: pdf(
				"Pat Example",
				"# Experience",
				"*Harbor Analytics\tBoston, MA",
				"Research Intern\tSummer 2015 and 2016",
				"• Built forecasting models",
				"*Delta Freight\tBoston, MA",
				"Penetration Tester\tMay 2018, Jan. 2017 - Mar. 2017",
				"• Tested the booking API",
				"*Northline Gyms\tBoston, MA",
				"Full Stack Developer\tFeb 2019 - Jan 2021, Jun 2021 - Present",
				"• Built the member app",
			),
			roles: []string{
				"Research Intern | Harbor Analytics | Boston, MA | 2015-06 – 2016 | 1",
				"Penetration Tester | Delta Freight | Boston, MA | 2017-01 – 2018-05 | 1",
				"Full Stack Developer | Northline Gyms | Boston, MA | 2019-02 – present | 1",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := Build(tt.lines, Options{Source: resume.SourceInfo{Format: resume.FormatPDF}, Now: now})
			var got []string
			for _, s := range doc.Sections {
				for _, r := range s.Roles {
					got = append(got, roleLine(r))
				}
			}
			if strings.Join(got, "\n") != strings.Join(tt.roles, "\n") {
				t.Errorf("roles:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.roles, "\n"))
			}
		})
	}
}
