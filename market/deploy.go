package market

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/rmsnet/rms/contracts/bindings"
)

// DeployConfig holds the deployment-time parameters of the contracts.
type DeployConfig struct {
	MinStake       *big.Int       // least stake per service, wei
	UnbondingDelay time.Duration  // after deregistering, before the stake can be withdrawn
	SlashRewardBps uint16         // share of a slash paid to the beneficiary, in 1/10000
	Dispute        common.Address // the only slasher; zero to set it later, once
	RefundDelay    time.Duration  // after a refund request, before it can be completed
}

// DefaultDeployConfig is a configuration suitable for a development chain.
func DefaultDeployConfig() DeployConfig {
	return DeployConfig{
		MinStake:       new(big.Int).Exp(big.NewInt(10), big.NewInt(17), nil), // 0.1 ETH
		UnbondingDelay: 7 * 24 * time.Hour,
		SlashRewardBps: 5000,
		RefundDelay:    24 * time.Hour,
	}
}

// Deployment records where the contracts live; `rms chain deploy` writes it
// as JSON and the other commands read it.
type Deployment struct {
	ChainID  uint64         `json:"chainId"`
	Registry common.Address `json:"registry"`
	Escrow   common.Address `json:"escrow"`
	Deployer common.Address `json:"deployer"`
	// Block is the block of the Registry's deployment: log scans start there.
	Block uint64 `json:"block,omitempty"`
	// Gas used by each deployment transaction.
	Gas map[string]uint64 `json:"gas,omitempty"`
}

// RegistryDomain is the EIP-712 domain of jobs and claims in this deployment.
func (d *Deployment) RegistryDomain() Domain {
	return RegistryDomain(new(big.Int).SetUint64(d.ChainID), d.Registry)
}

// EscrowDomain is the EIP-712 domain of vouchers in this deployment.
func (d *Deployment) EscrowDomain() Domain {
	return EscrowDomain(new(big.Int).SetUint64(d.ChainID), d.Escrow)
}

// Save writes the deployment as indented JSON.
func (d *Deployment) Save(path string) error {
	b, err := json.MarshalIndent(d, "", "  ")
	if err != nil {
		return err
	}
	if err := os.WriteFile(path, append(b, '\n'), 0o644); err != nil {
		return fmt.Errorf("save deployment: %w", err)
	}
	return nil
}

// LoadDeployment reads a deployment file written by Save.
func LoadDeployment(path string) (*Deployment, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("load deployment: %w", err)
	}
	var d Deployment
	if err := json.Unmarshal(b, &d); err != nil {
		return nil, fmt.Errorf("load deployment %s: %w", path, err)
	}
	if d.Registry == (common.Address{}) || d.Escrow == (common.Address{}) || d.ChainID == 0 {
		return nil, fmt.Errorf("load deployment %s: chainId, registry and escrow are required", path)
	}
	return &d, nil
}

// Deploy deploys the Registry and the Escrow with key and waits for both.
func Deploy(ctx context.Context, b Backend, key *ecdsa.PrivateKey, cfg DeployConfig) (*Deployment, error) {
	if key == nil {
		return nil, errors.New("deploy: no key")
	}
	if cfg.MinStake == nil || cfg.MinStake.Sign() < 0 {
		return nil, errors.New("deploy: minimum stake must be set and not negative")
	}
	if cfg.SlashRewardBps > 10000 {
		return nil, fmt.Errorf("deploy: slash reward %d bps is over 10000", cfg.SlashRewardBps)
	}
	if cfg.UnbondingDelay < 0 || cfg.RefundDelay < 0 {
		return nil, errors.New("deploy: delays must not be negative")
	}
	chainID, err := b.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("deploy: chain id: %w", err)
	}
	d := &Deployment{ChainID: chainID.Uint64(), Deployer: crypto.PubkeyToAddress(key.PublicKey), Gas: map[string]uint64{}}
	deploy := func(name string, meta *bind.MetaData, args []byte) (common.Address, error) {
		opts := bind.NewKeyedTransactor(key, chainID)
		opts.Context = ctx
		code := common.FromHex(meta.Bin)
		addr, tx, err := bind.DeployContract(opts, code, b, args)
		if err != nil {
			if data, ok := revertData(err); ok {
				return addr, fmt.Errorf("deploy %s: %w", name, decodeRevert(name, nil, data))
			}
			return addr, fmt.Errorf("deploy %s: %w", name, err)
		}
		rcpt, err := waitMined(ctx, b, tx.Hash(), 100*time.Millisecond)
		if err != nil {
			return addr, fmt.Errorf("deploy %s: wait for %s: %w", name, tx.Hash().Hex(), err)
		}
		if rcpt.Status != 1 {
			return addr, fmt.Errorf("deploy %s: transaction %s failed", name, tx.Hash().Hex())
		}
		d.Gas[name] = rcpt.GasUsed
		if name == "registry" {
			d.Block = rcpt.BlockNumber.Uint64()
		}
		return addr, nil
	}
	reg := bindings.NewRegistry()
	d.Registry, err = deploy("registry", &bindings.RegistryMetaData,
		reg.PackConstructor(cfg.MinStake, uint64(cfg.UnbondingDelay/time.Second), cfg.SlashRewardBps, cfg.Dispute))
	if err != nil {
		return nil, err
	}
	esc := bindings.NewEscrow()
	d.Escrow, err = deploy("escrow", &bindings.EscrowMetaData, esc.PackConstructor(uint64(cfg.RefundDelay/time.Second)))
	if err != nil {
		return nil, err
	}
	return d, nil
}
