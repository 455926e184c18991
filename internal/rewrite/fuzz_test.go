package rewrite

import (
	"testing"
)

// FuzzRewrite: on any text, every fixer together keeps the tool's promises: no digit
// outside brackets that the text lacks, no word lost beyond pronouns, duty phrases and
// auxiliaries, and the same result twice.
func FuzzRewrite(f *testing.F) {
	for _, s := range propBullets() {
		f.Add(s)
	}
	all := []Fix{
		{Action: ActionDropPronoun}, {Action: ActionDropWeakOpener}, {Action: ActionActiveVoice},
		{Action: ActionPastTense, Params: map[string]string{"present": "yes"}}, {Action: ActionSplitSentences},
		{Action: ActionReplaceWord, Params: map[string]string{"from": "various", "to": ""}},
		{Action: ActionAddPlaceholder, Params: map[string]string{"text": ", cutting deploy time by [X%]"}},
		{Action: ActionAddTeam}, {Action: ActionAddCrossTeam},
	}
	f.Fuzz(func(t *testing.T, text string) {
		after, actions := Rewrite(text, all)
		if d := NewDigits(text, after); len(d) > 0 {
			t.Fatalf("new digits %q: %q -> %q (%v)", string(d), text, after, actions)
		}
		if lost := lostWords(text, after, []string{"various"}); len(lost) > 0 {
			t.Fatalf("lost %v: %q -> %q (%v)", lost, text, after, actions)
		}
		if again, _ := Rewrite(text, all); again != after {
			t.Fatalf("not deterministic: %q vs %q", after, again)
		}
	})
}
