package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/rmsnet/rms/market"
)

func init() {
	register(command{Name: "key new", Summary: "make a new Ethereum key in a hex file (mode 0600) and print its address", Run: runKeyNew})
	register(command{Name: "key address", Summary: "print the Ethereum address of a key file (hex or JSON keystore)", Run: runKeyAddress})
}

func runKeyNew(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("key new", stderr)
	out := fs.String("out", "", "file to write the hex private key to (required; never overwritten)")
	asJSON := fs.Bool("json", false, "print one JSON object")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *out == "" {
		return fmt.Errorf("%w: --out is required", errUsage)
	}
	if _, err := os.Stat(*out); err == nil {
		return fmt.Errorf("%w: %s exists; a key file is never overwritten", errUsage, *out)
	} else if !errors.Is(err, os.ErrNotExist) {
		return err
	}
	k, err := crypto.GenerateKey()
	if err != nil {
		return err
	}
	if err := market.WriteHexKey(*out, k); err != nil {
		return err
	}
	return printAddress(stdout, crypto.PubkeyToAddress(k.PublicKey).Hex(), *out, *asJSON)
}

func runKeyAddress(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("key address", stderr)
	path := fs.String("key", "", "key file: hex private key or JSON keystore (required)")
	pw := fs.String("password-file", "", "keystore passphrase file (default: $"+market.PasswordEnv+")")
	asJSON := fs.Bool("json", false, "print one JSON object")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *path == "" {
		return fmt.Errorf("%w: --key is required", errUsage)
	}
	k, err := market.LoadKey(*path, *pw)
	if err != nil {
		return err
	}
	return printAddress(stdout, crypto.PubkeyToAddress(k.PublicKey).Hex(), *path, *asJSON)
}

func printAddress(w io.Writer, addr, file string, asJSON bool) error {
	if asJSON {
		return json.NewEncoder(w).Encode(map[string]string{"address": addr, "file": file})
	}
	_, err := fmt.Fprintln(w, addr)
	return err
}
