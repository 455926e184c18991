package signals

// People management and team framing.

import (
	"strings"
	"unicode"
)

// ---- team, people, functions

var (
	audience = set("customer", "customers", "user", "users", "client", "clients", "stakeholders", "stakeholder", "funnel", "flow", "conversion", "self-serve", "idea", "merchants", "sellers", "buyers", "patients", "members", "subscribers",
		"enterprise", "merchant", "tenant", "tenants", "partner", "partners", "account", "accounts", "vendor", "vendors", "b2b", "seller")
	peopleNouns       = set("engineer", "engineers", "hire", "hires", "developer", "developers", "people", "staff", "member", "members", "interns", "employees", "team", "teams", "managers", "leads", "analysts", "designers", "sres", "new-hire", "new-hires", "colleagues", "reports")
	productOnboarding = set("flow", "flows", "funnel", "screen", "screens", "experience", "page", "pages", "ui", "bugs", "bug", "wizard", "emails", "time", "rate", "conversion", "calls", "call")
	selfBe            = set("was", "were", "been", "got", "get", "being", "be", "am", "is")
)

func (a *Analyzer) people(b *bullet) []Span {
	var out []Span
	for _, sp := range merge(a.find("people", b), b.phr[phPeople]) {
		w := strings.ToLower(b.span(sp))
		i := b.tokenAt(sp.Start)
		j := b.tokenAt(sp.End - 1)
		switch {
		case strings.HasPrefix(w, "onboard") || strings.HasPrefix(w, "on-board"):
			// user onboarding is product work: "onboarding flow", "for enterprise customers"
			if b.near(i, j, 3, 3, audience) || productOnboarding[b.word(j+1)] {
				continue
			}
		case strings.HasPrefix(w, "interview") || w == "engagement" || w == "retention" || strings.HasPrefix(w, "train"):
			if b.near(i, j, 2, 3, audience) {
				continue
			}
			if (w == "engagement" || w == "retention") && (productEngagement[b.word(i-1)] || a.techAfter(b, j)) {
				continue // "daily engagement on the iOS app": use of a product, not of staff
			}
			if strings.HasPrefix(w, "interview") && b.word(j+1) == "for" && (b.word(j+2) == "a" || b.word(j+2) == "an" || jobWords[b.word(j+2)]) {
				continue // "interviewed for a staff role": the writer as a candidate
			}
			if strings.HasPrefix(w, "interview") && (researchInterviews[b.word(i-1)] || b.word(j+1) == "with" && !b.near(i, j, 0, 4, candidates)) {
				continue // "discovery interviews with underwriters": research, not hiring
			}
		case strings.HasPrefix(w, "recruit"):
			if b.near(i, j, 0, 4, studySubjects) || b.near(i, j, 0, 4, audience) {
				continue // "recruited beta testers", "recruited 40 users for the study": research, not hiring
			}
		case strings.HasPrefix(w, "shadow"):
			if b.near(i, j, 0, 3, shadowedUsers) {
				continue // "shadowed call-centre agents": watching users work
			}
			if b.word(j+1) != "by" && (i == b.first || b.word(i-1) == "i") {
				continue // "Shadowed the on-call engineer": the writer learning, not teaching
			}
		case strings.HasPrefix(w, "offsite"):
			k := i - 1
			for k >= 0 && (determiners[b.low[k]] || strings.HasPrefix(b.toks[k].Tag, "NN") || b.toks[k].Tag == "JJ") {
				k--
			}
			if b.word(k) == "at" || b.word(k) == "during" {
				continue // "a talk at the company offsite": attending, not building the team
			}
		case w == "promoted" || w == "promote":
			if selfBe[b.word(i-1)] && !otherSubjects[b.word(i-2)] && !isCount(b.word(i-2)) {
				continue // "was promoted": the writer's own promotion
			}
			if i == b.first && b.word(j+1) == "to" {
				continue // "Promoted to team lead": the writer's own promotion
			}
			if !b.near(i, j, 3, 4, promotable) {
				continue // "events which promote social change": not a person's promotion
			}
			if k := skipModifiers(b, j+1); !selfBe[b.word(i-1)] && k < len(b.toks) && strings.HasPrefix(b.toks[k].Tag, "NN") && !promotable[b.low[k]] && !personWord(b.low[k]) {
				continue // "promoted the new tool to other teams": advocacy for a thing
			}
		case strings.HasPrefix(w, "conflict"):
			if p := lastPart(b.word(i - 1)); thingConflicts[p] || a.lex["technical"].Has(p) {
				continue // "merge conflicts", "double-booking conflicts": clashes between things
			}
		case strings.HasPrefix(w, "mentor") || strings.HasPrefix(w, "coach"):
			if b.word(j+1) == "by" {
				continue // being mentored is not mentoring
			}
		case w == "recognition":
			if recognisedThings[b.word(i-1)] || sp.Start > 0 && b.runes[sp.Start-1] == '-' {
				continue // "speech recognition", "image-recognition": machine learning
			}
		case strings.HasPrefix(w, "delegat"):
			if selfBe[b.word(i-1)] || b.word(i-1) == "are" {
				continue // "jobs were delegated to a queue": work handed to a system
			}
			if a.techObject(b, j) && !personWithin(b, j+1, 8) {
				continue // "delegated authentication to the identity provider": a system's job
			}
		case selfEntry(w):
			if p := b.word(i - 1); enteredBy[p] || p == "a" && b.word(i-2) == "as" || p == "an" && b.word(i-2) == "as" || enteredBy[b.word(i-2)] && determiners[p] {
				continue // "joined as a new grad", "completed the graduate programme": the writer's own start
			}
		}
		if a.peopleThing(b, sp, i, j) {
			continue
		}
		if groupOwners[b.low[j]] && (b.word(j+1) == "'s" || b.word(j+1) == "’s") {
			continue // "managed the department's tooling budget": the group owns the thing managed
		}
		out = append(out, sp)
	}
	return out
}

