// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Messages} from "./Messages.sol";

/// @title RMS escrow with cumulative vouchers
/// @notice A user deposits ETH for a provider (a channel). With each job the
/// user signs a Voucher (EIP-712, this contract's domain) over the cumulative
/// amount owed to the provider so far. The provider redeems the newest voucher
/// whenever it likes, in one transaction: it is paid the difference to what it
/// already redeemed, so settling one job or a million costs the same gas.
/// A voucher not above the redeemed amount, or whose difference exceeds the
/// channel's funds, is rejected. The user may request a refund of the unspent
/// funds; it is paid after `refundDelay`, during which the provider can still
/// redeem. Deposits leave a pending request in place; the refund pays all
/// funds left when it is completed.
contract Escrow {
    /// @dev One storage slot per channel: 96 bits hold 7.9e28 wei, far
    /// above the ether supply.
    struct Channel {
        uint96 funds; // unspent deposit
        uint96 redeemed; // cumulative amount paid to the provider
        uint64 refundAt; // 0, or when a requested refund may be completed
    }

    uint64 public immutable refundDelay;
    bytes32 private immutable cachedDomain;
    uint256 private immutable cachedChainId;

    mapping(address => mapping(address => Channel)) internal channels_;

    event Deposited(address indexed user, address indexed provider, uint256 amount, uint256 funds);
    event Redeemed(address indexed user, address indexed provider, uint256 cumulative, uint256 paid);
    event RefundRequested(address indexed user, address indexed provider, uint64 refundAt);
    event Refunded(address indexed user, address indexed provider, uint256 amount);

    error ZeroAddress();
    error ZeroAmount();
    error AmountTooLarge(uint256 amount);
    error BadSignature(address user);
    error VoucherNotNewer(uint256 cumulative, uint256 redeemed);
    error VoucherExceedsDeposit(uint256 owed, uint256 funds);
    error RefundAlreadyRequested(uint64 refundAt);
    error NoRefundRequested();
    error RefundNotReady(uint64 refundAt, uint64 nowTime);
    error TransferFailed(address to, uint256 amount);

    constructor(uint64 refundDelay_) {
        refundDelay = refundDelay_;
        cachedChainId = block.chainid;
        cachedDomain = Messages.domainSeparator(address(this));
    }

    function deposit(address provider) external payable {
        if (provider == address(0)) revert ZeroAddress();
        if (msg.value == 0) revert ZeroAmount();
        Channel storage c = channels_[msg.sender][provider];
        uint256 funds = uint256(c.funds) + msg.value;
        if (funds > type(uint96).max) revert AmountTooLarge(funds);
        c.funds = uint96(funds);
        emit Deposited(msg.sender, provider, msg.value, funds);
    }

    /// @notice Pays msg.sender (the provider) what `user`'s voucher over
    /// `cumulative` adds to what it already redeemed.
    function redeem(address user, uint256 cumulative, bytes calldata sig) external {
        bytes32 d = Messages.digest(domainSeparator(), Messages.hashVoucher(user, msg.sender, cumulative));
        address signer = Messages.recover(d, sig);
        if (signer == address(0) || signer != user) revert BadSignature(user);
        if (cumulative > type(uint96).max) revert AmountTooLarge(cumulative);
        Channel storage c = channels_[user][msg.sender];
        uint256 redeemed = c.redeemed;
        if (cumulative <= redeemed) revert VoucherNotNewer(cumulative, redeemed);
        uint256 owed = cumulative - redeemed;
        uint256 funds = c.funds;
        if (owed > funds) revert VoucherExceedsDeposit(owed, funds);
        // owed <= funds and cumulative < 2^96, so both fit.
        c.funds = uint96(funds - owed);
        c.redeemed = uint96(cumulative);
        emit Redeemed(user, msg.sender, cumulative, owed);
        pay(msg.sender, owed);
    }

    /// @notice Starts the refund delay for the caller's channel with `provider`.
    function requestRefund(address provider) external {
        Channel storage c = channels_[msg.sender][provider];
        if (c.refundAt != 0) revert RefundAlreadyRequested(c.refundAt);
        if (c.funds == 0) revert ZeroAmount();
        uint64 readyAt = uint64(block.timestamp) + refundDelay;
        c.refundAt = readyAt;
        emit RefundRequested(msg.sender, provider, readyAt);
    }

    /// @notice Pays the caller the channel's unspent funds once the delay is over.
    function refund(address provider) external {
        Channel storage c = channels_[msg.sender][provider];
        uint64 readyAt = c.refundAt;
        if (readyAt == 0) revert NoRefundRequested();
        if (block.timestamp < readyAt) revert RefundNotReady(readyAt, uint64(block.timestamp));
        uint256 amount = c.funds;
        c.funds = 0;
        c.refundAt = 0;
        emit Refunded(msg.sender, provider, amount);
        pay(msg.sender, amount);
    }

    function channel(address user, address provider) external view returns (Channel memory) {
        return channels_[user][provider];
    }

    function domainSeparator() public view returns (bytes32) {
        if (block.chainid == cachedChainId) return cachedDomain;
        return Messages.domainSeparator(address(this));
    }

    /// @notice The EIP-712 digest a user signs for a voucher.
    function voucherDigest(address user, address provider, uint256 cumulative) external view returns (bytes32) {
        return Messages.digest(domainSeparator(), Messages.hashVoucher(user, provider, cumulative));
    }

    function pay(address to, uint256 amount) internal {
        if (amount == 0) return;
        (bool ok,) = to.call{value: amount}("");
        if (!ok) revert TransferFailed(to, amount);
    }
}
