package node

import (
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/rmsnet/rms/market"
	"github.com/rmsnet/rms/merkle"
)

// ClassID names what the answers of a job must agree on (DESIGN §5): the
// model, program and guest image roots. Jobs name a class, providers
// advertise under it on the DHT, and a user asks any K providers of it.
type ClassID [32]byte

// Hex is the 0x-prefixed hex form.
func (c ClassID) Hex() string { return merkle.Hash(c).Hex() }

// ClassOf is the class id of a model, program and guest image.
func ClassOf(modelRoot, programRoot, imageRoot merkle.Hash) ClassID {
	return ClassID(crypto.Keccak256Hash(modelRoot[:], programRoot[:], imageRoot[:]))
}

// The job's class field and the registry's view of a service's class, in
// one place.

func jobClass(j *market.Job) ClassID          { return ClassID(j.Service) }
func setJobClass(j *market.Job, c ClassID)    { j.Service = market.ServiceID(c) }
func jobKeyClass(k market.JobKey) []byte      { return k.Service[:] }
func serviceClass(s *market.Service, imageRoot merkle.Hash) ClassID {
	return ClassOf(s.ModelRoot, s.ProgramRoot, imageRoot)
}
