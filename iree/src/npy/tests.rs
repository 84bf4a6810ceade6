//! Unit tests for `npy`; the reference files in `tests/data/` were written by numpy
//! (see `tests/data/gen.py`).

use super::*;

/// A reference file written by numpy.
fn data_file(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("data")
        .join(name)
}

/// A version 1.0 file with a hand-written header (unpadded).
fn with_header(header: &str, data: &[u8]) -> Vec<u8> {
    let mut out = MAGIC.to_vec();
    out.extend_from_slice(&[1, 0]);
    let len = u16::try_from(header.len()).expect("test header fits");
    out.extend_from_slice(&len.to_le_bytes());
    out.extend_from_slice(header.as_bytes());
    out.extend_from_slice(data);
    out
}

/// A scratch directory unique to this process and test.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("veritor-iree-npy-{}-{name}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).expect("create scratch dir");
    dir
}

/// Arbitrary bytes for `n` elements of `dtype`.
fn sample_data(dtype: DType, n: usize) -> Vec<u8> {
    let mut data: Vec<u8> = (0..n * dtype.size()).map(|i| (i * 37 + 11) as u8).collect();
    if dtype == DType::Bool {
        data.iter_mut().for_each(|b| *b &= 1);
    }
    data
}

#[test]
fn round_trip_every_dtype_in_memory() {
    for dtype in DType::ALL {
        for shape in [vec![], vec![0], vec![5], vec![2, 3], vec![1, 2, 2]] {
            let n = shape.iter().product();
            let array = Array::new(dtype, shape.clone(), sample_data(dtype, n)).expect("valid");
            let bytes = to_bytes(&array);
            assert_eq!(
                (bytes.len() - array.data.len()) % ALIGN,
                0,
                "{dtype} {shape:?}"
            );
            let back = parse(&bytes).unwrap_or_else(|e| panic!("{dtype} {shape:?}: {e}"));
            assert_eq!(back, array, "{dtype} {shape:?}");
        }
    }
}

#[test]
fn round_trip_every_dtype_through_files() {
    let dir = scratch("round_trip_files");
    for dtype in DType::ALL {
        let array = Array::new(dtype, vec![3, 2], sample_data(dtype, 6)).expect("valid");
        let path = dir.join(format!("{}.npy", dtype.name()));
        write(&path, &array).expect("write");
        assert_eq!(read(&path).expect("read"), array, "{dtype}");
    }
    fs::remove_dir_all(&dir).expect("clean up");
}

#[test]
fn numpy_files_round_trip_byte_for_byte() {
    for name in [
        "f32_2x3.npy",
        "i32_vec.npy",
        "bool.npy",
        "bf16.npy",
        "f16.npy",
        "scalar_f64.npy",
        "u32_2.npy",
    ] {
        let bytes = fs::read(data_file(name)).expect("reference file");
        let array = parse(&bytes).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(to_bytes(&array), bytes, "{name}");
    }
}

#[test]
fn numpy_f32_2x3() {
    let a = read(&data_file("f32_2x3.npy")).expect("parse");
    assert_eq!(a.dtype, DType::F32);
    assert_eq!(a.shape, vec![2, 3]);
    assert_eq!(a.len(), 6);
    let expected = [1.0f32, -2.5, 3.25, 0.0, 1e-3, -7.0];
    let expected: Vec<f64> = expected.iter().map(|&v| v as f64).collect();
    assert_eq!(a.to_f64(), expected);
    assert_eq!(
        a,
        Array::from_f32(&[2, 3], &[1.0, -2.5, 3.25, 0.0, 1e-3, -7.0])
    );
}

#[test]
fn numpy_i32_vector() {
    let a = read(&data_file("i32_vec.npy")).expect("parse");
    let values = [1, -2, i32::MAX, i32::MIN, 0];
    assert_eq!(a, Array::from_i32(&[5], &values));
    let as_f64: Vec<f64> = values.iter().map(|&v| v as f64).collect();
    assert_eq!(a.to_f64(), as_f64);
}

#[test]
fn numpy_bool() {
    let a = read(&data_file("bool.npy")).expect("parse");
    assert_eq!(a.dtype, DType::Bool);
    assert_eq!(a.shape, vec![4]);
    assert_eq!(a.data, vec![1, 0, 1, 1]);
    assert_eq!(a.to_f64(), vec![1.0, 0.0, 1.0, 1.0]);
}

