package node

import (
	"bytes"
	"crypto/rand"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/rmsnet/rms/market"
	"github.com/rmsnet/rms/merkle"
)

// The OpenAI-style endpoints of the user node's API (POST /v1/completions,
// POST /v1/chat/completions, GET /v1/models): the request and response
// shapes of OpenAI's API, so that LLM clients use RMS unchanged, with one
// extra field, "rms", that carries the job and the claims backing the
// answer. A request's "model" names a text service the user node knows (its
// name, the GGUF file's base name, or its class id); empty picks the first.
//
// Streaming (stream: true) answers with server-sent events: "data: {chunk}"
// lines, then "data: [DONE]". While the K providers work, the tokens of the
// first one to draw a token are sent as they come (p2p progress frames),
// each chunk marked "rms": {"unverified": true, "provider": …}: a preview,
// since no claim has been checked yet. When the claims are in (and a
// disputed job's games have left one output standing), the rest of the
// verified text follows, one chunk per token where the bytes so far are
// whole UTF-8; the last chunk carries finish_reason and "rms" with the
// claims, and when the preview was not the beginning of the verified text,
// "correction": the verified text, which replaces everything streamed.

// Defaults of the OpenAI API where a request leaves a field out.
const (
	defaultCompletionTokens = 16 // /v1/completions' max_tokens
	defaultChatTokens       = 256
	maxOpenAIBody           = 1 << 20
)

// openAIRequest holds the fields of both endpoints. Unknown fields are
// refused; known fields that RMS does not support are refused unless they
// hold their default.
type openAIRequest struct {
	Model               string          `json:"model"`
	Prompt              json.RawMessage `json:"prompt"`
	Messages            []chatMessage   `json:"messages"`
	MaxTokens           *int            `json:"max_tokens"`
	MaxCompletionTokens *int            `json:"max_completion_tokens"`
	Temperature         *float64        `json:"temperature"`
	TopP                *float64        `json:"top_p"`
	Seed                *uint64         `json:"seed"`
	Stream              bool            `json:"stream"`
	StreamOptions       json.RawMessage `json:"stream_options"`
	N                   *int            `json:"n"`
	Stop                json.RawMessage `json:"stop"`
	Echo                bool            `json:"echo"`
	Logprobs            json.RawMessage `json:"logprobs"`
	PresencePenalty     float64         `json:"presence_penalty"`
	FrequencyPenalty    float64         `json:"frequency_penalty"`
	User                string          `json:"user"`
}

type chatMessage struct {
	Role    string          `json:"role"`
	Content json.RawMessage `json:"content"`
	Name    string          `json:"name,omitempty"`
}

// openAIError is OpenAI's error shape.
type openAIError struct {
	Message string  `json:"message"`
	Type    string  `json:"type"`
	Param   *string `json:"param"`
	Code    *string `json:"code"`
}

func writeOpenAIError(w http.ResponseWriter, status int, param, code string, err error) {
	e := openAIError{Message: err.Error(), Type: "invalid_request_error"}
	if status >= 500 {
		e.Type = "server_error"
	}
	if param != "" {
		e.Param = &param
	}
	if code != "" {
		e.Code = &code
	}
	writeJSON(w, status, map[string]openAIError{"error": e})
}

// badField is a request error about one field.
type badField struct {
	param string
	err   error
}

func (b *badField) Error() string { return b.err.Error() }

func fieldErr(param, format string, a ...any) *badField {
	return &badField{param: param, err: fmt.Errorf(format, a...)}
}

// RMSAnswer is the "rms" field of an answer: the job and the claims that
// back the text.
type RMSAnswer struct {
	Job        string     `json:"job"`
	Class      string     `json:"class"`
	State      string     `json:"state"` // agreed, disputed
	Agreed     bool       `json:"agreed"`
	OutputRoot string     `json:"output_root"`
	Providers  []string   `json:"providers"`
	Claims     []RMSClaim `json:"claims"`
	Errors     []string   `json:"errors,omitempty"`
	Games      any        `json:"games,omitempty"` // the dispute games of a disputed job
	// Streams only: the provider whose unverified tokens were previewed,
	// and the verified text when the preview was not its beginning.
	Preview    string  `json:"preview_provider,omitempty"`
	Correction *string `json:"correction,omitempty"`
}

