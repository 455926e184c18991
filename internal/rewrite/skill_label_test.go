package rewrite

import (
	"math/rand"
	"regexp"
	"testing"

	"github.com/resumecheck/resumecheck/internal/corpustest"
)

// refSkillLabel is the expression hasSkillLabel stands for (skillLabelRE, compiled
// here on its own so that the test does not go through hasSkillLabel's fallback).
var refSkillLabel = regexp.MustCompile(`(?i)\b(skills|technologies|tools|tech stack|stack|languages|frameworks|environment)\s*:`)

var skillLabelSeeds = []string{"", ":", "Skills:", "skills :", "SKILLS\t:", "Tech stack: Go", "tech  stack: Go", "techstack: Go",
	"Stack:", "xstack: a", "x_stack: a", "x-stack: a", "9stack: a", "é stack: a", "Languages \n\f\r : Go", "Languages\v: Go",
	"Tools, Skills: a", "Skills; tools: a", "skill: a", "Environment:AWS", "frameworks:", "stacks: a", "Tool: a",
	"Led the team: skills", "a: b: Stack :", "ſkills: a", "ſtack: a", "Stac\u212a: a", "tools: é", "\xffskills: a"}

// TestHasSkillLabelMatchesRegexp: hasSkillLabel agrees with the expression on edge
// cases, on 50,000 generated lines and on every fixture and corpus line.
func TestHasSkillLabelMatchesRegexp(t *testing.T) {
	check := func(s string) {
		t.Helper()
		if got, want := hasSkillLabel(s), refSkillLabel.MatchString(s); got != want {
			t.Errorf("hasSkillLabel(%q) = %v, the expression %v", s, got, want)
		}
	}
	for _, s := range skillLabelSeeds {
		check(s)
	}
	rng := rand.New(rand.NewSource(15))
	pieces := []string{"skills", "Skills", "TOOLS", "tech stack", "Tech", "stack", "languages", "frameworks", "environment", "technologies",
		":", " :", "Skills:", "tech stack :", " ", "\t", "\v", "\n", ",", "_", "-", "x", "9", "é", "ſ", "\u212a", "Go", "s", "k"}
	yes := 0
	for i := 0; i < 50000; i++ {
		s := corpustest.Pieces(rng, pieces, 8)
		check(s)
		if refSkillLabel.MatchString(s) {
			yes++
		}
	}
	if yes < 5000 {
		t.Errorf("only %d of 50000 generated lines hold a label: the generator misses the grammar", yes)
	}
	corpustest.EachTextLine(t, func(file, line string) { check(line) })
}

// FuzzHasSkillLabel: on any input hasSkillLabel agrees with the expression
// (go test -fuzz FuzzHasSkillLabel -fuzztime 30s).
func FuzzHasSkillLabel(f *testing.F) {
	for _, s := range skillLabelSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := hasSkillLabel(s), refSkillLabel.MatchString(s); got != want {
			t.Fatalf("hasSkillLabel(%q) = %v, the expression %v", s, got, want)
		}
	})
}
