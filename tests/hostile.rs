//! Hostile and odd input, run against the built binary: each case gets one clear line
//! naming the file and what is wrong, exit code 2 where it is an error, every other file
//! still checked and reported, and nothing written.

mod common;

use std::io::Read;
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

fn mtlint() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_mtlint"));
    c.env("NO_COLOR", "1");
    c
}

/// A fixable article that must be reported (and fixed) whatever else is in the folder.
const GOOD: &str = "A title for the test\n\nThe minister said that the the talks went well.\n";
const GOOD_FIXED: &str = "A title for the test\n\nThe minister said that the talks went well.\n";

/// A folder with `good.txt` in it, and `name` with `bytes` when given.
fn folder(name: &str, bytes: &[u8]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("good.txt"), GOOD).unwrap();
    if !name.is_empty() {
        std::fs::write(dir.path().join(name), bytes).unwrap();
    }
    dir
}

/// Run with a time limit (a hang is a failure, not a stuck test suite).
fn run_in(dir: &Path, args: &[&str]) -> Output {
    run_with_limit(dir, args, Duration::from_secs(120))
}

fn run_with_limit(dir: &Path, args: &[&str], limit: Duration) -> Output {
    let mut child = mtlint()
        .args(args)
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let mut stderr = child.stderr.take().unwrap();
    let out_thread = std::thread::spawn(move || {
        let mut b = Vec::new();
        stdout.read_to_end(&mut b).unwrap();
        b
    });
    let err_thread = std::thread::spawn(move || {
        let mut b = Vec::new();
        stderr.read_to_end(&mut b).unwrap();
        b
    });
    let started = Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break s;
        }
        if started.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            panic!("mtlint {args:?} did not finish within {limit:?} (a hang)");
        }
        std::thread::sleep(Duration::from_millis(10));
    };
    Output {
        status,
        stdout: out_thread.join().unwrap(),
        stderr: err_thread.join().unwrap(),
    }
}

/// stdout and stderr, as lines.
fn lines(out: &Output) -> Vec<String> {
    let mut all = String::from_utf8_lossy(&out.stdout).to_string();
    all.push_str(&String::from_utf8_lossy(&out.stderr));
    all.lines().map(str::to_string).collect()
}

/// The one line about `name`; fails when there is not exactly one.
fn one_line_about(out: &Output, name: &str) -> String {
    let about: Vec<String> = lines(out)
        .into_iter()
        .filter(|l| l.contains(name))
        .collect();
    assert_eq!(
        about.len(),
        1,
        "expected one line about {name}, got {about:#?}\nall output: {:#?}",
        lines(out)
    );
    about.into_iter().next().unwrap()
}

/// `good.txt` was checked and reported.
fn good_reported(out: &Output) {
    assert!(
        lines(out).iter().any(|l| l.contains("good.txt:3:24"))
            && lines(out).iter().any(|l| l.contains("repeated-word")),
        "good.txt not reported: {:#?}",
        lines(out)
    );
}

/// The whole contract for a file that cannot be checked: named on the command line and
/// found by walking the folder, in `concise` and `text` output, with and without
/// `--fix`: one line naming the file with `expect` in it, exit 2, the good file checked
/// (and fixed with `--fix`), the bad file unchanged.
fn assert_refused(name: &str, bytes: &[u8], expect: &str) {
    for (args, walk) in [
        (
            vec!["check", "--format", "concise", name, "good.txt"],
            false,
        ),
        (vec!["check", "--format", "concise", "."], true),
        (vec!["check", "."], true),
        (vec!["check", "--fix", "--format", "concise", "."], true),
        (vec!["check", "--fix", name, "good.txt"], false),
    ] {
        let dir = folder(name, bytes);
        let out = run_in(dir.path(), &args);
        let line = one_line_about(&out, name);
        assert!(
            line.contains(expect),
            "{args:?} (walk {walk}): {line:?} lacks {expect:?}"
        );
        assert_eq!(out.status.code(), Some(2), "{args:?}: {:#?}", lines(&out));
        assert_eq!(std::fs::read(dir.path().join(name)).unwrap(), bytes);
        let good = std::fs::read_to_string(dir.path().join("good.txt")).unwrap();
        if args.contains(&"--fix") {
            assert_eq!(good, GOOD_FIXED, "{args:?}");
        } else {
            good_reported(&out);
            assert_eq!(good, GOOD);
        }
        assert_no_temp_files(dir.path());
    }
}

