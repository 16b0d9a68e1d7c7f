//! Two sentences or clauses joined without a space after the punctuation: "said.The",
//! "located.Later", "flames.”We", "website?”Let", "standard,check".

use super::Glued;
use super::camel::OPENERS;
use crate::document::{Document, Token, TokenKind};
use crate::lexicon::{self, freq};

/// The English frequency (Zipf × 10) a capitalised word after "word." must have to open
/// a sentence when it is not one of the [`OPENERS`] ("located.Later").
const MIN_OPENER_ZIPF: u8 = 45;

/// The English frequency (Zipf × 10) of both words around a comma with no space
/// ("standard,check"): common words, so that lists of codes and names stay quiet.
const MIN_COMMA_ZIPF: u8 = 40;

fn is_quote(s: &str) -> bool {
    matches!(s, "“" | "”" | "\"" | "«" | "»")
}

/// A word, a quotation mark and a word, all glued (`the“Great`, `phrase”we`): the space
/// before the quotation is missing. Or a closing quotation mark before sentence
/// punctuation and a capitalised word (`France".For`).
fn quote_then_word(doc: &Document, toks: &[Token], k: usize) -> Option<Glued> {
    let (t, q) = (&toks[k], &toks[k + 1]);
    let n = toks.get(k + 2).filter(|n| n.glued())?;
    let text = doc.token_text(t);
    let quote = doc.token_text(q);
    if n.kind() == TokenKind::Punct {
        // `France".For`: the sentence ends inside the quotation.
        let punct = doc.token_text(n);
        let w = toks.get(k + 3).filter(|w| w.glued() && w.kind() == TokenKind::Word)?;
        let next = doc.token_text(w);
        if !matches!(quote, "”" | "\"" | "»")
            || !matches!(punct, "." | "!" | "?")
            || !sentence_join(t, punct, text, next, true)
            || toks.get(k + 4).is_some_and(|a| a.glued())
        {
            return None;
        }
        return Some(Glued {
            start: t.start as usize,
            end: w.end() as usize,
            at: n.end() as usize,
            message: format!("no space after “{quote}{punct}” in “{text}{quote}{punct}{next}”"),
            label: format!("insert a space after “{punct}”"),
        });
    }
    if n.kind() != TokenKind::Word || t.kind() != TokenKind::Word {
        return None;
    }
    let next = doc.token_text(n);
    // Curly marks only: a straight `"` glued on both sides is as often a closing mark.
    if !matches!(quote, "“" | "”" | "«") {
        return None;
    }
    // A common lowercase word before the quotation ("of", "the", "phrase"); the quoted
    // word starts with a letter.
    if !text.starts_with(char::is_lowercase)
        || text.len() < 2
        || english(text) < MIN_BEFORE_QUOTE_ZIPF
        || !next.starts_with(char::is_alphabetic)
        || k > 0 && t.glued()
    {
        return None;
    }
    Some(Glued {
        start: t.start as usize,
        end: n.end() as usize,
        at: q.start as usize,
        message: format!("no space before “{quote}” in “{text}{quote}{next}”"),
        label: format!("insert a space before “{quote}”"),
    })
}

/// The English frequency (Zipf × 10) of the word before a quotation mark glued to both
/// sides (`of“Translation`).
const MIN_BEFORE_QUOTE_ZIPF: u8 = 40;

fn english(word: &str) -> u8 {
    freq::lookup_word(word)
        .and_then(|f| f.english())
        .map_or(0, |z| z.tenths())
}

