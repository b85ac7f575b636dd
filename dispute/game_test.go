package dispute

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	p2pcrypto "github.com/libp2p/go-libp2p/core/crypto"

	"github.com/rmsnet/rms/market"
	"github.com/rmsnet/rms/market/simchain"
	"github.com/rmsnet/rms/merkle"
	"github.com/rmsnet/rms/model"
	"github.com/rmsnet/rms/model/mnist"
	"github.com/rmsnet/rms/vm"
	"github.com/rmsnet/rms/vm/guestimage"
)

const testClock = time.Hour

// mnistSetup is one MNIST job run natively and prepared for the VM, shared
// by the game tests (building it takes a while).
type mnistSetup struct {
	guest  *vm.Program
	model  *model.Model
	job    *vm.Job
	trace  *Trace
	image  merkle.Hash
	prover *VMProver
	input  model.Tensor
}

var (
	setupOnce sync.Once
	setupVal  *mnistSetup
	setupErr  error
)

func mnistGame(t testing.TB) *mnistSetup {
	t.Helper()
	setupOnce.Do(func() {
		s := &mnistSetup{}
		if s.guest, setupErr = guestimage.Program(); setupErr != nil {
			return
		}
		if s.image, _, setupErr = guestimage.Root(); setupErr != nil {
			return
		}
		if s.model, setupErr = model.Load("../testdata/mnist.gguf"); setupErr != nil {
			return
		}
		dir, err := mnist.DataDir()
		if err != nil {
			setupErr = err
			return
		}
		set, err := mnist.LoadTest(dir)
		if err != nil {
			setupErr = err
			return
		}
		in, err := mnist.Input(set.Images[0])
		if err != nil {
			setupErr = err
			return
		}
		s.input = in
		if s.job, setupErr = vm.NewJob(context.Background(), s.model, in); setupErr != nil {
			return
		}
		if s.trace, setupErr = TraceOf(&s.model.Program, s.job.Result); setupErr != nil {
			return
		}
		s.prover, setupErr = NewVMProver(s.guest, s.job)
		setupVal = s
	})
	if setupErr != nil {
		t.Fatal(setupErr)
	}
	return setupVal
}

// mnistStepsLog2 bounds the steps of every MNIST op (TestMNISTOpSteps checks it).
const mnistStepsLog2 = 22

// gameEnv is a simulated chain with the contracts, a class for the MNIST
// job, and staked providers.
type gameEnv struct {
	t      testing.TB
	ctx    context.Context
	chain  *simchain.Chain
	dep    *market.Deployment
	reg    *market.Registry
	games  *Games
	oracle *Oracle
	d      market.Domain
	class  market.Class
	job    *market.SignedJob
	s      *mnistSetup
	keys   []*ecdsa.PrivateKey // 0 deployer, 1 user, 2… providers
	svc    map[common.Address]market.ServiceID
	cfg    market.DeployConfig
}

func newGameEnv(t testing.TB, providers int, arity uint8) *gameEnv {
	t.Helper()
	return newGameEnvClock(t, providers, arity, testClock)
}

