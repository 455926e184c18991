package scope

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"

	rulepack "github.com/resumecheck/resumecheck/rules"

	"github.com/resumecheck/resumecheck/internal/yamlx"
)

// Levels of the ladder.
const (
	LevelStudent       = "student"
	LevelIC            = "ic"
	LevelTechLead      = "tech-lead"
	LevelManager       = "manager"
	LevelSeniorManager = "senior-manager"
	LevelDirector      = "director"
)

// Title kinds.
const (
	TitleStudent    = "student"
	TitleNotManager = "not_manager"
	TitleExecutive  = "executive"
	TitleFounder    = "founder"
	// TitleEngineering marks a title as engineering work (read alongside the others).
	TitleEngineering = "engineering"
	TitleManager     = "manager"
	TitleLead        = "lead"
)

var titleKinds = []string{TitleStudent, TitleNotManager, TitleExecutive, TitleFounder, TitleManager, TitleLead, TitleEngineering}

// Expectation is one thing a hiring manager expects to see at a level.
type Expectation struct {
	Dimension string `yaml:"dimension" json:"dimension"`
	Text      string `yaml:"text" json:"text"`
	// Question is what a coach asks when the page never shows the dimension; {at} is
	// replaced by " at <organisation>" or "".
	Question string `yaml:"question" json:"question,omitempty"`
	// LeadRole: the question is about people who worked for the candidate, so it is
	// asked only of a role read at tech lead or above, never of an IC, student or
	// intern role.
	LeadRole bool `yaml:"lead_role" json:"lead_role,omitempty"`
	// ByKind replaces the question for the kind of role it names (undescribed: a role
	// with no bullets or description; founder: a founder's or chief executive's title;
	// solo: a self-employed role; ic: a role read at ic or student level; nontech: such a
	// role with no technical bullet); an empty
	// question is not asked of that kind.
	ByKind map[string]string `yaml:"by_kind" json:"by_kind,omitempty"`
	// AnsweredBy are dimensions that, shown on the page, answer the question already
	// ("a team of 5" answers how many teams and how large): it is not asked.
	AnsweredBy []string `yaml:"answered_by" json:"answered_by,omitempty"`
	// AnsweredByResults are the kinds of role (as in ByKind) whose bullets, when they
	// already give measured results (the quantified signal), answer the question ("how
	// did you measure what you delivered?"): it is not asked of such a role.
	AnsweredByResults []string `yaml:"answered_by_results" json:"answered_by_results,omitempty"`
}

// Kinds of role a coach question is fitted to (Expectation.ByKind).
const (
	KindUndescribed = "undescribed"
	KindFounder     = "founder"
	KindSolo        = "solo"
	KindIC          = "ic"
	KindNonTech     = "nontech"
)

// LevelDef is one rung of the ladder.
type LevelDef struct {
	Name    string        `yaml:"name"`
	Summary string        `yaml:"summary"`
	Span    []int         `yaml:"span"`
	Expects []Expectation `yaml:"expects"`
}

// Thresholds are the numbers the reading uses (see rules/scope/ladder.yaml).
type Thresholds struct {
	ManagerPeopleBullets  int `yaml:"manager_people_bullets"`
	ManagerMinTeam        int `yaml:"manager_min_team"`
	SeniorMinTeams        int `yaml:"senior_min_teams"`
	SeniorMinManagers     int `yaml:"senior_min_managers"`
	SeniorMinOrg          int `yaml:"senior_min_org"`
	DirectorMinOrg        int `yaml:"director_min_org"`
	DirectorMinManagers   int `yaml:"director_min_managers"`
	ShortRoleMonths       int `yaml:"short_role_months"`
	TrackLookbackYears    int `yaml:"track_lookback_years"`
	TechLeadPeopleBullets int `yaml:"tech_lead_people_bullets"`
	MinTitleMonths        int `yaml:"min_title_months"`
	StudentMaxYears       int `yaml:"student_max_years"`
	TechLeadLedMentions   int `yaml:"tech_lead_led_mentions"`
}

// NotARole are the words of a doubtful role (see Ladder.NotARole).
type NotARole struct {
	Organisation []string `yaml:"organisation"`
	Title        []string `yaml:"title"`
}

// Ladder is the level ladder.
type Ladder struct {
	Levels     []LevelDef          `yaml:"levels"`
	Thresholds Thresholds          `yaml:"thresholds"`
	Titles     map[string][]string `yaml:"titles"`
	// EducationInProgress are words of an unfinished education entry.
	EducationInProgress []string `yaml:"education_in_progress"`
	// NotARole are words that, making up a role's whole organisation (a month name) or
	// found in its title (a section heading), say the structure reading took a line for
	// a role that is none: coach questions never name it.
	NotARole NotARole `yaml:"not_a_role"`
	// Solo are words of a self-employed role, in its title or organisation
	// ("Freelance Developer", "Self-Employed"): coach questions ask about clients, not a
	// team, and never say "at Self-Employed".
	Solo []string `yaml:"solo"`

	titles map[string][][]string // kind -> phrases as words
}

