package signals

import "strings"

// The phrase rules were tuned to labels older than SIGNALS.md, which is now the one
// definition. Three of its "false for" cases are crisp enough to force: they prune the
// rules' team-framing and people evidence before the model reads it.
//   - "Led/Lead + a thing" with no people named is ownership, not people: a lead verb
//     counts only when people or a group are named after it in the same clause.
//   - "our" + a thing is not team framing; "our team" is.
//   - being hired, selected, promoted, mentored or supervised is neither: the writer is
//     the object ("was hired by", "Mentored by"), and so is being one member of a
//     team ("in a team of 4", "part of a small team of DBAs").

// The words these checks read are lists of rules/lexicons/team_framing.yaml.

// applyDefinitions drops the team-framing and people evidence SIGNALS.md rules out and
// resets the signals from what evidence remains.
func (a *Analyzer) applyDefinitions(b *bullet, s *Signals) {
	if s.Evidence == nil {
		s.Evidence = map[string][]Span{}
	}
	for _, name := range []string{TeamFraming, People} {
		ev := s.Evidence[name]
		if len(ev) == 0 {
			continue
		}
		kept := ev[:0:0]
		for _, sp := range ev {
			if !a.notPeopleWork(b, sp) {
				kept = append(kept, sp)
			}
		}
		if len(kept) == 0 {
			delete(s.Evidence, name)
		} else {
			s.Evidence[name] = kept
		}
	}
	if add := a.managedGroups(b); len(add) > 0 {
		s.Evidence[People] = merge(s.Evidence[People], add)
	}
	if add := a.servedGroups(b); len(add) > 0 {
		s.Evidence[TeamFraming] = merge(s.Evidence[TeamFraming], add)
	}
	if add := a.teamAdditions(b); len(add) > 0 {
		s.Evidence[TeamFraming] = merge(s.Evidence[TeamFraming], add)
	}
	if add := leadTitle(b); len(add) > 0 {
		s.Evidence[TeamFraming] = merge(s.Evidence[TeamFraming], add)
	}
	a.dropEvidence(b, s, TeamFraming, a.softwareUsers)
	a.dropEvidence(b, s, TeamFraming, budgetFor)
	a.dropEvidence(b, s, TeamFraming, func(b *bullet, sp Span) bool { return workforceServed(b, b.tokenAt(sp.End-1)) })
	if p := s.Evidence[People]; len(p) > 0 && len(s.Evidence[TeamFraming]) == 0 {
		s.Evidence[TeamFraming] = p
	}
	s.SetFromEvidence()
	if len(s.Evidence) == 0 {
		s.Evidence = nil
	}
}

// notPeopleWork reports evidence that SIGNALS.md says is not team framing or people work.
func (a *Analyzer) notPeopleWork(b *bullet, sp Span) bool {
	w := strings.ToLower(b.span(sp))
	i := b.tokenAt(sp.Start)
	j := b.tokenAt(sp.End - 1)
	switch {
	case a.lex["lead_verbs"].Has(w):
		return !a.groupAhead(b, j+1, 8)
	case w == "our":
		return !a.groupAhead(b, j+1, 3) || a.otherFunctionGroup(b, j+1, 3)
	case b.v.objectVerbs.has(w):
		return writerObject(b, i, j)
	case w == "team of" || w == "teams of":
		for k := i - 1; k >= 0 && k >= i-4; k-- {
			if b.v.memberWords.has(b.low[k]) {
				return true
			}
			if a.lex["lead_verbs"].Has(b.low[k]) || a.lex["people"].Has(b.low[k]) {
				return false
			}
		}
	}
	return false
}

