package p2p

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"net"
	"sync"
	"time"

	pubsub "github.com/libp2p/go-libp2p-pubsub"
	pb "github.com/libp2p/go-libp2p-pubsub/pb"
	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/peer"
	"golang.org/x/time/rate"
)

// TopicPrefix starts every service topic: the topic of a service is
// TopicPrefix followed by the service id in lower-case hex.
const TopicPrefix = "/rms/1/svc/"

// TopicName is the gossipsub topic of a service.
func TopicName(serviceID ServiceID) string {
	return TopicPrefix + hex.EncodeToString(serviceID[:])
}

// ValidationResult is a validator's verdict on a message.
type ValidationResult int

const (
	// Accept delivers the message and forwards it.
	Accept ValidationResult = iota
	// Reject drops the message and penalises the peer that sent it (use it
	// for bad signatures, unstaked signers, malformed payloads).
	Reject
	// Ignore drops the message without penalty (stale, duplicate at the
	// application level, or not checkable right now).
	Ignore
)

func (r ValidationResult) String() string {
	switch r {
	case Accept:
		return "accept"
	case Reject:
		return "reject"
	case Ignore:
		return "ignore"
	}
	return fmt.Sprintf("ValidationResult(%d)", int(r))
}

// Validator checks one message of a topic before it is delivered or
// forwarded. from is the message's author (the peer that signed the gossip
// envelope), not necessarily the neighbour that forwarded it. The
// application's own signature lives in data and is the validator's to check.
type Validator func(ctx context.Context, from peer.ID, data []byte) ValidationResult

// Message is a validated message delivered to a subscriber.
type Message struct {
	ID           string  // content-derived message id
	From         peer.ID // author
	ReceivedFrom peer.ID // neighbour that delivered it
	Data         []byte
}

// Topic is what domain code needs from one service topic.
type Topic interface {
	// Publish sends data once the topic has peers, waiting for them under
	// ctx.
	Publish(ctx context.Context, data []byte) error
	// Next blocks until the next message from another peer passes
	// validation, or ctx is done.
	Next(ctx context.Context) (*Message, error)
	// Close leaves the topic.
	Close() error
}

// Gossiper is what domain code needs from gossip: joining service topics.
type Gossiper interface {
	Join(serviceID ServiceID, v Validator, opts ...TopicOption) (Topic, error)
}

var (
	_ Gossiper = (*Gossip)(nil)
	_ Topic    = (*ServiceTopic)(nil)
)

// TopicOption configures one joined topic.
type TopicOption func(*topicConfig)

type topicConfig struct {
	stake  StakeCheck
	buffer int
}

// WithAuthorStakeCheck rejects, before the validator runs, every message
// whose author the staking check rejects for the topic's service. Use it on
// topics where only staked providers may publish.
func WithAuthorStakeCheck(check StakeCheck) TopicOption {
	return func(c *topicConfig) { c.stake = check }
}

// WithBuffer sets how many validated messages wait for Next before new ones
// are dropped (default 64).
func WithBuffer(n int) TopicOption {
	return func(c *topicConfig) {
		if n > 0 {
			c.buffer = n
		}
	}
}

// Gossip runs gossipsub with content-derived message ids, strict signing,
// a message size limit, peer scoring and a per-peer rate limit.
type Gossip struct {
	h   host.Host
	ps  *pubsub.PubSub
	cfg *config
	log *slog.Logger

	ctx    context.Context
	cancel context.CancelFunc
	wg     sync.WaitGroup

	mu       sync.Mutex
	topics   map[string]*ServiceTopic
	limiters map[peer.ID]*rate.Limiter
	strikes  map[peer.ID]float64 // rate-limit violations, decaying
	scores   map[peer.ID]float64
}

// NewGossip starts gossipsub on h. The returned Gossip lives until Close.
func NewGossip(h host.Host, opts ...Option) (*Gossip, error) {
	cfg, err := applyOptions(opts)
	if err != nil {
		return nil, err
	}
	return newGossip(h, cfg)
}

// MessageID is the gossip message id: sha256 over the topic and the data, so
// the same content is recognised whoever forwards it.
func MessageID(topic string, data []byte) string {
	h := sha256.New()
	h.Write([]byte(topic))
	h.Write([]byte{0})
	h.Write(data)
	return string(h.Sum(nil))
}

func messageID(m *pb.Message) string { return MessageID(m.GetTopic(), m.GetData()) }

// envelopeOverhead is room for the gossip envelope (author, seqno, topic,
// signature, key) on top of the payload limit.
const envelopeOverhead = 16 << 10

