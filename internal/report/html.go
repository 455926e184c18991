package report

import (
	"cmp"
	"embed"
	"fmt"
	"github.com/resumecheck/resumecheck/internal/scope"
	"html/template"
	"io"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/resumecheck/resumecheck/internal/rules"
)

// HTMLWriter prints the coach's report: one self-contained HTML file with inline CSS and
// inline SVG, no script, no font, no request of any kind, and a Content-Security-Policy
// that forbids all of them should anything slip through. Everything that comes from the
// résumé goes through html/template's contextual escaping.
type HTMLWriter struct{ Opts Options }

var _ Writer = (*HTMLWriter)(nil)

//go:embed templates/report.html.tmpl templates/style.css
var templateFS embed.FS

// pageTemplate is parsed when a page is first written, not at package init: most runs
// write no HTML.
var pageTemplate = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("report.html.tmpl").ParseFS(templateFS, "templates/report.html.tmpl"))
})

// styleSheet is trusted text of our own, embedded at build time; it never holds résumé
// text, which is what makes the template.CSS conversion safe.
var styleSheet = func() template.CSS {
	b, err := templateFS.ReadFile("templates/style.css")
	if err != nil {
		panic(err)
	}
	return template.CSS(b)
}()

// Content of the page, built in Go so the template only places values.
type htmlPage struct {
	Title   string
	CSS     template.CSS
	Back    string // link to the batch index, when the page is one of a directory
	Index   *htmlIndex
	Reports []htmlReport
	Tool    string
}

type htmlReport struct {
	ID          string
	Name        string
	File        string
	Date        string
	Overall     int
	Band        string // good, fair, weak: colour of the score
	Gauge       htmlGauge
	Track       string
	TrackReason string
	CurrentRole string
	Counts      string
	Contact     []string
	Experience  string
	Warnings    []string
	Chart       htmlChart
	Areas       []htmlArea
	Changes     []Change
	DocFindings []htmlFinding
	DocSuggest  []RoleSuggestion
	Roles       []htmlRole
	Interview   []Question
	// Level and Scope: the level the page reads as and a scope row per role.
	Level     string
	NextLevel string
	Missing   []string
	Questions []string
	Scope     []htmlScopeRow
	NoteLines []int
	Legend    []htmlSeg
	// Scored is false for an unread file or a template: the page shows Status and
	// StatusNote instead of a score, a track and areas.
	Scored     bool
	Status     string
	StatusNote string
	Read       string // what was read and how far it is trusted
}

type htmlGauge struct {
	Dash, Gap float64
}

type htmlArea struct {
	Title string
	Score int
	Band  string
	Facts []string
}

type htmlChart struct {
	Width, Height int
	LabelX, BarX  int
	Bars          []htmlBar
	Ticks         []htmlTick
}

type htmlBar struct {
	Label              string
	Score              int
	Band               string
	Y, TextY, W, Track int
	ValueX             int
}

type htmlTick struct {
	X     int
	Label string
}

type htmlRole struct {
	Heading     string
	Section     string
	Findings    []htmlFinding
	Suggestions []RoleSuggestion
	Bullets     []htmlBullet
}

type htmlBullet struct {
	Segs     []htmlSeg
	Pos      string
	Flagged  bool
	Findings []htmlFinding
	IDs      []string
	Before   string
	After    string
	Question string
	Signals  string
	// Judged is false for the bullets of an unread file: shown with their signals,
	// never said to have no findings.
	Judged bool
}

type htmlSeg struct {
	Text  string
	Class string // space-separated class names made only of [a-z0-9_-]
	Title string
}

type htmlFinding struct {
	Level   string
	Rule    string
	Message string
	Why     string
	Quote   string
}

type htmlIndex struct {
	Orders []htmlOrder
	// Unscored are the unread files and templates, listed apart from the scored
	// table so that none reads as a weak candidate.
	Unscored []htmlUnscored
	Errors   []string
}

type htmlUnscored struct {
	Href, Name, File, Status string
	Roles, Bullets           int
	Why                      string
}

type htmlOrder struct {
	ID      string
	Default bool
	Caption string
	Headers []htmlHeader
	Rows    []htmlRow
}

