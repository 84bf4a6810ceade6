//! Concrete evaluation of the small integer and boolean computations around a decode loop:
//! loop counters and conditions, write positions, attention masks. The parallel form needs
//! their values (a trip count, one write position per step, which attention entries a mask
//! keeps), and they depend only on constants, iotas and the loop counters, so evaluating
//! them is exact. Anything else (floats, data, ops outside the list) is "unknown" (`None`).

use crate::emit::TensorType;
use crate::raw::{def, name_of, operand, operand_count, result};
use mlir_sys::{MlirOperation, MlirValue};
use std::collections::HashMap;
use std::rc::Rc;

/// The most elements an evaluated tensor may hold.
const LIMIT: i64 = 1 << 22;

/// A dense integer tensor, row-major (booleans are 0 and 1).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tensor {
    pub dims: Vec<i64>,
    pub data: Vec<i64>,
}

impl Tensor {
    pub fn scalar(value: i64) -> Tensor {
        Tensor {
            dims: Vec::new(),
            data: vec![value],
        }
    }

    pub fn len(&self) -> usize {
        self.data.len()
    }

    /// Row-major strides.
    pub fn strides(&self) -> Vec<i64> {
        strides(&self.dims)
    }

    /// The coordinate of flat index `i` along `axis`.
    pub fn coordinate(&self, i: usize, axis: usize) -> i64 {
        let s = self.strides();
        (i as i64 / s[axis]) % self.dims[axis]
    }
}

pub fn strides(dims: &[i64]) -> Vec<i64> {
    let mut s = vec![1; dims.len()];
    for d in (0..dims.len().saturating_sub(1)).rev() {
        s[d] = s[d + 1] * dims[d + 1];
    }
    s
}

/// The text of an op's attribute (inherent or discardable).
pub fn attr_text(op: MlirOperation, name: &str) -> Option<String> {
    crate::raw::attribute_text(op, name)
}

/// The integers of an attribute: `array<i64: 0, 2>`, `[0, 2]`, `0 : i64`.
pub fn ints(text: &str) -> Vec<i64> {
    let body = text.strip_prefix("array<i64").unwrap_or(text);
    let body = body.split(" : ").next().unwrap_or(body);
    body.split(|c: char| !(c.is_ascii_digit() || c == '-'))
        .filter_map(|s| s.parse().ok())
        .collect()
}

/// The integer list `key = [..]` inside a `#stablehlo.xxx<...>` attribute's text.
pub fn field(text: &str, key: &str) -> Vec<i64> {
    let Some(rest) = text.split(&format!("{key} = [")).nth(1) else {
        return Vec::new();
    };
    rest.split(']')
        .next()
        .unwrap_or("")
        .split(',')
        .filter_map(|s| s.trim().parse().ok())
        .collect()
}

/// The scalar `key = N` inside a `#stablehlo.xxx<...>` attribute's text.
pub fn scalar_field(text: &str, key: &str) -> Option<i64> {
    let rest = text.split(&format!("{key} = ")).nth(1)?;
    rest.split(|c: char| !(c.is_ascii_digit() || c == '-'))
        .next()?
        .parse()
        .ok()
}

/// The values of a `dense<...>` constant of integer or boolean type.
pub fn dense(text: &str, ty: &TensorType) -> Option<Vec<i64>> {
    if !ty.is_integer() {
        return None;
    }
    let inner = dense_body(text)?;
    if inner.contains('"') {
        return None;
    }
    let values: Vec<i64> = inner
        .split(|c: char| c == '[' || c == ']' || c == ',' || c.is_whitespace())
        .filter(|s| !s.is_empty())
        .map(|s| match s {
            "true" => Some(1),
            "false" => Some(0),
            n => n.parse().ok(),
        })
        .collect::<Option<_>>()?;
    let count: i64 = ty.dims.iter().product();
    match values.len() as i64 {
        1 => Some(vec![values[0]; count as usize]),
        n if n == count => Some(values),
        _ => None,
    }
}

/// `X` of `dense<X>` or `dense<X> : type`.
fn dense_body(text: &str) -> Option<&str> {
    let text = text.rsplit_once(" : ").map_or(text, |(value, _)| value);
    text.strip_prefix("dense<")?.strip_suffix('>')
}

