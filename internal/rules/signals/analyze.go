package signals

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/resumecheck/resumecheck/internal/nlp"
	"github.com/resumecheck/resumecheck/internal/rules/lexicon"
)

// Lexicons the analyzer reads, by name. A user's lexicon set may override any of
// them but must not drop one.
var Lexicons = []string{
	"adjectival_participles", "be_forms", "communication", "first_person", "functions",
	"irregular_participles", "lead_verbs", "metric_nouns", "people", "pm",
	"quantity_words", "strong_verbs", "team_framing", "technical", "units", "weak_openers",
}

// Analyzer computes Signals for bullets. It is safe for concurrent use.
type Analyzer struct {
	model *nlp.Model
	lex   map[string]*lexicon.Lexicon
}

// NewAnalyzer checks that lex holds every lexicon the analyzer reads.
func NewAnalyzer(lex *lexicon.Set, m *nlp.Model) (*Analyzer, error) {
	if m == nil {
		return nil, fmt.Errorf("signals: no language model")
	}
	a := &Analyzer{model: m, lex: map[string]*lexicon.Lexicon{}}
	for _, name := range Lexicons {
		l, ok := lex.Get(name)
		if !ok {
			return nil, fmt.Errorf("signals: lexicon %q is missing; keep a file with name: %s among the lexicons", name, name)
		}
		a.lex[name] = l
	}
	return a, nil
}

var (
	defaultOnce     sync.Once
	defaultAnalyzer *Analyzer
	defaultErr      error
)

// Default returns the analyzer built from the built-in lexicons and the shared
// model, built once per process.
func Default() (*Analyzer, error) {
	defaultOnce.Do(func() {
		// The model loads while the lexicons parse: a fresh process waits for both
		// before its first résumé, and they share nothing.
		model := make(chan *nlp.Model, 1)
		go func() { model <- nlp.Shared() }()
		set, err := lexicon.Builtin()
		m := <-model
		if err != nil {
			defaultErr = err
			return
		}
		defaultAnalyzer, defaultErr = NewAnalyzer(set, m)
	})
	return defaultAnalyzer, defaultErr
}

// Analyze returns the signals of one bullet.
func (a *Analyzer) Analyze(text string) Signals {
	s, _ := a.AnalyzeTokens(text)
	return s
}

// bullet is one bullet under analysis: its runes, tokens and a lower-case copy of
// each token's text.
type bullet struct {
	text  string
	runes []rune
	toks  []nlp.Token
	low   []string
	first int // index of the first token that holds a letter or digit, or -1
	prep  *lexicon.Text
	// phrases found in the bullet, by kind (phPeople, ...), in one pass over its tokens
	phr [phKinds][]Span
}

// AnalyzeTokens returns the signals of one bullet and its tagged tokens, for rules
// that look at part-of-speech sequences.
func (a *Analyzer) AnalyzeTokens(text string) (Signals, []nlp.Token) {
	b := &bullet{text: text, runes: []rune(text), toks: a.model.Tag(text), first: -1, prep: lexicon.Prepare(text)}
	b.low = make([]string, len(b.toks))
	for i, t := range b.toks {
		b.low[i] = strings.ToLower(t.Text)
		if b.first < 0 && hasWordRune(t.Text) {
			b.first = i
		}
	}
	b.phr = findAllPhrases(b)
	s := Signals{Evidence: map[string][]Span{}}
	set := func(name string, spans []Span) bool {
		if len(spans) == 0 {
			return false
		}
		s.Evidence[name] = spans
		return true
	}
	s.Words = countWords(text)
	s.Quantified = set(Quantified, a.quantified(b))
	s.FirstPerson = set(FirstPerson, a.firstPerson(b))
	people := a.people(b)
	s.People = set(People, people)
	s.TeamFraming = set(TeamFraming, merge(a.teamFraming(b, people), people))
	s.CrossTeam = set(CrossTeam, a.crossTeam(b))
	s.Technical = set(Technical, a.technical(b, people))
	s.PM = set(PM, a.pm(b))
	s.Communication = set(Communication, a.communication(b))
	weak := a.weakOpener(b)
	s.WeakOpener = set(WeakOpener, weak)
	s.Passive = set(Passive, a.passive(b))
	if len(weak) == 0 {
		s.ActionVerb = a.actionVerb(b)
	}
	if len(s.Evidence) == 0 {
		s.Evidence = nil
	}
	return s, b.toks
}

