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
// Durations are whole seconds (the chain counts seconds); Deploy refuses
// anything else rather than rounding.
type DeployConfig struct {
	MinStake       *big.Int       // least stake per service, wei; not zero
	UnbondingDelay time.Duration  // after deregistering, before the stake can be withdrawn
	SlashRewardBps uint16         // share of a slash paid to the beneficiary, in 1/10000
	Dispute        common.Address // the only slasher; zero: Deploy deploys Games as the slasher
	WithoutGames   bool           // with a zero Dispute: deploy no games, set the slasher later, once
	RefundDelay    time.Duration  // after a refund request, before it can be completed

	// The dispute game's parameters. A claim stays disputable until its
	// job's deadline plus DisputeWindow; a job's deadline is at most
	// MaxJobLifetime ahead of its signing; each party of a game has a chess
	// clock of Clock. The unbonding delay must cover all three
	// (MinUnbondingDelay), so a provider that signs and deregisters at once
	// is still slashable for any game that can be opened about its claim.
	DisputeWindow  time.Duration
	MaxJobLifetime time.Duration
	Clock          time.Duration
	GameBond       *big.Int // reserved from each party's stake per open game, wei
	Arity          uint8    // dissection arity of new games (2 … 64)

	// Oracle mode: how long after a request providers may answer it, and
	// the gas the result's callback gets (a callback that stores its result
	// needs about 110,000 gas per new storage slot under EIP-8037's state
	// gas, which go-ethereum's development fork set and geth --dev enable;
	// about 22,000 under mainnet's Osaka rules).
	ChallengeWindow time.Duration
	CallbackGas     uint64
}

// DefaultDeployConfig is a configuration suitable for a development chain.
func DefaultDeployConfig() DeployConfig {
	return DeployConfig{
		MinStake:       new(big.Int).Exp(big.NewInt(10), big.NewInt(17), nil), // 0.1 ETH
		UnbondingDelay: 7 * 24 * time.Hour,
		SlashRewardBps: 5000,
		RefundDelay:    24 * time.Hour,
		DisputeWindow:  24 * time.Hour,
		MaxJobLifetime: 24 * time.Hour,
		Clock:          24 * time.Hour,
		GameBond:       new(big.Int).Exp(big.NewInt(10), big.NewInt(16), nil), // 0.01 ETH
		Arity:          16,

		ChallengeWindow: time.Hour,
		CallbackGas:     1_000_000,
	}
}

// LongestGame is the most time a game can stay open before anyone can end
// it: both parties' clocks run out.
func (c *DeployConfig) LongestGame() time.Duration { return 2 * c.Clock }

// MinUnbondingDelay is the shortest unbonding delay the game allows: the
// longest job lifetime, the dispute window after its deadline and the
// longest game.
func (c *DeployConfig) MinUnbondingDelay() time.Duration {
	return c.MaxJobLifetime + c.DisputeWindow + c.LongestGame()
}

