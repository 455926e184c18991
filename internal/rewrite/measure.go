package rewrite

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/resumecheck/resumecheck/internal/signals"
	"github.com/resumecheck/resumecheck/internal/yamlx"
)

// Measure is what a bullet about one topic could be measured by (rules/vocabulary/
// measures.yaml).
type Measure struct {
	Topic    string   `yaml:"topic"`
	Words    []string `yaml:"words"`
	Has      []string `yaml:"has"`
	Verbs    []string `yaml:"verbs"`
	Within   int      `yaml:"within"`
	Claims   []string `yaml:"claims"`
	By       string   `yaml:"by"`
	Clause   string   `yaml:"clause"`
	Question string   `yaml:"question"`
}

type teamVocab struct {
	Clause       string   `yaml:"clause"`
	Shared       []string `yaml:"shared"`
	SizeNouns    []string `yaml:"size_nouns"`
	Question     string   `yaml:"question"`
	LeadVerbs    []string `yaml:"lead_verbs"`
	LeadQuestion string   `yaml:"lead_question"`
	// LearnerTitles are words of a title held while learning (intern, student): a
	// team of engineers behind such a bullet would be invented.
	LearnerTitles []string `yaml:"learner_titles"`
	// LeadTitles are words of a title that leads people (lead, head); ManagerWords
	// ("manager") lead engineers only right after one of ManagerFields.
	LeadTitles    []string `yaml:"lead_titles"`
	ManagerWords  []string `yaml:"manager_words"`
	ManagerFields []string `yaml:"manager_fields"`
	// Verbs are the opening verbs (base form, written in the past) the team clause
	// may go in front of.
	Verbs []string `yaml:"verbs"`
}

type measureFile struct {
	Measures []Measure `yaml:"measures"`
	Question string    `yaml:"question"`
	// QuestionsPerRole caps the questions asked of one role's bullets.
	QuestionsPerRole int       `yaml:"questions_per_role"`
	Team             teamVocab `yaml:"team"`
	Cross            struct {
		Question string `yaml:"question"`
	} `yaml:"cross_team"`

	sizeRE *regexp.Regexp
}

var measures = loadVocab("measures.yaml", parseMeasures)

func parseMeasures(file string, raw []byte) (*measureFile, error) {
	var m measureFile
	if err := yamlx.Decode(file, raw, &m); err != nil {
		return nil, err
	}
	check := func(path, s string, placeholder bool) error {
		if strings.TrimSpace(s) == "" {
			return yamlx.At(file, raw, path, "must not be empty")
		}
		if len(NewDigits("", s)) > 0 {
			return yamlx.At(file, raw, path, "a digit outside [brackets] would be a figure the candidate never gave")
		}
		if placeholder && !strings.Contains(s, "[") {
			return yamlx.At(file, raw, path, "an addition needs a [placeholder] for the candidate to fill")
		}
		return nil
	}
	for i, me := range m.Measures {
		if me.Topic == "" || len(me.Words) == 0 && len(me.Verbs) == 0 {
			return nil, yamlx.At(file, raw, fmt.Sprintf("$.measures[%d]", i), "a measure needs a topic and words or verbs")
		}
		if err := check(fmt.Sprintf("$.measures[%d].clause", i), me.Clause, true); err != nil {
			return nil, err
		}
		if err := check(fmt.Sprintf("$.measures[%d].question", i), me.Question, false); err != nil {
			return nil, err
		}
		if me.By != "" {
			if err := check(fmt.Sprintf("$.measures[%d].by", i), me.By, true); err != nil {
				return nil, err
			}
		}
		for k, w := range me.Words {
			if w != strings.ToLower(w) || strings.TrimSpace(w) == "" {
				return nil, yamlx.At(file, raw, fmt.Sprintf("$.measures[%d].words[%d]", i, k), "words are lower case")
			}
		}
	}
	for _, q := range [][2]string{{"$.question", m.Question}, {"$.team.question", m.Team.Question}, {"$.team.lead_question", m.Team.LeadQuestion}, {"$.cross_team.question", m.Cross.Question}} {
		if err := check(q[0], q[1], false); err != nil {
			return nil, err
		}
	}
	if err := check("$.team.clause", m.Team.Clause, true); err != nil {
		return nil, err
	}
	if m.QuestionsPerRole < 1 {
		return nil, yamlx.At(file, raw, "$", "questions_per_role must be at least 1")
	}
	if len(m.Team.SizeNouns) == 0 {
		return nil, yamlx.At(file, raw, "$.team", "size_nouns must not be empty")
	}
	nouns := make([]string, len(m.Team.SizeNouns))
	for i, n := range m.Team.SizeNouns {
		nouns[i] = regexp.QuoteMeta(n)
	}
	// "3-10 engineers", "12 developers", "a team of 6", "6-person team", "team of five".
	m.sizeRE = regexp.MustCompile(`(?i)\b\d+\s*(?:[-–]\s*\d+\s*)?\+?\s*(?:` + strings.Join(nouns, "|") +
		`)\b|\bteams? of (?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty)\b|\b\d+[-– ]person\b`)
	return &m, nil
}