func newGameEnvClock(t testing.TB, providers int, arity uint8, clock time.Duration) *gameEnv {
	t.Helper()
	s := mnistGame(t)
	chain, keys, err := simchain.NewFunded(2+providers, new(big.Int).Mul(simchain.Ether, big.NewInt(100)))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { chain.Close() })
	e := &gameEnv{t: t, ctx: context.Background(), chain: chain, keys: keys, s: s, svc: map[common.Address]market.ServiceID{}}
	e.cfg = market.DefaultDeployConfig()
	e.cfg.Clock = clock
	e.cfg.Arity = arity
	if e.dep, err = market.Deploy(e.ctx, chain.Client(), keys[0], e.cfg); err != nil {
		t.Fatal(err)
	}
	if e.reg, err = market.NewRegistry(e.ctx, chain.Client(), e.dep.Registry); err != nil {
		t.Fatal(err)
	}
	e.games = NewGames(chain.Client(), e.dep.Games)
	e.oracle = NewOracle(chain.Client(), e.dep.Oracle, nil)
	e.d = e.reg.Domain()
	in := s.job.Inputs(0)
	e.class = market.Class{ModelRoot: in.Model, ProgramRoot: in.Program, ImageRoot: s.image,
		TraceHeight: uint8(s.model.Program.TraceHeight), StepsLog2: mnistStepsLog2}
	stake := new(big.Int).Mul(e.cfg.MinStake, big.NewInt(5))
	for _, k := range keys[2:] {
		pk, _, err := p2pcrypto.GenerateEd25519Key(nil)
		if err != nil {
			t.Fatal(err)
		}
		id, _, err := e.reg.Register(e.ctx, k, market.ServiceSpec{Class: &e.class, Price: big.NewInt(1), Stake: stake, PeerKey: pk})
		if err != nil {
			t.Fatal(err)
		}
		e.svc[addrOf(k)] = id
	}
	j := market.Job{Class: e.class.ID(), InputRoot: in.Input, User: addrOf(keys[1]), Nonce: 1,
		Deadline: uint64(time.Now().Add(time.Hour).Unix())}
	sj, err := market.SignJob(j, e.d, keys[1])
	if err != nil {
		t.Fatal(err)
	}
	e.job = &sj
	return e
}

func addrOf(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }

func (e *gameEnv) tx(k *ecdsa.PrivateKey, opts ...market.TxOption) *market.TxManager {
	id, _ := e.chain.Client().ChainID(e.ctx)
	return market.NewTxManager(e.chain.Client(), k, id, append([]market.TxOption{market.WithTxPoll(5 * time.Millisecond)}, opts...)...)
}

// claim signs a claim of provider k with trace tr and output out.
func (e *gameEnv) claim(k *ecdsa.PrivateKey, tr *Trace, out merkle.Hash) *ClaimWithTrace {
	e.t.Helper()
	c := market.Claim{JobHash: e.job.Hash(e.d), OutputRoot: out, TraceRoot: tr.Root(), Provider: addrOf(k)}
	sc, err := market.SignClaim(c, e.d, k)
	if err != nil {
		e.t.Fatal(err)
	}
	return &ClaimWithTrace{Claim: sc, Service: e.svc[addrOf(k)], Trace: tr}
}

func (e *gameEnv) honestClaim(k *ecdsa.PrivateKey) *ClaimWithTrace {
	return e.claim(k, e.s.trace, e.s.trace.Output())
}

func (e *gameEnv) player(k *ecdsa.PrivateKey, st Strategy, opts ...market.TxOption) *Player {
	return &Player{Games: e.games, Tx: e.tx(k, opts...), Oracle: e.oracle, Strategy: st, Poll: 5 * time.Millisecond}
}

// play runs players (concurrently) on game id until each returns.
func (e *gameEnv) play(ctx context.Context, id common.Hash, ps ...*Player) []*Outcome {
	e.t.Helper()
	outs := make([]*Outcome, len(ps))
	errs := make([]error, len(ps))
	var wg sync.WaitGroup
	for i, p := range ps {
		wg.Add(1)
		go func() {
			defer wg.Done()
			outs[i], errs[i] = p.Play(ctx, id)
		}()
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			e.t.Fatalf("player %d: %v", i, err)
		}
	}
	return outs
}

func (e *gameEnv) stake(k *ecdsa.PrivateKey) *big.Int {
	s, err := e.reg.Service(e.ctx, e.svc[addrOf(k)])
	if err != nil {
		e.t.Fatal(err)
	}
	return s.Stake
}

