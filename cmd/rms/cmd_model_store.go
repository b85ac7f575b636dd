package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/ipfs/go-cid"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/rmsnet/rms/merkle"
	"github.com/rmsnet/rms/p2p"
)

func init() {
	register(command{
		Name:    "model add",
		Summary: "import a GGUF model into the store (manifest and blocks) and print its manifest CID",
		Run:     runModelAdd,
	})
	register(command{
		Name:    "model get",
		Summary: "write a stored model back as GGUF, fetching its blocks from --peer when not local",
		Run:     runModelGet,
	})
	register(command{
		Name:    "model ls",
		Summary: "list the models in the store",
		Run:     runModelLs,
	})
	register(command{
		Name:    "model verify",
		Summary: "check every block of a stored model against its manifest",
		Run:     runModelVerify,
	})
	register(command{
		Name:    "model serve",
		Summary: "serve the store's models to peers over bitswap until interrupted",
		Run:     runModelServe,
	})
}

// defaultDataDir is $RMS_DATA_DIR, or ~/.rms.
func defaultDataDir() string {
	if d := os.Getenv("RMS_DATA_DIR"); d != "" {
		return d
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return ".rms"
	}
	return filepath.Join(home, ".rms")
}

// dataDirFlag adds --data-dir to fs.
func dataDirFlag(fs *flag.FlagSet) *string {
	return fs.String("data-dir", defaultDataDir(), "data directory of the node (default $RMS_DATA_DIR or ~/.rms)")
}

// parseOneArg parses flags around exactly one positional argument (named
// what in errors), which it returns.
func parseOneArg(fs *flag.FlagSet, args []string, what string) (string, error) {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return "", err
		}
		return "", fmt.Errorf("%w: %v", errUsage, err)
	}
	rest := fs.Args()
	if len(rest) == 0 {
		return "", fmt.Errorf("%w: %s is required", errUsage, what)
	}
	if err := parseFlags(fs, rest[1:]); err != nil {
		return "", err
	}
	return rest[0], nil
}

// modelOutput is the --json form of a model.
type modelOutput struct {
	CID          string      `json:"cid"`
	Name         string      `json:"name,omitempty"`
	Architecture string      `json:"architecture"`
	ModelRoot    merkle.Hash `json:"model_root"`
	ProgramRoot  merkle.Hash `json:"program_root"`
	Size         uint64      `json:"size"`
	StoredBytes  uint64      `json:"stored_bytes"`
	Tensors      int         `json:"tensors"`
	Blocks       int         `json:"blocks"`
	Out          string      `json:"out,omitempty"`
	Seconds      float64     `json:"seconds,omitempty"`
	// FetchSeconds is the part of a get spent fetching blocks from peers
	// (the rest checks every chunk and writes the file).
	FetchSeconds float64 `json:"fetch_seconds,omitempty"`
}

func toOutput(i p2p.ModelInfo) modelOutput {
	return modelOutput{
		CID: i.CID.String(), Name: i.Name, Architecture: i.Architecture, ModelRoot: i.ModelRoot,
		ProgramRoot: i.ProgramRoot, Size: i.FileSize, StoredBytes: i.StoredBytes, Tensors: i.Tensors, Blocks: i.Blocks,
	}
}

func printModel(w io.Writer, asJSON bool, o modelOutput) error {
	if asJSON {
		return json.NewEncoder(w).Encode(o)
	}
	fmt.Fprintf(w, "cid          %s\nmodel_root   %s\nprogram_root %s\narchitecture %s\nsize         %d\ntensors      %d\nblocks       %d\n",
		o.CID, o.ModelRoot, o.ProgramRoot, o.Architecture, o.Size, o.Tensors, o.Blocks)
	if o.Out != "" {
		fmt.Fprintf(w, "out          %s\n", o.Out)
	}
	return nil
}

func parseCID(s string) (cid.Cid, error) {
	c, err := cid.Decode(s)
	if err != nil {
		return cid.Undef, fmt.Errorf("%w: %q is not a CID: %v", errUsage, s, err)
	}
	return c, nil
}

func runModelAdd(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("model add", stderr)
	dir := dataDirFlag(fs)
	asJSON := fs.Bool("json", false, "print one JSON object")
	path, err := parseOneArg(fs, args, "the GGUF file")
	if err != nil {
		return err
	}
	st, err := p2p.OpenStore(*dir)
	if err != nil {
		return err
	}
	defer st.Close()
	bar := newProgressBar(stderr, "hash+store")
	start := time.Now()
	info, _, err := st.AddModel(ctx, path, func(done, total uint64) { bar.update(done, total, "") })
	bar.finish()
	if err != nil {
		return err
	}
	o := toOutput(info)
	o.Seconds = time.Since(start).Seconds()
	return printModel(stdout, *asJSON, o)
}