type htmlHeader struct {
	Label   string
	Href    string
	Mark    string
	Numeric bool
}

type htmlRow struct {
	Href    string
	Name    string
	File    string
	Overall int
	Band    string
	Track   string
	Scope   string // largest team / reports / hires
	Roles   int
	Bullets int
	Areas   []htmlCell
}

// htmlScopeRow is one role of the scope table; "–" where the page gives no number.
type htmlScopeRow struct {
	Role, Level                                     string
	Team, Reports, Teams, Managers, Hired, Promoted string
	Other                                           string
	Checks                                          []string
}

type htmlCell struct {
	Text string
	Band string
}

// Write prints the batch as one file: a single report, or for a batch the index table
// followed by every report, each starting on a new printed page.
func (hw *HTMLWriter) Write(w io.Writer, b *Batch) error {
	b = prepare(b, hw.Opts)
	page := &htmlPage{CSS: styleSheet, Tool: toolLine(b.Tool, hw.Opts)}
	for i, r := range b.Reports {
		page.Reports = append(page.Reports, buildHTMLReport(r, fmt.Sprintf("r%d", i+1)))
	}
	if isSingle(b) {
		page.Title = page.Reports[0].Name + " · résumé report"
		page.Tool = toolLine(b.Reports[0].Tool, hw.Opts)
	} else {
		page.Title = fmt.Sprintf("Résumé reports (%d)", len(b.Reports))
		hrefs := make([]string, len(b.Reports))
		for i := range hrefs {
			hrefs[i] = "#" + page.Reports[i].ID
		}
		page.Index = buildIndex(b, hrefs)
	}
	return pageTemplate().Execute(w, page)
}

// writePage prints one report of a directory batch, with a link back to the index.
func (hw *HTMLWriter) writePage(w io.Writer, r *Report, back string) error {
	hr := buildHTMLReport(r, "r1")
	page := &htmlPage{CSS: styleSheet, Title: hr.Name + " · résumé report", Back: back,
		Reports: []htmlReport{hr}, Tool: toolLine(r.Tool, hw.Opts)}
	return pageTemplate().Execute(w, page)
}

// writeIndex prints the directory batch's index.html.
func (hw *HTMLWriter) writeIndex(w io.Writer, b *Batch, pages []string) error {
	page := &htmlPage{CSS: styleSheet, Title: fmt.Sprintf("Résumé reports (%d)", len(b.Reports)),
		Index: buildIndex(b, pages), Tool: toolLine(b.Tool, hw.Opts)}
	return pageTemplate().Execute(w, page)
}

func band(score int) string {
	switch {
	case score >= 70:
		return "good"
	case score >= 50:
		return "fair"
	}
	return "weak"
}

// evClass turns a signal name into a class name; names come from the analysis, and a
// class attribute must never carry anything but these characters.
func evClass(name string) string {
	var sb strings.Builder
	sb.WriteString("ev-")
	for _, r := range name {
		if (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') || r == '-' || r == '_' {
			sb.WriteRune(r)
		}
	}
	return sb.String()
}

func legend() []htmlSeg {
	var out []htmlSeg
	for _, n := range []string{"quantified", "first_person", "team_framing", "people", "cross_team", "weak_opener", "passive", "technical", "pm", "communication"} {
		out = append(out, htmlSeg{Text: signalLabel(n), Class: "ev " + evClass(n)})
	}
	return out
}

func htmlFindings(fs []rules.Finding, text string) []htmlFinding {
	out := make([]htmlFinding, 0, len(fs))
	for _, f := range fs {
		hf := htmlFinding{Level: string(f.Level), Rule: f.RuleID, Message: f.Message, Why: f.Why}
		if hf.Level == "" {
			hf.Level = string(rules.LevelSuggestion)
		}
		if f.Span != nil && text != "" {
			hf.Quote = spanText(text, *f.Span)
		}
		out = append(out, hf)
	}
	return out
}

