package resume

import (
	"fmt"
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

// TestGapsWithYearOnlyDates: a bare year may stand for any of its months, so only the
// break that must have happened is a gap.
func TestGapsWithYearOnlyDates(t *testing.T) {
	role := func(start, end *Date, current bool) Role {
		return Role{Title: "Engineer", Start: start, End: end, Current: current}
	}
	ym := func(y, m int) *Date { return &Date{Year: y, Month: m} }
	y := func(y int) *Date { return &Date{Year: y} }
	now := Date{Year: 2026, Month: 6}
	tests := []struct {
		name   string
		roles  []Role
		months []int
	}{
		{"year end then January", []Role{role(y(2016), y(2019), false), role(ym(2020, 1), nil, true)}, nil},
		{"year end then September same year", []Role{role(y(2015), y(2019), false), role(ym(2019, 9), nil, true)}, nil},
		{"months on both sides", []Role{role(ym(2015, 1), ym(2018, 12), false), role(ym(2019, 9), nil, true)}, []int{8}},
		{"years far apart", []Role{role(y(2010), y(2013), false), role(y(2016), nil, true)}, []int{24}},
		{"year start after a month end", []Role{role(ym(2012, 1), ym(2015, 6), false), role(y(2016), nil, true)}, []int{6}},
		{"year start close to a month end", []Role{role(ym(2012, 1), ym(2015, 9), false), role(y(2016), nil, true)}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := ComputeExperience([]Section{{Kind: KindExperience, Roles: tt.roles}}, now)
			var got []int
			for _, g := range e.Gaps {
				got = append(got, g.Months)
			}
			if fmt.Sprint(got) != fmt.Sprint(tt.months) {
				t.Errorf("gaps %v (%+v), want months %v", got, e.Gaps, tt.months)
			}
		})
	}
}
