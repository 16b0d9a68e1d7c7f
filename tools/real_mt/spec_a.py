"""Annotation spec for corpus/external/real-mt/{tune,check}/a-*.txt (read by annotate_a.py).

Each entry: split (whole sites go to one split), source URL, site, source language,
kind, excerpt_edits, and items (rule, locator, note[, extra]).
"""
RETRIEVED_ON = "2026-12-07"
CUT = "cut after the last complete paragraph"
NONE = "none"

SPEC = {
    "a-mehrnews-ghasemi-jcpoa": dict(
        split="tune", site="en.mehrnews.com", lang="fa",
        source="https://en.mehrnews.com/amp/134205",
        kind="translated news (Persian to English), news agency's English service",
        edits="cut after the last complete paragraph (one paragraph dropped, the excerpt stopped mid-sentence)",
        items=[
            ("mixed-quotes", "talk will not do.[[”]]", "closing curly quote with no opening mark"),
            ("mixed-quotes", "\"I think that think tanks and a psychological warfare in the region and the world are trying to influence the relations between Iran and Europe by publishing false news. Pompeo's remarks do not deserve a serious answer. What's published in the German newspaper is false.\"", "straight-quoted quotation in an article quoting with curly marks"),
            ("mixed-quotes", "the related issues,[[\"]] he added", "curly opening mark closed by a straight one"),
            ("mixed-quotes", "'ridiculous'", "straight single quotes in a curly-quoted article"),
        ]),
    "a-monitorulapararii-erdogan-washington": dict(
        split="tune", site="monitorulapararii.ro", lang="tr",
        source="https://monitorulapararii.ro/erdogan-we-are-going-to-us-in-a-troubled-period-0-645392",
        kind="translated news (bianet English, Turkish to English) scraped by an aggregator, photo credit and link text run into the lead",
        edits=NONE,
        items=[
            ("web-boilerplate", "12 noiembrie 2019", "aggregator date line (Romanian)", {"alt_rules": ["untranslated-text"]}),
            ("web-boilerplate", "* Photo: Erçin Top / Ankara - AA", "photo credit run into the text"),
            ("web-boilerplate", "Click to read the article in Turkish", "link text run into the text"),
            ("web-boilerplate", "[...]", "truncation marker of a teaser"),
        ]),
    "a-turkishnu-erdogan-malazgirt": dict(
        split="tune", site="turkish.nu", lang="tr",
        source="https://www.turkish.nu/2017/08/",
        kind="translated agency news (Anadolu, Turkish to English) on an archive page of teasers",
        edits=NONE,
        items=[
            ("web-boilerplate", "26 August 2017 0", "date and comment-count line"),
            ("web-boilerplate", ("Read More", 1), "teaser link"),
            ("web-boilerplate", "19 August 2017 0", "date and comment-count line"),
            ("web-boilerplate", ("Read More", 2), "teaser link"),
        ]),
    "a-teletrader-erdogan-western-media": dict(
        split="check", site="teletrader.com", lang="tr",
        source="https://www.teletrader.com/news/details/60074803?internal=1",
        kind="translated news (Turkish speech to English), financial news portal",
        edits=NONE,
        items=[
            ("web-boilerplate", "5/28, 11:41 PM (Source: TeleTrader)", "time stamp and source line"),
            ("web-boilerplate", "more TeleTrader news", "navigation link"),
            ("web-boilerplate", "Baha Breaking News (BBN) / JR", "agency credit and editor initials"),
        ]),
    "a-turkishnewsworld-erdogan-terrorism": dict(
        split="tune", site="turkishnewsworld.com", lang="tr",
        source="https://turkishnewsworld.com/breaking-news-president-erdogan-addresses-the-nation-5/",
        kind="machine-rewritten news (Turkish to English, 'rewritten by artificial intelligence'), news site",
        edits=NONE,
        items=[
            ("web-boilerplate", "Hot News", "section label"),
            ("calque", "We’ve done what it takes, we’ll do it", "tr. 'Gereğini yaptık, yapacağız' (we did what was necessary and will do so again)"),
            ("calque", "will not put anyone between them and their brothers", "tr. 'kardeşlerimizle aramıza kimseyi sokmayacağız' (let no one come between)"),
            ("calque", "raise the flag of the century of Turkey to the top", "tr. 'Türkiye Yüzyılı'nın bayrağını zirveye dikeceğiz' (the 'Century of Türkiye' slogan, plant the flag at the summit)"),
            ("calque", "adding five sheep to it", "tr. idiom of a rigged table ('masaya beş koyun eklemek')"),
            ("web-boilerplate", "Pools Plus Cyprus", "advertising line"),
            ("web-boilerplate", "This message was taken from this source and rewritten by artificial intelligence.", "aggregator disclaimer"),
            ("web-boilerplate", "Related Articles", "related-posts heading"),
            ("web-boilerplate", "Leave a Reply", "comment form"),
            ("web-boilerplate", "Your email address will not be published. Required fields are marked *", "comment form"),
            ("web-boilerplate", "Back to top button", "navigation"),
        ]),
    "a-anews-erdogan-western-media": dict(
        split="check", site="anews.com.tr", lang="tr",
        source="https://www.anews.com.tr/webtv/world/erdogan-slams-western-media-for-fabricating-anti-turkiye-news",
        kind="translated interview report (Turkish to English), broadcaster's English site",
        edits=NONE,
        items=[
            ("web-boilerplate", "Contact Us", "navigation link"),
            ("web-boilerplate", "05.27.2023 10:29", "time stamp line"),
            ("web-boilerplate", "Go to next video when video is over", "video player setting"),
            ("mojibake", "Presıdent", "Turkish dotless ı typed for i (keyboard-locale damage)"),
            ("calque", "evaluated the political agenda", "tr. 'siyasi gündemi değerlendirdi' (discussed current politics)"),
            ("mojibake", "presıdentıal", "Turkish dotless ı typed for i (keyboard-locale damage)"),
            ("calque", "the FETO extensions", "tr. 'FETÖ uzantıları' (FETO's affiliates)"),
        ]),
    "a-rumble-peskov-washington": dict(
        split="check", site="rumble.com", lang="ru",
        source="https://rumble.com/v2m002i-we-know-very-well-that-decisions-are-not-made-in-kiev.html",
        kind="machine-translated news (Russian to English) as a video description",
        edits=NONE,
        items=[
            ("web-boilerplate", "1 year ago", "upload age line"),
            ("web-boilerplate", "1 year ago\n[[9]]\n", "view/like counter line"),
            ("mixed-quotes", "« to disown »", "Russian guillemets with inner spaces"),
            ("mixed-quotes", "« We well know that decisions about such actions, about such attacks are not made in Kiev, namely in Washington. And Kiev is already doing what he is told to do »", "Russian guillemets with inner spaces"),
            ("calque", "namely in Washington", "ru. 'а именно в Вашингтоне' (but in Washington)"),
            ("mixed-quotes", "« Unconditionally. Such solutions, setting goals, determining funds — this is all dictated to Kiev from Washington. And we are well aware of this »", "Russian guillemets with inner spaces"),
            ("web-boilerplate", "Loading comments...", "comment widget residue"),
        ]),
    "a-silkway-peskov-mobilized": dict(
        split="tune", site="silkway.news", lang="ru",
        source="https://silkway.news/peskov-announced-absence-of-mobilized-93195",
        kind="machine-translated news (Russian to English), news site",
        edits=NONE,
        items=[
            ("calque", "the facts of mobilization", "ru. 'факты мобилизации' (cases of call-ups)"),
            ("calque", "I am still unknown about such examples", "ru. 'мне пока неизвестно о таких примерах' (I am not aware of any)"),
        ]),
    "a-cmio-zakharova-state-department": dict(
        split="tune", site="cmio.org", lang="ru",
        source="https://cmio.org/en/world/842248-zakharova-believes-that-the-us-state-department-took-over-her",
        kind="machine-translated news (RIA Novosti, Russian to English), aggregator",
        edits="leading corpus date stamp removed",
        items=[
            ("web-boilerplate", "[[World]]\nZakharova believes", "section label line"),
            ("calque", "took over her", "ru. 'взялся за неё' (went after her / took her on)"),
            ("calque", "The official representative of the Russian Foreign Ministry", "ru. 'официальный представитель МИД России' (Russian Foreign Ministry spokeswoman)"),
            ("calque", "taken up working it out", "ru. 'взялись за её отработку' (started working on it)"),
            ("calque", "information dumps", "ru. 'информационные помойки' (trash outlets)"),
            ("calque", "took on me not like a child", "ru. 'взялись за меня не по-детски' (came after me in earnest)"),
            ("calque", "before, [[they say]], Zakharova", "ru. particle 'мол' (supposedly) rendered as 'they say'"),
            ("mixed-quotes", "not very good,[[ ”]] –", "closing quotation mark after a space, Russian '», –' punctuation"),
            ("calque", "the representative of the Foreign Ministry", "ru. 'представитель МИД' (the ministry's spokeswoman)"),
        ]),
    "a-persiannews-khatibzadeh-conflicts": dict(
        split="check", site="xn--mgbabxqb2mn8b.com", lang="fa",
        source="https://xn--mgbabxqb2mn8b.com/2020/11/fm-spokesman-iran-trying-hard-to-resolve-regional-conflicts/",
        kind="machine-assisted translation of an IRNA story (Persian to English), re-posted by an aggregator blog",
        edits=NONE,
        items=[
            ("web-boilerplate", "November 22, 2020", "post date line"),
            ("web-boilerplate", "[[Persian News]]\n\nAll", "site name"),
            ("web-boilerplate", "All Persian News Related to Iran", "site tagline"),
            ("calque", "evident to everyone that how", "fa. 'برای همه روشن است که چگونه' ('that how': clause order kept)"),
            ("web-boilerplate", "Follow us on Twitter @IrnaEnglish", "social-media line of the original agency"),
            ("web-boilerplate", "Original News :", "aggregator link label"),
            ("web-boilerplate", "%d bloggers like this:", "blog widget residue"),
        ]),
    "a-irannewsgazette-qasemi-zionist": dict(
        split="tune", site="irannewsgazette.com", lang="fa",
        source="https://irannewsgazette.com/false-rhetoric-zionist-regime-not-worthy-to-answer-iran/",
        kind="machine-assisted translation (Persian to English) of a foreign-ministry briefing, news site",
        edits=NONE,
        items=[
            ("web-boilerplate", "|  |", "table markup residue"),
            ("web-boilerplate", "[[Foreign Affairs]]\n\nFalse", "section label line"),
            ("calque", "Answering to a question", "fa. 'در پاسخ به سوالی' (In answer to a question)"),
            ("calque", "we follow the case", "fa. 'پیگیری می‌کنیم' (we will pursue the matter)"),
            ("calque", "the conduct of [[the diplomatic apparatus]]", "fa. 'دستگاه دیپلماسی' (the foreign ministry)"),
            ("calque", "think that [[the diplomatic apparatus]]", "fa. 'دستگاه دیپلماسی' (the foreign ministry)"),
            ("calque", "the diplomacy apparatus", "fa. 'دستگاه دیپلماسی' (the foreign ministry)"),
        ]),
    "a-iranpress-mousavi-saudi": dict(
        split="tune", site="iranpress.com", lang="fa",
        source="https://iranpress.com/content/10494",
        kind="machine-assisted translation (Persian to English), state news agency site",
        edits="cut after the last complete paragraph (two paragraphs dropped, the excerpt stopped mid-sentence)",
        items=[
            ("web-boilerplate", "Iran Press / Iran News:", "agency credit prefix in the lead"),
            ("mixed-quotes", "with the United States.[[\"]]", "curly opening mark closed by a straight one"),
            ("mixed-quotes", "hardships in the region[[']]", "stray straight closing quote with no opening"),
            ("calque", "the path of sincere well-wishing", "fa. 'مسیر خیرخواهی' (a spirit of goodwill)"),
        ]),
}
