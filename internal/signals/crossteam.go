package signals

// Cross-team work: other functions, teams and outside parties.

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// the product" or "design" in "system design" are not teams.
var ambiguousFunctions = set("product", "design", "support", "operations", "leadership", "board", "customer", "client", "hr", "exec", "ux", "business", "merchants",
	// "IT" is the pronoun in lower case; "facilities" and "downstream consumers" are
	// also buildings and programs that read a stream
	"it", "facilities", "downstream consumers")

// givenLeadership before "leadership" make it the writer's quality, not executives.
var givenLeadership = set("provided", "providing", "showed", "shown", "demonstrated", "took", "taken", "assumed", "gave", "offered", "exercised", "exhibited", "brought", "technical", "thought", "servant")

// coordination joins an ambiguous function word to the word before it: "product and design".
var coordination = set("and", ",", "&", "/", "or")

// engineeringWork coordinated with an ambiguous word makes it engineering too:
// "architecture and design", "development and operations".
var engineeringWork = set("architecture", "development", "implementation", "requirements", "testing", "maintenance", "build", "deployment", "monitoring", "research", "analysis", "debugging", "troubleshooting", "installation", "configuration", "integration", "prototyping", "modelling", "modeling", "planning")

// objectFunctions may follow a verb directly: "convinced leadership".
var objectFunctions = set("leadership", "board", "exec")

// functionCues are words before an ambiguous function word that make it a team.
var functionCues = set("with", "and", ",", "&", "to", "for", "across", "between", "alongside", "among", "by", "from", "/")

// determiners are skipped when looking for a cue: "for the board".
var determiners = set("the", "a", "an", "our", "their", "its", "key", "main", "senior", "internal", "external", "several", "multiple", "other")

// teamish nouns after a function word keep it a team: "sales engineers".
var teamish = set("team", "teams", "manager", "managers", "lead", "leads", "partner", "partners", "engineer", "engineers", "folks", "org", "orgs", "department", "departments", "colleagues", "stakeholders", "counterparts", "leadership", "leaders", "reps", "representatives", "staff", "analysts", "designers", "scientists", "members", "group", "groups", "and", "or",
	"demos", "demo", "calls", "call", "meetings", "visits", "sessions", "workshops", "onsites",
	// working with the function itself: "sales escalations", "vendor contracts", "stakeholder updates"
	"escalations", "review", "reviews", "sync", "syncs", "relationships", "relationship", "updates", "update", "contracts", "negotiations", "interviews", "feedback",
	// the function's organisations: "two partner companies", "vendor firms"
	"companies", "firms", "agencies", "organisations", "organizations", "contacts",
	// the function's bodies and its questions: "finance committee", "customer questions"
	"committee", "committees", "council", "office", "counsel", "sponsors", "questions", "enquiries", "inquiries", "heads", "head",
	// partner organisations: "partner banks", "vendor studios"
	"banks", "hospitals", "schools", "universities", "brands", "retailers", "carriers", "insurers", "labs", "studios", "publishers",
	// "business users", "finance users": people of the function using what was built
	"users")

// ownTeam words before "X team(s)" make it the writer's own team: "led the platform team".
var ownTeam = set("coached", "mentored", "trained", "owned", "led", "lead", "leading", "managed", "manage", "managing", "grew", "grow", "growing", "built", "build", "restructured", "my", "our", "joined", "new", "hired", "run", "ran", "merged", "split", "formed", "founded", "scaled", "supervised")

// scaleVerbs make "N customers" a count of those served, not people worked with.
var scaleVerbs = set("served", "serving", "serves", "serve", "reached", "reaching", "acquired", "gained", "added", "attracted", "onboarded", "signed", "handled", "migrated", "moved", "transitioned", "grew", "growing", "to", "over", "than", "of")

// servedBy before a count of an audience makes it those served: "used by 1,100
// customers", "supported 300+ enterprise clients" (but "supported 12 sales engineers"
// is work with sales).
var servedBy = set("by", "supported", "supporting", "supports")

// servedFor are audiences a count after "for" makes those served: "a dashboard for
// 4,000 merchants" (but "contact for two partners" is work with them).
var servedFor = set("customers", "clients", "merchants", "users", "sellers", "buyers", "subscribers", "members", "patients", "tenants", "accounts")

var changeVerbs = set("increased", "increase", "increasing", "grew", "grow", "boosted", "lifted", "raised", "reduced", "reduce", "reducing", "cut", "cutting", "decreased", "lowered", "improved", "improving", "doubled", "tripled", "halved", "drove", "driving")

