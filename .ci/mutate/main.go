// Command mutate runs the committed list of named source mutations
// (.ci/mutations.txt) one at a time against a scratch copy of the working
// tree and fails when any mutation survives its test command, or when a
// mutation's original snippet is not found exactly once (the code moved on:
// update the entry). The working tree is never modified. `make mutate` runs
// it; docs/TESTING.md describes the list.
//
// A mutation of a Solidity source regenerates the contract artifacts and
// bindings in the scratch copy (go generate ./contracts/...) before its test.
package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"time"
)

// Mutation is one named change of one file and the test that must fail on it.
type Mutation struct {
	Name        string
	File        string
	Test        string
	Original    string
	Replacement string
	Line        int // of the entry in the list
}

func main() {
	list := flag.String("list", ".ci/mutations.txt", "mutation list")
	run := flag.String("run", "", "only mutations whose name matches this regexp")
	timeout := flag.Duration("timeout", 10*time.Minute, "time limit of one mutation's test")
	keep := flag.Bool("keep", false, "keep the scratch copy")
	check := flag.Bool("check", false, "only check that every original snippet is found exactly once")
	flag.Parse()
	if err := mutate(*list, *run, *timeout, *keep, *check); err != nil {
		fmt.Fprintln(os.Stderr, "mutate:", err)
		os.Exit(1)
	}
}

func mutate(list, run string, timeout time.Duration, keep, check bool) error {
	b, err := os.ReadFile(list)
	if err != nil {
		return err
	}
	ms, err := Parse(string(b))
	if err != nil {
		return fmt.Errorf("%s: %w", list, err)
	}
	if run != "" {
		re, err := regexp.Compile(run)
		if err != nil {
			return err
		}
		var sel []Mutation
		for _, m := range ms {
			if re.MatchString(m.Name) {
				sel = append(sel, m)
			}
		}
		ms = sel
		if len(ms) == 0 {
			return fmt.Errorf("no mutation matches %q", run)
		}
	}
	// Every snippet must be found exactly once before anything runs.
	var stale []string
	for _, m := range ms {
		src, err := os.ReadFile(m.File)
		if err != nil {
			stale = append(stale, fmt.Sprintf("%s:%d %q: %v", list, m.Line, m.Name, err))
			continue
		}
		if n := strings.Count(string(src), m.Original); n != 1 {
			stale = append(stale, fmt.Sprintf("%s:%d %q: the original snippet occurs %d times in %s (want once): update the entry", list, m.Line, m.Name, n, m.File))
		}
	}
	if len(stale) > 0 {
		return errors.New(strings.Join(stale, "\n"))
	}
	if check {
		fmt.Printf("%d mutations, every original snippet found once\n", len(ms))
		return nil
	}
	scratch, err := os.MkdirTemp("", "rms-mutate-")
	if err != nil {
		return err
	}
	if keep {
		fmt.Println("scratch copy:", scratch)
	} else {
		defer os.RemoveAll(scratch)
	}
	if err := copyTree(scratch); err != nil {
		return err
	}
	var survived, invalid []string
	start := time.Now()
	for i, m := range ms {
		t0 := time.Now()
		res, out := runOne(scratch, m, timeout)
		fmt.Printf("[%d/%d] %-8s %s (%s, %s)\n", i+1, len(ms), res, m.Name, m.File, time.Since(t0).Round(time.Second))
		switch res {
		case "SURVIVED":
			survived = append(survived, m.Name)
			fmt.Printf("    test: %s\n", m.Test)
		case "INVALID":
			invalid = append(invalid, m.Name)
			fmt.Printf("    %s\n", strings.ReplaceAll(strings.TrimSpace(lastLines(out, 15)), "\n", "\n    "))
		}
	}
	fmt.Printf("%d mutations, %d killed, %d survived, %d invalid, in %s\n", len(ms), len(ms)-len(survived)-len(invalid), len(survived), len(invalid), time.Since(start).Round(time.Second))
	if len(survived)+len(invalid) > 0 {
		return fmt.Errorf("survived: %v; invalid: %v", survived, invalid)
	}
	return nil
}

// runOne applies m in the scratch copy, runs its test and restores the copy.
// It returns "killed" (the test failed), "SURVIVED" (it passed) or "INVALID"
// (the mutant does not build or the contracts do not compile).
func runOne(scratch string, m Mutation, timeout time.Duration) (string, string) {
	path := filepath.Join(scratch, m.File)
	orig, err := os.ReadFile(path)
	if err != nil {
		return "INVALID", err.Error()
	}
	sol := strings.HasSuffix(m.File, ".sol")
	defer func() {
		_ = os.WriteFile(path, orig, 0o644)
		if sol {
			for _, d := range []string{"contracts/artifacts", "contracts/bindings"} {
				_ = restoreDir(filepath.Join(scratch, d), d)
			}
		}
	}()
	mut := strings.Replace(string(orig), m.Original, m.Replacement, 1)
	if err := os.WriteFile(path, []byte(mut), 0o644); err != nil {
		return "INVALID", err.Error()
	}
	if sol {
		if out, err := sh(scratch, "go generate ./contracts/...", 10*time.Minute); err != nil {
			return "INVALID", out
		}
	} else if strings.HasSuffix(m.File, ".go") {
		if out, err := sh(scratch, "go vet ./"+filepath.Dir(m.File), 10*time.Minute); err != nil {
			return "INVALID", out
		}
	}
	out, err := sh(scratch, m.Test, timeout)
	if err == nil {
		return "SURVIVED", out
	}
	if errors.Is(err, context.DeadlineExceeded) {
		return "killed", out // a mutant that hangs is caught by the time limit
	}
	if strings.Contains(out, "[build failed]") || strings.Contains(out, "[setup failed]") {
		return "INVALID", out
	}
	return "killed", out
}

