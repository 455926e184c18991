// Package yamlx decodes the YAML files users write (rules, lexicons, configs) strictly,
// and reports every problem as "file:line:column: message".
package yamlx

import (
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"strings"

	yaml "github.com/goccy/go-yaml"
	"github.com/goccy/go-yaml/parser"
)

// Error is a problem in a YAML file, with its place.
type Error struct {
	File   string
	Line   int
	Column int
	Msg    string
}

// Error is one line whatever the file holds: a key with a line break in it ("0\n00
// kind") is shown escaped.
func (e *Error) Error() string {
	if e.Line > 0 {
		return oneLine(fmt.Sprintf("%s:%d:%d: %s", e.File, e.Line, e.Column, e.Msg))
	}
	return oneLine(fmt.Sprintf("%s: %s", e.File, e.Msg))
}

// oneLine escapes control characters, as Go would write them in a quoted string.
func oneLine(s string) string {
	if strings.IndexFunc(s, isControl) < 0 {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if isControl(r) {
			q := strconv.QuoteRune(r)
			b.WriteString(q[1 : len(q)-1])
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

func isControl(r rune) bool { return r < 0x20 || r == 0x7f || r == 0x85 || r == 0x2028 || r == 0x2029 }

// Decode decodes data into v, refusing unknown keys and values of the wrong type. A
// panic inside the YAML library becomes an error naming the file.
func Decode(file string, data []byte, v any) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = &Error{File: file, Msg: fmt.Sprintf("cannot parse YAML (%v)", r)}
		}
	}()
	off, record := recording()
	if !off && fromSnapshot(data, v) {
		return nil
	}
	zero := record != nil && isZeroPointee(v)
	if err := checkLimits(file, data); err != nil {
		return err
	}
	if err := yaml.UnmarshalWithOptions(data, v, yaml.DisallowUnknownField()); err != nil {
		return wrap(file, err)
	}
	if zero {
		record(file, data, v)
	}
	return nil
}

func isZeroPointee(v any) bool {
	rv := reflect.ValueOf(v)
	return rv.Kind() == reflect.Pointer && !rv.IsNil() && rv.Elem().IsZero()
}

func wrap(file string, err error) error {
	var ye yaml.Error
	if errors.As(err, &ye) {
		e := &Error{File: file, Msg: ye.GetMessage()}
		if tk := ye.GetToken(); tk != nil && tk.Position != nil {
			e.Line, e.Column = tk.Position.Line, tk.Position.Column
		}
		return e
	}
	return &Error{File: file, Msg: err.Error()}
}

// At returns an Error placed at the value found by path (a YAML path such as
// "$.level" or "$.examples.match[2]"), or at the top of the file when the path is not
// there. Use it for semantic checks that the decoder cannot make.
func At(file string, data []byte, path string, format string, args ...any) *Error {
	e := &Error{File: file, Msg: fmt.Sprintf(format, args...)}
	line, col := Position(data, path)
	e.Line, e.Column = line, col
	return e
}

// Position returns the line and column of the value at path, or 0, 0.
func Position(data []byte, path string) (line, col int) {
	defer func() { _ = recover() }()
	p, err := yaml.PathString(path)
	if err != nil {
		return 0, 0
	}
	f, err := parser.ParseBytes(data, 0)
	if err != nil {
		return 0, 0
	}
	n, err := p.FilterFile(f)
	if err != nil || n == nil {
		return 0, 0
	}
	tk := n.GetToken()
	if tk == nil || tk.Position == nil {
		return 0, 0
	}
	return tk.Position.Line, tk.Position.Column
}
