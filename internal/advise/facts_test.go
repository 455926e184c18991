package advise_test

import (
	"encoding/json"
	"fmt"
	"html"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/resumecheck/resumecheck/internal/corpustest"
	"github.com/resumecheck/resumecheck/internal/report"
	"github.com/resumecheck/resumecheck/internal/score/scoretest"
)

// One set of facts: every figure a report states (the overall and area scores, the
// findings' shares, counts and thresholds, the area facts, the top changes with their
// counts and gains, the current role) is the same in text, Markdown, HTML and JSON, and
// every sentence agrees with its numbers. It runs on a résumé written here and, when
// ../shared is present, on a sample of the corpus.
func TestOneSetOfFactsInEveryFormat(t *testing.T) {
	eng := realEngine(t)
	doc := scoretest.MakeDoc(
		scoretest.Role{Title: "Engineering Manager", Org: "Acme", Start: 2021, Bullets: []string{
			"Led a team of 6 engineers building the billing platform in Go",
			"Hired 3 engineers and ran weekly 1:1s",
			"Managing the delivery schedule for the payments roadmap",
			"Worked with product and design to plan the quarterly roadmap",
			"Migrated the reporting jobs to Kubernetes"}},
		scoretest.Role{Title: "Senior Software Engineer", Org: "Initech", Start: 2016, End: 2021, Bullets: []string{
			"Built the search service in Java",
			"Cut page load time from 900 ms to 300 ms",
			"Responsible for the on-call rota"}},
	)
	cases := []struct {
		name string
		rep  *report.Report
	}{{"written here", full("manager.md", eng.Analyze(doc), eng)}}
	if _, ok := corpustest.Path(); ok {
		rows := corpusRows(t)
		for i, r := range rows {
			if i%5 != 0 {
				continue // a sample: every fifth file
			}
			cases = append(cases, struct {
				name string
				rep  *report.Report
			}{r.file, full(r.file, eng.Analyze(r.doc), eng)})
		}
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkFormatsAgree(t, c.rep)
			for _, p := range sentenceProblems(c.rep) {
				t.Error(p)
			}
		})
	}
}

// plainText is a format's output as a reader sees it: no tags, entities or Markdown
// escapes, whitespace (and the wrapping of the text writer) collapsed.
func plainText(format, out string) string {
	switch format {
	case "html":
		out = regexp.MustCompile(`(?s)<style.*?</style>|<script.*?</script>`).ReplaceAllString(out, " ")
		out = html.UnescapeString(regexp.MustCompile(`<[^>]*>`).ReplaceAllString(out, " "))
	case "markdown":
		out = regexp.MustCompile(`\\([\\\[\]*_#<>|~{}`+"`"+`!()+=-])`).ReplaceAllString(out, "$1")
		out = html.UnescapeString(out)
	}
	return strings.Join(strings.Fields(out), " ")
}

func checkFormatsAgree(t *testing.T, rep *report.Report) {
	t.Helper()
	var j report.Report
	if err := json.Unmarshal([]byte(render(t, rep, "json")), &j); err != nil {
		t.Fatal(err)
	}
	if j.OverallScore != rep.OverallScore || j.CurrentRole != rep.CurrentRole || len(j.AreaDetails) != len(rep.AreaDetails) || len(j.TopChanges) != len(rep.TopChanges) {
		t.Errorf("JSON differs from the report: overall %d/%d, %d/%d areas, %d/%d changes", j.OverallScore, rep.OverallScore, len(j.AreaDetails), len(rep.AreaDetails), len(j.TopChanges), len(rep.TopChanges))
	}
	for _, format := range []string{"text", "markdown", "html"} {
		out := plainText(format, render(t, &j, format))
		has := func(what, s string) {
			if s = strings.Join(strings.Fields(s), " "); s != "" && !strings.Contains(out, s) {
				t.Errorf("%s: %s %q is missing or different", format, what, s)
			}
		}
		if !regexp.MustCompile(fmt.Sprintf(`\b%d ?(/|of) ?100\b`, j.OverallScore)).MatchString(out) {
			t.Errorf("%s: overall %d/100 is missing or different", format, j.OverallScore)
		}
		for _, a := range j.AreaDetails {
			re := regexp.MustCompile(regexp.QuoteMeta(a.Title) + "[\\s|`░█]*" + strconv.Itoa(a.Score) + `\b`)
			if !re.MatchString(out) {
				t.Errorf("%s: area %q with score %d is missing or different", format, a.Title, a.Score)
			}
			if format != "text" { // the text report shows the bars; the facts are in the others
				for _, f := range a.Facts {
					has("area fact", f)
				}
			}
		}
		for _, f := range j.Findings {
			has("finding", f.Message)
		}
		for _, c := range j.TopChanges {
			has("top change", c.Description)
			if !strings.Contains(out, fmt.Sprintf("(+%d)", c.Gain)) && format != "html" {
				t.Errorf("%s: gain +%d of change %d missing", format, c.Gain, c.Rank)
			}
			has("quoted bullet", c.Before)
			has("rewrite", c.After)
			has("question", c.Question)
		}
		has("current role", j.CurrentRole)
	}
}

