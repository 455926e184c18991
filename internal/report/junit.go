package report

import (
	"encoding/xml"
	"fmt"
	"io"
	"sort"
	"strings"
)

// JUnitWriter prints JUnit XML for CI systems that show test results: one test suite
// per file, one test case per rule; a rule that found something in the file is a failed
// case carrying its findings. A file that could not be read is a suite with an error.
type JUnitWriter struct{ Opts Options }

var _ Writer = (*JUnitWriter)(nil)

func init() {
	formats["junit"] = func(o Options) Writer { return &JUnitWriter{Opts: o} }
}

type junitSuites struct {
	XMLName  xml.Name     `xml:"testsuites"`
	Name     string       `xml:"name,attr"`
	Tests    int          `xml:"tests,attr"`
	Failures int          `xml:"failures,attr"`
	Errors   int          `xml:"errors,attr"`
	Suites   []junitSuite `xml:"testsuite"`
}

type junitSuite struct {
	Name       string          `xml:"name,attr"`
	Tests      int             `xml:"tests,attr"`
	Failures   int             `xml:"failures,attr"`
	Errors     int             `xml:"errors,attr"`
	Properties []junitProperty `xml:"properties>property,omitempty"`
	Cases      []junitCase     `xml:"testcase"`
}

type junitProperty struct {
	Name  string `xml:"name,attr"`
	Value string `xml:"value,attr"`
}

type junitCase struct {
	Name      string        `xml:"name,attr"`
	Classname string        `xml:"classname,attr"`
	Failure   *junitFailure `xml:"failure,omitempty"`
	Error     *junitFailure `xml:"error,omitempty"`
}

type junitFailure struct {
	Message string `xml:"message,attr"`
	Type    string `xml:"type,attr"`
	Body    string `xml:",chardata"`
}

func (w *JUnitWriter) Write(out io.Writer, b *Batch) error {
	b = prepare(b, w.Opts)
	all := &junitSuites{Name: "resumecheck"}
	for _, r := range b.Reports {
		suite := junitSuite{Name: r.File, Properties: []junitProperty{
			{"name", personName(r)},
			{"overall_score", fmt.Sprint(r.OverallScore)},
			{"track", r.Track},
			{"status", statusOf(r)},
		}}
		if rd := r.Reading; rd != nil {
			suite.Properties = append(suite.Properties,
				junitProperty{"confidence", string(rd.Confidence)},
				junitProperty{"read", readSummary(r)})
		}
		if !r.Scored() {
			// Not scored: no score or track to show, and one error case says why, as
			// for a file that could not be read at all.
			suite.Properties[1].Value, suite.Properties[2].Value = "", ""
			suite.Cases = append(suite.Cases, junitCase{Name: "read", Classname: r.File,
				Error: &junitFailure{Message: r.Reading.Message(r.File), Type: r.Status}})
			suite.Tests, suite.Errors = 1, 1
			all.Tests++
			all.Errors++
			all.Suites = append(all.Suites, suite)
			continue
		}
		byRule := map[string][]string{}
		levels := map[string]string{}
		for _, f := range r.Findings {
			byRule[f.RuleID] = append(byRule[f.RuleID], findingText(r, f)+lineSuffix(r, f.Pos))
			levels[f.RuleID] = string(f.Level)
		}
		ids := map[string]bool{}
		for _, ri := range b.Rules {
			ids[ri.ID] = true
		}
		for id := range byRule {
			ids[id] = true
		}
		sorted := make([]string, 0, len(ids))
		for id := range ids {
			sorted = append(sorted, id)
		}
		sort.Strings(sorted)
		for _, id := range sorted {
			c := junitCase{Name: id, Classname: r.File}
			if fs := byRule[id]; len(fs) > 0 {
				c.Failure = &junitFailure{
					Message: fmt.Sprintf("%d findings", len(fs)),
					Type:    levels[id],
					Body:    strings.Join(fs, "\n"),
				}
				suite.Failures++
			}
			suite.Cases = append(suite.Cases, c)
		}
		suite.Tests = len(suite.Cases)
		all.Tests += suite.Tests
		all.Failures += suite.Failures
		all.Suites = append(all.Suites, suite)
	}
	for _, e := range b.Errors {
		all.Suites = append(all.Suites, junitSuite{Name: e.File, Tests: 1, Errors: 1, Cases: []junitCase{{
			Name: "read", Classname: e.File, Error: &junitFailure{Message: e.Error, Type: "input"},
		}}})
		all.Tests++
		all.Errors++
	}
	if _, err := io.WriteString(out, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(out)
	enc.Indent("", "  ")
	if err := enc.Encode(all); err != nil {
		return err
	}
	_, err := io.WriteString(out, "\n")
	return err
}

func lineSuffix(r *Report, p resumePos) string {
	if line, col, ok := lineColumn(r, p); ok {
		return fmt.Sprintf(" [%s:%d:%d]", r.File, line, col)
	}
	return ""
}
