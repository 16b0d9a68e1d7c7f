//! `calque`: literal renderings of source-language idioms ("For his part,").

use crate::diagnostic::{Edit, Fix, Severity};
use crate::document::{BlockKind, Document, TokenKind};
use crate::lexicon::{Lang, push_lower};
use crate::rules::util::{capitalize, starts_uppercase};
use crate::rules::{Context, FixAvailability, Rule, RuleMeta};
use table::CalqueWord;

mod table;

pub struct CalqueRule;

static META: RuleMeta = RuleMeta {
    name: crate::rules::RuleId::Calque.name(),
    category: "words",
    default_on: true,
    large_working_set: false,
    severity: Severity::Warning,
    fix: FixAvailability::Sometimes,
    summary: "A source-language idiom translated word for word.",
    what: "Phrases that render a French, German, Spanish, Italian or Portuguese idiom word for word, where an English writer would say something else: \"For his part,\" (pour sa part), \"assured that\" (a assuré que), \"the head of Japanese diplomacy\" (le chef de la diplomatie japonaise), \"the day after his election\" (au lendemain de). Each entry of the phrase lists in `src/lexicon/calques/` (French, German, Spanish, Italian, Portuguese, Russian, Arabic, Persian, Chinese) carries an idiomatic suggestion; `source-languages` chooses the lists. Also a sentence that opens with a reporting verb and no subject (\"Ensures that the plan…\"), as Spanish, Italian and Portuguese may write it.",
    why: "Machine translation keeps the source's structure when each word has a plausible English equivalent, so set phrases of the source language come out literally: grammatical, but not what an English news writer would write.",
    example: "For his part, the minister assured that the plan would go ahead.",
    use_instead: "Meanwhile, the minister said the plan would go ahead.",
    fix_safety: "Unsafe: replaces the phrase with the suggested wording, which a human should read in context. A missing subject is shown, not applied: only the reader knows who is speaking.",
};

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

impl Rule for CalqueRule {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Document, ctx: &mut Context) {
        let subjectless = subjectless_reporting(doc, ctx);
        let table = table::calques();
        if table.entries.is_empty() {
            return;
        }
        let langs = ctx.settings.langs;
        let text = doc.text;
        // Lowercase forms of non-ASCII words (ASCII words are hashed and compared in
        // place), and the hash of the ASCII word last looked at as a second word, by its
        // token's span, for when it comes up as a first word.
        let (mut buf1, mut buf2) = (Vec::new(), Vec::new());
        let mut next_hash: Option<(u32, u32, u64)> = None;
        for block in &doc.blocks {
            let toks = doc.block_tokens(block);
            let mut k = 0;
            while k < toks.len() {
                let t = &toks[k];
                k += 1;
                if t.kind() != TokenKind::Word {
                    continue;
                }
                // Most words start no calque: settled on the bytes, before the text is
                // sliced for the word.
                if !table.may_start_with_bytes(&text.as_bytes()[t.range()]) {
                    continue;
                }
                let word_text = doc.token_text(t);
                let word = match next_hash {
                    Some((s, e, h)) if s == t.start && e == t.end() => {
                        CalqueWord::ascii(word_text, h)
                    }
                    _ => CalqueWord::at(text, t.range(), &mut buf1),
                };
                let Some(first) = table.first_word(word) else {
                    continue;
                };
                let start = t.start as usize;
                let next_word = toks[k..]
                    .iter()
                    .take(3)
                    .position(|n| n.kind() == TokenKind::Word);
                let two = next_word.and_then(|j| {
                    let n = &toks[k + j];
                    let next_text = doc.token_text(n);
                    // Most words that follow a first word start no pair: settled before
                    // the word is hashed.
                    if !table.may_follow(next_text) {
                        return None;
                    }
                    let second = CalqueWord::at(text, n.range(), &mut buf2);
                    next_hash = next_text
                        .is_ascii()
                        .then_some((n.start, n.end(), second.hash()));
                    table.two_word_key(word, second)
                });
                let found = two
                    .and_then(|key| table.match_key(key, &text[start..block.end()], langs))
                    .or_else(|| {
                        table
                            .one_word_key(first)
                            .and_then(|key| table.match_key(key, &text[start..block.end()], langs))
                    });
                let Some((entry, len)) = found else {
                    continue;
                };
                // Already reported as a missing subject ("Assures that …").
                if subjectless.binary_search(&start).is_ok() {
                    continue;
                }
                let end = start + len;
                let matched = &text[start..end];
                // English usage that contains a calque ("rest assured that"): consume it.
                if entry.suggestion == "=" {
                    while k < toks.len() && (toks[k].start as usize) < end {
                        k += 1;
                    }
                    continue;
                }
                // Whole words only.
                let last = matched.chars().next_back().unwrap_or(' ');
                let after = &text[end..];
                if is_word_char(last)
                    && (after.chars().next().is_some_and(is_word_char)
                        || after.starts_with("'s")
                        || after.starts_with("’s"))
                {
                    continue;
                }
                if doc.is_excluded(start..end) {
                    continue;
                }
                // Continue after the phrase.
                while k < toks.len() && (toks[k].start as usize) < end {
                    k += 1;
                }
                let capital = starts_uppercase(matched);
                let message = format!(
                    "“{matched}” renders the {} idiom “{}” word for word",
                    entry.lang.name(),
                    entry.source
                );
                let fix = if entry.suggestion.is_empty() {
                    // Delete the phrase and the space after it; re-capitalise the next word.
                    let mut del_end = end;
                    while text[del_end..].starts_with(' ') {
                        del_end += 1;
                    }
                    let mut edits = vec![Edit::delete(start, del_end)];
                    if capital
                        && let Some(c) = text[del_end..].chars().next()
                        && c.is_lowercase()
                    {
                        edits = vec![Edit::replace(
                            start,
                            del_end + c.len_utf8(),
                            c.to_uppercase().to_string(),
                        )];
                    }
                    Fix::unsafe_("delete the phrase", edits)
                } else {
                    let suggestion = if capital {
                        capitalize(entry.suggestion)
                    } else {
                        entry.suggestion.to_string()
                    };
                    Fix::unsafe_(
                        format!("write “{suggestion}”"),
                        vec![Edit::replace(start, end, suggestion.clone())],
                    )
                };
                let diag = ctx.diagnostic(start, end, message).with_fix(fix);
                ctx.report(diag);
            }
        }
    }
}

