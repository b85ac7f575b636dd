// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IInferenceConsumer, InferenceRequests} from "../InferenceRequests.sol";

/// @title An example consumer of oracle-mode inference
/// @notice Asks InferenceRequests for inference of one class and keeps each
/// result the oracle calls back with. `ask` forwards the fee it is sent and
/// names this contract as the callback; only the oracle may call
/// `inferenceResult`, and only for a request this contract made, once. The
/// oracle calls back when the request is final (after its challenge window
/// and the games' dispute window, with no game open on its claims), with
/// the output of the claim that stands: the output bytes when they were
/// posted with the claim (small outputs), else empty with the root only.
contract OracleConsumer is IInferenceConsumer {
    struct Result {
        bool done;
        bytes32 outputRoot;
        bytes output;
    }

    InferenceRequests public immutable oracle;
    bytes32 public immutable classId;

    mapping(uint256 => bool) public asked;
    mapping(uint256 => Result) internal results_;

    event Asked(uint256 indexed requestId, address indexed by);
    event Received(uint256 indexed requestId, bytes32 outputRoot, bytes output);

    error NotTheOracle(address sender);
    error NotAsked(uint256 requestId);
    error AlreadyReceived(uint256 requestId);

    constructor(InferenceRequests oracle_, bytes32 classId_) {
        oracle = oracle_;
        classId = classId_;
    }

    /// @notice Requests inference of the class on `input` (at most the oracle's MAX_INPUT bytes);
    /// msg.value is the fee.
    function ask(bytes calldata input) external payable returns (uint256 requestId) {
        requestId = oracle.request{value: msg.value}(classId, input, bytes32(0), "", address(this));
        asked[requestId] = true;
        emit Asked(requestId, msg.sender);
    }

    /// @inheritdoc IInferenceConsumer
    function inferenceResult(uint256 requestId, bytes32 outputRoot, bytes calldata output) external {
        if (msg.sender != address(oracle)) revert NotTheOracle(msg.sender);
        if (!asked[requestId]) revert NotAsked(requestId);
        Result storage r = results_[requestId];
        if (r.done) revert AlreadyReceived(requestId);
        r.done = true;
        r.outputRoot = outputRoot;
        r.output = output;
        emit Received(requestId, outputRoot, output);
    }

    /// @notice The result of request `requestId`: whether it arrived, its output root and bytes.
    function result(uint256 requestId) external view returns (bool done, bytes32 outputRoot, bytes memory output) {
        Result storage r = results_[requestId];
        return (r.done, r.outputRoot, r.output);
    }
}
