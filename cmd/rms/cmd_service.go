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

	"github.com/rmsnet/rms/market"
	"github.com/rmsnet/rms/merkle"
)

func init() {
	register(command{Name: "service register", Summary: "stake and register a service in the Registry", Run: runServiceRegister})
	register(command{Name: "service update", Summary: "change a service's price per job", Run: runServiceUpdate})
	register(command{Name: "service deregister", Summary: "stop a service and start its unbonding delay", Run: runServiceDeregister})
	register(command{Name: "service withdraw", Summary: "withdraw a deregistered service's stake after unbonding", Run: runServiceWithdraw})
	register(command{Name: "service list", Summary: "list registered services with verified peer bindings", Run: runServiceList})
}

const chainTimeout = 5 * time.Minute

func parseServiceID(s string) (market.ServiceID, error) {
	if s == "" {
		return market.ServiceID{}, fmt.Errorf("%w: --id is required", errUsage)
	}
	id, err := market.ParseServiceID(s)
	if err != nil {
		return id, fmt.Errorf("%w: --id: %v", errUsage, err)
	}
	return id, nil
}

func parseRoot(name, s string) (merkle.Hash, error) {
	if s == "" {
		return merkle.Hash{}, fmt.Errorf("%w: --%s is required", errUsage, name)
	}
	h, err := merkle.ParseHash(s)
	if err != nil {
		return h, fmt.Errorf("%w: --%s: %v", errUsage, name, err)
	}
	return h, nil
}

// classFlags name a service class: its id, or the three roots and the two
// numbers the id is made of.
type classFlags struct {
	id, model, program, image *string
	traceHeight, stepsLog2    *uint
}

func (c *classFlags) add(fs *flag.FlagSet) {
	c.id = fs.String("class", "", "id of a class already defined on chain (instead of --model, --program, --image …)")
	c.model = fs.String("model", "", "word-tree root of the model manifest (0x + 64 hex digits)")
	c.program = fs.String("program", "", "word-tree root of the program")
	c.image = fs.String("image", "", "root of the guest image, the prestate of every game (`rms vm image`)")
	c.traceHeight = fs.Uint("trace-height", 0, "the program's trace height (capacity 2^H ops)")
	c.stepsLog2 = fs.Uint("steps-log2", 0, "step bound of the class: no op takes more than 2^N VM steps")
}

// parse returns the class (nil when only --class was given) and its id.
func (c *classFlags) parse() (*market.Class, market.ClassID, error) {
	roots := *c.model != "" || *c.program != "" || *c.image != "" || *c.traceHeight != 0 || *c.stepsLog2 != 0
	if *c.id != "" {
		if roots {
			return nil, market.ClassID{}, fmt.Errorf("%w: give --class or the class's roots (--model, --program, --image, --trace-height, --steps-log2), not both", errUsage)
		}
		id, err := market.ParseClassID(*c.id)
		if err != nil {
			return nil, id, fmt.Errorf("%w: --class: %v", errUsage, err)
		}
		return nil, id, nil
	}
	var cl market.Class
	var err error
	if cl.ModelRoot, err = parseRoot("model", *c.model); err != nil {
		return nil, market.ClassID{}, err
	}
	if cl.ProgramRoot, err = parseRoot("program", *c.program); err != nil {
		return nil, market.ClassID{}, err
	}
	if cl.ImageRoot, err = parseRoot("image", *c.image); err != nil {
		return nil, market.ClassID{}, err
	}
	if *c.traceHeight > market.MaxClassTraceHeight {
		return nil, market.ClassID{}, fmt.Errorf("%w: --trace-height %d is over %d", errUsage, *c.traceHeight, market.MaxClassTraceHeight)
	}
	if *c.stepsLog2 == 0 || *c.stepsLog2 > market.MaxClassStepsLog2 {
		return nil, market.ClassID{}, fmt.Errorf("%w: --steps-log2 must be 1 … %d", errUsage, market.MaxClassStepsLog2)
	}
	cl.TraceHeight, cl.StepsLog2 = uint8(*c.traceHeight), uint8(*c.stepsLog2)
	return &cl, cl.ID(), nil
}

