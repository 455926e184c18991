package layout

import (
	"testing"

	"github.com/resumecheck/resumecheck/internal/resume"
)

// TestLexiconLoads: rules/layout/lexicon.yaml decodes strictly and gives the words the
// layout step relies on.
func TestLexiconLoads(t *testing.T) {
	if err := loadLexicon(); err != nil {
		t.Fatal(err)
	}
	for text, want := range map[string]resume.SectionKind{
		"Professional History": resume.KindExperience, "Military Service": resume.KindLeadership,
		"Volunteer Experience": resume.KindLeadership, "Experience (continued)": resume.KindExperience,
		"Education": resume.KindEducation, "Skills Summary": resume.KindSkills,
	} {
		if got, ok := sectionKind(text); !ok || got != want {
			t.Errorf("sectionKind(%q) = %q, %v; want %q", text, got, ok, want)
		}
	}
	if titleWords["engineer"] != 2 || orgWords["inc"] != 2 || !usStates["CA"] || !placeWords["remote"] || !danglingWords["and"] {
		t.Error("lexicon words missing")
	}
	for _, s := range []string{"Page 2 of 3", "page 2", "2 / 3", "- 2 -", "(continued)"} {
		if !furnitureRE.MatchString(s) {
			t.Errorf("furniture %q not matched", s)
		}
	}
	for _, s := range []string{"Page Layout Engineer", "2019 - 2021", "Continued to lead the team"} {
		if furnitureRE.MatchString(s) {
			t.Errorf("%q read as furniture", s)
		}
	}
}
