package dispute

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/rmsnet/rms/contracts/bindings"
	"github.com/rmsnet/rms/market"
	"github.com/rmsnet/rms/merkle"
	"github.com/rmsnet/rms/vm"
)

// Oracle loads preimages into the PreimageOracle contract, where the step
// reads them: local inputs (vm.LocalKey) for the sending account and a
// local context, blob lengths (vm.LengthKey), each proven by one Merkle
// proof against the blob's root, blob words (BlobKey) and the children of
// tree nodes (vm.NodeKey).
type Oracle struct {
	b    Backend
	addr common.Address
	abi  *bindings.PreimageOracle
	c    *bind.BoundContract
	opts *bind.TransactOpts
}

// NewOracle returns a client of the oracle at addr that sends with opts.
func NewOracle(b Backend, addr common.Address, opts *bind.TransactOpts) *Oracle {
	o := &Oracle{b: b, addr: addr, abi: bindings.NewPreimageOracle(), opts: opts}
	o.c = o.abi.Instance(b, addr)
	return o
}

func (o *Oracle) send(ctx context.Context, what string, data []byte) error {
	if o.opts == nil {
		return fmt.Errorf("oracle %s: no transactor", what)
	}
	opts := *o.opts
	opts.Context = ctx
	tx, err := bind.Transact(o.c, &opts, data)
	if err != nil {
		if e, ok := o.unpackRevert(err); ok {
			return fmt.Errorf("oracle %s: %w: %s", what, err, e)
		}
		return fmt.Errorf("oracle %s: %w", what, err)
	}
	rcpt, err := waitMined(ctx, o.b, tx.Hash(), 50*time.Millisecond)
	if err != nil {
		return fmt.Errorf("oracle %s: %w", what, err)
	}
	if rcpt.Status != types.ReceiptStatusSuccessful {
		return fmt.Errorf("oracle %s: transaction %s reverted", what, tx.Hash().Hex())
	}
	return nil
}

func (o *Oracle) unpackRevert(err error) (string, bool) {
	var de interface{ ErrorData() interface{} }
	if !asErrorData(err, &de) {
		return "", false
	}
	var data []byte
	switch d := de.ErrorData().(type) {
	case string:
		data = common.FromHex(d)
	case []byte:
		data = d
	}
	e, uerr := o.abi.UnpackError(data)
	if uerr != nil {
		return "", false
	}
	return fmt.Sprintf("%T%+v", e, e), true
}

// LoadLocal stores data as the preimage of the local key key for the
// sending account and localContext. A local preimage is written once.
func (o *Oracle) LoadLocal(ctx context.Context, localContext, key merkle.Hash, data []byte) error {
	d, err := o.abi.TryPackLoadLocal(localContext, key, data)
	if err != nil {
		return fmt.Errorf("oracle load local %s: %w", key, err)
	}
	return o.send(ctx, "load local "+key.Hex(), d)
}

// LoadInputs stores the dispute-local inputs of the guest (keys
// vm.LocalKey(0…4)) under localContext.
func (o *Oracle) LoadInputs(ctx context.Context, localContext merkle.Hash, in vm.OpInputs) error {
	for k, data := range in.Local() {
		if err := o.LoadLocal(ctx, localContext, vm.LocalKey(uint32(k)), data); err != nil {
			return err
		}
	}
	return nil
}

// LoadLength stores the length of the blob data under vm.LengthKey of its
// root, with the proof of its length word.
func (o *Oracle) LoadLength(ctx context.Context, data []byte) error {
	root := merkle.BlobRoot(data)
	proof, err := merkle.BlobProof(data, 0, 0)
	if err != nil {
		return fmt.Errorf("oracle load length of %s: %w", root, err)
	}
	return o.LoadLengthProof(ctx, root, uint64(len(data)), proof)
}

// LoadLengthProof stores length as the length of the blob with root root;
// proof holds the siblings of its length word (leaf 0), bottom-up.
func (o *Oracle) LoadLengthProof(ctx context.Context, root merkle.Hash, length uint64, proof []merkle.Hash) error {
	p := make([][32]byte, len(proof))
	for i := range proof {
		p[i] = proof[i]
	}
	d, err := o.abi.TryPackLoadLength(root, length, p)
	if err != nil {
		return fmt.Errorf("oracle load length of %s: %w", root, err)
	}
	return o.send(ctx, "load length of "+root.Hex(), d)
}

