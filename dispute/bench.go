package dispute

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	p2pcrypto "github.com/libp2p/go-libp2p/core/crypto"

	"github.com/rmsnet/rms/market"
	"github.com/rmsnet/rms/market/simchain"
	"github.com/rmsnet/rms/merkle"
	"github.com/rmsnet/rms/model"
	"github.com/rmsnet/rms/vm"
)

// BenchConfig is one benchmark game: an honest provider against a cheater
// on the simulated chain.
type BenchConfig struct {
	Model     *model.Model
	Input     model.Tensor
	Guest     *vm.Program
	Arity     uint8 // 2 … 64
	StepsLog2 uint8 // the class's step bound (22 fits every MNIST op)
	// Cheat is where the cheater lies: "final" (its last output, VM
	// states true until the end), "op:N" (output N and the final one),
	// "start", "middle" or "end" (the last output, VM states false from the
	// first step, the middle or the last step of the op).
	Cheat string
	// Backend and Keys (three funded keys: user and deployer, honest,
	// cheater) play the game on another chain, such as geth --dev; without
	// them it runs on a fresh simulated chain under the Osaka rules.
	Backend market.Backend
	Keys    []*ecdsa.PrivateKey
}

// PartyCost is what one party sent.
type PartyCost struct {
	Txs int    `json:"txs"`
	Gas uint64 `json:"gas"`
}

// BenchResult is what one benchmark game measured.
type BenchResult struct {
	Arity    uint8                `json:"arity"`
	Cheat    string               `json:"cheat"`
	Wall     time.Duration        `json:"wall_ns"`
	Rounds   int                  `json:"rounds"`
	Op       uint64               `json:"op"`
	OpSteps  uint64               `json:"op_steps"`
	VMSteps  uint64               `json:"vm_steps"` // executed off chain by the honest prover
	Parties  map[string]PartyCost `json:"parties"`  // user (opens), honest, cheater
	Winner   string               `json:"winner"`
	TotalTxs int                  `json:"total_txs"`
	TotalGas uint64               `json:"total_gas"`
}