// multiFlag is a repeatable string flag.
type multiFlag []string

func (m *multiFlag) String() string     { return strings.Join(*m, ",") }
func (m *multiFlag) Set(s string) error { *m = append(*m, s); return nil }

func runModelGet(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("model get", stderr)
	dir := dataDirFlag(fs)
	out := fs.String("out", "", "GGUF file to write (required)")
	var peers multiFlag
	fs.Var(&peers, "peer", "multiaddr of a peer to fetch from, ending in /p2p/<peer id> (repeatable)")
	listen := fs.String("listen", "/ip4/127.0.0.1/tcp/0", "listen address while fetching")
	timeout := fs.Duration("timeout", 30*time.Minute, "give up after this long")
	asJSON := fs.Bool("json", false, "print one JSON object")
	arg, err := parseOneArg(fs, args, "the manifest CID")
	if err != nil {
		return err
	}
	if *out == "" {
		return fmt.Errorf("%w: --out is required", errUsage)
	}
	c, err := parseCID(arg)
	if err != nil {
		return err
	}
	infos, err := p2p.ParseAddrInfos(peers)
	if err != nil {
		return fmt.Errorf("%w: --peer: %v", errUsage, err)
	}
	ctx, cancel := context.WithTimeout(ctx, *timeout)
	defer cancel()
	st, err := p2p.OpenStore(*dir)
	if err != nil {
		return err
	}
	defer st.Close()
	start := time.Now()
	local, err := st.HasModel(ctx, c)
	if err != nil {
		return err
	}
	var fetchT time.Duration
	if len(infos) > 0 && !local {
		if err := fetchModel(ctx, st, *dir, *listen, infos, c, stderr); err != nil {
			return err
		}
		fetchT = time.Since(start)
	}
	bar := newProgressBar(stderr, "check+write")
	info, err := st.WriteModel(ctx, c, *out, func(done, total uint64) { bar.update(done, total, "") })
	bar.finish()
	if err != nil {
		if errors.Is(err, p2p.ErrNotLocal) && len(infos) == 0 {
			return fmt.Errorf("%w (give --peer to fetch it)", err)
		}
		return err
	}
	o := toOutput(info)
	o.Out, o.Seconds, o.FetchSeconds = *out, time.Since(start).Seconds(), fetchT.Seconds()
	return printModel(stdout, *asJSON, o)
}

// fetchModel starts a light node on the store, connects to the peers and
// fetches every block of the model c.
func fetchModel(ctx context.Context, st *p2p.Store, dir, listen string, peers []peer.AddrInfo, c cid.Cid, stderr io.Writer) error {
	n, err := p2p.New(ctx, dir,
		p2p.WithDatastore(st.Datastore()),
		p2p.WithListenAddrs(listen),
		p2p.WithDHTMode(p2p.DHTClient),
		p2p.WithBootstrapPeers(peers...),
		p2p.WithLogger(slog.New(slog.NewTextHandler(io.Discard, nil))),
	)
	if err != nil {
		return err
	}
	defer n.Close()
	connected := 0
	var errs []error
	for _, p := range peers {
		if err := n.Connect(ctx, p); err != nil {
			errs = append(errs, err)
			continue
		}
		connected++
	}
	if connected == 0 {
		return fmt.Errorf("no peer reachable: %w", errors.Join(errs...))
	}
	bar := newProgressBar(stderr, "fetch")
	_, err = p2p.FetchModel(ctx, n.Blocks, st, c, p2p.WithProgress(func(p p2p.Progress) {
		bar.update(uint64(p.Bytes), p.TotalBytes, fmt.Sprintf("peers %d", len(n.Host.Network().Peers())))
	}))
	bar.finish()
	return err
}

func runModelLs(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("model ls", stderr)
	dir := dataDirFlag(fs)
	asJSON := fs.Bool("json", false, "print a JSON array")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	st, err := p2p.OpenStore(*dir)
	if err != nil {
		return err
	}
	defer st.Close()
	list, err := st.Models(ctx)
	if err != nil {
		return err
	}
	if *asJSON {
		out := make([]modelOutput, len(list))
		for i, m := range list {
			out[i] = toOutput(m)
		}
		return json.NewEncoder(stdout).Encode(out)
	}
	for _, m := range list {
		fmt.Fprintf(stdout, "%s  %-12s %12d  %s  %s\n", m.CID, m.Architecture, m.FileSize, m.ModelRoot, m.Name)
	}
	return nil
}

