use super::collect::*;
use super::compare::*;
use super::words::*;
use crate::lexicon::{self, english};
use crate::rules::util::fold;

#[test]
fn token_similarity() {
    let t = |a: &str, b: &str, multi| similar_tokens(a, b, &fold(a), &fold(b), multi);
    assert!(t("Anthony", "Antony", true));
    assert!(t("Sergei", "Sergey", true));
    assert!(t("Zelensky", "Zelenskyy", false));
    assert!(t("Sánchez", "Sanchez", false));
    assert!(t("BIDEN", "Biden", false));
    assert!(!t("Maria", "Mario", true));
    assert!(!t("Austria", "Australia", false));
    assert!(!t("Iran", "Iraq", false));
    assert!(!t("Becker", "Baker", true));
    assert!(!t("Instructor", "Instructors", false));
    assert!(PARTICLES.windows(2).all(|w| w[0] < w[1]));
}

#[test]
fn early_rejection_agrees_with_the_full_comparison() {
    let names = [
        "Anthony",
        "Antony",
        "Sergei",
        "Sergey",
        "Zelensky",
        "Zelenskyy",
        "Sánchez",
        "Sanchez",
        "BIDEN",
        "Biden",
        "Maria",
        "Mario",
        "Austria",
        "Australia",
        "Iran",
        "Iraq",
        "Instructor",
        "Instructors",
        "Python3",
        "HackR",
        "Oleksandr",
        "Aleksandr",
        "Turkish",
        "Turkiye",
        "Daniel",
        "Daniela",
        "Draghi",
        "Dragons",
        "Kyiv",
        "Kiev",
        "Erdoğan",
        "Erdogan",
        "Вlinken",
        "Blinken",
        "Blinkens",
        "Washington",
        "Washingtn",
    ];
    let mut words = Words::with_capacity(names.len());
    let ids: Vec<u32> = names
        .iter()
        .map(|n| {
            let id = words.id(n);
            words.fold(id);
            id
        })
        .collect();
    for (&a, &ia) in names.iter().zip(&ids) {
        for (&b, &ib) in names.iter().zip(&ids) {
            for multi in [false, true] {
                assert_eq!(
                    words.similar(ia, ib, multi),
                    similar_tokens(a, b, &fold(a), &fold(b), multi),
                    "{a} / {b} / {multi}"
                );
            }
        }
    }
}

#[test]
fn order_key_keeps_string_order() {
    let words = [
        "",
        "a",
        "a\0",
        "a\0b",
        "ab",
        "abc",
        "abcdefgh",
        "abcdefgh\0",
        "abcdefghi",
        "abcdefgi",
        "b",
        "zelensky",
        "zelenskyy",
        "é",
        "sánchez",
        "sanchez",
    ];
    for a in words {
        for b in words {
            let keyed = order_key(a).cmp(&order_key(b)).then_with(|| a.cmp(b));
            assert_eq!(keyed, a.cmp(b), "{a:?} / {b:?}");
        }
    }
}

#[test]
fn translated_surnames_and_aliases() {
    let t = |a: &str, b: &str| translated_surname(a, b, &fold(a), &fold(b));
    assert!(t("Draghi", "Dragons"));
    assert!(!t("Carpentry", "Carpentries"));
    assert!(!t("Advisor", "Advisory"));
    assert_eq!(acronym_alias("USA", Some("the")), "US");
    assert_eq!(acronym_alias("USA", Some("Texas")), "USA");
    assert_eq!(acronym_alias("US", Some("the")), "US");
}

