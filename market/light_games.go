package market

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// ErrUnknownGame: no game was opened under the id (at the view's block).
var ErrUnknownGame = errors.New("no such game")

// The Games contract's storage layout that verified game reads rely on;
// TestRegistryStorageLayout compares it with the compiler's.
const (
	gamesSlotGames    = 0 // mapping(bytes32 => Game) games_
	gamesSlotDefeated = 1 // mapping(bytes32 => bool) defeated

	// Words of a Game from its base slot keccak256(id . 0).
	gameOffJob       = 0
	gameOffHead      = 3 // phase (byte 31), round (30), posted (29), losers (28), turnStart uint64 (20..27)
	gameOffRemaining = 5 // remaining[0] (bytes 24..31), remaining[1] (16..23)
	gameOffClaim     = 6 // claim[0], claim[1]
	gameOffService   = 8
	gameOffProvider  = 10
	gameOffOutput    = 14
)

// Game phases as the contract numbers them.
const (
	GamePhaseNone   = 0
	GamePhaseBisect = 1
	GamePhaseStep   = 2
	GamePhaseDone   = 3
)

// GameOutcome is what a user decides on about a game, every field proven:
// who played, which outputs they claimed, whether it is over and who lost.
type GameOutcome struct {
	ID          common.Hash
	JobHash     common.Hash
	Phase       uint8     // GamePhase…
	Posted      uint8     // in dissection: bit s set if side s posted this round
	Losers      uint8     // when done: bit s set if side s lost (3: both)
	TurnStart   uint64    // when the current phase or round began (unix seconds)
	Remaining   [2]uint64 // each side's clock at TurnStart, seconds
	Claims      [2]common.Hash
	Services    [2]ServiceID
	Providers   [2]common.Address
	OutputRoots [2]common.Hash
	Defeated    [2]bool // each claim's defeated flag (it lost this or another game)
}

// Done reports whether the game is over.
func (g *GameOutcome) Done() bool { return g.Phase == GamePhaseDone }

// Winner is the side that won a finished game, or -1 when it is not over
// or both sides lost.
func (g *GameOutcome) Winner() int {
	if !g.Done() {
		return -1
	}
	switch g.Losers {
	case 1:
		return 1
	case 2:
		return 0
	}
	return -1
}

// Clocks is each side's clock at time now (unix seconds), counting the
// running one, as the contract's clocks(id) computes it: a side at zero
// has timed out, and anyone may end the game against it.
func (g *GameOutcome) Clocks(now uint64) [2]uint64 {
	left := g.Remaining
	for s := range 2 {
		owes := g.Phase == GamePhaseStep || (g.Phase == GamePhaseBisect && g.Posted&(1<<s) == 0)
		if !owes {
			continue
		}
		used := uint64(0)
		if now > g.TurnStart {
			used = now - g.TurnStart
		}
		left[s] = 0
		if used < g.Remaining[s] {
			left[s] = g.Remaining[s] - used
		}
	}
	return left
}

// Game proves the game id in the Games contract at games (an address from
// the user's deployment record) at the view's block: one request for the
// game's words, one for the defeated flags of its two claims. Every error
// is a *LightError naming the game and the block.
func (v *LightView) Game(ctx context.Context, games common.Address, id common.Hash) (*GameOutcome, error) {
	fail := func(err error) (*GameOutcome, error) {
		return nil, &LightError{Block: v.header.Number.Uint64(), Hash: v.header.Hash(), What: "game " + id.Hex(), Err: err}
	}
	base := mappingSlot(id, gamesSlotGames)
	off := func(i uint64) common.Hash { return slotAdd(base, i) }
	keys := []common.Hash{off(gameOffJob), off(gameOffHead), off(gameOffRemaining)}
	for s := range uint64(2) {
		keys = append(keys, off(gameOffClaim+s), off(gameOffService+s), off(gameOffProvider+s), off(gameOffOutput+s))
	}
	vals, err := v.contractStorage(ctx, games, keys)
	if err != nil {
		return fail(err)
	}
	head := vals[off(gameOffHead)]
	g := &GameOutcome{ID: id, JobHash: vals[off(gameOffJob)], Phase: head[31], Posted: head[29], Losers: head[28],
		TurnStart: be64(head[20:28])}
	if g.Phase == GamePhaseNone {
		return fail(fmt.Errorf("%w: %s", ErrUnknownGame, id.Hex()))
	}
	if g.Phase > GamePhaseDone {
		return fail(fmt.Errorf("%w: phase %d", ErrBadProof, g.Phase))
	}
	rem := vals[off(gameOffRemaining)]
	g.Remaining = [2]uint64{be64(rem[24:32]), be64(rem[16:24])}
	for s := range 2 {
		i := uint64(s)
		g.Claims[s] = vals[off(gameOffClaim+i)]
		g.Services[s] = ServiceID(vals[off(gameOffService+i)])
		g.Providers[s] = common.BytesToAddress(vals[off(gameOffProvider+i)].Bytes())
		g.OutputRoots[s] = vals[off(gameOffOutput+i)]
	}
	dk := []common.Hash{mappingSlot(g.Claims[0], gamesSlotDefeated), mappingSlot(g.Claims[1], gamesSlotDefeated)}
	dv, err := v.contractStorage(ctx, games, dk)
	if err != nil {
		return fail(err)
	}
	for s := range 2 {
		g.Defeated[s] = dv[dk[s]][31] != 0
	}
	return g, nil
}

func be64(b []byte) uint64 {
	var x uint64
	for _, c := range b {
		x = x<<8 | uint64(c)
	}
	return x
}

// contractStorage proves the account of the contract at addr and the values
// of keys in its storage at the view's block.
func (v *LightView) contractStorage(ctx context.Context, addr common.Address, keys []common.Hash) (map[common.Hash]common.Hash, error) {
	res, n, err := getProofOf(ctx, v.l.ep, addr, v.header.Hash(), keys)
	v.Bytes += n
	if err != nil {
		return nil, err
	}
	acct, vals, err := verifyProof(v.header.Root, addr, keys, res)
	if err != nil {
		return nil, err
	}
	if !acct.exists || acct.codeHash == types.EmptyCodeHash {
		return nil, fmt.Errorf("%w: no contract at %s", ErrBadProof, addr.Hex())
	}
	return vals, nil
}