// wordsOf returns the lower-case words of s (letters, digits, hyphens inside words).
func wordsOf(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-'
	})
}

// mentions reports whether the words of a text hold an entry: a whole word, a word
// start ("incident*"), a phrase on word boundaries ("root cause", "interview loop*"), or
// a symbol ("$") anywhere.
func mentions(ws []string, joined, raw, entry string) bool {
	if strings.IndexFunc(entry, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) < 0 {
		return strings.Contains(raw, entry)
	}
	prefix := strings.HasSuffix(entry, "*")
	entry = strings.TrimSuffix(entry, "*")
	if strings.Contains(entry, " ") {
		if prefix {
			return strings.Contains(joined, " "+entry)
		}
		return strings.Contains(joined, " "+entry+" ")
	}
	for _, w := range ws {
		if w == entry || prefix && strings.HasPrefix(w, entry) {
			return true
		}
	}
	return false
}

// MeasureFor returns the measure of the first topic the text is about, or nil. held
// is true when the text already has a measure of that kind: then nothing is added or
// asked.
func MeasureFor(text string) (m *Measure, held bool) {
	text = afterLabel(strings.TrimSpace(text))
	ws := wordsOf(text)
	joined := " " + strings.Join(ws, " ") + " "
	raw := strings.ToLower(text)
	verb := openingVerb(text)
	all := measures()
	for i := range all.Measures {
		me := &all.Measures[i]
		if len(me.Verbs) > 0 && !slices.Contains(me.Verbs, verb) {
			continue
		}
		scope, sj := ws, joined
		if me.Within > 0 && len(ws) > me.Within {
			scope = ws[:me.Within]
			sj = " " + strings.Join(scope, " ") + " "
		}
		words := me.Words
		if len(words) == 0 {
			words = []string{"*"} // any word: the verbs decided
		}
		for _, e := range words {
			if e != "*" && !mentions(scope, sj, raw, e) {
				continue
			}
			for _, h := range me.Has {
				if mentions(ws, joined, raw, h) {
					return me, true
				}
			}
			return me, false
		}
	}
	return nil, false
}

// Placeable reports whether a clause can be added to a bullet so that it still reads as
// one sentence: a single sentence that opens with a verb, is not already long, and does
// not already end in an "-ing" clause (a second one reads as a template tail).
func Placeable(text string) bool {
	t := strings.TrimSpace(text)
	if strings.Contains(t, "\n") || sentenceEnds(t, 1) != nil || !opensWithAction(t) {
		return false
	}
	if n := len(strings.Fields(t)); n > 26 {
		return false
	}
	if strings.HasSuffix(strings.TrimRight(t, "."), ":") {
		return false
	}
	return !endsWithParticipleClause(t) && !tailAttachesElsewhere(t)
}

// tailAttachesElsewhere reports whether an addition at the end would hang off the wrong
// words: the bullet's last clause is a relative clause ("a platform that is easy to
// upgrade") or a manner ("in a fast, iterative manner"), so ", adopted by [N] teams"
// would describe the upgrade or the manner, not the thing built.
func tailAttachesElsewhere(t string) bool {
	last := t
	if i := strings.LastIndexAny(t, ",;—–"); i >= 0 {
		last = t[i:]
	}
	for _, w := range wordsOf(last) {
		switch w {
		case "that", "which", "who", "whose", "where", "manner", "fashion":
			return true
		}
	}
	return false
}