func countWords(text string) int {
	n := 0
	for _, f := range strings.Fields(text) {
		if hasWordRune(f) {
			n++
		}
	}
	return n
}

func hasWordRune(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// find returns the spans of a lexicon in the bullet.
func (a *Analyzer) find(name string, b *bullet) []Span {
	var out []Span
	for _, sp := range a.lex[name].FindText(b.prep) {
		out = append(out, Span{sp[0], sp[1]})
	}
	return out
}

// tokenAt returns the index of the first token that ends after rune offset r, or
// len(toks).
func (b *bullet) tokenAt(r int) int {
	for i, t := range b.toks {
		if t.End > r {
			return i
		}
	}
	return len(b.toks)
}

// word returns the lower-case token i, or "" out of range.
func (b *bullet) word(i int) string {
	if i < 0 || i >= len(b.low) {
		return ""
	}
	return b.low[i]
}

func (b *bullet) span(sp Span) string { return string(b.runes[sp.Start:sp.End]) }

// near reports whether any of words occurs among the n tokens before token i (back)
// or after token j (ahead).
func (b *bullet) near(i, j, back, ahead int, words map[string]bool) bool {
	for k := i - back; k < i; k++ {
		if words[b.word(k)] {
			return true
		}
	}
	for k := j + 1; k <= j+ahead; k++ {
		if words[b.word(k)] {
			return true
		}
	}
	return false
}

func merge(a, b []Span) []Span {
	out := append(slices.Clone(a), b...)
	slices.SortFunc(out, func(x, y Span) int {
		if x.Start != y.Start {
			return x.Start - y.Start
		}
		return x.End - y.End
	})
	return slices.Compact(out)
}

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// ---- first person and openers

func (a *Analyzer) firstPerson(b *bullet) []Span {
	var out []Span
	for _, sp := range a.find("first_person", b) {
		if isIO(b, sp) || sp.Start > 0 && b.runes[sp.Start-1] == '-' || sp.End < len(b.runes) && b.runes[sp.End] == '-' {
			continue // "I/O", "ask-me-anything"
		}
		out = append(out, sp)
	}
	return out
}

// isIO reports a span that is the "I" of "I/O".
func isIO(b *bullet, sp Span) bool {
	return sp.End < len(b.runes) && b.runes[sp.End] == '/' ||
		sp.Start > 0 && b.runes[sp.Start-1] == '/'
}

// openerStart is the rune offset of the bullet's first letter or digit.
func openerStart(b *bullet) int {
	for i, r := range b.runes {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return i
		}
	}
	return -1
}

func (a *Analyzer) weakOpener(b *bullet) []Span {
	start := openerStart(b)
	for _, sp := range a.find("weak_openers", b) {
		if sp.Start != start {
			continue
		}
		w := b.span(sp)
		if isIO(b, sp) || w == "US" {
			return nil
		}
		return []Span{sp}
	}
	return nil
}

var verbTags = set("VB", "VBD", "VBN", "VBP", "VBZ")

// notActions are verbs that open a bullet without saying what was done.
var notActions = set("was", "were", "is", "are", "am", "be", "been", "had", "has", "have",
	"did", "do", "does", "got", "get", "used", "went", "became", "seemed", "made")

