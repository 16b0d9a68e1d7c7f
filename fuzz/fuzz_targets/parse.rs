//! Document parsing of plain text and Markdown: no panic, and every span of the model
//! lies inside the text, on char boundaries, with consistent index ranges.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = mtlint_fuzz::text_of(data);
    let text: &str = &text;
    for format in mtlint_fuzz::FORMATS {
        let doc = mtlint::Document::parse(text, format);
        if let Err(e) = mtlint_fuzz::check_document(&doc) {
            panic!("{format:?}: {e}");
        }
    }
});