func (a *Analyzer) crossTeam(b *bullet) []Span {
	metrics := a.find("metric_nouns", b)
	out := otherPeople(b)
	for _, sp := range a.find("functions", b) {
		w := strings.ToLower(b.span(sp))
		i := b.tokenAt(sp.Start)
		j := b.tokenAt(sp.End - 1)
		next := b.word(j + 1)
		// the word before, skipping determiners and adjectives
		pi := i - 1
		for pi >= 0 && (determiners[b.low[pi]] || b.toks[pi].Tag == "CD" || quantityWord(b.low[pi])) {
			pi--
		}
		prev := b.word(pi)
		if strings.HasSuffix(w, "teams") && (b.word(i-1) == "of" || b.word(i-1) == "in") && startsWithCount(w) {
			continue // "1st of 40 teams": a ranking, not collaboration
		}
		if w == "it" && b.span(sp) != "IT" {
			continue // the pronoun, not the IT department
		}
		if sp.End < len(b.runes) && b.runes[sp.End] == '-' && !isTeamWord(w) {
			continue // "marketing-qualified leads", "vendor-neutral tracing": a compound adjective
		}
		if (w == "client" || w == "clients" || w == "customer" || w == "customers") && (a.lex["technical"].Has(b.word(i-1)) || softwareClients[b.word(i-1)]) {
			continue // "mobile clients", "HTTP clients": programs, not people
		}
		if (w == "provider" || w == "providers") && systemProviders[b.word(i-1)] {
			continue // "the identity provider": a system that does one job, not a vendor's people
		}
		if notGroups[b.word(j-1)] && (strings.HasSuffix(w, "group") || strings.HasSuffix(w, "groups")) {
			continue // "an auto-scaling group", "the control group": not people
		}
		if isTeamWord(w) {
			if k := strings.IndexByte(w, ' '); k >= 0 && k+1 < len(w) && w[k+1] >= '0' && w[k+1] <= '9' || sizedGroup(w) {
				continue // "a 12-person team", "a six-person squad": a size, the writer's own team
			}
			own := false
			for k := j - 3; k < j; k++ {
				if ownTeam[b.word(k)] {
					own = true
				}
			}
			if own || ownTeam[b.word(ownerBefore(b, j))] {
				continue // "led the platform team", "restructured two teams", "lead the company's first platform team"
			}
			if o := ownerBefore(b, j); b.word(o) == "into" || tookOver(b, j) || b.word(o) == "of" && ownRoles[b.word(o-1)] {
				continue // "split the org into four teams", "took over a struggling team", "tech lead of the payments team"
			}
			if w == "teams" && !functionCues[prev] && !functionCues[b.word(ownerBefore(b, j))] {
				continue // "moved the teams", "both teams kept": the writer's own teams, not a cue to others
			}
		}
		if ambiguousFunctions[w] {
			cue := functionCues[prev] || objectFunctions[w] && pi >= 0 && (verbTags[b.toks[pi].Tag] || pi == b.first)
			if !cue {
				continue
			}
			if sp.End < len(b.runes) && b.runes[sp.End] == '-' {
				continue // "customer-facing"
			}
			if strings.HasPrefix(b.toks[i].Tag, "VB") || next == "of" {
				continue // "to support concurrent runs", "the design of"
			}
			if w == "support" && next == "for" {
				continue // "shipped with support for SAML": a feature, not the support team
			}
			if w == "leadership" && givenLeadership[prev] {
				continue // "provided leadership": the writer's own leading
			}
			if coordination[prev] && pi > 0 {
				if o := b.low[pi-1]; !a.lex["functions"].Has(o) && (a.lex["technical"].Has(o) || engineeringWork[o]) {
					continue // "architecture and design", "testing and support": engineering work, not teams
				}
			}
		}
		if isTeamWord(w) && !strings.HasPrefix(w, "cross") {
			if f := strings.Fields(w); len(f) == 3 && (f[0] == "a" || f[0] == "an" || f[0] == "the") && teamSizeWords[f[1]] {
				continue // "a small team", "the first team": the writer's own team described, not another function
			}
		}
		if next == "lead" && b.word(j+2) == "time" {
			continue // "procurement lead time": a metric
		}
		// a modifier of a noun that is not a team: "marketing site", "vendor budget"
		if !strings.HasPrefix(w, "cross") && !isTeamWord(w) && j+1 < len(b.toks) && strings.HasPrefix(b.toks[j+1].Tag, "NN") && !teamish[next] && !a.lex["functions"].Has(next) {
			continue
		}
		// a metric noun right after: "support tickets", "customer churn"
		inMetric := false
		for _, m := range metrics {
			if m.Start >= sp.End && m.Start-sp.End <= 12 && b.tokenAt(m.Start)-j <= 2 {
				inMetric = true
			}
			// "onboarding time for enterprise customers"
			if m.End <= sp.Start && j-b.tokenAt(m.End-1) <= 3 {
				between := b.toks[b.tokenAt(m.End-1)+1 : i]
				for _, t := range between {
					if lw := strings.ToLower(t.Text); lw == "for" || lw == "of" || lw == "from" || lw == "per" {
						inMetric = true
					}
				}
			}
		}
		if inMetric {
			continue
		}
		// "increased sales by 25%", "grew paying customers from 40 to 400"
		if (changeVerbs[b.word(i-1)] || changeVerbs[b.word(i-2)]) && (next == "by" || next == "from" || next == "to" || next == "" || next == ".") {
			continue
		}
		// "served 2M customers", "300+ enterprise clients" after a scale verb
		if k := countBefore(b, i); k >= 0 && (scaleVerbs[b.word(k-1)] || servedBy[b.word(k-1)] && audience[strings.TrimSuffix(w, "s")+"s"] || b.word(k-1) == "for" && servedFor[w]) {
			continue
		}
		if (b.toks[i].Tag == "CD" || quantityWord(b.low[i])) && scaleVerbs[b.word(i-1)] {
			continue // "reached 1,000 paying teams": a count of those served
		}
		out = append(out, sp)
	}
	return merge(out, nil) // in text order, like every other signal's evidence
}

