package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/rmsnet/rms/dispute"
)

// TestBenchDispute plays one game through the command: the honest side
// wins, in the number of rounds the arity gives for the step bound.
func TestBenchDispute(t *testing.T) {
	code, out, errOut := runModelCmd(t, "bench", "dispute", "--model", mnistGGUFPath, "--mnist-test", "0", "--arity", "64", "--cheat", "op:3", "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var r dispute.BenchResult
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("not one JSON object: %v\n%s", err, out)
	}
	// 22 bits of steps, 6 per round: 4 rounds.
	if r.Winner != "honest" || r.Rounds != 4 || r.Op != 3 || r.Parties["honest"].Txs != 5 || r.TotalTxs > 12 {
		t.Fatalf("result %+v", r)
	}
}

func TestDisputeCommandUsage(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"bench", "dispute", "--arity", "3"}, "powers of two"},
		{[]string{"bench", "dispute", "--arity", "128"}, "powers of two"},
		{[]string{"bench", "dispute", "--steps-log2", "0"}, "--steps-log2"},
		{[]string{"bench", "dispute", "--model", mnistGGUFPath, "--mnist-test", "0", "--cheat", "op:99"}, "op:N with N in 0 … 8"},
		{[]string{"dispute", "show"}, "give the game id"},
		{[]string{"dispute", "show", "0x12"}, "game id"},
		{[]string{"dispute", "open", "--claim", "a"}, "--job is required"},
		{[]string{"dispute", "open", "--job", "00", "--claim", "a"}, "give --claim twice"},
		{[]string{"dispute", "play"}, "give the game id"},
	} {
		code, _, errOut := runModelCmd(t, tc.args...)
		if code == 0 || !strings.Contains(errOut, tc.want) {
			t.Errorf("rms %s: exit %d, stderr %q; want %q", strings.Join(tc.args, " "), code, errOut, tc.want)
		}
	}
}
