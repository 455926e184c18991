package signals

// Phrases: word sequences found token by token, shared by several signals.

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// ---- phrases: word sequences found token by token

// A phrase is a sequence of slots, each taking some tokens. Phrases are indexed by
// the words their first slot takes, so finding them costs one map lookup per token:
// the same sequences as regular expressions cost a tenth of the whole analysis.
type phrase []slot

type slot struct {
	words    map[string]bool
	any      bool // "_": any token with a letter or digit
	modifier bool // "~": any such token but a preposition or conjunction
	count    bool // "#": a number, in digits or words
	stop     bool // "$": matches without taking a token at the end or before punctuation
	min, max int
}

type phrases struct{ byFirst map[string][]phrase }

// compilePhrases reads specs: slots separated by spaces, each a "|"-separated list
// of words, @set (a set of named), "_" (any word), "~" (any word but a preposition
// or conjunction), "#" (a number) or "$", optionally followed by "?" (may be absent)
// or "{m,n}" (m to n tokens). The first slot must be a list of words.
func compilePhrases(named map[string]map[string]bool, specs ...string) *phrases {
	ps := &phrases{byFirst: map[string][]phrase{}}
	for _, spec := range specs {
		var p phrase
		for _, el := range strings.Fields(spec) {
			s := slot{words: map[string]bool{}, min: 1, max: 1}
			if strings.HasSuffix(el, "?") {
				s.min, el = 0, strings.TrimSuffix(el, "?")
			} else if k := strings.LastIndexByte(el, '{'); k > 0 && strings.HasSuffix(el, "}") {
				if _, err := fmt.Sscanf(el[k:], "{%d,%d}", &s.min, &s.max); err != nil {
					panic("signals: phrase " + spec + ": bad count " + el[k:])
				}
				el = el[:k]
			}
			for _, alt := range strings.Split(el, "|") {
				switch {
				case alt == "_":
					s.any = true
				case alt == "~":
					s.modifier = true
				case alt == "#":
					s.count = true
				case alt == "$":
					s.stop = true
				case strings.HasPrefix(alt, "@"):
					set, ok := named[alt[1:]]
					if !ok {
						panic("signals: phrase " + spec + ": no set " + alt)
					}
					for w := range set {
						s.words[w] = true
					}
				default:
					s.words[alt] = true
				}
			}
			p = append(p, s)
		}
		if len(p) == 0 || p[0].min == 0 || p[0].any || p[0].modifier || p[0].count || p[0].stop {
			panic("signals: phrase " + spec + ": must start with words")
		}
		words := make([]string, 0, len(p[0].words))
		for w := range p[0].words {
			words = append(words, w)
		}
		slices.Sort(words)
		for _, w := range words {
			ps.byFirst[w] = append(ps.byFirst[w], p)
		}
	}
	return ps
}

// find returns the spans of the phrases in the bullet, the shortest match at each start.
func (ps *phrases) find(b *bullet) []Span {
	var out []Span
	for i, w := range b.low {
		for _, p := range ps.byFirst[w] {
			if end := p.match(b, 1, i+1); end > i {
				out = append(out, Span{b.toks[i].Start, b.toks[end-1].End})
				break
			}
		}
	}
	return out
}

// The kinds of phrases, and one index over all of them: a bullet's tokens are looked
// up once, not once per kind.
const (
	phPeople = iota
	phTeam
	phTech
	phComm
	phKinds
)

type kindPhrase struct {
	kind int
	p    phrase
}

var allPhrases = func() map[string][]kindPhrase {
	idx := map[string][]kindPhrase{}
	for kind, ps := range [phKinds]*phrases{peoplePhrases, teamPhrases, techPhrases, commPhrases} {
		words := make([]string, 0, len(ps.byFirst))
		for w := range ps.byFirst {
			words = append(words, w)
		}
		slices.Sort(words)
		for _, w := range words {
			for _, p := range ps.byFirst[w] {
				idx[w] = append(idx[w], kindPhrase{kind, p})
			}
		}
	}
	return idx
}()

// findAllPhrases finds every kind of phrase in the bullet, like phrases.find.
func findAllPhrases(b *bullet) [phKinds][]Span {
	var out [phKinds][]Span
	for i, w := range b.low {
		var done [phKinds]bool
		for _, kp := range allPhrases[w] {
			if done[kp.kind] {
				continue
			}
			if end := kp.p.match(b, 1, i+1); end > i {
				out[kp.kind] = append(out[kp.kind], Span{b.toks[i].Start, b.toks[end-1].End})
				done[kp.kind] = true
			}
		}
	}
	return out
}