// otherPeople finds people of other functions and organisations that a word list
// cannot name without context (looked up token by token: a pattern with these lists
// costs more than the rest of the analysis of a bullet):
//   - staff named by their workplace: "store managers", "call-centre agents"
//   - domain experts worked with: "with traders", "alongside the clinicians"
//   - a partner organisation's people: "the partner's engineering team", "the bank's IT staff"
func otherPeople(b *bullet) []Span {
	var out []Span
	for k, w := range b.low {
		switch {
		case staffNouns[w] && k > 0 && (workplaces[b.low[k-1]] || k > 1 && workplacePairs[b.low[k-2]+" "+b.low[k-1]]):
			s := k - 1
			if !workplaces[b.low[k-1]] {
				s = k - 2
			}
			out = append(out, Span{b.toks[s].Start, b.toks[k].End})
		case domainExperts[w]:
			for p := k - 1; p >= 0 && p >= k-3; p-- {
				if b.low[p] == "with" || b.low[p] == "alongside" {
					out = append(out, Span{b.toks[p].Start, b.toks[k].End})
					break
				}
				if !(determiners[b.low[p]] || b.toks[p].Tag == "JJ" || strings.HasPrefix(b.toks[p].Tag, "NN") || b.low[p] == "their") {
					break
				}
			}
		case (w == "'s" || w == "’s" || w == "'" || w == "’") && k > 0 && partnerOrgs[strings.TrimSuffix(b.low[k-1], "s")]:
			for n := k + 1; n < len(b.low) && n <= k+3; n++ {
				if partnerPeople[b.low[n]] {
					out = append(out, Span{b.toks[k-1].Start, b.toks[n].End})
					break
				}
				if t := b.toks[n].Tag; !(t == "JJ" || strings.HasPrefix(t, "NN")) {
					break
				}
			}
		}
	}
	return out
}

var (
	workplaces     = set("store", "branch", "field", "frontline", "front-line", "warehouse", "clinical", "nursing", "editorial", "call-centre", "call-center", "contact-centre", "contact-center", "retail", "restaurant", "plant", "regional", "country", "support")
	workplacePairs = set("call centre", "call center", "contact centre", "contact center", "customer service")
	staffNouns     = set("staff", "managers", "agents", "workers", "associates", "employees", "directors", "supervisors", "technicians", "operators", "inspectors", "crews")
	domainExperts  = set("traders", "underwriters", "clinicians", "doctors", "nurses", "physicians", "pharmacists", "editors", "journalists", "lawyers", "attorneys", "accountants", "actuaries", "brokers", "dispatchers", "recruiters", "merchandisers", "economists", "teachers", "bankers", "radiologists", "scientists", "researchers")
	partnerOrgs    = set("partner", "client", "customer", "vendor", "supplier", "provider", "carrier", "reseller", "agency", "agencie", "regulator", "auditor", "integrator", "acquirer", "bank")
	partnerPeople  = set("team", "teams", "engineers", "developers", "staff", "leads", "managers", "engineering", "it", "department", "architects", "pms", "designers", "people", "side")
)

