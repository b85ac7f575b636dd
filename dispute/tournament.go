package dispute

import (
	"errors"
	"fmt"

	"github.com/rmsnet/rms/market"
	"github.com/rmsnet/rms/merkle"
)

// Errors of a claim that is inconsistent on its face (CheckClaim).
var (
	ErrTraceMismatch = errors.New("the op roots do not hash to the claim's trace root")
	ErrOutputNotLast = errors.New("the claim's output root is not the last output of its own trace")
)

// CheckClaim checks a claim against the op output roots it came with
// (DESIGN §6: a user checks this off chain before it compares claims):
// the trace they make must have the trace root the claim signs, and its
// last output must be the claim's output root. It returns the trace.
func CheckClaim(height int, c *market.SignedClaim, ops []merkle.Hash) (*Trace, error) {
	t, err := NewTrace(height, ops)
	if err != nil {
		return nil, fmt.Errorf("claim of %s: %w", c.Provider.Hex(), err)
	}
	if t.Root() != c.TraceRoot {
		return nil, fmt.Errorf("claim of %s: %w (%d op roots give %s, the claim signs %s)", c.Provider.Hex(), ErrTraceMismatch,
			len(ops), t.Root().Hex(), c.TraceRoot.Hex())
	}
	if t.Output() != c.OutputRoot {
		return nil, fmt.Errorf("claim of %s: %w (the trace ends with %s, the claim names %s)", c.Provider.Hex(), ErrOutputNotLast,
			t.Output().Hex(), c.OutputRoot.Hex())
	}
	return t, nil
}

// Contender is one claim of a job in the tournament of its claims.
type Contender struct {
	Claim    [32]byte    // the claim's EIP-712 hash
	Output   merkle.Hash // its output root
	Defeated bool        // it lost a game
}

// NextPair picks the next game of a job's tournament (DESIGN §6): games
// go on between undefeated claims with different outputs until one output
// remains. It pairs the first undefeated claim of the output that most
// undefeated claims back (ties: the output claimed first) with the first
// undefeated claim of another output, skipping pairs in played (a pair
// plays at most once). ok is false when no such pair is left.
func NextPair(cs []Contender, played func(a, b int) bool) (a, b int, ok bool) {
	count := map[merkle.Hash]int{}
	for _, c := range cs {
		if !c.Defeated {
			count[c.Output]++
		}
	}
	if len(count) < 2 {
		return 0, 0, false
	}
	// Outputs ordered by support, ties by first appearance.
	var order []merkle.Hash
	for _, c := range cs {
		if c.Defeated || count[c.Output] == 0 || contains(order, c.Output) {
			continue
		}
		order = append(order, c.Output)
	}
	for i := 1; i < len(order); i++ {
		for j := i; j > 0 && count[order[j]] > count[order[j-1]]; j-- {
			order[j], order[j-1] = order[j-1], order[j]
		}
	}
	for _, best := range order {
		for i, x := range cs {
			if x.Defeated || x.Output != best {
				continue
			}
			for j, y := range cs {
				if y.Defeated || y.Output == best || (played != nil && played(i, j)) {
					continue
				}
				return i, j, true
			}
		}
	}
	return 0, 0, false
}

// RoundPairs picks the games of the next round of a job's tournament,
// to be played at once (each game reserves its own bonds): every
// undefeated claim of an output other than the leading one (the output
// most undefeated claims back; ties: the output claimed first) meets a
// claim of the leading output, a claim not drawn yet in this round when
// there is one. When the leading output is the honest one, as it is while
// the honest providers asked are the majority, one round defeats every
// claim against it, with one game per such claim; when liars lead, their
// claims that did not play stay undefeated and the next round takes them
// on (a honest claim alone against two agreeing liars: two rounds of one
// game each, as NextPair would). Pairs in skip are left out (a pair that
// cannot be played); the first pair is NextPair's, each pair is (leading
// claim, dissenting claim). ok is false when no pair is left.
func RoundPairs(cs []Contender, skip func(a, b int) bool) (pairs [][2]int, ok bool) {
	a, b, ok := NextPair(cs, skip)
	if !ok {
		return nil, false
	}
	best := cs[a].Output
	var lead []int
	for i, c := range cs {
		if !c.Defeated && c.Output == best {
			lead = append(lead, i)
		}
	}
	drawn := map[int]bool{a: true, b: true}
	pairs = [][2]int{{a, b}}
	for y, c := range cs {
		if c.Defeated || c.Output == best || drawn[y] {
			continue
		}
	find:
		for pass := range 2 {
			for _, x := range lead {
				if (pass == 0 && drawn[x]) || (skip != nil && skip(x, y)) {
					continue
				}
				drawn[x], drawn[y] = true, true
				pairs = append(pairs, [2]int{x, y})
				break find
			}
		}
	}
	return pairs, true
}

func contains(l []merkle.Hash, h merkle.Hash) bool {
	for _, x := range l {
		if x == h {
			return true
		}
	}
	return false
}

// Standing is the output that stands once the tournament is over: the one
// output every undefeated claim agrees on. ok is false while undefeated
// claims disagree, or when every claim lost.
func Standing(cs []Contender) (out merkle.Hash, ok bool) {
	for _, c := range cs {
		if c.Defeated {
			continue
		}
		if ok && c.Output != out {
			return merkle.Hash{}, false
		}
		out, ok = c.Output, true
	}
	return out, ok
}
