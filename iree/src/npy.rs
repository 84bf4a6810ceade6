//! Reading and writing numpy `.npy` files, without numpy.
//!
//! Supported: format versions 1.0, 2.0 and 3.0, little-endian numeric dtypes
//! (see [`DType`]), C order. bfloat16 is stored the way `np.save` writes an
//! `ml_dtypes.bfloat16` array: as a raw 2-byte record, descr `'<V2'`
//! (a descr of `'bfloat16'` is accepted too). Every 2-byte raw record is
//! therefore read as bfloat16.
//!
//! [`to_bytes`] writes version 1.0 with the header padded exactly like numpy
//! does, so numpy-written files round-trip byte for byte.

use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};

/// The `.npy` magic string.
const MAGIC: &[u8; 6] = b"\x93NUMPY";

/// numpy aligns the start of the data to this many bytes.
const ALIGN: usize = 64;

/// numpy leaves room for this many digits in the first axis length.
const GROWTH_AXIS_MAX_DIGITS: usize = 21;

/// An element type that `.npy` files can hold and Veritor understands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DType {
    Bool,
    I8,
    I16,
    I32,
    I64,
    U8,
    U16,
    U32,
    U64,
    F16,
    /// bfloat16, stored as numpy's raw 2-byte record `'<V2'`.
    BF16,
    F32,
    F64,
}

impl DType {
    /// Every dtype, in declaration order.
    pub const ALL: [DType; 13] = [
        DType::Bool,
        DType::I8,
        DType::I16,
        DType::I32,
        DType::I64,
        DType::U8,
        DType::U16,
        DType::U32,
        DType::U64,
        DType::F16,
        DType::BF16,
        DType::F32,
        DType::F64,
    ];

    /// Bytes per element.
    pub fn size(self) -> usize {
        match self {
            DType::Bool | DType::I8 | DType::U8 => 1,
            DType::I16 | DType::U16 | DType::F16 | DType::BF16 => 2,
            DType::I32 | DType::U32 | DType::F32 => 4,
            DType::I64 | DType::U64 | DType::F64 => 8,
        }
    }

    /// The descr numpy writes for this dtype, e.g. `<f4`.
    pub fn descr(self) -> &'static str {
        match self {
            DType::Bool => "|b1",
            DType::I8 => "|i1",
            DType::I16 => "<i2",
            DType::I32 => "<i4",
            DType::I64 => "<i8",
            DType::U8 => "|u1",
            DType::U16 => "<u2",
            DType::U32 => "<u4",
            DType::U64 => "<u8",
            DType::F16 => "<f2",
            DType::BF16 => "<V2",
            DType::F32 => "<f4",
            DType::F64 => "<f8",
        }
    }

    /// The numpy name, e.g. `float32`.
    pub fn name(self) -> &'static str {
        match self {
            DType::Bool => "bool",
            DType::I8 => "int8",
            DType::I16 => "int16",
            DType::I32 => "int32",
            DType::I64 => "int64",
            DType::U8 => "uint8",
            DType::U16 => "uint16",
            DType::U32 => "uint32",
            DType::U64 => "uint64",
            DType::F16 => "float16",
            DType::BF16 => "bfloat16",
            DType::F32 => "float32",
            DType::F64 => "float64",
        }
    }

    /// Whether this is a floating-point type (f16, bf16, f32, f64).
    pub fn is_float(self) -> bool {
        matches!(self, DType::F16 | DType::BF16 | DType::F32 | DType::F64)
    }

    /// Parses a numpy descr such as `<f4`, `|b1` or `<V2`.
    pub fn from_descr(descr: &str) -> Result<DType, NpyErrorKind> {
        if descr == "bfloat16" {
            return Ok(DType::BF16);
        }
        let (order, code) = split_byte_order(descr);
        let dtype = dtype_for_code(code)
            .ok_or_else(|| NpyErrorKind::UnsupportedDtype(descr.to_string()))?;
        let big = order == Some('>') || (order == Some('=') && cfg!(target_endian = "big"));
        if big && dtype.size() > 1 {
            return Err(NpyErrorKind::BigEndian(descr.to_string()));
        }
        Ok(dtype)
    }
}

