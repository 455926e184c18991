package rules

import (
	"bytes"
	"cmp"
	"context"
	"slices"
	"strings"

	"github.com/resumecheck/resumecheck/internal/nlp"
	"github.com/resumecheck/resumecheck/internal/parallel"
	"github.com/resumecheck/resumecheck/internal/recency"
	"github.com/resumecheck/resumecheck/internal/resume"
	"github.com/resumecheck/resumecheck/internal/signals"
)

// BulletAnalysis is one bullet with the signals the analyser saw in it.
type BulletAnalysis struct {
	Ref     resume.Ref      `json:"ref"`
	Pos     resume.Pos      `json:"pos"`
	Text    string          `json:"text"`
	Signals signals.Signals `json:"signals"`
	Tokens  []nlp.Token     `json:"-"`
}

// Analysis is what the engine made of one document: every bullet with its signals in
// reading order, and the findings of the enabled rules, sorted.
type Analysis struct {
	Doc      *resume.Document `json:"document"`
	Bullets  []BulletAnalysis `json:"bullets"`
	Findings []Finding        `json:"findings"`
	// Shares are the document-wide shares of experience bullets showing each signal,
	// computed once the way the document ratio rules compute theirs (recency-weighted):
	// the scorer's facts quote them, so a fact and a finding never give two figures
	// for one thing.
	Shares map[string]Share `json:"-"`
	// Order is the experience roles most recent first, the current role and the recent
	// ones: the one definition the rules, the scorer, the scope reading and the advice
	// share (internal/recency).
	Order recency.Order `json:"-"`
	// Experience are the indices in Bullets of the experience bullets, the ones the
	// document rules and Shares count (nil from an analysis made by hand).
	Experience []int `json:"-"`
}

// Share is the share of experience bullets showing one signal.
type Share struct {
	Count, Total int
	// Percent is the recency-weighted share as a whole percentage, rounded down (so a
	// share under a threshold never prints as the threshold).
	Percent int
}

// MessageData is what a rule's message template can use.
type MessageData struct {
	// Evidence is the text that triggered the rule (the matched words, the verb, the
	// missing field, the role's name).
	Evidence string
	// Count and Total are the bullets (or roles, or items) that matched and were looked at.
	Count, Total int
	// Percent is Count/Total (recency-weighted for document ratios) as a whole percentage.
	Percent int
	// Value is the measured value (years, pages, months) and Limit the threshold crossed.
	Value, Limit string
	// Role names the role as "Title, Organisation" when the finding is about one.
	Role string
	// Words is the bullet's length in words.
	Words int
}

// Engine runs a pack over documents. It is safe for concurrent use.
type Engine struct {
	pack *Pack
	an   BulletAnalyzer
	// workers is how many goroutines analyse one document's bullets at once (0 or
	// 1: one); see SetWorkers.
	workers int
}

// NewEngine returns an engine running the enabled rules of p, with a as the source of
// bullet signals.
func NewEngine(p *Pack, a BulletAnalyzer) *Engine {
	return &Engine{pack: p, an: a}
}

// SetWorkers has n goroutines analyse one document's bullets at once (and re-score
// its rewrites: Workers), for a process that checks one file and has cores to
// spare; 0 or 1 keeps one. A bullet's signals do not depend on its neighbours, so the
// analysis is the same either way. Call it before the engine is used.
func (e *Engine) SetWorkers(n int) { e.workers = n }

// BulletAnalyzer is the source of bullet signals the engine was made with.
func (e *Engine) BulletAnalyzer() BulletAnalyzer { return e.an }

// Workers is the number SetWorkers set (at least 1).
func (e *Engine) Workers() int { return max(e.workers, 1) }

// AnalyzeBullet analyses one bullet outside any document (to re-score a rewrite).
func (e *Engine) AnalyzeBullet(text string) BulletAnalysis {
	s, toks := e.an.AnalyzeTokens(text)
	return BulletAnalysis{Ref: resume.Ref{Section: -1, Role: -1, Bullet: -1}, Text: text, Signals: s, Tokens: toks}
}

