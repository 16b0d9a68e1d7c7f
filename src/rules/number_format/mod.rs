//! `number-format`: numbers, times, dates and amounts written the source locale's way
//! ("1,5 million", "50 000 soldiers", "14h30", "10 €", "15 %", "5. April").
//!
//! Every pattern here is one English does not produce, so the rule can stay quiet on
//! anything ambiguous: "1,500" and "50,000" are English thousands, "3.5" an English
//! decimal, "1.2.3" a version, "10:30" a time, "3-2" a score, and slash dates are left
//! alone because British English writes them day first too. Code, URLs and the like are
//! never tokens, so they are never looked at.

use std::borrow::Cow;

use crate::diagnostic::{Edit, Fix, Severity};
use crate::document::{Document, Token, TokenKind};
use crate::lexicon::english::MONTHS;
use crate::rules::{Context, FixAvailability, Rule, RuleMeta};

pub struct NumberFormat;

static META: RuleMeta = RuleMeta {
    name: crate::rules::RuleId::NumberFormat.name(),
    category: "typography",
    default_on: true,
    large_working_set: false,
    severity: Severity::Warning,
    fix: FixAvailability::Sometimes,
    summary: "Numbers, times, dates and amounts written the source language's way.",
    what: "Source-locale number formats in English text: a decimal comma (\"1,5 million\", \"3,2 %\", \"2,75 euros\"), thousands grouped with spaces or dots (\"50 000 soldiers\", \"50.000 soldiers\", \"1.200.000\"), French times (\"14h30\", \"14 h 30\"), a currency sign after the amount (\"10 €\"), a space before the percent sign (\"15 %\"), month names in lowercase (\"12 january 2023\"), and dates in the source's order (\"11.01.2023\", \"5. April\", \"November 2018 09\", a bare \"11 8,\" for November 8). English thousands (\"1,500\"), decimals (\"3.5\"), years, versions (\"1.2.3\"), times (\"10:30\"), scores (\"3-2\"), phone numbers and slash dates stay quiet.",
    why: "Machine translation translates words and leaves digits and their punctuation as they were, so the source's decimal comma, its space or dot between thousands, its 24-hour \"h\" and its order of day, month and year pass straight into the English text.",
    example: "Inflation reached 3,2 % in March, and the army called up 50 000 reservists.",
    use_instead: "Inflation reached 3.2% in March, and the army called up 50,000 reservists.",
    fix_safety: "Unsafe: rewrites the number the English way (\"1.5 million\", \"50,000\", \"14:30\", \"€10\", \"15%\", \"January\", \"January 11, 2023\"). A decimal comma and a thousands dot are told apart by context, which a person should confirm; bare-number dates get no fix.",
};


/// Words after a number that show it is an amount or a measure (a decimal comma before
/// them is a decimal comma).
const AMOUNT_WORDS: &[&str] = &[
    "billion",
    "billions",
    "billones",
    "bn",
    "cent",
    "cents",
    "cm",
    "degree",
    "degrees",
    "dollar",
    "dollars",
    "euro",
    "euros",
    "franc",
    "francs",
    "g",
    "grams",
    "ha",
    "hectares",
    "hours",
    "inhabitants",
    "kg",
    "kilograms",
    "kilometers",
    "kilometres",
    "kilos",
    "km",
    "l",
    "liters",
    "litres",
    "m",
    "meters",
    "metres",
    "mile",
    "miles",
    "miliardi",
    "milioni",
    "milliards",
    "million",
    "millions",
    "millones",
    "minutes",
    "mio",
    "mld",
    "mln",
    "mm",
    "mn",
    "mrd",
    "per",
    "percent",
    "percentage",
    "points",
    "pounds",
    "rubles",
    "seconds",
    "thousand",
    "times",
    "tonnes",
    "tons",
    "trillion",
    "years",
    "yen",
    "yuan",
];

/// Measures a number with three decimals can carry in English ("1.250 seconds"): a dot
/// before them is not a thousands dot.
const MEASURES: &[&str] = &[
    "cm",
    "degrees",
    "g",
    "grams",
    "hours",
    "kg",
    "kilograms",
    "kilometers",
    "kilometres",
    "km",
    "l",
    "liters",
    "litres",
    "m",
    "meters",
    "metres",
    "miles",
    "milliseconds",
    "minutes",
    "mm",
    "ms",
    "points",
    "s",
    "sec",
    "seconds",
    "secs",
];

/// Words that introduce a quantity ("rose to 1,5").
const QUANTITY_LEADS: &[&str] = &[
    "about",
    "almost",
    "approximately",
    "around",
    "at",
    "by",
    "fell",
    "from",
    "grew",
    "is",
    "nearly",
    "of",
    "over",
    "reached",
    "rose",
    "roughly",
    "some",
    "than",
    "to",
    "under",
    "was",
];

