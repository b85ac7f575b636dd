package market

import (
	"math/big"
	"testing"
)

func TestParseAmount(t *testing.T) {
	tests := []struct {
		in   string
		want string // decimal wei, "" for an error
	}{
		{"123", "123"},
		{"123wei", "123"},
		{"2gwei", "2000000000"},
		{"2.5 gwei", "2500000000"},
		{"0.1eth", "100000000000000000"},
		{"1ETH", "1000000000000000000"},
		{"3 ether", "3000000000000000000"},
		{"0.000000000000000001eth", "1"},
		{"0.0000000000000000001eth", ""},
		{"1.5", ""},
		{"1.5wei", ""},
		{"-1", ""},
		{"", ""},
		{"eth", ""},
		{".5eth", ""},
		{"1.eth", ""},
		{"0x10", ""},
		{"1e18", ""},
	}
	for _, tc := range tests {
		got, err := ParseAmount(tc.in)
		if tc.want == "" {
			if err == nil {
				t.Errorf("ParseAmount(%q) = %s, want an error", tc.in, got)
			}
			continue
		}
		if err != nil || got.String() != tc.want {
			t.Errorf("ParseAmount(%q) = %v, %v; want %s", tc.in, got, err, tc.want)
		}
	}
	if s := FormatAmount(big.NewInt(1e17)); s != "0.1 ETH" {
		t.Errorf("FormatAmount(1e17) = %q", s)
	}
	if s := FormatAmount(new(big.Int).Mul(big.NewInt(3), big.NewInt(1e18))); s != "3 ETH" {
		t.Errorf("FormatAmount(3e18) = %q", s)
	}
}

// FuzzParseAmount: any string gives an amount or an error, never a panic;
// an accepted amount is below 2^256 and survives FormatAmount and back.
func FuzzParseAmount(f *testing.F) {
	for _, s := range []string{"123", "2.5 gwei", "0.1eth", "1e18", "-1", ".", "eth", "0.0000000000000000001eth"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := ParseAmount(s)
		if err != nil {
			return
		}
		if v.Sign() < 0 || v.BitLen() > 256 {
			t.Fatalf("ParseAmount(%q) = %s, outside [0, 2^256)", s, v)
		}
		back, err := ParseAmount(FormatAmount(v))
		if err != nil || back.Cmp(v) != 0 {
			t.Fatalf("%q: %s formats as %q, which parses as %v, %v", s, v, FormatAmount(v), back, err)
		}
	})
}
