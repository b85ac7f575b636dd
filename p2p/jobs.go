package p2p

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"sync"
	"time"

	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/protocol"
)

// JobProtocol is the protocol of direct job streams (DESIGN §8): one
// request and one response per stream, between a user and a provider it
// chose. What a request means is the handler's business; p2p moves bytes.
const JobProtocol = protocol.ID("/rms/job/1.0.0")

// JobProgressProtocol is JobProtocol with progress: before its response the
// serving peer may send progress frames, which its handler sends with
// SendProgress while it works (a text provider: each token as it is drawn)
// and RequestProgress hands to the requester. Progress is a hint, never
// the answer: only the response counts.
const JobProgressProtocol = protocol.ID("/rms/job-progress/1.0.0")

// MaxJobProgressSize bounds one progress frame.
const MaxJobProgressSize = 4 << 10

// ErrNoProgress is returned by SendProgress when the request being served
// did not ask for progress, or its response has gone out.
var ErrNoProgress = errors.New("the requester takes no progress")

// Defaults of direct job streams.
const (
	DefaultJobRequestSize  = 4 << 20
	DefaultJobResponseSize = 4 << 20
	DefaultJobTimeout      = 2 * time.Minute
	DefaultJobConcurrency  = 64
	// MaxJobErrorSize bounds the error text a handler sends back.
	MaxJobErrorSize = 4 << 10
)

// Response status bytes.
const (
	jobStatusOK       = 0
	jobStatusError    = 1
	jobStatusProgress = 2
)

// ErrJobFrame is returned (wrapped) when a job stream carries a malformed
// frame: a length over the limit, a truncated payload or an unknown status.
var ErrJobFrame = errors.New("bad job stream frame")

// ErrBusy is the refusal a handler sends when it already serves as many
// requests as WithJobConcurrency allows.
var ErrBusy = errors.New("busy: too many requests in flight")

// RemoteError is a refusal the serving peer sent back: its handler returned
// an error, whose text Message holds.
type RemoteError struct {
	Peer    peer.ID
	Message string
}

func (e *RemoteError) Error() string { return fmt.Sprintf("peer %s refused: %s", e.Peer, e.Message) }

// RequestHandler answers one request from peer from. Its error is sent back
// as text (at most MaxJobErrorSize bytes) and becomes a *RemoteError on the
// requesting side. ctx ends at the stream's deadline or when the service
// closes.
type RequestHandler func(ctx context.Context, from peer.ID, req []byte) ([]byte, error)

// Requester sends requests on direct job streams; *JobStreams implements it.
type Requester interface {
	Request(ctx context.Context, p peer.ID, req []byte) ([]byte, error)
}

// JobStreams is the request/response service on JobProtocol.
type JobStreams struct {
	h      host.Host
	cfg    *config
	sem    chan struct{}
	ctx    context.Context
	cancel context.CancelFunc
	wg     sync.WaitGroup
	mu     sync.Mutex
	closed bool
}

// NewJobStreams builds the job stream service on h. It serves nothing until
// Handle is called.
func NewJobStreams(h host.Host, opts ...Option) (*JobStreams, error) {
	cfg, err := applyOptions(opts)
	if err != nil {
		return nil, err
	}
	return newJobStreams(h, cfg), nil
}

func newJobStreams(h host.Host, cfg *config) *JobStreams {
	ctx, cancel := context.WithCancel(context.Background())
	return &JobStreams{h: h, cfg: cfg, sem: make(chan struct{}, cfg.jobConcurrency), ctx: ctx, cancel: cancel}
}

// Handle serves incoming requests with fn (replacing any earlier handler).
func (j *JobStreams) Handle(fn RequestHandler) {
	handler := func(s network.Stream) {
		j.mu.Lock()
		if j.closed {
			j.mu.Unlock()
			s.Reset()
			return
		}
		j.wg.Add(1)
		j.mu.Unlock()
		defer j.wg.Done()
		j.serve(s, fn)
	}
	j.h.SetStreamHandler(JobProtocol, handler)
	j.h.SetStreamHandler(JobProgressProtocol, handler)
}

// progress sends the progress frames of one request, until its response.
type progress struct {
	mu   sync.Mutex
	w    io.Writer
	done bool
}

type progressKey struct{}

