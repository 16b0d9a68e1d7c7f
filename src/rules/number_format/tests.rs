//! Unit tests of `number-format`.

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
