package web

import (
	"cmp"
	"context"
	"fmt"
	"maps"
	"math/big"
	"slices"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/rmsnet/rms/contracts/bindings"
	"github.com/rmsnet/rms/dispute"
	"github.com/rmsnet/rms/market"
	"github.com/rmsnet/rms/merkle"
)

// Chain is what the view reads from the chain: the endpoint, the
// deployment and its clients.
type Chain struct {
	Backend    market.Backend
	Deployment *market.Deployment
	Registry   *market.Registry
	Escrow     *market.Escrow
}

// Amount is an amount of wei, exact and readable.
type Amount struct {
	Wei  string `json:"wei"`
	Text string `json:"text"`
}

func amount(x *big.Int) Amount {
	if x == nil {
		x = new(big.Int)
	}
	return Amount{Wei: x.String(), Text: market.FormatAmount(x)}
}

// balancer is the part of an endpoint that reads ether balances (ethclient
// and the simulated chain's client have it; bind.Backend does not).
type balancer interface {
	BalanceAt(ctx context.Context, a common.Address, block *big.Int) (*big.Int, error)
}

// maxJobs is how many jobs a snapshot holds (the most recent).
const maxJobs = 200

// collector builds snapshots; it keeps what the chain will not change
// again (block times, gas of mined transactions, classes, finished games).
type collector struct {
	chain    Chain
	games    *dispute.Games
	sources  []Source
	accounts map[common.Address]string
	models   map[common.Hash]string

	times   map[uint64]uint64
	gas     map[common.Hash]uint64
	classes map[common.Hash]*market.Class
	done    map[common.Hash]GameView
}

func newCollector(c Chain, sources []Source, accounts map[common.Address]string) *collector {
	return &collector{chain: c, games: dispute.NewGames(c.Backend, c.Deployment.Games).ScanFrom(c.Deployment.Block), sources: sources, accounts: accounts, models: map[common.Hash]string{},
		times: map[uint64]uint64{}, gas: map[common.Hash]uint64{}, classes: map[common.Hash]*market.Class{}, done: map[common.Hash]GameView{}}
}

// build reads everything once. A read that fails leaves its part empty and
// is named in Errors; the rest of the snapshot is still built.
func (c *collector) build(ctx context.Context) *Snapshot {
	s := &Snapshot{Nodes: []NodeView{}, Services: []ServiceView{}, Jobs: []JobView{}, Games: []GameView{}}
	fail := func(what string, err error) { s.Errors = append(s.Errors, fmt.Sprintf("%s: %v", what, err)) }
	dep := c.chain.Deployment
	s.Chain = ChainView{ID: dep.ChainID, Registry: dep.Registry, Escrow: dep.Escrow, Games: dep.Games}
	if h, err := c.chain.Backend.HeaderByNumber(ctx, nil); err != nil {
		fail("chain head", err)
	} else {
		s.Chain.Head, s.Chain.HeadTime = h.Number.Uint64(), h.Time
	}

	names := map[common.Address]string{}
	maps.Copy(names, c.accounts)
	peerNames := map[string]string{}
	models := maps.Clone(c.models)
	var jobs []JobView
	for i, src := range c.sources {
		l, err := src(ctx)
		if err != nil {
			fail(fmt.Sprintf("node %d", i), err)
			continue
		}
		if l.Node.Peers == nil {
			l.Node.Peers = []PeerView{}
		}
		s.Nodes = append(s.Nodes, l.Node)
		if l.Node.Address != (common.Address{}) {
			names[l.Node.Address] = l.Node.Name
		}
		if l.Node.PeerID != "" {
			peerNames[l.Node.PeerID] = l.Node.Name
		}
		maps.Copy(models, l.Models)
		for _, j := range l.Jobs {
			j.Node = l.Node.Name
			jobs = append(jobs, j)
		}
	}
	for i := range s.Nodes {
		for j := range s.Nodes[i].Peers {
			s.Nodes[i].Peers[j].Name = peerNames[s.Nodes[i].Peers[j].ID]
		}
	}
	s.Jobs = mergeJobs(jobs)

	svcs, _, err := c.chain.Registry.Services(ctx, dep.Block, nil)
	if err != nil {
		fail("registry services", err)
	}
	stakes := map[common.Address]*big.Int{}
	for _, sv := range svcs {
		class := common.Hash(sv.Class)
		v := ServiceView{ID: common.Hash(sv.ID), Provider: sv.Provider, Name: names[sv.Provider], Class: class, Model: models[class],
			Price: amount(sv.Price), Stake: amount(sv.Stake), Reserved: amount(sv.Reserved), OpenGames: sv.OpenGames,
			PeerID: sv.PeerID.String(), Active: sv.Active, Unbonding: sv.UnbondingEnds}
		if cl, err := c.class(ctx, class); err == nil {
			v.ModelRoot = common.Hash(cl.ModelRoot)
		}
		s.Services = append(s.Services, v)
		if stakes[sv.Provider] == nil {
			stakes[sv.Provider] = new(big.Int)
		}
		stakes[sv.Provider].Add(stakes[sv.Provider], sv.Stake)
	}

	s.Games = c.buildGames(ctx, s.Jobs, names, fail)
	judge(s.Jobs, s.Games)
	for i := range s.Jobs {
		for j := range s.Jobs[i].Claims {
			s.Jobs[i].Claims[j].Name = names[s.Jobs[i].Claims[j].Provider]
		}
	}
	s.Balances = c.balances(ctx, s, names, stakes, fail)
	return s
}

