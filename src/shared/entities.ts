/** Named entities and figures found in an article. Plain data, shared by the back end and the renderer. */

export type MentionType = 'PER' | 'ORG' | 'LOC' | 'EVENT';

/** Canonical names of the entity a mention links to; null where the language has no name for it. */
export interface EntityName {
  readonly en: string | null;
  readonly ru: string | null;
}

/**
 * One mention of a named entity. `id` is the knowledge-base id when the entity is known, otherwise
 * `x:` plus a script-independent key, so that the same unknown name read in Russian and in English
 * links to the same id.
 */
export interface Mention {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly type: MentionType;
  readonly id: string;
  readonly name: EntityName;
}

export type FigureType = 'MONEY' | 'PERCENT' | 'NUMBER' | 'DATE';
export type Currency = 'USD' | 'EUR' | 'RUB' | 'KZT' | 'GBP' | 'CNY';

/**
 * A number the text states. `value` is a number for money, percentages and counts, and an ISO date
 * string for dates (`YYYY-MM-DD`, `YYYY-MM`, `YYYY`, or `--MM-DD` when the year is not stated).
 */
export interface Figure {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly type: FigureType;
  readonly value: number | string;
  readonly currency?: Currency;
}

export interface Annotations {
  readonly mentions: readonly Mention[];
  readonly figures: readonly Figure[];
}

/** A role an entity held, with dates when they matter (President of Kazakhstan since 2019). */
export interface EntityRole {
  readonly en: string;
  readonly ru: string;
  readonly kk?: string;
  readonly from?: string | null;
  readonly to?: string | null;
}

/** What the reader sees on hovering a mention: names in every language, roles, where else it appears. */
export interface EntityCard {
  readonly id: string;
  readonly type: MentionType;
  readonly names: { readonly en: string | null; readonly ru: string | null; readonly kk: string | null };
  readonly roles: readonly EntityRole[];
  /** True when the knowledge base knows the entity; false for names read off the text alone. */
  readonly known: boolean;
  /** Articles of the library that mention it, most mentions first. */
  readonly articles: readonly {
    readonly id: string;
    readonly title: string;
    readonly lang: string;
    readonly count: number;
  }[];
}

