package rules

import (
	"bytes"
	"errors"
	"fmt"
	"github.com/resumecheck/resumecheck/internal/rewrite"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"sync/atomic"

	yaml "github.com/goccy/go-yaml"

	"github.com/resumecheck/resumecheck/internal/lexicon"
	"github.com/resumecheck/resumecheck/internal/yamlx"
	rulepack "github.com/resumecheck/resumecheck/rules"
)

// spec is a kind's YAML shape: the common keys (the embedded Rule) and its own.
type spec interface {
	base() *Rule
	compile(src *source) (checker, error)
}

func (r *Rule) base() *Rule { return r }

// kinds maps a kind name to a fresh spec of that kind.
var kinds = map[string]func() spec{
	"pattern":    func() spec { return &patternSpec{} },
	"signal":     func() spec { return &signalSpec{} },
	"sequence":   func() spec { return &sequenceSpec{} },
	"ratio":      func() spec { return &ratioSpec{} },
	"presence":   func() spec { return &presenceSpec{} },
	"metric":     func() spec { return &metricSpec{} },
	"experience": func() spec { return &experienceSpec{} },
	"structure":  func() spec { return &structureSpec{} },
	"repetition": func() spec { return &repetitionSpec{} },
}

// Kinds lists the rule kinds, sorted.
func Kinds() []string {
	var out []string
	for k := range kinds {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

var (
	builtinOnce sync.Once
	builtinPack *Pack
	builtinErr  error
)

// LoadBuiltin loads the rule pack embedded in the binary. The files are parsed once
// per process (YAML parsing is most of the cost); each call returns its own copies of
// the rules, so Configure on one pack does not change another.
func LoadBuiltin() (*Pack, error) {
	builtinOnce.Do(func() {
		lex, err := builtinLexicons()
		if err != nil {
			builtinErr = err
			return
		}
		builtinPack, builtinErr = load(rulepack.Pack, ".", "rules", lex, true)
	})
	if builtinErr != nil {
		return nil, builtinErr
	}
	p := &Pack{lex: builtinPack.lex, Rules: make([]*Rule, len(builtinPack.Rules))}
	for i, r := range builtinPack.Rules {
		c := *r // compiled checks and templates are read-only and shared
		p.Rules[i] = &c
	}
	return p, nil
}

// LoadDir loads a user's rule directory: DIR/*.yaml are rules, DIR/lexicons/*.yaml are
// lexicons that add to (or override) the built-in ones.
func LoadDir(dir string) (*Pack, error) {
	st, err := os.Stat(dir)
	if err != nil {
		return nil, fmt.Errorf("%s: cannot read rules directory (%v); check the --rules path", dir, errors.Unwrap(err))
	}
	if !st.IsDir() {
		return nil, fmt.Errorf("%s: not a directory; --rules takes a directory of *.yaml rule files", dir)
	}
	base, err := builtinLexicons()
	if err != nil {
		return nil, err
	}
	own := lexicons{}
	if st, err := os.Stat(filepath.Join(dir, "lexicons")); err == nil && st.IsDir() {
		// lexicon.LoadDir names files by their path on disk in its errors.
		s, err := lexicon.LoadDir(filepath.Join(dir, "lexicons"))
		if err != nil {
			return nil, err
		}
		own = fromSet(s)
	}
	return load(os.DirFS(dir), ".", dir, mergeLexicons(base, own), false)
}

// LoadFS loads the rules in dir of fsys, and the lexicons in dir/lexicons on top of the
// built-in ones. Errors name files as dir/NAME.
func LoadFS(fsys fs.FS, dir string) (*Pack, error) {
	base, err := builtinLexicons()
	if err != nil {
		return nil, err
	}
	own, err := loadLexicons(fsys, path.Join(dir, "lexicons"))
	if err != nil {
		return nil, err
	}
	return load(fsys, dir, dir, mergeLexicons(base, own), false)
}

// builtin marks the built-in pack, whose message templates are parsed at their first
// use (TestBuiltinMessageTemplates holds them valid) rather than at load.
func load(fsys fs.FS, dir, shown string, lex lexicons, builtin bool) (p *Pack, err error) {
	names, err := fs.Glob(fsys, path.Join(dir, "*.yaml"))
	if err != nil {
		return nil, fmt.Errorf("%s: %v", shown, err)
	}
	more, _ := fs.Glob(fsys, path.Join(dir, "*.yml"))
	names = append(names, more...)
	sort.Strings(names)
	// The files are parsed at the same time (YAML decoding is most of a fresh
	// process's start-up); results and errors are taken in name order, so what load
	// returns does not depend on the timing. parseFile recovers its own panics.
	type parsed struct {
		rules []*Rule
		err   error
	}
	files := make([]parsed, len(names))
	type job struct {
		i    int
		file string
		data []byte
	}
	var todo []job
	for i, name := range names {
		file := filepath.Join(shown, path.Base(name))
		data, err := yamlx.ReadFile(fsys, name)
		if err != nil {
			files[i].err = fmt.Errorf("%s: %v", file, err)
			continue
		}
		todo = append(todo, job{i, file, data})
	}
	// One goroutine per processor takes the files in turn: a goroutine per file grew
	// a fresh stack, copy by copy, for each of them.
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(todo)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := next.Add(1) - 1; k < int64(len(todo)); k = next.Add(1) - 1 {
				j := todo[k]
				files[j.i].rules, files[j.i].err = parseFile(j.file, j.data, lex, builtin)
			}
		}()
	}
	wg.Wait()
	p = &Pack{lex: lex}
	seen := map[string]*Rule{}
	for _, f := range files {
		if f.err != nil {
			return nil, f.err
		}
		for _, r := range f.rules {
			if old, dup := seen[r.ID]; dup {
				return nil, &yamlx.Error{File: r.File, Line: r.Line, Column: 1,
					Msg: fmt.Sprintf("rule id %q is already used at %s:%d", r.ID, old.File, old.Line)}
			}
			seen[r.ID] = r
			p.Rules = append(p.Rules, r)
		}
	}
	p.sort()
	return p, nil
}

