//! A prover served on loopback: honest answers pass; every prover mode answers with the
//! committed bytes or is caught by the proofs; malformed requests get one line and the
//! server goes on; malformed responses fail the check with one line.

use std::io::{BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::time::Duration;

use veritor_fsutil::Scratch;
use veritor_protocol::device::datasheets;
use veritor_protocol::spotcheck::Commitment;
use veritor_spotcheck::client::{Client, Judge};
use veritor_spotcheck::prover::{Mode, Prover};
use veritor_spotcheck::{http, toy, trial};

const SMALL: toy::Config = toy::Config {
    layers: 3,
    width: 16,
    positions: 40,
    vocab: 64,
    seed: 3,
};

fn serve(mode: Mode, dir: &std::path::Path) -> (String, Commitment) {
    let prover = Prover::toy(SMALL, mode, 256, dir).unwrap();
    let commitment = prover.commitment().clone();
    (trial::spawn(prover).unwrap(), commitment)
}

/// Judges with a deadline no answer misses (these tests check answers, not time).
fn judge<'a>(
    commitment: &'a Commitment,
    device: &'a veritor_protocol::device::Device,
    slices: u64,
) -> Judge<'a> {
    Judge {
        commitment,
        device,
        slack: Duration::from_secs(60),
        slices,
    }
}

#[test]
fn spot_success_every_mode_but_missing_answers_the_committed_bytes() {
    let scratch = Scratch::new_in(
        std::path::Path::new(env!("CARGO_TARGET_TMPDIR")),
        "spot-modes",
    );
    let device = &datasheets()[0];
    for mode in ["honest", "disk", "disk-parallel", "disk-whole", "recompute"] {
        let (address, commitment) = serve(Mode::parse(mode).unwrap(), scratch.dir());
        let mut client = Client::connect(&address).unwrap();
        assert_eq!(client.commitment().unwrap(), commitment);
        let j = judge(&commitment, device, 24);
        for _ in 0..5 {
            let outcome = j.check(&mut client).unwrap();
            assert!(outcome.passed(), "{mode}: {}", outcome.summary());
        }
    }
}

#[test]
fn spot_failure_missing_chunks_are_caught_with_every_slice_asked() {
    let scratch = Scratch::new_in(
        std::path::Path::new(env!("CARGO_TARGET_TMPDIR")),
        "spot-missing",
    );
    let (address, commitment) = serve(Mode::Missing(0.05), scratch.dir());
    let device = &datasheets()[0];
    let mut client = Client::connect(&address).unwrap();
    // Asking for every chunk cannot miss the missing ones.
    let every = commitment.layout.chunks();
    let outcome = judge(&commitment, device, every)
        .check(&mut client)
        .unwrap();
    let why = outcome.wrong.expect("a missing chunk is caught");
    assert!(why.starts_with("spot check failed: slice "), "{why}");
    assert!(!why.contains('\n'));
}

/// Sends raw bytes on a fresh connection; the status line and body of the answer.
fn raw(address: &str, request: &[u8]) -> (String, String) {
    let mut s = TcpStream::connect(address).unwrap();
    s.write_all(request).unwrap();
    let mut input = BufReader::new(s);
    let m = http::read(&mut input, 1 << 20).unwrap().expect("an answer");
    (m.start, String::from_utf8(m.body).unwrap())
}

