package market_test

import (
	"testing"

	"github.com/rmsnet/rms/market"
)

// TestGameOutcomeWinnerAndClocks: the winner of each end of a game, and the
// clocks as the contract's clocks(id) runs them (the sides that owe a move
// lose the time since the turn began, down to zero).
func TestGameOutcomeWinnerAndClocks(t *testing.T) {
	for _, tc := range []struct {
		name   string
		g      market.GameOutcome
		winner int
	}{
		{"bisecting", market.GameOutcome{Phase: market.GamePhaseBisect, Losers: 1}, -1},
		{"side 0 lost", market.GameOutcome{Phase: market.GamePhaseDone, Losers: 1}, 1},
		{"side 1 lost", market.GameOutcome{Phase: market.GamePhaseDone, Losers: 2}, 0},
		{"both lost", market.GameOutcome{Phase: market.GamePhaseDone, Losers: 3}, -1},
	} {
		if got := tc.g.Winner(); got != tc.winner {
			t.Errorf("%s: winner %d, want %d", tc.name, got, tc.winner)
		}
	}
	for _, tc := range []struct {
		name string
		g    market.GameOutcome
		now  uint64
		want [2]uint64
	}{
		{"bisect, side 0 posted", market.GameOutcome{Phase: market.GamePhaseBisect, Posted: 1, TurnStart: 100, Remaining: [2]uint64{50, 60}}, 120, [2]uint64{50, 40}},
		{"bisect, none posted", market.GameOutcome{Phase: market.GamePhaseBisect, TurnStart: 100, Remaining: [2]uint64{50, 60}}, 155, [2]uint64{0, 5}},
		{"step: both owe", market.GameOutcome{Phase: market.GamePhaseStep, Posted: 3, TurnStart: 100, Remaining: [2]uint64{50, 60}}, 110, [2]uint64{40, 50}},
		{"done: no clock runs", market.GameOutcome{Phase: market.GamePhaseDone, TurnStart: 100, Remaining: [2]uint64{50, 60}}, 1000, [2]uint64{50, 60}},
		{"before the turn", market.GameOutcome{Phase: market.GamePhaseStep, TurnStart: 100, Remaining: [2]uint64{50, 60}}, 90, [2]uint64{50, 60}},
	} {
		if got := tc.g.Clocks(tc.now); got != tc.want {
			t.Errorf("%s: clocks %v, want %v", tc.name, got, tc.want)
		}
	}
}
