package node

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/ipfs/go-cid"

	"github.com/rmsnet/rms/market"
	"github.com/rmsnet/rms/merkle"
	"github.com/rmsnet/rms/p2p"
)

// MaxFetchedInput bounds an input a job names by CID (DESIGN §5: the job
// carries the input root and its CID); inputs carried inline are bounded
// by MaxInputSize.
const MaxFetchedInput = 64 << 20

// inputFetchTimeout bounds the fetch of one input by CID.
const inputFetchTimeout = 30 * time.Second

// jobInput is the input blob of job: req's inline bytes, or when there are
// none, the file the job's InputCID names, fetched over bitswap (from the
// local store, the user that sent the job, or any peer the DHT names as
// holding it) and checked against the job's input root.
func jobInput(ctx context.Context, n *p2p.Node, job *market.Job, inline []byte) ([]byte, error) {
	if len(inline) > 0 || len(job.InputCID) == 0 {
		return inline, nil // checked against the root by the caller
	}
	c, err := cid.Cast(job.InputCID)
	if err != nil {
		return nil, fmt.Errorf("%w: input CID: %v", ErrBadInput, err)
	}
	in, err := FetchInput(ctx, n, c)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrBadInput, err)
	}
	if got := merkle.BlobRoot(in); got != job.InputRoot {
		return nil, fmt.Errorf("%w: the input fetched by CID %s has root %s, the job names %s", ErrBadInput, c, got.Hex(), job.InputRoot.Hex())
	}
	return in, nil
}

// FetchInput reads the file c (a UnixFS DAG, as p2p.Blocks.AddFile makes
// it) of at most MaxFetchedInput bytes, from the local store or over
// bitswap.
func FetchInput(ctx context.Context, n *p2p.Node, c cid.Cid) ([]byte, error) {
	if n == nil || n.Blocks == nil {
		return nil, errors.New("fetch input: no block exchange")
	}
	ctx, cancel := context.WithTimeout(ctx, inputFetchTimeout)
	defer cancel()
	var buf bytes.Buffer
	w := &capWriter{w: &buf, left: MaxFetchedInput}
	// The DAG's blocks hold the file's bytes plus a little framing.
	if _, err := n.Blocks.WriteFile(ctx, c, w, p2p.WithMaxBytes(MaxFetchedInput+MaxFetchedInput/64+64<<10)); err != nil {
		return nil, fmt.Errorf("fetch input %s: %w", c, err)
	}
	return buf.Bytes(), nil
}

// capWriter fails once more than left bytes are written.
type capWriter struct {
	w    io.Writer
	left int64
}

func (c *capWriter) Write(b []byte) (int, error) {
	if int64(len(b)) > c.left {
		return 0, fmt.Errorf("input over %d bytes", MaxFetchedInput)
	}
	c.left -= int64(len(b))
	return c.w.Write(b)
}

// AddInput stores input in the node's block store as a file (the IPFS
// profile of DESIGN §4) and returns its CID, for a job that names its
// input by CID; peers that ask for it get it over bitswap.
func AddInput(ctx context.Context, n *p2p.Node, input []byte) (cid.Cid, error) {
	if n == nil || n.Blocks == nil {
		return cid.Undef, errors.New("add input: no block exchange")
	}
	if len(input) > MaxFetchedInput {
		return cid.Undef, fmt.Errorf("add input: %d bytes, at most %d", len(input), MaxFetchedInput)
	}
	return n.Blocks.AddFile(ctx, bytes.NewReader(input))
}
