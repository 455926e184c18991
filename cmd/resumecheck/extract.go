package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/urfave/cli/v3"

	"github.com/resumecheck/resumecheck/internal/check"
	"github.com/resumecheck/resumecheck/internal/extract"
	"github.com/resumecheck/resumecheck/internal/reading"
	"github.com/resumecheck/resumecheck/internal/report"
	"github.com/resumecheck/resumecheck/internal/resume"
)

func extractCommand() *cli.Command {
	return &cli.Command{
		Name:      "extract",
		Usage:     "print the résumé as the tool understood it: contact, sections, roles, bullets",
		ArgsUsage: "FILE...",
		Flags: append([]cli.Flag{
			&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "text", Usage: "text or json (the document model later stages read)", Validator: oneOf("format", "text", "json")},
		}, inputFlags()...),
		Action: func(ctx context.Context, cmd *cli.Command) error {
			args := cmd.Args().Slice()
			if len(args) == 0 {
				return usageErr("extract: no file given; try 'resumecheck extract my-cv.pdf'")
			}
			stdout, stderr := cmd.Root().Writer, cmd.Root().ErrWriter
			opts := extractOptions(cmd)
			var docs []*resume.Document
			failed := 0
			for _, path := range args {
				doc, err := extractWithin(ctx, cmd.Duration("timeout"), path, opts, cmd.Root().Reader)
				if err != nil {
					fmt.Fprintln(stderr, report.Visible(err.Error()))
					failed++
					continue
				}
				docs = append(docs, doc)
			}
			// What a document says reaches the terminal or a file made safe, as in every
			// report: controls and bidirectional overrides escaped, invalid UTF-8 replaced.
			if cmd.String("format") == "json" {
				var buf bytes.Buffer
				enc := json.NewEncoder(&buf)
				enc.SetIndent("", "  ")
				var v any = docs
				if len(args) == 1 && len(docs) == 1 {
					v = docs[0]
				}
				if len(docs) > 0 {
					if err := enc.Encode(v); err != nil {
						return err
					}
					if _, err := stdout.Write(report.SafeJSON(buf.Bytes())); err != nil {
						return err
					}
				}
			} else {
				for i, d := range docs {
					if i > 0 {
						fmt.Fprintln(stdout)
					}
					var buf bytes.Buffer
					if err := d.WriteText(&buf); err != nil {
						return err
					}
					for _, line := range strings.SplitAfter(buf.String(), "\n") {
						if line == "" {
							continue
						}
						fmt.Fprintln(stdout, report.Visible(strings.TrimSuffix(line, "\n")))
					}
					// How far the check would trust this reading, and why.
					if v, err := reading.Default(); err == nil {
						rd := reading.Assess(d, v)
						fmt.Fprintf(stdout, "confidence: %s (%s)\n", rd.Confidence, rd.Reason)
						if rd.IsTemplate {
							fmt.Fprintf(stdout, "template: %s\n", rd.TemplateSummary())
						}
					}
				}
			}
			if failed > 0 {
				return &exitError{code: exitUsage, msg: fmt.Sprintf("%d of %d files could not be read", failed, len(args))}
			}
			return nil
		},
	}
}

// extractWithin reads one file under the --timeout limit: past it the file gets a
// one-line error and the next file is read (this command then ends, so work still
// running on the abandoned file goes with the process).
func extractWithin(ctx context.Context, limit time.Duration, path string, opts extract.Options, stdin io.Reader) (*resume.Document, error) {
	if limit <= 0 {
		return extractOne(ctx, path, opts, stdin)
	}
	ctx, cancel := context.WithTimeout(ctx, limit)
	defer cancel()
	type result struct {
		doc *resume.Document
		err error
	}
	done := make(chan result, 1)
	go func() {
		doc, err := extractOne(ctx, path, opts, stdin)
		done <- result{doc, err}
	}()
	select {
	case r := <-done:
		return r.doc, r.err
	case <-ctx.Done():
		return nil, fmt.Errorf("%s: took longer than %s to read; re-export the file or raise --timeout", path, limit)
	}
}

func extractOne(ctx context.Context, path string, opts extract.Options, stdin io.Reader) (*resume.Document, error) {
	if path == "-" {
		data, err := check.ReadLimited(stdin, opts.MaxSize)
		if err != nil {
			return nil, fmt.Errorf("standard input: %v", err)
		}
		return extract.Bytes(ctx, "-", data, opts)
	}
	return extract.File(ctx, path, opts)
}
