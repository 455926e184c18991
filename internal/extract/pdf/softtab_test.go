package pdf

import "testing"

// TestSoftTabs: a 1–2 em gap becomes a tab only where the word after it starts at a
// left edge three or more lines of the region share (the main column beside a narrow
// rail); elsewhere, and before the line's own start, it stays a space.
func TestSoftTabs(t *testing.T) {
	rail := pline{text: "ThoughtWorks Lead Developer", x0: 56, size: 11,
		soft: []softGap{{after: "Lead Developer", x: 147.4}}}
	loose := pline{text: "Built a very loose line", x0: 56, size: 11,
		soft: []softGap{{after: "loose line", x: 300}}}
	lines := []pline{
		rail,
		{text: "Led the search work", x0: 147.4, size: 11},
		{text: "Moved to the cloud", x0: 147.2, size: 11},
		{text: "Promoted continuous delivery", x0: 147.9, size: 11},
		loose,
	}
	softTabs(lines)
	if got := lines[0].text; got != "ThoughtWorks\tLead Developer" {
		t.Errorf("rail line = %q; want a tab before the main column", got)
	}
	if got := lines[4].text; got != "Built a very loose line" {
		t.Errorf("loose line = %q; want it unchanged", got)
	}
	// two lines at the edge are not yet a column
	few := []pline{rail, lines[1], lines[2]}
	few[0].text, few[0].soft = "ThoughtWorks Lead Developer", rail.soft
	softTabs(few)
	if got := few[0].text; got != "ThoughtWorks Lead Developer" {
		t.Errorf("with two lines at the edge: %q; want no tab", got)
	}
}
