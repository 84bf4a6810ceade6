//! The little HTTP/1.1 the prover and the challenger speak on loopback: one request, one
//! response, `Content-Length` bodies only (no chunked encoding), connections kept open.
//! Everything read is bounded (header and body sizes) and every malformed message is an
//! error of one line, never a panic.

use std::io::{self, BufRead, Read, Write};

/// Largest header block read.
pub const MAX_HEADER_BYTES: usize = 16 << 10;

/// A request or a response: its first line, and its body.
#[derive(Debug)]
pub struct Message {
    /// `POST /challenge HTTP/1.1` or `HTTP/1.1 200 OK`.
    pub start: String,
    /// The body (`Content-Length` bytes).
    pub body: Vec<u8>,
    /// Whether the peer asked to close the connection after this message.
    pub close: bool,
}

fn bad(message: String) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, message)
}

/// Reads one message, or `None` at a clean end of stream (the peer closed between
/// messages). The body may have at most `max_body` bytes.
pub fn read(input: &mut impl BufRead, max_body: usize) -> io::Result<Option<Message>> {
    let mut head = Vec::new();
    loop {
        let before = head.len();
        let n = input
            .by_ref()
            .take((MAX_HEADER_BYTES + 1 - head.len()) as u64)
            .read_until(b'\n', &mut head)?;
        if n == 0 {
            return if head.is_empty() {
                Ok(None)
            } else {
                Err(bad("the connection closed inside a header".into()))
            };
        }
        if head.len() > MAX_HEADER_BYTES {
            return Err(bad(format!(
                "the header is longer than {MAX_HEADER_BYTES} bytes"
            )));
        }
        if matches!(&head[before..], b"\r\n" | b"\n") {
            break;
        }
    }
    let head = String::from_utf8(head).map_err(|_| bad("the header is not UTF-8".into()))?;
    let mut lines = head.lines();
    let start = lines.next().unwrap_or("").trim().to_string();
    let (mut length, mut close) = (0usize, false);
    for line in lines.filter(|l| !l.trim().is_empty()) {
        let Some((name, value)) = line.split_once(':') else {
            return Err(bad(format!("a header line without ':': {:?}", line.trim())));
        };
        let (name, value) = (name.trim().to_ascii_lowercase(), value.trim());
        match name.as_str() {
            "content-length" => {
                length = value
                    .parse()
                    .map_err(|_| bad(format!("Content-Length {value:?} is not a number")))?;
            }
            "connection" => close = value.eq_ignore_ascii_case("close"),
            "transfer-encoding" => return Err(bad("Transfer-Encoding is not supported".into())),
            _ => {}
        }
    }
    if length > max_body {
        return Err(bad(format!(
            "a body of {length} bytes is more than the {max_body} allowed"
        )));
    }
    let mut body = vec![0; length];
    input.read_exact(&mut body)?;
    Ok(Some(Message { start, body, close }))
}

/// Writes a request.
pub fn write_request(out: &mut impl Write, path: &str, body: &[u8]) -> io::Result<()> {
    let method = if body.is_empty() { "GET" } else { "POST" };
    write!(
        out,
        "{method} {path} HTTP/1.1\r\nHost: localhost\r\nContent-Length: {}\r\n\r\n",
        body.len()
    )?;
    out.write_all(body)?;
    out.flush()
}

/// Writes a response.
pub fn write_response(
    out: &mut impl Write,
    status: &str,
    content_type: &str,
    body: &[u8],
) -> io::Result<()> {
    write!(
        out,
        "HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\r\n",
        body.len()
    )?;
    out.write_all(body)?;
    out.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn read_success_request_and_clean_end() {
        let text = b"POST /challenge HTTP/1.1\r\nContent-Length: 3\r\nConnection: close\r\n\r\nabc";
        let mut input = &text[..];
        let m = read(&mut input, 10).unwrap().unwrap();
        assert_eq!(m.start, "POST /challenge HTTP/1.1");
        assert_eq!(m.body, b"abc");
        assert!(m.close);
        assert!(read(&mut input, 10).unwrap().is_none());
    }

    #[test]
    fn read_failure_malformed_headers_are_errors() {
        let cases: [&[u8]; 5] = [
            b"GET / HTTP/1.1\r\nContent-Length: x\r\n\r\n",
            b"GET / HTTP/1.1\r\nnonsense\r\n\r\n",
            b"GET / HTTP/1.1\r\nContent-Length: 99\r\n\r\n",
            b"GET / HTTP/1.1\r\nContent-Length: 2\r\n\r\nab",
            b"GET / HTTP/1.1\r\nHost: x",
        ];
        for (i, text) in cases.iter().enumerate() {
            let max = if i == 3 { 1 } else { 10 };
            assert!(read(&mut &text[..], max).is_err(), "case {i}");
        }
        let long = [b"GET / HTTP/1.1\r\nX: ".as_slice(), &[b'a'; 20_000]].concat();
        let e = read(&mut &long[..], 10).unwrap_err().to_string();
        assert!(e.contains("longer than"), "{e}");
    }
}
