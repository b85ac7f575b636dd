package p2p

import (
	"fmt"
	"log/slog"
	"time"

	ds "github.com/ipfs/go-datastore"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/prometheus/client_golang/prometheus"
)

// DHTMode is the role of a node in the Kademlia DHT. It is always set
// explicitly, never left to automatic detection.
type DHTMode int

const (
	// DHTServer answers DHT queries and stores provider records (mesh peers).
	DHTServer DHTMode = iota
	// DHTClient only queries (light peers such as short-lived users).
	DHTClient
)

func (m DHTMode) String() string {
	switch m {
	case DHTServer:
		return "server"
	case DHTClient:
		return "client"
	}
	return fmt.Sprintf("DHTMode(%d)", int(m))
}

// ScoreProfile selects gossipsub mesh degrees and peer-scoring parameters;
// docs/P2P.md explains both profiles.
type ScoreProfile int

const (
	// SmallMesh suits a topic with up to a few dozen peers.
	SmallMesh ScoreProfile = iota
	// LargeMesh suits topics with hundreds of peers or more.
	LargeMesh
)

// Defaults used when no option overrides them.
const (
	DefaultMaxMessageSize    = 256 << 10
	DefaultRatePerSecond     = 50
	DefaultRateBurst         = 200
	DefaultReprovideInterval = 12 * time.Hour
	DefaultFetchTimeout      = 10 * time.Minute
	DefaultOpTimeout         = time.Minute
	DefaultConnLow           = 64
	DefaultConnHigh          = 192
	DefaultResourceMemory    = 1 << 30
	DefaultResourceFDs       = 1024
	// DefaultOutstandingBytes is how many bytes of blocks bitswap keeps in
	// flight to one peer (boxo's own default, 1 MiB, is a single block of
	// ours and leaves the link idle for a round trip after each block).
	DefaultOutstandingBytes = 16 << 20
	// MaxBlockSize is the largest block AddFile and PutBlock produce and the
	// chunk size of AddFile.
	MaxBlockSize = 1 << 20
)

// DefaultListenAddrs listens on all interfaces, TCP and QUIC, port 4001.
var DefaultListenAddrs = []string{"/ip4/0.0.0.0/tcp/4001", "/ip4/0.0.0.0/udp/4001/quic-v1"}

type config struct {
	listen       []string
	bootstrap    []peer.AddrInfo
	dhtMode      DHTMode
	connLow      int
	connHigh     int
	connGrace    time.Duration
	rcMemory     int64
	rcFDs        int
	logger       *slog.Logger
	registerer   prometheus.Registerer
	opTimeout    time.Duration
	datastore    ds.Batching
	userAgent    string
	reprovide    time.Duration
	rtRefresh    time.Duration
	heartbeat    time.Duration
	maxMsgSize   int
	scoreProfile ScoreProfile
	ratePerSec   float64
	rateBurst    int
	scoreInspect time.Duration
	fetchTimeout time.Duration
	provSearch   time.Duration
	stake        StakeCheck
	bsOutstand   int

	jobMaxRequest  int
	jobMaxResponse int
	jobTimeout     time.Duration
	jobConcurrency int
}

func defaultConfig() *config {
	return &config{
		listen:       DefaultListenAddrs,
		dhtMode:      DHTServer,
		connLow:      DefaultConnLow,
		connHigh:     DefaultConnHigh,
		connGrace:    time.Minute,
		rcMemory:     DefaultResourceMemory,
		rcFDs:        DefaultResourceFDs,
		logger:       slog.Default(),
		opTimeout:    DefaultOpTimeout,
		userAgent:    "rms",
		reprovide:    DefaultReprovideInterval,
		rtRefresh:    10 * time.Minute,
		heartbeat:    time.Second,
		maxMsgSize:   DefaultMaxMessageSize,
		scoreProfile: SmallMesh,
		ratePerSec:   DefaultRatePerSecond,
		rateBurst:    DefaultRateBurst,
		scoreInspect: time.Second,
		fetchTimeout: DefaultFetchTimeout,
		provSearch:   time.Second,
		bsOutstand:   DefaultOutstandingBytes,

		jobMaxRequest:  DefaultJobRequestSize,
		jobMaxResponse: DefaultJobResponseSize,
		jobTimeout:     DefaultJobTimeout,
		jobConcurrency: DefaultJobConcurrency,
	}
}

