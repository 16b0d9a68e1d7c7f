"""Annotations of the b- excerpts in corpus/external/real-mt/ (read by annotate_b.py).

Each entry: the excerpt's name, its split (whole sites go to one split), the page address,
site, source language, kind, the edits made to the stored excerpt, and the artifacts given
by their exact text (see annotate_b.py for the forms).
"""

RETRIEVED_ON = "2026-12-07"
CUT = "cut after the last complete sentence (the stored excerpt stopped mid-sentence)"
DROP = "last paragraph dropped (the stored excerpt stopped inside it)"

SPEC = {}

SPEC["b-digismak-albares-morocco"] = dict(
    split="tune", site="digismak.com", lang="es",
    source="https://digismak.com/changes-in-the-government-the-new-foreign-minister-builds-bridges-with-morocco-whom-he-describes-as-a-great-friend-spain/",
    kind="machine-translated news (El País, Spanish to English), auto-translating aggregator",
    edits=CUT,
    items=[
        ("web-boilerplate", "Monday, July 4", "site date bar"),
        ("web-boilerplate", "[[| Spain]]\n\nThe new", "section name appended to the headline"),
        ("duplicate-paragraph", ("The new Minister of Foreign Affairs, European Union and Cooperation, José Manuel Albares, applauds his predecessor, Arancha González Laya."), "photo caption printed twice (the later copy)", {"n": 2}),
        ("glued-words", "Laya.A.", "caption run into the photo credit"),
        ("web-boilerplate", "A. Pérez Meca / Europa Press", "photo credit"),
        ("untranslated-text", "Sahara Occidental", "es. 'Sáhara Occidental' (Western Sahara)"),
        ("calque", "to pronounce in the same direction", "es. 'pronunciarse en el mismo sentido' (to take the same position)"),
        ("calque", "from respect and co-responsibility", "es. 'desde el respeto' (based on respect)"),
        ("calque", "During the morning of this Monday", "es. 'durante la mañana de este lunes' (on Monday morning)"),
        ("calque", "have promised their positions", "es. 'prometer el cargo' (took the oath of office)"),
        ("duplicate-paragraph", "Zarzuela [[of the Palacio de la Zarzuela]].", "phrase printed twice", {"alt_rules": ["repeated-word"]}),
    ])

SPEC["b-tellerreport-sanchez-millions"] = dict(
    split="tune", site="tellerreport.com", lang="es",
    source="https://www.tellerreport.com/news/2021-07-13-pedro-s%C3%A1nchez-restarts-his-government-with-a-rain-of-millions-of-euros.B1ziGX_ip_.html",
    kind="machine-translated news (El Mundo, Spanish to English), auto-translating aggregator",
    edits=DROP,
    items=[
        ("web-boilerplate", "• Cuba Pedro Sánchez states that \"it is not a democracy\" but avoids calling it a dictatorship", "related-article link"),
        ("web-boilerplate", "• Politics PP and Vox demand the urgent appearance of all the new ministers", "related-article link"),
        ("web-boilerplate", "• Politics The last hours of Iván Redondo in La Moncloa", "related-article link"),
        ("calque", "there is no coverage", "es. 'no hay cobertura' (there is no signal)"),
        ("calque", "at its premiere", "es. 'en su estreno' (on her first day)"),
        ("calque", "no last minute", "es. 'ninguna última hora' (no breaking news)"),
        ("untranslated-text", "Gajes", "es. 'gajes del oficio' (part of the job)"),
        ("calque", "lived its official launch", "es. 'vivió su puesta en marcha' (had its official launch)"),
        ("calque", "socio-sanitary", "es. 'sociosanitaria' (health and social)"),
        ("calque", "on account of European funds", "es. 'a cuenta de los fondos europeos' (financed by)"),
    ])

