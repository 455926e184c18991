package scope

import (
	"fmt"
	"github.com/resumecheck/resumecheck/internal/recency"
	"slices"
	"sort"

	"strings"

	"github.com/resumecheck/resumecheck/internal/resume"
)

// BulletSignals are what the signal analyser saw in a bullet, as far as the ladder cares.
type BulletSignals struct {
	People, CrossTeam, Delivery, Technical, Quantified bool
}

// RoleCard is the scope of one experience role and the level it reads at.
type RoleCard struct {
	Ref          resume.Ref `json:"ref"`
	Title        string     `json:"title,omitempty"`
	Organisation string     `json:"organisation,omitempty"`
	Current      bool       `json:"current,omitempty"`
	// Months is the role's length, 0 when its dates cannot say.
	Months int  `json:"months,omitempty"`
	Scope  Card `json:"scope"`
	// Level is the level this role reads at on its own, with the reason.
	Level       string `json:"level"`
	LevelReason string `json:"level_reason"`
	// PeopleBullets counts the role's bullets about people work (hiring, 1:1s, reviews,
	// growing people), from the signal analyser.
	PeopleBullets int `json:"people_bullets"`
	// Checks are contradictions a reader would ask about.
	Checks []string `json:"checks,omitempty"`

	crossBullets, deliveryBullets int
	measured                      int  // bullets that give a measured result (the quantified signal)
	signalled                     bool // the bullets' signals are known (technical and measured mean something)
	kinds                         map[string]bool
	inherited                     bool // Current copied from the role below
	described                     bool // has bullets or text
	technical                     int  // bullets with technical work
	end                           int  // months since year 0 of the role's end; current roles end at the latest end
	evidenced                     bool
	skipped                       bool // more recent than the current role, and no engineering work (recency.Order)
}

// Reading is what the page says about scope and level.
type Reading struct {
	Roles []RoleCard
	// Summary is the card of the summary section, if any.
	Summary *Card
	Level   Level
	Track   string
	Reason  string
}

// Level is the level the page reads as now and what is missing for the next.
type Level struct {
	Current string `json:"current"`
	Reason  string `json:"reason"`
	Next    string `json:"next,omitempty"`
	// Missing lists what a hiring manager expects at the next level that the most recent
	// roles never show.
	Missing []string `json:"missing"`
	// Questions are what a coach would ask about the dimensions the page never shows for
	// the level aimed at: never numbers the page does not give.
	Questions []string `json:"questions"`
}

// Tracks.
const (
	TrackIC       = "ic"
	TrackTechLead = "tech-lead"
	TrackEMReady  = "em-ready"
)

func monthIndex(d *resume.Date) int {
	if d == nil {
		return 0
	}
	m := d.Month
	if m == 0 {
		m = 6
	}
	return d.Year*12 + m - 1
}

