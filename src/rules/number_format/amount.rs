//! Amounts: decimal commas, dot and space thousands, signs placed the source locale's way.

use std::borrow::Cow;

use super::*;

/// Amounts: the number itself (decimal comma, dot or space thousands) and what follows it
/// (a spaced percent sign, a currency sign after the amount).
pub(super) fn amount(v: &View, i: usize) -> Option<Found> {
    if v.kind(i) != Some(TokenKind::Number) || part_of_larger(v, i) {
        return None;
    }
    let first = v.text(i);
    let currency_before = i > 0 && v.glued(i) && CURRENCY_SIGNS.contains(&v.text(i - 1));

    let mut problems: Vec<&str> = Vec::new();
    // The number as English writes it; a plain number is borrowed from the text, since
    // most amounts turn out to have no problem and build no replacement.
    let (last, number_en): (usize, Cow<'_, str>) = match space_grouped(v, i, first) {
        Grouping::Rejected => return None,
        Grouping::Grouped { last, int, frac } => {
            problems.push("groups thousands with spaces");
            if frac.is_some() {
                problems.push("uses a decimal comma");
            }
            (last, english(&int, frac.as_deref()).into())
        }
        Grouping::Single => match shape(first) {
            Shape::DottedDate(d, m, y) => return dotted_date(v, i, first, (d, m, y)),
            sh => (
                i,
                single_number(v, i, first, sh, currency_before, &mut problems)?,
            ),
        },
    };

    let tail = sign_after(v, last, currency_before, &mut problems);
    if problems.is_empty() {
        return None;
    }
    let mut replacement = format!("{}{number_en}", tail.prefix);
    if let Some(m) = tail.magnitude {
        replacement.push(' ');
        replacement.push_str(m);
    }
    if tail.percent {
        replacement.push('%');
    }
    let span = &v.doc.text[v.start(i)..v.end(tail.end_tok)];
    let message = format!(
        "“{span}” {}; English writes “{replacement}”",
        join_problems(&problems)
    );
    Some(Found {
        start: v.start(i),
        end: v.end(tail.end_tok),
        message,
        replacement: Some(replacement),
        next: tail.end_tok + 1,
    })
}

/// Is number `i` part of something larger: "v2.0", "+33 1 …", "2010-2015", "10:30", "1/2"?
fn part_of_larger(v: &View, i: usize) -> bool {
    if i > 0 && v.glued(i) {
        let p = v.text(i - 1);
        if !CURRENCY_SIGNS.contains(&p) && !matches!(p, "(" | "[" | "“" | "\"" | "«") {
            return true;
        }
    }
    if i > 0 && v.kind(i - 1) == Some(TokenKind::Number) && v.one_space(i) {
        return true;
    }
    v.glued(i + 1)
        && matches!(v.text(i + 1), "-" | "–" | "/" | ":" | "x" | "×" | "." | ",")
        && v.kind(i + 2) == Some(TokenKind::Number)
}

/// What [`space_grouped`] read at a number.
enum Grouping {
    /// One number token on its own.
    Single,
    /// Space-grouped thousands ending at token `last`: the digits and the decimal part.
    Grouped {
        last: usize,
        int: String,
        frac: Option<String>,
    },
    /// Numbers in a row that are not one grouped number ("555 123 4567", "page 3 100").
    Rejected,
}

/// Space-grouped thousands: "50 000", "1 200 000", "1 234,5".
fn space_grouped(v: &View, i: usize, first: &str) -> Grouping {
    if !(all_digits(first) && first.len() <= 3 && !first.starts_with('0')) {
        return Grouping::Single;
    }
    let mut last = i;
    let mut int = String::new();
    let mut frac: Option<String> = None;
    let mut hard = false;
    // `int` gets the first group only once a second group follows: most short
    // numbers stand alone and then need no allocation.
    let mut k = i + 1;
    while v.kind(k) == Some(TokenKind::Number) && v.one_space(k) {
        let t = v.text(k);
        let (g, f) = match t.split_once(',') {
            Some((g, f)) if (1..=2).contains(&f.len()) && all_digits(f) => (g, Some(f)),
            _ => (t, None),
        };
        if g.len() != 3 || !all_digits(g) {
            break;
        }
        hard |= v.hard_space(k);
        if last == i {
            int.push_str(first);
        }
        int.push_str(g);
        last = k;
        k += 1;
        if let Some(f) = f {
            frac = Some(f.to_string());
            break;
        }
    }
    if last == i {
        return Grouping::Single;
    }
    // Another number right after ("555 123 4567") is not one grouped number.
    if v.kind(last + 1) == Some(TokenKind::Number) && v.one_space(last + 1) {
        return Grouping::Rejected;
    }
    let label = v
        .prev_word_lower(i)
        .is_some_and(|p| sorted_contains(LABELS, &p));
    let after_name = i > 0
        && v.word(i - 1)
            .is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase))
        && !hard;
    if label || after_name || (i > 0 && v.is(i - 1, "+")) {
        return Grouping::Rejected;
    }
    // With ordinary spaces, the group must be followed by what an amount is
    // followed by: a word, a sign, punctuation.
    if !hard && !followed_like_amount(v, last + 1) {
        return Grouping::Rejected;
    }
    Grouping::Grouped { last, int, frac }
}

