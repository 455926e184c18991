package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/resumecheck/resumecheck/internal/rules"
)

// MarkdownWriter prints GitHub-flavoured Markdown for pull-request comments and CI job
// summaries: a summary table, the top changes and the findings role by role. In a batch
// each résumé's detail is folded in a <details> block so a comment stays short.
type MarkdownWriter struct{ Opts Options }

var _ Writer = (*MarkdownWriter)(nil)

// mdReplacer neutralises Markdown and HTML in résumé text: GitHub renders inline HTML,
// and a bullet must not turn into a link, a heading, a table cell break or a tag.
var mdReplacer = strings.NewReplacer(
	"&", "&amp;", "<", "&lt;", ">", "&gt;",
	`\`, `\\`, "`", "\\`", "*", `\*`, "_", `\_`, "[", `\[`, "]", `\]`,
	"|", `\|`, "#", `\#`, "~", `\~`, "!", `\!`, "{", `\{`, "}", `\}`,
	"\r\n", " ", "\n", " ", "\r", " ",
)

// md escapes text for any place in a Markdown line (paragraph, list item, table cell).
func md(s string) string {
	s = mdReplacer.Replace(s)
	// A leading "1." or "-" would start a list or a rule where a sentence was meant.
	if len(s) > 0 && (s[0] == '-' || s[0] == '+' || s[0] == '=') {
		s = `\` + s
	}
	return s
}

// code puts an identifier in a code span; identifiers never need backticks.
func code(s string) string {
	return "`" + strings.ReplaceAll(strings.ReplaceAll(s, "`", "'"), "\n", " ") + "`"
}

// Write prints the batch.
func (mw *MarkdownWriter) Write(w io.Writer, b *Batch) error {
	b = prepare(b, mw.Opts)
	bw := bufio.NewWriter(w)
	p := func(format string, args ...any) { fmt.Fprintf(bw, format, args...) }
	if isSingle(b) {
		mw.report(bw, b.Reports[0], "##")
		p("\n<sub>%s</sub>\n", md(toolLine(b.Reports[0].Tool, mw.Opts)))
		return bw.Flush()
	}
	p("## Résumé check: %d checked, %d could not be read\n\n", len(b.Reports), len(b.Errors))
	if len(b.Reports) > 0 {
		p("| File | Name | Overall | Track | Largest team / reports / hires | Status | Findings |\n| --- | --- | ---: | --- | --- | --- | --- |\n")
		for _, r := range b.Reports {
			status := r.Status
			if status == "" {
				status = "ok"
			}
			if !r.Scored() {
				p("| %s | %s | – | – | – | **%s** | %s |\n", md(fileLabel(r)), md(displayName(r)), md(status), md(readCounts(r)))
				continue
			}
			p("| %s | %s | %d | %s | %s | %s | %s |\n", md(fileLabel(r)), md(displayName(r)), r.OverallScore, md(trackLabel(r.Track)), largestText(r), md(status), countLevels(r.Findings))
		}
		p("\n")
	}
	if len(b.Errors) > 0 {
		p("### Files that could not be read\n\n")
		for _, e := range b.Errors {
			p("- %s\n", md(errText(e)))
		}
		p("\n")
	}
	for _, r := range b.Reports {
		if !r.Scored() {
			p("<details>\n<summary>%s: %s, not scored</summary>\n\n", md(fileLabel(r)), md(r.Status))
		} else {
			p("<details>\n<summary>%s: %d/100, %s</summary>\n\n", md(fileLabel(r)), r.OverallScore, md(trackLabel(r.Track)))
		}
		mw.report(bw, r, "###")
		p("\n</details>\n\n")
	}
	p("<sub>%s</sub>\n", md(toolLine(b.Tool, mw.Opts)))
	return bw.Flush()
}

func (mw *MarkdownWriter) report(bw *bufio.Writer, r *Report, h string) {
	p := func(format string, args ...any) { fmt.Fprintf(bw, format, args...) }
	v := buildView(r)
	p("%s Résumé check: %s\n\n", h, md(v.Name))
	if !r.Scored() {
		p("**Status %s** · not scored", md(r.Status))
		if r.File != "" {
			p(" · %s", md(r.File))
		}
		p("\n\n> %s\n\n", md(statusNote(r)))
		if rs := readSummary(r); rs != "" {
			p("Read: %s\n", md(rs))
		}
		return
	}
	p("**Overall %d/100** · track **%s** · %s", r.OverallScore, md(trackLabel(r.Track)), v.Counts)
	if r.File != "" {
		p(" · %s", md(r.File))
	}
	p("\n\n")
	if rs := readSummary(r); rs != "" {
		p("Read: %s\n\n", md(rs))
	}
	if r.TrackReason != "" {
		p("> %s\n\n", md(r.TrackReason))
	}
	if r.CurrentRole != "" {
		p("%s\n\n", md(r.CurrentRole))
	}
	if r.Level != nil {
		p("**Level** %s\n\n", md(levelLine(r.Level)))
	}
	if len(r.Roles) > 0 {
		p("**Scope, role by role**\n\n")
		for _, rc := range r.Roles {
			p("- %s (%s): %s\n", md(roleScopeLabel(rc)), md(rc.Level), md(scopeLine(&rc.Scope)))
			for _, c := range rc.Checks {
				p("  - ⚠ %s\n", md(c))
			}
		}
		p("\n")
	}
	if r.Level != nil && len(r.Level.Missing) > 0 && r.Level.Next != "" {
		p("Missing for %s: %s\n\n", md(r.Level.Next), md(strings.Join(r.Level.Missing, "; ")))
	}
	if r.Level != nil && len(r.Level.Questions) > 0 {
		p("A coach would ask:\n\n")
		for _, q := range r.Level.Questions {
			p("- %s\n", md(q))
		}
		p("\n")
	}
	if len(v.Areas) > 0 {
		p("| Area | Score | | What drove it |\n| --- | ---: | --- | --- |\n")
		for _, a := range v.Areas {
			facts := make([]string, len(a.Facts))
			for i, f := range a.Facts {
				facts[i] = md(f)
			}
			p("| %s | %d | %s | %s |\n", md(areaTitle(a)), a.Score, code(bar(a.Score, 10)), strings.Join(facts, "; "))
		}
		p("\n")
	}
	if cs := topChanges(r, 5); len(cs) > 0 {
		p("%s# Top changes\n\n", h)
		for i, c := range cs {
			gain := ""
			if c.Gain > 0 {
				gain = fmt.Sprintf(" (+%d)", c.Gain)
			}
			p("%d. %s%s\n", i+1, md(c.Description), gain)
			if c.Before != "" && c.After != "" {
				p("   - before: %s\n   - after: %s\n", md(c.Before), md(c.After))
			}
			if c.Before != "" && c.Question != "" {
				p("   - bullet: %s\n   - ask yourself: %s\n", md(c.Before), md(c.Question))
			}
			if c.Before == "" && c.After != "" {
				p("   - e.g.: %s\n", md(c.After))
			}
		}
		p("\n")
	}
	if len(v.DocFindings) > 0 || len(v.DocSuggest) > 0 {
		p("%s# Whole résumé\n\n", h)
		for _, f := range v.DocFindings {
			p("- %s\n", mdFinding(f))
		}
		for _, s := range v.DocSuggest {
			p("- %s\n", md(s.Message))
		}
		p("\n")
	}
	var roles []roleView
	for _, rv := range v.Roles {
		if len(rv.Findings) > 0 || len(rv.Suggestions) > 0 || anyFlagged(rv.Bullets) {
			roles = append(roles, rv)
		}
	}
	if len(roles) > 0 {
		p("%s# Findings by role\n\n", h)
	}
	for _, rv := range roles {
		p("**%s**\n\n", md(rv.Heading))
		for _, f := range rv.Findings {
			p("- %s\n", mdFinding(f))
		}
		for _, s := range rv.Suggestions {
			p("- %s", md(s.Message))
			if s.Example != "" {
				p(" e.g. *%s*", md(s.Example))
			}
			p("\n")
		}
		for _, bv := range rv.Bullets {
			if !bv.Flagged() {
				continue
			}
			p("- %s", md(bv.Text))
			if pos := posString(bv.Pos); pos != "" {
				p(" <sub>%s</sub>", md(pos))
			}
			p("\n")
			for _, f := range bv.Findings {
				p("  - %s\n", mdFinding(f))
			}
			if len(bv.Findings) == 0 {
				for _, id := range bv.Bullet.Findings {
					p("  - %s\n", code(id))
				}
			}
			if s := bv.Suggestion; s != nil && s.After != "" {
				p("  - rewrite: *%s*\n", md(s.After))
			}
			if s := bv.Suggestion; s != nil && s.Question != "" {
				p("  - ask yourself: %s\n", md(s.Question))
			}
		}
		p("\n")
	}
}

func anyFlagged(bs []bulletView) bool {
	for _, b := range bs {
		if b.Flagged() {
			return true
		}
	}
	return false
}

func mdFinding(f rules.Finding) string {
	level := string(f.Level)
	if f.Level == rules.LevelError || f.Level == rules.LevelWarning {
		level = "**" + level + "**"
	}
	return fmt.Sprintf("%s %s: %s", level, code(f.RuleID), md(f.Message))
}