func (a *Analyzer) actionVerb(b *bullet) string {
	if b.first < 0 {
		return ""
	}
	t := b.toks[b.first]
	w := b.low[b.first]
	if a.lex["strong_verbs"].Has(w) {
		return w
	}
	if notActions[w] || a.lex["weak_openers"].Has(w) {
		return ""
	}
	if verbTags[t.Tag] && (t.Tag != "VBN" && t.Tag != "VBD" || strings.HasSuffix(w, "ed")) {
		return w
	}
	return ""
}

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
		if groupWords[b.low[j]] && (b.word(j+1) == "'s" || b.word(j+1) == "’s") {
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

// groupWords end a phrase naming a group of people.
var groupWords = set("team", "teams", "org", "orgs", "organisation", "organization", "department", "departments", "group", "groups", "squad", "squads")

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

// ---- topics

// capitalOnly terms are technologies only when written with a capital (Go, C, R,
// Rust, Swift): in lower case they are ordinary words.
var capitalOnly = set("go", "c", "r", "rust", "swift", "express", "spring", "chef", "puppet", "node", "lambda", "dart", "helm", "ai", "sap")

func (a *Analyzer) technical(b *bullet, people []Span) []Span {
	var out []Span
	for _, sp := range merge(a.find("technical", b), b.phr[phTech]) {
		w := b.span(sp)
		lw := strings.ToLower(w)
		if capitalOnly[lw] {
			if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
				continue
			}
			if sp.End < len(b.runes) && (b.runes[sp.End] == '-' || b.runes[sp.End] == '&') {
				continue // "go-to-market", "C-suite", "R&D"
			}
			if lw == "go" && sp.Start == openerStart(b) && b.tokenAt(sp.Start)+1 < len(b.toks) && b.toks[b.tokenAt(sp.Start)+1].Text != "," {
				continue // "Go live with…"
			}
		}
		if inside(sp, people) {
			continue // "performance reviews"
		}
		if lw == "build" && buyRe.MatchString(string(b.runes[sp.End:])) {
			continue // "build-versus-buy": a sourcing decision
		}
		if (lw == "model" || lw == "models") && businessModels[b.word(b.tokenAt(sp.Start)-1)] {
			continue // "the pricing model", "our operating model"
		}
		if strings.HasPrefix(lw, "pipeline") && nonTechPipeline[b.word(b.tokenAt(sp.Start)-1)] {
			continue // "hiring pipeline", "sales pipeline"
		}
		if (lw == "spring" || lw == "fall") && isYear(b.word(b.tokenAt(sp.End-1)+1)) {
			continue // "Spring 2021"
		}
		if lw == "testers" || lw == "tester" {
			continue // "beta testers": people who try a product, not testing work
		}
		if strings.HasPrefix(lw, "backup") && plannedBackups[b.word(b.tokenAt(sp.End-1)+1)] {
			continue // "a backup plan", "the backup on-call owner": a fallback, not a copy of data
		}
		if (strings.HasPrefix(lw, "spin") || strings.HasPrefix(lw, "spun")) && groupWithin(b, b.tokenAt(sp.End-1)+1, 3) {
			continue // "spun up a new squad": a team formed, not machines started
		}
		if lw == "technical" && sp.Start >= 4 && strings.EqualFold(string(b.runes[sp.Start-4:sp.Start]), "non-") {
			continue
		}
		out = append(out, sp)
	}
	return out
}

// plannedBackups after "backup" make it a fallback, not a copy of data.
var plannedBackups = set("plan", "plans", "option", "options", "person", "people", "owner", "owners", "role", "roles", "lead", "contact", "contacts", "approver", "approvers")

// groupWithin reports a word naming a group of people among the n tokens from k on.
func groupWithin(b *bullet, k, n int) bool {
	for m := k; m < len(b.low) && m < k+n; m++ {
		if phraseSets["groupNouns"][b.low[m]] || peopleNouns[b.low[m]] {
			return true
		}
	}
	return false
}

var (
	buyRe          = regexp.MustCompile(`(?i)^[-\s]+(versus|vs\.?|or)[-\s]+buy\b`)
	businessModels = set("pricing", "business", "operating", "revenue", "financial", "staffing", "engagement", "delivery", "support", "governance", "commercial", "subscription", "licensing", "service", "hiring", "funding")
)

var nonTechPipeline = set("hiring", "sales", "recruiting", "candidate", "talent", "revenue", "deal", "deals")

func overlaps(sp Span, spans []Span) bool {
	for _, o := range spans {
		if o.Start < sp.End && sp.Start < o.End {
			return true
		}
	}
	return false
}

func inside(sp Span, spans []Span) bool {
	for _, o := range spans {
		if o.Start <= sp.Start && sp.End <= o.End {
			return true
		}
	}
	return false
}

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

var (
	audienceOfTalk = set("students", "engineers", "audience", "audiences", "people", "attendees", "developers", "executives", "customers", "leadership", "the")
	machineParts   = set("services", "microservices", "systems", "components", "processes", "nodes", "devices", "modules", "apps", "applications", "servers", "threads", "containers")
	dataDocs       = set("million", "billion", "thousand", "json", "xml", "bson", "indexed", "search", "mongodb", "elasticsearch", "scanned", "pdf")
)

// personalThings after "talk about" make it a conversation with someone.
var personalThings = set("their", "his", "her", "your", "career", "careers", "goals", "growth", "feedback", "concerns", "worries", "wellbeing")

