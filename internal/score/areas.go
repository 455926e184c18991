package score

import (
	"fmt"
	"math"
	"sort"
	"strings"

	"github.com/resumecheck/resumecheck/internal/signals"
)

// areaResult is one area's score (0–100, unrounded) and the facts behind it.
type areaResult struct {
	score float64
	facts []string
}

// eval is the scored model: area results, overall, and the numbers the track needs.
type eval struct {
	areas     map[string]areaResult
	overall   float64
	techShare float64
}

// sat is how far x has come towards the target, capped at 1.
func sat(x, target float64) float64 {
	if target <= 0 {
		return 1
	}
	return math.Min(1, math.Max(0, x/target))
}

// pred is a question asked of one bullet: 1 for yes, 0 for no, or a part in between.
type pred func(it item) float64

// leadValue counts evidence of leading others: people work fully, team framing that
// leads or grows people ("led a team of 6", "grew the team") partly, since it shows
// working through others without saying how. Only belonging to a team ("we", "our
// cron jobs", "helped the team") is not leading anyone: it counts for team framing,
// not for leadership.
func leadValue(it item) float64 {
	switch {
	case it.sig.People:
		return 1
	case it.sig.TeamFraming && !onlyMembership(it):
		return 0.6
	}
	return 0
}

// membership are team-framing words that only place the writer in a team.
var membership = map[string]bool{"we": true, "we've": true, "we're": true, "our": true, "ours": true, "us": true, "the team": true, "our team": true}

// onlyMembership reports whether every team-framing span of the bullet is membership:
// a collective pronoun, "the team", or helping or supporting a team.
func onlyMembership(it item) bool {
	spans := it.sig.Evidence[signals.TeamFraming]
	if len(spans) == 0 {
		return false
	}
	runes := []rune(it.text)
	for _, sp := range spans {
		if sp.Start < 0 || sp.End > len(runes) || sp.Start >= sp.End {
			return false
		}
		w := strings.ToLower(string(runes[sp.Start:sp.End]))
		if membership[w] {
			continue
		}
		if f := strings.Fields(w); len(f) > 0 && (strings.HasPrefix(f[0], "help") || strings.HasPrefix(f[0], "support") || f[0] == "for") {
			continue
		}
		return false
	}
	return true
}

func boolv(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// stats answers share and count questions about the model's items.
type stats struct {
	m *model
	w []float64
	W float64
}

func newStats(m *model) *stats {
	s := &stats{m: m, w: m.itemWeights()}
	for _, w := range s.w {
		s.W += w
	}
	return s
}

// share is the recency-weighted mean of f over all items, and the number of items
// where f is positive.
func (s *stats) share(f pred) (float64, int) {
	var sum float64
	n := 0
	for i, it := range s.m.items {
		v := f(it)
		sum += s.w[i] * v
		if v > 0 {
			n++
		}
	}
	if s.W == 0 {
		return 0, n
	}
	return sum / (s.W + shrinkK), n
}

// inGroups counts items of the given groups, and those where f is positive.
func (s *stats) inGroups(groups []int, f pred) (hits, total int) {
	in := map[int]bool{}
	for _, g := range groups {
		in[g] = true
	}
	for _, it := range s.m.items {
		if !in[it.group] {
			continue
		}
		total++
		if f(it) > 0 {
			hits++
		}
	}
	return hits, total
}

// current is the role the advice calls the current one (recency.Order: the most recent
// engineering or technology role), as a list of zero or one group.
func (m *model) current() []int {
	ref, ok := m.order.CurrentRef()
	if !ok {
		return nil
	}
	return []int{m.groupOf[[2]int{ref.Section, ref.Role}]}
}

// lastTwo are the two most recent roles (recency.Order).
func (m *model) lastTwo() []int {
	var out []int
	for _, i := range m.order.Recent(2) {
		ref := m.order.Roles[i].Ref
		out = append(out, m.groupOf[[2]int{ref.Section, ref.Role}])
	}
	return out
}

// skippedNote says which recent roles the advice leaves out, or "".
func (m *model) skippedNote() string { return m.order.SkippedNote() }

// roleLabel names a group for facts and advice: "your current role (Staff Engineer,
// Acme)".
func (m *model) roleLabel(g int) string {
	gr := m.groups[g]
	what := "your most recent role"
	switch {
	case len(m.order.Skipped()) > 0 && len(m.current()) == 1 && m.current()[0] == g:
		what = "your most recent engineering role"
	case gr.rank > 0:
		what = "your earlier role"
	case gr.current:
		what = "your current role"
	}
	if !gr.experience {
		what = "this section"
	}
	var parts []string
	for _, p := range []string{gr.title, gr.org} {
		if p = strings.TrimSpace(p); p != "" {
			parts = append(parts, p)
		}
	}
	if len(parts) > 0 {
		return what + " (" + strings.Join(parts, ", ") + ")"
	}
	return what
}

func pct(x float64) int { return int(math.Round(100 * x)) }

// countFact says how many bullets show a signal: the analysis's count of experience
// bullets when it has one (the figure the findings quote), else the scorer's own.
func (m *model) countFact(sig string, count, total int, what string) string {
	if sh, ok := m.shares[sig]; ok && sh.Total > 0 {
		return fmt.Sprintf("%d of %d experience bullets %s", sh.Count, sh.Total, what)
	}
	return fmt.Sprintf("%d of %d bullets %s", count, total, what)
}

func plural(n int, one, many string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, one)
	}
	return fmt.Sprintf("%d %s", n, many)
}

