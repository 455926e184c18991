package rewrite

import (
	"regexp"
	"strings"
	"testing"
)

func fx(action string, kv ...string) Fix {
	f := Fix{Action: action}
	if len(kv) > 0 {
		f.Params = map[string]string{}
		for i := 0; i+1 < len(kv); i += 2 {
			f.Params[kv[i]] = kv[i+1]
		}
	}
	return f
}

func TestRewriteTable(t *testing.T) {
	pron := fx(ActionDropPronoun)
	weak := fx(ActionDropWeakOpener)
	act := fx(ActionActiveVoice)
	tests := []struct {
		name  string
		in    string
		fixes []Fix
		want  string
	}{
		{"duty opener gerund", "Responsible for maintaining the billing service in Go", []Fix{weak}, "Maintained the billing service in Go"},
		{"duty opener coordinated", "Responsible for designing, building and operating Kafka pipelines.", []Fix{weak}, "Designed, built and operated Kafka pipelines."},
		{"duty opener noun", "Responsible for the release process of the mobile apps", []Fix{weak}, "Owned the release process of the mobile apps"},
		{"duty opener unknown gerund is a noun", "Responsible for logging and alerting", []Fix{weak}, "Owned logging and alerting"},
		{"in charge of", "In charge of migrating 40 services to Kubernetes", []Fix{weak}, "Migrated 40 services to Kubernetes"},
		{"irregular verb", "Tasked with writing the onboarding guide", []Fix{weak}, "Wrote the onboarding guide"},
		{"doubled consonant", "Responsible for shipping the iOS app", []Fix{weak}, "Shipped the iOS app"},
		{"worked on noun is a hedge, not reworded", "Worked on the payments API", []Fix{weak}, "Worked on the payments API"},
		{"worked on gerund is not claimed whole", "Worked on improving CI/CD reliability", []Fix{weak}, "Worked on improving CI/CD reliability"},
		{"took part in is not claimed whole", "Took part in developing the first onboarding system", []Fix{weak}, "Took part in developing the first onboarding system"},
		{"helped verb", "Helped migrate the monolith to microservices", []Fix{weak}, "Partnered with [team] to migrate the monolith to microservices"},
		{"helped object verb", "Helped the team ship the new search page", []Fix{weak}, "Enabled the team to ship the new search page"},
		{"role was to", "My role was to lead the data platform team", []Fix{weak}, "Led the data platform team"},
		{"pronoun led", "I led the migration to PostgreSQL", []Fix{pron}, "Led the migration to PostgreSQL"},
		{"pronoun have", "I have built three React apps", []Fix{pron}, "Built three React apps"},
		{"pronoun and opener", "I was responsible for running the on-call rotation", []Fix{pron, weak}, "Ran the on-call rotation"},
		{"opener order does not matter", "I was responsible for running the on-call rotation", []Fix{weak, pron}, "Ran the on-call rotation"},
		{"my team", "Led my team through the Redis upgrade", []Fix{pron}, "Led the team through the Redis upgrade"},
		{"pronoun unfixable", "I am a backend engineer", []Fix{pron}, "I am a backend engineer"},
		{"passive subject first", "The API was migrated to Go", []Fix{act}, "Migrated the API to Go"},
		{"passive keeps names", "Kubernetes clusters were upgraded by me to 1.29", []Fix{act}, "Upgraded Kubernetes clusters to 1.29"},
		{"passive by team", "The deploy pipeline was rebuilt by my team.", []Fix{act}, "Rebuilt the deploy pipeline with the team."},
		{"passive clause", "Led the caching rework, and p99 latency was reduced by 40%", []Fix{act}, "Led the caching rework, reducing p99 latency by 40%"},
		{"was promoted", "Was promoted to staff engineer", []Fix{act}, "Promoted to staff engineer"},
		{"placeholder end", "Automated the release pipeline.", []Fix{fx(ActionAddPlaceholder, "text", ", cutting deploy time by [X%]")}, "Automated the release pipeline, cutting deploy time by [X%]."},
		{"placeholder space", "Built the search API", []Fix{fx(ActionAddPlaceholder, "text", "for [N] customers")}, "Built the search API for [N] customers"},
		{"placeholder digit refused", "Built the search API", []Fix{fx(ActionAddPlaceholder, "text", "for 500 customers")}, "Built the search API"},
		{"team", "Rebuilt the ingestion service in Rust", []Fix{fx(ActionAddTeam)}, "Rebuilt the ingestion service in Rust with a team of [N] engineers"},
		{"team already", "Rebuilt the ingestion service with a team of four", []Fix{fx(ActionAddTeam)}, "Rebuilt the ingestion service with a team of four"},
		{"cross team", "Launched usage-based billing.", []Fix{fx(ActionAddCrossTeam)}, "Launched usage-based billing, partnering with [product/design]."},
		{"replace word", "Utilized Terraform to provision AWS accounts", []Fix{fx(ActionReplaceWord, "from", "utilized", "to", "used")}, "Used Terraform to provision AWS accounts"},
		{"replace technical refused", "Wrote services in Node.js", []Fix{fx(ActionReplaceWord, "from", "Node.js", "to", "JavaScript")}, "Wrote services in Node.js"},
		{"unknown action ignored", "Built X", []Fix{fx("teleport")}, "Built X"},
		{"all together", "I was responsible for maintaining the Python ETL jobs.", []Fix{pron, weak, fx(ActionAddPlaceholder, "text", ", cutting run time by [X%]"), fx(ActionAddTeam)},
			"Maintained the Python ETL jobs, cutting run time by [X%] with a team of [N] engineers."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, actions := Rewrite(tc.in, tc.fixes)
			if got != tc.want {
				t.Errorf("Rewrite(%q)\n got %q\nwant %q (actions %v)", tc.in, got, tc.want, actions)
			}
			if (got != strings.TrimSpace(tc.in)) != (len(actions) > 0) {
				t.Errorf("actions %v do not match change %q -> %q", actions, tc.in, got)
			}
		})
	}
}

