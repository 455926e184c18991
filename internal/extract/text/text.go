package text

import (
	"fmt"
	"github.com/resumecheck/resumecheck/internal/extract/limit"
	"path/filepath"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/resumecheck/resumecheck/internal/extract/layout"
	"github.com/resumecheck/resumecheck/internal/lazyregexp"
	"github.com/resumecheck/resumecheck/internal/resume"
)

// Extract decodes data (UTF-8 with or without BOM, UTF-16 LE/BE, else Windows-1252)
// and returns its lines, and whether it reads as Markdown or plain text. Binary data is
// refused with ErrBinary, white space alone with ErrEmpty. A panic is turned into an
// error naming the file.
func Extract(name string, data []byte) (lines []layout.Line, format resume.Format, err error) {
	defer func() {
		if r := recover(); r != nil {
			lines, format, err = nil, "", fmt.Errorf("%s: internal error reading text: %v", name, r)
		}
	}()
	s, _, err := Decode(data)
	if err != nil {
		return nil, "", err
	}
	if err := checkLimits(s); err != nil {
		return nil, "", err
	}
	format = Detect(name, s)
	lines = parse(s, format == resume.FormatMarkdown)
	if len(lines) == 0 {
		return nil, "", ErrEmpty
	}
	return lines, format, nil
}

var markdownExt = map[string]bool{".md": true, ".markdown": true, ".mdown": true, ".mkd": true, ".mkdn": true, ".mdwn": true}

var (
	reATX      = lazyregexp.New(`(?m)^ {0,3}#{1,6}[ \t]+\S`)
	reLink     = lazyregexp.New(`\[[^\]\n]+\]\([^)\s]+\)`)
	reStrong   = lazyregexp.New(`(\*\*|__)[^*_\n]+(\*\*|__)`)
	reCodeSpan = lazyregexp.New("`[^`\n]+`")
)

// Detect says whether text is Markdown: by extension, or by enough Markdown syntax
// (ATX headings, links, strong emphasis, code spans). Underlined headings and '-' or
// '*' lists prove nothing: plain-text résumés use them too.
func Detect(name, s string) resume.Format {
	if markdownExt[strings.ToLower(filepath.Ext(name))] {
		return resume.FormatMarkdown
	}
	head := s
	if len(head) > 64<<10 {
		head = head[:64<<10]
	}
	score := 2*len(reATX.FindAllStringIndex(head, 5)) +
		len(reLink.FindAllStringIndex(head, 5)) +
		len(reStrong.FindAllStringIndex(head, 5)) +
		len(reCodeSpan.FindAllStringIndex(head, 5))
	if score >= 3 {
		return resume.FormatMarkdown
	}
	return resume.FormatText
}

// checkLimits refuses text with more lines, or a longer line, than a résumé has.
func checkLimits(s string) error {
	n := 0
	for len(s) > 0 {
		n++
		if n > limit.MaxLines {
			return limit.Exceeded("has more than %d lines, which no résumé needs", limit.MaxLines)
		}
		i := strings.IndexAny(s, "\r\n")
		if i < 0 {
			i = len(s)
		}
		if i > limit.MaxLineBytes {
			return limit.Exceeded("line %d is longer than %d bytes, which no résumé needs", n, limit.MaxLineBytes)
		}
		if i < len(s) && s[i] == '\r' && i+1 < len(s) && s[i+1] == '\n' {
			i++
		}
		if i < len(s) {
			i++
		}
		s = s[i:]
	}
	return nil
}

// srcLine is one line of the source with its number.
type srcLine struct {
	n    int
	text string
}

func splitLines(s string) []srcLine {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	parts := strings.Split(s, "\n")
	out := make([]srcLine, len(parts))
	for i, p := range parts {
		out[i] = srcLine{n: i + 1, text: p}
	}
	return out
}

