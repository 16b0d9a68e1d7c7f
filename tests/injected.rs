//! Recall on artifacts injected into real, well-edited prose (`../shared/corpus/clean/`):
//! a seeded injector puts one artifact of a class into an article, in one of several
//! realistic variants, and the test checks that the rule of that class reports it.
//! Prints recall per class.

mod common;

use std::collections::BTreeMap;

use mtlint::{Format, Settings};

/// A small seeded generator (xorshift), so runs are reproducible without a dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn pick<'a, T>(&mut self, v: &'a [T]) -> &'a T {
        &v[self.below(v.len())]
    }
}

/// An injected artifact: the new text and the byte range the finding must overlap.
struct Injected {
    text: String,
    start: usize,
    end: usize,
}

fn paragraphs(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        let l = line.trim_end_matches('\n');
        if l.split_whitespace().count() >= 12 && l.ends_with('.') && !l.starts_with("- ") {
            out.push((pos, pos + l.len()));
        }
        pos += line.len();
    }
    out
}

fn splice(text: &str, at: usize, remove: usize, insert: &str) -> String {
    let mut s = String::with_capacity(text.len() + insert.len());
    s.push_str(&text[..at]);
    s.push_str(insert);
    s.push_str(&text[at + remove..]);
    s
}

const BOILERPLATE: &[&str] = &[
    "Leave a Reply",
    "Your email address will not be published.",
    "Share this article",
    "Subscribe to our newsletter",
    "Read also: Ministers meet again in Brussels",
    "Lire aussi : Le sommet de Bruxelles",
    "Leggi anche: Il vertice di Bruxelles",
    "Photo: AFP",
    "Click here to subscribe",
];

const CAPTIONS: &[&str] = &[
    "Foreign Minister Anna Kowalska and her counterpart Pierre Martin at the ministry in Warsaw, Feb. 3, 2024.",
    "President Maria Santos and Prime Minister John Avery during a press conference in Lisbon, June 14, 2023.",
    "Rescue workers of the Red Cross near Valencia, in eastern Spain, Nov. 2, 2024.",
];

/// A comma or full stop touching a closing double quotation mark, found by a scan of
/// the text independent of the rule's own.
struct QuotePunct {
    /// The mark and the punctuation, in text order.
    start: usize,
    inside: bool,
    /// Quoted speech: a capital first letter, opening a sentence or after `:` `,` or a
    /// dash. Anything else is a quoted phrase.
    speech: bool,
    comma: bool,
    words: usize,
}

fn quote_punctuations(text: &str) -> Vec<QuotePunct> {
    let mut out = Vec::new();
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        let l = line.trim_end_matches('\n');
        let straight = l.matches('"').count();
        let mut open: Option<(usize, usize)> = None;
        for (i, c) in l.char_indices() {
            let prev = l[..i].chars().next_back();
            let closes = match c {
                '“' => {
                    open = Some((i, c.len_utf8()));
                    false
                }
                '”' => open.is_some(),
                '"' if straight % 2 == 0 && !prev.is_some_and(|p| p.is_ascii_digit()) => {
                    if open.is_none() {
                        open = Some((i, 1));
                        false
                    } else {
                        true
                    }
                }
                _ => false,
            };
            if !closes {
                continue;
            }
            let (o, olen) = open.take().unwrap();
            let clen = c.len_utf8();
            let after = &l[i + clen..];
            let spaced = |s: &str| s.chars().next().is_none_or(char::is_whitespace);
            let (inside, start, content, rest) = match (prev, after.chars().next()) {
                (Some(',' | '.'), _) if spaced(after) => (true, i - 1, &l[o + olen..i - 1], after),
                (_, Some(',' | '.')) if spaced(&after[1..]) => {
                    (false, i, &l[o + olen..i], &after[1..])
                }
                _ => continue,
            };
            let (Some(first), Some(last)) = (content.chars().next(), content.chars().next_back())
            else {
                continue;
            };
            // A list of quotations (“Yes,” “No”) is not a placement to choose.
            if !last.is_alphanumeric() || rest.trim_start().starts_with(['"', '“']) {
                continue;
            }
            let before = l[..o]
                .trim_end()
                .trim_end_matches(['”', '"', ')'])
                .trim_end();
            let speech = first.is_uppercase()
                && before.chars().next_back().is_none_or(|p| {
                    matches!(p, ':' | '.' | '?' | '!' | ',' | '-' | '—' | '–' | '(')
                });
            out.push(QuotePunct {
                start: pos + start,
                inside,
                speech,
                comma: l.as_bytes()[if inside { start } else { start + clen }] == b',',
                words: content.split_whitespace().count(),
            });
        }
        pos += line.len();
    }
    out
}