// endsWithParticipleClause reports whether the bullet already ends in a trailing
// clause that a second one would pile onto: after its last comma or dash an "-ing" or
// "-ed" word, perhaps after an adverb or "and" (", ensuring alignment", ", significantly
// increasing speed", "— optimized for X"), or a "while/thereby ...ing" clause.
func endsWithParticipleClause(t string) bool {
	ws := strings.Fields(t)
	for i := 4; i < len(ws); i++ {
		lw := strings.ToLower(trimPunct(ws[i]))
		if (lw == "while" || lw == "thereby" || lw == "thus") && i+1 < len(ws) && strings.HasSuffix(strings.ToLower(trimPunct(ws[i+1])), "ing") {
			return true
		}
	}
	i := strings.LastIndexAny(t, ",;—–")
	if i < 0 {
		return false
	}
	rest := strings.Fields(strings.TrimLeft(t[i:], ",;—– "))
	for k := 0; k < len(rest) && k < 3; k++ {
		lw := strings.ToLower(trimPunct(rest[k]))
		if lw == "and" || lw == "thereby" || lw == "thus" || lw == "while" || strings.HasSuffix(lw, "ly") {
			continue
		}
		return len(lw) > 4 && (strings.HasSuffix(lw, "ing") || strings.HasSuffix(lw, "ed"))
	}
	return false
}

// ImpactAddition returns the measure to add to a bullet without a number, chosen from
// what it is about, or, where no measure fits or the clause cannot be placed, the
// question a coach would ask instead.
func ImpactAddition(text string, s signals.Signals) (*Fix, string) {
	m, held := MeasureFor(text)
	if held {
		return nil, ""
	}
	if m == nil {
		return nil, measures().Question
	}
	if ShapeOf(text, s) != Sentence || !Placeable(text) {
		return nil, m.Question
	}
	body := afterLabel(strings.TrimSpace(text))
	opening := openingVerb(body)
	if slices.Contains(m.Claims, opening) {
		// "Cut the page load time" already says what changed: the measure is its size.
		if m.By == "" {
			return nil, m.Question
		}
		return &Fix{Action: ActionAddPlaceholder, Params: map[string]string{"text": m.By}}, ""
	}
	if claimsLater(body, m.Claims) || repeats(body, m.Clause) {
		// "... that lowers latency, cutting response time ...": said twice.
		return nil, m.Question
	}
	return &Fix{Action: ActionAddPlaceholder, Params: map[string]string{"text": m.Clause}}, ""
}

// openingVerb returns the base form of the verb a bullet opens with, past one adverb
// ("Successfully won" -> "win"), or "".
func openingVerb(text string) string {
	w, r := firstWord(strings.TrimSpace(text))
	lw := strings.ToLower(trimPunct(w))
	if strings.HasSuffix(lw, "ly") && verbs().baseOf(lw) == "" {
		w, _ = firstWord(r)
		lw = strings.ToLower(trimPunct(w))
	}
	return verbs().baseOf(lw)
}

// claimsLater reports whether a verb of claims comes after the bullet's opening word.
func claimsLater(text string, claims []string) bool {
	if len(claims) == 0 {
		return false
	}
	ws := strings.Fields(text)
	for _, w := range ws[min(1, len(ws)):] {
		if b := verbs().baseOf(strings.ToLower(trimPunct(w))); b != "" && slices.Contains(claims, b) {
			return true
		}
	}
	return false
}

// repeats reports whether a clause would repeat a content word (five letters or more,
// outside its placeholders) the bullet already has: "Managed hiring ..., hiring [N]
// engineers".
func repeats(text, clause string) bool {
	have := map[string]bool{}
	for _, w := range wordsOf(text) {
		have[w] = true
	}
	for _, w := range wordsOf(outsideBrackets(clause)) {
		if len([]rune(w)) >= 5 && have[w] {
			return true
		}
	}
	return false
}

// TeamContext is what the page says about who did the work.
type TeamContext struct {
	// SizeStated: the role (a bullet or the title) already states a team's size.
	SizeStated bool
	// Learner: the role's title is one held while learning (an internship, a student
	// job), where the work was the writer's own or someone else's team's.
	Learner bool
	// Leads: the role's title says it led people (LeadTitle). Only then is a team put
	// in front of a bullet: on an individual contributor's bullet "With a team of [N]
	// engineers, built X" garbles who did what, and the gap is a result, not a team.
	Leads bool
	// TeamWork: a bullet of the role shows work with or through people (team framing or
	// people work). A lead title alone does not say a team worked for the role (a lead
	// engineer is often a senior individual contributor), so without it no team is
	// written in front of a bullet.
	TeamWork bool
}