func buildHTMLReport(r *Report, id string) htmlReport {
	v := buildView(r)
	hr := htmlReport{
		ID: id, Name: v.Name, File: r.File, Date: r.Date, Overall: r.OverallScore, Band: band(r.OverallScore),
		Track: trackLabel(r.Track), TrackReason: r.TrackReason, CurrentRole: r.CurrentRole, Counts: v.Counts.String(),
		Changes: topChanges(r, 5), DocFindings: htmlFindings(v.DocFindings, ""), DocSuggest: v.DocSuggest,
		Interview: r.Interview, NoteLines: make([]int, 14), Legend: legend(),
		Scored: r.Scored(), Status: r.Status, StatusNote: statusNote(r), Read: readSummary(r),
	}
	if r.Level != nil {
		hr.Level, hr.NextLevel, hr.Missing, hr.Questions = levelLine(r.Level), r.Level.Next, r.Level.Missing, r.Level.Questions
	}
	for _, rc := range r.Roles {
		hr.Scope = append(hr.Scope, scopeRow(rc))
	}
	// A ring of circumference 2πr with r = 52: the dash is the score's share of it.
	const circ = 2 * 3.14159265 * 52
	score := float64(min(max(r.OverallScore, 0), 100))
	hr.Gauge = htmlGauge{Dash: roundTo(circ*score/100, 1), Gap: roundTo(circ, 1)}
	if d := r.Document; d != nil {
		c := d.Contact
		hr.Contact = append(hr.Contact, c.Emails...)
		hr.Contact = append(hr.Contact, c.Phones...)
		hr.Contact = append(hr.Contact, c.Links...)
		if c.Location != "" {
			hr.Contact = append(hr.Contact, c.Location)
		}
		if e := d.Experience; e.Months > 0 {
			hr.Experience = fmt.Sprintf("%.1f years of experience, %.1f in lead or manager roles", e.Years, e.LeadYears)
		}
		hr.Warnings = d.Warnings
	}
	for _, a := range v.Areas {
		hr.Areas = append(hr.Areas, htmlArea{Title: areaTitle(a), Score: a.Score, Band: band(a.Score), Facts: a.Facts})
	}
	hr.Chart = buildChart(v.Areas)
	for _, rv := range v.Roles {
		section := rv.SectionName
		if section == rv.Heading {
			section = ""
		}
		hrole := htmlRole{Heading: rv.Heading, Section: section, Findings: htmlFindings(rv.Findings, ""), Suggestions: rv.Suggestions}
		for _, bv := range rv.Bullets {
			hb := htmlBullet{Pos: posString(bv.Pos), Flagged: bv.Flagged(), Findings: htmlFindings(bv.Findings, bv.Text), Judged: v.R.Status != StatusUnread}
			if len(bv.Findings) == 0 {
				hb.IDs = bv.Bullet.Findings
			}
			for _, s := range segments(bv.Text, bv.Signals.Evidence) {
				seg := htmlSeg{Text: s.Text}
				if len(s.Signals) > 0 {
					classes := []string{"ev"}
					var labels []string
					for _, n := range s.Signals {
						classes = append(classes, evClass(n))
						labels = append(labels, signalLabel(n))
					}
					seg.Class = strings.Join(classes, " ")
					seg.Title = strings.Join(labels, ", ")
				}
				hb.Segs = append(hb.Segs, seg)
			}
			if s := bv.Suggestion; s != nil && s.After != "" {
				hb.Before, hb.After = s.Before, s.After
				if hb.Before == "" {
					hb.Before = bv.Text
				}
			}
			if s := bv.Suggestion; s != nil {
				hb.Question = s.Question
			}
			var labels []string
			for _, n := range trueSignals(bv.Signals) {
				labels = append(labels, signalLabel(n))
			}
			hb.Signals = strings.Join(labels, " · ")
			hrole.Bullets = append(hrole.Bullets, hb)
		}
		hr.Roles = append(hr.Roles, hrole)
	}
	return hr
}

func roundTo(x float64, places int) float64 {
	p := 1.0
	for range places {
		p *= 10
	}
	if x < 0 {
		return -float64(int(-x*p+0.5)) / p
	}
	return float64(int(x*p+0.5)) / p
}

