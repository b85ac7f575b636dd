package market_test

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/json"
	"math/big"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/attestantio/go-eth2-client/spec/bellatrix"
	"github.com/attestantio/go-eth2-client/spec/deneb"
	"github.com/attestantio/go-eth2-client/spec/phase0"
	bparams "github.com/ethereum/go-ethereum/beacon/params"
	btypes "github.com/ethereum/go-ethereum/beacon/types"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"
	blsu "github.com/protolambda/bls12-381-util"
)

// The simulated beacon chain of these tests: one sync committee of 512 BLS
// keys per period, light client objects whose Merkle proofs and signatures
// are real (the rest of each beacon state and body is filler), served on
// loopback as a beacon node's light client API serves them.

// blsOrder is r, the order of the BLS12-381 groups.
var blsOrder, _ = new(big.Int).SetString("73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff00000001", 16)

// simCommittee is a sync committee with its secret keys (small known
// scalars, so that an aggregate signature is one signature by their sum).
type simCommittee struct {
	sks []*big.Int
	ser btypes.SerializedSyncCommittee
}

var (
	simCommitteesOnce sync.Once
	simCommittees     []*simCommittee
)

// simCommitteesFor returns the committees of periods 0…4 and a foreign one
// (index 5) that no update proves, computed once per test binary.
func simCommitteesFor(t testing.TB) []*simCommittee {
	t.Helper()
	simCommitteesOnce.Do(func() {
		for p := range 6 {
			c := &simCommittee{}
			sum := new(big.Int)
			for i := range bparams.SyncCommitteeSize {
				sk := big.NewInt(int64(1_000_003*(p+1) + 7*i + 1))
				c.sks = append(c.sks, sk)
				sum.Add(sum, sk)
				pk := blsPubkey(sk)
				copy(c.ser[i*bparams.BLSPubkeySize:], pk[:])
			}
			agg := blsPubkey(sum)
			copy(c.ser[bparams.SyncCommitteeSize*bparams.BLSPubkeySize:], agg[:])
			simCommittees = append(simCommittees, c)
		}
	})
	return simCommittees
}

func blsSecret(x *big.Int) *blsu.SecretKey {
	var b [32]byte
	new(big.Int).Mod(x, blsOrder).FillBytes(b[:])
	var sk blsu.SecretKey
	if err := sk.Deserialize(&b); err != nil {
		panic(err)
	}
	return &sk
}

func blsPubkey(x *big.Int) [48]byte {
	pk, err := blsu.SkToPk(blsSecret(x))
	if err != nil {
		panic(err)
	}
	return pk.Serialize()
}

// sign returns the aggregate signature of the first n members over msg,
// with their bits set.
func (c *simCommittee) sign(msg common.Hash, n int) btypes.SyncAggregate {
	var agg btypes.SyncAggregate
	sum := new(big.Int)
	for i := range n {
		agg.Signers[i/8] |= 1 << (i % 8)
		sum.Add(sum, c.sks[i])
	}
	agg.Signature = blsu.Sign(blsSecret(sum), msg[:]).Serialize()
	return agg
}

// sszTree is a binary SHA-256 tree with leaves at generalized indices; every
// subtree holding none of them is one filler node, as the other fields of a
// beacon state or body would be.
type sszTree map[uint64]common.Hash

func (t sszTree) node(g uint64) common.Hash {
	if v, ok := t[g]; ok {
		return v
	}
	below := false
	for leaf := range t {
		l := leaf
		for l > g {
			l >>= 1
		}
		below = below || l == g
	}
	if !below {
		var b [8]byte
		binary.BigEndian.PutUint64(b[:], g)
		return sha256.Sum256(b[:])
	}
	l, r := t.node(2*g), t.node(2*g+1)
	return sha256.Sum256(append(l[:], r[:]...))
}

func (t sszTree) root() common.Hash { return t.node(1) }

func (t sszTree) branch(g uint64) []common.Hash {
	var b []common.Hash
	for ; g > 1; g >>= 1 {
		b = append(b, t.node(g^1))
	}
	return b
}

// simBeacon serves the light client API of a simulated beacon chain.
type simBeacon struct {
	t          testing.TB
	cfg        *bparams.ChainConfig
	committees []*simCommittee
	checkpoint common.Hash

	mu        sync.Mutex
	bootstrap []byte
	updates   map[uint64][]byte // period → one update's JSON object
	finality  []byte
	requests  map[string]int
	srv       *httptest.Server
}

const simFork = "electra"

