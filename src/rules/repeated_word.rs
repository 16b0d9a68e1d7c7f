//! `repeated-word`: the same word twice in a row ("the the").

use crate::diagnostic::{Edit, Fix, Severity};
use crate::document::{Document, TokenKind};
use crate::rules::util::{is_sentence_initial, starts_uppercase};
use crate::rules::{Context, FixAvailability, Rule, RuleMeta};

pub struct RepeatedWord;

/// Doublings that English grammar or idiom allows ("that that", "had had", "very very").
/// Particles double legitimately after phrasal verbs ("give in in the face of", "log on on
/// Monday").
const ALLOWED: &[&str] = &[
    "blah", "bye", "chop", "down", "ha", "had", "haha", "hey", "hip", "ho", "in", "knock", "la",
    "march", "no", "now", "off", "oh", "on", "out", "over", "really", "so", "that", "tick", "tut",
    "up", "very", "wait", "yada", "yeah", "yes",
];

static META: RuleMeta = RuleMeta {
    name: "repeated-word",
    category: "words",
    default_on: true,
    severity: Severity::Warning,
    fix: FixAvailability::Always,
    summary: "The same word twice in a row.",
    what: "A word immediately repeated, with only white space between the two copies (\"the the\", \"to to\"). Grammatical doublings (\"that that\", \"had had\") and reduplications (\"very very\", \"bye bye\") are allowed, and so are repeated capitalised names (\"Walla Walla\").",
    why: "Machine translation sometimes emits a word twice when two source words map to the same English word, and repetition loops in neural systems produce doubled tokens; a lost line break can also join two copies.",
    example: "The ministers met in the the capital on Wednesday.",
    use_instead: "The ministers met in the capital on Wednesday.",
    fix_safety: "Safe: deletes the second copy and the space before it; no other byte changes.",
};

impl Rule for RepeatedWord {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Document, ctx: &mut Context) {
        for block in &doc.blocks {
            let range = block.tokens.clone();
            for i in range.start + 1..range.end {
                let (a, b) = (&doc.tokens[i - 1], &doc.tokens[i]);
                if a.kind != TokenKind::Word || b.kind != TokenKind::Word || b.glued {
                    continue;
                }
                let (ta, tb) = (doc.token_text(a), doc.token_text(b));
                if ta.len() != tb.len()
                    || !ta.eq_ignore_ascii_case(tb) && ta.to_lowercase() != tb.to_lowercase()
                {
                    continue;
                }
                // Only white space between the two.
                let between = &doc.text[a.end as usize..b.start as usize];
                if !between
                    .chars()
                    .all(|c| c == ' ' || c == '\t' || c == '\u{a0}')
                {
                    continue;
                }
                let lower = ta.to_lowercase();
                if ALLOWED.binary_search(&lower.as_str()).is_ok() {
                    continue;
                }
                // Numbers-as-words and single letters ("A A battery" is rare; "I I" is a typo
                // but also roman numerals) stay quiet.
                if ta.chars().count() < 2 && lower != "a" {
                    continue;
                }
                // Capitalised repeats are names ("Walla Walla"), unless the first starts a
                // sentence and the word is a plain lowercase word ("The the").
                if starts_uppercase(tb)
                    && !(is_sentence_initial(doc, i - 1)
                        && crate::lexicon::english::contains(
                            crate::lexicon::english::STOPWORDS,
                            &lower,
                        ))
                {
                    continue;
                }
                let fix = Fix::safe(
                    format!("delete the second “{tb}”"),
                    vec![Edit::delete(a.end as usize, b.end as usize)],
                );
                let diag = ctx
                    .diagnostic(
                        a.start as usize,
                        b.end as usize,
                        format!("“{ta}” is repeated"),
                    )
                    .with_fix(fix);
                ctx.report(diag);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn allowed_is_sorted() {
        assert!(super::ALLOWED.windows(2).all(|w| w[0] < w[1]));
    }
}