// budgetFor reports evidence naming a group after "for" that a budget is held for:
// the budget right before "for" or before its amount ("the $2.4M budget for a
// 40-person org", "a budget of $300k for contractors", "the yearly budget of 2M EUR for
// the department"). SIGNALS.md: budgets are pm; the group is whose money it is, not
// people led, grown or enabled ("for my team" keeps "my team", a recipient).
func budgetFor(b *bullet, sp Span) bool {
	i := b.tokenAt(sp.Start)
	f := -1
	for k := i; k >= 0 && k >= i-3; k-- {
		if b.low[k] == "for" {
			f = k
			break
		}
		if t := b.toks[k].Tag; k < i && !(b.v.determiners.has(b.low[k]) || t == "JJ" || t == "CD" || isNumberish(b.low[k])) {
			return false
		}
	}
	for k := f + 1; f > 0 && k < len(b.low) && k <= b.tokenAt(sp.End-1); k++ {
		if b.low[k] == "my" || b.low[k] == "our" {
			return false // "the budget for my team": the writer's team as recipient
		}
	}
	for k := f - 1; f > 0 && k >= 0 && k >= f-5; k-- {
		w := b.low[k]
		if b.v.budgetNouns.has(w) {
			return true
		}
		if b.v.clauseBreaks.has(w) || w == "," || strings.HasPrefix(b.toks[k].Tag, "VB") || b.toks[k].Tag == "IN" && w != "of" {
			return false
		}
	}
	return false
}

// otherFunctionGroup reports, among the n tokens from k on, a function other than the
// writer's own named before the first word naming people: "our ops people", "our five
// client-facing teams". SIGNALS.md counts such teams as other teams (cross_team): "our"
// says the company's, not that the writer leads them. "our platform team" and "our
// designers" (the people named first) stay the writer's.
func (a *Analyzer) otherFunctionGroup(b *bullet, k, n int) bool {
	for m := k; m < len(b.low) && m < k+n; m++ {
		w := b.low[m]
		if b.v.clauseBreaks.has(w) || b.v.peopleGroups.has(w) {
			return false
		}
		if a.lex["functions"].Has(w) && !b.v.ownFunctions.has(w) {
			return true
		}
	}
	return false
}

// workforceServed reports a workforce word at m ("employees", "staff") served after
// "for" or "to" with only a count or a quantifier between: "a helpdesk for 120
// employees", "rolled out MFA to all 2,500 staff". They are the users of an internal
// service, not the writer's people; "for my staff" stays the writer's.
func workforceServed(b *bullet, m int) bool {
	if m < 0 || m >= len(b.low) || !b.v.workforce.has(b.low[m]) {
		return false
	}
	for k := m - 1; k >= 0 && k >= m-4; k-- {
		w := b.low[k]
		if w == "for" || w == "to" {
			return true
		}
		if !b.v.servedFillers.has(w) && b.toks[k].Tag != "CD" && !isNumberish(w) {
			return false
		}
	}
	return false
}

// writerObject reports the people verb at tokens i..j as one whose object is the
// writer: after a form of be or "got" ("was hired", "got promoted"), before "by"
// across adverbs ("Hired directly by the founders"), or opening the bullet before
// "as", "into" or "to" ("Promoted to staff engineer", "Hired into the data team").
func writerObject(b *bullet, i, j int) bool {
	next := j + 1
	for next < len(b.toks) && b.toks[next].Tag == "RB" {
		next++
	}
	return b.v.selfBe.has(b.word(i-1)) || b.word(i-1) == "got" || b.word(next) == "by" ||
		(i == b.first && (b.word(j+1) == "as" || b.word(j+1) == "into" || b.word(j+1) == "to"))
}

// documentReports reports "reports" at token k that are documents, not people who
// report to someone: a noun or adjective other than "direct" right before it ("weekly
// sales reports", "Looker reports", "monthly reports"). "My reports", "six direct
// reports" and "her reports" are people.
func documentReports(b *bullet, k int) bool {
	if k <= 0 || b.low[k] != "reports" || b.low[k-1] == "direct" || isNumberish(b.low[k-1]) {
		return false
	}
	t := b.toks[k-1].Tag
	return strings.HasPrefix(t, "NN") || strings.HasPrefix(t, "JJ")
}

