package p2p

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/ipfs/go-cid"
	ds "github.com/ipfs/go-datastore"
	dssync "github.com/ipfs/go-datastore/sync"
	dht "github.com/libp2p/go-libp2p-kad-dht"
	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/peer"
	mh "github.com/multiformats/go-multihash"
)

// ProtocolPrefix makes the RMS DHT its own network, apart from the public
// IPFS DHT.
const ProtocolPrefix = "/rms"

// ServiceID identifies a service (the market's 32-byte service id).
type ServiceID = [32]byte

// StakeCheck reports whether peer p is staked for the service. It is given
// by the caller (for example a registry lookup binding peer ids to on-chain
// addresses); p2p itself knows nothing about stakes. It must return promptly
// and honour ctx.
type StakeCheck func(ctx context.Context, serviceID ServiceID, p peer.ID) bool

// Finder is what domain code needs from service discovery.
type Finder interface {
	// Advertise announces this node as a provider of the service and keeps
	// the record fresh until stop is called or the node closes.
	Advertise(ctx context.Context, serviceID ServiceID) (stop func(), err error)
	// FindProviders streams up to n (n <= 0: all found) providers of the
	// service that pass the staking check; the channel closes when the
	// search ends or ctx is done.
	FindProviders(ctx context.Context, serviceID ServiceID, n int) (<-chan peer.AddrInfo, error)
}

var _ Finder = (*Discovery)(nil)

// serviceKeyDomain separates service keys from content CIDs.
const serviceKeyDomain = "rms/1/service-key/"

// ServiceKey is the DHT key under which providers of a service advertise: a
// CIDv1 (raw, sha2-256) of a domain string followed by the service id. It
// names no real content, so it never collides with a block.
func ServiceKey(serviceID ServiceID) cid.Cid {
	buf := make([]byte, 0, len(serviceKeyDomain)+len(serviceID))
	buf = append(buf, serviceKeyDomain...)
	buf = append(buf, serviceID[:]...)
	h, err := mh.Sum(buf, mh.SHA2_256, -1)
	if err != nil {
		panic(fmt.Sprintf("sha2-256 multihash: %v", err)) // cannot happen: sha2-256 is always registered
	}
	return cid.NewCidV1(cid.Raw, h)
}

// Discovery runs the Kademlia DHT (protocol prefix /rms) in the explicitly
// chosen mode and keeps provider records fresh.
type Discovery struct {
	h     host.Host
	dht   *dht.IpfsDHT
	cfg   *config
	stake StakeCheck
	log   *slog.Logger

	ctx    context.Context
	cancel context.CancelFunc
	wg     sync.WaitGroup

	mu    sync.Mutex
	keys  map[cid.Cid]int // provided key -> number of holders
	kick  chan struct{}
	close sync.Once
}

// WithStakeCheck sets the staking check FindProviders applies to every peer
// found. Without it every provider found is returned.
func WithStakeCheck(check StakeCheck) Option {
	return func(c *config) error {
		c.stake = check
		return nil
	}
}

// NewDiscovery starts the DHT on h. store keeps provider records (nil: in
// memory). It does not dial anyone; connect h to bootstrap peers (Bootstrap)
// and the routing table fills as identify learns which peers speak the DHT.
func NewDiscovery(h host.Host, store ds.Batching, opts ...Option) (*Discovery, error) {
	cfg, err := applyOptions(opts)
	if err != nil {
		return nil, err
	}
	return newDiscovery(h, store, cfg)
}

func newDiscovery(h host.Host, store ds.Batching, cfg *config) (*Discovery, error) {
	if store == nil {
		store = dssync.MutexWrap(ds.NewMapDatastore())
	}
	mode := dht.ModeServer
	if cfg.dhtMode == DHTClient {
		mode = dht.ModeClient
	}
	dopts := []dht.Option{
		dht.Mode(mode),
		dht.ProtocolPrefix(ProtocolPrefix),
		dht.Datastore(store),
		dht.DisableValues(),
		dht.RoutingTableRefreshPeriod(cfg.rtRefresh),
	}
	if len(cfg.bootstrap) > 0 {
		dopts = append(dopts, dht.BootstrapPeers(cfg.bootstrap...))
	}
	kad, err := dht.New(h, dopts...)
	if err != nil {
		return nil, fmt.Errorf("p2p: start DHT (%s mode): %w", cfg.dhtMode, err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	d := &Discovery{
		h: h, dht: kad, cfg: cfg, stake: cfg.stake, log: cfg.logger,
		ctx: ctx, cancel: cancel,
		keys: make(map[cid.Cid]int),
		kick: make(chan struct{}, 1),
	}
	d.wg.Add(1)
	go d.reprovideLoop()
	return d, nil
}

// DHT exposes the underlying DHT (for diagnostics and tests).
func (d *Discovery) DHT() *dht.IpfsDHT { return d.dht }

// Mode is the DHT mode the node was started in.
func (d *Discovery) Mode() DHTMode { return d.cfg.dhtMode }

// RoutingTableSize is the number of peers in the DHT routing table.
func (d *Discovery) RoutingTableSize() int { return d.dht.RoutingTable().Size() }

// Refresh asks the DHT to refresh its routing table now and waits for the
// refresh (or ctx).
func (d *Discovery) Refresh(ctx context.Context) error {
	select {
	case err := <-d.dht.RefreshRoutingTable():
		if err != nil {
			return fmt.Errorf("p2p: refresh DHT routing table: %w", err)
		}
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// WaitRoutable waits until the routing table holds at least n peers.
func (d *Discovery) WaitRoutable(ctx context.Context, n int) error {
	ctx, cancel := withDefaultDeadline(ctx, d.cfg.opTimeout)
	defer cancel()
	t := time.NewTicker(20 * time.Millisecond)
	defer t.Stop()
	for {
		if d.RoutingTableSize() >= n {
			return nil
		}
		select {
		case <-t.C:
		case <-ctx.Done():
			return fmt.Errorf("p2p: DHT routing table has %d peers, want %d: %w", d.RoutingTableSize(), n, ctx.Err())
		}
	}
}

// Advertise announces this node as a provider of serviceID under
// ServiceKey(serviceID) and re-announces it every reprovide interval until
// stop is called or the Discovery closes. The first announcement happens
// under ctx (bounded by the operation timeout when ctx has no deadline) and
// its failure is returned.
func (d *Discovery) Advertise(ctx context.Context, serviceID ServiceID) (func(), error) {
	stop, err := d.Provide(ctx, ServiceKey(serviceID))
	if err != nil {
		return nil, fmt.Errorf("p2p: advertise service %s: %w", hex.EncodeToString(serviceID[:]), err)
	}
	return stop, nil
}

// Provide announces this node as a provider of key now and keeps the record
// fresh like Advertise.
func (d *Discovery) Provide(ctx context.Context, key cid.Cid) (func(), error) {
	if !key.Defined() {
		return nil, errors.New("p2p: provide: undefined CID")
	}
	if err := d.provideOnce(ctx, key); err != nil {
		return nil, err
	}
	d.mu.Lock()
	d.keys[key]++
	d.mu.Unlock()
	var once sync.Once
	return func() {
		once.Do(func() {
			d.mu.Lock()
			defer d.mu.Unlock()
			if d.keys[key]--; d.keys[key] <= 0 {
				delete(d.keys, key)
			}
		})
	}, nil
}

func (d *Discovery) provideOnce(ctx context.Context, key cid.Cid) error {
	ctx, cancel := withDefaultDeadline(ctx, d.cfg.opTimeout)
	defer cancel()
	// An empty routing table makes the DHT fail at once; right after start
	// identify may still be running, so wait for a first peer.
	if d.RoutingTableSize() == 0 {
		if err := d.WaitRoutable(ctx, 1); err != nil {
			return fmt.Errorf("provide %s: %w", key, err)
		}
	}
	if err := d.dht.Provide(ctx, key, true); err != nil {
		return fmt.Errorf("provide %s: %w", key, err)
	}
	return nil
}

func (d *Discovery) reprovideLoop() {
	defer d.wg.Done()
	t := time.NewTicker(d.cfg.reprovide)
	defer t.Stop()
	for {
		select {
		case <-d.ctx.Done():
			return
		case <-t.C:
		case <-d.kick:
		}
		d.mu.Lock()
		keys := make([]cid.Cid, 0, len(d.keys))
		for k := range d.keys {
			keys = append(keys, k)
		}
		d.mu.Unlock()
		for _, k := range keys {
			if err := d.provideOnce(d.ctx, k); err != nil && d.ctx.Err() == nil {
				d.log.Warn("p2p: reprovide failed", "key", k, "err", err)
			}
		}
	}
}

// Reprovide announces every kept key again now (normally done every
// reprovide interval).
func (d *Discovery) Reprovide() {
	select {
	case d.kick <- struct{}{}:
	default:
	}
}

// FindProviders streams up to n providers of serviceID (n <= 0: every one
// found), skipping this node and every peer the staking check rejects. The
// channel closes when the DHT lookup ends, n peers were sent, or ctx (bounded
// by the operation timeout when it has no deadline) is done.
func (d *Discovery) FindProviders(ctx context.Context, serviceID ServiceID, n int) (<-chan peer.AddrInfo, error) {
	if d.RoutingTableSize() == 0 {
		if err := d.WaitRoutable(ctx, 1); err != nil {
			return nil, fmt.Errorf("p2p: find providers of %s: %w", hex.EncodeToString(serviceID[:]), err)
		}
	}
	ctx, cancel := withDefaultDeadline(ctx, d.cfg.opTimeout)
	in := d.dht.FindProvidersAsync(ctx, ServiceKey(serviceID), 0)
	out := make(chan peer.AddrInfo)
	go func() {
		defer close(out)
		defer cancel()
		seen := make(map[peer.ID]bool)
		sent := 0
		for pi := range in {
			if pi.ID == d.h.ID() || seen[pi.ID] {
				continue
			}
			seen[pi.ID] = true
			if d.stake != nil && !d.stake(ctx, serviceID, pi.ID) {
				d.log.Debug("p2p: provider dropped by staking check", "peer", pi.ID)
				continue
			}
			select {
			case out <- pi:
			case <-ctx.Done():
				return
			}
			sent++
			if n > 0 && sent >= n {
				return
			}
		}
	}()
	return out, nil
}

// FindProvidersAsync is the raw DHT provider lookup for a CID (no staking
// check); it lets Discovery serve as bitswap's provider finder.
func (d *Discovery) FindProvidersAsync(ctx context.Context, key cid.Cid, count int) <-chan peer.AddrInfo {
	return d.dht.FindProvidersAsync(ctx, key, count)
}

// Close stops reproviding and the DHT. It does not close the host.
func (d *Discovery) Close() error {
	var err error
	d.close.Do(func() {
		d.cancel()
		d.wg.Wait()
		err = d.dht.Close()
	})
	return err
}
