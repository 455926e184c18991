package main

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/urfave/cli/v3"

	"github.com/resumecheck/resumecheck/internal/report"
)

func diffCommand() *cli.Command {
	flags := []cli.Flag{
		&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "text", Usage: "text, markdown or json", Validator: oneOf("format", "text", "markdown", "json")},
		&cli.StringFlag{Name: "base", Usage: "compare FILE with its version at this git ref (e.g. main, HEAD~1)"},
		&cli.StringFlag{Name: "config", Aliases: []string{"c"}, Usage: "config file"},
		&cli.BoolFlag{Name: "no-config", Usage: "ignore every config file"},
		&cli.StringSliceFlag{Name: "rules", Usage: "extra rule directory; repeatable"},
		&cli.StringSliceFlag{Name: "disable", Usage: "rule id to disable; repeatable"},
		&cli.IntFlag{Name: "min-score", Value: -1, Hidden: true},
		&cli.StringFlag{Name: "fail-on", Hidden: true},
		&cli.IntFlag{Name: "jobs", Hidden: true},
	}
	return &cli.Command{
		Name:      "diff",
		Usage:     "compare two versions of a résumé: score and area changes, bullets improved or worse, findings fixed and introduced",
		ArgsUsage: "OLD NEW | --base REF FILE",
		Flags:     append(flags, inputFlags()...),
		Action: func(ctx context.Context, cmd *cli.Command) error {
			args := cmd.Args().Slice()
			var oldPath, newPath string
			switch base := cmd.String("base"); {
			case base != "" && len(args) == 1:
				newPath = args[0]
				p, cleanup, err := gitVersion(ctx, base, newPath)
				if err != nil {
					return &exitError{code: exitUsage, msg: err.Error()}
				}
				defer cleanup()
				oldPath = p
			case base == "" && len(args) == 2:
				oldPath, newPath = args[0], args[1]
			default:
				return usageErr("diff: give OLD NEW, or --base REF FILE")
			}
			pool, err := newPool(cmd)
			if err != nil {
				return &exitError{code: exitUsage, msg: err.Error()}
			}
			defer pool.Close()
			results, err := pool.Files(ctx, []string{oldPath, newPath}, nil)
			if err != nil {
				return &exitError{code: exitUsage, msg: err.Error()}
			}
			for _, r := range results {
				if r.Err != nil {
					return &exitError{code: exitUsage, msg: r.Err.Error()}
				}
				if !r.Report.Scored() {
					// No score to compare: say why, as a check of the file would.
					return &exitError{code: exitUsage, msg: r.Report.Reading.Message(r.File)}
				}
			}
			old := results[0].Report
			if cmd.String("base") != "" {
				old.File = cmd.String("base") + ":" + newPath
			}
			return report.WriteDiff(cmd.Root().Writer, report.Compare(old, results[1].Report), cmd.String("format"))
		},
	}
}

// gitVersion writes the file as it was at ref into a temporary file with the same
// extension and returns its path.
func gitVersion(ctx context.Context, ref, path string) (string, func(), error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", nil, err
	}
	dir := filepath.Dir(abs)
	top, err := exec.CommandContext(ctx, "git", "-C", dir, "rev-parse", "--show-toplevel").Output()
	if err != nil {
		return "", nil, fmt.Errorf("%s: not inside a git repository, so --base cannot be used", path)
	}
	rel, err := filepath.Rel(strings.TrimSpace(string(top)), abs)
	if err != nil {
		return "", nil, err
	}
	data, err := exec.CommandContext(ctx, "git", "-C", dir, "show", ref+":"+filepath.ToSlash(rel)).Output()
	if err != nil {
		return "", nil, fmt.Errorf("%s: no version at %s (git show failed); check the ref and that the file was committed there", path, ref)
	}
	f, err := os.CreateTemp("", "resumecheck-base-*"+filepath.Ext(path))
	if err != nil {
		return "", nil, err
	}
	cleanup := func() { os.Remove(f.Name()) }
	if _, err := f.Write(data); err != nil {
		f.Close()
		cleanup()
		return "", nil, err
	}
	f.Close()
	return f.Name(), cleanup, nil
}
