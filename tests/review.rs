//! `mtlint review` end to end in a real pseudo-terminal.
#![cfg(unix)]

mod common;

use std::path::Path;
use std::process::Command;

use rexpect::ReadUntil;
use rexpect::session::PtySession;

fn seed() -> Vec<u8> {
    std::fs::read(common::project().join("corpus/seed/seed-article.txt")).unwrap()
}

fn setup() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("article.txt");
    std::fs::write(&path, seed()).unwrap();
    (dir, path)
}

fn spawn(path: &Path) -> PtySession {
    let cmd = format!(
        "{} review --color never --isolated {}",
        env!("CARGO_BIN_EXE_mtlint"),
        path.display()
    );
    rexpect::spawn(&cmd, Some(20_000)).unwrap()
}

fn send(p: &mut PtySession, keys: &str) {
    p.send(keys).unwrap();
    p.flush().unwrap();
}

/// Answer every prompt with `key` until the summary; returns the summary line.
fn answer_all(p: &mut PtySession, key: &str) -> String {
    loop {
        let (before, found) = p
            .exp_any(vec![
                ReadUntil::String("[y,n,a,A,s,e,u,q,?] ".to_string()),
                ReadUntil::String("; wrote ".to_string()),
            ])
            .unwrap();
        if found == "; wrote " {
            let rest = p.exp_eof().unwrap();
            let line = before.lines().last().unwrap_or("").to_string();
            return format!("{line}{found}{rest}");
        }
        send(p, key);
    }
}

fn fix_with_cli(unsafe_fixes: bool) -> Vec<u8> {
    let (dir, path) = setup();
    let mut args = vec!["check", "--isolated", "--fix", "article.txt"];
    if unsafe_fixes {
        args.push("--unsafe-fixes");
    }
    Command::new(env!("CARGO_BIN_EXE_mtlint"))
        .args(&args)
        .current_dir(dir.path())
        .output()
        .unwrap();
    std::fs::read(&path).unwrap()
}

#[test]
fn yes_to_everything_equals_fix_unsafe() {
    let (_dir, path) = setup();
    let mut p = spawn(&path);
    let summary = answer_all(&mut p, "y");
    assert!(summary.contains("wrote 1 file"), "{summary}");
    assert_eq!(std::fs::read(&path).unwrap(), fix_with_cli(true));
}

#[test]
fn accept_rest_of_file_equals_fix_unsafe() {
    let (_dir, path) = setup();
    let mut p = spawn(&path);
    p.exp_string("[y,n,a,A,s,e,u,q,?] ").unwrap();
    send(&mut p, "a");
    p.exp_regex("wrote 1 file").unwrap();
    assert_eq!(std::fs::read(&path).unwrap(), fix_with_cli(true));
}

#[test]
fn no_to_everything_leaves_the_file() {
    let (_dir, path) = setup();
    let mut p = spawn(&path);
    let summary = answer_all(&mut p, "n");
    assert!(summary.contains("wrote 0 files"), "{summary}");
    assert_eq!(std::fs::read(&path).unwrap(), seed());
}

#[test]
fn quit_half_way_writes_only_what_was_accepted() {
    let (_dir, path) = setup();
    let text = String::from_utf8(seed()).unwrap();
    let mut p = spawn(&path);
    // Accept the first fix, reject the second, quit at the third.
    p.exp_string("[y,n,a,A,s,e,u,q,?] ").unwrap();
    send(&mut p, "y");
    p.exp_string("[y,n,a,A,s,e,u,q,?] ").unwrap();
    send(&mut p, "n");
    p.exp_string("[y,n,a,A,s,e,u,q,?] ").unwrap();
    send(&mut p, "q");
    p.exp_regex("Accepted 1 fix, rejected 1; wrote 1 file")
        .unwrap();
    let settings = mtlint::Settings::default();
    let first = mtlint::lint(&text, mtlint::Format::Plain, &settings)
        .into_iter()
        .find(|d| mtlint::fix::applies(d, mtlint::Applicability::Unsafe))
        .unwrap();
    let (expected, _) = mtlint::fix::apply_fixes(&text, [first.fix.as_ref().unwrap()]);
    assert_eq!(std::fs::read_to_string(&path).unwrap(), expected);
}

