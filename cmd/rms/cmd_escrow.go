package main

import (
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"fmt"
	"io"
	"math/big"
	"os"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/rmsnet/rms/market"
)

func init() {
	register(command{Name: "escrow deposit", Summary: "deposit ETH in escrow for a provider", Run: runEscrowDeposit})
	register(command{Name: "escrow voucher", Summary: "sign a voucher over the cumulative amount owed to a provider", Run: runEscrowVoucher})
	register(command{Name: "escrow redeem", Summary: "redeem a user's voucher (as the provider)", Run: runEscrowRedeem})
	register(command{Name: "escrow refund", Summary: "request a refund of unspent escrow, or complete it after the delay", Run: runEscrowRefund})
	register(command{Name: "escrow balance", Summary: "show the escrow channel between a user and a provider", Run: runEscrowBalance})
}

// escrowSession loads the key when needed and connects; done closes.
func (c *chainCommand) escrowSession(ctx context.Context, needKey bool) (context.Context, *market.Escrow, *ecdsaKey, func(), error) {
	var k *ecdsaKey
	if needKey {
		key, err := c.cf.loadKey()
		if err != nil {
			return nil, nil, nil, nil, err
		}
		k = &ecdsaKey{key: key, addr: crypto.PubkeyToAddress(key.PublicKey)}
	}
	ctx, s, done, err := c.connect(ctx)
	if err != nil {
		return nil, nil, nil, nil, err
	}
	esc, err := s.escrow(ctx)
	if err != nil {
		done()
		return nil, nil, nil, nil, err
	}
	return ctx, esc, k, done, nil
}

// channelJSON is a channel as the escrow commands print it with --json.
type channelJSON struct {
	User     common.Address `json:"user"`
	Provider common.Address `json:"provider"`
	Epoch    uint32         `json:"epoch"`
	Funds    string         `json:"funds"`
	Redeemed string         `json:"redeemed"`
	RefundAt uint64         `json:"refundAt,omitempty"`
}

func toChannelJSON(user, provider common.Address, ch market.Channel) channelJSON {
	return channelJSON{User: user, Provider: provider, Epoch: ch.Epoch, Funds: ch.Funds.String(), Redeemed: ch.Redeemed.String(), RefundAt: ch.RefundAt}
}

func runEscrowDeposit(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	c := newChainCommand("escrow deposit", stderr)
	prov := c.address("provider", "provider's Ethereum address", true)
	wei := c.amount("amount", "amount to deposit")
	if err := c.parse(args); err != nil {
		return err
	}
	ctx, esc, k, done, err := c.escrowSession(ctx, true)
	if err != nil {
		return err
	}
	defer done()
	rcpt, err := esc.Deposit(ctx, k.key, *prov, *wei)
	if err != nil {
		return err
	}
	ch, err := esc.Channel(ctx, k.addr, *prov)
	if err != nil {
		return err
	}
	return c.print(stdout, map[string]any{"tx": rcpt.TxHash, "deposited": (*wei).String(), "channel": toChannelJSON(k.addr, *prov, ch)},
		fmt.Sprintf("deposited %s for %s; channel funds %s (tx %s)\n", market.FormatAmount(*wei), prov.Hex(),
			market.FormatAmount(ch.Funds), rcpt.TxHash.Hex()))
}

func runEscrowVoucher(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	c := newChainCommand("escrow voucher", stderr)
	prov := c.address("provider", "provider's Ethereum address", true)
	wei := c.amount("amount", "cumulative amount owed to the provider so far, over all jobs of the channel's epoch")
	out := c.fs.String("out", "", "write the voucher here (default: hex on stdout)")
	if err := c.parse(args); err != nil {
		return err
	}
	ctx, esc, k, done, err := c.escrowSession(ctx, true)
	if err != nil {
		return err
	}
	defer done()
	ch, err := esc.Channel(ctx, k.addr, *prov)
	if err != nil {
		return err
	}
	// Vouchers name the channel's epoch: a refund ends it and voids them.
	v := market.Voucher{User: k.addr, Provider: *prov, Epoch: ch.Epoch}
	if v.Amount.SetFromBig(*wei) {
		return fmt.Errorf("%w: --amount is over 2^256 wei", errUsage)
	}
	sv, err := market.SignVoucher(v, esc.Domain(), k.key)
	if err != nil {
		return err
	}
	b, err := sv.MarshalBinary()
	if err != nil {
		return err
	}
	text := hex.EncodeToString(b)
	js := map[string]any{"voucher": text, "user": k.addr, "provider": *prov, "epoch": v.Epoch, "amount": (*wei).String()}
	if *out == "" {
		return c.print(stdout, js, text+"\n")
	}
	if err := os.WriteFile(*out, []byte(text+"\n"), 0o644); err != nil {
		return fmt.Errorf("write voucher: %w", err)
	}
	js["file"] = *out
	return c.print(stdout, js, fmt.Sprintf("voucher for %s over %s (epoch %d) written to %s\n", prov.Hex(), market.FormatAmount(*wei), v.Epoch, *out))
}

