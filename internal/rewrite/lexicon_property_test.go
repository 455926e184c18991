package rewrite

import (
	"strings"
	"testing"

	"github.com/resumecheck/resumecheck/internal/lexicon"
)

// TestRewriteKeepsEveryTechnicalTerm puts every term of the built-in technical lexicon
// into bullets that every fixer rewrites, and checks the term survives each rewrite
// (an inflected verb such as "testing" -> "tested" counts as kept) and that no digit
// is added outside brackets.
func TestRewriteKeepsEveryTechnicalTerm(t *testing.T) {
	set, err := lexicon.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	tech, ok := set.Get("technical")
	if !ok {
		t.Fatal("no technical lexicon")
	}
	templates := []string{
		"I was responsible for maintaining the %s service",
		"Helped migrate the billing jobs to %s",
		"The %s cluster was rebuilt by my team",
		"In charge of %s and alerting for the checkout API",
		"Responsible for the %s rollout, and latency was reduced",
		"Tasked with writing %s integration tests in 3 repositories",
		"Managing the %s upgrade",
	}
	all := []Fix{
		{Action: ActionDropPronoun}, {Action: ActionDropWeakOpener}, {Action: ActionActiveVoice},
		{Action: ActionPastTense}, {Action: ActionAddPlaceholder, Params: map[string]string{"text": "by [X%]"}},
		{Action: ActionAddTeam}, {Action: ActionAddCrossTeam},
	}
	checked, changed := 0, 0
	for _, raw := range tech.Terms {
		term := strings.TrimSuffix(raw, "*")
		if term == "" {
			continue
		}
		for _, tpl := range templates {
			in := strings.ReplaceAll(tpl, "%s", term)
			after, actions := Rewrite(in, all)
			checked++
			if len(actions) > 0 {
				changed++
			}
			if !keptTerm(after, term) {
				t.Errorf("term %q lost: %q -> %q (%v)", term, in, after, actions)
			}
			if d := NewDigits(in, after); len(d) > 0 {
				t.Errorf("digits %q added: %q -> %q", string(d), in, after)
			}
		}
	}
	if changed < checked*9/10 {
		t.Errorf("only %d of %d bullets were rewritten; the test would prove little", changed, checked)
	}
	t.Logf("%d technical terms, %d rewrites checked", len(tech.Terms), checked)
}
