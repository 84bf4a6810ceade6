//! `veritor verify --html FILE`: the verdict as one self-contained HTML page for people. The
//! decision and its reasons, the claim's digests, a chart per opened position of a decode
//! claim (margin to the runner-up, surprisal, fingerprint distances against their tolerance,
//! near ties flagged, opened positions marked) or per step of a training chain (the loss
//! curve, replayed steps marked), and the verdict's tables.
//!
//! Self-contained: inline CSS and SVG drawn here, no script, nothing fetched (a
//! Content-Security-Policy forbids both). A claim, its openings and so the verdict's reasons
//! are untrusted input: every string from them is escaped ([`esc`]).

mod charts;
mod svg;

use std::fmt::Write as _;
use std::path::Path;

use veritor_protocol::claim::{Claim, Strategy};
use veritor_protocol::verdict::{Choice, Outcome, Verdict};

pub use svg::{esc, num, OPENED, PLOT_BACKGROUND, PLOT_LEFT, PLOT_WIDTH};

/// Width of the page's column (CSS pixels): the charts are as wide. A screenshot of a window
/// `W` pixels wide has the charts' left edge at `(W - PAGE_WIDTH) / 2`.
pub const PAGE_WIDTH: u32 = 1000;

/// What the page shows.
pub struct Report<'a> {
    pub verdict: &'a Verdict,
    /// The claim file as given on the command line.
    pub claim_file: &'a str,
    /// The claim, when it could be read.
    pub claim: Option<&'a Claim>,
    /// The claim's id in the store (`<kind>-<digest of its JSON>`).
    pub claim_id: Option<&'a str>,
    /// Every step's committed loss (a training claim whose trace the store holds).
    pub committed_losses: Option<&'a [f32]>,
}

/// Writes the page to `path` (through a temporary file beside it, renamed into place).
pub fn write(path: &Path, report: &Report) -> Result<(), String> {
    let tmp = path.with_extension(format!("tmp-{}", std::process::id()));
    std::fs::write(&tmp, page(report))
        .and_then(|_| std::fs::rename(&tmp, path))
        .map_err(|e| {
            let _ = std::fs::remove_file(&tmp);
            format!("{}: cannot write the HTML report: {e}", path.display())
        })
}

/// The whole page.
pub fn page(r: &Report) -> String {
    let v = r.verdict;
    let mut s = String::new();
    let title = format!(
        "Veritor verdict: {} ({} claim)",
        word(v.outcome),
        strategy(v)
    );
    let _ = write!(
        s,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n\
         <title>{}</title>\n<style>\n{STYLE}</style>\n</head>\n<body>\n<main>\n",
        esc(&title)
    );
    header(&mut s, v);
    reasons(&mut s, v);
    if let Some(chart) = charts::positions(v) {
        section(&mut s, "Opened positions", &chart);
        s.push_str(POSITIONS_LEGEND);
    }
    if let Some(chart) = charts::training(v, r.committed_losses) {
        section(&mut s, "Training steps", &chart);
        s.push_str(TRAINING_LEGEND);
    }
    claim(&mut s, r);
    tolerances(&mut s, v);
    position_table(&mut s, v);
    step_table(&mut s, v);
    let _ = write!(
        s,
        "<footer>Written by veritor {} (<code>veritor verify --html</code>). One file: no script, nothing fetched.</footer>\n</main>\n</body>\n</html>\n",
        env!("CARGO_PKG_VERSION")
    );
    s
}

