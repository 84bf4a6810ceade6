//! The call graph of a module: one node per `func.func`, one edge per `func.call` (wherever
//! it sits: inside `while`, `if`, `case`, `reduce`, `sort`, `scatter` regions, at any depth),
//! and reference edges for other ops that name a function in an attribute
//! (`custom_call`'s `called_computations`, say). Built with petgraph; passes use it to order
//! work (callees before callers) and to refuse recursion.

use crate::diag;
use crate::ir;
use crate::pass::{Failed, PassResult};
use melior::ir::operation::OperationLike;
use melior::ir::OperationRef;
use petgraph::algo::tarjan_scc;
use petgraph::graph::{DiGraph, NodeIndex};
use petgraph::visit::{DfsPostOrder, EdgeRef};
use petgraph::Direction;
use std::collections::HashMap;
use std::fmt::Write;

/// A function of the module.
#[derive(Clone, Debug)]
pub struct Function<'c, 'a> {
    pub name: String,
    pub private: bool,
    pub op: OperationRef<'c, 'a>,
}

/// How one function uses another.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EdgeKind {
    /// A `func.call`.
    Call,
    /// Any other op naming the function in an attribute.
    Reference,
}

/// One use of a function inside another.
#[derive(Clone, Debug)]
pub struct CallSite<'c, 'a> {
    pub kind: EdgeKind,
    pub op: OperationRef<'c, 'a>,
    /// Names of the ops around the call inside the caller, innermost first
    /// (e.g. `["stablehlo.while"]` for a loop body).
    pub enclosing: Vec<String>,
}

impl CallSite<'_, '_> {
    /// Whether the call sits inside a loop (`stablehlo.while`, possibly nested deeper).
    pub fn in_loop(&self) -> bool {
        self.enclosing
            .iter()
            .any(|name| name == veritor_dialects::stablehlo::WHILE)
    }
}

/// A use of a symbol that no function of the module defines.
#[derive(Clone, Debug)]
pub struct Unresolved<'c, 'a> {
    pub caller: String,
    pub callee: String,
    pub op: OperationRef<'c, 'a>,
}

/// The call graph of one module.
pub struct CallGraph<'c, 'a> {
    pub graph: DiGraph<Function<'c, 'a>, CallSite<'c, 'a>>,
    index: HashMap<String, NodeIndex>,
    pub unresolved: Vec<Unresolved<'c, 'a>>,
}

impl<'c, 'a> CallGraph<'c, 'a> {
    /// Builds the graph of the functions at the top level of `module`.
    pub fn build(module: OperationRef<'c, 'a>) -> Self {
        let mut graph = DiGraph::new();
        let mut index = HashMap::new();
        for (name, op) in ir::functions(module) {
            let node = graph.add_node(Function {
                name: name.clone(),
                private: ir::is_private(op),
                op,
            });
            index.insert(name, node);
        }
        let mut call_graph = CallGraph {
            graph,
            index,
            unresolved: Vec::new(),
        };
        let nodes: Vec<NodeIndex> = call_graph.graph.node_indices().collect();
        for caller in nodes {
            call_graph.add_edges_of(caller);
        }
        call_graph
    }

    fn add_edges_of(&mut self, caller: NodeIndex) {
        let function = self.graph[caller].op;
        for op in ir::nested_ops(function) {
            let is_call = ir::op_name(op) == veritor_dialects::func::CALL;
            let mut uses: Vec<(EdgeKind, String)> = Vec::new();
            if is_call {
                if let Some(callee) = ir::callee(op) {
                    uses.push((EdgeKind::Call, callee));
                }
            }
            uses.extend(
                ir::referenced_symbols(op)
                    .into_iter()
                    .map(|s| (EdgeKind::Reference, s)),
            );
            for (kind, callee) in uses {
                self.add_use(caller, function, op, kind, callee);
            }
        }
    }

    fn add_use(
        &mut self,
        caller: NodeIndex,
        function: OperationRef<'c, 'a>,
        op: OperationRef<'c, 'a>,
        kind: EdgeKind,
        callee: String,
    ) {
        match self.index.get(&callee) {
            Some(&target) => {
                let enclosing = ir::enclosing_op_names(op, function);
                self.graph.add_edge(
                    caller,
                    target,
                    CallSite {
                        kind,
                        op,
                        enclosing,
                    },
                );
            }
            // A reference-looking attribute that names no function is not a use.
            None if kind == EdgeKind::Call => self.unresolved.push(Unresolved {
                caller: self.graph[caller].name.clone(),
                callee,
                op,
            }),
            None => {}
        }
    }