func TestRewriteMore(t *testing.T) {
	weak := fx(ActionDropWeakOpener)
	pron := fx(ActionDropPronoun)
	tests := []struct{ in, want string }{
		{"Responsible for writing Kafka integration tests, cutting flakes by 30%", "Wrote Kafka integration tests, cutting flakes by 30%"},
		{"Helped designing, building and operating Terraform jobs", "Partnered with [team] to design, build and operate Terraform jobs"},
		{"Helped the React upgrade across 12 clusters", "Helped the React upgrade across 12 clusters"},
		{"Helped the sales team adopt Salesforce", "Enabled the sales team to adopt Salesforce"},
		{"My duties included leading my team through the Kubernetes rollout", "Led the team through the Kubernetes rollout"},
		{"Responsible for build tooling and release scripts", "Owned build tooling and release scripts"},
		{"maintaining the Go billing service", "maintaining the Go billing service"},
	}
	for _, tc := range tests {
		got, _ := Rewrite(tc.in, []Fix{pron, weak})
		if got != tc.want {
			t.Errorf("Rewrite(%q)\n got %q\nwant %q", tc.in, got, tc.want)
		}
	}
}

func TestRewriteRulePackParams(t *testing.T) {
	tests := []struct {
		in   string
		fix  Fix
		want string
	}{
		{"Successfully delivered the onboarding flow", fx(ActionReplaceWord, "from", "successfully", "to", ""), "Successfully delivered the onboarding flow"},
		{"Created various dashboards for the support team", fx(ActionReplaceWord, "from", "various", "to", ""), "Created dashboards for the support team"},
		{"Built data models from various sources", fx(ActionReplaceWord, "from", "various", "to", ""), "Built data models from various sources"},
		{"Ran the CMS that employs a number of editors", fx(ActionReplaceWord, "from", "a number of", "to", ""), "Ran the CMS that employs a number of editors"},
		{"Worked with product in order to improve release quality", fx(ActionReplaceWord, "from", "in order to", "to", ""), "Worked with product to improve release quality"},
		{"Built the Go SDK", fx(ActionAddTeam, "text", "leading a team of [N] engineers"), "Built the Go SDK, leading a team of [N] engineers"},
		{"Launched the billing page.", fx(ActionAddCrossTeam, "text", "with [product/design/sales]"), "Launched the billing page with [product/design/sales]."},
		{"Improved the performance of the reporting service.", fx(ActionAddPlaceholder, "text", "by [X%]", "where", "end"), "Improved the performance of the reporting service by [X%]."},
	}
	for _, tc := range tests {
		got, _ := Rewrite(tc.in, []Fix{tc.fix})
		if got != tc.want {
			t.Errorf("Rewrite(%q, %v)\n got %q\nwant %q", tc.in, tc.fix, got, tc.want)
		}
	}
}

