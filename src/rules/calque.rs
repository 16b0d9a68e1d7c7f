//! `calque`: literal renderings of source-language idioms ("For his part,").

use crate::diagnostic::{Edit, Fix, Severity};
use crate::document::{Document, TokenKind};
use crate::lexicon::{self, push_lower_bytes};
use crate::rules::util::{capitalize, starts_uppercase};
use crate::rules::{Context, FixAvailability, Rule, RuleMeta};

pub struct CalqueRule;

static META: RuleMeta = RuleMeta {
    name: "calque",
    category: "words",
    default_on: true,
    severity: Severity::Warning,
    fix: FixAvailability::Always,
    summary: "A source-language idiom translated word for word.",
    what: "Phrases that render a French, German, Spanish, Italian or Portuguese idiom word for word, where an English writer would say something else: \"For his part,\" (pour sa part), \"assured that\" (a assuré que), \"the head of Japanese diplomacy\" (le chef de la diplomatie japonaise), \"the day after his election\" (au lendemain de). Each entry of the phrase lists in `src/lexicon/calques/` carries an idiomatic suggestion; `source-languages` chooses the lists.",
    why: "Machine translation keeps the source's structure when each word has a plausible English equivalent, so set phrases of the source language come out literally: grammatical, but not what an English news writer would write.",
    example: "For his part, the minister assured that the plan would go ahead.",
    use_instead: "Meanwhile, the minister said the plan would go ahead.",
    fix_safety: "Unsafe: replaces the phrase with the suggested wording, which a human should read in context.",
};

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

impl Rule for CalqueRule {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Document, ctx: &mut Context) {
        let table = lexicon::calques();
        if table.entries.is_empty() {
            return;
        }
        let langs = ctx.settings.langs;
        let text = doc.text;
        let mut lower: Vec<u8> = Vec::new();
        for block in &doc.blocks {
            let toks = doc.block_tokens(block);
            let mut k = 0;
            while k < toks.len() {
                let t = &toks[k];
                k += 1;
                if t.kind() != TokenKind::Word {
                    continue;
                }
                if !table.starts_with_word_ci(doc.token_text(t)) {
                    continue;
                }
                // Key: this word and the next one, lowercase.
                lower.clear();
                push_lower_bytes(&mut lower, doc.token_text(t));
                let start = t.start as usize;
                let next_word = toks[k..]
                    .iter()
                    .take(3)
                    .find(|n| n.kind() == TokenKind::Word);
                let found = match next_word {
                    Some(n) => {
                        let len = lower.len();
                        lower.push(b' ');
                        push_lower_bytes(&mut lower, doc.token_text(n));
                        let two = table.match_at(&lower, &text[start..block.end()], langs);
                        lower.truncate(len);
                        two.or_else(|| table.match_at(&lower, &text[start..block.end()], langs))
                    }
                    None => table.match_at(&lower, &text[start..block.end()], langs),
                };
                let Some((entry, len)) = found else {
                    continue;
                };
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
