package check

import (
	"bufio"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/resumecheck/resumecheck/internal/corpustest"
	"github.com/resumecheck/resumecheck/internal/signals"
)

// corpusSignalCodes maps the label codes of testdata/bullets to signal names.
var corpusSignalCodes = map[rune]string{
	'q': "quantified", 'i': "first_person", 't': "team_framing", 'x': "cross_team", 'h': "technical",
	'p': "people", 'm': "pm", 'c': "communication", 'w': "weak_opener", 'v': "passive",
}

// corpusBulletFloors hold TestCorpusBulletSignals, per set of testdata/corpus-signals.tsv: just
// under what the analyser scored when the labels were committed (0.01-0.02 below). The test set
// tells how the signals read real bullets nobody here has read: set them again only from a
// measurement, never from its misses.
var corpusBulletFloors = map[string]map[string]float64{
	"dev": {
		"quantified": 0.99, "first_person": 0.99, "team_framing": 0.78, "cross_team": 0.79,
		"technical": 0.95, "people": 0.83, "pm": 0.87, "communication": 0.76,
		"weak_opener": 0.86, "passive": 0.92,
	},
	"seen": {
		"quantified": 0.96, "first_person": 0.99, "team_framing": 0.77, "cross_team": 0.77,
		"technical": 0.94, "people": 0.62, "pm": 0.78, "communication": 0.72,
		"weak_opener": 0.99, "passive": 0.99,
	},
	"test": {
		"quantified": 0.93, "first_person": 0.99, "team_framing": 0.83, "cross_team": 0.75,
		"technical": 0.93, "people": 0.87, "pm": 0.65, "communication": 0.65,
		"weak_opener": 0.75, "passive": 0.99,
	},
}

// corpusBulletsMatched is how many labelled bullets of each set the checker must still extract
// with the text they were labelled on (a changed extraction drops a bullet from the measure).
var corpusBulletsMatched = map[string]int{"dev": 410, "seen": 150, "test": 285}

// bulletHash is how testdata/corpus-signals.tsv names a bullet: the first 16 hex
// digits of the SHA-256 of its text with spaces collapsed.
func bulletHash(text string) string {
	sum := sha256.Sum256([]byte(strings.Join(strings.Fields(text), " ")))
	return hex.EncodeToString(sum[:8])
}

// TestCorpusBulletSignals measures the signals on real bullets of the shared corpus: 868
// bullets the checker extracts from its 54 résumés (none shares six words in a row with
// ../shared/bullets/real-dev.tsv), labelled blind from ../shared/SIGNALS.md. The labels file
// holds hashes of the texts, not the texts, which stay in the corpus. Its "test" set comes
// from résumés none of whose bullets the team has read (the split is by person), so its
// figures are the project's estimate of how the signals read real bullets nobody tuned on;
// the log prints the P/R/F1 of each set.
func TestCorpusBulletSignals(t *testing.T) {
	dir := corpustest.Dir(t)
	want := readCorpusLabels(t, filepath.Join(corpustest.RepoRoot(t), "testdata", "corpus-signals.tsv"))
	c, _ := benchChecker(t)
	files, err := filepath.Glob(filepath.Join(dir, "files", "*"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no corpus files: %v", err)
	}
	tallies := map[string]map[string]signals.Tally{}
	matched := map[string]int{}
	seen := map[string]bool{}
	for _, f := range files {
		res := c.File(context.Background(), f)
		if res.Err != nil || res.Report == nil {
			continue
		}
		for _, b := range res.Report.Bullets {
			h := bulletHash(b.Text)
			l, ok := want[h]
			if !ok || seen[h] {
				continue
			}
			seen[h] = true
			matched[l.set]++
			if l.set == "dev" && os.Getenv("CORPUS_DEV_MISSES") != "" {
				printDevMisses(t, b.Text, b.Signals, l.codes)
			}
			if tallies[l.set] == nil {
				tallies[l.set] = map[string]signals.Tally{}
			}
			for r, name := range corpusSignalCodes {
				tl := tallies[l.set][name]
				tl.Add(b.Signals.Get(name), strings.ContainsRune(l.codes, r))
				tallies[l.set][name] = tl
			}
		}
	}
	total := map[string]int{}
	for _, l := range want {
		total[l.set]++
	}
	for _, set := range slices.Sorted(maps.Keys(corpusBulletFloors)) {
		t.Log("\n" + signals.FormatTallies("corpus "+set, tallies[set]))
		t.Logf("%s: %d of %d labelled bullets extracted with the text they were labelled on", set, matched[set], total[set])
		if matched[set] < corpusBulletsMatched[set] {
			t.Errorf("%s: only %d of %d labelled bullets found (floor %d): has extraction changed their text?", set, matched[set], total[set], corpusBulletsMatched[set])
		}
		for name, floor := range corpusBulletFloors[set] {
			if f := tallies[set][name].F1(); f < floor {
				t.Errorf("%s: %s F1 %.3f below floor %.2f", set, name, f, floor)
			}
		}
	}
	for set := range total {
		if _, ok := corpusBulletFloors[set]; !ok {
			t.Errorf("set %q of the labels file has no floors", set)
		}
	}
}

// corpusLabel is one line of testdata/corpus-signals.tsv.
type corpusLabel struct{ codes, set string }

func readCorpusLabels(t *testing.T, path string) map[string]corpusLabel {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	want := map[string]corpusLabel{}
	sc := bufio.NewScanner(f)
	header := false
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if !header {
			header = true
			continue
		}
		codes, rest, ok := strings.Cut(line, "\t")
		hash, set, ok2 := strings.Cut(rest, "\t")
		if !ok || !ok2 || len(hash) != 16 || set == "" {
			t.Fatalf("%s: bad line %q", path, line)
		}
		for _, r := range codes {
			if _, known := corpusSignalCodes[r]; !known && r != '-' {
				t.Fatalf("%s: unknown code %q in %q", path, r, line)
			}
		}
		want[hash] = corpusLabel{codes, set}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return want
}

// printDevMisses logs, when CORPUS_DEV_MISSES is set, the signals the analyser gets wrong on one
// bullet of the "dev" set (the only set whose texts the team may read): "+name" a signal it
// misses, "-name" one it claims. Only ever called for the dev set.
func printDevMisses(t *testing.T, text string, got signals.Signals, codes string) {
	t.Helper()
	var miss []string
	for _, r := range "qitxhpmcwv" {
		name := corpusSignalCodes[r]
		want := strings.ContainsRune(codes, r)
		if g := got.Get(name); g != want {
			if want {
				miss = append(miss, "+"+name)
			} else {
				miss = append(miss, "-"+name)
			}
		}
	}
	if len(miss) > 0 {
		t.Logf("DEVMISS %s\t%s", strings.Join(miss, ","), text)
	}
}
