// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// @notice The witness ends before the step has read all it needs.
error WitnessTruncated();
/// @notice The witness holds more than the step used.
error WitnessTooLong();
/// @notice A memory proof does not hash to the memory root.
error BadMemoryProof();
/// @notice The pre-state is not a VM state (register 0 not zero, or status unknown).
error BadState();

/// @title MIPSMemory
/// @notice The packed VM state of one step, held at fixed memory addresses,
/// and the proofs of the step's memory accesses against the memory root
/// (the word tree of the 4 GiB address space: depth 27, 32-byte leaves).
/// @dev Proofs are read from the witness in the order the step needs them
/// (docs/STEP.md). Each is the node's old value (32 bytes), a 4-byte mask
/// whose bit l says that the sibling at level l is the all-zero subtree
/// Z[l], and the other siblings bottom-up, up to the level where the node's
/// path meets the path of the step's previous proof; from there on the
/// siblings are the previous proof's (at the meeting level: its current path
/// node). A proof of the same node as the previous proof carries nothing.
library MIPSMemory {
    // The packed state (vm.State.Encode), 226 bytes from STATE on.
    uint256 internal constant STATE = 0x80;
    uint256 internal constant STATE_SIZE = 226;
    uint256 internal constant ROOT = 0x80;
    uint256 internal constant PKEY = 0xa0;
    uint256 internal constant POFF = 0xc0;
    uint256 internal constant PC = 0xc4;
    uint256 internal constant NPC = 0xc8;
    uint256 internal constant LO = 0xcc;
    uint256 internal constant HI = 0xd0;
    uint256 internal constant HEAP = 0xd4;
    uint256 internal constant EXITCODE = 0xd8;
    uint256 internal constant STATUS = 0xd9;
    uint256 internal constant STEP = 0xda;
    uint256 internal constant REGS = 0xe2;

    // Z[h] for h = 0..26 (copied from code: ZEROS lands at ZEROS_PTR).
    uint256 internal constant ZEROS_PTR = 0x180;
    uint256 internal constant ZEROS_AT = 0x1a0;
    // Siblings of the latest proof (levels 0..26), its path nodes (levels
    // 0..27; 27 is the root) and the proof reader.
    uint256 internal constant SIB = 0x500;
    uint256 internal constant PATH = 0x860;
    uint256 internal constant CURSOR = 0xbe0;
    uint256 internal constant END = 0xc00;
    uint256 internal constant PREV_IDX = 0xc20;
    uint256 internal constant PREV_H = 0xc40;
    uint256 internal constant HAVE_PREV = 0xc60;
    uint256 internal constant FREE = 0xc80;

    bytes internal constant ZEROS =
        hex"0000000000000000000000000000000000000000000000000000000000000000ad3228b676f7d3cd4284a5443f17f1962b36e491b30a40b2405849e597ba5fb5b4c11951957c6f8f642c4af61cd6b24640fec6dc7fc607ee8206a99e92410d3021ddb9a356815c3fac1026b6dec5df3124afbadb485c9ba5a3e3398a04b7ba85e58769b32a1beaf1ea27375a44095a0d1fb664ce2dd358e7fcbfb78c26a193440eb01ebfc9ed27500cd4dfc979272d1f0913cc9f66540d7e8005811109e1cf2d887c22bd8750d34016ac3c66b5ff102dacdd73f6b014e710b51e8022af9a1968ffd70157e48063fc33c97a050f7f640233bf646cc98d9524c6b92bcf3ab56f839867cc5f7f196b93bae1e27e6320742445d290f2263827498b54fec539f756afcefad4e508c098b9a7e1d8feb19955fb02ba9675585078710969d3440f5054e0f9dc3e7fe016e050eff260334f18a5d4fe391d82092319f5964f2e2eb7c1c3a5f8b13a49e282f609c317a833fb8d976d11517c571d1221a265d25af778ecf8923490c6ceeb450aecdc82e28293031d10c7d73bf85e57bf041a97360aa2c5d99cc1df82d9c4b87413eae2ef048f94b4d3554cea73d92b0f7af96e0271c691e2bb5c67add7c6caf302256adedf7ab114da0acfe870d449a3a489f781d659e8beccda7bce9f4e8618b6bd2f4132ce798cdc7a60e7e1460a7299e3c6342a579626d22733e50f526ec2fa19a22b31e8ed50f23cd1fdf94c9154ed3a7609a2f1ff981fe1d3b5c807b281e4683cc6d6315cf95b9ade8641defcb32372f1c126e398ef7a5a2dce0a8a7f68bb74560f8f71837c2c2ebbcbf7fffb42ae1896f13f7c7479a0b46a28b6f55540f89444f63de0378e3d121be09e06cc9ded1c20e65876d36aa0c65e9645644786b620e2dd2ad648ddfcbf4a7e5b1a3a4ecfe7f64667a3f0b7e2f4418588ed35a2458cffeb39b93d26f18d2ab13bdce6aee58e7b99359ec2dfd95a9c16dc00d6ef18b7933a6f8dc65ccb55667138776f7dea101070dc8796e3774df84f40ae0c8229d0d6069e5c8f39a7c299677a09d367fc7b05e3bc380ee652cdc72595f74c7b1043d0e1ffbab734648c838dfb0527d971b602bc216c9619ef0abf5ac974a1ed57f4050aa510dd9c74f508277b39d7973bb2dfccc5eeb0618db8cd74046ff337f0a7bf2c8e03e10f642c1886798d71806ab1e888d9e5ee87d0";

    /// @notice Copies the pre-state of the witness at calldata [off, off+len)
    /// to STATE, checks it, and sets up the proof reader.
    function init(uint256 off, uint256 len) internal pure {
        if (len < STATE_SIZE) revert WitnessTruncated();
        assembly {
            calldatacopy(STATE, off, STATE_SIZE)
            mstore(CURSOR, add(off, STATE_SIZE))
            mstore(END, add(off, len))
            mstore(HAVE_PREV, 0)
            mstore(0x40, ZEROS_PTR)
        }
        bytes memory z = ZEROS;
        uint256 r0;
        uint256 st;
        assembly {
            if iszero(eq(z, ZEROS_PTR)) { invalid() }
            mstore(0x40, FREE)
            r0 := shr(224, mload(REGS))
            st := byte(0, mload(STATUS))
        }
        if (r0 != 0 || st > 2) revert BadState();
    }

    /// @notice Reverts unless the whole witness was used.
    function finish() internal pure {
        uint256 cur;
        uint256 end;
        assembly {
            cur := mload(CURSOR)
            end := mload(END)
        }
        if (cur != end) revert WitnessTooLong();
    }

    /// @notice keccak256 of the packed state.
    function stateHash() internal pure returns (bytes32 h) {
        assembly {
            h := keccak256(STATE, STATE_SIZE)
        }
    }

    /// @notice The level at which the path of node (idx, h) meets the path
    /// of the step's previous proof (27: none, or one node holds the other),
    /// and whether it is the previous proof's node itself.
    function meet(uint256 idx, uint256 h) private pure returns (uint256 d, bool same) {
        assembly {
            d := 27
            if mload(HAVE_PREV) {
                let ph := mload(PREV_H)
                let x := xor(shl(h, idx), shl(ph, mload(PREV_IDX)))
                switch x
                case 0 { same := eq(h, ph) }
                default {
                    d := sub(255, clz(x))
                    let m := ph
                    if gt(h, ph) { m := h }
                    if lt(d, m) { d := 27 }
                }
            }
        }
    }

    /// @notice Proves the leaf (32-byte word) at index idx against the
    /// memory root and returns its value. Only leaves are read this way:
    /// a region (sys_map) is proven by proveWrite alone.
    function prove(uint256 idx) internal pure returns (bytes32 value) {
        (uint256 d, bool same) = meet(idx, 0);
        if (same) {
            assembly {
                value := mload(PATH)
            }
            return value;
        }
        return proveLeaf(idx, d);
    }

    // The three unrolled functions below repeat one block per level; the
    // blocks differ only in their constants (the level's addresses in
    // ZEROS_AT, SIB and PATH, its mask bit, and the shift that moves bit l
    // of idx to bit 5, so that pos is 0 or 32). Unrolled, a level costs
    // about 130 gas instead of about 230 in a loop.

    /// @notice prove(idx) for the step's first proof (the instruction
    /// fetch), which shares nothing: the same computation with the 27
    /// levels unrolled.
    function proveFirst(uint256 idx) internal pure returns (bytes32 value) {
        uint256 bad;
        assembly {
            let cur := mload(CURSOR)
            value := calldataload(cur)
            let mask := shr(224, calldataload(add(cur, 32)))
            cur := add(cur, 36)
            let node := value
            mstore(PATH, node)
            let s
            let pos
            // BEGIN GENERATED proveFirst levels: contracts/internal/gen (unroll.go) writes them; edit there
            // level 0
            s := mload(0x1a0)
            if iszero(and(mask, 0x1)) {
                s := calldataload(cur)
                cur := add(cur, 32)
            }
            mstore(0x500, s)
            pos := and(shl(5, idx), 32)
            mstore(pos, node)
            mstore(xor(pos, 32), s)
            node := keccak256(0, 64)
            mstore(0x880, node)
            // level 1
            s := mload(0x1c0)
            if iszero(and(mask, 0x2)) {
                s := calldataload(cur)
                cur := add(cur, 32)
            }
            mstore(0x520, s)
            pos := and(shl(4, idx), 32)
            mstore(pos, node)
            mstore(xor(pos, 32), s)
            node := keccak256(0, 64)
            mstore(0x8a0, node)
            // level 2
            s := mload(0x1e0)
            if iszero(and(mask, 0x4)) {
                s := calldataload(cur)
                cur := add(cur, 32)
            }
            mstore(0x540, s)
            pos := and(shl(3, idx), 32)
            mstore(pos, node)
            mstore(xor(pos, 32), s)
            node := keccak256(0, 64)
            mstore(0x8c0, node)
            // level 3
            s := mload(0x200)
            if iszero(and(mask, 0x8)) {
                s := calldataload(cur)
                cur := add(cur, 32)
            }
            mstore(0x560, s)
            pos := and(shl(2, idx), 32)
            mstore(pos, node)
            mstore(xor(pos, 32), s)
            node := keccak256(0, 64)
            mstore(0x8e0, node)
            // level 4
            s := mload(0x220)
            if iszero(and(mask, 0x10)) {
                s := calldataload(cur)
                cur := add(cur, 32)
            }
            mstore(0x580, s)
            pos := and(shl(1, idx), 32)
            mstore(pos, node)
            mstore(xor(pos, 32), s)
            node := keccak256(0, 64)
            mstore(0x900, node)
            // level 5
            s := mload(0x240)
            if iszero(and(mask, 0x20)) {
                s := calldataload(cur)
                cur := add(cur, 32)
            }
            mstore(0x5a0, s)
            pos := and(idx, 32)
            mstore(pos, node)
            mstore(xor(pos, 32), s)
            node := keccak256(0, 64)
            mstore(0x920, node)
            // level 6
            s := mload(0x260)
            if iszero(and(mask, 0x40)) {
                s := calldataload(cur)
                cur := add(cur, 32)
            }
            mstore(0x5c0, s)
            pos := and(shr(1, idx), 32)
            mstore(pos, node)
            mstore(xor(pos, 32), s)
            node := keccak256(0, 64)
            mstore(0x940, node)
            // level 7
            s := mload(0x280)
            if iszero(and(mask, 0x80)) {
                s := calldataload(cur)
                cur := add(cur, 32)
            }
            mstore(0x5e0, s)
            pos := and(shr(2, idx), 32)
            mstore(pos, node)
            mstore(xor(pos, 32), s)
            node := keccak256(0, 64)
            mstore(0x960, node)
            // level 8
            s := mload(0x2a0)
            if iszero(and(mask, 0x100)) {
                s := calldataload(cur)
                cur := add(cur, 32)
            }
            mstore(0x600, s)
            pos := and(shr(3, idx), 32)
            mstore(pos, node)
            mstore(xor(pos, 32), s)
            node := keccak256(0, 64)
            mstore(0x980, node)
            // level 9
            s := mload(0x2c0)
            if iszero(and(mask, 0x200)) {
                s := calldataload(cur)
                cur := add(cur, 32)
            }
            mstore(0x620, s)
            pos := and(shr(4, idx), 32)
            mstore(pos, node)
            mstore(xor(pos, 32), s)
            node := keccak256(0, 64)
            mstore(0x9a0, node)
            // level 10
            s := mload(0x2e0)
            if iszero(and(mask, 0x400)) {
                s := calldataload(cur)
                cur := add(cur, 32)
            }
            mstore(0x640, s)
            pos := and(shr(5, idx), 32)
            mstore(pos, node)
            mstore(xor(pos, 32), s)
            node := keccak256(0, 64)
            mstore(0x9c0, node)
            // level 11
            s := mload(0x300)
            if iszero(and(mask, 0x800)) {
                s := calldataload(cur)
                cur := add(cur, 32)
            }
            mstore(0x660, s)
            pos := and(shr(6, idx), 32)
            mstore(pos, node)
            mstore(xor(pos, 32), s)
            node := keccak256(0, 64)
            mstore(0x9e0, node)
            // level 12
            s := mload(0x320)
            if iszero(and(mask, 0x1000)) {
                s := calldataload(cur)
                cur := add(cur, 32)
            }
            mstore(0x680, s)
            pos := and(shr(7, idx), 32)
            mstore(pos, node)
            mstore(xor(pos, 32), s)
            node := keccak256(0, 64)
            mstore(0xa00, node)
            // level 13
            s := mload(0x340)
            if iszero(and(mask, 0x2000)) {
                s := calldataload(cur)
                cur := add(cur, 32)
            }
            mstore(0x6a0, s)
            pos := and(shr(8, idx), 32)
            mstore(pos, node)
            mstore(xor(pos, 32), s)
            node := keccak256(0, 64)
            mstore(0xa20, node)
            // level 14
            s := mload(0x360)
            if iszero(and(mask, 0x4000)) {
                s := calldataload(cur)
                cur := add(cur, 32)
            }
            mstore(0x6c0, s)
            pos := and(shr(9, idx), 32)
            mstore(pos, node)
            mstore(xor(pos, 32), s)
            node := keccak256(0, 64)
            mstore(0xa40, node)
            // level 15
            s := mload(0x380)
            if iszero(and(mask, 0x8000)) {
                s := calldataload(cur)
                cur := add(cur, 32)
            }
            mstore(0x6e0, s)
            pos := and(shr(10, idx), 32)
            mstore(pos, node)
            mstore(xor(pos, 32), s)
            node := keccak256(0, 64)
            mstore(0xa60, node)
            // level 16
            s := mload(0x3a0)
            if iszero(and(mask, 0x10000)) {
                s := calldataload(cur)
                cur := add(cur, 32)
            }
            mstore(0x700, s)
            pos := and(shr(11, idx), 32)
            mstore(pos, node)
            mstore(xor(pos, 32), s)
            node := keccak256(0, 64)
            mstore(0xa80, node)
            // level 17
            s := mload(0x3c0)
            if iszero(and(mask, 0x20000)) {
                s := calldataload(cur)
                cur := add(cur, 32)
            }
            mstore(0x720, s)
            pos := and(shr(12, idx), 32)
            mstore(pos, node)
            mstore(xor(pos, 32), s)
            node := keccak256(0, 64)
            mstore(0xaa0, node)
            // level 18
            s := mload(0x3e0)
            if iszero(and(mask, 0x40000)) {
                s := calldataload(cur)
                cur := add(cur, 32)
            }
            mstore(0x740, s)
            pos := and(shr(13, idx), 32)
            mstore(pos, node)
            mstore(xor(pos, 32), s)
            node := keccak256(0, 64)
            mstore(0xac0, node)
            // level 19
            s := mload(0x400)
            if iszero(and(mask, 0x80000)) {
                s := calldataload(cur)
                cur := add(cur, 32)
            }
            mstore(0x760, s)
            pos := and(shr(14, idx), 32)
            mstore(pos, node)
            mstore(xor(pos, 32), s)
            node := keccak256(0, 64)
            mstore(0xae0, node)
            // level 20
            s := mload(0x420)
            if iszero(and(mask, 0x100000)) {
                s := calldataload(cur)
                cur := add(cur, 32)
            }
            mstore(0x780, s)
            pos := and(shr(15, idx), 32)
            mstore(pos, node)
            mstore(xor(pos, 32), s)
            node := keccak256(0, 64)
            mstore(0xb00, node)
            // level 21
            s := mload(0x440)
            if iszero(and(mask, 0x200000)) {
                s := calldataload(cur)
                cur := add(cur, 32)
            }
            mstore(0x7a0, s)
            pos := and(shr(16, idx), 32)
            mstore(pos, node)
            mstore(xor(pos, 32), s)
            node := keccak256(0, 64)
            mstore(0xb20, node)
            // level 22
            s := mload(0x460)
            if iszero(and(mask, 0x400000)) {
                s := calldataload(cur)
                cur := add(cur, 32)
            }
            mstore(0x7c0, s)
            pos := and(shr(17, idx), 32)
            mstore(pos, node)
            mstore(xor(pos, 32), s)
            node := keccak256(0, 64)
            mstore(0xb40, node)
            // level 23
            s := mload(0x480)
            if iszero(and(mask, 0x800000)) {
                s := calldataload(cur)
                cur := add(cur, 32)
            }
            mstore(0x7e0, s)
            pos := and(shr(18, idx), 32)
            mstore(pos, node)
            mstore(xor(pos, 32), s)
            node := keccak256(0, 64)
            mstore(0xb60, node)
            // level 24
            s := mload(0x4a0)
            if iszero(and(mask, 0x1000000)) {
                s := calldataload(cur)
                cur := add(cur, 32)
            }
            mstore(0x800, s)
            pos := and(shr(19, idx), 32)
            mstore(pos, node)
            mstore(xor(pos, 32), s)
            node := keccak256(0, 64)
            mstore(0xb80, node)
            // level 25
            s := mload(0x4c0)
            if iszero(and(mask, 0x2000000)) {
                s := calldataload(cur)
                cur := add(cur, 32)
            }
            mstore(0x820, s)
            pos := and(shr(20, idx), 32)
            mstore(pos, node)
            mstore(xor(pos, 32), s)
            node := keccak256(0, 64)
            mstore(0xba0, node)
            // level 26
            s := mload(0x4e0)
            if iszero(and(mask, 0x4000000)) {
                s := calldataload(cur)
                cur := add(cur, 32)
            }
            mstore(0x840, s)
            pos := and(shr(21, idx), 32)
            mstore(pos, node)
            mstore(xor(pos, 32), s)
            node := keccak256(0, 64)
            mstore(0xbc0, node)
            // END GENERATED proveFirst levels
            if gt(cur, mload(END)) { bad := 1 }
            mstore(CURSOR, cur)
            if iszero(eq(node, mload(ROOT))) { if iszero(bad) { bad := 2 } }
            mstore(PREV_IDX, idx)
            mstore(PREV_H, 0)
            mstore(HAVE_PREV, 1)
        }
        if (bad == 1) revert WitnessTruncated();
        if (bad == 2) revert BadMemoryProof();
    }

    /// @notice prove(idx) with the levels unrolled; d as meet returns.
    function proveLeaf(uint256 idx, uint256 d) private pure returns (bytes32 value) {
        uint256 bad;
        assembly {
            let cur := mload(CURSOR)
            value := calldataload(cur)
            let mask := shr(224, calldataload(add(cur, 32)))
            cur := add(cur, 36)
            // At the meeting level the sibling is the previous path's node
            // (read before this path overwrites it); above it, the previous
            // proof's siblings, already in SIB.
            if lt(d, 27) { mstore(add(SIB, shl(5, d)), mload(add(PATH, shl(5, d)))) }
            let node := value
            mstore(PATH, node)
            let s
            let pos
            // BEGIN GENERATED proveLeaf levels: contracts/internal/gen (unroll.go) writes them; edit there
            // level 0
            s := mload(0x500)
            if gt(d, 0) {
                s := mload(0x1a0)
                if iszero(and(mask, 0x1)) {
                    s := calldataload(cur)
                    cur := add(cur, 32)
                }
                mstore(0x500, s)
            }
            pos := and(shl(5, idx), 32)
            mstore(xor(pos, 32), s)
            mstore(pos, node)
            node := keccak256(0, 64)
            mstore(0x880, node)
            // level 1
            s := mload(0x520)
            if gt(d, 1) {
                s := mload(0x1c0)
                if iszero(and(mask, 0x2)) {
                    s := calldataload(cur)
                    cur := add(cur, 32)
                }
                mstore(0x520, s)
            }
            pos := and(shl(4, idx), 32)
            mstore(xor(pos, 32), s)
            mstore(pos, node)
            node := keccak256(0, 64)
            mstore(0x8a0, node)
            // level 2
            s := mload(0x540)
            if gt(d, 2) {
                s := mload(0x1e0)
                if iszero(and(mask, 0x4)) {
                    s := calldataload(cur)
                    cur := add(cur, 32)
                }
                mstore(0x540, s)
            }
            pos := and(shl(3, idx), 32)
            mstore(xor(pos, 32), s)
            mstore(pos, node)
            node := keccak256(0, 64)
            mstore(0x8c0, node)
            // level 3
            s := mload(0x560)
            if gt(d, 3) {
                s := mload(0x200)
                if iszero(and(mask, 0x8)) {
                    s := calldataload(cur)
                    cur := add(cur, 32)
                }
                mstore(0x560, s)
            }
            pos := and(shl(2, idx), 32)
            mstore(xor(pos, 32), s)
            mstore(pos, node)
            node := keccak256(0, 64)
            mstore(0x8e0, node)
            // level 4
            s := mload(0x580)
            if gt(d, 4) {
                s := mload(0x220)
                if iszero(and(mask, 0x10)) {
                    s := calldataload(cur)
                    cur := add(cur, 32)
                }
                mstore(0x580, s)
            }
            pos := and(shl(1, idx), 32)
            mstore(xor(pos, 32), s)
            mstore(pos, node)
            node := keccak256(0, 64)
            mstore(0x900, node)
            // level 5
            s := mload(0x5a0)
            if gt(d, 5) {
                s := mload(0x240)
                if iszero(and(mask, 0x20)) {
                    s := calldataload(cur)
                    cur := add(cur, 32)
                }
                mstore(0x5a0, s)
            }
            pos := and(idx, 32)
            mstore(xor(pos, 32), s)
            mstore(pos, node)
            node := keccak256(0, 64)
            mstore(0x920, node)
            // level 6
            s := mload(0x5c0)
            if gt(d, 6) {
                s := mload(0x260)
                if iszero(and(mask, 0x40)) {
                    s := calldataload(cur)
                    cur := add(cur, 32)
                }
                mstore(0x5c0, s)
            }
            pos := and(shr(1, idx), 32)
            mstore(xor(pos, 32), s)
            mstore(pos, node)
            node := keccak256(0, 64)
            mstore(0x940, node)
            // level 7
            s := mload(0x5e0)
            if gt(d, 7) {
                s := mload(0x280)
                if iszero(and(mask, 0x80)) {
                    s := calldataload(cur)
                    cur := add(cur, 32)
                }
                mstore(0x5e0, s)
            }
            pos := and(shr(2, idx), 32)
            mstore(xor(pos, 32), s)
            mstore(pos, node)
            node := keccak256(0, 64)
            mstore(0x960, node)
            // level 8
            s := mload(0x600)
            if gt(d, 8) {
                s := mload(0x2a0)
                if iszero(and(mask, 0x100)) {
                    s := calldataload(cur)
                    cur := add(cur, 32)
                }
                mstore(0x600, s)
            }
            pos := and(shr(3, idx), 32)
            mstore(xor(pos, 32), s)
            mstore(pos, node)
            node := keccak256(0, 64)
            mstore(0x980, node)
            // level 9
            s := mload(0x620)
            if gt(d, 9) {
                s := mload(0x2c0)
                if iszero(and(mask, 0x200)) {
                    s := calldataload(cur)
                    cur := add(cur, 32)
                }
                mstore(0x620, s)
            }
            pos := and(shr(4, idx), 32)
            mstore(xor(pos, 32), s)
            mstore(pos, node)
            node := keccak256(0, 64)
            mstore(0x9a0, node)
            // level 10
            s := mload(0x640)
            if gt(d, 10) {
                s := mload(0x2e0)
                if iszero(and(mask, 0x400)) {
                    s := calldataload(cur)
                    cur := add(cur, 32)
                }
                mstore(0x640, s)
            }
            pos := and(shr(5, idx), 32)
            mstore(xor(pos, 32), s)
            mstore(pos, node)
            node := keccak256(0, 64)
            mstore(0x9c0, node)
            // level 11
            s := mload(0x660)
            if gt(d, 11) {
                s := mload(0x300)
                if iszero(and(mask, 0x800)) {
                    s := calldataload(cur)
                    cur := add(cur, 32)
                }
                mstore(0x660, s)
            }
            pos := and(shr(6, idx), 32)
            mstore(xor(pos, 32), s)
            mstore(pos, node)
            node := keccak256(0, 64)
            mstore(0x9e0, node)
            // level 12
            s := mload(0x680)
            if gt(d, 12) {
                s := mload(0x320)
                if iszero(and(mask, 0x1000)) {
                    s := calldataload(cur)
                    cur := add(cur, 32)
                }
                mstore(0x680, s)
            }
            pos := and(shr(7, idx), 32)
            mstore(xor(pos, 32), s)
            mstore(pos, node)
            node := keccak256(0, 64)
            mstore(0xa00, node)
            // level 13
            s := mload(0x6a0)
            if gt(d, 13) {
                s := mload(0x340)
                if iszero(and(mask, 0x2000)) {
                    s := calldataload(cur)
                    cur := add(cur, 32)
                }
                mstore(0x6a0, s)
            }
            pos := and(shr(8, idx), 32)
            mstore(xor(pos, 32), s)
            mstore(pos, node)
            node := keccak256(0, 64)
            mstore(0xa20, node)
            // level 14
            s := mload(0x6c0)
            if gt(d, 14) {
                s := mload(0x360)
                if iszero(and(mask, 0x4000)) {
                    s := calldataload(cur)
                    cur := add(cur, 32)
                }
                mstore(0x6c0, s)
            }
            pos := and(shr(9, idx), 32)
            mstore(xor(pos, 32), s)
            mstore(pos, node)
            node := keccak256(0, 64)
            mstore(0xa40, node)
            // level 15
            s := mload(0x6e0)
            if gt(d, 15) {
                s := mload(0x380)
                if iszero(and(mask, 0x8000)) {
                    s := calldataload(cur)
                    cur := add(cur, 32)
                }
                mstore(0x6e0, s)
            }
            pos := and(shr(10, idx), 32)
            mstore(xor(pos, 32), s)
            mstore(pos, node)
            node := keccak256(0, 64)
            mstore(0xa60, node)
            // level 16
            s := mload(0x700)
            if gt(d, 16) {
                s := mload(0x3a0)
                if iszero(and(mask, 0x10000)) {
                    s := calldataload(cur)
                    cur := add(cur, 32)
                }
                mstore(0x700, s)
            }
            pos := and(shr(11, idx), 32)
            mstore(xor(pos, 32), s)
            mstore(pos, node)
            node := keccak256(0, 64)
            mstore(0xa80, node)
            // level 17
            s := mload(0x720)
            if gt(d, 17) {
                s := mload(0x3c0)
                if iszero(and(mask, 0x20000)) {
                    s := calldataload(cur)
                    cur := add(cur, 32)
                }
                mstore(0x720, s)
            }
            pos := and(shr(12, idx), 32)
            mstore(xor(pos, 32), s)
            mstore(pos, node)
            node := keccak256(0, 64)
            mstore(0xaa0, node)
            // level 18
            s := mload(0x740)
            if gt(d, 18) {
                s := mload(0x3e0)
                if iszero(and(mask, 0x40000)) {
                    s := calldataload(cur)
                    cur := add(cur, 32)
                }
                mstore(0x740, s)
            }
            pos := and(shr(13, idx), 32)
            mstore(xor(pos, 32), s)
            mstore(pos, node)
            node := keccak256(0, 64)
            mstore(0xac0, node)
            // level 19
            s := mload(0x760)
            if gt(d, 19) {
                s := mload(0x400)
                if iszero(and(mask, 0x80000)) {
                    s := calldataload(cur)
                    cur := add(cur, 32)
                }
                mstore(0x760, s)
            }
            pos := and(shr(14, idx), 32)
            mstore(xor(pos, 32), s)
            mstore(pos, node)
            node := keccak256(0, 64)
            mstore(0xae0, node)
            // level 20
            s := mload(0x780)
            if gt(d, 20) {
                s := mload(0x420)
                if iszero(and(mask, 0x100000)) {
                    s := calldataload(cur)
                    cur := add(cur, 32)
                }
                mstore(0x780, s)
            }
            pos := and(shr(15, idx), 32)
            mstore(xor(pos, 32), s)
            mstore(pos, node)
            node := keccak256(0, 64)
            mstore(0xb00, node)
            // level 21
            s := mload(0x7a0)
            if gt(d, 21) {
                s := mload(0x440)
                if iszero(and(mask, 0x200000)) {
                    s := calldataload(cur)
                    cur := add(cur, 32)
                }
                mstore(0x7a0, s)
            }
            pos := and(shr(16, idx), 32)
            mstore(xor(pos, 32), s)
            mstore(pos, node)
            node := keccak256(0, 64)
            mstore(0xb20, node)
            // level 22
            s := mload(0x7c0)
            if gt(d, 22) {
                s := mload(0x460)
                if iszero(and(mask, 0x400000)) {
                    s := calldataload(cur)
                    cur := add(cur, 32)
                }
                mstore(0x7c0, s)
            }
            pos := and(shr(17, idx), 32)
            mstore(xor(pos, 32), s)
            mstore(pos, node)
            node := keccak256(0, 64)
            mstore(0xb40, node)
            // level 23
            s := mload(0x7e0)
            if gt(d, 23) {
                s := mload(0x480)
                if iszero(and(mask, 0x800000)) {
                    s := calldataload(cur)
                    cur := add(cur, 32)
                }
                mstore(0x7e0, s)
            }
            pos := and(shr(18, idx), 32)
            mstore(xor(pos, 32), s)
            mstore(pos, node)
            node := keccak256(0, 64)
            mstore(0xb60, node)
            // level 24
            s := mload(0x800)
            if gt(d, 24) {
                s := mload(0x4a0)
                if iszero(and(mask, 0x1000000)) {
                    s := calldataload(cur)
                    cur := add(cur, 32)
                }
                mstore(0x800, s)
            }
            pos := and(shr(19, idx), 32)
            mstore(xor(pos, 32), s)
            mstore(pos, node)
            node := keccak256(0, 64)
            mstore(0xb80, node)
            // level 25
            s := mload(0x820)
            if gt(d, 25) {
                s := mload(0x4c0)
                if iszero(and(mask, 0x2000000)) {
                    s := calldataload(cur)
                    cur := add(cur, 32)
                }
                mstore(0x820, s)
            }
            pos := and(shr(20, idx), 32)
            mstore(xor(pos, 32), s)
            mstore(pos, node)
            node := keccak256(0, 64)
            mstore(0xba0, node)
            // level 26
            s := mload(0x840)
            if gt(d, 26) {
                s := mload(0x4e0)
                if iszero(and(mask, 0x4000000)) {
                    s := calldataload(cur)
                    cur := add(cur, 32)
                }
                mstore(0x840, s)
            }
            pos := and(shr(21, idx), 32)
            mstore(xor(pos, 32), s)
            mstore(pos, node)
            node := keccak256(0, 64)
            mstore(0xbc0, node)
            // END GENERATED proveLeaf levels
            if gt(cur, mload(END)) { bad := 1 }
            mstore(CURSOR, cur)
            if iszero(eq(node, mload(ROOT))) { if iszero(bad) { bad := 2 } }
            mstore(PREV_IDX, idx)
            mstore(PREV_H, 0)
            mstore(HAVE_PREV, 1)
        }
        if (bad == 1) revert WitnessTruncated();
        if (bad == 2) revert BadMemoryProof();
    }

    /// @notice proveWrite(idx, 0, value) with the levels unrolled.
    function proveWriteLeaf(uint256 idx, uint256 d, bytes32 value) private pure {
        uint256 bad;
        assembly {
            let cur := mload(CURSOR)
            let node := calldataload(cur)
            let mask := shr(224, calldataload(add(cur, 32)))
            cur := add(cur, 36)
            if lt(d, 27) { mstore(add(SIB, shl(5, d)), mload(add(PATH, shl(5, d)))) }
            let nnode := value
            mstore(PATH, nnode)
            let s
            let pos
            // BEGIN GENERATED proveWriteLeaf levels: contracts/internal/gen (unroll.go) writes them; edit there
            // level 0
            s := mload(0x500)
            if gt(d, 0) {
                s := mload(0x1a0)
                if iszero(and(mask, 0x1)) {
                    s := calldataload(cur)
                    cur := add(cur, 32)
                }
                mstore(0x500, s)
            }
            pos := and(shl(5, idx), 32)
            mstore(xor(pos, 32), s)
            mstore(pos, node)
            node := keccak256(0, 64)
            mstore(pos, nnode)
            nnode := keccak256(0, 64)
            mstore(0x880, nnode)
            // level 1
            s := mload(0x520)
            if gt(d, 1) {
                s := mload(0x1c0)
                if iszero(and(mask, 0x2)) {
                    s := calldataload(cur)
                    cur := add(cur, 32)
                }
                mstore(0x520, s)
            }
            pos := and(shl(4, idx), 32)
            mstore(xor(pos, 32), s)
            mstore(pos, node)
            node := keccak256(0, 64)
            mstore(pos, nnode)
            nnode := keccak256(0, 64)
            mstore(0x8a0, nnode)
            // level 2
            s := mload(0x540)
            if gt(d, 2) {
                s := mload(0x1e0)
                if iszero(and(mask, 0x4)) {
                    s := calldataload(cur)
                    cur := add(cur, 32)
                }
                mstore(0x540, s)
            }
            pos := and(shl(3, idx), 32)
            mstore(xor(pos, 32), s)
            mstore(pos, node)
            node := keccak256(0, 64)
            mstore(pos, nnode)
            nnode := keccak256(0, 64)
            mstore(0x8c0, nnode)
            // level 3
            s := mload(0x560)
            if gt(d, 3) {
                s := mload(0x200)
                if iszero(and(mask, 0x8)) {
                    s := calldataload(cur)
                    cur := add(cur, 32)
                }
                mstore(0x560, s)
            }
            pos := and(shl(2, idx), 32)
            mstore(xor(pos, 32), s)
            mstore(pos, node)
            node := keccak256(0, 64)
            mstore(pos, nnode)
            nnode := keccak256(0, 64)
            mstore(0x8e0, nnode)
            // level 4
            s := mload(0x580)
            if gt(d, 4) {
                s := mload(0x220)
                if iszero(and(mask, 0x10)) {
                    s := calldataload(cur)
                    cur := add(cur, 32)
                }
                mstore(0x580, s)
            }
            pos := and(shl(1, idx), 32)
            mstore(xor(pos, 32), s)
            mstore(pos, node)
            node := keccak256(0, 64)
            mstore(pos, nnode)
            nnode := keccak256(0, 64)
            mstore(0x900, nnode)
            // level 5
            s := mload(0x5a0)
            if gt(d, 5) {
                s := mload(0x240)
                if iszero(and(mask, 0x20)) {
                    s := calldataload(cur)
                    cur := add(cur, 32)
                }
                mstore(0x5a0, s)
            }
            pos := and(idx, 32)
            mstore(xor(pos, 32), s)
            mstore(pos, node)
            node := keccak256(0, 64)
            mstore(pos, nnode)
            nnode := keccak256(0, 64)
            mstore(0x920, nnode)
            // level 6
            s := mload(0x5c0)
            if gt(d, 6) {
                s := mload(0x260)
                if iszero(and(mask, 0x40)) {
                    s := calldataload(cur)
                    cur := add(cur, 32)
                }
                mstore(0x5c0, s)
            }
            pos := and(shr(1, idx), 32)
            mstore(xor(pos, 32), s)
            mstore(pos, node)
            node := keccak256(0, 64)
            mstore(pos, nnode)
            nnode := keccak256(0, 64)
            mstore(0x940, nnode)
            // level 7
            s := mload(0x5e0)
            if gt(d, 7) {
                s := mload(0x280)
                if iszero(and(mask, 0x80)) {
                    s := calldataload(cur)
                    cur := add(cur, 32)
                }
                mstore(0x5e0, s)
            }
            pos := and(shr(2, idx), 32)
            mstore(xor(pos, 32), s)
            mstore(pos, node)
            node := keccak256(0, 64)
            mstore(pos, nnode)
            nnode := keccak256(0, 64)
            mstore(0x960, nnode)
            // level 8
            s := mload(0x600)
            if gt(d, 8) {
                s := mload(0x2a0)
                if iszero(and(mask, 0x100)) {
                    s := calldataload(cur)
                    cur := add(cur, 32)
                }
                mstore(0x600, s)
            }
            pos := and(shr(3, idx), 32)
            mstore(xor(pos, 32), s)
            mstore(pos, node)
            node := keccak256(0, 64)
            mstore(pos, nnode)
            nnode := keccak256(0, 64)
            mstore(0x980, nnode)
            // level 9
            s := mload(0x620)
            if gt(d, 9) {
                s := mload(0x2c0)
                if iszero(and(mask, 0x200)) {
                    s := calldataload(cur)
                    cur := add(cur, 32)
                }
                mstore(0x620, s)
            }
            pos := and(shr(4, idx), 32)
            mstore(xor(pos, 32), s)
            mstore(pos, node)
            node := keccak256(0, 64)
            mstore(pos, nnode)
            nnode := keccak256(0, 64)
            mstore(0x9a0, nnode)
            // level 10
            s := mload(0x640)
            if gt(d, 10) {
                s := mload(0x2e0)
                if iszero(and(mask, 0x400)) {
                    s := calldataload(cur)
                    cur := add(cur, 32)
                }
                mstore(0x640, s)
            }
            pos := and(shr(5, idx), 32)
            mstore(xor(pos, 32), s)
            mstore(pos, node)
            node := keccak256(0, 64)
            mstore(pos, nnode)
            nnode := keccak256(0, 64)
            mstore(0x9c0, nnode)
            // level 11
            s := mload(0x660)
            if gt(d, 11) {
                s := mload(0x300)
                if iszero(and(mask, 0x800)) {
                    s := calldataload(cur)
                    cur := add(cur, 32)
                }
                mstore(0x660, s)
            }
            pos := and(shr(6, idx), 32)
            mstore(xor(pos, 32), s)
            mstore(pos, node)
            node := keccak256(0, 64)
            mstore(pos, nnode)
            nnode := keccak256(0, 64)
            mstore(0x9e0, nnode)
            // level 12
            s := mload(0x680)
            if gt(d, 12) {
                s := mload(0x320)
                if iszero(and(mask, 0x1000)) {
                    s := calldataload(cur)
                    cur := add(cur, 32)
                }
                mstore(0x680, s)
            }
            pos := and(shr(7, idx), 32)
            mstore(xor(pos, 32), s)
            mstore(pos, node)
            node := keccak256(0, 64)
            mstore(pos, nnode)
            nnode := keccak256(0, 64)
            mstore(0xa00, nnode)
            // level 13
            s := mload(0x6a0)
            if gt(d, 13) {
                s := mload(0x340)
                if iszero(and(mask, 0x2000)) {
                    s := calldataload(cur)
                    cur := add(cur, 32)
                }
                mstore(0x6a0, s)
            }
            pos := and(shr(8, idx), 32)
            mstore(xor(pos, 32), s)
            mstore(pos, node)
            node := keccak256(0, 64)
            mstore(pos, nnode)
            nnode := keccak256(0, 64)
            mstore(0xa20, nnode)
            // level 14
            s := mload(0x6c0)
            if gt(d, 14) {
                s := mload(0x360)
                if iszero(and(mask, 0x4000)) {
                    s := calldataload(cur)
                    cur := add(cur, 32)
                }
                mstore(0x6c0, s)
            }
            pos := and(shr(9, idx), 32)
            mstore(xor(pos, 32), s)
            mstore(pos, node)
            node := keccak256(0, 64)
            mstore(pos, nnode)
            nnode := keccak256(0, 64)
            mstore(0xa40, nnode)
            // level 15
            s := mload(0x6e0)
            if gt(d, 15) {
                s := mload(0x380)
                if iszero(and(mask, 0x8000)) {
                    s := calldataload(cur)
                    cur := add(cur, 32)
                }
                mstore(0x6e0, s)
            }
            pos := and(shr(10, idx), 32)
            mstore(xor(pos, 32), s)
            mstore(pos, node)
            node := keccak256(0, 64)
            mstore(pos, nnode)
            nnode := keccak256(0, 64)
            mstore(0xa60, nnode)
            // level 16
            s := mload(0x700)
            if gt(d, 16) {
                s := mload(0x3a0)
                if iszero(and(mask, 0x10000)) {
                    s := calldataload(cur)
                    cur := add(cur, 32)
                }
                mstore(0x700, s)
            }
            pos := and(shr(11, idx), 32)
            mstore(xor(pos, 32), s)
            mstore(pos, node)
            node := keccak256(0, 64)
            mstore(pos, nnode)
            nnode := keccak256(0, 64)
            mstore(0xa80, nnode)
            // level 17
            s := mload(0x720)
            if gt(d, 17) {
                s := mload(0x3c0)
                if iszero(and(mask, 0x20000)) {
                    s := calldataload(cur)
                    cur := add(cur, 32)
                }
                mstore(0x720, s)
            }
            pos := and(shr(12, idx), 32)
            mstore(xor(pos, 32), s)
            mstore(pos, node)
            node := keccak256(0, 64)
            mstore(pos, nnode)
            nnode := keccak256(0, 64)
            mstore(0xaa0, nnode)
            // level 18
            s := mload(0x740)
            if gt(d, 18) {
                s := mload(0x3e0)
                if iszero(and(mask, 0x40000)) {
                    s := calldataload(cur)
                    cur := add(cur, 32)
                }
                mstore(0x740, s)
            }
            pos := and(shr(13, idx), 32)
            mstore(xor(pos, 32), s)
            mstore(pos, node)
            node := keccak256(0, 64)
            mstore(pos, nnode)
            nnode := keccak256(0, 64)
            mstore(0xac0, nnode)
            // level 19
            s := mload(0x760)
            if gt(d, 19) {
                s := mload(0x400)
                if iszero(and(mask, 0x80000)) {
                    s := calldataload(cur)
                    cur := add(cur, 32)
                }
                mstore(0x760, s)
            }
            pos := and(shr(14, idx), 32)
            mstore(xor(pos, 32), s)
            mstore(pos, node)
            node := keccak256(0, 64)
            mstore(pos, nnode)
            nnode := keccak256(0, 64)
            mstore(0xae0, nnode)
            // level 20
            s := mload(0x780)
            if gt(d, 20) {
                s := mload(0x420)
                if iszero(and(mask, 0x100000)) {
                    s := calldataload(cur)
                    cur := add(cur, 32)
                }
                mstore(0x780, s)
            }
            pos := and(shr(15, idx), 32)
            mstore(xor(pos, 32), s)
            mstore(pos, node)
            node := keccak256(0, 64)
            mstore(pos, nnode)
            nnode := keccak256(0, 64)
            mstore(0xb00, nnode)
            // level 21
            s := mload(0x7a0)
            if gt(d, 21) {
                s := mload(0x440)
                if iszero(and(mask, 0x200000)) {
                    s := calldataload(cur)
                    cur := add(cur, 32)
                }
                mstore(0x7a0, s)
            }
            pos := and(shr(16, idx), 32)
            mstore(xor(pos, 32), s)
            mstore(pos, node)
            node := keccak256(0, 64)
            mstore(pos, nnode)
            nnode := keccak256(0, 64)
            mstore(0xb20, nnode)
            // level 22
            s := mload(0x7c0)
            if gt(d, 22) {
                s := mload(0x460)
                if iszero(and(mask, 0x400000)) {
                    s := calldataload(cur)
                    cur := add(cur, 32)
                }
                mstore(0x7c0, s)
            }
            pos := and(shr(17, idx), 32)
            mstore(xor(pos, 32), s)
            mstore(pos, node)
            node := keccak256(0, 64)
            mstore(pos, nnode)
            nnode := keccak256(0, 64)
            mstore(0xb40, nnode)
            // level 23
            s := mload(0x7e0)
            if gt(d, 23) {
                s := mload(0x480)
                if iszero(and(mask, 0x800000)) {
                    s := calldataload(cur)
                    cur := add(cur, 32)
                }
                mstore(0x7e0, s)
            }
            pos := and(shr(18, idx), 32)
            mstore(xor(pos, 32), s)
            mstore(pos, node)
            node := keccak256(0, 64)
            mstore(pos, nnode)
            nnode := keccak256(0, 64)
            mstore(0xb60, nnode)
            // level 24
            s := mload(0x800)
            if gt(d, 24) {
                s := mload(0x4a0)
                if iszero(and(mask, 0x1000000)) {
                    s := calldataload(cur)
                    cur := add(cur, 32)
                }
                mstore(0x800, s)
            }
            pos := and(shr(19, idx), 32)
            mstore(xor(pos, 32), s)
            mstore(pos, node)
            node := keccak256(0, 64)
            mstore(pos, nnode)
            nnode := keccak256(0, 64)
            mstore(0xb80, nnode)
            // level 25
            s := mload(0x820)
            if gt(d, 25) {
                s := mload(0x4c0)
                if iszero(and(mask, 0x2000000)) {
                    s := calldataload(cur)
                    cur := add(cur, 32)
                }
                mstore(0x820, s)
            }
            pos := and(shr(20, idx), 32)
            mstore(xor(pos, 32), s)
            mstore(pos, node)
            node := keccak256(0, 64)
            mstore(pos, nnode)
            nnode := keccak256(0, 64)
            mstore(0xba0, nnode)
            // level 26
            s := mload(0x840)
            if gt(d, 26) {
                s := mload(0x4e0)
                if iszero(and(mask, 0x4000000)) {
                    s := calldataload(cur)
                    cur := add(cur, 32)
                }
                mstore(0x840, s)
            }
            pos := and(shr(21, idx), 32)
            mstore(xor(pos, 32), s)
            mstore(pos, node)
            node := keccak256(0, 64)
            mstore(pos, nnode)
            nnode := keccak256(0, 64)
            mstore(0xbc0, nnode)
            // END GENERATED proveWriteLeaf levels
            if gt(cur, mload(END)) { bad := 1 }
            mstore(CURSOR, cur)
            if iszero(eq(node, mload(ROOT))) { if iszero(bad) { bad := 2 } }
            mstore(ROOT, nnode)
            mstore(PREV_IDX, idx)
            mstore(PREV_H, 0)
            mstore(HAVE_PREV, 1)
        }
        if (bad == 1) revert WitnessTruncated();
        if (bad == 2) revert BadMemoryProof();
    }

    /// @notice The current value of node (idx, h), as the next proof (which
    /// must be of this node) or the previous proof states it; not yet
    /// proven: proveWrite proves it.
    function peek(uint256 idx, uint256 h) internal pure returns (bytes32 value) {
        (, bool same) = meet(idx, h);
        uint256 bad;
        assembly {
            switch same
            case 1 { value := mload(add(PATH, shl(5, h))) }
            default {
                let cur := mload(CURSOR)
                if gt(add(cur, 32), mload(END)) { bad := 1 }
                value := calldataload(cur)
            }
        }
        if (bad == 1) revert WitnessTruncated();
    }

    /// @notice Proves node (idx, h) with the value peek returned and
    /// replaces it with value, in one pass: each level hashes the old and
    /// the new path with the same sibling.
    function proveWrite(uint256 idx, uint256 h, bytes32 value) internal pure {
        (uint256 d, bool same) = meet(idx, h);
        if (same) return update(value);
        if (h == 0) return proveWriteLeaf(idx, d, value);
        uint256 bad;
        assembly {
            let cur := mload(CURSOR)
            let end := mload(END)
            let node := calldataload(cur)
            let mask := shr(224, calldataload(add(cur, 32)))
            cur := add(cur, 36)
            let meetNode := mload(add(PATH, shl(5, d)))
            let nnode := value
            let o := shl(5, h)
            mstore(add(PATH, o), nnode)
            let i := idx
            let lim := shl(5, d)
            for {} lt(o, lim) { o := add(o, 32) } {
                let s := mload(add(ZEROS_AT, o))
                if iszero(and(shr(shr(5, o), mask), 1)) {
                    s := calldataload(cur)
                    cur := add(cur, 32)
                }
                mstore(add(SIB, o), s)
                let pos := and(shl(5, i), 32)
                mstore(xor(pos, 32), s)
                mstore(pos, node)
                node := keccak256(0, 64)
                mstore(pos, nnode)
                nnode := keccak256(0, 64)
                i := shr(1, i)
                mstore(add(add(PATH, o), 32), nnode)
            }
            if gt(cur, end) { bad := 1 }
            mstore(CURSOR, cur)
            if lt(d, 27) { mstore(add(SIB, lim), meetNode) }
            for {} lt(o, 864) { o := add(o, 32) } {
                let pos := and(shl(5, i), 32)
                mstore(xor(pos, 32), mload(add(SIB, o)))
                mstore(pos, node)
                node := keccak256(0, 64)
                mstore(pos, nnode)
                nnode := keccak256(0, 64)
                i := shr(1, i)
                mstore(add(add(PATH, o), 32), nnode)
            }
            if iszero(eq(node, mload(ROOT))) { if iszero(bad) { bad := 2 } }
            mstore(ROOT, nnode)
            mstore(PREV_IDX, idx)
            mstore(PREV_H, h)
            mstore(HAVE_PREV, 1)
        }
        if (bad == 1) revert WitnessTruncated();
        if (bad == 2) revert BadMemoryProof();
    }

    /// @notice Replaces the value of the node of the latest proof and
    /// updates the memory root.
    function update(bytes32 value) internal pure {
        assembly {
            let o := shl(5, mload(PREV_H))
            let i := mload(PREV_IDX)
            let node := value
            mstore(add(PATH, o), node)
            for {} lt(o, 864) { o := add(o, 32) } {
                let pos := and(shl(5, i), 32)
                mstore(pos, node)
                mstore(xor(pos, 32), mload(add(SIB, o)))
                node := keccak256(0, 64)
                i := shr(1, i)
                mstore(add(add(PATH, o), 32), node)
            }
            mstore(ROOT, node)
        }
    }

    /// @notice Z[h], the root of an all-zero subtree of height h <= 26.
    function zero(uint256 h) internal pure returns (bytes32 z) {
        assembly {
            z := mload(add(ZEROS_AT, shl(5, h)))
        }
    }

    /// @notice The leaf (32-byte word) holding addr, proven.
    function leaf(uint256 addr) internal pure returns (bytes32) {
        return prove(addr >> 5);
    }

    /// @notice The instruction word at pc: the step's first proof.
    function fetch(uint256 pc) internal pure returns (uint32) {
        return uint32(uint256(proveFirst(pc >> 5)) >> (224 - ((pc & 28) << 3)));
    }

    /// @notice The aligned 4-byte word at addr (addr & 3 is ignored), proven.
    function load32(uint256 addr) internal pure returns (uint32) {
        return uint32(uint256(prove(addr >> 5)) >> (224 - ((addr & 28) << 3)));
    }

    /// @notice Writes the aligned 4-byte word v at addr (addr & 3 is
    /// ignored), proving the leaf and updating the root in one pass.
    function store32(uint256 addr, uint32 v) internal pure {
        uint256 sh = 224 - ((addr & 28) << 3);
        uint256 lf = uint256(peek(addr >> 5, 0));
        proveWrite(addr >> 5, 0, bytes32((lf & ~(uint256(0xffffffff) << sh)) | (uint256(v) << sh)));
    }

    // --- state fields ---

    function reg(uint256 i) internal pure returns (uint32 v) {
        assembly {
            v := shr(224, mload(add(REGS, shl(2, i))))
        }
    }

    function setReg(uint256 i, uint32 v) internal pure {
        assembly {
            let p := add(REGS, shl(2, i))
            mstore(p, or(and(mload(p), not(shl(224, 0xffffffff))), shl(224, v)))
        }
    }

    function get32(uint256 p) internal pure returns (uint32 v) {
        assembly {
            v := shr(224, mload(p))
        }
    }

    function set32(uint256 p, uint32 v) internal pure {
        assembly {
            mstore(p, or(and(mload(p), not(shl(224, 0xffffffff))), shl(224, v)))
        }
    }

    function step() internal pure returns (uint64 v) {
        assembly {
            v := shr(192, mload(STEP))
        }
    }

    function setStep(uint64 v) internal pure {
        assembly {
            mstore(STEP, or(and(mload(STEP), not(shl(192, 0xffffffffffffffff))), shl(192, v)))
        }
    }

    function status() internal pure returns (uint8 v) {
        assembly {
            v := byte(0, mload(STATUS))
        }
    }

    /// @notice Halts the VM with status st and exit code code; the step counts.
    function halt(uint8 st, uint8 code) internal pure {
        assembly {
            mstore8(STATUS, st)
            mstore8(EXITCODE, code)
            mstore(REGS, and(mload(REGS), not(shl(224, 0xffffffff))))
        }
        unchecked {
            setStep(step() + 1);
        }
    }
}