// inRecent describes how a kind of evidence shows in the recent roles.
func (m *model) inCurrent(st *stats, f pred, what string) (string, float64) {
	cur := m.current()
	if len(cur) == 0 {
		return "", 0
	}
	hits, total := st.inGroups(cur, f)
	label := m.roleLabel(cur[0])
	if hits == 0 {
		return fmt.Sprintf("none in %s", label), 0
	}
	return fmt.Sprintf("%d of %d in %s %s", hits, total, label, what), float64(hits) / float64(total)
}

func (m *model) evaluate(weights Weights) eval {
	st := newStats(m)
	ev := eval{areas: map[string]areaResult{}}
	n := len(m.items)
	noBullets := areaResult{score: 0, facts: []string{"no bullets found to judge"}}
	is := func(name string) pred {
		return func(it item) float64 { return boolv(it.sig.Get(name)) }
	}

	// impact: a hiring manager wants about half the bullets to carry a number, and the
	// latest role to have some.
	if n == 0 {
		ev.areas[AreaImpact] = noBullets
	} else {
		q, qn := st.share(is(signals.Quantified))
		fact2, cur := m.inCurrent(st, is(signals.Quantified), "quantified")
		r := areaResult{score: 100 * (0.7*sat(q, 0.5) + 0.3*sat(cur, 0.4))}
		if sh, ok := m.shares[signals.Quantified]; ok && sh.Total > 0 {
			// The figure the impact findings quote, computed once by the analysis.
			r.facts = append(r.facts, fmt.Sprintf("%d of %d experience bullets carry a number (%d%% weighted to recent roles; aim for half)", sh.Count, sh.Total, sh.Percent))
		} else {
			r.facts = append(r.facts, fmt.Sprintf("%d of %d bullets quantified (%d%% weighted to recent roles; aim for half)", qn, n, pct(q)))
		}
		if fact2 != "" {
			r.facts = append(r.facts, fact2)
		}
		ev.areas[AreaImpact] = r
	}

	// team: impact through others, and few first-person pronouns.
	if n == 0 {
		ev.areas[AreaTeam] = noBullets
	} else {
		t, tn := st.share(is(signals.TeamFraming))
		fp, fpn := st.share(is(signals.FirstPerson))
		r := areaResult{score: 100 * (0.75*sat(t, 0.35) + 0.25*(1-sat(fp, 0.3)))}
		r.facts = append(r.facts, m.countFact(signals.TeamFraming, tn, n, "show results through a team"))
		if fpn == 0 {
			r.facts = append(r.facts, "no first-person pronouns")
		} else {
			r.facts = append(r.facts, fmt.Sprintf("%s use I, me or my", plural(fpn, "bullet", "bullets")))
		}
		solo := 0
		for _, g := range m.recent {
			if h, tot := st.inGroups([]int{g}, func(it item) float64 { return boolv(it.sig.TeamFraming || it.sig.People) }); h == 0 && tot > 0 {
				solo++
			}
		}
		if len(m.recent) > 0 {
			r.facts = append(r.facts, fmt.Sprintf("%d of %d roles show only solo work", solo, len(m.recent)))
		}
		ev.areas[AreaTeam] = r
	}

	// cross_team: work with other functions, how many are named, and whether the two
	// latest roles show any.
	if n == 0 {
		ev.areas[AreaCrossTeam] = noBullets
	} else {
		c, cn := st.share(is(signals.CrossTeam))
		funcs := m.functionsNamed()
		h, _ := st.inGroups(m.lastTwo(), is(signals.CrossTeam))
		r := areaResult{score: 100 * (0.45*sat(c, 0.25) + 0.25*sat(float64(len(funcs)), 3) + 0.3*boolv(h > 0))}
		r.facts = append(r.facts, m.countFact(signals.CrossTeam, cn, n, "show work with other teams or functions"))
		if len(funcs) == 0 {
			r.facts = append(r.facts, "no other function named (product, design, sales, operations...)")
		} else {
			r.facts = append(r.facts, "named: "+strings.Join(funcs, ", "))
		}
		if h == 0 && len(m.recent) > 0 {
			r.facts = append(r.facts, "none in your two most recent roles")
		}
		ev.areas[AreaCrossTeam] = r
	}

	// balance: both technical and people work, mixed within a bullet in recent roles.
	tS, tn := st.share(is(signals.Technical))
	ev.techShare = tS
	if n == 0 {
		ev.areas[AreaBalance] = noBullets
	} else {
		peopleOrTeam := func(it item) float64 { return boolv(it.sig.People || it.sig.TeamFraming) }
		pS, pn := st.share(peopleOrTeam)
		mixed, roles := 0, m.lastTwo()
		for _, g := range roles {
			if h, _ := st.inGroups([]int{g}, func(it item) float64 { return boolv(it.sig.Technical && (it.sig.People || it.sig.TeamFraming)) }); h > 0 {
				mixed++
			}
		}
		mixFrac := 0.0
		if len(roles) > 0 {
			mixFrac = float64(mixed) / float64(len(roles))
		} else if _, mn := st.share(func(it item) float64 { return boolv(it.sig.Technical && (it.sig.People || it.sig.TeamFraming)) }); mn > 0 {
			mixFrac = 1
		}
		r := areaResult{score: 100 * (0.3*sat(tS, 0.3) + 0.3*sat(pS, 0.25) + 0.4*mixFrac)}
		r.facts = append(r.facts, fmt.Sprintf("%d technical and %d people bullets of %d", tn, pn, n))
		switch {
		case pn == 0 && tn > 0:
			r.facts = append(r.facts, "reads all-technical: the IC track")
		case tn == 0 && pn > 0:
			r.facts = append(r.facts, "no technical work shown: technical credibility is missing")
		}
		if len(roles) > 0 {
			r.facts = append(r.facts, fmt.Sprintf("%d of %d recent roles have a bullet mixing technical and people work", mixed, len(roles)))
		}
		ev.areas[AreaBalance] = r
	}

	// leadership: people work across the résumé, in the latest role, and time in lead
	// or manager titles.
	leadYears := m.exp.LeadYears
	if n == 0 && leadYears == 0 {
		ev.areas[AreaLeadership] = noBullets
	} else {
		lead := func(it item) float64 { return it.lead }
		l, ln := st.share(lead)
		fact2, cur := m.inCurrent(st, lead, "show leading people")
		r := areaResult{score: 100 * (0.45*sat(l, 0.35) + 0.25*sat(leadYears, 3) + 0.3*boolv(cur > 0))}
		r.facts = append(r.facts, m.leadFact(st, ln, n))
		if fact2 != "" {
			r.facts = append(r.facts, fact2)
		}
		if m.hasDoc {
			r.facts = append(r.facts, fmt.Sprintf("%.1f years in lead or manager titles", leadYears))
		}
		ev.areas[AreaLeadership] = r
	}

	// pm and communication: planning and delivery; presenting and writing.
	for _, a := range []struct {
		area, sig, what string
		target          float64
	}{
		{AreaPM, signals.PM, "show planning, prioritising or delivery", 0.25},
		{AreaCommunication, signals.Communication, "show presenting, writing or reporting", 0.15},
	} {
		if n == 0 {
			ev.areas[a.area] = noBullets
			continue
		}
		s, sn := st.share(is(a.sig))
		h, _ := st.inGroups(m.lastTwo(), is(a.sig))
		r := areaResult{score: 100 * (0.7*sat(s, a.target) + 0.3*boolv(h > 0))}
		r.facts = append(r.facts, m.countFact(a.sig, sn, n, a.what))
		if len(m.recent) > 0 {
			if h == 0 {
				r.facts = append(r.facts, "none in your two most recent roles")
			} else {
				r.facts = append(r.facts, fmt.Sprintf("%s in your two most recent roles", plural(h, "bullet", "bullets")))
			}
		}
		ev.areas[a.area] = r
	}

	ev.areas[AreaExperience] = m.experienceArea()
	ev.areas[AreaStyle] = m.styleArea(st)

	var sum, wsum float64
	for _, a := range areaNames {
		w := weights[a]
		if w <= 0 {
			continue
		}
		sum += w * ev.areas[a].score
		wsum += w
	}
	if wsum > 0 {
		ev.overall = sum / wsum
	}
	return ev
}

