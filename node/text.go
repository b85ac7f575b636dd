package node

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"unicode/utf8"

	"github.com/rmsnet/rms/merkle"
	"github.com/rmsnet/rms/model"
	"github.com/rmsnet/rms/model/gguf"
	"github.com/rmsnet/rms/model/llama"
	"github.com/rmsnet/rms/model/manifest"
	"github.com/rmsnet/rms/model/tokenizer"
)

// TextModel is what a text service runs and what a user needs to speak to
// it: the LLaMA model, its tokenizer, the registered text program and the
// GGUF file, whose manifest model root (the tensor index, with the header)
// is the class's model root.
type TextModel struct {
	Model     *llama.Model
	Tokenizer *tokenizer.Tokenizer
	Program   llama.Program // its TraceHeight is the class's
	File      []byte
}

// ErrBadPrompt is returned (wrapped) for a prompt the model cannot run.
var ErrBadPrompt = errors.New("bad prompt")

// newTextService builds the service of a LLaMA GGUF file (its bytes).
func newTextService(file []byte, f *gguf.File) (*Service, error) {
	m, err := llama.Load(f)
	if err != nil {
		return nil, err
	}
	tok, err := tokenizer.FromGGUF(f)
	if err != nil {
		return nil, err
	}
	// Every job of a text class commits its accumulators at one height, the
	// class's and the program's: that of the longest trace the model's
	// context allows, so the guest commits at the height the node does.
	tm := &TextModel{Model: m, Tokenizer: tok, Program: llama.Program{EOS: tok.EOS, TraceHeight: m.MaxTraceHeight()}, File: file}
	root, err := manifest.ModelRoot(file) // the root of the tensor index the guest maps
	if err != nil {
		return nil, err
	}
	s := &Service{Text: tm, ModelRoot: root, ProgramRoot: merkle.BlobRoot(tm.Program.Encode())}
	return s.finish(tm.Program.TraceHeight)
}

// NewTextJob encodes a prompt (text, tokenized with BOS as the model asks)
// as a job input blob, greedy unless temperature is set.
func (t *TextModel) NewTextJob(prompt string, maxTokens int, temperature, topP float32, seed uint64) ([]byte, llama.Job, error) {
	ids := t.Tokenizer.Encode(prompt, t.Tokenizer.AddBOS, false)
	j := llama.Job{Prompt: ids, MaxTokens: maxTokens, Seed: seed, Temperature: temperature, TopP: topP}
	if err := t.checkJob(j); err != nil {
		return nil, j, err
	}
	b, err := llama.EncodeJob(j)
	if err != nil {
		return nil, j, fmt.Errorf("%w: %v", ErrBadPrompt, err)
	}
	return b, j, nil
}

func (t *TextModel) checkJob(j llama.Job) error {
	switch {
	case len(j.Prompt) == 0:
		return fmt.Errorf("%w: the prompt has no tokens", ErrBadPrompt)
	case j.MaxTokens < 1:
		return fmt.Errorf("%w: max tokens %d, want at least 1", ErrBadPrompt, j.MaxTokens)
	case len(j.Prompt)+j.MaxTokens > t.Model.Config.Context:
		return fmt.Errorf("%w: %d prompt tokens and %d new ones exceed the model's context of %d",
			ErrBadPrompt, len(j.Prompt), j.MaxTokens, t.Model.Config.Context)
	}
	if err := t.Model.CheckContext(len(j.Prompt), j.MaxTokens); err != nil { // the allowed context
		return fmt.Errorf("%w: %v", ErrBadPrompt, err)
	}
	for i, id := range j.Prompt {
		if id < 0 || id >= t.Model.Config.Vocab {
			return fmt.Errorf("%w: prompt token %d is %d, outside the vocabulary of %d", ErrBadPrompt, i, id, t.Model.Config.Vocab)
		}
	}
	return nil
}

// decodeInput parses and checks a job input blob.
func (t *TextModel) decodeInput(input []byte) (llama.Job, error) {
	j, err := llama.DecodeJob(input)
	if err != nil {
		return j, err
	}
	return j, t.checkJob(j)
}

