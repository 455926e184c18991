package resume

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// DateRange is the period a role covers, as read from its header. End is nil when the
// role is current (Current is then true) or when only a start date was written.
type DateRange struct {
	Start   *Date  `json:"start,omitempty"`
	End     *Date  `json:"end,omitempty"`
	Current bool   `json:"current,omitempty"`
	Text    string `json:"text,omitempty"`
}

// Months is the date as a count of months since year 0 (January of year 0 is 0). A
// date with no month counts as January, the way a year-only start is read.
func (d Date) Months() int {
	m := d.Month
	if m < 1 {
		m = 1
	}
	return d.Year*12 + m - 1
}

// dateFromMonths is the inverse of Months.
func dateFromMonths(n int) Date {
	return Date{Year: n / 12, Month: n%12 + 1}
}

// IsZero reports whether the date is unset.
func (d Date) IsZero() bool { return d.Year == 0 }

// Before reports whether d starts before e.
func (d Date) Before(e Date) bool { return d.Months() < e.Months() }

// The date grammar is in dategrammar.go.

var monthNames = map[string]int{
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
	"jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}

// point is one parsed term: its year and the first and last month it may stand for
// (a season spans three months; a year alone has no month).
type point struct {
	year         int
	first, last  int
	hasMonth, ok bool
	twoDigitBare bool
}

// parseTerm reads one term matched by the grammar above.
func parseTerm(s string) point {
	s = strings.ToLower(strings.TrimSpace(s))
	var p point
	// the month: a month name, a season, a quarter, or a number next to the year.
	switch {
	case strings.HasPrefix(s, "spring"):
		p.first, p.last = 3, 5
	case strings.HasPrefix(s, "summer"):
		p.first, p.last = 6, 8
	case strings.HasPrefix(s, "fall"), strings.HasPrefix(s, "autumn"):
		p.first, p.last = 9, 11
	case strings.HasPrefix(s, "winter"):
		p.first, p.last = 1, 2
	case len(s) > 1 && s[0] == 'q' && s[1] >= '1' && s[1] <= '4':
		q := int(s[1] - '0')
		p.first, p.last = 3*q-2, 3*q
	}
	letters := strings.TrimLeftFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	if p.first == 0 && len(letters) >= 3 {
		if m, ok := monthNames[letters[:3]]; ok {
			p.first, p.last = m, m
		}
	}
	nums := digitRuns(s)
	// the year is the last number group, or the first when it comes before a month name.
	yearIdx := len(nums) - 1
	for i, n := range nums {
		if len(n) == 4 {
			yearIdx = i
		}
	}
	if yearIdx < 0 {
		return p
	}
	ys := nums[yearIdx]
	y, _ := strconv.Atoi(ys)
	if len(ys) == 2 {
		p.twoDigitBare = !strings.ContainsAny(s, "'’‘")
		if y <= 50 {
			y += 2000
		} else {
			y += 1900
		}
	} else if len(ys) != 4 {
		return p
	}
	p.year = y
	if p.first == 0 && len(nums) == 3 && yearIdx == 2 {
		// day, month and year: "01.07.2019" is day.month (as written where dots are
		// used); "07/01/2019" is month/day unless the first number cannot be a month.
		mi := 0
		if strings.Contains(s, ".") || len(nums[0]) > 0 && atoi(nums[0]) > 12 {
			mi = 1
		}
		m := atoi(nums[mi])
		if m < 1 || m > 12 {
			return point{}
		}
		p.first, p.last = m, m
	}
	if p.first == 0 {
		// a numeric month: the other number group (03/2018, 2018-03, 03/18).
		for i, n := range nums {
			if i == yearIdx {
				continue
			}
			m, _ := strconv.Atoi(n)
			if m < 1 || m > 12 {
				return point{}
			}
			p.first, p.last = m, m
			break
		}
	}
	p.hasMonth = p.first != 0
	p.ok = true
	return p
}

func (p point) startDate() *Date { return &Date{Year: p.year, Month: p.first} }
func (p point) endDate() *Date   { return &Date{Year: p.year, Month: p.last} }

// ParseDate reads one date ("Jan 2019", "2019", "03/2018", "Summer 2019", "Sept. '19")
// that makes up the whole of s.
func ParseDate(s string) (*Date, bool) {
	s = strings.TrimSpace(s)
	// Every strict term holds a year (19[5-9]x, 20xx) or an apostrophe and two digits,
	// which mayHoldDate looks for first: most strings asked about are words.
	if !mayHoldDate(s) {
		return nil, false
	}
	loc, ok := dateMatch(datePatterns().singleDate, s, 0)
	if !ok || loc[0] != 0 || loc[1] != len(s) {
		return nil, false
	}
	p := parseTerm(s)
	if !p.ok {
		return nil, false
	}
	return p.startDate(), true
}

// ParseDateRange reads s as a whole as a date range ("Jan 2019 – Present",
// "2017–2020", "Since 2020") or a single date, which becomes a range starting and
// ending then (a season ends three months later). Surrounding brackets and a leading
// "Dates:" label are allowed.
func ParseDateRange(s string) (DateRange, bool) {
	t := strings.TrimSpace(s)
	t = strings.TrimSpace(strings.Trim(t, "()[]{}"))
	if i := strings.IndexByte(t, ':'); i > 0 && i < 12 && isLabel(t[:i]) {
		t = strings.TrimSpace(t[i+1:])
	}
	if t == "" {
		return DateRange{}, false
	}
	r, start, end, ok := FindDateRange(t)
	if !ok || start != 0 || end != len(t) {
		if m, ok := dateMatch(datePatterns().openDate, t, 0); ok {
			p := parseTerm(t[m[2]:m[3]])
			if p.ok {
				return DateRange{Start: p.startDate(), Text: t}, true
			}
		}
		return DateRange{}, false
	}
	return r, true
}

// DocumentDate reads the month of a date a file's metadata gives: a PDF date
// ("D:20150601120000Z", the "D:" optional) or an ISO 8601 one ("2015-06-01T10:00:00Z",
// as DOCX core properties write it). Years outside 1950–2199 are refused.
func DocumentDate(s string) (*Date, bool) {
	s = strings.TrimPrefix(strings.TrimSpace(s), "D:")
	digits := func(t string) (int, bool) {
		n := 0
		for i := 0; i < len(t); i++ {
			if t[i] < '0' || t[i] > '9' {
				return 0, false
			}
			n = n*10 + int(t[i]-'0')
		}
		return n, len(t) > 0
	}
	if len(s) < 4 {
		return nil, false
	}
	y, ok := digits(s[:4])
	if !ok || y < 1950 || y > 2199 {
		return nil, false
	}
	rest := strings.TrimPrefix(s[4:], "-")
	if len(rest) < 2 {
		return &Date{Year: y}, true
	}
	m, ok := digits(rest[:2])
	if !ok || m < 1 || m > 12 {
		return &Date{Year: y}, true
	}
	return &Date{Year: y, Month: m}, true
}

// isLabel reports whether a prefix before a colon is a dates label ("Date", "Dates",
// "Period", "Duration").
func isLabel(s string) bool {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "date", "dates", "period", "duration", "when", "tenure":
		return true
	}
	return false
}

