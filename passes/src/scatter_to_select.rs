#![doc = include_str!("doc/veritor-scatter-to-select.md")]

use crate::emit::{i64_array, Emitter, TensorType};
use crate::ir;
use crate::options::PassOptions;
use crate::pass::{PassInfo, PassResult};
use crate::raw;
use melior::ir::OperationRef;
use mlir_sys::{MlirAttribute, MlirOperation, MlirType, MlirValue};

pub const INFO: PassInfo = PassInfo {
    name: "veritor-scatter-to-select",
    summary:
        "Rewrite a scatter of one value per row into one column as a select (IREE CPU rejects it)",
    description: include_str!("doc/veritor-scatter-to-select.md"),
    options: &[],
    run,
};

const SCATTER: &str = "stablehlo.scatter";

fn run(module: OperationRef, _options: &PassOptions) -> PassResult {
    rewrite_scatters(module.to_raw());
    Ok(())
}

/// Rewrites every eligible `stablehlo.scatter` nested under `root` (not `root` itself) into
/// `select(iota == index, broadcast(update), operand)`, in place, and returns how many it
/// rewrote. A scatter is eligible when it overwrites (its update computation returns the
/// update), has one operand, one update and no batching dimensions, scatters at one index
/// vector (the same for every row), and writes a window one element wide along each
/// scattered axis that along every other axis is either the whole axis or one element at 0
/// (see the pass's description). Every other op, scatters included, is left as it is, and
/// nothing is reported. The result is exactly the scatter's, out-of-bounds and negative
/// indices included (the write is skipped: the operand comes back). Emits no diagnostics
/// and never fails; the new ops take the scatter's location.
pub fn rewrite_scatters(root: MlirOperation) -> usize {
    let scatters: Vec<MlirOperation> = ir::nested_ops(raw::op_ref(root))
        .into_iter()
        .map(|op| op.to_raw())
        .filter(|op| raw::name_of(*op) == SCATTER && !inside_scatter(*op, root))
        .collect();
    scatters
        .into_iter()
        .filter(|op| plan(*op).is_some_and(|p| rewrite(*op, &p)))
        .count()
}

/// Rewrites one `stablehlo.scatter` as [`rewrite_scatters`] does, when it is eligible;
/// returns whether it did (the scatter is then erased).
pub fn rewrite_scatter(op: MlirOperation) -> bool {
    raw::name_of(op) == SCATTER && plan(op).is_some_and(|p| rewrite(op, &p))
}

/// Whether `op` sits inside another scatter's update computation (below `root`): erasing
/// that scatter would destroy `op` before its turn.
fn inside_scatter(op: MlirOperation, root: MlirOperation) -> bool {
    let mut current = raw::parent_op(op);
    while let Some(parent) = current {
        if parent.ptr == root.ptr {
            return false;
        }
        if raw::name_of(parent) == SCATTER {
            return true;
        }
        current = raw::parent_op(parent);
    }
    false
}

/// What the write covers along one operand axis.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Cover {
    /// The whole axis.
    All,
    /// The one position given by component `j` of the index vector.
    Index(usize),
    /// Position 0 only (a one-element window that is not scattered).
    Zero,
}

/// An eligible scatter, read.
#[derive(Debug)]
struct Plan {
    operand: TensorType,
    indices: TensorType,
    updates: TensorType,
    /// Per operand axis.
    cover: Vec<Cover>,
    /// The operand axes the update window's axes land on, in order (the non-inserted ones).
    window_axes: Vec<i64>,
    /// The update window's shape (the updates without their size-1 scatter axes).
    window: Vec<i64>,
}

/// The fields of `#stablehlo.scatter<...>`.
#[derive(Debug, Default, PartialEq, Eq)]
struct Numbers {
    update_window_dims: Vec<i64>,
    inserted_window_dims: Vec<i64>,
    input_batching_dims: Vec<i64>,
    scatter_indices_batching_dims: Vec<i64>,
    scatter_dims_to_operand_dims: Vec<i64>,
    index_vector_dim: i64,
}

