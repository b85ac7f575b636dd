package market

import (
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

// The state root, registry and slot of the seed testdata/fuzz/FuzzLightProof/seed-service:
// a real eth_getProof answer of the simulated chain for a service's first slot.
var (
	seedRoot = common.HexToHash("0xf0ec5e2911289a5af1d50c7ecb71877c737073f9b6c42a45ecf32f679b444742")
	seedAddr = common.HexToAddress("0xc73b5c4A3d508ff9B75939F0810A1Adb0f77b15C")
	seedKey  = common.HexToHash("0xc601e9d5d281bab5daa1ea86ef9a652721e43178e7147a0dd1cf8a914cc64be2")
)

func readSeed(t testing.TB, name string) []byte { return readSeedFile(t, "FuzzLightProof", name) }

// readSeedFile reads the bytes of a committed fuzz seed.
func readSeedFile(t testing.TB, fuzzer, name string) []byte {
	b, err := os.ReadFile(filepath.Join("testdata", "fuzz", fuzzer, name))
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.SplitN(string(b), "\n", 3)
	s, err := strconv.Unquote(strings.TrimSuffix(strings.TrimPrefix(lines[1], "[]byte("), ")"))
	if err != nil {
		t.Fatal(err)
	}
	return []byte(s)
}

// TestLightProofSeed: the committed seed verifies (so the fuzzer starts from
// a proof that reaches the deepest checks), and any change of one byte of it
// is refused or leaves the proven value as it was.
func TestLightProofSeed(t *testing.T) {
	raw := readSeed(t, "seed-service")
	res, err := decodeProof(raw)
	if err != nil {
		t.Fatal(err)
	}
	_, vals, err := verifyProof(seedRoot, seedAddr, []common.Hash{seedKey}, res)
	if err != nil {
		t.Fatal(err)
	}
	want := vals[seedKey]
	if want == (common.Hash{}) {
		t.Fatal("the seed proves an empty slot")
	}
	for i := 0; i < len(raw); i += 7 {
		b := append([]byte(nil), raw...)
		b[i] ^= 0x01
		res, err := decodeProof(b)
		if err != nil {
			continue
		}
		_, vals, err := verifyProof(seedRoot, seedAddr, []common.Hash{seedKey}, res)
		if err == nil && vals[seedKey] != want {
			t.Fatalf("flipping byte %d changed the proven value to %s without an error", i, vals[seedKey].Hex())
		}
	}
}

// FuzzLightProof feeds any bytes as an eth_getProof answer: decoding and
// verification refuse or verify, never panic.
func FuzzLightProof(f *testing.F) {
	f.Add([]byte(`{"address":"0x00","accountProof":["0x80"],"storageProof":[{"key":"0x1","value":"0x0","proof":[]}]}`))
	f.Fuzz(func(t *testing.T, raw []byte) {
		res, err := decodeProof(raw)
		if err != nil {
			if !errors.Is(err, ErrBadProof) && !errors.Is(err, ErrProofMissing) {
				t.Fatalf("decode error %v is neither ErrBadProof nor ErrProofMissing", err)
			}
			return
		}
		_, _, err = verifyProof(seedRoot, seedAddr, []common.Hash{seedKey, {1}}, res)
		if err != nil && !errors.Is(err, ErrBadProof) && !errors.Is(err, ErrProofMissing) {
			t.Fatalf("verify error %v is neither ErrBadProof nor ErrProofMissing", err)
		}
	})
}

// FuzzLightBytesLength decodes any storage word as the length word of a
// Solidity `bytes`: within bounds or refused, never a panic.
func FuzzLightBytesLength(f *testing.F) {
	f.Add(make([]byte, 32))
	f.Add(append(make([]byte, 31), 77)) // long, 38 bytes
	f.Fuzz(func(t *testing.T, b []byte) {
		var w common.Hash
		copy(w[:], b)
		n, long, err := bytesLength(w)
		if err == nil && (n < 0 || n > 1<<20 || (long && n < 32) || (!long && n > 31)) {
			t.Fatalf("length %d long %v accepted", n, long)
		}
	})
}
