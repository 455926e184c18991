package main

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/urfave/cli/v3"

	"github.com/resumecheck/resumecheck/internal/extract"
	"github.com/resumecheck/resumecheck/internal/resume"
	"github.com/resumecheck/resumecheck/internal/rules"
	"github.com/resumecheck/resumecheck/internal/signals"
)

func rulesCommand() *cli.Command {
	rulesFlag := func() cli.Flag {
		return &cli.StringSliceFlag{Name: "rules", Usage: "extra rule directory; repeatable", Sources: env("rules")}
	}
	return &cli.Command{
		Name:  "rules",
		Usage: "list, show and test rules",
		Commands: []*cli.Command{
			{
				Name:  "list",
				Usage: "list the rules (built-in plus --rules directories)",
				Flags: []cli.Flag{rulesFlag(), &cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "text", Validator: oneOf("format", "text", "json")}},
				Action: func(ctx context.Context, cmd *cli.Command) error {
					pack, err := loadPack(cmd.StringSlice("rules"))
					if err != nil {
						return err
					}
					out := cmd.Root().Writer
					if cmd.String("format") == "json" {
						enc := json.NewEncoder(out)
						enc.SetIndent("", "  ")
						return enc.Encode(pack.Rules)
					}
					tw := tabwriter.NewWriter(out, 0, 4, 2, ' ', 0)
					fmt.Fprintln(tw, "ID\tAREA\tLEVEL\tKIND")
					for _, r := range sortedRules(pack) {
						fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", r.ID, r.Area, r.Level, r.Kind)
					}
					return tw.Flush()
				},
			},
			{
				Name:      "show",
				Usage:     "show one rule: what it checks, why it matters, its examples",
				ArgsUsage: "ID",
				Flags:     []cli.Flag{rulesFlag()},
				Action: func(ctx context.Context, cmd *cli.Command) error {
					if cmd.Args().Len() != 1 {
						return usageErr("rules show: give one rule id; 'resumecheck rules list' lists them")
					}
					pack, err := loadPack(cmd.StringSlice("rules"))
					if err != nil {
						return err
					}
					id := cmd.Args().First()
					r, ok := pack.Get(id)
					if !ok {
						return usageErr("rules show: no rule %q; 'resumecheck rules list' lists them", id)
					}
					out := cmd.Root().Writer
					fmt.Fprintf(out, "%s  (%s, area %s, level %s)\n\n", r.ID, r.Kind, r.Area, r.Level)
					fmt.Fprintf(out, "message: %s\n", r.Message)
					if r.Why != "" {
						fmt.Fprintf(out, "why: %s\n", strings.TrimSpace(r.Why))
					}
					if r.Link != "" {
						fmt.Fprintf(out, "link: %s\n", r.Link)
					}
					if r.Fix != nil {
						fmt.Fprintf(out, "fix: %s\n", strings.TrimSpace(r.Fix.Action+" "+formatParams(r.Fix.Params)))
					}
					if r.File != "" {
						fmt.Fprintf(out, "defined in: %s:%d\n", r.File, r.Line)
					}
					for _, ex := range []struct {
						title string
						list  []string
					}{{"fires on", r.Examples.Match}, {"does not fire on", r.Examples.NoMatch}} {
						if len(ex.list) == 0 {
							continue
						}
						fmt.Fprintf(out, "\n%s:\n", ex.title)
						for _, e := range ex.list {
							fmt.Fprintf(out, "  %s\n", strings.ReplaceAll(strings.TrimSpace(e), "\n", "\n  "))
						}
					}
					return nil
				},
			},
			{
				Name:      "test",
				Usage:     "run the examples of every rule in a pack (default: the built-in pack)",
				ArgsUsage: "[DIR]",
				Action: func(ctx context.Context, cmd *cli.Command) error {
					var pack *rules.Pack
					var err error
					if dir := cmd.Args().First(); dir != "" {
						pack, err = rules.LoadDir(dir)
					} else {
						pack, err = rules.LoadBuiltin()
					}
					if err != nil {
						return &exitError{code: exitUsage, msg: err.Error()}
					}
					a, err := signals.Default()
					if err != nil {
						return err
					}
					results := rules.RunExamples(pack, a, func(md string) (*resume.Document, error) {
						return extract.Bytes(ctx, "example.md", []byte(md), extract.Options{})
					})
					out := cmd.Root().Writer
					failed := 0
					for _, r := range results {
						if r.Passed() {
							continue
						}
						failed++
						if r.Error != "" {
							fmt.Fprintf(out, "FAIL %s (%s): example could not be read: %s\n", r.RuleID, r.File, r.Error)
							continue
						}
						want := "trigger"
						if !r.Want {
							want = "not trigger"
						}
						fmt.Fprintf(out, "FAIL %s (%s): should %s on %q\n", r.RuleID, r.File, want, firstLine(r.Example))
					}
					fmt.Fprintf(out, "%d rules, %d examples: %d passed, %d failed\n", len(pack.Rules), len(results), len(results)-failed, failed)
					if failed > 0 {
						return &exitError{code: exitBelow}
					}
					return nil
				},
			},
		},
	}
}

func loadPack(dirs []string) (*rules.Pack, error) {
	pack, err := rules.LoadBuiltin()
	if err != nil {
		return nil, &exitError{code: exitUsage, msg: err.Error()}
	}
	for _, d := range dirs {
		extra, err := rules.LoadDir(d)
		if err != nil {
			return nil, &exitError{code: exitUsage, msg: err.Error()}
		}
		pack.Merge(extra)
	}
	return pack, nil
}

func sortedRules(p *rules.Pack) []*rules.Rule {
	out := append([]*rules.Rule(nil), p.Rules...)
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

func formatParams(m map[string]string) string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = fmt.Sprintf("%s=%q", k, m[k])
	}
	return strings.Join(parts, " ")
}

// firstLine shortens a multi-line (Markdown résumé) example for a one-line message.
func firstLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i] + " …"
	}
	return s
}
