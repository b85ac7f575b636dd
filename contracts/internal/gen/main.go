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
	"path/filepath"
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
	flag.Parse()
	if err := run(context.Background(), *dir, *check); err != nil {
		fmt.Fprintln(os.Stderr, "contracts/gen:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, dir string, check bool) error {
	files, err := generate(ctx, dir)
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

func generate(ctx context.Context, dir string) (generated, error) {
	version, err := pinnedVersion(dir)
	if err != nil {
		return nil, err
	}
	mem, err := unrolledSource(dir)
	if err != nil {
		return nil, err
	}
	input, err := compilerInput(dir, map[string][]byte{unrolledFile: mem})
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
// the pinned settings, and the outputs the generator uses.
func compilerInput(dir string, gen map[string][]byte) ([]byte, error) {
	var settings map[string]any
	raw, err := os.ReadFile(filepath.Join(dir, "solc-settings.json"))
	if err != nil {
		return nil, fmt.Errorf("read solc-settings.json: %w", err)
	}
	if err := json.Unmarshal(raw, &settings); err != nil {
		return nil, fmt.Errorf("decode solc-settings.json: %w", err)
	}
	settings["outputSelection"] = map[string]any{
		"*": map[string]any{
			"*": []string{"abi", "evm.bytecode.object", "evm.bytecode.linkReferences", "evm.deployedBytecode.object"},
		},
	}
	sources := map[string]any{}
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
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read sources: %w", err)
	}
	if len(sources) == 0 {
		return nil, errors.New("no .sol files under src/")
	}
	return json.Marshal(map[string]any{"language": "Solidity", "sources": sources, "settings": settings})
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
