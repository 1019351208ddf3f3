// Command kgraph builds a knowledge graph of geopolitical actors from news
// articles: it extracts statements, loads them into a Cayley quad store,
// answers Gizmo queries, renders relationship maps and exports the graph.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sort"
	"strings"
	"syscall"

	"github.com/urfave/cli/v2"
)

// Version is set at build time with -ldflags "-X main.Version=...".
var Version = "dev"

// Exit codes, as DESIGN.md gives them.
const (
	exitOK          = 0
	exitFailure     = 1
	exitUsage       = 2
	exitPartial     = 3
	exitInterrupted = 130 // SIGINT, as shells report it (128+2)
	exitTerminated  = 143 // SIGTERM (128+15)
)

// commands and evalCommands are filled by init functions in this package's
// files, one file per command, so that commands can be added independently.
var (
	commands     []*cli.Command
	evalCommands []*cli.Command
)

func register(c *cli.Command)     { commands = append(commands, c) }
func registerEval(c *cli.Command) { evalCommands = append(evalCommands, c) }

// usageError marks an error as a usage error (exit code 2).
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

func usagef(format string, a ...any) error { return usageError{fmt.Errorf(format, a...)} }

// errPartial is returned when some inputs failed and the rest were processed.
var errPartial = errors.New("some inputs failed")

func main() {
	// SIGINT and SIGTERM cancel the root context: work stops at the next
	// document (or query step), the store keeps only whole documents, and
	// the exit code says which signal it was. A second signal ends the
	// process at once.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	go func() {
		<-ctx.Done()
		stop()
	}()
	err := run(ctx, os.Args, os.Stdin, os.Stdout, os.Stderr)
	code := exitCode(ctx, err, os.Stderr)
	stop()
	os.Exit(code)
}

// exitCode reports err on stderr and maps it to an exit code.
func exitCode(ctx context.Context, err error, stderr io.Writer) int {
	if err == nil {
		return exitOK
	}
	var ue usageError
	switch {
	case ctx.Err() != nil:
		code, name := exitInterrupted, "interrupt"
		if isSIGTERM(context.Cause(ctx)) {
			code, name = exitTerminated, "SIGTERM"
		}
		fmt.Fprintf(stderr, "kgraph: stopped by %s\n", name)
		return code
	case errors.Is(err, context.Canceled):
		fmt.Fprintf(stderr, "kgraph: %v\n", err)
		return exitInterrupted
	case errors.As(err, &ue):
		fmt.Fprintf(stderr, "kgraph: %v\n", err)
		return exitUsage
	case errors.Is(err, errPartial):
		fmt.Fprintf(stderr, "kgraph: %v\n", err)
		return exitPartial
	}
	fmt.Fprintf(stderr, "kgraph: %v\n", err)
	return exitFailure
}

// isSIGTERM reports whether cause is the cause signal.NotifyContext gives
// its context for SIGTERM ("terminated signal received").
func isSIGTERM(cause error) bool {
	return cause != nil && cause.Error() == syscall.SIGTERM.String()+" signal received"
}

// newApp builds the command-line application with the given streams.
func newApp(stdin io.Reader, stdout, stderr io.Writer) *cli.App {
	sort.Slice(evalCommands, func(i, j int) bool { return evalCommands[i].Name < evalCommands[j].Name })
	app := &cli.App{
		Name:      "kgraph",
		Usage:     "build a knowledge graph of geopolitical actors from news articles",
		Version:   Version,
		Reader:    stdin,
		Writer:    stdout,
		ErrWriter: stderr,
		Commands: append(commands, &cli.Command{
			Name:        "eval",
			Usage:       "measure extraction quality on a benchmark",
			Subcommands: evalCommands,
		}),
		HideHelpCommand: true,
		// Errors are printed once, by main, with the kgraph: prefix.
		ExitErrHandler: func(*cli.Context, error) {},
		OnUsageError: func(c *cli.Context, err error, _ bool) error {
			return usageError{err}
		},
	}
	for _, c := range app.Commands {
		setUsageHandler(c)
	}
	return app
}

func setUsageHandler(c *cli.Command) {
	c.OnUsageError = func(_ *cli.Context, err error, _ bool) error { return usageError{err} }
	for _, s := range c.Subcommands {
		setUsageHandler(s)
	}
}

// run is main without the process: tests call it with their own streams.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	app := newApp(stdin, stdout, stderr)
	if len(args) > 1 && !strings.HasPrefix(args[1], "-") && args[1] != "help" && app.Command(args[1]) == nil {
		return usagef("unknown command %q (see kgraph --help)", args[1])
	}
	return app.RunContext(ctx, flagsFirst(app, args))
}
