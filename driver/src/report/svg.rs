//! Plot primitives for the report's charts, drawn as SVG text: scales (linear and log), the
//! panels a chart stacks on one x axis, ticks, and the markers. Every string that reaches the
//! SVG goes through [`esc`].

use std::fmt::Write as _;

/// Width of every chart (CSS pixels; the page is as wide).
pub const CHART_WIDTH: f64 = 1000.0;
/// Left edge of the plot area inside a chart (room for the y tick labels).
pub const PLOT_LEFT: f64 = 90.0;
/// Width of the plot area.
pub const PLOT_WIDTH: f64 = 880.0;
/// Height of one panel's plot area.
pub const PANEL_HEIGHT: f64 = 130.0;
/// Space above a panel for its title.
pub const PANEL_TITLE: f64 = 30.0;
/// Height of the strip that marks the opened positions (or replayed steps).
pub const STRIP_HEIGHT: f64 = 14.0;

/// The opened positions' markers: a colour used nowhere else on the page, so that a
/// screenshot test can find them by colour (`tools/report_screenshot.py`).
pub const OPENED: &str = "#ff00ff";
/// The plot area's background (also unique to plot areas).
pub const PLOT_BACKGROUND: &str = "#f3f6fb";
pub const BLUE: &str = "#1f77b4";
pub const ORANGE: &str = "#ff7f0e";
pub const GREEN: &str = "#2ca02c";
pub const RED: &str = "#d62728";
pub const PURPLE: &str = "#9467bd";
pub const BROWN: &str = "#8c564b";
pub const GREY: &str = "#555555";

/// Escapes text for HTML and SVG (element content and quoted attributes).
pub fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// A number for people: `0`, a short decimal between 1e-3 and 1e5, else `1.5e-7`.
pub fn num(x: f64) -> String {
    if x == 0.0 {
        return "0".to_string();
    }
    if !x.is_finite() {
        return if x.is_nan() {
            "NaN"
        } else if x > 0.0 {
            "∞"
        } else {
            "-∞"
        }
        .to_string();
    }
    let a = x.abs();
    if (1e-3..1e5).contains(&a) {
        let s = format!("{x:.4}");
        let s = s.trim_end_matches('0').trim_end_matches('.');
        return s.to_string();
    }
    let s = format!("{x:.1e}");
    s.replace(".0e", "e")
}

/// How values map onto pixels along one axis.
#[derive(Clone, Copy, Debug)]
pub enum Scale {
    /// `lo..hi` onto `from..to`.
    Linear {
        lo: f64,
        hi: f64,
        from: f64,
        to: f64,
    },
    /// `10^lo..10^hi` onto `from..to` (values at or below `10^lo` sit at `from`).
    Log {
        lo: f64,
        hi: f64,
        from: f64,
        to: f64,
    },
}

impl Scale {
    /// A linear scale over `lo..hi` (widened when empty).
    pub fn linear(lo: f64, hi: f64, from: f64, to: f64) -> Scale {
        let (lo, hi) = if hi > lo {
            (lo, hi)
        } else {
            (lo - 1.0, lo + 1.0)
        };
        Scale::Linear { lo, hi, from, to }
    }

    /// A log scale over whole decades covering the positive `lo..hi`.
    pub fn log(lo: f64, hi: f64, from: f64, to: f64) -> Scale {
        let lo = lo.max(f64::MIN_POSITIVE).log10().floor();
        let hi = hi.max(f64::MIN_POSITIVE).log10().ceil().max(lo + 1.0);
        Scale::Log { lo, hi, from, to }
    }

    /// The pixel of `value`, clamped to the axis.
    pub fn at(&self, value: f64) -> f64 {
        let (t, from, to) = match *self {
            Scale::Linear { lo, hi, from, to } => ((value - lo) / (hi - lo), from, to),
            Scale::Log { lo, hi, from, to } => {
                let v = if value > 0.0 { value.log10() } else { lo };
                ((v - lo) / (hi - lo), from, to)
            }
        };
        let t = if t.is_nan() { 0.0 } else { t.clamp(0.0, 1.0) };
        from + t * (to - from)
    }

