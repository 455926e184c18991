package layout

import (
	"sync"

	"github.com/resumecheck/resumecheck/internal/resume"
)

// Layout asks about the dates of the same few hundred strings many times while it
// weighs where roles start; date matching is the costly part of Build, so the answers
// are kept. The cache is bounded and shared by concurrent Builds.
type dateAnswer struct {
	r          resume.DateRange
	start, end int
	ok         bool
}

var dates = struct {
	sync.Mutex
	find, whole map[string]dateAnswer
}{find: map[string]dateAnswer{}, whole: map[string]dateAnswer{}}

const dateCacheMax = 1 << 14

// findDate is resume.FindDateRange, remembered.
func findDate(s string) (resume.DateRange, int, int, bool) {
	dates.Lock()
	a, hit := dates.find[s]
	dates.Unlock()
	if !hit {
		a.r, a.start, a.end, a.ok = resume.FindDateRange(s)
		dates.Lock()
		if len(dates.find) >= dateCacheMax {
			dates.find = map[string]dateAnswer{}
		}
		dates.find[s] = a
		dates.Unlock()
	}
	return a.r, a.start, a.end, a.ok
}

// parseRange is resume.ParseDateRange, remembered.
func parseRange(s string) (resume.DateRange, bool) {
	dates.Lock()
	a, hit := dates.whole[s]
	dates.Unlock()
	if !hit {
		a.r, a.ok = resume.ParseDateRange(s)
		dates.Lock()
		if len(dates.whole) >= dateCacheMax {
			dates.whole = map[string]dateAnswer{}
		}
		dates.whole[s] = a
		dates.Unlock()
	}
	return a.r, a.ok
}
