package tokenizer

import (
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/rmsnet/rms/model/gguf"
)

// Token types of tokenizer.ggml.token_type (llama.cpp's llama_token_type).
const (
	TypeUndefined   = 0
	TypeNormal      = 1
	TypeUnknown     = 2
	TypeControl     = 3
	TypeUserDefined = 4
	TypeUnused      = 5
	TypeByte        = 6
)

// Kind is the tokenizer model of a vocabulary.
type Kind string

// The tokenizer models supported.
const (
	SPM Kind = "llama" // SentencePiece-style
	BPE Kind = "gpt2"  // byte-level BPE
)

// Tokenizer is a vocabulary with its encoding rules.
type Tokenizer struct {
	Kind        Kind
	Tokens      []string
	Types       []int32
	Scores      []float32 // SPM merge scores
	BOS, EOS    int       // −1 when absent
	AddBOS      bool
	SpacePrefix bool // SPM: add a space before the text (tokenizer.ggml.add_space_prefix, default true)
	Pre         string

	ids     map[string]int
	ranks   map[[2]string]int // BPE merges
	bytes   [256]int          // SPM byte-fallback tokens; BPE: the token of each byte's character
	special []int             // control and user-defined tokens, longest text first
}

// MaxVocab bounds the vocabulary size.
const MaxVocab = 1 << 22

// FromGGUF reads the tokenizer of a GGUF file. A missing or malformed key
// is an error naming it.
func FromGGUF(f *gguf.File) (*Tokenizer, error) {
	t, err := fromGGUF(f)
	if err != nil {
		return nil, fmt.Errorf("tokenizer: %w", err)
	}
	return t, nil
}

func fromGGUF(f *gguf.File) (*Tokenizer, error) {
	mv, ok := f.Get("tokenizer.ggml.model")
	if !ok {
		return nil, fmt.Errorf("metadata key tokenizer.ggml.model missing")
	}
	ms, _ := mv.(string)
	t := &Tokenizer{Kind: Kind(ms), BOS: -1, EOS: -1}
	if t.Kind != SPM && t.Kind != BPE {
		return nil, fmt.Errorf("tokenizer.ggml.model %q not supported (llama and gpt2 are)", mv)
	}
	tv, ok := f.Get("tokenizer.ggml.tokens")
	if !ok {
		return nil, fmt.Errorf("metadata key tokenizer.ggml.tokens missing")
	}
	if t.Tokens, ok = tv.([]string); !ok || len(t.Tokens) == 0 || len(t.Tokens) > MaxVocab {
		return nil, fmt.Errorf("tokenizer.ggml.tokens: %T of length %d, want 1…%d strings", tv, lenOf(tv), MaxVocab)
	}
	n := len(t.Tokens)
	if v, ok := f.Get("tokenizer.ggml.token_type"); ok {
		if t.Types, ok = v.([]int32); !ok || len(t.Types) != n {
			return nil, fmt.Errorf("tokenizer.ggml.token_type: %T of length %d, want %d int32", v, lenOf(v), n)
		}
	} else {
		t.Types = make([]int32, n)
		for i := range t.Types {
			t.Types[i] = TypeNormal
		}
	}
	if v, ok := f.Get("tokenizer.ggml.scores"); ok {
		if t.Scores, ok = v.([]float32); !ok || len(t.Scores) != n {
			return nil, fmt.Errorf("tokenizer.ggml.scores: %T of length %d, want %d float32", v, lenOf(v), n)
		}
	} else if t.Kind == SPM {
		return nil, fmt.Errorf("metadata key tokenizer.ggml.scores missing (the llama tokenizer needs it)")
	}
	id := func(key string) (int, error) {
		v, ok := f.Get(key)
		if !ok {
			return -1, nil
		}
		u, ok := v.(uint32)
		if !ok {
			return 0, fmt.Errorf("%s: %T, want uint32", key, v)
		}
		if u == 0xffffffff {
			return -1, nil
		}
		if int64(u) >= int64(n) {
			return 0, fmt.Errorf("%s: %d outside the vocabulary of %d", key, u, n)
		}
		return int(u), nil
	}
	var err error
	if t.BOS, err = id("tokenizer.ggml.bos_token_id"); err != nil {
		return nil, err
	}
	if t.EOS, err = id("tokenizer.ggml.eos_token_id"); err != nil {
		return nil, err
	}
	t.AddBOS = t.Kind == SPM && t.BOS >= 0
	if v, ok := f.Get("tokenizer.ggml.add_bos_token"); ok {
		b, ok := v.(bool)
		if !ok {
			return nil, fmt.Errorf("tokenizer.ggml.add_bos_token: %T, want bool", v)
		}
		t.AddBOS = b && t.BOS >= 0
	}
	t.SpacePrefix = t.Kind == SPM
	if v, ok := f.Get("tokenizer.ggml.add_space_prefix"); ok {
		b, ok := v.(bool)
		if !ok {
			return nil, fmt.Errorf("tokenizer.ggml.add_space_prefix: %T, want bool", v)
		}
		t.SpacePrefix = b
	}
	if v, ok := f.Get("tokenizer.ggml.pre"); ok {
		t.Pre, _ = v.(string)
	}
	var merges []string
	if t.Kind == BPE {
		v, ok := f.Get("tokenizer.ggml.merges")
		if !ok {
			return nil, fmt.Errorf("metadata key tokenizer.ggml.merges missing (the gpt2 tokenizer needs it)")
		}
		if merges, ok = v.([]string); !ok {
			return nil, fmt.Errorf("tokenizer.ggml.merges: %T, want strings", v)
		}
	}
	return t, t.init(merges)
}