// rmsPreview is the "rms" field of a streamed chunk of unverified tokens.
type rmsPreview struct {
	Unverified bool   `json:"unverified"`
	Provider   string `json:"provider"`
}

// RMSClaim is one signed claim of an answer.
type RMSClaim struct {
	Provider   string `json:"provider"`
	Peer       string `json:"peer"`
	Service    string `json:"service"`
	JobHash    string `json:"job_hash"`
	OutputRoot string `json:"output_root"`
	TraceRoot  string `json:"trace_root"`
	Signature  string `json:"signature"`
}

func rmsAnswer(class market.ClassID, res *Result) *RMSAnswer {
	a := &RMSAnswer{Job: res.JobHash.Hex(), Class: class.Hex(), State: res.State, Agreed: res.State == StateAgreed,
		OutputRoot: merkle.BlobRoot(res.Output).Hex(), Errors: res.Errors, Providers: []string{}, Claims: []RMSClaim{}}
	for _, c := range res.Claims {
		a.Providers = append(a.Providers, c.Claim.Provider.Hex())
		a.Claims = append(a.Claims, RMSClaim{Provider: c.Claim.Provider.Hex(), Peer: c.Peer, Service: c.Service.Hex(),
			JobHash: c.Claim.JobHash.Hex(), OutputRoot: c.Claim.OutputRoot.Hex(), TraceRoot: c.Claim.TraceRoot.Hex(),
			Signature: hexutil.Encode(c.Claim.Sig[:])})
	}
	if len(res.Games) > 0 {
		a.Games = res.Games
	}
	return a
}

type usage struct {
	PromptTokens     int `json:"prompt_tokens"`
	CompletionTokens int `json:"completion_tokens"`
	TotalTokens      int `json:"total_tokens"`
}

// openAIRoutes adds the OpenAI-style endpoints for user's text services.
func openAIRoutes(mux *http.ServeMux, user *User) {
	mux.HandleFunc("GET /v1/models", func(w http.ResponseWriter, r *http.Request) {
		type entry struct {
			ID      string `json:"id"`
			Object  string `json:"object"`
			Created int64  `json:"created"`
			OwnedBy string `json:"owned_by"`
			Class   string `json:"class"`
		}
		out := []entry{}
		var svcs []*Service
		if user != nil {
			svcs = user.TextServices()
		}
		for _, s := range svcs {
			out = append(out, entry{ID: s.Name, Object: "model", OwnedBy: "rms", Class: s.ClassID.Hex()})
		}
		writeJSON(w, http.StatusOK, map[string]any{"object": "list", "data": out})
	})
	mux.HandleFunc("POST /v1/completions", func(w http.ResponseWriter, r *http.Request) { serveOpenAI(w, r, user, false) })
	mux.HandleFunc("POST /v1/chat/completions", func(w http.ResponseWriter, r *http.Request) { serveOpenAI(w, r, user, true) })
}

