//! Configuration: `mtlint.toml` / `.mtlint.toml`, discovered by walking up from each file
//! (the closest wins), or named with `--config`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use globset::{Glob, GlobSet, GlobSetBuilder};
use serde::Deserialize;
use toml::Spanned;

use crate::diagnostic::Severity;
use crate::lexicon::{Lang, LangSet};
use crate::rules::{self, PerRule, RuleId, RuleOptions, RuleSet};

/// File names searched for, in order, in each folder.
pub const CONFIG_NAMES: [&str; 2] = ["mtlint.toml", ".mtlint.toml"];

/// Default size limit for one file (bytes).
pub const DEFAULT_MAX_FILE_SIZE: u64 = 256 * 1024 * 1024;

/// The resolved settings a file is linted with.
#[derive(Debug, Clone)]
pub struct Settings {
    /// The rules that run.
    pub enabled: RuleSet,
    /// Per rule: the severity reported.
    pub severity: PerRule<Severity>,
    /// Findings at or above this severity make `check` exit with 1.
    pub fail_on: Severity,
    pub unsafe_fixes: bool,
    pub langs: LangSet,
    /// Each rule's options (`[rules.<name>]`).
    pub options: RuleOptions,
    pub max_file_size: u64,
    /// Files matching these globs (relative to the config's folder) are not checked.
    pub exclude: Option<GlobSet>,
    /// Rules switched off for files matching a glob.
    pub per_file_ignores: Vec<(GlobSet, RuleSet)>,
    /// The folder globs are relative to, and the config file the settings came from.
    pub root: Option<PathBuf>,
    pub source: Option<PathBuf>,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            enabled: RuleSet::default_on(),
            severity: PerRule::from_fn(|id| id.meta().severity),
            fail_on: Severity::Warning,
            unsafe_fixes: false,
            langs: LangSet::ALL,
            options: RuleOptions::default(),
            max_file_size: DEFAULT_MAX_FILE_SIZE,
            exclude: None,
            per_file_ignores: Vec::new(),
            root: None,
            source: None,
        }
    }
}

/// A configuration problem, with the file and line it comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError {
    pub path: PathBuf,
    pub line: Option<usize>,
    pub message: String,
}

impl std::fmt::Display for ConfigError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{}: {}", self.path.display(), line, self.message),
            None => write!(f, "{}: {}", self.path.display(), self.message),
        }
    }
}

impl std::error::Error for ConfigError {}

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct FileConfig {
    select: Option<Vec<Spanned<String>>>,
    ignore: Option<Vec<Spanned<String>>>,
    exclude: Option<Vec<Spanned<String>>>,
    per_file_ignores: Option<BTreeMap<String, Spanned<Vec<Spanned<String>>>>>,
    severity: Option<BTreeMap<Spanned<String>, Spanned<String>>>,
    fail_on: Option<Spanned<String>>,
    unsafe_fixes: Option<bool>,
    source_languages: Option<Vec<Spanned<String>>>,
    max_file_size: Option<u64>,
    rules: Option<RuleOptions>,
}

fn line_of(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].matches('\n').count() + 1
}

/// Options given on the command line; they win over the configuration file.
#[derive(Debug, Clone, Default)]
pub struct Overrides {
    pub select: Option<Vec<String>>,
    pub ignore: Vec<String>,
    pub unsafe_fixes: bool,
    pub langs: Option<Vec<String>>,
    pub max_file_size: Option<u64>,
}

fn unknown_rule(name: &str) -> String {
    format!(
        "unknown rule `{name}` (known rules: {})",
        rules::names().join(", ")
    )
}

/// Validate a list of rule names given on the command line.
pub fn check_rule_names(names: &[String]) -> Result<(), String> {
    for n in names {
        if n != "ALL" && RuleId::from_name(n).is_none() {
            return Err(unknown_rule(n));
        }
    }
    Ok(())
}