SPEC["b-tellerreport-cni-control"] = dict(
    split="tune", site="tellerreport.com", lang="es",
    source="https://www.tellerreport.com/news/2022-04-24-internal-control-of-the-cni--declassify-documents-and-give-accounts-in-congress--the-measures-of-the-government-to-counteract-the--catalangate-.H1vV7mTMS5.html",
    kind="machine-translated news (El Mundo, Spanish to English), auto-translating aggregator",
    edits=DROP,
    items=[
        ("web-boilerplate", "• Catalonia Espionage case: ERC already threatens the approval of the economic decree for the war in Ukraine", "related-article link"),
        ("calque", "Félix Bolaños [[assured that]]", "es. 'aseguró que' (said that)"),
        ("calque", "full disposition", "es. 'plena disposición' (full willingness)"),
    ])

SPEC["b-zerikosovar-scholz-ukraine"] = dict(
    split="check", site="zerikosovar.com", lang="de",
    source="https://zerikosovar.com/chancellor-scholz-explains-his-policy-in-ukraine-government-statement-live-domestic-politics/",
    kind="machine-translated news (Bild, German to English), auto-translating aggregator",
    edits=DROP,
    items=[
        ("web-boilerplate", "LIVE [[– domestic politics]]", "section name appended to the headline (de. 'Politik Inland')"),
        ("calque", "a clear text", "de. 'Klartext reden' (speak plainly)"),
        ("calque", "Ukraine-Politics", "de. 'Ukraine-Politik' (Ukraine policy)"),
        ("mixed-quotes", "speak[[ !]]", "French-style space before an exclamation mark"),
        ("calque", "bomb a dictated peace", "de. 'einen Diktatfrieden herbeibomben' (force a dictated peace by bombing)"),
        ("calque", "we neither", "de. 'wir auch nicht' (neither do we)"),
        ("calque", "strengthening Ukraine’s military back", "de. 'der Ukraine militärisch den Rücken stärken' (backing Ukraine militarily)"),
        ("calque", "war party", "de. 'Kriegspartei' (party to the war)"),
    ])

SPEC["b-onties-lula-interview"] = dict(
    split="tune", site="onties.com", lang="es",
    source="https://onties.com/brazil/lula-bolsonas-main-enemy-in-addition-to-pt-is-his-vice-president-brazil/",
    kind="machine-translated interview (El País, Spanish to English), auto-translating aggregator",
    edits=CUT,
    items=[
        ("web-boilerplate", "Saturday , April 17 2021", "site date bar"),
        ("web-boilerplate", "vice president\" [[Brazil]]", "section name appended to the headline"),
        ("inconsistent-name", ["Bolsona", "Bolsonao"], "Bolsonaro spelled two wrong ways"),
        ("calque", "The arrest of the Lord", "es. 'la detención del señor' (your arrest, sir)"),
    ])

SPEC["b-taketonews-rutte-loot"] = dict(
    split="check", site="taketonews.com", lang="nl",
    source="https://taketonews.com/the-new-cabinet-is-not-getting-any-better-than-the-old-one-and-now-that-the-loot-is-in-rutte-openly-admits-that/",
    kind="machine-translated column (Dutch to English), auto-translating aggregator with a Turkish comment form",
    edits="none",
    items=[
        ("calque", "the loot is in", "nl. 'de buit is binnen' (the deal is done)"),
        ("web-boilerplate", "Bir yanıt yazın", "comment-form heading in Turkish ('Leave a Reply')", {"alt_rules": ["untranslated-text"]}),
    ])

SPEC["b-earthpressnews-macron-tag"] = dict(
    split="tune", site="earthpressnews.com", lang="fr",
    source="https://earthpressnews.com/tag/macron/page/41",
    kind="tag page of machine-translated teasers (L'Express, Le Monde; French to English), aggregator",
    edits="none",
    items=[
        ("web-boilerplate", "Tag: Macron", "tag-page heading"),
        ("web-boilerplate", "than ever [[– L’Express]]", "source site name appended to the headline"),
        ("calque", "[[The world]]A situation", "fr. 'Le Monde' (newspaper name translated)"),
        ("glued-words", "worldA", "newspaper name run into the next sentence"),
        ("web-boilerplate", "Prime Minister” [[– L’Express]]", "source site name appended to the headline"),
        ("web-boilerplate", "with history [[– L’Express]]", "source site name appended to the headline"),
        ("web-boilerplate", "to his ministers [[– L’Express]]", "source site name appended to the headline"),
        ("web-boilerplate", "Jean Peyrelevade [[– L’Express]]", "source site name appended to the headline"),
    ])

