package report

import (
	"bytes"
	"fmt"
	"io"
	"reflect"
	"strings"
	"unicode/utf8"
)

// Output hygiene, in one place: every string of a batch comes from a document or a file
// name, so New's writers see a copy made safe for their format first.
//
//   - JSON and SARIF keep the value: invalid UTF-8 becomes U+FFFD, and the encoded
//     output has every C0, C1, DEL and bidirectional-control character as \uXXXX (JSON
//     escapes C0 itself), so a terminal or viewer never interprets them.
//   - JUnit (XML, which cannot hold most controls even escaped) shows them as the six
//     characters \uXXXX.
//   - text, Markdown and HTML show a line break as a space and every other control as a
//     visible escape: \x1b for a control character, <U+202E> for a bidirectional control;
//     GitHub annotations keep line breaks (the workflow command encodes them).
//
// Line breaks are controls too, so a file name or a bullet never splits an error or an
// annotation onto a second line.

// unsafeRune tells whether r must not reach output as itself: C0 controls, DEL, C1
// controls, and the characters that reorder or separate lines (bidi embeddings,
// overrides and isolates, marks, line and paragraph separators).
func unsafeRune(r rune) bool {
	switch {
	case r < 0x20, r >= 0x7f && r <= 0x9f:
		return true
	case r == 0x061c, r == 0x200e, r == 0x200f, r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069, r == 0x2028, r == 0x2029:
		return true
	}
	return false
}

// Visible returns s for text, Markdown, GitHub and HTML output: invalid UTF-8 as U+FFFD,
// a line break as a space (none at the end), other controls as \xNN (a tab stays),
// bidirectional controls and separators as <U+NNNN>. A line break is the one control
// that ordinary text holds (a wrapped bullet, a sentence of the rules ending its YAML
// block, a rewrite split in two): shown as a space it still never starts a line.
func Visible(s string) string { return visible(s, "\t") }

// visible is Visible keeping the runes of keep as they are.
func visible(s, keep string) string {
	bad := func(r rune) bool { return unsafeRune(r) && !strings.ContainsRune(keep, r) }
	if utf8.ValidString(s) && strings.IndexFunc(s, bad) < 0 {
		return s
	}
	breaks := !strings.ContainsRune(keep, '\n')
	if breaks {
		s = strings.TrimRight(s, "\r\n")
	}
	var b strings.Builder
	prev := rune(0)
	for _, r := range strings.ToValidUTF8(s, "\uFFFD") {
		switch {
		case !bad(r):
			b.WriteRune(r)
		case breaks && r == '\n' && prev == '\r':
			// \r\n is one break, already written as one space.
		case breaks && (r == '\n' || r == '\r'):
			b.WriteByte(' ')
		case r <= 0xff:
			fmt.Fprintf(&b, `\x%02x`, r)
		default:
			fmt.Fprintf(&b, "<U+%04X>", r)
		}
		prev = r
	}
	return b.String()
}

