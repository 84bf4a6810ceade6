//! The loop-counter analysis of a `stablehlo.while`, one for every pass: which carried values
//! are loop-invariant (the body returns its argument unchanged), which are stepped
//! (`arg + step` or `step + arg`), and, for JAX-style loops, the trip count.
//!
//! What counts as a counter's step differs between clients, so [`LoopInfo::carried`] gives
//! the step as a value and each client decides: `veritor-lower-hooks` wants a positive
//! integer constant ([`LoopInfo::constant_step`], [`LoopInfo::trip_count`]), ar-to-tf's
//! early-stop check any `stablehlo.constant`, its parallel plan any value its evaluator
//! reduces to a scalar.

use crate::raw;
use melior::ir::attribute::Attribute;
use mlir_sys::{MlirBlock, MlirOperation, MlirValue};
use veritor_dialects::stablehlo;

/// What the body does to carried value `j`.
#[derive(Clone, Copy, Debug)]
pub enum Carried {
    /// Returned unchanged.
    Invariant,
    /// Returned as `stablehlo.add(arg_j, step)` or `stablehlo.add(step, arg_j)`.
    Stepped { step: MlirValue },
    /// Anything else.
    Varying,
}

/// A `stablehlo.while`: its condition and body blocks and the body's terminator.
#[derive(Clone, Copy, Debug)]
pub struct LoopInfo {
    pub op: MlirOperation,
    pub cond: MlirBlock,
    pub body: MlirBlock,
    /// The body's `stablehlo.return`.
    pub ret: MlirOperation,
}

impl LoopInfo {
    /// The loop `w`; `None` when its body is empty.
    pub fn of(w: MlirOperation) -> Option<LoopInfo> {
        let body = raw::region_block(w, 1);
        Some(LoopInfo {
            op: w,
            cond: raw::region_block(w, 0),
            body,
            ret: raw::terminator(body)?,
        })
    }

    /// What the body does to carried value `j`.
    pub fn carried(&self, j: isize) -> Carried {
        let arg = raw::block_argument(self.body, j);
        let next = raw::operand(self.ret, j);
        if next.ptr == arg.ptr {
            return Carried::Invariant;
        }
        match raw::def(next) {
            Some((add, _)) if raw::name_of(add) == "stablehlo.add" => {
                let (a, b) = (raw::operand(add, 0), raw::operand(add, 1));
                if a.ptr == arg.ptr {
                    Carried::Stepped { step: b }
                } else if b.ptr == arg.ptr {
                    Carried::Stepped { step: a }
                } else {
                    Carried::Varying
                }
            }
            _ => Carried::Varying,
        }
    }

    /// Whether carried value `j` is returned unchanged.
    pub fn is_invariant(&self, j: isize) -> bool {
        matches!(self.carried(j), Carried::Invariant)
    }

    /// The step of carried value `j` when it is stepped (`arg_j + step`).
    pub fn step(&self, j: isize) -> Option<MlirValue> {
        match self.carried(j) {
            Carried::Stepped { step } => Some(step),
            _ => None,
        }
    }

    /// The step of carried value `j` when it is a positive scalar integer constant.
    pub fn constant_step(&self, j: isize) -> Option<i64> {
        let step = constant_int(self.step(j)?)?;
        (step > 0).then_some(step)
    }

    /// How many times a JAX-style loop runs: the condition compares a carried integer with a
    /// constant (`<`, `<=`, `!=`), the integer starts from a constant and the body adds a
    /// positive constant to it.
    pub fn trip_count(&self) -> Option<i64> {
        let cond = self.cond;
        let compare = raw::def(raw::operand(raw::terminator(cond)?, 0))?.0;
        if raw::name_of(compare) != "stablehlo.compare" {
            return None;
        }
        let direction = attribute_text(compare, "comparison_direction")?;
        let direction = direction.split_whitespace().last()?.trim_end_matches('>');
        let (a, b) = (raw::operand(compare, 0), raw::operand(compare, 1));
        let (counter, bound, direction) =
            match (raw::argument_number(a, cond), raw::argument_number(b, cond)) {
                (Some(j), _) if self.bound_value(b).is_some() => {
                    (j, self.bound_value(b)?, direction.to_string())
                }
                (_, Some(j)) if self.bound_value(a).is_some() => {
                    (j, self.bound_value(a)?, flip(direction)?.to_string())
                }
                _ => return None,
            };
        let start = constant_int(raw::operand(self.op, counter))?;
        let step = self.constant_step(counter)?;
        let distance = bound.checked_sub(start)?;
        let span = match direction.as_str() {
            "LT" => distance,
            "LE" => distance.checked_add(1)?,
            "NE" if distance % step == 0 => distance,
            _ => return None,
        };
        Some((span.checked_add(step - 1)? / step).max(0))
    }

