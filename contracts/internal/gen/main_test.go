package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// TestGeneratedFilesUpToDate compiles the sources twice and checks that the
// output is identical both times and equal to the committed files.
func TestGeneratedFilesUpToDate(t *testing.T) {
	dir := filepath.Join("..", "..")
	if _, err := os.Stat(filepath.Join(dir, "node_modules", "solc", "package.json")); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("solc is not installed in contracts/node_modules (run `make solc`)")
		}
		t.Skip("solc is not installed in contracts/node_modules; run `make solc`")
	}
	ctx := context.Background()
	a, err := generate(ctx, dir)
	if err != nil {
		t.Fatal(err)
	}
	b, err := generate(ctx, dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(a) != len(b) {
		t.Fatalf("two runs made %d and %d files", len(a), len(b))
	}
	for p, content := range a {
		if !bytes.Equal(content, b[p]) {
			t.Fatalf("%s differs between two runs", p)
		}
	}
	if err := compare(dir, a); err != nil {
		t.Fatal(err)
	}
}

func TestPinnedVersionRejectsRanges(t *testing.T) {
	dir := t.TempDir()
	for _, v := range []string{"^0.8.37", "~0.8.37", ">=0.8.0", ""} {
		os.WriteFile(filepath.Join(dir, "package.json"), []byte(`{"dependencies":{"solc":"`+v+`"}}`), 0o644)
		if _, err := pinnedVersion(dir); err == nil || !strings.Contains(err.Error(), "exact") {
			t.Errorf("solc %q accepted as a pin: %v", v, err)
		}
	}
	os.WriteFile(filepath.Join(dir, "package.json"), []byte(`{"dependencies":{"solc":"0.8.37"}}`), 0o644)
	if v, err := pinnedVersion(dir); err != nil || v != "0.8.37" {
		t.Fatalf("pinnedVersion = %q, %v", v, err)
	}
}

// TestUnrolledLevelsCommitted: the committed MIPSMemory.sol holds exactly
// the generated levels (no solc needed), and a hand edit of one level is
// undone by the generator.
func TestUnrolledLevelsCommitted(t *testing.T) {
	path := filepath.Join("..", "..", filepath.FromSlash(unrolledFile))
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	got, err := unroll(src)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, src) {
		t.Fatalf("%s differs from its generated levels: run `go generate ./contracts/...`", unrolledFile)
	}
	for _, fn := range []string{"proveFirst", "proveLeaf", "proveWriteLeaf"} {
		if n := strings.Count(unrolledLevels(fn), "// level "); n != treeLevels {
			t.Fatalf("%s: %d levels", fn, n)
		}
	}
	edited := bytes.Replace(src, []byte("pos := and(shr(21, idx), 32)"), []byte("pos := and(shr(22, idx), 32)"), 1)
	if bytes.Equal(edited, src) {
		t.Fatal("level 26 not found")
	}
	if fixed, err := unroll(edited); err != nil || !bytes.Equal(fixed, src) {
		t.Fatalf("a hand edit of level 26 survived regeneration: %v", err)
	}
	if _, err := unroll(bytes.Replace(src, []byte("// END GENERATED proveLeaf levels"), nil, 1)); err == nil {
		t.Fatal("a missing END line was accepted")
	}
}

// TestDependents: a changed source selects itself and every source that
// imports it, directly or through another, and nothing else.
func TestDependents(t *testing.T) {
	contents := map[string]string{
		"src/A.sol":      "pragma solidity 0.8.37;\n",
		"src/B.sol":      "import {A} from \"./A.sol\";\n",
		"src/step/C.sol": "import {B} from \"../B.sol\";\nimport \"./D.sol\";\n",
		"src/step/D.sol": "contract D {}\n",
		"src/E.sol":      "import {D as X} from \"./step/D.sol\";\n",
	}
	for _, tc := range []struct {
		changed []string
		want    string
	}{
		{[]string{"src/A.sol"}, "src/A.sol src/B.sol src/step/C.sol"},
		{[]string{"src/step/D.sol"}, "src/E.sol src/step/C.sol src/step/D.sol"},
		{[]string{"src/E.sol"}, "src/E.sol"},
		{[]string{"src/B.sol", "src/E.sol"}, "src/B.sol src/E.sol src/step/C.sol"},
	} {
		got, err := dependents(contents, tc.changed)
		if err != nil {
			t.Fatal(err)
		}
		var names []string
		for n := range got {
			names = append(names, n)
		}
		sort.Strings(names)
		if s := strings.Join(names, " "); s != tc.want {
			t.Errorf("dependents of %v = %s, want %s", tc.changed, s, tc.want)
		}
	}
	if _, err := dependents(contents, []string{"src/Z.sol"}); err == nil || !strings.Contains(err.Error(), "src/Z.sol") {
		t.Errorf("an unknown source was accepted: %v", err)
	}
}

// TestChangedBuildEqualsFull: compiling only the dependents of one source,
// with the others' artifacts taken from the tree, gives exactly the
// committed files (which TestGeneratedFilesUpToDate holds equal to a full
// build).
func TestChangedBuildEqualsFull(t *testing.T) {
	dir := filepath.Join("..", "..")
	if _, err := os.Stat(filepath.Join(dir, "node_modules", "solc", "package.json")); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("solc is not installed in contracts/node_modules (run `make solc`)")
		}
		t.Skip("solc is not installed in contracts/node_modules; run `make solc`")
	}
	files, err := generate(context.Background(), dir, "src/step/PreimageOracle.sol")
	if err != nil {
		t.Fatal(err)
	}
	if err := compare(dir, files); err != nil {
		t.Fatal(err)
	}
}
