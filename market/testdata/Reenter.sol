// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// @title Reentrancy probe for the market tests (market/reenter_test.go).
/// @notice `call` makes this contract call a target with value and data, so
/// that the target sees this contract as msg.sender. When the target pays it,
/// `receive` calls the target once more with `reentry` and records whether
/// that inner call succeeded. Compiled with the pinned solc (0.8.37,
/// optimizer 1000 runs, evmVersion osaka); the bytecode is in the test.
contract Reenter {
    address public target;
    bytes public reentry;
    bool public reentered;
    bool public innerOk;
    bytes public innerRet;

    function arm(address target_, bytes calldata reentry_) external {
        target = target_;
        reentry = reentry_;
        reentered = false;
        innerOk = false;
    }

    function call(address to, uint256 value, bytes calldata data) external payable {
        (bool ok, bytes memory ret) = to.call{value: value}(data);
        if (!ok) {
            assembly {
                revert(add(ret, 32), mload(ret))
            }
        }
    }

    receive() external payable {
        if (target != address(0) && !reentered) {
            reentered = true;
            (bool ok, bytes memory ret) = target.call(reentry);
            innerOk = ok;
            innerRet = ret;
        }
    }
}
