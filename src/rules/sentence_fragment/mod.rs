//! `sentence-fragment`: a stray piece left by a wrong sentence split.

use crate::diagnostic::{Edit, Fix, Severity};
use crate::document::{BlockKind, Document, Sentence, Token, TokenKind};
use crate::lexicon::{self, english};
use crate::rules::util::decapitalize;
use crate::rules::{Context, FixAvailability, Rule, RuleMeta};

pub struct SentenceFragment;

static META: RuleMeta = RuleMeta {
    name: crate::rules::RuleId::SentenceFragment.name(),
    category: "structure",
    default_on: true,
    large_working_set: false,
    severity: Severity::Warning,
    fix: FixAvailability::Sometimes,
    summary: "A stray verbless fragment or lone full stop left by a wrong sentence split.",
    what: "Four signatures of a sentence split in the wrong place: a short verbless fragment after a sentence that ends on a word that cannot end one (\"… the US and Japanese. Security leaders.\"); a full stop followed by a clause that starts in lower case (\"… by the end of the year. that we have committed to.\"); a lone full stop standing after a finished sentence (\"… our nations. . And …\"); and a short verbless phrase cut off by a line break, its sentence going on under it with a capital (\"… the journalists. After the elections⏎A few weeks earlier he …\").",
    why: "Machine translation works sentence by sentence. When the segmenter breaks a source sentence in the middle (at an abbreviation, a line break in the page, a quotation mark), each half is translated on its own and the seam stays visible as a fragment or a doubled stop.",
    example: "He met his Japanese counterpart and the US and Japanese. Security leaders.",
    use_instead: "He met his Japanese counterpart and the US and Japanese security leaders.",
    fix_safety: "Unsafe: rejoins the fragment to the sentence before it (or removes the lone full stop); a human should read the result.",
};

/// Words after which a full stop does not end a sentence even though a lower-case word
/// follows (abbreviations found in running text).
const ABBREVIATED: &[&str] = &[
    "al", "approx", "ca", "cf", "dept", "e.g", "eq", "etc", "excl", "ft", "hr", "hrs", "i.e",
    "ibid", "incl", "lb", "lbs", "max", "min", "oz", "sec", "ver", "viz", "yr", "yrs",
];

/// Relative pronouns: a clause they open depends on the sentence before it.
const RELATIVES: &[&str] = &[
    "that", "which", "who", "whom", "whose", "whereby", "wherein",
];

/// Articles and demonstratives: a noun phrase opened in lower case after a full stop is
/// the rest of a sentence cut in two, not a typing slip at a sentence start.
const DETERMINERS: &[&str] = &["a", "an", "the", "these", "this", "those"];

fn has_finite_verb(doc: &Document, toks: &[Token]) -> bool {
    toks.iter().any(|t| {
        if t.kind() != TokenKind::Word {
            return false;
        }
        let word = doc.token_text(t);
        if !word.is_ascii() {
            let w = word.to_lowercase();
            return english::contains(english::FINITE_VERBS, &w)
                || (w.len() > 4 && w.ends_with("ed"))
                || w.ends_with("n't")
                || w.ends_with("n’t");
        }
        // ASCII: lowercasing keeps the length, so test the ending in place.
        let ends = |suffix: &str| {
            word.len() >= suffix.len()
                && word.as_bytes()[word.len() - suffix.len()..]
                    .eq_ignore_ascii_case(suffix.as_bytes())
        };
        english::contains(english::FINITE_VERBS, word)
            || (word.len() > 4 && ends("ed"))
            || ends("n't")
    })
}

fn words<'d>(doc: &'d Document, s: &Sentence) -> Vec<&'d str> {
    doc.sentence_tokens(s)
        .iter()
        .filter(|t| t.kind() == TokenKind::Word)
        .map(|t| doc.token_text(t))
        .collect()
}

