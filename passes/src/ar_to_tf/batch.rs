//! Runs a decode step for all steps at once. Values that depend on the loop counter get a
//! leading axis of one entry per step ("batched"); everything else is computed once, before
//! where the loop was (hoisted). The token buffer is bound to its final value and each cache
//! to its final value (built from the batched values written into it), which the legality
//! analysis (`causal`) has shown to give every step what it computed in the loop.

use super::causal::{batchable, rank};
use super::common::{collect_region_captures, is_elementwise, is_inside, join};
use super::eval::{attr_text, field, ints, scalar_field};
use crate::emit::{i64_array, Emitter, TensorType};
use crate::raw::{def, name_of, operand, operand_count, result, result_count};
use mlir_sys::{MlirAttribute, MlirOperation, MlirValue};
use std::collections::HashMap;

#[derive(Clone, Copy)]
pub struct Val {
    pub v: MlirValue,
    pub batched: bool,
}

/// A write at consecutive positions along `axis`, one per step, starting at `start`.
#[derive(Clone)]
pub struct Slab {
    pub base: MlirValue,
    pub start: Vec<i64>,
    pub axis: usize,
    /// The window one step writes, in the buffer's rank (1 along `axis`).
    pub window: Vec<i64>,
}

#[derive(Clone)]
pub struct Batcher {
    pub e: Emitter,
    /// Length of the step axis: the steps, padded to a multiple of [`STEP_MULTIPLE`].
    pub n: i64,
    /// The real steps; the padding repeats the last one and is dropped when written.
    pub valid: i64,
    inside: MlirOperation,
    map: HashMap<usize, Val>,
    caches: HashMap<usize, Slab>,
}

/// IREE's CPU matmul tiles badly when a dimension has no small factor (247 rows: 11.7 ms,
/// 248 rows: 2.2 ms for a 256x1024 matmul on this machine), so the step axis is padded.
pub const STEP_MULTIPLE: i64 = 8;

impl Batcher {
    pub fn new(e: Emitter, valid: i64, inside: MlirOperation) -> Self {
        Batcher {
            e,
            n: (valid + STEP_MULTIPLE - 1) / STEP_MULTIPLE * STEP_MULTIPLE,
            valid,
            inside,
            map: HashMap::new(),
            caches: HashMap::new(),
        }
    }

    pub fn bind(&mut self, value: MlirValue, val: Val) {
        self.map.insert(value.ptr as usize, val);
    }

    /// The cache write `op` becomes one write of all steps' values into `slab.base`.
    pub fn cache(&mut self, op: MlirOperation, slab: Slab) {
        self.caches.insert(op.ptr as usize, slab);
    }

    /// The value of `v` for all steps (operands first, without recursion).
    pub fn get(&mut self, v: MlirValue) -> Result<Val, String> {
        let mut stack = vec![(v, false)];
        while let Some((value, ready)) = stack.pop() {
            if self.map.contains_key(&(value.ptr as usize)) {
                continue;
            }
            if !self.defined_inside(value) {
                // Defined outside the loop (an argument of the function included): an input.
                self.map.insert(
                    value.ptr as usize,
                    Val {
                        v: value,
                        batched: false,
                    },
                );
                continue;
            }
            let Some((op, _)) = def(value) else {
                return Err("a loop value that has no parallel form was used".into());
            };
            let needed = self.needed(op);
            if !ready {
                stack.push((value, true));
                stack.extend(needed.into_iter().map(|o| (o, false)));
                continue;
            }
            let outs = self.emit(op)?;
            for (i, out) in outs.into_iter().enumerate() {
                self.map.insert(result(op, i as isize).ptr as usize, out);
            }
        }
        Ok(self.map[&(v.ptr as usize)])
    }

    /// Whether `value` is defined inside the loop (by an op, or as a block's argument).
    fn defined_inside(&self, value: MlirValue) -> bool {
        let owner = match (def(value), super::common::block_arg(value)) {
            (Some((op, _)), _) => op,
            (None, Some((block, _))) => unsafe { mlir_sys::mlirBlockGetParentOperation(block) },
            (None, None) => return true,
        };
        !owner.ptr.is_null() && is_inside(owner, self.inside)
    }

    fn needed(&self, op: MlirOperation) -> Vec<MlirValue> {
        let mut values: Vec<MlirValue> = (0..operand_count(op)).map(|i| operand(op, i)).collect();
        if self.caches.contains_key(&(op.ptr as usize)) {
            values = vec![operand(op, 0), operand(op, update_index(op))];
        }
        let mut captured = Vec::new();
        collect_region_captures(op, &mut captured);
        values.extend(captured);
        values
            .into_iter()
            .filter(|v| !self.map.contains_key(&(v.ptr as usize)))
            .collect()
    }