#[test]
fn edit_and_undo() {
    let (_dir, path) = setup();
    let mut p = spawn(&path);
    // The first fix splits "DiplomacyJapan": accept, undo, then edit it.
    p.exp_string("[y,n,a,A,s,e,u,q,?] ").unwrap();
    send(&mut p, "y");
    p.exp_string("[y,n,a,A,s,e,u,q,?] ").unwrap();
    send(&mut p, "u");
    p.exp_string("glued-words").unwrap();
    p.exp_string("[y,n,a,A,s,e,u,q,?] ").unwrap();
    send(&mut p, "e");
    p.exp_string("Replacement").unwrap();
    // The replacement is an inserted space: replace it with ": ".
    send(&mut p, "\x7f");
    send(&mut p, ": ");
    send(&mut p, "\r");
    p.exp_string("[y,n,a,A,s,e,u,q,?] ").unwrap();
    send(&mut p, "q");
    p.exp_regex("Accepted 1 fix, rejected 0; wrote 1 file")
        .unwrap();
    let fixed = std::fs::read_to_string(&path).unwrap();
    assert!(
        fixed.contains("\nDiplomacy: Japan and America’s"),
        "{fixed}"
    );
    assert_eq!(fixed.len(), seed().len() + 2);
}

#[test]
fn not_a_terminal_is_an_error() {
    let (dir, _) = setup();
    let out = Command::new(env!("CARGO_BIN_EXE_mtlint"))
        .args(["review", "article.txt"])
        .current_dir(dir.path())
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("needs a terminal"));
    assert_eq!(
        std::fs::read(dir.path().join("article.txt")).unwrap(),
        seed()
    );
}