/// Parse language codes, e.g. from `--source-lang fr,de`.
pub fn parse_langs(codes: &[String]) -> Result<LangSet, String> {
    let mut langs = Vec::new();
    for c in codes {
        match Lang::parse(c.trim()) {
            Some(l) => langs.push(l),
            None => {
                return Err(format!(
                    "unknown source language `{c}` (known: {})",
                    Lang::known_codes()
                ));
            }
        }
    }
    Ok(LangSet::from_langs(&langs))
}

/// Read and resolve a configuration file.
pub fn load(path: &Path, overrides: &Overrides) -> Result<Settings, ConfigError> {
    let text = std::fs::read_to_string(path).map_err(|e| ConfigError {
        path: path.to_path_buf(),
        line: None,
        message: format!("cannot read the configuration: {e}"),
    })?;
    let parent = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let root = std::fs::canonicalize(&parent).unwrap_or(parent);
    let mut settings = parse(&text, path, &root)?;
    settings.source = Some(path.to_path_buf());
    apply_overrides(&mut settings, overrides).map_err(|message| ConfigError {
        path: path.to_path_buf(),
        line: None,
        message,
    })?;
    Ok(settings)
}

/// Settings without any configuration file.
pub fn defaults(overrides: &Overrides) -> Result<Settings, String> {
    let mut settings = Settings::default();
    apply_overrides(&mut settings, overrides)?;
    Ok(settings)
}

fn apply_overrides(settings: &mut Settings, o: &Overrides) -> Result<(), String> {
    if let Some(select) = &o.select {
        check_rule_names(select)?;
        let all = select.iter().any(|s| s == "ALL");
        settings.enabled = if all {
            RuleSet::all()
        } else {
            select.iter().filter_map(|s| RuleId::from_name(s)).collect()
        };
    }
    check_rule_names(&o.ignore)?;
    for name in &o.ignore {
        if let Some(id) = RuleId::from_name(name) {
            settings.enabled.remove(id);
        }
    }
    if o.unsafe_fixes {
        settings.unsafe_fixes = true;
    }
    if let Some(langs) = &o.langs {
        settings.langs = parse_langs(langs)?;
    }
    if let Some(max) = o.max_file_size {
        check_max_file_size(max)?;
        settings.max_file_size = max;
    }
    Ok(())
}

/// The size limit cannot exceed what the document model addresses.
fn check_max_file_size(max: u64) -> Result<(), String> {
    let limit = crate::document::MAX_TEXT_LEN as u64;
    if max > limit {
        return Err(format!(
            "the size limit can be at most {limit} bytes (512 MiB), not {max}"
        ));
    }
    Ok(())
}

/// Parse configuration text (exposed for tests).
pub fn parse(text: &str, path: &Path, root: &Path) -> Result<Settings, ConfigError> {
    let p = Parser { text, path };
    let cfg: FileConfig = toml::from_str(text).map_err(|e| {
        let line = e.span().map(|s| line_of(text, s.start));
        p.err(line, e.message().trim().replace('\n', " "))
    })?;
    let mut s = Settings {
        root: Some(root.to_path_buf()),
        ..Settings::default()
    };
    p.rule_lists(&cfg, &mut s)?;
    if let Some(sev) = &cfg.severity {
        for (name, value) in sev {
            s.severity[p.rule_at(name)?] =
                p.severity(value, &format!("severity.{}", name.get_ref()))?;
        }
    }
    if let Some(fail_on) = &cfg.fail_on {
        s.fail_on = p.severity(fail_on, "fail-on")?;
    }
    if let Some(u) = cfg.unsafe_fixes {
        s.unsafe_fixes = u;
    }
    if let Some(langs) = &cfg.source_languages {
        s.langs = p.langs(langs)?;
    }
    if let Some(max) = cfg.max_file_size {
        check_max_file_size(max).map_err(|m| {
            let at = text.find("max-file-size").unwrap_or(0);
            p.err(Some(line_of(text, at)), format!("`max-file-size`: {m}"))
        })?;
        s.max_file_size = max;
    }
    p.globs(&cfg, &mut s)?;
    if let Some(options) = cfg.rules {
        s.options = options;
    }
    Ok(s)
}

/// The configuration text being parsed, for errors that name the file and the line.
struct Parser<'a> {
    text: &'a str,
    path: &'a Path,
}

