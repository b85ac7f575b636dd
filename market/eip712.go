package market

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Domain name and version shared by the Registry and Escrow domains.
const (
	DomainName    = "RMS"
	DomainVersion = "1"
)

// EIP-712 type strings; the contracts (contracts/src/Messages.sol) hash the
// same strings.
const (
	domainType  = "EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"
	jobType     = "Job(bytes32 classId,bytes32 inputRoot,bytes inputCid,address user,uint64 nonce,uint256 feeCap,uint64 deadline)"
	claimType   = "Claim(bytes32 jobHash,bytes32 outputRoot,bytes32 traceRoot,address provider)"
	voucherType = "Voucher(address user,address provider,uint32 epoch,uint256 amount)"
)

var (
	domainTypeHash  = crypto.Keccak256Hash([]byte(domainType))
	jobTypeHash     = crypto.Keccak256Hash([]byte(jobType))
	claimTypeHash   = crypto.Keccak256Hash([]byte(claimType))
	voucherTypeHash = crypto.Keccak256Hash([]byte(voucherType))
)

// Domain is an EIP-712 domain: name, version, chain id and verifying contract.
type Domain struct {
	Name              string
	Version           string
	ChainID           *big.Int
	VerifyingContract common.Address
}

// RegistryDomain is the domain of jobs and claims: the Registry verifies them.
func RegistryDomain(chainID *big.Int, registry common.Address) Domain {
	return Domain{Name: DomainName, Version: DomainVersion, ChainID: new(big.Int).Set(chainID), VerifyingContract: registry}
}

// EscrowDomain is the domain of vouchers: the Escrow verifies them.
func EscrowDomain(chainID *big.Int, escrow common.Address) Domain {
	return Domain{Name: DomainName, Version: DomainVersion, ChainID: new(big.Int).Set(chainID), VerifyingContract: escrow}
}

// Separator is the EIP-712 domain separator.
func (d Domain) Separator() common.Hash {
	chainID := d.ChainID
	if chainID == nil {
		chainID = new(big.Int)
	}
	return crypto.Keccak256Hash(
		domainTypeHash[:],
		crypto.Keccak256([]byte(d.Name)),
		crypto.Keccak256([]byte(d.Version)),
		word(chainID),
		addressWord(d.VerifyingContract),
	)
}

// typedDigest is keccak256(0x19 0x01 || separator || structHash), the hash
// that is signed.
func typedDigest(d Domain, structHash common.Hash) common.Hash {
	sep := d.Separator()
	return crypto.Keccak256Hash([]byte{0x19, 0x01}, sep[:], structHash[:])
}

// word encodes a non-negative integer below 2^256 as a 32-byte word.
func word(v *big.Int) []byte {
	var w [32]byte
	if v != nil {
		v.FillBytes(w[:])
	}
	return w[:]
}

func uint64Word(v uint64) []byte {
	return word(new(big.Int).SetUint64(v))
}

func addressWord(a common.Address) []byte {
	var w [32]byte
	copy(w[12:], a[:])
	return w[:]
}
