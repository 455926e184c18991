package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/resumecheck/resumecheck/internal/rules"
	"github.com/resumecheck/resumecheck/internal/signals"
)

// TextWriter prints the terminal report: a summary that fits one screen, then the
// flagged bullets role by role.
type TextWriter struct{ Opts Options }

var _ Writer = (*TextWriter)(nil)

// ANSI styles; empty strings when colour is off so the layout code never branches.
type palette struct{ bold, dim, red, yellow, green, cyan, reset string }

func newPalette(on bool) palette {
	if !on {
		return palette{}
	}
	return palette{bold: "\x1b[1m", dim: "\x1b[2m", red: "\x1b[31m", yellow: "\x1b[33m", green: "\x1b[32m", cyan: "\x1b[36m", reset: "\x1b[0m"}
}

func (p palette) score(n int) string {
	switch {
	case n >= 70:
		return p.green
	case n >= 50:
		return p.yellow
	}
	return p.red
}

func (p palette) level(l rules.Level) string {
	switch l {
	case rules.LevelError:
		return p.red
	case rules.LevelWarning:
		return p.yellow
	}
	return p.cyan
}

type textOut struct {
	w     *bufio.Writer
	p     palette
	width int
}

func (t *textOut) line(s string) { t.w.WriteString(s); t.w.WriteByte('\n') }

// para wraps text at the width with a first-line prefix and a hanging indent. Widths are
// measured without colour codes. When the prefix leaves too little room, the text
// starts on the next line.
func (t *textOut) para(prefix string, indent int, text string) {
	pw := visibleLen(prefix)
	first := t.width - pw
	if first < 16 && strings.TrimSpace(text) != "" {
		t.line(strings.TrimRight(prefix, " "))
		prefix, first = strings.Repeat(" ", indent), t.width-indent
	}
	lines := wrap(text, max(t.width-indent, 16), max(first, 16))
	if len(lines) == 0 {
		lines = []string{""}
	}
	t.line(prefix + lines[0])
	pad := strings.Repeat(" ", indent)
	for _, l := range lines[1:] {
		t.line(pad + l)
	}
}

