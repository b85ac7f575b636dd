// Command gen compiles contracts/src with the pinned npm solc and writes the
// ABI and bytecode artifacts (artifacts/*.json) and the abigen v2 bindings
// (bindings/bindings.go). Before compiling it writes the unrolled levels of
// the memory proofs in src/step/MIPSMemory.sol from one template per
// function (unroll.go). It is run by `go generate ./contracts/...` from the
// contracts folder. With -check it writes nothing and fails when a generated
// file in the tree differs from what it would write, is missing, or is stale.
//
// The output depends only on the sources, solc-settings.json and the pinned
// compiler and go-ethereum versions: no paths, times or environment.
//
// With -changed src/A.sol,… it compiles only the contracts whose sources
// import one of those files (directly or not) and takes every other
// contract's artifact from artifacts/ as it is: the same files as a full
// build when only the named sources changed since artifacts/ was written,
// in a fraction of the time. The mutation runner (.ci/mutate) uses it.
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi/abigen"
	"github.com/ethereum/go-ethereum/crypto"
)

const (
	// maxCodeSize is the EIP-170 limit on deployed code.
	maxCodeSize = 24576
	// maxInitCodeSize is the EIP-3860 limit on creation code.
	maxInitCodeSize = 2 * maxCodeSize

	artifactsDir = "artifacts"
	bindingsDir  = "bindings"
	bindingsFile = "bindings.go"
	bindingsPkg  = "bindings"
)

// compileScript runs solc-js's standard-JSON compiler on stdin and prints the
// compiler version with the output, so the CLI's chatter never mixes in.
const compileScript = `const solc = require('solc');
const fs = require('fs');
const out = solc.compile(fs.readFileSync(0, 'utf8'));
process.stdout.write(JSON.stringify({version: solc.version(), output: JSON.parse(out)}));`

