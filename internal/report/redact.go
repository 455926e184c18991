package report

import (
	"cmp"
	"encoding/json"
	"github.com/resumecheck/resumecheck/internal/scope"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/resumecheck/resumecheck/internal/lazyregexp"
	"github.com/resumecheck/resumecheck/internal/resume"
	"github.com/resumecheck/resumecheck/internal/signals"
)

// Placeholders that replace contact details.
const (
	RedactedEmail   = "[email]"
	RedactedPhone   = "[phone]"
	RedactedLink    = "[link]"
	RedactedAddress = "[address]"
)

var (
	reEmail = lazyregexp.New(`(?i)[a-z0-9._%+\-]+@[a-z0-9\-]+(?:\.[a-z0-9\-]+)*\.[a-z]{2,}`)
	// Any URL, and profile links people write without a scheme.
	reURL = lazyregexp.New(`(?i)(?:\b(?:https?|ftp)://|\bwww\.|\b(?:linkedin\.com|github\.com|gitlab\.com|bitbucket\.org|twitter\.com|x\.com|stackoverflow\.com|medium\.com|behance\.net|dribbble\.com|xing\.com)/)[^\s<>"'{}|\\^` + "`" + `\[\]]*`)
	// Phone candidates; phoneLike decides.
	rePhone = lazyregexp.New(`(?:\+|\(\s*)?\d[\d \t().\-/]{5,}\d`)
	// A house number and a capitalised street name with a street word: "221B Baker Street",
	// "1600 Pennsylvania Ave NW, Suite 4".
	reStreet = lazyregexp.New(`\b\d{1,5}[A-Za-z]?,?\s+(?:[\p{Lu}][\p{L}.'\-]*\s+){1,4}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Way|Court|Ct|Place|Pl|Terrace|Parkway|Pkwy|Square|Sq|Highway|Hwy|Close|Crescent|Row)\b\.?(?:\s+(?:N|S|E|W|NE|NW|SE|SW)\b)?(?:,?\s*(?:Apt|Suite|Unit|Flat|#)\.?\s*[\w\-]+)?`)
	// A profile handle after its network's name ("Twitter: @jdoe", "LinkedIn: jdoe") or
	// an @handle on its own; group 1 is what gets replaced.
	reHandle = lazyregexp.New(`(?i)\b(?:twitter|github|gitlab|linkedin|mastodon|instagram|telegram|skype|bluesky|stack ?overflow|medium|dev\.to)\s*:\s*(@?[\w.\-/@]{2,})|(?:^|[\s(,;])(@[A-Za-z0-9_]{2,}(?:@[\w.\-]+)?)\b`)
	// Continental style: "Hauptstraße 12a", "Keizersgracht 123".
	reStrasse = lazyregexp.New(`(?i)\b[\p{L}\-]+(?:straße|strasse|str\.|weg|gasse|platz|allee|gracht|laan|straat|vej|gatan|gate)\s+\d{1,4}[a-z]?\b`)
)

// phoneLike tells a phone number from other digit runs: 9 to 15 digits, and either an
// international or bracketed prefix or a grouping that is not a thousands separator
// ("120 000 000 users" stays).
func phoneLike(s string) bool {
	digits := 0
	for _, r := range s {
		if r >= '0' && r <= '9' {
			digits++
		}
	}
	if digits < 9 || digits > 15 {
		return false
	}
	if strings.HasPrefix(s, "+") || strings.HasPrefix(s, "(") {
		return true
	}
	groups := strings.FieldsFunc(s, func(r rune) bool { return r < '0' || r > '9' })
	if len(groups) < 2 {
		return len(s) >= 10 && digits >= 10 // a run like 5551234567
	}
	thousands := !strings.ContainsAny(s, "-./()")
	for _, g := range groups[1:] {
		if len(g) != 3 {
			thousands = false
		}
	}
	return !thousands
}

// edit is one replacement, in rune offsets of the original text.
type edit struct{ start, end, repl int }

type redactor struct {
	literals []*regexp.Regexp
	kinds    []string
}

func newRedactor(c resume.Contact) *redactor {
	rd := &redactor{}
	add := func(v, repl string) {
		v = strings.TrimSpace(v)
		if utf8.RuneCountInString(v) < 5 {
			return // too short to replace safely everywhere
		}
		rd.literals = append(rd.literals, regexp.MustCompile(`(?i)`+regexp.QuoteMeta(v)))
		rd.kinds = append(rd.kinds, repl)
	}
	for _, e := range c.Emails {
		add(e, RedactedEmail)
	}
	for _, p := range c.Phones {
		add(p, RedactedPhone)
	}
	for _, l := range c.Links {
		add(l, RedactedLink)
		// People write the same link with and without a scheme.
		bare := strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(l, "https://"), "http://"), "www.")
		if bare != l {
			add(bare, RedactedLink)
		}
	}
	return rd
}

