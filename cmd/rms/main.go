package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sort"
	"strings"
	"syscall"
)

// command is one subcommand of rms. Name may hold a space for a nested
// command ("vm run"); the longest matching name wins.
type command struct {
	Name    string
	Summary string
	// Run parses args (after the command name) and runs the command. It
	// writes its normal output to stdout.
	Run func(ctx context.Context, args []string, stdout, stderr io.Writer) error
}

var commands = map[string]command{}

// register adds a subcommand; it is called from init functions.
func register(c command) {
	if _, dup := commands[c.Name]; dup {
		panic("rms: command registered twice: " + c.Name)
	}
	commands[c.Name] = c
}

// errUsage marks an error caused by bad arguments (exit status 2).
var errUsage = errors.New("usage")

// newFlagSet returns a flag set that reports errors instead of exiting.
func newFlagSet(name string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet("rms "+name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	return fs
}

// parseFlags parses args and rejects stray positional arguments.
func parseFlags(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("%w: unexpected argument %q", errUsage, fs.Arg(0))
	}
	return nil
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: rms <command> [flags]\n\ncommands:")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-22s %s\n", n, commands[n].Summary)
	}
}

// lookupGroup finds the longest prefix of args that starts the names of
// commands (a group such as "vm" or "escrow"), and its length in args.
func lookupGroup(args []string) (string, int) {
	for n := min(len(args), 2); n > 0; n-- {
		g := strings.Join(args[:n], " ")
		for name := range commands {
			if strings.HasPrefix(name, g+" ") {
				return g, n
			}
		}
	}
	return "", 0
}

// hasSubcommands reports whether some command's name starts with name and a space.
func hasSubcommands(name string) bool {
	for n := range commands {
		if strings.HasPrefix(n, name+" ") {
			return true
		}
	}
	return false
}

// groupUsage lists the commands of group.
func groupUsage(w io.Writer, group string) {
	fmt.Fprintf(w, "usage: rms %s <command> [flags]\n\ncommands:\n", group)
	var names []string
	for n := range commands {
		if strings.HasPrefix(n, group+" ") {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-22s %s\n", n, commands[n].Summary)
	}
	fmt.Fprintf(w, "\n`rms %s <command> -h` shows a command's flags.\n", group)
}

// lookup finds the command named by the longest prefix of args.
func lookup(args []string) (command, []string, bool) {
	for n := min(len(args), 3); n > 0; n-- {
		if c, ok := commands[strings.Join(args[:n], " ")]; ok {
			return c, args[n:], true
		}
	}
	return command{}, nil, false
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		usage(stderr)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	c, rest, ok := lookup(args)
	if !ok {
		if group, n := lookupGroup(args); n > 0 {
			// A command group (`rms vm`, `rms escrow`, ...): list its commands.
			next := args[n:]
			if len(next) == 1 && (next[0] == "help" || next[0] == "-h" || next[0] == "--help") {
				groupUsage(stdout, group)
				return 0
			}
			if len(next) > 0 {
				fmt.Fprintf(stderr, "rms: unknown command %q\n\n", strings.Join(args, " "))
			}
			groupUsage(stderr, group)
			return 2
		}
		fmt.Fprintf(stderr, "rms: unknown command %q\n\n", strings.Join(args, " "))
		usage(stderr)
		return 2
	}
	// A command that is also a group (`rms node` and `rms node status`)
	// lists its subcommands with help and after a usage error.
	group := hasSubcommands(c.Name)
	if group && len(rest) == 1 && rest[0] == "help" {
		groupUsage(stdout, c.Name)
		return 0
	}
	err := c.Run(ctx, rest, stdout, stderr)
	switch {
	case err == nil:
		return 0
	case errors.Is(err, flag.ErrHelp):
		if group {
			fmt.Fprintln(stderr)
			groupUsage(stderr, c.Name)
		}
		return 0
	case errors.Is(err, errUsage):
		fmt.Fprintf(stderr, "rms %s: %v\n", c.Name, err)
		if group {
			fmt.Fprintln(stderr)
			groupUsage(stderr, c.Name)
		}
		return 2
	default:
		fmt.Fprintf(stderr, "rms %s: %v\n", c.Name, err)
		return 1
	}
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}