// visibleLen counts the runes of s a terminal shows, skipping ANSI colour sequences.
func visibleLen(s string) int {
	n := 0
	for i := 0; i < len(s); {
		if s[i] == 0x1b {
			j := strings.IndexByte(s[i:], 'm')
			if j < 0 {
				break
			}
			i += j + 1
			continue
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
		n++
	}
	return n
}

// wrap breaks text into lines of at most width runes (first line firstWidth); a word
// longer than the line is kept whole rather than cut. Only ASCII white space breaks a
// line, so a no-break space (U+00A0) holds a phrase such as a position together.
func wrap(text string, width, firstWidth int) []string {
	var lines []string
	var cur strings.Builder
	curLen := 0
	limit := firstWidth
	words := strings.FieldsFunc(text, func(r rune) bool { return r == ' ' || r == '\t' || r == '\n' || r == '\r' })
	for _, word := range words {
		wl := visibleLen(word)
		if curLen > 0 && curLen+1+wl > limit {
			lines = append(lines, cur.String())
			cur.Reset()
			curLen = 0
			limit = width
		}
		if curLen > 0 {
			cur.WriteByte(' ')
			curLen++
		}
		cur.WriteString(word)
		curLen += wl
	}
	if curLen > 0 {
		lines = append(lines, cur.String())
	}
	return lines
}

func bar(score, cells int) string {
	score = min(max(score, 0), 100)
	full := (score*cells + 50) / 100
	return strings.Repeat("█", full) + strings.Repeat("░", cells-full)
}

// Write prints the batch.
func (tw *TextWriter) Write(w io.Writer, b *Batch) error {
	b = prepare(b, tw.Opts)
	width := tw.Opts.Width
	if width <= 0 {
		width = 80
	}
	t := &textOut{w: bufio.NewWriter(w), p: newPalette(tw.Opts.Color), width: max(width, 40)}
	if tw.Opts.Quiet {
		for _, r := range b.Reports {
			v := buildView(r)
			if !r.Scored() {
				t.line(fmt.Sprintf("%s: %s%s%s, not scored (%s)", fileLabel(r), t.p.red, r.Status, t.p.reset, readCounts(r)))
				continue
			}
			t.line(fmt.Sprintf("%s: %s%d/100%s %s (%s)", fileLabel(r), t.p.score(r.OverallScore), r.OverallScore, t.p.reset, trackLabel(r.Track), v.Counts))
		}
		for _, e := range b.Errors {
			t.line(fmt.Sprintf("%s: %serror%s: %s", e.File, t.p.red, t.p.reset, strings.TrimPrefix(e.Error, e.File+": ")))
		}
		return t.w.Flush()
	}
	for i, r := range b.Reports {
		if i > 0 {
			t.line("")
			t.line(t.p.dim + strings.Repeat("─", t.width) + t.p.reset)
			t.line("")
		}
		tw.writeReport(t, r)
	}
	if !isSingle(b) {
		tw.writeSummary(t, b)
	}
	return t.w.Flush()
}

func fileLabel(r *Report) string {
	if r.File != "" {
		return r.File
	}
	return displayName(r)
}

func (tw *TextWriter) writeReport(t *textOut, r *Report) {
	v := buildView(r)
	p := t.p
	// The summary: what a reader needs on the first screen.
	head := v.Name
	if r.File != "" && r.File != v.Name {
		head += p.dim + "  (" + r.File + ")" + p.reset
	}
	t.para(p.bold, 0, head+p.reset)
	if !r.Scored() {
		t.para("", 2, fmt.Sprintf("Status %s%s%s · not scored", p.red, r.Status, p.reset))
		t.para("  why: ", 7, statusNote(r))
		if rs := readSummary(r); rs != "" {
			t.para("  read: ", 8, rs)
		}
		return
	}
	t.para("", 2, fmt.Sprintf("Overall %s%s%d/100%s · Track %s%s%s · %s", p.bold, p.score(r.OverallScore), r.OverallScore, p.reset, p.bold, strings.ReplaceAll(trackLabel(r.Track), " ", "\u00a0"), p.reset, v.Counts))
	if r.TrackReason != "" {
		t.para("  why: ", 7, r.TrackReason)
	}
	if r.CurrentRole != "" {
		t.para("  ", 2, r.CurrentRole)
	}
	if rs := readSummary(r); rs != "" {
		t.para("  "+p.dim+"read: ", 8, rs+p.reset)
	}
	tw.scope(t, r)
	if len(v.Areas) > 0 {
		t.line("")
		labelW := 0
		for _, a := range v.Areas {
			labelW = max(labelW, utf8.RuneCountInString(areaTitle(a)))
		}
		labelW = max(min(labelW, 34, t.width-17), 4)
		cells := 10
		if t.width >= 100 {
			cells = 20
		}
		for _, a := range v.Areas {
			title := areaTitle(a)
			if utf8.RuneCountInString(title) > labelW {
				title = string([]rune(title)[:labelW-1]) + "…"
			}
			t.line(fmt.Sprintf("  %-*s %s%s%s %3d", labelW, title, p.score(a.Score), bar(a.Score, cells), p.reset, a.Score))
		}
	}
	if cs := topChanges(r, 5); len(cs) > 0 {
		t.line("")
		t.line(p.bold + "Top changes" + p.reset)
		for i, c := range cs {
			gain := ""
			if c.Gain > 0 {
				gain = fmt.Sprintf(" (+%d)", c.Gain)
			}
			num := fmt.Sprintf("  %d. ", i+1)
			t.para(num, len(num), c.Description+gain)
			// Quote the bullet, so that changes of the same kind say which bullet.
			if c.Before != "" && (c.After != "" || c.Question != "") {
				pad := strings.Repeat(" ", len(num))
				label := "before: "
				if c.After == "" {
					label = "bullet: "
				}
				t.para(pad+p.dim+label+p.reset, len(num)+8, c.Before)
				if c.After != "" {
					t.para(pad+p.green+"after:  "+p.reset, len(num)+8, c.After)
				}
				if c.Question != "" {
					t.para(pad+p.green+"ask:    "+p.reset, len(num)+8, c.Question)
				}
			}
			// A bullet to add: the example to adapt.
			if c.Before == "" && c.After != "" {
				t.para(strings.Repeat(" ", len(num))+p.green+"e.g.:   "+p.reset, len(num)+8, c.After)
			}
		}
	}
	if len(v.DocFindings) > 0 || len(v.DocSuggest) > 0 {
		t.line("")
		t.line(p.bold + "Whole résumé" + p.reset)
		for _, f := range v.DocFindings {
			tw.finding(t, f, 2)
		}
		for _, s := range v.DocSuggest {
			t.para("  "+p.cyan+"+ "+p.reset, 4, s.Message)
			if s.Example != "" {
				t.para("    e.g. ", 9, s.Example)
			}
		}
	}
	shown := false
	// The detail: role by role, flagged bullets (every bullet with -v).
	for _, rv := range v.Roles {
		var show []bulletView
		for _, bv := range rv.Bullets {
			if bv.Flagged() || tw.Opts.Verbose {
				show = append(show, bv)
			}
		}
		if len(show) == 0 && len(rv.Findings) == 0 && len(rv.Suggestions) == 0 {
			continue
		}
		shown = true
		t.line("")
		t.para(p.bold, 0, rv.Heading+p.reset)
		for _, f := range rv.Findings {
			tw.finding(t, f, 2)
		}
		for _, s := range rv.Suggestions {
			t.para("  "+p.cyan+"+ "+p.reset, 4, s.Message)
			if s.Example != "" {
				t.para("    e.g. ", 9, s.Example)
			}
		}
		for _, bv := range show {
			tw.bullet(t, bv)
		}
	}
	if !shown && len(r.Bullets) > 0 {
		t.line("")
		t.line(fmt.Sprintf("No bullet needs a change (%d checked).", len(r.Bullets)))
	}
}

func (tw *TextWriter) finding(t *textOut, f rules.Finding, indent int) {
	p := t.p
	pad := strings.Repeat(" ", indent)
	prefix := fmt.Sprintf("%s%s%s%s %s: ", pad, p.level(f.Level), string(f.Level), p.reset, f.RuleID)
	t.para(prefix, indent+2, f.Message)
}

func (tw *TextWriter) bullet(t *textOut, bv bulletView) {
	p := t.p
	text := bv.Text
	if pos := posString(bv.Pos); pos != "" {
		text += " " + p.dim + "[" + strings.ReplaceAll(pos, " ", "\u00a0") + "]" + p.reset
	}
	t.para("  • ", 4, text)
	for _, f := range bv.Findings {
		tw.finding(t, f, 4)
	}
	if len(bv.Findings) == 0 {
		for _, id := range bv.Bullet.Findings {
			t.line("    " + id)
		}
	}
	if s := bv.Suggestion; s != nil && s.After != "" {
		t.para("    "+p.green+"→ "+p.reset, 6, s.After)
	}
	if s := bv.Suggestion; s != nil && s.Question != "" {
		t.para("    "+p.green+"? "+p.reset, 6, s.Question)
	}
	if tw.Opts.Verbose {
		t.para("    "+p.dim+"signals: ", 6, signalSummary(bv.Text, bv.Signals)+p.reset)
	}
}

// signalSummary lists every signal of a bullet with the words that set it.
func signalSummary(text string, s signals.Signals) string {
	var parts []string
	for _, n := range trueSignals(s) {
		var ev []string
		for _, sp := range s.Evidence[n] {
			if e := spanText(text, sp); e != "" {
				ev = append(ev, fmt.Sprintf("%q", e))
			}
		}
		if len(ev) > 0 {
			parts = append(parts, n+"("+strings.Join(ev, ", ")+")")
		} else {
			parts = append(parts, n)
		}
	}
	if s.ActionVerb != "" {
		parts = append(parts, "verb="+s.ActionVerb)
	}
	parts = append(parts, fmt.Sprintf("words=%d", s.Words))
	return strings.Join(parts, " ")
}

func (tw *TextWriter) writeSummary(t *textOut, b *Batch) {
	p := t.p
	t.line("")
	t.line(p.bold + "Summary" + p.reset)
	fileW := len("file")
	for _, r := range b.Reports {
		fileW = max(fileW, utf8.RuneCountInString(fileLabel(r)))
	}
	for _, e := range b.Errors {
		fileW = max(fileW, utf8.RuneCountInString(e.File))
	}
	// The largest team / reports / hires column shows when the width leaves room for it.
	scopeCol := t.width-49 >= 8
	if scopeCol {
		fileW = min(fileW, t.width-49)
	} else {
		fileW = min(fileW, max(t.width-32, 8))
	}
	sc := func(s string) string {
		if !scopeCol {
			return ""
		}
		return fmt.Sprintf("%-15s  ", s)
	}
	cut := func(s string) string {
		if utf8.RuneCountInString(s) <= fileW {
			return s + strings.Repeat(" ", fileW-utf8.RuneCountInString(s))
		}
		return "…" + string([]rune(s)[utf8.RuneCountInString(s)-fileW+1:])
	}
	t.line(fmt.Sprintf("  %s  %7s  %-9s  %s%s", cut("file"), "overall", "track", sc("team/rep/hires"), "status"))
	for _, r := range b.Reports {
		status := r.Status
		if status == "" {
			status = "ok"
		}
		col := p.green
		if status != "ok" && status != "pass" {
			col = p.red
		}
		if !r.Scored() {
			t.line(fmt.Sprintf("  %s  %7s  %-9s  %s%s%s%s", cut(fileLabel(r)), "-", "-", sc("-"), col, status, p.reset))
			continue
		}
		t.line(fmt.Sprintf("  %s  %s%7d%s  %-9s  %s%s%s%s", cut(fileLabel(r)), p.score(r.OverallScore), r.OverallScore, p.reset, trackLabel(r.Track), sc(largestText(r)), col, status, p.reset))
	}
	for _, e := range b.Errors {
		t.line(fmt.Sprintf("  %s  %7s  %-9s  %s%serror%s", cut(e.File), "-", "-", sc("-"), p.red, p.reset))
	}
	if len(b.Errors) > 0 {
		t.line("")
		t.line(p.bold + "Errors" + p.reset)
		for _, e := range b.Errors {
			t.para("  ", 4, errText(e))
		}
	}
	t.line(fmt.Sprintf("%s%d checked, %d could not be read%s", p.dim, len(b.Reports), len(b.Errors), p.reset))
}

// errText is the error line for a file; errors usually name their file already.
func errText(e FileError) string {
	if e.File == "" || strings.HasPrefix(e.Error, e.File) {
		return e.Error
	}
	return e.File + ": " + e.Error
}

// scope prints the level the page reads as, a scope line per role, what is missing for
// the next level and the questions a coach would ask.
func (tw *TextWriter) scope(t *textOut, r *Report) {
	p := t.p
	if r.Level == nil && len(r.Roles) == 0 {
		return
	}
	if r.Level != nil {
		t.para("  level: ", 9, levelLine(r.Level))
	}
	if len(r.Roles) > 0 {
		t.line("")
		t.line(p.bold + "Scope, role by role" + p.reset)
		for _, rc := range r.Roles {
			t.para("  "+rc.Level+": ", len(rc.Level)+4, roleScopeLabel(rc)+": "+scopeLine(&rc.Scope))
			for _, c := range rc.Checks {
				t.para("    "+p.yellow+"! "+p.reset, 6, c)
			}
		}
	}
	if r.Level != nil && len(r.Level.Missing) > 0 && r.Level.Next != "" {
		t.para("  missing for "+r.Level.Next+": ", 4, strings.Join(r.Level.Missing, "; "))
	}
	if r.Level != nil && len(r.Level.Questions) > 0 {
		t.line(p.bold + "A coach would ask" + p.reset)
		for _, q := range r.Level.Questions {
			t.para("  - ", 4, q)
		}
	}
}