func newGossip(h host.Host, cfg *config) (*Gossip, error) {
	ctx, cancel := context.WithCancel(context.Background())
	g := &Gossip{
		h: h, cfg: cfg, log: cfg.logger, ctx: ctx, cancel: cancel,
		topics:   make(map[string]*ServiceTopic),
		limiters: make(map[peer.ID]*rate.Limiter),
		strikes:  make(map[peer.ID]float64),
		scores:   make(map[peer.ID]float64),
	}
	gsParams, scoreParams, thresholds := profileParams(cfg.scoreProfile)
	gsParams.HeartbeatInterval = cfg.heartbeat
	gsParams.HeartbeatInitialDelay = min(cfg.heartbeat, 100*time.Millisecond)
	scoreParams.AppSpecificScore = g.appScore
	ps, err := pubsub.NewGossipSub(ctx, h,
		pubsub.WithGossipSubParams(gsParams),
		pubsub.WithPeerScore(scoreParams, thresholds),
		pubsub.WithPeerScoreInspect(g.setScores, cfg.scoreInspect),
		pubsub.WithMessageIdFn(messageID),
		pubsub.WithMessageSignaturePolicy(pubsub.StrictSign),
		pubsub.WithMaxMessageSize(cfg.maxMsgSize+envelopeOverhead),
		pubsub.WithFloodPublish(cfg.scoreProfile == SmallMesh),
		pubsub.WithPeerExchange(true),
		pubsub.WithLogger(cfg.logger),
	)
	if err != nil {
		cancel()
		return nil, fmt.Errorf("p2p: start gossipsub: %w", err)
	}
	g.ps = ps
	g.wg.Add(1)
	go g.sweep()
	return g, nil
}

// profileParams returns mesh degrees, score parameters and thresholds for a
// profile; docs/P2P.md explains the choices.
func profileParams(p ScoreProfile) (pubsub.GossipSubParams, *pubsub.PeerScoreParams, *pubsub.PeerScoreThresholds) {
	gp := pubsub.DefaultGossipSubParams()
	loopback := []*net.IPNet{
		{IP: net.IPv4(127, 0, 0, 0), Mask: net.CIDRMask(8, 32)},
		{IP: net.IPv6loopback, Mask: net.CIDRMask(128, 128)},
	}
	sp := &pubsub.PeerScoreParams{
		Topics:                      map[string]*pubsub.TopicScoreParams{},
		AppSpecificWeight:           1,
		IPColocationFactorWhitelist: loopback,
		BehaviourPenaltyWeight:      -10,
		BehaviourPenaltyThreshold:   6,
		BehaviourPenaltyDecay:       pubsub.ScoreParameterDecay(10 * time.Minute),
		DecayInterval:               time.Second,
		DecayToZero:                 0.01,
		RetainScore:                 10 * time.Minute,
	}
	th := &pubsub.PeerScoreThresholds{
		GossipThreshold:             -10,
		PublishThreshold:            -50,
		GraylistThreshold:           -80,
		AcceptPXThreshold:           5,
		OpportunisticGraftThreshold: 2,
	}
	switch p {
	case LargeMesh:
		gp.D, gp.Dlo, gp.Dhi, gp.Dscore, gp.Dout, gp.Dlazy = 8, 6, 12, 5, 3, 8
		sp.TopicScoreCap = 50
		sp.IPColocationFactorWeight = -20
		sp.IPColocationFactorThreshold = 3
	default: // SmallMesh
		gp.D, gp.Dlo, gp.Dhi, gp.Dscore, gp.Dout, gp.Dlazy = 6, 4, 10, 3, 2, 6
		sp.TopicScoreCap = 20
		sp.IPColocationFactorWeight = -5
		sp.IPColocationFactorThreshold = 8
	}
	return gp, sp, th
}

// topicScoreParams are the per-topic score parameters of a profile.
func topicScoreParams(p ScoreProfile) *pubsub.TopicScoreParams {
	tp := &pubsub.TopicScoreParams{
		TopicWeight:                    1,
		TimeInMeshWeight:               0.01,
		TimeInMeshQuantum:              time.Second,
		TimeInMeshCap:                  300,
		FirstMessageDeliveriesWeight:   1,
		FirstMessageDeliveriesDecay:    pubsub.ScoreParameterDecay(10 * time.Minute),
		FirstMessageDeliveriesCap:      10,
		MeshMessageDeliveriesWeight:    0, // traffic is sporadic: no delivery quota
		MeshFailurePenaltyWeight:       0,
		InvalidMessageDeliveriesWeight: -10,
		InvalidMessageDeliveriesDecay:  pubsub.ScoreParameterDecay(time.Hour),
	}
	if p == LargeMesh {
		tp.TimeInMeshWeight = 0.005
		tp.FirstMessageDeliveriesCap = 25
		tp.FirstMessageDeliveriesWeight = 0.5
		tp.InvalidMessageDeliveriesWeight = -20
	}
	return tp
}

