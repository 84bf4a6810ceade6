//! The call graph drawn as SVG (`veritor-print-call-graph{format=svg}`): one box per
//! function in layers (a function one layer below the deepest of its callers, public roots
//! on top), an arrow per caller/callee pair labelled with the calls it stands for.
//! Undefined callees are dashed boxes. A plain layered drawing: edges are straight, layers are
//! ordered once by their callers' positions; enough to read a module's structure, not a
//! graph-drawing library. Every name is escaped.

use std::fmt::Write;

/// A function to draw.
pub struct Node {
    pub name: String,
    pub public: bool,
    /// A callee no function of the module defines.
    pub undefined: bool,
}

/// A caller/callee pair (indices into the nodes) and what it stands for.
pub struct Edge {
    pub from: usize,
    pub to: usize,
    pub label: String,
}

const BOX_HEIGHT: f64 = 28.0;
const LAYER_GAP: f64 = 64.0;
const BOX_GAP: f64 = 28.0;
const MARGIN: f64 = 20.0;
/// Where along an arrow its label sits (towards the callee, so that the labels of a
/// caller's arrows spread out with their callees).
const LABEL_AT: f64 = 0.7;
/// Width of one character of the 12 px monospace font.
const CHAR_WIDTH: f64 = 7.3;

/// Escapes text for SVG element content and quoted attributes.
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

/// Each node's layer: 0 for nodes nobody calls, else one more than its deepest caller
/// (longest path; nodes on a cycle, which the pass refuses before drawing, go below the
/// rest).
pub fn layers(nodes: usize, edges: &[Edge]) -> Vec<usize> {
    let mut incoming = vec![0usize; nodes];
    for e in edges {
        incoming[e.to] += 1;
    }
    let mut layer = vec![0usize; nodes];
    let mut ready: Vec<usize> = (0..nodes).filter(|&n| incoming[n] == 0).collect();
    let mut done = vec![false; nodes];
    while let Some(n) = ready.pop() {
        done[n] = true;
        for e in edges.iter().filter(|e| e.from == n) {
            layer[e.to] = layer[e.to].max(layer[n] + 1);
            incoming[e.to] -= 1;
            if incoming[e.to] == 0 {
                ready.push(e.to);
            }
        }
    }
    let deepest = layer.iter().copied().max().unwrap_or(0);
    for n in 0..nodes {
        if !done[n] {
            layer[n] = deepest + 1;
        }
    }
    layer
}

/// The nodes of each layer, left to right: layer 0 in input order, each later layer by the
/// mean position of its nodes' callers in the layers above.
fn order(layer: &[usize], edges: &[Edge]) -> Vec<Vec<usize>> {
    let count = layer.iter().copied().max().map_or(0, |m| m + 1);
    let mut rows: Vec<Vec<usize>> = vec![Vec::new(); count];
    for (n, &l) in layer.iter().enumerate() {
        rows[l].push(n);
    }
    let mut position = vec![0.0f64; layer.len()];
    for row in rows.iter_mut() {
        let key = |n: usize| {
            let callers: Vec<f64> = edges
                .iter()
                .filter(|e| e.to == n && layer[e.from] < layer[n])
                .map(|e| position[e.from])
                .collect();
            if callers.is_empty() {
                n as f64
            } else {
                callers.iter().sum::<f64>() / callers.len() as f64
            }
        };
        let mut keyed: Vec<(f64, usize)> = row.iter().map(|&n| (key(n), n)).collect();
        keyed.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        *row = keyed.into_iter().map(|(_, n)| n).collect();
        for (i, &n) in row.iter().enumerate() {
            position[n] = i as f64;
        }
    }
    rows
}

fn box_width(node: &Node) -> f64 {
    (node.name.chars().count() as f64 + 1.0) * CHAR_WIDTH + 24.0
}