var (
	ladderOnce sync.Once
	ladder     *Ladder
	ladderErr  error
)

// BuiltinLadder returns rules/scope/ladder.yaml.
func BuiltinLadder() (*Ladder, error) {
	ladderOnce.Do(func() {
		data, err := yamlx.ReadFile(rulepack.Scope, "scope/ladder.yaml")
		if err != nil {
			ladderErr = err
			return
		}
		ladder, ladderErr = ParseLadder("rules/scope/ladder.yaml", data)
	})
	return ladder, ladderErr
}

// ParseLadder decodes and checks a ladder; file names it in errors.
func ParseLadder(file string, data []byte) (*Ladder, error) {
	l := &Ladder{}
	if err := yamlx.Decode(file, data, l); err != nil {
		return nil, err
	}
	if err := l.check(file); err != nil {
		return nil, err
	}
	return l, nil
}

// Override returns a copy of l with the parts of o that are set: thresholds that are not
// zero, title lists that are given, and levels' summaries and expectations by name.
func (l *Ladder) Override(o *Ladder, file string) (*Ladder, error) {
	c := *l
	c.Titles = map[string][]string{}
	for k, v := range l.Titles {
		c.Titles[k] = v
	}
	for k, v := range o.Titles {
		c.Titles[k] = v
	}
	if len(o.EducationInProgress) > 0 {
		c.EducationInProgress = o.EducationInProgress
	}
	if len(o.NotARole.Organisation) > 0 {
		c.NotARole.Organisation = o.NotARole.Organisation
	}
	if len(o.NotARole.Title) > 0 {
		c.NotARole.Title = o.NotARole.Title
	}
	if len(o.Solo) > 0 {
		c.Solo = o.Solo
	}
	ot := o.Thresholds
	ct := &c.Thresholds
	for _, p := range []struct{ dst, src *int }{
		{&ct.ManagerPeopleBullets, &ot.ManagerPeopleBullets}, {&ct.ManagerMinTeam, &ot.ManagerMinTeam},
		{&ct.SeniorMinTeams, &ot.SeniorMinTeams}, {&ct.SeniorMinManagers, &ot.SeniorMinManagers},
		{&ct.SeniorMinOrg, &ot.SeniorMinOrg}, {&ct.DirectorMinOrg, &ot.DirectorMinOrg},
		{&ct.DirectorMinManagers, &ot.DirectorMinManagers}, {&ct.ShortRoleMonths, &ot.ShortRoleMonths},
		{&ct.TrackLookbackYears, &ot.TrackLookbackYears}, {&ct.TechLeadPeopleBullets, &ot.TechLeadPeopleBullets},
		{&ct.MinTitleMonths, &ot.MinTitleMonths}, {&ct.StudentMaxYears, &ot.StudentMaxYears},
		{&ct.TechLeadLedMentions, &ot.TechLeadLedMentions},
	} {
		if *p.src != 0 {
			*p.dst = *p.src
		}
	}
	c.Levels = append([]LevelDef(nil), l.Levels...)
	for _, ov := range o.Levels {
		found := false
		for i := range c.Levels {
			if c.Levels[i].Name == ov.Name {
				found = true
				if ov.Summary != "" {
					c.Levels[i].Summary = ov.Summary
				}
				if len(ov.Span) > 0 {
					c.Levels[i].Span = ov.Span
				}
				if len(ov.Expects) > 0 {
					c.Levels[i].Expects = ov.Expects
				}
			}
		}
		if !found {
			return nil, fmt.Errorf("%s: ladder: unknown level %q (the levels are %s)", file, ov.Name, strings.Join(levelNames, ", "))
		}
	}
	if err := c.check(file); err != nil {
		return nil, err
	}
	return &c, nil
}

var levelNames = []string{LevelStudent, LevelIC, LevelTechLead, LevelManager, LevelSeniorManager, LevelDirector}

