package main

import (
	"strings"

	"github.com/urfave/cli/v2"
)

// flagsFirst rewrites a command line so that every flag of the command
// comes before its arguments: urfave/cli v2 stops reading flags at the first
// argument, so "kgraph build dir --db y.db" would take --db for a file name.
// Flags keep their order, and so do the arguments; "--" still ends the
// flags (it and what follows stay at the end). A word that looks like a flag
// but is not one of the command's stays among the flags, where the parser
// rejects it as a usage error naming it.
func flagsFirst(app *cli.App, args []string) []string {
	if len(args) < 2 {
		return args
	}
	out := []string{args[0]}
	rest := args[1:]
	// The application's own flags (--help, --version) before the command.
	for len(rest) > 0 && isFlagWord(rest[0]) {
		out = append(out, rest[0])
		rest = rest[1:]
	}
	if len(rest) == 0 {
		return out
	}
	cmd := app.Command(rest[0])
	if cmd == nil {
		return args
	}
	out = append(out, rest[0])
	rest = rest[1:]
	// Descend into subcommands ("eval gold"): the parent's flags stay before
	// the subcommand's name.
	for len(cmd.Subcommands) > 0 {
		i := 0
		for i < len(rest) && isFlagWord(rest[i]) {
			i++
		}
		if i == len(rest) || cmd.Command(rest[i]) == nil {
			break
		}
		out = append(out, rest[:i+1]...)
		cmd = cmd.Command(rest[i])
		rest = rest[i+1:]
	}
	flags, positional := splitFlags(cmd.Flags, rest)
	return append(append(out, flags...), positional...)
}

// splitFlags separates the flag words of args (with the values of flags that
// take one) from the arguments. When args hold "--", it is put between the
// two, so that the arguments after it are read as arguments whatever they
// look like.
func splitFlags(defs []cli.Flag, args []string) (flags, positional []string) {
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			flags = append(flags, "--")
			positional = append(positional, args[i+1:]...)
			break
		}
		if !isFlagWord(a) {
			positional = append(positional, a)
			continue
		}
		flags = append(flags, a)
		name, _, hasValue := strings.Cut(strings.TrimLeft(a, "-"), "=")
		if !hasValue && takesValue(defs, name) && i+1 < len(args) {
			i++
			flags = append(flags, args[i])
		}
	}
	return flags, positional
}

// isFlagWord reports whether a word of the command line is a flag: it
// starts with a dash and is not "-" (stdin) or "--".
func isFlagWord(a string) bool { return len(a) > 1 && a[0] == '-' && a != "--" }

// takesValue reports whether the flag called name takes a value (is not a
// boolean flag). An unknown name is taken for a boolean: the parser rejects
// it anyway.
func takesValue(defs []cli.Flag, name string) bool {
	for _, f := range defs {
		for _, n := range f.Names() {
			if n != name {
				continue
			}
			if v, ok := f.(cli.DocGenerationFlag); ok {
				return v.TakesValue()
			}
			return false
		}
	}
	return false
}
