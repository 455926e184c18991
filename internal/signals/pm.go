package signals

// Planning and delivery (pm).

import (
	"strings"
	"unicode"
)

var (
	technicalDelivery = set("app", "apps", "latency", "time", "times", "rate", "rates", "speed", "pipeline", "service", "guarantees", "semantics", "network")
	peoplePlans       = set("growth", "development", "career", "improvement", "return-to-work", "return", "leave", "succession", "transition")
	technicalBudget   = set("error", "latency", "performance", "memory", "cpu", "power")
)

func (a *Analyzer) pm(b *bullet) []Span {
	var out []Span
	for _, sp := range a.find("pm", b) {
		lw := strings.ToLower(b.span(sp))
		i := b.tokenAt(sp.Start)
		j := b.tokenAt(sp.End - 1)
		switch {
		case lw == "delivery" && (technicalDelivery[b.word(j+1)] || b.word(i-1) == "continuous"):
			continue // "delivery latency": a system property
		case strings.HasPrefix(lw, "plan") && peoplePlans[b.word(i-1)]:
			continue // "growth plans" are people work
		case strings.HasPrefix(lw, "timeline") && b.word(i-1) == "incident":
			continue // an incident timeline is a record, not a schedule
		case strings.HasPrefix(lw, "risk") && riskBodies[b.word(j+1)]:
			continue // "the risk team": a function worked with (cross_team), not risk management
		case strings.HasPrefix(lw, "programme") && peopleProgrammes[lastPart(b.word(i-1))]:
			continue // "a graduate programme": people work, not programme management
		case strings.HasPrefix(lw, "budget") && technicalBudget[b.word(i-1)]:
			continue // "error budgets" are reliability targets
		case strings.HasPrefix(lw, "plan") && (nonProjectPlans[b.word(i-1)] || hyphenPrefix(b, sp) != "" && nonProjectPlans[hyphenPrefix(b, sp)]):
			continue // "query plans", "route-planning features": computed plans, not project plans
		}
		out = append(out, sp)
	}
	return out
}

// peopleProgrammes before "programme" make it a scheme for people, not a programme of work.
var peopleProgrammes = set("graduate", "grad", "returnship", "internship", "apprenticeship", "mentoring", "mentorship", "buddy", "training", "onboarding", "leadership", "rotation", "wellbeing", "well-being", "recognition", "referral", "exchange", "trainee", "fellowship", "coaching", "development")

// riskBodies after "risk" name a function of the company.
var riskBodies = set("team", "teams", "officer", "officers", "committee", "function", "office", "department", "org", "analysts")

// nonProjectPlans are things planned by software or for daily life, not projects.
var nonProjectPlans = set("query", "execution", "route", "routing", "path", "motion", "trajectory", "trip", "travel", "flight", "meal", "seating", "tax", "retirement", "estate", "treatment", "care", "lesson", "data", "pricing", "subscription")

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