func (l *Ladder) check(file string) error {
	if len(l.Levels) != len(levelNames) {
		return fmt.Errorf("%s: ladder: want the levels %s in that order", file, strings.Join(levelNames, ", "))
	}
	for i, lv := range l.Levels {
		if lv.Name != levelNames[i] {
			return fmt.Errorf("%s: ladder: level %d is %q, want %q (the levels are %s)", file, i+1, lv.Name, levelNames[i], strings.Join(levelNames, ", "))
		}
		for _, e := range lv.Expects {
			for _, dim := range append([]string{e.Dimension}, e.AnsweredBy...) {
				if dim != DimPartner && dim != DimStakeholder && (&Card{}).count(dim) == nil {
					return fmt.Errorf("%s: ladder: level %s expects unknown dimension %q", file, lv.Name, dim)
				}
			}
			kinds := slices.Clone(e.AnsweredByResults)
			for k := range e.ByKind {
				kinds = append(kinds, k)
			}
			for _, k := range kinds {
				if k != KindUndescribed && k != KindFounder && k != KindSolo && k != KindIC && k != KindNonTech {
					return fmt.Errorf("%s: ladder: level %s, %s: unknown role kind %q in by_kind or answered_by_results (one of %s, %s, %s, %s, %s)", file, lv.Name, e.Dimension, k, KindUndescribed, KindFounder, KindSolo, KindIC, KindNonTech)
				}
			}
		}
	}
	t := l.Thresholds
	if t.ManagerMinTeam <= 0 || t.SeniorMinOrg <= 0 || t.DirectorMinOrg <= 0 || t.SeniorMinManagers <= 0 || t.DirectorMinManagers <= 0 || t.SeniorMinTeams <= 0 || t.TrackLookbackYears <= 0 || t.ManagerPeopleBullets <= 0 || t.TechLeadPeopleBullets <= 0 {
		return fmt.Errorf("%s: ladder: every threshold must be a positive number", file)
	}
	l.titles = map[string][][]string{}
	for k, list := range l.Titles {
		known := false
		for _, x := range titleKinds {
			known = known || x == k
		}
		if !known {
			return fmt.Errorf("%s: ladder: unknown title kind %q (one of %s)", file, k, strings.Join(titleKinds, ", "))
		}
		for _, ph := range list {
			if w := titleWords(ph); len(w) > 0 {
				l.titles[k] = append(l.titles[k], w)
			}
		}
	}
	return nil
}

func titleWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' && r != '&'
	})
}

// TitleKinds are every kind of title a role title matches, in ladder order; a
// not_manager title ("Project Manager") is never also a manager one.
func (l *Ladder) TitleKinds(title string) map[string]bool {
	out := map[string]bool{}
	parts := titleParts(title)
	for _, k := range titleKinds {
		for _, ph := range l.titles[k] {
			if containsPhrase(parts, ph) {
				out[k] = true
			}
		}
	}
	if out[TitleNotManager] {
		delete(out, TitleManager)
	}
	return out
}

func titleParts(title string) []string {
	var parts []string
	for _, w := range titleWords(title) {
		parts = append(parts, w)
		if strings.Contains(w, "-") {
			parts = append(parts, strings.Split(w, "-")...)
		}
	}
	return parts
}

// TitleKind is the first kind of title a role title matches, "" for none.
func (l *Ladder) TitleKind(title string) string {
	words := titleWords(title)
	// "Co-Founder" and "co founder" read like "cofounder"; hyphenated words also
	// count as their parts ("Tech-Lead").
	var parts []string
	for _, w := range words {
		parts = append(parts, w)
		if strings.Contains(w, "-") {
			parts = append(parts, strings.Split(w, "-")...)
		}
	}
	for _, k := range titleKinds {
		for _, ph := range l.titles[k] {
			if containsPhrase(parts, ph) {
				return k
			}
		}
	}
	return ""
}

func containsPhrase(words, ph []string) bool {
	for i := 0; i+len(ph) <= len(words); i++ {
		ok := true
		for j := range ph {
			if words[i+j] != ph[j] {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// Rank is a level's place on the ladder (student 0 ... director 5), -1 if unknown.
func Rank(level string) int {
	for i, n := range levelNames {
		if n == level {
			return i
		}
	}
	return -1
}

// Def returns a level's definition.
func (l *Ladder) Def(level string) *LevelDef {
	for i := range l.Levels {
		if l.Levels[i].Name == level {
			return &l.Levels[i]
		}
	}
	return nil
}

// Next is the level above, "" at the top.
func Next(level string) string {
	r := Rank(level)
	if r < 0 || r+1 >= len(levelNames) {
		return ""
	}
	return levelNames[r+1]
}

// sortStrings is sort.Strings returning its argument.
func sortStrings(s []string) []string { sort.Strings(s); return s }

// ParseLadderOverride decodes a partial ladder (a config's `ladder:` key): any
// thresholds, title lists and levels' summaries, spans and expectations; Override checks
// it against the full ladder.
func ParseLadderOverride(file string, data []byte) (*Ladder, error) {
	l := &Ladder{}
	if err := yamlx.Decode(file, data, l); err != nil {
		return nil, err
	}
	return l, nil
}
