package main

import (
	"strings"
	"testing"
)

// TestCommandGroupsListSubcommands: every command group (the first word of
// a command of two or more words) lists its subcommands, alone (exit 2),
// with help (exit 0) and with an unknown subcommand (exit 2, named); a group
// that is a command of its own lists them with help and after a usage error.
func TestCommandGroupsListSubcommands(t *testing.T) {
	groups := map[string][]string{}
	for name := range commands {
		if w := strings.Fields(name); len(w) > 1 {
			groups[w[0]] = append(groups[w[0]], name)
		}
	}
	for _, g := range []string{"vm", "escrow", "service", "model", "chain"} {
		if len(groups[g]) == 0 {
			t.Fatalf("no commands in group %q", g)
		}
	}
	for g, names := range groups {
		cases := []struct {
			args []string
			code int
		}{
			{[]string{g, "help"}, 0},
			{[]string{g, "no-such-command"}, 2},
		}
		// A group that is also a command of its own (`rms bench`, `rms node`)
		// runs alone; any other group alone only lists its commands.
		if _, runnable := commands[g]; !runnable {
			cases = append(cases, struct {
				args []string
				code int
			}{[]string{g}, 2})
		}
		for _, tc := range cases {
			code, out, errOut := runModelCmd(t, tc.args...)
			text := out + errOut
			if code != tc.code || strings.Contains(text, "unknown command \""+g+"\"") {
				t.Fatalf("rms %s: exit %d, want %d\n%s", strings.Join(tc.args, " "), code, tc.code, text)
			}
			for _, n := range names {
				if !strings.Contains(text, n) {
					t.Fatalf("rms %s does not list %q:\n%s", strings.Join(tc.args, " "), n, text)
				}
			}
			if len(tc.args) > 1 && tc.code == 2 && !strings.Contains(errOut, "no-such-command") {
				t.Fatalf("rms %s does not name the unknown command:\n%s", strings.Join(tc.args, " "), errOut)
			}
		}
	}
	if code, _, errOut := runModelCmd(t, "nothing"); code != 2 || !strings.Contains(errOut, `unknown command "nothing"`) {
		t.Fatalf("rms nothing: exit %d\n%s", code, errOut)
	}
}