/**
 * Changes whenever the annotator may give a name another id; what was stored with ids of an older
 * value, such as the search index, is rebuilt. The versions:
 * - 2: unknown names keyed by sound, not skeleton
 * - 3: a body's or a place's last word first, as a person's
 * - 4: spellings of other languages in the sound key
 * - 5: words in a fixed order, the common words of bodies translated
 * - 6: a country's body named bare, "Конгресс" or "Supreme Court", is the body of the country the
 *   text names
 * - 7: more spellings in the sound key, v and f one letter
 * - 8: Wikidata ids for 123 entities that had their slug
 * - 9: a body's name cut short takes the id of the longer name in the text
 * - 10: names written in lower case, бундестаг and вермахт, and new entities, the Holy See's among
 *   them
 * - 11: a place's one-word name after a given name alone is the person's surname, "Джеймс Коми"
 * - 12: a body's matter may be a list, "комитета по вопросам семьи, женщин и детей"
 * - 13: a society, a philharmonic and a dispensary head a capitalised name, "Общества памяти
 *   Кромвеля"
 * - 14: a body's name stops before its convocation, "Думы | нового созыва"
 * - 15: the Verkhovna Rada's Wikidata id is Q176296, not Q18503
 * - 16: a known person's surname alone is the namesake the text named in full since, "Фиделя Кастро
 *   Рауль Кастро … Кастро"
 * - 17: Raúl Castro in the knowledge base, and a known namesake named since takes the surname as an
 *   unknown one does, of the same sex only
 * - 18: Samsung Electronics, Q20718, apart from the Samsung group
 * - 19: a word of no English before a known person's surname alone is a namesake's given name,
 *   "Gjorge Ivanov"
 * - 20: a foreign surname in the instrumental is keyed by its nominative, "Себастьяном Феттелем"
 * - 21: English names stop at a headline's common words, at letters after the name ("MSP") and
 *   after a side's or a people's word before it ("Spaniard")
 * - 22: of an unknown name's first word only its sound key's first two letters count, "Francesco"
 *   and "Франческо"
 * - 23: a place's unknown one-word name is read as a noun, not as a verb's form, "Донггала"
 * - 24: a Latin acronym with a full stop after each letter is the known body's, "F.B.I."
 * - 25: a cup or a prize named after someone is the contest, "Кубок Райдера" and "Ryder Cups",
 *   keyed by the cup's translation
 * - 26: a Russian sentence may open with a foreign person's name the dictionary knows no word of,
 *   "Канье Уэст"
 * - 27: a Russian surname of two consonants, four letters or more, said again alone is the person,
 *   "Уэст"
 * - 28: a name links to a known one by its spelling only when the letters differ as spellings do
 *   (not «Хартс» and Haaretz, «Клуб» and "Барселона (клуб)"), "Кампания" opening a sentence is
 *   the campaign, and "Рэппер" before a name no part of it
 * - 29: a body's name of common words links by its spelling only to a whole name in its script
 *   ("Церкви" is not the synod, "власти" not Vlast.kz)
 * - 30: in Latin letters a short name links by spelling only with a letter more at its end (Hyundai is
 *   not The Hindu), and Suleyman Kerimov is known, so "Керимов" is not Islam Karimov
 * - 31: a place's name that is also a given name starts a person's name when the case of the word after it
 *   says so ("Доминика Стросс-Кана"), and not by a prepositional case with no preposition ("Дании")
 * - 32: a capitalised verb's form mid-sentence may be a foreign given name ("Девал Патрик" is one person)
 * - 33: "St. Louis" is one place, keyed as "Saint Louis" (Сент-Луис), and "St." before a saint's name
 *   ("St. Martin's") no person
 * - 34: a chamber, a government or a ministry alone takes no matter after "по" ("в Сенате по
 *   утверждению кандидатуры" is the Senate)
 * - 35: 200 more cities (the capitals of Russia's regions, cities of Ukraine, Belarus, the Caucasus,
 *   Central Asia and the world whose names differ between the languages), and a place that is a
 *   woman's name before her surname is her given name ("София Никитчук", "Софи Дикс")
 * - 36: a family name alone ("Kim", "Ким") is the known person of China, Korea or Vietnam the text
 *   names in full with it
 * - 37: a known surname after a given name and a middle name is a namesake's ("John Howard Johnson")
 * - 38: a surname the dictionary knows as a man's given name is read in its nominative ("Джона Говарда
 *   Джонсона" is Джон Говард Джонсон)
 * - 39: a place's other spelling links by its last word only after a word for its kind ("Хэмпшир" is
 *   not New Hampshire); Macedonia is a name of North Macedonia
 * - 40: after "в", at a sentence's start too, a word the dictionary only guesses is a place unless a
 *   being's accusative ("переехал в Ланкашир", "В Сочимилько")
 * - 41: an English street's name joined by a hyphen ("Эвелин-стрит") and the name after a landform's
 *   noun ("вулкан Попокатепетль") are places
 * - 42: an unknown name's key leaves out the words for a mountain, a lake, a river and a volcano
 *   ("Mount Everest" and "гора Эверест" share one)
 * - 43: a surname of two words joined by a hyphen said again alone is the person named in full
 *   ("Tim Berners-Lee … Berners-Lee joked")
 * - 44: English "the Senate and House of Representatives" is two bodies: a body's head word, "and",
 *   then a known body's name
 * - 45: ids unchanged; an unknown body's or place's name shows as the text writes it, a Russian one's
 *   head in the nominative ("Министерство обороны Армении", not "Министерство Оборона Армения"), an
 *   acronym in capitals
 * - 46: a platform someone posted on ("написал в Твиттере") is the company, as "on Twitter" is
 * - 47: the British Labour and Conservative parties and the American Republican one written in lower
 *   case ("лейбористская партия")
 * - 48: a surname alone is the known person the text names in full, whatever else the word reads as
 *   ("Джордж Буш … Буш", "Джек Лондон … Лондон писал"), a place after a preposition of place apart;
 *   San Antonio, Minneapolis, Sacramento, Honolulu and Nashville (Нэшвилл, Нашвилл)
 * - 49: a team named after its place is one body: «Сан-Антонио Спёрс» in quotes, "Boston Celtics"
 *   (a known place, then a plural) in English
 * - 50: an unknown name's key reads English gh before e as Г (Gallagher, Галлагер), gi before a vowel
 *   and nge as Дж (Giants, Джайантс; Angeles, Анджелес) and th before -er as З (Heather, Хезер)
 * - 51: a Chinese name in Palladius letters is a person keyed by its pinyin ("Хань Гоюй" and "Han
 *   Guoyu" share one id) and shown in both spellings; a Chinese place's or body's word is keyed and
 *   shown in English by its pinyin too (Ляньюньган, Lianyungang); an unknown name's key reads a qu
 *   inside a name before e or i as К (Velasquez, Веласкес) and an Albanian Xh as Дж (Xherdan)
 * - 52: a Japanese name, a given name and a known surname in Polivanov or Hepburn, is keyed by its
 *   Hepburn spelling given name first ("Синдзиро Коидзуми", "Koizumi Shinjiro" share one id) and shown
 *   in both spellings; in English it is a person even where the surname is a place (Keisuke Honda)
 * - 53: a Korean name, a known surname and one or two syllables, is keyed by its consonants in classes
 *   that Kontsevich and the English romanizations share ("Хан Док Су" and "Han Duck-soo" share one id;
 *   Yi and Rhee key as Ли, Yu and Yoo as Ю);
 *   in Russian a surname and two capitalised syllables are one person ("Хан Док Су", not "Док Су"),
 *   and in English such a name of three words is a person even where a word is a place (Ri Yong Ho)
 * - 54: an unknown name's key reads letters with a mark as Russian writes them (Škoda, Шкода; Çavuşoğlu,
 *   Чавушоглу; Łukasz, Лукаш), a Polish word's sz, rz, w and j as Ш, Ж, В and Й (Brzezinski,
 *   Бжезинский), and a person's surname in -ic as a Slavic -ич (Kovacic, Ковачич)
 * - 55: a ministry's key leaves out "affairs" and "дел" and reads its short name as its words ("МИД",
 *   "Министерство иностранных дел", "Ministry of Foreign Affairs" and "Foreign Ministry" are one), and
 *   "Ministry of Finance" with its "of" is a country's bare body name
 * - 56: a Russian name's "и", "с" and "при" are no abbreviated nouns in its key ("Министерство
 *   промышленности и торговли" and "Ministry of Industry and Trade" are one), "в" and "на" join words as
 *   "in" and "on" do, the words of more ministries' fields translate ("сельское хозяйство" is
 *   agriculture; Минсельхоз, Минпромторг, Минцифры…), a known body named with any name of its country is
 *   that body ("Министерство энергетики РФ"), and a ministry's short name after "и" is a second body;
 *   a bare body's name after its country's possessive or a people's adjective is that country's body
 *   ("Russia's Energy Ministry", "казахстанском МИДе"), and "казахский", "кыргызский", Tajik, Turkmen,
 *   Azerbaijani and Mongolian adjectives key as their countries
 * - 57: a ministry's short name followed by a country is one body's name, as "МВД Киргизии" was ("Минфин
 *   Киргизии", "Минздрав Казахстана"), not the short name, read as the text's country's ministry, and a
 *   place; "healthcare", "enlightenment", "higher" and "environment" key as "health", "education",
 *   "high" and "ecology", "интеграция", "аэрокосмический" and "население" translate, and the lemmas
 *   the dictionary gives Минпросвещения, Минцифры, Минприроды and Минобрнауки are short names too
 * - 58: a Russian person's name takes a monarch's number after it ("Мухаммед VI" and "Mohammed VI"
 *   share one id), a capitalised "Ли" after a given name ("Стэн Ли"), and a foreign given name the
 *   dictionary reads as a common word before a surname it guesses ("Салам Фаяд"); the first two words
 *   of a three-word person's name in the knowledge base are a short name of it only before a
 *   patronymic or a monarch's number ("Ким Чен Нам" is not "Ким Чен Ын")
 * - 59: an unknown body named bare after its country's possessive or people's adjective is keyed with
 *   the country ("Kyrgyzstan's Ministry of Finance", "киргизский Минфин" and "Министерство финансов
 *   Киргизии" share one id)
 * - 60: a country's name in an unknown body's name is keyed by the country's code, whichever of its
 *   names the text uses ("Министерство торговли ОАЭ" and "UAE Ministry of Trade", "Минфин США" and "US
 *   Ministry of Finance" share one id), and "commerce" and "коммерция" are read as trade
 * - 61: the knowledge base knows the US departments of Commerce, Energy and Agriculture, which Russian
 *   calls ministries ("Министерство торговли США" and "US Commerce Department" are Q503577)
 * - 62: ids unchanged; a Russian body's name the knowledge base lacks is shown and indexed in English
 *   by its translated words where they all translate ("МИД Франции": Ministry of Foreign Affairs of
 *   France), no longer transliterated
 * - 63: a given name with a surname that ends like a patronymic ("Александр Лукашевич", "Юлия
 *   Лукашевич", "Дмитрий Шостакович") is keyed by both, no longer by the given name alone, so it shares
 *   its id with "Alexander Lukashevich" and with "Лукашевич" alone
 * - 64: a given name and patronymic alone ("Иван Петрович", "Ивану Петровичу") take the id of the full
 *   name they begin in the same text; a woman's patronymic outside the nominative ("Анны Петровны") is
 *   one, no longer part of the key; a known person's surname after a patronymic ("Сергей Петрович
 *   Иванов") is the namesake's, no longer the known person's
 * - 65: a known person's given name and patronymic before another surname ("Владимир Владимирович
 *   Кузнецов") start that namesake's name, and alone in the same text are that namesake, no longer
 *   Putin; a surname before a given name and patronymic ("Соловьева Александра Васильевича", the
 *   official order) is one name with them; the knowledge base gives the patronymics of 96 more
 *   officials, so "Сергей Семёнович" is Sobyanin and "Виктор Фёдорович" Yanukovych
 * - 66: in an English match report a club (Rangers, Livingston, a known town such as Liverpool in a
 *   team's place) is an organisation keyed by its name, as the Russian report's «Рейнджерс» is, no
 *   longer a place or a person; a lone known city in Russian quotes that opens a sentence is a club
 *   too; a hyphenated given name opening a sentence ("Jean-Claude Juncker said") opens the name; time
 *   zones and illnesses (BST, PTSD, ПТСР) name no body
 * - 67: an English body's name goes on through "on" ("Council on Foreign Relations", keyed as "Совет
 *   по …" is) and through "of the" before a known place ("Embassy of the United States", keyed as
 *   "Посольство США"); a Russian body's field takes a compound adjective ("по американо-исламским
 *   отношениям") and two adjectives of one noun ("по внешней и оборонной политике"); a known body is
 *   no longer linked by a case form that ends its Russian name ("the Bank" is no "Группа Всемирного банка")
 * - 68: an unknown person named in several cases in one text shows under one name in every mention,
 *   the one the others extend by a case ending ("Эво Моралеса … Эво Моралес": Эво Моралес, Evo Morales)
 * - 69: the knowledge base knows the CDC, the FDA and think tanks of foreign policy (the Council on
 *   Foreign Relations, Brookings, Carnegie, Chatham House, RAND, SIPRI and others); "отношение" in an
 *   unknown body's name is keyed as "relations" ("Комитет по международным отношениям" and "Committee on
 *   International Relations" share an id); an unknown person's given name is never read as a plural
 *   ("Ален Делон" shows as Ален, not as a genitive plural of "Алёна"); one shown name per person in
 *   a text takes every word's nominative ("Мигелю Диас-Канелю": Мигель Диас-Канель), and a surname
 *   in -овой, -евой or -иной makes the person a woman
 * - 70: an English body's name goes on through the possessive of a plural noun it holds ("People's
 *   Bank of China", "Children's Hospital", "Department of Veterans' Affairs") and an English plural in
 *   -ies is keyed as its singular ("Federation of German Industries" and "Федерация немецкой
 *   промышленности" share an id); "Korea" alone in an unknown body's name is no longer keyed as
 *   Kazakhstan, whose Kazakh abbreviation "ҚР" sounds alike; the knowledge base knows the Cold War,
 *   the Olympic Games, the UEFA competitions, the Tour de France, Eurovision and the film festivals of
 *   Cannes, Berlin, Venice and Sundance, among other events, and the leading parties of partner
 *   countries (the Communist Party of China, the Workers' Party of Korea, the CDU and the SPD, the BJP,
 *   the AKP, Georgian Dream, the ruling parties of Central Asia and others)
 * - 71: a known event whole in quotes is that event, in any case and after a word for an event
 *   (на «Сандэнсе», конкурс «Евровидение»), not an unknown body; in an English headline in title
 *   case, a capitalised preposition, auxiliary or connector is read as lower case ("Samruk-Kazyna Signs
 *   Deal With TotalEnergies" is no body's name) and a common word's -s, -ed or -ing form is common;
 *   "Bank of England" opens a sentence whole; "the island of Sulawesi" is a place; "Lt Col" is a title;
 *   the knowledge base knows 32 more large cities abroad (Phoenix, Salt Lake City, Leeds, Seville,
 *   Porto, Tianjin, Chennai and others)
 * - 72: a headline in title case opens with a body's name through a capitalised "Of", "For" or "On"
 *   ("Bank Of America Reports Profit"); a state's form is part of its name ("Королевства Бахрейн",
 *   "Государства Катар", "Kingdom of Morocco") and of a body's that ends with it ("Министерства … Королевства
 *   Свазиленд"), but no word of the body's key or English name; a country's name that sounds like
 *   another's ("Латвия" and "Литва", "Ирак" and "РК", "Марокко" and "America") keys as its own country's
 *   code, so "МИД Ирака" is no longer Kazakhstan's ministry nor "Министерство обороны Марокко" the
 *   Pentagon, and a body "of Belarus" is no longer "of the Belarus"; a quoted title's original in
 *   Latin letters in brackets names nothing, as the title does not ("фильме «Начинающие» (Beginners)"),
 *   and a drug, an airfield or a residence in quotes is no body ("аэродрома «Лахта»"); a body's name
 *   ends before "по специальности" and before "поправки" it proposed
 * - 73: the knowledge base knows Republika Srpska ("Республика Сербская", no longer keyed as Serbia's)
 *   and Milorad Dodik; "Америка" is the United States, as "America" is; a verb that opens a sentence
 *   is no case form of a name ("Читаю" is not Chita) and an acronym none of a word's ("РГУ" is not the
 *   newspaper "РГ"); "Дума" and "the Duma" alone are the State Duma, and a known body's name before a
 *   city or a region of its own country is that place's body ("Думы Томска", "ФСБ Чечни"); a name and the acronym in brackets after it are one
 *   body, the acronym of two letters or known ("Верховный суд России (ВС)", "Следственного комитета
 *   (СКР)"); "ЕР" is United Russia; a see's adjective after a churchman's title is the title's, no
 *   surname ("Папа Римский", "Митрополит Ленинградский и Новгородский Никодим"); a common noun of beings that opens a sentence is
 *   no case form of a name ("Сербы" is not Serbia); "Босния", "Bosnia" and "САР" are their countries; in NEREL's
 *   convention, a place's adjective has the place's id ("российского": Russia, "подмосковном": Moscow
 *   Oblast) and a body named by a common noun with its place is keyed by both ("правительства
 *   России": the Government of Russia); a known place that is no country keys as it sounds, not as a
 *   country's code that sounds alike ("СССР" is not Syria, "Уфа" not the UAE, "Сиднея" not Sudan)
 * - 74: a list of quoted names after a colon is read by the noun before the colon ("за команды:
 *   «Бенеттон», «Мерседес»" are teams, "картины: «Ватерлоо»" titles); a name in quotes after
 *   "сообщество" or "товарищество" is a body's; a sentence that opens with common words for a body
 *   before a quoted name ("Футбольный клуб «Тамбов»", "Медиахолдинг «…»") names the body by the
 *   quoted name alone, as it does mid-sentence in lower case; one word in quotes after a noun for a
 *   body shows as written, in the nominative it stands in ("партии «Кадима»": Кадима, Kadima)
 * - 75: a Latin original in brackets after a quoted name is that name's, with its type and id
 *   ("«Каспийский трубопровод» (Caspian Pipeline)"), and names nothing after a quoted name that names
 *   nothing ("триллере «Цель номер один» (Zero Dark Thirty)"); a preposition before a noun it governs
 *   opens no name ("Закона … О Правительстве Кыргызской Республики"); such an original is the English
 *   name shown for an unknown name ("Caspian Pipeline", not "Kaspiysky truboprovod") and, for a body
 *   and an original of more than one word, its key, as an English report's ("Open Society
 *   Foundation"); a quoted name
 *   read as a person's is a body's when it is one word («Бенфики», «Моссад») and nothing when it is
 *   more («Созвездие Козлотура»), but for an alias ("с позывным «Гиви»", now a person's) or a nickname
 *   inside a name ("Вильгельм «Ганс» Гейгер"); a quoted name dated by a year in brackets is a work
 *   ("в «Мулен Руже» (1952)"), unless known or after a noun for a body; "Consortium" and "Exchange"
 *   end an English body's name
 * - 76: a known Russian body's name that ends with its place is found with its first word in lower
 *   case ("коммунистической партии Китая", "госдепартамента США")
 * - 77: a body named after its place and then by the rest of its name alone ("Лос-Анджелес Лейкерс …
 *   «Лейкерс»", "the Los Angeles Lakers … the Lakers") has one id; English finds the rest alone
 * - 78: a portfolio opens an English body's name when a word for a body follows it, words apart
 *   ("National Weather Service", where "Weather Service" was found)
 * - 79: an English abbreviation of a notion after "in" is no place ("in AI", "in GDP"); a Chinese or
 *   Korean name in English order is a person ("Kai-Fu Lee", "Hyun-Woo Park")
 * - 80: a capitalised word that after "в" reads only as a common noun's second locative is a place,
 *   shown as written ("в Палу")
 * - 81: Kazakhstan's and Russia's governments and Kazakhstan's parliament by their people's adjective
 *   in lower case ("казахстанского правительства")
 * - 82: names only: an unknown Russian body that opens with a known city's or region's name shows
 *   that place's English name in English ("Washington Neshionals", "Mordovia Arena")
 * - 83: a model of a car, an aircraft or a weapon is no organisation: "Toyota Camry" is its maker,
 *   Toyota, alone; "Ту-154" and "АК-47" name nothing the reader follows
 * - 84: a body's contracted Russian name is keyed by the English words of its full one: "Центробанк"
 *   is the Central Bank, "Нацбанк" the National Bank (the text's country's, where it names one most)
 * - 85: a bare body's name is found for a body whose name holds its country's whole name
 *   ("Генеральная прокуратура Республики Казахстан"), so that in a text about Kazakhstan "Генпрокуратура"
 *   is that one
 * - 86: a Russian body's name ends before a past tense of its head word's gender that is also a
 *   genitive noun ("Генеральная прокуратура | начала проверку")
 * - 87: the words of the region's services, commissions and funds are translated in a name's key
 *   ("Таможенная служба" and "Customs Service", "Счётный комитет" and "Accounts Committee")
 * - 88: the knowledge base knows 47 more bodies of Kazakhstan and Central Asia (the Armed Forces, the
 *   Border Service, the Financial Monitoring Agency, the UAPF; Central Asia's parliaments, cabinets,
 *   foreign ministries and central banks)
 * - 89: a country's name read as its words' normal forms ("российский федерация") is left out of a
 *   body's name too, so that a bare "Генпрокуратура" in a text about Russia is Russia's
 * - 90: the English "Prosecutor General's Office" is a body keyed as "Генеральная прокуратура" is, and
 *   "General Prosecutor" no person; a bare body after its owner ("Russia's") is that owner's or unknown,
 *   never the text's country's
 * - 91: "Центризбирком" and "ЦИК" are keyed as the Central Election Commission, the text's country's
 *   where it names one most ("Центризбирком" was Russia's commission wherever it stood)
 * - 92: a capitalised "Anti-" or "Pro-" before a common word opens a body's name ("Anti-Corruption
 *   Agency", "Anti-Monopoly Committee"), as before a name it still does not ("Pro-Beijing", "Pro-Trump")
 * - 93: a body's Russian name that "и" joins is found bare ("Агентство по регулированию и развитию
 *   финансового рынка" in a text about Kazakhstan): its "и" was read as the abbreviated "исполняющий"
 * - 94: a known body's whole name in quotes after a legal form is that body ("АО «Казахстан темир
 *   жолы»" had the id of its words' normal forms, which spell no known name)
 * - 95: in English, a person's name after the body of a post named before it ("Chairman of the Senate
 *   Maulen Ashimbayev") is the person's alone, whatever the given name; it was one name with the body's
 * - 96: knowledge base: the councils of the CIS, the SCO, the CSTO and the OTS (heads of state, of
 *   government, foreign ministers, collective security)
 * - 97: "президент" and "President" translate in an unknown body's key, and "Presidential" is read as
 *   "President": "Администрация Президента" and "Presidential Administration" share an id, and bare
 *   in a text about Kazakhstan or Russia are that country's administration
 * - 98: ids unchanged; an unknown Russian body's name shows its adjectives in the nominative where they
 *   stand in the masculine or neuter genitive ("Межправительственного совета": Межправительственный
 *   совет) or the dictionary inflects them as another word ("Высшего": Высший, not высочайший)
 * - 99: a capitalised adjective before a power plant's abbreviation ("Рогунская ГЭС", "Камбаратинской
 *   ГЭС-1") is no person
 * - 100: knowledge base: the regions of Uzbekistan, Kyrgyzstan, Tajikistan and Turkmenistan and seven
 *   of their state companies (Uzbekistan Railways, Navoi MMC, Kyrgyz Railways, TALCO …); "хоким",
 *   "khokim" and "hokim" are posts, no part of the name after them
 * - 101: "межгосударственный" and "межправительственный" translate in an unknown body's key
 *   ("Межправительственная комиссия" and "Intergovernmental Commission" share an id)
 * - 102: ids unchanged; an unknown woman named by her surname alone shows it as hers ("Ковальская", not
 *   the dictionary's "Ковальский"), in every case form of it in the text
 * - 103: a Russian body's name ends before a legal form that opens a quoted name ("Совет директоров |
 *   АО «Самрук-Қазына»" was one unknown body "Совет директоров АО" beside the company)
 * - 104: in English, a known body after "of" and a unit named by common words is a mention of its own
 *   ("Board of Directors | of Samruk-Kazyna", "Board | of Gazprom"), as after "of the" it was
 * - 105: a known body's bare name repeats the body of that name the text named before it ("Конституционный
 *   суд Республики Казахстан … Конституционного суда"), whatever country the text names most; in
 *   English, a body's name of two words or more goes on through "of the" into a country ("Supreme
 *   Court of the Republic of Kazakhstan", "Prosecutor General's Office of the Russian Federation"), as
 *   one of a single word did
 * - 106: knowledge base: the OSCE's ODIHR, the CIS Executive Committee, the election commissions of
 *   Kyrgyzstan and Uzbekistan, the AIFC Court, Uzbekistan's Atomic Energy Agency (Uzatom), the
 *   Kashagan, Karachaganak and Tengiz fields; the Anti-Corruption Agency's short Russian name
 * - 107: the words of courts and of the nuclear industry translate in an unknown body's key
 *   ("уголовный", "межрайонный", "специализированный", "арбитражный", "апелляционный",
 *   "кассационный", "атомный", "ядерный", "энергетический"): "Специализированный межрайонный суд по
 *   уголовным делам Алматы" and "Specialised Inter-District Criminal Court of Almaty" share an id
 * - 108: a person's particle is a word of its own in lower case, left out of the key as English left
 *   it out ("Абдель Азиз бин Салман" and "Abdulaziz bin Salman", "Людвиг ван Хоффен" and "Ludwig van
 *   Hoffen" share an id; Russian wrote "Бинсалман"); in English a known name after a particle is the
 *   person's surname ("Abdulaziz bin | Salman" was linked to Mohammed bin Salman), and a known given
 *   name before a particle opens a longer name ("Charles de Gaulle" was "Charles", Charles III); a
 *   Russian name goes on through the capitalised article of an Arab family's name ("Хамад бин Халифа
 *   Аль Тани" was two persons, "… Аль Тани" in English one, linked to his son Tamim)
 * - 109: places listed before their head word in the plural are each the place named with it:
 *   "Костанайской и Восточно-Казахстанской областей" ("Костанайской" was a person), "the Kostanay and
 *   East Kazakhstan regions" ("Kostanay" was the city)
 * - 110: the English "CEC" is the Central Election Commission, as "ЦИК" is: the commission the text
 *   named before it, or its country's
 * - 111: a city or a region in an unknown body's Russian name, by its name or its adjective, keys as
 *   its English name ("Алматинский городской суд" and "Almaty City Court", "Апелляционный суд Москвы"
 *   and "Appeals Court of Moscow" share an id), and "областной" translates ("regional")
 * - 112: ids unchanged; a woman's name in "-ова", "-ева" or "-ина" that a verb in the feminine past
 *   follows shows as hers ("Таалайгуль Шаршеева пояснила", not Шаршеев)
 * - 113: "НК" is a legal form, and a second form inside a form's quotes names the body after
 *   it ("АО «НК «Қазақстан темір жолы»»" was an unknown body "НК «Қазақстан темір жолы"); after a
 *   post's region named by its adjectives, two capitalised words are its holder ("Губернатор … района
 *   Эркин Туниязи" was a place "Эркин")
 * - 114: knowledge base: China's State Council, Uzbekistan's Chamber of Commerce and Industry, China
 *   Railway, and the crossings and towns of the Kazakh–Chinese border (Dostyk, Altynkol, Ayagoz, Tacheng)
 * - 115: "FC Kairat", "FC Astana" and "the Astana cycling team" are clubs keyed by their names, as
 *   «Кайрат» and «Астана» are; "Султан Раев" and "Sultan Raev" are a person of that given name; the
 *   knowledge base adds the sport, culture and health bodies of the region's reports (the Olympic
 *   Council of Asia, Astana Opera, Kazakhfilm, the National Museum, the Social Health Insurance Fund
 *   and others)
 * - 116: an Arab name's hyphenated article is no part of its key ("Ас-Сабах", "Al-Sabah" and "Сабах"
 *   are one), nor a surname's last "х" after "а" ("Фаттах", "Fattah"); Russian reads the article as
 *   it sounds before its letter ("ас-", "ад-", "аш-") inside a name, and shows it as written ("Аль-Ахмед",
 *   not "Аля-Ахмед"); English joins it in lower case ("al-Sabah") and counts no hyphen among a name's
 *   eight words
 * - 117: "Abai Turgulov" is a namesake of Abai, not Abai Kunanbayev and "Turgulov"; a body's English
 *   name ends before a known person's ("Cabinet of Ministers | Adylbek Kasymaliev"); "Kazakhstan's
 *   Senate" names Kazakhstan's Senate; "Национальная компания «…»" leaves the name to its quotes; the
 *   knowledge base adds the Trans-Caspian route, the ports of Aktau and Kuryk, ASCO, Almaty airport,
 *   Kazakhstan's Civil Aviation Committee and TAV Airports
 */
export const entityIdsVersion = 117;

/**
 * A reader's correction of the machine, kept in the store and applied to every article:
 * a highlight rejected (this surface is not that entity), a type changed, two entities merged
 * (`from` becomes `into` everywhere), or an alias added (found from now on, in that language).
 */
export type EntityCorrection =
  | { readonly kind: 'reject'; readonly id: string; readonly surface: string }
  | { readonly kind: 'retype'; readonly id: string; readonly type: MentionType }
  | { readonly kind: 'merge'; readonly from: string; readonly into: string }
  | {
      readonly kind: 'alias';
      readonly id: string;
      readonly alias: string;
      readonly lang: 'en' | 'ru' | 'kk';
    };

/** An entity the knowledge base knows, offered while the reader types a name (search facets). */
export interface EntitySuggestion {
  readonly id: string;
  readonly type: MentionType;
  readonly names: { readonly en: string | null; readonly ru: string | null; readonly kk: string | null };
}
