//! The report's two charts, as SVG: per opened position of a decode (`stamp`) claim, and per
//! step of a training chain. Both put the committed positions (or steps) on one x axis and
//! mark the opened ones in a strip below it.

use veritor_protocol::verdict::{Choice, PositionReport, StepReport, Verdict};

use super::svg::{
    num, Panel, Scale, Slots, Svg, BLUE, BROWN, GREEN, GREY, ORANGE, PANEL_HEIGHT, PANEL_TITLE,
    PLOT_LEFT, PLOT_WIDTH, PURPLE, RED,
};

/// The per-position chart of a decode claim (`None` when no position was opened): margin to
/// the runner-up, surprisal, fingerprint distances against their tolerance, near ties
/// flagged, opened positions marked.
pub fn positions(v: &Verdict) -> Option<String> {
    if v.table.is_empty() {
        return None;
    }
    let last = v.table.iter().map(|p| p.leaf.saturating_add(1)).max();
    let slots = Slots {
        domain: v.positions.max(last.unwrap_or(1)),
    };
    let opened: Vec<u64> = v.table.iter().map(|p| p.leaf).collect();
    let mut svg = Svg::new(3.0 * (PANEL_TITLE + PANEL_HEIGHT) + 60.0);
    let mut top = PANEL_TITLE;
    for panel in [margins, surprisal, fingerprints] {
        panel(&mut svg, top, v, slots, &opened);
        top += PANEL_HEIGHT + PANEL_TITLE;
    }
    slots.strip(
        &mut svg,
        top - PANEL_TITLE + 8.0,
        &opened,
        "committed position (leaf); opened positions marked below the plots",
    );
    let data = format!(
        r#"data-plot-left="{PLOT_LEFT}" data-plot-width="{PLOT_WIDTH}" data-domain="{}""#,
        slots.domain
    );
    Some(svg.finish("chart positions", &data))
}

/// Where a position's tooltip starts: `position 3 (row 0, column 7): token 5, model 5`.
fn describe(p: &PositionReport) -> String {
    format!(
        "position {} (row {}, column {}): token {}, model {}",
        p.leaf, p.row, p.column, p.token, p.predicted
    )
}

/// The lower and upper ends of a log axis over `values` (positive ones) and `refs`.
fn log_range(values: &[f64], refs: &[f64]) -> (f64, f64) {
    let positive: Vec<f64> = values
        .iter()
        .chain(refs)
        .copied()
        .filter(|x| x.is_finite() && *x > 0.0)
        .collect();
    let lo = positive.iter().copied().fold(f64::INFINITY, f64::min);
    let hi = positive.iter().copied().fold(0.0, f64::max);
    if positive.is_empty() {
        return (1e-9, 1.0);
    }
    let zero = values.iter().any(|x| *x <= 0.0);
    // Room below the smallest value for the zeros drawn at the floor.
    (if zero { lo / 100.0 } else { lo / 2.0 }, hi * 2.0)
}

/// Margin to the runner-up (matches) or the claimed token's deficit (near ties, mismatches),
/// on a log axis with the tie tolerance.
fn margins(svg: &mut Svg, top: f64, v: &Verdict, slots: Slots, opened: &[u64]) {
    let value = |p: &PositionReport| match p.choice {
        Choice::Match => p.runner_up_margin,
        _ => Some(p.margin),
    };
    let values: Vec<f64> = v.table.iter().filter_map(value).collect();
    let tie = v.tolerances.tie_margin;
    let (lo, hi) = log_range(&values, &[tie]);
    let y = Scale::log(lo, hi, top + PANEL_HEIGHT, top);
    let title = "Margin, log scale: a match's lead over the runner-up; a near tie's or a mismatch's gap to the best score";
    let panel = Panel::draw(svg, top, y, title);
    slots.guides(svg, top, panel.bottom(), opened);
    if tie > 0.0 {
        panel.reference(svg, tie, ORANGE, &format!("tie tolerance {}", num(tie)));
    }
    for p in &v.table {
        let x = slots.at(p.leaf);
        let Some(m) = value(p) else {
            let title = format!("{}: one finite score, no runner-up", describe(p));
            svg.marker((x, top + 4.0), "circle", BLUE, true, &title);
            continue;
        };
        let at = (x, y.at(m));
        let title = format!("{}: {:?}, margin {}", describe(p), p.choice, num(m));
        match p.choice {
            Choice::Match => svg.marker(at, "circle", BLUE, y.below(m), &title),
            Choice::NearTie => {
                svg.marker(at, "triangle", ORANGE, false, &title);
                svg.text(x, at.1 - 9.0, "middle", "flag", "near tie");
            }
            Choice::Mismatch => {
                svg.marker(at, "cross", RED, false, &title);
                svg.text(x, at.1 - 9.0, "middle", "flag bad", "mismatch");
            }
        }
    }
}

