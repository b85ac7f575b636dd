package node

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"

	bparams "github.com/ethereum/go-ethereum/beacon/params"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/rmsnet/rms/market"
)

// HeaderTrust is the header the node's verified reads are proven against,
// as the configuration chooses it: a beacon light client (beacon_api,
// beacon_checkpoint, beacon_network), a trusted block hash
// (trusted_block), or nil for the default of the endpoint (ConnectChain).
func (c *Config) HeaderTrust() (market.HeaderTrust, error) {
	switch {
	case c.BeaconAPI != "" && c.TrustedBlock != "":
		return nil, errors.New("config: beacon_api and trusted_block both set: choose one header source")
	case c.BeaconAPI != "":
		cfg, ok := map[string]*bparams.ChainConfig{"mainnet": bparams.MainnetLightConfig,
			"sepolia": bparams.SepoliaLightConfig, "hoodi": bparams.HoodiLightConfig}[strings.ToLower(c.BeaconNetwork)]
		if !ok {
			return nil, fmt.Errorf("config: beacon_network %q: want mainnet, sepolia or hoodi", c.BeaconNetwork)
		}
		cp := cfg.Checkpoint
		if c.BeaconCheckpoint != "" {
			h, err := parseHash(c.BeaconCheckpoint)
			if err != nil {
				return nil, fmt.Errorf("config: beacon_checkpoint: %w", err)
			}
			cp = h
		}
		b, err := market.NewBeaconTrust(c.BeaconAPI, market.BeaconConfig{Chain: cfg, Checkpoint: cp})
		if err != nil {
			return nil, fmt.Errorf("config: %w", err)
		}
		return b, nil
	case c.TrustedBlock != "":
		h, err := parseHash(c.TrustedBlock)
		if err != nil {
			return nil, fmt.Errorf("config: trusted_block: %w", err)
		}
		return market.TrustedHash(h), nil
	}
	return nil, nil
}

func parseHash(s string) (common.Hash, error) {
	b, err := common.ParseHexOrString(s)
	if err != nil || len(b) != 32 || !strings.HasPrefix(s, "0x") {
		return common.Hash{}, fmt.Errorf("%q is not a 0x-prefixed 32-byte hash", s)
	}
	return common.BytesToHash(b), nil
}

// connectLight builds the node's verified reads (Parts.Light) on the chain
// endpoint's JSON-RPC client, proven at p.Trust; without one, at the head
// of an in-process chain (trusted as it is) or, for a remote endpoint, at
// the endpoint's own head (market.EndpointHead: values are proven, the
// header is not; the log says so).
func (p *Parts) connectLight(chainID *big.Int) error {
	var ep *rpc.Client
	trust := p.Trust
	switch c := p.Chain.(type) {
	case interface{ RPC() *rpc.Client }: // market/simchain: the chain runs in this process
		ep = c.RPC()
		if trust == nil {
			trust = market.TrustedHead{Chain: p.Chain}
		}
	case interface{ Client() *rpc.Client }: // ethclient
		ep = c.Client()
		if trust == nil {
			trust = market.EndpointHead{}
			if p.Log != nil {
				p.Log.Warn("verified reads trust the chain endpoint's head header: set trusted_block or beacon_api not to")
			}
		}
	default:
		return fmt.Errorf("node: the chain backend %T has no JSON-RPC client for verified reads", p.Chain)
	}
	l, err := market.NewLightRegistry(ep, chainID, p.Deployment.Registry, trust)
	if err != nil {
		return err
	}
	p.Light = l
	return nil
}

// activeServices are the services whose stake verified reads prove active
// (candidates from the registry's logs, each proven at the trusted header):
// what the user decides whom to trust on. The refused are logged.
func (p *Parts) activeServices(ctx context.Context) ([]*market.Service, error) {
	if p.Light == nil {
		return nil, errors.New("node: no verified reads (ConnectChain)")
	}
	active, refused, err := p.Light.Services(ctx, p.Registry, p.Deployment.Block)
	if err != nil {
		return nil, err
	}
	for _, r := range refused {
		if p.Log != nil {
			p.Log.Debug("service refused", "reason", r)
		}
	}
	return active, nil
}
