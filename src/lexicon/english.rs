//! Small closed word classes of English, written by the mtlint authors.
//! Licence: same as mtlint (MIT OR Apache-2.0). All lists are lowercase and sorted
//! (a test checks), looked up by binary search.

/// Function words: articles, pronouns, prepositions, conjunctions, auxiliaries.
pub const STOPWORDS: &[&str] = &[
    "a", "about", "after", "against", "all", "also", "am", "an", "and", "any", "are", "as",
    "at", "be", "been", "before", "being", "between", "both", "but", "by", "can", "could", "did",
    "do", "does", "during", "each", "for", "from", "had", "has", "have", "he", "her", "his",
    "how", "i", "if", "in", "into", "is", "it", "its", "may", "more", "most", "must", "no",
    "not", "of", "on", "or", "our", "over", "she", "should", "so", "some", "such", "than",
    "that", "the", "their", "them", "then", "there", "these", "they", "this", "those", "through",
    "to", "under", "up", "was", "we", "were", "what", "when", "where", "which", "while", "who",
    "will", "with", "would", "you", "your",
];

/// Words that show a clause has a finite verb (auxiliaries, modals, copulas, and the most
/// common verbs in their finite forms). Words ending in -ed are treated as verbs too.
pub const FINITE_VERBS: &[&str] = &[
    "add", "adds", "agree", "agrees", "allow", "allows", "am", "appear", "appears", "are",
    "ask", "asks", "became", "become", "becomes", "began", "begin", "begins", "believe",
    "believes", "bring", "brings", "brought", "build", "builds", "built", "buy", "buys",
    "call", "calls", "came", "can", "come", "comes", "consider", "considers", "continue",
    "continues", "could", "create", "creates", "decide", "decides", "did", "do", "does", "done",
    "feel", "feels", "felt", "find", "finds", "follow", "follows", "found", "gave", "get",
    "gets", "give", "gives", "go", "goes", "gone", "got", "grew", "grow", "grows", "had", "has",
    "have", "hear", "hears", "held", "help", "helps", "hold", "holds", "include", "includes",
    "is", "keep", "keeps", "kept", "know", "knew", "knows", "lead", "leads", "learn", "learns",
    "leave", "leaves", "led", "left", "let", "lets", "like", "likes", "live", "lives", "look",
    "looks", "lose", "loses", "lost", "made", "make", "makes", "may", "mean", "means", "meant",
    "meet", "meets", "met", "might", "move", "moves", "must", "need", "needs", "offer",
    "offers", "open", "opens", "pay", "pays", "put", "puts", "ran", "reach", "reaches", "read",
    "reads", "remain", "remains", "require", "requires", "run", "runs", "said", "sat", "saw",
    "say", "says", "see", "seem", "seems", "seen", "sees", "sent", "serve", "serves", "set",
    "sets", "shall", "should", "show", "shows", "sit", "sits", "spoke", "stand", "stands",
    "start", "starts", "stay", "stays", "stood", "support", "supports", "take", "takes",
    "talk", "talks", "tell", "tells", "tend", "tends", "think", "thinks", "thought", "told",
    "took", "try", "tries", "turn", "turns", "understand", "understands", "use", "uses", "want",
    "wants", "was", "went", "were", "will", "win", "wins", "won", "work", "works", "would",
    "write", "writes", "wrote",
];

/// Words that leave a sentence hanging when they end it: an article, a preposition, a
/// conjunction or a possessive cannot end an English sentence.
pub const DANGLING_ENDINGS: &[&str] = &[
    "a", "about", "against", "among", "an", "and", "as", "at", "between", "but", "by",
    "during", "for", "from", "her", "his", "in", "into", "its", "of", "on", "or", "our",
    "than", "the", "their", "to", "towards", "under", "with", "within", "without", "your",
];

/// Nationality and regional adjectives that qualify a following noun.
pub const NATIONALITIES: &[&str] = &[
    "african", "american", "arab", "asian", "australian", "austrian", "belgian", "brazilian",
    "british", "canadian", "chinese", "dutch", "egyptian", "european", "french", "german",
    "greek", "indian", "iranian", "iraqi", "irish", "israeli", "italian", "japanese", "korean",
    "mexican", "moroccan", "palestinian", "polish", "portuguese", "russian", "saudi",
    "spanish", "swedish", "swiss", "syrian", "turkish", "ukrainian",
];

/// CamelCase names that are written as one word (brands, products, places), lowercase.
pub const CAMEL_CASE_NAMES: &[&str] = &[
    "airbnb", "appveyor", "arcgis", "bitbucket", "blackberry", "blackrock", "bloomberg",
    "chatgpt", "circleci", "coffeescript", "coursera", "datacamp", "deepmind", "devops",
    "docusign", "dropbox", "easyjet", "eventbrite", "facebook", "fedex", "firefox", "freebsd",
    "gitbook", "github", "gitlab", "gitter", "glaxosmithkline", "gofundme", "googlemeet",
    "hackmd", "hackathon", "hubspot", "indiegogo", "instagram", "javascript", "jetblue",
    "jupyterhub", "jupyterlab", "kickstarter", "kidsgrove", "leetcode", "libreoffice",
    "linkedin", "livestream", "macbook", "mailchimp", "mastercard", "mcdonald", "mcdonalds",
    "metlife", "microsoft", "mongodb", "myspace", "mysql", "netflix", "nextcloud",
    "onedrive", "openai", "openstreetmap", "paypal", "playstation", "postgresql", "powerpoint",
    "pricewaterhousecoopers", "pubmed", "pycon", "pydata", "pypi", "quickbooks", "readthedocs",
    "researchgate", "rstudio", "salesforce", "scipy", "sharepoint", "skype", "slideshare",
    "smartphone", "snapchat", "soundcloud", "sourceforge", "spacex", "stackexchange",
    "stackoverflow", "surveymonkey", "swiftkey", "teamviewer", "techcrunch", "tiktok",
    "travisci", "tripadvisor", "typescript", "unitedhealth", "visualstudio", "vscode",
    "whatsapp", "wikipedia", "wordpress", "xbox", "youtube", "zipcar",
];

pub fn contains(list: &[&str], word: &str) -> bool {
    if word.bytes().all(|b| b.is_ascii_lowercase()) {
        list.binary_search(&word).is_ok()
    } else {
        list.binary_search(&word.to_lowercase().as_str()).is_ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_sorted_and_lowercase() {
        for list in [STOPWORDS, FINITE_VERBS, DANGLING_ENDINGS, NATIONALITIES, CAMEL_CASE_NAMES] {
            for w in list.windows(2) {
                assert!(w[0] < w[1], "{} >= {}", w[0], w[1]);
            }
            assert!(list.iter().all(|w| *w == w.to_lowercase()));
        }
        assert!(contains(STOPWORDS, "The"));
    }
}
