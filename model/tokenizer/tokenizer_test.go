package tokenizer

import (
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/rmsnet/rms/model/gguf"
)

func stories(t testing.TB) *Tokenizer {
	t.Helper()
	f, err := gguf.ReadFile(filepath.Join("..", "..", "testdata", "stories260K.gguf"))
	if err != nil {
		t.Fatal(err)
	}
	tok, err := FromGGUF(f)
	if err != nil {
		t.Fatal(err)
	}
	return tok
}

// TestSPM: llama.cpp's tokens for the reference prompt, byte fallback,
// special tokens and decoding.
func TestSPM(t *testing.T) {
	tok := stories(t)
	if got := tok.Encode("Once upon a time", true, false); !reflect.DeepEqual(got, []int{1, 403, 407, 261, 378}) {
		t.Fatalf("Once upon a time: %v (llama.cpp: [1 403 407 261 378])", got)
	}
	// A character outside the vocabulary falls back to its UTF-8 bytes.
	ids := tok.Encode("☃", false, false)
	if want := []int{tok.ids["▁"], tok.bytes[0xe2], tok.bytes[0x98], tok.bytes[0x83]}; !reflect.DeepEqual(ids, want) {
		t.Fatalf("☃: %v, want %v", ids, want)
	}
	if got := string(tok.Decode(ids)); got != "☃" {
		t.Fatalf("decode: %q", got)
	}
	// With special set, "</s>" in the text is the EOS token; without, text.
	if got := tok.Encode("hi</s>", false, true); got[len(got)-1] != tok.EOS {
		t.Fatalf("special: %v", got)
	}
	if got := tok.Encode("hi</s>", false, false); got[len(got)-1] == tok.EOS {
		t.Fatalf("not special: %v", got)
	}
	if p := tok.Piece(tok.BOS); len(p) != 0 {
		t.Fatalf("BOS piece %q", p)
	}
	if p := tok.Piece(13); string(p) != "\n" {
		t.Fatalf("token 13 piece %q, want a newline (<0x0A>)", p)
	}
}

func FuzzSPMRoundTrip(f *testing.F) {
	tok := stories(f)
	for _, s := range []string{"Once upon a time", "", " ", "  two  spaces ", "\x00\xff\xfe", "日本語 text", "a\nb\tc"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if strings.Contains(s, "▁") {
			return // "▁" decodes as a space
		}
		ids := tok.Encode(s, true, false)
		if got := tok.Decode(ids); string(got) != s {
			t.Fatalf("%q → %v → %q", s, ids, got)
		}
	})
}

// bpeFile returns a byte-level BPE vocabulary: the 256 byte characters,
// some merges, and two control tokens.
func bpeFile(pre string) *gguf.File {
	var toks []string
	for b := 0; b < 256; b++ {
		toks = append(toks, string(byteRune[b]))
	}
	merges := []string{"h e", "l l", "he ll", "hell o", "Ġ w", "o r", "Ġw or", "Ġwor l", "Ġworl d", "Ġ t", "e s", "Ġt es", "Ġtes t"}
	for _, m := range merges {
		toks = append(toks, strings.ReplaceAll(m, " ", ""))
	}
	toks = append(toks, "<|begin|>", "<|end|>")
	types := make([]int32, len(toks))
	for i := range types {
		types[i] = TypeNormal
	}
	types[len(toks)-2], types[len(toks)-1] = TypeControl, TypeControl
	return &gguf.File{KV: []gguf.KV{
		{Key: "tokenizer.ggml.model", Value: "gpt2"},
		{Key: "tokenizer.ggml.pre", Value: pre},
		{Key: "tokenizer.ggml.tokens", Value: toks},
		{Key: "tokenizer.ggml.token_type", Value: types},
		{Key: "tokenizer.ggml.merges", Value: merges},
		{Key: "tokenizer.ggml.bos_token_id", Value: uint32(len(toks) - 2)},
		{Key: "tokenizer.ggml.eos_token_id", Value: uint32(len(toks) - 1)},
	}}
}

func TestBPE(t *testing.T) {
	tok, err := FromGGUF(bpeFile("gpt2"))
	if err != nil {
		t.Fatal(err)
	}
	ids := tok.Encode("hello world test", false, false)
	var pieces []string
	for _, id := range ids {
		pieces = append(pieces, string(tok.Piece(id)))
	}
	if !reflect.DeepEqual(pieces, []string{"hello", " world", " test"}) {
		t.Fatalf("pieces %q (ids %v)", pieces, ids)
	}
	if got := tok.Encode("<|begin|>hello", false, true); got[0] != tok.BOS || len(got) != 2 {
		t.Fatalf("special: %v", got)
	}
	if string(tok.Decode(tok.Encode("<|begin|>hi<|end|>", false, true))) != "hi" {
		t.Fatal("control tokens decode to nothing")
	}
}

