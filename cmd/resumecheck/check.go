package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"strconv"
	"strings"
	"time"

	"github.com/urfave/cli/v3"
	"golang.org/x/term"

	"github.com/resumecheck/resumecheck/internal/check"
	"github.com/resumecheck/resumecheck/internal/extract"
	"github.com/resumecheck/resumecheck/internal/report"
	"github.com/resumecheck/resumecheck/internal/worker"
)

var formats = []string{"text", "json", "markdown", "html", "sarif", "junit", "github"}

// fileOutputs are the --output-FORMAT flags: several reports in one run.
var fileOutputs = []string{"json", "markdown", "html", "sarif", "junit"}

func inputFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "pdf-engine", Value: "auto", Usage: "PDF text engine: auto, builtin or pdftotext (auto uses pdftotext only for unreadable text layers)", Sources: env("pdf-engine"), Validator: oneOf("pdf-engine", "auto", "builtin", "pdftotext")},
		&cli.DurationFlag{Name: "timeout", Value: 30 * time.Second, Usage: "time limit per file", Sources: env("timeout")},
		&cli.Int64Flag{Name: "max-size", Value: 25, Usage: "largest input file in MB", Sources: env("max-size")},
		&cli.Int64Flag{Name: "max-memory", Value: worker.DefaultMaxMemory >> 20, Usage: "most memory in MB one worker process may use while checking files (0 = no cap)", Sources: env("max-memory")},
		&cli.IntFlag{Name: "max-pages", Value: 20, Usage: "most pages read from a PDF", Sources: env("max-pages")},
	}
}

func checkFlags() []cli.Flag {
	flags := []cli.Flag{
		&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "text", Usage: "report on standard output: " + strings.Join(formats, ", "), Sources: env("format"), Validator: oneOf("format", formats...)},
		&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "write the --format report to this file instead of standard output", Sources: env("output")},
		&cli.StringFlag{Name: "output-dir", Usage: "write one HTML page per résumé and index.html into this directory", Sources: env("output-dir")},
		&cli.IntFlag{Name: "min-score", Value: -1, Usage: "fail (exit 1) when a file's overall score is below this (0-100)", Sources: env("min-score")},
		&cli.StringFlag{Name: "fail-on", Usage: "fail (exit 1) on a finding at this level or above: suggestion, warning, error, none", Sources: env("fail-on"), Validator: oneOf("fail-on", "suggestion", "warning", "error", "none")},
		&cli.StringFlag{Name: "config", Aliases: []string{"c"}, Usage: "config file (default: .resumecheck.yaml upward from each file, then in $HOME)", Sources: env("config")},
		&cli.BoolFlag{Name: "no-config", Usage: "ignore every config file", Sources: env("no-config")},
		&cli.StringSliceFlag{Name: "rules", Usage: "extra rule directory (adds or overrides rules by id); repeatable", Sources: env("rules")},
		&cli.StringSliceFlag{Name: "disable", Usage: "rule id to disable; repeatable", Sources: env("disable")},
		&cli.IntFlag{Name: "jobs", Aliases: []string{"j"}, Usage: "files checked at once (default: number of CPUs)", Sources: env("jobs")},
		&cli.BoolFlag{Name: "quiet", Aliases: []string{"q"}, Usage: "print only the summary line of each file", Sources: env("quiet")},
		&cli.BoolFlag{Name: "verbose", Aliases: []string{"v"}, Usage: "also print every signal of every bullet", Sources: env("verbose")},
		&cli.BoolFlag{Name: "redact", Usage: "replace contact details (emails, phones, addresses, profile links) in every report", Sources: env("redact")},
		&cli.BoolFlag{Name: "no-color", Usage: "no colour even on a terminal (NO_COLOR works too)", Sources: env("no-color")},
		&cli.BoolFlag{Name: "no-progress", Usage: "no progress bar on standard error", Sources: env("no-progress")},
	}
	for _, f := range fileOutputs {
		flags = append(flags, &cli.StringFlag{Name: "output-" + f, Usage: "also write the " + f + " report to this file", Sources: env("output-" + f)})
	}
	return append(flags, inputFlags()...)
}

func oneOf(flag string, values ...string) func(string) error {
	return func(v string) error {
		for _, ok := range values {
			if v == ok {
				return nil
			}
		}
		return fmt.Errorf("--%s must be one of %s, not %q", flag, strings.Join(values, ", "), v)
	}
}

func extractOptions(cmd *cli.Command) extract.Options {
	return extract.Options{
		PDFEngine: cmd.String("pdf-engine"),
		MaxSize:   cmd.Int64("max-size") << 20,
		MaxPages:  cmd.Int("max-pages"),
	}
}