/// Reads `#stablehlo.scatter<key = [a, b], key = n, ...>`; `None` on any field it does not
/// know (a newer StableHLO's scatter is left alone rather than misread).
fn parse_numbers(text: &str) -> Option<Numbers> {
    let body = text
        .trim()
        .strip_prefix("#stablehlo.scatter<")?
        .strip_suffix('>')?;
    let mut numbers = Numbers::default();
    let mut rest = body.trim();
    while !rest.is_empty() {
        let (key, after) = rest.split_once('=')?;
        let after = after.trim_start();
        let (value, tail) = if let Some(list) = after.strip_prefix('[') {
            let (inside, tail) = list.split_once(']')?;
            let values = inside
                .split(',')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(|s| s.parse().ok())
                .collect::<Option<Vec<i64>>>()?;
            (values, tail)
        } else {
            let end = after.find(',').unwrap_or(after.len());
            (vec![after[..end].trim().parse().ok()?], &after[end..])
        };
        let field = match key.trim() {
            "update_window_dims" => &mut numbers.update_window_dims,
            "inserted_window_dims" => &mut numbers.inserted_window_dims,
            "input_batching_dims" => &mut numbers.input_batching_dims,
            "scatter_indices_batching_dims" => &mut numbers.scatter_indices_batching_dims,
            "scatter_dims_to_operand_dims" => &mut numbers.scatter_dims_to_operand_dims,
            "index_vector_dim" => {
                numbers.index_vector_dim = *value.first()?;
                rest = tail.trim_start().trim_start_matches(',').trim_start();
                continue;
            }
            _ => return None,
        };
        *field = value;
        rest = tail.trim_start().trim_start_matches(',').trim_start();
    }
    Some(numbers)
}

/// Whether the update computation is `^bb0(%old: tensor<E>, %new: tensor<E>): return %new`
/// with `E` the operand's element type.
fn overwrites(scatter: MlirOperation, element: &str) -> bool {
    if raw::region_count(scatter) != 1 {
        return false;
    }
    let block = raw::region_block(scatter, 0);
    if block.ptr.is_null() || raw::block_argument_count(block) != 2 {
        return false;
    }
    let scalar = format!("tensor<{element}>");
    let arguments_ok = (0..2).all(|i| raw::type_of_text(raw::block_argument(block, i)) == scalar);
    let ops = raw::block_ops(block);
    let [ret] = ops.as_slice() else {
        return false;
    };
    arguments_ok
        && raw::name_of(*ret) == veritor_dialects::stablehlo::RETURN
        && raw::operand_count(*ret) == 1
        && raw::argument_number(raw::operand(*ret, 0), block) == Some(1)
        && unsafe { mlir_sys::mlirBlockGetNextInRegion(block).ptr.is_null() }
}

/// The bit width and signedness of an integer element type (`i32`, `ui8`); `None` for
/// anything else, `i1` (a boolean) included.
fn integer(element: &str) -> Option<(u32, bool)> {
    let (digits, signed) = match element.strip_prefix("ui") {
        Some(d) => (d, false),
        None => (element.strip_prefix('i')?, true),
    };
    let bits: u32 = digits.parse().ok()?;
    (2..=64).contains(&bits).then_some((bits, signed))
}

/// Whether `value` is representable in the integer type `(bits, signed)`.
fn fits(value: i64, (bits, signed): (u32, bool)) -> bool {
    let magnitude_bits = if signed { bits - 1 } else { bits };
    magnitude_bits >= 63 || value < (1i64 << magnitude_bits)
}

