// Package contracts owns the Solidity sources of RMS (src/), the pinned
// compiler setup (package.json and package-lock.json pin the npm package solc;
// solc-settings.json pins the optimizer and the EVM version), and what is
// generated from them: ABI and bytecode artifacts (artifacts/) and go-ethereum
// abigen v2 bindings (package bindings).
//
// Generated files are never edited by hand. After changing a source run
//
//	go generate ./contracts/...
//
// (it needs `npm ci` in this folder, which `make solc` does). `make
// check-generated` regenerates in memory and fails when anything differs from
// the files in the tree; `make test` runs it.
package contracts

//go:generate go run ./internal/gen
