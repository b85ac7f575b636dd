package node

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
	p2pcrypto "github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/rmsnet/rms/market"
	"github.com/rmsnet/rms/market/simchain"
	"github.com/rmsnet/rms/merkle"
	"github.com/rmsnet/rms/p2p"
)

// lyingEndpoint is a JSON-RPC endpoint on loopback in front of the
// in-process chain that answers the registry's getters of one service with
// a fake stake (eth_call), as an endpoint that wants a slashed provider
// trusted would.
func lyingEndpoint(t *testing.T, up *rpc.Client, forged market.ServiceID) string {
	t.Helper()
	sel := func(sig string) string { return hexutil.Encode(crypto.Keccak256([]byte(sig))[:4]) }
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var msg struct {
			ID     json.RawMessage   `json:"id"`
			Method string            `json:"method"`
			Params []json.RawMessage `json:"params"`
		}
		if err := json.NewDecoder(r.Body).Decode(&msg); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		args := make([]any, len(msg.Params))
		for i, p := range msg.Params {
			args[i] = p
		}
		var res json.RawMessage
		out := map[string]any{"jsonrpc": "2.0", "id": msg.ID}
		if err := up.CallContext(r.Context(), &res, msg.Method, args...); err != nil {
			out["error"] = map[string]any{"code": -32000, "message": err.Error()}
		} else {
			call := ""
			if msg.Method == "eth_call" && len(msg.Params) > 0 {
				call = strings.ToLower(string(msg.Params[0]))
			}
			if strings.Contains(call, strings.TrimPrefix(forged.Hex(), "0x")) {
				var b hexutil.Bytes
				switch {
				case strings.Contains(call, sel("isActive(bytes32)")):
					res = json.RawMessage(`"0x` + strings.Repeat("0", 63) + `1"`)
				case strings.Contains(call, sel("service(bytes32)")) && json.Unmarshal(res, &b) == nil && len(b) >= 224:
					big.NewInt(1e18).FillBytes(b[192:224]) // the stake word of the tuple
					res, _ = json.Marshal(b)
				}
			}
			out["result"] = res
		}
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(out)
	}))
	t.Cleanup(srv.Close)
	return srv.URL
}

// TestUserSkipsForgedProvider: behind an endpoint that presents a slashed
// provider as staked, the registry's own reads believe it, but the user's
// stake check and its choice of services (verified reads at the in-process
// chain's head) refuse it and keep the honest one.
func TestUserSkipsForgedProvider(t *testing.T) {
	ctx := context.Background()
	chain, keys, err := simchain.NewFunded(4, new(big.Int).Mul(simchain.Ether, big.NewInt(100)))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { chain.Close() })
	cfg := market.DefaultDeployConfig()
	cfg.Dispute = crypto.PubkeyToAddress(keys[3].PublicKey) // a key stands in for the dispute contract
	dep, err := market.Deploy(ctx, chain.Client(), keys[0], cfg)
	if err != nil {
		t.Fatal(err)
	}
	reg, err := market.NewRegistry(ctx, chain.Client(), dep.Registry)
	if err != nil {
		t.Fatal(err)
	}
	class := market.Class{ModelRoot: merkle.Keccak([]byte("m")), ProgramRoot: merkle.Keccak([]byte("p")), ImageRoot: merkle.Keccak([]byte("i")),
		TraceHeight: 4, StepsLog2: 20}
	register := func(k int) (market.ServiceID, peer.ID) {
		pk, _, err := p2pcrypto.GenerateEd25519Key(nil)
		if err != nil {
			t.Fatal(err)
		}
		id, _, err := reg.Register(ctx, keys[k], market.ServiceSpec{Class: &class, Price: big.NewInt(1), Stake: cfg.MinStake, PeerKey: pk})
		if err != nil {
			t.Fatal(err)
		}
		pid, err := peer.IDFromPrivateKey(pk)
		if err != nil {
			t.Fatal(err)
		}
		return id, pid
	}
	_, honestPeer := register(1)
	forged, forgedPeer := register(2)
	if _, err := reg.Slash(ctx, keys[3], forged, big.NewInt(1), crypto.PubkeyToAddress(keys[0].PublicKey)); err != nil {
		t.Fatal(err)
	}

	lying, err := rpc.DialContext(ctx, lyingEndpoint(t, chain.Client().RPC(), forged))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(lying.Close)
	parts := Parts{Chain: ethclient.NewClient(lying), Deployment: dep, Trust: market.TrustedHead{Chain: chain.Client()}}
	if err := parts.ConnectChain(ctx); err != nil {
		t.Fatal(err)
	}
	// The lie works on unverified reads.
	if s, err := parts.Registry.Service(ctx, forged); err != nil || !s.Active {
		t.Fatalf("the lying endpoint does not fool the unverified getter: %+v, %v", s, err)
	}

	check := StakeCheck(&parts)
	if !check(ctx, p2p.ServiceID(class.ID()), honestPeer) {
		t.Fatal("the honest provider is refused")
	}
	if check(ctx, p2p.ServiceID(class.ID()), forgedPeer) {
		t.Fatal("the stake check trusts the forged provider")
	}
	u := &User{parts: parts, cfg: UserConfig{Timeout: time.Minute}, services: map[peer.ID]*market.Service{}}
	if s, err := u.service(ctx, class.ID(), honestPeer); err != nil || s.PeerID != honestPeer {
		t.Fatalf("honest provider: %v, %v", s, err)
	}
	if s, err := u.service(ctx, class.ID(), forgedPeer); err == nil {
		t.Fatalf("the user chose the forged provider: %+v", s)
	}
}