func checkerOptions(cmd *cli.Command) check.Options {
	return check.Options{
		Extract:    extractOptions(cmd),
		RuleDirs:   cmd.StringSlice("rules"),
		Disable:    cmd.StringSlice("disable"),
		ConfigPath: cmd.String("config"),
		NoConfig:   cmd.Bool("no-config"),
		MinScore:   cmd.Int("min-score"),
		FailOn:     cmd.String("fail-on"),
		Timeout:    cmd.Duration("timeout"),
		Jobs:       cmd.Int("jobs"),
		Tool:       report.Tool{Name: "resumecheck", Version: version},
		Stdin:      cmd.Root().Reader,
	}
}

// newPool sets up the worker processes that check files: the CLI never runs the
// pipeline in its own process, so a file that needs too much memory or time ends only
// its own check.
func newPool(cmd *cli.Command) (*worker.Pool, error) {
	opts := checkerOptions(cmd)
	now, err := reportTime()
	if err != nil {
		return nil, err
	}
	opts.Now = now
	return &worker.Pool{Options: opts, MaxMemory: cmd.Int64("max-memory") << 20, ListRules: listsRules(cmd),
		MeasureMemory: os.Getenv(memoryReportEnv) != ""}, nil
}

// listsRules reports whether a report the run writes lists the enabled rules (SARIF,
// JUnit): only then do the workers send them.
func listsRules(cmd *cli.Command) bool {
	if report.ListsRules(cmd.String("format")) {
		return true
	}
	for _, f := range fileOutputs {
		if cmd.String("output-"+f) != "" && report.ListsRules(f) {
			return true
		}
	}
	return false
}

// reportTime is the moment reports are dated and current roles end: the clock, unless
// $SOURCE_DATE_EPOCH (seconds since 1970, the reproducible-builds convention) fixes it,
// so that a report rerun on the same file is byte for byte the same.
func reportTime() (time.Time, error) {
	v, ok := os.LookupEnv("SOURCE_DATE_EPOCH")
	if !ok || v == "" {
		return time.Time{}, nil
	}
	sec, err := strconv.ParseInt(v, 10, 64)
	if err != nil || sec < 0 {
		return time.Time{}, fmt.Errorf("SOURCE_DATE_EPOCH=%q is not a number of seconds since 1970; unset it or fix it", v)
	}
	return time.Unix(sec, 0).UTC(), nil
}

// parentBatchGC is the collector's target (as GOGC) of the parent of a batch run. It
// holds every file's report until the run's reports are written, so its heap is live
// data that grows with the batch, and at the default 100 its resident peak was about
// twice that: 42 MB of the 151 MB a 216-file corpus batch took (parent plus two
// workers), over the 150 MB budget. Measured on that batch (three runs each): 100 ->
// 42 MB, 50 -> 39.0-40.3 MB, 25 -> 38.7-39.0 MB, wall 1.50-1.53 s at 25 and 50 alike
// (the parent only decodes and writes; the workers do the work).
const parentBatchGC = 25

// batchGC sets the parent's collector target for a batch, unless the user set GOGC.
func batchGC() {
	if _, set := os.LookupEnv("GOGC"); !set {
		debug.SetGCPercent(parentBatchGC)
	}
}

// memoryReportEnv names the file a run writes its memory to (reportMemory).
const memoryReportEnv = "RESUMECHECK_MEMORY_REPORT"

// reportMemory writes the parent's and the workers' maximum resident memory (KB) to the
// file named by $RESUMECHECK_MEMORY_REPORT, for scripts/bench.sh.
func reportMemory(p *worker.Pool) {
	path := os.Getenv(memoryReportEnv)
	if path == "" {
		return
	}
	kb, n := p.WorkersMaxRSS()
	_ = os.WriteFile(path, []byte(fmt.Sprintf("%d %d %d\n", worker.SelfMaxRSS(), kb, n)), 0o644)
}

