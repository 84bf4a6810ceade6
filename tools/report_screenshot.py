#!/usr/bin/env python3
"""The HTML report of `veritor verify --html` in a browser (issue 13; run by `make test`).

A greedy decode claim (examples/tiny/greedy_kv) is proved once and verified under two
challenges that open different positions, and a training chain (examples/tiny/train_step) is
verified with a subset of its steps replayed. Each report is rendered by headless Chromium
(`chromium-headless-shell`, installed by the Makefile) into a PNG, which is decoded here
(zlib and the PNG filters, standard library only) and checked:

- not blank, and the charts' plot areas drawn (their background colour, over about the area
  the panels have);
- the opened positions' (replayed steps') markers, in a colour used for nothing else, at
  exactly the x columns that the verdict's leaves (steps) give on the chart's axis;
- a data point drawn in each opened column;
- the check fails when given the other challenge's positions (so it can fail).

Usage: tools/report_screenshot.py [--veritor BIN] [--keep DIR]
"""

import argparse
import json
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WINDOW = (1200, 1600)
# driver/src/report/mod.rs PAGE_WIDTH: the page's column, centred in the window.
PAGE_WIDTH = 1000
# driver/src/report/svg.rs: OPENED, PLOT_BACKGROUND, PANEL_HEIGHT, GREEN (replayed loss,
# surprisal: one point per opened position or replayed step).
OPENED = (0xFF, 0x00, 0xFF)
PLOT_BACKGROUND = (0xF3, 0xF6, 0xFB)
PANEL_HEIGHT = 130
GREEN = (0x2C, 0xA0, 0x2C)
WHITE = (0xFF, 0xFF, 0xFF)


class Image:
    """A decoded PNG: `width`, `height`, and `pixel(x, y)` as an RGB tuple."""

    def __init__(self, width, height, channels, data):
        self.width, self.height, self.channels, self.data = width, height, channels, data

    def pixel(self, x, y):
        i = (y * self.width + x) * self.channels
        return tuple(self.data[i:i + 3])

    def count(self, colour, xs=None, ys=None):
        """How many pixels have `colour` (in columns `xs` and rows `ys`, when given), per
        column."""
        columns = {}
        target = bytes(colour)
        for y in (ys if ys is not None else range(self.height)):
            row = y * self.width
            for x in (xs if xs is not None else range(self.width)):
                i = (row + x) * self.channels
                if self.data[i:i + 3] == target:
                    columns[x] = columns.get(x, 0) + 1
        return columns


    def count_rows(self, colour, x):
        """The rows whose pixel in column `x` has `colour`."""
        return [y for y in range(self.height) if self.pixel(x, y) == tuple(colour)]


def paeth(a, b, c):
    p = a + b - c
    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
    if pa <= pb and pa <= pc:
        return a
    return b if pb <= pc else c


def unfilter(kind, line, prev, bpp):
    """Undoes one scanline's PNG filter in place."""
    n = len(line)
    if kind == 1:
        for i in range(bpp, n):
            line[i] = (line[i] + line[i - bpp]) & 0xFF
    elif kind == 2:
        for i in range(n):
            line[i] = (line[i] + prev[i]) & 0xFF
    elif kind == 3:
        for i in range(n):
            left = line[i - bpp] if i >= bpp else 0
            line[i] = (line[i] + ((left + prev[i]) >> 1)) & 0xFF
    elif kind == 4:
        for i in range(n):
            left = line[i - bpp] if i >= bpp else 0
            corner = prev[i - bpp] if i >= bpp else 0
            line[i] = (line[i] + paeth(left, prev[i], corner)) & 0xFF
    elif kind != 0:
        raise ValueError(f"unknown PNG filter {kind}")


