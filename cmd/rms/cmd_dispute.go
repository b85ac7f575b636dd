package main

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/rmsnet/rms/dispute"
	"github.com/rmsnet/rms/market"
	"github.com/rmsnet/rms/merkle"
	"github.com/rmsnet/rms/vm/guestimage"
)

func init() {
	register(command{Name: "bench dispute", Summary: "one full game, honest against a cheater, on the simulated chain: wall time, txs, gas, rounds", Run: runBenchDispute})
	register(command{Name: "dispute open", Summary: "open a game between two conflicting claims (with their traces)", Run: runDisputeOpen})
	register(command{Name: "dispute show", Summary: "show a game as a timeline", Run: runDisputeShow})
	register(command{Name: "dispute play", Summary: "play one side of a game honestly until it ends", Run: runDisputePlay})
}

func runBenchDispute(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("bench dispute", stderr)
	var jf jobFlags
	jf.add(fs)
	arities := fs.String("arity", "16", "dissection arity, or a comma-separated list (2 … 64, powers of two)")
	cheat := fs.String("cheat", "final", "where the cheater lies: final, op:N, start, middle, end")
	stepsLog2 := fs.Uint("steps-log2", 22, "the class's step bound: no op takes more than 2^N steps")
	asJSON := fs.Bool("json", false, "print one JSON object per game")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	var list []uint8
	for _, a := range strings.Split(*arities, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(a))
		if err != nil || n < 2 || n > 64 || n&(n-1) != 0 {
			return fmt.Errorf("%w: --arity %q: want powers of two from 2 to 64", errUsage, a)
		}
		list = append(list, uint8(n))
	}
	if *stepsLog2 == 0 || *stepsLog2 > market.MaxClassStepsLog2 {
		return fmt.Errorf("%w: --steps-log2 must be 1 … %d", errUsage, market.MaxClassStepsLog2)
	}
	m, in, err := jf.load()
	if err != nil {
		return err
	}
	g, err := guestimage.Program()
	if err != nil {
		return err
	}
	enc := json.NewEncoder(stdout)
	if !*asJSON {
		fmt.Fprintf(stdout, "%-6s %-7s %9s %6s %4s %10s %8s %12s %8s %12s %8s %12s %s\n", "arity", "cheat", "wall", "rounds", "op", "op steps",
			"vm steps", "honest txs", "gas", "cheater txs", "gas", "user gas", "winner")
	}
	for _, a := range list {
		res, err := dispute.Bench(ctx, dispute.BenchConfig{Model: m, Input: in, Guest: g, Arity: a, StepsLog2: uint8(*stepsLog2), Cheat: *cheat})
		if err != nil {
			return err
		}
		if *asJSON {
			if err := enc.Encode(res); err != nil {
				return err
			}
			continue
		}
		h, c, u := res.Parties["honest"], res.Parties["cheater"], res.Parties["user"]
		fmt.Fprintf(stdout, "%-6d %-7s %8.2fs %6d %4d %10d %8d %12d %8d %12d %8d %12d %s\n", a, res.Cheat, res.Wall.Seconds(), res.Rounds,
			res.Op, res.OpSteps, res.VMSteps, h.Txs, h.Gas, c.Txs, c.Gas, u.Gas, res.Winner)
	}
	return nil
}

// claimFile is a claim as `rms dispute open` reads it: the signed claim's
// wire form, the service whose stake backs it, and its trace (the op
// output roots).
type claimFile struct {
	Claim       string        `json:"claim"` // hex of market.SignedClaim.MarshalBinary
	Service     string        `json:"service"`
	TraceHeight int           `json:"trace_height"`
	Outputs     []merkle.Hash `json:"outputs"`
}

