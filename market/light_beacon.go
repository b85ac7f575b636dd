package market

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/beacon/light"
	"github.com/ethereum/go-ethereum/beacon/merkle"
	bparams "github.com/ethereum/go-ethereum/beacon/params"
	btypes "github.com/ethereum/go-ethereum/beacon/types"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethdb/memorydb"
)

// BeaconConfig says which beacon chain a BeaconTrust follows and where its
// light sync starts.
type BeaconConfig struct {
	// Chain is the beacon chain: genesis time, genesis validators root and
	// forks (go-ethereum's params.MainnetLightConfig, SepoliaLightConfig, …).
	Chain *bparams.ChainConfig
	// Checkpoint is the root of a beacon block the user trusts (a finalized
	// block at the start of an epoch); the sync committee of its period is
	// proven against it, and every later committee by the one before.
	Checkpoint common.Hash
	// Threshold is the fewest sync committee signers accepted on a committee
	// update or a finalized header (0: a supermajority, 342 of 512, as
	// go-ethereum's blsync).
	Threshold int
	// Client fetches from the beacon API (nil: a client with a 30 s timeout).
	Client *http.Client
}

// MaxBeaconResponse bounds one beacon API answer (an update with its
// committee is about 70 kB; at most maxUpdatesPerRequest in one answer).
const MaxBeaconResponse = 16 << 20

// maxUpdatesPerRequest is the most committee updates asked for at once
// (the beacon API allows 128).
const maxUpdatesPerRequest = 32

// BeaconTrust is a HeaderTrust that follows the beacon chain as a light
// client: from a trusted checkpoint it verifies each sync committee update
// (the next committee's root proven in a header signed by the current
// committee), then the latest finality update (a finalized beacon header,
// proven in a header the current committee signed, and its execution payload
// header proven in that block's body), and trusts the execution block the
// finalized beacon block names. The verification is go-ethereum's own
// (beacon/light's CommitteeChain and HeadTracker, BLS signatures included);
// only the fetching is here, so that it follows the caller's context.
type BeaconTrust struct {
	api       string
	cfg       *bparams.ChainConfig
	cp        common.Hash
	threshold int
	client    *http.Client
	now       func() time.Time

	mu        sync.Mutex
	committee *light.CommitteeChain
	heads     *light.HeadTracker
	synced    bool
	// Updates counts the committee updates verified so far.
	updates int
}

// BeaconHead is what a BeaconTrust trusts after a sync.
type BeaconHead struct {
	Slot          uint64      // slot of the finalized beacon block
	Root          common.Hash // its root
	ExecutionHash common.Hash // the execution block it names
	Period        uint64      // the sync period whose committee signed it
}

// NewBeaconTrust follows the beacon API at apiURL (e.g. http://127.0.0.1:5052).
func NewBeaconTrust(apiURL string, cfg BeaconConfig) (*BeaconTrust, error) {
	u, err := url.Parse(apiURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("beacon trust: API URL %q is not an http(s) URL", apiURL)
	}
	if cfg.Chain == nil || len(cfg.Chain.Forks) == 0 {
		return nil, errors.New("beacon trust: no beacon chain config (genesis and forks)")
	}
	if cfg.Checkpoint == (common.Hash{}) {
		return nil, errors.New("beacon trust: no checkpoint")
	}
	if cfg.Threshold == 0 {
		cfg.Threshold = bparams.SyncCommitteeSupermajority
	}
	if cfg.Threshold < 1 || cfg.Threshold > bparams.SyncCommitteeSize {
		return nil, fmt.Errorf("beacon trust: threshold %d outside 1…%d", cfg.Threshold, bparams.SyncCommitteeSize)
	}
	if cfg.Client == nil {
		cfg.Client = &http.Client{Timeout: 30 * time.Second}
	}
	b := &BeaconTrust{api: strings.TrimRight(apiURL, "/"), cfg: cfg.Chain, cp: cfg.Checkpoint, threshold: cfg.Threshold, client: cfg.Client, now: time.Now}
	b.committee = light.NewCommitteeChain(memorydb.New(), cfg.Chain, cfg.Threshold, true)
	b.heads = light.NewHeadTracker(b.committee, cfg.Threshold, nil)
	return b, nil
}

// TrustedHeader syncs with the beacon API and returns the execution header
// of the latest finalized block, fetched through ep and checked to hash to
// the block hash the finalized beacon block names.
func (b *BeaconTrust) TrustedHeader(ctx context.Context, ep RPCCaller) (*types.Header, error) {
	head, err := b.Sync(ctx)
	if err != nil {
		return nil, err
	}
	return headerByHash(ctx, ep, head.ExecutionHash)
}

