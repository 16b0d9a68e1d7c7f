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
        ("calque", "consulted [[this Tuesday]]", "es. 'este martes' (on Tuesday)"),
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
    split="tune", site="taketonews.com", lang="nl",
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
        ("calque", "appointed [[this Monday]]", "fr. 'ce lundi' (on Monday)"),
        ("calque", "in replacement of", "fr. 'en remplacement de' (replacing)"),
        ("calque", "promised [[this Saturday]]", "fr. 'ce samedi' (on Saturday)"),
        ("glued-words", "earlierannounced", "two words run together"),
        ("calque", "Follow our live devoted to", "fr. 'Suivez notre direct consacré à' (follow our live coverage of)", {"alt_rules": ["web-boilerplate"]}),
        ("calque", "[[Presidential]]: Emmanuel", "fr. 'Présidentielle :' (presidential election) as a kicker"),
        ("mixed-quotes", "“in charge of planning", "opening quotation mark never closed"),
        ("calque", "its Prime Minister", "fr. 'son Premier ministre' (his)"),
        ("calque", "[[Presidential]]. Why", "fr. 'Présidentielle.' (presidential election) as a kicker"),
        ("mixed-quotes", "to fight.[[ »]]", "French closing guillemet after an English opening mark"),
        ("web-boilerplate", "Follow the news of the campaign: DIRECT.", "live-blog promotion line"),
        ("untranslated-text", "campaign: [[DIRECT]]", "fr. 'EN DIRECT' (live)"),
        ("calque", "[[Presidential]]: in Denain", "fr. 'Présidentielle :' (presidential election) as a kicker"),
        ("web-boilerplate", "Emmanuel Macron PHOTO: Reuters", "photo caption and credit"),
    ])

STAMP = "leading corpus date stamp removed; "

SPEC["b-pledgetimes-meloni-team"] = dict(
    split="tune", site="pledgetimes.com", lang="it",
    source="https://pledgetimes.com/elections-2022-meloni-the-government-team-is-based-on-the-result-of-the-vote/",
    kind="machine-translated news (Italian to English), auto-translating aggregator",
    edits=STAMP + "otherwise as stored",
    items=[
        ("mixed-quotes", "not the team. [[“]]This", "closing quotation mark written as an opening one, after the space"),
        ("calque", "political elections", "it. 'elezioni politiche' (general election)"),
        ("calque", "both by merit and by method", "it. 'nel merito e nel metodo' (in substance and in method)"),
        ("untranslated-text", "c ‘is", "it. 'c’è' (there is) left in, with a broken apostrophe", {"alt_rules": ["mixed-quotes"]}),
        ("calque", "to put your hands in your hair", "it. 'mettersi le mani nei capelli' (to despair)"),
        ("mixed-quotes", "your hair[[ “]].", "closing quotation mark written as an opening one, after a space"),
        ("calque", "Then the lunge", "it. 'Poi l’affondo' (then he went on the attack)"),
        ("calque", "assigns licenses", "it. 'dare patenti' (hand out verdicts on others)"),
        ("calque", "left in the middle of the road", "it. 'lasciati in mezzo alla strada' (left out on the street)"),
        ("mixed-quotes", "the road[[ “]].", "closing quotation mark written as an opening one, after a space"),
    ])

SPEC["b-pledgetimes-salvini-piazza"] = dict(
    split="tune", site="pledgetimes.com", lang="it",
    source="https://pledgetimes.com/salvini-to-la-piazza-ius-scholae-is-useless-the-centre-right-summit-has-cleared-the-field-of-divisions/",
    kind="machine-translated news (Italian to English), auto-translating aggregator",
    edits=STAMP + DROP,
    items=[
        ("calque", "The Square", "it. 'La Piazza' (the event's name translated)"),
        ("glued-words", "resolve”he", "closing quotation mark run into the next word"),
        ("calque", "the social post", "it. 'il post social' (the social-media post)"),
    ])

SPEC["b-pledgetimes-traffic-light-adjourned"] = dict(
    split="tune", site="pledgetimes.com", lang="de",
    source="https://pledgetimes.com/traffic-light-coalition-committee-adjourned-no-agreement/",
    kind="machine-translated news (German to English), auto-translating aggregator",
    edits=STAMP + DROP,
    items=[
        ("mojibake", "NThe", "drop-cap letter of the German original left before the translated word", {"alt_rules": ["glued-words"]}),
        ("calque", "with the traffic lights", "de. 'mit der Ampel' (with the coalition)"),
        ("calque", "granting each other success", "de. 'sich gegenseitig Erfolge gönnen' (letting each other have successes)"),
        ("calque", "no piercings", "de. 'keine Sticheleien' (no digs)"),
    ])

SPEC["b-pledgetimes-green-youth"] = dict(
    split="tune", site="pledgetimes.com", lang="de",
    source="https://pledgetimes.com/green-youth-is-even-tearing-scholz-apart-from-his-mini-success-why-the-swan-songs-are-already-ringing-out-at-the-traffic-lights/",
    kind="machine-translated news (Frankfurter Rundschau, German to English), auto-translating aggregator",
    edits=STAMP + CUT,
    items=[
        ("web-boilerplate", "FromFlorian Naumann close", "byline with the close button"),
        ("glued-words", "FromFlorian", "two words run together"),
        ("calque", "[[The traffic lights]] are", "de. 'Die Ampel' (the coalition)"),
        ("calque", "from our own ranks", "de. 'aus den eigenen Reihen' (from within its own ranks)"),
        ("calque", "Early Start", "de. 'Frühstart' (the programme's name translated)"),
        ("calque", "blank from the start", "de. 'blank' (bare, empty) as a false friend"),
    ])

SPEC["b-playcrazygame-bolsonaro-ministers"] = dict(
    split="check", site="playcrazygame.com", lang="pt",
    source="https://playcrazygame.com/2022/02/03/bolsonaro-predicts-11-exchanges-of-ministers-who-will-contest-election-pacotao-rondonia/",
    kind="machine-translated news (Portuguese to English), auto-translating aggregator",
    edits=STAMP + DROP,
    items=[
        ("calque", "this Thursday (3)", "pt. 'nesta quinta-feira (3)' (on Thursday, with the day of the month in brackets)"),
        ("calque", "buffer ministries", "pt. 'ministérios tampão' (caretaker ministers)"),
        ("mixed-quotes", "‘Official Journal of the Union'", "curly opening mark closed by a straight one"),
        ("untranslated-text", "senador", "pt. 'senador' (Senator)"),
        ("mixed-quotes", "We lost Peru[[“]]", "closing quotation mark written as an opening one"),
        ("sentence-fragment", "country.” [[.]] Everything", "stray full stop after the closing quotation mark"),
        ("mixed-quotes", "overcome[[”]]", "closing quotation mark without an opening one"),
    ])

SPEC["b-playcrazygame-bolsonaro-centrao"] = dict(
    split="check", site="playcrazygame.com", lang="pt",
    source="https://playcrazygame.com/2022/08/31/do-you-want-me-to-leave-centrao-says-bolsonaro/",
    kind="machine-translated news (Poder360, Portuguese to English), auto-translating aggregator",
    edits=STAMP + "otherwise as stored",
    items=[
        ("calque", "got angry [[this Tuesday]]", "pt. 'nesta terça-feira' (on Tuesday)"),
        ("number-format", "30.Aug.2022", "pt. house date style '30.ago.2022'"),
        ("glued-words", "dictatorship”declared", "closing quotation mark run into the next word"),
        ("web-boilerplate", "Watch (5min04s):", "video-embed label"),
        ("glued-words", "classy?”he", "closing quotation mark run into the next word"),
        ("untranslated-text", "em referência a Lula", "pt. 'em referência a Lula' (referring to Lula)"),
        ("calque", "your deputy", "pt. 'seu vice' (his running mate)"),
        ("glued-words", "Alckmin]who", "closing bracket run into the next word"),
        ("number-format", "US$ 1.06 billion", "pt. currency style 'US$ 1,06 bilhão' ($1.06 billion)"),
        ("calque", "miners", "pt. 'mineiros' (people of Minas Gerais) as a false friend"),
        ("glued-words", "money”declared", "closing quotation mark run into the next word"),
    ])

SPEC["b-explica-bolsonaro-video"] = dict(
    split="tune", site="explica.co", lang="pt",
    source="https://www.explica.co/video-of-bolsonaros-meeting-is-released-in-full-by-the-stf-see-more-important-lines/",
    kind="machine-translated news (BBC News Brasil, Portuguese to English), auto-translating aggregator",
    edits=STAMP + CUT,
    items=[
        ("calque", "made public [[this Friday]]", "pt. 'nesta sexta-feira' (on Friday)"),
        ("mixed-quotes", "that’s over[[ ‘]]", "closing quotation mark written as an opening one, after a space"),
        ("web-boilerplate", "Photo: Plalacio do Planalto / BBC News Brasil", "photo credit"),
        ("calque", "today’s former Minister", "pt. 'o hoje ex-ministro' (the now former minister)"),
        ("glued-words", "Bolsonaro:“And", "colon run into the opening quotation mark and word"),
    ])

SPEC["b-explica-bolsonaro-meeting-points"] = dict(
    split="tune", site="explica.co", lang="pt",
    source="https://www.explica.co/the-main-points-of-the-meeting-between-bolsonaro-and-ministers/",
    kind="machine-translated news (DW Brasil, Portuguese to English), auto-translating aggregator",
    edits=DROP,
    items=[
        ("calque", "Celso de Mello [[this Friday]]", "pt. 'nesta sexta-feira' (on Friday)"),
        ("web-boilerplate", "Photo: DW / Deutsche Welle", "photo credit"),
        ("calque", "treated only laterally", "pt. 'tratada apenas lateralmente' (barely touched on)"),
    ])