// Analyze analyses every bullet of doc and runs every enabled rule. Findings are sorted
// by place (document-wide first, then section, role, bullet), then rule id, then span.
func (e *Engine) Analyze(doc *resume.Document) *Analysis {
	a, _ := e.AnalyzeContext(context.Background(), doc)
	return a
}

// AnalyzeContext is Analyze that gives up, with the context's error, once ctx is done:
// a document of many thousand bullets takes seconds, and a timed-out check should not
// keep a core busy for a result nobody will read.
func (e *Engine) AnalyzeContext(ctx context.Context, doc *resume.Document) (*Analysis, error) {
	dc := e.context(doc, ctx.Done())
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	a := &Analysis{Doc: doc, Bullets: dc.bullets, Findings: []Finding{}, Shares: map[string]Share{}, Order: dc.order, Experience: dc.expBullets}
	idx, w := dc.scopeBullets("")
	for _, name := range signals.Names {
		sh := shareOf(dc, idx, w, func(s *signals.Signals) bool { return s.Get(name) })
		a.Shares[name] = sh
	}
	for _, r := range e.pack.Rules {
		if r.Disabled {
			continue
		}
		a.Findings = append(a.Findings, e.run(r, dc, false)...)
	}
	sortFindings(a.Findings)
	return a, nil
}

// run applies one rule to a prepared document. ignoreRoles makes bullet rules look at
// every bullet whatever role it belongs to (for bullet examples, which have no role).
func (e *Engine) run(r *Rule, ctx *docCtx, ignoreRoles bool) []Finding {
	var hits []hit
	switch c := r.check.(type) {
	case bulletCheck:
		sel := c.roles()
		for _, i := range ctx.inScope {
			b := ctx.bulletCtx(i)
			if !ignoreRoles && !sel.admits(b) {
				continue
			}
			if h, ok := c.bullet(b); ok {
				h.ref, h.pos = b.ba.Ref, b.ba.Pos
				h.data.Words = b.ba.Signals.Words
				if b.role != nil {
					h.data.Role = roleName(b.role.role)
				}
				hits = append(hits, h)
			}
		}
	case docCheck:
		hits = c.doc(ctx)
	}
	why := r.Why
	if why == "" {
		why = r.Link
	}
	out := make([]Finding, 0, len(hits))
	for _, h := range hits {
		out = append(out, Finding{
			RuleID:  r.ID,
			Area:    r.Area,
			Level:   r.Level,
			Scope:   r.Scope(),
			Message: r.render(h.data),
			Why:     why,
			Ref:     h.ref,
			Pos:     h.pos,
			Span:    h.span,
			Fix:     r.Fix,
		})
	}
	return out
}

func (r *Rule) render(d MessageData) string {
	if r.msg == nil {
		return r.Message
	}
	t, err := r.msg.parse()
	if err != nil {
		return r.Message
	}
	var buf bytes.Buffer
	if err := t.Execute(&buf, d); err != nil {
		return r.Message
	}
	return strings.TrimSpace(buf.String())
}

func sortFindings(fs []Finding) {
	slices.SortStableFunc(fs, CompareFindings)
}

// CompareFindings is the analysis's order of findings: by place (section, role,
// bullet), then rule id, evidence start (none first) and message.
func CompareFindings(a, b Finding) int {
	return cmp.Or(
		cmp.Compare(a.Ref.Section, b.Ref.Section),
		cmp.Compare(a.Ref.Role, b.Ref.Role),
		cmp.Compare(a.Ref.Bullet, b.Ref.Bullet),
		cmp.Compare(a.RuleID, b.RuleID),
		cmp.Compare(spanStart(a.Span), spanStart(b.Span)),
		cmp.Compare(a.Message, b.Message),
	)
}