fn inject(class: &str, text: &str, rng: &mut Rng) -> Option<Injected> {
    let paras = paragraphs(text);
    if paras.is_empty() {
        return None;
    }
    let (ps, pe) = *rng.pick(&paras);
    let para = &text[ps..pe];
    match class {
        "repeated-word" => {
            let words = [" the ", " of ", " to ", " and ", " for ", " with ", " a "];
            let w = rng.pick(&words);
            let off = para.find(w)?;
            let at = ps + off + 1;
            let word = w.trim();
            let t = splice(text, at, 0, &format!("{word} "));
            Some(Injected {
                text: t,
                start: at,
                end: at + 2 * word.len() + 1,
            })
        }
        "glued-words" => {
            let openers = [
                ". The ", ". This ", ". It ", ". In ", ". But ", ". We ", ". They ",
            ];
            let found = openers
                .iter()
                .filter_map(|o| para.find(o).map(|i| (i, o)))
                .min()?;
            let at = ps + found.0 + 1;
            let t = splice(text, at, 1, "");
            Some(Injected {
                text: t,
                start: at - 3,
                end: at + 3,
            })
        }
        "duplicate-heading" => {
            let title_end = text.find('\n')?;
            let title = &text[..title_end];
            if title.split_whitespace().count() < 3 {
                return None;
            }
            let copy = if rng.below(2) == 0 {
                title.to_string()
            } else {
                format!(
                    "{}{}",
                    rng.pick(&["World", "Politics", "Science", "Analysis"]),
                    title
                )
            };
            let t = splice(text, title_end, 0, &format!("\n\n{copy}"));
            Some(Injected {
                text: t,
                start: title_end + 2,
                end: title_end + 2 + copy.len(),
            })
        }
        "duplicate-paragraph" => {
            let t = splice(text, pe, 0, &format!("\n\n{para}"));
            Some(Injected {
                text: t,
                start: pe + 2,
                end: pe + 2 + para.len(),
            })
        }
        "web-boilerplate" => {
            let line = rng.pick(BOILERPLATE);
            let mut t = text.trim_end().to_string();
            let start = t.len() + 2;
            t.push_str("\n\n");
            t.push_str(line);
            t.push('\n');
            Some(Injected {
                text: t,
                start,
                end: start + line.len(),
            })
        }
        "sentence-fragment" => {
            if rng.below(2) == 0 {
                let off = para.find(", which ")?;
                let at = ps + off;
                let t = splice(text, at, 1, ".");
                Some(Injected {
                    text: t,
                    start: at,
                    end: at + 8,
                })
            } else {
                let off = para.find(". ")?;
                let at = ps + off + 1;
                let t = splice(text, at, 0, " .");
                Some(Injected {
                    text: t,
                    start: at,
                    end: at + 2,
                })
            }
        }
        "calque" => {
            let entries = calque_phrases();
            let phrase = rng.pick(&entries).trim_end_matches(',');
            let mut cap = phrase.to_string();
            if let Some(f) = cap.get(..1) {
                cap = f.to_uppercase() + &cap[1..];
            }
            let insert = format!("{cap}, ");
            let t = splice(text, ps, 0, &insert);
            Some(Injected {
                text: t,
                start: ps,
                end: ps + insert.len(),
            })
        }
        "mixed-quotes" => match rng.below(3) {
            0 => {
                // « guillemets » around a word.
                let off = para.find(" the ")?;
                let at = ps + off + 1;
                let t = splice(text, at, 0, "« ");
                let close = at + "« the".len();
                let t = splice(&t, close, 0, " »");
                Some(Injected {
                    text: t,
                    start: at,
                    end: close + 3,
                })
            }
            1 => {
                // A French space before a colon or question mark.
                let off = para.find(": ").or_else(|| para.find("? "))?;
                let at = ps + off;
                let t = splice(text, at, 0, " ");
                Some(Injected {
                    text: t,
                    start: at,
                    end: at + 2,
                })
            }
            _ => {
                // A quotation in the other style from the rest of the article.
                let curly = text.contains('“');
                let (o, c) = if curly { ("\"", "\"") } else { ("“", "”") };
                if !curly && !text.contains('"') {
                    return None;
                }
                let off = para.find(" the ")?;
                let at = ps + off + 1;
                let quoted = format!("{o}the{c}");
                let t = splice(text, at, 3, &quoted);
                Some(Injected {
                    text: t,
                    start: at,
                    end: at + quoted.len(),
                })
            }
        },
        "invisible-character" => {
            let chars = ["\u{200B}", "\u{00AD}", "\u{200D}", "\u{FEFF}", "\u{202E}"];
            let off = para.find(" the ")?;
            let at = ps + off + 2;
            let c = rng.pick(&chars);
            let t = splice(text, at, 0, c);
            Some(Injected {
                text: t,
                start: at,
                end: at + c.len(),
            })
        }
        "mojibake" => {
            let damaged = [
                "CafÃ©",
                "itâ€™s",
                "MÃ¼nchen",
                "rÃ©sumÃ©",
                "â€œquotedâ€\u{9d}",
            ];
            let d = rng.pick(&damaged);
            let off = para.find(" the ")?;
            let at = ps + off + 1;
            let insert = format!("{d} ");
            let t = splice(text, at, 0, &insert);
            Some(Injected {
                text: t,
                start: at,
                end: at + d.len(),
            })
        }
        "inconsistent-name" => {
            // A capitalised two-word name used at least twice: respell one mention.
            let doc = mtlint::Document::parse(text, Format::Plain);
            let mut candidates = Vec::new();
            for pair in doc.tokens.windows(2) {
                let (a, b) = (doc.token_text(&pair[0]), doc.token_text(&pair[1]));
                if pair[0].is_word()
                    && pair[1].is_word()
                    && a.len() >= 6
                    && b.len() >= 4
                    && a.starts_with(char::is_uppercase)
                    && b.starts_with(char::is_uppercase)
                    && a[1..].chars().all(|c| c.is_ascii_lowercase())
                    && pair[1].start == pair[0].end() + 1
                    && text.matches(&format!("{a} {b}")).count() >= 2
                    && !mtlint::lexicon::is_english_word(&a.to_lowercase())
                {
                    candidates.push(pair[0].start as usize);
                }
            }
            if candidates.is_empty() {
                return None;
            }
            let at = *rng.pick(&candidates);
            let first: String = text[at..]
                .chars()
                .take_while(|c| c.is_alphanumeric())
                .collect();
            // Variants as transliteration produces them: an accent on a vowel, a letter
            // doubled or dropped inside the name ("Mohamed" / "Mohammed"), or a final
            // "i" / "y" swapped ("Sergei" / "Sergey").
            let accent = |first: &str| -> Option<String> {
                let v = first
                    .char_indices()
                    .skip(1)
                    .find(|(_, c)| matches!(c, 'a' | 'e' | 'o'))?;
                let acc = match v.1 {
                    'a' => "á",
                    'e' => "é",
                    _ => "ó",
                };
                Some(format!("{}{}{}", &first[..v.0], acc, &first[v.0 + 1..]))
            };
            let variant = match rng.below(3) {
                0 => accent(&first)?,
                1 => {
                    // Double the consonant in the middle of the name.
                    let k = first.len() / 2;
                    let c = first[k..].chars().next()?;
                    if "aeiouy".contains(c) {
                        accent(&first)?
                    } else {
                        format!("{}{}{}", &first[..k], c, &first[k..])
                    }
                }
                _ => {
                    if let Some(stem) = first.strip_suffix('i') {
                        format!("{stem}y")
                    } else if let Some(stem) = first.strip_suffix('y') {
                        format!("{stem}i")
                    } else {
                        accent(&first)?
                    }
                }
            };
            let t = splice(text, at, first.len(), &variant);
            Some(Injected {
                text: t,
                start: at,
                end: at + variant.len(),
            })
        }
        "number-format" => {
            let variants = [
                "about 1,5 million people",
                "some 50 000 soldiers",
                "the meeting at 14h30",
                "a rise of 3,2 %",
                "a fine of 200 €",
                "nearly 50.000 visitors",
            ];
            let v = rng.pick(&variants);
            let insert = format!(" It concerned {v}.");
            let t = splice(text, pe, 0, &insert);
            let start = pe + insert.find(v).unwrap();
            Some(Injected {
                text: t,
                start,
                end: start + v.len(),
            })
        }
        "untranslated-text" => {
            let sentences = [
                "Le gouvernement a annoncé une nouvelle réforme des retraites pour la fin de l'année.",
                "Die Regierung hat am Mittwoch eine neue Reform der Renten angekündigt.",
                "El gobierno anunció una nueva reforma de las pensiones para este año.",
                "Il governo ha annunciato una nuova riforma delle pensioni per quest'anno.",
                "O governo anunciou uma nova reforma das pensões para este ano.",
                "Правительство объявило о новой пенсионной реформе до конца года.",
                "أعلنت الحكومة عن إصلاح جديد لنظام التقاعد قبل نهاية العام.",
                "政府宣布将在年底前推出新的养老金改革。",
            ];
            let line = rng.pick(&sentences);
            let t = splice(text, pe, 0, &format!("\n\n{line}"));
            Some(Injected {
                text: t,
                start: pe + 2,
                end: pe + 2 + line.len(),
            })
        }
        "quote-punctuation" => {
            // Only articles with a clear style: at least five quoted sentences punctuated
            // on one side and none on the other, or five quoted phrases punctuated inside
            // and none outside (American style; phrases outside are British style, where
            // a phrase may legitimately take its own full stop inside). Machine
            // translation moves one placement to the other side, as its source does.
            let all = quote_punctuations(text);
            let mut classes: Vec<(bool, bool)> = Vec::new();
            for speech in [true, false] {
                let inside = all
                    .iter()
                    .filter(|q| q.speech == speech && q.inside)
                    .count();
                let outside = all
                    .iter()
                    .filter(|q| q.speech == speech && !q.inside)
                    .count();
                if inside >= 5 && outside == 0 {
                    classes.push((speech, true));
                } else if speech && outside >= 5 && inside == 0 {
                    classes.push((speech, false));
                }
            }
            // For quoted sentences, the moved mark (comma or full stop) must stay on the
            // dominant side at least once: from full stops alone a reader cannot tell
            // an article's comma style (strict logical punctuation puts commas outside).
            let same = |q: &QuotePunct| {
                all.iter()
                    .filter(|r| (r.speech, r.inside, r.comma) == (q.speech, q.inside, q.comma))
                    .count()
            };
            let candidates: Vec<&QuotePunct> = all
                .iter()
                .filter(|q| {
                    q.words >= 2
                        && classes.contains(&(q.speech, q.inside))
                        && (!q.speech || same(q) >= 2)
                })
                .collect();
            if candidates.is_empty() {
                return None;
            }
            let q = rng.pick(&candidates);
            // Swap the punctuation and the quotation mark.
            let two = text[q.start..].chars().take(2).collect::<Vec<_>>();
            let end = q.start + two.iter().map(|c| c.len_utf8()).sum::<usize>();
            let swapped: String = [two[1], two[0]].iter().collect();
            let t = splice(text, q.start, end - q.start, &swapped);
            Some(Injected {
                text: t,
                start: q.start,
                end,
            })
        }
        "caption-leak" => {
            let line = rng.pick(CAPTIONS);
            let t = splice(text, pe, 0, &format!("\n\n{line}"));
            Some(Injected {
                text: t,
                start: pe + 2,
                end: pe + 2 + line.len(),
            })
        }
        "tense-shift" => {
            let line =
                "A senior official said the talks had gone well. “We are ready to sign,” he says.";
            let t = splice(text, pe, 0, &format!("\n\n{line}"));
            let start = pe + 2 + line.find("he says").unwrap();
            Some(Injected {
                text: t,
                start,
                end: start + 7,
            })
        }
        _ => None,
    }
}