/// A float splat constant (`dense<-1.0e+30> : tensor<f32>`), through broadcasts and
/// converts.
pub fn float_splat(mut value: MlirValue) -> Option<f64> {
    loop {
        let (op, _) = def(value)?;
        match name_of(op).as_str() {
            "stablehlo.broadcast_in_dim" | "stablehlo.convert" | "stablehlo.reshape" => {
                value = operand(op, 0)
            }
            "stablehlo.constant" => {
                let text = attr_text(op, "value")?;
                let inner = dense_body(&text)?;
                if inner.starts_with('[') {
                    return None;
                }
                return match inner {
                    "0xFF800000" | "0xFF80" | "0xFC00" => Some(f64::NEG_INFINITY),
                    "0x7F800000" | "0x7F80" | "0x7C00" => Some(f64::INFINITY),
                    n => n.parse().ok(),
                };
            }
            _ => return None,
        }
    }
}

/// Evaluates values given some of them (loop counters) bound to tensors.
pub struct Eval {
    memo: HashMap<usize, Option<Rc<Tensor>>>,
}

impl Eval {
    pub fn new(bindings: &[(MlirValue, Tensor)]) -> Eval {
        let memo = bindings
            .iter()
            .map(|(v, t)| (v.ptr as usize, Some(Rc::new(t.clone()))))
            .collect();
        Eval { memo }
    }

    /// The value of `v`, when it can be computed.
    pub fn value(&mut self, v: MlirValue) -> Option<Rc<Tensor>> {
        if let Some(known) = self.memo.get(&(v.ptr as usize)) {
            return known.clone();
        }
        // Depth-first over operands without recursion (long chains of elementwise ops).
        let mut stack = vec![(v, false)];
        while let Some((value, ready)) = stack.pop() {
            let key = value.ptr as usize;
            if self.memo.contains_key(&key) {
                continue;
            }
            let Some((op, _)) = def(value) else {
                self.memo.insert(key, None);
                continue;
            };
            if !ready {
                stack.push((value, true));
                for i in 0..operand_count(op) {
                    let o = operand(op, i);
                    if !self.memo.contains_key(&(o.ptr as usize)) {
                        stack.push((o, false));
                    }
                }
                continue;
            }
            let args: Option<Vec<Rc<Tensor>>> = (0..operand_count(op))
                .map(|i| {
                    self.memo
                        .get(&(operand(op, i).ptr as usize))
                        .cloned()
                        .flatten()
                })
                .collect();
            let out = args.and_then(|a| apply(op, &a)).map(Rc::new);
            self.memo.insert(result(op, 0).ptr as usize, out);
            self.memo.entry(key).or_insert(None);
        }
        self.memo.get(&(v.ptr as usize)).cloned().flatten()
    }

    /// The value of a scalar.
    pub fn scalar(&mut self, v: MlirValue) -> Option<i64> {
        let t = self.value(v)?;
        (t.len() == 1).then(|| t.data[0])
    }
}