func main() {
	check := flag.Bool("check", false, "compare with the files in the tree instead of writing them")
	dir := flag.String("dir", ".", "the contracts folder")
	changed := flag.String("changed", "", "comma-separated sources (src/….sol) that changed since artifacts/ was written: compile only the contracts that depend on them")
	flag.Parse()
	var only []string
	if *changed != "" {
		only = strings.Split(*changed, ",")
	}
	if err := run(context.Background(), *dir, *check, only); err != nil {
		fmt.Fprintln(os.Stderr, "contracts/gen:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, dir string, check bool, changed []string) error {
	files, err := generate(ctx, dir, changed...)
	if err != nil {
		return err
	}
	if check {
		return compare(dir, files)
	}
	return write(dir, files)
}

// generated maps a path relative to the contracts folder to its content.
type generated map[string][]byte

type solcOutput struct {
	Version string `json:"version"`
	Output  struct {
		Errors []struct {
			Severity         string `json:"severity"`
			FormattedMessage string `json:"formattedMessage"`
		} `json:"errors"`
		Contracts map[string]map[string]struct {
			ABI json.RawMessage `json:"abi"`
			EVM struct {
				Bytecode struct {
					Object         string          `json:"object"`
					LinkReferences json.RawMessage `json:"linkReferences"`
				} `json:"bytecode"`
				DeployedBytecode struct {
					Object string `json:"object"`
				} `json:"deployedBytecode"`
			} `json:"evm"`
		} `json:"contracts"`
	} `json:"output"`
}

// artifact is the JSON written for each deployable contract.
type artifact struct {
	ContractName     string          `json:"contractName"`
	SourceName       string          `json:"sourceName"`
	Compiler         string          `json:"compiler"`
	ABI              json.RawMessage `json:"abi"`
	Bytecode         string          `json:"bytecode"`
	DeployedBytecode string          `json:"deployedBytecode"`
	LinkReferences   json.RawMessage `json:"linkReferences"`
	DeployedSize     int             `json:"deployedSize"`
}

// generate compiles the sources and returns every generated file. With
// changed sources named, only the contracts depending on them are compiled;
// the others' artifacts are read from artifacts/.
func generate(ctx context.Context, dir string, changed ...string) (generated, error) {
	version, err := pinnedVersion(dir)
	if err != nil {
		return nil, err
	}
	mem, err := unrolledSource(dir)
	if err != nil {
		return nil, err
	}
	input, compiled, err := compilerInput(dir, map[string][]byte{unrolledFile: mem}, changed)
	if err != nil {
		return nil, err
	}
	if _, err := os.Stat(filepath.Join(dir, "node_modules", "solc", "package.json")); err != nil {
		return nil, fmt.Errorf("solc is not installed in %s/node_modules: run `make solc` (npm ci in contracts/)", dir)
	}
	cmd := exec.CommandContext(ctx, "node", "-e", compileScript)
	cmd.Dir = dir
	cmd.Stdin = bytes.NewReader(input)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	raw, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("run solc: %w: %s", err, stderr.String())
	}
	var out solcOutput
	if err := json.Unmarshal(raw, &out); err != nil {
		return nil, fmt.Errorf("decode solc output: %w", err)
	}
	if !strings.HasPrefix(out.Version, version+"+") {
		return nil, fmt.Errorf("solc is %s but package.json pins %s: run `npm ci` in contracts/", out.Version, version)
	}
	var failed []string
	for _, e := range out.Output.Errors {
		if e.Severity == "error" {
			failed = append(failed, e.FormattedMessage)
		} else {
			fmt.Fprint(os.Stderr, e.FormattedMessage)
		}
	}
	if len(failed) > 0 {
		return nil, fmt.Errorf("solc failed:\n%s", strings.Join(failed, ""))
	}

	files := generated{filepath.FromSlash(unrolledFile): mem}
	var (
		types, abis, bins []string
		libs              = map[string]string{}
		seen              = map[string]string{}
	)
	sources := make([]string, 0, len(out.Output.Contracts))
	for src := range out.Output.Contracts {
		sources = append(sources, src)
	}
	sort.Strings(sources)
	type entry struct {
		name string
		art  artifact
	}
	var entries []entry
	for _, src := range sources {
		names := make([]string, 0, len(out.Output.Contracts[src]))
		for n := range out.Output.Contracts[src] {
			names = append(names, n)
		}
		sort.Strings(names)
		for _, name := range names {
			c := out.Output.Contracts[src][name]
			var abiList []json.RawMessage
			if err := json.Unmarshal(c.ABI, &abiList); err != nil {
				return nil, fmt.Errorf("ABI of %s:%s: %w", src, name, err)
			}
			// Abstract contracts and interfaces have no code; libraries with
			// only internal functions have no ABI. Neither is deployed.
			if c.EVM.Bytecode.Object == "" || len(abiList) == 0 {
				continue
			}
			if other, dup := seen[name]; dup {
				return nil, fmt.Errorf("contract name %s is used in both %s and %s", name, other, src)
			}
			seen[name] = src
			deployed := len(c.EVM.DeployedBytecode.Object) / 2
			if deployed > maxCodeSize {
				return nil, fmt.Errorf("%s:%s deploys %d bytes of code, over the EIP-170 limit of %d", src, name, deployed, maxCodeSize)
			}
			if n := len(c.EVM.Bytecode.Object) / 2; n > maxInitCodeSize {
				return nil, fmt.Errorf("%s:%s has %d bytes of creation code, over the EIP-3860 limit of %d", src, name, n, maxInitCodeSize)
			}
			var compactABI bytes.Buffer
			if err := json.Compact(&compactABI, c.ABI); err != nil {
				return nil, fmt.Errorf("ABI of %s:%s: %w", src, name, err)
			}
			links := c.EVM.Bytecode.LinkReferences
			if len(links) == 0 {
				links = json.RawMessage("{}")
			}
			entries = append(entries, entry{name, artifact{
				ContractName:     name,
				SourceName:       src,
				Compiler:         "solc " + out.Version,
				ABI:              compactABI.Bytes(),
				Bytecode:         "0x" + c.EVM.Bytecode.Object,
				DeployedBytecode: "0x" + c.EVM.DeployedBytecode.Object,
				LinkReferences:   links,
				DeployedSize:     deployed,
			}})
			// solc's placeholder for a library is the first 34 hex digits of
			// keccak256 of its fully qualified name.
			libs[crypto.Keccak256Hash([]byte(src + ":" + name)).Hex()[2:36]] = name
		}
	}
	if compiled != nil {
		kept, err := keptArtifacts(dir, compiled, out.Version)
		if err != nil {
			return nil, err
		}
		for _, a := range kept {
			if other, dup := seen[a.ContractName]; dup {
				return nil, fmt.Errorf("contract name %s is used in both %s and %s", a.ContractName, other, a.SourceName)
			}
			seen[a.ContractName] = a.SourceName
			entries = append(entries, entry{a.ContractName, a})
			libs[crypto.Keccak256Hash([]byte(a.SourceName + ":" + a.ContractName)).Hex()[2:36]] = a.ContractName
		}
	}
	sort.Slice(entries, func(i, j int) bool { return entries[i].name < entries[j].name })
	for _, e := range entries {
		js, err := json.MarshalIndent(e.art, "", "  ")
		if err != nil {
			return nil, fmt.Errorf("encode artifact %s: %w", e.name, err)
		}
		files[filepath.Join(artifactsDir, e.name+".json")] = append(js, '\n')
		types = append(types, e.name)
		abis = append(abis, string(e.art.ABI))
		bins = append(bins, e.art.Bytecode)
	}
	if len(types) == 0 {
		return nil, errors.New("no deployable contract in src/")
	}
	code, err := abigen.BindV2(types, abis, bins, bindingsPkg, libs, nil)
	if err != nil {
		return nil, fmt.Errorf("abigen: %w", err)
	}
	files[filepath.Join(bindingsDir, bindingsFile)] = []byte(code)
	return files, nil
}

// pinnedVersion reads the exact solc version from package.json.
func pinnedVersion(dir string) (string, error) {
	raw, err := os.ReadFile(filepath.Join(dir, "package.json"))
	if err != nil {
		return "", fmt.Errorf("read package.json: %w", err)
	}
	var pkg struct {
		Dependencies map[string]string `json:"dependencies"`
	}
	if err := json.Unmarshal(raw, &pkg); err != nil {
		return "", fmt.Errorf("decode package.json: %w", err)
	}
	v := pkg.Dependencies["solc"]
	if v == "" || strings.ContainsAny(v, "^~<>=* ") {
		return "", fmt.Errorf("package.json must pin solc to an exact version, has %q", v)
	}
	return v, nil
}

// compilerInput builds the standard-JSON input: every src/**/*.sol inline
// (or its content in gen, by path relative to dir, for generated sources),
// the pinned settings, and the outputs the generator uses. With changed
// sources named, the outputs are selected only for the sources that depend
// on them, which it also returns (nil: every source is compiled).
func compilerInput(dir string, gen map[string][]byte, changed []string) ([]byte, map[string]bool, error) {
	var settings map[string]any
	raw, err := os.ReadFile(filepath.Join(dir, "solc-settings.json"))
	if err != nil {
		return nil, nil, fmt.Errorf("read solc-settings.json: %w", err)
	}
	if err := json.Unmarshal(raw, &settings); err != nil {
		return nil, nil, fmt.Errorf("decode solc-settings.json: %w", err)
	}
	outputs := []string{"abi", "evm.bytecode.object", "evm.bytecode.linkReferences", "evm.deployedBytecode.object"}
	settings["outputSelection"] = map[string]any{"*": map[string]any{"*": outputs}}
	sources := map[string]any{}
	contents := map[string]string{}
	err = filepath.WalkDir(filepath.Join(dir, "src"), func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".sol") {
			return err
		}
		content, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(dir, path)
		if err != nil {
			return err
		}
		if g, ok := gen[filepath.ToSlash(rel)]; ok {
			content = g
		}
		sources[filepath.ToSlash(rel)] = map[string]string{"content": string(content)}
		contents[filepath.ToSlash(rel)] = string(content)
		return nil
	})
	if err != nil {
		return nil, nil, fmt.Errorf("read sources: %w", err)
	}
	if len(sources) == 0 {
		return nil, nil, errors.New("no .sol files under src/")
	}
	var compiled map[string]bool
	if len(changed) > 0 {
		if compiled, err = dependents(contents, changed); err != nil {
			return nil, nil, err
		}
		sel := map[string]any{}
		for src := range compiled {
			sel[src] = map[string]any{"*": outputs}
		}
		settings["outputSelection"] = sel
	}
	input, err := json.Marshal(map[string]any{"language": "Solidity", "sources": sources, "settings": settings})
	return input, compiled, err
}