#[test]
fn numpy_bf16_from_ml_dtypes() {
    let a = read(&data_file("bf16.npy")).expect("parse");
    assert_eq!(a.dtype, DType::BF16);
    assert_eq!(a.shape, vec![4]);
    assert_eq!(a.to_f64(), vec![1.0, -2.0, 0.5, 3.140625]);
}

#[test]
fn numpy_f16() {
    let a = read(&data_file("f16.npy")).expect("parse");
    assert_eq!(a.dtype, DType::F16);
    let smallest_normal = 2f64.powi(-14);
    let smallest_subnormal = 2f64.powi(-24);
    assert_eq!(
        a.to_f64(),
        vec![1.0, -0.5, 65504.0, smallest_normal, smallest_subnormal]
    );
}

#[test]
fn numpy_scalar() {
    let a = read(&data_file("scalar_f64.npy")).expect("parse");
    assert_eq!(a.dtype, DType::F64);
    assert!(a.shape.is_empty());
    assert_eq!(a.len(), 1);
    assert!(!a.is_empty());
    assert_eq!(a.to_f64(), vec![2.5]);
}

#[test]
fn numpy_u32() {
    let a = read(&data_file("u32_2.npy")).expect("parse");
    assert_eq!(a.dtype, DType::U32);
    assert_eq!(a.shape, vec![2]);
    assert_eq!(a.to_f64(), vec![7.0, 4294967295.0]);
    assert_eq!(a.to_i128(), Some(vec![7, 4294967295]));
}

#[test]
fn header_variants_numpy_accepts() {
    let data = 1.5f32.to_le_bytes();
    for header in [
        "{'descr': '<f4', 'fortran_order': False, 'shape': (1,), }\n",
        "{\"descr\": \"<f4\", \"fortran_order\": False, \"shape\": (1,)}",
        "{'shape': (1L,), 'fortran_order': False, 'descr': 'f4'}",
        "{'descr':'=f4','fortran_order':True,'shape':(1,)}",
        "  { 'descr' : '<f4' , 'fortran_order' : False , 'shape' : ( 1 , ) , }  \n",
    ] {
        let a = parse(&with_header(header, &data)).unwrap_or_else(|e| panic!("{header}: {e}"));
        assert_eq!(a, Array::from_f32(&[1], &[1.5]), "{header}");
    }
}

#[test]
fn version_2_header() {
    let header = "{'descr': '<i4', 'fortran_order': False, 'shape': (2,), }\n";
    let mut bytes = MAGIC.to_vec();
    bytes.extend_from_slice(&[2, 0]);
    bytes.extend_from_slice(&(header.len() as u32).to_le_bytes());
    bytes.extend_from_slice(header.as_bytes());
    bytes.extend_from_slice(&[5, 0, 0, 0, 6, 0, 0, 0]);
    assert_eq!(parse(&bytes).expect("v2"), Array::from_i32(&[2], &[5, 6]));
}

#[test]
fn descr_bfloat16_and_byte_order_of_single_bytes() {
    let bf16 = "{'descr': 'bfloat16', 'fortran_order': False, 'shape': (1,), }";
    let a = parse(&with_header(bf16, &[0x80, 0x3f])).expect("bfloat16 descr");
    assert_eq!(a.dtype, DType::BF16);
    assert_eq!(a.to_f64(), vec![1.0]);
    let big_byte = "{'descr': '>i1', 'fortran_order': False, 'shape': (1,), }";
    let a = parse(&with_header(big_byte, &[0xff])).expect("single bytes have no order");
    assert_eq!(a.to_f64(), vec![-1.0]);
}

#[test]
fn big_endian_is_rejected() {
    let header = "{'descr': '>f4', 'fortran_order': False, 'shape': (1,), }";
    let err = parse(&with_header(header, &[0; 4])).unwrap_err();
    assert!(matches!(err.kind, NpyErrorKind::BigEndian(_)), "{err}");
    assert_eq!(err.to_string(), "big-endian unsupported (dtype '>f4')");
}

#[test]
fn fortran_order_is_rejected_when_it_matters() {
    let header = "{'descr': '<f4', 'fortran_order': True, 'shape': (2, 3), }";
    let err = parse(&with_header(header, &[0; 24])).unwrap_err();
    assert!(matches!(err.kind, NpyErrorKind::FortranOrder), "{err}");
    assert_eq!(err.to_string(), "Fortran order unsupported");
    let same_layout = "{'descr': '<f4', 'fortran_order': True, 'shape': (1, 3), }";
    assert!(parse(&with_header(same_layout, &[0; 12])).is_ok());
}