// match returns the end of a match of slots s... from token i, or -1.
func (p phrase) match(b *bullet, s, i int) int {
	if s == len(p) {
		return i
	}
	sl := p[s]
	if sl.stop && (i >= len(b.low) || !hasWordRune(b.low[i])) {
		if e := p.match(b, s+1, i); e >= 0 {
			return e
		}
	}
	for n := 0; ; n++ {
		if n >= sl.min {
			if e := p.match(b, s+1, i+n); e >= 0 {
				return e
			}
		}
		if n == sl.max || i+n >= len(b.low) || !sl.takes(b.low[i+n]) {
			return -1
		}
	}
}

func (sl slot) takes(w string) bool {
	return sl.words[w] || sl.any && hasWordRune(w) || sl.modifier && hasWordRune(w) && !joiners[w] || sl.count && countToken(w)
}

// joiners end a modifier gap: "restructured the codebase for three teams" is not a team restructured.
var joiners = set("for", "with", "to", "of", "in", "on", "at", "by", "from", "into", "across", "and", "or", "between", "among", "through", "via", "per", "than")

// countToken reports a token that is a number: "14", "1,200", "30+", "six", "dozens".
func countToken(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsDigit(r) || quantityWord(w) || numberWords[w]
}

var numberWords = set("thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred")

