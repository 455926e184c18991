package report

import (
	"encoding/json"
	"io"
)

// JSONWriter prints the report as JSON (schema/report.schema.json). A one-file run gives
// the Report object; a batch (more than one file, or any file that failed) gives the
// Batch object. Both carry schema_version.
type JSONWriter struct{ Opts Options }

var _ Writer = (*JSONWriter)(nil)

// Write prints the batch. encoding/json sorts map keys and the report's slices are
// already in reading or rank order, so the same report always gives the same bytes.
func (jw *JSONWriter) Write(w io.Writer, b *Batch) error {
	out, err := jw.encode(b)
	if err != nil {
		return err
	}
	_, err = w.Write(out)
	return err
}

// encode returns what Write prints.
func (jw *JSONWriter) encode(b *Batch) ([]byte, error) {
	r, nb := jw.document(b)
	if r != nil {
		return marshalIndented(r.jsonValue())
	}
	return marshalIndented(nb)
}

// document is what Write prints: one report for a one-file run, else the batch.
func (jw *JSONWriter) document(b *Batch) (*Report, *Batch) {
	b = prepare(b, jw.Opts)
	if isSingle(b) {
		return normalReport(b.Reports[0], jw.Opts), nil
	}
	nb := *b
	if nb.SchemaVersion == "" {
		nb.SchemaVersion = SchemaVersion
	}
	if nb.Tool.Name == "" {
		nb.Tool = Tool{Name: "resumecheck", Version: jw.Opts.Version}
	}
	nb.Reports = make([]*Report, len(b.Reports))
	for i, r := range b.Reports {
		nb.Reports[i] = normalReport(r, jw.Opts)
	}
	if nb.Errors == nil {
		nb.Errors = []FileError{}
	}
	return nil, &nb
}

// marshalIndented encodes v as an encoding/json Encoder with SetIndent("", "  ") and
// SetEscapeHTML(false) would, newline included: résumé text is data, not markup, and
// keeping < > & readable makes the JSON easier to read and diff (consumers that paste
// it into HTML must escape it themselves). The Encoder writes compact JSON and
// indents it with its own scanner, a step per byte through a state function, into a
// buffer grown by doubling; appendIndented does the same in one plain loop into a
// buffer allocated once (for a corpus PDF's 50-80 KB report that indenting was over a
// millisecond of the parent's CPU).
func marshalIndented(v any) ([]byte, error) {
	var iw indentWriter
	enc := json.NewEncoder(&iw)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return iw.out, nil
}

// indentWriter indents what an Encoder writes (one compact value and a newline per
// Encode) as it is written, so the compact bytes are not copied first.
type indentWriter struct{ out []byte }

func (iw *indentWriter) Write(p []byte) (int, error) {
	if iw.out == nil {
		iw.out = make([]byte, 0, 2*len(p))
	}
	iw.out = appendIndented(iw.out, p)
	return len(p), nil
}

// appendIndented appends src, compact JSON as encoding/json writes it, indented as
// json.Indent(dst, src, "", "  ") indents it: a line per member and element, two
// spaces a level, ": " after a key, an empty object or array as {} or [], whitespace
// between tokens dropped and whitespace after the value kept. src must be valid JSON
// (it comes from an Encoder); TestAppendIndentedAgreesWithIndent and
// FuzzAppendIndented hold it to json.Indent.
func appendIndented(dst, src []byte) []byte {
	depth := 0
	opened := false // the last token opened an object or array: its first line is not written yet
	started := false
	for i := 0; i < len(src); i++ {
		c := src[i]
		switch c {
		case ' ', '\t', '\r', '\n':
			// Between tokens a space is dropped; after the top-level value it is kept.
			if started && depth == 0 && !opened {
				dst = append(dst, c)
			}
			continue
		case '}', ']':
			if opened {
				opened = false
			} else {
				depth--
				dst = newline(dst, depth)
			}
			dst = append(dst, c)
			continue
		}
		if opened {
			opened = false
			depth++
			dst = newline(dst, depth)
		}
		started = true
		switch c {
		case '{', '[':
			opened = true
			dst = append(dst, c)
		case ',':
			dst = append(dst, c)
			dst = newline(dst, depth)
		case ':':
			dst = append(dst, ':', ' ')
		case '"':
			j := i + 1
			for j < len(src) && src[j] != '"' {
				if src[j] == '\\' {
					j++
				}
				j++
			}
			j = min(j+1, len(src))
			dst = append(dst, src[i:j]...)
			i = j - 1
		default:
			dst = append(dst, c)
		}
	}
	return dst
}

// newline starts a line indented depth levels.
func newline(dst []byte, depth int) []byte {
	dst = append(dst, '\n')
	for range depth {
		dst = append(dst, ' ', ' ')
	}
	return dst
}

// normalReport returns a shallow copy with the version fields filled and nil lists as
// empty lists, so consumers always see arrays where the schema promises them.
func normalReport(r *Report, opts Options) *Report {
	n := *r
	if n.SchemaVersion == "" {
		n.SchemaVersion = SchemaVersion
	}
	if n.Tool.Name == "" {
		n.Tool.Name = "resumecheck"
	}
	if n.Tool.Version == "" {
		n.Tool.Version = opts.Version
	}
	n.Status = statusOf(r)
	n.Findings = nonNil(n.Findings)
	if n.Areas == nil {
		n.Areas = map[string]int{}
	}
	// Copy the lists whose elements are changed so the caller's report stays as it was.
	n.AreaDetails = append([]Area{}, n.AreaDetails...)
	for i := range n.AreaDetails {
		n.AreaDetails[i].Facts = nonNil(n.AreaDetails[i].Facts)
	}
	n.TopChanges = nonNil(n.TopChanges)
	n.RoleSuggestions = nonNil(n.RoleSuggestions)
	n.Interview = nonNil(n.Interview)
	n.Bullets = append([]Bullet{}, n.Bullets...)
	for i := range n.Bullets {
		if s := n.Bullets[i].Suggestion; s != nil {
			c := *s
			c.Actions, c.Rules = nonNil(c.Actions), nonNil(c.Rules)
			n.Bullets[i].Suggestion = &c
		}
	}
	return &n
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// statusOf is a report's status, pass for a scored report made without thresholds.
func statusOf(r *Report) string {
	if r.Status == "" {
		return StatusPass
	}
	return r.Status
}