// newSimBeacon starts a beacon chain whose genesis lies periods sync
// periods and a few slots in the past, with the checkpoint at slot 64.
func newSimBeacon(t testing.TB, periods uint64) *simBeacon {
	t.Helper()
	now := uint64(time.Now().Unix())
	cfg := (&bparams.ChainConfig{GenesisTime: now - (periods*bparams.SyncPeriodLength+200)*12, GenesisValidatorsRoot: common.Hash{0x9e}}).
		AddFork("GENESIS", 0, []byte{0x10, 0, 0, 0}).
		AddFork("ALTAIR", 0, []byte{0x20, 0, 0, 0}).
		AddFork("BELLATRIX", 0, []byte{0x30, 0, 0, 0}).
		AddFork("CAPELLA", 0, []byte{0x40, 0, 0, 0}).
		AddFork("DENEB", 0, []byte{0x50, 0, 0, 0}).
		AddFork("ELECTRA", 0, []byte{0x60, 0, 0, 0})
	s := &simBeacon{t: t, cfg: cfg, committees: simCommitteesFor(t), updates: map[uint64][]byte{}, requests: map[string]int{}}
	committee0 := s.committees[0].ser.Root()
	state := sszTree{bparams.StateIndexSyncCommittee(simFork): committee0}
	h := btypes.Header{Slot: 64, ProposerIndex: 3, ParentRoot: common.Hash{1}, StateRoot: state.root(), BodyRoot: common.Hash{2}}
	s.checkpoint = h.Hash()
	s.bootstrap = mustJSON(t, map[string]any{"version": simFork, "data": map[string]any{
		"header":                        map[string]any{"beacon": headerJSON(h)},
		"current_sync_committee":        &s.committees[0].ser,
		"current_sync_committee_branch": state.branch(bparams.StateIndexSyncCommittee(simFork)),
	}})
	s.srv = httptest.NewServer(http.HandlerFunc(s.serve))
	t.Cleanup(s.srv.Close)
	return s
}

