package dispute

import (
	"context"
	"math/rand/v2"
	"testing"

	"github.com/rmsnet/rms/vm"
)

// benchWitnesses returns witnesses of an ALU step, a load and a store from
// random states.
func benchWitnesses(b *testing.B) map[string]*vm.Witness {
	r := rand.New(rand.NewPCG(77, 77))
	out := map[string]*vm.Witness{}
	for name, insn := range map[string]func(s *vm.State) uint32{
		"addu": func(s *vm.State) uint32 { return rType(0x21, 1, 2, 3, 0) },
		"lw":   func(s *vm.State) uint32 { s.Regs[5] = dataBase + 0x100; return iType(0x23, 5, 6, 0) },
		"sw":   func(s *vm.State) uint32 { s.Regs[5] = dataBase + 0x100; return iType(0x2b, 5, 6, 0) },
	} {
		s := randomState(r)
		i := insn(&s)
		w, err := stateVM(b, r, s, i).StepWitness()
		if err != nil {
			b.Fatal(err)
		}
		out[name] = w
	}
	return out
}

// BenchmarkStepCall: one step executed by eth_call on the simulated
// backend (what the differential tests do 10,000 times), with its
// execution gas as a metric.
func BenchmarkStepCall(b *testing.B) {
	c := newTestChain(b)
	e := newEVM(b, c.opts.From)
	for name, w := range benchWitnesses(b) {
		b.Run(name, func(b *testing.B) {
			g := e.measure(b, c.stepper, w)
			for b.Loop() {
				if _, _, err := c.stepper.Call(context.Background(), w); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(g.exec), "execgas")
			b.ReportMetric(float64(g.calldata), "calldata-bytes")
			b.ReportMetric(float64(g.txGas), "txgas")
		})
	}
}

// BenchmarkCalldata: building the step calldata from a witness.
func BenchmarkCalldata(b *testing.B) {
	w := benchWitnesses(b)["sw"]
	for b.Loop() {
		if _, err := w.Calldata(); err != nil {
			b.Fatal(err)
		}
	}
}
