// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package bindings

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// EscrowChannel is an auto generated low-level Go binding around an user-defined struct.
type EscrowChannel struct {
	Funds    *big.Int
	Redeemed *big.Int
	RefundAt *big.Int
	Epoch    uint32
}

// GamesContradiction is an auto generated low-level Go binding around an user-defined struct.
type GamesContradiction struct {
	Side       uint8
	AccC       [32]byte
	AccProof   [][32]byte
	J          uint64
	Entry      [32]byte
	EntryProof [][32]byte
	NextProof  [][32]byte
}

// GamesDivergence is an auto generated low-level Go binding around an user-defined struct.
type GamesDivergence struct {
	Op         uint64
	PrevAcc    [32]byte
	PrevProof0 [][32]byte
	PrevProof1 [][32]byte
	Acc0       [32]byte
	Proof0     [][32]byte
	Acc1       [32]byte
	Proof1     [][32]byte
}

// GamesGame is an auto generated low-level Go binding around an user-defined struct.
type GamesGame struct {
	JobHash    [32]byte
	ClassId    [32]byte
	InputRoot  [32]byte
	Phase      uint8
	Round      uint8
	Posted     uint8
	Losers     uint8
	TurnStart  uint64
	OpIndex    uint64
	Lo         uint64
	Hi         uint64
	Remaining  [2]uint64
	Claim      [2][32]byte
	Service    [2][32]byte
	Provider   [2]common.Address
	TraceRoot  [2][32]byte
	OutputRoot [2][32]byte
	Acc        [2][32]byte
	Start      [32]byte
	End        [2][32]byte
	List       [2][32]byte
	Pending    bool
}

// GamesSignedClaim is an auto generated low-level Go binding around an user-defined struct.
type GamesSignedClaim struct {
	Claim   MessagesClaim
	Sig     []byte
	Service [32]byte
}

// InferenceRequestsAnswer is an auto generated low-level Go binding around an user-defined struct.
type InferenceRequestsAnswer struct {
	ClaimHash  [32]byte
	OutputRoot [32]byte
	Provider   common.Address
	Output     []byte
}

// InferenceRequestsRequest is an auto generated low-level Go binding around an user-defined struct.
type InferenceRequestsRequest struct {
	ClassId    [32]byte
	InputRoot  [32]byte
	Requester  common.Address
	Callback   common.Address
	WindowEnds uint64
	Finalized  bool
	Fee        *big.Int
	Cid        []byte
}

// MessagesClaim is an auto generated low-level Go binding around an user-defined struct.
type MessagesClaim struct {
	JobHash    [32]byte
	OutputRoot [32]byte
	TraceRoot  [32]byte
	Provider   common.Address
}

// MessagesJob is an auto generated low-level Go binding around an user-defined struct.
type MessagesJob struct {
	ClassId   [32]byte
	InputRoot [32]byte
	InputCid  []byte
	User      common.Address
	Nonce     uint64
	FeeCap    *big.Int
	Deadline  uint64
}

// RegistryClass is an auto generated low-level Go binding around an user-defined struct.
type RegistryClass struct {
	ModelRoot   [32]byte
	ProgramRoot [32]byte
	ImageRoot   [32]byte
	TraceHeight uint8
	StepsLog2   uint8
}

// RegistryService is an auto generated low-level Go binding around an user-defined struct.
type RegistryService struct {
	Provider      common.Address
	UnbondingEnds uint64
	OpenGames     uint32
	ClassId       [32]byte
	Price         *big.Int
	Stake         *big.Int
	Reserved      *big.Int
	PeerId        []byte
	PeerSig       []byte
}

// EscrowMetaData contains all meta data concerning the Escrow contract.
var EscrowMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"refundDelay_\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"AmountTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"}],\"name\":\"BadSignature\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoRefundRequested\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"owed\",\"type\":\"uint256\"}],\"name\":\"NothingToRedeem\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"refundAt\",\"type\":\"uint64\"}],\"name\":\"RefundAlreadyRequested\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"delay\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maximum\",\"type\":\"uint64\"}],\"name\":\"RefundDelayTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"refundAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"nowTime\",\"type\":\"uint64\"}],\"name\":\"RefundNotReady\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"cumulative\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"redeemed\",\"type\":\"uint256\"}],\"name\":\"VoucherNotNewer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"epoch\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"current\",\"type\":\"uint32\"}],\"name\":\"WrongEpoch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"funds\",\"type\":\"uint256\"}],\"name\":\"Deposited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"epoch\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"cumulative\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"paid\",\"type\":\"uint256\"}],\"name\":\"Redeemed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"refundAt\",\"type\":\"uint64\"}],\"name\":\"RefundRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"epoch\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Refunded\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MAX_REFUND_DELAY\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"}],\"name\":\"channel\",\"outputs\":[{\"components\":[{\"internalType\":\"uint88\",\"name\":\"funds\",\"type\":\"uint88\"},{\"internalType\":\"uint88\",\"name\":\"redeemed\",\"type\":\"uint88\"},{\"internalType\":\"uint48\",\"name\":\"refundAt\",\"type\":\"uint48\"},{\"internalType\":\"uint32\",\"name\":\"epoch\",\"type\":\"uint32\"}],\"internalType\":\"structEscrow.Channel\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"}],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"domainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"epoch\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"cumulative\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"sig\",\"type\":\"bytes\"}],\"name\":\"redeem\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"}],\"name\":\"refund\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"refundDelay\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"}],\"name\":\"requestRefund\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"epoch\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"cumulative\",\"type\":\"uint256\"}],\"name\":\"voucherDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "2f94a71a81b891298d0576b3849a4b1892",
	Bin: "0x60e060405234801561000f575f5ffd5b506040516110ef3803806110ef83398101604081905261002e91610142565b63ffffffff6001600160401b0382161115610075576040516306fd251560e01b81526001600160401b038216600482015263ffffffff602482015260440160405180910390fd5b6001600160401b0381166080524660c05261013930604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f78ea9e63d0dbd8ea2edbf971b6c4baa5c14bcb86e51fedc59e844473b2883f2b918101919091527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201526001600160a01b03821660a08201525f9060c001604051602081830303815290604052805190602001209050919050565b60a0525061016f565b5f60208284031215610152575f5ffd5b81516001600160401b0381168114610168575f5ffd5b9392505050565b60805160a05160c051610f4f6101a05f395f61098f01525f6109b701525f818161015001526102e80152610f4f5ff3fe608060405260043610610093575f3560e01c8063ea03e86c11610066578063f698da251161004c578063f698da25146101ea578063f75c3074146101fe578063fa89401a14610215575f5ffd5b8063ea03e86c146101b8578063f340fa01146101d7575f5ffd5b8063204357ba146100975780632b10eefa146100b85780633e602b4c1461013f578063c2076c421461018b575b5f5ffd5b3480156100a2575f5ffd5b506100b66100b1366004610d86565b610234565b005b3480156100c3575f5ffd5b506100d76100d2366004610d9f565b610396565b60405161013691905f6080820190506affffffffffffffffffffff83511682526affffffffffffffffffffff602084015116602083015265ffffffffffff604084015116604083015263ffffffff606084015116606083015292915050565b60405180910390f35b34801561014a575f5ffd5b506101727f000000000000000000000000000000000000000000000000000000000000000081565b60405167ffffffffffffffff9091168152602001610136565b348015610196575f5ffd5b506101aa6101a5366004610de3565b610438565b604051908152602001610136565b3480156101c3575f5ffd5b506100b66101d2366004610e2b565b6104f7565b6100b66101e5366004610d86565b61085a565b3480156101f5575f5ffd5b506101aa61098c565b348015610209575f5ffd5b5061017263ffffffff81565b348015610220575f5ffd5b506100b661022f366004610d86565b610a7d565b335f908152602081815260408083206001600160a01b038516845290915290208054600160b01b900465ffffffffffff16156102b45780546040517fd91ea4ad000000000000000000000000000000000000000000000000000000008152600160b01b90910465ffffffffffff1660048201526024015b60405180910390fd5b80546affffffffffffffffffffff165f036102e257604051631f2a200560e01b815260040160405180910390fd5b5f61030d7f000000000000000000000000000000000000000000000000000000000000000042610eed565b82547fffffffff000000000000ffffffffffffffffffffffffffffffffffffffffffff16600160b01b65ffffffffffff83160217835560405167ffffffffffffffff821681529091506001600160a01b0384169033907f49b9321c0244f8dc6db4c306572a9251478d5082efe97e52e2d8bb570ad6aca6906020015b60405180910390a3505050565b60408051608080820183525f808352602080840182905283850182905260609384018290526001600160a01b038781168352828252858320908716835281529084902084519283018552546affffffffffffffffffffff80821684526b01000000000000000000000082041691830191909152600160b01b810465ffffffffffff1693820193909352600160e01b90920463ffffffff16908201525b92915050565b5f6104ee61044461098c565b604080517f3994d638f195d4a559697ec9ccc694d825ffffef2bebaa0cd3d7ece3f2b4f18d6020808301919091526001600160a01b03808b16838501528916606083015263ffffffff8816608083015260a08083018890528351808403909101815260c090920190925280519101205b6040517f19010000000000000000000000000000000000000000000000000000000000008152600281019290925260228201526042902090565b95945050505050565b5f61057561050361098c565b604080517f3994d638f195d4a559697ec9ccc694d825ffffef2bebaa0cd3d7ece3f2b4f18d6020808301919091526001600160a01b038b168284015233606083015263ffffffff8a16608083015260a08083018a90528351808403909101815260c090920190925280519101206104b4565b90505f610583828585610bf7565b90506001600160a01b03811615806105ad5750866001600160a01b0316816001600160a01b031614155b156105ef576040517f9a7d38d90000000000000000000000000000000000000000000000000000000081526001600160a01b03881660048201526024016102ab565b6affffffffffffffffffffff85111561061e576040516304041d9560e11b8152600481018690526024016102ab565b6001600160a01b0387165f908152602081815260408083203384529091529020805463ffffffff888116600160e01b90920416146106a35780546040517f6112d25300000000000000000000000000000000000000000000000000000000815263ffffffff808a166004830152600160e01b90920490911660248201526044016102ab565b80546b01000000000000000000000090046affffffffffffffffffffff16808711610704576040517f6d49a67800000000000000000000000000000000000000000000000000000000815260048101889052602481018290526044016102ab565b5f61070f8289610f0d565b83549091506affffffffffffffffffffff165f81900361075e576040517f425b92a9000000000000000000000000000000000000000000000000000000008152600481018390526024016102ab565b5f81831061076c578161076e565b825b905061077a8183610f0d565b85546affffffffffffffffffffff19166affffffffffffffffffffff919091161785556107a78185610f20565b85546affffffffffffffffffffff919091166b010000000000000000000000027fffffffffffffffffffff0000000000000000000000ffffffffffffffffffffff9091161785556040805163ffffffff8d168152602081018c905290810182905233906001600160a01b038e16907fd0122c741d2fa3ebe6c56d2cd09f3938b75bd3d88627329d56082815f5a648409060600160405180910390a361084c3382610cc0565b505050505050505050505050565b6001600160a01b03811661089a576040517fd92e233d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b345f036108ba57604051631f2a200560e01b815260040160405180910390fd5b335f908152602081815260408083206001600160a01b0385168452909152812080549091906108f79034906affffffffffffffffffffff16610f20565b90506affffffffffffffffffffff811115610928576040516304041d9560e11b8152600481018290526024016102ab565b81546affffffffffffffffffffff19166affffffffffffffffffffff821617825560408051348152602081018390526001600160a01b0385169133917ff5681f9d0db1b911ac18ee83d515a1cf1051853a9eae418316a2fdf7dea427c59101610389565b5f7f000000000000000000000000000000000000000000000000000000000000000046036109d957507f000000000000000000000000000000000000000000000000000000000000000090565b50604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f6020808301919091527f78ea9e63d0dbd8ea2edbf971b6c4baa5c14bcb86e51fedc59e844473b2883f2b828401527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608301524660808301523060a0808401919091528351808403909101815260c0909201909252805191012090565b335f908152602081815260408083206001600160a01b0385168452909152812080549091600160b01b90910465ffffffffffff1690819003610aeb576040517fe06844df00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b8067ffffffffffffffff16421015610b43576040517ffe02489e00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff8083166004830152421660248201526044016102ab565b81546affffffffffffffffffffff811690600160e01b900463ffffffff16610b6c816001610f33565b7fffffffff00000000000000000000000000000000000000000000000000000000600160e01b63ffffffff92831602168555604080519183168252602082018490526001600160a01b0387169133917f79446bb3be0afbb29a64523aeee4e3a894e60f592785c1b5e2d91804f575085e910160405180910390a3610bf03383610cc0565b5050505050565b5f60418214610c0757505f610cb9565b8235602084013560408501355f1a7f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0821180610c4957506001601b8260ff1603115b15610c59575f9350505050610cb9565b604080515f81526020810180835289905260ff831691810191909152606081018490526080810183905260019060a0016020604051602081039080840390855afa158015610ca9573d5f5f3e3d5ffd5b5050506020604051035193505050505b9392505050565b805f03610ccb575050565b5f826001600160a01b0316826040515f6040518083038185875af1925050503d805f8114610d14576040519150601f19603f3d011682016040523d82523d5f602084013e610d19565b606091505b5050905080610d66576040517f1c43b9760000000000000000000000000000000000000000000000000000000081526001600160a01b0384166004820152602481018390526044016102ab565b505050565b80356001600160a01b0381168114610d81575f5ffd5b919050565b5f60208284031215610d96575f5ffd5b610cb982610d6b565b5f5f60408385031215610db0575f5ffd5b610db983610d6b565b9150610dc760208401610d6b565b90509250929050565b803563ffffffff81168114610d81575f5ffd5b5f5f5f5f60808587031215610df6575f5ffd5b610dff85610d6b565b9350610e0d60208601610d6b565b9250610e1b60408601610dd0565b9396929550929360600135925050565b5f5f5f5f5f60808688031215610e3f575f5ffd5b610e4886610d6b565b9450610e5660208701610dd0565b935060408601359250606086013567ffffffffffffffff811115610e78575f5ffd5b8601601f81018813610e88575f5ffd5b803567ffffffffffffffff811115610e9e575f5ffd5b886020828401011115610eaf575f5ffd5b959894975092955050506020019190565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b67ffffffffffffffff818116838216019081111561043257610432610ec0565b8181038181111561043257610432610ec0565b8082018082111561043257610432610ec0565b63ffffffff818116838216019081111561043257610432610ec056",
}

// Escrow is an auto generated Go binding around an Ethereum contract.
type Escrow struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Escrow) GetABI() abi.ABI {
	return c.abi
}

// NewEscrow creates a new instance of Escrow.
func NewEscrow() *Escrow {
	parsed, err := EscrowMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Escrow{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Escrow) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(uint64 refundDelay_) returns()
func (escrow *Escrow) PackConstructor(refundDelay_ uint64) []byte {
	enc, err := escrow.abi.Pack("", refundDelay_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackMAXREFUNDDELAY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf75c3074.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_REFUND_DELAY() view returns(uint64)
func (escrow *Escrow) PackMAXREFUNDDELAY() []byte {
	enc, err := escrow.abi.Pack("MAX_REFUND_DELAY")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXREFUNDDELAY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf75c3074.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_REFUND_DELAY() view returns(uint64)
func (escrow *Escrow) TryPackMAXREFUNDDELAY() ([]byte, error) {
	return escrow.abi.Pack("MAX_REFUND_DELAY")
}

// UnpackMAXREFUNDDELAY is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf75c3074.
//
// Solidity: function MAX_REFUND_DELAY() view returns(uint64)
func (escrow *Escrow) UnpackMAXREFUNDDELAY(data []byte) (uint64, error) {
	out, err := escrow.abi.Unpack("MAX_REFUND_DELAY", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackChannel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b10eefa.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function channel(address user, address provider) view returns((uint88,uint88,uint48,uint32))
func (escrow *Escrow) PackChannel(user common.Address, provider common.Address) []byte {
	enc, err := escrow.abi.Pack("channel", user, provider)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChannel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b10eefa.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function channel(address user, address provider) view returns((uint88,uint88,uint48,uint32))
func (escrow *Escrow) TryPackChannel(user common.Address, provider common.Address) ([]byte, error) {
	return escrow.abi.Pack("channel", user, provider)
}

// UnpackChannel is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2b10eefa.
//
// Solidity: function channel(address user, address provider) view returns((uint88,uint88,uint48,uint32))
func (escrow *Escrow) UnpackChannel(data []byte) (EscrowChannel, error) {
	out, err := escrow.abi.Unpack("channel", data)
	if err != nil {
		return *new(EscrowChannel), err
	}
	out0 := *abi.ConvertType(out[0], new(EscrowChannel)).(*EscrowChannel)
	return out0, nil
}

// PackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf340fa01.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deposit(address provider) payable returns()
func (escrow *Escrow) PackDeposit(provider common.Address) []byte {
	enc, err := escrow.abi.Pack("deposit", provider)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf340fa01.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deposit(address provider) payable returns()
func (escrow *Escrow) TryPackDeposit(provider common.Address) ([]byte, error) {
	return escrow.abi.Pack("deposit", provider)
}

// PackDomainSeparator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf698da25.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (escrow *Escrow) PackDomainSeparator() []byte {
	enc, err := escrow.abi.Pack("domainSeparator")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDomainSeparator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf698da25.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (escrow *Escrow) TryPackDomainSeparator() ([]byte, error) {
	return escrow.abi.Pack("domainSeparator")
}

// UnpackDomainSeparator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf698da25.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (escrow *Escrow) UnpackDomainSeparator(data []byte) ([32]byte, error) {
	out, err := escrow.abi.Unpack("domainSeparator", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackRedeem is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xea03e86c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function redeem(address user, uint32 epoch, uint256 cumulative, bytes sig) returns()
func (escrow *Escrow) PackRedeem(user common.Address, epoch uint32, cumulative *big.Int, sig []byte) []byte {
	enc, err := escrow.abi.Pack("redeem", user, epoch, cumulative, sig)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRedeem is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xea03e86c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function redeem(address user, uint32 epoch, uint256 cumulative, bytes sig) returns()
func (escrow *Escrow) TryPackRedeem(user common.Address, epoch uint32, cumulative *big.Int, sig []byte) ([]byte, error) {
	return escrow.abi.Pack("redeem", user, epoch, cumulative, sig)
}

// PackRefund is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfa89401a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function refund(address provider) returns()
func (escrow *Escrow) PackRefund(provider common.Address) []byte {
	enc, err := escrow.abi.Pack("refund", provider)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRefund is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfa89401a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function refund(address provider) returns()
func (escrow *Escrow) TryPackRefund(provider common.Address) ([]byte, error) {
	return escrow.abi.Pack("refund", provider)
}

// PackRefundDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3e602b4c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function refundDelay() view returns(uint64)
func (escrow *Escrow) PackRefundDelay() []byte {
	enc, err := escrow.abi.Pack("refundDelay")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRefundDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3e602b4c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function refundDelay() view returns(uint64)
func (escrow *Escrow) TryPackRefundDelay() ([]byte, error) {
	return escrow.abi.Pack("refundDelay")
}

// UnpackRefundDelay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3e602b4c.
//
// Solidity: function refundDelay() view returns(uint64)
func (escrow *Escrow) UnpackRefundDelay(data []byte) (uint64, error) {
	out, err := escrow.abi.Unpack("refundDelay", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackRequestRefund is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x204357ba.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestRefund(address provider) returns()
func (escrow *Escrow) PackRequestRefund(provider common.Address) []byte {
	enc, err := escrow.abi.Pack("requestRefund", provider)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestRefund is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x204357ba.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestRefund(address provider) returns()
func (escrow *Escrow) TryPackRequestRefund(provider common.Address) ([]byte, error) {
	return escrow.abi.Pack("requestRefund", provider)
}

// PackVoucherDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc2076c42.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function voucherDigest(address user, address provider, uint32 epoch, uint256 cumulative) view returns(bytes32)
func (escrow *Escrow) PackVoucherDigest(user common.Address, provider common.Address, epoch uint32, cumulative *big.Int) []byte {
	enc, err := escrow.abi.Pack("voucherDigest", user, provider, epoch, cumulative)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVoucherDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc2076c42.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function voucherDigest(address user, address provider, uint32 epoch, uint256 cumulative) view returns(bytes32)
func (escrow *Escrow) TryPackVoucherDigest(user common.Address, provider common.Address, epoch uint32, cumulative *big.Int) ([]byte, error) {
	return escrow.abi.Pack("voucherDigest", user, provider, epoch, cumulative)
}

// UnpackVoucherDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc2076c42.
//
// Solidity: function voucherDigest(address user, address provider, uint32 epoch, uint256 cumulative) view returns(bytes32)
func (escrow *Escrow) UnpackVoucherDigest(data []byte) ([32]byte, error) {
	out, err := escrow.abi.Unpack("voucherDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// EscrowDeposited represents a Deposited event raised by the Escrow contract.
type EscrowDeposited struct {
	User     common.Address
	Provider common.Address
	Amount   *big.Int
	Funds    *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const EscrowDepositedEventName = "Deposited"

// ContractEventName returns the user-defined event name.
func (EscrowDeposited) ContractEventName() string {
	return EscrowDepositedEventName
}

// UnpackDepositedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Deposited(address indexed user, address indexed provider, uint256 amount, uint256 funds)
func (escrow *Escrow) UnpackDepositedEvent(log *types.Log) (*EscrowDeposited, error) {
	event := "Deposited"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != escrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EscrowDeposited)
	if len(log.Data) > 0 {
		if err := escrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range escrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// EscrowRedeemed represents a Redeemed event raised by the Escrow contract.
type EscrowRedeemed struct {
	User       common.Address
	Provider   common.Address
	Epoch      uint32
	Cumulative *big.Int
	Paid       *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const EscrowRedeemedEventName = "Redeemed"

// ContractEventName returns the user-defined event name.
func (EscrowRedeemed) ContractEventName() string {
	return EscrowRedeemedEventName
}

// UnpackRedeemedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Redeemed(address indexed user, address indexed provider, uint32 epoch, uint256 cumulative, uint256 paid)
func (escrow *Escrow) UnpackRedeemedEvent(log *types.Log) (*EscrowRedeemed, error) {
	event := "Redeemed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != escrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EscrowRedeemed)
	if len(log.Data) > 0 {
		if err := escrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range escrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// EscrowRefundRequested represents a RefundRequested event raised by the Escrow contract.
type EscrowRefundRequested struct {
	User     common.Address
	Provider common.Address
	RefundAt uint64
	Raw      *types.Log // Blockchain specific contextual infos
}

const EscrowRefundRequestedEventName = "RefundRequested"

// ContractEventName returns the user-defined event name.
func (EscrowRefundRequested) ContractEventName() string {
	return EscrowRefundRequestedEventName
}

// UnpackRefundRequestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RefundRequested(address indexed user, address indexed provider, uint64 refundAt)
func (escrow *Escrow) UnpackRefundRequestedEvent(log *types.Log) (*EscrowRefundRequested, error) {
	event := "RefundRequested"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != escrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EscrowRefundRequested)
	if len(log.Data) > 0 {
		if err := escrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range escrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// EscrowRefunded represents a Refunded event raised by the Escrow contract.
type EscrowRefunded struct {
	User     common.Address
	Provider common.Address
	Epoch    uint32
	Amount   *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const EscrowRefundedEventName = "Refunded"

// ContractEventName returns the user-defined event name.
func (EscrowRefunded) ContractEventName() string {
	return EscrowRefundedEventName
}

// UnpackRefundedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Refunded(address indexed user, address indexed provider, uint32 epoch, uint256 amount)
func (escrow *Escrow) UnpackRefundedEvent(log *types.Log) (*EscrowRefunded, error) {
	event := "Refunded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != escrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EscrowRefunded)
	if len(log.Data) > 0 {
		if err := escrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range escrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (escrow *Escrow) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], escrow.abi.Errors["AmountTooLarge"].ID.Bytes()[:4]) {
		return escrow.UnpackAmountTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], escrow.abi.Errors["BadSignature"].ID.Bytes()[:4]) {
		return escrow.UnpackBadSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], escrow.abi.Errors["NoRefundRequested"].ID.Bytes()[:4]) {
		return escrow.UnpackNoRefundRequestedError(raw[4:])
	}
	if bytes.Equal(raw[:4], escrow.abi.Errors["NothingToRedeem"].ID.Bytes()[:4]) {
		return escrow.UnpackNothingToRedeemError(raw[4:])
	}
	if bytes.Equal(raw[:4], escrow.abi.Errors["RefundAlreadyRequested"].ID.Bytes()[:4]) {
		return escrow.UnpackRefundAlreadyRequestedError(raw[4:])
	}
	if bytes.Equal(raw[:4], escrow.abi.Errors["RefundDelayTooLong"].ID.Bytes()[:4]) {
		return escrow.UnpackRefundDelayTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], escrow.abi.Errors["RefundNotReady"].ID.Bytes()[:4]) {
		return escrow.UnpackRefundNotReadyError(raw[4:])
	}
	if bytes.Equal(raw[:4], escrow.abi.Errors["TransferFailed"].ID.Bytes()[:4]) {
		return escrow.UnpackTransferFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], escrow.abi.Errors["VoucherNotNewer"].ID.Bytes()[:4]) {
		return escrow.UnpackVoucherNotNewerError(raw[4:])
	}
	if bytes.Equal(raw[:4], escrow.abi.Errors["WrongEpoch"].ID.Bytes()[:4]) {
		return escrow.UnpackWrongEpochError(raw[4:])
	}
	if bytes.Equal(raw[:4], escrow.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return escrow.UnpackZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], escrow.abi.Errors["ZeroAmount"].ID.Bytes()[:4]) {
		return escrow.UnpackZeroAmountError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// EscrowAmountTooLarge represents a AmountTooLarge error raised by the Escrow contract.
type EscrowAmountTooLarge struct {
	Amount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AmountTooLarge(uint256 amount)
func EscrowAmountTooLargeErrorID() common.Hash {
	return common.HexToHash("0x08083b2a16b607736bde3b2f81a2e47b6cddd068539243b1d8b47462dd533e58")
}

// UnpackAmountTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AmountTooLarge(uint256 amount)
func (escrow *Escrow) UnpackAmountTooLargeError(raw []byte) (*EscrowAmountTooLarge, error) {
	out := new(EscrowAmountTooLarge)
	if err := escrow.abi.UnpackIntoInterface(out, "AmountTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EscrowBadSignature represents a BadSignature error raised by the Escrow contract.
type EscrowBadSignature struct {
	User common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadSignature(address user)
func EscrowBadSignatureErrorID() common.Hash {
	return common.HexToHash("0x9a7d38d94d3da0d5188ab778bbe9a3a38c77802b1bf2426c15740dc786da791d")
}

// UnpackBadSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadSignature(address user)
func (escrow *Escrow) UnpackBadSignatureError(raw []byte) (*EscrowBadSignature, error) {
	out := new(EscrowBadSignature)
	if err := escrow.abi.UnpackIntoInterface(out, "BadSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EscrowNoRefundRequested represents a NoRefundRequested error raised by the Escrow contract.
type EscrowNoRefundRequested struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoRefundRequested()
func EscrowNoRefundRequestedErrorID() common.Hash {
	return common.HexToHash("0xe06844dfa0cf925e347c6ed2862c92b884672bd622d8a47132785994563ee65f")
}

// UnpackNoRefundRequestedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoRefundRequested()
func (escrow *Escrow) UnpackNoRefundRequestedError(raw []byte) (*EscrowNoRefundRequested, error) {
	out := new(EscrowNoRefundRequested)
	if err := escrow.abi.UnpackIntoInterface(out, "NoRefundRequested", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EscrowNothingToRedeem represents a NothingToRedeem error raised by the Escrow contract.
type EscrowNothingToRedeem struct {
	Owed *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToRedeem(uint256 owed)
func EscrowNothingToRedeemErrorID() common.Hash {
	return common.HexToHash("0x425b92a9dedcc1e322b8fbaa7d5946479a0b1f37ec9c763b4375e6855c6cb141")
}

// UnpackNothingToRedeemError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToRedeem(uint256 owed)
func (escrow *Escrow) UnpackNothingToRedeemError(raw []byte) (*EscrowNothingToRedeem, error) {
	out := new(EscrowNothingToRedeem)
	if err := escrow.abi.UnpackIntoInterface(out, "NothingToRedeem", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EscrowRefundAlreadyRequested represents a RefundAlreadyRequested error raised by the Escrow contract.
type EscrowRefundAlreadyRequested struct {
	RefundAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RefundAlreadyRequested(uint64 refundAt)
func EscrowRefundAlreadyRequestedErrorID() common.Hash {
	return common.HexToHash("0xd91ea4ad52b21b1672e588fa26fd3e9398d369ac32a7b68924e35560bb8ef5ee")
}

// UnpackRefundAlreadyRequestedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RefundAlreadyRequested(uint64 refundAt)
func (escrow *Escrow) UnpackRefundAlreadyRequestedError(raw []byte) (*EscrowRefundAlreadyRequested, error) {
	out := new(EscrowRefundAlreadyRequested)
	if err := escrow.abi.UnpackIntoInterface(out, "RefundAlreadyRequested", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EscrowRefundDelayTooLong represents a RefundDelayTooLong error raised by the Escrow contract.
type EscrowRefundDelayTooLong struct {
	Delay   uint64
	Maximum uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RefundDelayTooLong(uint64 delay, uint64 maximum)
func EscrowRefundDelayTooLongErrorID() common.Hash {
	return common.HexToHash("0x06fd251513b40f3a22effcd8561ffaa7463a98b6ca64d55e2be312e46752ea62")
}

// UnpackRefundDelayTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RefundDelayTooLong(uint64 delay, uint64 maximum)
func (escrow *Escrow) UnpackRefundDelayTooLongError(raw []byte) (*EscrowRefundDelayTooLong, error) {
	out := new(EscrowRefundDelayTooLong)
	if err := escrow.abi.UnpackIntoInterface(out, "RefundDelayTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EscrowRefundNotReady represents a RefundNotReady error raised by the Escrow contract.
type EscrowRefundNotReady struct {
	RefundAt uint64
	NowTime  uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RefundNotReady(uint64 refundAt, uint64 nowTime)
func EscrowRefundNotReadyErrorID() common.Hash {
	return common.HexToHash("0xfe02489edb3260e4afe82f45ba75d4d9d7e92db1c629c780d825235689bb9059")
}

// UnpackRefundNotReadyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RefundNotReady(uint64 refundAt, uint64 nowTime)
func (escrow *Escrow) UnpackRefundNotReadyError(raw []byte) (*EscrowRefundNotReady, error) {
	out := new(EscrowRefundNotReady)
	if err := escrow.abi.UnpackIntoInterface(out, "RefundNotReady", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EscrowTransferFailed represents a TransferFailed error raised by the Escrow contract.
type EscrowTransferFailed struct {
	To     common.Address
	Amount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TransferFailed(address to, uint256 amount)
func EscrowTransferFailedErrorID() common.Hash {
	return common.HexToHash("0x1c43b9761b3fba5321ca8212bfc231945f668ccc0c446f333999eea9ce8fda81")
}

// UnpackTransferFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TransferFailed(address to, uint256 amount)
func (escrow *Escrow) UnpackTransferFailedError(raw []byte) (*EscrowTransferFailed, error) {
	out := new(EscrowTransferFailed)
	if err := escrow.abi.UnpackIntoInterface(out, "TransferFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EscrowVoucherNotNewer represents a VoucherNotNewer error raised by the Escrow contract.
type EscrowVoucherNotNewer struct {
	Cumulative *big.Int
	Redeemed   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error VoucherNotNewer(uint256 cumulative, uint256 redeemed)
func EscrowVoucherNotNewerErrorID() common.Hash {
	return common.HexToHash("0x6d49a6783935025594d46188b3f87957199f6434123cbdcf1e8081d326f27176")
}

// UnpackVoucherNotNewerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error VoucherNotNewer(uint256 cumulative, uint256 redeemed)
func (escrow *Escrow) UnpackVoucherNotNewerError(raw []byte) (*EscrowVoucherNotNewer, error) {
	out := new(EscrowVoucherNotNewer)
	if err := escrow.abi.UnpackIntoInterface(out, "VoucherNotNewer", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EscrowWrongEpoch represents a WrongEpoch error raised by the Escrow contract.
type EscrowWrongEpoch struct {
	Epoch   uint32
	Current uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongEpoch(uint32 epoch, uint32 current)
func EscrowWrongEpochErrorID() common.Hash {
	return common.HexToHash("0x6112d2538b1799486a209770faf93444b9236ffa01c9143ca10ac4712d756b97")
}

// UnpackWrongEpochError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongEpoch(uint32 epoch, uint32 current)
func (escrow *Escrow) UnpackWrongEpochError(raw []byte) (*EscrowWrongEpoch, error) {
	out := new(EscrowWrongEpoch)
	if err := escrow.abi.UnpackIntoInterface(out, "WrongEpoch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EscrowZeroAddress represents a ZeroAddress error raised by the Escrow contract.
type EscrowZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func EscrowZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (escrow *Escrow) UnpackZeroAddressError(raw []byte) (*EscrowZeroAddress, error) {
	out := new(EscrowZeroAddress)
	if err := escrow.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EscrowZeroAmount represents a ZeroAmount error raised by the Escrow contract.
type EscrowZeroAmount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAmount()
func EscrowZeroAmountErrorID() common.Hash {
	return common.HexToHash("0x1f2a2005cb66a8e145327e8814e243a0996aec9bfe1e15a495778b1236dbd485")
}

// UnpackZeroAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAmount()
func (escrow *Escrow) UnpackZeroAmountError(raw []byte) (*EscrowZeroAmount, error) {
	out := new(EscrowZeroAmount)
	if err := escrow.abi.UnpackIntoInterface(out, "ZeroAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GamesMetaData contains all meta data concerning the Games contract.
var GamesMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractRegistry\",\"name\":\"registry_\",\"type\":\"address\"},{\"internalType\":\"contractIStep\",\"name\":\"step_\",\"type\":\"address\"},{\"internalType\":\"contractILocalOracle\",\"name\":\"oracle_\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"disputeWindow_\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxJobLifetime\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"clock_\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"bond_\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"arity_\",\"type\":\"uint8\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"side\",\"type\":\"uint8\"}],\"name\":\"AlreadyPosted\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadConfig\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"what\",\"type\":\"string\"}],\"name\":\"BadFinalState\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"BadList\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"pre\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"agreed\",\"type\":\"bytes32\"}],\"name\":\"BadPreState\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"what\",\"type\":\"string\"}],\"name\":\"BadProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"side\",\"type\":\"uint8\"}],\"name\":\"BadSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"claim\",\"type\":\"bytes32\"}],\"name\":\"ClaimAlreadyDefeated\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"side\",\"type\":\"uint8\"}],\"name\":\"ClockExpired\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoDivergence\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoTimeout\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotContradiction\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotParty\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"side\",\"type\":\"uint8\"}],\"name\":\"NotStaked\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"PairAlreadyInGame\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"nowTime\",\"type\":\"uint64\"}],\"name\":\"PastDisputeWindow\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SameOutput\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SameProvider\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"unbonding\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"needed\",\"type\":\"uint64\"}],\"name\":\"UnbondingTooShort\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"side\",\"type\":\"uint8\"}],\"name\":\"WrongJob\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumGames.Phase\",\"name\":\"phase\",\"type\":\"uint8\"}],\"name\":\"WrongPhase\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"claim\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"ClaimDefeated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"op\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"prevAcc\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"acc0\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"acc1\",\"type\":\"bytes32\"}],\"name\":\"DivergenceProven\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"side\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"stateHash\",\"type\":\"bytes32\"}],\"name\":\"FinalStateCommitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"claim0\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"claim1\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"provider0\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"provider1\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"arity\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"clock\",\"type\":\"uint64\"}],\"name\":\"GameOpened\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"round\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"side\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"bytes32[]\",\"name\":\"hashes\",\"type\":\"bytes32[]\"}],\"name\":\"Posted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"losers\",\"type\":\"uint8\"}],\"name\":\"Resolved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"round\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"lo\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"hi\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"end0\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"end1\",\"type\":\"bytes32\"}],\"name\":\"SegmentChosen\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"side\",\"type\":\"uint8\"}],\"name\":\"SelfContradiction\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"atStep\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"post\",\"type\":\"bytes32\"}],\"name\":\"StepExecuted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"losers\",\"type\":\"uint8\"}],\"name\":\"TimedOut\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"OUTPUT_ADDR\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"arity\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"bond\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"clock\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"clocks\",\"outputs\":[{\"internalType\":\"uint64[2]\",\"name\":\"left\",\"type\":\"uint64[2]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"defeated\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"disputeWindow\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"game\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"jobHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"classId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"inputRoot\",\"type\":\"bytes32\"},{\"internalType\":\"enumGames.Phase\",\"name\":\"phase\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"round\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"posted\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"losers\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"turnStart\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"opIndex\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"lo\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"hi\",\"type\":\"uint64\"},{\"internalType\":\"uint64[2]\",\"name\":\"remaining\",\"type\":\"uint64[2]\"},{\"internalType\":\"bytes32[2]\",\"name\":\"claim\",\"type\":\"bytes32[2]\"},{\"internalType\":\"bytes32[2]\",\"name\":\"service\",\"type\":\"bytes32[2]\"},{\"internalType\":\"address[2]\",\"name\":\"provider\",\"type\":\"address[2]\"},{\"internalType\":\"bytes32[2]\",\"name\":\"traceRoot\",\"type\":\"bytes32[2]\"},{\"internalType\":\"bytes32[2]\",\"name\":\"outputRoot\",\"type\":\"bytes32[2]\"},{\"internalType\":\"bytes32[2]\",\"name\":\"acc\",\"type\":\"bytes32[2]\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[2]\",\"name\":\"end\",\"type\":\"bytes32[2]\"},{\"internalType\":\"bytes32[2]\",\"name\":\"list\",\"type\":\"bytes32[2]\"},{\"internalType\":\"bool\",\"name\":\"pending\",\"type\":\"bool\"}],\"internalType\":\"structGames.Game\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"claimA\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"claimB\",\"type\":\"bytes32\"}],\"name\":\"gameId\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"classId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"inputRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"inputCid\",\"type\":\"bytes\"},{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"feeCap\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"internalType\":\"structMessages.Job\",\"name\":\"job\",\"type\":\"tuple\"},{\"components\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"jobHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"outputRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"traceRoot\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"}],\"internalType\":\"structMessages.Claim\",\"name\":\"claim\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"sig\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"service\",\"type\":\"bytes32\"}],\"internalType\":\"structGames.SignedClaim\",\"name\":\"a\",\"type\":\"tuple\"},{\"components\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"jobHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"outputRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"traceRoot\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"}],\"internalType\":\"structMessages.Claim\",\"name\":\"claim\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"sig\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"service\",\"type\":\"bytes32\"}],\"internalType\":\"structGames.SignedClaim\",\"name\":\"b\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"op\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"prevAcc\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"prevProof0\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"prevProof1\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32\",\"name\":\"acc0\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof0\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32\",\"name\":\"acc1\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof1\",\"type\":\"bytes32[]\"}],\"internalType\":\"structGames.Divergence\",\"name\":\"d\",\"type\":\"tuple\"}],\"name\":\"open\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"classId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"inputRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"inputCid\",\"type\":\"bytes\"},{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"feeCap\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"internalType\":\"structMessages.Job\",\"name\":\"job\",\"type\":\"tuple\"},{\"components\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"jobHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"outputRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"traceRoot\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"}],\"internalType\":\"structMessages.Claim\",\"name\":\"claim\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"sig\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"service\",\"type\":\"bytes32\"}],\"internalType\":\"structGames.SignedClaim\",\"name\":\"a\",\"type\":\"tuple\"},{\"components\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"jobHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"outputRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"traceRoot\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"}],\"internalType\":\"structMessages.Claim\",\"name\":\"claim\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"sig\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"service\",\"type\":\"bytes32\"}],\"internalType\":\"structGames.SignedClaim\",\"name\":\"b\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"side\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"accC\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"accProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint64\",\"name\":\"j\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"entry\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"entryProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"nextProof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structGames.Contradiction\",\"name\":\"c\",\"type\":\"tuple\"}],\"name\":\"openContradicted\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"openGamesOf\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"oracle\",\"outputs\":[{\"internalType\":\"contractILocalOracle\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"pieces\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"finalState\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"outProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"hashes\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"prev0\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"prev1\",\"type\":\"bytes32[]\"}],\"name\":\"post\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"side\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"accC\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"accProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint64\",\"name\":\"j\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"entry\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"entryProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"nextProof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structGames.Contradiction\",\"name\":\"c\",\"type\":\"tuple\"}],\"name\":\"proveContradiction\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"contractRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"step\",\"outputs\":[{\"internalType\":\"contractIStep\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"prev0\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"prev1\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes\",\"name\":\"witness\",\"type\":\"bytes\"}],\"name\":\"stepAt\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"timeout\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "3152e58471f79908823d1eb422915485eb",
	Bin: "0x610180604052348015610010575f5ffd5b506040516149c23803806149c283398101604081905261002f91610371565b6001600160401b038516158061004c57506001600160401b038316155b80610055575081155b80610063575060028160ff16105b80610071575060408160ff16115b8061008b5750610082600182610422565b811660ff165f14155b806100f45750876001600160a01b031663375b3c0a6040518163ffffffff1660e01b8152600401602060405180830381865afa1580156100cd573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906100f19190610441565b82115b15610112576040516301f30c8760e21b815260040160405180910390fd5b5f61011e846002610458565b6101288787610481565b6101329190610481565b9050806001600160401b0316896001600160a01b031663db7dd35a6040518163ffffffff1660e01b8152600401602060405180830381865afa15801561017a573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061019e91906104a0565b6001600160401b0316101561023e57886001600160a01b031663db7dd35a6040518163ffffffff1660e01b8152600401602060405180830381865afa1580156101e9573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061020d91906104a0565b6040516305a77a5f60e31b81526001600160401b039182166004820152908216602482015260440160405180910390fd5b6001600160a01b03808a1660805288811660a052871660c0526001600160401b0380871660e05284166101005261012083905260ff82166101405261032c89604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f78ea9e63d0dbd8ea2edbf971b6c4baa5c14bcb86e51fedc59e844473b2883f2b918101919091527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201526001600160a01b03821660a08201525f9060c001604051602081830303815290604052805190602001209050919050565b61016052506104c0975050505050505050565b6001600160a01b0381168114610353575f5ffd5b50565b80516001600160401b038116811461036c575f5ffd5b919050565b5f5f5f5f5f5f5f5f610100898b031215610389575f5ffd5b88516103948161033f565b60208a01519098506103a58161033f565b60408a01519097506103b68161033f565b95506103c460608a01610356565b94506103d260808a01610356565b93506103e060a08a01610356565b60c08a015160e08b0151919450925060ff811681146103fd575f5ffd5b809150509295985092959890939650565b634e487b7160e01b5f52601160045260245ffd5b60ff828116828216039081111561043b5761043b61040e565b92915050565b5f60208284031215610451575f5ffd5b5051919050565b6001600160401b03818116838216029081169081811461047a5761047a61040e565b5092915050565b6001600160401b03818116838216019081111561043b5761043b61040e565b5f602082840312156104b0575f5ffd5b6104b982610356565b9392505050565b60805160a05160c05160e051610100516101205161014051610160516143ff6105c35f395f818161149901526130dc01525f81816103ea0152818161143d0152818161146701526119d601525f8181610251015281816117c90152818161186501528181612314015261252601525f8181610324015281816117390152611a0501525f8181610192015261150f01525f81816102dd01528181612b5d01528181612c8901528181612d2001528181612de40152612ea001525f81816103900152610c3601525f818161029e0152818161088a015281816117ef0152818161188b01528181612297015281816124a90152818161267601526131b601526143ff5ff3fe608060405234801561000f575f5ffd5b5060043610610163575f3560e01c80637b103999116100c7578063d64d09b21161007d578063f069843511610063578063f0698435146103b2578063f43fbd30146103d2578063f899cc27146103e5575f5ffd5b8063d64d09b214610378578063e25fe1751461038b575f5ffd5b80638c1cdb4a116100ad5780638c1cdb4a146102ff57806391ddadf41461031f578063bf570c1914610346575f5ffd5b80637b103999146102995780637dc0d1d0146102d8575f5ffd5b80634de96dde1161011c57806364c9ec6f1161010257806364c9ec6f1461024c5780637643248714610273578063795ea18e14610286575f5ffd5b80634de96dde1461021457806357c530e514610227575f5ffd5b8063258a105f1161014c578063258a105f146101cc57806326c947b0146101df57806337365223146101f4575f5ffd5b80630ac74d5414610167578063117f5f921461018d575b5f5ffd5b61017a61017536600461363f565b61041e565b6040519081526020015b60405180910390f35b6101b47f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160401b039091168152602001610184565b61017a6101da366004613676565b610496565b6101f26101ed3660046137af565b6104ae565b005b6101ff633000000081565b60405163ffffffff9091168152602001610184565b6101f26102223660046138b3565b6107ee565b6101ff61023536600461363f565b60026020525f908152604090205463ffffffff1681565b61017a7f000000000000000000000000000000000000000000000000000000000000000081565b6101f26102813660046138f6565b610bc8565b6101f261029436600461363f565b610d8e565b6102c07f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610184565b6102c07f000000000000000000000000000000000000000000000000000000000000000081565b61031261030d36600461363f565b610f0d565b6040516101849190613a47565b6101b47f000000000000000000000000000000000000000000000000000000000000000081565b61036861035436600461363f565b60016020525f908152604090205460ff1681565b6040519015158152602001610184565b61017a610386366004613c0b565b611250565b6102c07f000000000000000000000000000000000000000000000000000000000000000081565b6103c56103c036600461363f565b611268565b6040516101849190613cc5565b61017a6103e0366004613cfe565b6113f2565b61040c7f000000000000000000000000000000000000000000000000000000000000000081565b60405160ff9091168152602001610184565b5f818152602081905260408120600381015460048201548391610454916001600160401b03600160a01b90920482169116613d32565b60178301546001600160401b0391909116915060ff1615610485576104788161143a565b6104829082613d51565b90505b61048e8161143a565b949350505050565b5f6104a2858585611492565b905061048e81836107ee565b5f8b8152602081905260409020600160038083015460ff16908111156104d6576104d661399b565b146105065760038101546040516396fe8cdd60e01b81526104fd9160ff1690600401613d70565b60405180910390fd5b601781015460ff161561052157610521818d87878787611a40565b5f61052c8233611e01565b6003830154909150620100009004600160ff8084169190911b919091161615610586576040517f4e0b042e00000000000000000000000000000000000000000000000000000000815260ff821660048201526024016104fd565b6105908282611e7f565b6003820154610100900460ff165f036105b2576105b2828e838f8f8f8f611f8f565b600382015460048301545f916105ed916105df916001600160401b03600160a01b90910481169116613d32565b6001600160401b031661143a565b90506105fa600182613d7e565b8814610647578761060c600183613d7e565b6040517fd828befe000000000000000000000000000000000000000000000000000000008152600481019290925260248201526044016104fd565b60038301546040518f917fb1e1c07238b5ca0e986477810b026d5a9d0d682ad2a19aecfb1f60be1ba78fb89161068b91610100900460ff169086908e908e90613d91565b60405180910390a288886040516020016106a6929190613df5565b60405160208183030381529060405280519060200120836015018360ff16600281106106d4576106d4613e35565b01556003838101805462ff0000198116620100009182900460ff90811660018883161b8216178302919091179283905591041614610714575050506107e1565b60038301805462ff0000191680825560178501805460ff1916600190811790915561010090910460ff16919061074983613e49565b825460ff9182166101009390930a9283029190920219909116179055506003830180546001600160401b03428116640100000000026bffffffffffffffff00000000199092169190911791829055600485015483926107b392600160a01b90910481169116613d32565b6001600160401b03166107c69190613d51565b6001036107dd5760038301805460ff191660021790555b5050505b5050505050505050505050565b5f82815260208190526040902060038082015460ff16818111156108145761081461399b565b0361083b5760038101546040516396fe8cdd60e01b81526104fd9160ff1690600401613d70565b600161084a6020840184613e78565b60ff16111561086c5760405163a32d41e160e01b815260040160405180910390fd5b600181015460405163217cf12b60e01b81525f916001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169163217cf12b916108c19160040190815260200190565b60a060405180830381865afa1580156108dc573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906109009190613ecf565b6060015160ff1690505f610917600180841b613d7e565b90506001600160401b0381166109336080860160608701613f66565b6001600160401b0316111561095b5760405163a32d41e160e01b815260040160405180910390fd5b6109a6600c840161096f6020870187613e78565b60ff166002811061098257610982613e35565b01546001600160401b03831660208701356109a06040890189613f7f565b876121eb565b6109f3576040516309616ecd60e31b815260206004820152600360248201527f415f43000000000000000000000000000000000000000000000000000000000060448201526064016104fd565b610a266020850135610a0b6080870160608801613f66565b6001600160401b031660808701356109a060a0890189613f7f565b610a73576040516309616ecd60e31b815260206004820152600760248201527f656e747279206a0000000000000000000000000000000000000000000000000060448201526064016104fd565b5f60808501358103610aa057610a8f6080860160608701613f66565b6001600160401b0316159050610b3d565b600e8401610ab16020870187613e78565b60ff1660028110610ac457610ac4613e35565b0154856080013514610b3d576001600160401b038216610aea6080870160608801613f66565b6001600160401b03161480610b3a5750610b3a6020860135610b126080880160608901613f66565b610b1d906001613fc4565b6001600160401b03165f610b3460c08a018a613f7f565b886121eb565b90505b80610b5b5760405163a32d41e160e01b815260040160405180910390fd5b857f29a26390590437c0312b2f69babf56f352b839d467f9df0203526a05e48d1375610b8a6020880188613e78565b60405160ff909116815260200160405180910390a2610bc08487610bb16020890189613e78565b60ff16600160ff16901b612269565b505050505050565b5f878152602081905260409020600260038083015460ff1690811115610bf057610bf061399b565b14610c175760038101546040516396fe8cdd60e01b81526104fd9160ff1690600401613d70565b601781015460ff1615610c3257610c32818989898989611a40565b5f5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663a775a1c086868d6040518463ffffffff1660e01b8152600401610c8493929190613fe3565b6040805180830381865afa158015610c9e573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610cc2919061401a565b9150915082601201548214610d135760128301546040517fbfe684a30000000000000000000000000000000000000000000000000000000081526104fd918491600401918252602082015260400190565b600383015460408051600160a01b9092046001600160401b03168252602082018390528b917f47b2202f61b27b18c4d4ebe0970d4e3e3d1256f28209e41623fcc4717ca4d087910160405180910390a260138301545f908214610d74576001175b60148401548214610d83576002175b6107e1848c83612269565b5f8181526020819052604081206003810154909160ff90911690816003811115610dba57610dba61399b565b1480610dd757506003816003811115610dd557610dd561399b565b145b15610df757806040516396fe8cdd60e01b81526004016104fd9190613d70565b5f805b60028160ff161015610e8757610e1084826125e5565b8015610e6d5750836005018160ff1660028110610e2f57610e2f613e35565b600481049190910154600386810154610e6a93919091166008026101000a9091046001600160401b039081169164010000000090041661403c565b42115b15610e7f57600160ff82161b91909117905b600101610dfa565b508060ff165f03610ec4576040517fdcd41f5400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60405160ff8216815284907fd6b80ee186736d5c8b40304ca71163e7c3bd21a6da111b036f9d91be3529b8239060200160405180910390a2610f07838583612269565b50505050565b610f15613539565b5f5f8381526020019081526020015f20604051806102c00160405290815f82015481526020016001820154815260200160028201548152602001600382015f9054906101000a900460ff166003811115610f7157610f7161399b565b6003811115610f8257610f8261399b565b8152600382015460ff6101008083048216602085015262010000830482166040808601919091526301000000840490921660608501526001600160401b036401000000008404811660808601526c010000000000000000000000008404811660a0860152600160a01b909304831660c0850152600485015490921660e084015280518082019182905291909201916005840190600290825f855b82829054906101000a90046001600160401b03166001600160401b03168152602001906008019060208260070104928301926001038202915080841161101c57505050928452505060408051808201918290526020909301929150600684019060029082845b815481526020019060010190808311611082575050509183525050604080518082019182905260209092019190600884019060029082845b8154815260200190600101908083116110ba575050509183525050604080518082019182905260209092019190600a84019060029082845b81546001600160a01b031681526001909101906020018083116110f2575050509183525050604080518082019182905260209092019190600c84019060029082845b815481526020019060010190808311611134575050509183525050604080518082019182905260209092019190600e84019060029082845b81548152602001906001019080831161116c575050509183525050604080518082019182905260209092019190601084019060029082845b8154815260200190600101908083116111a4575050509183525050601282015460208201526040805180820182529101906013830160028282826020028201915b8154815260200190600101908083116111e5575050509183525050604080518082019182905260209092019190601584019060029082845b81548152602001906001019080831161121d5750505091835250506017919091015460ff16151560209091015292915050565b5f61125c858585611492565b905061048e818361264b565b611270613621565b5f828152602081905260408120905b60028160ff1610156113eb57816005018160ff16600281106112a3576112a3613e35565b600491828204019190066008029054906101000a90046001600160401b0316838260ff16600281106112d7576112d7613e35565b6001600160401b03929092166020909202015260038281015460ff16818111156113035761130361399b565b1415801561132957505f60038084015460ff16908111156113265761132661399b565b14155b801561133a575061133a82826125e5565b156113e35760038201545f906113619064010000000090046001600160401b031642613d7e565b9050838260ff166002811061137857611378613e35565b60200201516001600160401b03168110156113b75780848360ff16600281106113a3576113a3613e35565b60200201516113b29190613d32565b6113b9565b5f5b848360ff16600281106113ce576113ce613e35565b6001600160401b039092166020929092020152505b60010161127f565b5050919050565b5f5f5f838510611403578385611406565b84845b6040805160208082019490945280820192909252805180830382018152606090920190528051910120925050505b92915050565b5f7f000000000000000000000000000000000000000000000000000000000000000060ff16821061148e577f000000000000000000000000000000000000000000000000000000000000000060ff16611434565b5090565b5f806115037f00000000000000000000000000000000000000000000000000000000000000006114c96114c4886140ee565b612fce565b6040517f19010000000000000000000000000000000000000000000000000000000000008152600281019290925260228201526042902090565b90506001600160401b037f00000000000000000000000000000000000000000000000000000000000000001661153f60e0870160c08801613f66565b6001600160401b0316611552919061403c565b4211156115b05761156960e0860160c08701613f66565b6040517f4b526c150000000000000000000000000000000000000000000000000000000081526001600160401b0391821660048201524290911660248201526044016104fd565b5f6115be8287358784613096565b90505f6115cf838835876001613096565b90506020808601359087013503611612576040517fce47e08500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6116226080860160608701614181565b6001600160a01b031661163b6080880160608901614181565b6001600160a01b03160361167b576040517fb6a49ad800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b61168582826113f2565b5f81815260208190526040812091955060038083015460ff16908111156116ae576116ae61399b565b146116e8576040517fff59db3f000000000000000000000000000000000000000000000000000000008152600481018690526024016104fd565b8381558735600182015560208089013560028301556003820180546001600160401b03428116640100000000026bffffffffffffffff000000001990921691909117909155604080518082019091527f0000000000000000000000000000000000000000000000000000000000000000909116808252918101919091526005820190611774908261419a565b508282106117948282611787575f61178a565b60015b60ff16868b61330a565b6117b082826117a45760016117a6565b5f5b60ff16858a61330a565b60405163e7168ef160e01b815260a089013560048201527f000000000000000000000000000000000000000000000000000000000000000060248201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063e7168ef1906044015f604051808303815f87803b158015611838575f5ffd5b505af115801561184a573d5f5f3e3d5ffd5b505060405163e7168ef160e01b815260a08a013560048201527f000000000000000000000000000000000000000000000000000000000000000060248201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316925063e7168ef191506044015f604051808303815f87803b1580156118d6575f5ffd5b505af11580156118e8573d5f5f3e3d5ffd5b5050505f858152600260205260408120805463ffffffff1692509061190c836141de565b82546101009290920a63ffffffff8181021990931691831602179091555f85815260026020526040812080549092169250611946836141de565b91906101000a81548163ffffffff021916908363ffffffff1602179055505084867ffbc226d3de6c1f8c7b7c5d99f6fc3c5dd5cbb8b899064a321b29b47edfd78bc9846006015f6002811061199d5761199d613e35565b01546007860154600a870154600b8801546040805194855260208501939093526001600160a01b039182168484015216606083015260ff7f00000000000000000000000000000000000000000000000000000000000000001660808301526001600160401b037f00000000000000000000000000000000000000000000000000000000000000001660a0830152519081900360c00190a350505050509392505050565b600386015460048701545f91611a6d916105df916001600160401b03600160a01b90910481169116613d32565b9050611a7a600182613d7e565b84141580611ab457506015870154604051611a9b9087908790602001613df5565b6040516020818303038152906040528051906020012014155b15611ac5578361060c600183613d7e565b611ad0600182613d7e565b82141580611b0a57506016870154604051611af19085908590602001613df5565b6040516020818303038152906040528051906020012014155b15611b1b578161060c600183613d7e565b600387015460048801545f918391611b46916001600160401b03600160a01b90910481169116613d32565b6001600160401b0316611b599190613d51565b905060015b8281108015611bb257508484611b75600184613d7e565b818110611b8457611b84613e35565b905060200201358787600184611b9a9190613d7e565b818110611ba957611ba9613e35565b90506020020135145b15611bc95780611bc1816141f9565b915050611b5e565b6001811115611bfd578686611bdf600284613d7e565b818110611bee57611bee613e35565b602002919091013560128b0155505b82811015611c745760405180604001604052808888600185611c1f9190613d7e565b818110611c2e57611c2e613e35565b9050602002013581526020018686600185611c499190613d7e565b818110611c5857611c58613e35565b90506020020135815250896013019081611c729190614211565b505b81611c80600183613d7e565b611c8a9190614231565b60038a018054601490611cae908490600160a01b90046001600160401b0316613fc4565b92506101000a8154816001600160401b0302191690836001600160401b03160217905550818960030160149054906101000a90046001600160401b0316611cf59190613fc4565b60048a01805467ffffffffffffffff19166001600160401b039290921691909117905560178901805460ff19169055604080518082019091525f808252602082015260158a0190611d469082614211565b50600389015488907f5deed2c49b31d299d79c3a8733cfb9cebd398a85c31300c3ff72fbccd545e61690611d8490600190610100900460ff16614253565b60038c015460048d015460128e015460138f0180546001600160401b03600160a01b9095048516949093169290600101546040805160ff9790971687526001600160401b03958616602088015293909416928501929092526060840152608083015260a082015260c00160405180910390a2505050505050505050565b600a8201545f906001600160a01b0390811690831603611e2257505f611434565b600b8301546001600160a01b0390811690831603611e4257506001611434565b6040517f20b9b3400000000000000000000000000000000000000000000000000000000081526001600160a01b03831660048201526024016104fd565b60038201545f90611ea19064010000000090046001600160401b031642613d7e565b9050826005018260ff1660028110611ebb57611ebb613e35565b600491828204019190066008029054906101000a90046001600160401b03166001600160401b0316811115611f21576040517f9d0cc56400000000000000000000000000000000000000000000000000000000815260ff831660048201526024016104fd565b80836005018360ff1660028110611f3a57611f3a613e35565b600491828204019190066008028282829054906101000a90046001600160401b0316611f669190613d32565b92506101000a8154816001600160401b0302191690836001600160401b03160217905550505050565b60e28314611fe05760405163bc2bbc9560e01b815260206004820152601660248201527f7374617465206973206e6f74203232362062797465730000000000000000000060448201526064016104fd565b5f84846059818110611ff457611ff4613e35565b919091013560f81c9150506001811480159061201457508060ff16600214155b156120625760405163bc2bbc9560e01b815260206004820152600a60248201527f6e6f742068616c7465640000000000000000000000000000000000000000000060448201526064016104fd565b601b82146120b35760405163bc2bbc9560e01b815260206004820152601860248201527f70726f6f66206973206e6f74203237207369626c696e6773000000000000000060448201526064016104fd565b5f6120c1602082878961426c565b6120ca91614293565b90506120f881630180000060108c0160ff8b16600281106120ed576120ed613e35565b01548787601b6121eb565b61216b5760405163bc2bbc9560e01b815260206004820152602f60248201527f74686520776f7264206174204f55545055545f41444452206973206e6f74207460448201527f68652073696465277320415f6b2b31000000000000000000000000000000000060648201526084016104fd565b5f868660405161217c9291906142b0565b60405180910390209050808a6013018960ff166002811061219f5761219f613e35565b01556040805160ff8a168152602081018390528a917f14ba26c8125344ef19e26729c02b7249c3dea6b2eed095f222f59e4c44754607910160405180910390a250505050505050505050565b5f8282146121fa57505f61225f565b845f5b83811015612259575f86868381811061221857612218613e35565b9050602002013590508189901c6001165f14612240575f81815260208490526040902061224e565b5f8381526020829052604090205b9250506001016121fd565b50871490505b9695505050505050565b6003838101805463ff0000ff1916630100000060ff8516021790911790555f5b60028160ff1610156125a7577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166366afd8ef856008018360ff16600281106122dc576122dc613e35565b01546040517fffffffff0000000000000000000000000000000000000000000000000000000060e084901b16815260048101919091527f000000000000000000000000000000000000000000000000000000000000000060248201526044015f604051808303815f87803b158015612352575f5ffd5b505af1158015612364573d5f5f3e3d5ffd5b5050505060025f856006018360ff166002811061238357612383613e35565b0154815260208101919091526040015f908120805463ffffffff16916123a8836142bf565b91906101000a81548163ffffffff021916908363ffffffff160217905550508060ff166001901b8260ff16165f1461259f576001805f866006018460ff16600281106123f6576123f6613e35565b0154815260208101919091526040015f20805460ff191691151591909117905583546006850160ff83166002811061243057612430613e35565b01546040518581527fb7bbc394d734fbb30f12f9e4c9ddab1cec924a5def1ab5fd5959a801cf3efcbf9060200160405180910390a35f8260ff166003146124a357600a8501612480836001614253565b60ff166002811061249357612493613e35565b01546001600160a01b03166124a5565b305b90507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663158ece27866008018460ff16600281106124ee576124ee613e35565b01546040517fffffffff0000000000000000000000000000000000000000000000000000000060e084901b16815260048101919091527f000000000000000000000000000000000000000000000000000000000000000060248201526001600160a01b03841660448201526064016020604051808303815f875af1158015612578573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061259c91906142dd565b50505b600101612289565b5060405160ff8216815282907fc92ea846f04f630caab1736df060347279403dcb060fa7e43a81fcf3885747029060200160405180910390a2505050565b5f600160038085015460ff16908111156126015761260161399b565b0361262857506003820154620100009004600160ff8084169190911b919091161615611434565b600260038085015460ff16908111156126435761264361399b565b149392505050565b5f828152602081905260408082206001810154915163217cf12b60e01b8152600481019290925291907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063217cf12b9060240160a060405180830381865afa1580156126c3573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906126e79190613ecf565b606081015190915060ff16806127006020860186613f66565b6001600160401b0316901c6001600160401b03165f14612763576040516309616ecd60e31b815260206004820152601a60248201527f6f7020696e646578206f7574736964652074686520747261636500000000000060448201526064016104fd565b6127706020850185613f66565b6001600160401b03165f0361281257612788816133d8565b84602001351415806127a757506127a26040850185613f7f565b151590505b806127bf57506127ba6060850185613f7f565b151590505b1561280d576040516309616ecd60e31b815260206004820152601c60248201527f415f302069732074686520656d70747920616363756d756c61746f720000000060448201526064016104fd565b61292c565b600c83015461285590600161282a6020880188613f66565b6128349190613d32565b6001600160401b0316602087013561284f6040890189613f7f565b866121eb565b6128a2576040516309616ecd60e31b815260206004820152600b60248201527f415f6b2c2073696465203000000000000000000000000000000000000000000060448201526064016104fd565b600d8301546128df9060016128ba6020880188613f66565b6128c49190613d32565b6001600160401b0316602087013561284f6060890189613f7f565b61292c576040516309616ecd60e31b815260206004820152600b60248201527f415f6b2c2073696465203100000000000000000000000000000000000000000060448201526064016104fd565b600c83015461295d906129426020870187613f66565b6001600160401b0316608087013561284f60a0890189613f7f565b6129aa576040516309616ecd60e31b815260206004820152600d60248201527f415f6b2b312c207369646520300000000000000000000000000000000000000060448201526064016104fd565b600d8301546129db906129c06020870187613f66565b6001600160401b031660c087013561284f60e0890189613f7f565b612a28576040516309616ecd60e31b815260206004820152600d60248201527f415f6b2b312c207369646520310000000000000000000000000000000000000060448201526064016104fd565b8360c00135846080013503612a69576040517fb7d604b100000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b612a766020850185613f66565b6003840180546001600160401b03929092166c01000000000000000000000000027fffffffffffffffffffffffff0000000000000000ffffffffffffffffffffffff909216919091179055604080518082019091526080850135815260c085013560208201526010840190612aeb9082614211565b506003830180547fffffffff0000000000000000ffffffffffffffffffffffffffffffffffffff00166001908117909155608083015160048501805460ff9092169290921b6001600160401b031667ffffffffffffffff19909116179055604082015160128401556001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001663ef37c7d9867f0100000000000000000000000000000000000000000000000000000000000000612bb16020890189613f66565b604051602001612bec919060c09190911b7fffffffffffffffff00000000000000000000000000000000000000000000000016815260080190565b6040516020818303038152906040526040518463ffffffff1660e01b8152600401612c19939291906142f4565b5f604051808303815f87803b158015612c30575f5ffd5b505af1158015612c42573d5f5f3e3d5ffd5b5050604080516020888101358183015282518083039091018152818301928390527fef37c7d9000000000000000000000000000000000000000000000000000000009092527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316935063ef37c7d99250612ceb9189917f010000000000000000000000000000000000000000000000000000000000000191906044016142f4565b5f604051808303815f87803b158015612d02575f5ffd5b505af1158015612d14573d5f5f3e3d5ffd5b50506001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016915063ef37c7d99050867f0100000000000000000000000000000000000000000000000000000000000002602080870151604051612d82920190815260200190565b6040516020818303038152906040526040518463ffffffff1660e01b8152600401612daf939291906142f4565b5f604051808303815f87803b158015612dc6575f5ffd5b505af1158015612dd8573d5f5f3e3d5ffd5b50506001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016915063ef37c7d99050867f01000000000000000000000000000000000000000000000000000000000000038551604080516020810192909252016040516020818303038152906040526040518463ffffffff1660e01b8152600401612e6b939291906142f4565b5f604051808303815f87803b158015612e82575f5ffd5b505af1158015612e94573d5f5f3e3d5ffd5b50506001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016915063ef37c7d99050867f01000000000000000000000000000000000000000000000000000000000000048660020154604051602001612f0291815260200190565b6040516020818303038152906040526040518463ffffffff1660e01b8152600401612f2f939291906142f4565b5f604051808303815f87803b158015612f46575f5ffd5b505af1158015612f58573d5f5f3e3d5ffd5b508792507f756f538b0921550ea511f34e4a5c26083dd99953fd33467e38fef835aa7a94bd9150612f8e90506020870187613f66565b604080516001600160401b03929092168252602088810135908301526080808901358383015260c089013560608401529051918290030190a25050505050565b5f7f1541bec991b8048fc5d44a55e04ed89b5e1bb70e78f00d5d188b252d56fcf387825f01518360200151846040015180519060200120856060015186608001518760a001518860c001516040516020016130799897969594939291909788526020880196909652604087019490945260608601929092526001600160a01b031660808501526001600160401b0390811660a085015260c08401919091521660e08201526101000190565b604051602081830303815290604052805190602001209050919050565b5f82803586146130d7576040517f89572ce800000000000000000000000000000000000000000000000000000000815260ff841660048201526024016104fd565b6131127f00000000000000000000000000000000000000000000000000000000000000006114c961310d36859003850185614337565b613400565b91505f6131256080830160608401614181565b6001600160a01b0316148061317057506131456080820160608301614181565b6001600160a01b03166131648361315f608088018861439e565b613470565b6001600160a01b031614155b156131ac576040517f75bbbefa00000000000000000000000000000000000000000000000000000000815260ff841660048201526024016104fd565b6001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001663933e087b60a08601356131f06080850160608601614181565b6040517fffffffff0000000000000000000000000000000000000000000000000000000060e085901b16815260048101929092526001600160a01b0316602482015260448101889052606401602060405180830381865afa158015613257573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061327b91906143e0565b6132b6576040517f385b684900000000000000000000000000000000000000000000000000000000815260ff841660048201526024016104fd565b5f8281526001602052604090205460ff1615613301576040517fabd07d57000000000000000000000000000000000000000000000000000000008152600481018390526024016104fd565b50949350505050565b8184600601846002811061332057613320613e35565b015560a081013560088501846002811061333c5761333c613e35565b015561334e6080820160608301614181565b84600a01846002811061336357613363613e35565b0180547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b03929092169190911790556040810135600c850184600281106133b4576133b4613e35565b01556020810135600e850184600281106133d0576133d0613e35565b015550505050565b5f805b828110156133fa575f82815260208390526040902091506001016133db565b50919050565b5f7f4a02032b8cfff5a0deb70d0f80e630ddd7da7f5e40a446c5bc7cc8522bc310c0825f01518360200151846040015185606001516040516020016130799594939291909485526020850193909352604084019190915260608301526001600160a01b0316608082015260a00190565b5f6041821461348057505f613532565b8235602084013560408501355f1a7f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08211806134c257506001601b8260ff1603115b156134d2575f9350505050613532565b604080515f81526020810180835289905260ff831691810191909152606081018490526080810183905260019060a0016020604051602081039080840390855afa158015613522573d5f5f3e3d5ffd5b5050506020604051035193505050505b9392505050565b604051806102c001604052805f81526020015f81526020015f81526020015f60038111156135695761356961399b565b81525f6020820181905260408201819052606082018190526080820181905260a0820181905260c0820181905260e0820152610100016135a7613621565b81526020016135b4613621565b81526020016135c1613621565b81526020016135ce613621565b81526020016135db613621565b81526020016135e8613621565b81526020016135f5613621565b81526020015f8152602001613608613621565b8152602001613615613621565b81525f60209091015290565b60405180604001604052806002906020820280368337509192915050565b5f6020828403121561364f575f5ffd5b5035919050565b5f60e082840312156133fa575f5ffd5b5f60c082840312156133fa575f5ffd5b5f5f5f5f60808587031215613689575f5ffd5b84356001600160401b0381111561369e575f5ffd5b6136aa87828801613656565b94505060208501356001600160401b038111156136c5575f5ffd5b6136d187828801613666565b93505060408501356001600160401b038111156136ec575f5ffd5b6136f887828801613666565b92505060608501356001600160401b03811115613713575f5ffd5b61371f87828801613656565b91505092959194509250565b5f5f83601f84011261373b575f5ffd5b5081356001600160401b03811115613751575f5ffd5b602083019150836020828501011115613768575f5ffd5b9250929050565b5f5f83601f84011261377f575f5ffd5b5081356001600160401b03811115613795575f5ffd5b6020830191508360208260051b8501011115613768575f5ffd5b5f5f5f5f5f5f5f5f5f5f5f60c08c8e0312156137c9575f5ffd5b8b359a5060208c01356001600160401b038111156137e5575f5ffd5b6137f18e828f0161372b565b909b5099505060408c01356001600160401b0381111561380f575f5ffd5b61381b8e828f0161376f565b90995097505060608c01356001600160401b03811115613839575f5ffd5b6138458e828f0161376f565b90975095505060808c01356001600160401b03811115613863575f5ffd5b61386f8e828f0161376f565b90955093505060a08c01356001600160401b0381111561388d575f5ffd5b6138998e828f0161376f565b915080935050809150509295989b509295989b9093969950565b5f5f604083850312156138c4575f5ffd5b8235915060208301356001600160401b038111156138e0575f5ffd5b6138ec85828601613656565b9150509250929050565b5f5f5f5f5f5f5f6080888a03121561390c575f5ffd5b8735965060208801356001600160401b03811115613928575f5ffd5b6139348a828b0161376f565b90975095505060408801356001600160401b03811115613952575f5ffd5b61395e8a828b0161376f565b90955093505060608801356001600160401b0381111561397c575f5ffd5b6139888a828b0161372b565b989b979a50959850939692959293505050565b634e487b7160e01b5f52602160045260245ffd5b600481106139cb57634e487b7160e01b5f52602160045260245ffd5b9052565b805f5b6002811015610f075781516001600160401b03168452602093840193909101906001016139d2565b805f5b6002811015610f075781518452602093840193909101906001016139fd565b805f5b6002811015610f075781516001600160a01b0316845260209384019390910190600101613a1f565b5f6103e0820190508251825260208301516020830152604083015160408301526060830151613a7960608401826139af565b506080830151613a8e608084018260ff169052565b5060a0830151613aa360a084018260ff169052565b5060c0830151613ab860c084018260ff169052565b5060e0830151613ad360e08401826001600160401b03169052565b50610100830151613af06101008401826001600160401b03169052565b50610120830151613b0d6101208401826001600160401b03169052565b50610140830151613b2a6101408401826001600160401b03169052565b50610160830151613b3f6101608401826139cf565b50610180830151613b546101a08401826139fa565b506101a0830151613b696101e08401826139fa565b506101c0830151613b7e610220840182613a1c565b506101e0830151613b936102608401826139fa565b50610200830151613ba86102a08401826139fa565b50610220830151613bbd6102e08401826139fa565b50610240830151610320830152610260830151613bde6103408401826139fa565b50610280830151613bf36103808401826139fa565b506102a08301518015156103c08401525b5092915050565b5f5f5f5f60808587031215613c1e575f5ffd5b84356001600160401b03811115613c33575f5ffd5b613c3f87828801613656565b94505060208501356001600160401b03811115613c5a575f5ffd5b613c6687828801613666565b93505060408501356001600160401b03811115613c81575f5ffd5b613c8d87828801613666565b92505060608501356001600160401b03811115613ca8575f5ffd5b85016101008188031215613cba575f5ffd5b939692955090935050565b6040810181835f5b6002811015613cf55781516001600160401b0316835260209283019290910190600101613ccd565b50505092915050565b5f5f60408385031215613d0f575f5ffd5b50508035926020909101359150565b634e487b7160e01b5f52601160045260245ffd5b6001600160401b03828116828216039081111561143457611434613d1e565b5f82613d6b57634e487b7160e01b5f52601260045260245ffd5b500490565b6020810161143482846139af565b8181038181111561143457611434613d1e565b60ff8516815260ff84166020820152606060408201528160608201525f7f07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff831115613dda575f5ffd5b8260051b808560808501379190910160800195945050505050565b5f7f07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff831115613e22575f5ffd5b8260051b80858437919091019392505050565b634e487b7160e01b5f52603260045260245ffd5b5f60ff821660ff8103613e5e57613e5e613d1e565b60010192915050565b60ff81168114613e75575f5ffd5b50565b5f60208284031215613e88575f5ffd5b813561353281613e67565b634e487b7160e01b5f52604160045260245ffd5b60405160e081016001600160401b0381118282101715613ec957613ec9613e93565b60405290565b5f60a0828403128015613ee0575f5ffd5b5060405160a081016001600160401b0381118282101715613f0357613f03613e93565b6040908152835182526020808501519083015283810151908201526060830151613f2c81613e67565b60608201526080830151613f3f81613e67565b60808201529392505050565b80356001600160401b0381168114613f61575f5ffd5b919050565b5f60208284031215613f76575f5ffd5b61353282613f4b565b5f5f8335601e19843603018112613f94575f5ffd5b8301803591506001600160401b03821115613fad575f5ffd5b6020019150600581901b3603821315613768575f5ffd5b6001600160401b03818116838216019081111561143457611434613d1e565b60408152826040820152828460608301375f606084830101525f6060601f19601f8601168301019050826020830152949350505050565b5f5f6040838503121561402b575f5ffd5b505080516020909101519092909150565b8082018082111561143457611434613d1e565b5f82601f83011261405e575f5ffd5b81356001600160401b0381111561407757614077613e93565b604051601f8201601f19908116603f011681016001600160401b03811182821017156140a5576140a5613e93565b6040528181528382016020018510156140bc575f5ffd5b816020850160208301375f918101602001919091529392505050565b80356001600160a01b0381168114613f61575f5ffd5b5f60e082360312156140fe575f5ffd5b614106613ea7565b823581526020808401359082015260408301356001600160401b0381111561412c575f5ffd5b6141383682860161404f565b60408301525061414a606084016140d8565b606082015261415b60808401613f4b565b608082015260a0838101359082015261417660c08401613f4b565b60c082015292915050565b5f60208284031215614191575f5ffd5b613532826140d8565b815f805b60028110156141d65782516020909301926001600160401b03600683901b81811b1994909416911690921b919091179060010161419e565b509091555050565b5f63ffffffff821663ffffffff8103613e5e57613e5e613d1e565b5f6001820161420a5761420a613d1e565b5060010190565b815f5b6002811015610f0757815183820155602090910190600101614214565b6001600160401b038181168382160290811690818114613c0457613c04613d1e565b60ff828116828216039081111561143457611434613d1e565b5f5f8585111561427a575f5ffd5b83861115614286575f5ffd5b5050820193919092039150565b80356020831015611434575f19602084900360031b1b1692915050565b818382375f9101908152919050565b5f63ffffffff8216806142d4576142d4613d1e565b5f190192915050565b5f602082840312156142ed575f5ffd5b5051919050565b838152826020820152606060408201525f82518060608401528060208501608085015e5f608082850101526080601f19601f830116840101915050949350505050565b5f6080828403128015614348575f5ffd5b50604051608081016001600160401b038111828210171561436b5761436b613e93565b604090815283358252602080850135908301528381013590820152614392606084016140d8565b60608201529392505050565b5f5f8335601e198436030181126143b3575f5ffd5b8301803591506001600160401b038211156143cc575f5ffd5b602001915036819003821315613768575f5ffd5b5f602082840312156143f0575f5ffd5b81518015158114613532575f5ffd",
}

// Games is an auto generated Go binding around an Ethereum contract.
type Games struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Games) GetABI() abi.ABI {
	return c.abi
}

// NewGames creates a new instance of Games.
func NewGames() *Games {
	parsed, err := GamesMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Games{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Games) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address registry_, address step_, address oracle_, uint64 disputeWindow_, uint64 maxJobLifetime, uint64 clock_, uint256 bond_, uint8 arity_) returns()
func (games *Games) PackConstructor(registry_ common.Address, step_ common.Address, oracle_ common.Address, disputeWindow_ uint64, maxJobLifetime uint64, clock_ uint64, bond_ *big.Int, arity_ uint8) []byte {
	enc, err := games.abi.Pack("", registry_, step_, oracle_, disputeWindow_, maxJobLifetime, clock_, bond_, arity_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackOUTPUTADDR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x37365223.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function OUTPUT_ADDR() view returns(uint32)
func (games *Games) PackOUTPUTADDR() []byte {
	enc, err := games.abi.Pack("OUTPUT_ADDR")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOUTPUTADDR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x37365223.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function OUTPUT_ADDR() view returns(uint32)
func (games *Games) TryPackOUTPUTADDR() ([]byte, error) {
	return games.abi.Pack("OUTPUT_ADDR")
}

// UnpackOUTPUTADDR is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x37365223.
//
// Solidity: function OUTPUT_ADDR() view returns(uint32)
func (games *Games) UnpackOUTPUTADDR(data []byte) (uint32, error) {
	out, err := games.abi.Unpack("OUTPUT_ADDR", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackArity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf899cc27.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function arity() view returns(uint8)
func (games *Games) PackArity() []byte {
	enc, err := games.abi.Pack("arity")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackArity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf899cc27.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function arity() view returns(uint8)
func (games *Games) TryPackArity() ([]byte, error) {
	return games.abi.Pack("arity")
}

// UnpackArity is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf899cc27.
//
// Solidity: function arity() view returns(uint8)
func (games *Games) UnpackArity(data []byte) (uint8, error) {
	out, err := games.abi.Unpack("arity", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x64c9ec6f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function bond() view returns(uint256)
func (games *Games) PackBond() []byte {
	enc, err := games.abi.Pack("bond")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x64c9ec6f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function bond() view returns(uint256)
func (games *Games) TryPackBond() ([]byte, error) {
	return games.abi.Pack("bond")
}

// UnpackBond is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x64c9ec6f.
//
// Solidity: function bond() view returns(uint256)
func (games *Games) UnpackBond(data []byte) (*big.Int, error) {
	out, err := games.abi.Unpack("bond", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackClock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91ddadf4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function clock() view returns(uint64)
func (games *Games) PackClock() []byte {
	enc, err := games.abi.Pack("clock")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91ddadf4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function clock() view returns(uint64)
func (games *Games) TryPackClock() ([]byte, error) {
	return games.abi.Pack("clock")
}

// UnpackClock is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91ddadf4.
//
// Solidity: function clock() view returns(uint64)
func (games *Games) UnpackClock(data []byte) (uint64, error) {
	out, err := games.abi.Unpack("clock", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackClocks is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf0698435.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function clocks(bytes32 id) view returns(uint64[2] left)
func (games *Games) PackClocks(id [32]byte) []byte {
	enc, err := games.abi.Pack("clocks", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClocks is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf0698435.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function clocks(bytes32 id) view returns(uint64[2] left)
func (games *Games) TryPackClocks(id [32]byte) ([]byte, error) {
	return games.abi.Pack("clocks", id)
}

// UnpackClocks is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf0698435.
//
// Solidity: function clocks(bytes32 id) view returns(uint64[2] left)
func (games *Games) UnpackClocks(data []byte) ([2]uint64, error) {
	out, err := games.abi.Unpack("clocks", data)
	if err != nil {
		return *new([2]uint64), err
	}
	out0 := *abi.ConvertType(out[0], new([2]uint64)).(*[2]uint64)
	return out0, nil
}

// PackDefeated is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbf570c19.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function defeated(bytes32 ) view returns(bool)
func (games *Games) PackDefeated(arg0 [32]byte) []byte {
	enc, err := games.abi.Pack("defeated", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDefeated is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbf570c19.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function defeated(bytes32 ) view returns(bool)
func (games *Games) TryPackDefeated(arg0 [32]byte) ([]byte, error) {
	return games.abi.Pack("defeated", arg0)
}

// UnpackDefeated is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbf570c19.
//
// Solidity: function defeated(bytes32 ) view returns(bool)
func (games *Games) UnpackDefeated(data []byte) (bool, error) {
	out, err := games.abi.Unpack("defeated", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackDisputeWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x117f5f92.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function disputeWindow() view returns(uint64)
func (games *Games) PackDisputeWindow() []byte {
	enc, err := games.abi.Pack("disputeWindow")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDisputeWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x117f5f92.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function disputeWindow() view returns(uint64)
func (games *Games) TryPackDisputeWindow() ([]byte, error) {
	return games.abi.Pack("disputeWindow")
}

// UnpackDisputeWindow is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x117f5f92.
//
// Solidity: function disputeWindow() view returns(uint64)
func (games *Games) UnpackDisputeWindow(data []byte) (uint64, error) {
	out, err := games.abi.Unpack("disputeWindow", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackGame is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8c1cdb4a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function game(bytes32 id) view returns((bytes32,bytes32,bytes32,uint8,uint8,uint8,uint8,uint64,uint64,uint64,uint64,uint64[2],bytes32[2],bytes32[2],address[2],bytes32[2],bytes32[2],bytes32[2],bytes32,bytes32[2],bytes32[2],bool))
func (games *Games) PackGame(id [32]byte) []byte {
	enc, err := games.abi.Pack("game", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGame is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8c1cdb4a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function game(bytes32 id) view returns((bytes32,bytes32,bytes32,uint8,uint8,uint8,uint8,uint64,uint64,uint64,uint64,uint64[2],bytes32[2],bytes32[2],address[2],bytes32[2],bytes32[2],bytes32[2],bytes32,bytes32[2],bytes32[2],bool))
func (games *Games) TryPackGame(id [32]byte) ([]byte, error) {
	return games.abi.Pack("game", id)
}

// UnpackGame is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8c1cdb4a.
//
// Solidity: function game(bytes32 id) view returns((bytes32,bytes32,bytes32,uint8,uint8,uint8,uint8,uint64,uint64,uint64,uint64,uint64[2],bytes32[2],bytes32[2],address[2],bytes32[2],bytes32[2],bytes32[2],bytes32,bytes32[2],bytes32[2],bool))
func (games *Games) UnpackGame(data []byte) (GamesGame, error) {
	out, err := games.abi.Unpack("game", data)
	if err != nil {
		return *new(GamesGame), err
	}
	out0 := *abi.ConvertType(out[0], new(GamesGame)).(*GamesGame)
	return out0, nil
}

// PackGameId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf43fbd30.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function gameId(bytes32 claimA, bytes32 claimB) pure returns(bytes32)
func (games *Games) PackGameId(claimA [32]byte, claimB [32]byte) []byte {
	enc, err := games.abi.Pack("gameId", claimA, claimB)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGameId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf43fbd30.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function gameId(bytes32 claimA, bytes32 claimB) pure returns(bytes32)
func (games *Games) TryPackGameId(claimA [32]byte, claimB [32]byte) ([]byte, error) {
	return games.abi.Pack("gameId", claimA, claimB)
}

// UnpackGameId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf43fbd30.
//
// Solidity: function gameId(bytes32 claimA, bytes32 claimB) pure returns(bytes32)
func (games *Games) UnpackGameId(data []byte) ([32]byte, error) {
	out, err := games.abi.Unpack("gameId", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackOpen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd64d09b2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function open((bytes32,bytes32,bytes,address,uint64,uint256,uint64) job, ((bytes32,bytes32,bytes32,address),bytes,bytes32) a, ((bytes32,bytes32,bytes32,address),bytes,bytes32) b, (uint64,bytes32,bytes32[],bytes32[],bytes32,bytes32[],bytes32,bytes32[]) d) returns(bytes32 id)
func (games *Games) PackOpen(job MessagesJob, a GamesSignedClaim, b GamesSignedClaim, d GamesDivergence) []byte {
	enc, err := games.abi.Pack("open", job, a, b, d)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOpen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd64d09b2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function open((bytes32,bytes32,bytes,address,uint64,uint256,uint64) job, ((bytes32,bytes32,bytes32,address),bytes,bytes32) a, ((bytes32,bytes32,bytes32,address),bytes,bytes32) b, (uint64,bytes32,bytes32[],bytes32[],bytes32,bytes32[],bytes32,bytes32[]) d) returns(bytes32 id)
func (games *Games) TryPackOpen(job MessagesJob, a GamesSignedClaim, b GamesSignedClaim, d GamesDivergence) ([]byte, error) {
	return games.abi.Pack("open", job, a, b, d)
}

// UnpackOpen is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd64d09b2.
//
// Solidity: function open((bytes32,bytes32,bytes,address,uint64,uint256,uint64) job, ((bytes32,bytes32,bytes32,address),bytes,bytes32) a, ((bytes32,bytes32,bytes32,address),bytes,bytes32) b, (uint64,bytes32,bytes32[],bytes32[],bytes32,bytes32[],bytes32,bytes32[]) d) returns(bytes32 id)
func (games *Games) UnpackOpen(data []byte) ([32]byte, error) {
	out, err := games.abi.Unpack("open", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackOpenContradicted is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x258a105f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function openContradicted((bytes32,bytes32,bytes,address,uint64,uint256,uint64) job, ((bytes32,bytes32,bytes32,address),bytes,bytes32) a, ((bytes32,bytes32,bytes32,address),bytes,bytes32) b, (uint8,bytes32,bytes32[],uint64,bytes32,bytes32[],bytes32[]) c) returns(bytes32 id)
func (games *Games) PackOpenContradicted(job MessagesJob, a GamesSignedClaim, b GamesSignedClaim, c GamesContradiction) []byte {
	enc, err := games.abi.Pack("openContradicted", job, a, b, c)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOpenContradicted is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x258a105f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function openContradicted((bytes32,bytes32,bytes,address,uint64,uint256,uint64) job, ((bytes32,bytes32,bytes32,address),bytes,bytes32) a, ((bytes32,bytes32,bytes32,address),bytes,bytes32) b, (uint8,bytes32,bytes32[],uint64,bytes32,bytes32[],bytes32[]) c) returns(bytes32 id)
func (games *Games) TryPackOpenContradicted(job MessagesJob, a GamesSignedClaim, b GamesSignedClaim, c GamesContradiction) ([]byte, error) {
	return games.abi.Pack("openContradicted", job, a, b, c)
}

// UnpackOpenContradicted is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x258a105f.
//
// Solidity: function openContradicted((bytes32,bytes32,bytes,address,uint64,uint256,uint64) job, ((bytes32,bytes32,bytes32,address),bytes,bytes32) a, ((bytes32,bytes32,bytes32,address),bytes,bytes32) b, (uint8,bytes32,bytes32[],uint64,bytes32,bytes32[],bytes32[]) c) returns(bytes32 id)
func (games *Games) UnpackOpenContradicted(data []byte) ([32]byte, error) {
	out, err := games.abi.Unpack("openContradicted", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackOpenGamesOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x57c530e5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function openGamesOf(bytes32 ) view returns(uint32)
func (games *Games) PackOpenGamesOf(arg0 [32]byte) []byte {
	enc, err := games.abi.Pack("openGamesOf", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOpenGamesOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x57c530e5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function openGamesOf(bytes32 ) view returns(uint32)
func (games *Games) TryPackOpenGamesOf(arg0 [32]byte) ([]byte, error) {
	return games.abi.Pack("openGamesOf", arg0)
}

// UnpackOpenGamesOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x57c530e5.
//
// Solidity: function openGamesOf(bytes32 ) view returns(uint32)
func (games *Games) UnpackOpenGamesOf(data []byte) (uint32, error) {
	out, err := games.abi.Unpack("openGamesOf", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackOracle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7dc0d1d0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function oracle() view returns(address)
func (games *Games) PackOracle() []byte {
	enc, err := games.abi.Pack("oracle")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOracle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7dc0d1d0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function oracle() view returns(address)
func (games *Games) TryPackOracle() ([]byte, error) {
	return games.abi.Pack("oracle")
}

// UnpackOracle is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7dc0d1d0.
//
// Solidity: function oracle() view returns(address)
func (games *Games) UnpackOracle(data []byte) (common.Address, error) {
	out, err := games.abi.Unpack("oracle", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPieces is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0ac74d54.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pieces(bytes32 id) view returns(uint256)
func (games *Games) PackPieces(id [32]byte) []byte {
	enc, err := games.abi.Pack("pieces", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPieces is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0ac74d54.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pieces(bytes32 id) view returns(uint256)
func (games *Games) TryPackPieces(id [32]byte) ([]byte, error) {
	return games.abi.Pack("pieces", id)
}

// UnpackPieces is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0ac74d54.
//
// Solidity: function pieces(bytes32 id) view returns(uint256)
func (games *Games) UnpackPieces(data []byte) (*big.Int, error) {
	out, err := games.abi.Unpack("pieces", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPost is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x26c947b0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function post(bytes32 id, bytes finalState, bytes32[] outProof, bytes32[] hashes, bytes32[] prev0, bytes32[] prev1) returns()
func (games *Games) PackPost(id [32]byte, finalState []byte, outProof [][32]byte, hashes [][32]byte, prev0 [][32]byte, prev1 [][32]byte) []byte {
	enc, err := games.abi.Pack("post", id, finalState, outProof, hashes, prev0, prev1)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPost is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x26c947b0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function post(bytes32 id, bytes finalState, bytes32[] outProof, bytes32[] hashes, bytes32[] prev0, bytes32[] prev1) returns()
func (games *Games) TryPackPost(id [32]byte, finalState []byte, outProof [][32]byte, hashes [][32]byte, prev0 [][32]byte, prev1 [][32]byte) ([]byte, error) {
	return games.abi.Pack("post", id, finalState, outProof, hashes, prev0, prev1)
}

// PackProveContradiction is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4de96dde.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proveContradiction(bytes32 id, (uint8,bytes32,bytes32[],uint64,bytes32,bytes32[],bytes32[]) c) returns()
func (games *Games) PackProveContradiction(id [32]byte, c GamesContradiction) []byte {
	enc, err := games.abi.Pack("proveContradiction", id, c)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProveContradiction is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4de96dde.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proveContradiction(bytes32 id, (uint8,bytes32,bytes32[],uint64,bytes32,bytes32[],bytes32[]) c) returns()
func (games *Games) TryPackProveContradiction(id [32]byte, c GamesContradiction) ([]byte, error) {
	return games.abi.Pack("proveContradiction", id, c)
}

// PackRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b103999.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registry() view returns(address)
func (games *Games) PackRegistry() []byte {
	enc, err := games.abi.Pack("registry")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b103999.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registry() view returns(address)
func (games *Games) TryPackRegistry() ([]byte, error) {
	return games.abi.Pack("registry")
}

// UnpackRegistry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (games *Games) UnpackRegistry(data []byte) (common.Address, error) {
	out, err := games.abi.Unpack("registry", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackStep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe25fe175.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function step() view returns(address)
func (games *Games) PackStep() []byte {
	enc, err := games.abi.Pack("step")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe25fe175.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function step() view returns(address)
func (games *Games) TryPackStep() ([]byte, error) {
	return games.abi.Pack("step")
}

// UnpackStep is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe25fe175.
//
// Solidity: function step() view returns(address)
func (games *Games) UnpackStep(data []byte) (common.Address, error) {
	out, err := games.abi.Unpack("step", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackStepAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x76432487.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stepAt(bytes32 id, bytes32[] prev0, bytes32[] prev1, bytes witness) returns()
func (games *Games) PackStepAt(id [32]byte, prev0 [][32]byte, prev1 [][32]byte, witness []byte) []byte {
	enc, err := games.abi.Pack("stepAt", id, prev0, prev1, witness)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStepAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x76432487.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stepAt(bytes32 id, bytes32[] prev0, bytes32[] prev1, bytes witness) returns()
func (games *Games) TryPackStepAt(id [32]byte, prev0 [][32]byte, prev1 [][32]byte, witness []byte) ([]byte, error) {
	return games.abi.Pack("stepAt", id, prev0, prev1, witness)
}

// PackTimeout is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x795ea18e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function timeout(bytes32 id) returns()
func (games *Games) PackTimeout(id [32]byte) []byte {
	enc, err := games.abi.Pack("timeout", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTimeout is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x795ea18e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function timeout(bytes32 id) returns()
func (games *Games) TryPackTimeout(id [32]byte) ([]byte, error) {
	return games.abi.Pack("timeout", id)
}

// GamesClaimDefeated represents a ClaimDefeated event raised by the Games contract.
type GamesClaimDefeated struct {
	Claim   [32]byte
	JobHash [32]byte
	Id      [32]byte
	Raw     *types.Log // Blockchain specific contextual infos
}

const GamesClaimDefeatedEventName = "ClaimDefeated"

// ContractEventName returns the user-defined event name.
func (GamesClaimDefeated) ContractEventName() string {
	return GamesClaimDefeatedEventName
}

// UnpackClaimDefeatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ClaimDefeated(bytes32 indexed claim, bytes32 indexed jobHash, bytes32 id)
func (games *Games) UnpackClaimDefeatedEvent(log *types.Log) (*GamesClaimDefeated, error) {
	event := "ClaimDefeated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != games.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GamesClaimDefeated)
	if len(log.Data) > 0 {
		if err := games.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range games.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// GamesDivergenceProven represents a DivergenceProven event raised by the Games contract.
type GamesDivergenceProven struct {
	Id      [32]byte
	Op      uint64
	PrevAcc [32]byte
	Acc0    [32]byte
	Acc1    [32]byte
	Raw     *types.Log // Blockchain specific contextual infos
}

const GamesDivergenceProvenEventName = "DivergenceProven"

// ContractEventName returns the user-defined event name.
func (GamesDivergenceProven) ContractEventName() string {
	return GamesDivergenceProvenEventName
}

// UnpackDivergenceProvenEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DivergenceProven(bytes32 indexed id, uint64 op, bytes32 prevAcc, bytes32 acc0, bytes32 acc1)
func (games *Games) UnpackDivergenceProvenEvent(log *types.Log) (*GamesDivergenceProven, error) {
	event := "DivergenceProven"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != games.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GamesDivergenceProven)
	if len(log.Data) > 0 {
		if err := games.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range games.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// GamesFinalStateCommitted represents a FinalStateCommitted event raised by the Games contract.
type GamesFinalStateCommitted struct {
	Id        [32]byte
	Side      uint8
	StateHash [32]byte
	Raw       *types.Log // Blockchain specific contextual infos
}

const GamesFinalStateCommittedEventName = "FinalStateCommitted"

// ContractEventName returns the user-defined event name.
func (GamesFinalStateCommitted) ContractEventName() string {
	return GamesFinalStateCommittedEventName
}

// UnpackFinalStateCommittedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event FinalStateCommitted(bytes32 indexed id, uint8 side, bytes32 stateHash)
func (games *Games) UnpackFinalStateCommittedEvent(log *types.Log) (*GamesFinalStateCommitted, error) {
	event := "FinalStateCommitted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != games.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GamesFinalStateCommitted)
	if len(log.Data) > 0 {
		if err := games.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range games.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// GamesGameOpened represents a GameOpened event raised by the Games contract.
type GamesGameOpened struct {
	Id        [32]byte
	JobHash   [32]byte
	Claim0    [32]byte
	Claim1    [32]byte
	Provider0 common.Address
	Provider1 common.Address
	Arity     uint8
	Clock     uint64
	Raw       *types.Log // Blockchain specific contextual infos
}

const GamesGameOpenedEventName = "GameOpened"

// ContractEventName returns the user-defined event name.
func (GamesGameOpened) ContractEventName() string {
	return GamesGameOpenedEventName
}

// UnpackGameOpenedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event GameOpened(bytes32 indexed id, bytes32 indexed jobHash, bytes32 claim0, bytes32 claim1, address provider0, address provider1, uint8 arity, uint64 clock)
func (games *Games) UnpackGameOpenedEvent(log *types.Log) (*GamesGameOpened, error) {
	event := "GameOpened"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != games.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GamesGameOpened)
	if len(log.Data) > 0 {
		if err := games.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range games.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// GamesPosted represents a Posted event raised by the Games contract.
type GamesPosted struct {
	Id     [32]byte
	Round  uint8
	Side   uint8
	Hashes [][32]byte
	Raw    *types.Log // Blockchain specific contextual infos
}

const GamesPostedEventName = "Posted"

// ContractEventName returns the user-defined event name.
func (GamesPosted) ContractEventName() string {
	return GamesPostedEventName
}

// UnpackPostedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Posted(bytes32 indexed id, uint8 round, uint8 side, bytes32[] hashes)
func (games *Games) UnpackPostedEvent(log *types.Log) (*GamesPosted, error) {
	event := "Posted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != games.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GamesPosted)
	if len(log.Data) > 0 {
		if err := games.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range games.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// GamesResolved represents a Resolved event raised by the Games contract.
type GamesResolved struct {
	Id     [32]byte
	Losers uint8
	Raw    *types.Log // Blockchain specific contextual infos
}

const GamesResolvedEventName = "Resolved"

// ContractEventName returns the user-defined event name.
func (GamesResolved) ContractEventName() string {
	return GamesResolvedEventName
}

// UnpackResolvedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Resolved(bytes32 indexed id, uint8 losers)
func (games *Games) UnpackResolvedEvent(log *types.Log) (*GamesResolved, error) {
	event := "Resolved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != games.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GamesResolved)
	if len(log.Data) > 0 {
		if err := games.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range games.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// GamesSegmentChosen represents a SegmentChosen event raised by the Games contract.
type GamesSegmentChosen struct {
	Id    [32]byte
	Round uint8
	Lo    uint64
	Hi    uint64
	Start [32]byte
	End0  [32]byte
	End1  [32]byte
	Raw   *types.Log // Blockchain specific contextual infos
}

const GamesSegmentChosenEventName = "SegmentChosen"

// ContractEventName returns the user-defined event name.
func (GamesSegmentChosen) ContractEventName() string {
	return GamesSegmentChosenEventName
}

// UnpackSegmentChosenEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SegmentChosen(bytes32 indexed id, uint8 round, uint64 lo, uint64 hi, bytes32 start, bytes32 end0, bytes32 end1)
func (games *Games) UnpackSegmentChosenEvent(log *types.Log) (*GamesSegmentChosen, error) {
	event := "SegmentChosen"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != games.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GamesSegmentChosen)
	if len(log.Data) > 0 {
		if err := games.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range games.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// GamesSelfContradiction represents a SelfContradiction event raised by the Games contract.
type GamesSelfContradiction struct {
	Id   [32]byte
	Side uint8
	Raw  *types.Log // Blockchain specific contextual infos
}

const GamesSelfContradictionEventName = "SelfContradiction"

// ContractEventName returns the user-defined event name.
func (GamesSelfContradiction) ContractEventName() string {
	return GamesSelfContradictionEventName
}

// UnpackSelfContradictionEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SelfContradiction(bytes32 indexed id, uint8 side)
func (games *Games) UnpackSelfContradictionEvent(log *types.Log) (*GamesSelfContradiction, error) {
	event := "SelfContradiction"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != games.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GamesSelfContradiction)
	if len(log.Data) > 0 {
		if err := games.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range games.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// GamesStepExecuted represents a StepExecuted event raised by the Games contract.
type GamesStepExecuted struct {
	Id     [32]byte
	AtStep uint64
	Post   [32]byte
	Raw    *types.Log // Blockchain specific contextual infos
}

const GamesStepExecutedEventName = "StepExecuted"

// ContractEventName returns the user-defined event name.
func (GamesStepExecuted) ContractEventName() string {
	return GamesStepExecutedEventName
}

// UnpackStepExecutedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event StepExecuted(bytes32 indexed id, uint64 atStep, bytes32 post)
func (games *Games) UnpackStepExecutedEvent(log *types.Log) (*GamesStepExecuted, error) {
	event := "StepExecuted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != games.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GamesStepExecuted)
	if len(log.Data) > 0 {
		if err := games.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range games.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// GamesTimedOut represents a TimedOut event raised by the Games contract.
type GamesTimedOut struct {
	Id     [32]byte
	Losers uint8
	Raw    *types.Log // Blockchain specific contextual infos
}

const GamesTimedOutEventName = "TimedOut"

// ContractEventName returns the user-defined event name.
func (GamesTimedOut) ContractEventName() string {
	return GamesTimedOutEventName
}

// UnpackTimedOutEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TimedOut(bytes32 indexed id, uint8 losers)
func (games *Games) UnpackTimedOutEvent(log *types.Log) (*GamesTimedOut, error) {
	event := "TimedOut"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != games.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GamesTimedOut)
	if len(log.Data) > 0 {
		if err := games.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range games.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (games *Games) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], games.abi.Errors["AlreadyPosted"].ID.Bytes()[:4]) {
		return games.UnpackAlreadyPostedError(raw[4:])
	}
	if bytes.Equal(raw[:4], games.abi.Errors["BadConfig"].ID.Bytes()[:4]) {
		return games.UnpackBadConfigError(raw[4:])
	}
	if bytes.Equal(raw[:4], games.abi.Errors["BadFinalState"].ID.Bytes()[:4]) {
		return games.UnpackBadFinalStateError(raw[4:])
	}
	if bytes.Equal(raw[:4], games.abi.Errors["BadList"].ID.Bytes()[:4]) {
		return games.UnpackBadListError(raw[4:])
	}
	if bytes.Equal(raw[:4], games.abi.Errors["BadPreState"].ID.Bytes()[:4]) {
		return games.UnpackBadPreStateError(raw[4:])
	}
	if bytes.Equal(raw[:4], games.abi.Errors["BadProof"].ID.Bytes()[:4]) {
		return games.UnpackBadProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], games.abi.Errors["BadSignature"].ID.Bytes()[:4]) {
		return games.UnpackBadSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], games.abi.Errors["ClaimAlreadyDefeated"].ID.Bytes()[:4]) {
		return games.UnpackClaimAlreadyDefeatedError(raw[4:])
	}
	if bytes.Equal(raw[:4], games.abi.Errors["ClockExpired"].ID.Bytes()[:4]) {
		return games.UnpackClockExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], games.abi.Errors["NoDivergence"].ID.Bytes()[:4]) {
		return games.UnpackNoDivergenceError(raw[4:])
	}
	if bytes.Equal(raw[:4], games.abi.Errors["NoTimeout"].ID.Bytes()[:4]) {
		return games.UnpackNoTimeoutError(raw[4:])
	}
	if bytes.Equal(raw[:4], games.abi.Errors["NotContradiction"].ID.Bytes()[:4]) {
		return games.UnpackNotContradictionError(raw[4:])
	}
	if bytes.Equal(raw[:4], games.abi.Errors["NotParty"].ID.Bytes()[:4]) {
		return games.UnpackNotPartyError(raw[4:])
	}
	if bytes.Equal(raw[:4], games.abi.Errors["NotStaked"].ID.Bytes()[:4]) {
		return games.UnpackNotStakedError(raw[4:])
	}
	if bytes.Equal(raw[:4], games.abi.Errors["PairAlreadyInGame"].ID.Bytes()[:4]) {
		return games.UnpackPairAlreadyInGameError(raw[4:])
	}
	if bytes.Equal(raw[:4], games.abi.Errors["PastDisputeWindow"].ID.Bytes()[:4]) {
		return games.UnpackPastDisputeWindowError(raw[4:])
	}
	if bytes.Equal(raw[:4], games.abi.Errors["SameOutput"].ID.Bytes()[:4]) {
		return games.UnpackSameOutputError(raw[4:])
	}
	if bytes.Equal(raw[:4], games.abi.Errors["SameProvider"].ID.Bytes()[:4]) {
		return games.UnpackSameProviderError(raw[4:])
	}
	if bytes.Equal(raw[:4], games.abi.Errors["UnbondingTooShort"].ID.Bytes()[:4]) {
		return games.UnpackUnbondingTooShortError(raw[4:])
	}
	if bytes.Equal(raw[:4], games.abi.Errors["WrongJob"].ID.Bytes()[:4]) {
		return games.UnpackWrongJobError(raw[4:])
	}
	if bytes.Equal(raw[:4], games.abi.Errors["WrongPhase"].ID.Bytes()[:4]) {
		return games.UnpackWrongPhaseError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// GamesAlreadyPosted represents a AlreadyPosted error raised by the Games contract.
type GamesAlreadyPosted struct {
	Side uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyPosted(uint8 side)
func GamesAlreadyPostedErrorID() common.Hash {
	return common.HexToHash("0x4e0b042e9f9fd49d3d4fbc94e0c1abdbf04411e640993a6e8c5bb57aed703b95")
}

// UnpackAlreadyPostedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyPosted(uint8 side)
func (games *Games) UnpackAlreadyPostedError(raw []byte) (*GamesAlreadyPosted, error) {
	out := new(GamesAlreadyPosted)
	if err := games.abi.UnpackIntoInterface(out, "AlreadyPosted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GamesBadConfig represents a BadConfig error raised by the Games contract.
type GamesBadConfig struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadConfig()
func GamesBadConfigErrorID() common.Hash {
	return common.HexToHash("0x07cc321ce71a3eebb30014b3b8f136f5e867b17e2b76292bf086143aa7c7b50c")
}

// UnpackBadConfigError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadConfig()
func (games *Games) UnpackBadConfigError(raw []byte) (*GamesBadConfig, error) {
	out := new(GamesBadConfig)
	if err := games.abi.UnpackIntoInterface(out, "BadConfig", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GamesBadFinalState represents a BadFinalState error raised by the Games contract.
type GamesBadFinalState struct {
	What string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadFinalState(string what)
func GamesBadFinalStateErrorID() common.Hash {
	return common.HexToHash("0xbc2bbc956698e06a8af6bcfc0f8830411c46e6cb52a4686632d076a23fbd3149")
}

// UnpackBadFinalStateError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadFinalState(string what)
func (games *Games) UnpackBadFinalStateError(raw []byte) (*GamesBadFinalState, error) {
	out := new(GamesBadFinalState)
	if err := games.abi.UnpackIntoInterface(out, "BadFinalState", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GamesBadList represents a BadList error raised by the Games contract.
type GamesBadList struct {
	Length *big.Int
	Want   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadList(uint256 length, uint256 want)
func GamesBadListErrorID() common.Hash {
	return common.HexToHash("0xd828befee37a2d6404e46826ee32d596c8ab04100fc94a724f17a43b47b3e267")
}

// UnpackBadListError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadList(uint256 length, uint256 want)
func (games *Games) UnpackBadListError(raw []byte) (*GamesBadList, error) {
	out := new(GamesBadList)
	if err := games.abi.UnpackIntoInterface(out, "BadList", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GamesBadPreState represents a BadPreState error raised by the Games contract.
type GamesBadPreState struct {
	Pre    [32]byte
	Agreed [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadPreState(bytes32 pre, bytes32 agreed)
func GamesBadPreStateErrorID() common.Hash {
	return common.HexToHash("0xbfe684a3a40ec9d5ea6534c4be4aa5eab112978ec88c7340983a6fccb131c1bb")
}

// UnpackBadPreStateError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadPreState(bytes32 pre, bytes32 agreed)
func (games *Games) UnpackBadPreStateError(raw []byte) (*GamesBadPreState, error) {
	out := new(GamesBadPreState)
	if err := games.abi.UnpackIntoInterface(out, "BadPreState", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GamesBadProof represents a BadProof error raised by the Games contract.
type GamesBadProof struct {
	What string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadProof(string what)
func GamesBadProofErrorID() common.Hash {
	return common.HexToHash("0x4b0b7668f00e48d1b95940d503a98cb457b98d3da68370c08623198c4c757c45")
}

// UnpackBadProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadProof(string what)
func (games *Games) UnpackBadProofError(raw []byte) (*GamesBadProof, error) {
	out := new(GamesBadProof)
	if err := games.abi.UnpackIntoInterface(out, "BadProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GamesBadSignature represents a BadSignature error raised by the Games contract.
type GamesBadSignature struct {
	Side uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadSignature(uint8 side)
func GamesBadSignatureErrorID() common.Hash {
	return common.HexToHash("0x75bbbefaf280e26d6759c4d9710a44382465fdd1c3481df26524a379a4f7a9a7")
}

// UnpackBadSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadSignature(uint8 side)
func (games *Games) UnpackBadSignatureError(raw []byte) (*GamesBadSignature, error) {
	out := new(GamesBadSignature)
	if err := games.abi.UnpackIntoInterface(out, "BadSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GamesClaimAlreadyDefeated represents a ClaimAlreadyDefeated error raised by the Games contract.
type GamesClaimAlreadyDefeated struct {
	Claim [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ClaimAlreadyDefeated(bytes32 claim)
func GamesClaimAlreadyDefeatedErrorID() common.Hash {
	return common.HexToHash("0xabd07d578b19a1e12340684f5eee58160ec37109d37234f1cbd69627b31b569d")
}

// UnpackClaimAlreadyDefeatedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ClaimAlreadyDefeated(bytes32 claim)
func (games *Games) UnpackClaimAlreadyDefeatedError(raw []byte) (*GamesClaimAlreadyDefeated, error) {
	out := new(GamesClaimAlreadyDefeated)
	if err := games.abi.UnpackIntoInterface(out, "ClaimAlreadyDefeated", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GamesClockExpired represents a ClockExpired error raised by the Games contract.
type GamesClockExpired struct {
	Side uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ClockExpired(uint8 side)
func GamesClockExpiredErrorID() common.Hash {
	return common.HexToHash("0x9d0cc5641f95839a6f9ea9fa62ad268c61bc456841378dc537158ade5e8aaa95")
}

// UnpackClockExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ClockExpired(uint8 side)
func (games *Games) UnpackClockExpiredError(raw []byte) (*GamesClockExpired, error) {
	out := new(GamesClockExpired)
	if err := games.abi.UnpackIntoInterface(out, "ClockExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GamesNoDivergence represents a NoDivergence error raised by the Games contract.
type GamesNoDivergence struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoDivergence()
func GamesNoDivergenceErrorID() common.Hash {
	return common.HexToHash("0xb7d604b1d63a6c52e59bb2241122e9671b8b4a93b4780ddab9734c3116eb09c1")
}

// UnpackNoDivergenceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoDivergence()
func (games *Games) UnpackNoDivergenceError(raw []byte) (*GamesNoDivergence, error) {
	out := new(GamesNoDivergence)
	if err := games.abi.UnpackIntoInterface(out, "NoDivergence", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GamesNoTimeout represents a NoTimeout error raised by the Games contract.
type GamesNoTimeout struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoTimeout()
func GamesNoTimeoutErrorID() common.Hash {
	return common.HexToHash("0xdcd41f54506d33ac08ca01ba66f2ca2385d0773f712f01f6b4e5206b965745bd")
}

// UnpackNoTimeoutError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoTimeout()
func (games *Games) UnpackNoTimeoutError(raw []byte) (*GamesNoTimeout, error) {
	out := new(GamesNoTimeout)
	if err := games.abi.UnpackIntoInterface(out, "NoTimeout", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GamesNotContradiction represents a NotContradiction error raised by the Games contract.
type GamesNotContradiction struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotContradiction()
func GamesNotContradictionErrorID() common.Hash {
	return common.HexToHash("0xa32d41e14d132c651af991f3e2108d87c5f18c6064f9e21c158024e35705ced8")
}

// UnpackNotContradictionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotContradiction()
func (games *Games) UnpackNotContradictionError(raw []byte) (*GamesNotContradiction, error) {
	out := new(GamesNotContradiction)
	if err := games.abi.UnpackIntoInterface(out, "NotContradiction", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GamesNotParty represents a NotParty error raised by the Games contract.
type GamesNotParty struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotParty(address caller)
func GamesNotPartyErrorID() common.Hash {
	return common.HexToHash("0x20b9b3408989ca42d5fa2663f15008e4a0eb67196888f609b60bc67db38ad0ab")
}

// UnpackNotPartyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotParty(address caller)
func (games *Games) UnpackNotPartyError(raw []byte) (*GamesNotParty, error) {
	out := new(GamesNotParty)
	if err := games.abi.UnpackIntoInterface(out, "NotParty", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GamesNotStaked represents a NotStaked error raised by the Games contract.
type GamesNotStaked struct {
	Side uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotStaked(uint8 side)
func GamesNotStakedErrorID() common.Hash {
	return common.HexToHash("0x385b684934af23fd14996864f1611e21565838fd315b2c30627c99fd59ddff7b")
}

// UnpackNotStakedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotStaked(uint8 side)
func (games *Games) UnpackNotStakedError(raw []byte) (*GamesNotStaked, error) {
	out := new(GamesNotStaked)
	if err := games.abi.UnpackIntoInterface(out, "NotStaked", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GamesPairAlreadyInGame represents a PairAlreadyInGame error raised by the Games contract.
type GamesPairAlreadyInGame struct {
	Id [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PairAlreadyInGame(bytes32 id)
func GamesPairAlreadyInGameErrorID() common.Hash {
	return common.HexToHash("0xff59db3f392ba3eef366294d290e3280b8194d76056b3626602b47dd85aacac2")
}

// UnpackPairAlreadyInGameError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PairAlreadyInGame(bytes32 id)
func (games *Games) UnpackPairAlreadyInGameError(raw []byte) (*GamesPairAlreadyInGame, error) {
	out := new(GamesPairAlreadyInGame)
	if err := games.abi.UnpackIntoInterface(out, "PairAlreadyInGame", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GamesPastDisputeWindow represents a PastDisputeWindow error raised by the Games contract.
type GamesPastDisputeWindow struct {
	Deadline uint64
	NowTime  uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PastDisputeWindow(uint64 deadline, uint64 nowTime)
func GamesPastDisputeWindowErrorID() common.Hash {
	return common.HexToHash("0x4b526c15ed5c429cf325616bed240223666ac3ade64a93d8c740e33f1823a606")
}

// UnpackPastDisputeWindowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PastDisputeWindow(uint64 deadline, uint64 nowTime)
func (games *Games) UnpackPastDisputeWindowError(raw []byte) (*GamesPastDisputeWindow, error) {
	out := new(GamesPastDisputeWindow)
	if err := games.abi.UnpackIntoInterface(out, "PastDisputeWindow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GamesSameOutput represents a SameOutput error raised by the Games contract.
type GamesSameOutput struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SameOutput()
func GamesSameOutputErrorID() common.Hash {
	return common.HexToHash("0xce47e0855282231aa69f6a03ae33c94cada591a2ad568b252f66e637f5667b06")
}

// UnpackSameOutputError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SameOutput()
func (games *Games) UnpackSameOutputError(raw []byte) (*GamesSameOutput, error) {
	out := new(GamesSameOutput)
	if err := games.abi.UnpackIntoInterface(out, "SameOutput", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GamesSameProvider represents a SameProvider error raised by the Games contract.
type GamesSameProvider struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SameProvider()
func GamesSameProviderErrorID() common.Hash {
	return common.HexToHash("0xb6a49ad85e13d4ea9046564e3f977a8eb0ad01710202d3c38d343ff7f40ecbcd")
}

// UnpackSameProviderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SameProvider()
func (games *Games) UnpackSameProviderError(raw []byte) (*GamesSameProvider, error) {
	out := new(GamesSameProvider)
	if err := games.abi.UnpackIntoInterface(out, "SameProvider", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GamesUnbondingTooShort represents a UnbondingTooShort error raised by the Games contract.
type GamesUnbondingTooShort struct {
	Unbonding uint64
	Needed    uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnbondingTooShort(uint64 unbonding, uint64 needed)
func GamesUnbondingTooShortErrorID() common.Hash {
	return common.HexToHash("0x2d3bd2f84eb13fb75d71976e5a1fc940cefbb8b97cd9c863a8b0549260143aeb")
}

// UnpackUnbondingTooShortError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnbondingTooShort(uint64 unbonding, uint64 needed)
func (games *Games) UnpackUnbondingTooShortError(raw []byte) (*GamesUnbondingTooShort, error) {
	out := new(GamesUnbondingTooShort)
	if err := games.abi.UnpackIntoInterface(out, "UnbondingTooShort", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GamesWrongJob represents a WrongJob error raised by the Games contract.
type GamesWrongJob struct {
	Side uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongJob(uint8 side)
func GamesWrongJobErrorID() common.Hash {
	return common.HexToHash("0x89572ce80fbe5b57d874f7f0504b3ae080839302ce18512587cf861988aba7d0")
}

// UnpackWrongJobError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongJob(uint8 side)
func (games *Games) UnpackWrongJobError(raw []byte) (*GamesWrongJob, error) {
	out := new(GamesWrongJob)
	if err := games.abi.UnpackIntoInterface(out, "WrongJob", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GamesWrongPhase represents a WrongPhase error raised by the Games contract.
type GamesWrongPhase struct {
	Phase uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongPhase(uint8 phase)
func GamesWrongPhaseErrorID() common.Hash {
	return common.HexToHash("0x96fe8cdd585d6e16539084786ef0330f221a01706accefe0bc861b9b7c7ccd00")
}

// UnpackWrongPhaseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongPhase(uint8 phase)
func (games *Games) UnpackWrongPhaseError(raw []byte) (*GamesWrongPhase, error) {
	out := new(GamesWrongPhase)
	if err := games.abi.UnpackIntoInterface(out, "WrongPhase", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InferenceRequestsMetaData contains all meta data concerning the InferenceRequests contract.
var InferenceRequestsMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractRegistry\",\"name\":\"registry_\",\"type\":\"address\"},{\"internalType\":\"contractGames\",\"name\":\"games_\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"challengeWindow_\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"callbackGas_\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"AlreadyFinal\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"why\",\"type\":\"string\"}],\"name\":\"BadClaim\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"left\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"GasBelowStipend\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"InputTooLong\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoInput\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"finalAfter\",\"type\":\"uint64\"}],\"name\":\"NotFinalYet\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"claimed\",\"type\":\"bytes32\"}],\"name\":\"OutputMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"OutputTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"a\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"b\",\"type\":\"bytes32\"}],\"name\":\"OutputsDisagree\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"claimHash\",\"type\":\"bytes32\"}],\"name\":\"StillDisputed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"TooManyAnswers\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"UnknownRequest\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"ends\",\"type\":\"uint64\"}],\"name\":\"WindowOver\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"claimHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"outputRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"}],\"name\":\"Answered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"outputRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"callbackOk\",\"type\":\"bool\"}],\"name\":\"Finalized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"classId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"inputRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"input\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"cid\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"windowEnds\",\"type\":\"uint64\"}],\"name\":\"Requested\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MAX_ANSWERS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_INPUT\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_OUTPUT\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"components\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"jobHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"outputRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"traceRoot\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"}],\"internalType\":\"structMessages.Claim\",\"name\":\"claim\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"sig\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"service\",\"type\":\"bytes32\"}],\"internalType\":\"structGames.SignedClaim\",\"name\":\"sc\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"}],\"name\":\"answer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"answers\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"claimHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"outputRoot\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"}],\"internalType\":\"structInferenceRequests.Answer[]\",\"name\":\"\",\"type\":\"tuple[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"blobRoot\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"callbackGas\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"challengeWindow\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"finalize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"games\",\"outputs\":[{\"internalType\":\"contractGames\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"jobOf\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"classId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"inputRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"inputCid\",\"type\":\"bytes\"},{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"feeCap\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"internalType\":\"structMessages.Job\",\"name\":\"j\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"contractRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"classId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"input\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"inputRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"cid\",\"type\":\"bytes\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"}],\"name\":\"request\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"requestInfo\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"classId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"inputRoot\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"windowEnds\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"finalized\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"cid\",\"type\":\"bytes\"}],\"internalType\":\"structInferenceRequests.Request\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "94499e644e8bf1ef89e68ee0af680f47e0",
	Bin: "0x610120604052348015610010575f5ffd5b506040516125e23803806125e283398101604081905261002f91610148565b6001600160a01b03808516608052831660a0526001600160401b0380831660c052811660e05261010884604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f78ea9e63d0dbd8ea2edbf971b6c4baa5c14bcb86e51fedc59e844473b2883f2b918101919091527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201526001600160a01b03821660a08201525f9060c001604051602081830303815290604052805190602001209050919050565b610100525061019e92505050565b6001600160a01b038116811461012a575f5ffd5b50565b80516001600160401b0381168114610143575f5ffd5b919050565b5f5f5f5f6080858703121561015b575f5ffd5b845161016681610116565b602086015190945061017781610116565b92506101856040860161012d565b91506101936060860161012d565b905092959194509250565b60805160a05160c05160e051610100516123c861021a5f395f8181610db60152610e7601525f81816102af015281816107e60152818161081001526108b701525f81816101f2015261150901525f818161027c0152818161036e015281816104cb01526105ab01525f81816101a70152610f6201526123c85ff3fe6080604052600436106100d9575f3560e01c806387af1a421161007c578063a10132ad11610057578063a10132ad1461029e578063b6472208146102d1578063bbd89b9b146102e4578063ddc1585f14610133575f5ffd5b806387af1a421461022d5780638a48c6e81461024c578063955a015b1461026b575f5ffd5b80634f588bf1116100b75780634f588bf114610156578063701c7372146101825780637b10399914610196578063861a1412146101e1575f5ffd5b806305261aea146100dd57806317599cc5146100fe5780632155de2f14610133575b5f5ffd5b3480156100e8575f5ffd5b506100fc6100f7366004611b5e565b610310565b005b348015610109575f5ffd5b5061011d610118366004611b5e565b610a14565b60405161012a9190611ba3565b60405180910390f35b34801561013e575f5ffd5b5061014861100081565b60405190815260200161012a565b348015610161575f5ffd5b50610175610170366004611b5e565b610b3d565b60405161012a9190611c3a565b34801561018d575f5ffd5b50610148600881565b3480156101a1575f5ffd5b506101c97f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b03909116815260200161012a565b3480156101ec575f5ffd5b506102147f000000000000000000000000000000000000000000000000000000000000000081565b60405167ffffffffffffffff909116815260200161012a565b348015610238575f5ffd5b506100fc610247366004611d11565b610cb3565b348015610257575f5ffd5b50610148610266366004611d85565b611239565b348015610276575f5ffd5b506101c97f000000000000000000000000000000000000000000000000000000000000000081565b3480156102a9575f5ffd5b506102147f000000000000000000000000000000000000000000000000000000000000000081565b6101486102df366004611ddf565b611466565b3480156102ef575f5ffd5b506103036102fe366004611b5e565b6116f7565b60405161012a9190611e71565b5f61031a8261184e565b6003810154909150600160e01b900460ff161561036b576040517fc66c6a7e000000000000000000000000000000000000000000000000000000008152600481018390526024015b60405180910390fd5b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663117f5f926040518163ffffffff1660e01b8152600401602060405180830381865afa1580156103c8573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906103ec9190611ef2565b600383015461040c9190600160a01b900467ffffffffffffffff16611f2d565b90508067ffffffffffffffff16421161045d576040517f2249760d00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff82166004820152602401610362565b5f838152600160205260408120905f19905b825481101561070b575f83828154811061048b5761048b611f4d565b5f9182526020909120600491820201546040517f57c530e500000000000000000000000000000000000000000000000000000000815291820181905291507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906357c530e590602401602060405180830381865afa158015610518573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061053c9190611f61565b63ffffffff161561057c576040517f03f9815500000000000000000000000000000000000000000000000000000000815260048101829052602401610362565b6040517fbf570c19000000000000000000000000000000000000000000000000000000008152600481018290527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063bf570c1990602401602060405180830381865afa1580156105f8573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061061c9190611f84565b156106275750610703565b5f83121561063757819250610701565b83828154811061064957610649611f4d565b905f5260205f2090600402016001015484848154811061066b5761066b611f4d565b905f5260205f20906004020160010154146107015783838154811061069257610692611f4d565b905f5260205f209060040201600101548483815481106106b4576106b4611f4d565b905f5260205f209060040201600101546040517f51d6f04b000000000000000000000000000000000000000000000000000000008152600401610362929190918252602082015260400190565b505b60010161046f565b5060038401805460ff60e01b1916600160e01b17905560048401545f8212156107a8576002850154604080515f8082526001600160a01b039093166020820152908101839052606081019190915286907f4ee299f266ebb2ae0fd6273baefeb20d141ae6dcc22cd0ad6e9e907a6a3be1879060800160405180910390a260028501546107a0906001600160a01b0316826118b1565b505050505050565b5f8383815481106107bb576107bb611f4d565b5f91825260208220600389015460049092020192506001600160a01b031615610995575f61080a603f7f0000000000000000000000000000000000000000000000000000000000000000611fb7565b610834907f0000000000000000000000000000000000000000000000000000000000000000611f2d565b61084090614e20611f2d565b67ffffffffffffffff169050805a1015610892575a6040517f5a7720eb000000000000000000000000000000000000000000000000000000008152600481019190915260248101829052604401610362565b60038089015460018501546040516001600160a01b039092169267ffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016926108ec928e9290919089019060240161201e565b60408051601f198184030181529181526020820180517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff167f46fad2fb000000000000000000000000000000000000000000000000000000001790525161094f91906120b3565b5f604051808303815f8787f1925050503d805f8114610989576040519150601f19603f3d011682016040523d82523d5f602084013e61098e565b606091505b5090925050505b60018201546002830154604080519283526001600160a01b0390911660208301528101849052811515606082015288907f4ee299f266ebb2ae0fd6273baefeb20d141ae6dcc22cd0ad6e9e907a6a3be1879060800160405180910390a26002820154610a0a906001600160a01b0316846118b1565b5050505050505050565b606060015f8381526020019081526020015f20805480602002602001604051908101604052809291908181526020015f905b82821015610b32575f84815260209081902060408051608081018252600486029092018054835260018101549383019390935260028301546001600160a01b031690820152600382018054919291606084019190610aa390611fe6565b80601f0160208091040260200160405190810160405280929190818152602001828054610acf90611fe6565b8015610b1a5780601f10610af157610100808354040283529160200191610b1a565b820191905f5260205f20905b815481529060010190602001808311610afd57829003601f168201915b50505050508152505081526020019060010190610a46565b505050509050919050565b610b9c6040518061010001604052805f81526020015f81526020015f6001600160a01b031681526020015f6001600160a01b031681526020015f67ffffffffffffffff1681526020015f151581526020015f8152602001606081525090565b610ba58261184e565b6040805161010081018252825481526001830154602082015260028301546001600160a01b039081169282019290925260038301549182166060820152600160a01b820467ffffffffffffffff166080820152600160e01b90910460ff16151560a0820152600482015460c082015260058201805491929160e084019190610c2c90611fe6565b80601f0160208091040260200160405190810160405280929190818152602001828054610c5890611fe6565b8015610ca35780601f10610c7a57610100808354040283529160200191610ca3565b820191905f5260205f20905b815481529060010190602001808311610c8657829003601f168201915b5050505050815250509050919050565b5f610cbd8561184e565b6003810154909150600160a01b900467ffffffffffffffff16421115610d275760038101546040517fa21a5eab000000000000000000000000000000000000000000000000000000008152600160a01b90910467ffffffffffffffff166004820152602401610362565b5f85815260016020526040902054600811610d71576040517f6dd91c6a00000000000000000000000000000000000000000000000000000000815260048101869052602401610362565b611000821115610db0576040517f4116e21200000000000000000000000000000000000000000000000000000000815260048101839052602401610362565b83610e207f0000000000000000000000000000000000000000000000000000000000000000610de6610de1896116f7565b61195c565b6040517f19010000000000000000000000000000000000000000000000000000000000008152600281019290925260228201526042902090565b813514610e705760405163dc2e5bb160e01b815260206004820152600b60248201527f616e6f74686572206a6f620000000000000000000000000000000000000000006044820152606401610362565b5f610eac7f0000000000000000000000000000000000000000000000000000000000000000610de6610ea7368690038601866120dd565b611a25565b90505f610ebf6080840160608501612145565b6001600160a01b03161480610f0a5750610edf6080830160608401612145565b6001600160a01b0316610efe82610ef960808a018a61215e565b611a95565b6001600160a01b031614155b15610f585760405163dc2e5bb160e01b815260206004820152600960248201527f7369676e617475726500000000000000000000000000000000000000000000006044820152606401610362565b6001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001663933e087b60a0880135610f9c6080860160608701612145565b865460405160e085901b7fffffffff0000000000000000000000000000000000000000000000000000000016815260048101939093526001600160a01b0390911660248301526044820152606401602060405180830381865afa158015611005573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906110299190611f84565b6110765760405163dc2e5bb160e01b815260206004820152601860248201527f6e6f74207374616b656420666f722074686520636c61737300000000000000006044820152606401610362565b83158015906110925750816020013561108f8686611239565b14155b156110e1576110a18585611239565b6040517f6eaf2e03000000000000000000000000000000000000000000000000000000008152600481019190915260208301356024820152604401610362565b60015f8881526020019081526020015f206040518060800160405280838152602001846020013581526020018460600160208101906111209190612145565b6001600160a01b0316815260200187878080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201829052509390945250508354600180820186559482526020918290208451600490920201908155908301519381019390935550604081015160028301805473ffffffffffffffffffffffffffffffffffffffff19166001600160a01b03909216919091179055606081015190919060038201906111d890826121ef565b508891507fb2982becfa8e50f59dd58bc4f5ebb99bcea75462757916130b5d67b0ef19017b90508260208501356112156080870160608801612145565b89896040516112289594939291906122d6565b60405180910390a250505050505050565b5f80602061124884601f61230f565b6112529190612322565b61125d90600161230f565b905060015b818110156112725760011b611262565b5f8167ffffffffffffffff81111561128c5761128c6120c9565b6040519080825280602002602001820160405280156112b5578160200160208202803683370190505b508051909150859082905f906112cd576112cd611f4d565b60209081029190910101525f5b836112e682600161230f565b101561136c575f806112f9836020612335565b89810135925090505f61130c828a61234c565b9050602081101561132d57611322816008612335565b5f19901c1992909216915b828561133a86600161230f565b8151811061134a5761134a611f4d565b60200260200101818152505050505080806113649061235f565b9150506112da565b50815b600181111561143f575f5b611385600283612322565b8110156114365782611398826002612335565b815181106113a8576113a8611f4d565b6020026020010151838260026113be9190612335565b6113c990600161230f565b815181106113d9576113d9611f4d565b60200260200101516040516020016113fb929190918252602082015260400190565b6040516020818303038152906040528051906020012083828151811061142357611423611f4d565b602090810291909101015260010161137a565b5060011c61136f565b50805f8151811061145257611452611f4d565b602002602001015193505050505b92915050565b5f6110008611156114a6576040517f8c4dd87b00000000000000000000000000000000000000000000000000000000815260048101879052602401610362565b85156114bd576114b68787611239565b94506114ff565b8415806114c8575082155b156114ff576040517fdc545c6200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b505f80549061152e7f000000000000000000000000000000000000000000000000000000000000000042611f2d565b90505f6040518061010001604052808b8152602001888152602001336001600160a01b03168152602001856001600160a01b031681526020018367ffffffffffffffff1681526020015f1515815260200134815260200187878080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201829052509390945250508354600180820186559482526020918290208451600690920201908155908301519381019390935550604081015160028301805473ffffffffffffffffffffffffffffffffffffffff19166001600160a01b039283161790556060820151600384018054608085015160a0860151939094167fffffffff0000000000000000000000000000000000000000000000000000000090911617600160a01b67ffffffffffffffff909416939093029290921760ff60e01b1916600160e01b9115159190910217905560c0810151600483015560e081015190919060058201906116a390826121ef565b50505088827ffadf210935b237cadef7697fbe4cfbc02753cf52e6b188e7e25259151c8f0524888b8b8a8a34896040516116e39796959493929190612377565b60405180910390a350979650505050505050565b61174e6040518060e001604052805f81526020015f8152602001606081526020015f6001600160a01b031681526020015f67ffffffffffffffff1681526020015f81526020015f67ffffffffffffffff1681525090565b5f6117588361184e565b90506040518060e00160405280825f015481526020018260010154815260200182600501805461178790611fe6565b80601f01602080910402602001604051908101604052809291908181526020018280546117b390611fe6565b80156117fe5780601f106117d5576101008083540402835291602001916117fe565b820191905f5260205f20905b8154815290600101906020018083116117e157829003601f168201915b505050918352505060028301546001600160a01b0316602082015267ffffffffffffffff948516604082015260048301546060820152600390920154600160a01b90049093166080909101525090565b5f8054821061188c576040517f1f79bbe700000000000000000000000000000000000000000000000000000000815260048101839052602401610362565b5f828154811061189e5761189e611f4d565b905f5260205f2090600602019050919050565b805f036118bc575050565b5f826001600160a01b0316826040515f6040518083038185875af1925050503d805f8114611905576040519150601f19603f3d011682016040523d82523d5f602084013e61190a565b606091505b5050905080611957576040517f1c43b9760000000000000000000000000000000000000000000000000000000081526001600160a01b038416600482015260248101839052604401610362565b505050565b5f7f1541bec991b8048fc5d44a55e04ed89b5e1bb70e78f00d5d188b252d56fcf387825f01518360200151846040015180519060200120856060015186608001518760a001518860c00151604051602001611a089897969594939291909788526020880196909652604087019490945260608601929092526001600160a01b0316608085015267ffffffffffffffff90811660a085015260c08401919091521660e08201526101000190565b604051602081830303815290604052805190602001209050919050565b5f7f4a02032b8cfff5a0deb70d0f80e630ddd7da7f5e40a446c5bc7cc8522bc310c0825f0151836020015184604001518560600151604051602001611a089594939291909485526020850193909352604084019190915260608301526001600160a01b0316608082015260a00190565b5f60418214611aa557505f611b57565b8235602084013560408501355f1a7f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0821180611ae757506001601b8260ff1603115b15611af7575f9350505050611b57565b604080515f81526020810180835289905260ff831691810191909152606081018490526080810183905260019060a0016020604051602081039080840390855afa158015611b47573d5f5f3e3d5ffd5b5050506020604051035193505050505b9392505050565b5f60208284031215611b6e575f5ffd5b5035919050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b5f602082016020835280845180835260408501915060408160051b8601019250602086015f5b82811015611c2e57603f19878603018452815180518652602081015160208701526001600160a01b0360408201511660408701526060810151905060806060870152611c186080870182611b75565b9550506020938401939190910190600101611bc9565b50929695505050505050565b6020815281516020820152602082015160408201526001600160a01b0360408301511660608201526001600160a01b0360608301511660808201525f6080830151611c9160a084018267ffffffffffffffff169052565b5060a083015180151560c08401525060c083015160e083015260e083015161010080840152611cc4610120840182611b75565b949350505050565b5f5f83601f840112611cdc575f5ffd5b50813567ffffffffffffffff811115611cf3575f5ffd5b602083019150836020828501011115611d0a575f5ffd5b9250929050565b5f5f5f5f60608587031215611d24575f5ffd5b84359350602085013567ffffffffffffffff811115611d41575f5ffd5b850160c08188031215611d52575f5ffd5b9250604085013567ffffffffffffffff811115611d6d575f5ffd5b611d7987828801611ccc565b95989497509550505050565b5f5f60208385031215611d96575f5ffd5b823567ffffffffffffffff811115611dac575f5ffd5b611db885828601611ccc565b90969095509350505050565b80356001600160a01b0381168114611dda575f5ffd5b919050565b5f5f5f5f5f5f5f60a0888a031215611df5575f5ffd5b87359650602088013567ffffffffffffffff811115611e12575f5ffd5b611e1e8a828b01611ccc565b90975095505060408801359350606088013567ffffffffffffffff811115611e44575f5ffd5b611e508a828b01611ccc565b9094509250611e63905060808901611dc4565b905092959891949750929550565b6020815281516020820152602082015160408201525f604083015160e06060840152611ea1610100840182611b75565b90506001600160a01b03606085015116608084015267ffffffffffffffff60808501511660a084015260a084015160c084015267ffffffffffffffff60c08501511660e08401528091505092915050565b5f60208284031215611f02575f5ffd5b815167ffffffffffffffff81168114611b57575f5ffd5b634e487b7160e01b5f52601160045260245ffd5b67ffffffffffffffff818116838216019081111561146057611460611f19565b634e487b7160e01b5f52603260045260245ffd5b5f60208284031215611f71575f5ffd5b815163ffffffff81168114611b57575f5ffd5b5f60208284031215611f94575f5ffd5b81518015158114611b57575f5ffd5b634e487b7160e01b5f52601260045260245ffd5b5f67ffffffffffffffff831680611fd057611fd0611fa3565b8067ffffffffffffffff84160491505092915050565b600181811c90821680611ffa57607f821691505b60208210810361201857634e487b7160e01b5f52602260045260245ffd5b50919050565b838152826020820152606060408201525f5f835461203b81611fe6565b806060860152600182165f81146120595760018114612075576120a6565b60ff1983166080870152608082151560051b87010193506120a6565b865f5260205f205f5b8381101561209d5781548882016080015260019091019060200161207e565b87016080019450505b5091979650505050505050565b5f82518060208501845e5f920191825250919050565b634e487b7160e01b5f52604160045260245ffd5b5f60808284031280156120ee575f5ffd5b506040516080810167ffffffffffffffff81118282101715612112576121126120c9565b60409081528335825260208085013590830152838101359082015261213960608401611dc4565b60608201529392505050565b5f60208284031215612155575f5ffd5b611b5782611dc4565b5f5f8335601e19843603018112612173575f5ffd5b83018035915067ffffffffffffffff82111561218d575f5ffd5b602001915036819003821315611d0a575f5ffd5b601f821115611957578282111561195757805f5260205f20601f840160051c60208510156121cc57505f5b90810190601f840160051c035f5b818110156107a0575f838201556001016121da565b815167ffffffffffffffff811115612209576122096120c9565b61221d816122178454611fe6565b846121a1565b6020601f82116001811461224f575f83156122385750848201515b5f19600385901b1c1916600184901b1784556122a7565b5f84815260208120601f198516915b8281101561227e578785015182556020948501946001909201910161225e565b508482101561229b57868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b8581528460208201526001600160a01b0384166040820152608060608201525f6123046080830184866122ae565b979650505050505050565b8082018082111561146057611460611f19565b5f8261233057612330611fa3565b500490565b808202811582820484141761146057611460611f19565b8181038181111561146057611460611f19565b5f6001820161237057612370611f19565b5060010190565b87815260a060208201525f61239060a08301888a6122ae565b82810360408401526123a38187896122ae565b91505083606083015267ffffffffffffffff831660808301529897505050505050505056",
}

// InferenceRequests is an auto generated Go binding around an Ethereum contract.
type InferenceRequests struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *InferenceRequests) GetABI() abi.ABI {
	return c.abi
}

// NewInferenceRequests creates a new instance of InferenceRequests.
func NewInferenceRequests() *InferenceRequests {
	parsed, err := InferenceRequestsMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &InferenceRequests{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *InferenceRequests) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address registry_, address games_, uint64 challengeWindow_, uint64 callbackGas_) returns()
func (inferenceRequests *InferenceRequests) PackConstructor(registry_ common.Address, games_ common.Address, challengeWindow_ uint64, callbackGas_ uint64) []byte {
	enc, err := inferenceRequests.abi.Pack("", registry_, games_, challengeWindow_, callbackGas_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackMAXANSWERS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x701c7372.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_ANSWERS() view returns(uint256)
func (inferenceRequests *InferenceRequests) PackMAXANSWERS() []byte {
	enc, err := inferenceRequests.abi.Pack("MAX_ANSWERS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXANSWERS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x701c7372.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_ANSWERS() view returns(uint256)
func (inferenceRequests *InferenceRequests) TryPackMAXANSWERS() ([]byte, error) {
	return inferenceRequests.abi.Pack("MAX_ANSWERS")
}

// UnpackMAXANSWERS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x701c7372.
//
// Solidity: function MAX_ANSWERS() view returns(uint256)
func (inferenceRequests *InferenceRequests) UnpackMAXANSWERS(data []byte) (*big.Int, error) {
	out, err := inferenceRequests.abi.Unpack("MAX_ANSWERS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXINPUT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2155de2f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_INPUT() view returns(uint256)
func (inferenceRequests *InferenceRequests) PackMAXINPUT() []byte {
	enc, err := inferenceRequests.abi.Pack("MAX_INPUT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXINPUT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2155de2f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_INPUT() view returns(uint256)
func (inferenceRequests *InferenceRequests) TryPackMAXINPUT() ([]byte, error) {
	return inferenceRequests.abi.Pack("MAX_INPUT")
}

// UnpackMAXINPUT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2155de2f.
//
// Solidity: function MAX_INPUT() view returns(uint256)
func (inferenceRequests *InferenceRequests) UnpackMAXINPUT(data []byte) (*big.Int, error) {
	out, err := inferenceRequests.abi.Unpack("MAX_INPUT", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXOUTPUT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xddc1585f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_OUTPUT() view returns(uint256)
func (inferenceRequests *InferenceRequests) PackMAXOUTPUT() []byte {
	enc, err := inferenceRequests.abi.Pack("MAX_OUTPUT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXOUTPUT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xddc1585f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_OUTPUT() view returns(uint256)
func (inferenceRequests *InferenceRequests) TryPackMAXOUTPUT() ([]byte, error) {
	return inferenceRequests.abi.Pack("MAX_OUTPUT")
}

// UnpackMAXOUTPUT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xddc1585f.
//
// Solidity: function MAX_OUTPUT() view returns(uint256)
func (inferenceRequests *InferenceRequests) UnpackMAXOUTPUT(data []byte) (*big.Int, error) {
	out, err := inferenceRequests.abi.Unpack("MAX_OUTPUT", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackAnswer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x87af1a42.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function answer(uint256 id, ((bytes32,bytes32,bytes32,address),bytes,bytes32) sc, bytes output) returns()
func (inferenceRequests *InferenceRequests) PackAnswer(id *big.Int, sc GamesSignedClaim, output []byte) []byte {
	enc, err := inferenceRequests.abi.Pack("answer", id, sc, output)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAnswer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x87af1a42.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function answer(uint256 id, ((bytes32,bytes32,bytes32,address),bytes,bytes32) sc, bytes output) returns()
func (inferenceRequests *InferenceRequests) TryPackAnswer(id *big.Int, sc GamesSignedClaim, output []byte) ([]byte, error) {
	return inferenceRequests.abi.Pack("answer", id, sc, output)
}

// PackAnswers is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x17599cc5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function answers(uint256 id) view returns((bytes32,bytes32,address,bytes)[])
func (inferenceRequests *InferenceRequests) PackAnswers(id *big.Int) []byte {
	enc, err := inferenceRequests.abi.Pack("answers", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAnswers is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x17599cc5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function answers(uint256 id) view returns((bytes32,bytes32,address,bytes)[])
func (inferenceRequests *InferenceRequests) TryPackAnswers(id *big.Int) ([]byte, error) {
	return inferenceRequests.abi.Pack("answers", id)
}

// UnpackAnswers is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x17599cc5.
//
// Solidity: function answers(uint256 id) view returns((bytes32,bytes32,address,bytes)[])
func (inferenceRequests *InferenceRequests) UnpackAnswers(data []byte) ([]InferenceRequestsAnswer, error) {
	out, err := inferenceRequests.abi.Unpack("answers", data)
	if err != nil {
		return *new([]InferenceRequestsAnswer), err
	}
	out0 := *abi.ConvertType(out[0], new([]InferenceRequestsAnswer)).(*[]InferenceRequestsAnswer)
	return out0, nil
}

// PackBlobRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8a48c6e8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function blobRoot(bytes data) pure returns(bytes32)
func (inferenceRequests *InferenceRequests) PackBlobRoot(data []byte) []byte {
	enc, err := inferenceRequests.abi.Pack("blobRoot", data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBlobRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8a48c6e8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function blobRoot(bytes data) pure returns(bytes32)
func (inferenceRequests *InferenceRequests) TryPackBlobRoot(data []byte) ([]byte, error) {
	return inferenceRequests.abi.Pack("blobRoot", data)
}

// UnpackBlobRoot is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8a48c6e8.
//
// Solidity: function blobRoot(bytes data) pure returns(bytes32)
func (inferenceRequests *InferenceRequests) UnpackBlobRoot(data []byte) ([32]byte, error) {
	out, err := inferenceRequests.abi.Unpack("blobRoot", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackCallbackGas is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa10132ad.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function callbackGas() view returns(uint64)
func (inferenceRequests *InferenceRequests) PackCallbackGas() []byte {
	enc, err := inferenceRequests.abi.Pack("callbackGas")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCallbackGas is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa10132ad.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function callbackGas() view returns(uint64)
func (inferenceRequests *InferenceRequests) TryPackCallbackGas() ([]byte, error) {
	return inferenceRequests.abi.Pack("callbackGas")
}

// UnpackCallbackGas is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa10132ad.
//
// Solidity: function callbackGas() view returns(uint64)
func (inferenceRequests *InferenceRequests) UnpackCallbackGas(data []byte) (uint64, error) {
	out, err := inferenceRequests.abi.Unpack("callbackGas", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackChallengeWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x861a1412.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function challengeWindow() view returns(uint64)
func (inferenceRequests *InferenceRequests) PackChallengeWindow() []byte {
	enc, err := inferenceRequests.abi.Pack("challengeWindow")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChallengeWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x861a1412.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function challengeWindow() view returns(uint64)
func (inferenceRequests *InferenceRequests) TryPackChallengeWindow() ([]byte, error) {
	return inferenceRequests.abi.Pack("challengeWindow")
}

// UnpackChallengeWindow is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x861a1412.
//
// Solidity: function challengeWindow() view returns(uint64)
func (inferenceRequests *InferenceRequests) UnpackChallengeWindow(data []byte) (uint64, error) {
	out, err := inferenceRequests.abi.Unpack("challengeWindow", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackFinalize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x05261aea.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function finalize(uint256 id) returns()
func (inferenceRequests *InferenceRequests) PackFinalize(id *big.Int) []byte {
	enc, err := inferenceRequests.abi.Pack("finalize", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFinalize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x05261aea.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function finalize(uint256 id) returns()
func (inferenceRequests *InferenceRequests) TryPackFinalize(id *big.Int) ([]byte, error) {
	return inferenceRequests.abi.Pack("finalize", id)
}

// PackGames is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x955a015b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function games() view returns(address)
func (inferenceRequests *InferenceRequests) PackGames() []byte {
	enc, err := inferenceRequests.abi.Pack("games")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGames is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x955a015b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function games() view returns(address)
func (inferenceRequests *InferenceRequests) TryPackGames() ([]byte, error) {
	return inferenceRequests.abi.Pack("games")
}

// UnpackGames is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x955a015b.
//
// Solidity: function games() view returns(address)
func (inferenceRequests *InferenceRequests) UnpackGames(data []byte) (common.Address, error) {
	out, err := inferenceRequests.abi.Unpack("games", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackJobOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbbd89b9b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function jobOf(uint256 id) view returns((bytes32,bytes32,bytes,address,uint64,uint256,uint64) j)
func (inferenceRequests *InferenceRequests) PackJobOf(id *big.Int) []byte {
	enc, err := inferenceRequests.abi.Pack("jobOf", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackJobOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbbd89b9b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function jobOf(uint256 id) view returns((bytes32,bytes32,bytes,address,uint64,uint256,uint64) j)
func (inferenceRequests *InferenceRequests) TryPackJobOf(id *big.Int) ([]byte, error) {
	return inferenceRequests.abi.Pack("jobOf", id)
}

// UnpackJobOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbbd89b9b.
//
// Solidity: function jobOf(uint256 id) view returns((bytes32,bytes32,bytes,address,uint64,uint256,uint64) j)
func (inferenceRequests *InferenceRequests) UnpackJobOf(data []byte) (MessagesJob, error) {
	out, err := inferenceRequests.abi.Unpack("jobOf", data)
	if err != nil {
		return *new(MessagesJob), err
	}
	out0 := *abi.ConvertType(out[0], new(MessagesJob)).(*MessagesJob)
	return out0, nil
}

// PackRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b103999.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registry() view returns(address)
func (inferenceRequests *InferenceRequests) PackRegistry() []byte {
	enc, err := inferenceRequests.abi.Pack("registry")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b103999.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registry() view returns(address)
func (inferenceRequests *InferenceRequests) TryPackRegistry() ([]byte, error) {
	return inferenceRequests.abi.Pack("registry")
}

// UnpackRegistry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (inferenceRequests *InferenceRequests) UnpackRegistry(data []byte) (common.Address, error) {
	out, err := inferenceRequests.abi.Unpack("registry", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb6472208.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function request(bytes32 classId, bytes input, bytes32 inputRoot, bytes cid, address callback) payable returns(uint256 id)
func (inferenceRequests *InferenceRequests) PackRequest(classId [32]byte, input []byte, inputRoot [32]byte, cid []byte, callback common.Address) []byte {
	enc, err := inferenceRequests.abi.Pack("request", classId, input, inputRoot, cid, callback)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb6472208.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function request(bytes32 classId, bytes input, bytes32 inputRoot, bytes cid, address callback) payable returns(uint256 id)
func (inferenceRequests *InferenceRequests) TryPackRequest(classId [32]byte, input []byte, inputRoot [32]byte, cid []byte, callback common.Address) ([]byte, error) {
	return inferenceRequests.abi.Pack("request", classId, input, inputRoot, cid, callback)
}

// UnpackRequest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb6472208.
//
// Solidity: function request(bytes32 classId, bytes input, bytes32 inputRoot, bytes cid, address callback) payable returns(uint256 id)
func (inferenceRequests *InferenceRequests) UnpackRequest(data []byte) (*big.Int, error) {
	out, err := inferenceRequests.abi.Unpack("request", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRequestInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f588bf1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestInfo(uint256 id) view returns((bytes32,bytes32,address,address,uint64,bool,uint256,bytes))
func (inferenceRequests *InferenceRequests) PackRequestInfo(id *big.Int) []byte {
	enc, err := inferenceRequests.abi.Pack("requestInfo", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f588bf1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestInfo(uint256 id) view returns((bytes32,bytes32,address,address,uint64,bool,uint256,bytes))
func (inferenceRequests *InferenceRequests) TryPackRequestInfo(id *big.Int) ([]byte, error) {
	return inferenceRequests.abi.Pack("requestInfo", id)
}

// UnpackRequestInfo is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4f588bf1.
//
// Solidity: function requestInfo(uint256 id) view returns((bytes32,bytes32,address,address,uint64,bool,uint256,bytes))
func (inferenceRequests *InferenceRequests) UnpackRequestInfo(data []byte) (InferenceRequestsRequest, error) {
	out, err := inferenceRequests.abi.Unpack("requestInfo", data)
	if err != nil {
		return *new(InferenceRequestsRequest), err
	}
	out0 := *abi.ConvertType(out[0], new(InferenceRequestsRequest)).(*InferenceRequestsRequest)
	return out0, nil
}

// InferenceRequestsAnswered represents a Answered event raised by the InferenceRequests contract.
type InferenceRequestsAnswered struct {
	Id         *big.Int
	ClaimHash  [32]byte
	OutputRoot [32]byte
	Provider   common.Address
	Output     []byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const InferenceRequestsAnsweredEventName = "Answered"

// ContractEventName returns the user-defined event name.
func (InferenceRequestsAnswered) ContractEventName() string {
	return InferenceRequestsAnsweredEventName
}

// UnpackAnsweredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Answered(uint256 indexed id, bytes32 claimHash, bytes32 outputRoot, address provider, bytes output)
func (inferenceRequests *InferenceRequests) UnpackAnsweredEvent(log *types.Log) (*InferenceRequestsAnswered, error) {
	event := "Answered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != inferenceRequests.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(InferenceRequestsAnswered)
	if len(log.Data) > 0 {
		if err := inferenceRequests.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range inferenceRequests.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// InferenceRequestsFinalized represents a Finalized event raised by the InferenceRequests contract.
type InferenceRequestsFinalized struct {
	Id         *big.Int
	OutputRoot [32]byte
	Provider   common.Address
	Fee        *big.Int
	CallbackOk bool
	Raw        *types.Log // Blockchain specific contextual infos
}

const InferenceRequestsFinalizedEventName = "Finalized"

// ContractEventName returns the user-defined event name.
func (InferenceRequestsFinalized) ContractEventName() string {
	return InferenceRequestsFinalizedEventName
}

// UnpackFinalizedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Finalized(uint256 indexed id, bytes32 outputRoot, address provider, uint256 fee, bool callbackOk)
func (inferenceRequests *InferenceRequests) UnpackFinalizedEvent(log *types.Log) (*InferenceRequestsFinalized, error) {
	event := "Finalized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != inferenceRequests.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(InferenceRequestsFinalized)
	if len(log.Data) > 0 {
		if err := inferenceRequests.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range inferenceRequests.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// InferenceRequestsRequested represents a Requested event raised by the InferenceRequests contract.
type InferenceRequestsRequested struct {
	Id         *big.Int
	ClassId    [32]byte
	InputRoot  [32]byte
	Input      []byte
	Cid        []byte
	Fee        *big.Int
	WindowEnds uint64
	Raw        *types.Log // Blockchain specific contextual infos
}

const InferenceRequestsRequestedEventName = "Requested"

// ContractEventName returns the user-defined event name.
func (InferenceRequestsRequested) ContractEventName() string {
	return InferenceRequestsRequestedEventName
}

// UnpackRequestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Requested(uint256 indexed id, bytes32 indexed classId, bytes32 inputRoot, bytes input, bytes cid, uint256 fee, uint64 windowEnds)
func (inferenceRequests *InferenceRequests) UnpackRequestedEvent(log *types.Log) (*InferenceRequestsRequested, error) {
	event := "Requested"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != inferenceRequests.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(InferenceRequestsRequested)
	if len(log.Data) > 0 {
		if err := inferenceRequests.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range inferenceRequests.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (inferenceRequests *InferenceRequests) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], inferenceRequests.abi.Errors["AlreadyFinal"].ID.Bytes()[:4]) {
		return inferenceRequests.UnpackAlreadyFinalError(raw[4:])
	}
	if bytes.Equal(raw[:4], inferenceRequests.abi.Errors["BadClaim"].ID.Bytes()[:4]) {
		return inferenceRequests.UnpackBadClaimError(raw[4:])
	}
	if bytes.Equal(raw[:4], inferenceRequests.abi.Errors["GasBelowStipend"].ID.Bytes()[:4]) {
		return inferenceRequests.UnpackGasBelowStipendError(raw[4:])
	}
	if bytes.Equal(raw[:4], inferenceRequests.abi.Errors["InputTooLong"].ID.Bytes()[:4]) {
		return inferenceRequests.UnpackInputTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], inferenceRequests.abi.Errors["NoInput"].ID.Bytes()[:4]) {
		return inferenceRequests.UnpackNoInputError(raw[4:])
	}
	if bytes.Equal(raw[:4], inferenceRequests.abi.Errors["NotFinalYet"].ID.Bytes()[:4]) {
		return inferenceRequests.UnpackNotFinalYetError(raw[4:])
	}
	if bytes.Equal(raw[:4], inferenceRequests.abi.Errors["OutputMismatch"].ID.Bytes()[:4]) {
		return inferenceRequests.UnpackOutputMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], inferenceRequests.abi.Errors["OutputTooLong"].ID.Bytes()[:4]) {
		return inferenceRequests.UnpackOutputTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], inferenceRequests.abi.Errors["OutputsDisagree"].ID.Bytes()[:4]) {
		return inferenceRequests.UnpackOutputsDisagreeError(raw[4:])
	}
	if bytes.Equal(raw[:4], inferenceRequests.abi.Errors["StillDisputed"].ID.Bytes()[:4]) {
		return inferenceRequests.UnpackStillDisputedError(raw[4:])
	}
	if bytes.Equal(raw[:4], inferenceRequests.abi.Errors["TooManyAnswers"].ID.Bytes()[:4]) {
		return inferenceRequests.UnpackTooManyAnswersError(raw[4:])
	}
	if bytes.Equal(raw[:4], inferenceRequests.abi.Errors["TransferFailed"].ID.Bytes()[:4]) {
		return inferenceRequests.UnpackTransferFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], inferenceRequests.abi.Errors["UnknownRequest"].ID.Bytes()[:4]) {
		return inferenceRequests.UnpackUnknownRequestError(raw[4:])
	}
	if bytes.Equal(raw[:4], inferenceRequests.abi.Errors["WindowOver"].ID.Bytes()[:4]) {
		return inferenceRequests.UnpackWindowOverError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// InferenceRequestsAlreadyFinal represents a AlreadyFinal error raised by the InferenceRequests contract.
type InferenceRequestsAlreadyFinal struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyFinal(uint256 id)
func InferenceRequestsAlreadyFinalErrorID() common.Hash {
	return common.HexToHash("0xc66c6a7e152f7f4d67449b8c22815e1bd7605aa3c30d4d670415e29c14bb87db")
}

// UnpackAlreadyFinalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyFinal(uint256 id)
func (inferenceRequests *InferenceRequests) UnpackAlreadyFinalError(raw []byte) (*InferenceRequestsAlreadyFinal, error) {
	out := new(InferenceRequestsAlreadyFinal)
	if err := inferenceRequests.abi.UnpackIntoInterface(out, "AlreadyFinal", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InferenceRequestsBadClaim represents a BadClaim error raised by the InferenceRequests contract.
type InferenceRequestsBadClaim struct {
	Why string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadClaim(string why)
func InferenceRequestsBadClaimErrorID() common.Hash {
	return common.HexToHash("0xdc2e5bb1cd4a4808d1c87cf54e586eb72d934a1330a842303c08d016e47d5983")
}

// UnpackBadClaimError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadClaim(string why)
func (inferenceRequests *InferenceRequests) UnpackBadClaimError(raw []byte) (*InferenceRequestsBadClaim, error) {
	out := new(InferenceRequestsBadClaim)
	if err := inferenceRequests.abi.UnpackIntoInterface(out, "BadClaim", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InferenceRequestsGasBelowStipend represents a GasBelowStipend error raised by the InferenceRequests contract.
type InferenceRequestsGasBelowStipend struct {
	Left   *big.Int
	Needed *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GasBelowStipend(uint256 left, uint256 needed)
func InferenceRequestsGasBelowStipendErrorID() common.Hash {
	return common.HexToHash("0x5a7720eb331afc47ade95f2e3ce747db17d375b0edd640904c522267b6de8c7a")
}

// UnpackGasBelowStipendError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GasBelowStipend(uint256 left, uint256 needed)
func (inferenceRequests *InferenceRequests) UnpackGasBelowStipendError(raw []byte) (*InferenceRequestsGasBelowStipend, error) {
	out := new(InferenceRequestsGasBelowStipend)
	if err := inferenceRequests.abi.UnpackIntoInterface(out, "GasBelowStipend", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InferenceRequestsInputTooLong represents a InputTooLong error raised by the InferenceRequests contract.
type InferenceRequestsInputTooLong struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InputTooLong(uint256 length)
func InferenceRequestsInputTooLongErrorID() common.Hash {
	return common.HexToHash("0x8c4dd87be2c629e32cd2dbc3676856a9df69b81bbf2d09b101bf8399b36a13d0")
}

// UnpackInputTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InputTooLong(uint256 length)
func (inferenceRequests *InferenceRequests) UnpackInputTooLongError(raw []byte) (*InferenceRequestsInputTooLong, error) {
	out := new(InferenceRequestsInputTooLong)
	if err := inferenceRequests.abi.UnpackIntoInterface(out, "InputTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InferenceRequestsNoInput represents a NoInput error raised by the InferenceRequests contract.
type InferenceRequestsNoInput struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoInput()
func InferenceRequestsNoInputErrorID() common.Hash {
	return common.HexToHash("0xdc545c6279ab69204bcfccf31d26b54532daa257843dd6d487ace55e7eda946d")
}

// UnpackNoInputError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoInput()
func (inferenceRequests *InferenceRequests) UnpackNoInputError(raw []byte) (*InferenceRequestsNoInput, error) {
	out := new(InferenceRequestsNoInput)
	if err := inferenceRequests.abi.UnpackIntoInterface(out, "NoInput", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InferenceRequestsNotFinalYet represents a NotFinalYet error raised by the InferenceRequests contract.
type InferenceRequestsNotFinalYet struct {
	FinalAfter uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotFinalYet(uint64 finalAfter)
func InferenceRequestsNotFinalYetErrorID() common.Hash {
	return common.HexToHash("0x2249760db4dddf16c24f47f2955a01a48e9bc1d575b402e80a529876442f7c59")
}

// UnpackNotFinalYetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotFinalYet(uint64 finalAfter)
func (inferenceRequests *InferenceRequests) UnpackNotFinalYetError(raw []byte) (*InferenceRequestsNotFinalYet, error) {
	out := new(InferenceRequestsNotFinalYet)
	if err := inferenceRequests.abi.UnpackIntoInterface(out, "NotFinalYet", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InferenceRequestsOutputMismatch represents a OutputMismatch error raised by the InferenceRequests contract.
type InferenceRequestsOutputMismatch struct {
	Root    [32]byte
	Claimed [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OutputMismatch(bytes32 root, bytes32 claimed)
func InferenceRequestsOutputMismatchErrorID() common.Hash {
	return common.HexToHash("0x6eaf2e03e31995fd64a38b62de112a8afd0189329b10f87912be3da1bd666123")
}

// UnpackOutputMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OutputMismatch(bytes32 root, bytes32 claimed)
func (inferenceRequests *InferenceRequests) UnpackOutputMismatchError(raw []byte) (*InferenceRequestsOutputMismatch, error) {
	out := new(InferenceRequestsOutputMismatch)
	if err := inferenceRequests.abi.UnpackIntoInterface(out, "OutputMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InferenceRequestsOutputTooLong represents a OutputTooLong error raised by the InferenceRequests contract.
type InferenceRequestsOutputTooLong struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OutputTooLong(uint256 length)
func InferenceRequestsOutputTooLongErrorID() common.Hash {
	return common.HexToHash("0x4116e21216ae9ef44b48c3312356afbd2304161c316e4979598ab2200671f0dd")
}

// UnpackOutputTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OutputTooLong(uint256 length)
func (inferenceRequests *InferenceRequests) UnpackOutputTooLongError(raw []byte) (*InferenceRequestsOutputTooLong, error) {
	out := new(InferenceRequestsOutputTooLong)
	if err := inferenceRequests.abi.UnpackIntoInterface(out, "OutputTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InferenceRequestsOutputsDisagree represents a OutputsDisagree error raised by the InferenceRequests contract.
type InferenceRequestsOutputsDisagree struct {
	A [32]byte
	B [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OutputsDisagree(bytes32 a, bytes32 b)
func InferenceRequestsOutputsDisagreeErrorID() common.Hash {
	return common.HexToHash("0x51d6f04b8cce0f2151eea399ccb15b456c16d5a33741509cd219adff634178ae")
}

// UnpackOutputsDisagreeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OutputsDisagree(bytes32 a, bytes32 b)
func (inferenceRequests *InferenceRequests) UnpackOutputsDisagreeError(raw []byte) (*InferenceRequestsOutputsDisagree, error) {
	out := new(InferenceRequestsOutputsDisagree)
	if err := inferenceRequests.abi.UnpackIntoInterface(out, "OutputsDisagree", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InferenceRequestsStillDisputed represents a StillDisputed error raised by the InferenceRequests contract.
type InferenceRequestsStillDisputed struct {
	ClaimHash [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StillDisputed(bytes32 claimHash)
func InferenceRequestsStillDisputedErrorID() common.Hash {
	return common.HexToHash("0x03f98155dac25eb61d1f25d2ff057e0beacb0fbc0fea3d792e2127f4155dae30")
}

// UnpackStillDisputedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StillDisputed(bytes32 claimHash)
func (inferenceRequests *InferenceRequests) UnpackStillDisputedError(raw []byte) (*InferenceRequestsStillDisputed, error) {
	out := new(InferenceRequestsStillDisputed)
	if err := inferenceRequests.abi.UnpackIntoInterface(out, "StillDisputed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InferenceRequestsTooManyAnswers represents a TooManyAnswers error raised by the InferenceRequests contract.
type InferenceRequestsTooManyAnswers struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManyAnswers(uint256 id)
func InferenceRequestsTooManyAnswersErrorID() common.Hash {
	return common.HexToHash("0x6dd91c6ab8ea6d73a53c9c60582107445f6d0351a5a01c89dd8a95e4d3f848a0")
}

// UnpackTooManyAnswersError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManyAnswers(uint256 id)
func (inferenceRequests *InferenceRequests) UnpackTooManyAnswersError(raw []byte) (*InferenceRequestsTooManyAnswers, error) {
	out := new(InferenceRequestsTooManyAnswers)
	if err := inferenceRequests.abi.UnpackIntoInterface(out, "TooManyAnswers", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InferenceRequestsTransferFailed represents a TransferFailed error raised by the InferenceRequests contract.
type InferenceRequestsTransferFailed struct {
	To     common.Address
	Amount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TransferFailed(address to, uint256 amount)
func InferenceRequestsTransferFailedErrorID() common.Hash {
	return common.HexToHash("0x1c43b9761b3fba5321ca8212bfc231945f668ccc0c446f333999eea9ce8fda81")
}

// UnpackTransferFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TransferFailed(address to, uint256 amount)
func (inferenceRequests *InferenceRequests) UnpackTransferFailedError(raw []byte) (*InferenceRequestsTransferFailed, error) {
	out := new(InferenceRequestsTransferFailed)
	if err := inferenceRequests.abi.UnpackIntoInterface(out, "TransferFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InferenceRequestsUnknownRequest represents a UnknownRequest error raised by the InferenceRequests contract.
type InferenceRequestsUnknownRequest struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownRequest(uint256 id)
func InferenceRequestsUnknownRequestErrorID() common.Hash {
	return common.HexToHash("0x1f79bbe7615659139997ff125b66c4ba38cac7dfa6b433c10ed50c7d053634ff")
}

// UnpackUnknownRequestError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownRequest(uint256 id)
func (inferenceRequests *InferenceRequests) UnpackUnknownRequestError(raw []byte) (*InferenceRequestsUnknownRequest, error) {
	out := new(InferenceRequestsUnknownRequest)
	if err := inferenceRequests.abi.UnpackIntoInterface(out, "UnknownRequest", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InferenceRequestsWindowOver represents a WindowOver error raised by the InferenceRequests contract.
type InferenceRequestsWindowOver struct {
	Ends uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WindowOver(uint64 ends)
func InferenceRequestsWindowOverErrorID() common.Hash {
	return common.HexToHash("0xa21a5eab093f67d8e47b32513d2b7c98b98a986d20840bcf85b0ebfec32a99b9")
}

// UnpackWindowOverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WindowOver(uint64 ends)
func (inferenceRequests *InferenceRequests) UnpackWindowOverError(raw []byte) (*InferenceRequestsWindowOver, error) {
	out := new(InferenceRequestsWindowOver)
	if err := inferenceRequests.abi.UnpackIntoInterface(out, "WindowOver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MIPSStepMetaData contains all meta data concerning the MIPSStep contract.
var MIPSStepMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIPreimageOracle\",\"name\":\"oracle_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"BadMemoryProof\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadState\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"WitnessTooLong\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"WitnessTruncated\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"witness\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"localContext\",\"type\":\"bytes32\"}],\"name\":\"executeStep\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"pre\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"post\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"oracle\",\"outputs\":[{\"internalType\":\"contractIPreimageOracle\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "ccdd10878e27f66b7d10dba413548be78b",
	Bin: "0x60a0604052348015600e575f5ffd5b50604051614039380380614039833981016040819052602b91603b565b6001600160a01b03166080526066565b5f60208284031215604a575f5ffd5b81516001600160a01b0381168114605f575f5ffd5b9392505050565b608051613fb56100845f395f8181603d01526102350152613fb55ff3fe608060405234801561000f575f5ffd5b5060043610610034575f3560e01c80637dc0d1d014610038578063a775a1c014610089575b5f5ffd5b61005f7f000000000000000000000000000000000000000000000000000000000000000081565b60405173ffffffffffffffffffffffffffffffffffffffff90911681526020015b60405180910390f35b61009c610097366004613b66565b6100b1565b60408051928352602083019190915201610080565b5f8084846100bf82826100fc565b60e260802093506100d160d9515f1a90565b60ff165f036100e3576100e3856101c2565b6100eb6102fe565b60e260802092505050935093915050565b60e281101561011e576040516343ed203d60e11b815260040160405180910390fd5b60e28260803760e28201610be052808201610c00525f610c6081905261050060405261036061018081815290613c556101a03990505f5f610180831461016057fe5b610c8060405260e25160e01c915060d9515f1a9050815f1415806101845750600281115b156101bb576040517f8523b62a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5050505050565b5f6101cf60c45160e01c90565b905060038116156101e9576101e560028061033f565b5050565b6110008163ffffffff161015610205576101e56002600861033f565b5f6102158263ffffffff16610365565b90505f5f610223838561038d565b91509150610100820361026d5761025b7f000000000000000000000000000000000000000000000000000000000000000033876106fc565b9150610200820361026d575050505050565b811561027e576101bb60028361033f565b60e280516001600160e01b031690526102b460c461029e60c85160e01c90565b81516001600160e01b031660e09190911b179052565b6102d060c88281516001600160e01b031660e09190911b179052565b6101bb6102df60da5160c01c90565b6001018060c01b67ffffffffffffffff60c01b1960da51161760da5250565b610be051610c00518082146101e5576040517f751b9e8800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b8160d9538060d85360e280516001600160e01b031690526101e56102df60da5160c01c90565b5f61037860e0600384901b811690613bd8565b610385600584901c610e13565b901c92915050565b5f80603f601a85901c16601f601586901c811690601087901c16600187900b6103b860c85160e01c90565b6004019450835f036103de576103d188888585896114d7565b95509550505050506106f5565b602084106103f3576103d18484848489611cbd565b836001036104c35760e2600284901b015160e01c5f83810361041c575f8260030b12905061049c565b83600103610432575f8260030b1215905061049c565b8360100361045f575061015e80516001600160e01b031660088a0160e01b1790525f600382900b1261049c565b8360110361048d575061015e80516001600160e01b031660088a0160e01b1790525f600382900b121561049c565b600197505050505050506106f5565b80156104b55760028363ffffffff16901b896004010196505b5f97505050505050506106f5565b83600214806104d25750836003145b1561051b57836003036104f85761015e80516001600160e01b03166008890160e01b1790525b505f945050505050600283901b630ffffffc166004830163f000000016176106f5565b600784116105c85760e2600284901b015160e01c5f600486900361055a57600284901b60e2015160e01c63ffffffff168263ffffffff1614905061049c565b8560050361058457600284901b60e2015160e01c63ffffffff168263ffffffff161415905061049c565b8560060361059a575f8260030b1315905061049c565b5f8260030b13905080156104b55760028363ffffffff16901b896004010196505f97505050505050506106f5565b600f84116106d85760e2600284901b015160e01c5f60088690036106105750808201638000000081831882851816161561060b57600597505050505050506106f5565b6106b8565b8560090361062157508082016106b8565b85600a03610649578260030b8260030b1261063c575f61063f565b60015b60ff1690506106b8565b85600b0361066a578263ffffffff168263ffffffff161061063c575f61063f565b85600c0361067f575080891661ffff166106b8565b85600d03610694575061ffff891681176106b8565b85600e036106a9575061ffff891681186106b8565b5065ffffffff000060108a901b165b60e2600285901b0180516001600160e01b031660e083901b1790526104b5565b83601c036106ec576103d188848488611e26565b60019550505050505b9250929050565b60f25160f65160fa5160fe5160ea515f9460e090811c94811c93811c92811c9186918291901c61109681148061073957508063ffffffff16610fa1145b1561075a5761074960018861033f565b610200975050505050505050610e0c565b8063ffffffff16610fa4036107b4578663ffffffff166001148061078457508663ffffffff166002145b156107ab57621000008563ffffffff16106107a257621000006107a4565b845b9250610da1565b60099150610da1565b8063ffffffff16610fa314806107d157508063ffffffff16611068145b156107ff5763ffffffff87161580156107f157508063ffffffff16610fa3145b6107fa57600991505b610da1565b8063ffffffff16610fa5148061081c57508063ffffffff166110c0145b1561082a5760029150610da1565b8063ffffffff16610fa6148061084757508063ffffffff16610fd7145b156108645760028763ffffffff1611156107fa5760099150610da1565b8063ffffffff16610ffa148061088157508063ffffffff16611072145b1561091e5761080084165f0361089a5760169150610da1565b60108416156108ab57869250610da1565b610fff8601610fff19165f6108c260d45160e01c90565b905063ffffffff821615806108ef5750637bfff00063ffffffff8281169084160167ffffffffffffffff16115b156108fd57600c9350610917565b60d480516001600160e01b031682840160e01b1790529350835b5050610da1565b8063ffffffff16610fcd036109395763380000009250610da1565b8063ffffffff16610ffb148061095657508063ffffffff1661107a145b8061096857508063ffffffff1661101d145b8061097a57508063ffffffff16611062145b8061098c57508063ffffffff16611063145b8061099e57508063ffffffff1661106e145b806109b057508063ffffffff16611042145b806109c257508063ffffffff16611046145b806109d457508063ffffffff166110aa145b806109e657508063ffffffff16610fc5145b610da1578063ffffffff16610fb41480610a0757508063ffffffff1661107e145b15610a155760019250610da1565b8063ffffffff1661101a1480610a3257508063ffffffff16611060145b80610a4457508063ffffffff166110f2145b80610a5657508063ffffffff16610fd6145b15610a645760169150610da1565b8063ffffffff1661109003610ae5576110008563ffffffff161015610a93576008975050505050505050610e0c565b5f610aa86307ffffff600588901c1682611fff565b905063fffffff8601f808816900360031b16610ada6307ffffff600589901c165f60ff841b1985166001851b1761206d565b600494505050610da1565b8063ffffffff166110a703610ba2575f610b0160da5160c01c90565b90506003871615610b155760169250610b9c565b6110008763ffffffff161015610b3657600898505050505050505050610e0c565b610b5663ffffffff8816633b9aca0067ffffffffffffffff841604612221565b6004870161100063ffffffff82161015610b7c5760089950505050505050505050610e0c565b61091763ffffffff8216633b9aca0067ffffffffffffffff851606612221565b50610da1565b8063ffffffff1661108e1480610bbf57508063ffffffff16611146145b15610c7257608019861663ffffff7f87165f03610c5a576003881615610be85760169250610b9c565b6110008863ffffffff161015610c0957600898505050505050505050610e0c565b8563ffffffff16610c1f8963ffffffff1661226c565b63ffffffff1614610c3357600b9250610b9c565b8463ffffffff165f03610c5157600698505050505050505050610e0c565b60919250610b9c565b8063ffffffff16600114610b9c576016925050610da1565b8063ffffffff1661177103610c9b57610c8d8787878761228c565b975050505050505050610e0c565b8063ffffffff1661177203610d0e57601f871615610cc3576007975050505050505050610e0c565b6110008763ffffffff161015610ce3576008975050505050505050610e0c565b5f610cf38863ffffffff166123fe565b60a081905260c080516001600160e01b031690529050610b9c565b8063ffffffff1661177303610d28576107a48b8b8b612412565b8063ffffffff1661177403610d9157601f871615610d50576007975050505050505050610e0c565b6110008763ffffffff161015610d70576008975050505050505050610e0c565b5f610d808863ffffffff166123fe565b9050610b9c63018000005f8361206d565b6003975050505050505050610e0c565b63ffffffff821615610ddc5760ea80516001600160e01b031660e084901b17905260fe80516001600160e01b0316600160e01b179052610e01565b60ea80516001600160e01b031660e085901b17905260fe80516001600160e01b031690525b5f9750505050505050505b9392505050565b610be05180356108608190526101a05190915f9160248201916020013560e01c9084908460018416610e485760208501943591505b816105005260208860051b16905082815281602082185260405f20925082610880526101c051915060028416610e815760208501943591505b816105205260208860041b16905082815281602082185260405f209250826108a0526101e051915060048416610eba5760208501943591505b816105405260208860031b16905082815281602082185260405f209250826108c05261020051915060088416610ef35760208501943591505b816105605260208860021b16905082815281602082185260405f209250826108e05261022051915060108416610f2c5760208501943591505b816105805260208860011b16905082815281602082185260405f209250826109005261024051915060208416610f655760208501943591505b816105a05260208816905082815281602082185260405f209250826109205261026051915060408416610f9b5760208501943591505b816105c05260208860011c16905082815281602082185260405f209250826109405261028051915060808416610fd45760208501943591505b816105e05260208860021c16905082815281602082185260405f20925082610960526102a0519150610100841661100e5760208501943591505b816106005260208860031c16905082815281602082185260405f20925082610980526102c051915061020084166110485760208501943591505b816106205260208860041c16905082815281602082185260405f209250826109a0526102e051915061040084166110825760208501943591505b816106405260208860051c16905082815281602082185260405f209250826109c05261030051915061080084166110bc5760208501943591505b816106605260208860061c16905082815281602082185260405f209250826109e05261032051915061100084166110f65760208501943591505b816106805260208860071c16905082815281602082185260405f20925082610a005261034051915061200084166111305760208501943591505b816106a05260208860081c16905082815281602082185260405f20925082610a2052610360519150614000841661116a5760208501943591505b816106c05260208860091c16905082815281602082185260405f20925082610a405261038051915061800084166111a45760208501943591505b816106e052602088600a1c16905082815281602082185260405f20925082610a60526103a05191506201000084166111df5760208501943591505b8161070052602088600b1c16905082815281602082185260405f20925082610a80526103c051915062020000841661121a5760208501943591505b8161072052602088600c1c16905082815281602082185260405f20925082610aa0526103e05191506204000084166112555760208501943591505b8161074052602088600d1c16905082815281602082185260405f20925082610ac0526104005191506208000084166112905760208501943591505b8161076052602088600e1c16905082815281602082185260405f20925082610ae0526104205191506210000084166112cb5760208501943591505b8161078052602088600f1c16905082815281602082185260405f20925082610b00526104405191506220000084166113065760208501943591505b816107a05260208860101c16905082815281602082185260405f20925082610b20526104605191506240000084166113415760208501943591505b816107c05260208860111c16905082815281602082185260405f20925082610b405261048051915062800000841661137c5760208501943591505b816107e05260208860121c16905082815281602082185260405f20925082610b60526104a0519150630100000084166113b85760208501943591505b816108005260208860131c16905082815281602082185260405f20925082610b80526104c0519150630200000084166113f45760208501943591505b816108205260208860141c16905082815281602082185260405f20925082610ba0526104e0519150630400000084166114305760208501943591505b816108405260208860151c169050828152816020821852505060405f20905080610bc052610c005183111561146457600193505b82610be052608051811461147c578361147c57600293505b50505082610c20525f610c40526001610c6052806001036114b0576040516343ed203d60e11b815260040160405180910390fd5b806002036114d15760405163fa3f730760e01b815260040160405180910390fd5b50919050565b5f80603f8716601f600b89901c16826114fa8860e260029190911b015160e01c90565b60e2600289901b015190915060e01c60088410156115f357601f60068c901c165f858103611534575063ffffffff8281169082161b6115c7565b8560020361154e575063ffffffff8281169082161c6115c7565b856003036115695750600382900b63ffffffff82161d6115c7565b85600403611583575063ffffffff8216601f84161b6115c7565b8560060361159d575063ffffffff8216601f84161c6115c7565b856007036115b55750600382900b601f84161d6115c7565b60018997509750505050505050611cb3565b60e2600286901b0180516001600160e01b031660e083901b1790525f8997509750505050505050611cb3565b836021036116215760e2600284901b0180516001600160e01b031683830160e01b179052611ca8565b611ca8565b8360080361163157819650611ca8565b8360090361165e5760e2600284901b0180516001600160e01b031660088c0160e01b179052819650611ca8565b83600a03611693578063ffffffff165f0361161c5760e2600284901b0180516001600160e01b031660e084901b179052611ca8565b83600b036116c75763ffffffff81161561161c5760e2600284901b0180516001600160e01b031660e084901b179052611ca8565b83600c036116e057610100879550955050505050611cb3565b83600d036116f8576004879550955050505050611cb3565b600f8414611ca857836010036117375761161c8361171860d05160e01c90565b8160021b60e2018160e01b63ffffffff60e01b19825116178152505050565b8360110361175b5761161c60d08381516001600160e01b031660e09190911b179052565b836012036117735761161c8361171860cc5160e01c90565b836013036117975761161c60cc8381516001600160e01b031660e09190911b179052565b836018036117f157600382810b9082900b026117cf60d063ffffffff602084901c1681516001600160e01b031660e09190911b179052565b6117eb60cc8281516001600160e01b031660e09190911b179052565b50611ca8565b83601903611835575f8163ffffffff168363ffffffff160290506117cf60d060208367ffffffffffffffff16901c81516001600160e01b031660e09190911b179052565b83601a03611951578063ffffffff165f036118985760cc80516001600160e01b03167fffffffff000000000000000000000000000000000000000000000000000000001790525b61161c60d08381516001600160e01b031660e09190911b179052565b8163ffffffff1663800000001480156118ba57508063ffffffff1663ffffffff145b156118ef576118db60cc8381516001600160e01b031660e09190911b179052565b60d080516001600160e01b03169052611ca8565b61192060cc8260030b8460030b8161190957611909613bf7565b0581516001600160e01b031660e09190911b179052565b61161c60d08260030b8460030b8161193a5761193a613bf7565b0781516001600160e01b031660e09190911b179052565b83601b03611a0a578063ffffffff165f0361199c5760cc80516001600160e01b03167fffffffff0000000000000000000000000000000000000000000000000000000017905261187c565b6119d360cc8263ffffffff168463ffffffff16816119bc576119bc613bf7565b0481516001600160e01b031660e09190911b179052565b61161c60d08263ffffffff168463ffffffff16816119f3576119f3613bf7565b0681516001600160e01b031660e09190911b179052565b83602003611a58578181016380000000818418828418161615611a3857600588965096505050505050611cb3565b60e2600285901b0180516001600160e01b031660e083901b1790526117eb565b83602203611a86578082036380000000838318828518161615611a3857600588965096505050505050611cb3565b83602303611aaf5760e2600284901b0180516001600160e01b031682840360e01b179052611ca8565b83602403611ad85760e2600284901b0180516001600160e01b031683831660e01b179052611ca8565b83602503611b015760e2600284901b0180516001600160e01b031683831760e01b179052611ca8565b83602603611b2a5760e2600284901b0180516001600160e01b031683831860e01b179052611ca8565b83602703611b545760e2600284901b0180516001600160e01b03168383171960e01b179052611ca8565b83602a03611b985761161c838260030b8460030b12611b73575f611b76565b60015b60ff168160021b60e2018160e01b63ffffffff60e01b19825116178152505050565b83602b03611bbd5761161c838263ffffffff168463ffffffff1610611b73575f611b76565b60308410158015611bcf575060368411155b8015611bdc575083603514155b15611c98575f84603003611bfb578160030b8360030b12159050611c81565b84603103611c1a578163ffffffff168363ffffffff1610159050611c81565b84603203611c32578160030b8360030b129050611c81565b84603303611c50578163ffffffff168363ffffffff16109050611c81565b84603403611c6e578163ffffffff168363ffffffff16149050611c81565b8163ffffffff168363ffffffff16141590505b80156117eb57600488965096505050505050611cb3565b6001879550955050505050611cb3565b5f8795509550505050505b9550959350505050565b5f5f5f84611cd58860e260029190911b015160e01c90565b0190505f8860211480611ce85750886025145b80611cf35750886029145b15611d0057506001611dad565b8860231480611d0f5750886030145b80611d1a575088602b145b80611d255750886038145b15611d3257506003611dad565b88602014158015611d44575088602414155b8015611d51575088602214155b8015611d5e575088602614155b8015611d6b575088602814155b8015611d78575088602a14155b8015611d85575088602e14155b15611dad5788603303611d9f575f85935093505050611cb3565b600185935093505050611cb3565b81811663ffffffff1615611dc957600285935093505050611cb3565b6110008263ffffffff161015611de757600885935093505050611cb3565b6028891080611df65750886030145b15611e0b57611e0689888461250f565b611e16565b611e16898884612718565b505f989397509295505050505050565b5f80603f8616601f600b88901c1682611e498860e260029190911b015160e01c90565b600288901b60e201519091505f9060e01c905083600203611e855760e2600284901b0180516001600160e01b031683830260e01b179052611feb565b8360201480611e945750836021145b15611ee4575f84602014611ea9578219611eab565b825b63ffffffff16905060df19811e01611edd85828160021b60e2018160e01b63ffffffff60e01b19825116178152505050565b5050611feb565b60058411158015611ef6575083600314155b15611fdb575f611f0860cc5160e01c90565b63ffffffff166020611f1c60d05160e01c90565b63ffffffff16901b1790505f859003611f3f57600383810b9083900b0201611f82565b84600103611f595763ffffffff8381169083160201611f82565b84600403611f73578160030b8360030b0281039050611f82565b63ffffffff8381169083160290035b60d080516001600160e01b031660c083901b7fffffffff0000000000000000000000000000000000000000000000000000000016179052611fd560cc8281516001600160e01b031660e09190911b179052565b50611feb565b6001879550955050505050611ff6565b5f8795509550505050505b94509492505050565b5f5f61200b8484612881565b9150505f816001811461203757610be051610c005160208201111561202f57600192505b359350612043565b8460051b610860015193505b5080600103612065576040516343ed203d60e11b815260040160405180910390fd5b505092915050565b5f5f6120798585612881565b91509150801561208c576101bb836128db565b835f0361209e576101bb858385612938565b5f610be051610c00518135602083013560e01c6024840193508660051b6108600151888a60051b818161086001528c8a60051b5b8083101561213857826101a001516001878560051c1c166120f557506020890198355b8084610500015260208360051b1681602082185288815260405f209850858152505060405f2093508160011c9150836020846108600101526020830192506120d2565b8789111561214557600199505b88610be052601b8c101561215b57848161050001525b505b6103608210156121a85760208160051b169750816105000151602089185285885260405f20955082885260405f2092508060011c90508260208361086001015260208201915061215d565b505060805184146121bd57866121bd57600296505b8060805250505050505085610c205284610c40526001610c6052806001036121f8576040516343ed203d60e11b815260040160405180910390fd5b806002036122195760405163fa3f730760e01b815260040160405180910390fd5b505050505050565b5f61223460e0600385901b811690613bd8565b90505f612245600585901c5f611fff565b9050612266600585901c5f63ffffffff80861b198516908716861b1761206d565b50505050565b5f61227f60e0600384901b811690613bd8565b610385600584901c6132b5565b5f601f83161515806122a45750600c8463ffffffff16105b806122b55750601f8463ffffffff16115b806122db575060018463ffffffff16600163ffffffff16901b03851663ffffffff165f14155b806122f457506005840363ffffffff168263ffffffff16115b8061232857508363ffffffff168563ffffffff16901c63ffffffff168463ffffffff168463ffffffff16901c63ffffffff16145b15612335575060076123f6565b6110008363ffffffff16101561234d575060086123f6565b5f61235d8463ffffffff166123fe565b905063ffffffff600419860181169084165b818110156123b757600581901b6101a00151839060408051602081019390935282015260600160408051601f198184030181529190528051602090910120925060010161236f565b506123d28663ffffffff168863ffffffff16901c828461206d565b60ea80516001600160e01b0316905260fe80516001600160e01b031690525f925050505b949350505050565b5f61240c600583901c6132b5565b92915050565b60a0515f908161242460c05160e01c90565b6040517f12f574b70000000000000000000000000000000000000000000000000000000081526004810184905263ffffffff8216602482015273ffffffffffffffffffffffffffffffffffffffff8781166044830152606482018790529192505f918291908916906312f574b7906084016040805180830381865afa1580156124af573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906124d39190613c23565b60ee80516001600160e01b031660e083901b179052909250905060c080516001600160e01b03166004850160e01b179052509695505050505050565b5f61251f8263ffffffff166123fe565b9050601f8281169003600390811b63fffffff8169063ffffffff9084901b60e090811690031682901c60208690036125755760e2600286901b0180516001600160e01b031684841c60e01b601c0b179052612219565b856024036125bd5760e2600286901b0180516001600160e01b03167cff0000000000000000000000000000000000000000000000000000000085851c60e01b16179052612219565b856021036125ee5760e2600286901b0180516001600160e01b0316600719840185901c60e01b601d0b179052612219565b8560250361263c5760e2600286901b0180516001600160e01b03167dffff00000000000000000000000000000000000000000000000000000000600719850186901c60e01b16179052612219565b856023148061264b5750856030145b156126705760e2600286901b0180516001600160e01b031660e083901b179052612219565b856022036126cf576018600385901b166126c98663ffffffff8416831b5f196001851b016126a88360e260029190911b015160e01c90565b16178160021b60e2018160e01b63ffffffff60e01b19825116178152505050565b50612219565b600285901b60e2015160038581168103901b6407fffffff881169161270f91889163ffffffff86811663fffffff890931692831c921c199060e01c6126a8565b50505050505050565b6307ffffff600582901c165f61272e8282611fff565b905063fffffff8601f8085169003600390811b919091169060e09085901b8116900363ffffffff1682811c5f61276e8860e260029190911b015160e01c90565b90508860280361278f57838160ff16901b8460ff901b19861617945061286b565b886029036127b657600884038161ffff16901b6008850361ffff901b19861617945061286b565b88602b14806127c55750886038145b156127fa57809150886038036127f55760e2600289901b0180516001600160e01b0316600160e01b179052612852565b612852565b88602a036128275763ffffffff6018600389901b1681811c199390931690821690921c9190911790612852565b63ffffffff811660038881168103901b63fffffff81690811b600190911b5f19019290921691909117905b828263ffffffff16901b8363ffffffff901b1986161794505b612876865f8761206d565b505050505050505050565b610c6051601b905f90156106f557610c4051610c2051811b85851b18805f81146128cb57811e60ff03945082838711156128b85750855b808610156128c557601b95505b506128d1565b82861493505b5050509250929050565b610c405160051b610c205182808361086001525b6103608310156129305760208260051b1681815283610500015160208218525060405f2090508160011c9150806020846108600101526020830192506128ef565b608052505050565b5f610be0518035602082013560e01c602483019250601b861015612969578560051b61086001518660051b61050001525b6108608590526105005185905f8815612999576101a0519150600184166129935760208601953591505b81610500525b60208a60051b16905081602082185284815260405f20945082815260405f209250826108805261052051915060018911156129eb576101c0519150600284166129e55760208601953591505b81610520525b60208a60041b16905081602082185284815260405f20945082815260405f209250826108a0526105405191506002891115612a3d576101e051915060048416612a375760208601953591505b81610540525b60208a60031b16905081602082185284815260405f20945082815260405f209250826108c0526105605191506003891115612a8f5761020051915060088416612a895760208601953591505b81610560525b60208a60021b16905081602082185284815260405f20945082815260405f209250826108e0526105805191506004891115612ae15761022051915060108416612adb5760208601953591505b81610580525b60208a60011b16905081602082185284815260405f20945082815260405f20925082610900526105a05191506005891115612b335761024051915060208416612b2d5760208601953591505b816105a0525b60208a16905081602082185284815260405f20945082815260405f20925082610920526105c05191506006891115612b825761026051915060408416612b7c5760208601953591505b816105c0525b60208a60011c16905081602082185284815260405f20945082815260405f20925082610940526105e05191506007891115612bd45761028051915060808416612bce5760208601953591505b816105e0525b60208a60021c16905081602082185284815260405f20945082815260405f20925082610960526106005191506008891115612c27576102a05191506101008416612c215760208601953591505b81610600525b60208a60031c16905081602082185284815260405f20945082815260405f20925082610980526106205191506009891115612c7a576102c05191506102008416612c745760208601953591505b81610620525b60208a60041c16905081602082185284815260405f20945082815260405f209250826109a052610640519150600a891115612ccd576102e05191506104008416612cc75760208601953591505b81610640525b60208a60051c16905081602082185284815260405f20945082815260405f209250826109c052610660519150600b891115612d20576103005191506108008416612d1a5760208601953591505b81610660525b60208a60061c16905081602082185284815260405f20945082815260405f209250826109e052610680519150600c891115612d73576103205191506110008416612d6d5760208601953591505b81610680525b60208a60071c16905081602082185284815260405f20945082815260405f20925082610a00526106a0519150600d891115612dc6576103405191506120008416612dc05760208601953591505b816106a0525b60208a60081c16905081602082185284815260405f20945082815260405f20925082610a20526106c0519150600e891115612e19576103605191506140008416612e135760208601953591505b816106c0525b60208a60091c16905081602082185284815260405f20945082815260405f20925082610a40526106e0519150600f891115612e6c576103805191506180008416612e665760208601953591505b816106e0525b60208a600a1c16905081602082185284815260405f20945082815260405f20925082610a60526107005191506010891115612ec0576103a0519150620100008416612eba5760208601953591505b81610700525b60208a600b1c16905081602082185284815260405f20945082815260405f20925082610a80526107205191506011891115612f14576103c0519150620200008416612f0e5760208601953591505b81610720525b60208a600c1c16905081602082185284815260405f20945082815260405f20925082610aa0526107405191506012891115612f68576103e0519150620400008416612f625760208601953591505b81610740525b60208a600d1c16905081602082185284815260405f20945082815260405f20925082610ac0526107605191506013891115612fbc57610400519150620800008416612fb65760208601953591505b81610760525b60208a600e1c16905081602082185284815260405f20945082815260405f20925082610ae05261078051915060148911156130105761042051915062100000841661300a5760208601953591505b81610780525b60208a600f1c16905081602082185284815260405f20945082815260405f20925082610b00526107a051915060158911156130645761044051915062200000841661305e5760208601953591505b816107a0525b60208a60101c16905081602082185284815260405f20945082815260405f20925082610b20526107c051915060168911156130b8576104605191506240000084166130b25760208601953591505b816107c0525b60208a60111c16905081602082185284815260405f20945082815260405f20925082610b40526107e0519150601789111561310c576104805191506280000084166131065760208601953591505b816107e0525b60208a60121c16905081602082185284815260405f20945082815260405f20925082610b60526108005191506018891115613161576104a05191506301000000841661315b5760208601953591505b81610800525b60208a60131c16905081602082185284815260405f20945082815260405f20925082610b805261082051915060198911156131b6576104c0519150630200000084166131b05760208601953591505b81610820525b60208a60141c16905081602082185284815260405f20945082815260405f20925082610ba052610840519150601a89111561320b576104e0519150630400000084166132055760208601953591505b81610840525b60208a60151c16905081602082185284815260405f209450828152505060405f20905080610bc052610c005184111561324357600194505b83610be052608051831461325b578461325b57600294505b806080525050505083610c20525f610c40526001610c605280600103613294576040516343ed203d60e11b815260040160405180910390fd5b806002036122665760405163fa3f730760e01b815260040160405180910390fd5b5f5f5f6132c2845f612881565b9150915080156132d85750506108605192915050565b6123f68483610be0518035905f9060248101906020013560e01c601b85101561330e578460051b61086001518560051b61050001525b6108608490526105005184905f871561333e576101a0519150600184166133385760208501943591505b81610500525b60208960051b16905081602082185282815260405f20925082610880526105205191506001881115613387576101c0519150600284166133815760208501943591505b81610520525b60208960041b16905081602082185282815260405f209250826108a05261054051915060028811156133d0576101e0519150600484166133ca5760208501943591505b81610540525b60208960031b16905081602082185282815260405f209250826108c052610560519150600388111561341957610200519150600884166134135760208501943591505b81610560525b60208960021b16905081602082185282815260405f209250826108e0526105805191506004881115613462576102205191506010841661345c5760208501943591505b81610580525b60208960011b16905081602082185282815260405f20925082610900526105a051915060058811156134ab57610240519150602084166134a55760208501943591505b816105a0525b60208916905081602082185282815260405f20925082610920526105c051915060068811156134f157610260519150604084166134eb5760208501943591505b816105c0525b60208960011c16905081602082185282815260405f20925082610940526105e0519150600788111561353a57610280519150608084166135345760208501943591505b816105e0525b60208960021c16905081602082185282815260405f20925082610960526106005191506008881115613584576102a0519150610100841661357e5760208501943591505b81610600525b60208960031c16905081602082185282815260405f209250826109805261062051915060098811156135ce576102c051915061020084166135c85760208501943591505b81610620525b60208960041c16905081602082185282815260405f209250826109a052610640519150600a881115613618576102e051915061040084166136125760208501943591505b81610640525b60208960051c16905081602082185282815260405f209250826109c052610660519150600b88111561366257610300519150610800841661365c5760208501943591505b81610660525b60208960061c16905081602082185282815260405f209250826109e052610680519150600c8811156136ac5761032051915061100084166136a65760208501943591505b81610680525b60208960071c16905081602082185282815260405f20925082610a00526106a0519150600d8811156136f65761034051915061200084166136f05760208501943591505b816106a0525b60208960081c16905081602082185282815260405f20925082610a20526106c0519150600e88111561374057610360519150614000841661373a5760208501943591505b816106c0525b60208960091c16905081602082185282815260405f20925082610a40526106e0519150600f88111561378a5761038051915061800084166137845760208501943591505b816106e0525b602089600a1c16905081602082185282815260405f20925082610a605261070051915060108811156137d5576103a05191506201000084166137cf5760208501943591505b81610700525b602089600b1c16905081602082185282815260405f20925082610a80526107205191506011881115613820576103c051915062020000841661381a5760208501943591505b81610720525b602089600c1c16905081602082185282815260405f20925082610aa052610740519150601288111561386b576103e05191506204000084166138655760208501943591505b81610740525b602089600d1c16905081602082185282815260405f20925082610ac05261076051915060138811156138b6576104005191506208000084166138b05760208501943591505b81610760525b602089600e1c16905081602082185282815260405f20925082610ae0526107805191506014881115613901576104205191506210000084166138fb5760208501943591505b81610780525b602089600f1c16905081602082185282815260405f20925082610b00526107a0519150601588111561394c576104405191506220000084166139465760208501943591505b816107a0525b60208960101c16905081602082185282815260405f20925082610b20526107c05191506016881115613997576104605191506240000084166139915760208501943591505b816107c0525b60208960111c16905081602082185282815260405f20925082610b40526107e051915060178811156139e2576104805191506280000084166139dc5760208501943591505b816107e0525b60208960121c16905081602082185282815260405f20925082610b60526108005191506018881115613a2e576104a051915063010000008416613a285760208501943591505b81610800525b60208960131c16905081602082185282815260405f20925082610b80526108205191506019881115613a7a576104c051915063020000008416613a745760208501943591505b81610820525b60208960141c16905081602082185282815260405f20925082610ba052610840519150601a881115613ac6576104e051915063040000008416613ac05760208501943591505b81610840525b506020601589901c8116908118919091525260405f20610bc0819052610c0051831115613af257600193505b82610be0526080518114613b0a5783613b0a57600293505b50505083610c20525f610c40526001610c605280600103613b3e576040516343ed203d60e11b815260040160405180910390fd5b80600203613b5f5760405163fa3f730760e01b815260040160405180910390fd5b5092915050565b5f5f5f60408486031215613b78575f5ffd5b833567ffffffffffffffff811115613b8e575f5ffd5b8401601f81018613613b9e575f5ffd5b803567ffffffffffffffff811115613bb4575f5ffd5b866020828401011115613bc5575f5ffd5b6020918201979096509401359392505050565b8181038181111561240c57634e487b7160e01b5f52601160045260245ffd5b634e487b7160e01b5f52601260045260245ffd5b805163ffffffff81168114613c1e575f5ffd5b919050565b5f5f60408385031215613c34575f5ffd5b613c3d83613c0b565b9150613c4b60208401613c0b565b9050925092905056fe0000000000000000000000000000000000000000000000000000000000000000ad3228b676f7d3cd4284a5443f17f1962b36e491b30a40b2405849e597ba5fb5b4c11951957c6f8f642c4af61cd6b24640fec6dc7fc607ee8206a99e92410d3021ddb9a356815c3fac1026b6dec5df3124afbadb485c9ba5a3e3398a04b7ba85e58769b32a1beaf1ea27375a44095a0d1fb664ce2dd358e7fcbfb78c26a193440eb01ebfc9ed27500cd4dfc979272d1f0913cc9f66540d7e8005811109e1cf2d887c22bd8750d34016ac3c66b5ff102dacdd73f6b014e710b51e8022af9a1968ffd70157e48063fc33c97a050f7f640233bf646cc98d9524c6b92bcf3ab56f839867cc5f7f196b93bae1e27e6320742445d290f2263827498b54fec539f756afcefad4e508c098b9a7e1d8feb19955fb02ba9675585078710969d3440f5054e0f9dc3e7fe016e050eff260334f18a5d4fe391d82092319f5964f2e2eb7c1c3a5f8b13a49e282f609c317a833fb8d976d11517c571d1221a265d25af778ecf8923490c6ceeb450aecdc82e28293031d10c7d73bf85e57bf041a97360aa2c5d99cc1df82d9c4b87413eae2ef048f94b4d3554cea73d92b0f7af96e0271c691e2bb5c67add7c6caf302256adedf7ab114da0acfe870d449a3a489f781d659e8beccda7bce9f4e8618b6bd2f4132ce798cdc7a60e7e1460a7299e3c6342a579626d22733e50f526ec2fa19a22b31e8ed50f23cd1fdf94c9154ed3a7609a2f1ff981fe1d3b5c807b281e4683cc6d6315cf95b9ade8641defcb32372f1c126e398ef7a5a2dce0a8a7f68bb74560f8f71837c2c2ebbcbf7fffb42ae1896f13f7c7479a0b46a28b6f55540f89444f63de0378e3d121be09e06cc9ded1c20e65876d36aa0c65e9645644786b620e2dd2ad648ddfcbf4a7e5b1a3a4ecfe7f64667a3f0b7e2f4418588ed35a2458cffeb39b93d26f18d2ab13bdce6aee58e7b99359ec2dfd95a9c16dc00d6ef18b7933a6f8dc65ccb55667138776f7dea101070dc8796e3774df84f40ae0c8229d0d6069e5c8f39a7c299677a09d367fc7b05e3bc380ee652cdc72595f74c7b1043d0e1ffbab734648c838dfb0527d971b602bc216c9619ef0abf5ac974a1ed57f4050aa510dd9c74f508277b39d7973bb2dfccc5eeb0618db8cd74046ff337f0a7bf2c8e03e10f642c1886798d71806ab1e888d9e5ee87d0",
}

// MIPSStep is an auto generated Go binding around an Ethereum contract.
type MIPSStep struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *MIPSStep) GetABI() abi.ABI {
	return c.abi
}

// NewMIPSStep creates a new instance of MIPSStep.
func NewMIPSStep() *MIPSStep {
	parsed, err := MIPSStepMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &MIPSStep{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *MIPSStep) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address oracle_) returns()
func (mIPSStep *MIPSStep) PackConstructor(oracle_ common.Address) []byte {
	enc, err := mIPSStep.abi.Pack("", oracle_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackExecuteStep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa775a1c0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function executeStep(bytes witness, bytes32 localContext) view returns(bytes32 pre, bytes32 post)
func (mIPSStep *MIPSStep) PackExecuteStep(witness []byte, localContext [32]byte) []byte {
	enc, err := mIPSStep.abi.Pack("executeStep", witness, localContext)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExecuteStep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa775a1c0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function executeStep(bytes witness, bytes32 localContext) view returns(bytes32 pre, bytes32 post)
func (mIPSStep *MIPSStep) TryPackExecuteStep(witness []byte, localContext [32]byte) ([]byte, error) {
	return mIPSStep.abi.Pack("executeStep", witness, localContext)
}

// ExecuteStepOutput serves as a container for the return parameters of contract
// method ExecuteStep.
type ExecuteStepOutput struct {
	Pre  [32]byte
	Post [32]byte
}

// UnpackExecuteStep is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa775a1c0.
//
// Solidity: function executeStep(bytes witness, bytes32 localContext) view returns(bytes32 pre, bytes32 post)
func (mIPSStep *MIPSStep) UnpackExecuteStep(data []byte) (ExecuteStepOutput, error) {
	out, err := mIPSStep.abi.Unpack("executeStep", data)
	outstruct := new(ExecuteStepOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Pre = *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	outstruct.Post = *abi.ConvertType(out[1], new([32]byte)).(*[32]byte)
	return *outstruct, nil
}

// PackOracle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7dc0d1d0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function oracle() view returns(address)
func (mIPSStep *MIPSStep) PackOracle() []byte {
	enc, err := mIPSStep.abi.Pack("oracle")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOracle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7dc0d1d0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function oracle() view returns(address)
func (mIPSStep *MIPSStep) TryPackOracle() ([]byte, error) {
	return mIPSStep.abi.Pack("oracle")
}

// UnpackOracle is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7dc0d1d0.
//
// Solidity: function oracle() view returns(address)
func (mIPSStep *MIPSStep) UnpackOracle(data []byte) (common.Address, error) {
	out, err := mIPSStep.abi.Unpack("oracle", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (mIPSStep *MIPSStep) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], mIPSStep.abi.Errors["BadMemoryProof"].ID.Bytes()[:4]) {
		return mIPSStep.UnpackBadMemoryProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], mIPSStep.abi.Errors["BadState"].ID.Bytes()[:4]) {
		return mIPSStep.UnpackBadStateError(raw[4:])
	}
	if bytes.Equal(raw[:4], mIPSStep.abi.Errors["WitnessTooLong"].ID.Bytes()[:4]) {
		return mIPSStep.UnpackWitnessTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], mIPSStep.abi.Errors["WitnessTruncated"].ID.Bytes()[:4]) {
		return mIPSStep.UnpackWitnessTruncatedError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// MIPSStepBadMemoryProof represents a BadMemoryProof error raised by the MIPSStep contract.
type MIPSStepBadMemoryProof struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadMemoryProof()
func MIPSStepBadMemoryProofErrorID() common.Hash {
	return common.HexToHash("0xfa3f7307b43b6ff5c5de0c5bde48c1cab10256cc821a447790b34116a10fffb5")
}

// UnpackBadMemoryProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadMemoryProof()
func (mIPSStep *MIPSStep) UnpackBadMemoryProofError(raw []byte) (*MIPSStepBadMemoryProof, error) {
	out := new(MIPSStepBadMemoryProof)
	if err := mIPSStep.abi.UnpackIntoInterface(out, "BadMemoryProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MIPSStepBadState represents a BadState error raised by the MIPSStep contract.
type MIPSStepBadState struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadState()
func MIPSStepBadStateErrorID() common.Hash {
	return common.HexToHash("0x8523b62af6d70434ae3ca348121ede9c92decc44ee6b5baf0f0b5d000ef8dfcf")
}

// UnpackBadStateError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadState()
func (mIPSStep *MIPSStep) UnpackBadStateError(raw []byte) (*MIPSStepBadState, error) {
	out := new(MIPSStepBadState)
	if err := mIPSStep.abi.UnpackIntoInterface(out, "BadState", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MIPSStepWitnessTooLong represents a WitnessTooLong error raised by the MIPSStep contract.
type MIPSStepWitnessTooLong struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WitnessTooLong()
func MIPSStepWitnessTooLongErrorID() common.Hash {
	return common.HexToHash("0x751b9e88b4a0e204c39af091ba386c0a3a84c65f9242544324bca5637434bf06")
}

// UnpackWitnessTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WitnessTooLong()
func (mIPSStep *MIPSStep) UnpackWitnessTooLongError(raw []byte) (*MIPSStepWitnessTooLong, error) {
	out := new(MIPSStepWitnessTooLong)
	if err := mIPSStep.abi.UnpackIntoInterface(out, "WitnessTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MIPSStepWitnessTruncated represents a WitnessTruncated error raised by the MIPSStep contract.
type MIPSStepWitnessTruncated struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WitnessTruncated()
func MIPSStepWitnessTruncatedErrorID() common.Hash {
	return common.HexToHash("0x87da407a2a971b9b2197acfc9927e8673864889f1595be4c26a63ebbf44ebec4")
}

// UnpackWitnessTruncatedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WitnessTruncated()
func (mIPSStep *MIPSStep) UnpackWitnessTruncatedError(raw []byte) (*MIPSStepWitnessTruncated, error) {
	out := new(MIPSStepWitnessTruncated)
	if err := mIPSStep.abi.UnpackIntoInterface(out, "WitnessTruncated", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OracleConsumerMetaData contains all meta data concerning the OracleConsumer contract.
var OracleConsumerMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractInferenceRequests\",\"name\":\"oracle_\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"classId_\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"AlreadyReceived\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"NotAsked\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"NotTheOracle\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"Asked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"outputRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"}],\"name\":\"Received\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"input\",\"type\":\"bytes\"}],\"name\":\"ask\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"asked\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"classId\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"outputRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"}],\"name\":\"inferenceResult\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"oracle\",\"outputs\":[{\"internalType\":\"contractInferenceRequests\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"result\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"done\",\"type\":\"bool\"},{\"internalType\":\"bytes32\",\"name\":\"outputRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "77e966d571c1f2da8af5231f47b63e6ec1",
	Bin: "0x60c060405234801561000f575f5ffd5b506040516108f73803806108f783398101604081905261002e91610044565b6001600160a01b0390911660805260a05261007b565b5f5f60408385031215610055575f5ffd5b82516001600160a01b038116811461006b575f5ffd5b6020939093015192949293505050565b60805160a0516108476100b05f395f8181610149015261044801525f818160d001528181610281015261041901526108475ff3fe608060405260043610610063575f3560e01c8063888e119411610041578063888e119414610117578063d5ad684914610138578063edd3d3d91461016b575f5ffd5b80633c5940591461006757806346fad2fb1461009e5780637dc0d1d0146100bf575b5f5ffd5b348015610072575f5ffd5b50610086610081366004610503565b6101a9565b6040516100959392919061051a565b60405180910390f35b3480156100a9575f5ffd5b506100bd6100b83660046105a4565b610269565b005b3480156100ca575f5ffd5b506100f27f000000000000000000000000000000000000000000000000000000000000000081565b60405173ffffffffffffffffffffffffffffffffffffffff9091168152602001610095565b61012a6101253660046105f3565b6103da565b604051908152602001610095565b348015610143575f5ffd5b5061012a7f000000000000000000000000000000000000000000000000000000000000000081565b348015610176575f5ffd5b50610199610185366004610503565b5f6020819052908152604090205460ff1681565b6040519015158152602001610095565b5f818152600160208190526040822080549181015460028201805485946060949360ff90911692909181906101dd90610632565b80601f016020809104026020016040519081016040528092919081815260200182805461020990610632565b80156102545780601f1061022b57610100808354040283529160200191610254565b820191905f5260205f20905b81548152906001019060200180831161023757829003601f168201915b50505050509050935093509350509193909250565b3373ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016146102df576040517fcad69bcf0000000000000000000000000000000000000000000000000000000081523360048201526024015b60405180910390fd5b5f8481526020819052604090205460ff16610329576040517f2b76251b000000000000000000000000000000000000000000000000000000008152600481018590526024016102d6565b5f848152600160205260409020805460ff1615610375576040517fe3e81a22000000000000000000000000000000000000000000000000000000008152600481018690526024016102d6565b805460ff1916600190811782558101849055600281016103968385836106d5565b50847fb5d4afb337d542412a5e3e881c83c9ad31f46c4b82fe48a8858640bee13d50638585856040516103cb939291906107b8565b60405180910390a25050505050565b6040517fb64722080000000000000000000000000000000000000000000000000000000081525f9073ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000169063b6472208903490610478907f00000000000000000000000000000000000000000000000000000000000000009088908890889030906004016107da565b60206040518083038185885af1158015610494573d5f5f3e3d5ffd5b50505050506040513d601f19601f820116820180604052508101906104b99190610830565b5f81815260208190526040808220805460ff1916600117905551919250339183917f4f9899ad56476d199e6204d4faf4a2008fd7f70bea931012bce8cd069c27c61a91a392915050565b5f60208284031215610513575f5ffd5b5035919050565b8315158152826020820152606060408201525f82518060608401528060208501608085015e5f608082850101526080601f19601f830116840101915050949350505050565b5f5f83601f84011261056f575f5ffd5b50813567ffffffffffffffff811115610586575f5ffd5b60208301915083602082850101111561059d575f5ffd5b9250929050565b5f5f5f5f606085870312156105b7575f5ffd5b8435935060208501359250604085013567ffffffffffffffff8111156105db575f5ffd5b6105e78782880161055f565b95989497509550505050565b5f5f60208385031215610604575f5ffd5b823567ffffffffffffffff81111561061a575f5ffd5b6106268582860161055f565b90969095509350505050565b600181811c9082168061064657607f821691505b60208210810361066457634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52604160045260245ffd5b601f8211156106d057828211156106d057805f5260205f20601f840160051c60208510156106a957505f5b90810190601f840160051c035f5b818110156106cc575f838201556001016106b7565b5050505b505050565b67ffffffffffffffff8311156106ed576106ed61066a565b610701836106fb8354610632565b8361067e565b5f601f841160018114610732575f851561071b5750838201355b5f19600387901b1c1916600186901b178355610789565b5f83815260208120601f198716915b828110156107615786850135825560209485019460019092019101610741565b508682101561077d575f1960f88860031b161c19848701351681555b505060018560011b0183555b5050505050565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b838152604060208201525f6107d1604083018486610790565b95945050505050565b85815260a060208201525f6107f360a083018688610790565b60408301949094525080830360608201525f835273ffffffffffffffffffffffffffffffffffffffff919091166080909101526020019392505050565b5f60208284031215610840575f5ffd5b505191905056",
}

// OracleConsumer is an auto generated Go binding around an Ethereum contract.
type OracleConsumer struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *OracleConsumer) GetABI() abi.ABI {
	return c.abi
}

// NewOracleConsumer creates a new instance of OracleConsumer.
func NewOracleConsumer() *OracleConsumer {
	parsed, err := OracleConsumerMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &OracleConsumer{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *OracleConsumer) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address oracle_, bytes32 classId_) returns()
func (oracleConsumer *OracleConsumer) PackConstructor(oracle_ common.Address, classId_ [32]byte) []byte {
	enc, err := oracleConsumer.abi.Pack("", oracle_, classId_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackAsk is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x888e1194.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ask(bytes input) payable returns(uint256 requestId)
func (oracleConsumer *OracleConsumer) PackAsk(input []byte) []byte {
	enc, err := oracleConsumer.abi.Pack("ask", input)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAsk is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x888e1194.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ask(bytes input) payable returns(uint256 requestId)
func (oracleConsumer *OracleConsumer) TryPackAsk(input []byte) ([]byte, error) {
	return oracleConsumer.abi.Pack("ask", input)
}

// UnpackAsk is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x888e1194.
//
// Solidity: function ask(bytes input) payable returns(uint256 requestId)
func (oracleConsumer *OracleConsumer) UnpackAsk(data []byte) (*big.Int, error) {
	out, err := oracleConsumer.abi.Unpack("ask", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackAsked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xedd3d3d9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function asked(uint256 ) view returns(bool)
func (oracleConsumer *OracleConsumer) PackAsked(arg0 *big.Int) []byte {
	enc, err := oracleConsumer.abi.Pack("asked", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAsked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xedd3d3d9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function asked(uint256 ) view returns(bool)
func (oracleConsumer *OracleConsumer) TryPackAsked(arg0 *big.Int) ([]byte, error) {
	return oracleConsumer.abi.Pack("asked", arg0)
}

// UnpackAsked is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xedd3d3d9.
//
// Solidity: function asked(uint256 ) view returns(bool)
func (oracleConsumer *OracleConsumer) UnpackAsked(data []byte) (bool, error) {
	out, err := oracleConsumer.abi.Unpack("asked", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackClassId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5ad6849.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function classId() view returns(bytes32)
func (oracleConsumer *OracleConsumer) PackClassId() []byte {
	enc, err := oracleConsumer.abi.Pack("classId")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClassId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5ad6849.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function classId() view returns(bytes32)
func (oracleConsumer *OracleConsumer) TryPackClassId() ([]byte, error) {
	return oracleConsumer.abi.Pack("classId")
}

// UnpackClassId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd5ad6849.
//
// Solidity: function classId() view returns(bytes32)
func (oracleConsumer *OracleConsumer) UnpackClassId(data []byte) ([32]byte, error) {
	out, err := oracleConsumer.abi.Unpack("classId", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackInferenceResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x46fad2fb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function inferenceResult(uint256 requestId, bytes32 outputRoot, bytes output) returns()
func (oracleConsumer *OracleConsumer) PackInferenceResult(requestId *big.Int, outputRoot [32]byte, output []byte) []byte {
	enc, err := oracleConsumer.abi.Pack("inferenceResult", requestId, outputRoot, output)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInferenceResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x46fad2fb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function inferenceResult(uint256 requestId, bytes32 outputRoot, bytes output) returns()
func (oracleConsumer *OracleConsumer) TryPackInferenceResult(requestId *big.Int, outputRoot [32]byte, output []byte) ([]byte, error) {
	return oracleConsumer.abi.Pack("inferenceResult", requestId, outputRoot, output)
}

// PackOracle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7dc0d1d0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function oracle() view returns(address)
func (oracleConsumer *OracleConsumer) PackOracle() []byte {
	enc, err := oracleConsumer.abi.Pack("oracle")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOracle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7dc0d1d0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function oracle() view returns(address)
func (oracleConsumer *OracleConsumer) TryPackOracle() ([]byte, error) {
	return oracleConsumer.abi.Pack("oracle")
}

// UnpackOracle is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7dc0d1d0.
//
// Solidity: function oracle() view returns(address)
func (oracleConsumer *OracleConsumer) UnpackOracle(data []byte) (common.Address, error) {
	out, err := oracleConsumer.abi.Unpack("oracle", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3c594059.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function result(uint256 requestId) view returns(bool done, bytes32 outputRoot, bytes output)
func (oracleConsumer *OracleConsumer) PackResult(requestId *big.Int) []byte {
	enc, err := oracleConsumer.abi.Pack("result", requestId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3c594059.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function result(uint256 requestId) view returns(bool done, bytes32 outputRoot, bytes output)
func (oracleConsumer *OracleConsumer) TryPackResult(requestId *big.Int) ([]byte, error) {
	return oracleConsumer.abi.Pack("result", requestId)
}

// ResultOutput serves as a container for the return parameters of contract
// method Result.
type ResultOutput struct {
	Done       bool
	OutputRoot [32]byte
	Output     []byte
}

// UnpackResult is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3c594059.
//
// Solidity: function result(uint256 requestId) view returns(bool done, bytes32 outputRoot, bytes output)
func (oracleConsumer *OracleConsumer) UnpackResult(data []byte) (ResultOutput, error) {
	out, err := oracleConsumer.abi.Unpack("result", data)
	outstruct := new(ResultOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Done = *abi.ConvertType(out[0], new(bool)).(*bool)
	outstruct.OutputRoot = *abi.ConvertType(out[1], new([32]byte)).(*[32]byte)
	outstruct.Output = *abi.ConvertType(out[2], new([]byte)).(*[]byte)
	return *outstruct, nil
}

// OracleConsumerAsked represents a Asked event raised by the OracleConsumer contract.
type OracleConsumerAsked struct {
	RequestId *big.Int
	By        common.Address
	Raw       *types.Log // Blockchain specific contextual infos
}

const OracleConsumerAskedEventName = "Asked"

// ContractEventName returns the user-defined event name.
func (OracleConsumerAsked) ContractEventName() string {
	return OracleConsumerAskedEventName
}

// UnpackAskedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Asked(uint256 indexed requestId, address indexed by)
func (oracleConsumer *OracleConsumer) UnpackAskedEvent(log *types.Log) (*OracleConsumerAsked, error) {
	event := "Asked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != oracleConsumer.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OracleConsumerAsked)
	if len(log.Data) > 0 {
		if err := oracleConsumer.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range oracleConsumer.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// OracleConsumerReceived represents a Received event raised by the OracleConsumer contract.
type OracleConsumerReceived struct {
	RequestId  *big.Int
	OutputRoot [32]byte
	Output     []byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const OracleConsumerReceivedEventName = "Received"

// ContractEventName returns the user-defined event name.
func (OracleConsumerReceived) ContractEventName() string {
	return OracleConsumerReceivedEventName
}

// UnpackReceivedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Received(uint256 indexed requestId, bytes32 outputRoot, bytes output)
func (oracleConsumer *OracleConsumer) UnpackReceivedEvent(log *types.Log) (*OracleConsumerReceived, error) {
	event := "Received"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != oracleConsumer.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OracleConsumerReceived)
	if len(log.Data) > 0 {
		if err := oracleConsumer.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range oracleConsumer.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (oracleConsumer *OracleConsumer) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], oracleConsumer.abi.Errors["AlreadyReceived"].ID.Bytes()[:4]) {
		return oracleConsumer.UnpackAlreadyReceivedError(raw[4:])
	}
	if bytes.Equal(raw[:4], oracleConsumer.abi.Errors["NotAsked"].ID.Bytes()[:4]) {
		return oracleConsumer.UnpackNotAskedError(raw[4:])
	}
	if bytes.Equal(raw[:4], oracleConsumer.abi.Errors["NotTheOracle"].ID.Bytes()[:4]) {
		return oracleConsumer.UnpackNotTheOracleError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// OracleConsumerAlreadyReceived represents a AlreadyReceived error raised by the OracleConsumer contract.
type OracleConsumerAlreadyReceived struct {
	RequestId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyReceived(uint256 requestId)
func OracleConsumerAlreadyReceivedErrorID() common.Hash {
	return common.HexToHash("0xe3e81a226be3b3f2e2b78d11e6373e421002fd02e476a9d45a29ada8c5c75bd5")
}

// UnpackAlreadyReceivedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyReceived(uint256 requestId)
func (oracleConsumer *OracleConsumer) UnpackAlreadyReceivedError(raw []byte) (*OracleConsumerAlreadyReceived, error) {
	out := new(OracleConsumerAlreadyReceived)
	if err := oracleConsumer.abi.UnpackIntoInterface(out, "AlreadyReceived", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OracleConsumerNotAsked represents a NotAsked error raised by the OracleConsumer contract.
type OracleConsumerNotAsked struct {
	RequestId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAsked(uint256 requestId)
func OracleConsumerNotAskedErrorID() common.Hash {
	return common.HexToHash("0x2b76251bcc7ae8d6c01273d9dd03f2d4205c8c87d36382a8570b4319b8f0e581")
}

// UnpackNotAskedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAsked(uint256 requestId)
func (oracleConsumer *OracleConsumer) UnpackNotAskedError(raw []byte) (*OracleConsumerNotAsked, error) {
	out := new(OracleConsumerNotAsked)
	if err := oracleConsumer.abi.UnpackIntoInterface(out, "NotAsked", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OracleConsumerNotTheOracle represents a NotTheOracle error raised by the OracleConsumer contract.
type OracleConsumerNotTheOracle struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotTheOracle(address sender)
func OracleConsumerNotTheOracleErrorID() common.Hash {
	return common.HexToHash("0xcad69bcfae661e679e16fca140cea39adfc056c4d3e2a1f4e68f0986e4b3e2f5")
}

// UnpackNotTheOracleError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotTheOracle(address sender)
func (oracleConsumer *OracleConsumer) UnpackNotTheOracleError(raw []byte) (*OracleConsumerNotTheOracle, error) {
	out := new(OracleConsumerNotTheOracle)
	if err := oracleConsumer.abi.UnpackIntoInterface(out, "NotTheOracle", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PreimageOracleMetaData contains all meta data concerning the PreimageOracle contract.
var PreimageOracleMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"}],\"name\":\"BadLengthProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"BadPartProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"}],\"name\":\"BlobLengthUnknown\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"LengthTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"name\":\"LocalAlreadyLoaded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"LocalTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"name\":\"NotLocalKey\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"name\":\"PreimageMissing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"word\",\"type\":\"uint256\"}],\"name\":\"PreimagePartMissing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"name\":\"UnknownKeyType\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"BlobPartLoaded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"length\",\"type\":\"uint64\"}],\"name\":\"LengthLoaded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"game\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"localContext\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"LocalLoaded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"node\",\"type\":\"bytes32\"}],\"name\":\"NodeLoaded\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MAX_LOCAL\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"n\",\"type\":\"uint256\"}],\"name\":\"blobHeight\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"h\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"}],\"name\":\"blobKey\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"localContext\",\"type\":\"bytes32\"}],\"name\":\"has\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"}],\"name\":\"lengthKey\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"word\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"loadBlobPart\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"length\",\"type\":\"uint64\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"loadLength\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"localContext\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"loadLocal\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"l\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"}],\"name\":\"loadNode\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"localContext\",\"type\":\"bytes32\"}],\"name\":\"localize\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"node\",\"type\":\"bytes32\"}],\"name\":\"nodeKey\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"offset\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"localContext\",\"type\":\"bytes32\"}],\"name\":\"readWord\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"word\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"length\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "2cdd467a11af19894030cedceefa5bc659",
	Bin: "0x6080604052348015600e575f5ffd5b506110c18061001c5f395ff3fe608060405234801561000f575f5ffd5b50600436106100cf575f3560e01c80636b96ecdb1161007d5780639ba512bd116100585780639ba512bd146101d05780639dcae2ff1461022b578063ef37c7d91461024b575f5ffd5b80636b96ecdb1461019457806371f4bf671461019d57806373e749b8146101b0575f5ffd5b806341cbd0ec116100ad57806341cbd0ec14610159578063426172501461016c57806368732db814610181575f5ffd5b806312f574b7146100d35780631e6b8a411461010857806338509c0814610136575b5f5ffd5b6100e66100e1366004610d90565b61025e565b6040805163ffffffff9384168152929091166020830152015b60405180910390f35b610128610116366004610dca565b6001600160f81b0316600160f91b1790565b6040519081526020016100ff565b610149610144366004610de1565b61055d565b60405190151581526020016100ff565b610128610167366004610dca565b610612565b61017f61017a366004610e14565b610652565b005b61017f61018f366004610e7c565b6106e6565b61012861040081565b61017f6101ab366004610ee0565b6108d5565b6101286101be366004610dca565b6001600160f81b0316600160fa1b1790565b6101286101de366004610de1565b6040805160208082019590955273ffffffffffffffffffffffffffffffffffffffff9390931683820152606080840192909252805180840390920182526080909201909152805191012090565b610128610239366004610dca565b6001600160f81b0316600360f81b1790565b61017f610259366004610f3c565b610af6565b5f8085811a868260018381036102c15750506040805160208082018b905273ffffffffffffffffffffffffffffffffffffffff89168284015260608083018990528351808403909101815260809092019092528051910120905060026003610315565b60028460ff1610806102d6575060048460ff16115b15610315576040517f084a661d000000000000000000000000000000000000000000000000000000008152600481018b90526024015b60405180910390fd5b5f8381526020839052604081205490819003610360576040517f5b73716a000000000000000000000000000000000000000000000000000000008152600481018c905260240161030c565b61036b600182610fe0565b95508563ffffffff168a10610387575f96505050505050610554565b60058a901c601f8b1660ff871660020361047b575f868152600460209081526040808320600886901c845290915281205460ff84161c600116900361040d578c6103d2836001610ff9565b6040517f11f65fab0000000000000000000000000000000000000000000000000000000081526004810192909252602482015260440161030c565b5f610419836001610ff9565b9050601c8211801561043a575063ffffffff891661043882602061100c565b105b801561046857505f878152600460209081526040808320600885901c845290915290205460ff82161c600116155b15610479578d6103d2826001610ff9565b505b5f86815260208581526040808320858452909152902054601c82116104b35760036104a783601c610fe0565b901b81901c9950610507565b5f878152602086905260408120816104cc866001610ff9565b815260208101919091526040015f2054905060036104eb84603c610fe0565b901b81901c60036104fd601c86610fe0565b901b83901b179a50505b63ffffffff89166105198e6004610ff9565b111561054b57600363ffffffff8a166105338f6004610ff9565b61053d9190610fe0565b901b63ffffffff901b8a1699505b50505050505050505b94509492505050565b5f83811a60018190036105c757505060408051602080820186905273ffffffffffffffffffffffffffffffffffffffff851682840152606080830185905283518084039091018152608090920183528151918101919091205f90815260029091522054151561060b565b8060ff16600214806105dc57508060ff166003145b806105ea57508060ff166004145b156106065750505f83815260208190526040902054151561060b565b5f9150505b9392505050565b5f80602061062184603f610ff9565b61062b9190611023565b90505b80826001901b101561064c578161064481611042565b92505061062e565b50919050565b60408051602080820185905281830184905282518083038401815260609092018084528251928201929092206001600160f81b038116600160fa1b175f818152808452858120604190556001808552868220828052909452858120889055928352938220859055929183917f699a55c75bc870476d3998ac18a5f03eace2df5f5b7bb47043f473afe730a1b091a250505050565b63ffffffff67ffffffffffffffff8416111561073a576040517f3531161b00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff8416600482015260240161030c565b61074d8367ffffffffffffffff16610612565b811461076f57604051635cfeb1cb60e11b81526004810185905260240161030c565b67ffffffffffffffff83165f5b828110156107da578184848381811061079757610797610fb8565b905060200201356040516020016107b8929190918252602082015260400190565b60408051601f198184030181529190528051602090910120915060010161077c565b508481146107fe57604051635cfeb1cb60e11b81526004810186905260240161030c565b6001600160f81b038516600360f81b175f8181526020818152604080832060099055600180835281842084805290925290912060c087901b7fffffffffffffffff00000000000000000000000000000000000000000000000016905561086f9067ffffffffffffffff871690610ff9565b6001600160f81b038716600160f91b175f9081526020818152604091829020929092555167ffffffffffffffff8716815287917fa9631822e202c91ad491ea6e9ff61b4ae14d41154d579d1bb87b0971e2a9a1b1910160405180910390a2505050505050565b6001600160f81b038516600160f91b175f8181526020819052604081205490819003610930576040517fbaf03b6e0000000000000000000000000000000000000000000000000000000081526004810188905260240161030c565b5f61093f610167600184610fe0565b9050838114158061094e575086155b8061095a575086811c15155b15610982576040516374ac504b60e11b8152600481018990526024810188905260440161030c565b855f5b82811015610a3c57600189821c16156109e7578686828181106109aa576109aa610fb8565b90506020020135826040516020016109cc929190918252602082015260400190565b60405160208183030381529060405280519060200120610a32565b818787838181106109fa576109fa610fb8565b90506020020135604051602001610a1b929190918252602082015260400190565b604051602081830303815290604052805190602001205b9150600101610985565b50888114610a67576040516374ac504b60e11b8152600481018a90526024810189905260440161030c565b5f610a7360018a610fe0565b5f86815260016020818152604080842085855282528084208d905589845260048252808420600886901c8552825292839020805460ff86169390931b90921790915590518b81529192508b917ff7c30dd00a3eb14c5b7d17086b4cf26d530273349aa92fef4bb4e615bd7a08a1910160405180910390a250505050505050505050565b825f1a600114610b35576040517f2d521c720000000000000000000000000000000000000000000000000000000081526004810184905260240161030c565b610400811115610b74576040517fb9bde9270000000000000000000000000000000000000000000000000000000081526004810182905260240161030c565b6040805160208082018690523382840152606080830188905283518084039091018152608090920183528151918101919091205f81815260029092529190205415610bee576040517f983ddc800000000000000000000000000000000000000000000000000000000081526004810185905260240161030c565b610bf9826001610ff9565b5f828152600260205260408120919091555b82610c1782602061100c565b1015610d23575f80610c2a83602061100c565b905084610c38826020610ff9565b11610c6857858186610c4b826020610ff9565b92610c589392919061105a565b610c6191611081565b9150610cf7565b6040805160208082528183019092525f91602082018180368337019050509050815b86811015610ce957878782818110610ca457610ca4610fb8565b9050013560f81c60f81b828483610cbb9190610fe0565b81518110610ccb57610ccb610fb8565b60200101906001600160f81b03191690815f1a905350600101610c8a565b50610cf38161109e565b9250505b505f83815260036020908152604080832085845290915290205580610d1b81611042565b915050610c0b565b506040805185815260208101849052869133917fb0a2684bd7880010ea5e2817883ce5202dc81b409f486ff36df17704397f91cb910160405180910390a35050505050565b803573ffffffffffffffffffffffffffffffffffffffff81168114610d8b575f5ffd5b919050565b5f5f5f5f60808587031215610da3575f5ffd5b8435935060208501359250610dba60408601610d68565b9396929550929360600135925050565b5f60208284031215610dda575f5ffd5b5035919050565b5f5f5f60608486031215610df3575f5ffd5b83359250610e0360208501610d68565b929592945050506040919091013590565b5f5f60408385031215610e25575f5ffd5b50508035926020909101359150565b5f5f83601f840112610e44575f5ffd5b50813567ffffffffffffffff811115610e5b575f5ffd5b6020830191508360208260051b8501011115610e75575f5ffd5b9250929050565b5f5f5f5f60608587031215610e8f575f5ffd5b84359350602085013567ffffffffffffffff81168114610ead575f5ffd5b9250604085013567ffffffffffffffff811115610ec8575f5ffd5b610ed487828801610e34565b95989497509550505050565b5f5f5f5f5f60808688031215610ef4575f5ffd5b853594506020860135935060408601359250606086013567ffffffffffffffff811115610f1f575f5ffd5b610f2b88828901610e34565b969995985093965092949392505050565b5f5f5f5f60608587031215610f4f575f5ffd5b8435935060208501359250604085013567ffffffffffffffff811115610f73575f5ffd5b8501601f81018713610f83575f5ffd5b803567ffffffffffffffff811115610f99575f5ffd5b876020828401011115610faa575f5ffd5b949793965060200194505050565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b81810381811115610ff357610ff3610fcc565b92915050565b80820180821115610ff357610ff3610fcc565b8082028115828204841417610ff357610ff3610fcc565b5f8261103d57634e487b7160e01b5f52601260045260245ffd5b500490565b5f6001820161105357611053610fcc565b5060010190565b5f5f85851115611068575f5ffd5b83861115611074575f5ffd5b5050820193919092039150565b80356020831015610ff3575f19602084900360031b1b1692915050565b8051602080830151919081101561064c575f1960209190910360031b1b1691905056",
}

// PreimageOracle is an auto generated Go binding around an Ethereum contract.
type PreimageOracle struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *PreimageOracle) GetABI() abi.ABI {
	return c.abi
}

// NewPreimageOracle creates a new instance of PreimageOracle.
func NewPreimageOracle() *PreimageOracle {
	parsed, err := PreimageOracleMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &PreimageOracle{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *PreimageOracle) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackMAXLOCAL is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6b96ecdb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_LOCAL() view returns(uint256)
func (preimageOracle *PreimageOracle) PackMAXLOCAL() []byte {
	enc, err := preimageOracle.abi.Pack("MAX_LOCAL")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXLOCAL is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6b96ecdb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_LOCAL() view returns(uint256)
func (preimageOracle *PreimageOracle) TryPackMAXLOCAL() ([]byte, error) {
	return preimageOracle.abi.Pack("MAX_LOCAL")
}

// UnpackMAXLOCAL is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6b96ecdb.
//
// Solidity: function MAX_LOCAL() view returns(uint256)
func (preimageOracle *PreimageOracle) UnpackMAXLOCAL(data []byte) (*big.Int, error) {
	out, err := preimageOracle.abi.Unpack("MAX_LOCAL", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBlobHeight is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x41cbd0ec.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function blobHeight(uint256 n) pure returns(uint256 h)
func (preimageOracle *PreimageOracle) PackBlobHeight(n *big.Int) []byte {
	enc, err := preimageOracle.abi.Pack("blobHeight", n)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBlobHeight is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x41cbd0ec.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function blobHeight(uint256 n) pure returns(uint256 h)
func (preimageOracle *PreimageOracle) TryPackBlobHeight(n *big.Int) ([]byte, error) {
	return preimageOracle.abi.Pack("blobHeight", n)
}

// UnpackBlobHeight is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x41cbd0ec.
//
// Solidity: function blobHeight(uint256 n) pure returns(uint256 h)
func (preimageOracle *PreimageOracle) UnpackBlobHeight(data []byte) (*big.Int, error) {
	out, err := preimageOracle.abi.Unpack("blobHeight", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBlobKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1e6b8a41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function blobKey(bytes32 root) pure returns(bytes32)
func (preimageOracle *PreimageOracle) PackBlobKey(root [32]byte) []byte {
	enc, err := preimageOracle.abi.Pack("blobKey", root)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBlobKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1e6b8a41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function blobKey(bytes32 root) pure returns(bytes32)
func (preimageOracle *PreimageOracle) TryPackBlobKey(root [32]byte) ([]byte, error) {
	return preimageOracle.abi.Pack("blobKey", root)
}

// UnpackBlobKey is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1e6b8a41.
//
// Solidity: function blobKey(bytes32 root) pure returns(bytes32)
func (preimageOracle *PreimageOracle) UnpackBlobKey(data []byte) ([32]byte, error) {
	out, err := preimageOracle.abi.Unpack("blobKey", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackHas is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x38509c08.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function has(bytes32 key, address caller, bytes32 localContext) view returns(bool)
func (preimageOracle *PreimageOracle) PackHas(key [32]byte, caller common.Address, localContext [32]byte) []byte {
	enc, err := preimageOracle.abi.Pack("has", key, caller, localContext)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHas is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x38509c08.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function has(bytes32 key, address caller, bytes32 localContext) view returns(bool)
func (preimageOracle *PreimageOracle) TryPackHas(key [32]byte, caller common.Address, localContext [32]byte) ([]byte, error) {
	return preimageOracle.abi.Pack("has", key, caller, localContext)
}

// UnpackHas is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x38509c08.
//
// Solidity: function has(bytes32 key, address caller, bytes32 localContext) view returns(bool)
func (preimageOracle *PreimageOracle) UnpackHas(data []byte) (bool, error) {
	out, err := preimageOracle.abi.Unpack("has", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackLengthKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9dcae2ff.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lengthKey(bytes32 root) pure returns(bytes32)
func (preimageOracle *PreimageOracle) PackLengthKey(root [32]byte) []byte {
	enc, err := preimageOracle.abi.Pack("lengthKey", root)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLengthKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9dcae2ff.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lengthKey(bytes32 root) pure returns(bytes32)
func (preimageOracle *PreimageOracle) TryPackLengthKey(root [32]byte) ([]byte, error) {
	return preimageOracle.abi.Pack("lengthKey", root)
}

// UnpackLengthKey is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9dcae2ff.
//
// Solidity: function lengthKey(bytes32 root) pure returns(bytes32)
func (preimageOracle *PreimageOracle) UnpackLengthKey(data []byte) ([32]byte, error) {
	out, err := preimageOracle.abi.Unpack("lengthKey", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackLoadBlobPart is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x71f4bf67.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function loadBlobPart(bytes32 root, uint256 index, bytes32 word, bytes32[] proof) returns()
func (preimageOracle *PreimageOracle) PackLoadBlobPart(root [32]byte, index *big.Int, word [32]byte, proof [][32]byte) []byte {
	enc, err := preimageOracle.abi.Pack("loadBlobPart", root, index, word, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLoadBlobPart is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x71f4bf67.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function loadBlobPart(bytes32 root, uint256 index, bytes32 word, bytes32[] proof) returns()
func (preimageOracle *PreimageOracle) TryPackLoadBlobPart(root [32]byte, index *big.Int, word [32]byte, proof [][32]byte) ([]byte, error) {
	return preimageOracle.abi.Pack("loadBlobPart", root, index, word, proof)
}

// PackLoadLength is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x68732db8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function loadLength(bytes32 root, uint64 length, bytes32[] proof) returns()
func (preimageOracle *PreimageOracle) PackLoadLength(root [32]byte, length uint64, proof [][32]byte) []byte {
	enc, err := preimageOracle.abi.Pack("loadLength", root, length, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLoadLength is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x68732db8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function loadLength(bytes32 root, uint64 length, bytes32[] proof) returns()
func (preimageOracle *PreimageOracle) TryPackLoadLength(root [32]byte, length uint64, proof [][32]byte) ([]byte, error) {
	return preimageOracle.abi.Pack("loadLength", root, length, proof)
}

// PackLoadLocal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xef37c7d9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function loadLocal(bytes32 localContext, bytes32 key, bytes data) returns()
func (preimageOracle *PreimageOracle) PackLoadLocal(localContext [32]byte, key [32]byte, data []byte) []byte {
	enc, err := preimageOracle.abi.Pack("loadLocal", localContext, key, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLoadLocal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xef37c7d9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function loadLocal(bytes32 localContext, bytes32 key, bytes data) returns()
func (preimageOracle *PreimageOracle) TryPackLoadLocal(localContext [32]byte, key [32]byte, data []byte) ([]byte, error) {
	return preimageOracle.abi.Pack("loadLocal", localContext, key, data)
}

// PackLoadNode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42617250.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function loadNode(bytes32 l, bytes32 r) returns()
func (preimageOracle *PreimageOracle) PackLoadNode(l [32]byte, r [32]byte) []byte {
	enc, err := preimageOracle.abi.Pack("loadNode", l, r)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLoadNode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42617250.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function loadNode(bytes32 l, bytes32 r) returns()
func (preimageOracle *PreimageOracle) TryPackLoadNode(l [32]byte, r [32]byte) ([]byte, error) {
	return preimageOracle.abi.Pack("loadNode", l, r)
}

// PackLocalize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9ba512bd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function localize(bytes32 key, address caller, bytes32 localContext) pure returns(bytes32)
func (preimageOracle *PreimageOracle) PackLocalize(key [32]byte, caller common.Address, localContext [32]byte) []byte {
	enc, err := preimageOracle.abi.Pack("localize", key, caller, localContext)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLocalize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9ba512bd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function localize(bytes32 key, address caller, bytes32 localContext) pure returns(bytes32)
func (preimageOracle *PreimageOracle) TryPackLocalize(key [32]byte, caller common.Address, localContext [32]byte) ([]byte, error) {
	return preimageOracle.abi.Pack("localize", key, caller, localContext)
}

// UnpackLocalize is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9ba512bd.
//
// Solidity: function localize(bytes32 key, address caller, bytes32 localContext) pure returns(bytes32)
func (preimageOracle *PreimageOracle) UnpackLocalize(data []byte) ([32]byte, error) {
	out, err := preimageOracle.abi.Unpack("localize", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackNodeKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x73e749b8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nodeKey(bytes32 node) pure returns(bytes32)
func (preimageOracle *PreimageOracle) PackNodeKey(node [32]byte) []byte {
	enc, err := preimageOracle.abi.Pack("nodeKey", node)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNodeKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x73e749b8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nodeKey(bytes32 node) pure returns(bytes32)
func (preimageOracle *PreimageOracle) TryPackNodeKey(node [32]byte) ([]byte, error) {
	return preimageOracle.abi.Pack("nodeKey", node)
}

// UnpackNodeKey is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x73e749b8.
//
// Solidity: function nodeKey(bytes32 node) pure returns(bytes32)
func (preimageOracle *PreimageOracle) UnpackNodeKey(data []byte) ([32]byte, error) {
	out, err := preimageOracle.abi.Unpack("nodeKey", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackReadWord is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x12f574b7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function readWord(bytes32 key, uint256 offset, address caller, bytes32 localContext) view returns(uint32 word, uint32 length)
func (preimageOracle *PreimageOracle) PackReadWord(key [32]byte, offset *big.Int, caller common.Address, localContext [32]byte) []byte {
	enc, err := preimageOracle.abi.Pack("readWord", key, offset, caller, localContext)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReadWord is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x12f574b7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function readWord(bytes32 key, uint256 offset, address caller, bytes32 localContext) view returns(uint32 word, uint32 length)
func (preimageOracle *PreimageOracle) TryPackReadWord(key [32]byte, offset *big.Int, caller common.Address, localContext [32]byte) ([]byte, error) {
	return preimageOracle.abi.Pack("readWord", key, offset, caller, localContext)
}

// ReadWordOutput serves as a container for the return parameters of contract
// method ReadWord.
type ReadWordOutput struct {
	Word   uint32
	Length uint32
}

// UnpackReadWord is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x12f574b7.
//
// Solidity: function readWord(bytes32 key, uint256 offset, address caller, bytes32 localContext) view returns(uint32 word, uint32 length)
func (preimageOracle *PreimageOracle) UnpackReadWord(data []byte) (ReadWordOutput, error) {
	out, err := preimageOracle.abi.Unpack("readWord", data)
	outstruct := new(ReadWordOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Word = *abi.ConvertType(out[0], new(uint32)).(*uint32)
	outstruct.Length = *abi.ConvertType(out[1], new(uint32)).(*uint32)
	return *outstruct, nil
}

// PreimageOracleBlobPartLoaded represents a BlobPartLoaded event raised by the PreimageOracle contract.
type PreimageOracleBlobPartLoaded struct {
	Root  [32]byte
	Index *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const PreimageOracleBlobPartLoadedEventName = "BlobPartLoaded"

// ContractEventName returns the user-defined event name.
func (PreimageOracleBlobPartLoaded) ContractEventName() string {
	return PreimageOracleBlobPartLoadedEventName
}

// UnpackBlobPartLoadedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BlobPartLoaded(bytes32 indexed root, uint256 index)
func (preimageOracle *PreimageOracle) UnpackBlobPartLoadedEvent(log *types.Log) (*PreimageOracleBlobPartLoaded, error) {
	event := "BlobPartLoaded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != preimageOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PreimageOracleBlobPartLoaded)
	if len(log.Data) > 0 {
		if err := preimageOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range preimageOracle.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PreimageOracleLengthLoaded represents a LengthLoaded event raised by the PreimageOracle contract.
type PreimageOracleLengthLoaded struct {
	Root   [32]byte
	Length uint64
	Raw    *types.Log // Blockchain specific contextual infos
}

const PreimageOracleLengthLoadedEventName = "LengthLoaded"

// ContractEventName returns the user-defined event name.
func (PreimageOracleLengthLoaded) ContractEventName() string {
	return PreimageOracleLengthLoadedEventName
}

// UnpackLengthLoadedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event LengthLoaded(bytes32 indexed root, uint64 length)
func (preimageOracle *PreimageOracle) UnpackLengthLoadedEvent(log *types.Log) (*PreimageOracleLengthLoaded, error) {
	event := "LengthLoaded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != preimageOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PreimageOracleLengthLoaded)
	if len(log.Data) > 0 {
		if err := preimageOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range preimageOracle.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PreimageOracleLocalLoaded represents a LocalLoaded event raised by the PreimageOracle contract.
type PreimageOracleLocalLoaded struct {
	Game         common.Address
	LocalContext [32]byte
	Key          [32]byte
	Length       *big.Int
	Raw          *types.Log // Blockchain specific contextual infos
}

const PreimageOracleLocalLoadedEventName = "LocalLoaded"

// ContractEventName returns the user-defined event name.
func (PreimageOracleLocalLoaded) ContractEventName() string {
	return PreimageOracleLocalLoadedEventName
}

// UnpackLocalLoadedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event LocalLoaded(address indexed game, bytes32 indexed localContext, bytes32 key, uint256 length)
func (preimageOracle *PreimageOracle) UnpackLocalLoadedEvent(log *types.Log) (*PreimageOracleLocalLoaded, error) {
	event := "LocalLoaded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != preimageOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PreimageOracleLocalLoaded)
	if len(log.Data) > 0 {
		if err := preimageOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range preimageOracle.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PreimageOracleNodeLoaded represents a NodeLoaded event raised by the PreimageOracle contract.
type PreimageOracleNodeLoaded struct {
	Node [32]byte
	Raw  *types.Log // Blockchain specific contextual infos
}

const PreimageOracleNodeLoadedEventName = "NodeLoaded"

// ContractEventName returns the user-defined event name.
func (PreimageOracleNodeLoaded) ContractEventName() string {
	return PreimageOracleNodeLoadedEventName
}

// UnpackNodeLoadedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event NodeLoaded(bytes32 indexed node)
func (preimageOracle *PreimageOracle) UnpackNodeLoadedEvent(log *types.Log) (*PreimageOracleNodeLoaded, error) {
	event := "NodeLoaded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != preimageOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PreimageOracleNodeLoaded)
	if len(log.Data) > 0 {
		if err := preimageOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range preimageOracle.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (preimageOracle *PreimageOracle) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], preimageOracle.abi.Errors["BadLengthProof"].ID.Bytes()[:4]) {
		return preimageOracle.UnpackBadLengthProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], preimageOracle.abi.Errors["BadPartProof"].ID.Bytes()[:4]) {
		return preimageOracle.UnpackBadPartProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], preimageOracle.abi.Errors["BlobLengthUnknown"].ID.Bytes()[:4]) {
		return preimageOracle.UnpackBlobLengthUnknownError(raw[4:])
	}
	if bytes.Equal(raw[:4], preimageOracle.abi.Errors["LengthTooLarge"].ID.Bytes()[:4]) {
		return preimageOracle.UnpackLengthTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], preimageOracle.abi.Errors["LocalAlreadyLoaded"].ID.Bytes()[:4]) {
		return preimageOracle.UnpackLocalAlreadyLoadedError(raw[4:])
	}
	if bytes.Equal(raw[:4], preimageOracle.abi.Errors["LocalTooLong"].ID.Bytes()[:4]) {
		return preimageOracle.UnpackLocalTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], preimageOracle.abi.Errors["NotLocalKey"].ID.Bytes()[:4]) {
		return preimageOracle.UnpackNotLocalKeyError(raw[4:])
	}
	if bytes.Equal(raw[:4], preimageOracle.abi.Errors["PreimageMissing"].ID.Bytes()[:4]) {
		return preimageOracle.UnpackPreimageMissingError(raw[4:])
	}
	if bytes.Equal(raw[:4], preimageOracle.abi.Errors["PreimagePartMissing"].ID.Bytes()[:4]) {
		return preimageOracle.UnpackPreimagePartMissingError(raw[4:])
	}
	if bytes.Equal(raw[:4], preimageOracle.abi.Errors["UnknownKeyType"].ID.Bytes()[:4]) {
		return preimageOracle.UnpackUnknownKeyTypeError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// PreimageOracleBadLengthProof represents a BadLengthProof error raised by the PreimageOracle contract.
type PreimageOracleBadLengthProof struct {
	Root [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadLengthProof(bytes32 root)
func PreimageOracleBadLengthProofErrorID() common.Hash {
	return common.HexToHash("0xb9fd6396ca00e56f5977bbef08bd0d37d6456a99576c91520f7d80940fc0ca99")
}

// UnpackBadLengthProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadLengthProof(bytes32 root)
func (preimageOracle *PreimageOracle) UnpackBadLengthProofError(raw []byte) (*PreimageOracleBadLengthProof, error) {
	out := new(PreimageOracleBadLengthProof)
	if err := preimageOracle.abi.UnpackIntoInterface(out, "BadLengthProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PreimageOracleBadPartProof represents a BadPartProof error raised by the PreimageOracle contract.
type PreimageOracleBadPartProof struct {
	Root  [32]byte
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadPartProof(bytes32 root, uint256 index)
func PreimageOracleBadPartProofErrorID() common.Hash {
	return common.HexToHash("0xe958a096b80a2139e41f1e428915a5a23b51fb21bf27dc559877f71759e852d4")
}

// UnpackBadPartProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadPartProof(bytes32 root, uint256 index)
func (preimageOracle *PreimageOracle) UnpackBadPartProofError(raw []byte) (*PreimageOracleBadPartProof, error) {
	out := new(PreimageOracleBadPartProof)
	if err := preimageOracle.abi.UnpackIntoInterface(out, "BadPartProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PreimageOracleBlobLengthUnknown represents a BlobLengthUnknown error raised by the PreimageOracle contract.
type PreimageOracleBlobLengthUnknown struct {
	Root [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BlobLengthUnknown(bytes32 root)
func PreimageOracleBlobLengthUnknownErrorID() common.Hash {
	return common.HexToHash("0xbaf03b6e48b544f1fee593f5becc45d8e47b9ca4c4617ef57c915eef753cfc6a")
}

// UnpackBlobLengthUnknownError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BlobLengthUnknown(bytes32 root)
func (preimageOracle *PreimageOracle) UnpackBlobLengthUnknownError(raw []byte) (*PreimageOracleBlobLengthUnknown, error) {
	out := new(PreimageOracleBlobLengthUnknown)
	if err := preimageOracle.abi.UnpackIntoInterface(out, "BlobLengthUnknown", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PreimageOracleLengthTooLarge represents a LengthTooLarge error raised by the PreimageOracle contract.
type PreimageOracleLengthTooLarge struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LengthTooLarge(uint256 length)
func PreimageOracleLengthTooLargeErrorID() common.Hash {
	return common.HexToHash("0x3531161b80e0e0532adb5116093ac7727784767d44c17375c15cb0386d0683df")
}

// UnpackLengthTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LengthTooLarge(uint256 length)
func (preimageOracle *PreimageOracle) UnpackLengthTooLargeError(raw []byte) (*PreimageOracleLengthTooLarge, error) {
	out := new(PreimageOracleLengthTooLarge)
	if err := preimageOracle.abi.UnpackIntoInterface(out, "LengthTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PreimageOracleLocalAlreadyLoaded represents a LocalAlreadyLoaded error raised by the PreimageOracle contract.
type PreimageOracleLocalAlreadyLoaded struct {
	Key [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LocalAlreadyLoaded(bytes32 key)
func PreimageOracleLocalAlreadyLoadedErrorID() common.Hash {
	return common.HexToHash("0x983ddc80459eac2bc2ba74ef836d2d23435d4a6254d51ef2eb83589dfa8af374")
}

// UnpackLocalAlreadyLoadedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LocalAlreadyLoaded(bytes32 key)
func (preimageOracle *PreimageOracle) UnpackLocalAlreadyLoadedError(raw []byte) (*PreimageOracleLocalAlreadyLoaded, error) {
	out := new(PreimageOracleLocalAlreadyLoaded)
	if err := preimageOracle.abi.UnpackIntoInterface(out, "LocalAlreadyLoaded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PreimageOracleLocalTooLong represents a LocalTooLong error raised by the PreimageOracle contract.
type PreimageOracleLocalTooLong struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LocalTooLong(uint256 length)
func PreimageOracleLocalTooLongErrorID() common.Hash {
	return common.HexToHash("0xb9bde9270546242e026bfda10e6e907bddde618869fadc9ecf67d55cd0683e2f")
}

// UnpackLocalTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LocalTooLong(uint256 length)
func (preimageOracle *PreimageOracle) UnpackLocalTooLongError(raw []byte) (*PreimageOracleLocalTooLong, error) {
	out := new(PreimageOracleLocalTooLong)
	if err := preimageOracle.abi.UnpackIntoInterface(out, "LocalTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PreimageOracleNotLocalKey represents a NotLocalKey error raised by the PreimageOracle contract.
type PreimageOracleNotLocalKey struct {
	Key [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotLocalKey(bytes32 key)
func PreimageOracleNotLocalKeyErrorID() common.Hash {
	return common.HexToHash("0x2d521c72d1e5d17399954797e4460feacbe7273f0eadb49dca296cdff9467be7")
}

// UnpackNotLocalKeyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotLocalKey(bytes32 key)
func (preimageOracle *PreimageOracle) UnpackNotLocalKeyError(raw []byte) (*PreimageOracleNotLocalKey, error) {
	out := new(PreimageOracleNotLocalKey)
	if err := preimageOracle.abi.UnpackIntoInterface(out, "NotLocalKey", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PreimageOraclePreimageMissing represents a PreimageMissing error raised by the PreimageOracle contract.
type PreimageOraclePreimageMissing struct {
	Key [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PreimageMissing(bytes32 key)
func PreimageOraclePreimageMissingErrorID() common.Hash {
	return common.HexToHash("0x5b73716a9fe33b53c068065dfd463cf35a28a4a9a4107acd685778f56e90fee0")
}

// UnpackPreimageMissingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PreimageMissing(bytes32 key)
func (preimageOracle *PreimageOracle) UnpackPreimageMissingError(raw []byte) (*PreimageOraclePreimageMissing, error) {
	out := new(PreimageOraclePreimageMissing)
	if err := preimageOracle.abi.UnpackIntoInterface(out, "PreimageMissing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PreimageOraclePreimagePartMissing represents a PreimagePartMissing error raised by the PreimageOracle contract.
type PreimageOraclePreimagePartMissing struct {
	Key  [32]byte
	Word *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PreimagePartMissing(bytes32 key, uint256 word)
func PreimageOraclePreimagePartMissingErrorID() common.Hash {
	return common.HexToHash("0x11f65fab33bc9d7aa6c3546ceeaf0a48fe5fa3d4dcc17028eba8f707ba3b1f87")
}

// UnpackPreimagePartMissingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PreimagePartMissing(bytes32 key, uint256 word)
func (preimageOracle *PreimageOracle) UnpackPreimagePartMissingError(raw []byte) (*PreimageOraclePreimagePartMissing, error) {
	out := new(PreimageOraclePreimagePartMissing)
	if err := preimageOracle.abi.UnpackIntoInterface(out, "PreimagePartMissing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PreimageOracleUnknownKeyType represents a UnknownKeyType error raised by the PreimageOracle contract.
type PreimageOracleUnknownKeyType struct {
	Key [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownKeyType(bytes32 key)
func PreimageOracleUnknownKeyTypeErrorID() common.Hash {
	return common.HexToHash("0x084a661d709e8f690c2b76f5cd72e2bcd8e647d973f5d2aec61ae2e587616c99")
}

// UnpackUnknownKeyTypeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownKeyType(bytes32 key)
func (preimageOracle *PreimageOracle) UnpackUnknownKeyTypeError(raw []byte) (*PreimageOracleUnknownKeyType, error) {
	out := new(PreimageOracleUnknownKeyType)
	if err := preimageOracle.abi.UnpackIntoInterface(out, "UnknownKeyType", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RegistryMetaData contains all meta data concerning the Registry contract.
var RegistryMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"minStake_\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"unbondingDelay_\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"slashRewardBps_\",\"type\":\"uint16\"},{\"internalType\":\"address\",\"name\":\"dispute_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"traceHeight\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"stepsLog2\",\"type\":\"uint8\"}],\"name\":\"BadClass\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"BadPeerId\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"BadPeerSig\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"bps\",\"type\":\"uint256\"}],\"name\":\"BadRewardBps\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"free\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"bond\",\"type\":\"uint256\"}],\"name\":\"BondNotCovered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"dispute\",\"type\":\"address\"}],\"name\":\"DisputeAlreadySet\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"openGames\",\"type\":\"uint32\"}],\"name\":\"InOpenGame\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"reserved\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"bond\",\"type\":\"uint256\"}],\"name\":\"NoReservation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"NotActive\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"unbondingEnds\",\"type\":\"uint64\"}],\"name\":\"NotDisputable\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotProvider\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"NothingToClaim\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"OnlyDeployer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"OnlyDispute\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minimum\",\"type\":\"uint256\"}],\"name\":\"StakeTooLow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"ends\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"nowTime\",\"type\":\"uint64\"}],\"name\":\"UnbondingNotOver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"classId\",\"type\":\"bytes32\"}],\"name\":\"UnknownClass\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"UnknownService\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroMinStake\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroUnbondingDelay\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"classId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"modelRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"programRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"imageRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"traceHeight\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"stepsLog2\",\"type\":\"uint8\"}],\"name\":\"ClassDefined\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"CreditClaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"unbondingEnds\",\"type\":\"uint64\"}],\"name\":\"Deregistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"dispute\",\"type\":\"address\"}],\"name\":\"DisputeSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"}],\"name\":\"PriceUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"classId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"peerId\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"peerSig\",\"type\":\"bytes\"}],\"name\":\"ServiceRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"reward\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"burnt\",\"type\":\"uint256\"}],\"name\":\"Slashed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"}],\"name\":\"StakeAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"bond\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"reserved\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"openGames\",\"type\":\"uint32\"}],\"name\":\"StakeReleased\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"bond\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"reserved\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"openGames\",\"type\":\"uint32\"}],\"name\":\"StakeReserved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MAX_PEER_ID_BYTES\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_PEER_SIG_BYTES\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_STEPS_LOG2\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_TRACE_HEIGHT\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PEER_BINDING_TAG\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"addStake\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"claimCredit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"jobHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"outputRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"traceRoot\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"}],\"internalType\":\"structMessages.Claim\",\"name\":\"claim\",\"type\":\"tuple\"}],\"name\":\"claimHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"class\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"modelRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"programRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"imageRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"traceHeight\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"stepsLog2\",\"type\":\"uint8\"}],\"internalType\":\"structRegistry.Class\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"modelRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"programRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"imageRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"traceHeight\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"stepsLog2\",\"type\":\"uint8\"}],\"internalType\":\"structRegistry.Class\",\"name\":\"c\",\"type\":\"tuple\"}],\"name\":\"classId\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"credit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"modelRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"programRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"imageRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"traceHeight\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"stepsLog2\",\"type\":\"uint8\"}],\"internalType\":\"structRegistry.Class\",\"name\":\"c\",\"type\":\"tuple\"}],\"name\":\"defineClass\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deployer\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"deregister\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"dispute\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"domainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"isActive\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"classId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"inputRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"inputCid\",\"type\":\"bytes\"},{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"feeCap\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"internalType\":\"structMessages.Job\",\"name\":\"job\",\"type\":\"tuple\"}],\"name\":\"jobHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minStake\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"peerId\",\"type\":\"bytes\"}],\"name\":\"peerBindingDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"providerNonce\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"digest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"sig\",\"type\":\"bytes\"}],\"name\":\"recoverSigner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"classId_\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"peerId\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"peerSig\",\"type\":\"bytes\"}],\"name\":\"register\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"bond\",\"type\":\"uint256\"}],\"name\":\"release\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"bond\",\"type\":\"uint256\"}],\"name\":\"reserve\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"service\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"unbondingEnds\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"openGames\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"classId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"reserved\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"peerId\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"peerSig\",\"type\":\"bytes\"}],\"internalType\":\"structRegistry.Service\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"dispute_\",\"type\":\"address\"}],\"name\":\"setDispute\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"}],\"name\":\"slash\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"taken\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"slashRewardBps\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"classId_\",\"type\":\"bytes32\"}],\"name\":\"stakedFor\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalBurnt\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unbondingDelay\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"}],\"name\":\"updatePrice\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "4c347eb73970d7ec769543769c0bfc3a9f",
	Bin: "0x610100604052348015610010575f5ffd5b5060405161290938038061290983398101604081905261002f91610124565b6127108261ffff16111561006057604051637a8e6cf160e01b815261ffff8316600482015260240160405180910390fd5b835f0361008057604051635902e94960e01b815260040160405180910390fd5b826001600160401b03165f036100a957604051637221886960e11b815260040160405180910390fd5b60808490526001600160401b03831660a05261ffff821660c0523360e0526001600160a01b0381161561011b575f80546001600160a01b0319166001600160a01b038316908117825560405190917f01d02d4275331785ccdfdc9c59fae2afe1d60e5109e4bd00175c8c0256114fbf91a25b50505050610193565b5f5f5f5f60808587031215610137575f5ffd5b845160208601519094506001600160401b0381168114610155575f5ffd5b604086015190935061ffff8116811461016c575f5ffd5b60608601519092506001600160a01b0381168114610188575f5ffd5b939692955090935050565b60805160a05160c05160e0516127196101f05f395f818161065d01526116e001525f818161044b0152610d3801525f81816106900152610faa01525f818161037901528181610983015281816109d701526111a001526127195ff3fe60806040526004361061020f575f3560e01c80638e19899e11610117578063bf7e0046116100ac578063d5f394881161007c578063e7168ef111610062578063e7168ef1146106cb578063f240f7c3146106ea578063f698da2514610708575f5ffd5b8063d5f394881461064c578063db7dd35a1461067f575f5ffd5b8063bf7e0046146105c3578063cf3e272b146105e2578063d2112d3e146105f6578063d5d44d8014610621575f5ffd5b80639dcd928f116100e75780639dcd928f1461053d578063a2f144751461055c578063b1ac729414610571578063b3fe2fd214610590575f5ffd5b80638e19899e146104b3578063933e087b146104d2578063966ff650146104f157806397aba7f914610506575f5ffd5b8063375b3c0a116101a757806366afd8ef116101775780637c59dec81161015d5780637c59dec81461043a57806380d85f7d146104805780638841a7df1461049f575f5ffd5b806366afd8ef1461040857806366da754b14610427575f5ffd5b8063375b3c0a14610368578063447ebab61461039b5780635c36901c146103ba5780635f704f3e146103e9575f5ffd5b8063190337ed116101e2578063190337ed1461029e57806319bf3708146102bd57806320813154146102e3578063217cf12b14610302575f5ffd5b806302b34f1f1461021357806307bd2b86146102485780631333db2e14610269578063158ece271461027f575b5f5ffd5b34801561021e575f5ffd5b5061023261022d366004611ed3565b61071c565b60405161023f9190611f18565b60405180910390f35b61025b610256366004612009565b610928565b60405190815260200161023f565b348015610274575f5ffd5b5061027d610bb1565b005b34801561028a575f5ffd5b5061025b6102993660046120a1565b610c54565b3480156102a9575f5ffd5b5061025b6102b83660046120d3565b610e16565b3480156102c8575f5ffd5b506102d1602081565b60405160ff909116815260200161023f565b3480156102ee575f5ffd5b5061027d6102fd366004611ed3565b610f98565b34801561030d575f5ffd5b5061032161031c366004611ed3565b61104a565b60405161023f91905f60a08201905082518252602083015160208301526040830151604083015260ff606084015116606083015260ff608084015116608083015292915050565b348015610373575f5ffd5b5061025b7f000000000000000000000000000000000000000000000000000000000000000081565b3480156103a6575f5ffd5b5061025b6103b53660046120ec565b6110cf565b3480156103c5575f5ffd5b506103d96103d4366004611ed3565b61115d565b604051901515815260200161023f565b3480156103f4575f5ffd5b5061027d61040336600461213b565b6111c7565b348015610413575f5ffd5b5061027d61042236600461213b565b61120d565b61027d610435366004611ed3565b611394565b348015610445575f5ffd5b5061046d7f000000000000000000000000000000000000000000000000000000000000000081565b60405161ffff909116815260200161023f565b34801561048b575f5ffd5b5061025b61049a36600461215b565b611402565b3480156104aa575f5ffd5b506102d1603081565b3480156104be575f5ffd5b5061027d6104cd366004611ed3565b611466565b3480156104dd575f5ffd5b506103d96104ec36600461216c565b61164a565b3480156104fc575f5ffd5b5061025b60015481565b348015610511575f5ffd5b5061052561052036600461219f565b6116a3565b6040516001600160a01b03909116815260200161023f565b348015610548575f5ffd5b5061025b6105573660046121ce565b6116b7565b348015610567575f5ffd5b5061025b61010081565b34801561057c575f5ffd5b5061027d61058b366004612205565b6116d5565b34801561059b575f5ffd5b5061025b7fdae816f73b35eb84a5d00e3977d35214bacc3a9874d00731c8c08735ed1e4a9d81565b3480156105ce575f5ffd5b5061025b6105dd3660046120d3565b611804565b3480156105ed575f5ffd5b5061025b608081565b348015610601575f5ffd5b5061025b610610366004612205565b60046020525f908152604090205481565b34801561062c575f5ffd5b5061025b61063b366004612205565b60056020525f908152604090205481565b348015610657575f5ffd5b506105257f000000000000000000000000000000000000000000000000000000000000000081565b34801561068a575f5ffd5b506106b27f000000000000000000000000000000000000000000000000000000000000000081565b60405167ffffffffffffffff909116815260200161023f565b3480156106d6575f5ffd5b5061027d6106e536600461213b565b61187c565b3480156106f5575f5ffd5b505f54610525906001600160a01b031681565b348015610713575f5ffd5b5061025b611a65565b61077d6040518061012001604052805f6001600160a01b031681526020015f67ffffffffffffffff1681526020015f63ffffffff1681526020015f81526020015f81526020015f81526020015f815260200160608152602001606081525090565b5f8281526003602081815260409283902083516101208101855281546001600160a01b0381168252600160a01b810467ffffffffffffffff1693820193909352600160e01b90920463ffffffff169382019390935260018301546060820152600283015460808201529082015460a0820152600482015460c082015260058201805491929160e0840191906108119061221e565b80601f016020809104026020016040519081016040528092919081815260200182805461083d9061221e565b80156108885780601f1061085f57610100808354040283529160200191610888565b820191905f5260205f20905b81548152906001019060200180831161086b57829003601f168201915b505050505081526020016006820180546108a19061221e565b80601f01602080910402602001604051908101604052809291908181526020018280546108cd9061221e565b80156109185780601f106108ef57610100808354040283529160200191610918565b820191905f5260205f20905b8154815290600101906020018083116108fb57829003601f168201915b5050505050815250509050919050565b5f86815260026020526040812060030154610100900460ff168103610981576040517f693b1355000000000000000000000000000000000000000000000000000000008152600481018890526024015b60405180910390fd5b7f0000000000000000000000000000000000000000000000000000000000000000341015610a03576040517f829f11630000000000000000000000000000000000000000000000000000000081523460048201527f00000000000000000000000000000000000000000000000000000000000000006024820152604401610978565b831580610a105750608084115b15610a4a576040517fe486f9a900000000000000000000000000000000000000000000000000000000815260048101859052602401610978565b811580610a58575061010082115b15610a92576040517f2ce4a74b00000000000000000000000000000000000000000000000000000000815260048101839052602401610978565b335f90815260046020526040812080549082610aad8361226a565b90915550604080514660208201523091810191909152336060820152608081018a905260a0810182905290915060c00160408051601f1981840301815291815281516020928301205f81815260039384905291909120805473ffffffffffffffffffffffffffffffffffffffff191633178155600181018b9055600281018a90553492810192909255925060058101610b478789836122ec565b5060068101610b578587836122ec565b5088336001600160a01b0316847f185472f71d9b6e418232d4529c4fcbb29982eb9683fa6f3c4928ea38bde555368b348c8c8c8c604051610b9d969594939291906123cf565b60405180910390a450509695505050505050565b335f9081526005602052604081205490819003610bfc576040517f64ab3466000000000000000000000000000000000000000000000000000000008152336004820152602401610978565b335f8181526005602052604080822091909155517f87e12c2565042763daa6bf5842ed2b6447f17f7e28f9a4905fe3959581396ead90610c3f9084815260200190565b60405180910390a2610c513382611a74565b50565b5f80546001600160a01b03163314610c81576040516322fedef360e21b8152336004820152602401610978565b6001600160a01b038216610ca85760405163d92e233d60e01b815260040160405180910390fd5b5f84815260036020526040902080546001600160a01b0316610ce05760405163cab7596760e01b815260048101869052602401610978565b80600301548410610cf5578060030154610cf7565b835b915081816003015f828254610d0c919061240e565b9091555050600381015460048201541115610d2c57600381015460048201555b5f612710610d5e61ffff7f00000000000000000000000000000000000000000000000000000000000000001685612421565b610d689190612438565b90505f610d75828561240e565b6001600160a01b0386165f90815260056020526040812080549293508492909190610da1908490612457565b925050819055508060015f828254610db99190612457565b909155505060408051858152602081018490529081018290526001600160a01b0386169088907f31e5c92f16f6ce9019bcff1ed8737a500e27a863ddd369c55e0ecb09a71e68aa9060600160405180910390a35050509392505050565b5f6020610e296080840160608501612478565b60ff161180610e485750610e4360a0830160808401612478565b60ff16155b80610e6557506030610e6060a0840160808501612478565b60ff16115b15610ec957610e7a6080830160608401612478565b610e8a60a0840160808501612478565b6040517fae97e20500000000000000000000000000000000000000000000000000000000815260ff928316600482015291166024820152604401610978565b610ed282611804565b5f81815260026020526040902060030154909150610100900460ff1615610ef857919050565b5f8181526002602052604090208290610f118282612493565b508190507faa68aaea2b6ceba20a137bead7489d792aeedf3c46b2c9f4e4a1f6a584fad4f5833560208501356040860135610f526080880160608901612478565b610f6260a0890160808a01612478565b6040805195865260208601949094529284019190915260ff908116606084015216608082015260a00160405180910390a2919050565b5f610fa282611b1a565b90505f610fcf7f0000000000000000000000000000000000000000000000000000000000000000426124eb565b82547fffffffff0000000000000000ffffffffffffffffffffffffffffffffffffffff16600160a01b67ffffffffffffffff831690810291909117845560405190815290915083907f0f3eda2351d48ca12d7192b4a4165c0d6aa5dbd7557d11754ce3085b6b9525fa906020015b60405180910390a2505050565b61107d6040518060a001604052805f81526020015f81526020015f81526020015f60ff1681526020015f60ff1681525090565b505f90815260026020818152604092839020835160a0810185528154815260018201549281019290925291820154928101929092526003015460ff808216606084015261010090910416608082015290565b5f7fdae816f73b35eb84a5d00e3977d35214bacc3a9874d00731c8c08735ed1e4a9d463086868660405161110492919061250b565b6040805191829003822060208301969096528101939093526001600160a01b03918216606084015216608082015260a081019190915260c0016040516020818303038152906040528051906020012090505b9392505050565b5f81815260036020526040812080546001600160a01b03161580159061119357508054600160a01b900467ffffffffffffffff16155b80156111565750600301547f0000000000000000000000000000000000000000000000000000000000000000111592915050565b5f6111d183611b1a565b6002810183905560405183815290915083907f46eec4e0eeeef5830de3472bb39db7e52b1c809286dc87c4b85b20e003cc70c39060200161103d565b5f546001600160a01b03163314611239576040516322fedef360e21b8152336004820152602401610978565b5f82815260036020526040902080546001600160a01b03166112715760405163cab7596760e01b815260048101849052602401610978565b8054600160e01b900463ffffffff165f036112cc576004808201546040517f4d4e79bd000000000000000000000000000000000000000000000000000000008152918201859052602482015260448101839052606401610978565b818160040154116112dd575f6112ed565b8181600401546112ed919061240e565b600482015580546001908290601c90611314908490600160e01b900463ffffffff1661251a565b92506101000a81548163ffffffff021916908363ffffffff160217905550827f62a72b0b556d46c23581a71033867708a08f28256e29f3d2c96c95cb9381e30f838360040154845f01601c9054906101000a900463ffffffff1660405161103d93929190928352602083019190915263ffffffff16604082015260600190565b5f61139e82611b1a565b905034816003015f8282546113b39190612457565b9091555050600381015460405183917ff993d7e8b9d04beb2a9971013ca07662c3fa55de389fbabbf1bae3ad11cfe6ee916113f691348252602082015260400190565b60405180910390a25050565b5f61146061140f30611bd7565b6114266114213686900386018661255f565b611c6e565b6040517f19010000000000000000000000000000000000000000000000000000000000008152600281019290925260228201526042902090565b92915050565b5f81815260036020526040902080546001600160a01b031661149e5760405163cab7596760e01b815260048101839052602401610978565b80546001600160a01b031633146114d157604051633a5187b560e01b815260048101839052336024820152604401610978565b8054600160a01b900467ffffffffffffffff16158061150157508054600160a01b900467ffffffffffffffff1642105b156115565780546040517fbb894868000000000000000000000000000000000000000000000000000000008152600160a01b90910467ffffffffffffffff908116600483015242166024820152604401610978565b8054600160e01b900463ffffffff16156115b45780546040517fb34dca4900000000000000000000000000000000000000000000000000000000815260048101849052600160e01b90910463ffffffff166024820152604401610978565b6003808201545f8481526020839052604081208181556001810182905560028101829055928301819055600483018190559091906115f56005830182611e86565b611602600683015f611e86565b5050604051818152339084907f04eda370f8b8612fa7266d7ebbd41af9d694e19793fe9d9ff31b3ddbd99b08e19060200160405180910390a36116453382611a74565b505050565b5f83815260036020526040812080546001600160a01b03858116911614801561167b57506001600160a01b03841615155b801561168a5750828160010154145b801561169a575061169a81611cde565b95945050505050565b5f6116af848484611d12565b949350505050565b5f6114606116c430611bd7565b6114266116d085612669565b611dda565b336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614611739576040517fe0006357000000000000000000000000000000000000000000000000000000008152336004820152602401610978565b5f546001600160a01b031615611789575f546040517fcd7086350000000000000000000000000000000000000000000000000000000081526001600160a01b039091166004820152602401610978565b6001600160a01b0381166117b05760405163d92e233d60e01b815260040160405180910390fd5b5f805473ffffffffffffffffffffffffffffffffffffffff19166001600160a01b038316908117825560405190917f01d02d4275331785ccdfdc9c59fae2afe1d60e5109e4bd00175c8c0256114fbf91a250565b5f8135602083013560408401356118216080860160608701612478565b61183160a0870160808801612478565b604080516020810196909652850193909352606084019190915260ff90811660808401521660a082015260c0015b604051602081830303815290604052805190602001209050919050565b5f546001600160a01b031633146118a8576040516322fedef360e21b8152336004820152602401610978565b5f82815260036020526040902080546001600160a01b03166118e05760405163cab7596760e01b815260048101849052602401610978565b6118e981611cde565b61193b5780546040517fcfe38f3f00000000000000000000000000000000000000000000000000000000815260048101859052600160a01b90910467ffffffffffffffff166024820152604401610978565b5f81600401548260030154611950919061240e565b90508281101561199d576040517fad173814000000000000000000000000000000000000000000000000000000008152600481018590526024810182905260448101849052606401610978565b82826004015f8282546119b09190612457565b909155505081546001908390601c906119d7908490600160e01b900463ffffffff166126fd565b92506101000a81548163ffffffff021916908363ffffffff160217905550837f433906a18f939028829eee413110baedae84fe775b1c2d35a4838472d23f0db3848460040154855f01601c9054906101000a900463ffffffff16604051611a5793929190928352602083019190915263ffffffff16604082015260600190565b60405180910390a250505050565b5f611a6f30611bd7565b905090565b805f03611a7f575050565b5f826001600160a01b0316826040515f6040518083038185875af1925050503d805f8114611ac8576040519150601f19603f3d011682016040523d82523d5f602084013e611acd565b606091505b5050905080611645576040517f1c43b9760000000000000000000000000000000000000000000000000000000081526001600160a01b038416600482015260248101839052604401610978565b5f81815260036020526040902080546001600160a01b0316611b525760405163cab7596760e01b815260048101839052602401610978565b80546001600160a01b03163314611b8557604051633a5187b560e01b815260048101839052336024820152604401610978565b8054600160a01b900467ffffffffffffffff1615611bd2576040517fdb39125e00000000000000000000000000000000000000000000000000000000815260048101839052602401610978565b919050565b604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f78ea9e63d0dbd8ea2edbf971b6c4baa5c14bcb86e51fedc59e844473b2883f2b918101919091527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201526001600160a01b03821660a08201525f9060c00161185f565b5f7f4a02032b8cfff5a0deb70d0f80e630ddd7da7f5e40a446c5bc7cc8522bc310c0825f015183602001518460400151856060015160405160200161185f9594939291909485526020850193909352604084019190915260608301526001600160a01b0316608082015260a00190565b80545f90600160a01b900467ffffffffffffffff16158061146057505054600160a01b900467ffffffffffffffff16421090565b5f60418214611d2257505f611156565b8235602084013560408501355f1a7f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0821180611d6457506001601b8260ff1603115b15611d74575f9350505050611156565b604080515f81526020810180835289905260ff831691810191909152606081018490526080810183905260019060a0016020604051602081039080840390855afa158015611dc4573d5f5f3e3d5ffd5b5050604051601f19015198975050505050505050565b5f7f1541bec991b8048fc5d44a55e04ed89b5e1bb70e78f00d5d188b252d56fcf387825f01518360200151846040015180519060200120856060015186608001518760a001518860c0015160405160200161185f9897969594939291909788526020880196909652604087019490945260608601929092526001600160a01b0316608085015267ffffffffffffffff90811660a085015260c08401919091521660e08201526101000190565b508054611e929061221e565b5f825580601f10611ea1575050565b601f0160209004905f5260205f2090611eba9190611ebc565b565b5f5b80821115611645575f81840155600101611ebe565b5f60208284031215611ee3575f5ffd5b5035919050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b60208152611f326020820183516001600160a01b03169052565b5f6020830151611f4e604084018267ffffffffffffffff169052565b50604083015163ffffffff811660608401525060608301516080830152608083015160a083015260a083015160c083015260c083015160e083015260e0830151610120610100840152611fa5610140840182611eea565b9050610100840151601f198483030161012085015261169a8282611eea565b5f5f83601f840112611fd4575f5ffd5b50813567ffffffffffffffff811115611feb575f5ffd5b602083019150836020828501011115612002575f5ffd5b9250929050565b5f5f5f5f5f5f6080878903121561201e575f5ffd5b8635955060208701359450604087013567ffffffffffffffff811115612042575f5ffd5b61204e89828a01611fc4565b909550935050606087013567ffffffffffffffff81111561206d575f5ffd5b61207989828a01611fc4565b979a9699509497509295939492505050565b80356001600160a01b0381168114611bd2575f5ffd5b5f5f5f606084860312156120b3575f5ffd5b83359250602084013591506120ca6040850161208b565b90509250925092565b5f60a08284031280156120e4575f5ffd5b509092915050565b5f5f5f604084860312156120fe575f5ffd5b6121078461208b565b9250602084013567ffffffffffffffff811115612122575f5ffd5b61212e86828701611fc4565b9497909650939450505050565b5f5f6040838503121561214c575f5ffd5b50508035926020909101359150565b5f60808284031280156120e4575f5ffd5b5f5f5f6060848603121561217e575f5ffd5b8335925061218e6020850161208b565b929592945050506040919091013590565b5f5f5f604084860312156121b1575f5ffd5b83359250602084013567ffffffffffffffff811115612122575f5ffd5b5f602082840312156121de575f5ffd5b813567ffffffffffffffff8111156121f4575f5ffd5b820160e08185031215611156575f5ffd5b5f60208284031215612215575f5ffd5b6111568261208b565b600181811c9082168061223257607f821691505b60208210810361225057634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52601160045260245ffd5b5f6001820161227b5761227b612256565b5060010190565b634e487b7160e01b5f52604160045260245ffd5b601f821115611645578282111561164557805f5260205f20601f840160051c60208510156122c157505f5b90810190601f840160051c035f5b818110156122e4575f838201556001016122cf565b505050505050565b67ffffffffffffffff83111561230457612304612282565b61231883612312835461221e565b83612296565b5f601f841160018114612349575f85156123325750838201355b5f19600387901b1c1916600186901b1783556123a0565b5f83815260208120601f198716915b828110156123785786850135825560209485019460019092019101612358565b5086821015612394575f1960f88860031b161c19848701351681555b505060018560011b0183555b5050505050565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b868152856020820152608060408201525f6123ee6080830186886123a7565b82810360608401526124018185876123a7565b9998505050505050505050565b8181038181111561146057611460612256565b808202811582820484141761146057611460612256565b5f8261245257634e487b7160e01b5f52601260045260245ffd5b500490565b8082018082111561146057611460612256565b60ff81168114610c51575f5ffd5b5f60208284031215612488575f5ffd5b81356111568161246a565b8135815560208201356001820155604082013560028201556003810160608301356124bd8161246a565b815460808501356124cd8161246a565b61ff008160081b1660ff841661ffff19841617178455505050505050565b67ffffffffffffffff818116838216019081111561146057611460612256565b818382375f9101908152919050565b63ffffffff828116828216039081111561146057611460612256565b60405160e0810167ffffffffffffffff8111828210171561255957612559612282565b60405290565b5f6080828403128015612570575f5ffd5b506040516080810167ffffffffffffffff8111828210171561259457612594612282565b6040908152833582526020808501359083015283810135908201526125bb6060840161208b565b60608201529392505050565b5f82601f8301126125d6575f5ffd5b813567ffffffffffffffff8111156125f0576125f0612282565b604051601f8201601f19908116603f0116810167ffffffffffffffff8111828210171561261f5761261f612282565b604052818152838201602001851015612636575f5ffd5b816020850160208301375f918101602001919091529392505050565b803567ffffffffffffffff81168114611bd2575f5ffd5b5f60e08236031215612679575f5ffd5b612681612536565b8235815260208084013590820152604083013567ffffffffffffffff8111156126a8575f5ffd5b6126b4368286016125c7565b6040830152506126c66060840161208b565b60608201526126d760808401612652565b608082015260a083810135908201526126f260c08401612652565b60c082015292915050565b63ffffffff81811683821601908111156114605761146061225656",
}

// Registry is an auto generated Go binding around an Ethereum contract.
type Registry struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Registry) GetABI() abi.ABI {
	return c.abi
}

// NewRegistry creates a new instance of Registry.
func NewRegistry() *Registry {
	parsed, err := RegistryMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Registry{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Registry) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(uint256 minStake_, uint64 unbondingDelay_, uint16 slashRewardBps_, address dispute_) returns()
func (registry *Registry) PackConstructor(minStake_ *big.Int, unbondingDelay_ uint64, slashRewardBps_ uint16, dispute_ common.Address) []byte {
	enc, err := registry.abi.Pack("", minStake_, unbondingDelay_, slashRewardBps_, dispute_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackMAXPEERIDBYTES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcf3e272b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_PEER_ID_BYTES() view returns(uint256)
func (registry *Registry) PackMAXPEERIDBYTES() []byte {
	enc, err := registry.abi.Pack("MAX_PEER_ID_BYTES")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXPEERIDBYTES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcf3e272b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_PEER_ID_BYTES() view returns(uint256)
func (registry *Registry) TryPackMAXPEERIDBYTES() ([]byte, error) {
	return registry.abi.Pack("MAX_PEER_ID_BYTES")
}

// UnpackMAXPEERIDBYTES is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcf3e272b.
//
// Solidity: function MAX_PEER_ID_BYTES() view returns(uint256)
func (registry *Registry) UnpackMAXPEERIDBYTES(data []byte) (*big.Int, error) {
	out, err := registry.abi.Unpack("MAX_PEER_ID_BYTES", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXPEERSIGBYTES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa2f14475.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_PEER_SIG_BYTES() view returns(uint256)
func (registry *Registry) PackMAXPEERSIGBYTES() []byte {
	enc, err := registry.abi.Pack("MAX_PEER_SIG_BYTES")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXPEERSIGBYTES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa2f14475.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_PEER_SIG_BYTES() view returns(uint256)
func (registry *Registry) TryPackMAXPEERSIGBYTES() ([]byte, error) {
	return registry.abi.Pack("MAX_PEER_SIG_BYTES")
}

// UnpackMAXPEERSIGBYTES is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa2f14475.
//
// Solidity: function MAX_PEER_SIG_BYTES() view returns(uint256)
func (registry *Registry) UnpackMAXPEERSIGBYTES(data []byte) (*big.Int, error) {
	out, err := registry.abi.Unpack("MAX_PEER_SIG_BYTES", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXSTEPSLOG2 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8841a7df.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_STEPS_LOG2() view returns(uint8)
func (registry *Registry) PackMAXSTEPSLOG2() []byte {
	enc, err := registry.abi.Pack("MAX_STEPS_LOG2")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXSTEPSLOG2 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8841a7df.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_STEPS_LOG2() view returns(uint8)
func (registry *Registry) TryPackMAXSTEPSLOG2() ([]byte, error) {
	return registry.abi.Pack("MAX_STEPS_LOG2")
}

// UnpackMAXSTEPSLOG2 is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8841a7df.
//
// Solidity: function MAX_STEPS_LOG2() view returns(uint8)
func (registry *Registry) UnpackMAXSTEPSLOG2(data []byte) (uint8, error) {
	out, err := registry.abi.Unpack("MAX_STEPS_LOG2", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackMAXTRACEHEIGHT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x19bf3708.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_TRACE_HEIGHT() view returns(uint8)
func (registry *Registry) PackMAXTRACEHEIGHT() []byte {
	enc, err := registry.abi.Pack("MAX_TRACE_HEIGHT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXTRACEHEIGHT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x19bf3708.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_TRACE_HEIGHT() view returns(uint8)
func (registry *Registry) TryPackMAXTRACEHEIGHT() ([]byte, error) {
	return registry.abi.Pack("MAX_TRACE_HEIGHT")
}

// UnpackMAXTRACEHEIGHT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x19bf3708.
//
// Solidity: function MAX_TRACE_HEIGHT() view returns(uint8)
func (registry *Registry) UnpackMAXTRACEHEIGHT(data []byte) (uint8, error) {
	out, err := registry.abi.Unpack("MAX_TRACE_HEIGHT", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackPEERBINDINGTAG is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb3fe2fd2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function PEER_BINDING_TAG() view returns(bytes32)
func (registry *Registry) PackPEERBINDINGTAG() []byte {
	enc, err := registry.abi.Pack("PEER_BINDING_TAG")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPEERBINDINGTAG is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb3fe2fd2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function PEER_BINDING_TAG() view returns(bytes32)
func (registry *Registry) TryPackPEERBINDINGTAG() ([]byte, error) {
	return registry.abi.Pack("PEER_BINDING_TAG")
}

// UnpackPEERBINDINGTAG is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb3fe2fd2.
//
// Solidity: function PEER_BINDING_TAG() view returns(bytes32)
func (registry *Registry) UnpackPEERBINDINGTAG(data []byte) ([32]byte, error) {
	out, err := registry.abi.Unpack("PEER_BINDING_TAG", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackAddStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x66da754b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function addStake(bytes32 id) payable returns()
func (registry *Registry) PackAddStake(id [32]byte) []byte {
	enc, err := registry.abi.Pack("addStake", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAddStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x66da754b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function addStake(bytes32 id) payable returns()
func (registry *Registry) TryPackAddStake(id [32]byte) ([]byte, error) {
	return registry.abi.Pack("addStake", id)
}

// PackClaimCredit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1333db2e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimCredit() returns()
func (registry *Registry) PackClaimCredit() []byte {
	enc, err := registry.abi.Pack("claimCredit")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimCredit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1333db2e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimCredit() returns()
func (registry *Registry) TryPackClaimCredit() ([]byte, error) {
	return registry.abi.Pack("claimCredit")
}

// PackClaimHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x80d85f7d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimHash((bytes32,bytes32,bytes32,address) claim) view returns(bytes32)
func (registry *Registry) PackClaimHash(claim MessagesClaim) []byte {
	enc, err := registry.abi.Pack("claimHash", claim)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x80d85f7d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimHash((bytes32,bytes32,bytes32,address) claim) view returns(bytes32)
func (registry *Registry) TryPackClaimHash(claim MessagesClaim) ([]byte, error) {
	return registry.abi.Pack("claimHash", claim)
}

// UnpackClaimHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x80d85f7d.
//
// Solidity: function claimHash((bytes32,bytes32,bytes32,address) claim) view returns(bytes32)
func (registry *Registry) UnpackClaimHash(data []byte) ([32]byte, error) {
	out, err := registry.abi.Unpack("claimHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackClass is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x217cf12b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function class(bytes32 id) view returns((bytes32,bytes32,bytes32,uint8,uint8))
func (registry *Registry) PackClass(id [32]byte) []byte {
	enc, err := registry.abi.Pack("class", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClass is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x217cf12b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function class(bytes32 id) view returns((bytes32,bytes32,bytes32,uint8,uint8))
func (registry *Registry) TryPackClass(id [32]byte) ([]byte, error) {
	return registry.abi.Pack("class", id)
}

// UnpackClass is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x217cf12b.
//
// Solidity: function class(bytes32 id) view returns((bytes32,bytes32,bytes32,uint8,uint8))
func (registry *Registry) UnpackClass(data []byte) (RegistryClass, error) {
	out, err := registry.abi.Unpack("class", data)
	if err != nil {
		return *new(RegistryClass), err
	}
	out0 := *abi.ConvertType(out[0], new(RegistryClass)).(*RegistryClass)
	return out0, nil
}

// PackClassId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbf7e0046.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function classId((bytes32,bytes32,bytes32,uint8,uint8) c) pure returns(bytes32)
func (registry *Registry) PackClassId(c RegistryClass) []byte {
	enc, err := registry.abi.Pack("classId", c)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClassId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbf7e0046.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function classId((bytes32,bytes32,bytes32,uint8,uint8) c) pure returns(bytes32)
func (registry *Registry) TryPackClassId(c RegistryClass) ([]byte, error) {
	return registry.abi.Pack("classId", c)
}

// UnpackClassId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbf7e0046.
//
// Solidity: function classId((bytes32,bytes32,bytes32,uint8,uint8) c) pure returns(bytes32)
func (registry *Registry) UnpackClassId(data []byte) ([32]byte, error) {
	out, err := registry.abi.Unpack("classId", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackCredit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5d44d80.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function credit(address ) view returns(uint256)
func (registry *Registry) PackCredit(arg0 common.Address) []byte {
	enc, err := registry.abi.Pack("credit", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCredit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5d44d80.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function credit(address ) view returns(uint256)
func (registry *Registry) TryPackCredit(arg0 common.Address) ([]byte, error) {
	return registry.abi.Pack("credit", arg0)
}

// UnpackCredit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd5d44d80.
//
// Solidity: function credit(address ) view returns(uint256)
func (registry *Registry) UnpackCredit(data []byte) (*big.Int, error) {
	out, err := registry.abi.Unpack("credit", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDefineClass is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x190337ed.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function defineClass((bytes32,bytes32,bytes32,uint8,uint8) c) returns(bytes32 id)
func (registry *Registry) PackDefineClass(c RegistryClass) []byte {
	enc, err := registry.abi.Pack("defineClass", c)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDefineClass is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x190337ed.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function defineClass((bytes32,bytes32,bytes32,uint8,uint8) c) returns(bytes32 id)
func (registry *Registry) TryPackDefineClass(c RegistryClass) ([]byte, error) {
	return registry.abi.Pack("defineClass", c)
}

// UnpackDefineClass is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x190337ed.
//
// Solidity: function defineClass((bytes32,bytes32,bytes32,uint8,uint8) c) returns(bytes32 id)
func (registry *Registry) UnpackDefineClass(data []byte) ([32]byte, error) {
	out, err := registry.abi.Unpack("defineClass", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDeployer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5f39488.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deployer() view returns(address)
func (registry *Registry) PackDeployer() []byte {
	enc, err := registry.abi.Pack("deployer")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeployer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5f39488.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deployer() view returns(address)
func (registry *Registry) TryPackDeployer() ([]byte, error) {
	return registry.abi.Pack("deployer")
}

// UnpackDeployer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd5f39488.
//
// Solidity: function deployer() view returns(address)
func (registry *Registry) UnpackDeployer(data []byte) (common.Address, error) {
	out, err := registry.abi.Unpack("deployer", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackDeregister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x20813154.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deregister(bytes32 id) returns()
func (registry *Registry) PackDeregister(id [32]byte) []byte {
	enc, err := registry.abi.Pack("deregister", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeregister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x20813154.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deregister(bytes32 id) returns()
func (registry *Registry) TryPackDeregister(id [32]byte) ([]byte, error) {
	return registry.abi.Pack("deregister", id)
}

// PackDispute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf240f7c3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function dispute() view returns(address)
func (registry *Registry) PackDispute() []byte {
	enc, err := registry.abi.Pack("dispute")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDispute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf240f7c3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function dispute() view returns(address)
func (registry *Registry) TryPackDispute() ([]byte, error) {
	return registry.abi.Pack("dispute")
}

// UnpackDispute is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf240f7c3.
//
// Solidity: function dispute() view returns(address)
func (registry *Registry) UnpackDispute(data []byte) (common.Address, error) {
	out, err := registry.abi.Unpack("dispute", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackDomainSeparator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf698da25.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (registry *Registry) PackDomainSeparator() []byte {
	enc, err := registry.abi.Pack("domainSeparator")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDomainSeparator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf698da25.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (registry *Registry) TryPackDomainSeparator() ([]byte, error) {
	return registry.abi.Pack("domainSeparator")
}

// UnpackDomainSeparator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf698da25.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (registry *Registry) UnpackDomainSeparator(data []byte) ([32]byte, error) {
	out, err := registry.abi.Unpack("domainSeparator", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackIsActive is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c36901c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isActive(bytes32 id) view returns(bool)
func (registry *Registry) PackIsActive(id [32]byte) []byte {
	enc, err := registry.abi.Pack("isActive", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsActive is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c36901c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isActive(bytes32 id) view returns(bool)
func (registry *Registry) TryPackIsActive(id [32]byte) ([]byte, error) {
	return registry.abi.Pack("isActive", id)
}

// UnpackIsActive is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5c36901c.
//
// Solidity: function isActive(bytes32 id) view returns(bool)
func (registry *Registry) UnpackIsActive(data []byte) (bool, error) {
	out, err := registry.abi.Unpack("isActive", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackJobHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9dcd928f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function jobHash((bytes32,bytes32,bytes,address,uint64,uint256,uint64) job) view returns(bytes32)
func (registry *Registry) PackJobHash(job MessagesJob) []byte {
	enc, err := registry.abi.Pack("jobHash", job)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackJobHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9dcd928f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function jobHash((bytes32,bytes32,bytes,address,uint64,uint256,uint64) job) view returns(bytes32)
func (registry *Registry) TryPackJobHash(job MessagesJob) ([]byte, error) {
	return registry.abi.Pack("jobHash", job)
}

// UnpackJobHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9dcd928f.
//
// Solidity: function jobHash((bytes32,bytes32,bytes,address,uint64,uint256,uint64) job) view returns(bytes32)
func (registry *Registry) UnpackJobHash(data []byte) ([32]byte, error) {
	out, err := registry.abi.Unpack("jobHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMinStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x375b3c0a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function minStake() view returns(uint256)
func (registry *Registry) PackMinStake() []byte {
	enc, err := registry.abi.Pack("minStake")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMinStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x375b3c0a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function minStake() view returns(uint256)
func (registry *Registry) TryPackMinStake() ([]byte, error) {
	return registry.abi.Pack("minStake")
}

// UnpackMinStake is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x375b3c0a.
//
// Solidity: function minStake() view returns(uint256)
func (registry *Registry) UnpackMinStake(data []byte) (*big.Int, error) {
	out, err := registry.abi.Unpack("minStake", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPeerBindingDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x447ebab6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function peerBindingDigest(address provider, bytes peerId) view returns(bytes32)
func (registry *Registry) PackPeerBindingDigest(provider common.Address, peerId []byte) []byte {
	enc, err := registry.abi.Pack("peerBindingDigest", provider, peerId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPeerBindingDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x447ebab6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function peerBindingDigest(address provider, bytes peerId) view returns(bytes32)
func (registry *Registry) TryPackPeerBindingDigest(provider common.Address, peerId []byte) ([]byte, error) {
	return registry.abi.Pack("peerBindingDigest", provider, peerId)
}

// UnpackPeerBindingDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x447ebab6.
//
// Solidity: function peerBindingDigest(address provider, bytes peerId) view returns(bytes32)
func (registry *Registry) UnpackPeerBindingDigest(data []byte) ([32]byte, error) {
	out, err := registry.abi.Unpack("peerBindingDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackProviderNonce is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd2112d3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function providerNonce(address ) view returns(uint256)
func (registry *Registry) PackProviderNonce(arg0 common.Address) []byte {
	enc, err := registry.abi.Pack("providerNonce", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProviderNonce is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd2112d3e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function providerNonce(address ) view returns(uint256)
func (registry *Registry) TryPackProviderNonce(arg0 common.Address) ([]byte, error) {
	return registry.abi.Pack("providerNonce", arg0)
}

// UnpackProviderNonce is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd2112d3e.
//
// Solidity: function providerNonce(address ) view returns(uint256)
func (registry *Registry) UnpackProviderNonce(data []byte) (*big.Int, error) {
	out, err := registry.abi.Unpack("providerNonce", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRecoverSigner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x97aba7f9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function recoverSigner(bytes32 digest, bytes sig) pure returns(address)
func (registry *Registry) PackRecoverSigner(digest [32]byte, sig []byte) []byte {
	enc, err := registry.abi.Pack("recoverSigner", digest, sig)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRecoverSigner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x97aba7f9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function recoverSigner(bytes32 digest, bytes sig) pure returns(address)
func (registry *Registry) TryPackRecoverSigner(digest [32]byte, sig []byte) ([]byte, error) {
	return registry.abi.Pack("recoverSigner", digest, sig)
}

// UnpackRecoverSigner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x97aba7f9.
//
// Solidity: function recoverSigner(bytes32 digest, bytes sig) pure returns(address)
func (registry *Registry) UnpackRecoverSigner(data []byte) (common.Address, error) {
	out, err := registry.abi.Unpack("recoverSigner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRegister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x07bd2b86.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function register(bytes32 classId_, uint256 price, bytes peerId, bytes peerSig) payable returns(bytes32 id)
func (registry *Registry) PackRegister(classId [32]byte, price *big.Int, peerId []byte, peerSig []byte) []byte {
	enc, err := registry.abi.Pack("register", classId, price, peerId, peerSig)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x07bd2b86.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function register(bytes32 classId_, uint256 price, bytes peerId, bytes peerSig) payable returns(bytes32 id)
func (registry *Registry) TryPackRegister(classId [32]byte, price *big.Int, peerId []byte, peerSig []byte) ([]byte, error) {
	return registry.abi.Pack("register", classId, price, peerId, peerSig)
}

// UnpackRegister is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x07bd2b86.
//
// Solidity: function register(bytes32 classId_, uint256 price, bytes peerId, bytes peerSig) payable returns(bytes32 id)
func (registry *Registry) UnpackRegister(data []byte) ([32]byte, error) {
	out, err := registry.abi.Unpack("register", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackRelease is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x66afd8ef.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function release(bytes32 id, uint256 bond) returns()
func (registry *Registry) PackRelease(id [32]byte, bond *big.Int) []byte {
	enc, err := registry.abi.Pack("release", id, bond)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRelease is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x66afd8ef.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function release(bytes32 id, uint256 bond) returns()
func (registry *Registry) TryPackRelease(id [32]byte, bond *big.Int) ([]byte, error) {
	return registry.abi.Pack("release", id, bond)
}

// PackReserve is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe7168ef1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reserve(bytes32 id, uint256 bond) returns()
func (registry *Registry) PackReserve(id [32]byte, bond *big.Int) []byte {
	enc, err := registry.abi.Pack("reserve", id, bond)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReserve is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe7168ef1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reserve(bytes32 id, uint256 bond) returns()
func (registry *Registry) TryPackReserve(id [32]byte, bond *big.Int) ([]byte, error) {
	return registry.abi.Pack("reserve", id, bond)
}

// PackService is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x02b34f1f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function service(bytes32 id) view returns((address,uint64,uint32,bytes32,uint256,uint256,uint256,bytes,bytes))
func (registry *Registry) PackService(id [32]byte) []byte {
	enc, err := registry.abi.Pack("service", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackService is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x02b34f1f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function service(bytes32 id) view returns((address,uint64,uint32,bytes32,uint256,uint256,uint256,bytes,bytes))
func (registry *Registry) TryPackService(id [32]byte) ([]byte, error) {
	return registry.abi.Pack("service", id)
}

// UnpackService is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x02b34f1f.
//
// Solidity: function service(bytes32 id) view returns((address,uint64,uint32,bytes32,uint256,uint256,uint256,bytes,bytes))
func (registry *Registry) UnpackService(data []byte) (RegistryService, error) {
	out, err := registry.abi.Unpack("service", data)
	if err != nil {
		return *new(RegistryService), err
	}
	out0 := *abi.ConvertType(out[0], new(RegistryService)).(*RegistryService)
	return out0, nil
}

// PackSetDispute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb1ac7294.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setDispute(address dispute_) returns()
func (registry *Registry) PackSetDispute(dispute common.Address) []byte {
	enc, err := registry.abi.Pack("setDispute", dispute)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetDispute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb1ac7294.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setDispute(address dispute_) returns()
func (registry *Registry) TryPackSetDispute(dispute common.Address) ([]byte, error) {
	return registry.abi.Pack("setDispute", dispute)
}

// PackSlash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x158ece27.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function slash(bytes32 id, uint256 amount, address beneficiary) returns(uint256 taken)
func (registry *Registry) PackSlash(id [32]byte, amount *big.Int, beneficiary common.Address) []byte {
	enc, err := registry.abi.Pack("slash", id, amount, beneficiary)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSlash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x158ece27.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function slash(bytes32 id, uint256 amount, address beneficiary) returns(uint256 taken)
func (registry *Registry) TryPackSlash(id [32]byte, amount *big.Int, beneficiary common.Address) ([]byte, error) {
	return registry.abi.Pack("slash", id, amount, beneficiary)
}

// UnpackSlash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x158ece27.
//
// Solidity: function slash(bytes32 id, uint256 amount, address beneficiary) returns(uint256 taken)
func (registry *Registry) UnpackSlash(data []byte) (*big.Int, error) {
	out, err := registry.abi.Unpack("slash", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSlashRewardBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7c59dec8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function slashRewardBps() view returns(uint16)
func (registry *Registry) PackSlashRewardBps() []byte {
	enc, err := registry.abi.Pack("slashRewardBps")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSlashRewardBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7c59dec8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function slashRewardBps() view returns(uint16)
func (registry *Registry) TryPackSlashRewardBps() ([]byte, error) {
	return registry.abi.Pack("slashRewardBps")
}

// UnpackSlashRewardBps is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7c59dec8.
//
// Solidity: function slashRewardBps() view returns(uint16)
func (registry *Registry) UnpackSlashRewardBps(data []byte) (uint16, error) {
	out, err := registry.abi.Unpack("slashRewardBps", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackStakedFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x933e087b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stakedFor(bytes32 id, address signer, bytes32 classId_) view returns(bool)
func (registry *Registry) PackStakedFor(id [32]byte, signer common.Address, classId [32]byte) []byte {
	enc, err := registry.abi.Pack("stakedFor", id, signer, classId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStakedFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x933e087b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stakedFor(bytes32 id, address signer, bytes32 classId_) view returns(bool)
func (registry *Registry) TryPackStakedFor(id [32]byte, signer common.Address, classId [32]byte) ([]byte, error) {
	return registry.abi.Pack("stakedFor", id, signer, classId)
}

// UnpackStakedFor is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x933e087b.
//
// Solidity: function stakedFor(bytes32 id, address signer, bytes32 classId_) view returns(bool)
func (registry *Registry) UnpackStakedFor(data []byte) (bool, error) {
	out, err := registry.abi.Unpack("stakedFor", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTotalBurnt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x966ff650.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalBurnt() view returns(uint256)
func (registry *Registry) PackTotalBurnt() []byte {
	enc, err := registry.abi.Pack("totalBurnt")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalBurnt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x966ff650.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalBurnt() view returns(uint256)
func (registry *Registry) TryPackTotalBurnt() ([]byte, error) {
	return registry.abi.Pack("totalBurnt")
}

// UnpackTotalBurnt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x966ff650.
//
// Solidity: function totalBurnt() view returns(uint256)
func (registry *Registry) UnpackTotalBurnt(data []byte) (*big.Int, error) {
	out, err := registry.abi.Unpack("totalBurnt", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackUnbondingDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdb7dd35a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unbondingDelay() view returns(uint64)
func (registry *Registry) PackUnbondingDelay() []byte {
	enc, err := registry.abi.Pack("unbondingDelay")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnbondingDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdb7dd35a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unbondingDelay() view returns(uint64)
func (registry *Registry) TryPackUnbondingDelay() ([]byte, error) {
	return registry.abi.Pack("unbondingDelay")
}

// UnpackUnbondingDelay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdb7dd35a.
//
// Solidity: function unbondingDelay() view returns(uint64)
func (registry *Registry) UnpackUnbondingDelay(data []byte) (uint64, error) {
	out, err := registry.abi.Unpack("unbondingDelay", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackUpdatePrice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5f704f3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updatePrice(bytes32 id, uint256 price) returns()
func (registry *Registry) PackUpdatePrice(id [32]byte, price *big.Int) []byte {
	enc, err := registry.abi.Pack("updatePrice", id, price)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdatePrice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5f704f3e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function updatePrice(bytes32 id, uint256 price) returns()
func (registry *Registry) TryPackUpdatePrice(id [32]byte, price *big.Int) ([]byte, error) {
	return registry.abi.Pack("updatePrice", id, price)
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8e19899e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw(bytes32 id) returns()
func (registry *Registry) PackWithdraw(id [32]byte) []byte {
	enc, err := registry.abi.Pack("withdraw", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8e19899e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw(bytes32 id) returns()
func (registry *Registry) TryPackWithdraw(id [32]byte) ([]byte, error) {
	return registry.abi.Pack("withdraw", id)
}

// RegistryClassDefined represents a ClassDefined event raised by the Registry contract.
type RegistryClassDefined struct {
	ClassId     [32]byte
	ModelRoot   [32]byte
	ProgramRoot [32]byte
	ImageRoot   [32]byte
	TraceHeight uint8
	StepsLog2   uint8
	Raw         *types.Log // Blockchain specific contextual infos
}

const RegistryClassDefinedEventName = "ClassDefined"

// ContractEventName returns the user-defined event name.
func (RegistryClassDefined) ContractEventName() string {
	return RegistryClassDefinedEventName
}

// UnpackClassDefinedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ClassDefined(bytes32 indexed classId, bytes32 modelRoot, bytes32 programRoot, bytes32 imageRoot, uint8 traceHeight, uint8 stepsLog2)
func (registry *Registry) UnpackClassDefinedEvent(log *types.Log) (*RegistryClassDefined, error) {
	event := "ClassDefined"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != registry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RegistryClassDefined)
	if len(log.Data) > 0 {
		if err := registry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range registry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RegistryCreditClaimed represents a CreditClaimed event raised by the Registry contract.
type RegistryCreditClaimed struct {
	To     common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const RegistryCreditClaimedEventName = "CreditClaimed"

// ContractEventName returns the user-defined event name.
func (RegistryCreditClaimed) ContractEventName() string {
	return RegistryCreditClaimedEventName
}

// UnpackCreditClaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CreditClaimed(address indexed to, uint256 amount)
func (registry *Registry) UnpackCreditClaimedEvent(log *types.Log) (*RegistryCreditClaimed, error) {
	event := "CreditClaimed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != registry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RegistryCreditClaimed)
	if len(log.Data) > 0 {
		if err := registry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range registry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RegistryDeregistered represents a Deregistered event raised by the Registry contract.
type RegistryDeregistered struct {
	Id            [32]byte
	UnbondingEnds uint64
	Raw           *types.Log // Blockchain specific contextual infos
}

const RegistryDeregisteredEventName = "Deregistered"

// ContractEventName returns the user-defined event name.
func (RegistryDeregistered) ContractEventName() string {
	return RegistryDeregisteredEventName
}

// UnpackDeregisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Deregistered(bytes32 indexed id, uint64 unbondingEnds)
func (registry *Registry) UnpackDeregisteredEvent(log *types.Log) (*RegistryDeregistered, error) {
	event := "Deregistered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != registry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RegistryDeregistered)
	if len(log.Data) > 0 {
		if err := registry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range registry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RegistryDisputeSet represents a DisputeSet event raised by the Registry contract.
type RegistryDisputeSet struct {
	Dispute common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const RegistryDisputeSetEventName = "DisputeSet"

// ContractEventName returns the user-defined event name.
func (RegistryDisputeSet) ContractEventName() string {
	return RegistryDisputeSetEventName
}

// UnpackDisputeSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DisputeSet(address indexed dispute)
func (registry *Registry) UnpackDisputeSetEvent(log *types.Log) (*RegistryDisputeSet, error) {
	event := "DisputeSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != registry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RegistryDisputeSet)
	if len(log.Data) > 0 {
		if err := registry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range registry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RegistryPriceUpdated represents a PriceUpdated event raised by the Registry contract.
type RegistryPriceUpdated struct {
	Id    [32]byte
	Price *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const RegistryPriceUpdatedEventName = "PriceUpdated"

// ContractEventName returns the user-defined event name.
func (RegistryPriceUpdated) ContractEventName() string {
	return RegistryPriceUpdatedEventName
}

// UnpackPriceUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PriceUpdated(bytes32 indexed id, uint256 price)
func (registry *Registry) UnpackPriceUpdatedEvent(log *types.Log) (*RegistryPriceUpdated, error) {
	event := "PriceUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != registry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RegistryPriceUpdated)
	if len(log.Data) > 0 {
		if err := registry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range registry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RegistryServiceRegistered represents a ServiceRegistered event raised by the Registry contract.
type RegistryServiceRegistered struct {
	Id       [32]byte
	Provider common.Address
	ClassId  [32]byte
	Price    *big.Int
	Stake    *big.Int
	PeerId   []byte
	PeerSig  []byte
	Raw      *types.Log // Blockchain specific contextual infos
}

const RegistryServiceRegisteredEventName = "ServiceRegistered"

// ContractEventName returns the user-defined event name.
func (RegistryServiceRegistered) ContractEventName() string {
	return RegistryServiceRegisteredEventName
}

// UnpackServiceRegisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ServiceRegistered(bytes32 indexed id, address indexed provider, bytes32 indexed classId, uint256 price, uint256 stake, bytes peerId, bytes peerSig)
func (registry *Registry) UnpackServiceRegisteredEvent(log *types.Log) (*RegistryServiceRegistered, error) {
	event := "ServiceRegistered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != registry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RegistryServiceRegistered)
	if len(log.Data) > 0 {
		if err := registry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range registry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RegistrySlashed represents a Slashed event raised by the Registry contract.
type RegistrySlashed struct {
	Id          [32]byte
	Beneficiary common.Address
	Amount      *big.Int
	Reward      *big.Int
	Burnt       *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const RegistrySlashedEventName = "Slashed"

// ContractEventName returns the user-defined event name.
func (RegistrySlashed) ContractEventName() string {
	return RegistrySlashedEventName
}

// UnpackSlashedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Slashed(bytes32 indexed id, address indexed beneficiary, uint256 amount, uint256 reward, uint256 burnt)
func (registry *Registry) UnpackSlashedEvent(log *types.Log) (*RegistrySlashed, error) {
	event := "Slashed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != registry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RegistrySlashed)
	if len(log.Data) > 0 {
		if err := registry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range registry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RegistryStakeAdded represents a StakeAdded event raised by the Registry contract.
type RegistryStakeAdded struct {
	Id     [32]byte
	Amount *big.Int
	Stake  *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const RegistryStakeAddedEventName = "StakeAdded"

// ContractEventName returns the user-defined event name.
func (RegistryStakeAdded) ContractEventName() string {
	return RegistryStakeAddedEventName
}

// UnpackStakeAddedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event StakeAdded(bytes32 indexed id, uint256 amount, uint256 stake)
func (registry *Registry) UnpackStakeAddedEvent(log *types.Log) (*RegistryStakeAdded, error) {
	event := "StakeAdded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != registry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RegistryStakeAdded)
	if len(log.Data) > 0 {
		if err := registry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range registry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RegistryStakeReleased represents a StakeReleased event raised by the Registry contract.
type RegistryStakeReleased struct {
	Id        [32]byte
	Bond      *big.Int
	Reserved  *big.Int
	OpenGames uint32
	Raw       *types.Log // Blockchain specific contextual infos
}

const RegistryStakeReleasedEventName = "StakeReleased"

// ContractEventName returns the user-defined event name.
func (RegistryStakeReleased) ContractEventName() string {
	return RegistryStakeReleasedEventName
}

// UnpackStakeReleasedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event StakeReleased(bytes32 indexed id, uint256 bond, uint256 reserved, uint32 openGames)
func (registry *Registry) UnpackStakeReleasedEvent(log *types.Log) (*RegistryStakeReleased, error) {
	event := "StakeReleased"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != registry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RegistryStakeReleased)
	if len(log.Data) > 0 {
		if err := registry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range registry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RegistryStakeReserved represents a StakeReserved event raised by the Registry contract.
type RegistryStakeReserved struct {
	Id        [32]byte
	Bond      *big.Int
	Reserved  *big.Int
	OpenGames uint32
	Raw       *types.Log // Blockchain specific contextual infos
}

const RegistryStakeReservedEventName = "StakeReserved"

// ContractEventName returns the user-defined event name.
func (RegistryStakeReserved) ContractEventName() string {
	return RegistryStakeReservedEventName
}

// UnpackStakeReservedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event StakeReserved(bytes32 indexed id, uint256 bond, uint256 reserved, uint32 openGames)
func (registry *Registry) UnpackStakeReservedEvent(log *types.Log) (*RegistryStakeReserved, error) {
	event := "StakeReserved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != registry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RegistryStakeReserved)
	if len(log.Data) > 0 {
		if err := registry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range registry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RegistryWithdrawn represents a Withdrawn event raised by the Registry contract.
type RegistryWithdrawn struct {
	Id       [32]byte
	Provider common.Address
	Amount   *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const RegistryWithdrawnEventName = "Withdrawn"

// ContractEventName returns the user-defined event name.
func (RegistryWithdrawn) ContractEventName() string {
	return RegistryWithdrawnEventName
}

// UnpackWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawn(bytes32 indexed id, address indexed provider, uint256 amount)
func (registry *Registry) UnpackWithdrawnEvent(log *types.Log) (*RegistryWithdrawn, error) {
	event := "Withdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != registry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RegistryWithdrawn)
	if len(log.Data) > 0 {
		if err := registry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range registry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (registry *Registry) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], registry.abi.Errors["BadClass"].ID.Bytes()[:4]) {
		return registry.UnpackBadClassError(raw[4:])
	}
	if bytes.Equal(raw[:4], registry.abi.Errors["BadPeerId"].ID.Bytes()[:4]) {
		return registry.UnpackBadPeerIdError(raw[4:])
	}
	if bytes.Equal(raw[:4], registry.abi.Errors["BadPeerSig"].ID.Bytes()[:4]) {
		return registry.UnpackBadPeerSigError(raw[4:])
	}
	if bytes.Equal(raw[:4], registry.abi.Errors["BadRewardBps"].ID.Bytes()[:4]) {
		return registry.UnpackBadRewardBpsError(raw[4:])
	}
	if bytes.Equal(raw[:4], registry.abi.Errors["BondNotCovered"].ID.Bytes()[:4]) {
		return registry.UnpackBondNotCoveredError(raw[4:])
	}
	if bytes.Equal(raw[:4], registry.abi.Errors["DisputeAlreadySet"].ID.Bytes()[:4]) {
		return registry.UnpackDisputeAlreadySetError(raw[4:])
	}
	if bytes.Equal(raw[:4], registry.abi.Errors["InOpenGame"].ID.Bytes()[:4]) {
		return registry.UnpackInOpenGameError(raw[4:])
	}
	if bytes.Equal(raw[:4], registry.abi.Errors["NoReservation"].ID.Bytes()[:4]) {
		return registry.UnpackNoReservationError(raw[4:])
	}
	if bytes.Equal(raw[:4], registry.abi.Errors["NotActive"].ID.Bytes()[:4]) {
		return registry.UnpackNotActiveError(raw[4:])
	}
	if bytes.Equal(raw[:4], registry.abi.Errors["NotDisputable"].ID.Bytes()[:4]) {
		return registry.UnpackNotDisputableError(raw[4:])
	}
	if bytes.Equal(raw[:4], registry.abi.Errors["NotProvider"].ID.Bytes()[:4]) {
		return registry.UnpackNotProviderError(raw[4:])
	}
	if bytes.Equal(raw[:4], registry.abi.Errors["NothingToClaim"].ID.Bytes()[:4]) {
		return registry.UnpackNothingToClaimError(raw[4:])
	}
	if bytes.Equal(raw[:4], registry.abi.Errors["OnlyDeployer"].ID.Bytes()[:4]) {
		return registry.UnpackOnlyDeployerError(raw[4:])
	}
	if bytes.Equal(raw[:4], registry.abi.Errors["OnlyDispute"].ID.Bytes()[:4]) {
		return registry.UnpackOnlyDisputeError(raw[4:])
	}
	if bytes.Equal(raw[:4], registry.abi.Errors["StakeTooLow"].ID.Bytes()[:4]) {
		return registry.UnpackStakeTooLowError(raw[4:])
	}
	if bytes.Equal(raw[:4], registry.abi.Errors["TransferFailed"].ID.Bytes()[:4]) {
		return registry.UnpackTransferFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], registry.abi.Errors["UnbondingNotOver"].ID.Bytes()[:4]) {
		return registry.UnpackUnbondingNotOverError(raw[4:])
	}
	if bytes.Equal(raw[:4], registry.abi.Errors["UnknownClass"].ID.Bytes()[:4]) {
		return registry.UnpackUnknownClassError(raw[4:])
	}
	if bytes.Equal(raw[:4], registry.abi.Errors["UnknownService"].ID.Bytes()[:4]) {
		return registry.UnpackUnknownServiceError(raw[4:])
	}
	if bytes.Equal(raw[:4], registry.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return registry.UnpackZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], registry.abi.Errors["ZeroMinStake"].ID.Bytes()[:4]) {
		return registry.UnpackZeroMinStakeError(raw[4:])
	}
	if bytes.Equal(raw[:4], registry.abi.Errors["ZeroUnbondingDelay"].ID.Bytes()[:4]) {
		return registry.UnpackZeroUnbondingDelayError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// RegistryBadClass represents a BadClass error raised by the Registry contract.
type RegistryBadClass struct {
	TraceHeight uint8
	StepsLog2   uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadClass(uint8 traceHeight, uint8 stepsLog2)
func RegistryBadClassErrorID() common.Hash {
	return common.HexToHash("0xae97e20599e7f4b55f0c994f7f2754faafb26235a08192631266584553ac07c4")
}

// UnpackBadClassError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadClass(uint8 traceHeight, uint8 stepsLog2)
func (registry *Registry) UnpackBadClassError(raw []byte) (*RegistryBadClass, error) {
	out := new(RegistryBadClass)
	if err := registry.abi.UnpackIntoInterface(out, "BadClass", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RegistryBadPeerId represents a BadPeerId error raised by the Registry contract.
type RegistryBadPeerId struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadPeerId(uint256 length)
func RegistryBadPeerIdErrorID() common.Hash {
	return common.HexToHash("0xe486f9a93e22269f420831ce19dd37d183e370d73500046b115324388f07bcab")
}

// UnpackBadPeerIdError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadPeerId(uint256 length)
func (registry *Registry) UnpackBadPeerIdError(raw []byte) (*RegistryBadPeerId, error) {
	out := new(RegistryBadPeerId)
	if err := registry.abi.UnpackIntoInterface(out, "BadPeerId", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RegistryBadPeerSig represents a BadPeerSig error raised by the Registry contract.
type RegistryBadPeerSig struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadPeerSig(uint256 length)
func RegistryBadPeerSigErrorID() common.Hash {
	return common.HexToHash("0x2ce4a74bee5d829186825e22fb6ebe92597cb20b101bab863955cf403b475dcf")
}

// UnpackBadPeerSigError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadPeerSig(uint256 length)
func (registry *Registry) UnpackBadPeerSigError(raw []byte) (*RegistryBadPeerSig, error) {
	out := new(RegistryBadPeerSig)
	if err := registry.abi.UnpackIntoInterface(out, "BadPeerSig", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RegistryBadRewardBps represents a BadRewardBps error raised by the Registry contract.
type RegistryBadRewardBps struct {
	Bps *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadRewardBps(uint256 bps)
func RegistryBadRewardBpsErrorID() common.Hash {
	return common.HexToHash("0x7a8e6cf16059a7135797ee58983e63294bdfdcc43725fe6979ffca0e0d4eb01d")
}

// UnpackBadRewardBpsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadRewardBps(uint256 bps)
func (registry *Registry) UnpackBadRewardBpsError(raw []byte) (*RegistryBadRewardBps, error) {
	out := new(RegistryBadRewardBps)
	if err := registry.abi.UnpackIntoInterface(out, "BadRewardBps", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RegistryBondNotCovered represents a BondNotCovered error raised by the Registry contract.
type RegistryBondNotCovered struct {
	Id   [32]byte
	Free *big.Int
	Bond *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BondNotCovered(bytes32 id, uint256 free, uint256 bond)
func RegistryBondNotCoveredErrorID() common.Hash {
	return common.HexToHash("0xad1738144a5ecdf6ead4cca85e26a773efd51bba314cf6d7103fe0c981e5ccf0")
}

// UnpackBondNotCoveredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BondNotCovered(bytes32 id, uint256 free, uint256 bond)
func (registry *Registry) UnpackBondNotCoveredError(raw []byte) (*RegistryBondNotCovered, error) {
	out := new(RegistryBondNotCovered)
	if err := registry.abi.UnpackIntoInterface(out, "BondNotCovered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RegistryDisputeAlreadySet represents a DisputeAlreadySet error raised by the Registry contract.
type RegistryDisputeAlreadySet struct {
	Dispute common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DisputeAlreadySet(address dispute)
func RegistryDisputeAlreadySetErrorID() common.Hash {
	return common.HexToHash("0xcd7086351845b1b34c27598a0928d0be7cb2cde96429f50cf60a1a85fd48ebd8")
}

// UnpackDisputeAlreadySetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DisputeAlreadySet(address dispute)
func (registry *Registry) UnpackDisputeAlreadySetError(raw []byte) (*RegistryDisputeAlreadySet, error) {
	out := new(RegistryDisputeAlreadySet)
	if err := registry.abi.UnpackIntoInterface(out, "DisputeAlreadySet", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RegistryInOpenGame represents a InOpenGame error raised by the Registry contract.
type RegistryInOpenGame struct {
	Id        [32]byte
	OpenGames uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InOpenGame(bytes32 id, uint32 openGames)
func RegistryInOpenGameErrorID() common.Hash {
	return common.HexToHash("0xb34dca49f7886c4b3ff8a7f6ddb4beee442a2e472db4bda8d3f6958060d1695b")
}

// UnpackInOpenGameError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InOpenGame(bytes32 id, uint32 openGames)
func (registry *Registry) UnpackInOpenGameError(raw []byte) (*RegistryInOpenGame, error) {
	out := new(RegistryInOpenGame)
	if err := registry.abi.UnpackIntoInterface(out, "InOpenGame", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RegistryNoReservation represents a NoReservation error raised by the Registry contract.
type RegistryNoReservation struct {
	Id       [32]byte
	Reserved *big.Int
	Bond     *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoReservation(bytes32 id, uint256 reserved, uint256 bond)
func RegistryNoReservationErrorID() common.Hash {
	return common.HexToHash("0x4d4e79bdd9a3a046256208efe5d5c7c032733c129a88ed2754711a7955529a60")
}

// UnpackNoReservationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoReservation(bytes32 id, uint256 reserved, uint256 bond)
func (registry *Registry) UnpackNoReservationError(raw []byte) (*RegistryNoReservation, error) {
	out := new(RegistryNoReservation)
	if err := registry.abi.UnpackIntoInterface(out, "NoReservation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RegistryNotActive represents a NotActive error raised by the Registry contract.
type RegistryNotActive struct {
	Id [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotActive(bytes32 id)
func RegistryNotActiveErrorID() common.Hash {
	return common.HexToHash("0xdb39125e6c9e818f8d143b0551dd476267fb335183e96c6ede26c15cd61ddb76")
}

// UnpackNotActiveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotActive(bytes32 id)
func (registry *Registry) UnpackNotActiveError(raw []byte) (*RegistryNotActive, error) {
	out := new(RegistryNotActive)
	if err := registry.abi.UnpackIntoInterface(out, "NotActive", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RegistryNotDisputable represents a NotDisputable error raised by the Registry contract.
type RegistryNotDisputable struct {
	Id            [32]byte
	UnbondingEnds uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotDisputable(bytes32 id, uint64 unbondingEnds)
func RegistryNotDisputableErrorID() common.Hash {
	return common.HexToHash("0xcfe38f3f2bd9409e8f88af02404cfd52e02fc70c782d14006e29c334b4636f55")
}

// UnpackNotDisputableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotDisputable(bytes32 id, uint64 unbondingEnds)
func (registry *Registry) UnpackNotDisputableError(raw []byte) (*RegistryNotDisputable, error) {
	out := new(RegistryNotDisputable)
	if err := registry.abi.UnpackIntoInterface(out, "NotDisputable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RegistryNotProvider represents a NotProvider error raised by the Registry contract.
type RegistryNotProvider struct {
	Id     [32]byte
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotProvider(bytes32 id, address caller)
func RegistryNotProviderErrorID() common.Hash {
	return common.HexToHash("0x3a5187b5a4f3730867e330078a2c12f14f138078f903b299635d5f28ee5e2f8c")
}

// UnpackNotProviderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotProvider(bytes32 id, address caller)
func (registry *Registry) UnpackNotProviderError(raw []byte) (*RegistryNotProvider, error) {
	out := new(RegistryNotProvider)
	if err := registry.abi.UnpackIntoInterface(out, "NotProvider", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RegistryNothingToClaim represents a NothingToClaim error raised by the Registry contract.
type RegistryNothingToClaim struct {
	To common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToClaim(address to)
func RegistryNothingToClaimErrorID() common.Hash {
	return common.HexToHash("0x64ab34663471cdf42e0c6b384f4d5a5ab07a23c81e7ddc69a6fbb3a660346f9a")
}

// UnpackNothingToClaimError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToClaim(address to)
func (registry *Registry) UnpackNothingToClaimError(raw []byte) (*RegistryNothingToClaim, error) {
	out := new(RegistryNothingToClaim)
	if err := registry.abi.UnpackIntoInterface(out, "NothingToClaim", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RegistryOnlyDeployer represents a OnlyDeployer error raised by the Registry contract.
type RegistryOnlyDeployer struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OnlyDeployer(address caller)
func RegistryOnlyDeployerErrorID() common.Hash {
	return common.HexToHash("0xe00063570d0f1545131fdfb5ae1c98784abce871045c02560d44147bd7f95f1d")
}

// UnpackOnlyDeployerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OnlyDeployer(address caller)
func (registry *Registry) UnpackOnlyDeployerError(raw []byte) (*RegistryOnlyDeployer, error) {
	out := new(RegistryOnlyDeployer)
	if err := registry.abi.UnpackIntoInterface(out, "OnlyDeployer", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RegistryOnlyDispute represents a OnlyDispute error raised by the Registry contract.
type RegistryOnlyDispute struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OnlyDispute(address caller)
func RegistryOnlyDisputeErrorID() common.Hash {
	return common.HexToHash("0x8bfb7bcc550ee9ecd1ef0da8b5e362f3fdaa56120a4a68db1d190591badf7322")
}

// UnpackOnlyDisputeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OnlyDispute(address caller)
func (registry *Registry) UnpackOnlyDisputeError(raw []byte) (*RegistryOnlyDispute, error) {
	out := new(RegistryOnlyDispute)
	if err := registry.abi.UnpackIntoInterface(out, "OnlyDispute", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RegistryStakeTooLow represents a StakeTooLow error raised by the Registry contract.
type RegistryStakeTooLow struct {
	Stake   *big.Int
	Minimum *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StakeTooLow(uint256 stake, uint256 minimum)
func RegistryStakeTooLowErrorID() common.Hash {
	return common.HexToHash("0x829f11638d406de2605d01f8ea108c1f13393def0f2b7b6e6ffffd9996d50bd5")
}

// UnpackStakeTooLowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StakeTooLow(uint256 stake, uint256 minimum)
func (registry *Registry) UnpackStakeTooLowError(raw []byte) (*RegistryStakeTooLow, error) {
	out := new(RegistryStakeTooLow)
	if err := registry.abi.UnpackIntoInterface(out, "StakeTooLow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RegistryTransferFailed represents a TransferFailed error raised by the Registry contract.
type RegistryTransferFailed struct {
	To     common.Address
	Amount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TransferFailed(address to, uint256 amount)
func RegistryTransferFailedErrorID() common.Hash {
	return common.HexToHash("0x1c43b9761b3fba5321ca8212bfc231945f668ccc0c446f333999eea9ce8fda81")
}

// UnpackTransferFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TransferFailed(address to, uint256 amount)
func (registry *Registry) UnpackTransferFailedError(raw []byte) (*RegistryTransferFailed, error) {
	out := new(RegistryTransferFailed)
	if err := registry.abi.UnpackIntoInterface(out, "TransferFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RegistryUnbondingNotOver represents a UnbondingNotOver error raised by the Registry contract.
type RegistryUnbondingNotOver struct {
	Ends    uint64
	NowTime uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnbondingNotOver(uint64 ends, uint64 nowTime)
func RegistryUnbondingNotOverErrorID() common.Hash {
	return common.HexToHash("0xbb89486864c26909c9efe33adf6695ecf2e7dce06b5eed3f8682dce4caf1adf3")
}

// UnpackUnbondingNotOverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnbondingNotOver(uint64 ends, uint64 nowTime)
func (registry *Registry) UnpackUnbondingNotOverError(raw []byte) (*RegistryUnbondingNotOver, error) {
	out := new(RegistryUnbondingNotOver)
	if err := registry.abi.UnpackIntoInterface(out, "UnbondingNotOver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RegistryUnknownClass represents a UnknownClass error raised by the Registry contract.
type RegistryUnknownClass struct {
	ClassId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownClass(bytes32 classId)
func RegistryUnknownClassErrorID() common.Hash {
	return common.HexToHash("0x693b1355765b63ded79ce1754990c51844f6818cf0d4ba9d7669f9eeaeb71b0d")
}

// UnpackUnknownClassError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownClass(bytes32 classId)
func (registry *Registry) UnpackUnknownClassError(raw []byte) (*RegistryUnknownClass, error) {
	out := new(RegistryUnknownClass)
	if err := registry.abi.UnpackIntoInterface(out, "UnknownClass", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RegistryUnknownService represents a UnknownService error raised by the Registry contract.
type RegistryUnknownService struct {
	Id [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownService(bytes32 id)
func RegistryUnknownServiceErrorID() common.Hash {
	return common.HexToHash("0xcab75967aeb701fbc998f20f6e202084012d908785d8874c7c98ff14d6037d03")
}

// UnpackUnknownServiceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownService(bytes32 id)
func (registry *Registry) UnpackUnknownServiceError(raw []byte) (*RegistryUnknownService, error) {
	out := new(RegistryUnknownService)
	if err := registry.abi.UnpackIntoInterface(out, "UnknownService", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RegistryZeroAddress represents a ZeroAddress error raised by the Registry contract.
type RegistryZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func RegistryZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (registry *Registry) UnpackZeroAddressError(raw []byte) (*RegistryZeroAddress, error) {
	out := new(RegistryZeroAddress)
	if err := registry.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RegistryZeroMinStake represents a ZeroMinStake error raised by the Registry contract.
type RegistryZeroMinStake struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroMinStake()
func RegistryZeroMinStakeErrorID() common.Hash {
	return common.HexToHash("0x5902e94939a84493c24ac673f34a94b42167daaf92504aebd3b5f1491e353761")
}

// UnpackZeroMinStakeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroMinStake()
func (registry *Registry) UnpackZeroMinStakeError(raw []byte) (*RegistryZeroMinStake, error) {
	out := new(RegistryZeroMinStake)
	if err := registry.abi.UnpackIntoInterface(out, "ZeroMinStake", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RegistryZeroUnbondingDelay represents a ZeroUnbondingDelay error raised by the Registry contract.
type RegistryZeroUnbondingDelay struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroUnbondingDelay()
func RegistryZeroUnbondingDelayErrorID() common.Hash {
	return common.HexToHash("0xe44310d24e7dc68630a39b8fc0903ed709c0ee84d63d51cf6909be937fedba9a")
}

// UnpackZeroUnbondingDelayError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroUnbondingDelay()
func (registry *Registry) UnpackZeroUnbondingDelayError(raw []byte) (*RegistryZeroUnbondingDelay, error) {
	out := new(RegistryZeroUnbondingDelay)
	if err := registry.abi.UnpackIntoInterface(out, "ZeroUnbondingDelay", raw); err != nil {
		return nil, err
	}
	return out, nil
}
