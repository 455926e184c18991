package signals

import (
	"maps"
	"strings"
	"sync"
	"testing"

	"github.com/resumecheck/resumecheck/internal/lexicon"
	"github.com/resumecheck/resumecheck/internal/nlp"
)

func analyzer(t testing.TB) *Analyzer {
	t.Helper()
	a, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// The cases the issue names, one by one: what counts as a quantity and what does not.
func TestQuantified(t *testing.T) {
	a := analyzer(t)
	yes := map[string]string{
		"Raised conversion 40%":                          "40%",
		"Saved $1.2M in licences":                        "$1.2M",
		"Cut costs by €300k":                             "€300k",
		"Made builds 3x faster":                          "3x",
		"Served 2,000 users":                             "2,000",
		"Handled 50k requests per second":                "50k",
		"Kept a p99 of 38 ms":                            "38",
		"Mentored two engineers":                         "two",
		"Reviewed a dozen designs":                       "a dozen",
		"Fixed dozens of bugs":                           "dozens",
		"Cut the bill in half":                           "half",
		"Lifted coverage from 45% to 80%":                "45%",
		"Answered 30+ tickets a week":                    "30+",
		"Saved 3 years of engineering time with tooling": "3",
		// a time cut in units alone, a team of one, money in a compound
		"Brought the restore time from days to minutes": "from days to minutes",
		"Sped up deploys by hours with a build cache":   "by hours",
		"Stood up preview environments in mere minutes": "in mere minutes",
		"Saved the analysts days of spreadsheet work":   "Saved the analysts days",
		"Ran the data platform, a one-person team":      "one-person",
		"Won a multimillion-dollar grid contract":       "multimillion",
	}
	for text, ev := range yes {
		s := a.Analyze(text)
		if !s.Quantified {
			t.Errorf("%q: not quantified", text)
			continue
		}
		r := []rune(text)
		if sp := s.Evidence[Quantified][0]; !strings.HasPrefix(string(r[sp.Start:sp.End]), ev) {
			t.Errorf("%q: first evidence %q, want %q", text, string(r[sp.Start:sp.End]), ev)
		}
	}
	no := []string{
		"Joined in 2019 and left in March 2021",
		"5 years of backend work",
		"10+ years of experience in Java",
		"Five years of experience in sales",
		"Upgraded to Python 3 and Java 17",
		"Moved the gateway to HTTP/2",
		"Call +1 (415) 555-0132",
		"Finished 1st in the hackathon",
		"Took CS 101 and CS 240",
		"Shipped in Q3 2022 on 03/2021 data",
		"Kept p99 under control",
		"Provided 24/7 on-call cover",
		"Ran weekly 1:1s",
		"Fixed N+1 queries on EC2",
		"1. Scaling search for a small shop",
		"[2] J. Smith and K. Lee. A study of caches",
		"GPA: 3.8 / 4.0",
		"Cloud Practitioner Associate (003)",
		"See doi 10.1000/abc.2020 for details",
		"Tenure: 2 years 10 months",
		"Moved from days to nights on the support rota",
		"Worked from Monday to Friday on site",
		"Purged audit logs older than 90 days",
		"Archived tickets older than two weeks",
	}
	for _, text := range no {
		if s := a.Analyze(text); s.Quantified {
			t.Errorf("%q: quantified by %v", text, s.Evidence[Quantified])
		}
	}
}

func TestActionVerb(t *testing.T) {
	a := analyzer(t)
	tests := map[string]string{
		"Led a team of 6":                        "led",
		"Drove adoption of OpenTelemetry":        "drove",
		"Cut AWS spend by 30%":                   "cut",
		"Grew the team from 4 to 10":             "grew",
		"Ran the on-call rotation":               "ran",
		"Containerized 40 services":              "containerized",
		"• Shipped the iOS app":                  "shipped",
		"Helped the QA team":                     "",
		"Responsible for the website":            "",
		"I built a bot":                          "",
		"Was promoted to senior":                 "",
		"Python, Go, Kubernetes":                 "",
		"Strong communicator with a eye for UX.": "",
	}
	for text, want := range tests {
		if got := a.Analyze(text).ActionVerb; got != want {
			t.Errorf("%q: action verb %q, want %q", text, got, want)
		}
	}
}

func TestLeadVersusLedTo(t *testing.T) {
	a := analyzer(t)
	// SIGNALS.md: "Led + a thing" with no people named is ownership, not team framing
	if a.Analyze("Led the migration to Kubernetes").TeamFraming {
		t.Error(`"Led the migration" names no people: not team framing`)
	}
	if !a.Analyze("Led four engineers through the migration to Kubernetes").TeamFraming {
		t.Error(`"Led four engineers" should be team framing`)
	}
	if a.Analyze("Led to a 20% increase in signups").TeamFraming {
		t.Error(`"Led to" should not be team framing`)
	}
}

// The hard cases of the definitions of first_person and weak_opener.
func TestOpenerHardCases(t *testing.T) {
	a := analyzer(t)
	for _, tc := range []struct {
		text   string
		signal string
		want   bool
	}{
		{"Ran phase I and II clinical trials for 300 patients", FirstPerson, false},
		{"Rolled out Type I audit checks", FirstPerson, false},
		{"Delivered two projects: (i) a billing API and (ii) a search index", FirstPerson, false},
		{"Led three workstreams i. payments ii. search iii. onboarding", FirstPerson, false},
		{"Built the scheduler that i later handed over to the platform team", FirstPerson, true},
		{"In phase 2 I rebuilt the scheduler", FirstPerson, true},
		{"Successfully helped migrate the billing jobs", WeakOpener, true},
		{"Worked actively on the payments API", WeakOpener, true},
		{"Worked in a team of 4 on the Android app", WeakOpener, true},
		// the opener after a short label; a label before an action verb is fine
		{"Release duty: Responsible for the weekly mobile builds", WeakOpener, true},
		{"Payments: Rebuilt the refund flow in Go", WeakOpener, false},
		{"Worked as a tutor in evening coding classes", WeakOpener, true},
		{"Active involvement in the ISO 9001 audit", WeakOpener, true},
		{"Participation in contract negotiations with the customer", WeakOpener, true},
		{"Main duties included deployments and on-call", WeakOpener, true},
		{"Main tasks were deployments and monitoring", WeakOpener, true},
		{"Entrusted with the release process", WeakOpener, true},
		{"Successfully migrated the billing jobs to Kubernetes", WeakOpener, false},
		{"Worked across three teams to ship SSO", WeakOpener, false},
		{"Contributed to the design of the event bus", WeakOpener, false},
		{"We moved the teams to daily deploys", WeakOpener, false},
		{"Quickly I learned the codebase", WeakOpener, false},
	} {
		s := a.Analyze(tc.text)
		if got := s.Get(tc.signal); got != tc.want {
			t.Errorf("%q: %s = %v, want %v (evidence %v)", tc.text, tc.signal, got, tc.want, s.Evidence[tc.signal])
		}
	}
}

func TestPassiveVersusAdjectival(t *testing.T) {
	a := analyzer(t)
	for text, want := range map[string]bool{
		"The service was migrated to Go":        true,
		"Costs were reduced by 20%":             true,
		"Endpoints are covered by tests":        true,
		"All jobs have been rewritten in Rust":  true,
		"Was responsible for the ETL jobs":      false,
		"Was involved in the launch":            true, // by definition: "was involved/engaged/stuck"
		"Was instrumental in the launch":        false,
		"Is renowned for its open-source tools": false,
		"Is based in Berlin":                    false,
		"Migrated the service to Go":            false,
		"I was leading the platform team":       false,
		"Mentored by the principal engineer":    false,
		"The team was built from scratch by me": true,
	} {
		s := a.Analyze(text)
		if s.Passive != want {
			t.Errorf("%q: passive %v, want %v (evidence %v)", text, s.Passive, want, s.Evidence[Passive])
		}
	}
}

func TestCrossTeamMetricOnly(t *testing.T) {
	a := analyzer(t)
	for text, want := range map[string]bool{
		"Reduced support tickets by 30%":          false,
		"Increased sales by 25%":                  false,
		"Cut customer churn by 12%":               false,
		"Served 2M customers":                     false,
		"Partnered with product and design on it": true,
		"Worked with the support team on triage":  true,
		"Presented the plan to executives":        true,
		"Aligned stakeholders across 4 teams":     true,
		"Shipped the product on time":             false,
		"Improved system design of the ingestion": false,
	} {
		if got := a.Analyze(text).CrossTeam; got != want {
			t.Errorf("%q: cross_team %v, want %v", text, got, want)
		}
	}
}

func TestEvidenceAndWords(t *testing.T) {
	a := analyzer(t)
	text := "• We cut p99 latency from 450 ms to 38 ms for 12 services — I presented it to the CTO."
	s, toks := a.AnalyzeTokens(text)
	if len(toks) == 0 {
		t.Fatal("no tokens")
	}
	if s.Words != 19 {
		t.Errorf("words = %d, want 19", s.Words)
	}
	runes := []rune(text)
	for _, name := range Names {
		spans := s.Evidence[name]
		if s.Get(name) != (len(spans) > 0) {
			t.Errorf("%s: value %v but %d evidence spans", name, s.Get(name), len(spans))
		}
		for _, sp := range spans {
			if sp.Start < 0 || sp.End > len(runes) || sp.Start >= sp.End {
				t.Errorf("%s: bad span %v", name, sp)
			}
		}
	}
	for _, name := range []string{Quantified, FirstPerson, TeamFraming, CrossTeam, Technical, Communication} {
		if !s.Get(name) {
			t.Errorf("%s: want true", name)
		}
	}
	// "We" opens team framing, not a duty-style opener
	if s.People || s.Passive || s.PM || s.WeakOpener {
		t.Errorf("people/passive/pm/weak_opener should be false: %+v", s)
	}
}

func TestEmptyBullet(t *testing.T) {
	s := analyzer(t).Analyze("   ")
	if s.Words != 0 || s.Evidence != nil || s.ActionVerb != "" {
		t.Fatalf("got %+v", s)
	}
}

func TestNewAnalyzerNeedsLexicons(t *testing.T) {
	set, err := lexicon.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := NewAnalyzer(set, nil); err == nil {
		t.Error("no error without a model")
	}
	if _, err := NewAnalyzer(&lexicon.Set{}, nlp.Shared()); err == nil || !strings.Contains(err.Error(), "adjectival_participles") {
		t.Errorf("got %v, want a missing-lexicon error", err)
	}
}

func TestConcurrentAnalyze(t *testing.T) {
	a := analyzer(t)
	want := a.Analyze("Led 4 engineers to ship the billing API with product.")
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 10 {
				got := a.Analyze("Led 4 engineers to ship the billing API with product.")
				if got.Quantified != want.Quantified || got.CrossTeam != want.CrossTeam || got.ActionVerb != want.ActionVerb {
					t.Error("results differ across goroutines")
					return
				}
			}
		}()
	}
	wg.Wait()
}