fn post(body: &str) -> Vec<u8> {
    format!(
        "POST /challenge HTTP/1.1\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    )
    .into_bytes()
}

#[test]
fn server_failure_malformed_requests_get_one_line_and_it_survives() {
    let scratch = Scratch::new_in(
        std::path::Path::new(env!("CARGO_TARGET_TMPDIR")),
        "spot-malformed",
    );
    let (address, commitment) = serve(Mode::Honest, scratch.dir());
    let device = &datasheets()[0];
    let good = serde_json::to_string(&judge(&commitment, device, 4).challenge().unwrap()).unwrap();
    let other_root = good.replace(
        &veritor_protocol::hex::encode(&commitment.root),
        &"0".repeat(64),
    );
    let cases: Vec<(Vec<u8>, &str, &str)> = vec![
        (b"hello\r\n\r\n".to_vec(), "404", "no such request"),
        (
            b"GET /nothing HTTP/1.1\r\n\r\n".to_vec(),
            "404",
            "no such request",
        ),
        (post("{"), "400", "bad spot-check challenge"),
        (post("[]"), "400", "bad spot-check challenge"),
        (post(&other_root), "400", "is not this prover's"),
        (
            post(&good.replace("\"offset\":", "\"offset\":1")),
            "400",
            "slice 0",
        ),
        (
            post(&good.replace("spot-challenge/1", "spot-challenge/9")),
            "400",
            "format",
        ),
        (
            b"POST /challenge HTTP/1.1\r\nContent-Length: 99999999\r\n\r\n".to_vec(),
            "400",
            "allowed",
        ),
        (
            b"POST /challenge HTTP/1.1\r\nContent-Length: x\r\n\r\n".to_vec(),
            "400",
            "not a number",
        ),
        (
            b"POST /challenge HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n".to_vec(),
            "400",
            "Transfer-Encoding",
        ),
        (
            [
                b"POST /challenge HTTP/1.1\r\nContent-Length: 2\r\n\r\n".as_slice(),
                &[0xff, 0xfe],
            ]
            .concat(),
            "400",
            "not UTF-8",
        ),
    ];
    for (request, status, want) in cases {
        let (start, body) = raw(&address, &request);
        assert!(
            start.contains(status),
            "{start} for {:?}",
            String::from_utf8_lossy(&request)
        );
        assert!(body.contains(want), "{body:?} should contain {want:?}");
        assert_eq!(body.lines().count(), 1, "{body:?}");
        assert!(body.starts_with("error: "), "{body:?}");
    }
    // A connection dropped in the middle of a header or body.
    let mut s = TcpStream::connect(&address).unwrap();
    s.write_all(b"POST /challenge HTTP/1.1\r\nContent-Len")
        .unwrap();
    drop(s);
    // Still serving.
    let mut client = Client::connect(&address).unwrap();
    let outcome = judge(&commitment, device, 4).check(&mut client).unwrap();
    assert!(outcome.passed(), "{}", outcome.summary());
}

/// A fake prover that answers every challenge with `body` (status 200).
fn fake(body: Vec<u8>) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let address = listener.local_addr().unwrap().to_string();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let stream = stream.unwrap();
            let mut out = stream.try_clone().unwrap();
            let mut input = BufReader::new(stream);
            while let Ok(Some(_)) = http::read(&mut input, 1 << 20) {
                http::write_response(&mut out, "200 OK", "application/octet-stream", &body)
                    .unwrap();
            }
        }
    });
    address
}

#[test]
fn client_failure_malformed_responses_fail_with_one_line() {
    let scratch = Scratch::new_in(
        std::path::Path::new(env!("CARGO_TARGET_TMPDIR")),
        "spot-responses",
    );
    let prover = Prover::toy(SMALL, Mode::Honest, 256, scratch.dir()).unwrap();
    let commitment = prover.commitment().clone();
    let device = &datasheets()[0];
    let j = judge(&commitment, device, 4);
    let honest = prover
        .answer(&serde_json::to_string(&j.challenge().unwrap()).unwrap())
        .unwrap();
    let mut flipped = honest.clone();
    let at = flipped.len() / 2;
    flipped[at] ^= 1;
    let cases: Vec<(Vec<u8>, &str)> = vec![
        (Vec::new(), "does not start with VSPOT/1"),
        (b"VSPOT/1\0".to_vec(), "truncated"),
        (
            honest[..honest.len() - 3].to_vec(),
            "bad spot-check response",
        ),
        ([honest.as_slice(), b"x"].concat(), "after the last answer"),
        // An honest answer to another challenge: the slices differ.
        (honest.clone(), "spot check failed"),
        (flipped, "spot check failed"),
    ];
    for (body, want) in cases {
        let mut client = Client::connect(&fake(body)).unwrap();
        let outcome = j.check(&mut client).unwrap();
        let why = outcome.wrong.clone().expect("a wrong response fails");
        assert!(why.contains(want), "{why:?} should contain {want:?}");
        assert!(!outcome.passed() && !why.contains('\n'));
    }
}