// configTools write their own "playbooks": an Ansible playbook is code run against
// machines, not a document for people.
var configTools = set("ansible", "chef", "puppet", "salt", "saltstack", "terraform", "awx")

// machineTalk before "communication" makes it machines talking: "serial communication".
var machineTalk = set("cellular", "serial", "wireless", "radio", "network", "satellite", "emergent", "optical", "asynchronous", "synchronous", "async", "sync", "inter-process", "interprocess", "peer-to-peer", "bluetooth", "service", "process", "machine", "device", "node", "thread", "module", "component", "server", "intra-service", "inter-service", "inter-node", "can", "uart", "rpc", "grpc", "mqtt", "secure", "encrypted", "two-way", "real-time", "realtime", "tcp", "udp", "http", "socket", "m2m", "v2x")

var techChannel = set("protocol", "protocols", "layer", "layers", "bus", "channel", "channels", "stack", "link", "links", "module", "modules", "interface", "interfaces", "middleware", "patterns")

var (
	dashes   = set("-", "–", "—", "\u00ad", "‐", "‑", "−") // soft and non-breaking hyphens come from PDFs
	dateDash = set("to", "till", "until", "through", "thru")
)

func (a *Analyzer) communication(b *bullet) []Span {
	var out []Span
	for _, sp := range merge(a.find("communication", b), b.phr[phComm]) {
		i := b.tokenAt(sp.Start)
		lw := strings.ToLower(b.span(sp))
		if lw == "speaker" && (b.word(i-1) == "native" || b.word(i-1) == "fluent") {
			continue // "native speaker": a language level
		}
		if lw == "taught" && (b.word(i+1) == "myself" || b.word(i+1) == "himself" || b.word(i+1) == "herself") {
			continue
		}
		if lw == "present" && (dashes[b.word(i-1)] || dateDash[b.word(i-1)] && isYear(b.word(i-2))) {
			continue // "2015 - Present": a date range
		}
		if lw == "spoke" && b.word(i-1) == "and" && b.word(i-2) == "hub" || lw == "spoke" && sp.Start > 0 && b.runes[sp.Start-1] == '-' {
			continue // "hub and spoke": a network topology
		}
		if (lw == "talk" || lw == "talks") && strings.HasPrefix(b.toks[i].Tag, "VB") && b.word(i+1) == "to" && !b.near(i, i, 0, 3, audienceOfTalk) {
			continue // "the client talks to two services"
		}
		if (lw == "talk" || lw == "talked" || lw == "talking") && strings.HasPrefix(b.toks[i].Tag, "VB") && (b.word(i+1) == "about" || b.word(i+1) == "through" || b.word(i+1) == "over") && b.near(i, i+1, 0, 2, personalThings) {
			continue // "met each report to talk about their goals": a conversation, not a talk
		}
		if strings.HasPrefix(lw, "communicat") && (b.word(i+1) == "between" || b.word(i+1) == "among") && b.near(i, i+1, 0, 5, machineParts) {
			continue // "communication between the services"
		}
		if strings.HasPrefix(lw, "document") && (b.toks[i].Tag == "NNS" || b.toks[i].Tag == "NN") && i > 0 && (b.toks[i-1].Tag == "CD" || quantityWord(b.word(i-1)) || dataDocs[b.word(i-1)]) {
			continue // "1 billion documents", "JSON documents": data, not writing
		}
		if strings.HasPrefix(lw, "playbook") && b.near(i, i, 3, 3, configTools) {
			continue // "Ansible playbooks": configuration code
		}
		if lw == "shared" || strings.HasPrefix(lw, "shared ") {
			if determiners[b.word(i-1)] {
				continue // "the shared roadmap": an adjective, not sharing
			}
		}
		if strings.HasPrefix(lw, "communicat") && (machineTalk[b.word(i-1)] || machineTalk[hyphenPrefix(b, sp)]) {
			continue // "cellular communication", "inter-service communication": signals between machines
		}
		if strings.HasPrefix(lw, "communicat") && techChannel[b.word(b.tokenAt(sp.End-1)+1)] {
			continue // "communication protocols": a system property
		}
		if strings.HasPrefix(lw, "present") && b.word(b.tokenAt(sp.End-1)+1) == "with" || hyphenPrefix(b, sp) == "self" {
			continue // "was presented with an award", "self-taught"
		}
		if lw == "speaking" && hyphenPrefix(b, sp) != "" {
			continue // "Spanish-speaking customers": a language, not a talk
		}
		if lw == "guide" && strings.HasPrefix(b.toks[i].Tag, "VB") || (lw == "influenced" || lw == "educated") && (b.word(i+1) == "by" || b.word(i+1) == "at" || b.word(i+1) == "in") {
			continue // "to guide the team", "influenced by", "educated at Oxford"
		}
		if a.commThing(b, sp, i, lw) {
			continue
		}
		out = append(out, sp)
	}
	return out
}

