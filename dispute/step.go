package dispute

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/rmsnet/rms/contracts/bindings"
	"github.com/rmsnet/rms/merkle"
	"github.com/rmsnet/rms/vm"
)

// Backend is what the step client needs of a chain: calls, transactions and
// receipts. go-ethereum's simulated.Client and ethclient.Client are both one.
type Backend interface {
	bind.ContractBackend
	bind.DeployBackend
}

// Contracts are the addresses of the step contracts on one chain.
type Contracts struct {
	Oracle common.Address // PreimageOracle
	Step   common.Address // MIPSStep (reads Oracle)
}

// Deploy deploys the preimage oracle and the step contract with opts and
// waits until both are mined.
func Deploy(ctx context.Context, b Backend, opts *bind.TransactOpts) (Contracts, error) {
	var c Contracts
	deploy := func(name string, meta *bind.MetaData, args []byte) (common.Address, error) {
		o := *opts
		o.Context = ctx
		addr, tx, err := bind.DeployContract(&o, common.FromHex(meta.Bin), b, args)
		if err != nil {
			return addr, fmt.Errorf("deploy %s: %w", name, err)
		}
		rcpt, err := waitMined(ctx, b, tx.Hash(), 50*time.Millisecond)
		if err != nil {
			return addr, fmt.Errorf("deploy %s: %w", name, err)
		}
		if rcpt.Status != types.ReceiptStatusSuccessful {
			return addr, fmt.Errorf("deploy %s: transaction %s failed", name, tx.Hash().Hex())
		}
		return addr, nil
	}
	var err error
	if c.Oracle, err = deploy("preimage oracle", &bindings.PreimageOracleMetaData, nil); err != nil {
		return c, err
	}
	c.Step, err = deploy("step", &bindings.MIPSStepMetaData, bindings.NewMIPSStep().PackConstructor(c.Oracle))
	return c, err
}

// StepperOption configures a Stepper.
type StepperOption func(*Stepper)

// WithTransactor sets the account that sends step transactions (Step) and
// from which calls are made (local preimages are read for it). Without it
// Step fails and Call is made from the zero address.
func WithTransactor(opts *bind.TransactOpts) StepperOption {
	return func(s *Stepper) { s.opts = opts }
}

// WithLocalContext sets the local context under which the step reads local
// preimage keys (vm.LocalKey), together with the caller's address.
func WithLocalContext(c merkle.Hash) StepperOption {
	return func(s *Stepper) { s.local = c }
}

// WithPoll sets how often Step polls for its receipt (default 50ms).
func WithPoll(d time.Duration) StepperOption {
	return func(s *Stepper) { s.poll = d }
}

// Stepper executes VM steps on the step contract.
type Stepper struct {
	b     Backend
	addr  common.Address
	abi   *bindings.MIPSStep
	c     *bind.BoundContract
	opts  *bind.TransactOpts
	local merkle.Hash
	poll  time.Duration
}

// NewStepper returns a client of the step contract at addr.
func NewStepper(b Backend, addr common.Address, opts ...StepperOption) *Stepper {
	s := &Stepper{b: b, addr: addr, abi: bindings.NewMIPSStep(), poll: 50 * time.Millisecond}
	s.c = s.abi.Instance(b, addr)
	for _, o := range opts {
		o(s)
	}
	return s
}

// Address returns the step contract's address.
func (s *Stepper) Address() common.Address { return s.addr }

// Pack returns the transaction input of executeStep for w.
func (s *Stepper) Pack(w *vm.Witness) ([]byte, error) {
	if w == nil {
		return nil, errors.New("no witness")
	}
	cd, err := w.Calldata()
	if err != nil {
		return nil, err
	}
	return s.abi.TryPackExecuteStep(cd, s.local)
}

func (s *Stepper) from() common.Address {
	if s.opts == nil {
		return common.Address{}
	}
	return s.opts.From
}

// Call executes w on the contract with eth_call and returns the hashes of the
// packed pre- and post-state.
func (s *Stepper) Call(ctx context.Context, w *vm.Witness) (pre, post merkle.Hash, err error) {
	return s.callAt(ctx, w, nil)
}

func (s *Stepper) callAt(ctx context.Context, w *vm.Witness, block *big.Int) (pre, post merkle.Hash, err error) {
	if w == nil {
		return pre, post, errors.New("step: no witness")
	}
	data, err := s.Pack(w)
	if err != nil {
		return pre, post, fmt.Errorf("step %d: %w", w.Step, err)
	}
	out, err := s.b.CallContract(ctx, ethereum.CallMsg{From: s.from(), To: &s.addr, Data: data}, block)
	if err != nil {
		return pre, post, fmt.Errorf("step %d: %w", w.Step, s.revertError(err))
	}
	res, err := s.abi.UnpackExecuteStep(out)
	if err != nil {
		return pre, post, fmt.Errorf("step %d: unpack result: %w", w.Step, err)
	}
	return res.Pre, res.Post, nil
}

// Step sends w to the contract in a transaction and returns the hash of the
// packed post-state that the mined transaction computed (read back with a
// call at the transaction's block, from the same account, so with the same
// preimages) and the gas the transaction used.
func (s *Stepper) Step(ctx context.Context, w *vm.Witness) (post merkle.Hash, gas uint64, err error) {
	if w == nil {
		return post, 0, errors.New("step: no witness")
	}
	if s.opts == nil {
		return post, 0, fmt.Errorf("step %d: no transactor", w.Step)
	}
	data, err := s.Pack(w)
	if err != nil {
		return post, 0, fmt.Errorf("step %d: %w", w.Step, err)
	}
	o := *s.opts
	o.Context = ctx
	tx, err := bind.Transact(s.c, &o, data)
	if err != nil {
		return post, 0, fmt.Errorf("step %d: %w", w.Step, s.revertError(err))
	}
	rcpt, err := waitMined(ctx, s.b, tx.Hash(), s.poll)
	if err != nil {
		return post, 0, fmt.Errorf("step %d: %w", w.Step, err)
	}
	if rcpt.Status != types.ReceiptStatusSuccessful {
		return post, rcpt.GasUsed, fmt.Errorf("step %d: transaction %s reverted", w.Step, tx.Hash().Hex())
	}
	_, post, err = s.callAt(ctx, w, rcpt.BlockNumber)
	return post, rcpt.GasUsed, err
}

// revertError names the contract error in err when it carries revert data.
func (s *Stepper) revertError(err error) error {
	var de interface{ ErrorData() interface{} }
	if !errors.As(err, &de) {
		return err
	}
	var data []byte
	switch d := de.ErrorData().(type) {
	case string:
		data = common.FromHex(d)
	case []byte:
		data = d
	default:
		return err
	}
	if e, uerr := s.abi.UnpackError(data); uerr == nil {
		return fmt.Errorf("%w: %T", err, e)
	}
	if e, uerr := bindings.NewPreimageOracle().UnpackError(data); uerr == nil {
		return fmt.Errorf("%w: %T%+v", err, e, e)
	}
	return err
}

// waitMined polls for the receipt of h until ctx ends.
func waitMined(ctx context.Context, b bind.DeployBackend, h common.Hash, poll time.Duration) (*types.Receipt, error) {
	t := time.NewTicker(poll)
	defer t.Stop()
	for {
		r, err := b.TransactionReceipt(ctx, h)
		if err == nil && r != nil {
			return r, nil
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("wait for %s: %w", h.Hex(), ctx.Err())
		case <-t.C:
		}
	}
}
