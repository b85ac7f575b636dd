// Command mipscheck runs the MNIST model on raw images and prints every op
// root of every trace, so that a build for GOOS=linux GOARCH=mips
// GOMIPS=softfloat run under qemu-mips can be compared line by line with the
// native build (see the test in this directory).
//
// Usage: mipscheck MODEL.gguf IMAGES
//
// IMAGES holds 784-byte images back to back. Output: one line per image
// ("img I label L trace T ops R1 … RN"), then one line for all images as one
// batch, one line with the hash of the bits of model.Exp over a sweep, and
// one with the hash of float and requant kernel outputs on edge values.
package main
