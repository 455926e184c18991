package docx

import (
	"encoding/xml"
	"github.com/resumecheck/resumecheck/internal/extract/limit"
	"io"
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/resumecheck/resumecheck/internal/extract/layout"
	"github.com/resumecheck/resumecheck/internal/resume"
)

// reader turns one story part (the body, a header, a footer) into lines.
type reader struct {
	st   *styles
	rels map[string]rel
	part string // set for headers and footers: Pos.Path names the part

	lines      []layout.Line
	paraCount  int
	pieces     int // paragraphs and line breaks seen, against limit.MaxLines
	headerRefs []string
	footerRefs []string
	pageBreaks int
	pendingPg  bool // a page break seen with no line emitted since

	paras  []*para
	tables []*table
}

func newReader(st *styles, rels map[string]rel, part string) *reader {
	return &reader{st: st, rels: rels, part: part}
}

// segment is the text of a paragraph between line breaks.
type segment struct {
	b         strings.Builder
	pageStart bool
}

// para collects one w:p.
type para struct {
	n                int
	styleID          string
	numID, ilvl      *int
	outline          *int
	pageBreakBefore  bool
	resolved         bool
	ps               paraStyle
	segs             []*segment
	boldN, italicN   int
	charN            int
	sizeN            map[float64]int
	run              runProps
	linkURL          string
	linkSeg, linkOff int
	inLink           bool
	symBullet        bool // the paragraph opens with a bullet drawn as a w:sym glyph
}

type runProps struct {
	bold, italic *bool
	size         float64
	style        string
	hidden       bool
}

// table collects the rows of a w:tbl; cells gather the lines of their paragraphs.
type table struct {
	row  [][]layout.Line
	cell []layout.Line
}

func (p *para) cur() *segment {
	if len(p.segs) == 0 {
		p.segs = append(p.segs, &segment{})
	}
	return p.segs[len(p.segs)-1]
}

// key names an element for the reader's stack: WordprocessingML elements by local
// name, markup-compatibility ones with "mc:", anything else with "x:" so that DrawingML
// a:t or math m:t are never taken for w:t.
func key(se startElement) string {
	switch {
	case se.w():
		return se.local
	case se.space == nsMC || se.space == "mc":
		return "mc:" + se.local
	}
	return "x:" + se.local
}

// skipped elements hold text that is not shown: deletions, field instructions,
// content-control properties, formatting-change history, and the fallback copy of a
// text box (the mc:Choice copy is read).
var skipped = map[string]bool{
	"del": true, "moveFrom": true, "instrText": true, "delText": true,
	"sdtPr": true, "sdtEndPr": true, "pPrChange": true, "rPrChange": true,
	"tblPr": true, "tblGrid": true, "trPr": true, "tcPr": true, "tblPrEx": true,
	"fldData": true, "mc:Fallback": true, "footnotePr": true, "endnotePr": true,
}

func (r *reader) parse(data []byte) error {
	d := newDecoder(data)
	var stack []string
	for {
		tok, err := d.next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			se := startElement{t.Name.Space, t.Name.Local, t.Attr}
			k := key(se)
			if skipped[k] {
				if err := d.skip(); err != nil {
					return err
				}
				continue
			}
			stack = append(stack, k)
			if err := r.start(d, se, k, stack[:len(stack)-1]); err != nil {
				return err
			}
			if d.depth < len(stack) { // consumed by start
				stack = stack[:len(stack)-1]
			}
		case xml.EndElement:
			if len(stack) == 0 {
				continue
			}
			k := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			r.end(k)
		case xml.CharData:
			if len(stack) > 0 && stack[len(stack)-1] == "t" && len(r.paras) > 0 {
				r.text(string(t))
			}
		}
	}
	// Unclosed paragraphs at the end of a damaged part still count.
	for len(r.paras) > 0 {
		r.end("p")
	}
	return nil
}

func (r *reader) para() *para {
	if len(r.paras) == 0 {
		return nil
	}
	return r.paras[len(r.paras)-1]
}

