// Package llama runs LLaMA-architecture models read from GGUF files
// (general.architecture = llama): token embedding, per layer RMSNorm,
// grouped-query attention with RoPE and a KV cache, RMSNorm and a SwiGLU
// feed-forward, then a final RMSNorm and the (tied or untied) output matrix.
//
// Every product with a weight matrix is integer and deterministic, following
// llama.cpp's Q8_0 path (DESIGN §12): the activation vector is quantised to
// 8-bit blocks of 32 (a row whose length is not a multiple of 32 ends with a
// shorter block), each block's dot product with the weight row is an int32
// sum, and the block scales are applied and summed left to right in float32
// with every product rounded. Weights are used as the file stores them:
// Q8_0, Q4_0, Q4_K and Q6_K blocks directly, F32 and F16 rows quantised to
// Q8_0 blocks by the same code as the activations. Norms, RoPE, softmax and
// SiLU are element-wise or fixed-order float32 with the project's own exp,
// sin and cos, so the bits are the same on every platform and GOMAXPROCS.
package llama