// CommitteeUpdates is the number of sync committee updates verified so far.
func (b *BeaconTrust) CommitteeUpdates() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.updates
}

// Sync verifies what the beacon API serves since the last sync: the
// checkpoint (first time only), the committee updates up to the period of
// the latest finality update, and that update. Every refusal wraps
// ErrHeaderNotTrusted and names what failed.
func (b *BeaconTrust) Sync(ctx context.Context) (*BeaconHead, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if !b.synced {
		if err := b.bootstrap(ctx); err != nil {
			return nil, err
		}
		b.synced = true
	}
	raw, err := b.get(ctx, "/eth/v1/beacon/light_client/finality_update", nil)
	if err != nil {
		return nil, beaconErr("finality update", err)
	}
	fu, err := decodeBeaconFinality(raw)
	if err != nil {
		return nil, beaconErr("finality update", err)
	}
	what := fmt.Sprintf("finality update signed at slot %d (finalized slot %d)", fu.SignatureSlot, fu.Finalized.Slot)
	if err := fu.Validate(b.cfg); err != nil {
		return nil, beaconErr(what, fmt.Errorf("proofs: %w", err))
	}
	if n := fu.Signature.SignerCount(); n < b.threshold {
		return nil, beaconErr(what, fmt.Errorf("%d of %d committee members signed, at least %d needed", n, bparams.SyncCommitteeSize, b.threshold))
	}
	if now := uint64(b.now().Unix()); now < b.cfg.GenesisTime || fu.SignatureSlot > (now-b.cfg.GenesisTime)/12+1 {
		return nil, beaconErr(what, errors.New("signed in a slot that has not begun"))
	}
	period := btypes.SyncPeriod(fu.SignatureSlot)
	if err := b.followCommittees(ctx, period); err != nil {
		return nil, err
	}
	if _, err := b.heads.ValidateFinality(fu); err != nil {
		return nil, beaconErr(what, err)
	}
	got, ok := b.heads.ValidatedFinality()
	if !ok {
		return nil, beaconErr(what, errors.New("no finalized header validated"))
	}
	return &BeaconHead{Slot: got.Finalized.Slot, Root: got.Finalized.Hash(), ExecutionHash: got.Finalized.BlockHash(),
		Period: btypes.SyncPeriod(got.SignatureSlot)}, nil
}

// bootstrap proves the checkpoint's sync committee against the checkpoint.
func (b *BeaconTrust) bootstrap(ctx context.Context) error {
	what := "bootstrap of checkpoint " + b.cp.Hex()
	raw, err := b.get(ctx, "/eth/v1/beacon/light_client/bootstrap/"+b.cp.Hex(), nil)
	if err != nil {
		return beaconErr(what, err)
	}
	bs, err := decodeBeaconBootstrap(raw)
	if err != nil {
		return beaconErr(what, err)
	}
	if got := bs.Header.Hash(); got != b.cp {
		return beaconErr(what, fmt.Errorf("the served header (slot %d) hashes to %s", bs.Header.Slot, got.Hex()))
	}
	if err := b.committee.CheckpointInit(*bs); err != nil {
		return beaconErr(what, fmt.Errorf("committee proof: %w", err))
	}
	return nil
}

// followCommittees verifies committee updates until the committee of
// period is known.
func (b *BeaconTrust) followCommittees(ctx context.Context, period uint64) error {
	for {
		next, ok := b.committee.NextSyncPeriod()
		if !ok {
			return beaconErr("committee chain", errors.New("not initialised from the checkpoint"))
		}
		if next >= period {
			return nil
		}
		count := min(period-next, maxUpdatesPerRequest)
		what := fmt.Sprintf("committee updates of periods %d…%d", next, next+count-1)
		raw, err := b.get(ctx, "/eth/v1/beacon/light_client/updates", url.Values{
			"start_period": {strconv.FormatUint(next, 10)}, "count": {strconv.FormatUint(count, 10)}})
		if err != nil {
			return beaconErr(what, err)
		}
		ups, err := decodeBeaconUpdates(raw)
		if err != nil {
			return beaconErr(what, err)
		}
		if len(ups) == 0 {
			return beaconErr(what, errors.New("the endpoint served none"))
		}
		for i, u := range ups {
			p := next + uint64(i)
			what := fmt.Sprintf("committee update of period %d", p)
			if got := u.update.AttestedHeader.Header.SyncPeriod(); got != p {
				return beaconErr(what, fmt.Errorf("the served update is of period %d", got))
			}
			if err := u.update.Validate(b.cfg); err != nil {
				return beaconErr(what, fmt.Errorf("proofs: %w", err))
			}
			if n := u.update.AttestedHeader.Signature.SignerCount(); n < b.threshold {
				return beaconErr(what, fmt.Errorf("%d of %d committee members signed, at least %d needed", n, bparams.SyncCommitteeSize, b.threshold))
			}
			if err := b.committee.InsertUpdate(&u.update, &u.committee); err != nil {
				return beaconErr(what, err)
			}
			if after, _ := b.committee.NextSyncPeriod(); after != p+1 {
				return beaconErr(what, errors.New("the update was not taken (an equal or better one is known)"))
			}
			b.updates++
		}
	}
}