impl Parser<'_> {
    fn err(&self, line: Option<usize>, message: String) -> ConfigError {
        ConfigError {
            path: self.path.to_path_buf(),
            line,
            message,
        }
    }

    fn err_at<T>(&self, value: &Spanned<T>, message: String) -> ConfigError {
        self.err(Some(line_of(self.text, value.span().start)), message)
    }

    fn rule_at(&self, name: &Spanned<String>) -> Result<RuleId, ConfigError> {
        RuleId::from_name(name.get_ref())
            .ok_or_else(|| self.err_at(name, unknown_rule(name.get_ref())))
    }

    /// `select` and `ignore`.
    fn rule_lists(&self, cfg: &FileConfig, s: &mut Settings) -> Result<(), ConfigError> {
        if let Some(select) = &cfg.select {
            let all = select.iter().any(|n| n.get_ref() == "ALL");
            let mut enabled = if all { RuleSet::all() } else { RuleSet::EMPTY };
            for n in select.iter().filter(|n| n.get_ref() != "ALL") {
                enabled.insert(self.rule_at(n)?);
            }
            s.enabled = enabled;
        }
        for n in cfg.ignore.iter().flatten() {
            s.enabled.remove(self.rule_at(n)?);
        }
        Ok(())
    }

    /// A severity value of the key `key`.
    fn severity(&self, value: &Spanned<String>, key: &str) -> Result<Severity, ConfigError> {
        Severity::parse(value.get_ref()).ok_or_else(|| {
            self.err_at(
                value,
                format!(
                    "`{key}`: unknown severity `{}` (use error, warning or info)",
                    value.get_ref()
                ),
            )
        })
    }

    fn langs(&self, langs: &[Spanned<String>]) -> Result<LangSet, ConfigError> {
        let mut v = Vec::new();
        for l in langs {
            v.push(Lang::parse(l.get_ref()).ok_or_else(|| {
                self.err_at(
                    l,
                    format!(
                        "`source-languages`: unknown language `{}` (known: {})",
                        l.get_ref(),
                        Lang::known_codes()
                    ),
                )
            })?);
        }
        Ok(LangSet::from_langs(&v))
    }

    fn glob(&self, pattern: &Spanned<String>) -> Result<Glob, ConfigError> {
        Glob::new(pattern.get_ref())
            .map_err(|e| self.err_at(pattern, format!("bad glob `{}`: {e}", pattern.get_ref())))
    }

    /// `exclude` and `per-file-ignores`.
    fn globs(&self, cfg: &FileConfig, s: &mut Settings) -> Result<(), ConfigError> {
        if let Some(exclude) = &cfg.exclude {
            let mut b = GlobSetBuilder::new();
            for p in exclude {
                b.add(self.glob(p)?);
            }
            let set = b
                .build()
                .map_err(|e| self.err(None, format!("bad `exclude`: {e}")))?;
            s.exclude = Some(set);
        }
        for (pattern, names) in cfg.per_file_ignores.iter().flatten() {
            let spanned_pattern = Spanned::new(names.span(), pattern.clone());
            let mut b = GlobSetBuilder::new();
            b.add(self.glob(&spanned_pattern)?);
            let set = b
                .build()
                .map_err(|e| self.err(None, format!("bad glob `{pattern}`: {e}")))?;
            let mut ignored = RuleSet::EMPTY;
            for n in names.get_ref() {
                ignored.insert(self.rule_at(n)?);
            }
            s.per_file_ignores.push((set, ignored));
        }
        Ok(())
    }
}