// ReadDocument reads every experience role's card, each role's level, the page's level
// and its track. sig gives the signals of bullets by ref (nil: none known).
func ReadDocument(doc *resume.Document, v *Vocab, l *Ladder, sig map[resume.Ref]BulletSignals) Reading {
	var rd Reading
	if doc == nil {
		rd.Level = Level{Current: LevelIC, Reason: "Nothing could be read.", Missing: []string{}, Questions: []string{}}
		rd.Track, rd.Reason = TrackIC, "Nothing could be read, so there is no evidence of leading people."
		return rd
	}
	latest, saved := 0, 0
	if doc.Source.Saved != nil {
		latest = monthIndex(doc.Source.Saved)
		saved = latest
	}
	for si, sec := range doc.Sections {
		switch sec.Kind {
		case resume.KindSummary:
			c := Card{}
			for li, ln := range sec.Text {
				v.Read(&c, ln.Text, resume.Ref{Section: si, Role: -1, Bullet: -1 - li}, "summary")
			}
			for bi, b := range sec.Bullets {
				v.Read(&c, b.Text, resume.Ref{Section: si, Role: -1, Bullet: bi}, "summary")
			}
			if !c.Empty() {
				cc := c
				rd.Summary = &cc
			}
		case resume.KindExperience:
			for ri, r := range sec.Roles {
				ref := resume.Ref{Section: si, Role: ri, Bullet: -1}
				rc := RoleCard{Ref: ref, Title: r.Title, Organisation: r.Organisation, Current: r.Current}
				v.Read(&rc.Scope, r.Title, ref, "title")
				for _, ln := range r.Text {
					v.Read(&rc.Scope, ln.Text, ref, "text")
				}
				rc.described = len(r.Bullets) > 0 || len(r.Text) > 0
				rc.signalled = sig != nil
				for bi, b := range r.Bullets {
					bref := resume.Ref{Section: si, Role: ri, Bullet: bi}
					v.Read(&rc.Scope, b.Text, bref, "bullet")
					s := sig[bref]
					if s.People {
						rc.PeopleBullets++
					}
					if s.CrossTeam {
						rc.crossBullets++
					}
					if s.Delivery {
						rc.deliveryBullets++
					}
					if s.Technical {
						rc.technical++
					}
					if s.Quantified {
						rc.measured++
					}
				}
				if r.Start != nil && r.End != nil && !r.Current {
					if m := monthIndex(r.End) - monthIndex(r.Start) + 1; m > 0 {
						rc.Months = m
					}
				}
				switch {
				case r.End != nil:
					rc.end = monthIndex(r.End)
				case r.Start != nil:
					rc.end = monthIndex(r.Start)
				}
				if rc.end > latest {
					latest = rc.end
				}
				rd.Roles = append(rd.Roles, rc)
			}
		}
	}
	// A role with no dates takes the recency of the next dated role below it (pages list
	// roles newest first; a stacked employer heading sits above its dated titles), else of
	// the dated role above it.
	for i := range rd.Roles {
		if rd.Roles[i].end != 0 || rd.Roles[i].Current {
			continue
		}
		for j := i + 1; j < len(rd.Roles); j++ {
			if rd.Roles[j].Current {
				rd.Roles[i].Current, rd.Roles[i].inherited = true, true
				break
			}
			if rd.Roles[j].end != 0 {
				rd.Roles[i].end = rd.Roles[j].end
				break
			}
		}
		for j := i - 1; j >= 0 && rd.Roles[i].end == 0 && !rd.Roles[i].Current; j-- {
			if rd.Roles[j].end != 0 {
				rd.Roles[i].end = rd.Roles[j].end
			}
		}
	}
	var technical func(resume.Ref) bool
	if sig != nil {
		technical = func(ref resume.Ref) bool { return sig[ref].Technical }
	}
	order := recency.Read(doc, technical)
	skipped := map[resume.Ref]bool{}
	for _, i := range order.Skipped() {
		skipped[order.Roles[i].Ref] = true
	}
	for i := range rd.Roles {
		rc := &rd.Roles[i]
		rc.skipped = skipped[rc.Ref]
		if rc.Current {
			rc.end = latest
			if rc.inherited {
				rc.Current = false
			} else if s := doc.Sections[rc.Ref.Section].Roles[rc.Ref.Role].Start; s != nil && saved > 0 {
				// A current role's length is known only from the day the file was saved;
				// the latest end of the other roles would make it look a month long.
				if m := saved - monthIndex(s) + 1; m > 0 {
					rc.Months = m
				}
			}
		}
		l.readRole(rc)
		rc.Checks = l.checks(rc)
	}
	rd.Level = l.currentLevel(rd.Roles)
	if Rank(rd.Level.Current) <= Rank(LevelTechLead) && rd.Level.Current != LevelStudent && doc.Experience.Years < float64(l.Thresholds.StudentMaxYears) {
		if w := l.studying(doc); w != "" {
			rd.Level.Current = LevelStudent
			rd.Level.Reason = fmt.Sprintf("education still in progress (%q) with %.1f years of work", w, doc.Experience.Years)
		}
	}
	rd.Track, rd.Reason = l.track(&rd, latest)
	l.gaps(&rd, latest)
	return rd
}

func teamOf(c *Card) int64 {
	t := c.Value(DimTeamSize)
	if r := c.Value(DimReports); r > t {
		t = r
	}
	return t
}

