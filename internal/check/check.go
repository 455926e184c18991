// Package check runs the whole pipeline on files: extract, analyse, score, and judge
// the result against the thresholds that apply to each file.
package check

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/resumecheck/resumecheck/internal/advise"
	"github.com/resumecheck/resumecheck/internal/config"
	"github.com/resumecheck/resumecheck/internal/extract"
	"github.com/resumecheck/resumecheck/internal/extract/layout"
	"github.com/resumecheck/resumecheck/internal/finish"
	"github.com/resumecheck/resumecheck/internal/lexicon"
	"github.com/resumecheck/resumecheck/internal/prefault"
	"github.com/resumecheck/resumecheck/internal/reading"
	"github.com/resumecheck/resumecheck/internal/report"
	"github.com/resumecheck/resumecheck/internal/resume"
	"github.com/resumecheck/resumecheck/internal/rewrite"
	"github.com/resumecheck/resumecheck/internal/rules"
	"github.com/resumecheck/resumecheck/internal/scope"
	"github.com/resumecheck/resumecheck/internal/score"
	"github.com/resumecheck/resumecheck/internal/signals"
)

// Options set up a Checker. Flag values win over config values.
type Options struct {
	Extract extract.Options
	// RuleDirs are extra rule directories (--rules), added after the config's.
	RuleDirs []string
	// Disable and Levels come from flags and apply on top of the config.
	Disable []string
	// ConfigPath is --config; NoConfig ignores every config file.
	ConfigPath string
	NoConfig   bool
	// MinScore (-1 = unset) and FailOn ("" = unset) override the config.
	MinScore int
	FailOn   string
	// Timeout bounds one file's whole pipeline; 0 means no limit.
	Timeout time.Duration
	// Jobs is the number of files checked at once; 0 means the number of CPUs.
	Jobs int
	// Within is how many goroutines analyse one file's bullets and rewrites at once
	// (0 or 1: one): for a process that checks a single file with cores to spare,
	// such as the worker of a one-file run (rules.Engine.SetWorkers). Above one, New
	// also starts analysing the role advice's examples (advise.WarmExamples).
	Within int
	// NoAdvice skips the advice (each bullet's rewrites and questions, the top
	// changes, the role advice, the interview questions) for a run that prints none
	// of it: the quiet text format's line holds the file, the score, the track and
	// the findings counted by level, and the thresholds judge scores and findings,
	// none of which the advice changes. New then does not analyse the role advice's
	// examples either.
	NoAdvice bool
	Tool     report.Tool
	// Stdin is read for the file "-"; nil means os.Stdin.
	Stdin io.Reader
	// Now dates the reports and ends current roles; zero means the clock.
	Now time.Time
}

func (c *Checker) now() time.Time {
	if c.opts.Now.IsZero() {
		return time.Now()
	}
	return c.opts.Now
}

// Result is what happened to one file.
type Result struct {
	File   string
	Report *report.Report
	// Failures say why the file is below its thresholds; empty when it passes.
	Failures []Failure
	Err      error
}

// Failure is one threshold a report fails, as data (judged by internal/finish).
type Failure = finish.Failure

// Failure kinds.
const (
	FailOverall  = finish.FailOverall
	FailArea     = finish.FailArea
	FailFindings = finish.FailFindings
)

// Checker checks files. It is safe for concurrent use; the NLP model and every rule pack
// are built once and shared.
type Checker struct {
	opts     Options
	analyzer *signals.Analyzer

	mu      sync.Mutex
	configs map[string]*config.Config // by path; nil entry = no config
	engines map[string]*rules.Engine  // by rule settings
	packs   map[*rules.Engine]*rules.Pack
	base    *rules.Pack // built-in plus --rules, for describing rules
}

// Preload starts loading, in the background, the built-in data every check needs:
// the analyzer (lexicons, tagger table, learned model), the rule pack, the scope
// vocabulary and level ladder, the reading vocabulary and the layout lexicon. Each
// loads behind its own sync.Once, so New and the first file find them ready or wait
// for the one still loading. A worker process calls it first thing, so that they
// load on both cores while the parent is still parsing its flags and config. The
// small loads New does not wait for share one goroutine: each goroutine grows its
// stack copy by copy, and they finish well before the analyzer does anyway.
func Preload() {
	for _, load := range []func(){
		func() { _, _ = signals.Default() },
		func() {
			if set, err := lexicon.Builtin(); err == nil {
				set.PrepareIndexes()
			}
		},
		func() { _, _ = rules.LoadBuiltin() },
		func() {
			_, _ = scope.Builtin()
			_, _ = scope.BuiltinLadder()
			_, _ = reading.Default()
			layout.Preload()
		},
	} {
		go func() {
			prefault.Stack()
			load()
		}()
	}
}