/// Words that introduce a clock time ("at 14h").
const TIME_LEADS: &[&str] = &[
    "after", "around", "at", "before", "by", "from", "since", "till", "to", "until",
];

/// Words before a date ("up to 5. April").
const DATE_LEADS: &[&str] = &[
    "after", "and", "before", "between", "by", "from", "of", "on", "since", "the", "through",
    "till", "to", "until",
];

/// Words naming a numbered thing ("page 3 100 …", "Figure 2 500 …"): the numbers after
/// them are not one grouped number.
const LABELS: &[&str] = &[
    "article", "chapter", "episode", "fig", "figure", "issue", "item", "level", "line", "no",
    "number", "p", "page", "pages", "part", "pp", "question", "room", "round", "section", "step",
    "table", "version", "vol", "volume",
];

const CURRENCY_SIGNS: &[&str] = &["$", "£", "¥", "₹", "₽", "€"];

fn sorted_contains(list: &[&str], w: &str) -> bool {
    list.binary_search(&w).is_ok()
}

fn lower_ascii(s: &str) -> String {
    s.to_ascii_lowercase()
}

/// Could a word with first byte `first` and length `len` be a month name (any case)?
/// False only when it cannot: the pretest before [`month_index`] slices the word.
fn may_be_month(first: u8, len: usize) -> bool {
    matches!(
        (first.to_ascii_lowercase(), len),
        (b'j', 4 | 7)
            | (b'f' | b'n' | b'd', 8)
            | (b'm', 3 | 5)
            | (b'a', 5 | 6)
            | (b's', 9)
            | (b'o', 7)
    )
}

fn month_index(word: &str) -> Option<usize> {
    // Cheap test first: called for most words of an article. Only the months with the
    // word's first letter are compared.
    let first = word.as_bytes().first()?.to_ascii_lowercase();
    if !(3..=9).contains(&word.len()) {
        return None;
    }
    let candidates: &[usize] = match first {
        b'j' => &[0, 5, 6],
        b'f' => &[1],
        b'm' => &[2, 4],
        b'a' => &[3, 7],
        b's' => &[8],
        b'o' => &[9],
        b'n' => &[10],
        b'd' => &[11],
        _ => return None,
    };
    candidates
        .iter()
        .copied()
        .find(|&k| MONTHS[k].eq_ignore_ascii_case(word))
}

fn all_digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

/// Group an integer's digits with commas ("1500" → "1,500").
fn group(int: &str) -> String {
    let int = int.trim_start_matches('0');
    let int = if int.is_empty() { "0" } else { int };
    if int.len() <= 3 {
        return int.to_string();
    }
    let mut out = String::with_capacity(int.len() + int.len() / 3);
    let lead = int.len() % 3;
    if lead > 0 {
        out.push_str(&int[..lead]);
    }
    for (k, chunk) in int.as_bytes()[lead..].chunks(3).enumerate() {
        if lead > 0 || k > 0 {
            out.push(',');
        }
        out.push_str(std::str::from_utf8(chunk).unwrap_or(""));
    }
    out
}

/// The English form of an integer part and an optional fraction.
fn english(int: &str, frac: Option<&str>) -> String {
    match frac {
        Some(f) => format!("{}.{f}", group(int)),
        None => group(int),
    }
}

/// How a single number token is written.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Shape {
    /// Digits only.
    Plain,
    /// "1,5", "2,75", "1.234,5": a decimal comma (integer digits, fraction).
    DecimalComma(String, String),
    /// "1.200.000": dots between thousands.
    DotThousands(String),
    /// "50.000": one dot and three digits — a thousands dot or an English decimal.
    DotOrDecimal(String),
    /// "11.01.2023": day, month, year.
    DottedDate(u32, u32, u32),
    /// Anything else ("1,500", "3.5", "1.2.3").
    Other,
}

