package jsonresume

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"github.com/resumecheck/resumecheck/internal/extract/limit"
	"io"
	"strconv"
	"strings"
)

// SyntaxError is malformed JSON, placed by line and column (1-based).
type SyntaxError struct {
	Line, Column int
	Msg          string
}

func (e *SyntaxError) Error() string {
	return fmt.Sprintf("line %d, column %d: %s", e.Line, e.Column, e.Msg)
}

// node is a JSON value that keeps the order of object keys, so sections come out in
// the order the author wrote them.
type node struct {
	kind byte // 'o' object, 'a' array, 's' string, 'n' number, 'b' bool, 'z' null
	str  string
	keys []string
	vals map[string]*node
	arr  []*node
}

// maxNesting bounds how deep a document may nest; JSON Resume needs 4.
const maxNesting = 200

// parse decodes data into a node tree, reporting syntax errors by line and column.
func parse(data []byte) (*node, error) {
	var in io.Reader = bytes.NewReader(data)
	if cut := longStringAt(data, limit.MaxJSONString); cut >= 0 {
		// The decoder would read the whole over-long text before its length could be
		// judged (seconds and hundreds of MB for a crafted file): it is handed the data up
		// to well inside that text, then errLongString, which the value being read turns
		// into the refusal naming its path.
		in = io.MultiReader(bytes.NewReader(data[:cut]), errorReader{errLongString})
	}
	dec := json.NewDecoder(in)
	dec.UseNumber()
	n, err := readValue(dec, 0, "$")
	var le *limit.Error
	if errors.As(err, &le) {
		return nil, err
	}
	if err != nil {
		return nil, place(data, dec.InputOffset(), err)
	}
	end := dec.InputOffset()
	if _, err := dec.Token(); err != io.EOF {
		if err == nil {
			// Point at the extra value, past the white space after the first one.
			for end < int64(len(data)) && strings.ContainsRune(" \t\r\n", rune(data[end])) {
				end++
			}
			return nil, place(data, end, errors.New("more data after the top-level value"))
		}
		return nil, place(data, dec.InputOffset(), err)
	}
	return n, nil
}

// errLongString stops the decoder inside a text longer than limit.MaxJSONString.
var errLongString = errors.New("over-long text")

type errorReader struct{ err error }

func (r errorReader) Read([]byte) (int, error) { return 0, r.err }

// longStringAt returns an offset inside the first string literal of data whose decoded
// text must exceed max bytes, or -1. An escape decodes to at least one byte from at most
// six (\uXXXX), so a literal of more than 6*max raw bytes decodes to more than max: the
// offset is that far in, and the decoder never reads the rest.
func longStringAt(data []byte, max int) int {
	raw := 6*max + 6
	in, start := false, 0
	for i := 0; i < len(data); i++ {
		c := data[i]
		if !in {
			if c == '"' {
				in, start = true, i+1
			}
			continue
		}
		switch c {
		case '\\':
			i++
		case '"':
			in = false
			continue
		}
		if i-start > raw {
			return i
		}
	}
	return -1
}

// place turns a decoding error into a SyntaxError with a line and column.
func place(data []byte, off int64, err error) error {
	// json.SyntaxError.Offset is the index of the offending byte for most errors but
	// the start of the token for a bad literal; the decoder's input offset is then
	// further on. The larger of the two points into the bad token.
	var se *json.SyntaxError
	if errors.As(err, &se) {
		off = max(se.Offset, off)
	}
	if err == io.EOF || errors.Is(err, io.ErrUnexpectedEOF) {
		off = int64(len(data))
		err = errors.New("unexpected end of data (truncated file?)")
	}
	off = min(max(off, 0), int64(len(data)))
	line := 1 + bytes.Count(data[:off], []byte{'\n'})
	col := int(off) - bytes.LastIndexByte(data[:off], '\n')
	if col < 1 {
		col = 1
	}
	msg := err.Error()
	msg = strings.TrimPrefix(msg, "json: ")
	return &SyntaxError{Line: line, Column: col, Msg: msg}
}

func longString(path string) error {
	return limit.Exceeded("%s: a text of more than %d bytes, which no résumé needs", path, limit.MaxJSONString)
}

