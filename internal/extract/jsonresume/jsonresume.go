// Package jsonresume reads a JSON Resume (jsonresume.org schema, and the older keys
// FRESH-converted files still use) straight into the document model, keeping a JSON
// pointer to every heading, role and bullet.
package jsonresume

import (
	"bytes"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/resumecheck/resumecheck/internal/extract/text"
	"github.com/resumecheck/resumecheck/internal/lazyregexp"
	"github.com/resumecheck/resumecheck/internal/resume"
)

// Errors a caller can tell apart with errors.Is (SyntaxError with errors.As).
var (
	// ErrNotObject: valid JSON whose top level is not an object.
	ErrNotObject = errors.New("the top level is not a JSON object")
	// ErrNotResume: a JSON object with none of the JSON Resume sections.
	ErrNotResume = errors.New("no JSON Resume keys (basics, work, education, skills, ...)")
)

// Keys names the top-level keys that make a JSON object a JSON Resume.
var Keys = []string{"basics", "work", "volunteer", "education", "skills", "projects", "awards", "certificates", "publications"}

// Extract reads a JSON Resume. now is the date "Present" means for the experience
// summary; zero means no clipping. A panic is turned into an error naming the file.
func Extract(name string, data []byte, now resume.Date) (doc *resume.Document, err error) {
	defer func() {
		if r := recover(); r != nil {
			doc, err = nil, fmt.Errorf("%s: internal error reading JSON Resume: %v", name, r)
		}
	}()
	// A byte-order mark is not JSON, but editors write one; UTF-16 files too.
	if bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}) {
		data = data[3:]
	} else if bytes.HasPrefix(data, []byte{0xFF, 0xFE}) || bytes.HasPrefix(data, []byte{0xFE, 0xFF}) {
		if s, _, derr := text.Decode(data); derr == nil {
			data = []byte(s)
		}
	}
	root, err := parse(data)
	if err != nil {
		return nil, err
	}
	if root.kind != 'o' {
		return nil, ErrNotObject
	}
	known := false
	for _, k := range Keys {
		if root.get(k) != nil {
			known = true
		}
	}
	if !known {
		return nil, ErrNotResume
	}
	doc = &resume.Document{Source: resume.SourceInfo{File: name, Format: resume.FormatJSONResume}}
	basics := root.get("basics")
	doc.Contact = contact(basics)
	if s := basics.s("summary"); s != "" {
		sec := resume.Section{Heading: "Summary", Kind: resume.KindSummary, Pos: resume.Pos{Path: "/basics/summary"}}
		sec.Text = paragraphs(s, "/basics/summary")
		doc.Sections = append(doc.Sections, sec)
	}
	for _, k := range root.keys {
		if sec, ok := section(root, k); ok {
			doc.Sections = append(doc.Sections, sec)
		}
	}
	doc.Experience = resume.ComputeExperience(doc.Sections, now)
	return doc, nil
}

// profileURL builds a profile address from a network and user name when the file
// gives none, for the networks whose address form is fixed.
var profileURL = map[string]string{
	"github": "https://github.com/", "gitlab": "https://gitlab.com/",
	"linkedin": "https://www.linkedin.com/in/", "twitter": "https://twitter.com/",
	"x": "https://x.com/", "stackoverflow": "https://stackoverflow.com/users/",
}

func contact(b *node) resume.Contact {
	var c resume.Contact
	c.Name = b.s("name")
	if e := b.s("email"); e != "" {
		c.Emails = append(c.Emails, e)
	}
	if p := b.s("phone"); p != "" {
		c.Phones = append(c.Phones, p)
	}
	if u := b.s("url", "website"); u != "" {
		c.Links = append(c.Links, u)
	}
	if l := b.s("label"); l != "" {
		c.Lines = append(c.Lines, text.Inline(l))
	}
	for _, p := range b.list("profiles") {
		network, user, u := p.s("network"), p.s("username"), p.s("url")
		if u == "" && user != "" {
			if base, ok := profileURL[strings.ToLower(network)]; ok {
				u = base + user
			}
		}
		if u != "" {
			c.Links = append(c.Links, u)
		}
		// Keep the user name where the address does not show it.
		if user != "" && !strings.Contains(strings.ToLower(u), strings.ToLower(user)) {
			c.Lines = append(c.Lines, strings.TrimPrefix(network+": "+user, ": "))
		}
	}
	if loc := b.get("location"); loc != nil {
		if loc.kind == 's' {
			c.Location = strings.TrimSpace(loc.str)
		} else {
			c.Location = join(", ", loc.s("city"), loc.s("region"), loc.s("countryCode", "country"))
			for _, l := range strings.Split(loc.s("address"), "\n") {
				if l = strings.TrimSpace(l); l != "" && l != c.Name {
					c.Lines = append(c.Lines, l)
				}
			}
			if pc := loc.s("postalCode"); pc != "" && !strings.Contains(strings.Join(c.Lines, " "), pc) {
				c.Lines = append(c.Lines, pc)
			}
		}
	}
	return c
}