/// The drawing.
pub fn render(nodes: &[Node], edges: &[Edge]) -> String {
    let layer = layers(nodes.len(), edges);
    let rows = order(&layer, edges);
    let row_width = |row: &[usize]| -> f64 {
        row.iter().map(|&n| box_width(&nodes[n])).sum::<f64>()
            + BOX_GAP * row.len().saturating_sub(1) as f64
    };
    let width = rows.iter().map(|r| row_width(r)).fold(160.0, f64::max) + 2.0 * MARGIN;
    let height = rows.len() as f64 * (BOX_HEIGHT + LAYER_GAP) - LAYER_GAP + 2.0 * MARGIN;
    // The top-left corner of every box.
    let mut at = vec![(0.0, 0.0); nodes.len()];
    for (l, row) in rows.iter().enumerate() {
        let mut x = (width - row_width(row)) / 2.0;
        let y = MARGIN + l as f64 * (BOX_HEIGHT + LAYER_GAP);
        for &n in row {
            at[n] = (x, y);
            x += box_width(&nodes[n]) + BOX_GAP;
        }
    }
    let mut s = String::new();
    let _ = writeln!(
        s,
        r##"<svg xmlns="http://www.w3.org/2000/svg" class="call-graph" width="{width:.0}" height="{height:.0}" viewBox="0 0 {width:.0} {height:.0}" font-family="monospace" font-size="12">
<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0 L10 5 L0 10 Z" fill="#444"/></marker></defs>
<rect width="100%" height="100%" fill="white"/>"##
    );
    for e in edges {
        let (fx, fy) = at[e.from];
        let (tx, ty) = at[e.to];
        let from = (fx + box_width(&nodes[e.from]) / 2.0, fy + BOX_HEIGHT);
        let to = (tx + box_width(&nodes[e.to]) / 2.0, ty);
        let _ = writeln!(
            s,
            r##"<g class="edge" data-from="{}" data-to="{}"><line x1="{:.1}" y1="{:.1}" x2="{:.1}" y2="{:.1}" stroke="#444" stroke-width="1.2" marker-end="url(#arrow)"/><text x="{:.1}" y="{:.1}" text-anchor="middle" font-size="10.5" fill="#333" stroke="white" stroke-width="3" paint-order="stroke">{}</text></g>"##,
            esc(&nodes[e.from].name),
            esc(&nodes[e.to].name),
            from.0,
            from.1,
            to.0,
            to.1,
            from.0 + LABEL_AT * (to.0 - from.0),
            from.1 + LABEL_AT * (to.1 - from.1) + 4.0,
            esc(&e.label)
        );
    }
    for (n, node) in nodes.iter().enumerate() {
        let (x, y) = at[n];
        let (kind, stroke) = match (node.public, node.undefined) {
            (_, true) => ("undefined", r##"stroke="#c5221f" stroke-dasharray="4 3""##),
            (true, _) => ("public", r##"stroke="#1b1b1b" stroke-width="2.2""##),
            _ => ("private", r##"stroke="#555""##),
        };
        let _ = writeln!(
            s,
            r##"<g class="node" data-name="{name}" data-layer="{layer}" data-kind="{kind}"><title>@{name} ({kind})</title><rect x="{x:.1}" y="{y:.1}" width="{w:.1}" height="{BOX_HEIGHT}" rx="4" fill="#f3f6fb" {stroke}/><text x="{tx:.1}" y="{ty:.1}" text-anchor="middle">@{name}</text></g>"##,
            name = esc(&node.name),
            layer = layer[n],
            w = box_width(node),
            tx = x + box_width(node) / 2.0,
            ty = y + BOX_HEIGHT / 2.0 + 4.0,
        );
    }
    s.push_str("</svg>\n");
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn node(name: &str) -> Node {
        Node {
            name: name.to_string(),
            public: name == "main",
            undefined: false,
        }
    }

    fn edge(from: usize, to: usize) -> Edge {
        Edge {
            from,
            to,
            label: "[1 call]".to_string(),
        }
    }

    #[test]
    fn layers_are_longest_paths_from_the_roots() {
        // main -> a -> b, main -> b, c alone.
        let edges = [edge(0, 1), edge(1, 2), edge(0, 2)];
        assert_eq!(layers(4, &edges), vec![0, 1, 2, 0]);
        // A cycle (refused by the pass before drawing) still gets a layer.
        assert_eq!(layers(2, &[edge(0, 1), edge(1, 0)]), vec![1, 1]);
    }

    #[test]
    fn render_draws_every_node_and_edge_escaped() {
        let nodes = [node("main"), node("a<b>&\"c\""), node("leaf")];
        let edges = [edge(0, 1), edge(1, 2)];
        let svg = render(&nodes, &edges);
        assert_eq!(svg.matches("<g class=\"node\"").count(), 3);
        assert_eq!(svg.matches("<g class=\"edge\"").count(), 2);
        assert!(svg.contains(r#"data-name="a&lt;b&gt;&amp;&quot;c&quot;" data-layer="1""#));
        assert!(svg.contains(r#"data-name="leaf" data-layer="2""#));
        assert!(svg.contains(r#"data-name="main" data-layer="0" data-kind="public""#));
        assert!(!svg.contains("a<b>"));
        let undefined = Node {
            name: "gone".to_string(),
            public: false,
            undefined: true,
        };
        let svg = render(&[node("main"), undefined], &[edge(0, 1)]);
        assert!(svg.contains(r#"data-name="gone" data-layer="1" data-kind="undefined""#));
    }

    #[test]
    fn callers_order_the_layer_below() {
        // Roots r0, r1; r1 calls x (index 2), r0 calls y (index 3): y is drawn left of x.
        let edges = [edge(1, 2), edge(0, 3)];
        let rows = order(&layers(4, &edges), &edges);
        assert_eq!(rows, vec![vec![0, 1], vec![3, 2]]);
    }
}