// SendProgress sends b to the peer whose request ctx (a RequestHandler's)
// serves, when it asked with RequestProgress; ErrNoProgress otherwise.
func SendProgress(ctx context.Context, b []byte) error {
	p, _ := ctx.Value(progressKey{}).(*progress)
	if p == nil {
		return ErrNoProgress
	}
	if len(b) > MaxJobProgressSize {
		return fmt.Errorf("p2p: progress of %d bytes is over the limit of %d", len(b), MaxJobProgressSize)
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.done {
		return ErrNoProgress
	}
	if _, err := p.w.Write([]byte{jobStatusProgress}); err != nil {
		return err
	}
	return writeFrame(p.w, b)
}

func (j *JobStreams) serve(s network.Stream, fn RequestHandler) {
	from := s.Conn().RemotePeer()
	deadline := time.Now().Add(j.cfg.jobTimeout)
	_ = s.SetDeadline(deadline)
	ctx, cancel := context.WithDeadline(j.ctx, deadline)
	defer cancel()
	log := j.cfg.logger.With("peer", from, "protocol", JobProtocol)
	req, err := readFrame(s, j.cfg.jobMaxRequest)
	if err != nil {
		log.Debug("p2p: job request", "err", err)
		// Tell the sender why when the frame itself is the problem.
		if writeResponse(s, nil, fmt.Errorf("request: %w", err)) != nil {
			s.Reset()
			return
		}
		s.Close()
		return
	}
	// The requester sends nothing after its request and closes the stream
	// once it has the response: a reset (or stray bytes) before that means
	// it went away, and the handler's context ends.
	go func() {
		var b [1]byte
		if n, err := s.Read(b[:]); n > 0 || !errors.Is(err, io.EOF) {
			cancel()
		}
	}()
	var resp []byte
	prog := &progress{w: s}
	if s.Protocol() == JobProgressProtocol {
		ctx = context.WithValue(ctx, progressKey{}, prog)
	}
	select {
	case j.sem <- struct{}{}:
		resp, err = j.call(ctx, fn, from, req)
		<-j.sem
	default:
		err = ErrBusy
	}
	if err == nil && len(resp) > j.cfg.jobMaxResponse {
		err = fmt.Errorf("response of %d bytes is over the limit of %d", len(resp), j.cfg.jobMaxResponse)
		resp = nil
	}
	prog.mu.Lock()
	prog.done = true
	werr := writeResponse(s, resp, err)
	prog.mu.Unlock()
	if werr != nil {
		log.Debug("p2p: job response", "err", werr)
		s.Reset()
		return
	}
	s.Close()
}

// call runs the handler and turns a panic into an error, so one bad request
// cannot take the node down.
func (j *JobStreams) call(ctx context.Context, fn RequestHandler, from peer.ID, req []byte) (resp []byte, err error) {
	defer func() {
		if r := recover(); r != nil {
			j.cfg.logger.Error("p2p: job handler panicked", "peer", from, "panic", r)
			resp, err = nil, errors.New("internal error")
		}
	}()
	return fn(ctx, from, req)
}

// Request opens a stream to p, sends req and returns the response. It fails
// with a *RemoteError when p's handler refused, with ErrJobFrame when p
// answered with a malformed frame, and when ctx (or, without a deadline,
// the job timeout) ends first.
func (j *JobStreams) Request(ctx context.Context, p peer.ID, req []byte) ([]byte, error) {
	return j.request(ctx, p, req, nil)
}

// RequestProgress is Request on JobProgressProtocol: fn is called with each
// progress frame p sends before its response, in order, from the calling
// goroutine.
func (j *JobStreams) RequestProgress(ctx context.Context, p peer.ID, req []byte, fn func([]byte)) ([]byte, error) {
	if fn == nil {
		fn = func([]byte) {}
	}
	return j.request(ctx, p, req, fn)
}

func (j *JobStreams) request(ctx context.Context, p peer.ID, req []byte, progress func([]byte)) ([]byte, error) {
	if len(req) > j.cfg.jobMaxRequest {
		return nil, fmt.Errorf("p2p: job request of %d bytes is over the limit of %d", len(req), j.cfg.jobMaxRequest)
	}
	ctx, cancel := withDefaultDeadline(ctx, j.cfg.jobTimeout)
	defer cancel()
	proto := JobProtocol
	if progress != nil {
		proto = JobProgressProtocol
	}
	s, err := j.h.NewStream(ctx, p, proto)
	if err != nil {
		return nil, fmt.Errorf("p2p: open job stream to %s: %w", p, err)
	}
	// Reset the stream when ctx ends, so blocked reads and writes return at
	// once (and the error names the context's end).
	stop := context.AfterFunc(ctx, func() { s.Reset() })
	defer stop()
	if err := writeFrame(s, req); err != nil {
		s.Reset()
		return nil, j.streamErr(ctx, p, "send job request", err)
	}
	resp, rerr := readResponse(s, j.cfg.jobMaxResponse, progress)
	if rerr != nil {
		s.Reset()
		var re *RemoteError
		if errors.As(rerr, &re) {
			re.Peer = p
			return nil, re
		}
		return nil, j.streamErr(ctx, p, "read job response", rerr)
	}
	s.Close()
	return resp, nil
}

func (j *JobStreams) streamErr(ctx context.Context, p peer.ID, what string, err error) error {
	if ctx.Err() != nil {
		return fmt.Errorf("p2p: %s to %s: %w (%v)", what, p, ctx.Err(), err)
	}
	return fmt.Errorf("p2p: %s to %s: %w", what, p, err)
}

// Close stops serving, cancels the handlers' contexts and waits for them.
func (j *JobStreams) Close() error {
	j.mu.Lock()
	if j.closed {
		j.mu.Unlock()
		return nil
	}
	j.closed = true
	j.mu.Unlock()
	j.h.RemoveStreamHandler(JobProtocol)
	j.h.RemoveStreamHandler(JobProgressProtocol)
	j.cancel()
	j.wg.Wait()
	return nil
}

// Frames: a 4-byte big-endian length, then that many bytes. A response
// starts with a status byte: 0 and a frame with the payload, or 1 and a
// frame with the error text.

func writeFrame(w io.Writer, b []byte) error {
	var hdr [4]byte
	binary.BigEndian.PutUint32(hdr[:], uint32(len(b)))
	if _, err := w.Write(hdr[:]); err != nil {
		return err
	}
	_, err := w.Write(b)
	return err
}

func readFrame(r io.Reader, limit int) ([]byte, error) {
	var hdr [4]byte
	if _, err := io.ReadFull(r, hdr[:]); err != nil {
		return nil, fmt.Errorf("%w: length: %v", ErrJobFrame, err)
	}
	n := binary.BigEndian.Uint32(hdr[:])
	if uint64(n) > uint64(limit) {
		return nil, fmt.Errorf("%w: %d bytes announced, the limit is %d", ErrJobFrame, n, limit)
	}
	b := make([]byte, n)
	if _, err := io.ReadFull(r, b); err != nil {
		return nil, fmt.Errorf("%w: payload of %d bytes: %v", ErrJobFrame, n, err)
	}
	return b, nil
}

func writeResponse(w io.Writer, resp []byte, herr error) error {
	if herr != nil {
		msg := herr.Error()
		if len(msg) > MaxJobErrorSize {
			msg = msg[:MaxJobErrorSize]
		}
		if _, err := w.Write([]byte{jobStatusError}); err != nil {
			return err
		}
		return writeFrame(w, []byte(msg))
	}
	if _, err := w.Write([]byte{jobStatusOK}); err != nil {
		return err
	}
	return writeFrame(w, resp)
}

// readResponse reads one response, handing progress frames before it to
// progress (nil: a progress frame is malformed); a refusal comes back as
// *RemoteError (without its peer).
func readResponse(r io.Reader, limit int, progress func([]byte)) ([]byte, error) {
	for {
		var st [1]byte
		if _, err := io.ReadFull(r, st[:]); err != nil {
			return nil, fmt.Errorf("%w: status: %v", ErrJobFrame, err)
		}
		switch st[0] {
		case jobStatusOK:
			return readFrame(r, limit)
		case jobStatusError:
			msg, err := readFrame(r, MaxJobErrorSize)
			if err != nil {
				return nil, err
			}
			return nil, &RemoteError{Message: string(msg)}
		case jobStatusProgress:
			if progress == nil {
				return nil, fmt.Errorf("%w: progress on a stream that did not ask for it", ErrJobFrame)
			}
			b, err := readFrame(r, MaxJobProgressSize)
			if err != nil {
				return nil, err
			}
			progress(b)
			continue
		}
		return nil, fmt.Errorf("%w: unknown status %d", ErrJobFrame, st[0])
	}
}

// WithJobLimits sets the largest request and response a job stream carries.
func WithJobLimits(request, response int) Option {
	return func(c *config) error {
		if request <= 0 || response <= 0 || request > 1<<30 || response > 1<<30 {
			return fmt.Errorf("p2p: job stream limits must be 1 … 2^30 bytes, got request %d, response %d", request, response)
		}
		c.jobMaxRequest, c.jobMaxResponse = request, response
		return nil
	}
}

// WithJobTimeout bounds one request from open to response (on both sides;
// a requester's context deadline wins when it has one). Default 2 min.
func WithJobTimeout(d time.Duration) Option {
	return func(c *config) error {
		if d <= 0 {
			return fmt.Errorf("p2p: job timeout must be positive, got %s", d)
		}
		c.jobTimeout = d
		return nil
	}
}

// WithJobConcurrency sets how many requests a node serves at once; more are
// refused with ErrBusy. Default 64.
func WithJobConcurrency(n int) Option {
	return func(c *config) error {
		if n <= 0 {
			return fmt.Errorf("p2p: job concurrency must be positive, got %d", n)
		}
		c.jobConcurrency = n
		return nil
	}
}
