package report

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"github.com/resumecheck/resumecheck/internal/resume"
	"github.com/resumecheck/resumecheck/internal/signals"
)

func TestRedactText(t *testing.T) {
	rd := newRedactor(resume.Contact{Links: []string{"https://janedoe.dev"}, Phones: []string{"0176 1234 5678"}})
	cases := []struct{ in, want string }{
		{"Mail jane.doe+cv@mail.example.co.uk today", "Mail [email] today"},
		{"Call +44 20 7946 0958.", "Call [phone]."},
		{"Call (415) 555-0142 or 415-555-0199", "Call [phone] or [phone]"},
		{"Mobile 0176 1234 5678", "Mobile [phone]"},
		{"See https://github.com/jdoe/tool, and www.janedoe.dev.", "See [link], and [link]."},
		{"linkedin.com/in/jane-doe", "[link]"},
		{"Twitter: @jdoe, LinkedIn: jane-doe (see above)", "Twitter: [link], LinkedIn: [link] (see above)"},
		{"mastodon: @jane@hachyderm.io", "mastodon: [link]"},
		{"Find me as @jane_doe on most sites", "Find me as [link] on most sites"},
		{"Mail jane@example.org", "Mail [email]"},
		{"Portfolio janedoe.dev (personal)", "Portfolio [link] (personal)"},
		{"Lives at 221B Baker Street, London", "Lives at [address], London"},
		{"1600 Pennsylvania Ave NW, Suite 4, Washington", "[address], Washington"},
		{"Hauptstraße 12a, 10115 Berlin", "[address], 10115 Berlin"},
		// Numbers that are not contact details stay.
		{"Served 120 000 000 users in 2019-2021", "Served 120 000 000 users in 2019-2021"},
		{"Cut p99 from 450 to 120 ms (38%) across 14 services", "Cut p99 from 450 to 120 ms (38%) across 14 services"},
		{"Led 3 teams in 12 Product Areas", "Led 3 teams in 12 Product Areas"},
		{"Built x-ray tooling for a medium-sized team; GitHub Actions: 40% faster", "Built x-ray tooling for a medium-sized team; GitHub Actions: 40% faster"},
		{"Revenue grew from $1,200,000 to $3,400,000", "Revenue grew from $1,200,000 to $3,400,000"},
	}
	for _, c := range cases {
		if got, _ := rd.text(c.in); got != c.want {
			t.Errorf("redact(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestMoveSpan(t *testing.T) {
	rd := newRedactor(resume.Contact{})
	text := "Wrote docs; ask jane@example.org or ring +1 415 555 0142 — saved 3 hours"
	out, edits := rd.text(text)
	for _, word := range []string{"Wrote", "docs", "ask", "saved 3 hours", "—"} {
		sp := moveSpan(at(text, word, 0), edits)
		if got := spanText(out, sp); got != word {
			t.Errorf("span of %q moved to %q in %q", word, got, out)
		}
	}
	// A span that covered the email now covers the placeholder.
	if got := spanText(out, moveSpan(at(text, "jane@example.org", 0), edits)); got != RedactedEmail {
		t.Errorf("span over the email became %q", got)
	}
	// A span starting inside the email starts at the placeholder.
	if got := spanText(out, moveSpan(signals.Span{Start: at(text, "example.org or", 0).Start, End: at(text, "or", 1).End}, edits)); got != RedactedEmail+" or" {
		t.Errorf("span from inside the email became %q", got)
	}
}

// TestRedactBatch checks that no contact detail survives anywhere in any format, that
// evidence still points at the same words, and that the caller's batch is untouched.
func TestRedactBatch(t *testing.T) {
	orig := fixtureBatch()
	before, _ := json.Marshal(orig)
	red := Redact(orig)
	after, _ := json.Marshal(orig)
	if string(before) != string(after) {
		t.Fatal("Redact changed the batch it was given")
	}
	secrets := []string{normalText.email, "priya.natarajan@", normalText.phone, "555-0142", "linkedin.com/in/priya", "742 Evergreen", "alex.kim@example.net"}
	for _, format := range Formats() {
		out := string(render(t, format, Options{Redact: true}, orig))
		for _, s := range secrets {
			if strings.Contains(out, s) {
				t.Errorf("%s output with Redact still contains %q", format, s)
			}
		}
		if !strings.Contains(out, "Priya Natarajan") {
			t.Errorf("%s output with Redact lost the name; only contact details go", format)
		}
	}
	for i, r := range red.Reports {
		for j, b := range r.Bullets {
			ob := orig.Reports[i].Bullets[j]
			for name, spans := range b.Signals.Evidence {
				for k, sp := range spans {
					want := spanText(ob.Text, ob.Signals.Evidence[name][k])
					if got := spanText(b.Text, sp); got != want && !strings.Contains(want, "@") {
						t.Errorf("bullet %d %s evidence: %q became %q", j, name, want, got)
					}
				}
			}
		}
		for _, f := range r.Findings {
			if f.Span != nil {
				if got := spanText(bulletText(r.Document, f.Ref), *f.Span); got == "" {
					t.Errorf("finding %s: span %v is off the redacted bullet", f.RuleID, *f.Span)
				}
			}
		}
	}
	c := red.Reports[0].Document.Contact
	if !reflect.DeepEqual(c.Emails, []string{RedactedEmail}) || !reflect.DeepEqual(c.Phones, []string{RedactedPhone}) || !reflect.DeepEqual(c.Links, []string{RedactedLink}) {
		t.Errorf("contact block not redacted: %+v", c)
	}
	if Redact(nil) != nil {
		t.Error("Redact(nil) must be nil")
	}
}

// TestRedactTwice: the CLI may redact a batch that a writer then redacts again.
func TestRedactTwice(t *testing.T) {
	once := Redact(fixtureBatch())
	twice := Redact(once)
	a, _ := json.Marshal(once)
	b, _ := json.Marshal(twice)
	if string(a) != string(b) {
		t.Error("redacting a redacted batch changed it")
	}
}
