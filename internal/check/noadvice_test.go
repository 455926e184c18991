package check

import (
	"context"
	"reflect"
	"testing"

	"github.com/resumecheck/resumecheck/internal/extract"
)

// Options.NoAdvice leaves out the advice and nothing else: on every résumé of testdata
// and, when ../shared is present, every corpus file, the report has the same status,
// reading, scores, areas, track and findings (what the quiet text line prints), the
// same threshold failures, and the same everything else outside the advice, as with
// the advice; and it has no advice.
func TestNoAdviceKeepsWhatQuietPrints(t *testing.T) {
	files := everyResume(t)
	if len(files) < 10 {
		t.Fatalf("only %d files", len(files))
	}
	opts := Options{NoConfig: true, MinScore: 90, FailOn: "warning", Now: benchNow, Extract: extract.Options{Now: benchNow}}
	full, err := New(opts)
	if err != nil {
		t.Fatal(err)
	}
	opts.NoAdvice = true
	bare, err := New(opts)
	if err != nil {
		t.Fatal(err)
	}
	advised := 0
	for _, f := range files {
		a, b := full.File(context.Background(), f), bare.File(context.Background(), f)
		if (a.Err == nil) != (b.Err == nil) {
			t.Errorf("%s: error %v with the advice, %v without", f, a.Err, b.Err)
			continue
		}
		if a.Err != nil {
			continue
		}
		ra, rb := a.Report, b.Report
		same := func(what string, x, y any) {
			if !reflect.DeepEqual(x, y) {
				t.Errorf("%s: %s differs without the advice:\n%+v\n%+v", f, what, x, y)
			}
		}
		same("status", ra.Status, rb.Status)
		same("reading", ra.Reading, rb.Reading)
		same("overall score", ra.OverallScore, rb.OverallScore)
		same("areas", ra.Areas, rb.Areas)
		same("track", ra.Track, rb.Track)
		same("findings", ra.Findings, rb.Findings)
		same("failures", a.Failures, b.Failures)
		// And the rest of the report, the advice aside.
		rest := *ra
		rest.Bullets, rest.TopChanges, rest.RoleSuggestions, rest.Interview = rb.Bullets, rb.TopChanges, rb.RoleSuggestions, rb.Interview
		same("report outside the advice", &rest, rb)
		if len(ra.Bullets)+len(ra.TopChanges) > 0 {
			advised++
		}
		if len(rb.Bullets)+len(rb.TopChanges)+len(rb.RoleSuggestions)+len(rb.Interview) > 0 {
			t.Errorf("%s: advice planned under NoAdvice: %d bullets, %d changes", f, len(rb.Bullets), len(rb.TopChanges))
		}
	}
	if advised < len(files)/2 {
		t.Errorf("only %d of %d files got advice with it on: the comparison shows little", advised, len(files))
	}
}