// groupAhead reports a word naming people among the n tokens from k on, within the
// clause.
func (a *Analyzer) groupAhead(b *bullet, k, n int) bool {
	for m := k; m < len(b.low) && m < k+n; m++ {
		if b.v.clauseBreaks.has(b.low[m]) {
			return false
		}
		if workforceServed(b, m) {
			continue // "Led the rollout of MFA to 2,500 employees": the users of the rollout
		}
		if b.v.peopleGroups.has(b.low[m]) && !(!b.v.isTeamWord(b.low[m]) && groupModifies(b, m)) && !audienceGroup(b, m-1, m) || strings.HasSuffix(b.low[m], "-person") {
			return true // "our staff", not "our staff portal"; "led the team", not "led the user group"
		}
	}
	return false
}

// teamAdditions finds the team framing SIGNALS.md names that the phrase rules miss:
// work for a named group of people ("for the entire team", "used by an estimated
// 250 engineers", "for my teams") and practices set for others ("Enforce code
// reviews", "Set up GitLab standards"). A group named after a function ("for the
// finance team") is another team, which is cross_team's.
// leadTitle finds the writer's own title as the lead of a team, which SIGNALS.md counts
// as leading people ("lead developer of the platform team"): "Tech lead of a six-person
// squad", "Acting team lead for 5 developers", "Night shift team leader". The title must
// open the bullet (within its first words, or after "as", "acting" or "interim") and
// not be a promotion ("Promoted to team lead") or a title of others ("Team leads can
// approve access").
func leadTitle(b *bullet) []Span {
	if b.first < 0 {
		return nil
	}
	for k := b.first; k+1 < len(b.low) && k <= b.first+4; k++ {
		if !b.v.leadTitleHeads.has(b.low[k]) || b.low[k+1] != "lead" && b.low[k+1] != "leader" {
			continue
		}
		// only the title's own words before it: "Night shift team leader", "as acting
		// tech lead" (not "Assisted the team lead", "Promoted to team lead")
		for p := b.first; p < k; p++ {
			t := b.toks[p].Tag
			if !b.v.leadTitleCues.has(b.low[p]) && !strings.HasPrefix(t, "NN") && t != "JJ" {
				return nil
			}
		}
		if k+2 < len(b.toks) && strings.HasPrefix(b.toks[k+2].Tag, "NN") {
			return nil // "team lead positions": a kind of job, not the writer's
		}
		if n := b.word(k + 2); n == "can" || n == "could" || n == "will" || n == "may" {
			return nil // "Team lead can approve": a role the software serves
		}
		return []Span{{b.toks[k].Start, b.toks[k+1].End}}
	}
	return nil
}

