package node

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"io"
	"log/slog"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/rmsnet/rms/market"
	"github.com/rmsnet/rms/p2p"
)

// Parts are what every role is built from: the store, the p2p node, the
// chain clients and the node's Ethereum key. The caller owns them (Node
// closes those it opened).
type Parts struct {
	Store      *Store
	P2P        *p2p.Node
	Chain      market.Backend
	Deployment *market.Deployment
	Registry   *market.Registry
	// Light proves what the registry says (ConnectChain builds it, at the
	// header Trust gives; nil Trust: see connectLight).
	Light  *market.LightRegistry
	Trust  market.HeaderTrust
	Escrow *market.Escrow
	Key    *ecdsa.PrivateKey
	// Tx sends every transaction of Key (Registry, Escrow and games):
	// the key's one nonce source. ConnectChain makes it when nil.
	Tx *market.TxManager
	// Games sends and reads this key's dispute games; ConnectChain sets it
	// when the deployment has a Games contract (nil: no games).
	Games   *GameClient
	Log     *slog.Logger
	Metrics *Metrics
}

// ConnectChain fills Registry and Escrow from Chain and Deployment (and,
// with a key, Tx and Games, every client sending through Tx) and checks
// that the endpoint's chain id is the deployment's.
func (p *Parts) ConnectChain(ctx context.Context) error {
	if p.Chain == nil || p.Deployment == nil {
		return errors.New("node: no chain endpoint or deployment")
	}
	id, err := p.Chain.ChainID(ctx)
	if err != nil {
		return fmt.Errorf("node: chain id: %w", err)
	}
	if id.Uint64() != p.Deployment.ChainID {
		return fmt.Errorf("node: the endpoint is chain %d but the deployment is on chain %d", id.Uint64(), p.Deployment.ChainID)
	}
	if p.Registry, err = market.NewRegistry(ctx, p.Chain, p.Deployment.Registry); err != nil {
		return err
	}
	if p.Escrow, err = market.NewEscrow(ctx, p.Chain, p.Deployment.Escrow); err != nil {
		return err
	}
	if p.Key != nil {
		if p.Tx == nil {
			p.Tx = NewTxManager(p.Chain, p.Deployment, p.Key, 0, p.Log)
		}
		p.Registry.UseTxManager(p.Tx)
		p.Escrow.UseTxManager(p.Tx)
	}
	if p.Deployment.Games != (common.Address{}) && p.Tx != nil && p.Games == nil {
		if p.Games, err = NewGameClient(p.Chain, p.Deployment, p.Tx, 0); err != nil {
			return err
		}
	}
	return p.connectLight(id)
}

func (p *Parts) check(role string) error {
	switch {
	case p.Store == nil:
		return fmt.Errorf("node: %s: no store", role)
	case p.P2P == nil:
		return fmt.Errorf("node: %s: no p2p node", role)
	case p.Registry == nil || p.Escrow == nil:
		return fmt.Errorf("node: %s: no chain clients (ConnectChain)", role)
	case p.Key == nil:
		return fmt.Errorf("node: %s: no Ethereum key", role)
	}
	if p.Log == nil {
		p.Log = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	if p.Metrics == nil {
		p.Metrics = NewMetrics(nil)
	}
	return nil
}

// Address is the node's Ethereum address.
func (p *Parts) Address() common.Address { return crypto.PubkeyToAddress(p.Key.PublicKey) }