// commNouns are communication words that also name data or parts of a system: "the
// document store", "the presentation layer", "order summary endpoint".
var commNouns = set("document", "documents", "article", "articles", "summary", "summaries", "specification", "specifications", "spec", "specs", "presentation", "conference", "conferences", "proposal", "proposals", "report", "reports", "newsletter", "newsletters", "blog", "wiki", "webinar", "demo", "slides", "showcase")

// machineNouns after a communication noun make it part of a system.
var machineNouns = set("layer", "layers", "storage", "store", "stores", "parser", "parsers", "parsing", "endpoint", "endpoints", "file", "files", "service", "services", "api", "apis", "schema", "schemas", "model", "models", "pipeline", "pipelines", "database", "databases", "db", "index", "indexing", "search", "generator", "generation", "engine", "renderer", "rendering", "viewer", "upload", "uploads", "processing", "extraction", "classification", "classifier", "table", "tables", "component", "components", "module", "modules", "room", "rooms", "system", "systems", "cache", "queue", "format", "formats", "objects", "bucket", "buckets", "ingestion", "microservice", "widget", "widgets", "environment", "environments", "server", "servers", "scanner", "ocr", "tool", "tooling", "statistics", "stats", "view", "views", "screen", "screens")

// machineVerbs take data as their object: "stored articles", "parsed specification files".
var machineVerbs = set("stored", "store", "storing", "indexed", "indexing", "parsed", "parse", "parsing", "ingested", "ingest", "ingesting", "cached", "caching", "processed", "processing", "scraped", "scraping", "crawled", "crawling", "rendered", "rendering", "serialised", "serialized", "classified", "classifying", "deduplicated", "extracted", "extracting", "tokenised", "tokenized", "compressed", "encrypted", "uploaded", "synced", "replicated", "sharded", "archived", "validated", "digitised", "digitized", "ocred", "transcoded")

// machineObjects published are artefacts of a build or a stream, not writing.
var machineObjects = set("images", "image", "events", "event", "packages", "package", "artifacts", "artefacts", "messages", "message", "metrics", "builds", "build", "containers", "libraries", "library", "crates", "gems", "modules", "binaries", "releases", "apps", "app", "records", "data", "datasets", "topics", "logs", "traces", "updates", "firmware", "versions", "changes", "schemas")

// personWord reports a word naming people: "engineers who", not "a map that".
func personWord(w string) bool {
	return peopleNouns[w] || audience[w] || w == "i" || w == "who" || w == "someone" || w == "anyone" || w == "everyone"
}

