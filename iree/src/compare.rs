//! Comparing an actual array with an expected one.
//!
//! Integers and bools are compared exactly, whatever the tolerance says.
//! Floats pass when `|actual - expected| <= atol + rtol * |expected|`; a NaN
//! matches only a NaN at the same position, an infinity only the same infinity.

use std::fmt;

use crate::npy::{Array, DType};

/// How far a float may be from its expected value.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Tolerance {
    /// Relative tolerance, scaled by `|expected|`.
    pub rtol: f64,
    /// Absolute tolerance.
    pub atol: f64,
}

impl Tolerance {
    /// No tolerance: values must be equal (NaN still matches NaN).
    pub fn exact() -> Tolerance {
        Tolerance {
            rtol: 0.0,
            atol: 0.0,
        }
    }

    /// A tolerance with the given relative and absolute parts.
    pub fn new(rtol: f64, atol: f64) -> Tolerance {
        Tolerance { rtol, atol }
    }

    /// Whether `actual` is close enough to `expected`.
    fn accepts(self, actual: f64, expected: f64) -> bool {
        if actual.is_nan() || expected.is_nan() {
            return actual.is_nan() && expected.is_nan();
        }
        if actual == expected {
            return true;
        }
        if actual.is_infinite() || expected.is_infinite() {
            return false;
        }
        (actual - expected).abs() <= self.atol + self.rtol * expected.abs()
    }
}

impl fmt::Display for Tolerance {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "rtol {:e}, atol {:e}", self.rtol, self.atol)
    }
}

/// What a successful comparison measured.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Summary {
    /// Number of elements compared.
    pub elements: usize,
    /// Largest `|actual - expected|` (NaN pairs excluded).
    pub max_abs_err: f64,
    /// Largest `|actual - expected| / |expected|` (infinite where expected is 0 and actual is not).
    pub max_rel_err: f64,
}

/// Why `actual` does not match `expected`.
#[derive(Clone, Debug, PartialEq)]
pub enum Mismatch {
    /// The element types differ.
    Dtype { actual: DType, expected: DType },
    /// The shapes differ.
    Shape {
        actual: Vec<usize>,
        expected: Vec<usize>,
    },
    /// One array's data does not fill its shape (`which` is "actual" or "expected").
    Inconsistent {
        which: &'static str,
        message: String,
    },
    /// Some elements are out of tolerance (boxed: it is much larger than the others).
    Values(Box<ValueMismatch>),
}

/// Details of elements out of tolerance.
#[derive(Clone, Debug, PartialEq)]
pub struct ValueMismatch {
    /// How many elements are out of tolerance.
    pub bad: usize,
    /// How many elements were compared.
    pub elements: usize,
    /// Flat (C order) index of the first bad element.
    pub first_index: usize,
    /// Its multi-dimensional index.
    pub first_position: Vec<usize>,
    /// The actual value there, in its own precision.
    pub first_actual: String,
    /// The expected value there.
    pub first_expected: String,
    /// Largest absolute error over all elements.
    pub max_abs_err: f64,
    /// Largest relative error over all elements.
    pub max_rel_err: f64,
    /// The tolerance used (exact for integers).
    pub tolerance: Tolerance,
}

impl fmt::Display for Mismatch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Mismatch::Dtype { actual, expected } => {
                write!(f, "dtype differs: actual {actual}, expected {expected}")
            }
            Mismatch::Shape { actual, expected } => {
                write!(f, "shape differs: actual {actual:?}, expected {expected:?}")
            }
            Mismatch::Inconsistent { which, message } => write!(f, "{which} array: {message}"),
            Mismatch::Values(v) => write!(f, "{v}"),
        }
    }
}

impl fmt::Display for ValueMismatch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} of {} elements differ; first at flat index {} {:?}: actual {}, expected {}; \
             max abs err {:e}, max rel err {:e} ({})",
            self.bad,
            self.elements,
            self.first_index,
            self.first_position,
            self.first_actual,
            self.first_expected,
            self.max_abs_err,
            self.max_rel_err,
            self.tolerance
        )
    }
}

impl std::error::Error for Mismatch {}