// ownerBefore walks back from the team word at j over its modifiers (determiners,
// possessives, adjectives, nouns, numbers; at most six tokens) and returns the index
// of the word that governs it.
func ownerBefore(b *bullet, j int) int {
	k := j - 1
	for n := 0; k >= 0 && n < 6; n++ {
		t := b.toks[k]
		if ownTeam[b.low[k]] {
			break // "Grew" is often tagged NNP at the start
		}
		if !(determiners[b.low[k]] || t.Tag == "POS" || t.Tag == "JJ" || t.Tag == "CD" || strings.HasPrefix(t.Tag, "NN") || t.Tag == "PRP$") {
			break
		}
		k--
	}
	return k
}

// systemProviders before "provider" make it a system: "identity provider", "DNS provider".
var systemProviders = set("identity", "auth", "authentication", "oauth", "sso", "saml", "oidc", "openid", "login", "dns", "cdn", "sms", "push", "tile", "map", "maps", "geocoding", "llm", "embedding", "ocr", "tts", "storage", "secrets", "credential", "credentials", "feature-flag", "flag")

// takeOver before "over" make a team the writer's own: "took over a team".
var takeOver = set("took", "take", "taking", "takes", "handed")

// tookOver reports "took over" among the five tokens before the team word at j.
func tookOver(b *bullet, j int) bool {
	for k := j - 1; k > 0 && k >= j-5; k-- {
		if b.low[k] == "over" && takeOver[b.low[k-1]] {
			return true
		}
	}
	return false
}

// ownRoles before "of the X team" make it the team someone leads or belongs to.
var ownRoles = set("lead", "manager", "head", "member", "part", "leader", "captain", "owner")

// sizedGroup reports a team phrase that gives its size: "a six-person squad", "a 25-engineer group".
func sizedGroup(w string) bool {
	for _, f := range strings.Fields(w) {
		n, unit, ok := strings.Cut(f, "-")
		if ok && (isCount(n) || quantityWord(n)) && teamSizeUnits[unit] {
			return true
		}
	}
	return false
}

var teamSizeUnits = set("person", "people", "engineer", "developer", "member", "strong", "head")

// softwareClients before "client(s)" make it a program: "thin clients", "API clients".
var softwareClients = set("thin", "thick", "fat", "native", "desktop", "web", "mobile", "api", "http", "grpc", "rest", "sdk", "ios", "android", "email", "vpn", "ssh", "rich")

// notGroups before "group" make it a thing in a system or an experiment, not people.
var notGroups = set("security", "scaling", "auto-scaling", "autoscaling", "resource", "node", "target", "log", "placement", "parameter", "subnet", "consumer", "control", "treatment", "test", "holdout", "cohort", "age", "user", "focus", "instance", "replica", "volume", "thread", "worker", "process", "capture", "blood")

// teamSizeWords describe a team rather than name a function.
var teamSizeWords = set("small", "large", "big", "tiny", "lean", "new", "whole", "entire", "same", "first", "second", "founding", "core", "growing", "distributed", "remote", "global", "local", "great", "strong", "talented", "diverse", "agile", "dedicated", "single", "larger", "smaller")

// isTeamWord reports a function span that names a team: "the analytics team",
// "four squads".
func isTeamWord(w string) bool {
	for _, suf := range []string{"team", "teams", "squad", "squads", "group", "groups", "department", "departments", "orgs", "division", "unit"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

func quantityWord(w string) bool {
	switch w {
	case "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "dozen", "dozens", "hundreds", "thousands", "millions":
		return true
	}
	return false
}

// isNumberWord reports a token that is part of a count: digits or a quantity word.
func isNumberWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsDigit(r) || quantityWord(w) || w == "million" || w == "billion" || w == "thousand" || w == "hundred"
}

func startsWithCount(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsDigit(r)
}

// countBefore returns the index of a number among the two tokens before i, or -1.
func countBefore(b *bullet, i int) int {
	for k := i - 1; k >= i-2 && k >= 0; k-- {
		if isNumberWord(b.low[k]) {
			for k > 0 && isNumberWord(b.low[k-1]) {
				k-- // "3 million customers": the count starts at "3"
			}
			return k
		}
		if b.toks[k].Tag != "JJ" && b.toks[k].Tag != "NN" && b.toks[k].Tag != "NNP" && b.toks[k].Tag != "VBG" {
			return -1
		}
	}
	return -1
}
