package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math/big"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/rmsnet/rms/dispute"
	"github.com/rmsnet/rms/market"
	"github.com/rmsnet/rms/merkle"
	"github.com/rmsnet/rms/model"
)

func init() {
	register(command{Name: "oracle request", Summary: "request inference on chain (oracle mode), directly or through a consumer contract", Run: runOracleRequest})
	register(command{Name: "oracle show", Summary: "show an oracle request: its answers, state and final result", Run: runOracleShow})
	register(command{Name: "oracle finalize", Summary: "make an oracle request's result final after its windows: pay the fee, call back", Run: runOracleFinalize})
	register(command{Name: "oracle consumer", Summary: "deploy the example consumer contract of a class (contracts/src/examples/OracleConsumer.sol)", Run: runOracleConsumer})
}

// dialRequests dials the chain of cf and returns its session with the
// deployment's InferenceRequests contract.
func (cf *chainFlags) dialRequests(ctx context.Context) (*session, *dispute.Requests, error) {
	s, err := cf.dial(ctx)
	if err != nil {
		return nil, nil, err
	}
	if s.dep.Requests == (common.Address{}) {
		s.Close()
		return nil, nil, errors.New("the deployment has no InferenceRequests contract")
	}
	return s, dispute.NewRequests(s.client, s.dep.Requests), nil
}

// parseWithID parses a command's flags and its one positional argument, a
// request id, given before or after the flags.
func parseWithID(fs *flag.FlagSet, args []string) (uint64, error) {
	var arg string
	if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		arg, args = args[0], args[1:]
		if err := parseFlags(fs, args); err != nil {
			return 0, err
		}
	} else {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return 0, err
			}
			return 0, fmt.Errorf("%w: %v", errUsage, err)
		}
		if fs.NArg() != 1 {
			return 0, fmt.Errorf("%w: give the request id", errUsage)
		}
		arg = fs.Arg(0)
	}
	id, err := strconv.ParseUint(arg, 10, 64)
	if err != nil {
		return 0, fmt.Errorf("%w: request id %q: want a number", errUsage, arg)
	}
	return id, nil
}

func runOracleRequest(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("oracle request", stderr)
	var cf chainFlags
	cf.add(fs, true)
	var inf inputFlags
	inf.add(fs)
	modelPath := fs.String("model", "", "with --prompt: the text model's GGUF (its tokenizer encodes the prompt)")
	callback := fs.String("callback", "", "contract whose inferenceResult(id, outputRoot, output) gets the result (default: none)")
	consumer := fs.String("consumer", "", "request through this consumer contract's ask(input) (`rms oracle consumer` deploys one): it is the requester and the callback")
	fee := fs.String("fee", "1gwei", "the fee paid to the provider whose claim stands (wei, or with a unit: gwei, eth)")
	asJSON := fs.Bool("json", false, "print the request as JSON")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if err := inf.check(); err != nil {
		return err
	}
	if *inf.inputCID != "" {
		return fmt.Errorf("%w: oracle request: --input-cid is not taken here (a request carries its input inline)", errUsage)
	}
	if *callback != "" && *consumer != "" {
		return fmt.Errorf("%w: give --callback or --consumer, not both (a consumer is its own callback)", errUsage)
	}
	var cb, via common.Address
	var err error
	if *callback != "" {
		if cb, err = parseAddress("callback", *callback); err != nil {
			return err
		}
	}
	if *consumer != "" {
		if via, err = parseAddress("consumer", *consumer); err != nil {
			return err
		}
	}
	wei, err := parseAmount("fee", *fee)
	if err != nil {
		return err
	}
	blob, class, _, err := inf.blob(*modelPath, false)
	if err != nil {
		return err
	}
	if len(blob) > dispute.MaxRequestInput {
		return fmt.Errorf("%w: the input is %d bytes, a request takes at most %d", errUsage, len(blob), dispute.MaxRequestInput)
	}
	key, err := cf.loadKey()
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(ctx, chainTimeout)
	defer cancel()
	s, reqs, err := cf.dialRequests(ctx)
	if err != nil {
		return err
	}
	defer s.Close()
	tx := s.txManager(key)
	var id uint64
	if via != (common.Address{}) {
		c := dispute.NewConsumer(s.client, via)
		if got, err := c.Class(ctx); err != nil {
			return err
		} else if got != class {
			return fmt.Errorf("%w: the consumer %s asks for class %s, not %s", errUsage, via.Hex(), got.Hex(), class.Hex())
		}
		if id, _, err = c.Ask(ctx, tx, blob, wei); err != nil {
			return err
		}
	} else if id, _, err = reqs.Request(ctx, tx, class, blob, wei, cb); err != nil {
		return err
	}
	info, err := reqs.Info(ctx, id)
	if err != nil {
		return err
	}
	if *asJSON {
		return json.NewEncoder(stdout).Encode(map[string]any{"request": id, "class": class, "input_root": info.InputRoot,
			"requester": info.Requester, "callback": info.Callback, "fee": info.Fee.String(),
			"window_ends": info.WindowEnds, "final_after": info.FinalAfter})
	}
	fmt.Fprintf(stdout, "request     %d\nclass       %s\ninput root  %s\nfee         %s wei\nwindow ends %s\nfinal after %s\n", id, class.Hex(),
		info.InputRoot.Hex(), info.Fee, unixTime(info.WindowEnds), unixTime(info.FinalAfter))
	return nil
}

