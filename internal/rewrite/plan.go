package rewrite

import (
	"strings"

	"github.com/resumecheck/resumecheck/internal/signals"
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
			// The measure is chosen when the fix is resolved (ImpactAddition).
			return &Fix{Action: ActionAddPlaceholder, Params: map[string]string{"text": "[result]"}}
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