// phraseSets name the word sets that phrases use.
var phraseSets = map[string]map[string]bool{
	"persons": set("engineer", "engineers", "developer", "developers", "intern", "interns", "grad", "grads", "graduate", "graduates", "hire", "hires", "analyst", "analysts",
		"apprentice", "apprentices", "junior", "juniors", "tester", "testers", "designer", "designers", "sre", "sres", "member", "members", "contractor", "contractors", "them", "her", "him", "changers"),
	"moveVerbs": set("move", "moved", "moving", "step", "stepped", "stepping", "grow", "grew", "growing", "transition", "transitioned", "transitioning", "get", "got", "getting"),
	"roles":     set("management", "manager", "managers", "staff", "senior", "seniors", "principal", "architect", "architects", "owner", "owners", "role", "roles", "position", "positions", "offer", "offers"),
	"hired": set("engineer", "engineers", "developer", "developers", "hire", "hires", "people", "staff", "intern", "interns", "grad", "grads", "graduate", "graduates", "manager", "managers",
		"contractor", "contractors", "designer", "designers", "analyst", "analysts", "sre", "sres", "lead", "leads", "member", "members", "apprentice", "apprentices", "director", "directors"),
	// not "everyone" or "people": "brought everyone up to speed on the incident" is keeping people informed
	"newcomers": set("engineer", "engineers", "developer", "developers", "hire", "hires", "joiner", "joiners", "starter", "starters", "intern", "interns", "member", "members",
		"contractor", "contractors", "analyst", "analysts", "newcomers", "sre", "sres"),
	"reorgVerbs": set("reorganised", "reorganized", "reorganise", "reorganize", "reorganising", "reorganizing", "restructured", "restructure", "restructuring", "regrouped", "rebalanced", "rebalancing", "reshaped", "reshaping"),
	"splitVerbs": set("split", "splitting", "merged", "merging", "divided", "dividing", "carved"),
	"groups": set("team", "teams", "group", "groups", "squad", "squads", "org", "orgs", "organisation", "organization", "organisations", "organizations", "department", "departments",
		"engineers", "people", "tribe", "tribes", "pod", "pods"),
	"nominate": set("nominated", "nominate", "nominating", "nominates", "sponsor", "sponsored", "sponsoring", "sponsors"),
	"sponsored": set("engineer", "engineers", "developer", "developers", "reports", "people", "colleagues", "member", "members", "designer", "designers", "analyst", "analysts",
		"manager", "managers", "lead", "leads", "her", "him", "them"),
	"grownStaff":   set("engineers", "developers", "people", "staff", "designers", "analysts", "sres", "testers", "managers", "members", "hires", "employees", "scientists"),
	"audiences":    set("teams", "engineers", "developers", "org", "orgs", "organisation", "organization", "company", "users", "customers", "leadership", "departments", "squads", "community", "stakeholders"),
	"retained":     set("engineers", "developers", "people", "staff", "talent", "reports", "designers", "analysts", "managers", "leads"),
	"screenVerbs":  set("screened", "screen", "screening", "screens", "sifted", "sift", "sifting", "reviewed", "review", "reviewing", "read"),
	"applications": set("résumés", "resumes", "cvs", "applicants", "portfolios", "résumé", "resume"),
	"mediate":      set("mediated", "mediate", "mediating", "mediates"),
	"settle": set("brokered", "broker", "brokering", "defused", "defuse", "defusing", "settled", "settle", "settling", "resolved", "resolve", "resolving", "reached", "reach",
		"forged", "forge", "negotiated", "negotiate", "negotiating"),
	"accords":    set("agreement", "agreements", "truce", "peace", "compromise", "standoff", "stand-off", "impasse", "stalemate", "argument", "arguments", "friction", "clash", "clashes"),
	"sides":      set("the", "two", "three", "our", "my", "rival", "competing"),
	"disputants": set("leads", "engineers", "teams", "managers", "founders", "designers", "colleagues", "reports", "people", "members", "squads", "departments", "pms", "directors", "peers"),
	"dets":       set("a", "an", "the", "my", "our", "their"),
	// team framing
	"leadVerbs": set("headed", "heading", "heads", "head", "oversaw", "oversee", "oversees", "overseeing", "steered", "steering", "ran", "run", "runs", "running", "directed", "directing",
		"inherited", "assembled", "formed", "staffed"),
	"groupNouns": set("team", "teams", "squad", "squads", "pod", "pods", "crew", "crews", "group", "groups", "org", "orgs", "organisation", "organization", "department", "tribe", "unit"),
	"sizedNouns": set("squad", "squads", "crew", "crews", "pod", "pods", "group", "groups", "org", "organisation", "organization", "department", "tribe", "unit"),
	"approx":     set("about", "around", "over", "nearly", "some", "roughly"),
	"afterSize": set("engineers", "people", "developers", "designers", "analysts", "contractors", "staff", "sres", "testers", "across", "in", "at", "on", "after", "to", "through",
		"spanning", "who", "that", "and", "building", "working", "for", "with", "from", "while", "during", "into"),
	"enableVerbs": set("gave", "give", "gives", "giving", "let", "lets", "letting", "freed", "frees", "freeing", "equipped", "equips", "equipping", "spared", "allowed", "allowing", "allows"),
	"enableDets":  set("every", "all", "each", "the", "our", "my", "their", "other"),
	"enabled": set("engineer", "engineers", "developer", "developers", "analyst", "analysts", "designer", "designers", "manager", "managers", "pms", "agents", "reps", "technicians",
		"operators", "nurses", "clinicians", "doctors", "teachers", "scientists", "researchers", "testers", "recruiters", "accountants", "editors", "drivers", "dispatchers",
		"colleagues", "staff", "team", "teams", "squads", "sres"),
	"served": set("engineers", "developers", "analysts", "designers", "sres", "testers", "scientists"),
	"helpVerbs": set("managed", "manage", "manages", "managing", "saved", "grew", "grow", "growing", "built", "build", "building", "scaled", "scaling", "enabled", "enable", "enables",
		"enabling", "empowered", "empowering", "unblocked", "unblocking", "helped", "help", "helps", "helping", "supported", "supporting", "supports", "trained", "training", "guided", "coached"),
	// technical
	"lossWords":  set("loss", "lose", "losing", "lost", "failure", "outage", "evacuated", "evacuating", "evacuation"),
	"whole":      set("a", "an", "one", "the", "whole", "entire", "single", "full", "primary", "cloud"),
	"siteWords":  set("region", "zone", "az", "centre", "center", "datacenter", "datacentre", "data-centre", "data-center"),
	"faults":     set("duplicate", "duplicated", "double", "lost", "dropped", "dropping", "missing", "stale", "corrupt", "corrupted", "corrupting", "orphaned"),
	"records":    set("charge", "charges", "order", "orders", "payment", "payments", "record", "records", "event", "events", "message", "messages", "email", "emails", "notification", "notifications", "transaction", "transactions", "write", "writes", "entries", "rows", "booking", "bookings", "refund", "refunds", "invoice", "invoices", "payout", "payouts"),
	"runsWords":  set("work", "works", "working", "worked", "run", "runs", "running", "usable", "available"),
	"freqWords":  set("nightly", "daily", "weekly", "hourly", "monthly"),
	"freshWords": set("hourly", "real-time", "real", "near-real-time", "near", "streaming", "live", "minutes", "seconds", "every"),
	"helpDets":   set("a", "an", "the", "my", "our", "their", "other", "several", "multiple"),
	// groups and roles the team-framing lexicon's own pattern does not name
	"helped": set("squads", "pods", "crews", "departments", "engineer", "agents", "reps", "representatives", "technicians", "operators", "nurses", "clinicians", "doctors", "teachers",
		"scientists", "researchers", "testers", "recruiters", "accountants", "editors", "pms", "drivers", "dispatchers", "volunteers"),
}

