//! `untranslated-text`: words, phrases or sentences left in the source language.
//!
//! Recognised without the source text, from what English does not have: function words
//! of French, German, Spanish, Italian and Portuguese that are not English words
//! (`data/` beside this file), elided articles ("l’expression", "dell’"), letters
//! English does not use (ä, ñ, ã…) and the inverted marks ¿ ¡. Three shapes are reported:
//!
//! - a **segment** (a sentence, or a line of one) whose words are mostly source-language
//!   words and which has next to no English function words;
//! - a **run** of consecutive source-language words inside an English sentence, with at
//!   least two function words that exist only in the source language ("… of Ci sto
//!   Lavoro …", "« nous sommes en guerre »");
//! - a single lowercase word spelled with a letter English never uses ("the länder");
//! - a single word, or a few in a row, that the word-frequency tables find far likelier in
//!   a source language than in English, which itself rarely uses it ("the Regierung
//!   decided", "apples et oranges"), in the languages of `lexicon::freq` (`lone.rs`);
//! - a phrase or sentence in another script (Cyrillic, Arabic, Chinese…), whatever the
//!   source language (`script.rs`).
//!
//! Names stay quiet: capitalised words inside a sentence are taken for names, and a
//! function word inside a name ("von der Leyen", "Alternative für Deutschland", "Banco
//! de España") is a particle, not evidence. Established loans ("coup d'état", "per se",
//! "déjà vu") are listed and stay quiet; so do foreign words given with an English gloss
//! in brackets and quoted titles.//!
//! Files: `fast.rs` the evidence pass that settles most segments cheaply, `words.rs` what
//! is known of each word, `judge.rs` the decision on a segment, `lone.rs` single words
//! judged on frequencies, `script.rs` other scripts, `lists.rs` the word lists of `data/`.

mod fast;
mod judge;
mod lists;
mod lone;
mod script;
#[cfg(test)]
mod tests;
mod words;

use lists::untranslated;

use crate::diagnostic::Severity;
use crate::document::Document;
use crate::lexicon::Lang;
use crate::rules::{Context, FixAvailability, Rule, RuleMeta};

pub struct UntranslatedText;

static META: RuleMeta = RuleMeta {
    name: crate::rules::RuleId::UntranslatedText.name(),
    category: "words",
    default_on: true,
    large_working_set: false,
    severity: Severity::Warning,
    fix: FixAvailability::Never,
    summary: "Words or sentences left in the source language.",
    what: "Text that machine translation left in French, German, Spanish, Italian or Portuguese: a whole sentence or line (\"Le chef de l'État y assistera.\"), a run of words inside an English sentence (\"the adolescents of Ci sto Lavoro\"), a lowercase word spelled with letters English does not use (\"the länder\"), or a phrase or sentence in another script (Cyrillic, Arabic, Chinese…). It is recognised without the source text, from function words that do not exist in English, elided articles (l', dell'), letters such as ä, ñ and ã, and the marks ¿ and ¡. Names (\"Charles de Gaulle\", \"Banco de España\", \"Le Monde\"), quoted titles, words glossed in brackets and established loans (\"coup d'état\", \"raison d'être\", \"déjà vu\", \"per se\", \"Realpolitik\") stay quiet, and so do a name or word in its own script (\"Moscow (Москва)\") and a phrase glossed in brackets. `source-languages` chooses the Latin-alphabet languages looked for; text in other scripts is reported whatever the source.",
    why: "Translation engines pass through what they take for a name, a quotation or a title, and scrapers mix the original page's kicker, headline or teaser with the translated body, so source-language headlines, kickers and whole sentences end up in the English article.",
    example: "The minister will attend the ceremony. Le chef de l'État y assistera, mais sans prendre la parole.",
    use_instead: "The minister will attend the ceremony. The head of state will attend it but will not speak.",
    fix_safety: "No fix: the passage needs translating, which only a person (or the source text) can do.",
};