func checkAction(ctx context.Context, cmd *cli.Command) error {
	args := cmd.Args().Slice()
	if len(args) == 0 {
		return usageErr("no file given; try 'resumecheck my-cv.pdf' or 'resumecheck --help'")
	}
	if ms := cmd.Int("min-score"); ms > 100 || ms < -1 {
		return usageErr("--min-score must be between 0 and 100, not %d", ms)
	}
	stdout, stderr := cmd.Root().Writer, cmd.Root().ErrWriter
	files, expandErrs := check.Expand(args)

	var progress func(done, total int, file string)
	if showProgress(cmd, stderr, len(files)) {
		progress = func(done, total int, file string) {
			fmt.Fprintf(stderr, "\r\033[K[%d/%d] %s", done, total, report.Visible(filepath.Base(file)))
			if done == total {
				fmt.Fprint(stderr, "\r\033[K")
			}
		}
	}
	pool, err := newPool(cmd)
	if err != nil {
		return &exitError{code: exitUsage, msg: err.Error()}
	}
	if len(files) == 1 && len(expandErrs) == 0 || len(files) > 1 && quietLines(cmd) {
		pool.Print = workerPrint(cmd, stdout)
	}
	// A run that prints only quiet text lines needs no advice for them.
	pool.Options.NoAdvice = pool.Print != nil && quietLines(cmd)
	if len(files) > 1 {
		batchGC()
	}
	// The workers exit while the reports are written; the memory figure waits for them.
	defer func() {
		pool.Close()
		reportMemory(pool)
	}()
	results, err := pool.Files(ctx, files, progress)
	if ctx.Err() != nil {
		return ctx.Err()
	}
	if err != nil {
		return &exitError{code: exitUsage, msg: err.Error()}
	}

	batch := &report.Batch{SchemaVersion: report.SchemaVersion, Tool: report.Tool{Name: "resumecheck", Version: version}, Rules: pool.Rules()}
	for _, e := range expandErrs {
		batch.Errors = append(batch.Errors, report.FileError{File: errFile(e.Error()), Error: e.Error()})
	}
	var failures, notScored []string
	failing := 0
	for _, r := range results {
		if r.Err != nil {
			if ce, ok := r.Err.(*check.ConfigError); ok {
				return &exitError{code: exitUsage, msg: ce.Error()}
			}
			batch.Errors = append(batch.Errors, report.FileError{File: r.File, Error: r.Err.Error()})
			continue
		}
		batch.Reports = append(batch.Reports, r.Report)
		if !r.Report.Scored() {
			// An unread file or a template is reported, and makes the run exit 2 like
			// a file that could not be read at all.
			notScored = append(notScored, r.Report.Reading.Message(r.File))
		}
		for _, f := range r.Failures {
			failures = append(failures, r.File+": "+f.String())
		}
		if len(r.Failures) > 0 {
			failing++
		}
	}
	opts := writerOptions(cmd, stdout)
	if cmd.Bool("redact") {
		batch = report.Redact(batch)
	}
	switch {
	case pool.Print != nil && len(files) > 1:
		if err := writeLines(stdout, batch, results, pool.Printed, opts); err != nil {
			return err
		}
	case pool.Printed(0) != nil:
		if _, err := stdout.Write(pool.Printed(0)); err != nil {
			return err
		}
	default:
		if err := writeOutputs(cmd, batch, opts, stdout); err != nil {
			return err
		}
	}
	// Errors go to standard error in every format, so machine output stays parseable.
	for _, e := range batch.Errors {
		fmt.Fprintln(stderr, report.Visible(e.Error))
	}
	for _, m := range notScored {
		fmt.Fprintln(stderr, m)
	}
	for _, f := range failures {
		fmt.Fprintln(stderr, report.Visible(f))
	}
	switch {
	case len(batch.Errors) > 0 || len(notScored) > 0:
		return &exitError{code: exitUsage, msg: fmt.Sprintf("%d of %d files could not be checked", len(batch.Errors)+len(notScored), len(batch.Errors)+len(batch.Reports))}
	case len(failures) > 0:
		return &exitError{code: exitBelow, msg: fmt.Sprintf("%d files below their thresholds", failing)}
	}
	return nil
}

// errFile takes the file name from an error message of the form "file: ...".
func errFile(msg string) string {
	if i := strings.Index(msg, ": "); i > 0 {
		return msg[:i]
	}
	return msg
}

func writerOptions(cmd *cli.Command, stdout io.Writer) report.Options {
	color, width := false, 100
	if f, ok := stdout.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		_, noColor := os.LookupEnv("NO_COLOR")
		color = !noColor && !cmd.Bool("no-color")
		if w, _, err := term.GetSize(int(f.Fd())); err == nil && w > 20 {
			width = w
		}
	}
	return report.Options{Color: color, Width: width, Quiet: cmd.Bool("quiet"), Verbose: cmd.Bool("verbose"), Redact: cmd.Bool("redact"), Version: version}
}

