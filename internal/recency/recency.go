// Package recency is the one definition of which roles are recent: the experience roles
// in recency order, the current role (the most recent role whose title or bullets are
// engineering or technology work) and the roles more recent than it that were skipped
// (military service, retail, teaching, or an entry that is no role), and "the two most
// recent roles". The rule engine computes an Order once per document; the scorer, the
// scope reading and the advice read it, so they never disagree about which role is
// current.
package recency

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"unicode"

	rulepack "github.com/resumecheck/resumecheck/rules"

	"github.com/resumecheck/resumecheck/internal/resume"
	"github.com/resumecheck/resumecheck/internal/yamlx"
)

// Why a role more recent than the current one was skipped.
const (
	NotEngineering = "not engineering work"
	NotARole       = "not a role"
)

// Entry is one experience role in recency order.
type Entry struct {
	Ref                 resume.Ref // Bullet is -1
	Title, Organisation string
	Start, End          *resume.Date
	Current             bool // the role has no end ("Present")
	// Engineering is true when the title names engineering or technology work
	// (rules/vocabulary/roles.yaml) or one of the role's bullets shows technical work.
	Engineering bool
	// Skip says why the role cannot be the current role ("" when it can).
	Skip string
}

// Order is the experience roles of a document, most recent first, with the current role.
type Order struct {
	Roles []Entry
	// Current is the index in Roles of the current role, -1 when there is no role.
	Current int
}

// Experience returns the roles the recency order is about, in document order: those of
// experience sections or, when no section is headed as experience (no role and no
// bullet in one), those of sections under a heading the reading did not know. Projects,
// volunteering and campus activities are never the current role: a student's page has
// no current role rather than a club membership for one.
func Experience(doc *resume.Document) []resume.Ref {
	if doc == nil {
		return nil
	}
	var exp, other []resume.Ref
	expBullets := false
	for si := range doc.Sections {
		sec := &doc.Sections[si]
		isExp := sec.Kind == resume.KindExperience
		scoped := sec.Kind == resume.KindOther
		if isExp && len(sec.Bullets) > 0 {
			expBullets = true
		}
		for ri := range sec.Roles {
			ref := resume.Ref{Section: si, Role: ri, Bullet: -1}
			switch {
			case isExp:
				exp = append(exp, ref)
			case scoped:
				other = append(other, ref)
			}
		}
	}
	if len(exp) == 0 && !expBullets {
		return other
	}
	return exp
}

// Read orders the experience roles of doc most recent first and picks the current role.
// technical reports whether a bullet shows technical work (nil: the signals are not
// known, and no role is skipped as not engineering work). When every
// role is dated they are ordered by end (current roles last-ending), then start;
// otherwise document order is kept, since résumés are written newest first.
func Read(doc *resume.Document, technical func(resume.Ref) bool) Order {
	o := Order{Current: -1}
	refs := Experience(doc)
	for _, ref := range refs {
		r := &doc.Sections[ref.Section].Roles[ref.Role]
		e := Entry{Ref: ref, Title: r.Title, Organisation: r.Organisation, Start: r.Start, End: r.End, Current: r.Current}
		// Without the bullets' signals nothing says a role is not engineering work.
		e.Engineering = technical == nil || EngineeringTitle(r.Title)
		for bi := range r.Bullets {
			if e.Engineering {
				break
			}
			e.Engineering = technical(resume.Ref{Section: ref.Section, Role: ref.Role, Bullet: bi})
		}
		switch {
		case notARole(r):
			e.Skip = NotARole
		case !e.Engineering:
			e.Skip = NotEngineering
		}
		o.Roles = append(o.Roles, e)
	}
	dated := true
	for _, e := range o.Roles {
		if e.Start == nil && e.End == nil && !e.Current {
			dated = false
		}
	}
	if dated {
		sort.SliceStable(o.Roles, func(i, j int) bool {
			ei, ej := endKey(&o.Roles[i]), endKey(&o.Roles[j])
			if ei != ej {
				return ei > ej
			}
			return startKey(&o.Roles[i]) > startKey(&o.Roles[j])
		})
	}
	// The current role is the first that is not skipped; when every role is skipped for
	// one reason, the first that is a role; else the first.
	o.Current = o.first(func(e Entry) bool { return e.Skip == "" })
	if o.Current < 0 {
		o.Current = o.first(func(e Entry) bool { return e.Skip != NotARole })
	}
	if o.Current < 0 && len(o.Roles) > 0 {
		o.Current = 0
	}
	return o
}

func (o Order) first(ok func(Entry) bool) int {
	for i, e := range o.Roles {
		if ok(e) {
			return i
		}
	}
	return -1
}

// notARole reports an entry the structure reading took from a line that is no role: one
// with neither a title nor an organisation, or with neither an organisation nor dates.
func notARole(r *resume.Role) bool {
	title, org := strings.TrimSpace(r.Title), strings.TrimSpace(r.Organisation)
	if title == "" && org == "" {
		return true
	}
	return org == "" && r.Start == nil && r.End == nil && !r.Current
}

// Rank is the place of a role in the order (0 = most recent), -1 when it is not an
// experience role.
func (o Order) Rank(ref resume.Ref) int {
	for i, e := range o.Roles {
		if e.Ref.Section == ref.Section && e.Ref.Role == ref.Role {
			return i
		}
	}
	return -1
}

// CurrentRef is the current role, ok false when there is none.
func (o Order) CurrentRef() (resume.Ref, bool) {
	if o.Current < 0 || o.Current >= len(o.Roles) {
		return resume.Ref{Section: -1, Role: -1, Bullet: -1}, false
	}
	return o.Roles[o.Current].Ref, true
}