// Option changes one setting of a Node or of one of its parts.
type Option func(*config) error

func applyOptions(opts []Option) (*config, error) {
	c := defaultConfig()
	for _, o := range opts {
		if o == nil {
			continue
		}
		if err := o(c); err != nil {
			return nil, err
		}
	}
	return c, nil
}

// WithListenAddrs sets the multiaddrs the host listens on (TCP and/or QUIC).
func WithListenAddrs(addrs ...string) Option {
	return func(c *config) error {
		if len(addrs) == 0 {
			return fmt.Errorf("p2p: no listen address given")
		}
		c.listen = append([]string(nil), addrs...)
		return nil
	}
}

// WithBootstrapPeers sets the peers dialled at start and used to seed the DHT
// routing table.
func WithBootstrapPeers(peers ...peer.AddrInfo) Option {
	return func(c *config) error {
		c.bootstrap = append([]peer.AddrInfo(nil), peers...)
		return nil
	}
}

// WithBootstrapAddrs is WithBootstrapPeers for multiaddr strings that end in
// /p2p/<peer id>.
func WithBootstrapAddrs(addrs ...string) Option {
	return func(c *config) error {
		infos, err := ParseAddrInfos(addrs)
		if err != nil {
			return err
		}
		c.bootstrap = infos
		return nil
	}
}

// WithDHTMode sets the DHT role: DHTServer for mesh peers, DHTClient for light
// peers. The default is DHTServer.
func WithDHTMode(m DHTMode) Option {
	return func(c *config) error {
		if m != DHTServer && m != DHTClient {
			return fmt.Errorf("p2p: unknown DHT mode %d", int(m))
		}
		c.dhtMode = m
		return nil
	}
}

// WithConnWatermarks sets the connection manager's low and high watermarks:
// above high it trims connections down to low.
func WithConnWatermarks(low, high int) Option {
	return func(c *config) error {
		if low <= 0 || high < low {
			return fmt.Errorf("p2p: bad connection watermarks low=%d high=%d", low, high)
		}
		c.connLow, c.connHigh = low, high
		return nil
	}
}

// WithResourceLimits scales the resource manager's limits to the given memory
// budget in bytes and number of file descriptors.
func WithResourceLimits(memory int64, fds int) Option {
	return func(c *config) error {
		if memory < 64<<20 || fds < 64 {
			return fmt.Errorf("p2p: resource limits too small (memory %d, fds %d): need at least 64 MiB and 64 fds", memory, fds)
		}
		c.rcMemory, c.rcFDs = memory, fds
		return nil
	}
}

// WithLogger sets the structured logger.
func WithLogger(l *slog.Logger) Option {
	return func(c *config) error {
		if l != nil {
			c.logger = l
		}
		return nil
	}
}

// WithPrometheus registers libp2p's metrics on reg. Without it the host
// collects no libp2p metrics (so many hosts can live in one process).
func WithPrometheus(reg prometheus.Registerer) Option {
	return func(c *config) error {
		c.registerer = reg
		return nil
	}
}

// WithOpTimeout bounds network operations whose context has no deadline
// (DHT provide and lookup, publish waits). Default one minute.
func WithOpTimeout(d time.Duration) Option {
	return func(c *config) error {
		if d <= 0 {
			return fmt.Errorf("p2p: operation timeout must be positive, got %s", d)
		}
		c.opTimeout = d
		return nil
	}
}

// WithDatastore makes the node keep blocks and DHT records in ds (for
// example the node's one embedded store) instead of opening its own pebble
// store under the data dir. The caller keeps ownership of ds.
func WithDatastore(d ds.Batching) Option {
	return func(c *config) error {
		c.datastore = d
		return nil
	}
}

