//! The rule engine: one trait, one static registry, one file per rule.
//!
//! Adding a rule touches three places: its file here, one line in [`RULES`], and its
//! folder in `corpus/`. `mtlint rules`, `mtlint rule NAME` and the README table are all
//! generated from the metadata below.

use crate::config::Settings;
use crate::diagnostic::{Diagnostic, Severity};
use crate::document::Document;

mod calque;
mod caption_leak;
mod duplicate_heading;
mod duplicate_paragraph;
mod glued_words;
mod inconsistent_name;
mod invisible_character;
mod mixed_quotes;
mod mojibake;
mod number_format;
mod quote_punctuation;
mod repeated_word;
mod sentence_fragment;
mod tense_shift;
mod untranslated_script;
mod untranslated_text;
mod unused_suppression;
mod web_boilerplate;

pub(crate) mod util;

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

    /// Report a diagnostic for `start..end` with the rule's default severity.
    pub fn report(&mut self, mut diagnostic: Diagnostic) {
        diagnostic.rule = self.meta.name;
        diagnostic.severity = self.meta.severity;
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

/// Every rule, in the order `mtlint rules` lists them.
pub static RULES: &[&dyn Rule] = &[
    &inconsistent_name::InconsistentName,
    &duplicate_heading::DuplicateHeading,
    &glued_words::GluedWords,
    &repeated_word::RepeatedWord,
    &web_boilerplate::WebBoilerplate,
    &sentence_fragment::SentenceFragment,
    &calque::CalqueRule,
    &duplicate_paragraph::DuplicateParagraph,
    &mixed_quotes::MixedQuotes,
    &quote_punctuation::QuotePunctuation,
    &invisible_character::InvisibleCharacter,
    &mojibake::Mojibake,
    &caption_leak::CaptionLeak,
    &tense_shift::TenseShift,
    &unused_suppression::UnusedSuppression,
    &untranslated_text::UntranslatedText,
    &number_format::NumberFormat,
];

/// Look a rule up by name.
pub fn find(name: &str) -> Option<&'static dyn Rule> {
    RULES.iter().copied().find(|r| r.meta().name == name)
}

/// Every rule name, for error messages.
pub fn names() -> Vec<&'static str> {
    RULES.iter().map(|r| r.meta().name).collect()
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