pub(super) fn apply(op: MlirOperation, args: &[Rc<Tensor>]) -> Option<Tensor> {
    if crate::raw::result_count(op) != 1 {
        return None;
    }
    let ty = TensorType::of(result(op, 0))?;
    let float = ty.is_float();
    if !(ty.is_integer() || float) || ty.dims.iter().product::<i64>() > LIMIT {
        return None;
    }
    let name = name_of(op);
    if float && !EXACT_IN_FLOAT.contains(&name.as_str()) {
        return None;
    }
    let out = match name.as_str() {
        "stablehlo.constant" if float => float_dense(&attr_text(op, "value")?, &ty)?,
        "stablehlo.constant" => dense(&attr_text(op, "value")?, &ty)?,
        "stablehlo.iota" => {
            let axis = *ints(&attr_text(op, "iota_dimension")?).first()? as usize;
            let t = Tensor {
                dims: ty.dims.clone(),
                data: vec![0; ty.dims.iter().product::<i64>() as usize],
            };
            (0..t.len()).map(|i| t.coordinate(i, axis)).collect()
        }
        "stablehlo.convert" | "stablehlo.reshape" => {
            let bool_out = ty.element == "i1";
            args[0]
                .data
                .iter()
                .map(|&x| if bool_out { (x != 0) as i64 } else { x })
                .collect()
        }
        "stablehlo.broadcast_in_dim" => broadcast(
            &args[0],
            &ints(&attr_text(op, "broadcast_dimensions")?),
            &ty.dims,
        )?,
        "stablehlo.transpose" => transpose(&args[0], &ints(&attr_text(op, "permutation")?)),
        "stablehlo.concatenate" => {
            let axis = *ints(&attr_text(op, "dimension")?).first()? as usize;
            concatenate(args, axis, &ty.dims)
        }
        "stablehlo.slice" => slice(
            &args[0],
            &ints(&attr_text(op, "start_indices")?),
            &ints(&attr_text(op, "strides")?),
            &ty.dims,
        ),
        "stablehlo.gather" => gather(op, &args[0], &args[1], &ty.dims)?,
        "stablehlo.dynamic_slice" => {
            let t = &args[0];
            let start: Vec<i64> = args[1..]
                .iter()
                .zip(&t.dims)
                .zip(&ty.dims)
                .map(|((s, d), w)| Some(s.data.first()?.clamp(&0, &(d - w)).to_owned()))
                .collect::<Option<_>>()?;
            slice(t, &start, &vec![1; start.len()], &ty.dims)
        }
        "stablehlo.dynamic_update_slice" => {
            let (base, update) = (&args[0], &args[1]);
            let start: Vec<i64> = args[2..]
                .iter()
                .zip(&base.dims)
                .zip(&update.dims)
                .map(|((s, d), w)| Some(s.data.first()?.clamp(&0, &(d - w)).to_owned()))
                .collect::<Option<_>>()?;
            update_slice(base, update, &start)?
        }
        "stablehlo.pad" => pad(
            &args[0],
            *args[1].data.first()?,
            [
                &ints(&attr_text(op, "edge_padding_low")?),
                &ints(&attr_text(op, "interior_padding")?),
            ],
            &ty.dims,
        )?,
        "stablehlo.select" => {
            let (p, a, b) = (&args[0], &args[1], &args[2]);
            (0..a.len())
                .map(|i| {
                    let pick = if p.len() == 1 { p.data[0] } else { p.data[i] };
                    if pick != 0 {
                        a.data[i]
                    } else {
                        b.data[i]
                    }
                })
                .collect()
        }
        "stablehlo.clamp" => {
            let at = |t: &Tensor, i: usize| if t.len() == 1 { t.data[0] } else { t.data[i] };
            (0..args[1].len())
                .map(|i| {
                    at(&args[1], i).clamp(at(&args[0], i), at(&args[2], i).max(at(&args[0], i)))
                })
                .collect()
        }
        "stablehlo.compare" => {
            let text = attr_text(op, "comparison_direction")?;
            let dir = ["EQ", "NE", "GE", "GT", "LE", "LT"]
                .into_iter()
                .find(|d| text.contains(d))?;
            zip(args, |a, b| {
                Some(match dir {
                    "EQ" => a == b,
                    "NE" => a != b,
                    "GE" => a >= b,
                    "GT" => a > b,
                    "LE" => a <= b,
                    _ => a < b,
                } as i64)
            })?
        }
        "stablehlo.not" if ty.element == "i1" => args[0].data.iter().map(|&x| 1 - x).collect(),
        "stablehlo.not" => args[0].data.iter().map(|&x| !x).collect(),
        "stablehlo.negate" => args[0].data.iter().map(|&x| x.wrapping_neg()).collect(),
        "stablehlo.abs" => args[0].data.iter().map(|&x| x.wrapping_abs()).collect(),
        other => {
            let f: fn(i64, i64) -> Option<i64> = match other {
                "stablehlo.add" => |a, b| Some(a.wrapping_add(b)),
                "stablehlo.subtract" => |a, b| Some(a.wrapping_sub(b)),
                "stablehlo.multiply" => |a, b| Some(a.wrapping_mul(b)),
                "stablehlo.divide" => |a, b| a.checked_div(b),
                "stablehlo.remainder" => |a, b| a.checked_rem(b),
                "stablehlo.maximum" => |a, b| Some(a.max(b)),
                "stablehlo.minimum" => |a, b| Some(a.min(b)),
                "stablehlo.and" => |a, b| Some(a & b),
                "stablehlo.or" => |a, b| Some(a | b),
                "stablehlo.xor" => |a, b| Some(a ^ b),
                _ => return None,
            };
            zip(args, f)?
        }
    };
    if float && out.iter().any(|v| v.abs() > exact_limit(&ty.element)) {
        return None;
    }
    Some(Tensor {
        dims: ty.dims,
        data: out,
    })
}

