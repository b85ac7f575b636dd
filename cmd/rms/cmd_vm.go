package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"time"

	"github.com/rmsnet/rms/merkle"
	"github.com/rmsnet/rms/vm"
	"github.com/rmsnet/rms/vm/guestimage"
)

func init() {
	register(command{Name: "vm image", Summary: "print the image root of the committed VM guest", Run: runVMImage})
	register(command{Name: "vm run", Summary: "run one op (or the whole inference) of a job in the MIPS VM", Run: runVMRun})
	register(command{Name: "vm check", Summary: "run every op of a job in the VM and compare with native execution", Run: runVMCheck})
	register(command{Name: "vm witness", Summary: "print the witness of one VM step of an op of a job", Run: runVMWitness})
}

func runVMImage(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("vm image", stderr)
	asJSON := fs.Bool("json", false, "print one JSON object")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	img, mem, err := guestimage.Root()
	if err != nil {
		return err
	}
	sum := sha256.Sum256(guestimage.ELF())
	out := struct {
		ImageRoot  merkle.Hash `json:"image_root"`
		MemoryRoot merkle.Hash `json:"memory_root"`
		ELFSHA256  string      `json:"elf_sha256"`
		ELFBytes   int         `json:"elf_bytes"`
		Go         string      `json:"go"`
	}{img, mem, hex.EncodeToString(sum[:]), len(guestimage.ELF()), vm.PinnedGo}
	if *asJSON {
		return json.NewEncoder(stdout).Encode(out)
	}
	fmt.Fprintf(stdout, "image_root  %s\n", out.ImageRoot)
	fmt.Fprintf(stdout, "memory_root %s\n", out.MemoryRoot)
	fmt.Fprintf(stdout, "elf_sha256  %s\n", out.ELFSHA256)
	fmt.Fprintf(stdout, "elf_bytes   %d\n", out.ELFBytes)
	fmt.Fprintf(stdout, "go          %s\n", out.Go)
	return nil
}

// vmJob prepares the job that the model and input flags name.
func vmJob(ctx context.Context, jf *jobFlags) (*vm.Job, error) {
	m, in, err := jf.load()
	if err != nil {
		return nil, err
	}
	return vm.NewJob(ctx, m, in)
}

type vmRunOutput struct {
	Op          string      `json:"op"`
	Steps       uint64      `json:"steps"`
	WallSeconds float64     `json:"wall_seconds"`
	StepsPerSec float64     `json:"steps_per_second"`
	Acc         merkle.Hash `json:"acc"`
	NativeAcc   merkle.Hash `json:"native_acc"`
	Match       bool        `json:"match"`
	Status      string      `json:"status"`
}

// runGuestOp runs op (or vm.AllOps) of j in the VM.
// runGuestOp runs op (or vm.AllOps) of job j in the VM, for at most
// stepLimit steps (0: no limit).
func runGuestOp(ctx context.Context, g *vm.Program, j *vm.Job, op, stepLimit uint64, stderr io.Writer) (vmRunOutput, error) {
	v, err := j.NewVM(g, op, vm.WithStderr(stderr))
	if err != nil {
		return vmRunOutput{}, err
	}
	t0 := time.Now()
	if err := v.Run(ctx, stepLimit); err != nil {
		return vmRunOutput{}, err
	}
	wall := time.Since(t0).Seconds()
	s := v.State()
	n := len(j.Model.Program.Ops)
	out := vmRunOutput{Op: "all", Steps: s.Step, WallSeconds: wall, StepsPerSec: float64(s.Step) / wall, Acc: v.Output()}
	if op == vm.AllOps {
		out.NativeAcc = j.Acc(n)
	} else {
		out.Op = fmt.Sprint(op)
		out.NativeAcc = j.Acc(int(op) + 1)
	}
	switch s.Status {
	case vm.StatusExited:
		out.Status = fmt.Sprintf("exited %d", s.ExitCode)
	case vm.StatusRunning:
		out.Status = fmt.Sprintf("stopped at the step limit (%d steps), still running", s.Step)
	default:
		insn, _ := v.Memory().Load32(s.PC)
		out.Status = fmt.Sprintf("fault: %s at pc %#x (%#08x %s)", vm.FaultName(s.ExitCode), s.PC, insn, vm.Disasm(insn))
	}
	out.Match = s.Status == vm.StatusExited && s.ExitCode == 0 && out.Acc == out.NativeAcc
	return out, nil
}

