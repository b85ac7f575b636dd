package main

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/rmsnet/rms/market"
)

func init() {
	register(command{
		Name:    "chain deploy",
		Summary: "deploy the Registry and Escrow contracts and write their addresses to JSON",
		Run:     runChainDeploy,
	})
}

// chainFlags are the flags every chain command shares.
type chainFlags struct {
	rpc, key, passwordFile, deployment string
}

func (c *chainFlags) add(fs *flag.FlagSet, deployment bool) {
	fs.StringVar(&c.rpc, "rpc", "http://127.0.0.1:8545", "Ethereum JSON-RPC endpoint")
	fs.StringVar(&c.key, "key", "", "Ethereum key: JSON keystore or a file with the hex private key")
	fs.StringVar(&c.passwordFile, "password-file", "", "keystore passphrase file (default: $"+market.PasswordEnv+")")
	if deployment {
		fs.StringVar(&c.deployment, "deployment", "deployment.json", "deployment file written by `rms chain deploy`")
	}
}

func (c *chainFlags) loadKey() (*ecdsa.PrivateKey, error) {
	if c.key == "" {
		return nil, fmt.Errorf("%w: --key is required", errUsage)
	}
	return market.LoadKey(c.key, c.passwordFile)
}

// session is a connected chain with the deployment loaded.
type session struct {
	client *ethclient.Client
	dep    *market.Deployment
}

func (s *session) Close() { s.client.Close() }

// dial connects to the endpoint and, when a deployment file is named,
// loads it and checks that it belongs to this chain.
func (c *chainFlags) dial(ctx context.Context) (*session, error) {
	if c.rpc == "" {
		return nil, fmt.Errorf("%w: --rpc is required", errUsage)
	}
	client, err := ethclient.DialContext(ctx, c.rpc)
	if err != nil {
		return nil, fmt.Errorf("connect to %s: %w", c.rpc, err)
	}
	s := &session{client: client}
	if c.deployment == "" {
		return s, nil
	}
	dep, err := market.LoadDeployment(c.deployment)
	if err != nil {
		client.Close()
		return nil, err
	}
	id, err := client.ChainID(ctx)
	if err != nil {
		client.Close()
		return nil, fmt.Errorf("chain id of %s: %w", c.rpc, err)
	}
	if !id.IsUint64() || id.Uint64() != dep.ChainID {
		client.Close()
		return nil, fmt.Errorf("%s is chain %s but %s was deployed on chain %d", c.rpc, id, c.deployment, dep.ChainID)
	}
	s.dep = dep
	return s, nil
}

func (s *session) registry(ctx context.Context) (*market.Registry, error) {
	return market.NewRegistry(ctx, s.client, s.dep.Registry)
}

func (s *session) escrow(ctx context.Context) (*market.Escrow, error) {
	return market.NewEscrow(ctx, s.client, s.dep.Escrow)
}

// parseAmount parses the amount flag --name (see market.ParseAmount).
func parseAmount(name, s string) (*big.Int, error) {
	if s == "" {
		return nil, fmt.Errorf("%w: --%s is required", errUsage, name)
	}
	v, err := market.ParseAmount(s)
	if err != nil {
		return nil, fmt.Errorf("%w: --%s: %v", errUsage, name, err)
	}
	return v, nil
}

func parseAddress(name, s string) (common.Address, error) {
	if !common.IsHexAddress(s) {
		return common.Address{}, fmt.Errorf("%w: --%s %q is not an address", errUsage, name, s)
	}
	return common.HexToAddress(s), nil
}

