package resume

import (
	"math"
	"sort"
	"strings"
	"unicode"
)

// minGapMonths is the shortest break between roles that Experience reports as a gap.
const minGapMonths = 6

// leadTitleWords are the words that make a role title a leading or managing one. They
// are matched as whole words, case-insensitively; "vice president" and "head of" are
// covered by "president" and "head".
var leadTitleWords = map[string]bool{
	"lead": true, "leader": true, "manager": true, "head": true, "director": true,
	"vp": true, "svp": true, "evp": true, "avp": true, "president": true, "cto": true,
	"ceo": true, "cio": true, "coo": true, "cpo": true, "ciso": true, "chief": true,
	"founder": true, "cofounder": true, "supervisor": true,
	"managing": true, "mgr": true,
}

// IsLeadTitle reports whether a role title says the person led or managed others
// ("Tech Lead", "Engineering Manager", "Head of Platform", "VP Engineering", "CTO").
func IsLeadTitle(title string) bool {
	words := strings.FieldsFunc(strings.ToLower(title), func(r rune) bool {
		return !unicode.IsLetter(r)
	})
	for i, w := range words {
		if leadTitleWords[w] {
			return true
		}
		// "Co-Founder" splits into "co" and "founder"; "Tech-Lead" likewise.
		if w == "co" && i+1 < len(words) && words[i+1] == "founder" {
			return true
		}
	}
	return false
}

// RoleRange returns the role's dates as a DateRange.
func (r Role) RoleRange() DateRange {
	return DateRange{Start: r.Start, End: r.End, Current: r.Current, Text: r.DatesText}
}

// span is a half-open interval of months.
// span is a half-open interval of months. roughFrom marks a start read from a year
// without a month (counted as January, the earliest it can be); roughTo is how many
// months later than counted an end read from a bare year may really be.
type span struct {
	from, to  int
	roughFrom bool
	roughTo   int
}

// mergeSpans sorts and unions intervals, so overlapping roles count once.
func mergeSpans(in []span) []span {
	if len(in) == 0 {
		return nil
	}
	s := append([]span(nil), in...)
	sort.Slice(s, func(i, j int) bool {
		if s[i].from != s[j].from {
			return s[i].from < s[j].from
		}
		return s[i].to < s[j].to
	})
	out := []span{s[0]}
	for _, x := range s[1:] {
		last := &out[len(out)-1]
		if x.from <= last.to {
			if x.to > last.to {
				last.to, last.roughTo = x.to, x.roughTo
			} else if x.to == last.to {
				last.roughTo = max(last.roughTo, x.roughTo)
			}
			continue
		}
		out = append(out, x)
	}
	return out
}

func total(s []span) int {
	n := 0
	for _, x := range s {
		n += x.to - x.from
	}
	return n
}

// ComputeExperience summarises the roles of experience sections: the union of their
// intervals (overlapping roles are merged, not summed), the union of the intervals of
// roles with leading or managing titles, breaks of six months or more between the
// merged intervals, how many roles had no readable dates, and which end before they
// start (Interval counts those as their start month). Roles in projects and
// volunteering sections do not count. Dates after now are clipped to now.
func ComputeExperience(sections []Section, now Date) Experience {
	var all, lead []span
	var e Experience
	limit := -1
	if !now.IsZero() {
		nm := now
		if nm.Month == 0 {
			nm.Month = 12
		}
		limit = nm.Months() + 1
	}
	for si, s := range sections {
		if s.Kind != KindExperience {
			continue
		}
		for ri, r := range s.Roles {
			from, to, ok := r.RoleRange().Interval(now)
			if !ok {
				e.Undated++
				continue
			}
			if r.RoleRange().EndBeforeStart() {
				e.EndBeforeStart = append(e.EndBeforeStart, Ref{Section: si, Role: ri, Bullet: -1})
			}
			if limit >= 0 && to > limit {
				to = limit
			}
			if to <= from {
				continue
			}
			rr := r.RoleRange()
			sp := span{from: from, to: to, roughFrom: rr.Start != nil && rr.Start.Month == 0}
			if !rr.Current && rr.End != nil && rr.End.Month == 0 {
				// "2019" as an end may mean any month of 2019.
				sp.roughTo = max((rr.End.Year+1)*12-to, 0)
			}
			all = append(all, sp)
			if IsLeadTitle(r.Title) {
				lead = append(lead, sp)
			}
		}
	}
	merged := mergeSpans(all)
	e.Months = total(merged)
	e.LeadMonths = total(mergeSpans(lead))
	e.Years = roundTenth(float64(e.Months) / 12)
	e.LeadYears = roundTenth(float64(e.LeadMonths) / 12)
	for i := 1; i < len(merged); i++ {
		prev, next := merged[i-1], merged[i]
		// From is the last month of the earlier role, To the first month of the next
		// one: the dates a reader would quote. A year-only end may hide up to twelve
		// months, so such a gap counts only what it must at least be, and a bare year
		// shows as the year alone ("2016 – 2019" then "Jan 2020" is no gap at all).
		from, to := dateFromMonths(prev.to-1), dateFromMonths(next.from)
		gap := next.from - prev.to
		if prev.roughTo > 0 {
			gap -= prev.roughTo
			from = Date{Year: (prev.to + prev.roughTo - 1) / 12}
		}
		if next.roughFrom {
			// Counted as January, the earliest it can be: the gap is already its least.
			to.Month = 0
		}
		if gap >= minGapMonths {
			e.Gaps = append(e.Gaps, Gap{From: from, To: to, Months: gap})
		}
	}
	return e
}

func roundTenth(f float64) float64 { return math.Round(f*10) / 10 }