// FindDateRange finds the first date range inside a longer line (or, failing a range,
// a "since" date or a single date) and returns it with its byte offsets in s.
// Numbers that only look like years inside phone numbers, versions or decimals are
// refused.
func FindDateRange(s string) (r DateRange, start, end int, ok bool) {
	// Every date has two digits in a row; most lines have none, and the cheap DFA
	// match below saves the costly submatch search on lines without a range.
	if !mayHoldDate(s) {
		return DateRange{}, 0, 0, false
	}
	for _, m := range dateMatchAll(datePatterns().rangeDate, s) {
		if !bounded(s, m[0], m[1]) {
			continue
		}
		a := parseTerm(s[m[2]:m[3]])
		if !a.ok {
			continue
		}
		second := s[m[4]:m[5]]
		r := DateRange{Start: a.startDate(), Text: strings.TrimSpace(s[m[0]:m[1]])}
		if isCurrentWord(second) {
			r.Current = true
		} else {
			b := parseTerm(second)
			if !b.ok {
				continue
			}
			// An end before the start ("Mar 2022 – Jan 2020") is a typing slip, kept as
			// written so a rule can point at it, but only when both ends carry a
			// four-digit year: "10 - 08" or "Jan 19 - Mar 18" may be anything.
			if b.year < a.year || (b.year == a.year && b.hasMonth && a.hasMonth && b.last < a.first) {
				if !hasYear4(s[m[2]:m[3]]) || !hasYear4(second) {
					continue
				}
			}
			// two bare two-digit numbers ("10 - 12") are not a range of years.
			if a.twoDigitBare && !a.hasMonth || b.twoDigitBare && !b.hasMonth {
				continue
			}
			if a.twoDigitBare && b.twoDigitBare && !(a.hasMonth && b.hasMonth) {
				continue
			}
			r.End = b.endDate()
		}
		return r, m[0], m[1], true
	}
	if m, ok := dateMatch(datePatterns().sinceDate, s, 0); ok && bounded(s, m[0], m[1]) {
		if p := parseTerm(s[m[4]:m[5]]); p.ok {
			return DateRange{Start: p.startDate(), Current: true, Text: s[m[0]:m[1]]}, m[0], m[1], true
		}
	}
	for _, m := range dateMatchAll(datePatterns().singleDate, s) {
		if !bounded(s, m[0], m[1]) {
			continue
		}
		p := parseTerm(s[m[0]:m[1]])
		if !p.ok {
			continue
		}
		return DateRange{Start: p.startDate(), End: p.endDate(), Text: s[m[0]:m[1]]}, m[0], m[1], true
	}
	return DateRange{}, 0, 0, false
}

