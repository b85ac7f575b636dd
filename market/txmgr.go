package market

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"log/slog"
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

// TxManager sends every transaction of one key: it hands out nonces across
// everything the key sends through it (registrations, deposits, redeems,
// game openings and moves, timeouts), resends a transaction that is not
// mined in time with higher fees under the same nonce (a dropped or reorged
// move), and warns when the key's balance runs low. A move that does not
// land loses the clock, and two senders of one key take the same nonce, so
// a node sends every transaction of its key through one manager: the
// Registry and Escrow clients use it once given (UseTxManager), the game
// players and followers take it as a field.
type TxManager struct {
	b       bind.Backend
	key     *ecdsa.PrivateKey
	from    common.Address
	chainID *big.Int
	cfg     txConfig

	mu    sync.Mutex
	nonce uint64
	known bool
}

type txConfig struct {
	resendAfter time.Duration
	poll        time.Duration
	lowFunds    *big.Int
	alarm       func(balance *big.Int)
	log         *slog.Logger
}

// TxOption configures a TxManager.
type TxOption func(*txConfig)

// WithResendAfter sets how long a transaction may stay unmined before it is
// sent again with higher fees (default 3 s).
func WithResendAfter(d time.Duration) TxOption { return func(c *txConfig) { c.resendAfter = d } }

// WithTxPoll sets how often receipts are polled (default 50 ms).
func WithTxPoll(d time.Duration) TxOption { return func(c *txConfig) { c.poll = d } }

// WithLowFunds calls alarm whenever the key's balance is below threshold
// after a transaction (default: a warning in the log below 0.05 ETH).
func WithLowFunds(threshold *big.Int, alarm func(balance *big.Int)) TxOption {
	return func(c *txConfig) { c.lowFunds, c.alarm = threshold, alarm }
}

// WithTxLogger sets the logger (default slog.Default()).
func WithTxLogger(l *slog.Logger) TxOption { return func(c *txConfig) { c.log = l } }

// NewTxManager returns the manager of key's transactions on chain chainID.
func NewTxManager(b bind.Backend, key *ecdsa.PrivateKey, chainID *big.Int, opts ...TxOption) *TxManager {
	m := &TxManager{b: b, key: key, from: crypto.PubkeyToAddress(key.PublicKey), chainID: chainID,
		cfg: txConfig{resendAfter: 3 * time.Second, poll: 50 * time.Millisecond,
			lowFunds: new(big.Int).Div(big.NewInt(1e18), big.NewInt(20))}}
	for _, o := range opts {
		o(&m.cfg)
	}
	if m.cfg.log == nil {
		m.cfg.log = slog.Default()
	}
	if m.cfg.alarm == nil {
		m.cfg.alarm = func(bal *big.Int) {
			m.cfg.log.Warn("funds for gas are running low", "account", m.from.Hex(), "balance_wei", bal.String())
		}
	}
	return m
}

// From is the manager's account.
func (m *TxManager) From() common.Address { return m.from }

// Send sends data to `to` and waits for the receipt. A call the chain would
// refuse is refused at gas estimation (nothing is sent, no nonce used); a
// mined transaction that failed is an error with its receipt.
func (m *TxManager) Send(ctx context.Context, what string, to common.Address, data []byte) (*types.Receipt, error) {
	return m.SendValue(ctx, what, to, data, nil)
}

