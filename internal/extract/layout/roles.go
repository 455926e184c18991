package layout

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/resumecheck/resumecheck/internal/lazyregexp"
	"github.com/resumecheck/resumecheck/internal/resume"
)

// entry is a role being read: its header lines and its body.
type entry struct {
	header  []item
	bullets []resume.Bullet
	text    []resume.Line
	// rail is a date (and railLoc a place) found in a right-hand column beside the
	// body rather than in the header, as RenderCV's classic theme prints them.
	rail    *resume.DateRange
	railLoc string
	// railDur is a tenure printed in that column ("3 years 6 months"); it is kept
	// with the role's dates text, as read.
	railDur string
	// closeWith is the end of a range whose start ended the header ("Acme Cloud 2020 -")
	// and whose end came on the next line ("Present"), as narrow date columns wrap.
	closeWith string
	// tenure holds the tenure lines ("3 years 1 month") read among the entry's lines,
	// and the stray words read between its header lines; they go to the role's text.
	tenure []resume.Line
	// level is the list level of the role's first bullet, its top level.
	level int
	// parent is the role this one is nested in (a position within an employer).
	parent *entry
	role   resume.Role
}

func (e *entry) hasBody() bool { return len(e.bullets) > 0 || len(e.text) > 0 }

func (e *entry) headerHasPlace() bool {
	for _, h := range e.header {
		if isLocation(h.text) {
			return true
		}
	}
	return false
}

func (e *entry) headerHasDate() bool {
	for _, h := range e.header {
		if hasDate(h.text) {
			return true
		}
	}
	return false
}

// canJoin says whether a plain line continues this entry's header (the two or three
// lines that name title, organisation, place and dates) rather than starting its body.
func (e *entry) canJoin(it item) bool {
	if !it.Bullet && len(e.header) < 3 && !e.headerHasDate() && mayBePlaceholderRange(it.parts[0]) && placeholderRangeRE.MatchString(it.parts[0]) {
		return true // a template's dates ("Date: Month 20XX – Ongoing")
	}
	if it.Bullet || sentenceLike(it) || strings.HasSuffix(it.text, ":") {
		return false
	}
	if len(e.header) >= 3 {
		// employer, title, dates, then the place: four lines or five (exports that
		// stack them)
		return len(e.header) <= 4 && e.headerHasDate() && !hasDate(it.text) && isLocation(it.text) && !e.headerHasPlace()
	}
	if hasDate(it.text) {
		return !e.headerHasDate()
	}
	if e.headerHasDate() && strings.Contains(it.text, ": ") && !isRoleLabelled(it.text) {
		return false // "Research focus: ...", a labelled line of the body
	}
	if e.headerHasDate() && it.words >= 8 && len(it.parts) == 1 && !it.Bold {
		// a long line under a dated header is the role's description ("Currently in
		// stealth mode — building ..."), not one more header line
		return false
	}
	if e.headerHasDate() {
		return len(it.parts) > 1 || wordScore(it.text, titleWords) > 0 || wordScore(it.text, orgWords) > 0 ||
			isLocation(it.text) || it.words <= 4
	}
	return it.words <= 14
}

// sentenceLike: a line of description rather than a header.
func sentenceLike(it item) bool {
	if startsLower(it.text) && !it.Bold && it.words >= 3 && !startsWithDate(it.parts[0]) {
		return true
	}
	if d, _, _, ok := findDate(it.text); ok && (d.Current || d.End == nil || *d.End != *d.Start) {
		return it.words >= 20 // a range: a header, unless a long sentence mentions one
	}
	if it.words >= 6 && endsSentence(it.text) && !strings.HasSuffix(it.text, ":") {
		return true
	}
	// "Label: what was done ..." and lines broken after a function word are prose.
	if it.words >= 7 && strings.Contains(it.text, ": ") {
		return true
	}
	if it.words >= 8 && twoSentences(it.text) {
		return true
	}
	if it.words >= 5 && strings.HasSuffix(it.text, ",") {
		return true // wrapped mid-sentence
	}
	f := strings.Fields(it.parts[len(it.parts)-1])
	if it.words >= 5 && len(f) > 0 && danglingWords[f[len(f)-1]] {
		return true
	}
	return it.words > 16
}

// strongHeader: a line that may start a new role in the middle of another role's body
// has something of a header about it: dates, a tab-separated part, bold or larger
// type, a job-title or organisation word, or shortness.
func strongHeader(it item) bool {
	return hasDate(it.text) || len(it.parts) > 1 || it.Bold || it.Size > 0 && it.BodySize > 0 && it.Size > it.BodySize+0.5 ||
		it.words <= 8 && (wordScore(it.text, titleWords) > 0 || wordScore(it.text, orgWords) > 0 || it.words <= 6)
}

func headerLike(it item) bool {
	return !sentenceLike(it) && (!strings.HasSuffix(it.text, ":") || it.Bold) && !aside(it) && !labelledList(it.text)
}

// startsWithDate: the text opens with a date ("since 04.2021", "from 2019").
func startsWithDate(s string) bool {
	_, a, _, ok := findDate(s)
	return ok && a == 0
}

// labelledList: "Skills: Java, Spring, DB2", a labelled list under a role's bullets,
// never the header of the next role (a header's own labels, "Dates:", "Company:",
// are not lists).
func labelledList(s string) bool {
	m := labelLinePrefix(s)
	return m != "" && !isRoleLabelled(s) && strings.Contains(s[len(m):], ",")
}

// aside: a line wholly in brackets without a date ("(Part of Example Group)"), or a
// labelled link or address ("Website: example.org"), is a note on what is above it,
// not a header line of the next role.
func aside(it item) bool {
	return strings.HasPrefix(it.text, "(") && strings.HasSuffix(it.text, ")") && !hasDate(it.text) ||
		labelledLink(it.text) // "Website: example.org"
}

// labelledLink: "Label: address", the address a link or an e-mail address.
func labelledLink(s string) bool {
	i := strings.LastIndex(s, ": ")
	if i < 0 {
		return false
	}
	rest := strings.TrimSpace(s[i+2:])
	return isURL(rest) || emailRE.MatchString(rest)
}