// readVoucher takes a voucher as hex, or the name of a file holding it.
func readVoucher(arg string) (market.SignedVoucher, error) {
	text := strings.TrimSpace(arg)
	if b, err := os.ReadFile(arg); err == nil {
		text = strings.TrimSpace(string(b))
	}
	raw, err := hex.DecodeString(strings.TrimPrefix(text, "0x"))
	if err != nil {
		return market.SignedVoucher{}, fmt.Errorf("%w: --voucher is neither a file nor hex: %v", errUsage, err)
	}
	return market.DecodeVoucher(raw)
}

func runEscrowRedeem(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	c := newChainCommand("escrow redeem", stderr)
	voucher := c.fs.String("voucher", "", "the voucher: a file written by `rms escrow voucher`, or its hex")
	if err := c.parse(args); err != nil {
		return err
	}
	if *voucher == "" {
		return fmt.Errorf("%w: --voucher is required", errUsage)
	}
	sv, err := readVoucher(*voucher)
	if err != nil {
		return err
	}
	ctx, esc, k, done, err := c.escrowSession(ctx, true)
	if err != nil {
		return err
	}
	defer done()
	before, err := esc.Channel(ctx, sv.User, sv.Provider)
	if err != nil {
		return err
	}
	rcpt, err := esc.Redeem(ctx, k.key, sv)
	if err != nil {
		return err
	}
	paid := before.Redeemable(sv.Amount.ToBig())
	owed := new(big.Int).Sub(sv.Amount.ToBig(), new(big.Int).Add(before.Redeemed, paid))
	rest := ""
	if owed.Sign() > 0 {
		rest = fmt.Sprintf("; %s still owed, redeem the voucher again after a deposit", market.FormatAmount(owed))
	}
	return c.print(stdout, map[string]any{"paid": paid.String(), "stillOwed": owed.String(), "user": sv.User, "epoch": sv.Epoch,
		"cumulative": sv.Amount.ToBig().String(), "tx": rcpt.TxHash, "gas": rcpt.GasUsed},
		fmt.Sprintf("redeemed %s from %s (cumulative %s%s; tx %s, gas %d)\n", market.FormatAmount(paid), sv.User.Hex(),
			market.FormatAmount(sv.Amount.ToBig()), rest, rcpt.TxHash.Hex(), rcpt.GasUsed))
}

func runEscrowRefund(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	c := newChainCommand("escrow refund", stderr)
	prov := c.address("provider", "provider's Ethereum address", true)
	if err := c.parse(args); err != nil {
		return err
	}
	ctx, esc, k, done, err := c.escrowSession(ctx, true)
	if err != nil {
		return err
	}
	defer done()
	ch, err := esc.Channel(ctx, k.addr, *prov)
	if err != nil {
		return err
	}
	if ch.RefundAt == 0 {
		rcpt, err := esc.RequestRefund(ctx, k.key, *prov)
		if err != nil {
			return err
		}
		if ch, err = esc.Channel(ctx, k.addr, *prov); err != nil {
			return err
		}
		return c.print(stdout, map[string]any{"requested": true, "tx": rcpt.TxHash, "channel": toChannelJSON(k.addr, *prov, ch)},
			fmt.Sprintf("refund requested; run this again from %s to receive the unspent funds (now %s)\n",
				unixTime(ch.RefundAt), market.FormatAmount(ch.Funds)))
	}
	rcpt, err := esc.Refund(ctx, k.key, *prov)
	if err != nil {
		return err
	}
	return c.print(stdout, map[string]any{"refunded": ch.Funds.String(), "tx": rcpt.TxHash},
		fmt.Sprintf("refunded the unspent funds, %s; vouchers of epoch %d are void (tx %s)\n", market.FormatAmount(ch.Funds), ch.Epoch, rcpt.TxHash.Hex()))
}

func runEscrowBalance(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	c := newChainCommand("escrow balance", stderr)
	usr := c.address("user", "user's address (default: the --key's address)", false)
	prov := c.address("provider", "provider's Ethereum address", true)
	if err := c.parse(args); err != nil {
		return err
	}
	byKey := *usr == (common.Address{})
	if byKey && c.cf.key == "" {
		return fmt.Errorf("%w: give --user or --key", errUsage)
	}
	ctx, esc, k, done, err := c.escrowSession(ctx, byKey)
	if err != nil {
		return err
	}
	defer done()
	if k != nil {
		*usr = k.addr
	}
	ch, err := esc.Channel(ctx, *usr, *prov)
	if err != nil {
		return err
	}
	refund := "none requested"
	if ch.RefundAt != 0 {
		refund = "requested, payable from " + unixTime(ch.RefundAt)
	}
	return c.print(stdout, toChannelJSON(*usr, *prov, ch),
		fmt.Sprintf("user     %s\nprovider %s\nepoch    %d\nfunds    %s (%s wei)\nredeemed %s (%s wei)\nrefund   %s\n",
			usr.Hex(), prov.Hex(), ch.Epoch, market.FormatAmount(ch.Funds), ch.Funds, market.FormatAmount(ch.Redeemed), ch.Redeemed, refund))
}

type ecdsaKey struct {
	key  *ecdsa.PrivateKey
	addr common.Address
}

func unixTime(t uint64) string {
	return time.Unix(int64(min(t, 1<<62)), 0).UTC().Format(time.RFC3339)
}
