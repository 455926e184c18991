package signals

// People management and team framing.

import (
	"strings"
	"unicode"
)

func (a *Analyzer) people(b *bullet) []Span {
	var out []Span
	for _, sp := range merge(a.find("people", b), b.phr[phPeople]) {
		w := strings.ToLower(b.span(sp))
		i := b.tokenAt(sp.Start)
		j := b.tokenAt(sp.End - 1)
		switch {
		case (w == "onboard" || w == "on-board") && j+1 < len(b.toks) && strings.HasPrefix(b.toks[j+1].Tag, "NN") && !b.v.personWord(b.word(j+1)) && !b.v.peopleGroups.has(b.word(j+1)):
			continue // "an on-board camera": a part carried on a device
		case strings.HasPrefix(w, "onboard") || strings.HasPrefix(w, "on-board"):
			// user onboarding is product work: "onboarding flow", "for enterprise customers"
			if b.near(i, j, 3, 3, b.v.audience) || b.v.productOnboarding.has(b.word(j+1)) {
				continue
			}
			if b.v.trainingEvents.has(b.word(j+1)) && audienceAhead(b, j+2) {
				continue // "ran onboarding calls for new merchants": customers, not staff
			}
			if n := b.word(j + 1); i == b.first && (n == "onto" || n == "into") {
				continue // "Onboarded onto the billing codebase": the writer's own start
			}
			if a.onboardedThing(b, j) {
				continue // "onboarded 30 services onto the mesh": systems, not people
			}
		case strings.HasPrefix(w, "interview") || w == "engagement" || w == "retention" || strings.HasPrefix(w, "train"):
			if b.near(i, j, 2, 3, b.v.audience) {
				continue
			}
			if (w == "engagement" || w == "retention") && (b.v.productEngagement.has(b.word(i-1)) || a.techAfter(b, j)) {
				continue // "daily engagement on the iOS app": use of a product, not of staff
			}
			if strings.HasPrefix(w, "interview") && b.word(j+1) == "for" && (b.word(j+2) == "a" || b.word(j+2) == "an" || b.v.jobWords.has(b.word(j+2))) {
				continue // "interviewed for a staff role": the writer as a candidate
			}
			if strings.HasPrefix(w, "interview") && forAJob(b, j+1) {
				continue // "interviewed at two banks for a staff role": the writer as a candidate
			}
			if strings.HasPrefix(w, "interview") && (b.v.researchInterviews.has(b.word(i-1)) || b.word(j+1) == "with" && !b.near(i, j, 0, 4, b.v.candidates)) {
				continue // "discovery interviews with underwriters": research, not hiring
			}
		case strings.HasPrefix(w, "recruit"):
			if b.near(i, j, 0, 4, b.v.studySubjects) || b.near(i, j, 0, 4, b.v.audience) {
				continue // "recruited beta testers", "recruited 40 users for the study": research, not hiring
			}
		case strings.HasPrefix(w, "shadow"):
			if b.near(i, j, 0, 3, b.v.shadowedUsers) {
				continue // "shadowed call-centre agents": watching users work
			}
			if b.word(j+1) != "by" && (i == b.first || b.word(i-1) == "i") {
				continue // "Shadowed the on-call engineer": the writer learning, not teaching
			}
		case strings.HasPrefix(w, "offsite"):
			k := i - 1
			for k >= 0 && (b.v.determiners.has(b.low[k]) || strings.HasPrefix(b.toks[k].Tag, "NN") || b.toks[k].Tag == "JJ") {
				k--
			}
			if b.word(k) == "at" || b.word(k) == "during" {
				continue // "a talk at the company offsite": attending, not building the team
			}
		case w == "promoted" || w == "promote":
			if b.v.selfBe.has(b.word(i-1)) && !b.v.otherSubjects.has(b.word(i-2)) && !isCount(b.word(i-2)) {
				continue // "was promoted": the writer's own promotion
			}
			if i == b.first && b.word(j+1) == "to" {
				continue // "Promoted to team lead": the writer's own promotion
			}
			if !b.near(i, j, 3, 4, b.v.promotable) {
				continue // "events which promote social change": not a person's promotion
			}
			if k := skipModifiers(b, j+1); !b.v.selfBe.has(b.word(i-1)) && k < len(b.toks) && strings.HasPrefix(b.toks[k].Tag, "NN") && !b.v.promotable.has(b.low[k]) && !b.v.personWord(b.low[k]) {
				continue // "promoted the new tool to other teams": advocacy for a thing
			}
		case strings.HasPrefix(w, "conflict"):
			if p := lastPart(b.word(i - 1)); b.v.thingConflicts.has(p) || a.lex["technical"].Has(p) {
				continue // "merge conflicts", "double-booking conflicts": clashes between things
			}
		case strings.HasPrefix(w, "mentor") || strings.HasPrefix(w, "coach"):
			if b.word(j+1) == "by" {
				continue // being mentored is not mentoring
			}
			if otherMentor(b, i) {
				continue // "worked with an agile coach": another person's role
			}
			if b.near(i, j, 2, 3, b.v.audience) {
				continue // "coached the client's teams on the API": customers, not staff
			}
		case w == "headcount":
			if headcountPlanned(b, j) {
				continue // "owned the budget and headcount plan": planning numbers (pm), not hiring
			}
		case w == "hire":
			if writerIsHire(b, i) {
				continue // "joined as the first backend hire": the writer is the one hired
			}
		case w == "team building":
			if t := b.toks[j+1:]; len(t) > 0 && (t[0].Tag == "RP" || t[0].Tag == "DT" || t[0].Tag == "PRP$" || b.word(j+1) == "out" || b.word(j+1) == "up") {
				continue // "joined the lending team building out loans": a team that builds things
			}
			if t := b.toks[j+1:]; len(t) > 0 && b.v.determiners.has(b.word(i-2)) && !b.v.bondingEvents.has(b.word(j+1)) && (t[0].Tag == "JJ" || t[0].Tag == "NNS" || t[0].Tag == "NNP" || t[0].Tag == "VBG") {
				continue // "engineer on the platform team building internal tools": a named team that builds
			}
		case w == "recognition":
			if b.v.recognisedThings.has(b.word(i-1)) || sp.Start > 0 && b.runes[sp.Start-1] == '-' {
				continue // "speech recognition", "image-recognition": machine learning
			}
			if nx := b.word(i + 1); nx == "from" || nx == "by" || b.v.receiveVerbs.has(b.word(i-1)) || b.v.receiveVerbs.has(b.word(i-2)) {
				continue // "earned recognition from the client", "received recognition": the writer is the one recognised
			}
			if i > 0 && strings.HasPrefix(b.toks[i-1].Tag, "NN") && !b.v.personWord(b.word(i-1)) && !b.v.personWord(b.word(i-1)+"s") {
				continue // "gesture and posture recognition": things recognised, not people
			}
		case strings.HasPrefix(w, "delegat"):
			if b.v.selfBe.has(b.word(i-1)) || b.word(i-1) == "are" {
				continue // "jobs were delegated to a queue": work handed to a system
			}
			if a.techObject(b, j) && !personWithin(b, j+1, 8) {
				continue // "delegated authentication to the identity provider": a system's job
			}
		case b.v.selfEntry(w):
			if p := b.word(i - 1); b.v.enteredBy.has(p) || p == "a" && b.word(i-2) == "as" || p == "an" && b.word(i-2) == "as" || b.v.enteredBy.has(b.word(i-2)) && b.v.determiners.has(p) {
				continue // "joined as a new grad", "completed the graduate programme": the writer's own start
			}
		}
		if b.v.trainingEvents.has(b.low[j]) && (b.near(i, j, 3, 0, b.v.audience) || audienceAhead(b, j+1)) {
			continue // "ran training classes on the product for enterprise customers": product work
		}
		if a.peopleThing(b, sp, i, j) {
			continue
		}
		if audienceGroup(b, i, j) {
			continue // "trained client teams": the customers' people
		}
		if overseeing(b.low[i]) && prepBetween(b, i+2, j) {
			continue // "managed releases for teams": the group is served, not managed
		}
		if i < j && b.v.peopleGroups.has(b.low[j]) && groupModifies(b, j) && !b.v.peopleGroups.has(b.word(j-1)) {
			continue // "directed a department store's relaunch": the group word names a thing
		}
		if writerChosen(b, i) {
			continue // "Selected for the company's mentorship programme": the writer is the one chosen
		}
		if writerReceived(b, i) {
			continue // "Received coaching from a staff engineer": the writer is the one coached
		}
		if b.v.groupOwners.has(b.low[j]) && (b.word(j+1) == "'s" || b.word(j+1) == "’s") {
			continue // "managed the department's tooling budget": the group owns the thing managed
		}
		out = append(out, topicTrimmed(b, sp, i, j))
	}
	return out
}