// mergeJobs keeps one record per job, the user's when there is one (it holds
// every claim), newest first, at most maxJobs.
func mergeJobs(jobs []JobView) []JobView {
	by := map[common.Hash]int{}
	var out []JobView
	for _, j := range jobs {
		if j.Claims == nil {
			j.Claims = []ClaimView{}
		}
		i, ok := by[j.Hash]
		switch {
		case !ok:
			by[j.Hash] = len(out)
			out = append(out, j)
		case j.Role == "user" && out[i].Role != "user":
			out[i] = j
		}
	}
	slices.SortStableFunc(out, func(a, b JobView) int {
		if c := b.Created.Compare(a.Created); c != 0 {
			return c
		}
		return a.Hash.Cmp(b.Hash)
	})
	return out[:min(len(out), maxJobs)]
}

// judge marks what the games decided on the jobs and their claims.
func judge(jobs []JobView, games []GameView) {
	byJob := map[common.Hash]*GameView{}
	for i := range games {
		g := &games[i]
		if prev := byJob[g.Job]; prev == nil || !prev.Done {
			byJob[g.Job] = g
		}
	}
	for i := range jobs {
		j := &jobs[i]
		g := byJob[j.Hash]
		if g != nil {
			id := g.ID
			j.Game = &id
		}
		var standing *merkle.Hash
		switch {
		case g != nil && g.Done && g.Winner != nil:
			r := g.Sides[*g.Winner].OutputRoot
			standing = &r
		case g == nil && j.State == "agreed" && len(j.Claims) > 0:
			r := j.Claims[0].OutputRoot
			standing = &r
		case g == nil && j.Role == "provider" && len(j.Claims) == 1:
			// A provider's own record: its claim, undisputed so far.
		}
		j.Standing = standing
		for k := range j.Claims {
			cl := &j.Claims[k]
			switch {
			case g != nil && g.Done && g.Winner != nil:
				lost := g.Sides[1-*g.Winner]
				if cl.OutputRoot == *standing {
					cl.Verdict = "stands"
				} else if cl.Provider == lost.Provider && cl.OutputRoot == lost.OutputRoot {
					cl.Verdict = "defeated"
				} else {
					cl.Verdict = "disputed"
				}
			case j.State == "agreed":
				cl.Verdict = "agreed"
			case j.State == "disputed" || g != nil:
				cl.Verdict = "disputed"
			default:
				cl.Verdict = j.State
			}
			if standing != nil && cl.OutputRoot == *standing && cl.Label != nil {
				j.Label = cl.Label
			}
		}
	}
}