    /// Whether `value` lies below the axis (drawn at its floor).
    pub fn below(&self, value: f64) -> bool {
        match *self {
            Scale::Linear { lo, .. } => value < lo,
            Scale::Log { lo, .. } => value <= 0.0 || value.log10() < lo,
        }
    }

    /// Tick values: 1-2-5 steps (linear) or decades (log, at most 6 labelled).
    pub fn ticks(&self) -> Vec<f64> {
        match *self {
            Scale::Linear { lo, hi, .. } => linear_ticks(lo, hi, 5),
            Scale::Log { lo, hi, .. } => {
                let every = ((hi - lo) / 5.0).ceil().max(1.0) as i64;
                (lo as i64..=hi as i64)
                    .filter(|d| (d - lo as i64) % every == 0)
                    .map(|d| 10f64.powi(d as i32))
                    .collect()
            }
        }
    }
}

/// About `n` ticks over `lo..hi` at 1, 2 or 5 times a power of ten.
pub fn linear_ticks(lo: f64, hi: f64, n: usize) -> Vec<f64> {
    let span = hi - lo;
    if !(span.is_finite() && span > 0.0) {
        return vec![lo];
    }
    let raw = span / n.max(1) as f64;
    let power = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 5.0, 10.0]
        .iter()
        .map(|m| m * power)
        .find(|s| *s >= raw)
        .unwrap_or(10.0 * power);
    let first = (lo / step).ceil() as i64;
    let last = (hi / step).floor() as i64;
    (first..=last).map(|k| k as f64 * step).collect()
}

/// An SVG document being built: elements appended as text.
pub struct Svg {
    body: String,
    height: f64,
}

impl Svg {
    /// An empty chart `height` pixels tall.
    pub fn new(height: f64) -> Svg {
        Svg {
            body: String::new(),
            height,
        }
    }

    /// Appends raw SVG (callers escape what they interpolate).
    pub fn raw(&mut self, element: &str) {
        self.body.push_str(element);
        self.body.push('\n');
    }

    /// Text at `(x, y)`; `anchor` is `start`, `middle` or `end`.
    pub fn text(&mut self, x: f64, y: f64, anchor: &str, class: &str, text: &str) {
        let _ = writeln!(
            self.body,
            r#"<text x="{x:.1}" y="{y:.1}" text-anchor="{anchor}" class="{class}">{}</text>"#,
            esc(text)
        );
    }

    /// A horizontal or vertical line.
    pub fn line(&mut self, from: (f64, f64), to: (f64, f64), stroke: &str, extra: &str) {
        let _ = writeln!(
            self.body,
            r#"<line x1="{:.1}" y1="{:.1}" x2="{:.1}" y2="{:.1}" stroke="{stroke}" {extra}/>"#,
            from.0, from.1, to.0, to.1
        );
    }

    /// A filled rectangle with crisp edges (exact colours in a screenshot).
    pub fn rect(&mut self, x: f64, y: f64, w: f64, h: f64, fill: &str, class: &str) {
        let _ = writeln!(
            self.body,
            r#"<rect class="{class}" x="{x:.0}" y="{y:.0}" width="{w:.0}" height="{h:.0}" fill="{fill}" shape-rendering="crispEdges"/>"#
        );
    }

