package market

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"
	"time"
)

// solcLayoutScript compiles the standard-JSON input on stdin with the pinned
// solc-js and prints the output.
const solcLayoutScript = `const solc = require('solc');
const fs = require('fs');
process.stdout.write(solc.compile(fs.readFileSync(0, 'utf8')));`

type solcStorage struct {
	Label  string `json:"label"`
	Slot   string `json:"slot"`
	Offset int    `json:"offset"`
	Type   string `json:"type"`
}

type solcLayout struct {
	Storage []solcStorage `json:"storage"`
	Types   map[string]struct {
		Label   string        `json:"label"`
		Value   string        `json:"value"`
		Members []solcStorage `json:"members"`
	} `json:"types"`
}

// storageLayouts compiles the Registry, the Escrow and Games with the pinned solc
// and returns their storage layouts by contract name. Without node or solc
// the test is skipped, or fails under CI=true.
func storageLayouts(t *testing.T) map[string]solcLayout {
	t.Helper()
	dir := filepath.Join("..", "contracts")
	missing := func(err error) {
		if os.Getenv("CI") == "true" {
			t.Fatal(err)
		}
		t.Skip(err)
	}
	node, err := exec.LookPath("node")
	if err != nil {
		missing(err)
	}
	if _, err := os.Stat(filepath.Join(dir, "node_modules", "solc", "package.json")); err != nil {
		missing(err)
	}
	sources := map[string]any{}
	for _, f := range []string{"Registry.sol", "Escrow.sol", "Messages.sol", "Games.sol"} {
		b, err := os.ReadFile(filepath.Join(dir, "src", f))
		if err != nil {
			t.Fatal(err)
		}
		sources["src/"+f] = map[string]string{"content": string(b)}
	}
	in, err := json.Marshal(map[string]any{"language": "Solidity", "sources": sources, "settings": map[string]any{
		"outputSelection": map[string]any{
			"src/Registry.sol": map[string]any{"Registry": []string{"storageLayout"}},
			"src/Escrow.sol":   map[string]any{"Escrow": []string{"storageLayout"}},
			"src/Games.sol":    map[string]any{"Games": []string{"storageLayout"}},
		},
	}})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, node, "-e", solcLayoutScript)
	cmd.Dir = dir
	cmd.Stdin = bytes.NewReader(in)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("solc: %v: %s", err, stderr.String())
	}
	var res struct {
		Errors []struct {
			Severity, FormattedMessage string
		} `json:"errors"`
		Contracts map[string]map[string]struct {
			StorageLayout solcLayout `json:"storageLayout"`
		} `json:"contracts"`
	}
	if err := json.Unmarshal(out, &res); err != nil {
		t.Fatal(err)
	}
	for _, e := range res.Errors {
		if e.Severity == "error" {
			t.Fatal(e.FormattedMessage)
		}
	}
	out2 := map[string]solcLayout{}
	for _, name := range []string{"Registry", "Escrow", "Games"} {
		c, ok := res.Contracts["src/"+name+".sol"][name]
		if !ok {
			t.Fatalf("solc output has no %s", name)
		}
		out2[name] = c.StorageLayout
	}
	return out2
}

// TestRegistryStorageLayout compares the slots verified reads decode
// (light_proof.go) with the compiler's storage layout of Registry.sol, so a
// contract change that moves a slot fails here instead of reading garbage.
func TestRegistryStorageLayout(t *testing.T) {
	if testing.Short() {
		t.Skip("runs solc")
	}
	lays := storageLayouts(t)
	lay := lays["Registry"]
	find := func(list []solcStorage, label string) solcStorage {
		t.Helper()
		for _, s := range list {
			if s.Label == label {
				return s
			}
		}
		t.Fatalf("no %q in the layout", label)
		return solcStorage{}
	}
	at := func(list []solcStorage, label string, slot, offset int, typ string) solcStorage {
		t.Helper()
		s := find(list, label)
		if s.Slot != strconv.Itoa(slot) || s.Offset != offset || lay.Types[s.Type].Label != typ {
			t.Errorf("%s: compiler has slot %s offset %d type %q; verified reads assume slot %d offset %d type %q",
				label, s.Slot, s.Offset, lay.Types[s.Type].Label, slot, offset, typ)
		}
		return s
	}
	services := at(lay.Storage, "services_", registrySlotServices, 0, "mapping(bytes32 => struct Registry.Service)")
	classes := at(lay.Storage, "classes_", registrySlotClasses, 0, "mapping(bytes32 => struct Registry.Class)")

	svc := lay.Types[lay.Types[services.Type].Value].Members
	if len(svc) != 9 {
		t.Errorf("Service has %d members, verified reads decode 9", len(svc))
	}
	at(svc, "provider", serviceOffHead, 0, "address")
	at(svc, "unbondingEnds", serviceOffHead, 20, "uint64")
	at(svc, "openGames", serviceOffHead, 28, "uint32")
	at(svc, "classId", serviceOffClass, 0, "bytes32")
	at(svc, "price", serviceOffPrice, 0, "uint256")
	at(svc, "stake", serviceOffStake, 0, "uint256")
	at(svc, "reserved", serviceOffReserved, 0, "uint256")
	at(svc, "peerId", serviceOffPeerID, 0, "bytes")
	at(svc, "peerSig", serviceOffPeerSig, 0, "bytes")

	cls := lay.Types[lay.Types[classes.Type].Value].Members
	if len(cls) != 5 {
		t.Errorf("Class has %d members, verified reads decode 5", len(cls))
	}
	at(cls, "modelRoot", 0, 0, "bytes32")
	at(cls, "programRoot", 1, 0, "bytes32")
	at(cls, "imageRoot", 2, 0, "bytes32")
	at(cls, "traceHeight", 3, 0, "uint8")
	at(cls, "stepsLog2", 3, 1, "uint8")

	lay = lays["Escrow"]
	channels := at(lay.Storage, "channels_", escrowSlotChannels, 0, "mapping(address => mapping(address => struct Escrow.Channel))")
	inner := lay.Types[channels.Type].Value
	ch := lay.Types[lay.Types[inner].Value].Members
	if len(ch) != 4 {
		t.Errorf("Channel has %d members, verified reads decode 4", len(ch))
	}
	at(ch, "funds", 0, 0, "uint88")
	at(ch, "redeemed", 0, 11, "uint88")
	at(ch, "refundAt", 0, 22, "uint48")
	at(ch, "epoch", 0, 28, "uint32")

	lay = lays["Games"]
	games := at(lay.Storage, "games_", gamesSlotGames, 0, "mapping(bytes32 => struct Games.Game)")
	at(lay.Storage, "defeated", gamesSlotDefeated, 0, "mapping(bytes32 => bool)")
	gm := lay.Types[lay.Types[games.Type].Value].Members
	at(gm, "jobHash", gameOffJob, 0, "bytes32")
	at(gm, "phase", gameOffHead, 0, "enum Games.Phase")
	at(gm, "posted", gameOffHead, 2, "uint8")
	at(gm, "losers", gameOffHead, 3, "uint8")
	at(gm, "turnStart", gameOffHead, 4, "uint64")
	at(gm, "remaining", gameOffRemaining, 0, "uint64[2]")
	at(gm, "claim", gameOffClaim, 0, "bytes32[2]")
	at(gm, "service", gameOffService, 0, "bytes32[2]")
	at(gm, "provider", gameOffProvider, 0, "address[2]")
	at(gm, "outputRoot", gameOffOutput, 0, "bytes32[2]")
}
