//! End-to-end tests of the `mtlint` binary: the contract of DESIGN.md on the reference
//! article, exit codes, fixes on disk, diffs, configuration errors.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn mtlint() -> Command {
    Command::new(env!("CARGO_BIN_EXE_mtlint"))
}

fn run(dir: &Path, args: &[&str]) -> Output {
    mtlint().args(args).current_dir(dir).output().unwrap()
}

fn seed() -> Vec<u8> {
    std::fs::read(common::project().join("corpus/seed/seed-article.txt")).unwrap()
}

/// A temporary folder with the reference article in it.
fn with_seed() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("article.txt");
    std::fs::write(&path, seed()).unwrap();
    (dir, path)
}

fn json(out: &Output) -> serde_json::Value {
    serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("bad JSON ({e}): {}", String::from_utf8_lossy(&out.stdout)))
}

fn findings(v: &serde_json::Value) -> Vec<(String, u64, String)> {
    v["files"][0]["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["rule"].as_str().unwrap().to_string(),
                d["line"].as_u64().unwrap(),
                d["message"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn reference_article_json_report() {
    let (dir, _) = with_seed();
    let out = run(dir.path(), &["check", "--format", "json", "article.txt"]);
    assert_eq!(out.status.code(), Some(1));
    let v = json(&out);
    assert_eq!(v["version"], 1);
    assert_eq!(v["files"][0]["path"], "article.txt");
    let f = findings(&v);
    let has = |rule: &str, line: u64| f.iter().any(|(r, l, _)| r == rule && *l == line);
    assert!(has("duplicate-heading", 4));
    assert!(has("glued-words", 4));
    assert!(has("sentence-fragment", 11));
    assert!(has("web-boilerplate", 28));
    assert!(has("web-boilerplate", 30));
    assert!(
        !f.iter().any(|(_, l, _)| *l == 17),
        "line 17 is a real subheading"
    );
    // Names: the Blinken spellings and the acronym styles.
    assert!(
        f.iter()
            .any(|(r, _, m)| r == "inconsistent-name" && m.contains("Blinken"))
    );
    assert!(
        f.iter()
            .any(|(r, _, m)| r == "inconsistent-name" && m.contains("U.S."))
    );
    let glued = v["files"][0]["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["rule"] == "glued-words")
        .unwrap();
    // Offsets and columns as in DESIGN.md.
    let start = glued["start"].as_u64().unwrap() as usize;
    let end = glued["end"].as_u64().unwrap() as usize;
    assert_eq!(&seed()[start..end], "DiplomacyJapan".as_bytes());
    assert_eq!(glued["column"], 1);
    assert_eq!(glued["end_column"], 15);
    assert_eq!(glued["fix"]["applicability"], "unsafe");
    let summary = &v["summary"];
    assert_eq!(summary["files"], 1);
    assert_eq!(summary["diagnostics"].as_u64().unwrap() as usize, f.len());
}

#[test]
fn reference_article_calques() {
    let (dir, _) = with_seed();
    let v = json(&run(
        dir.path(),
        &[
            "check",
            "--format",
            "json",
            "--select",
            "calque",
            "article.txt",
        ],
    ));
    let text = String::from_utf8(seed()).unwrap();
    let spans: Vec<String> = v["files"][0]["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            text[d["start"].as_u64().unwrap() as usize..d["end"].as_u64().unwrap() as usize]
                .to_lowercase()
        })
        .collect();
    let wanted = [
        "assured that",
        "for his part",
        "he felt that",
        "the head of japanese diplomacy",
        "the day after its defeat",
    ];
    let hits = wanted
        .iter()
        .filter(|w| {
            spans
                .iter()
                .any(|s| s.contains(*w) || w.contains(s.trim_end_matches(',')))
        })
        .count();
    assert!(hits >= 4, "calques found: {spans:?}");
}

#[test]
fn canonical_name_from_config_fixes_all_mentions() {
    let (dir, path) = with_seed();
    std::fs::write(
        dir.path().join("mtlint.toml"),
        "[rules.inconsistent-name]\ncanonical = [\"Antony Blinken\"]\n",
    )
    .unwrap();
    let out = run(
        dir.path(),
        &["check", "--fix", "--unsafe-fixes", "article.txt"],
    );
    assert_ne!(
        out.status.code(),
        Some(2),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let fixed = std::fs::read_to_string(&path).unwrap();
    assert_eq!(fixed.matches("Antony Blinken").count(), 3);
    assert_eq!(fixed.matches("Anthony Blinken").count(), 0);
    // A second --fix changes nothing.
    let before = std::fs::read(&path).unwrap();
    run(
        dir.path(),
        &["check", "--fix", "--unsafe-fixes", "article.txt"],
    );
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn diff_applies_like_fix() {
    if !common::git_available() {
        eprintln!("note: git not found; skipping");
        return;
    }
    for extra in [&[][..], &["--unsafe-fixes"][..]] {
        let (dir, path) = with_seed();
        let mut args = vec!["check", "--diff", "article.txt"];
        args.extend_from_slice(extra);
        let diff = run(dir.path(), &args);
        assert_eq!(
            std::fs::read(&path).unwrap(),
            seed(),
            "--diff must not write"
        );
        let patch = String::from_utf8(diff.stdout).unwrap();
        assert!(
            patch.starts_with("--- a/article.txt\n+++ b/article.txt\n"),
            "{patch}"
        );
        let applied = common::git_apply("article.txt", &seed(), &patch);
        let mut args = vec!["check", "--fix", "article.txt"];
        args.extend_from_slice(extra);
        run(dir.path(), &args);
        let fixed = std::fs::read(&path).unwrap();
        assert_eq!(applied, fixed);
        assert_ne!(fixed, seed());
        run(dir.path(), &args);
        assert_eq!(
            std::fs::read(&path).unwrap(),
            fixed,
            "a second --fix must change nothing"
        );
    }
}

#[test]
fn exit_codes() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("clean.txt"),
        "Ministers Meet in Tokyo\n\nThe foreign ministers of Japan and Canada met in Tokyo on Tuesday to discuss trade.\n",
    )
    .unwrap();
    std::fs::write(dir.path().join("seed.txt"), seed()).unwrap();
    assert_eq!(
        run(dir.path(), &["check", "clean.txt"]).status.code(),
        Some(0)
    );
    assert_eq!(
        run(dir.path(), &["check", "seed.txt"]).status.code(),
        Some(1)
    );
    assert_eq!(
        run(dir.path(), &["check", "--exit-zero", "seed.txt"])
            .status
            .code(),
        Some(0)
    );
    let missing = run(dir.path(), &["check", "missing.txt", "clean.txt"]);
    assert_eq!(missing.status.code(), Some(2));
    let (out, err) = (
        String::from_utf8_lossy(&missing.stdout),
        String::from_utf8_lossy(&missing.stderr),
    );
    // The error goes to standard error, the report (with its summary) to standard output.
    assert!(err.contains("missing.txt: no such file"), "{err}");
    assert!(!out.contains("no such file"), "{out}");
    // The other file is still checked and reported.
    assert!(out.contains("1 file could not be checked"), "{out}");
}

/// Errors, warnings and notes go to standard error in every format; the report alone to
/// standard output. A configuration error is written once, however many files it stops.
#[test]
fn errors_go_to_standard_error_in_every_format() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), "A text the the end.\n").unwrap();
    std::fs::write(dir.path().join("bin.txt"), b"x\0y").unwrap();
    for format in ["text", "concise", "json", "json-lines", "sarif", "github"] {
        let r = run(
            dir.path(),
            &[
                "check",
                "--format",
                format,
                "missing.txt",
                "bin.txt",
                "a.txt",
            ],
        );
        assert_eq!(r.status.code(), Some(2), "{format}");
        let (out, err) = (
            String::from_utf8_lossy(&r.stdout),
            String::from_utf8_lossy(&r.stderr),
        );
        assert!(
            err.contains("error: missing.txt: no such file"),
            "{format}: {err}"
        );
        assert!(
            err.contains("error: bin.txt: looks binary"),
            "{format}: {err}"
        );
        if format != "github" {
            // The github format's annotations are its report (workflow commands).
            assert!(!out.contains("error: missing.txt"), "{format}: {out}");
        }
    }
    // A walked binary file is a note on standard error, not part of the report.
    let walked = run(dir.path(), &["check", "."]);
    let err = String::from_utf8_lossy(&walked.stderr);
    assert!(err.contains("note: bin.txt: looks binary"), "{err}");
    assert!(!String::from_utf8_lossy(&walked.stdout).contains("bin.txt"));
    // A bad configuration: one error naming the file, the key and the line, for 3 files.
    std::fs::remove_file(dir.path().join("bin.txt")).unwrap();
    std::fs::write(dir.path().join("b.txt"), "Text.\n").unwrap();
    std::fs::write(dir.path().join("c.txt"), "Text.\n").unwrap();
    std::fs::write(
        dir.path().join("mtlint.toml"),
        "fail-on = \"error\"\nselec = []\n",
    )
    .unwrap();
    let bad = run(dir.path(), &["check", "."]);
    assert_eq!(bad.status.code(), Some(2));
    let err = String::from_utf8_lossy(&bad.stderr);
    assert_eq!(err.matches("unknown field").count(), 1, "{err}");
    assert!(err.contains("mtlint.toml:2:"), "{err}");
    assert!(String::from_utf8_lossy(&bad.stdout).contains("3 files could not be checked"));
}