    /// Every function's op, by name (raw handles, which outlive the graph).
    pub fn ops_by_name(&self) -> HashMap<String, mlir_sys::MlirOperation> {
        self.graph
            .node_indices()
            .map(|n| (self.graph[n].name.clone(), self.graph[n].op.to_raw()))
            .collect()
    }

    /// The node of a function, by name.
    pub fn node(&self, name: &str) -> Option<NodeIndex> {
        self.index.get(name).copied()
    }

    /// Every cycle (recursion), as the list of function names along it, plus one call op on
    /// it to report at.
    pub fn cycles(&self) -> Vec<(Vec<String>, OperationRef<'c, 'a>)> {
        let mut out = Vec::new();
        for component in tarjan_scc(&self.graph) {
            let first = *component.iter().min().unwrap_or(&component[0]);
            let self_loop = self.graph.edges_connecting(first, first).next();
            if component.len() == 1 && self_loop.is_none() {
                continue;
            }
            let path = self.cycle_through(first, &component);
            let mut names: Vec<String> = path.iter().map(|&n| self.graph[n].name.clone()).collect();
            names.push(names[0].clone());
            let site = self
                .graph
                .edges_connecting(path[0], *path.get(1).unwrap_or(&path[0]))
                .next()
                .map(|e| e.weight().op)
                .unwrap_or(self.graph[first].op);
            out.push((names, site));
        }
        out
    }

    /// A path `start -> ... -> last` inside `members` with an edge `last -> start`.
    fn cycle_through(&self, start: NodeIndex, members: &[NodeIndex]) -> Vec<NodeIndex> {
        let mut parent: HashMap<NodeIndex, NodeIndex> = HashMap::new();
        let mut queue = std::collections::VecDeque::from([start]);
        while let Some(node) = queue.pop_front() {
            for next in self.graph.neighbors_directed(node, Direction::Outgoing) {
                if next == start {
                    let mut path = vec![node];
                    while let Some(&p) = parent.get(path.last().unwrap_or(&start)) {
                        path.push(p);
                    }
                    if *path.last().unwrap_or(&start) != start {
                        path.push(start);
                    }
                    path.reverse();
                    path.dedup();
                    return path;
                }
                if members.contains(&next) && next != start && !parent.contains_key(&next) {
                    parent.insert(next, node);
                    queue.push_back(next);
                }
            }
        }
        vec![start]
    }

    /// Functions in post-order from the public roots (callees before callers); functions
    /// that no root reaches come last, also callees first.
    pub fn bottom_up(&self) -> Vec<NodeIndex> {
        let mut order = Vec::new();
        let mut seen = vec![false; self.graph.node_count()];
        let roots = self
            .graph
            .node_indices()
            .filter(|&n| !self.graph[n].private);
        let rest = self.graph.node_indices().filter(|&n| self.graph[n].private);
        for root in roots.chain(rest) {
            let mut dfs = DfsPostOrder::new(&self.graph, root);
            while let Some(node) = dfs.next(&self.graph) {
                if !seen[node.index()] {
                    seen[node.index()] = true;
                    order.push(node);
                }
            }
        }
        order
    }

    /// Functions reachable from the public ones through calls or references.
    pub fn live(&self) -> Vec<bool> {
        let mut live = vec![false; self.graph.node_count()];
        let mut stack: Vec<NodeIndex> = self
            .graph
            .node_indices()
            .filter(|&n| !self.graph[n].private)
            .collect();
        while let Some(node) = stack.pop() {
            if std::mem::replace(&mut live[node.index()], true) {
                continue;
            }
            stack.extend(self.graph.neighbors_directed(node, Direction::Outgoing));
        }
        live
    }