func readClaimFile(path string) (*dispute.ClaimWithTrace, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("%w: --claim: %v", errUsage, err)
	}
	var f claimFile
	if err := json.Unmarshal(b, &f); err != nil {
		return nil, fmt.Errorf("claim file %s: %w", path, err)
	}
	raw, err := hex.DecodeString(strings.TrimPrefix(f.Claim, "0x"))
	if err != nil {
		return nil, fmt.Errorf("claim file %s: claim: %w", path, err)
	}
	sc, err := market.DecodeClaim(raw)
	if err != nil {
		return nil, fmt.Errorf("claim file %s: %w", path, err)
	}
	svc, err := market.ParseServiceID(f.Service)
	if err != nil {
		return nil, fmt.Errorf("claim file %s: %w", path, err)
	}
	tr, err := dispute.NewTrace(f.TraceHeight, f.Outputs)
	if err != nil {
		return nil, fmt.Errorf("claim file %s: %w", path, err)
	}
	return &dispute.ClaimWithTrace{Claim: sc, Service: svc, Trace: tr}, nil
}

func readJobArg(arg string) (*market.SignedJob, error) {
	b, err := os.ReadFile(arg)
	if err != nil {
		b = []byte(arg)
	}
	raw, err := hex.DecodeString(strings.TrimPrefix(strings.TrimSpace(string(b)), "0x"))
	if err != nil {
		return nil, fmt.Errorf("%w: --job is neither a file nor hex: %v", errUsage, err)
	}
	j, err := market.DecodeJob(raw)
	return &j, err
}

// dialGames dials the chain of cf and returns its session with the
// deployment's games contract.
func (cf *chainFlags) dialGames(ctx context.Context) (*session, *dispute.Games, error) {
	s, err := cf.dial(ctx)
	if err != nil {
		return nil, nil, err
	}
	if s.dep.Games == (common.Address{}) {
		s.Close()
		return nil, nil, fmt.Errorf("the deployment has no games contract")
	}
	return s, dispute.NewGames(s.client, s.dep.Games).ScanFrom(s.dep.Block), nil
}

func runDisputeOpen(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("dispute open", stderr)
	var cf chainFlags
	cf.add(fs, true)
	jobArg := fs.String("job", "", "the signed job: a file or hex of its wire form")
	var claims stringList
	fs.Var(&claims, "claim", "a claim file (JSON: claim, service, trace_height, outputs); give two")
	asJSON := fs.Bool("json", false, "print the result as JSON")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *jobArg == "" {
		return fmt.Errorf("%w: --job is required", errUsage)
	}
	if len(claims) != 2 {
		return fmt.Errorf("%w: give --claim twice", errUsage)
	}
	job, err := readJobArg(*jobArg)
	if err != nil {
		return err
	}
	a, err := readClaimFile(claims[0])
	if err != nil {
		return err
	}
	b, err := readClaimFile(claims[1])
	if err != nil {
		return err
	}
	key, err := cf.loadKey()
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(ctx, chainTimeout)
	defer cancel()
	s, games, err := cf.dialGames(ctx)
	if err != nil {
		return err
	}
	defer s.Close()
	id, rcpt, err := games.Open(ctx, s.txManager(key), s.dep.RegistryDomain(), job, a, b)
	if err != nil {
		return err
	}
	if *asJSON {
		return json.NewEncoder(stdout).Encode(map[string]any{"game": id, "tx": rcpt.TxHash, "gas": rcpt.GasUsed})
	}
	fmt.Fprintf(stdout, "game %s\ntx   %s (gas %d)\n", id.Hex(), rcpt.TxHash.Hex(), rcpt.GasUsed)
	return nil
}

type stringList []string

func (l *stringList) String() string     { return strings.Join(*l, ",") }
func (l *stringList) Set(v string) error { *l = append(*l, v); return nil }

func parseGameArg(fs interface{ Args() []string }) (common.Hash, error) {
	rest := fs.Args()
	if len(rest) != 1 {
		return common.Hash{}, fmt.Errorf("%w: give the game id", errUsage)
	}
	h, err := merkle.ParseHash(rest[0])
	if err != nil {
		return common.Hash{}, fmt.Errorf("%w: game id: %v", errUsage, err)
	}
	return common.Hash(h), nil
}

