package market

import (
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/rmsnet/rms/contracts/bindings"
)

// Backend is what the clients need from a chain: go-ethereum's bind.Backend
// plus the chain id. *ethclient.Client and the simulated backend's client
// (package market/simchain) both implement it.
type Backend interface {
	bind.Backend
	ChainID(ctx context.Context) (*big.Int, error)
}

// RevertError is a transaction or call the chain refused, with the
// contract's custom error (or Error(string) / Panic(uint256)) decoded.
type RevertError struct {
	Contract string // "registry", "escrow", or "" when unknown
	Name     string // custom error name, "Error", "Panic", or "" when undecoded
	Args     []any  // the error's arguments
	Message  string // readable form, e.g. StakeTooLow(stake=1, minimum=2)
	Data     []byte // raw revert data
}

func (e *RevertError) Error() string {
	if e.Contract == "" {
		return "reverted: " + e.Message
	}
	return e.Contract + " reverted: " + e.Message
}

// IsRevert reports whether err is a revert with the named custom error.
func IsRevert(err error, name string) bool {
	var r *RevertError
	return errors.As(err, &r) && r.Name == name
}

var (
	registryABI = mustABI(bindings.RegistryMetaData.ParseABI())
	escrowABI   = mustABI(bindings.EscrowMetaData.ParseABI())
)

func mustABI(a *abi.ABI, err error) *abi.ABI {
	if err != nil {
		panic("market: generated ABI does not parse: " + err.Error())
	}
	return a
}

// decodeRevert makes a RevertError from revert data.
func decodeRevert(contract string, a *abi.ABI, data []byte) *RevertError {
	e := &RevertError{Contract: contract, Data: data}
	if len(data) < 4 {
		e.Message = "without a reason"
		if len(data) > 0 {
			e.Message = "0x" + hex.EncodeToString(data)
		}
		return e
	}
	if reason, err := abi.UnpackRevert(data); err == nil {
		if bytesHasPrefix(data, crypto.Keccak256([]byte("Panic(uint256)"))[:4]) {
			e.Name = "Panic"
		} else {
			e.Name = "Error"
		}
		e.Message = reason
		return e
	}
	var errs map[string]abi.Error
	if a != nil {
		errs = a.Errors
	}
	for _, er := range errs {
		if !bytesHasPrefix(data, er.ID[:4]) {
			continue
		}
		vals, err := er.Inputs.Unpack(data[4:])
		if err != nil {
			break
		}
		e.Name = er.Name
		e.Args = vals
		parts := make([]string, len(vals))
		for i, v := range vals {
			parts[i] = fmt.Sprintf("%s=%v", er.Inputs[i].Name, formatArg(v))
		}
		e.Message = er.Name + "(" + strings.Join(parts, ", ") + ")"
		return e
	}
	e.Message = "unknown error 0x" + hex.EncodeToString(data)
	return e
}

func formatArg(v any) any {
	switch x := v.(type) {
	case [32]byte:
		return common.Hash(x).Hex()
	case common.Address:
		return x.Hex()
	default:
		return v
	}
}

func bytesHasPrefix(b, p []byte) bool { return len(b) >= len(p) && string(b[:len(p)]) == string(p) }

// revertData digs revert data out of an RPC error (eth_call, eth_estimateGas).
func revertData(err error) ([]byte, bool) {
	var de interface{ ErrorData() interface{} }
	if !errors.As(err, &de) {
		return nil, false
	}
	switch d := de.ErrorData().(type) {
	case string:
		b, herr := hex.DecodeString(strings.TrimPrefix(d, "0x"))
		return b, herr == nil
	case []byte:
		return d, true
	}
	return nil, false
}

// contract is one deployed contract with a backend.
type contract struct {
	name    string
	abi     *abi.ABI
	addr    common.Address
	backend Backend
	inst    *bind.BoundContract
	chainID *big.Int
	// poll is how often receipts are polled.
	poll time.Duration

	mu sync.Mutex
	tx map[common.Address]*TxManager // the manager of each key that sent through this client
}

// useTxManager makes m send every transaction of m's key.
func (c *contract) useTxManager(m *TxManager) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.tx[m.From()] = m
}

// sender is the transaction manager of key: the one given to
// useTxManager, or one made for this client at the first transaction.
func (c *contract) sender(key *ecdsa.PrivateKey) *TxManager {
	from := crypto.PubkeyToAddress(key.PublicKey)
	c.mu.Lock()
	defer c.mu.Unlock()
	m, ok := c.tx[from]
	if !ok {
		m = NewTxManager(c.backend, key, c.chainID, WithTxPoll(c.poll))
		c.tx[from] = m
	}
	return m
}

func newContract(ctx context.Context, name string, a *abi.ABI, b Backend, addr common.Address) (*contract, error) {
	if b == nil {
		return nil, fmt.Errorf("%s: no backend", name)
	}
	id, err := b.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("%s: chain id: %w", name, err)
	}
	code, err := b.CodeAt(ctx, addr, nil)
	if err != nil {
		return nil, fmt.Errorf("%s: code at %s: %w", name, addr.Hex(), err)
	}
	if len(code) == 0 {
		return nil, fmt.Errorf("%s: no contract at %s on chain %s", name, addr.Hex(), id)
	}
	return &contract{name: name, abi: a, addr: addr, backend: b, inst: bind.NewBoundContract(addr, *a, b, b, b),
		chainID: id, poll: 50 * time.Millisecond, tx: map[common.Address]*TxManager{}}, nil
}

// wrap turns a backend error into a RevertError when it carries revert data.
func (c *contract) wrap(what string, err error) error {
	if data, ok := revertData(err); ok {
		return fmt.Errorf("%s: %w", what, decodeRevert(c.name, c.abi, data))
	}
	return fmt.Errorf("%s %s: %w", c.name, what, err)
}

// call runs a read-only call and unpacks it.
func callAs[T any](ctx context.Context, c *contract, what string, data []byte, unpack func([]byte) (T, error)) (T, error) {
	out, err := bind.Call(c.inst, &bind.CallOpts{Context: ctx}, data, unpack)
	if err != nil {
		var zero T
		return zero, c.wrap(what, err)
	}
	return out, nil
}

// transact sends data with value from key through the key's transaction
// manager and waits for the receipt; a refusal is a RevertError.
func (c *contract) transact(ctx context.Context, what string, key *ecdsa.PrivateKey, value *big.Int, data []byte) (*types.Receipt, error) {
	if key == nil {
		return nil, fmt.Errorf("%s %s: no key", c.name, what)
	}
	return c.sender(key).SendValue(ctx, c.name+" "+what, c.addr, data, value)
}

// waitMined polls for a receipt until ctx ends. When it gives up, the error
// carries the last failure of the endpoint, if any, besides ctx's.
func waitMined(ctx context.Context, b bind.DeployBackend, h common.Hash, poll time.Duration) (*types.Receipt, error) {
	t := time.NewTimer(0)
	defer t.Stop()
	var last error
	for {
		select {
		case <-ctx.Done():
			if last != nil {
				return nil, fmt.Errorf("%w (last receipt query failed: %v)", ctx.Err(), last)
			}
			return nil, ctx.Err()
		case <-t.C:
		}
		// Not found yet, or a transient RPC error: poll again until ctx ends.
		r, err := b.TransactionReceipt(ctx, h)
		switch {
		case err == nil && r != nil:
			return r, nil
		case err != nil && !errors.Is(err, ethereum.NotFound) && ctx.Err() == nil:
			last = err
		}
		t.Reset(poll)
	}
}
