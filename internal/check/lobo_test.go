package check

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/resumecheck/resumecheck/internal/corpustest"
	"github.com/resumecheck/resumecheck/internal/extract"
	"github.com/resumecheck/resumecheck/internal/rules"
	"github.com/resumecheck/resumecheck/internal/scope"
	"github.com/resumecheck/resumecheck/internal/score"
)

// TestCorpusLevelsLeaveOneBatchOut tunes the ladder's four softest thresholds on one
// batch of levels.tsv (001–062 or 101–128) by grid search, then reads the other batch
// with them: the held-out agreement is what tuning on these files would be worth on
// résumés nobody looked at. It logs both directions next to the built-in thresholds
// (go test ./internal/check -run LeaveOneBatchOut -v) and holds the held-out track
// agreement of the built-in ladder to a floor.
func TestCorpusLevelsLeaveOneBatchOut(t *testing.T) {
	dir := corpustest.Dir(t)
	rows := readLevels(t, dir)
	_, eng := benchChecker(t)
	analyses := map[string]*rules.Analysis{}
	for _, row := range rows {
		doc, err := extract.File(context.Background(), filepath.Join(dir, "files", row.file), extract.Options{Now: benchNow})
		if err != nil {
			t.Fatalf("%s: %v", row.file, err)
		}
		analyses[row.file] = eng.Analyze(doc)
	}
	base, err := scope.BuiltinLadder()
	if err != nil {
		t.Fatal(err)
	}
	type grid struct{ led, months, lookback, student int }
	var grids []grid
	for _, led := range []int{1, 2, 3} {
		for _, months := range []int{3, 6, 12} {
			for _, lookback := range []int{5, 10, 15} {
				for _, student := range []int{2, 3, 5} {
					grids = append(grids, grid{led, months, lookback, student})
				}
			}
		}
	}
	ladderOf := func(g grid) *scope.Ladder {
		o := &scope.Ladder{Thresholds: scope.Thresholds{TechLeadLedMentions: g.led, MinTitleMonths: g.months, TrackLookbackYears: g.lookback, StudentMaxYears: g.student}}
		l, err := base.Override(o, "grid")
		if err != nil {
			t.Fatal(err)
		}
		return l
	}
	// agreement on a batch: track and level, templates counted as misses (the ladder
	// does not see template detection).
	agree := func(l *scope.Ladder, first bool) (track, level, n int) {
		for _, row := range rows {
			if (row.file < "100") != first {
				continue
			}
			n++
			_, lv, tr, _ := score.ReadScope(analyses[row.file], l)
			if tr == row.track {
				track++
			}
			got := lv.Current
			if got == scope.LevelDirector {
				got = scope.LevelSeniorManager
			}
			if got == row.level {
				level++
			}
		}
		return
	}
	name := map[bool]string{true: "001-062", false: "101-128"}
	for _, tuneOn := range []bool{true, false} {
		best, bestScore := grids[0], -1
		for _, g := range grids {
			tr, lv, _ := agree(ladderOf(g), tuneOn)
			if tr+lv > bestScore {
				best, bestScore = g, tr+lv
			}
		}
		tt, tl, tn := agree(ladderOf(best), tuneOn)
		ht, hl, hn := agree(ladderOf(best), !tuneOn)
		bt, bl, _ := agree(base, !tuneOn)
		t.Logf("tuned on %s (led %d, title months %d, lookback %d, student years %d): there track %d/%d level %d/%d; held-out %s track %d/%d level %d/%d (built-in thresholds: track %d/%d level %d/%d)",
			name[tuneOn], best.led, best.months, best.lookback, best.student, tt, tn, tl, tn, name[!tuneOn], ht, hn, hl, hn, bt, hn, bl, hn)
	}
	// The built-in ladder on each batch: floors just under what is measured.
	for _, first := range []bool{true, false} {
		tr, lv, n := agree(base, first)
		t.Logf("built-in ladder on %s: track %d/%d, level %d/%d", name[first], tr, n, lv, n)
		if float64(tr)/float64(n) < 0.78 {
			t.Errorf("%s: built-in track agreement %s below 0.78", name[first], fmt.Sprintf("%d/%d", tr, n))
		}
	}
}