#[test]
fn unsupported_dtypes() {
    for (descr, shown) in [
        ("'<c8'", "<c8"),
        ("'<U3'", "<U3"),
        ("'|O'", "|O"),
        ("[('a', '<f4')]", "[('a', '<f4')]"),
    ] {
        let header = format!("{{'descr': {descr}, 'fortran_order': False, 'shape': (1,), }}");
        let err = parse(&with_header(&header, &[0; 8])).unwrap_err();
        assert_eq!(err.to_string(), format!("unsupported dtype '{shown}'"));
    }
}

#[test]
fn malformed_headers() {
    for header in [
        "{'descr': '<f4', 'fortran_order': False}",
        "{'descr': '<f4', 'fortran_order': False, 'shape': 3}",
        "{'descr': '<f4', 'fortran_order': 0, 'shape': (1,)}",
        "{'descr': '<f4', 'fortran_order': False, 'shape': (-1,)}",
        "{'descr': '<f4', 'fortran_order': False, 'shape': (1,)} junk",
        "{'descr': '<f4', 'fortran_order': Maybe, 'shape': (1,)}",
        "{'descr: '<f4'",
        "not a dict",
        "",
        "{'descr': '<f4', 'fortran_order': False, 'shape': (99999999999999999999999,)}",
        "{'descr': '<f8', 'fortran_order': False, 'shape': (4294967296, 4294967296)}",
    ] {
        let err = parse(&with_header(header, &[0; 4])).unwrap_err();
        assert!(
            matches!(err.kind, NpyErrorKind::MalformedHeader(_)),
            "{header}: {err}"
        );
        assert!(err.to_string().starts_with("malformed header: "), "{err}");
    }
}

/// A version 2.0 file (4-byte header length) with a hand-written header.
fn with_long_header(header: &str) -> Vec<u8> {
    let mut out = MAGIC.to_vec();
    out.extend_from_slice(&[2, 0]);
    let len = u32::try_from(header.len()).expect("test header fits");
    out.extend_from_slice(&len.to_le_bytes());
    out.extend_from_slice(header.as_bytes());
    out
}

#[test]
fn parse_failure_deeply_nested_header_is_malformed_not_a_stack_overflow() {
    // A million `(` used to overflow the stack (the `npy` fuzz target's kind of input).
    for open in ["(", "[", "(["] {
        let header = format!("{{'shape': {}", open.repeat(1_000_000));
        let err = parse(&with_long_header(&header)).unwrap_err();
        assert_eq!(
            err.to_string(),
            "malformed header: more than 16 nested tuples or lists at byte 27",
        );
    }
    // Sixteen levels are still read (and then refused as a shape).
    let header = format!(
        "{{'descr': '<f4', 'fortran_order': False, 'shape': {}{}}}",
        "(".repeat(16),
        ")".repeat(16)
    );
    let err = parse(&with_header(&header, &[])).unwrap_err();
    assert!(err.to_string().contains("is not an integer"), "{err}");
}

#[test]
fn parse_failure_newline_in_a_header_string_is_one_line() {
    // Found by `make fuzz` (target npy): the descr was quoted as it was.
    let cases = [
        (
            "{'descr': '<f\nx', 'fortran_order': False, 'shape': (1,)}",
            "unsupported dtype '<f\\nx'",
        ),
        (
            "{'descr': '>f4\r', 'fortran_order': False, 'shape': (1,)}",
            "unsupported dtype '>f4\\r'",
        ),
        (
            "{'descr': '<f4', 'fortran_order': '\x1b', 'shape': (1,)}",
            "malformed header: fortran_order is '\\u{1b}'",
        ),
    ];
    for (header, message) in cases {
        let err = parse(&with_header(header, &[0; 4]))
            .unwrap_err()
            .to_string();
        assert_eq!(err, message);
    }
}