// Single-signal cases, many of them false positives first seen on real résumés and
// rewritten here in our own words.
func TestSignalCases(t *testing.T) {
	a := analyzer(t)
	tests := []struct {
		text, signal string
		want         bool
	}{
		{"Platform Engineer, Jan 2015 - Present", Communication, false},
		// a party + "facing": work facing that party, unless what faces it is a system
		{"Ran client-facing workshops on the quarterly roadmap", CrossTeam, true},
		{"Partner facing office hours every Friday", CrossTeam, true},
		{"Moved into a customer facing role", CrossTeam, true},
		{"Defined SLOs for the customer-facing APIs", CrossTeam, false},
		{"Rebuilt the client-facing status page in React", CrossTeam, false},
		{"Polished the user-facing onboarding flow", CrossTeam, false},
		// a function phrase ending in a preposition takes the noun after it as its object
		{"Wrote the course in direct partnership with Prof. Ada Byron", CrossTeam, true},
		{"Shipped the plugin in partnership with Initech engineers", CrossTeam, true},
		// adoption or rollout spread over others in the organisation
		{"The linting rules saw adoption across 400+ developers", CrossTeam, true},
		{"Rolled out the new on-call tooling to every team", CrossTeam, true},
		{"Built a feature-flag service, adopted company-wide within a year", CrossTeam, true},
		{"Adopted Kubernetes across all environments", CrossTeam, false},
		{"Rolled out structured logging to all services", CrossTeam, false},
		// a director by preposition, in any voice; those above the writer in plain words
		{"The quarterly plan was reported to the operations director", CrossTeam, true},
		{"Shaped the launch story with the creative director", CrossTeam, true},
		{"Walked a higher-up through the incident timeline", CrossTeam, true},
		{"Promoted to Director of Engineering", CrossTeam, false},
		// a proper noun describing a party after its cue
		{"Built the billing integration for a Nordic client.", CrossTeam, true},
		{"Wrote Acme client libraries", CrossTeam, false},
		// fifth round: context rules for cross-team and communication
		{"Sorted out laptop provisioning with IT", CrossTeam, true},
		{"Made it easier to add new regions", CrossTeam, false},
		{"Added sales-qualified scoring to the CRM", CrossTeam, false},
		{"Built a cache in front of the web clients", CrossTeam, false},
		{"Reached 2 million customers in Brazil", CrossTeam, false},
		{"Moved the workers into an auto-scaling group", CrossTeam, false},
		{"Designed the rollout with our counterparts in Madrid", CrossTeam, true},
		{"Reviewed the threat model with external security consultants", CrossTeam, true},
		{"Sat with dispatchers to learn how routes are planned", CrossTeam, true},
		{"Split the report service into two workers", Communication, false},
		{"Indexed proposals and contracts in OpenSearch", Communication, false},
		{"Built a cron job that summarizes error logs", Communication, false},
		{"Published the SDK packages to npm", Communication, false},
		{"Published a paper on consensus protocols", Communication, true},
		{"Gave the VP of Sales a weekly readout on pilot accounts", Communication, true},
		{"Won sign-off from security for the new auth flow", Communication, true},
		{"Kept the CFO updated on the migration costs", Communication, true},
		{"Kept every dependency up to date", Communication, false},
		{"Ran lead scoring jobs for the growth team", TeamFraming, false},
		{"Tuned alerts with the SRE team of the cards org", TeamFraming, false},
		{"Held discovery interviews with nurses about the ward app", People, false},
		{"Interviewed candidates for the SRE team", People, true},
		{"Shadowed warehouse staff for a week before redesigning the picker app", People, false},
		{"Worked with the risk team on fraud alerts", PM, false},
		{"Shipped v2 of the SDK with support for SAML", CrossTeam, false},
		{"Provided leadership for the database migration", CrossTeam, false},
		{"Owned architecture and design for the ledger", CrossTeam, false},
		{"Represented engineering at the quarterly business review", CrossTeam, true},
		{"Agreed the cutover weekend with the bank's IT staff", CrossTeam, true},
		{"Was presented with the engineering excellence award", Communication, false},
		{"Self-taught in Rust and Go", Communication, false},
		{"Educated at the University of Leeds", Communication, false},
		{"Championed trunk-based development across the org", Communication, true},
		{"Wrote firmware for serial communication with the motor controller", Communication, false},
		{"Moved inter-service communication to gRPC", Communication, false},
		{"Staff Engineer, Mar. 2021 \u00ad Present", Communication, false},
		{"Built RFID showcase systems for retail stores", Communication, false},
		{"Drove alignment between the web and mobile orgs on versioning", CrossTeam, true},
		{"Worked with the Trust & Safety team on moderation tools", CrossTeam, true},
		{"Signed off each release with QA", CrossTeam, true},
		{"Ran QA on every release candidate", CrossTeam, false},
		{"Built a payouts dashboard for 4,000 merchants", CrossTeam, false},
		{"Acted as the bridge between engineering and the business", CrossTeam, true},
		{"Ran knowledge transfer sessions before the handover", Communication, true},
		{"Wrote the PRD for offline sync with the product manager", Communication, true},
		{"Localised the checkout for Spanish-speaking markets", Communication, false},
		{"Gave speaking slots at the meetup to first-time presenters", Communication, true},
		{"Presented the roadmap to the board", Communication, true},
		{"Hardened the bank's segregated network", Passive, false},
		{"Moved the product to be cloud-based", Passive, false},
		{"The cluster was re-architected in 2021", Passive, true},
		{"Managed 3 Kubernetes clusters and 300 pods", People, false},
		{"Managed 12 engineers across two sites", People, true},
		{"Built a Continuous Delivery practice", PM, false},
		{"Coordinated delivery of the v2 launch", PM, true},
		{"Designed the onboarding flow for new users", People, false},
		{"Onboarded 4 new engineers", People, true},
		{"Interviewed 20 customers about pricing", People, false},
		{"Resolved merge conflicts in the monorepo", People, false},
		{"Wrote the deployment runbook", Communication, true},
		{"Taught myself Rust", Communication, false},
		{"Ran weekly 1:1s with my reports", FirstPerson, true},
		{"Improved I/O throughput of the disk layer", FirstPerson, false},
		{"We shipped it together", WeakOpener, false},
		{"We shipped it together", TeamFraming, true},
		{"Our team moved to daily deploys", WeakOpener, false},
		{"I was asked to own the deploys", WeakOpener, true},
		{"My role was to own the deploys", WeakOpener, true},
		{"Shipped it together with the team", WeakOpener, false},
		{"Promoted to team lead in 2022", TeamFraming, false},
		{"Used by 40 engineers daily, the CLI replaced three scripts", TeamFraming, true}, // SIGNALS.md: "a CLI used by 40+ engineers"
		// sixth round: people work without the usual nouns, and the same words naming software
		{"Grew three graduates into tech leads", People, true},
		{"Helped her step into management", People, true},
		{"Took on four apprentices from the coding school", People, true},
		{"Got six contractors up to speed on the ledger", People, true},
		{"Reorganised the 40 engineers of the mobile org around user journeys", People, true},
		{"Merged the two billing squads into one", People, true},
		{"Nominated two designers for the leadership course", People, true},
		{"Mediated between the two founders on hiring priorities", People, true},
		{"Each of my six reports got a written growth goal", People, true},
		{"Ran the weekly pulse survey and shared the results", People, true},
		{"Mentored Ana, who was promoted to senior in a year", People, true},
		{"Directed an engineering organisation of 120", People, true},
		{"Joined as a new grad on the search team", People, false},
		{"Built a candidate sync between the ATS and the HRIS", People, false},
		{"Imported candidates from the old ATS", People, false},
		{"Rebuilt the recruiting platform's search", People, false},
		{"Shipped the promotion service for the spring sale", People, false},
		{"Fixed scheduling conflicts in the rota app", People, false},
		{"Raised weekly engagement in the Android app", People, false},
		{"Delegated session storage to Redis", People, false},
		{"Shadowed the SRE lead through two incidents", People, false},
		{"Shadowed by three new hires every quarter", People, true},
		{"Managed the department's travel budget", People, false},
		{"Built the team wiki on Notion", People, false},
		{"Built a graduate programme for data analysts", PM, false},
		{"Oversaw a pod of four engineers", TeamFraming, true},
		{"Ran a small platform squad", TeamFraming, true},
		{"Inherited a team of nine", TeamFraming, true},
		{"Let support agents refund orders without a ticket", TeamFraming, true},
		{"Cut CI time for 300 developers", TeamFraming, true},
		{"Gave a talk to 200 engineers", TeamFraming, false},
		{"Supervised the migration of the ledger database", TeamFraming, false},
		{"Built the team dashboard in Grafana", People, false},
		{"Headed a 9-person squad", CrossTeam, false},
		{"Split the platform org into three teams", CrossTeam, false},
		{"Moved login to the identity provider", CrossTeam, false},
		{"Trained the field technicians on the new handhelds", CrossTeam, true},
		{"Wrote promotion packets for my reports", Communication, true},
		{"Moved the whole company to passkeys", Technical, true},
		{"Brought boot time of the tills under ten seconds", Technical, true},
		{"Kept bookings open through the loss of an availability zone", Technical, true},
		{"Stopped duplicate payouts to sellers", Technical, true},
		{"Took stock levels from daily to real time", Technical, true},
		{"Made the field app work offline", Technical, true},
		{"Ran the weekly sync with the design team", Technical, false},
		{"Recruited 25 participants for the diary study", TeamFraming, false},
		{"Interviewed for a senior role at Stripe", People, false},
		{"Grew the Berlin site from 4 to 30 engineers", People, true},
		{"Stood up a new squad for the payments launch", People, true},
		{"Ran stay interviews with every senior engineer", People, true},
		{"Promoted the new logging library across the org", Communication, true},
		{"Met each new hire to talk about their goals", Communication, false},
		{"Wrote a backup plan for the launch weekend", Technical, false},
		{"Spun up a new team for the mobile app rewrite", Technical, true},
		{"Spun up a new squad for checkout", Technical, false},
		{"Made rollbacks safer for every developer", TeamFraming, true},
		{"Set clear expectations with an engineer who kept missing reviews", People, true},
		{"Let go of a contractor after two warnings", People, true},
		{"Grew a bench of future leads", People, true},
		{"Gave real-time feedback in weekly 1:1s", Technical, false},
		{"Set up nightly backups for the billing database", Technical, true},
		{"Sourced 120 backend engineers for the Madrid office", People, true},
		{"Sourced parts from three suppliers", People, false},
		{"Replaced their reports with a live dashboard", People, false},
		{"Emailed the 3,000 people who joined the waitlist", People, false},
		{"Brought everyone up to speed on the outage within the hour", People, false},
		{"Brought two contractors up to speed on the billing code", People, true},
		{"Restructured the codebase for teams to own modules", People, false},
		{"Wrote a first-week plan for engineers joining the data team", People, true},
		{"Eight engineers reported to me across two teams", People, true},
		{"Held monthly one-to-ones with each mentee", People, true},
		{"Rolled out phishing-resistant MFA to all staff", Technical, true},
		{"Shipped the release as a team despite the freeze", TeamFraming, true},
		{"Negotiated a hardware budget with finance", Technical, false},
	}
	for _, tt := range tests {
		s := a.Analyze(tt.text)
		if got := s.Get(tt.signal); got != tt.want {
			t.Errorf("%q: %s = %v, want %v (evidence %v)", tt.text, tt.signal, got, tt.want, s.Evidence[tt.signal])
		}
	}
}