// join joins the non-empty parts.
func join(sep string, parts ...string) string {
	var out []string
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, sep)
}

// paragraphs splits a free-text field into its non-empty lines, Markdown stripped.
func paragraphs(s, path string) []resume.Line {
	var out []resume.Line
	for _, l := range strings.Split(s, "\n") {
		if t := text.Inline(l); t != "" {
			out = append(out, resume.Line{Text: t, Pos: resume.Pos{Path: path}})
		}
	}
	return out
}

// section maps one top-level key to a section; keys that are not résumé content
// ($schema, meta, basics) give none.
func section(root *node, k string) (resume.Section, bool) {
	entries := root.list(k)
	path := "/" + escape(k)
	sec := resume.Section{Pos: resume.Pos{Path: path}}
	switch k {
	case "work":
		sec.Heading, sec.Kind = "Experience", resume.KindExperience
		for i, e := range entries {
			sec.Roles = append(sec.Roles, role(e, fmt.Sprintf("%s/%d", path, i), []string{"position"}, []string{"name", "company"}))
		}
	case "volunteer":
		sec.Heading, sec.Kind = "Volunteering", resume.KindLeadership
		for i, e := range entries {
			sec.Roles = append(sec.Roles, role(e, fmt.Sprintf("%s/%d", path, i), []string{"position"}, []string{"organization", "organisation"}))
		}
	case "projects":
		sec.Heading, sec.Kind = "Projects", resume.KindProjects
		for i, e := range entries {
			p := fmt.Sprintf("%s/%d", path, i)
			r := role(e, p, []string{"name"}, []string{"entity"})
			if roles, _ := e.strs("roles"); len(roles) > 0 {
				r.Text = append(r.Text, resume.Line{Text: "Roles: " + strings.Join(roles, ", "), Pos: resume.Pos{Path: p + "/roles"}})
			}
			if kw, _ := e.strs("keywords"); len(kw) > 0 {
				r.Text = append(r.Text, resume.Line{Text: "Keywords: " + strings.Join(kw, ", "), Pos: resume.Pos{Path: p + "/keywords"}})
			}
			if t := e.s("type"); t != "" {
				r.Text = append(r.Text, resume.Line{Text: "Type: " + t, Pos: resume.Pos{Path: p + "/type"}})
			}
			sec.Roles = append(sec.Roles, r)
		}
		sec.FlattenRoles()
	case "education":
		sec.Heading, sec.Kind = "Education", resume.KindEducation
		for i, e := range entries {
			p := fmt.Sprintf("%s/%d", path, i)
			degree := join(" in ", e.s("studyType"), e.s("area"))
			dates := dateText(e)
			head := join(", ", degree, e.s("institution"), e.s("location"))
			if dates != "" {
				head = join(" · ", head, dates)
			}
			sec.Text = append(sec.Text, resume.Line{Text: head, Pos: resume.Pos{Path: p}})
			if s := e.s("score", "gpa", "grade"); s != "" {
				sec.Text = append(sec.Text, resume.Line{Text: "Score: " + s, Pos: resume.Pos{Path: p + "/" + e.key("score", "gpa", "grade")}})
			}
			if cs, _ := e.strs("courses"); len(cs) > 0 {
				sec.Text = append(sec.Text, resume.Line{Text: "Courses: " + strings.Join(cs, ", "), Pos: resume.Pos{Path: p + "/courses"}})
			}
			sec.Text = append(sec.Text, paragraphs(e.s("summary"), p+"/summary")...)
		}
	case "skills", "interests":
		sec.Heading, sec.Kind = "Skills", resume.KindSkills
		if k == "interests" {
			sec.Heading, sec.Kind = "Interests", resume.KindOther
		}
		for i, e := range entries {
			p := fmt.Sprintf("%s/%d", path, i)
			label := e.s("name")
			if lv := e.s("level"); lv != "" {
				label = join(" ", label, "("+lv+")")
			}
			kw, _ := e.strs("keywords")
			line := label
			if len(kw) > 0 {
				line = join(": ", label, strings.Join(kw, ", "))
			}
			if line != "" {
				sec.Text = append(sec.Text, resume.Line{Text: line, Pos: resume.Pos{Path: p}})
			}
			sec.Text = append(sec.Text, paragraphs(e.s("summary"), p+"/summary")...)
		}
	case "languages":
		sec.Heading, sec.Kind = "Languages", resume.KindOther
		for i, e := range entries {
			l := e.s("language")
			if f := join(", ", e.s("fluency", "level"), yearsText(e.s("years"))); f != "" {
				l = join(" ", l, "("+f+")")
			}
			if l != "" {
				sec.Text = append(sec.Text, resume.Line{Text: l, Pos: resume.Pos{Path: fmt.Sprintf("%s/%d", path, i)}})
			}
		}
	case "awards", "certificates", "publications", "references":
		switch k {
		case "awards":
			sec.Heading, sec.Kind = "Awards", resume.KindAwards
		case "certificates":
			sec.Heading, sec.Kind = "Certifications", resume.KindCertifications
		case "publications":
			sec.Heading, sec.Kind = "Publications", resume.KindPublications
		default:
			sec.Heading, sec.Kind = "References", resume.KindOther
		}
		for i, e := range entries {
			p := fmt.Sprintf("%s/%d", path, i)
			head := join(", ", e.s("title", "name"), e.s("awarder", "issuer", "publisher"), e.s("date", "releaseDate"))
			if k == "references" {
				head = e.s("name")
			}
			if head != "" {
				sec.Text = append(sec.Text, resume.Line{Text: text.Inline(head), Pos: resume.Pos{Path: p}})
			}
			sec.Text = append(sec.Text, paragraphs(e.s("summary", "reference"), p+"/"+e.key("summary", "reference"))...)
		}
	default:
		return sec, false
	}
	if len(sec.Roles) == 0 && len(sec.Text) == 0 && len(sec.Bullets) == 0 {
		return sec, false
	}
	return sec, true
}