func lenOf(v any) int {
	switch x := v.(type) {
	case []string:
		return len(x)
	case []int32:
		return len(x)
	case []float32:
		return len(x)
	}
	return 0
}

// init builds the lookup tables; merges are BPE's "a b" pairs in rank order.
func (t *Tokenizer) init(merges []string) error {
	t.ids = make(map[string]int, len(t.Tokens))
	for i, s := range t.Tokens {
		if _, dup := t.ids[s]; !dup {
			t.ids[s] = i
		}
		if ty := t.Types[i]; ty == TypeControl || ty == TypeUserDefined {
			if s != "" {
				t.special = append(t.special, i)
			}
		}
	}
	sort.SliceStable(t.special, func(a, b int) bool { return len(t.Tokens[t.special[a]]) > len(t.Tokens[t.special[b]]) })
	switch t.Kind {
	case SPM:
		for b := 0; b < 256; b++ {
			id, ok := t.ids[fmt.Sprintf("<0x%02X>", b)]
			if !ok {
				return fmt.Errorf("tokenizer.ggml.tokens: byte token <0x%02X> missing (the llama tokenizer falls back to bytes)", b)
			}
			t.bytes[b] = id
		}
	case BPE:
		if _, _, ok := pretokenizer(t.Pre); !ok {
			return fmt.Errorf("tokenizer.ggml.pre %q not supported (gpt2 and llama-bpe are)", t.Pre)
		}
		for b := 0; b < 256; b++ {
			id, ok := t.ids[string(byteRune[b])]
			if !ok {
				return fmt.Errorf("tokenizer.ggml.tokens: no token for byte 0x%02X (%q)", b, byteRune[b])
			}
			t.bytes[b] = id
		}
		t.ranks = make(map[[2]string]int, len(merges))
		for i, m := range merges {
			a, b, ok := strings.Cut(m, " ")
			if !ok || a == "" || b == "" {
				return fmt.Errorf("tokenizer.ggml.merges item %d: %q is not two tokens", i, m)
			}
			if _, dup := t.ranks[[2]string{a, b}]; !dup {
				t.ranks[[2]string{a, b}] = i
			}
		}
	}
	return nil
}

// Encode returns the tokens of text, with BOS first when the vocabulary
// asks for it (addBOS), recognising the text of control and user-defined
// tokens when special is set.
func (t *Tokenizer) Encode(text string, addBOS, special bool) []int {
	var out []int
	if addBOS && t.AddBOS {
		out = append(out, t.BOS)
	}
	first := true
	for len(text) > 0 {
		cut, tok := len(text), -1
		if special {
			cut, tok = t.findSpecial(text)
		}
		if cut > 0 {
			out = t.encodePart(out, text[:cut], first)
			first = false
		}
		if tok < 0 {
			break
		}
		out = append(out, tok)
		text = text[cut+len(t.Tokens[tok]):]
		first = false
	}
	return out
}

// findSpecial returns where the first special token's text starts in s and
// which token it is (the longest at that place), or len(s), −1.
func (t *Tokenizer) findSpecial(s string) (int, int) {
	best, tok := len(s), -1
	for _, id := range t.special {
		if i := strings.Index(s[:min(len(s), best+len(t.Tokens[id]))], t.Tokens[id]); i >= 0 && i < best {
			best, tok = i, id
		}
	}
	return best, tok
}

func (t *Tokenizer) encodePart(out []int, s string, first bool) []int {
	if t.Kind == BPE {
		return t.encodeBPE(out, s)
	}
	if first && t.SpacePrefix {
		s = " " + s
	}
	return t.encodeSPM(out, strings.ReplaceAll(s, " ", "▁"))
}

// Piece returns the bytes token id stands for: nothing for control tokens
// and ids outside the vocabulary, the byte of a byte token, and otherwise
// its text with "▁" as space (SPM) or its characters mapped back to bytes
// (BPE).
func (t *Tokenizer) Piece(id int) []byte {
	if id < 0 || id >= len(t.Tokens) {
		return nil
	}
	s := t.Tokens[id]
	switch t.Types[id] {
	case TypeControl, TypeUnused:
		return nil
	case TypeByte:
		if t.Kind == SPM {
			var b byte
			if _, err := fmt.Sscanf(s, "<0x%02X>", &b); err == nil && len(s) == 6 {
				return []byte{b}
			}
		}
	case TypeUserDefined:
		return []byte(s)
	}
	if t.Kind == BPE {
		out := make([]byte, 0, len(s))
		for _, r := range s {
			if b, ok := runeByte[r]; ok {
				out = append(out, b)
			} else {
				out = utf8.AppendRune(out, r)
			}
		}
		return out
	}
	return []byte(strings.ReplaceAll(s, "▁", " "))
}

// Decode returns the text of ids: their pieces joined, without the space
// Encode put before the text (SPM with the space prefix).
func (t *Tokenizer) Decode(ids []int) []byte {
	var out []byte
	start := true
	for _, id := range ids {
		p := t.Piece(id)
		if start && len(p) > 0 {
			start = false
			if t.Kind == SPM && t.SpacePrefix && p[0] == ' ' {
				p = p[1:]
			}
		}
		out = append(out, p...)
	}
	return out
}
