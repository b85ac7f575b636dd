package market

import (
	"crypto/rand"
	"encoding/base64"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/google/uuid"
	p2pcrypto "github.com/libp2p/go-libp2p/core/crypto"
)

func TestLoadKey(t *testing.T) {
	dir := t.TempDir()
	key := mustKey(t)
	want := addr(key)
	write := func(name, content string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	hexKey := common.Bytes2Hex(crypto.FromECDSA(key))
	ks, err := keystore.EncryptKey(&keystore.Key{Id: uuid.New(), Address: want, PrivateKey: key}, "s3cret", keystore.LightScryptN, keystore.LightScryptP)
	if err != nil {
		t.Fatal(err)
	}
	ksPath := write("keystore.json", string(ks))
	passFile := write("pass", "s3cret\n")
	wrongPass := write("wrong", "nope\n")
	tests := []struct {
		name, path, passFile, env string
		ok                        bool
	}{
		{"hex", write("k1", hexKey+"\n"), "", "", true},
		{"0x hex", write("k2", "0x"+hexKey), "", "", true},
		{"keystore with password file", ksPath, passFile, "", true},
		{"keystore with env", ksPath, "", "s3cret", true},
		{"keystore wrong password", ksPath, wrongPass, "", false},
		{"keystore without password", ksPath, "", "", false},
		{"short hex", write("k3", hexKey[:60]), "", "", false},
		{"not hex", write("k4", strings.Repeat("z", 64)), "", "", false},
		{"zero key", write("k5", strings.Repeat("0", 64)), "", "", false},
		{"missing", filepath.Join(dir, "absent"), "", "", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if tc.env != "" {
				t.Setenv(PasswordEnv, tc.env)
			} else {
				os.Unsetenv(PasswordEnv)
			}
			k, err := LoadKey(tc.path, tc.passFile)
			if tc.ok != (err == nil) {
				t.Fatalf("LoadKey = %v, want ok=%v", err, tc.ok)
			}
			if err == nil && addr(k) != want {
				t.Fatalf("loaded %s, want %s", addr(k).Hex(), want.Hex())
			}
		})
	}
}

func TestLoadPeerKey(t *testing.T) {
	dir := t.TempDir()
	priv, _, err := p2pcrypto.GenerateEd25519Key(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	raw, _ := p2pcrypto.MarshalPrivateKey(priv)
	for name, content := range map[string][]byte{"raw": raw, "base64": []byte(base64.StdEncoding.EncodeToString(raw) + "\n")} {
		p := filepath.Join(dir, name)
		os.WriteFile(p, content, 0o600)
		k, err := LoadPeerKey(p)
		if err != nil || !k.Equals(priv) {
			t.Fatalf("%s: %v", name, err)
		}
	}
	bad := filepath.Join(dir, "bad")
	os.WriteFile(bad, []byte("hello"), 0o600)
	if _, err := LoadPeerKey(bad); err == nil {
		t.Fatal("loaded garbage as a libp2p key")
	}
}

func TestPeerBinding(t *testing.T) {
	chain := big.NewInt(1337)
	registry := common.HexToAddress("0x1000000000000000000000000000000000000001")
	provider, attacker := addr(mustKey(t)), addr(mustKey(t))
	k1, _, _ := p2pcrypto.GenerateEd25519Key(rand.Reader)
	k2, _, _ := p2pcrypto.GenerateEd25519Key(rand.Reader)
	id1, sig1, err := SignPeerBinding(k1, chain, registry, provider)
	if err != nil {
		t.Fatal(err)
	}
	id2, sig2, _ := SignPeerBinding(k2, chain, registry, provider)
	if got, err := VerifyPeerBinding(chain, registry, provider, []byte(id1), sig1); err != nil || got != id1 {
		t.Fatalf("valid binding refused: %v", err)
	}
	tests := []struct {
		name              string
		chain             *big.Int
		registry, address common.Address
		id                []byte
		sig               []byte
	}{
		{"libp2p key of another peer signed", chain, registry, provider, []byte(id1), sig2},
		{"binding of another address reused", chain, registry, attacker, []byte(id1), sig1},
		{"other chain", big.NewInt(1), registry, provider, []byte(id1), sig1},
		{"other registry", chain, attacker, provider, []byte(id1), sig1},
		{"peer id swapped", chain, registry, provider, []byte(id2), sig1},
		{"garbage peer id", chain, registry, provider, []byte("not a peer id"), sig1},
		{"empty signature", chain, registry, provider, []byte(id1), nil},
	}
	for _, tc := range tests {
		if _, err := VerifyPeerBinding(tc.chain, tc.registry, tc.address, tc.id, tc.sig); err == nil {
			t.Errorf("%s: forged binding accepted", tc.name)
		}
	}
}