// checkWon asserts that honest won game id, that the cheater's claim is
// defeated and its bond slashed, and the honest claim is not.
func (e *gameEnv) checkWon(id common.Hash, honest, cheater *ClaimWithTrace, honestKey, cheaterKey *ecdsa.PrivateKey, stakeBefore *big.Int) {
	e.t.Helper()
	st, err := e.games.State(e.ctx, id)
	if err != nil {
		e.t.Fatal(err)
	}
	hs, _ := st.SideOf(addrOf(honestKey))
	if st.Game.Phase != PhaseDone || st.Game.Losers&(1<<hs) != 0 || st.Game.Losers&(1<<hs.Other()) == 0 {
		e.t.Fatalf("game ended in phase %s with losers %b; honest is side %d", PhaseName(st.Game.Phase), st.Game.Losers, hs)
	}
	if d, _ := e.games.Defeated(e.ctx, honest.Claim.Hash(e.d)); d {
		e.t.Fatal("the honest claim is defeated")
	}
	if d, _ := e.games.Defeated(e.ctx, cheater.Claim.Hash(e.d)); !d {
		e.t.Fatal("the cheater's claim is not defeated")
	}
	want := new(big.Int).Sub(stakeBefore, e.cfg.GameBond)
	if got := e.stake(cheaterKey); got.Cmp(want) != 0 {
		e.t.Fatalf("cheater's stake %s, want %s (one bond slashed)", got, want)
	}
	if s, _ := e.reg.Service(e.ctx, e.svc[addrOf(honestKey)]); s.OpenGames != 0 || s.Reserved.Sign() != 0 {
		e.t.Fatalf("honest service still has %d open games, %s reserved", s.OpenGames, s.Reserved)
	}
}

// silent never moves.
type silent struct{}

func (silent) Move(context.Context, *State, Side) (*Move, error) { return &Move{Kind: MoveWait}, nil }

// cheaterTrace changes out_m (and so every accumulator from A_{m+1} on)
// and the final output, which a wrong op changes.
func cheaterTrace(t testing.TB, base *Trace, m int) *Trace {
	outs := append([]merkle.Hash(nil), base.Outputs...)
	outs[m] = merkle.Keccak([]byte("wrong output"), []byte{byte(m)})
	outs[len(outs)-1] = merkle.Keccak([]byte("wrong final output"), []byte{byte(m)})
	tr, err := NewTrace(base.Height, outs)
	if err != nil {
		t.Fatal(err)
	}
	return tr
}

func TestMNISTOpSteps(t *testing.T) {
	s := mnistGame(t)
	var most uint64
	for op := range s.model.Program.Ops {
		n, err := s.prover.Steps(context.Background(), uint64(op))
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("op %d: %d steps", op, n)
		most = max(most, n)
	}
	if most >= 1<<mnistStepsLog2 {
		t.Fatalf("an op takes %d steps, over the class bound 2^%d", most, mnistStepsLog2)
	}
}

// TestGameWrongFinalOutput: the cheater signs a wrong last output; the
// honest provider wins in both roles.
func TestGameWrongFinalOutput(t *testing.T) {
	e := newGameEnv(t, 2, 16)
	honestK, cheatK := e.keys[2], e.keys[3]
	last := len(e.s.trace.Outputs) - 1
	ctr := cheaterTrace(t, e.s.trace, last)
	h, c := e.honestClaim(honestK), e.claim(cheatK, ctr, ctr.Output())
	before := e.stake(cheatK)
	id, _, err := e.games.Open(e.ctx, e.tx(e.keys[1]), e.d, e.job, h, c)
	if err != nil {
		t.Fatal(err)
	}
	liar := &Liar{Honest: e.s.prover, From: 1000, Acc: ctr.Acc(uint64(last) + 1), Salt: 1}
	outs := e.play(e.ctx, id, e.player(honestK, Honest{e.s.prover}), e.player(cheatK, Honest{liar}))
	if !outs[0].Won || outs[1].Won {
		t.Fatalf("outcomes %+v %+v", outs[0], outs[1])
	}
	e.checkWon(id, h, c, honestK, cheatK, before)
	t.Logf("honest: %d moves, %d gas; cheater: %d moves, %d gas", outs[0].Moves, outs[0].Gas, outs[1].Moves, outs[1].Gas)
}

