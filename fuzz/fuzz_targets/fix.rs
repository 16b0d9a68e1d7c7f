//! Lint -> fix -> re-lint with every rule: fixing converges, fixing twice equals fixing
//! once, bytes outside the edits, line endings and a BOM are kept.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = mtlint_fuzz::text_of(data);
    let text: &str = &text;
    let settings = mtlint_fuzz::all_rules();
    for format in mtlint_fuzz::FORMATS {
        if let Err(e) = mtlint_fuzz::check_fix(text, format, &settings) {
            panic!("{format:?}: {e}");
        }
    }
});
