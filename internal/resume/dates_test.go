package resume

import (
	"math/rand"
	"strings"
	"testing"
)

func TestParseDateRange(t *testing.T) {
	d := func(y, m int) *Date { return &Date{Year: y, Month: m} }
	tests := []struct {
		in         string
		start, end *Date
		current    bool
	}{
		{"Jan 2019 – Present", d(2019, 1), nil, true},
		{"January 2019 - Current", d(2019, 1), nil, true},
		{"2017–2020", d(2017, 0), d(2020, 0), false},
		{"2017 - now", d(2017, 0), nil, true},
		{"03/2018 - 06/2021", d(2018, 3), d(2021, 6), false},
		{"01.07.2019 - present", d(2019, 7), nil, true},
		{"07/01/2019 - 03/15/2020", d(2019, 7), d(2020, 3), false},
		{"25/12/2019 - 01/02/2020", d(2019, 12), d(2020, 1), false},
		{"2018-03", d(2018, 3), d(2018, 3), false},
		{"2018-03 – 2019-11", d(2018, 3), d(2019, 11), false},
		{"Summer 2019", d(2019, 6), d(2019, 8), false},
		{"Sept. '19", d(2019, 9), d(2019, 9), false},
		{"Sep '19 – Mar '21", d(2019, 9), d(2021, 3), false},
		{"Sep 19 - Mar 21", d(2019, 9), d(2021, 3), false},
		{"03/18 - 06/21", d(2018, 3), d(2021, 6), false},
		{"'15 – '17", d(2015, 0), d(2017, 0), false},
		{"Since 2020", d(2020, 0), nil, true},
		{"from March 2016", d(2016, 3), nil, true},
		{"Jun. 2018 — Jan. 2021", d(2018, 6), d(2021, 1), false},
		{"May 2022 to Aug 2022", d(2022, 5), d(2022, 8), false},
		{"2021 November - 2023 September", d(2021, 11), d(2023, 9), false},
		{"(2019–2021)", d(2019, 0), d(2021, 0), false},
		{"Date: July 2012 – Ongoing", d(2012, 7), nil, true},
		{"Oct 2016 – Present", d(2016, 10), nil, true},
		{"2020 -", d(2020, 0), nil, false},
		{"Q3 2020 – Q1 2021", d(2020, 7), d(2021, 3), false},
		{"Fall 2018 - Spring 2019", d(2018, 9), d(2019, 5), false},
		{"December 2015 until today", d(2015, 12), nil, true},
		{"Mar. 2016 - Exp. Jun. 2017", d(2016, 3), d(2017, 6), false},
		// an end before the start is read as written (a rule reports it)
		{"Mar 2022 – Jan 2020", d(2022, 3), d(2020, 1), false},
		{"2021 - 2019", d(2021, 0), d(2019, 0), false},
		{"Nov 2020 – Feb 2020", d(2020, 11), d(2020, 2), false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			r, ok := ParseDateRange(tt.in)
			if !ok {
				t.Fatalf("ParseDateRange(%q) not ok", tt.in)
			}
			if !sameDate(r.Start, tt.start) || !sameDate(r.End, tt.end) || r.Current != tt.current {
				t.Errorf("ParseDateRange(%q) = %v..%v current=%v; want %v..%v current=%v",
					tt.in, r.Start, r.End, r.Current, tt.start, tt.end, tt.current)
			}
		})
	}
}

func sameDate(a, b *Date) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	return *a == *b
}

func TestNotDates(t *testing.T) {
	for _, s := range []string{
		"+1-123-456-7890",
		"(909) 555-2019",
		"513.502.9288",
		"607.379.5733",
		"10+ years of experience",
		"2 years 10 months",
		"Python 3.10 and Go 1.21",
		"v2.2019.1",
		"reduced latency by 2020%",
		"10 - 12 engineers",
		"Jan 19 meeting", // a day, not a year, when alone
		"3/18 of the budget",
		"Managed a team of 15",
		"Jan 19 - Mar 18", // backwards without four-digit years: not read as dates
	} {
		if r, a, b, ok := FindDateRange(s); ok {
			t.Errorf("FindDateRange(%q) found %q at %d:%d", s, r.Text, a, b)
		}
	}
	for _, s := range []string{"Present", "2019 Jan 5 and more", "Mayday", "12/2018/5"} {
		if d, ok := ParseDate(s); ok {
			t.Errorf("ParseDate(%q) = %v", s, d)
		}
	}
}

func TestFindDateRangeInLine(t *testing.T) {
	tests := []struct {
		line, text string
		start      Date
		current    bool
	}{
		{"Senior Engineer, Acme — 2019–Present", "2019–Present", Date{2019, 0}, true},
		{"Org (2019–2021)", "2019–2021", Date{2019, 0}, false},
		{"Rotating engineering placements, January 2013 – January 2016", "January 2013 – January 2016", Date{2013, 1}, false},
		{"Acme Cloud 2020 - Present", "2020 - Present", Date{2020, 0}, true},
		{"Staff Engineer | Jan 2019 to Mar 2021 | Berlin", "Jan 2019 to Mar 2021", Date{2019, 1}, false},
		{"Full Stack Engineer - Travel Services (2024 - Present)", "2024 - Present", Date{2024, 0}, true},
		{"Research Intern, Summer 2021", "Summer 2021", Date{2021, 6}, false},
		{"Grad. May 2011| Kolkata, India", "May 2011", Date{2011, 5}, false},
	}
	for _, tt := range tests {
		r, a, b, ok := FindDateRange(tt.line)
		if !ok {
			t.Errorf("FindDateRange(%q): none", tt.line)
			continue
		}
		if tt.line[a:b] != tt.text || r.Text != tt.text || *r.Start != tt.start || r.Current != tt.current {
			t.Errorf("FindDateRange(%q) = %q (%q) start %v current %v; want %q start %v current %v",
				tt.line, tt.line[a:b], r.Text, r.Start, r.Current, tt.text, tt.start, tt.current)
		}
	}
}

