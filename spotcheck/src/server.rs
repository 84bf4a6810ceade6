//! The prover process: `GET /commitment` gives the commitment (JSON), `POST /challenge` with
//! a challenge (JSON) gives the binary response (`veritor_protocol::spotcheck`). A malformed
//! request gets `400` and one line of text; the connection of a request that is not HTTP is
//! closed after the answer; the server itself goes on.

use std::io::{self, BufReader};
use std::net::{TcpListener, TcpStream};
use std::sync::Arc;
use std::time::Duration;

use crate::http;
use crate::prover::Prover;

/// Largest challenge body accepted.
pub const MAX_CHALLENGE_BYTES: usize = 8 << 20;
/// A connection idle for this long is closed.
const IDLE: Duration = Duration::from_secs(60);

/// Serves `prover` on `listener` forever, one thread per connection.
pub fn serve(listener: TcpListener, prover: Arc<Prover>) -> io::Result<()> {
    for stream in listener.incoming() {
        let stream = match stream {
            Ok(s) => s,
            Err(e) => {
                eprintln!("veritor-spot serve: accept failed: {e}");
                continue;
            }
        };
        let prover = Arc::clone(&prover);
        std::thread::spawn(move || {
            if let Err(e) = connection(stream, &prover) {
                eprintln!("veritor-spot serve: connection closed: {e}");
            }
        });
    }
    Ok(())
}

fn connection(stream: TcpStream, prover: &Prover) -> io::Result<()> {
    stream.set_nodelay(true)?;
    stream.set_read_timeout(Some(IDLE))?;
    let mut out = stream.try_clone()?;
    let mut input = BufReader::new(stream);
    loop {
        let request = match http::read(&mut input, MAX_CHALLENGE_BYTES) {
            Ok(Some(r)) => r,
            Ok(None) => return Ok(()),
            Err(e)
                if matches!(
                    e.kind(),
                    io::ErrorKind::WouldBlock | io::ErrorKind::TimedOut
                ) =>
            {
                return Ok(())
            }
            Err(e) if e.kind() == io::ErrorKind::InvalidData => {
                let line = format!("error: bad request: {e}\n");
                eprint!("veritor-spot serve: {line}");
                http::write_response(&mut out, "400 Bad Request", "text/plain", line.as_bytes())?;
                return Ok(());
            }
            Err(e) => return Err(e),
        };
        let (status, kind, body) = route(prover, &request);
        http::write_response(&mut out, status, kind, &body)?;
        if request.close {
            return Ok(());
        }
    }
}

type Reply = (&'static str, &'static str, Vec<u8>);

fn text(status: &'static str, line: String) -> Reply {
    eprintln!("veritor-spot serve: {line}");
    (status, "text/plain", format!("{line}\n").into_bytes())
}

fn route(prover: &Prover, request: &http::Message) -> Reply {
    let mut words = request.start.split(' ');
    match (words.next(), words.next()) {
        (Some("GET"), Some("/commitment")) => {
            let json = serde_json::to_vec_pretty(prover.commitment()).expect("serialisable");
            ("200 OK", "application/json", json)
        }
        (Some("POST"), Some("/challenge")) => match std::str::from_utf8(&request.body) {
            Ok(body) => match prover.answer(body) {
                Ok(response) => ("200 OK", "application/octet-stream", response),
                Err(e) => text("400 Bad Request", format!("error: {e}")),
            },
            Err(_) => text(
                "400 Bad Request",
                "error: bad spot-check challenge: the body is not UTF-8".into(),
            ),
        },
        _ => text(
            "404 Not Found",
            format!(
                "error: no such request {:?}: expected GET /commitment or POST /challenge",
                request.start
            ),
        ),
    }
}