SPEC["b-247newsreel-mitsotakis-ert"] = dict(
    split="check", site="247newsreel.com", lang="el",
    source="https://247newsreel.com/?p=374183",
    kind="machine-translated news (Greek to English), auto-translating aggregator",
    edits="leading blank line removed; " + CUT,
    items=[
        ("calque", "the state staff", "el. 'επιτελικό κράτος' (the executive state)"),
        ("calque", "the official opposition", "el. 'αξιωματική αντιπολίτευση' (the main opposition)"),
        ("calque", "the future of this place", "el. 'αυτός ο τόπος' (this country)"),
    ])

SPEC["b-usanews-aragones-junts"] = dict(
    split="tune", site="usanews.net", lang="es",
    source="https://www.usanews.net/breaking/aragons-convinced-that-the-councilors-of-junts-are-not-going-to-leave-the-government-h30819.html",
    kind="machine-translated news (La Vanguardia, Spanish to English), auto-translating aggregator",
    edits=DROP,
    items=[
        ("calque", "councilors", "es. 'consellers' (ministers of the Catalan government)", {"n": 1}),
        ("calque", "has been convinced that", "es. 'se ha mostrado convencido de que' (said he was convinced that)", {"n": 1}),
        ("calque", "dejudicialization", "es. 'desjudicialización' (taking the conflict out of the courts)", {"n": 1}),
        ("web-boilerplate", "Thomas Osborne", "byline", {"n": 1}),
        ("web-boilerplate", "Thomas Osborne", "byline printed twice", {"n": 2}),
        ("web-boilerplate", "07 September 2022 Wednesday 04:30", "date line"),
        ("web-boilerplate", "12 Reads", "view counter"),
        ("duplicate-heading", "Aragonès, \"convinced\" that the councilors of Junts are not going to leave the Government", "title printed twice (the later copy)", {"n": 2}),
        ("calque", "councilors", "es. 'consellers' (ministers of the Catalan government)", {"n": 2}),
        ("duplicate-paragraph", "The president of the Generalitat, Pere Aragonès, has been convinced that the Government is not going to break up despite JuntsxCat's threats to leave it and has set the first results of the dejudicialization agreed with the government before the end of the year.", "standfirst printed twice (the later copy)", {"n": 2}),
        ("calque", "has been convinced that", "es. 'se ha mostrado convencido de que' (said he was convinced that)", {"n": 2}),
        ("calque", "dejudicialization", "es. 'desjudicialización' (taking the conflict out of the courts)", {"n": 2}),
        ("sentence-fragment", "the central government at the dialogue table between the two executives.", "stray piece of a sentence after the repeated standfirst"),
        ("calque", "at the foot of the canyon", "es. 'al pie del cañón' (hard at work)"),
    ])

SPEC["b-usanews-aragones-senate"] = dict(
    split="tune", site="usanews.net", lang="es",
    source="https://usanews.net/?p=11695",
    kind="machine-translated news (Spanish to English), auto-translating aggregator",
    edits=CUT,
    items=[
        ("calque", "Alone in the face of danger", "es. 'Solo ante el peligro' (Spanish title of High Noon; single-handed)"),
        ("calque", "popular barons", "es. 'barones populares' (the PP's regional leaders)"),
        ("calque", "pre-campaign", "es. 'precampaña' (the run-up to the campaign)"),
        ("sentence-fragment", "of the Supreme Court.", "piece of the sentence split off by a stray full stop"),
    ])

SPEC["b-then24-habeck-alarm"] = dict(
    split="check", site="then24.com", lang="de",
    source="https://then24.com/2021/10/11/traffic-light-coalition-habeck-suddenly-sounds-the-alarm-then-germany-will-go-crazy/",
    kind="machine-translated live blog (German to English), auto-translating aggregator",
    edits=DROP,
    items=[
        ("mixed-quotes", "\"Then Germany will go crazy\"", "straight quotation marks in a page that uses curly ones"),
        ("duplicate-heading", "Traffic light coalition: Habeck suddenly sounds the alarm – “Then Germany will go crazy”", "title printed twice (the later copy, with other quotation marks and dash)"),
        ("web-boilerplate", "10/11/2021 at 8:36 am", "date line"),
        ("web-boilerplate", "Jamaica, traffic lights, Kenya: that’s behind the names of possible coalitions", "video-embed title", {"n": 1}),
        ("duplicate-heading", "Jamaica, traffic lights, Kenya: that’s behind the names of possible coalitions", "video title printed twice (the later copy)", {"n": 2}),
        ("web-boilerplate", "It will not only be exciting for the general election on September 26th. Even after the election there will be many unanswered questions. Because: the parties are in the coalition negotiations. Who rules with whom? What covenants will there be? Jamaica, traffic lights or Kenya? What is behind these terms? We’ll explain it to you.", "video-embed description"),
        ("web-boilerplate", "show description", "video-player control"),
        ("calque", "one Traffic light coalition", "de. 'ob eine Ampel-Koalition' (whether a coalition)"),
        ("web-boilerplate", "articlebody:textmodule) –>", "markup residue"),
        ("calque", "an interim balance should be drawn", "de. 'eine Zwischenbilanz ziehen' (take stock)"),
        ("calque", "via a traffic light", "de. 'über eine Ampel' (on a coalition)"),
        ("calque", "traffic light explorations", "de. 'Ampel-Sondierungen' (exploratory talks)"),
        ("web-boilerplate", "+++ Click HERE to update +++", "live-blog reload link"),
    ])

SPEC["b-herday-greens-restart"] = dict(
    split="tune", site="herday.ca", lang="de",
    source="https://herday.ca/written/123639",
    kind="machine-translated TV review (Rheinische Post, German to English), auto-translating aggregator",
    edits=DROP,
    items=[
        ("web-boilerplate", "close", "close button", {"n": 1}),
        ("web-boilerplate", "close", "close button", {"n": 2}),
        ("web-boilerplate", "topicnews · September 30, 2024", "source and date line"),
        ("calque", "the traffic lights", "de. 'die Ampel' (the coalition)", {"n": 1}),
        ("duplicate-heading", "Restart of the Greens and the traffic lights", "title printed twice (the later copy)", {"n": 2}),
        ("calque", "the traffic lights", "de. 'die Ampel' (the coalition)", {"n": 2}),
        ("calque", "the traffic lights", "de. 'die Ampel' (the coalition)", {"n": 3}),
        ("calque", "it is also part of honesty to say", "de. 'es gehört auch zur Ehrlichkeit zu sagen' (honesty also means saying)"),
        ("calque", "deal with itself differently", "de. 'anders miteinander umgehen' (treat each other differently)"),
    ])

SPEC["b-newsrnd-traffic-light-press"] = dict(
    split="tune", site="newsrnd.com", lang="de",
    source="https://newsrnd.com/news/2021-11-24-traffic-light-press-conference--%22it-was-strange-how-they-got-in-there%22.rJ2r7mhut.html",
    kind="machine-translated video transcript (Der Spiegel, German to English), auto-translating aggregator",
    edits=DROP,
    items=[
        ("web-boilerplate", "The Limited Times", "site name"),
        ("web-boilerplate", "Now you can see non-English news...", "site tagline"),
        ("web-boilerplate", "2021-11-24T20:40:35.868Z", "machine timestamp line"),
        ("web-boilerplate", "Read the video transcript here", "video link"),
        ("calque", "For many irritating", "de. 'Für viele irritierend' (what irritated many)"),
        ("mixed-quotes", "[[“]]It was kind of strange", "curly opening mark closed by a straight one"),
        ("mixed-quotes", "at the moment.[[ \"]]", "straight closing mark after a space"),
        ("mixed-quotes", "»", "German opening guillemet"),
        ("calque", "many courses", "de. 'viele Verläufe' (many cases of the illness)"),
        ("mixed-quotes", "in some regions.[[ \"]]", "straight closing mark after a space, closing a guillemet"),
        ("calque", "bonus payments in care", "de. 'Bonuszahlungen in der Pflege' (bonuses for care workers)"),
    ])

SPEC["b-lapizzeria-habeck-coalition"] = dict(
    split="check", site="lapizzeriamadeinitaly.it", lang="de",
    source="https://lapizzeriamadeinitaly.it/bookmarks/8dacea231483P13jdafd15.html",
    kind="partly machine-translated news (German to English, much German left), spam site",
    edits="last two paragraphs dropped (the stored excerpt stopped inside the second)",
    items=[
        ("untranslated-text", "Vizekanzler", "de. 'Vizekanzler' (Vice Chancellor)"),
        ("untranslated-text", "Grüne", "de. 'Grüne' (Greens)"),
        ("untranslated-text", "Ampel", "de. 'Ampel' (the traffic-light coalition)", {"n": 1}),
        ("untranslated-text", "Ein leichtfertiges Spielen mit Neuwahl verbietetet sich", "German quotation left in"),
        ("untranslated-text", "Zeitungen der Funke-Mediengruppe (Donnerstagsausgaben)", "de. (the Funke group's newspapers, Thursday editions)"),
        ("untranslated-text", "Kraft, Konzentration en dem Willen, Dinge hinzukriegen", "German left in"),
        ("mixed-quotes", "hinzukriegen[[“]]", "German-style closing mark (low-high pair)"),
        ("untranslated-text", "Satz von Grünen", "de. (sentence by the Greens')"),
        ("untranslated-text", "Ampel", "de. 'Ampel' (the traffic-light coalition)", {"n": 2}),
        ("untranslated-text", "habei", "German verb left in, misspelt ('habe')"),
        ("untranslated-text", "über die Zeit nach Ende der Merkel-Ära geprochen", "German quotation left in"),
        ("untranslated-text", "Die Ära Merkel", "de. (the Merkel era)"),
        ("untranslated-text", "new [[Ära]] has never", "de. 'Ära' (era)"),
        ("untranslated-text", "Ampel-Ära", "de. (traffic-light era)"),
        ("untranslated-text", "entgegnete", "de. 'entgegnete' (replied)"),
    ])