type match struct {
	start, end int // byte offsets
	repl       string
}

// text returns s with contact details replaced and the edits made, for moving spans.
func (rd *redactor) text(s string) (string, []edit) {
	if s == "" {
		return s, nil
	}
	var ms []match
	addAll := func(re *regexp.Regexp, repl string, keep func(string) bool) {
		for _, loc := range re.FindAllStringSubmatchIndex(s, -1) {
			a, b := loc[0], loc[1]
			// With capture groups, the first group that matched is the part to replace.
			for g := 2; g+1 < len(loc); g += 2 {
				if loc[g] >= 0 {
					a, b = loc[g], loc[g+1]
					break
				}
			}
			if repl == RedactedLink {
				// A sentence's full stop or a closing bracket is not part of the link.
				for b > a && strings.ContainsRune(".,;:!?)", rune(s[b-1])) {
					b--
				}
			}
			if repl == RedactedPhone {
				for b > a && !unicode.IsDigit(rune(s[b-1])) {
					b--
				}
			}
			if b <= a || (keep != nil && !keep(s[a:b])) {
				continue
			}
			ms = append(ms, match{a, b, repl})
		}
	}
	for i, re := range rd.literals {
		addAll(re, rd.kinds[i], nil)
	}
	addAll(reEmail.Regexp(), RedactedEmail, nil)
	addAll(reURL.Regexp(), RedactedLink, nil)
	addAll(reHandle.Regexp(), RedactedLink, nil)
	addAll(reStreet.Regexp(), RedactedAddress, nil)
	addAll(reStrasse.Regexp(), RedactedAddress, nil)
	addAll(rePhone.Regexp(), RedactedPhone, phoneLike)
	if len(ms) == 0 {
		return s, nil
	}
	// Earliest first; on overlap the longer (then the earlier-added) match wins, and
	// anything overlapping a kept match is dropped.
	slices.SortStableFunc(ms, func(a, b match) int { return cmp.Or(cmp.Compare(a.start, b.start), cmp.Compare(b.end, a.end)) })
	var sb strings.Builder
	var edits []edit
	pos, runePos := 0, 0
	for _, m := range ms {
		if m.start < pos {
			continue
		}
		sb.WriteString(s[pos:m.start])
		runePos += utf8.RuneCountInString(s[pos:m.start])
		n := utf8.RuneCountInString(s[m.start:m.end])
		edits = append(edits, edit{start: runePos, end: runePos + n, repl: utf8.RuneCountInString(m.repl)})
		sb.WriteString(m.repl)
		runePos += n
		pos = m.end
	}
	sb.WriteString(s[pos:])
	return sb.String(), edits
}

func (rd *redactor) str(s *string) { *s, _ = rd.text(*s) }

func (rd *redactor) strs(ss []string) {
	for i := range ss {
		rd.str(&ss[i])
	}
}

// moveSpan maps a span of the original text onto the redacted text. A span that starts
// or ends inside a replaced region is stretched to cover the placeholder.
func moveSpan(sp signals.Span, edits []edit) signals.Span {
	return signals.Span{Start: movePos(sp.Start, edits, false), End: movePos(sp.End, edits, true)}
}

func movePos(p int, edits []edit, isEnd bool) int {
	shift := 0
	for _, e := range edits {
		switch {
		case p <= e.start:
			return p + shift
		case p >= e.end:
			shift += e.repl - (e.end - e.start)
		case isEnd:
			return e.start + shift + e.repl
		default:
			return e.start + shift
		}
	}
	return p + shift
}

// Redact returns a copy of the batch with contact details (email addresses, phone
// numbers, street addresses, profile and other links) replaced by placeholders, in the
// document and in every text that quotes the résumé: bullets, findings, suggestions,
// changes, questions. Evidence spans are moved to stay on the same words. The name is
// kept: a coach needs to know whose report it is.
func Redact(b *Batch) *Batch {
	if b == nil {
		return nil
	}
	var c Batch
	// A JSON round trip is a deep copy of these plain data types.
	data, err := json.Marshal(b)
	if err == nil {
		err = json.Unmarshal(data, &c)
	}
	if err != nil {
		// Cannot happen for these types; never fall back to the unredacted batch.
		return &Batch{SchemaVersion: b.SchemaVersion, Tool: b.Tool}
	}
	for _, r := range c.Reports {
		if r != nil {
			redactReport(r)
		}
	}
	for i := range c.Errors {
		rd := newRedactor(resume.Contact{})
		rd.str(&c.Errors[i].Error)
	}
	// Rule descriptions are not in the JSON shape and hold nothing about a person.
	c.Rules = b.Rules
	return &c
}

