//! The rule engine: one trait, one registry, one folder per rule.
//!
//! Each rule lives in `rules/<rule_name>/`: `mod.rs` with the rule, its [`RuleMeta`] and
//! its unit tests; its options type when it has options; its data files (`data/`, laid out
//! by `build.rs`) and their matchers when no other rule reads them. What several rules
//! share stays in `crate::lexicon` (languages, English word lists, keys) and `util`.
//!
//! Adding a rule is:
//! 1. a folder `rules/<rule_name>/` whose `mod.rs` defines the rule (a type implementing
//!    [`Rule`], its `RuleMeta` named `RuleId::<Variant>.name()`) and, if it has options,
//!    a `serde::Deserialize` + `Default` type with `#[serde(deny_unknown_fields)]`
//!    implementing [`Options`];
//! 2. one line in the `registry!` below (`Variant = "name" => module::Type, Options;`,
//!    [`NoOptions`] when it has none), which declares the module and gives it a
//!    [`RuleId`], its place in [`RULES`], its [`RuleSet`] bit, its severity setting and
//!    its `[rules.<name>]` table in [`RuleOptions`];
//! 3. one folder `corpus/<name>/` of examples it must flag and leave alone.
//!
//! `mtlint rules`, `mtlint rule NAME` and `mtlint config` are generated from the registry
//! and the metadata; so is the README's rule table (paste `mtlint rules --format
//! markdown`: a test checks that it matches).

use crate::config::Settings;
use crate::diagnostic::{Diagnostic, Severity};
use crate::document::Document;

mod registry;

pub(crate) mod util;

pub use registry::{NoOptions, Options, PerRule, RuleSet};

registry::registry! {
    InconsistentName = "inconsistent-name" => inconsistent_name::InconsistentName, inconsistent_name::NameOptions;
    DuplicateHeading = "duplicate-heading" => duplicate_heading::DuplicateHeading, NoOptions;
    GluedWords = "glued-words" => glued_words::GluedWords, glued_words::GluedOptions;
    RepeatedWord = "repeated-word" => repeated_word::RepeatedWord, NoOptions;
    WebBoilerplate = "web-boilerplate" => web_boilerplate::WebBoilerplate, web_boilerplate::BoilerplateOptions;
    SentenceFragment = "sentence-fragment" => sentence_fragment::SentenceFragment, NoOptions;
    Calque = "calque" => calque::CalqueRule, NoOptions;
    DuplicateParagraph = "duplicate-paragraph" => duplicate_paragraph::DuplicateParagraph, NoOptions;
    MixedQuotes = "mixed-quotes" => mixed_quotes::MixedQuotes, NoOptions;
    QuotePunctuation = "quote-punctuation" => quote_punctuation::QuotePunctuation, NoOptions;
    InvisibleCharacter = "invisible-character" => invisible_character::InvisibleCharacter, NoOptions;
    Mojibake = "mojibake" => mojibake::Mojibake, NoOptions;
    CaptionLeak = "caption-leak" => caption_leak::CaptionLeak, NoOptions;
    TenseShift = "tense-shift" => tense_shift::TenseShift, NoOptions;
    UnusedSuppression = "unused-suppression" => unused_suppression::UnusedSuppression, NoOptions;
    UntranslatedText = "untranslated-text" => untranslated_text::UntranslatedText, NoOptions;
    NumberFormat = "number-format" => number_format::NumberFormat, NoOptions;
}

/// Whether a rule can offer a fix.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FixAvailability {
    Always,
    Sometimes,
    Never,
}

impl FixAvailability {
    pub fn as_str(self) -> &'static str {
        match self {
            FixAvailability::Always => "always",
            FixAvailability::Sometimes => "sometimes",
            FixAvailability::Never => "never",
        }
    }
}

/// What a rule is, for users and for other programs.
#[derive(Debug)]
pub struct RuleMeta {
    /// Stable kebab-case name naming the bad pattern.
    pub name: &'static str,
    /// Family: names, structure, words, typography, encoding.
    pub category: &'static str,
    pub default_on: bool,
    /// The rule's working set grows with the article (an index of every name, hashes of
    /// every paragraph): on a large document the driver runs such rules one after the
    /// other so their working sets never add up.
    pub large_working_set: bool,
    pub severity: Severity,
    pub fix: FixAvailability,
    /// One line.
    pub summary: &'static str,
    /// What it finds.
    pub what: &'static str,
    /// Why machine translation (or scraping) produces it.
    pub why: &'static str,
    /// An excerpt the rule flags (tested).
    pub example: &'static str,
    /// The same excerpt written well: the rule stays quiet (tested).
    pub use_instead: &'static str,
    /// What the fix does and how far it can be trusted.
    pub fix_safety: &'static str,
}

/// Collects a rule's diagnostics.
pub struct Context<'s> {
    pub settings: &'s Settings,
    meta: &'static RuleMeta,
    diagnostics: &'s mut Vec<Diagnostic>,
}

impl<'s> Context<'s> {
    pub fn new(
        settings: &'s Settings,
        meta: &'static RuleMeta,
        diagnostics: &'s mut Vec<Diagnostic>,
    ) -> Context<'s> {
        Context {
            settings,
            meta,
            diagnostics,
        }
    }

    /// Report a diagnostic (the driver gives it the severity configured for the rule).
    pub fn report(&mut self, mut diagnostic: Diagnostic) {
        diagnostic.rule = self.meta.name;
        self.diagnostics.push(diagnostic);
    }

    pub fn diagnostic(&self, start: usize, end: usize, message: impl Into<String>) -> Diagnostic {
        Diagnostic::new(self.meta.name, start, end, message)
    }
}

/// A lint rule. Rules are stateless values in a static table, so files are linted in
/// parallel without locks.
pub trait Rule: Sync + Send {
    fn meta(&self) -> &'static RuleMeta;
    fn check(&self, doc: &Document, ctx: &mut Context);
}

/// Look a rule up by name.
pub fn find(name: &str) -> Option<&'static dyn Rule> {
    RuleId::from_name(name).map(RuleId::rule)
}

/// Every rule name, for error messages.
pub fn names() -> Vec<&'static str> {
    RuleId::ALL.iter().map(|id| id.name()).collect()
}

/// The rule's page, as `mtlint rule NAME` prints it (Markdown).
pub fn render_page(meta: &RuleMeta) -> String {
    format!(
        "# {name}\n\n{summary}\n\nCategory: {cat} · default: {on} · severity: {sev} · fix: {fix}\n\n## What it finds\n\n{what}\n\n## Why machine translation produces it\n\n{why}\n\n## Example\n\n{example}\n\n## Use instead\n\n{use_instead}\n\n## Fix safety\n\n{safety}\n",
        name = meta.name,
        summary = meta.summary,
        cat = meta.category,
        on = if meta.default_on { "on" } else { "off" },
        sev = meta.severity.as_str(),
        fix = meta.fix.as_str(),
        what = meta.what,
        why = meta.why,
        example = indent(meta.example),
        use_instead = indent(meta.use_instead),
        safety = meta.fix_safety,
    )
}

fn indent(s: &str) -> String {
    s.lines()
        .map(|l| format!("    {l}"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The text of each finding of `rule` in `text`, for the rules' unit tests.
#[cfg(test)]
pub(crate) fn found_by(
    rule: &str,
    text: &str,
    format: crate::Format,
    settings: &crate::Settings,
) -> Vec<String> {
    crate::lint(text, format, settings)
        .into_iter()
        .filter(|d| d.rule == rule)
        .map(|d| text[d.start()..d.end()].to_string())
        .collect()
}
