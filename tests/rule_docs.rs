//! Every rule's documented example fires, and its "use instead" text stays quiet.

use mtlint::rules::{RULES, RuleId};
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

#[test]
fn readme_rule_table_is_the_generated_one() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_mtlint"))
        .args(["rules", "--format", "markdown"])
        .output()
        .expect("mtlint runs");
    assert!(out.status.success());
    let generated = String::from_utf8(out.stdout).expect("UTF-8");
    let header = generated.lines().next().expect("a header line");
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md"))
        .expect("README.md");
    let start = readme
        .find(&format!("\n{header}\n"))
        .map(|i| i + 1)
        .expect("the README has the rule table");
    let table: String = readme[start..]
        .lines()
        .take_while(|l| !l.trim().is_empty())
        .map(|l| format!("{l}\n"))
        .collect();
    assert_eq!(
        table, generated,
        "README.md's rule table differs from `mtlint rules --format markdown`: paste its output"
    );
}

#[test]
fn every_rule_has_a_page() {
    for &id in RuleId::ALL {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_mtlint"))
            .args(["rule", id.name()])
            .output()
            .expect("mtlint runs");
        assert!(out.status.success(), "{id}");
        let page = String::from_utf8(out.stdout).expect("UTF-8");
        assert_eq!(page, mtlint::rules::render_page(id.meta()), "{id}");
        assert!(page.starts_with(&format!("# {id}\n")), "{id}");
    }
}
