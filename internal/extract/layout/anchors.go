package layout

import (
	"strings"
	"unicode"

	"github.com/resumecheck/resumecheck/internal/resume"
)

// Roles are found where a reader finds them: a date, a range or a single one, near a
// line that names a job title, whatever section (or none) they sit in. Section headings
// are evidence, not a precondition: a résumé whose employers are its headings, or whose
// jobs sit under a heading layout does not know, still has roles.

// roleAnchors counts the role anchors among a section's lines: a header-like line (not
// a bullet, not prose) carrying a date range (a single year beside a title is as often
// a talk, a prize or a committee seat), with a strong job-title word on it or on a
// header-like line within two lines of it, and no degree word on those lines (a dated
// "Master of Science" is a degree, not a job).
func roleAnchors(items []item) int {
	n := 0
	for k, it := range items {
		if it.Bullet || !hasRange(it.text) || sentenceLike(it) {
			continue
		}
		title, degree := false, false
		for j := max(0, k-2); j < min(len(items), k+3); j++ {
			x := items[j]
			if x.Bullet || j != k && sentenceLike(x) {
				continue
			}
			if strongTitle(x.text) {
				title = true
			}
			if hasDegreeWord(x.text) {
				degree = true
			}
		}
		if title && !degree {
			n++
		}
	}
	return n
}

// strongTitle: a word that names a job on its own ("engineer", "manager", "intern"),
// not one that only qualifies one ("senior", "member").
func strongTitle(s string) bool {
	for _, w := range lowerWords(s) {
		if titleWords[w] >= 2 {
			return true
		}
		if strings.ContainsAny(w, "-/") {
			for _, p := range strings.FieldsFunc(w, func(r rune) bool { return r == '-' || r == '/' }) {
				if titleWords[p] >= 2 {
					return true
				}
			}
		}
	}
	return false
}

func hasDegreeWord(s string) bool {
	for _, w := range lowerWords(s) {
		if degreeWords[w] || degreeWords[strings.TrimRight(w, ".")] {
			return true
		}
	}
	return false
}

// lowerWords splits s into lower-case words, keeping the dots, hyphens, slashes and
// apostrophes inside them ("B.Sc.", "co-founder", "master's").
func lowerWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '.' && r != '-' && r != '/' && r != '\'' && r != '’'
	})
}

// employerHeading says whether an unrecognised heading names the employer of the
// role under it: read without it, the section's first role has a job title and no
// organisation, and a date of its own or in the heading ("Acme Lending - Denver" /
// "Fullstack Developer - Aug 2019 - Feb 2020"; "Initech (2014 – 2018)" / "Backend
// Developer"). Otherwise the heading names the section ("Where I have worked").
func (b *builder) employerHeading(head item, items []item) bool {
	if hasDegreeWord(head.text) || sentenceLike(head) {
		return false
	}
	s := resume.Section{Kind: resume.KindExperience}
	b.roles(&s, items)
	if len(s.Roles) == 0 {
		return false
	}
	r := s.Roles[0]
	return (r.Start != nil || hasDate(head.text)) && r.Organisation == "" && strongTitle(r.Title)
}

// isContinued says whether a heading continues the section before it
// ("Experience (continued)", "Work, cont.").
func isContinued(heading string) bool {
	for _, w := range headingWords(heading) {
		if continuedWords[w] {
			return true
		}
	}
	return false
}

// appendSection moves the content of a section that continues over a page break (or
// under a "(continued)" heading) into the section it continues: roles follow its roles,
// and lines before the first role go on the last role.
func appendSection(to *resume.Section, from resume.Section) {
	if n := len(to.Roles); n > 0 {
		last := &to.Roles[n-1]
		last.Bullets = append(last.Bullets, from.Bullets...)
		last.Text = append(last.Text, from.Text...)
	} else {
		to.Bullets = append(to.Bullets, from.Bullets...)
		to.Text = append(to.Text, from.Text...)
	}
	to.Roles = append(to.Roles, from.Roles...)
}

// furniture says whether a line is page furniture: a page number ("Page 2 of 3",
// "2 / 3"), a "(continued)" line, or a running head that repeats the name from the top
// of the first page with nothing but a page number or the word résumé beside it.
func furniture(it item, name string) bool {
	if it.words > 12 {
		return false
	}
	if furnitureRE.MatchString(it.text) {
		return true
	}
	if name == "" {
		return false
	}
	low := strings.ToLower(it.text)
	i := strings.Index(low, name)
	if i < 0 {
		return false
	}
	rest := low[:i] + " " + low[i+len(name):]
	for _, w := range strings.FieldsFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if !runningHeadWords[w] {
			return false
		}
	}
	return true
}

// hasRange: s holds a date range, or a start that runs to the present.
func hasRange(s string) bool {
	d, _, _, ok := findDate(s)
	return ok && (d.Current || d.End != nil && d.Start != nil && *d.End != *d.Start)
}