impl fmt::Display for DType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Splits `<f4` into (`Some('<')`, `f4`); a descr without an order character is native.
fn split_byte_order(descr: &str) -> (Option<char>, &str) {
    match descr.chars().next() {
        Some(c @ ('<' | '>' | '|' | '=')) => (Some(c), &descr[1..]),
        _ => (None, descr),
    }
}

/// The dtype for a type code without byte order, e.g. `f4`.
fn dtype_for_code(code: &str) -> Option<DType> {
    let dtype = match code {
        "b1" | "?" => DType::Bool,
        "i1" => DType::I8,
        "i2" => DType::I16,
        "i4" => DType::I32,
        "i8" => DType::I64,
        "u1" => DType::U8,
        "u2" => DType::U16,
        "u4" => DType::U32,
        "u8" => DType::U64,
        "f2" => DType::F16,
        "V2" => DType::BF16,
        "f4" => DType::F32,
        "f8" => DType::F64,
        _ => return None,
    };
    Some(dtype)
}

/// An n-dimensional array as stored in a `.npy` file.
#[derive(Clone, Debug, PartialEq)]
pub struct Array {
    /// Element type.
    pub dtype: DType,
    /// Dimensions; empty for a 0-d scalar.
    pub shape: Vec<usize>,
    /// Elements, little-endian, C (row-major) order.
    pub data: Vec<u8>,
}

impl Array {
    /// Builds an array, checking that `data` holds exactly the elements `shape` calls for.
    pub fn new(dtype: DType, shape: Vec<usize>, data: Vec<u8>) -> Result<Array, NpyError> {
        let array = Array { dtype, shape, data };
        array.check()?;
        Ok(array)
    }

    /// A float32 array. If `values` does not fill `shape` exactly the array is
    /// inconsistent: [`Array::check`], [`write()`] and comparisons report it.
    pub fn from_f32(shape: &[usize], values: &[f32]) -> Array {
        let data = values.iter().flat_map(|v| v.to_le_bytes()).collect();
        Array {
            dtype: DType::F32,
            shape: shape.to_vec(),
            data,
        }
    }

    /// An int32 array; see [`Array::from_f32`] about `values` not filling `shape`.
    pub fn from_i32(shape: &[usize], values: &[i32]) -> Array {
        let data = values.iter().flat_map(|v| v.to_le_bytes()).collect();
        Array {
            dtype: DType::I32,
            shape: shape.to_vec(),
            data,
        }
    }

    /// Number of elements the shape calls for (1 for a 0-d scalar; saturates on overflow).
    pub fn len(&self) -> usize {
        self.shape
            .iter()
            .fold(1usize, |acc, &d| acc.saturating_mul(d))
    }

    /// Whether the shape has no elements (some dimension is 0).
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Checks that the data length matches the shape and dtype.
    pub fn check(&self) -> Result<(), NpyError> {
        let expected = byte_len(&self.shape, self.dtype);
        if expected == Some(self.data.len()) {
            return Ok(());
        }
        Err(NpyError::new(NpyErrorKind::SizeMismatch {
            dtype: self.dtype,
            shape: self.shape.clone(),
            found: self.data.len(),
        }))
    }

    /// The elements as f64 (bool as 0/1; 64-bit integers may round).
    /// Decodes every whole element in `data`, whatever the shape says.
    pub fn to_f64(&self) -> Vec<f64> {
        self.elements()
            .map(|e| element_f64(self.dtype, e))
            .collect()
    }

    /// The elements as exact integers, or `None` for a float array.
    pub(crate) fn to_i128(&self) -> Option<Vec<i128>> {
        self.elements()
            .map(|e| element_i128(self.dtype, e))
            .collect()
    }

    /// Element `index` (flat, C order) written in its own precision, e.g. `0.1` for an f32 0.1.
    pub(crate) fn element_text(&self, index: usize) -> String {
        let Some(bytes) = self.elements().nth(index) else {
            return "<missing>".to_string();
        };
        if let Some(i) = element_i128(self.dtype, bytes) {
            return if self.dtype == DType::Bool {
                (i != 0).to_string()
            } else {
                i.to_string()
            };
        }
        let value = element_f64(self.dtype, bytes);
        match self.dtype {
            DType::F64 => format!("{value:?}"),
            _ => format!("{:?}", value as f32),
        }
    }

    /// The raw bytes of each element.
    fn elements(&self) -> std::slice::ChunksExact<'_, u8> {
        self.data.chunks_exact(self.dtype.size())
    }
}

