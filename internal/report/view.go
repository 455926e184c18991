package report

import (
	"cmp"
	"fmt"
	"path/filepath"
	"slices"
	"strings"

	"github.com/resumecheck/resumecheck/internal/resume"
	"github.com/resumecheck/resumecheck/internal/rules"
	"github.com/resumecheck/resumecheck/internal/signals"
)

// This file turns a Report into the grouped, sorted shape the human-readable writers
// (text, Markdown, HTML) share, so they agree on what belongs to which role and in what
// order, and none of them trusts a reference to point inside the document.

// roleView is one role (or one section's loose bullets) with what was found in it.
type roleView struct {
	Section, Role int
	Heading       string // "Staff Engineer · Acme · 2021 – present"
	SectionName   string
	Findings      []rules.Finding // role-scoped findings
	Suggestions   []RoleSuggestion
	Bullets       []bulletView
}

// bulletView is a bullet with its full findings.
type bulletView struct {
	Bullet
	Findings []rules.Finding
}

// Flagged reports whether a bullet has something to act on.
func (b bulletView) Flagged() bool {
	return len(b.Findings) > 0 || len(b.Bullet.Findings) > 0 || b.Suggestion != nil
}

// view is what the human-readable writers print for one report.
type view struct {
	R           *Report
	Name        string
	Areas       []Area
	Roles       []roleView
	DocFindings []rules.Finding
	DocSuggest  []RoleSuggestion
	Counts      levelCounts
}

type levelCounts struct{ Errors, Warnings, Suggestions int }

func (c levelCounts) String() string {
	var parts []string
	plural := func(n int, word string) {
		if n == 1 {
			parts = append(parts, fmt.Sprintf("%d %s", n, word))
		} else if n > 1 {
			parts = append(parts, fmt.Sprintf("%d %ss", n, word))
		}
	}
	plural(c.Errors, "error")
	plural(c.Warnings, "warning")
	plural(c.Suggestions, "suggestion")
	if len(parts) == 0 {
		return "no findings"
	}
	return strings.Join(parts, ", ")
}

func countLevels(fs []rules.Finding) levelCounts {
	var c levelCounts
	for _, f := range fs {
		switch f.Level {
		case rules.LevelError:
			c.Errors++
		case rules.LevelWarning:
			c.Warnings++
		default:
			c.Suggestions++
		}
	}
	return c
}

func displayName(r *Report) string {
	if r.Document != nil && strings.TrimSpace(r.Document.Contact.Name) != "" {
		return strings.TrimSpace(r.Document.Contact.Name)
	}
	if r.File != "" {
		return filepath.Base(r.File)
	}
	return "résumé"
}

// areasOf returns the areas in display order: AreaDetails when the scorer filled it,
// otherwise the Areas map sorted by name.
func areasOf(r *Report) []Area {
	if len(r.AreaDetails) > 0 {
		return r.AreaDetails
	}
	names := make([]string, 0, len(r.Areas))
	for n := range r.Areas {
		names = append(names, n)
	}
	slices.Sort(names)
	out := make([]Area, len(names))
	for i, n := range names {
		out[i] = Area{Name: n, Title: n, Score: r.Areas[n]}
	}
	return out
}

func areaTitle(a Area) string {
	if a.Title != "" {
		return a.Title
	}
	return a.Name
}

func buildView(r *Report) *view {
	v := &view{R: r, Name: displayName(r), Areas: areasOf(r), Counts: countLevels(r.Findings)}
	type key struct{ s, r int }
	roles := map[key]*roleView{}
	get := func(ref resume.Ref) *roleView {
		k := key{ref.Section, ref.Role}
		if rv, ok := roles[k]; ok {
			return rv
		}
		rv := &roleView{Section: ref.Section, Role: ref.Role}
		rv.SectionName, rv.Heading = roleHeading(r.Document, ref)
		roles[k] = rv
		return rv
	}
	byBullet := map[resume.Ref][]rules.Finding{}
	for _, f := range r.Findings {
		switch {
		case f.Scope == rules.ScopeBullet || (f.Scope == "" && f.Ref.Bullet >= 0 && f.Ref.Section >= 0):
			byBullet[f.Ref] = append(byBullet[f.Ref], f)
		case f.Scope == rules.ScopeRole || (f.Scope == "" && f.Ref.Section >= 0):
			rv := get(f.Ref)
			rv.Findings = append(rv.Findings, f)
		default:
			v.DocFindings = append(v.DocFindings, f)
		}
	}
	seen := map[resume.Ref]bool{}
	for _, b := range r.Bullets {
		rv := get(b.Ref)
		fs := slices.Clone(byBullet[b.Ref])
		seen[b.Ref] = true
		rv.Bullets = append(rv.Bullets, bulletView{Bullet: b, Findings: fs})
	}
	// A bullet finding whose bullet is missing from Bullets still has to be shown.
	var orphans []resume.Ref
	for ref := range byBullet {
		if !seen[ref] {
			orphans = append(orphans, ref)
		}
	}
	slices.SortFunc(orphans, compareRef)
	for _, ref := range orphans {
		fs := slices.Clone(byBullet[ref])
		rv := get(ref)
		rv.Bullets = append(rv.Bullets, bulletView{Bullet: Bullet{Ref: ref, Pos: fs[0].Pos, Text: bulletText(r.Document, ref)}, Findings: fs})
	}
	for _, s := range r.RoleSuggestions {
		if s.Ref.Section < 0 {
			v.DocSuggest = append(v.DocSuggest, s)
			continue
		}
		rv := get(s.Ref)
		rv.Suggestions = append(rv.Suggestions, s)
	}
	for _, rv := range roles {
		slices.SortStableFunc(rv.Bullets, func(a, b bulletView) int { return cmp.Compare(a.Ref.Bullet, b.Ref.Bullet) })
		v.Roles = append(v.Roles, *rv)
	}
	slices.SortFunc(v.Roles, func(a, b roleView) int {
		return cmp.Or(cmp.Compare(a.Section, b.Section), cmp.Compare(a.Role, b.Role))
	})
	return v
}

