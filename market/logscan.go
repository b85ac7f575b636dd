package market

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"
)

// LogWindow is the number of blocks asked for in one eth_getLogs call.
// Public endpoints refuse wide ranges (often beyond 1,000–10,000 blocks, or
// beyond a number of results); a refused window is halved and asked again,
// down to one block.
const LogWindow = 2000

// LogBackend is what a log scan needs of an endpoint.
type LogBackend interface {
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
}

// logRetryPause is the wait before a refused window is asked again: besides
// refusing wide ranges, a node may not have indexed the newest block's logs
// yet (geth answers "pebble: not found" for a moment after a block).
const logRetryPause = 50 * time.Millisecond

// FilterLogs reads the logs of q in blocks [from, to] in windows of at most
// LogWindow blocks, oldest first. to nil means the head when the scan starts.
// q's block range is replaced by the windows.
func FilterLogs(ctx context.Context, b LogBackend, q ethereum.FilterQuery, from uint64, to *uint64) ([]types.Log, error) {
	last, err := resolveTo(ctx, b, to)
	if err != nil {
		return nil, err
	}
	var out []types.Log
	window := uint64(LogWindow)
	for lo := from; lo <= last; {
		hi := last
		if last-lo >= window {
			hi = lo + window - 1
		}
		q.FromBlock, q.ToBlock = new(big.Int).SetUint64(lo), new(big.Int).SetUint64(hi)
		logs, err := b.FilterLogs(ctx, q)
		if err != nil {
			if ctx.Err() != nil || window == 1 {
				return nil, fmt.Errorf("logs of blocks %d…%d: %w", lo, hi, err)
			}
			window = max(window/2, 1)
			select {
			case <-ctx.Done():
				return nil, fmt.Errorf("logs of blocks %d…%d: %w", lo, hi, ctx.Err())
			case <-time.After(logRetryPause):
			}
			continue
		}
		out = append(out, logs...)
		if hi == last {
			break
		}
		lo = hi + 1
	}
	return out, nil
}

func resolveTo(ctx context.Context, b LogBackend, to *uint64) (uint64, error) {
	if to != nil {
		return *to, nil
	}
	h, err := b.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("head block: %w", err)
	}
	if h == nil || h.Number == nil {
		return 0, errors.New("head block: endpoint returned no header")
	}
	return h.Number.Uint64(), nil
}