    fn emit(&mut self, op: MlirOperation) -> Result<Vec<Val>, String> {
        if let Some(mut slab) = self.caches.get(&(op.ptr as usize)).cloned() {
            // The base is the cache so far: the initial one, or after the previous write.
            slab.base = self.map[&(operand(op, 0).ptr as usize)].v;
            let update = self.map[&(operand(op, update_index(op)).ptr as usize)];
            return Ok(vec![Val {
                v: self.write(&slab, update)?,
                batched: false,
            }]);
        }
        let args: Vec<Val> = (0..operand_count(op))
            .map(|i| self.map[&(operand(op, i).ptr as usize)])
            .collect();
        let mut captured = Vec::new();
        collect_region_captures(op, &mut captured);
        if captured
            .iter()
            .any(|c| self.map.get(&(c.ptr as usize)).is_some_and(|v| v.batched))
        {
            return Err(format!(
                "{} reads a per-step value inside its region",
                name_of(op)
            ));
        }
        if args.iter().all(|a| !a.batched) {
            return Ok(self.hoist(op, &args));
        }
        let name = name_of(op);
        if !batchable(&name) {
            return Err(format!("{name} cannot be run for all steps at once"));
        }
        let out = match name.as_str() {
            n if is_elementwise(n) => self.elementwise(op, &args)?,
            "stablehlo.broadcast_in_dim" => self.broadcast(op, args[0])?,
            "stablehlo.reshape" => {
                let ty = self.batched_type(result(op, 0))?;
                vec![self.e.value("stablehlo.reshape", &[args[0].v], ty, &[])]
            }
            "stablehlo.transpose" => {
                let perm = ints(&attr_text(op, "permutation").ok_or("permutation")?);
                let ty = self.batched_type(result(op, 0))?;
                let perm = self.array(&shifted(&perm))?;
                vec![self.e.value(
                    "stablehlo.transpose",
                    &[args[0].v],
                    ty,
                    &[("permutation", perm)],
                )]
            }
            "stablehlo.reduce" => self.reduce(op, &args)?,
            "stablehlo.dot_general" => vec![self.dot(op, &args)?],
            "stablehlo.dynamic_slice" => vec![self.dynamic_slice(op, &args)?],
            "stablehlo.gather" => vec![self.gather(op, &args)?],
            "stablehlo.slice" => vec![self.slice(op, args[0])?],
            "stablehlo.concatenate" => vec![self.concatenate(op, &args)?],
            "stablehlo.pad" => vec![self.pad(op, &args)?],
            "stablehlo.scatter" => vec![self.scatter(op, &args)?],
            "stablehlo.sort" => self.sort(op, &args)?,
            "stablehlo.reduce_window" => self.reduce_window(op, &args)?,
            "chlo.top_k" => self.top_k(op, args[0])?,
            other => return Err(format!("{other} cannot be run for all steps at once")),
        };
        Ok(out.into_iter().map(|v| Val { v, batched: true }).collect())
    }

    /// Computed once: a copy of the op with its operands' values.
    fn hoist(&mut self, op: MlirOperation, args: &[Val]) -> Vec<Val> {
        unsafe {
            let copy = mlir_sys::mlirOperationClone(op);
            for (i, a) in args.iter().enumerate() {
                mlir_sys::mlirOperationSetOperand(copy, i as isize, a.v);
            }
            mlir_sys::mlirBlockInsertOwnedOperationBefore(
                mlir_sys::mlirOperationGetBlock(self.e.anchor),
                self.e.anchor,
                copy,
            );
            (0..result_count(copy))
                .map(|i| Val {
                    v: result(copy, i),
                    batched: false,
                })
                .collect()
        }
    }

    fn ty(&self, t: &TensorType) -> Result<mlir_sys::MlirType, String> {
        self.e
            .ty(&t.text())
            .ok_or_else(|| format!("bad type {}", t.text()))
    }

    fn attr(&self, text: &str) -> Result<MlirAttribute, String> {
        self.e
            .attr(text)
            .ok_or_else(|| format!("bad attribute {text}"))
    }

    fn array(&self, values: &[i64]) -> Result<MlirAttribute, String> {
        self.attr(&i64_array(values))
    }

    fn with_steps(&self, t: &TensorType) -> TensorType {
        let mut dims = vec![self.n];
        dims.extend(&t.dims);
        t.reshaped(&dims)
    }

    fn batched_type(&self, v: MlirValue) -> Result<mlir_sys::MlirType, String> {
        let t = TensorType::of(v).ok_or("not a static tensor")?;
        self.ty(&self.with_steps(&t))
    }

    /// `val` with a leading step axis and the per-step shape `shape`.
    pub fn lift(&self, val: Val, shape: &[i64]) -> Result<MlirValue, String> {
        let t = TensorType::of(val.v).ok_or("not a static tensor")?;
        let target = self.with_steps(&t.reshaped(shape));
        if val.batched && t.dims == target.dims {
            return Ok(val.v);
        }
        let dims: Vec<i64> = if val.batched && t.dims == [self.n] {
            vec![0]
        } else if !val.batched && t.dims == shape {
            (1..=shape.len() as i64).collect()
        } else if !val.batched && t.dims.is_empty() {
            Vec::new()
        } else {
            return Err(format!(
                "cannot give {} a step axis as {:?}",
                t.text(),
                shape
            ));
        };
        let attr = self.array(&dims)?;
        Ok(self.e.value(
            "stablehlo.broadcast_in_dim",
            &[val.v],
            self.ty(&target)?,
            &[("broadcast_dimensions", attr)],
        ))
    }

