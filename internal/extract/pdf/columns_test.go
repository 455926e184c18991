package pdf

import (
	"context"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/resumecheck/resumecheck/internal/extract/recall"
)

// gutters are the character columns of the gap between sidebar and main column in
// each page of poppler's -layout reference (labelled by reading those files; 0 for a
// page without columns). The test checks that few reference lines cross the label.
var gutters = map[string][]int{
	"003_deedy-resume-openfont": {36},
	"004_deedy-resume-macfonts": {36},
	"014_altacv-mmayer":         {160, 66},
	"015_altacv-sample":         {157, 66},
}

// sideWords classifies the words of a two-column page: words seen only left of the
// gutter, only right of it, and the rest (both sides, or in lines crossing it).
func sideWords(page string, gutter int) (left, right map[string]bool, crossing int) {
	var lines [][]rune
	for _, l := range strings.Split(page, "\n") {
		lines = append(lines, []rune(l))
	}
	count := map[string][3]int{}
	add := func(s string, side int) {
		for _, w := range recall.Words(s) {
			c := count[w]
			c[side]++
			count[w] = c
		}
	}
	// Lines above the first one whose right part starts at the gutter are the page
	// header, which belongs to neither column.
	inColumns := false
	for _, l := range lines {
		if !inColumns && gutter < len(l) {
			rest := string(l[gutter:])
			lead := len(rest) - len(strings.TrimLeft(rest, " "))
			inColumns = strings.TrimSpace(rest) != "" && lead <= 12
		}
		if !inColumns {
			add(string(l), 2)
			continue
		}
		if gutter < len(l) && l[gutter] != ' ' && gutter > 0 && l[gutter-1] != ' ' {
			crossing++
			add(string(l), 2)
			continue
		}
		add(string(l[:min(gutter, len(l))]), 0)
		if gutter < len(l) {
			add(string(l[gutter:]), 1)
		}
	}
	left, right = map[string]bool{}, map[string]bool{}
	for w, c := range count {
		if len(w) < 3 || c[2] > 0 {
			continue
		}
		if c[0] > 0 && c[1] == 0 {
			left[w] = true
		}
		if c[1] > 0 && c[0] == 0 {
			right[w] = true
		}
	}
	return left, right, crossing
}

// TestCorpusColumnsNotMixed: on the two-column corpus files no extracted line holds
// words that occur only in the left column together with words only in the right one.
func TestCorpusColumnsNotMixed(t *testing.T) {
	dir := corpusDir(t)
	for _, base := range []string{"003_deedy-resume-openfont", "004_deedy-resume-macfonts", "014_altacv-mmayer", "015_altacv-sample"} {
		cols := gutters[base]
		t.Run(base, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join(dir, "files", base+".pdf"))
			if err != nil {
				t.Skip(err)
			}
			layoutRef, err := os.ReadFile(filepath.Join(dir, "reference", base+".layout.txt"))
			if err != nil {
				t.Skip(err)
			}
			res, err := Extract(context.Background(), base+".pdf", data, Options{Engine: EngineBuiltin})
			if err != nil {
				t.Fatal(err)
			}
			pages := strings.Split(string(layoutRef), "\f")
			checked := 0
			for pi, page := range pages {
				if strings.TrimSpace(page) == "" {
					continue
				}
				if pi >= len(cols) || cols[pi] == 0 {
					continue
				}
				left, right, crossing := sideWords(page, cols[pi])
				t.Logf("page %d: gutter at column %d, %d left-only and %d right-only words, %d lines crossing", pi+1, cols[pi], len(left), len(right), crossing)
				if crossing > 3 || len(left) < 10 || len(right) < 10 {
					t.Fatalf("page %d: the labelled gutter does not fit the reference", pi+1)
				}
				for _, l := range res.Lines {
					if l.Pos.Page != pi+1 {
						continue
					}
					var nl, nr []string
					for _, w := range recall.Words(l.Text) {
						if left[w] {
							nl = append(nl, w)
						}
						if right[w] {
							nr = append(nr, w)
						}
					}
					checked++
					if len(nl) > 0 && len(nr) > 0 {
						t.Errorf("page %d line %d mixes columns: %q (left %v, right %v)", l.Pos.Page, l.Pos.Line, l.Text, nl, nr)
					}
				}
			}
			if checked == 0 {
				t.Error("no two-column page found in the reference")
			}
		})
	}
}

