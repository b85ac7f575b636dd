// Package gguf reads and writes GGUF version 3 files, the model file format
// of llama.cpp: a header, typed metadata key-value pairs, tensor infos and
// aligned tensor data, all little-endian. It supports every metadata value
// type (arrays included) and the tensor types whose elements are not block
// quantised (F32, F16, BF16, F64, I8, I16, I32, I64). Parse validates every
// field and names the one that is wrong; it never allocates more than the
// input can describe. ReadFile and Open accept only regular files, check
// the header from the first bytes and read (or map) tensor data by offset.
package gguf