def read_png(path):
    """Decodes an 8-bit RGB or RGBA, non-interlaced PNG (what Chromium writes)."""
    data = Path(path).read_bytes()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError(f"{path}: not a PNG")
    pos, header, chunks = 8, None, []
    while pos + 8 <= len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        pos += 12 + length
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            chunks.append(body)
        elif kind == b"IEND":
            break
    width, height, depth, colour, _, _, interlace = header
    channels = {2: 3, 6: 4}.get(colour)
    if depth != 8 or channels is None or interlace:
        raise ValueError(f"{path}: PNG of depth {depth}, colour type {colour}, interlace {interlace}")
    raw = zlib.decompress(b"".join(chunks))
    stride = width * channels
    out = bytearray(height * stride)
    prev = bytearray(stride)
    for y in range(height):
        start = y * (stride + 1)
        line = bytearray(raw[start + 1:start + 1 + stride])
        unfilter(raw[start], line, prev, channels)
        out[y * stride:(y + 1) * stride] = line
        prev = line
    return Image(width, height, channels, out)


def chromium():
    """The headless browser: $CHROMIUM, else chromium-headless-shell or chromium on PATH."""
    for name in [os.environ.get("CHROMIUM"), "chromium-headless-shell", "chromium"]:
        if name and shutil.which(name):
            return shutil.which(name)
    sys.exit("report_screenshot: no chromium-headless-shell on PATH (`make setup` installs it)")


def screenshot(html, png, profile):
    """Renders `html` at WINDOW into `png` (as root too: --no-sandbox)."""
    args = [
        chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
        "--force-device-scale-factor=1", f"--user-data-dir={profile}",
        f"--window-size={WINDOW[0]},{WINDOW[1]}", f"--screenshot={png}", Path(html).as_uri(),
    ]
    r = subprocess.run(args, capture_output=True, text=True, timeout=120)
    if r.returncode != 0 or not Path(png).exists():
        sys.exit(f"report_screenshot: chromium failed on {html}: {r.stderr.strip()[-500:]}")


def chart_geometry(html, chart):
    """The `data-*` attributes of the page's `chart` svg: plot left, width, domain."""
    text = Path(html).read_text()
    start = text.index(f'class="chart {chart}"')
    tag = text[start:text.index(">", start)]

    def attr(name):
        return float(tag.split(f'data-{name}="')[1].split('"')[0])

    return attr("plot-left"), attr("plot-width"), int(attr("domain"))


def expected_columns(geometry, slots):
    """The pixel columns of each slot's marker: (first, last) per slot, in order."""
    left, width, domain = geometry
    page_left = (WINDOW[0] - PAGE_WIDTH) // 2
    marker = int(min(max(width / domain, 2.0), 6.0))
    spans = []
    for i in sorted(slots):
        centre = left + (i + 0.5) * width / domain
        first = page_left + round(centre - marker / 2)
        spans.append((first, first + marker - 1))
    return spans


def runs(columns):
    """Columns grouped into runs of adjacent x: [(first, last), ...]."""
    spans = []
    for x in sorted(columns):
        if spans and x == spans[-1][1] + 1:
            spans[-1] = (spans[-1][0], x)
        else:
            spans.append((x, x))
    return spans


def problems(image, geometry, slots, panels):
    """What is wrong with a screenshot of a chart whose opened slots are `slots`."""
    found = []
    pixels = image.width * image.height
    white = sum(image.count(WHITE).values())
    if white > 0.98 * pixels:
        found.append(f"blank: {white} of {pixels} pixels white")
    background = sum(image.count(PLOT_BACKGROUND).values())
    area = panels * geometry[1] * PANEL_HEIGHT
    if background < 0.6 * area:
        found.append(f"plot areas: {background} background pixels, expected most of {area:.0f}")
    want = expected_columns(geometry, slots)
    got = runs(image.count(OPENED))
    close = len(got) == len(want) and all(
        abs(a[0] - b[0]) <= 1 and abs(a[1] - b[1]) <= 1 for a, b in zip(got, want))
    if not close:
        found.append(f"opened markers at columns {got}, expected {want}")
    # Data points: inside the charts' rows (the legend below repeats the colours).
    edge = (WINDOW[0] - PAGE_WIDTH) // 2 + int(geometry[0]) + 1
    inside = image.count_rows(PLOT_BACKGROUND, edge)
    rows = sorted(inside)
    ys = range(rows[0], rows[-1] + 1) if rows else range(0)
    for first, last in want:
        xs = range(max(first - 6, 0), min(last + 7, image.width))
        if not image.count(GREEN, xs, ys):
            found.append(f"no data point drawn in columns {first}..{last}")
    return found


