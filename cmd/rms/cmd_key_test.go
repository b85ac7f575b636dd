package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/rmsnet/rms/market"
)

// TestKeyCommands: rms key new writes a hex key (0600) whose address it
// prints, rms key address reads it back, and neither overwrites nor
// accepts a missing file.
func TestKeyCommands(t *testing.T) {
	path := filepath.Join(t.TempDir(), "k.key")
	code, out, stderr := runModelCmd(t, "key", "new", "--out", path)
	if code != 0 {
		t.Fatalf("key new: exit %d, %s", code, stderr)
	}
	k, err := market.LoadKey(path, "")
	if err != nil {
		t.Fatal(err)
	}
	want := crypto.PubkeyToAddress(k.PublicKey).Hex()
	if strings.TrimSpace(out) != want {
		t.Fatalf("key new printed %q, the key is %s's", out, want)
	}
	if st, err := os.Stat(path); err != nil || st.Mode().Perm() != 0o600 {
		t.Fatalf("key file mode: %v %v", st.Mode(), err)
	}
	if code, out, _ = runModelCmd(t, "key", "address", "--key", path); code != 0 || strings.TrimSpace(out) != want {
		t.Fatalf("key address: exit %d, %q", code, out)
	}
	for _, args := range [][]string{{"key", "new", "--out", path}, {"key", "new"}, {"key", "address"}, {"key", "address", "--key", path + ".none"}} {
		if code, _, stderr := runModelCmd(t, args...); code == 0 || stderr == "" {
			t.Fatalf("%v: exit %d", args, code)
		}
	}
	// The refused second key new left the first key in place.
	if k2, err := market.LoadKey(path, ""); err != nil || crypto.PubkeyToAddress(k2.PublicKey).Hex() != want {
		t.Fatalf("the key file changed: %v", err)
	}
}
