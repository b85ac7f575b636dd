package p2p

import (
	"crypto/rand"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/peer"
)

func TestKeyCreatedOnceWithMode0600(t *testing.T) {
	dir := t.TempDir()
	k1, err := LoadOrCreateKey(dir)
	if err != nil {
		t.Fatal(err)
	}
	st, err := os.Stat(filepath.Join(dir, KeyFile))
	if err != nil {
		t.Fatal(err)
	}
	if st.Mode().Perm() != 0o600 {
		t.Fatalf("key file mode %o, want 600", st.Mode().Perm())
	}
	k2, err := LoadOrCreateKey(dir)
	if err != nil {
		t.Fatal(err)
	}
	if !k1.Equals(k2) {
		t.Fatal("second load returned a different key")
	}
	left, _ := filepath.Glob(filepath.Join(dir, KeyFile+".tmp*"))
	if len(left) != 0 {
		t.Fatalf("temporary files left behind: %v", left)
	}
}

func TestRestartKeepsPeerID(t *testing.T) {
	dir := t.TempDir()
	n1 := newTestNodeIn(t, dir)
	id := n1.ID()
	if err := n1.Close(); err != nil {
		t.Fatal(err)
	}
	n2 := newTestNodeIn(t, dir)
	if n2.ID() != id {
		t.Fatalf("peer id changed across restart: %s -> %s", id, n2.ID())
	}
	other := newTestNode(t)
	if other.ID() == id {
		t.Fatal("two data dirs gave the same peer id")
	}
}

func TestCorruptKeyFile(t *testing.T) {
	sk, _, err := crypto.GenerateEd25519Key(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	good, err := crypto.MarshalPrivateKey(sk)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		data    []byte
		mode    os.FileMode
		corrupt bool
		want    string
	}{
		{"empty", nil, 0o600, true, "empty"},
		{"garbage", []byte("this is not a key at all"), 0o600, true, "corrupt"},
		{"truncated", good[:len(good)/2], 0o600, true, "corrupt"},
		{"bit flipped type", append([]byte{0x08, 0x63}, good[2:]...), 0o600, true, "corrupt"},
		{"bit flipped public half", flipLast(good), 0o600, true, "does not match"},
		{"too large", make([]byte, maxKeyFileSize+1), 0o600, true, "too large"},
		{"readable by others", good, 0o644, false, "chmod 600"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, KeyFile)
			if err := os.WriteFile(path, tt.data, tt.mode); err != nil {
				t.Fatal(err)
			}
			if err := os.Chmod(path, tt.mode); err != nil {
				t.Fatal(err)
			}
			_, err := LoadOrCreateKey(dir)
			if err == nil {
				t.Fatal("no error")
			}
			if !strings.Contains(err.Error(), tt.want) || !strings.Contains(err.Error(), path) {
				t.Fatalf("error %q does not name the problem (%q) and the file", err, tt.want)
			}
			if errors.Is(err, ErrCorruptKey) != tt.corrupt {
				t.Fatalf("errors.Is(err, ErrCorruptKey) = %v, want %v", !tt.corrupt, tt.corrupt)
			}
			// The file must be left alone.
			after, _ := os.ReadFile(path)
			if string(after) != string(tt.data) {
				t.Fatal("key file was modified")
			}
			// A node refuses to start on it.
			if _, err := NewHost(dir, WithListenAddrs("/ip4/127.0.0.1/tcp/0")); err == nil {
				t.Fatal("host started with a bad key file")
			}
		})
	}
}

func TestKeyMatchesPeerID(t *testing.T) {
	dir := t.TempDir()
	n := newTestNodeIn(t, dir)
	sk, err := LoadOrCreateKey(dir)
	if err != nil {
		t.Fatal(err)
	}
	id, err := peer.IDFromPrivateKey(sk)
	if err != nil {
		t.Fatal(err)
	}
	if id != n.ID() {
		t.Fatalf("stored key gives %s, node runs as %s", id, n.ID())
	}
	if !n.PrivKey().Equals(sk) {
		t.Fatal("Node.PrivKey differs from the stored key")
	}
}

// flipLast returns b with one bit of its last byte (in a marshalled Ed25519
// key: the public half) flipped.
func flipLast(b []byte) []byte {
	out := append([]byte{}, b...)
	out[len(out)-1] ^= 1
	return out
}