func runServiceRegister(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	c := newChainCommand("service register", stderr)
	var cl classFlags
	cl.add(c.fs)
	price := c.fs.String("price", "", "price per job (wei, or with a unit: gwei, eth)")
	stake := c.fs.String("stake", "", "stake sent with the registration (at least the registry's minimum)")
	peerKey := c.fs.String("peer-key", "", "the node's libp2p private key (go-libp2p marshalled, raw or base64)")
	if err := c.parse(args); err != nil {
		return err
	}
	class, classID, err := cl.parse()
	if err != nil {
		return err
	}
	priceWei, err := parseAmount("price", *price)
	if err != nil {
		return err
	}
	stakeWei, err := parseAmount("stake", *stake)
	if err != nil {
		return err
	}
	if *peerKey == "" {
		return fmt.Errorf("%w: --peer-key is required", errUsage)
	}
	pk, err := market.LoadPeerKey(*peerKey)
	if err != nil {
		return err
	}
	key, err := c.cf.loadKey()
	if err != nil {
		return err
	}
	ctx, s, done, err := c.connect(ctx)
	if err != nil {
		return err
	}
	defer done()
	reg, err := s.registry(ctx)
	if err != nil {
		return err
	}
	id, rcpt, err := reg.Register(ctx, key, market.ServiceSpec{
		Class: class, ClassID: classID, Price: priceWei, Stake: stakeWei, PeerKey: pk,
	})
	if err != nil {
		return err
	}
	return c.print(stdout, map[string]any{"service": id, "class": classID, "tx": rcpt.TxHash, "gas": rcpt.GasUsed},
		fmt.Sprintf("service %s\nclass   %s\ntx      %s (gas %d)\n", id.Hex(), classID.Hex(), rcpt.TxHash.Hex(), rcpt.GasUsed))
}

// serviceTx runs a one-service transaction command: update, deregister, withdraw.
func serviceTx(ctx context.Context, name string, args []string, stdout, stderr io.Writer, withPrice bool,
	do func(ctx context.Context, reg *market.Registry, key *ecdsa.PrivateKey, id market.ServiceID, price *big.Int) (string, error)) error {
	c := newChainCommand(name, stderr)
	idFlag := c.fs.String("id", "", "service id")
	priceWei := new(*big.Int)
	if withPrice {
		priceWei = c.amount("price", "new price per job")
	}
	if err := c.parse(args); err != nil {
		return err
	}
	id, err := parseServiceID(*idFlag)
	if err != nil {
		return err
	}
	key, err := c.cf.loadKey()
	if err != nil {
		return err
	}
	ctx, s, done, err := c.connect(ctx)
	if err != nil {
		return err
	}
	defer done()
	reg, err := s.registry(ctx)
	if err != nil {
		return err
	}
	msg, err := do(ctx, reg, key, id, *priceWei)
	if err != nil {
		return err
	}
	return c.print(stdout, map[string]any{"service": id, "result": msg}, msg+"\n")
}

func runServiceUpdate(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	return serviceTx(ctx, "service update", args, stdout, stderr, true,
		func(ctx context.Context, reg *market.Registry, key *ecdsa.PrivateKey, id market.ServiceID, price *big.Int) (string, error) {
			rcpt, err := reg.UpdatePrice(ctx, key, id, price)
			if err != nil {
				return "", err
			}
			return fmt.Sprintf("price of %s is now %s wei (tx %s)", id.Hex(), price, rcpt.TxHash.Hex()), nil
		})
}