func (a *Analyzer) teamAdditions(b *bullet) []Span {
	var out []Span
	for i := range b.low {
		helped := b.low[i] == "to" && (b.v.helpNouns.has(b.word(i-1)) || b.v.helpNouns.has(b.word(i-2)) && b.toks[i-1].Tag == "RB")
		if !b.v.groupOpeners.has(b.low[i]) && !helped {
			continue
		}
		part := b.word(i - 1)
		if b.low[i] == "by" && i > 1 && b.toks[i-1].Tag == "RB" {
			part = b.word(i - 2) // "used daily by"
		}
		if b.low[i] == "by" && !b.v.useParticiples.has(part) && !b.v.followParticiples.has(part) {
			part = useBefore(b, i, part) // "used every day by", "used in production by"
		}
		if b.low[i] == "by" && !b.v.useParticiples.has(part) && !b.v.followParticiples.has(part) {
			// "by" only after a participle of using or following the writer's work ("used
			// by", "adopted by"): a group that attended, reviewed, requested or reported
			// something acted on the writer's work, it was not enabled by it
			continue
		}
		if b.low[i] == "by" && b.v.objectVerbs.has(part) {
			continue // "Mentored by the principal engineer": the writer is the one acted on
		}
		used := b.low[i] == "by" && b.v.useParticiples.has(part) || helped
		k := i + 1
		own, other := false, false
		for n := 0; k < len(b.low) && n < 4; k, n = k+1, n+1 {
			w, tag := b.low[k], b.toks[k].Tag
			own = own || w == "my" || w == "our"
			other = other || w == "other" || tag == "CD" || isNumberish(w)
			// teams named by the writer's own function are the writer's organisation
			// ("for the engineering teams", "for all development squads"), where "for
			// other engineering teams" are others' and a count of them ("for four
			// engineering teams") is SIGNALS.md's "N teams", cross_team
			own = own || b.v.ownFunctions.has(w) && !other && b.v.otherGroups.has(b.word(k+1))
			if b.v.peopleGroups.has(w) {
				break
			}
			if used && a.lex["functions"].Has(w) && b.v.peopleGroups.has(b.word(k+1)) && !b.v.isTeamWord(b.word(k+1)) {
				continue // people of a function the writer's thing serves: "used by the sales managers"
			}
			if a.lex["functions"].Has(w) || b.v.clauseBreaks.has(w) {
				k = len(b.low)
				break
			}
			// a common noun may name the kind of people ("for the platform engineers"),
			// not of a team: "for the growth team" is another team's
			if tag == "NN" && k+1 < len(b.low) && b.v.peopleNouns.has(b.low[k+1]) && !b.v.isTeamWord(b.low[k+1]) {
				continue
			}
			if b.v.ownFunctions.has(w) || a.lex["technical"].Has(w) && !a.lex["functions"].Has(w) && b.v.isTeamWord(b.word(k+1)) {
				continue // the writer's own function or area: "for the engineering department", "for the backend team"
			}
			if !b.v.groupFillers.has(w) && tag != "CD" && tag != "JJ" && !isNumberish(w) && w != "-" && w != "–" && w != "+" {
				k = len(b.low)
				break
			}
		}
		if b.low[i] == "for" && workedFor(b, i) {
			continue // "worked for the data team": a member of it
		}
		if k < len(b.low) && b.v.peopleGroups.has(b.low[k]) && groupModifies(b, k) {
			continue // "for a staff role", "for developer tooling": the group word names a thing
		}
		if k < len(b.low) && b.v.peopleGroups.has(b.low[k]) && !(b.low[k] == "team" && b.word(k+1) == "'s") &&
			(own || !b.v.otherGroups.has(b.low[k]) || used) {
			// "adopted by 12 teams", "for two neighbouring teams" are other teams (cross_team
			// alone); "for my teams" is the writer's; "used by 12 teams" is a group the
			// writer's thing enables (and cross_team too)
			out = append(out, Span{b.toks[i].Start, b.toks[k].End})
		}
	}
	for i := range b.low {
		if !b.v.practiceVerbs.has(b.low[i]) {
			continue
		}
		if sp, ok := a.practiceForTeam(b, i); ok {
			out = append(out, sp)
			continue
		}
		for k := i + 1; k < len(b.low) && k <= i+6; k++ {
			if b.v.clauseBreaks.has(b.low[k]) {
				break
			}
			w := b.low[k]
			if k+1 < len(b.low) && b.v.practiceNouns.has(w+" "+b.low[k+1]) {
				if !a.toOtherTeams(b, k+2) {
					out = append(out, Span{b.toks[i].Start, b.toks[k+1].End})
				}
				break
			}
			if b.v.practiceNouns.has(w) {
				if !a.toOtherTeams(b, k+1) {
					out = append(out, Span{b.toks[i].Start, b.toks[k].End})
				}
				break
			}
		}
	}
	return out
}

