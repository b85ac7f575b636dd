package market

import (
	"encoding/json"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethdb/memorydb"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/ethereum/go-ethereum/trie"
)

// The Registry's storage layout that verified reads rely on (docs/MARKET.md,
// "Verified reads"); TestRegistryStorageLayout compares it with the
// compiler's layout, so a change that moves a slot fails a test.
const (
	registrySlotServices = 3 // mapping(bytes32 => Service) services_
	registrySlotClasses  = 2 // mapping(bytes32 => Class) classes_

	// Words of a Service from its base slot keccak256(id . 3).
	serviceOffHead     = 0 // provider (bytes 12..31), unbondingEnds (4..11), openGames (0..3)
	serviceOffClass    = 1
	serviceOffPrice    = 2
	serviceOffStake    = 3
	serviceOffReserved = 4
	serviceOffPeerID   = 5
	serviceOffPeerSig  = 6
	serviceSlots       = 7

	// MaxPeerIDBytes and MaxPeerSigBytes are the Registry's limits.
	MaxPeerIDBytes  = 128
	MaxPeerSigBytes = 256
)

// The Escrow's: mapping(address user => mapping(address provider => Channel))
// channels_ at slot 0, one word per channel: funds uint88 (bytes 21..31),
// redeemed uint88 (10..20), refundAt uint48 (4..9), epoch uint32 (0..3).
const escrowSlotChannels = 0

// channelSlot is the slot of channels_[user][provider].
func channelSlot(user, provider common.Address) common.Hash {
	inner := mappingSlot(common.BytesToHash(user[:]), escrowSlotChannels)
	var buf [64]byte
	copy(buf[12:32], provider[:])
	copy(buf[32:], inner[:])
	return crypto.Keccak256Hash(buf[:])
}

func decodeChannel(w common.Hash) Channel {
	return Channel{
		Funds:    new(big.Int).SetBytes(w[21:32]),
		Redeemed: new(big.Int).SetBytes(w[10:21]),
		RefundAt: new(big.Int).SetBytes(w[4:10]).Uint64(),
		Epoch:    uint32(new(big.Int).SetBytes(w[0:4]).Uint64()),
	}
}

// mappingSlot is the slot of m[key] for a mapping at slot m with a 32-byte key.
func mappingSlot(key [32]byte, m uint64) common.Hash {
	var buf [64]byte
	copy(buf[:32], key[:])
	new(big.Int).SetUint64(m).FillBytes(buf[32:])
	return crypto.Keccak256Hash(buf[:])
}

func serviceSlot(id ServiceID) common.Hash { return mappingSlot(id, registrySlotServices) }

// slotAdd is slot + i modulo 2^256.
func slotAdd(slot common.Hash, i uint64) common.Hash {
	x := new(big.Int).SetBytes(slot[:])
	x.Add(x, new(big.Int).SetUint64(i))
	var out common.Hash
	b := x.Bytes()
	if len(b) > 32 {
		b = b[len(b)-32:]
	}
	copy(out[32-len(b):], b)
	return out
}

// bytesDataSlot is where the data of a long `bytes` at slot starts.
func bytesDataSlot(slot common.Hash) common.Hash { return crypto.Keccak256Hash(slot[:]) }

// proofResult is an eth_getProof answer as the endpoint sent it.
type proofResult struct {
	Address      common.Address  `json:"address"`
	AccountProof []hexutil.Bytes `json:"accountProof"`
	Balance      *hexutil.Big    `json:"balance"`
	CodeHash     common.Hash     `json:"codeHash"`
	Nonce        hexutil.Uint64  `json:"nonce"`
	StorageHash  common.Hash     `json:"storageHash"`
	StorageProof []storageResult `json:"storageProof"`
}

type storageResult struct {
	Key   string          `json:"key"`
	Value *hexutil.Big    `json:"value"`
	Proof []hexutil.Bytes `json:"proof"`
}

// maxProofNodes bounds the nodes of one proof (a trie path has at most 65).
const maxProofNodes = 80

// decodeProof decodes an eth_getProof answer; it checks shapes only, the
// proofs are checked by verifyProof.
func decodeProof(raw []byte) (*proofResult, error) {
	if len(raw) == 0 || string(raw) == "null" {
		return nil, fmt.Errorf("%w: eth_getProof answered nothing", ErrProofMissing)
	}
	var r proofResult
	if err := json.Unmarshal(raw, &r); err != nil {
		return nil, fmt.Errorf("%w: eth_getProof answer: %v", ErrBadProof, err)
	}
	if len(r.AccountProof) == 0 {
		return nil, fmt.Errorf("%w: no account proof", ErrProofMissing)
	}
	if len(r.AccountProof) > maxProofNodes {
		return nil, fmt.Errorf("%w: account proof of %d nodes", ErrBadProof, len(r.AccountProof))
	}
	for i, s := range r.StorageProof {
		if len(s.Proof) > maxProofNodes {
			return nil, fmt.Errorf("%w: storage proof %d of %d nodes", ErrBadProof, i, len(s.Proof))
		}
	}
	return &r, nil
}