func (c *collector) class(ctx context.Context, id common.Hash) (*market.Class, error) {
	if cl := c.classes[id]; cl != nil {
		return cl, nil
	}
	cl, err := c.chain.Registry.Class(ctx, market.ClassID(id))
	if err != nil {
		return nil, err
	}
	c.classes[id] = cl
	return cl, nil
}

func (c *collector) blockTime(ctx context.Context, n uint64) uint64 {
	if t, ok := c.times[n]; ok {
		return t
	}
	h, err := c.chain.Backend.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
	if err != nil {
		return 0
	}
	c.times[n] = h.Time
	return h.Time
}

func (c *collector) txGas(ctx context.Context, tx common.Hash) uint64 {
	if g, ok := c.gas[tx]; ok {
		return g
	}
	r, err := c.chain.Backend.TransactionReceipt(ctx, tx)
	if err != nil {
		return 0
	}
	c.gas[tx] = r.GasUsed
	return r.GasUsed
}

// buildGames reads every game from the chain.
func (c *collector) buildGames(ctx context.Context, jobs []JobView, names map[common.Address]string, fail func(string, error)) []GameView {
	dep := c.chain.Deployment
	logs, err := c.games.AllEvents(ctx, dep.Block)
	if err != nil {
		fail("games", err)
		return []GameView{}
	}
	var slashes []market.ServiceEvent
	slashesRead := false
	labels := map[[2]common.Hash]*int32{} // job, output root → label
	for _, j := range jobs {
		for _, cl := range j.Claims {
			if cl.Label != nil {
				labels[[2]common.Hash{j.Hash, common.Hash(cl.OutputRoot)}] = cl.Label
			}
		}
	}
	out := make([]GameView, 0, len(logs))
	for _, lg := range logs {
		if g, ok := c.done[lg.ID]; ok {
			out = append(out, g)
			continue
		}
		st, err := c.games.State(ctx, lg.ID)
		if err != nil {
			fail("game "+lg.ID.Hex(), err)
			continue
		}
		if st.Game.Phase == dispute.PhaseDone && !slashesRead {
			slashesRead = true
			if slashes, err = c.chain.Registry.ServiceEvents(ctx, dep.Block, nil); err != nil {
				fail("registry events", err)
			}
		}
		g := c.gameView(ctx, lg, st, slashes, names)
		for s := range g.Sides {
			g.Sides[s].Label = labels[[2]common.Hash{g.Job, common.Hash(g.Sides[s].OutputRoot)}]
		}
		if g.Done && (g.Winner == nil || g.Slashed != nil || st.Game.Losers == 3) {
			c.done[lg.ID] = g
		}
		out = append(out, g)
	}
	return out
}