// groupModifies reports a group word at k that modifies a noun after it rather than
// naming people: "a staff role", "developer tooling". A second word naming people
// ("team members", "developer advocates") keeps it a group.
func groupModifies(b *bullet, k int) bool {
	if k+1 >= len(b.toks) {
		return false
	}
	next := b.low[k+1]
	if b.v.peopleGroups.has(next) || b.v.personWord(next) || !hasWordRune(next) {
		return false
	}
	if k > 0 && (strings.HasPrefix(b.toks[k-1].Tag, "VB") || k-1 == b.first) {
		return false // the first object of a verb with two: "gave developers self-service access"
	}
	if t := b.toks[k+1].Tag; t == "JJ" && k+2 < len(b.toks) && strings.HasPrefix(b.toks[k+2].Tag, "NN") {
		return true // a noun the tagger read as an adjective: "our people directory service"
	}
	return strings.HasPrefix(b.toks[k+1].Tag, "NN")
}

// useBefore finds a use participle a few words before "by" at i, across adverbs,
// time phrases and a short prepositional phrase ("used every day by", "consumed in
// production by"); without one it returns part.
func useBefore(b *bullet, i int, part string) string {
	for m := i - 1; m >= 0 && m >= i-4; m-- {
		if b.v.useParticiples.has(b.low[m]) || b.v.followParticiples.has(b.low[m]) {
			return b.low[m]
		}
		if t := b.toks[m].Tag; b.v.clauseBreaks.has(b.low[m]) || !(t == "RB" || t == "DT" || t == "IN" || t == "JJ" || t == "CD" || strings.HasPrefix(t, "NN")) {
			break
		}
	}
	return part
}

// toOtherTeams reports a practice taken, in its clause from token k on, to teams of
// other functions: "pushed the API standards to the sales teams" is cross_team work,
// as "for the finance team" is.
func (a *Analyzer) toOtherTeams(b *bullet, k int) bool {
	for ; k+1 < len(b.low) && !b.v.clauseBreaks.has(b.low[k]); k++ {
		if p := b.low[k]; p != "to" && p != "for" && p != "across" {
			continue
		}
		for m := k + 1; m < len(b.low) && m <= k+3; m++ {
			if a.lex["functions"].Has(b.low[m]) && !b.v.otherGroups.has(b.low[m]) && b.v.isTeamWord(b.word(m+1)) {
				return true
			}
		}
	}
	return false
}

// practiceForTeam finds, in the clause of practice verb i, the writer's own team the
// practice was brought to: "Introduced contract tests to the mobile team". A group
// named after a function ("to the finance team") is another team's.
func (a *Analyzer) practiceForTeam(b *bullet, i int) (Span, bool) {
	for k := i + 1; k+1 < len(b.low); k++ {
		if b.v.clauseBreaks.has(b.low[k]) {
			break
		}
		if !b.v.practiceOpeners.has(b.low[k]) {
			continue
		}
		if b.low[k+1] == "other" || b.toks[k-1].Tag == "JJ" {
			continue // "to other teams": others' teams; "open to", "useful to": not a receiver
		}
		start, bare := k+1, true
		if b.v.determiners.has(b.low[k+1]) {
			start, bare = k+2, false
		}
		reach := 3
		if b.low[k] == "in" || b.low[k] == "within" {
			// "in" says where the practice now runs only close to its verb, with a
			// determiner: "introduced OKRs in the engineering department"
			if bare || k-i > 6 {
				continue
			}
			reach = 1
		}
		own := false
		for m := start; m < len(b.low) && m <= start+reach; m++ {
			w := b.low[m]
			if w == "other" {
				break
			}
			if a.lex["functions"].Has(w) && !b.v.peopleGroups.has(w) {
				break
			}
			// "to the three engineering teams": teams of the writer's own function
			own = own || b.v.ownFunctions.has(w)
			if bare && b.v.peopleGroups.has(w) && !b.v.builderGroups.has(w) {
				break // without a determiner only fellow builders: "to new developers", not "to different people"
			}
			if b.v.peopleGroups.has(w) && (own || !b.v.otherGroups.has(w)) {
				if b.word(m+1) == "'s" || b.word(m+1) == "’s" || groupModifies(b, m) {
					break // "the team's budget", "for engineer laptops": a thing
				}
				return Span{b.toks[i].Start, b.toks[m].End}, true
			}
			if t := b.toks[m].Tag; !(t == "JJ" || t == "VBG" || t == "VBN" || t == "CD" || strings.HasPrefix(t, "NN")) {
				break
			}
		}
	}
	return Span{}, false
}

