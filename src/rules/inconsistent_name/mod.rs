//! `inconsistent-name`: one person, place or organisation spelled several ways.

//!
//! The rule's parts: [`collect`] finds the names and acronyms, [`words`] holds their
//! distinct spellings and word facts, [`compare`] decides which spellings are one name
//! and clusters them, [`report`] reports each cluster, and [`variants`] finds one word of
//! a name spelled two ways across mentions of different lengths.

use rustc_hash::{FxBuildHasher, FxHashMap};

use crate::diagnostic::Severity;
use crate::document::Document;
use crate::rules::{Context, FixAvailability, Rule, RuleMeta};

mod collect;
mod compare;
mod report;
mod transliterations;
mod variants;
mod words;

use words::{Forms, Mentions, Words};

pub struct InconsistentName;

/// `[rules.inconsistent-name]`.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NameOptions {
    /// The spellings to keep: the other spellings of these names are reported.
    #[serde(default)]
    pub canonical: Vec<String>,
}

impl crate::rules::Options for NameOptions {
    fn describe(&self) -> Vec<(&'static str, String)> {
        if self.canonical.is_empty() {
            return Vec::new();
        }
        vec![("canonical", self.canonical.join(", "))]
    }
}

static META: RuleMeta = RuleMeta {
    name: crate::rules::RuleId::InconsistentName.name(),
    category: "names",
    default_on: true,
    large_working_set: true,
    severity: Severity::Warning,
    fix: FixAvailability::Sometimes,
    summary: "One name spelled several ways in the same article.",
    what: "The same person, place or organisation spelled differently within one article: spelling and transliteration variants (\"Anthony Blinken\" / \"Antony Blinken\", \"Zelensky\" / \"Zelenskyy\"), missing or extra diacritics (\"Sanchez\" / \"Sánchez\"), look-alike letters from another script (a Cyrillic \"В\" in \"Вlinken\"), capitals inside a name (\"Joe Biden\" / \"Joe BIDEN\"), and acronym styles in the text (\"US\" / \"U.S.\"). Two different words are not variants: contractions (\"They'd\" / \"They're\"), a demonym and its place (\"Crimeans\" / \"Crimea\"), numbered names (\"FY2020\" / \"FY2021\"), a name written wholly in capitals (a dateline, a caption) against the same name in the text, and a headline's acronym style against the text's. With `[rules.inconsistent-name] canonical` set, the other spellings of a listed name are reported and fixed; otherwise the finding names every spelling and proposes no fix to apply, since both could be right.",
    why: "Each sentence is translated on its own, so a name can come out transliterated one way in one sentence and another way in the next; human editors of the source and of the translation also mix conventions, and a majority vote can pick the wrong one.",
    example: "Antony Blinken met his counterpart. Later, Anthony Blinken said the U.S. and Japan agreed, and the US would act.",
    use_instead: "Antony Blinken met his counterpart. Later, Antony Blinken said the US and Japan agreed, and the US would act.",
    fix_safety: "Unsafe, and only where the right spelling is known: listed in `canonical` in mtlint.toml, or the plain spelling against one with look-alike letters from another script. Otherwise the suggestion is shown and never applied: counting mentions can pick the wrong spelling (\"Anthony\" twice, \"Antony\" once).",
};

/// How many neighbours (in sorted order) a spelling is compared with, keeping the rule
/// linear in the number of names.
const WINDOW: usize = 8;

/// "Not yet looked up" / "none" for u32 ids.
const UNSET: u32 = u32::MAX;

impl Rule for InconsistentName {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Document, ctx: &mut Context) {
        let settings = ctx.settings;
        let canonical = &settings.options.inconsistent_name.canonical;
        let mut forms = Forms::for_document(doc);
        collect::collect(doc, &mut forms);
        if forms.forms.len() < 2 {
            return;
        }
        forms.add_canonical(canonical);
        let Forms {
            forms: all,
            toks,
            words,
            mentions,
            ..
        } = &mut forms;
        let mut parent = compare::cluster(all, toks, words);
        let mut reported = report::report_clusters(all, &mut parent, canonical, ctx);
        variants::word_variants(doc, mentions, words, &mut reported, canonical, ctx);
    }
}

impl<'a> Forms<'a> {
    /// Empty tables sized for an article (about one distinct capitalised word per 75
    /// bytes, one distinct name per 200), capped so a large file grows its tables as
    /// needed.
    fn for_document(doc: &Document) -> Forms<'a> {
        let n_words = (doc.text.len() / 64).clamp(16, 4096);
        let n_forms = n_words / 2;
        Forms {
            forms: Vec::with_capacity(n_forms),
            index: FxHashMap::with_capacity_and_hasher(n_forms, FxBuildHasher),
            toks: Vec::with_capacity(n_forms * 2),
            words: Words::with_capacity(n_words),
            mentions: Mentions::default(),
        }
    }

    /// Configured canonical spellings join as forms with no mention.
    fn add_canonical(&mut self, canonical: &'a [String]) {
        for canon in canonical {
            if self.index.contains_key(canon.as_str()) {
                continue;
            }
            if canon.split_whitespace().next().is_none() {
                continue;
            }
            let id = self.forms.len();
            let form = self.name_form(canon, canon.split_whitespace());
            self.forms.push(form);
            self.index.insert(canon, id as u32);
        }
    }
}

#[cfg(test)]
mod tests;