func compareRef(a, b resume.Ref) int {
	return cmp.Or(cmp.Compare(a.Section, b.Section), cmp.Compare(a.Role, b.Role), cmp.Compare(a.Bullet, b.Bullet))
}

// roleHeading names the section and role a ref points at, falling back to numbers when
// the ref is outside the document.
func roleHeading(d *resume.Document, ref resume.Ref) (section, heading string) {
	if d == nil || ref.Section < 0 || ref.Section >= len(d.Sections) {
		return "", fmt.Sprintf("Section %d", ref.Section+1)
	}
	s := d.Sections[ref.Section]
	section = s.Heading
	if ref.Role < 0 || ref.Role >= len(s.Roles) {
		if s.Heading == "" {
			return "", fmt.Sprintf("Section %d", ref.Section+1)
		}
		return section, s.Heading
	}
	ro := s.Roles[ref.Role]
	var parts []string
	for _, p := range []string{ro.Title, ro.Organisation, roleDates(ro)} {
		if p = strings.TrimSpace(p); p != "" {
			parts = append(parts, p)
		}
	}
	if len(parts) == 0 {
		parts = append(parts, fmt.Sprintf("Role %d", ref.Role+1))
	}
	return section, strings.Join(parts, " · ")
}

func roleDates(ro resume.Role) string {
	if ro.DatesText != "" {
		return ro.DatesText
	}
	if ro.Start == nil {
		return ""
	}
	end := "present"
	if ro.End != nil {
		end = formatDate(*ro.End)
	} else if !ro.Current {
		end = ""
	}
	if end == "" {
		return formatDate(*ro.Start)
	}
	return formatDate(*ro.Start) + " – " + end
}

func formatDate(d resume.Date) string {
	if d.Month >= 1 && d.Month <= 12 {
		return fmt.Sprintf("%04d-%02d", d.Year, d.Month)
	}
	return fmt.Sprintf("%04d", d.Year)
}

func bulletText(d *resume.Document, ref resume.Ref) string {
	if d == nil || ref.Section < 0 || ref.Section >= len(d.Sections) {
		return ""
	}
	s := d.Sections[ref.Section]
	bs := s.Bullets
	if ref.Role >= 0 {
		if ref.Role >= len(s.Roles) {
			return ""
		}
		bs = s.Roles[ref.Role].Bullets
	}
	if ref.Bullet < 0 || ref.Bullet >= len(bs) {
		return ""
	}
	return bs[ref.Bullet].Text
}

// posString says where a bullet came from in the input file, in the form a reader can
// look it up: "page 1, line 12", "paragraph 9", "line 14", "/work/0/highlights/2".
func posString(p resume.Pos) string {
	switch {
	case p.Page > 0 && p.Line > 0:
		return fmt.Sprintf("page %d, line %d", p.Page, p.Line)
	case p.Page > 0:
		return fmt.Sprintf("page %d", p.Page)
	case p.Paragraph > 0:
		return fmt.Sprintf("paragraph %d", p.Paragraph)
	case p.Line > 0 && p.Column > 0:
		return fmt.Sprintf("line %d:%d", p.Line, p.Column)
	case p.Line > 0:
		return fmt.Sprintf("line %d", p.Line)
	case p.Path != "":
		return p.Path
	}
	return ""
}

// segment is a run of bullet text covered by the same set of evidence signals.
type segment struct {
	Text    string
	Signals []string // signal names in signals.Names order; empty for plain text
}