fn shape(s: &str) -> Shape {
    if all_digits(s) {
        return Shape::Plain;
    }
    let commas = s.matches(',').count();
    let dots = s.matches('.').count();
    if commas == 1 {
        let (int, frac) = s.split_once(',').unwrap_or((s, ""));
        if (1..=2).contains(&frac.len()) && all_digits(frac) {
            // "1,5" or "1.234,5".
            let groups: Vec<&str> = int.split('.').collect();
            let ok = (1..=3).contains(&groups[0].len())
                && groups[1..].iter().all(|g| g.len() == 3)
                && groups.iter().all(|g| all_digits(g));
            if ok {
                return Shape::DecimalComma(groups.concat(), frac.to_string());
            }
        }
        return Shape::Other;
    }
    if commas > 1 {
        return Shape::Other;
    }
    let groups: Vec<&str> = s.split('.').collect();
    if groups.iter().any(|g| !all_digits(g)) {
        return Shape::Other;
    }
    if dots == 2
        && (1..=2).contains(&groups[0].len())
        && (1..=2).contains(&groups[1].len())
        && groups[2].len() == 4
    {
        let d: u32 = groups[0].parse().unwrap_or(0);
        let m: u32 = groups[1].parse().unwrap_or(0);
        let y: u32 = groups[2].parse().unwrap_or(0);
        if (1..=31).contains(&d) && (1..=12).contains(&m) && (1800..=2199).contains(&y) {
            return Shape::DottedDate(d, m, y);
        }
        return Shape::Other;
    }
    let thousands = (1..=3).contains(&groups[0].len())
        && !groups[0].starts_with('0')
        && groups[1..].iter().all(|g| g.len() == 3);
    if !thousands {
        return Shape::Other;
    }
    if dots >= 2 {
        // Four groups of at most 255 are an IPv4 address.
        let ip = groups.len() == 4
            && groups
                .iter()
                .all(|g| g.parse::<u32>().is_ok_and(|v| v <= 255));
        if ip {
            return Shape::Other;
        }
        return Shape::DotThousands(groups.concat());
    }
    Shape::DotOrDecimal(groups.concat())
}

/// A finding: the span, the message and the replacement for the span, if any.
struct Found {
    start: usize,
    end: usize,
    message: String,
    replacement: Option<String>,
    /// Index of the first token after the finding.
    next: usize,
}

/// The tokens of one block with the text, and helpers to read them.
struct View<'d, 'a> {
    doc: &'d Document<'a>,
    toks: &'d [Token],
}

impl<'d, 'a> View<'d, 'a> {
    fn text(&self, i: usize) -> &'a str {
        self.doc.token_text(&self.toks[i])
    }
    fn kind(&self, i: usize) -> Option<TokenKind> {
        self.toks.get(i).map(|t| t.kind())
    }
    fn is(&self, i: usize, s: &str) -> bool {
        i < self.toks.len() && self.text(i) == s
    }
    /// The text between token `i - 1` and token `i`.
    fn gap(&self, i: usize) -> &'a str {
        if i == 0 || i >= self.toks.len() {
            return "";
        }
        &self.doc.text[self.toks[i - 1].end() as usize..self.toks[i].start as usize]
    }
    /// Is token `i` separated from the one before by exactly one space (any kind)?
    fn one_space(&self, i: usize) -> bool {
        let g = self.gap(i);
        let mut chars = g.chars();
        matches!(
            (chars.next(), chars.next()),
            (Some(' ' | '\u{a0}' | '\u{202f}' | '\u{2009}'), None)
        )
    }
    /// Is the space before token `i` a no-break or thin space (a typesetter's choice)?
    fn hard_space(&self, i: usize) -> bool {
        matches!(self.gap(i), "\u{a0}" | "\u{202f}" | "\u{2009}")
    }
    fn glued(&self, i: usize) -> bool {
        i > 0 && i < self.toks.len() && self.gap(i).is_empty()
    }
    fn start(&self, i: usize) -> usize {
        self.toks[i].start as usize
    }
    fn end(&self, i: usize) -> usize {
        self.toks[i].end() as usize
    }
    fn word(&self, i: usize) -> Option<&'a str> {
        (self.kind(i) == Some(TokenKind::Word)).then(|| self.text(i))
    }
    fn plain_number(&self, i: usize) -> Option<&'a str> {
        (self.kind(i) == Some(TokenKind::Number))
            .then(|| self.text(i))
            .filter(|s| all_digits(s))
    }
    /// The previous token's text, if any.
    fn prev_word_lower(&self, i: usize) -> Option<String> {
        if i == 0 {
            return None;
        }
        self.word(i - 1).map(lower_ascii)
    }
}

impl Rule for NumberFormat {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Document, ctx: &mut Context) {
        for block in &doc.blocks {
            let view = View {
                doc,
                toks: &doc.tokens[block.tokens()],
            };
            let mut i = 0;
            while i < view.toks.len() {
                let tok = view.toks[i];
                // The word's first byte and length, read without slicing the text.
                let first = doc.text.as_bytes()[tok.start as usize];
                let len = (tok.end() - tok.start) as usize;
                let found = match tok.kind() {
                    TokenKind::Punct => None,
                    TokenKind::Word if first.is_ascii_digit() => french_time(&view, i),
                    // Month names: only a word with a month's first letter and length.
                    TokenKind::Word if may_be_month(first, len) => {
                        // The month is looked up once for both checks.
                        month_index(view.text(i)).and_then(|month| {
                            month_year_day(&view, i, month)
                                .or_else(|| lowercase_month(&view, i, month))
                        })
                    }
                    TokenKind::Word => None,
                    TokenKind::Number => french_time(&view, i)
                        .or_else(|| german_date(&view, i))
                        .or_else(|| bare_month_day(&view, i))
                        .or_else(|| amount(&view, i)),
                };
                match found {
                    Some(f) => {
                        let mut diag = ctx.diagnostic(f.start, f.end, f.message);
                        if let Some(r) = f.replacement {
                            diag = diag.with_fix(Fix::unsafe_(
                                format!("write “{r}”"),
                                vec![Edit::replace(f.start, f.end, r)],
                            ));
                        }
                        ctx.report(diag);
                        i = f.next.max(i + 1);
                    }
                    None => i += 1,
                }
            }
        }
        for r in &doc.excluded {
            if r.end - r.start > 10 || doc.block_at(r.start).is_none() {
                continue;
            }
            if let Some((message, replacement)) = slash_date(doc.text, r.start, r.end) {
                let mut diag = ctx.diagnostic(r.start, r.end, message);
                if let Some(rep) = replacement {
                    diag = diag.with_fix(Fix::unsafe_(
                        format!("write “{rep}”"),
                        vec![Edit::replace(r.start, r.end, rep)],
                    ));
                }
                ctx.report(diag);
            }
        }
    }
}

