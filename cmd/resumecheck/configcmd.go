package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/urfave/cli/v3"

	"github.com/resumecheck/resumecheck/internal/config"
	"github.com/resumecheck/resumecheck/internal/report"
	"github.com/resumecheck/resumecheck/internal/rules"
	"github.com/resumecheck/resumecheck/internal/score"
)

func configCommand() *cli.Command {
	return &cli.Command{
		Name:  "config",
		Usage: "work with .resumecheck.yaml",
		Commands: []*cli.Command{{
			Name:      "verify",
			Usage:     "check a config file (default: the one found from the current directory) and the rules it names",
			ArgsUsage: "[FILE]",
			Action: func(ctx context.Context, cmd *cli.Command) error {
				path := cmd.Args().First()
				if path == "" {
					path = config.Discover("", ".")
				}
				if path == "" {
					return usageErr("config verify: no config file found (looked for %s upward from here and in $HOME); 'resumecheck init' writes one", config.FileNames[0])
				}
				cfg, err := config.Load(path, score.Areas())
				if err != nil {
					return &exitError{code: exitUsage, msg: err.Error()}
				}
				// Rule ids and rule directories are checked by building the packs.
				pack, err := loadPack(cfg.RuleDirs())
				if err != nil {
					return err
				}
				settings := append([]config.Settings{cfg.Settings}, overrideSettings(cfg)...)
				for _, s := range settings {
					if err := pack.Configure(s.Rules.Disable, levels(s.Rules.Levels)); err != nil {
						return &exitError{code: exitUsage, msg: fmt.Sprintf("%s: %v", path, err)}
					}
				}
				fmt.Fprintf(cmd.Root().Writer, "%s: ok (%d rules, %d overrides)\n", path, len(pack.Rules), len(cfg.Overrides))
				return nil
			},
		}},
	}
}

func overrideSettings(c *config.Config) []config.Settings {
	out := make([]config.Settings, len(c.Overrides))
	for i, o := range c.Overrides {
		out[i] = o.Settings
	}
	return out
}

func levels(m map[string]string) map[string]rules.Level {
	out := make(map[string]rules.Level, len(m))
	for k, v := range m {
		out[k] = rules.Level(v)
	}
	return out
}

func initCommand() *cli.Command {
	return &cli.Command{
		Name:  "init",
		Usage: "write a commented starter .resumecheck.yaml and a GitHub Actions workflow for a coaching repository",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "dir", Value: ".", Usage: "repository root to write into"},
			&cli.BoolFlag{Name: "force", Usage: "overwrite existing files"},
		},
		Action: func(ctx context.Context, cmd *cli.Command) error {
			dir := cmd.String("dir")
			files := []struct{ path, body string }{
				{filepath.Join(dir, config.FileNames[0]), starterConfig},
				{filepath.Join(dir, ".github", "workflows", "resumecheck.yml"), starterWorkflow},
			}
			for _, f := range files {
				if _, err := os.Stat(f.path); err == nil && !cmd.Bool("force") {
					return usageErr("%s already exists; pass --force to overwrite it", f.path)
				} else if err != nil && !errors.Is(err, fs.ErrNotExist) {
					return usageErr("%s: %v", f.path, err)
				}
			}
			for _, f := range files {
				if err := os.MkdirAll(filepath.Dir(f.path), 0o755); err != nil {
					return usageErr("%s: %v", filepath.Dir(f.path), err)
				}
				body := f.body
				if err := report.WriteFileAtomic(f.path, func(w io.Writer) error { _, err := io.WriteString(w, body); return err }); err != nil {
					return usageErr("%s: %v", f.path, err)
				}
				fmt.Fprintf(cmd.Root().Writer, "wrote %s\n", f.path)
			}
			return nil
		},
	}
}

const starterConfig = `# resumecheck configuration. Found by --config, then $RESUMECHECK_CONFIG, then by
# searching upward from each résumé's folder, then in your home folder.
# Check it with: resumecheck config verify

# Fail (exit 1) when a résumé's overall EM-readiness score is below this (0-100).
min_score: 60

# Fail on any finding at this level or above: suggestion, warning, error, none.
fail_on: none

# Fail when an area scores below its minimum. Areas: impact, team, cross_team,
# balance, leadership, pm, communication, experience, style.
area_minimums:
  leadership: 30

# How much each area counts in the overall score (relative weights).
# weights:
#   impact: 1.5
#   leadership: 2

rules:
  # Rule ids from 'resumecheck rules list'.
  disable: []
  # levels:
  #   style.passive: suggestion
  # Extra rule directories, relative to this file.
  # dirs: [rules]

# Settings for some folders only; later matches win.
overrides:
  - paths: ["juniors/**"]
    min_score: 40
`

const starterWorkflow = `# Checks every résumé in the repository on each push and pull request.
name: resumecheck
on:
  push:
  pull_request:
permissions:
  contents: read
  security-events: write
jobs:
  resumes:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-go@v5
        with:
          go-version: stable
      - name: Install resumecheck
        run: go install github.com/resumecheck/resumecheck/cmd/resumecheck@latest
      - name: Check résumés
        run: resumecheck --format github --output-sarif resumecheck.sarif --output-dir reports .
      - name: Keep the HTML reports
        if: always()
        uses: actions/upload-artifact@v4
        with:
          name: resumecheck-reports
          path: reports
      - name: Show findings in code scanning
        if: always()
        uses: github/codeql-action/upload-sarif@v3
        with:
          sarif_file: resumecheck.sarif
`
