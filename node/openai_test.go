package node

import (
	"bufio"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/rmsnet/rms/model/llama"
)

// openAIServer serves the API of the devnet's user on loopback and returns
// its base URL and token.
func openAIServer(t *testing.T, d *Devnet) (string, string) {
	t.Helper()
	token := strings.Repeat("ab", 32)
	addr, stop, err := serveHTTP(context.Background(), "127.0.0.1:0", apiHandler(token, func() Status { return Status{} }, d.userP.Store, d.User))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { stop() })
	return "http://" + addr, token
}

type apiCall struct {
	path, body string
	header     map[string]string
}

func call(t *testing.T, base, token string, c apiCall) (*http.Response, []byte) {
	t.Helper()
	req, err := http.NewRequest("POST", base+c.path, strings.NewReader(c.body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	for k, v := range c.header {
		req.Header.Set(k, v)
	}
	resp, err := (&http.Client{Timeout: time.Minute}).Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp, b
}

type completion struct {
	ID      string `json:"id"`
	Object  string `json:"object"`
	Model   string `json:"model"`
	Choices []struct {
		Text    string `json:"text"`
		Message struct {
			Role    string `json:"role"`
			Content string `json:"content"`
		} `json:"message"`
		Delta struct {
			Role    string `json:"role"`
			Content string `json:"content"`
		} `json:"delta"`
		FinishReason *string `json:"finish_reason"`
	} `json:"choices"`
	Usage *usage     `json:"usage"`
	RMS   *RMSAnswer `json:"rms"`
	Error *openAIError
	raw   []byte
}

// preview reads the "rms" of a chunk of unverified tokens.
func (c completion) preview() (rmsPreview, bool) {
	var p struct {
		RMS *rmsPreview `json:"rms"`
	}
	if json.Unmarshal(c.raw, &p) != nil || p.RMS == nil || !p.RMS.Unverified {
		return rmsPreview{}, false
	}
	return *p.RMS, true
}

// events parses a server-sent event stream: every data line before [DONE].
func events(t *testing.T, b []byte) []completion {
	t.Helper()
	var out []completion
	sc := bufio.NewScanner(strings.NewReader(string(b)))
	done := false
	for sc.Scan() {
		line := sc.Text()
		if line == "" {
			continue
		}
		data, ok := strings.CutPrefix(line, "data: ")
		if !ok || done {
			t.Fatalf("stream line %q (after [DONE]: %v)", line, done)
		}
		if data == "[DONE]" {
			done = true
			continue
		}
		var c completion
		if err := json.Unmarshal([]byte(data), &c); err != nil {
			t.Fatalf("chunk %q: %v", data, err)
		}
		c.raw = []byte(data)
		out = append(out, c)
	}
	if !done || len(out) == 0 {
		t.Fatalf("stream without [DONE] or chunks: %q", b)
	}
	return out
}

// TestOpenAICompletions: /v1/completions and /v1/chat/completions with a
// real HTTP client against a devnet-backed user node: greedy text equals
// llama.cpp's, streamed chunks join to the same text, every answer carries
// the agreeing claims, and bad requests get 4xx naming the problem.
func TestOpenAICompletions(t *testing.T) {
	d := startTextDevnet(t, 2)
	svc := storiesService(t)
	base, token := openAIServer(t, d)
	providers := map[string]bool{}
	for _, p := range d.providerP {
		providers[p.Address().Hex()] = true
	}
	checkRMS := func(t *testing.T, r *RMSAnswer) {
		t.Helper()
		if r == nil || !r.Agreed || r.State != StateAgreed || r.Class != svc.ClassID.Hex() || len(r.Claims) != 2 {
			t.Fatalf("rms %+v", r)
		}
		for _, c := range r.Claims {
			if !providers[c.Provider] || c.JobHash != r.Job || c.OutputRoot != r.OutputRoot || len(c.Signature) != 132 {
				t.Fatalf("claim %+v of answer %s", c, r.Job)
			}
		}
	}

	// Completions, whole and streamed.
	body := `{"model":"stories260K","prompt":"` + refPrompt + `","max_tokens":32,"temperature":0}`
	resp, b := call(t, base, token, apiCall{path: "/v1/completions", body: body})
	var c completion
	if resp.StatusCode != 200 || json.Unmarshal(b, &c) != nil || len(c.Choices) != 1 {
		t.Fatalf("completion: %s %s", resp.Status, b)
	}
	if c.Object != "text_completion" || c.Choices[0].Text != refText32 || *c.Choices[0].FinishReason != "length" ||
		c.Usage.PromptTokens != 5 || c.Usage.CompletionTokens != 32 || c.Usage.TotalTokens != 37 {
		t.Fatalf("completion %s", b)
	}
	checkRMS(t, c.RMS)
	resp, b = call(t, base, token, apiCall{path: "/v1/completions", body: strings.Replace(body, `"temperature":0`, `"temperature":0,"stream":true`, 1)})
	if resp.StatusCode != 200 || resp.Header.Get("Content-Type") != "text/event-stream" {
		t.Fatalf("stream: %s %s", resp.Status, resp.Header.Get("Content-Type"))
	}
	chunks := events(t, b)
	var joined strings.Builder
	previewed, verified := 0, false
	for i, ch := range chunks {
		joined.WriteString(ch.Choices[0].Text)
		p, isPreview := ch.preview()
		last := i == len(chunks)-1
		if last != (ch.Choices[0].FinishReason != nil) || last != (ch.RMS != nil && !isPreview) {
			t.Fatalf("chunk %d of %d: finish %v, rms %v", i, len(chunks), ch.Choices[0].FinishReason, ch.RMS != nil)
		}
		// Unverified tokens of one provider first, then the verified rest.
		switch {
		case isPreview && (verified || !providers[p.Provider]):
			t.Fatalf("chunk %d: preview %+v after verified chunks or from a stranger", i, p)
		case isPreview:
			previewed++
		default:
			verified = true
		}
	}
	last := chunks[len(chunks)-1].RMS
	if joined.String() != refText32 || len(chunks) < 10 || previewed == 0 || !providers[last.Preview] || last.Correction != nil {
		t.Fatalf("%d chunks (%d previewed from %s, correction %v) join to %q", len(chunks), previewed, last.Preview, last.Correction, joined.String())
	}
	checkRMS(t, last)

	// Chat, whole and streamed: the text is the native greedy generation of
	// the chat template's prompt.
	chatBody := `{"model":"` + svc.ClassID.Hex() + `","messages":[{"role":"system","content":"Tell a story."},{"role":"user","content":[{"type":"text","text":"Once upon a time"}]}],"max_tokens":24,"temperature":0,"seed":5}`
	prompt := "System: Tell a story.\nUser: Once upon a time\nAssistant:"
	ids := svc.Text.Tokenizer.Encode(prompt, true, false)
	nat, err := svc.Text.Model.Run(context.Background(), llama.Job{Prompt: ids, MaxTokens: 24}, llama.RunOptions{EOS: svc.Text.Program.EOS, NoTrace: true})
	if err != nil {
		t.Fatal(err)
	}
	want := svc.Text.Text(nat.Tokens)
	resp, b = call(t, base, token, apiCall{path: "/v1/chat/completions", body: chatBody})
	c = completion{}
	if resp.StatusCode != 200 || json.Unmarshal(b, &c) != nil || len(c.Choices) != 1 {
		t.Fatalf("chat: %s %s", resp.Status, b)
	}
	if c.Object != "chat.completion" || c.Choices[0].Message.Role != "assistant" || c.Choices[0].Message.Content != want || want == "" {
		t.Fatalf("chat %s, want content %q", b, want)
	}
	checkRMS(t, c.RMS)
	resp, b = call(t, base, token, apiCall{path: "/v1/chat/completions", body: strings.Replace(chatBody, `"seed":5`, `"seed":5,"stream":true`, 1)})
	if resp.StatusCode != 200 {
		t.Fatalf("chat stream: %s %s", resp.Status, b)
	}
	chunks = events(t, b)
	joined.Reset()
	for _, ch := range chunks {
		if ch.Object != "chat.completion.chunk" || ch.ID != chunks[0].ID {
			t.Fatalf("chunk object %q, id %q", ch.Object, ch.ID)
		}
		joined.WriteString(ch.Choices[0].Delta.Content)
	}
	if chunks[0].Choices[0].Delta.Role != "assistant" || joined.String() != want {
		t.Fatalf("chat chunks join to %q, want %q", joined.String(), want)
	}

	// Sampling is part of the job: the same seed gives the same text (the
	// providers agree on it), whatever the temperature.
	sampled := `{"prompt":"` + refPrompt + `","max_tokens":20,"temperature":0.9,"top_p":0.9,"seed":42}`
	var texts []string
	for range 2 {
		resp, b = call(t, base, token, apiCall{path: "/v1/completions", body: sampled})
		c = completion{}
		if resp.StatusCode != 200 || json.Unmarshal(b, &c) != nil {
			t.Fatalf("sampled: %s %s", resp.Status, b)
		}
		checkRMS(t, c.RMS)
		texts = append(texts, c.Choices[0].Text)
	}
	if texts[0] != texts[1] || texts[0] == refText32[:len(texts[0])] {
		t.Fatalf("sampled texts %q", texts)
	}

	for _, tc := range []struct {
		name   string
		call   apiCall
		token  string
		status int
		want   string
	}{
		{"no token", apiCall{path: "/v1/completions", body: body}, "-", 401, "bearer token"},
		{"cross-origin", apiCall{path: "/v1/chat/completions", body: chatBody, header: map[string]string{"Origin": "http://evil.example"}}, "", 403, "cross-origin"},
		{"not JSON", apiCall{path: "/v1/completions", body: `{"prompt":`}, "", 400, "request body"},
		{"unknown field", apiCall{path: "/v1/completions", body: `{"prompt":"a","best_of":2}`}, "", 400, "best_of"},
		{"no prompt", apiCall{path: "/v1/completions", body: `{"max_tokens":4}`}, "", 400, "prompt is required"},
		{"token prompt", apiCall{path: "/v1/completions", body: `{"prompt":[1,2]}`}, "", 400, "token arrays"},
		{"zero max tokens", apiCall{path: "/v1/completions", body: `{"prompt":"a","max_tokens":0}`}, "", 400, "max_tokens is 0"},
		{"past the context", apiCall{path: "/v1/completions", body: `{"prompt":"a","max_tokens":100000}`}, "", 400, "exceed the model's context"},
		{"two choices", apiCall{path: "/v1/completions", body: `{"prompt":"a","n":2}`}, "", 400, "one choice"},
		{"stop", apiCall{path: "/v1/completions", body: `{"prompt":"a","stop":["."]}`}, "", 400, "stop sequences"},
		{"hot", apiCall{path: "/v1/completions", body: `{"prompt":"a","temperature":3}`}, "", 400, "temperature 3"},
		{"unknown model", apiCall{path: "/v1/completions", body: `{"model":"gpt-4","prompt":"a"}`}, "", 404, "does not exist here"},
		{"messages to completions", apiCall{path: "/v1/completions", body: `{"messages":[{"role":"user","content":"a"}]}`}, "", 400, "take prompt"},
		{"no messages", apiCall{path: "/v1/chat/completions", body: `{"messages":[]}`}, "", 400, "messages is required"},
		{"bad role", apiCall{path: "/v1/chat/completions", body: `{"messages":[{"role":"robot","content":"a"}]}`}, "", 400, "want system, developer, user or assistant"},
		{"image part", apiCall{path: "/v1/chat/completions", body: `{"messages":[{"role":"user","content":[{"type":"image_url"}]}]}`}, "", 400, "only text parts"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tok := token
			if tc.token == "-" {
				tok = ""
			}
			resp, b := call(t, base, tok, tc.call)
			if resp.StatusCode != tc.status || !strings.Contains(string(b), tc.want) {
				t.Fatalf("%s %s, want %d with %q", resp.Status, b, tc.status, tc.want)
			}
		})
	}
}

// TestPiecesAfter: what a stream sends after a preview: the verified text's
// pieces past the bytes already sent (split inside a piece if need be), or
// a correction when the preview is not the verified text's beginning.
func TestPiecesAfter(t *testing.T) {
	tm := storiesService(t).Text
	ids := tm.Tokenizer.Encode(refText32, false, false)
	text := tm.Text(ids)
	if text != refText32 {
		t.Fatalf("round trip %q", text)
	}
	for _, tc := range []struct {
		name string
		sent string
		ok   bool
	}{
		{"no preview", "", true},
		{"a token", tm.Text(ids[:1]), true},
		{"inside a piece", refText32[:9], true},
		{"all of it", refText32, true},
		{"another text", ", there was a big dog", false},
		{"longer", refText32 + " more", false},
	} {
		rest, ok := tm.piecesAfter(ids, []byte(tc.sent))
		if ok != tc.ok || (ok && tc.sent+strings.Join(rest, "") != text) {
			t.Errorf("%s: %q, %v; want ok %v", tc.name, rest, ok, tc.ok)
		}
		if ok && len(tc.sent) < len(text) && len(rest) == 0 {
			t.Errorf("%s: nothing after %d of %d bytes", tc.name, len(tc.sent), len(text))
		}
	}
}