/// Bytes needed by `shape` elements of `dtype`, or `None` on overflow.
fn byte_len(shape: &[usize], dtype: DType) -> Option<usize> {
    shape
        .iter()
        .try_fold(dtype.size(), |acc, &d| acc.checked_mul(d))
}

/// One element as f64.
fn element_f64(dtype: DType, b: &[u8]) -> f64 {
    match dtype {
        DType::F16 => f16_to_f32(u16::from_le_bytes([b[0], b[1]])) as f64,
        DType::BF16 => bf16_to_f32(u16::from_le_bytes([b[0], b[1]])) as f64,
        DType::F32 => f32::from_le_bytes([b[0], b[1], b[2], b[3]]) as f64,
        DType::F64 => f64::from_le_bytes(eight(b)),
        _ => element_i128(dtype, b).unwrap_or(0) as f64,
    }
}

/// One element as an exact integer (bool as 0/1), or `None` for floats.
fn element_i128(dtype: DType, b: &[u8]) -> Option<i128> {
    let value = match dtype {
        DType::Bool => i128::from(b[0] != 0),
        DType::I8 => i128::from(b[0] as i8),
        DType::U8 => i128::from(b[0]),
        DType::I16 => i128::from(i16::from_le_bytes([b[0], b[1]])),
        DType::U16 => i128::from(u16::from_le_bytes([b[0], b[1]])),
        DType::I32 => i128::from(i32::from_le_bytes([b[0], b[1], b[2], b[3]])),
        DType::U32 => i128::from(u32::from_le_bytes([b[0], b[1], b[2], b[3]])),
        DType::I64 => i128::from(i64::from_le_bytes(eight(b))),
        DType::U64 => i128::from(u64::from_le_bytes(eight(b))),
        DType::F16 | DType::BF16 | DType::F32 | DType::F64 => return None,
    };
    Some(value)
}

/// The first eight bytes of an 8-byte element.
fn eight(b: &[u8]) -> [u8; 8] {
    [b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7]]
}

/// Decodes an IEEE half-precision value (subnormals, infinities and NaN included).
pub fn f16_to_f32(h: u16) -> f32 {
    let sign = u32::from(h >> 15) << 31;
    let exponent = u32::from((h >> 10) & 0x1f);
    let mantissa = u32::from(h & 0x3ff);
    match exponent {
        0 => {
            let magnitude = mantissa as f32 * (1.0 / 16_777_216.0); // 2^-24
            if sign != 0 {
                -magnitude
            } else {
                magnitude
            }
        }
        31 => f32::from_bits(sign | 0x7f80_0000 | (mantissa << 13)),
        _ => f32::from_bits(sign | ((exponent + 112) << 23) | (mantissa << 13)),
    }
}

/// Decodes a bfloat16 value (the top half of an f32).
pub fn bf16_to_f32(b: u16) -> f32 {
    f32::from_bits(u32::from(b) << 16)
}

/// Why a `.npy` file could not be read or written.
#[derive(Debug)]
pub struct NpyError {
    /// The file, when the error concerns one.
    pub path: Option<PathBuf>,
    /// What went wrong.
    pub kind: NpyErrorKind,
}

/// What went wrong with a `.npy` file.
#[derive(Debug)]
pub enum NpyErrorKind {
    /// Reading or writing the file failed.
    Io(std::io::Error),
    /// The file is empty (`iree-run-module` leaves one behind when it cannot write a result).
    Empty,
    /// The file does not start with `\x93NUMPY`.
    BadMagic,
    /// A format version other than 1.0, 2.0 or 3.0.
    UnsupportedVersion(u8, u8),
    /// The file ends inside its header.
    TruncatedHeader,
    /// The file ends before all elements.
    TruncatedData { expected: usize, found: usize },
    /// The file has bytes after the last element.
    TrailingData { expected: usize, found: usize },
    /// A descr this crate does not handle (structured, complex, strings, ...).
    UnsupportedDtype(String),
    /// The data is in Fortran (column-major) order.
    FortranOrder,
    /// A multi-byte big-endian dtype.
    BigEndian(String),
    /// The header dictionary could not be understood.
    MalformedHeader(String),
    /// An in-memory array whose data does not match its shape.
    SizeMismatch {
        dtype: DType,
        shape: Vec<usize>,
        found: usize,
    },
}