// hasYear4 reports whether a date term holds a four-digit year.
func hasYear4(s string) bool {
	for _, n := range digitRuns(s) {
		if len(n) == 4 {
			return true
		}
	}
	return false
}

// EndBeforeStart reports whether the range ends before it starts ("Mar 2022 – Jan
// 2020"), as a slip in typing the dates leaves it.
func (r DateRange) EndBeforeStart() bool {
	if r.Start == nil || r.End == nil || r.Current {
		return false
	}
	if r.Start.Month == 0 || r.End.Month == 0 {
		return r.End.Year < r.Start.Year
	}
	return r.End.Months() < r.Start.Months()
}

func isCurrentWord(s string) bool {
	s = strings.ToLower(strings.TrimSpace(s))
	return !strings.ContainsAny(s, "0123456789'’")
}

// bounded refuses matches glued to other digits or words: "555-2019" in a phone
// number, "v2.2019", "1.2018.3", "x2019y".
func bounded(s string, start, end int) bool {
	if start > 0 {
		r, _ := utf8.DecodeLastRuneInString(s[:start])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '+' {
			return false
		}
		if (r == '-' || r == '.' || r == '/' || r == ')') && start > 1 {
			q, _ := utf8.DecodeLastRuneInString(s[:start-1])
			if unicode.IsDigit(q) || q == '(' || q == ')' {
				return false
			}
		}
	}
	if end < len(s) {
		r, n := utf8.DecodeRuneInString(s[end:])
		if unicode.IsDigit(r) || unicode.IsLetter(r) || r == '+' || r == '%' {
			return false
		}
		if (r == '-' || r == '.' || r == '/') && end+n < len(s) {
			q, _ := utf8.DecodeRuneInString(s[end+n:])
			if unicode.IsDigit(q) {
				return false
			}
		}
	}
	return true
}

// Interval is the half-open span of months [From, To) a range covers, reading a
// month-precise end as inclusive ("May 2022 – Aug 2022" is four months) and a
// year-only end as the start of that year ("2017–2020" is three years), except that a
// single year counts as the whole year. A current range runs to now inclusive.
func (r DateRange) Interval(now Date) (from, to int, ok bool) {
	if r.Start == nil {
		return 0, 0, false
	}
	from = r.Start.Months()
	switch {
	case r.Current:
		nm := now
		if nm.Month == 0 {
			nm.Month = 12
		}
		to = nm.Months() + 1
	case r.End != nil && r.End.Month != 0:
		to = r.End.Months() + 1
	case r.End != nil:
		to = r.End.Year * 12
		if r.End.Year == r.Start.Year {
			to = (r.End.Year + 1) * 12
		}
	default:
		// an open start with no end: count the start month alone.
		to = from + 1
	}
	if to <= from {
		to = from + 1
	}
	return from, to, true
}

// mayHoldDate is a cheap test that s could contain a date: a 19xx/20xx year, an
// apostrophe year, a slash between digits, or two digits and a range separator
// ("Sep 19 - Mar 21"). Lines that fail it skip the regular expressions.
func mayHoldDate(s string) bool {
	isDigit := func(i int) bool { return i >= 0 && i < len(s) && s[i] >= '0' && s[i] <= '9' }
	twoDigits := false
	for i := 0; i+1 < len(s); i++ {
		if !isDigit(i) || !isDigit(i+1) {
			continue
		}
		twoDigits = true
		if (s[i] == '1' && s[i+1] == '9' || s[i] == '2' && s[i+1] == '0') && isDigit(i+2) && isDigit(i+3) {
			return true
		}
		if i > 0 && (s[i-1] == '\'' || s[i-1] == '/') {
			return true
		}
		if i >= 3 && (s[i-3:i] == "’" || s[i-3:i] == "‘") {
			return true
		}
	}
	if !twoDigits {
		return false
	}
	return strings.ContainsAny(s, "-–—~") || strings.Contains(strings.ToLower(s), " to ")
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}
