//! The source tree keeps the shape the README's Architecture section describes: each
//! rule's name and options live in its own folder and the registry, and no source file
//! grows past 900 lines.

mod common;

use std::path::{Path, PathBuf};

use mtlint::rules::RULES;

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p);
        }
    }
}

fn sources() -> Vec<(PathBuf, String)> {
    let root = common::project();
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    files.push(root.join("build.rs"));
    files
        .into_iter()
        .map(|p| {
            let text = std::fs::read_to_string(&p).unwrap();
            (p.strip_prefix(&root).unwrap().to_path_buf(), text)
        })
        .collect()
}

#[test]
fn rule_names_appear_only_in_their_folder_and_the_registry() {
    let mut found = Vec::new();
    for rule in RULES {
        let name = rule.meta().name;
        let folder = PathBuf::from("src/rules").join(name.replace('-', "_"));
        let literal = format!("\"{name}\"");
        for (path, text) in sources() {
            if path.starts_with(&folder) {
                continue;
            }
            for (i, line) in text.lines().enumerate() {
                // The registry declaration: `Variant = "name" => module::Type, Options;`.
                let registry_line = path == Path::new("src/rules/mod.rs") && line.contains("=>");
                if line.contains(&literal) && !registry_line {
                    found.push(format!("{}:{}: {}", path.display(), i + 1, line.trim()));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "rule names as string literals outside their folder and the registry:\n{}",
        found.join("\n")
    );
}

#[test]
fn configuration_names_no_rule_option() {
    let config = std::fs::read_to_string(common::project().join("src/config.rs")).unwrap();
    for rule in RULES {
        let module = rule.meta().name.replace('-', "_");
        assert!(
            !config.contains(&format!("{module}::")),
            "src/config.rs reaches into the `{module}` rule"
        );
    }
    for option in ["canonical", "allow", "extra"] {
        assert!(
            !config.contains(&format!("{option}:")) && !config.contains(&format!(".{option}")),
            "src/config.rs handles the rule option `{option}`"
        );
    }
}

#[test]
fn no_source_file_is_over_900_lines() {
    let long: Vec<String> = sources()
        .into_iter()
        .filter(|(_, text)| text.lines().count() > 900)
        .map(|(p, text)| format!("{} ({} lines)", p.display(), text.lines().count()))
        .collect();
    assert!(long.is_empty(), "source files over 900 lines: {long:?}");
}
