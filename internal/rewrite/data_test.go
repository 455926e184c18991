package rewrite

import (
	"strings"
	"testing"

	"github.com/resumecheck/resumecheck/internal/signals"
)

// The embedded vocabulary loads: a broken file would panic at the first rewrite.
func TestEmbeddedVocabulary(t *testing.T) {
	if _, err := parseVerbs(vocabFile("verbs.yaml")); err != nil {
		t.Fatal(err)
	}
	file, raw := vocabFile("nouns.yaml")
	if _, err := parseNouns(file, raw, verbs()); err != nil {
		t.Fatal(err)
	}
	m, err := parseMeasures(vocabFile("measures.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	for _, me := range m.Measures {
		if len(NewDigits("", me.Clause)) > 0 || len(NewDigits("", me.Question)) > 0 {
			t.Errorf("measure %s has a digit outside brackets", me.Topic)
		}
	}
}

func TestMeasureErrors(t *testing.T) {
	base := "question: q?\nquestions_per_role: 2\nteam: {clause: \"with [N]\", size_nouns: [engineers], question: q?, lead_question: q?}\ncross_team: {question: q?}\n"
	for name, body := range map[string]string{
		"digit in clause":  "measures:\n  - {topic: cost, words: [cost], clause: \", saving 5 [X]\", question: q?}\n",
		"no placeholder":   "measures:\n  - {topic: cost, words: [cost], clause: \", saving money\", question: q?}\n",
		"no words":         "measures:\n  - {topic: cost, clause: \", saving [X]\", question: q?}\n",
		"unknown key":      "measures:\n  - {topic: cost, word: [cost], clause: \", saving [X]\", question: q?}\n",
		"upper-case words": "measures:\n  - {topic: cost, words: [Cost], clause: \", saving [X]\", question: q?}\n",
	} {
		if _, err := parseMeasures("m.yaml", []byte(body+base)); err == nil || !strings.Contains(err.Error(), "m.yaml") {
			t.Errorf("%s: want an error naming the file, got %v", name, err)
		}
	}
}

func sentence(text string) signals.Signals {
	w, _ := firstWord(text)
	return signals.Signals{ActionVerb: verbs().baseOf(strings.ToLower(trimPunct(w))), Technical: true, Words: len(strings.Fields(text))}
}

// The measure comes from what the bullet is about, goes where the sentence allows,
// and is not added when the bullet already has one of its kind.
func TestImpactAdditionByTopic(t *testing.T) {
	tests := []struct {
		in, want string // want: a fragment of the rewrite, or "?" for a question, "" for nothing
	}{
		{"Reduced on-call incidents for the payments service", "time to recover"},
		{"Cut the page load time of the checkout flow", "from [X] ms to [Y] ms"},
		{"Lowered the cloud cost of the analytics cluster", "$[X] a year"},
		{"Migrated the billing database to PostgreSQL", "[N] services"},
		{"Built an internal tool for release notes", "adopted by [N] teams"},
		{"Won the company hackathon", "chosen from [N] entries"},
		// Already measured in its own terms: nothing added, nothing asked.
		{"Built an internal tool for release notes used by every team", ""},
		// No topic the tool can tell: a question, never a template tail.
		{"Designed the event schema for the pipeline", "?"},
		// A second trailing clause would pile onto the first: a question.
		{"Migrated the billing database to PostgreSQL, ensuring alignment with finance", "?"},
	}
	for _, tc := range tests {
		fix, q := ImpactAddition(tc.in, sentence(tc.in))
		switch tc.want {
		case "":
			if fix != nil || q != "" {
				t.Errorf("%q: want nothing, got %v %q", tc.in, fix, q)
			}
		case "?":
			if fix != nil || q == "" {
				t.Errorf("%q: want a question, got %v %q", tc.in, fix, q)
			}
		default:
			if fix == nil {
				t.Errorf("%q: want %q, got question %q", tc.in, tc.want, q)
				continue
			}
			after, _ := Rewrite(tc.in, []Fix{*fix})
			if !strings.Contains(after, tc.want) || strings.Count(after, "[") > 2 {
				t.Errorf("%q -> %q, want one addition containing %q", tc.in, after, tc.want)
			}
		}
	}
}

// Fragments, labels and skills lines are never rewritten: the shapes the planner
// relies on.
func TestShapes(t *testing.T) {
	for text, want := range map[string]Shape{
		"Built the billing service in Go and Kafka":                 Sentence,
		"automated itinerary generation, dynamic pricing, and more": Fragment,
		"Skills: Python, C++, C, Qt, UDP":                           List,
		"Python, Go, Kubernetes, Terraform, PostgreSQL, Redis":      List,
		"Human Languages:":  Label,
		"Job description 1": Label,
		"Cloud infrastructure for the payments platform": Fragment,
	} {
		if got := ShapeOf(text, sentence(text)); got != want {
			t.Errorf("%q: shape %d, want %d", text, got, want)
		}
	}
}

// A team is never added where the page says the work was shared with a peer or the
// role states its size, nor to a bullet that is not engineering work.
func TestTeamAdditionNeverContradicts(t *testing.T) {
	cases := []struct {
		text string
		ctx  TeamContext
		tech bool
		ok   bool
	}{
		{"Rebuilt the deploy pipeline in Go with a coworker", TeamContext{}, true, false},
		{"Rebuilt the deploy pipeline in Go", TeamContext{SizeStated: true}, true, false},
		{"Rebuilt the deploy pipeline in Go for the platform team", TeamContext{}, true, false},
		{"Won the regional sales award", TeamContext{}, false, false},
		{"Led the rebuild of the deploy pipeline in Go", TeamContext{}, true, false},
		{"Rebuilt the deploy pipeline in Go", TeamContext{Learner: true}, true, false},
		{"Rebuilt the deploy pipeline in Go", TeamContext{}, true, true},
	}
	for _, c := range cases {
		s := sentence(c.text)
		s.Technical = c.tech
		fix, _ := TeamAddition(c.text, s, c.ctx)
		if (fix != nil) != c.ok {
			t.Errorf("%q (%+v): addition %v, want %v", c.text, c.ctx, fix != nil, c.ok)
		}
		if fix != nil {
			after, _ := Rewrite(c.text, []Fix{*fix})
			if !strings.HasPrefix(after, "With a team of [N] engineers, rebuilt") {
				t.Errorf("%q -> %q", c.text, after)
			}
		}
	}
	for title, want := range map[string]bool{
		"Software Engineering Intern": true, "Co-op Student, Platform": true, "Graduate Engineer": true,
		"Teaching Assistant": true, "Software Engineer": false, "Internal Tools Lead": false,
	} {
		if LearnerTitle(title) != want {
			t.Errorf("LearnerTitle(%q) = %v", title, !want)
		}
	}
	for text, want := range map[string]bool{
		"Managed a team of 3–10 engineers": true, "Led 12 developers across two sites": true,
		"Ran a 6-person team": true, "Led the team through a re-org": false, "Cut build time by 40%": false,
	} {
		if StatesTeamSize(text) != want {
			t.Errorf("StatesTeamSize(%q) = %v", text, !want)
		}
	}
}
