package web

import (
	"context"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/rmsnet/rms/merkle"
)

// Source returns what one node knows of itself; it is called on every
// refresh and must not block for long.
type Source func(ctx context.Context) (Local, error)

// Local is one node's own view: identity, peers and recent jobs.
type Local struct {
	Node NodeView
	Jobs []JobView
	// Models names the models of the classes this node serves (class id →
	// file name), for the services table.
	Models map[common.Hash]string
}

// Snapshot is everything the page shows, as GET /api/snapshot returns it.
type Snapshot struct {
	Version  uint64        `json:"version"` // grows when anything else changes
	Time     time.Time     `json:"time"`
	Chain    ChainView     `json:"chain"`
	Nodes    []NodeView    `json:"nodes"`
	Services []ServiceView `json:"services"`
	Jobs     []JobView     `json:"jobs"`
	Games    []GameView    `json:"games"`
	Balances Balances      `json:"balances"`
	Errors   []string      `json:"errors,omitempty"` // reads that failed in the last refresh
}

// ChainView is the chain the nodes use and the contracts on it.
type ChainView struct {
	ID       uint64         `json:"id"`
	Head     uint64         `json:"head"`
	HeadTime uint64         `json:"head_time"`
	Registry common.Address `json:"registry"`
	Escrow   common.Address `json:"escrow"`
	Games    common.Address `json:"games"`
}

// NodeView is a node's identity and its peers.
type NodeView struct {
	Name    string         `json:"name"`
	Roles   []string       `json:"roles"`
	PeerID  string         `json:"peer_id,omitempty"`
	Addrs   []string       `json:"addrs,omitempty"`
	Address common.Address `json:"address,omitzero"`
	Started time.Time      `json:"started,omitzero"`
	Peers   []PeerView     `json:"peers"`
}

// PeerView is one connected peer.
type PeerView struct {
	ID      string   `json:"id"`
	Name    string   `json:"name,omitempty"` // when the peer is another node of the view
	Addrs   []string `json:"addrs,omitempty"`
	Latency float64  `json:"latency_ms"` // moving average of the pings; 0: not measured yet
}

// ServiceView is a registered service.
type ServiceView struct {
	ID        common.Hash    `json:"id"`
	Provider  common.Address `json:"provider"`
	Name      string         `json:"name,omitempty"` // the node, when it is one of the view
	Class     common.Hash    `json:"class"`
	Model     string         `json:"model,omitempty"`
	ModelRoot common.Hash    `json:"model_root,omitzero"`
	Price     Amount         `json:"price"`
	Stake     Amount         `json:"stake"`
	Reserved  Amount         `json:"reserved"`
	OpenGames uint32         `json:"open_games"`
	PeerID    string         `json:"peer_id"`
	Active    bool           `json:"active"`
	Unbonding uint64         `json:"unbonding_ends,omitempty"`
}

// JobView is a job with its claims.
type JobView struct {
	Hash    common.Hash    `json:"hash"`
	Role    string         `json:"role"` // the node's role in it: user or provider
	Class   common.Hash    `json:"class"`
	User    common.Address `json:"user"`
	State   string         `json:"state"`
	Claims  []ClaimView    `json:"claims"`
	Errors  []string       `json:"errors,omitempty"`
	Created time.Time      `json:"created"`
	Node    string         `json:"node,omitempty"` // whose record it is
	// Set from the chain: the game about the job, and the output that
	// stands (the agreed one, or the winner's).
	Game     *common.Hash `json:"game,omitempty"`
	Standing *merkle.Hash `json:"standing,omitempty"`
	Label    *int32       `json:"label,omitempty"` // of the standing output, when it is a class label
}

// ClaimView is one provider's signed answer (the signature is left out).
type ClaimView struct {
	Provider   common.Address `json:"provider"`
	Name       string         `json:"name,omitempty"`
	Peer       string         `json:"peer,omitempty"`
	OutputRoot merkle.Hash    `json:"output_root"`
	TraceRoot  merkle.Hash    `json:"trace_root"`
	Label      *int32         `json:"label,omitempty"`
	// Verdict: agreed, disputed (no game yet), stands (won its game or
	// matches the winner) or defeated (lost its game).
	Verdict string `json:"verdict"`
}