impl NpyError {
    /// An error not (yet) tied to a file.
    pub fn new(kind: NpyErrorKind) -> NpyError {
        NpyError { path: None, kind }
    }

    /// The same error, naming `path`.
    pub fn at(self, path: &Path) -> NpyError {
        NpyError {
            path: Some(path.to_path_buf()),
            kind: self.kind,
        }
    }
}

impl fmt::Display for NpyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.path {
            Some(path) => write!(f, "{}: {}", path.display(), self.kind),
            None => write!(f, "{}", self.kind),
        }
    }
}

impl fmt::Display for NpyErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            NpyErrorKind::Io(err) => write!(f, "{err}"),
            NpyErrorKind::Empty => write!(f, "empty file, not an .npy file"),
            NpyErrorKind::BadMagic => write!(f, "not an .npy file (bad magic)"),
            NpyErrorKind::UnsupportedVersion(major, minor) => {
                write!(f, "unsupported .npy format version {major}.{minor}")
            }
            NpyErrorKind::TruncatedHeader => write!(f, "truncated header"),
            NpyErrorKind::TruncatedData { expected, found } => {
                write!(
                    f,
                    "truncated data (expected {expected} bytes, found {found})"
                )
            }
            NpyErrorKind::TrailingData { expected, found } => write!(
                f,
                "unexpected bytes after the data (expected {expected} bytes, found {found})"
            ),
            NpyErrorKind::UnsupportedDtype(descr) => {
                write!(f, "unsupported dtype '{}'", one_line(descr))
            }
            NpyErrorKind::FortranOrder => write!(f, "Fortran order unsupported"),
            NpyErrorKind::BigEndian(descr) => {
                write!(f, "big-endian unsupported (dtype '{}')", one_line(descr))
            }
            NpyErrorKind::MalformedHeader(why) => write!(f, "malformed header: {}", one_line(why)),
            NpyErrorKind::SizeMismatch {
                dtype,
                shape,
                found,
            } => match byte_len(shape, *dtype) {
                Some(expected) => write!(
                    f,
                    "array data has {found} bytes but shape {shape:?} of {dtype} needs {expected}"
                ),
                None => write!(f, "array shape {shape:?} of {dtype} is too large"),
            },
        }
    }
}

/// Text quoted from a header, with control characters escaped (`\n`, `\u{1b}`), so that an
/// error stays one line whatever the file holds.
fn one_line(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.chars().any(char::is_control) {
        return text.into();
    }
    text.chars()
        .map(|c| {
            if c.is_control() {
                c.escape_default().to_string()
            } else {
                c.to_string()
            }
        })
        .collect::<String>()
        .into()
}

impl std::error::Error for NpyError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match &self.kind {
            NpyErrorKind::Io(err) => Some(err),
            _ => None,
        }
    }
}

impl From<NpyErrorKind> for NpyError {
    fn from(kind: NpyErrorKind) -> NpyError {
        NpyError::new(kind)
    }
}

/// Reads a `.npy` file; every error names `path`.
pub fn read(path: &Path) -> Result<Array, NpyError> {
    let bytes = fs::read(path).map_err(|e| NpyError::new(NpyErrorKind::Io(e)).at(path))?;
    parse(&bytes).map_err(|e| e.at(path))
}

/// Writes `array` as a version 1.0 `.npy` file; fails if its data does not match its shape.
pub fn write(path: &Path, array: &Array) -> Result<(), NpyError> {
    array.check().map_err(|e| e.at(path))?;
    fs::write(path, to_bytes(array)).map_err(|e| NpyError::new(NpyErrorKind::Io(e)).at(path))
}

/// Parses the bytes of a `.npy` file.
pub fn parse(bytes: &[u8]) -> Result<Array, NpyError> {
    let (dtype, shape, data) = parse_view(bytes)?;
    Ok(Array {
        dtype,
        shape,
        data: data.to_vec(),
    })
}

/// The element type and shape of `.npy` bytes, with every check of [`parse`] (header, data
/// length) but without copying the data.
pub fn parse_meta(bytes: &[u8]) -> Result<(DType, Vec<usize>), NpyError> {
    let (dtype, shape, _) = parse_view(bytes)?;
    Ok((dtype, shape))
}