fn assert_no_temp_files(dir: &Path) {
    for e in std::fs::read_dir(dir).unwrap() {
        let name = e.unwrap().file_name().to_string_lossy().to_string();
        assert!(!name.starts_with(".mtlint-"), "temporary file left: {name}");
    }
}

#[test]
fn invalid_utf8_names_the_file_and_the_offset() {
    assert_refused(
        "bad.txt",
        b"Title\n\nHello \xff\xfe world.\n",
        "bad.txt: is not valid UTF-8 (invalid byte at offset 13)",
    );
    // A truncated multi-byte sequence at the very end.
    assert_refused("cut.md", b"# Title\n\nCaf\xc3", "offset 12");
}

#[test]
fn utf16_with_a_bom_is_refused_with_advice() {
    let mut le = vec![0xFF, 0xFE];
    for u in "Title\n\nThe talks.\n".encode_utf16() {
        le.extend_from_slice(&u.to_le_bytes());
    }
    assert_refused("utf16le.txt", &le, "is UTF-16");
    let mut be = vec![0xFE, 0xFF];
    for u in "Title\n".encode_utf16() {
        be.extend_from_slice(&u.to_be_bytes());
    }
    assert_refused("utf16be.md", &be, "is UTF-16");
}

#[test]
fn binary_file_is_skipped_with_a_note_when_walking_and_an_error_when_named() {
    let bytes = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00";
    // Walking: a note, not an error; the exit code is the good file's (findings: 1).
    for format in ["text", "concise"] {
        let dir = folder("image.txt", bytes);
        let out = run_in(dir.path(), &["check", "--format", format, "."]);
        let line = one_line_about(&out, "image.txt");
        assert!(
            line.starts_with("note: image.txt: looks binary (NUL byte at offset 8)")
                && line.ends_with("skipped"),
            "{line}"
        );
        assert_eq!(out.status.code(), Some(1));
        good_reported(&out);
    }
    // With --fix: still skipped, not touched.
    let dir = folder("image.txt", bytes);
    let out = run_in(dir.path(), &["check", "--fix", "."]);
    assert_eq!(out.status.code(), Some(0), "{:#?}", lines(&out));
    assert_eq!(std::fs::read(dir.path().join("image.txt")).unwrap(), bytes);
    // Named: an error.
    let dir = folder("image.txt", bytes);
    let out = run_in(
        dir.path(),
        &["check", "--format", "concise", "image.txt", "good.txt"],
    );
    let line = one_line_about(&out, "image.txt");
    assert!(line.starts_with("error: image.txt: looks binary"), "{line}");
    assert_eq!(out.status.code(), Some(2));
    good_reported(&out);
}

#[test]
fn empty_file_is_clean() {
    let dir = folder("empty.md", b"");
    let out = run_in(dir.path(), &["check", "--format", "json", "."]);
    assert_eq!(out.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let files = v["files"].as_array().unwrap();
    assert_eq!(files.len(), 2);
    assert_eq!(files[0]["path"], "empty.md");
    assert_eq!(files[0]["diagnostics"].as_array().unwrap().len(), 0);
    assert!(files[0].get("error").is_none());
    let out = run_in(dir.path(), &["check", "--fix", "empty.md"]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(std::fs::read(dir.path().join("empty.md")).unwrap(), b"");
}

#[test]
fn no_final_newline_is_kept_and_the_diff_applies() {
    let text = "A title for the test\r\n\r\nThe minister said that the the talks went well.";
    let dir = folder("last.txt", text.as_bytes());
    let diff = run_in(dir.path(), &["check", "--diff", "last.txt"]);
    assert_eq!(diff.status.code(), Some(1));
    let patch = String::from_utf8(diff.stdout).unwrap();
    let out = run_in(dir.path(), &["check", "--fix", "last.txt"]);
    assert_eq!(out.status.code(), Some(0), "{:#?}", lines(&out));
    let fixed = std::fs::read(dir.path().join("last.txt")).unwrap();
    assert_eq!(
        fixed,
        b"A title for the test\r\n\r\nThe minister said that the talks went well."
    );
    if common::git_available() {
        assert_eq!(
            common::git_apply("last.txt", text.as_bytes(), &patch),
            fixed
        );
    }
}

/// Prose without artifacts: sentences of varied words (no word twice in a row), so that
/// only what a test plants is reported.
fn prose(bytes: usize, sentence_sep: &str) -> String {
    const W: &[&str] = &[
        "minister",
        "government",
        "talks",
        "security",
        "meeting",
        "president",
        "agreement",
        "economy",
        "week",
        "region",
        "allies",
        "policy",
        "would",
        "consider",
        "new",
        "plan",
        "after",
        "with",
        "for",
        "in",
        "on",
        "a",
        "of",
        "budget",
        "reform",
        "council",
    ];
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move |n: usize| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state % n as u64) as usize
    };
    let mut out = String::with_capacity(bytes + 200);
    while out.len() < bytes {
        if !out.is_empty() {
            out.push_str(sentence_sep);
        }
        let n = 8 + next(12);
        let mut last = usize::MAX;
        out.push_str("The");
        for _ in 0..n {
            let mut w = next(W.len());
            if w == last {
                w = (w + 1) % W.len();
            }
            last = w;
            out.push(' ');
            out.push_str(W[w]);
        }
        out.push('.');
    }
    out
}

