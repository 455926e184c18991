package rules

import (
	"fmt"
	"github.com/resumecheck/resumecheck/internal/recency"
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/resumecheck/resumecheck/internal/lazyregexp"
	"github.com/resumecheck/resumecheck/internal/resume"
	"github.com/resumecheck/resumecheck/internal/signals"
)

// recencyWeight is how much a role's bullets count in a document-wide share: the most
// recent role 1, the next 0.67, then 0.5, 0.4, ... A hiring manager reads the current
// role first; a graduate job ten years ago should not sink the score.
func recencyWeight(rank int) float64 { return 1 / (1 + 0.5*float64(rank)) }

func percent(x float64) int { return int(math.Round(100 * x)) }

// sharePercent prints a measured share: rounded down, so that 24.9% against a 25%
// threshold reads "24%", never "only 25% … aim for at least 25%".
func sharePercent(x float64) int { return int(math.Floor(100*x + 1e-9)) }

// shareOf is the weighted share of the bullets idx (weights w, nil for none) for which
// of holds: the one computation behind document ratio findings and the scorer's facts.
func shareOf(c *docCtx, idx []int, w []float64, of func(*signals.Signals) bool) Share {
	var num, den float64
	var sh Share
	for k, i := range idx {
		wt := 1.0
		if w != nil {
			wt = w[k]
		}
		sh.Total++
		den += wt
		if of(&c.bullets[i].Signals) {
			sh.Count++
			num += wt
		}
	}
	if den > 0 {
		sh.Percent = sharePercent(num / den)
	}
	return sh
}

func fmtNum(x float64) string { return strconv.FormatFloat(x, 'f', -1, 64) }

func roleHit(r *roleInfo, d MessageData) hit {
	d.Role = roleName(r.role)
	if d.Evidence == "" {
		d.Evidence = d.Role
	}
	return hit{ref: r.ref, pos: r.role.Pos, data: d}
}

// scopeBullets returns the bullets a document-wide rule over sel looks at, with the
// recency weight of each.
func (c *docCtx) scopeBullets(sel roleSel) (idx []int, w []float64) {
	if sel == "" || sel == "all" {
		for _, i := range c.expBullets {
			idx = append(idx, i)
			if r := c.roleOf[i]; r != nil {
				w = append(w, recencyWeight(r.rank))
			} else {
				w = append(w, 1)
			}
		}
		return idx, w
	}
	for _, r := range sel.pick(c.roles) {
		for _, i := range r.bullets {
			idx = append(idx, i)
			w = append(w, recencyWeight(r.rank))
		}
	}
	return idx, w
}

func checkPer(src *source, per string) error {
	switch per {
	case "role", "document":
		return nil
	}
	return src.errAt("$.per", "per must be role or document")
}

func perScope(per string) Scope {
	if per == "role" {
		return ScopeRole
	}
	return ScopeDocument
}

// --- ratio ---------------------------------------------------------------------

// ratioSpec fires when the share of bullets matching `of` (among those matching
// `among`, or all) is below min_share or above max_share, per role or over the
// document (recency-weighted unless weighting: none).
type ratioSpec struct {
	Rule       `yaml:",inline"`
	Per        string   `yaml:"per"`
	Of         string   `yaml:"of"`
	Among      string   `yaml:"among"`
	MinShare   *float64 `yaml:"min_share"`
	MaxShare   *float64 `yaml:"max_share"`
	MinBullets int      `yaml:"min_bullets"`
	Roles      roleSel  `yaml:"roles"`
	Weighting  string   `yaml:"weighting"`

	of, among cond
}