#[test]
fn progress_on_a_terminal_only() {
    // 250 small articles: long enough a run for a progress line.
    let dir = tempfile::tempdir().unwrap();
    for i in 0..250 {
        std::fs::write(
            dir.path().join(format!("a{i:03}.txt")),
            "Talks in Rome\n\nThe ministers met in Rome on Monday.\n",
        )
        .unwrap();
    }
    let cmd = format!(
        "{} check --isolated {}",
        env!("CARGO_BIN_EXE_mtlint"),
        dir.path().display()
    );
    let mut p = rexpect::spawn(&cmd, Some(20_000)).unwrap();
    p.exp_string("files checked").unwrap();
    p.exp_string("All checks passed (250 files).").unwrap();
    // Piped: no progress line on standard error.
    let out = Command::new(env!("CARGO_BIN_EXE_mtlint"))
        .args(["check", "--isolated"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert!(!String::from_utf8_lossy(&out.stderr).contains("files checked"));
    assert!(String::from_utf8_lossy(&out.stdout).contains("All checks passed (250 files)."));
}

#[test]
fn skip_file_and_accept_rest_of_rule() {
    let (dir, first) = setup();
    let second = dir.path().join("second.txt");
    std::fs::write(&second, seed()).unwrap();
    let cmd = format!(
        "{} review --color never --isolated {} {}",
        env!("CARGO_BIN_EXE_mtlint"),
        first.display(),
        second.display()
    );
    let mut p = rexpect::spawn(&cmd, Some(20_000)).unwrap();
    // `s` at the first fix of the first file skips that file.
    p.exp_string("[y,n,a,A,s,e,u,q,?] ").unwrap();
    send(&mut p, "s");
    // In the second file, `A` at the first fix accepts every fix of that rule; `n` to the rest.
    let header = p.exp_string("[y,n,a,A,s,e,u,q,?] ").unwrap();
    let rule = header
        .lines()
        .find_map(|l| {
            let l = l.trim_start();
            l.strip_prefix('[')
                .and_then(|rest| rest.split_once("] "))
                .map(|(_, rest)| rest.split_whitespace().next().unwrap().to_string())
        })
        .expect("a [i/n] rule header");
    assert!(header.contains("second.txt"), "{header}");
    send(&mut p, "A");
    let summary = answer_all(&mut p, "n");
    assert!(summary.contains("wrote 1 file"), "{summary}");
    assert_eq!(
        std::fs::read(&first).unwrap(),
        seed(),
        "skipped file untouched"
    );

    // Expected: only the fixes of that rule, as `check --fix --unsafe-fixes --select rule`.
    let expected_dir = tempfile::tempdir().unwrap();
    std::fs::write(expected_dir.path().join("a.txt"), seed()).unwrap();
    Command::new(env!("CARGO_BIN_EXE_mtlint"))
        .args([
            "check",
            "--isolated",
            "--fix",
            "--unsafe-fixes",
            "--select",
            &rule,
            "a.txt",
        ])
        .current_dir(expected_dir.path())
        .output()
        .unwrap();
    let expected = std::fs::read(expected_dir.path().join("a.txt")).unwrap();
    assert_ne!(
        expected,
        seed(),
        "{rule} has fixes on the reference article"
    );
    assert_eq!(std::fs::read(&second).unwrap(), expected);
}

/// `mtlint review ARGS` in `dir` on a terminal, answering every question with `q`: what
/// it printed, and its exit code.
fn review_in(dir: &Path, args: &[&str]) -> (String, Option<i32>) {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_mtlint"));
    cmd.arg("review")
        .args(["--color", "never"])
        .args(args)
        .current_dir(dir);
    let mut p = rexpect::session::spawn_command(cmd, Some(20_000)).unwrap();
    let mut output = String::new();
    loop {
        let (before, found) = p
            .exp_any(vec![
                ReadUntil::String("[y,n,a,A,s,e,u,q,?] ".to_string()),
                ReadUntil::EOF,
            ])
            .unwrap();
        output.push_str(&before);
        output.push_str(&found);
        if !found.ends_with("[y,n,a,A,s,e,u,q,?] ") {
            break;
        }
        send(&mut p, "q");
    }
    let code = match p.process().wait().unwrap() {
        rexpect::process::WaitStatus::Exited(_, code) => Some(code),
        _ => None,
    };
    (output, code)
}

/// `mtlint check --format concise ARGS` in `dir`: its standard output.
fn check_in(dir: &Path, args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_mtlint"))
        .args(["check", "--format", "concise"])
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap();
    // The report and the errors (which go to standard error) together.
    String::from_utf8(out.stdout).unwrap() + &String::from_utf8(out.stderr).unwrap()
}

#[test]
fn a_fifo_is_refused_without_being_opened() {
    let (dir, _) = setup();
    let status = Command::new("mkfifo")
        .arg(dir.path().join("pipe.txt"))
        .status()
        .unwrap();
    assert!(status.success());
    // Opening the FIFO would block until a writer comes: the review would never end.
    let (output, code) = review_in(dir.path(), &["--isolated", "pipe.txt"]);
    assert!(
        output
            .contains("error: pipe.txt: is not a regular file (a FIFO, socket or device); skipped"),
        "{output}"
    );
    assert!(output.contains("wrote 0 files"), "{output}");
    assert_eq!(code, Some(2));
    assert!(
        check_in(dir.path(), &["--isolated", "pipe.txt"])
            .contains("pipe.txt: is not a regular file")
    );
}

#[test]
fn an_oversized_file_is_refused_as_check_refuses_it() {
    let (dir, path) = setup();
    std::fs::write(dir.path().join("mtlint.toml"), "max-file-size = 1000\n").unwrap();
    let (output, code) = review_in(dir.path(), &["article.txt"]);
    let size = seed().len();
    let message = format!(
        "article.txt: is {size} bytes, over the size limit of 1000 bytes (raise max-file-size in mtlint.toml or --max-file-size)"
    );
    assert!(output.contains(&format!("error: {message}")), "{output}");
    assert!(!output.contains("[1/"), "{output}");
    assert_eq!(code, Some(2));
    assert_eq!(std::fs::read(&path).unwrap(), seed());
    assert!(check_in(dir.path(), &["article.txt"]).contains(&message));
}

/// A folder with a configuration that turns `repeated-word` off for `archive/*.txt`, and
/// one finding of that rule in `archive/a.txt` and in `news/a.txt`.
fn per_file_ignores_site() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("mtlint.toml"),
        "[per-file-ignores]\n\"archive/*.txt\" = [\"repeated-word\"]\n",
    )
    .unwrap();
    for folder in ["archive", "news"] {
        std::fs::create_dir(dir.path().join(folder)).unwrap();
        std::fs::write(
            dir.path().join(folder).join("a.txt"),
            "Talks\n\nThey met in the the capital.\n",
        )
        .unwrap();
    }
    dir
}

#[test]
fn per_file_ignores_match_the_file_however_it_is_named() {
    let dir = per_file_ignores_site();
    let root = dir.path().canonicalize().unwrap();
    let archive = root.join("archive");
    let absolute = archive.join("a.txt");
    let absolute = absolute.to_str().unwrap();
    // Named from the configuration's folder, from the file's own folder, and absolute.
    for (cwd, name) in [
        (&root, "archive/a.txt"),
        (&root, "./archive/a.txt"),
        (&archive, "a.txt"),
        (&archive, absolute),
    ] {
        let (output, code) = review_in(cwd, &[name]);
        assert!(!output.contains("repeated-word"), "{name}: {output}");
        assert!(
            output.contains("Accepted 0 fixes, rejected 0; wrote 0 files."),
            "{output}"
        );
        assert_eq!(code, Some(0));
        let checked = check_in(cwd, &[name]);
        assert!(
            checked.contains("All checks passed (1 file)."),
            "{name}: {checked}"
        );
    }
    // The same configuration does not spare the other folder.
    let (output, _) = review_in(&root, &["news/a.txt"]);
    assert!(output.contains("repeated-word"), "{output}");
    assert!(check_in(&root, &["news/a.txt"]).contains("repeated-word"));
}
