"""Mutation smoke test of veritor-opt: mutated example modules (truncated, lines deleted or
swapped, characters changed) through every pass must end in exit code 0 or 1, never a crash
or a panic. Usage: python3 tools/mutate_opt.py SEED COUNT (needs target/debug/veritor-opt)."""
import pathlib
import random
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
WORK = pathlib.Path('/tmp') / f'veritor-fuzz-{__import__("os").getpid()}'
WORK.mkdir(exist_ok=True)
random.seed(int(sys.argv[1]) if len(sys.argv) > 1 else 0)
srcs = [p for p in (ROOT / 'examples' / 'tiny').glob('*.mlir') if 'pretty' not in p.name] + list((ROOT / 'lit-tests' / 'ar-to-tf').glob('*.mlir')) + list((ROOT / 'lit-tests' / 'scatter-to-select').glob('*.mlir')) + list((ROOT / 'lit-tests' / 'sort-network').glob('*.mlir'))
passes = ['--veritor-inline', '--veritor-ar-to-tf', '--veritor-symbol-dce', '--veritor-print-call-graph', '--veritor-gpu-legalize', '--veritor-scatter-to-select', '--veritor-bool-to-select', '--veritor-top-k-network', '--veritor-sort-network', '--veritor-strip-sharding', '--veritor-check-legal', '--veritor-insert-hooks=ops=stablehlo.add', '--pass-pipeline=builtin.module(veritor-insert-hooks{ops=stablehlo.add},veritor-lower-hooks,veritor-fingerprint{dim=4})']
bad = 0
for n in range(int(sys.argv[2]) if len(sys.argv) > 2 else 200):
    src = random.choice(srcs); lines = src.read_text().splitlines()
    kind = random.randrange(4)
    if kind == 0: lines = lines[:random.randrange(len(lines))]
    elif kind == 1:
        i = random.randrange(len(lines)); del lines[i]
    elif kind == 2:
        i = random.randrange(len(lines)); j = random.randrange(len(lines)); lines[i], lines[j] = lines[j], lines[i]
    else:
        i = random.randrange(len(lines)); l = lines[i]
        if l: k = random.randrange(len(l)); lines[i] = l[:k] + random.choice('%"(){}<>:,=@0x') + l[k+1:]
    path = WORK / 'case.mlir'; path.write_text('\n'.join(lines) + '\n')
    p = random.choice(passes)
    r = subprocess.run([str(ROOT / 'target' / 'debug' / 'veritor-opt'), str(path), p, '-o', '/dev/null'], capture_output=True, text=True, timeout=60)
    if r.returncode not in (0, 1) or 'panicked' in r.stderr or 'internal error' in r.stderr:
        bad += 1
        keep = WORK / f'bad-{n}.mlir'; keep.write_text(path.read_text())
        print('BAD', n, src.name, kind, p, r.returncode, r.stderr[-300:].replace('\n', ' | '))
print(f'mutation smoke test: {n + 1} cases, {bad} crashes (kept in {WORK})')
if not bad:
    __import__('shutil').rmtree(WORK, ignore_errors=True)
sys.exit(1 if bad else 0)
