//! Linting with every rule switched on: no panic, every span and edit on char
//! boundaries, inside the text.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = mtlint_fuzz::text_of(data);
    let text: &str = &text;
    let settings = mtlint_fuzz::all_rules();
    for format in mtlint_fuzz::FORMATS {
        let diagnostics = mtlint::lint(text, format, &settings);
        if let Err(e) = mtlint_fuzz::check_diagnostics(text, &diagnostics) {
            panic!("{format:?}: {e}");
        }
    }
});