SPEC["b-newsdirectory3-greens-breach"] = dict(
    split="tune", site="newsdirectory3.com", lang="de",
    source="https://www.newsdirectory3.com/dispute-in-the-traffic-light-coalition-the-greens-cannot-continue-like-this/",
    kind="machine-translated news (Der Spiegel, German to English), auto-translating aggregator",
    edits=DROP,
    items=[
        ("web-boilerplate", "Newsletter", "newsletter link"),
        ("calque", "her vice chancellor", "de. 'ihr Vizekanzler' (their vice chancellor)"),
        ("calque", "about [[the heaters]] again", "de. 'die Heizungen' (the heating law)"),
        ("calque", "“[[breach of word]]”", "de. 'Wortbruch' (breach of promise)"),
        ("calque", "continued [[breach of word]]", "de. 'Wortbruch' (breach of promise)"),
        ("calque", "You can’t make a state with", "de. 'Mit … ist kein Staat zu machen' (you cannot govern with)"),
        ("calque", "she sticks to the words she gives", "de. 'sie' (the FDP, feminine in German: it, they)"),
        ("calque", "she’s playing fair", "de. 'sie' (the FDP, feminine in German: it, they)"),
        ("calque", "with the heaters", "de. 'die Heizungen' (the heating law)"),
        ("calque", "in the household", "de. 'im Haushalt' (in the budget)"),
        ("calque", "her Vice Chancellor", "de. 'ihr Vizekanzler' (their vice chancellor)"),
    ])

SPEC["b-elnacional-aragones-puigdemont"] = dict(
    split="tune", site="elnacional.cat", lang="ca",
    source="https://www.elnacional.cat/en/politics/aragones-puigdemont-negotiate-catalan-independence_712449_102.html",
    kind="translated news (Catalan to English), newspaper's English edition",
    edits=CUT,
    items=[
        ("web-boilerplate", "Read in Catalan", "language-switch link"),
    ])

SPEC["b-elnacional-aragones-delegation"] = dict(
    split="tune", site="elnacional.cat", lang="ca",
    source="https://www.elnacional.cat/en/politics/aragones-junts-dialogue-table-differences-catalan-parties_645578_102.html",
    kind="translated news (Catalan to English), newspaper's English edition",
    edits=DROP,
    items=[
        ("web-boilerplate", "Read in Catalan", "language-switch link"),
        ("inconsistent-name", ["Aragonès", "Aragonés"], "the president's name with a Spanish accent once"),
    ])

SPEC["b-catalangovernment-aragones-table"] = dict(
    split="tune", site="catalangovernment.eu", lang="ca",
    source="https://catalangovernment.eu/catalangovernment/news/413630/president-aragones-the-negotiation-table-with-the-state-has-to-be-government-to-government-as-agreed-because-it-gives-legitimacy-and-strength",
    kind="translated government press release (Catalan to English)",
    edits=CUT,
    items=[
        ("duplicate-paragraph", "President Aragonès appeared at the Catalan Government House.", "photo caption printed twice (the later copy)", {"n": 2}),
        ("web-boilerplate", "Photo: Rubén Moreno", "photo credit"),
        ("calque", "assured this midday", "ca. 'ha assegurat aquest migdia' (said at midday today)"),
        ("calque", "our postulates", "ca. 'els nostres postulats' (our demands)"),
        ("calque", "In this sense", "ca. 'En aquest sentit' (accordingly)"),
        ("calque", "many spaces for participation", "ca. 'espais de participació' (forums, channels)"),
        ("calque", "In an informative appearance", "ca. 'compareixença informativa' (a statement to the press)"),
    ])

SPEC["b-protothema-mitsotakis-syriza"] = dict(
    split="check", site="en.protothema.gr", lang="el",
    source="http://en.protothema.gr/mitsotakis-whoever-compromises-with-syriza-will-be-left-behind/",
    kind="translated news (Greek to English), newspaper's English edition",
    edits="none",
    items=[
        ("web-boilerplate", "• mi", "menu residue"),
        ("calque", "interior front", "el. 'εσωτερικό μέτωπο' (within the party)"),
    ])

SPEC["b-globalnewsstore-schoof-debate"] = dict(
    split="check", site="globalnews.store", lang="nl",
    source="https://globalnews.store/live-politics-according-to-schoof-the-cabinet-has-no-influence-on-course-netanyahu.html",
    kind="machine-translated live blog (Dutch to English), auto-translating aggregator",
    edits="leading blank line removed; " + DROP,
    items=[
        ("calque", "most special reflections", "nl. 'heel bijzondere beschouwingen' (very unusual debates)"),
        ("untranslated-text", "Benieizngen", "nl. 'Beschouwingen' (the budget debate), misspelt"),
        ("calque", "delves into his responsibility", "nl. 'duikt weg voor zijn verantwoordelijkheid' (shirks its responsibility)"),
        ("calque", "joins hands with", "nl. 'slaat de handen ineen met' (teams up with)"),
        ("calque", "second term", "nl. 'tweede termijn' (second round of the debate)", {"n": 1}),
        ("calque", "cast Yesilgöz in a motion", "nl. 'in een motie gegoten' (put into a motion)"),
        ("calque", "The room will vote", "nl. 'De Kamer' (the House) read as 'kamer' (room)"),
        ("calque", "second term", "nl. 'tweede termijn' (second round of the debate)", {"n": 2}),
        ("calque", "second term", "nl. 'tweede termijn' (second round of the debate)", {"n": 3}),
    ])

SPEC["b-worldtodaynews-cabinet-tag"] = dict(
    split="tune", site="world-today-news.com", lang="nl",
    source="https://www.world-today-news.com/tag/cabinet/",
    kind="tag page of machine-translated teasers (NOS, Dutch to English), aggregator",
    edits="the third teaser (a Kerala item translated from another language) removed; " + CUT,
    items=[
        ("glued-words", "ANPThe", "agency photo credit run into the caption"),
        ("web-boilerplate", "NOS Nieuws•vandaag, 12:00", "source and time line"),
        ("untranslated-text", "vandaag", "nl. 'vandaag' (today)", {"n": 1}),
        ("web-boilerplate", "Guus Dietvorst Politics editor", "byline", {"n": 1}),
        ("web-boilerplate", "Guus Dietvorst Politics editor", "byline printed twice", {"n": 2}),
        ("glued-words", "ANPAArrival", "agency photo credit run into the caption"),
        ("web-boilerplate", "NOS Nieuws•vandaag, 20:37", "source and time line"),
        ("untranslated-text", "vandaag", "nl. 'vandaag' (today)", {"n": 2}),
        ("web-boilerplate", "Hollandse Hoogte", "photo-agency credit"),
        ("web-boilerplate", "NOS Nieuws•vandaag, 17:19", "source and time line"),
        ("untranslated-text", "vandaag", "nl. 'vandaag' (today)", {"n": 3}),
        ("web-boilerplate", "Nando Kasteleijn editor Tech", "byline", {"n": 1}),
        ("calque", "editor Tech", "nl. 'redacteur Tech' (technology reporter)", {"n": 1}),
        ("web-boilerplate", "Nando Kasteleijn editor Tech", "byline printed twice", {"n": 2}),
        ("calque", "editor Tech", "nl. 'redacteur Tech' (technology reporter)", {"n": 2}),
        ("web-boilerplate", "ANP NOS Nieuws•vandaag, 11:05", "credit, source and time line"),
        ("untranslated-text", "vandaag", "nl. 'vandaag' (today)", {"n": 4}),
        ("calque", "Confirm sources a message from NRC", "nl. 'Bevestigen bronnen een bericht van NRC' (sources confirmed a report by NRC)"),
    ])

SPEC["b-infobae-amlo-mananera"] = dict(
    split="check", site="infobae.com", lang="es",
    source="https://www.infobae.com/en/2022/03/16/what-did-president-andres-manuel-lopez-obrador-say-live-on-the-morning-of-this-wednesday-march-16-2022/",
    kind="machine-translated transcript (Spanish to English), newspaper's English edition",
    edits=DROP,
    items=[
        ("calque", "on the morning of this Wednesday", "es. 'en la mañana de este miércoles' (on Wednesday morning)"),
        ("web-boilerplate", "[[Compartir]]\nCompartir articulo", "share button (Spanish)", {"alt_rules": ["untranslated-text"]}),
        ("web-boilerplate", "Compartir articulo", "share button (Spanish)", {"alt_rules": ["untranslated-text"]}),
        ("web-boilerplate", "articulo\n[[infobae]]", "site name"),
        ("calque", "three [[companions]]", "es. 'compañeros' (colleagues, reporters)"),
        ("untranslated-text", "compañeras", "es. 'compañeras' (colleagues)"),
        ("calque", "four [[notes]]", "es. 'notas' (news stories)"),
        ("calque", "is missing the truth", "es. 'falta a la verdad' (is not telling the truth)"),
        ("calque", "does its accounts", "es. 'hace sus cuentas' (does its own sums)"),
    ])