#[test]
fn recall_on_injected_artifacts() {
    let Some(shared) = common::shared() else {
        return;
    };
    let files = common::files(&shared.join("corpus/clean"), &["txt"]);
    let texts: Vec<String> = files
        .iter()
        .map(|f| std::fs::read_to_string(f).unwrap())
        .collect();
    let settings = Settings::default();
    let known = mtlint::rules::names();
    let classes = [
        "inconsistent-name",
        "duplicate-heading",
        "duplicate-paragraph",
        "glued-words",
        "repeated-word",
        "web-boilerplate",
        "sentence-fragment",
        "calque",
        "mixed-quotes",
        "invisible-character",
        "mojibake",
        "caption-leak",
        "tense-shift",
        "number-format",
        "untranslated-text",
        // Last, so that its draws leave the other classes' cases as they were.
        "quote-punctuation",
    ];
    let mut rng = Rng(0x5eed_2026_1126);
    let mut table: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    let mut misses: Vec<String> = Vec::new();
    for class in classes.iter().filter(|c| known.contains(c)) {
        let mut cases = 0;
        let mut attempts = 0;
        // Few clean articles quote enough to have a clear punctuation style: draw longer.
        let max_attempts = if *class == "quote-punctuation" {
            40_000
        } else {
            2000
        };
        while cases < 60 && attempts < max_attempts {
            attempts += 1;
            let k = rng.below(texts.len());
            let Some(inj) = inject(class, &texts[k], &mut rng) else {
                continue;
            };
            cases += 1;
            let injected = &inj.text[inj.start..inj.end];
            let found = mtlint::lint(&inj.text, Format::Plain, &settings).iter().any(|d| {
                d.rule == *class
                    && ((d.start() < inj.end.max(inj.start + 1) && inj.start < d.end().max(d.start() + 1))
                        // A name may be reported on any mention of its cluster.
                        || (*class == "inconsistent-name" && d.message.contains(injected)))
            });
            let e = table.entry(class).or_default();
            e.0 += 1;
            if found {
                e.1 += 1;
            } else if misses.len() < 40 {
                let s = inj.start.saturating_sub(40);
                let s = (0..=s)
                    .rev()
                    .find(|&i| inj.text.is_char_boundary(i))
                    .unwrap_or(0);
                let e2 = (inj.end + 40).min(inj.text.len());
                let e2 = (e2..=inj.text.len())
                    .find(|&i| inj.text.is_char_boundary(i))
                    .unwrap_or(inj.text.len());
                misses.push(format!(
                    "{class}: {:?} in {}",
                    &inj.text[s..e2],
                    files[k].file_name().unwrap().to_string_lossy()
                ));
            }
        }
    }
    println!("{:<22} {:>6} {:>7}", "class", "cases", "recall");
    let mut worst = 1.0f64;
    for (class, (n, hit)) in &table {
        let r = *hit as f64 / *n as f64;
        worst = worst.min(r);
        println!("{class:<22} {n:>6} {r:>7.2}");
    }
    for m in &misses {
        println!("missed: {m}");
    }
    assert!(
        worst >= 0.9,
        "recall below 0.9 for an injected class (worst {worst:.2})"
    );
}

/// The calque phrases that have a suggestion (not "=", English usage), from the rule's
/// data files in language order, each phrase once per language.
fn calque_phrases() -> Vec<&'static str> {
    let files = [
        include_str!("../src/rules/calque/data/fr.tsv"),
        include_str!("../src/rules/calque/data/de.tsv"),
        include_str!("../src/rules/calque/data/es.tsv"),
        include_str!("../src/rules/calque/data/it.tsv"),
        include_str!("../src/rules/calque/data/pt.tsv"),
        include_str!("../src/rules/calque/data/ru.tsv"),
        include_str!("../src/rules/calque/data/ar.tsv"),
        include_str!("../src/rules/calque/data/fa.tsv"),
        include_str!("../src/rules/calque/data/zh.tsv"),
    ];
    let mut phrases = Vec::new();
    for data in files {
        let mut seen = std::collections::HashSet::new();
        for line in data.lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let mut fields = line.split('\t');
            let phrase = fields.next().unwrap_or("").trim();
            let suggestion = fields.next().unwrap_or("").trim();
            if !phrase.is_empty() && seen.insert(phrase) && suggestion != "=" {
                phrases.push(phrase);
            }
        }
    }
    phrases
}
