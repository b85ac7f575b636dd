package market_test

import (
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"errors"
	"math/big"
	mrand "math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	p2pcrypto "github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/rmsnet/rms/contracts/bindings"
	"github.com/rmsnet/rms/market"
	"github.com/rmsnet/rms/market/simchain"
	"github.com/rmsnet/rms/merkle"
)

const (
	unbonding   = 7 * 24 * time.Hour
	refundDelay = 24 * time.Hour
)

var (
	testClass = market.Class{ModelRoot: merkle.Keccak([]byte("model")), ProgramRoot: merkle.Keccak([]byte("program")),
		ImageRoot: merkle.Keccak([]byte("image")), TraceHeight: 4, StepsLog2: 24}
	ether    = simchain.Ether
	minStake = new(big.Int).Div(ether, big.NewInt(10))
	gwei     = big.NewInt(1_000_000_000)
)

// env is a simulated chain with the contracts deployed. Dispute is an
// ordinary key standing in for the dispute contract.
type env struct {
	ctx                                           context.Context
	chain                                         *simchain.Chain
	dep                                           *market.Deployment
	reg                                           *market.Registry
	esc                                           *market.Escrow
	deployer, provider, user, dispute, other, bob *ecdsa.PrivateKey
}

func newEnv(t testing.TB, opts ...simchain.Option) *env {
	t.Helper()
	chain, keys, err := simchain.NewFunded(6, new(big.Int).Mul(ether, big.NewInt(1000)), opts...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { chain.Close() })
	ctx := context.Background()
	e := &env{ctx: ctx, chain: chain, deployer: keys[0], provider: keys[1], user: keys[2], dispute: keys[3], other: keys[4], bob: keys[5]}
	cfg := market.DefaultDeployConfig()
	cfg.MinStake = minStake
	cfg.UnbondingDelay = unbonding
	cfg.RefundDelay = refundDelay
	cfg.SlashRewardBps = 2500
	cfg.Dispute = addr(e.dispute)
	if e.dep, err = market.Deploy(ctx, chain.Client(), e.deployer, cfg); err != nil {
		t.Fatal(err)
	}
	if e.reg, err = market.NewRegistry(ctx, chain.Client(), e.dep.Registry); err != nil {
		t.Fatal(err)
	}
	if e.esc, err = market.NewEscrow(ctx, chain.Client(), e.dep.Escrow); err != nil {
		t.Fatal(err)
	}
	if _, _, err := e.reg.DefineClass(ctx, e.deployer, testClass); err != nil {
		t.Fatal(err)
	}
	return e
}

func addr(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }

