package rules

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/resumecheck/resumecheck/internal/nlp"
	"github.com/resumecheck/resumecheck/internal/resume"
	"github.com/resumecheck/resumecheck/internal/signals"
)

// fakeAnalyzer sets signals from fixed words, so engine tests do not depend on the
// real analyser's judgement. Tokens are whitespace-split words tagged VBD when they
// end in "ed", VBZ when capitalised and ending in "s", NN otherwise.
type fakeAnalyzer struct{}

var fakeWords = map[string]*regexp.Regexp{
	signals.Quantified:  regexp.MustCompile(`\d+%?`),
	signals.FirstPerson: regexp.MustCompile(`\b(I|my|me)\b`),
	signals.TeamFraming: regexp.MustCompile(`\b(team|we|mentored)\b`),
	signals.CrossTeam:   regexp.MustCompile(`\b(product|design|sales)\b`),
	signals.Technical:   regexp.MustCompile(`\b(service|database|API)\b`),
	signals.People:      regexp.MustCompile(`\b(hired|mentored|coached)\b`),
	signals.WeakOpener:  regexp.MustCompile(`^Responsible for`),
	signals.Passive:     regexp.MustCompile(`\bwas \w+ed\b`),
}

func (fakeAnalyzer) AnalyzeTokens(text string) (signals.Signals, []nlp.Token) {
	s := signals.Signals{Evidence: map[string][]signals.Span{}}
	for _, name := range signals.Names {
		re := fakeWords[name]
		if re == nil {
			continue
		}
		for _, m := range re.FindAllStringIndex(text, -1) {
			s.Evidence[name] = append(s.Evidence[name], signals.Span{
				Start: utf8.RuneCountInString(text[:m[0]]), End: utf8.RuneCountInString(text[:m[1]])})
		}
	}
	s.SetFromEvidence()
	var toks []nlp.Token
	at := 0
	for _, w := range strings.Fields(text) {
		i := strings.Index(text[at:], w) + at
		st := utf8.RuneCountInString(text[:i])
		tag := "NN"
		switch {
		case strings.HasSuffix(w, "ed"):
			tag = "VBD"
		case strings.HasSuffix(w, "s") && w[0] >= 'A' && w[0] <= 'Z':
			tag = "VBZ"
		}
		toks = append(toks, nlp.Token{Text: w, Tag: tag, Start: st, End: st + utf8.RuneCountInString(w)})
		at = i + len(w)
	}
	s.Words = len(toks)
	if len(toks) > 0 && toks[0].Tag == "VBD" {
		s.ActionVerb = strings.ToLower(toks[0].Text)
	}
	return s, toks
}

// parseMarkdown is a test-only reader for the small Markdown résumés in rule examples:
// "# Name", a contact line, "## Section", "### Title — Organisation", an "*dates*"
// line and "- bullets". The real reader is internal/extract.
func parseMarkdown(md string) (*resume.Document, error) {
	doc := &resume.Document{Source: resume.SourceInfo{File: "example.md", Format: resume.FormatMarkdown}}
	var sec *resume.Section
	var role *resume.Role
	emailRE := regexp.MustCompile(`[\w.+-]+@[\w.-]+\.\w+`)
	phoneRE := regexp.MustCompile(`\+?\d[\d -]{6,}\d`)
	for n, line := range strings.Split(md, "\n") {
		t := strings.TrimSpace(line)
		pos := resume.Pos{Line: n + 1, Column: 1}
		switch {
		case t == "":
		case strings.HasPrefix(t, "<!--"):
		case strings.HasPrefix(t, "### "):
			if sec == nil {
				continue
			}
			title, org, _ := strings.Cut(strings.TrimPrefix(t, "### "), " — ")
			sec.Roles = append(sec.Roles, resume.Role{Title: title, Organisation: org, Pos: pos})
			role = &sec.Roles[len(sec.Roles)-1]
		case strings.HasPrefix(t, "## "):
			h := strings.TrimPrefix(t, "## ")
			kind := resume.KindOther
			for _, k := range []resume.SectionKind{resume.KindExperience, resume.KindEducation, resume.KindSkills, resume.KindSummary, resume.KindProjects} {
				if strings.EqualFold(h, string(k)) {
					kind = k
				}
			}
			doc.Sections = append(doc.Sections, resume.Section{Heading: h, Kind: kind, Pos: pos})
			sec = &doc.Sections[len(doc.Sections)-1]
			role = nil
		case strings.HasPrefix(t, "# "):
			doc.Contact.Name = strings.TrimPrefix(t, "# ")
		case strings.HasPrefix(t, "*") && strings.HasSuffix(t, "*") && role != nil:
			if r, ok := resume.ParseDateRange(strings.Trim(t, "*")); ok {
				role.Start, role.End, role.Current, role.DatesText = r.Start, r.End, r.Current, r.Text
			}
		case strings.HasPrefix(t, "- "):
			b := resume.Bullet{Text: strings.TrimPrefix(t, "- "), Pos: pos}
			if role != nil {
				role.Bullets = append(role.Bullets, b)
			} else if sec != nil {
				sec.Bullets = append(sec.Bullets, b)
			}
		case sec == nil:
			doc.Contact.Emails = append(doc.Contact.Emails, emailRE.FindAllString(t, -1)...)
			doc.Contact.Phones = append(doc.Contact.Phones, phoneRE.FindAllString(t, -1)...)
		default:
			sec.Text = append(sec.Text, resume.Line{Text: t, Pos: pos})
		}
	}
	doc.Experience = resume.ComputeExperience(doc.Sections, resume.Date{Year: 2026, Month: 11})
	return doc, nil
}

func fakeSignals(text string) signals.Signals {
	s, _ := fakeAnalyzer{}.AnalyzeTokens(text)
	return s
}
