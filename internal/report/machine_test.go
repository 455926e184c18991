package report

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/owenrumney/go-sarif/v3/pkg/report/v210/sarif"
	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/resumecheck/resumecheck/internal/rules"
)

// machineBatch is the fixture batch with the rule descriptions a real run carries.
func machineBatch() *Batch {
	b := fixtureBatch()
	seen := map[string]bool{}
	for _, r := range b.Reports {
		for _, f := range r.Findings {
			if !seen[f.RuleID] {
				seen[f.RuleID] = true
				b.Rules = append(b.Rules, RuleInfo{ID: f.RuleID, Area: f.Area, Level: f.Level, Kind: "signal", Message: "checks " + f.RuleID, Why: "it matters"})
			}
		}
	}
	b.Rules = append(b.Rules, RuleInfo{ID: "zz.never-fires", Area: "style", Level: rules.LevelSuggestion, Kind: "pattern", Message: "a rule with no finding"})
	return b
}

func TestMachineGolden(t *testing.T) {
	for _, c := range []struct{ file, format string }{
		{"batch.sarif", "sarif"}, {"batch.junit.xml", "junit"}, {"batch.github.txt", "github"},
	} {
		t.Run(c.file, func(t *testing.T) {
			got := render(t, c.format, Options{}, machineBatch())
			golden(t, c.file, got)
			if again := render(t, c.format, Options{}, machineBatch()); string(again) != string(got) {
				t.Fatal("output differs between two runs")
			}
		})
	}
}

// sarifSchema loads the SARIF 2.1.0 JSON schema from the go-sarif module (which carries
// the OASIS schema as a Go string constant) so that our output is validated against the
// real schema without a copy of it in this repository.
func loadSARIFSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	dir, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "github.com/owenrumney/go-sarif/v3").Output()
	if err != nil {
		t.Skipf("go-sarif module not available: %v", err)
	}
	src, err := os.ReadFile(filepath.Join(strings.TrimSpace(string(dir)), "pkg", "report", "v210", "sarif", "schema.go"))
	if err != nil {
		t.Fatal(err)
	}
	text := string(src)
	i, j := strings.Index(text, "`"), strings.LastIndex(text, "`")
	if i < 0 || j <= i {
		t.Fatal("schema constant not found in go-sarif")
	}
	doc, err := jsonschema.UnmarshalJSON(strings.NewReader(text[i+1 : j]))
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource("sarif-2.1.0.json", doc); err != nil {
		t.Fatal(err)
	}
	sch, err := c.Compile("sarif-2.1.0.json")
	if err != nil {
		t.Fatal(err)
	}
	return sch
}

// TestSARIFSchema validates our SARIF output against the SARIF 2.1.0 schema.
func TestSARIFSchema(t *testing.T) {
	sch := loadSARIFSchema(t)
	for name, b := range map[string]*Batch{"batch": machineBatch(), "single": Single(fixtureReport(normalText)), "payload": Single(fixtureReport(payloadText)), "empty": {}} {
		t.Run(name, func(t *testing.T) {
			out := render(t, "sarif", Options{}, b)
			v, err := jsonschema.UnmarshalJSON(bytes.NewReader(out))
			if err != nil {
				t.Fatal(err)
			}
			if err := sch.Validate(v); err != nil {
				t.Fatalf("SARIF does not validate: %v", err)
			}
			// go-sarif's own model reads it too.
			if _, err := sarif.FromBytes(out); err != nil {
				t.Fatal(err)
			}
		})
	}
	// The check can fail: a result with a bad level and no message is refused.
	bad := `{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"x"}},"results":[{"ruleId":"a","level":"loud"}]}]}`
	v, _ := jsonschema.UnmarshalJSON(strings.NewReader(bad))
	if err := sch.Validate(v); err == nil {
		t.Fatal("an invalid SARIF document validated")
	}
}