func peerKey(t testing.TB) p2pcrypto.PrivKey {
	k, _, err := p2pcrypto.GenerateEd25519Key(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func (e *env) register(t testing.TB, key *ecdsa.PrivateKey, stake *big.Int) market.ServiceID {
	t.Helper()
	id, _, err := e.reg.Register(e.ctx, key, market.ServiceSpec{
		Class: &testClass, Price: gwei, Stake: stake, PeerKey: peerKey(t),
	})
	if err != nil {
		t.Fatal(err)
	}
	return id
}

func (e *env) balance(t testing.TB, k *ecdsa.PrivateKey) *big.Int {
	b, err := e.chain.Client().BalanceAt(e.ctx, addr(k), nil)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func wantRevert(t *testing.T, err error, name string) {
	t.Helper()
	if !market.IsRevert(err, name) {
		t.Fatalf("got error %v, want revert %s", err, name)
	}
}

func TestContractsHashLikeGo(t *testing.T) {
	e := newEnv(t)
	regB, escB := bindings.NewRegistry(), bindings.NewEscrow()
	regC := regB.Instance(e.chain.Client(), e.dep.Registry)
	escC := escB.Instance(e.chain.Client(), e.dep.Escrow)
	call := func(c *bind.BoundContract, data []byte) []byte {
		out, err := c.CallRaw(&bind.CallOpts{Context: e.ctx}, data)
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	rd, ed := e.reg.Domain(), e.esc.Domain()
	if got := common.BytesToHash(call(regC, regB.PackDomainSeparator())); got != rd.Separator() {
		t.Fatalf("registry domain separator %s, Go %s", got.Hex(), rd.Separator().Hex())
	}
	if got := common.BytesToHash(call(escC, escB.PackDomainSeparator())); got != ed.Separator() {
		t.Fatalf("escrow domain separator %s, Go %s", got.Hex(), ed.Separator().Hex())
	}
	r := mrand.New(mrand.NewPCG(9, 10))
	rb := func(n int) []byte {
		b := make([]byte, n)
		for i := range b {
			b[i] = byte(r.Uint32())
		}
		return b
	}
	for i := range 20 {
		var j market.Job
		copy(j.Class[:], rb(32))
		copy(j.InputRoot[:], rb(32))
		j.InputCID = rb(r.IntN(market.MaxCIDBytes + 1))
		j.User = addr(e.user)
		j.Nonce, j.Deadline = r.Uint64(), r.Uint64()
		j.FeeCap.SetBytes(rb(32))
		onChain := common.BytesToHash(call(regC, regB.PackJobHash(bindings.MessagesJob{
			ClassId: j.Class, InputRoot: j.InputRoot, InputCid: j.InputCID, User: j.User,
			Nonce: j.Nonce, FeeCap: j.FeeCap.ToBig(), Deadline: j.Deadline,
		})))
		if onChain != j.Hash(rd) {
			t.Fatalf("case %d: job hash on chain %s, Go %s", i, onChain.Hex(), j.Hash(rd).Hex())
		}
		cl := market.Class{TraceHeight: uint8(r.IntN(33)), StepsLog2: uint8(1 + r.IntN(48))}
		copy(cl.ModelRoot[:], rb(32))
		copy(cl.ProgramRoot[:], rb(32))
		copy(cl.ImageRoot[:], rb(32))
		if onChain := common.BytesToHash(call(regC, regB.PackClassId(bindings.RegistryClass{ModelRoot: cl.ModelRoot,
			ProgramRoot: cl.ProgramRoot, ImageRoot: cl.ImageRoot, TraceHeight: cl.TraceHeight, StepsLog2: cl.StepsLog2}))); onChain != common.Hash(cl.ID()) {
			t.Fatalf("case %d: class id on chain %s, Go %s", i, onChain.Hex(), cl.ID().Hex())
		}
		sj, err := market.SignJob(j, rd, e.user)
		if err != nil {
			t.Fatal(err)
		}
		signer := common.BytesToAddress(call(regC, regB.PackRecoverSigner(j.Hash(rd), sj.Sig[:])))
		if signer != addr(e.user) {
			t.Fatalf("contract recovers %s from the job signature, want %s", signer.Hex(), addr(e.user).Hex())
		}
		c := market.Claim{JobHash: j.Hash(rd), Provider: addr(e.provider)}
		copy(c.OutputRoot[:], rb(32))
		copy(c.TraceRoot[:], rb(32))
		onChain = common.BytesToHash(call(regC, regB.PackClaimHash(bindings.MessagesClaim{
			JobHash: c.JobHash, OutputRoot: c.OutputRoot, TraceRoot: c.TraceRoot, Provider: c.Provider,
		})))
		if onChain != c.Hash(rd) {
			t.Fatalf("case %d: claim hash on chain %s, Go %s", i, onChain.Hex(), c.Hash(rd).Hex())
		}
		v := market.Voucher{User: addr(e.user), Provider: common.BytesToAddress(rb(20)), Epoch: r.Uint32()}
		v.Amount.SetBytes(rb(32))
		onChain = common.BytesToHash(call(escC, escB.PackVoucherDigest(v.User, v.Provider, v.Epoch, v.Amount.ToBig())))
		if onChain != v.Hash(ed) {
			t.Fatalf("case %d: voucher digest on chain %s, Go %s", i, onChain.Hex(), v.Hash(ed).Hex())
		}
		pk := peerKey(t)
		pid, sig, err := market.SignPeerBinding(pk, e.reg.ChainID(), e.dep.Registry, addr(e.provider))
		if err != nil {
			t.Fatal(err)
		}
		onChain = common.BytesToHash(call(regC, regB.PackPeerBindingDigest(addr(e.provider), []byte(pid))))
		if want := market.PeerBindingDigest(e.reg.ChainID(), e.dep.Registry, addr(e.provider), pid); onChain != want {
			t.Fatalf("peer binding digest on chain %s, Go %s", onChain.Hex(), want.Hex())
		}
		if _, err := market.VerifyPeerBinding(e.reg.ChainID(), e.dep.Registry, addr(e.provider), []byte(pid), sig); err != nil {
			t.Fatal(err)
		}
	}
}

func TestRegistryLifecycle(t *testing.T) {
	e := newEnv(t)
	pk := peerKey(t)
	stake := new(big.Int).Mul(minStake, big.NewInt(2))
	cl := market.Class{ModelRoot: merkle.Keccak([]byte("m")), ProgramRoot: merkle.Keccak([]byte("p")), ImageRoot: merkle.Keccak([]byte("i")),
		TraceHeight: 3, StepsLog2: 20}
	id, rcpt, err := e.reg.Register(e.ctx, e.provider, market.ServiceSpec{Class: &cl, Price: gwei, Stake: stake, PeerKey: pk})
	if err != nil {
		t.Fatal(err)
	}
	if len(rcpt.Logs) != 1 {
		t.Fatalf("register emitted %d logs, want 1", len(rcpt.Logs))
	}
	s, err := e.reg.Service(e.ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	wantPeer, _ := peerIDOf(pk)
	if s.Provider != addr(e.provider) || s.Stake.Cmp(stake) != 0 || s.Price.Cmp(gwei) != 0 || !s.Active || s.PeerID != wantPeer ||
		s.Class != cl.ID() || s.OpenGames != 0 || s.Reserved.Sign() != 0 {
		t.Fatalf("service read back wrong: %+v", s)
	}
	if ok, err := e.reg.IsStaked(e.ctx, id, wantPeer); !ok || err != nil {
		t.Fatalf("IsStaked = %v, %v", ok, err)
	}
	if _, err := e.reg.UpdatePrice(e.ctx, e.provider, id, big.NewInt(7)); err != nil {
		t.Fatal(err)
	}
	if _, err := e.reg.AddStake(e.ctx, e.provider, id, minStake); err != nil {
		t.Fatal(err)
	}
	s, _ = e.reg.Service(e.ctx, id)
	if s.Price.Int64() != 7 || s.Stake.Cmp(new(big.Int).Mul(minStake, big.NewInt(3))) != 0 {
		t.Fatalf("after update: price %s stake %s", s.Price, s.Stake)
	}
	// A second service of the same provider gets another id.
	id2 := e.register(t, e.provider, minStake)
	if id2 == id {
		t.Fatal("two registrations got the same id")
	}
	ids, err := e.reg.ServiceIDs(e.ctx, 0, nil)
	if err != nil || len(ids) != 2 {
		t.Fatalf("ServiceIDs = %v, %v", ids, err)
	}
	if _, err := e.reg.Deregister(e.ctx, e.provider, id); err != nil {
		t.Fatal(err)
	}
	s, _ = e.reg.Service(e.ctx, id)
	if s.Active || s.UnbondingEnds == 0 {
		t.Fatalf("deregistered service still active: %+v", s)
	}
	if ok, _ := e.reg.IsStaked(e.ctx, id, wantPeer); ok {
		t.Fatal("deregistered service counts as staked")
	}
	_, err = e.reg.UpdatePrice(e.ctx, e.provider, id, big.NewInt(9))
	wantRevert(t, err, "NotActive")
	_, err = e.reg.Withdraw(e.ctx, e.provider, id)
	wantRevert(t, err, "UnbondingNotOver")
	// Still slashable while unbonding.
	if _, err := e.reg.Slash(e.ctx, e.dispute, id, minStake, addr(e.bob)); err != nil {
		t.Fatalf("slash during unbonding: %v", err)
	}
	if err := e.chain.AdjustTime(unbonding - time.Hour); err != nil {
		t.Fatal(err)
	}
	_, err = e.reg.Withdraw(e.ctx, e.provider, id)
	wantRevert(t, err, "UnbondingNotOver")
	if err := e.chain.AdjustTime(time.Hour); err != nil {
		t.Fatal(err)
	}
	_, err = e.reg.Withdraw(e.ctx, e.other, id)
	wantRevert(t, err, "NotProvider")
	before := e.balance(t, e.provider)
	rcpt, err = e.reg.Withdraw(e.ctx, e.provider, id)
	if err != nil {
		t.Fatal(err)
	}
	after := e.balance(t, e.provider)
	fee := new(big.Int).Mul(new(big.Int).SetUint64(rcpt.GasUsed), rcpt.EffectiveGasPrice)
	got := new(big.Int).Add(new(big.Int).Sub(after, before), fee)
	if want := new(big.Int).Mul(minStake, big.NewInt(2)); got.Cmp(want) != 0 {
		t.Fatalf("withdraw paid %s, want %s (3 stakes minus 1 slashed)", got, want)
	}
	if _, err := e.reg.Service(e.ctx, id); !errors.Is(err, market.ErrUnknownService) {
		t.Fatalf("withdrawn service still readable: %v", err)
	}
	_, err = e.reg.Withdraw(e.ctx, e.provider, id)
	wantRevert(t, err, "UnknownService")
	svcs, skipped, err := e.reg.Services(e.ctx, 0, nil)
	if err != nil || len(svcs) != 1 || svcs[0].ID != id2 || len(skipped) != 0 {
		t.Fatalf("Services = %v %v %v", svcs, skipped, err)
	}
	evs, err := e.reg.ServiceEvents(e.ctx, 0, nil)
	if err != nil {
		t.Fatal(err)
	}
	var kinds []string
	for _, ev := range evs {
		if ev.Service == id {
			kinds = append(kinds, ev.Kind)
		}
		if ev.Kind == market.EventRegistered && (ev.BindingErr != nil || ev.Registration.PeerID == "") {
			t.Fatalf("registration event with a bad binding: %v", ev.BindingErr)
		}
	}
	if got, want := strings.Join(kinds, ","), "registered,price,stake,deregistered,slashed,withdrawn"; got != want {
		t.Fatalf("events of the service: %s, want %s", got, want)
	}
	p, o := addr(e.provider), addr(e.other)
	if svcs, _, err := e.reg.Services(e.ctx, 0, &p); err != nil || len(svcs) != 1 {
		t.Fatalf("Services of the provider = %v, %v", svcs, err)
	}
	if svcs, _, err := e.reg.Services(e.ctx, 0, &o); err != nil || len(svcs) != 0 {
		t.Fatalf("Services of another address = %v, %v", svcs, err)
	}
}

func peerIDOf(k p2pcrypto.PrivKey) (peer.ID, error) { return peer.IDFromPrivateKey(k) }

func TestRegistryRefusals(t *testing.T) {
	e := newEnv(t)
	id := e.register(t, e.provider, minStake)
	below := new(big.Int).Sub(minStake, big.NewInt(1))
	_, _, err := e.reg.Register(e.ctx, e.provider, market.ServiceSpec{ClassID: testClass.ID(), Price: gwei, Stake: below, PeerKey: peerKey(t)})
	wantRevert(t, err, "StakeTooLow")
	_, _, err = e.reg.Register(e.ctx, e.provider, market.ServiceSpec{ClassID: market.ClassID{7}, Price: gwei, Stake: minStake, PeerKey: peerKey(t)})
	if !errors.Is(err, market.ErrUnknownClass) {
		t.Fatalf("register for an undefined class: %v, want ErrUnknownClass", err)
	}
	_, _, err = e.reg.RegisterUnchecked(e.ctx, e.provider, market.ClassID{7}, gwei, minStake, []byte{1}, []byte{1})
	wantRevert(t, err, "UnknownClass")
	other := testClass
	_, _, err = e.reg.Register(e.ctx, e.provider, market.ServiceSpec{Class: &other, ClassID: market.ClassID{7}, Price: gwei, Stake: minStake, PeerKey: peerKey(t)})
	if err == nil || !strings.Contains(err.Error(), "is not the id") {
		t.Fatalf("register with a class and another class id: %v", err)
	}
	for _, c := range []market.Class{{TraceHeight: 33, StepsLog2: 10}, {StepsLog2: 0}, {StepsLog2: 49}} {
		if _, _, err := e.reg.DefineClass(e.ctx, e.provider, c); err == nil {
			t.Fatalf("class %+v defined", c)
		}
	}
	if got, err := e.reg.Class(e.ctx, testClass.ID()); err != nil || *got != testClass {
		t.Fatalf("class read back %+v, %v", got, err)
	}
	if ok, err := e.reg.StakedFor(e.ctx, id, addr(e.provider), testClass.ID()); !ok || err != nil {
		t.Fatalf("StakedFor(own class) = %v, %v", ok, err)
	}
	for _, c := range []struct {
		who   common.Address
		class market.ClassID
	}{{addr(e.other), testClass.ID()}, {addr(e.provider), market.ClassID{7}}, {common.Address{}, testClass.ID()}} {
		if ok, _ := e.reg.StakedFor(e.ctx, id, c.who, c.class); ok {
			t.Fatalf("StakedFor(%s, %s) is true", c.who.Hex(), c.class.Hex())
		}
	}
	_, err = e.reg.UpdatePrice(e.ctx, e.other, id, big.NewInt(1))
	wantRevert(t, err, "NotProvider")
	_, err = e.reg.UpdatePrice(e.ctx, e.provider, market.ServiceID{1}, big.NewInt(1))
	wantRevert(t, err, "UnknownService")
	_, err = e.reg.Deregister(e.ctx, e.other, id)
	wantRevert(t, err, "NotProvider")
	_, err = e.reg.Withdraw(e.ctx, e.provider, id)
	wantRevert(t, err, "UnbondingNotOver")
	for _, k := range []*ecdsa.PrivateKey{e.provider, e.user, e.deployer, e.other} {
		_, err = e.reg.Slash(e.ctx, k, id, big.NewInt(1), addr(e.bob))
		wantRevert(t, err, "OnlyDispute")
		_, err = e.reg.Reserve(e.ctx, k, id, big.NewInt(1))
		wantRevert(t, err, "OnlyDispute")
		_, err = e.reg.Release(e.ctx, k, id, big.NewInt(1))
		wantRevert(t, err, "OnlyDispute")
	}
	_, err = e.reg.SetDispute(e.ctx, e.deployer, addr(e.other))
	wantRevert(t, err, "DisputeAlreadySet")
	_, _, err = e.reg.RegisterUnchecked(e.ctx, e.provider, testClass.ID(), gwei, minStake, nil, []byte{1})
	wantRevert(t, err, "BadPeerId")
	_, _, err = e.reg.RegisterUnchecked(e.ctx, e.provider, testClass.ID(), gwei, minStake, []byte{1}, make([]byte, 257))
	wantRevert(t, err, "BadPeerSig")
	if ok, _ := e.reg.IsStaked(e.ctx, id, "someone else"); ok {
		t.Fatal("service counts as staked for a peer id it does not hold")
	}
}

func TestSetDisputeOnce(t *testing.T) {
	chain, keys, err := simchain.NewFunded(2, ether)
	if err != nil {
		t.Fatal(err)
	}
	defer chain.Close()
	ctx := context.Background()
	// By default the games contract is deployed and is the slasher, for good.
	dep, err := market.Deploy(ctx, chain.Client(), keys[0], market.DefaultDeployConfig())
	if err != nil {
		t.Fatal(err)
	}
	reg, _ := market.NewRegistry(ctx, chain.Client(), dep.Registry)
	if p, err := reg.Params(ctx); err != nil || p.Dispute != dep.Games || dep.Games == (common.Address{}) {
		t.Fatalf("slasher %s, games %s (%v)", p.Dispute.Hex(), dep.Games.Hex(), err)
	}
	_, err = reg.SetDispute(ctx, keys[0], addr(keys[0]))
	wantRevert(t, err, "DisputeAlreadySet")
	cfg := market.DefaultDeployConfig()
	cfg.WithoutGames = true
	if dep, err = market.Deploy(ctx, chain.Client(), keys[0], cfg); err != nil {
		t.Fatal(err)
	}
	reg, _ = market.NewRegistry(ctx, chain.Client(), dep.Registry)
	_, err = reg.SetDispute(ctx, keys[1], addr(keys[1]))
	wantRevert(t, err, "OnlyDeployer")
	if _, err := reg.SetDispute(ctx, keys[0], addr(keys[1])); err != nil {
		t.Fatal(err)
	}
	_, err = reg.SetDispute(ctx, keys[0], addr(keys[0]))
	wantRevert(t, err, "DisputeAlreadySet")
	p, err := reg.Params(ctx)
	if err != nil || p.Dispute != addr(keys[1]) {
		t.Fatalf("params %+v %v", p, err)
	}
}

func TestSlashSplitsRewardAndBurn(t *testing.T) {
	e := newEnv(t)
	stake := new(big.Int).Mul(minStake, big.NewInt(2))
	id := e.register(t, e.provider, stake)
	amount := new(big.Int).Add(minStake, big.NewInt(4)) // leaves less than the minimum
	if _, err := e.reg.Slash(e.ctx, e.dispute, id, amount, addr(e.bob)); err != nil {
		t.Fatal(err)
	}
	reward := new(big.Int).Div(new(big.Int).Mul(amount, big.NewInt(2500)), big.NewInt(10000))
	credit, _ := e.reg.Credit(e.ctx, addr(e.bob))
	if credit.Cmp(reward) != 0 {
		t.Fatalf("beneficiary credit %s, want %s", credit, reward)
	}
	p, _ := e.reg.Params(e.ctx)
	if burnt := new(big.Int).Sub(amount, reward); p.TotalBurnt.Cmp(burnt) != 0 {
		t.Fatalf("burnt %s, want %s", p.TotalBurnt, burnt)
	}
	s, _ := e.reg.Service(e.ctx, id)
	if s.Active || s.Stake.Cmp(new(big.Int).Sub(stake, amount)) != 0 {
		t.Fatalf("after slash: active %v stake %s", s.Active, s.Stake)
	}
	// Slashing more than the stake takes what is left.
	if _, err := e.reg.Slash(e.ctx, e.dispute, id, ether, addr(e.bob)); err != nil {
		t.Fatal(err)
	}
	s, _ = e.reg.Service(e.ctx, id)
	if s.Stake.Sign() != 0 {
		t.Fatalf("stake after slashing everything: %s", s.Stake)
	}
	before := e.balance(t, e.bob)
	rcpt, err := e.reg.ClaimCredit(e.ctx, e.bob)
	if err != nil {
		t.Fatal(err)
	}
	fee := new(big.Int).Mul(new(big.Int).SetUint64(rcpt.GasUsed), rcpt.EffectiveGasPrice)
	got := new(big.Int).Add(new(big.Int).Sub(e.balance(t, e.bob), before), fee)
	if want := new(big.Int).Div(new(big.Int).Mul(stake, big.NewInt(2500)), big.NewInt(10000)); got.Cmp(want) != 0 {
		t.Fatalf("claimCredit paid %s, want %s", got, want)
	}
	_, err = e.reg.ClaimCredit(e.ctx, e.bob)
	wantRevert(t, err, "NothingToClaim")
}

func TestPeerBindingForgedOnChain(t *testing.T) {
	e := newEnv(t)
	victimKey := peerKey(t)
	victimID, victimSig, err := market.SignPeerBinding(victimKey, e.reg.ChainID(), e.dep.Registry, addr(e.provider))
	if err != nil {
		t.Fatal(err)
	}
	attackerKey := peerKey(t)
	_, attackerSig, _ := market.SignPeerBinding(attackerKey, e.reg.ChainID(), e.dep.Registry, addr(e.other))
	tests := []struct {
		name string
		key  *ecdsa.PrivateKey
		sig  []byte
	}{
		// The Ethereum side forged: another address presents the victim's binding.
		{"victim's libp2p signature reused by another address", e.other, victimSig},
		// The libp2p side forged: the signature is not by the peer id's key.
		{"signature by a different libp2p key", e.other, attackerSig},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			// The client refuses to send it.
			_, _, err := e.reg.Register(e.ctx, tc.key, market.ServiceSpec{ClassID: testClass.ID(), Price: gwei, Stake: minStake, PeerID: victimID, PeerSig: tc.sig})
			if !errors.Is(err, market.ErrBadPeerBinding) {
				t.Fatalf("Register = %v, want ErrBadPeerBinding", err)
			}
			// Sent anyway, readers reject it.
			id, _, err := e.reg.RegisterUnchecked(e.ctx, tc.key, testClass.ID(), gwei, minStake, []byte(victimID), tc.sig)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := e.reg.Service(e.ctx, id); !errors.Is(err, market.ErrBadPeerBinding) {
				t.Fatalf("Service = %v, want ErrBadPeerBinding", err)
			}
			if ok, err := e.reg.IsStaked(e.ctx, id, victimID); ok || err != nil {
				t.Fatalf("forged service counts as staked for the victim's peer: %v %v", ok, err)
			}
		})
	}
	// The genuine binding, sent by the victim, is accepted.
	id, _, err := e.reg.Register(e.ctx, e.provider, market.ServiceSpec{ClassID: testClass.ID(), Price: gwei, Stake: minStake, PeerID: victimID, PeerSig: victimSig})
	if err != nil {
		t.Fatal(err)
	}
	if ok, err := e.reg.IsStaked(e.ctx, id, victimID); !ok || err != nil {
		t.Fatalf("genuine binding: IsStaked = %v, %v", ok, err)
	}
	svcs, skipped, err := e.reg.Services(e.ctx, 0, nil)
	if err != nil || len(svcs) != 1 || len(skipped) != 2 {
		t.Fatalf("Services: %d valid, %d skipped, %v; want 1 and 2", len(svcs), len(skipped), err)
	}
	evs, err := e.reg.ServiceEvents(e.ctx, 0, nil)
	if err != nil {
		t.Fatal(err)
	}
	bad := 0
	for _, ev := range evs {
		if ev.Kind == market.EventRegistered && errors.Is(ev.BindingErr, market.ErrBadPeerBinding) {
			bad++
		}
	}
	if bad != 2 {
		t.Fatalf("%d registration events flagged as forged, want 2", bad)
	}
}

func voucher(t testing.TB, e *env, user, provider *ecdsa.PrivateKey, amount *big.Int, d market.Domain) market.SignedVoucher {
	t.Helper()
	return voucherIn(t, 0, user, provider, amount, d)
}

// voucherIn is a voucher of the channel's epoch epoch.
func voucherIn(t testing.TB, epoch uint32, user, provider *ecdsa.PrivateKey, amount *big.Int, d market.Domain) market.SignedVoucher {
	t.Helper()
	var v market.Voucher
	v.User, v.Provider, v.Epoch = addr(user), addr(provider), epoch
	v.Amount.SetFromBig(amount)
	sv, err := market.SignVoucher(v, d, user)
	if err != nil {
		t.Fatal(err)
	}
	return sv
}

func TestEscrowRedeem(t *testing.T) {
	e := newEnv(t)
	d := e.esc.Domain()
	deposit := new(big.Int).Mul(gwei, big.NewInt(100))
	if _, err := e.esc.Deposit(e.ctx, e.user, addr(e.provider), deposit); err != nil {
		t.Fatal(err)
	}
	v := func(n int64) market.SignedVoucher {
		return voucher(t, e, e.user, e.provider, new(big.Int).Mul(gwei, big.NewInt(n)), d)
	}
	redeem := func(sv market.SignedVoucher) error {
		_, err := e.esc.Redeem(e.ctx, e.provider, sv)
		return err
	}
	v10, v30, v25 := v(10), v(30), v(25)
	if err := redeem(v10); err != nil {
		t.Fatal(err)
	}
	if err := redeem(v30); err != nil {
		t.Fatal(err)
	}
	ch, _ := e.esc.Channel(e.ctx, addr(e.user), addr(e.provider))
	if ch.Redeemed.Cmp(new(big.Int).Mul(gwei, big.NewInt(30))) != 0 || ch.Funds.Cmp(new(big.Int).Mul(gwei, big.NewInt(70))) != 0 {
		t.Fatalf("channel after redeeming 10 then 30: %+v", ch)
	}
	send := func(sv market.SignedVoucher) error {
		_, err := e.esc.RedeemUnchecked(e.ctx, e.provider, sv.User, sv.Epoch, sv.Amount.ToBig(), sv.Sig[:])
		return err
	}
	wantRevert(t, send(v30), "VoucherNotNewer") // double redeem
	wantRevert(t, send(v25), "VoucherNotNewer") // older voucher
	wantRevert(t, send(v10), "VoucherNotNewer")
	// A voucher of another epoch (the channel is in epoch 0).
	wantRevert(t, send(voucherIn(t, 1, e.user, e.provider, gweis(40), d)), "WrongEpoch")
	// Signed by someone else than the user it names.
	forged := v(40)
	other := voucher(t, e, e.other, e.provider, new(big.Int).Mul(gwei, big.NewInt(40)), d)
	forged.Sig = other.Sig
	wantRevert(t, send(forged), "BadSignature")
	// Signed for another chain id.
	wrongChain := voucher(t, e, e.user, e.provider, new(big.Int).Mul(gwei, big.NewInt(40)),
		market.EscrowDomain(big.NewInt(1), e.dep.Escrow))
	wantRevert(t, send(wrongChain), "BadSignature")
	if _, err := e.esc.Redeem(e.ctx, e.provider, wrongChain); !errors.Is(err, market.ErrBadSignature) {
		t.Fatalf("client sent a voucher of another chain: %v", err)
	}
	// Signed for another escrow contract.
	wantRevert(t, send(voucher(t, e, e.user, e.provider, new(big.Int).Mul(gwei, big.NewInt(40)),
		market.EscrowDomain(e.reg.ChainID(), e.dep.Registry))), "BadSignature")
	// A voucher for this provider redeemed by another.
	v40 := v(40)
	_, err := e.esc.RedeemUnchecked(e.ctx, e.other, addr(e.user), v40.Epoch, v40.Amount.ToBig(), v40.Sig[:])
	wantRevert(t, err, "BadSignature")
	// Malleable (high-s) signature of a valid voucher.
	hi := v(40)
	s := new(big.Int).SetBytes(hi.Sig[32:64])
	new(big.Int).Sub(crypto.S256().Params().N, s).FillBytes(hi.Sig[32:64])
	hi.Sig[64] ^= 1
	wantRevert(t, send(hi), "BadSignature")
	// Amounts beyond the channel's 88-bit accounting are refused outright.
	wantRevert(t, send(voucher(t, e, e.user, e.provider, new(big.Int).Lsh(big.NewInt(1), 88), d)), "AmountTooLarge")
	// The whole deposit can be redeemed, exactly.
	before := e.balance(t, e.provider)
	rcpt, err := e.esc.Redeem(e.ctx, e.provider, v(100))
	if err != nil {
		t.Fatal(err)
	}
	fee := new(big.Int).Mul(new(big.Int).SetUint64(rcpt.GasUsed), rcpt.EffectiveGasPrice)
	got := new(big.Int).Add(new(big.Int).Sub(e.balance(t, e.provider), before), fee)
	if want := new(big.Int).Mul(gwei, big.NewInt(70)); got.Cmp(want) != 0 {
		t.Fatalf("redeem of 100 after 30 paid %s, want %s", got, want)
	}
	wantRevert(t, send(v(101)), "NothingToRedeem")
}

func TestEscrowRefund(t *testing.T) {
	e := newEnv(t)
	d := e.esc.Domain()
	deposit := new(big.Int).Mul(gwei, big.NewInt(100))
	_, err := e.esc.Refund(e.ctx, e.user, addr(e.provider))
	wantRevert(t, err, "NoRefundRequested")
	_, err = e.esc.RequestRefund(e.ctx, e.user, addr(e.provider))
	wantRevert(t, err, "ZeroAmount")
	if _, err := e.esc.Deposit(e.ctx, e.user, addr(e.provider), deposit); err != nil {
		t.Fatal(err)
	}
	if _, err := e.esc.RequestRefund(e.ctx, e.user, addr(e.provider)); err != nil {
		t.Fatal(err)
	}
	_, err = e.esc.RequestRefund(e.ctx, e.user, addr(e.provider))
	wantRevert(t, err, "RefundAlreadyRequested")
	_, err = e.esc.Refund(e.ctx, e.user, addr(e.provider))
	wantRevert(t, err, "RefundNotReady")
	// The provider can still redeem during the delay.
	if _, err := e.esc.Redeem(e.ctx, e.provider, voucher(t, e, e.user, e.provider, new(big.Int).Mul(gwei, big.NewInt(60)), d)); err != nil {
		t.Fatalf("redeem during refund delay: %v", err)
	}
	if err := e.chain.AdjustTime(refundDelay); err != nil {
		t.Fatal(err)
	}
	before := e.balance(t, e.user)
	rcpt, err := e.esc.Refund(e.ctx, e.user, addr(e.provider))
	if err != nil {
		t.Fatal(err)
	}
	fee := new(big.Int).Mul(new(big.Int).SetUint64(rcpt.GasUsed), rcpt.EffectiveGasPrice)
	got := new(big.Int).Add(new(big.Int).Sub(e.balance(t, e.user), before), fee)
	if want := new(big.Int).Mul(gwei, big.NewInt(40)); got.Cmp(want) != 0 {
		t.Fatalf("refund paid %s, want %s", got, want)
	}
	ch, _ := e.esc.Channel(e.ctx, addr(e.user), addr(e.provider))
	if ch.Funds.Sign() != 0 || ch.RefundAt != 0 {
		t.Fatalf("channel after refund: %+v", ch)
	}
	// A voucher of the closed epoch can no longer be redeemed.
	_, err = e.esc.Redeem(e.ctx, e.provider, voucher(t, e, e.user, e.provider, new(big.Int).Mul(gwei, big.NewInt(70)), d))
	wantRevert(t, err, "WrongEpoch")
	_, err = e.esc.Deposit(e.ctx, e.user, common.Address{}, gwei)
	wantRevert(t, err, "ZeroAddress")
}

// TestRedeemGasIndependentOfJobs shows that one redeem settles any number of
// jobs for the same execution gas.
func TestRedeemGasIndependentOfJobs(t *testing.T) {
	for _, rules := range gasRules {
		t.Run(rules.name, func(t *testing.T) {
			g := measureGas(t, rules.opts...)
			if g.redeem1 == 0 || g.redeemMillionExec != g.redeem1Exec {
				t.Fatalf("redeem execution gas: 1 job %d, 1,000,000 jobs %d", g.redeem1Exec, g.redeemMillionExec)
			}
			if d := int64(g.redeemMillion) - int64(g.redeem1); d < 0 || d > 200 {
				t.Fatalf("redeem receipts differ by %d gas, more than the calldata bytes of the amount explain", d)
			}
			t.Logf("gas: register %d, deposit %d, redeem (1 job) %d [exec %d], redeem (1,000,000 jobs) %d [exec %d], "+
				"request refund %d, refund %d, deploy registry %d, deploy escrow %d",
				g.register, g.deposit, g.redeem1, g.redeem1Exec, g.redeemMillion, g.redeemMillionExec,
				g.requestRefund, g.refund, g.deployRegistry, g.deployEscrow)
		})
	}
}

var gasRules = []struct {
	name string
	opts []simchain.Option
}{
	{"osaka", []simchain.Option{simchain.MainnetRules()}},
	{"devfork", nil},
}

type gasTable struct {
	register, deposit, redeem1, redeemMillion, requestRefund, refund uint64
	redeem1Exec, redeemMillionExec                                   uint64
	deployRegistry, deployEscrow                                     uint64
}

// intrinsic is the gas a transaction pays before executing: 21000 plus
// calldata (EIP-2028 pricing; the EIP-7623 floor does not apply to these).
func intrinsic(data []byte) uint64 {
	g := uint64(21000)
	for _, b := range data {
		if b == 0 {
			g += 4
		} else {
			g += 16
		}
	}
	return g
}

func measureGas(t testing.TB, opts ...simchain.Option) gasTable {
	e := newEnv(t, opts...)
	var g gasTable
	g.deployRegistry, g.deployEscrow = e.dep.Gas["registry"], e.dep.Gas["escrow"]
	_, rcpt, err := e.reg.Register(e.ctx, e.provider, market.ServiceSpec{
		Class: &testClass, Price: gwei, Stake: minStake, PeerKey: peerKey(t),
	})
	if err != nil {
		t.Fatal(err)
	}
	g.register = rcpt.GasUsed
	price := gwei
	million := new(big.Int).Mul(price, big.NewInt(1_000_000))
	// Two users with equal deposits: one pays for 1 job, one for 1,000,000.
	// Both deposits exceed what is redeemed, so both redeems take the same
	// branch of min(owed, funds).
	funds := new(big.Int).Mul(million, big.NewInt(2))
	if rcpt, err = e.esc.Deposit(e.ctx, e.user, addr(e.provider), funds); err != nil {
		t.Fatal(err)
	}
	g.deposit = rcpt.GasUsed
	if _, err = e.esc.Deposit(e.ctx, e.other, addr(e.provider), funds); err != nil {
		t.Fatal(err)
	}
	d := e.esc.Domain()
	escB := bindings.NewEscrow()
	redeem := func(user *ecdsa.PrivateKey, amount *big.Int) (total, exec uint64) {
		sv := voucher(t, e, user, e.provider, amount, d)
		rcpt, err := e.esc.Redeem(e.ctx, e.provider, sv)
		if err != nil {
			t.Fatal(err)
		}
		return rcpt.GasUsed, rcpt.GasUsed - intrinsic(escB.PackRedeem(sv.User, sv.Epoch, sv.Amount.ToBig(), sv.Sig[:]))
	}
	g.redeem1, g.redeem1Exec = redeem(e.user, price)
	g.redeemMillion, g.redeemMillionExec = redeem(e.other, million)
	if rcpt, err = e.esc.RequestRefund(e.ctx, e.user, addr(e.provider)); err != nil {
		t.Fatal(err)
	}
	g.requestRefund = rcpt.GasUsed
	if err := e.chain.AdjustTime(refundDelay); err != nil {
		t.Fatal(err)
	}
	if rcpt, err = e.esc.Refund(e.ctx, e.user, addr(e.provider)); err != nil {
		t.Fatal(err)
	}
	g.refund = rcpt.GasUsed
	return g
}

// BenchmarkMarketGas reports gas per transaction as custom metrics (the
// time per op is the simulated chain's, not the EVM's).
func BenchmarkMarketGas(b *testing.B) {
	for _, rules := range gasRules {
		b.Run(rules.name, func(b *testing.B) { benchGas(b, rules.opts) })
	}
}

func benchGas(b *testing.B, opts []simchain.Option) {
	var g gasTable
	for b.Loop() {
		g = measureGas(b, opts...)
	}
	b.ReportMetric(float64(g.register), "register-gas")
	b.ReportMetric(float64(g.deposit), "deposit-gas")
	b.ReportMetric(float64(g.redeem1), "redeem-1job-gas")
	b.ReportMetric(float64(g.redeemMillion), "redeem-1Mjobs-gas")
	b.ReportMetric(float64(g.requestRefund), "requestRefund-gas")
	b.ReportMetric(float64(g.refund), "refund-gas")
	b.ReportMetric(float64(g.deployRegistry), "deploy-registry-gas")
	b.ReportMetric(float64(g.deployEscrow), "deploy-escrow-gas")
}

// TestRegistryStakeLock: each open game reserves a bond from the free stake,
// a service in an open game cannot be withdrawn at any time, and a service
// can be drawn into a game only until its unbonding ends.
func TestRegistryStakeLock(t *testing.T) {
	e := newEnv(t)
	id := e.register(t, e.provider, new(big.Int).Mul(minStake, big.NewInt(2)))
	bond := new(big.Int).Mul(minStake, big.NewInt(3))
	bond.Div(bond, big.NewInt(4)) // 0.75 minStake: two fit in 2 minStake, three do not
	for range 2 {
		if _, err := e.reg.Reserve(e.ctx, e.dispute, id, bond); err != nil {
			t.Fatal(err)
		}
	}
	_, err := e.reg.Reserve(e.ctx, e.dispute, id, bond)
	wantRevert(t, err, "BondNotCovered")
	s, _ := e.reg.Service(e.ctx, id)
	if s.OpenGames != 2 || s.Reserved.Cmp(new(big.Int).Mul(bond, big.NewInt(2))) != 0 {
		t.Fatalf("after two reservations: %d open games, %s reserved", s.OpenGames, s.Reserved)
	}
	if _, err := e.reg.Deregister(e.ctx, e.provider, id); err != nil {
		t.Fatal(err)
	}
	// Before, at and long after the end of unbonding: refused while a game is open.
	for _, step := range []time.Duration{0, unbonding, 30 * 24 * time.Hour} {
		if err := e.chain.AdjustTime(step); err != nil {
			t.Fatal(err)
		}
		_, err = e.reg.Withdraw(e.ctx, e.provider, id)
		if step == 0 {
			wantRevert(t, err, "UnbondingNotOver")
		} else {
			wantRevert(t, err, "InOpenGame")
		}
	}
	// Past the unbonding no new game can reserve it, but the open ones can slash it.
	_, err = e.reg.Reserve(e.ctx, e.dispute, id, big.NewInt(1))
	wantRevert(t, err, "NotDisputable")
	if ok, _ := e.reg.StakedFor(e.ctx, id, addr(e.provider), testClass.ID()); ok {
		t.Fatal("a service past its unbonding counts as staked for its class")
	}
	if _, err := e.reg.Slash(e.ctx, e.dispute, id, bond, addr(e.bob)); err != nil {
		t.Fatal(err)
	}
	if _, err := e.reg.Release(e.ctx, e.dispute, id, bond); err != nil {
		t.Fatal(err)
	}
	_, err = e.reg.Withdraw(e.ctx, e.provider, id)
	wantRevert(t, err, "InOpenGame")
	if _, err := e.reg.Release(e.ctx, e.dispute, id, bond); err != nil {
		t.Fatal(err)
	}
	_, err = e.reg.Release(e.ctx, e.dispute, id, bond)
	wantRevert(t, err, "NoReservation")
	s, _ = e.reg.Service(e.ctx, id)
	if s.OpenGames != 0 || s.Reserved.Sign() != 0 {
		t.Fatalf("after releasing both: %d open games, %s reserved", s.OpenGames, s.Reserved)
	}
	before := e.balance(t, e.provider)
	rcpt, err := e.reg.Withdraw(e.ctx, e.provider, id)
	if err != nil {
		t.Fatal(err)
	}
	fee := new(big.Int).Mul(new(big.Int).SetUint64(rcpt.GasUsed), rcpt.EffectiveGasPrice)
	got := new(big.Int).Add(new(big.Int).Sub(e.balance(t, e.provider), before), fee)
	if want := new(big.Int).Sub(new(big.Int).Mul(minStake, big.NewInt(2)), bond); got.Cmp(want) != 0 {
		t.Fatalf("withdraw paid %s, want %s (the stake less one slashed bond)", got, want)
	}
	evs, err := e.reg.ServiceEvents(e.ctx, 0, nil)
	if err != nil {
		t.Fatal(err)
	}
	var kinds []string
	for _, ev := range evs {
		if ev.Service == id {
			kinds = append(kinds, ev.Kind)
		}
	}
	if got, want := strings.Join(kinds, ","), "registered,reserved,reserved,deregistered,slashed,released,released,withdrawn"; got != want {
		t.Fatalf("events: %s, want %s", got, want)
	}
}

// TestDeployFloors: deployment refuses a zero minimum stake, durations that
// are not whole seconds, and an unbonding delay shorter than the job
// lifetime, dispute window and longest game together.
func TestDeployFloors(t *testing.T) {
	chain, keys, err := simchain.NewFunded(1, ether)
	if err != nil {
		t.Fatal(err)
	}
	defer chain.Close()
	tests := []struct {
		name string
		edit func(*market.DeployConfig)
		want string
	}{
		{"zero min stake", func(c *market.DeployConfig) { c.MinStake = new(big.Int) }, "minimum stake must be above zero"},
		{"no min stake", func(c *market.DeployConfig) { c.MinStake = nil }, "minimum stake must be above zero"},
		{"zero unbonding", func(c *market.DeployConfig) { c.UnbondingDelay = 0 }, "unbonding delay is 0s"},
		{"500ms unbonding", func(c *market.DeployConfig) { c.UnbondingDelay = 500 * time.Millisecond }, "not a whole number of seconds"},
		{"fractional clock", func(c *market.DeployConfig) { c.Clock = 1500 * time.Millisecond }, "clock 1.5s is not a whole number"},
		{"500ms refund delay", func(c *market.DeployConfig) { c.RefundDelay = 500 * time.Millisecond }, "refund delay 500ms"},
		{"negative window", func(c *market.DeployConfig) { c.DisputeWindow = -time.Second }, "dispute window is -1s"},
		{"unbonding below the floor", func(c *market.DeployConfig) { c.UnbondingDelay = c.MinUnbondingDelay() - time.Second },
			"shorter than the job lifetime"},
		{"bond above min stake", func(c *market.DeployConfig) { c.GameBond = new(big.Int).Add(c.MinStake, big.NewInt(1)) }, "above the minimum stake"},
		{"arity 1", func(c *market.DeployConfig) { c.Arity = 1 }, "arity 1"},
		{"arity 65", func(c *market.DeployConfig) { c.Arity = 65 }, "arity 65"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cfg := market.DefaultDeployConfig()
			tc.edit(&cfg)
			_, err := market.Deploy(context.Background(), chain.Client(), keys[0], cfg)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("Deploy = %v, want an error containing %q", err, tc.want)
			}
		})
	}
	cfg := market.DefaultDeployConfig()
	cfg.UnbondingDelay = cfg.MinUnbondingDelay()
	if _, err := market.Deploy(context.Background(), chain.Client(), keys[0], cfg); err != nil {
		t.Fatalf("unbonding delay exactly at the floor: %v", err)
	}
}

// paidBy is what a transaction paid into k's account: the balance change plus the fee.
func (e *env) paidBy(t *testing.T, k *ecdsa.PrivateKey, send func() (*types.Receipt, error)) *big.Int {
	t.Helper()
	before := e.balance(t, k)
	rcpt, err := send()
	if err != nil {
		t.Fatal(err)
	}
	fee := new(big.Int).Mul(new(big.Int).SetUint64(rcpt.GasUsed), rcpt.EffectiveGasPrice)
	return new(big.Int).Add(new(big.Int).Sub(e.balance(t, k), before), fee)
}

func gweis(n int64) *big.Int { return new(big.Int).Mul(gwei, big.NewInt(n)) }

// TestEscrowPartialRedeem: a voucher above the funds left is paid what is
// there, and the same voucher collects the rest from a later deposit.
func TestEscrowPartialRedeem(t *testing.T) {
	e := newEnv(t)
	d := e.esc.Domain()
	if _, err := e.esc.Deposit(e.ctx, e.user, addr(e.provider), gweis(100)); err != nil {
		t.Fatal(err)
	}
	v110 := voucher(t, e, e.user, e.provider, gweis(110), d)
	redeem := func() (*types.Receipt, error) { return e.esc.Redeem(e.ctx, e.provider, v110) }
	if got := e.paidBy(t, e.provider, redeem); got.Cmp(gweis(100)) != 0 {
		t.Fatalf("voucher of 110 against 100 paid %s, want all 100", got)
	}
	ch, _ := e.esc.Channel(e.ctx, addr(e.user), addr(e.provider))
	if ch.Funds.Sign() != 0 || ch.Redeemed.Cmp(gweis(100)) != 0 {
		t.Fatalf("channel after a partial redeem: %+v", ch)
	}
	// Nothing left: the user cannot take back what the provider was paid.
	_, err := e.esc.RequestRefund(e.ctx, e.user, addr(e.provider))
	wantRevert(t, err, "ZeroAmount")
	_, err = redeem()
	wantRevert(t, err, "NothingToRedeem")
	if _, err := e.esc.Deposit(e.ctx, e.user, addr(e.provider), gweis(50)); err != nil {
		t.Fatal(err)
	}
	if got := e.paidBy(t, e.provider, redeem); got.Cmp(gweis(10)) != 0 {
		t.Fatalf("the same voucher after a new deposit paid %s, want the 10 still owed", got)
	}
	ch, _ = e.esc.Channel(e.ctx, addr(e.user), addr(e.provider))
	if ch.Funds.Cmp(gweis(40)) != 0 || ch.Redeemed.Cmp(gweis(110)) != 0 {
		t.Fatalf("channel after collecting the rest: %+v", ch)
	}
	_, err = redeem()
	wantRevert(t, err, "VoucherNotNewer")
}

// TestEscrowRefundRetiresVouchers: a completed refund closes the channel's
// epoch; vouchers signed before it are void after a new deposit.
func TestEscrowRefundRetiresVouchers(t *testing.T) {
	e := newEnv(t)
	d := e.esc.Domain()
	if _, err := e.esc.Deposit(e.ctx, e.user, addr(e.provider), gweis(100)); err != nil {
		t.Fatal(err)
	}
	old60 := voucher(t, e, e.user, e.provider, gweis(60), d)
	if _, err := e.esc.Redeem(e.ctx, e.provider, voucher(t, e, e.user, e.provider, gweis(30), d)); err != nil {
		t.Fatal(err)
	}
	if _, err := e.esc.RequestRefund(e.ctx, e.user, addr(e.provider)); err != nil {
		t.Fatal(err)
	}
	if err := e.chain.AdjustTime(refundDelay); err != nil {
		t.Fatal(err)
	}
	refund := func() (*types.Receipt, error) { return e.esc.Refund(e.ctx, e.user, addr(e.provider)) }
	if got := e.paidBy(t, e.user, refund); got.Cmp(gweis(70)) != 0 {
		t.Fatalf("refund paid %s, want 70", got)
	}
	if _, err := e.esc.Deposit(e.ctx, e.user, addr(e.provider), gweis(100)); err != nil {
		t.Fatal(err)
	}
	_, err := e.esc.Redeem(e.ctx, e.provider, old60)
	if err == nil {
		t.Fatal("a voucher signed before the refund was redeemed against the new deposit")
	}
	wantRevert(t, err, "WrongEpoch")
	ch, _ := e.esc.Channel(e.ctx, addr(e.user), addr(e.provider))
	if ch.Funds.Cmp(gweis(100)) != 0 || ch.Epoch != 1 || ch.Redeemed.Sign() != 0 {
		t.Fatalf("channel after the refused old voucher: %+v", ch)
	}
	// The new epoch counts from zero.
	redeem := func() (*types.Receipt, error) {
		return e.esc.Redeem(e.ctx, e.provider, voucherIn(t, 1, e.user, e.provider, gweis(20), d))
	}
	if got := e.paidBy(t, e.provider, redeem); got.Cmp(gweis(20)) != 0 {
		t.Fatalf("first voucher of the new epoch paid %s, want 20", got)
	}
}
