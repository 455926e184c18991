package layout_test

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"github.com/resumecheck/resumecheck/internal/corpustest"
	"github.com/resumecheck/resumecheck/internal/resume"
)

// The role measure of issue 10: the roles `resumecheck extract --format json` gives
// for each corpus file (taken from every section, as a reader of that output would),
// compared with the hand-labelled ../shared/corpus/structure.tsv.
//
//   - a truth role is found when a tool role's title+organisation word set has a
//     Jaccard index >= 0.5 with its own; roles are matched one to one, best pair first;
//   - recall, precision and F1 over found roles;
//   - fully right: title and organisation each Jaccard >= 0.75, start and end years
//     equal (`present` for a current role, empty for none), over all truth roles;
//   - bullets within one: a found role whose bullet count is within one of the truth,
//     over all truth roles;
//   - files with roles read as none.
//
// Run with -v to print the per-file table; the figures are also given per batch
// (001–062, the files the older rules were written against, and 101–128, newer),
// so that rules fitted to the older files show.

type truthRole struct {
	title, org, start, end string
	bullets                int
}

type toolRole struct {
	title, org, start, end string
	bullets                int
}

func readStructure(t *testing.T, path string) map[string][]truthRole {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.Comma = '\t'
	r.LazyQuotes = true
	r.FieldsPerRecord = -1
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	out := map[string][]truthRole{}
	for _, row := range rows[1:] {
		if len(row) < 7 || row[1] == "0" {
			continue
		}
		n, err := strconv.Atoi(row[6])
		if err != nil {
			t.Fatalf("structure.tsv: bullets %q: %v", row[6], err)
		}
		out[row[0]] = append(out[row[0]], truthRole{title: row[2], org: row[3], start: yearOf(row[4]), end: yearOf(row[5]), bullets: n})
	}
	return out
}

func yearOf(s string) string {
	if s == "present" || len(s) < 4 {
		return s
	}
	return s[:4]
}

// docRoles reads the roles of every section from the document's JSON, the output of
// `resumecheck extract --format json`.
func docRoles(t *testing.T, doc *resume.Document) []toolRole {
	t.Helper()
	data, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	var v struct {
		Sections []struct {
			Roles []struct {
				Title        string `json:"title"`
				Organisation string `json:"organisation"`
				Start        *struct {
					Year int `json:"year"`
				} `json:"start"`
				End *struct {
					Year int `json:"year"`
				} `json:"end"`
				Current bool              `json:"current"`
				Bullets []json.RawMessage `json:"bullets"`
			} `json:"roles"`
		} `json:"sections"`
	}
	if err := json.Unmarshal(data, &v); err != nil {
		t.Fatal(err)
	}
	var out []toolRole
	for _, s := range v.Sections {
		for _, r := range s.Roles {
			tr := toolRole{title: r.Title, org: r.Organisation, bullets: len(r.Bullets)}
			if r.Start != nil {
				tr.start = strconv.Itoa(r.Start.Year)
			}
			switch {
			case r.Current:
				tr.end = "present"
			case r.End != nil: // a single date has its end equal to its start
				tr.end = strconv.Itoa(r.End.Year)
			}
			out = append(out, tr)
		}
	}
	return out
}

func wordSet(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		out[w] = true
	}
	return out
}

func jaccard(a, b map[string]bool) float64 {
	if len(a) == 0 && len(b) == 0 {
		return 1
	}
	inter := 0
	for w := range a {
		if b[w] {
			inter++
		}
	}
	return float64(inter) / float64(len(a)+len(b)-inter)
}

type fileScore struct {
	name                         string
	truth, tool, found, right, b int
	missed, extra                []string
}

