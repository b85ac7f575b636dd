// Command mutate runs the committed list of named source mutations
// (.ci/mutations.txt) against scratch copies of the working tree and fails
// when any mutation survives its test command, or when a mutation's original
// snippet is not found exactly once (the code moved on: update the entry).
// The working tree is never modified. `make mutate` runs it; docs/TESTING.md
// describes the list.
//
// -j workers run mutations at the same time, each in its own scratch copy.
// The copies live at fixed paths (-scratch; by default under the user cache
// folder, one folder per working tree, locked while a run uses it) and are copied afresh on every run, so the Go build cache, whose
// keys include a package's folder, stays warm from one run to the next. A
// mutant is built before its test (one that does not build is INVALID) and
// its test runs without go vet, so only the test itself can kill it.
//
// A mutation of a Solidity source regenerates the contract artifacts and
// bindings in the scratch copy before its test, compiling only the contracts
// that depend on the mutated source (contracts/internal/gen -changed).
package main

import (
	"bufio"
	"context"
	"crypto/sha256"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
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

// config holds the runner's flags.
type config struct {
	list, run, skip string
	scratch         string
	timeout         time.Duration
	jobs            int
	keep, check     bool
}

func main() {
	var c config
	flag.StringVar(&c.list, "list", ".ci/mutations.txt", "mutation list")
	flag.StringVar(&c.run, "run", "", "only mutations whose name matches this regexp")
	flag.StringVar(&c.skip, "skip", "", "leave out the mutations whose name matches this regexp")
	flag.DurationVar(&c.timeout, "timeout", 5*time.Minute, "time limit of one mutation's test (a mutant that runs past it is killed)")
	flag.IntVar(&c.jobs, "j", 2, "mutations run at the same time, each in its own scratch copy")
	flag.StringVar(&c.scratch, "scratch", "", "folder of the scratch copies (default: rms-mutate in the user cache folder)")
	flag.BoolVar(&c.keep, "keep", false, "keep the scratch copies")
	flag.BoolVar(&c.check, "check", false, "only check that every original snippet is found exactly once")
	flag.Parse()
	if err := mutate(c); err != nil {
		fmt.Fprintln(os.Stderr, "mutate:", err)
		os.Exit(1)
	}
}

func mutate(c config) error {
	b, err := os.ReadFile(c.list)
	if err != nil {
		return err
	}
	ms, err := Parse(string(b))
	if err != nil {
		return fmt.Errorf("%s: %w", c.list, err)
	}
	for _, f := range []struct {
		expr string
		keep bool
	}{{c.run, true}, {c.skip, false}} {
		if f.expr == "" {
			continue
		}
		re, err := regexp.Compile(f.expr)
		if err != nil {
			return err
		}
		var sel []Mutation
		for _, m := range ms {
			if re.MatchString(m.Name) == f.keep {
				sel = append(sel, m)
			}
		}
		ms = sel
	}
	if len(ms) == 0 {
		return fmt.Errorf("no mutation is selected (-run %q, -skip %q)", c.run, c.skip)
	}
	// Every snippet must be found exactly once before anything runs.
	var stale []string
	for _, m := range ms {
		src, err := os.ReadFile(m.File)
		if err != nil {
			stale = append(stale, fmt.Sprintf("%s:%d %q: %v", c.list, m.Line, m.Name, err))
			continue
		}
		if n := strings.Count(string(src), m.Original); n != 1 {
			stale = append(stale, fmt.Sprintf("%s:%d %q: the original snippet occurs %d times in %s (want once): update the entry", c.list, m.Line, m.Name, n, m.File))
		}
	}
	if len(stale) > 0 {
		return errors.New(strings.Join(stale, "\n"))
	}
	if c.check {
		fmt.Printf("%d mutations, every original snippet found once\n", len(ms))
		return nil
	}
	if c.jobs < 1 {
		return fmt.Errorf("-j %d: want at least 1", c.jobs)
	}
	c.jobs = min(c.jobs, len(ms))
	if c.scratch == "" {
		cache, err := os.UserCacheDir()
		if err != nil {
			return fmt.Errorf("no user cache folder for the scratch copies (use -scratch): %w", err)
		}
		// One folder per working tree: runs of other trees of the same
		// user (worktrees of one repository) must not share copies.
		tree, err := filepath.Abs(".")
		if err != nil {
			return err
		}
		c.scratch = filepath.Join(cache, "rms-mutate", fmt.Sprintf("%x", sha256.Sum256([]byte(tree)))[:12])
	}
	if c.scratch, err = filepath.Abs(c.scratch); err != nil {
		return err
	}
	if err := os.MkdirAll(c.scratch, 0o755); err != nil {
		return err
	}
	lock, err := os.OpenFile(filepath.Join(c.scratch, "lock"), os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		return err
	}
	defer lock.Close()
	if err := syscall.Flock(int(lock.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		return fmt.Errorf("another run uses the scratch copies in %s (-scratch to use others): %w", c.scratch, err)
	}
	gen := ""
	for _, m := range ms {
		if strings.HasSuffix(m.File, ".sol") {
			gen = filepath.Join(c.scratch, "contracts-gen")
			if out, err := sh(".", "go build -o "+gen+" ./contracts/internal/gen", 10*time.Minute); err != nil {
				return fmt.Errorf("build the contract generator: %v\n%s", err, out)
			}
			break
		}
	}
	dirs := make([]string, c.jobs)
	for w := range dirs {
		dirs[w] = filepath.Join(c.scratch, fmt.Sprintf("w%d", w))
		if err := os.RemoveAll(dirs[w]); err != nil {
			return err
		}
		if err := copyTree(dirs[w]); err != nil {
			return err
		}
		if c.keep {
			fmt.Println("scratch copy:", dirs[w])
		} else {
			defer os.RemoveAll(dirs[w])
		}
	}
	// Compile the unmutated test binaries once before the workers start,
	// so that they do not compile the same dependencies side by side (the
	// build cache is shared, the work in progress is not).
	if pkgs := testPackages(ms); len(pkgs) > 0 {
		t0 := time.Now()
		if out, err := sh(dirs[0], "go test -count=1 -run '^$' "+strings.Join(pkgs, " "), buildTimeout); err != nil {
			return fmt.Errorf("the unmutated tests do not build: %v\n%s", err, lastLines(out, 30))
		}
		fmt.Printf("built the tests of %d packages (%s)\n", len(pkgs), time.Since(t0).Round(time.Second))
	}

	var (
		mu                sync.Mutex
		done              int
		survived, invalid []string
		busy              time.Duration
		wg                sync.WaitGroup
	)
	next := make(chan Mutation)
	start := time.Now()
	for _, dir := range dirs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for m := range next {
				t0 := time.Now()
				res, out, built := runOne(dir, gen, m, c.timeout)
				d := time.Since(t0)
				mu.Lock()
				done++
				busy += d
				fmt.Printf("[%d/%d] %-8s %s (%s, %s: build %s, test %s)\n", done, len(ms), res, m.Name, m.File,
					d.Round(time.Second), built.Round(time.Second), (d - built).Round(time.Second))
				switch res {
				case "SURVIVED":
					survived = append(survived, m.Name)
					fmt.Printf("    test: %s\n", m.Test)
				case "INVALID":
					invalid = append(invalid, m.Name)
					fmt.Printf("    %s\n", strings.ReplaceAll(strings.TrimSpace(lastLines(out, 15)), "\n", "\n    "))
				}
				mu.Unlock()
			}
		}()
	}
	for _, m := range ms {
		next <- m
	}
	close(next)
	wg.Wait()
	fmt.Printf("%d mutations, %d killed, %d survived, %d invalid, in %s (%d workers, %s of mutant time)\n",
		len(ms), len(ms)-len(survived)-len(invalid), len(survived), len(invalid),
		time.Since(start).Round(time.Second), c.jobs, busy.Round(time.Second))
	if len(survived)+len(invalid) > 0 {
		return fmt.Errorf("survived: %v; invalid: %v", survived, invalid)
	}
	return nil
}