func runDisputeShow(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("dispute show", stderr)
	var cf chainFlags
	cf.add(fs, true)
	asJSON := fs.Bool("json", false, "print the game and its events as JSON")
	if err := fs.Parse(args); err != nil {
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	id, err := parseGameArg(fs)
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(ctx, chainTimeout)
	defer cancel()
	s, games, err := cf.dialGames(ctx)
	if err != nil {
		return err
	}
	defer s.Close()
	st, err := games.State(ctx, id)
	if err != nil {
		return err
	}
	evs, err := games.Events(ctx, id)
	if err != nil {
		return err
	}
	if *asJSON {
		return json.NewEncoder(stdout).Encode(map[string]any{"game": id, "phase": dispute.PhaseName(st.Game.Phase), "state": st.Game,
			"clocks": st.Clocks, "events": evs})
	}
	fmt.Fprintf(stdout, "game   %s\nphase  %s (round %d, steps %d … %d)\nclocks %ds / %ds\n", id.Hex(), dispute.PhaseName(st.Game.Phase),
		st.Game.Round, st.Game.Lo, st.Game.Hi, st.Clocks[0], st.Clocks[1])
	for sd := range 2 {
		fmt.Fprintf(stdout, "side %d %s claim %s output %s\n", sd, st.Game.Provider[sd].Hex(), common.Hash(st.Game.Claim[sd]).Hex(),
			common.Hash(st.Game.OutputRoot[sd]).Hex())
	}
	for _, e := range evs {
		line := fmt.Sprintf("block %-6d %-18s", e.Block, e.Kind)
		switch e.Kind {
		case dispute.EventDivergence:
			line += fmt.Sprintf(" op %d", e.Op)
		case dispute.EventPosted:
			line += fmt.Sprintf(" round %d side %d: %d hashes", e.Round, e.Side, len(e.Hashes))
		case dispute.EventFinalState:
			line += fmt.Sprintf(" side %d %s", e.Side, e.Hash)
		case dispute.EventSegment:
			line += fmt.Sprintf(" round %d: steps %d … %d", e.Round, e.Lo, e.Hi)
		case dispute.EventStep:
			line += fmt.Sprintf(" step %d → %s", e.Lo, e.Hash)
		case dispute.EventResolved, dispute.EventTimedOut:
			line += fmt.Sprintf(" losers %s", losers(e.Losers))
		case dispute.EventDefeated:
			line += fmt.Sprintf(" claim %s", e.Hash)
		}
		fmt.Fprintln(stdout, line)
	}
	return nil
}

func losers(l uint8) string {
	switch l {
	case 1:
		return "side 0"
	case 2:
		return "side 1"
	case 3:
		return "both"
	}
	return "none"
}

func runDisputePlay(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("dispute play", stderr)
	var cf chainFlags
	cf.add(fs, true)
	var jf jobFlags
	jf.add(fs)
	timeout := fs.Duration("timeout", 24*time.Hour, "give up after this long")
	asJSON := fs.Bool("json", false, "print the outcome as JSON")
	if err := fs.Parse(args); err != nil {
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	id, err := parseGameArg(fs)
	if err != nil {
		return err
	}
	j, err := vmJob(ctx, &jf)
	if err != nil {
		return err
	}
	key, err := cf.loadKey()
	if err != nil {
		return err
	}
	g, err := guestimage.Program()
	if err != nil {
		return err
	}
	prover, err := dispute.NewVMProver(g, j)
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(ctx, *timeout)
	defer cancel()
	s, games, err := cf.dialGames(ctx)
	if err != nil {
		return err
	}
	defer s.Close()
	p := &dispute.Player{Games: games, Tx: s.txManager(key),
		Oracle: dispute.NewOracle(s.client, s.dep.Oracle, nil), Strategy: dispute.Honest{Prover: prover}, Poll: time.Second}
	if !*asJSON && isTerminal(stderr) {
		p.Progress = func(pr dispute.Progress) {
			fmt.Fprintf(stderr, "\r%s round %d: %s (gas %d)   ", dispute.PhaseName(pr.Phase), pr.Round, pr.Move, pr.Gas)
		}
	}
	out, err := p.Play(ctx, id)
	if err != nil {
		return err
	}
	if *asJSON {
		return json.NewEncoder(stdout).Encode(out)
	}
	verdict := "lost"
	if out.Won {
		verdict = "won"
	}
	fmt.Fprintf(stdout, "game %s: %s (side %d, %d moves, %d gas)\n", id.Hex(), verdict, out.Me, out.Moves, out.Gas)
	return nil
}
