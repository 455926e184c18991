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
	b = prepare(b, jw.Opts)
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	// Résumé text is data, not markup; keeping < > & readable makes the JSON easier to
	// read and diff. Consumers that paste it into HTML must escape it themselves.
	enc.SetEscapeHTML(false)
	if isSingle(b) {
		return enc.Encode(normalReport(b.Reports[0], jw.Opts))
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
	return enc.Encode(&nb)
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
