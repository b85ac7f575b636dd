//go:build !amd64 || purego

package llama

// expShiftVec sets nothing: there is no vector kernel (expShift does all).
func expShiftVec(x []float32, sub float32) int { return 0 }

// swigluVec sets nothing: there is no vector kernel (SwiGLU does all).
func swigluVec(h, g, u []float32) int { return 0 }