// PreloadAdvice starts loading, in the background, what only the advice needs (the
// rewriter's vocabulary), for a process whose checks plan advice (not
// Options.NoAdvice); it would otherwise load at the first rewrite.
func PreloadAdvice() {
	go func() {
		prefault.Stack()
		rewrite.Preload()
	}()
}

// New builds a Checker: it loads the NLP model and the built-in rules once, and fails
// on a config or rule error that would affect every file.
func New(opts Options) (*Checker, error) {
	a, err := signals.Default()
	if err != nil {
		return nil, err
	}
	if opts.Within > 1 && !opts.NoAdvice {
		// A process that checks one file with cores to spare analyses the role
		// advice's examples while it builds its rule engine and reads the file:
		// its plan re-scores those of the areas the file lacks.
		advise.WarmExamplesAsync(a)
	}
	c := &Checker{opts: opts, analyzer: a, configs: map[string]*config.Config{}, engines: map[string]*rules.Engine{}, packs: map[*rules.Engine]*rules.Pack{}}
	if opts.ConfigPath != "" && !opts.NoConfig {
		if _, err := c.config(opts.ConfigPath); err != nil {
			return nil, err
		}
	}
	e, err := c.engine(nil, config.Settings{})
	if err != nil {
		return nil, err
	}
	c.base = c.packs[e]
	return c, nil
}

func (c *Checker) config(path string) (*config.Config, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if cfg, ok := c.configs[path]; ok {
		return cfg, nil
	}
	cfg, err := config.Load(path, score.Areas())
	if err != nil {
		return nil, &ConfigError{Err: err}
	}
	c.configs[path] = cfg
	return cfg, nil
}

// ConfigError is a problem with a config file or a rule pack: it affects every file, so
// the CLI stops with exit code 2.
type ConfigError struct{ Err error }

func (e *ConfigError) Error() string { return e.Err.Error() }
func (e *ConfigError) Unwrap() error { return e.Err }

// settingsFor returns the config (or nil) and the settings that apply to file.
func (c *Checker) settingsFor(file string) (*config.Config, config.Settings, error) {
	if c.opts.NoConfig {
		return nil, config.Settings{}, nil
	}
	dir := "."
	if file != "-" {
		dir = filepath.Dir(file)
	}
	path := config.Discover(c.opts.ConfigPath, dir)
	if path == "" {
		return nil, config.Settings{}, nil
	}
	cfg, err := c.config(path)
	if err != nil {
		return nil, config.Settings{}, err
	}
	return cfg, cfg.For(file), nil
}

// engine returns the shared engine for a config's rule directories plus these settings.
func (c *Checker) engine(cfg *config.Config, s config.Settings) (*rules.Engine, error) {
	var dirs []string
	if cfg != nil {
		dirs = cfg.RuleDirs()
	}
	dirs = append(dirs, c.opts.RuleDirs...)
	disabled := append(append([]string(nil), s.Rules.Disable...), c.opts.Disable...)
	sort.Strings(disabled)
	var levelKeys []string
	for k, v := range s.Rules.Levels {
		levelKeys = append(levelKeys, k+"="+v)
	}
	sort.Strings(levelKeys)
	key := strings.Join(dirs, "\x00") + "\x01" + strings.Join(disabled, ",") + "\x01" + strings.Join(levelKeys, ",")

	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.engines[key]; ok {
		return e, nil
	}
	pack, err := rules.LoadBuiltin()
	if err != nil {
		return nil, &ConfigError{Err: err}
	}
	for _, d := range dirs {
		extra, err := rules.LoadDir(d)
		if err != nil {
			return nil, &ConfigError{Err: err}
		}
		pack.Merge(extra)
	}
	levels := map[string]rules.Level{}
	for k, v := range s.Rules.Levels {
		levels[k] = rules.Level(v)
	}
	if err := pack.Configure(disabled, levels); err != nil {
		return nil, &ConfigError{Err: err}
	}
	e := rules.NewEngine(pack, c.analyzer)
	e.SetWorkers(c.opts.Within)
	c.engines[key] = e
	c.packs[e] = pack
	return e, nil
}

