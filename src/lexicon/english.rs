//! Small closed word classes of English, written by the mtlint authors.
//! Licence: same as mtlint (MIT OR Apache-2.0). All lists are lowercase and sorted
//! (a test checks), looked up by binary search.

use super::keys;

/// Function words: articles, pronouns, prepositions, conjunctions, auxiliaries.
pub const STOPWORDS: &[&str] = &[
    "a", "about", "after", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at",
    "be", "been", "before", "being", "between", "both", "but", "by", "can", "could", "did", "do",
    "does", "during", "each", "for", "from", "had", "has", "have", "he", "her", "his", "how", "i",
    "if", "in", "into", "is", "it", "its", "may", "more", "most", "must", "no", "not", "of", "on",
    "or", "our", "over", "she", "should", "so", "some", "such", "than", "that", "the", "their",
    "them", "then", "there", "these", "they", "this", "those", "through", "to", "under", "up",
    "was", "we", "were", "what", "when", "where", "which", "while", "who", "will", "with", "would",
    "you", "your",
];

/// The longest stop word, in bytes (at most seven: they are searched packed).
const MAX_STOPWORD_LEN: usize = {
    let mut max = 0;
    let mut i = 0;
    while i < STOPWORDS.len() {
        if STOPWORDS[i].len() > max {
            max = STOPWORDS[i].len();
        }
        i += 1;
    }
    max
};

/// [`STOPWORDS`] packed ([`keys::pack_short`]) and sorted, for an integer binary search.
const STOPWORD_KEYS: [u64; STOPWORDS.len()] = keys::packed_sorted(STOPWORDS);

/// Is `word` (any case) a stop word? The same answer as `contains(STOPWORDS, word)`, for
/// an ASCII word by a binary search of packed integers (after a length test: stop words
/// are short) instead of strings.
pub fn is_stop_word(word: &str) -> bool {
    if !word.is_ascii() {
        return contains(STOPWORDS, word);
    }
    // Lowercasing keeps the length of ASCII.
    if word.len() > MAX_STOPWORD_LEN {
        return false;
    }
    let mut b = [0u8; MAX_STOPWORD_LEN];
    let b = &mut b[..word.len()];
    b.copy_from_slice(word.as_bytes());
    b.make_ascii_lowercase();
    STOPWORD_KEYS.binary_search(&keys::pack_short(b)).is_ok()
}

/// Words that show a clause has a finite verb (auxiliaries, modals, copulas, and the most
/// common verbs in their finite forms). Words ending in -ed are treated as verbs too.
pub const FINITE_VERBS: &[&str] = &[
    "add",
    "adds",
    "agree",
    "agrees",
    "allow",
    "allows",
    "am",
    "appear",
    "appears",
    "are",
    "ask",
    "asks",
    "became",
    "become",
    "becomes",
    "began",
    "begin",
    "begins",
    "believe",
    "believes",
    "bring",
    "brings",
    "brought",
    "build",
    "builds",
    "built",
    "buy",
    "buys",
    "call",
    "calls",
    "came",
    "can",
    "come",
    "comes",
    "consider",
    "considers",
    "continue",
    "continues",
    "could",
    "create",
    "creates",
    "decide",
    "decides",
    "did",
    "do",
    "does",
    "done",
    "feel",
    "feels",
    "felt",
    "find",
    "finds",
    "follow",
    "follows",
    "found",
    "gave",
    "get",
    "gets",
    "give",
    "gives",
    "go",
    "goes",
    "gone",
    "got",
    "grew",
    "grow",
    "grows",
    "had",
    "has",
    "have",
    "hear",
    "hears",
    "held",
    "help",
    "helps",
    "hold",
    "holds",
    "include",
    "includes",
    "is",
    "keep",
    "keeps",
    "kept",
    "knew",
    "know",
    "knows",
    "lead",
    "leads",
    "learn",
    "learns",
    "leave",
    "leaves",
    "led",
    "left",
    "let",
    "lets",
    "like",
    "likes",
    "live",
    "lives",
    "look",
    "looks",
    "lose",
    "loses",
    "lost",
    "made",
    "make",
    "makes",
    "may",
    "mean",
    "means",
    "meant",
    "meet",
    "meets",
    "met",
    "might",
    "move",
    "moves",
    "must",
    "need",
    "needs",
    "offer",
    "offers",
    "open",
    "opens",
    "pay",
    "pays",
    "put",
    "puts",
    "ran",
    "reach",
    "reaches",
    "read",
    "reads",
    "remain",
    "remains",
    "require",
    "requires",
    "run",
    "runs",
    "said",
    "sat",
    "saw",
    "say",
    "says",
    "see",
    "seem",
    "seems",
    "seen",
    "sees",
    "sent",
    "serve",
    "serves",
    "set",
    "sets",
    "shall",
    "should",
    "show",
    "shows",
    "sit",
    "sits",
    "spoke",
    "stand",
    "stands",
    "start",
    "starts",
    "stay",
    "stays",
    "stood",
    "support",
    "supports",
    "take",
    "takes",
    "talk",
    "talks",
    "tell",
    "tells",
    "tend",
    "tends",
    "think",
    "thinks",
    "thought",
    "told",
    "took",
    "tries",
    "try",
    "turn",
    "turns",
    "understand",
    "understands",
    "use",
    "uses",
    "want",
    "wants",
    "was",
    "went",
    "were",
    "will",
    "win",
    "wins",
    "won",
    "work",
    "works",
    "would",
    "write",
    "writes",
    "wrote",
];

