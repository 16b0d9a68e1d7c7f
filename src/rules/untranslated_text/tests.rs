//! Behaviour of the untranslated-text rule on short texts.

use crate::config::Settings;
use crate::document::Format;
use crate::lexicon::{Lang, LangSet};

fn findings_with(text: &str, settings: &Settings) -> Vec<String> {
    crate::lint(text, Format::Plain, settings)
        .into_iter()
        .filter(|d| d.rule == "untranslated-text")
        .map(|d| format!("{} | {}", &text[d.start()..d.end()], d.message))
        .collect()
}

fn findings(text: &str) -> Vec<String> {
    findings_with(text, &Settings::default())
}


#[test]
fn lexicon_loads() {
    let lex = super::lists::untranslated();
    assert!(
        lex.word("les")
            .is_some_and(|e| e.langs & super::words::bit(Lang::Fr) != 0)
    );
    assert!(
        lex.word("und")
            .is_some_and(|e| e.langs & super::words::bit(Lang::De) != 0)
    );
    assert!(lex.word("l'").is_some());
    assert!(lex.loans("coup").is_some());
}

#[test]
fn whole_sentences_are_flagged() {
    let f = findings(
        "The funeral will take place on Thursday. Les obsèques auront lieu ce jeudi, à dix heures, à la cathédrale.\n",
    );
    assert_eq!(f.len(), 1, "{f:?}");
    assert!(f[0].contains("(French)"), "{f:?}");
    assert!(f[0].starts_with("Les obsèques"), "{f:?}");

    let f = findings(
        "Berlin extended the rules. Die Maßnahmen sollen bis zum Ende des Monats gelten, sagte der Minister.\n",
    );
    assert_eq!(f.len(), 1, "{f:?}");
    assert!(f[0].contains("(German)"), "{f:?}");

    let f = findings("The talks resumed. ¿Dónde está el acuerdo que nos prometieron?\n");
    assert_eq!(f.len(), 1, "{f:?}");
    assert!(f[0].contains("(Spanish)"), "{f:?}");

    let f = findings(
        "The council approved the plan. Il sindaco ha detto che il progetto sarà finanziato dalla regione.\n",
    );
    assert_eq!(f.len(), 1, "{f:?}");
    assert!(f[0].contains("(Italian)"), "{f:?}");

    let f = findings(
        "The minister spoke on Monday. O governo não vai aumentar os impostos este ano, disse ele.\n",
    );
    assert_eq!(f.len(), 1, "{f:?}");
    assert!(f[0].contains("(Portuguese)"), "{f:?}");
}

#[test]
fn consecutive_sentences_make_one_finding() {
    let f = findings(
        "Le chef de l'État y assistera, mais sans prendre la parole. Les obsèques auront lieu ce jeudi.\n",
    );
    assert_eq!(f.len(), 1, "{f:?}");
}

#[test]
fn kickers_and_lines() {
    let f = findings("Macron seeks unity\n\nLes faits –\n\nThe president met the families.\n");
    assert_eq!(f.len(), 1, "{f:?}");
    assert!(f[0].starts_with("Les faits"), "{f:?}");
    let f = findings(
        "A letter\n\nThe president wrote a letter.\na écrit à Jacques Chirac\nThe letter was kind.\n",
    );
    assert_eq!(f.len(), 1, "{f:?}");
}

#[test]
fn runs_inside_english_sentences() {
    let f = findings(
        "The city funded projects for the adolescents of Ci sto Lavoro and other groups.\n",
    );
    assert_eq!(f.len(), 1, "{f:?}");
    assert!(f[0].starts_with("Ci sto"), "{f:?}");
    let f = findings("The president said that « nous sommes en guerre » on Monday evening.\n");
    assert_eq!(f.len(), 1, "{f:?}");
}

#[test]
fn runs_name_the_right_language() {
    let f = findings(
        "The wage rises to 870 euros a month, segundo o ministro do Trabalho, from January.\n",
    );
    assert_eq!(f.len(), 1, "{f:?}");
    assert!(f[0].contains("(Portuguese)"), "{f:?}");
    let f =
        findings("The minister told El Mundo: \"No vamos a permitir que se rompa España.\"\n");
    assert_eq!(f.len(), 1, "{f:?}");
    assert!(f[0].contains("(Spanish)"), "{f:?}");
}

#[test]
fn furniture_is_left_to_web_boilerplate() {
    let text = "Drought in the South-West\n\nFarmers asked for help on Monday.\n\nLire aussi : Sécheresse, les agriculteurs du Sud-Ouest demandent de l'aide\n";
    assert!(findings(text).is_empty(), "{:?}", findings(text));
}

#[test]
fn single_words_with_foreign_letters() {
    let f = findings("The ministers of the federation and the länder met on Monday.\n");
    assert_eq!(f.len(), 1, "{f:?}");
    assert!(f[0].contains("(German)"), "{f:?}");
}

#[test]
fn names_loans_and_titles_stay_quiet() {
    for text in [
        "Charles de Gaulle met the ambassador of the Banco de España in Paris.",
        "Le Monde and Der Spiegel reported that Ursula von der Leyen will visit.",
        "Members of the Alternative für Deutschland walked out of the Bundestag.",
        "The coup d'état was a fait accompli, and the raison d'être of the junta was power.",
        "It felt like déjà vu: the status quo, per se, was never the problem, and vice versa.",
        "The de facto leader ordered à la carte dishes and took the case pro bono.",
        "Realpolitik and the Zeitgeist explain the Ostpolitik of the period.",
        "She quoted “Les Misérables” and “La Dolce Vita” in her speech.",
        "Merkel’s words, “wir schaffen das” (we can do it), became famous.",
        "The courts of the Länder (the federal states) will decide.",
        "Des Moines and Los Angeles elected new mayors; Le Pen lost in Pas-de-Calais.",
        "The Corriere della Sera and El País ran the story on the front page.",
        "The café served crème brûlée and a fine rosé to the fiancée.",
        "He ordered a döner kebab and a jalapeño pizza from the señora.",
        "The protégé, née Smith, gave a résumé of the exposé.",
        "Don't worry: it's the government's plan, and they'll announce it.",
    ] {
        assert!(findings(text).is_empty(), "{text}: {:?}", findings(text));
    }
}

#[test]
fn source_languages_setting_is_respected() {
    let text =
        "The funeral is on Thursday. Les obsèques auront lieu ce jeudi à la cathédrale.\n";
    let mut settings = Settings {
        langs: LangSet::from_langs(&[Lang::De]),
        ..Settings::default()
    };
    assert!(findings_with(text, &settings).is_empty());
    settings.langs = LangSet::from_langs(&[Lang::Fr]);
    assert_eq!(findings_with(text, &settings).len(), 1);
}
