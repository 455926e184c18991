package report

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// Options are the choices the CLI makes for every writer. Writers ignore the options
// that do not apply to them (JSON has no colour).
type Options struct {
	// Color turns on ANSI colour in the text writer. The CLI sets it only when standard
	// output is a terminal and NO_COLOR is unset.
	Color bool
	// Width is the column the text writer wraps at; 0 means 80.
	Width int
	// Quiet prints one summary line per file; Verbose adds every signal of every bullet.
	Quiet, Verbose bool
	// Redact replaces contact details before anything is written (see Redact).
	Redact bool
	// Version is the tool version shown in footers when the report does not carry one.
	Version string
}

// Writer prints a batch of reports in one format. A batch with one report and no errors
// is a single-file run and writers print it as such.
type Writer interface {
	Write(w io.Writer, b *Batch) error
}

// formats maps a format name to its constructor. Adding a format is one file with a
// type that implements Writer plus one line here.
var formats = map[string]func(Options) Writer{
	"text":     func(o Options) Writer { return &TextWriter{Opts: o} },
	"json":     func(o Options) Writer { return &JSONWriter{Opts: o} },
	"markdown": func(o Options) Writer { return &MarkdownWriter{Opts: o} },
	"html":     func(o Options) Writer { return &HTMLWriter{Opts: o} },
}

// Formats lists the format names New accepts, sorted.
func Formats() []string {
	names := make([]string, 0, len(formats))
	for n := range formats {
		names = append(names, n)
	}
	slices.Sort(names)
	return names
}

// New returns the writer for a format name.
func New(format string, opts Options) (Writer, error) {
	name := strings.ToLower(strings.TrimSpace(format))
	mk, ok := formats[name]
	if !ok {
		return nil, fmt.Errorf("unknown report format %q; use one of %s", format, strings.Join(Formats(), ", "))
	}
	return safe(name, mk(opts)), nil
}

// ListsRules reports whether the format writes Batch.Rules (the description of every
// enabled rule): SARIF and JUnit do; the others show only the findings, and write the
// same with or without Rules (TestOnlyListingFormatsReadRules).
func ListsRules(format string) bool {
	switch strings.ToLower(strings.TrimSpace(format)) {
	case "sarif", "junit":
		return true
	}
	return false
}

// Single wraps one report in a batch, the shape every writer takes.
func Single(r *Report) *Batch {
	return &Batch{SchemaVersion: SchemaVersion, Tool: r.Tool, Reports: []*Report{r}}
}

// isSingle reports whether a batch is a one-file run that writers print as one report.
func isSingle(b *Batch) bool {
	return len(b.Reports) == 1 && len(b.Errors) == 0
}

// prepare applies the options every writer shares (redaction) and never changes the
// caller's batch.
func prepare(b *Batch, opts Options) *Batch {
	if b == nil {
		b = &Batch{}
	}
	if slices.Contains(b.Reports, nil) {
		c := *b
		c.Reports = slices.DeleteFunc(slices.Clone(b.Reports), func(r *Report) bool { return r == nil })
		b = &c
	}
	if opts.Redact {
		return Redact(b)
	}
	return b
}

// toolLine names the program in footers.
func toolLine(t Tool, opts Options) string {
	name := t.Name
	if name == "" {
		name = "resumecheck"
	}
	v := t.Version
	if v == "" {
		v = opts.Version
	}
	if v == "" {
		return name
	}
	return name + " " + v
}

// WriteFileAtomic writes a file through a temporary file in the same directory and a
// rename, so that a reader (or a crash) never sees half a report and an earlier report
// stays intact when writing fails.
func WriteFileAtomic(path string, write func(io.Writer) error) (err error) {
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	f, err := os.CreateTemp(dir, "."+base+".tmp-*")
	if err != nil {
		return fmt.Errorf("%s: cannot write report: %w; check that the directory exists and is writable", path, err)
	}
	tmp := f.Name()
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(tmp)
		}
	}()
	if err = write(f); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	if err = f.Sync(); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	if err = f.Close(); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	// CreateTemp makes the file private (0600); a report is an ordinary document.
	if err = os.Chmod(tmp, 0o644); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	if err = os.Rename(tmp, path); err != nil {
		return fmt.Errorf("%s: cannot replace the report: %w", path, err)
	}
	return nil
}

// WriteDir writes an HTML batch into dir: one page per résumé and an index.html with a
// sortable table that links to them. Page names come from the input file names, made
// unique and safe for any file system.
func WriteDir(dir string, b *Batch, opts Options) error {
	if dir == "" {
		return errors.New("no output directory given; pass --output-dir DIR")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("%s: cannot create the output directory: %w", dir, err)
	}
	b = cleanBatch(prepare(b, opts), Visible)
	opts.Redact = false // done once above
	hw := &HTMLWriter{Opts: opts}
	names := pageNames(b.Reports)
	for i, r := range b.Reports {
		err := WriteFileAtomic(filepath.Join(dir, names[i]), func(w io.Writer) error {
			return hw.writePage(w, r, "index.html")
		})
		if err != nil {
			return err
		}
	}
	return WriteFileAtomic(filepath.Join(dir, "index.html"), func(w io.Writer) error {
		return hw.writeIndex(w, b, names)
	})
}

// pageNames gives each report a file name derived from its input file: lower-case
// letters, digits and dashes, unique within the batch, never "index.html".
func pageNames(reports []*Report) []string {
	used := map[string]bool{"index": true}
	names := make([]string, len(reports))
	for i, r := range reports {
		base := slug(strings.TrimSuffix(filepath.Base(r.File), filepath.Ext(r.File)))
		if base == "" {
			base = "resume"
		}
		name := base
		for n := 2; used[name]; n++ {
			name = fmt.Sprintf("%s-%d", base, n)
		}
		used[name] = true
		names[i] = name + ".html"
	}
	return names
}

func slug(s string) string {
	var sb strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			sb.WriteRune(r)
			dash = false
		default:
			if !dash && sb.Len() > 0 {
				sb.WriteByte('-')
				dash = true
			}
		}
		if sb.Len() >= 60 {
			break
		}
	}
	return strings.TrimRight(sb.String(), "-")
}