/// `-ln p(token)` per opened position (infinite: a red mark at the top), and the mean.
fn surprisal(svg: &mut Svg, top: f64, v: &Verdict, slots: Slots, opened: &[u64]) {
    let finite: Vec<f64> = v.table.iter().filter_map(|p| p.surprisal).collect();
    let hi = finite.iter().copied().fold(1.0, f64::max) * 1.15;
    let y = Scale::linear(0.0, hi, top + PANEL_HEIGHT, top);
    let panel = Panel::draw(svg, top, y, "Surprisal of the claimed token (nats)");
    slots.guides(svg, top, panel.bottom(), opened);
    if let Some(mean) = v.mean_surprisal {
        panel.reference(svg, mean, GREY, &format!("mean {}", num(mean)));
    }
    for p in &v.table {
        let x = slots.at(p.leaf);
        match p.surprisal {
            Some(s) => {
                let title = format!("{}: surprisal {} nats", describe(p), num(s));
                svg.marker((x, y.at(s)), "circle", GREEN, false, &title);
            }
            None => {
                let title = format!("{}: probability 0", describe(p));
                svg.marker((x, top + 6.0), "cross", RED, false, &title);
                svg.text(x, top + 22.0, "middle", "flag bad", "∞");
            }
        }
    }
}

/// Both fingerprint distances per opened position against the position's tolerance (a
/// black dash), on a log axis; zero distances sit hollow at the floor.
fn fingerprints(svg: &mut Svg, top: f64, v: &Verdict, slots: Slots, opened: &[u64]) {
    let values: Vec<f64> = v
        .table
        .iter()
        .flat_map(|p| [p.commit_distance, p.challenge_distance])
        .collect();
    let limits: Vec<f64> = v
        .table
        .iter()
        .flat_map(|p| [p.commit_limit, p.challenge_limit])
        .collect();
    let (lo, hi) = log_range(&values, &limits);
    let y = Scale::log(lo, hi, top + PANEL_HEIGHT, top);
    let title = "Fingerprint distance from the verifier's, relative, log scale (○ committed seed, □ challenge's seed, — tolerance)";
    let panel = Panel::draw(svg, top, y, title);
    slots.guides(svg, top, panel.bottom(), opened);
    for p in &v.table {
        let x = slots.at(p.leaf);
        for limit in [p.commit_limit, p.challenge_limit] {
            let ly = y.at(limit);
            svg.line(
                (x - 8.0, ly),
                (x + 8.0, ly),
                "#000000",
                r#"stroke-width="1.5""#,
            );
        }
        let seeds = [
            (p.commit_distance, p.commit_limit, "circle", PURPLE, -3.0),
            (
                p.challenge_distance,
                p.challenge_limit,
                "square",
                BROWN,
                3.0,
            ),
        ];
        for (d, limit, shape, colour, dx) in seeds {
            let colour = if d <= limit { colour } else { RED };
            let title = format!(
                "{}: {shape} distance {} (tolerance {})",
                describe(p),
                num(d),
                num(limit)
            );
            svg.marker((x + dx, y.at(d)), shape, colour, y.below(d), &title);
        }
    }
}

/// The training chart (`None` when no step was replayed): the loss curve (every step's
/// committed loss when the prover's trace is known, else the replayed steps' only) with the
/// replayed losses, the distances of the replayed steps against their tolerances, and the
/// replayed steps marked.
pub fn training(v: &Verdict, committed: Option<&[f32]>) -> Option<String> {
    if v.steps.is_empty() {
        return None;
    }
    let last = v.steps.iter().map(|s| s.step.saturating_add(1)).max();
    let slots = Slots {
        domain: v.positions.max(last.unwrap_or(1)),
    };
    let committed = committed.filter(|c| c.len() as u64 == slots.domain);
    let opened: Vec<u64> = v.steps.iter().map(|s| s.step).collect();
    let mut svg = Svg::new(2.0 * (PANEL_TITLE + PANEL_HEIGHT) + 60.0);
    let mut top = PANEL_TITLE;
    losses(&mut svg, top, v, committed, slots, &opened);
    top += PANEL_HEIGHT + PANEL_TITLE;
    distances(&mut svg, top, v, slots, &opened);
    top += PANEL_HEIGHT + PANEL_TITLE;
    slots.strip(
        &mut svg,
        top - PANEL_TITLE + 8.0,
        &opened,
        "training step; replayed steps marked below the plots",
    );
    let data = format!(
        r#"data-plot-left="{PLOT_LEFT}" data-plot-width="{PLOT_WIDTH}" data-domain="{}""#,
        slots.domain
    );
    Some(svg.finish("chart training", &data))
}

