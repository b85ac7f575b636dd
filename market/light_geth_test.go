package market_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/rmsnet/rms/contracts/gethdev"
	"github.com/rmsnet/rms/market"
)

// lyingProxy is a JSON-RPC endpoint on loopback in front of a real node
// that rewrites requests and answers as a test tells it to.
type lyingProxy struct {
	upstream string
	mu       sync.Mutex
	// req may rewrite a request's params; resp may rewrite its result.
	req  func(method string, params []json.RawMessage) []json.RawMessage
	resp func(method string, params []json.RawMessage, result json.RawMessage) json.RawMessage
}

func (p *lyingProxy) set(req func(string, []json.RawMessage) []json.RawMessage,
	resp func(string, []json.RawMessage, json.RawMessage) json.RawMessage) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.req, p.resp = req, resp
}

func (p *lyingProxy) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	var msg struct {
		JSONRPC string            `json:"jsonrpc"`
		ID      json.RawMessage   `json:"id"`
		Method  string            `json:"method"`
		Params  []json.RawMessage `json:"params"`
	}
	body, err := io.ReadAll(r.Body)
	if err != nil || json.Unmarshal(body, &msg) != nil {
		http.Error(w, "the test proxy takes single JSON-RPC requests", http.StatusBadRequest)
		return
	}
	p.mu.Lock()
	req, resp := p.req, p.resp
	p.mu.Unlock()
	if req != nil {
		msg.Params = req(msg.Method, msg.Params)
	}
	body, _ = json.Marshal(msg)
	up, err := http.Post(p.upstream, "application/json", bytes.NewReader(body))
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	defer up.Body.Close()
	var out map[string]json.RawMessage
	if err := json.NewDecoder(up.Body).Decode(&out); err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	if res, ok := out["result"]; ok && resp != nil {
		out["result"] = resp(msg.Method, msg.Params, res)
	}
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(out)
}

// serviceBase is the storage slot of a service: keccak256(id . 3), computed
// here from Solidity's mapping rule rather than with the package's helper.
func serviceBase(id market.ServiceID) string {
	return crypto.Keccak256Hash(id[:], common.LeftPadBytes([]byte{3}, 32)).Hex()
}

// targets reports whether an eth_getProof request asks for the slots of id.
func targets(method string, params []json.RawMessage, id market.ServiceID) bool {
	return method == "eth_getProof" && len(params) > 1 && strings.Contains(string(params[1]), serviceBase(id))
}

// editProof decodes an eth_getProof answer, lets f change it and encodes it again.
func editProof(t *testing.T, res json.RawMessage, f func(p map[string]any)) json.RawMessage {
	var p map[string]any
	if err := json.Unmarshal(res, &p); err != nil {
		t.Error(err)
		return res
	}
	f(p)
	b, _ := json.Marshal(p)
	return b
}