impl Rule for SentenceFragment {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Document, ctx: &mut Context) {
        for block in &doc.blocks {
            if block.kind != BlockKind::Paragraph || block.quoted {
                continue;
            }
            let sentences = doc.block_sentences(block);
            for (k, s) in sentences.iter().enumerate() {
                let toks = doc.sentence_tokens(s);
                // (1) A lone full stop: a "sentence" of punctuation only, after a sentence.
                if k > 0
                    && toks.iter().all(|t| t.kind() == TokenKind::Punct)
                    && toks.iter().filter(|t| doc.token_text(t) == ".").count() == 1
                    && !toks[0].glued()
                {
                    let prev_end = sentences[k - 1].end();
                    let fix = Fix::unsafe_(
                        "remove the stray full stop",
                        vec![Edit::delete(prev_end, s.end())],
                    );
                    let diag = ctx
                        .diagnostic(
                            s.start(),
                            s.end(),
                            "a lone full stop left by a wrong sentence split",
                        )
                        .with_fix(fix);
                    ctx.report(diag);
                    continue;
                }
                // (2) A full stop followed by a lower-case clause inside the sentence.
                self.lowercase_after_stop(doc, s, ctx);
                // (3) A short verbless fragment after a sentence ending on a dangling word.
                if k == 0 {
                    continue;
                }
                // (4) A verbless fragment cut off by a line break, the sentence it belongs
                // to going on under it with a capital.
                if self.fragment_before_line_break(doc, &sentences[k - 1], s, ctx) {
                    continue;
                }
                // At most five words (counted before collecting them).
                let n = toks
                    .iter()
                    .filter(|t| t.kind() == TokenKind::Word)
                    .take(6)
                    .count();
                if n == 0 || n > 5 {
                    continue;
                }
                let w = words(doc, s);
                let last = toks.last().map(|t| doc.token_text(t));
                if last != Some(".") || has_finite_verb(doc, toks) {
                    continue;
                }
                let first = w[0];
                let first_lower = first.to_lowercase();
                if !first.chars().next().is_some_and(char::is_uppercase)
                    || !lexicon::is_english_word(&first_lower)
                    || english::contains(english::STOPWORDS, &first_lower)
                    || lexicon::is_dictionary_name(first)
                {
                    continue;
                }
                // Every word of the fragment is an ordinary lowercase word after the first.
                if w[1..]
                    .iter()
                    .any(|x| x.chars().next().is_some_and(char::is_uppercase))
                {
                    continue;
                }
                let prev = &sentences[k - 1];
                let prev_toks = doc.sentence_tokens(prev);
                if prev_toks.len() < 3 {
                    continue;
                }
                let n = prev_toks.len();
                if doc.token_text(&prev_toks[n - 1]) != "." {
                    continue;
                }
                let prev_last = &prev_toks[n - 2];
                if prev_last.kind() != TokenKind::Word {
                    continue;
                }
                let pl = doc.token_text(prev_last).to_lowercase();
                if !(english::contains(english::DANGLING_ENDINGS, &pl)
                    || english::contains(english::NATIONALITIES, &pl))
                {
                    continue;
                }
                let stop = &prev_toks[n - 1];
                let first_tok = toks
                    .iter()
                    .find(|t| t.kind() == TokenKind::Word)
                    .expect("fragment has a word");
                let replacement = format!(" {}", decapitalize(doc.token_text(first_tok)));
                let fix = Fix::unsafe_(
                    "join the fragment to the previous sentence",
                    vec![Edit::replace(
                        stop.start as usize,
                        first_tok.end() as usize,
                        replacement,
                    )],
                );
                let diag = ctx
                    .diagnostic(
                        s.start(),
                        s.end(),
                        format!(
                            "“{}” is a verbless fragment split off the sentence before it",
                            doc.sentence_text(s)
                        ),
                    )
                    .with_fix(fix);
                ctx.report(diag);
            }
        }
    }
}

/// Capitalised words that open a sentence and, followed by a lower-case word, never
/// continue one: seen after a line break in the middle of a sentence, they show the
/// line before was a piece of a sentence, not the start of this one.
const CLAUSE_OPENERS: &[&str] = &[
    "A", "An", "He", "It", "She", "The", "There", "These", "They", "This", "Those", "We",
];

impl SentenceFragment {
    /// "… not to the journalists. After the European elections⏎A few weeks earlier he …":
    /// the sentence's first line is a short verbless phrase (two to six words, the first
    /// capitalised, not ending on a word that needs another after it), the sentence before
    /// it in the paragraph is finished, and the next line starts with a sentence opener
    /// followed by a lower-case word. Reports the phrase, with a fix that joins it to the
    /// line under it.
    fn fragment_before_line_break(
        &self,
        doc: &Document,
        prev: &Sentence,
        s: &Sentence,
        ctx: &mut Context,
    ) -> bool {
        let text = doc.sentence_text(s);
        let Some(nl) = text.find('\n') else {
            return false;
        };
        let nl = s.start() + nl;
        let prev_toks = doc.sentence_tokens(prev);
        if !prev_toks
            .last()
            .is_some_and(|t| matches!(doc.token_text(t), "." | "!" | "?"))
        {
            return false;
        }
        let toks = doc.sentence_tokens(s);
        let split = toks.partition_point(|t| (t.start as usize) < nl);
        let (head, tail) = toks.split_at(split);
        if head.len() < 2
            || head.len() > 6
            || head.iter().any(|t| t.kind() != TokenKind::Word)
            || tail.len() < 2
        {
            return false;
        }
        let first = doc.token_text(&head[0]);
        let last = doc.token_text(&head[head.len() - 1]).to_lowercase();
        let opener = doc.token_text(&tail[0]);
        let after = doc.token_text(&tail[1]);
        if !first.chars().next().is_some_and(char::is_uppercase)
            || english::contains(english::DANGLING_ENDINGS, &last)
            || english::contains(english::STOPWORDS, &last)
            || !CLAUSE_OPENERS.contains(&opener)
            || tail[1].kind() != TokenKind::Word
            || !after.chars().next().is_some_and(char::is_lowercase)
        {
            return false;
        }
        // The line under it goes on as a clause with a verb (a sign-off such as "Best
        // wishes⏎The organising team" is two labels, not a sentence cut in two).
        if has_finite_verb(doc, head) || !has_finite_verb(doc, tail) {
            return false;
        }
        let end = head[head.len() - 1].end() as usize;
        let fix = Fix::unsafe_(
            "join the fragment to the line under it",
            vec![Edit::replace(
                end,
                tail[0].end() as usize,
                format!(" {}", decapitalize(opener)),
            )],
        );
        let diag = ctx
            .diagnostic(
                s.start(),
                end,
                format!(
                    "“{}” is a verbless fragment cut off by a line break",
                    &doc.text[s.start()..end]
                ),
            )
            .with_fix(fix);
        ctx.report(diag);
        true
    }