func (r *reader) start(d *decoder, se startElement, k string, parents []string) error {
	// Paragraphs and line breaks each become a line at most.
	if k == "p" || k == "br" || k == "cr" {
		if r.pieces++; r.pieces > limit.MaxLines {
			return limit.Exceeded("has more than %d lines (paragraphs and line breaks), which no résumé needs", limit.MaxLines)
		}
	}
	p := r.para()
	par := parent(parents)
	switch k {
	case "p":
		r.paraCount++
		r.paras = append(r.paras, &para{n: r.paraCount, sizeN: map[float64]int{}})
	case "pStyle":
		if p != nil && par == "pPr" {
			p.styleID = se.attr("val")
		}
	case "numId", "ilvl":
		if p != nil && par == "numPr" && has(parents, "pPr") {
			if k == "numId" {
				p.numID = atoiPtr(se.attr("val"))
			} else {
				p.ilvl = atoiPtr(se.attr("val"))
			}
		}
	case "outlineLvl":
		if p != nil && par == "pPr" {
			p.outline = atoiPtr(se.attr("val"))
		}
	case "pageBreakBefore":
		if p != nil && par == "pPr" && onOff(se) {
			p.pageBreakBefore = true
			r.pageBreaks++
		}
	case "rPr":
		if par == "pPr" { // the paragraph mark's formatting, not the text's
			return d.skip()
		}
	case "r":
		if p != nil {
			p.run = runProps{}
		}
	case "b", "i", "sz", "rStyle", "vanish", "webHidden":
		if p == nil || par != "rPr" {
			return nil
		}
		switch k {
		case "b":
			p.run.bold = boolPtr(onOff(se))
		case "i":
			p.run.italic = boolPtr(onOff(se))
		case "sz":
			p.run.size = halfPoints(se.attr("val"))
		case "rStyle":
			p.run.style = se.attr("val")
		default:
			p.run.hidden = onOff(se)
		}
	case "tab", "ptab":
		if p != nil && par == "r" && !p.run.hidden {
			p.cur().b.WriteByte('\t')
		}
	case "br", "cr":
		if p == nil || par != "r" {
			return nil
		}
		if k == "br" && se.attr("type") == "page" {
			r.pageBreaks++
			if p.cur().b.Len() == 0 {
				p.cur().pageStart = true
			} else {
				p.segs = append(p.segs, &segment{pageStart: true})
			}
			return nil
		}
		p.segs = append(p.segs, &segment{})
	case "sym":
		// Symbol-font glyphs typed as bullets (Symbol U+F0B7, Wingdings squares,
		// arrows, ticks) at the start of a paragraph mark it as a bullet; other
		// symbols (phone and mail icons) carry no words.
		if p != nil && par == "r" && len(p.segs) <= 1 && strings.TrimSpace(p.cur().b.String()) == "" {
			switch strings.ToUpper(se.attr("char")) {
			case "F0B7", "F0A7", "F0A8", "F076", "F0D8", "F0FC", "F0E0", "F06E", "F0A9", "F0B2":
				p.symBullet = true
			}
		}
	case "noBreakHyphen":
		if p != nil && par == "r" {
			p.cur().b.WriteByte('-')
		}
	case "hyperlink":
		if p != nil {
			p.inLink = true
			p.linkURL = ""
			if rl, ok := r.rels[se.attr("id")]; ok && rl.External {
				p.linkURL = rl.Target
			}
			p.linkOff = p.cur().b.Len()
			p.linkSeg = len(p.segs) - 1
		}
	case "headerReference", "footerReference":
		if id := se.attr("id"); id != "" {
			if k == "headerReference" {
				r.headerRefs = append(r.headerRefs, id)
			} else {
				r.footerRefs = append(r.footerRefs, id)
			}
		}
	case "tbl":
		r.tables = append(r.tables, &table{})
	case "tr":
		if t := r.table(); t != nil {
			t.row = nil
		}
	case "tc":
		if t := r.table(); t != nil {
			t.cell = nil
		}
	}
	return nil
}

func (r *reader) table() *table {
	if len(r.tables) == 0 {
		return nil
	}
	return r.tables[len(r.tables)-1]
}

func (r *reader) end(k string) {
	switch k {
	case "p":
		if len(r.paras) == 0 {
			return
		}
		p := r.paras[len(r.paras)-1]
		r.paras = r.paras[:len(r.paras)-1]
		r.finish(p)
	case "hyperlink":
		if p := r.para(); p != nil && p.inLink {
			p.inLink = false
			r.finishLink(p)
		}
	case "tc":
		if t := r.table(); t != nil {
			t.row = append(t.row, t.cell)
			t.cell = nil
		}
	case "tr":
		if t := r.table(); t != nil {
			row := t.row
			t.row = nil
			// The row's lines go to whatever holds the table: an outer cell or the part.
			for _, l := range joinRow(row) {
				r.emitAt(l, len(r.tables)-1)
			}
		}
	case "tbl":
		if len(r.tables) > 0 {
			r.tables = r.tables[:len(r.tables)-1]
		}
	}
}