/// Compares `actual` with `expected`. Integer and bool arrays are compared
/// exactly whatever `tol` says; see the module documentation for floats.
pub fn compare(actual: &Array, expected: &Array, tol: Tolerance) -> Result<Summary, Mismatch> {
    check_layout(actual, expected)?;
    match (actual.to_i128(), expected.to_i128()) {
        (Some(a), Some(e)) => compare_ints(&a, &e, actual, expected),
        _ => compare_floats(actual, expected, tol),
    }
}

/// Checks dtype, shape and that both arrays are internally consistent.
fn check_layout(actual: &Array, expected: &Array) -> Result<(), Mismatch> {
    for (which, array) in [("actual", actual), ("expected", expected)] {
        if let Err(err) = array.check() {
            return Err(Mismatch::Inconsistent {
                which,
                message: err.to_string(),
            });
        }
    }
    if actual.dtype != expected.dtype {
        return Err(Mismatch::Dtype {
            actual: actual.dtype,
            expected: expected.dtype,
        });
    }
    if actual.shape != expected.shape {
        return Err(Mismatch::Shape {
            actual: actual.shape.clone(),
            expected: expected.shape.clone(),
        });
    }
    Ok(())
}

/// Running totals while walking the elements.
struct Tally {
    elements: usize,
    bad: usize,
    first_bad: Option<usize>,
    max_abs_err: f64,
    max_rel_err: f64,
}

impl Tally {
    /// An empty tally.
    fn new() -> Tally {
        Tally {
            elements: 0,
            bad: 0,
            first_bad: None,
            max_abs_err: 0.0,
            max_rel_err: 0.0,
        }
    }

    /// Records element `index` with its errors and whether it passed.
    fn add(&mut self, index: usize, abs_err: f64, rel_err: f64, ok: bool) {
        self.elements += 1;
        self.max_abs_err = self.max_abs_err.max(abs_err);
        self.max_rel_err = self.max_rel_err.max(rel_err);
        if !ok {
            self.bad += 1;
            self.first_bad.get_or_insert(index);
        }
    }

    /// The summary, or the mismatch if any element failed.
    fn finish(
        self,
        actual: &Array,
        expected: &Array,
        tolerance: Tolerance,
    ) -> Result<Summary, Mismatch> {
        let Some(first_index) = self.first_bad else {
            return Ok(Summary {
                elements: self.elements,
                max_abs_err: self.max_abs_err,
                max_rel_err: self.max_rel_err,
            });
        };
        Err(Mismatch::Values(Box::new(ValueMismatch {
            bad: self.bad,
            elements: self.elements,
            first_index,
            first_position: position(first_index, &expected.shape),
            first_actual: actual.element_text(first_index),
            first_expected: expected.element_text(first_index),
            max_abs_err: self.max_abs_err,
            max_rel_err: self.max_rel_err,
            tolerance,
        })))
    }
}

/// Exact comparison of integer (or bool) values.
fn compare_ints(
    a: &[i128],
    e: &[i128],
    actual: &Array,
    expected: &Array,
) -> Result<Summary, Mismatch> {
    let mut tally = Tally::new();
    for (index, (&x, &y)) in a.iter().zip(e).enumerate() {
        let abs_err = x.abs_diff(y) as f64;
        tally.add(index, abs_err, relative(abs_err, y as f64), x == y);
    }
    tally.finish(actual, expected, Tolerance::exact())
}

/// Tolerant comparison of float values.
fn compare_floats(actual: &Array, expected: &Array, tol: Tolerance) -> Result<Summary, Mismatch> {
    let mut tally = Tally::new();
    let a = actual.to_f64();
    let e = expected.to_f64();
    for (index, (&x, &y)) in a.iter().zip(&e).enumerate() {
        let ok = tol.accepts(x, y);
        let (abs_err, rel_err) = float_errors(x, y);
        tally.add(index, abs_err, rel_err, ok);
    }
    tally.finish(actual, expected, tol)
}

/// Absolute and relative error of one float pair; NaN pairs count as no error,
/// a NaN against a number or unequal infinities as infinite error.
fn float_errors(actual: f64, expected: f64) -> (f64, f64) {
    if actual.is_nan() && expected.is_nan() || actual == expected {
        return (0.0, 0.0);
    }
    let abs_err = (actual - expected).abs();
    if !abs_err.is_finite() {
        return (f64::INFINITY, f64::INFINITY);
    }
    (abs_err, relative(abs_err, expected))
}