// frontMatterEnd returns the index of the first line after a YAML (---) or TOML (+++)
// front-matter block at the very top, or 0 when there is none.
func frontMatterEnd(ls []srcLine) int {
	if len(ls) < 3 {
		return 0
	}
	open := strings.TrimSpace(ls[0].text)
	if open != "---" && open != "+++" {
		return 0
	}
	keys, other := 0, 0
	for i := 1; i < len(ls) && i < 300; i++ {
		t := strings.TrimSpace(ls[i].text)
		if t == open || (open == "---" && t == "...") {
			if keys > 0 && keys >= other {
				return i + 1
			}
			return 0
		}
		switch {
		case t == "" || strings.HasPrefix(t, "#"):
		case reKey.MatchString(ls[i].text):
			keys++
		case strings.HasPrefix(ls[i].text, " ") || strings.HasPrefix(ls[i].text, "\t") || strings.HasPrefix(t, "- "):
			// nested values and list items belong to the key above
		default:
			other++
		}
	}
	return 0
}

var (
	reKey      = lazyregexp.New(`^[A-Za-z0-9_"'-][A-Za-z0-9_ "'-]*\s*[:=]`)
	reTableSep = lazyregexp.New(`^[ \t]*\|?[ \t]*:?-+:?[ \t]*(\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$`)
	reAttrs    = lazyregexp.New(`[ \t]*\{[#.][^}]*\}[ \t]*$`)
)

// indentOf measures leading white space in columns (a tab is 4) and bytes.
func indentOf(s string) (cols, bytes int) {
	for i, c := range s {
		switch c {
		case ' ':
			cols++
		case '\t':
			cols += 4 - cols%4
		default:
			return cols, i
		}
	}
	return cols, len(s)
}

type kind int

const (
	kNone kind = iota
	kHeading
	kBullet
	kPara
)

// parser holds the state of one pass over the lines.
type parser struct {
	md      bool
	out     []layout.Line
	last    kind   // kind of the last emitted line (continuations keep their item's)
	lastRaw string // source text of the last emitted line
	blank   bool   // a blank line since the last emitted line
	indents []int  // open list indents, outermost first
	textCol int    // column where the last bullet's text starts
}

func parse(s string, md bool) []layout.Line {
	ls := splitLines(s)
	p := &parser{md: md, blank: true}
	inComment, inFence := false, false
	for i := frontMatterEnd(ls); i < len(ls); i++ {
		raw := strings.TrimRight(ls[i].text, " \t\f\v")
		hardBreak := strings.HasSuffix(ls[i].text, "  ") || strings.HasSuffix(raw, "\\")
		// HTML comments, possibly spanning lines, are never résumé text.
		raw, inComment = stripComments(raw, inComment)
		if md && isFence(raw) {
			inFence = !inFence
			continue
		}
		if inFence {
			if t := strings.TrimSpace(raw); t != "" {
				_, b := indentOf(raw)
				p.emit(layout.Line{Text: clean(t), Pos: pos(ls[i].n, raw, b)}, kPara, raw)
			}
			continue
		}
		if strings.TrimSpace(raw) == "" {
			p.blank = true
			continue
		}
		// An underlined heading: text, then a line of = or -.
		if i+1 < len(ls) && isUnderline(ls[i+1].text) && !isRule(raw) {
			if _, b := indentOf(raw); bulletPrefix(raw[b:]) == "" {
				// In Markdown '-' underlines a second-level heading; plain-text résumés
				// mix '=' and '-' for headings of one rank.
				level := 1
				if md && strings.Contains(ls[i+1].text, "-") {
					level = 2
				}
				p.heading(ls[i].n, raw, b, raw[b:], level)
				i++
				continue
			}
		}
		if isRule(raw) {
			p.blank = true
			continue
		}
		p.line(ls[i].n, raw)
		if hardBreak {
			p.lastRaw = "" // a hard break ends the paragraph for continuation purposes
		}
	}
	return p.out
}

