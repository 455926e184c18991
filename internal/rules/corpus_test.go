package rules

import (
	"context"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/resumecheck/resumecheck/internal/corpustest"

	"github.com/resumecheck/resumecheck/internal/extract"
	"github.com/resumecheck/resumecheck/internal/resume"
)

// corpusDir finds ../shared/corpus/files beside the repository root (the directory
// holding go.mod), or "" when it is absent.
func corpusDir(t *testing.T) string {
	c, ok := corpustest.Path()
	if !ok {
		return ""
	}
	return filepath.Join(c, "files")
}

// TestCorpusFindingsAreWellFormed runs the built-in pack over every real résumé of the
// corpus and checks what every consumer of findings relies on: each finding points at
// a section, role or bullet that exists, bullet findings carry a span inside the
// bullet, messages are rendered (no template left), and two runs give the same result.
func TestCorpusFindingsAreWellFormed(t *testing.T) {
	dir := corpusDir(t)
	if dir == "" {
		t.Skip("corpus not found (../shared/corpus)")
	}
	if testing.Short() {
		t.Skip("corpus run skipped in -short mode")
	}
	files, err := filepath.Glob(filepath.Join(dir, "*"))
	if err != nil {
		t.Fatal(err)
	}
	p, err := LoadBuiltin()
	if err != nil {
		t.Fatal(err)
	}
	e := NewEngine(p, realAnalyzer(t))
	var docs, bullets, findings int
	for _, f := range files {
		doc, err := extract.File(context.Background(), f, extract.Options{Now: exampleNow})
		if err != nil {
			t.Logf("%s: not read (%v)", filepath.Base(f), err)
			continue
		}
		a := e.Analyze(doc)
		docs++
		bullets += len(a.Bullets)
		findings += len(a.Findings)
		for _, fd := range a.Findings {
			checkFinding(t, filepath.Base(f), doc, fd)
		}
		if again := e.Analyze(doc); !reflect.DeepEqual(a.Findings, again.Findings) {
			t.Errorf("%s: findings differ between two runs", filepath.Base(f))
		}
	}
	if docs == 0 {
		t.Fatal("no corpus file could be read")
	}
	t.Logf("%d résumés, %d bullets, %d findings", docs, bullets, findings)
}

func checkFinding(t *testing.T, file string, doc *resume.Document, f Finding) {
	t.Helper()
	if f.Message == "" || containsTemplate(f.Message) {
		t.Errorf("%s: %s: message not rendered: %q", file, f.RuleID, f.Message)
	}
	r := f.Ref
	switch f.Scope {
	case ScopeDocument:
		if r != docRef {
			t.Errorf("%s: %s: document finding with ref %+v", file, f.RuleID, r)
		}
	case ScopeRole:
		if r.Section < 0 || r.Section >= len(doc.Sections) || r.Role < 0 || r.Role >= len(doc.Sections[r.Section].Roles) || r.Bullet != -1 {
			t.Errorf("%s: %s: role finding with bad ref %+v", file, f.RuleID, r)
		}
	case ScopeBullet:
		if r.Section < 0 || r.Section >= len(doc.Sections) {
			t.Errorf("%s: %s: bullet finding with bad ref %+v", file, f.RuleID, r)
			return
		}
		sec := doc.Sections[r.Section]
		var bs []resume.Bullet
		if r.Role < 0 {
			bs = sec.Bullets
		} else if r.Role < len(sec.Roles) {
			bs = sec.Roles[r.Role].Bullets
		}
		if r.Bullet < 0 || r.Bullet >= len(bs) {
			t.Errorf("%s: %s: bullet finding with bad ref %+v", file, f.RuleID, r)
			return
		}
		if f.Span != nil {
			n := len([]rune(bs[r.Bullet].Text))
			if f.Span.Start < 0 || f.Span.End > n || f.Span.Start >= f.Span.End {
				t.Errorf("%s: %s: span %+v outside a %d-rune bullet", file, f.RuleID, *f.Span, n)
			}
		}
	default:
		t.Errorf("%s: %s: scope %q", file, f.RuleID, f.Scope)
	}
}

func containsTemplate(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		if s[i] == '{' && s[i+1] == '{' {
			return true
		}
	}
	return false
}