// segments cuts text at every evidence boundary. Spans are rune offsets, half-open;
// spans out of range or inverted are clipped or dropped, never trusted, so bad analysis
// output cannot make a writer panic or lose text.
func segments(text string, ev map[string][]signals.Span) []segment {
	runes := []rune(text)
	n := len(runes)
	if n == 0 {
		return nil
	}
	cover := make([][]string, n)
	// Walk signal names in a fixed order (known names first, then unknown sorted) so the
	// output does not depend on map order.
	names := evidenceNames(ev)
	for _, name := range names {
		for _, sp := range ev[name] {
			s, e := max(sp.Start, 0), min(sp.End, n)
			for i := s; i < e; i++ {
				if !slices.Contains(cover[i], name) {
					cover[i] = append(cover[i], name)
				}
			}
		}
	}
	var out []segment
	start := 0
	for i := 1; i <= n; i++ {
		if i == n || !slices.Equal(cover[i], cover[start]) {
			out = append(out, segment{Text: string(runes[start:i]), Signals: cover[start]})
			start = i
		}
	}
	return out
}

func evidenceNames(ev map[string][]signals.Span) []string {
	var names []string
	for _, n := range signals.Names {
		if _, ok := ev[n]; ok {
			names = append(names, n)
		}
	}
	var extra []string
	for n := range ev {
		if !slices.Contains(signals.Names, n) {
			extra = append(extra, n)
		}
	}
	slices.Sort(extra)
	return append(names, extra...)
}

// spanText returns the text of a span, clipped to the bullet.
func spanText(text string, sp signals.Span) string {
	runes := []rune(text)
	s, e := max(sp.Start, 0), min(sp.End, len(runes))
	if s >= e {
		return ""
	}
	return string(runes[s:e])
}

// signalLabel is how people read a signal name.
var signalLabels = map[string]string{
	signals.Quantified:    "numbers",
	signals.FirstPerson:   "first person",
	signals.TeamFraming:   "team framing",
	signals.CrossTeam:     "cross-team",
	signals.Technical:     "technical",
	signals.People:        "people",
	signals.PM:            "planning",
	signals.Communication: "communication",
	signals.WeakOpener:    "weak opener",
	signals.Passive:       "passive voice",
}

func signalLabel(name string) string {
	if l, ok := signalLabels[name]; ok {
		return l
	}
	return strings.ReplaceAll(name, "_", " ")
}

// trueSignals lists the boolean signals a bullet shows, in signals.Names order.
func trueSignals(s signals.Signals) []string {
	var out []string
	for _, n := range signals.Names {
		if s.Get(n) {
			out = append(out, n)
		}
	}
	return out
}

// topChanges returns at most n changes ordered by rank.
func topChanges(r *Report, n int) []Change {
	cs := slices.Clone(r.TopChanges)
	slices.SortStableFunc(cs, func(a, b Change) int { return cmp.Compare(a.Rank, b.Rank) })
	if len(cs) > n {
		cs = cs[:n]
	}
	return cs
}

func trackLabel(t string) string {
	switch t {
	case "ic":
		return "IC"
	case "tech-lead":
		return "tech lead"
	case "em-ready":
		return "EM-ready"
	case "":
		return "unknown"
	}
	return t
}

// readSummary is the one-line account of what was read from a file and how far it is
// trusted: "2 pages · 5 roles (4 dated) · 23 bullets · 3 of 60 lines in no section or
// role · text good · confidence high (…)". Empty when the report carries no reading.
func readSummary(r *Report) string {
	rd := r.Reading
	if rd == nil {
		return ""
	}
	var parts []string
	if rd.Pages > 0 {
		parts = append(parts, plural(rd.Pages, "page", "pages"))
	}
	parts = append(parts,
		fmt.Sprintf("%s (%d dated)", plural(rd.Roles, "role", "roles"), rd.DatedRoles),
		plural(rd.Bullets, "bullet", "bullets"),
		fmt.Sprintf("%d of %d lines in no section or role", rd.Unplaced, rd.Lines),
		"text "+rd.TextQuality,
		fmt.Sprintf("confidence %s (%s)", rd.Confidence, rd.Reason))
	return strings.Join(parts, " · ")
}

// statusNote is what a report that was not scored says instead of a score: the
// status and the one line of what to try. Empty for a scored report.
func statusNote(r *Report) string {
	if r.Scored() {
		return ""
	}
	if m := r.Reading.Message(r.File); m != "" {
		return strings.TrimPrefix(strings.TrimPrefix(m, displayFile(r.File)+": "), "not scored: ")
	}
	return "not scored"
}

func displayFile(f string) string {
	if f == "-" || f == "" {
		return "standard input"
	}
	return f
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// readCounts is the short form of what was read, for one-line summaries: "unread:
// 0 roles, 0 bullets; 3 lines with a date range found, but none was read as a role".
func readCounts(r *Report) string {
	rd := r.Reading
	if rd == nil {
		return "nothing read"
	}
	why := rd.Reason
	if !rd.Unread() && rd.IsTemplate {
		why = rd.TemplateSummary()
	}
	return fmt.Sprintf("%s, %s; %s", plural(rd.Roles, "role", "roles"), plural(rd.Bullets, "bullet", "bullets"), why)
}
