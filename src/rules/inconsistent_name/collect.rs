//! Collecting the names and acronyms of a document: capitalised runs (with particles
//! and hyphenated parts, leading common words dropped) and acronyms, dotted or not.

use std::borrow::Cow;
use std::ops::Range;

use crate::document::{Document, TokenKind};
use crate::rules::util::{is_all_caps, is_sentence_initial, starts_uppercase};

use super::UNSET;
use super::words::{Forms, acronym_form, char_len, is_leading_common_word};

/// Connecting particles inside names ("Charles de Gaulle", "Bashar al Assad").
pub(super) const PARTICLES: &[&str] = &[
    "al", "bin", "da", "de", "del", "della", "der", "di", "dos", "du", "el", "la", "le", "van",
    "von",
];

/// Long forms of country and organisation acronyms that name the same thing as the short
/// form when used as a noun with the article ("the USA" / "the US", "the UNO" / "the UN"):
/// a translation from languages that use the long form keeps it in some sentences only.
/// Without the article ("Virginia, USA", "Team USA") the long form is an address or a
/// fixed name, and stays apart.
pub(super) const ACRONYM_ALIASES: &[(&str, &str)] = &[("UNO", "UN"), ("USA", "US")];

/// The key an undotted acronym is grouped under: its long form mapped to the short one
/// after "the".
pub(super) fn acronym_alias<'a>(text: &'a str, prev_word: Option<&str>) -> Cow<'a, str> {
    if prev_word.is_some_and(|w| w.eq_ignore_ascii_case("the"))
        && let Some(&(_, short)) = ACRONYM_ALIASES.iter().find(|(long, _)| *long == text)
    {
        return Cow::Borrowed(short);
    }
    acronym_key(text)
}

/// The undotted form of a dotted acronym ("U.S." -> "US").
pub(super) fn acronym_key(s: &str) -> Cow<'_, str> {
    if s.contains('.') {
        Cow::Owned(s.chars().filter(|c| *c != '.').collect())
    } else {
        Cow::Borrowed(s)
    }
}

/// Collect every name and acronym of `doc` into `forms`. Blocks written wholly in
/// capitals (headlines) are left out.
pub(super) fn collect<'a>(doc: &'a Document, forms: &mut Forms<'a>) {
    let mut parts: Vec<(usize, usize)> = Vec::new();
    let toks = &doc.tokens;
    for block in &doc.blocks {
        let block_text = doc.block_text(block);
        if is_all_caps(block_text) {
            continue;
        }
        let range = block.tokens();
        // News sites write acronyms without stops in headlines and with them in the text
        // ("US" / "U.S."): a heading's acronyms are its house style, not a spelling.
        let heading = block.kind.is_heading();
        // The same for a dateline's acronyms ("FORT JACKSON, S.C. –" above "Fort Jackson,
        // SC"): tokens before `dateline`.
        let dateline = dateline_end(doc, &range);
        let mut i = range.start;
        while i < range.end {
            let Some(skip) = next_capitalised_word(doc, i, range.end) else {
                break;
            };
            i += skip;
            let t = &toks[i];
            let text = doc.token_text(t);
            if !starts_uppercase(text) {
                i += 1;
                continue;
            }
            if let Some(next) = dotted_acronym(doc, &range, i, heading || i < dateline, forms) {
                i = next;
                continue;
            }
            if let Some(next) = undotted_acronym(doc, &range, i, heading || i < dateline, forms) {
                i = next;
                continue;
            }
            // Capitalised name runs.
            if t.kind() != TokenKind::Word
                || !starts_uppercase(text)
                || t.glued() && i > range.start && toks[i - 1].kind() == TokenKind::Word
            {
                i += 1;
                continue;
            }
            let j = name_run(doc, &range, i, &mut parts);
            add_name(doc, i, &parts, forms);
            i = j.max(i + 1);
        }
    }
}