// text adds character data of a w:t to the current paragraph.
func (r *reader) text(s string) {
	p := r.para()
	if p.run.hidden {
		return
	}
	if !p.resolved {
		p.ps = r.st.para(p.styleID)
		p.resolved = true
	}
	p.cur().b.WriteString(s)
	bold, italic, size := p.ps.bold, p.ps.italic, p.ps.size
	if p.run.style != "" {
		cb, ci, cs := r.st.char(p.run.style)
		if cb != nil {
			bold = *cb
		}
		if ci != nil {
			italic = *ci
		}
		if cs > 0 {
			size = cs
		}
	}
	if p.run.bold != nil {
		bold = *p.run.bold
	}
	if p.run.italic != nil {
		italic = *p.run.italic
	}
	if p.run.size > 0 {
		size = p.run.size
	}
	n := 0
	for _, c := range s {
		if !unicode.IsSpace(c) {
			n++
		}
	}
	p.charN += n
	if bold {
		p.boldN += n
	}
	if italic {
		p.italicN += n
	}
	if size > 0 {
		p.sizeN[size] += n
	}
}

// finishLink shows a link's address after its text when the text does not already
// say it ("LinkedIn" → "LinkedIn (https://linkedin.com/in/x)"): contact links often
// hide the address behind a word.
func (r *reader) finishLink(p *para) {
	u := p.linkURL
	if u == "" || p.linkSeg < 0 || p.linkSeg >= len(p.segs) {
		return
	}
	pu, err := url.Parse(u)
	if err != nil {
		return
	}
	var show string
	switch strings.ToLower(pu.Scheme) {
	case "mailto":
		show = pu.Opaque
		if show == "" {
			show = strings.TrimPrefix(u, pu.Scheme+":")
		}
		if i := strings.IndexByte(show, '?'); i >= 0 {
			show = show[:i]
		}
	case "http", "https":
		// Only profile links: the address behind "LinkedIn" is contact data; the one
		// behind a publication's title is not worth the words.
		if r.part == "" && !profileHost(pu.Host) {
			return
		}
		show = u
	default:
		return
	}
	seg := p.segs[p.linkSeg]
	all := seg.b.String()
	if p.linkOff > len(all) {
		return
	}
	var tb strings.Builder
	tb.WriteString(strings.ToLower(all[p.linkOff:]))
	for _, s := range p.segs[p.linkSeg+1:] {
		tb.WriteString(" ")
		tb.WriteString(strings.ToLower(s.b.String()))
	}
	txt := tb.String()
	bare := strings.ToLower(show)
	bare = strings.TrimPrefix(strings.TrimPrefix(bare, "https://"), "http://")
	bare = strings.TrimPrefix(bare, "www.")
	bare = strings.TrimSuffix(bare, "/")
	if strings.TrimSpace(txt) == "" || strings.Contains(txt, bare) {
		return
	}
	p.cur().b.WriteString(" (" + show + ")")
}

// profileHosts are sites whose links are contact details.
var profileHosts = []string{"linkedin.com", "github.com", "gitlab.com", "twitter.com", "x.com",
	"stackoverflow.com", "bitbucket.org", "medium.com", "behance.net", "dribbble.com"}

func profileHost(host string) bool {
	host = strings.ToLower(strings.TrimPrefix(strings.ToLower(host), "www."))
	for _, h := range profileHosts {
		if host == h || strings.HasSuffix(host, "."+h) {
			return true
		}
	}
	return false
}

// bulletGlyphs are characters typed (not list-numbered) at the start of a paragraph to
// make it look like a bullet.
const bulletGlyphs = "•●▪◦‣∙➢➤►▶■□○◆◇✓✔·-–—*"

// stripBullet removes a typed bullet marker.
func stripBullet(s string) (string, bool) {
	c, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s, false
	}
	private := c >= 0xE000 && c <= 0xF8FF
	if !private && !strings.ContainsRune(bulletGlyphs, c) {
		return s, false
	}
	rest := s[n:]
	if rest == "" {
		return s, false
	}
	next, _ := utf8.DecodeRuneInString(rest)
	if !unicode.IsSpace(next) && !private {
		return s, false
	}
	return strings.TrimLeft(rest, " \t"), true
}

