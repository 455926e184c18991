// Package reading judges how well a résumé was read before anything scores it: what
// was found (pages, roles, dated roles, bullets, lines placed nowhere), how sure the
// tool is of its reading (high, low, unreadable), and whether the document is an
// unfilled template. A file that was not read, or that is a template, is not scored.
package reading

import (
	"fmt"
	"math"
	"strings"
	"unicode"

	"github.com/resumecheck/resumecheck/internal/resume"
)

// Confidence says how far the tool trusts its reading of a file.
type Confidence string

// Confidences.
const (
	// High: the file was read into sections and dated roles as a reader would.
	High Confidence = "high"
	// Low: the file was read and is scored, but part of it may have been misread
	// (text repaired, many lines placed nowhere, roles without dates, no roles).
	Low Confidence = "low"
	// Unreadable: the file was not read (no text, or text the layout step could not
	// make into roles); it is not scored.
	Unreadable Confidence = "unreadable"
)

// Text qualities.
const (
	TextGood     = "good"     // the text layer read as it is
	TextRepaired = "repaired" // read by a fallback engine, or parts of pages unreadable
	TextNone     = "none"     // no usable text at all
)

// Reading is what was read from one file and how much it can be trusted.
type Reading struct {
	Pages      int `json:"pages"`
	Sections   int `json:"sections"`
	Roles      int `json:"roles"`
	DatedRoles int `json:"dated_roles"`
	Bullets    int `json:"bullets"`
	// Lines counts the lines read (joined wrapped lines count once), contact block
	// included; Unplaced those under no heading or, in a section that holds roles,
	// outside every role. UnplacedAt says where they are.
	Lines      int          `json:"lines"`
	Unplaced   int          `json:"unplaced_lines"`
	UnplacedAt []resume.Pos `json:"unplaced_at,omitempty"`
	// TextQuality is good, repaired or none.
	TextQuality string     `json:"text_quality"`
	Confidence  Confidence `json:"confidence"`
	// Reason says why the confidence is what it is, in one sentence.
	Reason string `json:"reason"`
	// Template lists the signs that the document is an unfilled template; the file is
	// a template when they weigh enough (Vocabulary), and then IsTemplate is true.
	IsTemplate bool     `json:"template"`
	Template   []string `json:"template_signs,omitempty"`
}

// Unread reports whether the file was not read well enough to be scored.
func (r *Reading) Unread() bool { return r != nil && r.Confidence == Unreadable }

// NoText is the reading of a file with no usable text (an image-only PDF, fonts that
// decode to garbage); why is the extractor's reason.
func NoText(pages int, why string) Reading {
	return Reading{Pages: pages, TextQuality: TextNone, Confidence: Unreadable, Reason: why}
}

// Message is the one line a user sees about a file that was not scored: what
// happened and what to try. It is empty for a file that was scored.
func (r *Reading) Message(file string) string {
	if r == nil {
		return ""
	}
	name := file
	if name == "-" || name == "" {
		name = "standard input"
	}
	extract := "resumecheck extract " + shellQuote(file)
	if file == "-" {
		extract = "resumecheck extract -"
	}
	switch {
	case r.Unread() && r.TextQuality == TextNone:
		return fmt.Sprintf("%s: %s; export the PDF again from the original document, or pass a DOCX", name, r.Reason)
	case r.Unread():
		return fmt.Sprintf("%s: not scored: could not be read as a résumé (%s); try another export (or a DOCX), and see what was read with: %s", name, r.Reason, extract)
	case r.IsTemplate:
		return fmt.Sprintf("%s: not scored: reads as an unfilled template (%s); put your own text in place of the sample's, and see what was read with: %s", name, r.TemplateSummary(), extract)
	}
	return ""
}

// TemplateSummary names the template signs found, without their examples.
func (r *Reading) TemplateSummary() string {
	var short []string
	for _, s := range r.Template {
		if i := strings.Index(s, " ("); i > 0 {
			s = s[:i]
		}
		short = append(short, s)
	}
	return strings.Join(short, ", ")
}