// peopleThing reports a people word that names software for people work or a
// compound that is not a group of people: "a hiring dashboard", "the promotion
// engine", "syncs candidates", "built the team calendar".
func (a *Analyzer) peopleThing(b *bullet, sp Span, i, j int) bool {
	next := b.word(j + 1)
	if sp.End < len(b.runes) && b.runes[sp.End] == '-' {
		next = gluedAfter(b, sp)
	}
	if productNouns[next] {
		return true // "hiring dashboard", "careers page", "recruiting startup"
	}
	k := i - 1
	for k >= 0 && k >= i-3 && (determiners[b.low[k]] || b.toks[k].Tag == "JJ" || b.toks[k].Tag == "CD") {
		k--
	}
	if machineVerbs[b.word(k)] || syncVerbs[b.word(k)] {
		return true // "syncs candidates from Greenhouse": records moved by a program
	}
	last := b.low[j]
	if (last == "team" || last == "org" || last == "group" || last == "squad") && j+1 < len(b.toks) && strings.HasPrefix(b.toks[j+1].Tag, "NN") && !personWord(next) && !a.lex["people"].Has(next) && !a.lex["strong_verbs"].Has(next) {
		return true // "built the team calendar integration": the team names a thing
	}
	return false
}

// groupOwners are group nouns that, before "'s", make the group the owner of what
// follows: "the department's budget".
var groupOwners = set("team", "teams", "org", "orgs", "organisation", "organization", "department", "departments", "group", "groups", "squad", "squads")

// productNouns after a people word make it software or a business for that work.
var productNouns = set("dashboard", "dashboards", "page", "pages", "site", "sites", "website", "websites", "portal", "portals", "form", "forms", "bot", "bots", "widget", "widgets", "feature", "features",
	"app", "apps", "tool", "tools", "tooling", "engine", "engines", "integration", "integrations", "system", "systems", "service", "services", "platform", "platforms", "database", "databases",
	"api", "apis", "module", "modules", "software", "startup", "startups", "marketplace", "marketplaces", "saas", "plugin", "plugins", "extension", "extensions", "product", "products",
	"endpoint", "endpoints", "microservice", "sdk", "schema", "crm", "ats", "scraper", "scrapers", "parser", "algorithm", "algorithms", "emails", "notifications", "sync", "export", "exports", "import", "imports", "feed", "feeds")

