package p2p

import (
	"bytes"
	"strings"
	"testing"

	blocks "github.com/ipfs/go-block-format"
	"github.com/ipfs/go-cid"
	"github.com/libp2p/go-libp2p/core/crypto"
	mh "github.com/multiformats/go-multihash"
)

// FuzzParseKey: any key file content gives a key or an error naming the
// file, never a panic.
func FuzzParseKey(f *testing.F) {
	f.Add([]byte{})
	f.Add([]byte("not a key"))
	f.Fuzz(func(t *testing.T, data []byte) {
		sk, err := parseKey("/x/key", data)
		if err != nil {
			if !strings.Contains(err.Error(), "/x/key") {
				t.Fatalf("error does not name the file: %v", err)
			}
			return
		}
		// A key that parses must round-trip.
		out, err := crypto.MarshalPrivateKey(sk)
		if err != nil {
			t.Fatalf("parsed key does not marshal: %v", err)
		}
		sk2, err := crypto.UnmarshalPrivateKey(out)
		if err != nil || !sk.Equals(sk2) {
			t.Fatalf("key does not round-trip: %v", err)
		}
	})
}

// FuzzBlockLinks: decoding the links of any dag-pb or raw block received
// from the network gives links or an error, never a panic.
func FuzzBlockLinks(f *testing.F) {
	f.Add([]byte{}, true)
	f.Add([]byte{0x12, 0x00}, true)
	f.Add([]byte("raw data"), false)
	f.Fuzz(func(t *testing.T, data []byte, dagpb bool) {
		codec := uint64(cid.Raw)
		if dagpb {
			codec = cid.DagProtobuf
		}
		h, err := mh.Sum(data, mh.SHA2_256, -1)
		if err != nil {
			t.Fatal(err)
		}
		blk, err := blocks.NewBlockWithCid(data, cid.NewCidV1(codec, h))
		if err != nil {
			t.Fatal(err)
		}
		links, err := blockLinks(blk)
		if err == nil && !dagpb && len(links) != 0 {
			t.Fatal("raw block with links")
		}
		_ = unixfsSize(blk)
		if !bytes.Equal(blk.RawData(), data) {
			t.Fatal("block data changed")
		}
	})
}

// FuzzParseAddrInfos: any bootstrap address list gives peers or an error.
func FuzzParseAddrInfos(f *testing.F) {
	f.Add("/ip4/127.0.0.1/tcp/4001/p2p/12D3KooWQtSFyXs6sfxuMZXAFYBWJuh2Sav1QBEnGzCt9w5t3oks")
	f.Add("/ip4/127.0.0.1/tcp/4001")
	f.Add("garbage")
	f.Fuzz(func(t *testing.T, s string) {
		infos, err := ParseAddrInfos(strings.Split(s, ","))
		if err == nil {
			for _, pi := range infos {
				if pi.ID == "" {
					t.Fatal("peer without id")
				}
			}
		}
	})
}
