# make test: installs what is missing on a fresh Debian machine, then runs
# go vet, the gofmt check and the unit tests. .ci/run calls exactly this.
SHELL := /bin/bash
GO ?= go
GOBIN ?= $(CURDIR)/.bin
export PATH := $(GOBIN):$(PATH)
GETH_VERSION := v1.17.10
# The VM, its guest image and the qemu comparisons are pinned to one Go
# release (vm.PinnedGo). A go.mod toolchain line only ever upgrades, so the
# toolchain is forced here; another installed Go fetches it through the
# module proxy. Under CI=true the pinned tests fail on any other toolchain.
export GOTOOLCHAIN := go1.26.8

.PHONY: mutate gremlins fuzz test test-long tools qemu solc geth chromium abigen vet fmt-check bench generate check-generated

test: tools vet fmt-check check-generated
	$(GO) test -timeout 40m ./... ./.ci/mutate

# Heavier sweeps: the RMS_LONG tests (whole-program witnesses, 100,000
# contract steps, ...) and every fuzz target for FUZZTIME each.
FUZZTIME ?= 30s
# Screenshots of the web view (node/web) land in $(ARTIFACTS)/web, not committed.
ARTIFACTS ?= $(CURDIR)/artifacts
test-long: tools
	RMS_LONG=1 RMS_ARTIFACTS=$(ARTIFACTS) $(GO) test -timeout 120m ./...
	$(MAKE) fuzz FUZZTIME=$(FUZZTIME)
	$(MAKE) mutate

# Mutation testing (docs/TESTING.md): every named mutation of
# .ci/mutations.txt must be killed by its test (MUTATE_RUN selects by name;
# MUTATE_JOBS scratch copies run at once, each mutant's test within
# MUTATE_TIMEOUT), then gremlins over the named test subsets.
MUTATE_RUN ?=
MUTATE_JOBS ?= 2
MUTATE_TIMEOUT ?= 5m
mutate: tools
	$(GO) run ./.ci/mutate -j $(MUTATE_JOBS) -timeout $(MUTATE_TIMEOUT) -run '$(MUTATE_RUN)'
	$(MAKE) gremlins

GREMLINS_VERSION := v0.6.0
GREMLINS_TIMEOUT ?= 10
# mutants built and tested at once (each in gremlins' own work folder)
GREMLINS_WORKERS ?= 2
# scope|tests: a package (its own files, not those of packages below it) or
# one file of a package (only that file is mutated), and the tests that
# gremlins runs for its mutants (a -run alternation). GREMLINS_SCOPES picks
# scopes by their first field (default: all).
GREMLINS_SETS := \
	vm/step.go|TestInstructions|TestInstructionsReference|TestJumpRegions|TestStoreConditional|TestFaultsKeepTheState|TestStepsFollowNextPC|TestVerifyStepRejects \
	vm/syscall.go|TestSyscalls|TestSyscallKeepsMemory|TestInstructions|TestMapBadArguments|TestPreimage \
	merkle|TestRootMatchesNaive|TestRootAtPadsWithZeroSubtrees|TestZeroTable|TestZero|TestProofs|TestBlobProof|TestTreeUpdates|TestAccumulator|TestAppendWithProofRejects|TestParseHash|TestHeightBounds|TestFilledList|TestFitsExactly|TestHashText|TestHeightOf|TestIndexBounds|TestAccumulatorFull|TestFilledTall|TestParallelRootPads|TestProofTallStream|TestNodesMatchKeccak256|TestRootsEqualOnEveryPath|TestListRootEveryPath|TestAppendAllEqualsAppend|TestPath|TestPathRejects|TestParallelRootAnyProcs \
	model/kernels.go|TestMatMul|TestMatMulWorkers|TestAddBiasReLU|TestRequant|TestDequant|TestExp|TestSoftmaxArgmax|TestKernelReferences|TestExpLimits|TestArgmaxRows|TestRequantZeroAtRange|TestAddBiasOneRow|TestDequantNarrowInts \
	market|TestJobChecker|TestJobCheckerBoundsTheWindow|TestEIP712MatchesGoEthereumEncoder|TestSignatureRefusals|TestSignatureBounds|TestJobInputCIDLimit|TestClaimAndVoucherSignatures
GREMLINS_SCOPES ?=
gremlins:
	@[ -x $(GOBIN)/gremlins ] || GOBIN=$(GOBIN) $(GO) install github.com/go-gremlins/gremlins/cmd/gremlins@$(GREMLINS_VERSION)
	@set -e; for set in $(foreach s,$(GREMLINS_SETS),'$(s)'); do \
		scope=$${set%%|*}; run=$${set#*|}; pkg=$$scope; only=; \
		if [ -n "$(GREMLINS_SCOPES)" ] && ! echo " $(GREMLINS_SCOPES) " | grep -q " $$scope "; then continue; fi; \
		case $$scope in *.go) pkg=$${scope%/*}; \
			only="--exclude-files ^($$(cd $$pkg && ls *.go | grep -v '_test\.go$$' | grep -vxF "$${scope##*/}" | sed 's/\.go$$//' | paste -sd'|'))\.go$$";; esac; \
		echo "gremlins $$scope (tests $$run)"; \
		GOFLAGS="-vet=off -run=^($$run)$$" nice -n 19 $(GOBIN)/gremlins unleash --workers $(GREMLINS_WORKERS) \
			--timeout-coefficient $(GREMLINS_TIMEOUT) --exclude-files / --exclude-files '_gen\.go$$' $$only ./$$pkg; \
	done

tools: qemu solc geth chromium

vet:
	$(GO) vet ./...

fmt-check:
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	if [ -n "$$out" ]; then echo "gofmt needed on:"; echo "$$out"; exit 1; fi

# qemu-mips runs the GOARCH=mips builds as the independent VM reference.
qemu:
	@command -v qemu-mips >/dev/null || { \
		echo "installing qemu-user"; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq qemu-user >/dev/null; }

# Debian's chromium drives the web view's browser test (node/web) headless.
chromium:
	@command -v chromium >/dev/null || command -v chromium-browser >/dev/null || { \
		echo "installing chromium"; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium >/dev/null; }

# solc, pinned in contracts/package-lock.json.
solc:
	@if [ -f contracts/package-lock.json ] && [ ! -x contracts/node_modules/.bin/solcjs ]; then \
		echo "installing solc (npm ci)"; cd contracts && npm ci --no-audit --no-fund --silent; fi

# geth for the integration tests that run against geth --dev.
geth:
	@[ -x $(GOBIN)/geth ] || { echo "installing geth $(GETH_VERSION)"; \
		GOBIN=$(GOBIN) $(GO) install github.com/ethereum/go-ethereum/cmd/geth@$(GETH_VERSION); }

abigen:
	@[ -x $(GOBIN)/abigen ] || GOBIN=$(GOBIN) $(GO) install github.com/ethereum/go-ethereum/cmd/abigen@$(GETH_VERSION)

# Regenerate contracts/artifacts and contracts/bindings from contracts/src.
generate: solc
	$(GO) generate ./contracts/...

# Fail when the committed artifacts or bindings differ from a fresh build
# (compiled in memory; nothing is written).
check-generated: solc
	cd contracts && $(GO) run ./internal/gen -check

bench:
	$(GO) test -run '^$$' -bench . -benchmem ./...