// buildChart lays out a horizontal bar per area; bars print in greyscale too because
// each carries its number.
func buildChart(areas []Area) htmlChart {
	// The label column fits the longest title (about 6.6 px a character at the chart's
	// 12 px font), within bounds so that a silly title cannot squeeze the bars away.
	longest := 0
	for _, a := range areas {
		longest = max(longest, utf8.RuneCountInString(areaTitle(a)))
	}
	labelW := min(max(longest*66/10+12, 90), 260)
	const trackW, rowH, top = 300, 28, 22
	c := htmlChart{LabelX: labelW - 6, BarX: labelW, Width: labelW + trackW + 50, Height: top + rowH*len(areas) + 6}
	for _, t := range []int{0, 25, 50, 75, 100} {
		c.Ticks = append(c.Ticks, htmlTick{X: labelW + trackW*t/100, Label: fmt.Sprint(t)})
	}
	for i, a := range areas {
		s := min(max(a.Score, 0), 100)
		y := top + i*rowH
		c.Bars = append(c.Bars, htmlBar{Label: areaTitle(a), Score: a.Score, Band: band(a.Score),
			Y: y + 4, TextY: y + 18, W: trackW * s / 100, Track: trackW, ValueX: labelW + trackW + 8})
	}
	return c
}

// buildIndex pre-renders the batch table once per sort order, so that sorting is a link
// to an anchor and needs no script (see docs/report.md).
func buildIndex(b *Batch, hrefs []string) *htmlIndex {
	idx := &htmlIndex{}
	for _, e := range b.Errors {
		idx.Errors = append(idx.Errors, errText(e))
	}
	// Files that were not scored are listed apart; the table holds the scored ones.
	var scored []*Report
	var scoredHrefs []string
	for i, r := range b.Reports {
		if r.Scored() {
			scored, scoredHrefs = append(scored, r), append(scoredHrefs, hrefs[i])
			continue
		}
		u := htmlUnscored{Href: hrefs[i], Name: displayName(r), File: filepath.Base(r.File), Status: r.Status, Why: statusNote(r)}
		if rd := r.Reading; rd != nil {
			u.Roles, u.Bullets = rd.Roles, rd.Bullets
		}
		idx.Unscored = append(idx.Unscored, u)
	}
	b = &Batch{Reports: scored}
	hrefs = scoredHrefs
	b0 := b
	// Columns: name, overall, track, roles, bullets, then every area any report has, in
	// first-seen order.
	var areaNames, areaTitles []string
	for _, r := range b.Reports {
		for _, a := range areasOf(r) {
			if !slices.Contains(areaNames, a.Name) {
				areaNames = append(areaNames, a.Name)
				areaTitles = append(areaTitles, areaTitle(a))
			}
		}
	}
	rows := make([]htmlRow, len(b.Reports))
	scores := make([][]int, len(b.Reports)) // -1 when the report lacks the area
	tracks := make([]string, len(b.Reports))
	for i, r := range b.Reports {
		rows[i] = htmlRow{Href: hrefs[i], Name: displayName(r), File: filepath.Base(r.File), Overall: r.OverallScore, Band: band(r.OverallScore), Track: trackLabel(r.Track), Scope: largestText(r)}
		rows[i].Roles, rows[i].Bullets = readCounts2(r)
		scores[i] = make([]int, len(areaNames))
		tracks[i] = r.Track
		byName := map[string]int{}
		for _, a := range areasOf(r) {
			byName[a.Name] = a.Score
		}
		for j, n := range areaNames {
			s, ok := byName[n]
			if !ok {
				scores[i][j] = -1
				rows[i].Areas = append(rows[i].Areas, htmlCell{Text: "–"})
				continue
			}
			scores[i][j] = s
			rows[i].Areas = append(rows[i].Areas, htmlCell{Text: fmt.Sprint(s), Band: band(s)})
		}
	}
	type column struct {
		key, label string
		numeric    bool
		less       func(a, b int) int // compares row indexes, ascending
	}
	trackOrder := map[string]int{"ic": 0, "tech-lead": 1, "em-ready": 2}
	cols := []column{
		{"name", "Name", false, func(a, b int) int {
			return cmp.Compare(strings.ToLower(rows[a].Name), strings.ToLower(rows[b].Name))
		}},
		{"overall", "Overall", true, func(a, b int) int { return cmp.Compare(rows[a].Overall, rows[b].Overall) }},
		{"track", "Track", false, func(a, b int) int {
			ta, oka := trackOrder[tracks[a]]
			tb, okb := trackOrder[tracks[b]]
			if !oka {
				ta = 3
			}
			if !okb {
				tb = 3
			}
			return cmp.Compare(ta, tb)
		}},
		{"scope", "Largest team / reports / hires", true, func(a, b int) int {
			ta, ra, ha := largest(b0.Reports[a])
			tb, rb, hb := largest(b0.Reports[b])
			return cmp.Or(cmp.Compare(ta, tb), cmp.Compare(ra, rb), cmp.Compare(ha, hb))
		}},
		{"roles", "Roles", true, func(a, b int) int { return cmp.Compare(rows[a].Roles, rows[b].Roles) }},
		{"bullets", "Bullets", true, func(a, b int) int { return cmp.Compare(rows[a].Bullets, rows[b].Bullets) }},
	}
	for j := range areaNames {
		cols = append(cols, column{"area-" + slug(areaNames[j]), areaTitles[j], true, func(a, b int) int {
			return cmp.Compare(scores[a][j], scores[b][j])
		}})
	}
	for ci, col := range cols {
		for _, desc := range []bool{false, true} {
			dir := "asc"
			if desc {
				dir = "desc"
			}
			o := htmlOrder{ID: "by-" + col.key + "-" + dir, Default: ci == 0 && !desc}
			word := "ascending"
			if desc {
				word = "descending"
			}
			o.Caption = "Sorted by " + col.label + ", " + word
			order := make([]int, len(rows))
			for i := range order {
				order[i] = i
			}
			slices.SortStableFunc(order, func(a, b int) int {
				c := col.less(a, b)
				if desc {
					c = -c
				}
				// Ties keep a fixed order: by name, then by position in the batch.
				return cmp.Or(c, cmp.Compare(strings.ToLower(rows[a].Name), strings.ToLower(rows[b].Name)), cmp.Compare(a, b))
			})
			for _, i := range order {
				o.Rows = append(o.Rows, rows[i])
			}
			for hj, h := range cols {
				hd := htmlHeader{Label: h.label, Numeric: h.numeric}
				// Numbers sort high-first on the first click, names A-first; clicking the
				// active column reverses it.
				next := "asc"
				if h.numeric {
					next = "desc"
				}
				if hj == ci {
					if desc {
						hd.Mark, next = "▼", "asc"
					} else {
						hd.Mark, next = "▲", "desc"
					}
				}
				hd.Href = "#by-" + h.key + "-" + next
				o.Headers = append(o.Headers, hd)
			}
			idx.Orders = append(idx.Orders, o)
		}
	}
	// The default order goes last: CSS shows it unless a sibling before it is :target.
	slices.SortStableFunc(idx.Orders, func(a, b htmlOrder) int {
		switch {
		case a.Default == b.Default:
			return 0
		case a.Default:
			return 1
		}
		return -1
	})
	return idx
}