func yearsText(y string) string {
	if y == "" {
		return ""
	}
	if _, err := strconv.ParseFloat(y, 64); err == nil {
		return y + " years"
	}
	return y
}

// role reads a dated entry: title and organisation from the first keys present, dates,
// summary and description as text, highlights as bullets.
func role(e *node, path string, titleKeys, orgKeys []string) resume.Role {
	r := resume.Role{
		Title:        text.Inline(e.s(titleKeys...)),
		Organisation: text.Inline(e.s(orgKeys...)),
		Location:     e.s("location"),
		Pos:          resume.Pos{Path: path},
	}
	start, end := e.s("startDate"), e.s("endDate")
	r.Start = parseDate(start)
	if isCurrent(end) || (end == "" && r.Start != nil) {
		// JSON Resume leaves endDate out for a current position.
		r.Current = true
	} else {
		r.End = parseDate(end)
	}
	r.DatesText = dateText(e)
	for _, k := range []string{"summary", "description"} {
		r.Text = append(r.Text, paragraphs(e.s(k), path+"/"+k)...)
	}
	hs, idx := e.strs("highlights")
	for i, h := range hs {
		if t := text.Inline(h); t != "" {
			r.Bullets = append(r.Bullets, resume.Bullet{Text: t, Pos: resume.Pos{Path: fmt.Sprintf("%s/highlights/%d", path, idx[i])}})
		}
	}
	return r
}

// dateText renders an entry's dates as written: "2013-12-01 – 2014-12-01", or with
// "Present" when the end is left out.
func dateText(e *node) string {
	start, end := e.s("startDate"), e.s("endDate")
	switch {
	case start == "" && end == "":
		return ""
	case start == "":
		return end
	case end == "":
		return start + " – Present"
	}
	return start + " – " + end
}

func isCurrent(s string) bool {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "present", "current", "now", "today", "ongoing":
		return true
	}
	return false
}

var isoDate = lazyregexp.New(`^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:T.*)?$`)

// parseDate reads the schema's ISO 8601 dates (YYYY, YYYY-MM, YYYY-MM-DD), and free
// text the way other formats are read.
func parseDate(s string) *resume.Date {
	if s == "" {
		return nil
	}
	if m := isoDate.FindStringSubmatch(s); m != nil {
		y, _ := strconv.Atoi(m[1])
		mo, _ := strconv.Atoi(m[2])
		if mo < 0 || mo > 12 {
			mo = 0
		}
		return &resume.Date{Year: y, Month: mo}
	}
	if d, ok := resume.ParseDate(s); ok {
		return d
	}
	return nil
}