func (p *ratioSpec) compile(src *source) (checker, error) {
	if err := checkPer(src, p.Per); err != nil {
		return nil, err
	}
	var err error
	if p.of, err = src.cond("$.of", p.Of, true); err != nil {
		return nil, err
	}
	if p.among, err = src.cond("$.among", p.Among, false); err != nil {
		return nil, err
	}
	if p.MinShare == nil && p.MaxShare == nil {
		return nil, src.errAt("$.kind", "a ratio rule needs min_share or max_share")
	}
	for path, v := range map[string]*float64{"$.min_share": p.MinShare, "$.max_share": p.MaxShare} {
		if v != nil && (*v < 0 || *v > 1) {
			return nil, src.errAt(path, "a share is a number from 0 to 1")
		}
	}
	switch p.Weighting {
	case "", "recency", "none":
	default:
		return nil, src.errAt("$.weighting", "weighting must be recency or none")
	}
	if err := src.checkRoles(p.Roles); err != nil {
		return nil, err
	}
	if p.MinBullets < 1 {
		p.MinBullets = 1
	}
	return p, nil
}

func (p *ratioSpec) scope() Scope { return perScope(p.Per) }

func (p *ratioSpec) judge(c *docCtx, idx []int, w []float64) (MessageData, bool) {
	var num, den float64
	d := MessageData{}
	for k, i := range idx {
		s := &c.bullets[i].Signals
		if p.among != nil && !p.among.eval(s) {
			continue
		}
		wt := 1.0
		if p.Weighting != "none" && w != nil {
			wt = w[k]
		}
		d.Total++
		den += wt
		if p.of.eval(s) {
			d.Count++
			num += wt
		}
	}
	if d.Total < p.MinBullets || den == 0 {
		return d, false
	}
	share := num / den
	d.Percent = sharePercent(share)
	d.Value = fmt.Sprintf("%d%%", d.Percent)
	if p.MinShare != nil && share < *p.MinShare {
		d.Limit = fmt.Sprintf("%d%%", percent(*p.MinShare))
		return d, true
	}
	if p.MaxShare != nil && share > *p.MaxShare {
		d.Limit = fmt.Sprintf("%d%%", percent(*p.MaxShare))
		return d, true
	}
	return d, false
}

func (p *ratioSpec) doc(c *docCtx) []hit {
	if p.Per == "document" {
		idx, w := c.scopeBullets(p.Roles)
		if d, ok := p.judge(c, idx, w); ok {
			return []hit{{ref: docRef, data: d}}
		}
		return nil
	}
	var out []hit
	for _, r := range p.Roles.pick(c.roles) {
		if d, ok := p.judge(c, r.bullets, nil); ok {
			out = append(out, roleHit(r, d))
		}
	}
	return out
}

// --- presence ------------------------------------------------------------------

// presenceSpec fires when something is absent: a section of a kind, or any bullet
// matching a condition in each selected role (per: role) or in all of them together
// (per: document).
type presenceSpec struct {
	Rule       `yaml:",inline"`
	Section    resume.SectionKind `yaml:"section"`
	Any        string             `yaml:"any"`
	Per        string             `yaml:"per"`
	Roles      roleSel            `yaml:"roles"`
	MinBullets int                `yaml:"min_bullets"`

	any cond
}

var sectionKinds = []resume.SectionKind{resume.KindSummary, resume.KindExperience, resume.KindEducation, resume.KindSkills,
	resume.KindProjects, resume.KindLeadership, resume.KindCertifications, resume.KindPublications, resume.KindAwards, resume.KindOther}

func (p *presenceSpec) compile(src *source) (checker, error) {
	if (p.Section == "") == (p.Any == "") {
		return nil, src.errAt("$.kind", "a presence rule needs exactly one of section or any")
	}
	if p.Section != "" {
		ok := false
		for _, k := range sectionKinds {
			ok = ok || k == p.Section
		}
		if !ok {
			return nil, src.errAt("$.section", "unknown section kind %q; kinds are %s", p.Section, kindList())
		}
		if p.Per == "" {
			p.Per = "document"
		}
		if p.Per != "document" {
			return nil, src.errAt("$.per", "a section presence rule is per document")
		}
		return p, nil
	}
	if err := checkPer(src, p.Per); err != nil {
		return nil, err
	}
	var err error
	if p.any, err = src.cond("$.any", p.Any, true); err != nil {
		return nil, err
	}
	if err := src.checkRoles(p.Roles); err != nil {
		return nil, err
	}
	if p.MinBullets < 1 {
		p.MinBullets = 1
	}
	return p, nil
}