/// Paths named that hold no file to check are an error (a typo in a CI step must not
/// pass as "all checks passed"); an empty current folder is only a warning.
#[test]
fn no_files_to_check() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("empty")).unwrap();
    std::fs::write(dir.path().join("empty/page.html.bak"), "x").unwrap();
    let named = run(dir.path(), &["check", "empty"]);
    assert_eq!(named.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&named.stderr).contains("no files to check in empty"));
    assert!(named.stdout.is_empty());
    let here = run(&dir.path().join("empty"), &["check"]);
    assert_eq!(here.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&here.stderr).contains("warning: no files to check"));
}

#[test]
fn bad_config_key_names_file_key_and_line() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), "Title\n\nSome text here.\n").unwrap();
    std::fs::write(
        dir.path().join("mtlint.toml"),
        "fail-on = \"warning\"\nselcet = [\"calque\"]\n",
    )
    .unwrap();
    let out = run(dir.path(), &["check", "a.txt"]);
    assert_eq!(out.status.code(), Some(2));
    let all = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        all.contains("mtlint.toml:2:") && all.contains("selcet"),
        "{all}"
    );
    let out = run(dir.path(), &["check", "--config", "mtlint.toml", "a.txt"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("selcet"), "{err}");
}

#[test]
fn fix_keeps_crlf_bom_and_other_bytes() {
    let dir = tempfile::tempdir().unwrap();
    let text = "\u{feff}Talks in Rome\r\n\r\nThe ministers met in the the capital.\r\n\r\nLeave a Reply\r\n";
    let path = dir.path().join("a.txt");
    std::fs::write(&path, text).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640)).unwrap();
    }
    let out = run(dir.path(), &["check", "--fix", "a.txt"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let fixed = std::fs::read_to_string(&path).unwrap();
    assert_eq!(
        fixed,
        "\u{feff}Talks in Rome\r\n\r\nThe ministers met in the capital.\r\n"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            std::fs::metadata(&path).unwrap().permissions().mode() & 0o777,
            0o640
        );
    }
    // No temporary file left behind.
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names.len(), 1, "{names:?}");
}