SPEC["b-archyde-amlo-minute"] = dict(
    split="tune", site="archyde.com", lang="es",
    source="https://www.archyde.com/amlos-morning-conference-updates-on-elections-corruption-and-socioeconomic-progress/",
    kind="machine-translated minute-by-minute report (Spanish to English), aggregator",
    edits=DROP,
    items=[
        ("web-boilerplate", "2023-06-02 12:15:39", "machine timestamp line"),
        ("untranslated-text", "¡", "Spanish inverted exclamation mark"),
        ("calque", "take your shampoo", "es. '¡toma tu champú!' (a catchphrase: take that!)"),
        ("glued-words", "CoahuilaAMLO", "two words run together"),
        ("web-boilerplate", "Photo: Screenshot", "photo credit"),
        ("calque", "the dependencies", "es. 'dependencias' (government agencies)"),
    ])

SPEC["b-nationworldnews-amlo-february"] = dict(
    split="tune", site="nationworldnews.com", lang="es",
    source="https://nationworldnews.com/amlos-morning-12-february-minute-by-minute/",
    kind="machine-translated minute-by-minute report (Spanish to English), auto-translating aggregator",
    edits=DROP,
    items=[
        ("calque", "AMLO's morning", "es. 'La mañanera de AMLO' (AMLO's morning press conference)"),
        ("inconsistent-name", ["Jorge", "George"], "Jorge Castañeda's first name translated once"),
        ("mixed-quotes", "explains [[“]]No, no", "opening quotation mark never closed"),
        ("inconsistent-name", ["Andrés", "Andres"], "the president's first name with and without the accent"),
        ("web-boilerplate", "Read Also:  Ukraine's capital under threat as Russia presses invasion", "related-article link"),
    ])

SPEC["b-dailynewsday-amlo-august"] = dict(
    split="check", site="dailynewsday.com", lang="es",
    source="https://dailynewsday.com/2022/08/04/amlos-morning-august-3-minute-by-minute/",
    kind="machine-translated minute-by-minute report (Spanish to English), auto-translating aggregator",
    edits=DROP,
    items=[
        ("calque", "AMLO’s morning", "es. 'La mañanera de AMLO' (AMLO's morning press conference)"),
        ("calque", "buy pieces for the raffle", "es. 'comprar cachitos' (buy lottery tickets)"),
        ("calque", "The Northern Tigers", "es. 'Los Tigres del Norte' (a band's name translated)"),
        ("sentence-fragment", "King. [[points out]]", "attribution split off by a wrong full stop"),
        ("mixed-quotes", "things,[[ ”]]", "closing quotation mark after a space"),
        ("glued-words", "”she", "closing quotation mark run into the next word"),
        ("untranslated-text", "fantocherias", "es. 'fantocherías' (showing off)"),
        ("glued-words", "Pacific”who", "closing quotation mark run into the next word"),
        ("calque", "[[exhibits]] those", "es. 'exhibe a' (exposes)"),
        ("untranslated-text", "T-MEC", "es. 'T-MEC' (USMCA)"),
    ])

SPEC["b-regeneracion-amlo-summary"] = dict(
    split="tune", site="regeneracion.mx", lang="es",
    source="https://regeneracion.mx/english-section/page/10",
    kind="translated news summaries (Spanish to English), party newspaper's English section",
    edits="second summary dropped (the stored excerpt stopped inside it)",
    items=[
        ("web-boilerplate", "English Section", "section heading"),
        ("web-boilerplate", "julio 8, 2024 |", "date line in Spanish"),
        ("untranslated-text", "julio", "es. 'julio' (July)"),
    ])

SPEC["b-dnews-prime-minister-tag"] = dict(
    split="check", site="dnews.gr", lang="el",
    source="https://www.dnews.gr/site/tag/PRIME%20MINISTER",
    kind="tag page of translated teasers (Greek to English), news site's English section",
    edits="none",
    items=[
        ("web-boilerplate", "#PRIME MINISTER", "tag-page heading"),
        ("duplicate-heading", "Greek PM Invites Protesting Farmers to Talks as Nationwide Roadblocks Persist", "headline printed twice (the later copy)", {"n": 2}),
        ("web-boilerplate", "News In English", "section label", {"n": 1}),
        ("duplicate-heading", "Is the Greek Government Targeting Critical Journalists Behind the Scenes?", "headline printed twice (the later copy)", {"n": 2}),
        ("web-boilerplate", "News In English", "section label", {"n": 2}),
        ("web-boilerplate", "SOOC", "photo-agency credit"),
        ("web-boilerplate", "News In English", "section label", {"n": 3}),
    ])

SPEC["b-economywatch-politics-list"] = dict(
    split="tune", site="economywatch.gr", lang="el",
    source="http://www.economywatch.gr/category/politics-2/page/2/",
    kind="category page of translated teasers (Greek to English)",
    edits="none",
    items=[
        ("calque", "Tsipras for Turkey", "el. 'Τσίπρας για Τουρκία' (Tsipras on Turkey)"),
        ("mojibake", "Sanctions [[f]] it", "letter dropped ('if')"),
        ("inconsistent-name", ["Prokopios", "Prokopis"], "the president's first name spelled two ways"),
        ("mixed-quotes", "‘Sight”", "single opening mark closed by a double one"),
    ])

SPEC["b-infobalkans-greek-government"] = dict(
    split="tune", site="infobalkans.com", lang="el",
    source="https://www.infobalkans.com/organization/greek-government",
    kind="tag page of translated teasers (Greek to English), aggregator",
    edits=DROP,
    items=[
        ("web-boilerplate", "Greek government", "tag-page heading"),
        ("mixed-quotes", "“We have to be ready for any eventuality”", "curly quotation marks in a page that quotes with straight ones"),
        ("calque", "[[our country's]] readiness", "el. 'η χώρα μας' (Greece's)"),
        ("calque", "Unprecedented dynamics", "el. 'δυναμική' (momentum)"),
        ("calque", "a special dynamic", "el. 'ιδιαίτερη δυναμική' (particular momentum)"),
        ("calque", "always in Ankara", "el. 'πάντα κατά την Άγκυρα' (according to Ankara)"),
        ("glued-words", "Gen:”Greece", "colon run into the quotation"),
        ("mixed-quotes", "Gen:[[”]]Greece", "closing quotation mark used to open"),
        ("inconsistent-name", ["López", "Lopez"], "the EPP official's name with and without the accent"),
    ])

SPEC["b-newsportalnp-author-page"] = dict(
    split="check", site="newsportalnp.com", lang="fr",
    source="https://newsportalnp.com/author/solenn_de_royer/page/2",
    kind="author page of machine-translated teasers (Le Monde, French to English), aggregator",
    edits="none",
    items=[
        ("web-boilerplate", "Author: Solenn de Royer", "author-page heading"),
        ("web-boilerplate", "Emmanuel Macron at a press conference in Paris, June 12, 2024. LAURENCE GEAI / MYOP FOR LE MONDE", "photo caption and credit run into the teaser"),
        ("untranslated-text", "Assemblée Nationale", "fr. 'Assemblée nationale' (National Assembly)"),
        ("web-boilerplate", "The Minister of Health and Prevention, Aurélien Rousseau, at the Ministry of Health, Paris, July 21, 2023. JULIEN MUGUET FOR…", "photo caption and credit as a teaser"),
    ])

SPEC["b-earthpressnews-press-tag"] = dict(
    split="tune", site="earthpressnews.com", lang="fr",
    source="https://earthpressnews.com/tag/press/page/7",
    kind="tag page of machine-translated teasers (L'Express and others, French to English), aggregator",
    edits="last teaser and its headline dropped (the stored excerpt stopped inside it)",
    items=[
        ("web-boilerplate", "Tag: Press", "tag-page heading"),
        ("web-boilerplate", "procrastination [[– L’Express]]", "source site name appended to the headline"),
        ("calque", "A farandole of names", "fr. 'une farandole de noms' (a string of names)"),
        ("web-boilerplate", "opening ceremony [[– L’Express]]", "source site name appended to the headline"),
        ("calque", "daily [[The Time]]", "fr. 'Die Zeit' rendered from the French text as a translated name"),
        ("web-boilerplate", "Paralympic Games [[– L’Express]]", "source site name appended to the headline"),
        ("web-boilerplate", "in France [[– L’Express]]", "source site name appended to the headline"),
        ("calque", "in great strides", "fr. 'à grands pas' (rapidly)"),
        ("calque", "held a conference [[this Wednesday]]", "fr. 'ce mercredi' (on Wednesday)"),
    ])

SPEC["b-internationalhubnews-christmas-rome"] = dict(
    split="check", site="internationalhubnews.com", lang="it",
    source="https://internationalhubnews.com/christmas-of-rome-rays-madly-with-a-love-for-the-city-well-leave-once-again-chronicles/",
    kind="machine-translated news (Italian to English), auto-translating aggregator",
    edits=DROP,
    items=[
        ("web-boilerplate", "Home Italian News Christmas of Rome: Rays, madly with a love for the city, we'll...", "breadcrumb with the truncated title"),
        ("calque", "Christmas of Rome", "it. 'Natale di Roma' (Rome's birthday)", {"n": 1}),
        ("calque", "Christmas of Rome", "it. 'Natale di Roma' (Rome's birthday)", {"n": 2}),
        ("inconsistent-name", ["Raggi", "Rays"], "the mayor's surname translated as a common noun ('raggi', rays)", {"alt_rules": ["calque"]}),
        ("web-boilerplate", "once again [[– Chronicles]]", "section name appended to the headline (it. 'Cronaca')"),
        ("calque", "decisive Christmas in Rome", "it. 'Natale di Roma' (Rome's birthday)"),
        ("sentence-fragment", "to get rid of the pandemic together", "stray piece left by a wrong sentence split"),
        ("calque", "So in an article", "it. 'Così in un articolo' (this is what ... wrote in an article)"),
        ("calque", "2774 times wish Rome", "it. '2774 volte auguri Roma' (happy 2,774th birthday, Rome)"),
        ("calque", "on the territory", "it. 'sul territorio' (locally)"),
        ("sentence-fragment", "action. [[our politics.]]", "stray piece left by a wrong sentence split"),
        ("sentence-fragment", "the case. [[big countries.]]", "stray piece left by a wrong sentence split"),
        ("sentence-fragment", "and above. [[world]]", "stray piece left by a wrong sentence split"),
        ("mixed-quotes", "world[[ “]].", "closing quotation mark written as an opening one, after a space"),
        ("inconsistent-name", ["Fratelli d’Italia", "Brothers of Italy"], "the party named in Italian and in English"),
    ])