func runChainDeploy(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("chain deploy", stderr)
	var cf chainFlags
	cf.add(fs, false)
	def := market.DefaultDeployConfig()
	out := fs.String("out", "deployment.json", "where to write the deployment's addresses")
	minStake := fs.String("min-stake", "0.1eth", "least stake per service (wei, or with a unit: gwei, eth)")
	unbonding := fs.Duration("unbonding", def.UnbondingDelay, "delay between deregistering and withdrawing the stake")
	refundDelay := fs.Duration("refund-delay", def.RefundDelay, "delay between a refund request and its payment")
	rewardBps := fs.Uint("slash-reward-bps", uint(def.SlashRewardBps), "share of a slash paid to the beneficiary, in 1/10000 (the rest is burnt)")
	window := fs.Duration("dispute-window", def.DisputeWindow, "how long after a job's deadline its claims can be disputed")
	lifetime := fs.Duration("job-lifetime", def.MaxJobLifetime, "longest time between signing a job and its deadline")
	clock := fs.Duration("clock", def.Clock, "each party's chess clock in a game")
	bond := fs.String("game-bond", "0.01eth", "bond reserved from each party's stake per open game")
	arity := fs.Uint("arity", uint(def.Arity), "dissection arity of new games (2 … 64)")
	challenge := fs.Duration("challenge-window", def.ChallengeWindow, "oracle mode: how long after a request claims may be posted")
	callbackGas := fs.Uint64("callback-gas", def.CallbackGas, "oracle mode: the gas a request's callback gets")
	dispute := fs.String("dispute", "", "address of the dispute contract, the only slasher (empty: set later, once)")
	timeout := fs.Duration("timeout", 5*time.Minute, "give up waiting for the chain after this long")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	cfg := def
	var err error
	if cfg.MinStake, err = parseAmount("min-stake", *minStake); err != nil {
		return err
	}
	if *rewardBps > 10000 {
		return fmt.Errorf("%w: --slash-reward-bps %d is over 10000", errUsage, *rewardBps)
	}
	if cfg.GameBond, err = parseAmount("game-bond", *bond); err != nil {
		return err
	}
	if *arity > 64 {
		return fmt.Errorf("%w: --arity %d is over 64", errUsage, *arity)
	}
	cfg.UnbondingDelay, cfg.RefundDelay, cfg.SlashRewardBps = *unbonding, *refundDelay, uint16(*rewardBps)
	cfg.DisputeWindow, cfg.MaxJobLifetime, cfg.Clock, cfg.Arity = *window, *lifetime, *clock, uint8(*arity)
	cfg.ChallengeWindow, cfg.CallbackGas = *challenge, *callbackGas
	if err := cfg.Validate(); err != nil {
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	if *dispute != "" {
		if cfg.Dispute, err = parseAddress("dispute", *dispute); err != nil {
			return err
		}
	}
	key, err := cf.loadKey()
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(ctx, *timeout)
	defer cancel()
	s, err := cf.dial(ctx)
	if err != nil {
		return err
	}
	defer s.Close()
	dep, err := market.Deploy(ctx, s.client, key, cfg)
	if err != nil {
		return err
	}
	if err := dep.Save(*out); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "chain    %d\nregistry %s\nescrow   %s\nwritten  %s\n", dep.ChainID, dep.Registry.Hex(), dep.Escrow.Hex(), *out)
	return nil
}

// chainCommand is the flag set of a chain command (service, escrow): the
// shared chain flags, the command's own, and address and amount flags that
// are parsed, with errors naming the flag, right after the flag set.
type chainCommand struct {
	fs      *flag.FlagSet
	cf      chainFlags
	json    *bool
	parsers []func() error
}

// newChainCommand returns the flag set of command name with the chain flags
// (--rpc, --key, --password-file, --deployment) and --json.
func newChainCommand(name string, stderr io.Writer) *chainCommand {
	c := &chainCommand{fs: newFlagSet(name, stderr)}
	c.cf.add(c.fs, true)
	c.json = c.fs.Bool("json", false, "print the result as JSON")
	return c
}

// address adds the address flag --name; required means it must be given.
// The returned pointer holds the address after parse (zero when not given).
func (c *chainCommand) address(name, usage string, required bool) *common.Address {
	s := c.fs.String(name, "", usage)
	a := new(common.Address)
	c.parsers = append(c.parsers, func() error {
		if *s == "" && !required {
			return nil
		}
		v, err := parseAddress(name, *s)
		*a = v
		return err
	})
	return a
}

// amount adds the required amount flag --name (wei, or with a unit).
func (c *chainCommand) amount(name, usage string) **big.Int {
	s := c.fs.String(name, "", usage+" (wei, or with a unit: gwei, eth)")
	v := new(*big.Int)
	c.parsers = append(c.parsers, func() error {
		var err error
		*v, err = parseAmount(name, *s)
		return err
	})
	return v
}

// parse parses args, then the address and amount flags in the order they
// were added.
func (c *chainCommand) parse(args []string) error {
	if err := parseFlags(c.fs, args); err != nil {
		return err
	}
	for _, p := range c.parsers {
		if err := p(); err != nil {
			return err
		}
	}
	return nil
}

// connect bounds ctx by chainTimeout and dials the endpoint; done cancels
// and closes.
func (c *chainCommand) connect(ctx context.Context) (context.Context, *session, func(), error) {
	ctx, cancel := context.WithTimeout(ctx, chainTimeout)
	s, err := c.cf.dial(ctx)
	if err != nil {
		cancel()
		return nil, nil, nil, err
	}
	return ctx, s, func() { s.Close(); cancel() }, nil
}

// print writes v as one JSON object with --json, else text.
func (c *chainCommand) print(w io.Writer, v any, text string) error {
	if *c.json {
		return json.NewEncoder(w).Encode(v)
	}
	_, err := io.WriteString(w, text)
	return err
}

// txManager is the key's transaction manager on the session's chain.
func (s *session) txManager(key *ecdsa.PrivateKey) *market.TxManager {
	return market.NewTxManager(s.client, key, new(big.Int).SetUint64(s.dep.ChainID))
}