// readRole sets the level one role reads at on its own.
func (l *Ladder) readRole(rc *RoleCard) {
	t := l.Thresholds
	c := &rc.Scope
	rc.kinds = l.TitleKinds(rc.Title)
	k := rc.kinds
	team := teamOf(c)
	managed := c.Has(DimReports) || c.Has(DimManagers) || c.Value(DimTeams) >= int64(t.SeniorMinTeams)
	people := rc.PeopleBullets >= t.ManagerPeopleBullets || c.Value(DimHired) > 0 || c.Has(DimPromoted)
	// evidenced: the page shows the person managing people in this role, not only a title,
	// and in engineering (a technical title or technical work in the role's bullets):
	// managing a shop floor is not managing engineers.
	engineering := k[TitleEngineering] || rc.technical > 0
	rc.evidenced = engineering && (managed || people || (team >= int64(t.ManagerMinTeam) && (k[TitleManager] || k[TitleExecutive] || k[TitleFounder])))
	if k[TitleStudent] {
		rc.Level, rc.LevelReason = LevelStudent, fmt.Sprintf("%q is a student's title", rc.Title)
		return
	}
	level, why := LevelIC, "no lead or manager title and no people reporting"
	up := func(lv, w string) {
		if Rank(lv) > Rank(level) {
			level, why = lv, w
		}
	}
	managing := func(title bool) {
		exec := k[TitleExecutive] || k[TitleFounder]
		switch {
		case exec && title && (team >= int64(t.DirectorMinOrg) || c.Value(DimManagers) >= int64(t.DirectorMinManagers)):
			up(LevelDirector, fmt.Sprintf("%q over an organisation of %d or %d managers", rc.Title, team, c.Value(DimManagers)))
		case c.Value(DimManagers) >= int64(t.SeniorMinManagers) || (c.Has(DimManagers) && c.Value(DimManagers) == 0):
			up(LevelSeniorManager, "managers or leads report to them")
		case exec && title && team >= int64(t.SeniorMinOrg):
			up(LevelSeniorManager, fmt.Sprintf("%q over an organisation of %d", rc.Title, team))
		case exec && title && c.Value(DimTeams) >= int64(t.SeniorMinTeams):
			up(LevelSeniorManager, fmt.Sprintf("%q over %d teams", rc.Title, c.Value(DimTeams)))
		default:
			up(LevelManager, "")
		}
	}
	if k[TitleExecutive] || k[TitleManager] {
		managing(true)
		if why == "" {
			why = fmt.Sprintf("%q is a manager's title", rc.Title)
		}
	}
	// A founder's title reads as managing with people work, or when the role says nothing
	// else (a bare "President & CEO"); with bullets that show only hands-on work it reads
	// as that work.
	if k[TitleFounder] && (rc.evidenced || !rc.described) {
		managing(true)
		if why == "" {
			why = fmt.Sprintf("%q with people work", rc.Title)
		}
	}
	if managed || (k[TitleLead] && c.Value(DimTeams) >= int64(t.SeniorMinTeams)) {
		managing(false)
		if why == "" {
			why = "people report to them"
			if !managed {
				why = fmt.Sprintf("%q leading %d teams", rc.Title, c.Value(DimTeams))
			}
		}
	}
	if k[TitleLead] && (rc.Months == 0 || rc.Months >= t.MinTitleMonths) {
		up(LevelTechLead, fmt.Sprintf("%q is a lead's title", rc.Title))
	}
	rc.Level, rc.LevelReason = level, why
}

// checks are contradictions in one role's card.
func (l *Ladder) checks(rc *RoleCard) []string {
	var out []string
	c := &rc.Scope
	if r, t := c.Value(DimReports), c.Value(DimTeamSize); r > 0 && t > 0 && r > t {
		out = append(out, fmt.Sprintf("%d direct reports but a team of %d: which is it?", r, t))
	}
	if rc.Months > 0 && rc.Months < l.Thresholds.ShortRoleMonths {
		var claimed []string
		for _, d := range []string{DimTeamSize, DimReports, DimTeams, DimManagers, DimHired, DimPromoted, DimBudget} {
			if c.Value(d) > 0 {
				claimed = append(claimed, strings.ReplaceAll(d, "_", " "))
			}
		}
		if len(claimed) > 0 {
			out = append(out, fmt.Sprintf("%s claimed for a role of %d month(s): a reader will doubt it", strings.Join(claimed, ", "), rc.Months))
		}
	}
	return out
}

// recentGroup is the roles that end last (the current ones), leaving out the roles
// more recent than the current role that show no engineering work (recency.Order).
func recentGroup(roles []RoleCard) []int {
	var out []int
	best := -1
	for _, rc := range roles {
		if !rc.skipped && rc.end > best {
			best = rc.end
		}
	}
	for i, rc := range roles {
		if !rc.skipped && rc.end == best {
			out = append(out, i)
		}
	}
	if len(out) == 0 && len(roles) > 0 {
		return []int{0} // cannot happen: the current role is never skipped
	}
	return out
}