// endOnly posts garbage at every point but the last of each list.
type endOnly struct{ honest Strategy }

func (e endOnly) Move(ctx context.Context, st *State, me Side) (*Move, error) {
	mv, err := e.honest.Move(ctx, st, me)
	if err != nil || mv.Kind != MovePost {
		return mv, err
	}
	for i := 0; i+1 < len(mv.Hashes); i++ {
		mv.Hashes[i] = merkle.Keccak([]byte("garbage"), mv.Hashes[i][:])
	}
	return mv, nil
}

// badProof posts its final state with a broken memory proof.
type badProof struct{ honest Strategy }

func (b badProof) Move(ctx context.Context, st *State, me Side) (*Move, error) {
	mv, err := b.honest.Move(ctx, st, me)
	if err == nil && mv.Kind == MovePost && len(mv.OutProof) > 0 {
		mv.OutProof = append([]merkle.Hash(nil), mv.OutProof...)
		mv.OutProof[3][0] ^= 1
	}
	return mv, err
}

// cheat is one adversary: how it builds its claim and how it plays.
type cheat struct {
	name string
	// claim returns the cheater's trace and output root.
	claim func(t testing.TB, honest *Trace) (*Trace, merkle.Hash)
	// strategy plays the cheater's side given a lying prover for its acc.
	strategy func(liar *Liar) Strategy
	// from is where its VM states start to lie: a fraction of the op's steps (-1: beyond the end).
	from float64
	// timeout: the cheater stops moving, the test advances the clock.
	timeout bool
}

func wrongOp(m int) func(testing.TB, *Trace) (*Trace, merkle.Hash) {
	return func(t testing.TB, h *Trace) (*Trace, merkle.Hash) {
		if m < 0 {
			m = len(h.Outputs) - 1
		}
		tr := cheaterTrace(t, h, m)
		return tr, tr.Output()
	}
}

func honestPlay(l *Liar) Strategy { return Honest{l} }

var cheats = []cheat{
	{name: "wrong final output, VM lies from the first step", claim: wrongOp(-1), strategy: honestPlay, from: 0},
	{name: "wrong final output, VM lies from the middle", claim: wrongOp(-1), strategy: honestPlay, from: 0.5},
	{name: "wrong final output, VM lies at the last step", claim: wrongOp(-1), strategy: honestPlay, from: 1},
	{name: "wrong final output, only the final state lies", claim: wrongOp(-1), strategy: honestPlay, from: -1},
	{name: "wrong op in the middle", claim: wrongOp(4), strategy: honestPlay, from: 0.3},
	{name: "wrong first op", claim: wrongOp(0), strategy: honestPlay, from: 0.7},
	{name: "malformed accumulator", claim: func(t testing.TB, h *Trace) (*Trace, merkle.Hash) {
		w := cheaterTrace(t, h, len(h.Outputs)-1)
		accs := make([]merkle.Hash, w.Len())
		for i := range accs {
			accs[i] = w.Acc(uint64(i) + 1)
		}
		accs[2] = merkle.Keccak([]byte("not an accumulator"))
		tr, err := WithAccs(h.Height, w.Outputs, accs)
		if err != nil {
			t.Fatal(err)
		}
		return tr, w.Output()
	}, strategy: honestPlay, from: 0.2},
	{name: "garbage except the last hash of each list", claim: wrongOp(6), strategy: func(l *Liar) Strategy { return endOnly{Honest{l}} }, from: 0.9},
	{name: "silence", claim: wrongOp(-1), strategy: func(*Liar) Strategy { return silent{} }, timeout: true},
	{name: "invalid final-state proof", claim: wrongOp(-1), strategy: func(l *Liar) Strategy { return badProof{Honest{l}} }, timeout: true},
}

