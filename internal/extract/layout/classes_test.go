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