    /// A constant in the condition, or a loop-invariant carried value that starts as one.
    fn bound_value(&self, v: MlirValue) -> Option<i64> {
        if let Some(c) = constant_int(v) {
            return Some(c);
        }
        let k = raw::argument_number(v, self.cond)?;
        self.is_invariant(k)
            .then(|| constant_int(raw::operand(self.op, k)))?
    }
}

fn flip(direction: &str) -> Option<&'static str> {
    match direction {
        "GT" => Some("LT"),
        "GE" => Some("LE"),
        "NE" => Some("NE"),
        _ => None,
    }
}

/// The value of a scalar integer `stablehlo.constant`.
pub fn constant_int(v: MlirValue) -> Option<i64> {
    let (op, _) = raw::def(v)?;
    if raw::name_of(op) != stablehlo::CONSTANT {
        return None;
    }
    let text = attribute_text(op, "value")?;
    let inner = text.strip_prefix("dense<")?.split('>').next()?;
    inner.trim().parse().ok()
}

fn attribute_text(op: MlirOperation, name: &str) -> Option<String> {
    let attr = raw::attribute(op, name)?;
    Some(unsafe { Attribute::from_raw(attr) }.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{check_fails, check_lines};
    use melior::ir::Module;

    /// A JAX-style loop: `i` from 0 while `i < 3`, stepped by 1, a hook in the body.
    const LOOP: &str = r#"
func.func @main(%x: tensor<4xf32>) -> tensor<4xf32> {
  %c0 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
  %r:3 = "stablehlo.while"(%c0, %x, %x) ({
  ^bb0(%i: tensor<i32>, %a: tensor<4xf32>, %w: tensor<4xf32>):
    %n = "stablehlo.constant"() {value = dense<3> : tensor<i32>} : () -> tensor<i32>
    %p = "stablehlo.compare"(%i, %n) {comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
    "stablehlo.return"(%p) : (tensor<i1>) -> ()
  }, {
  ^bb0(%i: tensor<i32>, %a: tensor<4xf32>, %w: tensor<4xf32>):
    %one = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
    %j = "stablehlo.add"(%one, %i) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %b = "stablehlo.multiply"(%a, %w) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %h = "veritor.hook"(%b) {name = "h"} : (tensor<4xf32>) -> tensor<4xf32>
    "stablehlo.return"(%j, %h, %w) : (tensor<i32>, tensor<4xf32>, tensor<4xf32>) -> ()
  }) : (tensor<i32>, tensor<4xf32>, tensor<4xf32>) -> (tensor<i32>, tensor<4xf32>, tensor<4xf32>)
  return %r#1 : tensor<4xf32>
}
"#;

    #[test]
    fn loop_info_success_carried_values_and_trip_count() {
        let context = veritor_dialects::context().unwrap();
        let module = Module::parse(&context, LOOP).unwrap();
        let w = crate::ir::nested_ops(module.as_operation())
            .into_iter()
            .find(|op| crate::ir::op_name(*op) == stablehlo::WHILE)
            .unwrap();
        let info = LoopInfo::of(w.to_raw()).unwrap();
        assert_eq!(info.constant_step(0), Some(1));
        assert!(matches!(info.carried(1), Carried::Varying));
        assert!(info.is_invariant(2));
        assert_eq!(info.step(2).map(|v| v.ptr), None);
        assert_eq!(info.trip_count(), Some(3));
    }

    #[test]
    fn trip_count_success_sizes_the_hook_buffer() {
        check_lines(
            "veritor-lower-hooks",
            LOOP,
            &["-> (tensor<4xf32>, tensor<3x4xf32> {veritor.hook = \"h\"})"],
            &["veritor.hook\"("],
        );
        let unknown = LOOP.replace("dense<1> : tensor<i32>", "dense<-1> : tensor<i32>");
        check_fails(
            "veritor-lower-hooks",
            &unknown,
            &["cannot tell how many times this loop runs"],
        );
    }
}
