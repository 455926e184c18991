package layout

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/resumecheck/resumecheck/internal/lazyregexp"
	"github.com/resumecheck/resumecheck/internal/resume"
)

var (
	emailRE = lazyregexp.New(`(?i)[a-z0-9._%+\-]+@[a-z0-9.\-]+\.[a-z]{2,}`)
	// contactSepRE splits a header line into its items.
	contactSepRE = lazyregexp.New(`\s*[|•·◆⋄♦▪∙\x{E000}-\x{F8FF}]\s*|\s{3,}|\s+[–—#*~>]\s+|^[#*~>+]\s+`)
	handleSites  = map[string]string{
		"github": "github.com/", "gitlab": "gitlab.com/", "linkedin": "linkedin.com/in/",
		"twitter": "twitter.com/", "x": "x.com/", "facebook": "facebook.com/", "fb": "facebook.com/",
		"youtube": "youtube.com/", "quora": "quora.com/profile/", "stackoverflow": "stackoverflow.com/users/",
		"medium": "medium.com/@", "xtwitter": "x.com/",
	}
)

// parseContact reads the lines above the first section: the name, emails, phones,
// links, a location, and whatever else (a headline) as plain lines.
func parseContact(items []item) resume.Contact {
	var c resume.Contact
	for _, it := range items {
		var rest []string
		for _, part := range it.parts {
			for _, piece := range contactSepRE.Split(part, -1) {
				piece = strings.TrimFunc(piece, func(r rune) bool {
					return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !strings.ContainsRune("+()@/", r)
				})
				if piece == "" {
					continue
				}
				if !addContactItem(&c, piece) && !addContactItems(&c, piece) {
					// an email inside a piece that is not only contact items still
					// belongs with the emails, so that redaction finds it
					for _, e := range emailRE.FindAllString(piece, -1) {
						c.Emails = appendNew(c.Emails, e)
						piece = strings.TrimSpace(strings.Replace(piece, e, "", 1))
					}
					if piece != "" {
						rest = append(rest, piece)
					}
				}
			}
		}
		if len(rest) > 0 {
			c.Lines = append(c.Lines, strings.Join(rest, " | "))
		}
	}
	return c
}

// addContactItems tries a piece that is not one item as several: "Twitter: @x,
// LinkedIn: y" or "name@example.com +1(312)555-0100". It files them only when every
// sub-piece is a contact item, so that a headline is not torn apart.
func addContactItems(c *resume.Contact, piece string) bool {
	for _, split := range []func(string) []string{
		func(s string) []string { return strings.Split(s, ", ") },
		strings.Fields,
	} {
		subs := split(piece)
		if len(subs) < 2 {
			continue
		}
		trial := cloneContact(*c)
		ok := true
		for _, sub := range subs {
			if looksLikeName(sub) || !addContactItem(&trial, strings.TrimSpace(sub)) {
				ok = false
				break
			}
		}
		if ok {
			*c = trial
			return true
		}
	}
	return false
}

// addContactItem files one piece of the header; false means it is none of the kinds
// the contact block keeps apart.
func addContactItem(c *resume.Contact, piece string) bool {
	// "LinkedIn: name (https://...)": a DOCX hyperlink's target printed after its
	// text; the target is the link, the text is filed only if it is something else.
	if m := parenURL(piece); m != nil && m[0] > 0 {
		text := strings.TrimSpace(piece[:m[0]] + piece[m[1]:])
		trial := cloneContact(*c)
		if addContactItem(&trial, text) {
			trial.Links = trial.Links[:len(c.Links)]
			*c = trial
			c.Links = appendNew(c.Links, piece[m[2]:m[3]])
			return true
		}
	}
	label := ""
	// labels can stack ("email: mailto:x@y.z"); the first one names the kind
	for {
		w, n, ok := labelAt(piece, contactLabels, true)
		if !ok || n >= len(piece) {
			break
		}
		if label == "" {
			label = strings.ToLower(w)
		}
		piece = strings.TrimSpace(piece[n:])
	}
	if e := emailRE.FindString(piece); e != "" && len(e) >= len(piece)-2 {
		c.Emails = appendNew(c.Emails, e)
		return true
	}
	if isPhone(piece) && countDigits(piece) >= 7 && countDigits(piece) <= 15 {
		if _, _, _, isDate := findDate(piece); !isDate {
			c.Phones = appendNew(c.Phones, piece)
			return true
		}
	}
	if site, ok := handleSites[label]; ok && !strings.Contains(piece, " ") {
		h := strings.TrimLeft(piece, "@/")
		if strings.Contains(h, ".") && strings.Contains(h, "/") {
			c.Links = appendNew(c.Links, h)
		} else {
			h = strings.TrimPrefix(h, "in/")
			c.Links = appendNew(c.Links, site+h)
		}
		return true
	}
	if isURL(piece) {
		c.Links = appendNew(c.Links, strings.TrimRight(piece, ".,;"))
		return true
	}
	if c.Name == "" && label == "" && looksLikeName(piece) {
		c.Name = piece
		return true
	}
	if c.Location == "" && (label == "address" || label == "mailaddress" || label == "location" || isLocation(piece)) {
		c.Location = piece
		return true
	}
	return false
}

func appendNew(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}

func countDigits(s string) int {
	n := 0
	for _, r := range s {
		if r >= '0' && r <= '9' {
			n++
		}
	}
	return n
}

