// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Messages} from "./Messages.sol";
import {Registry} from "./Registry.sol";
import {Games} from "./Games.sol";

/// @notice What a consumer of inference results implements.
interface IInferenceConsumer {
    function inferenceResult(uint256 requestId, bytes32 outputRoot, bytes calldata output) external;
}

/// @title RMS inference requests (oracle mode, opML's on-chain use)
/// @notice Named so it is not confused with the preimage oracle. A contract
/// (or anyone) requests inference for a class with a fee and a callback,
/// giving the input bytes (small inputs: kept in calldata and the event, the
/// input root computed here) or an input root and the CID the requester
/// seeds. The request is a job (`jobOf`): class, input root and CID, the
/// requester as user, the request id as nonce, the fee as fee cap, and the
/// end of the challenge window as deadline. Providers staked for the class
/// sign claims for that job as in service mode and post them here (for small
/// outputs with the output bytes, checked against the output root). During
/// the challenge window anyone staked for the class may post a conflicting
/// claim (its game bond is reserved from its stake when the game opens), and
/// anyone may open the game between two posted claims in Games, until the
/// job's deadline (the end of the window) plus the games' dispute window.
/// After that, once no posted claim is in an open game and the undefeated
/// claims agree on one output, the result is final: the fee goes to the first
/// undefeated claim's provider and the callback receives the output with a
/// fixed gas stipend; a reverting callback blocks neither. A request no
/// undefeated claim answers refunds its fee to the requester.
contract InferenceRequests {
    struct Request {
        bytes32 classId;
        bytes32 inputRoot;
        address requester;
        address callback;
        uint64 windowEnds;
        bool finalized;
        uint256 fee;
        bytes cid;
    }

    struct Answer {
        bytes32 claimHash;
        bytes32 outputRoot;
        address provider;
        bytes output; // empty unless posted with the claim
    }

    uint256 public constant MAX_INPUT = 4096;
    uint256 public constant MAX_OUTPUT = 4096;
    uint256 public constant MAX_ANSWERS = 8;

    Registry public immutable registry;
    Games public immutable games;
    uint64 public immutable challengeWindow;
    uint64 public immutable callbackGas;
    bytes32 internal immutable domain;

    Request[] internal requests_;
    mapping(uint256 => Answer[]) internal answers_;

    event Requested(
        uint256 indexed id, bytes32 indexed classId, bytes32 inputRoot, bytes input, bytes cid, uint256 fee, uint64 windowEnds
    );
    event Answered(uint256 indexed id, bytes32 claimHash, bytes32 outputRoot, address provider, bytes output);
    event Finalized(uint256 indexed id, bytes32 outputRoot, address provider, uint256 fee, bool callbackOk);

    error InputTooLong(uint256 length);
    error OutputTooLong(uint256 length);
    error NoInput();
    error UnknownRequest(uint256 id);
    error WindowOver(uint64 ends);
    error AlreadyFinal(uint256 id);
    error BadClaim(string why);
    error TooManyAnswers(uint256 id);
    error StillDisputed(bytes32 claimHash);
    error OutputsDisagree(bytes32 a, bytes32 b);
    error OutputMismatch(bytes32 root, bytes32 claimed);
    error TransferFailed(address to, uint256 amount);
    error NotFinalYet(uint64 finalAfter);
    error GasBelowStipend(uint256 left, uint256 needed);

    constructor(Registry registry_, Games games_, uint64 challengeWindow_, uint64 callbackGas_) {
        registry = registry_;
        games = games_;
        challengeWindow = challengeWindow_;
        callbackGas = callbackGas_;
        domain = Messages.domainSeparator(address(registry_));
    }

    /// @notice Requests inference for a class: either `input` (its root is computed here) or an
    /// `inputRoot` with the `cid` that serves it. msg.value is the fee.
    function request(bytes32 classId, bytes calldata input, bytes32 inputRoot, bytes calldata cid, address callback)
        external
        payable
        returns (uint256 id)
    {
        if (input.length > MAX_INPUT) revert InputTooLong(input.length);
        if (input.length > 0) inputRoot = blobRoot(input);
        else if (inputRoot == 0 || cid.length == 0) revert NoInput();
        id = requests_.length;
        uint64 ends = uint64(block.timestamp) + challengeWindow;
        requests_.push(Request(classId, inputRoot, msg.sender, callback, ends, false, msg.value, cid));
        emit Requested(id, classId, inputRoot, input, cid, msg.value, ends);
    }

    /// @notice The job of request id, which claims about it sign.
    function jobOf(uint256 id) public view returns (Messages.Job memory j) {
        Request storage r = req(id);
        j = Messages.Job(r.classId, r.inputRoot, r.cid, r.requester, uint64(id), r.fee, r.windowEnds);
    }

    function requestInfo(uint256 id) external view returns (Request memory) {
        return req(id);
    }

    function answers(uint256 id) external view returns (Answer[] memory) {
        return answers_[id];
    }

    /// @notice Posts a provider's signed claim about request id (during the window), with the output
    /// bytes for small outputs (checked against the output root) or none.
    function answer(uint256 id, Games.SignedClaim calldata sc, bytes calldata output) external {
        Request storage r = req(id);
        if (block.timestamp > r.windowEnds) revert WindowOver(r.windowEnds);
        if (answers_[id].length >= MAX_ANSWERS) revert TooManyAnswers(id);
        if (output.length > MAX_OUTPUT) revert OutputTooLong(output.length);
        Messages.Claim calldata c = sc.claim;
        if (c.jobHash != Messages.digest(domain, Messages.hashJob(jobOf(id)))) revert BadClaim("another job");
        bytes32 ch = Messages.digest(domain, Messages.hashClaim(c));
        if (c.provider == address(0) || Messages.recover(ch, sc.sig) != c.provider) revert BadClaim("signature");
        if (!registry.stakedFor(sc.service, c.provider, r.classId)) revert BadClaim("not staked for the class");
        if (output.length > 0 && blobRoot(output) != c.outputRoot) revert OutputMismatch(blobRoot(output), c.outputRoot);
        answers_[id].push(Answer(ch, c.outputRoot, c.provider, output));
        emit Answered(id, ch, c.outputRoot, c.provider, output);
    }

    /// @notice Makes the result of request id final (anyone may): after the window, with no posted
    /// claim in an open game and every undefeated claim on one output. Pays the fee and calls back.
    function finalize(uint256 id) external {
        Request storage r = req(id);
        if (r.finalized) revert AlreadyFinal(id);
        uint64 finalAfter = r.windowEnds + games.disputeWindow();
        if (block.timestamp <= finalAfter) revert NotFinalYet(finalAfter);
        Answer[] storage as_ = answers_[id];
        int256 first = -1;
        for (uint256 i = 0; i < as_.length; i++) {
            bytes32 ch = as_[i].claimHash;
            if (games.openGamesOf(ch) != 0) revert StillDisputed(ch);
            if (games.defeated(ch)) continue;
            if (first < 0) first = int256(i);
            else if (as_[uint256(first)].outputRoot != as_[i].outputRoot) {
                revert OutputsDisagree(as_[uint256(first)].outputRoot, as_[i].outputRoot);
            }
        }
        r.finalized = true;
        uint256 fee = r.fee;
        if (first < 0) {
            emit Finalized(id, 0, r.requester, fee, false);
            pay(r.requester, fee);
            return;
        }
        Answer storage a = as_[uint256(first)];
        bool ok;
        if (r.callback != address(0)) {
            // The sender must leave the callback its whole stipend (a call gets at most 63/64 of
            // what is left), so nobody can make it fail by sending too little gas.
            uint256 needed = callbackGas + callbackGas / 63 + 20_000;
            if (gasleft() < needed) revert GasBelowStipend(gasleft(), needed);
            (ok,) = r.callback.call{gas: callbackGas}(
                abi.encodeCall(IInferenceConsumer.inferenceResult, (id, a.outputRoot, a.output))
            );
        }
        emit Finalized(id, a.outputRoot, a.provider, fee, ok);
        pay(a.provider, fee);
    }

    function pay(address to, uint256 amount) internal {
        if (amount == 0) return;
        (bool paid,) = to.call{value: amount}("");
        if (!paid) revert TransferFailed(to, amount);
    }

    function req(uint256 id) internal view returns (Request storage) {
        if (id >= requests_.length) revert UnknownRequest(id);
        return requests_[id];
    }

    /// @notice The word-tree root of a blob (DESIGN §4): its length word, then its bytes, zero-padded
    /// to a power of two of 32-byte words.
    function blobRoot(bytes calldata data) public pure returns (bytes32) {
        uint256 words = 1 + (data.length + 31) / 32;
        uint256 width = 1;
        while (width < words) width <<= 1;
        bytes32[] memory level = new bytes32[](width);
        level[0] = bytes32(data.length);
        for (uint256 i = 0; i + 1 < words; i++) {
            bytes32 w;
            uint256 off = i * 32;
            assembly ("memory-safe") {
                w := calldataload(add(data.offset, off))
            }
            uint256 left = data.length - off;
            if (left < 32) w &= bytes32(~(type(uint256).max >> (8 * left)));
            level[i + 1] = w;
        }
        for (uint256 n = width; n > 1; n >>= 1) {
            for (uint256 i = 0; i < n / 2; i++) {
                level[i] = keccak256(abi.encodePacked(level[2 * i], level[2 * i + 1]));
            }
        }
        return level[0];
    }
}
