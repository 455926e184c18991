// Package finish is the one step between analysis and output. It puts a report's
// findings in the one order every writer shows them (most serious first, then by place,
// rule, evidence and message: rules.CompareSeverity) and judges the report against its
// thresholds, giving the failures as data (Failure) that the CLI counts and prints
// without parsing text. Writers (internal/report) only format what this step leaves;
// redaction is applied once to the whole batch before writing (report.Redact).
package finish

import (
	"fmt"
	"slices"
	"sort"

	"github.com/resumecheck/resumecheck/internal/report"
	"github.com/resumecheck/resumecheck/internal/rules"
)

// Thresholds are what a report is judged against.
type Thresholds struct {
	// MinScore is the overall score's minimum; negative means none.
	MinScore int
	// Areas are minimum area scores by area name.
	Areas map[string]int
	// FailOn is the level at or above which any finding fails the report; "" means none.
	FailOn rules.Level
}

// Failure is one threshold a report fails, as data.
type Failure struct {
	// Kind is "overall" (the overall score), "area" (an area's score) or "findings"
	// (findings at the failing level or above).
	Kind string `json:"kind"`
	// Area names the area of an "area" failure.
	Area string `json:"area,omitempty"`
	// Got and Want are the score and its minimum, or the number of findings (Want 0).
	Got  int `json:"got"`
	Want int `json:"want,omitempty"`
	// Level is the failing level of a "findings" failure.
	Level string `json:"level,omitempty"`
}

// Failure kinds.
const (
	FailOverall  = "overall"
	FailArea     = "area"
	FailFindings = "findings"
)

// String says the failure in a sentence.
func (f Failure) String() string {
	switch f.Kind {
	case FailOverall:
		return fmt.Sprintf("overall score %d is below %d", f.Got, f.Want)
	case FailArea:
		return fmt.Sprintf("%s score %d is below %d", f.Area, f.Got, f.Want)
	}
	return fmt.Sprintf("%d findings at level %s or above", f.Got, f.Level)
}

// Order puts the report's findings in the order every writer shows them. The
// analysis keeps its own order (document order) for the advice planner.
func Order(r *report.Report) {
	slices.SortStableFunc(r.Findings, rules.CompareSeverity)
}

// Judge lists why a report fails its thresholds, in a fixed order: overall, areas by
// name, findings.
func Judge(r *report.Report, t Thresholds) []Failure {
	var fails []Failure
	if t.MinScore >= 0 && r.OverallScore < t.MinScore {
		fails = append(fails, Failure{Kind: FailOverall, Got: r.OverallScore, Want: t.MinScore})
	}
	areas := make([]string, 0, len(t.Areas))
	for a := range t.Areas {
		areas = append(areas, a)
	}
	sort.Strings(areas)
	for _, a := range areas {
		if got, want := r.Areas[a], t.Areas[a]; got < want {
			fails = append(fails, Failure{Kind: FailArea, Area: a, Got: got, Want: want})
		}
	}
	if want := t.FailOn.Rank(); want > 0 {
		n := 0
		for _, f := range r.Findings {
			if f.Level.Rank() >= want {
				n++
			}
		}
		if n > 0 {
			fails = append(fails, Failure{Kind: FailFindings, Got: n, Level: string(t.FailOn)})
		}
	}
	return fails
}