#[test]
fn ten_megabyte_single_line() {
    let mut text = prose(10 * 1024 * 1024, " ");
    text.push_str(" The talks went on and on for the the whole week.");
    assert!(!text.contains('\n') && text.len() > 10 * 1024 * 1024);
    let dir = folder("line.txt", text.as_bytes());
    let started = Instant::now();
    let out = run_with_limit(
        dir.path(),
        &[
            "check", "--format", "concise", "--select", "ALL", "line.txt",
        ],
        Duration::from_secs(300),
    );
    eprintln!("10 MB single line: {:?}", started.elapsed());
    let line = one_line_about(&out, "line.txt:");
    assert!(line.contains("repeated-word"), "{line}");
    assert!(line.starts_with("line.txt:1:"), "{line}");
    assert_eq!(out.status.code(), Some(1));
}

/// Many findings on one long line: every output format costs the line's length once,
/// not once per finding (a 240 KB line with 20,000 findings took many minutes in the
/// text format before).
#[test]
fn many_findings_on_one_long_line() {
    let mut text = String::from("A title\n\n");
    for i in 0..20_000 {
        // A zero-width space inside a word (a finding), and non-ASCII letters so that
        // columns (in chars) differ from byte offsets.
        text.push_str(if i % 2 == 0 {
            "minis\u{200B}ter "
        } else {
            "Zürich éte\u{200B}e "
        });
    }
    text.push('\n');
    let dir = folder("long.txt", text.as_bytes());
    // (github and sarif place findings with the same line index as json.)
    for format in ["text", "concise", "json"] {
        let started = Instant::now();
        let out = run_with_limit(
            dir.path(),
            &["check", "--format", format, "long.txt"],
            Duration::from_secs(90),
        );
        eprintln!(
            "20,000 findings on one line, {format}: {:?}",
            started.elapsed()
        );
        assert_eq!(out.status.code(), Some(1), "{format}");
        if format == "json" {
            let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
            let diagnostics = v["files"][0]["diagnostics"].as_array().unwrap();
            assert!(diagnostics.len() >= 20_000, "{}", diagnostics.len());
            let line_start = text.find("minis").unwrap();
            for d in diagnostics.iter().step_by(997) {
                let start = d["start"].as_u64().unwrap() as usize;
                let end = d["end"].as_u64().unwrap() as usize;
                assert_eq!(d["line"], 3);
                let col = text[line_start..start].chars().count() + 1;
                let end_col = text[line_start..end].chars().count() + 1;
                assert_eq!(d["column"].as_u64().unwrap() as usize, col);
                assert_eq!(d["end_column"].as_u64().unwrap() as usize, end_col);
            }
        }
    }
}

