//go:build amd64 && !purego

package llama

//go:noescape
func expShiftAVX2(x *float32, sub float32, n int)

//go:noescape
func swigluAVX2(h, gate, up *float32, n int)

// expShiftVec sets x[i] = model.Exp(x[i]−sub) for the first len(x) rounded
// down to a multiple of 8 values with the vector kernel and returns how
// many it set (none without the kernel); expShift does the rest.
func expShiftVec(x []float32, sub float32) int {
	n := len(x) &^ 7
	if !hasAVX2 || n == 0 {
		return 0
	}
	expShiftAVX2(&x[0], sub, n/8)
	return n
}

// swigluVec sets h[i] = SiLU(g[i])·u[i] (made canonical) for the first
// len(h) rounded down to a multiple of 8 values with the vector kernel and
// returns how many it set (none without the kernel); SwiGLU does the rest.
func swigluVec(h, g, u []float32) int {
	n := len(h) &^ 7
	if !hasAVX2 || n == 0 {
		return 0
	}
	_, _ = g[n-1], u[n-1]
	swigluAVX2(&h[0], &g[0], &u[0], n/8)
	return n
}