func beaconErr(what string, err error) error {
	return fmt.Errorf("%w: beacon %s: %v", ErrHeaderNotTrusted, what, err)
}

// get fetches one beacon API answer, at most MaxBeaconResponse bytes.
func (b *BeaconTrust) get(ctx context.Context, path string, q url.Values) ([]byte, error) {
	u := b.api + path
	if len(q) > 0 {
		u += "?" + q.Encode()
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Accept", "application/json")
	resp, err := b.client.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, MaxBeaconResponse+1))
	if err != nil {
		return nil, fmt.Errorf("GET %s: %w", path, err)
	}
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("GET %s: status %s", path, resp.Status)
	}
	if len(body) > MaxBeaconResponse {
		return nil, fmt.Errorf("GET %s: answer over %d bytes", path, MaxBeaconResponse)
	}
	return body, nil
}

// The beacon API's JSON (the light client endpoints of the Beacon API,
// as go-ethereum's beacon/light/api decodes them).

type beaconHeaderJSON struct {
	Beacon btypes.Header `json:"beacon"`
}

type beaconExecHeaderJSON struct {
	Beacon             btypes.Header   `json:"beacon"`
	Execution          json.RawMessage `json:"execution"`
	ExecutionBlockHash common.Hash     `json:"execution_block_hash"`
	ExecutionBranch    merkle.Values   `json:"execution_branch"`
}

type beaconSyncAggregateJSON struct {
	Signers   string `json:"sync_committee_bits"`
	Signature string `json:"sync_committee_signature"`
}

func (a beaconSyncAggregateJSON) decode() (btypes.SyncAggregate, error) {
	var s btypes.SyncAggregate
	if err := decodeFixedHex(a.Signers, s.Signers[:]); err != nil {
		return s, fmt.Errorf("sync_committee_bits: %w", err)
	}
	if err := decodeFixedHex(a.Signature, s.Signature[:]); err != nil {
		return s, fmt.Errorf("sync_committee_signature: %w", err)
	}
	return s, nil
}

func decodeFixedHex(s string, out []byte) error {
	b, err := hexutil.Decode(s)
	if err != nil {
		return err
	}
	if len(b) != len(out) {
		return fmt.Errorf("%d bytes, want %d", len(b), len(out))
	}
	copy(out, b)
	return nil
}

// decodeBeaconBootstrap decodes GET /eth/v1/beacon/light_client/bootstrap/{root}.
func decodeBeaconBootstrap(raw []byte) (*btypes.BootstrapData, error) {
	var enc struct {
		Version string `json:"version"`
		Data    struct {
			Header          beaconHeaderJSON                `json:"header"`
			Committee       *btypes.SerializedSyncCommittee `json:"current_sync_committee"`
			CommitteeBranch merkle.Values                   `json:"current_sync_committee_branch"`
		} `json:"data"`
	}
	if err := json.Unmarshal(raw, &enc); err != nil {
		return nil, fmt.Errorf("decode: %w", err)
	}
	if enc.Data.Committee == nil {
		return nil, errors.New("no current_sync_committee")
	}
	return &btypes.BootstrapData{Version: enc.Version, Header: enc.Data.Header.Beacon, Committee: enc.Data.Committee,
		CommitteeRoot: enc.Data.Committee.Root(), CommitteeBranch: enc.Data.CommitteeBranch}, nil
}

// beaconUpdate is one committee update with the next committee it proves.
type beaconUpdate struct {
	update    btypes.LightClientUpdate
	committee btypes.SerializedSyncCommittee
}