// runOne applies m in the scratch copy, runs its test and restores the copy.
// It returns "killed" (the test failed), "SURVIVED" (it passed) or "INVALID"
// (the mutant does not build or the contracts do not compile), the test's
// output and the time the build (or the contracts' generation) took. gen is
// the contract generator's binary.
func runOne(scratch, gen string, m Mutation, timeout time.Duration) (res, out string, built time.Duration) {
	path := filepath.Join(scratch, m.File)
	orig, err := os.ReadFile(path)
	if err != nil {
		return "INVALID", err.Error(), 0
	}
	defer restore(scratch, m, orig)
	t0 := time.Now()
	res, out = build(scratch, gen, m, orig)
	built = time.Since(t0)
	if res != "" {
		return res, out, built
	}
	out, err = sh(scratch, m.Test, timeout)
	switch {
	case err == nil:
		res = "SURVIVED"
	case errors.Is(err, context.DeadlineExceeded):
		res = "killed" // a mutant that hangs is caught by the time limit
	case strings.Contains(out, "[build failed]") || strings.Contains(out, "[setup failed]"):
		res = "INVALID"
	default:
		res = "killed"
	}
	return res, out, built
}

// restore puts back the file m changed (as it was in the copy: the working
// tree may have moved on since the run began) and, for a Solidity source,
// the contract artifacts and bindings, from the working tree.
func restore(scratch string, m Mutation, orig []byte) {
	_ = os.WriteFile(filepath.Join(scratch, m.File), orig, 0o644)
	if strings.HasSuffix(m.File, ".sol") {
		for _, d := range []string{"contracts/artifacts", "contracts/bindings"} {
			_ = restoreDir(filepath.Join(scratch, d), d)
		}
	}
}

