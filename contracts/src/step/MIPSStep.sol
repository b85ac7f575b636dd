// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {MIPSMemory as M} from "./MIPSMemory.sol";
import {MIPSInstructions as I} from "./MIPSInstructions.sol";
import {MIPSSyscalls as S} from "./MIPSSyscalls.sol";
import {IPreimageOracle} from "./IPreimageOracle.sol";

/// @title MIPSStep
/// @notice The on-chain step of the RMS fraud-proof VM: executes exactly one
/// instruction from a packed pre-state and the proofs of its memory accesses
/// and returns the hash of the packed post-state. It is the same function as
/// vm.VerifyStep in Go (docs/STEP.md); a halted state steps to itself.
contract MIPSStep {
    /// @notice Where SysPreimageRead gets its data.
    IPreimageOracle public immutable oracle;

    constructor(IPreimageOracle oracle_) {
        oracle = oracle_;
    }

    /// @notice Executes one step. witness is the calldata layout of
    /// vm.Calldata: the 226-byte packed pre-state, then the memory proofs in
    /// the order the step uses them. Local preimage keys are read for
    /// (msg.sender, localContext). Reverts on a malformed witness or a
    /// preimage the oracle lacks.
    /// @return pre keccak256 of the packed pre-state
    /// @return post keccak256 of the packed post-state
    function executeStep(bytes calldata witness, bytes32 localContext)
        external
        view
        returns (bytes32 pre, bytes32 post) {
        uint256 off;
        uint256 len;
        assembly {
            off := witness.offset
            len := witness.length
        }
        M.init(off, len);
        pre = M.stateHash();
        if (M.status() == 0) {
            run(localContext);
        }
        M.finish();
        post = M.stateHash();
    }

    function run(bytes32 localContext) private view {
        unchecked {
            uint32 pc = M.get32(M.PC);
            if (pc & 3 != 0) return M.halt(2, uint8(I.FAULT_UNALIGNED));
            if (pc < I.PAGE_SIZE) return M.halt(2, uint8(I.FAULT_NULL));
            uint32 insn = M.fetch(pc);
            (uint256 res, uint32 next) = I.execute(insn, pc);
            if (res == I.SYSCALL) {
                res = S.run(oracle, msg.sender, localContext);
                if (res == S.EXITED) return;
            }
            if (res != 0) return M.halt(2, uint8(res));
            M.setReg(0, 0);
            M.set32(M.PC, M.get32(M.NPC));
            M.set32(M.NPC, next);
            M.setStep(M.step() + 1);
        }
    }
}
