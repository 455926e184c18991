package report

import (
	"bytes"
	"encoding/json"
	"io"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

// payload holds what a crafted document or file name can carry: ESC sequences (colour,
// OSC title), BEL, a C1 control (CSI), DEL, a right-to-left override, a line break and
// an invalid UTF-8 byte.
const payload = "Eve\x1b[31mRED\x1b]0;pwned\x07\u009b2J\x7f\u202Egnp.exe\nFAKE: 100/100\xff"

// rawBytes are the byte sequences that must never reach output as themselves.
var rawBytes = []string{"\x1b", "\x07", "\u009b", "\x7f", "\u202e", "\xff"}

func payloadBatch() *Batch {
	r := secondReport()
	r.File = "cv/" + payload + ".md"
	r.Document.Contact.Name = payload
	if len(r.Bullets) > 0 {
		r.Bullets[0].Text = payload
	}
	return &Batch{SchemaVersion: SchemaVersion, Tool: r.Tool, Reports: []*Report{r},
		Errors: []FileError{{File: payload + ".pdf", Error: payload + ".pdf: the PDF could not be read"}}}
}

// No format prints a control character, a bidirectional override or invalid UTF-8 from
// a document or a file name; machine formats keep the value (escaped), the others show
// a visible escape, and the caller's batch is left as it was.
func TestNoRawControlsInAnyFormat(t *testing.T) {
	for _, format := range Formats() {
		b := payloadBatch()
		out := render(t, format, Options{Verbose: true}, b)
		if !utf8.Valid(out) {
			t.Errorf("%s: output is not valid UTF-8", format)
		}
		for _, raw := range rawBytes {
			if bytes.Contains(out, []byte(raw)) {
				t.Errorf("%s: output holds %q raw", format, raw)
			}
		}
		if b.Reports[0].Document.Contact.Name != payload {
			t.Errorf("%s: the caller's batch was changed", format)
		}
		switch format {
		case "json", "sarif":
			if format == "json" {
				var got Batch
				if err := json.Unmarshal(out, &got); err != nil {
					t.Fatalf("json: %v", err)
				}
				want := strings.ToValidUTF8(payload, "\uFFFD")
				if got.Reports[0].Document.Contact.Name != want {
					t.Errorf("json: name %q, want the value kept: %q", got.Reports[0].Document.Contact.Name, want)
				}
			}
			for _, esc := range []string{`\u001b`, `\u0007`, `\u009b`, `\u007f`, `\u202e`} {
				if !bytes.Contains(out, []byte(esc)) {
					t.Errorf("%s: no %s escape", format, esc)
				}
			}
		case "junit":
			for _, esc := range []string{`\u001b`, `\u202e`} {
				if !bytes.Contains(out, []byte(esc)) {
					t.Errorf("%s: no %s escape", format, esc)
				}
			}
		default:
			esc := []string{`\x1b`, `\x07`, `\x9b`, `\x7f`}
			if format == "html" {
				esc = append(esc, "&lt;U+202E&gt;")
			} else {
				esc = append(esc, "<U+202E>", `\<U+202E\>`)
			}
			found := 0
			for _, e := range esc {
				if bytes.Contains(out, []byte(e)) {
					found++
				}
			}
			if found < 4 {
				t.Errorf("%s: visible escapes missing (found %d of %v)", format, found, esc)
			}
		}
		// The forged line never starts a line of its own.
		for _, line := range strings.Split(string(out), "\n") {
			if strings.HasPrefix(strings.TrimSpace(line), "FAKE: 100/100") {
				t.Errorf("%s: a line break in a name started a line: %q", format, line)
			}
		}
	}
}

func TestVisible(t *testing.T) {
	for in, want := range map[string]string{
		"plain":               "plain",
		"tab\tkept":           "tab\tkept",
		"a\x1b[0mb":           `a\x1b[0mb`,
		"line\nbreak":         "line break",
		"crlf\r\nbreak":       "crlf break",
		"lone\rreturn":        "lone return",
		"ends\n":              "ends",
		"c0\x00nul\n":         `c0\x00nul`,
		"rtl\u202Eexe":        "rtl<U+202E>exe",
		"bad\xffbyte":         "bad\uFFFDbyte",
		"c1\u0085next":        `c1\x85next`,
		"caf\u00e9 \u00fcber": "caf\u00e9 \u00fcber",
	} {
		if got := Visible(in); got != want {
			t.Errorf("Visible(%q) = %q, want %q", in, got, want)
		}
	}
}

// FuzzVisible: whatever a document holds, Visible gives valid UTF-8 without a control
// character (a tab aside) or a bidirectional control, and escapeJSON leaves none of the
// runes JSON would keep raw.
func FuzzVisible(f *testing.F) {
	f.Add(payload)
	f.Add("plain text")
	f.Add("\xff\xfe\u202e\x1b[0m\x85")
	f.Fuzz(func(t *testing.T, s string) {
		v := Visible(s)
		if !utf8.ValidString(v) {
			t.Fatalf("Visible(%q) = %q is not valid UTF-8", s, v)
		}
		for _, r := range v {
			if r != '\t' && unsafeRune(r) {
				t.Fatalf("Visible(%q) = %q holds %U", s, v, r)
			}
		}
		data, err := json.Marshal(s)
		if err != nil {
			t.Fatal(err)
		}
		esc := escapeJSON(data)
		var want, back string
		if err := json.Unmarshal(data, &want); err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(esc, &back); err != nil || back != want {
			t.Fatalf("escaped JSON %s decodes to %q, %v; want %q", esc, back, err, want)
		}
		for _, r := range string(esc) {
			if unsafeRune(r) {
				t.Fatalf("escaped JSON %s holds %U", esc, r)
			}
		}
	})
}

// TestWritersLeaveTheBatch: every format, with every option that changes what is
// written, leaves the batch it is given as it was, whether its text is clean (the safe
// writer then hands the format's writer the batch's own values) or not.
func TestWritersLeaveTheBatch(t *testing.T) {
	for _, b := range []*Batch{Single(fixtureReport(normalText)), fixtureBatch(), Single(fixtureReport(payloadText))} {
		before := deepCopy(reflect.ValueOf(b)).Interface().(*Batch)
		for _, f := range append(Formats(), "sarif", "junit", "github") {
			for _, o := range []Options{{}, {Redact: true}, {Quiet: true}, {Verbose: true, Color: true, Width: 60}} {
				w, err := New(f, o)
				if err != nil {
					t.Fatal(err)
				}
				if err := w.Write(io.Discard, b); err != nil {
					t.Fatal(err)
				}
				if !reflect.DeepEqual(before, b) {
					t.Fatalf("%s %+v: the batch was changed", f, o)
				}
			}
		}
	}
}

// deepCopy copies every pointer, slice and map of v.
func deepCopy(v reflect.Value) reflect.Value {
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			return v
		}
		n := reflect.New(v.Type().Elem())
		n.Elem().Set(deepCopy(v.Elem()))
		return n
	case reflect.Interface:
		if v.IsNil() {
			return v
		}
		n := reflect.New(v.Type()).Elem()
		n.Set(deepCopy(v.Elem()))
		return n
	case reflect.Struct:
		n := reflect.New(v.Type()).Elem()
		n.Set(v)
		for i := 0; i < v.NumField(); i++ {
			if n.Field(i).CanSet() {
				n.Field(i).Set(deepCopy(v.Field(i)))
			}
		}
		return n
	case reflect.Slice:
		if v.IsNil() {
			return v
		}
		n := reflect.MakeSlice(v.Type(), v.Len(), v.Len())
		for i := 0; i < v.Len(); i++ {
			n.Index(i).Set(deepCopy(v.Index(i)))
		}
		return n
	case reflect.Map:
		if v.IsNil() {
			return v
		}
		n := reflect.MakeMapWithSize(v.Type(), v.Len())
		it := v.MapRange()
		for it.Next() {
			n.SetMapIndex(deepCopy(it.Key()), deepCopy(it.Value()))
		}
		return n
	}
	return v
}