func kindList() string {
	var s []string
	for _, k := range sectionKinds {
		s = append(s, string(k))
	}
	return strings.Join(s, ", ")
}

func (p *presenceSpec) scope() Scope { return perScope(p.Per) }

func (p *presenceSpec) doc(c *docCtx) []hit {
	if p.Section != "" {
		for _, s := range c.doc.Sections {
			if s.Kind == p.Section {
				return nil
			}
		}
		return []hit{{ref: docRef, data: MessageData{Evidence: string(p.Section)}}}
	}
	found := func(idx []int) int {
		n := 0
		for _, i := range idx {
			if p.any.eval(&c.bullets[i].Signals) {
				n++
			}
		}
		return n
	}
	if p.Per == "document" {
		idx, _ := c.scopeBullets(p.Roles)
		if len(idx) >= p.MinBullets && found(idx) == 0 {
			return []hit{{ref: docRef, data: MessageData{Total: len(idx)}}}
		}
		return nil
	}
	var out []hit
	for _, r := range p.Roles.pick(c.roles) {
		if len(r.bullets) >= p.MinBullets && found(r.bullets) == 0 {
			out = append(out, roleHit(r, MessageData{Total: len(r.bullets)}))
		}
	}
	return out
}

// --- metric --------------------------------------------------------------------

// metricSpec measures something over many bullets: distinct_evidence counts the
// different phrases that set a signal (how many functions are named), and
// repeated_opener counts bullets opening with the same action verb.
type metricSpec struct {
	Rule       `yaml:",inline"`
	Metric     string  `yaml:"metric"`
	Signal     string  `yaml:"signal"`
	Min        *int    `yaml:"min"`
	Max        *int    `yaml:"max"`
	Per        string  `yaml:"per"`
	Roles      roleSel `yaml:"roles"`
	MinBullets int     `yaml:"min_bullets"`
}

func (p *metricSpec) compile(src *source) (checker, error) {
	if err := checkPer(src, p.Per); err != nil {
		return nil, err
	}
	switch p.Metric {
	case "distinct_evidence":
		known := false
		for _, n := range signals.Names {
			known = known || n == p.Signal
		}
		if !known {
			return nil, src.errAt("$.signal", "unknown signal %q; signals are %s", p.Signal, strings.Join(signals.Names, ", "))
		}
		if p.Min == nil {
			return nil, src.errAt("$.metric", "distinct_evidence needs min")
		}
	case "repeated_opener":
		if p.Max == nil {
			return nil, src.errAt("$.metric", "repeated_opener needs max")
		}
	default:
		return nil, src.errAt("$.metric", "metric must be distinct_evidence or repeated_opener")
	}
	if err := src.checkRoles(p.Roles); err != nil {
		return nil, err
	}
	return p, nil
}

func (p *metricSpec) scope() Scope { return perScope(p.Per) }

func (p *metricSpec) doc(c *docCtx) []hit {
	if p.Per == "document" {
		idx, _ := c.scopeBullets(p.Roles)
		return p.measure(c, idx, hit{ref: docRef})
	}
	var out []hit
	for _, r := range p.Roles.pick(c.roles) {
		out = append(out, p.measure(c, r.bullets, roleHit(r, MessageData{}))...)
	}
	return out
}

