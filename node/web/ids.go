package web

import (
	"encoding/hex"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
)

// ParseHash reads a job hash or game id as a request names it: 0x and 64
// hex digits, nothing else.
func ParseHash(s string) (common.Hash, error) {
	if len(s) != 66 || s[0] != '0' || (s[1] != 'x' && s[1] != 'X') {
		return common.Hash{}, fmt.Errorf("id %q: want 0x and 64 hex digits", clip(s))
	}
	var h common.Hash
	if _, err := hex.Decode(h[:], []byte(s[2:])); err != nil {
		return common.Hash{}, fmt.Errorf("id %q: %v", clip(s), err)
	}
	return h, nil
}

// clip shortens what a request sent before it goes into an error message.
func clip(s string) string {
	if len(s) > 80 {
		return s[:80] + "…"
	}
	return s
}