// stripComments removes <!-- --> comments from a line, tracking ones left open.
func stripComments(s string, open bool) (string, bool) {
	var b strings.Builder
	for {
		if open {
			j := strings.Index(s, "-->")
			if j < 0 {
				return b.String(), true
			}
			s, open = s[j+3:], false
			continue
		}
		j := strings.Index(s, "<!--")
		if j < 0 {
			b.WriteString(s)
			return b.String(), false
		}
		b.WriteString(s[:j])
		s, open = s[j+4:], true
	}
}

func pos(lineNo int, raw string, byteOff int) resume.Pos {
	return resume.Pos{Line: lineNo, Column: utf8.RuneCountInString(raw[:byteOff]) + 1}
}

func (p *parser) emit(l layout.Line, k kind, raw string) {
	if l.Text == "" {
		return
	}
	p.out = append(p.out, l)
	if !l.Continuation {
		p.last = k
	}
	p.lastRaw = raw
	p.blank = false
}

func (p *parser) heading(n int, raw string, off int, text string, level int) {
	text = reAttrs.ReplaceAllString(text, "")
	l := layout.Line{Pos: pos(n, raw, off), Heading: true, HeadingLevel: level}
	l.Text, l.Bold = p.inline(strings.TrimSpace(text))
	p.indents = nil
	p.emit(l, kHeading, raw)
}

// atx emits a '#' heading from its match indices in body.
func (p *parser) atx(n int, raw string, off int, body string, m []int) {
	level := m[3] - m[2]
	if m[4] < 0 {
		return // a lone '#'
	}
	p.heading(n, raw, off+m[4], body[m[4]:m[5]], level)
}

func (p *parser) line(n int, raw string) {
	cols, off := indentOf(raw)
	body := raw[off:]
	if p.md {
		// Block quotes and definition-list markers (pandoc) wrap ordinary text.
		for strings.HasPrefix(body, ">") {
			body = strings.TrimLeft(body[1:], " \t")
		}
		if strings.HasPrefix(body, ":") && len(body) > 1 && (body[1] == ' ' || body[1] == '\t') {
			body = strings.TrimLeft(body[1:], " \t")
		}
		off = len(raw) - len(body)
		if isRefDef(body) { // a link reference definition is not text
			return
		}
		if m := atxHeading(body); m != nil && cols < 4 {
			p.atx(n, raw, off, body, m)
			return
		}
		if t := strings.TrimSpace(body); strings.HasPrefix(t, "|") || (strings.Count(t, "|") >= 2 && strings.HasSuffix(t, "|")) {
			if reTableSep.MatchString(t) {
				return
			}
			p.tableRow(n, raw, off, t)
			return
		}
	} else if m := atxHeading(body); m != nil && cols < 4 && m[4] >= 0 {
		p.atx(n, raw, off, body, m)
		return
	}

	if m := bulletPrefix(body); m != "" && strings.TrimSpace(body[len(m):]) != "" {
		rest := body[len(m):]
		l := layout.Line{Pos: pos(n, raw, off+len(m)), Bullet: true}
		marker := strings.TrimSpace(m)
		l.Numbered = marker[0] >= '0' && marker[0] <= '9'
		l.ListLevel = p.listLevel(cols)
		l.Text, l.Bold = p.inline(rest)
		p.textCol = cols + utf8.RuneCountInString(m)
		p.emit(l, kBullet, raw)
		return
	}

	l := layout.Line{Pos: pos(n, raw, off)}
	l.Text, l.Bold = p.inline(body)
	if p.continues(cols, body) {
		l.Continuation = true
		p.emit(l, p.last, raw)
		return
	}
	if p.blank || p.last == kHeading {
		p.indents = nil
	}
	if isCapsHeading(l.Text) && (p.blank || p.last == kHeading) {
		l.Heading, l.HeadingLevel = true, 2
		if !p.md {
			l.HeadingLevel = 1
		}
		p.emit(l, kHeading, raw)
		return
	}
	p.emit(l, kPara, raw)
}