SPEC["b-emegypt-gualtieri-report"] = dict(
    split="tune", site="emegypt.net", lang="it",
    source="https://cdn1.emegypt.net/143026",
    kind="machine-translated news (Italian to English), aggregator",
    edits=CUT,
    items=[
        ("web-boilerplate", "Trends-AU", "section label"),
        ("calque", "is a river of promises", "it. 'è un fiume di promesse' (is full of promises)"),
        ("calque", "He assured the opening", "it. 'ha assicurato l’apertura' (he promised the opening)"),
    ])

SPEC["b-globeecho-borne-method"] = dict(
    split="tune", site="globeecho.com", lang="fr",
    source="https://globeecho.com/news/europe/france/pension-reform-elisabeth-borne-clings-to-her-method-contract/",
    kind="machine-translated news (Le Monde, French to English), auto-translating aggregator",
    edits=CUT,
    items=[
        ("web-boilerplate", "Latest World News", "site tagline"),
        ("calque", "In the heart of August 2022", "fr. 'Au cœur du mois d’août' (in mid-August)"),
        ("mixed-quotes", "isn’t there?[[ »]]", "French closing guillemet after an English opening mark"),
        ("calque", "the polytechnician", "fr. 'la polytechnicienne' (the École polytechnique graduate)"),
        ("mixed-quotes", "ever happened[[ ?]]", "French-style space before a question mark"),
        ("calque", "majority executives", "fr. 'cadres de la majorité' (senior figures of the majority)"),
        ("calque", "the text of the retreats", "fr. 'retraites' (pensions) read as 'retreats'"),
        ("glued-words", "months”notes", "closing quotation mark run into the next word"),
        ("glued-words", "soldier”adds", "closing quotation mark run into the next word"),
        ("calque", "presented turnkey", "fr. 'clés en main' (ready-made)"),
        ("calque", "untraceable", "fr. 'introuvable' (impossible to find)"),
    ])

SPEC["b-altusintel-borne-pressure"] = dict(
    split="check", site="altusintel.com", lang="fr",
    source="https://altusintel.com/public-yyw327",
    kind="machine-translated news (Le Monde, French to English), aggregator",
    edits=CUT,
    items=[
        ("web-boilerplate", "by Claire Gatinois and Ivanne Trippenbach", "byline"),
        ("calque", "the village hall of the Elysée", "fr. 'la salle des fêtes de l’Elysée' (the Élysée ballroom)"),
        ("calque", "[[This Friday]], January 27", "fr. 'Ce vendredi 27 janvier' (on Friday, January 27)"),
        ("calque", "splashes of unpopularity", "fr. 'éclaboussures d’impopularité' (fallout of unpopularity)"),
        ("calque", "throw over a million people on the street", "fr. 'jeter dans la rue' (bring out on the streets)"),
        ("calque", "at the address of", "fr. 'à l’adresse de' (aimed at)"),
        ("calque", "the tenant of Matignon", "fr. 'la locataire de Matignon' (the prime minister)"),
        ("calque", "worries with SMS", "fr. 's’inquiète par SMS' (texts her staff anxiously)"),
        ("mixed-quotes", "above? [[“]]She", "closing quotation mark written as an opening one"),
        ("calque", "The figure falls", "fr. 'Le chiffre tombe' (the figure comes in)"),
        ("calque", "this burning file", "fr. 'ce dossier brûlant' (this hot issue)"),
    ])

SPEC["b-timenews-pension-tango"] = dict(
    split="check", site="time.news", lang="fr",
    source="https://time.news/?p=1011248",
    kind="machine-translated news (Le Monde, French to English), aggregator",
    edits="none",
    items=[
        ("web-boilerplate", "by time news", "byline"),
        ("calque", "They don’t leave each other anymore", "fr. 'Ils ne se quittent plus' (they are inseparable)"),
        ("web-boilerplate", "You may also like", "related-posts heading"),
        ("web-boilerplate", "Leave a Comment", "comment-form heading"),
    ])

SPEC["b-newsrnd-bayrou-pensions"] = dict(
    split="tune", site="newsrnd.com", lang="fr",
    source="https://newsrnd.com/news/2022-09-18-pension-reform--the-presidential-majority-shaken-after-the-coup-de-brilliance-of-bayrou.rkcmflrWo.html",
    kind="machine-translated news (Le Parisien, French to English), auto-translating aggregator with paywall residue",
    edits="none",
    items=[
        ("web-boilerplate", "The Limited Times", "site name"),
        ("web-boilerplate", "Now you can see non-English news...", "site tagline"),
        ("calque", "coup de brilliance", "fr. 'coup d’éclat' (bold move)"),
        ("web-boilerplate", "2022-09-18T19:31:45.524Z", "machine timestamp line"),
        ("calque", "passage in force", "fr. 'passage en force' (forcing it through)", {"n": 1}),
        ("calque", "pick the walkers cold", "fr. 'cueillir à froid les marcheurs' (catch the Macronists off guard)"),
        ("calque", "By drawing", "fr. 'En dégainant' (opening fire)"),
        ("calque", "Parisian-Today in France", "fr. 'Le Parisien-Aujourd’hui en France' (newspaper name translated)"),
        ("calque", "passage in force", "fr. 'passage en force' (forcing it through)", {"n": 2}),
        ("calque", "From the front.", "fr. 'De front.' (head-on)"),
        ("web-boilerplate", "Subscribe to read more", "paywall line"),
        ("web-boilerplate", "Already subscribed?", "paywall line"),
        ("web-boilerplate", "To log in", "paywall line"),
        ("web-boilerplate", "Source: leparis", "source line"),
        ("web-boilerplate", "All news articles on 2022-09-18", "archive link"),
        ("web-boilerplate", "You may like", "related-posts heading"),
        ("web-boilerplate", "Trends 24h", "sidebar heading"),
        ("web-boilerplate", "\n\n[[Latest]]\n\n", "sidebar heading"),
        ("web-boilerplate", "© Communities 2019 - Privacy", "copyright line"),
        ("web-boilerplate", "The information on this site is from external sources that are not under our control.", "aggregator disclaimer"),
        ("web-boilerplate", "The inclusion of any links does not necessarily imply a recommendation or endorse the views expressed within them.", "aggregator disclaimer"),
    ])

SPEC["b-taketonews-elysee-short-circuit"] = dict(
    split="tune", site="taketonews.com", lang="es",
    source="https://taketonews.com/short-circuit-in-the-elysee",
    kind="machine-translated news (El País, Spanish to English), auto-translating aggregator",
    edits="none",
    items=[
        ("calque", "The accounts do not come out", "es. 'no salen las cuentas' (the numbers do not add up)"),
        ("untranslated-text", "Los Republicanos", "es. 'Los Republicanos' (the Republicans)"),
        ("web-boilerplate", "Keep reading….", "paywall link"),
    ])

SPEC["b-cvbj-conte-maneuver"] = dict(
    split="check", site="cvbj.biz", lang="fr",
    source="https://cvbj.biz/italy-giuseppe-conte-in-maneuver-to-save-his-government/",
    kind="machine-translated news (French agency copy on Italy, French to English), aggregator",
    edits=DROP,
    items=[
        ("calque", "in maneuver", "fr. 'en manœuvre pour' (manoeuvring)"),
        ("calque", "the release of Italia Viva", "fr. 'la sortie d’Italia Viva' (Italia Viva's withdrawal)"),
    ])

SPEC["b-archyde-conte-draghi"] = dict(
    split="tune", site="archyde.com", lang="es",
    source="https://www.archyde.com/conte-paves-the-way-for-draghi-to-form-a-government-in-italy/",
    kind="machine-translated news (El País, Spanish to English), aggregator",
    edits="none",
    items=[
        ("calque", "with the right foot", "es. 'con buen pie' (on the right foot)"),
        ("untranslated-text", "M5E", "es. 'M5E' (Spanish initials of the Five Star Movement, M5S)", {"n": 1}),
        ("untranslated-text", "M5E", "es. 'M5E' (Spanish initials of the Five Star Movement, M5S)", {"n": 2}),
        ("mixed-quotes", "country, [[“]]Conte", "opening quotation mark used to close a quotation that was never opened"),
        ("calque", "for his part", "es. 'por su parte'"),
        ("calque", "his fellow ranks", "es. 'sus compañeros de filas' (fellow members)"),
        ("untranslated-text", "M5E", "es. 'M5E' (Spanish initials of the Five Star Movement, M5S)", {"n": 3}),
        ("mixed-quotes", "«", "Spanish opening guillemet closed by an English mark"),
        ("calque", "an out of the ordinary", "es. 'un fuera de serie' (an exceptional talent)"),
        ("mixed-quotes", "bench, [[“]]said", "opening quotation mark used to close a quotation"),
        ("web-boilerplate", "Leave a Comment", "comment-form heading"),
        ("web-boilerplate", "This site uses Akismet to reduce spam. Learn how your comment data is processed.", "comment-form notice"),
    ])