func (c *collector) gameView(ctx context.Context, lg dispute.GameLog, st *dispute.State, slashes []market.ServiceEvent, names map[common.Address]string) GameView {
	gm := &st.Game
	g := GameView{ID: lg.ID, Job: gm.JobHash, Class: gm.ClassId, Phase: dispute.PhaseName(gm.Phase), Done: gm.Phase == dispute.PhaseDone,
		Lo: gm.Lo, Hi: gm.Hi, Rounds: []RoundView{}, Timeline: []EventView{}}
	for s := range 2 {
		g.Sides[s] = SideView{Provider: gm.Provider[s], Name: names[gm.Provider[s]], Service: gm.Service[s], Claim: gm.Claim[s],
			OutputRoot: gm.OutputRoot[s], ClockLeft: st.Clocks[s], Moving: !g.Done && st.Owes(dispute.Side(s)), Lost: gm.Losers&(1<<s) != 0}
	}
	if g.Done && gm.Losers != 0 && gm.Losers != 3 {
		w := 0
		if gm.Losers&1 != 0 {
			w = 1
		}
		g.Winner = &w
	}
	if cl, err := c.class(ctx, gm.ClassId); err == nil {
		g.Range = uint64(1) << cl.StepsLog2
	}
	lo, hi := uint64(0), g.Range
	seen := map[common.Hash]bool{}
	var resolvedTx common.Hash
	for _, e := range lg.Events {
		v := EventView{Kind: e.Kind, Block: e.Block, Time: c.blockTime(ctx, e.Block), Tx: e.TxHash}
		if !seen[e.TxHash] {
			seen[e.TxHash] = true
			v.Gas = c.txGas(ctx, e.TxHash)
			g.Gas += v.Gas
		}
		side := func(s dispute.Side) {
			i := int(s)
			v.Side = &i
			if i < 2 {
				g.Sides[i].Gas += v.Gas
			}
		}
		who := func(s dispute.Side) string {
			if int(s) > 1 {
				return fmt.Sprintf("side %d", s)
			}
			return fmt.Sprintf("side %d (%s)", s, g.Sides[s].label())
		}
		switch e.Kind {
		case dispute.EventOpened:
			g.Opened = v.Time
			g.Arity, g.Clock = openedArity(e)
			v.Text = fmt.Sprintf("Game opened between %s and %s: %d pieces per round, %s on each clock",
				who(0), who(1), g.Arity, time.Duration(g.Clock)*time.Second)
		case dispute.EventDivergence:
			op := e.Op
			g.Op = &op
			v.Text = fmt.Sprintf("Divergence proven: op %d is the first whose trace entries differ (the traces agree on every op before it)", op)
		case dispute.EventFinalState:
			side(e.Side)
			v.Text = fmt.Sprintf("%s committed its final VM state %s for op %s", who(e.Side), shortHash(e.Hash), opText(g.Op))
		case dispute.EventPosted:
			side(e.Side)
			v.Text = fmt.Sprintf("Round %d: %s posted %d state hashes", e.Round+1, who(e.Side), len(e.Hashes))
		case dispute.EventSegment:
			pieces := min(hi-lo, uint64(max(g.Arity, 2)))
			r := RoundView{Round: e.Round, FromLo: lo, FromHi: hi, Pieces: pieces, Lo: e.Lo, Hi: e.Hi}
			if w := (hi - lo) / max(pieces, 1); w > 0 && e.Lo >= lo {
				r.Piece = (e.Lo - lo) / w
			}
			g.Rounds = append(g.Rounds, r)
			lo, hi = e.Lo, e.Hi
			v.Text = fmt.Sprintf("Round %d: the contract chose steps %d to %d (piece %d of %d): the sides agree on step %d and disagree on step %d",
				e.Round+1, e.Lo, e.Hi, r.Piece+1, pieces, e.Lo, e.Hi)
		case dispute.EventStep:
			at := e.Lo
			g.Step = &at
			v.Text = fmt.Sprintf("One step: the contract executed step %d on chain; the post-state is %s", at, shortHash(e.Hash))
		case dispute.EventContradiction:
			side(e.Side)
			v.Text = fmt.Sprintf("%s contradicts itself: its output root is not the last output of its own trace", who(e.Side))
		case dispute.EventTimedOut:
			v.Text = fmt.Sprintf("Timed out: %s ran out of time", losersText(e.Losers, who))
		case dispute.EventDefeated:
			v.Text = fmt.Sprintf("Claim %s defeated", shortHash(e.Hash))
			for s := range 2 {
				if g.Sides[s].Claim == common.Hash(e.Hash) {
					v.Text = fmt.Sprintf("Claim %s of %s defeated", shortHash(e.Hash), who(dispute.Side(s)))
				}
			}
		case dispute.EventResolved:
			resolvedTx = e.TxHash
			v.Text = fmt.Sprintf("Resolved: %s lost", losersText(e.Losers, who))
		default:
			v.Text = e.Kind
		}
		g.Timeline = append(g.Timeline, v)
	}
	if g.Winner != nil {
		loser := g.Sides[1-*g.Winner]
		for _, e := range slashes {
			if e.Kind == market.EventSlashed && e.TxHash == resolvedTx && common.Hash(e.Service) == loser.Service {
				a := amount(e.Amount)
				g.Slashed = &a
				g.SlashedTo, g.SlashedToName = e.Beneficiary.Hex(), names[e.Beneficiary]
				g.Timeline = append(g.Timeline, EventView{Kind: "slashed", Block: e.Block, Time: c.blockTime(ctx, e.Block), Tx: e.TxHash,
					Text: fmt.Sprintf("Slashed: %s of %s's stake taken; the winner %s gets its share", a.Text, loser.label(), g.Sides[*g.Winner].label())})
			}
		}
	}
	return g
}