// continues says whether a plain line continues the bullet or paragraph above it: an
// indented line, or one starting in lower case, right under a bullet; under a long
// paragraph line, the same (Markdown joins the lines of a paragraph; résumé contact
// lines are short and stay apart).
func (p *parser) continues(cols int, body string) bool {
	if p.blank || p.lastRaw == "" {
		// In Markdown, an indented paragraph after a blank line inside a list item
		// still belongs to the item.
		return p.md && p.blank && p.last == kBullet && len(p.indents) > 0 && cols > p.indents[len(p.indents)-1] && !p.lastBlankHeading()
	}
	first, _ := utf8.DecodeRuneInString(body)
	lower := unicode.IsLower(first) || unicode.IsDigit(first) || first == '(' || first == '&'
	switch p.last {
	case kBullet:
		// A wrapped bullet line is indented to the bullet's text (or lazily starts in
		// lower case); a less indented capitalised line is the next entry.
		return (cols > 0 && cols >= p.textCol-1) || lower
	case kPara:
		// A wrapped paragraph line: the line above is long and this one starts in lower
		// case, or the line above stops mid-phrase.
		prev := strings.TrimSpace(p.lastRaw)
		return utf8.RuneCountInString(prev) >= 60 && (lower || endsOpen(prev))
	}
	return false
}

func (p *parser) lastBlankHeading() bool { return p.last == kHeading }

// openWords end a line in mid-phrase.
var openWords = map[string]bool{"and": true, "or": true, "of": true, "the": true, "a": true, "an": true,
	"to": true, "in": true, "for": true, "with": true, "from": true, "by": true, "on": true, "at": true}

// endsOpen says whether a line stops in mid-phrase: on a comma, a dash, an open
// bracket or a small joining word.
func endsOpen(s string) bool {
	last, _ := utf8.DecodeLastRuneInString(s)
	if strings.ContainsRune(",;–-&/(", last) {
		return true
	}
	f := strings.Fields(s)
	return len(f) > 0 && openWords[strings.ToLower(f[len(f)-1])]
}

// listLevel maps an indent to a nesting level using the stack of open list indents.
func (p *parser) listLevel(cols int) int {
	if p.last != kBullet { // a new list after other text starts at level 0
		p.indents = nil
	}
	for len(p.indents) > 0 && p.indents[len(p.indents)-1] > cols {
		p.indents = p.indents[:len(p.indents)-1]
	}
	if len(p.indents) == 0 || p.indents[len(p.indents)-1] < cols {
		p.indents = append(p.indents, cols)
	}
	return len(p.indents) - 1
}

func (p *parser) tableRow(n int, raw string, off int, t string) {
	t = strings.TrimSuffix(strings.TrimPrefix(t, "|"), "|")
	var cells []string
	for _, c := range splitCells(t) {
		c, _ = p.inline(c)
		if c != "" {
			cells = append(cells, c)
		}
	}
	l := layout.Line{Pos: pos(n, raw, off), Text: strings.Join(cells, "\t")}
	p.emit(l, kPara, "")
}

// splitCells splits a Markdown table row on unescaped pipes outside code spans.
func splitCells(s string) []string {
	var cells []string
	var b strings.Builder
	code := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '\\' && i+1 < len(s) && s[i+1] == '|':
			b.WriteByte('|')
			i++
		case c == '`':
			code = !code
			b.WriteByte(c)
		case c == '|' && !code:
			cells = append(cells, b.String())
			b.Reset()
		default:
			b.WriteByte(c)
		}
	}
	return append(cells, b.String())
}

// isCapsHeading spots an ALL-CAPS heading line: short, several letters, no lower case,
// no sentence punctuation at the end.
func isCapsHeading(s string) bool {
	if utf8.RuneCountInString(s) > 40 || len(strings.Fields(s)) > 5 || strings.ContainsAny(s, "@\t") {
		return false
	}
	letters := 0
	for _, c := range s {
		if unicode.IsLower(c) {
			return false
		}
		if unicode.IsLetter(c) {
			letters++
		}
	}
	return letters >= 3 && !strings.HasSuffix(s, ".") && !strings.HasSuffix(s, ",")
}

