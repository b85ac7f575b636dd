// Command mipscheck runs the MNIST model on raw images and prints every op
// root of every trace, so that a build for GOOS=linux GOARCH=mips
// GOMIPS=softfloat run under qemu-mips can be compared line by line with the
// native build (see the test in this directory).
//
// Usage: mipscheck MODEL.gguf IMAGES | mipscheck text|text-only LLAMA.gguf
//
// IMAGES holds 784-byte images back to back. Output: one line per image
// ("img I label L trace T ops R1 … RN"), then one line for all images as one
// batch, one line with the hash of the bits of model.Exp over a sweep, and
// one with the hash of float and requant kernel outputs on edge values.
//
// The text form generates with a LLaMA GGUF (16 greedy tokens, then 8
// sampled ones) and (not with text-only) with small synthetic models of the
// F16, Q4_0, Q4_K and Q6_K types, one line per run: tokens, output root, trace root and every
// op root.
package main
