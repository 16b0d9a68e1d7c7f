//! The languages mtlint knows. Also read by `build.rs`, which finds each rule's
//! per-language data files by their names (`fr.tsv`, `de.txt`…).

/// A source language whose artifacts mtlint knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    En,
    Fr,
    De,
    Es,
    It,
    Pt,
    Ru,
    Ar,
    Fa,
    Zh,
}

impl Lang {
    /// Every language, English first.
    pub const ALL: [Lang; 10] = [
        Lang::En,
        Lang::Fr,
        Lang::De,
        Lang::Es,
        Lang::It,
        Lang::Pt,
        Lang::Ru,
        Lang::Ar,
        Lang::Fa,
        Lang::Zh,
    ];

    /// Every source language, in the order the docs list them.
    pub const SOURCES: [Lang; 9] = [
        Lang::Fr,
        Lang::De,
        Lang::Es,
        Lang::It,
        Lang::Pt,
        Lang::Ru,
        Lang::Ar,
        Lang::Fa,
        Lang::Zh,
    ];

    /// The languages with word lists for untranslated text (written in the Latin
    /// alphabet, so their words can hide in an English sentence).
    pub const LATIN_SOURCES: [Lang; 5] = [Lang::Fr, Lang::De, Lang::Es, Lang::It, Lang::Pt];

    /// The codes `source-languages` accepts, for messages: "fr, de, …, en".
    pub fn known_codes() -> String {
        let mut v: Vec<&str> = Lang::SOURCES.iter().map(|l| l.code()).collect();
        v.push("en");
        v.join(", ")
    }

    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::De => "de",
            Lang::Es => "es",
            Lang::It => "it",
            Lang::Pt => "pt",
            Lang::Ru => "ru",
            Lang::Ar => "ar",
            Lang::Fa => "fa",
            Lang::Zh => "zh",
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Fr => "French",
            Lang::De => "German",
            Lang::Es => "Spanish",
            Lang::It => "Italian",
            Lang::Pt => "Portuguese",
            Lang::Ru => "Russian",
            Lang::Ar => "Arabic",
            Lang::Fa => "Persian",
            Lang::Zh => "Chinese",
        }
    }

    pub fn parse(code: &str) -> Option<Lang> {
        match code {
            "en" => Some(Lang::En),
            "fr" => Some(Lang::Fr),
            "de" => Some(Lang::De),
            "es" => Some(Lang::Es),
            "it" => Some(Lang::It),
            "pt" => Some(Lang::Pt),
            "ru" => Some(Lang::Ru),
            "ar" => Some(Lang::Ar),
            "fa" => Some(Lang::Fa),
            "zh" => Some(Lang::Zh),
            _ => None,
        }
    }
}

/// A set of source languages (bit set over [`Lang`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct LangSet(u16);

impl LangSet {
    pub const ALL: LangSet = LangSet(u16::MAX);

    pub fn from_langs(langs: &[Lang]) -> LangSet {
        LangSet(langs.iter().fold(0, |acc, l| acc | (1 << *l as u16)))
    }

    pub fn contains(self, lang: Lang) -> bool {
        // English furniture is always on: it is what scraped pages carry whatever the source.
        lang == Lang::En || self.0 & (1 << lang as u16) != 0
    }
}