// pkgRE matches the package patterns of go test commands.
var pkgRE = regexp.MustCompile(`\bgo test\s+((?:-\S+\s+)*)(\./[^\s;&|]*)`)

// testPackages lists the packages (./path) the mutations' test commands
// name after `go test`, once each, in order.
func testPackages(ms []Mutation) []string {
	var out []string
	seen := map[string]bool{}
	for _, m := range ms {
		for _, g := range pkgRE.FindAllStringSubmatch(m.Test, -1) {
			if p := g[2]; !seen[p] {
				seen[p] = true
				out = append(out, p)
			}
		}
	}
	return out
}

// buildTimeout bounds a mutant's build: generous, since the first run
// after a change of the dependencies or the flags compiles them all.
const buildTimeout = 40 * time.Minute

// build applies m in the scratch copy and builds the mutant: the package of
// a Go file, the contracts depending on a Solidity source. It returns
// "INVALID" and the output when that fails, "" when the test may run.
func build(scratch, gen string, m Mutation, orig []byte) (string, string) {
	path := filepath.Join(scratch, m.File)
	mut := strings.Replace(string(orig), m.Original, m.Replacement, 1)
	if err := os.WriteFile(path, []byte(mut), 0o644); err != nil {
		return "INVALID", err.Error()
	}
	if strings.HasSuffix(m.File, ".sol") {
		rel, err := filepath.Rel("contracts", m.File)
		if err != nil {
			return "INVALID", err.Error()
		}
		if out, err := sh(filepath.Join(scratch, "contracts"), gen+" -changed "+rel, buildTimeout); err != nil {
			return "INVALID", fmt.Sprintf("%s\n%v", out, err)
		}
	} else if strings.HasSuffix(m.File, ".go") {
		if out, err := sh(scratch, "go build ./"+filepath.Dir(m.File), buildTimeout); err != nil {
			return "INVALID", fmt.Sprintf("%s\n%v", out, err)
		}
	}
	return "", ""
}

// goFlags are added to GOFLAGS for every command: no vet in go test (only
// the test may kill a mutant; a vet finding would count as a kill), and
// links without the DWARF tables (-w: a third less link time). Neither
// changes a compiled package, so the dependencies come from the build cache
// as the working tree's own builds left them. (-trimpath would let the
// workers share their copies' packages, but every dependency, cgo ones
// included, would be compiled again once: about half an hour here.) The
// guest builds of the VM tests set their own GOFLAGS (vm.GuestBuildEnv).
const goFlags = "-vet=off -ldflags=-w"

// sh runs cmd with bash in dir, with RMS_MUTANT=1 and goFlags. On the time
// limit it kills the whole process group (the test binaries go test started
// too).
func sh(dir, cmd string, timeout time.Duration) (string, error) {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	c := exec.CommandContext(ctx, "bash", "-c", cmd)
	c.Dir = dir
	c.Env = append(os.Environ(), "RMS_MUTANT=1", "GOFLAGS="+strings.TrimSpace(os.Getenv("GOFLAGS")+" "+goFlags))
	c.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	c.Cancel = func() error { return syscall.Kill(-c.Process.Pid, syscall.SIGKILL) }
	c.WaitDelay = 10 * time.Second
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
