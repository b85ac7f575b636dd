//go:build !linux

package merkle

import "time"

// threadCPU is 0 where the thread's CPU time is not read; the benchmarks
// then report no CPU metric.
func threadCPU() time.Duration { return 0 }