// TestConfigHeaderTrust: each header source the configuration can name,
// and each bad setting refused with the setting's name.
func TestConfigHeaderTrust(t *testing.T) {
	hash := "0x" + strings.Repeat("ab", 32)
	for _, tc := range []struct {
		name string
		set  func(c *Config)
		want string // error text; "" for a trust of the type in typ
		typ  string
	}{
		{"none", func(c *Config) {}, "", "<nil>"},
		{"trusted block", func(c *Config) { c.TrustedBlock = hash }, "", "market.TrustedHash"},
		{"beacon", func(c *Config) { c.BeaconAPI, c.BeaconNetwork = "http://127.0.0.1:5052", "sepolia" }, "", "*market.BeaconTrust"},
		{"beacon with checkpoint", func(c *Config) {
			c.BeaconAPI, c.BeaconNetwork, c.BeaconCheckpoint = "http://127.0.0.1:5052", "mainnet", hash
		}, "", "*market.BeaconTrust"},
		{"short hash", func(c *Config) { c.TrustedBlock = "0x01" }, "trusted_block", ""},
		{"hash without 0x", func(c *Config) { c.TrustedBlock = strings.Repeat("ab", 32) }, "trusted_block", ""},
		{"both", func(c *Config) { c.TrustedBlock, c.BeaconAPI = hash, "http://127.0.0.1:5052" }, "choose one", ""},
		{"unknown network", func(c *Config) { c.BeaconAPI, c.BeaconNetwork = "http://127.0.0.1:5052", "goerli" }, "beacon_network", ""},
		{"bad checkpoint", func(c *Config) {
			c.BeaconAPI, c.BeaconNetwork, c.BeaconCheckpoint = "http://127.0.0.1:5052", "mainnet", "0xzz"
		}, "beacon_checkpoint", ""},
		{"bad URL", func(c *Config) { c.BeaconAPI, c.BeaconNetwork = "127.0.0.1:5052", "mainnet" }, "not an http(s) URL", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := DefaultConfig()
			tc.set(&c)
			trust, err := c.HeaderTrust()
			if tc.want != "" {
				if err == nil || !strings.Contains(err.Error(), tc.want) {
					t.Fatalf("got %v, want an error with %q", err, tc.want)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got := fmt.Sprintf("%T", trust); got != tc.typ {
				t.Fatalf("trust %s, want %s", got, tc.typ)
			}
		})
	}
}

// TestOpenFailsWithoutPanic: a node that fails to start returns the error
// (here a missing key file) and closes what it opened.
func TestOpenFailsWithoutPanic(t *testing.T) {
	c := DefaultConfig()
	c.DataDir, c.User, c.Key = t.TempDir(), true, filepath.Join(t.TempDir(), "missing.key")
	n, err := Open(context.Background(), c, NewLogger(io.Discard, "text", "error"))
	if err == nil || n != nil || !strings.Contains(err.Error(), "missing.key") {
		t.Fatalf("Open: %v, %v", n, err)
	}
}
