package main

import (
	"os"
	"strings"
	"testing"
)

// TestListParsesAndNamesPackages: the committed list parses, and the
// packages warmed up before a run are exactly those its test commands name.
func TestListParsesAndNamesPackages(t *testing.T) {
	b, err := os.ReadFile("../mutations.txt")
	if err != nil {
		t.Fatal(err)
	}
	ms, err := Parse(string(b))
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range ms {
		if !strings.Contains(m.Test, "go test ./") {
			t.Errorf("%s: test %q names no package", m.Name, m.Test)
		}
	}
	got := testPackages([]Mutation{
		{Test: "go test ./vm -run 'X' -count=1 && go test ./dispute -run 'Y' -count=1"},
		{Test: "go test -count=1 ./p2p -run Z"},
		{Test: "go test ./vm -count=1"},
	})
	if s := strings.Join(got, " "); s != "./vm ./dispute ./p2p" {
		t.Fatalf("packages %s", s)
	}
}