// ParseFile parses the rules of one YAML file (documents separated by "---").
func ParseFile(file string, data []byte) ([]*Rule, error) {
	lex, err := builtinLexicons()
	if err != nil {
		return nil, err
	}
	return parseFile(file, data, lex, false)
}

func parseFile(file string, data []byte, lex lexicons, builtin bool) (rules []*Rule, err error) {
	defer func() {
		if r := recover(); r != nil {
			rules, err = nil, fmt.Errorf("%s: cannot load rules (internal error: %v); please report this file", file, r)
		}
	}()
	for _, d := range splitDocs(data) {
		src := &source{file: file, data: d.data, offset: d.offset, lex: lex, builtin: builtin}
		r, err := src.parse()
		if err != nil {
			return nil, err
		}
		rules = append(rules, r)
	}
	return rules, nil
}

type yamlDoc struct {
	data   []byte
	offset int // lines before the document in the file
}

// splitDocs splits a multi-document file at "---" lines, dropping documents that hold
// only comments and blank lines. A document's bytes are a slice of data (capacity
// capped, nothing writes to them), not a copy: a fresh process splits every built-in
// rule file before its first résumé.
func splitDocs(data []byte) []yamlDoc {
	var out []yamlDoc
	startLine, startByte := 0, 0
	blank := true
	flush := func(end int) {
		if !blank {
			out = append(out, yamlDoc{data: data[startByte:end:end], offset: startLine})
		}
	}
	line := 0
	for pos := 0; pos < len(data); line++ {
		end := len(data)
		if i := bytes.IndexByte(data[pos:], '\n'); i >= 0 {
			end = pos + i + 1
		}
		l := data[pos:end]
		switch {
		case len(l) >= 3 && l[0] == '-' && string(bytes.TrimRight(l, " \t\r\n")) == "---":
			flush(pos)
			startLine, startByte, blank = line+1, end, true
		case blank:
			if t := bytes.TrimSpace(l); len(t) > 0 && t[0] != '#' {
				blank = false
			}
		}
		pos = end
	}
	flush(len(data))
	return out
}

