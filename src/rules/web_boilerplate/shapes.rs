//! Furniture recognised by its shape rather than by a phrase: section labels, time and
//! source stamps, agency photo credits, teasers with thumbnails, "Trending on" lines, site
//! names above the headline and forum banners.

use super::table;
use crate::document::{BlockKind, Document};
use crate::lexicon::english;

/// "*** FRENCH POLITICS PING LIST ***": starts and ends with three or more asterisks set
/// apart by spaces (so not Markdown emphasis), at least three words, every letter a
/// capital.
pub(super) fn banner(line: &str) -> bool {
    let line = line.trim();
    let Some(inner) = line.strip_prefix("***").and_then(|l| l.strip_suffix("***")) else {
        return false;
    };
    let inner = inner.trim_matches('*');
    inner.starts_with(char::is_whitespace)
        && inner.ends_with(char::is_whitespace)
        && inner
            .split_whitespace()
            .filter(|w| w.chars().any(char::is_alphabetic))
            .count()
            >= 3
        && inner
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase)
}

/// Section names news sites print above or after a headline ("Politics", "– World").
pub(super) const SECTIONS: &[&str] = &[
    "business",
    "chronicle",
    "culture",
    "economy",
    "entertainment",
    "international",
    "international news",
    "latest news",
    "local news",
    "national",
    "national news",
    "news",
    "politics",
    "society",
    "sport",
    "sports",
    "top stories",
    "world",
    "world news",
];

pub(super) fn is_section(s: &str) -> bool {
    SECTIONS.contains(&s)
}

pub(super) const DASHES: [char; 3] = ['-', '–', '—'];

/// Furniture recognised by its shape rather than by a phrase: (start, end, description).
/// `leading` says the block comes before the first paragraph of running text.
pub(super) fn furniture_pattern(
    doc: &Document,
    idx: usize,
    text: &str,
    leading: bool,
    buf: &mut String,
) -> Option<(usize, usize, String)> {
    let block = &doc.blocks[idx];
    let whole = |what: &str| Some((block.start(), block.end(), what.to_string()));
    table::normalize_line_into(text, buf);
    let line: &str = buf;
    let bare = line.trim_start_matches(DASHES).trim_start();
    let marker = &doc.text[block.line_start()..block.start()];
    // A dash before the label may have been read as a list marker; an item of a real list
    // ("- Entertainment" among other items) is not a label.
    let list_item = |i: usize| {
        doc.blocks
            .get(i)
            .is_some_and(|b| b.kind == BlockKind::ListItem)
    };
    let dashed = bare.len() < line.len()
        || (block.kind == BlockKind::ListItem
            && marker.trim_start().starts_with(DASHES)
            && !list_item(idx + 1)
            && (idx == 0 || !list_item(idx - 1)));
    // "Politics" above the headline, "– International News" anywhere.
    if is_section(bare) && (dashed || (leading && idx > 0)) {
        return whole("a section label");
    }
    if relative_time(line) {
        return whole("a relative time stamp");
    }
    if date_source_stamp(line) {
        return whole("a date and source stamp");
    }
    if photo_credit(text) {
        return whole("a photo credit");
    }
    if thumbnail_link(text) {
        return whole("the headline of another article, with its thumbnail label");
    }
    if trending_teaser(text) {
        return whole("a “Trending on …” teaser");
    }
    if site_name_line(doc, idx) {
        return whole("a news site's name above the headline");
    }
    // "Headline – Politics": a section name glued to a headline near the top.
    if leading && !text.contains('\n') {
        let trimmed = text.trim_end();
        for sep in [" – ", " - ", " — ", " | "] {
            if let Some(pos) = trimmed.rfind(sep) {
                let label = table::normalize_line(&trimmed[pos + sep.len()..]);
                if is_section(&label) && pos > 0 {
                    let start = text.as_ptr() as usize - doc.text.as_ptr() as usize + pos;
                    let end = text.as_ptr() as usize - doc.text.as_ptr() as usize + trimmed.len();
                    return Some((start, end, "a section name after the headline".to_string()));
                }
            }
        }
    }
    None
}

/// "Headline of another article | Calcalist thumbnail": a link whose image's label was
/// scraped with it, the last "|" part one to four words ending in "thumbnail".
pub(super) fn thumbnail_link(text: &str) -> bool {
    let text = text.trim();
    let Some((head, tail)) = text.rsplit_once('|') else {
        return false;
    };
    let words: Vec<&str> = tail.split_whitespace().collect();
    !text.contains('\n')
        && head.split_whitespace().count() >= 2
        && (1..=4).contains(&words.len())
        && words
            .last()
            .is_some_and(|w| w.eq_ignore_ascii_case("thumbnail"))
}

/// "Trending on Canadian News  Grec 2022: six shows not to miss": a site's teaser of one
/// of its own articles. "Trending on", the site's name (one to four capitalised words),
/// then the end of the line or a separator (two spaces, "|", a dash, a colon) and the
/// teaser.
pub(super) fn trending_teaser(text: &str) -> bool {
    let text = text.trim();
    let Some(rest) = text.strip_prefix("Trending on ") else {
        return false;
    };
    if text.contains('\n') || text.split_whitespace().count() > 30 {
        return false;
    }
    let site_end = ["  ", " | ", " - ", " – ", " — ", ": "]
        .iter()
        .filter_map(|sep| rest.find(sep))
        .min()
        .unwrap_or(rest.len());
    let site: Vec<&str> = rest[..site_end].split(' ').collect();
    (1..=4).contains(&site.len())
        && site.iter().all(|w| {
            w.starts_with(|c: char| c.is_uppercase())
                && w.chars()
                    .all(|c| c.is_alphanumeric() || matches!(c, '.' | '\'' | '’' | '&'))
        })
}

