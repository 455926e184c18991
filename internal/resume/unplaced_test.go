package resume

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

// The JSON of a section says when its own lines lie in no section or role, as the
// text of `resumecheck extract` marks them "?".
func TestSectionUnplacedJSON(t *testing.T) {
	line := []Line{{Text: "Go, SQL & more"}}
	tests := []struct {
		name string
		s    Section
		want bool
	}{
		{"headed skills section", Section{Heading: "Skills", Kind: KindSkills, Text: line}, false},
		{"text under no heading", Section{Kind: KindSummary, Text: line}, true},
		{"lines of a section of roles outside every role", Section{Heading: "Experience", Kind: KindExperience, Text: line, Roles: []Role{{Title: "Engineer"}}}, true},
		{"section of roles whose lines are all in roles", Section{Heading: "Experience", Kind: KindExperience, Roles: []Role{{Title: "Engineer", Text: line}}}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			enc := json.NewEncoder(&buf)
			enc.SetEscapeHTML(false)
			if err := enc.Encode(tt.s); err != nil {
				t.Fatal(err)
			}
			var v map[string]any
			if err := json.Unmarshal(buf.Bytes(), &v); err != nil {
				t.Fatal(err)
			}
			if got := v["unplaced"] == true; got != tt.want {
				t.Errorf("unplaced = %v, want %v in %s", got, tt.want, buf.String())
			}
			if _, ok := v["unplaced"]; !tt.want && ok {
				t.Errorf("unplaced present when false: %s", buf.String())
			}
			if tt.s.Text != nil && !strings.Contains(buf.String(), "SQL & more") {
				t.Errorf("the caller's choice not to escape HTML was not kept: %s", buf.String())
			}
			var back Section
			if err := json.Unmarshal(buf.Bytes(), &back); err != nil || back.Heading != tt.s.Heading || len(back.Text) != len(tt.s.Text) {
				t.Errorf("round trip: %+v, %v", back, err)
			}
		})
	}
}
