//! `calque`: literal renderings of source-language idioms ("For his part,").

use crate::diagnostic::{Edit, Fix, Severity};
use crate::document::Document;
use crate::lexicon;
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
        for block in &doc.blocks {
            let (bs, be) = (block.start, block.end);
            for m in table.automaton.find_iter(&text[bs..be]) {
                let (start, end) = (bs + m.start(), bs + m.end());
                let entry = &table.entries[table.pattern_entry[m.pattern().as_usize()]];
                if !langs.contains(entry.lang) {
                    continue;
                }
                let matched = &text[start..end];
                // Whole words only.
                let before = text[..start].chars().next_back();
                let after = text[end..].chars().next();
                let first = matched.chars().next().unwrap_or(' ');
                let last = matched.chars().next_back().unwrap_or(' ');
                if (is_word_char(first) && before.is_some_and(is_word_char))
                    || (is_word_char(last) && after.is_some_and(is_word_char))
                {
                    continue;
                }
                if doc.is_excluded(start..end) {
                    continue;
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