// WithUserAgent sets the identify user agent.
func WithUserAgent(ua string) Option {
	return func(c *config) error {
		c.userAgent = ua
		return nil
	}
}

// WithReprovideInterval sets how often advertised services and provided
// roots are announced again on the DHT. Default 12 h (records live 48 h).
func WithReprovideInterval(d time.Duration) Option {
	return func(c *config) error {
		if d <= 0 {
			return fmt.Errorf("p2p: reprovide interval must be positive, got %s", d)
		}
		c.reprovide = d
		return nil
	}
}

// WithRoutingTableRefresh sets the DHT routing-table refresh period.
func WithRoutingTableRefresh(d time.Duration) Option {
	return func(c *config) error {
		if d <= 0 {
			return fmt.Errorf("p2p: routing table refresh must be positive, got %s", d)
		}
		c.rtRefresh = d
		return nil
	}
}

// WithHeartbeat sets the gossipsub heartbeat interval (default 1 s). Tests use
// a short heartbeat so that meshes form quickly.
func WithHeartbeat(d time.Duration) Option {
	return func(c *config) error {
		if d < 10*time.Millisecond {
			return fmt.Errorf("p2p: heartbeat %s too short (min 10ms)", d)
		}
		c.heartbeat = d
		return nil
	}
}

// WithMaxMessageSize sets the largest gossip message accepted or published.
func WithMaxMessageSize(n int) Option {
	return func(c *config) error {
		if n < 1024 || n > 4<<20 {
			return fmt.Errorf("p2p: max message size %d out of range [1 KiB, 4 MiB]", n)
		}
		c.maxMsgSize = n
		return nil
	}
}

// WithScoreProfile selects mesh degrees and peer-scoring parameters.
func WithScoreProfile(p ScoreProfile) Option {
	return func(c *config) error {
		if p != SmallMesh && p != LargeMesh {
			return fmt.Errorf("p2p: unknown score profile %d", int(p))
		}
		c.scoreProfile = p
		return nil
	}
}

// WithRateLimit sets the per-peer gossip rate limit: a token bucket of burst
// messages refilled at perSecond. Messages over the limit are ignored (not
// delivered, not forwarded).
func WithRateLimit(perSecond float64, burst int) Option {
	return func(c *config) error {
		if perSecond <= 0 || burst <= 0 {
			return fmt.Errorf("p2p: bad rate limit %g/s burst %d", perSecond, burst)
		}
		c.ratePerSec, c.rateBurst = perSecond, burst
		return nil
	}
}

// WithFetchTimeout bounds block fetches whose context has no deadline.
func WithFetchTimeout(d time.Duration) Option {
	return func(c *config) error {
		if d <= 0 {
			return fmt.Errorf("p2p: fetch timeout must be positive, got %s", d)
		}
		c.fetchTimeout = d
		return nil
	}
}

// WithProviderSearchDelay sets how long a bitswap session waits for
// connected peers before it asks the DHT for providers (default 1 s).
func WithProviderSearchDelay(d time.Duration) Option {
	return func(c *config) error {
		if d <= 0 {
			return fmt.Errorf("p2p: provider search delay must be positive, got %s", d)
		}
		c.provSearch = d
		return nil
	}
}

// WithOutstandingBytes sets how many bytes of blocks bitswap keeps in flight
// to one requesting peer.
func WithOutstandingBytes(n int) Option {
	return func(c *config) error {
		if n < MaxBlockSize {
			return fmt.Errorf("p2p: outstanding bytes %d below one block (%d)", n, MaxBlockSize)
		}
		c.bsOutstand = n
		return nil
	}
}

// WithConnGracePeriod sets how long a new connection is exempt from trimming
// by the connection manager (default one minute).
func WithConnGracePeriod(d time.Duration) Option {
	return func(c *config) error {
		if d < 0 {
			return fmt.Errorf("p2p: negative connection grace period %s", d)
		}
		c.connGrace = d
		return nil
	}
}
