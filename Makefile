# Veritor: the two commands a new user runs on a fresh Debian 12 machine.
#   make demo   installs what is missing, builds, runs the main job on the shipped examples
#   make test   the same set-up, then every test (Rust unit and integration tests, lit, a quick fuzz-ar run,
#               the fuzz seeds and regressions replayed, batch verification on a local pool and on a
#               local Ray cluster, the Python package's pytest suite, the HTML verdict report
#               screenshotted in headless Chromium); lit runs twice, through veritor-opt and through
#               mlir-opt-22 with the pass plugin
# Other targets: setup, build, plugin, lit-plugin, examples, examples-large, bench, bench-batch, venv-hf, detect, spotcheck,
# fuzz-ar, fuzz, batch-test, pytest, lint, clean.

SHELL := /bin/bash
.DEFAULT_GOAL := demo

LLVM_PREFIX := /usr/lib/llvm-22
APT_PACKAGES := llvm-22-dev libmlir-22-dev mlir-22-tools llvm-22-tools libclang1-22 \
	libclang-common-22-dev libpolly-22-dev libzstd-dev python3 python3-venv python3-pip \
	gcc g++ libc6-dev chromium-headless-shell
VENV := .venv
PYTHON := $(VENV)/bin/python
# The HF exporter's venv (transformers + flax beside the project's pins): only `make bench` needs it.
VENV_HF := .venv-hf
ECO_LARGE := examples/large/eco
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
CARGO := $(shell command -v cargo || echo $$HOME/.cargo/bin/cargo)
LIT := $(LLVM_PREFIX)/bin/lit
export PATH := $(CURDIR)/$(VENV)/bin:$(PATH)

.PHONY: demo test setup apt venv venv-hf rust build plugin lit-plugin examples examples-large bench bench-batch detect spotcheck \
	fuzz-ar fuzz-ar-quick fuzz fuzz-quick fuzz-tools batch-test pytest lint clean

demo: build
	bash examples/demo.sh

test: build
	$(PYTHON) examples/canonical.py --self-test
	$(CARGO) test --workspace
	$(MAKE) fuzz-quick
	$(MAKE) plugin
	$(LIT) -sv lit-tests
	$(LIT) -sv -D driver=mlir-opt lit-tests
	python3 tools/mutate_opt.py 1 150
	$(MAKE) fuzz-ar-quick VERITOR_OPT=$${VERITOR_OPT:-$(CURDIR)/target/debug/veritor-opt}
	$(MAKE) batch-test
	$(MAKE) pytest
	python3 tools/report_screenshot.py

setup: apt venv rust