/// [`parse`], the data borrowed.
fn parse_view(bytes: &[u8]) -> Result<(DType, Vec<usize>, &[u8]), NpyError> {
    let (header, data) = split_header(bytes)?;
    let header = parse_header(header)?;
    let expected = byte_len(&header.shape, header.dtype)
        .ok_or_else(|| malformed(format!("shape {:?} is too large", header.shape)))?;
    if data.len() < expected {
        return Err(NpyErrorKind::TruncatedData {
            expected,
            found: data.len(),
        }
        .into());
    }
    if data.len() > expected {
        return Err(NpyErrorKind::TrailingData {
            expected,
            found: data.len(),
        }
        .into());
    }
    Ok((header.dtype, header.shape, data))
}

/// Splits a file into its header text and its data, checking magic and version.
fn split_header(bytes: &[u8]) -> Result<(&[u8], &[u8]), NpyError> {
    if bytes.is_empty() {
        return Err(NpyErrorKind::Empty.into());
    }
    if !bytes.starts_with(MAGIC) {
        let kind = if MAGIC.starts_with(bytes) {
            NpyErrorKind::TruncatedHeader
        } else {
            NpyErrorKind::BadMagic
        };
        return Err(kind.into());
    }
    let version = bytes.get(6..8).ok_or(NpyErrorKind::TruncatedHeader)?;
    let length_size = match version[0] {
        1 => 2,
        2 | 3 => 4,
        _ => return Err(NpyErrorKind::UnsupportedVersion(version[0], version[1]).into()),
    };
    let length_bytes = bytes
        .get(8..8 + length_size)
        .ok_or(NpyErrorKind::TruncatedHeader)?;
    let header_len = length_bytes
        .iter()
        .rev()
        .fold(0usize, |acc, &b| (acc << 8) | usize::from(b));
    let start = 8 + length_size;
    let end = start
        .checked_add(header_len)
        .filter(|&end| end <= bytes.len())
        .ok_or(NpyErrorKind::TruncatedHeader)?;
    Ok((&bytes[start..end], &bytes[end..]))
}

/// What a header says about the array.
struct Header {
    dtype: DType,
    shape: Vec<usize>,
}

/// Parses the header dictionary, e.g. `{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }`.
fn parse_header(text: &[u8]) -> Result<Header, NpyError> {
    let text = String::from_utf8_lossy(text);
    let entries = Literal::parse_dict(&text)?;
    let descr = match lookup(&entries, "descr")? {
        Literal::Str(s) => s.as_str(),
        other => return Err(NpyErrorKind::UnsupportedDtype(other.to_string()).into()),
    };
    let dtype = DType::from_descr(descr)?;
    let fortran = match lookup(&entries, "fortran_order")? {
        Literal::Bool(b) => *b,
        other => return Err(malformed(format!("fortran_order is {other}"))),
    };
    let shape = shape_of(lookup(&entries, "shape")?)?;
    if fortran && shape.iter().filter(|&&d| d > 1).count() > 1 {
        return Err(NpyErrorKind::FortranOrder.into());
    }
    Ok(Header { dtype, shape })
}

/// The value of `key` in the header dictionary.
fn lookup<'a>(entries: &'a [(String, Literal)], key: &str) -> Result<&'a Literal, NpyError> {
    entries
        .iter()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v)
        .ok_or_else(|| malformed(format!("no '{key}' key")))
}

/// The dimensions in a `shape` tuple.
fn shape_of(value: &Literal) -> Result<Vec<usize>, NpyError> {
    let Literal::Tuple(items) = value else {
        return Err(malformed(format!("shape is {value}, not a tuple")));
    };
    items
        .iter()
        .map(|item| match item {
            Literal::Int(n) => {
                usize::try_from(*n).map_err(|_| malformed(format!("dimension {n} is too large")))
            }
            other => Err(malformed(format!("dimension {other} is not an integer"))),
        })
        .collect()
}

/// A malformed-header error.
fn malformed(why: String) -> NpyError {
    NpyErrorKind::MalformedHeader(why).into()
}

/// The subset of Python literals that `.npy` headers use.
#[derive(Debug, PartialEq)]
enum Literal {
    Str(String),
    Bool(bool),
    None,
    Int(u64),
    Tuple(Vec<Literal>),
    List(Vec<Literal>),
}