// run generates natively: the output is the I32 tensor of the generated
// tokens; the result's trace is committed at the class's height. onToken
// (if set) is called with each token as it is drawn.
func (t *TextModel) run(ctx context.Context, input []byte, onToken func(int)) ([]byte, *model.Result, error) {
	j, err := t.decodeInput(input)
	if err != nil {
		return nil, nil, fmt.Errorf("job input: %w", err)
	}
	o := t.Program.RunOptions()
	o.OnToken = onToken
	r, err := t.Model.Run(ctx, j, o)
	if err != nil {
		return nil, nil, err
	}
	out := make([]int32, len(r.Tokens))
	for i, tok := range r.Tokens {
		out[i] = int32(tok)
	}
	ot, err := model.FromI32(out, len(out))
	if err != nil {
		return nil, nil, err
	}
	blob, err := ot.Encode()
	if err != nil {
		return nil, nil, err
	}
	// The last op (a sample) outputs every token drawn, so the claim's
	// output root is the last output of its trace (DESIGN §6) and commits
	// to the whole text (§5).
	if n := len(r.OpRoots); n == 0 || r.OpRoots[n-1] != r.OutputRoot {
		return nil, nil, errors.New("text run: the last op's output is not the generated tokens")
	}
	res := &model.Result{Output: ot, OutputRoot: r.OutputRoot, OpRoots: r.OpRoots, N: r.N, C: r.C}
	if res.Acc, res.TraceRoot, err = traceAt(t.Program.TraceHeight, r.OpRoots); err != nil {
		return nil, nil, err
	}
	if res.TraceRoot != r.TraceRoot {
		return nil, nil, fmt.Errorf("text run: trace root %s at the class height %d, the run's %s at height %d", res.TraceRoot, t.Program.TraceHeight, r.TraceRoot, r.Height)
	}
	return blob, res, nil
}

// traceAt returns the accumulators A_1 … A_N of outputs at height h and the
// trace root (A_N repeated up to 2^h).
func traceAt(h int, outputs []merkle.Hash) ([]merkle.Hash, merkle.Hash, error) {
	acc, err := merkle.NewAccumulator(h)
	if err != nil {
		return nil, merkle.Hash{}, err
	}
	list := make([]merkle.Hash, len(outputs))
	for i, r := range outputs {
		if list[i], err = acc.Append(r); err != nil {
			return nil, merkle.Hash{}, fmt.Errorf("trace: op %d: %w", i, err)
		}
	}
	if len(list) == 0 {
		return nil, merkle.Zero(h), nil
	}
	root, err := merkle.FilledRoot(list, h)
	return list, root, err
}

// Tokens reads an output blob of a text job: the generated token ids.
func (t *TextModel) Tokens(output []byte) ([]int, error) {
	ot, err := model.DecodeTensor(output)
	if err != nil {
		return nil, fmt.Errorf("text output: %w", err)
	}
	if ot.DType != model.I32 || len(ot.Shape) != 1 {
		return nil, fmt.Errorf("text output: %s %v, want an I32 vector of tokens", ot.DType, ot.Shape)
	}
	ids := make([]int, len(ot.I32))
	for i, v := range ot.I32 {
		if v < 0 || int(v) >= t.Model.Config.Vocab {
			return nil, fmt.Errorf("text output: token %d is %d, outside the vocabulary of %d", i, v, t.Model.Config.Vocab)
		}
		ids[i] = int(v)
	}
	return ids, nil
}

// Text decodes generated tokens (the end-of-text token has no text).
func (t *TextModel) Text(ids []int) string { return string(t.Tokenizer.Decode(ids)) }

// Pieces splits the text of ids into the pieces a stream sends, one per
// token where the bytes so far are whole UTF-8; joined they are Text(ids).
func (t *TextModel) Pieces(ids []int) []string {
	var out []string
	sent := 0
	for i := range ids {
		text := t.Tokenizer.Decode(ids[:i+1])
		if len(text) > sent && utf8.Valid(text[sent:]) {
			out = append(out, string(text[sent:]))
			sent = len(text)
		}
	}
	if text := t.Tokenizer.Decode(ids); len(text) > sent {
		out = append(out, string(text[sent:]))
	}
	return out
}

// FinishReason is "stop" when the text ended with the end-of-text token,
// "length" when it ran to max tokens.
func (t *TextModel) FinishReason(ids []int) string {
	if len(ids) > 0 && ids[len(ids)-1] == t.Program.EOS {
		return "stop"
	}
	return "length"
}

// Token progress: a text provider sends each token it draws as a progress
// frame of its job stream (p2p.SendProgress), 4 bytes big-endian; the user
// may show them before the claims are compared, marked unverified.

func encodeTokenProgress(tok int) []byte { return binary.BigEndian.AppendUint32(nil, uint32(tok)) }

// decodeTokenProgress reads a progress frame as a token of t's vocabulary.
func (t *TextModel) decodeTokenProgress(b []byte) (int, error) {
	if len(b) != 4 {
		return 0, fmt.Errorf("token progress of %d bytes, want 4", len(b))
	}
	tok := binary.BigEndian.Uint32(b)
	if uint64(tok) >= uint64(t.Model.Config.Vocab) {
		return 0, fmt.Errorf("token progress %d outside the vocabulary of %d", tok, t.Model.Config.Vocab)
	}
	return int(tok), nil
}
