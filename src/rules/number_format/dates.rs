//! Times and dates: "14h30", "5. April", "November 2018 09", "25/12/2023", "12 january".

use super::*;

/// "14h30", "9h15", "14 h 30", and "at 14h".
pub(super) fn french_time(v: &View, i: usize) -> Option<Found> {
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

pub(super) fn is_closing_punct(s: &str) -> bool {
    matches!(
        s,
        "." | "," | ";" | ":" | ")" | "!" | "?" | "”" | "\"" | "’" | "»"
    )
}

/// "5. April" (German ordinal day), optionally with a year: "April 5, 2020".
pub(super) fn german_date(v: &View, i: usize) -> Option<Found> {
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
pub(super) fn month_year_day(v: &View, i: usize, month: usize) -> Option<Found> {
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
pub(super) fn bare_month_day(v: &View, i: usize) -> Option<Found> {
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
pub(super) fn slash_date(text: &str, start: usize, end: usize) -> Option<(String, Option<String>)> {
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
pub(super) fn lowercase_month(v: &View, i: usize, month: usize) -> Option<Found> {
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