// escapedText returns s for XML output: invalid UTF-8 as U+FFFD and every unsafe rune
// as the characters \uXXXX.
func escapedText(s string) string {
	if utf8.ValidString(s) && strings.IndexFunc(s, unsafeRune) < 0 {
		return s
	}
	var b strings.Builder
	for _, r := range strings.ToValidUTF8(s, "\uFFFD") {
		if unsafeRune(r) {
			fmt.Fprintf(&b, `\u%04x`, r)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// validText returns s with invalid UTF-8 as U+FFFD.
func validText(s string) string { return strings.ToValidUTF8(s, "\uFFFD") }

// SafeJSON is escapeJSON for JSON that is not a report (the document that
// `resumecheck extract --format json` prints).
func SafeJSON(data []byte) []byte { return escapeJSON(data) }

// escapeJSON rewrites encoded JSON so that every unsafe rune the encoder left as itself
// (DEL, C1, bidirectional controls) is a \uXXXX escape; such runes can only stand inside
// strings, where the escape means the same value.
func escapeJSON(data []byte) []byte {
	clean := true
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == 0x7f || r >= 0x80 && unsafeRune(r) {
			clean = false
			break
		}
		i += n
	}
	if clean {
		return data
	}
	var b bytes.Buffer
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == 0x7f || r >= 0x80 && unsafeRune(r) {
			fmt.Fprintf(&b, `\u%04x`, r)
		} else {
			b.Write(data[i : i+n])
		}
		i += n
	}
	return b.Bytes()
}

// safeWriter is what New returns: the format's writer, given a cleaned copy of the
// batch, and for JSON formats an output whose unsafe runes are escaped.
type safeWriter struct {
	w     Writer
	clean func(string) string
	json  bool
}

func (s *safeWriter) Write(out io.Writer, b *Batch) error {
	b = cleanBatch(b, s.clean)
	if !s.json {
		return s.w.Write(out, b)
	}
	if jw, ok := s.w.(*JSONWriter); ok {
		data, err := jw.encode(b)
		if err != nil {
			return err
		}
		_, err = out.Write(escapeJSON(data))
		return err
	}
	var buf bytes.Buffer
	if err := s.w.Write(&buf, b); err != nil {
		return err
	}
	_, err := out.Write(escapeJSON(buf.Bytes()))
	return err
}

// safe wraps a format's writer with the hygiene its format needs.
func safe(format string, w Writer) Writer {
	switch format {
	case "json", "sarif":
		return &safeWriter{w: w, clean: validText, json: true}
	case "junit":
		return &safeWriter{w: w, clean: escapedText}
	case "github":
		// Workflow commands encode line breaks themselves (%0A), which GitHub shows as
		// breaks inside one annotation.
		return &safeWriter{w: w, clean: func(s string) string { return visible(s, "\t\r\n") }}
	}
	return &safeWriter{w: w, clean: Visible}
}

// cleanBatch returns b with every string passed through f: a copy of every part that
// holds a string f changes, and b's own values everywhere else (the writers change
// nothing they are given: TestWritersLeaveTheBatch), so that the caller's batch is
// never changed. Copying the whole batch was a reflective allocation per value of
// every report, for text that is almost always clean.
func cleanBatch(b *Batch, f func(string) string) *Batch {
	if b == nil {
		return nil
	}
	v, _ := cleanValue(reflect.ValueOf(b), f)
	return v.Interface().(*Batch)
}

// cleanValue returns v with f applied to its strings, and whether that changed any:
// v itself when it did not, else a copy whose unchanged parts are v's.
func cleanValue(v reflect.Value, f func(string) string) (reflect.Value, bool) {
	switch v.Kind() {
	case reflect.String:
		s := v.String()
		if c := f(s); c != s {
			return reflect.ValueOf(c).Convert(v.Type()), true
		}
	case reflect.Pointer, reflect.Interface:
		if v.IsNil() {
			return v, false
		}
		e, changed := cleanValue(v.Elem(), f)
		if !changed {
			return v, false
		}
		if v.Kind() == reflect.Pointer {
			n := reflect.New(v.Type().Elem())
			n.Elem().Set(e)
			return n, true
		}
		n := reflect.New(v.Type()).Elem()
		n.Set(e)
		return n, true
	case reflect.Struct:
		var n reflect.Value
		for i := 0; i < v.NumField(); i++ {
			if !v.Type().Field(i).IsExported() {
				continue
			}
			c, changed := cleanValue(v.Field(i), f)
			if !changed {
				continue
			}
			if !n.IsValid() {
				n = reflect.New(v.Type()).Elem()
				n.Set(v)
			}
			n.Field(i).Set(c)
		}
		if n.IsValid() {
			return n, true
		}
	case reflect.Slice:
		if v.IsNil() || v.Type().Elem().Kind() == reflect.Uint8 {
			return v, false
		}
		var n reflect.Value
		for i := 0; i < v.Len(); i++ {
			c, changed := cleanValue(v.Index(i), f)
			if !changed {
				continue
			}
			if !n.IsValid() {
				n = reflect.MakeSlice(v.Type(), v.Len(), v.Len())
				reflect.Copy(n, v)
			}
			n.Index(i).Set(c)
		}
		if n.IsValid() {
			return n, true
		}
	case reflect.Map:
		if v.IsNil() {
			return v, false
		}
		changedAny := false
		it := v.MapRange()
		for it.Next() {
			_, ck := cleanValue(it.Key(), f)
			_, cv := cleanValue(it.Value(), f)
			if ck || cv {
				changedAny = true
				break
			}
		}
		if !changedAny {
			return v, false
		}
		n := reflect.MakeMapWithSize(v.Type(), v.Len())
		it = v.MapRange()
		for it.Next() {
			k, _ := cleanValue(it.Key(), f)
			e, _ := cleanValue(it.Value(), f)
			n.SetMapIndex(k, e)
		}
		return n, true
	}
	return v, false
}
