//! Training replay (issue 6) as users run it: `veritor prove --train-steps` on the tiny SGD
//! step, `challenge derive --open-steps`, `open`, `verify`. An honest chain is accepted on a
//! random subset of replayed steps; a chain trained on other data, with another learning rate,
//! with a skipped or a doubled step is rejected whenever that step is replayed (and, shown
//! once, accepted when it is not: unchallenged steps are only bound by the commitment); edited
//! openings and claims are rejected; bad input is exit 2 and leaves the store as it was.
//!
//! Every chain is proved into one store, so the training step is compiled once.

use crate::support::{
    self, derive, edit_json, json, root, s, store_snapshot as snapshot, veritor, Out,
};
use std::path::{Path, PathBuf};

struct Chain {
    dir: PathBuf,
    store: PathBuf,
    claim: PathBuf,
}

impl Chain {
    /// Proves a chain of 8 steps (`extra`: e.g. a tamper flag) as `name`.
    fn prove(dir: &Path, store: &Path, name: &str, extra: &[&str]) -> Chain {
        let t = root().join("examples/tiny");
        let claim = dir.join(format!("{name}.claim.json"));
        let (graph, inputs) = (t.join("train_step.mlir"), t.join("train_step.inputs"));
        let mut args = vec![
            "prove",
            s(&graph),
            "--inputs",
            s(&inputs),
            "--train-steps",
            "8",
            "--data-seed",
            "1",
            "--vocab",
            "32",
            "--store",
            s(store),
            "-o",
            s(&claim),
        ];
        args.extend(extra);
        let out = veritor(&args);
        assert_eq!(out.code, 0, "prove {name}: {}", out.text);
        assert!(out.text.contains("8 training steps"), "{}", out.text);
        Chain {
            dir: dir.to_path_buf(),
            store: store.to_path_buf(),
            claim,
        }
    }

    /// A challenge from a fixed secret `n` replaying `open` steps; returns its path and steps.
    fn challenge(&self, n: u8, open: u64) -> (PathBuf, Vec<u64>) {
        let secret = self.dir.join(format!("secret-{n}"));
        std::fs::write(&secret, veritor_protocol::hex::encode(&[n; 32])).unwrap();
        let name = self.claim.file_stem().unwrap().to_str().unwrap();
        let challenge = self.dir.join(format!("{name}.challenge-{n}-{open}.json"));
        derive(
            &secret,
            &self.claim,
            ("--open-steps", &open.to_string()),
            &challenge,
        );
        let steps = json(&challenge)["challenge"]["steps"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_u64().unwrap())
            .collect();
        (challenge, steps)
    }

    /// The first fixed secret whose challenge of `open` steps does (or does not) replay `step`.
    fn challenge_hitting(&self, step: u64, open: u64, hit: bool) -> (PathBuf, Vec<u64>) {
        (1..=255)
            .map(|n| self.challenge(n, open))
            .find(|(_, steps)| steps.contains(&step) == hit)
            .expect("some secret gives such a challenge")
    }

    fn open(&self, challenge: &Path) -> PathBuf {
        let openings = challenge.with_extension("openings.json");
        support::open(&self.store, &self.claim, challenge, &openings);
        openings
    }

    fn verify_with(&self, claim: &Path, challenge: &Path, openings: &Path) -> Out {
        support::verify(&self.store, claim, challenge, openings, &[])
    }

    fn verify(&self, challenge: &Path, openings: &Path) -> Out {
        self.verify_with(&self.claim, challenge, openings)
    }
}