// syncVerbs move records between programs: "syncs candidates", "imported hires".
var syncVerbs = set("sync", "syncs", "syncing", "synced", "import", "imports", "importing", "imported", "export", "exports", "exporting", "exported", "pulls", "pulled", "pushes", "pushed", "fetches", "fetched", "matches", "loads", "loaded")

// thingConflicts before "conflicts" make them clashes between things.
var thingConflicts = set("merge", "dependency", "dependencies", "booking", "bookings", "scheduling", "schedule", "version", "versioning", "write", "naming", "name", "port", "lock", "resource", "calendar", "rebase", "edit", "key", "route", "routing", "address", "package", "config", "configuration", "timezone", "slot", "namespace", "file", "class", "symbol", "shift", "room")

// productEngagement before "engagement" or "retention" make it use of a product.
var productEngagement = set("daily", "weekly", "monthly", "user", "app", "product", "email", "social", "content", "mobile", "web", "session", "ad", "player", "reader", "viewer", "audience", "community", "learner", "student", "patient", "shopper", "visitor", "donor", "fan", "subscriber", "listener", "video", "feature", "push")

// enteredBy before a newcomer word make it the writer's own start: "joined as a new grad".
var enteredBy = set("joined", "completed", "finished", "selected", "accepted", "admitted", "attended", "graduated", "entered")

