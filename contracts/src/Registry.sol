// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Messages} from "./Messages.sol";

/// @title RMS service registry
/// @notice Providers register services (model manifest root, program root,
/// price per job, libp2p peer id) with an ETH stake of at least `minStake`.
/// A provider may update the price, add stake, and deregister; deregistering
/// starts an unbonding delay during which the stake can still be slashed, and
/// the stake is withdrawn after it. Only the dispute contract can slash: a
/// share (`slashRewardBps`) is credited to the beneficiary it names and the
/// rest is burnt, i.e. stays locked in this contract forever (`totalBurnt`).
///
/// Peer id binding: the registration is sent by the provider's Ethereum key
/// (msg.sender), which binds the address to the peer id on chain. The libp2p
/// key's Ed25519 signature over `peerBindingDigest(provider, peerId)` is stored
/// with the service; the chain cannot check Ed25519 cheaply, so readers (the Go
/// `market.Registry`) verify it and ignore services whose binding is forged.
contract Registry {
    struct Service {
        address provider;
        uint64 unbondingEnds; // 0 while active; set by deregister
        bytes32 modelRoot;
        bytes32 programRoot;
        uint256 price; // wei per job
        uint256 stake; // wei
        bytes peerId; // libp2p peer id (multihash bytes)
        bytes peerSig; // libp2p key's signature over peerBindingDigest
    }

    /// @dev Domain tag of the peer binding message signed by the libp2p key.
    bytes32 public constant PEER_BINDING_TAG = keccak256("RMS peer binding v1");
    uint256 public constant MAX_PEER_ID_BYTES = 128;
    uint256 public constant MAX_PEER_SIG_BYTES = 256;

    uint256 public immutable minStake;
    uint64 public immutable unbondingDelay;
    uint16 public immutable slashRewardBps;
    address public immutable deployer;

    /// @notice The only address allowed to slash; set once.
    address public dispute;
    uint256 public totalBurnt;

    mapping(bytes32 => Service) internal services_;
    mapping(address => uint256) public providerNonce;
    /// @notice Slash rewards owed to beneficiaries (pulled with claimCredit).
    mapping(address => uint256) public credit;

    event DisputeSet(address indexed dispute);
    event ServiceRegistered(
        bytes32 indexed id,
        address indexed provider,
        bytes32 modelRoot,
        bytes32 programRoot,
        uint256 price,
        uint256 stake,
        bytes peerId,
        bytes peerSig
    );
    event PriceUpdated(bytes32 indexed id, uint256 price);
    event StakeAdded(bytes32 indexed id, uint256 amount, uint256 stake);
    event Deregistered(bytes32 indexed id, uint64 unbondingEnds);
    event Withdrawn(bytes32 indexed id, address indexed provider, uint256 amount);
    event Slashed(bytes32 indexed id, address indexed beneficiary, uint256 amount, uint256 reward, uint256 burnt);
    event CreditClaimed(address indexed to, uint256 amount);

    error StakeTooLow(uint256 stake, uint256 minimum);
    error UnknownService(bytes32 id);
    error NotProvider(bytes32 id, address caller);
    error NotActive(bytes32 id);
    error UnbondingNotOver(uint64 ends, uint64 nowTime);
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

    /// @notice Registers a service staked with msg.value; returns its id.
    function register(
        bytes32 modelRoot,
        bytes32 programRoot,
        uint256 price,
        bytes calldata peerId,
        bytes calldata peerSig
    ) external payable returns (bytes32 id) {
        if (msg.value < minStake) revert StakeTooLow(msg.value, minStake);
        if (peerId.length == 0 || peerId.length > MAX_PEER_ID_BYTES) revert BadPeerId(peerId.length);
        if (peerSig.length == 0 || peerSig.length > MAX_PEER_SIG_BYTES) revert BadPeerSig(peerSig.length);
        uint256 n = providerNonce[msg.sender]++;
        id = keccak256(abi.encode(block.chainid, address(this), msg.sender, modelRoot, programRoot, n));
        Service storage s = services_[id];
        s.provider = msg.sender;
        s.modelRoot = modelRoot;
        s.programRoot = programRoot;
        s.price = price;
        s.stake = msg.value;
        s.peerId = peerId;
        s.peerSig = peerSig;
        emit ServiceRegistered(id, msg.sender, modelRoot, programRoot, price, msg.value, peerId, peerSig);
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

    /// @notice Stops the service; the stake stays slashable until unbondingEnds.
    function deregister(bytes32 id) external {
        Service storage s = ownActive(id);
        uint64 ends = uint64(block.timestamp) + unbondingDelay;
        s.unbondingEnds = ends;
        emit Deregistered(id, ends);
    }

    /// @notice Pays the remaining stake to the provider after unbonding.
    function withdraw(bytes32 id) external {
        Service storage s = services_[id];
        if (s.provider == address(0)) revert UnknownService(id);
        if (s.provider != msg.sender) revert NotProvider(id, msg.sender);
        if (s.unbondingEnds == 0 || block.timestamp < s.unbondingEnds) {
            revert UnbondingNotOver(s.unbondingEnds, uint64(block.timestamp));
        }
        uint256 amount = s.stake;
        delete services_[id];
        emit Withdrawn(id, msg.sender, amount);
        pay(msg.sender, amount);
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