/// Ops that compute exactly on small integers held in a float type (0/1 attention masks
/// built in f32, as HF Flax does); anything else on floats is not evaluated.
const EXACT_IN_FLOAT: &[&str] = &[
    "stablehlo.constant",
    "stablehlo.gather",
    "stablehlo.dynamic_slice",
    "stablehlo.dynamic_update_slice",
    "stablehlo.pad",
    "stablehlo.iota",
    "stablehlo.convert",
    "stablehlo.reshape",
    "stablehlo.broadcast_in_dim",
    "stablehlo.transpose",
    "stablehlo.concatenate",
    "stablehlo.slice",
    "stablehlo.select",
    "stablehlo.clamp",
    "stablehlo.add",
    "stablehlo.subtract",
    "stablehlo.multiply",
    "stablehlo.maximum",
    "stablehlo.minimum",
    "stablehlo.negate",
    "stablehlo.abs",
];

/// The largest integer every smaller one of which the float type holds exactly.
fn exact_limit(element: &str) -> i64 {
    match element {
        "bf16" => 1 << 8,
        "f16" => 1 << 11,
        "f32" => 1 << 24,
        _ => 1 << 53,
    }
}

/// The values of a float `dense<...>` constant when every one is an integer.
fn float_dense(text: &str, ty: &TensorType) -> Option<Vec<i64>> {
    let inner = dense_body(text)?;
    let values: Vec<i64> = inner
        .split(|c: char| c == '[' || c == ']' || c == ',' || c.is_whitespace())
        .filter(|s| !s.is_empty())
        .map(|s| {
            let x: f64 = s.parse().ok()?;
            (x.is_finite() && x.fract() == 0.0 && x.abs() < 9.0e15).then_some(x as i64)
        })
        .collect::<Option<_>>()?;
    let count: i64 = ty.dims.iter().product();
    match values.len() as i64 {
        1 => Some(vec![values[0]; count as usize]),
        n if n == count => Some(values),
        _ => None,
    }
}

/// StableHLO `gather` without batching dimensions (start indices clamped as the op does).
fn gather(op: MlirOperation, operand: &Tensor, indices: &Tensor, out: &[i64]) -> Option<Vec<i64>> {
    let text = attr_text(op, "dimension_numbers")?;
    if text.contains("batching_dims") {
        return None;
    }
    let offset_dims = field(&text, "offset_dims");
    let collapsed = field(&text, "collapsed_slice_dims");
    let start_map = field(&text, "start_index_map");
    let vector_dim = scalar_field(&text, "index_vector_dim").unwrap_or(0) as usize;
    let sizes = ints(&attr_text(op, "slice_sizes")?);
    let batch_dims: Vec<usize> = (0..out.len())
        .filter(|d| !offset_dims.contains(&(*d as i64)))
        .collect();
    let window_dims: Vec<usize> = (0..operand.dims.len())
        .filter(|d| !collapsed.contains(&(*d as i64)))
        .collect();
    let (out_strides, in_strides, index_strides) =
        (strides(out), operand.strides(), indices.strides());
    let mut data = Vec::with_capacity(out.iter().product::<i64>() as usize);
    for i in 0..out.iter().product::<i64>() {
        let at = |d: usize| (i / out_strides[d]) % out[d];
        // The batch position in the indices tensor, the index vector along `vector_dim`.
        let mut index_at: Vec<i64> = batch_dims.iter().map(|&d| at(d)).collect();
        if vector_dim <= index_at.len() && vector_dim < indices.dims.len() {
            index_at.insert(vector_dim, 0);
        }
        let mut start = vec![0i64; operand.dims.len()];
        for (k, d) in start_map.iter().enumerate() {
            let mut pos = index_at.clone();
            if vector_dim < indices.dims.len() {
                pos[vector_dim] = k as i64;
            }
            let flat: i64 = pos.iter().zip(&index_strides).map(|(p, s)| p * s).sum();
            let d = *d as usize;
            start[d] = (*indices.data.get(flat as usize)?).clamp(0, operand.dims[d] - sizes[d]);
        }
        let mut source = 0i64;
        for (k, d) in window_dims.iter().enumerate() {
            let offset = at(*offset_dims.get(k)? as usize);
            source += (start[*d] + offset) * in_strides[*d];
        }
        for d in collapsed.iter() {
            source += start[*d as usize] * in_strides[*d as usize];
        }
        data.push(*operand.data.get(source as usize)?);
    }
    Some(data)
}