// LeadTitle reports whether a role title says the role led people (rules/vocabulary/
// measures.yaml team.lead_titles: "Team Lead", "Engineering Manager").
func LeadTitle(title string) bool {
	tv := measures().Team
	ws := strings.FieldsFunc(strings.ToLower(title), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '-'
	})
	for i, w := range ws {
		if slices.Contains(tv.LeadTitles, w) {
			return true
		}
		if i > 0 && slices.Contains(tv.ManagerWords, w) && slices.Contains(tv.ManagerFields, ws[i-1]) {
			return true
		}
	}
	return false
}

// LearnerTitle reports whether a role title names a position held while learning.
func LearnerTitle(title string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(title), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '-'
	}) {
		if slices.Contains(measures().Team.LearnerTitles, w) {
			return true
		}
	}
	return false
}

// StatesTeamSize reports whether text states the size of a team ("Managed a team of
// 3-10 engineers").
func StatesTeamSize(text string) bool {
	// Every size the expression reads holds a digit or "team" (TestTeamSizePrecheck):
	// most bullets hold neither, and the expression backtracks.
	if !strings.ContainsAny(text, "0123456789") && !hasASCIIFold(text, "team") {
		return false
	}
	return measures().sizeRE.MatchString(text)
}

// SharedWithPeer reports whether a bullet says the work was shared with a peer.
func SharedWithPeer(text string) bool {
	ws := wordsOf(text)
	joined := " " + strings.Join(ws, " ") + " "
	for _, e := range measures().Team.Shared {
		if strings.Contains(joined, " "+strings.Join(wordsOf(e), " ")+" ") {
			return true
		}
	}
	return false
}

// TeamAddition returns the team context to add to a bullet, or the question to ask when
// adding it could contradict the page (the work was shared with a peer, the role states
// its team size) or cannot be placed.
func TeamAddition(text string, s signals.Signals, ctx TeamContext) (*Fix, string) {
	tv := measures().Team
	if ctx.SizeStated || ctx.Learner || SharedWithPeer(text) || StatesTeamSize(text) || mentionsTeam(text) {
		return nil, ""
	}
	if s.Quantified {
		// A bullet that already gives its size is strong as it is; a team placeholder
		// in front of it only makes it longer.
		return nil, ""
	}
	w, _ := firstWord(strings.TrimSpace(text))
	if slices.Contains(tv.LeadVerbs, verbs().baseOf(strings.ToLower(trimPunct(w)))) {
		return nil, tv.LeadQuestion
	}
	if !ctx.Leads || !ctx.TeamWork {
		return nil, ""
	}
	lw := strings.ToLower(trimPunct(w))
	if v, ok := verbs().byPast[lw]; !ok || !slices.Contains(tv.Verbs, v.base) {
		return nil, ""
	}
	if !s.Technical {
		// A prize, a campus event or a sales target is not engineering work: a team of
		// engineers behind it would be invented.
		return nil, ""
	}
	if ShapeOf(text, s) != Sentence || !Placeable(text) {
		return nil, tv.Question
	}
	return &Fix{Action: ActionAddTeam, Params: map[string]string{"text": tv.Clause, "where": "start"}}, ""
}

// GeneralQuestion is asked of a bullet the tool cannot extend and whose topic it
// cannot tell.
func GeneralQuestion() string { return measures().Question }

// CrossTeamAddition returns the question to ask about partners: only the candidate
// knows who they worked with, and "with [product/design/sales]" reads as a template
// tail on most bullets.
func CrossTeamAddition(text string, s signals.Signals, fix Fix) (*Fix, string) {
	return nil, measures().Cross.Question
}

// QuestionsPerRole is how many questions one role's bullets are asked at most.
func QuestionsPerRole() int { return measures().QuestionsPerRole }

// mentionsTeam reports whether a bullet already names a team or squad it worked in.
func mentionsTeam(text string) bool {
	for _, w := range wordsOf(text) {
		if w == "team" || w == "teams" || w == "squad" || w == "squads" {
			return true
		}
	}
	return false
}
