package node

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/rmsnet/rms/market"
	"github.com/rmsnet/rms/merkle"
	"github.com/rmsnet/rms/model"
	"github.com/rmsnet/rms/model/gguf"
	"github.com/rmsnet/rms/model/llama"
	"github.com/rmsnet/rms/vm"
	"github.com/rmsnet/rms/vm/guestimage"
)

// Service is a model that providers run and users ask for: the model with
// the roots that make its class. Exactly one of Model (an op graph, such as
// MNIST) and Text (a LLaMA text model) is set.
type Service struct {
	// Name is the model's name (LoadService: the file's base name without
	// .gguf), what OpenAI-style requests call it.
	Name        string
	Model       *model.Model
	Text        *TextModel
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
	return s.finish(m.Program.TraceHeight)
}

// finish adds the guest image root and the class.
func (s *Service) finish(traceHeight int) (*Service, error) {
	var err error
	if s.ImageRoot, _, err = guestimage.Root(); err != nil {
		return nil, fmt.Errorf("guest image: %w", err)
	}
	if traceHeight < 0 || traceHeight > market.MaxClassTraceHeight {
		return nil, fmt.Errorf("service: trace height %d outside 0 … %d", traceHeight, market.MaxClassTraceHeight)
	}
	s.Class = market.Class{ModelRoot: s.ModelRoot, ProgramRoot: s.ProgramRoot, ImageRoot: s.ImageRoot,
		TraceHeight: uint8(traceHeight), StepsLog2: DefaultStepsLog2}
	s.ClassID = s.Class.ID()
	return s, nil
}

// LoadService loads a GGUF model file as a service: a LLaMA text model
// (general.architecture = llama) or a model of op graphs.
func LoadService(path string) (*Service, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("load model: %w", err)
	}
	f, err := gguf.Parse(b)
	if err != nil {
		return nil, fmt.Errorf("load model %s: %w", path, err)
	}
	name := strings.TrimSuffix(filepath.Base(path), ".gguf")
	if arch, _ := f.Get("general.architecture"); arch == llama.Arch {
		s, err := newTextService(b, f)
		if err != nil {
			return nil, fmt.Errorf("load model %s: %w", path, err)
		}
		s.Name = name
		return s, nil
	}
	m, _, err := model.FromGGUF(f)
	if err != nil {
		return nil, fmt.Errorf("load model %s: %w", path, err)
	}
	s, err := NewService(m)
	if err != nil {
		return nil, err
	}
	s.Name = name
	return s, nil
}

// TraceHeight is the class's trace height.
func (s *Service) TraceHeight() int { return int(s.Class.TraceHeight) }

// CheckInput checks that a job input blob is one the service runs: an
// encoded tensor, or for a text model a text job that fits its context.
func (s *Service) CheckInput(input []byte) error {
	if s.Text != nil {
		_, err := s.Text.decodeInput(input)
		return err
	}
	_, err := model.DecodeTensor(input)
	return err
}

// Run executes the job input natively: input is the encoded input tensor,
// or for a text model the encoded llama.Job (its merkle.BlobRoot is the
// job's InputRoot); the result carries the op trace and output is the
// encoded output tensor (for text, the I32 vector of the generated tokens).
func (s *Service) Run(ctx context.Context, input []byte) (output []byte, res *model.Result, err error) {
	if s.Text != nil {
		return s.Text.run(ctx, input)
	}
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

// OpJob re-runs a job input natively and returns what the guest may map to
// run any op of it in a game (vm.Job, or vm.TextJob for a text model, at
// the class's trace height); an error when the run's trace is not the one
// at the class's height that Run commits.
func (s *Service) OpJob(ctx context.Context, input []byte) (vm.OpJob, error) {
	if s.Text != nil {
		j, err := s.Text.decodeInput(input)
		if err != nil {
			return nil, fmt.Errorf("job input: %w", err)
		}
		tj, err := vm.NewTextJob(ctx, s.Text.File, s.Text.Program, j)
		if err != nil {
			return nil, err
		}
		if tj.Height != s.TraceHeight() {
			return nil, fmt.Errorf("text job: trace height %d, the class's is %d", tj.Height, s.TraceHeight())
		}
		return tj, nil
	}
	in, err := model.DecodeTensor(input)
	if err != nil {
		return nil, fmt.Errorf("job input: %w", err)
	}
	return vm.NewJob(ctx, s.Model, in)
}