func serveOpenAI(w http.ResponseWriter, r *http.Request, user *User, chat bool) {
	if user == nil {
		writeOpenAIError(w, http.StatusNotImplemented, "", "", errors.New("this node does not run the user role (rms node --user)"))
		return
	}
	var req openAIRequest
	body, err := io.ReadAll(io.LimitReader(r.Body, maxOpenAIBody+1))
	if err != nil {
		writeOpenAIError(w, http.StatusBadRequest, "", "", fmt.Errorf("request body: %w", err))
		return
	}
	if len(body) > maxOpenAIBody {
		writeOpenAIError(w, http.StatusRequestEntityTooLarge, "", "", fmt.Errorf("request body over %d bytes", maxOpenAIBody))
		return
	}
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&req); err != nil {
		writeOpenAIError(w, http.StatusBadRequest, "", "", fmt.Errorf("request body: %w", err))
		return
	}
	if dec.More() {
		writeOpenAIError(w, http.StatusBadRequest, "", "", errors.New("request body: more than one JSON value"))
		return
	}
	svc, err := user.textService(req.Model)
	if err != nil {
		writeOpenAIError(w, http.StatusNotFound, "model", "model_not_found", err)
		return
	}
	input, prompt, err := buildTextJob(&req, svc.Text, chat)
	if err != nil {
		var bf *badField
		param := ""
		if errors.As(err, &bf) {
			param = bf.param
		}
		writeOpenAIError(w, http.StatusBadRequest, param, "", err)
		return
	}
	created := time.Now().Unix()
	tm := svc.Text
	// A stream's id is the request's own: the job hash is known only once
	// the job is signed ("rms" carries it).
	var idb [8]byte
	rand.Read(idb[:])
	streamID := hexutil.Encode(idb[:])[2:]
	chunk := func(choice map[string]any, rms any, u *usage) map[string]any {
		c := map[string]any{"id": "cmpl-" + streamID, "object": "text_completion", "created": created, "model": svc.Name,
			"choices": []map[string]any{choice}}
		if chat {
			c["id"], c["object"] = "chatcmpl-"+streamID, "chat.completion.chunk"
		}
		if rms != nil {
			c["rms"] = rms
		}
		if u != nil {
			c["usage"] = u
		}
		return c
	}
	piece := func(text string) map[string]any {
		if chat {
			return map[string]any{"index": 0, "delta": map[string]string{"content": text}, "finish_reason": nil}
		}
		return map[string]any{"index": 0, "text": text, "logprobs": nil, "finish_reason": nil}
	}
	var (
		flush   func()
		mu      sync.Mutex // the preview's writes, until Submit returns
		closed  bool
		preview []int
		from    common.Address
		sent    int // bytes of preview text sent
		opts    []SubmitOption
	)
	if req.Stream {
		// Headers go out at once, so a client sees the stream open while the
		// providers work.
		w.Header().Set("Content-Type", "text/event-stream")
		w.Header().Set("Cache-Control", "no-cache")
		w.WriteHeader(http.StatusOK)
		rc := http.NewResponseController(w)
		flush = func() { rc.Flush() }
		if chat {
			writeEvent(w, chunk(map[string]any{"index": 0, "delta": map[string]string{"role": "assistant", "content": ""}, "finish_reason": nil}, nil, nil))
		}
		flush()
		opts = append(opts, WithTokens(func(p common.Address, tok int) {
			mu.Lock()
			defer mu.Unlock()
			if closed {
				return
			}
			from, preview = p, append(preview, tok)
			text := tm.Tokenizer.Decode(preview)
			if len(text) > sent && utf8.Valid(text[sent:]) {
				writeEvent(w, chunk(piece(string(text[sent:])), rmsPreview{Unverified: true, Provider: p.Hex()}, nil))
				flush()
				sent = len(text)
			}
		}))
	}
	res, err := user.Submit(r.Context(), svc.ClassID, input, opts...)
	mu.Lock()
	closed = true
	mu.Unlock()
	if err == nil && res != nil && res.State == StateDisputed {
		// The answer is the output the games leave standing.
		res, err = user.Wait(r.Context(), res.JobHash)
	}
	if err != nil && (res == nil || res.State == StateFailed) {
		if res == nil {
			err = fmt.Errorf("job: %w", err)
		}
		if req.Stream {
			writeEvent(w, map[string]openAIError{"error": {Message: err.Error(), Type: "server_error"}})
			fmt.Fprint(w, "data: [DONE]\n\n")
			flush()
			return
		}
		writeOpenAIError(w, http.StatusBadGateway, "", "", err)
		return
	}
	ids := res.Tokens
	text := res.Text
	finish := tm.FinishReason(ids)
	rms := rmsAnswer(svc.ClassID, res)
	id := res.JobHash.Hex()[2:]
	u := usage{PromptTokens: prompt, CompletionTokens: len(ids), TotalTokens: prompt + len(ids)}
	if !req.Stream {
		if chat {
			writeJSON(w, http.StatusOK, map[string]any{
				"id": "chatcmpl-" + id, "object": "chat.completion", "created": created, "model": svc.Name,
				"choices": []map[string]any{{"index": 0, "message": map[string]string{"role": "assistant", "content": text},
					"logprobs": nil, "finish_reason": finish}},
				"usage": u, "rms": rms})
			return
		}
		writeJSON(w, http.StatusOK, map[string]any{
			"id": "cmpl-" + id, "object": "text_completion", "created": created, "model": svc.Name,
			"choices": []map[string]any{{"index": 0, "text": text, "logprobs": nil, "finish_reason": finish}},
			"usage":   u, "rms": rms})
		return
	}
	if from != (common.Address{}) {
		rms.Preview = from.Hex()
	}
	if rest, ok := tm.piecesAfter(ids, tm.Tokenizer.Decode(preview)[:sent]); ok {
		for _, p := range rest {
			writeEvent(w, chunk(piece(p), nil, nil))
		}
	} else {
		// The preview was not the verified text's beginning: say so, with
		// the text that stands.
		rms.Correction = &text
	}
	if chat {
		writeEvent(w, chunk(map[string]any{"index": 0, "delta": map[string]string{}, "finish_reason": finish}, rms, &u))
	} else {
		writeEvent(w, chunk(map[string]any{"index": 0, "text": "", "logprobs": nil, "finish_reason": finish}, rms, &u))
	}
	fmt.Fprint(w, "data: [DONE]\n\n")
	flush()
}