/// A news site's name or slogan on its own line at the very top, above the headline
/// ("News Net Nebraska", "Get News Fast"): three or four capitalised words, one of them
/// "News", none a function word, no punctuation; only site lines above it; under it a
/// headline of six words or more (a blog's "Lab News Roundup" over "What We Learned" is
/// a title and its subtitle).
pub(super) fn site_name_line(doc: &Document, idx: usize) -> bool {
    fn site_words(text: &str) -> bool {
        let text = text.trim();
        // A line without "News" is settled before its words are collected.
        if memchr::memmem::find(text.as_bytes(), b"News").is_none() {
            return false;
        }
        let words: Vec<&str> = text.split(' ').collect();
        !text.contains('\n')
            && (3..=4).contains(&words.len())
            && words.contains(&"News")
            && words.iter().all(|w| {
                w.starts_with(|c: char| c.is_uppercase())
                    && w.chars().all(char::is_alphanumeric)
                    && !english::contains(english::STOPWORDS, w)
            })
    }
    let headline = |i: usize| {
        doc.blocks.get(i).is_some_and(|b| {
            let t = doc.block_text(b).trim();
            b.kind != BlockKind::ListItem
                && !t.contains('\n')
                && (6..=30).contains(&t.split_whitespace().count())
                && !t.ends_with(['.', ':', ';', ','])
        })
    };
    let site_line = |i: usize| {
        let b = &doc.blocks[i];
        b.kind != BlockKind::ListItem && site_words(doc.block_text(b))
    };
    if idx > 2 || !(0..=idx).all(site_line) {
        return false;
    }
    // The first line that is not a site line: the headline.
    (idx + 1..doc.blocks.len().min(4))
        .find(|&i| !site_line(i))
        .is_some_and(headline)
}

/// "4 months ago", "2 hours ago 12" (a comment count after it).
pub(super) fn relative_time(line: &str) -> bool {
    // Three or four words, the third "ago" (read without collecting the words).
    let mut words = line.split(' ');
    let (Some(n), Some(unit), Some("ago")) = (words.next(), words.next(), words.next()) else {
        return false;
    };
    let count = words.next();
    if words.next().is_some() {
        return false;
    }
    let unit = unit.trim_end_matches('s');
    (n.bytes().all(|b| b.is_ascii_digit()) || matches!(n, "a" | "an" | "one"))
        && matches!(
            unit,
            "second" | "sec" | "minute" | "min" | "hour" | "hr" | "day" | "week" | "month" | "year"
        )
        && count.is_none_or(|c| c.bytes().all(|b| b.is_ascii_digit()))
}

/// "In November 2018 09, 04:17 source: example.com": a date or time, then "source:".
pub(super) fn date_source_stamp(line: &str) -> bool {
    let Some(pos) = memchr::memmem::find(line.as_bytes(), b"source:") else {
        return false;
    };
    let before = &line[..pos];
    let clock = before
        .as_bytes()
        .windows(3)
        .any(|w| w[0].is_ascii_digit() && w[1] == b':' && w[2].is_ascii_digit());
    let year = before
        .split(|c: char| !c.is_ascii_digit())
        .any(|d| d.len() == 4 && (d.starts_with("19") || d.starts_with("20")));
    // Every word before "source:" belongs to a date or time stamp.
    let stamp_word = |w: &str| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        w.is_empty()
            || w.bytes().any(|b| b.is_ascii_digit())
            || matches!(
                w,
                "on" | "in"
                    | "at"
                    | "am"
                    | "pm"
                    | "published"
                    | "updated"
                    | "posted"
                    | "time"
                    | "date"
                    | "release"
                    | "january"
                    | "february"
                    | "march"
                    | "april"
                    | "may"
                    | "june"
                    | "july"
                    | "august"
                    | "september"
                    | "october"
                    | "november"
                    | "december"
                    | "monday"
                    | "tuesday"
                    | "wednesday"
                    | "thursday"
                    | "friday"
                    | "saturday"
                    | "sunday"
            )
    };
    (before.is_empty() || before.ends_with(' '))
        && (clock || year)
        && before.split(' ').filter(|w| !w.is_empty()).count() <= 8
        && before.split(' ').all(stamp_word)
        && line.split(' ').count() <= 20
}

/// "Xinhua News Agency reporter Li Hua photo": an agency photo credit rendered word for
/// word, the photographer's name (one to four capitalised words) between "reporter" and
/// "photo", nothing after it.
pub(super) fn photo_credit(text: &str) -> bool {
    let line = text.trim().trim_start_matches('(').trim_end_matches(')');
    // The last word must be "photo", so the line must end with it: settled before the
    // words are collected.
    let end = line.trim_end().as_bytes();
    if !(end.len() >= 5 && end[end.len() - 5..].eq_ignore_ascii_case(b"photo")) {
        return false;
    }
    let words: Vec<&str> = line.split_whitespace().collect();
    if words.len() > 12
        || !words
            .last()
            .is_some_and(|w| w.eq_ignore_ascii_case("photo"))
    {
        return false;
    }
    let Some(r) = words.iter().rposition(|w| {
        ["reporter", "correspondent", "photographer"]
            .iter()
            .any(|k| w.eq_ignore_ascii_case(k))
    }) else {
        return false;
    };
    let name = &words[r + 1..words.len() - 1];
    (1..=4).contains(&name.len())
        && name.iter().all(|w| {
            w.starts_with(|c: char| c.is_uppercase()) && w.chars().all(char::is_alphabetic)
        })
}