func runServiceDeregister(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	return serviceTx(ctx, "service deregister", args, stdout, stderr, false,
		func(ctx context.Context, reg *market.Registry, key *ecdsa.PrivateKey, id market.ServiceID, _ *big.Int) (string, error) {
			rcpt, err := reg.Deregister(ctx, key, id)
			if err != nil {
				return "", err
			}
			svc, err := reg.Service(ctx, id)
			if err != nil {
				return "", err
			}
			return fmt.Sprintf("deregistered %s; stake withdrawable from %s (tx %s)", id.Hex(),
				time.Unix(int64(min(svc.UnbondingEnds, 1<<62)), 0).UTC().Format(time.RFC3339), rcpt.TxHash.Hex()), nil
		})
}

func runServiceWithdraw(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	return serviceTx(ctx, "service withdraw", args, stdout, stderr, false,
		func(ctx context.Context, reg *market.Registry, key *ecdsa.PrivateKey, id market.ServiceID, _ *big.Int) (string, error) {
			rcpt, err := reg.Withdraw(ctx, key, id)
			if err != nil {
				return "", err
			}
			return fmt.Sprintf("withdrew the stake of %s (tx %s)", id.Hex(), rcpt.TxHash.Hex()), nil
		})
}

// serviceJSON is one line of `rms service list --json`.
type serviceJSON struct {
	ID            market.ServiceID `json:"id"`
	Provider      common.Address   `json:"provider"`
	Class         market.ClassID   `json:"class"`
	Price         string           `json:"price"`
	Stake         string           `json:"stake"`
	Reserved      string           `json:"reserved"`
	OpenGames     uint32           `json:"openGames"`
	PeerID        string           `json:"peerId"`
	Active        bool             `json:"active"`
	UnbondingEnds uint64           `json:"unbondingEnds,omitempty"`
}

func runServiceList(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	c := newChainCommand("service list", stderr) // --json: one JSON object per line
	provAddr := c.address("provider", "only this provider's services", false)
	from := c.fs.Uint64("from", 0, "first block to scan for registrations (default: the deployment's block)")
	if err := c.parse(args); err != nil {
		return err
	}
	asJSON := c.json
	var prov *common.Address
	if *provAddr != (common.Address{}) {
		prov = provAddr
	}
	ctx, s, done, err := c.connect(ctx)
	if err != nil {
		return err
	}
	defer done()
	reg, err := s.registry(ctx)
	if err != nil {
		return err
	}
	start := s.dep.Block
	c.fs.Visit(func(f *flag.Flag) {
		if f.Name == "from" {
			start = *from
		}
	})
	svcs, skipped, err := reg.Services(ctx, start, prov)
	if err != nil {
		return err
	}
	for _, e := range skipped {
		fmt.Fprintf(stderr, "skipped: %v\n", e)
	}
	enc := json.NewEncoder(stdout)
	for _, sv := range svcs {
		if *asJSON {
			if err := enc.Encode(serviceJSON{ID: sv.ID, Provider: sv.Provider, Class: sv.Class,
				Price: sv.Price.String(), Stake: sv.Stake.String(), Reserved: sv.Reserved.String(), OpenGames: sv.OpenGames, PeerID: sv.PeerID.String(), Active: sv.Active,
				UnbondingEnds: sv.UnbondingEnds}); err != nil {
				return err
			}
			continue
		}
		state := "active"
		if !sv.Active {
			state = "inactive"
			if sv.UnbondingEnds != 0 {
				state = "unbonding until " + time.Unix(int64(min(sv.UnbondingEnds, 1<<62)), 0).UTC().Format(time.RFC3339)
			}
		}
		if sv.OpenGames != 0 {
			state += fmt.Sprintf(", in %d open games", sv.OpenGames)
		}
		fmt.Fprintf(stdout, "%s provider %s peer %s price %s wei stake %s class %s %s\n",
			sv.ID.Hex(), sv.Provider.Hex(), sv.PeerID, sv.Price, market.FormatAmount(sv.Stake), sv.Class.Hex(), state)
	}
	return nil
}
