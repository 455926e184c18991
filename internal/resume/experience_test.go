package resume

import (
	"reflect"
	"testing"
)

func role(title, dates string) Role {
	r := Role{Title: title, DatesText: dates}
	if dr, ok := ParseDateRange(dates); ok {
		r.Start, r.End, r.Current = dr.Start, dr.End, dr.Current
	}
	return r
}

func TestComputeExperience(t *testing.T) {
	now := Date{2026, 3}
	tests := []struct {
		name     string
		sections []Section
		want     Experience
	}{
		{
			name: "overlaps merged, not summed",
			sections: []Section{{Kind: KindExperience, Roles: []Role{
				role("Engineer", "Jan 2018 – Dec 2019"),   // 24
				role("Consultant", "Jun 2019 – Jun 2020"), // overlaps 7, adds 6
			}}},
			want: Experience{Months: 30, Years: 2.5},
		},
		{
			name: "gap of six months or more",
			sections: []Section{{Kind: KindExperience, Roles: []Role{
				role("Engineering Manager", "Jan 2022 – Present"), // 51
				role("Engineer", "Jan 2019 – Jun 2021"),           // 30, gap Jul–Dec 2021
				role("Intern", "Jun 2018 – Aug 2018"),             // 3, gap of 4: not reported
			}}},
			want: Experience{
				Months: 84, LeadMonths: 51, Years: 7, LeadYears: 4.3,
				Gaps: []Gap{{From: Date{2021, 6}, To: Date{2022, 1}, Months: 6}},
			},
		},
		{
			name: "lead titles, undated roles, other sections ignored",
			sections: []Section{
				{Kind: KindExperience, Roles: []Role{
					role("Tech Lead", "2015–2018"),          // 36 lead
					role("Head of Platform", "2017 – 2019"), // 24 lead, overlaps 12
					role("Senior Engineer", ""),
				}},
				{Kind: KindProjects, Roles: []Role{role("Director", "2000–2010")}},
				{Kind: KindLeadership, Roles: []Role{role("VP Volunteers", "2001–2002")}},
			},
			want: Experience{Months: 48, LeadMonths: 48, Years: 4, LeadYears: 4, Undated: 1},
		},
		{
			name:     "nothing dated",
			sections: []Section{{Kind: KindExperience, Roles: []Role{{Title: "Engineer"}}}},
			want:     Experience{Undated: 1},
		},
		{
			name: "an end before the start is listed and counts its start month",
			sections: []Section{
				{Kind: KindSummary},
				{Kind: KindExperience, Roles: []Role{
					role("Engineer", "Apr 2024 – Mar 2025"), // 12
					role("Engineer", "Mar 2022 – Jan 2020"), // 1
				}},
			},
			want: Experience{Months: 13, Years: 1.1,
				Gaps:           []Gap{{From: Date{2022, 3}, To: Date{2024, 4}, Months: 24}},
				EndBeforeStart: []Ref{{Section: 1, Role: 1, Bullet: -1}}},
		},
		{
			name: "future end clipped to now",
			sections: []Section{{Kind: KindExperience, Roles: []Role{
				role("Engineer", "Jan 2026 – Dec 2027"),
			}}},
			want: Experience{Months: 3, Years: 0.3},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ComputeExperience(tt.sections, now)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %+v\nwant %+v", got, tt.want)
			}
		})
	}
}

func TestIsLeadTitle(t *testing.T) {
	for title, want := range map[string]bool{
		"Engineering Manager":           true,
		"Tech Lead":                     true,
		"Head of Infrastructure":        true,
		"VP, Engineering":               true,
		"Vice President of Search":      true,
		"Co-Founder & CTO":              true,
		"Director of Engineering":       true,
		"Senior Software Engineer":      false,
		"Principal Engineer":            false,
		"Research Intern":               false,
		"Staff Engineer (Leading-edge)": false,
	} {
		if got := IsLeadTitle(title); got != want {
			t.Errorf("IsLeadTitle(%q) = %v, want %v", title, got, want)
		}
	}
}
