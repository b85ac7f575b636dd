package node

import (
	"context"
	"net"
	"path/filepath"
	"slices"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/libp2p/go-libp2p/core/host"

	"github.com/rmsnet/rms/node/web"
	"github.com/rmsnet/rms/p2p"
)

// webSource is the web view's source for one node: its identity and peers
// from p2p, its jobs from the store.
func webSource(name string, roles func() []string, parts *Parts, node func() web.NodeView) web.Source {
	var h host.Host
	var peers func() []web.PeerView
	return func(ctx context.Context) (web.Local, error) {
		if parts.P2P.Host != h { // a restarted node has a new host
			h, peers = parts.P2P.Host, web.HostPeers(parts.P2P.Host)
		}
		nv := web.NodeView{Name: name, Roles: roles(), PeerID: parts.P2P.ID().String(), Addrs: p2p.P2PAddrs(parts.P2P.Host),
			Address: parts.Address(), Peers: peers()}
		if node != nil {
			nv = node()
			nv.Peers = peers()
		}
		recs, err := parts.Store.Jobs(0)
		if err != nil {
			return web.Local{}, err
		}
		return web.Local{Node: nv, Jobs: webJobs(recs)}, nil
	}
}

// webJobs converts job records for the view: no signatures, no blobs, the
// outputs as labels where they are.
func webJobs(recs []*JobRecord) []web.JobView {
	out := make([]web.JobView, 0, len(recs))
	for _, r := range recs {
		j := web.JobView{Hash: r.JobHash, Role: r.Role, Class: common.Hash(r.Job.Class), User: r.Job.User, State: r.State,
			Errors: slices.Clone(r.Errors), Created: r.Created, Claims: make([]web.ClaimView, 0, len(r.Claims))}
		for _, c := range r.Claims {
			j.Claims = append(j.Claims, web.ClaimView{Provider: c.Claim.Provider, Peer: c.Peer, OutputRoot: c.Claim.OutputRoot,
				TraceRoot: c.Claim.TraceRoot, Label: label(c.Output)})
		}
		out = append(out, j)
	}
	return out
}

func (p *Parts) webChain() web.Chain {
	return web.Chain{Backend: p.Chain, Deployment: p.Deployment, Registry: p.Registry, Escrow: p.Escrow}
}

// serveWeb serves the web view of the node on addr.
func (n *Node) serveWeb(ctx context.Context, addr string) (string, func() error, error) {
	src := webSource("this node", n.roles, &n.Parts, func() web.NodeView {
		st := n.Status()
		return web.NodeView{Name: "this node", Roles: st.Roles, PeerID: st.PeerID, Addrs: st.Addrs, Address: st.Address, Started: st.StartedAt}
	})
	var opts []web.Option
	if n.service != nil {
		opts = append(opts, web.WithModels(map[common.Hash]string{common.Hash(n.service.ClassID): filepath.Base(n.cfg.Model)}))
	}
	srv, err := web.New(n.Parts.webChain(), []web.Source{src}, append(opts, web.WithLogger(n.Parts.Log))...)
	if err != nil {
		return "", nil, err
	}
	return srv.Serve(ctx, addr)
}

// WebServer is the web view of the whole devnet: every node, the chain,
// the games (rms devnet --ui). Serve it with Serve.
func (d *Devnet) WebServer(opts ...web.Option) (*web.Server, error) {
	var srcs []web.Source
	seed := &Parts{P2P: d.Seeder}
	speers := web.HostPeers(d.Seeder.Host)
	srcs = append(srcs, func(ctx context.Context) (web.Local, error) {
		return web.Local{Node: web.NodeView{Name: "seeder", Roles: []string{"seed"}, PeerID: seed.P2P.ID().String(),
			Addrs: p2p.P2PAddrs(seed.P2P.Host), Peers: speers()}}, nil
	})
	for i := range d.Providers {
		name := "provider" + strconv.Itoa(i)
		cheat := d.Providers[i].cheat
		srcs = append(srcs, webSource(name, func() []string {
			if cheat {
				return []string{"provider", "cheater"}
			}
			return []string{"provider"}
		}, &d.providerP[i], nil))
	}
	srcs = append(srcs, webSource("user", func() []string { return []string{"user"} }, &d.userP, nil))
	names := map[common.Address]string{crypto.PubkeyToAddress(d.Keys[0].PublicKey): "deployer"}
	opts = append([]web.Option{web.WithAccounts(names)}, opts...)
	return web.New(d.userP.webChain(), srcs, opts...)
}

// WebAddr is the address the web view listens on for addr: a port alone
// (":8080") means 127.0.0.1; another interface must be named.
func WebAddr(addr string) string {
	host, port, err := net.SplitHostPort(addr)
	if err == nil && host == "" {
		return net.JoinHostPort("127.0.0.1", port)
	}
	return addr
}
