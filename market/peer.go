package market

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	p2pcrypto "github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/peer"
)

// ErrBadPeerBinding is returned (wrapped) when a registered peer id is not
// bound to the provider's address by a valid libp2p signature.
var ErrBadPeerBinding = errors.New("bad peer id binding")

var peerBindingTag = crypto.Keccak256([]byte("RMS peer binding v1"))

// PeerBindingDigest is the 32-byte message a provider's libp2p key signs to
// bind its peer id to its Ethereum address in one registry; the Registry's
// peerBindingDigest computes the same.
func PeerBindingDigest(chainID *big.Int, registry, provider common.Address, id peer.ID) common.Hash {
	return crypto.Keccak256Hash(peerBindingTag, word(chainID), addressWord(registry), addressWord(provider),
		crypto.Keccak256([]byte(id)))
}

// SignPeerBinding signs the binding of the peer id of key to provider.
func SignPeerBinding(key p2pcrypto.PrivKey, chainID *big.Int, registry, provider common.Address) (peer.ID, []byte, error) {
	if key == nil {
		return "", nil, errors.New("peer binding: no libp2p key")
	}
	id, err := peer.IDFromPrivateKey(key)
	if err != nil {
		return "", nil, fmt.Errorf("peer binding: peer id: %w", err)
	}
	d := PeerBindingDigest(chainID, registry, provider, id)
	sig, err := key.Sign(d[:])
	if err != nil {
		return "", nil, fmt.Errorf("peer binding: sign: %w", err)
	}
	return id, sig, nil
}

// VerifyPeerBinding checks that sig is the signature of the key of the peer
// id idBytes over the binding to provider. The peer id must embed its public
// key (Ed25519 and secp256k1 ids do), since the chain stores no key.
func VerifyPeerBinding(chainID *big.Int, registry, provider common.Address, idBytes, sig []byte) (peer.ID, error) {
	id, err := peer.IDFromBytes(idBytes)
	if err != nil {
		return "", fmt.Errorf("%w: peer id: %v", ErrBadPeerBinding, err)
	}
	pub, err := id.ExtractPublicKey()
	if err != nil {
		return "", fmt.Errorf("%w: peer id %s does not embed its public key: %v", ErrBadPeerBinding, id, err)
	}
	d := PeerBindingDigest(chainID, registry, provider, id)
	ok, err := pub.Verify(d[:], sig)
	if err != nil || !ok {
		return "", fmt.Errorf("%w: the key of peer %s did not sign address %s", ErrBadPeerBinding, id, provider.Hex())
	}
	return id, nil
}