// source is one YAML document being turned into a rule.
type source struct {
	file   string
	data   []byte
	offset int
	lex    lexicons
	// builtin: the message template is checked by a test, not here (see load)
	builtin bool
}

// errAt places an error at a YAML path of the document, in file coordinates.
func (s *source) errAt(p, format string, args ...any) error {
	e := yamlx.At(s.file, s.data, p, format, args...)
	if e.Line > 0 {
		e.Line += s.offset
	}
	return e
}

func (s *source) shift(err error) error {
	var ye *yamlx.Error
	if errors.As(err, &ye) && ye.Line > 0 {
		ye.Line += s.offset
	}
	return err
}

func (s *source) lexHint() string {
	if len(s.lex) == 0 {
		return ""
	}
	var names []string
	for n := range s.lex {
		names = append(names, n)
	}
	sort.Strings(names)
	return "; lexicons are " + strings.Join(names, ", ")
}

// cond compiles the condition at path; an empty one is an error when required.
func (s *source) cond(p, text string, required bool) (cond, error) {
	if strings.TrimSpace(text) == "" {
		if required {
			return nil, s.errAt("$.kind", "%s is required (a condition such as \"technical and not people\")", strings.TrimPrefix(p, "$."))
		}
		return nil, nil
	}
	c, err := parseCond(text)
	if err != nil {
		return nil, s.errAt(p, "%v", err)
	}
	return c, nil
}

// isID reports whether s is a rule id: a lower-case letter or digit, then lower-case
// letters, digits, ".", "_" and "-" (the expression `^[a-z0-9][a-z0-9._-]*$`, which
// TestIsID holds it to), read by hand rather than matched at every start-up.
func isID(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if (c < 'a' || c > 'z') && (c < '0' || c > '9') && (i == 0 || c != '.' && c != '_' && c != '-') {
			return false
		}
	}
	return s != ""
}

// kindLine finds a top-level "kind: NAME" line (optionally quoted, optionally
// followed by a comment) and returns NAME, quotes removed. It reads as the expression
// (?m)^kind:[ \t]*("[a-z_]+"|'[a-z_]+'|[a-z_]+)[ \t]*(?:#.*)?\r?$ did
// (TestKindLineMatchesRegexp holds it to it). Running the expression over every rule's text was a fifth of loading the
// rule pack.
func kindLine(data []byte) (string, bool) {
	for len(data) > 0 {
		line, rest, _ := bytes.Cut(data, []byte("\n"))
		if k, ok := kindOf(line); ok {
			return k, true
		}
		data = rest
	}
	return "", false
}

// kindOf reads one line (without its "\n") as kindRE would.
func kindOf(line []byte) (string, bool) {
	v, ok := bytes.CutPrefix(line, []byte("kind:"))
	if !ok {
		return "", false
	}
	v = bytes.TrimLeft(v, " \t")
	name := func(b []byte) int { // length of the [a-z_]+ run at the start of b
		n := 0
		for n < len(b) && (b[n] >= 'a' && b[n] <= 'z' || b[n] == '_') {
			n++
		}
		return n
	}
	var k []byte
	switch {
	case len(v) > 0 && (v[0] == '"' || v[0] == '\''):
		n := name(v[1:])
		if n == 0 || len(v) < n+2 || v[n+1] != v[0] {
			return "", false
		}
		k, v = v[1:n+1], v[n+2:]
	default:
		n := name(v)
		if n == 0 {
			return "", false
		}
		k, v = v[:n], v[n:]
	}
	v = bytes.TrimLeft(v, " \t")
	switch {
	case len(v) > 0 && v[0] == '#', len(v) == 0, len(v) == 1 && v[0] == '\r':
		return string(k), true
	}
	return "", false
}