/// Reads an eligible scatter; `None` leaves it alone.
fn plan(op: MlirOperation) -> Option<Plan> {
    if raw::operand_count(op) != 3 || raw::result_count(op) != 1 {
        return None;
    }
    let operand = TensorType::of(raw::operand(op, 0))?;
    let indices = TensorType::of(raw::operand(op, 1))?;
    let updates = TensorType::of(raw::operand(op, 2))?;
    let result = TensorType::of(raw::result(op, 0))?;
    if result != operand
        || updates.element != operand.element
        || integer(&indices.element).is_none()
        || operand.dims.iter().chain(&updates.dims).any(|&d| d <= 0)
        || !overwrites(op, &operand.element)
    {
        return None;
    }
    let numbers = parse_numbers(&raw::attribute_text(op, "scatter_dimension_numbers")?)?;
    if !numbers.input_batching_dims.is_empty() || !numbers.scatter_indices_batching_dims.is_empty()
    {
        return None;
    }
    // One index vector: every axis of the indices but the index vector axis has size 1.
    let index_rank = indices.dims.len() as i64;
    let ivd = numbers.index_vector_dim;
    if !(0..=index_rank).contains(&ivd) {
        return None;
    }
    let vector_len = if ivd < index_rank {
        indices.dims[ivd as usize]
    } else {
        1
    };
    let points = elements(&indices.dims)? / vector_len.max(1);
    let sdod = &numbers.scatter_dims_to_operand_dims;
    if vector_len < 1 || points != 1 || sdod.len() as i64 != vector_len {
        return None;
    }
    // The updates: their window axes, and scatter axes of size 1.
    let rank = operand.dims.len();
    let uwd = &numbers.update_window_dims;
    let iwd = &numbers.inserted_window_dims;
    let update_scatter_axes = index_rank - i64::from(ivd < index_rank);
    if uwd.len() + iwd.len() != rank
        || updates.dims.len() as i64 != update_scatter_axes + uwd.len() as i64
        || !strictly_increasing(uwd)
        || !strictly_increasing(iwd)
        || uwd
            .iter()
            .any(|&d| d < 0 || d as usize >= updates.dims.len())
        || iwd.iter().chain(sdod).any(|&d| d < 0 || d as usize >= rank)
    {
        return None;
    }
    let window: Vec<i64> = uwd.iter().map(|&d| updates.dims[d as usize]).collect();
    if elements(&window)? != elements(&updates.dims)? {
        return None; // a scatter axis of the updates is not 1 (invalid IR)
    }
    let window_axes: Vec<i64> = (0..rank as i64).filter(|d| !iwd.contains(d)).collect();
    let mut cover = Vec::with_capacity(rank);
    for d in 0..rank as i64 {
        let size = operand.dims[d as usize];
        let width = match window_axes.iter().position(|&a| a == d) {
            Some(k) => window[k],
            None => 1,
        };
        let scattered = sdod.iter().position(|&s| s == d);
        cover.push(match scattered {
            Some(j) if width == 1 => Cover::Index(j),
            Some(_) => return None,
            None if width == size => Cover::All,
            None if width == 1 => Cover::Zero,
            None => return None,
        });
    }
    let scattered_axes = cover
        .iter()
        .filter(|c| matches!(c, Cover::Index(_)))
        .count();
    if scattered_axes != sdod.len() {
        return None; // an operand axis named twice
    }
    Some(Plan {
        operand,
        indices,
        updates,
        cover,
        window_axes,
        window,
    })
}

/// The number of elements of a shape; `None` when it overflows (a malformed type).
fn elements(dims: &[i64]) -> Option<i64> {
    dims.iter().try_fold(1i64, |n, &d| n.checked_mul(d))
}

fn strictly_increasing(values: &[i64]) -> bool {
    values.windows(2).all(|w| w[0] < w[1])
}

/// The types and attributes the rewrite needs, parsed before anything is built.
struct Parts {
    operand: MlirType,
    window: MlirType,
    mask: MlirType,
    /// The iota's (and the compared index's) type: the operand's shape, the compare's element.
    positions: MlirType,
    /// The indices' element type as a scalar tensor, and the compare's.
    index_scalar: MlirType,
    compare_scalar: MlirType,
    /// The indices as one vector, and one of its elements.
    index_vector: MlirType,
    index_one: MlirType,
    /// `iota_dimension` per operand axis.
    iota_dims: Vec<MlirAttribute>,
    /// `(start, limit, strides)` of each index vector element.
    slices: Vec<(MlirAttribute, MlirAttribute, MlirAttribute)>,
    window_axes: MlirAttribute,
    no_axes: MlirAttribute,
    equal: MlirAttribute,
    zeros: MlirAttribute,
}

/// Parses every type and attribute of the rewrite; `None` if one does not parse.
fn parts(e: &Emitter, plan: &Plan, compare_element: &str) -> Option<Parts> {
    let ty = |t: TensorType| e.ty(&t.text());
    let vector_len = plan.vector_len();
    let positions = plan.operand.with_element(compare_element);
    let mut slices = Vec::new();
    for j in 0..vector_len {
        slices.push((
            e.attr(&i64_array(&[j]))?,
            e.attr(&i64_array(&[j + 1]))?,
            e.attr(&i64_array(&[1]))?,
        ));
    }
    Some(Parts {
        operand: ty(plan.operand.clone())?,
        window: ty(plan.operand.reshaped(&plan.window))?,
        mask: ty(plan.operand.with_element("i1"))?,
        positions: ty(positions.clone())?,
        index_scalar: ty(plan.indices.reshaped(&[]))?,
        compare_scalar: ty(positions.reshaped(&[]))?,
        index_vector: ty(plan.indices.reshaped(&[vector_len]))?,
        index_one: ty(plan.indices.reshaped(&[1]))?,
        iota_dims: (0..plan.operand.dims.len())
            .map(|d| e.attr(&format!("{d} : i64")))
            .collect::<Option<_>>()?,
        slices,
        window_axes: e.attr(&i64_array(&plan.window_axes))?,
        no_axes: e.attr(&i64_array(&[]))?,
        equal: e.attr("#stablehlo<comparison_direction EQ>")?,
        zeros: e.attr(&format!("dense<0> : {}", positions.text()))?,
    })
}