    /// A marker of `shape` (`circle`, `square`, `triangle`, `cross`) centred at `(x, y)`;
    /// `hollow` draws the outline only. `title` is the tooltip.
    pub fn marker(&mut self, at: (f64, f64), shape: &str, colour: &str, hollow: bool, title: &str) {
        let (x, y) = at;
        let fill = if hollow { "white" } else { colour };
        let paint = format!(r#"fill="{fill}" stroke="{colour}" stroke-width="1.5""#);
        let title = format!("<title>{}</title>", esc(title));
        let element = match shape {
            "square" => format!(
                r#"<rect x="{:.1}" y="{:.1}" width="8" height="8" {paint}>{title}</rect>"#,
                x - 4.0,
                y - 4.0
            ),
            "triangle" => format!(
                r#"<path d="M{x:.1} {:.1} L{:.1} {:.1} L{:.1} {:.1} Z" {paint}>{title}</path>"#,
                y - 6.0,
                x + 5.5,
                y + 4.0,
                x - 5.5,
                y + 4.0
            ),
            "cross" => format!(
                r#"<path d="M{:.1} {:.1} L{:.1} {:.1} M{:.1} {:.1} L{:.1} {:.1}" stroke="{colour}" stroke-width="2.5">{title}</path>"#,
                x - 5.0,
                y - 5.0,
                x + 5.0,
                y + 5.0,
                x - 5.0,
                y + 5.0,
                x + 5.0,
                y - 5.0
            ),
            _ => format!(r#"<circle cx="{x:.1}" cy="{y:.1}" r="4" {paint}>{title}</circle>"#),
        };
        self.raw(&element);
    }

    /// The finished `<svg>` element: `class` and `data-*` attributes (already escaped)
    /// on the root.
    pub fn finish(self, class: &str, data: &str) -> String {
        format!(
            r#"<svg xmlns="http://www.w3.org/2000/svg" class="{class}" width="{CHART_WIDTH:.0}" height="{h:.0}" viewBox="0 0 {CHART_WIDTH:.0} {h:.0}" {data}>
{body}</svg>
"#,
            h = self.height,
            body = self.body
        )
    }
}

/// One panel of a chart: a title, a plot area at `top`, and its y scale.
pub struct Panel {
    pub top: f64,
    pub y: Scale,
}

impl Panel {
    /// Draws the panel's frame, title, horizontal grid and y tick labels.
    pub fn draw(svg: &mut Svg, top: f64, y: Scale, title: &str) -> Panel {
        svg.text(PLOT_LEFT, top - 10.0, "start", "title", title);
        svg.rect(
            PLOT_LEFT,
            top,
            PLOT_WIDTH,
            PANEL_HEIGHT,
            PLOT_BACKGROUND,
            "plot-area",
        );
        for t in y.ticks() {
            let py = y.at(t);
            svg.line((PLOT_LEFT, py), (PLOT_LEFT + PLOT_WIDTH, py), "#d9dee7", "");
            svg.text(PLOT_LEFT - 6.0, py + 4.0, "end", "tick", &num(t));
        }
        Panel { top, y }
    }

    /// The bottom edge of the plot area.
    pub fn bottom(&self) -> f64 {
        self.top + PANEL_HEIGHT
    }

    /// A dashed horizontal reference line at `value`, labelled at the right.
    pub fn reference(&self, svg: &mut Svg, value: f64, colour: &str, label: &str) {
        let y = self.y.at(value);
        let dash = r#"stroke-dasharray="6 4" stroke-width="1.5""#;
        svg.line((PLOT_LEFT, y), (PLOT_LEFT + PLOT_WIDTH, y), colour, dash);
        svg.text(PLOT_LEFT + PLOT_WIDTH - 4.0, y - 4.0, "end", "note", label);
    }
}

/// The shared x axis: `domain` slots (positions or steps), slot `i` centred at
/// `PLOT_LEFT + (i + 0.5) * PLOT_WIDTH / domain`.
#[derive(Clone, Copy, Debug)]
pub struct Slots {
    pub domain: u64,
}

impl Slots {
    /// The x pixel of slot `i`'s centre.
    pub fn at(&self, i: u64) -> f64 {
        let d = self.domain.max(1) as f64;
        PLOT_LEFT + (i.min(self.domain.saturating_sub(1)) as f64 + 0.5) * PLOT_WIDTH / d
    }

    /// Width of an opened-slot marker: a slot's width, between 2 and 6 pixels.
    pub fn marker_width(&self) -> f64 {
        (PLOT_WIDTH / self.domain.max(1) as f64)
            .clamp(2.0, 6.0)
            .floor()
    }

    /// The strip at `top` marking `opened` slots in [`OPENED`], with the x axis below it
    /// (`label` names the slots); returns the y below the axis labels.
    pub fn strip(&self, svg: &mut Svg, top: f64, opened: &[u64], label: &str) -> f64 {
        svg.rect(PLOT_LEFT, top, PLOT_WIDTH, STRIP_HEIGHT, "#eeeeee", "strip");
        let w = self.marker_width();
        for &i in opened {
            let x = (self.at(i) - w / 2.0).round();
            svg.rect(x, top, w, STRIP_HEIGHT, OPENED, "opened");
        }
        let bottom = top + STRIP_HEIGHT;
        let hi = self.domain.max(1) as f64;
        for t in linear_ticks(0.0, hi - 1.0, 10)
            .into_iter()
            .filter(|t| t.fract() == 0.0)
        {
            let x = self.at(t as u64);
            svg.line((x, bottom), (x, bottom + 4.0), GREY, "");
            svg.text(x, bottom + 16.0, "middle", "tick", &num(t));
        }
        svg.text(
            PLOT_LEFT + PLOT_WIDTH / 2.0,
            bottom + 34.0,
            "middle",
            "axis",
            label,
        );
        bottom + 42.0
    }

    /// A light vertical guide through every panel at each opened slot.
    pub fn guides(&self, svg: &mut Svg, top: f64, bottom: f64, opened: &[u64]) {
        for &i in opened {
            let x = self.at(i);
            svg.line((x, top), (x, bottom), "#e2e2e2", "");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn esc_escapes_markup_and_quotes() {
        assert_eq!(
            esc(r#"<script>alert("x" & 'y')</script>"#),
            "&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;"
        );
        assert_eq!(esc("plain"), "plain");
    }

    #[test]
    fn num_is_short() {
        assert_eq!(num(0.0), "0");
        assert_eq!(num(1.5), "1.5");
        assert_eq!(num(2.0), "2");
        assert_eq!(num(1.9e-5), "1.9e-5");
        assert_eq!(num(1e-6), "1e-6");
        assert_eq!(num(f64::INFINITY), "∞");
    }

    #[test]
    fn scales_map_and_clamp() {
        let s = Scale::linear(0.0, 10.0, 100.0, 0.0);
        assert_eq!((s.at(0.0), s.at(5.0), s.at(20.0)), (100.0, 50.0, 0.0));
        let l = Scale::log(1.5e-5, 0.2, 100.0, 0.0);
        let ticks = l.ticks();
        assert_eq!(ticks.len(), 6, "{ticks:?}");
        assert!((ticks[0] / 1e-5 - 1.0).abs() < 1e-12 && ticks[5] == 1.0);
        assert_eq!(l.at(0.0), 100.0);
        assert!(l.below(0.0) && !l.below(1e-3));
        assert!((l.at(1e-3) - 60.0).abs() < 1e-9);
    }

    #[test]
    fn linear_ticks_are_round() {
        assert_eq!(
            linear_ticks(0.0, 11.0, 10),
            vec![0.0, 2.0, 4.0, 6.0, 8.0, 10.0]
        );
        assert_eq!(linear_ticks(3.0, 3.0, 5), vec![3.0]);
    }

    #[test]
    fn slots_are_centred_and_ordered() {
        let s = Slots { domain: 4 };
        assert_eq!(s.at(0), PLOT_LEFT + PLOT_WIDTH / 8.0);
        assert!(s.at(1) < s.at(2));
        assert_eq!(s.at(9), s.at(3), "beyond the domain: the last slot");
        assert_eq!(Slots { domain: 12 }.marker_width(), 6.0);
        assert_eq!(Slots { domain: 100_000 }.marker_width(), 2.0);
    }
}
