package main

import (
	"context"
	"encoding/json"

	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/rmsnet/rms/node"
)

func init() {
	register(command{Name: "node", Summary: "run a node: provider, seeder, watcher and/or user (config from TOML, RMS_* and flags)", Run: runNode})
	register(command{Name: "node status", Summary: "print the state of the node running in a data dir", Run: runNodeStatus})
}

// nodeFlags are the flags that set node.Config keys; only flags given on
// the command line override the file and the environment.
type nodeFlags struct {
	fs     *flag.FlagSet
	config *string
	keys   map[string]string // flag name → config key
}

func addNodeFlags(fs *flag.FlagSet) *nodeFlags {
	nf := &nodeFlags{fs: fs, keys: map[string]string{}}
	nf.config = fs.String("config", "", "TOML configuration file (default: config.toml in the data dir, if there; or $RMS_CONFIG)")
	str := func(name, key, usage string) {
		fs.String(name, "", usage)
		nf.keys[name] = key
	}
	boolean := func(name, key, usage string) {
		fs.Bool(name, false, usage)
		nf.keys[name] = key
	}
	str("data-dir", "data_dir", "data directory (default ~/.rms, or $RMS_DATA_DIR)")
	boolean("provider", "provider", "serve a model as a provider")
	boolean("seed", "seed", "serve the blocks in the store (seeder)")
	boolean("watch", "watch", "re-execute the oracle-mode claims of --model's class and challenge wrong ones (watcher)")
	boolean("user", "user", "run the user role: the local API accepts jobs and follows them")
	str("listen", "listen", "comma-separated libp2p listen multiaddrs")
	str("bootstrap", "bootstrap", "comma-separated bootstrap multiaddrs ending in /p2p/<peer id>")
	str("rpc", "rpc", "Ethereum JSON-RPC endpoint")
	str("deployment", "deployment", "deployment file written by `rms chain deploy`")
	str("key", "key", "Ethereum key: JSON keystore or a file with the hex private key")
	str("password-file", "password_file", "keystore passphrase file (default: $RMS_KEY_PASSWORD)")
	str("trusted-block", "trusted_block", "verified reads: hash of a block the user trusts (reads are proven at it; default: the endpoint's head)")
	str("beacon-api", "beacon_api", "verified reads: beacon node API URL; follow its sync committees and read at the finalized block")
	str("beacon-checkpoint", "beacon_checkpoint", "verified reads: trusted beacon block root to start from (default: go-ethereum's for the network)")
	str("beacon-network", "beacon_network", "verified reads: mainnet, sepolia or hoodi")
	str("model", "model", "provider: GGUF model file to serve; watcher: the model re-executed; user: a text model for the OpenAI-style API")
	str("price", "price", "provider: price per job (wei, or with a unit: gwei, eth)")
	str("stake", "stake", "provider: stake for the registration, when the service is not registered yet")
	str("redeem-every", "redeem_every", "provider: redeem a user's voucher after this many jobs (0: on shutdown)")
	str("max-job-lifetime", "max_job_lifetime", "provider: refuse jobs whose deadline is further ahead")
	boolean("answer-requests", "answer_requests", "provider: answer the oracle-mode requests of the class and finalize them (default true; --answer-requests=false: off)")
	boolean("test-only-cheat", "test_only_cheat", "provider, TESTS ONLY: claim wrong outputs and lose every game (to test disputes across processes)")
	str("providers", "providers", "user: providers asked per job (K)")
	str("deposit", "deposit", "user: escrow top-up per provider when a voucher would exceed the channel")
	str("job-timeout", "job_timeout", "user: how long a job may take")
	str("api", "api_addr", "local API address (keep it on 127.0.0.1)")
	str("metrics", "metrics_addr", "Prometheus metrics address (empty: off)")
	str("http", "http_addr", "serve the read-only web view on this address (a port alone, :8080, means 127.0.0.1; empty: off)")
	str("log-format", "log_format", "text or json")
	str("log-level", "log_level", "debug, info, warn or error")
	return nf
}

// load builds the configuration: defaults, file, environment, flags.
func (nf *nodeFlags) load() (node.Config, error) {
	cfg := node.DefaultConfig()
	set := map[string]string{}
	nf.fs.Visit(func(f *flag.Flag) {
		if k, ok := nf.keys[f.Name]; ok {
			set[k] = f.Value.String()
		}
	})
	// The data dir decides where the default config file is.
	if err := cfg.LoadEnv(os.Environ()); err != nil {
		return cfg, err
	}
	if d, ok := set["data_dir"]; ok {
		cfg.DataDir = d
	}
	path := *nf.config
	if path == "" {
		path = os.Getenv("RMS_CONFIG")
	}
	if path == "" {
		if p := filepath.Join(cfg.DataDir, "config.toml"); fileExists(p) {
			path = p
		}
	}
	if path != "" {
		cfg = node.DefaultConfig()
		if err := cfg.LoadConfigFile(path); err != nil {
			return cfg, err
		}
		if err := cfg.LoadEnv(os.Environ()); err != nil {
			return cfg, err
		}
	}
	for k, v := range set {
		if err := cfg.Set(k, v); err != nil {
			return cfg, fmt.Errorf("%w: %v", errUsage, err)
		}
	}
	return cfg, nil
}

func fileExists(p string) bool {
	st, err := os.Stat(p)
	return err == nil && st.Mode().IsRegular()
}

func runNode(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("node", stderr)
	nf := addNodeFlags(fs)
	printConfig := fs.Bool("print-config", false, "print the configuration that results from file, environment and flags, and exit")
	asJSON := fs.Bool("json", false, "with --print-config: print JSON instead of TOML")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	cfg, err := nf.load()
	if err != nil {
		return err
	}
	if *printConfig {
		if *asJSON {
			return json.NewEncoder(stdout).Encode(cfg)
		}
		s, err := cfg.TOML()
		if err != nil {
			return err
		}
		_, err = io.WriteString(stdout, s)
		return err
	}
	if err := cfg.Validate(); err != nil {
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	log := node.NewLogger(stderr, cfg.LogFormat, cfg.LogLevel)
	n, err := node.Open(ctx, cfg, log)
	if err != nil {
		return err
	}
	<-ctx.Done()
	log.Info("shutting down")
	return n.Close(context.Background())
}

func runNodeStatus(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("node status", stderr)
	dataDir := fs.String("data-dir", defaultDataDir(), "data directory of the running node")
	asJSON := fs.Bool("json", false, "print one JSON object")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	c, err := node.NewAPIClient(*dataDir)
	if err != nil {
		return err
	}
	var st node.Status
	if err := c.Do(ctx, "GET", "/v1/status", nil, &st); err != nil {
		return err
	}
	if *asJSON {
		return json.NewEncoder(stdout).Encode(st)
	}
	fmt.Fprintf(stdout, "peer     %s\naddress  %s\nroles    %s\npeers    %d\njobs     %d\nsince    %s\n",
		st.PeerID, st.Address.Hex(), strings.Join(st.Roles, ", "), st.Peers, st.Jobs, st.StartedAt.Format("2006-01-02 15:04:05Z"))
	if st.Class != "" {
		fmt.Fprintf(stdout, "class    %s\nservice  %s\n", st.Class, st.Service)
	}
	for _, a := range st.Addrs {
		fmt.Fprintf(stdout, "addr     %s\n", a)
	}
	return nil
}