impl Settings {
    /// The path relative to the configuration's folder, for glob matching.
    fn relative<'p>(&self, path: &'p Path) -> &'p Path {
        match &self.root {
            Some(root) => path.strip_prefix(root).unwrap_or(path),
            None => path,
        }
    }

    /// Is this file excluded by the `exclude` setting?
    pub fn is_excluded(&self, path: &Path) -> bool {
        self.exclude
            .as_ref()
            .is_some_and(|set| set.is_match(self.relative(path)))
    }

    /// The settings for one file, with its `per-file-ignores` applied.
    pub fn for_file(&self, path: &Path) -> std::borrow::Cow<'_, Settings> {
        if self.per_file_ignores.is_empty() {
            return std::borrow::Cow::Borrowed(self);
        }
        let rel = self.relative(path);
        let mut owned: Option<Settings> = None;
        for (set, rules) in &self.per_file_ignores {
            if set.is_match(rel) {
                let s = owned.get_or_insert_with(|| self.clone());
                for r in rules.iter() {
                    s.enabled.remove(r);
                }
            }
        }
        match owned {
            Some(s) => std::borrow::Cow::Owned(s),
            None => std::borrow::Cow::Borrowed(self),
        }
    }
}

/// Find the closest configuration file for `path`, walking up from its folder.
pub fn discover(path: &Path) -> Option<PathBuf> {
    let start = if path.is_dir() {
        path.to_path_buf()
    } else {
        path.parent().map(Path::to_path_buf).unwrap_or_default()
    };
    let start = if start.as_os_str().is_empty() {
        PathBuf::from(".")
    } else {
        start
    };
    let abs = std::fs::canonicalize(&start).unwrap_or(start);
    let mut dir: Option<&Path> = Some(&abs);
    while let Some(d) = dir {
        for name in CONFIG_NAMES {
            let candidate = d.join(name);
            if candidate.is_file() {
                return Some(candidate);
            }
        }
        dir = d.parent();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(text: &str) -> Result<Settings, ConfigError> {
        parse(text, Path::new("mtlint.toml"), Path::new("."))
    }

    #[test]
    fn unknown_key_names_key_and_line() {
        let e = p("fail-on = \"error\"\nselec = [\"calque\"]\n").unwrap_err();
        assert_eq!(e.line, Some(2));
        assert!(e.message.contains("selec"), "{}", e.message);
        assert!(e.to_string().starts_with("mtlint.toml:2:"));
    }

    #[test]
    fn unknown_rule_is_an_error() {
        let e = p(&format!(
            "ignore = [\"{}\", \"no-such-rule\"]\n",
            RuleId::TenseShift
        ))
        .unwrap_err();
        assert!(e.message.contains("no-such-rule"));
        assert_eq!(e.line, Some(1));
    }

    #[test]
    fn unknown_rule_option_names_key_and_line() {
        for id in RuleId::ALL {
            let e = p(&format!(
                "fail-on = \"error\"\n[rules.{id}]\nno-such-key = 1\n"
            ))
            .unwrap_err();
            assert_eq!(e.line, Some(3), "{id}: {e}");
            assert!(e.message.contains("no-such-key"), "{id}: {}", e.message);
            assert!(e.to_string().starts_with("mtlint.toml:3:"), "{e}");
        }
        let e = p("[rules.no-such-rule]\nx = 1\n").unwrap_err();
        assert!(e.message.contains("no-such-rule"), "{}", e.message);
        assert_eq!(e.line, Some(1));
    }

    #[test]
    fn options_resolve() {
        let (off, info) = (RuleId::TenseShift, RuleId::Mojibake);
        let s = p(&format!("ignore = [\"{off}\"]\nfail-on = \"error\"\nsource-languages = [\"fr\"]\n[severity]\n{info} = \"info\"\n")).unwrap();
        assert!(!s.enabled.contains(off));
        assert_eq!(s.enabled.len(), RuleSet::default_on().len() - 1);
        assert_eq!(s.severity[info], Severity::Info);
        assert_eq!(s.fail_on, Severity::Error);
        assert!(s.langs.contains(Lang::Fr) && !s.langs.contains(Lang::De));
    }

    #[test]
    fn per_file_ignores_remove_rules() {
        let text = format!(
            "[per-file-ignores]\n\"a/*.md\" = [\"{}\"]\n",
            RuleId::TenseShift
        );
        let s = p(&text).unwrap();
        let off = s.for_file(Path::new("a/x.md"));
        assert_eq!(off.enabled.len(), s.enabled.len() - 1);
        assert_eq!(s.for_file(Path::new("b/x.md")).enabled, s.enabled);
    }
}