fn zip(args: &[Rc<Tensor>], f: impl Fn(i64, i64) -> Option<i64>) -> Option<Vec<i64>> {
    let (a, b) = (args.first()?, args.get(1)?);
    if a.len() != b.len() {
        return None;
    }
    a.data.iter().zip(&b.data).map(|(x, y)| f(*x, *y)).collect()
}

pub fn broadcast(t: &Tensor, dims: &[i64], out: &[i64]) -> Option<Vec<i64>> {
    if dims.len() != t.dims.len() {
        return None;
    }
    let (in_strides, total) = (t.strides(), out.iter().product::<i64>());
    let out_strides = strides(out);
    Some(
        (0..total)
            .map(|i| {
                let mut src = 0;
                for (k, &d) in dims.iter().enumerate() {
                    let c = (i / out_strides[d as usize]) % out[d as usize];
                    let c = if t.dims[k] == 1 { 0 } else { c };
                    src += c * in_strides[k];
                }
                t.data[src as usize]
            })
            .collect(),
    )
}

/// `base` with `update` written at `start` (in range).
fn update_slice(base: &Tensor, update: &Tensor, start: &[i64]) -> Option<Vec<i64>> {
    let mut data = base.data.clone();
    let (in_strides, up_strides) = (base.strides(), update.strides());
    for i in 0..update.len() as i64 {
        let target: i64 = (0..update.dims.len())
            .map(|k| (start[k] + (i / up_strides[k]) % update.dims[k]) * in_strides[k])
            .sum();
        *data.get_mut(target as usize)? = update.data[i as usize];
    }
    Some(data)
}

/// StableHLO `pad` (negative edge padding crops).
fn pad(t: &Tensor, value: i64, [low, interior]: [&[i64]; 2], out: &[i64]) -> Option<Vec<i64>> {
    let total: i64 = out.iter().product();
    let mut data = vec![value; total as usize];
    let (in_strides, out_strides) = (t.strides(), strides(out));
    for i in 0..t.len() as i64 {
        let mut target = 0;
        for k in 0..t.dims.len() {
            let c = (i / in_strides[k]) % t.dims[k];
            let at = low.get(k)? + c * (interior.get(k)? + 1);
            if at < 0 || at >= out[k] {
                target = -1;
                break;
            }
            target += at * out_strides[k];
        }
        if target >= 0 {
            data[target as usize] = t.data[i as usize];
        }
    }
    Some(data)
}

pub fn transpose(t: &Tensor, perm: &[i64]) -> Vec<i64> {
    let out_dims: Vec<i64> = perm.iter().map(|&p| t.dims[p as usize]).collect();
    let (in_strides, out_strides) = (t.strides(), strides(&out_dims));
    (0..t.len() as i64)
        .map(|i| {
            let src: i64 = perm
                .iter()
                .enumerate()
                .map(|(k, &p)| ((i / out_strides[k]) % out_dims[k]) * in_strides[p as usize])
                .sum();
            t.data[src as usize]
        })
        .collect()
}

fn concatenate(args: &[Rc<Tensor>], axis: usize, out: &[i64]) -> Vec<i64> {
    let outer: i64 = out[..axis].iter().product();
    let mut data = Vec::new();
    for o in 0..outer {
        for a in args {
            let chunk: i64 = a.dims[axis..].iter().product();
            data.extend_from_slice(&a.data[(o * chunk) as usize..((o + 1) * chunk) as usize]);
        }
    }
    data
}