func (s SideView) label() string {
	if s.Name != "" {
		return s.Name
	}
	return shortHash(s.Provider)
}

func losersText(losers uint8, who func(dispute.Side) string) string {
	var out []string
	for s := range 2 {
		if losers&(1<<s) != 0 {
			out = append(out, who(dispute.Side(s)))
		}
	}
	if len(out) == 0 {
		return "nobody"
	}
	return strings.Join(out, " and ")
}

func opText(op *uint64) string {
	if op == nil {
		return "?"
	}
	return fmt.Sprint(*op)
}

func shortHash(h interface{ Hex() string }) string {
	x := h.Hex()
	return x[:10] + "…"
}

// balances reads the ether, stakes and registry credits of every named
// account and the escrow channels between the jobs' users and providers.
func (c *collector) balances(ctx context.Context, s *Snapshot, names map[common.Address]string, stakes map[common.Address]*big.Int, fail func(string, error)) Balances {
	b := Balances{Accounts: []AccountView{}, Channels: []ChannelView{}}
	addrs := map[common.Address]bool{}
	for a := range names {
		addrs[a] = true
	}
	for a := range stakes {
		addrs[a] = true
	}
	bal, canBalance := c.chain.Backend.(balancer)
	for _, a := range sortedAddrs(addrs) {
		v := AccountView{Address: a, Name: names[a], Stake: amount(stakes[a])}
		if canBalance {
			if x, err := bal.BalanceAt(ctx, a, nil); err == nil {
				am := amount(x)
				v.Balance = &am
			}
		}
		cr, err := c.chain.Registry.Credit(ctx, a)
		if err != nil {
			fail("registry credit", err)
		}
		v.Credit = amount(cr)
		b.Accounts = append(b.Accounts, v)
	}
	pairs := map[[2]common.Address]bool{}
	for _, j := range s.Jobs {
		for _, cl := range j.Claims {
			pairs[[2]common.Address{j.User, cl.Provider}] = true
		}
	}
	keys := make([][2]common.Address, 0, len(pairs))
	for p := range pairs {
		keys = append(keys, p)
	}
	slices.SortFunc(keys, func(x, y [2]common.Address) int {
		return cmp.Or(x[0].Cmp(y[0]), x[1].Cmp(y[1]))
	})
	for _, p := range keys {
		ch, err := c.chain.Escrow.Channel(ctx, p[0], p[1])
		if err != nil {
			fail("escrow channel", err)
			continue
		}
		b.Channels = append(b.Channels, ChannelView{User: p[0], Provider: p[1], UserName: names[p[0]], ProvName: names[p[1]],
			Funds: amount(ch.Funds), Redeemed: amount(ch.Redeemed), Epoch: ch.Epoch, RefundAt: ch.RefundAt})
	}
	return b
}

func sortedAddrs(m map[common.Address]bool) []common.Address {
	out := make([]common.Address, 0, len(m))
	for a := range m {
		out = append(out, a)
	}
	slices.SortFunc(out, func(x, y common.Address) int { return x.Cmp(y) })
	return out
}

// openedArity reads the arity and the clock from a GameOpened event.
func openedArity(e dispute.Event) (uint8, uint64) {
	if v, ok := e.Raw.(*bindings.GamesGameOpened); ok {
		return v.Arity, v.Clock
	}
	return 0, 0
}