// eachSentenceEnd calls fn, left to right, for every sentence end in s followed by
// the start of another: a run of letters ending in a lower-case one (end), ".", "!"
// or "?", a space, then an upper-case letter and the lower-case ones after it (next),
// and whether a "." follows next (dot); it stops when fn returns true. Matched by
// hand: it replaced `(\p{L}*\p{Ll})[.!?] (\p{Lu}\p{Ll}*)(\.?)` (the same matches, in
// the same order: TestSentenceEndsMatchRegexp), whose letter classes cost more to
// compile than the whole layout of a page.
func eachSentenceEnd(s string, fn func(end, next string, dot bool) bool) {
	for pos := 0; pos < len(s); {
		r, size := utf8.DecodeRuneInString(s[pos:])
		if !unicode.Is(unicode.L, r) {
			pos += size
			continue
		}
		// The run of letters from pos: a match starting anywhere in it ends with it.
		start, last := pos, r
		for pos < len(s) {
			r, size := utf8.DecodeRuneInString(s[pos:])
			if !unicode.Is(unicode.L, r) {
				break
			}
			last = r
			pos += size
		}
		if !unicode.Is(unicode.Ll, last) || pos+1 >= len(s) || !strings.ContainsRune(".!?", rune(s[pos])) || s[pos+1] != ' ' {
			continue
		}
		k := pos + 2
		r, size = utf8.DecodeRuneInString(s[k:])
		if !unicode.Is(unicode.Lu, r) {
			continue
		}
		for k += size; k < len(s); k += size {
			if r, size = utf8.DecodeRuneInString(s[k:]); !unicode.Is(unicode.Ll, r) {
				break
			}
		}
		next := s[pos+2 : k]
		dot := k < len(s) && s[k] == '.'
		if dot {
			k++
		}
		if fn(s[start:pos], next, dot) {
			return
		}
		pos = k
	}
}

// abbreviations end in a period without ending a sentence.
var abbreviations = map[string]bool{
	"prof": true, "dr": true, "mr": true, "mrs": true, "ms": true, "inc": true, "co": true,
	"corp": true, "ltd": true, "jr": true, "sr": true, "st": true, "dept": true, "univ": true,
	"vs": true, "etc": true, "mt": true, "assoc": true, "asst": true, "approx": true, "no": true,
}

// twoSentences reports whether a line holds a sentence end followed by another
// sentence ("... developed. This one ..."), as prose does and headers do not.
func twoSentences(s string) bool {
	found := false
	eachSentenceEnd(s, func(end, next string, dot bool) bool {
		w := strings.ToLower(end)
		if dot && abbreviations[strings.ToLower(next)] {
			return false // "Example Phils. Inc.": a company form after an abbreviation
		}
		found = utf8.RuneCountInString(w) >= 2 && !abbreviations[w] && utf8.RuneCountInString(next) >= 2
		return found
	})
	return found
}

// isDuration: a tenure such as "3 years 1 month" or "(11 months)", printed beside or
// under a role's dates or an employer; it is neither a title nor an organisation.
func isDuration(s string) bool {
	return durationShape(strings.TrimSpace(s))
}

// stripRail removes the right-hand parts of a body line that are not its text: a date
// range, a duration ("2 years 10 months") or a place printed in a column beside it.
func stripRail(it item) (text string, rail *resume.DateRange, loc, dur string) {
	parts := it.parts
	for len(parts) > 1 {
		p := parts[len(parts)-1]
		if dr, ok := parseRange(p); ok {
			if rail == nil {
				rail = &dr
			}
		} else if durationShape(p) && dur == "" {
			dur = p
		} else if isLocation(p) && loc == "" {
			loc = p
		} else {
			break
		}
		parts = parts[:len(parts)-1]
	}
	return strings.Join(parts, " "), rail, loc, dur
}

// withDuration appends a printed tenure ("3 years 6 months") to a role's dates text.
func withDuration(dates, dur string) string {
	if dur = strings.Trim(dur, "() "); dur == "" || strings.Contains(dates, dur) {
		return dates
	}
	return dates + " (" + dur + ")"
}

// siblingOf reports whether it, a header bullet, stands beside e in one list rather
// than under it: e is a dated header bullet at the same list level, and it carries
// its own dates.
func (e *entry) siblingOf(it item) bool {
	if len(e.header) == 0 {
		return false
	}
	h := e.header[0]
	return h.Bullet && h.ListLevel == it.ListLevel && hasDate(h.text) && hasDate(it.text)
}

// headerBullet says whether a bullet in a role-bearing section is really a role header:
// some templates (sb2nov's) mark each employer with the outer bullet and put the
// achievements in a nested list, others nest "Position (2022 - 2024)" under one employer.
func headerBullet(items []item, i int) bool {
	it := items[i]
	if len(it.parts) > 1 {
		first := it.parts[0]
		// a short name, not the start of an achievement with its dates in a rail
		nameLike := wordScore(first, titleWords)+wordScore(first, orgWords) > 0 || len(strings.Fields(first)) <= 4
		if len(strings.Fields(first)) <= 8 && !endsSentence(first) && nameLike {
			for _, p := range it.parts[1:] {
				if isLocation(p) || isDateRangeText(p) {
					return true
				}
			}
		}
	}
	if _, a, e, ok := findDate(it.parts[0]); ok {
		// the date inside the first part: "Position - Team (2022 - 2024)"
		rest := strings.Trim(it.parts[0][:a]+" "+it.parts[0][e:], " ()[]-–—,|:;")
		if amidSiblings(items, i) && !titleCased(rest) {
			return false // "2019: migrated 30 services to Kubernetes" among other achievements
		}
		if len(strings.Fields(rest)) <= 10 && !endsSentence(rest) &&
			(wordScore(rest, titleWords) > 0 || wordScore(rest, orgWords) > 0) {
			return true
		}
	}
	if j := i + 1; it.Bold && j < len(items) && !items[j].Bullet && it.words <= 8 && !endsSentence(it.text) {
		n := items[j]
		if len(n.parts) > 1 && isDateRangeText(n.parts[len(n.parts)-1]) && len(strings.Fields(n.parts[0])) <= 8 {
			return true
		}
	}
	return false
}

// amidSiblings says whether the bullet items[i] sits inside a run of bullets of its own
// level, one before it and one after (as positions listed under one employer do too).
func amidSiblings(items []item, i int) bool {
	lvl := items[i].ListLevel
	return i > 0 && i+1 < len(items) && items[i-1].Bullet && items[i+1].Bullet &&
		items[i-1].ListLevel == lvl && items[i+1].ListLevel == lvl
}

