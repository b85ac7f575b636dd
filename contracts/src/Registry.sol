// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Messages} from "./Messages.sol";

/// @title RMS service registry
/// @notice A service class is what answers must agree on: a model root, a
/// program root and a guest image root (the VM prestate of every game about
/// the class), with the two numbers a game needs and cannot read from the
/// roots: the trace height (the accumulator and trace list hold 2^traceHeight
/// entries) and the step bound (no op of the program takes more than
/// 2^stepsLog2 VM steps). The class id is the hash of all five, so nobody can
/// define a class under another's id with other numbers.
///
/// A service is one provider's offer for a class: stake (at least
/// `minStake`), price per job and libp2p peer id. A provider may update the
/// price, add stake, and deregister; deregistering starts an unbonding delay
/// during which the stake can still be disputed and slashed, and the stake is
/// withdrawn after it. Only the dispute contract (Games) reserves bonds,
/// releases them and slashes: each open game reserves a fixed bond from each
/// party's stake (`reserve`), so one stake backs only as many open games as
/// it covers, and a service in an open game cannot be withdrawn. A slash
/// credits a share (`slashRewardBps`) to the beneficiary it names; the rest is
/// burnt, i.e. stays locked in this contract forever (`totalBurnt`).
///
/// Peer id binding: the registration is sent by the provider's Ethereum key
/// (msg.sender), which binds the address to the peer id on chain. The libp2p
/// key's Ed25519 signature over `peerBindingDigest(provider, peerId)` is stored
/// with the service; the chain cannot check Ed25519 cheaply, so readers (the Go
/// `market.Registry`) verify it and ignore services whose binding is forged.
contract Registry {
    struct Class {
        bytes32 modelRoot;
        bytes32 programRoot;
        bytes32 imageRoot;
        uint8 traceHeight;
        uint8 stepsLog2;
    }

    struct Service {
        address provider;
        uint64 unbondingEnds; // 0 while active; set by deregister
        uint32 openGames; // games this service is a party of that have not ended
        bytes32 classId;
        uint256 price; // wei per job
        uint256 stake; // wei
        uint256 reserved; // bonds of the open games, part of stake
        bytes peerId; // libp2p peer id (multihash bytes)
        bytes peerSig; // libp2p key's signature over peerBindingDigest
    }

    /// @dev Domain tag of the peer binding message signed by the libp2p key.
    bytes32 public constant PEER_BINDING_TAG = keccak256("RMS peer binding v1");
    uint256 public constant MAX_PEER_ID_BYTES = 128;
    uint256 public constant MAX_PEER_SIG_BYTES = 256;
    /// @notice Limits of a class: the program's trace height and the step bound of one op.
    uint8 public constant MAX_TRACE_HEIGHT = 32;
    uint8 public constant MAX_STEPS_LOG2 = 48;

    uint256 public immutable minStake;
    uint64 public immutable unbondingDelay;
    uint16 public immutable slashRewardBps;
    address public immutable deployer;

    /// @notice The only address allowed to reserve, release and slash; set once.
    address public dispute;
    uint256 public totalBurnt;

    mapping(bytes32 => Class) internal classes_;
    mapping(bytes32 => Service) internal services_;
    mapping(address => uint256) public providerNonce;
    /// @notice Slash rewards owed to beneficiaries (pulled with claimCredit).
    mapping(address => uint256) public credit;

    event DisputeSet(address indexed dispute);
    event ClassDefined(
        bytes32 indexed classId,
        bytes32 modelRoot,
        bytes32 programRoot,
        bytes32 imageRoot,
        uint8 traceHeight,
        uint8 stepsLog2
    );
    event ServiceRegistered(
        bytes32 indexed id,
        address indexed provider,
        bytes32 indexed classId,
        uint256 price,
        uint256 stake,
        bytes peerId,
        bytes peerSig
    );
    event PriceUpdated(bytes32 indexed id, uint256 price);
    event StakeAdded(bytes32 indexed id, uint256 amount, uint256 stake);
    event Deregistered(bytes32 indexed id, uint64 unbondingEnds);
    event Withdrawn(bytes32 indexed id, address indexed provider, uint256 amount);
    event StakeReserved(bytes32 indexed id, uint256 bond, uint256 reserved, uint32 openGames);
    event StakeReleased(bytes32 indexed id, uint256 bond, uint256 reserved, uint32 openGames);
    event Slashed(bytes32 indexed id, address indexed beneficiary, uint256 amount, uint256 reward, uint256 burnt);
    event CreditClaimed(address indexed to, uint256 amount);

    error StakeTooLow(uint256 stake, uint256 minimum);
    error ZeroMinStake();
    error ZeroUnbondingDelay();
    error UnknownClass(bytes32 classId);
    error BadClass(uint8 traceHeight, uint8 stepsLog2);
    error UnknownService(bytes32 id);
    error NotProvider(bytes32 id, address caller);
    error NotActive(bytes32 id);
    error UnbondingNotOver(uint64 ends, uint64 nowTime);
    error InOpenGame(bytes32 id, uint32 openGames);
    error NotDisputable(bytes32 id, uint64 unbondingEnds);
    error BondNotCovered(bytes32 id, uint256 free, uint256 bond);
    error NoReservation(bytes32 id, uint256 reserved, uint256 bond);
    error OnlyDispute(address caller);
    error OnlyDeployer(address caller);
    error DisputeAlreadySet(address dispute);
    error ZeroAddress();
    error BadPeerId(uint256 length);
    error BadPeerSig(uint256 length);
    error BadRewardBps(uint256 bps);
    error NothingToClaim(address to);
    error TransferFailed(address to, uint256 amount);

    constructor(uint256 minStake_, uint64 unbondingDelay_, uint16 slashRewardBps_, address dispute_) {
        if (slashRewardBps_ > 10_000) revert BadRewardBps(slashRewardBps_);
        if (minStake_ == 0) revert ZeroMinStake();
        if (unbondingDelay_ == 0) revert ZeroUnbondingDelay();
        minStake = minStake_;
        unbondingDelay = unbondingDelay_;
        slashRewardBps = slashRewardBps_;
        deployer = msg.sender;
        if (dispute_ != address(0)) {
            dispute = dispute_;
            emit DisputeSet(dispute_);
        }
    }

    /// @notice Sets the dispute contract once, when it was not known at deployment.
    function setDispute(address dispute_) external {
        if (msg.sender != deployer) revert OnlyDeployer(msg.sender);
        if (dispute != address(0)) revert DisputeAlreadySet(dispute);
        if (dispute_ == address(0)) revert ZeroAddress();
        dispute = dispute_;
        emit DisputeSet(dispute_);
    }

    /// @notice The id of a class: keccak256 of its five fields, ABI-encoded.
    function classId(Class calldata c) public pure returns (bytes32) {
        return keccak256(abi.encode(c.modelRoot, c.programRoot, c.imageRoot, c.traceHeight, c.stepsLog2));
    }

    /// @notice Records a class (anyone may; defining a known class again does nothing) and returns its id.
    function defineClass(Class calldata c) external returns (bytes32 id) {
        if (c.traceHeight > MAX_TRACE_HEIGHT || c.stepsLog2 == 0 || c.stepsLog2 > MAX_STEPS_LOG2) {
            revert BadClass(c.traceHeight, c.stepsLog2);
        }
        id = classId(c);
        if (classes_[id].stepsLog2 != 0) return id;
        classes_[id] = c;
        emit ClassDefined(id, c.modelRoot, c.programRoot, c.imageRoot, c.traceHeight, c.stepsLog2);
    }

    /// @notice The class, or all zero when it was never defined.
    function class(bytes32 id) external view returns (Class memory) {
        return classes_[id];
    }

    /// @notice Registers a service for a defined class, staked with msg.value; returns its id.
    function register(bytes32 classId_, uint256 price, bytes calldata peerId, bytes calldata peerSig)
        external
        payable
        returns (bytes32 id)
    {
        if (classes_[classId_].stepsLog2 == 0) revert UnknownClass(classId_);
        if (msg.value < minStake) revert StakeTooLow(msg.value, minStake);
        if (peerId.length == 0 || peerId.length > MAX_PEER_ID_BYTES) revert BadPeerId(peerId.length);
        if (peerSig.length == 0 || peerSig.length > MAX_PEER_SIG_BYTES) revert BadPeerSig(peerSig.length);
        uint256 n = providerNonce[msg.sender]++;
        id = keccak256(abi.encode(block.chainid, address(this), msg.sender, classId_, n));
        Service storage s = services_[id];
        s.provider = msg.sender;
        s.classId = classId_;
        s.price = price;
        s.stake = msg.value;
        s.peerId = peerId;
        s.peerSig = peerSig;
        emit ServiceRegistered(id, msg.sender, classId_, price, msg.value, peerId, peerSig);
    }

    function updatePrice(bytes32 id, uint256 price) external {
        Service storage s = ownActive(id);
        s.price = price;
        emit PriceUpdated(id, price);
    }

    function addStake(bytes32 id) external payable {
        Service storage s = ownActive(id);
        s.stake += msg.value;
        emit StakeAdded(id, msg.value, s.stake);
    }

    /// @notice Stops the service; the stake stays disputable and slashable until unbondingEnds.
    function deregister(bytes32 id) external {
        Service storage s = ownActive(id);
        uint64 ends = uint64(block.timestamp) + unbondingDelay;
        s.unbondingEnds = ends;
        emit Deregistered(id, ends);
    }

    /// @notice Pays the remaining stake to the provider after unbonding, unless it is in an open game.
    function withdraw(bytes32 id) external {
        Service storage s = services_[id];
        if (s.provider == address(0)) revert UnknownService(id);
        if (s.provider != msg.sender) revert NotProvider(id, msg.sender);
        if (s.unbondingEnds == 0 || block.timestamp < s.unbondingEnds) {
            revert UnbondingNotOver(s.unbondingEnds, uint64(block.timestamp));
        }
        if (s.openGames != 0) revert InOpenGame(id, s.openGames);
        uint256 amount = s.stake;
        delete services_[id];
        emit Withdrawn(id, msg.sender, amount);
        pay(msg.sender, amount);
    }

    /// @notice Reserves a game's bond from the service's free stake and counts the game as open.
    /// Only the dispute contract may call it, and only before the service's unbonding ends.
    function reserve(bytes32 id, uint256 bond) external {
        if (msg.sender != dispute) revert OnlyDispute(msg.sender);
        Service storage s = services_[id];
        if (s.provider == address(0)) revert UnknownService(id);
        if (!disputable(s)) revert NotDisputable(id, s.unbondingEnds);
        uint256 free = s.stake - s.reserved;
        if (free < bond) revert BondNotCovered(id, free, bond);
        s.reserved += bond;
        s.openGames += 1;
        emit StakeReserved(id, bond, s.reserved, s.openGames);
    }

    /// @notice Ends a game's reservation (the dispute contract, when the game ends).
    function release(bytes32 id, uint256 bond) external {
        if (msg.sender != dispute) revert OnlyDispute(msg.sender);
        Service storage s = services_[id];
        if (s.provider == address(0)) revert UnknownService(id);
        if (s.openGames == 0) revert NoReservation(id, s.reserved, bond);
        // A slash may have taken reserved stake already; never go below zero.
        s.reserved = s.reserved > bond ? s.reserved - bond : 0;
        s.openGames -= 1;
        emit StakeReleased(id, bond, s.reserved, s.openGames);
    }

    /// @notice Takes up to `amount` of the service's stake. Only the dispute contract may call it.
    /// @return taken the amount actually slashed (at most the stake).
    function slash(bytes32 id, uint256 amount, address beneficiary) external returns (uint256 taken) {
        if (msg.sender != dispute) revert OnlyDispute(msg.sender);
        if (beneficiary == address(0)) revert ZeroAddress();
        Service storage s = services_[id];
        if (s.provider == address(0)) revert UnknownService(id);
        taken = amount < s.stake ? amount : s.stake;
        s.stake -= taken;
        if (s.reserved > s.stake) s.reserved = s.stake;
        uint256 reward = taken * slashRewardBps / 10_000;
        uint256 burnt = taken - reward;
        credit[beneficiary] += reward;
        totalBurnt += burnt;
        emit Slashed(id, beneficiary, taken, reward, burnt);
    }

    /// @notice Pays the caller's slash rewards.
    function claimCredit() external {
        uint256 amount = credit[msg.sender];
        if (amount == 0) revert NothingToClaim(msg.sender);
        credit[msg.sender] = 0;
        emit CreditClaimed(msg.sender, amount);
        pay(msg.sender, amount);
    }

    /// @notice The service, or a zero provider when unknown.
    function service(bytes32 id) external view returns (Service memory) {
        return services_[id];
    }

    /// @notice True while the service is registered, not deregistering, and staked at least minStake.
    function isActive(bytes32 id) public view returns (bool) {
        Service storage s = services_[id];
        return s.provider != address(0) && s.unbondingEnds == 0 && s.stake >= minStake;
    }

    /// @notice True when service `id` belongs to `signer`, serves class `classId_` and can still be
    /// drawn into a game (registered, and not past the end of its unbonding): whether a claim signed
    /// by `signer` for a job of that class is backed by this stake.
    function stakedFor(bytes32 id, address signer, bytes32 classId_) external view returns (bool) {
        Service storage s = services_[id];
        return s.provider == signer && signer != address(0) && s.classId == classId_ && disputable(s);
    }

    /// @notice The 32 bytes the libp2p key signs to bind its peer id to `provider`.
    function peerBindingDigest(address provider, bytes calldata peerId) external view returns (bytes32) {
        return keccak256(abi.encode(PEER_BINDING_TAG, block.chainid, address(this), provider, keccak256(peerId)));
    }

    /// @notice Domain separator for jobs and claims.
    function domainSeparator() external view returns (bytes32) {
        return Messages.domainSeparator(address(this));
    }

    /// @notice The EIP-712 digest of a job in this registry's domain (its job hash).
    function jobHash(Messages.Job calldata job) external view returns (bytes32) {
        return Messages.digest(Messages.domainSeparator(address(this)), Messages.hashJob(job));
    }

    /// @notice The EIP-712 digest of a claim in this registry's domain.
    function claimHash(Messages.Claim calldata claim) external view returns (bytes32) {
        return Messages.digest(Messages.domainSeparator(address(this)), Messages.hashClaim(claim));
    }

    /// @notice Recovers the signer of an EIP-712 digest (address(0) if invalid).
    function recoverSigner(bytes32 digest, bytes calldata sig) external pure returns (address) {
        return Messages.recover(digest, sig);
    }

    function disputable(Service storage s) internal view returns (bool) {
        return s.unbondingEnds == 0 || block.timestamp < s.unbondingEnds;
    }

    function ownActive(bytes32 id) internal view returns (Service storage s) {
        s = services_[id];
        if (s.provider == address(0)) revert UnknownService(id);
        if (s.provider != msg.sender) revert NotProvider(id, msg.sender);
        if (s.unbondingEnds != 0) revert NotActive(id);
    }

    function pay(address to, uint256 amount) internal {
        if (amount == 0) return;
        (bool ok,) = to.call{value: amount}("");
        if (!ok) revert TransferFailed(to, amount);
    }
}