func runModelVerify(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("model verify", stderr)
	dir := dataDirFlag(fs)
	asJSON := fs.Bool("json", false, "print one JSON object")
	arg, err := parseOneArg(fs, args, "the manifest CID")
	if err != nil {
		return err
	}
	c, err := parseCID(arg)
	if err != nil {
		return err
	}
	st, err := p2p.OpenStore(*dir)
	if err != nil {
		return err
	}
	defer st.Close()
	bar := newProgressBar(stderr, "verify")
	start := time.Now()
	m, err := st.VerifyModel(ctx, c, func(done, total uint64) { bar.update(done, total, "") })
	bar.finish()
	if err != nil {
		return err
	}
	o := toOutput(p2p.Info(c, m))
	o.Seconds = time.Since(start).Seconds()
	if *asJSON {
		return json.NewEncoder(stdout).Encode(struct {
			modelOutput
			OK bool `json:"ok"`
		}{o, true})
	}
	fmt.Fprintf(stdout, "ok: %d blocks of %s match the manifest (model root %s)\n", o.Blocks, c, o.ModelRoot)
	return nil
}

func runModelServe(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("model serve", stderr)
	dir := dataDirFlag(fs)
	var listen multiFlag
	fs.Var(&listen, "listen", "listen multiaddr (repeatable; default /ip4/0.0.0.0/tcp/4001 and QUIC)")
	var boot multiFlag
	fs.Var(&boot, "bootstrap", "multiaddr of a mesh peer, ending in /p2p/<peer id> (repeatable)")
	asJSON := fs.Bool("json", false, "print the addresses as one JSON object")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	st, err := p2p.OpenStore(*dir)
	if err != nil {
		return err
	}
	defer st.Close()
	opts := []p2p.Option{p2p.WithDatastore(st.Datastore()), p2p.WithBootstrapAddrs(boot...)}
	if len(listen) > 0 {
		opts = append(opts, p2p.WithListenAddrs(listen...))
	}
	n, err := p2p.New(ctx, *dir, opts...)
	if err != nil {
		return err
	}
	defer n.Close()
	models, err := st.Models(ctx)
	if err != nil {
		return err
	}
	addrs := p2p.P2PAddrs(n.Host)
	if *asJSON {
		cids := make([]string, len(models))
		for i, m := range models {
			cids[i] = m.CID.String()
		}
		if err := json.NewEncoder(stdout).Encode(map[string]any{"peer_id": n.ID().String(), "addrs": addrs, "models": cids}); err != nil {
			return err
		}
	} else {
		for _, a := range addrs {
			fmt.Fprintln(stdout, a)
		}
	}
	if f, ok := stdout.(interface{ Sync() error }); ok {
		_ = f.Sync()
	}
	// Announce the manifests on the mesh's DHT (peers that were never
	// connected find this node through it); without a mesh there is no one
	// to tell.
	if len(boot) > 0 {
		for _, m := range models {
			go func() {
				if stop, err := n.Blocks.Provide(ctx, m.CID); err != nil {
					fmt.Fprintf(stderr, "rms model serve: announce %s: %v\n", m.CID, err)
				} else {
					defer stop()
					<-ctx.Done()
				}
			}()
		}
	}
	<-ctx.Done()
	return nil
}

// progressBar draws one line of progress on a terminal and nothing when
// the output is not one.
type progressBar struct {
	w     io.Writer
	label string
	start time.Time
	last  time.Time
	drawn bool
}

func newProgressBar(w io.Writer, label string) *progressBar {
	f, ok := w.(*os.File)
	if !ok {
		return nil
	}
	st, err := f.Stat()
	if err != nil || st.Mode()&os.ModeCharDevice == 0 {
		return nil
	}
	return &progressBar{w: w, label: label, start: time.Now()}
}

func (p *progressBar) update(done, total uint64, extra string) {
	if p == nil {
		return
	}
	now := time.Now()
	if now.Sub(p.last) < 100*time.Millisecond && done < total {
		return
	}
	p.last = now
	mib := func(n uint64) float64 { return float64(n) / (1 << 20) }
	rate := mib(done) / max(now.Sub(p.start).Seconds(), 1e-9)
	pct := 0.0
	if total > 0 {
		pct = 100 * float64(done) / float64(total)
	}
	fmt.Fprintf(p.w, "\r%-11s %8.1f / %.1f MiB %5.1f%%  %7.1f MiB/s  %s ", p.label, mib(done), mib(total), pct, rate, extra)
	p.drawn = true
}

func (p *progressBar) finish() {
	if p != nil && p.drawn {
		fmt.Fprintln(p.w)
	}
}