    fn copied_attrs(
        &self,
        op: MlirOperation,
        names: &[&'static str],
    ) -> Vec<(&'static str, MlirAttribute)> {
        names
            .iter()
            .filter_map(|n| crate::raw::attribute(op, n).map(|a| (*n, a)))
            .collect()
    }

    fn elementwise(&mut self, op: MlirOperation, args: &[Val]) -> Result<Vec<MlirValue>, String> {
        let out = TensorType::of(result(op, 0)).ok_or("result type")?;
        let mut operands = Vec::new();
        for (i, a) in args.iter().enumerate() {
            let t = TensorType::of(operand(op, i as isize)).ok_or("operand type")?;
            // select's predicate and clamp's bounds may be scalars.
            if !a.batched && t.dims.is_empty() && !out.dims.is_empty() {
                operands.push(a.v);
            } else {
                operands.push(self.lift(*a, &out.dims)?);
            }
        }
        let attrs = self.copied_attrs(
            op,
            &["comparison_direction", "compare_type", "result_accuracy"],
        );
        let ty = self.ty(&self.with_steps(&out))?;
        Ok(vec![self.e.value(&name_of(op), &operands, ty, &attrs)])
    }

    fn broadcast(&mut self, op: MlirOperation, arg: Val) -> Result<Vec<MlirValue>, String> {
        let dims = ints(&attr_text(op, "broadcast_dimensions").ok_or("broadcast dims")?);
        let mut new = vec![0];
        new.extend(dims.iter().map(|d| d + 1));
        let ty = self.batched_type(result(op, 0))?;
        let attr = self.array(&new)?;
        Ok(vec![self.e.value(
            "stablehlo.broadcast_in_dim",
            &[arg.v],
            ty,
            &[("broadcast_dimensions", attr)],
        )])
    }

    fn reduce(&mut self, op: MlirOperation, args: &[Val]) -> Result<Vec<MlirValue>, String> {
        let operands = self.reduction_operands(op, args)?;
        let dims = ints(&attr_text(op, "dimensions").ok_or("reduce dimensions")?);
        let dims = self.array(&dims.iter().map(|d| d + 1).collect::<Vec<_>>())?;
        self.emit_batched(
            op,
            "stablehlo.reduce",
            &operands,
            &[("dimensions", dims)],
            take_regions(op),
        )
    }

    /// A reduction's inputs with the step axis, then its initial values (the same every
    /// step).
    fn reduction_operands(
        &self,
        op: MlirOperation,
        args: &[Val],
    ) -> Result<Vec<MlirValue>, String> {
        let k = args.len() / 2;
        if args[k..].iter().any(|a| a.batched) {
            return Err("a reduction's initial value changes per step".into());
        }
        let mut operands = Vec::new();
        for (i, a) in args[..k].iter().enumerate() {
            let t = TensorType::of(operand(op, i as isize)).ok_or("operand type")?;
            operands.push(self.lift(*a, &t.dims)?);
        }
        operands.extend(args[k..].iter().map(|a| a.v));
        Ok(operands)
    }

    /// A scatter into a per-step operand at the same indices every step: the step axis
    /// becomes one more window dimension of the updates.
    fn scatter(&mut self, op: MlirOperation, args: &[Val]) -> Result<MlirValue, String> {
        if args.len() != 3 {
            return Err("a scatter of several operands cannot be run for all steps at once".into());
        }
        if args[1].batched {
            return self.scatter_per_step(op, args);
        }
        let text = attr_text(op, "scatter_dimension_numbers").ok_or("scatter dimension numbers")?;
        if text.contains("batching_dims") {
            return Err(
                "a scatter with batching dimensions cannot be run for all steps at once".into(),
            );
        }
        let operand_t = TensorType::of(operand(op, 0)).ok_or("operand type")?;
        let update_t = TensorType::of(operand(op, 2)).ok_or("update type")?;
        let base = self.lift(args[0], &operand_t.dims)?;
        let updates = self.lift(args[2], &update_t.dims)?;
        let numbers = format!(
            "#stablehlo.scatter<update_window_dims = [{}], inserted_window_dims = [{}], scatter_dims_to_operand_dims = [{}], index_vector_dim = {}>",
            join(&shifted(&field(&text, "update_window_dims"))),
            join(&shifted_all(&field(&text, "inserted_window_dims"))),
            join(&shifted_all(&field(&text, "scatter_dims_to_operand_dims"))),
            scalar_field(&text, "index_vector_dim").unwrap_or(0)
        );
        let attr = self.attr(&numbers)?;
        let ty = self.batched_type(result(op, 0))?;
        let new = self.e.detached(
            "stablehlo.scatter",
            &[base, args[1].v, updates],
            &[ty],
            &[("scatter_dimension_numbers", attr)],
            take_regions(op),
        );
        self.insert(new);
        Ok(result(new, 0))
    }

    /// A scatter at indices that change per step: each index gets the step as one more
    /// coordinate, and the operand's step axis becomes one more scattered axis.
    fn scatter_per_step(&mut self, op: MlirOperation, args: &[Val]) -> Result<MlirValue, String> {
        let text = attr_text(op, "scatter_dimension_numbers").ok_or("scatter dimension numbers")?;
        if text.contains("batching_dims") {
            return Err(
                "a scatter with batching dimensions cannot be run for all steps at once".into(),
            );
        }
        let operand_t = TensorType::of(operand(op, 0)).ok_or("operand type")?;
        let index_t = TensorType::of(operand(op, 1)).ok_or("indices type")?;
        let update_t = TensorType::of(operand(op, 2)).ok_or("update type")?;
        let base = self.lift(args[0], &operand_t.dims)?;
        let updates = self.lift(args[2], &update_t.dims)?;
        let mut vector_dim = scalar_field(&text, "index_vector_dim").unwrap_or(0) as usize;
        let mut index_dims = index_t.dims.clone();
        let mut indices = self.lift(args[1], &index_dims)?;
        if vector_dim == index_dims.len() {
            // An implicit index vector of one component becomes explicit.
            index_dims.push(1);
            let t = self.with_steps(&index_t.reshaped(&index_dims));
            indices = self
                .e
                .value("stablehlo.reshape", &[indices], self.ty(&t)?, &[]);
        }
        vector_dim += 1;
        let mut step_dims = vec![self.n];
        step_dims.extend(&index_dims);
        step_dims[vector_dim] = 1;
        let step_t = index_t.reshaped(&step_dims);
        let axis = self.attr("0 : i64")?;
        let steps = self.e.value(
            "stablehlo.iota",
            &[],
            self.ty(&step_t)?,
            &[("iota_dimension", axis)],
        );
        let mut all_dims = step_dims.clone();
        all_dims[vector_dim] = index_dims[vector_dim - 1] + 1;
        let dim = self.attr(&format!("{vector_dim} : i64"))?;
        let full = self.e.value(
            "stablehlo.concatenate",
            &[steps, indices],
            self.ty(&index_t.reshaped(&all_dims))?,
            &[("dimension", dim)],
        );
        let numbers = format!(
            "#stablehlo.scatter<update_window_dims = [{}], inserted_window_dims = [{}], scatter_dims_to_operand_dims = [{}], index_vector_dim = {}>",
            join(&shifted_all(&field(&text, "update_window_dims"))),
            join(&shifted(&field(&text, "inserted_window_dims"))),
            join(&shifted(&field(&text, "scatter_dims_to_operand_dims"))),
            vector_dim
        );
        let attr = self.attr(&numbers)?;
        let ty = self.batched_type(result(op, 0))?;
        let new = self.e.detached(
            "stablehlo.scatter",
            &[base, full, updates],
            &[ty],
            &[("scatter_dimension_numbers", attr)],
            take_regions(op),
        );
        self.insert(new);
        Ok(result(new, 0))
    }

    /// A sort of per-step values along the same axis, one step axis in front.
    fn sort(&mut self, op: MlirOperation, args: &[Val]) -> Result<Vec<MlirValue>, String> {
        let mut operands = Vec::new();
        for (i, a) in args.iter().enumerate() {
            let t = TensorType::of(operand(op, i as isize)).ok_or("operand type")?;
            operands.push(self.lift(*a, &t.dims)?);
        }
        let dimension = *ints(&attr_text(op, "dimension").ok_or("sort dimension")?)
            .first()
            .ok_or("sort dimension")?;
        let mut attrs = vec![("dimension", self.attr(&format!("{} : i64", dimension + 1))?)];
        if let Some(stable) = attr_text(op, "is_stable") {
            attrs.push(("is_stable", self.attr(&stable)?));
        }
        self.emit_batched(op, "stablehlo.sort", &operands, &attrs, take_regions(op))
    }

    /// A windowed reduction of per-step values: a window of 1 along the step axis.
    fn reduce_window(&mut self, op: MlirOperation, args: &[Val]) -> Result<Vec<MlirValue>, String> {
        let operands = self.reduction_operands(op, args)?;
        let rank = TensorType::of(operand(op, 0))
            .ok_or("operand type")?
            .dims
            .len();
        let mut attrs = Vec::new();
        for (name, fill) in [
            ("window_dimensions", 1),
            ("window_strides", 1),
            ("base_dilations", 1),
            ("window_dilations", 1),
        ] {
            let values = attr_text(op, name).map_or(vec![fill; rank], |t| ints(&t));
            let mut batched = vec![fill];
            batched.extend(values.iter().take(rank));
            attrs.push((name, self.array(&batched)?));
        }
        let padding = attr_text(op, "padding").map_or(vec![0; 2 * rank], |t| {
            let body = t.split(" : ").next().unwrap_or("").to_string();
            ints(&body)
        });
        if padding.len() != 2 * rank {
            return Err("reduce_window padding not understood".into());
        }
        let pairs: Vec<String> = std::iter::once("[0, 0]".to_string())
            .chain(padding.chunks(2).map(|p| format!("[{}, {}]", p[0], p[1])))
            .collect();
        let padding = self.attr(&format!(
            "dense<[{}]> : tensor<{}x2xi64>",
            pairs.join(", "),
            rank + 1
        ))?;
        attrs.push(("padding", padding));
        self.emit_batched(
            op,
            "stablehlo.reduce_window",
            &operands,
            &attrs,
            take_regions(op),
        )
    }

    /// `chlo.top_k` works on the last axis; the step axis is one more leading axis.
    fn top_k(&mut self, op: MlirOperation, arg: Val) -> Result<Vec<MlirValue>, String> {
        let t = TensorType::of(operand(op, 0)).ok_or("operand type")?;
        let input = self.lift(arg, &t.dims)?;
        let k = self.attr(&attr_text(op, "k").ok_or("top_k without k")?)?;
        self.emit_batched(op, "chlo.top_k", &[input], &[("k", k)], Vec::new())
    }

    /// `name(operands) {attrs}` with `regions`, giving `op`'s results with a step axis.
    fn emit_batched(
        &mut self,
        op: MlirOperation,
        name: &str,
        operands: &[MlirValue],
        attrs: &[(&str, MlirAttribute)],
        regions: Vec<mlir_sys::MlirRegion>,
    ) -> Result<Vec<MlirValue>, String> {
        let types: Vec<mlir_sys::MlirType> = (0..result_count(op))
            .map(|i| self.batched_type(result(op, i)))
            .collect::<Result<_, _>>()?;
        let new = self.e.detached(name, operands, &types, attrs, regions);
        self.insert(new);
        Ok((0..result_count(new)).map(|i| result(new, i)).collect())
    }

    fn insert(&self, op: MlirOperation) {
        unsafe {
            mlir_sys::mlirBlockInsertOwnedOperationBefore(
                mlir_sys::mlirOperationGetBlock(self.e.anchor),
                self.e.anchor,
                op,
            )
        };
    }

    /// A dot with the step axis on its lhs (and maybe its rhs); one with it on the rhs
    /// alone is `dot_swapped`. (A dot of shared operands alone is hoisted, never batched.)
    fn dot(&mut self, op: MlirOperation, args: &[Val]) -> Result<MlirValue, String> {
        let (l, r) = (args[0], args[1]);
        if !l.batched {
            return self.dot_swapped(op, args);
        }
        let text = attr_text(op, "dot_dimension_numbers").ok_or("dot dimension numbers")?;
        let mut lb = shifted_all(&field(&text, "lhs_batching_dimensions"));
        let mut rb = field(&text, "rhs_batching_dimensions");
        let lc = shifted_all(&field(&text, "lhs_contracting_dimensions"));
        let mut rc = field(&text, "rhs_contracting_dimensions");
        let out = TensorType::of(result(op, 0)).ok_or("result type")?;
        // Where the step axis lands in the dot's own result order: first when both operands
        // have it (a batching dimension), else after the batch dimensions (the lhs's first
        // free dimension).
        let at = if r.batched {
            lb.insert(0, 0);
            rb = [vec![0], shifted_all(&rb)].concat();
            rc = shifted_all(&rc);
            0
        } else {
            lb.len()
        };
        let numbers = self.dot_numbers([&lb, &rb, &lc, &rc])?;
        let mut dims = out.dims.clone();
        dims.insert(at, self.n);
        let raw_ty = self.ty(&out.reshaped(&dims))?;
        let mut attrs = vec![("dot_dimension_numbers", numbers)];
        attrs.extend(self.copied_attrs(op, &["precision_config", "algorithm"]));
        let v = self
            .e
            .value("stablehlo.dot_general", &[l.v, r.v], raw_ty, &attrs);
        if at == 0 {
            return Ok(v);
        }
        let mut perm = vec![at as i64];
        perm.extend((0..dims.len() as i64).filter(|&d| d != at as i64));
        let perm = self.array(&perm)?;
        let ty = self.ty(&self.with_steps(&out))?;
        Ok(self
            .e
            .value("stablehlo.transpose", &[v], ty, &[("permutation", perm)]))
    }

    /// A dot whose rhs alone has the step axis, emitted with the operands swapped, the
    /// batched operand first, so that the steps sit next to the batch dimensions as a
    /// matmul's rows (IREE 3.13 otherwise transposes the batched operand to make them its
    /// columns: HF GPT-2's `einsum("...hqk,...khd->...qhd")` of the attention weights, whose
    /// softmax then wrote `[248, 1, 4, 1, 256]` transposed, 4.8 -> 2.0 ms of dispatch time);
    /// a transpose puts the result in the batched order of the original.
    fn dot_swapped(&mut self, op: MlirOperation, args: &[Val]) -> Result<MlirValue, String> {
        let text = attr_text(op, "dot_dimension_numbers").ok_or("dot dimension numbers")?;
        let lb = field(&text, "lhs_batching_dimensions");
        let rb = shifted_all(&field(&text, "rhs_batching_dimensions"));
        let lc = field(&text, "lhs_contracting_dimensions");
        let rc = shifted_all(&field(&text, "rhs_contracting_dimensions"));
        let out = TensorType::of(result(op, 0)).ok_or("result type")?;
        let nb = lb.len();
        let lfree = rank(operand(op, 0)) - nb - lc.len();
        let rfree = rank(operand(op, 1)) - nb - rc.len();
        let numbers = self.dot_numbers([&rb, &lb, &rc, &lc])?;
        // The swapped result: batch, the step, the rhs's free dims, the lhs's.
        let mut dims: Vec<i64> = out.dims[..nb].to_vec();
        dims.push(self.n);
        dims.extend_from_slice(&out.dims[nb + lfree..]);
        dims.extend_from_slice(&out.dims[nb..nb + lfree]);
        let raw_ty = self.ty(&out.reshaped(&dims))?;
        let mut attrs = vec![("dot_dimension_numbers", numbers)];
        attrs.extend(self.copied_attrs(op, &["precision_config", "algorithm"]));
        let v = self.e.value(
            "stablehlo.dot_general",
            &[args[1].v, args[0].v],
            raw_ty,
            &attrs,
        );
        // To the step, batch, lhs free, rhs free order of a batched result.
        let mut perm = vec![nb as i64];
        perm.extend(0..nb as i64);
        perm.extend((0..lfree).map(|j| (nb + 1 + rfree + j) as i64));
        perm.extend((0..rfree).map(|j| (nb + 1 + j) as i64));
        let perm = self.array(&perm)?;
        let ty = self.ty(&self.with_steps(&out))?;
        Ok(self
            .e
            .value("stablehlo.transpose", &[v], ty, &[("permutation", perm)]))
    }

    /// `#stablehlo.dot<...>` of the lhs and rhs batching and contracting dimensions.
    fn dot_numbers(&self, dims: [&[i64]; 4]) -> Result<MlirAttribute, String> {
        let keys = [
            "lhs_batching_dimensions",
            "rhs_batching_dimensions",
            "lhs_contracting_dimensions",
            "rhs_contracting_dimensions",
        ];
        let parts: Vec<String> = keys
            .iter()
            .zip(dims)
            .filter(|(_, v)| !v.is_empty())
            .map(|(key, v)| format!("{key} = [{}]", join(v)))
            .collect();
        self.attr(&format!("#stablehlo.dot<{}>", parts.join(", ")))
    }

    /// `[N, k]` start indices from k scalars (per step or shared).
    fn index_matrix(&mut self, starts: &[Val], element: &str) -> Result<MlirValue, String> {
        let column = TensorType {
            dims: vec![self.n, 1],
            element: element.to_string(),
        };
        let mut columns = Vec::new();
        for s in starts {
            let t = TensorType::of(s.v).ok_or("index type")?;
            let mut v = s.v;
            if t.element != element {
                let to = t.with_element(element);
                v = self.e.value("stablehlo.convert", &[v], self.ty(&to)?, &[]);
            }
            let dims = if s.batched { vec![0] } else { Vec::new() };
            let attr = self.array(&dims)?;
            columns.push(self.e.value(
                "stablehlo.broadcast_in_dim",
                &[v],
                self.ty(&column)?,
                &[("broadcast_dimensions", attr)],
            ));
        }
        let ty = self.ty(&column.reshaped(&[self.n, starts.len() as i64]))?;
        let dim = self.attr("1 : i64")?;
        Ok(self
            .e
            .value("stablehlo.concatenate", &columns, ty, &[("dimension", dim)]))
    }

    fn steps_iota(&mut self) -> Result<Val, String> {
        let ty = TensorType {
            dims: vec![self.n],
            element: "i32".into(),
        };
        let axis = self.attr("0 : i64")?;
        let v = self.e.value(
            "stablehlo.iota",
            &[],
            self.ty(&ty)?,
            &[("iota_dimension", axis)],
        );
        Ok(Val { v, batched: true })
    }

    /// `dynamic_slice` with per-step starts is a gather of one window per step.
    fn dynamic_slice(&mut self, op: MlirOperation, args: &[Val]) -> Result<MlirValue, String> {
        let sizes = ints(&attr_text(op, "slice_sizes").ok_or("slice sizes")?);
        let r = sizes.len() as i64;
        let element = TensorType::of(operand(op, 1)).ok_or("index type")?.element;
        let (source, mut starts, mut slice_sizes, collapsed, map): (
            _,
            Vec<Val>,
            Vec<i64>,
            Vec<i64>,
            Vec<i64>,
        ) = if args[0].batched {
            let iota = self.steps_iota()?;
            let mut s = vec![iota];
            s.extend(&args[1..]);
            (args[0].v, s, vec![1], vec![0], (0..=r).collect())
        } else {
            (
                args[0].v,
                args[1..].to_vec(),
                Vec::new(),
                Vec::new(),
                (0..r).collect(),
            )
        };
        slice_sizes.extend(&sizes);
        let indices = self.index_matrix(&std::mem::take(&mut starts), &element)?;
        let offset: Vec<i64> = (1..=r).collect();
        let mut parts = vec![format!("offset_dims = [{}]", join(&offset))];
        if !collapsed.is_empty() {
            parts.push(format!("collapsed_slice_dims = [{}]", join(&collapsed)));
        }
        parts.push(format!("start_index_map = [{}]", join(&map)));
        parts.push("index_vector_dim = 1".into());
        let numbers = self.attr(&format!("#stablehlo.gather<{}>", parts.join(", ")))?;
        let ty = self.batched_type(result(op, 0))?;
        let sizes = self.array(&slice_sizes)?;
        Ok(self.e.value(
            "stablehlo.gather",
            &[source, indices],
            ty,
            &[("dimension_numbers", numbers), ("slice_sizes", sizes)],
        ))
    }

    /// A gather whose indices are per step: one more batch axis in front.
    fn gather(&mut self, op: MlirOperation, args: &[Val]) -> Result<MlirValue, String> {
        if args[0].batched {
            return self.gather_per_step(op, args);
        }
        let text = attr_text(op, "dimension_numbers").ok_or("gather dims")?;
        let ivd = scalar_field(&text, "index_vector_dim").unwrap_or(0);
        let mut parts = Vec::new();
        for (key, shift) in [
            ("offset_dims", 1),
            ("collapsed_slice_dims", 0),
            ("operand_batching_dims", 0),
            ("start_indices_batching_dims", 1),
            ("start_index_map", 0),
        ] {
            let v: Vec<i64> = field(&text, key).iter().map(|d| d + shift).collect();
            if !v.is_empty() {
                parts.push(format!("{key} = [{}]", join(&v)));
            }
        }
        parts.push(format!("index_vector_dim = {}", ivd + 1));
        let numbers = self.attr(&format!("#stablehlo.gather<{}>", parts.join(", ")))?;
        let idx_shape = TensorType::of(operand(op, 1)).ok_or("index type")?.dims;
        let indices = self.lift(args[1], &idx_shape)?;
        let ty = self.batched_type(result(op, 0))?;
        let mut attrs = vec![("dimension_numbers", numbers)];
        attrs.extend(self.copied_attrs(op, &["slice_sizes"]));
        Ok(self
            .e
            .value("stablehlo.gather", &[args[0].v, indices], ty, &attrs))
    }

    /// A gather from a per-step table (top-k sampling's `take_along_axis` into the step's
    /// top-k indices): the step becomes one more index, from an iota along the step axis,
    /// into the table's step axis, which each slice collapses.
    fn gather_per_step(&mut self, op: MlirOperation, args: &[Val]) -> Result<MlirValue, String> {
        let text = attr_text(op, "dimension_numbers").ok_or("gather dims")?;
        let idx = TensorType::of(operand(op, 1)).ok_or("index type")?;
        let ivd = scalar_field(&text, "index_vector_dim").unwrap_or(0) as usize;
        let mut dims = self.with_steps(&idx).dims;
        let mut indices = self.lift(args[1], &idx.dims)?;
        if ivd == idx.dims.len() {
            // The index vector is implicit (one index per entry): make it an axis of 1.
            dims.push(1);
            indices = self.e.value(
                "stablehlo.reshape",
                &[indices],
                self.ty(&idx.reshaped(&dims))?,
                &[],
            );
        }
        let mut step_dims = dims.clone();
        step_dims[ivd + 1] = 1;
        let axis = self.attr("0 : i64")?;
        let steps = self.e.value(
            "stablehlo.iota",
            &[],
            self.ty(&idx.reshaped(&step_dims))?,
            &[("iota_dimension", axis)],
        );
        dims[ivd + 1] += 1;
        let along = self.attr(&format!("{} : i64", ivd + 1))?;
        let indices = self.e.value(
            "stablehlo.concatenate",
            &[steps, indices],
            self.ty(&idx.reshaped(&dims))?,
            &[("dimension", along)],
        );
        let shifted = |key: &str, lead: bool| {
            let mut v: Vec<i64> = if lead { vec![0] } else { Vec::new() };
            v.extend(field(&text, key).iter().map(|d| d + 1));
            v
        };
        let mut parts = Vec::new();
        for (key, lead) in [
            ("offset_dims", false),
            ("collapsed_slice_dims", true),
            ("operand_batching_dims", false),
            ("start_indices_batching_dims", false),
            ("start_index_map", true),
        ] {
            let v = shifted(key, lead);
            if !v.is_empty() {
                parts.push(format!("{key} = [{}]", join(&v)));
            }
        }
        parts.push(format!("index_vector_dim = {}", ivd + 1));
        let numbers = self.attr(&format!("#stablehlo.gather<{}>", parts.join(", ")))?;
        let sizes = ints(&attr_text(op, "slice_sizes").ok_or("slice sizes")?);
        let sizes = self.array(&[vec![1], sizes].concat())?;
        let ty = self.batched_type(result(op, 0))?;
        Ok(self.e.value(
            "stablehlo.gather",
            &[args[0].v, indices],
            ty,
            &[("dimension_numbers", numbers), ("slice_sizes", sizes)],
        ))
    }

    fn slice(&mut self, op: MlirOperation, arg: Val) -> Result<MlirValue, String> {
        let get = |k: &str| attr_text(op, k).map(|t| ints(&t)).ok_or("slice attributes");
        let (start, limit, strides) = (
            get("start_indices")?,
            get("limit_indices")?,
            get("strides")?,
        );
        let ty = self.batched_type(result(op, 0))?;
        let attrs = [
            ("start_indices", self.array(&[vec![0], start].concat())?),
            (
                "limit_indices",
                self.array(&[vec![self.n], limit].concat())?,
            ),
            ("strides", self.array(&[vec![1], strides].concat())?),
        ];
        Ok(self.e.value("stablehlo.slice", &[arg.v], ty, &attrs))
    }

    fn concatenate(&mut self, op: MlirOperation, args: &[Val]) -> Result<MlirValue, String> {
        let axis = ints(&attr_text(op, "dimension").ok_or("dimension")?)[0];
        let mut operands = Vec::new();
        for (i, a) in args.iter().enumerate() {
            let t = TensorType::of(operand(op, i as isize)).ok_or("operand type")?;
            operands.push(self.lift(*a, &t.dims)?);
        }
        let ty = self.batched_type(result(op, 0))?;
        let dim = self.attr(&format!("{} : i64", axis + 1))?;
        Ok(self.e.value(
            "stablehlo.concatenate",
            &operands,
            ty,
            &[("dimension", dim)],
        ))
    }

    fn pad(&mut self, op: MlirOperation, args: &[Val]) -> Result<MlirValue, String> {
        if args[1].batched {
            return Err("it pads with a value that changes per step".into());
        }
        let get = |k: &str| attr_text(op, k).map(|t| ints(&t)).ok_or("pad attributes");
        let (low, high, interior) = (
            get("edge_padding_low")?,
            get("edge_padding_high")?,
            get("interior_padding")?,
        );
        let t = TensorType::of(operand(op, 0)).ok_or("operand type")?;
        let source = self.lift(args[0], &t.dims)?;
        let ty = self.batched_type(result(op, 0))?;
        let attrs = [
            ("edge_padding_low", self.array(&[vec![0], low].concat())?),
            ("edge_padding_high", self.array(&[vec![0], high].concat())?),
            (
                "interior_padding",
                self.array(&[vec![0], interior].concat())?,
            ),
        ];
        Ok(self
            .e
            .value("stablehlo.pad", &[source, args[1].v], ty, &attrs))
    }

    /// Every step's `update` written into `slab.base` at once: the updates, stacked along
    /// the step axis, become one window at consecutive positions along `slab.axis`.
    pub fn write(&mut self, slab: &Slab, update: Val) -> Result<MlirValue, String> {
        let stacked = self.stack(slab, update)?;
        let mut operands = vec![slab.base, stacked];
        for s in &slab.start {
            let c = self
                .e
                .splat(
                    &TensorType {
                        dims: vec![],
                        element: "i32".into(),
                    },
                    &s.to_string(),
                )
                .ok_or("index constant")?;
            operands.push(c);
        }
        let ty = crate::raw::value_type(slab.base);
        Ok(self
            .e
            .value("stablehlo.dynamic_update_slice", &operands, ty, &[]))
    }

    /// `[N, update...]` as the window `slab.window` with N along `slab.axis`.
    pub fn stack(&mut self, slab: &Slab, update: Val) -> Result<MlirValue, String> {
        let t = TensorType::of(update.v).ok_or("update type")?;
        let per_step: Vec<i64> = if update.batched {
            t.dims[1..].to_vec()
        } else {
            t.dims.clone()
        };
        let mut lifted = self.lift(update, &per_step)?;
        let element = t.element.clone();
        // IREE 3.13 fails to compile a transpose fused into a multi-result reduction whose
        // other result is unused (an argmax's index result; "linalg.yield op expected number of
        // yield values (2) to match ... (1)"; examples/iree_argmax_transpose_repro.mlir): a
        // barrier keeps them apart (also when reshapes and broadcasts stand between them).
        if after_multi_result(lifted) {
            let ty = crate::raw::value_type(lifted);
            lifted = self
                .e
                .value("stablehlo.optimization_barrier", &[lifted], ty, &[]);
        }
        if self.valid != self.n {
            lifted = self.first_steps(lifted, &per_step)?;
        }
        let mut rest: Vec<i64> = slab.window.clone();
        rest.remove(slab.axis);
        if per_step.iter().product::<i64>() != rest.iter().product::<i64>() {
            return Err("the written window does not match the update".into());
        }
        let flat = TensorType {
            dims: [vec![self.valid], rest.clone()].concat(),
            element: element.clone(),
        };
        let v = self
            .e
            .value("stablehlo.reshape", &[lifted], self.ty(&flat)?, &[]);
        let mut out = slab.window.clone();
        out[slab.axis] = self.valid;
        let perm: Vec<i64> = (0..out.len())
            .map(|d| match d.cmp(&slab.axis) {
                std::cmp::Ordering::Less => d as i64 + 1,
                std::cmp::Ordering::Equal => 0,
                std::cmp::Ordering::Greater => d as i64,
            })
            .collect();
        let ty = self.ty(&TensorType { dims: out, element })?;
        let perm = self.array(&perm)?;
        Ok(self
            .e
            .value("stablehlo.transpose", &[v], ty, &[("permutation", perm)]))
    }
}

impl Batcher {
    /// The real steps of a batched value (the padding dropped).
    fn first_steps(&self, value: MlirValue, per_step: &[i64]) -> Result<MlirValue, String> {
        let t = TensorType::of(value).ok_or("batched type")?;
        let rank = per_step.len() + 1;
        let limit: Vec<i64> = [vec![self.valid], per_step.to_vec()].concat();
        let ty = self.ty(&t.reshaped(&limit))?;
        let attrs = [
            ("start_indices", self.array(&vec![0; rank])?),
            ("limit_indices", self.array(&limit)?),
            ("strides", self.array(&vec![1; rank])?),
        ];
        Ok(self.e.value("stablehlo.slice", &[value], ty, &attrs))
    }
}

/// The regions of a copy of `op`, detached, for a new op that reuses them.
/// The operand a cache write writes: a scatter's updates, a `dynamic_update_slice`'s update.
fn update_index(op: MlirOperation) -> isize {
    if name_of(op) == "stablehlo.scatter" {
        2
    } else {
        1
    }
}

fn take_regions(op: MlirOperation) -> Vec<mlir_sys::MlirRegion> {
    unsafe {
        let copy = mlir_sys::mlirOperationClone(op);
        let regions = (0..mlir_sys::mlirOperationGetNumRegions(copy))
            .map(|r| {
                let region = mlir_sys::mlirRegionCreate();
                mlir_sys::mlirRegionTakeBody(region, mlir_sys::mlirOperationGetRegion(copy, r));
                region
            })
            .collect();
        mlir_sys::mlirOperationDestroy(copy);
        regions
    }
}

/// `[0] + (d + 1)`: a permutation or dimension list with the step axis in front.
fn shifted(values: &[i64]) -> Vec<i64> {
    let mut out = vec![0];
    out.extend(values.iter().map(|d| d + 1));
    out
}

fn shifted_all(values: &[i64]) -> Vec<i64> {
    values.iter().map(|d| d + 1).collect()
}

/// Whether `v` is a result of a multi-result op, directly or through single-operand shape ops.
fn after_multi_result(mut v: MlirValue) -> bool {
    for _ in 0..8 {
        let Some((op, _)) = def(v) else { return false };
        if result_count(op) > 1 {
            return true;
        }
        match name_of(op).as_str() {
            "stablehlo.broadcast_in_dim" | "stablehlo.reshape" | "stablehlo.convert" => {
                v = crate::raw::operand(op, 0)
            }
            _ => return false,
        }
    }
    false
}