// functionsNamed lists, sorted, the distinct functions named in cross-team evidence.
func (m *model) functionsNamed() []string {
	set := map[string]bool{}
	for _, it := range m.items {
		if !it.sig.CrossTeam {
			continue
		}
		r := []rune(it.text)
		for _, sp := range it.sig.Evidence[signals.CrossTeam] {
			if sp.Start < 0 || sp.End > len(r) || sp.Start >= sp.End {
				continue
			}
			w := strings.ToLower(strings.TrimSpace(string(r[sp.Start:sp.End])))
			w = strings.TrimSuffix(w, "s")
			if w != "" && !genericTeam[w] {
				set[w] = true
			}
		}
	}
	out := make([]string, 0, len(set))
	for w := range set {
		out = append(out, w)
	}
	sort.Strings(out)
	return out
}

// genericTeam are cross-team words that name no function.
var genericTeam = map[string]bool{"team": true, "other team": true, "another team": true, "cross-team": true, "cross team": true, "cross-functional": true}

// experienceArea: EM candidates typically bring 7–8 years, some of them in a lead or
// manager title; gaps and undated roles cost a little.
func (m *model) experienceArea() areaResult {
	e := m.exp
	r := areaResult{}
	if !m.hasDoc {
		return areaResult{score: 0, facts: []string{"no document to read dates from"}}
	}
	if e.Months == 0 {
		r.score = 25
		r.facts = append(r.facts, "no readable dates on your roles: add month and year to each")
		return r
	}
	s := 0.7*sat(e.Years, 8) + 0.3*sat(e.LeadYears, 2)
	s -= math.Min(0.15, 0.05*float64(len(e.Gaps)))
	if e.Undated > 0 {
		s -= 0.05
	}
	r.score = 100 * math.Max(0, s)
	r.facts = append(r.facts, fmt.Sprintf("%.1f years of experience (EM candidates typically have 7–8 or more)", e.Years))
	r.facts = append(r.facts, fmt.Sprintf("%.1f years in lead or manager titles", e.LeadYears))
	switch {
	case len(e.Gaps) > 0:
		r.facts = append(r.facts, plural(len(e.Gaps), "gap", "gaps")+" of six months or more")
	case e.Undated > 0:
		r.facts = append(r.facts, plural(e.Undated, "role", "roles")+" without readable dates")
	}
	return r
}

