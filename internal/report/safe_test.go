package report

import (
	"bytes"
	"encoding/json"
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
