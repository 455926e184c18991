package rewrite

import (
	"math/rand"
	"strings"
	"testing"
)

// techTerms are technical words the generated bullets carry; a rewrite must keep them.
var techTerms = []string{"Go", "Kubernetes", "PostgreSQL", "C++", "Node.js", "CI/CD", "gRPC", "Kafka", "React", "AWS S3", "p99", "Terraform", "Python 3", "HTTP/2", "testing", "Redis", "GraphQL", "iOS"}

var (
	propOpeners = []string{"", "I ", "I was responsible for ", "Responsible for ", "Helped ", "I helped ", "Worked on ", "Tasked with ",
		"In charge of ", "My role was to ", "Assisted in ", "I have ", "Participated in ", "Was involved in ", "My duties included "}
	propBodies = []string{
		"maintaining the %s billing service",
		"migrate 40 services to %s",
		"building the %s ingestion pipeline for 3 regions",
		"the %s upgrade across 12 clusters",
		"writing %s integration tests, cutting flakes by 30%%",
		"led my team through the %s rollout",
		"designing, building and operating %s jobs",
		"running the %s on-call rotation",
	}
	propPassive = []string{"", "The %s cache was rebuilt by me", "Latency of the %s API was reduced by 40%%", "Shipped the %s client, and crash rate was reduced",
		"%s clusters were upgraded to version 1.29 by my team"}
	propFixes = []Fix{
		{Action: ActionDropPronoun}, {Action: ActionDropWeakOpener}, {Action: ActionActiveVoice},
		{Action: ActionAddPlaceholder, Params: map[string]string{"text": ", cutting deploy time by [X%]"}},
		{Action: ActionAddPlaceholder, Params: map[string]string{"text": "for [N] customers"}},
		{Action: ActionAddPlaceholder, Params: map[string]string{"text": "in 2 weeks"}}, // must be refused
		{Action: ActionAddTeam}, {Action: ActionAddCrossTeam},
		{Action: ActionReplaceWord, Params: map[string]string{"from": "utilized", "to": "used"}},
		{Action: ActionReplaceWord, Params: map[string]string{"from": "billing", "to": "payments"}}, // drops a word: refused
	}
)

func propBullets() []string {
	var out []string
	for i, o := range propOpeners {
		for j, b := range propBodies {
			term := techTerms[(i+j)%len(techTerms)]
			out = append(out, o+strings.ReplaceAll(b, "%s", term))
		}
	}
	for i, p := range propPassive {
		if p != "" {
			out = append(out, strings.ReplaceAll(strings.ReplaceAll(p, "%s", techTerms[i*3%len(techTerms)]), "%%", "%"))
		}
	}
	out = append(out, "", "I", "Responsible for", "I was", "[N] engineers hired", "Utilized Ruby on Rails, utilized SQL", "Réduit la latence de 40% — API Go",
		"Helped the sales team adopt Salesforce", "Responsible for everything related to C#")
	for i := range out {
		out[i] = strings.ReplaceAll(out[i], "%%", "%")
	}
	return out
}

func termsIn(text string) []string {
	var out []string
	for _, t := range techTerms {
		if containsWord(text, t) {
			out = append(out, t)
		}
	}
	return out
}

func containsWord(text, term string) bool {
	lt, lterm := strings.ToLower(text), strings.ToLower(term)
	for i := 0; ; {
		k := strings.Index(lt[i:], lterm)
		if k < 0 {
			return false
		}
		s, e := i+k, i+k+len(lterm)
		okL := s == 0 || !isWordByte(lt[s-1])
		okR := e == len(lt) || !isWordByte(lt[e])
		if okL && okR {
			return true
		}
		i = s + 1
	}
}

func isWordByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' }

// keptTerm: the term survives, possibly inflected by the verb lexicon ("testing" ->
// "tested" keeps the verb).
func keptTerm(after, term string) bool {
	if containsWord(after, term) {
		return true
	}
	if b := verbs().baseOf(term); b != "" {
		for _, w := range words(after) {
			if verbs().baseOf(w) == b {
				return true
			}
		}
	}
	return false
}

func TestRewriteProperties(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	n := 0
	for _, text := range propBullets() {
		for trial := 0; trial < 12; trial++ {
			var fixes []Fix
			for _, f := range propFixes {
				if rng.Intn(2) == 0 {
					fixes = append(fixes, f)
				}
			}
			after, actions := Rewrite(text, fixes)
			n++
			if d := NewDigits(text, after); len(d) > 0 {
				t.Errorf("new digits %q: %q -> %q (%v)", string(d), text, after, actions)
			}
			for _, term := range termsIn(text) {
				if !keptTerm(after, term) {
					t.Errorf("lost %q: %q -> %q (%v)", term, text, after, actions)
				}
			}
			if lost := LostWords(text, after); len(lost) > 0 && !hasAction(actions, ActionReplaceWord) {
				t.Errorf("lost words %v: %q -> %q (%v)", lost, text, after, actions)
			}
			// Deterministic and independent of the order fixes come in.
			rng.Shuffle(len(fixes), func(i, j int) { fixes[i], fixes[j] = fixes[j], fixes[i] })
			again, _ := Rewrite(text, fixes)
			if again != after {
				t.Errorf("order changed the result: %q vs %q", after, again)
			}
			// Applying the same fixes again changes nothing more than once: no
			// placeholder is added twice.
			twice, _ := Rewrite(after, fixes)
			if strings.Count(twice, "[X%]") > 1 || strings.Count(twice, "[N] customers") > 1 || strings.Count(twice, "[product/design]") > 1 {
				t.Errorf("placeholder added twice: %q", twice)
			}
		}
	}
	t.Logf("%d rewrites checked", n)
}

func hasAction(actions []string, a string) bool {
	for _, x := range actions {
		if x == a {
			return true
		}
	}
	return false
}
