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
	RefundAt uint64
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
	ServiceId [32]byte
	InputRoot [32]byte
	InputCid  []byte
	User      common.Address
	Nonce     uint64
	FeeCap    *big.Int
	Deadline  uint64
}

// RegistryService is an auto generated low-level Go binding around an user-defined struct.
type RegistryService struct {
	Provider      common.Address
	UnbondingEnds uint64
	ModelRoot     [32]byte
	ProgramRoot   [32]byte
	Price         *big.Int
	Stake         *big.Int
	PeerId        []byte
	PeerSig       []byte
}

// EscrowMetaData contains all meta data concerning the Escrow contract.
var EscrowMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"refundDelay_\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"AmountTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"}],\"name\":\"BadSignature\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoRefundRequested\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"refundAt\",\"type\":\"uint64\"}],\"name\":\"RefundAlreadyRequested\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"refundAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"nowTime\",\"type\":\"uint64\"}],\"name\":\"RefundNotReady\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"owed\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"funds\",\"type\":\"uint256\"}],\"name\":\"VoucherExceedsDeposit\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"cumulative\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"redeemed\",\"type\":\"uint256\"}],\"name\":\"VoucherNotNewer\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"funds\",\"type\":\"uint256\"}],\"name\":\"Deposited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"cumulative\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"paid\",\"type\":\"uint256\"}],\"name\":\"Redeemed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"refundAt\",\"type\":\"uint64\"}],\"name\":\"RefundRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Refunded\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"}],\"name\":\"channel\",\"outputs\":[{\"components\":[{\"internalType\":\"uint96\",\"name\":\"funds\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"redeemed\",\"type\":\"uint96\"},{\"internalType\":\"uint64\",\"name\":\"refundAt\",\"type\":\"uint64\"}],\"internalType\":\"structEscrow.Channel\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"}],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"domainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"cumulative\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"sig\",\"type\":\"bytes\"}],\"name\":\"redeem\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"}],\"name\":\"refund\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"refundDelay\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"}],\"name\":\"requestRefund\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"cumulative\",\"type\":\"uint256\"}],\"name\":\"voucherDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "2f94a71a81b891298d0576b3849a4b1892",
	Bin: "0x60e060405234801561000f575f5ffd5b50604051610f00380380610f0083398101604081905261002e916100fb565b6001600160401b0381166080524660c0526100f230604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f78ea9e63d0dbd8ea2edbf971b6c4baa5c14bcb86e51fedc59e844473b2883f2b918101919091527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201526001600160a01b03821660a08201525f9060c001604051602081830303815290604052805190602001209050919050565b60a05250610128565b5f6020828403121561010b575f5ffd5b81516001600160401b0381168114610121575f5ffd5b9392505050565b60805160a05160c051610da76101595f395f61086901525f61089101525f818161013101526105830152610da75ff3fe608060405260043610610079575f3560e01c80634a41505c1161004c5780634a41505c1461016c578063f340fa0114610199578063f698da25146101ac578063fa89401a146101c0575f5ffd5b806310badf4e1461007d578063204357ba1461009e5780632b10eefa146100bd5780633e602b4c14610120575b5f5ffd5b348015610088575f5ffd5b5061009c610097366004610c2d565b6101df565b005b3480156100a9575f5ffd5b5061009c6100b8366004610cb0565b6104cf565b3480156100c8575f5ffd5b506100dc6100d7366004610cc9565b610626565b6040805182516bffffffffffffffffffffffff9081168252602080850151909116908201529181015167ffffffffffffffff16908201526060015b60405180910390f35b34801561012b575f5ffd5b506101537f000000000000000000000000000000000000000000000000000000000000000081565b60405167ffffffffffffffff9091168152602001610117565b348015610177575f5ffd5b5061018b610186366004610cfa565b6106b2565b604051908152602001610117565b61009c6101a7366004610cb0565b610730565b3480156101b7575f5ffd5b5061018b610866565b3480156101cb575f5ffd5b5061009c6101da366004610cb0565b610957565b5f6102876101eb610866565b604080517f4ba8e35d4ee4a20f5bca7e587187fd8338493b391b26d81b9bc2496c45fde64e6020808301919091526001600160a01b038a168284015233606083015260808083018a90528351808403909101815260a090920190925280519101205b6040517f19010000000000000000000000000000000000000000000000000000000000008152600281019290925260228201526042902090565b90505f610295828585610a9f565b90506001600160a01b03811615806102bf5750856001600160a01b0316816001600160a01b031614155b15610306576040517f9a7d38d90000000000000000000000000000000000000000000000000000000081526001600160a01b03871660048201526024015b60405180910390fd5b6bffffffffffffffffffffffff851115610336576040516304041d9560e11b8152600481018690526024016102fd565b6001600160a01b0386165f90815260208181526040808320338452909152902080546c0100000000000000000000000090046bffffffffffffffffffffffff168087116103b9576040517f6d49a67800000000000000000000000000000000000000000000000000000000815260048101889052602481018290526044016102fd565b5f6103c48289610d61565b83549091506bffffffffffffffffffffffff168082111561041b576040517fcb95080a00000000000000000000000000000000000000000000000000000000815260048101839052602481018290526044016102fd565b6104258282610d61565b84546bffffffffffffffffffffffff8b81166c01000000000000000000000000027fffffffffffffffff000000000000000000000000000000000000000000000000909216921691909117178455604080518a81526020810184905233916001600160a01b038d16917f5cdf07ad0fc222442720b108e3ed4c4640f0fadc2ab2253e66f259a0fea83480910160405180910390a36104c33383610b67565b50505050505050505050565b335f908152602081815260408083206001600160a01b038516845290915290208054600160c01b900467ffffffffffffffff161561054e5780546040517fd91ea4ad000000000000000000000000000000000000000000000000000000008152600160c01b90910467ffffffffffffffff1660048201526024016102fd565b80546bffffffffffffffffffffffff165f0361057d57604051631f2a200560e01b815260040160405180910390fd5b5f6105a87f000000000000000000000000000000000000000000000000000000000000000042610d74565b825477ffffffffffffffffffffffffffffffffffffffffffffffff16600160c01b67ffffffffffffffff83169081029190911784556040519081529091506001600160a01b0384169033907f49b9321c0244f8dc6db4c306572a9251478d5082efe97e52e2d8bb570ad6aca6906020015b60405180910390a3505050565b60408051606080820183525f80835260208084018290529284018190526001600160a01b0386811682528184528482209086168252835283902083519182018452546bffffffffffffffffffffffff80821683526c0100000000000000000000000082041692820192909252600160c01b90910467ffffffffffffffff16918101919091525b92915050565b5f6107266106be610866565b604080517f4ba8e35d4ee4a20f5bca7e587187fd8338493b391b26d81b9bc2496c45fde64e6020808301919091526001600160a01b03808a16838501528816606083015260808083018890528351808403909101815260a0909201909252805191012061024d565b90505b9392505050565b6001600160a01b038116610770576040517fd92e233d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b345f0361079057604051631f2a200560e01b815260040160405180910390fd5b335f908152602081815260408083206001600160a01b0385168452909152812080549091906107ce9034906bffffffffffffffffffffffff16610d94565b90506bffffffffffffffffffffffff811115610800576040516304041d9560e11b8152600481018290526024016102fd565b81546bffffffffffffffffffffffff19166bffffffffffffffffffffffff821617825560408051348152602081018390526001600160a01b0385169133917ff5681f9d0db1b911ac18ee83d515a1cf1051853a9eae418316a2fdf7dea427c59101610619565b5f7f000000000000000000000000000000000000000000000000000000000000000046036108b357507f000000000000000000000000000000000000000000000000000000000000000090565b50604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f6020808301919091527f78ea9e63d0dbd8ea2edbf971b6c4baa5c14bcb86e51fedc59e844473b2883f2b828401527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608301524660808301523060a0808401919091528351808403909101815260c0909201909252805191012090565b335f908152602081815260408083206001600160a01b0385168452909152812080549091600160c01b90910467ffffffffffffffff16908190036109c7576040517fe06844df00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b8067ffffffffffffffff16421015610a1f576040517ffe02489e00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff8083166004830152421660248201526044016102fd565b815477ffffffffffffffffffffffff000000000000000000000000811683556040516bffffffffffffffffffffffff909116808252906001600160a01b0385169033907fec1e5ed733e00f1a00915d56caef57b4f52312dde4f9b3165f213319a0da156b9060200160405180910390a3610a993382610b67565b50505050565b5f60418214610aaf57505f610729565b8235602084013560408501355f1a7f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0821180610af157506001601b8260ff1603115b15610b01575f9350505050610729565b604080515f81526020810180835289905260ff831691810191909152606081018490526080810183905260019060a0016020604051602081039080840390855afa158015610b51573d5f5f3e3d5ffd5b5050604051601f19015198975050505050505050565b805f03610b72575050565b5f826001600160a01b0316826040515f6040518083038185875af1925050503d805f8114610bbb576040519150601f19603f3d011682016040523d82523d5f602084013e610bc0565b606091505b5050905080610c0d576040517f1c43b9760000000000000000000000000000000000000000000000000000000081526001600160a01b0384166004820152602481018390526044016102fd565b505050565b80356001600160a01b0381168114610c28575f5ffd5b919050565b5f5f5f5f60608587031215610c40575f5ffd5b610c4985610c12565b935060208501359250604085013567ffffffffffffffff811115610c6b575f5ffd5b8501601f81018713610c7b575f5ffd5b803567ffffffffffffffff811115610c91575f5ffd5b876020828401011115610ca2575f5ffd5b949793965060200194505050565b5f60208284031215610cc0575f5ffd5b61072982610c12565b5f5f60408385031215610cda575f5ffd5b610ce383610c12565b9150610cf160208401610c12565b90509250929050565b5f5f5f60608486031215610d0c575f5ffd5b610d1584610c12565b9250610d2360208501610c12565b929592945050506040919091013590565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b818103818111156106ac576106ac610d34565b67ffffffffffffffff81811683821601908111156106ac576106ac610d34565b808201808211156106ac576106ac610d3456",
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

