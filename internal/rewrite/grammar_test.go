package rewrite

import (
	"strings"
	"testing"
)

// rewriteCase is one bullet, the fixes asked for, and the rewrite a reader would
// accept.
type rewriteCase struct{ in, want string }

func runRewriteCases(t *testing.T, fixes []Fix, cases []rewriteCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.in, func(t *testing.T) {
			got, actions := Rewrite(tc.in, fixes)
			if got != tc.want {
				t.Errorf("Rewrite(%q)\n got %q\nwant %q (actions %v)", tc.in, got, tc.want, actions)
			}
			if d := NewDigits(tc.in, got); len(d) > 0 {
				t.Errorf("new digits %q in %q", string(d), got)
			}
			if lost := LostWords(tc.in, got); len(lost) > 0 {
				t.Errorf("lost %v in %q", lost, got)
			}
		})
	}
}

// Gerunds after a duty opener become past-tense verbs, and so do the gerunds
// coordinated with the first one; an unknown "-ing" word stays a noun.
func TestRewriteDutyOpenerGerunds(t *testing.T) {
	runRewriteCases(t, []Fix{fx(ActionDropWeakOpener)}, []rewriteCase{
		{"Duties included attending meetings and providing support to stakeholders.", "Attended meetings and provided support to stakeholders."},
		{"Responsibilities included installing and configuring workstations for the office", "Installed and configured workstations for the office"},
		{"Tasked with collecting, compiling and generating monthly sales figures", "Collected, compiled and generated monthly sales figures"},
		{"In charge of answering customer emails and scheduling repairs", "Answered customer emails and scheduled repairs"},
		{"Responsible for processing invoices, reporting errors to finance", "Processed invoices, reporting errors to finance"},
		{"Responsible for submitting the weekly build to QA", "Submitted the weekly build to QA"},
	})
}

// A particle that belongs to a duty verb goes with it; "helped with" a thing is left as
// it is ("Supported onboarding" would only reword it).
func TestRewriteHelpParticle(t *testing.T) {
	runRewriteCases(t, []Fix{fx(ActionDropWeakOpener)}, []rewriteCase{
		{"Helped out with hiring when required.", "Helped out with hiring when required."},
		{"Helped out with testing during release week", "Helped out with testing during release week"},
		{"Helped with onboarding.", "Helped with onboarding."},
		{"Helped out with the quarterly audit", "Helped out with the quarterly audit"},
		{"Helped customers finding spare parts, checked stock", "Helped customers finding spare parts, checked stock"},
		{"Helped out migrating the mail server to Exchange", "Partnered with [team] to migrate the mail server to Exchange"},
		{"Helped with deploying the Django app", "Partnered with [team] to deploy the Django app"},
	})
}

// A moved subject loses the capital it only had for opening the sentence (common
// nouns and determiners) and keeps it when it may be a name.
func TestRewritePassiveSubjectCase(t *testing.T) {
	runRewriteCases(t, []Fix{fx(ActionActiveVoice)}, []rewriteCase{
		{"Reports were generated for management every week.", "Generated reports for management every week."},
		{"Servers were patched every month", "Patched servers every month"},
		{"Tickets were resolved within the agreed time", "Resolved tickets within the agreed time"},
		{"Documentation was updated for the new API", "Updated documentation for the new API"},
		{"Kubernetes was upgraded across all clusters", "Upgraded Kubernetes across all clusters"},
		{"Salesforce dashboards were built for the sales team", "Built Salesforce dashboards for the sales team"},
	})
}

// Coordinated participles move together ahead of the object.
func TestRewritePassiveCoordinated(t *testing.T) {
	runRewriteCases(t, []Fix{fx(ActionActiveVoice)}, []rewriteCase{
		{"Code was written and tested according to the requirements.", "Wrote and tested code according to the requirements."},
		{"The schema was designed, built and deployed in two weeks", "Designed, built and deployed the schema in two weeks"},
		{"Dashboards were designed and maintained for the ops team", "Designed and maintained dashboards for the ops team"},
		{"The service was rewritten or replaced", "Rewrote or replaced the service"},
		// "and" that does not join two participles is left where it is.
		{"The API was migrated and the old one retired", "Migrated the API and the old one retired"},
		// A comma list that no "and" closes is a participle clause, not a list.
		{"The cache was rebuilt, reduced latency", "Rebuilt the cache, reduced latency"},
	})
}

