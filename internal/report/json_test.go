package report

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

func compileSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	c := jsonschema.NewCompiler()
	s, err := c.Compile("../../schema/report.schema.json")
	if err != nil {
		t.Fatalf("schema/report.schema.json: %v", err)
	}
	return s
}

func validate(t *testing.T, s *jsonschema.Schema, data []byte) error {
	t.Helper()
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("writer output is not JSON: %v", err)
	}
	return s.Validate(inst)
}

// TestJSONSchema validates real writer output (single, batch, redacted, a report with
// every list empty) against the committed schema, and checks that the schema rejects
// output that breaks the contract, so a passing test means something.
func TestJSONSchema(t *testing.T) {
	s := compileSchema(t)
	bare := &Report{File: "empty.txt", Track: "ic"}
	cases := map[string][]byte{
		"single":      render(t, "json", Options{}, Single(fixtureReport(normalText))),
		"batch":       render(t, "json", Options{}, fixtureBatch()),
		"redacted":    render(t, "json", Options{Redact: true}, fixtureBatch()),
		"payload":     render(t, "json", Options{}, Single(fixtureReport(payloadText))),
		"bare":        render(t, "json", Options{Version: "dev"}, Single(bare)),
		"errors only": render(t, "json", Options{}, &Batch{Errors: []FileError{{File: "a.pdf", Error: "a.pdf: broken"}}}),
	}
	for name, data := range cases {
		if err := validate(t, s, data); err != nil {
			t.Errorf("%s: writer output does not match schema/report.schema.json (update the schema when the Report type grows): %v", name, err)
		}
	}

	// Breaking the contract must fail validation.
	var doc map[string]any
	if err := json.Unmarshal(cases["single"], &doc); err != nil {
		t.Fatal(err)
	}
	breakers := map[string]func(m map[string]any){
		"score out of range": func(m map[string]any) { m["overall_score"] = 140 },
		"unknown track":      func(m map[string]any) { m["track"] = "cto" },
		"missing findings":   func(m map[string]any) { delete(m, "findings") },
		"unknown key":        func(m map[string]any) { m["surprise"] = true },
		"bad level": func(m map[string]any) {
			m["findings"].([]any)[0].(map[string]any)["level"] = "fatal"
		},
	}
	for name, mutate := range breakers {
		var m map[string]any
		json.Unmarshal(cases["single"], &m)
		mutate(m)
		data, _ := json.Marshal(m)
		if validate(t, s, data) == nil {
			t.Errorf("%s: the schema accepted output that breaks the contract", name)
		}
	}
}

func TestJSONShape(t *testing.T) {
	var single map[string]any
	if err := json.Unmarshal(render(t, "json", Options{}, Single(fixtureReport(normalText))), &single); err != nil {
		t.Fatal(err)
	}
	if single["schema_version"] != SchemaVersion || single["overall_score"] != float64(64) || single["reports"] != nil {
		t.Errorf("one file must print the Report object with schema_version; got keys %v", keys(single))
	}
	var batch map[string]any
	if err := json.Unmarshal(render(t, "json", Options{}, fixtureBatch()), &batch); err != nil {
		t.Fatal(err)
	}
	if batch["schema_version"] != SchemaVersion || len(batch["reports"].([]any)) != 2 || len(batch["errors"].([]any)) != 1 {
		t.Errorf("a batch must print the Batch object; got keys %v", keys(batch))
	}
	// One readable file plus one error is still a batch: the error must not vanish.
	b := &Batch{Reports: []*Report{fixtureReport(normalText)}, Errors: []FileError{{File: "x.pdf", Error: "x.pdf: broken"}}}
	if out := render(t, "json", Options{}, b); !strings.Contains(string(out), `"errors"`) || !strings.Contains(string(out), "x.pdf: broken") {
		t.Error("a run with one report and one error lost the error")
	}
	// Empty lists are [] rather than null, as the schema promises.
	out := string(render(t, "json", Options{}, Single(&Report{File: "e.txt", Track: "ic"})))
	for _, k := range []string{`"bullets": []`, `"findings": []`, `"top_changes": []`, `"interview": []`, `"areas": {}`} {
		if !strings.Contains(out, k) {
			t.Errorf("empty report: want %s in\n%s", k, out)
		}
	}
	// Writing must not change the caller's report.
	r := &Report{File: "e.txt"}
	render(t, "json", Options{Version: "9"}, Single(r))
	if r.SchemaVersion != "" || r.Tool.Version != "" || r.Bullets != nil {
		t.Error("the JSON writer changed the report it was given")
	}
}

func keys(m map[string]any) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	return ks
}