/// The loss curve: committed losses (a line through every step when known), the verifier's
/// replayed loss at each replayed step (green; a red cross where the step failed).
fn losses(
    svg: &mut Svg,
    top: f64,
    v: &Verdict,
    committed: Option<&[f32]>,
    slots: Slots,
    opened: &[u64],
) {
    let all: Vec<f64> = committed
        .unwrap_or(&[])
        .iter()
        .map(|l| *l as f64)
        .chain(
            v.steps
                .iter()
                .flat_map(|s| [s.loss as f64, s.replayed_loss as f64]),
        )
        .filter(|x| x.is_finite())
        .collect();
    let lo = all.iter().copied().fold(f64::INFINITY, f64::min);
    let hi = all.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let pad = ((hi - lo) * 0.08).max(hi.abs() * 1e-3).max(1e-6);
    let (lo, hi) = if lo.is_finite() {
        (lo - pad, hi + pad)
    } else {
        (0.0, 1.0)
    };
    let y = Scale::linear(lo, hi, top + PANEL_HEIGHT, top);
    let title = match committed {
        Some(_) => "Loss: the prover's committed curve (from its trace; only replayed steps are checked) and the verifier's replays",
        None => "Loss of the replayed steps: committed (hollow blue) and replayed by the verifier (green)",
    };
    let panel = Panel::draw(svg, top, y, title);
    slots.guides(svg, top, panel.bottom(), opened);
    if let Some(c) = committed {
        let points: Vec<String> = c
            .iter()
            .enumerate()
            .filter(|(_, l)| l.is_finite())
            .map(|(i, l)| format!("{:.1},{:.1}", slots.at(i as u64), y.at(*l as f64)))
            .collect();
        svg.raw(&format!(
            r#"<polyline points="{}" fill="none" stroke="{BLUE}" stroke-width="1.5"/>"#,
            points.join(" ")
        ));
    }
    for s in &v.steps {
        let x = slots.at(s.step);
        let title = step_title(s);
        svg.marker((x, y.at(s.loss as f64)), "circle", BLUE, true, &title);
        if s.problems.is_empty() {
            svg.marker(
                (x, y.at(s.replayed_loss as f64)),
                "circle",
                GREEN,
                false,
                &title,
            );
        } else {
            svg.marker(
                (x, y.at(s.replayed_loss as f64)),
                "cross",
                RED,
                false,
                &title,
            );
        }
    }
}

fn step_title(s: &StepReport) -> String {
    format!(
        "step {}: lr {}, committed loss {}, replayed loss {}, update distance {}, fingerprint distance {}{}",
        s.step,
        num(s.lr as f64),
        num(s.loss as f64),
        num(s.replayed_loss as f64),
        num(s.update_distance),
        num(s.fingerprint_distance),
        if s.problems.is_empty() { "" } else { ", FAILED" }
    )
}

/// The replayed steps' update and fingerprint distances against their tolerances.
fn distances(svg: &mut Svg, top: f64, v: &Verdict, slots: Slots, opened: &[u64]) {
    let values: Vec<f64> = v
        .steps
        .iter()
        .flat_map(|s| [s.update_distance, s.fingerprint_distance])
        .collect();
    let update_rel = v.training_tolerances.map(|t| t.update_rel);
    let fingerprint_rel = v.tolerances.fingerprint_rel;
    let refs: Vec<f64> = update_rel.into_iter().chain([fingerprint_rel]).collect();
    let (lo, hi) = log_range(&values, &refs);
    let y = Scale::log(lo, hi, top + PANEL_HEIGHT, top);
    let title = "Distance from the replay, relative, log scale (○ update, □ fingerprints)";
    let panel = Panel::draw(svg, top, y, title);
    slots.guides(svg, top, panel.bottom(), opened);
    if let Some(u) = update_rel {
        let label = format!("update tolerance {} (relative)", num(u));
        panel.reference(svg, u, ORANGE, &label);
    }
    let label = format!("fingerprint tolerance {} (relative)", num(fingerprint_rel));
    panel.reference(svg, fingerprint_rel, PURPLE, &label);
    for s in &v.steps {
        let x = slots.at(s.step);
        let title = step_title(s);
        let bad = !s.problems.is_empty();
        for (d, shape, colour, dx) in [
            (s.update_distance, "circle", ORANGE, -3.0),
            (s.fingerprint_distance, "square", PURPLE, 3.0),
        ] {
            let colour = if bad { RED } else { colour };
            svg.marker((x + dx, y.at(d)), shape, colour, y.below(d), &title);
        }
    }
}
