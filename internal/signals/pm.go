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
		case lw == "delivery" && (b.v.technicalDelivery.has(b.word(j+1)) || b.word(i-1) == "continuous"):
			continue // "delivery latency": a system property
		case strings.HasPrefix(lw, "plan") && b.v.peoplePlans.has(b.word(i-1)):
			continue // "growth plans" are people work
		case strings.HasPrefix(lw, "timeline") && b.word(i-1) == "incident":
			continue // an incident timeline is a record, not a schedule
		case strings.HasPrefix(lw, "risk") && b.v.riskBodies.has(b.word(j+1)):
			continue // "the risk team": a function worked with (cross_team), not risk management
		case strings.HasPrefix(lw, "programme") && b.v.peopleProgrammes.has(lastPart(b.word(i-1))):
			continue // "a graduate programme": people work, not programme management
		case strings.HasPrefix(lw, "budget") && b.v.technicalBudget.has(b.word(i-1)):
			continue // "error budgets" are reliability targets
		case lw == "requirements" && b.v.nonProjectNeeds.has(b.word(i-1)):
			continue // "merge requirements", "logging requirements": rules of a system, not a project's
		case strings.HasPrefix(lw, "estimated") && (b.word(i-1) == "an" || b.word(i-1) == "by") && (isNumberish(b.word(j+1)) || b.v.isNumberWord(b.word(j+1))):
			continue // "used by an estimated 250 engineers": a hedged count, not estimation work
		case nounLike(b.toks[j].Tag) && b.v.namesSoftware(b, j+1):
			// "the budget module", "a scheduling engine", "the milestone rewards feature":
			// software, not planning work (not a verb and its object, "plan features")
			continue
		case lw == "delivery" && (b.v.goodsDelivery.has(b.word(i-1)) || b.word(j+1) == "of" && (b.v.goodsDelivery.has(b.word(j+2)) || b.v.goodsDelivery.has(b.word(j+3)))):
			continue // "food delivery", "the delivery of push notifications": things carried
		case strings.HasPrefix(lw, "backlog") && b.v.machineBacklogs.has(b.word(i-1)):
			continue // "the queue backlog": work queued in a system
		case strings.HasPrefix(lw, "backlog") && b.word(j+1) == "of" && (b.v.machineBacklogs.has(b.word(j+2)) || b.v.machineBacklogs.has(b.word(j+3)) || b.v.machineBacklogs.has(b.word(j+4))):
			continue // "a backlog of 2M messages", "the backlog of unprocessed events": work queued in a system
		case lw == "estimator" || lw == "estimators":
			continue // "estimators for the Kalman filter": a statistical function
		case lw == "scope" && b.v.technicalScope.has(b.word(i-1)):
			continue // "OAuth scope": the reach of a token
		case lw == "scope" && b.word(j+1) == "of" && (b.v.technicalScope.has(b.word(j+2)) || b.v.technicalScope.has(b.word(j+3)) || b.v.technicalScope.has(b.word(j+4))):
			continue // "the scope of the IAM permissions": the reach of an access grant
		case strings.HasPrefix(lw, "plan") && (b.v.machinePlans.has(b.word(j+1)) || b.v.machinePlans.has(b.word(j+2)) || b.v.machinePlans.has(b.word(i-1))):
			continue // "to plan robot trajectories", "motion planning": a path a machine computes
		case strings.HasPrefix(lw, "estimat") && b.v.computedEstimates.has(b.word(j+1)):
			continue // "estimated arrival times": a value a system computes
		case strings.HasPrefix(lw, "schedule") && b.v.nonProjectSchedule.has(b.word(i-1)):
			continue // "the cron schedule": a machine's timetable, not a project's
		case strings.HasPrefix(lw, "risk") && (b.v.scoredRiskBefore.has(b.word(i-1)) || b.v.scoredRiskAfter.has(b.word(j+1))):
			continue // "credit risk", "a risk score": what a model scores
		case lw == "dependencies" && b.v.softwareDeps.has(b.word(i-1)):
			continue // "npm dependencies": packages, not work between teams
		case strings.HasPrefix(lw, "coordinat") && (b.v.coordinateGeometry.has(b.word(j+1)) || lw == "coordinates" && sp.Start != openerStart(b)):
			continue // "coordinate systems", "GPS coordinates", "the controller coordinates the arms"
		case strings.HasPrefix(lw, "plan") && (b.v.nonProjectPlans.has(b.word(i-1)) || hyphenPrefix(b, sp) != "" && b.v.nonProjectPlans.has(hyphenPrefix(b, sp))):
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

// nounLike reports a tag of a noun or of a gerund used as one ("planning" in "the
// planning engine").
func nounLike(tag string) bool { return strings.HasPrefix(tag, "NN") || tag == "VBG" }

// namesSoftware reports a software artefact at token k, or one word later when the
// word at k is a noun: "module" in "the budget module", "feature" in "the milestone
// rewards feature". "software" itself is left out: "agile software development" is a
// method.
func (v *vocab) namesSoftware(b *bullet, k int) bool {
	head := func(w string) bool { return w != "software" && (v.softwareArtifacts.has(w) || v.softwareHeads.has(w)) }
	if head(b.word(k)) {
		return true
	}
	return k < len(b.toks) && strings.HasPrefix(b.toks[k].Tag, "NN") && head(b.word(k+1))
}