// commThing reports a communication word that names part of a system or its data
// rather than someone communicating.
func (a *Analyzer) commThing(b *bullet, sp Span, i int, lw string) bool {
	j := b.tokenAt(sp.End - 1)
	if commNouns[lw] {
		next := b.word(j + 1)
		if sp.End < len(b.runes) && b.runes[sp.End] == '-' {
			// "conference-room", "document-store": the word glued after decides
			k := sp.End + 1
			for k < len(b.runes) && unicode.IsLetter(b.runes[k]) {
				k++
			}
			next = strings.ToLower(string(b.runes[sp.End+1 : k]))
		}
		if machineNouns[next] || next != "" && a.lex["technical"].Has(next) && !a.lex["communication"].Has(next) {
			return true // "the document storage service", "the presentation layer"
		}
		// the object of a verb that handles data: "stored articles", "parsed specification files"
		k := i - 1
		for k >= 0 && k >= i-3 && (determiners[b.low[k]] || b.toks[k].Tag == "JJ" || b.toks[k].Tag == "CD" || b.toks[k].Tag == "NN" || b.toks[k].Tag == "NNP") && !machineVerbs[b.low[k]] {
			k--
		}
		if machineVerbs[b.word(k)] {
			return true
		}
	}
	// a clause about a thing: "a map that presents live readings", "a bot that posts
	// deploy summaries"
	for k := i - 1; k >= 1 && k >= i-4; k-- {
		if rel := b.low[k]; rel == "that" || rel == "which" {
			if !personWord(b.low[k-1]) && strings.HasPrefix(b.toks[k-1].Tag, "NN") {
				return true
			}
			break
		}
		if t := b.toks[k].Tag; !(strings.HasPrefix(t, "NN") || strings.HasPrefix(t, "VB") || t == "JJ" || t == "DT") {
			break
		}
	}
	if strings.HasPrefix(lw, "publish") {
		// "published Docker images", "published order events to Kafka": build and stream artefacts
		tech, words := false, false
		for k := j + 1; k < len(b.toks) && k <= j+4; k++ {
			w := b.low[k]
			if b.toks[k].Tag == "IN" || b.toks[k].Tag == "TO" || !hasWordRune(w) {
				break
			}
			if a.lex["communication"].Has(w) || writtenThings[w] {
				words = true
			}
			if machineObjects[w] || a.lex["technical"].Has(w) {
				tech = true
			}
		}
		if tech && !words {
			return true
		}
	}
	return false
}

// writtenThings are what people publish to be read.
var writtenThings = set("paper", "papers", "post", "posts", "guide", "guides", "book", "books", "chapter", "chapters", "study", "studies", "research", "findings", "results", "notes", "essay", "essays", "story", "stories", "series", "report", "reports", "postmortem", "postmortems")

// ---- passive voice

var skipAfterBe = set("not", "also", "then", "later", "all", "successfully", "fully", "being", "been", "be", "subsequently", "eventually", "quickly", "largely", "mostly", "now", "since")

var compoundAdjectives = set("driven", "oriented", "related", "powered", "backed", "facing", "minded", "owned", "funded", "led", "centred", "centered")

var notParticiples = set("indeed", "need", "seed", "speed", "feed", "bed", "red", "shed", "greed", "based", "hundred", "sacred", "naked", "wicked", "rugged")

func (a *Analyzer) passive(b *bullet) []Span {
	be := a.lex["be_forms"]
	var out []Span
	for i := 0; i < len(b.toks); i++ {
		if !be.Has(b.low[i]) || b.toks[i].Tag == "POS" {
			continue // "the sector's segregated network": a possessive
		}
		j := i + 1
		for j < len(b.toks) && (skipAfterBe[b.low[j]] || strings.HasPrefix(b.toks[j].Tag, "RB")) {
			j++
		}
		if j >= len(b.toks) {
			break
		}
		w, tag := b.low[j], b.toks[j].Tag
		if a.lex["adjectival_participles"].Has(w) || notParticiples[w] {
			continue
		}
		if k := strings.LastIndexByte(w, '-'); k >= 0 && (a.lex["adjectival_participles"].Has(w[k+1:]) || compoundAdjectives[w[k+1:]]) {
			continue // "cloud-based", "data-driven"
		}
		if w == "used" && b.word(j+1) == "to" {
			continue
		}
		isPart := tag == "VBN" ||
			(len(w) > 3 && strings.HasSuffix(w, "ed") && (tag == "VBD" || tag == "JJ" || tag == "VBN" || strings.HasPrefix(tag, "NN"))) ||
			a.lex["irregular_participles"].Has(w)
		if !isPart {
			continue
		}
		out = append(out, Span{b.toks[i].Start, b.toks[j].End})
		i = j
	}
	return out
}

// ---- quantities