func sh(dir, cmd string, timeout time.Duration) (string, error) {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	c := exec.CommandContext(ctx, "bash", "-c", cmd)
	c.Dir = dir
	c.Env = append(os.Environ(), "RMS_MUTANT=1")
	out, err := c.CombinedOutput()
	if ctx.Err() != nil {
		return string(out), ctx.Err()
	}
	return string(out), err
}

// copyTree copies the files git knows (tracked, and untracked but not
// ignored) into dst, and links the installed tools (solc's node_modules,
// .bin) that the tests need.
func copyTree(dst string) error {
	out, err := exec.Command("git", "ls-files", "-z", "--cached", "--others", "--exclude-standard").Output()
	if err != nil {
		return fmt.Errorf("git ls-files: %w", err)
	}
	for _, f := range strings.Split(strings.TrimRight(string(out), "\x00"), "\x00") {
		if f == "" {
			continue
		}
		st, err := os.Lstat(f)
		if err != nil {
			continue // deleted in the working tree
		}
		if !st.Mode().IsRegular() {
			continue
		}
		if err := copyFile(filepath.Join(dst, f), f, st.Mode()); err != nil {
			return err
		}
	}
	for _, l := range []string{"contracts/node_modules", ".bin"} {
		if abs, err := filepath.Abs(l); err == nil {
			if _, err := os.Stat(abs); err == nil {
				if err := os.Symlink(abs, filepath.Join(dst, l)); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

func copyFile(dst, src string, mode fs.FileMode) error {
	b, err := os.ReadFile(src)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
		return err
	}
	return os.WriteFile(dst, b, mode.Perm())
}

// restoreDir copies the files of src (in the working tree) over dst.
func restoreDir(dst, src string) error {
	return filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		st, err := d.Info()
		if err != nil {
			return err
		}
		return copyFile(filepath.Join(dst, rel), p, st.Mode())
	})
}

func lastLines(s string, n int) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}

// Parse reads the list format:
//
//	== name
//	file: path
//	test: shell command that must fail on the mutant
//	--- original
//	snippet lines
//	+++ mutant
//	replacement lines
//
// Lines starting with # are comments, also inside snippets (no snippet line
// may start with #). A snippet ends at the next "+++ mutant", "== " or the
// end of the file; trailing blank lines are not part of it.
func Parse(s string) ([]Mutation, error) {
	var out []Mutation
	var cur *Mutation
	var buf []string
	state := "" // "", "head", "orig", "mut"
	flush := func() error {
		if cur == nil {
			return nil
		}
		if state == "mut" {
			cur.Replacement = trimBlank(buf)
		}
		switch {
		case cur.File == "" || cur.Test == "":
			return fmt.Errorf("line %d %q: file and test are required", cur.Line, cur.Name)
		case cur.Original == "":
			return fmt.Errorf("line %d %q: empty original snippet", cur.Line, cur.Name)
		case cur.Original == cur.Replacement:
			return fmt.Errorf("line %d %q: the mutant equals the original", cur.Line, cur.Name)
		}
		for _, m := range out {
			if m.Name == cur.Name {
				return fmt.Errorf("line %d: mutation %q listed twice", cur.Line, cur.Name)
			}
		}
		out = append(out, *cur)
		return nil
	}
	sc := bufio.NewScanner(strings.NewReader(s))
	sc.Buffer(nil, 1<<20)
	n := 0
	for sc.Scan() {
		line := sc.Text()
		n++
		switch {
		case strings.HasPrefix(line, "#"):
			// a comment, also between snippets (snippet lines never start with #)
		case strings.HasPrefix(line, "== "):
			if err := flush(); err != nil {
				return nil, err
			}
			cur = &Mutation{Name: strings.TrimSpace(line[3:]), Line: n}
			state, buf = "head", nil
		case state == "head" && strings.HasPrefix(line, "file:"):
			cur.File = strings.TrimSpace(line[5:])
		case state == "head" && strings.HasPrefix(line, "test:"):
			cur.Test = strings.TrimSpace(line[5:])
		case state == "head" && line == "--- original":
			state, buf = "orig", nil
		case state == "orig" && line == "+++ mutant":
			cur.Original = trimBlank(buf)
			state, buf = "mut", nil
		case state == "orig" || state == "mut":
			buf = append(buf, line)
		case strings.TrimSpace(line) == "":
		default:
			return nil, fmt.Errorf("line %d: unexpected %q", n, line)
		}
	}
	if state == "orig" {
		return nil, fmt.Errorf("line %d %q: no +++ mutant section", cur.Line, cur.Name)
	}
	if err := flush(); err != nil {
		return nil, err
	}
	if len(out) == 0 {
		return nil, errors.New("no mutations")
	}
	return out, nil
}

// trimBlank joins lines, leaving out trailing blank lines.
func trimBlank(lines []string) string {
	for len(lines) > 0 && strings.TrimSpace(lines[len(lines)-1]) == "" {
		lines = lines[:len(lines)-1]
	}
	return strings.Join(lines, "\n")
}