// playCheat opens a game between the honest provider and a cheater (opened
// by the user, the honest provider or the cheater) and checks the honest
// side wins and the cheater pays.
func playCheat(t *testing.T, e *gameEnv, c cheat, opener int, honestK, cheatK *ecdsa.PrivateKey) {
	t.Helper()
	ctr, out := c.claim(t, e.s.trace)
	h, cl := e.honestClaim(honestK), e.claim(cheatK, ctr, out)
	before := e.stake(cheatK)
	openKey := []*ecdsa.PrivateKey{e.keys[1], honestK, cheatK}[opener]
	id, _, err := e.games.Open(e.ctx, e.tx(openKey), e.d, e.job, h, cl)
	if err != nil {
		t.Fatal(err)
	}
	k, ok := FirstDivergence(e.s.trace, ctr)
	if !ok {
		k = 0
	}
	steps, err := e.s.prover.Steps(e.ctx, k)
	if err != nil {
		t.Fatal(err)
	}
	from := uint64(c.from * float64(steps))
	if c.from < 0 {
		from = 1 << 62
	}
	liar := &Liar{Honest: e.s.prover, From: from, Acc: ctr.Acc(k + 1), Salt: 1}
	ctx, cancel := context.WithTimeout(e.ctx, 2*time.Minute)
	defer cancel()
	if c.timeout {
		// The cheater's player runs as well (its moves are refused or it
		// stays silent); the clock is moved on once the honest side posted.
		go func() {
			for ctx.Err() == nil {
				st, err := e.games.State(ctx, id)
				if err == nil && st.Game.Phase == PhaseBisect && st.Game.Posted != 0 {
					e.chain.AdjustTime(testClock + time.Minute)
					return
				}
				time.Sleep(20 * time.Millisecond)
			}
		}()
		cheater := e.player(cheatK, c.strategy(liar))
		go cheater.Play(ctx, id)
		outs := e.play(ctx, id, e.player(honestK, Honest{e.s.prover}))
		if !outs[0].Won {
			t.Fatalf("honest lost: %+v", outs[0])
		}
	} else if st, _ := e.games.State(e.ctx, id); st != nil && st.Game.Phase == PhaseDone {
		// Settled at opening (a claim that contradicts itself).
	} else {
		outs := e.play(ctx, id, e.player(honestK, Honest{e.s.prover}), e.player(cheatK, c.strategy(liar)))
		if !outs[0].Won || outs[1].Won {
			t.Fatalf("outcomes: honest %+v, cheater %+v", outs[0], outs[1])
		}
	}
	e.checkWon(id, h, cl, honestK, cheatK, before)
}

// TestGameAdversaries: for every adversary, with the game opened by the
// user, by the honest provider and by the cheater, the honest provider
// wins and the cheater's bond is slashed.
func TestGameAdversaries(t *testing.T) {
	for i, c := range cheats {
		t.Run(c.name, func(t *testing.T) {
			e := newGameEnv(t, 2, 16)
			playCheat(t, e, c, i%3, e.keys[2], e.keys[3])
		})
	}
}

// TestGameSelfContradiction: a claim whose output is not the last output of
// its own trace (here: the honest trace, another output) loses at opening.
func TestGameSelfContradiction(t *testing.T) {
	e := newGameEnv(t, 2, 16)
	h := e.honestClaim(e.keys[2])
	c := e.claim(e.keys[3], e.s.trace, merkle.Keccak([]byte("another output")))
	before := e.stake(e.keys[3])
	id, rcpt, err := e.games.Open(e.ctx, e.tx(e.keys[1]), e.d, e.job, h, c)
	if err != nil {
		t.Fatal(err)
	}
	e.checkWon(id, h, c, e.keys[2], e.keys[3], before)
	t.Logf("opened and settled in one transaction: %d gas", rcpt.GasUsed)
}

var errUnused = errors.New("unused")