// titleCased says whether s reads like a position's name, as positions listed among
// bullets are written: every word capitalised (or a number, or a joining word),
// "Platform Engineer - Payments Team"; an achievement has words in lower
// case ("migrated 30 services", "I was promoted to team lead").
func titleCased(s string) bool {
	f := strings.Fields(s)
	if len(f) == 0 || len(f) > 10 {
		return false
	}
	for _, w := range f {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsLower(r) && !titleJoiners[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// startsDatedHeader: items[i] is an undated header line and the line after it, not a
// bullet, carries dates, so the two open a new role.
func startsDatedHeader(items []item, i int) bool {
	it := items[i]
	if i+1 >= len(items) || hasDate(it.text) || !headerLike(it) || it.words > 10 || lowerPhrase(it) || sentenceEnd(it.text) {
		return false // a long line is a description, not a header's first line
	}
	seen := 0
	for _, n := range items[i+1:] {
		if !n.Bullet && isDuration(n.text) {
			continue // an employer's tenure under its name
		}
		if seen++; seen > 2 || n.Bullet || !headerLike(n) {
			return false
		}
		if hasDate(n.text) {
			return true
		}
	}
	return false
}

// titleLineOnly: e's header is one undated line of dash-separated names (which r
// read as title and organisation, the organisation without a strong organisation
// word) over lines of dates and places only.
func titleLineOnly(e *entry, r *resume.Role) bool {
	h := e.header[0]
	if len(e.header) < 2 || len(h.parts) != 1 || hasDate(h.text) || len(dashSeps(h.text)) == 0 ||
		r.Title == "" || r.Organisation == "" || !strings.Contains(h.text, r.Title) || !strings.Contains(h.text, r.Organisation) ||
		wordScore(r.Organisation, orgWords) >= 2 {
		return false
	}
	for _, l := range e.header[1:] {
		if !hasDate(l.text) && !isLocation(l.text) {
			return false
		}
	}
	return true
}

// dropUmbrellas leaves out a role whose header only stands over positions nested
// under it, each with its own dates ("Associate Manager, 2021 – Present" over "Full
// Stack Engineer (2024 – Present)", "Application Engineer (2021 – 2022)"): the
// positions are the roles, the umbrella is not one more.
func dropUmbrellas(out []*entry) []*entry {
	dated := map[*entry]int{}
	for _, e := range out {
		if e.parent != nil && e.role.Start != nil {
			dated[e.parent]++
		}
	}
	if len(dated) == 0 {
		return out
	}
	kept := out[:0]
	for _, e := range out {
		if dated[e] >= 2 && !e.hasBody() {
			continue
		}
		kept = append(kept, e)
	}
	return kept
}

// dateAt is a date found in a text, with its byte offsets.
type dateAt struct {
	d    resume.DateRange
	a, e int
}

// datesIn finds every date in s in text order (findDate may find a range after a
// single date first), s starting at byte base of the whole text.
func datesIn(s string, base, depth int) []dateAt {
	d, a, e, ok := findDate(s)
	if !ok || e <= a || depth > 8 {
		return nil
	}
	out := datesIn(s[:a], base, depth+1)
	out = append(out, dateAt{d, base + a, base + e})
	return append(out, datesIn(s[e:], base+e, depth+1)...)
}

// spanAll reads every date in p; when there are two or more, apart only by commas,
// "and" or "&", it gives the span from the earliest start to the latest end (current
// when any is) and where in p the dates begin and end.
func spanAll(p string) (resume.DateRange, int, int, bool) {
	spans := datesIn(p, 0, 0)
	if len(spans) < 2 {
		return resume.DateRange{}, 0, 0, false
	}
	out := resume.DateRange{}
	for i, sp := range spans {
		if i > 0 {
			gap := strings.ToLower(strings.TrimSpace(p[spans[i-1].e:sp.a]))
			if gap != "," && gap != "and" && gap != "&" && gap != ";" && gap != ", and" {
				return resume.DateRange{}, 0, 0, false
			}
		}
		d := sp.d
		if d.Start == nil {
			return resume.DateRange{}, 0, 0, false
		}
		if out.Start == nil || d.Start.Months() < out.Start.Months() {
			out.Start = d.Start
		}
		end := d.End
		if end == nil && !d.Current {
			end = d.Start
		}
		if end != nil && (out.End == nil || end.Months() > out.End.Months()) {
			out.End = end
		}
		out.Current = out.Current || d.Current
	}
	if out.Current {
		out.End = nil
	}
	a, e := spans[0].a, spans[len(spans)-1].e
	out.Text = p[a:e]
	return out, a, e, true
}

// orgUnderTitle: cur's header is one dated line naming a job title, and it, undated,
// is an organisation beside its place ("Acme Robotics \t Austin, Texas").
func orgUnderTitle(cur *entry, it item) bool {
	if len(cur.header) != 1 || !cur.headerHasDate() || it.Bullet || hasDate(it.text) || len(it.parts) != 2 {
		return false
	}
	return wordScore(cur.header[0].parts[0], titleWords) > 0 && (isLocation(it.parts[1]) || placeLike(it.parts[1])) &&
		wordScore(it.parts[0], titleWords) == 0 && !sentenceLike(it)
}

// dropSidebar takes out of a role-bearing section a sidebar that a two-column export
// interleaved with it: a heading of another kind in heading type ("Top Skills"), the
// short left-hand parts of the lines beside it ("MySQL \t Acme") and the short lines
// after them ("Docker"). What it takes out is kept as the section's unplaced text.
func dropSidebar(s *resume.Section, items []item) []item {
	sidebar := func(it item) bool {
		if !(it.Heading || it.Size > 0 && it.BodySize > 0 && it.Size > it.BodySize+1) || len(it.parts) != 1 {
			return false
		}
		k, ok := sectionKind(it.text)
		return ok && !k.RoleBearing() && k != resume.KindOther
	}
	first := -1
	for i, it := range items {
		if sidebar(it) {
			first = i
			break
		}
	}
	if first < 0 {
		return items
	}
	out := append([]item(nil), items[:first]...)
	for i := first; i < len(items); i++ {
		it := items[i]
		if !sidebar(it) {
			out = append(out, it)
			continue
		}
		s.Text = append(s.Text, resume.Line{Text: it.text, Pos: it.Pos})
		j := i + 1
		for ; j < len(items) && len(items[j].parts) == 2 && len(strings.Fields(items[j].parts[0])) <= 3 &&
			!hasDate(items[j].parts[0]) && wordScore(items[j].parts[0], titleWords) == 0; j++ {
			n := items[j]
			s.Text = append(s.Text, resume.Line{Text: n.parts[0], Pos: n.Pos})
			n.parts = n.parts[1:]
			n.text = n.parts[0]
			n.words = len(strings.Fields(n.text))
			out = append(out, n)
		}
		for ; j > i+1 && j < len(items) && len(items[j].parts) == 1 && items[j].words <= 2 && !items[j].Bullet &&
			!hasDate(items[j].text) && wordScore(items[j].text, titleWords)+wordScore(items[j].text, orgWords) == 0; j++ {
			s.Text = append(s.Text, resume.Line{Text: items[j].text, Pos: items[j].Pos})
		}
		i = j - 1
	}
	return out
}

// sentenceEnd: the line ends in a full stop after a lower-case word ("... native
// service."), as the wrapped end of a sentence does and a header line does not.
func sentenceEnd(s string) bool {
	f := strings.Fields(s)
	if len(f) == 0 || !strings.HasSuffix(s, ".") {
		return false
	}
	w := strings.TrimSuffix(f[len(f)-1], ".")
	return len([]rune(w)) >= 3 && strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLower(r) }) < 0
}

// lowerPhrase: a line of four words or more, with no job-title word, most of whose
// words after the first are in lower case ("Provide software architecture / development
// services"): a description, where names are capitalised.
func lowerPhrase(it item) bool {
	w := strings.Fields(it.text)
	if len(w) < 4 || len(it.parts) > 1 || wordScore(it.text, titleWords) > 0 {
		return false
	}
	lower, n := 0, 0
	for _, x := range w[1:] {
		r, _ := utf8.DecodeRuneInString(x)
		if !unicode.IsLetter(r) || danglingWords[strings.ToLower(x)] {
			continue
		}
		n++
		if unicode.IsLower(r) {
			lower++
		}
	}
	return n >= 3 && lower*3 >= n*2
}

func isDateRangeText(s string) bool {
	_, ok := parseRange(s)
	return ok
}

// roles fills a role-bearing section: entries are found from the shape of the lines
// (short header lines with dates, places, titles, then bullets or prose).
func (b *builder) roles(s *resume.Section, items []item) {
	items = dropSidebar(s, items)
	var entries []*entry
	var cur *entry
	last := ""
	var lastBullet *resume.Bullet
	var lastText *resume.Line
	var nest *entry // the employer that nested positions (header bullets) belong to
	newEntry := func(it item) {
		e := &entry{header: []item{it}}
		switch {
		case it.Bullet && cur != nil && !cur.hasBody() && cur.siblingOf(it):
			// a header bullet after another at the same list level, both dated: the
			// next position in the same list, not one nested under the previous
			e.parent = cur.parent
		case it.Bullet && cur != nil && !cur.hasBody():
			e.parent, nest = cur, cur
		case it.Bullet:
			e.parent = nest
		case hasDate(it.text) || wordScore(it.text, titleWords) > 0:
			nest = nil
		}
		entries = append(entries, e)
		cur = e
		last = "header"
	}
	addText := func(it item) {
		text, rail, loc, dur := stripRail(it)
		l := resume.Line{Text: text, Pos: it.Pos}
		if cur == nil {
			s.Text = append(s.Text, l)
			lastText = &s.Text[len(s.Text)-1]
		} else {
			cur.text = append(cur.text, l)
			lastText = &cur.text[len(cur.text)-1]
			cur.noteRail(rail, loc, dur)
		}
		last = "text"
	}
	for i, it := range items {
		if !it.Bullet && isDuration(it.text) {
			// an employer's tenure line, under its name: kept as the role's text, never
			// a header line
			l := resume.Line{Text: it.text, Pos: it.Pos}
			if cur == nil {
				s.Text = append(s.Text, l)
			} else {
				cur.tenure = append(cur.tenure, l)
			}
			continue
		}
		if cur != nil && !cur.headerHasDate() && len(cur.bullets) == 0 && len(cur.text) <= 2 && shortLines(cur.text) &&
			!it.Bullet && datesLine(it) {
			// the dates of a header that a sidebar's words (read in between) parted
			// from it: "Employer" / "Title" / "Go" / "Month Year - Present"
			cur.header = append(cur.header, it)
			cur.tenure = append(cur.tenure, cur.text...)
			cur.text = nil
			last = "header"
			continue
		}
		if cur != nil && len(cur.bullets) == 0 && cur.closeWith == "" && cur.openDate() {
			if end, rest, ok := dateEndPart(it); ok {
				cur.closeWith = end
				if rest == nil {
					continue
				}
				it = *rest
			}
		}
		switch {
		case last == "header" && headerWrapped(cur.header[len(cur.header)-1], it):
			cur.header[len(cur.header)-1] = mergeWrapped(cur.header[len(cur.header)-1], it)
		case it.Bullet && headerBullet(items, i):
			newEntry(it)
		case it.Bullet:
			text, rail, loc, dur := stripRail(it)
			bl := resume.Bullet{Text: text, Pos: it.Pos}
			if cur == nil {
				s.Bullets = append(s.Bullets, bl)
				lastBullet = &s.Bullets[len(s.Bullets)-1]
			} else if len(cur.bullets) > 0 && it.ListLevel > cur.level && last == "bullet" {
				// a nested item details the achievement above it: it goes on that
				// bullet, so a role's bullets are its top-level achievements
				lastBullet.Text = strings.TrimRight(lastBullet.Text, " :;") + "; " + text
				cur.noteRail(rail, loc, dur)
			} else {
				if len(cur.bullets) == 0 {
					cur.level = it.ListLevel
				}
				cur.bullets = append(cur.bullets, bl)
				lastBullet = &cur.bullets[len(cur.bullets)-1]
				cur.noteRail(rail, loc, dur)
			}
			last = "bullet"
		case last == "bullet" && b.continuesBullet(items, i):
			text, rail, loc, dur := stripRail(it)
			lastBullet.Text = joinWrapped(lastBullet.Text, text)
			if cur != nil {
				cur.noteRail(rail, loc, dur)
			}
		case last == "header" && it.Continuation && cur.canJoin(it):
			cur.header = append(cur.header, it)
		case last == "text" && b.continuesText(items, i, true):
			text, rail, loc, dur := stripRail(it)
			lastText.Text = joinWrapped(lastText.Text, text)
			if cur != nil {
				cur.noteRail(rail, loc, dur)
			}
		case cur != nil && !cur.hasBody():
			switch {
			case orgUnderTitle(cur, it):
				// "Title \t 2014 - Present" then "Organisation \t Town, Region": the
				// second line of the same header, not an employer opening the next role
				cur.header = append(cur.header, it)
				last = "header"
			case cur.headerHasDate() && startsDatedHeader(items, i) && !(len(cur.header) == 3 && cur.canJoin(it)):
				// a role listed without a body, followed by the next role's header (but
				// the place under an employer / title / dates header is its fourth line)
				newEntry(it)
			case cur.canJoin(it):
				cur.header = append(cur.header, it)
				last = "header"
			case hasDate(it.text) && headerLike(it):
				newEntry(it)
			default:
				addText(it)
			}
		case headerLike(it) && (cur == nil || strongHeader(it)):
			newEntry(it)
		default:
			addText(it)
		}
	}
	var out []*entry
	orderRoles(entries)
	for _, e := range entries {
		r := &e.role
		if r.Start == nil && e.rail != nil {
			r.Start, r.End, r.Current, r.DatesText = e.rail.Start, e.rail.End, e.rail.Current, e.rail.Text
		}
		if r.Location == "" {
			r.Location = e.railLoc
		}
		if e.closeWith != "" && r.Start != nil {
			if d, ok := parseRange(r.DatesText + " - " + e.closeWith); ok {
				r.End, r.Current, r.DatesText = d.End, d.Current, d.Text
			}
		}
		if e.railDur != "" && r.DatesText != "" {
			r.DatesText = withDuration(r.DatesText, e.railDur)
		}
		if p := e.parent; p != nil && p.role.Organisation != "" {
			// a position nested under an employer: the employer is the organisation and
			// the whole header line is the title.
			r.Title = headerTitle(e.header)
			r.Organisation = p.role.Organisation
			if r.Location == "" {
				r.Location = p.role.Location
			}
		}
		// An undated header without a job-title word (or repeating the title), under a
		// dated role, is a sub-heading of that role ("Platform Engineering",
		// "Responsibilities"), not a role of its own.
		if n := len(out); n > 0 && r.Start == nil && e.parent == nil && out[n-1].role.Start != nil {
			all := headerTitle(e.header)
			if wordScore(all, titleWords) == 0 || len(e.header) == 1 && strings.EqualFold(all, out[n-1].role.Title) {
				prev := out[n-1]
				for _, h := range e.header {
					prev.text = append(prev.text, resume.Line{Text: strings.Join(h.parts, " "), Pos: h.Pos})
				}
				prev.text = append(prev.text, e.text...)
				prev.tenure = append(prev.tenure, e.tenure...)
				prev.bullets = append(prev.bullets, e.bullets...)
				continue
			}
		}
		out = append(out, e)
	}
	// Several titles under one employer: an undated employer line (the organisation,
	// perhaps with its place) stands above the first title ("Acme Corp" / "Senior Engineer" / dates), and the titles after it, each
	// with its own dates and no organisation, belong to it too.
	employer := ""
	for _, e := range out {
		r := &e.role
		switch {
		case employer != "" && r.Start != nil && e.parent == nil && titleLineOnly(e, r):
			// "Data Engineer - Big Data - Risk Technology" / dates under the employer: a
			// dashed title line of the same employer, not "Title - Organisation"
			r.Title, r.Organisation = trimFrag(e.header[0].text), employer
		case r.Organisation != "" && e.parent == nil:
			employer = ""
			if h := e.header[0].text; len(e.header) > 1 && !hasDate(h) && strings.Contains(h, r.Organisation) &&
				(r.Title == "" || !strings.Contains(h, r.Title)) {
				employer = r.Organisation
			}
		case r.Organisation == "" && r.Title != "" && r.Start != nil && employer != "":
			r.Organisation = employer
		}
	}
	out = dropUmbrellas(out)
	for _, e := range out {
		r := e.role
		r.Bullets = e.bullets
		r.Text = append(r.Text, e.text...)
		r.Text = append(r.Text, e.tenure...)
		if len(r.Bullets) == 0 {
			r.Bullets, r.Text = proseBullets(r.Text)
			b.noteProse(r)
		}
		s.Roles = append(s.Roles, r)
	}
}

// proseBullets turns a role's description into bullets when the role has no bullet
// markers at all: some templates (and many PDFs whose list glyphs were images) print
// each achievement as its own sentence or paragraph, and the analysis works on bullets.
// Only sentence-like lines are converted; short labels stay text.
func proseBullets(text []resume.Line) ([]resume.Bullet, []resume.Line) {
	var bullets []resume.Bullet
	var rest []resume.Line
	for _, l := range text {
		n := len(strings.Fields(l.Text))
		if n >= 4 && !strings.HasSuffix(l.Text, ":") && !isDuration(l.Text) {
			bullets = append(bullets, resume.Bullet{Text: l.Text, Pos: l.Pos})
		} else {
			rest = append(rest, l)
		}
	}
	return bullets, rest
}

func (e *entry) noteRail(rail *resume.DateRange, loc, dur string) {
	if rail != nil && e.rail == nil {
		e.rail = rail
	}
	if dur != "" && e.railDur == "" {
		e.railDur = dur
	}
	if loc != "" && e.railLoc == "" {
		e.railLoc = loc
	}
}

// orderRoles reads the header of every entry. Where no job-title word tells title and
// organisation apart ("Van Pet Yaletown" / "Stock Person"), the order the section's
// other roles print them in decides, when they agree.
func orderRoles(entries []*entry) {
	var guessed []*entry
	orgFirst, titleFirst := 0, 0
	for _, e := range entries {
		var g bool
		e.role, g = parseHeaderOrder(e.header, 0)
		if g {
			guessed = append(guessed, e)
			continue
		}
		r := e.role
		if e.parent != nil || r.Title == "" || r.Organisation == "" {
			continue
		}
		var lines []string
		for _, h := range e.header {
			lines = append(lines, h.text)
		}
		joined := strings.Join(lines, "\n")
		ti, oi := strings.Index(joined, r.Title), strings.Index(joined, r.Organisation)
		switch {
		case ti < 0 || oi < 0 || ti == oi:
		case oi < ti:
			orgFirst++
		default:
			titleFirst++
		}
	}
	order := 0
	switch {
	case orgFirst > 2*titleFirst:
		order = 1
	case titleFirst > 2*orgFirst:
		order = -1
	}
	if order == 0 {
		return
	}
	for _, e := range guessed {
		e.role, _ = parseHeaderOrder(e.header, order)
	}
}

// headerTitle is a header's text without its dates, for nested positions.
func headerTitle(h []item) string {
	var out []string
	for _, l := range h {
		for _, p := range l.parts {
			if isDateRangeText(p) {
				continue
			}
			if _, a, e, ok := findDate(p); ok {
				p = p[:a] + p[e:]
			}
			p = trimFrag(p)
			if p != "" {
				out = append(out, p)
			}
		}
	}
	return strings.Join(out, ", ")
}

func trimFrag(s string) string {
	s = strings.TrimSpace(s)
	for {
		t := strings.Trim(s, " ,;:–—-|")
		t = strings.TrimSuffix(t, "()")
		t = strings.TrimSuffix(t, "[]")
		t = strings.TrimSpace(t)
		if strings.HasSuffix(t, "(") {
			t = strings.TrimSuffix(t, "(")
		}
		if strings.HasPrefix(t, ")") {
			t = strings.TrimPrefix(t, ")")
		}
		if t == s {
			return t
		}
		s = t
	}
}

// parseHeader reads title, organisation, place and dates from a role's header lines,
// in whatever order the template printed them.
func parseHeader(lines []item) resume.Role {
	r, _ := parseHeaderOrder(lines, 0)
	return r
}

// parseHeaderOrder is parseHeader with the order the document's other roles print
// title and organisation in (order > 0: organisation first, < 0: title first, 0:
// unknown), for a header in which no job-title word tells them apart. guessed says
// that the header was such a one.
func parseHeaderOrder(lines []item, order int) (r resume.Role, guessed bool) {
	r = resume.Role{Pos: lines[0].Pos}
	// The dates: a part that is all dates beats a range inside a part, which beats a
	// single date inside a part ("President at 2013 \t Jun. 2010 – Jun. 2017").
	var dr *resume.DateRange
	dl, dp, da, de, rank := -1, -1, 0, 0, 0
	for li, l := range lines {
		for pi, p := range l.parts {
			if d, ok := parseRange(p); ok && rank < 3 {
				dr, dl, dp, da, de, rank = &d, li, pi, 0, len(p), 3
			} else if d, a, e, ok := findDate(p); ok {
				r := 1
				if d.Current || d.End == nil || *d.End != *d.Start {
					r = 2
				}
				if r > rank {
					dr, dl, dp, da, de, rank = &d, li, pi, a, e, r
				}
			}
		}
	}
	// Several dates for one role ("Summer 2012 and 2013", "Jan 2014 - Apr 2018, Dec
	// 2018 - Present") read as the span from the first start to the last end.
	if dl >= 0 {
		if w, a, e, ok := spanAll(lines[dl].parts[dp]); ok && a <= da && e >= de {
			dr, da, de = &w, a, e
		}
	}
	// A narrow left rail wraps the organisation onto the line of the dates:
	// "ThoughtWorks \t Lead Developer on Mingle" then "Products 2011". The words
	// before the date (not a place, not a job title) end the rail's first part.
	if dl == 1 && dp == 0 && da > 0 && len(lines[0].parts) == 2 && len(lines[1].parts) == 1 {
		p := lines[1].parts[0]
		rest := strings.TrimSpace(p[:da])
		if r, _ := utf8.DecodeRuneInString(rest); unicode.IsUpper(r) && strings.TrimSpace(p[de:]) == "" &&
			len(strings.Fields(rest)) <= 3 && !hasDigit(rest) && !isLocation(rest) && wordScore(rest, titleWords) == 0 {
			first, second := lines[0], lines[1]
			first.parts = []string{first.parts[0] + " " + rest, first.parts[1]}
			second.parts = []string{p[da:de]}
			lines = append([]item{first, second}, lines[2:]...)
			da, de = 0, len(second.parts[0])
		}
	}
	if dr == nil {
		// "Month 20XX – Ongoing": a template's placeholder start before a real end is
		// the role's dates, not a name
		for li, l := range lines {
			for pi, p := range l.parts {
				if !mayBePlaceholderRange(p) {
					continue
				}
				if m := placeholderRangeRE.FindStringSubmatch(p); m != nil && dl < 0 {
					r.Current, r.DatesText = true, strings.TrimSpace(p[len(m[1]):])
					dl, dp, da, de = li, pi, 0, len(p)
				}
			}
		}
	}
	var frags []string
	var fragSeg []int
	seg := 0
	for li, l := range lines {
		// a line of its own under the dates that reads as a place is the place, even
		// "Town, Region, Country", which inside a header line reads as "Org, Town, ST"
		if dl >= 0 && li > dl && len(l.parts) == 1 && r.Location == "" && isLocation(l.parts[0]) {
			r.Location = l.parts[0]
			continue
		}
		for pi, p := range l.parts {
			if li == dl && pi == dp {
				if da == 0 && de == len(p) {
					continue
				}
				p = p[:da] + " | " + p[de:]
			}
			// segments are what bars, bullets and "@" separate; dashes separate
			// fragments within a segment
			for _, sg := range splitAtSeps(p, segmentSeps(p)) {
				seg++
				for _, f := range splitAtSeps(sg, dashSeps(sg)) {
					for _, x := range splitAt(f) {
						frags = append(frags, x)
						fragSeg = append(fragSeg, seg)
					}
				}
			}
		}
	}
	// Commas split "Title, Organisation" only when nothing else separated the header:
	// in "Team Lead, Mobile · Acme · Dublin" the comma is part of the title.
	named := 0
	for _, f := range frags {
		if f = trimFrag(f); f != "" && !isLocation(f) && strings.IndexFunc(f, unicode.IsLetter) >= 0 {
			named++
		}
	}
	if dr != nil {
		r.Start, r.End, r.Current, r.DatesText = dr.Start, dr.End, dr.Current, dr.Text
	}
	var cands []string
	var candSeg []int
	for fi, f := range frags {
		f = trimFrag(f)
		if strings.IndexFunc(f, unicode.IsLetter) < 0 {
			continue // nothing but numbers or punctuation: the rest of a date
		}
		if isDuration(f) {
			r.Text = append(r.Text, resume.Line{Text: f, Pos: r.Pos}) // a tenure
			continue
		}
		if w, n, ok := labelAt(f, roleLabels, false); ok {
			f = strings.TrimSpace(f[n:])
			if strings.EqualFold(w, "location") && r.Location == "" {
				r.Location = f
				continue
			}
			if f == "" {
				continue
			}
		}
		if isLabelWord(f) {
			continue
		}
		pieces, loc := splitComma(f, named < 2)
		if loc != "" && r.Location == "" {
			r.Location = loc
		}
		cands = append(cands, pieces...)
		for range pieces {
			candSeg = append(candSeg, fragSeg[fi])
		}
	}
	best, bestScore := -1, 0
	for i, c := range cands {
		if sc := wordScore(c, titleWords)*2 - wordScore(c, orgWords); sc > bestScore {
			best, bestScore = i, sc
		}
	}
	if best < 0 && len(cands) > 0 {
		// no job-title word anywhere: an organisation word picks the organisation and
		// the other fragment is the title; otherwise title first, as most templates do.
		best = 0
		if len(cands) > 1 {
			guessed = true
			o0, o1 := wordScore(cands[0], orgWords), wordScore(cands[1], orgWords)
			switch {
			case order > 0 && o0-o1 > -2, order < 0 && o0-o1 >= 2, order == 0 && o0 > o1:
				// a strong organisation word ("Inc", "University") outweighs the
				// document's order; a weak one ("Technology", "Market") does not
				best = 1
			}
		}
	}
	orgAt := -1
	for i, c := range cands {
		switch {
		case i == best:
			r.Title = c
		case r.Organisation == "":
			r.Organisation, orgAt = c, i
			if org, desc, ok := orgDescriptor(c); ok {
				r.Organisation = org
				r.Text = append(r.Text, resume.Line{Text: desc, Pos: r.Pos})
			}
			if r.Location == "" {
				// "Tulipwave Commerce, Rotterdam": a town the place lexicon does not list,
				// after the organisation's last comma.
				if org, place, ok := trailingPlace(c); ok {
					r.Organisation, r.Location = org, place
				}
			}
		case r.Location == "" && i == len(cands)-1 && placeLike(c):
			// "Title · Organisation · Cork": a third short name is the place
			r.Location = c
		default:
			r.Text = append(r.Text, resume.Line{Text: c, Pos: r.Pos})
		}
	}
	if best >= 0 && orgAt >= 0 && candSeg[orgAt] != candSeg[best] {
		// The organisation stands apart from the title, so dashes inside the title's
		// segment are part of the title: "Data Scientist - Investment Manager",
		// "Team Lead – Payments Platform" under "Example Corp".
		title := []string{r.Title}
		var text []resume.Line
		for _, l := range r.Text {
			joined := false
			for j, c := range cands {
				if j != best && candSeg[j] == candSeg[best] && c == l.Text {
					title = append(title, c)
					joined = true
					break
				}
			}
			if !joined {
				text = append(text, l)
			}
		}
		if len(title) > 1 {
			r.Title, r.Text = strings.Join(title, " - "), text
		}
	}
	return r, guessed
}

// placeholderRangeRE: a range whose start is a template's placeholder ("Month 20XX",
// "YYYY") and whose end says the post goes on.
var placeholderRangeRE = lazyregexp.New(`(?i)^((?:dates?|period)\s*:\s*)?(?:\p{L}+\.?\s+)?(?:\d{0,2}[x?]{2}|yyyy)\s*[-–—]\s*(?:present|ongoing|current|now)$`)

// isRoleLabelled: s begins with one of roleLabels and a colon ("Dates: 2019").
func isRoleLabelled(s string) bool {
	_, _, ok := labelAt(s, roleLabels, false)
	return ok
}

func isLabelWord(s string) bool {
	switch strings.ToLower(strings.Trim(s, " :")) {
	case "date", "dates", "location", "period", "present", "current":
		return true
	}
	return false
}

// splitAt splits "Senior Engineer at Acme" when the left side is a job title.
func splitAt(f string) []string {
	lf := strings.ToLower(f)
	if i := strings.Index(lf, " at "); i > 0 && wordScore(f[:i], titleWords) > 0 && wordScore(f[i+4:], titleWords) == 0 {
		return []string{f[:i], f[i+4:]}
	}
	return []string{f}
}

// splitComma separates a trailing place ("Acme, Berlin, Germany") and splits
// "Title, Organisation" (or the reverse) where exactly one side names a job title.
func splitComma(f string, split bool) ([]string, string) {
	ps := strings.Split(f, ",")
	// In a header, "Org, City, ST" is likelier than a three-part place.
	if isLocation(f) && (len(ps) < 3 || strings.Contains(f, "&") || !isLocation(strings.Join(ps[len(ps)-2:], ","))) {
		return nil, f
	}
	loc := ""
	ps0 := ps
	for start := 1; start < len(ps); start++ {
		if len(ps)-start >= 3 && isLocation(strings.Join(ps[len(ps)-2:], ",")) {
			continue // "Title, Org, Town, ST": the place is the last two
		}
		if c := strings.TrimSpace(strings.Join(ps[start:], ",")); isLocation(c) {
			loc = c
			ps = ps[:start]
			// "Title, Acme, Norway" with no organisation elsewhere in the header: the
			// name before the country is the employer, unless the lexicon knows it
			// as a place ("Title, Munich, Germany")
			if first := strings.TrimSpace(ps0[start]); split && len(ps0)-start >= 2 && !placeWords[strings.ToLower(first)] &&
				wordScore(strings.Join(ps, ","), titleWords) > 0 && wordScore(first, titleWords) == 0 &&
				isLocation(strings.Join(ps0[start+1:], ",")) {
				ps = append(ps, ps0[start])
				loc = strings.TrimSpace(strings.Join(ps0[start+1:], ","))
			}
			break
		}
	}
	if split && len(ps) >= 2 {
		for k := 1; k < len(ps); k++ {
			left := strings.TrimSpace(strings.Join(ps[:k], ","))
			right := strings.TrimSpace(strings.Join(ps[k:], ","))
			if (wordScore(left, titleWords) > 0) != (wordScore(right, titleWords) > 0) {
				return []string{left, right}, loc
			}
		}
	}
	whole := trimFrag(strings.Join(ps, ","))
	if whole == "" {
		return nil, loc
	}
	return []string{whole}, loc
}

// openDate: the header's only date is a lone start ("Acme Cloud 2020" or "2020 -"), so
// the range may end on the next line.
func (e *entry) openDate() bool {
	for _, h := range e.header {
		for _, p := range h.parts {
			if d, _, _, ok := findDate(p); ok {
				return !d.Current && (d.End == nil || *d.End == *d.Start) &&
					!strings.ContainsAny(d.Text, "–—") && !strings.Contains(strings.ToLower(d.Text), " to ")
			}
		}
	}
	return false
}

// dateEndPart: a line whose first part is only a date or "Present" (a bullet marker
// "-" already stripped by the extractor), the wrapped end of an open range. rest is
// the line without that part, or nil when nothing else is on it.
func dateEndPart(it item) (string, *item, bool) {
	p := strings.TrimLeft(it.parts[0], "-–— ")
	low := strings.ToLower(p)
	_, isDate := resume.ParseDate(p)
	if !isDate && low != "present" && low != "current" && low != "now" && low != "ongoing" && low != "today" {
		return "", nil, false
	}
	if len(it.parts) == 1 {
		return p, nil, true
	}
	rest := it
	rest.parts = append([]string(nil), it.parts[1:]...)
	if t := strings.TrimLeft(rest.parts[0], "•●▪◦∙‣➢✓*-– "); t != rest.parts[0] {
		// the list marker sat in the right column after the date column
		rest.parts[0] = t
		rest.Bullet = true
	}
	rest.text = strings.Join(rest.parts, " ")
	rest.words = len(strings.Fields(rest.text))
	return p, &rest, true
}

// headerWrapped: a header line whose first part ended in a hyphen, continued in lower
// case on the next line ("Pivotal Soft-" / "ware 2018"), as a narrow column wraps.
func headerWrapped(prev, it item) bool {
	if it.Bullet || len(prev.parts) == 0 {
		return false
	}
	a := prev.parts[0]
	if !strings.HasSuffix(a, "-") || len(a) < 2 {
		return false
	}
	before, _ := utf8.DecodeLastRuneInString(a[:len(a)-1])
	after, _ := utf8.DecodeRuneInString(it.parts[0])
	return unicode.IsLetter(before) && unicode.IsLower(after)
}

// mergeWrapped joins the first parts of two header lines and keeps the other parts.
func mergeWrapped(prev, it item) item {
	m := prev
	m.parts = append([]string{joinWrapped(prev.parts[0], it.parts[0])}, prev.parts[1:]...)
	m.parts = append(m.parts, it.parts[1:]...)
	m.text = strings.Join(m.parts, " ")
	m.words = len(strings.Fields(m.text))
	return m
}

// trailingPlace splits "Organisation, Town" when the part after the last comma reads
// as a place name.
func trailingPlace(s string) (org, place string, ok bool) {
	i := strings.LastIndex(s, ", ")
	if i <= 0 {
		return "", "", false
	}
	org, place = strings.TrimSpace(s[:i]), strings.TrimSpace(s[i+2:])
	if org == "" || !placeLike(place) {
		return "", "", false
	}
	// "Acme, St. Peters, Mo.": a region written as an abbreviation takes the town
	// before it
	if j := strings.LastIndex(org, ", "); j > 0 && regionAbbrevRE.MatchString(place) && placeLike(org[j+2:]) {
		org, place = strings.TrimSpace(org[:j]), org[j+2:]+", "+place
	}
	return org, place, true
}

// regionAbbrevRE: a region written as an abbreviation ("Mo.", "Calif.", "Ont.").
var regionAbbrevRE = lazyregexp.New(`^\p{Lu}\p{Ll}{1,4}\.$`)

// placeLike: one to three capitalised words with no title or organisation word, as an
// unlisted town is.
func placeLike(s string) bool {
	w := strings.Fields(s)
	if len(w) == 0 || len(w) > 3 || hasDigit(s) || wordScore(s, titleWords) > 0 || wordScore(s, orgWords) > 0 {
		return false
	}
	for _, x := range w {
		if r, _ := utf8.DecodeRuneInString(x); !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// orgDescriptor splits a trailing bracket that describes the organisation rather than
// names it ("Example Health (Healthtech)", "Testco (QA software testing)"): every word
// in it is a sector word or in lower case. A bracket that names ("Robotics
// (Aldebaran)", "Club (Developers' Network of X)") stays.
func orgDescriptor(s string) (org, desc string, ok bool) {
	i := strings.LastIndex(s, " (")
	if i <= 0 || !strings.HasSuffix(s, ")") {
		return "", "", false
	}
	org, desc = strings.TrimSpace(s[:i]), s[i+1:]
	words := strings.Fields(strings.Trim(desc, "()"))
	if len(words) == 0 || len(words) > 4 || strings.IndexFunc(org, unicode.IsLetter) < 0 {
		return "", "", false
	}
	for _, w := range words {
		low := strings.ToLower(strings.Trim(w, ",;"))
		if !sectorWords[low] && low != strings.Trim(w, ",;") {
			return "", "", false
		}
	}
	return org, desc, true
}

// datesLine: a line that is only a date range, perhaps with a tenure after it.
func datesLine(it item) bool {
	if len(it.parts) != 1 {
		return false
	}
	d, a, e, ok := findDate(it.text)
	if !ok || a > 0 || !(d.Current || d.End != nil && d.Start != nil && *d.End != *d.Start) {
		return false
	}
	rest := strings.TrimSpace(it.text[e:])
	return rest == "" || isDuration(rest)
}

// shortLines: every line has at most two words.
func shortLines(ls []resume.Line) bool {
	for _, l := range ls {
		if len(strings.Fields(l.Text)) > 2 {
			return false
		}
	}
	return true
}

// paragraphWords: a description line this long (wrapped lines joined) is a paragraph
// of prose rather than one achievement.
const paragraphWords = 40

// noteProse remembers a role whose bullets were made from its description lines, and
// how many of those lines read as paragraphs.
func (b *builder) noteProse(r resume.Role) {
	if len(r.Bullets) == 0 {
		return
	}
	long := 0
	for _, bl := range r.Bullets {
		if len(strings.Fields(bl.Text)) >= paragraphWords {
			long++
		}
	}
	if b.prose == nil {
		b.prose = map[resume.Pos][2]int{}
	}
	b.prose[r.Pos] = [2]int{len(r.Bullets), long}
}

// unprose undoes proseBullets in a document written in paragraphs: when most of the
// description lines turned into bullets are paragraphs, the writer described roles in
// prose, and prose is not a list of achievements.
func (b *builder) unprose(sections []resume.Section) {
	lines, long := 0, 0
	for _, n := range b.prose {
		lines += n[0]
		long += n[1]
	}
	if long < 2 || long*2 < lines {
		return
	}
	for si := range sections {
		for ri := range sections[si].Roles {
			r := &sections[si].Roles[ri]
			if _, ok := b.prose[r.Pos]; !ok {
				continue
			}
			var text []resume.Line
			for _, bl := range r.Bullets {
				text = append(text, resume.Line{Text: bl.Text, Pos: bl.Pos})
			}
			r.Text = append(text, r.Text...)
			r.Bullets = nil
		}
	}
}