// oracleAnswer is a posted claim as `rms oracle show` prints it.
type oracleAnswer struct {
	dispute.Answer
	Defeated bool   `json:"defeated"`
	Label    *int32 `json:"label,omitempty"`
}

// oracleView is a request as `rms oracle show` prints it.
type oracleView struct {
	*dispute.RequestInfo
	// State: answering (in the challenge window), disputable (claims can
	// still be taken to a game), finalizable, or final.
	State   string          `json:"state"`
	Answers []oracleAnswer  `json:"answers"`
	Result  *oracleResult   `json:"result,omitempty"`
	Stored  *consumerResult `json:"consumer,omitempty"`
}

// oracleResult is a final request's result (its Finalized event).
type oracleResult struct {
	OutputRoot common.Hash    `json:"output_root"` // zero: no claim stood, the fee was refunded
	Paid       common.Address `json:"paid"`
	Fee        string         `json:"fee"`
	CallbackOK bool           `json:"callback_ok"`
	Label      *int32         `json:"label,omitempty"`
}

// consumerResult is what a consumer contract stored of the request.
type consumerResult struct {
	Address common.Address `json:"address"`
	*dispute.ConsumerResult
	Label *int32 `json:"label,omitempty"`
}

// outputLabel is the label of an output that is one int32 (a classifier's).
func outputLabel(out []byte) *int32 {
	t, err := model.DecodeTensor(out)
	if err != nil || t.DType != model.I32 || len(t.I32) != 1 {
		return nil
	}
	return &t.I32[0]
}

func runOracleShow(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("oracle show", stderr)
	var cf chainFlags
	cf.add(fs, true)
	consumer := fs.String("consumer", "", "also show what this consumer contract stored of the request")
	asJSON := fs.Bool("json", false, "print the request as JSON")
	id, err := parseWithID(fs, args)
	if err != nil {
		return err
	}
	var via common.Address
	if *consumer != "" {
		if via, err = parseAddress("consumer", *consumer); err != nil {
			return err
		}
	}
	ctx, cancel := context.WithTimeout(ctx, chainTimeout)
	defer cancel()
	s, reqs, err := cf.dialRequests(ctx)
	if err != nil {
		return err
	}
	defer s.Close()
	v, err := readOracle(ctx, s, reqs, id, via)
	if err != nil {
		return err
	}
	if *asJSON {
		return json.NewEncoder(stdout).Encode(v)
	}
	fmt.Fprintf(stdout, "request     %d (%s)\nclass       %s\ninput root  %s\nrequester   %s\ncallback    %s\nfee         %s wei\nwindow ends %s\nfinal after %s\n",
		id, v.State, v.Class.Hex(), v.InputRoot.Hex(), v.Requester.Hex(), v.Callback.Hex(), v.Fee, unixTime(v.WindowEnds), unixTime(v.FinalAfter))
	for i, a := range v.Answers {
		line := fmt.Sprintf("answer %d    %s output %s", i, a.Provider.Hex(), a.OutputRoot.Hex())
		if a.Label != nil {
			line += fmt.Sprintf(" label %d", *a.Label)
		}
		if a.Defeated {
			line += " DEFEATED"
		}
		fmt.Fprintln(stdout, line)
	}
	if r := v.Result; r != nil {
		line := fmt.Sprintf("result      output %s, fee to %s, callback ok %v", r.OutputRoot.Hex(), r.Paid.Hex(), r.CallbackOK)
		if r.Label != nil {
			line += fmt.Sprintf(", label %d", *r.Label)
		}
		fmt.Fprintln(stdout, line)
	}
	if c := v.Stored; c != nil {
		line := fmt.Sprintf("consumer    %s: no result yet", c.Address.Hex())
		if c.Done {
			line = fmt.Sprintf("consumer    %s: output %s", c.Address.Hex(), c.OutputRoot.Hex())
			if c.Label != nil {
				line += fmt.Sprintf(" label %d", *c.Label)
			}
		}
		fmt.Fprintln(stdout, line)
	}
	return nil
}