impl Rule for UntranslatedText {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Document, ctx: &mut Context) {
        script::report(doc, ctx);
        let langs: Vec<Lang> = Lang::LATIN_SOURCES
            .into_iter()
            .filter(|&l| ctx.settings.langs.contains(l))
            .collect();
        let lone_langs = lone::FreqLangs::from_settings(ctx.settings.langs);
        let lex = untranslated();
        let mut findings: Vec<Finding> = Vec::new();
        let mut words: Vec<words::Word> = Vec::new();
        let mut seen: Vec<lone::Seen> = Vec::new();
        let mut segs: Vec<std::ops::Range<usize>> = Vec::new();
        for (bi, block) in doc.blocks.iter().enumerate() {
            for sentence in doc.block_sentences(block) {
                let before = findings.len();
                segments(doc, sentence.tokens(), &mut segs);
                for seg in segs.iter().cloned() {
                    let from = findings.len();
                    // Most segments hold no evidence for the lists at all: settled
                    // without building their words.
                    if !langs.is_empty() && fast::has_evidence(doc, lex, seg.clone()) {
                        words.clear();
                        let inverted =
                            words::collect_words(doc, lex, seg.clone(), &mut words);
                        if !words.is_empty() {
                            judge::check_segment(
                                doc,
                                lex,
                                &langs,
                                bi,
                                seg.clone(),
                                &mut words,
                                inverted,
                                &mut findings,
                            );
                        }
                    }
                    lone::check(
                        doc,
                        lex,
                        lone_langs,
                        bi,
                        seg,
                        &mut seen,
                        &mut findings,
                        from,
                    );
                }
                // Page furniture in the source language ("Lire aussi : …") is
                // web-boilerplate's, not ours.
                if findings.len() > before
                    && (crate::rules::web_boilerplate::is_furniture(ctx.settings, doc.block_text(block))
                        || crate::rules::web_boilerplate::is_furniture(ctx.settings, doc.sentence_text(sentence)))
                {
                    findings.truncate(before);
                }
            }
        }
        findings.sort_by_key(|f| (f.start, f.end));
        // One finding for consecutive flagged segments of a block in the same language.
        let mut merged: Vec<Finding> = Vec::new();
        for f in findings {
            if let Some(last) = merged.last_mut()
                && f.whole
                && last.whole
                && last.block == f.block
                && last.lang == f.lang
                && doc.text[last.end..f.start].trim().is_empty()
            {
                last.end = f.end;
                continue;
            }
            merged.push(f);
        }
        for f in merged {
            let quoted = excerpt(&doc.text[f.start..f.end]);
            let message = format!("“{quoted}” looks untranslated ({})", f.lang);
            let diag = ctx.diagnostic(f.start, f.end, message);
            ctx.report(diag);
        }
    }
}

struct Finding {
    start: usize,
    end: usize,
    /// The language's name, for the message.
    lang: &'static str,
    block: usize,
    /// A whole segment (sentence or line), not a run inside one.
    whole: bool,
}

/// A sentence's token range split at line breaks (a heading or kicker on its own line),
/// into `out` (cleared first).
fn segments(doc: &Document, range: std::ops::Range<usize>, out: &mut Vec<std::ops::Range<usize>>) {
    out.clear();
    // Most sentences stand on one line: one search over the sentence settles it.
    if range.is_empty() {
        return;
    }
    if let (Some(first), Some(last)) = (doc.tokens.get(range.start), range.end.checked_sub(1))
        && memchr::memchr(
            b'\n',
            &doc.text.as_bytes()[first.start as usize..doc.tokens[last].end() as usize],
        )
        .is_none()
    {
        out.push(range);
        return;
    }
    let mut start = range.start;
    for i in range.start + 1..range.end {
        let gap = &doc.text[doc.tokens[i - 1].end() as usize..doc.tokens[i].start as usize];
        if gap.contains('\n') {
            out.push(start..i);
            start = i;
        }
    }
    if start < range.end {
        out.push(start..range.end);
    }
}

/// The start of a long passage, for the message.
pub(super) fn excerpt(s: &str) -> String {
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if s.chars().count() <= 60 {
        return s;
    }
    let cut: String = s.chars().take(57).collect();
    let cut = match cut.rfind(' ') {
        Some(p) if p > 30 => cut[..p].to_string(),
        _ => cut,
    };
    format!("{cut}…")
}