#[test]
fn a_hundred_thousand_headings() {
    let mut text = String::from("# The report\n\n");
    for i in 0..100_000u32 {
        text.push_str(&format!(
            "## Part {i}\n\nThe council met on day {i} to consider the plan.\n\n"
        ));
    }
    let dir = folder("headings.md", text.as_bytes());
    let started = Instant::now();
    let out = run_with_limit(
        dir.path(),
        &["check", "--format", "concise", "headings.md"],
        Duration::from_secs(300),
    );
    eprintln!("100,000 headings: {:?}", started.elapsed());
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "{:#?}",
        lines(&out)
    );
}

#[test]
fn deeply_nested_quotes_and_lists() {
    let cases: Vec<(&str, String)> = vec![
        (
            "quotes.md",
            format!("{} The the talks.\n", ">".repeat(5000)),
        ),
        (
            "quotes-lines.md",
            (1..=5000)
                .map(|i| format!("{} text\n", ">".repeat(i)))
                .collect(),
        ),
        ("lists.md", format!("{}The the talks.\n", "- ".repeat(5000))),
        (
            "lists-indented.md",
            (0..5000)
                .map(|i| format!("{}- item\n", "  ".repeat(i.min(2000))))
                .collect(),
        ),
        (
            "mixed.md",
            format!("{}The the talks.\n", "> - 1. ".repeat(2000)),
        ),
        (
            "brackets.md",
            format!("{}x{}\n", "[".repeat(5000), "](u)".repeat(5000)),
        ),
        (
            "emphasis.md",
            format!("{}x{}\n", "*_".repeat(5000), "_*".repeat(5000)),
        ),
    ];
    for (name, text) in cases {
        for fix in [false, true] {
            let dir = folder(name, text.as_bytes());
            let mut args = vec!["check", "--format", "concise"];
            if fix {
                args.push("--fix");
            }
            args.extend([name, "good.txt"]);
            let out = run_in(dir.path(), &args);
            assert!(
                matches!(out.status.code(), Some(0 | 1)),
                "{name}: {:?} {:#?}",
                out.status,
                lines(&out)
            );
            if !fix {
                good_reported(&out);
            }
        }
    }
}

#[test]
fn a_file_deleted_between_walking_and_reading() {
    // The library driver, with the deletion between its two steps.
    let dir = folder("gone.txt", GOOD.as_bytes());
    let options = mtlint::check::RunOptions {
        fix_mode: mtlint::check::FixMode::Write,
        overrides: Default::default(),
        config: None,
        isolated: true,
    };
    let resolver = mtlint::check::SettingsResolver::new(&options).unwrap();
    let inputs = mtlint::check::collect_inputs(&[dir.path().to_path_buf()], None, &resolver);
    assert_eq!(inputs.len(), 2);
    std::fs::remove_file(dir.path().join("gone.txt")).unwrap();
    let reports = mtlint::check::run(inputs, &resolver, mtlint::check::FixMode::Write);
    assert_eq!(reports[0].error, Some(mtlint::error::FileError::NotFound));
    assert_eq!(
        reports[0]
            .error
            .as_ref()
            .map(ToString::to_string)
            .as_deref(),
        Some("no such file or directory")
    );
    assert!(reports[1].error.is_none());
    assert_eq!(mtlint::check::exit_code(&reports, false), 2);
    assert!(!dir.path().join("gone.txt").exists(), "re-created");
    assert_eq!(
        std::fs::read_to_string(dir.path().join("good.txt")).unwrap(),
        GOOD_FIXED
    );
}

#[cfg(unix)]
#[test]
fn dangling_symlink_and_symlink_loop() {
    use std::os::unix::fs::symlink;
    let dir = folder("", b"");
    symlink("nowhere.txt", dir.path().join("dangling.txt")).unwrap();
    symlink("loop.md", dir.path().join("loop.md")).unwrap();
    std::fs::create_dir(dir.path().join("sub")).unwrap();
    symlink("..", dir.path().join("sub/up")).unwrap();
    for (name, expect) in [
        ("dangling.txt", "dangling.txt: is a dangling symbolic link"),
        ("loop.md", "loop.md: is a symbolic link loop"),
    ] {
        let out = run_in(
            dir.path(),
            &["check", "--fix", "--format", "concise", name, "good.txt"],
        );
        let line = one_line_about(&out, name);
        assert!(line.contains(expect), "{line}");
        assert_eq!(out.status.code(), Some(2));
        assert!(std::fs::symlink_metadata(dir.path().join(name)).is_ok_and(|m| m.is_symlink()));
    }
    // Walking the folder: symbolic links are not followed (like ripgrep), so neither the
    // loops nor the dangling link stop the walk or get reported.
    std::fs::write(dir.path().join("good.txt"), GOOD).unwrap();
    let out = run_in(dir.path(), &["check", "--format", "concise", "."]);
    assert_eq!(out.status.code(), Some(1), "{:#?}", lines(&out));
    good_reported(&out);
}