func writeEvent(w io.Writer, v any) {
	b, _ := json.Marshal(v)
	fmt.Fprintf(w, "data: %s\n\n", b)
}

// buildTextJob checks a request and encodes its job input; it returns the
// input blob and the number of prompt tokens.
func buildTextJob(req *openAIRequest, tm *TextModel, chat bool) ([]byte, int, error) {
	switch {
	case req.N != nil && *req.N != 1:
		return nil, 0, fieldErr("n", "n is %d: one choice per request", *req.N)
	case len(req.Stop) > 0 && string(req.Stop) != "null":
		return nil, 0, fieldErr("stop", "stop sequences are not supported (the text ends at the end-of-text token or max_tokens)")
	case req.Echo:
		return nil, 0, fieldErr("echo", "echo is not supported")
	case len(req.Logprobs) > 0 && string(req.Logprobs) != "null" && string(req.Logprobs) != "false":
		return nil, 0, fieldErr("logprobs", "logprobs are not supported")
	case req.PresencePenalty != 0 || req.FrequencyPenalty != 0:
		return nil, 0, fieldErr("presence_penalty", "presence and frequency penalties are not supported")
	}
	var prompt string
	if chat {
		if len(req.Prompt) > 0 {
			return nil, 0, fieldErr("prompt", "chat completions take messages, not prompt")
		}
		p, err := chatPrompt(req.Messages)
		if err != nil {
			return nil, 0, err
		}
		prompt = p
	} else {
		if req.Messages != nil {
			return nil, 0, fieldErr("messages", "completions take prompt, not messages (see /v1/chat/completions)")
		}
		p, err := completionPrompt(req.Prompt)
		if err != nil {
			return nil, 0, err
		}
		prompt = p
	}
	ids := tm.Tokenizer.Encode(prompt, tm.Tokenizer.AddBOS, false)
	ctx := tm.Model.AllowedContext() // the model's context, or less where an op would be above the VM bound
	maxTokens := defaultCompletionTokens
	if chat {
		maxTokens = min(defaultChatTokens, ctx-len(ids))
	}
	param := "max_tokens"
	if req.MaxCompletionTokens != nil {
		maxTokens, param = *req.MaxCompletionTokens, "max_completion_tokens"
	}
	if req.MaxTokens != nil {
		maxTokens, param = *req.MaxTokens, "max_tokens"
	}
	if maxTokens < 1 {
		return nil, 0, fieldErr(param, "%s is %d, want at least 1", param, maxTokens)
	}
	if len(ids)+maxTokens > ctx {
		return nil, 0, fieldErr(param, "%d prompt tokens and %s %d exceed the model's context of %d tokens", len(ids), param, maxTokens, ctx)
	}
	temp, topP := 1.0, 1.0 // OpenAI's defaults
	if req.Temperature != nil {
		temp = *req.Temperature
	}
	if req.TopP != nil {
		topP = *req.TopP
	}
	if !(temp >= 0 && temp <= 2) {
		return nil, 0, fieldErr("temperature", "temperature %v outside [0, 2]", temp)
	}
	if !(topP > 0 && topP <= 1) {
		return nil, 0, fieldErr("top_p", "top_p %v outside (0, 1]", topP)
	}
	var seed uint64
	if req.Seed != nil {
		seed = *req.Seed
	} else if temp > 0 {
		var b [8]byte
		rand.Read(b[:])
		seed = binary.LittleEndian.Uint64(b[:])
	}
	input, _, err := tm.NewTextJob(prompt, maxTokens, float32(temp), float32(topP), seed)
	if err != nil {
		return nil, 0, fieldErr("prompt", "%v", err)
	}
	return input, len(ids), nil
}