func TestParseDate(t *testing.T) {
	tests := map[string]Date{
		"Jan 2019":        {2019, 1},
		"January 5, 2019": {2019, 1},
		"2019":            {2019, 0},
		"03/2018":         {2018, 3},
		"2018-03":         {2018, 3},
		"Summer 2019":     {2019, 6},
		"Sept. '19":       {2019, 9},
		"Winter 2020":     {2020, 1},
		"2021 November":   {2021, 11},
	}
	for in, want := range tests {
		got, ok := ParseDate(in)
		if !ok || *got != want {
			t.Errorf("ParseDate(%q) = %v, %v; want %v", in, got, ok, want)
		}
	}
}

func TestInterval(t *testing.T) {
	now := Date{2026, 3}
	tests := []struct {
		in     string
		months int
	}{
		{"May 2022 – Aug 2022", 4},
		{"2017–2020", 36},
		{"2019", 12},
		{"June 2023 – present", 34},
		{"Summer 2019", 3},
		{"Jan 2021", 1},
	}
	for _, tt := range tests {
		r, ok := ParseDateRange(tt.in)
		if !ok {
			t.Fatalf("%q not parsed", tt.in)
		}
		from, to, ok := r.Interval(now)
		if !ok || to-from != tt.months {
			t.Errorf("%q: %d months, want %d", tt.in, to-from, tt.months)
		}
	}
}

func BenchmarkFindDateRange(b *testing.B) {
	lines := []string{"Senior Engineer, Acme — Jan 2019 – Present", "Led the migration of 40 services to Kubernetes",
		"+1-123-456-7890", "Staff Engineer\t03/2015 - 12/2018"}
	for b.Loop() {
		for _, l := range lines {
			FindDateRange(l)
		}
	}
}

func TestEndBeforeStart(t *testing.T) {
	for in, want := range map[string]bool{
		"Mar 2022 – Jan 2020": true,
		"2021 - 2019":         true,
		"Nov 2020 – Feb 2020": true,
		"2020 - Mar 2020":     false, // a year-only start may be any month of it
		"Jan 2019 – Present":  false,
		"2017–2020":           false,
		"Summer 2019":         false,
	} {
		r, ok := ParseDateRange(in)
		if !ok {
			t.Errorf("ParseDateRange(%q) not ok", in)
			continue
		}
		if got := r.EndBeforeStart(); got != want {
			t.Errorf("ParseDateRange(%q).EndBeforeStart() = %v; want %v", in, got, want)
		}
	}
}

func TestDocumentDate(t *testing.T) {
	for in, want := range map[string]Date{
		"D:20150601120000Z":      {2015, 6},
		"D:20150601120000+02'00": {2015, 6},
		"20151231":               {2015, 12},
		"2015-06-01T10:00:00Z":   {2015, 6},
		"2019":                   {2019, 0},
		"D:2019":                 {2019, 0},
	} {
		if d, ok := DocumentDate(in); !ok || *d != want {
			t.Errorf("DocumentDate(%q) = %v, %v; want %v", in, d, ok, want)
		}
	}
	for _, in := range []string{"", "D:", "yesterday", "1601-01-01T00:00:00Z", "D:0000", "99"} {
		if d, ok := DocumentDate(in); ok {
			t.Errorf("DocumentDate(%q) = %v; want none", in, d)
		}
	}
}

// TestMayHoldDateBeforeStrictTerm: ParseDate and FindDateRange skip their regexes
// when mayHoldDate is false, so it must be true wherever a strict term matches
// (dateMatch here; TestDateGrammarMatchesRegexp holds it to the old expression).
func TestMayHoldDateBeforeStrictTerm(t *testing.T) {
	pieces := []string{"Jan", "january", "Sept.", "may", " ", ",", "5", "05", "5th", "1950", "1949", "1999", "2019",
		"2031", "'19", "’19", "‘07", "/", ".", "-", "–", "Q3", "Summer", "fall", "to", "present", "12", "3", "x"}
	rng := rand.New(rand.NewSource(15))
	matched := 0
	for i := 0; i < 100000; i++ {
		var b strings.Builder
		for k := 0; k < 1+rng.Intn(6); k++ {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		s := b.String()
		if _, ok := dateMatch(datePatterns().singleDate, s, 0); ok {
			matched++
			if !mayHoldDate(s) {
				t.Errorf("a strict term matches %q, which mayHoldDate rules out", s)
			}
		}
	}
	if matched < 1000 {
		t.Errorf("only %d texts held a strict term", matched)
	}
}
