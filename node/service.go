package node

import (
	"context"
	"fmt"

	"github.com/rmsnet/rms/market"
	"github.com/rmsnet/rms/merkle"
	"github.com/rmsnet/rms/model"
	"github.com/rmsnet/rms/vm/guestimage"
)

// Service is a model that providers run and users ask for: the model with
// the roots that make its class.
type Service struct {
	Model       *model.Model
	ModelRoot   merkle.Hash
	ProgramRoot merkle.Hash
	ImageRoot   merkle.Hash // the VM guest image: the prestate of every game
	Class       market.Class
	ClassID     market.ClassID
}

// NewService computes the roots and class of m with the committed guest image.
func NewService(m *model.Model) (*Service, error) {
	if err := m.Check(); err != nil {
		return nil, err
	}
	s := &Service{Model: m}
	var err error
	if s.ModelRoot, err = m.Root(); err != nil {
		return nil, err
	}
	if s.ProgramRoot, err = m.Program.Root(); err != nil {
		return nil, err
	}
	if s.ImageRoot, _, err = guestimage.Root(); err != nil {
		return nil, fmt.Errorf("guest image: %w", err)
	}
	if m.Program.TraceHeight < 0 || m.Program.TraceHeight > market.MaxClassTraceHeight {
		return nil, fmt.Errorf("service: trace height %d outside 0 … %d", m.Program.TraceHeight, market.MaxClassTraceHeight)
	}
	s.Class = market.Class{ModelRoot: s.ModelRoot, ProgramRoot: s.ProgramRoot, ImageRoot: s.ImageRoot,
		TraceHeight: uint8(m.Program.TraceHeight), StepsLog2: DefaultStepsLog2}
	s.ClassID = s.Class.ID()
	return s, nil
}

// LoadService loads a GGUF model file as a service.
func LoadService(path string) (*Service, error) {
	m, err := model.Load(path)
	if err != nil {
		return nil, err
	}
	return NewService(m)
}

// Run executes the job input natively: input is the encoded input tensor
// (its merkle.BlobRoot is the job's InputRoot); the result carries the op
// trace and output is the encoded output tensor.
func (s *Service) Run(ctx context.Context, input []byte) (output []byte, res *model.Result, err error) {
	in, err := model.DecodeTensor(input)
	if err != nil {
		return nil, nil, fmt.Errorf("job input: %w", err)
	}
	res, err = s.Model.Run(ctx, in)
	if err != nil {
		return nil, nil, err
	}
	out, err := res.Output.Encode()
	if err != nil {
		return nil, nil, err
	}
	return out, res, nil
}