#[test]
fn garbage_and_truncated_files() {
    let good = fs::read(data_file("f32_2x3.npy")).expect("reference file");
    let cases: Vec<(&[u8], &str)> = vec![
        (b"", "empty file, not an .npy file"),
        (b"PK\x03\x04 this is a zip", "not an .npy file (bad magic)"),
        (b"\x93NUM", "truncated header"),
        (&good[..7], "truncated header"),
        (&good[..9], "truncated header"),
        (&good[..100], "truncated header"),
        (&good[..140], "truncated data (expected 24 bytes, found 12)"),
    ];
    for (bytes, message) in cases {
        let err = parse(bytes).unwrap_err();
        assert_eq!(err.to_string(), message);
    }
    let mut long = good.clone();
    long.push(0);
    assert_eq!(
        parse(&long).unwrap_err().to_string(),
        "unexpected bytes after the data (expected 24 bytes, found 25)"
    );
    let mut future = good;
    future[6] = 4;
    assert_eq!(
        parse(&future).unwrap_err().to_string(),
        "unsupported .npy format version 4.0"
    );
}

#[test]
fn read_errors_name_the_file() {
    let dir = scratch("read_errors");
    let missing = dir.join("missing.npy");
    let err = read(&missing).unwrap_err();
    assert!(
        err.to_string().starts_with(&missing.display().to_string()),
        "{err}"
    );
    assert!(matches!(err.kind, NpyErrorKind::Io(_)));
    let truncated = dir.join("truncated.npy");
    let good = fs::read(data_file("i32_vec.npy")).expect("reference file");
    fs::write(&truncated, &good[..good.len() - 1]).expect("write");
    let err = read(&truncated).unwrap_err();
    assert_eq!(
        err.to_string(),
        format!(
            "{}: truncated data (expected 20 bytes, found 19)",
            truncated.display()
        )
    );
    fs::remove_dir_all(&dir).expect("clean up");
}

#[test]
fn inconsistent_arrays_are_caught() {
    let bad = Array::from_f32(&[2, 2], &[1.0, 2.0, 3.0]);
    assert_eq!(bad.len(), 4);
    let err = bad.check().unwrap_err();
    assert_eq!(
        err.to_string(),
        "array data has 12 bytes but shape [2, 2] of float32 needs 16"
    );
    assert!(Array::new(DType::I32, vec![3], vec![0; 8]).is_err());
    let dir = scratch("inconsistent");
    let path = dir.join("bad.npy");
    let err = write(&path, &bad).unwrap_err();
    assert!(
        err.to_string().starts_with(&path.display().to_string()),
        "{err}"
    );
    assert!(!path.exists());
    fs::remove_dir_all(&dir).expect("clean up");
}

#[test]
fn half_precision_decoding() {
    assert_eq!(f16_to_f32(0x3c00), 1.0);
    assert_eq!(f16_to_f32(0xc000), -2.0);
    assert_eq!(f16_to_f32(0x7bff), 65504.0);
    assert_eq!(f16_to_f32(0x0001), 2f32.powi(-24));
    assert_eq!(f16_to_f32(0x8001), -(2f32.powi(-24)));
    assert_eq!(f16_to_f32(0x03ff), 1023.0 * 2f32.powi(-24));
    assert_eq!(f16_to_f32(0x7c00), f32::INFINITY);
    assert_eq!(f16_to_f32(0xfc00), f32::NEG_INFINITY);
    assert!(f16_to_f32(0x7e00).is_nan());
    assert!(f16_to_f32(0x8000).is_sign_negative());
    assert_eq!(bf16_to_f32(0x3f80), 1.0);
    assert_eq!(bf16_to_f32(0xc040), -3.0);
    assert!(bf16_to_f32(0x7fc0).is_nan());
}

#[test]
fn element_text_uses_native_precision() {
    let a = Array::from_f32(&[2], &[0.1, -3.0]);
    assert_eq!(a.element_text(0), "0.1");
    assert_eq!(a.element_text(1), "-3.0");
    assert_eq!(a.element_text(2), "<missing>");
    let b = Array::new(DType::Bool, vec![2], vec![0, 1]).expect("valid");
    assert_eq!(b.element_text(1), "true");
    let u = Array::new(DType::U64, vec![1], u64::MAX.to_le_bytes().to_vec()).expect("valid");
    assert_eq!(u.element_text(0), u64::MAX.to_string());
}

#[test]
fn dtype_names_and_descrs() {
    for dtype in DType::ALL {
        assert_eq!(DType::from_descr(dtype.descr()).expect("own descr"), dtype);
        assert_eq!(dtype.to_string(), dtype.name());
    }
    assert!(DType::F16.is_float() && DType::BF16.is_float());
    assert!(!DType::U8.is_float() && !DType::Bool.is_float());
}
