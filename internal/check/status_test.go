package check

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/resumecheck/resumecheck/internal/reading"
	"github.com/resumecheck/resumecheck/internal/report"
)

// TestStatusFixtures runs the whole pipeline on a fixture of each status and checks
// the status, the confidence and what an unscored report withholds.
func TestStatusFixtures(t *testing.T) {
	root := repoRoot(t)
	c, err := New(Options{NoConfig: true, MinScore: -1})
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		file       string
		status     string
		confidence reading.Confidence
		finding    string // a finding the report must carry
		reason     string // words the reading's reason must hold
	}{
		{"testdata/extract/pdf/scan-image-only.pdf", report.StatusUnread, reading.Unreadable, "", "no text layer"},
		{"testdata/extract/pdf/garbled-tounicode.pdf", report.StatusUnread, reading.Unreadable, "", "glyphs"},
		{"testdata/status/prose.md", report.StatusUnread, reading.Unreadable, "", "under no heading"},
		{"testdata/status/template.md", report.StatusTemplate, "", "", ""},
		{"testdata/status/template.pdf", report.StatusTemplate, "", "", ""},
		{"testdata/status/prose.pdf", report.StatusUnread, reading.Unreadable, "", "under no heading"},
		{"testdata/status/graduate.md", report.StatusPass, reading.Low, "structure.experience-section", "no roles"},
		{"testdata/resumes/eng-manager.md", report.StatusPass, reading.High, "", ""},
	}
	for _, tc := range cases {
		t.Run(filepath.Base(tc.file), func(t *testing.T) {
			res := c.File(context.Background(), filepath.Join(root, tc.file))
			if res.Err != nil {
				t.Fatalf("error %v, want a report with status %s", res.Err, tc.status)
			}
			r := res.Report
			if r.Status != tc.status {
				t.Fatalf("status %q, want %q (reading %+v)", r.Status, tc.status, r.Reading)
			}
			if r.Reading == nil {
				t.Fatal("no reading")
			}
			if tc.confidence != "" && r.Reading.Confidence != tc.confidence {
				t.Errorf("confidence %s (%s), want %s", r.Reading.Confidence, r.Reading.Reason, tc.confidence)
			}
			if !strings.Contains(r.Reading.Reason, tc.reason) {
				t.Errorf("reason %q, want it to say %q", r.Reading.Reason, tc.reason)
			}
			if r.Scored() != (tc.status == report.StatusPass) {
				t.Errorf("Scored() = %v for status %s", r.Scored(), r.Status)
			}
			if !r.Scored() {
				if r.OverallScore != 0 || r.Track != "" || len(r.Areas) != 0 || len(r.TopChanges) != 0 || len(res.Failures) != 0 {
					t.Errorf("unscored report keeps a score: overall %d, track %q, %d areas, %d changes, failures %v",
						r.OverallScore, r.Track, len(r.Areas), len(r.TopChanges), res.Failures)
				}
				if m := r.Reading.Message(r.File); !strings.HasPrefix(m, r.File+": ") || strings.Contains(m, "\n") {
					t.Errorf("message %q: want one line naming the file", m)
				}
			}
			if tc.status == report.StatusTemplate && (r.Reading.Roles == 0 || len(r.Bullets) == 0) {
				t.Errorf("template: %d roles, %d bullets; its roles are still read", r.Reading.Roles, len(r.Bullets))
			}
			if tc.finding != "" {
				found := false
				for _, f := range r.Findings {
					found = found || f.RuleID == tc.finding
				}
				if !found {
					t.Errorf("no %s finding", tc.finding)
				}
			}
		})
	}
}

// TestHeadingless: a résumé whose employers are its headings is read: its three jobs
// are found, and it is scored with the confidence of a file read as a reader would.
func TestHeadingless(t *testing.T) {
	root := repoRoot(t)
	c, err := New(Options{NoConfig: true, MinScore: -1})
	if err != nil {
		t.Fatal(err)
	}
	res := c.File(context.Background(), filepath.Join(root, "testdata/status/employer-headings.md"))
	if res.Err != nil {
		t.Fatal(res.Err)
	}
	r := res.Report
	if r.Status != report.StatusPass || r.Reading.Roles != 3 || r.Reading.DatedRoles != 3 || r.Reading.Confidence != reading.High {
		t.Errorf("status %s, %d roles (%d dated), confidence %s (%s); want pass, 3 dated roles, high",
			r.Status, r.Reading.Roles, r.Reading.DatedRoles, r.Reading.Confidence, r.Reading.Reason)
	}
}
