// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IPreimageOracle} from "./IPreimageOracle.sol";

/// @title PreimageOracle
/// @notice The preimages that the step's SysPreimageRead returns. Three kinds
/// of key, as in package vm:
///  - local keys (first byte 1, vm.LocalKey): dispute-local inputs, written
///    by a game for itself (keyed by the writer and a context it picks);
///  - length keys (first byte 3, vm.LengthKey): the 8-byte big-endian length
///    of the blob with a word-tree root, loaded with one proof against that
///    root (the length word is leaf 0 of a tree whose height the length
///    fixes);
///  - blob keys (first byte 2, dispute.BlobKey): the bytes of the blob with a
///    word-tree root, loaded word by word, each with its proof against the
///    root, after its length. Only the parts a step reads need to be loaded,
///    so no blob is ever hashed whole on chain;
///  - node keys (first byte 4, vm.NodeKey): the 64 bytes l ‖ r of the two
///    children of an inner node n = keccak(l ‖ r) of a word tree, stored by
///    loadNode under the key of their own hash, so a node key can only ever
///    read the children of its node (zero subtrees included).
/// Every other key type is refused, as the Go VM refuses it. Local inputs
/// live in their own mappings, so the storage key of one account's local
/// input can never be read as a length or blob key. A loaded preimage never
/// changes.
contract PreimageOracle is IPreimageOracle {
    error PreimageMissing(bytes32 key);
    error UnknownKeyType(bytes32 key);
    error LocalTooLong(uint256 length);
    error NotLocalKey(bytes32 key);
    error LocalAlreadyLoaded(bytes32 key);
    error BadLengthProof(bytes32 root);
    error LengthTooLarge(uint256 length);
    error BlobLengthUnknown(bytes32 root);
    error BadPartProof(bytes32 root, uint256 index);
    error PreimagePartMissing(bytes32 key, uint256 word);

    /// @notice Longest local preimage.
    uint256 public constant MAX_LOCAL = 1024;

    /// @notice length + 1 of each stored length or blob preimage (0: none), by key.
    mapping(bytes32 => uint256) private lengths;
    /// @notice The 32-byte words of each stored length or blob preimage (zero-padded).
    mapping(bytes32 => mapping(uint256 => bytes32)) private words;
    /// @notice length + 1 of each local input (0: none), by localize(key, caller, context).
    mapping(bytes32 => uint256) private localLengths;
    /// @notice The 32-byte words of each local input (zero-padded).
    mapping(bytes32 => mapping(uint256 => bytes32)) private localWords;
    /// @notice For blob keys: which words are loaded (bit j%256 of slot j/256).
    mapping(bytes32 => mapping(uint256 => uint256)) private loaded;

    event LocalLoaded(address indexed game, bytes32 indexed localContext, bytes32 key, uint256 length);
    event LengthLoaded(bytes32 indexed root, uint64 length);
    event BlobPartLoaded(bytes32 indexed root, uint256 index);
    event NodeLoaded(bytes32 indexed node);

    /// @notice The storage key of a local key for (caller, localContext).
    function localize(bytes32 key, address caller, bytes32 localContext) public pure returns (bytes32) {
        return keccak256(abi.encode(key, caller, localContext));
    }

    /// @notice The key of the length of the blob with root root.
    function lengthKey(bytes32 root) public pure returns (bytes32) {
        return (root & bytes32(uint256(type(uint248).max))) | bytes32(uint256(3) << 248);
    }

    /// @notice The key of the bytes of the blob with root root.
    function blobKey(bytes32 root) public pure returns (bytes32) {
        return (root & bytes32(uint256(type(uint248).max))) | bytes32(uint256(2) << 248);
    }

    /// @notice The key of the children of the word-tree node node.
    function nodeKey(bytes32 node) public pure returns (bytes32) {
        return (node & bytes32(uint256(type(uint248).max))) | bytes32(uint256(4) << 248);
    }

    /// @notice Stores l ‖ r, the children of the node keccak(l ‖ r), under
    /// nodeKey(keccak(l ‖ r)). Anyone may load any pair: the key is the
    /// pair's own hash, so what a node key reads is always that node's
    /// children.
    function loadNode(bytes32 l, bytes32 r) external {
        bytes32 node = keccak256(abi.encodePacked(l, r));
        bytes32 k = nodeKey(node);
        lengths[k] = 65;
        words[k][0] = l;
        words[k][1] = r;
        emit NodeLoaded(node);
    }

    /// @notice Stores data as the preimage of local key key for
    /// (msg.sender, localContext), once.
    function loadLocal(bytes32 localContext, bytes32 key, bytes calldata data) external {
        if (uint8(key[0]) != 1) revert NotLocalKey(key);
        if (data.length > MAX_LOCAL) revert LocalTooLong(data.length);
        bytes32 k = localize(key, msg.sender, localContext);
        if (localLengths[k] != 0) revert LocalAlreadyLoaded(key);
        localLengths[k] = data.length + 1;
        for (uint256 i = 0; i * 32 < data.length; i++) {
            bytes32 w;
            uint256 o = i * 32;
            if (o + 32 <= data.length) {
                w = bytes32(data[o:o + 32]);
            } else {
                bytes memory tail = new bytes(32);
                for (uint256 j = o; j < data.length; j++) {
                    tail[j - o] = data[j];
                }
                w = bytes32(tail);
            }
            localWords[k][i] = w;
        }
        emit LocalLoaded(msg.sender, localContext, key, data.length);
    }

    /// @notice Stores the length of the blob with root root under
    /// lengthKey(root), proven by proof: the siblings (bottom-up) of leaf 0,
    /// which must be the length word, in a tree of height
    /// blobHeight(length).
    function loadLength(bytes32 root, uint64 length, bytes32[] calldata proof) external {
        if (length > type(uint32).max) revert LengthTooLarge(length);
        if (proof.length != blobHeight(length)) revert BadLengthProof(root);
        bytes32 node = bytes32(uint256(length));
        for (uint256 i = 0; i < proof.length; i++) {
            node = keccak256(abi.encodePacked(node, proof[i]));
        }
        if (node != root) revert BadLengthProof(root);
        bytes32 k = lengthKey(root);
        lengths[k] = 9;
        words[k][0] = bytes32(uint256(length) << 192);
        lengths[blobKey(root)] = uint256(length) + 1;
        emit LengthLoaded(root, length);
    }

    /// @notice Stores word index (1 ≤ index < 2^height; word 0 is the length
    /// word) of the blob with root root under blobKey(root): bytes
    /// 32·(index-1) … 32·index-1 of its data. proof holds the word's
    /// siblings, bottom-up; the blob's length must be loaded first
    /// (loadLength), as it fixes the tree's height.
    function loadBlobPart(bytes32 root, uint256 index, bytes32 word, bytes32[] calldata proof) external {
        bytes32 k = blobKey(root);
        uint256 lp1 = lengths[k];
        if (lp1 == 0) revert BlobLengthUnknown(root);
        uint256 h = blobHeight(lp1 - 1);
        if (proof.length != h || index == 0 || index >> h != 0) revert BadPartProof(root, index);
        bytes32 node = word;
        for (uint256 i = 0; i < h; i++) {
            node = (index >> i) & 1 == 0
                ? keccak256(abi.encodePacked(node, proof[i]))
                : keccak256(abi.encodePacked(proof[i], node));
        }
        if (node != root) revert BadPartProof(root, index);
        uint256 j = index - 1;
        words[k][j] = word;
        loaded[k][j >> 8] |= uint256(1) << (j & 255);
        emit BlobPartLoaded(root, index);
    }

    /// @notice The height of the word tree of a blob of n bytes (length word
    /// included), as merkle.BlobHeight.
    function blobHeight(uint256 n) public pure returns (uint256 h) {
        uint256 w = (n + 63) / 32;
        while ((uint256(1) << h) < w) h++;
    }

    /// @notice Whether the preimage of key (localized for local keys) is
    /// stored; false for a key of a type the VM does not know.
    function has(bytes32 key, address caller, bytes32 localContext) external view returns (bool) {
        uint8 t = uint8(key[0]);
        if (t == 1) return localLengths[localize(key, caller, localContext)] != 0;
        if (t == 2 || t == 3 || t == 4) return lengths[key] != 0;
        return false;
    }

    /// @inheritdoc IPreimageOracle
    function readWord(bytes32 key, uint256 offset, address caller, bytes32 localContext)
        external
        view
        returns (uint32 word, uint32 length)
    {
        uint8 t = uint8(key[0]);
        bytes32 k = key;
        mapping(bytes32 => uint256) storage lens = lengths;
        mapping(bytes32 => mapping(uint256 => bytes32)) storage ws = words;
        if (t == 1) {
            k = localize(key, caller, localContext);
            lens = localLengths;
            ws = localWords;
        } else if (t < 2 || t > 4) {
            revert UnknownKeyType(key);
        }
        uint256 lp1 = lens[k];
        if (lp1 == 0) revert PreimageMissing(key);
        length = uint32(lp1 - 1);
        if (offset >= length) return (0, length);
        uint256 i = offset >> 5;
        uint256 b = offset & 31;
        if (t == 2) {
            // A blob: the words read must have been loaded.
            if ((loaded[k][i >> 8] >> (i & 255)) & 1 == 0) revert PreimagePartMissing(key, i + 1);
            uint256 n = i + 1;
            if (b > 28 && n * 32 < length && (loaded[k][n >> 8] >> (n & 255)) & 1 == 0) {
                revert PreimagePartMissing(key, n + 1);
            }
        }
        uint256 w = uint256(ws[k][i]);
        if (b <= 28) {
            word = uint32(w >> ((28 - b) << 3));
        } else {
            uint256 w2 = uint256(ws[k][i + 1]);
            word = uint32((w << ((b - 28) << 3)) | (w2 >> ((60 - b) << 3)));
        }
        // Bytes past the end read as zero, whatever the proven word of a
        // blob holds there (a tree with a valid length word need not pad
        // with zeros).
        if (offset + 4 > length) word &= uint32(0xffffffff << ((offset + 4 - length) << 3));
    }
}