func mustJSON(t testing.TB, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func headerJSON(h btypes.Header) map[string]any {
	return map[string]any{"slot": strconv.FormatUint(h.Slot, 10), "proposer_index": strconv.FormatUint(h.ProposerIndex, 10),
		"parent_root": h.ParentRoot, "state_root": h.StateRoot, "body_root": h.BodyRoot}
}

func aggregateJSON(a btypes.SyncAggregate) map[string]any {
	return map[string]any{"sync_committee_bits": hexutil.Bytes(a.Signers[:]), "sync_committee_signature": hexutil.Bytes(a.Signature[:])}
}

func (s *simBeacon) signingRoot(h btypes.Header) common.Hash {
	r, err := s.cfg.Forks.SigningRoot(h.Epoch(), h.Hash())
	if err != nil {
		s.t.Fatal(err)
	}
	return r
}

// updateForge changes one thing about a committee update.
type updateForge struct {
	signers  int           // 0: all
	signedBy *simCommittee // nil: the period's own committee
	next     *simCommittee // nil: the next period's committee
}

// setUpdate serves the committee update of period p: an attested header in
// p signed by p's committee, proving a finalized header and the next
// committee's root.
func (s *simBeacon) setUpdate(p uint64, f updateForge) {
	next := s.committees[p+1]
	if f.next != nil {
		next = f.next
	}
	signer := s.committees[p]
	if f.signedBy != nil {
		signer = f.signedBy
	}
	n := bparams.SyncCommitteeSize
	if f.signers > 0 {
		n = f.signers
	}
	start := btypes.SyncPeriodStart(p)
	fin := btypes.Header{Slot: start + 7936, ProposerIndex: 5, ParentRoot: common.Hash{3}, StateRoot: common.Hash{4}, BodyRoot: common.Hash{5}}
	state := sszTree{bparams.StateIndexNextSyncCommittee(simFork): next.ser.Root(), bparams.StateIndexFinalBlock(simFork): fin.Hash()}
	att := btypes.Header{Slot: start + 8000, ProposerIndex: 6, ParentRoot: common.Hash{6}, StateRoot: state.root(), BodyRoot: common.Hash{7}}
	agg := signer.sign(s.signingRoot(att), n)
	obj := mustJSON(s.t, map[string]any{"version": simFork, "data": map[string]any{
		"attested_header":            map[string]any{"beacon": headerJSON(att)},
		"next_sync_committee":        &next.ser,
		"next_sync_committee_branch": state.branch(bparams.StateIndexNextSyncCommittee(simFork)),
		"finalized_header":           map[string]any{"beacon": headerJSON(fin)},
		"finality_branch":            state.branch(bparams.StateIndexFinalBlock(simFork)),
		"sync_aggregate":             aggregateJSON(agg),
		"signature_slot":             strconv.FormatUint(att.Slot+1, 10),
	}})
	s.mu.Lock()
	s.updates[p] = obj
	s.mu.Unlock()
}

// finalityForge changes one thing about a finality update.
type finalityForge struct {
	signers   int           // 0: all
	signedBy  *simCommittee // nil: the period's committee
	badSig    bool          // a signature by other keys than the bits claim
	unproven  common.Hash   // a block hash in the payload header that the body's branch does not prove
	execBlock *types.Header // the execution block the finalized beacon block names
}

// payloadHeader is the execution payload header (Deneb's, as Electra's) of h.
func payloadHeader(h *types.Header) *deneb.ExecutionPayloadHeader {
	base := uint256.NewInt(0)
	if h.BaseFee != nil {
		base = uint256.MustFromBig(h.BaseFee)
	}
	return &deneb.ExecutionPayloadHeader{ParentHash: phase0.Hash32(h.ParentHash), FeeRecipient: bellatrix.ExecutionAddress(h.Coinbase),
		StateRoot: phase0.Root(h.Root), ReceiptsRoot: phase0.Root(h.ReceiptHash), LogsBloom: h.Bloom, PrevRandao: h.MixDigest,
		BlockNumber: h.Number.Uint64(), GasLimit: h.GasLimit, GasUsed: h.GasUsed, Timestamp: h.Time, ExtraData: h.Extra,
		BaseFeePerGas: base, BlockHash: phase0.Hash32(h.Hash())}
}

// execHeaderJSON is a light client header naming the execution block exec,
// with its body's proof of the payload header.
func (s *simBeacon) execHeaderJSON(h *btypes.Header, exec *types.Header, unproven common.Hash) map[string]any {
	ph := payloadHeader(exec)
	root, err := ph.HashTreeRoot()
	if err != nil {
		s.t.Fatal(err)
	}
	body := sszTree{bparams.BodyIndexExecPayload: root}
	h.BodyRoot = body.root()
	if unproven != (common.Hash{}) {
		ph.BlockHash = phase0.Hash32(unproven)
	}
	return map[string]any{"beacon": headerJSON(*h), "execution": ph, "execution_branch": body.branch(bparams.BodyIndexExecPayload)}
}

// setFinality serves a finality update in period p naming f.execBlock.
func (s *simBeacon) setFinality(p uint64, f finalityForge) {
	signer := s.committees[p]
	if f.signedBy != nil {
		signer = f.signedBy
	}
	n := bparams.SyncCommitteeSize
	if f.signers > 0 {
		n = f.signers
	}
	start := btypes.SyncPeriodStart(p)
	fin := btypes.Header{Slot: start + 32, ProposerIndex: 8, ParentRoot: common.Hash{8}, StateRoot: common.Hash{9}}
	finJSON := s.execHeaderJSON(&fin, f.execBlock, f.unproven)
	state := sszTree{bparams.StateIndexFinalBlock(simFork): fin.Hash()}
	att := btypes.Header{Slot: start + 96, ProposerIndex: 9, ParentRoot: common.Hash{10}, StateRoot: state.root()}
	attJSON := s.execHeaderJSON(&att, f.execBlock, common.Hash{})
	agg := signer.sign(s.signingRoot(att), n)
	if f.badSig {
		agg.Signature = s.committees[len(s.committees)-1].sign(s.signingRoot(att), n).Signature
	}
	obj := mustJSON(s.t, map[string]any{"version": simFork, "data": map[string]any{
		"attested_header":  attJSON,
		"finalized_header": finJSON,
		"finality_branch":  state.branch(bparams.StateIndexFinalBlock(simFork)),
		"sync_aggregate":   aggregateJSON(agg),
		"signature_slot":   strconv.FormatUint(att.Slot+1, 10),
	}})
	s.mu.Lock()
	s.finality = obj
	s.mu.Unlock()
}

func (s *simBeacon) serve(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	p := r.URL.Path
	s.requests[strings.TrimPrefix(p, "/eth/v1/beacon/light_client/")]++
	switch {
	case strings.HasPrefix(p, "/eth/v1/beacon/light_client/bootstrap/"):
		if common.HexToHash(strings.TrimPrefix(p, "/eth/v1/beacon/light_client/bootstrap/")) != s.checkpoint {
			http.NotFound(w, r)
			return
		}
		_, _ = w.Write(s.bootstrap)
	case p == "/eth/v1/beacon/light_client/updates":
		start, err1 := strconv.ParseUint(r.URL.Query().Get("start_period"), 10, 64)
		count, err2 := strconv.ParseUint(r.URL.Query().Get("count"), 10, 64)
		if err1 != nil || err2 != nil {
			http.Error(w, "bad period range", http.StatusBadRequest)
			return
		}
		var objs []json.RawMessage
		for q := start; q < start+count; q++ {
			if u, ok := s.updates[q]; ok {
				objs = append(objs, u)
			}
		}
		_, _ = w.Write(mustJSON(s.t, objs))
	case p == "/eth/v1/beacon/light_client/finality_update":
		if s.finality == nil {
			http.NotFound(w, r)
			return
		}
		_, _ = w.Write(s.finality)
	default:
		http.NotFound(w, r)
	}
}