def veritor(bin_, *args):
    r = subprocess.run([bin_, *args], capture_output=True, text=True)
    return r


def run_ok(bin_, *args):
    r = veritor(bin_, *args)
    if r.returncode != 0:
        sys.exit(f"report_screenshot: veritor {args[0]} failed ({r.returncode}): {r.stdout}{r.stderr}")
    return r


def exchange(bin_, work, store, claim, name, n, open_flag, count):
    """Challenge `claim` with the fixed secret `n`, open, verify with --html and --json;
    returns the page, the verdict and the opened slots."""
    secret = work / f"{name}.secret"
    secret.write_text(bytes([n] * 32).hex())
    challenge, openings = work / f"{name}.challenge.json", work / f"{name}.openings.json"
    run_ok(bin_, "challenge", "derive", "--secret", str(secret), "--claim", str(claim),
           open_flag, str(count), "-o", str(challenge))
    run_ok(bin_, "open", "--claim", str(claim), "--challenge", str(challenge), "--store", str(store),
           "-o", str(openings))
    page, verdict = work / f"{name}.html", work / f"{name}.verdict.json"
    run_ok(bin_, "verify", "--claim", str(claim), "--challenge", str(challenge), "--openings",
           str(openings), "--store", str(store), "--json", str(verdict), "--html", str(page))
    v = json.loads(verdict.read_text())
    slots = [p["leaf"] for p in v["table"]] or [s["step"] for s in v.get("steps", [])]
    return page, slots


def check(work, page, slots, chart, panels, label):
    png = page.with_suffix(".png")
    screenshot(page, png, work / "profile")
    image = read_png(png)
    geometry = chart_geometry(page, chart)
    found = problems(image, geometry, slots, panels)
    if found:
        sys.exit(f"report_screenshot: {label} ({png}): " + "; ".join(found))
    print(f"report_screenshot: {label}: {len(slots)} markers at columns "
          f"{[a for a, _ in expected_columns(geometry, slots)]}, plot drawn")
    return image, geometry


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--veritor", default=os.environ.get("VERITOR", str(ROOT / "target/debug/veritor")))
    ap.add_argument("--keep", help="work in this directory and keep it")
    args = ap.parse_args()
    work = Path(args.keep or tempfile.mkdtemp(prefix="veritor-report-"))
    work.mkdir(parents=True, exist_ok=True)
    store = work / "store"
    tiny = ROOT / "examples/tiny"
    bin_ = args.veritor

    claim = work / "greedy.claim.json"
    run_ok(bin_, "prove", str(tiny / "greedy_kv.mlir"), "--inputs", str(tiny / "greedy_kv.inputs"),
           "--store", str(store), "--request", "7", "-o", str(claim))
    first = exchange(bin_, work, store, claim, "greedy-1", 1, "--open", 4)
    other = None
    for n in range(2, 40):
        other = exchange(bin_, work, store, claim, f"greedy-{n}", n, "--open", 4)
        if sorted(other[1]) != sorted(first[1]):
            break
    else:
        sys.exit("report_screenshot: no second challenge opened other positions")
    image, geometry = check(work, first[0], first[1], "positions", 3, "greedy claim, challenge 1")
    check(work, other[0], other[1], "positions", 3, "greedy claim, another challenge")
    if not problems(image, geometry, other[1], 3):
        sys.exit("report_screenshot: the first report passes for the other challenge's positions")
    print("report_screenshot: the first report fails the check for the other challenge's positions (as it must)")

    chain = work / "train.claim.json"
    run_ok(bin_, "prove", str(tiny / "train_step.mlir"), "--inputs", str(tiny / "train_step.inputs"),
           "--train-steps", "4", "--data-seed", "1", "--vocab", "32", "--store", str(store),
           "-o", str(chain))
    page, steps = exchange(bin_, work, store, chain, "train", 3, "--open-steps", 2)
    check(work, page, steps, "training", 2, "training chain")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    print("report_screenshot: ok")


if __name__ == "__main__":
    main()