func (l *Ladder) currentLevel(roles []RoleCard) Level {
	lv := Level{Missing: []string{}, Questions: []string{}}
	if len(roles) == 0 {
		lv.Current, lv.Reason = LevelStudent, "no work experience could be read: the page reads as a student's or a new graduate's"
		return lv
	}
	student := true
	for _, rc := range roles {
		if rc.Level != LevelStudent {
			student = false
		}
	}
	if student {
		lv.Current, lv.Reason = LevelStudent, "every role is an internship or a student's post"
		return lv
	}
	best := -1
	for _, i := range recentGroup(roles) {
		if best < 0 || Rank(roles[i].Level) > Rank(roles[best].Level) {
			best = i
		}
	}
	rc := roles[best]
	lv.Current = rc.Level
	if lv.Current == LevelStudent {
		lv.Current = LevelIC
	}
	lv.Reason = fmt.Sprintf("the most recent role, %s, reads %s: %s", roleName(rc), lv.Current, rc.LevelReason)
	return lv
}

func roleName(rc RoleCard) string {
	switch {
	case rc.Title != "" && rc.Organisation != "":
		return fmt.Sprintf("%s at %s", rc.Title, rc.Organisation)
	case rc.Title != "":
		return rc.Title
	case rc.Organisation != "":
		return "the role at " + rc.Organisation
	}
	return "an untitled role"
}

// recent are the roles that ended within the lookback.
func (l *Ladder) recent(rd *Reading, latest int) []int {
	var out []int
	for i, rc := range rd.Roles {
		if latest == 0 || rc.end == 0 || latest-rc.end <= 12*l.Thresholds.TrackLookbackYears {
			out = append(out, i)
		}
	}
	return out
}

// track: people already managing (a manager's reading with people work) read em-ready;
// tech leads with people growth, delivery and cross-team evidence read em-ready; a lead
// with little people work reads tech-lead; students and everyone else read ic.
func (l *Ladder) track(rd *Reading, latest int) (string, string) {
	t := l.Thresholds
	if rd.Level.Current == LevelStudent {
		return TrackIC, "Reads as a student: internships and student posts only."
	}
	recent := l.recent(rd, latest)
	// already managing; a summary's people numbers count for the current roles
	cur := map[int]bool{}
	for _, i := range recentGroup(rd.Roles) {
		cur[i] = true
	}
	for _, i := range recent {
		rc := rd.Roles[i]
		fromSummary := cur[i] && rd.Summary != nil && (rd.Summary.Has(DimReports) || rd.Summary.Has(DimManagers) || rd.Summary.Value(DimHired) > 0 || rd.Summary.Has(DimPromoted)) && (rc.kinds[TitleEngineering] || rc.technical > 0)
		if Rank(rc.Level) >= Rank(LevelManager) && (rc.evidenced || fromSummary) {
			return TrackEMReady, fmt.Sprintf("Already managing: %s reads %s with %s.", roleName(rc), rc.Level, evidenceSummary(rc))
		}
	}
	// a tech lead with people growth, delivery and cross-team evidence
	var people, delivery, cross int
	var lead *RoleCard
	growth := false
	for _, i := range recent {
		rc := &rd.Roles[i]
		leading := Rank(rc.Level) >= Rank(LevelTechLead) || rc.Scope.Has(DimLed)
		if !leading || !(rc.kinds[TitleEngineering] || rc.technical > 0) {
			continue // only the evidence of roles where they led counts, in engineering
		}
		people += rc.PeopleBullets
		delivery += rc.deliveryBullets
		cross += rc.crossBullets
		if rc.Scope.Has(DimDelivery) {
			delivery++
		}
		if len(rc.Scope.Partners) > 0 || rc.Scope.Stakeholder != nil {
			cross++
		}
		if rc.Scope.Has(DimHired) || rc.Scope.Has(DimPromoted) {
			growth = true
		}
		if Rank(rc.Level) >= Rank(LevelTechLead) && lead == nil {
			lead = rc
		}
	}
	if lead != nil {
		if (people >= t.TechLeadPeopleBullets || growth) && delivery > 0 && cross > 0 {
			return TrackEMReady, fmt.Sprintf("A lead with people growth, delivery and cross-team evidence: %s; %s about people work, %d about delivery and %d about cross-team work in recent lead roles.",
				roleName(*lead), plural(people, "bullet"), delivery, cross)
		}
		return TrackTechLead, fmt.Sprintf("%s reads %s, but people work is thin (%s about people in recent lead roles).", roleName(*lead), lead.Level, plural(people, "bullet"))
	}
	for _, i := range recent {
		rc := rd.Roles[i]
		if ts := rc.Scope.Value(DimTeamSize); ts >= int64(t.ManagerMinTeam) && (rc.kinds[TitleEngineering] || rc.technical > 0) {
			return TrackTechLead, fmt.Sprintf("Led a team of %d in %s, without a lead title or people reporting.", ts, roleName(rc))
		}
	}
	led := 0
	var ledRole *RoleCard
	for _, i := range recent {
		rc := &rd.Roles[i]
		short := rc.Months > 0 && rc.Months < t.MinTitleMonths
		if x := rc.Scope.Led; x != nil && !short && (rc.kinds[TitleEngineering] || rc.technical > 0) {
			led += len(x.Evidence)
			if ledRole == nil {
				ledRole = rc
			}
		}
	}
	if led >= t.TechLeadLedMentions {
		return TrackTechLead, fmt.Sprintf("Leads teams or initiatives without people reporting (%d mentions in recent roles, first in %s).", led, roleName(*ledRole))
	}
	return TrackIC, "No lead or manager role and no team led in recent roles."
}