var (
	peoplePhrases = compilePhrases(phraseSets,
		// people grown into a role: "grew two engineers into staff roles", "helped her move into management"
		"@persons @moveVerbs? through? into|to a|an|the|their|her|his|full-time|first? _{0,2} @roles",
		"@persons @moveVerbs? into|to a|an|the|their? tech|team|technical|engineering|squad|project|staff lead|leads",
		"@persons @moveVerbs? into|to a|an|the|their? tech-lead|team-lead|tech-leads|team-leads",
		"@persons @moveVerbs? into a|an|the|their? lead|leads",
		"@persons into a|an? _{0,2} developer|developers|engineer|engineers",
		// hiring said as bringing people in: "brought in 14 engineers", "took on two interns"
		"brought|bring|brings|bringing|took|taking|takes in|on|aboard a|an|#? ~{0,2} @hired",
		"brought|bring|brings|bringing a|an|# _{0,2} @hired in|into|on|onto|aboard",
		// onboarding people: "brought four engineers up to speed", "ramped up three new SREs", "engineers joining"
		"@newcomers up to speed",
		"ramp|ramped|ramping|ramps up #|a|an|the|our|my? ~{0,2} @newcomers",
		"engineers|engineer|hires|staff|newcomers who? joining|joined|join|joins",
		// reorganising people: "reorganised 45 engineers into teams", "split a 25-engineer group into three squads"
		"@reorgVerbs a|an|the|my|our|#? ~{0,2} @groups",
		"@splitVerbs a|an|the|my|our|#? ~{0,2} @groups into|around|by",
		// sponsoring people: "nominated three engineers for the staff track"
		"@nominate a|an|my|our|#? ~{0,2} @sponsored for|to",
		// keeping people: "kept an engineer from quitting", "retained all six senior engineers"
		"from quitting|resigning",
		"from burning out",
		"from leaving the company|team|org",
		"retain|retained|retaining|retains all|every|our|my|the|#? ~{0,2} @retained",
		// screening applicants: "screened 150 résumés", "sifted hundreds of CVs"
		"@screenVerbs #|the|all? of? _? @applications",
		// a team's growth: "from 3 to 25 engineers", "from two engineers to seven"
		"from # to # @grownStaff",
		"from # @grownStaff to #",
		// managing performance: "set clear expectations with a senior engineer", "let go of two engineers"
		"set|setting|reset clear? expectations with _{0,2} @sponsored",
		"let|letting go of a|an|the|two|three|# _{0,2} @hired",
		"parted|parting ways with a|an|the|two|three|# _{0,2} @hired",
		// hiring steps: "sourced 200 engineers", "extended 12 offers", "six engineers reported to me"
		"sourced|sourcing # ~{0,2} @hired",
		"extended|closed|made # _? offers",
		"@hired reported|report|reporting to me",
		// one's reports: "each of my eight reports"
		"my #? reports",
		// settling a conflict between people: "brokered an agreement between two leads", "mediated between the founders"
		"@mediate _{0,4} between|among @sides{0,3} _{0,3} @disputants",
		"@settle a|an|the? _{0,2} @accords between|among @sides{0,3} _{0,3} @disputants",
	)
	techPhrases = compilePhrases(phraseSets,
		// surviving the loss of part of the infrastructure: "the loss of a whole region"
		"@lossWords of? @whole{0,3} availability|data? @siteWords",
		// records lost, doubled or dropped by a system: "double charges", "silently dropping refunds"
		"@faults @records",
		"@runsWords offline",
		// data made fresher: "from weekly to hourly", "from nightly to real time"
		"from @freqWords _? to @freshWords",
	)
	commPhrases = compilePhrases(phraseSets,
		// advocating a thing to people: "promoted the new design system to the other product teams"
		"promoted|promote|promoting|promotes the|a|an|our|its|this _{0,3} to|across|among|within the|other|all|every|our{0,2} _? @audiences",
	)
	teamPhrases = compilePhrases(phraseSets,
		// leading a group by another verb: "headed a six-person squad", "ran a four-engineer pod", "took over a group of five"
		"@leadVerbs a|an|the|my|our|# ~{0,2} @groupNouns",
		"took|taking|take over a|an|the|my|our|# ~{0,2} @groupNouns",
		"stood|stand|standing up a|an|the|my|our|# ~{0,2} @groupNouns",
		// a group's size: "a squad of seven", "an engineering organisation of 85"
		"@sizedNouns of @approx? # @afterSize|$",
		"@sizedNouns of @approx? a dozen",
		// enabling named people: "gave every engineer a local environment", "let product managers ship"
		"@enableVerbs @enableDets|#{0,3} _? @enabled",
		// a count of named people served: "cut time-to-merge for 40 engineers", "for every developer"
		"for all|every|each|the|our? # of? _? @served",
		"for all|every|each _? @enabled",
		// work made easier for named people: "made releases safer for the on-call engineers"
		"easier|faster|simpler|safer|quicker|possible for all|every|each|the|our|other? _? @enabled",
		// groups and roles helped, managed or saved time for beyond the lexicon's pattern
		"@helpVerbs @helpDets? #? ~{0,2} @helped",
	)
)
