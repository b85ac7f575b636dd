package tokenizer

import (
	"unicode"
	"unicode/utf8"
)

// byteRune is GPT-2's bytes_to_unicode: printable Latin-1 bytes stand for
// themselves, the others for the characters from U+0100 on, in order.
var byteRune, runeByte = func() ([256]rune, map[rune]byte) {
	var br [256]rune
	rb := make(map[rune]byte, 256)
	n := 0
	for b := 0; b < 256; b++ {
		if b >= '!' && b <= '~' || b >= 0xa1 && b <= 0xac || b >= 0xae {
			br[b] = rune(b)
		} else {
			br[b] = rune(256 + n)
			n++
		}
		rb[br[b]] = byte(b)
	}
	return br, rb
}()

// preSplit is a pre-tokenizer: it returns the length in bytes of the word
// that starts s (len(s) > 0).
type preSplit func(s string) int

// pretokenizer returns the word splitter of tokenizer.ggml.pre.
func pretokenizer(pre string) (preSplit, bool, bool) {
	switch pre {
	case "", "default", "gpt2", "gpt-2":
		return splitGPT2, false, true
	case "llama-bpe", "llama3", "smaug-bpe":
		return splitLlama3, true, true
	}
	return nil, false, false
}

type class uint8

const (
	clsOther class = iota
	clsLetter
	clsNumber
	clsSpace
)

// charAt returns the character at the start of s, its size (an invalid
// byte is a character of size 1) and its class.
func charAt(s string) (rune, int, class) {
	r, n := utf8.DecodeRuneInString(s)
	switch {
	case r == utf8.RuneError && n <= 1:
		return r, 1, clsOther
	case unicode.IsLetter(r):
		return r, n, clsLetter
	case unicode.IsNumber(r):
		return r, n, clsNumber
	case unicode.IsSpace(r):
		return r, n, clsSpace
	}
	return r, n, clsOther
}

// run returns the length of the run of characters of class c at the start
// of s, at most max characters (max < 0: unbounded).
func run(s string, c class, max int) int {
	i := 0
	for k := 0; i < len(s) && k != max; k++ {
		_, n, cc := charAt(s[i:])
		if cc != c {
			break
		}
		i += n
	}
	return i
}

// contraction returns the length of 's 't 're 've 'm 'll 'd at the start
// of s (folding case when fold), or 0.
func contraction(s string, fold bool) int {
	if len(s) < 2 || s[0] != '\'' {
		return 0
	}
	low := func(b byte) byte {
		if fold && b >= 'A' && b <= 'Z' {
			return b + 32
		}
		return b
	}
	switch low(s[1]) {
	case 's', 't', 'm', 'd':
		return 2
	}
	if len(s) >= 3 {
		switch string([]byte{low(s[1]), low(s[2])}) {
		case "re", "ve", "ll":
			return 3
		}
	}
	return 0
}

// spaceRun implements \s+(?!\S)|\s+ at the start of s (which starts with
// whitespace): all of it at the end of the text, else all but its last
// character when that leaves some.
func spaceRun(s string) int {
	n := run(s, clsSpace, -1)
	if n == len(s) {
		return n
	}
	_, last := utf8.DecodeLastRuneInString(s[:n])
	if n-last > 0 {
		return n - last
	}
	return n
}

// splitGPT2 follows GPT-2's pattern
// 's|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+
func splitGPT2(s string) int {
	if n := contraction(s, false); n > 0 {
		return n
	}
	i := 0
	if s[0] == ' ' && len(s) > 1 {
		i = 1
	}
	switch _, _, c := charAt(s[i:]); c {
	case clsLetter, clsNumber:
		return i + run(s[i:], c, -1)
	case clsOther:
		return i + runOther(s[i:])
	}
	return spaceRun(s)
}

// runOther is the length of [^\s\p{L}\p{N}]+ at the start of s.
func runOther(s string) int { return run(s, clsOther, -1) }

// splitLlama3 follows LLaMA 3's pattern
// (?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+
func splitLlama3(s string) int {
	if n := contraction(s, true); n > 0 {
		return n
	}
	r0, n0, c0 := charAt(s)
	// [^\r\n\p{L}\p{N}]?\p{L}+
	if c0 == clsLetter {
		return run(s, clsLetter, -1)
	}
	if r0 != '\r' && r0 != '\n' && c0 != clsNumber && n0 < len(s) {
		if _, _, c1 := charAt(s[n0:]); c1 == clsLetter {
			return n0 + run(s[n0:], clsLetter, -1)
		}
	}
	if c0 == clsNumber {
		return run(s, clsNumber, 3)
	}
	// ' ?[^\s\p{L}\p{N}]+[\r\n]*'
	i := 0
	if r0 == ' ' && n0 < len(s) {
		i = 1
	}
	if _, _, c := charAt(s[i:]); c == clsOther {
		j := i + runOther(s[i:])
		for j < len(s) && (s[j] == '\r' || s[j] == '\n') {
			j++
		}
		return j
	}
	// \s*[\r\n]+ : the whitespace run up to and including its last newline
	// group, when it has a newline.
	n := run(s, clsSpace, -1)
	last := -1
	for k := 0; k < n; k++ {
		if s[k] == '\r' || s[k] == '\n' {
			last = k
		}
	}
	if last >= 0 {
		return last + 1
	}
	return spaceRun(s)
}

// encodeBPE appends the tokens of s: split into words by the
// pre-tokenizer, each word's bytes mapped to characters, then the adjacent
// pair of lowest merge rank merged (leftmost first) until none is left.
func (t *Tokenizer) encodeBPE(out []int, s string) []int {
	split, ignoreMerges, _ := pretokenizer(t.Pre)
	for len(s) > 0 {
		n := split(s)
		if n <= 0 {
			n = 1
		}
		out = t.bpeWord(out, s[:n], ignoreMerges)
		s = s[n:]
	}
	return out
}

func (t *Tokenizer) bpeWord(out []int, w string, ignoreMerges bool) []int {
	syms := make([]string, len(w))
	whole := make([]rune, len(w))
	for i := 0; i < len(w); i++ {
		syms[i] = string(byteRune[w[i]])
		whole[i] = byteRune[w[i]]
	}
	if ignoreMerges {
		if id, ok := t.ids[string(whole)]; ok {
			return append(out, id)
		}
	}
	for len(syms) > 1 {
		best, at := -1, -1
		for i := 0; i+1 < len(syms); i++ {
			if r, ok := t.ranks[[2]string{syms[i], syms[i+1]}]; ok && (best < 0 || r < best) {
				best, at = r, i
			}
		}
		if at < 0 {
			break
		}
		syms[at] += syms[at+1]
		syms = append(syms[:at+1], syms[at+2:]...)
	}
	for _, sym := range syms {
		if id, ok := t.ids[sym]; ok {
			out = append(out, id)
			continue
		}
		for _, r := range sym {
			out = append(out, t.bytes[runeByte[r]])
		}
	}
	return out
}
