package report

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/resumecheck/resumecheck/internal/resume"
	"github.com/resumecheck/resumecheck/internal/rules"
)

// place names where a finding points, for people and for machine formats that have no
// line to point at: "Experience › Engineering Manager, Acme › bullet 3".
func place(r *Report, ref resume.Ref) string {
	if r.Document == nil || ref.Section < 0 || ref.Section >= len(r.Document.Sections) {
		return "résumé"
	}
	s := r.Document.Sections[ref.Section]
	parts := []string{nonEmpty(s.Heading, string(s.Kind))}
	if ref.Role >= 0 && ref.Role < len(s.Roles) {
		role := s.Roles[ref.Role]
		name := strings.Join(nonEmptyAll(role.Title, role.Organisation), ", ")
		parts = append(parts, nonEmpty(name, fmt.Sprintf("role %d", ref.Role+1)))
	}
	if ref.Bullet >= 0 {
		parts = append(parts, fmt.Sprintf("bullet %d", ref.Bullet+1))
	}
	return strings.Join(parts, " › ")
}

// lineColumn returns the line and column a finding can be annotated at: only for
// Markdown and text inputs, whose positions are lines of the file itself.
func lineColumn(r *Report, p resume.Pos) (line, col int, ok bool) {
	if r.Document == nil {
		return 0, 0, false
	}
	switch r.Document.Source.Format {
	case resume.FormatMarkdown, resume.FormatText:
		if p.Line > 0 && p.Page == 0 {
			return p.Line, max(p.Column, 1), true
		}
	}
	return 0, 0, false
}

// findingText is the finding's message followed, for formats without lines, by where it
// points in words: "(page 1, line 20; Experience › Acme › bullet 3)".
func findingText(r *Report, f rules.Finding) string {
	if _, _, ok := lineColumn(r, f.Pos); ok {
		return f.Message
	}
	where := place(r, f.Ref)
	if ps := f.Pos.String(); ps != "" {
		where = ps + "; " + where
	}
	return fmt.Sprintf("%s (%s)", f.Message, where)
}

// uri is the file path as SARIF and annotations want it: relative, slash-separated.
func uri(file string) string {
	return filepath.ToSlash(filepath.Clean(file))
}

func nonEmpty(s, fallback string) string {
	if strings.TrimSpace(s) == "" {
		return fallback
	}
	return s
}

func nonEmptyAll(ss ...string) []string {
	var out []string
	for _, s := range ss {
		if strings.TrimSpace(s) != "" {
			out = append(out, s)
		}
	}
	return out
}

// personName is the résumé's name, or "" when the document has none.
func personName(r *Report) string {
	if r.Document == nil {
		return ""
	}
	return strings.TrimSpace(r.Document.Contact.Name)
}