SPEC["b-taketonews-omtzigt-formation"] = dict(
    split="tune", site="taketonews.com", lang="nl",
    source="https://taketonews.com/partij-van-omtzigt-stapt-uit-nederlandse-regeringsvorming-wilders-says-he-helemaal-niets-van-left-partijen-will-debate",
    kind="partly machine-translated news (Dutch to English, Dutch words left), auto-translating aggregator",
    edits="none",
    items=[
        ("untranslated-text", "Partij van Omtzigt stapt uit Nederlandse regeringsvorming", "nl. (Omtzigt's party leaves the Dutch cabinet formation)"),
        ("untranslated-text", "helemaal niets van", "nl. (nothing at all of it)"),
        ("untranslated-text", "left [[partijen]]", "nl. 'partijen' (parties)"),
        ("untranslated-text", "from [[partij van]] Pieter", "nl. 'partij van' (party of)"),
    ])

SPEC["b-thebellforum-lula-rights"] = dict(
    split="check", site="thebellforum.net", lang="es",
    source="http://thebellforum.net/forums/viewtopic.php?f=5&start=70&t=33",
    kind="forum post quoting a machine translation of a Granma article (Spanish to English)",
    edits=DROP,
    items=[
        ("web-boilerplate", "The fightback", "forum user title"),
        ("web-boilerplate", "User avatar", "forum avatar label"),
        ("web-boilerplate", "avatar\n[[blindpig]]", "forum user name line"),
        ("web-boilerplate", "Posts: 14412", "forum post counter"),
        ("web-boilerplate", "Joined: Fri Jul 14, 2017 5:44 pm", "forum join date"),
        ("web-boilerplate", "Location: Turtle Island", "forum user location"),
        ("web-boilerplate", "Contact:", "forum contact label"),
        ("web-boilerplate", "Re: Brazil", "forum post title"),
        ("web-boilerplate", "Post by blindpig » Sat Jun 02, 2018 1:08 pm", "forum post header"),
        ("web-boilerplate", "Author: International Writing | international@granma.cu", "byline with e-mail address"),
        ("calque", "International Writing", "es. 'Redacción Internacional' (international desk)"),
        ("web-boilerplate", "May 31, 2018 21:05:31", "date line"),
        ("web-boilerplate", "\n[[Image]]\n", "image placeholder"),
        ("calque", "has had a massive character", "es. 'ha tenido un carácter masivo' (has been massive)"),
        ("web-boilerplate", "Photo: TELESUR", "photo credit"),
        ("calque", "was dictated by", "es. 'fue dictada por' (was handed down by)"),
        ("untranslated-text", "exmandatarios", "es. 'exmandatarios' (former presidents)"),
        ("mixed-quotes", "limitations[[ »]]", "guillemet closing a straight-quoted quotation"),
        ("calque", "Remember that", "es. 'Recordemos que' (these rights had been)"),
        ("sentence-fragment", "specified. [[decision.]]", "stray word left by a wrong sentence split"),
        ("calque", "the justice of second instance", "es. 'la justicia de segunda instancia' (the appeals court)"),
        ("inconsistent-name", ["Haroldo", "Harold"], "the judge's first name spelled two ways"),
    ])

SPEC["b-catalannews-adams-puigdemont"] = dict(
    split="check", site="catalannews.com", lang="ca",
    source="https://catalannews.com/politics/355",
    kind="translated agency news (ACN, Catalan to English), section page",
    edits=CUT,
    items=[
        ("web-boilerplate", "[[Politics]]\n\n|", "section heading"),
        ("web-boilerplate", "|   Politics news from Catalonia and Barcelona  ", "section tagline"),
        ("web-boilerplate", "process\n\n[[ACN]]\n\n", "agency credit line"),
        ("mixed-quotes", "it[[']]s one", "straight apostrophe among curly ones"),
        ("inconsistent-name", ["ACN", "CNA"], "the agency's initials in Catalan and English order"),
        ("calque", "Romeva, [[this Wednesday]]", "ca. 'aquest dimecres' (on Wednesday)"),
        ("web-boilerplate", "cases\n\n[[ACN]]\n\n", "agency credit line"),
    ])

SPEC["b-elnacional-puigdemont-letter"] = dict(
    split="tune", site="elnacional.cat", lang="ca",
    source="https://www.elnacional.cat/en/politics/puigdemont-rajoy-independence-article-155_203541_102.html",
    kind="translated news (Catalan to English), newspaper's English edition",
    edits=DROP,
    items=[
        ("web-boilerplate", "Read in Catalan", "language-switch link"),
        ("calque", "board members", "ca. 'consellers' (ministers of the Catalan government)"),
        ("calque", "revert the repression", "ca. 'revertir la repressió' (end the repression)"),
    ])

SPEC["b-illadelink-marcelo-country"] = dict(
    split="check", site="illadelink.com", lang="pt",
    source="https://illadelink.com/pr-admits-talking-to-the-country-next-week-after-costa-announced-measures-on-saturday-executive-digest/",
    kind="machine-translated news (Executive Digest, Portuguese to English), auto-translating aggregator",
    edits=STAMP + "otherwise as stored",
    items=[
        ("calque", "coming to the country", "pt. 'vir a falar ao país' (addressing the nation)"),
        ("calque", "in front of an audience", "pt. 'em audiência' (in an audience, a formal meeting)"),
        ("untranslated-text", "sexta-feira", "pt. 'sexta-feira' (Friday)"),
        ("calque", "some advice", "pt. 'Conselho [de Ministros]' (Council of Ministers) read as 'conselho' (advice)"),
        ("untranslated-text", "de Ministros", "pt. 'de Ministros' (of Ministers)"),
        ("mixed-quotes", "actions,[[ ”]]", "closing quotation mark after a space"),
        ("glued-words", "”he", "closing quotation mark run into the next word"),
    ])

SPEC["b-jornaleconomico-marcelo-support"] = dict(
    split="tune", site="jornaleconomico.sapo.pt", lang="pt",
    source="https://jornaleconomico.sapo.pt/en/noticias/se-for-preciso-agravar-medidas-de-confinamento-marcelo-dara-apoio-ao-governo-689090",
    kind="machine-translated news (Portuguese to English), newspaper's English edition",
    edits=DROP,
    items=[
        ("calque", "to [[aggravate]] containment", "pt. 'agravar' (tighten)"),
        ("calque", "facilitate", "pt. 'facilitar' (to let one's guard down)", {"n": 1}),
        ("web-boilerplate", "Cristina Bernardo", "photo credit"),
        ("mixed-quotes", "[[“]]We have to look", "curly quotation in an article quoting mostly with straight marks"),
        ("calque", "reweighting", "pt. 'reponderação' (rethink)"),
        ("mixed-quotes", "Portuguese,[[ ”]]", "closing quotation mark after a space"),
        ("glued-words", "[[”he]] said in", "closing quotation mark run into the next word"),
        ("calque", "[[this Sunday]] at the exit", "pt. 'neste domingo' (on Sunday)"),
        ("calque", "at the exit of", "pt. 'à saída de' (as he left)"),
        ("duplicate-paragraph", "Marcelo Rebelo de Sousa admitted that there is a “problem of understanding, of communicating the gravity of the situation, but there is also a problem of the Portuguese looking at reality and tending to facilitate it”.", "standfirst repeated in the body (the later copy)"),
        ("mixed-quotes", "[[“]]problem of understanding", "curly quotation in an article quoting mostly with straight marks"),
        ("calque", "facilitate", "pt. 'facilitar' (to let one's guard down)", {"n": 2}),
        ("calque", "facilitate", "pt. 'facilitar' (to let one's guard down)", {"n": 3}),
        ("mixed-quotes", "stressed that [[“]]it is", "curly quotation in an article quoting mostly with straight marks"),
        ("mixed-quotes", "political measures[[ ”]]", "closing quotation mark after a space"),
    ])

SPEC["b-portugalresident-president-tag"] = dict(
    split="tune", site="portugalresident.com", lang="en",
    source="https://stg.portugalresident.com/tag/president-of-the-republic/page/4",
    kind="tag page of an English-language news site on Portugal, scrape-damaged (UTF-8 read in a Central European code page); not a translation",
    edits="none; control characters that a bad decoding may have left after 'â' are not visible in the stored copy and are not reproduced",
    items=[
        ("mojibake", "âprofound", "damaged opening quotation mark"),
        ("mojibake", "consternationâ", "damaged closing quotation mark"),
        ("mojibake", "Lisbonâs", "damaged apostrophe"),
        ("mojibake", "SĂŁo", "damaged 'ã' ('São')"),
        ("mojibake", "JosĂ©", "damaged 'é' ('José')"),
        ("mojibake", "Presidentâs", "damaged apostrophe"),
        ("mojibake", "ânot", "damaged opening quotation mark"),
        ("mojibake", "clearâ", "damaged closing quotation mark"),
        ("mojibake", "âpredictableâ", "damaged quotation marks"),
        ("mojibake", "âstableâ", "damaged quotation marks"),
        ("mojibake", "Madeiraâs", "damaged apostrophe", {"n": 1}),
        ("mojibake", "âmega-shamblesâ", "damaged quotation marks"),
        ("mojibake", "BelĂ©m", "damaged 'é' ('Belém')"),
        ("mojibake", "Madeiraâs", "damaged apostrophe", {"n": 2}),
        ("mojibake", "Portugalâs", "damaged apostrophe", {"n": 1}),
        ("glued-words", "Portugal.In", "teaser sentence run into the next"),
        ("mojibake", "âdevastating", "damaged opening quotation mark"),
        ("mojibake", "consequencesâ", "damaged closing quotation mark"),
        ("mojibake", "todayâs", "damaged apostrophe"),
        ("mojibake", "âbeacon", "damaged opening quotation mark"),
        ("mojibake", "stabilityâ", "damaged closing quotation mark"),
        ("mojibake", "LuĂs", "damaged 'í' ('Luís')"),
        ("mojibake", "Portugalâs", "damaged apostrophe", {"n": 2}),
    ])

