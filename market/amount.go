package market

import (
	"fmt"
	"math/big"
	"strings"
)

var unitExp = []struct {
	suffix string
	exp    int64
}{
	{"ether", 18}, {"eth", 18}, {"gwei", 9}, {"wei", 0},
}

// ParseAmount parses an amount of ether: a plain integer is wei; the
// suffixes wei, gwei, eth and ether scale it, and with a suffix a decimal
// fraction is allowed as long as it comes to whole wei ("0.1eth", "2.5gwei").
func ParseAmount(s string) (*big.Int, error) {
	t := strings.ToLower(strings.TrimSpace(s))
	exp := int64(0)
	for _, u := range unitExp {
		if strings.HasSuffix(t, u.suffix) {
			t, exp = strings.TrimSpace(strings.TrimSuffix(t, u.suffix)), u.exp
			break
		}
	}
	if t == "" {
		return nil, fmt.Errorf("amount %q: no number", s)
	}
	whole, frac, hasFrac := strings.Cut(t, ".")
	if hasFrac && (frac == "" || int64(len(frac)) > exp) {
		return nil, fmt.Errorf("amount %q: not a whole number of wei", s)
	}
	digits := whole + frac
	for _, c := range digits {
		if c < '0' || c > '9' {
			return nil, fmt.Errorf("amount %q: want digits with an optional unit (wei, gwei, eth)", s)
		}
	}
	if whole == "" || len(digits) > 90 {
		return nil, fmt.Errorf("amount %q: bad number", s)
	}
	v, _ := new(big.Int).SetString(digits, 10)
	v.Mul(v, new(big.Int).Exp(big.NewInt(10), big.NewInt(exp-int64(len(frac))), nil))
	if v.BitLen() > 256 {
		return nil, fmt.Errorf("amount %q: over 2^256 wei", s)
	}
	return v, nil
}

// FormatAmount writes wei as ether with up to 18 decimals, e.g. "0.1 ETH".
func FormatAmount(wei *big.Int) string {
	if wei == nil {
		return "0 ETH"
	}
	neg := wei.Sign() < 0
	abs := new(big.Int).Abs(wei)
	q, r := new(big.Int).QuoRem(abs, new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil), new(big.Int))
	s := q.String()
	if r.Sign() != 0 {
		s += "." + strings.TrimRight(fmt.Sprintf("%018s", r.String()), "0")
	}
	if neg {
		s = "-" + s
	}
	return s + " ETH"
}