impl fmt::Display for Literal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Literal::Str(s) => write!(f, "'{s}'"),
            Literal::Bool(true) => write!(f, "True"),
            Literal::Bool(false) => write!(f, "False"),
            Literal::None => write!(f, "None"),
            Literal::Int(n) => write!(f, "{n}"),
            Literal::Tuple(items) => write!(f, "({})", join(items)),
            Literal::List(items) => write!(f, "[{}]", join(items)),
        }
    }
}

/// Items separated by ", ".
fn join(items: &[Literal]) -> String {
    items
        .iter()
        .map(|i| i.to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

/// Deepest nesting of tuples and lists a header may have (numpy writes a tuple in a
/// dictionary: depth 1). Without a bound, a header of many `(` overflowed the stack.
const MAX_NESTING: usize = 16;

/// A cursor over header text.
struct Cursor<'a> {
    text: &'a [u8],
    pos: usize,
    /// Tuples and lists open at `pos`.
    depth: usize,
}

impl Literal {
    /// Parses a whole header: one dictionary with string keys, then only whitespace.
    fn parse_dict(text: &str) -> Result<Vec<(String, Literal)>, NpyError> {
        let mut cursor = Cursor {
            text: text.as_bytes(),
            pos: 0,
            depth: 0,
        };
        let entries = cursor.dict()?;
        cursor.skip_space();
        if cursor.pos != cursor.text.len() {
            return Err(malformed("text after the dictionary".to_string()));
        }
        Ok(entries)
    }
}

impl Cursor<'_> {
    /// Skips spaces, tabs and newlines.
    fn skip_space(&mut self) {
        while self.peek().is_some_and(|c| c.is_ascii_whitespace()) {
            self.pos += 1;
        }
    }

    /// The next character, if any.
    fn peek(&self) -> Option<u8> {
        self.text.get(self.pos).copied()
    }

    /// Consumes `c` (after whitespace) or fails naming `what`.
    fn expect(&mut self, c: u8, what: &str) -> Result<(), NpyError> {
        self.skip_space();
        if self.peek() == Some(c) {
            self.pos += 1;
            Ok(())
        } else {
            Err(malformed(format!("expected {what} at byte {}", self.pos)))
        }
    }

    /// Consumes `c` (after whitespace) if it is next.
    fn accept(&mut self, c: u8) -> bool {
        self.skip_space();
        let found = self.peek() == Some(c);
        if found {
            self.pos += 1;
        }
        found
    }

    /// `{ 'key': value, ... }`.
    fn dict(&mut self) -> Result<Vec<(String, Literal)>, NpyError> {
        self.expect(b'{', "'{'")?;
        let mut entries = Vec::new();
        while !self.accept(b'}') {
            let key = match self.value()? {
                Literal::Str(key) => key,
                other => return Err(malformed(format!("dictionary key {other} is not a string"))),
            };
            self.expect(b':', "':'")?;
            entries.push((key, self.value()?));
            if !self.accept(b',') {
                self.expect(b'}', "',' or '}'")?;
                break;
            }
        }
        Ok(entries)
    }

    /// Items up to `close`, separated by commas, a trailing comma allowed.
    fn sequence(&mut self, close: u8) -> Result<Vec<Literal>, NpyError> {
        if self.depth == MAX_NESTING {
            return Err(malformed(format!(
                "more than {MAX_NESTING} nested tuples or lists at byte {}",
                self.pos
            )));
        }
        self.depth += 1;
        let items = self.items(close);
        self.depth -= 1;
        items
    }

    /// [`Cursor::sequence`]'s items.
    fn items(&mut self, close: u8) -> Result<Vec<Literal>, NpyError> {
        let mut items = Vec::new();
        while !self.accept(close) {
            items.push(self.value()?);
            if !self.accept(b',') {
                self.expect(close, "',' or a closing bracket")?;
                break;
            }
        }
        Ok(items)
    }

    /// One literal.
    fn value(&mut self) -> Result<Literal, NpyError> {
        self.skip_space();
        match self.peek() {
            Some(q @ (b'\'' | b'"')) => self.string(q),
            Some(b'(') => {
                self.pos += 1;
                Ok(Literal::Tuple(self.sequence(b')')?))
            }
            Some(b'[') => {
                self.pos += 1;
                Ok(Literal::List(self.sequence(b']')?))
            }
            Some(c) if c.is_ascii_digit() => self.integer(),
            Some(c) if c.is_ascii_alphabetic() => self.word(),
            _ => Err(malformed(format!("unexpected text at byte {}", self.pos))),
        }
    }

    /// A quoted string without escapes (numpy never writes any in a header).
    fn string(&mut self, quote: u8) -> Result<Literal, NpyError> {
        let start = self.pos + 1;
        let len = self.text[start..]
            .iter()
            .position(|&c| c == quote)
            .ok_or_else(|| malformed("unterminated string".to_string()))?;
        self.pos = start + len + 1;
        let s = String::from_utf8_lossy(&self.text[start..start + len]).into_owned();
        Ok(Literal::Str(s))
    }

    /// A decimal integer, optionally with Python 2's `L` suffix.
    fn integer(&mut self) -> Result<Literal, NpyError> {
        let start = self.pos;
        while self.peek().is_some_and(|c| c.is_ascii_digit()) {
            self.pos += 1;
        }
        let digits = String::from_utf8_lossy(&self.text[start..self.pos]);
        let n = digits
            .parse::<u64>()
            .map_err(|_| malformed(format!("integer {digits} is too large")))?;
        if self.peek() == Some(b'L') {
            self.pos += 1;
        }
        Ok(Literal::Int(n))
    }

    /// `True`, `False` or `None`.
    fn word(&mut self) -> Result<Literal, NpyError> {
        let start = self.pos;
        while self
            .peek()
            .is_some_and(|c| c.is_ascii_alphanumeric() || c == b'_')
        {
            self.pos += 1;
        }
        match &self.text[start..self.pos] {
            b"True" => Ok(Literal::Bool(true)),
            b"False" => Ok(Literal::Bool(false)),
            b"None" => Ok(Literal::None),
            other => Err(malformed(format!(
                "unexpected word '{}'",
                String::from_utf8_lossy(other)
            ))),
        }
    }
}