# Installs only the Debian packages that are missing.
apt:
	@missing=""; for p in $(APT_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'install ok installed' || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "make: installing Debian packages:$$missing"; \
	  $(SUDO) apt-get update -q && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q --no-install-recommends $$missing; \
	fi

venv: $(VENV)/.installed

# The project's Python package (python/: `veritor` for JAX users, `veritor_batch`) is installed
# editable, so that the checkout's source is what `import veritor` runs; --no-build-isolation
# builds it with the setuptools and wheel just installed, so nothing more is downloaded.
$(VENV)/.installed: requirements.txt python/pyproject.toml | apt
	python3 -m venv $(VENV)
	$(VENV)/bin/pip install -q --disable-pip-version-check -r requirements.txt
	$(VENV)/bin/pip install -q --disable-pip-version-check --no-build-isolation --no-deps -e ./python
	touch $@

venv-hf: $(VENV_HF)/.installed

$(VENV_HF)/.installed: examples/ecosystem/requirements-hf.txt | apt
	python3 -m venv $(VENV_HF)
	$(VENV_HF)/bin/pip install -q --disable-pip-version-check -r examples/ecosystem/requirements-hf.txt
	touch $@

rust:
	@test -x "$(CARGO)" || { echo "make: cargo not found: install a Rust toolchain (rustup, stable >= 1.89) and rerun"; exit 1; }

build: setup
	$(CARGO) build --workspace --bins

# Veritor's passes and dialect as an mlir-opt plugin: plugin/target/debug/libveritor_plugin.so,
# for `mlir-opt-22 --load-dialect-plugin=<it> --load-pass-plugin=<it>
# --pass-pipeline='builtin.module(veritor-inline,...)'`.
# Built inside plugin/ (its own workspace and target dir; plugin/.cargo/config.toml links the
# shared libMLIR.so that mlir-opt uses instead of the static archives).
plugin: setup
	cd plugin && $(CARGO) build

# The lit suite through mlir-opt-22 and the plugin (lit-tests/lit.cfg.py, driver=mlir-opt).
lit-plugin: build plugin
	$(LIT) -sv -D driver=mlir-opt lit-tests

examples: venv
	$(PYTHON) examples/export.py --config tiny
	$(PYTHON) examples/hook_reference.py
	$(PYTHON) examples/export.py --set decode
	$(PYTHON) examples/sharded/export.py

examples-large: venv
	$(PYTHON) examples/export.py --config large

bench: setup examples/large/unrolled.mlir $(ECO_LARGE)/.exported
	$(CARGO) build --release --workspace --bins
	$(PYTHON) benches/parse_print.py
	$(PYTHON) benches/compile.py
	$(PYTHON) benches/ar_to_tf.py
	$(PYTHON) benches/fingerprint.py --program greedy_full
	$(PYTHON) benches/fingerprint.py --program greedy_kv
	$(PYTHON) benches/verify.py
	$(PYTHON) benches/ecosystem.py
	$(PYTHON) benches/sort_network.py
	$(MAKE) bench-batch VERITOR=$(CURDIR)/target/release/veritor

# The Python package's tests (python/tests: the flow of `import veritor` on the corpus' tiny
# greedy decoder and training step, honest accepted and tampered rejected; about 1.5 minutes
# on 2 loaded cores, most of it IREE compiling three programs).
# The binaries are the debug build's unless VERITOR_BIN / VERITOR_OPT name others.
pytest: build
	VERITOR_BIN=$${VERITOR_BIN:-$(CURDIR)/target/debug/veritor} \
	VERITOR_OPT=$${VERITOR_OPT:-$(CURDIR)/target/debug/veritor-opt} \
	  $(PYTHON) -m pytest -q python/tests

# Batch verification (docs/protocol.md, "Batch verification"): 200 mixed claims over three programs
# on a local pool of 2 workers (one killed, then the run interrupted with Ctrl-C and resumed) and
# on a local Ray cluster (`ray start --head`, one Ray worker killed, `ray stop` afterwards); every
# verdict correct, exactly once (about 1.5 minutes on 2 cores).
batch-test: venv
	$(PYTHON) tools/batch_test.py

# Claims per second of `veritor verify-batch` for 1 and 2 local workers and for Ray, the scaling
# ratio, and the fixed cost per claim (BATCH_CLAIMS tiny decode claims; VERITOR picks the binary).
BATCH_CLAIMS ?= 1000
VERITOR ?= $(CURDIR)/target/debug/veritor
bench-batch: venv
	$(PYTHON) benches/batch.py -n $(BATCH_CLAIMS) --veritor $(VERITOR)

# The detection matrix (docs/protocol.md): 200 + 200 honest claims accepted, every tampering
# class rejected (about 6 minutes on 2 cores).
detect: build
	$(PYTHON) benches/detection_matrix.py

# Memory spot checks (docs/protocol.md, "Memory spot checks"): provers of every mode served on
# loopback and challenged in sessions of 20 challenges (both slacks calibrated first on 20
# honest sessions); 50 honest and 50 missing-chunk sessions, 5 each for the disk and recompute
# provers; prints sessions passed, latencies against the deadlines and the catch rate against
# the bound (a few minutes on 2 shared cores). SPOT_FLAGS adds options (--slices K,
# --challenges R, --rank q, --sessions N; docs/protocol.md's table used --slow-sessions 20).
SPOT_FLAGS ?=
spotcheck: setup
	$(CARGO) build --release -p veritor-spotcheck --bins
	target/release/veritor-spot trial $(SPOT_FLAGS)

# Random plain-JAX decode programs through veritor-ar-to-tf, checked by execution in IREE
# (examples/fuzz_ar/README.md). N programs of run SEED (drawn and printed unless given), 2 workers;
# prints the tally; fails on any WRONG program. VERITOR_OPT picks the binary (default
# /work/bin-stable/veritor-opt where it exists, else target/debug/veritor-opt); FUZZ_FLAGS adds
# options (--require-parallel, --json FILE, --keep-all).
N ?= 1000
SEED ?=
FUZZ_FLAGS ?=
FUZZ_ENV = $(if $(VERITOR_OPT),VERITOR_OPT=$(VERITOR_OPT))
fuzz-ar: venv
	$(FUZZ_ENV) $(PYTHON) examples/fuzz_ar/generate.py -n $(N) $(if $(SEED),--seed $(SEED)) --jobs 2 $(FUZZ_FLAGS)

# The quick run inside `make test` (3 to 4 minutes on 2 shared cores): 10 programs drawn from
# the whole grammar, then 10 with the choices fixed where the pass reaches the parallel form
# today (FUZZ_FOCUS), so that parallel outputs are replayed too, then one regression (a
# prefill's token carried into a loop that writes it a step later, stacked caches in a scan
# over layers: parallel and exact).
FUZZ_FOCUS = '{"loop": "fori", "layer_loop": "python", "buffer_write": "where", "token_carry": false, "choice": "greedy", "eos": false, "dtype": "float32"}'
fuzz-ar-quick: venv
	$(FUZZ_ENV) $(PYTHON) examples/fuzz_ar/generate.py -n 10 --seed 7 --jobs 2 $(FUZZ_FLAGS)
	$(FUZZ_ENV) $(PYTHON) examples/fuzz_ar/generate.py -n 10 --seed 21 --jobs 2 --style $(FUZZ_FOCUS) $(FUZZ_FLAGS)
	$(FUZZ_ENV) $(PYTHON) examples/fuzz_ar/generate.py --seed 12 --index 9 13 25 --jobs 2 --require-parallel $(FUZZ_FLAGS)

# Coverage-guided fuzzing of the readers of untrusted bytes (fuzz/: claim, challenge, openings,
# .npy, store objects; cargo-fuzz with libFuzzer on the nightly toolchain, both installed here
# when missing): FUZZ_RUNS executions per target (default one million; the five took 13 to
# 22 minutes on 2 shared cores, the first build 12 more), one line per target with its
# execution count and crashes; fails on any crash, hang or out-of-memory (the input is left
# in fuzz/artifacts/<target>/). FUZZ_TARGETS picks targets.
FUZZ_RUNS ?= 1000000
FUZZ_TARGETS ?=
CARGO_FUZZ_VERSION := 0.13.2
fuzz: fuzz-tools
	CARGO=$(CARGO) fuzz/run.sh $(FUZZ_RUNS) $(FUZZ_TARGETS)

fuzz-tools: rust
	@rustup toolchain list 2>/dev/null | grep -q '^nightly' || rustup toolchain install nightly --profile minimal
	@$(CARGO) fuzz --version 2>/dev/null | grep -q '$(CARGO_FUZZ_VERSION)' || \
	  $(CARGO) install cargo-fuzz --version $(CARGO_FUZZ_VERSION) --locked

# The quick version inside `make test` (stable, about 10 s once built): every seed and every
# regression through its target again, and a few thousand deterministic mutations of the seeds.
fuzz-quick: rust
	$(CARGO) test --manifest-path fuzz/Cargo.toml --no-default-features --target-dir target

examples/large/unrolled.mlir: benches/make_unrolled.py examples/model.py | venv
	$(PYTHON) examples/export.py --config large --only greedy_full greedy_kv
	$(PYTHON) benches/make_unrolled.py $@

# benches/ecosystem.py's programs (HF GPT-2 greedy / sampled, plain-JAX jax_tril_while at 4 layers,
# width 256, 256 positions): 40 MB, not committed; about 1 minute.
$(ECO_LARGE)/.exported: examples/ecosystem/export.py examples/ecosystem/hf.py examples/ecosystem/plain.py \
		examples/ecosystem/common.py examples/export.py | venv-hf
	$(VENV_HF)/bin/python examples/ecosystem/export.py --size large --out $(ECO_LARGE)
	touch $@

lint: setup
	$(CARGO) fmt --all -- --check
	$(CARGO) fmt --manifest-path fuzz/Cargo.toml -- --check
	$(CARGO) clippy --workspace --all-targets -- -D warnings
	$(CARGO) clippy --manifest-path fuzz/Cargo.toml --no-default-features --all-targets --target-dir target -- -D warnings
	cd plugin && $(CARGO) fmt -- --check && $(CARGO) clippy --all-targets -- -D warnings

clean:
	$(CARGO) clean
	rm -rf fuzz/target fuzz/corpus fuzz/artifacts plugin/target
	rm -rf $(VENV) $(VENV_HF)
