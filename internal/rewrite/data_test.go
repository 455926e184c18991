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
		// A bullet that opens with the change gets its size after the object.
		{"Reduced on-call incidents for the payments service", "service from [X] to [Y] a month"},
		{"Cut the page load time of the checkout flow", "flow from [X] ms to [Y] ms"},
		{"Lowered the cloud cost of the analytics cluster", "cluster by $[X] a year"},
		{"Automated failover for incidents in the payments service", ", cutting time to recover"},
		{"Migrated the billing database to PostgreSQL", "[N] services"},
		{"Built an internal tool for release notes", "adopted by [N] teams"},
		{"Won the company hackathon", "out of [N] entries"},
		{"Built the data pipelines for the billing reports in Spark", ", processing [N] GB a day"},
		{"Automated the release checklist for the mobile apps", ", saving [N] hours of manual work a week"},
		// A build pipeline moves no data; a test suite with "automation" in its name is
		// no automated chore: no data or hours measure.
		{"Implemented CI/CD pipelines for the Terraform modules", "?"},
		{"Built API automation test suites for the backend", "?"},
		{"Built the data pipelines for the billing reports processing 2 TB a day", ""},
		{"Successfully won the company hackathon", "?"}, // the recognition question, not the general one
		// Said twice, or hanging off the wrong words: a question instead.
		{"Implemented request rerouting that lowers latency on the edge network", "?"},
		{"Managed the department budget, hiring and performance reviews", "?"},
		{"Built a Kubernetes platform that is easy to upgrade", "?"},
		{"Developed an in-house framework in a fast iterative manner", "?"},
		// Not the bullet's object, or not carried out: no migration measure.
		{"Planned and documented the legacy production database migration", "?"},
		{"Wrote design documents and on-call runbooks for the team", "?"},
		{"Mediated project meetings with clients to meet deadlines and budgets", "?"},
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
		"Originally hired to help the billing team move to Go":      Label,
		"Skills: Python, C++, C, Qt, UDP":                           List,
		"Python, Go, Kubernetes, Terraform, PostgreSQL, Redis":      List,
		"Human Languages:":  Label,
		"Job description 1": Label,
		"Cloud infrastructure for the payments platform and its users": Fragment,
		"Cloud infrastructure for the payments platform":               Label,
		"(Part of a larger retail group)":                              Label,
		"as a managed service on the cloud.":                           Label,
		"Acme Widgets Ltd. | Springfield, Ohio":                        Label,
		"For enquiries write to: someone@example.org":                  Label,
		"Good working knowledge of office hardware and printers":       Label,
		"Promoted to senior developer after eight months":              Label,
		"Enabled by Kafka, Jenkins pipelines and Grafana dashboards":   Label,
		"design the cloud architecture for the container platform":     Fragment,
		"Aug 2012 - Software Developer, Example Systems, Pune.":        Label,
		"Ability to work under close supervision and on my own":        Label,
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
		{"Rebuilt the deploy pipeline in Go with a coworker", TeamContext{Leads: true, TeamWork: true}, true, false},
		{"Rebuilt the deploy pipeline in Go", TeamContext{Leads: true, TeamWork: true, SizeStated: true}, true, false},
		{"Rebuilt the deploy pipeline in Go for the platform team", TeamContext{Leads: true, TeamWork: true}, true, false},
		{"Won the regional sales award", TeamContext{Leads: true, TeamWork: true}, false, false},
		{"Led the rebuild of the deploy pipeline in Go", TeamContext{Leads: true, TeamWork: true}, true, false},
		{"Rebuilt the deploy pipeline in Go", TeamContext{Leads: true, TeamWork: true, Learner: true}, true, false},
		// An individual contributor's bullet: the team would garble who did what.
		{"Rebuilt the deploy pipeline in Go", TeamContext{}, true, false},
		// A lead title whose role shows no work with or through people: a lead engineer
		// is often a senior individual contributor, and the team would be invented.
		{"Rebuilt the deploy pipeline in Go", TeamContext{Leads: true}, true, false},
		{"Rebuilt the deploy pipeline in Go", TeamContext{Leads: true, TeamWork: true}, true, true},
		// The team would read as the one receiving it, or the verb is not in the past.
		{"Provided architecture direction for the delivery process", TeamContext{Leads: true, TeamWork: true}, true, false},
		{"Rebuilding the deploy pipeline in Go", TeamContext{Leads: true, TeamWork: true}, true, false},
		{"Architects and DB designs for the platform", TeamContext{Leads: true, TeamWork: true}, true, false},
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
		"Team Lead": true, "Engineering Manager": true, "Head of Platform": true,
		"Software Engineer": false, "DevOps Engineer": false, "Private": false,
		"Data Scientist - Investment Manager": false, "Account Manager": false, "Software Development Manager": true,
	} {
		if LeadTitle(title) != want {
			t.Errorf("LeadTitle(%q) = %v", title, !want)
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