var (
	reCode     = lazyregexp.New("`+([^`]*)`+")
	reImage    = lazyregexp.New(`!\[([^\]]*)\]\([^)]*\)`)
	reMdLink   = lazyregexp.New(`\[([^\]]*)\]\(\s*<?([^)\s>]*)>?(?:\s+"[^"]*")?\s*\)`)
	reRefLink  = lazyregexp.New(`\[([^\]]+)\] ?\[[^\]]*\]`)
	reAutolink = lazyregexp.New(`<((?:https?://|mailto:)[^>\s]+|[^@>\s]+@[^>\s]+)>`)
	reBold     = lazyregexp.New(`\*\*([^*\s](?:[^*]*?[^*\s])??)\*\*`)
	reUBold    = lazyregexp.New(`(^|[^\p{L}\p{N}_])__([^_\s](?:[^_]*?[^_\s])??)__([^\p{L}\p{N}_]|$)`)
	reStarEm   = lazyregexp.New(`\*([^*\s](?:[^*]*?[^*\s])??)\*`)
	reLoneStar = lazyregexp.New(`^\*{1,2}([^*\s])|([^*\s])\*{1,2}$`)
	reUnderEm  = lazyregexp.New(`(^|[^\p{L}\p{N}_])_(\S(?:[^_]*?\S)?)_([^\p{L}\p{N}_]|$)`)
	reStrike   = lazyregexp.New(`~~(.+?)~~`)
	reTag      = lazyregexp.New(`</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>`)
	reEscape   = lazyregexp.New(`\\([\\` + "`" + `*_{}\[\]()#+\-.!|>~])`)
	reEntity   = lazyregexp.New(`&(amp|lt|gt|quot|apos|nbsp|ndash|mdash|bull|middot|#[0-9]{1,6}|#x[0-9A-Fa-f]{1,6});`)
	reWide     = lazyregexp.New(`[ \t]*\t[ \t]*| {3,}`)
	reSpaces   = lazyregexp.New(` {2,}`)
)

var entities = map[string]string{
	"amp": "&", "lt": "<", "gt": ">", "quot": `"`, "apos": "'", "nbsp": " ",
	"ndash": "–", "mdash": "—", "bull": "•", "middot": "·",
}

func decodeEntity(m string) string {
	name := m[1 : len(m)-1]
	if v, ok := entities[name]; ok {
		return v
	}
	var n int
	var err error
	if strings.HasPrefix(name, "#x") || strings.HasPrefix(name, "#X") {
		_, err = fmt.Sscanf(name[2:], "%x", &n)
	} else {
		_, err = fmt.Sscanf(name[1:], "%d", &n)
	}
	if err != nil || n == 0 || n > unicode.MaxRune {
		return m
	}
	return string(rune(n))
}

