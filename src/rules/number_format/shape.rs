//! How one number token is written, and its English form.

pub(super) fn all_digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

/// Group an integer's digits with commas ("1500" → "1,500").
pub(super) fn group(int: &str) -> String {
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
pub(super) fn english(int: &str, frac: Option<&str>) -> String {
    match frac {
        Some(f) => format!("{}.{f}", group(int)),
        None => group(int),
    }
}

/// How a single number token is written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Shape {
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

pub(super) fn shape(s: &str) -> Shape {
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
