package p2p

import (
	"bytes"
	"crypto/ed25519"
	"crypto/rand"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/libp2p/go-libp2p/core/crypto"
	crypto_pb "github.com/libp2p/go-libp2p/core/crypto/pb"
	"github.com/libp2p/go-libp2p/core/peer"
	"google.golang.org/protobuf/proto"
)

// KeyFile is the name of the identity key file in the data dir.
const KeyFile = "p2p_identity.key"

// maxKeyFileSize bounds what LoadOrCreateKey reads: a marshalled Ed25519
// key is 68 bytes; anything much larger is not a key.
const maxKeyFileSize = 16 << 10

// ErrCorruptKey is wrapped by the error LoadOrCreateKey returns when the key
// file exists but does not hold a valid private key.
var ErrCorruptKey = errors.New("corrupt identity key file")

// LoadOrCreateKey returns the node's identity key stored in dataDir/KeyFile,
// creating an Ed25519 key (file mode 0600) the first time. A file that exists
// but is not a valid key is an error (never silently replaced: the peer id is
// the node's identity).
func LoadOrCreateKey(dataDir string) (crypto.PrivKey, error) {
	if dataDir == "" {
		return nil, fmt.Errorf("p2p identity: empty data dir")
	}
	path := filepath.Join(dataDir, KeyFile)
	f, err := os.Open(path)
	switch {
	case err == nil:
		defer f.Close()
		st, err := f.Stat()
		if err != nil {
			return nil, fmt.Errorf("p2p identity %s: %w", path, err)
		}
		if st.Size() > maxKeyFileSize {
			return nil, fmt.Errorf("p2p identity %s: %w: %d bytes is too large for a key (delete the file to create a new identity)", path, ErrCorruptKey, st.Size())
		}
		if st.Mode().Perm()&0o077 != 0 {
			return nil, fmt.Errorf("p2p identity %s: mode %o lets others read the private key; run chmod 600 on it", path, st.Mode().Perm())
		}
		data := make([]byte, st.Size())
		if _, err := io.ReadFull(f, data); err != nil {
			return nil, fmt.Errorf("p2p identity %s: %w", path, err)
		}
		return parseKey(path, data)
	case errors.Is(err, fs.ErrNotExist):
	default:
		return nil, fmt.Errorf("p2p identity %s: %w", path, err)
	}

	if err := os.MkdirAll(dataDir, 0o700); err != nil {
		return nil, fmt.Errorf("p2p identity: create data dir: %w", err)
	}
	sk, _, err := crypto.GenerateEd25519Key(rand.Reader)
	if err != nil {
		return nil, fmt.Errorf("p2p identity: generate key: %w", err)
	}
	data, err := crypto.MarshalPrivateKey(sk)
	if err != nil {
		return nil, fmt.Errorf("p2p identity: marshal key: %w", err)
	}
	// Write to a temporary file and rename so that a crash never leaves a
	// half-written key behind.
	tmp, err := os.CreateTemp(dataDir, KeyFile+".tmp*")
	if err != nil {
		return nil, fmt.Errorf("p2p identity: %w", err)
	}
	defer os.Remove(tmp.Name())
	if err := tmp.Chmod(0o600); err != nil {
		tmp.Close()
		return nil, fmt.Errorf("p2p identity: %w", err)
	}
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return nil, fmt.Errorf("p2p identity: write key: %w", err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return nil, fmt.Errorf("p2p identity: sync key: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return nil, fmt.Errorf("p2p identity: %w", err)
	}
	// Link instead of rename: if another process created the key meanwhile,
	// keep theirs.
	if err := os.Link(tmp.Name(), path); err != nil {
		if errors.Is(err, fs.ErrExist) {
			return LoadOrCreateKey(dataDir)
		}
		return nil, fmt.Errorf("p2p identity: store key %s: %w", path, err)
	}
	return sk, nil
}

func parseKey(path string, data []byte) (crypto.PrivKey, error) {
	if len(data) == 0 {
		return nil, fmt.Errorf("p2p identity %s: %w: file is empty (delete it to create a new identity)", path, ErrCorruptKey)
	}
	var msg crypto_pb.PrivateKey
	if err := proto.Unmarshal(data, &msg); err != nil {
		return nil, fmt.Errorf("p2p identity %s: %w: %v (delete it to create a new identity)", path, ErrCorruptKey, err)
	}
	if msg.GetType() != crypto_pb.KeyType_Ed25519 {
		return nil, fmt.Errorf("p2p identity %s: %w: key type %s, want Ed25519 (delete it to create a new identity)", path, ErrCorruptKey, msg.GetType())
	}
	sk, err := crypto.UnmarshalEd25519PrivateKey(msg.GetData())
	if err != nil {
		return nil, fmt.Errorf("p2p identity %s: %w: %v (delete it to create a new identity)", path, ErrCorruptKey, err)
	}
	// The marshalled key is seed || public key; a corrupt public half would
	// give a peer id that the key's signatures do not match.
	raw, err := sk.Raw()
	if err != nil || len(raw) != ed25519.PrivateKeySize {
		return nil, fmt.Errorf("p2p identity %s: %w: private key of %d bytes (delete it to create a new identity)", path, ErrCorruptKey, len(raw))
	}
	if !bytes.Equal(ed25519.NewKeyFromSeed(raw[:ed25519.SeedSize]), raw) {
		return nil, fmt.Errorf("p2p identity %s: %w: public key does not match the private key (delete it to create a new identity)", path, ErrCorruptKey)
	}
	// A key must derive a peer id; this also rejects keys whose public half
	// cannot be computed.
	if _, err := peer.IDFromPrivateKey(sk); err != nil {
		return nil, fmt.Errorf("p2p identity %s: %w: %v", path, ErrCorruptKey, err)
	}
	return sk, nil
}