// TestPhraseErrors: a phrase that cannot be read is an error naming it, not a panic.
func TestPhraseErrors(t *testing.T) {
	named := map[string][]string{"g": {"team"}}
	for spec, want := range map[string]string{
		"ran @nope team": "no list nope",
		"_ ran team":     "must start with words",
		"ran team{1,x}":  "bad count",
		"ran? the team":  "must start with words",
	} {
		if _, err := compilePhrases(named, spec); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%q: got %v, want an error with %q", spec, err, want)
		}
	}
}

// TestPhrases checks the token-by-token phrase matcher: optional slots, counts,
// any-word gaps and the zero-width stop.
func TestPhrases(t *testing.T) {
	a := analyzer(t)
	ps, err := compilePhrases(map[string][]string{"g": {"team", "squad"}},
		"ran a|the? _{0,2} @g",
		"@g of # people|$",
	)
	if err != nil {
		t.Fatal(err)
	}
	cases := map[string][]string{
		"Ran the small data team":        {"Ran the small data team"},
		"Ran a squad of 7.":              {"Ran a squad", "squad of 7"},
		"Ran a squad of 7 people":        {"Ran a squad", "squad of 7 people"},
		"Ran a squad of 7 servers":       {"Ran a squad"},
		"Ran load tests for the team":    nil, // three words between: too far
		"Moved the team of nine":         {"team of nine"},
		"The squad of several engineers": nil,
	}
	for text, want := range cases {
		_, toks := a.AnalyzeTokens(text)
		b := &bullet{text: text, runes: []rune(text), toks: toks, low: make([]string, len(toks)), v: a.v}
		for i, tk := range toks {
			b.low[i] = strings.ToLower(tk.Text)
		}
		var got []string
		for _, sp := range ps.find(b) {
			got = append(got, b.span(sp))
		}
		if strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("%q: found %q, want %q", text, got, want)
		}
	}
}

