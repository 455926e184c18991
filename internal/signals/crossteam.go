package signals

// Cross-team work: other functions, teams and outside parties.

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

func (a *Analyzer) crossTeam(b *bullet) []Span {
	metrics := a.find("metric_nouns", b)
	out := append(otherPeople(b), a.namedOrgs(b)...)
	for _, sp := range a.find("functions", b) {
		w := strings.ToLower(b.span(sp))
		i := b.tokenAt(sp.Start)
		j := b.tokenAt(sp.End - 1)
		next := b.word(j + 1)
		// the word before, skipping determiners and adjectives
		pi := i - 1
		for pi >= 0 && (b.v.determiners.has(b.low[pi]) || b.toks[pi].Tag == "CD" || b.v.quantityWord(b.low[pi])) {
			pi--
		}
		prev := b.word(pi)
		if strings.HasSuffix(w, "teams") && (b.word(i-1) == "of" || b.word(i-1) == "in") && startsWithCount(w) {
			continue // "1st of 40 teams": a ranking, not collaboration
		}
		if w == "it" && b.span(sp) != "IT" {
			continue // the pronoun, not the IT department
		}
		if w == "pm" && i > 0 && b.v.isNumberWord(b.low[i-1]) {
			continue // "by 5 PM": a time of day
		}
		if ownRole(b, i) {
			continue // "As CTO, built…", "I am the CEO", "Served as VP of Engineering": the writer's own title
		}
		if pluralAcronym(b.span(sp)) {
			continue // "a VPS", "the PMS": another acronym, where people write "VPs", "PMs"
		}
		if a.facesParty(b, sp) {
			out = append(out, sp) // "customer-facing apps", "stakeholder facing": work facing that party
			continue
		}
		if sp.End < len(b.runes) && b.runes[sp.End] == '-' && !b.v.isTeamWord(w) {
			continue // "marketing-qualified leads", "vendor-neutral tracing": a compound adjective
		}
		if joinedAfter(b, sp) && !b.v.isTeamWord(w) {
			continue // "privacy-by-design": the last word of a compound
		}
		if (w == "client" || w == "clients" || w == "customer" || w == "customers") && (a.lex["technical"].Has(b.word(i-1)) && !strings.HasSuffix(b.word(i-1), "ed") || b.v.softwareClients.has(b.word(i-1))) {
			continue // "mobile clients", "HTTP clients": programs, not people ("integrated client systems" is a verb before the party)
		}
		if (b.v.hiredRoles.has(lastPart(w)) || b.v.hiredRoles.has(next)) && hiredByWriter(b, i) {
			continue // "Hired four engineers and a designer", "Managed two developers and a QA analyst", "hired a UX designer": the writer's own people
		}
		if b.v.describedParties.has(w) && !b.v.isTeamWord(w) && (a.softwarePurpose(b, i) || builtThingClause(b, i)) {
			continue // "a chatbot that answers customer questions", "a system to reply to customer emails": what the software does for its users
		}
		if (w == "provider" || w == "providers") && b.v.systemProviders.has(b.word(i-1)) {
			continue // "the identity provider": a system that does one job, not a vendor's people
		}
		if b.v.notGroups.has(b.word(j-1)) && (strings.HasSuffix(w, "group") || strings.HasSuffix(w, "groups")) {
			continue // "an auto-scaling group", "the control group": not people
		}
		if f := strings.Fields(w); len(f) == 3 && b.v.isTeamWord(w) && b.v.bareDeterminers.has(f[1]) && !b.v.determiners.has(f[0]) && !strings.HasSuffix(f[2], "s") {
			continue // "for the department", "with their team": no function named ("between the teams" is two)
		}
		if b.v.isTeamWord(w) && !isCross(w) && !b.v.mixedTeam(w) {
			// ("led cross-team reviews", "managed a cross-functional team": working
			// across teams whoever leads it)
			if k := strings.IndexByte(w, ' '); k >= 0 && k+1 < len(w) && w[k+1] >= '0' && w[k+1] <= '9' && !strings.HasSuffix(w, "s") || b.v.sizedGroup(w) {
				continue // "a 12-person team", "a six-person squad": a size, the writer's own team
			}
			own := false
			for k := j - 3; k < j; k++ {
				if b.v.ownTeam.has(b.word(k)) && !(b.word(k) == "our" && a.businessTeam(b, k+1, j)) {
					own = true
				}
			}
			if f := strings.Fields(w); len(f) >= 3 && b.v.determiners.has(f[0]) && f[0] != "other" && b.v.ownFunctions.has(f[len(f)-2]) && !b.v.expertCues.has(b.word(i-1)) {
				continue // "the engineering team", "our development team": the writer's own function
			}
			if o := ownerBefore(b, j); own || b.v.ownTeam.has(b.word(o)) && !(b.word(o) == "our" && a.businessTeam(b, o+1, j)) {
				continue // "led the platform team", "restructured two teams", "lead the company's first platform team"
			}
			if o := ownerBefore(b, j); b.word(o) == "into" || tookOver(b, j) || b.word(o) == "of" && b.v.ownRoles.has(b.word(o-1)) {
				continue // "split the org into four teams", "took over a struggling team", "tech lead of the payments team"
			}
			if memberOf(b, i, j) {
				continue // "worked in the product team": the writer's own team, whatever its function
			}
			if a.ownTeamsInClause(b, i, j) {
				continue // "Managed 12 engineers across two squads", "while on the payments team"
			}
			if w == "teams" && !b.v.functionCues.has(prev) && !b.v.functionCues.has(b.word(ownerBefore(b, j))) {
				continue // "moved the teams", "both teams kept": the writer's own teams, not a cue to others
			}
		}
		if !b.v.isTeamWord(w) && !isCross(w) && !b.v.mixedTeam(w) && b.v.isTeamWord(next) && b.v.ownTeam.has(b.word(ownerBefore(b, j+1))) {
			continue // "Led a product management team", "Managed the customer support team": the writer's own team
		}
		// "12 client projects", "customer interviews": work done with or for the party
		partyWork := b.v.describedParties.has(w) && b.v.partyActivities.has(next) && !b.v.partyActivities.has(b.word(j+2))
		if b.v.ambiguousFunctions.has(w) {
			// ("on site at the client": a singular party's premises)
			cue := partyWork || b.v.functionCues.has(prev) || prev == "at" && b.v.describedParties.has(w) && !strings.HasSuffix(w, "s") && !(j+1 < len(b.toks) && strings.HasPrefix(b.toks[j+1].Tag, "VB")) || a.slashedFunctions(b, i) || b.v.objectFunctions.has(w) && pi >= 0 && (verbTags[b.toks[pi].Tag] || pi == b.first) || b.v.describedParties.has(w) && a.cueAcrossAdjectives(b, pi, j)
			if !cue {
				continue
			}
			if b.v.workFunctions.has(w) && b.v.coordination.has(prev) && !a.lex["functions"].Has(b.word(pi-1)) {
				continue // "security and compliance": an area of work listed, not a function
			}
			if sp.End < len(b.runes) && b.runes[sp.End] == '-' {
				continue // "customer-facing"
			}
			if strings.HasPrefix(b.toks[i].Tag, "VB") && i == j || next == "of" {
				continue // "to support concurrent runs", "the design of" ("a consulting firm": a modifier of the party)
			}
			if prev == "from" && next == "to" && a.workArea(b, j+2) {
				continue // "from design to deployment", "from facilities to kernel tuning": a range of work
			}
			if (next == "and" || next == "&") && b.word(j+3) == "of" && !a.lex["functions"].Has(b.word(j+2)) {
				continue // "the design and testing of": work, coordinated with more work
			}
			if b.word(i-1) == "to" && j+1 < len(b.toks) && (next == "a" || next == "an" || strings.HasPrefix(b.toks[j+1].Tag, "JJ")) {
				continue // "to board new releases", "to design a": a verb and the start of its object
			}
			if w == "support" && next == "for" {
				continue // "shipped with support for SAML": a feature, not the support team
			}
			if w == "leadership" && b.v.givenLeadership.has(prev) {
				continue // "provided leadership": the writer's own leading
			}
			if b.v.coordination.has(prev) && pi > 0 {
				if o := b.low[pi-1]; !a.lex["functions"].Has(o) && (a.lex["technical"].Has(o) || b.v.engineeringWork.has(o)) {
					continue // "architecture and design", "testing and support": engineering work, not teams
				}
			}
		}
		if b.v.isTeamWord(w) && !isCross(w) && !b.v.mixedTeam(w) {
			if f := strings.Fields(w); len(f) == 3 && (f[0] == "a" || f[0] == "an" || f[0] == "the") && b.v.teamSizeWords.has(f[1]) || sizeOnly(b.v, f) {
				continue // "a small team", "the first team": the writer's own team described, not another function
			}
			if a.describedOnly(b, i, j) {
				continue // "a small and friendly team", "a one-person team"
			}
		}
		if next == "lead" && b.word(j+2) == "time" {
			continue // "procurement lead time": a metric
		}
		// a modifier of a noun that is not a team: "marketing site", "vendor budget"
		// (a phrase that ends in a preposition, "in partnership with", takes the noun
		// after it as its object: it modifies nothing)
		titled := b.v.titledHeads.has(b.low[j]) && j+1 < len(b.toks) && strings.HasPrefix(b.toks[j+1].Tag, "NNP")
		if !titled && b.toks[j].Tag != "IN" && b.toks[j].Tag != "TO" && !partyWork && !strings.HasPrefix(w, "cross") && !b.v.isTeamWord(w) && j+1 < len(b.toks) && (strings.HasPrefix(b.toks[j+1].Tag, "NN") || a.thingNoun(b, next)) && !b.v.teamish.has(next) && !a.lex["functions"].Has(next) {
			continue
		}
		// a metric noun right after: "support tickets", "customer churn"
		inMetric := false
		for _, m := range metrics {
			if m.Start >= sp.End && m.Start-sp.End <= 12 && b.tokenAt(m.Start)-j <= 2 {
				inMetric = true
			}
			// "onboarding time for enterprise customers" (when the metric moves: "handled
			// escalations from customers" is work with them)
			if m.End <= sp.Start && j-b.tokenAt(m.End-1) <= 3 && metricMoves(b, b.tokenAt(m.Start)) {
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
		// "increased sales by 25%", "grew paying customers from 40 to 400" (a longer
		// phrase is not a metric: "drove adoption across 40 engineers")
		if j-i < 2 && (b.v.changeVerbs.has(b.word(i-1)) || b.v.changeVerbs.has(b.word(i-2))) && (next == "by" || next == "from" || next == "to" || next == "" || next == ".") {
			continue
		}
		// "served 2M customers", "300+ enterprise clients" after a scale verb
		// (unless the writer dealt with them: "talked to 50+ customers", "point of
		// contact for two key clients", "a portfolio of 6 clients")
		if k := countBefore(b, i); k >= 0 && !partyDealings(b, k) && (b.v.scaleVerbs.has(b.word(k-1)) && !a.teamsServed(b, w, k-1) || b.v.servedBy.has(b.word(k-1)) && b.v.audience.has(strings.TrimSuffix(w, "s")+"s") || b.word(k-1) == "for" && b.v.servedFor.has(w)) {
			continue
		}
		if (b.toks[i].Tag == "CD" || b.v.quantityWord(b.low[i])) && !partyDealings(b, i) && b.v.scaleVerbs.has(b.word(i-1)) && !a.teamsServed(b, w, i-1) && !deliveredToTeams(b, w, i) {
			continue // "reached 1,000 paying teams": a count of those served
		}
		out = append(out, sp)
	}
	return merge(out, nil) // in text order, like every other signal's evidence
}

// metricMoves reports a metric at token m that the bullet changes or measures: a
// change verb before it ("reduced onboarding time for clients") or a number or percent
// anywhere ("onboarding time for enterprise customers went from 6 weeks to 10 days").
func metricMoves(b *bullet, m int) bool {
	for k := 0; k < len(b.low); k++ {
		if k < m && b.v.changeVerbs.has(b.low[k]) {
			return true
		}
		if b.toks[k].Tag == "CD" || strings.ContainsAny(b.toks[k].Text, "%0123456789") {
			return true
		}
	}
	return false
}

// namedOrgs finds organisations served or using the work, named in a list after
// "for" or "by": two or more capitalised names that are not technologies, joined by
// commas, "and" or "&" ("built apps for Allianz, AXA and Zurich", "used daily by
// Shopify and Stripe"). One name alone is as often the employer or a platform, and a
// list half of whose names look like products (a capital inside: "PlayStation and
// Xbox") names platforms.
func (a *Analyzer) namedOrgs(b *bullet) []Span {
	var out []Span
	for k := 0; k+1 < len(b.low); k++ {
		if b.low[k] != "for" && b.low[k] != "by" {
			continue
		}
		names, products, end := 0, 0, -1
		inName := false
		for n := k + 1; n < len(b.toks); n++ {
			w, t := b.low[n], b.toks[n].Text
			switch {
			case w == "," || w == "and" || w == "&":
				if !inName {
					n = len(b.toks)
					continue
				}
				inName = false
			case capitalised(t) && !a.lex["technical"].Has(w) && !a.lex["functions"].Has(w) && !b.v.isNumberWord(w):
				if !inName {
					names++
					if innerCapital(t) {
						products++
					}
				}
				inName, end = true, n
			default:
				n = len(b.toks)
			}
		}
		if names >= 2 && products*2 < names && end > k {
			out = append(out, Span{b.toks[k+1].Start, b.toks[end].End})
		}
	}
	return out
}

// innerCapital reports a word with a capital letter after a lower-case one
// ("PlayStation", "IntelliJ"): how products are often named.
func innerCapital(w string) bool {
	lower := false
	for _, r := range w {
		if unicode.IsUpper(r) && lower {
			return true
		}
		lower = unicode.IsLower(r)
	}
	return false
}

// businessTeam reports a team named at tokens k..j by functions outside engineering
// only ("sales team", "product, design and marketing teams"): after "our" it is another
// function of the company (SIGNALS.md), not the writer's own team.
func (a *Analyzer) businessTeam(b *bullet, k, j int) bool {
	named := false
	for ; k < j; k++ {
		w := b.low[k]
		switch {
		case w == "," || w == "and" || w == "&" || w == "/":
		case a.lex["functions"].Has(w) && !b.v.ownFunctions.has(w) && !a.lex["technical"].Has(w):
			named = true
		default:
			return false
		}
	}
	return named
}

// deliveredToTeams reports a count of teams after "to" with no growth before it in
// the clause: work given to those teams ("provided reporting to 4 product teams"), not
// a size reached ("grew the org to 4 teams").
func deliveredToTeams(b *bullet, w string, i int) bool {
	if !b.v.isTeamWord(w) || b.word(i-1) != "to" {
		return false
	}
	for k := i - 2; k >= 0 && k >= i-8; k-- {
		if b.v.clauseBreaks.has(b.low[k]) {
			break
		}
		if b.v.changeVerbs.has(b.low[k]) || b.v.scaleVerbs.has(b.low[k]) && b.low[k] != "to" && b.low[k] != "of" {
			return false
		}
	}
	return true
}

// partyDealings reports a word of dealing with parties (party_dealings) among the four
// words before the count at token k, in its clause: counted parties the writer dealt
// with, not a scale of those served ("talked to 50+ customers", "account management
// for 8 clients", "hired by two banks").
func partyDealings(b *bullet, k int) bool {
	return wordBackInClause(b, k, 4, b.v.partyDealings)
}

// wordBackInClause reports a word of words among the n tokens before token k, in its
// clause (a clause break before it ends the search).
func wordBackInClause(b *bullet, k, n int, words wordSet) bool {
	for i := k - 1; i >= 0 && i >= k-n; i-- {
		if b.v.clauseBreaks.has(b.low[i]) {
			return false
		}
		if words.has(b.low[i]) {
			return true
		}
	}
	return false
}

// joinedAfter reports a span glued by a hyphen to a small joining word before it, as
// the last word of a compound: "privacy-by-design", "fit-for-purpose" ("multi-client"
// and "non-technical" are a prefix and their word).
func joinedAfter(b *bullet, sp Span) bool {
	if sp.Start < 3 || b.runes[sp.Start-1] != '-' {
		return false
	}
	k := sp.Start - 1
	for k > 0 && unicode.IsLetter(b.runes[k-1]) {
		k--
	}
	switch strings.ToLower(string(b.runes[k : sp.Start-1])) {
	case "by", "to", "for", "of", "in", "on", "as":
		return k > 1 && b.runes[k-1] == '-'
	}
	return false
}

// ownRole reports a function or executive word at token i that names the writer's own
// title: an own-role marker ("as", "am", "appointed") or "promoted to" right before it,
// across determiners and adjectives ("as the interim CTO").
func ownRole(b *bullet, i int) bool {
	k := i - 1
	for k >= 0 && (b.v.determiners.has(b.low[k]) || b.toks[k].Tag == "JJ") {
		k--
	}
	return b.v.ownRoleMarkers.has(b.word(k)) || b.word(k) == "to" && b.v.promotedTo.has(b.word(k-1))
}

// thingNoun reports a word that names a thing whatever the tagger made of it (after a
// function word it often reads "API" or "dashboard" as a verb): a technical term, a
// part of a system or a document.
func (a *Analyzer) thingNoun(b *bullet, w string) bool {
	return b.v.machineNouns.has(w) || b.v.softwareArtifacts.has(w) || b.v.commNouns.has(w) || a.lex["technical"].Has(w)
}

// otherPeople finds people of other functions and organisations that a word list
// cannot name without context (looked up token by token: a pattern with these lists
// costs more than the rest of the analysis of a bullet):
//   - staff named by their workplace: "store managers", "call-centre agents",
//     "managers of the regional stores"
//   - organisations served: "helping organisations", "advising small businesses"
//   - domain experts worked with: "with traders", "alongside the clinicians"
//   - a partner organisation's people: "the partner's engineering team", "the bank's IT staff"
func otherPeople(b *bullet) []Span {
	var out []Span
	for k, w := range b.low {
		switch {
		case b.v.staffNouns.has(w) && k > 0 && (b.v.workplaces.has(b.low[k-1]) || k > 1 && b.v.workplacePairs.has(b.low[k-2]+" "+b.low[k-1])):
			s := k - 1
			if !b.v.workplaces.has(b.low[k-1]) {
				s = k - 2
			}
			out = append(out, Span{b.toks[s].Start, b.toks[k].End})
		case b.v.staffNouns.has(w) && k+2 < len(b.low) && b.low[k+1] == "of":
			// "managers of the regional stores": staff named by a workplace after them
			for n := k + 2; n < len(b.low) && n <= k+5; n++ {
				if b.v.workplaces.has(b.low[n]) || b.v.workplaces.has(strings.TrimSuffix(b.low[n], "s")) || b.v.workplaces.has(strings.TrimSuffix(b.low[n], "es")) {
					out = append(out, Span{b.toks[k].Start, b.toks[n].End})
					break
				}
				if t := b.toks[n].Tag; !(b.v.determiners.has(b.low[n]) || t == "JJ" || strings.HasPrefix(t, "NNP") || b.v.isNumberWord(b.low[n])) {
					break
				}
			}
		case b.v.clientOrgs.has(w) && k > 0:
			// organisations served: "helping organisations", "advising small businesses",
			// "for regional health organisations", "used by two ministries"
			if p := servedOrgCue(b, k); p >= 0 {
				out = append(out, Span{b.toks[p].Start, b.toks[k].End})
			}
		case b.v.domainExperts.has(w):
			for p := k - 1; p >= 0 && p >= k-3; p-- {
				if b.v.expertCues.has(b.low[p]) {
					out = append(out, Span{b.toks[p].Start, b.toks[k].End})
					break
				}
				if !(b.v.determiners.has(b.low[p]) || b.toks[p].Tag == "JJ" || strings.HasPrefix(b.toks[p].Tag, "NN") || b.low[p] == "their") {
					break
				}
			}
		case (w == "'s" || w == "’s" || w == "'" || w == "’") && k > 0 && b.v.partnerOrgs.has(strings.TrimSuffix(b.low[k-1], "s")):
			for n := k + 1; n < len(b.low) && n <= k+3; n++ {
				if b.v.partnerPeople.has(b.low[n]) {
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

// servedOrgCue returns the token that makes the organisation at k one the writer's work
// serves, or -1: a verb of serving, "for" (not after a verb of employment: "worked for
// startups"), or "by" after a participle of use or commission, reached back across
// determiners, adjectives, noun modifiers and coordination ("for public and
// private organisations"). A count before the organisation makes it scale, not a
// party (SIGNALS.md: "300+ clients").
func servedOrgCue(b *bullet, k int) int {
	for p := k - 1; p >= 0 && p >= k-6; p-- {
		lw := b.low[p]
		switch {
		case b.v.serveVerbs.has(lw):
			return p
		case lw == "for":
			if b.v.orgEmployment.has(b.word(p - 1)) {
				return -1
			}
			return p
		case lw == "by":
			if b.v.servedParticiples.has(b.word(p - 1)) {
				return p
			}
			return -1
		case b.toks[p].Tag == "CD" || b.v.quantityWord(lw):
			if p+1 < k && b.v.partnerOrgs.has(b.low[k-1]) {
				continue // "used by 3 partner banks": partners counted, not a scale of those served
			}
			if w := b.word(p - 1); w == "with" && b.v.workedWithVerbs.has(b.word(p-2)) {
				return p - 1 // "worked with 3 universities": organisations worked with, counted
			}
			return -1
		case lw == "with" && b.v.workedWithVerbs.has(b.word(p-1)):
			return p // "collaborated with the biology lab"
		case b.v.determiners.has(lw) || b.toks[p].Tag == "JJ" || lw == "and" || lw == "&" || lw == "," ||
			p < k-1 && strings.HasPrefix(b.toks[p].Tag, "NN") || p == k-1 && (b.toks[p].Tag == "NN" || b.toks[p].Tag == "NNP"):
			continue
		default:
			return -1
		}
	}
	return -1
}

// teamsServed reports a count of teams after a verb of serving or moving them (the
// verb at k): "served 12 internal teams", "onboarded 3 teams onto the new CI" are other
// teams served or adopting the work, not a count of customers reached ("reached 1,000
// paying teams").
func (a *Analyzer) teamsServed(b *bullet, w string, k int) bool {
	return b.v.isTeamWord(w) && b.v.teamServiceVerbs.has(b.word(k))
}

// ownerBefore walks back from the team word at j over its modifiers (determiners,
// possessives, adjectives, nouns, numbers; at most six tokens) and returns the index
// of the word that governs it.
func ownerBefore(b *bullet, j int) int {
	k := j - 1
	for n := 0; k >= 0 && n < 6; n++ {
		t := b.toks[k]
		if b.v.ownTeam.has(b.low[k]) {
			break // "Grew" is often tagged NNP at the start
		}
		if !(b.v.determiners.has(b.low[k]) || t.Tag == "POS" || t.Tag == "JJ" || t.Tag == "CD" || strings.HasPrefix(t.Tag, "NN") || t.Tag == "PRP$") {
			break
		}
		k--
	}
	return k
}

// tookOver reports "took over" among the five tokens before the team word at j.
func tookOver(b *bullet, j int) bool {
	for k := j - 1; k > 0 && k >= j-5; k-- {
		if b.low[k] == "over" && b.v.takeOver.has(b.low[k-1]) {
			return true
		}
	}
	return false
}

// sizedGroup reports a team phrase that gives its size: "a six-person squad", "a 25-engineer group".
func (v *vocab) sizedGroup(w string) bool {
	for f := range strings.FieldsSeq(w) {
		n, unit, ok := strings.Cut(f, "-")
		if ok && (isCount(n) || v.quantityWord(n)) && v.teamSizeUnits.has(unit) {
			return true
		}
	}
	return false
}

// isTeamWord reports a function span that names a team: "the analytics team",
// "four squads".
func (v *vocab) isTeamWord(w string) bool {
	for _, suf := range v.teamSuffixes {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// mixedTeam reports a function phrase that describes a team made of several
// functions ("cross-functional", "multidisciplinary", "inter-team"): working across
// functions, whoever leads the team.
func (v *vocab) mixedTeam(w string) bool {
	for f := range strings.FieldsSeq(w) {
		if v.mixedTeams.has(f) {
			return true
		}
	}
	return false
}

// quantityWord reports a number word that makes a count: "two", "dozens".
func (v *vocab) quantityWord(w string) bool { return v.quantityNames.has(w) }

// isNumberWord reports a token that is part of a count: digits or a quantity word.
func (v *vocab) isNumberWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsDigit(r) || v.quantityWord(w) || w == "million" || w == "billion" || w == "thousand" || w == "hundred"
}

func startsWithCount(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsDigit(r)
}

// countBefore returns the index of a number among the two tokens before i, or -1.
func countBefore(b *bullet, i int) int {
	for k := i - 1; k >= i-2 && k >= 0; k-- {
		if b.v.isNumberWord(b.low[k]) {
			for k > 0 && b.v.isNumberWord(b.low[k-1]) {
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

// sizeOnly reports a team phrase worked with that describes the team only by its size
// or kind ("with a small team", "alongside the whole new team"): the writer's own team.
func sizeOnly(v *vocab, f []string) bool {
	if len(f) == 0 || f[0] != "with" && f[0] != "alongside" {
		return false // only the phrase "with ... team" is read here
	}
	for len(f) > 0 && (f[0] == "with" || f[0] == "alongside" || f[0] == "a" || f[0] == "an" || f[0] == "the") {
		f = f[1:]
	}
	if len(f) < 2 {
		return true // "with the team"
	}
	for _, w := range f[:len(f)-1] {
		if !v.teamSizeWords.has(w) {
			return false
		}
	}
	return true
}

// outsideParties finds work with a named organisation or with someone in charge
// outside the writer's team, said with a verb of working together: "Collaborated
// with Acme Robotics", "engaged with project leadership", "worked alongside the
// client's manager". A name that is a technology ("worked with Kafka") is not a party;
// plain "worked with" needs a role ("the Initech manager"), as its object is as often a
// tool.
func (a *Analyzer) outsideParties(b *bullet) []Span {
	var out []Span
	for i := 0; i+1 < len(b.low); i++ {
		if !b.v.collabVerbs.has(b.low[i]) || b.low[i+1] != "with" && b.low[i+1] != "alongside" {
			continue
		}
		plainWork := strings.HasPrefix(b.low[i], "work")
		k := i + 2
		for k < len(b.low) && (b.v.determiners.has(b.low[k]) || b.toks[k].Tag == "JJ") {
			k++
		}
		last := -1 // the last token of a name read so far
		for ; k < len(b.low) && k <= i+6; k++ {
			w, tag := b.low[k], b.toks[k].Tag
			if b.v.collabRoles.has(w) {
				last = -1
				out = append(out, Span{b.toks[i].Start, b.toks[k].End})
				break
			}
			if (tag == "NNP" || tag == "NNPS") && !a.lex["technical"].Has(w) {
				last = k
				continue
			}
			if w != "'s" && w != "’s" {
				break
			}
		}
		if last >= 0 && !plainWork {
			out = append(out, Span{b.toks[i].Start, b.toks[last].End})
		}
	}
	return out
}

// cueAcrossAdjectives reports a preposition cue before adjectives, for a function word
// that ends its noun phrase (token j): "for a major client", "with our largest
// customers". Token pi is the word before the function word, determiners skipped.
func (a *Analyzer) cueAcrossAdjectives(b *bullet, pi, j int) bool {
	if j+1 < len(b.toks) && (strings.HasPrefix(b.toks[j+1].Tag, "NN") || strings.HasPrefix(b.toks[j+1].Tag, "JJ")) {
		return false // "the quarterly business review": a modifier, not the party
	}
	ci := pi
	// (a proper noun may describe the party too: "for a Nordic client", "for our EU customers";
	// so may a sector noun and a tier before a singular party: "for a Tier 1 bank client")
	singular := !strings.HasSuffix(b.low[j], "s")
	for ci >= 0 && (strings.HasPrefix(b.toks[ci].Tag, "JJ") || b.toks[ci].Tag == "NNP" || b.v.determiners.has(b.low[ci]) ||
		singular && (b.toks[ci].Tag == "NN" || b.toks[ci].Tag == "CD") && !b.v.softwareClients.has(b.low[ci])) && !a.lex["technical"].Has(b.low[ci]) {
		ci--
	}
	if ci == pi || ci < 0 {
		return false // no adjective skipped: the plain cue decides
	}
	t := b.toks[ci].Tag
	return (t == "IN" || t == "TO") && (b.v.functionCues.has(b.low[ci]) || b.low[ci] == "at" && singular)
}

// isCross reports a team word that names work across teams: "cross-team",
// "a cross-functional squad".
func isCross(w string) bool {
	for f := range strings.FieldsSeq(w) {
		if strings.HasPrefix(f, "cross-") || f == "cross" {
			return true
		}
	}
	return false
}

// ownTeamsInClause reports a team phrase (tokens i..j) that names the writer's own
// teams: one the writer is a member of ("while on the payments team"), or teams not
// named after another function that a verb of managing, growing, leading or setting a
// practice governs earlier in the clause, with no verb or preposition of working with
// others met first ("Managed 12 engineers across two squads", "Introduced OKRs for all
// five engineering teams"). Teams named after a function ("the research team") stay
// another team.
func (a *Analyzer) ownTeamsInClause(b *bullet, i, j int) bool {
	if a.engineeringTeamServed(b, i, j) {
		return true
	}
	if b.word(i-1) == "from" && startsWithCount(b.span(Span{b.toks[i].Start, b.toks[j].End})) {
		return false // "15 developers from 4 teams": people drawn from other teams
	}
	for k := i; k < j; k++ {
		if a.lex["functions"].Has(b.low[k]) || a.lex["functions"].Has(b.low[k]+" "+b.low[j]) {
			return false
		}
	}
	if b.v.teamWorkCues.has(b.low[i]) || b.v.teamWorkCues.has(b.word(j+1)) && strings.HasSuffix(b.word(j+1), "ing") {
		return false // "with the mobile team", "teams adopting the new CI"
	}
	if b.v.determiners.has(b.low[i]) && b.v.memberPreps.has(b.word(i-1)) && !b.v.teamWorkCues.has(b.word(i-2)) {
		return true
	}
	for k := i - 1; k >= 0 && k >= i-12; k-- {
		w := b.low[k]
		if b.v.clauseBreaks.has(w) || b.v.teamWorkCues.has(w) {
			return false
		}
		if b.v.ownTeamsVerbs.has(w) {
			return true
		}
	}
	return false
}

// engineeringTeamServed reports a team named by an area of engineering that the work
// is done for ("for the backend team", "for our mobile team"): the writer's own
// engineering team as the recipient (team framing), not another function served.
func (a *Analyzer) engineeringTeamServed(b *bullet, i, j int) bool {
	if !b.v.determiners.has(b.low[i]) || b.word(i-1) != "for" || j-i < 2 {
		return false
	}
	for k := i + 1; k < j; k++ {
		if !b.v.ownFunctions.has(b.low[k]) && (!a.lex["technical"].Has(b.low[k]) || a.lex["functions"].Has(b.low[k])) {
			return false
		}
	}
	return true
}

// describedOnly reports a team phrase (tokens i..j) of "a" or "an", then only plain
// adjectives (not technical, not functions) or a size, then a singular team word: the
// writer's own team described ("a small and friendly team", "a one-person
// team"), not another function named.
func (a *Analyzer) describedOnly(b *bullet, i, j int) bool {
	if (b.low[i] != "a" && b.low[i] != "an") || j-i < 2 || strings.HasSuffix(b.low[j], "s") {
		return false
	}
	for k := i + 1; k < j; k++ {
		w := b.low[k]
		if w == "and" || w == "," || b.v.sizedGroup(w) || b.v.sizedGroup(strings.Replace(w, "one-", "1-", 1)) {
			continue
		}
		if b.toks[k].Tag != "JJ" || a.lex["technical"].Has(w) || a.lex["functions"].Has(w) {
			return false
		}
	}
	return true
}

// facesParty reports whether the function word at sp is followed, after a hyphen or
// one space, by a word of party_facing ("customer-facing", "client facing").
func (a *Analyzer) facesParty(b *bullet, sp Span) bool {
	k := sp.End
	if k >= len(b.runes) || b.runes[k] != '-' && b.runes[k] != ' ' {
		return false
	}
	k++
	e := k
	for e < len(b.runes) && unicode.IsLetter(b.runes[e]) {
		e++
	}
	if e == k || !b.v.partyFacing.has(strings.ToLower(string(b.runes[k:e]))) {
		return false
	}
	// the head of the noun phrase faced: the last noun of the run after "facing".
	// A system ("customer-facing APIs", "the client-facing status page") is the
	// writer's product described, not work with the party.
	head := ""
	for t := b.tokenAt(e-1) + 1; t < len(b.toks); t++ {
		tag := b.toks[t].Tag
		if !strings.HasPrefix(tag, "NN") && tag != "JJ" && tag != "VBG" {
			break
		}
		if strings.HasPrefix(tag, "NN") {
			head = b.low[t]
		}
	}
	return head == "" || !a.systemWord(head)
}

// systemWord reports whether a noun names software or a system: a word of the
// technical lexicon or of software_artifacts, or its singular.
func (a *Analyzer) systemWord(w string) bool {
	for _, f := range []string{w, strings.TrimSuffix(w, "s")} {
		if a.lex["technical"].Has(f) || a.v.softwareArtifacts.has(f) {
			return true
		}
	}
	return false
}

// pluralAcronym reports a function acronym of people in the plural ("vps", "pms")
// written all in capitals: people write "VPs" and "PMs", so "VPS" (a virtual server)
// and "PMS" (a property management system) name something else.
func pluralAcronym(text string) bool {
	if len(text) < 3 || len(text) > 5 || !strings.HasSuffix(text, "S") {
		return false
	}
	for _, r := range text {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// memberOf reports a team phrase (tokens i..j) the writer works in: a verb of
// membership, at most one adverb, a member preposition and a determiner before it
// ("worked in the product team", "serving on a design squad"), or a member
// preposition heading the bullet with a comma after the team ("In the growth team,
// ..."); with no noun after the team word ("in the sales team meeting" is an event
// of that team).
func memberOf(b *bullet, i, j int) bool {
	if j+1 < len(b.toks) && strings.HasPrefix(b.toks[j+1].Tag, "NN") {
		return false
	}
	k := i
	if !b.v.determiners.has(b.low[k]) {
		k--
		if k < 0 || !b.v.determiners.has(b.low[k]) {
			return false
		}
	}
	k--
	if k < 0 || !b.v.memberPreps.has(b.low[k]) {
		return false
	}
	if k == b.first && j+1 < len(b.toks) && b.low[j+1] == "," {
		return true // "On the platform team, owned the CI": where the writer worked, heading the bullet
	}
	k--
	if k < 0 {
		return false
	}
	if strings.HasPrefix(b.toks[k].Tag, "RB") {
		k--
	}
	return k >= 0 && b.v.memberVerbs.has(b.low[k])
}

// workArea reports whether the word at token k names engineering work or a
// technology ("deployment"), or modifies a noun that does ("operating systems"), and
// is not a function or the writer's own.
func (a *Analyzer) workArea(b *bullet, k int) bool {
	w := b.word(k)
	if w == "" || a.lex["functions"].Has(w) || b.v.ownFunctions.has(w) {
		return false
	}
	if b.v.engineeringWork.has(w) || a.lex["technical"].Has(w) {
		return true
	}
	// a modifier and its noun: "operating systems"
	t := b.toks[k].Tag
	n := b.word(k + 1)
	return (t == "VBG" || t == "JJ" || t == "NN") && n != "" && !a.lex["functions"].Has(n) && !b.v.teamish.has(n) && a.lex["technical"].Has(n)
}

// slashedFunctions reports a token of words joined by slashes that holds two
// function words ("product/UX", "sales/marketing"): each names the other as a
// function.
func (a *Analyzer) slashedFunctions(b *bullet, i int) bool {
	parts := strings.Split(b.low[i], "/")
	if len(parts) < 2 {
		return false
	}
	n := 0
	for _, p := range parts {
		if a.lex["functions"].Has(p) {
			n++
		}
	}
	return n >= 2
}

// builtThingClause reports token i inside a relative clause about a built thing: "that" or
// "which" up to four tokens before it, right after a software artefact or a system part
// ("a chatbot that answers customer questions", "the app which notifies clients"). The
// thing deals with the party, not the writer.
func builtThingClause(b *bullet, i int) bool {
	for k := i - 1; k >= 1 && k >= i-4; k-- {
		if rel := b.low[k]; rel == "that" || rel == "which" {
			return b.v.softwareArtifacts.has(b.low[k-1]) || b.v.machineNouns.has(b.low[k-1])
		}
		if t := b.toks[k].Tag; !(strings.HasPrefix(t, "NN") || strings.HasPrefix(t, "VB") || t == "JJ" || t == "DT" || t == "IN") {
			return false
		}
	}
	return false
}

// hiredByWriter reports a role at token i in the object of a hiring or managing verb
// earlier in its clause, with only a noun phrase list between ("Hired a founding team
// of four engineers and a designer"): the writer's own hire or report, not another
// function worked with ("Managed the handover with the designers" has "with").
func hiredByWriter(b *bullet, i int) bool {
	for k := i - 1; k >= 0 && k >= i-10; k-- {
		w, t := b.low[k], b.toks[k].Tag
		if b.v.hiringVerbs.has(w) {
			return true
		}
		if !(b.v.determiners.has(w) || strings.HasPrefix(t, "NN") || t == "JJ" || t == "CD" || t == "CC" || w == "of" || w == ",") {
			return false
		}
	}
	return false
}
