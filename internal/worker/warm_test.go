package worker

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"github.com/resumecheck/resumecheck/internal/report"
)

// TestFillReachesNestedTypes checks that the document warmDecoder decodes names the
// fields of types deep inside a report (a role's bullets and their signals), so that
// their decoders are built too.
func TestFillReachesNestedTypes(t *testing.T) {
	var r Response
	fill(reflect.ValueOf(&r).Elem(), map[reflect.Type]bool{})
	if r.Report == nil || len(r.Failures) != 1 {
		t.Fatalf("fill left the report or the failures empty: %+v", r)
	}
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	var back Response
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatalf("a filled response does not decode: %v", err)
	}
	// Every JSON field name of report.Bullet, a type three levels down, appears.
	bt := reflect.TypeFor[report.Bullet]()
	for i := range bt.NumField() {
		name, _, _ := strings.Cut(bt.Field(i).Tag.Get("json"), ",")
		if name == "" || name == "-" {
			continue
		}
		if !strings.Contains(string(b), `"`+name+`"`) {
			t.Errorf("the warm-up document has no %q field of a bullet", name)
		}
	}
	warmDecoder()
}
