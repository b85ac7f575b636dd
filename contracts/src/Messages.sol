// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// @title RMS typed messages (EIP-712)
/// @notice Type hashes, struct hashes, domain separators and signature
/// recovery for the three signed messages of the market. The Go package
/// `market` computes exactly the same hashes; tests compare both.
///
/// Jobs and claims are signed in the domain whose verifying contract is the
/// Registry; vouchers in the domain whose verifying contract is the Escrow.
/// Both domains use name "RMS", version "1" and the chain id.
library Messages {
    bytes32 internal constant DOMAIN_TYPEHASH =
        keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)");
    bytes32 internal constant NAME_HASH = keccak256("RMS");
    bytes32 internal constant VERSION_HASH = keccak256("1");

    bytes32 internal constant JOB_TYPEHASH = keccak256(
        "Job(bytes32 classId,bytes32 inputRoot,bytes inputCid,address user,uint64 nonce,uint256 feeCap,uint64 deadline)"
    );
    bytes32 internal constant CLAIM_TYPEHASH =
        keccak256("Claim(bytes32 jobHash,bytes32 outputRoot,bytes32 traceRoot,address provider)");
    bytes32 internal constant VOUCHER_TYPEHASH = keccak256("Voucher(address user,address provider,uint32 epoch,uint256 amount)");

    /// secp256k1 order / 2: signatures with a larger s are malleable copies.
    uint256 internal constant HALF_ORDER = 0x7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0;

    struct Job {
        bytes32 classId;
        bytes32 inputRoot;
        bytes inputCid;
        address user;
        uint64 nonce;
        uint256 feeCap;
        uint64 deadline;
    }

    struct Claim {
        bytes32 jobHash;
        bytes32 outputRoot;
        bytes32 traceRoot;
        address provider;
    }

    function domainSeparator(address verifyingContract) internal view returns (bytes32) {
        return keccak256(abi.encode(DOMAIN_TYPEHASH, NAME_HASH, VERSION_HASH, block.chainid, verifyingContract));
    }

    function hashJob(Job memory j) internal pure returns (bytes32) {
        return keccak256(
            abi.encode(
                JOB_TYPEHASH, j.classId, j.inputRoot, keccak256(j.inputCid), j.user, j.nonce, j.feeCap, j.deadline
            )
        );
    }

    function hashClaim(Claim memory c) internal pure returns (bytes32) {
        return keccak256(abi.encode(CLAIM_TYPEHASH, c.jobHash, c.outputRoot, c.traceRoot, c.provider));
    }

    function hashVoucher(address user, address provider, uint32 epoch, uint256 amount) internal pure returns (bytes32) {
        return keccak256(abi.encode(VOUCHER_TYPEHASH, user, provider, epoch, amount));
    }

    /// @notice The EIP-712 digest that is signed: keccak256(0x1901 || domain || structHash).
    function digest(bytes32 domain, bytes32 structHash) internal pure returns (bytes32 d) {
        assembly ("memory-safe") {
            let p := mload(0x40)
            mstore(p, hex"1901")
            mstore(add(p, 2), domain)
            mstore(add(p, 34), structHash)
            d := keccak256(p, 66)
        }
    }

    /// @notice Recovers the signer of a 65-byte (r, s, v) signature. Returns
    /// address(0) for a malformed or malleable signature.
    function recover(bytes32 d, bytes calldata sig) internal pure returns (address) {
        if (sig.length != 65) return address(0);
        bytes32 r;
        bytes32 s;
        uint8 v;
        assembly ("memory-safe") {
            r := calldataload(sig.offset)
            s := calldataload(add(sig.offset, 32))
            v := byte(0, calldataload(add(sig.offset, 64)))
        }
        // v - 27 > 1 rejects every v but 27 and 28 with one comparison, so
        // the gas does not depend on v.
        unchecked {
            if (uint256(s) > HALF_ORDER || uint256(v) - 27 > 1) return address(0);
        }
        return ecrecover(d, v, r, s);
    }
}