#[cfg(unix)]
#[test]
fn fifo_is_not_opened() {
    let dir = folder("", b"");
    let fifo = dir.path().join("pipe.txt");
    let status = Command::new("mkfifo").arg(&fifo).status().unwrap();
    assert!(status.success());
    // Named: a clear error at once (opening it would block until a writer comes).
    let out = run_with_limit(
        dir.path(),
        &["check", "--format", "concise", "pipe.txt", "good.txt"],
        Duration::from_secs(30),
    );
    let line = one_line_about(&out, "pipe.txt");
    assert!(line.contains("pipe.txt: is not a regular file"), "{line}");
    assert_eq!(out.status.code(), Some(2));
    good_reported(&out);
    // Walking: not a regular file, not looked at.
    let out = run_with_limit(
        dir.path(),
        &["check", "--fix", "--format", "concise", "."],
        Duration::from_secs(30),
    );
    assert_eq!(out.status.code(), Some(0), "{:#?}", lines(&out));
}

#[test]
fn file_over_the_size_limit() {
    let big = format!("Title\n\n{}\n", prose(5000, " "));
    for args in [
        vec![
            "check",
            "--max-file-size",
            "1000",
            "--format",
            "concise",
            ".",
        ],
        vec![
            "check",
            "--max-file-size",
            "1000",
            "--fix",
            "big.md",
            "good.txt",
        ],
    ] {
        let dir = folder("big.md", big.as_bytes());
        let out = run_in(dir.path(), &args);
        let line = one_line_about(&out, "big.md");
        assert!(
            line.contains(&format!(
                "big.md: is {} bytes, over the size limit of 1000 bytes",
                big.len()
            )),
            "{line}"
        );
        assert_eq!(out.status.code(), Some(2));
        assert_eq!(
            std::fs::read_to_string(dir.path().join("big.md")).unwrap(),
            big
        );
    }
    // The same from the configuration file.
    let dir = folder("big.md", big.as_bytes());
    std::fs::write(dir.path().join("mtlint.toml"), "max-file-size = 1000\n").unwrap();
    let out = run_in(dir.path(), &["check", "--format", "concise", "."]);
    assert!(one_line_about(&out, "big.md").contains("over the size limit"));
    assert_eq!(out.status.code(), Some(2));
    good_reported(&out);
}

/// Every alphabetic scalar value of Unicode, in words, and right-to-left paragraphs.
fn every_script() -> String {
    let mut text = String::from("Every script\n\n");
    let mut word = String::new();
    let mut words = 0;
    for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
        if !(c.is_alphabetic() || c.is_numeric()) {
            continue;
        }
        word.push(c);
        if word.chars().count() == 6 {
            text.push_str(&word);
            word.clear();
            words += 1;
            text.push_str(if words % 12 == 0 { ".\n\n" } else { " " });
        }
    }
    text.push_str(&word);
    text.push_str(".\n\n");
    // Right-to-left: Hebrew, Arabic (with a right-to-left mark), Persian with a
    // zero-width non-joiner, mixed with Latin names and digits.
    text.push_str("השר אמר כי השיחות עם Blinken בוושינגטון היו טובות מאוד ב-2024.\n\n");
    text.push_str("قال الوزير إن المحادثات مع \u{200F}Blinken في واشنطن كانت جيدة جدا.\n\n");
    text.push_str("وزیر گفت که گفت\u{200C}وگوها در تهران خوب بود.\n\n");
    text.push_str("The minister said \u{202B}שלום עולם\u{202C} in Hebrew.\n");
    text
}

