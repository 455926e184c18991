package reading

import (
	"bufio"
	"context"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/resumecheck/resumecheck/internal/corpustest"
	"github.com/resumecheck/resumecheck/internal/extract"
	"github.com/resumecheck/resumecheck/internal/resume"
)

// corpusLevels reads levels.tsv: file name → current_level ("template" marks the
// samples shipped with a template).
func corpusLevels(t *testing.T, dir string) map[string]string {
	f, err := os.Open(filepath.Join(dir, "levels.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	out := map[string]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		cols := strings.Split(sc.Text(), "\t")
		if len(cols) >= 2 && cols[0] != "file" {
			out[cols[0]] = cols[1]
		}
	}
	return out
}

// TestCorpusReading reads every corpus résumé: the files levels.tsv marks as templates
// are templates and no other file is, except a sample whose bullets are mostly left as
// placeholders ("Accomplishment 2", "Etc."), which levels.tsv may label with the level
// its few filled bullets suggest; no real résumé is unread; it prints each file's
// reading and the count of each status and confidence.
func TestCorpusReading(t *testing.T) {
	dir := corpustest.Dir(t)
	levels := corpusLevels(t, dir)
	files, _ := filepath.Glob(filepath.Join(dir, "files", "*"))
	sort.Strings(files)
	v, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	conf := map[Confidence]int{}
	status := map[string]int{}
	var unread []string
	for _, path := range files {
		name := filepath.Base(path)
		level, labelled := levels[name]
		if !labelled {
			continue
		}
		doc, err := extract.File(context.Background(), path, extract.Options{})
		var r Reading
		if err != nil {
			r = NoText(0, err.Error())
		} else {
			r = Assess(doc, v)
		}
		conf[r.Confidence]++
		st := "read"
		switch {
		case r.Unread():
			st = "unread"
		case r.IsTemplate:
			st = "template"
		}
		status[st]++
		t.Logf("%-36s %-8s %-10s roles=%2d dated=%2d bullets=%3d lines=%3d unplaced=%3d text=%s  %s %v", name, st, r.Confidence, r.Roles, r.DatedRoles, r.Bullets, r.Lines, r.Unplaced, r.TextQuality, r.Reason, r.Template)
		wantTemplate := level == "template"
		if r.IsTemplate && !wantTemplate && err == nil && mostlyPlaceholders(doc) {
			wantTemplate = true
		}
		if r.IsTemplate != wantTemplate {
			t.Errorf("%s: template = %v, want %v (signs %v)", name, r.IsTemplate, wantTemplate, r.Template)
		}
		if r.Unread() && !wantTemplate {
			unread = append(unread, name)
		}
	}
	t.Logf("status: %v; confidence: %v", status, conf)
	if len(unread) > 0 {
		t.Errorf("%d real résumés read as unread, want none: %v", len(unread), unread)
	}
}

var placeholderBullet = regexp.MustCompile(`(?i)^(etc\.?|\.\.\.|…|(job |role )?(description|responsibility|achievement|accomplishment|item|task)s? \d+\.?)$`)

// mostlyPlaceholders reports whether at least half of a document's bullets are
// placeholders left from a sample.
func mostlyPlaceholders(doc *resume.Document) bool {
	n, ph := 0, 0
	for _, sec := range doc.Sections {
		var bs []resume.Bullet
		bs = append(bs, sec.Bullets...)
		for _, r := range sec.Roles {
			bs = append(bs, r.Bullets...)
		}
		for _, b := range bs {
			n++
			if placeholderBullet.MatchString(strings.TrimSpace(b.Text)) {
				ph++
			}
		}
	}
	return n > 0 && 2*ph >= n
}