/// One number token of shape `sh` as English writes it, its problem pushed on `problems`
/// (`None`: not a number in a source locale's form here).
fn single_number<'a>(
    v: &View,
    i: usize,
    first: &'a str,
    sh: Shape,
    currency_before: bool,
    problems: &mut Vec<&str>,
) -> Option<Cow<'a, str>> {
    match sh {
        Shape::DecimalComma(int, frac) => {
            if !decimal_context(v, i, currency_before) {
                return None;
            }
            problems.push("uses a decimal comma");
            Some(english(&int, Some(&frac)).into())
        }
        Shape::DotThousands(int) => {
            let prev = v.prev_word_lower(i);
            if prev.is_some_and(|p| matches!(p.as_str(), "v" | "version" | "release" | "ip")) {
                return None;
            }
            problems.push("groups thousands with dots");
            Some(english(&int, None).into())
        }
        Shape::DotOrDecimal(int) => {
            if !thousands_dot_context(v, i, first, currency_before) {
                return None;
            }
            problems.push("groups thousands with a dot");
            Some(english(&int, None).into())
        }
        Shape::Plain | Shape::Other | Shape::DottedDate(..) => Some(Cow::Borrowed(first)),
    }
}

/// "11.01.2023": a dotted day-month-year date (not after "version").
fn dotted_date(v: &View, i: usize, first: &str, (d, m, y): (u32, u32, u32)) -> Option<Found> {
    let prev = v.prev_word_lower(i);
    if prev.is_some_and(|p| matches!(p.as_str(), "v" | "version" | "release")) {
        return None;
    }
    let replacement = format!("{} {d}, {y}", MONTHS[m as usize - 1]);
    Some(Found {
        start: v.start(i),
        end: v.end(i),
        message: format!(
            "“{first}” is a dotted day-month-year date; English writes “{replacement}”"
        ),
        replacement: Some(replacement),
        next: i + 1,
    })
}

/// What follows an amount ending at token `last`.
struct Tail<'a> {
    /// The last token of the finding.
    end_tok: usize,
    /// "million", "billion" … between the number and a currency sign.
    magnitude: Option<&'a str>,
    /// A currency sign written after the amount, to move before it.
    prefix: &'a str,
    /// A percent sign to keep (glued) in the replacement.
    percent: bool,
}

/// What follows the number: a magnitude word, then a sign (a spaced percent sign, a
/// currency sign after the amount); its problems pushed on `problems`.
fn sign_after<'a>(
    v: &View<'_, 'a>,
    last: usize,
    currency_before: bool,
    problems: &mut Vec<&str>,
) -> Tail<'a> {
    let mut tail = Tail {
        end_tok: last,
        magnitude: None,
        prefix: "",
        percent: false,
    };
    let mut k = last + 1;
    if let Some(w) = v.word(k)
        && v.one_space(k)
        && matches!(
            w,
            "million" | "millions" | "billion" | "billions" | "thousand" | "trillion"
        )
        && v.kind(k + 1) == Some(TokenKind::Punct)
        && CURRENCY_SIGNS.contains(&v.text(k + 1))
        && (v.one_space(k + 1) || v.glued(k + 1))
    {
        tail.magnitude = Some(w);
        k += 1;
    }
    if v.kind(k) == Some(TokenKind::Punct) && (v.one_space(k) || v.glued(k)) {
        let sign = v.text(k);
        if sign == "%" && tail.magnitude.is_none() {
            if v.one_space(k) {
                problems.push("puts a space before the percent sign");
            }
            if !problems.is_empty() {
                tail.percent = true;
                tail.end_tok = k;
            }
        } else if CURRENCY_SIGNS.contains(&sign)
            && !currency_before
            // "5 $10" or "10 €/month" stay quiet.
            && !(v.glued(k + 1) && v.kind(k + 1) == Some(TokenKind::Number))
        {
            problems.push("puts the currency sign after the amount");
            tail.prefix = sign;
            tail.end_tok = k;
        }
    }
    tail
}

