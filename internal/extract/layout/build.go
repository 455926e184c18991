package layout

import (
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/resumecheck/resumecheck/internal/lazyregexp"
	"github.com/resumecheck/resumecheck/internal/resume"
)

// Options carries what Build needs besides the lines.
type Options struct {
	Source resume.SourceInfo
	// Now is the date "Present" means when experience is computed; zero means today.
	Now resume.Date
}

// item is a non-blank line with its tab-separated parts cleaned up.
type item struct {
	Line
	parts []string
	text  string // parts joined by a single space
	words int
}

func newItem(l Line) (item, bool) {
	if t, ok := despace(l.Text); ok {
		l.Text = t
	}
	var parts []string
	// Some TeX fonts map their hyphen glyph to U+00AD (soft hyphen); as printed it is a
	// hyphen or a dash, so read it as one.
	for _, p := range strings.Split(hyphens.Replace(l.Text), "\t") {
		p = cleanSpace(p)
		if p != "" {
			parts = append(parts, p)
		}
	}
	if len(parts) == 0 {
		return item{}, false
	}
	// a list marker the extractor left in the text ("∗ Deployed ...")
	if r, n := utf8.DecodeRuneInString(parts[0]); markerRunes[r] && len(parts[0]) > n && parts[0][n] == ' ' {
		if l.Bullet {
			l.ListLevel++
		}
		l.Bullet, l.Continuation = true, false
		parts[0] = strings.TrimSpace(parts[0][n:])
	}
	t := strings.Join(parts, " ")
	return item{Line: l, parts: parts, text: t, words: fieldCount(t)}, true
}

// hyphens reads U+00AD as the hyphen it was printed as, once where an extractor left
// it next to another hyphen character.
var hyphens = strings.NewReplacer("-\u00ad\u2010", "-", "\u00ad\u2010", "-", "-\u00ad", "-", "\u00ad", "-")