impl Plan {
    /// The length of the index vector (the number of scattered axes).
    fn vector_len(&self) -> i64 {
        self.cover
            .iter()
            .filter(|c| matches!(c, Cover::Index(_)))
            .count() as i64
    }

    /// The element type positions are compared in: the indices' own when every position of
    /// the scattered axes fits in it, else i64 (the index sign- or zero-extended: exact).
    fn compare_element(&self) -> &str {
        let kind = integer(&self.indices.element);
        let all_fit = self.cover.iter().zip(&self.operand.dims).all(|(c, &size)| {
            !matches!(c, Cover::Index(_)) || kind.is_some_and(|k| fits(size - 1, k))
        });
        if all_fit {
            &self.indices.element
        } else {
            "i64"
        }
    }
}

/// `select(mask, broadcast(update window), operand)` in place of the scatter. Every type and
/// attribute is parsed first, so a failure leaves the scatter as it was.
fn rewrite(scatter: MlirOperation, plan: &Plan) -> bool {
    let e = Emitter::before(scatter);
    let compare_element = plan.compare_element();
    let Some(p) = parts(&e, plan, compare_element) else {
        return false;
    };
    if plan.vector_len() == 0 {
        return false; // no scattered axis (plan never gives one)
    }

    // The update window, broadcast over the operand's shape.
    let mut update = raw::operand(scatter, 2);
    if plan.updates.dims != plan.window {
        update = e.value("stablehlo.reshape", &[update], p.window, &[]);
    }
    let update = e.value(
        "stablehlo.broadcast_in_dim",
        &[update],
        p.operand,
        &[("broadcast_dimensions", p.window_axes)],
    );

    // Element j of the index vector, as a scalar of the compare's type.
    let indices = raw::operand(scatter, 1);
    let flat = match plan.vector_len() {
        1 => None,
        n if plan.indices.dims == [n] => Some(indices),
        _ => Some(e.value("stablehlo.reshape", &[indices], p.index_vector, &[])),
    };
    let element = |j: usize| -> MlirValue {
        let mut v = match flat {
            None => indices,
            Some(flat) => {
                let (start, limit, strides) = p.slices[j];
                e.value(
                    "stablehlo.slice",
                    &[flat],
                    p.index_one,
                    &[
                        ("start_indices", start),
                        ("limit_indices", limit),
                        ("strides", strides),
                    ],
                )
            }
        };
        if flat.is_some() || !plan.indices.dims.is_empty() {
            v = e.value("stablehlo.reshape", &[v], p.index_scalar, &[]);
        }
        if compare_element != plan.indices.element {
            v = e.value("stablehlo.convert", &[v], p.compare_scalar, &[]);
        }
        v
    };

    // The mask: on every axis the window does not cover whole, the position equals the
    // index (never true for an index out of bounds: the write is skipped, as the spec says).
    let mut mask: Option<MlirValue> = None;
    for (d, cover) in plan.cover.iter().enumerate() {
        let wanted = match *cover {
            Cover::All => continue,
            Cover::Index(j) => e.value(
                "stablehlo.broadcast_in_dim",
                &[element(j)],
                p.positions,
                &[("broadcast_dimensions", p.no_axes)],
            ),
            Cover::Zero => e.value(
                "stablehlo.constant",
                &[],
                p.positions,
                &[("value", p.zeros)],
            ),
        };
        let iota = e.value(
            "stablehlo.iota",
            &[],
            p.positions,
            &[("iota_dimension", p.iota_dims[d])],
        );
        let equal = e.value(
            "stablehlo.compare",
            &[iota, wanted],
            p.mask,
            &[("comparison_direction", p.equal)],
        );
        mask = Some(match mask {
            None => equal,
            Some(m) => e.value("stablehlo.and", &[m, equal], p.mask, &[]),
        });
    }
    let Some(mask) = mask else {
        unreachable!("a scattered axis makes a mask");
    };
    let value = e.value(
        "stablehlo.select",
        &[mask, update, raw::operand(scatter, 0)],
        p.operand,
        &[],
    );
    raw::replace_uses(raw::result(scatter, 0), value);
    raw::erase(scatter);
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::check_lines;
    use melior::ir::operation::OperationLike;

    #[test]
    fn parse_numbers_success_and_failure() {
        let n = parse_numbers(
            "#stablehlo.scatter<update_window_dims = [0], inserted_window_dims = [1], \
             scatter_dims_to_operand_dims = [1], index_vector_dim = 1>",
        )
        .unwrap();
        assert_eq!(n.update_window_dims, vec![0]);
        assert_eq!(n.inserted_window_dims, vec![1]);
        assert_eq!(n.scatter_dims_to_operand_dims, vec![1]);
        assert_eq!(n.index_vector_dim, 1);
        let empty = parse_numbers("#stablehlo.scatter<>").unwrap();
        assert_eq!(empty, Numbers::default());
        let batching = parse_numbers(
            "#stablehlo.scatter<update_window_dims = [1], input_batching_dims = [0], \
             scatter_indices_batching_dims = [0], scatter_dims_to_operand_dims = [1], \
             index_vector_dim = 1>",
        )
        .unwrap();
        assert_eq!(batching.input_batching_dims, vec![0]);
        assert!(parse_numbers("#stablehlo.scatter<future_dims = [0]>").is_none());
        assert!(parse_numbers("#stablehlo.gather<offset_dims = [0]>").is_none());
    }

    #[test]
    fn fits_success_and_failure() {
        assert!(fits(127, (8, true)) && !fits(128, (8, true)));
        assert!(fits(255, (8, false)) && !fits(256, (8, false)));
        assert!(fits(i64::MAX, (64, true)) && fits(i64::MAX, (64, false)));
        assert_eq!(integer("ui16"), Some((16, false)));
        assert_eq!(integer("i1"), None);
        assert_eq!(integer("f32"), None);
    }

    #[test]
    fn column_scatter_success_becomes_select() {
        let input = r#"
            func.func @f(%x: tensor<1x8xf32>, %i: tensor<1xi32>, %u: tensor<1xf32>) -> tensor<1x8xf32> {
              %0 = "stablehlo.scatter"(%x, %i, %u) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0], inserted_window_dims = [1], scatter_dims_to_operand_dims = [1]>, unique_indices = true}> ({
              ^bb0(%a: tensor<f32>, %b: tensor<f32>):
                "stablehlo.return"(%b) : (tensor<f32>) -> ()
              }) : (tensor<1x8xf32>, tensor<1xi32>, tensor<1xf32>) -> tensor<1x8xf32>
              return %0 : tensor<1x8xf32>
            }"#;
        check_lines(
            "veritor-scatter-to-select",
            input,
            &[
                "\"stablehlo.broadcast_in_dim\"(%arg2) {broadcast_dimensions = array<i64: 0>}",
                "\"stablehlo.reshape\"(%arg1) : (tensor<1xi32>) -> tensor<i32>",
                "\"stablehlo.iota\"() {iota_dimension = 1 : i64} : () -> tensor<1x8xi32>",
                "comparison_direction EQ",
                "\"stablehlo.select\"",
            ],
            &["stablehlo.scatter"],
        );
    }

    #[test]
    fn rewrite_scatters_success_counts_what_it_rewrites() {
        let scatter = |body: &str| {
            format!(
                r#"%{{n}} = "stablehlo.scatter"(%x, %i, %u) <{{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0], inserted_window_dims = [1], scatter_dims_to_operand_dims = [1]>, unique_indices = true}}> ({{
                ^bb0(%a: tensor<f32>, %b: tensor<f32>):
                  {body}
                }}) : (tensor<2x8xf32>, tensor<1xi32>, tensor<2xf32>) -> tensor<2x8xf32>"#
            )
        };
        let set = scatter(r#""stablehlo.return"(%b) : (tensor<f32>) -> ()"#);
        let add = scatter(
            r#"%s = "stablehlo.add"(%a, %b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
                  "stablehlo.return"(%s) : (tensor<f32>) -> ()"#,
        );
        let input = format!(
            "func.func @f(%x: tensor<2x8xf32>, %i: tensor<1xi32>, %u: tensor<2xf32>) \
             -> (tensor<2x8xf32>, tensor<2x8xf32>, tensor<2x8xf32>) {{\n{}\n{}\n{}\n\
             return %0, %1, %2 : tensor<2x8xf32>, tensor<2x8xf32>, tensor<2x8xf32>\n}}",
            set.replace("{n}", "0"),
            add.replace("{n}", "1"),
            set.replace("{n}", "2"),
        );
        let context = veritor_dialects::context().unwrap();
        let module = melior::ir::Module::parse(&context, &input).unwrap();
        let root = module.as_operation().to_raw();
        assert_eq!(rewrite_scatters(root), 2);
        assert!(module.as_operation().verify());
        let text = module.as_operation().to_string();
        assert_eq!(text.matches("\"stablehlo.scatter\"").count(), 1, "{text}");
        assert_eq!(text.matches("\"stablehlo.select\"").count(), 2, "{text}");
        assert_eq!(rewrite_scatters(root), 0, "a second run finds nothing");
    }
}