func shellQuote(s string) string {
	if s != "" && strings.IndexFunc(s, func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune("/._-+,@%=:", r))
	}) < 0 {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

// element is one line of the document as read, with where it was placed.
type element struct {
	text     string
	pos      resume.Pos
	kind     resume.SectionKind
	unplaced bool // under no heading, or outside every role of a role section
	noHead   bool // under no heading
	bullet   bool
	inRole   bool
}

// elements lists every line of doc in reading order: contact fields, headings, section
// text and bullets, role headers, role text and bullets.
func elements(doc *resume.Document) []element {
	var out []element
	c := doc.Contact
	add := func(s string) {
		if strings.TrimSpace(s) != "" {
			out = append(out, element{text: s, kind: "contact"})
		}
	}
	add(c.Name)
	for _, l := range [][]string{c.Emails, c.Phones, c.Links, c.Lines} {
		for _, s := range l {
			add(s)
		}
	}
	add(c.Location)
	for _, s := range doc.Sections {
		noHead := s.Heading == ""
		outside := !s.OwnLinesPlaced()
		if !noHead {
			out = append(out, element{text: s.Heading, pos: s.Pos, kind: s.Kind})
		}
		for _, l := range s.Text {
			out = append(out, element{text: l.Text, pos: l.Pos, kind: s.Kind, unplaced: outside, noHead: noHead})
		}
		for _, b := range s.Bullets {
			out = append(out, element{text: b.Text, pos: b.Pos, kind: s.Kind, unplaced: outside, noHead: noHead, bullet: true})
		}
		for _, r := range s.Roles {
			out = append(out, element{text: r.Summary(), pos: r.Pos, kind: s.Kind, inRole: true, noHead: noHead})
			for _, l := range r.Text {
				out = append(out, element{text: l.Text, pos: l.Pos, kind: s.Kind, inRole: true, noHead: noHead})
			}
			for _, b := range r.Bullets {
				out = append(out, element{text: b.Text, pos: b.Pos, kind: s.Kind, inRole: true, noHead: noHead, bullet: true})
			}
		}
	}
	return out
}

// notJobs are the kinds of sections whose dated and job-like lines are not jobs (a
// degree's years, a certificate's "Solutions Architect"); only a range that runs to
// the present there still reads as a job that landed in the wrong section, as
// interleaved sidebars leave them. Education and projects never hold jobs (a
// project's dates are not a job's, even when it is laid out like one).
var notJobs = map[resume.SectionKind]bool{
	resume.KindSkills: true, resume.KindCertifications: true,
	resume.KindPublications: true, resume.KindAwards: true, "contact": true,
}

// Assess reads what was found in doc and judges it with v.
func Assess(doc *resume.Document, v *Vocabulary) Reading {
	r := Reading{Pages: doc.Source.Pages, TextQuality: textQuality(doc)}
	r.Sections, r.Roles, r.Bullets = doc.Counts()
	for _, s := range doc.Sections {
		for _, ro := range s.Roles {
			if ro.Start != nil || ro.End != nil {
				r.DatedRoles++
			}
		}
	}
	els := elements(doc)
	words, noHeadWords, unplacedWords := 0, 0, 0
	dated, jobLike := 0, 0
	for _, e := range els {
		n := len(strings.Fields(e.text))
		words += n
		r.Lines++
		if e.unplaced {
			r.Unplaced++
			unplacedWords += n
			r.UnplacedAt = append(r.UnplacedAt, e.pos)
		}
		// A role read under no heading (employers as headings, a page that opens with
		// its jobs) is placed: it is the lines outside every role that are not.
		if e.noHead && !e.inRole {
			noHeadWords += n
		}
		// Dated and job-like lines only matter when no role was read; looking for
		// dates in every line of a read résumé would be most of this step's time.
		if r.Roles > 0 || e.inRole || e.kind == resume.KindEducation || e.kind == resume.KindProjects {
			continue
		}
		// A bullet is a line about work, not a role's header: one counts only when it is
		// as short as a header and holds a date range ("Developer, Acme, 2019 - 2021").
		// A list of bullets that mention dates and job words ("as lead engineer from 2015
		// to 2018 I…") is read, not a sign of roles the tool missed.
		dr, _, _, isDated := resume.FindDateRange(e.text)
		isDated = isDated && (dr.Current || dr.End != nil && !notJobs[e.kind])
		if e.bullet && (n > v.JobLineWords || !isDated) {
			continue
		}
		if isDated {
			dated++
		}
		if !notJobs[e.kind] && n <= v.JobLineWords && v.hasJobWord(e.text) {
			jobLike++
		}
	}
	r.Template = v.templateSigns(doc, els)
	r.IsTemplate = len(r.Template) > 0

	share := func(part int) float64 {
		if words == 0 {
			return 0
		}
		return float64(part) / float64(words)
	}
	var low []string
	switch {
	case words == 0:
		r.Confidence, r.Reason = Unreadable, "no text was found"
	case r.Roles == 0 && (dated > 0 || jobLike >= v.JobLinesUnread):
		r.Confidence = Unreadable
		var found []string
		if dated > 0 {
			found = append(found, plural(dated, "line with a date range", "lines with a date range"))
		}
		if jobLike > 0 {
			found = append(found, plural(jobLike, "job-like line", "job-like lines"))
		}
		r.Reason = strings.Join(found, " and ") + " found, but none was read as a role"
	case share(noHeadWords) > v.UnreadUnplaced:
		r.Confidence = Unreadable
		r.Reason = fmt.Sprintf("%d%% of the text is under no heading", pct(share(noHeadWords)))
	default:
		if r.TextQuality != TextGood {
			low = append(low, "the text layer had to be repaired")
		}
		if share(unplacedWords) > v.LowUnplaced {
			// rounded up: a share just over the threshold must not read as the threshold
			low = append(low, fmt.Sprintf("%d%% of the text is placed in no section or role", int(math.Ceil(share(unplacedWords)*100))))
		}
		if r.Roles == 0 {
			low = append(low, "no roles were found")
		} else if float64(r.Roles-r.DatedRoles) > v.LowUndated*float64(r.Roles) {
			low = append(low, fmt.Sprintf("%d of %d roles have no dates", r.Roles-r.DatedRoles, r.Roles))
		}
		if len(low) > 0 {
			r.Confidence, r.Reason = Low, strings.Join(low, "; ")
		} else {
			r.Confidence = High
			r.Reason = "roles read with their dates, and the text in sections"
		}
	}
	return r
}

func pct(x float64) int { return int(x*100 + 0.5) }

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// textQuality reads what the extractor said about the text layer.
func textQuality(doc *resume.Document) string {
	for _, w := range doc.Warnings {
		if strings.Contains(w, "used pdftotext") || strings.Contains(w, "only partly readable") {
			return TextRepaired
		}
	}
	return TextGood
}

func (v *Vocabulary) hasJobWord(s string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !(unicode.IsLetter(r) || r == '-')
	}) {
		if v.jobWords[w] {
			return true
		}
	}
	return false
}

