//go:build !unix

package llama

import "time"

// cpuTime returns 0 where getrusage is not available.
func cpuTime() time.Duration { return 0 }