func (r *reader) finish(p *para) {
	if !p.resolved {
		p.ps = r.st.para(p.styleID)
	}
	ps := p.ps
	if p.outline != nil {
		ps.outline = *p.outline
	}
	numID, ilvl := ps.numID, ps.ilvl
	if p.numID != nil {
		numID = *p.numID
	}
	if p.ilvl != nil {
		ilvl = *p.ilvl
	}
	if ilvl < 0 || ilvl > 8 {
		ilvl = 0
	}
	format := r.st.listFormat(numID, ilvl)
	base := layout.Line{
		Pos:   resume.Pos{Paragraph: p.n, Path: r.part},
		Style: ps.name,
	}
	if format != "" && format != "none" {
		base.Bullet = true
		base.ListLevel = ilvl
		base.Numbered = format != "bullet"
	} else if lv := headingLevel(ps); lv > 0 {
		base.Heading, base.HeadingLevel = true, lv
	} else if low := strings.ToLower(ps.name); p.numID == nil && (strings.Contains(low, "list bullet") || strings.Contains(low, "list number")) {
		// A list style whose numbering was lost still reads as a list.
		base.Bullet, base.Numbered = true, strings.Contains(low, "number")
	}
	if p.charN > 0 {
		base.Bold = p.boldN*10 >= p.charN*9
		base.Italic = p.italicN*10 >= p.charN*9
		best := 0
		for size, n := range p.sizeN {
			if n > best || (n == best && size > base.Size) {
				base.Size, best = size, n
			}
		}
	}
	first := true
	pageStart := p.pageBreakBefore
	for _, seg := range p.segs {
		pageStart = pageStart || seg.pageStart
		txt := normalize(seg.b.String())
		if txt == "" {
			continue
		}
		l := base
		if first {
			if !l.Bullet && p.symBullet {
				l.Bullet, l.Heading, l.HeadingLevel = true, false, 0
			}
			if !l.Bullet {
				if s, ok := stripBullet(txt); ok && s != "" {
					txt, l.Bullet, l.Heading, l.HeadingLevel = s, true, false, 0
				}
			}
		} else {
			// A manual line break inside a list item continues the item; elsewhere the
			// author broke the line on purpose (a headline, then the contact details), so
			// the parts stay separate lines.
			l.Continuation = base.Bullet
			l.Bullet, l.Numbered = false, false
		}
		first = false
		l.Text = txt
		l.PageStart = pageStart
		pageStart = false
		r.emit(l)
	}
	if pageStart {
		r.pendingPg = true
	}
}

// emit appends a line to the innermost table cell, or to the part's lines.
func (r *reader) emit(l layout.Line) { r.emitAt(l, len(r.tables)) }

// emitAt appends a line to the cell of the table at depth-1, or to the part's lines
// when depth is 0.
func (r *reader) emitAt(l layout.Line, depth int) {
	if depth > 0 {
		t := r.tables[depth-1]
		t.cell = append(t.cell, l)
		return
	}
	if r.pendingPg {
		l.PageStart = true
		r.pendingPg = false
	}
	r.lines = append(r.lines, l)
}

// joinRow turns a table row into lines. A row of one-line cells (a label and a date, a
// skills grid) becomes one line with the cells joined by tabs; a row whose cells hold
// several paragraphs is a layout table (a whole résumé section in a cell), so its lines
// are kept, cell by cell.
func joinRow(row [][]layout.Line) []layout.Line {
	var cells []layout.Line
	multi := false
	for _, c := range row {
		switch len(c) {
		case 0:
		case 1:
			cells = append(cells, c[0])
		default:
			multi = true
		}
	}
	if multi {
		var out []layout.Line
		for _, c := range row {
			out = append(out, c...)
		}
		return out
	}
	if len(cells) <= 1 {
		return cells
	}
	l := cells[0]
	texts := make([]string, len(cells))
	allBold := true
	for i, c := range cells {
		texts[i] = c.Text
		allBold = allBold && c.Bold
	}
	l.Text = strings.Join(texts, "\t")
	l.Bullet, l.Numbered, l.Continuation = false, false, false
	l.Bold = allBold
	return []layout.Line{l}
}

// normalize collapses white space: a run holding a tab becomes one tab (it separates
// parts of the line), any other run one space; invisible characters go.
func normalize(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	pendingSpace, pendingTab := false, false
	for _, c := range s {
		switch {
		case c == '\t':
			pendingTab = true
		case c == '\u00ad' || c == '\u200b' || c == '\ufeff' || c == '\u200c' || c == '\u200d':
			// soft hyphen, zero-width characters: invisible
		case unicode.IsSpace(c) || c == '\u00a0':
			pendingSpace = true
		case unicode.IsControl(c):
		default:
			if b.Len() > 0 {
				if pendingTab {
					b.WriteByte('\t')
				} else if pendingSpace {
					b.WriteByte(' ')
				}
			}
			pendingSpace, pendingTab = false, false
			b.WriteRune(c)
		}
	}
	return b.String()
}