func runVMRun(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("vm run", stderr)
	var jf jobFlags
	jf.add(fs)
	opIdx := fs.Int("op", -1, "0-based op index to run (default: the whole inference in one run)")
	stepLimit := fs.Uint64("step-limit", 0, "stop after this many steps (0: no limit); a guest that spins waiting for another goroutine never ends in the VM")
	asJSON := fs.Bool("json", false, "print one JSON object")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	j, err := vmJob(ctx, &jf)
	if err != nil {
		return err
	}
	op := vm.AllOps
	if *opIdx < -1 {
		return fmt.Errorf("%w: --op %d outside 0…%d", errUsage, *opIdx, len(j.Model.Program.Ops)-1)
	}
	if *opIdx >= 0 {
		if *opIdx >= len(j.Model.Program.Ops) {
			return fmt.Errorf("%w: --op %d outside 0…%d", errUsage, *opIdx, len(j.Model.Program.Ops)-1)
		}
		op = uint64(*opIdx)
	}
	g, err := guestimage.Program()
	if err != nil {
		return err
	}
	out, err := runGuestOp(ctx, g, j, op, *stepLimit, stderr)
	if err != nil {
		return err
	}
	if *asJSON {
		if err := json.NewEncoder(stdout).Encode(out); err != nil {
			return err
		}
	} else {
		fmt.Fprintf(stdout, "op          %s\n", out.Op)
		fmt.Fprintf(stdout, "status      %s\n", out.Status)
		fmt.Fprintf(stdout, "steps       %d\n", out.Steps)
		fmt.Fprintf(stdout, "wall        %.3fs\n", out.WallSeconds)
		fmt.Fprintf(stdout, "steps/s     %.0f\n", out.StepsPerSec)
		fmt.Fprintf(stdout, "acc         %s\n", out.Acc)
		fmt.Fprintf(stdout, "native_acc  %s\n", out.NativeAcc)
		fmt.Fprintf(stdout, "match       %v\n", out.Match)
	}
	if !out.Match {
		return fmt.Errorf("op %s: VM result %s differs from native %s (%s)", out.Op, out.Acc, out.NativeAcc, out.Status)
	}
	return nil
}

func runVMCheck(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("vm check", stderr)
	var jf jobFlags
	jf.add(fs)
	var tf textCheckFlags
	tf.add(fs)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *tf.prompt != "" {
		return runVMCheckText(ctx, *jf.path, &tf, stdout, stderr)
	}
	j, err := vmJob(ctx, &jf)
	if err != nil {
		return err
	}
	g, err := guestimage.Program()
	if err != nil {
		return err
	}
	for i := range j.Model.Program.Ops {
		out, err := runGuestOp(ctx, g, j, uint64(i), 0, stderr)
		if err != nil {
			return fmt.Errorf("op %d: %w", i, err)
		}
		fmt.Fprintf(stdout, "op %d %-8s steps %-9d acc %s %s\n", i, j.Model.Program.Ops[i].Kind, out.Steps, out.Acc, map[bool]string{true: "ok", false: "DIFFERS"}[out.Match])
		if !out.Match {
			return fmt.Errorf("op %d: VM result %s differs from native %s (%s)", i, out.Acc, out.NativeAcc, out.Status)
		}
	}
	fmt.Fprintf(stdout, "all %d ops equal\n", len(j.Model.Program.Ops))
	return nil
}

func runVMWitness(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("vm witness", stderr)
	var jf jobFlags
	jf.add(fs)
	opIdx := fs.Int("op", 0, "0-based op index")
	step := fs.Uint64("step", 0, "step whose witness to print (the step from state t to t+1)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	j, err := vmJob(ctx, &jf)
	if err != nil {
		return err
	}
	if *opIdx < 0 || *opIdx >= len(j.Model.Program.Ops) {
		return fmt.Errorf("%w: --op %d outside 0…%d", errUsage, *opIdx, len(j.Model.Program.Ops)-1)
	}
	g, err := guestimage.Program()
	if err != nil {
		return err
	}
	v, err := j.NewVM(g, uint64(*opIdx))
	if err != nil {
		return err
	}
	if *step > 0 { // Run(ctx, 0) would run to the end
		if err := v.Run(ctx, *step); err != nil {
			return err
		}
	}
	if v.Steps() != *step {
		return fmt.Errorf("%w: the op halts at step %d, before step %d", errUsage, v.Steps(), *step)
	}
	insn, _ := v.Memory().Load32(v.State().PC)
	w, err := v.StepWitness()
	if err != nil {
		return err
	}
	cd, err := w.Calldata()
	if err != nil {
		return err
	}
	out := struct {
		Step        uint64      `json:"step"`
		Instruction string      `json:"instruction"`
		PreHash     merkle.Hash `json:"pre_hash"`
		PostHash    merkle.Hash `json:"post_hash"`
		Proofs      int         `json:"proofs"`
		Witness     string      `json:"witness"`
		Calldata    string      `json:"calldata"`
	}{w.Step, fmt.Sprintf("%#08x %s", insn, vm.Disasm(insn)), vm.StateHash(w.State), vm.StateHash(w.PostState),
		len(w.Proofs), "0x" + hex.EncodeToString(w.Encode()), "0x" + hex.EncodeToString(cd)}
	return json.NewEncoder(stdout).Encode(out)
}