/// Where a block's dateline ends: a block that opens with a word in capitals ("FORT
/// JACKSON, S.C. –", "WASHINGTON (AP) —") and has a dash standing alone among its first
/// sixteen tokens; the dash's token index, or the block's start when there is none.
fn dateline_end(doc: &Document, range: &Range<usize>) -> usize {
    let toks = &doc.tokens[range.clone()];
    let opens_in_capitals = toks.first().is_some_and(|t| {
        let w = doc.token_text(t);
        t.kind() == TokenKind::Word && w.len() >= 3 && is_all_caps(w)
    });
    if !opens_in_capitals {
        return range.start;
    }
    toks.iter()
        .take(16)
        .position(|t| matches!(doc.token_text(t), "–" | "—" | "-") && !t.glued())
        .map_or(range.start, |k| range.start + k)
}

/// Fast path: every acronym and name starts with a word whose first letter is a
/// capital, so most tokens (lower-case words, numbers, punctuation) are passed over in
/// one scan, on their first byte when it is ASCII, without slicing out their text.
/// Returns how many tokens from `i` are skipped, or `None` when no candidate is left.
fn next_capitalised_word(doc: &Document, i: usize, end: usize) -> Option<usize> {
    let bytes = doc.text.as_bytes();
    doc.tokens[i..end].iter().position(|t| {
        t.kind() == TokenKind::Word && {
            let b = bytes[t.start as usize];
            !b.is_ascii() || b.is_ascii_uppercase()
        }
    })
}

/// A dotted acronym starting at token `i`: U . S . (all glued), 2-4 letters. Records it
/// and returns the token after it (in a heading, passes over it).
fn dotted_acronym<'a>(
    doc: &'a Document,
    range: &Range<usize>,
    i: usize,
    heading: bool,
    forms: &mut Forms<'a>,
) -> Option<usize> {
    let toks = &doc.tokens;
    let t = &toks[i];
    let text = doc.token_text(t);
    if !(t.kind() == TokenKind::Word && text.len() == 1 && starts_uppercase(text)) {
        return None;
    }
    let mut j = i;
    let mut letters = 0;
    while j + 1 < range.end
        && doc.token_text(&toks[j]).len() == 1
        && starts_uppercase(doc.token_text(&toks[j]))
        && doc.token_text(&toks[j + 1]) == "."
        && toks[j + 1].glued()
        && (j == i || toks[j].glued())
    {
        letters += 1;
        j += 2;
    }
    if !(2..=4).contains(&letters)
        || j < range.end && toks[j].glued() && toks[j].kind() == TokenKind::Word
    {
        return None;
    }
    if heading {
        return Some(j);
    }
    let start = t.start as usize;
    let end = toks[j - 1].end() as usize;
    let written = &doc.text[start..end];
    // Does the acronym's stop also end the sentence?
    let sentence_final = doc
        .sentences
        .get(doc.sentences.partition_point(|s| s.tokens().end < j))
        .is_some_and(|s| s.tokens().end == j);
    forms.add(
        written,
        |_| acronym_form(written, acronym_key(written)),
        (start, end),
        sentence_final,
    );
    Some(j)
}

/// An undotted acronym at token `i`: 2-4 capitals, standing alone. Records it and
/// returns the token after it.
fn undotted_acronym<'a>(
    doc: &'a Document,
    range: &Range<usize>,
    i: usize,
    heading: bool,
    forms: &mut Forms<'a>,
) -> Option<usize> {
    let toks = &doc.tokens;
    let t = &toks[i];
    let text = doc.token_text(t);
    if !(t.kind() == TokenKind::Word
        && (2..=4).contains(&text.len())
        && text.bytes().all(|b| b.is_ascii_uppercase())
        && !(i + 1 < range.end && toks[i + 1].glued() && doc.token_text(&toks[i + 1]) == ".")
        && !(i > range.start && t.glued() && doc.token_text(&toks[i - 1]) == "."))
    {
        return None;
    }
    if heading {
        return Some(i + 1);
    }
    let make = |_: &mut Forms<'a>| {
        let prev_word = toks[range.start..i]
            .iter()
            .rev()
            .find(|p| p.kind() == TokenKind::Word)
            .map(|p| doc.token_text(p));
        acronym_form(text, acronym_alias(text, prev_word))
    };
    forms.add(text, make, (t.start as usize, t.end() as usize), false);
    Some(i + 1)
}

