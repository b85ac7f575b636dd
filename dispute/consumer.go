package dispute

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/rmsnet/rms/contracts/bindings"
	"github.com/rmsnet/rms/market"
	"github.com/rmsnet/rms/merkle"
)

// Consumer is a client of the example consumer contract
// (contracts/src/examples/OracleConsumer.sol): it asks InferenceRequests
// for inference of one class and keeps the results the oracle calls back
// with.
type Consumer struct {
	b    Backend
	addr common.Address
	abi  *bindings.OracleConsumer
	inst *bind.BoundContract
}

// NewConsumer returns a client of the consumer contract at addr.
func NewConsumer(b Backend, addr common.Address) *Consumer {
	c := bindings.NewOracleConsumer()
	return &Consumer{b: b, addr: addr, abi: c, inst: c.Instance(b, addr)}
}

// DeployConsumer deploys a consumer of class on the InferenceRequests
// contract at requests with key (sent outside any TxManager of that key),
// waits for it and returns its client.
func DeployConsumer(ctx context.Context, b Backend, key *ecdsa.PrivateKey, chainID *big.Int, requests common.Address, class market.ClassID) (*Consumer, *types.Receipt, error) {
	opts := bind.NewKeyedTransactor(key, chainID)
	opts.Context = ctx
	c := bindings.NewOracleConsumer()
	_, tx, err := bind.DeployContract(opts, common.FromHex(bindings.OracleConsumerMetaData.Bin), b, c.PackConstructor(requests, class))
	if err != nil {
		return nil, nil, fmt.Errorf("deploy the consumer: %w", err)
	}
	rcpt, err := bind.WaitMined(ctx, b, tx.Hash())
	if err != nil {
		return nil, nil, fmt.Errorf("deploy the consumer: wait for %s: %w", tx.Hash().Hex(), err)
	}
	if rcpt.Status != types.ReceiptStatusSuccessful {
		return nil, rcpt, fmt.Errorf("deploy the consumer: transaction %s failed", tx.Hash().Hex())
	}
	return NewConsumer(b, rcpt.ContractAddress), rcpt, nil
}

// Address is the consumer's address.
func (c *Consumer) Address() common.Address { return c.addr }

// Class is the class the consumer asks for.
func (c *Consumer) Class(ctx context.Context) (market.ClassID, error) {
	id, err := bind.Call(c.inst, &bind.CallOpts{Context: ctx}, c.abi.PackClassId(), c.abi.UnpackClassId)
	if err != nil {
		return market.ClassID{}, fmt.Errorf("the consumer's class: %w", err)
	}
	return id, nil
}

// Ask makes the consumer request inference on input with fee wei and
// returns the request id.
func (c *Consumer) Ask(ctx context.Context, tx *market.TxManager, input []byte, fee *big.Int) (uint64, *types.Receipt, error) {
	data, err := c.abi.TryPackAsk(input)
	if err != nil {
		return 0, nil, err
	}
	rcpt, err := tx.SendValue(ctx, "ask the consumer", c.addr, data, fee)
	if err != nil {
		return 0, rcpt, err
	}
	for _, l := range rcpt.Logs {
		if ev, err := c.abi.UnpackAskedEvent(l); err == nil && l.Address == c.addr {
			return ev.RequestId.Uint64(), rcpt, nil
		}
	}
	return 0, rcpt, fmt.Errorf("ask the consumer: no Asked event")
}

// ConsumerResult is what the consumer holds of a request: whether the
// result arrived, its output root and its bytes (empty when only the root
// was posted).
type ConsumerResult struct {
	Done       bool        `json:"done"`
	OutputRoot merkle.Hash `json:"output_root"`
	Output     []byte      `json:"output,omitempty"`
}

// Result reads the consumer's result of request id.
func (c *Consumer) Result(ctx context.Context, id uint64) (*ConsumerResult, error) {
	r, err := bind.Call(c.inst, &bind.CallOpts{Context: ctx}, c.abi.PackResult(new(big.Int).SetUint64(id)), c.abi.UnpackResult)
	if err != nil {
		return nil, fmt.Errorf("the consumer's result of request %d: %w", id, err)
	}
	return &ConsumerResult{Done: r.Done, OutputRoot: r.OutputRoot, Output: r.Output}, nil
}
