package dispute

import (
	"context"
	"math/big"
	"math/rand/v2"
	"os"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	p2pcrypto "github.com/libp2p/go-libp2p/core/crypto"

	"github.com/rmsnet/rms/market"
	"github.com/rmsnet/rms/market/simchain"
	"github.com/rmsnet/rms/merkle"
	"github.com/rmsnet/rms/model/gguf"
	"github.com/rmsnet/rms/model/llama"
	"github.com/rmsnet/rms/vm"
	"github.com/rmsnet/rms/vm/guestimage"
)

// textStepsLog2 bounds the steps of every op of the stories260K generation
// below (its largest, the logits, takes about 2^27.5).
const textStepsLog2 = 28

// newTextGameEnv is newGameEnv for a text generation: a class of the text
// program on stories260K, two staked providers and a signed job of job.
func newTextGameEnv(t *testing.T, job llama.Job, eos int) (*gameEnv, *vm.TextJob) {
	t.Helper()
	file, err := os.ReadFile("../testdata/stories260K.gguf")
	if err != nil {
		t.Fatal(err)
	}
	f, err := gguf.Parse(file)
	if err != nil {
		t.Fatal(err)
	}
	m, err := llama.Load(f)
	if err != nil {
		t.Fatal(err)
	}
	// The class's trace height, as a node registers it: that of the longest
	// trace of the model's context, above the job's own.
	prog := llama.Program{EOS: eos, TraceHeight: m.MaxTraceHeight()}
	tj, err := vm.NewTextJob(context.Background(), file, prog, job)
	if err != nil {
		t.Fatal(err)
	}
	if tj.Height != prog.TraceHeight || tj.Height <= llama.TraceHeight(tj.Result.C) {
		t.Fatalf("trace height %d, the program's %d, the job's own %d", tj.Height, prog.TraceHeight, llama.TraceHeight(tj.Result.C))
	}
	s := &mnistSetup{}
	if s.guest, err = guestimage.Program(); err != nil {
		t.Fatal(err)
	}
	if s.image, _, err = guestimage.Root(); err != nil {
		t.Fatal(err)
	}
	if s.trace, err = NewTrace(tj.Height, tj.Result.OpRoots); err != nil {
		t.Fatal(err)
	}
	if s.prover, err = NewVMProver(s.guest, tj); err != nil {
		t.Fatal(err)
	}
	chain, keys, err := simchain.NewFunded(4, new(big.Int).Mul(simchain.Ether, big.NewInt(100)))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { chain.Close() })
	e := &gameEnv{t: t, ctx: context.Background(), chain: chain, keys: keys, s: s, svc: map[common.Address]market.ServiceID{}}
	e.cfg = market.DefaultDeployConfig()
	e.cfg.Clock = testClock
	e.cfg.Arity = 16
	if e.dep, err = market.Deploy(e.ctx, chain.Client(), keys[0], e.cfg); err != nil {
		t.Fatal(err)
	}
	if e.reg, err = market.NewRegistry(e.ctx, chain.Client(), e.dep.Registry); err != nil {
		t.Fatal(err)
	}
	e.games = NewGames(chain.Client(), e.dep.Games)
	e.oracle = NewOracle(chain.Client(), e.dep.Oracle, nil)
	e.d = e.reg.Domain()
	in := tj.Inputs(0)
	e.class = market.Class{ModelRoot: in.Model, ProgramRoot: in.Program, ImageRoot: s.image,
		TraceHeight: uint8(tj.Height), StepsLog2: textStepsLog2}
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
	return e, tj
}