SPEC["b-myjuventus-national-team"] = dict(
    split="check", site="myjuventus.net", lang="it",
    source="http://www.myjuventus.net/national-team-and-if-we-say-enough-to.html",
    kind="machine-translated fan column (Italian to English), fan site's English edition",
    edits="none",
    items=[
        ("calque", "the convocation in blue", "it. 'la convocazione in azzurro' (a call-up to the national team)"),
        ("calque", "blocking the word", "it. 'togliere la parola' (silencing)"),
        ("calque", "who goes in the middle of all this", "it. 'chi ci va di mezzo' (who suffers from all this)"),
        ("calque", "voices that run", "it. 'voci che corrono' (rumours)"),
        ("calque", "questions about [[national]]", "it. 'la nazionale' (the national team)"),
        ("calque", "It would be the case that", "it. 'Sarebbe il caso che' (it would be better if)"),
        ("glued-words", "resultis", "two words run together"),
        ("calque", "about [[the national]] and", "it. 'la nazionale' (the national team)"),
        ("calque", "but Holy", "it. 'ma sacrosanta' (but absolutely right)"),
        ("web-boilerplate", "by: Massimo Pavan", "byline"),
        ("web-boilerplate", "adapted by: Mike Prise", "translator credit"),
    ])

SPEC["b-myjuventus-whos-that-man"] = dict(
    split="check", site="myjuventus.net", lang="it",
    source="http://www.myjuventus.net/from-whos-that-girl-to-whos-that-man.html",
    kind="machine-translated fan column (Italian to English), fan site's English edition",
    edits="none",
    items=[
        ("calque", "raged in radio", "it. 'spopolava alla radio' (was a radio hit)"),
        ("calque", "but not only", "it. 'ma non solo' (and elsewhere)", {"n": 1}),
        ("calque", "but not only", "it. 'ma non solo' (and elsewhere)", {"n": 2}),
        ("calque", "betraying society", "it. 'la società' (the club)"),
        ("web-boilerplate", "source:; by: Massimo Pavan", "source and byline"),
        ("web-boilerplate", "Fino alla Fine Forza JUVENTUS", "site slogan in Italian", {"alt_rules": ["untranslated-text"]}),
    ])

SPEC["b-worldtodaynews-flanders-measures"] = dict(
    split="tune", site="world-today-news.com", lang="nl",
    source="https://world-today-news.com/flanders-is-announcing-more-stringent-measures-tonight-which",
    kind="machine-translated news (Dutch to English), aggregator",
    edits="none",
    items=[
        ("calque", "hung on the emergency brake", "nl. 'hing aan de noodrem' (pulled the emergency brake)"),
        ("calque", "it sounds", "nl. 'klinkt het' (is the word)"),
        ("web-boilerplate", "Brussels.\n[[–]]\n", "separator residue"),
        ("web-boilerplate", "– .", "separator residue"),
    ])

SPEC["b-taketonews-jambon-september"] = dict(
    split="tune", site="taketonews.com", lang="nl",
    source="https://taketonews.com/everyone-still-friends-or-are-there-cracks-in-the-jambon-government-in-view-of-the-nitrogen-dossier-such-was-the-atmosphere-during-the-september-declaration-september-statement/",
    kind="machine-translated news (Het Laatste Nieuws, Dutch to English), auto-translating aggregator",
    edits="none",
    items=[
        ("web-boilerplate", "| September statement", "section name appended to the headline"),
        ("calque", "cinema", "nl. 'zonder cinema' (without fuss)"),
        ("sentence-fragment", "(N-VA). [[VA).]]", "stray piece of the party name after a wrong split"),
        ("web-boilerplate", "Fleur Mees", "byline"),
        ("web-boilerplate", "Latest update:", "update-time label"),
    ])

SPEC["b-brusselstimes-jambon-redesign"] = dict(
    split="check", site="brusselstimes.com", lang="nl",
    source="https://www.brusselstimes.com/news/belgium-all-news/177010/belgium-no-longer-works-and-needs-to-be-redesigned-jambon/",
    kind="translated and edited news (Belga, Dutch speech to English), English-language news site",
    edits=DROP,
    items=[
        ("web-boilerplate", "Share article:", "share button", {"n": 1}),
        ("web-boilerplate", "Share article:", "share button", {"n": 2}),
        ("duplicate-heading", "Belgium no longer works and needs to be redesigned – Jambon", "title printed twice (the later copy)", {"n": 2}),
        ("web-boilerplate", "© James Arthur Gekiere via Belga", "photo credit"),
        ("mixed-quotes", "a half,[[”]] said", "closing quotation mark without an opening one"),
        ("mixed-quotes", "Nothing less.[[”]]", "closing quotation mark without an opening one"),
    ])

SPEC["b-nopasaran-sarkozy-firm"] = dict(
    split="tune", site="no-pasaran.blogspot.com", lang="fr",
    source="https://no-pasaran.blogspot.com/2005/11/translation-of-article-linked-from.html?m=1",
    kind="blogger's translation of a TF1 news item (French to English), French quotation spacing kept",
    edits=DROP,
    items=[
        ("web-boilerplate", "Saturday, November 05, 2005", "blog date line"),
        ("mixed-quotes", "accept violence[[ \"]], reaffirmed", "French-style space before the closing quotation mark"),
        ("mixed-quotes", "violence: [[\" ]]Violence", "French-style space after the opening quotation mark"),
        ("calque", "the Matignon municipal building", "fr. 'l’hôtel Matignon' (the prime minister's residence) read as 'hôtel de ville'"),
        ("mixed-quotes", "standing firm[[ \"]]", "French-style space before the closing quotation mark"),
        ("mixed-quotes", "closely[[’]]", "straight opening mark closed by a curly single one"),
        ("glued-words", "France,and", "comma run into the next word"),
        ("mixed-quotes", "lawlessness[[ \"]]", "French-style space before the closing quotation mark"),
    ])

SPEC["b-newgreektv-mardas-million"] = dict(
    split="check", site="newgreektv.com", lang="el",
    source="https://www.newgreektv.com/news-in-english-for-greeks/greece/item/15120-believe-it-not-deputy-finmin-finds-400-million-in-an-hour-and-a-half",
    kind="translated news (Greek to English), news site's English section",
    edits="none",
    items=[
        ("web-boilerplate", "Log in", "login link"),
        ("web-boilerplate", "A+ A A-", "text-size control"),
        ("calque", "the early declarations", "el. 'δηλώσεις' (statements)"),
        ("glued-words", "hour sago", "space moved one letter ('hours ago')"),
    ])

SPEC["b-d1softballnews-cpi-july"] = dict(
    split="tune", site="d1softballnews.com", lang="es",
    source="https://d1softballnews.com/cpi-july-inflation-in-july-fell-by-6-tenths-and-amounted-to-2-8/amp",
    kind="machine-translated news (Spanish to English), auto-translating aggregator",
    edits="none",
    items=[
        ("inconsistent-name", ["INE", "INES"], "the statistics institute's initials spelled two ways"),
        ("calque", "6-tenths", "es. 'seis décimas' (0.6 of a percentage point)"),
        ("sentence-fragment", "June.[[.]] This", "stray full stop"),
        ("calque", "were shot", "es. 'se dispararon' (soared)"),
        ("calque", "At the core of inflation", "es. 'En la inflación subyacente' (as for core inflation)"),
        ("calque", "two tenths", "es. 'dos décimas' (0.2 of a percentage point)"),
        ("web-boilerplate", "PEOPLE tranche! The famous American magazine for him, as last year, sexiest man moment. This…", "teaser of another article"),
        ("web-boilerplate", "The chief prosecutor of the International Criminal Court (ICC) wants to prosecute Israeli Prime Minister…", "teaser of another article"),
        ("web-boilerplate", "This is not the most well-known health problem, but sepsis is responsible for about 250…", "teaser of another article"),
        ("web-boilerplate", "Updated: November 21, 2024 | 21:54 November 21, 2024", "update-time line"),
    ])

SPEC["b-newsytoday-germany-pedestrians"] = dict(
    split="tune", site="newsy-today.com", lang="de",
    source="https://www.newsy-today.com/news-from-germany-car-records-two-pedestrians/",
    kind="machine-translated news roundup (dpa, German to English), auto-translating aggregator",
    edits="last item and its headline dropped (the stored excerpt stopped inside it)",
    items=[
        ("web-boilerplate", "Home » World » News from Germany: car records two pedestrians", "breadcrumb"),
        ("calque", "records", "de. 'erfasst' (hits)", {"n": 1}),
        ("calque", "records", "de. 'erfasst' (hits)", {"n": 2}),
        ("web-boilerplate", "Note: You can find the latest news about the Corona virus in Germany here.", "link to another page"),
        ("calque", "car [[detects]] two", "de. 'erfasst' (hits)"),
        ("web-boilerplate", "Source: DPA", "source line", {"n": 1}),
        ("calque", "She and a fifth man", "de. 'Sie' (they) read as 'she'"),
        ("web-boilerplate", "Source: DPA", "source line", {"n": 2}),
        ("web-boilerplate", "Large fire in sawmill in Olpe", "embedded post title"),
        ("web-boilerplate", "A sawmill is on fire in Olpe", "embedded post caption"),
        ("web-boilerplate", "Source: Firefighters Olpe", "source line"),
    ])