// readValue reads one value; path names it in a refusal ("$.work[3].summary").
func readValue(dec *json.Decoder, depth int, path string) (*node, error) {
	if depth > maxNesting {
		return nil, errors.New("values nested too deeply")
	}
	tok, err := dec.Token()
	if errors.Is(err, errLongString) {
		return nil, longString(path)
	}
	if err != nil {
		return nil, err
	}
	switch t := tok.(type) {
	case json.Delim:
		switch t {
		case '{':
			n := &node{kind: 'o', vals: map[string]*node{}}
			for dec.More() {
				kt, err := dec.Token()
				if errors.Is(err, errLongString) {
					return nil, longString(path + " (a key)")
				}
				if err != nil {
					return nil, err
				}
				k, ok := kt.(string)
				if !ok {
					return nil, errors.New("object key is not a string")
				}
				if len(n.keys) >= limit.MaxJSONEntries {
					return nil, limit.Exceeded("%s: more than %d entries, which no résumé needs", path, limit.MaxJSONEntries)
				}
				v, err := readValue(dec, depth+1, path+"."+k)
				if err != nil {
					return nil, err
				}
				if _, dup := n.vals[k]; !dup {
					n.keys = append(n.keys, k)
				}
				n.vals[k] = v // the last duplicate wins, as in encoding/json
			}
			if _, err := dec.Token(); err != nil {
				return nil, err
			}
			return n, nil
		case '[':
			n := &node{kind: 'a'}
			for dec.More() {
				if len(n.arr) >= limit.MaxJSONEntries {
					return nil, limit.Exceeded("%s: more than %d entries, which no résumé needs", path, limit.MaxJSONEntries)
				}
				v, err := readValue(dec, depth+1, fmt.Sprintf("%s[%d]", path, len(n.arr)))
				if err != nil {
					return nil, err
				}
				n.arr = append(n.arr, v)
			}
			if _, err := dec.Token(); err != nil {
				return nil, err
			}
			return n, nil
		}
		return nil, fmt.Errorf("unexpected %q", rune(t))
	case string:
		if len(t) > limit.MaxJSONString {
			return nil, longString(path)
		}
		return &node{kind: 's', str: t}, nil
	case json.Number:
		return &node{kind: 'n', str: t.String()}, nil
	case bool:
		return &node{kind: 'b', str: strconv.FormatBool(t)}, nil
	case nil:
		return &node{kind: 'z'}, nil
	}
	return nil, fmt.Errorf("unexpected token %v", tok)
}

// get returns the member k of an object (nil when absent or not an object).
func (n *node) get(k string) *node {
	if n == nil || n.kind != 'o' {
		return nil
	}
	return n.vals[k]
}

// s returns the first of the keys holding a scalar, as trimmed text. Numbers and
// booleans are accepted where strings belong ("gpa": 3.5).
func (n *node) s(keys ...string) string {
	for _, k := range keys {
		if v := n.get(k); v != nil && (v.kind == 's' || v.kind == 'n' || v.kind == 'b') {
			if t := strings.TrimSpace(v.str); t != "" {
				return t
			}
		}
	}
	return ""
}

// key returns the first of keys that holds a non-empty scalar, for building paths.
func (n *node) key(keys ...string) string {
	for _, k := range keys {
		if v := n.get(k); v != nil && (v.kind == 's' || v.kind == 'n' || v.kind == 'b') && strings.TrimSpace(v.str) != "" {
			return k
		}
	}
	return keys[0]
}

// list returns an array's elements, or nil.
func (n *node) list(k string) []*node {
	v := n.get(k)
	if v == nil || v.kind != 'a' {
		return nil
	}
	return v.arr
}

// strs returns the scalar elements of an array as text with their indices.
func (n *node) strs(k string) (out []string, idx []int) {
	for i, v := range n.list(k) {
		if v.kind == 's' || v.kind == 'n' {
			if t := strings.TrimSpace(v.str); t != "" {
				out = append(out, t)
				idx = append(idx, i)
			}
		}
	}
	return out, idx
}

// escape encodes a key as a JSON-pointer reference token (RFC 6901).
func escape(k string) string {
	return strings.ReplaceAll(strings.ReplaceAll(k, "~", "~0"), "/", "~1")
}
