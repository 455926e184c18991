// Package lazyregexp holds regular expressions that are compiled at their first use,
// not at package init: every process of the CLI (the parent that hands files to workers
// as well as the workers) runs every package's init, and most expressions of a package
// serve one input format or one kind of line that a given run may never meet.
package lazyregexp

import (
	"regexp"
	"sync"
)

// Regexp is a regexp.Regexp compiled the first time one of its methods is called.
// The methods are those of regexp.Regexp that the project uses; add one as needed.
type Regexp struct {
	expr string
	once sync.Once
	rx   *regexp.Regexp
}

// declared holds every expression New made, for CompileAll.
var declared struct {
	sync.Mutex
	list []*Regexp
}

// New returns the expression, to be compiled at its first use; it is meant for
// package-level variables. A bad expression panics then, as regexp.MustCompile would
// have at init: CompileAll lets a test find it first.
func New(expr string) *Regexp {
	r := &Regexp{expr: expr}
	declared.Lock()
	declared.list = append(declared.list, r)
	declared.Unlock()
	return r
}

// CompileAll compiles every expression made by New in this process (every package
// linked in declares its own at init) and returns how many there are and the first
// error. cmd/resumecheck's TestLazyRegexpsCompile calls it with the whole program linked.
func CompileAll() (int, error) {
	declared.Lock()
	list := append([]*Regexp(nil), declared.list...)
	declared.Unlock()
	for _, r := range list {
		if _, err := regexp.Compile(r.expr); err != nil {
			return len(list), err
		}
	}
	return len(list), nil
}

// Regexp returns the compiled expression.
func (r *Regexp) Regexp() *regexp.Regexp {
	r.once.Do(func() { r.rx = regexp.MustCompile(r.expr) })
	return r.rx
}

// Prepare compiles regular expressions now (each still once per process), for a
// process that knows it will use them and has a core to spare: a worker compiles
// the date and contact expressions every document needs while it waits for its
// first file.
func Prepare(rs ...*Regexp) {
	for _, r := range rs {
		r.Regexp()
	}
}

func (r *Regexp) String() string                       { return r.expr }
func (r *Regexp) MatchString(s string) bool            { return r.Regexp().MatchString(s) }
func (r *Regexp) Match(b []byte) bool                  { return r.Regexp().Match(b) }
func (r *Regexp) FindString(s string) string           { return r.Regexp().FindString(s) }
func (r *Regexp) FindStringIndex(s string) []int       { return r.Regexp().FindStringIndex(s) }
func (r *Regexp) FindStringSubmatch(s string) []string { return r.Regexp().FindStringSubmatch(s) }
func (r *Regexp) FindSubmatch(b []byte) [][]byte       { return r.Regexp().FindSubmatch(b) }
func (r *Regexp) FindStringSubmatchIndex(s string) []int {
	return r.Regexp().FindStringSubmatchIndex(s)
}
func (r *Regexp) FindAllString(s string, n int) []string { return r.Regexp().FindAllString(s, n) }
func (r *Regexp) FindAllStringIndex(s string, n int) [][]int {
	return r.Regexp().FindAllStringIndex(s, n)
}
func (r *Regexp) FindAllStringSubmatch(s string, n int) [][]string {
	return r.Regexp().FindAllStringSubmatch(s, n)
}
func (r *Regexp) FindAllStringSubmatchIndex(s string, n int) [][]int {
	return r.Regexp().FindAllStringSubmatchIndex(s, n)
}
func (r *Regexp) ReplaceAllString(src, repl string) string {
	return r.Regexp().ReplaceAllString(src, repl)
}
func (r *Regexp) ReplaceAllLiteralString(src, repl string) string {
	return r.Regexp().ReplaceAllLiteralString(src, repl)
}
func (r *Regexp) ReplaceAllStringFunc(src string, repl func(string) string) string {
	return r.Regexp().ReplaceAllStringFunc(src, repl)
}
func (r *Regexp) Split(s string, n int) []string { return r.Regexp().Split(s, n) }
func (r *Regexp) SubexpNames() []string          { return r.Regexp().SubexpNames() }
func (r *Regexp) SubexpIndex(name string) int    { return r.Regexp().SubexpIndex(name) }
func (r *Regexp) NumSubexp() int                 { return r.Regexp().NumSubexp() }