/// Picks challenges by their number (0-based, on one connection).
type Pick = fn(usize) -> bool;

/// An honest prover behind a server that holds back the answers to the challenges `slow`
/// picks by `delay`.
fn delaying(prover: Prover, slow: Pick, delay: Duration) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let address = listener.local_addr().unwrap().to_string();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let stream = stream.unwrap();
            let mut out = stream.try_clone().unwrap();
            let mut input = BufReader::new(stream);
            let mut n = 0;
            while let Ok(Some(request)) = http::read(&mut input, 1 << 20) {
                let body = prover
                    .answer(std::str::from_utf8(&request.body).unwrap())
                    .unwrap();
                if slow(n) {
                    std::thread::sleep(delay);
                }
                n += 1;
                http::write_response(&mut out, "200 OK", "application/octet-stream", &body)
                    .unwrap();
            }
        }
    });
    address
}

/// Sessions of 5 over real connections: two held-back answers of five are forgiven by the
/// median, three are not; the hard slack catches one answer held back too long.
#[test]
fn session_success_spikes_forgiven_and_failure_systematic_slowness_caught() {
    let scratch = Scratch::new_in(
        std::path::Path::new(env!("CARGO_TARGET_TMPDIR")),
        "spot-session",
    );
    let device = &datasheets()[0];
    let delay = Duration::from_millis(600);
    let session_slack = Duration::from_millis(400);
    let cases: [(Pick, &str); 2] = [
        (|n| n == 1 || n == 3, "pass"),
        (
            |n| n % 2 == 0,
            "FAIL: too slow: the 3rd smallest overshoot of 5",
        ),
    ];
    for (slow, want) in cases {
        let prover = Prover::toy(SMALL, Mode::Honest, 256, scratch.dir()).unwrap();
        let commitment = prover.commitment().clone();
        let mut client = Client::connect(&delaying(prover, slow, delay)).unwrap();
        let j = judge(&commitment, device, 24);
        let s = j.session(&mut client, 5, 3, session_slack).unwrap();
        assert!(s.summary().starts_with(want), "{}", s.summary());
        assert_eq!(s.outcomes.len(), 5);
    }
    let prover = Prover::toy(SMALL, Mode::Honest, 256, scratch.dir()).unwrap();
    let commitment = prover.commitment().clone();
    let mut client = Client::connect(&delaying(prover, |n| n == 4, delay)).unwrap();
    let j = Judge {
        slack: Duration::from_millis(300),
        ..judge(&commitment, device, 24)
    };
    let s = j.session(&mut client, 5, 3, session_slack).unwrap();
    assert!(
        s.summary().starts_with("FAIL: challenge 4 overshot by"),
        "{}",
        s.summary()
    );
}

#[test]
fn session_failure_one_wrong_answer_fails_the_session() {
    let scratch = Scratch::new_in(
        std::path::Path::new(env!("CARGO_TARGET_TMPDIR")),
        "spot-session-wrong",
    );
    let (address, commitment) = serve(Mode::Missing(0.05), scratch.dir());
    let device = &datasheets()[0];
    let mut client = Client::connect(&address).unwrap();
    // Every chunk in each challenge: the missing ones are always asked.
    let j = judge(&commitment, device, commitment.layout.chunks());
    let s = j
        .session(&mut client, 3, 2, Duration::from_secs(60))
        .unwrap();
    assert!(
        s.summary()
            .starts_with("FAIL: challenge 0: spot check failed"),
        "{}",
        s.summary()
    );
    let e = j
        .session(&mut client, 3, 4, Duration::from_secs(60))
        .unwrap_err();
    assert!(e.contains("rank 4 is outside 1..=3"), "{e}");
}