// PackChannel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b10eefa.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function channel(address user, address provider) view returns((uint96,uint96,uint64))
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
// Solidity: function channel(address user, address provider) view returns((uint96,uint96,uint64))
func (escrow *Escrow) TryPackChannel(user common.Address, provider common.Address) ([]byte, error) {
	return escrow.abi.Pack("channel", user, provider)
}

// UnpackChannel is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2b10eefa.
//
// Solidity: function channel(address user, address provider) view returns((uint96,uint96,uint64))
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
// the contract method with ID 0x10badf4e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function redeem(address user, uint256 cumulative, bytes sig) returns()
func (escrow *Escrow) PackRedeem(user common.Address, cumulative *big.Int, sig []byte) []byte {
	enc, err := escrow.abi.Pack("redeem", user, cumulative, sig)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRedeem is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x10badf4e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function redeem(address user, uint256 cumulative, bytes sig) returns()
func (escrow *Escrow) TryPackRedeem(user common.Address, cumulative *big.Int, sig []byte) ([]byte, error) {
	return escrow.abi.Pack("redeem", user, cumulative, sig)
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
// the contract method with ID 0x4a41505c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function voucherDigest(address user, address provider, uint256 cumulative) view returns(bytes32)
func (escrow *Escrow) PackVoucherDigest(user common.Address, provider common.Address, cumulative *big.Int) []byte {
	enc, err := escrow.abi.Pack("voucherDigest", user, provider, cumulative)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVoucherDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4a41505c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function voucherDigest(address user, address provider, uint256 cumulative) view returns(bytes32)
func (escrow *Escrow) TryPackVoucherDigest(user common.Address, provider common.Address, cumulative *big.Int) ([]byte, error) {
	return escrow.abi.Pack("voucherDigest", user, provider, cumulative)
}

// UnpackVoucherDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4a41505c.
//
// Solidity: function voucherDigest(address user, address provider, uint256 cumulative) view returns(bytes32)
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
// Solidity: event Redeemed(address indexed user, address indexed provider, uint256 cumulative, uint256 paid)
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
// Solidity: event Refunded(address indexed user, address indexed provider, uint256 amount)
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
	if bytes.Equal(raw[:4], escrow.abi.Errors["RefundAlreadyRequested"].ID.Bytes()[:4]) {
		return escrow.UnpackRefundAlreadyRequestedError(raw[4:])
	}
	if bytes.Equal(raw[:4], escrow.abi.Errors["RefundNotReady"].ID.Bytes()[:4]) {
		return escrow.UnpackRefundNotReadyError(raw[4:])
	}
	if bytes.Equal(raw[:4], escrow.abi.Errors["TransferFailed"].ID.Bytes()[:4]) {
		return escrow.UnpackTransferFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], escrow.abi.Errors["VoucherExceedsDeposit"].ID.Bytes()[:4]) {
		return escrow.UnpackVoucherExceedsDepositError(raw[4:])
	}
	if bytes.Equal(raw[:4], escrow.abi.Errors["VoucherNotNewer"].ID.Bytes()[:4]) {
		return escrow.UnpackVoucherNotNewerError(raw[4:])
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

// EscrowVoucherExceedsDeposit represents a VoucherExceedsDeposit error raised by the Escrow contract.
type EscrowVoucherExceedsDeposit struct {
	Owed  *big.Int
	Funds *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error VoucherExceedsDeposit(uint256 owed, uint256 funds)
func EscrowVoucherExceedsDepositErrorID() common.Hash {
	return common.HexToHash("0xcb95080abc3a7b8cbce6b60498d1aa471c6e59bc803a35642f2831fba922e2c7")
}

// UnpackVoucherExceedsDepositError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error VoucherExceedsDeposit(uint256 owed, uint256 funds)
func (escrow *Escrow) UnpackVoucherExceedsDepositError(raw []byte) (*EscrowVoucherExceedsDeposit, error) {
	out := new(EscrowVoucherExceedsDeposit)
	if err := escrow.abi.UnpackIntoInterface(out, "VoucherExceedsDeposit", raw); err != nil {
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

// RegistryMetaData contains all meta data concerning the Registry contract.
var RegistryMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"minStake_\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"unbondingDelay_\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"slashRewardBps_\",\"type\":\"uint16\"},{\"internalType\":\"address\",\"name\":\"dispute_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"BadPeerId\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"BadPeerSig\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"bps\",\"type\":\"uint256\"}],\"name\":\"BadRewardBps\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"dispute\",\"type\":\"address\"}],\"name\":\"DisputeAlreadySet\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"NotActive\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotProvider\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"NothingToClaim\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"OnlyDeployer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"OnlyDispute\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minimum\",\"type\":\"uint256\"}],\"name\":\"StakeTooLow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"ends\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"nowTime\",\"type\":\"uint64\"}],\"name\":\"UnbondingNotOver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"UnknownService\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"CreditClaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"unbondingEnds\",\"type\":\"uint64\"}],\"name\":\"Deregistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"dispute\",\"type\":\"address\"}],\"name\":\"DisputeSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"}],\"name\":\"PriceUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"modelRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"programRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"peerId\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"peerSig\",\"type\":\"bytes\"}],\"name\":\"ServiceRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"reward\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"burnt\",\"type\":\"uint256\"}],\"name\":\"Slashed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"}],\"name\":\"StakeAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MAX_PEER_ID_BYTES\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_PEER_SIG_BYTES\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PEER_BINDING_TAG\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"addStake\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"claimCredit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"jobHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"outputRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"traceRoot\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"}],\"internalType\":\"structMessages.Claim\",\"name\":\"claim\",\"type\":\"tuple\"}],\"name\":\"claimHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"credit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deployer\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"deregister\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"dispute\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"domainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"isActive\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"serviceId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"inputRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"inputCid\",\"type\":\"bytes\"},{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"feeCap\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"internalType\":\"structMessages.Job\",\"name\":\"job\",\"type\":\"tuple\"}],\"name\":\"jobHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minStake\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"peerId\",\"type\":\"bytes\"}],\"name\":\"peerBindingDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"providerNonce\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"digest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"sig\",\"type\":\"bytes\"}],\"name\":\"recoverSigner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"modelRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"programRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"peerId\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"peerSig\",\"type\":\"bytes\"}],\"name\":\"register\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"service\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"unbondingEnds\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"modelRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"programRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"peerId\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"peerSig\",\"type\":\"bytes\"}],\"internalType\":\"structRegistry.Service\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"dispute_\",\"type\":\"address\"}],\"name\":\"setDispute\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"}],\"name\":\"slash\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"taken\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"slashRewardBps\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalBurnt\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unbondingDelay\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"}],\"name\":\"updatePrice\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "4c347eb73970d7ec769543769c0bfc3a9f",
	Bin: "0x610100604052348015610010575f5ffd5b50604051611f17380380611f1783398101604081905261002f916100db565b6127108261ffff16111561006057604051637a8e6cf160e01b815261ffff8316600482015260240160405180910390fd5b60808490526001600160401b03831660a05261ffff821660c0523360e0526001600160a01b038116156100d2575f80546001600160a01b0319166001600160a01b038316908117825560405190917f01d02d4275331785ccdfdc9c59fae2afe1d60e5109e4bd00175c8c0256114fbf91a25b5050505061014a565b5f5f5f5f608085870312156100ee575f5ffd5b845160208601519094506001600160401b038116811461010c575f5ffd5b604086015190935061ffff81168114610123575f5ffd5b60608601519092506001600160a01b038116811461013f575f5ffd5b939692955090935050565b60805160a05160c05160e051611d706101a75f395f81816104cb01526110aa01525f818161030b01526108e301525f81816104fe01526109d301525f818161024501528181610b4401528181610c220152610c760152611d705ff3fe608060405260043610610199575f3560e01c8063966ff650116100dc578063cf3e272b11610087578063d5f3948811610062578063d5f39488146104ba578063db7dd35a146104ed578063f240f7c314610539578063f698da2514610557575f5ffd5b8063cf3e272b14610450578063d2112d3e14610464578063d5d44d801461048f575f5ffd5b8063a2f14475116100b7578063a2f14475146103e9578063b1ac7294146103fe578063b3fe2fd21461041d575f5ffd5b8063966ff6501461037e57806397aba7f9146103935780639dcd928f146103ca575f5ffd5b80635c36901c11610147578063785d5d8a11610122578063785d5d8a146102e75780637c59dec8146102fa57806380d85f7d146103405780638e19899e1461035f575f5ffd5b80635c36901c146102865780635f704f3e146102b557806366da754b146102d4575f5ffd5b806320813154116101775780632081315414610215578063375b3c0a14610234578063447ebab614610267575f5ffd5b806302b34f1f1461019d5780631333db2e146101d2578063158ece27146101e8575b5f5ffd5b3480156101a8575f5ffd5b506101bc6101b7366004611621565b61056b565b6040516101c99190611666565b60405180910390f35b3480156101dd575f5ffd5b506101e6610758565b005b3480156101f3575f5ffd5b50610207610202366004611717565b610800565b6040519081526020016101c9565b348015610220575f5ffd5b506101e661022f366004611621565b6109c1565b34801561023f575f5ffd5b506102077f000000000000000000000000000000000000000000000000000000000000000081565b348015610272575f5ffd5b5061020761028136600461178e565b610a73565b348015610291575f5ffd5b506102a56102a0366004611621565b610b01565b60405190151581526020016101c9565b3480156102c0575f5ffd5b506101e66102cf3660046117dd565b610b6b565b6101e66102e2366004611621565b610bb1565b6102076102f53660046117fd565b610c1f565b348015610305575f5ffd5b5061032d7f000000000000000000000000000000000000000000000000000000000000000081565b60405161ffff90911681526020016101c9565b34801561034b575f5ffd5b5061020761035a366004611888565b610e5f565b34801561036a575f5ffd5b506101e6610379366004611621565b610ec3565b348015610389575f5ffd5b5061020760015481565b34801561039e575f5ffd5b506103b26103ad3660046118a1565b61106d565b6040516001600160a01b0390911681526020016101c9565b3480156103d5575f5ffd5b506102076103e43660046118d0565b611081565b3480156103f4575f5ffd5b5061020761010081565b348015610409575f5ffd5b506101e6610418366004611907565b61109f565b348015610428575f5ffd5b506102077fdae816f73b35eb84a5d00e3977d35214bacc3a9874d00731c8c08735ed1e4a9d81565b34801561045b575f5ffd5b50610207608081565b34801561046f575f5ffd5b5061020761047e366004611907565b60036020525f908152604090205481565b34801561049a575f5ffd5b506102076104a9366004611907565b60046020525f908152604090205481565b3480156104c5575f5ffd5b506103b27f000000000000000000000000000000000000000000000000000000000000000081565b3480156104f8575f5ffd5b506105207f000000000000000000000000000000000000000000000000000000000000000081565b60405167ffffffffffffffff90911681526020016101c9565b348015610544575f5ffd5b505f546103b2906001600160a01b031681565b348015610562575f5ffd5b506102076111ce565b6105c06040518061010001604052805f6001600160a01b031681526020015f67ffffffffffffffff1681526020015f81526020015f81526020015f81526020015f815260200160608152602001606081525090565b5f8281526002602081815260409283902083516101008101855281546001600160a01b0381168252600160a01b900467ffffffffffffffff169281019290925260018101549382019390935290820154606082015260038201546080820152600482015460a082015260058201805491929160c08401919061064190611920565b80601f016020809104026020016040519081016040528092919081815260200182805461066d90611920565b80156106b85780601f1061068f576101008083540402835291602001916106b8565b820191905f5260205f20905b81548152906001019060200180831161069b57829003601f168201915b505050505081526020016006820180546106d190611920565b80601f01602080910402602001604051908101604052809291908181526020018280546106fd90611920565b80156107485780601f1061071f57610100808354040283529160200191610748565b820191905f5260205f20905b81548152906001019060200180831161072b57829003601f168201915b5050505050815250509050919050565b335f90815260046020526040812054908190036107a8576040517f64ab34660000000000000000000000000000000000000000000000000000000081523360048201526024015b60405180910390fd5b335f8181526004602052604080822091909155517f87e12c2565042763daa6bf5842ed2b6447f17f7e28f9a4905fe3959581396ead906107eb9084815260200190565b60405180910390a26107fd33826111dd565b50565b5f80546001600160a01b03163314610846576040517f8bfb7bcc00000000000000000000000000000000000000000000000000000000815233600482015260240161079f565b6001600160a01b03821661086d5760405163d92e233d60e01b815260040160405180910390fd5b5f84815260026020526040902080546001600160a01b03166108a55760405163cab7596760e01b81526004810186905260240161079f565b806004015484106108ba5780600401546108bc565b835b915081816004015f8282546108d1919061196c565b909155505f905061271061090961ffff7f0000000000000000000000000000000000000000000000000000000000000000168561197f565b6109139190611996565b90505f610920828561196c565b6001600160a01b0386165f9081526004602052604081208054929350849290919061094c9084906119b5565b925050819055508060015f82825461096491906119b5565b909155505060408051858152602081018490529081018290526001600160a01b0386169088907f31e5c92f16f6ce9019bcff1ed8737a500e27a863ddd369c55e0ecb09a71e68aa9060600160405180910390a35050509392505050565b5f6109cb82611283565b90505f6109f87f0000000000000000000000000000000000000000000000000000000000000000426119c8565b82547fffffffff0000000000000000ffffffffffffffffffffffffffffffffffffffff16600160a01b67ffffffffffffffff831690810291909117845560405190815290915083907f0f3eda2351d48ca12d7192b4a4165c0d6aa5dbd7557d11754ce3085b6b9525fa906020015b60405180910390a2505050565b5f7fdae816f73b35eb84a5d00e3977d35214bacc3a9874d00731c8c08735ed1e4a9d4630868686604051610aa89291906119e8565b6040805191829003822060208301969096528101939093526001600160a01b03918216606084015216608082015260a081019190915260c0016040516020818303038152906040528051906020012090505b9392505050565b5f81815260026020526040812080546001600160a01b031615801590610b3757508054600160a01b900467ffffffffffffffff16155b8015610afa5750600401547f0000000000000000000000000000000000000000000000000000000000000000111592915050565b5f610b7583611283565b6003810183905560405183815290915083907f46eec4e0eeeef5830de3472bb39db7e52b1c809286dc87c4b85b20e003cc70c390602001610a66565b5f610bbb82611283565b905034816004015f828254610bd091906119b5565b9091555050600481015460405183917ff993d7e8b9d04beb2a9971013ca07662c3fa55de389fbabbf1bae3ad11cfe6ee91610c1391348252602082015260400190565b60405180910390a25050565b5f7f0000000000000000000000000000000000000000000000000000000000000000341015610ca2576040517f829f11630000000000000000000000000000000000000000000000000000000081523460048201527f0000000000000000000000000000000000000000000000000000000000000000602482015260440161079f565b831580610caf5750608084115b15610ce9576040517fe486f9a90000000000000000000000000000000000000000000000000000000081526004810185905260240161079f565b811580610cf7575061010082115b15610d31576040517f2ce4a74b0000000000000000000000000000000000000000000000000000000081526004810183905260240161079f565b335f90815260036020526040812080549082610d4c836119f7565b90915550604080514660208201523091810191909152336060820152608081018b905260a081018a905260c0810182905290915060e00160408051601f1981840301815291815281516020928301205f81815260029384905291909120805473ffffffffffffffffffffffffffffffffffffffff191633178155600181018c90559182018a905560038201899055346004830155925060058101610df1878983611a79565b5060068101610e01858783611a79565b50336001600160a01b0316837f96994ea2a0a8dddc12608b2d1dc9728c9b06a8031ee7fbea134e167782d9d92b8c8c8c348d8d8d8d604051610e4a989796959493929190611b5c565b60405180910390a35050979650505050505050565b5f610ebd610e6c30611340565b610e83610e7e36869003860186611bd2565b6113f0565b6040517f19010000000000000000000000000000000000000000000000000000000000008152600281019290925260228201526042902090565b92915050565b5f81815260026020526040902080546001600160a01b0316610efb5760405163cab7596760e01b81526004810183905260240161079f565b80546001600160a01b03163314610f2e57604051633a5187b560e01b81526004810183905233602482015260440161079f565b8054600160a01b900467ffffffffffffffff161580610f5e57508054600160a01b900467ffffffffffffffff1642105b15610fb35780546040517fbb894868000000000000000000000000000000000000000000000000000000008152600160a01b90910467ffffffffffffffff90811660048301524216602482015260440161079f565b6004808201545f848152600260208190526040822080547fffffffff00000000000000000000000000000000000000000000000000000000168155600181018390559081018290556003810182905592830181905590919061101860058301826115d4565b611025600683015f6115d4565b5050604051818152339084907f04eda370f8b8612fa7266d7ebbd41af9d694e19793fe9d9ff31b3ddbd99b08e19060200160405180910390a361106833826111dd565b505050565b5f611079848484611460565b949350505050565b5f610ebd61108e30611340565b610e8361109a85611cdc565b611528565b336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614611103576040517fe000635700000000000000000000000000000000000000000000000000000000815233600482015260240161079f565b5f546001600160a01b031615611153575f546040517fcd7086350000000000000000000000000000000000000000000000000000000081526001600160a01b03909116600482015260240161079f565b6001600160a01b03811661117a5760405163d92e233d60e01b815260040160405180910390fd5b5f805473ffffffffffffffffffffffffffffffffffffffff19166001600160a01b038316908117825560405190917f01d02d4275331785ccdfdc9c59fae2afe1d60e5109e4bd00175c8c0256114fbf91a250565b5f6111d830611340565b905090565b805f036111e8575050565b5f826001600160a01b0316826040515f6040518083038185875af1925050503d805f8114611231576040519150601f19603f3d011682016040523d82523d5f602084013e611236565b606091505b5050905080611068576040517f1c43b9760000000000000000000000000000000000000000000000000000000081526001600160a01b03841660048201526024810183905260440161079f565b5f81815260026020526040902080546001600160a01b03166112bb5760405163cab7596760e01b81526004810183905260240161079f565b80546001600160a01b031633146112ee57604051633a5187b560e01b81526004810183905233602482015260440161079f565b8054600160a01b900467ffffffffffffffff161561133b576040517fdb39125e0000000000000000000000000000000000000000000000000000000081526004810183905260240161079f565b919050565b604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f78ea9e63d0dbd8ea2edbf971b6c4baa5c14bcb86e51fedc59e844473b2883f2b918101919091527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201526001600160a01b03821660a08201525f9060c0015b604051602081830303815290604052805190602001209050919050565b5f7f4a02032b8cfff5a0deb70d0f80e630ddd7da7f5e40a446c5bc7cc8522bc310c0825f01518360200151846040015185606001516040516020016113d39594939291909485526020850193909352604084019190915260608301526001600160a01b0316608082015260a00190565b5f6041821461147057505f610afa565b8235602084013560408501355f1a7f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08211806114b257506001601b8260ff1603115b156114c2575f9350505050610afa565b604080515f81526020810180835289905260ff831691810191909152606081018490526080810183905260019060a0016020604051602081039080840390855afa158015611512573d5f5f3e3d5ffd5b5050604051601f19015198975050505050505050565b5f7f585802ce2f4b69ebb70a279034978d0ba1705fe33f1f78f5a131d75b46a8c49d825f01518360200151846040015180519060200120856060015186608001518760a001518860c001516040516020016113d39897969594939291909788526020880196909652604087019490945260608601929092526001600160a01b0316608085015267ffffffffffffffff90811660a085015260c08401919091521660e08201526101000190565b5080546115e090611920565b5f825580601f106115ef575050565b601f0160209004905f5260205f2090611608919061160a565b565b5f5b80821115611068575f8184015560010161160c565b5f60208284031215611631575f5ffd5b5035919050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081526001600160a01b0382511660208201525f6020830151611696604084018267ffffffffffffffff169052565b506040830151606083015260608301516080830152608083015160a083015260a083015160c083015260c083015161010060e08401526116da610120840182611638565b905060e0840151601f19848303016101008501526116f88282611638565b95945050505050565b80356001600160a01b038116811461133b575f5ffd5b5f5f5f60608486031215611729575f5ffd5b833592506020840135915061174060408501611701565b90509250925092565b5f5f83601f840112611759575f5ffd5b50813567ffffffffffffffff811115611770575f5ffd5b602083019150836020828501011115611787575f5ffd5b9250929050565b5f5f5f604084860312156117a0575f5ffd5b6117a984611701565b9250602084013567ffffffffffffffff8111156117c4575f5ffd5b6117d086828701611749565b9497909650939450505050565b5f5f604083850312156117ee575f5ffd5b50508035926020909101359150565b5f5f5f5f5f5f5f60a0888a031215611813575f5ffd5b873596506020880135955060408801359450606088013567ffffffffffffffff81111561183e575f5ffd5b61184a8a828b01611749565b909550935050608088013567ffffffffffffffff811115611869575f5ffd5b6118758a828b01611749565b989b979a50959850939692959293505050565b5f6080828403128015611899575f5ffd5b509092915050565b5f5f5f604084860312156118b3575f5ffd5b83359250602084013567ffffffffffffffff8111156117c4575f5ffd5b5f602082840312156118e0575f5ffd5b813567ffffffffffffffff8111156118f6575f5ffd5b820160e08185031215610afa575f5ffd5b5f60208284031215611917575f5ffd5b610afa82611701565b600181811c9082168061193457607f821691505b60208210810361195257634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52601160045260245ffd5b81810381811115610ebd57610ebd611958565b8082028115828204841417610ebd57610ebd611958565b5f826119b057634e487b7160e01b5f52601260045260245ffd5b500490565b80820180821115610ebd57610ebd611958565b67ffffffffffffffff8181168382160190811115610ebd57610ebd611958565b818382375f9101908152919050565b5f60018201611a0857611a08611958565b5060010190565b634e487b7160e01b5f52604160045260245ffd5b601f821115611068578282111561106857805f5260205f20601f840160051c6020851015611a4e57505f5b90810190601f840160051c035f5b81811015611a71575f83820155600101611a5c565b505050505050565b67ffffffffffffffff831115611a9157611a91611a0f565b611aa583611a9f8354611920565b83611a23565b5f601f841160018114611ad6575f8515611abf5750838201355b5f19600387901b1c1916600186901b178355611b2d565b5f83815260208120601f198716915b82811015611b055786850135825560209485019460019092019101611ae5565b5086821015611b21575f1960f88860031b161c19848701351681555b505060018560011b0183555b5050505050565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b88815287602082015286604082015285606082015260c060808201525f611b8760c083018688611b34565b82810360a0840152611b9a818587611b34565b9b9a5050505050505050505050565b60405160e0810167ffffffffffffffff81118282101715611bcc57611bcc611a0f565b60405290565b5f6080828403128015611be3575f5ffd5b506040516080810167ffffffffffffffff81118282101715611c0757611c07611a0f565b604090815283358252602080850135908301528381013590820152611c2e60608401611701565b60608201529392505050565b5f82601f830112611c49575f5ffd5b813567ffffffffffffffff811115611c6357611c63611a0f565b604051601f8201601f19908116603f0116810167ffffffffffffffff81118282101715611c9257611c92611a0f565b604052818152838201602001851015611ca9575f5ffd5b816020850160208301375f918101602001919091529392505050565b803567ffffffffffffffff8116811461133b575f5ffd5b5f60e08236031215611cec575f5ffd5b611cf4611ba9565b8235815260208084013590820152604083013567ffffffffffffffff811115611d1b575f5ffd5b611d2736828601611c3a565b604083015250611d3960608401611701565b6060820152611d4a60808401611cc5565b608082015260a08381013590820152611d6560c08401611cc5565b60c08201529291505056",
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
// the contract method with ID 0x785d5d8a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function register(bytes32 modelRoot, bytes32 programRoot, uint256 price, bytes peerId, bytes peerSig) payable returns(bytes32 id)
func (registry *Registry) PackRegister(modelRoot [32]byte, programRoot [32]byte, price *big.Int, peerId []byte, peerSig []byte) []byte {
	enc, err := registry.abi.Pack("register", modelRoot, programRoot, price, peerId, peerSig)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x785d5d8a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function register(bytes32 modelRoot, bytes32 programRoot, uint256 price, bytes peerId, bytes peerSig) payable returns(bytes32 id)
func (registry *Registry) TryPackRegister(modelRoot [32]byte, programRoot [32]byte, price *big.Int, peerId []byte, peerSig []byte) ([]byte, error) {
	return registry.abi.Pack("register", modelRoot, programRoot, price, peerId, peerSig)
}

// UnpackRegister is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x785d5d8a.
//
// Solidity: function register(bytes32 modelRoot, bytes32 programRoot, uint256 price, bytes peerId, bytes peerSig) payable returns(bytes32 id)
func (registry *Registry) UnpackRegister(data []byte) ([32]byte, error) {
	out, err := registry.abi.Unpack("register", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackService is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x02b34f1f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function service(bytes32 id) view returns((address,uint64,bytes32,bytes32,uint256,uint256,bytes,bytes))
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
// Solidity: function service(bytes32 id) view returns((address,uint64,bytes32,bytes32,uint256,uint256,bytes,bytes))
func (registry *Registry) TryPackService(id [32]byte) ([]byte, error) {
	return registry.abi.Pack("service", id)
}

// UnpackService is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x02b34f1f.
//
// Solidity: function service(bytes32 id) view returns((address,uint64,bytes32,bytes32,uint256,uint256,bytes,bytes))
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
	Id          [32]byte
	Provider    common.Address
	ModelRoot   [32]byte
	ProgramRoot [32]byte
	Price       *big.Int
	Stake       *big.Int
	PeerId      []byte
	PeerSig     []byte
	Raw         *types.Log // Blockchain specific contextual infos
}

const RegistryServiceRegisteredEventName = "ServiceRegistered"

// ContractEventName returns the user-defined event name.
func (RegistryServiceRegistered) ContractEventName() string {
	return RegistryServiceRegisteredEventName
}

// UnpackServiceRegisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ServiceRegistered(bytes32 indexed id, address indexed provider, bytes32 modelRoot, bytes32 programRoot, uint256 price, uint256 stake, bytes peerId, bytes peerSig)
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
	if bytes.Equal(raw[:4], registry.abi.Errors["BadPeerId"].ID.Bytes()[:4]) {
		return registry.UnpackBadPeerIdError(raw[4:])
	}
	if bytes.Equal(raw[:4], registry.abi.Errors["BadPeerSig"].ID.Bytes()[:4]) {
		return registry.UnpackBadPeerSigError(raw[4:])
	}
	if bytes.Equal(raw[:4], registry.abi.Errors["BadRewardBps"].ID.Bytes()[:4]) {
		return registry.UnpackBadRewardBpsError(raw[4:])
	}
	if bytes.Equal(raw[:4], registry.abi.Errors["DisputeAlreadySet"].ID.Bytes()[:4]) {
		return registry.UnpackDisputeAlreadySetError(raw[4:])
	}
	if bytes.Equal(raw[:4], registry.abi.Errors["NotActive"].ID.Bytes()[:4]) {
		return registry.UnpackNotActiveError(raw[4:])
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
	if bytes.Equal(raw[:4], registry.abi.Errors["UnknownService"].ID.Bytes()[:4]) {
		return registry.UnpackUnknownServiceError(raw[4:])
	}
	if bytes.Equal(raw[:4], registry.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return registry.UnpackZeroAddressError(raw[4:])
	}
	return nil, errors.New("Unknown error")
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
