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

// escrowSession parses the common flags, loads the key when needed and connects.
func escrowSession(ctx context.Context, cf *chainFlags, needKey bool) (*session, *market.Escrow, *ecdsaKey, error) {
	var k *ecdsaKey
	if needKey {
		key, err := cf.loadKey()
		if err != nil {
			return nil, nil, nil, err
		}
		k = &ecdsaKey{key: key, addr: crypto.PubkeyToAddress(key.PublicKey)}
	}
	s, err := cf.dial(ctx)
	if err != nil {
		return nil, nil, nil, err
	}
	esc, err := s.escrow(ctx)
	if err != nil {
		s.Close()
		return nil, nil, nil, err
	}
	return s, esc, k, nil
}

func runEscrowDeposit(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("escrow deposit", stderr)
	var cf chainFlags
	cf.add(fs, true)
	provider := fs.String("provider", "", "provider's Ethereum address")
	amount := fs.String("amount", "", "amount to deposit (wei, or with a unit: gwei, eth)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	prov, err := parseAddress("provider", *provider)
	if err != nil {
		return err
	}
	wei, err := parseAmount("amount", *amount)
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(ctx, chainTimeout)
	defer cancel()
	s, esc, k, err := escrowSession(ctx, &cf, true)
	if err != nil {
		return err
	}
	defer s.Close()
	rcpt, err := esc.Deposit(ctx, k.key, prov, wei)
	if err != nil {
		return err
	}
	ch, err := esc.Channel(ctx, k.addr, prov)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "deposited %s for %s; channel funds %s (tx %s)\n", market.FormatAmount(wei), prov.Hex(),
		market.FormatAmount(ch.Funds), rcpt.TxHash.Hex())
	return nil
}

func runEscrowVoucher(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("escrow voucher", stderr)
	var cf chainFlags
	cf.add(fs, true)
	provider := fs.String("provider", "", "provider's Ethereum address")
	amount := fs.String("amount", "", "cumulative amount owed to the provider so far, over all jobs")
	out := fs.String("out", "", "write the voucher here (default: hex on stdout)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	prov, err := parseAddress("provider", *provider)
	if err != nil {
		return err
	}
	wei, err := parseAmount("amount", *amount)
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(ctx, chainTimeout)
	defer cancel()
	s, esc, k, err := escrowSession(ctx, &cf, true)
	if err != nil {
		return err
	}
	defer s.Close()
	ch, err := esc.Channel(ctx, k.addr, prov)
	if err != nil {
		return err
	}
	// Vouchers name the channel's epoch: a refund ends it and voids them.
	v := market.Voucher{User: k.addr, Provider: prov, Epoch: ch.Epoch}
	if v.Amount.SetFromBig(wei) {
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
	text := hex.EncodeToString(b) + "\n"
	if *out == "" {
		_, err = io.WriteString(stdout, text)
		return err
	}
	if err := os.WriteFile(*out, []byte(text), 0o644); err != nil {
		return fmt.Errorf("write voucher: %w", err)
	}
	fmt.Fprintf(stdout, "voucher for %s over %s (epoch %d) written to %s\n", prov.Hex(), market.FormatAmount(wei), v.Epoch, *out)
	return nil
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
	fs := newFlagSet("escrow redeem", stderr)
	var cf chainFlags
	cf.add(fs, true)
	voucher := fs.String("voucher", "", "the voucher: a file written by `rms escrow voucher`, or its hex")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *voucher == "" {
		return fmt.Errorf("%w: --voucher is required", errUsage)
	}
	sv, err := readVoucher(*voucher)
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(ctx, chainTimeout)
	defer cancel()
	s, esc, k, err := escrowSession(ctx, &cf, true)
	if err != nil {
		return err
	}
	defer s.Close()
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
	fmt.Fprintf(stdout, "redeemed %s from %s (cumulative %s%s; tx %s, gas %d)\n", market.FormatAmount(paid), sv.User.Hex(),
		market.FormatAmount(sv.Amount.ToBig()), rest, rcpt.TxHash.Hex(), rcpt.GasUsed)
	return nil
}

func runEscrowRefund(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("escrow refund", stderr)
	var cf chainFlags
	cf.add(fs, true)
	provider := fs.String("provider", "", "provider's Ethereum address")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	prov, err := parseAddress("provider", *provider)
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(ctx, chainTimeout)
	defer cancel()
	s, esc, k, err := escrowSession(ctx, &cf, true)
	if err != nil {
		return err
	}
	defer s.Close()
	ch, err := esc.Channel(ctx, k.addr, prov)
	if err != nil {
		return err
	}
	if ch.RefundAt == 0 {
		if _, err := esc.RequestRefund(ctx, k.key, prov); err != nil {
			return err
		}
		ch, err = esc.Channel(ctx, k.addr, prov)
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "refund requested; run this again from %s to receive the unspent funds (now %s)\n",
			unixTime(ch.RefundAt), market.FormatAmount(ch.Funds))
		return nil
	}
	rcpt, err := esc.Refund(ctx, k.key, prov)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "refunded the unspent funds (tx %s)\n", rcpt.TxHash.Hex())
	return nil
}

func runEscrowBalance(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("escrow balance", stderr)
	var cf chainFlags
	cf.add(fs, true)
	user := fs.String("user", "", "user's address (default: the --key's address)")
	provider := fs.String("provider", "", "provider's Ethereum address")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	prov, err := parseAddress("provider", *provider)
	if err != nil {
		return err
	}
	var usr common.Address
	if *user != "" {
		if usr, err = parseAddress("user", *user); err != nil {
			return err
		}
	} else if cf.key == "" {
		return fmt.Errorf("%w: give --user or --key", errUsage)
	}
	ctx, cancel := context.WithTimeout(ctx, chainTimeout)
	defer cancel()
	s, esc, k, err := escrowSession(ctx, &cf, *user == "")
	if err != nil {
		return err
	}
	defer s.Close()
	if k != nil {
		usr = k.addr
	}
	ch, err := esc.Channel(ctx, usr, prov)
	if err != nil {
		return err
	}
	refund := "none requested"
	if ch.RefundAt != 0 {
		refund = "requested, payable from " + unixTime(ch.RefundAt)
	}
	fmt.Fprintf(stdout, "user     %s\nprovider %s\nepoch    %d\nfunds    %s (%s wei)\nredeemed %s (%s wei)\nrefund   %s\n",
		usr.Hex(), prov.Hex(), ch.Epoch, market.FormatAmount(ch.Funds), ch.Funds, market.FormatAmount(ch.Redeemed), ch.Redeemed, refund)
	return nil
}

type ecdsaKey struct {
	key  *ecdsa.PrivateKey
	addr common.Address
}

func unixTime(t uint64) string {
	return time.Unix(int64(min(t, 1<<62)), 0).UTC().Format(time.RFC3339)
}
