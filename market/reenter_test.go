package market_test

import (
	"crypto/ecdsa"
	"encoding/json"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/rmsnet/rms/contracts/bindings"
	"github.com/rmsnet/rms/market"
)

// probe is a deployed Reenter contract (market/testdata/Reenter.sol): it
// calls the registry or the escrow as msg.sender and, when paid, calls the
// paying contract once more from inside the payment.
type probe struct {
	e    *env
	abi  abi.ABI
	addr common.Address
	inst *bind.BoundContract
	key  *ecdsa.PrivateKey // the account that drives it
}

func deployProbe(t *testing.T, e *env, key *ecdsa.PrivateKey) *probe {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("testdata", "Reenter.json"))
	if err != nil {
		t.Fatal(err)
	}
	var art struct {
		ABI json.RawMessage `json:"abi"`
		Bin string          `json:"bin"`
	}
	if err := json.Unmarshal(raw, &art); err != nil {
		t.Fatal(err)
	}
	a, err := abi.JSON(strings.NewReader(string(art.ABI)))
	if err != nil {
		t.Fatal(err)
	}
	id, err := e.chain.Client().ChainID(e.ctx)
	if err != nil {
		t.Fatal(err)
	}
	opts := bind.NewKeyedTransactor(key, id)
	opts.Context = e.ctx
	addr, tx, err := bind.DeployContract(opts, common.FromHex(art.Bin), e.chain.Client(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if r := e.receipt(t, tx); r.Status != types.ReceiptStatusSuccessful {
		t.Fatal("probe deployment failed")
	}
	c := e.chain.Client()
	return &probe{e: e, abi: a, addr: addr, inst: bind.NewBoundContract(addr, a, c, c, c), key: key}
}

func (e *env) receipt(t *testing.T, tx *types.Transaction) *types.Receipt {
	t.Helper()
	r, err := e.chain.Client().TransactionReceipt(e.ctx, tx.Hash())
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func (p *probe) send(t *testing.T, value *big.Int, method string, args ...any) *types.Receipt {
	t.Helper()
	data, err := p.abi.Pack(method, args...)
	if err != nil {
		t.Fatal(err)
	}
	id, _ := p.e.chain.Client().ChainID(p.e.ctx)
	opts := bind.NewKeyedTransactor(p.key, id)
	opts.Context, opts.Value = p.e.ctx, value
	tx, err := bind.Transact(p.inst, opts, data)
	if err != nil {
		t.Fatalf("probe %s: %v", method, err)
	}
	r := p.e.receipt(t, tx)
	if r.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("probe %s failed", method)
	}
	return r
}

// call makes the probe call `to` with value (sent along by its driver) and data.
func (p *probe) call(t *testing.T, to common.Address, value *big.Int, data []byte) *types.Receipt {
	t.Helper()
	if value == nil {
		value = new(big.Int)
	}
	return p.send(t, value, "call", to, value, data)
}

// arm sets the call the probe makes from inside the next payment it receives.
func (p *probe) arm(t *testing.T, target common.Address, data []byte) {
	t.Helper()
	p.send(t, nil, "arm", target, data)
}

func (p *probe) view(t *testing.T, method string) any {
	t.Helper()
	data, _ := p.abi.Pack(method)
	out, err := p.inst.CallRaw(&bind.CallOpts{Context: p.e.ctx}, data)
	if err != nil {
		t.Fatal(err)
	}
	vals, err := p.abi.Unpack(method, out)
	if err != nil {
		t.Fatal(err)
	}
	return vals[0]
}

// inner reports whether the probe re-entered and the error the re-entrant
// call reverted with ("" when it succeeded).
func (p *probe) inner(t *testing.T, contract *abi.ABI) (reentered bool, revert string) {
	t.Helper()
	if !p.view(t, "reentered").(bool) {
		return false, ""
	}
	if p.view(t, "innerOk").(bool) {
		return true, ""
	}
	ret := p.view(t, "innerRet").([]byte)
	for name, er := range contract.Errors {
		if len(ret) >= 4 && string(ret[:4]) == string(er.ID[:4]) {
			return true, name
		}
	}
	return true, "0x" + common.Bytes2Hex(ret)
}

func (e *env) balanceOf(t *testing.T, a common.Address) *big.Int {
	t.Helper()
	b, err := e.chain.Client().BalanceAt(e.ctx, a, nil)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestReentrancy: a contract that calls back into the registry or the
// escrow from inside each of their four payments (withdraw, claimCredit,
// redeem, refund) is refused the second payment, and each contract pays out
// exactly once.
func TestReentrancy(t *testing.T) {
	regABI, err := bindings.RegistryMetaData.ParseABI()
	if err != nil {
		t.Fatal(err)
	}
	escABI, err := bindings.EscrowMetaData.ParseABI()
	if err != nil {
		t.Fatal(err)
	}
	reg, esc := bindings.NewRegistry(), bindings.NewEscrow()
	hundred := new(big.Int).Mul(gwei, big.NewInt(100))

	t.Run("registry withdraw", func(t *testing.T) {
		e := newEnv(t)
		p := deployProbe(t, e, e.other)
		// The probe registers as a provider (the registry does not check the
		// libp2p signature; readers do) and deregisters.
		r := p.call(t, e.dep.Registry, minStake, reg.PackRegister(testClass.ID(), gwei, []byte{1}, []byte{1}))
		var id [32]byte
		for _, l := range r.Logs {
			if ev, err := reg.UnpackServiceRegisteredEvent(l); err == nil {
				id = ev.Id
			}
		}
		if id == ([32]byte{}) {
			t.Fatal("no registration event")
		}
		p.call(t, e.dep.Registry, nil, reg.PackDeregister(id))
		if err := e.chain.AdjustTime(unbonding); err != nil {
			t.Fatal(err)
		}
		p.arm(t, e.dep.Registry, reg.PackWithdraw(id))
		before := e.balanceOf(t, e.dep.Registry)
		p.call(t, e.dep.Registry, nil, reg.PackWithdraw(id))
		if re, why := p.inner(t, regABI); !re || why != "UnknownService" {
			t.Fatalf("re-entrant withdraw: re-entered %v, reverted with %q; want UnknownService", re, why)
		}
		paid := new(big.Int).Sub(before, e.balanceOf(t, e.dep.Registry))
		if paid.Cmp(minStake) != 0 || e.balanceOf(t, p.addr).Cmp(minStake) != 0 {
			t.Fatalf("registry paid %s, probe holds %s; want the stake %s once", paid, e.balanceOf(t, p.addr), minStake)
		}
	})

	t.Run("registry claimCredit", func(t *testing.T) {
		e := newEnv(t)
		p := deployProbe(t, e, e.other)
		id := e.register(t, e.provider, new(big.Int).Mul(minStake, big.NewInt(2)))
		if _, err := e.reg.Slash(e.ctx, e.dispute, id, minStake, p.addr); err != nil {
			t.Fatal(err)
		}
		reward, err := e.reg.Credit(e.ctx, p.addr)
		if err != nil || reward.Sign() == 0 {
			t.Fatalf("credit %v, %v", reward, err)
		}
		p.arm(t, e.dep.Registry, reg.PackClaimCredit())
		before := e.balanceOf(t, e.dep.Registry)
		p.call(t, e.dep.Registry, nil, reg.PackClaimCredit())
		if re, why := p.inner(t, regABI); !re || why != "NothingToClaim" {
			t.Fatalf("re-entrant claimCredit: re-entered %v, reverted with %q; want NothingToClaim", re, why)
		}
		if paid := new(big.Int).Sub(before, e.balanceOf(t, e.dep.Registry)); paid.Cmp(reward) != 0 {
			t.Fatalf("registry paid %s, want the reward %s once", paid, reward)
		}
	})

	t.Run("escrow redeem", func(t *testing.T) {
		e := newEnv(t)
		p := deployProbe(t, e, e.other)
		// The probe is the provider of a channel funded by the user.
		if _, err := e.esc.Deposit(e.ctx, e.user, p.addr, hundred); err != nil {
			t.Fatal(err)
		}
		var v market.Voucher
		v.User, v.Provider = addr(e.user), p.addr
		v.Amount.SetFromBig(new(big.Int).Mul(gwei, big.NewInt(30)))
		sv, err := market.SignVoucher(v, e.esc.Domain(), e.user)
		if err != nil {
			t.Fatal(err)
		}
		redeem := esc.PackRedeem(sv.User, sv.Epoch, sv.Amount.ToBig(), sv.Sig[:])
		p.arm(t, e.dep.Escrow, redeem)
		before := e.balanceOf(t, e.dep.Escrow)
		p.call(t, e.dep.Escrow, nil, redeem)
		if re, why := p.inner(t, escABI); !re || why != "VoucherNotNewer" {
			t.Fatalf("re-entrant redeem: re-entered %v, reverted with %q; want VoucherNotNewer", re, why)
		}
		paid := new(big.Int).Sub(before, e.balanceOf(t, e.dep.Escrow))
		ch, err := e.esc.Channel(e.ctx, addr(e.user), p.addr)
		if err != nil {
			t.Fatal(err)
		}
		if paid.Cmp(v.Amount.ToBig()) != 0 || ch.Redeemed.Cmp(paid) != 0 || ch.Funds.Cmp(new(big.Int).Sub(hundred, paid)) != 0 {
			t.Fatalf("escrow paid %s, channel %+v; want the voucher's %s once", paid, ch, v.Amount.ToBig())
		}
	})

	// The control: a re-entrant call the rules allow (redeeming a newer
	// voucher the user did sign) succeeds, so the probe really reaches the
	// contract from inside the payment and the refusals above are the
	// contracts' doing.
	t.Run("control: newer voucher from inside redeem", func(t *testing.T) {
		e := newEnv(t)
		p := deployProbe(t, e, e.other)
		if _, err := e.esc.Deposit(e.ctx, e.user, p.addr, hundred); err != nil {
			t.Fatal(err)
		}
		sign := func(n int64) []byte {
			var v market.Voucher
			v.User, v.Provider = addr(e.user), p.addr
			v.Amount.SetFromBig(new(big.Int).Mul(gwei, big.NewInt(n)))
			sv, err := market.SignVoucher(v, e.esc.Domain(), e.user)
			if err != nil {
				t.Fatal(err)
			}
			return esc.PackRedeem(sv.User, sv.Epoch, sv.Amount.ToBig(), sv.Sig[:])
		}
		p.arm(t, e.dep.Escrow, sign(60))
		before := e.balanceOf(t, e.dep.Escrow)
		p.call(t, e.dep.Escrow, nil, sign(30))
		if re, why := p.inner(t, escABI); !re || why != "" {
			t.Fatalf("re-entrant redeem of a newer voucher: re-entered %v, reverted with %q; want success", re, why)
		}
		if paid := new(big.Int).Sub(before, e.balanceOf(t, e.dep.Escrow)); paid.Cmp(new(big.Int).Mul(gwei, big.NewInt(60))) != 0 {
			t.Fatalf("escrow paid %s, want 60 gwei in all", paid)
		}
	})

	t.Run("escrow refund", func(t *testing.T) {
		e := newEnv(t)
		p := deployProbe(t, e, e.other)
		// The probe is the user of a channel; another user funds the escrow
		// too, so a second refund would have money to take.
		if _, err := e.esc.Deposit(e.ctx, e.user, addr(e.provider), hundred); err != nil {
			t.Fatal(err)
		}
		p.call(t, e.dep.Escrow, hundred, esc.PackDeposit(addr(e.provider)))
		p.call(t, e.dep.Escrow, nil, esc.PackRequestRefund(addr(e.provider)))
		if err := e.chain.AdjustTime(refundDelay); err != nil {
			t.Fatal(err)
		}
		p.arm(t, e.dep.Escrow, esc.PackRefund(addr(e.provider)))
		before := e.balanceOf(t, e.dep.Escrow)
		p.call(t, e.dep.Escrow, nil, esc.PackRefund(addr(e.provider)))
		if re, why := p.inner(t, escABI); !re || why != "NoRefundRequested" {
			t.Fatalf("re-entrant refund: re-entered %v, reverted with %q; want NoRefundRequested", re, why)
		}
		if paid := new(big.Int).Sub(before, e.balanceOf(t, e.dep.Escrow)); paid.Cmp(hundred) != 0 {
			t.Fatalf("escrow paid %s, want the deposit %s once", paid, hundred)
		}
	})
}
