// Package tokenizer turns text into token ids and back using the
// vocabulary a GGUF file carries (tokenizer.ggml.*): the SentencePiece-style
// tokenizer of LLaMA and Mistral models (model "llama": score-ordered
// merges of UTF-8 characters, "▁" for spaces, byte fallback) and the
// byte-level BPE of GPT-2 style models (model "gpt2": ranked merges over a
// byte-to-character mapping after splitting the text into words). Control
// tokens (BOS, EOS, …) decode to nothing; Encode can recognise their text
// in the input. Both round-trip: Decode(Encode(s)) == s for any bytes s
// (for "llama", s without "▁", which decodes as a space).
package tokenizer