// isLocation reports whether s reads as a place: "San Francisco, CA", "Seoul, Korea",
// "Mapo-gu, Seoul, Republic of Korea", "Remote", "Portland, OR (Remote)".
func isLocation(s string) bool {
	s = strings.TrimSpace(s)
	if i := strings.Index(s, "("); i > 0 && strings.HasSuffix(s, ")") {
		inner := strings.ToLower(strings.Trim(s[i:], "() "))
		if !placeWords[inner] {
			return false
		}
		s = strings.TrimSpace(s[:i])
	}
	s = strings.TrimRight(trimZip(s), " ,.")
	if s == "" || len(s) > 80 || hasDigit(s) {
		return false
	}
	// "Palo Alto, CA & Ithaca, NY", "Seoul, S.Korea & LA, U.S.A"
	for _, sep := range []string{" & ", " and ", " / "} {
		if a, b, ok := strings.Cut(s, sep); ok {
			return isLocation(a) && isLocation(b)
		}
	}
	if placeWords[strings.ToLower(s)] {
		return true
	}
	// "Greater Houston", "Toronto, Canada Area", "Pune Area, India"
	if t := trimPlaceAffixes(s); t != s {
		return t != "" && (isLocation(t) || !strings.Contains(t, ",") && placeLike(t))
	}
	pieces := strings.Split(s, ",")
	if len(pieces) < 2 || len(pieces) > 4 {
		return false
	}
	last := strings.TrimSpace(pieces[len(pieces)-1])
	if !usStates[last] && !placeWords[strings.ToLower(last)] && !regionCode(last) {
		return false
	}
	for _, p := range pieces[:len(pieces)-1] {
		p = strings.TrimSpace(p)
		w := strings.Fields(p)
		if len(w) == 0 || len(w) > 3 {
			return false
		}
		for _, x := range w {
			r := []rune(x)
			if !unicode.IsUpper(r[0]) {
				return false
			}
		}
		if wordScore(p, titleWords) > 0 || wordScore(p, orgWords) >= 2 {
			return false
		}
	}
	return true
}

// hasContactItem reports whether a line holds an email, a link or a phone number, so
// that a header line an extractor took for a bullet (an icon before it) stays in the
// contact block.
func hasContactItem(s string) bool {
	return mayHoldContactItem(s) && matchContactItem(s)
}

// matchContactItem is hasContactItem by its patterns alone.
func matchContactItem(s string) bool {
	if emailRE.MatchString(s) {
		return true
	}
	for _, piece := range contactSepRE.Split(s, -1) {
		piece = strings.TrimSpace(piece)
		if _, n, ok := labelAt(piece, contactLabels, true); ok {
			piece = piece[n:]
		}
		if isURL(piece) || isPhone(piece) && countDigits(piece) >= 7 {
			return true
		}
	}
	return false
}

// mayHoldContactItem is false for a line that none of hasContactItem's patterns can
// match, checked without them (most lines of a page): an email needs an @, a link
// "://" or a dot with something after it, a phone seven digits.
func mayHoldContactItem(s string) bool {
	if strings.Contains(s, "@") || strings.Contains(s, "://") || countDigits(s) >= 7 {
		return true
	}
	for i := 0; i+1 < len(s); i++ {
		if s[i] != '.' {
			continue
		}
		switch s[i+1] {
		case ' ', '\t', '\n', '\f', '\r': // \s: a sentence's full stop
		default:
			return true
		}
	}
	return false
}

// cloneContact copies a contact so that a trial filing cannot touch the original.
func cloneContact(c resume.Contact) resume.Contact {
	c.Emails = append([]string(nil), c.Emails...)
	c.Phones = append([]string(nil), c.Phones...)
	c.Links = append([]string(nil), c.Links...)
	c.Lines = append([]string(nil), c.Lines...)
	return c
}

// isContactHeading: "Contact", "Contact Information", "Personal Details", "Links".
func isContactHeading(s string) bool {
	w := headingWords(s)
	has := func(x string) bool {
		for _, y := range w {
			if y == x {
				return true
			}
		}
		return false
	}
	return has("contact") || has("links") || has("personal") && (has("details") || has("information") || has("info"))
}

// onlyContact: a line made of contact items and nothing else ("jane@example.com •
// +1 555 0100").
func onlyContact(it item) bool {
	if !hasContactItem(it.text) {
		return false
	}
	c := parseContact([]item{it})
	if len(c.Lines) > 0 || c.Name != "" || c.Location != "" {
		return false
	}
	if len(c.Emails)+len(c.Phones) > 0 {
		return true
	}
	// a bare domain or a web address is as likely an employer's ("Shoebox.com –
	// www.shoebox.com"); profile links are the person's
	for _, l := range c.Links {
		if profileSiteRE.MatchString(l) {
			return true
		}
	}
	return false
}

var profileSiteRE = lazyregexp.New(`(?i)(linkedin|github|gitlab|twitter|x|medium|stackoverflow)\.com/`)

// trimPlaceAffixes drops the capitalised words that widen a place ("Greater", "Area")
// from s, keeping its commas.
func trimPlaceAffixes(s string) string {
	pieces := strings.Split(s, ",")
	changed := false
	for i, p := range pieces {
		var kept []string
		for w := range strings.FieldsSeq(p) {
			if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) && placeAffixes[strings.ToLower(w)] {
				changed = true
				continue
			}
			kept = append(kept, w)
		}
		pieces[i] = strings.Join(kept, " ")
	}
	if !changed {
		return s
	}
	return strings.Join(pieces, ", ")
}

// regionCode: two capital letters that are not a company form ("PR" after a town,
// as states and provinces are written; "AB" or "AG" after a name is a company form).
func regionCode(s string) bool {
	if len(s) != 2 || s[0] < 'A' || s[0] > 'Z' || s[1] < 'A' || s[1] > 'Z' {
		return false
	}
	return orgWords[strings.ToLower(s)] == 0
}