/// "14h30", "9h15", "14 h 30", and "at 14h".
fn french_time(v: &View, i: usize) -> Option<Found> {
    let parse_hm = |h: &str, m: &str| -> Option<(u32, u32)> {
        let hour: u32 = h.parse().ok()?;
        let min: u32 = if m.is_empty() { 0 } else { m.parse().ok()? };
        (h.len() <= 2 && (m.is_empty() || m.len() == 2) && hour <= 23 && min <= 59)
            .then_some((hour, min))
    };
    let message = |s: &str, hour: u32, min: u32| {
        format!("“{s}” is a French-style time; English writes “{hour}:{min:02}”")
    };
    if let Some(w) = v.word(i) {
        // One token: "14h30" / "14h".
        let pos = w.find(['h', 'H'])?;
        let (h, m) = (&w[..pos], &w[pos + 1..]);
        if !all_digits(h) || !(m.is_empty() || all_digits(m)) {
            return None;
        }
        if v.glued(i) || (v.glued(i + 1) && !is_closing_punct(v.text(i + 1))) {
            return None;
        }
        if m.is_empty()
            && !v
                .prev_word_lower(i)
                .is_some_and(|p| sorted_contains(TIME_LEADS, &p))
        {
            return None;
        }
        let (hour, min) = parse_hm(h, m)?;
        return Some(Found {
            start: v.start(i),
            end: v.end(i),
            message: message(w, hour, min),
            replacement: Some(format!("{hour}:{min:02}")),
            next: i + 1,
        });
    }
    // Three tokens: "14 h 30".
    let h = v.plain_number(i)?;
    if !(v.word(i + 1).is_some_and(|w| w == "h") && v.one_space(i + 1)) {
        return None;
    }
    let m = v.plain_number(i + 2).filter(|_| v.one_space(i + 2))?;
    if v.kind(i + 3) == Some(TokenKind::Number) && v.one_space(i + 3) {
        return None;
    }
    let (hour, min) = parse_hm(h, m)?;
    let span = &v.doc.text[v.start(i)..v.end(i + 2)];
    Some(Found {
        start: v.start(i),
        end: v.end(i + 2),
        message: message(span, hour, min),
        replacement: Some(format!("{hour}:{min:02}")),
        next: i + 3,
    })
}

fn is_closing_punct(s: &str) -> bool {
    matches!(
        s,
        "." | "," | ";" | ":" | ")" | "!" | "?" | "”" | "\"" | "’" | "»"
    )
}

/// "5. April" (German ordinal day), optionally with a year: "April 5, 2020".
fn german_date(v: &View, i: usize) -> Option<Found> {
    let day = v.plain_number(i)?;
    let d: u32 = day.parse().ok()?;
    if day.len() > 2 || !(1..=31).contains(&d) {
        return None;
    }
    if !(v.is(i + 1, ".") && v.glued(i + 1) && v.one_space(i + 2)) {
        return None;
    }
    let month = month_index(v.word(i + 2)?)?;
    // What comes before: the start of the block, a comma, or a word that leads to a date.
    let lead_ok = i == 0
        || v.is(i - 1, ",")
        || v.prev_word_lower(i)
            .is_some_and(|p| sorted_contains(DATE_LEADS, &p));
    if !lead_ok || v.glued(i) {
        return None;
    }
    // What comes after the month: a year, punctuation, a lowercase word or nothing
    // (a capitalised word would start a new sentence: "… to 5. April brought …").
    let mut end_tok = i + 2;
    let mut year = None;
    match v.kind(i + 3) {
        None => {}
        Some(TokenKind::Number) => {
            let y = v.plain_number(i + 3)?;
            if y.len() == 4 && v.one_space(i + 3) {
                year = Some(y);
                end_tok = i + 3;
            } else {
                return None;
            }
        }
        Some(TokenKind::Punct) => {}
        Some(TokenKind::Word) if v.text(i + 3).chars().next().is_some_and(char::is_uppercase) => {
            return None;
        }
        Some(TokenKind::Word) => {}
    }
    let replacement = match year {
        Some(y) => format!("{} {d}, {y}", MONTHS[month]),
        None => format!("{} {d}", MONTHS[month]),
    };
    let span = &v.doc.text[v.start(i)..v.end(end_tok)];
    Some(Found {
        start: v.start(i),
        end: v.end(end_tok),
        message: format!(
            "“{span}” puts a German-style ordinal day before the month; English writes “{replacement}”"
        ),
        replacement: Some(replacement),
        next: end_tok + 1,
    })
}