// A particle without an object of its own belongs to the verb ("set up"); followed by
// a noun it is a preposition and stays put.
func TestRewritePassiveParticle(t *testing.T) {
	runRewriteCases(t, []Fix{fx(ActionActiveVoice)}, []rewriteCase{
		{"Computers were set up for new staff.", "Set up computers for new staff."},
		{"The feature was rolled out to all regions", "Rolled out the feature to all regions"},
		{"The legacy cluster was shut down.", "Shut down the legacy cluster."},
		{"Backups were set up", "Set up backups"},
		{"The app was moved off Heroku", "Moved the app off Heroku"},
	})
}

// An action noun after a duty opener becomes its verb when "of" and an object follow;
// other nouns keep the "Owned" rewrite.
func TestRewriteNominalisation(t *testing.T) {
	runRewriteCases(t, []Fix{fx(ActionDropWeakOpener)}, []rewriteCase{
		{"Responsible for the development of applications.", "Developed applications."},
		{"Billing: Responsible for the development of applications.", "Billing: Developed applications."},
		{"Was tasked with the migration of legacy systems to the cloud.", "Migrated legacy systems to the cloud."},
		{"In charge of the maintenance of the Oracle databases", "Maintained the Oracle databases"},
		{"Responsible for the design and implementation of a new CRM system", "Designed and implemented a new CRM system"},
		{"Responsible for the design, development and testing of the mobile app", "Designed, developed and tested the mobile app"},
		{"Responsible for management of the help desk", "Managed the help desk"},
		{"Responsible for the deployment of Kafka on AWS", "Deployed Kafka on AWS"},
		{"Responsible for the migration to AWS", "Owned the migration to AWS"},
		{"Responsible for the release process of the mobile apps", "Owned the release process of the mobile apps"},
		{"Responsible for the development team", "Owned the development team"},
	})
}

// The noun lexicon only names verbs the verb lexicon has, so every action noun can be
// inflected.
func TestNounLexiconVerbsKnown(t *testing.T) {
	nl := nouns()
	if len(nl.nominal) < 20 || len(nl.common) < 20 {
		t.Fatalf("noun lexicon too small: %d nominalisations, %d common nouns", len(nl.nominal), len(nl.common))
	}
	if _, err := parseNouns("x.yaml", []byte("nominalisations:\n  development: develope\ncommon_nouns: []\n"), verbs()); err == nil || !strings.Contains(err.Error(), "develope") {
		t.Errorf("unknown verb accepted: %v", err)
	}
	if _, err := parseNouns("x.yaml", []byte("nominalisations: {}\ncommon_nouns: [Code]\n"), verbs()); err == nil {
		t.Error("capitalised common noun accepted")
	}
}

// With no subject before it, a passive is only made active when the writer was the
// doer: a receiver ("was offered", "was given") and an unknown verb stay as written.
func TestRewritePassiveNoSubject(t *testing.T) {
	runRewriteCases(t, []Fix{fx(ActionActiveVoice)}, []rewriteCase{
		{"Was promoted to team lead", "Promoted to team lead"},
		{"Was offered a full-time role", "Was offered a full-time role"},
		{"Was given ownership of the billing service", "Was given ownership of the billing service"},
		{"Was awarded employee of the month", "Was awarded employee of the month"},
		{"Was taught Python by a senior engineer", "Was taught Python by a senior engineer"},
		// With a subject an unknown regular participle is the doer's past tense.
		{"The printers were serviced monthly", "Serviced the printers monthly"},
		// A state is not a passive.
		{"The team was based in Berlin", "The team was based in Berlin"},
	})
}

// A passive whose doer is someone else is not the writer's action; a measure, a means
// or a deadline after "by" is no doer.
func TestRewritePassiveOtherAgent(t *testing.T) {
	runRewriteCases(t, []Fix{fx(ActionActiveVoice)}, []rewriteCase{
		{"Phabricator is used daily by Facebook, Dropbox and Quora.", "Phabricator is used daily by Facebook, Dropbox and Quora."},
		{"The tool was adopted by the sales team", "The tool was adopted by the sales team"},
		{"The dashboard is used by customers every day", "The dashboard is used by customers every day"},
		{"The app was rebuilt by my team.", "Rebuilt the app with the team."},
		{"Build times were reduced by 40%", "Reduced build times by 40%"},
		{"Latency was reduced by moving reads to Redis", "Reduced latency by moving reads to Redis"},
		{"The migration was completed by the end of Q3", "Completed the migration by the end of Q3"},
		{"The release was shipped by Friday", "Shipped the release by Friday"},
	})
}