// importRE matches a Solidity import's path.
var importRE = regexp.MustCompile(`(?m)^\s*import\s+[^;]*?"([^"]+)"\s*;`)

// dependents returns the sources (paths relative to the contracts folder)
// that are one of changed or import one of them, directly or not.
func dependents(contents map[string]string, changed []string) (map[string]bool, error) {
	imports := map[string][]string{}
	for src, c := range contents {
		for _, m := range importRE.FindAllStringSubmatch(c, -1) {
			p := m[1]
			if strings.HasPrefix(p, "./") || strings.HasPrefix(p, "../") {
				p = path.Join(path.Dir(src), p)
			}
			imports[src] = append(imports[src], p)
		}
	}
	out := map[string]bool{}
	for _, c := range changed {
		c = path.Clean(filepath.ToSlash(c))
		if _, ok := contents[c]; !ok {
			return nil, fmt.Errorf("-changed %s: no such source under src/", c)
		}
		out[c] = true
	}
	for grew := true; grew; {
		grew = false
		for src, imps := range imports {
			for _, p := range imps {
				if out[p] && !out[src] {
					out[src], grew = true, true
				}
			}
		}
	}
	return out, nil
}

// keptArtifacts reads the artifacts in the tree of the contracts whose
// sources were not compiled; each must come from the same compiler.
func keptArtifacts(dir string, compiled map[string]bool, version string) ([]artifact, error) {
	matches, err := filepath.Glob(filepath.Join(dir, artifactsDir, "*.json"))
	if err != nil {
		return nil, err
	}
	var out []artifact
	for _, m := range matches {
		raw, err := os.ReadFile(m)
		if err != nil {
			return nil, err
		}
		var a artifact
		if err := json.Unmarshal(raw, &a); err != nil {
			return nil, fmt.Errorf("decode %s: %w", m, err)
		}
		if compiled[a.SourceName] {
			continue
		}
		if a.Compiler != "solc "+version {
			return nil, fmt.Errorf("%s was built by %s, not solc %s: run a full `go generate ./contracts/...`", m, a.Compiler, version)
		}
		var c bytes.Buffer
		if err := json.Compact(&c, a.ABI); err != nil {
			return nil, fmt.Errorf("ABI in %s: %w", m, err)
		}
		a.ABI = c.Bytes()
		out = append(out, a)
	}
	return out, nil
}