#[test]
fn stdin_and_formats() {
    let mut child = mtlint()
        .args([
            "check",
            "--format",
            "concise",
            "--stdin-filename",
            "piped.md",
            "-",
        ])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"# Title\n\nWe met in the the city.\n")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("piped.md:3:11: repeated-word"), "{text}");
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn rules_and_rule_pages() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(dir.path(), &["rules"]);
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    for name in mtlint::rules::names() {
        assert!(text.contains(name), "{name} missing from `mtlint rules`");
        let page = run(dir.path(), &["rule", name]);
        assert!(page.status.success());
        let page = String::from_utf8_lossy(&page.stdout);
        for heading in [
            "## What it finds",
            "## Why machine translation produces it",
            "## Example",
            "## Use instead",
            "## Fix safety",
        ] {
            assert!(page.contains(heading), "{name}: {heading}");
        }
    }
    let bad = run(dir.path(), &["rule", "no-such-rule"]);
    assert_eq!(bad.status.code(), Some(2));
}

/// A configuration's `exclude` and `per-file-ignores` apply to the files found by
/// walking a folder (they match paths relative to the configuration's folder).
#[test]
fn exclude_and_per_file_ignores_apply_when_walking() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("mtlint.toml"),
        "exclude = [\"drafts/*\"]\n\n[per-file-ignores]\n\"archive/*.txt\" = [\"repeated-word\"]\n",
    )
    .unwrap();
    let text = "Talks\n\nThey met in the the capital.\n";
    for sub in ["drafts", "archive", "news"] {
        std::fs::create_dir(dir.path().join(sub)).unwrap();
        std::fs::write(dir.path().join(sub).join("a.txt"), text).unwrap();
    }
    let out = run(dir.path(), &["check", "--format", "json", "."]);
    let v = json(&out);
    let files: Vec<(&str, usize)> = v["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["path"].as_str().unwrap(),
                f["diagnostics"].as_array().unwrap().len(),
            )
        })
        .collect();
    assert_eq!(files, [("archive/a.txt", 0), ("news/a.txt", 1)], "{v}");
}