/// Token `k` (a word or number), then sentence punctuation, an optional closing quotation
/// mark, and a word, all glued.
pub(super) fn after_punct(doc: &Document, toks: &[Token], k: usize) -> Option<Glued> {
    // Read from the tokens alone, this settles most tokens: most are followed by a
    // space, seen on the next token before anything else is read.
    let p = toks.get(k + 1).filter(|p| p.glued())?;
    if p.kind() != TokenKind::Punct {
        return None;
    }
    let punct = doc.token_text(p);
    if is_quote(punct) {
        return quote_then_word(doc, toks, k);
    }
    if !matches!(punct, "." | "!" | "?" | ":" | ";" | ",") {
        return None;
    }
    // An optional closing quotation mark: `flames.”We`.
    let mut n_at = k + 2;
    let q = toks.get(n_at).filter(|q| q.glued())?;
    let quote = q.kind() == TokenKind::Punct
        && matches!(doc.token_text(q), "”" | "\"" | "’" | "»")
        && matches!(punct, "." | "!" | "?" | ",");
    if quote {
        n_at += 1;
    }
    let n = toks.get(n_at).filter(|n| n.glued())?;
    if n.kind() != TokenKind::Word {
        return None;
    }
    let t = &toks[k];
    let text = doc.token_text(t);
    let next = doc.token_text(n);
    // Not inside a longer dotted chain ("U.S.A", "a.m.", "e.g.This").
    if k > 0 && t.glued() && doc.token_text(&toks[k - 1]) == "." {
        return None;
    }
    if toks.get(n_at + 1).is_some_and(|a| {
        a.glued() && matches!(doc.token_text(a), "." | "_" | "(" | "/" | "@")
    }) {
        return None;
    }
    let plausible = if punct == "," {
        comma_join(t, text, next)
    } else {
        sentence_join(t, punct, text, next, quote)
    };
    if !plausible {
        return None;
    }
    let closing = if quote { doc.token_text(q) } else { "" };
    let at = if quote { q.end() } else { p.end() } as usize;
    Some(Glued {
        start: t.start as usize,
        end: n.end() as usize,
        at,
        message: format!("no space after “{punct}{closing}” in “{text}{punct}{closing}{next}”"),
        label: format!("insert a space after “{punct}{closing}”"),
    })
}

/// "standard,check": two common lowercase words of three letters or more around a comma.
fn comma_join(t: &Token, text: &str, next: &str) -> bool {
    let lower = |w: &str| w.chars().all(char::is_lowercase);
    t.kind() == TokenKind::Word
        && text.len() >= 3
        && next.len() >= 3
        && lower(text)
        && lower(next)
        && english(text) >= MIN_COMMA_ZIPF
        && english(next) >= MIN_COMMA_ZIPF
}

/// "said.The", "located.Later", `flames.”We`: a word, sentence punctuation, a capitalised
/// word that opens a sentence.
fn sentence_join(t: &Token, punct: &str, text: &str, next: &str, quote: bool) -> bool {
    let next_ok = next.chars().next().is_some_and(char::is_uppercase)
        && next.chars().skip(1).all(char::is_lowercase)
        && next.chars().count() >= 2;
    if !next_ok {
        return false;
    }
    let next_lower = next.to_lowercase();
    let opener = OPENERS.binary_search(&next_lower.as_str()).is_ok();
    let full_stop = matches!(punct, "." | "!" | "?");
    // A sentence opener glued after a full stop ("attendees.It", "5.4.In", "repo.The") is
    // two sentences run together whatever the word before.
    if full_stop && opener && text.chars().count() >= 2 {
        return true;
    }
    if t.kind() != TokenKind::Word
        || text.chars().count() < 3
        || text.chars().skip(1).any(char::is_uppercase)
    {
        return false;
    }
    let left_lower = text.chars().next().is_some_and(char::is_lowercase);
    let left_word = lexicon::is_english_word_ci(text) || lexicon::is_dictionary_name(text);
    if !left_word {
        return false;
    }
    if full_stop {
        // A name, or a common word, after a lowercase word and a full stop: a
        // sentence starts there ("located.Later"). After a closing quotation mark the
        // sentence before certainly ended.
        left_lower
            && (text.len() >= 4 || quote)
            && (lexicon::is_dictionary_name(next) || english(next) >= MIN_OPENER_ZIPF)
    } else {
        left_lower && (lexicon::is_english_word_ci(next) || lexicon::is_dictionary_name(next))
    }
}