// decodeBeaconUpdates decodes GET /eth/v1/beacon/light_client/updates.
func decodeBeaconUpdates(raw []byte) ([]beaconUpdate, error) {
	var enc []struct {
		Version string `json:"version"`
		Data    struct {
			Attested                beaconHeaderJSON                `json:"attested_header"`
			NextSyncCommittee       *btypes.SerializedSyncCommittee `json:"next_sync_committee"`
			NextSyncCommitteeBranch merkle.Values                   `json:"next_sync_committee_branch"`
			Finalized               *beaconHeaderJSON               `json:"finalized_header"`
			FinalityBranch          merkle.Values                   `json:"finality_branch"`
			Aggregate               beaconSyncAggregateJSON         `json:"sync_aggregate"`
			SignatureSlot           common.Decimal                  `json:"signature_slot"`
		} `json:"data"`
	}
	if err := json.Unmarshal(raw, &enc); err != nil {
		return nil, fmt.Errorf("decode: %w", err)
	}
	if len(enc) > maxUpdatesPerRequest {
		return nil, fmt.Errorf("%d updates, asked for at most %d", len(enc), maxUpdatesPerRequest)
	}
	out := make([]beaconUpdate, len(enc))
	for i, e := range enc {
		d := e.Data
		if d.NextSyncCommittee == nil {
			return nil, fmt.Errorf("update %d: no next_sync_committee", i)
		}
		agg, err := d.Aggregate.decode()
		if err != nil {
			return nil, fmt.Errorf("update %d: %w", i, err)
		}
		out[i].committee = *d.NextSyncCommittee
		out[i].update = btypes.LightClientUpdate{
			Version:                 e.Version,
			AttestedHeader:          btypes.SignedHeader{Header: d.Attested.Beacon, Signature: agg, SignatureSlot: uint64(d.SignatureSlot)},
			NextSyncCommitteeRoot:   d.NextSyncCommittee.Root(),
			NextSyncCommitteeBranch: d.NextSyncCommitteeBranch,
			FinalityBranch:          d.FinalityBranch,
		}
		if d.Finalized != nil {
			h := d.Finalized.Beacon
			out[i].update.FinalizedHeader = &h
		}
	}
	return out, nil
}

// decodeBeaconFinality decodes GET /eth/v1/beacon/light_client/finality_update.
func decodeBeaconFinality(raw []byte) (btypes.FinalityUpdate, error) {
	var enc struct {
		Version string `json:"version"`
		Data    struct {
			Attested       beaconExecHeaderJSON    `json:"attested_header"`
			Finalized      beaconExecHeaderJSON    `json:"finalized_header"`
			FinalityBranch merkle.Values           `json:"finality_branch"`
			Aggregate      beaconSyncAggregateJSON `json:"sync_aggregate"`
			SignatureSlot  common.Decimal          `json:"signature_slot"`
		} `json:"data"`
	}
	var fu btypes.FinalityUpdate
	if err := json.Unmarshal(raw, &enc); err != nil {
		return fu, fmt.Errorf("decode: %w", err)
	}
	d := enc.Data
	attested, err := decodeBeaconExecHeader(enc.Version, d.Attested)
	if err != nil {
		return fu, fmt.Errorf("attested header: %w", err)
	}
	finalized, err := decodeBeaconExecHeader(enc.Version, d.Finalized)
	if err != nil {
		return fu, fmt.Errorf("finalized header: %w", err)
	}
	agg, err := d.Aggregate.decode()
	if err != nil {
		return fu, err
	}
	if uint64(d.SignatureSlot) <= attested.Slot || finalized.Slot > attested.Slot {
		return fu, fmt.Errorf("slots out of order: finalized %d, attested %d, signed at %d", finalized.Slot, attested.Slot, d.SignatureSlot)
	}
	return btypes.FinalityUpdate{Version: enc.Version, Attested: attested, Finalized: finalized,
		FinalityBranch: d.FinalityBranch, Signature: agg, SignatureSlot: uint64(d.SignatureSlot)}, nil
}

// decodeBeaconExecHeader decodes a light client header with the proof of its
// execution part, in the form of its fork (the payload header up to Fulu,
// the execution block hash from Gloas on).
func decodeBeaconExecHeader(version string, enc beaconExecHeaderJSON) (btypes.HeaderWithExecProof, error) {
	switch version {
	case "capella", "deneb", "electra", "fulu":
		if len(enc.Execution) == 0 {
			return btypes.HeaderWithExecProof{}, errors.New("no execution payload header")
		}
		ph, err := btypes.ExecutionHeaderFromJSON(version, enc.Execution)
		if err != nil {
			return btypes.HeaderWithExecProof{}, fmt.Errorf("execution payload header: %w", err)
		}
		return btypes.HeaderWithExecProof{Header: enc.Beacon, Proof: &btypes.LegacyHeaderProof{PayloadHeader: ph, Branch: enc.ExecutionBranch}}, nil
	case "gloas":
		return btypes.HeaderWithExecProof{Header: enc.Beacon, Proof: &btypes.GloasExecutionProof{ExecutionBlockHash: enc.ExecutionBlockHash, Branch: enc.ExecutionBranch}}, nil
	default:
		return btypes.HeaderWithExecProof{}, fmt.Errorf("fork %q has no execution proofs this client knows", version)
	}
}