    /// A readable listing: each function, then what it calls, how often and from where.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        for node in self.graph.node_indices() {
            let function = &self.graph[node];
            let visibility = if function.private {
                "private"
            } else {
                "public"
            };
            let _ = writeln!(out, "@{} ({visibility})", function.name);
            for (target, summary) in self.grouped_edges(node) {
                let _ = writeln!(out, "  -> @{} {summary}", self.graph[target].name);
            }
        }
        for u in &self.unresolved {
            let _ = writeln!(out, "@{} -> @{} (undefined)", u.caller, u.callee);
        }
        out
    }

    /// The graph in Graphviz DOT form.
    pub fn to_dot(&self) -> String {
        let mut out = String::from("digraph calls {\n");
        for node in self.graph.node_indices() {
            let function = &self.graph[node];
            let style = if function.private { "" } else { ", style=bold" };
            let _ = writeln!(out, "  \"{}\" [shape=box{style}];", function.name);
        }
        for node in self.graph.node_indices() {
            for (target, summary) in self.grouped_edges(node) {
                let (from, to) = (&self.graph[node].name, &self.graph[target].name);
                let _ = writeln!(out, "  \"{from}\" -> \"{to}\" [label=\"{summary}\"];");
            }
        }
        out.push_str("}\n");
        out
    }

    /// The graph drawn as SVG ([`super::call_graph_svg`]), undefined callees included.
    pub fn to_svg(&self) -> String {
        use super::call_graph_svg::{render, Edge, Node};
        let mut nodes: Vec<Node> = self
            .graph
            .node_indices()
            .map(|n| Node {
                name: self.graph[n].name.clone(),
                public: !self.graph[n].private,
                undefined: false,
            })
            .collect();
        let mut edges = Vec::new();
        for node in self.graph.node_indices() {
            for (target, label) in self.grouped_edges(node) {
                edges.push(Edge {
                    from: node.index(),
                    to: target.index(),
                    label,
                });
            }
        }
        for u in &self.unresolved {
            let index = |name: &str, nodes: &[Node]| nodes.iter().position(|n| n.name == name);
            let Some(from) = index(&u.caller, &nodes) else {
                continue;
            };
            let to = index(&u.callee, &nodes).unwrap_or_else(|| {
                nodes.push(Node {
                    name: u.callee.clone(),
                    public: false,
                    undefined: true,
                });
                nodes.len() - 1
            });
            if !edges.iter().any(|e| (e.from, e.to) == (from, to)) {
                edges.push(Edge {
                    from,
                    to,
                    label: "(undefined)".to_string(),
                });
            }
        }
        render(&nodes, &edges)
    }

    /// Edges out of `node` grouped by target: `[2 calls, in stablehlo.while]`.
    fn grouped_edges(&self, node: NodeIndex) -> Vec<(NodeIndex, String)> {
        let mut targets: Vec<NodeIndex> = Vec::new();
        let mut sites: HashMap<NodeIndex, Vec<&CallSite>> = HashMap::new();
        let mut edges: Vec<_> = self.graph.edges(node).collect();
        edges.sort_by_key(|e| e.id());
        for edge in edges {
            if !sites.contains_key(&edge.target()) {
                targets.push(edge.target());
            }
            sites.entry(edge.target()).or_default().push(edge.weight());
        }
        targets
            .into_iter()
            .map(|t| (t, describe_sites(&sites[&t])))
            .collect()
    }
}

fn describe_sites(sites: &[&CallSite]) -> String {
    let calls = sites.iter().filter(|s| s.kind == EdgeKind::Call).count();
    let refs = sites.len() - calls;
    let mut parts = Vec::new();
    if calls > 0 {
        parts.push(format!("{calls} call{}", if calls == 1 { "" } else { "s" }));
    }
    if refs > 0 {
        parts.push(format!(
            "{refs} reference{}",
            if refs == 1 { "" } else { "s" }
        ));
    }
    let mut regions: Vec<&str> = sites
        .iter()
        .filter_map(|s| s.enclosing.first())
        .map(|s| s.as_str())
        .collect();
    regions.sort();
    regions.dedup();
    if !regions.is_empty() {
        parts.push(format!("in {}", regions.join(", ")));
    }
    format!("[{}]", parts.join(", "))
}

/// Emits one error per cycle, at a call on it; fails if there is any.
pub fn report_recursion(graph: &CallGraph) -> PassResult {
    let cycles = graph.cycles();
    for (names, site) in &cycles {
        let path: Vec<String> = names.iter().map(|n| format!("@{n}")).collect();
        diag::error(
            site.location(),
            &format!("recursion in the call graph: {}", path.join(" -> ")),
        );
    }
    if cycles.is_empty() {
        Ok(())
    } else {
        Err(Failed)
    }
}
