//! The word lists and month names `number-format` reads around a number.

use super::*;

/// Words after a number that show it is an amount or a measure (a decimal comma before
/// them is a decimal comma).
pub(super) const AMOUNT_WORDS: &[&str] = &[
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
pub(super) const MEASURES: &[&str] = &[
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
pub(super) const QUANTITY_LEADS: &[&str] = &[
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
pub(super) const TIME_LEADS: &[&str] = &[
    "after", "around", "at", "before", "by", "from", "since", "till", "to", "until",
];

/// Words before a date ("up to 5. April").
pub(super) const DATE_LEADS: &[&str] = &[
    "after", "and", "before", "between", "by", "from", "of", "on", "since", "the", "through",
    "till", "to", "until",
];

/// Words naming a numbered thing ("page 3 100 …", "Figure 2 500 …"): the numbers after
/// them are not one grouped number.
pub(super) const LABELS: &[&str] = &[
    "article", "chapter", "episode", "fig", "figure", "issue", "item", "level", "line", "no",
    "number", "p", "page", "pages", "part", "pp", "question", "room", "round", "section", "step",
    "table", "version", "vol", "volume",
];

pub(super) const CURRENCY_SIGNS: &[&str] = &["$", "£", "¥", "₹", "₽", "€"];

pub(super) fn sorted_contains(list: &[&str], w: &str) -> bool {
    list.binary_search(&w).is_ok()
}

pub(super) fn lower_ascii(s: &str) -> String {
    s.to_ascii_lowercase()
}

/// Could a word with first byte `first` and length `len` be a month name (any case)?
/// False only when it cannot: the pretest before [`month_index`] slices the word.
pub(super) fn may_be_month(first: u8, len: usize) -> bool {
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

pub(super) fn month_index(word: &str) -> Option<usize> {
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