/// "November 2018 09": month, year, day (the order of Chinese, Japanese and Korean dates).
/// `month`: the index of word `i` in [`MONTHS`].
fn month_year_day(v: &View, i: usize, month: usize) -> Option<Found> {
    let word = v.word(i)?;
    if !word.chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    let year = v
        .plain_number(i + 1)
        .filter(|y| y.len() == 4 && v.one_space(i + 1))?;
    let day = v.plain_number(i + 2).filter(|_| v.one_space(i + 2))?;
    let d: u32 = day.parse().ok()?;
    if day.len() > 2 || !(1..=31).contains(&d) {
        return None;
    }
    // A zero-padded day, or a day closed by a comma ("November 2018 9, …"), but not
    // the hour of a time ("22 February 2023 04:00") or a date that already has its day.
    let padded = day.len() == 2 && day.starts_with('0');
    let comma = v.is(i + 3, ",") && v.glued(i + 3);
    if !(comma || (padded && !v.glued(i + 3))) {
        return None;
    }
    if i > 0 && v.kind(i - 1) == Some(TokenKind::Number) {
        return None;
    }
    let replacement = format!("{} {d}, {year}", MONTHS[month]);
    let span = &v.doc.text[v.start(i)..v.end(i + 2)];
    Some(Found {
        start: v.start(i),
        end: v.end(i + 2),
        message: format!("“{span}” puts the year before the day; English writes “{replacement}”"),
        replacement: Some(replacement),
        next: i + 3,
    })
}

/// "11 8, President …": month and day as bare numbers at the start of a paragraph.
fn bare_month_day(v: &View, i: usize) -> Option<Found> {
    if i != 0 {
        return None;
    }
    let m = v.plain_number(0)?;
    let d = v.plain_number(1).filter(|_| v.one_space(1))?;
    let (mn, dn): (u32, u32) = (m.parse().ok()?, d.parse().ok()?);
    if m.len() > 2 || d.len() > 2 || !(1..=12).contains(&mn) || !(1..=31).contains(&dn) {
        return None;
    }
    if !(v.is(2, ",") && v.glued(2)) {
        return None;
    }
    let span = &v.doc.text[v.start(0)..v.end(1)];
    Some(Found {
        start: v.start(0),
        end: v.end(1),
        message: format!(
            "“{span}” looks like a date written as bare numbers (month and day); write the month's name"
        ),
        replacement: None,
        next: 2,
    })
}

/// "25/12/2023" (day first) and "03/04/2025" (day or month first: ambiguous to an
/// English reader); "12/25/2023" is American and stays quiet. The tokenizer sets
/// chunks with two slashes aside as paths, so dates are read from those spans.
fn slash_date(text: &str, start: usize, end: usize) -> Option<(String, Option<String>)> {
    let span = &text[start..end];
    let mut parts = span.split('/');
    let (a, b, y) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || ![a, b, y].iter().all(|p| all_digits(p)) {
        return None;
    }
    if a.len() > 2 || b.len() > 2 || !(y.len() == 4 || y.len() == 2) {
        return None;
    }
    // Not inside something larger ("`01/02/2023`", "a/01/02/2023").
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    if before.is_some_and(|c| c.is_alphanumeric() || matches!(c, '`' | '/' | '.' | '-'))
        || after.is_some_and(|c| c.is_alphanumeric() || matches!(c, '`' | '/' | '-'))
    {
        return None;
    }
    let (d1, d2): (u32, u32) = (a.parse().ok()?, b.parse().ok()?);
    if d1 == 0 || d2 == 0 || d1 > 31 || d2 > 31 {
        return None;
    }
    if d1 > 12 && d2 <= 12 {
        let replacement = (y.len() == 4).then(|| format!("{} {d1}, {y}", MONTHS[d2 as usize - 1]));
        Some((
            format!("“{span}” is a day-first numeric date; write the month's name"),
            replacement,
        ))
    } else if d1 <= 12 && d2 <= 12 && d1 != d2 {
        Some((
            format!(
                "“{span}” is ambiguous ({d1} {} or {} {d1}?); write the month's name",
                MONTHS[d2 as usize - 1],
                MONTHS[d1 as usize - 1]
            ),
            None,
        ))
    } else {
        None
    }
}

