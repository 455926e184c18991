package rewrite

import (
	"fmt"
	"strings"
	"sync"

	"github.com/resumecheck/resumecheck/internal/signals"
	"github.com/resumecheck/resumecheck/internal/yamlx"
)

// Area names the fixes answer (the scorer's areas; kept as strings so this package does
// not depend on the scorer).
const (
	AreaImpact     = "impact"
	AreaTeam       = "team"
	AreaCrossTeam  = "cross_team"
	AreaLeadership = "leadership"
)

// SignalFixes are the fixes a bullet's own signals call for, whatever the rules say.
func SignalFixes(s signals.Signals, text string, pastRole bool) []Fix {
	// A gerund opener reads as a duty; in a role that has ended it becomes the past, in
	// the current role the plain present ("Build", "Lead").
	var out []Fix
	if s.FirstPerson {
		out = append(out, Fix{Action: ActionDropPronoun})
	}
	if s.WeakOpener || isOpener(text) {
		out = append(out, Fix{Action: ActionDropWeakOpener})
	}
	if s.Passive {
		out = append(out, Fix{Action: ActionActiveVoice})
	}
	w, _ := firstWord(text)
	lw := strings.ToLower(trimPunct(w))
	if _, ok := verbs().byGerund[lw]; ok {
		if pastRole {
			out = append(out, Fix{Action: ActionPastTense})
		} else {
			out = append(out, Fix{Action: ActionPastTense, Params: map[string]string{"form": "present"}})
		}
	} else if _, ok := verbs().byThird[lw]; ok && pastRole {
		out = append(out, Fix{Action: ActionPastTense, Params: map[string]string{"present": "yes"}})
	}
	if s.Words > 30 {
		out = append(out, Fix{Action: ActionSplitSentences})
	}
	return out
}

// AreaFix is the addition a finding of an area calls for when its rule carries no fix
// and the bullet lacks the evidence.
func AreaFix(area string, s signals.Signals, text string) *Fix {
	switch area {
	case AreaImpact:
		if !s.Quantified {
			return &Fix{Action: ActionAddPlaceholder, Params: map[string]string{"text": impactPlaceholder(s, text)}}
		}
	case AreaTeam, AreaLeadership:
		if !s.TeamFraming && !s.People {
			return &Fix{Action: ActionAddTeam}
		}
	case AreaCrossTeam:
		if !s.CrossTeam {
			return &Fix{Action: ActionAddCrossTeam}
		}
	}
	return nil
}

// Lacks reports whether a bullet lacks the evidence an addition supplies.
func Lacks(action string, s signals.Signals) bool {
	switch action {
	case ActionAddPlaceholder:
		return !s.Quantified
	case ActionAddTeam:
		return !s.TeamFraming && !s.People
	case ActionAddCrossTeam:
		return !s.CrossTeam
	}
	return false
}

// impactPlaceholder picks the placeholder phrase for an unquantified bullet by its
// opening verb (rules/vocabulary/placeholders.yaml).
func impactPlaceholder(s signals.Signals, text string) string {
	v := s.ActionVerb
	if v == "" {
		w, _ := firstWord(text)
		v = strings.ToLower(trimPunct(w))
	}
	if b := verbs().baseOf(v); b != "" {
		v = b
	}
	list := placeholders()
	for _, p := range list {
		if p.Signal != "" && !s.Get(p.Signal) {
			continue
		}
		if len(p.Verbs) == 0 {
			return p.Text
		}
		for _, pv := range p.Verbs {
			if pv == v {
				return p.Text
			}
		}
	}
	return list[len(list)-1].Text
}

// actionWords say what each action does, for a top change ("rewrite a bullet in ...:
// drop the pronoun, add the result as a number").
var actionWords = map[string]string{
	ActionDropPronoun:    "drop the pronoun",
	ActionDropWeakOpener: "open with an action verb",
	ActionActiveVoice:    "use the active voice",
	ActionReplaceWord:    "use plainer words",
	ActionAddPlaceholder: "add the result as a number",
	ActionAddTeam:        "show the team behind it",
	ActionAddCrossTeam:   "name who you partnered with",
	ActionPastTense:      "put the opening verb in the right tense",
	ActionSplitSentences: "split it into one bullet per sentence",
}

// IsAddition reports whether an action adds evidence (a number, a team, a partner)
// rather than rewording what is there.
func IsAddition(action string) bool {
	return action == ActionAddPlaceholder || action == ActionAddTeam || action == ActionAddCrossTeam
}

// VerbLed reports whether a bullet opens with a verb (after any rewrite of its opener):
// a list of technologies or a label line has no result to size.
func VerbLed(s signals.Signals, text string) bool {
	if s.ActionVerb != "" || s.WeakOpener || s.FirstPerson {
		return true
	}
	w, _ := firstWord(afterLabel(text))
	return verbs().baseOf(trimPunct(w)) != ""
}

// ActionWords says in a few words what an action does ("drop the pronoun").
func ActionWords(action string) (string, bool) {
	w, ok := actionWords[action]
	return w, ok
}

type placeholderRule struct {
	Verbs  []string `yaml:"verbs"`
	Signal string   `yaml:"signal"`
	Text   string   `yaml:"text"`
}

var (
	phOnce sync.Once
	phList []placeholderRule
)

// placeholders returns the embedded impact placeholders; a broken embedded file is a
// build mistake and panics (the tests load it).
func placeholders() []placeholderRule {
	phOnce.Do(func() {
		l, err := parsePlaceholders(vocabFile("placeholders.yaml"))
		if err != nil {
			panic(err)
		}
		phList = l
	})
	return phList
}

func parsePlaceholders(file string, raw []byte) ([]placeholderRule, error) {
	var f struct {
		ImpactPlaceholders []placeholderRule `yaml:"impact_placeholders"`
	}
	if err := yamlx.Decode(file, raw, &f); err != nil {
		return nil, err
	}
	list := f.ImpactPlaceholders
	for i, pr := range list {
		if pr.Signal != "" && !isSignal(pr.Signal) {
			return nil, yamlx.At(file, raw, fmt.Sprintf("$.impact_placeholders[%d].signal", i), "unknown signal %q", pr.Signal)
		}
	}
	if n := len(list); n == 0 || len(list[n-1].Verbs) > 0 || list[n-1].Signal != "" {
		return nil, fmt.Errorf("%s: the last impact placeholder must match every bullet (no verbs, no signal)", file)
	}
	return list, nil
}

func isSignal(s string) bool {
	for _, n := range signals.Names {
		if n == s {
			return true
		}
	}
	return false
}