SPEC["b-newsdirectory3-sek-apartment"] = dict(
    split="tune", site="newsdirectory3.com", lang="de",
    source="https://newsdirectory3.com/news-from-germany-special-forces-storm-the-wrong-apartment/",
    kind="machine-translated news roundup (dpa, German to English), auto-translating aggregator",
    edits=DROP,
    items=[
        ("web-boilerplate", "6.9 C", "weather widget"),
        ("web-boilerplate", "Alba Iulia", "weather widget location"),
        ("web-boilerplate", "Thursday, May 28, 2020", "site date bar"),
        ("web-boilerplate", "Must Read", "sidebar heading"),
        ("web-boilerplate", "‘Lionhearted’ Girl Bikes Dad Across India, Inspiring a Nation", "headline of another article"),
        ("web-boilerplate", "NEW DELHI - She was a 15-year-old with a simple mission: bring papa home.Jyoti Kumari and her dad had...", "teaser of another article"),
        ("glued-words", "home.Jyoti", "two sentences run together"),
        ("web-boilerplate", "Jaime King’s estranged husband Kyle Newman claims she’s a ‘chronic drug addict and alcoholic’", "headline of another article"),
        ("web-boilerplate", "In newly filed short docs, Kyle newman is claiming his estranged wife and mother of his kids, Jaime King,...", "teaser of another article"),
        ("web-boilerplate", "Note: Current news about the Corona virus in Germany can be found here.", "link to another page"),
        ("calque", "family father", "de. 'Familienvater' (father of a family)"),
        ("calque", "fixed him on the floor", "de. 'fixierten ihn am Boden' (pinned him to the floor)"),
        ("calque", "the SEK was wrong in the apartment", "de. 'hatte sich in der Wohnung geirrt' (had raided the wrong apartment)"),
        ("calque", "was [[therefore]] the neighbor", "de. 'demnach' (according to the police)"),
        ("web-boilerplate", "Source: DPA", "source line"),
    ])

SPEC["b-infosurhoy-germany-dormagen"] = dict(
    split="check", site="infosurhoy.com", lang="de",
    source="https://infosurhoy.com/news/news-from-germany-dead-in-house-in-dormagen-suspect-dies-after-police-shot/",
    kind="machine-translated news roundup (dpa, German to English), auto-translating aggregator",
    edits=CUT,
    items=[
        ("calque", "a murder commission", "de. 'Mordkommission' (murder squad)"),
        ("calque", "the deployment", "de. 'Einsatz' (the operation)"),
        ("calque", "further backgrounds", "de. 'weitere Hintergründe' (further background)"),
        ("web-boilerplate", "Source: DPA", "source line", {"n": 1}),
        ("calque", "rolled over by tractor", "de. 'von Traktor überrollt' (run over by a tractor)"),
        ("web-boilerplate", "Source: DPA", "source line", {"n": 2}),
        ("calque", "Bernauer", "de. 'Bernauerin' (woman from Bernau)"),
    ])

SPEC["b-lokalo-trier-week"] = dict(
    split="check", site="lokalo.de", lang="de",
    source="https://lokalo.de/artikel/257997/this-week-in-your-region-lokalos-top-articles-in-english-4/",
    kind="translated local news (German to English), local news site's English digest",
    edits="three paragraphs of the second item left out; " + CUT,
    items=[
        ("web-boilerplate", "ENGLISH\n\n[[0]]\n", "comment counter"),
        ("web-boilerplate", "Image: Lokalo (se)", "photo credit", {"n": 1}),
        ("repeated-word", "room room", "word printed twice"),
        ("calque", "Trier [[this Monday]] morning", "de. 'an diesem Montagmorgen' (on Monday morning)"),
        ("web-boilerplate", "Image: Lokalo (se)", "photo credit", {"n": 2}),
        ("calque", "do not exclude that", "de. 'schließen nicht aus, dass' (do not rule out)"),
        ("web-boilerplate", "Wanna read it in German? Click here.", "language-switch link", {"n": 1}),
        ("web-boilerplate", "\n[[+++]]\n\nTUESDAY", "separator"),
        ("web-boilerplate", "Wanna read it in German? Click here.", "language-switch link", {"n": 2}),
        ("web-boilerplate", "\n[[+++]]\n\nWEDNESDAY", "separator"),
        ("web-boilerplate", "[[Image: Lokalo]]\n\nTRIER. This morning", "photo credit"),
        ("inconsistent-name", ["Martinsufer", "Martisufer"], "the riverside street spelled two ways"),
    ])

SPEC["b-binternet-queen-elysee"] = dict(
    split="tune", site="binternet.fr", lang="fr",
    source="https://binternet.fr/en/menswear-brand/a-perfume-of-royalty-under-the-golds-of-the-elysee-close-panel-open-panel-plume-le-figaro-app-icon-512px-v1-1-style-logotypes-le-figaro-apps-jeux",
    kind="machine-translated news (Le Figaro, French to English), scraper site; paragraph breaks lost between sentences",
    edits=CUT,
    items=[
        ("calque", "pre-estimate", "fr. 'pré-estivale' (early-summer) mistaken for 'pré-estimation'"),
        ("calque", "the village hall of the Elysée", "fr. 'la salle des fêtes de l’Elysée' (the Élysée ballroom)"),
        ("glued-words", "monarchy.In", "two sentences run together"),
        ("glued-words", "Edinburgh.The", "two sentences run together"),
        ("calque", "were in a hurry", "fr. 'se pressaient' (crowded in)"),
        ("calque", "deep reverences", "fr. 'révérences' (curtsies)"),
        ("glued-words", "Paris.After", "two sentences run together"),
        ("calque", "the time was for", "fr. 'l’heure était à' (it was time for)"),
        ("calque", "the cordial agreement", "fr. 'l’Entente cordiale'"),
        ("glued-words", "agreement.And", "two sentences run together"),
        ("calque", "fusional", "fr. 'fusionnelle' (very close)"),
        ("untranslated-text", "bibes", "fr. 'bisbilles' (squabbles), garbled"),
        ("glued-words", "London.In", "two sentences run together"),
        ("calque", "reminds her first stay", "fr. 'rappelle son premier séjour' (recalls)"),
        ("glued-words", "princess.She", "two sentences run together"),
        ("glued-words", "France\".For", "two sentences run together"),
        ("calque", "the essential is in question", "fr. 'l’essentiel est en jeu' (what matters is at stake)"),
        ("glued-words", "left.The", "two sentences run together"),
        ("glued-words", "the.The", "two sentences run together"),
        ("calque", "is driving in French", "fr. 'roule en français' (goes on in French)"),
        ("glued-words", "French.The", "two sentences run together"),
        ("calque", "her maintenance", "fr. 'son maintien' (remaining)"),
        ("calque", "lamb of Sisteron", "fr. 'agneau de Sisteron' (Sisteron lamb)"),
        ("glued-words", "dessert.Château", "two sentences run together"),
        ("glued-words", "Churchill\".At", "two sentences run together"),
    ])

SPEC["b-tp24-english-news"] = dict(
    split="check", site="tp24.it", lang="it",
    source="https://www.tp24.it/english-news",
    kind="section page of translated teasers (Italian to English), local news site's English section",
    edits="none",
    items=[
        ("web-boilerplate", "English News | 25/09/2023", "section and date line"),
        ("calque", "In recent hours", "it. 'Nelle ultime ore' (in the past few hours)"),
        ("web-boilerplate", "English News | 22/09/2023", "section and date line"),
        ("web-boilerplate", "English News | 11/09/2023", "section and date line"),
        ("web-boilerplate", "Inizio  1 2 3 4 5 6   Fine  | Pagine corrente: 1", "pagination in Italian", {"alt_rules": ["untranslated-text"]}),
    ])

SPEC["b-197lines-mayors-draghi"] = dict(
    split="tune", site="197lines.com", lang="it",
    source="https://197lines.com/1-300-mayors-have-signed-a-petition-to-pm-draghi-and-the-parliament-for-the-sake-of-the-countrys-stability-including-rome-milan-turin-venice-florence-naples-and-economically-relevant-areas-that-account-for-the-majority-of-the-population-and-the-gdp",
    kind="English news line written from Italian sources (Italian number style kept), news-lines site",
    edits="leading blank lines removed",
    items=[
        ("number-format", "1.800", "it. thousands separator ('1.800', 1,800)"),
        ("web-boilerplate", "More lines about Italy, Europe", "related-links line"),
        ("web-boilerplate", "Visit all Italy lines archive", "archive link"),
    ])

SPEC["b-firstonline-calamity-tag"] = dict(
    split="tune", site="firstonline.info", lang="it",
    source="https://www.firstonline.info/en/tag/calamita/",
    kind="tag page of translated teasers (Italian to English), news site's English edition",
    edits="none",
    items=[
        ("calque", "intentional disasters", "it. 'disastri dolosi' (arson fires)"),
        ("calque", "in check", "it. 'sotto scacco' (in the grip of)"),
        ("calque", "2 billion damages", "it. '2 miliardi di danni' (2 billion euros of damage)"),
        ("calque", "the request of a state of natural disaster", "it. 'richiesta di stato di calamità naturale' (request for a declaration of natural disaster)"),
    ])