// Rules describes the enabled rules of the built-in pack plus --rules directories, for
// the report formats that list rules.
func (c *Checker) Rules() []report.RuleInfo {
	var out []report.RuleInfo
	for _, r := range c.base.Rules {
		if r.Disabled {
			continue
		}
		out = append(out, report.RuleInfo{ID: r.ID, Area: r.Area, Level: r.Level, Kind: r.Kind, Message: plainMessage(r.Message), Why: r.Why, Link: r.Link})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// plainMessage turns a rule's message template into a description: each {{...}} action
// becomes "…".
func plainMessage(tmpl string) string {
	var b strings.Builder
	for {
		i := strings.Index(tmpl, "{{")
		if i < 0 {
			b.WriteString(tmpl)
			break
		}
		j := strings.Index(tmpl[i:], "}}")
		if j < 0 {
			b.WriteString(tmpl)
			break
		}
		b.WriteString(tmpl[:i])
		b.WriteString("…")
		tmpl = tmpl[i+j+2:]
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// File checks one file; path "-" reads standard input.
func (c *Checker) File(ctx context.Context, path string) Result {
	return c.file(ctx, path, nil)
}

// FileFrom checks the file whose reading h began (Begin), as File would check it: the
// reading is not repeated, and the time limit counts from Begin.
func (c *Checker) FileFrom(ctx context.Context, h *Head) Result {
	return c.file(ctx, h.path, h)
}

func (c *Checker) file(ctx context.Context, path string, h *Head) Result {
	if h != nil {
		defer h.cancel() // its reading ends with the check, whatever stopped it
	}
	res := Result{File: path}
	cfg, settings, err := c.settingsFor(path)
	if err != nil {
		res.Err = err
		return res
	}
	eng, err := c.engine(cfg, settings)
	if err != nil {
		res.Err = err
		return res
	}
	rep, err := c.run(ctx, path, eng, settings, h)
	if err != nil {
		res.Err = err
		return res
	}
	res.Report = rep
	rep.Date = c.now().Format("2006-01-02")
	// A file that was not read, or is a template, has no score to judge: its status
	// (unread, template) was set when it was read.
	if !rep.Scored() {
		return res
	}
	res.Failures = c.judge(rep, settings)
	rep.Status = report.StatusPass
	if len(res.Failures) > 0 {
		rep.Status = report.StatusFail
	}
	return res
}

// run does extract → analyse → score within the time limit, behind a panic boundary.
func (c *Checker) run(ctx context.Context, path string, eng *rules.Engine, s config.Settings, h *Head) (*report.Report, error) {
	if h != nil {
		// The file's time limit started with its reading.
		ctx = h.ctx
	}
	if c.opts.Timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, c.opts.Timeout)
		defer cancel()
	}
	type out struct {
		rep *report.Report
		err error
	}
	done := make(chan out, 1)
	go func() {
		prefault.Stack()
		defer func() {
			if r := recover(); r != nil {
				done <- out{err: fmt.Errorf("%s: internal error while checking (%v); please report it with the file if you can share it", path, r)}
			}
		}()
		rep, err := c.pipeline(ctx, path, eng, s, h)
		done <- out{rep, err}
	}()
	select {
	case o := <-done:
		// A stage that noticed the deadline itself returns its own error; the user
		// gets the same time-limit message whichever side saw it first.
		if o.err != nil && ctx.Err() != nil {
			return nil, c.stopped(ctx, path)
		}
		return o.rep, o.err
	case <-ctx.Done():
		return nil, c.stopped(ctx, path)
	}
}

// StoppedError is a file whose check ran out of time or was cancelled: its work may
// still be running when the error is returned.
type StoppedError struct {
	msg string
	err error
}

func (e *StoppedError) Error() string { return e.msg }
func (e *StoppedError) Unwrap() error { return e.err }

// stopped is the error for a file whose check ran out of time or was cancelled.
func (c *Checker) stopped(ctx context.Context, path string) error {
	if errors.Is(ctx.Err(), context.DeadlineExceeded) {
		return &StoppedError{fmt.Sprintf("%s: took longer than %s; split the file or raise --timeout", path, c.opts.Timeout), ctx.Err()}
	}
	return &StoppedError{fmt.Sprintf("%s: %v", path, ctx.Err()), ctx.Err()}
}

func (c *Checker) pipeline(ctx context.Context, path string, eng *rules.Engine, s config.Settings, h *Head) (*report.Report, error) {
	var doc *resume.Document
	var err error
	switch {
	case h != nil:
		doc, err = h.wait(ctx)
	case path == "-":
		doc, err = c.readStdin(ctx)
	default:
		doc, err = extract.File(ctx, path, c.opts.Extract)
	}
	var noText *extract.Error
	if errors.As(err, &noText) && errors.Is(err, extract.ErrNoText) {
		// No text to read is the plainest case of an unread file: it gets a report
		// that says so, like a file whose text could not be made into roles.
		rd := reading.NoText(0, noText.Msg)
		return unread(path, &resume.Document{Source: resume.SourceInfo{File: path, Format: resume.FormatPDF}}, &rd, c.opts.Tool), nil
	}
	if err != nil {
		return nil, err
	}
	vocab, err := reading.Default()
	if err != nil {
		return nil, &ConfigError{Err: err}
	}
	rd := reading.Assess(doc, vocab)
	if _, _, bullets := doc.Counts(); rd.Unread() && bullets == 0 {
		return unread(path, doc, &rd, c.opts.Tool), nil
	}
	// Analysis and scoring cannot be interrupted; a check that has already run out of
	// time stops here rather than keep a core busy for a result nobody will read.
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	a, err := eng.AnalyzeContext(ctx, doc)
	if err != nil {
		return nil, err
	}
	weights := score.DefaultWeights()
	for k, v := range s.Weights {
		weights[k] = v
	}
	rep, m := score.Score(path, a, score.Options{Weights: weights, Tool: c.opts.Tool, Ladder: s.Ladder})
	if !c.opts.NoAdvice {
		advise.Plan(rep, a, m, eng)
	}
	finish.Order(rep)
	rep.Reading = &rd
	if st := report.StatusFor(&rd); st != "" {
		// A template's roles and bullets are read and shown; its score is not. An unread
		// file's bullets are shown with their signals (what each one says does not depend
		// on the roles the tool could not find), and nothing is judged: no score, no
		// track, no findings, no advice.
		rep.Status = st
		rep.Withhold()
		if st == report.StatusUnread {
			rep.Findings = []rules.Finding{}
			for i := range rep.Bullets {
				rep.Bullets[i].Findings = nil
			}
		}
	}
	return rep, nil
}

// unread is the report of a file that was not read well enough to score: what was
// read, and why it is not scored; no analysis runs on it.
func unread(path string, doc *resume.Document, rd *reading.Reading, tool report.Tool) *report.Report {
	rep := &report.Report{
		SchemaVersion: report.SchemaVersion, Tool: tool, File: path, Document: doc,
		Bullets: []report.Bullet{}, Findings: []rules.Finding{}, RoleSuggestions: []report.RoleSuggestion{},
		Status: report.StatusUnread, Reading: rd,
	}
	rep.Withhold()
	return rep
}

func (c *Checker) readStdin(ctx context.Context) (*resume.Document, error) {
	in := c.opts.Stdin
	if in == nil {
		in = os.Stdin
	}
	data, err := ReadLimited(in, c.opts.Extract.MaxSize)
	if err != nil {
		return nil, fmt.Errorf("standard input: %v", err)
	}
	return extract.Bytes(ctx, "-", data, c.opts.Extract)
}

// judge lists why a report fails its thresholds: the command line's over the config's.
func (c *Checker) judge(rep *report.Report, s config.Settings) []Failure {
	t := finish.Thresholds{MinScore: -1, Areas: s.AreaMinimums, FailOn: rules.Level(s.FailOn)}
	if s.MinScore != nil {
		t.MinScore = *s.MinScore
	}
	if c.opts.MinScore >= 0 {
		t.MinScore = c.opts.MinScore
	}
	if c.opts.FailOn != "" {
		t.FailOn = rules.Level(c.opts.FailOn)
	}
	return finish.Judge(rep, t)
}

// Files checks paths with Options.Jobs workers, sharing the model and rule packs.
// Results come back in the order of paths; progress, if set, is called after each file.
func (c *Checker) Files(ctx context.Context, paths []string, progress func(done, total int, file string)) []Result {
	jobs := c.opts.Jobs
	if jobs <= 0 {
		jobs = runtime.NumCPU()
	}
	results := make([]Result, len(paths))
	next := make(chan int)
	var wg sync.WaitGroup
	var mu sync.Mutex
	done := 0
	for w := 0; w < jobs && w < len(paths); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				results[i] = c.File(ctx, paths[i])
				if progress != nil {
					mu.Lock()
					done++
					progress(done, len(paths), paths[i])
					mu.Unlock()
				}
			}
		}()
	}
	for i := range paths {
		next <- i
	}
	close(next)
	wg.Wait()
	return results
}