#[test]
fn every_unicode_script_and_right_to_left_text() {
    let text = every_script();
    for name in ["scripts.txt", "scripts.md"] {
        let dir = folder(name, text.as_bytes());
        let out = run_in(
            dir.path(),
            &["check", "--select", "ALL", "--format", "json", name],
        );
        assert!(
            matches!(out.status.code(), Some(0 | 1)),
            "{:#?}",
            lines(&out)
        );
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        for d in v["files"][0]["diagnostics"].as_array().unwrap() {
            let (s, e) = (
                d["start"].as_u64().unwrap() as usize,
                d["end"].as_u64().unwrap() as usize,
            );
            assert!(text.is_char_boundary(s) && text.is_char_boundary(e));
        }
        let out = run_in(
            dir.path(),
            &["check", "--fix", "--unsafe-fixes", "--select", "ALL", name],
        );
        assert!(matches!(out.status.code(), Some(0 | 1)));
        let fixed = std::fs::read(dir.path().join(name)).unwrap();
        assert!(String::from_utf8(fixed).is_ok());
    }
    // The in-memory invariants on the right-to-left part (the whole text takes long in
    // a debug build).
    let rtl = &text[text.find("השר").unwrap()..];
    for format in common::invariants::FORMATS {
        common::invariants::check_fix(rtl, format, &common::invariants::all_rules()).unwrap();
    }
}

#[test]
fn configuration_that_is_not_toml() {
    let dir = folder("", b"");
    std::fs::create_dir(dir.path().join("sub")).unwrap();
    std::fs::write(dir.path().join("sub/a.txt"), GOOD).unwrap();
    let bad = "this is { not toml\n";
    std::fs::write(dir.path().join("sub/mtlint.toml"), bad).unwrap();
    let out = run_in(dir.path(), &["check", "--fix", "--format", "concise", "."]);
    // One line, naming the configuration file and the line (the files it stops are
    // counted in the summary).
    let line = one_line_about(&out, "mtlint.toml:1:");
    assert!(
        line.starts_with("error: configuration error: ") && line.contains("sub/mtlint.toml"),
        "{line}"
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("1 file could not be checked"));
    assert_eq!(out.status.code(), Some(2));
    // The other file is checked (and fixed); the one under the bad configuration is not.
    assert_eq!(
        std::fs::read_to_string(dir.path().join("good.txt")).unwrap(),
        GOOD_FIXED
    );
    assert_eq!(
        std::fs::read_to_string(dir.path().join("sub/a.txt")).unwrap(),
        GOOD
    );
    // Named with --config: one line, exit 2, nothing written.
    std::fs::write(dir.path().join("bad.toml"), bad).unwrap();
    let out = run_in(
        dir.path(),
        &["check", "--fix", "--config", "bad.toml", "good.txt"],
    );
    let line = one_line_about(&out, "bad.toml");
    assert!(line.starts_with("mtlint: error: bad.toml:1:"), "{line}");
    assert_eq!(out.status.code(), Some(2));
    // Binary garbage as configuration.
    std::fs::write(dir.path().join("bin.toml"), b"\xff\x00\xfe").unwrap();
    let out = run_in(dir.path(), &["check", "--config", "bin.toml", "good.txt"]);
    let line = one_line_about(&out, "bin.toml");
    assert!(line.starts_with("mtlint: error: bin.toml"), "{line}");
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn configuration_naming_an_unknown_rule() {
    let dir = folder("", b"");
    std::fs::write(
        dir.path().join("mtlint.toml"),
        "fail-on = \"warning\"\nselect = [\"repeated-word\", \"no-such-rule\"]\n",
    )
    .unwrap();
    let out = run_in(dir.path(), &["check", "--format", "concise", "good.txt"]);
    let line = one_line_about(&out, "no-such-rule");
    assert!(
        line.contains("mtlint.toml:2: unknown rule `no-such-rule`"),
        "{line}"
    );
    assert_eq!(out.status.code(), Some(2));
    // On the command line too.
    let out = run_in(
        dir.path(),
        &["check", "--isolated", "--select", "nope", "good.txt"],
    );
    assert!(one_line_about(&out, "nope").contains("unknown rule `nope`"));
    assert_eq!(out.status.code(), Some(2));
}

/// Text and concise output carry no raw control character from the article: ESC
/// sequences, other C0 controls, DEL and C1 controls are shown escaped.
#[test]
fn control_characters_are_not_echoed_to_the_terminal() {
    let nasty = "The the \x1b[2J\x1b]0;pwned\x07 minister\x08\x7f said \u{9b}31m that\u{85} the \x01\x0b\x0c talks\r went well.";
    let text = format!("A title\n\n{nasty}\n\nThe talks.\u{1b}[31mThe end.\n");
    let dir = folder("ctl.txt", text.as_bytes());
    for format in ["text", "concise", "github"] {
        for extra in [&[][..], &["--color", "always"][..], &["--statistics"][..]] {
            let mut args = vec!["check", "--select", "ALL", "--format", format];
            args.extend_from_slice(extra);
            args.push("ctl.txt");
            let out = run_in(dir.path(), &args);
            assert_eq!(out.status.code(), Some(1));
            let shown = String::from_utf8(out.stdout.clone()).unwrap();
            assert!(shown.contains("ctl.txt"), "{shown}");
            let colour = extra.contains(&"always");
            let mut rest = shown.as_str();
            // Our own colour codes are the only ESC allowed, and only with colour on.
            if colour {
                rest = &*Box::leak(strip_sgr(rest).into_boxed_str());
            }
            for c in rest.chars() {
                assert!(
                    c == '\n' || !(c.is_control()),
                    "{format} {extra:?}: raw control U+{:04X} in output:\n{shown}",
                    c as u32
                );
            }
        }
    }
    // JSON escapes them.
    let out = run_in(dir.path(), &["check", "--format", "json", "ctl.txt"]);
    assert!(!out.stdout.iter().any(|&b| b < 0x20 && b != b'\n'));
}

/// Remove the colour sequences mtlint itself prints (`ESC [ digits ; m`).
fn strip_sgr(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\x1b' && chars.peek() == Some(&'[') {
            let mut seq = String::new();
            chars.next();
            for d in chars.by_ref() {
                if d == 'm' {
                    break;
                }
                seq.push(d);
            }
            assert!(
                seq.chars().all(|d| d.is_ascii_digit() || d == ';'),
                "unexpected escape sequence {seq:?}"
            );
            continue;
        }
        out.push(c);
    }
    out
}