// IsCurrent reports whether ref (a role, or a bullet of it) is the current role.
func (o Order) IsCurrent(ref resume.Ref) bool {
	c, ok := o.CurrentRef()
	return ok && c.Section == ref.Section && c.Role == ref.Role
}

// Recent returns the indices in Roles of the n most recent roles: the current role and
// the next ones that are not skipped (when no role qualifies, the n most recent).
func (o Order) Recent(n int) []int {
	var out []int
	if o.Current < 0 || o.Current >= len(o.Roles) {
		return nil
	}
	fallback := o.Roles[o.Current].Skip != "" // no role qualifies
	for i := o.Current; i < len(o.Roles) && len(out) < n; i++ {
		if i == o.Current || fallback || o.Roles[i].Skip == "" {
			out = append(out, i)
		}
	}
	return out
}

// IsRecent reports whether ref (a role, or a bullet of it) is one of the n most recent
// roles.
func (o Order) IsRecent(ref resume.Ref, n int) bool {
	for _, i := range o.Recent(n) {
		if e := o.Roles[i].Ref; e.Section == ref.Section && e.Role == ref.Role {
			return true
		}
	}
	return false
}

// Skipped returns the indices in Roles of the roles more recent than the current one.
func (o Order) Skipped() []int {
	var out []int
	for i := 0; i < o.Current && i < len(o.Roles); i++ {
		out = append(out, i)
	}
	return out
}

// Name is "Title at Organisation" (or whichever is known).
func (e Entry) Name() string {
	title, org := strings.TrimSpace(e.Title), strings.TrimSpace(e.Organisation)
	switch {
	case title != "" && org != "":
		return title + " at " + org
	case title != "":
		return title
	case org != "":
		return "the role at " + org
	}
	return "an untitled entry"
}

// Dates is "2019–2021", "2019–present", "2021" or "".
func (e Entry) Dates() string {
	year := func(d *resume.Date) string {
		if d == nil {
			return ""
		}
		return fmt.Sprint(d.Year)
	}
	start, end := year(e.Start), year(e.End)
	if e.Current {
		end = "present"
	}
	switch {
	case start != "" && end != "" && start != end:
		return start + "–" + end
	case start != "":
		return start
	}
	return end
}

// Sentence says which role is the current one and which more recent entries were
// skipped, and why: "Current role: Engineer at Acme (skipped: Private at Army,
// 2019–2021 – not engineering work)". It is "" when there is no role, and names no
// skipped entry when none was skipped.
func (o Order) Sentence() string {
	if o.Current < 0 || o.Current >= len(o.Roles) {
		return ""
	}
	s := "Current role: " + o.Roles[o.Current].Name()
	if sk := o.skippedList(); sk != "" {
		s += " (skipped: " + sk + ")"
	}
	return s
}

// SkippedNote is the note advice about the current role carries when more recent
// entries were skipped: "(left out: Private at Army, 2019–2021 – not engineering
// work)"; "" when none was.
func (o Order) SkippedNote() string {
	if sk := o.skippedList(); sk != "" {
		return "(left out: " + sk + ")"
	}
	return ""
}

func (o Order) skippedList() string {
	var sk []string
	for _, i := range o.Skipped() {
		e := o.Roles[i]
		what := e.Name()
		if d := e.Dates(); d != "" {
			what += ", " + d
		}
		sk = append(sk, what+" – "+e.Skip)
	}
	return strings.Join(sk, "; ")
}

func monthKey(d *resume.Date, endOfYear bool) int {
	m := d.Month
	if m == 0 {
		m = 1
		if endOfYear {
			m = 12
		}
	}
	return d.Year*12 + m - 1
}

func endKey(e *Entry) int {
	switch {
	case e.Current:
		return 1 << 30
	case e.End != nil:
		return monthKey(e.End, true)
	case e.Start != nil:
		return monthKey(e.Start, true)
	}
	return 0
}

func startKey(e *Entry) int {
	if e.Start != nil {
		return monthKey(e.Start, false)
	}
	return 0
}

var (
	rolesOnce  sync.Once
	titleWords []string
)

// EngineeringTitle reports whether a role title names engineering or technology work
// (rules/vocabulary/roles.yaml).
func EngineeringTitle(title string) bool {
	rolesOnce.Do(func() {
		raw, err := rulepack.Vocabulary.ReadFile("vocabulary/roles.yaml")
		if err != nil {
			panic(err)
		}
		var f struct {
			Titles []string `yaml:"engineering_titles"`
		}
		if err := yamlx.Decode("rules/vocabulary/roles.yaml", raw, &f); err != nil {
			panic(err)
		}
		titleWords = f.Titles
	})
	ws := strings.FieldsFunc(strings.ToLower(title), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-'
	})
	joined := " " + strings.Join(ws, " ") + " "
	for _, e := range titleWords {
		prefix := strings.HasSuffix(e, "*")
		e = strings.TrimSuffix(e, "*")
		if strings.Contains(e, " ") {
			if strings.Contains(joined, " "+e+" ") {
				return true
			}
			continue
		}
		for _, w := range ws {
			if w == e || prefix && strings.HasPrefix(w, e) {
				return true
			}
		}
	}
	return false
}

// StartKey orders roles by start month (0 when undated), for checks of listing order.
func StartKey(r *resume.Role) int {
	if r.Start != nil {
		return monthKey(r.Start, false)
	}
	return 0
}