// styleArea: each bullet loses for a duty opener, passive voice, a pronoun, a length
// outside 8–30 words, no action verb, and other style findings; the same opening verb
// used again and again costs too.
func (m *model) styleArea(st *stats) areaResult {
	n := len(m.items)
	if n == 0 {
		return areaResult{score: 0, facts: []string{"no bullets found to judge"}}
	}
	var sum float64
	weak, passive, length, noVerb := 0, 0, 0, 0
	openers := map[string]int{}
	for i, it := range m.items {
		s := it.sig
		q := 1 - 0.3*boolv(s.WeakOpener) - 0.25*boolv(s.Passive) - 0.2*boolv(s.FirstPerson) -
			0.15*boolv(badLength(s.Words)) - 0.1*boolv(s.ActionVerb == "" && !s.WeakOpener) -
			0.1*math.Min(2, float64(it.extraStyle))
		sum += st.w[i] * math.Max(0, q)
		weak += b2i(s.WeakOpener || s.FirstPerson)
		passive += b2i(s.Passive)
		length += b2i(badLength(s.Words))
		noVerb += b2i(s.ActionVerb == "")
		if s.ActionVerb != "" {
			openers[s.ActionVerb]++
		}
	}
	q := sum / st.W
	// Repetition: the share of verb-led bullets beyond the first use of their verb.
	rep, verbLed := 0, 0
	var top string
	for v, c := range openers {
		verbLed += c
		rep += c - 1
		if c > openers[top] || c == openers[top] && v < top {
			top = v
		}
	}
	repShare := 0.0
	if verbLed > 0 {
		repShare = float64(rep) / float64(verbLed)
	}
	score := 100 * math.Max(0, q-0.3*math.Max(0, repShare-0.3))
	r := areaResult{score: score}
	r.facts = append(r.facts, fmt.Sprintf("%d of %d bullets open with a duty phrase or a pronoun; %d passive", weak, n, passive))
	r.facts = append(r.facts, fmt.Sprintf("%d of %d bullets outside 8–30 words; %d without an action verb", length, n, noVerb))
	if top != "" && openers[top] >= 3 {
		r.facts = append(r.facts, fmt.Sprintf("%q opens %d bullets", top, openers[top]))
	}
	return r
}