// TestVocabErrors: the analyser's word lists and phrases come from the lexicons; a
// missing list, a list defined twice or a phrase that names no list is an error that
// names what to fix, not a panic.
func TestVocabErrors(t *testing.T) {
	a := analyzer(t)
	with := func(name string, l *lexicon.Lexicon) map[string]*lexicon.Lexicon {
		m := maps.Clone(a.lex)
		m[name] = l
		return m
	}
	grammar := *a.lex["grammar"]
	noDeterminers := grammar
	noDeterminers.Lists = maps.Clone(grammar.Lists)
	delete(noDeterminers.Lists, "determiners")
	twice := *a.lex["pm"]
	twice.Lists = maps.Clone(twice.Lists)
	twice.Lists["joiners"] = []string{"for"}
	badPhrase := *a.lex["technical"]
	badPhrase.Phrases = []string{"from @no_such_list to"}
	for name, tc := range map[string]struct {
		lex  map[string]*lexicon.Lexicon
		want string
	}{
		"missing":    {with("grammar", &noDeterminers), `"determiners" is missing`},
		"twice":      {with("pm", &twice), `"joiners" is also defined`},
		"bad phrase": {with("technical", &badPhrase), "no list no_such_list"},
	} {
		if _, err := newVocab(tc.lex); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: got %v, want an error with %s", name, err, tc.want)
		}
	}
	if _, err := newVocab(a.lex); err != nil {
		t.Errorf("built-in lexicons: %v", err)
	}
}