/// Reporting verbs in the third person whose bare `-s` form is not also a common plural
/// noun ("Notes that …", "States that …", "Claims that …" stay quiet).
const REPORTING_VERBS: &[&str] = &[
    "acknowledges",
    "adds",
    "admits",
    "affirms",
    "argues",
    "asserts",
    "assures",
    "believes",
    "clarifies",
    "confirms",
    "considers",
    "criticises",
    "criticizes",
    "declares",
    "denies",
    "denounces",
    "emphasises",
    "emphasizes",
    "ensures",
    "explains",
    "indicates",
    "insists",
    "laments",
    "maintains",
    "recalls",
    "recognises",
    "recognizes",
    "reiterates",
    "reveals",
    "says",
    "specifies",
    "stresses",
    "underlines",
    "warns",
];

/// A sentence that opens with a reporting verb and "that" but no subject ("Ensures that
/// the region will…", "Stresses that…"): Spanish, Italian and Portuguese drop a subject
/// the verb's ending shows, and machine translation keeps the gap. Running prose only:
/// list items and table cells are often written this way on purpose ("- Ensures that
/// the cache is warm").
///
/// Returns the start of each finding, in order.
fn subjectless_reporting(doc: &Document, ctx: &mut Context) -> Vec<usize> {
    let mut found = Vec::new();
    let langs = ctx.settings.langs;
    if ![Lang::Es, Lang::It, Lang::Pt]
        .into_iter()
        .any(|l| langs.contains(l))
    {
        return found;
    }
    let text = doc.text;
    let mut lower = String::new();
    for block in &doc.blocks {
        if !matches!(
            block.kind,
            BlockKind::Paragraph | BlockKind::Title | BlockKind::Heading(_)
        ) || block.quoted
        {
            continue;
        }
        for sentence in doc.block_sentences(block) {
            let toks = doc.sentence_tokens(sentence);
            let [verb, that, ..] = toks else {
                continue;
            };
            if verb.kind() != TokenKind::Word || that.kind() != TokenKind::Word {
                continue;
            }
            let word = doc.token_text(verb);
            // Capitalised, the rest lower case, and one space before "that".
            let mut chars = word.chars();
            if !chars.next().is_some_and(|c| c.is_ascii_uppercase())
                || !chars.all(|c| c.is_ascii_lowercase())
                || !word.ends_with('s')
                || &text[verb.end() as usize..that.start as usize] != " "
                || !doc.token_text(that).eq_ignore_ascii_case("that")
            {
                continue;
            }
            lower.clear();
            push_lower(&mut lower, word);
            if REPORTING_VERBS.binary_search(&lower.as_str()).is_err() {
                continue;
            }
            // A sentence, not a label: at least six words.
            if toks.iter().filter(|t| t.kind() == TokenKind::Word).count() < 6 {
                continue;
            }
            let (start, end) = (verb.start as usize, that.end() as usize);
            if doc.is_excluded(start..end) {
                continue;
            }
            let message = format!(
                "“{}” has no subject: Spanish, Italian and Portuguese leave it to the verb's ending, English needs it (“He {lower} that”, “The minister {lower} that”)",
                &text[start..end]
            );
            let fix = Fix::display_only(
                "name who is speaking",
                vec![Edit::replace(
                    start,
                    start + 1,
                    format!("He {}", &lower[..1]),
                )],
            );
            let diag = ctx.diagnostic(start, end, message).with_fix(fix);
            ctx.report(diag);
            found.push(start);
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Format, Settings};

    fn calques(text: &str) -> Vec<String> {
        crate::rules::found_by("calque", text, Format::Plain, &Settings::default())
    }

    #[test]
    fn reporting_verbs_are_sorted_for_binary_search() {
        assert!(REPORTING_VERBS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn a_sentence_without_its_subject_is_flagged_once() {
        let text = "The regional president spoke on Monday.\n\nAssures that the region will keep growing next year.\n";
        assert_eq!(calques(text), ["Assures that"]);
        let text =
            "The regional president spoke on Monday. Stresses that the plan is fair to everyone.\n";
        assert_eq!(calques(text), ["Stresses that"]);
    }

    #[test]
    fn subjects_nouns_lists_and_labels_stay_quiet() {
        for text in [
            "She stresses that the plan is fair to everyone.\n",
            "Notes that will make sense to readers go at the end of the page.\n",
            "Claims that the vote was rigged were never proved in any court.\n",
            "- Ensures that the cache is warm before the first request arrives.\n",
            "Ensures that it works.\n",
        ] {
            assert!(calques(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_capital_in_a_phrase_must_be_a_capital_in_the_text() {
        assert_eq!(
            calques("The PSOE and United We Can signed the pact on Monday.\n"),
            ["and United We Can"]
        );
        assert!(calques("Together, united we can do anything we set out to do.\n").is_empty());
    }
}
