package rewrite

// Fix is a rewrite action carried by a rule as data: the name of a fixer and its
// parameters (for example {"action": "add_placeholder", "params": {"text": "by [X%]"}}).
// Rules refer to actions by name only; this package owns the names, the parameters each
// accepts and the fixers.
type Fix struct {
	Action string            `json:"action"`
	Params map[string]string `json:"params,omitempty"`
}

// Fix action names understood by Rewrite. Rules carry them as data (Fix).
const (
	ActionDropPronoun    = "drop_pronoun"
	ActionDropWeakOpener = "drop_weak_opener"
	ActionActiveVoice    = "active_voice"
	ActionReplaceWord    = "replace_word"
	ActionAddPlaceholder = "add_placeholder"
	ActionAddTeam        = "add_team_context"
	ActionAddCrossTeam   = "add_cross_team"
	// Actions the scorer applies from a bullet's own signals (no rule needs to ask):
	// a gerund or present-tense opener put in the past, and a long multi-sentence
	// bullet split into one bullet per sentence.
	ActionPastTense      = "past_tense"
	ActionSplitSentences = "split_sentences"
)

// fixer rewrites text; ok is false when it had nothing it could safely change.
type fixer func(text string, params map[string]string) (out string, ok bool)

// actionOrder is the order fixers run in whatever order the fixes come: first clear the
// opening (pronoun, then duty phrase), then voice and wording, then what to add.
var actionOrder = []string{
	ActionDropPronoun, ActionDropWeakOpener, ActionPastTense, ActionActiveVoice, ActionReplaceWord,
	ActionAddPlaceholder, ActionAddTeam, ActionAddCrossTeam, ActionSplitSentences,
}

var fixers = map[string]fixer{
	ActionDropPronoun:    dropPronoun,
	ActionDropWeakOpener: dropWeakOpener,
	ActionActiveVoice:    activeVoice,
	ActionReplaceWord:    replaceWord,
	ActionAddPlaceholder: addPlaceholder,
	ActionAddTeam:        addTeamContext,
	ActionAddCrossTeam:   addCrossTeam,
	ActionPastTense:      pastTense,
	ActionSplitSentences: splitSentences,
}

// KnownAction reports whether Rewrite has a fixer for the action (rule loaders can use
// it to reject typos).
func KnownAction(action string) bool { _, ok := fixers[action]; return ok }

// RuleActions are the actions a rule's fix may name, with the parameters each accepts
// (true: required). The others (past_tense, split_sentences) come from a bullet's own
// signals, never from a rule.
var RuleActions = map[string]map[string]bool{
	ActionDropPronoun:    {},
	ActionDropWeakOpener: {},
	ActionActiveVoice:    {},
	ActionAddPlaceholder: {"text": true, "where": false},
	ActionAddTeam:        {"text": false, "where": false},
	ActionAddCrossTeam:   {"text": false},
	ActionReplaceWord:    {"from": false, "to": true},
}