func scoreFile(name string, truth []truthRole, tool []toolRole) fileScore {
	fs := fileScore{name: name, truth: len(truth), tool: len(tool)}
	type pair struct {
		i, j int
		s    float64
	}
	var pairs []pair
	for i, tr := range truth {
		tw := wordSet(tr.title + " " + tr.org)
		for j, r := range tool {
			if s := jaccard(tw, wordSet(r.title+" "+r.org)); s >= 0.5 {
				pairs = append(pairs, pair{i, j, s})
			}
		}
	}
	sort.SliceStable(pairs, func(a, b int) bool { return pairs[a].s > pairs[b].s })
	usedT, usedR := map[int]bool{}, map[int]bool{}
	for _, p := range pairs {
		if usedT[p.i] || usedR[p.j] {
			continue
		}
		usedT[p.i], usedR[p.j] = true, true
		fs.found++
		tr, r := truth[p.i], tool[p.j]
		if jaccard(wordSet(tr.title), wordSet(r.title)) >= 0.75 && jaccard(wordSet(tr.org), wordSet(r.org)) >= 0.75 &&
			tr.start == r.start && tr.end == r.end {
			fs.right++
		} else {
			fs.missed = append(fs.missed, fmt.Sprintf("~%q@%q %s-%s got %q@%q %s-%s", tr.title, tr.org, tr.start, tr.end, r.title, r.org, r.start, r.end))
		}
		if d := tr.bullets - r.bullets; d >= -1 && d <= 1 {
			fs.b++
		} else {
			fs.missed = append(fs.missed, fmt.Sprintf("#%q bullets %d got %d", tr.title, tr.bullets, r.bullets))
		}
	}
	for i, tr := range truth {
		if !usedT[i] {
			fs.missed = append(fs.missed, fmt.Sprintf("-%q@%q %s-%s", tr.title, tr.org, tr.start, tr.end))
		}
	}
	for j, r := range tool {
		if !usedR[j] {
			fs.extra = append(fs.extra, fmt.Sprintf("+%q@%q %s-%s", r.title, r.org, r.start, r.end))
		}
	}
	return fs
}

type totals struct {
	files, truth, tool, found, right, b, none int
}

func (s *totals) add(f fileScore) {
	s.files++
	s.truth += f.truth
	s.tool += f.tool
	s.found += f.found
	s.right += f.right
	s.b += f.b
	if f.truth > 0 && f.tool == 0 {
		s.none++
	}
}

func (s totals) figures() (recall, precision, f1, right, bullets float64) {
	if s.truth > 0 {
		recall = float64(s.found) / float64(s.truth)
		right = float64(s.right) / float64(s.truth)
		bullets = float64(s.b) / float64(s.truth)
	}
	if s.tool > 0 {
		precision = float64(s.found) / float64(s.tool)
	}
	if recall+precision > 0 {
		f1 = 2 * recall * precision / (recall + precision)
	}
	return
}

func (s totals) String() string {
	r, p, f1, right, b := s.figures()
	return fmt.Sprintf("files %d, truth %d, tool %d, found %d: F1 %.3f recall %.3f precision %.3f fully-right %.3f bullets±1 %.3f none %d",
		s.files, s.truth, s.tool, s.found, f1, r, p, right, b, s.none)
}

// TestCorpusRoleMeasure holds the role measure over ../shared/corpus with floors just
// under the measured figures.
func TestCorpusRoleMeasure(t *testing.T) {
	corpus := corpustest.Dir(t)
	truth := readStructure(t, filepath.Join(corpus, "structure.tsv"))
	names := make([]string, 0, len(truth))
	for n := range truth {
		names = append(names, n)
	}
	sort.Strings(names)
	var all, old, recent totals
	var tab strings.Builder
	fmt.Fprintf(&tab, "\n%-42s %5s %5s %5s %5s %5s\n", "file", "truth", "tool", "found", "right", "bul±1")
	for _, n := range names {
		doc := readDoc(t, filepath.Join(corpus, "files", n))
		fs := scoreFile(n, truth[n], docRoles(t, doc))
		all.add(fs)
		if n < "1" {
			old.add(fs)
		} else {
			recent.add(fs)
		}
		fmt.Fprintf(&tab, "%-42s %5d %5d %5d %5d %5d\n", n, fs.truth, fs.tool, fs.found, fs.right, fs.b)
		if os.Getenv("ROLE_MEASURE_DETAIL") != "" {
			for _, m := range append(fs.missed, fs.extra...) {
				fmt.Fprintf(&tab, "    %s\n", m)
			}
		}
	}
	fmt.Fprintf(&tab, "all      %s\n001-062  %s\n101-128  %s\n", all, old, recent)
	t.Log(tab.String())

	_, _, f1, right, bullets := all.figures()
	floors := []struct {
		name       string
		got, floor float64
	}{
		{"F1", f1, 0.97},
		{"fully right", right, 0.95},
		{"bullets within one", bullets, 0.94},
	}
	for _, f := range floors {
		if f.got < f.floor {
			t.Errorf("role measure %s %.3f, below the floor %.2f", f.name, f.got, f.floor)
		}
	}
	if all.none > 0 {
		t.Errorf("%d files with roles read as none, files with roles must not be read as none", all.none)
	}
}