func evidenceSummary(rc RoleCard) string {
	var parts []string
	c := &rc.Scope
	for _, d := range []string{DimReports, DimTeamSize, DimTeams, DimManagers, DimHired, DimPromoted} {
		if x := c.Get(d); x != nil {
			name := strings.ReplaceAll(d, "_", " ")
			if x.Value > 0 {
				parts = append(parts, fmt.Sprintf("%s %d", name, x.Value))
			} else {
				parts = append(parts, name)
			}
		}
	}
	if rc.PeopleBullets > 0 {
		parts = append(parts, plural(rc.PeopleBullets, "bullet")+" about people work")
	}
	if len(parts) == 0 {
		return "its title"
	}
	return strings.Join(parts, ", ")
}

// gaps fills what is missing for the next level and the coach questions for the level
// aimed at (at least manager: the report is about EM readiness).
// maxQuestions bounds the coach questions.
const maxQuestions = 6

func (l *Ladder) gaps(rd *Reading, latest int) {
	cur := rd.Level.Current
	rd.Level.Next = Next(cur)
	recent := l.recent(rd, latest)
	shown := func(dim string) bool {
		for _, i := range recent {
			c := &rd.Roles[i].Scope
			switch dim {
			case DimPartner:
				if len(c.Partners) > 0 {
					return true
				}
			case DimStakeholder:
				if c.Stakeholder != nil && c.Stakeholder.Name != "team" {
					return true
				}
			default:
				if c.Has(dim) {
					return true
				}
			}
		}
		if rd.Summary != nil && rd.Summary.Has(dim) {
			return true
		}
		return false
	}
	if d := l.Def(rd.Level.Next); d != nil {
		for _, e := range d.Expects {
			if !shown(e.Dimension) {
				rd.Level.Missing = append(rd.Level.Missing, e.Text)
			}
		}
	}
	aim := rd.Level.Next
	if Rank(aim) < Rank(LevelManager) {
		aim = LevelManager
	}
	if cur == LevelStudent {
		return
	}
	// The questions name the most recent role that is a role (not a month or a heading
	// read as one); a question about people who worked for the candidate names the most
	// recent role read at tech lead or above, and is not asked when there is none.
	// The question fits the kind of role it names (a founder, a self-employed role, an
	// individual contributor's), from the ladder's by_kind.
	at := func(lead bool) (where, kind string, named *RoleCard, ok bool) {
		for _, i := range l.byRecency(rd, recent) {
			rc := &rd.Roles[i]
			if rc.skipped || l.doubtful(rc) || lead && Rank(rc.Level) < Rank(LevelTechLead) {
				continue
			}
			kind = l.questionKind(rc)
			if rc.Organisation == "" || l.solo(rc.Organisation) {
				return "", kind, rc, true
			}
			return " at " + rc.Organisation, kind, rc, true
		}
		return "", "", nil, !lead
	}
	// Questions for every level from manager up to the one aimed at: a manager whose page
	// never gives the team's size is asked it too. A question the page already answers
	// (its dimension or one that answers it shown) is not asked.
	for r := Rank(LevelManager); r <= Rank(aim); r++ {
		d := l.Def(levelNames[r])
		for _, e := range d.Expects {
			if e.Question == "" || shown(e.Dimension) || slices.ContainsFunc(e.AnsweredBy, shown) || len(rd.Level.Questions) >= maxQuestions {
				continue
			}
			where, kind, named, ok := at(e.LeadRole)
			if !ok || named != nil && named.measured > 0 && slices.Contains(e.AnsweredByResults, kind) {
				continue
			}
			q := e.Question
			if alt, fits := e.ByKind[kind]; fits {
				q = alt
			}
			if q != "" {
				rd.Level.Questions = append(rd.Level.Questions, strings.ReplaceAll(q, "{at}", where))
			}
		}
	}
}