func (p *metricSpec) measure(c *docCtx, idx []int, base hit) []hit {
	if len(idx) < p.MinBullets || len(idx) == 0 {
		return nil
	}
	counts := map[string]int{}
	var order []string
	for _, i := range idx {
		b := &c.bullets[i]
		var keys []string
		if p.Metric == "distinct_evidence" {
			for _, sp := range b.Signals.Evidence[p.Signal] {
				keys = append(keys, normPhrase(spanText(b.Text, sp)))
			}
		} else if v := strings.ToLower(b.Signals.ActionVerb); v != "" {
			keys = []string{v}
		}
		for _, k := range keys {
			if k == "" {
				continue
			}
			if counts[k] == 0 {
				order = append(order, k)
			}
			counts[k]++
		}
	}
	if p.Metric == "distinct_evidence" {
		if len(order) >= *p.Min {
			return nil
		}
		sort.Strings(order)
		h := base
		h.data.Count, h.data.Total = len(order), len(idx)
		h.data.Limit = strconv.Itoa(*p.Min)
		h.data.Value = strconv.Itoa(len(order))
		h.data.Evidence = strings.Join(order, ", ")
		if h.data.Evidence == "" {
			h.data.Evidence = "none"
		}
		return []hit{h}
	}
	var out []hit
	sort.Strings(order)
	for _, v := range order {
		if counts[v] > *p.Max {
			h := base
			h.data.Evidence, h.data.Count, h.data.Total = v, counts[v], len(idx)
			h.data.Value, h.data.Limit = strconv.Itoa(counts[v]), strconv.Itoa(*p.Max)
			out = append(out, h)
		}
	}
	return out
}

// normPhrase folds a phrase to the function it names, so "Product", "product managers"
// and "the product team" count once: case and a plural s are folded and trailing words
// that name a group or a role in it (team, manager, lead, ...) are dropped.
func normPhrase(s string) string {
	words := strings.Fields(strings.ToLower(s))
	for len(words) > 1 && roleSuffixes[depluralise(words[len(words)-1])] {
		words = words[:len(words)-1]
	}
	for len(words) > 1 && (words[0] == "the" || words[0] == "our") {
		words = words[1:]
	}
	for i, w := range words {
		words[i] = depluralise(w)
	}
	out := strings.Join(words, " ")
	if f, ok := functionStems[out]; ok {
		return f
	}
	return out
}

// roleSuffixes are the trailing words of a function phrase that name a group or a
// role in it: "the product team", "design leads".
var roleSuffixes = map[string]bool{
	"team": true, "manager": true, "lead": true, "owner": true, "partner": true,
	"department": true, "group": true, "org": true, "organization": true,
	"organisation": true, "function": true, "colleague": true, "counterpart": true,
	"stakeholder": true, "leader": true, "leadership": true, "peer": true,
}

// functionStems maps the person to the function ("designers" work in design).
var functionStems = map[string]string{
	"designer": "design", "marketer": "marketing", "data scientist": "data science",
	"pm": "product", "pms": "product", "product management": "product", "salesperson": "sales",
}

func depluralise(w string) string {
	if len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") {
		return w[:len(w)-1]
	}
	return w
}

// --- experience ----------------------------------------------------------------

// experienceSpec checks Document.Experience and the dates of experience roles:
// total_years and lead_years against min/max, gap (each break of min_months or more),
// undated (roles with no readable start date), date_order (a role listed below one
// that started earlier: résumés read newest first) and end_before_start (a role whose
// end date comes before its start, "Mar 2022 – Jan 2020").
type experienceSpec struct {
	Rule      `yaml:",inline"`
	Check     string   `yaml:"check"`
	Min       *float64 `yaml:"min"`
	Max       *float64 `yaml:"max"`
	MinMonths int      `yaml:"min_months"`
}

func (p *experienceSpec) compile(src *source) (checker, error) {
	switch p.Check {
	case "total_years", "lead_years":
		if p.Min == nil && p.Max == nil {
			return nil, src.errAt("$.check", "%s needs min or max", p.Check)
		}
	case "gap":
		if p.MinMonths <= 0 {
			p.MinMonths = 6
		}
	case "undated", "date_order", "end_before_start":
	default:
		return nil, src.errAt("$.check", "check must be one of total_years, lead_years, gap, undated, date_order, end_before_start")
	}
	return p, nil
}