func TestRewriteResponsibilitiesIncluded(t *testing.T) {
	got, _ := Rewrite("Primary responsibilities included building and running intranet pages for the clinics", []Fix{fx(ActionDropWeakOpener)})
	if want := "Built and ran intranet pages for the clinics"; got != want {
		t.Fatalf("got %q want %q", got, want)
	}
}

func TestRewriteMultiSentence(t *testing.T) {
	in := "Built an iOS app to view design files. It is in the App Store."
	got, _ := Rewrite(in, []Fix{fx(ActionAddTeam, "text", "leading a team of [N] engineers")})
	if want := "Built an iOS app to view design files, leading a team of [N] engineers. It is in the App Store."; got != want {
		t.Errorf("got %q want %q", got, want)
	}
	// "It is in the App Store" points back at the app: split off it would not stand
	// alone as a bullet, so the bullet stays whole.
	got, _ = Rewrite(in, []Fix{fx(ActionSplitSentences), fx(ActionAddPlaceholder, "text", "for [N] users")})
	if want := "Built an iOS app to view design files for [N] users. It is in the App Store."; got != want {
		t.Errorf("got %q want %q", got, want)
	}
	in = "Designed the network on AWS with 4 VPCs. Separated the development and production networks. Provisioned OpenVPN servers with LDAP."
	got, _ = Rewrite(in, []Fix{fx(ActionSplitSentences)})
	if want := "Designed the network on AWS with 4 VPCs.\nSeparated the development and production networks.\nProvisioned OpenVPN servers with LDAP."; got != want {
		t.Errorf("got %q want %q", got, want)
	}
}

// The addition goes on the sentence that holds the action, not on a description that
// opens the bullet.
func TestRewriteActionSentence(t *testing.T) {
	team := []Fix{fx(ActionAddTeam, "text", "leading a team of [N] engineers")}
	for in, want := range map[string]string{
		"Ledger: an open source accounting library. Worked on its APIs and speed.":                    "Ledger: an open source accounting library. Worked on its APIs and speed, leading a team of [N] engineers.",
		"Ledger: an open source library. Refactored the parser. Shipped the C runtime.":               "Ledger: an open source library. Refactored the parser, leading a team of [N] engineers. Shipped the C runtime.",
		"Notifications: a service for email. Involved in features such as tracking":                   "Notifications: a service for email. Involved in features such as tracking, leading a team of [N] engineers",
		"A short description without any verb. Another description follows it.":                       "A short description without any verb, leading a team of [N] engineers. Another description follows it.",
		"Shipped the billing API in Go. Ledger: our accounting library. Refactored its parser alone.": "Shipped the billing API in Go, leading a team of [N] engineers. Ledger: our accounting library. Refactored its parser alone.",
	} {
		if got, _ := Rewrite(in, team); got != want {
			t.Errorf("%q:\n got %q\nwant %q", in, got, want)
		}
	}
}

func TestRewriteBeforeAside(t *testing.T) {
	got, _ := Rewrite("Tuned the homepage to increase usability (spacing, colours and alignment)", []Fix{fx(ActionAddPlaceholder, "text", "by [X%]")})
	if want := "Tuned the homepage to increase usability by [X%] (spacing, colours and alignment)"; got != want {
		t.Errorf("got %q want %q", got, want)
	}
}

// TestCollapseSpace holds the hand-written collapseSpace to what the regular expression
// it replaced did: every run of [ \t\r\f\v] becomes one space, nothing else changes.
func TestCollapseSpace(t *testing.T) {
	re := regexp.MustCompile(`[ \t\r\f\v]+`)
	cases := []string{"", " ", "  ", "a", "a b", "a  b", " a ", "\ta\t\tb\r\n c", "x\v\fy", "naïve  café\t—  ok",
		"Led  a team\n\n of  5", "  trailing   ", "\xff\xfe  bad utf-8 \t"}
	// Every string of length up to 4 over a small alphabet of spaces and letters.
	alpha := []byte{' ', '\t', '\n', 'a', '\v'}
	var gen func(prefix []byte)
	gen = func(prefix []byte) {
		cases = append(cases, string(prefix))
		if len(prefix) == 4 {
			return
		}
		for _, c := range alpha {
			gen(append(append([]byte(nil), prefix...), c))
		}
	}
	gen(nil)
	for _, c := range cases {
		if got, want := collapseSpace(c), re.ReplaceAllString(c, " "); got != want {
			t.Errorf("collapseSpace(%q) = %q, want %q", c, got, want)
		}
	}
}
