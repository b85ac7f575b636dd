// Package vm owns the MIPS32 fraud-proof VM of RMS (DESIGN §7): loading
// static big-endian MIPS32 ELF executables built by the pinned Go toolchain,
// the one-instruction step with its deterministic syscalls, memory as the
// word tree of the 4 GiB address space with lazily hashed 4 KiB pages, blobs
// mapped by root and fetched page by page from a BlockSource, the packed
// state and its hash, snapshots, and the witness that the on-chain step
// consumes. The guest program that runs one model op lives in vm/guest.
package vm
