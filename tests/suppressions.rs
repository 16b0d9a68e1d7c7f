//! Suppression comments and per-file ignores.

use mtlint::{Format, Settings};

fn rules(text: &str, format: Format) -> Vec<(usize, &'static str)> {
    mtlint::lint(text, format, &Settings::default())
        .into_iter()
        .map(|d| (text[..d.start()].matches('\n').count() + 1, d.rule))
        .collect()
}

#[test]
fn next_line_range_and_file_suppressions() {
    for format in [Format::Markdown, Format::Plain] {
        let text = "# Talks\n\n<!-- mtlint-disable-next-line repeated-word -->\nThey met in the the capital.\n\nThey met in the the port.\n";
        assert_eq!(
            rules(text, format),
            vec![(6, "repeated-word")],
            "{format:?}"
        );

        let text = "# Talks\n\n<!-- mtlint-disable repeated-word -->\n\nThey met in the the capital.\n\n<!-- mtlint-enable repeated-word -->\n\nThey met in the the port.\n";
        assert_eq!(
            rules(text, format),
            vec![(9, "repeated-word")],
            "{format:?}"
        );

        let text =
            "<!-- mtlint-disable-file repeated-word -->\n# Talks\n\nThey met in the the capital.\n";
        assert!(rules(text, format).is_empty(), "{format:?}");

        // Without a rule name: every rule.
        let text = "# Talks\n\n<!-- mtlint-disable-next-line -->\nThey met in the the capital.Then they left.\n";
        assert!(rules(text, format).is_empty(), "{format:?}");
    }
}

#[test]
fn unused_and_unknown_suppressions_are_reported() {
    let text =
        "# Talks\n\n<!-- mtlint-disable-next-line repeated-word -->\nThey met in the capital.\n";
    assert_eq!(
        rules(text, Format::Markdown),
        vec![(3, "unused-suppression")]
    );
    let fixed = mtlint::fix::fix_text(
        text,
        Format::Markdown,
        &Settings::default(),
        mtlint::Applicability::Safe,
    );
    assert_eq!(fixed.text, "# Talks\n\nThey met in the capital.\n");

    let text = "# Talks\n\n<!-- mtlint-disable-next-line repeated-wrod -->\nThey met in the the capital.\n";
    let found = mtlint::lint(text, Format::Markdown, &Settings::default());
    assert!(
        found
            .iter()
            .any(|d| d.rule == "unused-suppression" && d.message.contains("repeated-wrod"))
    );
    assert!(found.iter().any(|d| d.rule == "repeated-word"));
}

#[test]
fn per_file_ignores() {
    let cfg = "[per-file-ignores]\n\"archive/*.txt\" = [\"repeated-word\"]\n";
    let settings = mtlint::config::parse(
        cfg,
        std::path::Path::new("mtlint.toml"),
        std::path::Path::new("/site"),
    )
    .unwrap();
    let text = "Talks\n\nThey met in the the capital.\n";
    let archived = settings.for_file(std::path::Path::new("/site/archive/a.txt"));
    assert!(mtlint::lint(text, Format::Plain, &archived).is_empty());
    let current = settings.for_file(std::path::Path::new("/site/news/a.txt"));
    assert_eq!(mtlint::lint(text, Format::Plain, &current).len(), 1);
}