func redactReport(r *Report) {
	var contact resume.Contact
	if r.Document != nil {
		contact = r.Document.Contact
	}
	rd := newRedactor(contact)
	if d := r.Document; d != nil {
		c := &d.Contact
		for i := range c.Emails {
			c.Emails[i] = RedactedEmail
		}
		for i := range c.Phones {
			c.Phones[i] = RedactedPhone
		}
		for i := range c.Links {
			c.Links[i] = RedactedLink
		}
		rd.str(&c.Location)
		rd.strs(c.Lines)
		rd.strs(d.Warnings)
		for si := range d.Sections {
			s := &d.Sections[si]
			rd.str(&s.Heading)
			redactLines(rd, s.Text)
			redactBullets(rd, s.Bullets)
			for ri := range s.Roles {
				ro := &s.Roles[ri]
				rd.str(&ro.Title)
				rd.str(&ro.Organisation)
				rd.str(&ro.Location)
				redactLines(rd, ro.Text)
				redactBullets(rd, ro.Bullets)
			}
		}
	}
	bulletEdits := map[resume.Ref][]edit{}
	for i := range r.Bullets {
		b := &r.Bullets[i]
		var edits []edit
		b.Text, edits = rd.text(b.Text)
		bulletEdits[b.Ref] = edits
		if len(edits) > 0 {
			for name, spans := range b.Signals.Evidence {
				for j := range spans {
					spans[j] = moveSpan(spans[j], edits)
				}
				b.Signals.Evidence[name] = spans
			}
		}
		if s := b.Suggestion; s != nil {
			rd.str(&s.Before)
			rd.str(&s.After)
		}
	}
	for i := range r.Findings {
		f := &r.Findings[i]
		rd.str(&f.Message)
		rd.str(&f.Why)
		if f.Span != nil {
			edits, ok := bulletEdits[f.Ref]
			if !ok && r.Document != nil {
				_, edits = rd.text(bulletText(r.Document, f.Ref))
			}
			sp := moveSpan(*f.Span, edits)
			f.Span = &sp
		}
		if f.Fix != nil {
			keys := make([]string, 0, len(f.Fix.Params))
			for k := range f.Fix.Params {
				keys = append(keys, k)
			}
			for _, k := range keys {
				v, _ := rd.text(f.Fix.Params[k])
				f.Fix.Params[k] = v
			}
		}
	}
	rd.str(&r.TrackReason)
	for i := range r.Roles {
		rc := &r.Roles[i]
		rd.str(&rc.Title)
		rd.str(&rc.Organisation)
		rd.str(&rc.LevelReason)
		rd.strs(rc.Checks)
		redactCard(rd, &rc.Scope)
	}
	if r.Level != nil {
		rd.str(&r.Level.Reason)
		rd.strs(r.Level.Questions)
	}
	for i := range r.AreaDetails {
		rd.strs(r.AreaDetails[i].Facts)
	}
	for i := range r.TopChanges {
		c := &r.TopChanges[i]
		rd.str(&c.Description)
		rd.str(&c.Before)
		rd.str(&c.After)
	}
	for i := range r.RoleSuggestions {
		rd.str(&r.RoleSuggestions[i].Message)
		rd.str(&r.RoleSuggestions[i].Example)
	}
	for i := range r.Interview {
		rd.str(&r.Interview[i].Question)
		rd.str(&r.Interview[i].Hint)
	}
}

func redactLines(rd *redactor, ls []resume.Line) {
	for i := range ls {
		rd.str(&ls[i].Text)
	}
}

func redactBullets(rd *redactor, bs []resume.Bullet) {
	for i := range bs {
		rd.str(&bs[i].Text)
	}
}

// redactCard scrubs the evidence quotes of a scope card.
func redactCard(rd *redactor, c *scope.Card) {
	evs := func(es []scope.Evidence) {
		for i := range es {
			rd.str(&es[i].Text)
		}
	}
	for _, x := range []*scope.Count{c.TeamSize, c.Reports, c.Teams, c.Managers, c.Hired, c.Promoted, c.Retention, c.Budget, c.Headcount, c.Incidents, c.Delivery, c.Roadmap, c.Led} {
		if x != nil {
			evs(x.Evidence)
		}
	}
	for i := range c.Partners {
		evs(c.Partners[i].Evidence)
	}
	if c.Stakeholder != nil {
		evs(c.Stakeholder.Evidence)
	}
}