// isNumberish reports a token made of digits and number punctuation: "250", "20+", "~30".
func isNumberish(w string) bool {
	has := false
	for _, r := range w {
		switch {
		case r >= '0' && r <= '9':
			has = true
		case strings.ContainsRune("+~,.–-", r):
		default:
			return false
		}
	}
	return has
}

// forceDefinitions restores, after the model has decided, what SIGNALS.md states
// crisply enough to overrule it: a group of people managed ("managing people or
// reports") is people work, and so team framing.
func (a *Analyzer) forceDefinitions(b *bullet, s *Signals) {
	// people work the writer received ("got mentoring from a staff engineer") is
	// neither people work nor team framing, whatever the words weigh in the model
	// (and neither is people work the writer was the object of, "Mentored by a staff
	// engineer", when the model's strongest word is that verb)
	// (nor is the opening verb of "Promoted to staff engineer" or "Hired into the
	// data team" when the model places its evidence there)
	received := func(b *bullet, sp Span) bool {
		if writerReceived(b, b.tokenAt(sp.Start)) || writerActedOn(b, sp) {
			return true
		}
		i, j := b.tokenAt(sp.Start), b.tokenAt(sp.End-1)
		return i == j && i == b.first && b.v.objectVerbs.has(b.low[i]) && writerObject(b, i, j)
	}
	if n := len(s.Evidence[People]) + len(s.Evidence[TeamFraming]); n > 0 {
		a.dropEvidence(b, s, People, received)
		a.dropEvidence(b, s, TeamFraming, received)
		if len(s.Evidence[People])+len(s.Evidence[TeamFraming]) < n {
			s.SetFromEvidence()
		}
	}
	add := a.managedGroups(b)
	if len(add) == 0 {
		return
	}
	if s.Evidence == nil {
		s.Evidence = map[string][]Span{}
	}
	s.Evidence[People] = merge(s.Evidence[People], add)
	s.Evidence[TeamFraming] = merge(s.Evidence[TeamFraming], add)
	s.SetFromEvidence()
	if s.WeakOpener {
		s.ActionVerb = ""
	}
}

// writerActedOn reports evidence that is the bullet's opening people verb with "by"
// after it (across adverbs): "Mentored by a principal engineer", "Was hired directly
// by the founders". The writer is its object.
func writerActedOn(b *bullet, sp Span) bool {
	i, j := b.tokenAt(sp.Start), b.tokenAt(sp.End-1)
	if i != j || !b.v.objectVerbs.has(b.low[i]) {
		return false
	}
	if f := b.first; !(i == f || i == f+1 && b.v.selfBe.has(b.word(f))) {
		return false
	}
	k := j + 1
	for k < len(b.toks) && b.toks[k].Tag == "RB" {
		k++
	}
	return b.word(k) == "by"
}

// managedGroups finds people management said with a plain verb and a group of people
// as its object, in words the phrase rules do not list: "Oversaw a nine person
// warehouse crew", "Coach and grow a department of data analysts", "Motivate and
// guide contractors".
func (a *Analyzer) managedGroups(b *bullet) []Span {
	return a.verbGroups(b, b.v.manageVerbs, false)
}

// servedGroups finds work coordinated for, with or through the writer's own people,
// said with a plain verb and the group as its object: "Coordinated the work of four
// developers", "support developers in data modelling", "assist the DBAs in tuning".
// A group named after a function ("supported the finance team") is another team,
// which is cross_team's.
func (a *Analyzer) servedGroups(b *bullet) []Span {
	return a.verbGroups(b, b.v.teamVerbs, true)
}