// readOracle reads request id with its answers, state and result (and
// what consumer via stored of it, unless zero).
func readOracle(ctx context.Context, s *session, reqs *dispute.Requests, id uint64, via common.Address) (*oracleView, error) {
	info, err := reqs.Info(ctx, id)
	if err != nil {
		return nil, err
	}
	as, err := reqs.Answers(ctx, id)
	if err != nil {
		return nil, err
	}
	head, err := s.client.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("chain head: %w", err)
	}
	v := &oracleView{RequestInfo: info, Answers: []oracleAnswer{}}
	switch {
	case info.Finalized:
		v.State = "final"
	case head.Time <= info.WindowEnds:
		v.State = "answering"
	case head.Time <= info.FinalAfter:
		v.State = "disputable"
	default:
		v.State = "finalizable"
	}
	games := dispute.NewGames(s.client, s.dep.Games)
	byRoot := map[merkle.Hash][]byte{}
	for _, a := range as {
		oa := oracleAnswer{Answer: a, Label: outputLabel(a.Output)}
		if len(a.Output) > 0 {
			byRoot[a.OutputRoot] = a.Output
		}
		if oa.Defeated, err = games.Defeated(ctx, a.ClaimHash); err != nil {
			return nil, err
		}
		v.Answers = append(v.Answers, oa)
	}
	if info.Finalized {
		f, err := reqs.Finalized(ctx, s.dep.Block, id)
		if err != nil {
			return nil, err
		}
		if f != nil {
			v.Result = &oracleResult{OutputRoot: f.OutputRoot, Paid: f.Provider, Fee: f.Fee.String(), CallbackOK: f.CallbackOk,
				Label: outputLabel(byRoot[merkle.Hash(f.OutputRoot)])}
		}
	}
	if via != (common.Address{}) {
		r, err := dispute.NewConsumer(s.client, via).Result(ctx, id)
		if err != nil {
			return nil, err
		}
		v.Stored = &consumerResult{Address: via, ConsumerResult: r, Label: outputLabel(r.Output)}
	}
	return v, nil
}

func runOracleFinalize(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("oracle finalize", stderr)
	var cf chainFlags
	cf.add(fs, true)
	asJSON := fs.Bool("json", false, "print the result as JSON")
	id, err := parseWithID(fs, args)
	if err != nil {
		return err
	}
	key, err := cf.loadKey()
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(ctx, chainTimeout)
	defer cancel()
	s, reqs, err := cf.dialRequests(ctx)
	if err != nil {
		return err
	}
	defer s.Close()
	info, err := reqs.Info(ctx, id)
	if err != nil {
		return err
	}
	if info.Finalized {
		return fmt.Errorf("request %d is already final", id)
	}
	head, err := s.client.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("chain head: %w", err)
	}
	if head.Time <= info.FinalAfter {
		return fmt.Errorf("request %d is final only after %s; the chain's latest block is of %s (a chain that mines only on transactions needs a later block)",
			id, unixTime(info.FinalAfter), unixTime(head.Time))
	}
	ev, rcpt, err := reqs.Finalize(ctx, s.txManager(key), id)
	if err != nil {
		return err
	}
	if *asJSON {
		return json.NewEncoder(stdout).Encode(map[string]any{"request": id, "output_root": common.Hash(ev.OutputRoot), "paid": ev.Provider,
			"fee": ev.Fee.String(), "callback_ok": ev.CallbackOk, "tx": rcpt.TxHash, "gas": rcpt.GasUsed})
	}
	fmt.Fprintf(stdout, "request %d final\noutput  %s\npaid    %s wei to %s\ncallback ok %v\ntx      %s (gas %d)\n", id, common.Hash(ev.OutputRoot).Hex(),
		ev.Fee, ev.Provider.Hex(), ev.CallbackOk, rcpt.TxHash.Hex(), rcpt.GasUsed)
	return nil
}

func runOracleConsumer(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("oracle consumer", stderr)
	var cf chainFlags
	cf.add(fs, true)
	class := fs.String("service", "", "class id the consumer asks for (0x + 64 hex digits)")
	asJSON := fs.Bool("json", false, "print the consumer's address as JSON")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *class == "" {
		return fmt.Errorf("%w: --service is required", errUsage)
	}
	classID, err := market.ParseClassID(*class)
	if err != nil {
		return fmt.Errorf("%w: --service: %v", errUsage, err)
	}
	key, err := cf.loadKey()
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(ctx, chainTimeout)
	defer cancel()
	s, reqs, err := cf.dialRequests(ctx)
	if err != nil {
		return err
	}
	defer s.Close()
	c, rcpt, err := dispute.DeployConsumer(ctx, s.client, key, new(big.Int).SetUint64(s.dep.ChainID), reqs.Address(), classID)
	if err != nil {
		return err
	}
	if *asJSON {
		return json.NewEncoder(stdout).Encode(map[string]any{"consumer": c.Address(), "class": classID, "tx": rcpt.TxHash, "gas": rcpt.GasUsed})
	}
	fmt.Fprintf(stdout, "consumer %s\nclass    %s\n", c.Address().Hex(), classID.Hex())
	return nil
}
