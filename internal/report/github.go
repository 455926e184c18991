package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/resumecheck/resumecheck/internal/resume"
	"github.com/resumecheck/resumecheck/internal/rules"
)

type resumePos = resume.Pos

// GitHubWriter prints GitHub Actions workflow commands, which the runner turns into
// inline annotations on the files: one per finding, one notice per file with its score,
// and one error per file that could not be read.
type GitHubWriter struct{ Opts Options }

var _ Writer = (*GitHubWriter)(nil)

func init() {
	formats["github"] = func(o Options) Writer { return &GitHubWriter{Opts: o} }
}

func githubLevel(l rules.Level) string {
	switch l {
	case rules.LevelError:
		return "error"
	case rules.LevelWarning:
		return "warning"
	}
	return "notice"
}

// Workflow-command escaping: the message escapes %, CR and LF; property values also
// escape the separators : and ,.
var (
	ghData = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A")
	ghProp = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C")
)

func (w *GitHubWriter) Write(out io.Writer, b *Batch) error {
	b = prepare(b, w.Opts)
	var sb strings.Builder
	for _, r := range b.Reports {
		file := ghProp.Replace(uri(r.File))
		who := ""
		if name := personName(r); name != "" {
			who = name + ": "
		}
		if !r.Scored() {
			fmt.Fprintf(&sb, "::error file=%s,title=%s::%s\n", file, ghProp.Replace("resumecheck: "+r.Status),
				ghData.Replace(r.Reading.Message(r.File)))
			continue
		}
		fmt.Fprintf(&sb, "::notice file=%s,title=%s::%s\n", file,
			ghProp.Replace(fmt.Sprintf("resumecheck %d/100", r.OverallScore)),
			ghData.Replace(fmt.Sprintf("%sEM-readiness %d/100, track %s: %s", who, r.OverallScore, r.Track, r.TrackReason)))
		for _, f := range r.Findings {
			props := "file=" + file
			if line, col, ok := lineColumn(r, f.Pos); ok {
				props += fmt.Sprintf(",line=%d,col=%d", line, col)
			}
			props += ",title=" + ghProp.Replace(f.RuleID)
			msg := findingText(r, f)
			if s := suggestionFor(r, f); s != "" {
				msg += "\nSuggested: " + s
			}
			fmt.Fprintf(&sb, "::%s %s::%s\n", githubLevel(f.Level), props, ghData.Replace(msg))
		}
	}
	for _, e := range b.Errors {
		fmt.Fprintf(&sb, "::error file=%s,title=resumecheck::%s\n", ghProp.Replace(uri(e.File)), ghData.Replace(e.Error))
	}
	_, err := io.WriteString(out, sb.String())
	return err
}

// suggestionFor returns the rewrite of the bullet a finding points at, if there is one.
func suggestionFor(r *Report, f rules.Finding) string {
	if f.Ref.Bullet < 0 {
		return ""
	}
	for _, b := range r.Bullets {
		if b.Ref == f.Ref && b.Suggestion != nil {
			return b.Suggestion.After
		}
	}
	return ""
}