/// Words that leave a sentence hanging when they end it: an article, a preposition, a
/// conjunction or a possessive cannot end an English sentence.
pub const DANGLING_ENDINGS: &[&str] = &[
    "a", "about", "against", "among", "an", "and", "as", "at", "between", "but", "by", "during",
    "for", "from", "her", "his", "in", "into", "its", "of", "on", "or", "our", "than", "the",
    "their", "to", "towards", "under", "with", "within", "without", "your",
];

/// Nationality and regional adjectives that qualify a following noun.
pub const NATIONALITIES: &[&str] = &[
    "african",
    "american",
    "arab",
    "asian",
    "australian",
    "austrian",
    "belgian",
    "brazilian",
    "british",
    "canadian",
    "chinese",
    "dutch",
    "egyptian",
    "european",
    "french",
    "german",
    "greek",
    "indian",
    "iranian",
    "iraqi",
    "irish",
    "israeli",
    "italian",
    "japanese",
    "korean",
    "mexican",
    "moroccan",
    "palestinian",
    "polish",
    "portuguese",
    "russian",
    "saudi",
    "spanish",
    "swedish",
    "swiss",
    "syrian",
    "turkish",
    "ukrainian",
];

/// CamelCase names that are written as one word (brands, products, places), lowercase.
pub const CAMEL_CASE_NAMES: &[&str] = &[
    "airbnb",
    "appveyor",
    "arcgis",
    "bitbucket",
    "blackberry",
    "blackrock",
    "bloomberg",
    "chatgpt",
    "circleci",
    "coffeescript",
    "coursera",
    "datacamp",
    "deepmind",
    "devops",
    "docusign",
    "dropbox",
    "easyjet",
    "eventbrite",
    "facebook",
    "fedex",
    "firefox",
    "freebsd",
    "gitbook",
    "github",
    "gitlab",
    "gitter",
    "glaxosmithkline",
    "gofundme",
    "googlemeet",
    "hackathon",
    "hackmd",
    "hubspot",
    "indiegogo",
    "instagram",
    "javascript",
    "jetblue",
    "jupyterhub",
    "jupyterlab",
    "kickstarter",
    "kidsgrove",
    "leetcode",
    "libreoffice",
    "linkedin",
    "livestream",
    "macbook",
    "mailchimp",
    "mastercard",
    "mcdonald",
    "mcdonalds",
    "metlife",
    "microsoft",
    "mongodb",
    "myspace",
    "mysql",
    "netflix",
    "nextcloud",
    "onedrive",
    "openai",
    "openstreetmap",
    "paypal",
    "playstation",
    "postgresql",
    "powerpoint",
    "pricewaterhousecoopers",
    "pubmed",
    "pycon",
    "pydata",
    "pypi",
    "quickbooks",
    "readthedocs",
    "researchgate",
    "rstudio",
    "salesforce",
    "scipy",
    "sharepoint",
    "skype",
    "slideshare",
    "smartphone",
    "snapchat",
    "soundcloud",
    "sourceforge",
    "spacex",
    "stackexchange",
    "stackoverflow",
    "surveymonkey",
    "swiftkey",
    "teamviewer",
    "techcrunch",
    "tiktok",
    "travisci",
    "tripadvisor",
    "typescript",
    "unitedhealth",
    "visualstudio",
    "vscode",
    "whatsapp",
    "wikipedia",
    "wordpress",
    "xbox",
    "youtube",
    "zipcar",
];

pub fn contains(list: &[&str], word: &str) -> bool {
    if word.bytes().all(|b| b.is_ascii_lowercase()) {
        list.binary_search(&word).is_ok()
    } else {
        list.binary_search(&word.to_lowercase().as_str()).is_ok()
    }
}

/// The months, as English writes them.
pub const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The index in [`MONTHS`] of a month name (any case).
pub fn month_index(word: &str) -> Option<usize> {
    MONTHS.iter().position(|m| m.eq_ignore_ascii_case(word))
}

/// A month name or its usual abbreviation, its first three letters or "Sept" (any case).
pub fn is_month_or_abbreviation(word: &str) -> bool {
    month_index(word).is_some()
        || (word.len() == 3 && MONTHS.iter().any(|m| m[..3].eq_ignore_ascii_case(word)))
        || word.eq_ignore_ascii_case("sept")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_sorted_and_lowercase() {
        for list in [
            STOPWORDS,
            FINITE_VERBS,
            DANGLING_ENDINGS,
            NATIONALITIES,
            CAMEL_CASE_NAMES,
        ] {
            for w in list.windows(2) {
                assert!(w[0] < w[1], "{} >= {}", w[0], w[1]);
            }
            assert!(list.iter().all(|w| *w == w.to_lowercase()));
        }
        assert!(contains(STOPWORDS, "The"));
    }

    #[test]
    fn months_and_their_abbreviations() {
        assert_eq!(month_index("march"), Some(2));
        for w in ["Jan", "SEPT", "sep", "may", "December"] {
            assert!(is_month_or_abbreviation(w), "{w}");
        }
        for w in ["ja", "janu", "septe", "mayo", "de"] {
            assert!(!is_month_or_abbreviation(w), "{w}");
        }
    }
}