const STYLE: &str = "body { margin: 0; font: 14px/1.45 system-ui, sans-serif; color: #1b1b1b; background: #ffffff; }
main { width: 1000px; margin: 0 auto; padding: 0 0 40px 0; }
header { margin: 16px 0; padding: 14px 18px; border-left: 8px solid; }
header.accept { background: #e6f4ea; border-color: #1e8e3e; }
header.reject { background: #fce8e6; border-color: #c5221f; }
header.cannot { background: #fef7e0; border-color: #e37400; }
header h1 { margin: 0 0 4px 0; font-size: 26px; letter-spacing: 0.04em; }
h2 { font-size: 17px; margin: 26px 0 8px 0; border-bottom: 1px solid #dddddd; }
code, .digest { font-family: ui-monospace, monospace; font-size: 12.5px; overflow-wrap: anywhere; }
table { border-collapse: collapse; }
td, th { padding: 2px 8px; text-align: left; vertical-align: top; border-bottom: 1px solid #eeeeee; }
th { background: #f5f5f5; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
tr.bad td { background: #fdecea; }
svg { display: block; }
svg text { font-family: system-ui, sans-serif; }
svg .title { font-size: 12.5px; font-weight: 600; fill: #333333; }
svg .tick, svg .note, svg .axis { font-size: 11px; fill: #444444; }
svg .flag { font-size: 11px; fill: #b85c00; }
svg .flag.bad { fill: #c5221f; }
.legend span { margin-right: 18px; }
footer { margin-top: 30px; color: #666666; font-size: 12px; }
";

/// The legends under the charts (the opened swatch is one step off [`OPENED`], so that only
/// the charts' markers have that colour).
const POSITIONS_LEGEND: &str = "<p class=\"legend\"><span style=\"color:#1f77b4\">&#9679; match</span><span style=\"color:#ff7f0e\">&#9650; near tie (accepted)</span><span style=\"color:#d62728\">&#10005; mismatch or over tolerance</span><span style=\"color:#2ca02c\">&#9679; surprisal</span><span style=\"color:#9467bd\">&#9679; committed-seed fingerprint</span><span style=\"color:#8c564b\">&#9632; challenge-seed fingerprint</span><span style=\"color:#fe01fe\">&#9646; opened position</span><span>hollow at a log axis' floor: 0 (identical)</span></p>\n";
const TRAINING_LEGEND: &str = "<p class=\"legend\"><span style=\"color:#1f77b4\">&#9675; committed loss</span><span style=\"color:#2ca02c\">&#9679; replayed loss</span><span style=\"color:#d62728\">&#10005; failed step</span><span style=\"color:#fe01fe\">&#9646; replayed step</span><span>hollow at a log axis' floor: 0 (identical)</span></p>\n";

fn word(o: Outcome) -> &'static str {
    match o {
        Outcome::Accept => "ACCEPTED",
        Outcome::Reject => "REJECTED",
        Outcome::CannotVerify => "CANNOT VERIFY",
    }
}

fn strategy(v: &Verdict) -> &str {
    v.strategy.as_deref().unwrap_or("unreadable")
}

fn section(s: &mut String, title: &str, body: &str) {
    let _ = write!(s, "<section>\n<h2>{}</h2>\n{body}</section>\n", esc(title));
}

/// The decision, in colour, and what was checked.
fn header(s: &mut String, v: &Verdict) {
    let class = match v.outcome {
        Outcome::Accept => "accept",
        Outcome::Reject => "reject",
        Outcome::CannotVerify => "cannot",
    };
    let mut facts = vec![format!("{} claim", strategy(v))];
    match v.strategy.as_deref() {
        Some("stamp") => facts.push(format!(
            "{} of {} positions opened, {} near ties",
            v.opened, v.positions, v.near_ties
        )),
        Some("training_replay") => {
            facts.push(format!("{} of {} steps replayed", v.opened, v.positions))
        }
        _ => {}
    }
    facts.push(format!(
        "runs {:.3} s, total {:.3} s",
        v.run_seconds, v.total_seconds
    ));
    let _ = writeln!(
        s,
        "<header class=\"{class}\"><h1>{}</h1><div>{}</div></header>",
        word(v.outcome),
        esc(&facts.join(" · "))
    );
}

/// The reasons (the first ten shown, the rest folded).
fn reasons(s: &mut String, v: &Verdict) {
    if v.reasons.is_empty() {
        return;
    }
    s.push_str("<section>\n<h2>Reasons</h2>\n<ol>\n");
    for (i, r) in v.reasons.iter().enumerate() {
        if i == 10 {
            let _ = writeln!(
                s,
                "</ol>\n<details><summary>{} more</summary>\n<ol start=\"11\">",
                v.reasons.len() - 10
            );
        }
        let _ = writeln!(s, "<li>{}</li>", esc(r));
    }
    s.push_str("</ol>\n");
    if v.reasons.len() > 10 {
        s.push_str("</details>\n");
    }
    s.push_str("</section>\n");
}

/// One row of a key/value table (`value` already escaped).
fn row(s: &mut String, key: &str, value: &str) {
    let _ = writeln!(s, "<tr><th>{}</th><td>{value}</td></tr>", esc(key));
}

fn digest(text: &str) -> String {
    format!("<span class=\"digest\">{}</span>", esc(text))
}

/// A folded numbered list of digests.
fn digests(list: &[String]) -> String {
    let mut s = format!(
        "<details><summary>{} digests</summary><ol start=\"0\">",
        list.len()
    );
    for d in list {
        let _ = write!(s, "<li>{}</li>", digest(d));
    }
    s.push_str("</ol></details>");
    s
}

/// The claim's file, id and every digest and parameter.
fn claim(s: &mut String, r: &Report) {
    s.push_str("<section>\n<h2>Claim</h2>\n<table class=\"kv\">\n");
    row(s, "file", &format!("<code>{}</code>", esc(r.claim_file)));
    let Some(c) = r.claim else {
        row(s, "claim", "could not be read (see the reasons)");
        s.push_str("</table>\n</section>\n");
        return;
    };
    if let Some(id) = r.claim_id {
        row(s, "id", &digest(id));
    }
    row(s, "graph", &digest(&c.graph));
    row(s, "entry", &format!("<code>{}</code>", esc(&c.entry)));
    row(s, "inputs", &digests(&c.inputs));
    row(s, "outputs", &digests(&c.outputs));
    row(s, "strategy", &esc(c.strategy.kind()));
    match &c.strategy {
        Strategy::BitExact {} => {}
        Strategy::Stamp {
            sampling,
            seed,
            request,
            positions,
            commitment,
            fingerprint_dim,
        } => {
            let top_k = sampling.top_k.map_or("none".to_string(), |k| k.to_string());
            let text = format!(
                "temperature {}, top-k {top_k}, top-p {}",
                num(sampling.temperature),
                num(sampling.top_p)
            );
            row(s, "sampling", &esc(&text));
            row(s, "seed, request", &format!("{seed}, {request}"));
            row(s, "positions", &positions.to_string());
            row(s, "commitment", &digest(commitment));
            row(s, "fingerprint dimension", &fingerprint_dim.to_string());
        }
        Strategy::TrainingReplay {
            checkpoints,
            steps,
            schedule,
            commitment,
            fingerprint_dim,
        } => {
            row(s, "steps", &steps.to_string());
            row(s, "schedule", &digest(schedule));
            row(s, "checkpoints", &digests(checkpoints));
            row(s, "commitment", &digest(commitment));
            row(s, "fingerprint dimension", &fingerprint_dim.to_string());
        }
    }
    s.push_str("</table>\n</section>\n");
}

/// The thresholds the checks used.
fn tolerances(s: &mut String, v: &Verdict) {
    let t = &v.tolerances;
    s.push_str("<section>\n<h2>Tolerances</h2>\n<table class=\"kv\">\n");
    let fp = format!(
        "{} relative + {} absolute",
        num(t.fingerprint_rel),
        num(t.fingerprint_abs)
    );
    row(s, "fingerprint", &fp);
    row(s, "tie margin", &num(t.tie_margin));
    row(
        s,
        "canonical noise",
        &format!("{} relative", num(t.noise_rel)),
    );
    if let Some(tt) = v.training_tolerances {
        let update = format!(
            "{} relative to the update + {} absolute",
            num(tt.update_rel),
            num(tt.update_abs)
        );
        row(s, "update distance", &update);
    }
    s.push_str("</table>\n</section>\n");
}

/// One cell per value; `n` right-aligns numbers.
fn cells(s: &mut String, values: &[(bool, String)]) {
    for (numeric, text) in values {
        let class = if *numeric { " class=\"n\"" } else { "" };
        let _ = write!(s, "<td{class}>{}</td>", esc(text));
    }
}

fn head_row(s: &mut String, names: &[&str]) {
    s.push_str("<table>\n<tr>");
    for n in names {
        let _ = write!(s, "<th>{}</th>", esc(n));
    }
    s.push_str("</tr>\n");
}

/// The verdict's per-position table.
fn position_table(s: &mut String, v: &Verdict) {
    if v.table.is_empty() {
        return;
    }
    s.push_str("<section>\n<h2>Per position</h2>\n");
    head_row(
        s,
        &[
            "leaf",
            "row",
            "column",
            "token",
            "model",
            "choice",
            "margin",
            "runner-up",
            "surprisal",
            "fp committed",
            "fp challenge",
            "proof",
            "problems",
        ],
    );
    for p in &v.table {
        let bad = if p.problems.is_empty() {
            ""
        } else {
            " class=\"bad\""
        };
        let _ = write!(s, "<tr{bad}>");
        let choice = match p.choice {
            Choice::Match => "match",
            Choice::NearTie => "near tie",
            Choice::Mismatch => "MISMATCH",
        };
        let within = |d: f64, limit: f64| format!("{} (≤ {})", num(d), num(limit));
        cells(
            s,
            &[
                (true, p.leaf.to_string()),
                (true, p.row.to_string()),
                (true, p.column.to_string()),
                (true, p.token.to_string()),
                (true, p.predicted.to_string()),
                (false, choice.to_string()),
                (true, num(p.margin)),
                (true, p.runner_up_margin.map_or("n/a".to_string(), num)),
                (true, p.surprisal.map_or("∞".to_string(), num)),
                (true, within(p.commit_distance, p.commit_limit)),
                (true, within(p.challenge_distance, p.challenge_limit)),
                (false, if p.proof { "ok" } else { "BAD" }.to_string()),
                (false, p.problems.join("; ")),
            ],
        );
        s.push_str("</tr>\n");
    }
    s.push_str("</table>\n</section>\n");
}

/// The verdict's per-step table.
fn step_table(s: &mut String, v: &Verdict) {
    if v.steps.is_empty() {
        return;
    }
    s.push_str("<section>\n<h2>Per replayed step</h2>\n");
    head_row(
        s,
        &[
            "step",
            "lr",
            "loss",
            "replayed",
            "update distance",
            "fingerprint distance",
            "seconds",
            "proof",
            "problems",
        ],
    );
    for st in &v.steps {
        let bad = if st.problems.is_empty() {
            ""
        } else {
            " class=\"bad\""
        };
        let _ = write!(s, "<tr{bad}>");
        cells(
            s,
            &[
                (true, st.step.to_string()),
                (true, num(st.lr as f64)),
                (true, num(st.loss as f64)),
                (true, num(st.replayed_loss as f64)),
                (true, num(st.update_distance)),
                (true, num(st.fingerprint_distance)),
                (true, format!("{:.3}", st.seconds)),
                (false, if st.proof { "ok" } else { "BAD" }.to_string()),
                (false, st.problems.join("; ")),
            ],
        );
        s.push_str("</tr>\n");
    }
    s.push_str("</table>\n</section>\n");
}

#[cfg(test)]
mod tests {
    use super::*;
    use veritor_protocol::claim::Claim;
    use veritor_protocol::tolerances::Tolerances;
    use veritor_protocol::verdict::{PositionReport, StepReport};

    fn position(leaf: u64, choice: Choice) -> PositionReport {
        PositionReport {
            leaf,
            row: 0,
            column: leaf + 4,
            token: 3,
            predicted: if choice == Choice::Match { 3 } else { 4 },
            choice,
            margin: if choice == Choice::Match { 0.0 } else { 1e-6 },
            runner_up_margin: Some(0.5 + leaf as f64),
            surprisal: if leaf == 11 { None } else { Some(1.5) },
            commit_distance: 0.0,
            challenge_distance: 2e-6,
            commit_limit: 1e-5,
            challenge_limit: 1.1e-5,
            proof: true,
            problems: Vec::new(),
        }
    }

    fn stamp_verdict(leaves: &[u64]) -> Verdict {
        let mut v = Verdict::new(&Tolerances::default());
        v.strategy = Some("stamp".to_string());
        v.positions = 12;
        v.opened = leaves.len();
        for (i, &leaf) in leaves.iter().enumerate() {
            let choice = if i == 1 {
                Choice::NearTie
            } else {
                Choice::Match
            };
            v.table.push(position(leaf, choice));
        }
        v
    }

    fn claim(entry: &str) -> Claim {
        let d = "ab".repeat(32);
        let text = format!(
            r#"{{"format":"veritor-claim/1","graph":"{d}","entry":"main","inputs":["{d}"],"outputs":["{d}"],
            "strategy":{{"kind":"stamp","sampling":{{"temperature":0.0,"top_k":null,"top_p":1.0}},
            "seed":1,"request":7,"positions":12,"commitment":"{d}","fingerprint_dim":16}}}}"#
        );
        let mut c = Claim::from_json(&text).unwrap();
        c.entry = entry.to_string();
        c
    }

    /// The `x` of every `class="opened"` marker of a page.
    fn opened_markers(page: &str) -> Vec<f64> {
        page.split("<rect class=\"opened\" x=\"")
            .skip(1)
            .map(|rest| rest.split('"').next().unwrap().parse().unwrap())
            .collect()
    }

    #[test]
    fn untrusted_strings_are_escaped_everywhere() {
        let mut v = stamp_verdict(&[0, 5]);
        let evil = "<script>alert(1)</script>";
        v.reject(format!("position 5: {evil}"));
        v.table[1].problems.push(evil.to_string());
        let c = claim("<img src=x onerror=alert(1)>");
        let page = page(&Report {
            verdict: &v,
            claim_file: "claims/<script>.json",
            claim: Some(&c),
            claim_id: Some("stamp-<script>alert(1)</script>"),
            committed_losses: None,
        });
        let lower = page.to_lowercase();
        assert!(!lower.contains("<script"), "{page}");
        assert!(!lower.contains("<img"), "{page}");
        assert!(page.contains("stamp-&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert!(page.contains("claims/&lt;script&gt;.json"));
        assert!(page.contains("&lt;img src=x onerror=alert(1)&gt;"));
        assert!(page.contains("default-src 'none'"), "no script may run");
    }

    #[test]
    fn the_page_shows_the_verdict_and_marks_each_opened_position() {
        let v = stamp_verdict(&[0, 3, 11]);
        let c = claim("main");
        let page = page(&Report {
            verdict: &v,
            claim_file: "c.json",
            claim: Some(&c),
            claim_id: Some("stamp-1234"),
            committed_losses: None,
        });
        assert!(page.contains("<h1>ACCEPTED</h1>") && page.contains("3 of 12 positions opened"));
        assert!(page.contains(&"ab".repeat(32)), "the digests");
        let slot = PLOT_WIDTH / 12.0;
        let want: Vec<f64> = [0.0, 3.0, 11.0]
            .iter()
            .map(|i| (PLOT_LEFT + (i + 0.5) * slot - 3.0).round())
            .collect();
        assert_eq!(opened_markers(&page), want);
        assert!(page.contains(">near tie<"), "the near tie is flagged");
        assert!(page.contains(">∞<"), "the infinite surprisal is shown");
        assert_eq!(page.matches(OPENED).count(), 3, "only the markers");
        assert!(!page.contains("Training steps"));
    }

    #[test]
    fn a_training_page_draws_the_loss_curve_and_marks_replayed_steps() {
        let mut v = Verdict::new(&Tolerances::default());
        v.strategy = Some("training_replay".to_string());
        v.positions = 8;
        for step in [1, 6] {
            v.steps.push(StepReport {
                step,
                lr: 0.1,
                loss: 3.0 - step as f32 * 0.1,
                replayed_loss: 3.0 - step as f32 * 0.1,
                update_distance: 0.0,
                fingerprint_distance: 0.0,
                proof: true,
                seconds: 0.01,
                problems: Vec::new(),
            });
        }
        let losses: Vec<f32> = (0..8).map(|i| 3.0 - i as f32 * 0.1).collect();
        let report = |losses| Report {
            verdict: &v,
            claim_file: "t.json",
            claim: None,
            claim_id: None,
            committed_losses: losses,
        };
        let with = page(&report(Some(&losses)));
        assert_eq!(opened_markers(&with).len(), 2);
        assert_eq!(with.matches("<polyline").count(), 1, "the committed curve");
        assert!(with.contains("could not be read"));
        let without = page(&report(None));
        assert_eq!(without.matches("<polyline").count(), 0);
        // A trace of another length is not drawn.
        assert_eq!(
            page(&report(Some(&losses[..3])))
                .matches("<polyline")
                .count(),
            0
        );
    }

    #[test]
    fn an_unwritable_path_is_one_line() {
        let v = stamp_verdict(&[]);
        let r = Report {
            verdict: &v,
            claim_file: "c.json",
            claim: None,
            claim_id: None,
            committed_losses: None,
        };
        let err = write(Path::new("/nonexistent-dir/r.html"), &r).unwrap_err();
        assert!(err.starts_with("/nonexistent-dir/r.html: cannot write the HTML report:"));
        assert!(!err.contains('\n'));
    }
}
