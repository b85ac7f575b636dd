package dispute

import (
	"context"

	"github.com/rmsnet/rms/merkle"
	"github.com/rmsnet/rms/vm"
)

// Liar is an adversary for tests and benchmarks: it tells the truth about
// the states of the op's run before step From and lies from there on; its
// final state is the true one with Acc written at vm.OutputAddr (so it
// passes the final-state check), and it never gives the step.
type Liar struct {
	Honest *VMProver
	From   uint64      // the first step whose state it lies about
	Acc    merkle.Hash // its A_{k+1}, which its final state holds
	Salt   byte        // makes two liars' lies differ
	// StepToo: it sends the true step when the game reaches it (a game
	// between two liars needs one of them to).
	StepToo bool
}

// StateHash implements Prover.
func (l *Liar) StateHash(ctx context.Context, op, t uint64) (merkle.Hash, error) {
	if t < l.From {
		return l.Honest.StateHash(ctx, op, t)
	}
	var b [9]byte
	b[0] = l.Salt
	for i := range 8 {
		b[1+i] = byte(t >> (56 - 8*i))
	}
	return merkle.Keccak([]byte("lie"), b[:]), nil
}

// Final implements Prover.
func (l *Liar) Final(ctx context.Context, op uint64) ([]byte, []merkle.Hash, error) {
	st, proof, err := l.Honest.Final(ctx, op)
	if err != nil {
		return nil, nil, err
	}
	fake := append([]byte(nil), st...)
	root := merkle.RootFromProof(l.Acc, uint64(vm.OutputAddr>>5), proof)
	copy(fake[:32], root[:])
	fake[100] ^= l.Salt // another register as well, so two liars differ
	return fake, proof, nil
}

// Step implements Prover.
func (l *Liar) Step(ctx context.Context, op, t uint64) ([]byte, []Load, error) {
	if l.StepToo {
		return l.Honest.Step(ctx, op, t)
	}
	return nil, nil, ErrNoStep
}