// headcountPlanned reports "headcount" at j that is a number planned or budgeted: a
// plan, budget or forecast after it, across a list of other such nouns ("headcount
// plan", "headcount and budget forecast").
func headcountPlanned(b *bullet, j int) bool {
	for k := j + 1; k < len(b.low) && k <= j+3; k++ {
		w := b.low[k]
		if b.v.headcountPlans.has(w) {
			return true
		}
		if w != "and" && w != "&" && w != "/" && !strings.HasPrefix(b.toks[k].Tag, "NN") {
			return false
		}
	}
	return false
}

// topicTrimmed ends a span of training run for others at its event word when the
// topic follows it ("ran workshops on testing for the developers" is evidence up to
// "workshops"): the topic is the technical or other content of the training, which
// the other signals read.
func topicTrimmed(b *bullet, sp Span, i, j int) Span {
	for k := i + 1; k < j; k++ {
		if b.v.trainingEvents.has(b.low[k]) {
			if n := b.low[k+1]; n == "on" || n == "about" || n == "in" {
				return Span{sp.Start, b.toks[k].End}
			}
		}
	}
	return sp
}

// onboardedThing reports the object of an onboarding word at j, after "of" and
// modifiers, headed by a system or piece of software rather than people: "onboarded
// the app onto the new provider", "onboarding of new microservices onto the mesh".
func (a *Analyzer) onboardedThing(b *bullet, j int) bool {
	k := j + 1
	if b.word(k) == "of" {
		k++
	}
	k = skipModifiers(b, k)
	for ; k < len(b.toks) && k <= j+5 && strings.HasPrefix(b.toks[k].Tag, "NN"); k++ {
		w := b.low[k]
		if b.v.personWord(w) || b.v.peopleGroups.has(w) || a.lex["people"].Has(w) {
			return false
		}
		if next := b.word(k + 1); k+1 < len(b.toks) && strings.HasPrefix(b.toks[k+1].Tag, "NN") && next != "onto" {
			continue // the head is the last noun
		}
		return a.lex["technical"].Has(w) || b.v.softwareArtifacts.has(w)
	}
	return false
}