// selfEntry words name a newcomer or a scheme that could be the writer's own.
func selfEntry(w string) bool {
	for _, p := range []string{"new grad", "graduate", "grad ", "returnship", "intern", "apprentice"} {
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
		if personWord(b.low[m]) || promotable[b.low[m]] {
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

// studySubjects after "recruited" make it research recruiting, not hiring.
var studySubjects = set("participants", "participant", "respondents", "panelists", "panellists", "beta", "pilot", "testers", "subjects", "volunteers", "interviewees")

// skipModifiers returns the index of the first token from k on that is not a
// determiner, adjective or number.
func skipModifiers(b *bullet, k int) int {
	for k < len(b.toks) && (determiners[b.low[k]] || b.toks[k].Tag == "JJ" || b.toks[k].Tag == "CD") {
		k++
	}
	return k
}

// jobWords after "interviewed for" make the writer the candidate.
var jobWords = set("roles", "positions", "jobs", "internships", "several", "multiple")

// researchInterviews before "interviews" make them user research.
var researchInterviews = set("discovery", "user", "users", "research", "stakeholder", "customer", "client", "usability", "expert", "field")

// candidates after "interviews with" keep them hiring.
var candidates = set("candidates", "candidate", "applicants", "engineers", "hires", "managers", "graduates", "interns")

// shadowedUsers after "shadowed" make it user research, not mentoring.
var shadowedUsers = set("agents", "users", "customers", "clients", "operators", "nurses", "doctors", "clinicians", "traders", "drivers", "workers", "underwriters", "staff", "dispatchers", "cashiers", "call-centre", "call-center", "support", "sales", "warehouse", "store")

// otherSubjects before "was/were promoted" make it someone else's promotion: "she
// was promoted", "two of whom were promoted".
var otherSubjects = set("she", "he", "they", "both", "all", "whom", "who", "each", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "everyone", "engineers", "reports", "members")

// recognisedThings before "recognition" make it a machine-learning task.
var recognisedThings = set("speech", "voice", "image", "face", "facial", "pattern", "character", "text", "handwriting", "object", "entity", "gesture", "audio", "plate", "optical", "named")

// promotable words near "promoted" make it someone's promotion: "promoted three
// engineers", "two of my reports were promoted".
var promotable = set("engineer", "engineers", "developer", "developers", "reports", "report", "people", "members", "leads", "managers", "them", "him", "her", "staff", "analysts", "designers", "sres", "colleagues", "direct", "team", "everyone", "who", "whom", "she", "he", "they", "both")

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

var leadTitles = set("team", "tech", "technical", "engineering", "project", "product", "design", "squad", "qa", "test", "frontend", "backend", "mobile", "data")

// leadNotPeople after a form of "lead": "led to a 20% increase" is a cause, "lead
// time" a metric, "led by Sequoia" someone else's leading.
var leadNotPeople = set("to", "time", "times", "by",
	// sales leads: "lead routing", "lead scoring"
	"routing", "scoring", "generation", "gen", "capture", "qualification", "form", "forms", "list", "lists", "magnet", "nurturing", "conversion")

// salesLeads before "leads" make them sales prospects.
var salesLeads = set("sales", "inbound", "outbound", "qualified", "marketing", "new", "warm", "cold")

// leadRoles after "lead" make it a title: "lead engineer" (but "lead engineers
// through the migration" is the verb).
var leadRoles = set("engineer", "developer", "architect", "designer", "programmer", "scientist", "analyst", "consultant", "researcher", "instructor", "author", "maintainer")

var mlWords = set("learning", "model", "models", "classification", "classifier", "classifiers", "fine-tuning", "training", "pretraining")

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
		j := b.tokenAt(sp.End - 1)
		if strings.HasPrefix(strings.ToLower(w), "for ") && len(a.lex["functions"].Find(w)) > 0 {
			continue // "for the finance team" is another team (cross_team), not the writer's
		}
		if lw := strings.ToLower(w); (strings.HasPrefix(lw, "mentor") || strings.HasPrefix(lw, "coach")) && b.word(j+1) == "by" {
			continue
		}
		if strings.EqualFold(w, "supervised") && (sp.Start > 0 && b.runes[sp.Start-1] == '-' || mlWords[b.word(j+1)]) {
			continue // "self-supervised learning", "supervised models": machine learning
		}
		if lw := strings.ToLower(w); (lw == "team of" || lw == "teams of") && (b.word(j+1) == "the" || b.word(j+1) == "a" || b.word(j+1) == "an") {
			continue // "the SRE team of the payments org": whose team, not its size
		}
		if lw := strings.ToLower(w); strings.HasSuffix(lw, " leads") && (strings.HasSuffix(b.word(j-1), "qualified") || salesLeads[b.word(j-1)]) {
			continue // "grew marketing-qualified leads": sales prospects, not people leading
		}
		if lw := strings.ToLower(w); (a.lex["people"].Has(lw) || strings.HasSuffix(lw, "team")) && a.peopleThing(b, sp, b.tokenAt(sp.Start), j) {
			continue // "a hiring dashboard", "the team calendar": things named after people work
		}
		if lw := strings.ToLower(w); a.lex["people"].Has(lw) && !overlaps(sp, people) {
			continue // "recruited 40 participants", "onboarded enterprise customers": the people rules said no
		}
		if lw := strings.ToLower(w); supervisingVerbs[lw] {
			if a.techObject(b, j) && !personWithin(b, j+1, 6) {
				continue // "supervised the cutover of the billing database": overseeing work, not people
			}
		}
		out = append(out, sp)
	}
	for _, sp := range a.find("lead_verbs", b) {
		i := b.tokenAt(sp.Start)
		if leadNotPeople[b.word(i+1)] {
			continue // "led to a 20% increase", "lead time"
		}
		if p := b.word(i - 1); p == "a" || p == "an" || p == "the" {
			continue // "a leading provider"
		}
		if b.word(i) == "lead" && leadRoles[b.word(i+1)] {
			continue // "Lead engineer on the billing system": a title
		}
		if lw := b.word(i); (lw == "lead" || lw == "leads") && i > 0 && (strings.HasPrefix(b.toks[i-1].Tag, "NN") || b.toks[i-1].Tag == "JJ" || leadTitles[b.low[i-1]]) {
			continue // "product leads", "team lead": a title
		}
		out = append(out, sp)
	}
	return out
}

// sizedTeams finds a group described by its size: "a six-person squad", "a 60-person org".
func sizedTeams(b *bullet) []Span {
	var out []Span
	for k := 0; k+1 < len(b.low); k++ {
		if phraseSets["groupNouns"][b.low[k+1]] && sizedGroup(b.low[k]) {
			out = append(out, Span{b.toks[k].Start, b.toks[k+1].End})
		}
	}
	return out
}

// supervisingVerbs frame work as done through people only when people are their object.
var supervisingVerbs = set("supervised", "supervise", "supervising", "oversaw", "oversee", "overseeing")

// ambiguousFunctions name a function only in some contexts: "product" in "shipped