SPEC["b-bbcedition-macron-tag"] = dict(
    split="check", site="bbc-edition.com", lang="fr",
    source="https://bbc-edition.com/tag/macrons/",
    kind="tag page of machine-translated teasers (Le Monde, French to English), aggregator",
    edits="cut before the last, incomplete teaser (the stored excerpt stopped inside it)",
    items=[
        ("calque", "Enough to throw a new chill", "fr. 'De quoi jeter un froid' (enough to sour relations)"),
        ("web-boilerplate", "Read more", "teaser link", {"n": 1}),
        ("web-boilerplate", "Demonstration against the vaccine pass, in Nantes, January 8, 2022. STEPHANE MAHE / REUTERS", "photo caption and agency credit run into the teaser"),
        ("mojibake", "Lhe", "drop-cap letter damage ('The' with the French initial L)"),
        ("web-boilerplate", "Read more", "teaser link", {"n": 2}),
        ("web-boilerplate", "Emmanuel Macron, during his greetings to the French, in Paris, on December 31, 2021. CHRISTIAN HARTMANN / REUTERS", "photo caption and agency credit run into the teaser"),
        ("web-boilerplate", "Read more", "teaser link", {"n": 3}),
        ("calque", "wishes to the French", "fr. 'vœux aux Français' (New Year address)"),
        ("calque", "Find here all of our live", "fr. 'Retrouvez ici tout notre direct' (follow our live coverage)"),
        ("number-format", "20h42", "fr. time (8:42 p.m.)"),
        ("mixed-quotes", "20h42[[ :]]", "French-style space before a colon"),
        ("number-format", "20h41", "fr. time (8:41 p.m.)"),
        ("mixed-quotes", "20h41[[ :]]", "French-style space before a colon"),
        ("mixed-quotes", "Good news[[ !]]", "French-style space before an exclamation mark"),
        ("web-boilerplate", "Read more", "teaser link", {"n": 4}),
    ])

SPEC["b-worldtodaynews-emmanuel-tag"] = dict(
    split="tune", site="world-today-news.com", lang="fr",
    source="https://world-today-news.com/tag/emmanuel/",
    kind="tag page of machine-translated teasers (French to English), aggregator",
    edits=CUT,
    items=[
        ("calque", "in replacement of", "fr. 'en remplacement de' (replacing)"),
        ("glued-words", "earlierannounced", "two words run together"),
        ("calque", "Follow our live devoted to", "fr. 'Suivez notre direct consacré à' (follow our live coverage of)", {"alt_rules": ["web-boilerplate"]}),
        ("calque", "Presidential: Emmanuel", "fr. 'Présidentielle :' (presidential election) as a kicker"),
        ("mixed-quotes", "“in charge of planning", "opening quotation mark never closed"),
        ("calque", "its Prime Minister", "fr. 'son Premier ministre' (his)"),
        ("calque", "Presidential. Why", "fr. 'Présidentielle.' (presidential election) as a kicker"),
        ("mixed-quotes", "to fight.[[ »]]", "French closing guillemet after an English opening mark"),
        ("web-boilerplate", "Follow the news of the campaign: DIRECT.", "live-blog promotion line"),
        ("untranslated-text", "campaign: [[DIRECT]]", "fr. 'EN DIRECT' (live)"),
        ("calque", "Presidential: in Denain", "fr. 'Présidentielle :' (presidential election) as a kicker"),
        ("web-boilerplate", "Emmanuel Macron PHOTO: Reuters", "photo caption and credit"),
    ])