// TestCorpusColumnDetection: the corridor test fires on the two-column files and on
// none of the one-column ones (per the corpus's SOURCES.tsv), where a false split
// would tear a date rail or a label/value table away from its lines.
func TestCorpusColumnDetection(t *testing.T) {
	dir := corpusDir(t)
	tsv, err := os.ReadFile(filepath.Join(dir, "SOURCES.tsv"))
	if err != nil {
		t.Skip(err)
	}
	for _, row := range strings.Split(string(tsv), "\n")[1:] {
		cols := strings.Split(row, "\t")
		if len(cols) < 8 || !strings.HasSuffix(cols[0], ".pdf") {
			continue
		}
		name, layoutKind := cols[0], cols[7]
		data, err := os.ReadFile(filepath.Join(dir, "files", name))
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		r, err := openReader(name, data)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		w := newWalker(context.Background())
		var split []int
		maxBand := 0.0 // the largest share of a page's rows inside a column band
		for i, p := range mustPages(t, r) {
			gs, _ := w.page(p)
			var flat []glyph
			for _, g := range gs {
				if !g.rot {
					flat = append(flat, g)
				}
			}
			runs := makeRuns(flat)
			for _, ru := range runs {
				trimRunExtent(ru)
			}
			if c, ok := findCorridor(runs); ok {
				split = append(split, i+1)
				if share := bandShare(runs, c); share > maxBand {
					maxBand = share
				}
			}
		}
		t.Logf("%-40s %-11s columns found on pages %v (largest band %.0f%% of a page's text height)", name, layoutKind, split, 100*maxBand)
		switch layoutKind {
		case "one-column":
			// A one-column résumé may set one block side by side (two lists of courses
			// at the foot of a page); its body must not be read as columns.
			if maxBand > 0.5 {
				t.Errorf("%s: one-column file split into columns on pages %v (%.0f%% of a page's text height)", name, split, 100*maxBand)
			}
		case "two-column":
			if len(split) == 0 || split[0] != 1 {
				t.Errorf("%s: two-column file, but no columns found on page 1 (pages %v)", name, split)
			}
		}
	}
}

// bandShare is the share of a page's text height (first to last baseline) inside the
// corridor's vertical band, where the page is read as two columns.
func bandShare(runs []*run, c corridor) float64 {
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, r := range runs {
		lo, hi = math.Min(lo, r.y), math.Max(hi, r.y)
	}
	if hi <= lo {
		return 0
	}
	top, bottom := math.Min(c.top, hi), math.Max(c.bottom, lo)
	return math.Max(0, top-bottom) / (hi - lo)
}

// TestSideChangesMarkEverySideChange checks on random pages (runs of any width, some
// reversed, on shared and distinct baselines) that every strip on which a run lies on
// another side than on the strip before is marked, so that findCorridor, which scores
// only the marked strips and copies the rest, gets the best interval bestInterval
// gives for every strip.
func TestSideChangesMarkEverySideChange(t *testing.T) {
	rng := rand.New(rand.NewPCG(15, 7))
	side := func(r *run, sx float64) int {
		switch {
		case r.x0 < sx+1 && r.x1 > sx:
			return 0
		case r.x1 <= sx:
			return -1
		}
		return 1
	}
	marked := 0
	for range 300 {
		var runs []*run
		for range 1 + rng.IntN(60) {
			x0 := float64(rng.IntN(600)) + []float64{0, 0.5, 0.25, 0.999}[rng.IntN(4)]
			x1 := x0 + rng.Float64()*200
			if rng.IntN(20) == 0 {
				x0, x1 = x1, x0
			}
			runs = append(runs, &run{x0: x0, x1: x1, y: float64(700 - 12*rng.IntN(50))})
		}
		lo := 60 + rng.Float64()*40
		var xs []float64
		for sx := lo; sx < lo+400; sx++ {
			xs = append(xs, sx)
		}
		changes := sideChanges(runs, xs)
		if len(changes) != len(xs) {
			t.Fatalf("%d marks for %d strips", len(changes), len(xs))
		}
		for k := 1; k < len(xs); k++ {
			for _, r := range runs {
				if side(r, xs[k]) != side(r, xs[k-1]) && !changes[k] {
					t.Fatalf("run [%g, %g] changes side at strip %g, unmarked", r.x0, r.x1, xs[k])
				}
			}
			if changes[k] {
				marked++
			} else if got, want := bestInterval(runs, xs[k], xs[k]+1), bestInterval(runs, xs[k-1], xs[k-1]+1); got != want {
				t.Fatalf("strip %g: unmarked, but its best interval %+v differs from the one before, %+v", xs[k], got, want)
			}
		}
	}
	if marked == 0 {
		t.Fatal("no strip was marked")
	}
}
