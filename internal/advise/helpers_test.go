package advise

import (
	"github.com/resumecheck/resumecheck/internal/resume"
	"github.com/resumecheck/resumecheck/internal/score/scoretest"
)

// The test résumés and the keyword analyser live in scoretest, shared with the advice
// planner's tests.
type fakeAnalyzer = scoretest.FakeAnalyzer

// fakeRole is a role written positionally in the tests.
type fakeRole struct {
	title, org string
	start, end int // years; end 0 = current
	bullets    []string
}

func makeDoc(roles ...fakeRole) *resume.Document {
	rs := make([]scoretest.Role, len(roles))
	for i, r := range roles {
		rs[i] = scoretest.Role{Title: r.title, Org: r.org, Start: r.start, End: r.end, Bullets: r.bullets}
	}
	return scoretest.MakeDoc(rs...)
}

var (
	managerDoc  = scoretest.ManagerDoc
	seniorICDoc = scoretest.SeniorICDoc
	juniorDoc   = scoretest.JuniorDoc
	texts       = scoretest.Texts
)