/// `abs_err / |expected|`, infinite when expected is 0 and the error is not.
fn relative(abs_err: f64, expected: f64) -> f64 {
    if abs_err == 0.0 {
        0.0
    } else if expected == 0.0 {
        f64::INFINITY
    } else {
        abs_err / expected.abs()
    }
}

/// The multi-dimensional index of flat index `flat` in C order.
fn position(flat: usize, shape: &[usize]) -> Vec<usize> {
    let mut rest = flat;
    let mut pos = vec![0; shape.len()];
    for (slot, &dim) in pos.iter_mut().zip(shape).rev() {
        if dim > 0 {
            *slot = rest % dim;
            rest /= dim;
        }
    }
    pos
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f32s(values: &[f32]) -> Array {
        Array::from_f32(&[values.len()], values)
    }

    #[test]
    fn identical_floats_pass_exactly() {
        let a = Array::from_f32(&[2, 2], &[1.0, -2.0, 0.0, 1e30]);
        let summary = compare(&a, &a.clone(), Tolerance::exact()).expect("equal");
        assert_eq!(
            summary,
            Summary {
                elements: 4,
                max_abs_err: 0.0,
                max_rel_err: 0.0
            }
        );
    }

    #[test]
    fn float_tolerance_is_atol_plus_rtol_times_expected() {
        let expected = f32s(&[100.0, 0.0]);
        let close = f32s(&[100.5, 0.25]);
        let tol = Tolerance::new(0.0025, 0.25);
        let summary = compare(&close, &expected, tol).expect("inside tolerance");
        assert_eq!(summary.max_abs_err, 0.5);
        assert_eq!(summary.max_rel_err, f64::INFINITY);
        let far = f32s(&[100.75, 0.0]);
        let err = compare(&far, &expected, tol).unwrap_err();
        assert!(
            matches!(&err, Mismatch::Values(v) if v.bad == 1 && v.first_index == 0),
            "{err}"
        );
    }

    #[test]
    fn mismatch_message_names_first_bad_element() {
        let expected = Array::from_f32(&[2, 3], &[0.0, 1.0, 2.0, 3.0, 4.0, 5.0]);
        let actual = Array::from_f32(&[2, 3], &[0.0, 1.0, 2.0, 3.0, 4.5, 7.0]);
        let err = compare(&actual, &expected, Tolerance::new(1e-5, 1e-6)).unwrap_err();
        assert_eq!(
            err.to_string(),
            "2 of 6 elements differ; first at flat index 4 [1, 1]: actual 4.5, expected 4.0; \
             max abs err 2e0, max rel err 4e-1 (rtol 1e-5, atol 1e-6)"
        );
    }

    #[test]
    fn nan_matches_nan_only_in_place() {
        let a = f32s(&[f32::NAN, 1.0]);
        assert!(compare(&a, &a.clone(), Tolerance::exact()).is_ok());
        let moved = f32s(&[1.0, f32::NAN]);
        let err = compare(&a, &moved, Tolerance::new(1.0, 1.0)).unwrap_err();
        assert!(matches!(&err, Mismatch::Values(v) if v.bad == 2), "{err}");
        let huge = Tolerance::new(1e9, 1e9);
        assert!(compare(&f32s(&[f32::NAN]), &f32s(&[0.0]), huge).is_err());
        assert!(compare(&f32s(&[0.0]), &f32s(&[f32::NAN]), huge).is_err());
    }

    #[test]
    fn infinities() {
        let inf = f32s(&[f32::INFINITY, f32::NEG_INFINITY]);
        assert!(compare(&inf, &inf.clone(), Tolerance::exact()).is_ok());
        let flipped = f32s(&[f32::NEG_INFINITY, f32::INFINITY]);
        let err = compare(&inf, &flipped, Tolerance::new(1e9, 1e9)).unwrap_err();
        assert!(matches!(&err, Mismatch::Values(v) if v.bad == 2), "{err}");
        let finite = f32s(&[f32::MAX, 0.0]);
        assert!(compare(&finite, &inf, Tolerance::new(1e9, 1e9)).is_err());
    }

    #[test]
    fn integers_are_exact_whatever_the_tolerance() {
        let expected = Array::from_i32(&[3], &[1, 2, 3]);
        let actual = Array::from_i32(&[3], &[1, 2, 4]);
        let err = compare(&actual, &expected, Tolerance::new(1.0, 100.0)).unwrap_err();
        assert_eq!(
            err.to_string(),
            "1 of 3 elements differ; first at flat index 2 [2]: actual 4, expected 3; \
             max abs err 1e0, max rel err 3.333333333333333e-1 (rtol 0e0, atol 0e0)"
        );
        assert!(compare(&expected, &expected.clone(), Tolerance::exact()).is_ok());
    }

    #[test]
    fn wide_integers_do_not_round() {
        let big = |v: i64| Array::new(DType::I64, vec![1], v.to_le_bytes().to_vec()).unwrap();
        let a = big(i64::MAX);
        let b = big(i64::MAX - 1);
        let err = compare(&a, &b, Tolerance::new(1.0, 1.0)).unwrap_err();
        assert!(
            err.to_string().contains("actual 9223372036854775807"),
            "{err}"
        );
    }

    #[test]
    fn bools_compare_by_truth() {
        let a = Array::new(DType::Bool, vec![3], vec![1, 0, 1]).unwrap();
        let b = Array::new(DType::Bool, vec![3], vec![1, 0, 0]).unwrap();
        let err = compare(&a, &b, Tolerance::exact()).unwrap_err();
        assert!(
            err.to_string().contains("actual true, expected false"),
            "{err}"
        );
        let nonstandard_true = Array::new(DType::Bool, vec![3], vec![2, 0, 1]).unwrap();
        assert!(compare(&nonstandard_true, &a, Tolerance::exact()).is_ok());
    }

    #[test]
    fn dtype_and_shape_differences() {
        let f = Array::from_f32(&[3], &[1.0, 2.0, 3.0]);
        let i = Array::from_i32(&[3], &[1, 2, 3]);
        assert_eq!(
            compare(&f, &i, Tolerance::exact()).unwrap_err().to_string(),
            "dtype differs: actual float32, expected int32"
        );
        let reshaped = Array::from_f32(&[1, 3], &[1.0, 2.0, 3.0]);
        assert_eq!(
            compare(&f, &reshaped, Tolerance::exact())
                .unwrap_err()
                .to_string(),
            "shape differs: actual [3], expected [1, 3]"
        );
    }

    #[test]
    fn inconsistent_arrays_are_a_mismatch() {
        let short = Array::from_f32(&[3], &[1.0, 2.0]);
        let full = Array::from_f32(&[3], &[1.0, 2.0, 3.0]);
        let err = compare(&short, &full, Tolerance::exact()).unwrap_err();
        assert!(err.to_string().starts_with("actual array: "), "{err}");
        let err = compare(&full, &short, Tolerance::exact()).unwrap_err();
        assert!(err.to_string().starts_with("expected array: "), "{err}");
    }

    #[test]
    fn half_precision_floats_use_tolerance() {
        let bf = |bits: &[u16]| {
            let data = bits.iter().flat_map(|b| b.to_le_bytes()).collect();
            Array::new(DType::BF16, vec![bits.len()], data).unwrap()
        };
        let one = bf(&[0x3f80]);
        let one_ulp_more = bf(&[0x3f81]);
        assert!(compare(&one_ulp_more, &one, Tolerance::exact()).is_err());
        let summary = compare(&one_ulp_more, &one, Tolerance::new(1e-2, 0.0)).unwrap();
        assert_eq!(summary.max_abs_err, 2f64.powi(-7));
    }

    #[test]
    fn empty_and_scalar_arrays() {
        let empty = Array::from_f32(&[0, 4], &[]);
        let summary = compare(&empty, &empty.clone(), Tolerance::exact()).unwrap();
        assert_eq!(summary.elements, 0);
        let a = Array::from_f32(&[], &[1.0]);
        let b = Array::from_f32(&[], &[2.0]);
        let err = compare(&a, &b, Tolerance::exact()).unwrap_err();
        assert!(err.to_string().contains("flat index 0 []"), "{err}");
    }

    #[test]
    fn positions_in_c_order() {
        assert_eq!(position(5, &[2, 3]), vec![1, 2]);
        assert_eq!(position(7, &[2, 2, 2]), vec![1, 1, 1]);
        assert_eq!(position(0, &[]), Vec::<usize>::new());
    }
}
