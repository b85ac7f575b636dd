package market

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/rmsnet/rms/contracts/bindings"
)

// Escrow is a client of a deployed Escrow contract.
type Escrow struct {
	c   *contract
	esc *bindings.Escrow
}

// NewEscrow connects to the Escrow at addr; it fails when no contract is there.
func NewEscrow(ctx context.Context, b Backend, addr common.Address) (*Escrow, error) {
	c, err := newContract(ctx, "escrow", escrowABI, b, addr)
	if err != nil {
		return nil, err
	}
	return &Escrow{c: c, esc: bindings.NewEscrow()}, nil
}

// Address is the contract's address.
func (e *Escrow) Address() common.Address { return e.c.addr }

// UseTxManager sends every later transaction of m's key through m (the
// key's one nonce source; without it the client makes its own manager per
// key).
func (e *Escrow) UseTxManager(m *TxManager) { e.c.useTxManager(m) }

// Domain is the EIP-712 domain of vouchers.
func (e *Escrow) Domain() Domain { return EscrowDomain(e.c.chainID, e.c.addr) }

// Channel is the escrow state between one user and one provider.
type Channel struct {
	Funds    *big.Int // unspent deposit, wei
	Redeemed *big.Int // cumulative amount the provider has been paid in this epoch
	RefundAt uint64   // 0, or unix seconds from which a requested refund can be completed
	Epoch    uint32   // completed refunds so far: the epoch new vouchers must name
}

// Redeemable is what redeeming a voucher over cumulative (of the channel's
// epoch) would pay now: what it adds to the redeemed amount, at most the
// funds left.
func (c Channel) Redeemable(cumulative *big.Int) *big.Int {
	owed := new(big.Int).Sub(cumulative, c.Redeemed)
	if owed.Sign() < 0 {
		return owed.SetInt64(0)
	}
	if owed.Cmp(c.Funds) > 0 {
		return owed.Set(c.Funds)
	}
	return owed
}

// Deposit adds amount to key's channel with provider.
func (e *Escrow) Deposit(ctx context.Context, key *ecdsa.PrivateKey, provider common.Address, amount *big.Int) (*types.Receipt, error) {
	if amount == nil || amount.Sign() <= 0 {
		return nil, errors.New("deposit: amount must be positive")
	}
	return e.c.transact(ctx, "deposit", key, amount, e.esc.PackDeposit(provider))
}

// Redeem sends the voucher from key, which must be the voucher's provider;
// the provider is paid what the voucher adds to what it already redeemed,
// or the channel's funds when they are less (the same voucher collects the
// rest from a later deposit of the same epoch). The voucher is checked off
// chain first so a bad one costs no gas.
func (e *Escrow) Redeem(ctx context.Context, key *ecdsa.PrivateKey, v SignedVoucher) (*types.Receipt, error) {
	if err := checkSigner("voucher provider", v.Provider, key); err != nil {
		return nil, fmt.Errorf("redeem: %w", err)
	}
	if err := v.Verify(e.Domain()); err != nil {
		return nil, fmt.Errorf("redeem: %w", err)
	}
	return e.RedeemUnchecked(ctx, key, v.User, v.Epoch, v.Amount.ToBig(), v.Sig[:])
}

// RedeemUnchecked sends a redeem transaction as given (tests use it to
// present bad vouchers to the contract).
func (e *Escrow) RedeemUnchecked(ctx context.Context, key *ecdsa.PrivateKey, user common.Address, epoch uint32, cumulative *big.Int, sig []byte) (*types.Receipt, error) {
	return e.c.transact(ctx, "redeem", key, nil, e.esc.PackRedeem(user, epoch, cumulative, sig))
}

// RequestRefund starts the refund delay of key's channel with provider.
func (e *Escrow) RequestRefund(ctx context.Context, key *ecdsa.PrivateKey, provider common.Address) (*types.Receipt, error) {
	return e.c.transact(ctx, "requestRefund", key, nil, e.esc.PackRequestRefund(provider))
}

// Refund completes a requested refund after the delay: key's address gets
// the channel's unspent funds, and the channel's epoch ends (its vouchers
// are void from then on; the next epoch's count from zero).
func (e *Escrow) Refund(ctx context.Context, key *ecdsa.PrivateKey, provider common.Address) (*types.Receipt, error) {
	return e.c.transact(ctx, "refund", key, nil, e.esc.PackRefund(provider))
}

// Channel reads the channel between user and provider.
func (e *Escrow) Channel(ctx context.Context, user, provider common.Address) (Channel, error) {
	raw, err := callAs(ctx, e.c, "channel", e.esc.PackChannel(user, provider), e.esc.UnpackChannel)
	if err != nil {
		return Channel{}, err
	}
	return Channel{Funds: raw.Funds, Redeemed: raw.Redeemed, RefundAt: raw.RefundAt.Uint64(), Epoch: raw.Epoch}, nil
}

// RefundDelay is the contract's delay between a refund request and its completion.
func (e *Escrow) RefundDelay(ctx context.Context) (time.Duration, error) {
	d, err := callAs(ctx, e.c, "refundDelay", e.esc.PackRefundDelay(), e.esc.UnpackRefundDelay)
	return time.Duration(min(d, uint64(1<<62)/uint64(time.Second))) * time.Second, err
}