// shrinkK is a pseudo-weight of bullets showing nothing, added to every share: a
// handful of bullets is weaker evidence than many, so a short résumé does not reach a
// full score from one lucky bullet. (A role of n bullets weighs about sqrt(n) in the
// sum; 1 is worth a current-role bullet.)
const shrinkK = 1.0

// leadFact counts the bullets showing leading people. With experience roles it counts
// their bullets, the ones the leadership finding reads ("No experience bullet shows
// ..."), and names those of other sections apart, so the two never disagree.
func (m *model) leadFact(st *stats, hits, total int) string {
	const what = "show leading, hiring, mentoring or growing people"
	if len(m.recent) == 0 {
		return fmt.Sprintf("%d of %d bullets %s", hits, total, what)
	}
	eh, et := st.inGroups(m.recent, func(it item) float64 { return it.lead })
	more := hits - eh
	if m.expIdx != nil {
		// The experience bullets as the analysis counts them for every other fact and
		// finding ("N of M experience bullets ..."), so M is one figure in the report.
		eh, et, more = 0, len(m.expLead), 0
		for _, v := range m.expLead {
			if v > 0 {
				eh++
			}
		}
		for _, it := range m.items {
			if it.lead > 0 && !m.expIdx[it.idx] {
				more++
			}
		}
	}
	out := fmt.Sprintf("%d of %d experience bullets %s", eh, et, what)
	if more > 0 {
		out += fmt.Sprintf(" (%d more in other sections)", more)
	}
	return out
}
