package layout

import "testing"

func TestOrgDescriptor(t *testing.T) {
	for in, want := range map[string]string{
		"Example Health (Healthtech)":        "Example Health",
		"Testco (QA software testing)":       "Testco",
		"Partyco (Digital Agency)":           "Partyco",
		"Robotics Example (Aldebaran)":       "",
		"Hackers Club (Developers' Network)": "",
		"(Healthtech)":                       "",
		"Acme Corp":                          "",
	} {
		org, _, ok := orgDescriptor(in)
		if want == "" && ok || want != "" && org != want {
			t.Errorf("orgDescriptor(%q) = %q, %v; want %q", in, org, ok, want)
		}
	}
}
