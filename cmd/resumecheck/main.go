// Command resumecheck reads a résumé (PDF, DOCX, Markdown/text or JSON Resume) and reports
// how ready it reads for an engineering-manager role, with concrete rewrites.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"

	"github.com/urfave/cli/v3"

	"github.com/resumecheck/resumecheck/internal/report"
	"github.com/resumecheck/resumecheck/internal/worker"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "dev"

// Exit codes, one table for the whole tool (README.md repeats it).
const (
	exitOK        = 0 // every file checked and above its thresholds
	exitBelow     = 1 // a file is below --min-score, an area minimum, or has a finding at --fail-on
	exitUsage     = 2 // usage, config, rule or input error
	exitInterrupt = 130
)

func main() {
	ctx := context.Background()
	if len(os.Args) < 2 || os.Args[1] != worker.Arg {
		// A worker process does without: it runs in a process group of its own,
		// which a terminal's interrupt does not reach, and ends with its parent.
		// Watching for the signal starts a goroutine and a thread of its own
		// (0.1-0.2 ms of a worker's start-up).
		//
		// The context is not stopped before the exit: signal.Stop waits for the
		// signal handler's goroutine to go idle, a few tenths of a millisecond of
		// every run's end, for nothing the exit does not undo.
		ctx, _ = signal.NotifyContext(ctx, os.Interrupt)
	}
	os.Exit(run(ctx, os.Args, os.Stdin, os.Stdout, os.Stderr))
}

// exitError carries an exit code through urfave/cli without letting it call os.Exit.
type exitError struct {
	code int
	msg  string
}

func (e *exitError) Error() string { return e.msg }

// usageErr is a command-line mistake: exit 2 with the message.
func usageErr(format string, args ...any) error {
	return &exitError{code: exitUsage, msg: fmt.Sprintf(format, args...)}
}

// run is main without the process: tests call it directly.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) (code int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(stderr, "resumecheck: internal error: %v; please report it\n", r)
			code = exitUsage
		}
	}()
	if len(args) > 1 && args[1] == worker.Arg {
		return worker.Main()
	}
	app := newApp(stdin, stdout, stderr)
	err := app.Run(ctx, args)
	if err == nil {
		return exitOK
	}
	var ee *exitError
	if errors.As(err, &ee) {
		if ee.msg != "" {
			fmt.Fprintln(stderr, "resumecheck: "+report.Visible(ee.msg))
		}
		return ee.code
	}
	if errors.Is(err, context.Canceled) {
		fmt.Fprintln(stderr, "resumecheck: interrupted")
		return exitInterrupt
	}
	// Anything urfave/cli reports itself (unknown flag, bad value) is a usage error.
	msg := err.Error()
	if !strings.Contains(msg, "--help") {
		msg += "; see 'resumecheck --help'"
	}
	fmt.Fprintln(stderr, "resumecheck: "+report.Visible(msg))
	return exitUsage
}

func newApp(stdin io.Reader, stdout, stderr io.Writer) *cli.Command {
	return &cli.Command{
		Name:      "resumecheck",
		Usage:     "how ready a résumé reads for an engineering-manager role",
		UsageText: "resumecheck [options] FILE|DIR|GLOB...\nresumecheck COMMAND [options] [args]",
		Version:   version,
		Reader:    stdin,
		Writer:    stdout,
		ErrWriter: stderr,
		Description: "Reads PDF, DOCX, Markdown/text and JSON Resume files ('-' reads standard input) and\n" +
			"scores them on impact, team framing, cross-team work, balance, leadership, project management,\n" +
			"communication, experience and style. Everything runs offline.",
		ArgsUsage:             "FILE|DIR|GLOB...",
		Flags:                 checkFlags(),
		Action:                checkAction,
		EnableShellCompletion: true,
		ExitErrHandler:        func(context.Context, *cli.Command, error) {},
		OnUsageError: func(_ context.Context, _ *cli.Command, err error, _ bool) error {
			return usageErr("%v; see 'resumecheck --help'", err)
		},
		Commands: []*cli.Command{
			{
				Name:      "check",
				Usage:     "check résumés (the default command)",
				ArgsUsage: "FILE|DIR|GLOB...",
				Flags:     checkFlags(),
				Action:    checkAction,
			},
			extractCommand(),
			rulesCommand(),
			configCommand(),
			initCommand(),
			diffCommand(),
		},
	}
}

// env names the environment variable that can set a flag: RESUMECHECK_MIN_SCORE for
// --min-score.
func env(flag string) cli.ValueSourceChain {
	return cli.EnvVars("RESUMECHECK_" + strings.ToUpper(strings.ReplaceAll(flag, "-", "_")))
}