/// The bytes of a version 1.0 `.npy` file for `array` (version 2.0 if the header
/// does not fit in 64 KiB), padded exactly like numpy pads it. The data is written
/// as is; use [`Array::check`] or [`write()`] to catch a data/shape mismatch.
pub fn to_bytes(array: &Array) -> Vec<u8> {
    let header = header_text(array);
    let mut out = wrap_header(&header);
    out.extend_from_slice(&array.data);
    out
}

/// numpy's header dictionary for `array`, with its spare space for growing the first axis.
fn header_text(array: &Array) -> String {
    let mut text = format!(
        "{{'descr': '{}', 'fortran_order': False, 'shape': {}, }}",
        array.dtype.descr(),
        shape_text(&array.shape)
    );
    if let Some(first) = array.shape.first() {
        let digits = first.to_string().len();
        let spare = GROWTH_AXIS_MAX_DIGITS.saturating_sub(digits);
        text.push_str(&" ".repeat(spare));
    }
    text
}

/// A shape as Python prints a tuple: `()`, `(3,)`, `(2, 3)`.
fn shape_text(shape: &[usize]) -> String {
    match shape {
        [] => "()".to_string(),
        [only] => format!("({only},)"),
        _ => {
            let dims: Vec<String> = shape.iter().map(|d| d.to_string()).collect();
            format!("({})", dims.join(", "))
        }
    }
}

/// Magic, version, length and padded header, so that the data starts 64-byte aligned.
fn wrap_header(header: &str) -> Vec<u8> {
    let text_len = header.len() + 1; // with the final newline
    let v1_pad = ALIGN - (MAGIC.len() + 2 + 2 + text_len) % ALIGN;
    let mut out = MAGIC.to_vec();
    match u16::try_from(text_len + v1_pad) {
        Ok(len) => {
            out.extend_from_slice(&[1, 0]);
            out.extend_from_slice(&len.to_le_bytes());
            out.extend_from_slice(header.as_bytes());
            out.extend(std::iter::repeat_n(b' ', v1_pad));
        }
        Err(_) => {
            let pad = ALIGN - (MAGIC.len() + 2 + 4 + text_len) % ALIGN;
            let len = u32::try_from(text_len + pad).unwrap_or(u32::MAX);
            out.extend_from_slice(&[2, 0]);
            out.extend_from_slice(&len.to_le_bytes());
            out.extend_from_slice(header.as_bytes());
            out.extend(std::iter::repeat_n(b' ', pad));
        }
    }
    out.push(b'\n');
    out
}

#[cfg(test)]
mod tests;
