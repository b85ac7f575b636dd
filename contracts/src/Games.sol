// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Messages} from "./Messages.sol";
import {Registry} from "./Registry.sol";

/// @notice The one-instruction step (contracts/src/step/MIPSStep.sol).
interface IStep {
    function executeStep(bytes calldata witness, bytes32 localContext) external view returns (bytes32 pre, bytes32 post);
}

/// @notice The part of the preimage oracle a game writes: its own local inputs.
interface ILocalOracle {
    function loadLocal(bytes32 localContext, bytes32 key, bytes calldata data) external;
}

/// @title RMS dispute games (service mode)
/// @notice One contract holds every game. A game is between two claims for
/// the same job with different output roots, each signed by a provider staked
/// for the job's class (docs/GAME.md has the rules and why the honest side
/// always wins):
///
/// 1. open, with the op level in the same transaction: the claims are
///    checked, a bond is reserved from each stake, and the opener proves an
///    index k whose A_k agrees in both traces and whose A_{k+1} does not
///    (A_0 is the empty accumulator); the game loads the dispute-local inputs
///    of op k into the preimage oracle under its own context (the game id);
/// 3. step level: simultaneous n-ary dissection of the VM run of op k over
///    the class's fixed range [0, 2^stepsLog2]. In round 0 each party also
///    commits its final state (halted, its A_{k+1} at OUTPUT_ADDR, shown by
///    one memory proof). Each round both parties post their state hashes at
///    the same n-1 points; the contract takes the first piece whose start
///    they agree on and whose end they do not;
/// 4. one step: the instruction at the last disputed step runs on MIPSStep;
///    the side whose post-state it does not give loses.
///
/// A claim whose output root is not the last output of its own trace loses
/// at once. Each party has a chess clock that runs while it owes a move;
/// anyone may end a game whose party ran out. The loser's bond is slashed
/// (the registry credits the winner its reward share) and its claim is
/// recorded as defeated; a defeated claim cannot enter another game. The
/// claim is defeated, never its output: another claim with the same output
/// still stands.
contract Games {
    enum Phase {
        None,
        Bisect, // dissection rounds
        Step, // one step left
        Done
    }

    struct Game {
        bytes32 jobHash;
        bytes32 classId;
        bytes32 inputRoot;
        Phase phase;
        uint8 round;
        uint8 posted; // bit s: side s posted in this round
        uint8 losers; // when Done: bit s set if side s lost
        uint64 turnStart; // when the current phase or round began
        uint64 opIndex;
        uint64 lo; // current range of steps [lo, hi]
        uint64 hi;
        uint64[2] remaining; // chess clocks, seconds
        bytes32[2] claim; // claim hashes, side 0 the smaller
        bytes32[2] service;
        address[2] provider;
        bytes32[2] traceRoot;
        bytes32[2] outputRoot;
        bytes32[2] acc; // each side's A_{k+1}
        bytes32 start; // agreed state hash at lo
        bytes32[2] end; // each side's state hash at hi
        bytes32[2] list; // hashes of the lists of the last complete round, until its choice is made
        bool pending; // the last complete round's piece is not chosen yet
    }

    /// @notice The op-level proof: A_k (prevAcc) in both traces at leaf k-1 (none for k = 0) and each
    /// side's A_{k+1} at leaf k.
    struct Divergence {
        uint64 op;
        bytes32 prevAcc;
        bytes32[] prevProof0;
        bytes32[] prevProof1;
        bytes32 acc0;
        bytes32[] proof0;
        bytes32 acc1;
        bytes32[] proof1;
    }

    /// @notice A self-contradiction of one side's claim: its last accumulator A_C (trace leaf
    /// 2^h - 1) and, in A_C, either entry 0 being zero (no output at all: `entry` = 0 at index 0,
    /// `last` false), or the last non-zero entry j (entry j+1 zero or j the last) holding another
    /// root than the claim's output.
    struct Contradiction {
        uint8 side;
        bytes32 accC;
        bytes32[] accProof;
        uint64 j;
        bytes32 entry;
        bytes32[] entryProof;
        bytes32[] nextProof; // proof that entry j+1 is zero; empty when j is the last entry
    }

    /// @notice A claim with its provider's EIP-712 signature and the service whose stake backs it.
    struct SignedClaim {
        Messages.Claim claim;
        bytes sig;
        bytes32 service;
    }

    uint32 public constant OUTPUT_ADDR = 0x3000_0000;
    uint256 internal constant MEMORY_DEPTH = 27;
    uint256 internal constant STATE_SIZE = 226;
    uint256 internal constant STATUS_OFFSET = 89;

    Registry public immutable registry;
    IStep public immutable step;
    ILocalOracle public immutable oracle;
    uint64 public immutable disputeWindow;
    uint64 public immutable clock;
    uint256 public immutable bond;
    uint8 public immutable arity;
    bytes32 internal immutable domain;

    mapping(bytes32 => Game) internal games_;
    /// @notice Claims that lost a game.
    mapping(bytes32 => bool) public defeated;
    /// @notice Open games each claim is a party of (oracle mode waits for them to end).
    mapping(bytes32 => uint32) public openGamesOf;

    event GameOpened(
        bytes32 indexed id,
        bytes32 indexed jobHash,
        bytes32 claim0,
        bytes32 claim1,
        address provider0,
        address provider1,
        uint8 arity,
        uint64 clock
    );
    event DivergenceProven(bytes32 indexed id, uint64 op, bytes32 prevAcc, bytes32 acc0, bytes32 acc1);
    event FinalStateCommitted(bytes32 indexed id, uint8 side, bytes32 stateHash);
    event Posted(bytes32 indexed id, uint8 round, uint8 side, bytes32[] hashes);
    event SegmentChosen(bytes32 indexed id, uint8 round, uint64 lo, uint64 hi, bytes32 start, bytes32 end0, bytes32 end1);
    event StepExecuted(bytes32 indexed id, uint64 atStep, bytes32 post);
    event SelfContradiction(bytes32 indexed id, uint8 side);
    event TimedOut(bytes32 indexed id, uint8 losers);
    event ClaimDefeated(bytes32 indexed claim, bytes32 indexed jobHash, bytes32 id);
    event Resolved(bytes32 indexed id, uint8 losers);

    error BadConfig();
    error UnbondingTooShort(uint64 unbonding, uint64 needed);
    error WrongJob(uint8 side);
    error BadSignature(uint8 side);
    error NotStaked(uint8 side);
    error SameOutput();
    error SameProvider();
    error PastDisputeWindow(uint64 deadline, uint64 nowTime);
    error PairAlreadyInGame(bytes32 id);
    error ClaimAlreadyDefeated(bytes32 claim);
    error WrongPhase(Phase phase);
    error NotParty(address caller);
    error AlreadyPosted(uint8 side);
    error ClockExpired(uint8 side);
    error BadProof(string what);
    error NoDivergence();
    error BadFinalState(string what);
    error BadList(uint256 length, uint256 want);
    error BadPreState(bytes32 pre, bytes32 agreed);
    error NoTimeout();
    error NotContradiction();

    constructor(
        Registry registry_,
        IStep step_,
        ILocalOracle oracle_,
        uint64 disputeWindow_,
        uint64 maxJobLifetime,
        uint64 clock_,
        uint256 bond_,
        uint8 arity_
    ) {
        if (
            disputeWindow_ == 0 || clock_ == 0 || bond_ == 0 || arity_ < 2 || arity_ > 64 || arity_ & (arity_ - 1) != 0
                || bond_ > registry_.minStake()
        ) revert BadConfig();
        uint64 needed = maxJobLifetime + disputeWindow_ + 2 * clock_;
        if (registry_.unbondingDelay() < needed) revert UnbondingTooShort(registry_.unbondingDelay(), needed);
        registry = registry_;
        step = step_;
        oracle = oracle_;
        disputeWindow = disputeWindow_;
        clock = clock_;
        bond = bond_;
        arity = arity_;
        domain = Messages.domainSeparator(address(registry_));
    }

    /// @notice The id of the game between two claims (in either order).
    function gameId(bytes32 claimA, bytes32 claimB) public pure returns (bytes32) {
        (bytes32 c0, bytes32 c1) = claimA < claimB ? (claimA, claimB) : (claimB, claimA);
        return keccak256(abi.encode(c0, c1));
    }

    function game(bytes32 id) external view returns (Game memory) {
        return games_[id];
    }

    // ---- open ----

    /// @notice Opens a game between two signed claims for `job` with the op-level proof (anyone may:
    /// whoever holds both claims with their op output lists). The step level starts at once.
    function open(Messages.Job calldata job, SignedClaim calldata a, SignedClaim calldata b, Divergence calldata d)
        external
        returns (bytes32 id)
    {
        id = openGame(job, a, b);
        proveDivergence(id, d);
    }

    /// @notice Opens a game against a claim that contradicts itself; it loses at once.
    function openContradicted(
        Messages.Job calldata job,
        SignedClaim calldata a,
        SignedClaim calldata b,
        Contradiction calldata c
    ) external returns (bytes32 id) {
        id = openGame(job, a, b);
        proveContradiction(id, c);
    }

    function openGame(Messages.Job calldata job, SignedClaim calldata a, SignedClaim calldata b)
        internal
        returns (bytes32 id)
    {
        bytes32 jh = Messages.digest(domain, Messages.hashJob(job));
        if (block.timestamp > uint256(job.deadline) + disputeWindow) {
            revert PastDisputeWindow(job.deadline, uint64(block.timestamp));
        }
        bytes32 ca = checkClaim(jh, job.classId, a, 0);
        bytes32 cb = checkClaim(jh, job.classId, b, 1);
        if (a.claim.outputRoot == b.claim.outputRoot) revert SameOutput();
        if (a.claim.provider == b.claim.provider) revert SameProvider();
        id = gameId(ca, cb);
        Game storage g = games_[id];
        if (g.phase != Phase.None) revert PairAlreadyInGame(id);
        g.jobHash = jh;
        g.classId = job.classId;
        g.inputRoot = job.inputRoot;
        g.turnStart = uint64(block.timestamp);
        g.remaining = [clock, clock];
        bool swap = cb < ca;
        setSide(g, swap ? 1 : 0, ca, a);
        setSide(g, swap ? 0 : 1, cb, b);
        registry.reserve(a.service, bond);
        registry.reserve(b.service, bond);
        openGamesOf[ca]++;
        openGamesOf[cb]++;
        emit GameOpened(id, jh, g.claim[0], g.claim[1], g.provider[0], g.provider[1], arity, clock);
    }

    function checkClaim(bytes32 jh, bytes32 classId, SignedClaim calldata sc, uint8 side)
        internal
        view
        returns (bytes32 ch)
    {
        Messages.Claim calldata c = sc.claim;
        if (c.jobHash != jh) revert WrongJob(side);
        ch = Messages.digest(domain, Messages.hashClaim(c));
        if (c.provider == address(0) || Messages.recover(ch, sc.sig) != c.provider) revert BadSignature(side);
        if (!registry.stakedFor(sc.service, c.provider, classId)) revert NotStaked(side);
        if (defeated[ch]) revert ClaimAlreadyDefeated(ch);
    }

    function setSide(Game storage g, uint256 s, bytes32 ch, SignedClaim calldata sc) internal {
        g.claim[s] = ch;
        g.service[s] = sc.service;
        g.provider[s] = sc.claim.provider;
        g.traceRoot[s] = sc.claim.traceRoot;
        g.outputRoot[s] = sc.claim.outputRoot;
    }

    // ---- op level ----

    /// @notice The op-level proof: an op whose accumulator the two traces disagree on, after one
    /// they agree on. It starts the step level.
    function proveDivergence(bytes32 id, Divergence calldata d) internal {
        Game storage g = games_[id];
        Registry.Class memory cl = registry.class(g.classId);
        uint256 h = cl.traceHeight;
        if (d.op >> h != 0) revert BadProof("op index outside the trace");
        if (d.op == 0) {
            if (d.prevAcc != zeroRoot(h) || d.prevProof0.length != 0 || d.prevProof1.length != 0) {
                revert BadProof("A_0 is the empty accumulator");
            }
        } else {
            if (!verify(g.traceRoot[0], d.op - 1, d.prevAcc, d.prevProof0, h)) revert BadProof("A_k, side 0");
            if (!verify(g.traceRoot[1], d.op - 1, d.prevAcc, d.prevProof1, h)) revert BadProof("A_k, side 1");
        }
        if (!verify(g.traceRoot[0], d.op, d.acc0, d.proof0, h)) revert BadProof("A_k+1, side 0");
        if (!verify(g.traceRoot[1], d.op, d.acc1, d.proof1, h)) revert BadProof("A_k+1, side 1");
        if (d.acc0 == d.acc1) revert NoDivergence();
        g.opIndex = d.op;
        g.acc = [d.acc0, d.acc1];
        g.phase = Phase.Bisect;
        g.lo = 0;
        g.hi = uint64(1) << cl.stepsLog2;
        g.start = cl.imageRoot;
        // The dispute-local inputs of op k (vm.OpInputs), under the game's own context.
        oracle.loadLocal(id, localKey(0), abi.encodePacked(d.op));
        oracle.loadLocal(id, localKey(1), abi.encodePacked(d.prevAcc));
        oracle.loadLocal(id, localKey(2), abi.encodePacked(cl.programRoot));
        oracle.loadLocal(id, localKey(3), abi.encodePacked(cl.modelRoot));
        oracle.loadLocal(id, localKey(4), abi.encodePacked(g.inputRoot));
        emit DivergenceProven(id, d.op, d.prevAcc, d.acc0, d.acc1);
    }

    // ---- step level ----

    /// @notice The pieces of the current range: arity, or fewer in the last round.
    function pieces(bytes32 id) public view returns (uint256) {
        Game storage g = games_[id];
        uint256 len = g.hi - g.lo;
        if (g.pending) len /= piecesOf(len);
        return piecesOf(len);
    }

    function piecesOf(uint256 len) internal view returns (uint256) {
        return len < arity ? len : arity;
    }

    /// @notice A party posts its state hashes at the pieces-1 inner points of the current range
    /// (both parties post at the same points, in either order or in the same block). In round 0 it
    /// also commits its final state (`finalState`, the packed 226 bytes, with the memory proof
    /// `outProof` of the word at OUTPUT_ADDR). When a round is complete, the first move after it
    /// resends both of its lists (`prev0`, `prev1`, from the Posted events) and the contract takes
    /// the first piece whose start the sides agree on and whose end they do not; later moves may
    /// resend them too, they are then ignored.
    function post(
        bytes32 id,
        bytes calldata finalState,
        bytes32[] calldata outProof,
        bytes32[] calldata hashes,
        bytes32[] calldata prev0,
        bytes32[] calldata prev1
    ) external {
        Game storage g = games_[id];
        if (g.phase != Phase.Bisect) revert WrongPhase(g.phase);
        if (g.pending) choose(g, id, prev0, prev1);
        uint8 s = sideOf(g, msg.sender);
        if (g.posted & (1 << s) != 0) revert AlreadyPosted(s);
        charge(g, s);
        if (g.round == 0) commitFinal(g, id, s, finalState, outProof);
        uint256 n = piecesOf(g.hi - g.lo);
        if (hashes.length != n - 1) revert BadList(hashes.length, n - 1);
        emit Posted(id, g.round, s, hashes);
        g.list[s] = keccak256(abi.encodePacked(hashes));
        g.posted |= uint8(1 << s);
        if (g.posted != 3) return;
        // The round is complete: both sides now owe the next move.
        g.posted = 0;
        g.pending = true;
        g.round++;
        g.turnStart = uint64(block.timestamp);
        if ((g.hi - g.lo) / n == 1) g.phase = Phase.Step;
    }

    function commitFinal(Game storage g, bytes32 id, uint8 s, bytes calldata st, bytes32[] calldata proof) internal {
        if (st.length != STATE_SIZE) revert BadFinalState("state is not 226 bytes");
        uint8 status = uint8(st[STATUS_OFFSET]);
        if (status != 1 && status != 2) revert BadFinalState("not halted");
        if (proof.length != MEMORY_DEPTH) revert BadFinalState("proof is not 27 siblings");
        bytes32 memRoot = bytes32(st[0:32]);
        if (!verify(memRoot, OUTPUT_ADDR >> 5, g.acc[s], proof, MEMORY_DEPTH)) {
            revert BadFinalState("the word at OUTPUT_ADDR is not the side's A_k+1");
        }
        bytes32 hs = keccak256(st);
        g.end[s] = hs;
        emit FinalStateCommitted(id, s, hs);
    }

    /// @notice Makes the pending choice of the last complete round from its two lists.
    function choose(Game storage g, bytes32 id, bytes32[] calldata h0, bytes32[] calldata h1) internal {
        uint256 n = piecesOf(g.hi - g.lo);
        if (h0.length != n - 1 || keccak256(abi.encodePacked(h0)) != g.list[0]) revert BadList(h0.length, n - 1);
        if (h1.length != n - 1 || keccak256(abi.encodePacked(h1)) != g.list[1]) revert BadList(h1.length, n - 1);
        uint64 len = uint64((g.hi - g.lo) / n);
        // The first piece j (1-based) whose end the sides disagree on; its start they agree on.
        uint256 j = 1;
        while (j < n && h0[j - 1] == h1[j - 1]) j++;
        if (j > 1) g.start = h0[j - 2];
        if (j < n) g.end = [h0[j - 1], h1[j - 1]];
        g.lo += uint64(j - 1) * len;
        g.hi = g.lo + len;
        g.pending = false;
        g.list = [bytes32(0), bytes32(0)];
        emit SegmentChosen(id, g.round - 1, g.lo, g.hi, g.start, g.end[0], g.end[1]);
    }

    /// @notice Executes the instruction at step lo of the last range on MIPSStep (anyone may; the
    /// preimages the step reads must be loaded first). The side whose post-state differs loses.
    function stepAt(bytes32 id, bytes32[] calldata prev0, bytes32[] calldata prev1, bytes calldata witness) external {
        Game storage g = games_[id];
        if (g.phase != Phase.Step) revert WrongPhase(g.phase);
        if (g.pending) choose(g, id, prev0, prev1);
        (bytes32 pre, bytes32 postState) = step.executeStep(witness, id);
        if (pre != g.start) revert BadPreState(pre, g.start);
        emit StepExecuted(id, g.lo, postState);
        uint8 losers;
        if (postState != g.end[0]) losers |= 1;
        if (postState != g.end[1]) losers |= 2;
        resolve(g, id, losers);
    }

    // ---- shortcuts and clocks ----

    /// @notice Ends the game at once against a claim that contradicts itself (anyone may send it,
    /// at opening or while the game is open).
    function proveContradiction(bytes32 id, Contradiction calldata c) public {
        Game storage g = games_[id];
        if (g.phase == Phase.Done) revert WrongPhase(g.phase);
        if (c.side > 1) revert NotContradiction();
        uint256 h = registry.class(g.classId).traceHeight;
        uint64 last = uint64((uint256(1) << h) - 1);
        if (c.j > last) revert NotContradiction();
        if (!verify(g.traceRoot[c.side], last, c.accC, c.accProof, h)) revert BadProof("A_C");
        if (!verify(c.accC, c.j, c.entry, c.entryProof, h)) revert BadProof("entry j");
        bool contradicts;
        if (c.entry == 0) {
            contradicts = c.j == 0; // no output recorded at all
        } else if (c.entry != g.outputRoot[c.side]) {
            contradicts = c.j == last || verify(c.accC, c.j + 1, 0, c.nextProof, h);
        }
        if (!contradicts) revert NotContradiction();
        emit SelfContradiction(id, c.side);
        resolve(g, id, uint8(1) << c.side);
    }

    /// @notice Ends a game in which a party that owes a move has run out of time; it loses.
    function timeout(bytes32 id) external {
        Game storage g = games_[id];
        Phase p = g.phase;
        if (p == Phase.None || p == Phase.Done) revert WrongPhase(p);
        uint8 losers;
        for (uint8 s = 0; s < 2; s++) {
            if (owes(g, s) && block.timestamp > uint256(g.turnStart) + g.remaining[s]) losers |= uint8(1) << s;
        }
        if (losers == 0) revert NoTimeout();
        emit TimedOut(id, losers);
        resolve(g, id, losers);
    }

    /// @notice Whether side s owes a move now (its clock is running).
    function owes(Game storage g, uint8 s) internal view returns (bool) {
        if (g.phase == Phase.Bisect) return g.posted & (1 << s) == 0;
        return g.phase == Phase.Step;
    }

    /// @notice Each side's clock left now (seconds), counting the running one.
    function clocks(bytes32 id) external view returns (uint64[2] memory left) {
        Game storage g = games_[id];
        for (uint8 s = 0; s < 2; s++) {
            left[s] = g.remaining[s];
            if (g.phase != Phase.Done && g.phase != Phase.None && owes(g, s)) {
                uint256 used = block.timestamp - g.turnStart;
                left[s] = used >= left[s] ? 0 : left[s] - uint64(used);
            }
        }
    }

    function charge(Game storage g, uint8 s) internal {
        uint256 used = block.timestamp - g.turnStart;
        if (used > g.remaining[s]) revert ClockExpired(s);
        g.remaining[s] -= uint64(used);
    }

    function sideOf(Game storage g, address who) internal view returns (uint8) {
        if (who == g.provider[0]) return 0;
        if (who == g.provider[1]) return 1;
        revert NotParty(who);
    }

    // ---- resolution ----

    function resolve(Game storage g, bytes32 id, uint8 losers) internal {
        g.phase = Phase.Done;
        g.losers = losers;
        for (uint8 s = 0; s < 2; s++) {
            registry.release(g.service[s], bond);
            openGamesOf[g.claim[s]]--;
            if (losers & (1 << s) != 0) {
                defeated[g.claim[s]] = true;
                emit ClaimDefeated(g.claim[s], g.jobHash, id);
                // The winner is credited the registry's reward share; when both lose, nobody is.
                address to = losers == 3 ? address(this) : g.provider[1 - s];
                registry.slash(g.service[s], bond, to);
            }
        }
        emit Resolved(id, losers);
    }

    // ---- Merkle helpers (the word tree of DESIGN §4) ----

    function verify(bytes32 root, uint256 idx, bytes32 leaf, bytes32[] calldata proof, uint256 h)
        internal
        pure
        returns (bool)
    {
        if (proof.length != h) return false;
        bytes32 node = leaf;
        for (uint256 l = 0; l < h; l++) {
            bytes32 sib = proof[l];
            node = (idx >> l) & 1 == 0 ? hashPair(node, sib) : hashPair(sib, node);
        }
        return node == root;
    }

    function hashPair(bytes32 a, bytes32 b) internal pure returns (bytes32 r) {
        assembly ("memory-safe") {
            mstore(0, a)
            mstore(32, b)
            r := keccak256(0, 64)
        }
    }

    function zeroRoot(uint256 h) internal pure returns (bytes32 z) {
        for (uint256 l = 0; l < h; l++) z = hashPair(z, z);
    }

    function localKey(uint32 k) internal pure returns (bytes32) {
        return bytes32((uint256(1) << 248) | k);
    }
}