func (g *Gossip) setScores(s map[peer.ID]float64) {
	g.mu.Lock()
	g.scores = s
	g.mu.Unlock()
}

// PeerScore is the latest gossipsub score of p as seen by this node
// (refreshed every second; 0 for unknown peers).
func (g *Gossip) PeerScore(p peer.ID) float64 {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.scores[p]
}

// appScore turns rate-limit violations into a negative application score so
// that a peer that keeps flooding drops below the gossip thresholds.
func (g *Gossip) appScore(p peer.ID) float64 {
	g.mu.Lock()
	defer g.mu.Unlock()
	return -math.Min(g.strikes[p], 100)
}

// allow takes one token from p's bucket.
func (g *Gossip) allow(p peer.ID) bool {
	g.mu.Lock()
	defer g.mu.Unlock()
	l := g.limiters[p]
	if l == nil {
		l = rate.NewLimiter(rate.Limit(g.cfg.ratePerSec), g.cfg.rateBurst)
		g.limiters[p] = l
	}
	if l.Allow() {
		return true
	}
	g.strikes[p]++
	return false
}

// sweep decays rate-limit strikes and forgets idle limiters.
func (g *Gossip) sweep() {
	defer g.wg.Done()
	t := time.NewTicker(10 * time.Second)
	defer t.Stop()
	for {
		select {
		case <-g.ctx.Done():
			return
		case <-t.C:
		}
		g.mu.Lock()
		for p, s := range g.strikes {
			if s /= 2; s < 0.5 {
				delete(g.strikes, p)
			} else {
				g.strikes[p] = s
			}
		}
		for p, l := range g.limiters {
			if l.Tokens() >= float64(g.cfg.rateBurst) {
				delete(g.limiters, p)
			}
		}
		g.mu.Unlock()
	}
}

// PubSub exposes the underlying gossipsub instance (diagnostics, tests).
func (g *Gossip) PubSub() *pubsub.PubSub { return g.ps }

// Join joins and subscribes to the topic of serviceID. Every message from
// another peer passes, in order: the size limit, the per-peer rate limit
// (over it: ignored), the author staking check if one was given (rejected:
// the forwarding peer's score drops), then v. Messages this node publishes
// are checked by v too, so a bad local message fails Publish.
func (g *Gossip) Join(serviceID ServiceID, v Validator, opts ...TopicOption) (Topic, error) {
	return g.JoinTopic(serviceID, v, opts...)
}

// JoinTopic is Join returning the concrete type.
func (g *Gossip) JoinTopic(serviceID ServiceID, v Validator, opts ...TopicOption) (*ServiceTopic, error) {
	if v == nil {
		return nil, errors.New("p2p: join topic: nil validator")
	}
	tc := topicConfig{buffer: 64}
	for _, o := range opts {
		o(&tc)
	}
	name := TopicName(serviceID)
	g.mu.Lock()
	if _, ok := g.topics[name]; ok {
		g.mu.Unlock()
		return nil, fmt.Errorf("p2p: topic %s already joined", name)
	}
	g.mu.Unlock()

	self := g.h.ID()
	maxSize := g.cfg.maxMsgSize
	val := func(ctx context.Context, from peer.ID, m *pubsub.Message) pubsub.ValidationResult {
		if len(m.GetData()) > maxSize {
			return pubsub.ValidationReject
		}
		author := m.GetFrom()
		if from != self {
			if !g.allow(from) {
				return pubsub.ValidationIgnore
			}
			if tc.stake != nil && !tc.stake(ctx, serviceID, author) {
				return pubsub.ValidationReject
			}
		}
		switch v(ctx, author, m.GetData()) {
		case Accept:
			return pubsub.ValidationAccept
		case Ignore:
			return pubsub.ValidationIgnore
		default:
			return pubsub.ValidationReject
		}
	}
	if err := g.ps.RegisterTopicValidator(name, pubsub.ValidatorEx(val), pubsub.WithValidatorTimeout(10*time.Second)); err != nil {
		return nil, fmt.Errorf("p2p: topic %s validator: %w", name, err)
	}
	t, err := g.ps.Join(name)
	if err != nil {
		_ = g.ps.UnregisterTopicValidator(name)
		return nil, fmt.Errorf("p2p: join topic %s: %w", name, err)
	}
	if err := t.SetScoreParams(topicScoreParams(g.cfg.scoreProfile)); err != nil {
		t.Close()
		_ = g.ps.UnregisterTopicValidator(name)
		return nil, fmt.Errorf("p2p: topic %s score params: %w", name, err)
	}
	sub, err := t.Subscribe(pubsub.WithBufferSize(tc.buffer))
	if err != nil {
		t.Close()
		_ = g.ps.UnregisterTopicValidator(name)
		return nil, fmt.Errorf("p2p: subscribe %s: %w", name, err)
	}
	st := &ServiceTopic{g: g, name: name, topic: t, sub: sub}
	g.mu.Lock()
	g.topics[name] = st
	g.mu.Unlock()
	return st, nil
}