// GameView is a dispute game with its timeline.
type GameView struct {
	ID            common.Hash `json:"id"`
	Job           common.Hash `json:"job"`
	Class         common.Hash `json:"class"`
	Phase         string      `json:"phase"`
	Done          bool        `json:"done"`
	Opened        uint64      `json:"opened"` // unix seconds of the opening block
	Arity         uint8       `json:"arity"`
	Clock         uint64      `json:"clock"` // seconds each side had at the start
	Op            *uint64     `json:"op,omitempty"`
	Range         uint64      `json:"range"` // steps of the dissection's first range
	Lo            uint64      `json:"lo"`    // the current (or last) disputed range
	Hi            uint64      `json:"hi"`
	Sides         [2]SideView `json:"sides"`
	Rounds        []RoundView `json:"rounds"`
	Step          *uint64     `json:"step,omitempty"` // the instruction the contract executed
	Winner        *int        `json:"winner,omitempty"`
	Slashed       *Amount     `json:"slashed,omitempty"`
	SlashedTo     string      `json:"slashed_to,omitempty"` // the beneficiary of the slash
	SlashedToName string      `json:"slashed_to_name,omitempty"`
	Gas           uint64      `json:"gas"` // of every transaction of the game
	Timeline      []EventView `json:"timeline"`
}

// SideView is one side of a game.
type SideView struct {
	Provider   common.Address `json:"provider"`
	Name       string         `json:"name,omitempty"`
	Service    common.Hash    `json:"service"`
	Claim      common.Hash    `json:"claim"`
	OutputRoot merkle.Hash    `json:"output_root"`
	Label      *int32         `json:"label,omitempty"`
	ClockLeft  uint64         `json:"clock_left"` // seconds
	Moving     bool           `json:"moving"`     // its clock runs
	Lost       bool           `json:"lost"`
	Gas        uint64         `json:"gas"` // of the moves that name this side
}

// RoundView is one dissection round: the range it split and the piece the
// contract chose.
type RoundView struct {
	Round  uint8  `json:"round"`
	FromLo uint64 `json:"from_lo"`
	FromHi uint64 `json:"from_hi"`
	Pieces uint64 `json:"pieces"`
	Piece  uint64 `json:"piece"` // 0-based
	Lo     uint64 `json:"lo"`
	Hi     uint64 `json:"hi"`
}

// EventView is one entry of a game's timeline.
type EventView struct {
	Kind  string      `json:"kind"`
	Text  string      `json:"text"`
	Block uint64      `json:"block"`
	Time  uint64      `json:"time,omitempty"`
	Tx    common.Hash `json:"tx"`
	Gas   uint64      `json:"gas,omitempty"` // on the first event of its transaction
	Side  *int        `json:"side,omitempty"`
}

// Balances are the funds the view's accounts hold on chain.
type Balances struct {
	Accounts []AccountView `json:"accounts"`
	Channels []ChannelView `json:"channels"`
}

// AccountView is an account's ether and its slash rewards in the registry.
type AccountView struct {
	Address common.Address `json:"address"`
	Name    string         `json:"name,omitempty"`
	Balance *Amount        `json:"balance,omitempty"` // when the endpoint answers balance reads
	Credit  Amount         `json:"credit"`            // registry: slash rewards owed
	Stake   Amount         `json:"stake"`             // registry: stake of its services
}

// ChannelView is one escrow channel.
type ChannelView struct {
	User     common.Address `json:"user"`
	Provider common.Address `json:"provider"`
	UserName string         `json:"user_name,omitempty"`
	ProvName string         `json:"provider_name,omitempty"`
	Funds    Amount         `json:"funds"`
	Redeemed Amount         `json:"redeemed"`
	Epoch    uint32         `json:"epoch"`
	RefundAt uint64         `json:"refund_at,omitempty"`
}
