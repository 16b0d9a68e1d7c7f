//! Inputs that once broke an invariant (fuzzer crash inputs and hand-made edge cases),
//! kept in `tests/regressions/` as raw bytes and checked with the fuzz targets' own
//! invariants (`tests/common/invariants.rs`), as plain text and as Markdown, with every
//! rule on and with the defaults.

mod common;

use common::invariants;

#[test]
fn regression_inputs_keep_the_invariants() {
    let dir = common::project().join("tests/regressions");
    let files = common::files(&dir, &["txt", "md", "bin"]);
    assert!(
        !files.is_empty(),
        "no regression inputs in {}",
        dir.display()
    );
    let mut failures = Vec::new();
    for path in &files {
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let bytes = std::fs::read(path).unwrap();
        // What the fuzz targets do with bytes that are not UTF-8.
        let text = String::from_utf8_lossy(&bytes);
        for format in invariants::FORMATS {
            let doc = mtlint::Document::parse(&text, format);
            if let Err(e) = invariants::check_document(&doc) {
                failures.push(format!("{name} ({format:?}): parse: {e}"));
            }
            for settings in [mtlint::Settings::default(), invariants::all_rules()] {
                if let Err(e) = invariants::check_fix(&text, format, &settings) {
                    failures.push(format!("{name} ({format:?}): {e}"));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