// CompareSeverity is the order reports show findings in: most serious first (a level
// outside the known ones counts as a suggestion), then as CompareFindings but by rule
// id before place, so one rule's findings stay together within a level.
func CompareSeverity(a, b Finding) int {
	return cmp.Or(
		cmp.Compare(severity(b.Level), severity(a.Level)),
		cmp.Compare(a.RuleID, b.RuleID),
		cmp.Compare(a.Ref.Section, b.Ref.Section),
		cmp.Compare(a.Ref.Role, b.Ref.Role),
		cmp.Compare(a.Ref.Bullet, b.Ref.Bullet),
		cmp.Compare(spanStart(a.Span), spanStart(b.Span)),
		cmp.Compare(a.Message, b.Message),
	)
}

func severity(l Level) int { return max(1, l.Rank()) }

func spanStart(sp *signals.Span) int {
	if sp == nil {
		return -1
	}
	return sp.Start
}

// hit is one place a rule fired, before it becomes a Finding.
type hit struct {
	ref  resume.Ref
	pos  resume.Pos
	span *signals.Span
	data MessageData
}

// docRef is the Ref of a finding about the whole document.
var docRef = resume.Ref{Section: -1, Role: -1, Bullet: -1}

// roleInfo is an experience role with its place in recency order.
type roleInfo struct {
	ref  resume.Ref // Bullet is -1
	role *resume.Role
	// rank is 0 for the most recent role (recency.Order).
	rank int
	// current and recent: the role is the current role, or one of the two most recent
	// roles, as recency.Order defines them (roles without engineering work skipped).
	current, recent bool
	// past is true when the role has ended.
	past    bool
	bullets []int // indices into docCtx.bullets
}

// docCtx is a document prepared for the rules: bullets analysed once, roles ranked.
type docCtx struct {
	doc     *resume.Document
	bullets []BulletAnalysis
	// inScope are the bullets bullet rules look at: those of role-bearing sections (and
	// of other sections that hold roles), not skills lists or interests.
	inScope []int
	// roles are the experience roles, most recent first.
	roles []*roleInfo
	// order is the one recency order of the roles (the current role, the recent ones).
	order recency.Order
	// roleOf maps a bullet index to its experience role, if any.
	roleOf map[int]*roleInfo
	// expBullets are the bullets of experience sections (role and section level), or of
	// every in-scope section when there is no experience section.
	expBullets []int
}

// bulletCtx is one bullet as a bullet rule sees it.
type bulletCtx struct {
	ba   *BulletAnalysis
	role *roleInfo
}

func (c *docCtx) bulletCtx(i int) *bulletCtx {
	return &bulletCtx{ba: &c.bullets[i], role: c.roleOf[i]}
}