// Validate checks the configuration the way Deploy does, naming the first
// problem.
func (c *DeployConfig) Validate() error {
	if c.MinStake == nil || c.MinStake.Sign() <= 0 {
		return errors.New("deploy: the minimum stake must be above zero")
	}
	if c.SlashRewardBps > 10000 {
		return fmt.Errorf("deploy: slash reward %d bps is over 10000", c.SlashRewardBps)
	}
	for _, d := range []struct {
		name string
		v    time.Duration
		zero bool // zero allowed
	}{
		{"unbonding delay", c.UnbondingDelay, false},
		{"refund delay", c.RefundDelay, true},
		{"dispute window", c.DisputeWindow, false},
		{"job lifetime", c.MaxJobLifetime, false},
		{"clock", c.Clock, false},
		{"challenge window", c.ChallengeWindow, false},
	} {
		switch {
		case d.v < 0 || (d.v == 0 && !d.zero):
			return fmt.Errorf("deploy: the %s is %s; it must be above zero", d.name, d.v)
		case d.v%time.Second != 0:
			return fmt.Errorf("deploy: the %s %s is not a whole number of seconds", d.name, d.v)
		case d.v > maxDeployDuration:
			return fmt.Errorf("deploy: the %s %s is over %s", d.name, d.v, maxDeployDuration)
		}
	}
	if min := c.MinUnbondingDelay(); c.UnbondingDelay < min {
		return fmt.Errorf("deploy: the unbonding delay %s is shorter than the job lifetime %s + dispute window %s + longest game %s = %s",
			c.UnbondingDelay, c.MaxJobLifetime, c.DisputeWindow, c.LongestGame(), min)
	}
	if c.GameBond == nil || c.GameBond.Sign() <= 0 {
		return errors.New("deploy: the game bond must be above zero")
	}
	if c.GameBond.Cmp(c.MinStake) > 0 {
		return fmt.Errorf("deploy: the game bond %s is above the minimum stake %s, so a minimal stake could not be disputed", c.GameBond, c.MinStake)
	}
	if c.Arity < 2 || c.Arity > 64 {
		return fmt.Errorf("deploy: arity %d is outside 2 … 64", c.Arity)
	}
	return nil
}

// maxDeployDuration bounds every duration (about 10 years), far below the
// uint64 seconds the contracts hold.
const maxDeployDuration = 10 * 365 * 24 * time.Hour

// Deployment records where the contracts live; `rms chain deploy` writes it
// as JSON and the other commands read it.
type Deployment struct {
	ChainID  uint64         `json:"chainId"`
	Registry common.Address `json:"registry"`
	Escrow   common.Address `json:"escrow"`
	Deployer common.Address `json:"deployer"`
	// The dispute contracts, when Deploy deployed them (no Dispute address
	// was given): Games (the only slasher), the step and its preimage oracle.
	Games    common.Address `json:"games,omitempty"`
	Step     common.Address `json:"step,omitempty"`
	Oracle   common.Address `json:"oracle,omitempty"`
	Requests common.Address `json:"requests,omitempty"` // InferenceRequests (oracle mode)
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
// Without cfg.Dispute it also deploys the dispute contracts (PreimageOracle,
// MIPSStep, Games, InferenceRequests) and makes Games the registry's only
// slasher.
func Deploy(ctx context.Context, b Backend, key *ecdsa.PrivateKey, cfg DeployConfig) (*Deployment, error) {
	if key == nil {
		return nil, errors.New("deploy: no key")
	}
	if err := cfg.Validate(); err != nil {
		return nil, err
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
	if cfg.Dispute != (common.Address{}) || cfg.WithoutGames {
		return d, nil
	}
	if d.Oracle, err = deploy("oracle", &bindings.PreimageOracleMetaData, nil); err != nil {
		return nil, err
	}
	if d.Step, err = deploy("step", &bindings.MIPSStepMetaData, bindings.NewMIPSStep().PackConstructor(d.Oracle)); err != nil {
		return nil, err
	}
	secs := func(x time.Duration) uint64 { return uint64(x / time.Second) }
	d.Games, err = deploy("games", &bindings.GamesMetaData, bindings.NewGames().PackConstructor(d.Registry, d.Step, d.Oracle,
		secs(cfg.DisputeWindow), secs(cfg.MaxJobLifetime), secs(cfg.Clock), cfg.GameBond, cfg.Arity))
	if err != nil {
		return nil, err
	}
	d.Requests, err = deploy("requests", &bindings.InferenceRequestsMetaData, bindings.NewInferenceRequests().PackConstructor(
		d.Registry, d.Games, secs(cfg.ChallengeWindow), cfg.CallbackGas))
	if err != nil {
		return nil, err
	}
	r, err := NewRegistry(ctx, b, d.Registry)
	if err != nil {
		return nil, err
	}
	rcpt, err := r.SetDispute(ctx, key, d.Games)
	if err != nil {
		return nil, fmt.Errorf("deploy: make games the slasher: %w", err)
	}
	d.Gas["setDispute"] = rcpt.GasUsed
	return d, nil
}
