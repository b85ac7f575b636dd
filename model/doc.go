// Package model owns the deterministic model runtime of RMS: tensors and
// their canonical blob encoding, the integer and fixed-order float kernels of
// DESIGN §3, the op graph (the "program") with its canonical encoding, the
// native executor that yields the op trace (out_i, A_i, trace root) of
// DESIGN §5, and loading and saving models as GGUF files.
//
// The same source is compiled natively and as GOOS=linux GOARCH=mips
// GOMIPS=softfloat for the fraud-proof VM, so it uses no assembly, no unsafe
// and no math function that may differ by platform. RunOp is the one pure
// function both sides use to compute a single op.
package model