func showProgress(cmd *cli.Command, stderr io.Writer, n int) bool {
	if n < 2 || cmd.Bool("no-progress") || os.Getenv("CI") != "" {
		return false
	}
	f, ok := stderr.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// quietLines says the run prints the quiet text format: a line per file, then a line
// per error, nothing that depends on other files and nothing of the advice. When that
// is all it prints (workerPrint), a batch's workers print each file's line
// (worker.Setup.Print), so that the parent need not decode whole reports to print a
// line of each (writeLines), and no worker plans advice (check.Options.NoAdvice).
func quietLines(cmd *cli.Command) bool {
	return cmd.Bool("quiet") && cmd.String("format") == "text"
}

// writeLines prints a quiet text batch as its writer would: each file's line in the
// order of the files (as the worker printed it, or printed here from the report when
// the worker did not), then the errors.
func writeLines(stdout io.Writer, b *report.Batch, results []check.Result, printed func(int) []byte, opts report.Options) error {
	w, err := report.New("text", opts)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(stdout)
	for i, r := range results {
		if r.Err != nil || r.Report == nil {
			continue // among b.Errors
		}
		if out := printed(i); out != nil {
			if _, err := bw.Write(out); err != nil {
				return err
			}
			continue
		}
		if err := w.Write(bw, &report.Batch{SchemaVersion: b.SchemaVersion, Tool: b.Tool, Rules: b.Rules, Reports: []*report.Report{r.Report}}); err != nil {
			return err
		}
	}
	if len(b.Errors) > 0 {
		if err := w.Write(bw, &report.Batch{SchemaVersion: b.SchemaVersion, Tool: b.Tool, Rules: b.Rules, Errors: b.Errors}); err != nil {
			return err
		}
	}
	return bw.Flush()
}

// writeOutputs writes the --format report (to stdout or --output) and every
// --output-FORMAT / --output-dir file. Files are written atomically.
// workerPrint is how the worker of a one-file run prints the report on the parent's
// behalf (worker.Setup.Print), or nil when the run writes anything but one report to
// standard output (--output, --output-FORMAT, --output-dir, the GitHub format's step
// summary): those are written here.
func workerPrint(cmd *cli.Command, stdout io.Writer) *worker.Print {
	format := cmd.String("format")
	if format == "github" || cmd.String("output") != "" || cmd.String("output-dir") != "" {
		return nil
	}
	for _, f := range fileOutputs {
		if cmd.String("output-"+f) != "" {
			return nil
		}
	}
	opts := writerOptions(cmd, stdout)
	if _, err := report.New(format, opts); err != nil {
		return nil // writeOutputs says why
	}
	return &worker.Print{Format: format, Options: opts, Tool: report.Tool{Name: "resumecheck", Version: version}}
}

func writeOutputs(cmd *cli.Command, b *report.Batch, opts report.Options, stdout io.Writer) error {
	format := cmd.String("format")
	if format == "github" {
		if err := appendStepSummary(b, opts); err != nil {
			return err
		}
	}
	if out := cmd.String("output"); out != "" {
		fileOpts := opts
		fileOpts.Color = false
		if err := writeFile(out, format, b, fileOpts); err != nil {
			return err
		}
	} else {
		w, err := report.New(format, opts)
		if err != nil {
			return usageErr("%v", err)
		}
		if err := w.Write(stdout, b); err != nil {
			return err
		}
	}
	fileOpts := opts
	fileOpts.Color = false
	for _, f := range fileOutputs {
		if path := cmd.String("output-" + f); path != "" {
			if err := writeFile(path, f, b, fileOpts); err != nil {
				return err
			}
		}
	}
	if dir := cmd.String("output-dir"); dir != "" {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return &exitError{code: exitUsage, msg: fmt.Sprintf("%s: cannot create the output directory: %v", dir, err)}
		}
		if err := report.WriteDir(dir, b, fileOpts); err != nil {
			return &exitError{code: exitUsage, msg: err.Error()}
		}
	}
	return nil
}

func writeFile(path, format string, b *report.Batch, opts report.Options) error {
	w, err := report.New(format, opts)
	if err != nil {
		return usageErr("%v", err)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return &exitError{code: exitUsage, msg: fmt.Sprintf("%s: cannot create its directory: %v", path, err)}
	}
	if err := report.WriteFileAtomic(path, func(out io.Writer) error { return w.Write(out, b) }); err != nil {
		return &exitError{code: exitUsage, msg: fmt.Sprintf("%s: cannot write the report: %v", path, err)}
	}
	return nil
}

// appendStepSummary appends the Markdown report to $GITHUB_STEP_SUMMARY when it is set,
// so a GitHub Actions run shows it on the job's page.
func appendStepSummary(b *report.Batch, opts report.Options) error {
	path := os.Getenv("GITHUB_STEP_SUMMARY")
	if path == "" {
		return nil
	}
	w, err := report.New("markdown", opts)
	if err != nil {
		return err
	}
	f, err := os.OpenFile(path, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	if err != nil {
		return &exitError{code: exitUsage, msg: fmt.Sprintf("%s: cannot append the job summary: %v", path, err)}
	}
	defer f.Close()
	return w.Write(f, b)
}