/// The capitalised run starting at token `i`: fills `parts` with the (start, end) of each
/// name token (hyphenated parts joined, trailing particles dropped) and returns the token
/// after the run.
fn name_run(
    doc: &Document,
    range: &Range<usize>,
    i: usize,
    parts: &mut Vec<(usize, usize)>,
) -> usize {
    let toks = &doc.tokens;
    parts.clear();
    let mut j = i;
    while j < range.end {
        let tj = &toks[j];
        let tt = doc.token_text(tj);
        if tj.kind() != TokenKind::Word {
            break;
        }
        let is_particle = || !parts.is_empty() && PARTICLES.contains(&tt);
        if !starts_uppercase(tt) && !is_particle() {
            break;
        }
        // An acronym inside a run ("The US Chamber") is collected on its own.
        if !parts.is_empty()
            && (2..=4).contains(&tt.len())
            && tt.bytes().all(|b| b.is_ascii_uppercase())
        {
            break;
        }
        // A dotted acronym ("The U.S. …") is collected on its own.
        if char_len(tt) == 1
            && j + 1 < range.end
            && toks[j + 1].glued()
            && doc.token_text(&toks[j + 1]) == "."
        {
            break;
        }
        // Join hyphenated parts: Al-Assad.
        let mut end = tj.end() as usize;
        let mut k = j + 1;
        while k + 1 < range.end
            && doc.token_text(&toks[k]) == "-"
            && toks[k].glued()
            && toks[k + 1].glued()
            && toks[k + 1].kind() == TokenKind::Word
        {
            end = toks[k + 1].end() as usize;
            k += 2;
        }
        if let Some(&(_, prev_end)) = parts.last() {
            let gap = &doc.text[prev_end..tj.start as usize];
            if gap != " " && gap != "\u{a0}" {
                break;
            }
        }
        parts.push((tj.start as usize, end));
        j = k;
    }
    // Particles cannot end a name.
    // (A particle starts with a lowercase ASCII letter: other parts are passed over
    // on their first byte.)
    while parts.last().is_some_and(|&(s, e)| {
        doc.text.as_bytes()[s].is_ascii_lowercase() && PARTICLES.contains(&&doc.text[s..e])
    }) {
        parts.pop();
    }
    j
}

/// Record the name of the run `parts` (starting at token `i`) once its leading common
/// words are dropped: sentence-initial words, titles ("Secretary", "State"), function
/// words. Runs of more than four words, and single common or short words, are no names.
fn add_name<'a>(doc: &'a Document, i: usize, parts: &[(usize, usize)], forms: &mut Forms<'a>) {
    let mut first = 0;
    // The word id of `parts[first]` once the loop stops there.
    let mut first_id = UNSET;
    while first < parts.len() {
        let (s, e) = parts[first];
        let w = &doc.text[s..e];
        // "The", "In", "It" …: settled without the word table.
        if is_leading_common_word(w) {
            first += 1;
            continue;
        }
        let id = forms.words.id(w);
        first_id = id;
        let english_word = forms.words.english(id);
        let common = english_word && !forms.words.name(id);
        // Asked only when the cheaper tests leave it open.
        let initial_word = || first == 0 && english_word && is_sentence_initial(doc, i);
        if common || initial_word() || forms.words.stop(id) {
            first += 1;
        } else {
            break;
        }
    }
    let name_parts = &parts[first..];
    if name_parts.is_empty() || name_parts.len() > 4 {
        return;
    }
    if name_parts.len() == 1 {
        let written = &doc.text[name_parts[0].0..name_parts[0].1];
        let w = strip_possessive(written);
        if char_len(w) < 3 || {
            // Without a possessive the word is the one the loop above stopped at.
            let id = if w.len() == written.len() {
                first_id
            } else {
                forms.words.id(w)
            };
            forms.words.common(id)
        } {
            return;
        }
    }
    let start = name_parts[0].0;
    let last = name_parts[name_parts.len() - 1];
    let end = last.0 + strip_possessive(&doc.text[last.0..last.1]).len();
    let text = &doc.text[start..end];
    let make = |f: &mut Forms<'a>| {
        f.name_form(
            text,
            name_parts
                .iter()
                .map(|&(s, e)| strip_possessive(&doc.text[s..e])),
        )
    };
    forms.add(text, make, (start, end), false);
    forms.mentions.push(name_parts, end);
}

pub(super) fn strip_possessive(s: &str) -> &str {
    s.strip_suffix("'s")
        .or_else(|| s.strip_suffix("’s"))
        .unwrap_or(s)
}