// questionKind is the kind of role a coach question is fitted to: undescribed (nothing
// written under it), solo (a self-employed role), founder (a founder's or chief
// executive's title), nontech (a role read at ic or student level with no technical
// bullet and no engineering title: an investment club, a choir, a shop), ic (a role read
// at ic or student level),
// or "".
func (l *Ladder) questionKind(rc *RoleCard) string {
	switch {
	case !rc.described:
		return KindUndescribed
	case l.solo(rc.Title) || l.solo(rc.Organisation):
		return KindSolo
	case rc.kinds[TitleFounder]:
		return KindFounder
	case (rc.Level == LevelIC || rc.Level == LevelStudent) && rc.signalled && rc.technical == 0 && !recency.EngineeringTitle(rc.Title):
		return KindNonTech
	case rc.Level == LevelIC || rc.Level == LevelStudent:
		return KindIC
	}
	return ""
}

// solo reports whether s holds a word of a self-employed role (the ladder's solo).
func (l *Ladder) solo(s string) bool {
	joined := " " + strings.Join(titleWords(s), " ") + " "
	for _, w := range l.Solo {
		if ws := titleWords(w); len(ws) > 0 && strings.Contains(joined, " "+strings.Join(ws, " ")+" ") {
			return true
		}
	}
	return false
}

// byRecency orders roles most recent first (by their end; document order among equals).
func (l *Ladder) byRecency(rd *Reading, roles []int) []int {
	out := append([]int(nil), roles...)
	sort.SliceStable(out, func(a, b int) bool { return rd.Roles[out[a]].end > rd.Roles[out[b]].end })
	return out
}

// doubtful reports a role the structure reading took from a line that is no role: an
// organisation made only of month words and digits, a title holding a heading word or
// ending like a sentence, or a role with neither an organisation nor dates.
func (l *Ladder) doubtful(rc *RoleCard) bool {
	if strings.TrimSpace(rc.Organisation) == "" && rc.Months == 0 && !rc.Current {
		return true
	}
	if strings.HasSuffix(strings.TrimSpace(rc.Title), ".") {
		return true
	}
	if ws := titleWords(rc.Organisation); len(ws) > 0 {
		all := true
		for _, w := range ws {
			if !slices.Contains(l.NotARole.Organisation, w) && strings.Trim(w, "0123456789") != "" {
				all = false
			}
		}
		if all {
			return true
		}
	}
	for _, w := range titleWords(rc.Title) {
		if slices.Contains(l.NotARole.Title, w) {
			return true
		}
	}
	return false
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// studying returns the education line that says it is unfinished, "" if none.
func (l *Ladder) studying(doc *resume.Document) string {
	var phrases [][]string
	for _, p := range l.EducationInProgress {
		phrases = append(phrases, titleWords(p))
	}
	for _, sec := range doc.Sections {
		if sec.Kind != resume.KindEducation {
			continue
		}
		var lines []string
		for _, t := range sec.Text {
			lines = append(lines, t.Text)
		}
		for _, r := range sec.Roles {
			if r.Current {
				return r.Title + " " + r.DatesText
			}
			lines = append(lines, r.Title+" "+r.DatesText)
			for _, t := range r.Text {
				lines = append(lines, t.Text)
			}
		}
		for _, ln := range lines {
			words := titleWords(ln)
			for _, ph := range phrases {
				if len(ph) > 0 && containsPhrase(words, ph) {
					return ln
				}
			}
		}
	}
	return ""
}