/// Configuration lists are literal text, never patterns: a boilerplate phrase with
/// regular-expression characters matches only itself.
#[test]
fn configuration_phrases_are_literal() {
    let dir = folder("", b"");
    std::fs::write(
        dir.path().join("mtlint.toml"),
        "[rules.web-boilerplate]\nextra = [\"Read (.*) more\", \"a+b\"]\n[rules.glued-words]\nallow = [\".*\"]\n",
    )
    .unwrap();
    let text = "A title for the test\n\nRead (.*) more\n\nRead all about it more\n\naab\n\na+b\n\nThe minister said.The talks went well.\n";
    std::fs::write(dir.path().join("lit.txt"), text).unwrap();
    let out = run_in(
        dir.path(),
        &[
            "check",
            "--format",
            "json",
            "--select",
            "web-boilerplate,glued-words",
            "lit.txt",
        ],
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let found: Vec<(String, String)> = v["files"][0]["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            let (s, e) = (
                d["start"].as_u64().unwrap() as usize,
                d["end"].as_u64().unwrap() as usize,
            );
            (
                d["rule"].as_str().unwrap().to_string(),
                text[s..e].to_string(),
            )
        })
        .collect();
    let boiler: Vec<&str> = found
        .iter()
        .filter(|(r, _)| r == "web-boilerplate")
        .map(|(_, t)| t.as_str())
        .collect();
    assert_eq!(boiler, ["Read (.*) more", "a+b"], "{found:?}");
    assert!(
        found
            .iter()
            .any(|(r, t)| r == "glued-words" && t.contains("said.The")),
        "the allow entry \".*\" must not allow everything: {found:?}"
    );
}

#[test]
fn size_limit_above_what_the_model_addresses_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), "Hello.\n").unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_mtlint"))
        .args([
            "check",
            "--isolated",
            "--max-file-size",
            "1000000000",
            "a.txt",
        ])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("at most 536870911 bytes"), "{err}");
    std::fs::write(
        dir.path().join("mtlint.toml"),
        "max-file-size = 1000000000\n",
    )
    .unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_mtlint"))
        .args(["check", "a.txt"])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    // A configuration error stops the files under it; it goes to standard error, once.
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("mtlint.toml:1") && err.contains("max-file-size"),
        "{err}"
    );
}