func scopeRow(rc scope.RoleCard) htmlScopeRow {
	c := &rc.Scope
	cell := func(dim string) string {
		x := c.Get(dim)
		switch {
		case x == nil:
			return ""
		case x.Value > 0:
			return fmt.Sprint(x.Value)
		}
		return "shown"
	}
	row := htmlScopeRow{Role: roleScopeLabel(rc), Level: rc.Level, Team: cell(scope.DimTeamSize), Reports: cell(scope.DimReports),
		Teams: cell(scope.DimTeams), Managers: cell(scope.DimManagers), Hired: cell(scope.DimHired), Promoted: cell(scope.DimPromoted), Checks: rc.Checks}
	var other []string
	for _, f := range scopeFacts(c) {
		for _, p := range []string{"budget", "headcount", "retention", "incidents", "delivery", "roadmap", "led ", "partners", "stakeholders"} {
			if strings.HasPrefix(f, p) {
				other = append(other, f)
				break
			}
		}
	}
	row.Other = strings.Join(other, " · ")
	return row
}

// readCounts2 is the roles and bullets read from a report's file, from its reading or,
// for a report made without one, from its document.
func readCounts2(r *Report) (roles, bullets int) {
	if rd := r.Reading; rd != nil {
		return rd.Roles, rd.Bullets
	}
	if r.Document != nil {
		_, roles, bullets = r.Document.Counts()
	}
	return roles, bullets
}