// TestTextGame: two providers answer a stories260K generation; the liar's
// trace differs from the honest one at one op (its output changed, and so
// every accumulator after it and the final output). The game opened by the
// user narrows the disagreement to that op, then to one instruction of the
// guest running it, which the step contract executes: the honest provider
// wins and the liar's bond is slashed. The op is drawn at random among the
// generation's ops (seed in the log; RMS_LONG=1 plays three).
func TestTextGame(t *testing.T) {
	job := llama.Job{Prompt: []int{1, 403, 407, 261, 378}, MaxTokens: 3}
	games := 1
	if os.Getenv("RMS_LONG") != "" {
		games = 3
	}
	seed := uint64(time.Now().UnixNano())
	rng := rand.New(rand.NewPCG(seed, 13))
	for g := 0; g < games; g++ {
		e, tj := newTextGameEnv(t, job, 2)
		tr := e.s.trace
		if tr.Output() != tj.Result.OutputRoot {
			t.Logf("note: the trace's last output %s is not the text's output root %s", tr.Output(), tj.Result.OutputRoot)
		}
		sched := tj.Model.Schedule(len(job.Prompt), job.MaxTokens)
		m := rng.IntN(len(tr.Outputs))
		if os.Getenv("RMS_LONG") == "" {
			// In make test, an op below 2^25 steps (all but the matrix products).
			for sched.Ops[m].Kind == llama.OpQ || sched.Ops[m].Kind == llama.OpK || sched.Ops[m].Kind == llama.OpV ||
				sched.Ops[m].Kind == llama.OpAttnOut || sched.Ops[m].Kind == llama.OpFFNGateUp ||
				sched.Ops[m].Kind == llama.OpFFNDown || sched.Ops[m].Kind == llama.OpLogits {
				m = rng.IntN(len(tr.Outputs))
			}
		}
		op := sched.Ops[m]
		t.Logf("seed %d: the liar changes op %d of %d (%s, position %d, layer %d)", seed, m, len(tr.Outputs), op.Kind, op.Pos, op.Layer)
		ctr := cheaterTrace(t, tr, m)
		honestK, cheatK := e.keys[2], e.keys[3]
		h, c := e.honestClaim(honestK), e.claim(cheatK, ctr, ctr.Output())
		before := e.stake(cheatK)
		k, ok := FirstDivergence(tr, ctr)
		if !ok || k != uint64(m) {
			t.Fatalf("traces diverge at %d (%v), want op %d", k, ok, m)
		}
		t0 := time.Now()
		steps, err := e.s.prover.Steps(e.ctx, k)
		if err != nil {
			t.Fatal(err)
		}
		if steps >= 1<<textStepsLog2 {
			t.Fatalf("op %d takes %d steps, over the class bound 2^%d", k, steps, textStepsLog2)
		}
		id, _, err := e.games.Open(e.ctx, e.tx(e.keys[1]), e.d, e.job, h, c)
		if err != nil {
			t.Fatal(err)
		}
		liar := &Liar{Honest: e.s.prover, From: steps / 2, Acc: ctr.Acc(k + 1), Salt: 1}
		ctx, cancel := context.WithTimeout(e.ctx, 5*time.Minute)
		outs := e.play(ctx, id, e.player(honestK, Honest{e.s.prover}), e.player(cheatK, Honest{liar}))
		cancel()
		if !outs[0].Won || outs[1].Won {
			t.Fatalf("outcomes: honest %+v, liar %+v", outs[0], outs[1])
		}
		e.checkWon(id, h, c, honestK, cheatK, before)
		st, err := e.games.State(e.ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if st.Game.OpIndex != k || st.Game.Hi-st.Game.Lo != 1 {
			t.Fatalf("the game settled op %d, steps [%d, %d]; the traces diverge at op %d", st.Game.OpIndex, st.Game.Lo, st.Game.Hi, k)
		}
		t.Logf("op %d: %d steps; honest %d moves, %d gas; liar %d moves; %.1fs, %d VM steps run by the prover",
			k, steps, outs[0].Moves, outs[0].Gas, outs[1].Moves, time.Since(t0).Seconds(), e.s.prover.Executed())
	}
}

// TestTextGameNodeStep: a game whose last disputed instruction is the
// guest's first read of a node preimage (the root of A_{i-1} on its walk to
// slot i, for the last attn_norm of a stories260K generation): the node is
// not on chain when the step level ends, the honest player loads its
// children (loadNode) before it sends the step, the contract's step reads
// them and the honest provider wins.
func TestTextGameNodeStep(t *testing.T) {
	job := llama.Job{Prompt: []int{1, 403, 407, 261, 378}, MaxTokens: 3}
	e, tj := newTextGameEnv(t, job, 2)
	tr := e.s.trace
	sched := tj.Model.Schedule(len(job.Prompt), job.MaxTokens)
	m := -1
	for i, op := range sched.Ops {
		if op.Kind == llama.OpAttnNorm {
			m = i
		}
	}
	// The step of op m's run that first reads a node key.
	v, err := tj.NewVM(e.s.guest, uint64(m))
	if err != nil {
		t.Fatal(err)
	}
	var at uint64
	var key merkle.Hash
	for !v.Halted() {
		s := v.State()
		insn := make([]byte, 4)
		if err := v.Memory().ReadBytes(s.PC, insn); err != nil {
			t.Fatal(err)
		}
		if s.PreimageKey[0] == 4 && s.Regs[2] == vm.SysPreimageRead && string(insn) == "\x00\x00\x00\x0c" {
			at, key = s.Step, s.PreimageKey
			break
		}
		if err := v.Step(); err != nil {
			t.Fatal(err)
		}
	}
	if key[0] != 4 {
		t.Fatalf("op %d reads no node key", m)
	}
	if ok, err := e.oracle.Has(e.ctx, key, common.Address{}, merkle.Hash{}); err != nil || ok {
		t.Fatalf("node key %s on chain before the game: %v %v", key, ok, err)
	}
	ctr := cheaterTrace(t, tr, m)
	honestK, cheatK := e.keys[2], e.keys[3]
	h, c := e.honestClaim(honestK), e.claim(cheatK, ctr, ctr.Output())
	before := e.stake(cheatK)
	id, _, err := e.games.Open(e.ctx, e.tx(e.keys[1]), e.d, e.job, h, c)
	if err != nil {
		t.Fatal(err)
	}
	liar := &Liar{Honest: e.s.prover, From: at + 1, Acc: ctr.Acc(uint64(m) + 1), Salt: 1}
	// The game takes seconds; a player that cannot send the step (the node
	// missing on chain) fails it within the minute.
	ctx, cancel := context.WithTimeout(e.ctx, time.Minute)
	outs := e.play(ctx, id, e.player(honestK, Honest{e.s.prover}), e.player(cheatK, Honest{liar}))
	cancel()
	if !outs[0].Won || outs[1].Won {
		t.Fatalf("outcomes: honest %+v, liar %+v", outs[0], outs[1])
	}
	e.checkWon(id, h, c, honestK, cheatK, before)
	st, err := e.games.State(e.ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if st.Game.OpIndex != uint64(m) || st.Game.Lo != at || st.Game.Hi != at+1 {
		t.Fatalf("the game settled op %d, steps [%d, %d]; want op %d, [%d, %d]", st.Game.OpIndex, st.Game.Lo, st.Game.Hi, m, at, at+1)
	}
	if ok, err := e.oracle.Has(e.ctx, key, common.Address{}, merkle.Hash{}); err != nil || !ok {
		t.Fatalf("node key %s not loaded by the honest player: %v %v", key, ok, err)
	}
	t.Logf("op %d, step %d reads node key %s: honest %d moves, %d gas", m, at, key, outs[0].Moves, outs[0].Gas)
}
