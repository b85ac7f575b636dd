package dispute

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/rmsnet/rms/market"
)

// GameLog is every event of one game, oldest first.
type GameLog struct {
	ID     common.Hash
	Events []Event
}

// AllEvents reads the events of every game the contract logged, from block
// from on, in one pass over its logs: games in the order they were opened,
// each game's events oldest first (what Events returns for each id).
func (g *Games) AllEvents(ctx context.Context, from uint64) ([]GameLog, error) {
	q := ethereum.FilterQuery{Addresses: []common.Address{g.addr}}
	logs, err := market.FilterLogs(ctx, g.b, q, from, nil)
	if err != nil {
		return nil, fmt.Errorf("games: logs: %w", err)
	}
	var out []GameLog
	at := map[common.Hash]int{}
	for i := range logs {
		l := &logs[i]
		if l.Removed || len(l.Topics) < 2 {
			continue
		}
		// Every event names its game in its first topic, but ClaimDefeated,
		// which names the claim there and the game in its data.
		id := common.Hash(l.Topics[1])
		if v, err := g.abi.UnpackClaimDefeatedEvent(l); err == nil {
			id = v.Id
		}
		e, ok := g.decode(l, id)
		if !ok {
			continue
		}
		j, seen := at[id]
		if !seen {
			if e.Kind != EventOpened {
				continue // a game opened before from
			}
			j = len(out)
			at[id] = j
			out = append(out, GameLog{ID: id})
		}
		out[j].Events = append(out[j].Events, e)
	}
	return out, nil
}