// Bench plays one game and measures it. The native run and the class
// setup are not timed; the wall time runs from the opening transaction to
// the resolution, with the honest prover's VM work inside it.
func Bench(ctx context.Context, cfg BenchConfig) (*BenchResult, error) {
	if cfg.Model == nil || cfg.Guest == nil {
		return nil, fmt.Errorf("bench dispute: model and guest are required")
	}
	if cfg.StepsLog2 == 0 {
		cfg.StepsLog2 = 22
	}
	job, err := vm.NewJob(ctx, cfg.Model, cfg.Input)
	if err != nil {
		return nil, err
	}
	honest, err := TraceOf(&cfg.Model.Program, job.Result)
	if err != nil {
		return nil, err
	}
	n := len(honest.Outputs)
	outs := append([]merkle.Hash(nil), honest.Outputs...)
	from := float64(-1)
	switch c := cfg.Cheat; {
	case c == "" || c == "final":
		cfg.Cheat = "final"
	case c == "start":
		from = 0
	case c == "middle":
		from = 0.5
	case c == "end":
		from = 1
	case strings.HasPrefix(c, "op:"):
		m, err := strconv.Atoi(c[3:])
		if err != nil || m < 0 || m >= n {
			return nil, fmt.Errorf("bench dispute: --cheat %s: want op:N with N in 0 … %d", c, n-1)
		}
		outs[m] = merkle.Keccak([]byte("wrong output"), []byte{byte(m)})
		from = 0.5
	default:
		return nil, fmt.Errorf("bench dispute: unknown --cheat %q (final, op:N, start, middle, end)", c)
	}
	outs[n-1] = merkle.Keccak([]byte("wrong final output"))
	cheat, err := NewTrace(honest.Height, outs)
	if err != nil {
		return nil, err
	}

	b, keys := cfg.Backend, cfg.Keys
	if b == nil {
		chain, k, err := simchain.NewFunded(3, new(big.Int).Mul(simchain.Ether, big.NewInt(100)), simchain.MainnetRules())
		if err != nil {
			return nil, err
		}
		defer chain.Close()
		b, keys = chain.Client(), k
	}
	if len(keys) != 3 {
		return nil, fmt.Errorf("bench dispute: %d keys, want 3", len(keys))
	}
	dc := market.DefaultDeployConfig()
	dc.Arity = cfg.Arity
	dep, err := market.Deploy(ctx, b, keys[0], dc)
	if err != nil {
		return nil, err
	}
	reg, err := market.NewRegistry(ctx, b, dep.Registry)
	if err != nil {
		return nil, err
	}
	img := vmImageRoot(cfg.Guest)
	in := job.Inputs(0)
	class := market.Class{ModelRoot: in.Model, ProgramRoot: in.Program, ImageRoot: img,
		TraceHeight: uint8(honest.Height), StepsLog2: cfg.StepsLog2}
	svc := map[*ecdsa.PrivateKey]market.ServiceID{}
	for _, k := range keys[1:] {
		pk, _, err := p2pcrypto.GenerateEd25519Key(nil)
		if err != nil {
			return nil, err
		}
		id, _, err := reg.Register(ctx, k, market.ServiceSpec{Class: &class, Price: big.NewInt(1), Stake: dc.MinStake, PeerKey: pk})
		if err != nil {
			return nil, err
		}
		svc[k] = id
	}
	d := reg.Domain()
	user := keys[0]
	sj, err := market.SignJob(market.Job{Class: class.ID(), InputRoot: in.Input, User: crypto.PubkeyToAddress(user.PublicKey), Nonce: 1,
		Deadline: uint64(time.Now().Add(time.Hour).Unix())}, d, user)
	if err != nil {
		return nil, err
	}
	claim := func(k *ecdsa.PrivateKey, tr *Trace) (*ClaimWithTrace, error) {
		sc, err := market.SignClaim(market.Claim{JobHash: sj.Hash(d), OutputRoot: tr.Output(), TraceRoot: tr.Root(),
			Provider: crypto.PubkeyToAddress(k.PublicKey)}, d, k)
		return &ClaimWithTrace{Claim: sc, Service: svc[k], Trace: tr}, err
	}
	hc, err := claim(keys[1], honest)
	if err != nil {
		return nil, err
	}
	cc, err := claim(keys[2], cheat)
	if err != nil {
		return nil, err
	}
	prover, err := NewVMProver(cfg.Guest, job)
	if err != nil {
		return nil, err
	}
	k, _ := FirstDivergence(honest, cheat)
	games := NewGames(b, dep.Games)
	oracle := NewOracle(b, dep.Oracle, nil)
	chainID, _ := b.ChainID(ctx)
	res := &BenchResult{Arity: cfg.Arity, Cheat: cfg.Cheat, Op: k, Parties: map[string]PartyCost{}}
	var mu sync.Mutex
	count := func(who string) func(MoveKind, uint64) {
		return func(_ MoveKind, g uint64) {
			mu.Lock()
			defer mu.Unlock()
			c := res.Parties[who]
			c.Txs++
			c.Gas += g
			res.Parties[who] = c
		}
	}

	start := time.Now()
	id, rcpt, err := games.Open(ctx, market.NewTxManager(b, user, chainID, market.WithTxPoll(2*time.Millisecond)), d, &sj, hc, cc)
	if err != nil {
		return nil, err
	}
	count("user")(MoveWait, rcpt.GasUsed)
	// The liar's run is the honest one until it starts lying (its own VM
	// work is not counted).
	liarProver, err := NewVMProver(cfg.Guest, job)
	if err != nil {
		return nil, err
	}
	steps, err := liarProver.Steps(ctx, k)
	if err != nil {
		return nil, err
	}
	lieFrom := uint64(1) << 62
	if from >= 0 {
		lieFrom = uint64(from * float64(steps))
	}
	liar := &Liar{Honest: liarProver, From: lieFrom, Acc: cheat.Acc(k + 1), Salt: 1}
	players := []*Player{
		{Games: games, Oracle: oracle, Strategy: Honest{prover}, Poll: 2 * time.Millisecond, Gas: count("honest"),
			Tx: market.NewTxManager(b, keys[1], chainID, market.WithTxPoll(2*time.Millisecond))},
		{Games: games, Oracle: oracle, Strategy: Honest{liar}, Poll: 2 * time.Millisecond, Gas: count("cheater"),
			Tx: market.NewTxManager(b, keys[2], chainID, market.WithTxPoll(2*time.Millisecond))},
	}
	var wg sync.WaitGroup
	results := make([]*Outcome, 2)
	errs := make([]error, 2)
	for i, p := range players {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i], errs[i] = p.Play(ctx, id)
		}()
	}
	wg.Wait()
	res.Wall = time.Since(start)
	for _, e := range errs {
		if e != nil {
			return nil, e
		}
	}
	switch {
	case results[0].Won && !results[1].Won:
		res.Winner = "honest"
	case results[1].Won && !results[0].Won:
		res.Winner = "cheater"
	default:
		res.Winner = "none"
	}
	evs, err := games.Events(ctx, id)
	if err != nil {
		return nil, err
	}
	for _, e := range evs {
		if e.Kind == EventSegment {
			res.Rounds++
		}
	}
	res.OpSteps = steps
	res.VMSteps = prover.Executed()
	for _, c := range res.Parties {
		res.TotalTxs += c.Txs
		res.TotalGas += c.Gas
	}
	return res, nil
}

func vmImageRoot(g *vm.Program) merkle.Hash {
	v, err := vm.New(g)
	if err != nil {
		return merkle.Hash{}
	}
	return v.StateHash()
}