// inline strips inline Markdown (in Markdown mode) and normalises white space; it
// reports whether the whole line was strong.
func (p *parser) inline(s string) (string, bool) {
	s = strings.TrimSpace(s)
	bold := false
	// Most lines hold no inline Markdown at all: skip the rewriting for them.
	if p.md && strings.ContainsAny(s, "*_`[<&\\~!") {
		s = strings.TrimSuffix(s, "\\")
		t := strings.TrimSpace(s)
		if len(t) > 4 && (strings.HasPrefix(t, "**") && strings.HasSuffix(t, "**") && !strings.Contains(t[2:len(t)-2], "**") ||
			strings.HasPrefix(t, "__") && strings.HasSuffix(t, "__") && !strings.Contains(t[2:len(t)-2], "__")) {
			bold = true
		}
		// Code spans first, so what they hold is not read as emphasis; their text is
		// kept as it is.
		var spans []string
		if strings.Contains(s, "`") {
			s = reCode.ReplaceAllStringFunc(s, func(m string) string {
				spans = append(spans, reCode.FindStringSubmatch(m)[1])
				return fmt.Sprintf("\x00%d\x00", len(spans)-1)
			})
		}
		// Each rewrite runs only when its marker occurs: most lines have few.
		if strings.Contains(s, "](") {
			s = reImage.ReplaceAllString(s, "$1")
			s = reMdLink.ReplaceAllStringFunc(s, linkText)
		}
		if strings.Contains(s, "][") || strings.Contains(s, "] [") {
			s = reRefLink.ReplaceAllString(s, "$1")
		}
		if strings.Contains(s, "<") {
			s = reAutolink.ReplaceAllStringFunc(s, func(m string) string {
				return strings.TrimPrefix(m[1:len(m)-1], "mailto:")
			})
		}
		for range 2 { // nested strong/emphasis
			if strings.Contains(s, "**") {
				s = reBold.ReplaceAllString(s, "$1")
			}
			if strings.Contains(s, "__") {
				s = reUBold.ReplaceAllString(s, "$1$2$3")
			}
			if strings.Contains(s, "*") {
				s = reStarEm.ReplaceAllString(s, "$1")
			}
			if strings.Contains(s, "_") {
				s = reUnderEm.ReplaceAllString(s, "$1$2$3")
			}
		}
		// Emphasis opened on one line and closed on the next leaves a lone marker.
		if strings.Contains(s, "*") {
			s = reLoneStar.ReplaceAllString(strings.TrimSpace(s), "$1$2")
		}
		if strings.Contains(s, "~~") {
			s = reStrike.ReplaceAllString(s, "$1")
		}
		if strings.Contains(s, "<") {
			s = reTag.ReplaceAllString(s, " ")
		}
		if strings.Contains(s, "\\") {
			s = reEscape.ReplaceAllString(s, "$1")
		}
		if strings.Contains(s, "&") {
			s = reEntity.ReplaceAllStringFunc(s, decodeEntity)
		}
		for i, sp := range spans {
			s = strings.Replace(s, fmt.Sprintf("\x00%d\x00", i), sp, 1)
		}
	}
	return clean(s), bold
}

// linkText renders [text](url): the text, then the address when the text does not
// already show it; a mail link shows the address alone when the text is it.
func linkText(m string) string {
	sub := reMdLink.FindStringSubmatch(m)
	text, u := strings.TrimSpace(sub[1]), sub[2]
	show := strings.TrimPrefix(u, "mailto:")
	if u == "" || strings.HasPrefix(u, "#") {
		return text
	}
	if text == "" {
		return show
	}
	bare := strings.TrimSuffix(strings.TrimPrefix(strings.TrimPrefix(strings.ToLower(show), "https://"), "http://"), "/")
	bare = strings.TrimPrefix(bare, "www.")
	if strings.Contains(strings.ToLower(text), bare) {
		return text
	}
	return text + " (" + show + ")"
}

// clean normalises white space: a tab or a run of three or more spaces (columns
// aligned by hand) becomes one tab, other runs one space; control characters go.
func clean(s string) string {
	s = strings.Map(func(c rune) rune {
		switch {
		case c == '\t':
			return c
		case c == '\u00a0' || c == '\u2007' || c == '\u202f':
			return ' '
		case c == '\u200b' || c == '\ufeff' || c == '\u00ad':
			return -1
		case unicode.IsControl(c):
			return -1
		}
		return c
	}, s)
	s = strings.TrimSpace(s)
	if !strings.Contains(s, "  ") && !strings.Contains(s, "\t") {
		return s
	}
	s = reWide.ReplaceAllString(s, "\t")
	return reSpaces.ReplaceAllString(s, " ")
}

// Inline strips inline Markdown (emphasis, code, links, HTML tags and entities) from
// one line and normalises its white space. JSON Resume fields often hold Markdown.
func Inline(s string) string {
	p := &parser{md: true}
	t, _ := p.inline(s)
	return t
}