// verbGroups finds a verb of verbs whose object is a group of people. The object is
// read from the verb on, through determiners, adjectives, numbers, nouns, "of", "and"
// and commas, and ends at a clause break, any other preposition or another verb; a
// group that owns the thing ("the team's budget") or names a thing ("the team
// calendar") is not the object. A verb whose object is the writer ("was hired by",
// "trained by") does not count. With own, a function word in the object ("the
// finance team") makes the group another team's.
func (a *Analyzer) verbGroups(b *bullet, verbs wordSet, own bool) []Span {
	var out []Span
	for i := 0; i < len(b.low); i++ {
		if !verbs.has(b.low[i]) || !strings.HasPrefix(b.toks[i].Tag, "VB") && i != b.first && !nounReadVerb(b, i) {
			continue
		}
		if b.v.selfBe.has(b.word(i-1)) || b.word(i+1) == "by" {
			continue
		}
		if b.v.memberWords.has(b.word(i+1)) && b.word(i+2) == "of" {
			continue // "formed part of the core team", "became a member of": the writer is one of the group
		}
		for k := i + 1; k < len(b.low) && k <= i+9; k++ {
			w, tag := b.low[k], b.toks[k].Tag
			if b.v.clauseBreaks.has(w) || w == "by" {
				break
			}
			if w == "to" && b.v.teachVerbs.has(b.low[i]) && !own {
				continue // the people taught: "taught secure coding workshops to 80 developers"
			}
			if own && a.lex["functions"].Has(w) && !(k == i+1 && b.v.otherGroups.has(w) && b.v.coordinatingVerbs.has(b.low[i])) {
				break // "supported the finance team" is another team; "Coordinated teams of" is the writer's
			}
			if b.v.studySubjects.has(w) || b.v.audience.has(w) {
				break // "recruited beta testers", "trained customers": not staff
			}
			if own && b.v.aidVerbs.has(b.low[i]) && b.v.seniorWords.has(w) && b.v.peopleGroups.has(b.word(k+1)) {
				break // "assisted senior engineers with": helping those above the writer
			}
			if (w == "person" || w == "people") && k > 0 && (b.toks[k-1].Tag == "CD" || isNumberish(b.low[k-1])) && k+1 < len(b.toks) && strings.HasPrefix(b.toks[k+1].Tag, "NN") {
				continue // "a six person support crew": the size of the group that follows
			}
			if arrangedOrg(b, k) {
				break // "enabling hierarchical file organization": things arranged
			}
			if b.v.peopleGroups.has(w) {
				if w == "leads" && (strings.HasSuffix(b.word(k-1), "qualified") || b.v.salesLeads.has(b.word(k-1))) {
					break // "grew marketing-qualified leads": sales prospects
				}
				if (w == "group" || w == "groups") && k > 0 && (b.toks[k-1].Tag == "NNP" || b.toks[k-1].Tag == "NNPS" || a.lex["technical"].Has(b.low[k-1])) {
					break // "Active Directory groups", "security groups": groups of accounts
				}
				if documentReports(b, k) {
					break // "built weekly sales reports": documents
				}
				next := b.word(k + 1)
				if b.v.peopleGroups.has(next) {
					continue // "developer team": the group is the last noun
				}
				if next == "'s" || next == "’s" || next == "'" || k+1 < len(b.toks) && strings.HasPrefix(b.toks[k+1].Tag, "NN") && !b.v.personWord(next) {
					break // "the team's budget", "the team calendar"
				}
				if audienceGroup(b, i, k) {
					break // "trained the store staff of our clients": the customers' people
				}
				out = append(out, Span{b.toks[i].Start, b.toks[k].End})
				break
			}
			if verbs.has(w) || w == "of" || w == "and" || w == "," || w == "+" || w == "~" || w == "/" || w == "-" || isNumberish(w) {
				continue
			}
			if k == i+2 && (b.low[i+1] == "and" || b.low[i+1] == ",") && strings.HasPrefix(tag, "VB") {
				continue // a second verb sharing the object: "grew and split off two teams"
			}
			if (tag == "RP" || tag == "RB") && k > i+1 && strings.HasPrefix(b.toks[k-1].Tag, "VB") && !verbs.has(b.low[k-1]) {
				continue // the second verb's particle: "grew and split off", "hired and set up"
			}
			if tag == "VBG" && k > i+1 && k+1 < len(b.toks) && strings.HasPrefix(b.toks[k+1].Tag, "NN") {
				continue // a gerund inside the object: "taught secure coding workshops to"
			}
			if tag == "VBG" && b.v.peopleGroups.has(b.word(k+1)) && b.word(k+1) != "people" {
				continue // a gerund naming the group: "set up a reading group"
			}
			if tag == "IN" || tag == "TO" || tag == "WDT" || tag == "WP" || tag == "WRB" || strings.HasPrefix(tag, "VB") || tag == "RB" || tag == "CC" {
				break
			}
		}
	}
	return out
}