// After "where", "so" and "because" a clause needs its "I", so the pronoun cannot go
// everywhere: half a first person reads worse than the original, which is kept. After
// "and"/"but" the subject is the bullet's. "myself" as an object stays, and so does an
// "I" before a verb whose tense the fixer cannot tell ("I lead").
func TestRewritePronounSubordinate(t *testing.T) {
	runRewriteCases(t, []Fix{fx(ActionDropPronoun)}, []rewriteCase{
		{"I worked at the SMAP Center, where I contributed to the data pipeline", "I worked at the SMAP Center, where I contributed to the data pipeline"},
		{"I rewrote the importer so I could drop the cron job", "I rewrote the importer so I could drop the cron job"},
		{"I fixed bugs and I wrote tests", "Fixed bugs and wrote tests"},
		{"I designed the schema myself.", "Designed the schema."},
		{"Taught myself and others the basics of Rust", "Taught myself and others the basics of Rust"},
		{"I lead weekly study sessions for new hires", "I lead weekly study sessions for new hires"},
	})
}

// An opening gerund becomes a verb only when it is one: not as the subject of "is" and
// not as the first word of a title.
func TestRewritePastTenseGerundNoun(t *testing.T) {
	runRewriteCases(t, []Fix{fx(ActionPastTense)}, []rewriteCase{
		{"Building data pipelines for the finance team", "Built data pipelines for the finance team"},
		{"Testing (unit, functional, operational) is very important.", "Testing (unit, functional, operational) is very important."},
		{"Monitoring of the clusters was done with Grafana", "Monitoring of the clusters was done with Grafana"},
		{"Teaching Assistant – Computational Investing: ran weekly labs", "Teaching Assistant – Computational Investing: ran weekly labs"},
		{"Leading Projects: planned the data migration", "Leading Projects: planned the data migration"},
		{"Managing schedules that were often late", "Managed schedules that were often late"},
		{"Mentoring junior engineers, who have since been promoted", "Mentored junior engineers, who have since been promoted"},
	})
}

// A noun phrase that closes a list of converted verb phrases gets a verb of its own;
// a list of nouns does not.
func TestRewriteListClosingNoun(t *testing.T) {
	runRewriteCases(t, []Fix{fx(ActionDropWeakOpener)}, []rewriteCase{
		{"Responsibilities included drafting layouts, writing and designing guides, and image compression.", "Drafted layouts, wrote and designed guides, and owned image compression."},
		{"Responsible for testing releases, writing runbooks, and the on-call rotation", "Tested releases, wrote runbooks, and owned the on-call rotation"},
		{"Worked on building dashboards, fixing alerts, and capacity planning", "Worked on building dashboards, fixing alerts, and capacity planning"},
		{"Responsible for maintaining servers, databases, and backups", "Maintained servers, databases, and backups"},
		{"Responsible for writing specs, reviewing code, and mentoring interns", "Wrote specs, reviewed code, and mentored interns"},
	})
}

// An action noun or a "the X-ing of" phrase closing a list of verb phrases becomes a
// verb too.
func TestRewriteListClosingActionNoun(t *testing.T) {
	runRewriteCases(t, []Fix{fx(ActionDropWeakOpener)}, []rewriteCase{
		{"Responsible for building back end tools, fixing bugs, and the maintaining of web servers.", "Built back end tools, fixed bugs, and maintained web servers."},
		{"Tasked with writing specs, reviewing code, and the maintenance of the CI pipeline", "Wrote specs, reviewed code, and maintained the CI pipeline"},
		{"Responsible for the maintaining of the Jenkins servers", "Maintained the Jenkins servers"},
	})
}

// "on a weekly basis" becomes "weekly" when the sentence is rewritten anyway.
func TestRewriteBasis(t *testing.T) {
	runRewriteCases(t, []Fix{fx(ActionActiveVoice), fx(ActionDropWeakOpener)}, []rewriteCase{
		{"Reports were generated on a weekly basis for management.", "Generated reports weekly for management."},
		{"Responsible for patching servers on a monthly basis", "Patched servers monthly"},
		{"Backups were tested on a regular basis", "Tested backups on a regular basis"},
		{"Built dashboards that are read on a daily basis", "Built dashboards that are read on a daily basis"},
	})
}