#[test]
fn training_chains_are_replayed_honest_accepted_tampered_rejected() {
    let dir = std::env::temp_dir().join(format!("veritor-it-training-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let store = dir.join("store");

    // Honest: 3 of 8 steps replayed, every one matching exactly (same IREE build).
    let honest = Chain::prove(&dir, &store, "honest", &[]);
    let claim = json(&honest.claim);
    assert_eq!(claim["strategy"]["kind"], "training_replay");
    assert_eq!(
        claim["strategy"]["checkpoints"].as_array().unwrap().len(),
        9
    );
    let (challenge, steps) = honest.challenge(1, 3);
    assert_eq!(steps.len(), 3);
    let openings = honest.open(&challenge);
    let out = honest.verify(&challenge, &openings);
    assert_eq!(out.code, 0, "honest chain: {}", out.text);
    assert!(
        out.text
            .contains("verdict: ACCEPT (training_replay claim, 3 of 8 steps replayed"),
        "{}",
        out.text
    );
    assert!(!out.text.contains("FAILED"), "{}", out.text);
    // The HTML page: the committed loss curve (the prover's trace is in this store) and one
    // marker per replayed step.
    let page = dir.join("report.html");
    let out = support::verify(
        &store,
        &honest.claim,
        &challenge,
        &openings,
        &["--html", s(&page)],
    );
    assert_eq!(out.code, 0, "{}", out.text);
    let html = std::fs::read_to_string(&page).unwrap();
    assert!(
        html.contains("3 of 8 steps replayed") && html.contains("<polyline"),
        "{html}"
    );
    assert_eq!(html.matches("<rect class=\"opened\"").count(), 3, "{html}");
    // Every step of the honest chain replays (the verdict JSON reports the distances).
    let (all, _) = honest.challenge(1, 8);
    let all_openings = honest.open(&all);
    let verdict = dir.join("verdict.json");
    let out = support::verify(
        &store,
        &honest.claim,
        &all,
        &all_openings,
        &["--json", s(&verdict)],
    );
    assert_eq!(out.code, 0, "{}", out.text);
    let v = json(&verdict);
    assert_eq!(v["steps"].as_array().unwrap().len(), 8);
    for step in v["steps"].as_array().unwrap() {
        assert_eq!(step["update_distance"].as_f64().unwrap(), 0.0, "{step}");
        assert_eq!(step["loss"], step["replayed_loss"], "{step}");
    }

    // Dishonest provers, each at step 5: caught whenever step 5 is replayed.
    for (tamper, why) in [
        ("data:5", "from the replay of step 5"),
        ("lr:5", "from the replay of step 5"),
        ("skip:5", "from the replay of step 5"),
        ("double:5", "from the replay of step 5"),
    ] {
        let bad = Chain::prove(
            &dir,
            &store,
            tamper.replace(':', "-").as_str(),
            &["--tamper", tamper],
        );
        let (challenge, steps) = bad.challenge_hitting(5, 2, true);
        assert!(steps.contains(&5));
        let openings = bad.open(&challenge);
        let out = bad.verify(&challenge, &openings);
        assert_eq!(out.code, 1, "{tamper}: {}", out.text);
        assert!(
            out.text.contains(why) && out.text.contains("step 5:"),
            "{tamper}: {}",
            out.text
        );
        if tamper == "skip:5" {
            // The limitation: a challenge that misses step 5 accepts the chain.
            let (challenge, steps) = bad.challenge_hitting(5, 2, false);
            assert!(!steps.contains(&5));
            let openings = bad.open(&challenge);
            let out = bad.verify(&challenge, &openings);
            assert_eq!(out.code, 0, "{tamper} unchallenged: {}", out.text);
        }
    }

    // Edited after the fact (the honest chain, every step replayed).
    let c = &honest;
    let edited = dir.join("edited.json");
    // An opened record's loss or learning rate changed: its proof fails.
    edit_json(&all_openings, &edited, |v| {
        let x = v["steps"][2]["record"]["loss"].as_f64().unwrap();
        v["steps"][2]["record"]["loss"] = (x + 0.25).into();
    });
    let out = c.verify(&all, &edited);
    assert_eq!(out.code, 1, "{}", out.text);
    assert!(
        out.text
            .contains("step 2: the Merkle proof does not verify"),
        "{}",
        out.text
    );
    edit_json(&all_openings, &edited, |v| {
        v["steps"][4]["record"]["lr"] = 0.2.into()
    });
    let out = c.verify(&all, &edited);
    assert_eq!(out.code, 1, "{}", out.text);
    assert!(
        out.text
            .contains("step 4: the step's learning rate 0.2 is not the schedule's 0.1"),
        "{}",
        out.text
    );
    // A checkpoint of the chain swapped for another (stored) one after committing.
    let claim_edit = dir.join("claim-edited.json");
    edit_json(&c.claim, &claim_edit, |v| {
        v["strategy"]["checkpoints"][4] = v["strategy"]["checkpoints"][3].clone();
    });
    let out = c.verify_with(&claim_edit, &all, &all_openings);
    assert_eq!(out.code, 1, "{}", out.text);
    assert!(
        out.text.contains("step 3: the step produced checkpoint"),
        "{}",
        out.text
    );
    assert!(
        out.text.contains("step 4: the step starts from checkpoint"),
        "{}",
        out.text
    );
    // Openings for other steps than the challenge's.
    edit_json(&all_openings, &edited, |v| {
        v["steps"].as_array_mut().unwrap().remove(1);
    });
    let out = c.verify(&all, &edited);
    assert_eq!(out.code, 1, "{}", out.text);
    assert!(out.text.contains("the challenge asks for"), "{}", out.text);

    // Bad input: exit 2, one line, the store unchanged.
    let before = snapshot(&store);
    let malformed = dir.join("malformed.json");
    std::fs::write(&malformed, "{\"format\": \"veritor-claim/1\", ").unwrap();
    let out = c.verify_with(&malformed, &all, &all_openings);
    assert_eq!(out.code, 2, "{}", out.text);
    assert!(out.text.contains("malformed claim JSON"), "{}", out.text);
    // A challenge for another claim's root.
    let other = Chain {
        claim: dir.join("data-5.claim.json"),
        dir: dir.clone(),
        store: store.clone(),
    };
    let (other_challenge, _) = other.challenge(1, 3);
    let out = c.verify(&other_challenge, &openings);
    assert_eq!(out.code, 2, "{}", out.text);
    assert!(
        out.text
            .contains("does not derive from its secret and this claim's root"),
        "{}",
        out.text
    );
    assert_eq!(snapshot(&store), before, "verify changed the store");
    // A checkpoint manifest missing from the store.
    let ck = claim["strategy"]["checkpoints"][6].as_str().unwrap();
    let object = store.join("objects").join(&ck[..2]).join(&ck[2..]);
    std::fs::remove_file(&object).unwrap();
    let before = snapshot(&store);
    let out = c.verify(&all, &all_openings);
    assert_eq!(out.code, 2, "{}", out.text);
    assert!(
        out.text.contains("CANNOT VERIFY") && out.text.contains(&ck[..16]),
        "{}",
        out.text
    );
    assert_eq!(snapshot(&store), before, "verify changed the store");
    let _ = std::fs::remove_dir_all(&dir);
}
