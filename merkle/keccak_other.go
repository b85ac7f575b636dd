//go:build !amd64 || purego

package merkle

// vectorWays is 0: this build has only the portable path.
var vectorWays = 0

func supportedWays() []int { return []int{0} }

// hashVector hashes nothing; the caller hashes every input.
func hashVector(dst []Hash, src []byte) int { return 0 }