func (p *experienceSpec) scope() Scope {
	if p.Check == "undated" || p.Check == "date_order" || p.Check == "end_before_start" {
		return ScopeRole
	}
	return ScopeDocument
}

var monthNames = []string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}

func fmtDate(d resume.Date) string {
	if d.Month >= 1 && d.Month <= 12 {
		return fmt.Sprintf("%s %d", monthNames[d.Month-1], d.Year)
	}
	return strconv.Itoa(d.Year)
}

func (p *experienceSpec) doc(c *docCtx) []hit {
	x := c.doc.Experience
	var out []hit
	years := func(v float64) []hit {
		if x.Months == 0 {
			return nil // nothing dated: the undated check speaks instead
		}
		d := MessageData{Value: fmtNum(v)}
		if p.Min != nil && v < *p.Min {
			d.Limit = fmtNum(*p.Min)
			return []hit{{ref: docRef, data: d}}
		}
		if p.Max != nil && v > *p.Max {
			d.Limit = fmtNum(*p.Max)
			return []hit{{ref: docRef, data: d}}
		}
		return nil
	}
	switch p.Check {
	case "total_years":
		return years(x.Years)
	case "lead_years":
		return years(x.LeadYears)
	case "gap":
		for _, g := range x.Gaps {
			if g.Months >= p.MinMonths {
				out = append(out, hit{ref: docRef, data: MessageData{
					Evidence: fmtDate(g.From) + " – " + fmtDate(g.To),
					Value:    strconv.Itoa(g.Months), Limit: strconv.Itoa(p.MinMonths), Count: g.Months}})
			}
		}
	case "undated":
		for _, r := range c.roles {
			if r.role.Start == nil {
				out = append(out, roleHit(r, MessageData{Value: strings.TrimSpace(r.role.DatesText)}))
			}
		}
	case "end_before_start":
		for _, r := range c.roles {
			if rr := r.role.RoleRange(); rr.EndBeforeStart() {
				out = append(out, roleHit(r, MessageData{Value: fmtDate(*rr.Start), Limit: fmtDate(*rr.End)}))
			}
		}
	case "date_order":
		// Roles should be listed newest first within a section; compare each dated role
		// with the dated role listed above it.
		byDoc := append([]*roleInfo(nil), c.roles...)
		sort.SliceStable(byDoc, func(i, j int) bool {
			if byDoc[i].ref.Section != byDoc[j].ref.Section {
				return byDoc[i].ref.Section < byDoc[j].ref.Section
			}
			return byDoc[i].ref.Role < byDoc[j].ref.Role
		})
		var prev *roleInfo
		for _, r := range byDoc {
			if r.role.Start == nil {
				continue
			}
			if prev != nil && prev.ref.Section == r.ref.Section && recency.StartKey(r.role) > recency.StartKey(prev.role) {
				out = append(out, roleHit(r, MessageData{
					Value:    fmtDate(*r.role.Start),
					Evidence: roleName(prev.role),
					Limit:    fmtDate(*prev.role.Start)}))
			}
			prev = r
		}
	}
	return out
}

// --- structure -----------------------------------------------------------------

// structureSpec checks the shape of the résumé: bullets per role, page count, contact
// details.
type structureSpec struct {
	Rule   `yaml:",inline"`
	Check  string   `yaml:"check"`
	Min    *int     `yaml:"min"`
	Max    *int     `yaml:"max"`
	Fields []string `yaml:"fields"`
	Roles  roleSel  `yaml:"roles"`
}

var contactFields = []string{"name", "email", "phone", "link", "location"}