// TestLightRefusesLyingEndpoint runs a light peer through a lying proxy in
// front of a real geth --dev. Honest reads equal the contract's getters for
// registered, updated, unbonding and slashed services; under each kind of
// lie the forged provider is refused with an error naming it, the block and
// what failed, and the honest providers are still found.
func TestLightRefusesLyingEndpoint(t *testing.T) {
	if testing.Short() {
		t.Skip("starts geth")
	}
	g := gethdev.StartForTest(t)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	direct, err := ethclient.DialContext(ctx, g.URL)
	if err != nil {
		t.Fatal(err)
	}
	defer direct.Close()
	dev, _ := crypto.HexToECDSA(gethdev.DevKey)
	cfg := market.DefaultDeployConfig()
	cfg.MinStake = minStake
	cfg.Dispute = addr(dev) // the dev key stands in for the dispute contract
	dep, err := market.Deploy(ctx, direct, dev, cfg)
	if err != nil {
		t.Fatal(err)
	}
	reg, err := market.NewRegistry(ctx, direct, dep.Registry)
	if err != nil {
		t.Fatal(err)
	}
	register := func() (market.ServiceID, peer.ID) {
		pk := peerKey(t)
		id, _, err := reg.Register(ctx, dev, market.ServiceSpec{Class: &testClass, Price: gwei, Stake: minStake, PeerKey: pk})
		if err != nil {
			t.Fatal(err)
		}
		p, _ := peer.IDFromPrivateKey(pk)
		return id, p
	}
	honest, _ := register()
	altered, _ := register()
	slashed, slashedPeer := register()
	moved, _ := register()
	dropped, _ := register()
	updated, _ := register()
	unbonding, _ := register()
	old, err := direct.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, err := range []error{
		second(reg.Slash(ctx, dev, slashed, big.NewInt(1), addr(dev))),
		second(reg.UpdatePrice(ctx, dev, updated, big.NewInt(777))),
		second(reg.AddStake(ctx, dev, updated, minStake)),
		second(reg.Deregister(ctx, dev, unbonding)),
		second(reg.Deregister(ctx, dev, moved)), // active at `old`, unbonding now
	} {
		if err != nil {
			t.Fatal(err)
		}
	}
	head, err := direct.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	all := []market.ServiceID{honest, altered, slashed, moved, dropped, updated, unbonding}

	proxy := &lyingProxy{upstream: g.URL}
	srv := httptest.NewServer(proxy)
	defer srv.Close()
	ep, err := rpc.DialContext(ctx, srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	defer ep.Close()
	light, err := market.NewLightRegistry(ep, reg.ChainID(), dep.Registry, market.TrustedHash(head.Hash()))
	if err != nil {
		t.Fatal(err)
	}
	activeIDs := func(v *market.LightView) ([]market.ServiceID, []error) {
		act, refused := v.Services(ctx, all)
		ids := make([]market.ServiceID, len(act))
		for i, s := range act {
			ids[i] = s.ID
		}
		return ids, refused
	}

	t.Run("honest", func(t *testing.T) {
		proxy.set(nil, nil)
		v, err := light.View(ctx)
		if err != nil {
			t.Fatal(err)
		}
		for _, id := range all {
			want, err := reg.Service(ctx, id)
			if err != nil {
				t.Fatal(err)
			}
			got, err := v.Service(ctx, id)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("service %s: verified read\n%+v\ngetters\n%+v", id, got, want)
			}
		}
		ids, _ := activeIDs(v)
		if want := []market.ServiceID{honest, altered, dropped, updated}; !reflect.DeepEqual(ids, want) {
			t.Fatalf("active %v, want %v", ids, want)
		}
	})

	word := func(b bool) json.RawMessage {
		if b {
			return json.RawMessage(`"0x0000000000000000000000000000000000000000000000000000000000000001"`)
		}
		return nil
	}
	selector := func(name string) string {
		return hexutil.Encode(crypto.Keccak256([]byte(name))[:4])
	}
	for _, tc := range []struct {
		name   string
		target market.ServiceID
		req    func(string, []json.RawMessage) []json.RawMessage
		resp   func(string, []json.RawMessage, json.RawMessage) json.RawMessage
		want   error // nil: refused as not active
		inView bool  // the lie breaks the whole view
	}{
		{name: "fake stake in eth_call", target: slashed,
			resp: func(m string, p []json.RawMessage, res json.RawMessage) json.RawMessage {
				call := ""
				if m == "eth_call" && len(p) > 0 {
					call = strings.ToLower(string(p[0]))
				}
				if !strings.Contains(call, strings.TrimPrefix(slashed.Hex(), "0x")) {
					return res
				}
				switch {
				case strings.Contains(call, selector("isActive(bytes32)")):
					return word(true)
				case strings.Contains(call, selector("service(bytes32)")):
					var b hexutil.Bytes
					if json.Unmarshal(res, &b) == nil && len(b) >= 224 {
						big.NewInt(1e18).FillBytes(b[192:224]) // the stake word of the tuple
						out, _ := json.Marshal(b)
						return out
					}
				}
				return res
			}},
		{name: "altered storage proof", target: altered, want: market.ErrBadProof,
			resp: func(m string, p []json.RawMessage, res json.RawMessage) json.RawMessage {
				if !targets(m, p, altered) {
					return res
				}
				return editProof(t, res, func(pr map[string]any) {
					sp := pr["storageProof"].([]any)[3].(map[string]any) // the stake slot
					nodes := sp["proof"].([]any)
					last := []byte(nodes[len(nodes)-1].(string))
					last[len(last)-1] ^= 1
					nodes[len(nodes)-1] = string(last)
				})
			}},
		{name: "altered storage value", target: altered, want: market.ErrBadProof,
			resp: func(m string, p []json.RawMessage, res json.RawMessage) json.RawMessage {
				if !targets(m, p, altered) {
					return res
				}
				return editProof(t, res, func(pr map[string]any) {
					pr["storageProof"].([]any)[3].(map[string]any)["value"] = "0xde0b6b3a7640000"
				})
			}},
		{name: "slot missing from the proof", target: dropped, want: market.ErrProofMissing,
			resp: func(m string, p []json.RawMessage, res json.RawMessage) json.RawMessage {
				if !targets(m, p, dropped) {
					return res
				}
				return editProof(t, res, func(pr map[string]any) {
					sp := pr["storageProof"].([]any)
					pr["storageProof"] = append(sp[:3:3], sp[4:]...)
				})
			}},
		{name: "proof from another block", target: moved, want: market.ErrBadProof,
			req: func(m string, p []json.RawMessage) []json.RawMessage {
				if targets(m, p, moved) {
					p[2], _ = json.Marshal(old.Hash())
				}
				return p
			}},
		{name: "forged header", inView: true, want: market.ErrHeaderNotTrusted,
			// A consistent lie: the old block's state root in the trusted
			// block's header, and every proof from the old block.
			req: func(m string, p []json.RawMessage) []json.RawMessage {
				if m == "eth_getProof" || m == "eth_getCode" {
					p[len(p)-1], _ = json.Marshal(old.Hash())
				}
				return p
			},
			resp: func(m string, p []json.RawMessage, res json.RawMessage) json.RawMessage {
				if m != "eth_getBlockByHash" {
					return res
				}
				return editProof(t, res, func(h map[string]any) { h["stateRoot"] = old.Root.Hex() })
			}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			proxy.set(tc.req, tc.resp)
			defer proxy.set(nil, nil)
			v, err := light.View(ctx)
			if tc.inView {
				if !errors.Is(err, tc.want) || !strings.Contains(err.Error(), head.Hash().Hex()) {
					t.Fatalf("view: %v; want %v naming block %s", err, tc.want, head.Hash().Hex())
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			ids, refused := activeIDs(v)
			want := []market.ServiceID{honest, altered, dropped, updated}
			if i := index(want, tc.target); i >= 0 {
				want = append(want[:i:i], want[i+1:]...)
			}
			if !reflect.DeepEqual(ids, want) {
				t.Fatalf("active %v, want %v (refused: %v)", ids, want, refused)
			}
			var found bool
			for _, err := range refused {
				var le *market.LightError
				if !errors.As(err, &le) || le.Service != tc.target {
					continue
				}
				found = true
				if tc.want != nil && !errors.Is(err, tc.want) {
					t.Errorf("refusal %v, want %v", err, tc.want)
				}
				if le.Hash != head.Hash() || le.Block != head.Number.Uint64() || !strings.Contains(err.Error(), tc.target.Hex()) {
					t.Errorf("refusal %q does not name service and block %d", err, head.Number)
				}
				t.Logf("refused: %v", err)
			}
			if !found {
				t.Fatalf("target %s not refused: %v", tc.target, refused)
			}
			if tc.target == slashed {
				// The lie does fool a reader that trusts eth_call.
				pc, err := ethclient.DialContext(ctx, srv.URL)
				if err != nil {
					t.Fatal(err)
				}
				defer pc.Close()
				r, err := market.NewRegistry(ctx, pc, dep.Registry)
				if err != nil {
					t.Fatal(err)
				}
				if ok, err := r.IsStaked(ctx, slashed, slashedPeer); err != nil || !ok {
					t.Fatalf("the eth_call lie did not take: staked %v, %v", ok, err)
				}
			}
		})
	}
}

func second[T any](_ T, err error) error { return err }

func index(ids []market.ServiceID, id market.ServiceID) int {
	for i, x := range ids {
		if x == id {
			return i
		}
	}
	return -1
}
