package report

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/resumecheck/resumecheck/internal/scope"
)

// scopeFacts are a card's dimensions in reading order, each with its number when the
// page gives one ("team 25", "hired", "budget 2M").
func scopeFacts(c *scope.Card) []string {
	var out []string
	num := func(dim, label, plural string) {
		x := c.Get(dim)
		switch {
		case x == nil:
		case x.Value > 0 && plural != "":
			out = append(out, fmt.Sprintf("%d %s", x.Value, plural))
		case x.Value > 0:
			out = append(out, fmt.Sprintf("%s %d", label, x.Value))
		default:
			out = append(out, label)
		}
	}
	num(scope.DimTeamSize, "team", "")
	num(scope.DimReports, "reports", "reports")
	num(scope.DimTeams, "several teams", "teams")
	num(scope.DimManagers, "managers reporting", "managers")
	num(scope.DimHired, "hiring", "")
	if x := c.Get(scope.DimHired); x != nil && x.Value > 0 {
		out[len(out)-1] = fmt.Sprintf("hired %d", x.Value)
	}
	num(scope.DimPromoted, "people grown", "")
	if x := c.Get(scope.DimPromoted); x != nil && x.Value > 0 {
		out[len(out)-1] = fmt.Sprintf("promoted %d", x.Value)
	}
	num(scope.DimRetention, "retention", "")
	if x := c.Get(scope.DimBudget); x != nil {
		if x.Value > 0 {
			out = append(out, "budget "+money(x.Value))
		} else {
			out = append(out, "budget")
		}
	}
	num(scope.DimHeadcount, "headcount", "")
	num(scope.DimIncidents, "incidents", "")
	num(scope.DimDelivery, "delivery measures", "")
	num(scope.DimRoadmap, "roadmap", "")
	num(scope.DimLed, "led a team or initiative", "")
	if len(c.Partners) > 0 {
		var names []string
		for _, p := range c.Partners {
			names = append(names, p.Name)
		}
		out = append(out, "partners "+strings.Join(names, ", "))
	}
	if c.Stakeholder != nil && c.Stakeholder.Name != "team" {
		out = append(out, "stakeholders up to "+c.Stakeholder.Name)
	}
	return out
}

// money prints an amount short: 2M, 300k, 1.5M.
func money(v int64) string {
	switch {
	case v >= 1e9:
		return strconv.FormatFloat(float64(v)/1e9, 'f', -1, 64) + "B"
	case v >= 1e6:
		return strconv.FormatFloat(float64(v)/1e6, 'f', -1, 64) + "M"
	case v >= 1e3:
		return strconv.FormatFloat(float64(v)/1e3, 'f', -1, 64) + "k"
	}
	return strconv.FormatInt(v, 10)
}

// scopeLine is a role's card on one line.
func scopeLine(c *scope.Card) string {
	f := scopeFacts(c)
	if len(f) == 0 {
		return "no scope shown"
	}
	return strings.Join(f, " · ")
}

// roleScopeLabel names a role: "Engineering Manager at Acme (14 months)".
func roleScopeLabel(rc scope.RoleCard) string {
	var s string
	switch {
	case rc.Title != "" && rc.Organisation != "":
		s = rc.Title + " at " + rc.Organisation
	case rc.Title != "":
		s = rc.Title
	case rc.Organisation != "":
		s = rc.Organisation
	default:
		s = "untitled role"
	}
	switch {
	case rc.Months == 1:
		s += " (1 month)"
	case rc.Months > 1:
		s += fmt.Sprintf(" (%d months)", rc.Months)
	}
	return s
}

// largest is the biggest team, reports and hires over a report's roles.
func largest(r *Report) (team, reports, hires int64) {
	for _, rc := range r.Roles {
		team = max(team, rc.Scope.Value(scope.DimTeamSize))
		reports = max(reports, rc.Scope.Value(scope.DimReports))
		hires = max(hires, rc.Scope.Value(scope.DimHired))
	}
	return
}

// largestText is the batch index cell: "25 / 6 / 12", with – for what the page never gives.
func largestText(r *Report) string {
	t, rp, h := largest(r)
	f := func(v int64) string {
		if v == 0 {
			return "–"
		}
		return strconv.FormatInt(v, 10)
	}
	return f(t) + " / " + f(rp) + " / " + f(h)
}

// levelLine is "manager (next: senior-manager): reason".
func levelLine(l *scope.Level) string {
	s := l.Current
	if l.Next != "" {
		s += " (next: " + l.Next + ")"
	}
	if l.Reason != "" {
		s += ": " + l.Reason
	}
	return s
}