func (s *source) parse() (*Rule, error) {
	var head struct {
		Kind string `yaml:"kind"`
	}
	if k, ok := kindLine(s.data); ok {
		// The common block style, read without a second YAML parse.
		head.Kind = k
	} else if err := yaml.Unmarshal(s.data, &head); err != nil {
		// Let the strict decoder name the place.
		head.Kind = ""
		if err := yamlx.Decode(s.file, s.data, &Rule{}); err != nil {
			return nil, s.shift(err)
		}
	}
	mk, ok := kinds[head.Kind]
	if !ok {
		if head.Kind == "" {
			return nil, s.errAt("$", "kind is required: one of %s", strings.Join(Kinds(), ", "))
		}
		return nil, s.errAt("$.kind", "unknown kind %q; kinds are %s", head.Kind, strings.Join(Kinds(), ", "))
	}
	sp := mk()
	if err := yamlx.Decode(s.file, s.data, sp); err != nil {
		return nil, s.shift(err)
	}
	r := sp.base()
	if err := s.common(r); err != nil {
		return nil, err
	}
	c, err := sp.compile(s)
	if err != nil {
		return nil, err
	}
	out := *r // copy the common part out of the spec
	out.check = c
	out.File = s.file
	out.Line = s.offset + firstLine(s.data)
	return &out, nil
}

// firstLine is the number of data's first line that is not blank, a comment or
// "---" (1 when there is none), read in place: splitting a copy of every rule's text
// into lines was a tenth of loading the rule pack.
func firstLine(data []byte) int {
	for n := 1; ; n++ {
		line, rest, more := bytes.Cut(data, []byte("\n"))
		if t := bytes.TrimSpace(line); len(t) > 0 && t[0] != '#' && string(t) != "---" {
			return n
		}
		if !more {
			return 1
		}
		data = rest
	}
}

func (s *source) common(r *Rule) error {
	if r.ID == "" {
		return s.errAt("$", "id is required")
	}
	if !isID(r.ID) {
		return s.errAt("$.id", "id %q must be lower case letters, digits, '.', '_' or '-'", r.ID)
	}
	okArea := false
	for _, a := range Areas {
		okArea = okArea || a == r.Area
	}
	if !okArea {
		return s.errAt("$.area", "area must be one of %s", strings.Join(Areas, ", "))
	}
	if !ValidLevel(r.Level) {
		return s.errAt("$.level", "level must be one of suggestion, warning, error")
	}
	if strings.TrimSpace(r.Message) == "" {
		return s.errAt("$", "message is required")
	}
	r.msg = &message{id: r.ID, src: r.Message}
	if !s.builtin {
		t, err := r.msg.parse()
		if err != nil {
			return s.errAt("$.message", "bad message template: %v", err)
		}
		if err := t.Execute(discard{}, MessageData{}); err != nil {
			return s.errAt("$.message", "bad message template: %v (fields are .Evidence, .Count, .Total, .Percent, .Value, .Limit, .Role, .Words)", err)
		}
	}
	if strings.TrimSpace(r.Why) == "" && strings.TrimSpace(r.Link) == "" {
		return s.errAt("$", "why (or link) is required: say why this matters for an EM role")
	}
	if r.Fix != nil {
		params, ok := rewrite.RuleActions[r.Fix.Action]
		if !ok {
			var names []string
			for n := range rewrite.RuleActions {
				names = append(names, n)
			}
			sort.Strings(names)
			return s.errAt("$.fix.action", "unknown fix action %q; actions are %s", r.Fix.Action, strings.Join(names, ", "))
		}
		keys := make([]string, 0, len(r.Fix.Params))
		for k := range r.Fix.Params {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			if _, ok := params[k]; !ok {
				return s.errAt("$.fix.params."+k, "fix %s takes no parameter %q", r.Fix.Action, k)
			}
		}
		for k, req := range params {
			if _, set := r.Fix.Params[k]; req && !set {
				return s.errAt("$.fix", "fix %s needs params.%s", r.Fix.Action, k)
			}
		}
		if w := r.Fix.Params["where"]; w != "" && w != "start" && w != "end" {
			return s.errAt("$.fix.params.where", "where must be start or end")
		}
	}
	return nil
}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }
