package p2p

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"

	"github.com/cockroachdb/pebble/v2"
	ds "github.com/ipfs/go-datastore"
	"github.com/ipfs/go-datastore/namespace"
	pebbleds "github.com/ipfs/go-ds-pebble"
	"github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/peer"
)

// StoreDir is the directory under the data dir of a node's one embedded
// store (pebble): blocks and DHT records under /p2p, and the records of the
// packages above (package node's under its own prefix). OpenStore opens it,
// and a Node opens it itself when WithDatastore is not given.
const StoreDir = "store"

// Node is a libp2p host with its services. Domain code should take
// the narrow interfaces (Finder, Gossiper, BlockFetcher) rather than *Node.
type Node struct {
	Host      host.Host
	Discovery *Discovery
	Gossip    *Gossip
	Blocks    *Blocks
	Jobs      *JobStreams

	store     ds.Batching
	ownStore  *pebbleds.Datastore
	files     *blockFiles
	closeOnce sync.Once
	closeErr  error
}

// New starts a node whose identity key and (unless WithDatastore is given)
// block store live in dataDir, dials the bootstrap peers under ctx and
// starts the DHT, gossipsub and bitswap. Unreachable bootstrap peers are
// logged, not fatal: the first node of a mesh has none.
func New(ctx context.Context, dataDir string, opts ...Option) (*Node, error) {
	cfg, err := applyOptions(opts)
	if err != nil {
		return nil, err
	}
	if err := os.MkdirAll(dataDir, 0o700); err != nil {
		return nil, fmt.Errorf("p2p: data dir: %w", err)
	}
	n := &Node{}
	fail := func(err error) (*Node, error) {
		n.Close()
		return nil, err
	}
	n.store = cfg.datastore
	if n.store == nil {
		dir := filepath.Join(dataDir, StoreDir)
		st, err := pebbleds.NewDatastore(dir, pebbleds.WithPebbleOpts(blockStoreOptions()))
		if err != nil {
			return nil, fmt.Errorf("p2p: open block store %s: %w", dir, err)
		}
		n.ownStore, n.store = st, st
	}
	if n.files, err = openBlockFiles(dataDir); err != nil {
		return fail(err)
	}
	if n.Host, err = newHost(dataDir, cfg); err != nil {
		return fail(err)
	}
	if n.Discovery, err = newDiscovery(n.Host, namespace.Wrap(n.store, ds.NewKey("/p2p/dht")), cfg); err != nil {
		return fail(err)
	}
	if n.Gossip, err = newGossip(n.Host, cfg); err != nil {
		return fail(err)
	}
	if n.Blocks, err = newBlocks(n.Host, namespace.Wrap(n.store, ds.NewKey("/p2p")), n.files, n.Discovery, cfg); err != nil {
		return fail(err)
	}
	n.Jobs = newJobStreams(n.Host, cfg)
	if len(cfg.bootstrap) > 0 {
		if _, err := Bootstrap(ctx, n.Host, cfg.bootstrap, cfg.opTimeout); err != nil {
			cfg.logger.Warn("p2p: bootstrap", "err", err)
		}
		if err := n.Discovery.dht.Bootstrap(ctx); err != nil {
			cfg.logger.Warn("p2p: DHT bootstrap", "err", err)
		}
	}
	return n, nil
}

// ID is the node's peer id.
func (n *Node) ID() peer.ID { return n.Host.ID() }

// PrivKey is the node's identity key (for example to sign the registry's
// peer-id binding with market.SignPeerBinding).
func (n *Node) PrivKey() crypto.PrivKey { return n.Host.Peerstore().PrivKey(n.Host.ID()) }

// AddrInfo is the node's peer id and listen addresses.
func (n *Node) AddrInfo() peer.AddrInfo { return AddrInfo(n.Host) }

// Connect dials p under ctx.
func (n *Node) Connect(ctx context.Context, p peer.AddrInfo) error {
	if err := n.Host.Connect(ctx, p); err != nil {
		return fmt.Errorf("p2p: connect %s: %w", p.ID, err)
	}
	return nil
}

// Close stops every service, the host and the node's own store.
func (n *Node) Close() error {
	n.closeOnce.Do(func() {
		var errs []error
		if n.Jobs != nil {
			errs = append(errs, n.Jobs.Close())
		}
		if n.Blocks != nil {
			errs = append(errs, n.Blocks.Close())
		}
		if n.Gossip != nil {
			errs = append(errs, n.Gossip.Close())
		}
		if n.Discovery != nil {
			errs = append(errs, n.Discovery.Close())
		}
		if n.Host != nil {
			errs = append(errs, n.Host.Close())
		}
		if n.files != nil {
			n.files.release()
		}
		if n.ownStore != nil {
			errs = append(errs, n.ownStore.Close())
		}
		n.closeErr = errors.Join(errs...)
	})
	return n.closeErr
}

// blockStoreOptions tunes pebble for values of up to 1 MiB (blocks): larger
// memtables and a higher L0 budget mean fewer flushes and compactions per
// byte stored.
func blockStoreOptions() *pebble.Options {
	return &pebble.Options{
		MemTableSize:                64 << 20,
		MemTableStopWritesThreshold: 4,
		L0CompactionThreshold:       8,
		L0StopWritesThreshold:       32,
	}
}
