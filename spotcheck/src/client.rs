//! The challenger: connects to a prover, draws a fresh challenge, times the answer and judges
//! it (proofs, then the deadline from the device descriptor).

use std::io::{self, BufReader, Read};
use std::net::TcpStream;
use std::time::{Duration, Instant};

use veritor_protocol::device::Device;
use veritor_protocol::spotcheck::session::{self, Decision, Rule, Timed};
use veritor_protocol::spotcheck::{self, Challenge, Commitment};

use crate::http;

/// Largest response accepted (65536 slices of 16 MiB would be more; challenges are sized
/// well below this).
pub const MAX_RESPONSE_BYTES: usize = 1 << 30;

/// One kept-open connection to a prover.
pub struct Client {
    input: BufReader<TcpStream>,
    out: TcpStream,
    address: String,
}

impl Client {
    /// Connects to `address` (`127.0.0.1:PORT`).
    pub fn connect(address: &str) -> Result<Client, String> {
        let out = TcpStream::connect(address)
            .map_err(|e| format!("cannot connect to the prover at {address}: {e}"))?;
        let setup = out
            .set_nodelay(true)
            .and_then(|()| out.set_read_timeout(Some(Duration::from_secs(60))))
            .and_then(|()| out.try_clone());
        let input = setup.map_err(|e| format!("cannot set up the connection to {address}: {e}"))?;
        Ok(Client {
            input: BufReader::new(input),
            out,
            address: address.to_string(),
        })
    }

    fn exchange(&mut self, path: &str, body: &[u8]) -> io::Result<http::Message> {
        http::write_request(&mut self.out, path, body)?;
        http::read(&mut self.input, MAX_RESPONSE_BYTES)?.ok_or_else(|| {
            io::Error::new(
                io::ErrorKind::UnexpectedEof,
                "the prover closed the connection",
            )
        })
    }

    /// Sends a request and returns the body of a `200` answer, or the prover's error line.
    fn request(&mut self, path: &str, body: &[u8]) -> Result<Vec<u8>, String> {
        let reply = self
            .exchange(path, body)
            .map_err(|e| format!("no answer from the prover at {}: {e}", self.address))?;
        if reply.start.split(' ').nth(1) == Some("200") {
            return Ok(reply.body);
        }
        let line = String::from_utf8_lossy(&reply.body);
        Err(format!(
            "the prover refused ({}): {}",
            reply.start,
            line.lines().next().unwrap_or("").trim()
        ))
    }

    /// The prover's commitment.
    pub fn commitment(&mut self) -> Result<Commitment, String> {
        let body = self.request("/commitment", b"")?;
        let text =
            String::from_utf8(body).map_err(|_| "the commitment is not UTF-8".to_string())?;
        Commitment::from_json(&text).map_err(|e| e.to_string())
    }

    /// Sends `body` as a challenge; the binary response, or why there is none.
    pub fn send(&mut self, body: &[u8]) -> Result<Vec<u8>, String> {
        self.request("/challenge", body)
    }
}

/// 32 fresh random bytes from the kernel.
pub fn fresh_nonce() -> Result<[u8; 32], String> {
    let mut nonce = [0u8; 32];
    std::fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut nonce))
        .map_err(|e| format!("cannot read /dev/urandom: {e}"))?;
    Ok(nonce)
}

/// The result of one spot check.
#[derive(Debug, Clone)]
pub struct Outcome {
    /// Bytes the challenge asked for.
    pub bytes: u64,
    /// Time from request to whole response.
    pub latency: Duration,
    /// What the descriptor allows for reading and sending the answer (no slack).
    pub allowed: Duration,
    /// The deadline the descriptor gives: `allowed` plus the slack.
    pub deadline: Duration,
    /// Why the answer is wrong (a proof, a count, a malformed response, a refusal), if it is.
    pub wrong: Option<String>,
}

