package layout

import (
	"strings"
	"testing"

	"github.com/resumecheck/resumecheck/internal/resume"
)

// FuzzBuild: any line stream, no panic, and every role and bullet points at a line
// that was given.
func FuzzBuild(f *testing.F) {
	f.Add("Jane Doe\nExperience\nAcme\tSF, CA\nEngineer\tJan 2019 – Present\n• Did things\n  and more", []byte{0, 2, 0, 0, 1, 4})
	f.Add("# Name\n## Skills\nGo\n• \n∗ x\n- 2020\t• y", []byte{2, 2, 0, 1, 1, 1})
	f.Fuzz(func(t *testing.T, text string, flags []byte) {
		var lines []Line
		for i, s := range strings.Split(text, "\n") {
			l := Line{Text: s, Pos: resume.Pos{Line: i + 1}}
			if i < len(flags) {
				fl := flags[i]
				l.Bullet, l.Continuation, l.Heading, l.Bold = fl&1 != 0, fl&4 != 0, fl&2 != 0, fl&8 != 0
				l.HeadingLevel, l.Size, l.BodySize = int(fl>>4&3), float64(fl>>4), 10
			}
			lines = append(lines, l)
		}
		for _, format := range []resume.Format{resume.FormatPDF, resume.FormatDOCX, resume.FormatMarkdown} {
			doc := Build(lines, Options{Source: resume.SourceInfo{Format: format}, Now: resume.Date{Year: 2026, Month: 3}})
			for _, s := range doc.Sections {
				for _, r := range s.Roles {
					if r.Pos.Line < 1 || r.Pos.Line > len(lines) {
						t.Fatalf("role at line %d of %d", r.Pos.Line, len(lines))
					}
					for _, b := range r.Bullets {
						if b.Pos.Line < 1 || b.Pos.Line > len(lines) {
							t.Fatalf("bullet at line %d of %d", b.Pos.Line, len(lines))
						}
					}
				}
			}
		}
	})
}
