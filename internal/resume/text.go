package resume

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// WriteText prints the document as plain text, one line per heading, role, bullet and
// text line, in reading order: what `resumecheck extract` shows by default.
func (d *Document) WriteText(w io.Writer) error {
	bw := bufio.NewWriter(w)
	src := d.Source
	meta := []string{string(src.Format)}
	if src.Pages > 0 {
		meta = append(meta, fmt.Sprintf("%d pages", src.Pages))
	}
	if src.Engine != "" {
		meta = append(meta, "engine "+src.Engine)
	}
	fmt.Fprintf(bw, "file: %s (%s)\n", src.File, strings.Join(meta, ", "))
	for _, warn := range d.Warnings {
		fmt.Fprintf(bw, "warning: %s\n", warn)
	}
	c := d.Contact
	if c.Name != "" {
		fmt.Fprintf(bw, "name: %s\n", c.Name)
	}
	for _, e := range c.Emails {
		fmt.Fprintf(bw, "email: %s\n", e)
	}
	for _, p := range c.Phones {
		fmt.Fprintf(bw, "phone: %s\n", p)
	}
	for _, l := range c.Links {
		fmt.Fprintf(bw, "link: %s\n", l)
	}
	if c.Location != "" {
		fmt.Fprintf(bw, "location: %s\n", c.Location)
	}
	for _, l := range c.Lines {
		fmt.Fprintf(bw, "contact: %s\n", l)
	}
	unplaced := 0
	for _, s := range d.Sections {
		fmt.Fprintf(bw, "\n## %s [%s]%s\n", s.Heading, s.Kind, s.Pos.suffix())
		// Lines placed in no section or role are marked "?" in the margin.
		mark := "  "
		if !s.OwnLinesPlaced() {
			mark = "? "
			unplaced += len(s.Text) + len(s.Bullets)
		}
		for _, l := range s.Text {
			fmt.Fprintf(bw, "%s%s\n", mark, l.Text)
		}
		for _, b := range s.Bullets {
			fmt.Fprintf(bw, "%s- %s\n", mark, b.Text)
		}
		for _, r := range s.Roles {
			fmt.Fprintf(bw, "  * %s%s\n", r.Summary(), r.Pos.suffix())
			for _, l := range r.Text {
				fmt.Fprintf(bw, "      %s\n", l.Text)
			}
			for _, b := range r.Bullets {
				fmt.Fprintf(bw, "    - %s\n", b.Text)
			}
		}
	}
	e := d.Experience
	fmt.Fprintf(bw, "\nexperience: %.1f years (leading or managing: %.1f years)", e.Years, e.LeadYears)
	if e.Undated > 0 {
		fmt.Fprintf(bw, "; %d undated roles", e.Undated)
	}
	fmt.Fprintln(bw)
	sections, roles, bullets := d.Counts()
	fmt.Fprintf(bw, "found: %d sections, %d roles, %d bullets\n", sections, roles, bullets)
	if unplaced > 0 {
		fmt.Fprintf(bw, "unplaced: %d lines (marked ?) under no heading, or in a section of roles outside every role\n", unplaced)
	}
	return bw.Flush()
}

// Summary is the one-line form of a role: title | organisation | location | dates.
func (r Role) Summary() string {
	var parts []string
	for _, p := range []string{r.Title, r.Organisation, r.Location} {
		if p != "" {
			parts = append(parts, p)
		}
	}
	if d := r.Dates(); d != "" {
		parts = append(parts, d)
	}
	return strings.Join(parts, " | ")
}

// Dates renders the role's dates as "2019-01 – present", or the raw text when they
// could not be read.
func (r Role) Dates() string {
	if r.Start == nil {
		return r.DatesText
	}
	end := "?"
	switch {
	case r.Current:
		end = "present"
	case r.End != nil:
		end = r.End.String()
	}
	return r.Start.String() + " – " + end
}

// String renders a date as YYYY-MM, or YYYY when the month is unknown.
func (d Date) String() string {
	if d.Month == 0 {
		return fmt.Sprintf("%04d", d.Year)
	}
	return fmt.Sprintf("%04d-%02d", d.Year, d.Month)
}

func (p Pos) suffix() string {
	if s := p.String(); s != "" {
		return "  (" + s + ")"
	}
	return ""
}

// String renders a position for people: "page 2, line 14", "paragraph 31", "line 12",
// or the JSON pointer.
func (p Pos) String() string {
	switch {
	case p.Page > 0 && p.Line > 0:
		return fmt.Sprintf("page %d, line %d", p.Page, p.Line)
	case p.Page > 0:
		return fmt.Sprintf("page %d", p.Page)
	case p.Paragraph > 0 && p.Path != "":
		// a DOCX header or footer part ("word/header1.xml"): its paragraphs count
		// apart from the body's, so "paragraph 1" alone would point at the body.
		return fmt.Sprintf("%s, paragraph %d", partName(p.Path), p.Paragraph)
	case p.Paragraph > 0:
		return fmt.Sprintf("paragraph %d", p.Paragraph)
	case p.Line > 0:
		return fmt.Sprintf("line %d", p.Line)
	case p.Path != "":
		return p.Path
	}
	return ""
}

// Counts returns how many sections, roles and bullets the document has.
func (d *Document) Counts() (sections, roles, bullets int) {
	for _, s := range d.Sections {
		sections++
		bullets += len(s.Bullets)
		for _, r := range s.Roles {
			roles++
			bullets += len(r.Bullets)
		}
	}
	return
}

// partName names a DOCX part for people: "header" for word/header2.xml, "footer" for
// word/footer1.xml, else the part's path.
func partName(path string) string {
	base := strings.ToLower(path[strings.LastIndexByte(path, '/')+1:])
	for _, k := range []string{"header", "footer"} {
		if strings.HasPrefix(base, k) {
			return k
		}
	}
	return path
}