func (p *structureSpec) compile(src *source) (checker, error) {
	switch p.Check {
	case "bullets_per_role":
		if p.Min == nil && p.Max == nil {
			return nil, src.errAt("$.check", "bullets_per_role needs min or max")
		}
	case "pages":
		if p.Max == nil {
			return nil, src.errAt("$.check", "pages needs max")
		}
	case "contact":
		if len(p.Fields) == 0 {
			return nil, src.errAt("$.check", "contact needs fields (%s)", strings.Join(contactFields, ", "))
		}
		for i, f := range p.Fields {
			ok := false
			for _, k := range contactFields {
				ok = ok || k == f
			}
			if !ok {
				return nil, src.errAt(fmt.Sprintf("$.fields[%d]", i), "unknown contact field %q; fields are %s", f, strings.Join(contactFields, ", "))
			}
		}
	default:
		return nil, src.errAt("$.check", "check must be one of bullets_per_role, pages, contact")
	}
	if err := src.checkRoles(p.Roles); err != nil {
		return nil, err
	}
	return p, nil
}

func (p *structureSpec) scope() Scope {
	if p.Check == "bullets_per_role" {
		return ScopeRole
	}
	return ScopeDocument
}

func (p *structureSpec) doc(c *docCtx) []hit {
	var out []hit
	switch p.Check {
	case "bullets_per_role":
		for _, r := range p.Roles.pick(c.roles) {
			n := len(r.bullets)
			if n == 0 && len(r.role.Text) > 0 {
				continue // described in prose, not bullets: a count would mislead
			}
			d := MessageData{Count: n, Value: strconv.Itoa(n)}
			if p.Min != nil && n < *p.Min {
				d.Limit = strconv.Itoa(*p.Min)
				out = append(out, roleHit(r, d))
			} else if p.Max != nil && n > *p.Max {
				d.Limit = strconv.Itoa(*p.Max)
				out = append(out, roleHit(r, d))
			}
		}
	case "pages":
		if n := c.doc.Source.Pages; n > *p.Max {
			out = append(out, hit{ref: docRef, data: MessageData{Count: n, Value: strconv.Itoa(n), Limit: strconv.Itoa(*p.Max)}})
		}
	case "contact":
		ct := c.doc.Contact
		var missing []string
		for _, f := range p.Fields {
			var have bool
			switch f {
			case "name":
				have = strings.TrimSpace(ct.Name) != ""
			case "email":
				have = len(ct.Emails) > 0
			case "phone":
				// A phone the layout step read as a role's title, organisation or place
				// is still on the page: do not say it is missing.
				have = len(ct.Phones) > 0 || phoneInRoles(c.doc)
			case "link":
				have = len(ct.Links) > 0
			case "location":
				have = strings.TrimSpace(ct.Location) != ""
			}
			if !have {
				missing = append(missing, f)
			}
		}
		if len(missing) > 0 {
			out = append(out, hit{ref: docRef, data: MessageData{Evidence: strings.Join(missing, ", "), Count: len(missing)}})
		}
	}
	return out
}

var (
	phoneFieldRE = lazyregexp.New(`^\+?[\d\s().\-–/]{7,}\d$`)
	yearRE       = lazyregexp.New(`^(19|20)\d\d$`)
	digitsRE     = lazyregexp.New(`\d+`)
)

// phoneInRoles reports whether a role's title, organisation or location holds a phone
// number (a contact line the layout step took for a role).
func phoneInRoles(doc *resume.Document) bool {
	for _, sec := range doc.Sections {
		for _, r := range sec.Roles {
			for _, field := range []string{r.Title, r.Organisation, r.Location} {
				for _, piece := range strings.FieldsFunc(field, func(r rune) bool { return strings.ContainsRune("|•·,;:", r) }) {
					if looksLikePhone(strings.TrimSpace(piece)) {
						return true
					}
				}
			}
		}
	}
	return false
}

func looksLikePhone(s string) bool {
	if !phoneFieldRE.MatchString(s) {
		return false
	}
	digits, groups, years := 0, 0, 0
	for _, g := range digitsRE.FindAllString(s, -1) {
		groups++
		digits += len(g)
		if yearRE.MatchString(g) {
			years++
		}
	}
	return digits >= 7 && digits <= 15 && years < groups
}