// nounReadVerb reports a verb at token i that the tagger read as a noun after a comma
// or semicolon, with a group of people right after it: "…, support developers in". A
// group that makes a job title with it ("support engineers") is not read so.
func nounReadVerb(b *bullet, i int) bool {
	if p := b.word(i - 1); p != "," && p != ";" {
		return false
	}
	next := b.word(i + 1)
	return b.v.peopleGroups.has(next) && !b.v.roleHeads.has(next)
}

// dropEvidence removes the spans of signal name that drop reports, and the signal's
// entry when none is left.
func (a *Analyzer) dropEvidence(b *bullet, s *Signals, name string, drop func(*bullet, Span) bool) {
	ev := s.Evidence[name]
	if len(ev) == 0 {
		return
	}
	kept := ev[:0:0]
	for _, sp := range ev {
		if !drop(b, sp) {
			kept = append(kept, sp)
		}
	}
	if len(kept) == 0 {
		delete(s.Evidence, name)
	} else {
		s.Evidence[name] = kept
	}
}

// softwareUsers reports evidence naming the users of a thing the writer built: people
// who are not fellow builders (builder_groups), enabled, helped or served by a verb
// whose subject is a software artefact named earlier in the clause: "a web app to
// assist store managers", "a tool allowing branch managers to", "the app, which was
// used by 1,000+ members". They are neither team framing nor another team worked with.
// The writer enabling them with a main verb ("Equipped field technicians with an
// offline app") is not read here.
func (a *Analyzer) softwareUsers(b *bullet, sp Span) bool {
	i, j := b.tokenAt(sp.Start), b.tokenAt(sp.End-1)
	if j >= len(b.low) || b.v.builderGroups.has(b.low[j]) || !strings.HasPrefix(b.toks[j].Tag, "NN") {
		return false
	}
	// the verb governing the group: the span's first word, the participle before "by",
	// or a verb before the group's modifiers
	for k := i; k < j; k++ {
		if b.low[k] == "for" && b.v.softwareArtifacts.has(b.word(k-1)) {
			return true // "an app for store managers": the people a thing is for are its users
		}
	}
	v := -1
	for k := i; k >= 0 && k >= i-4; k-- {
		if k == i && b.low[k] == "by" {
			v = k - 1
			break
		}
		if strings.HasPrefix(b.toks[k].Tag, "VB") {
			v = k
			break
		}
		if t := b.toks[k].Tag; k < i && !(b.v.determiners.has(b.low[k]) || t == "JJ" || t == "CD" || strings.HasPrefix(t, "NN") || isNumberish(b.low[k])) {
			return false
		}
	}
	if v <= 0 {
		return false
	}
	if !(b.toks[v].Tag == "VBG" || b.toks[v].Tag == "VBZ" || strings.HasSuffix(b.low[v], "ing") || b.word(v-1) == "to" || b.word(v+1) == "by" || b.word(v-1) == "that" || b.word(v-1) == "which") {
		return false // a main verb: the writer enables them ("allows" has a third-person subject, never the writer)
	}
	return wordBackInClause(b, v, 8, b.v.softwareArtifacts)
}