var (
	numRe = regexp.MustCompile(`(?i)(?:[$€£¥]\s?)?[~≈+±]?\d+(?:[.,]\d+)*(?:\s?(?:%|percent\b|per cent\b))?`)
	// suffixes glued to a number that make it a measured quantity
	qtySuffix = set("k", "m", "mm", "b", "bn", "x", "ms", "s", "h", "hr", "hrs", "gb", "tb", "mb", "pb", "kb", "rps", "qps", "tps", "min", "mins", "k+", "m+")
	ordinal   = set("st", "nd", "rd", "th")
	// words before a number that make it a label or version
	labelWords     = set("version", "v", "release", "level", "tier", "phase", "step", "stage", "round", "gen", "generation", "series", "number", "no", "no.", "grade", "class", "room", "route", "chapter", "section", "week", "day", "sprint", "iteration", "cohort", "batch", "page", "top", "vol", "vol.", "volume", "issue", "pp", "pp.", "no.", "aged", "age", "ages")
	durationBefore = set("after", "for", "over", "during", "of", "across", "spanning", "within", "first", "last", "next", "past")
	savedWords     = set("saved", "saving", "saves", "cut", "reduced", "reducing", "shortened", "ahead", "sooner", "faster", "freed", "recovered")
	courseRe       = regexp.MustCompile(`\b[A-Z]{2,4}\s?\d{3,4}[A-Z]?\b`)
	phoneRe        = regexp.MustCompile(`(\+\d{1,3}[\s.-]?)?\(?\d{2,4}\)?[\s.-]\d{3,4}[\s.-]\d{3,4}`)
	gpaRe          = regexp.MustCompile(`(?i)\b(c?gpa|grade point)\b`)
	durationRe     = regexp.MustCompile(`^-(year|yr|month)s?\b`)
	awardRe        = regexp.MustCompile(`(?i)\b\d+\s+under\s+\d+\b`) // "30 Under 30": an award's name
	dateRe         = regexp.MustCompile(`\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b\d{1,2}/\d{4}\b|\b\d{4}-\d{2}(-\d{2})?\b`)
)