// TestPretokenizers pins the word splits of GPT-2's and LLaMA 3's patterns.
func TestPretokenizers(t *testing.T) {
	split := func(f preSplit, s string) []string {
		var out []string
		for len(s) > 0 {
			n := f(s)
			out = append(out, s[:n])
			s = s[n:]
		}
		return out
	}
	tests := []struct {
		f    preSplit
		in   string
		want []string
	}{
		{splitGPT2, "Hello world's  test 123!!\n", []string{"Hello", " world", "'s", " ", " test", " 123", "!!", "\n"}},
		{splitGPT2, "I'll go  ", []string{"I", "'ll", " go", "  "}},
		{splitGPT2, "naïve café", []string{"naïve", " café"}},
		{splitLlama3, "Hello world's  test 12345!!\n\nok", []string{"Hello", " world", "'s", " ", " test", " ", "123", "45", "!!\n\n", "ok"}},
		{splitLlama3, "I'LL (go)\n  x", []string{"I", "'LL", " (", "go", ")\n", " ", " x"}},
	}
	for _, tc := range tests {
		if got := split(tc.f, tc.in); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%q: %q, want %q", tc.in, got, tc.want)
		}
	}
}

func FuzzBPERoundTrip(f *testing.F) {
	toks := map[string]*Tokenizer{}
	for _, pre := range []string{"gpt2", "llama-bpe"} {
		tok, err := FromGGUF(bpeFile(pre))
		if err != nil {
			f.Fatal(err)
		}
		toks[pre] = tok
	}
	for _, s := range []string{"hello world test", "", "\xff\x00", " 12345 's\r\n\n x", "日本語"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for pre, tok := range toks {
			ids := tok.Encode(s, false, false)
			if got := tok.Decode(ids); string(got) != s {
				t.Fatalf("%s: %q → %v → %q", pre, s, ids, got)
			}
			if utf8.ValidString(s) && len(ids) > len(s) {
				t.Fatalf("%s: %d tokens for %d bytes", pre, len(ids), len(s))
			}
		}
	})
}

func TestFromGGUFErrors(t *testing.T) {
	base := bpeFile("gpt2")
	with := func(key string, v any) *gguf.File {
		f := &gguf.File{}
		for _, kv := range base.KV {
			if kv.Key != key {
				f.KV = append(f.KV, kv)
			}
		}
		if v != nil {
			f.KV = append(f.KV, gguf.KV{Key: key, Value: v})
		}
		return f
	}
	tests := []struct {
		f   *gguf.File
		err string
	}{
		{with("tokenizer.ggml.model", nil), "tokenizer.ggml.model missing"},
		{with("tokenizer.ggml.model", "bert"), `"bert" not supported`},
		{with("tokenizer.ggml.tokens", nil), "tokenizer.ggml.tokens missing"},
		{with("tokenizer.ggml.tokens", []string{"a"}), "token_type"},
		{with("tokenizer.ggml.merges", nil), "merges missing"},
		{with("tokenizer.ggml.merges", []string{"ab"}), `merges item 0: "ab"`},
		{with("tokenizer.ggml.pre", "qwen2"), `tokenizer.ggml.pre "qwen2" not supported`},
		{with("tokenizer.ggml.bos_token_id", uint32(1<<20)), "outside the vocabulary"},
		{with("tokenizer.ggml.model", "llama"), "scores missing"},
	}
	for _, tc := range tests {
		if _, err := FromGGUF(tc.f); err == nil || !strings.Contains(err.Error(), tc.err) {
			t.Errorf("err = %v, want %q", err, tc.err)
		}
	}
	// An SPM vocabulary without byte tokens is refused, naming the first.
	spm := &gguf.File{KV: []gguf.KV{{Key: "tokenizer.ggml.model", Value: "llama"}, {Key: "tokenizer.ggml.tokens", Value: []string{"a"}}, {Key: "tokenizer.ggml.scores", Value: []float32{0}}}}
	if _, err := FromGGUF(spm); err == nil || !strings.Contains(err.Error(), "<0x00> missing") {
		t.Errorf("spm without bytes: %v", err)
	}
}