/// "12 january 2023", "january 12": a month name in lowercase beside a number.
/// `month`: the index of word `i` in [`MONTHS`].
fn lowercase_month(v: &View, i: usize, month: usize) -> Option<Found> {
    let word = v.word(i)?;
    if !word.bytes().all(|b| b.is_ascii_lowercase()) {
        return None;
    }
    let day_before = i > 0
        && v.one_space(i)
        && v.plain_number(i - 1)
            .is_some_and(|d| d.len() <= 2 && d.parse::<u32>().is_ok_and(|d| (1..=31).contains(&d)));
    let year_after = v
        .plain_number(i + 1)
        .is_some_and(|y| y.len() == 4 && v.one_space(i + 1));
    let day_after = v.one_space(i + 1)
        && v.plain_number(i + 1)
            .is_some_and(|d| d.len() <= 2 && d.parse::<u32>().is_ok_and(|d| (1..=31).contains(&d)));
    let ok = if word == "may" || word == "march" {
        // Verbs too: only a full date ("12 may 2023", "may 12, 2023").
        (day_before && year_after)
            || (day_after
                && v.is(i + 2, ",")
                && v.plain_number(i + 3).is_some_and(|y| y.len() == 4))
    } else {
        day_before || year_after || day_after
    };
    if !ok {
        return None;
    }
    Some(Found {
        start: v.start(i),
        end: v.end(i),
        message: format!("“{word}”: English capitalises month names"),
        replacement: Some(MONTHS[month].to_string()),
        next: i + 1,
    })
}

/// Amounts: the number itself (decimal comma, dot or space thousands) and what follows it
/// (a spaced percent sign, a currency sign after the amount).
fn amount(v: &View, i: usize) -> Option<Found> {
    if v.kind(i) != Some(TokenKind::Number) {
        return None;
    }
    // Part of something larger: "v2.0", "+33 1 …", "2010-2015", "10:30", "1/2".
    if i > 0 && v.glued(i) {
        let p = v.text(i - 1);
        if !CURRENCY_SIGNS.contains(&p) && !matches!(p, "(" | "[" | "“" | "\"" | "«") {
            return None;
        }
    }
    if i > 0 && v.kind(i - 1) == Some(TokenKind::Number) && v.one_space(i) {
        return None;
    }
    if v.glued(i + 1)
        && matches!(v.text(i + 1), "-" | "–" | "/" | ":" | "x" | "×" | "." | ",")
        && v.kind(i + 2) == Some(TokenKind::Number)
    {
        return None;
    }
    let first = v.text(i);
    let currency_before = i > 0 && v.glued(i) && CURRENCY_SIGNS.contains(&v.text(i - 1));

    // Space-grouped thousands: "50 000", "1 200 000", "1 234,5".
    let mut last = i;
    let mut int = String::new();
    let mut frac: Option<String> = None;
    let mut grouped_by_space = false;
    let mut hard = false;
    if all_digits(first) && first.len() <= 3 && !first.starts_with('0') {
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
        if last > i {
            // Another number right after ("555 123 4567") is not one grouped number.
            if v.kind(last + 1) == Some(TokenKind::Number) && v.one_space(last + 1) {
                return None;
            }
            let label = v
                .prev_word_lower(i)
                .is_some_and(|p| sorted_contains(LABELS, &p));
            let after_name = i > 0
                && v.word(i - 1)
                    .is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase))
                && !hard;
            if label || after_name || (i > 0 && v.is(i - 1, "+")) {
                return None;
            }
            // With ordinary spaces, the group must be followed by what an amount is
            // followed by: a word, a sign, punctuation.
            if !hard && !followed_like_amount(v, last + 1) {
                return None;
            }
            grouped_by_space = true;
        } else {
            int.clear();
        }
    }

    let mut problems: Vec<&str> = Vec::new();
    // The number as English writes it; a plain number is borrowed from the text, since
    // most amounts turn out to have no problem and build no replacement.
    let (number_en, number_changed): (Cow<'_, str>, bool) = if grouped_by_space {
        problems.push("groups thousands with spaces");
        if frac.is_some() {
            problems.push("uses a decimal comma");
        }
        (english(&int, frac.as_deref()).into(), true)
    } else {
        match shape(first) {
            Shape::DecimalComma(int, frac) => {
                if !decimal_context(v, i, currency_before) {
                    return None;
                }
                problems.push("uses a decimal comma");
                (english(&int, Some(&frac)).into(), true)
            }
            Shape::DotThousands(int) => {
                let prev = v.prev_word_lower(i);
                if prev.is_some_and(|p| matches!(p.as_str(), "v" | "version" | "release" | "ip")) {
                    return None;
                }
                problems.push("groups thousands with dots");
                (english(&int, None).into(), true)
            }
            Shape::DotOrDecimal(int) => {
                if !thousands_dot_context(v, i, first, currency_before) {
                    return None;
                }
                problems.push("groups thousands with a dot");
                (english(&int, None).into(), true)
            }
            Shape::DottedDate(d, m, y) => {
                let prev = v.prev_word_lower(i);
                if prev.is_some_and(|p| matches!(p.as_str(), "v" | "version" | "release")) {
                    return None;
                }
                let replacement = format!("{} {d}, {y}", MONTHS[m as usize - 1]);
                return Some(Found {
                    start: v.start(i),
                    end: v.end(i),
                    message: format!(
                        "“{first}” is a dotted day-month-year date; English writes “{replacement}”"
                    ),
                    replacement: Some(replacement),
                    next: i + 1,
                });
            }
            Shape::Plain | Shape::Other => (Cow::Borrowed(first), false),
        }
    };

    // What follows the number: a magnitude word, then a sign.
    let mut end_tok = last;
    let mut k = last + 1;
    let mut magnitude: Option<&str> = None;
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
        magnitude = Some(w);
        k += 1;
    }
    let mut suffix = String::new();
    let mut prefix = String::new();
    if v.kind(k) == Some(TokenKind::Punct) && (v.one_space(k) || v.glued(k)) {
        let sign = v.text(k);
        if sign == "%" && magnitude.is_none() {
            if v.one_space(k) {
                problems.push("puts a space before the percent sign");
            }
            if !problems.is_empty() {
                suffix.push('%');
                end_tok = k;
            }
        } else if CURRENCY_SIGNS.contains(&sign)
            && !currency_before
            // "5 $10" or "10 €/month" stay quiet.
            && !(v.glued(k + 1) && v.kind(k + 1) == Some(TokenKind::Number))
        {
            problems.push("puts the currency sign after the amount");
            prefix.push_str(sign);
            end_tok = k;
        }
    }
    if problems.is_empty() {
        return None;
    }
    let _ = number_changed;
    let mut replacement = format!("{prefix}{number_en}");
    if let Some(m) = magnitude {
        replacement.push(' ');
        replacement.push_str(m);
    }
    replacement.push_str(&suffix);
    let span = &v.doc.text[v.start(i)..v.end(end_tok)];
    let message = format!(
        "“{span}” {}; English writes “{replacement}”",
        join_problems(&problems)
    );
    Some(Found {
        start: v.start(i),
        end: v.end(end_tok),
        message,
        replacement: Some(replacement),
        next: end_tok + 1,
    })
}