// cleanSpace collapses runs of white space and drops zero-width and control runes.
func cleanSpace(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case r == '\u200b' || r == '\ufeff':
			continue
		case unicode.IsSpace(r):
			space = true
			continue
		case unicode.IsControl(r):
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// Build turns the line stream of any extractor into the document model: the contact
// block, the sections with their kinds, the roles of experience-like sections with
// their dates and bullets, and the experience summary.
func Build(lines []Line, opts Options) *resume.Document {
	useLexicon()
	doc := &resume.Document{Source: opts.Source}
	var items []item
	name := ""
	for _, l := range lines {
		it, ok := newItem(l)
		if !ok {
			continue
		}
		// Page furniture (page numbers, running heads that repeat the name, a
		// "(continued)" line) is dropped before layout, so that a section goes on over
		// the page break.
		if len(items) > 0 && furniture(it, name) {
			continue
		}
		if len(items) < 3 && name == "" && !it.Bullet && looksLikeName(it.text) {
			name = strings.ToLower(it.text)
		}
		items = append(items, it)
	}
	items = joinSplitDates(items)
	// When most of a document is bold, bold tells nothing apart.
	bold := 0
	for _, it := range items {
		if it.Bold {
			bold++
		}
	}
	if bold*5 >= len(items)*3 {
		for i := range items {
			items[i].Bold = false
		}
	}
	heads := findHeadings(items)

	// The contact block is what comes before the first heading, up to the first bullet
	// or sentence: résumés that open with an unheaded summary get it as a section.
	first := len(items)
	for i := range items {
		if heads[i].ok {
			first = i
			break
		}
	}
	endContact := first
	for i := 0; i < first; i++ {
		it := items[i]
		wrapped := i+1 < first && items[i+1].Continuation && !items[i+1].Bullet
		if i > 0 && (it.Bullet && !hasContactItem(it.text) || (it.words >= 12 || wrapped) && !hasContactItem(it.text) || i >= 8) {
			endContact = i
			break
		}
	}
	contactItems := append([]item(nil), items[:endContact]...)
	// Contact details elsewhere (a sidebar "Contact" section, a footer line) join the
	// contact block, so that a report that redacts it leaves none behind.
	var body []item
	var bodyHeads []headInfo
	for i := endContact; i < len(items); i++ {
		if heads[i].ok && isContactHeading(items[i].text) {
			j := i + 1
			for j < len(items) && !heads[j].ok {
				j++
			}
			contactItems = append(contactItems, items[i+1:j]...)
			i = j - 1
			continue
		}
		if !heads[i].ok && !items[i].Bullet && onlyContact(items[i]) {
			contactItems = append(contactItems, items[i])
			continue
		}
		body = append(body, items[i])
		bodyHeads = append(bodyHeads, heads[i])
	}
	doc.Contact = parseContact(contactItems)
	b := &builder{format: opts.Source.Format, fullLen: fullLineLength(items)}
	first = len(body)
	for i := range body {
		if bodyHeads[i].ok {
			first = i
			break
		}
	}
	if first > 0 {
		doc.Sections = append(doc.Sections, b.section("", resume.KindSummary, body[0].Pos, body[:first]))
	}
	employers := -1 // the section gathering roles whose employers are headings
	var parent item // the last heading of a higher rank than the one being read
	var parentKind resume.SectionKind
	for i := first; i < len(body); {
		j := i + 1
		for j < len(body) && !bodyHeads[j].ok {
			j++
		}
		h, hi, content := body[i], bodyHeads[i], body[i+1:j]
		heading, kind := strings.TrimRight(h.text, ": "), hi.kind
		i = j
		if parentKind != "" && kind == resume.KindLeadership && subHeading(h, parent) {
			// "Community" under "Honors & Awards": a sub-heading of a section of
			// awards, talks or certificates lists more of them, not positions held
			kind = parentKind
		} else if parentKind == "" || !subHeading(h, parent) {
			parent, parentKind = h, ""
			if hi.known && kind != resume.KindOther && !kind.RoleBearing() {
				parentKind = kind
			}
		}
		if !hi.known && kind == resume.KindOther {
			// A heading layout does not know, over jobs: either the employer of the
			// role under it, or the name of an experience-like section.
			switch {
			case b.employerHeading(h, content):
				s := b.section("", resume.KindExperience, h.Pos, append([]item{h}, content...))
				if employers >= 0 && employers == len(doc.Sections)-1 {
					appendSection(&doc.Sections[employers], s)
				} else {
					doc.Sections = append(doc.Sections, s)
					employers = len(doc.Sections) - 1
				}
				continue
			case roleAnchors(content) > 0:
				kind = resume.KindExperience
			}
		}
		if n := len(doc.Sections); hi.known && !kind.RoleBearing() && n > 0 && emptySection(doc.Sections[n-1]) &&
			doc.Sections[n-1].Kind.RoleBearing() && roleAnchors(content) > 0 {
			// A role-bearing heading with nothing under it, then another heading over
			// dated jobs: a sidebar's heading printed between the heading and its
			// content (two-column exports read in order). The jobs are the first's.
			prev := &doc.Sections[n-1]
			appendSection(prev, b.section(prev.Heading, prev.Kind, h.Pos, append([]item{h}, content...)))
			continue
		}
		s := b.section(heading, kind, h.Pos, content)
		if n := len(doc.Sections); n > 0 && isContinued(heading) {
			// "Experience (continued)": the section of that kind before it goes on
			merged := false
			for k := n - 1; k >= 0 && !merged; k-- {
				if doc.Sections[k].Kind == kind {
					appendSection(&doc.Sections[k], s)
					merged = true
				}
			}
			if merged {
				continue
			}
		}
		doc.Sections = append(doc.Sections, s)
	}
	now := opts.Now
	if now.IsZero() {
		t := time.Now().UTC()
		now = resume.Date{Year: t.Year(), Month: int(t.Month())}
	}
	if d := opts.Source.Saved; d != nil && savedPlausible(*d, now, doc.Sections) {
		// "Present" in a résumé saved years ago meant then, not today.
		now = *d
	}
	b.unprose(doc.Sections)
	doc.Experience = resume.ComputeExperience(doc.Sections, now)
	return doc
}

// savedPlausible says whether the month a file says it was saved can stand for the
// "Present" of its roles: a month with a known month number, not after today, and not
// before any experience role's start or stated end (metadata that a template kept
// from an older file, or a clock set wrong, fails this).
func savedPlausible(d, now resume.Date, sections []resume.Section) bool {
	if d.Month == 0 || d.Months() > now.Months() && now.Month != 0 {
		return false
	}
	for _, s := range sections {
		if s.Kind != resume.KindExperience {
			continue
		}
		for _, r := range s.Roles {
			for _, x := range []*resume.Date{r.Start, r.End} {
				if x != nil && x.Months() > d.Months() {
					return false
				}
			}
		}
	}
	return true
}

type builder struct {
	format resume.Format
	// fullLen is the length of a full-width line (the 90th percentile in runes): a
	// line much shorter than that was not wrapped, it ended.
	fullLen int
	// the widest line of the section last measured (sectionWidth)
	widthOf  *item
	widthLen int
	width    int
	// prose holds, per role whose bullets were made from description lines, how many
	// lines and how many of them were paragraphs (noteProse)
	prose map[resume.Pos][2]int
}

func fullLineLength(items []item) int {
	var n []int
	for _, it := range items {
		n = append(n, utf8.RuneCountInString(it.text))
	}
	if len(n) == 0 {
		return 0
	}
	sort.Ints(n)
	return n[len(n)*9/10]
}

// wasWrapped: a line at least 70% of the full width may have wrapped; a shorter one
// ended where the writer ended it.
func (b *builder) wasWrapped(prev item) bool {
	return b.fullLen < 40 || utf8.RuneCountInString(prev.text)*10 >= b.fullLen*7
}

// section builds one section from the lines under its heading.
func (b *builder) section(heading string, kind resume.SectionKind, pos resume.Pos, items []item) resume.Section {
	s := resume.Section{Heading: heading, Kind: kind, Pos: pos}
	if kind.RoleBearing() {
		b.roles(&s, items)
		if kind == resume.KindProjects {
			s.FlattenRoles()
		}
	} else {
		b.plain(&s, kind, items)
	}
	return s
}

// plain fills a section that holds no roles: bullets (wrapped lines joined) and text.
func (b *builder) plain(s *resume.Section, kind resume.SectionKind, items []item) {
	last := ""
	for i, it := range items {
		switch {
		case it.Bullet:
			s.Bullets = append(s.Bullets, resume.Bullet{Text: it.text, Pos: it.Pos})
			last = "bullet"
		case last == "bullet" && b.continuesBullet(items, i):
			bl := &s.Bullets[len(s.Bullets)-1]
			bl.Text = joinWrapped(bl.Text, it.text)
		case last == "text" && b.continuesText(items, i, kind == resume.KindSummary):
			tl := &s.Text[len(s.Text)-1]
			tl.Text = joinWrapped(tl.Text, it.text)
		default:
			s.Text = append(s.Text, resume.Line{Text: strings.Join(it.parts, " | "), Pos: it.Pos})
			last = "text"
		}
	}
}

// continuesBullet says whether items[i] (not itself a bullet) wraps the bullet before
// it: the extractor said so, or the line starts in lower case.
func (b *builder) continuesBullet(items []item, i int) bool {
	it := items[i]
	// A role row (title or organisation, a tab, then dates) starts a role whatever the
	// extractor thought of the line break before it.
	if len(it.parts) > 1 && isDateRangeText(it.parts[len(it.parts)-1]) {
		return false
	}
	if it.Continuation {
		return true
	}
	if startsLower(it.text) && !(len(it.parts) > 1 && hasDate(it.text)) {
		return true
	}
	// PDF lines: a bullet that has not ended its sentence goes on in a plain line,
	// unless that line looks like the start of something else.
	if b.format != resume.FormatPDF || i == 0 {
		return false
	}
	prev := items[i-1]
	// a bullet ending in a colon introduces what follows ("... these services:")
	if endsSentence(prev.text) && !strings.HasSuffix(prev.text, ":") || !b.wasWrapped(prev) || len(it.parts) > 1 || hasDate(it.text) || it.Bold && !prev.Bold ||
		prev.Size > 0 && it.Size > prev.Size+0.5 || startsDatedHeader(items, i) {
		return false
	}
	return true
}

// continuesText says whether items[i] wraps the text line before it. Formats with a
// paragraph per line (DOCX) only wrap when the extractor says so; for visual lines
// (PDF, plain text) a line that starts in lower case continues, and in prose (strict
// false) so does any line after one that did not end a sentence, unless typography or
// a date says a new entry starts.
func (b *builder) continuesText(items []item, i int, prose bool) bool {
	it := items[i]
	if it.Continuation {
		return true
	}
	if i == 0 {
		return false
	}
	prev := items[i-1]
	if startsLower(it.text) && (b.format != resume.FormatDOCX || !endsSentence(prev.text)) {
		return true
	}
	// A line that ends a sentence ends its paragraph: a summary of two sentences on two
	// lines stays two lines, as the writer may have meant them as two points and
	// nothing on the page tells a wrap that fell on a full stop apart. A "Label: ..."
	// line starts a new item all the same.
	if endsSentence(prev.text) || len(it.parts) > 1 || len(prev.parts) > 1 || it.Bold && !prev.Bold ||
		labelLinePrefix(it.text) != "" {
		return false
	}
	if prev.Size > 0 && it.Size > prev.Size+0.5 {
		return false // larger type starts something new
	}
	// A long line that stops mid-sentence was wrapped, even in a DOCX typed with hard
	// line breaks.
	if prev.words >= 8 && b.wasWrapped(prev) && !hasDate(it.text) && (prose || b.format == resume.FormatDOCX) {
		return true
	}
	if b.format == resume.FormatDOCX || prev.Size > 0 && it.Size > prev.Size+0.5 {
		return false
	}
	return b.wrappedEntry(items, i)
}

// wrappedEntry says whether items[i], in a section of entries and lists (skills,
// education, other) where a line break usually starts a new entry, is the wrapped rest
// of the line before it. It needs two pieces of evidence: the line above was cut, not
// ended, and it was full. Cut: it stops open (a comma, a joining word, a hyphen), or
// it is a comma list whose next term goes on below ("..., Microsoft" / "Office, Java,
// ..."). Full: the next line's first word would not have fitted after it within the
// section's widest line, so the producer had to break there; a writer who broke
// earlier on purpose left room. Widths are counted in runes, which in a proportional
// font is an estimate, hence the fit test allows a few runes' slack.
func (b *builder) wrappedEntry(items []item, i int) bool {
	prev, it := items[i-1], items[i]
	open := endsOpen(prev.text)
	if !open && !cutTerm(prev.text, it.text) {
		return false
	}
	// a date on the next line is the entry's date only when the line above asked
	// for more ("Springfield State," / "2009"); otherwise it starts another entry
	if !open && hasDate(it.text) {
		return false
	}
	width := b.sectionWidth(items)
	first, _, _ := strings.Cut(it.text, " ")
	n := utf8.RuneCountInString(prev.text)
	return n+1+utf8.RuneCountInString(first) > width-3
}

// cutTerm says whether a comma list goes on from line a to line b with one term cut
// in two: a's last term and b's first make one term of at most three words ("...,
// Microsoft" / "Office, Java, ..."). A line whose first term is longer ("DevOps AWS,
// ..., CircleCI" / "Back-end Koa, Express") more likely starts the next labelled
// list, as do lines that are not comma lists at all.
func cutTerm(a, b string) bool {
	if strings.Count(a, ", ") < 2 || !strings.Contains(b, ", ") {
		return false
	}
	head, _, _ := strings.Cut(b, ", ")
	tail := a[strings.LastIndex(a, ", ")+2:]
	nb, na := fieldCount(head), fieldCount(tail)
	return nb == 1 && na+nb <= 3
}

// sectionWidth is the length in runes of the widest one-part line of a section's
// lines, measured once per section (a section of many open-ended lines would
// otherwise be measured once per line).
func (b *builder) sectionWidth(items []item) int {
	if len(items) > 0 && b.widthOf == &items[0] && b.widthLen == len(items) {
		return b.width
	}
	width := 0
	for _, x := range items {
		if !x.Heading && len(x.parts) == 1 {
			width = max(width, utf8.RuneCountInString(x.text))
		}
	}
	if len(items) > 0 {
		b.widthOf, b.widthLen, b.width = &items[0], len(items), width
	}
	return width
}

// openWords end a line in mid-phrase: a conjunction or preposition whose phrase goes
// on below.
var openWords = map[string]bool{"and": true, "or": true, "of": true, "the": true, "a": true, "an": true,
	"to": true, "in": true, "for": true, "with": true, "from": true, "by": true, "on": true, "at": true,
	"as": true, "&": true}

// endsOpen says whether a line stops in mid-phrase: on a comma, a hyphen or dash, a
// slash, an open bracket or a joining word.
func endsOpen(s string) bool {
	last, _ := utf8.DecodeLastRuneInString(s)
	if strings.ContainsRune(",–-&/(+", last) {
		return true
	}
	f := strings.Fields(s)
	return len(f) > 0 && openWords[strings.ToLower(f[len(f)-1])]
}

// joinWrapped joins a wrapped line to its predecessor with one space. A hyphen the
// line break left between two lower-case letters ("manage-" + "ment") is removed, as
// extractors that already de-hyphenate leave none; a compound split at its hyphen
// ("cross-" + "functional") cannot be told apart and loses its hyphen too.
func joinWrapped(a, b string) string {
	a = strings.TrimRight(a, " ")
	b = strings.TrimLeft(b, " ")
	if strings.HasSuffix(a, "-") && !strings.HasSuffix(a, " -") && !strings.HasSuffix(a, "--") {
		before, _ := utf8.DecodeLastRuneInString(a[:len(a)-1])
		after, _ := utf8.DecodeRuneInString(b)
		if unicode.IsLower(before) && unicode.IsLower(after) {
			return a[:len(a)-1] + b
		}
	}
	if a == "" {
		return b
	}
	return a + " " + b
}

// endsSentence reports whether text ends like a sentence (., !, ?, ; or :), not like
// an abbreviation in a company name ("Inc.", "Co.").
func endsSentence(s string) bool {
	s = strings.TrimRight(s, " )\"'”’")
	if s == "" {
		return false
	}
	switch s[len(s)-1] {
	case '!', '?', ';', ':':
		return true
	case '.':
		f := strings.Fields(s)
		last := strings.ToLower(f[len(f)-1])
		switch last {
		case "inc.", "co.", "corp.", "ltd.", "llc.", "jr.", "sr.", "st.", "dept.", "assn.", "bros.":
			return false
		}
		return true
	}
	return false
}

func hasDate(s string) bool {
	_, _, _, ok := findDate(s)
	return ok
}

// startsLower reports whether text starts with a lower-case word, as the wrapped rest
// of a sentence does; "iOS", "eBay" or "npm-CLI" are names, not continuations.
func startsLower(text string) bool {
	r, _ := utf8.DecodeRuneInString(text)
	if !unicode.IsLower(r) {
		return false
	}
	end := strings.IndexFunc(text, unicode.IsSpace)
	if end < 0 {
		end = len(text)
	}
	return strings.IndexFunc(text[:end], unicode.IsUpper) < 0
}

var wideSpaceRE = lazyregexp.New(`\s{2,}`)

// despace undoes letter-spacing in a heading typed as "E X P E R I E N C E" (words
// apart by two or more spaces): every token a single capital letter.
func despace(raw string) (string, bool) {
	f := strings.Fields(raw)
	if len(f) < 4 {
		return "", false
	}
	for _, w := range f {
		r, n := utf8.DecodeRuneInString(w)
		if n != len(w) || !unicode.IsUpper(r) {
			return "", false
		}
	}
	var words []string
	for _, chunk := range wideSpaceRE.Split(strings.TrimSpace(raw), -1) {
		words = append(words, strings.ReplaceAll(chunk, " ", ""))
	}
	return strings.Join(words, " "), true
}

// subHeading: heading h ranks below heading p (a higher heading level, or smaller type
// where the format gives no levels).
func subHeading(h, p item) bool {
	if h.HeadingLevel > 0 && p.HeadingLevel > 0 && h.HeadingLevel != p.HeadingLevel {
		return h.HeadingLevel > p.HeadingLevel
	}
	return h.Size > 0 && p.Size > 0 && h.Size+0.5 < p.Size
}

func emptySection(s resume.Section) bool {
	return len(s.Roles) == 0 && len(s.Bullets) == 0 && len(s.Text) == 0
}

// monthEndRE: a line that ends in a month name after a separator ("Title | November"),
// the start of a date whose year a narrow column wrapped onto the next line.
var monthEndRE = lazyregexp.New(`(?i)(?:^|\s*[|,–—]\s*|\s+-\s+)((?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?)$`)

// joinSplitDates joins a line that ends in a month to the next line when that line
// starts with the year ("Data Consultant | July" / "2022 - February 2023"), so that
// the range reads whole.
func joinSplitDates(items []item) []item {
	out := items[:0]
	for i := 0; i < len(items); i++ {
		a := items[i]
		if i+1 < len(items) && !a.Bullet && !items[i+1].Bullet && yearStart(items[i+1].parts[0]) {
			b := items[i+1]
			last := a.parts[len(a.parts)-1]
			if m := monthEndRE.FindStringSubmatchIndex(last); m != nil {
				if _, ok := resume.ParseDate(last[m[2]:m[3]] + " " + b.parts[0][:4]); ok {
					a.parts = append(append([]string(nil), a.parts[:len(a.parts)-1]...), last+" "+b.parts[0])
					a.parts = append(a.parts, b.parts[1:]...)
					a.text = strings.Join(a.parts, " ")
					a.words = fieldCount(a.text)
					i++
				}
			}
		}
		if i+1 < len(items) && !a.Bullet && !items[i+1].Bullet {
			if first, end, rest, ok := openRangeSplit(a.parts[0], items[i+1].parts[0]); ok {
				a.parts = append(append([]string{first + " - " + end}, nonEmpty(rest)...), a.parts[1:]...)
				a.text = strings.Join(a.parts, " ")
				a.words = fieldCount(a.text)
				b := items[i+1]
				b.parts = append(nonEmpty(strings.TrimSpace(b.parts[0][len(end):])), b.parts[1:]...)
				out = append(out, a)
				if len(b.parts) > 0 {
					b.text = strings.Join(b.parts, " ")
					b.words = fieldCount(b.text)
					b.Continuation = false
					out = append(out, b)
				}
				i++
				continue
			}
		}
		out = append(out, a)
	}
	return out
}

// openRangeSplit reads a range that a narrow date column wrapped over two lines, its
// start and dash on the first ("Jan 2013 - Software Developer, Acme") and its end
// starting the second ("Present Built ..." or "Nov 2012 Built ..."). It gives the
// start, the end's text and the rest of the first line.
func openRangeSplit(a, b string) (first, end, rest string, ok bool) {
	// cheap tests first: a holds a dash, b starts like a date or "Present"
	if !strings.ContainsAny(a, "-–—") || !(openEnd(b) != "" || dateStart(b)) {
		return "", "", "", false
	}
	d, at, e, found := findDate(a)
	if !found || at != 0 || d.Current || d.End != nil && *d.End != *d.Start {
		return "", "", "", false
	}
	dash := openStart(a[e:])
	if !strings.ContainsAny(dash, "-–—") {
		return "", "", "", false
	}
	rest = strings.TrimSpace(a[e+len(dash):])
	if _, at2, _, again := findDate(rest); again && at2 == 0 {
		return "", "", "", false
	}
	if m := openEnd(b); m != "" {
		return a[:e], m, rest, true
	}
	d2, at2, e2, found2 := findDate(b)
	if !found2 || at2 != 0 || strings.ContainsAny(openStart(b[e2:]), "-–—") || d2.Current || d2.End != nil && *d2.End != *d2.Start || d2.Start == nil || d.Start == nil ||
		d2.Start.Year < d.Start.Year || d2.Start.Year == d.Start.Year && d2.Start.Month < d.Start.Month {
		return "", "", "", false
	}
	return a[:e], b[:e2], rest, true
}

func nonEmpty(s string) []string {
	if s == "" {
		return nil
	}
	return []string{s}
}

// fieldCount is len(strings.Fields(s)) without building the slice.
func fieldCount(s string) int {
	n := 0
	for range strings.FieldsSeq(s) {
		n++
	}
	return n
}
