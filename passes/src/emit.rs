//! Building StableHLO ops without the StableHLO dialect: ops are created by name from
//! operand values, result types and attributes written as MLIR text, and inserted before
//! an anchor op. Also small helpers over tensor types (`tensor<1x16xi32>`).

use crate::raw::string_ref;
use mlir_sys::{
    MlirAttribute, MlirContext, MlirLocation, MlirNamedAttribute, MlirOperation, MlirType,
    MlirValue,
};

/// Type helpers that live in [`crate::raw`], here too for the emitter's users.
pub use crate::raw::{type_text, value_type};

/// Creates ops before `anchor`, at `location`.
#[derive(Clone, Copy)]
pub struct Emitter {
    pub context: MlirContext,
    pub location: MlirLocation,
    pub anchor: MlirOperation,
}

impl Emitter {
    /// An emitter that inserts before `anchor`, using its location.
    pub fn before(anchor: MlirOperation) -> Self {
        unsafe {
            Emitter {
                context: mlir_sys::mlirOperationGetContext(anchor),
                location: mlir_sys::mlirOperationGetLocation(anchor),
                anchor,
            }
        }
    }

    /// Parses a type; `None` when the text is not a type.
    pub fn ty(&self, text: &str) -> Option<MlirType> {
        let ty = unsafe { mlir_sys::mlirTypeParseGet(self.context, string_ref(text)) };
        (!ty.ptr.is_null()).then_some(ty)
    }

    /// Parses an attribute; `None` when the text is not an attribute.
    pub fn attr(&self, text: &str) -> Option<MlirAttribute> {
        let attr = unsafe { mlir_sys::mlirAttributeParseGet(self.context, string_ref(text)) };
        (!attr.ptr.is_null()).then_some(attr)
    }

    /// Creates `name(operands) {attrs} : result types` before the anchor.
    pub fn op(
        &self,
        name: &str,
        operands: &[MlirValue],
        results: &[MlirType],
        attrs: &[(&str, MlirAttribute)],
    ) -> MlirOperation {
        let op = self.detached(name, operands, results, attrs, Vec::new());
        unsafe {
            let block = mlir_sys::mlirOperationGetBlock(self.anchor);
            mlir_sys::mlirBlockInsertOwnedOperationBefore(block, self.anchor, op);
        }
        op
    }

    /// Creates an op that is not inserted anywhere yet; it takes ownership of `regions`.
    pub fn detached(
        &self,
        name: &str,
        operands: &[MlirValue],
        results: &[MlirType],
        attrs: &[(&str, MlirAttribute)],
        regions: Vec<mlir_sys::MlirRegion>,
    ) -> MlirOperation {
        unsafe {
            let mut state = mlir_sys::mlirOperationStateGet(string_ref(name), self.location);
            mlir_sys::mlirOperationStateAddOperands(
                &mut state,
                operands.len() as isize,
                operands.as_ptr(),
            );
            mlir_sys::mlirOperationStateAddResults(
                &mut state,
                results.len() as isize,
                results.as_ptr(),
            );
            let named: Vec<MlirNamedAttribute> = attrs
                .iter()
                .map(|(n, a)| MlirNamedAttribute {
                    name: mlir_sys::mlirIdentifierGet(self.context, string_ref(n)),
                    attribute: *a,
                })
                .collect();
            mlir_sys::mlirOperationStateAddAttributes(
                &mut state,
                named.len() as isize,
                named.as_ptr(),
            );
            mlir_sys::mlirOperationStateAddOwnedRegions(
                &mut state,
                regions.len() as isize,
                regions.as_ptr(),
            );
            mlir_sys::mlirOperationCreate(&mut state)
        }
    }

    /// Like [`Emitter::op`], returning the single result.
    pub fn value(
        &self,
        name: &str,
        operands: &[MlirValue],
        result: MlirType,
        attrs: &[(&str, MlirAttribute)],
    ) -> MlirValue {
        unsafe { mlir_sys::mlirOperationGetResult(self.op(name, operands, &[result], attrs), 0) }
    }

    /// `reduce` of `x` over `dims` with the elementwise op `combiner` (`stablehlo.maximum`,
    /// `stablehlo.and`, ...) from the scalar `init`, of type `out`.
    pub fn reduce(
        &self,
        x: MlirValue,
        init: MlirValue,
        combiner: &str,
        dims: &[i64],
        out: &TensorType,
    ) -> Option<MlirValue> {
        let dims = self.attr(&i64_array(dims))?;
        self.combining(
            "stablehlo.reduce",
            x,
            init,
            combiner,
            &[("dimensions", dims)],
            out,
        )
    }

    /// `reduce_window` of `x` with `combiner` from `init`; `attrs` give the window
    /// (`window_dimensions`, `padding`, ...).
    pub fn reduce_window(
        &self,
        x: MlirValue,
        init: MlirValue,
        combiner: &str,
        attrs: &[(&str, MlirAttribute)],
        out: &TensorType,
    ) -> Option<MlirValue> {
        self.combining("stablehlo.reduce_window", x, init, combiner, attrs, out)
    }