// LoadBlobPart stores word index (1 ≤ index, word 0 being the length word)
// of the blob data under BlobKey of its root, with its proof. The blob's
// length must be loaded first (LoadLength).
func (o *Oracle) LoadBlobPart(ctx context.Context, data []byte, index uint64) error {
	root := merkle.BlobRoot(data)
	stream := merkle.BlobBytes(data)
	n := (uint64(len(stream)) + merkle.WordSize - 1) / merkle.WordSize
	if index == 0 || index >= n {
		return fmt.Errorf("oracle load part %d of %s: data words are 1…%d", index, root, n-1)
	}
	var word merkle.Hash
	copy(word[:], stream[index*merkle.WordSize:])
	proof, err := merkle.BlobProof(data, index, 0)
	if err != nil {
		return fmt.Errorf("oracle load part %d of %s: %w", index, root, err)
	}
	p := make([][32]byte, len(proof))
	for i := range proof {
		p[i] = proof[i]
	}
	d, err := o.abi.TryPackLoadBlobPart(root, new(big.Int).SetUint64(index), word, p)
	if err != nil {
		return fmt.Errorf("oracle load part %d of %s: %w", index, root, err)
	}
	return o.send(ctx, fmt.Sprintf("load part %d of %s", index, root), d)
}

// LoadNode stores l ‖ r under vm.NodeKey(keccak(l ‖ r)): the children of
// a word-tree node, which the guest reads on its walk to the slot it
// appends to. The contract hashes the pair itself, so no other bytes can
// stand under that key.
func (o *Oracle) LoadNode(ctx context.Context, l, r merkle.Hash) error {
	d, err := o.abi.TryPackLoadNode(l, r)
	if err != nil {
		return fmt.Errorf("oracle load node %s: %w", merkle.Node(l, r), err)
	}
	return o.send(ctx, "load node "+merkle.Node(l, r).Hex(), d)
}

// loadNodeVia loads the node preimage pair (l ‖ r, 64 bytes) through tx
// unless it is loaded already (then the receipt is nil).
func (o *Oracle) loadNodeVia(ctx context.Context, tx *market.TxManager, pair []byte) (*types.Receipt, error) {
	if len(pair) != 64 {
		return nil, fmt.Errorf("oracle load node: %d bytes, want 64", len(pair))
	}
	l, r := merkle.Hash(pair[:32]), merkle.Hash(pair[32:])
	node := merkle.Node(l, r)
	if ok, err := o.Has(ctx, vm.NodeKey(node), common.Address{}, merkle.Hash{}); err != nil || ok {
		return nil, err
	}
	data, err := o.abi.TryPackLoadNode(l, r)
	if err != nil {
		return nil, fmt.Errorf("oracle load node %s: %w", node, err)
	}
	return tx.Send(ctx, "load node "+node.Hex(), o.addr, data)
}

// LoadBlob stores the length and every word of the blob data (for small
// blobs; a player loads only the words a disputed step reads).
func (o *Oracle) LoadBlob(ctx context.Context, data []byte) error {
	if err := o.LoadLength(ctx, data); err != nil {
		return err
	}
	for i := uint64(1); (i-1)*merkle.WordSize < uint64(len(data)); i++ {
		if err := o.LoadBlobPart(ctx, data, i); err != nil {
			return err
		}
	}
	return nil
}

// Has reports whether the oracle holds the preimage of key, as the step
// called by caller under localContext would read it.
func (o *Oracle) Has(ctx context.Context, key merkle.Hash, caller common.Address, localContext merkle.Hash) (bool, error) {
	ok, err := bind.Call(o.c, &bind.CallOpts{Context: ctx}, o.abi.PackHas(key, caller, localContext), o.abi.UnpackHas)
	if err != nil {
		return false, fmt.Errorf("oracle has %s: %w", key, err)
	}
	return ok, nil
}

// loadLengthVia loads the length of blob through tx unless it is loaded
// already (then the receipt is nil).
func (o *Oracle) loadLengthVia(ctx context.Context, tx *market.TxManager, blob []byte) (*types.Receipt, error) {
	root := merkle.BlobRoot(blob)
	if ok, err := o.Has(ctx, vm.LengthKey(root), common.Address{}, merkle.Hash{}); err != nil || ok {
		return nil, err
	}
	proof, err := merkle.BlobProof(blob, 0, 0)
	if err != nil {
		return nil, fmt.Errorf("oracle load length of %s: %w", root, err)
	}
	data, err := o.abi.TryPackLoadLength(root, uint64(len(blob)), hashWords(proof))
	if err != nil {
		return nil, fmt.Errorf("oracle load length of %s: %w", root, err)
	}
	return tx.Send(ctx, "load length of "+root.Hex(), o.addr, data)
}
