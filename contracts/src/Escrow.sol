// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Messages} from "./Messages.sol";

/// @title RMS escrow with cumulative vouchers
/// @notice A user deposits ETH for a provider (a channel). With each job the
/// user signs a Voucher (EIP-712, this contract's domain) over the cumulative
/// amount owed to the provider so far in the channel's current epoch. The
/// provider redeems the newest voucher whenever it likes, in one transaction:
/// it is paid the difference to what it already redeemed, or all the funds
/// left when they are less, so settling one job or a million costs the same
/// gas. What a voucher could not be paid stays owed: the same voucher
/// collects the rest from a later deposit. A voucher not above the redeemed
/// amount, or of another epoch, is rejected. The user may request a refund of
/// the unspent funds; it is paid after `refundDelay`, during which the
/// provider can still redeem. Deposits leave a pending request in place; the
/// refund pays all funds left when it is completed and closes the epoch:
/// vouchers signed before it are void, and the next epoch counts from zero.
contract Escrow {
    /// @dev One storage slot per channel: 88 bits hold 3.1e26 wei (more than
    /// the ether supply), 48 bits of seconds last 8.9 million years, and 2^32
    /// epochs take as many refunds, each a deposit, a request and a delay.
    struct Channel {
        uint88 funds; // unspent deposit
        uint88 redeemed; // cumulative amount paid to the provider in this epoch
        uint48 refundAt; // 0, or when a requested refund may be completed
        uint32 epoch; // completed refunds so far; vouchers name the epoch they belong to
    }

    /// @notice The longest refund delay (136 years), so that refundAt fits.
    uint64 public constant MAX_REFUND_DELAY = type(uint32).max;

    uint64 public immutable refundDelay;
    bytes32 private immutable cachedDomain;
    uint256 private immutable cachedChainId;

    mapping(address => mapping(address => Channel)) internal channels_;

    event Deposited(address indexed user, address indexed provider, uint256 amount, uint256 funds);
    event Redeemed(address indexed user, address indexed provider, uint32 epoch, uint256 cumulative, uint256 paid);
    event RefundRequested(address indexed user, address indexed provider, uint64 refundAt);
    event Refunded(address indexed user, address indexed provider, uint32 epoch, uint256 amount);

    error ZeroAddress();
    error ZeroAmount();
    error AmountTooLarge(uint256 amount);
    error BadSignature(address user);
    error VoucherNotNewer(uint256 cumulative, uint256 redeemed);
    error WrongEpoch(uint32 epoch, uint32 current);
    error NothingToRedeem(uint256 owed);
    error RefundDelayTooLong(uint64 delay, uint64 maximum);
    error RefundAlreadyRequested(uint64 refundAt);
    error NoRefundRequested();
    error RefundNotReady(uint64 refundAt, uint64 nowTime);
    error TransferFailed(address to, uint256 amount);

    constructor(uint64 refundDelay_) {
        if (refundDelay_ > MAX_REFUND_DELAY) revert RefundDelayTooLong(refundDelay_, MAX_REFUND_DELAY);
        refundDelay = refundDelay_;
        cachedChainId = block.chainid;
        cachedDomain = Messages.domainSeparator(address(this));
    }

    function deposit(address provider) external payable {
        if (provider == address(0)) revert ZeroAddress();
        if (msg.value == 0) revert ZeroAmount();
        Channel storage c = channels_[msg.sender][provider];
        uint256 funds = uint256(c.funds) + msg.value;
        if (funds > type(uint88).max) revert AmountTooLarge(funds);
        c.funds = uint88(funds);
        emit Deposited(msg.sender, provider, msg.value, funds);
    }

    /// @notice Pays msg.sender (the provider) what `user`'s voucher over
    /// `cumulative` in `epoch` adds to what it already redeemed, or the
    /// channel's funds when they are less (the rest stays owed).
    function redeem(address user, uint32 epoch, uint256 cumulative, bytes calldata sig) external {
        bytes32 d = Messages.digest(domainSeparator(), Messages.hashVoucher(user, msg.sender, epoch, cumulative));
        address signer = Messages.recover(d, sig);
        if (signer == address(0) || signer != user) revert BadSignature(user);
        if (cumulative > type(uint88).max) revert AmountTooLarge(cumulative);
        Channel storage c = channels_[user][msg.sender];
        if (epoch != c.epoch) revert WrongEpoch(epoch, c.epoch);
        uint256 redeemed = c.redeemed;
        if (cumulative <= redeemed) revert VoucherNotNewer(cumulative, redeemed);
        uint256 owed = cumulative - redeemed;
        uint256 funds = c.funds;
        if (funds == 0) revert NothingToRedeem(owed);
        uint256 paid = owed < funds ? owed : funds;
        // paid <= funds and redeemed + paid <= cumulative < 2^88, so both fit.
        c.funds = uint88(funds - paid);
        c.redeemed = uint88(redeemed + paid);
        emit Redeemed(user, msg.sender, epoch, cumulative, paid);
        pay(msg.sender, paid);
    }

    /// @notice Starts the refund delay for the caller's channel with `provider`.
    function requestRefund(address provider) external {
        Channel storage c = channels_[msg.sender][provider];
        if (c.refundAt != 0) revert RefundAlreadyRequested(c.refundAt);
        if (c.funds == 0) revert ZeroAmount();
        // block.timestamp < 2^40 for 34,000 years and refundDelay < 2^32.
        uint64 readyAt = uint64(block.timestamp) + refundDelay;
        c.refundAt = uint48(readyAt);
        emit RefundRequested(msg.sender, provider, readyAt);
    }

    /// @notice Pays the caller the channel's unspent funds once the delay is
    /// over, and closes the channel's epoch: every voucher signed so far is
    /// void, and the next epoch's vouchers count from zero.
    function refund(address provider) external {
        Channel storage c = channels_[msg.sender][provider];
        uint64 readyAt = c.refundAt;
        if (readyAt == 0) revert NoRefundRequested();
        if (block.timestamp < readyAt) revert RefundNotReady(readyAt, uint64(block.timestamp));
        uint256 amount = c.funds;
        uint32 epoch = c.epoch;
        // Checked, so old vouchers can never come back (2^32 refunds, three
        // transactions each, are out of reach anyway).
        c.epoch = epoch + 1;
        c.funds = 0;
        c.redeemed = 0;
        c.refundAt = 0;
        emit Refunded(msg.sender, provider, epoch, amount);
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
    function voucherDigest(address user, address provider, uint32 epoch, uint256 cumulative)
        external
        view
        returns (bytes32)
    {
        return Messages.digest(domainSeparator(), Messages.hashVoucher(user, provider, epoch, cumulative));
    }

    function pay(address to, uint256 amount) internal {
        if (amount == 0) return;
        (bool ok,) = to.call{value: amount}("");
        if (!ok) revert TransferFailed(to, amount);
    }
}