func TestSARIFContent(t *testing.T) {
	var log struct {
		Runs []struct {
			Tool struct {
				Driver struct {
					Rules []struct {
						ID                   string
						DefaultConfiguration struct{ Level string }
					}
				}
			}
			Results []struct {
				RuleID    string
				RuleIndex int
				Level     string
				Message   struct{ Text string }
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct{ URI string }
						Region           *struct{ StartLine, StartColumn int }
					}
				}
			}
		}
	}
	b := machineBatch()
	if err := json.Unmarshal(render(t, "sarif", Options{}, b), &log); err != nil {
		t.Fatal(err)
	}
	run := log.Runs[0]
	if len(run.Tool.Driver.Rules) != len(b.Rules) {
		t.Errorf("%d rules described, want %d", len(run.Tool.Driver.Rules), len(b.Rules))
	}
	want := 0
	for _, r := range b.Reports {
		want += len(r.Findings)
	}
	if len(run.Results) != want || want == 0 {
		t.Fatalf("%d results, want %d", len(run.Results), want)
	}
	for _, res := range run.Results {
		if run.Tool.Driver.Rules[res.RuleIndex].ID != res.RuleID {
			t.Errorf("ruleIndex %d points at %s, not %s", res.RuleIndex, run.Tool.Driver.Rules[res.RuleIndex].ID, res.RuleID)
		}
		loc := res.Locations[0].PhysicalLocation
		// The fixture's first report is a PDF: no region, page in the message.
		if loc.ArtifactLocation.URI == "cv/priya-natarajan.pdf" {
			if loc.Region != nil {
				t.Errorf("PDF finding with a line region: %+v", res)
			}
			if !strings.Contains(res.Message.Text, "page ") {
				t.Errorf("PDF finding without its page: %q", res.Message.Text)
			}
		}
		if !map[string]bool{"note": true, "warning": true, "error": true}[res.Level] {
			t.Errorf("level %q", res.Level)
		}
	}
}

func TestJUnit(t *testing.T) {
	b := machineBatch()
	var suites struct {
		Tests    int `xml:"tests,attr"`
		Failures int `xml:"failures,attr"`
		Errors   int `xml:"errors,attr"`
		Suites   []struct {
			Name  string `xml:"name,attr"`
			Cases []struct {
				Name    string `xml:"name,attr"`
				Failure *struct {
					Body string `xml:",chardata"`
				} `xml:"failure"`
				Error *struct{} `xml:"error"`
			} `xml:"testcase"`
		} `xml:"testsuite"`
	}
	out := render(t, "junit", Options{}, b)
	if err := xml.Unmarshal(out, &suites); err != nil {
		t.Fatalf("not XML: %v", err)
	}
	if len(suites.Suites) != len(b.Reports)+len(b.Errors) || suites.Errors != len(b.Errors) {
		t.Fatalf("suites %d errors %d", len(suites.Suites), suites.Errors)
	}
	first := suites.Suites[0]
	if len(first.Cases) < len(b.Rules) {
		t.Errorf("%d cases, want one per rule (%d)", len(first.Cases), len(b.Rules))
	}
	failed := map[string]bool{}
	for _, c := range first.Cases {
		if c.Failure != nil {
			failed[c.Name] = true
		}
	}
	wantFailed := map[string]bool{}
	for _, f := range b.Reports[0].Findings {
		wantFailed[f.RuleID] = true
	}
	if !reflect.DeepEqual(failed, wantFailed) {
		t.Errorf("failed cases %v, want %v", failed, wantFailed)
	}
}

func TestGitHubAnnotations(t *testing.T) {
	b := machineBatch()
	out := string(render(t, "github", Options{}, b))
	lines := strings.Split(strings.TrimSpace(out), "\n")
	want := len(b.Reports) + len(b.Errors)
	for _, r := range b.Reports {
		want += len(r.Findings)
	}
	if len(lines) != want {
		t.Fatalf("%d lines, want %d:\n%s", len(lines), want, out)
	}
	for _, l := range lines {
		if !strings.HasPrefix(l, "::notice ") && !strings.HasPrefix(l, "::warning ") && !strings.HasPrefix(l, "::error ") {
			t.Errorf("not a workflow command: %q", l)
		}
	}
	// Markdown inputs are annotated at their line; a message never spans lines.
	md := Single(secondReport())
	md.Reports[0].Findings = []rules.Finding{{RuleID: "impact.x", Level: rules.LevelWarning, Message: "two\nlines, 50% done", Pos: md.Reports[0].Bullets[0].Pos, Ref: md.Reports[0].Bullets[0].Ref}}
	got := string(render(t, "github", Options{}, md))
	if !strings.Contains(got, "::warning file=cv/alex-kim.md,line=8,col=3,title=impact.x::two%0Alines, 50%25 done") {
		t.Errorf("annotation not placed or escaped:\n%s", got)
	}
}