fn slice(t: &Tensor, start: &[i64], step: &[i64], out: &[i64]) -> Vec<i64> {
    let (in_strides, out_strides) = (t.strides(), strides(out));
    (0..out.iter().product::<i64>())
        .map(|i| {
            let src: i64 = (0..out.len())
                .map(|k| {
                    let c = (i / out_strides[k]) % out[k];
                    (start.get(k).copied().unwrap_or(0) + c * step.get(k).copied().unwrap_or(1))
                        * in_strides[k]
                })
                .sum();
            t.data[src as usize]
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn attribute_texts_parse() {
        assert_eq!(ints("array<i64: 0, 2>"), vec![0, 2]);
        assert_eq!(ints("array<i64>"), Vec::<i64>::new());
        assert_eq!(ints("1 : i64"), vec![1]);
        let dot = "#stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>";
        assert_eq!(field(dot, "lhs_batching_dimensions"), vec![0, 1]);
        assert_eq!(field(dot, "rhs_contracting_dimensions"), vec![2]);
        assert_eq!(field(dot, "missing"), Vec::<i64>::new());
        let gather = "#stablehlo.gather<offset_dims = [2], index_vector_dim = 2>";
        assert_eq!(scalar_field(gather, "index_vector_dim"), Some(2));
        let ty = TensorType::parse("tensor<2x2xi32>").unwrap();
        assert_eq!(
            dense("dense<[[1, 2], [3, -4]]>", &ty),
            Some(vec![1, 2, 3, -4])
        );
        assert_eq!(dense("dense<7>", &ty), Some(vec![7; 4]));
        assert_eq!(dense("dense<7> : tensor<2x2xi32>", &ty), Some(vec![7; 4]));
        assert_eq!(dense("dense<[1, 2, 3]>", &ty), None);
        let b = TensorType::parse("tensor<i1>").unwrap();
        assert_eq!(dense("dense<true>", &b), Some(vec![1]));
        let f = TensorType::parse("tensor<f32>").unwrap();
        assert_eq!(dense("dense<1.0>", &f), None);
    }

    #[test]
    fn shape_ops() {
        let t = Tensor {
            dims: vec![2, 3],
            data: vec![0, 1, 2, 3, 4, 5],
        };
        assert_eq!(transpose(&t, &[1, 0]), vec![0, 3, 1, 4, 2, 5]);
        assert_eq!(slice(&t, &[0, 1], &[1, 1], &[2, 2]), vec![1, 2, 4, 5]);
        assert_eq!(
            broadcast(&Tensor::scalar(4), &[], &[2, 2]),
            Some(vec![4, 4, 4, 4])
        );
        let row = Tensor {
            dims: vec![3],
            data: vec![7, 8, 9],
        };
        assert_eq!(broadcast(&row, &[1], &[2, 3]), Some(vec![7, 8, 9, 7, 8, 9]));
        let a = Rc::new(t.clone());
        assert_eq!(
            concatenate(&[a.clone(), a], 1, &[2, 6]),
            vec![0, 1, 2, 0, 1, 2, 3, 4, 5, 3, 4, 5]
        );
        assert_eq!(t.coordinate(4, 1), 1);
        assert_eq!(t.coordinate(4, 0), 1);
    }

    #[test]
    fn pad_and_update_slice() {
        let row = Tensor {
            dims: vec![3],
            data: vec![7, 8, 9],
        };
        // `jnp.pad(x, (0, 2), constant_values=1)`, interior 1, and a crop (negative low edge).
        assert_eq!(pad(&row, 1, [&[0], &[0]], &[5]), Some(vec![7, 8, 9, 1, 1]));
        assert_eq!(
            pad(&row, 0, [&[1], &[1]], &[6]),
            Some(vec![0, 7, 0, 8, 0, 9])
        );
        assert_eq!(pad(&row, 0, [&[-1], &[0]], &[2]), Some(vec![8, 9]));
        let grid = Tensor {
            dims: vec![2, 3],
            data: vec![0; 6],
        };
        let one = Tensor {
            dims: vec![1, 2],
            data: vec![5, 6],
        };
        assert_eq!(
            update_slice(&grid, &one, &[1, 1]),
            Some(vec![0, 0, 0, 0, 5, 6])
        );
        assert_eq!(update_slice(&grid, &one, &[2, 0]), None);
    }
}