#[test]
fn edit_distance_matches_strsim() {
    let words = [
        "",
        "a",
        "ab",
        "ba",
        "antony",
        "anthony",
        "zelensky",
        "zelenskyy",
        "kyiv",
        "kiev",
        "sergei",
        "sergey",
        "aleksandr",
        "oleksandr",
        "draghi",
        "dragons",
        "kitten",
        "sitting",
        "sanchez",
        "sánchez",
        "erdoğan",
        "erdogan",
    ];
    for a in words {
        for b in words {
            assert_eq!(levenshtein(a, b), strsim::levenshtein(a, b), "{a} / {b}");
        }
    }
    let long = "x".repeat(80);
    assert_eq!(levenshtein(&long, "xx"), strsim::levenshtein(&long, "xx"));
    assert_eq!(levenshtein("xx", &long), strsim::levenshtein("xx", &long));
}

#[test]
fn leading_common_words_are_common() {
    let mut words = Words::with_capacity(LEADING_COMMON_WORDS.len());
    for &w in LEADING_COMMON_WORDS {
        let id = words.id(w);
        // The leading-word loop drops a common word or a stop word.
        assert!(words.common(id) || words.stop(id), "{w}");
        assert!(is_leading_common_word(w), "{w}");
    }
    for w in [
        "the", "THE", "Th", "Thee", "Japan", "Biden", "Über", "", "Whereas",
    ] {
        assert!(!is_leading_common_word(w), "{w}");
    }
}

#[test]
fn word_facts_match_the_lexicon() {
    let mut texts: Vec<String> = Vec::new();
    for &w in english::STOPWORDS {
        texts.push(w.to_string());
        texts.push(w.to_uppercase());
        let mut c = w.chars();
        if let Some(f) = c.next() {
            texts.push(f.to_uppercase().chain(c).collect());
        }
    }
    for w in [
        "Biden", "Japan", "Sánchez", "Über", "Inthe", "Tha", "Kyiv", "ÍN", "Blinkens",
    ] {
        texts.push(w.to_string());
    }
    let mut words = Words::with_capacity(4);
    for t in &texts {
        let id = words.id(t);
        assert_eq!(
            words.stop(id),
            english::contains(english::STOPWORDS, t),
            "{t}"
        );
        assert_eq!(words.english(id), lexicon::is_english_word_ci(t), "{t}");
        assert_eq!(words.text(id), t);
        let f = words.fold(id);
        assert_eq!(words.folds.get(f), fold(t), "{t}");
    }
}

#[test]
fn contractions_are_no_spellings_of_each_other() {
    let t = |a: &str, b: &str| similar_tokens(a, b, &fold(a), &fold(b), false);
    assert!(is_contraction("they'd"));
    assert!(is_contraction("we’re"));
    assert!(!is_contraction("o'brien"));
    assert!(!is_contraction("d'alema"));
    assert!(!t("They'd", "They're"));
    assert!(!t("Weren't", "Wouldn't"));
    assert!(!t("They've", "Thayer"));
}

#[test]
fn demonyms_and_plurals_are_derived_forms() {
    assert!(is_derived_from("crimea", "crimeans"));
    assert!(is_derived_from("crimea", "crimean"));
    assert!(is_derived_from("canada", "canadians"));
    assert!(is_derived_from("ukraine", "ukrainian"));
    assert!(is_derived_from("italy", "italians"));
    assert!(is_derived_from("pakistan", "pakistanis"));
    assert!(is_derived_from("python", "pythons"));
    assert!(!is_derived_from("antony", "anthony"));
    assert!(!is_derived_from("zelensky", "zelenskyy"));
    let t = |a: &str, b: &str| similar_tokens(a, b, &fold(a), &fold(b), false);
    assert!(!t("Crimeans", "Crimea"));
    assert!(!t("Moldovans", "Moldova"));
}

#[test]
fn spelling_lists_name_every_other_spelling() {
    use super::report::spelling_list;
    assert_eq!(spelling_list("Antony", &["Anthony"], "Anthony"), "“Antony”");
    assert_eq!(
        spelling_list("Kyiv", &["Kiev", "Kyyiv"], "Kiev"),
        "“Kyiv” and “Kyyiv”"
    );
    assert_eq!(
        spelling_list("A", &["B", "C", "D"], "B"),
        "“A”, “C” and “D”"
    );
}
