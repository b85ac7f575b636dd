package simchain

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"reflect"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/rpc"
)

// Chain is a simulated chain (chain id 1337) that mines each transaction as
// it is sent.
type Chain struct {
	mu     sync.Mutex
	sim    *simulated.Backend
	client *Client
}

// Client is the chain's RPC client; it implements market.Backend.
type Client struct {
	simulated.Client
	chain *Chain
}

// SendTransaction sends tx and mines a block holding it.
func (c *Client) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	c.chain.mu.Lock()
	defer c.chain.mu.Unlock()
	if err := c.Client.SendTransaction(ctx, tx); err != nil {
		return err
	}
	c.chain.sim.Commit()
	return nil
}

// Option changes the simulated node's configuration before it starts.
type Option func(nodeConf *node.Config, ethConf *ethconfig.Config)

// MainnetRules runs the chain under the Osaka rules (mainnet in 2026)
// instead of go-ethereum's development fork set, which also enables the
// unreleased Amsterdam/Bogota changes (EIP-8037 state-gas metering among
// them) and so prices state growth differently.
func MainnetRules() Option {
	return func(_ *node.Config, ethConf *ethconfig.Config) {
		cfg := *ethConf.Genesis.Config
		cfg.AmsterdamTime = nil
		cfg.BogotaTime = nil
		ethConf.Genesis.Config = &cfg
	}
}

// New starts a chain with the given genesis balances.
func New(alloc types.GenesisAlloc, opts ...Option) *Chain {
	o := make([]func(*node.Config, *ethconfig.Config), len(opts))
	for i, f := range opts {
		o[i] = f
	}
	c := &Chain{sim: simulated.NewBackend(alloc, o...)}
	c.client = &Client{Client: c.sim.Client(), chain: c}
	return c
}

// Ether is 10^18 wei.
var Ether = new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)

// NewFunded starts a chain with n fresh keys holding balance wei each.
func NewFunded(n int, balance *big.Int, opts ...Option) (*Chain, []*ecdsa.PrivateKey, error) {
	alloc := types.GenesisAlloc{}
	keys := make([]*ecdsa.PrivateKey, n)
	for i := range keys {
		k, err := crypto.GenerateKey()
		if err != nil {
			return nil, nil, fmt.Errorf("simchain: generate key: %w", err)
		}
		keys[i] = k
		alloc[crypto.PubkeyToAddress(k.PublicKey)] = types.Account{Balance: new(big.Int).Set(balance)}
	}
	return New(alloc, opts...), keys, nil
}

// Client returns the chain's client.
func (c *Chain) Client() *Client { return c.client }

// AdjustTime moves the chain's clock forward by d and mines an empty block,
// so that calls and gas estimates already see the new time.
func (c *Chain) AdjustTime(d time.Duration) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	// The transaction pool drops mined transactions asynchronously; until it
	// has, the backend refuses to move time ("non-empty block").
	deadline := time.Now().Add(5 * time.Second)
	for {
		err := c.sim.AdjustTime(d)
		if err == nil {
			break
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("simchain: adjust time: %w", err)
		}
		time.Sleep(5 * time.Millisecond)
	}
	c.sim.Commit()
	return nil
}

// Commit mines a block with whatever is pending.
func (c *Chain) Commit() common.Hash {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.sim.Commit()
}

// Fork makes the block with hash parent the head, so that the blocks mined
// next replace its descendants: a reorg. The transactions of the replaced
// blocks may come back to the pool and be mined again.
func (c *Chain) Fork(parent common.Hash) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if err := c.sim.Fork(parent); err != nil {
		return fmt.Errorf("simchain: fork at %s: %w", parent.Hex(), err)
	}
	return nil
}

// Close stops the chain.
func (c *Chain) Close() error { return c.sim.Close() }

// RPC is the chain's JSON-RPC client (for calls the typed client lacks,
// such as eth_getProof at a block hash), or nil if the simulated backend's
// client no longer wraps an *ethclient.Client.
func (c *Client) RPC() *rpc.Client {
	// The backend's client is a struct embedding *ethclient.Client, whose
	// field name hides the Client method; reach the field itself.
	v := reflect.ValueOf(c.Client)
	if v.Kind() != reflect.Struct {
		return nil
	}
	f := v.FieldByName("Client")
	if !f.IsValid() || !f.CanInterface() {
		return nil
	}
	ec, ok := f.Interface().(*ethclient.Client)
	if !ok || ec == nil {
		return nil
	}
	return ec.Client()
}