impl Outcome {
    /// Right and in time.
    pub fn passed(&self) -> bool {
        self.wrong.is_none() && self.latency <= self.deadline
    }

    /// One line: pass or fail, and why.
    pub fn summary(&self) -> String {
        let times = format!(
            "{} bytes in {:.1} us (deadline {:.1} us)",
            self.bytes,
            self.latency.as_secs_f64() * 1e6,
            self.deadline.as_secs_f64() * 1e6
        );
        match &self.wrong {
            Some(why) => format!("FAIL: {why}; {times}"),
            None if self.latency > self.deadline => format!("FAIL: too late: {times}"),
            None => format!("pass: {times}"),
        }
    }

    /// As the session's decision sees it.
    pub fn timed(&self) -> Timed {
        Timed {
            latency: self.latency,
            allowed: self.allowed,
            wrong: self.wrong.clone(),
        }
    }
}

/// The result of one session: every challenge's outcome and the decision over them.
#[derive(Debug, Clone)]
pub struct SessionOutcome {
    pub rule: Rule,
    pub outcomes: Vec<Outcome>,
    pub decision: Decision,
}

impl SessionOutcome {
    /// One line: the decision and why.
    pub fn summary(&self) -> String {
        self.decision.summary(&self.rule)
    }
}

/// What a challenger needs besides the connection.
pub struct Judge<'a> {
    pub commitment: &'a Commitment,
    pub device: &'a Device,
    pub slack: Duration,
    /// Slices per challenge.
    pub slices: u64,
}

impl Judge<'_> {
    /// A fresh challenge for this commitment.
    pub fn challenge(&self) -> Result<Challenge, String> {
        spotcheck::draw(self.commitment, &fresh_nonce()?, self.slices).map_err(|e| e.to_string())
    }

    /// Sends one fresh challenge and judges the answer. `Err` only when no challenge could
    /// be made; a refusal or a dropped connection is a failed check.
    pub fn check(&self, client: &mut Client) -> Result<Outcome, String> {
        let challenge = self.challenge()?;
        let body = serde_json::to_vec(&challenge).expect("serialisable");
        let bytes = challenge.slices.iter().map(|s| s.length).sum();
        let chunks = spotcheck::global_chunks(&challenge.slices, &self.commitment.layout)
            .map_err(|e| e.to_string())?;
        let sent = spotcheck::response_len(&self.commitment.layout, &chunks);
        let allowed = self.device.deadline(bytes, sent, Duration::ZERO);
        let start = Instant::now();
        let sent = client.send(&body);
        let latency = start.elapsed();
        let wrong = match sent {
            Ok(response) => spotcheck::check_response(self.commitment, &challenge, &response)
                .err()
                .map(|e| e.to_string()),
            Err(e) => Some(e),
        };
        Ok(Outcome {
            bytes,
            latency,
            allowed,
            deadline: allowed + self.slack,
            wrong,
        })
    }

    /// A session of `challenges` fresh challenges one after another, decided over their
    /// `rank`-th smallest overshoot against `session_slack`, with this judge's slack as the
    /// hard slack (`docs/protocol.md`, "Sessions"). `Err` only when no challenge could be
    /// made or the rule is invalid; a wrong, late or slow prover is a failed session.
    pub fn session(
        &self,
        client: &mut Client,
        challenges: usize,
        rank: usize,
        session_slack: Duration,
    ) -> Result<SessionOutcome, String> {
        let rule = Rule {
            challenges,
            rank,
            hard_slack: self.slack,
            session_slack,
        };
        rule.validate().map_err(|e| e.to_string())?;
        let outcomes = (0..rule.challenges)
            .map(|_| self.check(client))
            .collect::<Result<Vec<_>, _>>()?;
        let timed: Vec<Timed> = outcomes.iter().map(Outcome::timed).collect();
        let decision = session::decide(&rule, &timed).map_err(|e| e.to_string())?;
        Ok(SessionOutcome {
            rule,
            outcomes,
            decision,
        })
    }
}