// owned lists the generated files now in the tree.
func owned(dir string) ([]string, error) {
	var paths []string
	matches, err := filepath.Glob(filepath.Join(dir, artifactsDir, "*.json"))
	if err != nil {
		return nil, err
	}
	for _, m := range matches {
		rel, _ := filepath.Rel(dir, m)
		paths = append(paths, rel)
	}
	for _, b := range []string{filepath.Join(bindingsDir, bindingsFile), filepath.FromSlash(unrolledFile)} {
		if _, err := os.Stat(filepath.Join(dir, b)); err == nil {
			paths = append(paths, b)
		}
	}
	return paths, nil
}

func write(dir string, files generated) error {
	old, err := owned(dir)
	if err != nil {
		return err
	}
	for _, p := range old {
		if _, keep := files[p]; !keep {
			if err := os.Remove(filepath.Join(dir, p)); err != nil {
				return fmt.Errorf("remove stale %s: %w", p, err)
			}
		}
	}
	for p, content := range files {
		full := filepath.Join(dir, p)
		if cur, err := os.ReadFile(full); err == nil && bytes.Equal(cur, content) {
			continue
		}
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(full, content, 0o644); err != nil {
			return fmt.Errorf("write %s: %w", p, err)
		}
	}
	return nil
}

func compare(dir string, files generated) error {
	old, err := owned(dir)
	if err != nil {
		return err
	}
	var problems []string
	for _, p := range old {
		if _, keep := files[p]; !keep {
			problems = append(problems, p+" is stale (no contract generates it)")
		}
	}
	paths := make([]string, 0, len(files))
	for p := range files {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	for _, p := range paths {
		cur, err := os.ReadFile(filepath.Join(dir, p))
		switch {
		case errors.Is(err, fs.ErrNotExist):
			problems = append(problems, p+" is missing")
		case err != nil:
			return err
		case !bytes.Equal(cur, files[p]):
			problems = append(problems, p+" differs from a fresh build")
		}
	}
	if len(problems) > 0 {
		return fmt.Errorf("generated contract files are out of date; run `go generate ./contracts/...` and commit:\n  %s",
			strings.Join(problems, "\n  "))
	}
	return nil
}