    /// An op `name(x, init)` whose region combines two scalars with `combiner`.
    fn combining(
        &self,
        name: &str,
        x: MlirValue,
        init: MlirValue,
        combiner: &str,
        attrs: &[(&str, MlirAttribute)],
        out: &TensorType,
    ) -> Option<MlirValue> {
        let scalar = self.ty(&out.reshaped(&[]).text())?;
        let out_type = self.ty(&out.text())?;
        unsafe {
            let location = [self.location, self.location];
            let block = mlir_sys::mlirBlockCreate(2, [scalar, scalar].as_ptr(), location.as_ptr());
            let (a, b) = (
                mlir_sys::mlirBlockGetArgument(block, 0),
                mlir_sys::mlirBlockGetArgument(block, 1),
            );
            let combined = self.detached(combiner, &[a, b], &[scalar], &[], Vec::new());
            mlir_sys::mlirBlockAppendOwnedOperation(block, combined);
            let value = mlir_sys::mlirOperationGetResult(combined, 0);
            let ret = self.detached("stablehlo.return", &[value], &[], &[], Vec::new());
            mlir_sys::mlirBlockAppendOwnedOperation(block, ret);
            let region = mlir_sys::mlirRegionCreate();
            mlir_sys::mlirRegionAppendOwnedBlock(region, block);
            let op = self.detached(name, &[x, init], &[out_type], attrs, vec![region]);
            let block = mlir_sys::mlirOperationGetBlock(self.anchor);
            mlir_sys::mlirBlockInsertOwnedOperationBefore(block, self.anchor, op);
            Some(mlir_sys::mlirOperationGetResult(op, 0))
        }
    }

    /// A splat constant of a tensor type: `dense<value> : type`.
    pub fn splat(&self, ty: &TensorType, value: &str) -> Option<MlirValue> {
        let attr = self.attr(&format!("dense<{value}> : {}", ty.text()))?;
        Some(self.value(
            "stablehlo.constant",
            &[],
            self.ty(&ty.text())?,
            &[("value", attr)],
        ))
    }
}

/// A ranked tensor type with static dimensions: `tensor<1x16xi32>`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TensorType {
    pub dims: Vec<i64>,
    pub element: String,
}

impl TensorType {
    /// Reads `tensor<AxBxT>`; `None` for anything else (dynamic dimensions included).
    pub fn parse(text: &str) -> Option<Self> {
        let inner = text.strip_prefix("tensor<")?.strip_suffix('>')?;
        let mut parts: Vec<&str> = inner.split('x').collect();
        let element = parts.pop()?.to_string();
        let dims = parts
            .iter()
            .map(|d| d.parse::<i64>().ok())
            .collect::<Option<Vec<_>>>()?;
        Some(TensorType { dims, element })
    }

    /// The type of a value, if it is a static tensor.
    pub fn of(value: MlirValue) -> Option<Self> {
        Self::parse(&type_text(value_type(value)))
    }

    pub fn text(&self) -> String {
        let mut out = String::from("tensor<");
        for d in &self.dims {
            out.push_str(&format!("{d}x"));
        }
        out.push_str(&self.element);
        out.push('>');
        out
    }

    pub fn reshaped(&self, dims: &[i64]) -> Self {
        TensorType {
            dims: dims.to_vec(),
            element: self.element.clone(),
        }
    }

    pub fn with_element(&self, element: &str) -> Self {
        TensorType {
            dims: self.dims.clone(),
            element: element.to_string(),
        }
    }

    pub fn is_float(&self) -> bool {
        matches!(self.element.as_str(), "f16" | "bf16" | "f32" | "f64")
    }

    pub fn is_integer(&self) -> bool {
        self.element.starts_with('i')
            || self.element.starts_with("ui")
            || self.element.starts_with('u')
    }
}

/// `array<i64: a, b>` text.
pub fn i64_array(values: &[i64]) -> String {
    let items: Vec<String> = values.iter().map(|v| v.to_string()).collect();
    if items.is_empty() {
        "array<i64>".to_string()
    } else {
        format!("array<i64: {}>", items.join(", "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tensor_type_parse_success_and_failure() {
        let t = TensorType::parse("tensor<1x16xi32>").unwrap();
        assert_eq!(t.dims, vec![1, 16]);
        assert_eq!(t.element, "i32");
        assert_eq!(t.text(), "tensor<1x16xi32>");
        assert_eq!(
            TensorType::parse("tensor<f32>").unwrap().dims,
            Vec::<i64>::new()
        );
        assert!(TensorType::parse("tensor<?x4xf32>").is_none());
        assert!(TensorType::parse("i32").is_none());
        assert_eq!(i64_array(&[0, 2]), "array<i64: 0, 2>");
    }
}