var (
	nOfM       = regexp.MustCompile(`\b(\d+) of (\d+)\b`)
	nOfMExp    = regexp.MustCompile(`\b\d+ of (\d+) experience bullets\b`)
	pctNOfM    = regexp.MustCompile(`(\d+)% .*\((?:[^()]*; )?(\d+) of (\d+)\b`)
	onlyAim    = regexp.MustCompile(`Only (\d+)%.*aim for (?:at least )?(\d+)%`)
	sameGroup  = regexp.MustCompile(`^(\d+) bullets in .* (have no measure|need the same rewrite)`)
	roleShare  = regexp.MustCompile(`^(.+): (\d+) of (\d+) bullets carry a number$`)
	curFact    = regexp.MustCompile(`^(?:(\d+) of (\d+) in|none in) your (?:current|most recent|most recent engineering) role \((.+)\)(?: quantified)?$`)
	weightedRE = regexp.MustCompile(`weigh`)
)

// sentenceProblems lists the sentences of a report that disagree with their own numbers
// or with another sentence's.
func sentenceProblems(rep *report.Report) []string {
	var out []string
	var sentences []string
	for _, a := range rep.AreaDetails {
		sentences = append(sentences, a.Facts...)
	}
	for _, f := range rep.Findings {
		sentences = append(sentences, f.Message)
	}
	for _, c := range rep.TopChanges {
		sentences = append(sentences, c.Description)
	}
	expTotal := map[string]bool{}
	for _, s := range sentences {
		for _, m := range nOfM.FindAllStringSubmatch(s, -1) {
			if n, _ := strconv.Atoi(m[1]); n > atoi(m[2]) {
				out = append(out, fmt.Sprintf("%q: %s of %s", s, m[1], m[2]))
			}
		}
		for _, m := range nOfMExp.FindAllStringSubmatch(s, -1) {
			expTotal[m[1]] = true
		}
		if m := pctNOfM.FindStringSubmatch(s); m != nil && !weightedRE.MatchString(s) {
			p, n, d := atoi(m[1]), atoi(m[2]), atoi(m[3])
			if d > 0 && p != 100*n/d && p != (200*n+d)/(2*d) {
				out = append(out, fmt.Sprintf("%q: %d%% is not %d of %d (and the sentence does not say it is weighted)", s, p, n, d))
			}
		}
		if m := onlyAim.FindStringSubmatch(s); m != nil && atoi(m[1]) >= atoi(m[2]) {
			out = append(out, fmt.Sprintf("%q: the share is not below the aim", s))
		}
	}
	if len(expTotal) > 1 {
		out = append(out, fmt.Sprintf("the experience bullets are counted %d ways: %v", len(expTotal), expTotal))
	}
	// A grouped top change counts bullets of its role that need it.
	for _, c := range rep.TopChanges {
		m := sameGroup.FindStringSubmatch(c.Description)
		if m == nil || c.Ref == nil {
			continue
		}
		n := atoi(m[1])
		unmeasured, rewritten := 0, 0
		for _, b := range rep.Bullets {
			if b.Ref.Section != c.Ref.Section || b.Ref.Role != c.Ref.Role {
				continue
			}
			if !b.Signals.Quantified {
				unmeasured++
			}
			if b.Suggestion != nil && b.Suggestion.After != "" {
				rewritten++
			}
		}
		limit := rewritten
		if m[2] == "have no measure" {
			limit = unmeasured
		}
		if n < 2 || n > limit {
			out = append(out, fmt.Sprintf("%q: the role has %d such bullets", c.Description, limit))
		}
	}
	// The impact fact about the current role and the role's own share finding agree.
	roleFinding := map[string][2]int{}
	for _, f := range rep.Findings {
		if m := roleShare.FindStringSubmatch(f.Message); m != nil {
			roleFinding[m[1]] = [2]int{atoi(m[2]), atoi(m[3])}
		}
	}
	for _, a := range rep.AreaDetails {
		if a.Name != "impact" {
			continue
		}
		for _, f := range a.Facts {
			m := curFact.FindStringSubmatch(f)
			if m == nil {
				continue
			}
			got, ok := roleFinding[m[3]]
			if !ok {
				continue
			}
			hits := 0
			if m[1] != "" {
				hits = atoi(m[1])
			}
			if got[0] != hits || m[2] != "" && got[1] != atoi(m[2]) {
				out = append(out, fmt.Sprintf("impact fact %q but finding %s: %d of %d", f, m[3], got[0], got[1]))
			}
		}
	}
	return out
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}
