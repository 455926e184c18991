package signals

// Planning and delivery (pm).

import (
	"strings"
	"unicode"
)

func (a *Analyzer) pm(b *bullet) []Span {
	var out []Span
	for _, sp := range a.find("pm", b) {
		lw := strings.ToLower(b.span(sp))
		i := b.tokenAt(sp.Start)
		j := b.tokenAt(sp.End - 1)
		switch {
		case lw == "delivery" && (b.v.technicalDelivery[b.word(j+1)] || b.word(i-1) == "continuous"):
			continue // "delivery latency": a system property
		case strings.HasPrefix(lw, "plan") && b.v.peoplePlans[b.word(i-1)]:
			continue // "growth plans" are people work
		case strings.HasPrefix(lw, "timeline") && b.word(i-1) == "incident":
			continue // an incident timeline is a record, not a schedule
		case strings.HasPrefix(lw, "risk") && b.v.riskBodies[b.word(j+1)]:
			continue // "the risk team": a function worked with (cross_team), not risk management
		case strings.HasPrefix(lw, "programme") && b.v.peopleProgrammes[lastPart(b.word(i-1))]:
			continue // "a graduate programme": people work, not programme management
		case strings.HasPrefix(lw, "budget") && b.v.technicalBudget[b.word(i-1)]:
			continue // "error budgets" are reliability targets
		case lw == "requirements" && b.v.nonProjectNeeds[b.word(i-1)]:
			continue // "merge requirements", "logging requirements": rules of a system, not a project's
		case strings.HasPrefix(lw, "estimated") && (b.word(i-1) == "an" || b.word(i-1) == "by") && (isNumberish(b.word(j+1)) || b.v.isNumberWord(b.word(j+1))):
			continue // "used by an estimated 250 engineers": a hedged count, not estimation work
		case strings.HasPrefix(lw, "plan") && (b.v.nonProjectPlans[b.word(i-1)] || hyphenPrefix(b, sp) != "" && b.v.nonProjectPlans[hyphenPrefix(b, sp)]):
			continue // "query plans", "route-planning features": computed plans, not project plans
		}
		out = append(out, sp)
	}
	return out
}

// hyphenPrefix returns the lower-case word glued before sp by a hyphen ("route" in
// "route-planning"), or "".
func hyphenPrefix(b *bullet, sp Span) string {
	if sp.Start < 2 || b.runes[sp.Start-1] != '-' {
		return ""
	}
	k := sp.Start - 1
	for k > 0 && unicode.IsLetter(b.runes[k-1]) {
		k--
	}
	return strings.ToLower(string(b.runes[k : sp.Start-1]))
}