// otherMentor reports a mentor or coach at i that is another person, named as a noun
// after "by", "with", "from" or "under" ("worked with an agile coach", "guidance
// from a mentor"), not the writer's role or activity.
func otherMentor(b *bullet, i int) bool {
	if !strings.HasPrefix(b.toks[i].Tag, "NN") {
		return false
	}
	k := i - 1
	for k >= 0 && k >= i-3 && (b.v.determiners.has(b.low[k]) || b.toks[k].Tag == "JJ" || b.toks[k].Tag == "PRP$" || b.toks[k].Tag == "NN") {
		k--
	}
	if k == i-1 {
		return false // a bare noun: "mentor for interns", "with mentoring"
	}
	switch b.word(k) {
	case "by", "with", "from", "under":
		return true
	}
	return false
}

// overseeing reports a verb of managing, supervising or directing.
func overseeing(w string) bool {
	for _, p := range []string{"manag", "supervis", "direct", "overs"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// prepBetween reports a preposition other than "of" among tokens from k to before j:
// the words after a verb run into another phrase ("managed releases for teams").
func prepBetween(b *bullet, k, j int) bool {
	for ; k < j && k < len(b.toks); k++ {
		if t := b.toks[k].Tag; (t == "IN" || t == "TO") && b.low[k] != "of" {
			return true
		}
	}
	return false
}

// forAJob reports, in the clause from token k on, "for a" or "for an" and a job word
// within three words: "at two banks for a staff role".
func forAJob(b *bullet, k int) bool {
	for ; k+2 < len(b.low) && !b.v.clauseBreaks.has(b.low[k]); k++ {
		if b.low[k] != "for" || b.low[k+1] != "a" && b.low[k+1] != "an" {
			continue
		}
		for m := k + 2; m < len(b.low) && m <= k+4; m++ {
			if b.v.jobWords.has(b.low[m]) {
				return true
			}
		}
	}
	return false
}

// writerIsHire reports the noun "hire" at i naming the writer: its noun phrase
// follows "as" or a form of be ("as the first engineering hire", "I was their second
// hire").
func writerIsHire(b *bullet, i int) bool {
	if b.toks[i].Tag != "NN" {
		return false
	}
	k := i - 1
	for k >= 0 && k >= i-4 && (b.v.determiners.has(b.low[k]) || b.toks[k].Tag == "JJ" || b.toks[k].Tag == "CD" || b.toks[k].Tag == "PRP$" || b.toks[k].Tag == "NN") {
		k--
	}
	return b.word(k) == "as" || b.v.selfBe.has(b.word(k)) && b.word(k) != "got" && b.word(k) != "get"
}

// peopleThing reports a people word that names software for people work or a
// compound that is not a group of people: "a hiring dashboard", "the promotion
// engine", "syncs candidates", "built the team calendar".
func (a *Analyzer) peopleThing(b *bullet, sp Span, i, j int) bool {
	next := b.word(j + 1)
	if sp.End < len(b.runes) && b.runes[sp.End] == '-' {
		next = gluedAfter(b, sp)
	}
	if b.v.productNouns.has(next) {
		return true // "hiring dashboard", "careers page", "recruiting startup"
	}
	// a compound of nouns that ends in software: "an onboarding checklist app", "a
	// hiring pipeline tracker"
	for m := j + 1; m < len(b.toks) && m <= j+3 && strings.HasPrefix(b.toks[m].Tag, "NN"); m++ {
		if b.v.productNouns.has(b.low[m]) {
			return true
		}
		if b.v.personWord(b.low[m]) || a.lex["people"].Has(b.low[m]) {
			break
		}
	}
	// people work naming a team of that function: "a dashboard for the recruiting
	// team" serves another team (cross_team); the writer does no hiring
	if i == j && b.toks[i].Tag != "NNS" && b.v.isTeamWord(next) && b.v.determiners.has(b.word(i-1)) && b.word(i-2) == "for" {
		return true
	}
	k := i - 1
	for k >= 0 && k >= i-3 && (b.v.determiners.has(b.low[k]) || b.toks[k].Tag == "JJ" || b.toks[k].Tag == "CD") {
		k--
	}
	if b.v.machineVerbs.has(b.word(k)) || b.v.syncVerbs.has(b.word(k)) {
		return true // "syncs candidates from Greenhouse": records moved by a program
	}
	last := b.low[j]
	if (last == "team" || last == "org" || last == "group" || last == "squad") && j+1 < len(b.toks) && strings.HasPrefix(b.toks[j+1].Tag, "NN") && !b.v.personWord(next) && !a.lex["people"].Has(next) && !a.lex["strong_verbs"].Has(next) {
		return true // "built the team calendar integration": the team names a thing
	}
	return false
}

// writerReceived reports people work at token i that the writer received, underwent
// or got: a receive verb before it across determiners and adjectives only ("got
// regular mentoring", "underwent a leadership training"). SIGNALS.md: being mentored
// is not people work.
func writerReceived(b *bullet, i int) bool {
	k := i - 1
	for k >= 0 && k >= i-3 && (b.v.determiners.has(b.low[k]) || b.toks[k].Tag == "JJ" || b.toks[k].Tag == "RB") {
		k--
	}
	return k >= 0 && b.v.receiveVerbs.has(b.low[k])
}

// writerChosen reports token i inside the object of an opening verb that makes the
// writer the one chosen: "Selected for the mentorship programme", "Was accepted into
// the leadership scheme", "Chosen as one of ten future leaders". SIGNALS.md: being
// selected or mentored is not people work. The object runs to a clause break, comma,
// conjunction or another verb.
func writerChosen(b *bullet, i int) bool {
	f := b.first
	if f < 0 || f >= i {
		return false
	}
	if b.v.selfBe.has(b.word(f)) {
		f++ // "Was selected for"
	}
	if !b.v.chosenFor.has(b.word(f)) {
		return false
	}
	switch b.word(f + 1) {
	case "for", "as", "into", "to", "by":
	default:
		return false // "Selected three engineers for the staff track": the writer chose
	}
	for k := f + 2; k < i; k++ {
		t := b.toks[k].Tag
		if b.v.clauseBreaks.has(b.low[k]) || b.low[k] == "," || t == "CC" || t == "WDT" || t == "WP" || t == "WRB" ||
			strings.HasPrefix(t, "VB") && !(k+1 < len(b.toks) && strings.HasPrefix(b.toks[k+1].Tag, "NN")) {
			return false
		}
	}
	return true
}

// audienceAhead reports, in the clause from token k on, the audience a product serves
// (customers, users) as those something is given to, for or with: "to hundreds of
// customers", "for enterprise clients".
func audienceAhead(b *bullet, k int) bool {
	for ; k < len(b.low) && !b.v.clauseBreaks.has(b.low[k]); k++ {
		if !b.v.audience.has(b.low[k]) {
			continue
		}
		for m := k - 1; m >= k-4 && m >= 0; m-- {
			if p := b.low[m]; p == "to" || p == "for" || p == "with" {
				return true
			}
		}
	}
	return false
}

// selfEntry words name a newcomer or a scheme that could be the writer's own.
func (v *vocab) selfEntry(w string) bool {
	for _, p := range v.newcomerPrefixes {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// techAfter reports a technical word among the three tokens after "on", "in" or
// "with" that follows token j: "engagement on the iOS app".
func (a *Analyzer) techAfter(b *bullet, j int) bool {
	if p := b.word(j + 1); p != "on" && p != "in" && p != "with" && p != "across" {
		return false
	}
	for k := j + 2; k <= j+4 && k < len(b.low); k++ {
		if a.lex["technical"].Has(b.low[k]) {
			return true
		}
	}
	return false
}

// techObject reports a technical word in the noun phrase right after token j (up to
// four tokens, until a preposition): "delegated session storage to Redis".
func (a *Analyzer) techObject(b *bullet, j int) bool {
	for k := j + 1; k < len(b.toks) && k <= j+4; k++ {
		if t := b.toks[k].Tag; t == "IN" || t == "TO" || !hasWordRune(b.low[k]) {
			return false
		}
		if a.lex["technical"].Has(b.low[k]) {
			return true
		}
	}
	return false
}

// personWithin reports a word naming people among the n tokens from k on.
func personWithin(b *bullet, k, n int) bool {
	for m := k; m < len(b.low) && m < k+n; m++ {
		if b.v.personWord(b.low[m]) || b.v.promotable.has(b.low[m]) {
			return true
		}
	}
	return false
}

// lastPart is the part of a hyphenated word after its last hyphen: "booking" in
// "double-booking".
func lastPart(w string) string {
	if k := strings.LastIndexByte(w, '-'); k >= 0 {
		return w[k+1:]
	}
	return w
}

// gluedAfter returns the lower-case word glued after sp by a hyphen ("tracking" in
// "applicant-tracking"), or "".
func gluedAfter(b *bullet, sp Span) string {
	k := sp.End + 1
	for k < len(b.runes) && unicode.IsLetter(b.runes[k]) {
		k++
	}
	if k > len(b.runes) {
		return ""
	}
	return strings.ToLower(string(b.runes[sp.End+1 : k]))
}

// skipModifiers returns the index of the first token from k on that is not a
// determiner, adjective or number.
func skipModifiers(b *bullet, k int) int {
	for k < len(b.toks) && (b.v.determiners.has(b.low[k]) || b.toks[k].Tag == "JJ" || b.toks[k].Tag == "CD") {
		k++
	}
	return k
}

func isCount(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

func (a *Analyzer) teamFraming(b *bullet, people []Span) []Span {
	var out []Span
	for _, sp := range merge(a.find("team_framing", b), append(b.phr[phTeam], sizedTeams(b)...)) {
		w := b.span(sp)
		if w == "US" {
			continue
		}
		if w == "us" && sp.Start > 0 && b.tokenAt(sp.Start) > 0 && b.toks[b.tokenAt(sp.Start)-1].Tag == "CD" {
			continue // "1.8 us": microseconds
		}
		if lw := strings.ToLower(w); (lw == "we" || lw == "us" || lw == "our") && quotedFrom(b, b.tokenAt(sp.Start)) {
			continue // a title quoted in the bullet: a talk called “We Ship on Fridays”
		}
		j := b.tokenAt(sp.End - 1)
		if strings.HasPrefix(strings.ToLower(w), "for ") && workedFor(b, b.tokenAt(sp.Start)) {
			continue // "worked for the data team", "developer for the payments squad": the writer's own team, as a member
		}
		if strings.HasPrefix(strings.ToLower(w), "for ") && len(a.lex["functions"].Find(w)) > 0 {
			continue // "for the finance team" is another team (cross_team), not the writer's
		}
		if lw := strings.ToLower(w); (strings.HasPrefix(lw, "mentor") || strings.HasPrefix(lw, "coach")) && b.word(j+1) == "by" {
			continue
		}
		if k := b.tokenAt(sp.Start); b.word(k+1) == "by" && strings.HasPrefix(b.toks[k].Tag, "VB") && j > k+1 {
			continue // "Trained by senior engineers": the writer is the one trained (SIGNALS.md)
		}
		if strings.EqualFold(w, "supervised") && (sp.Start > 0 && b.runes[sp.Start-1] == '-' || b.v.mlWords.has(b.word(j+1))) {
			continue // "self-supervised learning", "supervised models": machine learning
		}
		if lw := strings.ToLower(w); (lw == "team of" || lw == "teams of") && (b.word(j+1) == "the" || b.word(j+1) == "a" || b.word(j+1) == "an") {
			continue // "the SRE team of the payments org": whose team, not its size
		}
		if lw := strings.ToLower(w); strings.HasSuffix(lw, " leads") && (strings.HasSuffix(b.word(j-1), "qualified") || b.v.salesLeads.has(b.word(j-1))) {
			continue // "grew marketing-qualified leads": sales prospects, not people leading
		}
		if lw := strings.ToLower(w); (a.lex["people"].Has(lw) || strings.HasSuffix(lw, "team")) && a.peopleThing(b, sp, b.tokenAt(sp.Start), j) {
			continue // "a hiring dashboard", "the team calendar": things named after people work
		}
		if lw := strings.ToLower(w); a.lex["people"].Has(lw) && !overlaps(sp, people) {
			continue // "recruited 40 participants", "onboarded enterprise customers": the people rules said no
		}
		if lw := strings.ToLower(w); (lw == "the team" || lw == "my team" || lw == "our team") && memberOfTeam(b, b.tokenAt(sp.Start)) {
			continue // "part of the team", "joined my team": the writer belongs to it
		}
		if j < len(b.low) && b.v.peopleGroups.has(b.low[j]) && !b.v.isTeamWord(b.low[j]) && groupModifies(b, j) && !b.v.peopleGroups.has(b.word(j-1)) {
			continue // "built the people search feature", "lead of the group project": a thing
		}
		if i := b.tokenAt(sp.Start); j-i >= 3 && b.v.teamVerbs.has(b.low[i]) || overseeing(b.low[i]) || b.v.manageVerbs.has(b.low[i]) {
			if k := b.tokenAt(sp.Start); prepBetween(b, k+2, j) && !isCount(b.word(j-1)) && !isNumberish(b.word(j-1)) {
				continue // "managed releases for teams": the group is served (teamAdditions reads "for my team")
			}
		}
		if arrangedOrg(b, j) {
			continue // "hierarchical file organization": things arranged, not a group of people
		}
		if documentReports(b, j) {
			continue // "built weekly sales reports": documents, not people
		}
		if teamHeadAfter(b, j) {
			continue // "assisted the team lead", "reported to my team manager": a person above the writer
		}
		if audienceGroup(b, b.tokenAt(sp.Start), j) {
			continue // "trained client teams", "coached partner engineers": the customers' people
		}
		if lw := strings.ToLower(w); b.v.supervisingVerbs.has(lw) {
			if a.techObject(b, j) && !personWithin(b, j+1, 6) {
				continue // "supervised the cutover of the billing database": overseeing work, not people
			}
		}
		out = append(out, sp)
	}
	for _, sp := range a.find("lead_verbs", b) {
		i := b.tokenAt(sp.Start)
		if b.v.leadNotPeople.has(b.word(i + 1)) {
			continue // "led to a 20% increase", "lead time"
		}
		if p := b.word(i - 1); p == "a" || p == "an" || p == "the" {
			continue // "a leading provider"
		}
		if b.word(i) == "lead" && b.v.leadRoles.has(b.word(i+1)) {
			continue // "Lead engineer on the billing system": a title
		}
		if lw := b.word(i); (lw == "lead" || lw == "leads") && i > 0 && (strings.HasPrefix(b.toks[i-1].Tag, "NN") || b.toks[i-1].Tag == "JJ" || b.v.leadTitles.has(b.low[i-1])) {
			continue // "product leads", "team lead": a title
		}
		out = append(out, sp)
	}
	return out
}

// arrangedOrg reports "organization" at token k that arranges things rather than
// naming people: "hierarchical file organization", "code organisation".
func arrangedOrg(b *bullet, k int) bool {
	w := b.word(k)
	return (w == "organization" || w == "organisation") && b.v.arrangedThings.has(b.word(k-1))
}

// workedFor reports "for" at i after a verb of working or a builder's role noun: the
// writer worked in the group that follows ("worked for the data team", "developer for
// the payments squad"), a member of it rather than serving it.
func workedFor(b *bullet, i int) bool {
	p := b.word(i - 1)
	return b.v.workVerbs.has(p) || b.v.builderGroups.has(p) && !strings.HasSuffix(p, "s")
}

// teamHeadAfter reports a span ending in "team" that is the modifier of a role noun
// after it ("the team lead", "my team manager"): the span names one person, not the
// team, unless the writer holds the role ("as the team lead", which a team role
// phrase finds).
func teamHeadAfter(b *bullet, j int) bool {
	if j+1 >= len(b.toks) || b.low[j] != "team" || !b.v.teamHeads.has(b.low[j+1]) || !strings.HasPrefix(b.toks[j+1].Tag, "NN") {
		return false
	}
	for k := j - 1; k >= 0 && k >= j-3; k-- {
		if b.low[k] == "as" {
			return false
		}
	}
	return true
}

// audienceGroup reports a span from i to j whose group is owned by an outside party
// named right before it or after "of": "client teams", "customer staff", "the staff
// of our clients".
func audienceGroup(b *bullet, i, j int) bool {
	if j >= len(b.low) || !b.v.peopleGroups.has(b.low[j]) {
		return false
	}
	if j > i && b.v.outsideOwners.has(b.low[j-1]) {
		return true
	}
	if j-1 > i && (b.low[j-1] == "'s" || b.low[j-1] == "’s") && b.v.outsideOwners.has(b.low[j-2]) {
		return true // "trained the customer's staff"
	}
	// "the store staff of our clients"
	return b.word(j+1) == "of" && (b.v.outsideOwners.has(b.word(j+2)) || b.v.determiners.has(b.word(j+2)) && b.v.outsideOwners.has(b.word(j+3)))
}

// memberOfTeam reports "the team", "my team" or "our team" at i that the writer
// belongs to: "part of the team", "a member of my team", "joined the team". SIGNALS.md:
// a team the writer merely belonged to is not team framing.
func memberOfTeam(b *bullet, i int) bool {
	p := b.word(i - 1)
	if p == "of" {
		p = b.word(i - 2)
		return p == "part" || p == "member" || p == "members"
	}
	if p == "in" && i-1 == b.first {
		return true // "In my team I owned the database part": where the writer worked
	}
	if p == "on" {
		switch b.word(i - 2) {
		case "worked", "work", "works", "working", "was", "were", "am", "served", "serving", "sat":
			return true // "Worked on the team responsible for the API", "was on the team"
		}
	}
	return p == "joined" || p == "joining" || p == "within" || p == "inside"
}

// quotedFrom reports token i opening a quotation that closes later in the bullet.
func quotedFrom(b *bullet, i int) bool {
	if !isQuote(b.word(i - 1)) {
		return false
	}
	for k := i + 1; k < len(b.low); k++ {
		if isQuote(b.low[k]) {
			return true
		}
	}
	return false
}

func isQuote(w string) bool {
	switch w {
	case `"`, "“", "”", "‘", "«", "»":
		return true
	}
	return false
}

// sizedTeams finds a group described by its size: "a six-person squad", "a 60-person org".
func sizedTeams(b *bullet) []Span {
	var out []Span
	for k := 0; k+1 < len(b.low); k++ {
		if b.v.groupNouns.has(b.low[k+1]) && b.v.sizedGroup(b.low[k]) {
			out = append(out, Span{b.toks[k].Start, b.toks[k+1].End})
		}
	}
	return out
}