// completionPrompt reads a completion's prompt: a string, or an array of
// one string.
func completionPrompt(raw json.RawMessage) (string, error) {
	if len(raw) == 0 || string(raw) == "null" {
		return "", fieldErr("prompt", "prompt is required")
	}
	var s string
	if err := json.Unmarshal(raw, &s); err == nil {
		if s == "" {
			return "", fieldErr("prompt", "prompt is empty")
		}
		return s, nil
	}
	var list []string
	if err := json.Unmarshal(raw, &list); err != nil {
		return "", fieldErr("prompt", "prompt must be a string or an array of one string (token arrays are not supported)")
	}
	if len(list) != 1 || list[0] == "" {
		return "", fieldErr("prompt", "prompt is an array of %d strings: one non-empty prompt per request", len(list))
	}
	return list[0], nil
}

// chatPrompt renders messages with the node's one chat template: each
// message as "Role: content" on its own line, then "Assistant:" for the
// answer. (A GGUF's Jinja chat template is not run.)
func chatPrompt(msgs []chatMessage) (string, error) {
	if len(msgs) == 0 {
		return "", fieldErr("messages", "messages is required and must not be empty")
	}
	var b strings.Builder
	for i, m := range msgs {
		var role string
		switch m.Role {
		case "system", "developer":
			role = "System"
		case "user":
			role = "User"
		case "assistant":
			role = "Assistant"
		default:
			return "", fieldErr(fmt.Sprintf("messages[%d].role", i), "messages[%d].role is %q: want system, developer, user or assistant", i, m.Role)
		}
		text, err := messageText(m.Content)
		if err != nil {
			return "", fieldErr(fmt.Sprintf("messages[%d].content", i), "messages[%d].content: %v", i, err)
		}
		fmt.Fprintf(&b, "%s: %s\n", role, text)
	}
	b.WriteString("Assistant:")
	return b.String(), nil
}

// messageText reads a message's content: a string, or an array of text parts.
func messageText(raw json.RawMessage) (string, error) {
	var s string
	if err := json.Unmarshal(raw, &s); err == nil {
		return s, nil
	}
	var parts []struct {
		Type string `json:"type"`
		Text string `json:"text"`
	}
	if err := json.Unmarshal(raw, &parts); err != nil {
		return "", errors.New("want a string or an array of text parts")
	}
	var b strings.Builder
	for _, p := range parts {
		if p.Type != "text" {
			return "", fmt.Errorf("part of type %q: only text parts are supported", p.Type)
		}
		b.WriteString(p.Text)
	}
	return b.String(), nil
}

// piecesAfter returns the stream pieces of the text of ids after the bytes
// sent, or false when sent is not the text's beginning.
func (t *TextModel) piecesAfter(ids []int, sent []byte) ([]string, bool) {
	if !bytes.HasPrefix(t.Tokenizer.Decode(ids), sent) {
		return nil, false
	}
	var out []string
	done := 0
	for _, p := range t.Pieces(ids) {
		start := done
		done += len(p)
		if done > len(sent) {
			out = append(out, p[max(len(sent)-start, 0):])
		}
	}
	return out, true
}