// proofAccount is the part of a proven account that reads use.
type proofAccount struct {
	exists   bool
	root     common.Hash
	codeHash common.Hash
}

func proofDB(nodes []hexutil.Bytes) *memorydb.Database {
	db := memorydb.New()
	for _, n := range nodes {
		_ = db.Put(crypto.Keccak256(n), n)
	}
	return db
}

// verifyProof checks the account proof of addr against stateRoot and the
// storage proof of each key against the proven storage root, and returns the
// proven values. A value the endpoint claims that differs from the proven
// one is refused too: it is a lie, even though the proof alone is used.
func verifyProof(stateRoot common.Hash, addr common.Address, keys []common.Hash, r *proofResult) (proofAccount, map[common.Hash]common.Hash, error) {
	var acct proofAccount
	if r == nil {
		return acct, nil, fmt.Errorf("%w: no proof", ErrProofMissing)
	}
	if r.Address != addr {
		return acct, nil, fmt.Errorf("%w: proof of account %s, asked for %s", ErrBadProof, r.Address.Hex(), addr.Hex())
	}
	enc, err := trie.VerifyProof(stateRoot, crypto.Keccak256(addr[:]), proofDB(r.AccountProof))
	if err != nil {
		return acct, nil, fmt.Errorf("%w: account %s against state root %s: %v", ErrBadProof, addr.Hex(), stateRoot.Hex(), err)
	}
	acct.root, acct.codeHash = types.EmptyRootHash, types.EmptyCodeHash
	if enc != nil {
		var sa types.StateAccount
		if err := rlp.DecodeBytes(enc, &sa); err != nil {
			return acct, nil, fmt.Errorf("%w: account %s: %v", ErrBadProof, addr.Hex(), err)
		}
		acct.exists, acct.root, acct.codeHash = true, sa.Root, common.BytesToHash(sa.CodeHash)
	}
	if r.StorageHash != acct.root || r.CodeHash != acct.codeHash {
		return acct, nil, fmt.Errorf("%w: the endpoint's storage or code hash of %s is not the proven one", ErrBadProof, addr.Hex())
	}
	vals := make(map[common.Hash]common.Hash, len(keys))
	if len(keys) == 0 {
		return acct, vals, nil
	}
	byKey := make(map[common.Hash]*storageResult, len(r.StorageProof))
	for i := range r.StorageProof {
		s := &r.StorageProof[i]
		k, err := parseSlotKey(s.Key)
		if err != nil {
			return acct, nil, fmt.Errorf("%w: storage proof %d: %v", ErrBadProof, i, err)
		}
		byKey[k] = s
	}
	for _, k := range keys {
		s, ok := byKey[k]
		if !ok {
			return acct, nil, fmt.Errorf("%w: no storage proof for slot %s", ErrProofMissing, k.Hex())
		}
		var enc []byte
		var err error
		if acct.root != types.EmptyRootHash { // an empty trie proves every slot zero
			enc, err = trie.VerifyProof(acct.root, crypto.Keccak256(k[:]), proofDB(s.Proof))
		}
		if err != nil {
			return acct, nil, fmt.Errorf("%w: slot %s against storage root %s: %v", ErrBadProof, k.Hex(), acct.root.Hex(), err)
		}
		var v common.Hash
		if enc != nil {
			_, content, _, err := rlp.Split(enc)
			if err != nil || len(content) > 32 {
				return acct, nil, fmt.Errorf("%w: slot %s: malformed value", ErrBadProof, k.Hex())
			}
			copy(v[32-len(content):], content)
		}
		if s.Value == nil || (*big.Int)(s.Value).Cmp(v.Big()) != 0 {
			return acct, nil, fmt.Errorf("%w: the endpoint's value of slot %s is not the proven one", ErrBadProof, k.Hex())
		}
		vals[k] = v
	}
	return acct, vals, nil
}

// parseSlotKey reads a storage key as eth_getProof echoes it (0x-hex, at
// most 32 bytes, leading zeros possibly dropped).
func parseSlotKey(s string) (common.Hash, error) {
	b, err := hexutil.Decode(s)
	if err != nil {
		// Quantities without leading zero digits come back odd-length.
		x, err2 := hexutil.DecodeBig(s)
		if err2 != nil {
			return common.Hash{}, fmt.Errorf("key %q: %v", s, err)
		}
		b = x.Bytes()
	}
	if len(b) > 32 {
		return common.Hash{}, errors.New("key longer than 32 bytes")
	}
	return common.BytesToHash(b), nil
}