// Close leaves every topic and stops gossipsub. It does not close the host.
func (g *Gossip) Close() error {
	g.mu.Lock()
	topics := make([]*ServiceTopic, 0, len(g.topics))
	for _, t := range g.topics {
		topics = append(topics, t)
	}
	g.mu.Unlock()
	var errs []error
	for _, t := range topics {
		errs = append(errs, t.Close())
	}
	g.cancel()
	g.wg.Wait()
	return errors.Join(errs...)
}

// ServiceTopic is a joined and subscribed service topic.
type ServiceTopic struct {
	g     *Gossip
	name  string
	topic *pubsub.Topic
	sub   *pubsub.Subscription
	once  sync.Once
}

// Name is the gossipsub topic name.
func (t *ServiceTopic) Name() string { return t.name }

// Peers lists the peers known to be subscribed to the topic.
func (t *ServiceTopic) Peers() []peer.ID { return t.topic.ListPeers() }

// WaitForPeers waits until at least n peers are subscribed to the topic, or
// ctx (bounded by the operation timeout when it has no deadline) is done.
func (t *ServiceTopic) WaitForPeers(ctx context.Context, n int) error {
	ctx, cancel := withDefaultDeadline(ctx, t.g.cfg.opTimeout)
	defer cancel()
	tick := time.NewTicker(20 * time.Millisecond)
	defer tick.Stop()
	for {
		if len(t.topic.ListPeers()) >= n {
			return nil
		}
		select {
		case <-tick.C:
		case <-ctx.Done():
			return fmt.Errorf("p2p: topic %s has %d peers, want %d: %w", t.name, len(t.topic.ListPeers()), n, ctx.Err())
		}
	}
}

// Publish validates data with the topic's validator and sends it as soon as
// the topic's mesh has a peer; messages sent before that would be lost. It
// waits under ctx, bounded by the operation timeout when ctx has no
// deadline.
func (t *ServiceTopic) Publish(ctx context.Context, data []byte) error {
	if len(data) > t.g.cfg.maxMsgSize {
		return fmt.Errorf("p2p: publish on %s: message of %d bytes exceeds the limit of %d", t.name, len(data), t.g.cfg.maxMsgSize)
	}
	ctx, cancel := withDefaultDeadline(ctx, t.g.cfg.opTimeout)
	defer cancel()
	if err := t.topic.Publish(ctx, data, pubsub.WithReadiness(pubsub.MinTopicSize(1))); err != nil {
		return fmt.Errorf("p2p: publish on %s: %w", t.name, err)
	}
	return nil
}

// Next returns the next validated message published by another peer.
func (t *ServiceTopic) Next(ctx context.Context) (*Message, error) {
	self := t.g.h.ID()
	for {
		m, err := t.sub.Next(ctx)
		if err != nil {
			if errors.Is(err, pubsub.ErrSubscriptionCancelled) {
				return nil, fmt.Errorf("p2p: topic %s closed: %w", t.name, err)
			}
			return nil, err
		}
		if m.ReceivedFrom == self {
			continue
		}
		return &Message{ID: m.ID, From: m.GetFrom(), ReceivedFrom: m.ReceivedFrom, Data: m.GetData()}, nil
	}
}

// Close unsubscribes and leaves the topic.
func (t *ServiceTopic) Close() error {
	var err error
	t.once.Do(func() {
		t.sub.Cancel()
		err = t.topic.Close()
		_ = t.g.ps.UnregisterTopicValidator(t.name)
		t.g.mu.Lock()
		delete(t.g.topics, t.name)
		t.g.mu.Unlock()
	})
	if err != nil {
		return fmt.Errorf("p2p: close topic %s: %w", t.name, err)
	}
	return nil
}