pub(super) fn join_problems(p: &[&str]) -> String {
    match p {
        [] => String::new(),
        [a] => a.to_string(),
        [a, b] => format!("{a} and {b}"),
        [rest @ .., last] => format!("{}, and {last}", rest.join(", ")),
    }
}

/// After a space-grouped number: a word, a sign, punctuation, or nothing.
pub(super) fn followed_like_amount(v: &View, k: usize) -> bool {
    match v.kind(k) {
        None => true,
        Some(TokenKind::Word) => true,
        Some(TokenKind::Punct) => {
            let t = v.text(k);
            t == "%" || CURRENCY_SIGNS.contains(&t) || is_closing_punct(t)
        }
        Some(TokenKind::Number) => false,
    }
}

/// Is "1,5" (one comma, one or two digits after it) an amount, so the comma a decimal
/// comma? Lists ("steps 1,2 and 3") and citations ("[5,6]") are not.
pub(super) fn decimal_context(v: &View, i: usize, currency_before: bool) -> bool {
    if currency_before {
        return true;
    }
    // "[5,6]", "(1,2)".
    if i > 0 && v.glued(i) && matches!(v.text(i - 1), "[" | "(") {
        return false;
    }
    let next = i + 1;
    match v.kind(next) {
        Some(TokenKind::Word) if v.one_space(next) => {
            let w = lower_ascii(v.text(next));
            if sorted_contains(AMOUNT_WORDS, &w) {
                return true;
            }
        }
        Some(TokenKind::Punct) => {
            let t = v.text(next);
            if (t == "%" || CURRENCY_SIGNS.contains(&t)) && (v.glued(next) || v.one_space(next)) {
                return true;
            }
        }
        _ => {}
    }
    // "rose to 1,5." / "grew by 2,75 last year": a quantity after a verb or preposition
    // that takes one, not followed by more numbers.
    let lead = v
        .prev_word_lower(i)
        .is_some_and(|p| sorted_contains(QUANTITY_LEADS, &p));
    let more_numbers = (v.is(next, ",") || v.is(next, "and") || v.is(next, "or"))
        && v.kind(next + 1) == Some(TokenKind::Number);
    lead && !more_numbers && v.kind(next) != Some(TokenKind::Number)
}

/// Is "50.000" (one dot, three digits after it) a thousands dot? Only where English
/// would never write three decimals: before a count ("soldiers", "euros"), after a
/// currency sign, or "N.000" before a word that is not a measure.
pub(super) fn thousands_dot_context(v: &View, i: usize, s: &str, currency_before: bool) -> bool {
    if currency_before {
        return true;
    }
    let next = i + 1;
    let Some(w) = v.word(next).filter(|_| v.one_space(next)) else {
        return false;
    };
    if !w.chars().next().is_some_and(char::is_lowercase) {
        return false;
    }
    let w = lower_ascii(w);
    if sorted_contains(MEASURES, &w) {
        return false;
    }
    let count_noun = matches!(
        w.as_str(),
        "people"
            | "men"
            | "women"
            | "children"
            | "euros"
            | "dollars"
            | "francs"
            | "pesos"
            | "reais"
            | "lire"
            | "rubles"
            | "roubles"
    ) || (w.len() > 3 && w.ends_with('s') && crate::lexicon::is_english_word(&w));
    // "1.000 soldiers" but not "p = 1.000 for all" or "worth 1.000 each".
    let comparison = i > 0 && matches!(v.text(i - 1), "=" | "<" | ">" | "≈" | "~");
    let function_word = crate::lexicon::english::STOPWORDS
        .binary_search(&w.as_str())
        .is_ok()
        || matches!(w.as_str(), "each" | "apiece");
    count_noun || (s.ends_with(".000") && !comparison && !function_word)
}
