package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/rmsnet/rms/merkle"
	"github.com/rmsnet/rms/model/llama"
	"github.com/rmsnet/rms/vm"
	"github.com/rmsnet/rms/vm/guestimage"
)

// textCheckFlags are the flags of rms vm check for a LLaMA model.
type textCheckFlags struct {
	prompt    *string
	maxTokens *int
	kinds     *bool
	asJSON    *bool
}

func (tf *textCheckFlags) add(fs interface {
	String(name, value, usage string) *string
	Int(name string, value int, usage string) *int
	Bool(name string, value bool, usage string) *bool
}) {
	tf.prompt = fs.String("prompt", "", "text model: the prompt of the generation whose ops to check")
	tf.maxTokens = fs.Int("max-tokens", 16, "text model: tokens to generate")
	tf.kinds = fs.Bool("kinds", false, "text model: check one op of every kind (the last of each) instead of every op")
	tf.asJSON = fs.Bool("json", false, "text model: print one JSON object")
}

// runVMCheckText runs ops of a generation alone in the VM and compares each
// A_i with native execution.
func runVMCheckText(ctx context.Context, path string, tf *textCheckFlags, stdout, stderr io.Writer) error {
	if path == "" {
		return fmt.Errorf("%w: --model is required", errUsage)
	}
	if *tf.maxTokens < 0 || *tf.maxTokens > llama.MaxJobTokens {
		return fmt.Errorf("%w: --max-tokens %d outside 0…%d", errUsage, *tf.maxTokens, llama.MaxJobTokens)
	}
	tm, err := openTextModel(path, 0)
	if err != nil {
		return err
	}
	ids := tm.tok.Encode(*tf.prompt, true, false)
	eos := tm.tok.EOS
	tm.Close()
	file, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	j, err := vm.NewTextJob(ctx, file, llama.Program{EOS: eos}, llama.Job{Prompt: ids, MaxTokens: *tf.maxTokens})
	if err != nil {
		return err
	}
	g, err := guestimage.Program()
	if err != nil {
		return err
	}
	sched := j.Model.Schedule(len(ids), *tf.maxTokens)
	var ops []int
	if *tf.kinds {
		last := map[llama.OpKind]int{}
		for i, op := range sched.Ops {
			last[op.Kind] = i
		}
		for k := llama.OpEmbed; k <= llama.OpSample; k++ {
			if i, ok := last[k]; ok {
				ops = append(ops, i)
			}
		}
	} else {
		for i := range sched.Ops {
			ops = append(ops, i)
		}
	}
	type opResult struct {
		Op    int         `json:"op"`
		Kind  string      `json:"kind"`
		Pos   int         `json:"pos"`
		Layer int         `json:"layer"`
		Lo    int         `json:"lo"` // the part of the kind's output the op computes
		Hi    int         `json:"hi"`
		Steps uint64      `json:"steps"`
		Acc   merkle.Hash `json:"acc"`
		Match bool        `json:"match"`
	}
	var results []opResult
	var maxSteps uint64
	start := time.Now()
	for _, i := range ops {
		v, err := j.NewVM(g, uint64(i), vm.WithStderr(stderr))
		if err != nil {
			return err
		}
		if err := v.Run(ctx, 1<<31); err != nil {
			return fmt.Errorf("op %d: %w", i, err)
		}
		s := v.State()
		if s.Status != vm.StatusExited || s.ExitCode != 0 {
			return fmt.Errorf("op %d: the guest stopped with status %d, exit code %d", i, s.Status, s.ExitCode)
		}
		op := sched.Ops[i]
		r := opResult{Op: i, Kind: op.Kind.String(), Pos: op.Pos, Layer: op.Layer, Lo: op.Part.Lo, Hi: op.Part.Hi, Steps: s.Step, Acc: v.Output(), Match: v.Output() == j.Acc(i+1)}
		results = append(results, r)
		maxSteps = max(maxSteps, s.Step)
		if !*tf.asJSON {
			fmt.Fprintf(stdout, "op %d %-11s pos %d layer %d part [%d, %d) steps %-10d acc %s %s\n", i, r.Kind, r.Pos, r.Layer, r.Lo, r.Hi, r.Steps, r.Acc, map[bool]string{true: "ok", false: "DIFFERS"}[r.Match])
		}
		if !r.Match {
			return fmt.Errorf("op %d: VM result %s differs from native %s", i, r.Acc, j.Acc(i+1))
		}
	}
	if *tf.asJSON {
		return json.NewEncoder(stdout).Encode(map[string]any{"ops": results, "checked": len(results), "trace_length": j.Result.C,
			"trace_root": j.Result.TraceRoot, "max_steps": maxSteps, "seconds": time.Since(start).Seconds()})
	}
	fmt.Fprintf(stdout, "%d of %d ops equal (largest %d steps, %.1fs)\n", len(results), j.Result.C, maxSteps, time.Since(start).Seconds())
	return nil
}
