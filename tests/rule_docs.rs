//! Every rule's documented example fires, and its "use instead" text stays quiet.

use mtlint::rules::RULES;
use mtlint::{Format, Settings};

#[test]
fn examples_fire_and_use_instead_is_quiet() {
    let settings = Settings::default();
    for rule in RULES {
        let meta = rule.meta();
        let example = mtlint::lint(meta.example, Format::Plain, &settings);
        assert!(
            example.iter().any(|d| d.rule == meta.name),
            "{}: its example does not fire: {:?}",
            meta.name,
            example
        );
        let fine = mtlint::lint(meta.use_instead, Format::Plain, &settings);
        assert!(
            fine.is_empty(),
            "{}: its \"use instead\" text is not clean: {:?}",
            meta.name,
            fine
        );
        for field in [meta.summary, meta.what, meta.why, meta.fix_safety] {
            assert!(
                !field.trim().is_empty(),
                "{}: empty documentation field",
                meta.name
            );
        }
    }
}

#[test]
fn rule_names_are_unique_kebab_case() {
    let mut names: Vec<&str> = RULES.iter().map(|r| r.meta().name).collect();
    for n in &names {
        assert!(n.chars().all(|c| c.is_ascii_lowercase() || c == '-'), "{n}");
    }
    names.sort();
    let before = names.len();
    names.dedup();
    assert_eq!(before, names.len());
}