// templateSigns lists the template signs found in the document, or nil when they
// weigh less than the vocabulary's minimum.
func (v *Vocabulary) templateSigns(doc *resume.Document, els []element) []string {
	norm := func(s string) string {
		return strings.ToLower(strings.Join(strings.Fields(s), " "))
	}
	var roleFields []string
	for _, s := range doc.Sections {
		for _, ro := range s.Roles {
			for _, f := range []string{ro.Title, ro.Organisation} {
				f = strings.Trim(norm(f), " .,:;-–—|")
				if f != "" {
					roleFields = append(roleFields, f)
				}
			}
		}
	}
	var all, bullets []string
	for _, e := range els {
		all = append(all, norm(e.text))
		if e.bullet {
			bullets = append(bullets, strings.TrimSpace(norm(e.text)))
		}
	}
	total := 0
	var found []string
	for _, s := range v.template.Signs {
		var texts []string
		switch s.Where {
		case "any":
			texts = all
		case "role":
			texts = roleFields
		case "name":
			texts = []string{strings.TrimSpace(norm(doc.Contact.Name))}
		case "bullet":
			texts = bullets
		}
		n := 0
		for _, t := range texts {
			if s.mayMatch(t) && s.re.MatchString(t) {
				n++
			}
		}
		if n == 0 {
			continue
		}
		total += min(n*s.Weight, s.Cap)
		found = append(found, s.Why)
	}
	if total < v.template.MinWeight {
		return nil
	}
	return found
}

// mayMatch says whether t holds one of the sign's needles (always, when it has none).
func (s *sign) mayMatch(t string) bool {
	if len(s.Needles) == 0 {
		return true
	}
	for _, n := range s.Needles {
		if strings.Contains(t, n) {
			return true
		}
	}
	return false
}
