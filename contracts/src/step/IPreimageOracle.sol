// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// @title IPreimageOracle
/// @notice What the step reads from the preimage oracle.
interface IPreimageOracle {
    /// @notice The 4 bytes at offset of the preimage with key (zero past its
    /// end) and the preimage's length. Local keys (first byte 1) are looked
    /// up for (caller, localContext). Reverts when the preimage was not
    /// loaded, or the key's type (first byte) is not 1, 2, 3 or 4.
    function readWord(bytes32 key, uint256 offset, address caller, bytes32 localContext)
        external
        view
        returns (uint32 word, uint32 length);
}