// context analyses every bullet of doc; once done is closed it stops analysing (the
// caller then drops the result).
func (e *Engine) context(doc *resume.Document, done <-chan struct{}) *docCtx {
	ctx := &docCtx{doc: doc, roleOf: map[int]*roleInfo{}}
	pre := e.analyzeAll(doc, done)
	stopped := false
	var expRoles, otherRoles []*roleInfo
	var otherBullets []int
	for si := range doc.Sections {
		sec := &doc.Sections[si]
		scoped := sec.Kind.RoleBearing() || (sec.Kind == resume.KindOther && len(sec.Roles) > 0)
		exp := sec.Kind == resume.KindExperience
		add := func(ref resume.Ref, b resume.Bullet) int {
			var s signals.Signals
			var toks []nlp.Token
			if !stopped && len(ctx.bullets)%32 == 0 && done != nil {
				select {
				case <-done:
					stopped = true
				default:
				}
			}
			if k := len(ctx.bullets); pre != nil {
				s, toks = pre[k].s, pre[k].toks
			} else if !stopped {
				s, toks = e.an.AnalyzeTokens(b.Text)
			}
			ctx.bullets = append(ctx.bullets, BulletAnalysis{Ref: ref, Pos: b.Pos, Text: b.Text, Signals: s, Tokens: toks})
			i := len(ctx.bullets) - 1
			if scoped {
				ctx.inScope = append(ctx.inScope, i)
				if exp {
					ctx.expBullets = append(ctx.expBullets, i)
				} else {
					otherBullets = append(otherBullets, i)
				}
			}
			return i
		}
		for bi, b := range sec.Bullets {
			add(resume.Ref{Section: si, Role: -1, Bullet: bi}, b)
		}
		for ri := range sec.Roles {
			role := &sec.Roles[ri]
			info := &roleInfo{ref: resume.Ref{Section: si, Role: ri, Bullet: -1}, role: role}
			info.past = role.End != nil && !role.Current
			for bi, b := range role.Bullets {
				i := add(resume.Ref{Section: si, Role: ri, Bullet: bi}, b)
				info.bullets = append(info.bullets, i)
			}
			if exp {
				expRoles = append(expRoles, info)
			} else if scoped {
				otherRoles = append(otherRoles, info)
			}
		}
	}
	if len(expRoles) == 0 && len(ctx.expBullets) == 0 {
		// No section was recognised as experience: judge what holds roles instead, so a
		// résumé with an unusual heading is still read; the recency order (the current and
		// recent roles) reads only roles under an unknown heading (recency.Experience).
		expRoles = otherRoles
		ctx.expBullets = otherBullets
	}
	byRef := map[resume.Ref]int{}
	for i, b := range ctx.bullets {
		byRef[b.Ref] = i
	}
	ctx.order = recency.Read(doc, func(ref resume.Ref) bool {
		i, ok := byRef[ref]
		return ok && ctx.bullets[i].Signals.Technical
	})
	// The roles in recency order, then those the order leaves out (projects or
	// volunteering read in place of experience) in document order: never current or
	// recent, but still checked for dates.
	ranked := map[*roleInfo]bool{}
	ctx.roles = ctx.roles[:0]
	for _, e := range ctx.order.Roles {
		for _, r := range expRoles {
			if r.ref == e.Ref {
				r.rank = len(ctx.roles)
				r.current = ctx.order.IsCurrent(e.Ref)
				r.recent = ctx.order.IsRecent(e.Ref, 2)
				ctx.roles = append(ctx.roles, r)
				ranked[r] = true
			}
		}
	}
	for _, r := range expRoles {
		if !ranked[r] {
			r.rank = len(ctx.roles)
			ctx.roles = append(ctx.roles, r)
		}
	}
	for _, r := range ctx.roles {
		for _, i := range r.bullets {
			ctx.roleOf[i] = r
		}
	}
	return ctx
}

func roleName(r *resume.Role) string {
	switch {
	case r.Title != "" && r.Organisation != "":
		return r.Title + ", " + r.Organisation
	case r.Title != "":
		return r.Title
	case r.Organisation != "":
		return r.Organisation
	}
	return "untitled role"
}

// spanText returns the text of a rune span of s.
func spanText(s string, sp signals.Span) string {
	rs := []rune(s)
	if sp.Start < 0 || sp.End > len(rs) || sp.Start >= sp.End {
		return ""
	}
	return string(rs[sp.Start:sp.End])
}

// analysed is one bullet's analysis, done ahead by analyzeAll.
type analysed struct {
	s    signals.Signals
	toks []nlp.Token
}

// analyzeAll analyses every bullet of doc, in the order context reads them, on
// e.workers goroutines, or returns nil when the engine has one worker or the document
// fewer than two bullets (context then analyses them in turn). Once done is closed the
// bullets not yet analysed are left empty, as context leaves them.
func (e *Engine) analyzeAll(doc *resume.Document, done <-chan struct{}) []analysed {
	var texts []string
	for si := range doc.Sections {
		sec := &doc.Sections[si]
		for _, b := range sec.Bullets {
			texts = append(texts, b.Text)
		}
		for ri := range sec.Roles {
			for _, b := range sec.Roles[ri].Bullets {
				texts = append(texts, b.Text)
			}
		}
	}
	n := min(e.workers, len(texts))
	if n < 2 {
		return nil
	}
	out := make([]analysed, len(texts))
	parallel.Each(len(texts), n, done, func(i int) { out[i].s, out[i].toks = e.an.AnalyzeTokens(texts[i]) })
	return out
}
