package market

import (
	"bytes"
	"crypto/ecdsa"
	"encoding/base64"
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/crypto"
	p2pcrypto "github.com/libp2p/go-libp2p/core/crypto"
)

// PasswordEnv is the environment variable LoadKey reads a keystore
// passphrase from when no password file is given.
const PasswordEnv = "RMS_KEY_PASSWORD"

// LoadKey loads an Ethereum private key from path: either an Ethereum JSON
// keystore file (its passphrase read from passwordFile, or from $RMS_KEY_PASSWORD
// when passwordFile is empty) or a file holding the raw key as 64 hex digits
// (optionally 0x-prefixed).
func LoadKey(path, passwordFile string) (*ecdsa.PrivateKey, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("load key: %w", err)
	}
	text := bytes.TrimSpace(raw)
	if len(text) > 0 && text[0] == '{' {
		pass, err := passphrase(passwordFile)
		if err != nil {
			return nil, fmt.Errorf("load key %s: %w", path, err)
		}
		k, err := keystore.DecryptKey(text, pass)
		if err != nil {
			return nil, fmt.Errorf("load key %s: keystore: %w", path, err)
		}
		return k.PrivateKey, nil
	}
	s := strings.TrimPrefix(strings.TrimPrefix(string(text), "0x"), "0X")
	if len(s) != 64 {
		return nil, fmt.Errorf("load key %s: not a JSON keystore and not 64 hex digits (%d characters)", path, len(s))
	}
	k, err := crypto.HexToECDSA(s)
	if err != nil {
		return nil, fmt.Errorf("load key %s: %w", path, err)
	}
	return k, nil
}

func passphrase(file string) (string, error) {
	if file != "" {
		b, err := os.ReadFile(file)
		if err != nil {
			return "", fmt.Errorf("read password file: %w", err)
		}
		return strings.TrimRight(string(b), "\r\n"), nil
	}
	if p, ok := os.LookupEnv(PasswordEnv); ok {
		return p, nil
	}
	return "", fmt.Errorf("keystore needs a passphrase: give a password file or set $%s", PasswordEnv)
}

// WriteHexKey writes key as 64 hex digits to path (mode 0600).
func WriteHexKey(path string, key *ecdsa.PrivateKey) error {
	if err := os.WriteFile(path, []byte(fmt.Sprintf("%x\n", crypto.FromECDSA(key))), 0o600); err != nil {
		return fmt.Errorf("write key: %w", err)
	}
	return nil
}

// LoadPeerKey loads a libp2p private key from path: the protobuf bytes of
// go-libp2p's crypto.MarshalPrivateKey, raw or base64 encoded.
func LoadPeerKey(path string) (p2pcrypto.PrivKey, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("load libp2p key: %w", err)
	}
	k, err := p2pcrypto.UnmarshalPrivateKey(raw)
	if err == nil {
		return k, nil
	}
	if dec, derr := base64.StdEncoding.DecodeString(strings.TrimSpace(string(raw))); derr == nil {
		if k, err2 := p2pcrypto.UnmarshalPrivateKey(dec); err2 == nil {
			return k, nil
		}
	}
	return nil, fmt.Errorf("load libp2p key %s: %w", path, errors.Join(errors.New("not a marshalled libp2p private key (raw or base64)"), err))
}