    fn lowercase_after_stop(&self, doc: &Document, s: &Sentence, ctx: &mut Context) {
        let toks = doc.sentence_tokens(s);
        for j in 1..toks.len().saturating_sub(1) {
            let t = &toks[j];
            if t.kind() != TokenKind::Punct || doc.token_text(t) != "." {
                continue;
            }
            let next = &toks[j + 1];
            if next.glued() || next.kind() != TokenKind::Word {
                continue;
            }
            let nt = doc.token_text(next);
            // Only words that cannot open an independent clause: people start sentences in
            // lower case by accident ("and …", "i …"), but a relative clause after a full
            // stop is a sentence cut in two.
            if !RELATIVES.contains(&nt) && !DETERMINERS.contains(&nt) {
                continue;
            }
            let prev = &toks[j - 1];
            // The stop must touch the word before it, and only white space may follow it
            // (no URL or code in between).
            if !t.glued()
                || prev.kind() != TokenKind::Word
                || prev.end() != t.start
                || !doc.text[t.end() as usize..next.start as usize]
                    .trim()
                    .is_empty()
                || toks.len() - j < 5
            {
                continue;
            }
            let pt = doc.token_text(prev);
            let pl = pt.to_lowercase();
            // The word before the stop: an English word, or a name ("… in Ghent.").
            let name = pt.chars().next().is_some_and(char::is_uppercase)
                && pt.chars().skip(1).all(char::is_lowercase);
            if pt.chars().count() <= 2
                || crate::document::is_abbreviation(pt)
                || ABBREVIATED.binary_search(&pl.as_str()).is_ok()
                || !(lexicon::is_english_word(&pl) || name)
            {
                continue;
            }
            // A dotted chain ("e.g. this") or an ellipsis.
            if j >= 2 && toks[j - 1].glued() && doc.token_text(&toks[j - 2]) == "." {
                continue;
            }
            // The clause runs to the end of the sentence.
            let start = next.start as usize;
            let diag = ctx.diagnostic(
                start,
                s.end(),
                format!("“{nt} …” starts in lower case after a full stop: a sentence split in the wrong place"),
            );
            ctx.report(diag);
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    fn fragments(text: &str, format: crate::Format) -> Vec<String> {
        crate::rules::found_by(
            "sentence-fragment",
            text,
            format,
            &crate::Settings::default(),
        )
    }

    #[test]
    fn fragment_cut_off_by_a_line_break() {
        let long = "The council approved the plan on Monday by a wide margin after two years.";
        for format in [crate::Format::Plain, crate::Format::Markdown] {
            let t = format!("{long} Before the summer recess\nThe mayor had promised a vote.\n");
            assert_eq!(fragments(&t, format), vec!["Before the summer recess"]);
            // Ends on a preposition, has a verb, too long, a title after the break, the
            // first sentence of the paragraph, a lower-case word after the break.
            for quiet in [
                format!("{long} We heard a talk from\nThe Harbour Museum staff today.\n"),
                format!("{long} Everyone in the room agreed\nThe schedule was long.\n"),
                format!("{long} On the first warm day of the long spring\nThe river rose.\n"),
                format!("{long} Our favourite book remains\nThe Pragmatic Programmer.\n"),
                "Before the summer recess in the northern part of the country\nThe mayor had promised a vote.\n".to_string(),
                format!("{long} Next spring\na new cohort joins us.\n"),
                format!("{long} Best wishes\nThe organising team\n"),
            ] {
                assert!(fragments(&quiet, format).is_empty(), "{quiet}");
            }
        }
    }

    #[test]
    fn abbreviated_is_sorted() {
        assert!(super::ABBREVIATED.windows(2).all(|w| w[0] < w[1]));
        assert!(super::DETERMINERS.windows(2).all(|w| w[0] < w[1]));
    }
}