func (a *Analyzer) quantified(b *bullet) []Span {
	text := b.text
	var out []Span
	// numRe and every exclusion need an ASCII digit (RE2's \d): a bullet without
	// one (most rewrites tried while scoring) skips the six regexes.
	var nums, excluded [][]int
	gpa := false
	if strings.ContainsAny(text, "0123456789") {
		skip := func(re *regexp.Regexp) [][]int { return re.FindAllStringIndex(text, -1) }
		excluded = append(append(skip(courseRe), skip(phoneRe)...), append(skip(dateRe), skip(awardRe)...)...)
		gpa = gpaRe.MatchString(text)
		nums = numRe.FindAllStringIndex(text, -1)
	}
	units := a.lex["units"]
	for _, m := range nums {
		s, e := m[0], m[1]
		if within(excluded, s, e) {
			continue
		}
		match := text[s:e]
		before, _ := utf8.DecodeLastRuneInString(text[:s])
		after, _ := utf8.DecodeRuneInString(text[e:])
		// glued to a label: p99, Q3, L3, EC2, v2, #1, HTTP/2, 1:1, GPT-4, N+1
		if unicode.IsLetter(before) || before == '#' || before == ':' || before == '\'' || before == '_' || before == '+' {
			continue
		}
		if before == '/' || before == '-' || before == '.' {
			prev, _ := utf8.DecodeLastRuneInString(text[:s-1])
			if unicode.IsLetter(prev) || before == '/' {
				continue
			}
		}
		if (after == '/' || after == ':') && e+1 < len(text) && isDigitByte(text[e+1]) {
			continue // 24/7, 1:1, 10:30
		}
		if digits := strings.TrimLeft(match, "~≈+±"); len(digits) > 1 && digits[0] == '0' && isDigitByte(digits[1]) {
			continue // a code with leading zeros: "(003)"
		}
		if s == listStart(text) && (after == '.' || after == ')' || after == ']') || before == '[' && after == ']' {
			continue // list numbering: "1. Title", "[2] A. Author"
		}
		if gpa && strings.Contains(match, ".") {
			continue // "GPA: 3.83 / 4.0"
		}
		// glued suffix: 3x, 10k, 38ms; 1st, 3D, 2FA are labels
		suffix := ""
		for k := e; k < len(text); {
			r, n := utf8.DecodeRuneInString(text[k:])
			if !unicode.IsLetter(r) && r != '+' {
				break
			}
			suffix += string(unicode.ToLower(r))
			k += n
		}
		strong := strings.ContainsAny(match, "$€£¥%") || strings.Contains(strings.ToLower(match), "percent") || strings.Contains(strings.ToLower(match), "per cent")
		glued := suffix
		suffix = strings.TrimPrefix(suffix, "+") // "30+ tickets"
		if suffix != "" {
			switch {
			case qtySuffix[suffix] || qtySuffix[strings.TrimSuffix(suffix, "+")]:
				strong = true
			case ordinal[suffix]:
				continue
			default:
				continue
			}
		}
		if !strong && text[e+len(glued):] != "" && text[e+len(glued)] == '/' {
			continue // "10.1234/neurips" (a DOI), "3/4"
		}
		if durationRe.MatchString(text[e:]) && !strings.ContainsAny(match, "$€£¥%") {
			continue // "a 4-year program", "3-month contract"
		}
		if strings.TrimSpace(text[e:]) == "" && !strong && suffix == "" && countWords(text) <= 3 {
			continue // "Accomplishment 1", "Job description 2": a numbered placeholder
		}
		rs := utf8.RuneCountInString(text[:s])
		re := rs + utf8.RuneCountInString(match) + utf8.RuneCountInString(glued)
		sp := Span{rs, re}
		if strong {
			out = append(out, sp)
			continue
		}
		ti := b.tokenAt(rs)
		tj := b.tokenAt(re - 1)
		// the token after the number (skipping a "+" and a "-")
		nx := tj + 1
		for nx < len(b.low) && (b.low[nx] == "+" || b.low[nx] == "-") {
			nx++
		}
		next := b.word(nx)
		unit := next != "" && units.Has(next)
		digits := strings.TrimLeft(match, "~≈+±")
		if isYear(digits) && !unit {
			continue
		}
		if isDuration(b, ti, nx) {
			if !savedBefore(b, ti, savedWords) {
				continue // "5 years", "10+ years of experience", "after 18 months"
			}
		}
		// a version or label after a name: Java 17, Python 3.11, SOC 2, Windows 10
		if !unit && ti > 0 {
			prevTok := b.toks[ti-1]
			pw := b.low[ti-1]
			if labelWords[pw] || pw == "." && ti > 1 && labelWords[b.low[ti-2]] {
				continue // "vol. 12" may be split as "vol" "."
			}
			if r, _ := utf8.DecodeRuneInString(prevTok.Text); unicode.IsUpper(r) && prevTok.End == rs-1 {
				// "Python 3" even at the start; "Hired 12" is a verb and a count
				// a technology word that opens the bullet as its verb ("Migrated 300
				// customers") is the action, not a name
				verb := strings.HasPrefix(prevTok.Tag, "VB") || a.lex["strong_verbs"].Has(pw)
				if ti-1 != b.first || a.lex["technical"].Has(pw) && !verb {
					continue
				}
			}
		}
		out = append(out, sp)
	}
	for _, sp := range a.find("quantity_words", b) {
		lw := strings.ToLower(b.span(sp))
		i := b.tokenAt(sp.Start)
		if k := b.tokenAt(sp.End - 1); isDuration(b, i, k+1) && !savedBefore(b, i, savedWords) {
			continue // "five years of experience", "after six months"
		}
		if lw == "half" {
			if p := b.word(i - 1); p == "first" || p == "second" || p == "1st" || p == "2nd" {
				continue // "second half of 2023" is a date
			}
		}
		out = append(out, sp)
	}
	slices.SortFunc(out, func(x, y Span) int { return x.Start - y.Start })
	return out
}

// isDuration reports whether token next (after the number at token at) makes it a
// length of employment or study: "5 years", "after 18 months".
func isDuration(b *bullet, at, next int) bool {
	w := b.word(next)
	if w == "+" {
		w = b.word(next + 1)
	}
	switch w {
	case "year", "years", "yrs", "yr":
		return true
	case "months", "month":
		p := b.word(at - 1)
		return durationBefore[p] || p == "years" || p == "year" || p == "yrs"
	}
	return false
}

func savedBefore(b *bullet, i int, words map[string]bool) bool {
	for k := 0; k < i; k++ {
		if words[b.low[k]] {
			return true
		}
	}
	return false
}

func within(spans [][]int, s, e int) bool {
	for _, sp := range spans {
		if sp[0] <= s && e <= sp[1] {
			return true
		}
	}
	return false
}

// listStart is the byte offset of the first letter or digit of text after any
// bullet marks, where list numbering would be.
func listStart(text string) int {
	for i, r := range text {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return i
		}
	}
	return -1
}

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

func isYear(s string) bool {
	if len(s) != 4 {
		return false
	}
	for i := 0; i < 4; i++ {
		if !isDigitByte(s[i]) {
			return false
		}
	}
	return s >= "1950" && s <= "2039"
}

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