fn join_problems(p: &[&str]) -> String {
    match p {
        [] => String::new(),
        [a] => a.to_string(),
        [a, b] => format!("{a} and {b}"),
        [rest @ .., last] => format!("{}, and {last}", rest.join(", ")),
    }
}

/// After a space-grouped number: a word, a sign, punctuation, or nothing.
fn followed_like_amount(v: &View, k: usize) -> bool {
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
fn decimal_context(v: &View, i: usize, currency_before: bool) -> bool {
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
fn thousands_dot_context(v: &View, i: usize, s: &str, currency_before: bool) -> bool {
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

#[cfg(test)]
mod tests {
    use crate::config::Settings;

    /// The month pretest lets every month through, in any case, and month_index agrees.
    #[test]
    fn month_pretest_passes_every_month() {
        for (k, m) in super::MONTHS.iter().enumerate() {
            for w in [m.to_string(), m.to_lowercase(), m.to_uppercase()] {
                assert!(super::may_be_month(w.as_bytes()[0], w.len()), "{w}");
                assert_eq!(super::month_index(&w), Some(k), "{w}");
            }
        }
    }
    use crate::document::Format;
    use crate::fix::fix_text;

    fn findings(text: &str) -> Vec<(String, Option<String>)> {
        crate::lint(text, Format::Plain, &Settings::default())
            .into_iter()
            .filter(|d| d.rule == "number-format")
            .map(|d| {
                let r = d.fix.as_ref().map(|f| f.edits[0].replacement.clone());
                (text[d.start()..d.end()].to_string(), r)
            })
            .collect()
    }

    fn one(text: &str, span: &str, replacement: Option<&str>) {
        let f = findings(text);
        assert_eq!(f.len(), 1, "{text}: {f:?}");
        assert_eq!(f[0].0, span, "{text}");
        assert_eq!(f[0].1.as_deref(), replacement, "{text}");
    }

    #[test]
    fn lists_are_sorted() {
        for list in [
            super::AMOUNT_WORDS,
            super::MEASURES,
            super::QUANTITY_LEADS,
            super::TIME_LEADS,
            super::DATE_LEADS,
            super::LABELS,
        ] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{list:?}");
        }
    }

    #[test]
    fn grouping() {
        assert_eq!(super::group("50000"), "50,000");
        assert_eq!(super::group("1200000"), "1,200,000");
        assert_eq!(super::group("500"), "500");
        assert_eq!(super::group("1500"), "1,500");
    }

    #[test]
    fn decimal_commas() {
        one("Exports fell by 1,5 million tonnes.", "1,5", Some("1.5"));
        one("The fare is 2,75 euros.", "2,75", Some("2.75"));
        one("Inflation was 3,2 % in May.", "3,2 %", Some("3.2%"));
        one("Inflation was 3,2% in May.", "3,2%", Some("3.2%"));
        one("Growth rose to 1,5 last year.", "1,5", Some("1.5"));
        one("It cost 1.234,50 euros.", "1.234,50", Some("1,234.50"));
    }

    #[test]
    fn thousands_separators() {
        one(
            "The army called up 50 000 soldiers.",
            "50 000",
            Some("50,000"),
        );
        one(
            "The army called up 50\u{a0}000 soldiers.",
            "50\u{a0}000",
            Some("50,000"),
        );
        one(
            "The city has 1 200 000 inhabitants.",
            "1 200 000",
            Some("1,200,000"),
        );
        one(
            "The army called up 50.000 soldiers.",
            "50.000",
            Some("50,000"),
        );
        one(
            "The city has 1.200.000 inhabitants.",
            "1.200.000",
            Some("1,200,000"),
        );
    }

    #[test]
    fn times_signs_and_dates() {
        one(
            "The meeting starts at 14h30 in Paris.",
            "14h30",
            Some("14:30"),
        );
        one(
            "The meeting starts at 14 h 30 in Paris.",
            "14 h 30",
            Some("14:30"),
        );
        one("The meeting starts at 14h in Paris.", "14h", Some("14:00"));
        one("A ticket costs 10 € at the door.", "10 €", Some("€10"));
        one("A ticket costs 10€ at the door.", "10€", Some("€10"));
        one("Turnout was 15 % lower.", "15 %", Some("15%"));
        one(
            "The vote is on 12 january 2023.",
            "january",
            Some("January"),
        );
        one(
            "The vote was held on 11.01.2023 in Rome.",
            "11.01.2023",
            Some("January 11, 2023"),
        );
        one(
            "Up to 5. April the measures apply.",
            "5. April",
            Some("April 5"),
        );
        one(
            "In November 2018 09, the two met.",
            "November 2018 09",
            Some("November 9, 2018"),
        );
        one("11 8, President Xi met the delegation.", "11 8", None);
        one(
            "The trial opens on 25/03/2025 in Genoa.",
            "25/03/2025",
            Some("March 25, 2025"),
        );
        one(
            "The trial opens on 03/04/2025 in Genoa.",
            "03/04/2025",
            None,
        );
    }

    #[test]
    fn english_numbers_stay_quiet() {
        for text in [
            "The army called up 50,000 soldiers and 1,500 officers.",
            "Growth was 3.5% in 2023, up from 2.1 percent.",
            "Version 1.2.3 was released; v2.0 follows.",
            "The meeting starts at 10:30 a.m., and the score was 3-2.",
            "Call +33 1 42 68 53 00 or 555 123 4567 today.",
            "The server at 192.168.100.200 answered.",
            "The ranges 2010-2015 and 10–20 are fine, as is 1/2.",
            "In 2019 100 people were hurt.",
            "See page 3 100 times, or Windows 10 100 times.",
            "The results [5,6] and the authors 1,2 agree.",
            "The timing was 1.250 seconds, and R^2 was 0.915.",
            "It takes 24h to arrive, and the model 14h is old.",
            "Prices rose 10% to $10 and €20, or £5.",
            "They may 12 times refuse, and march 10 miles.",
            "The 1.5 million euros and 3.2 billion dollars were paid on April 5, 2020.",
            "On 4 April, 2,000 years later.",
            "The call is on Wednesday 22 February 2023 04:00 AM in New York.",
            "The call is in February 2023 04:00 AM in New York.",
            "The post was updated on 5/17/16 and again on 12/25/2023.",
        ] {
            assert!(findings(text).is_empty(), "{text}: {:?}", findings(text));
        }
    }

    #[test]
    fn fixes_apply() {
        let text = "Inflation reached 3,2 % and the army called up 50 000 reservists at 14h30.\n";
        let settings = Settings {
            unsafe_fixes: true,
            ..Settings::default()
        };
        let out = fix_text(text, Format::Plain, &settings, crate::Applicability::Unsafe);
        assert!(out.converged);
        assert_eq!(
            out.text,
            "Inflation reached 3.2% and the army called up 50,000 reservists at 14:30.\n"
        );
    }
}
