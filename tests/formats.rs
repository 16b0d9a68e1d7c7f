//! Output formats on the reference article: SARIF structure, GitHub workflow commands,
//! JSON and JSON lines carrying the same findings.

mod common;

use std::process::Command;

fn run(args: &[&str]) -> (Option<i32>, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_mtlint"))
        .args(args)
        .current_dir(common::project())
        .output()
        .unwrap();
    (out.status.code(), String::from_utf8(out.stdout).unwrap())
}

const SEED: &str = "corpus/seed/seed-article.txt";

#[test]
fn json_and_json_lines_agree() {
    let (_, json) = run(&["check", "--isolated", "--format", "json", SEED]);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let from_json: Vec<serde_json::Value> =
        v["files"][0]["diagnostics"].as_array().unwrap().clone();
    let (_, lines) = run(&["check", "--isolated", "--format", "json-lines", SEED]);
    let from_lines: Vec<serde_json::Value> = lines
        .lines()
        .map(|l| {
            let mut d: serde_json::Value = serde_json::from_str(l).unwrap();
            assert_eq!(d["path"], SEED);
            d.as_object_mut().unwrap().remove("path");
            d
        })
        .collect();
    assert!(!from_json.is_empty());
    assert_eq!(from_json, from_lines);
}

#[test]
fn sarif_has_the_required_structure() {
    let (code, out) = run(&["check", "--isolated", "--format", "sarif", SEED]);
    assert_eq!(code, Some(1));
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["version"], "2.1.0");
    assert!(v["$schema"].as_str().unwrap().contains("sarif-2.1.0"));
    let run = &v["runs"][0];
    let driver = &run["tool"]["driver"];
    assert_eq!(driver["name"], "mtlint");
    let rules = driver["rules"].as_array().unwrap();
    assert_eq!(rules.len(), mtlint::rules::RULES.len());
    for r in rules {
        assert!(r["id"].is_string() && r["shortDescription"]["text"].is_string());
        assert!(
            ["error", "warning", "note"]
                .contains(&r["defaultConfiguration"]["level"].as_str().unwrap())
        );
    }
    let results = run["results"].as_array().unwrap();
    assert!(!results.is_empty());
    for res in results {
        let id = res["ruleId"].as_str().unwrap();
        let idx = res["ruleIndex"].as_u64().unwrap() as usize;
        assert_eq!(rules[idx]["id"], id, "ruleIndex points at the rule");
        assert!(res["message"]["text"].is_string());
        assert!(["error", "warning", "note"].contains(&res["level"].as_str().unwrap()));
        let loc = &res["locations"][0]["physicalLocation"];
        assert_eq!(loc["artifactLocation"]["uri"], SEED);
        let region = &loc["region"];
        for key in ["startLine", "startColumn", "endLine", "endColumn"] {
            assert!(region[key].as_u64().unwrap() >= 1, "{key}");
        }
        if let Some(fixes) = res["fixes"].as_array() {
            for f in fixes {
                for change in f["artifactChanges"].as_array().unwrap() {
                    for rep in change["replacements"].as_array().unwrap() {
                        assert!(rep["deletedRegion"]["byteOffset"].is_u64());
                        assert!(rep["insertedContent"]["text"].is_string());
                    }
                }
            }
        }
    }
}

#[test]
fn github_lines_are_workflow_commands() {
    let (_, out) = run(&["check", "--isolated", "--format", "github", SEED]);
    let lines: Vec<&str> = out.lines().collect();
    assert!(!lines.is_empty());
    for l in lines {
        let (head, message) = l
            .split_once("::")
            .map(|(_, rest)| rest.split_once("::").unwrap())
            .unwrap();
        assert!(!message.is_empty());
        let (command, props) = head.split_once(' ').unwrap();
        assert!(["error", "warning", "notice"].contains(&command), "{l}");
        let keys: Vec<&str> = props
            .split(',')
            .map(|p| p.split_once('=').unwrap().0)
            .collect();
        assert_eq!(
            keys,
            vec!["file", "line", "col", "endLine", "endColumn", "title"],
            "{l}"
        );
        assert!(!message.contains('\n') && !message.contains('\r'));
    }
}

#[test]
fn statistics_and_exit_zero() {
    let (code, out) = run(&[
        "check",
        "--isolated",
        "--statistics",
        "--exit-zero",
        "--format",
        "concise",
        SEED,
    ]);
    assert_eq!(code, Some(0));
    assert!(
        out.lines().any(
            |l| l.contains("inconsistent-name") && l.trim_start().starts_with(char::is_numeric)
        ),
        "{out}"
    );
}

/// Every SARIF report mtlint writes is valid against the official SARIF 2.1.0 schema
/// (tests/data/sarif, copied unchanged): with findings and fixes, with no findings, and
/// with a file that could not be read (a tool execution notification).
#[test]
fn sarif_validates_against_the_official_schema() {
    let schema_path = common::project().join("tests/data/sarif/sarif-2.1.0-rtm.5.json");
    let mut schema: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(schema_path).unwrap()).unwrap();
    // The published schema has a pattern with a stray `]` (`language`, in two places), which
    // JavaScript tolerates and the Rust validator refuses as a regular expression; it is
    // mended here, in memory.
    fn mend(v: &mut serde_json::Value, mended: &mut usize) {
        match v {
            serde_json::Value::Object(map) => {
                for (key, value) in map.iter_mut() {
                    if key == "pattern" && value == "^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$" {
                        *value = "^[a-zA-Z]{2}(-[a-zA-Z]{2})?$".into();
                        *mended += 1;
                    } else {
                        mend(value, mended);
                    }
                }
            }
            serde_json::Value::Array(items) => items.iter_mut().for_each(|i| mend(i, mended)),
            _ => {}
        }
    }
    let mut mended = 0;
    mend(&mut schema, &mut mended);
    assert_eq!(mended, 2);
    let validator = jsonschema::draft4::new(&schema).expect("the schema compiles");

    let dir = tempfile::tempdir().unwrap();
    let clean = dir.path().join("clean.txt");
    std::fs::write(
        &clean,
        "The council met on Tuesday and approved the budget.\n",
    )
    .unwrap();
    let bad = dir.path().join("utf16.txt");
    std::fs::write(&bad, b"\xff\xfeT\x00h\x00e\x00\n\x00").unwrap();
    let cases: Vec<Vec<String>> = vec![
        vec![SEED.into()],
        vec!["corpus".into()],
        vec![clean.display().to_string()],
        vec![clean.display().to_string(), bad.display().to_string()],
    ];
    for paths in cases {
        let mut args = vec!["check", "--isolated", "--unsafe-fixes", "--format", "sarif"];
        args.extend(paths.iter().map(String::as_str));
        let (_, out) = run(&args);
        let report: serde_json::Value = serde_json::from_str(&out).unwrap();
        let errors: Vec<String> = validator
            .iter_errors(&report)
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .take(10)
            .collect();
        assert!(
            errors.is_empty(),
            "SARIF for {paths:?} is invalid:\n{}",
            errors.join("\n")
        );
    }
    // The schema is strict enough to notice a broken report.
    let (_, out) = run(&["check", "--isolated", "--format", "sarif", SEED]);
    let mut report: serde_json::Value = serde_json::from_str(&out).unwrap();
    report["runs"][0]["results"][0]["level"] = "fatal".into();
    assert!(!validator.is_valid(&report));
}