// SendValue is Send with value wei attached.
func (m *TxManager) SendValue(ctx context.Context, what string, to common.Address, data []byte, value *big.Int) (*types.Receipt, error) {
	msg := ethereum.CallMsg{From: m.from, To: &to, Data: data, Value: value}
	gas, err := m.b.EstimateGas(ctx, msg)
	if err != nil {
		if d, ok := revertData(err); ok {
			return nil, fmt.Errorf("%s: %w", what, decodeAnyRevert(d))
		}
		return nil, fmt.Errorf("%s: estimate gas: %w", what, err)
	}
	// The state may change before the transaction is mined (the other side
	// of a round posts first, and this move then completes the round), so
	// leave room; unused gas is not paid for.
	gas += gas/2 + 150_000
	tip, err := m.b.SuggestGasTipCap(ctx)
	if err != nil {
		return nil, fmt.Errorf("%s: gas tip: %w", what, err)
	}
	head, err := m.b.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("%s: head: %w", what, err)
	}
	feeCap := new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2)))

	m.mu.Lock()
	if !m.known {
		n, err := m.b.PendingNonceAt(ctx, m.from)
		if err != nil {
			m.mu.Unlock()
			return nil, fmt.Errorf("%s: nonce: %w", what, err)
		}
		m.nonce, m.known = n, true
	}
	nonce := m.nonce
	tx, err := m.sign(nonce, to, data, value, gas, tip, feeCap)
	if err == nil {
		err = m.b.SendTransaction(ctx, tx)
	}
	if err != nil {
		m.known = false // ask the chain again next time
		m.mu.Unlock()
		return nil, fmt.Errorf("%s: send: %w", what, err)
	}
	m.nonce++
	m.mu.Unlock()

	sent := []common.Hash{tx.Hash()}
	last := time.Now()
	for {
		for _, h := range sent {
			r, err := m.b.TransactionReceipt(ctx, h)
			if err == nil && r != nil {
				m.checkFunds(ctx)
				if r.Status != types.ReceiptStatusSuccessful {
					// Replay it on the parent state to learn why.
					parent := new(big.Int).Sub(r.BlockNumber, big.NewInt(1))
					if _, err := m.b.CallContract(ctx, ethereum.CallMsg{From: m.from, To: &to, Data: data, Value: value, Gas: gas}, parent); err != nil {
						if d, ok := revertData(err); ok {
							return r, fmt.Errorf("%s: transaction %s failed on chain (gas used %d): %w", what, h.Hex(), r.GasUsed, decodeAnyRevert(d))
						}
					}
					return r, fmt.Errorf("%s: transaction %s failed on chain (gas used %d)", what, h.Hex(), r.GasUsed)
				}
				return r, nil
			}
		}
		if time.Since(last) >= m.cfg.resendAfter {
			// Not mined: dropped, stuck behind low fees, or reorged out.
			// Resend under the same nonce with fees raised by a quarter (a
			// replacement needs at least +10%).
			tip = bump(tip)
			feeCap = bump(feeCap)
			if tx, err = m.sign(nonce, to, data, value, gas, tip, feeCap); err != nil {
				return nil, fmt.Errorf("%s: resign: %w", what, err)
			}
			if err := m.b.SendTransaction(ctx, tx); err != nil && !isKnownTxError(err) {
				m.cfg.log.Warn("resend failed", "what", what, "nonce", nonce, "err", err)
			} else {
				m.cfg.log.Info("resent a transaction that was not mined", "what", what, "nonce", nonce, "tx", tx.Hash().Hex())
				sent = append(sent, tx.Hash())
			}
			last = time.Now()
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("%s: waiting for %s: %w", what, sent[len(sent)-1].Hex(), ctx.Err())
		case <-time.After(m.cfg.poll):
		}
	}
}

func (m *TxManager) sign(nonce uint64, to common.Address, data []byte, value *big.Int, gas uint64, tip, feeCap *big.Int) (*types.Transaction, error) {
	tx := types.NewTx(&types.DynamicFeeTx{ChainID: m.chainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap,
		Gas: gas, To: &to, Data: data, Value: value})
	return types.SignTx(tx, types.LatestSignerForChainID(m.chainID), m.key)
}

func bump(x *big.Int) *big.Int {
	y := new(big.Int).Add(x, new(big.Int).Div(x, big.NewInt(4)))
	if y.Cmp(x) == 0 {
		y.Add(y, big.NewInt(1))
	}
	return y
}

func isKnownTxError(err error) bool {
	s := err.Error()
	return strings.Contains(s, "already known") || strings.Contains(s, "nonce too low")
}

func (m *TxManager) checkFunds(ctx context.Context) {
	bb, ok := m.b.(interface {
		BalanceAt(context.Context, common.Address, *big.Int) (*big.Int, error)
	})
	if !ok || m.cfg.lowFunds == nil {
		return
	}
	bal, err := bb.BalanceAt(ctx, m.from, nil)
	if err == nil && bal.Cmp(m.cfg.lowFunds) < 0 {
		m.cfg.alarm(bal)
	}
}

// knownABIs are the contracts whose custom errors a revert is decoded
// against, in this order (their error names do not collide).
var knownABIs = []struct {
	name string
	abi  *abi.ABI
}{
	{"registry", registryABI}, {"escrow", escrowABI},
	{"games", mustABI(bindings.GamesMetaData.ParseABI())},
	{"step", mustABI(bindings.MIPSStepMetaData.ParseABI())},
	{"preimage oracle", mustABI(bindings.PreimageOracleMetaData.ParseABI())},
	{"inference requests", mustABI(bindings.InferenceRequestsMetaData.ParseABI())},
}

// decodeAnyRevert decodes revert data against the project's contracts.
func decodeAnyRevert(data []byte) *RevertError {
	if len(data) >= 4 {
		for _, k := range knownABIs {
			for _, e := range k.abi.Errors {
				if bytesHasPrefix(data, e.ID[:4]) {
					return decodeRevert(k.name, k.abi, data)
				}
			}
		}
	}
	return decodeRevert("", nil, data)
}
